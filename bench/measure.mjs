/** Measures each case with mitata and keeps the medians (ns per call). */
import { cpus } from 'node:os';
import { measure } from 'mitata';

export function describeMachine() {
  const cpu = cpus()[0]?.model.trim() ?? 'unknown CPU';
  return `Node ${process.version}, ${cpu} (${cpus().length} cores), ${process.platform} ${process.arch}`;
}

const WARM_UP_CALLS = 1000;

export async function measureCases(cases, { onCase = () => {} } = {}) {
  const rows = [];
  for (const benchCase of cases) {
    const { run, teardown } = benchCase.setup();
    try {
      // mitata batches a case only if its first call looks fast; a cold first call (lazy
      // compilation, a dispatcher generated on the 8th send) made it time single calls, at the
      // timer's ~50 ns floor inside Jest
      for (let i = 0; i < WARM_UP_CALLS; i++) run();
      const stats = await measure(run);
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
