/**
 * The Jest side of signalbox, end to end: real Jest 29.7 and 30.5 over the fixture files in
 * `fixtures/consumer`, with the packed package installed in a consumer project.
 */
import { stripVTControlCharacters } from 'node:util';
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

const MISSING_ENVIRONMENT = 'does not run in the signalbox test environment';

describe.each(Object.keys(JEST_VERSIONS) as JestMajor[])('Jest %s', (major) => {
  let project: ConsumerProject;

  beforeAll(async () => {
    project = await consumerProject(`jest-side-${major}`, {
      jest: major,
      deps: { 'jest-environment-jsdom': JEST_VERSIONS[major] },
      files: readFixtures('../jest/fixtures/consumer'),
    });
  }, INSTALL_TIMEOUT_MS);

  describe.each([
    ['in band', ['--runInBand']],
    ['on 2 workers', ['--maxWorkers=2']],
  ])('preset: signalbox, %s', (_mode, flags) => {
    let run: JestRun;
    beforeAll(async () => {
      run = await runJest(project, ['--selectProjects', 'preset', ...flags]);
    });

    test('every file runs, and only the timed-out test fails', () => {
      expect(run.results.numTotalTestSuites).toBe(6);
      expect(run.results.numRuntimeErrorTestSuites).toBe(0);
      const failed = run.results.testResults
        .flatMap((file) => file.assertionResults)
        .filter((test) => test.status === 'failed')
        .map((test) => test.fullName);
      expect(failed).toEqual(['times out while overridden']);
    });

    test('the globals are installed and share the registry with signalbox/testing', () => {
      expect(run.observed('globals: types')).toEqual([
        {
          overrideSettings: 'function',
          modifySettings: 'function',
          suspendSignals: 'function',
          resumeSignals: 'function',
          sentSignals: 'function',
          dispose: 'symbol',
          asyncDispose: 'symbol',
        },
      ]);
      expect(run.observed('globals: same functions')).toEqual([true]);
      expect(run.observed('globals: after resetModules')).toEqual([
        { seenByModule: 'global', fresh: 'global' },
      ]);
      expect(run.observed('globals: dispose')).toEqual([{ inside: 'disposable', after: 'base' }]);
    });

    test('the signal matchers are installed', () => {
      expect(run.testStatus('the signal matchers are installed')).toBe('passed');
    });

    test('project options, then pragmas in order, apply to the whole file', () => {
      expect(run.testStatus('pragmas and project options apply to the whole file')).toBe('passed');
      expect(run.observed('pragmas: settings')).toEqual([
        { LEVEL: 'pragma', FROM_OPTIONS: 'options', FROM_PRAGMA: 'second' },
      ]);
      expect(run.observed('pragmas: receivers that ran')).toEqual([['pre_save']]);
    });

    test('a top-level call belongs to the file and is active at once', () => {
      expect(run.observed('scopes: file loads with')).toEqual([
        { LEVEL: 'options', FROM_OPTIONS: 'options' },
      ]);
      expect(run.observed('scopes: top-level call is active at once')).toEqual(['file']);
    });

    test('a describe-body call covers the block run, not the file definition', () => {
      expect(run.observed('scopes: describe annotation while the file is defined')).toEqual([
        'file',
      ]);
      expect(run.observed('scopes: annotated beforeAll')).toEqual(['describe']);
      expect(run.observed('scopes: annotated nested')).toEqual([
        { LEVEL: 'nested', HOOK: 'beforeAll' },
      ]);
      expect(run.observed('scopes: annotated afterAll')).toEqual([
        { LEVEL: 'describe', HOOK: 'beforeAll' },
      ]);
      expect(run.observed('scopes: after the annotated block')).toEqual([
        { LEVEL: 'file', HOOK: 'none', EACH: 'none' },
      ]);
    });

    test('beforeAll calls last until the block ends; beforeEach and test calls until the test ends', () => {
      expect(run.observed('scopes: annotated first')).toEqual([
        { LEVEL: 'describe', HOOK: 'beforeAll', EACH: 'beforeEach' },
      ]);
      expect(run.observed('scopes: annotated first after its own call')).toEqual(['test']);
      expect(run.observed('scopes: annotated second')).toEqual([
        { LEVEL: 'describe', EACH: 'beforeEach', TEST: 'none' },
      ]);
    });

    test('describe.each blocks each get their own annotation', () => {
      expect(run.observed('scopes: describe.each x')).toEqual(['each x']);
      expect(run.observed('scopes: describe.each y')).toEqual(['each y']);
      expect(run.observed('scopes: after describe.each')).toEqual(['file']);
    });

    test("a timed-out test's layers end with it; its late restore() and late calls change nothing", () => {
      expect(run.testStatus('times out while overridden')).toBe('failed');
      expect(run.testStatus('runs after the timed-out test')).toBe('passed');
      expect(run.observed('timeout: next test starts with')).toEqual(['base']);
      expect(run.observed('timeout: next test after the late restore')).toEqual(['next']);
    });

    test('each retry attempt starts clean', () => {
      expect(run.test('fails once, then passes')).toMatchObject({
        status: 'passed',
        invocations: 2,
      });
      expect(run.observed('retry: attempt starts with')).toEqual(['base', 'base']);
      expect(run.observed('retry: next test')).toEqual(['base']);
    });

    test('concurrent tests see only their own layers and sends', () => {
      expect(run.testStatus('concurrent a')).toBe('passed');
      expect(run.testStatus('concurrent b')).toBe('passed');
      expect(run.observed('concurrent: a sees')).toEqual(['a']);
      expect(run.observed('concurrent: b sees')).toEqual(['b']);
      expect(run.observed('concurrent: a sent')).toEqual([['a', 'a']]);
      expect(run.observed('concurrent: b sent')).toEqual([['b', 'b']]);
      expect(run.observed('concurrent: callback form sees')).toEqual(['callback']);
      expect(run.observed('concurrent: serial test after them')).toEqual(['base']);
    });

    test('nothing warns that the environment is missing', () => {
      expect(run.stderr).not.toContain(MISSING_ENVIRONMENT);
    });
  });

  test('ES module test files (--experimental-vm-modules) get the same scopes', async () => {
    const run = await runJest(project, ['--selectProjects', 'esm'], {
      nodeFlags: ['--experimental-vm-modules'],
    });

    expect(run.testStatus('esm block esm test')).toBe('passed');
    expect(run.testStatus('esm after the block')).toBe('passed');
    expect(run.observed('esm: test starts with')).toEqual(['describe']);
    expect(run.observed('esm: after the global helper')).toEqual(['test']);
    expect(run.observed('esm: after the block')).toEqual([{ LEVEL: 'file', TEST: 'none' }]);
  });

  describe('files that cannot run, a setup file without the environment, jsdom', () => {
    let run: JestRun;
    beforeAll(async () => {
      run = await runJest(project, [
        '--runInBand',
        '--selectProjects',
        'late',
        'pragma-errors',
        'bad-option-key',
        'bad-option-value',
        'setup-only',
        'no-environment',
        'jsdom',
      ]);
    });

    /** A refused call's error fails the test whose code made the call. */
    const refusal = (file: string, title: string): string => {
      const test = run.suite(file).assertionResults.find((result) => result.title === title);
      expect(test?.status).toBe('failed');
      return stripVTControlCharacters(test!.failureMessages.join('\n'));
    };

    test.each([
      ['bare.test.js', '@overrideSettings needs a JSON object'],
      ['non-object.test.js', '@overrideSettings must be a JSON object, got ["DEBUG"]'],
      ['invalid-json.test.js', '@overrideSettings is not valid JSON'],
      [
        'forbidden-key.test.js',
        '@overrideSettings must not contain the key @overrideSettings.CACHE.options[0].__proto__',
      ],
    ])('a malformed pragma fails its file: %s', (file, message) => {
      const suite = run.suite(`pragma-errors/${file}`);
      expect(suite.status).toBe('failed');
      expect(suite.assertionResults).toEqual([]);
      expect(suite.message).toContain('Test suite failed to run');
      expect(suite.message).toContain(`signalbox: pragma-errors/${file}: ${message}`);
    });

    test('an unknown option key fails the file, naming the file and the key', () => {
      const suite = run.suite('bad-option-key/trivial.test.js');
      expect(suite.message).toContain('Test suite failed to run');
      expect(suite.message).toContain(
        'signalbox: bad-option-key/trivial.test.js: testEnvironmentOptions.signalbox.suspendSignal is not an option',
      );
    });

    test('an invalid option value fails the file, naming the file and the option', () => {
      const suite = run.suite('bad-option-value/trivial.test.js');
      expect(suite.message).toContain('Test suite failed to run');
      expect(suite.message).toContain(
        "signalbox: bad-option-value/trivial.test.js: testEnvironmentOptions.signalbox.leaks must be one of 'off', 'warn', 'error', 'disconnect', got \"loud\"",
      );
    });

    test('without the environment, the setup file warns once per file; a no-callback call in a test is refused and undone', () => {
      expect(run.suite('setup-only/b.test.js').status).toBe('passed');
      expect(run.stderr.split(MISSING_ENVIRONMENT)).toHaveLength(3);
      expect(run.stderr).toContain("preset: 'signalbox'");
      expect(run.stderr).toContain('withSignalbox(YourEnvironment)');
      expect(
        refusal('setup-only/a.test.js', 'setup only: a no-callback call in a test is refused'),
      ).toContain(
        'signalbox: overrideSettings(values, fn?) was called without a callback in a test or a hook, but this test file does not run in the signalbox environment',
      );
      expect(run.observed('setup-only: callback form')).toEqual(['callback']);
      expect(run.observed('setup-only: after the callback')).toEqual(['base']);
      expect(run.observed('setup-only: next test')).toEqual([['base', 'top level']]);
      expect(run.observed('setup-only: in the using block')).toEqual(['using']);
      expect(run.observed('setup-only: handle')).toEqual(['handle']);
      expect(run.observed('setup-only: after restore')).toEqual(['base']);
    });

    test('without the environment or the setup file, the helpers refuse no-callback calls in tests, hooks and describe bodies', () => {
      const message = (where: string) =>
        `signalbox: overrideSettings(values, fn?) was called without a callback ${where}, but this test file does not run in the signalbox environment`;
      const inTest = refusal('no-environment/test-level.test.js', 'no env: in a test');
      expect(inTest).toContain(message('in a test or a hook'));
      expect(inTest).toContain(
        'signalbox: suspendSignals(...targets, fn?) was called without a callback in a test or a hook',
      );
      expect(inTest).toContain("preset: 'signalbox' in your Jest config");
      expect(inTest).toContain('withSignalbox(YourEnvironment)');
      expect(inTest).toContain('`using _ = overrideSettings(…)`');
      // the beforeAll's call fails the file (no test runs in a beforeAll)
      expect(
        stripVTControlCharacters(run.suite('no-environment/test-level.test.js').message),
      ).toMatch(/> \d+ \|\s+overrideSettings\(\{ MODE: 'beforeAll' \}\);/);
      expect(run.observed('no-env: next test')).toEqual(['base']);
      expect(run.observed('no-env: in the block')).toEqual(['base']);
      const describeBody = run.suite('no-environment/describe-body.test.js');
      expect(describeBody.message).toContain('Test suite failed to run');
      expect(describeBody.message).toContain(message('in a describe body'));
      expect(describeBody.assertionResults).toEqual([]);
    });

    test('jsdom through withSignalbox gets the scopes and the dispose symbols', () => {
      expect(run.suite('jsdom/dom.test.js').status).toBe('passed');
      expect(run.observed('jsdom: test')).toEqual([
        { document: 'object', LEVEL: 'describe', dispose: 'symbol', asyncDispose: 'symbol' },
      ]);
      expect(run.observed('jsdom: after the block')).toEqual(['base']);
    });

    test('code that outlives its file triggers no globalsCleanup (JEST-01) warning', () => {
      expect(run.suite('late/a-starts-timers.test.js').status).toBe('passed');
      expect(run.observed('late: after teardown')).toHaveLength(1);
      expect(run.stderr).not.toContain('JEST-01');
    });
  });
});
