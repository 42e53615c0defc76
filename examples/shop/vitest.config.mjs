/**
 * The shop's test suite under Vitest, as a project using signalbox configures it (the
 * `signalbox()` plugin). `SHOP_MODE` picks how receivers are kept out of the tests that do not
 * need them, as in jest.config.js: `pragmas` (default), `setting`, or `on` (the baseline).
 */
import { signalbox } from 'signalbox/vitest';
import { defineConfig } from 'vitest/config';

const ignorePragmas = './test/support/ignore-suspend-pragmas-runner.mjs';
const modes = {
  pragmas: { options: {} },
  setting: { options: { settings: { SUSPEND_SIGNALS: true } }, runner: ignorePragmas },
  on: { options: {}, runner: ignorePragmas },
};

const mode = process.env.SHOP_MODE ?? 'pragmas';
if (!(mode in modes)) {
  throw new Error(`SHOP_MODE must be one of ${Object.keys(modes).join(', ')}; got "${mode}"`);
}
const { options, runner } = modes[mode];

export default defineConfig({
  // the plugin sets signalbox's runner; the demo's own extends it (set after, it replaces it)
  plugins: [
    signalbox(options),
    runner && {
      name: 'shop-runner',
      config(config) {
        config.test.runner = runner;
      },
    },
  ],
  test: {
    globals: true,
    include: ['test/**/*.test.js'],
    setupFiles: ['./test/support/report-receiver-calls.js'],
  },
});
