/**
 * The NestJS recipe of docs/emitters.md: a small NestJS app (@nestjs/core, @nestjs/common, @nestjs/testing, @nestjs/event-emitter with two
 * @OnEvent handlers, compiled by ts-jest) whose suite suspends the handlers by pragma and resumes
 * one in a describe block: real Jest 29.7 and 30.5, the packed package, no mocks.
 */
import { join } from 'node:path';
import { filesOf, guideBlocks } from '../docs/guide-blocks';
import {
  consumerProject,
  INSTALL_TIMEOUT_MS,
  JEST_VERSIONS,
  type JestMajor,
  type JestRun,
  REPO_ROOT,
  readFixtures,
  runJest,
} from '../harness';

jest.setTimeout(180_000);

/** The recipe of docs/emitters.md: its handlers and its test file, beside the fixture app. */
const RECIPE = Object.fromEntries(
  Object.entries(filesOf(guideBlocks(join(REPO_ROOT, 'docs/emitters.md'))))
    .filter(([path]) => path.startsWith('nestjs/'))
    .map(([path, code]) => [path.slice('nestjs/'.length), code]),
);

const NEST = {
  '@nestjs/common': '11.1.6',
  '@nestjs/core': '11.1.6',
  '@nestjs/testing': '11.1.6',
  '@nestjs/event-emitter': '3.0.1',
  'reflect-metadata': '0.2.2',
  rxjs: '7.8.2',
  'ts-jest': '29.4.15',
};

describe.each(Object.keys(JEST_VERSIONS) as JestMajor[])('Jest %s', (major) => {
  let run: JestRun;

  beforeAll(async () => {
    const project = await consumerProject(`nestjs-${major}`, {
      jest: major,
      deps: NEST,
      files: { ...readFixtures(join(__dirname, 'fixtures')), ...RECIPE },
    });
    run = await runJest(project, []);
  }, INSTALL_TIMEOUT_MS);

  test('every test passes: the pragma, the describe block that resumes one handler, after it', () => {
    const tests = run.results.testResults.flatMap((file) => file.assertionResults);
    expect(tests.map((test) => [test.fullName, test.status]).sort()).toEqual([
      ['after the block, both are suspended again', 'passed'],
      ['receipts the receipt handler runs; the refund handler stays suspended', 'passed'],
      ['the pragma suspends both handlers; the emits are recorded', 'passed'],
    ]);
  });

  test("the suspended emits are in the test's log", () => {
    expect(run.observed('nest: suspended emits')).toEqual([
      [
        { event: 'order.placed', name: 'events:order.placed', args: [{ id: 1 }], suspended: true },
        {
          event: 'order.cancelled',
          name: 'events:order.cancelled',
          args: [{ id: 1 }],
          suspended: true,
        },
      ],
    ]);
  });
});
