/**
 * The published package as its users get it: publint and Are the Types Wrong on the packed tarball,
 * and the tarball's file list.
 */
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { packSignalbox, REPO_ROOT } from './harness';
import { exec } from './harness/exec';

jest.setTimeout(120_000);

const bin = (name: string) => join(REPO_ROOT, 'node_modules', '.bin', name);

let tarball: string;
beforeAll(async () => {
  tarball = await packSignalbox();
}, 5 * 60_000);

test('publint reports nothing, not even a suggestion', async () => {
  const { exitCode, stdout, stderr } = await exec(bin('publint'), ['run', tarball, '--strict'], {
    cwd: REPO_ROOT,
  });
  // colours are on where CI is set
  const plain = stripVTControlCharacters(stdout);
  const report = plain.slice(plain.indexOf('Linting...'));
  expect({ exitCode, report: report.trim(), stderr }).toEqual({
    exitCode: 0,
    report: 'Linting...\nAll good!',
    stderr: '',
  });
});

// The preset and the global setup and teardown are modules Jest loads by name (taking their
// default export, CommonJS or ESM); no TypeScript code imports them.
const CONFIG_ONLY_ENTRY_POINTS = [
  'jest-preset',
  'jest-preset.js',
  'global-setup',
  'global-teardown',
];

test('Are the Types Wrong finds no problem in any resolution mode', async () => {
  const { stdout } = await exec(
    bin('attw'),
    [tarball, '--format', 'json', '--exclude-entrypoints', ...CONFIG_ONLY_ENTRY_POINTS],
    { cwd: REPO_ROOT },
  );
  const { analysis, problems } = JSON.parse(stdout) as {
    analysis: { entrypoints: Record<string, unknown> };
    problems: Record<string, unknown>;
  };
  expect(Object.keys(analysis.entrypoints).sort()).toEqual([
    '.',
    './environment',
    './globals',
    './package.json',
    './reporter',
    './setup',
    './testing',
    './vitest',
    './vitest-global-setup',
    './vitest-globals',
    './vitest-reporter',
    './vitest-runner',
    './vitest-runner-legacy',
    './vitest-setup',
  ]);
  expect(problems).toEqual({});
});

test('the tarball holds only what users need', async () => {
  const { stdout } = await exec('tar', ['-tzf', tarball], { cwd: REPO_ROOT });
  const files = stdout
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => line.replace(/^package\//, ''));
  const outsideDist = files.filter((file) => !file.startsWith('dist/')).sort();
  expect(outsideDist).toEqual([
    'CHANGELOG.md',
    'LICENSE',
    'README.md',
    'bin/signalbox-profile.cjs',
    'globals.d.ts',
    'jest-preset.js',
    'package.json',
    'vitest-globals.d.ts',
  ]);
  const dist = files.filter((file) => file.startsWith('dist/'));
  expect(
    dist.filter((file) => !/^dist\/[\w-]+\.(c|m)?js$|^dist\/[\w-]+\.d\.m?ts$/.test(file)),
  ).toEqual([]);
  // the ES-module twin of globals.d.ts, so `signalbox/globals` types see the .d.mts Settings
  expect(dist).toContain('dist/globals.d.mts');
  for (const entry of [
    'index',
    'testing',
    'environment',
    'setup',
    'global-setup',
    'global-teardown',
    'reporter',
    'vitest',
    'vitest-runner',
    'vitest-runner-legacy',
    'vitest-setup',
    'vitest-global-setup',
    'vitest-reporter',
  ]) {
    expect(dist).toEqual(
      expect.arrayContaining([
        `dist/${entry}.cjs`,
        `dist/${entry}.mjs`,
        `dist/${entry}.d.ts`,
        `dist/${entry}.d.mts`,
      ]),
    );
  }
});

// esbuild wraps a module it bundles as CommonJS, and every module that module imports, in a lazy
// initialiser: the runtime's top-level constants then become variables assigned on first import,
// which its hot paths measured slower through (src/jest/setup.ts says what caused it once).
test('no module is bundled in a lazy initialiser (__esm, __commonJS)', async () => {
  const { stdout } = await exec('tar', ['-xzOf', tarball, '--wildcards', 'package/dist/*js'], {
    cwd: REPO_ROOT,
  });
  expect(stdout).toContain('overrideSettings');
  expect(stdout.match(/\b__(esm|commonJS)\(/g)).toBeNull();
});
