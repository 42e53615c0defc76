/**
 * The model test runs each program as the body of one (fake) test of the signalbox environment:
 * no-callback calls belong to that test, callbacks and `using` to their block. Import it before
 * anything of `src/`.
 */
import { installFakeEnvironment } from '../jest/fake-environment';

export const { inFakeTest } = installFakeEnvironment();
