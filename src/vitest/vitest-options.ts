/** Where the workers read signalbox's project options (the plugin puts them there). */
export const VITEST_OPTIONS = 'test.environmentOptions.signalbox';

/** How a Vitest user gets the run-wide check of those options. */
export const VITEST_RUN_CHECK_HINT =
  'set signalbox up with the signalbox() plugin in vitest.config, which adds its global setup, to check the options across the run.';

/** The key under which the global setup provides the run's folder to the workers. */
export const RUN_DIRECTORY_KEY = 'signalbox:runDirectory';
