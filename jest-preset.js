/**
 * `preset: 'signalbox'`: the signalbox environment (Node), the setup file with the globals, and the
 * global setup and teardown that check the project options across the run.
 */
const profiling = !['', '0', 'false'].includes(
  (process.env.SIGNALBOX_PROFILE ?? '').trim().toLowerCase(),
);

module.exports = {
  testEnvironment: require.resolve('./dist/environment.cjs'),
  setupFilesAfterEnv: [require.resolve('./dist/setup.cjs')],
  globalSetup: require.resolve('./dist/global-setup.cjs'),
  globalTeardown: require.resolve('./dist/global-teardown.cjs'),
  // SIGNALBOX_PROFILE=1: the receiver profile's reporter joins the default one (only then: the
  // preset leaves Jest's own choice of reporters alone otherwise).
  ...(profiling && { reporters: ['default', require.resolve('./dist/reporter.cjs')] }),
};
