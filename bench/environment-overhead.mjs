/**
 * What the preset costs a suite: 50 trivial test files run by Jest under `preset: 'signalbox'` and
 * under `testEnvironment: 'node'`, in pairs (the order alternating), after one warm-up run of
 * each. The target (issue 15): the median of the pairs' ratios at most 1.05. Part of
 * `npm run bench`; `npm run bench:environment` runs it alone.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ensureBuilt, repoRoot } from '../examples/support/local-signalbox.mjs';

const FILES = 50;
const PAIRS = 5;
const jest = join(repoRoot, 'node_modules/jest/bin/jest.js');
const quantile = (values, at) => [...values].sort((a, b) => a - b)[Math.floor(values.length * at)];

/**
 * Rows `environment.preset` and `environment.node` (wall time of a run, in ns); the preset's row
 * carries `pairRatios`, each pair's preset ÷ node.
 */
export function measureEnvironment({ onRun = () => {} } = {}) {
  ensureBuilt();
  const dir = mkdtempSync(join(tmpdir(), 'signalbox-overhead-'));
  mkdirSync(join(dir, 'tests'));
  for (let i = 0; i < FILES; i++) {
    writeFileSync(
      join(dir, 'tests', `trivial-${i}.test.js`),
      `test('trivial ${i}', () => { expect(${i} + 1).toBe(${i + 1}); });\n`,
    );
  }
  const configs = {
    preset: { rootDir: dir, preset: repoRoot },
    node: { rootDir: dir, testEnvironment: 'node' },
  };
  const run = (name) => {
    const started = process.hrtime.bigint();
    const result = spawnSync(
      process.execPath,
      [jest, '--config', JSON.stringify(configs[name]), '--silent', '--ci'],
      { cwd: dir, encoding: 'utf8' },
    );
    if (result.status !== 0) throw new Error(`${name} run failed:\n${result.stderr}`);
    return Number(process.hrtime.bigint() - started);
  };
  try {
    run('preset'); // warms Jest's transform cache and the OS file cache for both
    run('node');
    const times = { preset: [], node: [] };
    const pairRatios = [];
    for (let pair = 0; pair < PAIRS; pair++) {
      const order = pair % 2 === 0 ? ['preset', 'node'] : ['node', 'preset'];
      const pairTimes = {};
      for (const name of order) {
        pairTimes[name] = run(name);
        times[name].push(pairTimes[name]);
      }
      pairRatios.push(pairTimes.preset / pairTimes.node);
      onRun(pair);
    }
    return Object.entries(times).map(([name, values]) => ({
      id: `environment.${name}`,
      group: `${FILES} trivial test files`,
      label: name === 'preset' ? "preset: 'signalbox'" : "testEnvironment: 'node'",
      median: quantile(values, 0.5),
      p25: quantile(values, 0.25),
      p75: quantile(values, 0.75),
      samples: values.length,
      ...(name === 'preset' ? { pairRatios } : {}),
    }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { formatCaseTable, formatRatio } = await import('./report.mjs');
  const rows = measureEnvironment();
  console.log(formatCaseTable(rows));
  const ratios = rows[0].pairRatios;
  console.log(
    `\npairs, preset ÷ node: ${ratios.map(formatRatio).join(', ')}; median ${formatRatio(quantile(ratios, 0.5))} (target ≤ 1.05x)`,
  );
}
