/** Measures each case with mitata and keeps the medians (ns per call). */
import { cpus } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { measure } from 'mitata';

export function describeMachine() {
  const cpu = cpus()[0]?.model.trim() ?? 'unknown CPU';
  return `Node ${process.version}, ${cpu} (${cpus().length} cores), ${process.platform} ${process.arch}`;
}

/**
 * Every case is far below a microsecond, so mitata always runs it in batches. By default it
 * batches only when its first calls look fast: one slow first call (lazy compilation, a dispatcher
 * generated on the 8th send, a scavenge) made it time single calls, at the timer's ~50 ns floor
 * inside Jest (the 0-receiver send: 50.0 ns in every quartile).
 */
const ALWAYS_BATCHED = {
  warmup_threshold: Number.POSITIVE_INFINITY,
  batch_threshold: Number.POSITIVE_INFINITY,
};

/**
 * A full collection before each case, as mitata does when it finds `gc`: each case starts from the
 * same heap, not in the middle of a collection the cases before it started (incremental marking
 * makes every store of an object slower). Without it, overrideSettings + restore measured ~490 ns
 * after no other case and ~700 ns after the send cases; with it, 250–500 ns after either.
 * `--expose-gc` is set here, so that `node bench/run.mjs` and the test files need no flag.
 */
setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc');
if (typeof collect !== 'function') throw new Error('bench/measure.mjs: --expose-gc gave no gc()');

export async function measureCases(cases, { onCase = () => {} } = {}) {
  const rows = [];
  for (const benchCase of cases) {
    const { run, teardown } = benchCase.setup();
    try {
      const stats = await measure(run, { ...ALWAYS_BATCHED, gc: collect });
      const row = {
        id: benchCase.id,
        group: benchCase.group,
        label: benchCase.label,
        median: stats.p50,
        p25: stats.p25,
        p75: stats.p75,
        samples: stats.samples.length,
      };
      rows.push(row);
      onCase(row);
    } finally {
      teardown?.();
    }
  }
  return rows;
}
