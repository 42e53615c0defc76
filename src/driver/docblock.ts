import type { DocblockPragmas } from './pragmas';

/** The comment that opens the file, before any code (jest-docblock's rule). */
const FIRST_DOCBLOCK = /^\s*(\/\*\*?(?:.|\r?\n)*?\*\/)/;
/** A tag and the rest of its line. */
const TAG_LINE = /^@(\S+) *(.*)$/;
/** A `//` comment inside a tag's value (`@suspendSignals post_save // why`). */
const LINE_COMMENT = /(^|\s+)\/\/.*$/;

/**
 * The pragmas of the file's first docblock, read as Jest reads them, for runners that do not
 * (Vitest): each `@tag value` line; a line that is no tag continues the value of the tag above it;
 * a repeated tag gives its values in order; a bare tag is `''`.
 */
export function parseDocblock(source: string): DocblockPragmas {
  const match = FIRST_DOCBLOCK.exec(source);
  const pragmas: Record<string, string | string[]> = Object.create(null);
  if (match === null) return pragmas;
  const lines = match[1]!
    .replace(/^\/\*\*?/, '')
    .replace(/\*\/$/, '')
    .split(/\r?\n/)
    .map((line) => line.replace(/^\s*\* ?/, '').trim());
  let last: { tag: string; index: number } | undefined;
  for (const line of lines) {
    const tagged = TAG_LINE.exec(line);
    if (tagged !== null) {
      const tag = tagged[1]!;
      const value = tagged[2]!.replace(LINE_COMMENT, '').trim();
      const existing = pragmas[tag];
      if (existing === undefined) {
        pragmas[tag] = value;
        last = { tag, index: -1 };
      } else {
        const values = typeof existing === 'string' ? [existing, value] : [...existing, value];
        pragmas[tag] = values;
        last = { tag, index: values.length - 1 };
      }
    } else if (line === '') {
      last = undefined;
    } else if (last !== undefined) {
      continueValue(pragmas, last, line);
    }
  }
  return pragmas;
}

function continueValue(
  pragmas: Record<string, string | string[]>,
  { tag, index }: { tag: string; index: number },
  line: string,
): void {
  const current = pragmas[tag]!;
  const join = (value: string) => (value === '' ? line : `${value} ${line}`);
  if (typeof current === 'string') pragmas[tag] = join(current);
  else current[index] = join(current[index]!);
}
