import { Signal } from 'signalbox';
import { suspendSignals } from 'signalbox/testing';

interface RealmRegistry {
  readonly connected: ReadonlySet<unknown>;
}
const registry = () =>
  (globalThis as Record<symbol, RealmRegistry>)[Symbol.for('signalbox.registry')]!;

describe('the realm registry', () => {
  test('keeps only signals that have receivers, so signals created by the thousand cost nothing at each layer change and can be collected', () => {
    const before = registry().connected.size;
    const signals = Array.from({ length: 1000 }, (_, i) => new Signal(`dynamic_${i}`));
    expect(registry().connected.size).toBe(before);

    const receiver = () => 'ran';
    const disconnects = signals.slice(0, 3).map((signal) => signal.connect(receiver));
    expect(registry().connected.size).toBe(before + 3);

    suspendSignals('dynamic_1', () => {
      expect(signals[0]!.send(null)).toEqual([[receiver, 'ran']]);
      expect(signals[1]!.send(null)).toEqual([]);
    });

    for (const disconnect of disconnects) disconnect();
    expect(registry().connected.size).toBe(before);
  });
});
