/**
 * Call durations in logarithmic buckets, 5% wide from 0.1 µs up: small (a few hundred buckets for
 * any suite), exact to merge across files and workers, and a p95 within 2.5% of the true value.
 * Plain data (`[bucket, count]` pairs), so it crosses realms and JSON as it is.
 */
export type DurationHistogram = Map<number, number>;

const FLOOR_MS = 1e-4;
const LOG_RATIO = Math.log(1.05);
const log = Math.log;
const floor = Math.floor;

/** Adds one duration (ms). */
export function addDuration(histogram: DurationHistogram, ms: number): void {
  const bucket = ms <= FLOOR_MS ? 0 : floor(log(ms / FLOOR_MS) / LOG_RATIO) + 1;
  histogram.set(bucket, (histogram.get(bucket) ?? 0) + 1);
}

/** Adds every count of `from` into `into`. */
export function mergeHistogram(
  into: DurationHistogram,
  from: Iterable<readonly [number, number]>,
): void {
  for (const [bucket, count] of from) into.set(bucket, (into.get(bucket) ?? 0) + count);
}

/** The duration (ms) below which `fraction` of the calls fall: the middle of its bucket. */
export function percentile(histogram: DurationHistogram, fraction: number): number {
  let total = 0;
  for (const count of histogram.values()) total += count;
  if (total === 0) return 0;
  const rank = Math.ceil(total * fraction);
  let seen = 0;
  for (const bucket of [...histogram.keys()].sort((a, b) => a - b)) {
    seen += histogram.get(bucket)!;
    if (seen >= rank)
      return bucket === 0 ? FLOOR_MS : FLOOR_MS * Math.exp((bucket - 0.5) * LOG_RATIO);
  }
  return 0;
}
