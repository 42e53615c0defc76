/**
 * The runnable examples of the docs: every code block preceded by `<!-- file: PATH -->` is a file
 * of its document's project. `<!-- e2e node flags: ... -->` gives the flags Node needs to run it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface DocProject {
  /** The document, relative to `docs/`: also the project's directory in the consumer project. */
  readonly doc: string;
  readonly files: Readonly<Record<string, string>>;
  readonly nodeFlags: readonly string[];
}

const FILE_BLOCK = /<!-- file: (\S+) -->\n(?:<!-- not run: [^>]+-->\n)?```\w+\n([\s\S]*?)```/g;
const NODE_FLAGS = /<!-- e2e node flags: ([^>]+)-->/;
/** A code block of a runnable language: each must be a file, or say why it is not run. */
const CODE_BLOCK = /(<!-- (?:file: \S+|not run: [^>]+) -->\n)?```(?:ts|js|json)\n/g;

export const DOCS_DIR = join(__dirname, '../../../docs');

export function docProject(doc: string): DocProject {
  const text = readFileSync(join(DOCS_DIR, doc), 'utf8');
  const files: Record<string, string> = {};
  for (const [, path, content] of text.matchAll(FILE_BLOCK)) files[path!] = content!;
  const flags = NODE_FLAGS.exec(text)?.[1]?.trim();
  return { doc, files, nodeFlags: flags === undefined ? [] : flags.split(/\s+/) };
}

/** The lines of code blocks that are neither a file nor marked `<!-- not run: reason -->`. */
export function unmarkedBlocks(doc: string): number[] {
  const text = readFileSync(join(DOCS_DIR, doc), 'utf8');
  return [...text.matchAll(CODE_BLOCK)]
    .filter((match) => match[1] === undefined)
    .map((match) => text.slice(0, match.index).split('\n').length + 1);
}
