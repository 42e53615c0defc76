/** A fake environment whose logs hold several chunks. Import it before anything of `src/`. */
import { installFakeEnvironment } from '../jest/fake-environment';

export const { inFakeTest } = installFakeEnvironment({ sendLogLimit: 10_000 });
