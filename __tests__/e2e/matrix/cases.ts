/**
 * The ecosystem matrix: the setups users have, each a Jest config over the same small suite
 * (`fixtures/suite`). One consumer project per Jest major holds every case, so a major's
 * dependencies are installed once.
 */
import { join } from 'node:path';
import { type Dependencies, JEST_VERSIONS, type JestMajor, readFixtures } from '../harness';

export interface MatrixCase {
  readonly name: string;
  /** The config file, relative to the consumer project. */
  readonly config: string;
  /** Where copies of the suite go: one per Jest project of the case. */
  readonly suiteDirs: readonly string[];
  readonly nodeFlags?: readonly string[];
}

export const MATRIX_CASES: readonly MatrixCase[] = [
  { name: 'ts-jest, CommonJS', config: 'ts-jest/jest.config.js', suiteDirs: ['ts-jest'] },
  {
    name: 'babel-jest (@babel/preset-typescript), CommonJS',
    config: 'babel-jest/jest.config.js',
    suiteDirs: ['babel-jest'],
  },
  { name: '@swc/jest, CommonJS', config: 'swc-jest/jest.config.js', suiteDirs: ['swc-jest'] },
  {
    name: 'jest.config.ts loaded through ts-node',
    config: 'config-ts/jest.config.ts',
    suiteDirs: ['config-ts'],
  },
  {
    name: 'ES module test files (ts-jest, --experimental-vm-modules)',
    config: 'esm/jest.config.js',
    suiteDirs: ['esm'],
    nodeFlags: ['--experimental-vm-modules'],
  },
  {
    name: 'a monorepo: projects with ts-jest and babel-jest',
    config: 'monorepo/jest.config.js',
    suiteDirs: ['monorepo/packages/api', 'monorepo/packages/web'],
  },
];

const TYPES_JEST = { '30': '30.0.0', '29': '^29.5.0' } as const;

/** Every transformer of the matrix (and jsdom, for the recipes), for one Jest major. */
export function matrixDependencies(jest: JestMajor): Dependencies {
  return {
    '@types/jest': TYPES_JEST[jest],
    'ts-jest': '29.4.15',
    'ts-node': '10.9.2',
    'babel-jest': JEST_VERSIONS[jest],
    '@babel/core': '^7.29.0',
    '@babel/preset-env': '^7.29.0',
    '@babel/preset-typescript': '^7.28.5',
    '@swc/core': '1.16.22',
    '@swc/jest': '0.2.39',
    'jest-environment-jsdom': JEST_VERSIONS[jest],
  };
}

const FIXTURES = join(__dirname, 'fixtures');

/** The consumer project's files: shared config at its root, each case's config and suite copies. */
export function matrixFiles(): Record<string, string> {
  const suite = readFixtures(join(FIXTURES, 'suite'));
  const files: Record<string, string> = {
    ...readFixtures(join(FIXTURES, 'project')),
    ...readFixtures(join(FIXTURES, 'cases')),
  };
  for (const { suiteDirs } of MATRIX_CASES) {
    for (const dir of suiteDirs) {
      for (const [file, content] of Object.entries(suite)) files[`${dir}/${file}`] = content;
    }
  }
  return files;
}

/** The suite's tests by file: what every case must report as passed. */
export const SUITE_TESTS: Readonly<Record<string, readonly string[]>> = {
  'scopes.spec.ts': [
    'a describe-level override covers the tests of its block',
    'ends with its block',
    'a test-level suspension silences the receiver and still records the send',
    'the suspension ended with its test',
    'using ends an override at the end of its block',
  ],
  'pragma.spec.ts': [
    'the pragma overrides a setting for the whole file',
    'the pragma suspends the named signal for the whole file',
  ],
};
