/**
 * What the receiver profile costs per call: the same sends timed inside tests, in a run with the
 * profile on and in one without. `bench/profile-overhead.mjs` runs this file both ways.
 */
import { writeFileSync } from 'node:fs';
import { afterAll, test } from '@jest/globals';
import { Signal } from 'signalbox';

const SENDS = 10_000;
const ROUNDS = 12;
const payload = { id: 1 };
const sink = { n: 0 };
const receiverCounts = [1, 10];

function signalWith(count) {
  const signal = new Signal(`profiled_${count}`);
  for (let i = 0; i < count; i++) {
    signal.connect(new Function('sink', `return (sender, p) => { sink.n += p.id + ${i}; }`)(sink));
  }
  return signal;
}
const signals = receiverCounts.map(signalWith);
const times = receiverCounts.map(() => []);

function nsPerSend(signal) {
  const started = process.hrtime.bigint();
  for (let i = 0; i < SENDS; i++) signal.send(null, payload);
  return Number(process.hrtime.bigint() - started) / SENDS;
}

test.each(Array.from({ length: ROUNDS }, (_, round) => round))('round %i', () => {
  signals.forEach((signal, i) => {
    times[i].push(nsPerSend(signal));
  });
});

afterAll(() => {
  writeFileSync(
    process.env.BENCH_RESULTS_FILE,
    JSON.stringify(receiverCounts.map((count, i) => ({ count, times: times[i] }))),
  );
});
