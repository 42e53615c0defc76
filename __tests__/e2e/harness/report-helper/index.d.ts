/** Records an observation (any JSON value) for the outer e2e test under `label`. */
export declare function report(label: string, value?: unknown): void;
