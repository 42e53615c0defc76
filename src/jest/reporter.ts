/**
 * `signalbox/reporter`: the receiver profile's Jest reporter. Listed in `reporters` (or added by the
 * preset when `SIGNALBOX_PROFILE=1`), it turns profiling on for the run, then merges what every test
 * file recorded into the table it prints and the report files it writes.
 * @module signalbox/reporter
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { performance } from 'node:perf_hooks';
import { renderTable } from '../profile/render-table';
import { buildReport } from '../profile/report';
import {
  clearRunDirectory,
  PROFILE_DIRECTORY_VARIABLE,
  readFileProfiles,
} from '../profile/run-directory';
import { writeReport } from '../profile/write-report';

/** The options of `['signalbox/reporter', { … }]`. */
export interface ProfileReporterOptions {
  /** Where `profile.json`, `profile.svg` and `profile.html` go; default `<rootDir>/signalbox-profile`. */
  readonly outputDirectory?: string;
}

/** What the reporter reads of Jest's global config. */
export interface ProfileReporterConfig {
  /** The project's root: report paths and `outputDirectory` are relative to it. */
  readonly rootDir: string;
  /** `--shard=i/n`: the report's files are named for the shard. */
  readonly shard?: {
    /** `i`, from 1. */
    readonly shardIndex: number;
    /** `n`. */
    readonly shardCount: number;
  } | null;
}

const OPTION_KEYS = ['outputDirectory'];

/** A Jest reporter: `reporters: ['default', 'signalbox/reporter']`. */
export class ProfileReporter {
  readonly #config: ProfileReporterConfig;
  readonly #outputDirectory: string;
  /** Where the test files of this run put their profiles (named for the workers in the environment). */
  readonly #runDirectory = mkdtempSync(join(tmpdir(), 'signalbox-profile-'));
  readonly #fileTimes = new Map<string, number>();
  #started = performance.now();
  #error: Error | undefined;

  constructor(globalConfig: ProfileReporterConfig, options: ProfileReporterOptions = {}) {
    for (const key of Object.keys(options)) {
      if (!OPTION_KEYS.includes(key)) {
        throw new TypeError(
          `signalbox/reporter: ${key} is not an option (the options are ${OPTION_KEYS.join(', ')})`,
        );
      }
    }
    const { outputDirectory } = options;
    if (
      outputDirectory !== undefined &&
      (typeof outputDirectory !== 'string' || outputDirectory === '')
    ) {
      throw new TypeError(
        'signalbox/reporter: outputDirectory must be a non-empty string (a path)',
      );
    }
    this.#config = globalConfig;
    this.#outputDirectory = join(globalConfig.rootDir, outputDirectory ?? 'signalbox-profile');
    // Set before Jest starts its workers, which inherit it: it is what turns profiling on.
    process.env[PROFILE_DIRECTORY_VARIABLE] = this.#runDirectory;
  }

  /** A run starts (watch mode starts many): the files of the previous one are forgotten. */
  onRunStart(): void {
    clearRunDirectory(this.#runDirectory);
    this.#fileTimes.clear();
    this.#started = performance.now();
  }

  /** Keeps the file's run time: the shares are of the test files' time added up. */
  onTestFileResult(
    _test: unknown,
    result: { readonly testFilePath: string; readonly perfStats: { start: number; end: number } },
  ): void {
    const { start, end } = result.perfStats;
    this.#fileTimes.set(result.testFilePath, Math.max(0, end - start));
  }

  /** Merges the files' profiles, writes the report files and prints the table. */
  onRunComplete(): void {
    try {
      const { rootDir, shard } = this.#config;
      const profiles = readFileProfiles(this.#runDirectory);
      const report = buildReport(profiles, {
        rootDir,
        wallTime: performance.now() - this.#started,
        fileTimes: this.#fileTimes,
        shard: shard == null ? undefined : `${shard.shardIndex}/${shard.shardCount}`,
      });
      const written = writeReport(this.#outputDirectory, report, {
        profiles,
        fileTimes: Object.fromEntries(this.#fileTimes),
        rootDir,
      });
      process.stderr.write(
        `\n${renderTable(
          report,
          written.map((path) => relative(process.cwd(), path)),
        )}\n`,
      );
    } catch (error) {
      this.#error = new Error(`signalbox/reporter: the receiver profile failed: ${String(error)}`, {
        cause: error,
      });
    }
  }

  /** The error that stopped the profile, which fails the run (Jest asks every reporter). */
  getLastError(): Error | undefined {
    return this.#error;
  }
}

export default ProfileReporter;
