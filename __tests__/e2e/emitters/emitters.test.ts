/**
 * Adopted emitters end to end: real Jest 29.7 and 30.5 over the fixture files in `fixtures/`, with
 * the real node:events, eventemitter3 5.x, EventEmitter2 6.x and mitt 3.x installed beside the
 * packed package. Fixture tests named "fails: ..." fail on purpose.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { filesOf, guideBlocks } from '../docs/guide-blocks';
import {
  type ConsumerProject,
  consumerProject,
  INSTALL_TIMEOUT_MS,
  JEST_VERSIONS,
  type JestMajor,
  type JestRun,
  REPO_ROOT,
  readFixtures,
  runJest,
} from '../harness';

jest.setTimeout(180_000);

const FIXTURES = join(__dirname, 'fixtures');
/** docs/emitters.md's guide project (its NestJS recipe is run by the nestjs e2e test). */
const GUIDE = Object.fromEntries(
  Object.entries(filesOf(guideBlocks(join(REPO_ROOT, 'docs/emitters.md')))).filter(([path]) =>
    path.startsWith('guide/'),
  ),
);
const EMITTER_LIBRARIES = { eventemitter2: '6.4.9', eventemitter3: '5.0.1', mitt: '3.0.1' };

describe.each(Object.keys(JEST_VERSIONS) as JestMajor[])('Jest %s', (major) => {
  let project: ConsumerProject;

  beforeAll(async () => {
    project = await consumerProject(`emitters-${major}`, {
      jest: major,
      deps: EMITTER_LIBRARIES,
      files: { ...readFixtures(FIXTURES), ...GUIDE },
    });
  }, INSTALL_TIMEOUT_MS);

  describe('scopes, matchers and the libraries semantics', () => {
    let run: JestRun;
    beforeAll(async () => {
      run = await runJest(project, ['--selectProjects', 'emitters']);
    });

    test('exactly the tests named "fails: ..." fail', () => {
      const tests = run.results.testResults.flatMap((file) => file.assertionResults);
      expect(tests.length).toBeGreaterThan(10);
      for (const test of tests) {
        const expected = test.title.startsWith('fails: ') ? 'failed' : 'passed';
        expect([test.fullName, test.status]).toEqual([test.fullName, expected]);
      }
    });

    test("a pragma's suspended emit is in the log, marked suspended", () => {
      expect(run.observed('pragma: log')).toEqual([
        [{ event: 'created', name: 'users:created', args: [{ id: 1 }], suspended: true }],
      ]);
    });

    test('an adopted emit in a test gives the listeners and the caller what the library does', () => {
      const own = run.observed<[string, unknown]>('args: own');
      expect(run.observed('args: adopted')).toEqual(own);
      // what the libraries do, so that the comparison is not between two empty runs
      expect(own.map(([name]) => name)).toEqual([
        'node:events',
        'EventEmitter2',
        'eventemitter3',
        'mitt',
      ]);
      expect(own[0]).toEqual([
        'node:events',
        {
          seen: [
            [true, []],
            [true, [1]],
            [true, [1, 2]],
            [true, [1, 2, 3]],
          ],
          results: [true, true, true, true, false],
        },
      ]);
      // and each emit is in the test's log with its arguments
      const recorded = [[], [1], [1, 2], [1, 2, 3], [1]];
      expect(run.observed('args: recorded')).toEqual(
        ['node:events', 'EventEmitter2', 'eventemitter3', 'mitt'].map((name) => [name, recorded]),
      );
    });

    test("a concurrent test's suspension is its own", () => {
      expect(run.observed('concurrent: suspended test ran')).toEqual([[]]);
      expect(run.observed('concurrent: running test ran')).toEqual([['running one ran']]);
    });

    test("a timed-out test's suspension ends with it", () => {
      expect(run.testStatus('after the timeout, jobs run')).toBe('passed');
    });

    test('a failing emit matcher lists the emits', () => {
      const message = run.failureOf('fails: toHaveEmitted lists the emits');
      expect(message).toContain('Expected: "ui:opened" emitted with');
      expect(message).toContain('arguments: [10]');
      expect(message).toContain('Received: 1 emit, none matching');
    });
  });

  describe('leaks', () => {
    test("'warn' names the listener, the event and the test, and leaves it", async () => {
      const run = await runJest(project, ['--selectProjects', 'emitters-leaks-warn']);
      expect(run.exitCode).toBe(0);
      expect(run.stderr).toContain(
        'signalbox: leftBehind was added to "users:created" (a node:events emitter) during test "adds a listener and leaves it" and is still registered after it ended.',
      );
      expect(run.stderr).not.toContain('tidy');
      expect(run.observed('leaks: listeners')).toEqual([
        ['sendWelcomeEmail', 'auditLog', 'leftBehind'],
      ]);
    });

    test("'error' fails the test that left it", async () => {
      const run = await runJest(project, ['--selectProjects', 'emitters-leaks-error']);
      expect(run.failureOf('adds a listener and leaves it')).toContain(
        'leftBehind was added to "users:created"',
      );
      expect(run.testStatus('adds one and removes it')).toBe('passed');
    });

    test("'disconnect' removes it", async () => {
      const run = await runJest(project, ['--selectProjects', 'emitters-leaks-disconnect']);
      expect(run.exitCode).toBe(0);
      expect(run.observed('leaks: listeners')).toEqual([['sendWelcomeEmail', 'auditLog']]);
    });
  });

  test('the receiver profile times adopted listeners and attributes them like receivers', async () => {
    const run = await runJest(project, ['--config', 'profile/jest.config.js'], {
      env: { SIGNALBOX_PROFILE: '1', SIGNALBOX_PROFILE_DIR: undefined },
    });
    expect(run.exitCode).toBe(0);
    const report = JSON.parse(
      readFileSync(project.path('profile/signalbox-profile/profile.json'), 'utf8'),
    );
    const rows = Object.fromEntries(
      (
        report.receivers as Array<{
          name: string;
          signal: string;
          calls: number;
          time: number;
          blocks: Array<{ place: string; calls: number }>;
          neededTests: number;
        }>
      ).map((row) => [row.name, row]),
    );
    expect(rows.slowWelcomeEmail).toMatchObject({
      signal: 'users:created',
      calls: 3,
      neededTests: 1,
    });
    expect(rows.onceAudit).toMatchObject({ signal: 'users:created', calls: 1 });
    expect(rows.notifyDone).toMatchObject({ signal: 'jobs:done', calls: 2, neededTests: 0 });
    expect(rows.slowWelcomeEmail!.time).toBeGreaterThanOrEqual(12);
    expect(rows.slowWelcomeEmail!.blocks).toEqual([expect.objectContaining({ calls: 3 })]);
    expect(report.receivers.map((row: { name: string }) => row.name)).toEqual([
      'notifyDone',
      'slowWelcomeEmail',
      'onceAudit',
    ]);
    // the reporter prints where the run's reporters print: stderr on Jest 30, stdout on Jest 29
    const printed = `${run.stdout}${run.stderr}`;
    expect(printed).toContain('signalbox receiver profile:');
    expect(printed).toContain('@suspendSignals jobs:done');
  });

  test("docs/emitters.md's test file passes as written", async () => {
    const run = await runJest(project, ['--config', 'guide/jest.config.js']);
    const tests = run.results.testResults.flatMap((file) => file.assertionResults);
    expect(tests.map((test) => [test.title, test.status])).toEqual([
      ['the pragma suspends users:created; the emit is recorded', 'passed'],
      ['sendWelcomeEmail runs; announceFirstUser stays suspended', 'passed'],
      ['a wildcard listener is suspended with the event emitted', 'passed'],
      ["mitt's '*' handler, and everything but one listener", 'passed'],
    ]);
  });

  test('testEnvironmentOptions.signalbox.emitters adopts module exports in every file', async () => {
    const run = await runJest(project, ['--selectProjects', 'emitters-option']);
    expect(run.exitCode).toBe(0);
    expect(
      run.testStatus(
        'the options adopted the module exports this file gets, and suspend jobs:done',
      ),
    ).toBe('passed');
  });

  test("the ES-module setup file refuses the options' emitters, saying what to do instead", async () => {
    const run = await runJest(project, ['--selectProjects', 'emitters-option-esm-setup'], {
      nodeFlags: ['--experimental-vm-modules'],
    });
    expect(run.exitCode).toBe(1);
    expect(run.suite('esm-setup.test.js').message).toContain(
      "signalbox: testEnvironmentOptions.signalbox.emitters.users: the options' emitters are loaded by the CommonJS setup file (signalbox/setup resolved as require); with ESM setup files, call adoptEmitter(emitter, { name }) in a setup file of your own",
    );
  });

  test('an emitter shared by the files of a worker is clean for the next file', async () => {
    const run = await runJest(project, ['--selectProjects', 'emitters-shared', '--runInBand']);
    expect(run.exitCode).toBe(0);
    const starts = run.observed<{
      file: string;
      existed: boolean;
      ownKeys: string[];
      ran: string[];
    }>('shared: at the start');
    expect(starts).toHaveLength(2);
    expect(starts.filter((start) => start.existed)).toHaveLength(1);
    for (const start of starts) {
      expect(start.ownKeys).not.toContain('emit');
      expect(start.ran).toEqual([start.file]);
    }
  });
});
