/**
 * Runs every TypeScript example of the runtime guides, so the docs cannot rot. Each ```ts block is
 * written to its own module (imports hoisted, the rest in an async function so it may `await`) and
 * loaded with a fresh copy of signalbox and a fresh realm (registry and scope layer). Examples assert with `expect`.
 * A block right after `<!-- not run: reason -->` is skipped; guides that need the Jest environment
 * (jest.md, assertions.md) are run by the e2e suite instead.
 */

import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const GUIDES = ['signals.md', 'settings.md', 'helpers.md', 'index.md', 'getting-started.md'];
const docs = join(__dirname, '../../docs');
const out = join(__dirname, '.examples');

interface Example {
  readonly guide: string;
  readonly line: number;
  readonly code: string;
}

function examplesOf(guide: string): Example[] {
  let text: string;
  try {
    text = readFileSync(join(docs, guide), 'utf8');
  } catch {
    return [];
  }
  const examples: Example[] = [];
  const fence = /(<!-- not run: [^>]+-->\s*\n)?```ts\n([\s\S]*?)```/g;
  for (const match of text.matchAll(fence)) {
    if (match[1] !== undefined) continue;
    const line = text.slice(0, match.index).split('\n').length;
    examples.push({ guide, line, code: match[2]! });
  }
  return examples;
}

function asModule(code: string): string {
  const hoisted: string[] = [];
  const body: string[] = [];
  let open = 0;
  for (const line of code.split('\n')) {
    // imports and `declare module` augmentations must stay at the top level
    if (open > 0 || /^(import\s|declare module )/.test(line)) {
      hoisted.push(line);
      open += (line.match(/[{]/g) ?? []).length - (line.match(/[}]/g) ?? []).length;
    } else {
      body.push(line);
    }
  }
  return `${hoisted.join('\n')}\nexport default async function example() {\n${body.join('\n')}\n}\n`;
}

const examples = GUIDES.flatMap(examplesOf);

beforeAll(() => {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
});

test('the guides have examples', () => {
  expect(examples.length).toBeGreaterThan(0);
});

test.each(examples.map((example) => [`${example.guide}:${example.line}`, example] as const))(
  '%s',
  async (_name, example) => {
    const file = join(out, `${example.guide.replace('.md', '')}-${example.line}.ts`);
    writeFileSync(file, asModule(example.code));
    for (const key of ['signalbox.registry', 'signalbox.scopes']) {
      delete (globalThis as Record<symbol, unknown>)[Symbol.for(key)];
    }
    let run: (() => Promise<void>) | undefined;
    jest.isolateModules(() => {
      run = (require(file) as { default: () => Promise<void> }).default;
    });
    await run!();
  },
);

test('the examples type-check', () => {
  writeFileSync(
    join(out, 'tsconfig.json'),
    JSON.stringify({
      extends: '../../../tsconfig.json',
      include: ['*.ts'],
      compilerOptions: { noEmit: true },
    }),
  );
  const tsc = require.resolve('typescript/bin/tsc');
  const result = spawnSync(process.execPath, [tsc, '-p', out], { encoding: 'utf8' });
  expect(result.stdout + result.stderr).toBe('');
  expect(result.status).toBe(0);
}, 60_000);
