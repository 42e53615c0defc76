import { escapeMarkup } from './escape';
import { formatDuration, formatFiles, formatShare } from './format';
import type { ProfileReport } from './report';

/** How many receivers the chart shows. */
export const CHART_ROWS = 15;

const WIDTH = 960;
const LABEL_WIDTH = 380;
const BAR_WIDTH = 420;
const ROW_HEIGHT = 26;
const TOP = 78;
const LABEL_CHARACTERS = 52;
const UNNEEDED = '#e4572e';
const NEEDED = '#4c6a92';

function shorten(text: string): string {
  return text.length <= LABEL_CHARACTERS ? text : `${text.slice(0, LABEL_CHARACTERS - 1)}…`;
}

/**
 * A bar per receiver, the costliest first: its time in the tests that need it, then the time it
 * spends where no test asked for it (what suspending it would save).
 */
export function renderChart(report: ProfileReport): string {
  const rows = report.receivers.slice(0, CHART_ROWS);
  const longest = Math.max(...rows.map((row) => row.time), 0);
  const scale = longest === 0 ? 0 : BAR_WIDTH / longest;
  const height = TOP + Math.max(rows.length, 1) * ROW_HEIGHT + 40;
  const title = `Receiver time: ${formatShare(report.receiverShare)} of ${formatDuration(report.testTime)} of test time, ${formatFiles(report.files)}`;
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" font-family="system-ui, -apple-system, 'Segoe UI', sans-serif" font-size="13" role="img" aria-label="${escapeMarkup(title)}">`,
    `<title>${escapeMarkup(title)}</title>`,
    `<rect width="${WIDTH}" height="${height}" fill="#ffffff"/>`,
    `<text x="16" y="28" font-size="17" font-weight="600" fill="#1f2933">${escapeMarkup(title)}</text>`,
    `<rect x="16" y="44" width="12" height="12" fill="${UNNEEDED}"/><text x="34" y="54" fill="#3e4c59">where no test needs it (suspend to save)</text>`,
    `<rect x="330" y="44" width="12" height="12" fill="${NEEDED}"/><text x="348" y="54" fill="#3e4c59">in tests that name it (resumeSignals or a matcher)</text>`,
  ];
  if (rows.length === 0) {
    parts.push(`<text x="16" y="${TOP + 16}" fill="#3e4c59">No receiver ran.</text>`);
  }
  rows.forEach((row, index) => {
    const y = TOP + index * ROW_HEIGHT;
    const needed = row.neededTime * scale;
    const unneeded = (row.time - row.neededTime) * scale;
    const x = 16 + LABEL_WIDTH;
    parts.push(
      `<text x="${x - 10}" y="${y + 15}" text-anchor="end" fill="#1f2933"><title>${escapeMarkup(`${row.label} — ${row.signal}`)}</title>${escapeMarkup(shorten(`${row.name || '(anonymous)'} · ${row.signal}`))}</text>`,
      `<rect x="${x}" y="${y + 3}" width="${needed.toFixed(1)}" height="${ROW_HEIGHT - 8}" fill="${NEEDED}"/>`,
      `<rect x="${(x + needed).toFixed(1)}" y="${y + 3}" width="${unneeded.toFixed(1)}" height="${ROW_HEIGHT - 8}" fill="${UNNEEDED}"/>`,
      `<text x="${(x + needed + unneeded + 8).toFixed(1)}" y="${y + 15}" fill="#3e4c59">${escapeMarkup(`${formatDuration(row.time)} · ${formatShare(row.share)}`)}</text>`,
    );
  });
  const saving = report.suggestion;
  if (saving !== undefined) {
    parts.push(
      `<text x="16" y="${height - 14}" fill="#1f2933">${escapeMarkup(`Suspending ${saving.signals.join(', ')} saves about ${formatDuration(saving.saving)} (${formatShare(saving.share)} of the test time).`)}</text>`,
    );
  }
  parts.push('</svg>');
  return `${parts.join('\n')}\n`;
}
