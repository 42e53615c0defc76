import { readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import type { FileProfile } from '../scope/profile-data';
import { renderTable } from './render-table';
import { buildReport } from './report';
import { type ReportSources, writeReport } from './write-report';

const USAGE =
  'usage: signalbox-profile merge <profile.json> [<profile.json> …] [--out <directory>]\n' +
  'Merges the receiver profiles of several runs (the shards of one suite) into one report.';

function readSources(path: string): ReportSources {
  let parsed: { sources?: ReportSources };
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8')) as { sources?: ReportSources };
  } catch (error) {
    throw new Error(`signalbox-profile: cannot read ${path}: ${(error as Error).message}`);
  }
  if (parsed.sources === undefined || !Array.isArray(parsed.sources.profiles)) {
    throw new Error(`signalbox-profile: ${path} is not a signalbox profile.json`);
  }
  return parsed.sources;
}

/** `signalbox-profile merge a.json b.json --out dir`: prints the merged table, writes the report. */
export function main(args: readonly string[]): number {
  const [command, ...rest] = args;
  const outIndex = rest.indexOf('--out');
  const inputs =
    outIndex === -1 ? rest : rest.filter((_, i) => i !== outIndex && i !== outIndex + 1);
  if (
    command !== 'merge' ||
    inputs.length === 0 ||
    (outIndex !== -1 && rest[outIndex + 1] === undefined)
  ) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const sources = inputs.map(readSources);
  const profiles: FileProfile[] = sources.flatMap((source) => source.profiles);
  const fileTimes = Object.assign({}, ...sources.map((source) => source.fileTimes)) as Record<
    string,
    number
  >;
  const rootDir = sources[0]!.rootDir;
  const report = buildReport(profiles, {
    rootDir,
    wallTime: 0,
    fileTimes: new Map(Object.entries(fileTimes)),
    shard: undefined,
  });
  const out = resolve(outIndex === -1 ? dirname(resolve(inputs[0]!)) : rest[outIndex + 1]!);
  const written = writeReport(out, report, { profiles, fileTimes, rootDir });
  process.stdout.write(
    `${renderTable(
      report,
      written.map((path) => relative(process.cwd(), path)),
    )}\n`,
  );
  return 0;
}
