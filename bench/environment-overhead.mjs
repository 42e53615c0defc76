/**
 * What the preset costs a suite: 50 trivial test files run by Jest under `preset: 'signalbox'` and
 * under `testEnvironment: 'node'`, alternating, five runs each; prints the median wall times and
 * their ratio (issue 4's target: at most 1.05). `npm run bench:environment`.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureBuilt } from '../examples/support/local-signalbox.mjs';

const FILES = 50;
const RUNS = 5;
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const jest = join(root, 'node_modules/jest/bin/jest.js');

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
  preset: { rootDir: dir, preset: root },
  node: { rootDir: dir, testEnvironment: 'node' },
};

function run(name) {
  const started = process.hrtime.bigint();
  const result = spawnSync(
    process.execPath,
    [jest, '--config', JSON.stringify(configs[name]), '--silent', '--ci'],
    { cwd: dir, encoding: 'utf8' },
  );
  if (result.status !== 0) throw new Error(`${name} run failed:\n${result.stderr}`);
  return Number(process.hrtime.bigint() - started) / 1e6;
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const times = { preset: [], node: [] };
run('preset'); // warm Jest's transform cache and the OS file cache for both
run('node');
for (let i = 0; i < RUNS; i++) {
  for (const name of i % 2 === 0 ? ['preset', 'node'] : ['node', 'preset']) {
    times[name].push(run(name));
  }
}
rmSync(dir, { recursive: true, force: true });

const ratio = median(times.preset) / median(times.node);
console.log(
  `${FILES} trivial test files, ${RUNS} runs each, alternating (Node ${process.version})`,
);
for (const [name, values] of Object.entries(times)) {
  console.log(
    `  ${name.padEnd(6)} median ${median(values).toFixed(0)} ms  (${values.map((v) => v.toFixed(0)).join(', ')})`,
  );
}
console.log(
  `  preset ÷ node: ${ratio.toFixed(3)}x (target ≤ 1.05): ${ratio <= 1.05 ? 'met' : 'missed'}`,
);
