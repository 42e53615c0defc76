/**
 * An error as Vitest's workers hand task errors to the main process (what its own `processError`
 * keeps of one): plain data that survives the worker channel, printed like a thrown error.
 */
export type SerializedError = {
  readonly name: string;
  readonly nameStr: string;
  readonly message: string;
  readonly stack: string;
  readonly stackStr: string;
};

export function serializeError(error: Error): SerializedError {
  const stack = String(error.stack ?? `${error.name}: ${error.message}`);
  return {
    name: error.name,
    nameStr: error.name,
    message: error.message,
    stack,
    stackStr: stack,
  };
}
