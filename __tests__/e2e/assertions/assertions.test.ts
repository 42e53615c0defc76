/**
 * Assertions on signals, end to end: real Jest 29.7 and 30.5 over the fixture files in `fixtures/`,
 * with the packed package installed in a consumer project. Fixture tests named "fails: ..." fail on
 * purpose: their failure messages are what is checked.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  type ConsumerProject,
  consumerProject,
  INSTALL_TIMEOUT_MS,
  JEST_VERSIONS,
  type JestMajor,
  type JestRun,
  readFixtures,
  runJest,
} from '../harness';

jest.setTimeout(120_000);

const LEAK_MODES = ['default', 'warn', 'error', 'disconnect', 'off'] as const;
type LeakProject = (typeof LEAK_MODES)[number];

const FIXTURES = join(__dirname, 'fixtures');
const GUIDE = readFileSync(join(__dirname, '../../../docs/assertions.md'), 'utf8');
/** The guide's code blocks of one language, in order. */
const guideBlocks = (language: string) =>
  [...GUIDE.matchAll(new RegExp(`\`\`\`${language}\n([\\s\\S]*?)\`\`\`\n`, 'g'))].map(
    (match) => match[1]!,
  );
const fixture = (path: string) => readFileSync(join(FIXTURES, path), 'utf8');

