/**
 * Runs the examples of docs/jest.md and of the README's quick start with real Jest 29.7 and 30.5 and
 * the packed package, so the docs cannot rot. The files come from the guides themselves: a block
 * after `<!-- file: PATH -->` is written to PATH of one consumer project per Jest major, whose
 * directories with a `jest.config.js` are the projects of one Jest run. Output a guide shows
 * (`<!-- printed: LABEL -->`) must be what the run printed.
 */
import { dirname, join, relative } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import {
  type ConsumerProject,
  consumerProject,
  INSTALL_TIMEOUT_MS,
  JEST_VERSIONS,
  type JestMajor,
  type JestRun,
  REPO_ROOT,
  runJest,
} from '../harness';
import { matrixDependencies } from '../matrix/cases';
import { blocksMarked, filesOf, guideBlocks, printedOf } from './guide-blocks';

const guide = guideBlocks(join(REPO_ROOT, 'docs/jest.md'));
// The README's quick start (its sh and output blocks are not code blocks of a file).
const readme = guideBlocks(join(REPO_ROOT, 'README.md'));
const README_DIR = 'readme';

/** Installations that the guide shows without a test of their own run the preset's. */
const COPIED_EXAMPLES: Readonly<Record<string, readonly string[]>> = {
  'other-preset': ['describe.test.ts'],
  jsdom: ['describe.test.ts', 'block.test.ts'], // `using` in jsdom on Node 20
  custom: ['describe.test.ts'],
  'bad-option': ['describe.test.ts'],
};

/** What the guide says fails: these tests, and these files with the message it prints. */
const FAILING_TESTS = ['times out with an override active'];
const FAILING_TO_RUN: Readonly<Record<string, string>> = {
  'preset/bad-pragma.test.ts': 'the bad pragma',
  'bad-option/describe.test.ts': 'the bad option',
};

function consumerFiles(): Record<string, string> {
  const files = filesOf(guide);
  const projects = Object.keys(files)
    .filter((path) => path.endsWith('/jest.config.js'))
    .map(dirname);
  for (const dir of projects) {
    files[`${dir}/app.ts`] ??= files['preset/app.ts']!;
    for (const example of COPIED_EXAMPLES[dir] ?? []) {
      files[`${dir}/${example}`] = files[`preset/${example}`]!;
    }
  }
  Object.assign(files, filesOf(readme, `${README_DIR}/`));
  const roots = [...projects, README_DIR].map((dir) => `<rootDir>/${dir}`);
  files['jest.config.js'] = `module.exports = { projects: ${JSON.stringify(roots)} };\n`;
  return files;
}

const FILES = consumerFiles();
const TEST_FILES = Object.keys(FILES)
  .filter((path) => path.endsWith('.test.ts'))
  .sort();
const PRINTED = printedOf(guide);

/** Output lines without their indentation and colours, as Jest prints them inside a report. */
const lines = (text: string) =>
  stripVTControlCharacters(text)
    .split('\n')
    .map((line) => line.trim())
    .join('\n');

test('every code block of docs/jest.md is a file or printed output', () => {
  expect(guide.filter((block) => block.mark === undefined).map((block) => block.line)).toEqual([]);
  expect(blocksMarked(guide, 'file')).toHaveLength(26);
  expect(Object.keys(PRINTED)).toEqual([
    "the setup file's warning",
    'the bad pragma',
    'the bad option',
  ]);
});

test("every code block of the README's quick start is a file", () => {
  const code = readme.filter((block) => ['ts', 'js', 'json'].includes(block.language));
  expect(code.filter((block) => block.mark !== 'file').map((block) => block.line)).toEqual([]);
  expect(Object.keys(filesOf(readme))).toEqual([
    'app/users.ts',
    'jest.config.js',
    'app/users.test.ts',
  ]);
});

const MAJORS = Object.keys(JEST_VERSIONS) as JestMajor[];
const runs = {} as Record<JestMajor, { project: ConsumerProject; run: JestRun }>;

beforeAll(async () => {
  await Promise.all(
    MAJORS.map(async (major) => {
      const project = await consumerProject(`docs-guides-${major}`, {
        jest: major,
        deps: matrixDependencies(major),
        files: FILES,
      });
      runs[major] = { project, run: await runJest(project, []) };
    }),
  );
}, INSTALL_TIMEOUT_MS);

describe.each(MAJORS)('Jest %s', (major) => {
  const run = () => runs[major].run;
  const suiteOf = (path: string) => run().suite(`/${path}`);

  test('every example test file ran', () => {
    const ran = run()
      .results.testResults.map((file) => relative(runs[major].project.dir, file.name))
      .sort();
    expect(ran).toEqual(TEST_FILES);
  });

  test.each(TEST_FILES.filter((path) => !(path in FAILING_TO_RUN)))(
    '%s: its tests pass, or fail where the guide says',
    (path) => {
      const suite = suiteOf(path);
      expect(suite.assertionResults.length).toBeGreaterThan(0);
      for (const test of suite.assertionResults) {
        const expected = FAILING_TESTS.includes(test.title) ? 'failed' : 'passed';
        const failure = stripVTControlCharacters(test.failureMessages.join('\n')).slice(0, 800);
        expect([test.fullName, test.status, failure]).toEqual([
          test.fullName,
          expected,
          expected === 'passed' ? '' : failure,
        ]);
      }
    },
  );

  test.each(Object.entries(FAILING_TO_RUN))(
    '%s fails to run with the message the guide shows (%s)',
    (path, label) => {
      const suite = suiteOf(path);
      expect(suite.assertionResults).toHaveLength(0);
      expect(lines(suite.message)).toContain(lines(PRINTED[label]!));
    },
  );

  test("the setup file alone prints the guide's warning", () => {
    expect(lines(run().stderr)).toContain(lines(PRINTED["the setup file's warning"]!));
  });
});
