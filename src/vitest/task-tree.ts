import type { RunnerTestCase, RunnerTestFile, RunnerTestSuite } from 'vitest';
import type { SuiteTree } from '../driver/scope-refs';

/**
 * Vitest's tasks as a suite tree. The file is the root suite. While describe bodies run (Vitest
 * collects them after the module's top level), a top-level suite has neither `suite` nor, on
 * Vitest 3, `file` yet: every suite without a parent is the file's.
 */
export function taskTree(file: RunnerTestFile): SuiteTree<RunnerTestSuite, RunnerTestCase> {
  return {
    parentOf: (suite) => (suite === file ? undefined : (suite.suite ?? file)),
    blockOf: (test) => test.suite ?? file,
    nameOf: (task) => task.name,
    isConcurrent: (test) => test.concurrent === true,
  };
}
