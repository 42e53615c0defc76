/** The benchmarks inside a Vitest test file, under the package's plugin, as a user's tests run. */
import { signalbox } from 'signalbox/vitest';

export default {
  plugins: [signalbox()],
  test: { include: ['*.bench.test.mjs'], testTimeout: 10 * 60 * 1000 },
};
