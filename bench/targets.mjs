/**
 * The targets of issues 6, 12 and 15: `numerator / denominator` medians from the same run (or the
 * median of a row's `pairRatios`), at most `limit`; a `null` limit is shown, not a target.
 */
export const targets = [
  ...['send', 'emit'].flatMap((method) => {
    const id = method === 'send' ? 'signalbox' : 'signalbox-emit';
    return [
      ...[0, 1, 10].map((count) => ({
        label: `${method}, ${count} receiver${count === 1 ? '' : 's'} ÷ eventemitter3`,
        numerator: `send.${count}.${id}`,
        denominator: `send.${count}.eventemitter3`,
        // issue 6 held send with 0 receivers to it; issue 15 holds the peers to `emit`, which does
        // what their emit does (no `[receiver, result]` pairs): `send`'s ratios are shown
        limit: (count === 0) === (method === 'send') ? 1 : null,
      })),
      {
        label: `${method}, 10 receivers ÷ tseep`,
        numerator: `send.10.${id}`,
        denominator: 'send.10.tseep',
        // `send` makes the `[receiver, result]` pairs tseep does not: `emit` is the form held to it
        limit: method === 'emit' ? 2 : null,
      },
    ];
  }),
  {
    label: 'suspended send ÷ 0-receiver send',
    numerator: 'suspended.signalbox',
    denominator: 'send.0.signalbox',
    limit: 1.5,
  },
  {
    label: 'suspended send ÷ mocked emit (jest.spyOn)',
    numerator: 'suspended.signalbox',
    denominator: 'suspended.jest-spyOn',
    limit: 0.1,
  },
  {
    label: 'settings.X ÷ plain property',
    numerator: 'settings.read.base',
    denominator: 'settings.read.plain',
    limit: 3,
  },
  {
    label: 'settings.X under 1 override ÷ plain property',
    numerator: 'settings.read.override1',
    denominator: 'settings.read.plain',
    limit: 3,
  },
  {
    label: 'settings.X under 5 overrides ÷ plain property',
    numerator: 'settings.read.override5',
    denominator: 'settings.read.plain',
    limit: 3,
  },
  {
    label: 'connecting 100,000 receivers ÷ 10,000, per connection (O(n) total)',
    numerator: 'connect.100000',
    denominator: 'connect.10000',
    limit: 2,
  },
  {
    label: 'overrideSettings + restore ÷ jest.replaceProperty + restore',
    numerator: 'override.signalbox',
    denominator: 'override.jest-replaceProperty',
    limit: 1,
  },
  {
    label: 'a recorded send ÷ an unrecorded one, 1 receiver',
    numerator: 'recording.1.recorded',
    denominator: 'recording.1.unrecorded',
    limit: 1.5,
  },
  {
    label: 'a recorded send ÷ an unrecorded one, 10 receivers',
    numerator: 'recording.10.recorded',
    denominator: 'recording.10.unrecorded',
    limit: null,
  },
  {
    label: "50 trivial files, preset ÷ testEnvironment 'node' (median of paired runs)",
    pairs: 'environment.preset',
    limit: 1.05,
  },
];

const libraries = ['node:events', 'eventemitter3', 'EventEmitter2', 'mitt'];
// issue 12: an adopted emitter with no layer active costs what the library's own emit does
for (const count of [0, 1, 10]) {
  for (const library of libraries) {
    targets.push({
      label: `${library} emit, ${count} listener${count === 1 ? '' : 's'}, adopted ÷ own`,
      numerator: `emit.${count}.${library}.adopted`,
      denominator: `emit.${count}.${library}`,
      limit: 1.1,
    });
  }
}
targets.push(
  {
    label: 'suspended adopted emit (10 listeners) ÷ 0-listener emit',
    numerator: 'emit.suspended.node:events',
    denominator: 'emit.0.node:events',
    limit: 1.5,
  },
  {
    label: 'suspended adopted emit ÷ mocked emit (jest.spyOn)',
    numerator: 'emit.suspended.node:events',
    denominator: 'emit.suspended.jest-spyOn',
    limit: 0.1,
  },
);

const quantile = (values, at) => [...values].sort((a, b) => a - b)[Math.floor(values.length * at)];

/** Each target with its ratio; a target whose cases did not both run is left out. */
export function evaluateTargets(rows) {
  const byId = new Map(rows.map((row) => [row.id, row]));
  const ratioOf = (target) => {
    if (target.pairs !== undefined) {
      const ratios = byId.get(target.pairs)?.pairRatios;
      return ratios === undefined ? undefined : quantile(ratios, 0.5);
    }
    const numerator = byId.get(target.numerator);
    const denominator = byId.get(target.denominator);
    return numerator && denominator ? numerator.median / denominator.median : undefined;
  };
  return targets.flatMap((target) => {
    const ratio = ratioOf(target);
    if (ratio === undefined) return [];
    return [{ ...target, ratio, pass: target.limit === null || ratio <= target.limit }];
  });
}
