/**
 * `npm run bench`: every target, against the built package (dist/), in five parts — the cases in
 * plain Node (and connecting n receivers), the same cases inside a Jest test file under
 * `preset: 'signalbox'` and inside a Vitest test file under the `signalbox()` plugin, a recorded
 * send against an unrecorded one, and the preset's overhead on 50 trivial files. `--node`,
 * `--jest`, `--vitest`, `--recording` or `--environment` runs one part.
 *
 * Prints the medians and the ratios against each target, stores the run in bench/results.json
 * (one section per part) and draws docs/performance.svg from the sections stored there.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureBuilt, linkSignalbox, repoRoot } from '../examples/support/local-signalbox.mjs';
import { defineCases } from './cases.mjs';
import { renderChart } from './chart.mjs';
import { measureConnectScaling } from './connect-scaling.mjs';
import { replaceDocSection } from './doc-section.mjs';
import { defineEmitterCases } from './emitter-cases.mjs';
import { measureEnvironment } from './environment-overhead.mjs';
import { describeMachine, measureCases } from './measure.mjs';
import { measureRecording } from './recording-cost.mjs';
import { formatCaseTable, formatTargetTable } from './report.mjs';
import { evaluateTargets } from './targets.mjs';

const resultsFile = join(repoRoot, 'bench/results.json');
const chartFile = join(repoRoot, 'docs/performance.svg');
const docFile = join(repoRoot, 'docs/performance.md');
const modeNames = {
  node: 'Node',
  jest: 'Jest test file',
  vitest: 'Vitest test file',
  recording: 'recording (Jest)',
  environment: 'preset overhead',
};
const progress = (row) => process.stderr.write(`  ${row.group}: ${row.label}\n`);

async function measureInNode() {
  const require = createRequire(import.meta.url);
  const { ModuleMocker } = require('jest-mock');
  const deps = {
    signalbox: require(join(repoRoot, 'dist/index.cjs')),
    testing: require(join(repoRoot, 'dist/testing.cjs')),
    mocker: new ModuleMocker(globalThis),
  };
  const rows = await measureCases(selected([...defineCases(deps), ...defineEmitterCases(deps)]), {
    onCase: progress,
  });
  const connecting = 'connect'.startsWith(only) || only.startsWith('connect');
  return connecting
    ? [...rows, ...measureConnectScaling(deps.signalbox, { onCase: progress })]
    : rows;
}

/**
 * `--only <prefix>`: only the cases whose id starts with it (`--only emit`); their rows replace
 * the same rows of the stored run, the others are kept.
 */
const only = process.argv.includes('--only')
  ? process.argv[process.argv.indexOf('--only') + 1]
  : '';
const selected = (cases) => cases.filter((benchCase) => benchCase.id.startsWith(only));

/** The commands that run bench/<runner>/'s test file in its runner, in that folder. */
const runnerCommands = {
  jest: (projectDir) => ({
    args: [
      join(repoRoot, 'node_modules/jest/bin/jest.js'),
      '--config',
      join(projectDir, 'jest.config.cjs'),
      '--runInBand',
    ],
    env: { NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --experimental-vm-modules`.trim() },
  }),
  vitest: () => ({
    args: [
      join(repoRoot, 'node_modules/vitest/vitest.mjs'),
      'run',
      '--config',
      'vitest.config.mjs',
    ],
    env: {},
  }),
};

/** The cases measured inside a test file of `runner` (bench/jest/, bench/vitest/). */
function measureInRunner(runner) {
  const projectDir = join(repoRoot, 'bench', runner);
  linkSignalbox(projectDir);
  const outDir = mkdtempSync(join(tmpdir(), 'signalbox-bench-'));
  const outFile = join(outDir, 'rows.json');
  try {
    const { args, env } = runnerCommands[runner](projectDir);
    const run = spawnSync(process.execPath, args, {
      cwd: projectDir,
      stdio: 'inherit',
      env: { ...process.env, BENCH_RESULTS_FILE: outFile, BENCH_ONLY: only, ...env },
    });
    if (run.status !== 0 || !existsSync(outFile)) {
      throw new Error(`the benchmark test file failed (${runner} exit code ${run.status})`);
    }
    return JSON.parse(readFileSync(outFile, 'utf8'));
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

function readStoredResults() {
  return existsSync(resultsFile) ? JSON.parse(readFileSync(resultsFile, 'utf8')) : {};
}

const measure = {
  node: measureInNode,
  jest: () => measureInRunner('jest'),
  vitest: () => measureInRunner('vitest'),
  recording: measureRecording,
  environment: () =>
    measureEnvironment({ onRun: (pair) => process.stderr.write(`  pair ${pair + 1}\n`) }),
};
const chosen = Object.keys(modeNames).filter((mode) => process.argv.includes(`--${mode}`));
ensureBuilt();
const machine = describeMachine();
const stored = readStoredResults();
let held = 0;
let met = 0;
for (const mode of chosen.length > 0 ? chosen : Object.keys(modeNames)) {
  console.log(`signalbox benchmarks (${modeNames[mode]}) — ${machine}\n`);
  const measured = await measure[mode]();
  const remeasured = new Set(measured.map((row) => row.id));
  const rows = [
    ...(stored[mode]?.rows ?? []).filter((row) => only && !remeasured.has(row.id)),
    ...measured,
  ];
  const targets = evaluateTargets(rows);
  const kept = targets.filter((target) => target.limit !== null);
  const passed = kept.filter((target) => target.pass).length;
  held += kept.length;
  met += passed;
  const report = [
    formatCaseTable(rows),
    formatTargetTable(targets),
    `${passed} of ${kept.length} targets met.`,
  ].join('\n\n');
  console.log(`\n${report}\n`);
  stored[mode] = { mode: modeNames[mode], date: new Date().toISOString(), machine, rows, targets };
  const dated = `${machine}, ${stored[mode].date.slice(0, 10)}\n\n${report}`;
  replaceDocSection(docFile, mode, dated);
}
writeFileSync(resultsFile, `${JSON.stringify(stored, null, 2)}\n`);
const sections = Object.keys(modeNames).flatMap((name) => (stored[name] ? [stored[name]] : []));
writeFileSync(chartFile, renderChart(sections, machine));
console.log(`${met} of ${held} targets met. Wrote ${resultsFile}, ${chartFile} and ${docFile}.`);
