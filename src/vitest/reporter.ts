/**
 * `signalbox/vitest-reporter`: the receiver profile's Vitest reporter. Listed in `test.reporters`
 * (or added by the `signalbox()` plugin when `SIGNALBOX_PROFILE=1` or `profile: true`), it turns
 * the profile on for the run, then merges what every test file recorded into the table it prints
 * and the report files it writes — the same as the Jest reporter's.
 * @module signalbox/vitest-reporter
 */
import { type ProfileReporterOptions, ProfileRun } from '../profile/profile-run';

/** The options of `['signalbox/vitest-reporter', { … }]` and of the plugin's `profile`. */
export type VitestProfileReporterOptions = ProfileReporterOptions;

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
  readonly #run: ProfileRun;
  #root = process.cwd();
  #shard: string | undefined;

  constructor(options: VitestProfileReporterOptions = {}) {
    this.#run = new ProfileRun('signalbox/vitest-reporter', options);
  }

  onInit(vitest: VitestLike): void {
    this.#root = vitest.config.root;
    const { shard } = vitest.config;
    this.#shard = shard == null ? undefined : `${shard.index}/${shard.count}`;
  }

  /** A run starts (watch mode starts many): the files of the previous one are forgotten. */
  onTestRunStart(): void {
    this.#run.start();
  }

  /** Merges the files' profiles, writes the report files and prints the table. */
  onTestRunEnd(testModules: readonly TestModuleLike[]): void {
    try {
      const fileTimes = new Map(
        testModules.map((module) => [module.moduleId, module.diagnostic().duration]),
      );
      this.#run.finish({ rootDir: this.#root, fileTimes, shard: this.#shard, option: OPTION });
    } catch (error) {
      process.stderr.write(`signalbox/vitest-reporter: the receiver profile failed: ${error}\n`);
      process.exitCode = 1;
    }
  }
}

export default VitestProfileReporter;
