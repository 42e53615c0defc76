/**
 * A profiled test file driven by fake circus events: the bridge asks for a profile, and the file's
 * profile is kept when it ends. Import it before anything of `src/` (the scope layer reads the
 * bridge once, when it is first loaded).
 */
import type { Circus } from '@jest/types';
import { BridgeDriver } from '../../../src/jest/bridge-driver';
import { BRIDGE } from '../../../src/scope/bridge';
import type { FileProfile } from '../../../src/scope/profile-data';
import { circusState, describeBlock, rootBlock, testEntry } from '../jest/fake-circus';

let profile: FileProfile | undefined;
const driver = new BridgeDriver(
  {
    fileLayers: [],
    leaks: 'off',
    sendLogLimit: 100,
    strict: true,
    profile: true,
    options: 'testEnvironmentOptions.signalbox',
  },
  {
    warn: () => undefined,
    profiled: (made) => {
      profile = made;
    },
  },
);
Object.defineProperty(globalThis, BRIDGE, { value: driver.bridge, configurable: true });
const root = rootBlock();
const state = circusState(root);
driver.handle({ name: 'run_start' }, state);

/** Runs `body` as a describe block of that name (`null`: the file's top level) with its tests. */
export function inBlock(name: string | null, body: () => void): void {
  if (name === null) {
    body();
    return;
  }
  const block = describeBlock(name, root);
  driver.handle({ name: 'run_describe_start', describeBlock: block } as Circus.Event, state);
  current = block;
  try {
    body();
  } finally {
    current = root;
    driver.handle({ name: 'run_describe_finish', describeBlock: block } as Circus.Event, state);
  }
}

let current = root;

/** Runs `body` as a serial test in the current block. */
export function inTest(name: string, body: () => void): void {
  const test = testEntry(name, current);
  driver.handle({ name: 'test_started', test } as Circus.Event, state);
  try {
    body();
  } finally {
    driver.handle({ name: 'test_done', test } as Circus.Event, state);
  }
}

/** Ends the file and returns its profile. */
export function finishFile(): FileProfile {
  driver.handle({ name: 'run_finish' } as Circus.Event, state);
  return profile!;
}

/** Busy for about `ms`: a receiver of known cost. */
export function spin(ms: number): void {
  const until = performance.now() + ms;
  while (performance.now() < until) {
    // busy on purpose
  }
}
