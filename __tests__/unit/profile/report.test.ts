import { renderChart } from '../../../src/profile/render-chart';
import { renderHtml } from '../../../src/profile/render-html';
import { renderTable } from '../../../src/profile/render-table';
import { buildReport } from '../../../src/profile/report';
import type { FileProfile, ReceiverProfile } from '../../../src/scope/profile-data';

const ROOT = '/project';

function receiver(overrides: Partial<ReceiverProfile>): ReceiverProfile {
  return {
    signal: 'post_save',
    name: 'index',
    site: `${ROOT}/src/index.js:10:3`,
    calls: 10,
    time: 100,
    histogram: [[100, 10]],
    blocks: { '(top level)': { calls: 10, time: 100 } },
    tests: 1,
    neededTests: 0,
    neededCalls: 0,
    neededTime: 0,
    neededIn: [],
    ...overrides,
  };
}

function file(name: string, receivers: ReceiverProfile[]): FileProfile {
  return { version: 1, file: `${ROOT}/test/${name}`, duration: 1000, receivers };
}

const run = (times: Record<string, number>) => ({
  rootDir: ROOT,
  wallTime: 900,
  fileTimes: new Map(Object.entries(times).map(([name, ms]) => [`${ROOT}/test/${name}`, ms])),
  shard: undefined,
});

test('one receiver in several files is one row: calls, time, files and blocks add up', () => {
  const report = buildReport(
    [
      file('a.test.js', [receiver({ blocks: { users: { calls: 10, time: 100 } } })]),
      file('b.test.js', [
        receiver({
          calls: 30,
          time: 300,
          histogram: [[110, 30]],
          blocks: { '(top level)': { calls: 30, time: 300 } },
        }),
      ]),
    ],
    run({ 'a.test.js': 500, 'b.test.js': 500 }),
  );
  expect(report.receivers).toHaveLength(1);
  expect(report.receivers[0]).toMatchObject({
    label: 'index (src/index.js:10)',
    site: 'src/index.js:10',
    calls: 40,
    time: 400,
    mean: 10,
    share: 0.4,
    files: [
      { place: 'test/b.test.js', calls: 30, time: 300 },
      { place: 'test/a.test.js', calls: 10, time: 100 },
    ],
    blocks: [
      { place: 'test/b.test.js', calls: 30, time: 300 },
      { place: 'test/a.test.js › users', calls: 10, time: 100 },
    ],
  });
  expect(report).toMatchObject({ files: 2, testTime: 1000, receiverShare: 0.4 });
});

test('rows are ranked by time; a receiver of another signal or place is another row', () => {
  const report = buildReport(
    [
      file('a.test.js', [
        receiver({ name: 'cheap', time: 5 }),
        receiver({ name: 'costly', time: 50 }),
        receiver({ name: 'costly', signal: 'pre_save', time: 20 }),
        receiver({ name: '', site: `${ROOT}/src/x.js:3:1`, time: 30 }),
      ]),
    ],
    run({ 'a.test.js': 1000 }),
  );
  expect(report.receivers.map((row) => `${row.label} on ${row.signal}`)).toEqual([
    'costly (src/index.js:10) on post_save',
    '(anonymous post_save receiver) (src/x.js:3) on post_save',
    'costly (src/index.js:10) on pre_save',
    'cheap (src/index.js:10) on post_save',
  ]);
});

test('the suggestion suspends the signals of costly unneeded receivers and resumes each where needed', () => {
  const report = buildReport(
    [
      file('a.test.js', [
        receiver({
          name: 'index',
          time: 400,
          neededTime: 40,
          neededTests: 1,
          neededIn: ['search'],
        }),
        receiver({ name: 'audit', time: 5, neededTests: 2, neededTime: 5, neededIn: ['audit'] }),
        receiver({ name: 'audit', signal: 'order_saved', time: 2 }),
        receiver({ name: 'tiny', signal: 'tick', time: 1 }),
      ]),
      file('b.test.js', [receiver({ name: 'audit', neededIn: ['audit'], neededTime: 1 })]),
    ],
    run({ 'a.test.js': 500, 'b.test.js': 500 }),
  );
  expect(report.suggestion).toEqual({
    receivers: ['index (src/index.js:10)', 'audit (src/index.js:10)'],
    signals: ['post_save'],
    // every post_save receiver's time outside the tests that need it: index 360, audit 0 + 99
    saving: 360 + 99,
    share: 0.459,
    pragma: '/** @suspendSignals post_save */',
    option: "testEnvironmentOptions: { signalbox: { suspendSignals: ['post_save'] } }",
    optionWhere: 'jest.config',
    resume: [
      { receiver: 'index', places: ['test/a.test.js › search'] },
      { receiver: 'audit', places: ['test/a.test.js › audit', 'test/b.test.js › audit'] },
    ],
  });
});

test('no suggestion when no receiver costs 1% of the test time outside the tests needing it', () => {
  const report = buildReport(
    [file('a.test.js', [receiver({ time: 9, neededTime: 0 })])],
    run({ 'a.test.js': 1000 }),
  );
  expect(report.suggestion).toBeUndefined();
  expect(renderTable(report, [])).toContain('No receiver costs 1% of the test time');
});

test('the table lists the top ten, the saving and what to paste', () => {
  const receivers = Array.from({ length: 12 }, (_, i) =>
    receiver({ name: `r${i}`, time: 100 - i, calls: 1000 + i }),
  );
  const table = renderTable(
    buildReport([file('a.test.js', receivers)], run({ 'a.test.js': 2000 })),
    ['signalbox-profile/profile.html'],
  );
  const lines = table.split('\n');
  expect(lines[0]).toBe(
    'signalbox receiver profile: 1 test file, 2.00 s of test time, receivers 56.7% of it',
  );
  expect(lines[2]).toMatch(
    /^\s*#\s+receiver\s+signal\s+calls\s+total\s+mean\s+p95\s+share\s+needed by$/,
  );
  expect(lines[3]).toMatch(/^ 1\s+r0 \(src\/index\.js:10\)\s+post_save\s+1,000\s+100 ms\s+100 µs/);
  expect(lines.filter((line) => /^\s*\d+ /.test(line))).toHaveLength(10);
  expect(table).toContain('… and 2 more receivers (see the report)');
  expect(table).toContain('at the top of the test files:  /** @suspendSignals post_save */');
  expect(table).toContain('Report: signalbox-profile/profile.html');
});

test('names from the suite are escaped in the chart and the page', () => {
  const report = buildReport(
    [
      file('a.test.js', [
        receiver({
          name: 'index',
          blocks: { '<img src=x onerror=alert(1)>': { calls: 1, time: 1 } },
        }),
      ]),
    ],
    run({ 'a.test.js': 1000 }),
  );
  const html = renderHtml(report);
  expect(html).not.toContain('<img');
  expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  expect(renderChart(report)).toMatch(/^<svg [^>]*role="img" aria-label="Receiver time: /);
});
