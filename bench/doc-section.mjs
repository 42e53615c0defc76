/**
 * Keeps the numbers in docs/performance.md those of the latest run: each mode's tables live
 * between `<!-- bench:<mode>:start -->` and `<!-- bench:<mode>:end -->`, which the run replaces.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

export function replaceDocSection(docFile, mode, markdown) {
  if (!existsSync(docFile)) return false;
  const start = `<!-- bench:${mode}:start -->`;
  const end = `<!-- bench:${mode}:end -->`;
  const doc = readFileSync(docFile, 'utf8');
  const from = doc.indexOf(start);
  const to = doc.indexOf(end);
  if (from === -1 || to < from) return false;
  writeFileSync(docFile, `${doc.slice(0, from + start.length)}\n${markdown}\n${doc.slice(to)}`);
  return true;
}
