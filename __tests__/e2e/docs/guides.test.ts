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
import { docProject } from '../recipes/doc-projects';
import { blocksMarked, filesOf, guideBlocks, printedOf } from './guide-blocks';

/** Type-checked with the README's set-up: the matchers take a Signal, and type its payload. */
const MATCHER_TYPES = `import { expect as globalsExpect } from '@jest/globals';
import { postSave, User } from './users';

export function typedMatchers(user: User): void {
  expect(postSave).toHaveBeenSentWith(User, { instance: user, created: true });
  globalsExpect(postSave).toHaveBeenSentTimes(1);
  // @ts-expect-error the matchers take the Signal object, not its name
  expect('post_save').toHaveBeenSent();
  // @ts-expect-error on the expect of @jest/globals too
  globalsExpect('post_save').toHaveBeenSent();
  // @ts-expect-error the payload is the signal's
  expect(postSave).toHaveBeenSentWith(User, { instance: user, created: 'yes' });
}
`;

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

/** What the guide says fails: these tests (with the message it prints), and these files. */
const FAILING_TESTS: Readonly<Record<string, string | undefined>> = {
  'times out with an override active': undefined,
  'a call without a callback would outlive its test: it fails the test': 'the refused call',
  'names a signal no signal has': 'an unknown signal name',
};
const FAILING_TO_RUN: Readonly<Record<string, string>> = {
  'preset/bad-pragma.test.ts': 'the bad pragma',
  'preset/misplaced-pragma.test.ts': 'the misplaced pragma',
  'bad-option/describe.test.ts': 'the bad option',
};
/** getting-started.md's project, run as the README's is (its other blocks: __tests__/docs). */
const GETTING_STARTED_DIR = 'getting-started';
/** The set-ups users copy: type-checked exactly as written, with `tsc --noEmit`. */
const SET_UPS = [README_DIR, GETTING_STARTED_DIR];

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
  // the README's Vitest quick start runs with the Vitest guide's (vitest-guide.test.ts)
  for (const [path, content] of Object.entries(filesOf(readme, `${README_DIR}/`))) {
    if (!path.startsWith(`${README_DIR}/vitest/`)) files[path] = content;
  }
  for (const [path, content] of Object.entries(docProject('getting-started.md').files)) {
    files[`${GETTING_STARTED_DIR}/${path}`] = content;
  }
  // beside the README's app: the matchers' types on both `expect`s, with the README's tsconfig
  files[`${README_DIR}/app/matcher-types.ts`] = MATCHER_TYPES;
  const roots = [...projects, ...SET_UPS].map((dir) => `<rootDir>/${dir}`);
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
  expect(blocksMarked(guide, 'file')).toHaveLength(29);
  expect(Object.keys(PRINTED)).toEqual([
    "the setup file's warning",
    'the refused call',
    'the bad pragma',
    'the misplaced pragma',
    'an unknown signal name',
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
    'tsconfig.json',
    'vitest/vitest.config.ts',
    'vitest/users.test.ts',
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
        const failing = test.title in FAILING_TESTS;
        const failure = stripVTControlCharacters(test.failureMessages.join('\n'));
        expect([test.fullName, test.status, failure.slice(0, 800)]).toEqual([
          test.fullName,
          failing ? 'failed' : 'passed',
          failing ? failure.slice(0, 800) : '',
        ]);
        const printed = FAILING_TESTS[test.title];
        if (printed !== undefined) {
          expect(failure.replaceAll(runs[major].project.dir, '/path/to/project')).toContain(
            PRINTED[printed]!,
          );
        }
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

  test.each(SET_UPS)(
    'the %s set-up type-checks exactly as written (tsc --noEmit)',
    async (dir) => {
      const { exitCode, stdout, stderr } = await runs[major].project.exec('tsc', [
        '-p',
        `${dir}/tsconfig.json`,
        '--noEmit',
      ]);
      expect({ exitCode, output: stdout + stderr }).toEqual({ exitCode: 0, output: '' });
    },
    120_000,
  );

  test('ts-jest compiles every file of the guides without a warning (isolatedModules)', () => {
    expect(run().stderr).not.toMatch(/TS151002|ts-jest\[/);
  });
});

test("every tsconfig of the docs is getting started's (the jsdom recipe adds the DOM's types, the ES module recipe ES module output)", () => {
  const tsconfigs = [
    'README.md',
    'docs/jest.md',
    'docs/getting-started.md',
    'docs/recipes/environments.md',
    'docs/recipes/esm.md',
  ].flatMap((doc) =>
    guideBlocks(join(REPO_ROOT, doc))
      .filter((block) => block.mark === 'file' && block.name.endsWith('tsconfig.json'))
      .map((block) => ({ doc, options: JSON.parse(block.code).compilerOptions })),
  );
  const canonical = tsconfigs.find(({ doc }) => doc === 'docs/getting-started.md')!.options;
  const variants: Record<string, object> = {
    'docs/recipes/environments.md': { lib: ['ES2023', 'ESNext.Disposable', 'DOM'] },
    'docs/recipes/esm.md': { module: 'esnext', moduleResolution: 'bundler' },
  };
  expect(tsconfigs).toHaveLength(5);
  for (const { doc, options } of tsconfigs) {
    expect({ doc, options }).toEqual({ doc, options: { ...canonical, ...variants[doc] } });
  }
});
