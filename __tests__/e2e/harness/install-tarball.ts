import { chmodSync, mkdirSync, readFileSync, renameSync, rmSync, symlinkSync } from 'node:fs';
import { join, relative } from 'node:path';
import { execOrThrow } from './exec';

interface Manifest {
  readonly dependencies?: Readonly<Record<string, string>>;
  readonly bin?: Readonly<Record<string, string>>;
  readonly scripts?: Readonly<Record<string, string>>;
}

const INSTALL_SCRIPTS = ['preinstall', 'install', 'postinstall'] as const;

/**
 * Why unpacking (and linking the executables) is not equivalent to `npm install <tarball>` for this
 * manifest, if it is not. For a package without dependencies or install scripts, npm does nothing
 * but unpack it and link its `bin` entries into `node_modules/.bin`.
 */
function npmWouldDoMore(manifest: Manifest): string | undefined {
  if (Object.keys(manifest.dependencies ?? {}).length > 0) return 'it has dependencies';
  if (typeof manifest.bin === 'string') return 'its "bin" is a string, not an object';
  const script = INSTALL_SCRIPTS.find((name) => manifest.scripts?.[name] !== undefined);
  return script === undefined ? undefined : `it has a "${script}" script`;
}

/**
 * Installs the packed package into `<projectDir>/node_modules/signalbox` by unpacking it, which
 * takes ~50 ms where `npm install --no-save <tarball>` takes ~3 s. The previous copy is replaced
 * whole, so no file of an earlier build survives.
 */
export async function installTarball(tarball: string, projectDir: string): Promise<void> {
  const nodeModules = join(projectDir, 'node_modules');
  const staging = join(nodeModules, `.signalbox-staging-${process.pid}`);
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  await execOrThrow('tar', ['-xzf', tarball, '-C', staging, '--strip-components=1'], {
    cwd: projectDir,
  });
  const manifest = JSON.parse(readFileSync(join(staging, 'package.json'), 'utf8')) as Manifest;
  const reason = npmWouldDoMore(manifest);
  if (reason !== undefined) {
    throw new Error(
      `The e2e harness unpacks signalbox instead of running npm install, but ${reason}: ` +
        'install the tarball with npm in __tests__/e2e/harness/install-tarball.ts instead.',
    );
  }
  const target = join(nodeModules, 'signalbox');
  rmSync(target, { recursive: true, force: true });
  renameSync(staging, target);
  linkExecutables(manifest, nodeModules, target);
}

/** `node_modules/.bin/<name>` for each `bin` entry, as npm makes them: relative links, executable. */
function linkExecutables(manifest: Manifest, nodeModules: string, packageDir: string): void {
  const binDir = join(nodeModules, '.bin');
  mkdirSync(binDir, { recursive: true });
  for (const [name, file] of Object.entries(manifest.bin ?? {})) {
    const link = join(binDir, name);
    const script = join(packageDir, file);
    chmodSync(script, 0o755);
    rmSync(link, { force: true });
    symlinkSync(relative(binDir, script), link);
  }
}
