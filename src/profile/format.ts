/** `850 ns`, `96.2 µs`, `12.4 ms`, `2.31 s`: three significant digits. */
export function formatDuration(ms: number): string {
  if (ms >= 1000) return `${(ms / 1000).toPrecision(3)} s`;
  if (ms >= 1) return `${ms.toPrecision(3)} ms`;
  if (ms >= 1e-3) return `${(ms * 1e3).toPrecision(3)} µs`;
  return `${Math.round(ms * 1e6)} ns`;
}

/** `27.5%`; `<0.1%` for a share too small to show. */
export function formatShare(share: number): string {
  if (share > 0 && share < 0.001) return '<0.1%';
  return `${(share * 100).toFixed(1)}%`;
}

/** `96,283`. */
export function formatCount(count: number): string {
  return count.toLocaleString('en-US');
}

/** `1 test file`, `6 test files`. */
export function formatFiles(count: number): string {
  return `${formatCount(count)} test file${count === 1 ? '' : 's'}`;
}
