/**
 * Where the running code is in a test file that a test runner runs *without* a signalbox driver
 * (Jest with `testEnvironment: 'node'`): nothing would end a no-callback helper call with its test
 * or describe block there, so the helpers refuse it. No driver tells, so this reads the runner's
 * own globals; it imports nothing.
 *
 * - `'file'`: the file's top level while it loads (a layer there lasts for the file, as with the
 *   environment: the file's realm ends with it);
 * - `'describe'`: a describe body at definition time;
 * - `'run'`: tests and hooks (and what they run);
 * - `undefined`: no test runner (a script, production code), or one whose phase cannot be read.
 *
 * Jest's runner, jest-circus, keeps its state on the test file's global under a symbol described
 * `JEST_STATE_SYMBOL` (Jest 29.7 and 30): `hasStarted` once tests run, `currentDescribeBlock` while
 * describe bodies run. Without it, `expect.getState().currentTestName` still tells a running test.
 */
export type UnscopedPhase = 'file' | 'describe' | 'run';

interface CircusState {
  readonly hasStarted?: boolean;
  readonly currentDescribeBlock?: unknown;
  readonly rootDescribeBlock?: unknown;
  readonly currentlyRunningTest?: {
    readonly concurrent?: boolean;
    readonly errors?: unknown;
  } | null;
}

interface ExpectGlobal {
  getState?: () => { testPath?: unknown; currentTestName?: unknown } | undefined;
}

let stateKey: symbol | undefined;
let searched = false;

function circusState(): CircusState | undefined {
  const global = globalThis as Record<symbol, unknown>;
  // jest-circus sets it up before any setup or test file loads: one search per module instance
  if (!searched) {
    searched = true;
    stateKey = Object.getOwnPropertySymbols(global).find(
      (key) => key.description === 'JEST_STATE_SYMBOL',
    );
  }
  const state = stateKey === undefined ? undefined : global[stateKey];
  return typeof state === 'object' && state !== null ? (state as CircusState) : undefined;
}

export function unscopedPhase(): UnscopedPhase | undefined {
  const state = circusState();
  if (state !== undefined && 'hasStarted' in state) {
    if (state.hasStarted) return 'run';
    return state.currentDescribeBlock === state.rootDescribeBlock ? 'file' : 'describe';
  }
  const expect = (globalThis as { expect?: ExpectGlobal }).expect;
  const expectState = typeof expect?.getState === 'function' ? expect.getState() : undefined;
  if (typeof expectState?.testPath !== 'string') return undefined;
  return typeof expectState.currentTestName === 'string' ? 'run' : undefined;
}

/**
 * Fails the serial test running now with `error`, as circus does with a test's own errors, so the
 * failure shows under that test on Jest 29.7 and 30 alike.
 *
 * @returns `false` when no serial test is running (a hook, a concurrent test): throw it instead.
 */
export function failRunningTest(error: Error): boolean {
  const test = circusState()?.currentlyRunningTest;
  if (test == null || test.concurrent === true || !Array.isArray(test.errors)) return false;
  test.errors.push(error);
  return true;
}
