import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FileProfile } from '../scope/profile-data';
import { renderChart } from './render-chart';
import { renderHtml } from './render-html';
import type { ProfileReport } from './report';

/** What a report was built from: kept in its JSON, so that shards' reports can be merged exactly. */
export interface ReportSources {
  readonly profiles: readonly FileProfile[];
  /** Run time of each test file by absolute path, ms. */
  readonly fileTimes: Readonly<Record<string, number>>;
  readonly rootDir: string;
}

/**
 * Writes `profile.json` (for tooling), `profile.svg` (the chart) and `profile.html` (chart, advice
 * and every receiver) into `directory`; a shard's files are named for it (`profile.shard-2-of-3.json`)
 * so that shards sharing a directory keep each other's.
 * @returns the paths written.
 */
export function writeReport(
  directory: string,
  report: ProfileReport,
  sources: ReportSources,
): string[] {
  mkdirSync(directory, { recursive: true });
  const base =
    report.shard === undefined ? 'profile' : `profile.shard-${report.shard.replace('/', '-of-')}`;
  const files: Array<[string, string]> = [
    [`${base}.json`, `${JSON.stringify({ ...report, sources }, null, 2)}\n`],
    [`${base}.svg`, renderChart(report)],
    [`${base}.html`, renderHtml(report)],
  ];
  return files.map(([name, text]) => {
    const path = join(directory, name);
    writeFileSync(path, text);
    return path;
  });
}
