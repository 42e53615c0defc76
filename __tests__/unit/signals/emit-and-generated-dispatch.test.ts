/**
 * `emit` against `send`, both on the methods' loops (the first sends) and after a signal got its
 * own generated `send` and `emit` (`WARM_UP` sends through an unchanged list). Without code
 * generation: `code-generation.test.ts`.
 */
// Installs the bridge before src/ loads (see fake-environment.ts).
import '../matchers/fake-environment';
import { configureSettings, Signal, suspendingReceiver } from 'signalbox';
import { overrideSettings, sentSignals, suspendSignals } from 'signalbox/testing';
import { WARM_UP } from '../../../src/signals/dispatchers';
import { inFakeTest } from '../matchers/fake-environment';

class User {}
class Group {}

type Tier = 'first sends' | 'warmed up';
const tiers: Tier[] = ['first sends', 'warmed up'];
const WARM = Symbol('warm-up sender');

/**
 * A receiver that logs `name payload` and returns `name`; it ignores the warm-up sends, so a
 * test's log shows only its own sends.
 */
function logging(name: string, log: string[], also?: () => void) {
  return (sender: unknown, payload: unknown) => {
    if (sender === WARM) return undefined;
    log.push(`${name} ${String(payload)}`);
    also?.();
    return name;
  };
}

/** In the warmed-up tier, sends `WARM_UP` times first: the sends after it are generated. */
function prepare(tier: Tier, signal: Signal<string, unknown>): void {
  if (tier === 'warmed up') for (let i = 0; i < WARM_UP; i++) signal.emit(WARM, 'warm-up');
}

describe.each(tiers)('after the %s', (tier) => {
  it('emit calls the receivers send calls, in order, with the same arguments, and returns nothing', () => {
    const signal = new Signal<string, unknown>(`order_${tier}`);
    const log: string[] = [];
    const first = jest.fn(logging('first', log));
    const forUser = logging('for user', log);
    const last = logging('last', log);
    signal.connect(first);
    signal.connect(forUser, { sender: User });
    signal.connect(logging('for group', log), { sender: Group });
    signal.connect(last);
    prepare(tier, signal);

    expect(signal.emit(User, 'emitted')).toBeUndefined();
    expect(signal.send(User, 'sent')).toEqual([
      [first, 'first'],
      [forUser, 'for user'],
      [last, 'last'],
    ]);
    expect(log).toEqual([
      'first emitted',
      'for user emitted',
      'last emitted',
      'first sent',
      'for user sent',
      'last sent',
    ]);
    expect(first).toHaveBeenNthCalledWith(
      tier === 'warmed up' ? WARM_UP + 1 : 1,
      User,
      'emitted',
      signal,
    );
  });

  it('matches senders as SameValueZero in both (NaN and primitives)', () => {
    const signal = new Signal<string, unknown>(`senders_${tier}`);
    const log: string[] = [];
    const forNaN = logging('NaN', log);
    signal.connect(forNaN, { sender: Number.NaN });
    signal.connect(logging('seven', log), { sender: 7 });
    prepare(tier, signal);

    signal.emit(Number.NaN, 'a');
    expect(signal.send(Number.NaN, 'b')).toEqual([[forNaN, 'NaN']]);
    signal.emit(7, 'c');
    expect(signal.send('7', 'd')).toEqual([]);
    expect(log).toEqual(['NaN a', 'NaN b', 'seven c']);
  });

  it('skips suspended receivers in both, by receiver, signal or name, and runs them again after', () => {
    const signal = new Signal<string, unknown>(`suspended_${tier}`);
    const log: string[] = [];
    const kept = logging('kept', log);
    const muted = logging('muted', log);
    signal.connect(kept);
    signal.connect(muted);
    prepare(tier, signal);

    // each suspension changes the flags: the tier warms up again under it
    suspendSignals([muted], () => {
      prepare(tier, signal);
      signal.emit(User, 'a');
      expect(signal.send(User, 'b')).toEqual([[kept, 'kept']]);
    });
    suspendSignals(signal, () => {
      prepare(tier, signal);
      signal.emit(User, 'c');
      expect(signal.send(User, 'd')).toEqual([]);
    });
    suspendSignals(`suspended_${tier}`, () => {
      prepare(tier, signal);
      signal.emit(User, 'e');
    });
    signal.emit(User, 'f');
    expect(log).toEqual(['kept a', 'kept b', 'kept f', 'muted f']);
  });

  it('skips a suspendingReceiver while SUSPEND_SIGNALS is set, in both', () => {
    const signal = new Signal<string, unknown>(`suspending_${tier}`);
    const log: string[] = [];
    const plain = logging('plain', log);
    signal.connect(plain);
    suspendingReceiver(signal)(logging('suspending', log));
    prepare(tier, signal);

    overrideSettings({ SUSPEND_SIGNALS: true }, () => {
      prepare(tier, signal);
      signal.emit(User, 'a');
      expect(signal.send(User, 'b')).toEqual([[plain, 'plain']]);
    });
    signal.emit(User, 'c');
    expect(log).toEqual(['plain a', 'plain b', 'plain c', 'suspending c']);
  });

  it('takes the receivers as they were when the emit started (connect and disconnect during it)', () => {
    const signal = new Signal<string, unknown>(`snapshot_${tier}`);
    const log: string[] = [];
    const late = logging('late', log);
    const second = logging('second', log);
    let changed = false;
    const first = logging('first', log, () => {
      if (changed) return;
      changed = true;
      signal.connect(late);
      signal.disconnect(second);
    });
    signal.connect(first);
    signal.connect(second);
    prepare(tier, signal);

    signal.emit(User, 'a');
    signal.emit(User, 'b');
    expect(log).toEqual(['first a', 'second a', 'first b', 'late b']);
  });

  it('propagates the first throw of emit, and the receivers after it do not run', () => {
    const signal = new Signal<string, unknown>(`throws_${tier}`);
    const log: string[] = [];
    signal.connect(
      logging('failing', log, () => {
        throw new Error('receiver failed');
      }),
    );
    signal.connect(logging('after', log));
    prepare(tier, signal);

    expect(() => signal.emit(User, 'a')).toThrow('receiver failed');
    expect(log).toEqual(['failing a']);
  });

  it('records an emit in the running test like a send, suspended or not', () => {
    const signal = new Signal<string, unknown>(`recorded_${tier}`);
    const log: string[] = [];
    signal.connect(logging('receiver', log));
    inFakeTest(() => {
      prepare(tier, signal);
      signal.emit(User, 'emitted');
      signal.send(User, 'sent');
      suspendSignals(signal, () => {
        prepare(tier, signal);
        signal.emit(User, 'suspended');
      });
      const sends = sentSignals(signal).filter((sent) => sent.sender === User);
      expect(sends.map(({ payload, suspended }) => [payload, suspended])).toEqual([
        ['emitted', false],
        ['sent', false],
        ['suspended', true],
      ]);
    });
    expect(log).toEqual(['receiver emitted', 'receiver sent']);
  });
});

