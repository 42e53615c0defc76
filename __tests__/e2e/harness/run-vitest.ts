import type { ConsumerProject } from './consumer-project';
import { exec } from './exec';
import type { JestJsonResults } from './jest-results';
import { type JestRun, type RunJestOptions, readRun, runFiles } from './run-jest';

const VITEST_TIMEOUT_MS = 3 * 60_000;

/**
 * Runs the project's own Vitest CLI (`node node_modules/vitest/vitest.mjs run`) in its directory,
 * with its JSON reporter (Jest's `--json` format) besides the default one, and returns the run as
 * `runJest` does. `args` go to Vitest: test name filters, `--config`, `--pool=threads`, ...
 */
export interface RunVitestOptions extends Omit<RunJestOptions, 'nodeFlags'> {
  /**
   * Leave the reporters to the config (a `--reporter` on the command line replaces them): it must
   * list `['json', { outputFile: process.env.SIGNALBOX_E2E_RESULTS }]`.
   */
  readonly configReporters?: boolean;
}

export async function runVitest(
  project: ConsumerProject,
  args: readonly string[] = [],
  options: RunVitestOptions = {},
): Promise<JestRun> {
  const { resultsFile, observationsFile } = runFiles(project);
  const { exitCode, stdout, stderr } = await exec(
    'node',
    [
      'node_modules/vitest/vitest.mjs',
      'run',
      ...(options.configReporters
        ? []
        : ['--reporter=default', '--reporter=json', `--outputFile.json=${resultsFile}`]),
      ...args,
    ],
    {
      cwd: project.dir,
      env: {
        FORCE_COLOR: '0',
        CI: '1',
        SIGNALBOX_E2E_OUT: observationsFile,
        SIGNALBOX_E2E_RESULTS: resultsFile,
        ...options.env,
      },
      timeoutMs: options.timeoutMs ?? VITEST_TIMEOUT_MS,
    },
  );
  return readRun(
    'Vitest',
    { exitCode, stdout, stderr },
    resultsFile,
    observationsFile,
    jestStatuses,
  );
}

/** Vitest's JSON results say `skipped` where Jest's say `pending`: the e2e tests use Jest's word. */
function jestStatuses(results: JestJsonResults): JestJsonResults {
  return {
    ...results,
    testResults: results.testResults.map((file) => ({
      ...file,
      assertionResults: file.assertionResults.map((test) =>
        test.status === 'skipped' ? { ...test, status: 'pending' } : test,
      ),
    })),
  };
}
