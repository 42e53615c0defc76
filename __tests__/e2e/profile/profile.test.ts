/**
 * The receiver profile, end to end: real Jest 29.7 and 30.5 run the example project of
 * docs/profile.md (its receivers are busy for a known time per call) with the packed package.
 */
import { spawn } from 'node:child_process';
import { appendFileSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { filesOf, guideBlocks, printedOf } from '../docs/guide-blocks';
import {
  type ConsumerProject,
  consumerProject,
  INSTALL_TIMEOUT_MS,
  JEST_VERSIONS,
  type JestMajor,
  type JestRun,
  REPO_ROOT,
  runJest,
} from '../harness';

jest.setTimeout(180_000);

interface Row {
  name: string;
  signal: string;
  calls: number;
  time: number;
  tests: number;
  neededTests: number;
  neededIn: string[];
  blocks: Array<{ place: string; calls: number }>;
}
interface Report {
  files: number;
  shard?: string;
  receivers: Row[];
  suggestion?: { signals: string[]; resume: Array<{ receiver: string; places: string[] }> };
}

const GUIDE = guideBlocks(join(REPO_ROOT, 'docs/profile.md'));
const PRINTED = printedOf(GUIDE);
const PROFILE = { SIGNALBOX_PROFILE: '1', SIGNALBOX_PROFILE_DIR: undefined };
const OFF = { SIGNALBOX_PROFILE: undefined, SIGNALBOX_PROFILE_DIR: undefined };
const EXPECTED_CALLS = {
  indexOrder: 27,
  storeAuditEntry: 27,
  anonymous: 27,
  sendWelcomeEmail: 41,
  createProfile: 41,
};

/** Receiver name (or `anonymous`) → calls, from a report. */
function calls(report: Report): Record<string, number> {
  return Object.fromEntries(report.receivers.map((row) => [row.name || 'anonymous', row.calls]));
}

/** The table as the run printed it, from its first line on. */
function tableOf(run: JestRun): string {
  const start = run.stderr.indexOf('signalbox receiver profile:');
  const end = run.stderr.indexOf('\n\n', run.stderr.indexOf('Report: ', start));
  return run.stderr.slice(start, end === -1 ? undefined : end).trimEnd();
}

/** A table line with its numbers of time and share, and its column widths, taken out. */
const masked = (line: string) =>
  line
    .replace(/\d+(\.\d+)? (ns|µs|ms|s)\b/g, 'T')
    .replace(/<?\d+(\.\d+)?%/g, 'P')
    .replace(/\s+/g, ' ')
    .trim();

describe.each(Object.keys(JEST_VERSIONS) as JestMajor[])('Jest %s', (major) => {
  let project: ConsumerProject;
  const report = (file = 'signalbox-profile/profile.json') =>
    JSON.parse(readFileSync(project.path(file), 'utf8')) as Report;
  const row = (name: string) => report().receivers.find((receiver) => receiver.name === name)!;

  beforeAll(async () => {
    project = await consumerProject(`profile-${major}`, { jest: major, files: filesOf(GUIDE) });
  }, INSTALL_TIMEOUT_MS);

  describe('SIGNALBOX_PROFILE=1 with the preset, two workers', () => {
    let run: JestRun;
    beforeAll(async () => {
      run = await runJest(project, ['--maxWorkers=2'], { env: PROFILE });
    });

    test('the tests pass, and the run prints the table of the guide', () => {
      expect(run.exitCode).toBe(0);
      const printed = tableOf(run).split('\n').map(masked);
      const guide = PRINTED['the table']!.split('\n').map(masked);
      // the same lines, the two costliest first; receivers of close cost swap places from run to run
      const unranked = (lines: string[]) => lines.map((line) => line.replace(/^\d+ /, '')).sort();
      expect(unranked(printed)).toEqual(unranked(guide));
      expect(printed.slice(0, 5)).toEqual(guide.slice(0, 5));
    });

    test('receivers are ranked by time, the costliest by a wide margin first', () => {
      const times = report().receivers.map((receiver) => receiver.time);
      expect(times).toEqual([...times].sort((a, b) => b - a));
      expect(
        report()
          .receivers.slice(0, 2)
          .map((receiver) => receiver.name),
      ).toEqual(['indexOrder', 'sendWelcomeEmail']);
    });

    test('every call is counted once on its receiver, across files and workers', () => {
      expect(calls(report())).toEqual(EXPECTED_CALLS);
      expect(report().files).toBe(3);
    });

    test('each receiver has at least its own busy time per call', () => {
      // (that nested receivers are not counted twice is checked against wall time in the unit tests)
      const mean = (name: string) => row(name).time / row(name).calls;
      expect(mean('indexOrder')).toBeGreaterThanOrEqual(4);
      expect(mean('sendWelcomeEmail')).toBeGreaterThanOrEqual(1);
      expect(mean('storeAuditEntry')).toBeGreaterThanOrEqual(0.05);
    });

    test('calls are attributed to files and describe blocks, concurrent tests included', () => {
      const places = (name: string) =>
        Object.fromEntries(row(name).blocks.map((block) => [block.place, block.calls]));
      expect(places('indexOrder')).toEqual({
        'tests/orders.test.js › orders': 22,
        'tests/shared.test.js': 5,
      });
      expect(places('sendWelcomeEmail')).toEqual({
        'tests/users.test.js › users': 30,
        'tests/users.test.js › welcome': 1,
        'tests/users.test.js › concurrent': 10,
      });
    });

    test('tests that resume a receiver or assert on its signal count as needing it', () => {
      expect(row('indexOrder')).toMatchObject({
        tests: 2,
        neededTests: 1,
        neededIn: ['tests/orders.test.js › orders'],
      });
      expect(row('sendWelcomeEmail')).toMatchObject({
        tests: 4,
        neededTests: 1,
        neededIn: ['tests/users.test.js › welcome'],
      });
      expect(row('storeAuditEntry')).toMatchObject({ tests: 2, neededTests: 0 });
    });

    test('the suggestion suspends the costly signals and resumes each receiver where needed', () => {
      // the two costly signals first; on a loaded machine the cheap audit_logged may pass 1% too
      expect(report().suggestion?.signals.slice(0, 2)).toEqual(['order_saved', 'user_saved']);
      expect(report().suggestion).toMatchObject({
        resume: [
          { receiver: 'indexOrder', places: ['tests/orders.test.js › orders'] },
          { receiver: 'sendWelcomeEmail', places: ['tests/users.test.js › welcome'] },
          { receiver: 'createProfile', places: ['tests/users.test.js › welcome'] },
        ],
      });
    });

    test('the chart and the page are written beside the JSON', () => {
      const svg = readFileSync(project.path('signalbox-profile/profile.svg'), 'utf8');
      expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
      expect(svg).toContain('indexOrder · order_saved');
      const html = readFileSync(project.path('signalbox-profile/profile.html'), 'utf8');
      expect(html).toContain('<h1>signalbox receiver profile</h1>');
      expect(html).toContain(svg.trim());
    });
  });

  test('in one process (--runInBand) the counts are the same', async () => {
    const run = await runJest(project, ['--runInBand'], { env: PROFILE });
    expect(run.exitCode).toBe(0);
    expect(calls(report())).toEqual(EXPECTED_CALLS);
  });

  test('shards write their own reports, which signalbox-profile merge joins', async () => {
    for (const shard of ['1/2', '2/2']) {
      const run = await runJest(project, [`--shard=${shard}`], { env: PROFILE });
      expect(run.exitCode).toBe(0);
    }
    const first = report('signalbox-profile/profile.shard-1-of-2.json');
    const second = report('signalbox-profile/profile.shard-2-of-2.json');
    expect(first.shard).toBe('1/2');
    expect(first.files + second.files).toBe(3);
    const merge = await project.exec('signalbox-profile', [
      'merge',
      'signalbox-profile/profile.shard-1-of-2.json',
      'signalbox-profile/profile.shard-2-of-2.json',
      '--out',
      'merged',
    ]);
    expect(merge.exitCode).toBe(0);
    expect(merge.stdout).toMatch(/^signalbox receiver profile: 3 test files, /);
    expect(calls(report('merged/profile.json'))).toEqual(EXPECTED_CALLS);
  });

  test('the reporter alone turns the profile on, with its own output directory', async () => {
    const run = await runJest(project, ['--config', 'jest.reporter.config.js'], { env: OFF });
    expect(run.exitCode).toBe(0);
    expect(run.stderr).toContain('Report: reports/profile/profile.json');
    expect(calls(report('reports/profile/profile.json'))).toEqual(EXPECTED_CALLS);
  });

  test('SIGNALBOX_PROFILE with a reporters list of one’s own prints what the guide shows', async () => {
    const run = await runJest(project, ['--config', 'jest.own-reporters.config.js'], {
      env: PROFILE,
    });
    expect(run.exitCode).toBe(0);
    expect(run.stderr).toContain(PRINTED['the missing reporter']);
    expect(run.stderr).not.toContain('signalbox receiver profile:');
  });

  test('watch mode: each re-run reports only its own files', async () => {
    const jest = spawn(
      process.execPath,
      ['node_modules/jest/bin/jest.js', '--watchAll', '--no-watchman'],
      {
        cwd: project.dir,
        env: {
          ...process.env,
          FORCE_COLOR: '0',
          SIGNALBOX_PROFILE: '1',
          SIGNALBOX_PROFILE_DIR: '',
        },
      },
    );
    let output = '';
    let exited = false;
    jest.stderr.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    jest.on('exit', () => {
      exited = true;
    });
    const reported = async (count: number) => {
      while (output.split('Report: ').length - 1 < count) {
        if (exited) throw new Error(`jest exited:\n${output}`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    };
    try {
      await reported(1);
      appendFileSync(project.path('tests/shared.test.js'), '\n// changed\n');
      await reported(2);
    } finally {
      jest.kill();
    }
    const tables = output.split('signalbox receiver profile: ').slice(1);
    expect(tables).toHaveLength(2);
    expect(tables.map((table) => table.slice(0, 12))).toEqual(['3 test files', '3 test files']);
    expect(calls(report())).toEqual(EXPECTED_CALLS);
  });

  test('without the switch nothing is profiled or written', async () => {
    rmSync(project.path('signalbox-profile'), { recursive: true, force: true });
    const run = await runJest(project, [], { env: OFF });
    expect(run.exitCode).toBe(0);
    expect(run.stderr).not.toContain('signalbox receiver profile');
    expect(run.stderr).not.toContain('SIGNALBOX_PROFILE');
    expect(existsSync(project.path('signalbox-profile'))).toBe(false);
  });
});
