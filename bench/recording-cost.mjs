/**
 * Issue 5's target: a recorded send costs at most 2x an unrecorded one. Runs
 * `bench/jest/recording.cost.mjs` under the preset and prints the medians (first 3 rounds dropped
 * as warm-up) and their ratio. `npm run bench:recording`.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureBuilt, linkSignalbox, repoRoot } from '../examples/support/local-signalbox.mjs';

ensureBuilt();
const projectDir = join(repoRoot, 'bench/jest');
linkSignalbox(projectDir);
const outDir = mkdtempSync(join(tmpdir(), 'signalbox-recording-'));
const outFile = join(outDir, 'rows.json');
const config = {
  rootDir: projectDir,
  preset: 'signalbox',
  testMatch: ['<rootDir>/recording.cost.mjs'],
  transform: {},
};
const jest = spawnSync(
  process.execPath,
  [
    join(repoRoot, 'node_modules/jest/bin/jest.js'),
    '--config',
    JSON.stringify(config),
    '--runInBand',
  ],
  {
    cwd: projectDir,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      ...process.env,
      BENCH_RESULTS_FILE: outFile,
      NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --experimental-vm-modules`.trim(),
    },
  },
);
if (jest.status !== 0)
  throw new Error(`the recording benchmark failed (jest exit code ${jest.status})`);
const rows = JSON.parse(readFileSync(outFile, 'utf8'));
rmSync(outDir, { recursive: true, force: true });

const median = (values) => {
  const kept = [...values.slice(3)].sort((a, b) => a - b);
  return kept[Math.floor(kept.length / 2)];
};
console.log(
  `\nA send recorded in the test's log against the same send unrecorded (Node ${process.version}):`,
);
console.log('| receivers | unrecorded | recorded | ratio | target ≤ 2x |');
console.log('| ---: | ---: | ---: | ---: | --- |');
for (const { count, unrecorded, recorded } of rows) {
  const ratio = median(recorded) / median(unrecorded);
  console.log(
    `| ${count} | ${median(unrecorded).toFixed(1)} ns | ${median(recorded).toFixed(1)} ns | ${ratio.toFixed(2)}x | ${ratio <= 2 ? 'met' : 'missed'} |`,
  );
}
