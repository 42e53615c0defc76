/** The parts of Jest's `--json` output (the same on Jest 29 and 30) that e2e tests assert on. */

export type TestStatus =
  | 'passed'
  | 'failed'
  | 'pending'
  | 'skipped'
  | 'todo'
  | 'disabled'
  | 'focused';

export interface JestAssertionResult {
  readonly ancestorTitles: readonly string[];
  readonly title: string;
  readonly fullName: string;
  readonly status: TestStatus;
  readonly failureMessages: readonly string[];
  readonly invocations?: number;
}

export interface JestTestFileResult {
  /** Absolute path of the test file. */
  readonly name: string;
  readonly status: 'passed' | 'failed';
  /** The file's failure text, e.g. "Test suite failed to run" and why. */
  readonly message: string;
  readonly assertionResults: readonly JestAssertionResult[];
}

export interface JestJsonResults {
  readonly success: boolean;
  readonly numTotalTests: number;
  readonly numPassedTests: number;
  readonly numFailedTests: number;
  readonly numPendingTests: number;
  readonly numTodoTests: number;
  readonly numTotalTestSuites: number;
  readonly numFailedTestSuites: number;
  readonly numRuntimeErrorTestSuites: number;
  readonly testResults: readonly JestTestFileResult[];
}
