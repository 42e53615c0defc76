/** The harness's own contract, on which the other e2e tests rely: runs, statuses, observations. */
import { join } from 'node:path';
import {
  type ConsumerProject,
  consumerProject,
  INSTALL_TIMEOUT_MS,
  JEST_VERSIONS,
  JestRunError,
  readFixtures,
  runJest,
} from '.';

jest.setTimeout(60_000);

// A passing, a failing, a skipped test; a file that fails to load; an ES module.
const FIXTURES = readFixtures(join(__dirname, 'fixtures'));

// One Jest major is enough here: the other e2e tests run both, and a second install costs CI time.
describe('runJest in a Jest 30 project', () => {
  let project: ConsumerProject;
  beforeAll(async () => {
    project = await consumerProject('harness', { jest: '30', files: FIXTURES });
  }, INSTALL_TIMEOUT_MS);

  test('reports each test status, each file failure and what the tests observed', async () => {
    const run = await runJest(project, ['--maxWorkers=2', '--testPathIgnorePatterns=esm']);

    expect(run.exitCode).toBe(1);
    expect(run.testStatus('group passes')).toBe('passed');
    expect(run.testStatus('fails')).toBe('failed');
    expect(run.test('fails').failureMessages.join('')).toContain('toBe');
    expect(run.testStatus('is skipped')).toBe('pending');
    expect(run.suite('broken.test.js').message).toContain('broken at load');
    expect(run.observed('ran').sort()).toEqual(['group', 'single']);
    expect(run.observed('signalbox')).toEqual([true]);
    expect(run.observed('jest version')).toEqual([JEST_VERSIONS['30']]);
  });

  test('refuses an ambiguous or unknown test name, listing the tests it has', async () => {
    const run = await runJest(project, ['--runInBand', 'group', 'single']);

    expect(run.test('single passes').status).toBe('passed');
    expect(() => run.test('passes')).toThrow('2 tests matching "passes"');
    expect(() => run.test('nothing')).toThrow(/no tests matching "nothing".*\n.*group passes/);
  });

  test('runs ES module test files with node flags', async () => {
    const run = await runJest(project, ['esm'], { nodeFlags: ['--experimental-vm-modules'] });

    expect(run.testStatus('runs as an ES module')).toBe('passed');
    expect(run.observed('module url')).toEqual([true]);
  });

  test('rejects with the output when Jest writes no results', async () => {
    const failure = runJest(project, ['--testEnvironment=no-such-environment']);

    await expect(failure).rejects.toBeInstanceOf(JestRunError);
    await expect(failure).rejects.toMatchObject({ stderr: expect.stringContaining('no-such') });
  });
});
