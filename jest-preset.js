/**
 * `preset: 'signalbox'`: the signalbox environment (Node), the setup file with the globals, and the
 * global setup and teardown that check the project options across the run.
 */
module.exports = {
  testEnvironment: require.resolve('./dist/environment.cjs'),
  setupFilesAfterEnv: [require.resolve('./dist/setup.cjs')],
  globalSetup: require.resolve('./dist/global-setup.cjs'),
  globalTeardown: require.resolve('./dist/global-teardown.cjs'),
};
