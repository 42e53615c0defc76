import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import type { ConsumerProject } from './consumer-project';
import { exec } from './exec';
import type {
  JestAssertionResult,
  JestJsonResults,
  JestTestFileResult,
  TestStatus,
} from './jest-results';

export interface RunJestOptions {
  /** Extra environment variables for the Jest process (`undefined` removes one). */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** Flags for `node` itself, e.g. `['--experimental-vm-modules']` for ESM test files. */
  readonly nodeFlags?: readonly string[];
  readonly timeoutMs?: number;
}

/** One line a fixture wrote with `report(label, value)` from `@signalbox-e2e/report`. */
export interface Observation {
  readonly label: string;
  readonly value: unknown;
  /** `JEST_WORKER_ID` of the process that reported it. */
  readonly worker: string | undefined;
}

export interface JestRun {
  readonly exitCode: number;
  readonly stdout: string;
  readonly stderr: string;
  readonly results: JestJsonResults;
  readonly observations: readonly Observation[];
  /** The values reported under `label`, in the order they were written. */
  observed<T = unknown>(label: string): T[];
  /** The one test with this full name (describe titles and title, space-separated) or title. */
  test(fullNameOrTitle: string): JestAssertionResult;
  testStatus(fullNameOrTitle: string): TestStatus;
  /** The failure messages of the one test with this name, which must have failed. */
  failureOf(fullNameOrTitle: string): string;
  /** The one test file whose path ends with `pathSuffix` (e.g. `'settings.test.js'`). */
  suite(pathSuffix: string): JestTestFileResult;
}

/** Thrown when Jest produced no `--json` results at all (bad config, crash); carries its output. */
export class JestRunError extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
    readonly stdout: string,
    readonly stderr: string,
  ) {
    super(`${message}\n--- stdout\n${stdout}\n--- stderr\n${stderr}`);
    this.name = 'JestRunError';
  }
}

const JEST_TIMEOUT_MS = 3 * 60_000;
let runCount = 0;

/** Where one run writes its results and observations: a fresh folder of the project. */
export function runFiles(project: ConsumerProject): {
  resultsFile: string;
  observationsFile: string;
} {
  runCount += 1;
  const outDir = project.path(`.e2e/run-${process.pid}-${runCount}`);
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  return {
    resultsFile: `${outDir}/results.json`,
    observationsFile: `${outDir}/observations.jsonl`,
  };
}

function findOne<T>(
  kind: string,
  key: string,
  candidates: readonly T[],
  names: readonly string[],
): T {
  if (candidates.length === 1) return candidates[0]!;
  const problem = candidates.length === 0 ? 'no' : `${candidates.length}`;
  throw new Error(`${problem} ${kind} matching "${key}"; the run has:\n  ${names.join('\n  ')}`);
}

export function readObservations(file: string): Observation[] {
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as Observation);
}

/**
 * Runs the project's own Jest CLI (`node node_modules/jest/bin/jest.js --json`) in its directory
 * and returns its exit code, output, parsed results and what the fixture tests reported.
 * `args` go to Jest: test path patterns, `--runInBand`, `--maxWorkers=2`, `--selectProjects`, ...
 */
export async function runJest(
  project: ConsumerProject,
  args: readonly string[] = [],
  options: RunJestOptions = {},
): Promise<JestRun> {
  const { resultsFile, observationsFile } = runFiles(project);

  const { exitCode, stdout, stderr } = await exec(
    'node',
    [
      ...(options.nodeFlags ?? []),
      'node_modules/jest/bin/jest.js',
      '--ci',
      '--no-watchman',
      '--json',
      `--outputFile=${resultsFile}`,
      ...args,
    ],
    {
      cwd: project.dir,
      env: { FORCE_COLOR: '0', SIGNALBOX_E2E_OUT: observationsFile, ...options.env },
      timeoutMs: options.timeoutMs ?? JEST_TIMEOUT_MS,
    },
  );
  return readRun('Jest', { exitCode, stdout, stderr }, resultsFile, observationsFile);
}

type RunOutput = { readonly exitCode: number; readonly stdout: string; readonly stderr: string };

/**
 * The run that `runner` (`'Jest'`, `'Vitest'`) wrote to `resultsFile` (`--json` results) and
 * `observationsFile`; `adapt` turns its results into Jest's words. No results: a `JestRunError`.
 */
export function readRun(
  runner: string,
  output: RunOutput,
  resultsFile: string,
  observationsFile: string,
  adapt: (results: JestJsonResults) => JestJsonResults = (results) => results,
): JestRun {
  const { exitCode, stdout, stderr } = output;
  if (!existsSync(resultsFile)) {
    throw new JestRunError(
      `${runner} wrote no results (exit code ${exitCode})`,
      exitCode,
      stdout,
      stderr,
    );
  }
  const results = adapt(JSON.parse(readFileSync(resultsFile, 'utf8')) as JestJsonResults);
  return testRun(output, results, readObservations(observationsFile));
}

/** A run's results, with the look-ups the e2e tests use (Jest's and Vitest's `--json` alike). */
export function testRun(
  output: RunOutput,
  results: JestJsonResults,
  observations: readonly Observation[],
): JestRun {
  const tests = results.testResults.flatMap((file) => file.assertionResults);
  const test = (fullNameOrTitle: string): JestAssertionResult => {
    const byFullName = tests.filter((t) => t.fullName === fullNameOrTitle);
    return findOne(
      'tests',
      fullNameOrTitle,
      byFullName.length > 0 ? byFullName : tests.filter((t) => t.title === fullNameOrTitle),
      tests.map((t) => `${t.fullName} (${t.status})`),
    );
  };
  return {
    ...output,
    results,
    observations,
    observed: <T>(label: string) =>
      observations.filter((o) => o.label === label).map((o) => o.value as T),
    test,
    testStatus: (fullNameOrTitle) => test(fullNameOrTitle).status,
    failureOf(fullNameOrTitle) {
      const found = test(fullNameOrTitle);
      if (found.status !== 'failed') {
        throw new Error(`"${found.fullName}" was expected to fail; it ${found.status}`);
      }
      return found.failureMessages.join('\n');
    },
    suite: (pathSuffix) =>
      findOne(
        'test files',
        pathSuffix,
        results.testResults.filter((file) => file.name.endsWith(pathSuffix)),
        results.testResults.map((file) => `${file.name} (${file.status})`),
      ),
  };
}
