import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const HASH_LENGTH = 16;

export function hashOf(value: string): string {
  return createHash('sha256').update(value).digest('hex').slice(0, HASH_LENGTH);
}

/** Every file under `paths` (relative to `root`), in a stable order; a missing path is skipped. */
function filesUnder(root: string, paths: readonly string[]): string[] {
  const files: string[] = [];
  const visit = (relative: string): void => {
    const absolute = join(root, relative);
    if (!existsSync(absolute)) return;
    if (statSync(absolute).isDirectory()) {
      for (const entry of readdirSync(absolute).sort()) visit(join(relative, entry));
    } else {
      files.push(relative);
    }
  };
  for (const path of paths) visit(path);
  return files;
}

/** A hash of the names and contents of every file under `paths`. */
export function hashFiles(root: string, paths: readonly string[]): string {
  const hash = createHash('sha256');
  for (const file of filesUnder(root, paths)) {
    hash
      .update(`${file}\0`)
      .update(readFileSync(join(root, file)))
      .update('\0');
  }
  return hash.digest('hex').slice(0, HASH_LENGTH);
}

/** The newest and oldest modification times of the files under `paths`; none: `undefined`. */
export function mtimeRange(
  root: string,
  paths: readonly string[],
): { newest: number; oldest: number } | undefined {
  const times = filesUnder(root, paths).map((file) => statSync(join(root, file)).mtimeMs);
  if (times.length === 0) return undefined;
  return { newest: Math.max(...times), oldest: Math.min(...times) };
}
