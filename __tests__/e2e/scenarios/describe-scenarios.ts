/**
 * The usage scenarios both runners are held to: real Jest (30.5, 29.7) and real Vitest (4.1, 3.2)
 * over `fixtures/`, probing usage the other e2e tests do not cover. Each expectation is a line of
 * API.md; where the runners differ (docs/vitest.md), the scenario says how. `scenarios.test.ts`
 * and `vitest-scenarios.test.ts` run this list.
 */
import { stripVTControlCharacters } from 'node:util';
import { type ConsumerProject, INSTALL_TIMEOUT_MS, type JestRun, JestRunError } from '../harness';

/** One runner's consumer project and how a group of fixtures (a Jest project) runs in it. */
export interface ScenarioTarget {
  /** `Jest 30`, `Vitest 4`. */
  readonly title: string;
  readonly runner: 'jest' | 'vitest';
  /** Jest 29 starts concurrent bodies before their block's beforeAll hooks run (DESIGN.md). */
  readonly concurrentBeforeHooks: boolean;
  /** Jest 30's `jest.retryTimes(n, { entireDescribe: true })`. */
  readonly describeRetry: boolean;
  /** Where the runner's users write the project options (messages name it). */
  readonly options: string;
  project(): Promise<ConsumerProject>;
  /** Runs a group's files: one after the other, or on two workers with `parallel`. */
  run(project: ConsumerProject, groups: readonly string[], parallel?: boolean): Promise<JestRun>;
}

const MISSING_ENVIRONMENT = 'does not run in the signalbox test environment';
const ALL_BASE = { A: 'base', B: 'base', C: 'base', HOOK_A: 'none', HOOK_B: 'none', EACH: 'none' };
const HOOKS_CLEAN = { X: 'base', EACH: 'none', AFTER: 'none', ALL: 'none' };

