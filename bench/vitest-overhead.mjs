/**
 * What the Vitest plugin costs a suite: 50 trivial test files run by Vitest with `signalbox()` and
 * without it, alternating, in pairs; prints the median wall times and the median of the pairs'
 * ratios (issue 13's target: at most 1.05). `npm run bench:vitest`.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ensureBuilt, repoRoot } from '../examples/support/local-signalbox.mjs';

const FILES = 50;
const PAIRS = Number(process.env.PAIRS ?? 7);
const vitest = join(repoRoot, 'node_modules/vitest/vitest.mjs');

ensureBuilt();
// inside the checkout (bench/.tmp is ignored), so that `vitest` resolves from its node_modules
const dir = join(repoRoot, 'bench/.tmp/vitest-overhead');
rmSync(dir, { recursive: true, force: true });
mkdirSync(join(dir, 'tests'), { recursive: true });
// the packed package, unpacked as npm installs it: Vite loads a real node_modules package as is,
// where it would compile a linked checkout's files for every test file
// a project of its own, as a consumer's is: without a package.json here, `signalbox/…` would
// resolve to the enclosing checkout by self-reference, which Vite transforms for every test file
writeFileSync(join(dir, 'package.json'), '{ "name": "vitest-overhead", "private": true }\n');
const installed = join(dir, 'node_modules/signalbox');
mkdirSync(installed, { recursive: true });
const pack = spawnSync('npm', ['pack', '--silent', '--pack-destination', dir], {
  cwd: repoRoot,
  encoding: 'utf8',
});
if (pack.status !== 0) throw new Error(`npm pack failed:\n${pack.stderr}`);
const tarball = join(dir, pack.stdout.trim().split('\n').at(-1));
spawnSync('tar', ['-xzf', tarball, '-C', installed, '--strip-components=1'], { stdio: 'inherit' });
for (let i = 0; i < FILES; i++) {
  writeFileSync(
    join(dir, 'tests', `trivial-${i}.test.mjs`),
    `import { expect, test } from 'vitest';\ntest('trivial ${i}', () => { expect(${i} + 1).toBe(${i + 1}); });\n`,
  );
}
const configs = {
  signalbox:
    "import { signalbox } from 'signalbox/vitest';\nexport default { plugins: [signalbox()] };\n",
  plain: 'export default {};\n',
};
for (const [name, code] of Object.entries(configs)) {
  writeFileSync(join(dir, `${name}.config.mjs`), code);
}

function run(name) {
  const started = process.hrtime.bigint();
  const result = spawnSync(
    process.execPath,
    [vitest, 'run', '--config', `${name}.config.mjs`, '--reporter=dot', '--silent'],
    { cwd: dir, encoding: 'utf8', env: { ...process.env, SIGNALBOX_PROFILE: '' } },
  );
  if (result.status !== 0) throw new Error(`${name} run failed:\n${result.stdout}${result.stderr}`);
  return Number(process.hrtime.bigint() - started) / 1e6;
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const times = { signalbox: [], plain: [] };
const ratios = [];
run('signalbox'); // warm Vite's caches and the OS file cache for both
run('plain');
for (let i = 0; i < PAIRS; i++) {
  const order = i % 2 === 0 ? ['signalbox', 'plain'] : ['plain', 'signalbox'];
  const pair = {};
  for (const name of order) pair[name] = run(name);
  times.signalbox.push(pair.signalbox);
  times.plain.push(pair.plain);
  ratios.push(pair.signalbox / pair.plain);
}
if (!process.env.KEEP) rmSync(dir, { recursive: true, force: true });

const ratio = median(ratios);
const { version } = JSON.parse(
  readFileSync(join(repoRoot, 'node_modules/vitest/package.json'), 'utf8'),
);
console.log(
  `${FILES} trivial test files, ${PAIRS} pairs of runs, alternating (Vitest ${version}, Node ${process.version})`,
);
for (const [name, values] of Object.entries(times)) {
  console.log(
    `  ${name.padEnd(9)} median ${median(values).toFixed(0)} ms  (${values.map((v) => v.toFixed(0)).join(', ')})`,
  );
}
console.log(
  `  signalbox ÷ plain, median of the pairs: ${ratio.toFixed(3)}x (${ratios.map((r) => r.toFixed(3)).join(', ')}; target ≤ 1.05): ${ratio <= 1.05 ? 'met' : 'missed'}`,
);
