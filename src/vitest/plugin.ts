import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { parseOptions } from '../driver/options';
import { profileRequested } from '../profile/run-directory';
import { VitestProfileReporter, type VitestProfileReporterOptions } from './reporter';
import { VITEST_OPTIONS } from './vitest-options';

/** `signalbox({ … })`: the project options, as `testEnvironmentOptions.signalbox` under Jest. */
export interface SignalboxVitestOptions {
  /** `true`: every signal, in every file; or the names of the signals to suspend. */
  readonly suspendSignals?: boolean | readonly string[];
  /** Settings overridden in every file. */
  readonly settings?: Readonly<Record<string, unknown>>;
  /** What to do with a receiver a test or a describe block leaves connected (default `'warn'`). */
  readonly leaks?: 'off' | 'warn' | 'error' | 'disconnect';
  /** Most sends recorded per test (default 100000). */
  readonly sendLogLimit?: number;
  /** Unknown setting keys, signal names and misplaced pragmas fail (`true`, the default) or warn. */
  readonly strict?: boolean;
  /**
   * Emitters adopted in every file, by adoption name: a module (a path from the project's root,
   * or a package) and optionally its export, `{ users: './src/events#users' }` (docs/emitters.md).
   */
  readonly emitters?: Readonly<Record<string, string>>;
  /**
   * The receiver profile (docs/profile.md): `true`, or where its files go; also on with
   * `SIGNALBOX_PROFILE=1`. It adds `signalbox/vitest-reporter` to the reporters.
   */
  readonly profile?: boolean | VitestProfileReporterOptions;
}

/** What the plugin reads and sets of Vitest's config (3 and 4). */
interface VitestConfigLike {
  root?: string;
  test?: {
    runner?: string;
    setupFiles?: string | string[];
    globalSetup?: string | string[];
    environmentOptions?: Record<string, unknown>;
    browser?: { enabled?: boolean };
    pool?: string;
    reporters?: unknown;
  };
}

/** The Vite plugin `signalbox()` returns: it sets Vitest's runner and global setup. */
export interface SignalboxVitestPlugin {
  readonly name: 'signalbox';
  config(config: VitestConfigLike): void;
}

const RUNNER = 'signalbox/vitest-runner';
const LEGACY_RUNNER = 'signalbox/vitest-runner-legacy';
const SETUP = 'signalbox/vitest-setup';
const GLOBAL_SETUP = 'signalbox/vitest-global-setup';

/**
 * signalbox for Vitest: `plugins: [signalbox()]` in `vitest.config.ts`. It sets `test.runner` to
 * signalbox's (a `VitestTestRunner` that turns Vitest's suite and test events into scopes, and
 * adds the matchers and globals to the files that load signalbox), adds its global setup (the
 * run-wide check of the options), and hands `options` to every test file as `test.environmentOptions.signalbox`.
 * Invalid options, browser mode or another runner are an error when Vitest loads the config.
 */
export function signalbox(options: SignalboxVitestOptions = {}): SignalboxVitestPlugin {
  const { profile = false, ...fileOptions } = options;
  parseOptions(fileOptions, 'vitest.config', 'signalbox()');
  if (typeof profile !== 'boolean' && (typeof profile !== 'object' || profile === null)) {
    throw new TypeError(
      `signalbox: vitest.config: signalbox().profile must be true, false or { outputDirectory }, got ${String(profile)}`,
    );
  }
  return {
    name: 'signalbox',
    config(config) {
      config.test ??= {};
      const { test } = config;
      if (test.browser?.enabled === true || test.pool === 'browser') {
        throw new Error(
          'signalbox: Vitest browser mode is not supported: signalbox drives its scopes from a Node test runner (forks, threads or vmThreads). Run the tests that use signalbox in a Node project (test.projects), without browser.enabled.',
        );
      }
      const runner = runnerFor(config.root ?? process.cwd());
      if (test.runner !== undefined && test.runner !== runner) {
        throw new Error(
          `signalbox: test.runner is already "${test.runner}", and Vitest runs one runner. Make yours extend signalbox's (\`import SignalboxRunner from '${runner}'\`) and drop the plugin, setting test.runner and globalSetup ('${GLOBAL_SETUP}') yourself.`,
        );
      }
      test.runner = runner;
      // the runner loads it itself, when a file runs signalbox
      test.setupFiles = toArray(test.setupFiles).filter((file) => file !== SETUP);
      test.globalSetup = [
        GLOBAL_SETUP,
        ...toArray(test.globalSetup).filter((f) => f !== GLOBAL_SETUP),
      ];
      const existing = test.environmentOptions?.[VITEST_OPTIONS_KEY];
      if (existing !== undefined && existing !== fileOptions) {
        throw new Error(
          `signalbox: ${VITEST_OPTIONS} is set and so are signalbox()'s options: give them once, to signalbox({ … }).`,
        );
      }
      test.environmentOptions = { ...test.environmentOptions, [VITEST_OPTIONS_KEY]: fileOptions };
      if (profile !== false || profileRequested(process.env)) {
        // beside the reporters in force: Vitest's default one when none is set
        const { reporters = ['default'] } = test;
        test.reporters = [
          ...(Array.isArray(reporters) ? reporters : [reporters]),
          new VitestProfileReporter(typeof profile === 'object' ? profile : {}),
        ];
      }
    },
  };
}

/**
 * Vitest 4.1 moved the runner API into `vitest` (and warns on `vitest/runners`): the runner for the
 * Vitest the project runs, found from its root.
 */
function runnerFor(root: string): string {
  try {
    const entry = createRequire(join(root, 'package.json')).resolve('vitest');
    const { version } = JSON.parse(readFileSync(join(dirname(entry), 'package.json'), 'utf8')) as {
      version: string;
    };
    const [major = 0, minor = 0] = version.split('.').map(Number);
    return major > 4 || (major === 4 && minor >= 1) ? RUNNER : LEGACY_RUNNER;
  } catch {
    return LEGACY_RUNNER; // works on every Vitest it supports, with 4.1's deprecation warnings
  }
}

const VITEST_OPTIONS_KEY = VITEST_OPTIONS.slice(VITEST_OPTIONS.lastIndexOf('.') + 1);

function toArray(value: string | string[] | undefined): string[] {
  return value === undefined ? [] : typeof value === 'string' ? [value] : value;
}
