/**
 * Makes this checkout usable as the `signalbox` package by a project inside it, the way a consumer
 * gets it from npm: the build output in dist/, and `node_modules/signalbox` pointing at the package
 * root, so `preset: 'signalbox'`, `require('signalbox')` and the `exports` map resolve as they
 * would in an installed copy.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

const builtFiles = [
  'dist/index.cjs',
  'dist/index.mjs',
  'dist/testing.cjs',
  'dist/testing.mjs',
  'dist/environment.cjs',
  'dist/setup.cjs',
  'dist/global-setup.cjs',
  'dist/global-teardown.cjs',
  'dist/reporter.cjs',
];

/** Runs `npm run build` when any file the package exports is missing (a fresh clone). */
export function ensureBuilt() {
  if (builtFiles.every((file) => existsSync(join(repoRoot, file)))) return;
  console.log('signalbox is not built yet: running `npm run build`…');
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const build = spawnSync(npm, ['run', 'build'], { cwd: repoRoot, stdio: 'inherit', shell: false });
  if (build.status !== 0) throw new Error(`npm run build failed (exit code ${build.status})`);
}

/** Creates `<projectDir>/node_modules/signalbox` as a link to this checkout, once. */
export function linkSignalbox(projectDir) {
  const modules = join(projectDir, 'node_modules');
  const link = join(modules, 'signalbox');
  if (existsSync(link)) return;
  rmSync(link, { force: true }); // a dangling link left by a moved checkout
  mkdirSync(modules, { recursive: true });
  symlinkSync(repoRoot, link, process.platform === 'win32' ? 'junction' : 'dir');
}
