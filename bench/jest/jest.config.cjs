/** The benchmarks inside a Jest test file, under the package's preset, as a user's tests run. */
module.exports = {
  rootDir: __dirname,
  preset: 'signalbox',
  testMatch: ['<rootDir>/*.bench.mjs'],
  transform: {},
  testTimeout: 10 * 60 * 1000,
};
