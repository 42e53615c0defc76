/**
 * Connecting n receivers to one signal, for n = 10,000 and 100,000: the time per connection should
 * not grow with n (O(n) in total, not O(n²)). Each round connects n fresh receivers to a fresh
 * signal; the median of the rounds is reported as a row like bench/measure.mjs's (ns per round).
 */

export const connectCounts = [10_000, 100_000];
const ROUNDS = 7;

const median = (values, at = 0.5) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length * at)];

export function measureConnectScaling({ Signal }, { onCase = () => {} } = {}) {
  const rows = [];
  for (const count of connectCounts) {
    const receivers = Array.from({ length: count }, (_, i) => (_sender, payload) => payload + i);
    const times = [];
    for (let round = 0; round < ROUNDS; round++) {
      const signal = new Signal(`connect_${count}_${round}`);
      const started = process.hrtime.bigint();
      for (const receiver of receivers) signal.connect(receiver);
      times.push(Number(process.hrtime.bigint() - started));
      if (signal.send(null, 1).length !== count) throw new Error('a receiver is missing');
    }
    const row = {
      id: `connect.${count}`,
      group: 'connect n receivers to one signal',
      label: `${count.toLocaleString('en')} receivers (per connection)`,
      median: median(times) / count,
      p25: median(times, 0.25) / count,
      p75: median(times, 0.75) / count,
      samples: ROUNDS,
    };
    rows.push(row);
    onCase(row);
  }
  return rows;
}
