/**
 * `signalbox/vitest-runner`: Vitest's `TestRunner` with signalbox's scopes, for Vitest 4.1 and
 * later (the `signalbox()` plugin sets it as `test.runner`, or `signalbox/vitest-runner-legacy`
 * before 4.1). Extend it for a runner of your own.
 * @module signalbox/vitest-runner
 */
import { TestRunner } from 'vitest';
import { signalboxRunner } from './signalbox-runner';

/** Vitest's runner with signalbox's scopes (Vitest 4.1+). */
const SignalboxRunner = signalboxRunner(TestRunner, {
  getCurrentSuite: TestRunner.getCurrentSuite,
  getFn: TestRunner.getTestFn,
  getHooks: TestRunner.getSuiteHooks,
});

export { SignalboxRunner };
export default SignalboxRunner;
