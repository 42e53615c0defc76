import {
  addDuration,
  type DurationHistogram,
  mergeHistogram,
  percentile,
} from '../../../src/scope/duration-histogram';

function exactPercentile(values: number[], fraction: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.ceil(sorted.length * fraction) - 1]!;
}

test('p95 is within 2.5% of the exact value, from sub-microsecond to seconds', () => {
  let seed = 7;
  const random = () => {
    seed = (seed * 16807) % 2147483647;
    return seed / 2147483647;
  };
  for (const scale of [0.0005, 0.05, 5, 500]) {
    const values = Array.from({ length: 5000 }, () => scale * (0.2 + random() * random() * 10));
    const histogram: DurationHistogram = new Map();
    for (const value of values) addDuration(histogram, value);
    const exact = exactPercentile(values, 0.95);
    expect(Math.abs(percentile(histogram, 0.95) - exact) / exact).toBeLessThan(0.025);
  }
});

test('merging histograms is the same as one histogram of all the durations', () => {
  const a: DurationHistogram = new Map();
  const b: DurationHistogram = new Map();
  const all: DurationHistogram = new Map();
  [0.01, 0.2, 3, 3.1, 40].forEach((ms, i) => {
    addDuration(i % 2 === 0 ? a : b, ms);
    addDuration(all, ms);
  });
  mergeHistogram(a, b);
  expect(a).toEqual(all);
});

test('durations at or below 0.1 µs share the first bucket; an empty histogram has p95 0', () => {
  const histogram: DurationHistogram = new Map();
  expect(percentile(histogram, 0.95)).toBe(0);
  addDuration(histogram, 0);
  addDuration(histogram, 1e-5);
  expect([...histogram]).toEqual([[0, 2]]);
  expect(percentile(histogram, 0.95)).toBe(1e-4);
});
