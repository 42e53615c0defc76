/**
 * `npm run demo`: runs the shop's test suite (examples/shop) three ways, through Jest and then
 * through Vitest, and shows what keeping receivers out of the tests that do not need them saves. One run of a suite is noisy
 * (±50% on a busy machine), so each mode runs several times (`DEMO_ROUNDS`, default 3), the modes
 * alternating in order from round to round; the table shows the median wall time, its spread
 * (min–max) and the speed-up of the medians, with the range of the rounds' own speed-ups.
 *
 * (a) receivers on: every receiver runs on every save (the suite's pragmas are ignored);
 * (b) `@suspendSignals` on each file, `resumeSignals` in the blocks that need a receiver;
 * (c) the original pattern: `suspendingReceiver`s, `SUSPEND_SIGNALS: true` for the project,
 *     `overrideSettings({ SUSPEND_SIGNALS: false })` in the blocks that need them.
 *
 * Then, for Jest, the receiver profile of mode (a) (`SIGNALBOX_PROFILE=1`, one more run), and a
 * check that what it suggests — suspend, then resume each receiver where a test needs it — is what
 * mode (b)'s files do. `DEMO_RUNNERS=jest` (or `vitest`) runs one runner only.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { ensureBuilt, linkSignalbox, repoRoot } from './support/local-signalbox.mjs';

const shopDir = join(repoRoot, 'examples/shop');
const modes = [
  { id: 'on', label: '(a) receivers on' },
  { id: 'pragmas', label: '(b) @suspendSignals + resumeSignals' },
  { id: 'setting', label: '(c) suspendingReceiver + SUSPEND_SIGNALS' },
];

function sumReceiverCalls(file) {
  if (!existsSync(file)) return 0;
  return readFileSync(file, 'utf8')
    .trim()
    .split('\n')
    .filter(Boolean)
    .flatMap((line) => Object.values(JSON.parse(line)))
    .reduce((sum, calls) => sum + calls, 0);
}

/** How each runner runs the shop's suite, writing Jest's `--json` results to `resultsFile`. */
const runnerArgs = {
  jest: (resultsFile) => [
    join(repoRoot, 'node_modules/jest/bin/jest.js'),
    '--config',
    join(shopDir, 'jest.config.js'),
    '--json',
    '--outputFile',
    resultsFile,
  ],
  vitest: (resultsFile) => [
    join(repoRoot, 'node_modules/vitest/vitest.mjs'),
    'run',
    '--config',
    join(shopDir, 'vitest.config.mjs'),
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${resultsFile}`,
  ],
};

function runSuite(mode, workDir, env = {}, runner = 'jest') {
  const resultsFile = join(workDir, `${runner}-${mode.id}.json`);
  const callsFile = join(workDir, `${runner}-${mode.id}.calls.jsonl`);
  const started = performance.now();
  const jest = spawnSync(process.execPath, runnerArgs[runner](resultsFile), {
    cwd: shopDir,
    encoding: 'utf8',
    env: { ...process.env, SHOP_MODE: mode.id, SHOP_RECEIVER_CALLS_FILE: callsFile, ...env },
  });
  const seconds = (performance.now() - started) / 1000;
  const results = existsSync(resultsFile) ? JSON.parse(readFileSync(resultsFile, 'utf8')) : null;
  const passed = jest.status === 0 && results?.success === true;
  if (!passed) process.stderr.write(jest.stderr);
  return {
    ...mode,
    passed,
    tests: results ? `${results.numPassedTests}/${results.numTotalTests} passed` : 'did not run',
    receiverCalls: sumReceiverCalls(callsFile),
    seconds,
    stderr: jest.stderr,
  };
}

/**
 * For each receiver the profile says to resume, in each `file › block` that needs it: whether that
 * block of mode (b)'s file resumes it (by name, or everything with a bare `resumeSignals()`).
 */
function resumedInModeB(suggestion) {
  const rows = [];
  for (const { receiver, places } of suggestion?.resume ?? []) {
    for (const place of places) {
      const [file, block] = place.split(' › ');
      const source = readFileSync(join(shopDir, file), 'utf8');
      const start = source.indexOf(`describe('${block}'`);
      const body = start === -1 ? '' : source.slice(start, source.indexOf('\n});', start));
      const resumes = [...body.matchAll(/resumeSignals\(([^)]*)\)/g)].map((match) => match[1]);
      const resumed = resumes.some(
        (args) => args === '' || new RegExp(`\\b${receiver}\\b`).test(args),
      );
      rows.push({ receiver, place, resumed });
    }
  }
  return rows;
}

/** Mode (a) once more with the receiver profile: its table, and how it compares with mode (b). */
function profileModeA(workDir, byMode) {
  console.log('\nThe receiver profile of (a) (SIGNALBOX_PROFILE=1, one more run):\n');
  const run = runSuite(modes[0], workDir, { SIGNALBOX_PROFILE: '1' });
  if (!run.passed) return false;
  const table = run.stderr.slice(run.stderr.indexOf('signalbox receiver profile:'));
  console.log(table.slice(0, table.indexOf('\nReport: ')).trimEnd());
  const profileDir = join(shopDir, 'signalbox-profile');
  const report = JSON.parse(readFileSync(join(profileDir, 'profile.json'), 'utf8'));
  rmSync(profileDir, { recursive: true, force: true });
  const rows = resumedInModeB(report.suggestion);
  console.log(
    `\nMode (b) suspends every signal (@suspendSignals); the profile suggests ${report.suggestion.signals.join(', ')}. Where it says to resume a receiver, mode (b)'s files do:\n`,
  );
  console.log('| receiver | needed in | resumed there by mode (b) |\n| --- | --- | --- |');
  for (const row of rows) {
    console.log(`| ${row.receiver} | ${row.place} | ${row.resumed ? 'yes' : 'NO'} |`);
  }
  const [on, pragmas] = byMode.map((runs) => median(runs.map((one) => one.seconds)));
  console.log(
    `\nThe profile estimated a saving of ${(report.suggestion.share * 100).toFixed(0)}% of the test time; mode (b) ran ${((1 - pragmas / on) * 100).toFixed(0)}% shorter than (a).`,
  );
  return run.passed && rows.every((row) => row.resumed);
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const seconds = (value) => `${value.toFixed(2)} s`;

/** One row per mode, from its runs (one per round, the same round at each index). */
function printTable(rowsByMode) {
  const [baseline] = rowsByMode;
  const rows = [
    ['mode', 'tests', 'receiver calls', 'wall time (median)', 'spread', 'speed-up'],
    ['---', '---', '---:', '---:', '---:', '---:'],
    ...rowsByMode.map((runs) => {
      const times = runs.map((run) => run.seconds);
      const ratios = runs.map((run, round) => baseline[round].seconds / run.seconds);
      const speedUp = median(baseline.map((run) => run.seconds)) / median(times);
      return [
        runs[0].label,
        runs.every((run) => run.tests === runs[0].tests) ? runs[0].tests : 'varied',
        runs[0].receiverCalls.toLocaleString('en-US'),
        seconds(median(times)),
        `${seconds(Math.min(...times))} – ${seconds(Math.max(...times))}`,
        `${speedUp.toFixed(2)}x (${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)}x)`,
      ];
    }),
  ];
  console.log(rows.map((cells) => `| ${cells.join(' | ')} |`).join('\n'));
}

const rounds = Number(process.env.DEMO_ROUNDS ?? 3);
if (!Number.isSafeInteger(rounds) || rounds < 1) {
  throw new TypeError(`DEMO_ROUNDS must be a positive integer, got ${process.env.DEMO_ROUNDS}`);
}

/** The three modes through `runner`, `rounds` times, alternating: one list of runs per mode. */
function runModes(runner, workDir) {
  const byMode = modes.map(() => []);
  for (let round = 0; round < rounds; round++) {
    // alternate the order, so that no mode always runs first (cold caches) or last
    const order = round % 2 === 0 ? [0, 1, 2] : [2, 1, 0];
    for (const index of order) {
      const mode = modes[index];
      process.stdout.write(
        `${runner}, round ${round + 1}/${rounds}: the shop's suite, ${mode.label}…\n`,
      );
      byMode[index][round] = runSuite(mode, workDir, {}, runner);
    }
  }
  return byMode;
}

const runners = (process.env.DEMO_RUNNERS ?? 'jest,vitest').split(',');
if (runners.length === 0 || !runners.every((runner) => runner in runnerArgs)) {
  throw new TypeError(`DEMO_RUNNERS must name jest and/or vitest, got ${process.env.DEMO_RUNNERS}`);
}

ensureBuilt();
linkSignalbox(shopDir);
const workDir = mkdtempSync(join(tmpdir(), 'signalbox-demo-'));
try {
  for (const runner of runners) {
    const byMode = runModes(runner, workDir);
    const name = runner === 'jest' ? 'Jest' : 'Vitest';
    console.log(`\n${name}, ${rounds} rounds, Node ${process.version}:\n`);
    printTable(byMode);
    if (runner === 'jest' && !profileModeA(workDir, byMode)) {
      console.error(
        '\nThe profiled run failed, or mode (b) does not resume what the profile suggests.',
      );
      process.exitCode = 1;
    }
    const failed = byMode.flat().filter((run) => !run.passed);
    if (failed.length > 0) {
      const labels = [...new Set(failed.map((run) => run.label))];
      console.error(`\nThe suite failed under ${name} in: ${labels.join(', ')}`);
      process.exitCode = 1;
    }
  }
} finally {
  rmSync(workDir, { recursive: true, force: true });
}
