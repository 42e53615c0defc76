/**
 * `npm run demo`, the README's main command: the shop's suite passes in each of the three modes,
 * and suspending receivers really keeps them from running.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

jest.setTimeout(10 * 60_000);

const repoRoot = join(__dirname, '../..');

interface ModeRow {
  readonly mode: string;
  readonly tests: string;
  readonly receiverCalls: number;
}

/** The rows of the demo's table: `| mode | tests | receiver calls | wall time | speed-up |`. */
function readTable(output: string): ModeRow[] {
  return output
    .split('\n')
    .filter((line) => line.startsWith('| ('))
    .map((line) => {
      const [mode = '', tests = '', calls = ''] = line
        .split('|')
        .slice(1)
        .map((cell) => cell.trim());
      return { mode, tests, receiverCalls: Number(calls.replaceAll(',', '')) };
    });
}

test('the shop suite passes with receivers on, under @suspendSignals and under SUSPEND_SIGNALS', () => {
  const demo = spawnSync(process.execPath, [join(repoRoot, 'examples/demo.mjs')], {
    cwd: repoRoot,
    encoding: 'utf8',
  });
  if (demo.status !== 0)
    throw new Error(`npm run demo exited with ${demo.status}:\n${demo.stderr}`);
  const [on, pragmas, setting] = readTable(demo.stdout);
  expect([on?.mode, pragmas?.mode, setting?.mode]).toEqual([
    '(a) receivers on',
    '(b) @suspendSignals + resumeSignals',
    '(c) suspendingReceiver + SUSPEND_SIGNALS',
  ]);
  for (const row of [on, pragmas, setting]) expect(row?.tests).toMatch(/^(\d+)\/\1 passed$/);
  // Only the blocks that resume receivers run them: a small share of what runs with them on.
  expect(pragmas!.receiverCalls).toBeGreaterThan(0);
  expect(pragmas!.receiverCalls * 20).toBeLessThan(on!.receiverCalls);
  expect(setting!.receiverCalls * 20).toBeLessThan(on!.receiverCalls);
});
