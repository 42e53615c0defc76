/**
 * Where user code called into signalbox, read from stack traces: the frames of signalbox's own
 * files (this package's folder: `dist/` when installed, `src/` in this repository) and Node's
 * internals are not the user's.
 */

/**
 * The package's folder, from a frame of this module: `/…/signalbox/dist/` whichever build it is.
 * An ES module's frames name it by URL (`file:///…`), a CommonJS one's by path; the bare path is
 * what both builds' frames contain, so each copy knows the other's frames as its own.
 */
export function packageRootOf(frame: string): string {
  const file = (/\(?([^()\s]+):\d+:\d+\)?$/.exec(frame)?.[1] ?? '').replace(/^file:\/\//, '');
  const dir = file.slice(0, file.lastIndexOf('/') + 1);
  // Unbundled sources (this repository's own tests) keep this file in src/base/.
  return dir.endsWith('/base/') ? dir.slice(0, -'base/'.length) : dir;
}

const ownRoot = packageRootOf(new Error().stack?.split('\n')[1] ?? '');

/** A stack line of signalbox's own files. */
export function isPackageFrame(line: string): boolean {
  return line.includes(ownRoot);
}

/** A stack line that is signalbox's own or Node's, not the user's. */
export function isOwnFrame(line: string): boolean {
  return isPackageFrame(line) || line.includes('node:internal');
}

/** Frames of a module's top-level evaluation: Jest's CommonJS (29, 30), vm and Node's loaders. */
const MODULE_EVALUATION =
  /\bat (?:Runtime\._execModule|ModuleExecutor\.exec|SourceTextModule\.evaluate|Module\._compile|ModuleJob\.run) /;
/** Frames of the test runner calling a test or a hook (jest-circus). */
const TEST_RUNNER = /[/\\]jest-circus[/\\]/;

/**
 * Whether the user code that made this stack is a module's top level: walking out from the call,
 * a module evaluation frame comes before any frame of the test runner calling a test or hook. So
 * a module loaded inside a test (`jest.isolateModules`, `jest.resetModules()` then `require`, a
 * dynamic `import()`) is recognised wherever it is evaluated, in CommonJS, ES modules and
 * transformed code alike, while `isolateModules(() => signal.connect(fn))` is the test's own code.
 * A stack cut short (code after an `await`) is not a module's top level.
 */
export function isModuleTopLevel(stack: string | undefined): boolean {
  for (const line of framesOf(stack)) {
    if (MODULE_EVALUATION.test(line)) return true;
    if (TEST_RUNNER.test(line)) return false;
  }
  return false;
}

/** The frames of `stack` (an `Error#stack`), without its message line. */
export function framesOf(stack: string | undefined): string[] {
  return (stack ?? '').split('\n').filter((line) => /^\s+at /.test(line));
}

/** The first frame outside signalbox, e.g. `at Object.<anonymous> (/app/user.test.ts:12:5)`. */
export function callSite(stack = new Error().stack): string {
  return (
    framesOf(stack)
      .find((line) => !isOwnFrame(line))
      ?.trim() ?? 'at an unknown place'
  );
}

/** `/app/user.test.ts:12:5`: the file and position of a frame, or the frame itself. */
export function locationOf(frame: string): string {
  return /\(?([^()\s]+:\d+:\d+)\)?$/.exec(frame)?.[1] ?? frame;
}
