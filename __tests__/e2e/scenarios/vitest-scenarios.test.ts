/**
 * The shared usage scenarios (describe-scenarios.ts) under real Vitest 4.1 and 3.2: the same
 * fixtures as under Jest, each Jest project of `fixtures/jest.config.js` a Vitest config here.
 */
import { join } from 'node:path';
import {
  type ConsumerProject,
  consumerProject,
  type JestRun,
  readFixtures,
  runVitest,
  testRun,
  VITEST_VERSIONS,
  type VitestMajor,
} from '../harness';
import { describeScenarios } from './describe-scenarios';

jest.setTimeout(120_000);

const LENIENT_NAMES = {
  settings: { EMAIL_BACKEN: 'memory' },
  suspendSignals: ['post_sav', 'pre_save'],
};

/** Each group: the files it runs and the plugin's options (`undefined`: no plugin, set by hand). */
const GROUPS: Record<string, { include: string[]; exclude?: string[]; options?: object }> = {
  // jest.resetModules and jest.isolateModules have no Vitest counterpart for node_modules
  scopes: { include: ['scopes/**/*.test.js'], exclude: ['scopes/modules.test.js'] },
  'leaks-error': { include: ['leaks-error/**/*.test.js'], options: { leaks: 'error' } },
  'unknown-names': { include: ['unknown-names/**/*.test.js'] },
  lenient: {
    include: ['lenient/**/*.test.js', 'option-names/**/*.test.js'],
    options: { strict: false, ...LENIENT_NAMES },
  },
  'option-names': { include: ['option-names/**/*.test.js'], options: LENIENT_NAMES },
  'pragma-tags': { include: ['pragma-tags/**/*.test.js'] },
  'bad-pragma': { include: ['bad-pragma/**/*.test.js'] },
  // options the plugin would refuse at once: set by hand, they reach the runner, which fails each file
  'bad-types': { include: ['bad-types/**/*.test.js'] },
};

function configFile(major: VitestMajor, group: string): string {
  const { include, exclude = [], options = {} } = GROUPS[group]!;
  const runner = major === '3' ? 'signalbox/vitest-runner-legacy' : 'signalbox/vitest-runner';
  const plugin =
    group === 'bad-types'
      ? `plugins: [], test: { runner: '${runner}', setupFiles: ['signalbox/vitest-setup', './jest-compat.mjs'], environmentOptions: { signalbox: { settings: { then: 1 } } },`
      : `plugins: [signalbox(${JSON.stringify(options)})], test: { setupFiles: ['./jest-compat.mjs'],`;
  return `import { defineConfig } from 'vitest/config';
import { signalbox } from 'signalbox/vitest';
// Jest's order of afterAll hooks (Vitest's default is the reverse); .only under CI, as Jest allows
export default defineConfig({ ${plugin} globals: true, sequence: { hooks: 'list' }, allowOnly: true, include: ${JSON.stringify(include)}, exclude: ${JSON.stringify(exclude)} } });
`;
}

describe.each(Object.keys(VITEST_VERSIONS) as VitestMajor[])('Vitest %s', (major) => {
  const configs = Object.fromEntries(
    Object.keys(GROUPS).map((group) => [`vitest.${group}.config.mjs`, configFile(major, group)]),
  );
  const runGroup = (project: ConsumerProject, group: string, parallel: boolean) =>
    runVitest(project, [
      '--config',
      `vitest.${group}.config.mjs`,
      ...(parallel ? ['--maxWorkers=2'] : ['--no-file-parallelism']),
    ]);
  describeScenarios({
    title: `Vitest ${major}`,
    runner: 'vitest',
    concurrentBeforeHooks: false,
    describeRetry: false,
    options: 'test.environmentOptions.signalbox',
    project: () =>
      consumerProject(`vitest-scenarios-${major}`, {
        vitest: major,
        files: {
          ...readFixtures(join(__dirname, 'fixtures')),
          'jest-compat.mjs': readFixtures(join(__dirname, 'vitest'))['jest-compat.mjs']!,
          ...configs,
        },
      }),
    run: async (project, groups, parallel = false) => {
      const runs: JestRun[] = [];
      for (const group of groups) runs.push(await runGroup(project, group, parallel));
      if (runs.length === 1) return runs[0]!;
      return testRun(
        {
          exitCode: Math.max(...runs.map((run) => run.exitCode)),
          stdout: runs.map((run) => run.stdout).join('\n'),
          stderr: runs.map((run) => run.stderr).join('\n'),
        },
        { ...runs[0]!.results, testResults: runs.flatMap((run) => run.results.testResults) },
        runs.flatMap((run) => run.observations),
      );
    },
  });
});
