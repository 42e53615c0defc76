/**
 * `npm run bench:frozen`: what reading a settings list costs with each way of making
 * `settings.LIST.push(x)` fail with a useful message (issue 11) — the design question behind
 * `freezeList` in src/settings/values.ts. Not part of `npm run bench`: it measures shapes.
 *
 * - frozen: `Object.freeze(list)` (the engine says "Cannot add property 1, object is not extensible");
 * - guarded: a list as `settings` holds it (`freezeList`, from dist/): frozen, with own
 *   non-enumerable `push`, `splice`, … that throw naming the setting (the design chosen);
 * - Proxy: a Proxy over the frozen list whose traps throw naming the setting (cannot be cloned).
 *
 * Each round measures every shape, in an order that alternates between rounds; the medians of the
 * rounds are printed with their spread.
 */
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { do_not_optimize, measure } from 'mitata';
import { ensureBuilt, repoRoot } from '../examples/support/local-signalbox.mjs';
import { formatDuration } from './report.mjs';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const items = Array.from({ length: 10 }, (_, i) => `host${i}.example.com`);
const readOnly = () => {
  throw new TypeError('settings.ALLOWED_HOSTS is read-only: use modifySettings');
};

/** As settings held lists before: a copy made by index into `new Array(length)` (holes kept), frozen. */
function frozenCopy(list) {
  const copy = new Array(list.length);
  for (let i = 0; i < list.length; i++) copy[i] = list[i];
  return Object.freeze(copy);
}
const frozen = frozenCopy(items);
// the real thing: a list as settings hold it (dist/)
ensureBuilt();
const { configureSettings, settings } = createRequire(import.meta.url)(
  join(repoRoot, 'dist/index.cjs'),
);
configureSettings({ ALLOWED_HOSTS: items });
const guarded = settings.ALLOWED_HOSTS;
const proxied = new Proxy(frozenCopy(items), {
  set: readOnly,
  defineProperty: readOnly,
  deleteProperty: readOnly,
});

const shapes = { frozen, guarded, Proxy: proxied };
const operations = {
  'for…of over 10 items': (list) => () => {
    let length = 0;
    for (const item of list) length += item.length;
    return do_not_optimize(length);
  },
  'indexed loop over 10 items': (list) => () => {
    let length = 0;
    for (let i = 0; i < list.length; i++) length += list[i].length;
    return do_not_optimize(length);
  },
  'includes(last item)': (list) => () => do_not_optimize(list.includes('host9.example.com')),
  '[...list]': (list) => () => do_not_optimize([...list]),
};

const medians = {};
for (let round = 0; round < ROUNDS; round++) {
  const names = Object.keys(shapes);
  if (round % 2 === 1) names.reverse();
  for (const [operation, make] of Object.entries(operations)) {
    for (const name of names) {
      const stats = await measure(make(shapes[name]));
      medians[operation] ??= {};
      medians[operation][name] ??= [];
      medians[operation][name].push(stats.p50);
    }
  }
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
console.log(`Node ${process.version}, ${ROUNDS} rounds (median of the rounds' medians, min–max):`);
for (const [operation, byShape] of Object.entries(medians)) {
  const base = median(byShape.frozen);
  const cells = Object.entries(byShape).map(([name, values]) => {
    const m = median(values);
    const spread = `${formatDuration(Math.min(...values))}–${formatDuration(Math.max(...values))}`;
    return `${name} ${formatDuration(m)} (${(m / base).toFixed(2)}x; ${spread})`;
  });
  console.log(`${operation.padEnd(28)} ${cells.join(' | ')}`);
}
for (const [name, list] of Object.entries(shapes)) {
  let cloned;
  try {
    cloned = structuredClone(list).length === list.length ? 'clones' : 'clones wrongly';
  } catch (error) {
    cloned = `structuredClone throws ${error.name}`;
  }
  console.log(`${name.padEnd(8)} Array.isArray ${Array.isArray(list)}, ${cloned}`);
}
