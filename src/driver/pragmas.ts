import type { FileLayer } from '../scope/bridge';
import { settingsProblem } from '../settings/values';
import { fileConfigError } from './config-error';

/** Jest's parsed docblock: a tag's value, an array for a repeated tag, `''` for a bare tag. */
export type DocblockPragmas = Readonly<Record<string, string | readonly string[]>>;

/**
 * The file's `@suspendSignals` and `@overrideSettings` tags as layers, repeated tags in the order
 * written; a malformed one throws, which fails the test file. Other tags are not ours: ignored.
 */
export function parsePragmas(pragmas: DocblockPragmas, testFile: string): FileLayer[] {
  const layers: FileLayer[] = [];
  for (const [tag, value] of Object.entries(pragmas)) {
    if (tag === 'overrideSettings') {
      for (const text of values(value)) layers.push(overrideLayer(text, testFile));
    } else if (tag === 'suspendSignals') {
      for (const text of values(value)) layers.push(suspendLayer(text));
    }
  }
  return layers;
}

function values(tag: string | readonly string[]): readonly string[] {
  return typeof tag === 'string' ? [tag] : tag;
}

function suspendLayer(text: string): FileLayer {
  const names = text.split(/[\s,]+/).filter((name) => name !== '');
  return {
    kind: 'suspend',
    targets: names.length === 0 ? true : names,
    source: '@suspendSignals',
    origin: 'pragma',
  };
}

function overrideLayer(text: string, testFile: string): FileLayer {
  const source = '@overrideSettings';
  if (text.trim() === '') {
    throw fileConfigError(
      testFile,
      source,
      'needs a JSON object, e.g. @overrideSettings {"DEBUG": true}',
    );
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw fileConfigError(
      testFile,
      source,
      `is not valid JSON (${(error as Error).message}): ${text}`,
    );
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw fileConfigError(testFile, source, `must be a JSON object, got ${text}`);
  }
  const problem = settingsProblem(parsed as Record<string, unknown>, source);
  if (problem !== undefined) throw fileConfigError(testFile, source, problem);
  return { kind: 'override', values: parsed as Record<string, unknown>, source, origin: 'pragma' };
}
