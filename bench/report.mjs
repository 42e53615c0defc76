/** Markdown tables of a run: the cases (medians) and the targets (ratios, pass or miss). */

export function formatDuration(ns) {
  if (ns >= 1e7) return `${(ns / 1e6).toFixed(0)} ms`;
  if (ns >= 1000) return `${(ns / 1000).toFixed(2)} µs`;
  if (ns >= 100) return `${ns.toFixed(0)} ns`;
  if (ns >= 10) return `${ns.toFixed(1)} ns`;
  return `${ns.toFixed(2)} ns`;
}

export function formatRatio(ratio) {
  return ratio >= 10 ? `${ratio.toFixed(1)}x` : `${ratio.toFixed(2)}x`;
}

function table(header, rows) {
  const lines = [header, header.map(() => '---'), ...rows];
  return lines.map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}

export function formatCaseTable(rows) {
  return table(
    ['group', 'case', 'median', 'p25 – p75'],
    rows.map((row) => [
      row.group,
      row.label,
      formatDuration(row.median),
      `${formatDuration(row.p25)} – ${formatDuration(row.p75)}`,
    ]),
  );
}

export function formatTargetTable(evaluated) {
  return table(
    ['target', 'ratio', 'limit', 'result'],
    evaluated.map((target) => [
      target.label,
      formatRatio(target.ratio),
      target.limit === null ? '—' : `≤ ${target.limit}x`,
      target.limit === null ? '(shown)' : target.pass ? 'pass' : '**miss**',
    ]),
  );
}
