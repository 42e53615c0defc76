import { defineConfig, type Options } from 'tsup';

const common = {
  format: ['cjs', 'esm'],
  outExtension: ({ format }) => ({ js: format === 'cjs' ? '.cjs' : '.mjs' }),
  // tsup's declaration build sets baseUrl, which TypeScript 6 deprecates.
  dts: { compilerOptions: { ignoreDeprecations: '6.0' } },
  target: 'node20',
  sourcemap: false,
  treeshake: true,
} satisfies Options;

export default defineConfig([
  {
    ...common,
    entry: {
      index: 'src/index.ts',
      testing: 'src/testing/index.ts',
      environment: 'src/jest/environment.ts',
      setup: 'src/jest/setup.ts',
      'global-setup': 'src/jest/global-setup.ts',
      'global-teardown': 'src/jest/global-teardown.ts',
      reporter: 'src/jest/reporter.ts',
      vitest: 'src/vitest/index.ts',
      'vitest-setup': 'src/vitest/setup.ts',
      'vitest-global-setup': 'src/vitest/global-setup.ts',
      'vitest-reporter': 'src/vitest/reporter.ts',
      'profile-cli': 'src/profile/cli.ts',
    },
    // One copy of the runtime per format: testing and setup share the chunk with index.
    splitting: true,
  },
  {
    ...common,
    // Every Vitest test file loads its runner in a fresh worker: one file each, not a dozen chunks,
    // is half the time to load (docs/performance.md). It shares no state with the runtime's copy
    // (the bridge is a registered symbol); signalbox/vitest-setup stays a module of its own.
    entry: {
      'vitest-runner': 'src/vitest/runner.ts',
      'vitest-runner-legacy': 'src/vitest/runner-legacy.ts',
    },
    splitting: false,
    external: [/^signalbox\//],
  },
]);
