import { relative } from 'node:path';
import type { EnvironmentContext, JestEnvironmentConfig } from '@jest/environment';
import type { Circus } from '@jest/types';
import { protectFromJestCleanup } from '../base/protect-from-cleanup';
import { BRIDGE } from '../scope/bridge';
import { provideDisposeSymbols } from '../testing/dispose-symbols';
import { BridgeDriver } from './bridge-driver';
import { parseOptions } from './options';
import { parsePragmas } from './pragmas';

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
      const options = parseOptions(projectConfig.testEnvironmentOptions.signalbox, testFile);
      const pragmaLayers = parsePragmas(context.docblockPragmas, testFile);
      const testConsole = context.console;
      this.#driver = new BridgeDriver(
        {
          fileLayers: [...options.layers, ...pragmaLayers],
          leaks: options.leaks,
          sendLogLimit: options.sendLogLimit,
        },
        (message) => testConsole.warn(message),
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
