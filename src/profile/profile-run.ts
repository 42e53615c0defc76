import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { performance } from 'node:perf_hooks';
import { renderTable } from './render-table';
import { buildReport, type RunFacts } from './report';
import { clearRunDirectory, PROFILE_DIRECTORY_VARIABLE, readFileProfiles } from './run-directory';
import { writeReport } from './write-report';

/** The options of either runner's profile reporter. */
export interface ProfileReporterOptions {
  /** Where `profile.json`, `profile.svg` and `profile.html` go; default `<root>/signalbox-profile`. */
  readonly outputDirectory?: string;
}

/**
 * What a runner's profile reporter does, whichever the runner: a run directory the test files
 * write their profiles to, then the merged report, its files and its table.
 */
export class ProfileRun {
  readonly #outputDirectory: string;
  /** Where the test files of this run put their profiles. */
  readonly #runDirectory = mkdtempSync(join(tmpdir(), 'signalbox-profile-'));
  #started = performance.now();

  /** `reporter` names the reporter in errors (`signalbox/reporter`). */
  constructor(reporter: string, options: ProfileReporterOptions) {
    const unknown = Object.keys(options).find((key) => key !== 'outputDirectory');
    if (unknown !== undefined) {
      throw new TypeError(
        `${reporter}: ${unknown} is not an option (the options are outputDirectory)`,
      );
    }
    const { outputDirectory = 'signalbox-profile' } = options;
    if (typeof outputDirectory !== 'string' || outputDirectory === '') {
      throw new TypeError(`${reporter}: outputDirectory must be a non-empty string (a path)`);
    }
    this.#outputDirectory = outputDirectory;
    // Set before the runner starts its workers, which inherit it: it is what turns profiling on.
    process.env[PROFILE_DIRECTORY_VARIABLE] = this.#runDirectory;
  }

  /** A run starts (watch mode starts many): the files of the previous one are forgotten. */
  start(): void {
    clearRunDirectory(this.#runDirectory);
    this.#started = performance.now();
  }

  /** Merges the files' profiles, writes the report files and prints the table. */
  finish(facts: Omit<RunFacts, 'wallTime'>): void {
    const profiles = readFileProfiles(this.#runDirectory);
    const report = buildReport(profiles, { ...facts, wallTime: performance.now() - this.#started });
    const written = writeReport(join(facts.rootDir, this.#outputDirectory), report, {
      profiles,
      fileTimes: Object.fromEntries(facts.fileTimes),
      rootDir: facts.rootDir,
    });
    const paths = written.map((path) => relative(process.cwd(), path));
    process.stderr.write(`\n${renderTable(report, paths)}\n`);
  }
}
