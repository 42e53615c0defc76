import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { join } from 'node:path';
import { execOrThrow } from './exec';
import { hashFiles, mtimeRange } from './hash';
import { withLock } from './lock';
import { filesNamedBy } from './package-files';
import { REPO_ROOT, TARBALL_DIR } from './paths';

/** What `npm run build` reads: when any of it is newer than `dist/`, the build is redone. */
const BUILD_INPUTS = ['src', 'tsup.config.ts', 'tsconfig.json'];
/** What ends up in the tarball: its hash names the tarball, so an unchanged package is packed once. */
const PACKAGE_INPUTS = ['dist', 'package.json', 'jest-preset.js', 'globals.d.ts'];
/** Tarballs of earlier versions are deleted once this old (a parallel run may still be using one). */
const STALE_TARBALL_MS = 60 * 60_000;

let packing: Promise<string> | undefined;

/**
 * Builds the package if `dist/` is missing or older than its sources, packs it with `npm pack`
 * and returns the tarball's absolute path. Every test file and worker of a run gets the same
 * tarball: one per process (memoized), one per package content (the name carries its hash), and
 * one builder at a time (a lock).
 */
export function packSignalbox(): Promise<string> {
  packing ??= withLock(join(TARBALL_DIR, 'pack.lock'), packFresh);
  return packing;
}

function missingPackageFiles(): string[] {
  const manifest = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as Record<
    string,
    unknown
  >;
  return filesNamedBy(manifest).filter((path) => !existsSync(join(REPO_ROOT, path)));
}

/** Sources newer than `dist/`, or a file the manifest names missing (e.g. a failed type build). */
function buildIsStale(): boolean {
  const dist = mtimeRange(REPO_ROOT, ['dist']);
  const sources = mtimeRange(REPO_ROOT, BUILD_INPUTS);
  if (dist === undefined || (sources !== undefined && sources.newest > dist.oldest)) return true;
  return missingPackageFiles().length > 0;
}

async function packFresh(): Promise<string> {
  if (buildIsStale()) {
    await execOrThrow('npm', ['run', 'build'], { cwd: REPO_ROOT });
    const missing = missingPackageFiles();
    if (missing.length > 0) {
      throw new Error(
        `package.json names files that \`npm run build\` did not produce: ${missing.join(', ')}`,
      );
    }
  }
  const tarball = join(TARBALL_DIR, `signalbox-${hashFiles(REPO_ROOT, PACKAGE_INPUTS)}.tgz`);
  if (existsSync(tarball)) return tarball;

  mkdirSync(TARBALL_DIR, { recursive: true });
  const staging = mkdtempSync(join(TARBALL_DIR, 'pack-'));
  try {
    // Scripts off: the build above is the only one, so `dist/` cannot change after it was hashed.
    const { stdout } = await execOrThrow(
      'npm',
      ['pack', '--json', '--ignore-scripts', '--pack-destination', staging],
      { cwd: REPO_ROOT },
    );
    const [report] = JSON.parse(stdout) as [{ filename: string }];
    renameSync(join(staging, report.filename), tarball);
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
  deleteStaleTarballs(tarball);
  return tarball;
}

function deleteStaleTarballs(keep: string): void {
  for (const entry of readdirSync(TARBALL_DIR)) {
    const path = join(TARBALL_DIR, entry);
    if (/^signalbox-\w+\.tgz$/.test(entry) && path !== keep) {
      if (Date.now() - statSync(path).mtimeMs > STALE_TARBALL_MS) rmSync(path, { force: true });
    }
  }
}
