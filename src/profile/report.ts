import { relative } from 'node:path';
import { mergeHistogram, percentile } from '../scope/duration-histogram';
import type { FileProfile } from '../scope/profile-data';

/** One receiver over the whole run: what the table, the chart and the JSON report show. */
export interface ReceiverRow {
  /** `name (file:line)`, or `(anonymous) signal at file:line`: how the report names it. */
  readonly label: string;
  readonly signal: string;
  /** The function's name; `''` for an anonymous one. */
  readonly name: string;
  /** Where it was connected, relative to the project's root (`src/mail.js:12`). */
  readonly site: string | undefined;
  readonly calls: number;
  /** Self time, ms. */
  readonly time: number;
  readonly mean: number;
  readonly p95: number;
  /** Its time ÷ the run's test time. */
  readonly share: number;
  /** Where it ran, most time first: test files, then `file › describe path`. */
  readonly files: readonly Place[];
  readonly blocks: readonly Place[];
  readonly tests: number;
  /** Tests that named it (a `resumeSignals` or `except` letting it run, or a matcher on its signal). */
  readonly neededTests: number;
  readonly neededTime: number;
  /** `file › describe path` of those tests. */
  readonly neededIn: readonly string[];
}

export interface Place {
  readonly place: string;
  readonly calls: number;
  readonly time: number;
}

/** What suspending the costliest receivers that no test needs would save. */
export interface Suggestion {
  readonly receivers: readonly string[];
  /** Their signals: what a pragma or option can name. */
  readonly signals: readonly string[];
  /** Receiver time those receivers spent outside the tests that need them, ms. */
  readonly saving: number;
  /** `saving` ÷ the run's test time. */
  readonly share: number;
  readonly pragma: string;
  readonly option: string;
  /** Where `option` goes: `jest.config`, `vitest.config`. */
  readonly optionWhere: string;
  /** Where to turn them back on: `resumeSignals([fn])` in these places. */
  readonly resume: ReadonlyArray<{ readonly receiver: string; readonly places: readonly string[] }>;
}

export interface ProfileReport {
  readonly version: 1;
  readonly generated: string;
  readonly files: number;
  /** Run start to end, ms. */
  readonly wallTime: number;
  /** The test files' run times added up, ms (greater than the wall time with several workers). */
  readonly testTime: number;
  /** `'2/3'` when the run was one shard of several. */
  readonly shard: string | undefined;
  /** Receiver time ÷ test time. */
  readonly receiverShare: number;
  readonly receivers: readonly ReceiverRow[];
  readonly suggestion: Suggestion | undefined;
}

export interface RunFacts {
  readonly rootDir: string;
  readonly wallTime: number;
  /** Run time of each test file by absolute path, ms. */
  readonly fileTimes: ReadonlyMap<string, number>;
  readonly shard: string | undefined;
  /**
   * The project option that suspends `signals` (quoted, comma-separated) for every file, as the
   * runner's users write it, and where; Jest's `testEnvironmentOptions` when not given.
   */
  readonly option?: { readonly code: (signals: string) => string; readonly where: string };
}

/** Jest's form of the suggested option. */
const JEST_OPTION: NonNullable<RunFacts['option']> = {
  code: (signals) => `testEnvironmentOptions: { signalbox: { suspendSignals: [${signals}] } }`,
  where: 'jest.config',
};

const TOP_LEVEL = '(top level)';
/** A receiver is suggested while it accounts for this much of the test time, at most ten of them. */
const WORTH_SUGGESTING = 0.01;
const MOST_SUGGESTED = 10;

interface Merged {
  signal: string;
  name: string;
  site: string | undefined;
  calls: number;
  time: number;
  histogram: Map<number, number>;
  files: Map<string, Place>;
  blocks: Map<string, Place>;
  tests: number;
  neededTests: number;
  neededTime: number;
  neededIn: Set<string>;
}

function add(places: Map<string, Place>, place: string, calls: number, time: number): void {
  const known = places.get(place);
  places.set(place, { place, calls: (known?.calls ?? 0) + calls, time: (known?.time ?? 0) + time });
}

function byTime(places: Map<string, Place>): Place[] {
  return [...places.values()].sort((a, b) => b.time - a.time);
}

/** `src/mail.js:12` of `/root/src/mail.js:12:5` (or of a file:// URL). */
function shortSite(rootDir: string, site: string | undefined): string | undefined {
  if (site === undefined) return undefined;
  const match = /^(?:file:\/\/)?(.*):(\d+):\d+$/.exec(site);
  return match === null ? site : `${relative(rootDir, match[1]!)}:${match[2]}`;
}

function labelOf(row: Pick<ReceiverRow, 'name' | 'signal' | 'site'>): string {
  const where = row.site === undefined ? '' : ` (${row.site})`;
  return row.name === '' ? `(anonymous ${row.signal} receiver)${where}` : `${row.name}${where}`;
}

