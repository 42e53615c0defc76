import { relative } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import {
  type ConsumerProject,
  consumerProject,
  INSTALL_TIMEOUT_MS,
  type JestMajor,
  type JestRun,
  runJest,
} from '../harness';
import { MATRIX_CASES, matrixDependencies, matrixFiles, SUITE_TESTS } from './cases';

/** The first lines of a message, colourless, on one line. */
function firstLines(message: string, count: number): string {
  return stripVTControlCharacters(message).trim().split('\n').slice(0, count).join(' | ');
}

const RUN_TIMEOUT_MS = 3 * 60_000;

/**
 * Every test's outcome as `file › full name`: `passed`, or `failed: <first line of the error>`,
 * and a file that could not run as `file: <why>`, so a failing case says why in the diff.
 */
function outcomes(project: ConsumerProject, run: JestRun): Record<string, string> {
  const result: Record<string, string> = {};
  for (const file of run.results.testResults) {
    const path = relative(project.dir, file.name);
    if (file.assertionResults.length === 0) {
      result[path] = `did not run: ${firstLines(file.message, 6)}`;
    }
    for (const test of file.assertionResults) {
      const failure = test.failureMessages[0];
      result[`${path} › ${test.fullName}`] =
        failure === undefined ? test.status : `failed: ${firstLines(failure, 3)}`;
    }
  }
  return result;
}

function everyTestPassed(suiteDirs: readonly string[]): Record<string, string> {
  const expected: Record<string, string> = {};
  for (const dir of suiteDirs) {
    for (const [file, tests] of Object.entries(SUITE_TESTS)) {
      for (const test of tests) expected[`${dir}/${file} › ${test}`] = 'passed';
    }
  }
  return expected;
}

/** The matrix for one Jest major: one consumer project, each case one real Jest run in it. */
export function describeMatrix(major: JestMajor): void {
  describe(`Jest ${major}`, () => {
    let project: ConsumerProject;

    beforeAll(async () => {
      project = await consumerProject(`matrix-${major}`, {
        jest: major,
        deps: matrixDependencies(major),
        files: matrixFiles(),
      });
    }, INSTALL_TIMEOUT_MS);

    test.each(MATRIX_CASES)(
      '$name: every test of the suite passes',
      async ({ config, suiteDirs, nodeFlags = [] }) => {
        const run = await runJest(project, ['--config', config, '--runInBand'], { nodeFlags });
        expect(outcomes(project, run)).toEqual(everyTestPassed(suiteDirs));
      },
      RUN_TIMEOUT_MS,
    );

    // ts-jest reports type errors only in CommonJS mode; tsc checks what every case's users compile.
    test.each([
      ['node16 resolution (CommonJS)', 'tsconfig.json'],
      ['bundler resolution (ES modules)', 'esm/tsconfig.json'],
    ])(
      'the suite type-checks with %s',
      async (_mode, tsconfig) => {
        const { exitCode, stdout } = await project.exec('tsc', ['-p', tsconfig, '--noEmit']);
        expect({ exitCode, errors: stdout }).toEqual({ exitCode: 0, errors: '' });
      },
      RUN_TIMEOUT_MS,
    ); // the run timeout: tsc takes seconds, more on a busy machine
  });
}
