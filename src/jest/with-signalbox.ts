import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import type { EnvironmentContext, JestEnvironmentConfig } from '@jest/environment';
import type { Circus } from '@jest/types';
import { protectFromJestCleanup } from '../base/protect-from-cleanup';
import { warnWithoutFrames } from '../base/warn';
import { fileConfigError } from '../driver/config-error';
import { parseOptions } from '../driver/options';
import { pragmaTagProblems } from '../driver/pragma-tags';
import { parsePragmas } from '../driver/pragmas';
import { optionNames, recordFile, warnLikelyTypos } from '../driver/run-check';
import {
  PROFILE_DIRECTORY_VARIABLE,
  PROFILE_VARIABLE,
  profileRequested,
  writeFileProfile,
} from '../profile/run-directory';
import { BRIDGE } from '../scope/bridge';
import { provideDisposeSymbols } from '../testing/dispose-symbols';
import { BridgeDriver } from './bridge-driver';
import { JEST_OPTIONS, JEST_RUN_CHECK_HINT } from './jest-options';

/** What the mixin needs of a Jest environment class (jest-environment-node, jsdom, a custom one). */
export interface EnvironmentBase {
  /** The test file's global object. */
  global: object;
  /** Circus events, when the base environment handles them too. */
  handleTestEvent?(event: Circus.Event, state: Circus.State): void | Promise<void>;
}

/** A Jest environment class, as `testEnvironment` modules export. */
export type EnvironmentConstructor = new (
  config: JestEnvironmentConfig,
  context: EnvironmentContext,
) => EnvironmentBase;

/**
 * Adds signalbox's scopes to a Jest environment class: validates the project options and the
 * file's pragmas (a bad one fails the file), puts the bridge on the test global before the file
 * loads, and keeps it in step with the file's describe blocks and tests.
 */
export function withSignalbox<Base extends EnvironmentConstructor>(Base: Base): Base {
  class SignalboxEnvironment extends (Base as EnvironmentConstructor) {
    readonly #driver: BridgeDriver;

    constructor(config: JestEnvironmentConfig, context: EnvironmentContext) {
      super(config, context);
      const { projectConfig } = config;
      const testFile = relative(projectConfig.rootDir, context.testPath) || context.testPath;
      const options = parseOptions(
        projectConfig.testEnvironmentOptions.signalbox,
        testFile,
        JEST_OPTIONS,
      );
      const pragmaLayers = parsePragmas(context.docblockPragmas, testFile);
      const testConsole = context.console;
      const warn = (message: string) => warnWithoutFrames(testConsole, message);
      checkPragmaTags(context, testFile, options.strict, warn);
      const fileLayers = [...options.layers, ...pragmaLayers];
      // the reporter names it; asked for without the reporter, nothing would print the profile
      const profileDirectory = process.env[PROFILE_DIRECTORY_VARIABLE];
      if (profileDirectory === undefined && profileRequested(process.env)) {
        warn(
          `signalbox: ${PROFILE_VARIABLE} is set, but the signalbox reporter is not running, so no receiver profile is made. A \`reporters\` list in your Jest config replaces the preset's: add 'signalbox/reporter' to it.`,
        );
      }
      const names = optionNames(options.layers);
      this.#driver = new BridgeDriver(
        {
          fileLayers,
          emitters: options.emitters.map((option) => ({
            ...option,
            // a path is the project's, as Jest's own options are: from its root directory
            module: option.module.startsWith('.')
              ? resolve(projectConfig.rootDir, option.module)
              : option.module,
          })),
          leaks: options.leaks,
          sendLogLimit: options.sendLogLimit,
          strict: options.strict,
          options: JEST_OPTIONS,
          profile: profileDirectory !== undefined,
        },
        {
          warn,
          finished(facts) {
            if (names.settings.length === 0 && names.signals.length === 0) return;
            if (!recordFile(projectConfig.id, facts)) {
              warnLikelyTypos(names, facts, JEST_OPTIONS, JEST_RUN_CHECK_HINT, warn);
            }
          },
          profiled(profile) {
            writeFileProfile(profileDirectory!, { ...profile, file: context.testPath });
          },
        },
      );
      const testGlobal = this.global as typeof globalThis;
      provideDisposeSymbols(testGlobal.Symbol);
      protectFromJestCleanup(this.#driver.bridge);
      Object.defineProperty(testGlobal, BRIDGE, {
        configurable: true,
        enumerable: false,
        writable: false,
        value: this.#driver.bridge,
      });
    }

    override handleTestEvent(event: Circus.Event, state: Circus.State): void | Promise<void> {
      // ours first and synchronously: circus ignores what a handler returns for sync events
      this.#driver.handle(event, state);
      return super.handleTestEvent?.(event, state);
    }
  }
  Object.defineProperty(SignalboxEnvironment, 'name', { value: `withSignalbox(${Base.name})` });
  return SignalboxEnvironment as unknown as Base;
}

/**
 * Misspelled signalbox tags, and signalbox tags in a comment Jest does not read, fail the file
 * (or, with `strict: false`, are printed): a pragma that silently does nothing would let real
 * receivers run in a file that meant to suspend them.
 */
function checkPragmaTags(
  context: EnvironmentContext,
  testFile: string,
  strict: boolean,
  warn: (message: string) => void,
): void {
  let source: string;
  try {
    source = readFileSync(context.testPath, 'utf8');
  } catch {
    source = ''; // a virtual file: only its parsed pragmas are checked
  }
  const problems = pragmaTagProblems(context.docblockPragmas, source, 'Jest');
  if (problems.length === 0) return;
  if (strict) throw fileConfigError(testFile, '', problems.join(`\nsignalbox: ${testFile}: `));
  for (const problem of problems) warn(`signalbox: ${testFile}: ${problem}`);
}
