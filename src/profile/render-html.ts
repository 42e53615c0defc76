import { escapeMarkup } from './escape';
import { formatCount, formatDuration, formatFiles, formatShare } from './format';
import { renderChart } from './render-chart';
import type { Place, ProfileReport } from './report';

function places(list: readonly Place[]): string {
  const items = list
    .map(
      (place) =>
        `<li>${escapeMarkup(place.place)}: ${formatCount(place.calls)} calls, ${formatDuration(place.time)}</li>`,
    )
    .join('');
  return `<ul>${items}</ul>`;
}

/** One page: the chart, the suggestion, and every receiver with the files and blocks it ran in. */
export function renderHtml(report: ProfileReport): string {
  const suggestion = report.suggestion;
  const rows = report.receivers
    .map(
      (row, index) => `<tr>
<td>${index + 1}</td>
<td><details><summary>${escapeMarkup(row.label)}</summary><h4>Files</h4>${places(row.files)}<h4>Describe blocks</h4>${places(row.blocks)}</details></td>
<td>${escapeMarkup(row.signal)}</td>
<td class="n">${formatCount(row.calls)}</td>
<td class="n">${formatDuration(row.time)}</td>
<td class="n">${formatDuration(row.mean)}</td>
<td class="n">${formatDuration(row.p95)}</td>
<td class="n">${formatShare(row.share)}</td>
<td class="n">${formatCount(row.neededTests)} of ${formatCount(row.tests)}</td>
</tr>`,
    )
    .join('\n');
  const advice =
    suggestion === undefined
      ? '<p>No receiver costs 1% of the test time outside the tests that need it.</p>'
      : `<p>Suspending ${suggestion.signals.map((signal) => `<code>${escapeMarkup(signal)}</code>`).join(', ')} would save about <strong>${formatDuration(suggestion.saving)}</strong> (${formatShare(suggestion.share)} of the test time).</p>
<pre>${escapeMarkup(suggestion.pragma)}</pre>
<p>or for every file, in the Jest config:</p>
<pre>${escapeMarkup(suggestion.option)}</pre>
${suggestion.resume.map(({ receiver, places: where }) => `<p><code>resumeSignals([${escapeMarkup(receiver)}])</code> where it is needed: ${where.map(escapeMarkup).join('; ')}</p>`).join('\n')}`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>signalbox receiver profile</title>
<style>
body { font-family: system-ui, -apple-system, 'Segoe UI', sans-serif; margin: 2rem; color: #1f2933; }
table { border-collapse: collapse; margin-top: 1rem; }
th, td { padding: 0.3rem 0.7rem; border-bottom: 1px solid #e4e7eb; text-align: left; vertical-align: top; }
td.n { text-align: right; font-variant-numeric: tabular-nums; }
pre { background: #f5f7fa; padding: 0.6rem; }
summary { cursor: pointer; }
</style>
</head>
<body>
<h1>signalbox receiver profile</h1>
<p>${formatFiles(report.files)}${report.shard === undefined ? '' : `, shard ${escapeMarkup(report.shard)}`}; ${formatDuration(report.testTime)} of test time (${formatDuration(report.wallTime)} wall time); receivers ran for ${formatShare(report.receiverShare)} of it. Generated ${escapeMarkup(report.generated)}.</p>
${renderChart(report)}
<h2>What to suspend</h2>
${advice}
<h2>Every receiver</h2>
<table>
<thead><tr><th>#</th><th>receiver</th><th>signal</th><th>calls</th><th>total</th><th>mean</th><th>p95</th><th>share</th><th>needed by (tests)</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>
</body>
</html>
`;
}
