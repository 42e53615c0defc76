import { Signal } from 'signalbox';
import { suspendSignals } from 'signalbox/testing';

/**
 * factory_boy's `mute_signals` swaps a signal's receiver list for an empty one and puts the saved
 * list back on exit, so what the user connects or disconnects meanwhile is lost or resurrected
 * (factory_boy #212, #799, #183). Suspension here is decided at send time: the list is never touched.
 */
function signalWithLog(name: string) {
  const signal = new Signal<void>(name);
  const calls: string[] = [];
  const make = (label: string) => () => {
    calls.push(label);
  };
  const sendAndTake = () => {
    signal.send(null);
    return calls.splice(0);
  };
  return { signal, make, sendAndTake };
}

describe('suspension keeps receivers exactly as the user left them (factory_boy mute_signals bugs)', () => {
  it('a receiver connected during a suspension stays connected after it, in connection order', () => {
    const { signal, make, sendAndTake } = signalWithLog('regression_connect');
    signal.connect(make('before'));

    suspendSignals(signal, () => {
      signal.connect(make('during'));
      expect(sendAndTake()).toEqual([]);
    });

    expect(sendAndTake()).toEqual(['before', 'during']);
  });

  it('a receiver disconnected during a suspension stays disconnected after it', () => {
    const { signal, make, sendAndTake } = signalWithLog('regression_disconnect');
    const first = make('first');
    signal.connect(first);
    signal.connect(make('second'));

    suspendSignals(signal, () => {
      expect(signal.disconnect(first)).toBe(true);
    });

    expect(sendAndTake()).toEqual(['second']);
  });

  it('disconnecting and reconnecting during a suspension moves the receiver to the end, once', () => {
    const { signal, make, sendAndTake } = signalWithLog('regression_reconnect');
    const a = make('a');
    signal.connect(a);
    signal.connect(make('b'));

    suspendSignals([signal], () => {
      signal.disconnect(a);
      signal.connect(a);
      signal.connect(a);
    });

    expect(sendAndTake()).toEqual(['b', 'a']);
  });

  it('nested suspensions of the same signal: the receivers come back once, after the outer one', () => {
    const { signal, make, sendAndTake } = signalWithLog('regression_nested');
    signal.connect(make('a'));

    suspendSignals(signal, () => {
      suspendSignals(signal, () => {
        signal.connect(make('b'));
      });
      expect(sendAndTake()).toEqual([]);
    });

    expect(sendAndTake()).toEqual(['a', 'b']);
    expect(signal.hasListeners()).toBe(true);
  });

  it('overlapping suspensions of the same signal ended in any order leave no receiver lost or doubled', () => {
    const { signal, make, sendAndTake } = signalWithLog('regression_overlap');
    signal.connect(make('a'));
    const outer = suspendSignals(signal);
    signal.connect(make('b'));
    const inner = suspendSignals('regression_overlap');

    outer.restore();
    expect(sendAndTake()).toEqual([]);
    inner.restore();

    expect(sendAndTake()).toEqual(['a', 'b']);
  });

  it('a receiver suspended by function stays suspended on every signal, and only that receiver', () => {
    const one = signalWithLog('regression_fn_one');
    const two = signalWithLog('regression_fn_two');
    const shared = jest.fn();
    one.signal.connect(shared);
    two.signal.connect(shared);
    one.signal.connect(one.make('other'));

    suspendSignals([shared], () => {
      expect(one.sendAndTake()).toEqual(['other']);
      two.sendAndTake();
    });
    one.sendAndTake();

    expect(shared).toHaveBeenCalledTimes(1);
  });
});
