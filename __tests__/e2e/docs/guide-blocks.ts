/**
 * The code blocks of a Markdown guide, by the HTML comment right before each:
 * `<!-- file: PATH -->` (the block is that file of the consumer project),
 * `<!-- printed: LABEL -->` (output copied from a real run) or `<!-- not run: REASON -->`.
 */
import { readFileSync } from 'node:fs';

export type Mark = 'file' | 'printed' | 'not run';

export interface Block {
  readonly mark: Mark | undefined;
  /** The path, the label or the reason. */
  readonly name: string;
  readonly language: string;
  readonly code: string;
  /** The line of the opening fence. */
  readonly line: number;
}

const BLOCK = /(?:<!-- (file|printed|not run): ([^>]*?) -->\n)?```(\w*)\n([\s\S]*?)```/g;

export function guideBlocks(path: string): Block[] {
  const text = readFileSync(path, 'utf8');
  return [...text.matchAll(BLOCK)].map((match) => {
    const marked = match[1] !== undefined;
    return {
      mark: match[1] as Mark | undefined,
      name: match[2] ?? '',
      language: match[3]!,
      code: match[4]!,
      line: text.slice(0, match.index).split('\n').length + (marked ? 1 : 0),
    };
  });
}

export const blocksMarked = (blocks: readonly Block[], mark: Mark) =>
  blocks.filter((block) => block.mark === mark);

/** The files of the `file:` blocks, each under `dir` in the consumer project. */
export function filesOf(blocks: readonly Block[], dir = ''): Record<string, string> {
  return Object.fromEntries(
    blocksMarked(blocks, 'file').map((block) => [`${dir}${block.name}`, block.code]),
  );
}

/** The `printed:` blocks, by label, without their final newline. */
export function printedOf(blocks: readonly Block[]): Record<string, string> {
  return Object.fromEntries(
    blocksMarked(blocks, 'printed').map((block) => [block.name, block.code.trimEnd()]),
  );
}
