/** `preset: 'signalbox'`: the signalbox environment (Node) and the setup file with the globals. */
module.exports = {
  testEnvironment: require.resolve('./dist/environment.cjs'),
  setupFilesAfterEnv: [require.resolve('./dist/setup.cjs')],
};
