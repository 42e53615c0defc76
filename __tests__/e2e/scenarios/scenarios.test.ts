/** The shared usage scenarios (describe-scenarios.ts) under real Jest 30.5 and 29.7. */
import { join } from 'node:path';
import { consumerProject, JEST_VERSIONS, type JestMajor, readFixtures, runJest } from '../harness';
import { describeScenarios } from './describe-scenarios';

jest.setTimeout(120_000);

describe.each(Object.keys(JEST_VERSIONS).reverse() as JestMajor[])('Jest %s', (major) => {
  describeScenarios({
    title: `Jest ${major}`,
    runner: 'jest',
    concurrentBeforeHooks: major === '29',
    describeRetry: major === '30',
    options: 'testEnvironmentOptions.signalbox',
    project: () =>
      consumerProject(`scenarios-${major}`, {
        jest: major,
        files: readFixtures(join(__dirname, 'fixtures')),
      }),
    run: (project, groups, parallel = false) =>
      runJest(project, [
        parallel ? '--maxWorkers=2' : '--runInBand',
        '--selectProjects',
        ...groups,
      ]),
  });
});
