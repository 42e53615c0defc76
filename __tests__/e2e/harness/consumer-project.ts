import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import {
  type Dependencies,
  dependenciesKey,
  installDependencies,
  type JestMajor,
  type Runner,
  runnerDependencies,
  type VitestMajor,
} from './dependencies';
import { type ExecOptions, type ExecResult, exec, execOrThrow } from './exec';
import { installTarball } from './install-tarball';
import { isProcessAlive } from './lock';
import { packSignalbox } from './pack';
import { CONSUMER_ROOT } from './paths';

/** `jest: '30'` or `vitest: '4'`: the runner the project installs. */
export type ConsumerProjectOptions = Runner & {
  /**
   * Added to (or overriding) the base set: jest, jest-environment-node, @jest/globals and
   * typescript, or vitest and typescript.
   */
  readonly deps?: Dependencies;
  /** Relative path -> content, written fresh on every call. */
  readonly files?: Readonly<Record<string, string>>;
  /** Merged over the generated package.json (`type`, a `jest` key, ...). */
  readonly packageJson?: Readonly<Record<string, unknown>>;
};

export interface ConsumerProject {
  readonly name: string;
  readonly dir: string;
  /** The Jest major it installs; `undefined` for a Vitest project. */
  readonly jest: JestMajor | undefined;
  /** The Vitest major it installs; `undefined` for a Jest project. */
  readonly vitest: VitestMajor | undefined;
  readonly dependencies: Dependencies;
  /** The signalbox tarball installed in it. */
  readonly tarball: string;
  path(relative: string): string;
  /** Runs a command in the project; a name in `node_modules/.bin` (tsc, jest) is taken from there. */
  exec(
    command: string,
    args: readonly string[],
    options?: Omit<ExecOptions, 'cwd'>,
  ): Promise<ExecResult>;
}

const REPORT_HELPER = join(__dirname, 'report-helper');
const PROJECT_NAME = /^[a-z0-9][a-z0-9-]*$/;
/** A claim older than this is not trusted even if its pid is alive (pids get reused). */
const CLAIM_MAX_AGE_MS = 60 * 60_000;

/**
 * Two processes must not rewrite one project at the same time (e.g. two parallel Jest runs, or two
 * test files of one run using the same project name). Fails loudly instead of corrupting it.
 */
function claim(dir: string, name: string): void {
  const claimFile = `${dir}.owner`;
  if (existsSync(claimFile)) {
    const owner = JSON.parse(readFileSync(claimFile, 'utf8')) as { pid: number; since: number };
    const fresh = Date.now() - owner.since < CLAIM_MAX_AGE_MS;
    if (owner.pid !== process.pid && fresh && isProcessAlive(owner.pid)) {
      throw new Error(
        `Consumer project "${name}" is in use by process ${owner.pid}. A project name belongs to ` +
          'one test file; if another Jest run is using it, wait for it to finish.',
      );
    }
  }
  mkdirSync(dirname(dir), { recursive: true });
  writeFileSync(claimFile, JSON.stringify({ pid: process.pid, since: Date.now() }));
}

function writeFiles(dir: string, files: Readonly<Record<string, string>>): void {
  for (const [relative, content] of Object.entries(files)) {
    const path = join(dir, relative);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
  }
}

/**
 * A temporary project that depends on signalbox the way a user's does: its own Jest (and
 * whatever `deps` adds) installed by npm once per machine, the freshly packed tarball installed on
 * every call, and its files written anew (nothing of an earlier run survives but `node_modules`
 * contents copied from the install cache).
 */
export async function consumerProject(
  name: string,
  options: ConsumerProjectOptions,
): Promise<ConsumerProject> {
  if (!PROJECT_NAME.test(name)) {
    throw new TypeError(
      `consumerProject(name): expected lowercase letters, digits and "-", got "${name}"`,
    );
  }
  const dependencies = { ...runnerDependencies(options), ...options.deps };
  const [tarball, installDir] = await Promise.all([
    packSignalbox(),
    installDependencies(dependencies),
  ]);
  const dir = join(CONSUMER_ROOT, 'projects', `${name}-${dependenciesKey(dependencies)}`);
  claim(dir, name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  // Hard links: a copy of a Jest install in ~0.1 s. The files are shared with the install cache, so
  // nothing may edit them in place; signalbox itself is unpacked as new files.
  await execOrThrow('cp', ['-al', join(installDir, 'node_modules'), join(dir, 'node_modules')], {
    cwd: dir,
  });
  await installTarball(tarball, dir);
  cpSync(REPORT_HELPER, join(dir, 'node_modules', '@signalbox-e2e', 'report'), { recursive: true });

  const packageJson = {
    name: `signalbox-e2e-${name}`,
    version: '0.0.0',
    private: true,
    dependencies,
    ...options.packageJson,
  };
  writeFiles(dir, {
    'package.json': `${JSON.stringify(packageJson, null, 2)}\n`,
    ...options.files,
  });

  return {
    name,
    dir,
    jest: 'jest' in options ? options.jest : undefined,
    vitest: 'vitest' in options ? options.vitest : undefined,
    dependencies,
    tarball,
    path: (relative) => join(dir, relative),
    exec: (command, args, execOptions = {}) => {
      const bin = join(dir, 'node_modules', '.bin', command);
      return exec(existsSync(bin) ? bin : command, args, { ...execOptions, cwd: dir });
    },
  };
}

/**
 * Every file under `fixtureDir` (relative to `__tests__/e2e/fixtures`, or absolute), keyed by its
 * path relative to it: ready to pass as `files`.
 */
export function readFixtures(fixtureDir: string): Record<string, string> {
  const root = resolve(__dirname, '..', 'fixtures', fixtureDir);
  const files: Record<string, string> = {};
  for (const relative of readdirSync(root, { recursive: true, encoding: 'utf8' })) {
    const path = join(root, relative);
    if (statSync(path).isFile()) files[relative] = readFileSync(path, 'utf8');
  }
  return files;
}
