/**
 * `npm run bench:profile`: what the receiver profile costs. Per receiver call, inside a Jest test
 * file (bench/jest/profile.cost.mjs with the profile on and off); and on a real suite, the shop's
 * (examples/shop, every receiver on), wall time with and without `SIGNALBOX_PROFILE=1`. Runs
 * alternate, medians of RUNS each.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { ensureBuilt, linkSignalbox, repoRoot } from '../examples/support/local-signalbox.mjs';

const RUNS = Number(process.env.RUNS ?? 5);
const jestBin = join(repoRoot, 'node_modules/jest/bin/jest.js');
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const { SIGNALBOX_PROFILE: _on, SIGNALBOX_PROFILE_DIR: _dir, ...quiet } = process.env;

ensureBuilt();
const benchDir = join(repoRoot, 'bench/jest');
const shopDir = join(repoRoot, 'examples/shop');
linkSignalbox(benchDir);
linkSignalbox(shopDir);
const work = mkdtempSync(join(tmpdir(), 'signalbox-profile-bench-'));

/** Runs Jest in band and returns its wall time, ms; `profiled` turns the profile on. */
function run(cwd, config, profiled, env) {
  const started = performance.now();
  const jest = spawnSync(process.execPath, [jestBin, '--config', config, '--runInBand'], {
    cwd,
    encoding: 'utf8',
    env: { ...quiet, ...(profiled && { SIGNALBOX_PROFILE: '1' }), ...env },
  });
  if (jest.status !== 0) throw new Error(`jest failed:\n${jest.stderr}`);
  return performance.now() - started;
}

const perCall = { on: [], off: [] };
const resultsFile = join(work, 'rows.json');
const costConfig = JSON.stringify({
  rootDir: benchDir,
  preset: 'signalbox',
  testMatch: ['<rootDir>/profile.cost.mjs'],
  transform: {},
});
const shop = { on: [], off: [] };
try {
  for (let i = 0; i < RUNS; i++) {
    for (const mode of ['off', 'on']) {
      run(benchDir, costConfig, mode === 'on', {
        BENCH_RESULTS_FILE: resultsFile,
        NODE_OPTIONS: '--experimental-vm-modules',
      });
      perCall[mode].push(JSON.parse(readFileSync(resultsFile, 'utf8')));
      const shopConfig = join(shopDir, 'jest.config.js');
      shop[mode].push(run(shopDir, shopConfig, mode === 'on', { SHOP_MODE: 'on' }));
    }
  }
} finally {
  rmSync(work, { recursive: true, force: true });
  rmSync(join(shopDir, 'signalbox-profile'), { recursive: true, force: true });
  rmSync(join(benchDir, 'signalbox-profile'), { recursive: true, force: true });
}

// each run's rounds: the first two warm the JIT up
const nsPerSend = (rows, i) => median(rows.map((row) => median(row[i].times.slice(2))));
console.log(
  `Receiver profile overhead (Node ${process.version}, ${RUNS} alternating runs each):\n`,
);
console.log('| receivers | send, profile off | send, profile on | per receiver call |');
console.log('| ---: | ---: | ---: | ---: |');
[1, 10].forEach((count, i) => {
  const off = nsPerSend(perCall.off, i);
  const on = nsPerSend(perCall.on, i);
  console.log(
    `| ${count} | ${off.toFixed(0)} ns | ${on.toFixed(0)} ns | +${((on - off) / count).toFixed(0)} ns |`,
  );
});
const off = median(shop.off);
const on = median(shop.on);
const spread = (values) =>
  `${(Math.min(...values) / 1000).toFixed(2)}–${(Math.max(...values) / 1000).toFixed(2)} s`;
console.log(
  `\nThe shop's suite, every receiver on: ${(off / 1000).toFixed(2)} s without the profile (${spread(shop.off)}), ${(on / 1000).toFixed(2)} s with it (${spread(shop.on)}): ${(on / off).toFixed(2)}x (target ≤ 1.3x).`,
);
