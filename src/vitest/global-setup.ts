/**
 * `signalbox/vitest-global-setup` (the `signalbox()` plugin adds it to `globalSetup`): makes the
 * folder in which each test file records what the run-wide check of the project options needs,
 * and at the end of the run reports the setting keys of the options' `settings` that no test file
 * configured and the names of their `suspendSignals` that no test file had, and fails the run
 * (exit code 1) unless the options say `strict: false`.
 * @module signalbox/vitest-global-setup
 */
import { RUN_DIR, runProblems, startRun } from '../driver/run-check';
import { RUN_DIRECTORY_KEY, VITEST_OPTIONS } from './vitest-options';

/** What Vitest 3 and 4 pass a global setup: the test project. */
export interface GlobalSetupProject {
  readonly config: {
    readonly root: string;
    readonly name?: string;
    readonly environmentOptions?: Readonly<Record<string, unknown>>;
  };
  provide(key: string, value: unknown): void;
}

export function globalSetup(project: GlobalSetupProject): () => void {
  startRun();
  project.provide(RUN_DIRECTORY_KEY, process.env[RUN_DIR]);
  const { root, name, environmentOptions } = project.config;
  const projectId = `${root}\0${name ?? ''}`;
  return () => {
    const found = runProblems(
      environmentOptions?.signalbox,
      'vitest config',
      VITEST_OPTIONS,
      projectId,
    );
    if (found === undefined) return;
    if (!found.strict) {
      for (const problem of found.problems) console.warn(problem);
      return;
    }
    // Vitest runs the teardown as it closes, when a throw no longer fails the run
    console.error(`${found.problems.join('\n')}\n(the option strict: false makes this a warning)`);
    process.exitCode = 1;
  };
}

export default globalSetup;
