import { isPackageFrame } from '../base/call-site';

/**
 * Removes signalbox's frames from the stacks of a test's errors, as runners hide their own: every
 * test body and hook runs through signalbox's wrapper (`TestContext`), and a user's error thrown in
 * a callback passes through the helper that called it. Only lines of the package's own files go;
 * the message and the user's frames stay.
 */
export function removeOwnFrames(errors: unknown[]): void {
  for (const entry of errors) {
    for (const error of Array.isArray(entry) ? entry : [entry]) clean(error);
  }
}

function clean(error: unknown): void {
  if (typeof error !== 'object' || error === null) return;
  const stack = (error as { stack?: unknown }).stack;
  if (typeof stack !== 'string' || !stack.split('\n').some(isPackageFrame)) return;
  try {
    (error as { stack: string }).stack = stack
      .split('\n')
      .filter((line) => !isPackageFrame(line))
      .join('\n');
  } catch {
    // a frozen error keeps its stack
  }
}
