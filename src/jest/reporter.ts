/**
 * `signalbox/reporter`: the receiver profile's Jest reporter. Listed in `reporters` (or added by the
 * preset when `SIGNALBOX_PROFILE=1`), it turns profiling on for the run, then merges what every test
 * file recorded into the table it prints and the report files it writes.
 * @module signalbox/reporter
 */
import { type ProfileReporterOptions, ProfileRun } from '../profile/profile-run';

export type { ProfileReporterOptions };

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

/** A Jest reporter: `reporters: ['default', 'signalbox/reporter']`. */
export class ProfileReporter {
  readonly #config: ProfileReporterConfig;
  readonly #run: ProfileRun;
  readonly #fileTimes = new Map<string, number>();
  #error: Error | undefined;

  constructor(globalConfig: ProfileReporterConfig, options: ProfileReporterOptions = {}) {
    this.#config = globalConfig;
    this.#run = new ProfileRun('signalbox/reporter', options);
  }

  /** A run starts (watch mode starts many): the files of the previous one are forgotten. */
  onRunStart(): void {
    this.#run.start();
    this.#fileTimes.clear();
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
      this.#run.finish({
        rootDir,
        fileTimes: this.#fileTimes,
        shard: shard == null ? undefined : `${shard.shardIndex}/${shard.shardCount}`,
      });
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