export function describeScenarios(target: ScenarioTarget): void {
  const jest = target.runner === 'jest';
  let project: ConsumerProject;

  beforeAll(async () => {
    project = await target.project();
  }, INSTALL_TIMEOUT_MS);

  describe('scopes', () => {
    let run: JestRun;
    beforeAll(async () => {
      run = await target.run(project, ['scopes']);
    });

    test('exactly the tests meant to fail fail', () => {
      const failed = run.results.testResults
        .flatMap((file) => file.assertionResults)
        .filter((test) => test.status === 'failed')
        .map((test) => test.fullName)
        .sort();
      expect(failed).toEqual(
        [
          'a throwing afterEach fails in afterEach',
          // Vitest skips the tests of a block whose beforeAll threw, and fails the block
          ...(jest ? ['a throwing beforeAll in a block whose beforeAll threw'] : []),
          'a throwing beforeEach never runs its body',
          'annotated c times out',
          'fails while overridden',
          'slow beforeEach its test fails',
        ].sort(),
      );
      expect(run.testStatus('outer skipped block in skipped block')).toBe('pending');
      expect(run.testStatus('outer all skipped todo one')).toBe('todo');
      expect(run.testStatus('failing while overridden')).toBe('passed');
      if (!jest) {
        expect(run.testStatus('a throwing beforeAll in a block whose beforeAll threw')).toBe(
          'pending',
        );
      }
    });

    test('nested blocks: annotations and beforeAll calls at each level, siblings apart', () => {
      expect(run.observed('nested: first beforeAll')).toEqual([
        { ...ALL_BASE, A: 'outer', B: 'first', HOOK_A: 'outer beforeAll' },
      ]);
      const inFirst = {
        ...ALL_BASE,
        A: 'first beforeAll',
        B: 'first',
        HOOK_A: 'outer beforeAll',
        HOOK_B: 'first beforeAll',
        EACH: 'first beforeEach',
      };
      expect(run.observed('nested: first a')).toEqual([inFirst]);
      expect(run.observed('nested: deep a')).toEqual([{ ...inFirst, A: 'deep', C: 'deep' }]);
      expect(run.observed('nested: first b')).toEqual([inFirst]);
      const inOuter = { ...ALL_BASE, A: 'outer', HOOK_A: 'outer beforeAll' };
      expect(run.observed('nested: second a')).toEqual([inOuter]);
      expect(run.observed('nested: outer after the blocks')).toEqual([inOuter]);
      expect(run.observed('nested: each x')).toEqual([
        { ...inOuter, B: 'each x', HOOK_B: 'each x beforeAll' },
      ]);
      expect(run.observed('nested: each y')).toEqual([
        { ...inOuter, B: 'each y', HOOK_B: 'each y beforeAll' },
      ]);
      expect(run.observed('nested: after test.failing')).toEqual(['base']);
      expect(run.observed('nested: outer afterAll')).toEqual([inOuter]);
      expect(run.observed('nested: after outer')).toEqual([ALL_BASE]);
    });

    test("restore() of a block's annotation ends it where it stands, for later tests and retries", () => {
      // Vitest's JSON results do not count attempts: the observations do
      expect(run.test('annotated restores the annotation')).toMatchObject({
        status: 'passed',
        ...(jest && { invocations: 2 }),
      });
      expect(run.observed('restore: before restore')).toEqual([
        [1, 'annotation', 'kept'],
        [2, 'base', 'kept'],
      ]);
      expect(run.observed('restore: later test')).toEqual([['base', 'kept']]);
      expect(run.observed('restore: afterAll')).toEqual([['base', 'kept']]);
      expect(run.observed('restore: second block')).toEqual(['second annotation']);
      expect(run.observed('restore: after the blocks')).toEqual([['base', 'base']]);
    });

    test('afterEach/afterAll calls, throwing hooks and failing tests leave the next test clean', () => {
      expect(run.observed('hooks: afterEach sees its own')).toEqual(['afterEach', 'afterEach']);
      expect(run.observed('hooks: one')).toEqual([HOOKS_CLEAN]);
      expect(run.observed('hooks: two')).toEqual([HOOKS_CLEAN]);
      expect(run.observed('hooks: second afterAll')).toEqual([{ ...HOOKS_CLEAN, ALL: 'afterAll' }]);
      for (const label of [
        'hooks: after the block',
        'hooks: after the throwing hooks',
        'hooks: after the failing test',
        'hooks: last',
      ]) {
        expect([label, run.observed(label)]).toEqual([label, [HOOKS_CLEAN]]);
      }
      expect(run.observed('hooks: body of the test with a failing beforeEach')).toEqual([]);
    });

    test('each retry starts clean and gets its own beforeEach', () => {
      expect(run.test('fails twice')).toMatchObject({
        status: 'passed',
        ...(jest && { invocations: 3 }),
      });
      expect(run.observed('retry: beforeEach starts with')).toEqual(
        Array(4).fill(['base', 'none']),
      );
      expect(run.observed('retry: attempt')).toEqual([
        [1, 'beforeEach 1', 'base'],
        [2, 'beforeEach 2', 'base'],
        [3, 'beforeEach 3', 'base'],
      ]);
    });

    test('fake timers: async callback forms settle and end; scoped calls end with the test', () => {
      expect(run.observed('fake: callback')).toEqual([
        { seen: ['callback'], result: 'result', after: 'base', sent: 1 },
      ]);
      expect(run.observed('fake: suspend callback')).toEqual([{ results: 0, ran: [] }]);
      expect(run.observed('fake: set from timer')).toEqual(['from fake timer']);
      expect(run.observed('fake: next')).toEqual(['base']);
      expect(run.observed('fake: modify')).toEqual([{ inside: ['a'], after: [] }]);
    });

    if (jest)
      test('resetModules and isolateModules copies share the registry, settings and signals', () => {
        expect(run.observed('modules: reset')).toEqual([
          {
            mode: 'test',
            sameSettingChanged: true,
            changes: [
              ['MODE', true],
              ['MODE', false],
            ],
            suspendedRan: [],
            freshLog: ['setting_changed', 'saved', 'saved', 'setting_changed', 'setting_changed'],
            globalLog: ['setting_changed', 'saved', 'saved', 'setting_changed', 'setting_changed'],
            matcher: 'ok',
          },
        ]);
        expect(run.observed('modules: isolate')).toEqual([
          {
            mode: 'isolated',
            outer: 'isolated',
            afterRestore: 'describe',
            FROM_ISOLATED: 'yes',
            LEFT: 'by isolated copy',
          },
        ]);
        expect(run.observed('modules: next')).toEqual([{ mode: 'describe', left: false }]);
        expect(run.observed('modules: after block')).toEqual(['base']);
      });

    test('concurrent tests between serial ones; a timed-out one leaves nothing behind', () => {
      const inBlock = { MODE: 'describe', WHO: 'base', HOOK: 'beforeAll' };
      // Jest 29 starts concurrent bodies before their block's beforeAll runs (DESIGN.md): the
      // annotation applies from the first line, the hook's override only once the hook ran.
      const atStart = target.concurrentBeforeHooks ? { ...inBlock, HOOK: 'none' } : inBlock;
      expect(run.observed('mix: serial before')).toEqual([
        { MODE: 'base', WHO: 'serial before', HOOK: 'none' },
      ]);
      expect(run.observed('mix: c scoped')).toEqual([
        { atStart, later: { ...inBlock, WHO: 'scoped' }, log: 1 },
      ]);
      expect(run.observed('mix: c callback')).toEqual([
        { atStart, inside: { ...inBlock, WHO: 'callback' }, after: inBlock },
      ]);
      expect(run.observed('mix: late code of the timed-out test')).toEqual([inBlock]);
      expect(run.observed('mix: serial inside')).toEqual([
        { atStart: inBlock, later: inBlock, pinged: ['base', 'base'] },
      ]);
      expect(run.observed('mix: serial after')).toEqual([
        { MODE: 'base', WHO: 'base', HOOK: 'none' },
      ]);
    });

    test("a block's annotation covers its concurrent tests from their first line", () => {
      expect(run.observed('cann: sync body')).toEqual([
        { mode: 'concurrent block', ran: ['concurrent block'] },
      ]);
      expect(run.observed('only: focused')).toEqual([
        {
          atStart: ['describe', target.concurrentBeforeHooks ? 'none' : 'beforeAll'],
          later: ['describe', 'beforeAll'],
        },
      ]);
      expect(run.observed('only: not focused ran')).toEqual([]);
    });

    test("a concurrent test never sees a sibling block's annotation or a serial test's layers", () => {
      expect(run.observed('cann: body that waits')).toEqual([
        { seen: { MODE: 'concurrent block', WHO: 'base' }, receiverRan: true },
      ]);
    });

    test('sends in beforeEach/afterEach and from a beforeAll server belong to the test', () => {
      expect(run.observed('log: beforeEach sees')).toEqual([['beforeEach'], ['beforeEach']]);
      expect(run.observed('log: afterEach sees')).toEqual([
        ['beforeEach', 'afterEach'],
        ['beforeEach', 'afterEach'],
      ]);
      expect(run.observed('log: server sends in test')).toEqual([true]);
      expect(run.observed('log: hook sends in test')).toEqual([['beforeEach']]);
    });

    test("a timed-out beforeEach's late calls do not reach the next test", () => {
      expect(run.observed('hook timeout: next test')).toEqual([{ atStart: 'base', later: 'base' }]);
      expect(run.observed('hook timeout: test after')).toEqual(['base']);
    });
  });

  test("leaks: 'error' fails a block's leak (Jest: the last test that ran in it; Vitest: the block) and a concurrent test's own", async () => {
    const run = await target.run(project, ['leaks-error']);
    expect(run.testStatus('block with a skipped last test ran in block')).toBe(
      jest ? 'failed' : 'passed',
    );
    expect(run.testStatus('block with a skipped last test skipped last')).toBe('pending');
    expect(run.testStatus('block whose last test is nested outer test')).toBe('passed');
    expect(run.testStatus('block whose last test is nested inner inner last')).toBe(
      jest ? 'failed' : 'passed',
    );
    if (!jest) {
      // Vitest prints a block's errors under it (its JSON results have only the tests')
      expect(stripVTControlCharacters(run.stdout + run.stderr)).toMatch(
        /FAIL .*leaks\.test\.js > block with a skipped last test[\s\S]*leakedInBeforeAll was connected to signal "saved" during describe "block with a skipped last test"/,
      );
      expect(run.exitCode).toBe(1);
    }
    expect(run.test('c leaks after an await').failureMessages.join('\n')).toContain(
      'leakedInConcurrent was connected to signal "saved" during test "c leaks after an await"',
    );
    expect(run.testStatus('c clean')).toBe('passed');
    expect(run.testStatus('serial after')).toBe('passed');
  });

  test('an unknown signal name fails the test that used it (Vitest: the file, naming the test), with the closest name, where it was used and the names that exist', async () => {
    const run = await target.run(project, ['unknown-names']);
    // Vitest prints every error of a file (its JSON results have the first)
    const first = stripVTControlCharacters(
      jest ? run.suite('unknown-names/first.test.js').message : run.stdout + run.stderr,
    );
    // the names are known at the file's end, when Vitest has reported the test already
    const failure = (title: string) =>
      jest ? stripVTControlCharacters(run.test(title).failureMessages.join('\n')) : first;
    const exist = 'Signals that exist: "created_later", "post_save", "setting_changed".';
    const uses = failure('uses names');
    expect(run.testStatus('uses names')).toBe(jest ? 'failed' : 'passed');
    if (!jest) expect(uses).toContain('(in the test "uses names", which had already ended)');
    expect(uses).toContain(
      `signalbox: no signal in this file is named "post_sav" (used by suspendSignals(...targets, fn?) at ${project.dir}/unknown-names/first.test.js:11:3). Did you mean "post_save"? ${exist}`,
    );
    expect(uses).toContain(
      'no signal in this file is named "resume_typo" (used by resumeSignals(...targets, fn?) at',
    );
    expect(uses).toContain(
      'no signal in this file is named "except_typo" (used by suspendSignals(...targets, fn?) at',
    );
    // the stack is the user's: it starts at the call, no frame of signalbox's
    if (jest) {
      expect(uses).toMatch(/strict: false makes this a warning\)\n\s+at .*first\.test\.js:11:3\)/);
      expect(uses).not.toContain('node_modules/signalbox');
    }
    // a name used before its signal was created, later in the file, is not a mistake
    expect(run.testStatus('names a signal created later in the file')).toBe('passed');
    expect(first).toContain(
      `signalbox: no signal in this file is named "pragma_typo" (used by the @suspendSignals pragma). ${exist}`,
    );
    const second = stripVTControlCharacters(
      jest ? run.suite('unknown-names/second.test.js').message : run.stdout + run.stderr,
    );
    expect(second).toContain(
      'no signal in this file is named "pre_sav" (used by suspendSignals(...targets, fn?) at',
    );
    expect(second).toContain('Did you mean "pre_save"?');
    expect(run.testStatus('creates a signal')).toBe('passed');
  });

  test("the project options' keys and names are checked across the run: once, and only when no file had them", async () => {
    // Jest writes no results when its global teardown throws; Vitest does, and fails the run
    const failed = await target.run(project, ['option-names'], true).then(
      (run) => run,
      (error: unknown) => error as JestRunError,
    );
    if (jest) expect(failed).toBeInstanceOf(JestRunError);
    const stderr = stripVTControlCharacters(failed.stderr);
    const settings = `signalbox: ${target.options}.settings sets "EMAIL_BACKEN", which no test file of this run (3 ran) configured (configureSettings) by its first test. Did you mean "EMAIL_BACKEND"?`;
    const names = `signalbox: ${target.options}.suspendSignals names "post_sav", but no test file of this run (3 ran) created a signal of that name. Did you mean "post_save"? Signals that exist: "post_save", "pre_save", "setting_changed".`;
    expect(stderr.split(settings)).toHaveLength(2);
    expect(stderr.split(names)).toHaveLength(2);
    expect(stderr).not.toContain('"pre_save", but');
    expect(failed.exitCode).toBe(1);
  });

  test('strict: false turns every one of these mistakes into a warning', async () => {
    const run = await target.run(project, ['lenient']);
    expect(run.results.numFailedTests).toBe(0);
    expect(run.results.numFailedTestSuites).toBe(0);
    const stderr = stripVTControlCharacters(run.stderr);
    expect(stderr).toContain(
      'signalbox: no signal in this file is named "post_sav" (used by suspendSignals(...targets, fn?) at',
    );
    expect(stderr).toContain(
      'signalbox: @overrideSettings sets "DEBGU", which is not a configured setting',
    );
    expect(stderr).toContain(`${target.options}.suspendSignals names "post_sav"`);
    expect(stderr).toContain(`${target.options}.settings sets "EMAIL_BACKEN"`);
    expect(stderr).not.toContain('strict: false makes this a warning');
  });

  test('misspelled and misplaced pragma tags, and unknown pragma setting keys, fail the file naming the tag and the fix', async () => {
    const run = await target.run(project, ['pragma-tags']);
    const message = (file: string) => stripVTControlCharacters(run.suite(file).message);
    expect(message('pragma-tags/misspelled.test.js')).toContain(
      'signalbox: pragma-tags/misspelled.test.js: @suspendSignal is not a signalbox pragma: did you mean @suspendSignals?',
    );
    expect(message('pragma-tags/later-comment.test.js')).toContain(
      `signalbox: pragma-tags/later-comment.test.js: @suspendSignals on line 4 is ignored: ${jest ? 'Jest' : 'signalbox'} reads pragmas only from the comment that opens the file, before any code. Move it into the file's first /** */ comment`,
    );
    for (const file of ['misspelled', 'later-comment']) {
      expect(run.suite(`pragma-tags/${file}.test.js`).assertionResults).toEqual([]);
    }
    expect(run.testStatus('runs, and the file fails')).toBe('passed');
    expect(message('pragma-tags/settings-key.test.js')).toContain(
      'signalbox: @overrideSettings sets "DEBGU", which is not a configured setting: configureSettings() had not set it when the file\'s first test started. Did you mean "DEBUG"?',
    );
    expect(run.suite('pragma-tags/settings-key.test.js').status).toBe('failed');
  });

  if (jest)
    test("failing tests' stacks hold the user's frames, none of signalbox's", async () => {
      const run = await target.run(project, ['stacks']);
      const failed = run.results.testResults.flatMap((file) => file.assertionResults);
      expect(failed.map((test) => [test.title, test.status])).toEqual(
        failed.map((test) => [test.title, 'failed']),
      );
      expect(failed).toHaveLength(7);
      for (const test of failed) {
        const stack = test.failureMessages.join('\n');
        expect([test.title, stack]).toEqual([
          test.title,
          expect.stringMatching(/stacks\.test\.js:\d+:\d+/),
        ]);
        expect([test.title, stack]).toEqual([
          test.title,
          expect.not.stringContaining('node_modules/signalbox'),
        ]);
      }
      // and what Jest prints: the code frame and the user's frames
      expect(stripVTControlCharacters(run.stderr)).not.toContain('node_modules/signalbox');
    });

  test('a reserved key in an option or a pragma fails the file, naming the file and the source', async () => {
    const run = await target.run(project, ['bad-types', 'bad-pragma']);
    const cases: [file: string, source: string][] = [
      ['bad-types/trivial.test.js', `${target.options}.settings`],
      ['bad-pragma/reserved.test.js', '@overrideSettings'],
    ];
    for (const [file, source] of cases) {
      const suite = run.suite(file);
      expect(suite.status).toBe('failed');
      expect(suite.assertionResults).toEqual([]);
      if (jest) expect(suite.message).toContain('Test suite failed to run');
      expect(suite.message).toContain(`signalbox: ${file}: ${source}`);
    }
  });

  if (jest)
    test('without the environment the warning appears once per file, even if setup loads again', async () => {
      const run = await target.run(project, ['setup-only']);
      expect(run.results.numFailedTests).toBe(0);
      expect(run.stderr.split(MISSING_ENVIRONMENT)).toHaveLength(3);
    });

  if (target.describeRetry) {
    test("jest.retryTimes(n, { entireDescribe: true }): each attempt re-applies the block's annotation", async () => {
      const run = await target.run(project, ['describe-retry']);
      expect(run.results.numFailedTests).toBe(0);
      expect(run.observed('dretry: A beforeAll')).toEqual([
        ['annotation A', 'none', 'none'],
        ['annotation A', 'none', 'none'],
      ]);
      expect(run.observed('dretry: A test')).toEqual([
        [1, 'annotation A', 'beforeAll 1', 'none'],
        [2, 'annotation A', 'beforeAll 2', 'none'],
      ]);
      expect(run.observed('dretry: B test')).toEqual([
        [1, 'annotation B', 'none', 'none'],
        [2, 'base', 'none', 'none'],
      ]);
      expect(run.observed('dretry: after')).toEqual([['base', 'none', 'none']]);
    });
  }
}
