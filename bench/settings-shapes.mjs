/**
 * `node bench/settings-shapes.mjs`: what a settings read costs with each object shape that could
 * back `settings`, against a plain property read — the design question behind the "settings read
 * at most 3x a plain read" target. Not part of `npm run bench`: it measures shapes, not signalbox.
 */
import { do_not_optimize, measure } from 'mitata';
import { formatDuration } from './report.mjs';

const readOnly = () => {
  throw new TypeError('settings are read-only: use overrideSettings');
};
const unknownName = new Proxy(
  {},
  {
    get(_, name) {
      throw new Error(`setting ${String(name)} is not configured`);
    },
  },
);

const plain = { X: -1 };
plain.X = 0; // a mutable field, as in bench/cases.mjs
const effective = { X: 0 };
const getTrap = new Proxy({}, { get: (_, name) => effective[name], set: readOnly });
const accessors = Object.create(unknownName);
Object.defineProperty(accessors, 'X', { get: () => effective.X, set: readOnly, enumerable: true });
const forwarding = new Proxy(accessors, { set: readOnly, deleteProperty: readOnly });

const shapes = [
  ['plain object property', () => do_not_optimize(plain.X)],
  ['Proxy with a get trap', () => do_not_optimize(getTrap.X)],
  ['Proxy without a get trap, over getters', () => do_not_optimize(forwarding.X)],
  ['own getter per setting, Proxy prototype', () => do_not_optimize(accessors.X)],
];
for (const [label, read] of shapes) {
  const stats = await measure(read);
  console.log(`${label.padEnd(42)} ${formatDuration(stats.p50)}`);
}
