/**
 * `signalbox/vitest-runner-legacy`: Vitest's `VitestTestRunner` with signalbox's scopes, for Vitest
 * 3 and 4.0, whose runner API is in `vitest/runners` and `vitest/suite` (4.1 deprecates both: the
 * `signalbox()` plugin then sets `signalbox/vitest-runner`). Extend it for a runner of your own.
 * @module signalbox/vitest-runner-legacy
 */
import { VitestTestRunner } from 'vitest/runners';
import { getCurrentSuite, getFn, getHooks } from 'vitest/suite';
import { signalboxRunner } from './signalbox-runner';

/** Vitest's runner with signalbox's scopes (Vitest 3 and 4.0). */
const SignalboxRunner = signalboxRunner(VitestTestRunner, { getCurrentSuite, getFn, getHooks });

export { SignalboxRunner };
export default SignalboxRunner;
