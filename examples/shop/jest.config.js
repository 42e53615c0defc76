/**
 * The shop's test suite, as a project using signalbox configures it (`preset: 'signalbox'`).
 * `SHOP_MODE` picks how receivers are kept out of the tests that do not need them:
 * - `pragmas` (default): the files' `@suspendSignals`, with `resumeSignals` where a test needs them;
 * - `setting`: `suspendingReceiver` + `SUSPEND_SIGNALS: true`, pragmas ignored;
 * - `on`: nothing, every receiver runs (pragmas ignored): the baseline.
 */
const ignorePragmas = '<rootDir>/test/support/ignore-suspend-pragmas-environment.js';
const modes = {
  pragmas: {},
  setting: {
    testEnvironment: ignorePragmas,
    testEnvironmentOptions: { signalbox: { settings: { SUSPEND_SIGNALS: true } } },
  },
  on: { testEnvironment: ignorePragmas },
};

const mode = process.env.SHOP_MODE ?? 'pragmas';
if (!(mode in modes)) {
  throw new Error(`SHOP_MODE must be one of ${Object.keys(modes).join(', ')}; got "${mode}"`);
}

/** @type {import('jest').Config} */
module.exports = {
  rootDir: __dirname,
  preset: 'signalbox',
  testMatch: ['<rootDir>/test/**/*.test.js'],
  transform: {},
  setupFilesAfterEnv: ['<rootDir>/test/support/report-receiver-calls.js'],
  ...modes[mode],
};
