import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ProfileReporter } from '../../../src/jest/reporter';
import { PROFILE_DIRECTORY_VARIABLE, writeFileProfile } from '../../../src/profile/run-directory';
import type { FileProfile } from '../../../src/scope/profile-data';

const rootDir = mkdtempSync(join(tmpdir(), 'signalbox-reporter-test-'));

function profileOf(file: string, calls: number): FileProfile {
  return {
    version: 1,
    file: join(rootDir, file),
    duration: 10,
    receivers: [
      {
        signal: 'post_save',
        name: 'index',
        site: undefined,
        calls,
        time: calls,
        histogram: [[120, calls]],
        blocks: { '(top level)': { calls, time: calls } },
        tests: 1,
        neededTests: 0,
        neededCalls: 0,
        neededTime: 0,
        neededIn: [],
      },
    ],
  };
}

/** One run as Jest drives a reporter: the test files write their profiles, then it completes. */
function run(reporter: ProfileReporter, files: Array<[string, number]>) {
  reporter.onRunStart();
  for (const [file, calls] of files) {
    writeFileProfile(process.env[PROFILE_DIRECTORY_VARIABLE]!, profileOf(file, calls));
    reporter.onTestFileResult(undefined, {
      testFilePath: join(rootDir, file),
      perfStats: { start: 0, end: 100 },
    });
  }
  reporter.onRunComplete();
  expect(reporter.getLastError()).toBeUndefined();
  return JSON.parse(readFileSync(join(rootDir, 'out/profile.json'), 'utf8'));
}

test('each run (watch mode re-runs with the same reporter) reports only its own files', () => {
  const write = jest.spyOn(process.stderr, 'write').mockImplementation(() => true);
  try {
    const reporter = new ProfileReporter({ rootDir }, { outputDirectory: 'out' });
    const first = run(reporter, [
      ['a.test.js', 3],
      ['b.test.js', 4],
    ]);
    expect(first.receivers[0].calls).toBe(7);
    const second = run(reporter, [['a.test.js', 5]]);
    expect(second).toMatchObject({ files: 1, testTime: 100, receivers: [{ calls: 5 }] });
    expect(write).toHaveBeenLastCalledWith(
      expect.stringContaining('signalbox receiver profile: 1 test file, 100 ms of test time'),
    );
  } finally {
    write.mockRestore();
  }
});

test('bad options are refused when Jest creates the reporter', () => {
  expect(() => new ProfileReporter({ rootDir }, { outDir: 'x' } as never)).toThrow(
    'signalbox/reporter: outDir is not an option (the options are outputDirectory)',
  );
  expect(() => new ProfileReporter({ rootDir }, { outputDirectory: '' })).toThrow(
    'signalbox/reporter: outputDirectory must be a non-empty string (a path)',
  );
});

test('a report that cannot be written fails the run, saying why', () => {
  const reporter = new ProfileReporter({ rootDir: '/dev/null' });
  reporter.onRunStart();
  reporter.onRunComplete();
  expect(reporter.getLastError()?.message).toMatch(
    /^signalbox\/reporter: the receiver profile failed: /,
  );
});