/** Merges the files' profiles into the run's report: the same receiver in several files is one row. */
export function buildReport(profiles: readonly FileProfile[], run: RunFacts): ProfileReport {
  const merged = new Map<string, Merged>();
  for (const profile of profiles) {
    const file = relative(run.rootDir, profile.file) || profile.file;
    for (const receiver of profile.receivers) {
      const site = shortSite(run.rootDir, receiver.site);
      const id = `${receiver.signal}\0${receiver.name}\0${site}`;
      let row = merged.get(id);
      if (row === undefined) {
        row = {
          signal: receiver.signal,
          name: receiver.name,
          site,
          calls: 0,
          time: 0,
          histogram: new Map(),
          files: new Map(),
          blocks: new Map(),
          tests: 0,
          neededTests: 0,
          neededTime: 0,
          neededIn: new Set(),
        };
        merged.set(id, row);
      }
      row.calls += receiver.calls;
      row.time += receiver.time;
      mergeHistogram(row.histogram, receiver.histogram);
      add(row.files, file, receiver.calls, receiver.time);
      for (const [block, totals] of Object.entries(receiver.blocks)) {
        add(
          row.blocks,
          block === TOP_LEVEL ? file : `${file} › ${block}`,
          totals.calls,
          totals.time,
        );
      }
      row.tests += receiver.tests;
      row.neededTests += receiver.neededTests;
      row.neededTime += receiver.neededTime;
      for (const block of receiver.neededIn) {
        row.neededIn.add(block === TOP_LEVEL ? file : `${file} › ${block}`);
      }
    }
  }
  let testTime = 0;
  for (const time of run.fileTimes.values()) testTime += time;
  // a file the reporter has no time for still ran for as long as its profile says
  for (const profile of profiles) {
    if (!run.fileTimes.has(profile.file)) testTime += profile.duration;
  }
  const share = (time: number) => (testTime > 0 ? time / testTime : 0);
  const receivers: ReceiverRow[] = [...merged.values()]
    .map((row) => ({
      label: labelOf(row),
      signal: row.signal,
      name: row.name,
      site: row.site,
      calls: row.calls,
      time: row.time,
      mean: row.calls === 0 ? 0 : row.time / row.calls,
      p95: percentile(row.histogram, 0.95),
      share: share(row.time),
      files: byTime(row.files),
      blocks: byTime(row.blocks),
      tests: row.tests,
      neededTests: row.neededTests,
      neededTime: row.neededTime,
      neededIn: [...row.neededIn].sort(),
    }))
    .sort((a, b) => b.time - a.time || a.label.localeCompare(b.label));
  let receiverTime = 0;
  for (const row of receivers) receiverTime += row.time;
  return {
    version: 1,
    generated: new Date().toISOString(),
    files: profiles.length,
    wallTime: run.wallTime,
    testTime,
    shard: run.shard,
    receiverShare: share(receiverTime),
    receivers,
    suggestion: suggest(receivers, testTime, run.option ?? JEST_OPTION),
  };
}

/**
 * The receivers worth suspending: the costliest by the time they spend outside the tests that name
 * them, each worth at least 1% of the test time (ten at most). Pragmas and options name signals, so
 * the suggestion suspends their signals — every receiver of them, whose unneeded time is the saving —
 * and resumes each receiver of them where a test needs it.
 */
function suggest(
  receivers: readonly ReceiverRow[],
  testTime: number,
  option: NonNullable<RunFacts['option']>,
): Suggestion | undefined {
  if (testTime <= 0) return undefined;
  const unneeded = (row: ReceiverRow) => row.time - row.neededTime;
  const chosen = receivers
    .filter((row) => unneeded(row) / testTime >= WORTH_SUGGESTING)
    .sort((a, b) => unneeded(b) - unneeded(a))
    .slice(0, MOST_SUGGESTED);
  if (chosen.length === 0) return undefined;
  const signals = [...new Set(chosen.map((row) => row.signal))];
  const affected = receivers.filter((row) => signals.includes(row.signal));
  let saving = 0;
  for (const row of affected) saving += unneeded(row);
  const quoted = signals.map((signal) => `'${signal}'`).join(', ');
  return {
    receivers: chosen.map((row) => row.label),
    signals,
    saving,
    share: saving / testTime,
    pragma: `/** @suspendSignals ${signals.join(' ')} */`,
    option: option.code(quoted),
    optionWhere: option.where,
    resume: resumeList(affected),
  };
}

/** Each needed receiver once (one function may receive several signals), with every place. */
function resumeList(rows: readonly ReceiverRow[]): Suggestion['resume'] {
  const places = new Map<string, Set<string>>();
  for (const row of rows) {
    if (row.neededIn.length === 0) continue;
    const receiver = row.name || row.label;
    const known = places.get(receiver) ?? new Set();
    for (const place of row.neededIn) known.add(place);
    places.set(receiver, known);
  }
  return [...places].map(([receiver, where]) => ({ receiver, places: [...where].sort() }));
}
