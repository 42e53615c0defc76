/**
 * Runs the examples of the recipes that need a test runner: each document's files (its
 * `<!-- file: PATH -->` blocks) form one project, each of its Jest configs one run of real Jest 30,
 * each Vitest config one run of real Vitest 4, with the packed package. Every test the examples
 * define must pass. (getting-started.md runs with the README's
 * set-up on both Jest majors: __tests__/e2e/docs.)
 */
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import {
  type ConsumerProject,
  consumerProject,
  type JestRun,
  readFixtures,
  runJest,
  runVitest,
} from '../harness';
import { matrixDependencies } from '../matrix/cases';
import { DOCS_DIR, docProject, unmarkedBlocks } from './doc-projects';

const RECIPES = readdirSync(join(DOCS_DIR, 'recipes'))
  .filter((file) => file.endsWith('.md'))
  .map((file) => `recipes/${file}`);
const RUNNABLE = RECIPES.map(docProject).filter(({ files }) => Object.keys(files).length > 0);

const projectDir = (doc: string) => doc.replace(/\.md$/, '');

let project: ConsumerProject;
let vitestProject: ConsumerProject;

beforeAll(async () => {
  const files: Record<string, string> = readFixtures(join(__dirname, '../matrix/fixtures/project'));
  for (const { doc, files: docFiles } of RUNNABLE) {
    for (const [path, content] of Object.entries(docFiles)) {
      files[`${projectDir(doc)}/${path}`] = content;
    }
  }
  [project, vitestProject] = await Promise.all([
    consumerProject('recipes', { jest: '30', deps: matrixDependencies('30'), files }),
    consumerProject('recipes-vitest', { vitest: '4', files }),
  ]);
}, 10 * 60_000);

test.each(RECIPES)('every code block of %s is run or says why not', (doc) => {
  expect(unmarkedBlocks(doc)).toEqual([]);
});

const configs = (name: RegExp) =>
  RUNNABLE.flatMap((runnable) =>
    Object.keys(runnable.files)
      .filter((path) => name.test(path))
      .map((config) => [`${runnable.doc}, ${config}`, runnable, config] as const),
  );
const CONFIGS = configs(/(^|\/)jest\.config\.(js|ts)$/);
const VITEST_CONFIGS = configs(/(^|\/)vitest\.config\.(js|mjs|ts|mts)$/);

test('every recipe project has a Jest or a Vitest config', () => {
  for (const { doc } of RUNNABLE) {
    const has = [...CONFIGS, ...VITEST_CONFIGS].some(([, runnable]) => runnable.doc === doc);
    expect([doc, has]).toEqual([doc, true]);
  }
});

/** 'passed' for each test that passed; what went wrong for the others and the files that did not run. */
function outcomes(run: JestRun, dir: string): string[] {
  return run.results.testResults.flatMap((file) =>
    file.assertionResults.length === 0
      ? [
          `${relative(dir, file.name)}: did not run: ${stripVTControlCharacters(file.message).slice(0, 600)}`,
        ]
      : file.assertionResults.map((test) =>
          test.status === 'passed'
            ? 'passed'
            : `${test.fullName}: ${test.status} ${stripVTControlCharacters(test.failureMessages.join('\n')).slice(0, 600)}`,
        ),
  );
}

test.each(CONFIGS)(
  "%s: the examples' tests all pass",
  async (_name, { doc, nodeFlags }, config) => {
    const run = await runJest(
      project,
      ['--config', `${projectDir(doc)}/${config}`, '--runInBand'],
      { nodeFlags },
    );
    const ran = outcomes(run, project.dir);
    expect(ran.length).toBeGreaterThan(0);
    expect(ran.filter((outcome) => outcome !== 'passed')).toEqual([]);
  },
  3 * 60_000,
);

test.each(VITEST_CONFIGS)(
  "%s: the examples' tests all pass (Vitest 4)",
  async (_name, { doc }, config) => {
    const dir = projectDir(doc);
    const run = await runVitest(vitestProject, [
      '--root',
      dir,
      '--config',
      vitestProject.path(`${dir}/${config}`),
    ]);
    const ran = outcomes(run, vitestProject.dir);
    expect(ran.length).toBeGreaterThan(0);
    expect(ran.filter((outcome) => outcome !== 'passed')).toEqual([]);
  },
  3 * 60_000,
);
