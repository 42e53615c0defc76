/**
 * signalbox/vitest under real Vitest 4.1 and 3.2, beyond the shared scenarios: every Node pool,
 * ES module imports of the helpers, the types of the matchers and globals, the emitters option,
 * and the set-ups signalbox refuses (browser mode, invalid options, `isolate: false`, Vitest 4's
 * vm pools with one worker), each with its reason.
 */
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import {
  type ConsumerProject,
  consumerProject,
  INSTALL_TIMEOUT_MS,
  readFixtures,
  runVitest,
  VITEST_VERSIONS,
  type VitestMajor,
} from '../harness';

jest.setTimeout(120_000);

const inTest = {
  FROM_OPTIONS: 'options',
  FROM_PRAGMA: 'pragma',
  DEBUG: 'using',
  ran: ['pre_save'],
  sent: [
    ['setting_changed', false], // the `using` override's start
    ['post_save', true],
    ['pre_save', false],
  ],
};

describe.each(Object.keys(VITEST_VERSIONS) as VitestMajor[])('Vitest %s', (major) => {
  let project: ConsumerProject;

  beforeAll(async () => {
    project = await consumerProject(`vitest-${major}`, {
      vitest: major,
      deps: { '@types/node': '^20.19.0', eventemitter3: '5.0.1' },
      files: readFixtures(join(__dirname, 'fixtures')),
      packageJson: { type: 'module' },
    });
  }, INSTALL_TIMEOUT_MS);

  test.each(['forks', 'threads', 'vmThreads', 'vmForks'])(
    'pool %s: the file, block, test and block-of-code layers, pragmas, options, matchers and concurrent tests',
    async (pool) => {
      // Vitest 4's vm pools give each file a VM context of its own only with 2 workers or more
      const run = await runVitest(project, [`--pool=${pool}`, '--maxWorkers=2'], {
        env: { SIGNALBOX_POOL: pool },
      });
      expect(run.results.numFailedTests).toBe(0);
      expect(run.results.numTotalTests).toBe(4);
      expect(run.observed(`${pool}: in test`)).toEqual([inTest]);
      expect(run.observed(`${pool}: concurrent`)).toEqual([{ ran: ['pre_save'], log: 1 }]);
      expect(run.observed(`${pool}: sibling`)).toEqual([{ DEBUG: 'describe', log: 0 }]);
      expect(run.observed(`${pool}: after the block`)).toEqual([false]);
      expect(run.observed(`${pool}: second file`)).toEqual([
        { FROM_OPTIONS: 'options', FROM_PRAGMA: 'base', ran: ['ran'] },
      ]);
    },
  );

  test('the matchers are typed on Vitest’s expect, the helpers as globals with signalbox/vitest-globals', async () => {
    const { exitCode, stdout, stderr } = await project.exec('tsc', ['-p', 'tsconfig.json'], {
      timeoutMs: 60_000,
    });
    expect(stdout + stderr).toBe('');
    expect(exitCode).toBe(0);
  });

  test.each([
    [
      'browser mode',
      'vitest.browser.config.mjs',
      'signalbox: Vitest browser mode is not supported',
    ],
    [
      'an invalid option (with the closest one)',
      'vitest.bad-option.config.mjs',
      'signalbox: vitest.config: signalbox().suspendSignal is not an option: did you mean suspendSignals?',
    ],
  ])('%s: an error when Vitest loads the config, saying why', async (_what, config, message) => {
    const result = await project.exec('node', [
      'node_modules/vitest/vitest.mjs',
      'run',
      '--config',
      config,
    ]);
    expect(result.exitCode).not.toBe(0);
    expect(stripVTControlCharacters(result.stdout + result.stderr)).toContain(message);
  });

  if (major === '4') {
    test.each(['vmThreads', 'vmForks'])(
      "Vitest 4's %s pool with one worker (one VM context for every file) fails every file after the first, saying why",
      async (pool) => {
        const run = await runVitest(project, [`--pool=${pool}`, '--maxWorkers=1'], {
          env: { SIGNALBOX_POOL: pool },
        });
        const messages = run.results.testResults.map((file) => file.message).filter(Boolean);
        expect(messages).toHaveLength(1);
        expect(messages[0]).toContain(
          `Vitest 4 gives the files of a ${pool} run with a single worker (maxWorkers: 1, or fileParallelism: false) one VM context, a Vitest bug (https://github.com/vitest-dev/vitest/pull/10743)`,
        );
      },
    );
  }

  test('signalbox({ emitters }) adopts module exports: the instances the test file imports', async () => {
    const run = await runVitest(project, ['--config', 'vitest.emitters.config.mjs']);
    expect(run.exitCode).toBe(0);
    expect(
      run.testStatus(
        'the options adopted the module exports this file gets, and suspend jobs:done',
      ),
    ).toBe('passed');
  });

  test('an emitters option naming a missing export fails the file, with the closest name', async () => {
    const run = await runVitest(project, ['--config', 'vitest.emitters-typo.config.mjs']);
    expect(run.exitCode).not.toBe(0);
    const messages = run.results.testResults.map((file) => file.message).filter(Boolean);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain(
      'signalbox: test.environmentOptions.signalbox.emitters.users names "user", which "',
    );
    expect(messages[0]).toContain('does not export: did you mean "users"?');
  });

  test('isolate: false fails every file after the first, saying why', async () => {
    const run = await runVitest(project, [
      '--config',
      'vitest.isolate.config.mjs',
      '--no-isolate',
      '--no-file-parallelism',
    ]);
    const messages = run.results.testResults.map((file) => file.message).filter(Boolean);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain(
      'runs in the same realm as an earlier test file, where the signals, settings and scopes of the earlier file are still in force: Vitest does that with `isolate: false`',
    );
  });
});
