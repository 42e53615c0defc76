/**
 * `globalTeardown: 'signalbox/global-teardown'` (the preset sets it): reports, once for the run,
 * the setting keys of `testEnvironmentOptions.signalbox.settings` that no test file configured and
 * the signal names of its `suspendSignals` that no test file had. It fails the run (Jest prints the
 * error and exits with 1) unless the options say `strict: false`, which prints them instead.
 * @module signalbox/global-teardown
 */
import { runProblems } from '../driver/run-check';
import { JEST_OPTIONS } from './jest-options';

/** What Jest passes a global teardown (29.7 and 30): the project's config. */
interface ProjectConfig {
  readonly id: string;
  readonly testEnvironmentOptions: Readonly<Record<string, unknown>>;
}

export default function globalTeardown(_globalConfig: unknown, projectConfig: ProjectConfig): void {
  const found = runProblems(
    projectConfig.testEnvironmentOptions.signalbox,
    'jest config',
    JEST_OPTIONS,
    projectConfig.id,
  );
  if (found === undefined) return;
  if (!found.strict) {
    for (const problem of found.problems) console.warn(problem);
    return;
  }
  throw new Error(
    `${found.problems.join('\n')}\n(${JEST_OPTIONS}.strict: false makes this a warning)`,
  );
}