describe.each(Object.keys(JEST_VERSIONS) as JestMajor[])('Jest %s', (major) => {
  let project: ConsumerProject;

  beforeAll(async () => {
    project = await consumerProject(`assertions-${major}`, {
      jest: major,
      files: readFixtures(FIXTURES),
    });
  }, INSTALL_TIMEOUT_MS);

  describe('the send log and the matchers', () => {
    let run: JestRun;
    beforeAll(async () => {
      run = await runJest(project, ['--selectProjects', 'assertions', 'no-environment']);
    });

    test('exactly the tests named "fails: ..." fail', () => {
      const tests = run.results.testResults.flatMap((file) => file.assertionResults);
      expect(tests).toHaveLength(20);
      for (const test of tests) {
        const expected = test.title.startsWith('fails: ') ? 'failed' : 'passed';
        expect([test.fullName, test.status]).toEqual([test.fullName, expected]);
      }
    });

    test('a log holds its beforeEach, body and afterEach sends, not beforeAll/afterAll or definition', () => {
      expect(run.observed('log: first sees')).toEqual([['pre_save:beforeEach', 'pre_save:first']]);
      expect(run.observed('log: second sees')).toEqual([
        ['pre_save:beforeEach', 'pre_save:second'],
      ]);
      expect(run.observed('log: in afterEach')[0]).toEqual([
        'pre_save:beforeEach',
        'pre_save:first',
        'pre_save:afterEach',
      ]);
    });

    test('suspended sends are recorded with suspended: true', () => {
      expect(run.testStatus('suspended sends are recorded, marked suspended')).toBe('passed');
      expect(run.observed('log: suspended')).toEqual([
        [
          ['pre_save', false],
          ['pre_save', false],
          ['post_save', true],
        ],
      ]);
    });

    test('settingChanged sends are recorded', () => {
      expect(
        run.testStatus('settingChanged sends are recorded, with the settings as their sender'),
      ).toBe('passed');
      expect(run.observed('log: settingChanged')).toEqual([
        [
          [true, { setting: 'DEBUG', value: true, enter: true }],
          [true, { setting: 'DEBUG', value: false, enter: false }],
        ],
      ]);
      // in order among the test's other sends (beforeEach's first), and one payload object each
      expect(run.observed('log: settingChanged among the sends')).toEqual([
        [
          ['pre_save', false],
          ['pre_save', false],
          ['setting_changed', false],
          ['pre_save', false],
          ['setting_changed', false],
        ],
      ]);
      expect(run.observed('log: settingChanged payloads read twice')).toEqual([[true, true]]);
    });

    test('a full log keeps sendLogLimit sends and the failure says how many were dropped', () => {
      expect(run.observed('log: capped length')).toEqual([50]);
      expect(run.failureOf('fails: the log is capped by sendLogLimit and says so')).toContain(
        "Note: this test's send log is full: it kept the first 50 sends and dropped 11 later ones (the sendLogLimit option).",
      );
    });

    test('concurrent tests each see only their own sends', () => {
      for (const id of [1, 2, 3]) {
        expect(run.testStatus(`concurrent ${id}`)).toBe('passed');
        expect(run.observed(`concurrent: ${id} sent`)).toEqual([[id, id]]);
      }
    });

    test('matchers pass, with .not and asymmetric matchers', () => {
      expect(run.testStatus('passing sent, times, with, last sent with')).toBe('passed');
      expect(run.testStatus('passing .not')).toBe('passed');
      expect(run.testStatus('passing asymmetric matchers')).toBe('passed');
    });

    test('toHaveBeenSent fails listing what was sent instead', () => {
      const message = run.failureOf('fails fails: toHaveBeenSent');
      expect(message).toContain('expect(signal).toHaveBeenSent()');
      expect(message).toContain('Expected: "post_delete" sent in this test\nReceived: no sends');
      expect(message).toContain('Sends of other signals in this test:');
      expect(message).toContain(
        '   1: "pre_save": sender [Function User], payload {"instance": {"email": "alice@example.com", "id": 1}}',
      );
    });

    test('toHaveBeenSentTimes fails with both counts and the sends', () => {
      const message = run.failureOf('fails fails: toHaveBeenSentTimes');
      expect(message).toContain('Expected number of sends: 2\nReceived number of sends: 1');
      expect(message).toContain(
        '   1: sender [Function User], payload {"created": true, "instance": {"email": "alice@example.com", "id": 1}}',
      );
    });

    test('toHaveBeenSentWith fails with a diff of the closest send, pointed at in the list', () => {
      const message = run.failureOf('fails fails: toHaveBeenSentWith');
      expect(message).toContain('Received: 2 sends, none matching\n\nClosest send (2):');
      expect(message).toContain('-   "created": false,\n+   "created": true,');
      expect(message).toContain('-> 2: sender [Function User]');
    });

    test('.not.toHaveBeenSentWith fails pointing at the matching send', () => {
      const message = run.failureOf('fails fails: not.toHaveBeenSentWith');
      expect(message).toContain('expect(signal).not.toHaveBeenSentWith(sender, payload)');
      expect(message).toContain('payload: ObjectContaining {"created": true}');
      expect(message).toContain('Received: the one send matches');
    });

    test('toHaveBeenLastSentWith fails with a diff of the last send', () => {
      const message = run.failureOf('fails fails: toHaveBeenLastSentWith');
      expect(message).toContain('Received: the last of 2 sends differs\n\nLast send (2):');
    });

    test('a value that is not a Signal is a matcher error', () => {
      expect(run.failureOf('fails fails: not a signal')).toContain(
        'Matcher error: signal must be a Signal',
      );
    });

    test('outside a test, sentSignals() and the matchers throw an error saying why', () => {
      const perTest =
        'works inside a test (its body, beforeEach or afterEach): sends are recorded per test, not in beforeAll, afterAll or at definition time.';
      expect(run.observed('outside: at definition time')).toEqual([`sentSignals() ${perTest}`]);
      expect(run.observed('outside: in beforeAll')).toEqual([
        `expect(signal).toHaveBeenSent() ${perTest}`,
      ]);
      expect(run.observed('outside: in afterAll')).toEqual([`sentSignals() ${perTest}`]);
    });

    test('without the environment, the matchers and sentSignals() say it is needed', () => {
      const needs = 'needs the signalbox Jest environment, which records sends per test';
      expect(run.failureOf('fails: a matcher without the environment')).toContain(
        `expect(signal).toHaveBeenSent() ${needs}`,
      );
      expect(run.failureOf('fails: sentSignals() without the environment')).toContain(
        `sentSignals() ${needs}`,
      );
    });
  });

  describe('leaks', () => {
    const runs = {} as Record<LeakProject, JestRun>;
    beforeAll(async () => {
      await Promise.all(
        LEAK_MODES.map(async (mode) => {
          runs[mode] = await runJest(project, ['--selectProjects', `leaks-${mode}`]);
        }),
      );
    });

    const APP = ['connectedAtLoad', 'connectedInTopLevelBeforeAll'];
    /** Connected by the top level of a module that two tests load late: app code, never leaks. */
    const LATE_APP = ['connectedByLateModule', '', 'connectedByLateModule', ''];
    const LEFT = ['connectedInDescribeBeforeAll', 'forgottenReceiver', ...LATE_APP, ''];
    const anonymous = (scope: string) =>
      new RegExp(
        `signalbox: an anonymous receiver \\(\\S*leaks/leaks\\.test\\.js:\\d+:\\d+\\) was connected to signal "saved" during ${scope} and is still connected after it ended\\.\\n\\s*Disconnect it when done`,
      );
    const warning = (receiver: string, scope: string) =>
      `signalbox: ${receiver} was connected to signal "saved" during ${scope} and is still connected after it ended. Connected at `;

    test.each(['default', 'warn'] as const)(
      "'%s' warns naming the receiver, the signal, the scope and a frame in the test file",
      (mode) => {
        const run = runs[mode];
        expect(run.results.numFailedTests).toBe(0);
        expect(run.stderr).toContain(warning('forgottenReceiver', 'test "connects and forgets"'));
        expect(run.stderr).toContain(warning('connectedInDescribeBeforeAll', 'describe "block"'));
        expect(run.stderr).toContain(warning('connectedInTopLevelBeforeAll', 'the file'));
        expect(run.stderr).toMatch(
          /forgottenReceiver was connected .* Connected at [^\n]*leaks\.test\.js:\d+:\d+/,
        );
        expect(run.stderr).not.toContain('connectedAtLoad was connected');
        expect(run.stderr).not.toContain('tidyReceiver');
        expect(run.stderr).not.toContain('connectedByLateModule was connected');
        expect(run.stderr).not.toContain('late-app.js');
        expect(run.stderr).toMatch(anonymous('test "connects an anonymous receiver and forgets"'));
        expect(run.stderr.split('is still connected')).toHaveLength(5);
        // no frame of signalbox's under the warnings: only the message
        expect(run.stderr).not.toContain('node_modules/signalbox');
        expect(run.observed('leaks: next test')).toEqual([[...APP, ...LEFT]]);
      },
    );

    test("'error' fails the leaking test; for a block or the file, the last test that ran in it", () => {
      const run = runs.error;
      const failed = run.results.testResults[0]!.assertionResults.filter(
        (test) => test.status === 'failed',
      );
      expect(failed.map((test) => test.fullName)).toEqual([
        'block last in block',
        'connects and forgets',
        'connects an anonymous receiver and forgets',
        'last test of the file',
      ]);
      expect(run.failureOf('connects an anonymous receiver and forgets')).toMatch(
        anonymous('test "connects an anonymous receiver and forgets"'),
      );
      // the error's stack is where the receiver was connected
      expect(run.failureOf('connects and forgets')).toMatch(
        /'disconnect'\.\n\s+at [^\n]*leaks\.test\.js:\d+:\d+\)?$/,
      );
      expect(run.failureOf('block last in block')).toContain(
        warning('connectedInDescribeBeforeAll', 'describe "block"'),
      );
      expect(run.failureOf('connects and forgets')).toContain(
        warning('forgottenReceiver', 'test "connects and forgets"'),
      );
      expect(run.failureOf('last test of the file')).toContain(
        warning('connectedInTopLevelBeforeAll', 'the file'),
      );
    });

    test("'disconnect' disconnects at the scope's end, silently: the next test does not see it", () => {
      const run = runs.disconnect;
      expect(run.results.numFailedTests).toBe(0);
      expect(run.stderr).not.toContain('is still connected');
      expect(run.observed('leaks: after the block')).toEqual([APP]);
      expect(run.observed('leaks: next test')).toEqual([[...APP, ...LATE_APP]]);
    });

    test("'off' does nothing: no report, receivers stay", () => {
      const run = runs.off;
      expect(run.results.numFailedTests).toBe(0);
      expect(run.stderr).not.toContain('is still connected');
      expect(run.observed('leaks: next test')).toEqual([[...APP, ...LEFT]]);
    });
  });

  describe('the guide, docs/assertions.md', () => {
    let docs: JestRun;
    let leaks: JestRun;
    beforeAll(async () => {
      [docs, leaks] = await Promise.all([
        runJest(project, ['--selectProjects', 'docs']),
        runJest(project, ['--selectProjects', 'leaks-warn']),
      ]);
    });

    test('its examples are the fixture code, and pass or fail as it says', () => {
      const [models, ...examples] = guideBlocks('js').filter(
        (block) => !block.includes('jest.config'),
      );
      expect(fixture('models.js')).toContain(models);
      for (const example of examples)
        expect(fixture('docs/assertions-guide.test.js')).toContain(example);
      for (const test of docs.results.testResults.flatMap((file) => file.assertionResults)) {
        const expected = test.title.startsWith('fails: ') ? 'failed' : 'passed';
        expect([test.title, test.status]).toEqual([test.title, expected]);
      }
    });

    test('its failure messages are those a run prints', () => {
      const [sentWith, sent, leak] = guideBlocks('text');
      expect(docs.failureOf('fails: toHaveBeenSentWith')).toContain(sentWith);
      expect(docs.failureOf('fails: toHaveBeenSent')).toContain(sent);
      const printed = leaks.stderr
        .replaceAll(project.dir, '/path/to/project')
        .replace(/\n {4}/g, '\n');
      expect(printed).toContain(leak);
    });
  });
});
