import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import type { RunnerTestCase, RunnerTestFile, RunnerTestSuite } from 'vitest';
import type { VitestTestRunner } from 'vitest/runners';
import type { getHooks as GetHooks } from 'vitest/suite';
import { warnWithoutFrames } from '../base/warn';
import { fileConfigError } from '../driver/config-error';
import { parseDocblock } from '../driver/docblock';
import { parseOptions } from '../driver/options';
import { removeOwnFrames } from '../driver/own-frames';
import { pragmaTagProblems } from '../driver/pragma-tags';
import { type DocblockPragmas, parsePragmas } from '../driver/pragmas';
import { optionNames, recordFile, warnLikelyTypos } from '../driver/run-check';
import { ScopeDriver } from '../driver/scope-driver';
import {
  PROFILE_DIRECTORY_VARIABLE,
  PROFILE_VARIABLE,
  profileRequested,
  writeFileProfile,
} from '../profile/run-directory';
import { BRIDGE, type EmitterOption } from '../scope/bridge';
import { provideDisposeSymbols } from '../testing/dispose-symbols';
import { type SerializedError, serializeError } from './serialized-error';
import { taskTree } from './task-tree';
import { RUN_DIRECTORY_KEY, VITEST_OPTIONS, VITEST_RUN_CHECK_HINT } from './vitest-options';

/** The matchers and the globals; a specifier of its own, so that no bundle inlines it. */
const SETUP_MODULE = 'signalbox/vitest-setup';
type RealmSetup = typeof import('./setup');

type Suite = RunnerTestSuite;
type Test = RunnerTestCase;
type Driver = ScopeDriver<Suite, Test>;
type SuiteHooks = ReturnType<typeof GetHooks>;
/** The `onTestFinished` handlers of a test's try (Vitest 3 and 4; not in its public types). */
type Finishing = Test & { onFinished?: Array<() => unknown> };

/** Whether a suite runs (Vitest reports a skipped one, or one that failed to collect, as done). */
const runs = (suite: Suite) =>
  (suite.mode === 'run' || suite.mode === 'queued') && suite.result?.state !== 'fail';

/** Vitest's runner class with signalbox's scopes, and the one method a subclass may change. */
export type SignalboxRunnerClass = typeof VitestTestRunner &
  (new (
    ...args: ConstructorParameters<typeof VitestTestRunner>
  ) => VitestTestRunner & {
    pragmasOf(source: string): DocblockPragmas;
  });

/** What the runner uses of Vitest's runner API: from `vitest` (4.1+), or `vitest/suite` before. */
export interface RunnerApi {
  getCurrentSuite(): unknown;
  getFn(test: Test): (() => unknown) | undefined;
  getHooks(suite: Suite): SuiteHooks;
}

/**
 * Vitest's test runner class `Base` with signalbox's scopes: it validates the project options and
 * the file's pragmas (a bad one fails the file), puts the bridge on the test realm's global before
 * the setup files and the test file load, and keeps it in step with the file's suites and tests —
 * retries, timeouts and `test.concurrent` included.
 */
