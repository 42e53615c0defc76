/**
 * Runs the examples of the recipes that need Jest: each document's files (its `<!-- file: PATH -->`
 * blocks) form one project, each of its Jest configs one run of real Jest 30 with the packed
 * package. Every test the examples define must pass. (getting-started.md runs with the README's
 * set-up on both Jest majors: __tests__/e2e/docs.)
 */
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { type ConsumerProject, consumerProject, readFixtures, runJest } from '../harness';
import { matrixDependencies } from '../matrix/cases';
import { DOCS_DIR, docProject, unmarkedBlocks } from './doc-projects';

const RECIPES = readdirSync(join(DOCS_DIR, 'recipes'))
  .filter((file) => file.endsWith('.md'))
  .map((file) => `recipes/${file}`);
const RUNNABLE = RECIPES.map(docProject).filter(({ files }) => Object.keys(files).length > 0);

const projectDir = (doc: string) => doc.replace(/\.md$/, '');

let project: ConsumerProject;

beforeAll(async () => {
  const files: Record<string, string> = readFixtures(join(__dirname, '../matrix/fixtures/project'));
  for (const { doc, files: docFiles } of RUNNABLE) {
    for (const [path, content] of Object.entries(docFiles)) {
      files[`${projectDir(doc)}/${path}`] = content;
    }
  }
  project = await consumerProject('recipes', {
    jest: '30',
    deps: matrixDependencies('30'),
    files,
  });
}, 10 * 60_000);

test.each(RECIPES)('every code block of %s is run or says why not', (doc) => {
  expect(unmarkedBlocks(doc)).toEqual([]);
});

const CONFIGS = RUNNABLE.flatMap((runnable) =>
  Object.keys(runnable.files)
    .filter((path) => /(^|\/)jest\.config\.(js|ts)$/.test(path))
    .map((config) => [`${runnable.doc}, ${config}`, runnable, config] as const),
);

test('every recipe project has a Jest config', () => {
  for (const { doc } of RUNNABLE) {
    expect([doc, CONFIGS.some(([, runnable]) => runnable.doc === doc)]).toEqual([doc, true]);
  }
});

test.each(CONFIGS)(
  "%s: the examples' tests all pass",
  async (_name, { doc, nodeFlags }, config) => {
    const run = await runJest(
      project,
      ['--config', `${projectDir(doc)}/${config}`, '--runInBand'],
      { nodeFlags },
    );
    const outcomes = run.results.testResults.flatMap((file) =>
      file.assertionResults.length === 0
        ? [
            `${relative(project.dir, file.name)}: did not run: ${stripVTControlCharacters(file.message).slice(0, 600)}`,
          ]
        : file.assertionResults.map((test) =>
            test.status === 'passed'
              ? 'passed'
              : `${test.fullName}: ${test.status} ${stripVTControlCharacters(test.failureMessages.join('\n')).slice(0, 600)}`,
          ),
    );
    expect(outcomes.length).toBeGreaterThan(0);
    expect(outcomes.filter((outcome) => outcome !== 'passed')).toEqual([]);
  },
  3 * 60_000,
);
