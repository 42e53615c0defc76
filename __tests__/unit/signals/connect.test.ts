import { Signal } from 'signalbox';

class User {}
class Group {}

function receivedBy(signal: Signal<string, unknown>, sender: unknown): unknown[] {
  return signal.send(sender, 'payload').map(([receiver]) => receiver);
}

describe('Signal#connect identity: (dispatchUid ?? receiver, sender ?? any)', () => {
  it('connecting the same receiver twice is a no-op', () => {
    const signal = new Signal<string>('connect_twice');
    const onSend = jest.fn();

    signal.connect(onSend);
    signal.connect(onSend);
    signal.connect(onSend, {});

    expect(signal.send(new User(), 'payload')).toHaveLength(1);
    expect(onSend).toHaveBeenCalledTimes(1);
  });

  it('connecting the same receiver for the same sender twice is a no-op', () => {
    const signal = new Signal<string>('connect_twice_sender');
    const onSend = jest.fn();

    signal.connect(onSend, { sender: User });
    signal.connect(onSend, { sender: User });

    expect(receivedBy(signal, User)).toEqual([onSend]);
  });

  it('treats the same receiver for another sender, or for any sender, as another identity', () => {
    const signal = new Signal<string>('connect_per_sender');
    const onSend = jest.fn();

    signal.connect(onSend, { sender: User });
    signal.connect(onSend, { sender: Group });
    signal.connect(onSend);

    expect(receivedBy(signal, User)).toEqual([onSend, onSend]);
    expect(receivedBy(signal, Group)).toEqual([onSend, onSend]);
    expect(receivedBy(signal, 'someone else')).toEqual([onSend]);
  });

  it('treats a null or undefined sender as "any sender"', () => {
    const signal = new Signal<string>('connect_null_sender');
    const onSend = jest.fn();

    signal.connect(onSend, { sender: null });
    signal.connect(onSend, { sender: undefined });
    signal.connect(onSend);

    expect(receivedBy(signal, User)).toEqual([onSend]);
  });

  it('keeps only the first receiver connected under a dispatchUid (Django: uid registration)', () => {
    const signal = new Signal<string>('connect_uid');
    const first = jest.fn();
    const second = jest.fn();

    signal.connect(first, { dispatchUid: 'create-profile' });
    signal.connect(second, { dispatchUid: 'create-profile' });

    expect(receivedBy(signal, User)).toEqual([first]);
    expect(second).not.toHaveBeenCalled();
  });

  it('accepts a symbol as dispatchUid', () => {
    const signal = new Signal<string>('connect_symbol_uid');
    const uid = Symbol('create-profile');
    const first = jest.fn();
    const second = jest.fn();

    signal.connect(first, { dispatchUid: uid });
    signal.connect(second, { dispatchUid: uid });

    expect(receivedBy(signal, User)).toEqual([first]);
  });

  it('treats one receiver under two dispatchUids, or a uid for another sender, as separate identities', () => {
    const signal = new Signal<string>('connect_uid_sender');
    const onSend = jest.fn();

    signal.connect(onSend, { dispatchUid: 'a' });
    signal.connect(onSend, { dispatchUid: 'b' });
    signal.connect(onSend, { dispatchUid: 'a', sender: User });

    expect(receivedBy(signal, User)).toEqual([onSend, onSend, onSend]);
    expect(receivedBy(signal, Group)).toEqual([onSend, onSend]);
  });

  it('keeps strong references: an inline arrow function stays connected', () => {
    const signal = new Signal<string>('connect_strong');
    const calls: string[] = [];

    signal.connect((_sender, payload) => {
      calls.push(payload);
    });
    signal.send(User, 'kept');

    expect(calls).toEqual(['kept']);
  });
});

describe('the function returned by Signal#connect', () => {
  it('disconnects exactly that identity and returns whether something was removed', () => {
    const signal = new Signal<string>('connect_returned_disconnect');
    const onSend = jest.fn();
    signal.connect(onSend);
    const disconnectForUser = signal.connect(onSend, { sender: User });

    expect(disconnectForUser()).toBe(true);
    expect(disconnectForUser()).toBe(false);
    expect(receivedBy(signal, User)).toEqual([onSend]);
  });

  it('disconnects a dispatchUid connection', () => {
    const signal = new Signal<string>('connect_returned_disconnect_uid');
    const onSend = jest.fn();
    const disconnect = signal.connect(onSend, { dispatchUid: 'uid', sender: User });

    expect(disconnect()).toBe(true);
    expect(signal.hasListeners()).toBe(false);
  });

  it('also disconnects the identity when the connect was a no-op repeat', () => {
    const signal = new Signal<string>('connect_returned_disconnect_repeat');
    const first = jest.fn();
    const second = jest.fn();
    signal.connect(first, { dispatchUid: 'uid' });
    const disconnectRepeat = signal.connect(second, { dispatchUid: 'uid' });

    expect(disconnectRepeat()).toBe(true);
    expect(signal.hasListeners()).toBe(false);
  });
});

describe('Signal#connect bad input', () => {
  it.each([
    ['a string', 'onSave'],
    ['undefined', undefined],
    ['null', null],
    ['an object', { handleEvent() {} }],
  ])(
    'rejects %s as receiver with a TypeError naming connect and the receiver',
    (_label, receiver) => {
      const signal = new Signal('connect_bad_receiver');
      const connect = () => signal.connect(receiver as never);

      expect(connect).toThrow(TypeError);
      expect(connect).toThrow(/connect/);
      expect(connect).toThrow(/receiver/);
      expect(signal.hasListeners()).toBe(false);
    },
  );

  it.each([
    ['an empty string', ''],
    ['a number', 7],
    ['an object', { id: 'uid' }],
    ['a function', () => 'uid'],
  ])('rejects %s as dispatchUid with a TypeError naming connect and dispatchUid', (_label, uid) => {
    const signal = new Signal('connect_bad_uid');
    const connect = () => signal.connect(() => {}, { dispatchUid: uid as never });

    expect(connect).toThrow(TypeError);
    expect(connect).toThrow(/connect/);
    expect(connect).toThrow(/dispatchUid/);
    expect(signal.hasListeners()).toBe(false);
  });

  it("names the signal in the error, since several signals may share the receiver's code", () => {
    const signal = new Signal('order_paid');

    expect(() => signal.connect('onPaid' as never)).toThrow(/order_paid/);
  });

  it('rejects options that are not an object with a TypeError naming connect', () => {
    const signal = new Signal('connect_bad_options');
    const connect = () => signal.connect(() => {}, 'create-profile' as never);

    expect(connect).toThrow(TypeError);
    expect(connect).toThrow(/connect/);
    expect(signal.hasListeners()).toBe(false);
  });
});
