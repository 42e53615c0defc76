/**
 * A test's send log: its chunks (1024 sends each) are emptied and reused by the tests after it,
 * and each test still sees exactly its own sends, in order.
 */

// Installs the bridge before src/ loads (see fake-environment.ts).
import './fake-environment';
import { Signal } from '../../../src/signals/signal';
import { sentSignals } from '../../../src/testing/index';
import { inFakeTest } from './fake-environment';

const saved = new Signal<{ n: number }>('log_saved');

function sendAndRead(count: number, from: number) {
  return inFakeTest(() => {
    for (let n = from; n < from + count; n++) saved.emit(null, { n });
    return sentSignals().map((sent) => (sent.payload as { n: number }).n);
  });
}

test('each test reads its own sends, across the chunks earlier tests left', () => {
  const range = (from: number, count: number) => Array.from({ length: count }, (_, i) => from + i);
  expect(sendAndRead(2500, 0)).toEqual(range(0, 2500));
  expect(sendAndRead(3, 5000)).toEqual(range(5000, 3));
  expect(sendAndRead(1500, 7000)).toEqual(range(7000, 1500));
  expect(sendAndRead(0, 0)).toEqual([]);
});
