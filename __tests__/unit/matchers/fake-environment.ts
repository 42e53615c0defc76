/**
 * The signalbox environment's bridge, driven by fake circus events, for matcher tests that need a
 * running test and its send log. Import it before anything of `src/`: the registry reads the
 * bridge once, when the first module of the runtime loads.
 */
import { stripVTControlCharacters } from 'node:util';
import type { Circus } from '@jest/types';
import { BridgeDriver } from '../../../src/jest/bridge-driver';
import { BRIDGE } from '../../../src/scope/bridge';
import { circusState, rootBlock, testEntry } from '../jest/fake-circus';

/** Small, so that a test can fill the log. */
export const SEND_LOG_LIMIT = 20;

const driver = new BridgeDriver(
  { fileLayers: [], leaks: 'off', sendLogLimit: SEND_LOG_LIMIT },
  () => undefined,
);
Object.defineProperty(globalThis, BRIDGE, { value: driver.bridge, configurable: true });
const root = rootBlock();
const state = circusState(root);
driver.handle({ name: 'run_start' }, state);

/** Runs `body` as the body of a (fake) serial test: its sends are recorded in its own log. */
export function inFakeTest<T>(body: () => T): T {
  const test = testEntry(`fake test ${root.children.length + 1}`, root);
  driver.handle({ name: 'test_started', test }, state);
  try {
    return body();
  } finally {
    driver.handle({ name: 'test_done', test } as Circus.Event, state);
  }
}

/** The message of the assertion error `assertion` throws, without colours. */
export function failureOf(assertion: () => void): string {
  try {
    assertion();
  } catch (error) {
    return stripVTControlCharacters((error as Error).message);
  }
  throw new Error('the assertion passed');
}
