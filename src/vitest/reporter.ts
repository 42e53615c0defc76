/**
 * `signalbox/vitest-reporter`: the receiver profile's Vitest reporter. Listed in `test.reporters`
 * (or added by the `signalbox()` plugin when `SIGNALBOX_PROFILE=1` or `profile: true`), it turns
 * the profile on for the run, then merges what every test file recorded into the table it prints
 * and the report files it writes — the same as the Jest reporter's.
 * @module signalbox/vitest-reporter
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

/** The options of `['signalbox/vitest-reporter', { … }]` and of the plugin's `profile`. */
export interface VitestProfileReporterOptions {
  /** Where `profile.json`, `profile.svg` and `profile.html` go; default `<root>/signalbox-profile`. */
  readonly outputDirectory?: string;
}

/** What the reporter reads of Vitest (3.2 and 4). */
interface VitestLike {
  readonly config: {
    readonly root: string;
    readonly shard?: { readonly index: number; readonly count: number } | null;
  };
}

/** What the reporter reads of a test file's result (Vitest 3.2 and 4). */
interface TestModuleLike {
  readonly moduleId: string;
  diagnostic(): { readonly duration: number };
}

const OPTION = {
  code: (signals: string) => `signalbox({ suspendSignals: [${signals}] })`,
  where: 'vitest.config',
};

/** A Vitest reporter: `reporters: ['default', 'signalbox/vitest-reporter']`. */
export class VitestProfileReporter {
  readonly #outputDirectory: string | undefined;
  /** Where the test files of this run put their profiles (the workers inherit the variable). */
  readonly #runDirectory = mkdtempSync(join(tmpdir(), 'signalbox-profile-'));
  #root = process.cwd();
  #shard: string | undefined;
  #started = performance.now();

  constructor(options: VitestProfileReporterOptions = {}) {
    const unknown = Object.keys(options).filter((key) => key !== 'outputDirectory');
    if (unknown.length > 0) {
      throw new TypeError(
        `signalbox/vitest-reporter: ${unknown[0]} is not an option (the options are outputDirectory)`,
      );
    }
    const { outputDirectory } = options;
    if (
      outputDirectory !== undefined &&
      (typeof outputDirectory !== 'string' || outputDirectory === '')
    ) {
      throw new TypeError(
        'signalbox/vitest-reporter: outputDirectory must be a non-empty string (a path)',
      );
    }
    this.#outputDirectory = outputDirectory;
    // Set before Vitest starts its workers, which inherit it: it is what turns profiling on.
    process.env[PROFILE_DIRECTORY_VARIABLE] = this.#runDirectory;
  }

  onInit(vitest: VitestLike): void {
    this.#root = vitest.config.root;
    const { shard } = vitest.config;
    this.#shard = shard == null ? undefined : `${shard.index}/${shard.count}`;
  }

  /** A run starts (watch mode starts many): the files of the previous one are forgotten. */
  onTestRunStart(): void {
    clearRunDirectory(this.#runDirectory);
    this.#started = performance.now();
  }

  /** Merges the files' profiles, writes the report files and prints the table. */
  onTestRunEnd(testModules: readonly TestModuleLike[]): void {
    try {
      const fileTimes = new Map(
        testModules.map((module) => [module.moduleId, module.diagnostic().duration]),
      );
      const profiles = readFileProfiles(this.#runDirectory);
      const report = buildReport(profiles, {
        rootDir: this.#root,
        wallTime: performance.now() - this.#started,
        fileTimes,
        shard: this.#shard,
        option: OPTION,
      });
      const written = writeReport(
        join(this.#root, this.#outputDirectory ?? 'signalbox-profile'),
        report,
        { profiles, fileTimes: Object.fromEntries(fileTimes), rootDir: this.#root },
      );
      process.stderr.write(
        `\n${renderTable(
          report,
          written.map((path) => relative(process.cwd(), path)),
        )}\n`,
      );
    } catch (error) {
      process.stderr.write(`signalbox/vitest-reporter: the receiver profile failed: ${error}\n`);
      process.exitCode = 1;
    }
  }
}

export default VitestProfileReporter;