export function signalboxRunner(
  Base: typeof VitestTestRunner,
  api: RunnerApi,
): SignalboxRunnerClass {
  const { getCurrentSuite, getFn, getHooks } = api;

  /** Wraps the suite's hooks, and those of its suites, in their scopes' contexts. */
  function bindHooks(driver: Driver, suite: Suite): void {
    const { context, refs } = driver;
    const hooks = getHooks(suite);
    // a file that failed to load has no hooks
    if (hooks === undefined) return;
    const blockScope = refs.block(suite);
    for (const name of ['beforeAll', 'afterAll'] as const) {
      hooks[name].forEach((hook, index) => {
        hooks[name][index] = context.wrap(hook, () => blockScope);
      });
    }
    for (const name of ['beforeEach', 'afterEach'] as const) {
      hooks[name].forEach((hook, index) => {
        // Vitest passes each of them the test's context first
        hooks[name][index] = context.wrap(hook, (testContext) =>
          refs.test((testContext as { task: Test }).task),
        );
      });
    }
    for (const task of suite.tasks) {
      if (task.type === 'suite') bindHooks(driver, task);
      else if (task.type === 'test' && task.concurrent === true) driver.concurrentDefined();
    }
  }

  return class SignalboxRunner extends Base {
    #driver: Driver | undefined;
    #file: RunnerTestFile | undefined;
    /** Why the file cannot run (a bad option or pragma): thrown where Vitest fails the file. */
    #configError: unknown;
    #setUp: Promise<RealmSetup> | undefined;
    /** The options' emitters, adopted before the file's setup files load. */
    #emitters: readonly EmitterOption[] = [];
    /** How many files onCollectStart started, and how many of them were imported. */
    #collectStarts = 0;
    #collected = 0;
    #collectStarted: (() => void) | undefined;
    /** The errors of each running try of a test: thrown at its end, so Vitest fails it. */
    readonly #pending = new Map<Test, Error[]>();
    /** Errors for the file: no test owns them, or it had ended. */
    readonly #fileErrors: SerializedError[] = [];
    /** Errors for a suite, reported with it. */
    readonly #suiteErrors = new Map<Suite, SerializedError[]>();

    constructor(...args: ConstructorParameters<typeof VitestTestRunner>) {
      super(...args);
      // Vitest replaces onCollectStart with a function that first awaits a message to the main
      // process, and calls it without waiting: wrapping that function starts the file as soon as
      // Vitest calls it, so that its setup files and the file itself need not wait for the answer
      let onCollectStart = (file: RunnerTestFile): unknown => this.#collectStart(file);
      Object.defineProperty(this, 'onCollectStart', {
        configurable: true,
        get: () => onCollectStart,
        set: (wrapper: (file: RunnerTestFile) => unknown) => {
          onCollectStart = (file) => {
            this.#collectStart(file);
            return wrapper.call(this, file);
          };
        },
      });
    }

    /** Once per file: Vitest's function above calls it again when its message is answered. */
    #collectStart(file: RunnerTestFile): void {
      if (file === this.#file) return;
      super.onCollectStart(file);
      this.#file = file;
      try {
        this.#driver = this.#start(file);
      } catch (error) {
        this.#configError = error;
      }
      this.#collectStarts += 1;
      this.#collectStarted?.();
    }

    override async importFile(filepath: string, source: 'collect' | 'setup'): Promise<unknown> {
      // should Vitest call onCollectStart in a way the constructor does not see, after a message
      // to the main process and without waiting for it: the file loads once it ran for the file
      while (this.#collectStarts <= this.#collected) {
        await new Promise<void>((resolve) => {
          this.#collectStarted = resolve;
        });
      }
      if (source === 'collect') this.#collected += 1;
      if (source === 'collect' && this.#configError !== undefined) throw this.#configError;
      // the helpers as globals exist before the first setup file, as Vitest's own do
      if (this.config.globals || this.#emitters.length > 0) await this.#setUpRealm();
      await this.#adoptEmitters();
      const imported = await super.importFile(filepath, source);
      await this.#setUpIfLoaded();
      return imported;
    }

    /** Test bodies and hooks run in their scope's async context: whose code is running. */
    onCollected(files: RunnerTestFile[]): void {
      const driver = this.#driver;
      if (driver === undefined) return;
      for (const file of files) if (file === this.#file) bindHooks(driver, file);
    }

    override async onBeforeRunSuite(suite: Suite): Promise<void> {
      await super.onBeforeRunSuite(suite);
      await this.#setUpIfLoaded();
      const driver = this.#driver;
      if (driver === undefined || !runs(suite)) return;
      if (suite === this.#file) {
        driver.run();
        return;
      }
      const error = driver.startBlock(suite);
      if (error === undefined) return;
      // like a failing beforeAll: the block fails and none of its tests runs
      driver.finishBlock(suite);
      suite.result = { state: 'fail', errors: [serializeError(asError(error))] };
    }

    override async onBeforeTryTask(test: Test, options?: unknown): Promise<void> {
      // signalbox first loaded by a hook or an earlier test
      await this.#setUpIfLoaded();
      (super.onBeforeTryTask as (test: Test, options?: unknown) => void)(test, options);
      const driver = this.#driver;
      if (driver === undefined) return;
      const errors: Error[] = [];
      this.#pending.set(test, errors);
      // Vitest calls these after the test's afterEach hooks, last registered first: ours is the last
      const finishing = test as Finishing;
      finishing.onFinished ??= [];
      finishing.onFinished.push(() => this.#finishTest(driver, test));
      const error = driver.startTest(test);
      if (error !== undefined) throw error;
    }

    /**
     * The file's pragmas, read from its source as Jest reads them. A subclass may change what
     * applies (the demo's receivers-on mode drops `@suspendSignals`), as a Jest environment
     * subclass may change `docblockPragmas`.
     */
    pragmasOf(source: string): DocblockPragmas {
      return parseDocblock(source);
    }

    /** The test's body runs in its scope's async context (Vitest's own call, wrapped). */
    runTask(test: Test): unknown {
      const fn = getFn(test);
      if (fn === undefined) {
        throw new Error('Test function is not found. Did you add it using `setFn`?');
      }
      const driver = this.#driver;
      if (driver === undefined) return fn();
      return driver.context.wrap(fn, () => driver.refs.test(test))();
    }

    override onAfterRunTask(test: Test): void {
      if (test.result?.errors !== undefined) removeOwnFrames(test.result.errors);
      super.onAfterRunTask(test);
    }

    override async onAfterRunSuite(suite: Suite): Promise<void> {
      const driver = this.#driver;
      if (driver !== undefined) {
        if (suite === this.#file) {
          driver.finishFile();
          this.#report(suite, this.#fileErrors.splice(0));
        } else {
          driver.finishBlock(suite);
          this.#report(suite, this.#suiteErrors.get(suite) ?? []);
          this.#suiteErrors.delete(suite);
        }
      }
      await super.onAfterRunSuite(suite);
    }

    /**
     * The matchers on Vitest's `expect` and, with `globals: true`, the helpers as globals: loaded
     * only by a file that runs signalbox (most of a suite's files may not), from the package's
     * own `signalbox/vitest-setup` (`import`ed natively, not through Vite's transform, and sharing
     * the runtime the app loaded).
     */
    #setUpRealm(): Promise<RealmSetup | undefined> {
      if (this.#driver === undefined) return Promise.resolve(undefined);
      this.#setUp ??= import(SETUP_MODULE) as Promise<RealmSetup>;
      return this.#setUp;
    }

    /**
     * Adopts the options' emitters, once, in the modules of Vitest's module runner: the instances
     * the file's own imports of those modules get. A mistake fails the file.
     */
    async #adoptEmitters(): Promise<void> {
      const options = this.#emitters;
      if (options.length === 0) return;
      this.#emitters = [];
      const setUp = await this.#setUpRealm();
      const loaded = new Map<string, { value?: unknown; error?: unknown }>();
      for (const { module } of options) {
        if (loaded.has(module)) continue;
        try {
          loaded.set(module, { value: await this.#import(module) });
        } catch (error) {
          loaded.set(module, { error });
        }
      }
      setUp?.adoptOptionEmitters(options, (module) => {
        const result = loaded.get(module)!;
        if ('error' in result) throw result.error;
        return result.value;
      });
    }

    /**
     * A module, through the module runner that loads the test file's imports (Vitest 4's
     * `moduleRunner`, Vitest 3's executor): not `importFile(id, 'setup')`, which evaluates a module
     * loaded before again (two options naming one module would adopt in an instance nobody gets).
     */
    #import(id: string): Promise<unknown> {
      const { moduleRunner, __vitest_executor: executor } = this as unknown as {
        moduleRunner?: { import(id: string): Promise<unknown> };
        __vitest_executor?: { executeId(id: string): Promise<unknown> };
      };
      if (moduleRunner !== undefined) return moduleRunner.import(id);
      return executor!.executeId(id);
    }

    /** Sets the realm up once the file (its app) has loaded signalbox: its runtime attached. */
    async #setUpIfLoaded(): Promise<void> {
      if (this.#driver?.bridge.listener !== undefined) await this.#setUpRealm();
    }

    #finishTest(driver: Driver, test: Test): void {
      driver.finishTest(test);
      const errors = this.#pending.get(test) ?? [];
      this.#pending.delete(test);
      if (errors.length === 1) throw errors[0];
      // Vitest fails the test with each error of an array
      if (errors.length > 1) throw errors;
    }

    #report(suite: Suite, errors: readonly SerializedError[]): void {
      if (errors.length === 0) return;
      suite.result ??= { state: 'fail' };
      suite.result.state = 'fail';
      suite.result.errors = [...(suite.result.errors ?? []), ...errors];
    }

    #start(file: RunnerTestFile): Driver {
      const { config } = this;
      if (BRIDGE in globalThis) {
        throw fileConfigError(relative(config.root, file.filepath), '', sharedRealm(config.pool));
      }
      const testFile = relative(config.root, file.filepath) || file.filepath;
      const options = parseOptions(config.environmentOptions?.signalbox, testFile, VITEST_OPTIONS);
      // a path is the project's, as Vitest's own options are: from its root
      this.#emitters = options.emitters.map((option) => ({
        ...option,
        module: option.module.startsWith('.') ? resolve(config.root, option.module) : option.module,
      }));
      let source = '';
      try {
        source = readFileSync(file.filepath, 'utf8');
      } catch {
        // a virtual file: no pragmas
      }
      const pragmas = this.pragmasOf(source);
      const pragmaLayers = parsePragmas(pragmas, testFile);
      const warn = (message: string) => warnWithoutFrames(console, message);
      const problems = pragmaTagProblems(pragmas, source, 'signalbox');
      if (problems.length > 0 && options.strict) {
        throw fileConfigError(testFile, '', problems.join(`\nsignalbox: ${testFile}: `));
      }
      for (const problem of problems) warn(`signalbox: ${testFile}: ${problem}`);
      const profileDirectory = process.env[PROFILE_DIRECTORY_VARIABLE];
      if (profileDirectory === undefined && profileRequested(process.env)) {
        warn(
          `signalbox: ${PROFILE_VARIABLE} is set, but the signalbox reporter is not running, so no receiver profile is made. Use the signalbox() plugin in vitest.config, or add 'signalbox/vitest-reporter' to the reporters.`,
        );
      }
      const names = optionNames(options.layers);
      const projectId = `${config.root}\0${config.name ?? ''}`;
      const runDirectory = this.injectValue(RUN_DIRECTORY_KEY) as string | undefined;
      const driver: Driver = new ScopeDriver(
        taskTree(file),
        {
          fileLayers: [...options.layers, ...pragmaLayers],
          leaks: options.leaks,
          sendLogLimit: options.sendLogLimit,
          strict: options.strict,
          options: VITEST_OPTIONS,
          profile: profileDirectory !== undefined,
        },
        {
          warn,
          failTest: (test, error) => {
            const pending = this.#pending.get(test);
            if (pending !== undefined) pending.push(error);
            else this.#fileErrors.push(afterTheTest(driver.refs.test(test).label, error));
          },
          failFile: (error) => this.#fileErrors.push(serializeError(error)),
          failBlock: (suite, error) => {
            const errors = this.#suiteErrors.get(suite) ?? [];
            errors.push(serializeError(error));
            this.#suiteErrors.set(suite, errors);
          },
          finished(facts) {
            if (names.settings.length === 0 && names.signals.length === 0) return;
            if (!recordFile(projectId, facts, runDirectory)) {
              warnLikelyTypos(names, facts, VITEST_OPTIONS, VITEST_RUN_CHECK_HINT, warn);
            }
          },
          profiled(profile) {
            writeFileProfile(profileDirectory!, { ...profile, file: file.filepath });
          },
        },
        () => {
          // Vitest runs describe bodies in its collector: the one running now is the current suite's
          const suite = (getCurrentSuite() as { suite?: Suite }).suite;
          return suite;
        },
      );
      provideDisposeSymbols(globalThis.Symbol);
      Object.defineProperty(globalThis, BRIDGE, {
        configurable: true,
        enumerable: false,
        writable: false,
        value: driver.bridge,
      });
      return driver;
    }
  };
}

/** Why a file finds an earlier file's realm, and what to do. */
function sharedRealm(pool: string): string {
  const earlier =
    'runs in the same realm as an earlier test file, where the signals, settings and scopes of the earlier file are still in force';
  if (pool === 'vmThreads' || pool === 'vmForks') {
    return `${earlier}: Vitest 4 gives the files of a ${pool} run with a single worker (maxWorkers: 1, or fileParallelism: false) one VM context, a Vitest bug (https://github.com/vitest-dev/vitest/pull/10743). signalbox needs a realm per test file: run ${pool} with 2 workers or more (maxWorkers: 2), or use the forks (default) or threads pool.`;
  }
  return `${earlier}: Vitest does that with \`isolate: false\`. signalbox needs a realm per test file: use the forks (default), threads, vmThreads or vmForks pool, isolated.`;
}

/** An error for a test that Vitest has already reported: it fails the file, naming the test. */
function afterTheTest(label: string, error: Error): SerializedError {
  const serialized = serializeError(error);
  const message = `${error.message}\n(in the test "${label}", which had already ended)`;
  return { ...serialized, message, stack: serialized.stack.replace(error.message, message) };
}

function asError(value: unknown): Error {
  return value instanceof Error ? value : new Error(String(value));
}
