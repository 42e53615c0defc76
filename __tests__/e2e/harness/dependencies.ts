import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { execOrThrow } from './exec';
import { hashOf } from './hash';
import { withLock } from './lock';
import { CONSUMER_ROOT } from './paths';

/** The exact Jest release a consumer project of each supported major installs. */
export const JEST_VERSIONS = { '30': '30.5.2', '29': '29.7.0' } as const;
export type JestMajor = keyof typeof JEST_VERSIONS;

/** The exact Vitest release a consumer project of each supported major installs. */
export const VITEST_VERSIONS = { '4': '4.1.12', '3': '3.2.7' } as const;
export type VitestMajor = keyof typeof VITEST_VERSIONS;

/** The runner a consumer project installs: a Jest major, or a Vitest one. */
export type Runner = { readonly jest: JestMajor } | { readonly vitest: VitestMajor };

export const TYPESCRIPT_VERSION = '~6.0.3';

export type Dependencies = Readonly<Record<string, string>>;

/** What every consumer project of a Jest major has: Jest, its node environment, its globals, tsc. */
export function baseDependencies(jest: JestMajor): Dependencies {
  const version = JEST_VERSIONS[jest];
  return {
    jest: version,
    'jest-environment-node': version,
    '@jest/globals': version,
    typescript: TYPESCRIPT_VERSION,
  };
}

/** What every consumer project of a Vitest major has: Vitest and tsc. */
export function vitestDependencies(vitest: VitestMajor): Dependencies {
  return { vitest: VITEST_VERSIONS[vitest], typescript: TYPESCRIPT_VERSION };
}

/** The base set of the project's runner. */
export function runnerDependencies(runner: Runner): Dependencies {
  return 'jest' in runner ? baseDependencies(runner.jest) : vitestDependencies(runner.vitest);
}

/** Names the dependency set independently of the order its keys were written in. */
export function dependenciesKey(dependencies: Dependencies): string {
  const sorted = Object.entries(dependencies).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return hashOf(JSON.stringify(sorted));
}

const COMPLETE_MARKER = '.e2e-install-complete';
/** How long a first install of a dependency set may take (a `beforeAll` timeout). */
export const INSTALL_TIMEOUT_MS = 10 * 60_000;

/**
 * Installs a dependency set once per machine (`npm install` in a directory of its own, kept
 * between runs) and returns that directory; its `node_modules` is the one consumer projects copy.
 * The marker is written last, so an interrupted install is redone.
 */
export async function installDependencies(dependencies: Dependencies): Promise<string> {
  const key = dependenciesKey(dependencies);
  const dir = join(CONSUMER_ROOT, 'installs', key);
  const complete = join(dir, COMPLETE_MARKER);
  if (existsSync(complete)) return dir;
  return withLock(
    `${dir}.lock`,
    async () => {
      if (existsSync(complete)) return dir;
      rmSync(dir, { recursive: true, force: true });
      mkdirSync(dir, { recursive: true });
      const packageJson = { name: `signalbox-e2e-install-${key}`, private: true, dependencies };
      writeFileSync(join(dir, 'package.json'), `${JSON.stringify(packageJson, null, 2)}\n`);
      await execOrThrow('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund'], {
        cwd: dir,
        timeoutMs: INSTALL_TIMEOUT_MS,
      });
      writeFileSync(complete, JSON.stringify(dependencies));
      return dir;
    },
    INSTALL_TIMEOUT_MS,
  );
}
