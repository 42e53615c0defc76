#!/usr/bin/env node
/**
 * The model test with many runs: `npm run fuzz` (100,000 runs), `npm run fuzz -- 20000`.
 *
 * The runs are split into chunks, each a separate Jest process with its own seed, two at a time:
 * every chunk starts from a fresh realm (the registry keeps every signal ever created and refreshes
 * all of them when a suspension starts or ends, so one realm running 100,000 programs, which create
 * signals, gets slower run after run), and a failing chunk prints its output and the seed that
 * reproduces it: `FUZZ_RUNS=<runs> FUZZ_SEED=<seed> npx jest __tests__/unit/model`.
 */
import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';

const total = Number(process.argv[2] ?? 100_000);
const chunkSize = Number(process.env.FUZZ_CHUNK ?? 1_000);
const baseSeed = Number(process.env.FUZZ_SEED ?? Date.now() % 1_000_000_000);
const parallel = Math.max(1, Math.min(availableParallelism(), 4));

if (!Number.isInteger(total) || total <= 0) {
  console.error(`usage: npm run fuzz -- [runs]   (got ${process.argv[2]})`);
  process.exit(2);
}

const chunks = [];
for (let done = 0, index = 0; done < total; done += chunkSize, index++) {
  chunks.push({ runs: Math.min(chunkSize, total - done), seed: baseSeed + index });
}

const children = new Set();
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    for (const child of children) child.kill();
    process.exit(130);
  });
}

function runChunk({ runs, seed }) {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(
      process.execPath,
      [
        'node_modules/jest/bin/jest.js',
        '__tests__/unit/model/',
        '--selectProjects=unit',
        '--silent',
      ],
      { env: { ...process.env, FUZZ_RUNS: String(runs), FUZZ_SEED: String(seed) }, stdio: 'pipe' },
    );
    children.add(child);
    let output = '';
    child.stdout.on('data', (data) => {
      output += data;
    });
    child.stderr.on('data', (data) => {
      output += data;
    });
    child.on('close', (code) => {
      children.delete(child);
      resolve({ runs, seed, code, output, seconds: (Date.now() - started) / 1000 });
    });
  });
}

console.log(
  `fuzz: ${total} runs in ${chunks.length} chunks of ≤${chunkSize}, base seed ${baseSeed}`,
);
const started = Date.now();
const failures = [];
let runsDone = 0;
const queue = [...chunks];
await Promise.all(
  Array.from({ length: parallel }, async () => {
    for (let chunk = queue.shift(); chunk !== undefined; chunk = queue.shift()) {
      const result = await runChunk(chunk);
      runsDone += result.runs;
      const status = result.code === 0 ? 'ok' : 'FAILED';
      console.log(
        `  seed ${result.seed}: ${result.runs} runs ${status} in ${result.seconds.toFixed(1)} s`,
      );
      if (result.code !== 0) {
        failures.push(result);
        console.log(result.output);
      }
    }
  }),
);
const seconds = (Date.now() - started) / 1000;
console.log(
  `fuzz: ${runsDone} runs in ${seconds.toFixed(1)} s, ${failures.length} failing chunk(s)`,
);
for (const failure of failures) {
  console.log(
    `  reproduce: FUZZ_RUNS=${failure.runs} FUZZ_SEED=${failure.seed} npx jest __tests__/unit/model`,
  );
}
process.exit(failures.length === 0 ? 0 : 1);
