/**
 * The signalbox environment's bridge, driven by fake circus events, for unit tests that need the
 * scopes of a running test (its layers end with it; its sends are logged). Call it from a module
 * imported before anything of `src/`: the scope layer reads the bridge once, when it first loads.
 */
import type { Circus } from '@jest/types';
import { BridgeDriver, type FileConfig } from '../../../src/jest/bridge-driver';
import { BRIDGE } from '../../../src/scope/bridge';
import { circusState, rootBlock, testEntry } from './fake-circus';

export interface FakeEnvironment {
  /**
   * Runs `body` as the body of a (fake) serial test, which ends when `body` returns or, for a
   * promise, settles: what the test left active ends then.
   */
  inFakeTest<T>(body: () => T): T;
}

export function installFakeEnvironment(config: Partial<FileConfig> = {}): FakeEnvironment {
  const driver = new BridgeDriver(
    {
      fileLayers: [],
      leaks: 'off',
      sendLogLimit: 100_000,
      strict: true,
      options: 'testEnvironmentOptions.signalbox',
      ...config,
    },
    { warn: () => undefined },
  );
  Object.defineProperty(globalThis, BRIDGE, { value: driver.bridge, configurable: true });
  const root = rootBlock();
  const state = circusState(root);
  driver.handle({ name: 'run_start' }, state);
  return {
    inFakeTest<T>(body: () => T): T {
      const test = testEntry(`fake test ${root.children.length + 1}`, root);
      driver.handle({ name: 'test_started', test }, state);
      const done = () => driver.handle({ name: 'test_done', test } as Circus.Event, state);
      let result: T;
      try {
        result = body();
      } catch (error) {
        done();
        throw error;
      }
      if (!(result instanceof Promise)) {
        done();
        return result;
      }
      return result.finally(done) as T;
    },
  };
}
