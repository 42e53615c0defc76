/**
 * The targets as an SVG chart, written by hand (no dependency): one row per target, one bar per
 * run mode, drawn on a log scale of ratio ÷ limit from the target line, so every target shares one
 * axis: left of the line (green) is within the target, right of it (red) misses it.
 */
import { formatRatio } from './report.mjs';

const WIDTH = 900;
const LABEL_WIDTH = 380;
const PLOT_LEFT = LABEL_WIDTH + 10;
const PLOT_RIGHT = WIDTH - 70;
const BAR_HEIGHT = 13;
const ROW_GAP = 12;
const TOP = 64;
const DECADES = 2; // the axis spans limit ÷ 10^DECADES … limit × 10^DECADES

const escapeXml = (text) =>
  String(text).replace(
    /[<>&"]/g,
    (char) => `&${{ '<': 'lt', '>': 'gt', '&': 'amp', '"': 'quot' }[char]};`,
  );

function xOf(share) {
  const clamped = Math.min(DECADES, Math.max(-DECADES, Math.log10(share)));
  const x = PLOT_LEFT + ((clamped + DECADES) / (2 * DECADES)) * (PLOT_RIGHT - PLOT_LEFT);
  return Math.round(x * 10) / 10;
}

/**
 * @param sections `[{ mode, targets: [{ label, ratio, limit, pass }] }]`: one row per target label
 *   of any section, in order of appearance (targets without a limit are left out)
 */
export function renderChart(allSections, machine) {
  const sections = allSections.map((section) => ({
    ...section,
    targets: section.targets.filter((target) => target.limit !== null),
  }));
  const rows = [
    ...new Map(
      sections.flatMap((section) => section.targets).map((target) => [target.label, target]),
    ).values(),
  ];
  const rowHeight = sections.length * BAR_HEIGHT + ROW_GAP;
  const height = TOP + rows.length * rowHeight + 40;
  const targetX = xOf(1);
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" font-family="system-ui, sans-serif" font-size="12">`,
    `<rect width="${WIDTH}" height="${height}" fill="#ffffff"/>`,
    `<text x="12" y="22" font-size="15" font-weight="bold">signalbox vs. targets (ratio of medians, log scale; left of the line = within target)</text>`,
    `<text x="12" y="42" fill="#555">${escapeXml(machine)}</text>`,
  ];
  sections.forEach((section, index) => {
    const x = PLOT_LEFT + index * 130;
    parts.push(
      `<rect x="${x}" y="${TOP - 16}" width="12" height="10" fill="#555" fill-opacity="${opacity(index)}"/>`,
      `<text x="${x + 16}" y="${TOP - 7}">${escapeXml(section.mode)}</text>`,
    );
  });
  rows.forEach((row, rowIndex) => {
    const y = TOP + rowIndex * rowHeight;
    parts.push(
      `<text x="${LABEL_WIDTH}" y="${y + (sections.length * BAR_HEIGHT) / 2 + 4}" text-anchor="end">${escapeXml(`${row.label} ≤ ${row.limit}x`)}</text>`,
    );
    sections.forEach((section, index) => {
      const target = section.targets.find((candidate) => candidate.label === row.label);
      if (!target) return;
      const share = target.ratio / target.limit;
      const end = xOf(share);
      const barY = y + index * BAR_HEIGHT;
      const color = target.pass ? '#2e8540' : '#c62828';
      parts.push(
        `<rect x="${Math.min(end, targetX)}" y="${barY + 1}" width="${Math.max(1, Math.round(Math.abs(end - targetX) * 10) / 10)}" height="${BAR_HEIGHT - 2}" fill="${color}" fill-opacity="${opacity(index)}"/>`,
        `<text x="${Math.max(end, targetX) + 4}" y="${barY + BAR_HEIGHT - 2}" font-size="11">${formatRatio(target.ratio)}</text>`,
      );
    });
  });
  const axisY = TOP + rows.length * rowHeight;
  parts.push(
    `<line x1="${targetX}" y1="${TOP - 4}" x2="${targetX}" y2="${axisY}" stroke="#000" stroke-dasharray="4 3"/>`,
  );
  for (let decade = -DECADES; decade <= DECADES; decade++) {
    const x = xOf(10 ** decade);
    const label = decade === 0 ? 'target' : `${decade < 0 ? '÷' : '×'}${10 ** Math.abs(decade)}`;
    parts.push(
      `<line x1="${x}" y1="${axisY}" x2="${x}" y2="${axisY + 5}" stroke="#000"/>`,
      `<text x="${x}" y="${axisY + 18}" text-anchor="middle" fill="#555">${label}</text>`,
    );
  }
  parts.push('</svg>');
  return `${parts.join('\n')}\n`;
}

function opacity(sectionIndex) {
  return sectionIndex === 0 ? 1 : 0.5;
}
