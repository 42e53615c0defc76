/**
 * `npm run demo`: runs the shop's test suite (examples/shop) through Jest three ways and shows what
 * keeping receivers out of the tests that do not need them saves.
 *
 * (a) receivers on: every receiver runs on every save (the suite's pragmas are ignored);
 * (b) `@suspendSignals` on each file, `resumeSignals` in the blocks that need a receiver;
 * (c) the original pattern: `suspendingReceiver`s, `SUSPEND_SIGNALS: true` for the project,
 *     `overrideSettings({ SUSPEND_SIGNALS: false })` in the blocks that need them.
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

function runSuite(mode, workDir) {
  const resultsFile = join(workDir, `${mode.id}.json`);
  const callsFile = join(workDir, `${mode.id}.calls.jsonl`);
  const started = performance.now();
  const jest = spawnSync(
    process.execPath,
    [
      join(repoRoot, 'node_modules/jest/bin/jest.js'),
      '--config',
      join(shopDir, 'jest.config.js'),
      '--json',
      '--outputFile',
      resultsFile,
    ],
    {
      cwd: shopDir,
      encoding: 'utf8',
      env: { ...process.env, SHOP_MODE: mode.id, SHOP_RECEIVER_CALLS_FILE: callsFile },
    },
  );
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
  };
}

function printTable(runs) {
  const baseline = runs[0].seconds;
  const rows = [
    ['mode', 'tests', 'receiver calls', 'wall time', 'speed-up'],
    ['---', '---', '---:', '---:', '---:'],
    ...runs.map((run) => [
      run.label,
      run.tests,
      run.receiverCalls.toLocaleString('en-US'),
      `${run.seconds.toFixed(2)} s`,
      `${(baseline / run.seconds).toFixed(2)}x`,
    ]),
  ];
  console.log(rows.map((cells) => `| ${cells.join(' | ')} |`).join('\n'));
}

ensureBuilt();
linkSignalbox(shopDir);
const workDir = mkdtempSync(join(tmpdir(), 'signalbox-demo-'));
try {
  const runs = modes.map((mode) => {
    process.stdout.write(`running the shop's suite: ${mode.label}…\n`);
    return runSuite(mode, workDir);
  });
  console.log();
  printTable(runs);
  const failed = runs.filter((run) => !run.passed);
  if (failed.length > 0) {
    console.error(`\nThe suite failed in: ${failed.map((run) => run.label).join(', ')}`);
    process.exitCode = 1;
  }
} finally {
  rmSync(workDir, { recursive: true, force: true });
}
