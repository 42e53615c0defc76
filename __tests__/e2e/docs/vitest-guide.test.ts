/**
 * Runs the examples of docs/vitest.md, and the README's Vitest quick start (under `readme/`, with
 * the README's app), with real Vitest 4.1 and 3.2 and the packed package, so they cannot rot: a
 * block after `<!-- file: PATH -->` is that file of one consumer project per Vitest major; every
 * test of it must pass, and the guide's set-up must type-check as written.
 */
import { join, relative } from 'node:path';
import {
  type ConsumerProject,
  consumerProject,
  INSTALL_TIMEOUT_MS,
  type JestRun,
  REPO_ROOT,
  runVitest,
  VITEST_VERSIONS,
  type VitestMajor,
} from '../harness';
import { blocksMarked, filesOf, guideBlocks } from './guide-blocks';

const guide = guideBlocks(join(REPO_ROOT, 'docs/vitest.md'));
const README = filesOf(guideBlocks(join(REPO_ROOT, 'README.md')), 'readme/');
const FILES = {
  ...filesOf(guide),
  'readme/app/users.ts': README['readme/app/users.ts']!,
  'readme/vitest/vitest.config.ts': README['readme/vitest/vitest.config.ts']!,
  'readme/vitest/users.test.ts': README['readme/vitest/users.test.ts']!,
};
const TEST_FILES = Object.keys(FILES)
  .filter((path) => path.endsWith('.test.ts') && !path.startsWith('readme/'))
  .sort();

test('every code block of docs/vitest.md is a file or says why it is not run', () => {
  expect(guide.filter((block) => block.mark === undefined).map((block) => block.line)).toEqual([]);
  expect(blocksMarked(guide, 'file').map((block) => block.name)).toEqual([
    'vitest.config.ts',
    'tsconfig.json',
    'app.ts',
    'scopes.test.ts',
    'concurrent.test.ts',
    'matchers.test.ts',
  ]);
});

describe.each(Object.keys(VITEST_VERSIONS) as VitestMajor[])('Vitest %s', (major) => {
  let project: ConsumerProject;
  let run: JestRun;
  let readmeRun: JestRun;

  beforeAll(async () => {
    project = await consumerProject(`docs-vitest-${major}`, {
      vitest: major,
      deps: { '@types/node': '^20.19.0' },
      files: FILES,
      packageJson: { type: 'module' },
    });
    run = await runVitest(project, ['--exclude', 'readme/**']);
    readmeRun = await runVitest(project, ['--root', 'readme/vitest']);
  }, INSTALL_TIMEOUT_MS);

  test("the README's quick start passes with its own config", () => {
    expect(readmeRun.results.testResults.map((file) => relative(project.dir, file.name))).toEqual([
      'readme/vitest/users.test.ts',
    ]);
    expect(readmeRun.results.numPassedTests).toBe(2);
    expect(readmeRun.results.numFailedTests).toBe(0);
  });

  test('every example test file ran, and each of its tests passed', () => {
    const files = run.results.testResults;
    expect(files.map((file) => relative(project.dir, file.name)).sort()).toEqual(TEST_FILES);
    for (const file of files) {
      expect([file.name, file.message]).toEqual([file.name, '']);
      // (a retried test that passed keeps its first try's error in failureMessages)
      for (const test of file.assertionResults) {
        expect([test.fullName, test.status]).toEqual([test.fullName, 'passed']);
      }
    }
    expect(run.results.numTotalTests).toBe(9);
  });

  test('the set-up type-checks exactly as written (tsc -p tsconfig.json --noEmit)', async () => {
    const { exitCode, stdout, stderr } = await project.exec(
      'tsc',
      ['-p', 'tsconfig.json', '--noEmit'],
      { timeoutMs: 120_000 },
    );
    expect({ exitCode, output: stdout + stderr }).toEqual({ exitCode: 0, output: '' });
  }, 150_000);
});
