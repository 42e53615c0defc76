/**
 * What the receiver profile collects in one test file, as JSON: the driver writes it out when the
 * file ends, and the reporter merges the files of a run.
 */
export interface FileProfile {
  readonly version: 1;
  /** The test file's absolute path (set by the driver). */
  file: string;
  /** Milliseconds from the file's first event to its end. */
  readonly duration: number;
  readonly receivers: readonly ReceiverProfile[];
}

/** One receiver of one signal, over the calls it got in the file. */
export interface ReceiverProfile {
  /** The signal's name. */
  readonly signal: string;
  /** The function's name; `''` for an anonymous one. */
  readonly name: string;
  /** Where it was connected (`/abs/path/file.js:12:3`), when known. */
  readonly site: string | undefined;
  readonly calls: number;
  /** Self time in ms: its own synchronous run, receivers it sent to excluded. */
  readonly time: number;
  /** `[bucket, count]` pairs of a `DurationHistogram` of self times. */
  readonly histogram: ReadonlyArray<readonly [number, number]>;
  /** Calls and time by where they ran: a describe path, `'(top level)'` for the file's own. */
  readonly blocks: Readonly<Record<string, { readonly calls: number; readonly time: number }>>;
  /** Tests in which it ran. */
  readonly tests: number;
  /** Of those, the tests that named it: a `resumeSignals` (or `except`) that let it run, or a matcher on its signal. */
  readonly neededTests: number;
  /** Its calls and time in those tests. */
  readonly neededCalls: number;
  readonly neededTime: number;
  /** Where those tests are: their describe paths (`'(top level)'` for the file's own tests). */
  readonly neededIn: readonly string[];
}