describe('a signal sent through an unchanged list', () => {
  it(`gets its own send and emit after ${WARM_UP} sends, not enumerable`, () => {
    const signal = new Signal<string, unknown>('generated');
    signal.connect(jest.fn());
    for (let i = 0; i < WARM_UP - 1; i++) signal.send(User, 'x');
    expect(Object.hasOwn(signal, 'send')).toBe(false);
    signal.emit(User, 'x');
    expect(Object.hasOwn(signal, 'send')).toBe(true);
    expect(Object.hasOwn(signal, 'emit')).toBe(true);
    expect(Object.keys(signal)).toEqual(['name']);
  });

  it('leaves a spy on send in place; the function the spy wraps follows later connects', () => {
    const signal = new Signal<string, unknown>('spied');
    const first = jest.fn(() => 1);
    signal.connect(first);
    for (let i = 0; i < WARM_UP; i++) signal.send(User, 'x');
    const spy = jest.spyOn(signal, 'send');
    const second = jest.fn(() => 2);
    signal.connect(second);
    for (let i = 0; i < WARM_UP; i++) signal.send(User, 'x');

    expect(signal.send).toBe(spy);
    expect(signal.send(User, 'x')).toEqual([
      [first, 1],
      [second, 2],
    ]);
    spy.mockRestore();
  });

  it("keeps a subclass's own send", () => {
    class Counted<Payload> extends Signal<Payload> {
      sends = 0;
      override send(sender: unknown, payload: Payload) {
        this.sends++;
        return super.send(sender, payload);
      }
    }
    const signal = new Counted<string>('counted');
    signal.connect(jest.fn());
    for (let i = 0; i < 2 * WARM_UP; i++) signal.send(User, 'x');
    expect(signal.sends).toBe(2 * WARM_UP);
  });

  it('serves more receivers than are unrolled, and a signal whose receivers all left', () => {
    const signal = new Signal<number, unknown>('long');
    const receivers = Array.from({ length: 40 }, (_, i) => jest.fn(() => i));
    for (const receiver of receivers) signal.connect(receiver);
    for (let i = 0; i < WARM_UP; i++) signal.emit(User, i);
    expect(signal.send(User, 0).map(([, result]) => result)).toEqual(receivers.map((_, i) => i));
    for (const receiver of receivers) signal.disconnect(receiver);
    for (let i = 0; i < WARM_UP; i++) signal.emit(User, i);
    expect(signal.send(User, 0)).toEqual([]);
  });

  it('sees a base SUSPEND_SIGNALS change made by configureSettings', () => {
    const signal = new Signal<string, unknown>('configured');
    const suspending = suspendingReceiver(signal)(jest.fn());
    for (let i = 0; i < WARM_UP; i++) signal.emit(User, 'x');
    configureSettings({ SUSPEND_SIGNALS: true });
    try {
      signal.emit(User, 'x');
      expect(suspending).toHaveBeenCalledTimes(WARM_UP);
    } finally {
      configureSettings({ SUSPEND_SIGNALS: false });
    }
    signal.emit(User, 'x');
    expect(suspending).toHaveBeenCalledTimes(WARM_UP + 1);
  });
});
