import { formatCount, formatDuration, formatFiles, formatShare } from './format';
import type { ProfileReport } from './report';

/** How many receivers the terminal table lists. */
export const TABLE_ROWS = 10;

const HEADER = ['#', 'receiver', 'signal', 'calls', 'total', 'mean', 'p95', 'share', 'needed by'];
const RIGHT = new Set([0, 3, 4, 5, 6, 7]);

/** The end-of-run summary: the costliest receivers, what suspending them saves, what to paste. */
export function renderTable(report: ProfileReport, reportFiles: readonly string[]): string {
  const shard = report.shard === undefined ? '' : `, shard ${report.shard}`;
  const lines = [
    `signalbox receiver profile: ${formatFiles(report.files)}${shard}, ${formatDuration(report.testTime)} of test time, receivers ${formatShare(report.receiverShare)} of it`,
  ];
  if (report.receivers.length === 0) {
    lines.push('No receiver ran.');
    return lines.join('\n');
  }
  const rows = report.receivers
    .slice(0, TABLE_ROWS)
    .map((row, index) => [
      String(index + 1),
      row.label,
      row.signal,
      formatCount(row.calls),
      formatDuration(row.time),
      formatDuration(row.mean),
      formatDuration(row.p95),
      formatShare(row.share),
      `${formatCount(row.neededTests)} of ${formatCount(row.tests)} tests`,
    ]);
  const widths = HEADER.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => row[column]!.length)),
  );
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, column) =>
        RIGHT.has(column) ? cell.padStart(widths[column]!) : cell.padEnd(widths[column]!),
      )
      .join('  ')
      .trimEnd();
  lines.push('', line(HEADER), ...rows.map(line));
  if (report.receivers.length > TABLE_ROWS) {
    lines.push(`… and ${report.receivers.length - TABLE_ROWS} more receivers (see the report)`);
  }
  const suggestion = report.suggestion;
  if (suggestion === undefined) {
    lines.push('', 'No receiver costs 1% of the test time outside the tests that need it.');
  } else {
    lines.push(
      '',
      `Suspending ${suggestion.signals.map((signal) => `"${signal}"`).join(', ')} would save about ${formatDuration(suggestion.saving)} (${formatShare(suggestion.share)} of the test time):`,
      `  at the top of the test files:  ${suggestion.pragma}`,
      `  or for every file (${suggestion.optionWhere}): ${suggestion.option}`,
    );
    for (const { receiver, places } of suggestion.resume) {
      lines.push(`  then resumeSignals([${receiver}]) where it is needed: ${places.join('; ')}`);
    }
  }
  if (reportFiles.length > 0) lines.push('', `Report: ${reportFiles.join(', ')}`);
  return lines.join('\n');
}
