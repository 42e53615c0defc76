export {
  type ConsumerProject,
  type ConsumerProjectOptions,
  consumerProject,
  readFixtures,
} from './consumer-project';
export {
  baseDependencies,
  type Dependencies,
  INSTALL_TIMEOUT_MS,
  JEST_VERSIONS,
  type JestMajor,
  type Runner,
  TYPESCRIPT_VERSION,
  VITEST_VERSIONS,
  type VitestMajor,
} from './dependencies';
export type { ExecOptions, ExecResult } from './exec';
export type {
  JestAssertionResult,
  JestJsonResults,
  JestTestFileResult,
  TestStatus,
} from './jest-results';
export { packSignalbox } from './pack';
export { filesNamedBy } from './package-files';
export { CONSUMER_ROOT, REPO_ROOT, TARBALL_DIR } from './paths';
export {
  type JestRun,
  JestRunError,
  type Observation,
  type RunJestOptions,
  runJest,
  testRun,
} from './run-jest';
export { type RunVitestOptions, runVitest } from './run-vitest';
