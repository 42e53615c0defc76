/** Where a Jest user writes signalbox's project options, as messages name them. */
export const JEST_OPTIONS = 'testEnvironmentOptions.signalbox';

/** How a Jest user gets the run-wide check of those options. */
export const JEST_RUN_CHECK_HINT =
  'add signalbox/global-setup and signalbox/global-teardown to your Jest config, as the preset does, to check the options across the run.';
