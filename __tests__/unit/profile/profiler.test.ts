// Installs a profiled bridge before src/ loads.
import './fake-profiled-file';

import type { ReceiverProfile } from '../../../src/scope/profile-data';
import { Signal } from '../../../src/signals/signal';
import { resumeSignals, suspendSignals } from '../../../src/testing/index';
import { matchers } from '../../../src/testing/matchers';
import { finishFile, inBlock, inTest, spin } from './fake-profiled-file';

expect.extend(matchers);

const saved = new Signal<{ id: number }>('saved');
const audited = new Signal<{ id: number }>('audited');

function expensiveIndex() {
  spin(2);
  audited.send(null, { id: 1 });
}
function auditTrail() {
  spin(1);
}
saved.connect(expensiveIndex);
audited.connect(auditTrail);
const anonymous = (
  () => () =>
    spin(0.2)
)();
saved.connect(anonymous);

let profile: { receivers: readonly ReceiverProfile[] };
/** The wall time of every send of `saved`, ms. */
let sendTime = 0;
function send(id: number) {
  const start = performance.now();
  saved.send(null, { id });
  sendTime += performance.now() - start;
}
const byName = (name: string) => profile.receivers.find((receiver) => receiver.name === name)!;

beforeAll(() => {
  inBlock(null, () => {
    send(0); // the file's own code, outside any test
  });
  inBlock('indexing', () => {
    inTest('creates many', () => {
      for (let i = 0; i < 3; i++) send(i);
    });
    inTest('needs the index', () => {
      resumeSignals([expensiveIndex]);
      send(9);
    });
  });
  inBlock('auditing', () => {
    inTest('asserts on the audit signal', () => {
      send(5);
      expect(audited).toHaveBeenSent();
    });
    inTest('suspended receivers are not timed', () => {
      suspendSignals(saved);
      send(6);
    });
  });
  profile = finishFile();
});

test('every call is counted once, on its receiver', () => {
  expect(byName('expensiveIndex').calls).toBe(6);
  expect(byName('auditTrail').calls).toBe(6);
  expect(byName('').calls).toBe(6);
});

test('a receiver’s time is its own: what it sent to is not counted twice', () => {
  const index = byName('expensiveIndex');
  const audit = byName('auditTrail');
  expect(index.time).toBeGreaterThanOrEqual(index.calls * 2);
  expect(audit.time).toBeGreaterThanOrEqual(audit.calls * 1);
  // counting the nested audit receiver inside expensiveIndex too would exceed the sends' wall time
  const total = profile.receivers.reduce((sum, receiver) => sum + receiver.time, 0);
  expect(total).toBeLessThanOrEqual(sendTime);
});

test('calls are attributed to the describe block they ran in, or the file’s top level', () => {
  expect(byName('expensiveIndex').blocks).toEqual({
    '(top level)': { calls: 1, time: expect.any(Number) },
    indexing: { calls: 4, time: expect.any(Number) },
    auditing: { calls: 1, time: expect.any(Number) },
  });
});

test('tests that resume a receiver or assert on its signal count as needing it', () => {
  expect(byName('expensiveIndex')).toMatchObject({ tests: 3, neededTests: 1, neededCalls: 1 });
  expect(byName('expensiveIndex').neededIn).toEqual(['indexing']);
  expect(byName('auditTrail')).toMatchObject({ tests: 3, neededTests: 1, neededIn: ['auditing'] });
  expect(byName('')).toMatchObject({ tests: 3, neededTests: 0, neededIn: [] });
});

test('receivers are named by where they were connected', () => {
  expect(byName('expensiveIndex').site).toMatch(/profiler\.test\.ts:\d+:\d+$/);
  expect(byName('').site).toMatch(/profiler\.test\.ts:\d+:\d+$/);
  expect(byName('expensiveIndex').signal).toBe('saved');
});

test('the histogram holds every call', () => {
  const counted = byName('auditTrail').histogram.reduce((sum, [, count]) => sum + count, 0);
  expect(counted).toBe(6);
});
