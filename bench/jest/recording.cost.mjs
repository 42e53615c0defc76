/**
 * What the per-test send log costs: the same sends timed inside tests (recorded, each test with a
 * fresh log, as in a real suite) and in `afterAll` (no test runs: nothing is recorded). `beforeAll`
 * only warms up: V8 optimises `send` differently once its gate changes, so the first rounds of a
 * file measure the JIT, not the log. `bench/recording-cost.mjs` runs this file.
 */
import { writeFileSync } from 'node:fs';
import { afterAll, beforeAll, test } from '@jest/globals';
import { Signal } from 'signalbox';

const SENDS = 10_000;
const ROUNDS = 15;
const payload = { id: 1 };
const sink = { n: 0 };
const receiverCounts = [1, 10];

function signalWith(count) {
  const signal = new Signal(`recorded_${count}`);
  for (let i = 0; i < count; i++) {
    // distinct source per receiver, as distinct receivers have
    signal.connect(new Function('sink', `return (sender, p) => { sink.n += p.id + ${i}; }`)(sink));
  }
  return signal;
}
const signals = receiverCounts.map(signalWith);

function nsPerSend(signal) {
  const started = process.hrtime.bigint();
  for (let i = 0; i < SENDS; i++) signal.send(null, payload);
  return Number(process.hrtime.bigint() - started) / SENDS;
}

const unrecorded = receiverCounts.map(() => []);
const recorded = receiverCounts.map(() => []);

beforeAll(() => {
  for (let round = 0; round < ROUNDS; round++) signals.forEach(nsPerSend);
});

test.each(Array.from({ length: ROUNDS }, (_, round) => round))('recorded, round %i', () => {
  signals.forEach((signal, i) => {
    recorded[i].push(nsPerSend(signal));
  });
});

afterAll(() => {
  for (let round = 0; round < ROUNDS; round++) {
    signals.forEach((signal, i) => {
      unrecorded[i].push(nsPerSend(signal));
    });
  }
  writeFileSync(
    process.env.BENCH_RESULTS_FILE,
    JSON.stringify(
      receiverCounts.map((count, i) => ({
        count,
        unrecorded: unrecorded[i],
        recorded: recorded[i],
      })),
    ),
  );
});
