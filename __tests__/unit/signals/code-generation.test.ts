/**
 * A signal's generated `send` and `emit`, and the methods' loops that serve where code generation
 * from strings is refused (`--disallow-code-generation-from-strings`, a strict
 * Content-Security-Policy): the same program of sends in plain Node, with and without the flag.
 * (Jest's vm contexts allow code generation whatever the flag says, hence a child process.)
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSync } from 'esbuild';

const dir = mkdtempSync(join(tmpdir(), 'signalbox-codegen-'));
const program = join(dir, 'program.cjs');
beforeAll(() => {
  buildSync({
    entryPoints: [join(__dirname, 'fixtures/dispatch-program.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    outfile: program,
    logLevel: 'silent',
  });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(flags: string[]) {
  const child = spawnSync(process.execPath, [...flags, program], { encoding: 'utf8' });
  expect(child.stderr).toBe('');
  expect(child.status).toBe(0);
  return JSON.parse(child.stdout) as { codeGeneration: boolean; ownSend: boolean; log: string[] };
}

const expectedLog = [
  'first a',
  'for user a',
  'muted a',
  'suspending a',
  'first b',
  'for user b',
  'muted b',
  'suspending b',
  'first c',
  'NaN c',
  'muted c',
  'suspending c',
  'first d',
  'for user d',
  'suspending d',
  'first e',
  'muted e',
  'first f',
  'muted f',
  'changing g',
  'second g',
  'changing h',
  'late h',
  'failing i',
];

test('with code generation, a signal sent through an unchanged list gets its own send and emit', () => {
  expect(run([])).toEqual({ codeGeneration: true, ownSend: true, log: expectedLog });
});

test('without it, the loops serve: the same receivers run, in the same order', () => {
  expect(run(['--disallow-code-generation-from-strings'])).toEqual({
    codeGeneration: false,
    ownSend: false,
    log: expectedLog,
  });
});
