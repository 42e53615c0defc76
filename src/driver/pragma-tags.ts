import { closestName } from '../base/closest-name';
import type { DocblockPragmas } from './pragmas';

const TAGS = ['suspendSignals', 'overrideSettings'] as const;
/** Helpers a user may expect to work as pragmas too. */
const HELPERS_ONLY = ['resumeSignals', 'modifySettings'];
/** jest-docblock's rule, which every driver follows: pragmas are read from the comment at the very start of the file. */
const FIRST_DOCBLOCK = /^\s*(\/\*\*?(?:.|\r?\n)*?\*\/)/;
const COMMENT = /\/\*[\s\S]*?\*\/|\/\/[^\n]*/g;
/** A tag at the start of a comment line, after the comment's markers. */
const LINE_TAG = /^[\t /*]*@([A-Za-z][\w-]*)/gm;

/** A signalbox tag `tag` was meant to be, within two edits (case aside); `undefined` otherwise. */
function meantTag(tag: string): string | undefined {
  return closestName(tag, TAGS, 2);
}

/**
 * Tags that Jest reads, or ignores, where a user meant a signalbox pragma: in the file's first
 * docblock, a misspelled tag (`@suspendSignal`, `@overrideSetting`, `@suspendsignals`) or a helper
 * that is not a pragma (`@resumeSignals`); in any later comment, a signalbox tag (or a misspelling
 * of one) at the start of a line, which is never read. A pure function of the parsed pragmas and
 * the file's source; `reader` names who reads the pragmas (`Jest`) in the messages.
 *
 * @returns what is wrong and how to fix it, one message each, in the order of the file.
 */
export function pragmaTagProblems(
  pragmas: DocblockPragmas,
  source: string,
  reader: string,
): string[] {
  const problems: string[] = [];
  for (const tag of Object.keys(pragmas)) {
    if ((TAGS as readonly string[]).includes(tag)) continue;
    const meant = meantTag(tag);
    if (meant !== undefined) {
      problems.push(`@${tag} is not a signalbox pragma: did you mean @${meant}?`);
    } else if (HELPERS_ONLY.includes(tag)) {
      problems.push(
        `@${tag} is not a pragma (the pragmas are @suspendSignals and @overrideSettings): call ${tag}(…) at the top level of the file instead`,
      );
    }
  }
  const first = FIRST_DOCBLOCK.exec(source);
  const after = first === null ? 0 : first.index + first[0].length;
  for (const comment of source.slice(after).matchAll(COMMENT)) {
    for (const found of comment[0].matchAll(LINE_TAG)) {
      const tag = found[1]!;
      const meant = (TAGS as readonly string[]).includes(tag) ? tag : meantTag(tag);
      if (meant === undefined) continue;
      const line = source.slice(0, after + comment.index + found.index).split('\n').length;
      problems.push(
        `@${tag} on line ${line} is ignored: ${reader} reads pragmas only from the comment that opens the file, before any code. Move it${meant === tag ? '' : ` (as @${meant})`} into the file's first /** */ comment`,
      );
    }
  }
  return problems;
}
