/** The project's own tests: unit tests against src/, e2e tests against the packed package. */
// tsconfig.json sets isolatedModules: ts-jest then transpiles file by file (type-checking is tsc's job).
const tsJest = ['ts-jest', { tsconfig: 'tsconfig.json', diagnostics: false }];

/** @type {import('jest').Config} */
module.exports = {
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      roots: ['<rootDir>/__tests__', '<rootDir>/docs'],
      testMatch: ['<rootDir>/__tests__/unit/**/*.test.ts', '<rootDir>/__tests__/docs/**/*.test.ts'],
      transform: { '^.+\\.tsx?$': tsJest },
      moduleNameMapper: {
        '^signalbox$': '<rootDir>/src/index.ts',
        '^signalbox/testing$': '<rootDir>/src/testing/index.ts',
      },
    },
    {
      displayName: 'e2e',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/__tests__/e2e/**/*.test.ts'],
      transform: { '^.+\\.tsx?$': tsJest },
    },
  ],
};
