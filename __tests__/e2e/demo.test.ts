/**
 * `npm run demo`, the README's main command: the shop's suite passes in each of the three modes,
 * under Jest and under Vitest, and suspending receivers really keeps them from running.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

jest.setTimeout(10 * 60_000);

const repoRoot = join(__dirname, '../..');

interface ModeRow {
  readonly mode: string;
  readonly tests: string;
  readonly receiverCalls: number;
  readonly median: string;
  readonly spread: string;
  readonly speedUp: string;
}

/** The rows of the demo's table: `| mode | tests | receiver calls | median | spread | speed-up |`. */
function readTable(output: string): ModeRow[] {
  return output
    .split('\n')
    .filter((line) => line.startsWith('| ('))
    .map((line) => {
      const [mode = '', tests = '', calls = '', median = '', spread = '', speedUp = ''] = line
        .split('|')
        .slice(1)
        .map((cell) => cell.trim());
      return {
        mode,
        tests,
        receiverCalls: Number(calls.replaceAll(',', '')),
        median,
        spread,
        speedUp,
      };
    });
}

test('the shop suite passes with receivers on, under @suspendSignals and under SUSPEND_SIGNALS, with Jest and with Vitest', () => {
  const demo = spawnSync(process.execPath, [join(repoRoot, 'examples/demo.mjs')], {
    cwd: repoRoot,
    encoding: 'utf8',
    env: { ...process.env, DEMO_ROUNDS: '2' },
  });
  if (demo.status !== 0)
    throw new Error(`npm run demo exited with ${demo.status}:\n${demo.stderr}`);
  const rows = readTable(demo.stdout);
  expect(rows).toHaveLength(6);
  for (const [runner, at] of [
    ['Jest', 0],
    ['Vitest', 3],
  ] as const) {
    const [on, pragmas, setting] = rows.slice(at, at + 3);
    expect(demo.stdout).toContain(`${runner}, 2 rounds`);
    expect([runner, on?.mode, pragmas?.mode, setting?.mode]).toEqual([
      runner,
      '(a) receivers on',
      '(b) @suspendSignals + resumeSignals',
      '(c) suspendingReceiver + SUSPEND_SIGNALS',
    ]);
    for (const row of [on, pragmas, setting]) {
      expect(row?.tests).toMatch(/^(\d+)\/\1 passed$/);
      // several rounds, alternating: a median, its spread and the speed-up with its range
      expect(row?.median).toMatch(/^\d+\.\d\d s$/);
      expect(row?.spread).toMatch(/^\d+\.\d\d s – \d+\.\d\d s$/);
      expect(row?.speedUp).toMatch(/^\d+\.\d\dx \(\d+\.\d\d–\d+\.\d\dx\)$/);
    }
    // Only the blocks that resume receivers run them: a small share of what runs with them on.
    expect(pragmas!.receiverCalls).toBeGreaterThan(0);
    expect(pragmas!.receiverCalls * 20).toBeLessThan(on!.receiverCalls);
    expect(setting!.receiverCalls * 20).toBeLessThan(on!.receiverCalls);
    // the same receiver calls under both runners: the same suite, the same scopes
    expect(on!.receiverCalls).toBe(rows[0]!.receiverCalls);
  }
  for (const runner of ['jest', 'vitest']) {
    const order = [
      ...demo.stdout.matchAll(
        new RegExp(`^${runner}, round (\\d)/2: the shop's suite, \\((a|b|c)\\)`, 'gm'),
      ),
    ].map((match) => `${match[1]}${match[2]}`);
    expect([runner, order]).toEqual([runner, ['1a', '1b', '1c', '2c', '2b', '2a']]);
  }
  // the profile of (a): its table, and every receiver it says to resume is resumed there by (b)
  expect(demo.stdout).toContain('The receiver profile of (a)');
  expect(demo.stdout).toMatch(/^signalbox receiver profile: 6 test files, /m);
  expect(demo.stdout).toMatch(/^ ?1 {2}index(Order|User) /m);
  const resumed = demo.stdout
    .split('\n')
    .filter((line) => /^\| \w+ \| test\//.test(line))
    .map((line) => line.split('|')[3]!.trim());
  expect(resumed.length).toBeGreaterThan(3);
  expect(resumed.every((cell) => cell === 'yes')).toBe(true);
  expect(demo.stdout).toMatch(
    /The profile estimated a saving of \d+% of the test time; mode \(b\) ran \d+% shorter than \(a\)\./,
  );
});
