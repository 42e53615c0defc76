import { Signal } from 'signalbox';

class User {}

describe('Signal#disconnect', () => {
  it('returns true when it removed a receiver and false when nothing was connected', () => {
    const signal = new Signal('disconnect_result');
    const connected = jest.fn();
    const neverConnected = jest.fn();
    signal.connect(connected);

    expect(signal.disconnect(connected)).toBe(true);
    expect(signal.disconnect(connected)).toBe(false);
    expect(signal.disconnect(neverConnected)).toBe(false);
    expect(signal.hasListeners()).toBe(false);
  });

  it('removes only the one identity: disconnect(fn) keeps fn connected for a specific sender', () => {
    const signal = new Signal('disconnect_one_identity');
    const onSend = jest.fn();
    signal.connect(onSend);
    signal.connect(onSend, { sender: User });

    expect(signal.disconnect(onSend)).toBe(true);

    expect(signal.hasListeners(User)).toBe(true);
    expect(signal.hasListeners({})).toBe(false);
    expect(signal.disconnect(onSend, { sender: User })).toBe(true);
    expect(signal.hasListeners()).toBe(false);
  });

  it('does not remove a sender-bound connection when asked for another sender', () => {
    const signal = new Signal('disconnect_other_sender');
    const onSend = jest.fn();
    signal.connect(onSend, { sender: User });

    expect(signal.disconnect(onSend, { sender: {} })).toBe(false);
    expect(signal.hasListeners(User)).toBe(true);
  });

  it('removes a dispatchUid connection by uid alone, whatever receiver is passed', () => {
    const signal = new Signal('disconnect_uid');
    const onSend = jest.fn();
    signal.connect(onSend, { dispatchUid: 'create-profile' });

    expect(signal.disconnect(onSend)).toBe(false);
    expect(signal.disconnect(undefined, { dispatchUid: 'create-profile' })).toBe(true);
    expect(signal.hasListeners()).toBe(false);

    signal.connect(onSend, { dispatchUid: 'create-profile' });
    expect(signal.disconnect(jest.fn(), { dispatchUid: 'create-profile' })).toBe(true);
    expect(signal.hasListeners()).toBe(false);
  });

  it('removes a symbol dispatchUid connection, per sender', () => {
    const signal = new Signal('disconnect_symbol_uid');
    const uid = Symbol('create-profile');
    signal.connect(jest.fn(), { dispatchUid: uid, sender: User });

    expect(signal.disconnect(undefined, { dispatchUid: uid })).toBe(false);
    expect(signal.disconnect(undefined, { dispatchUid: uid, sender: User })).toBe(true);
    expect(signal.hasListeners()).toBe(false);
  });

  it('leaves the other receivers connected, in their order', () => {
    const signal = new Signal('disconnect_keeps_others');
    const first = jest.fn();
    const second = jest.fn();
    const third = jest.fn();
    signal.connect(first);
    signal.connect(second);
    signal.connect(third);

    signal.disconnect(second);

    expect(signal.send(User).map(([receiver]) => receiver)).toEqual([first, third]);
  });

  it('puts a receiver connected again after a disconnect at the end of the order', () => {
    const signal = new Signal('disconnect_reconnect');
    const first = jest.fn();
    const second = jest.fn();
    signal.connect(first);
    signal.connect(second);

    signal.disconnect(first);
    signal.connect(first);

    expect(signal.send(User).map(([receiver]) => receiver)).toEqual([second, first]);
  });

  it.each([
    ['no arguments', []],
    ['undefined and no options', [undefined]],
    ['undefined and options without dispatchUid', [undefined, { sender: User }]],
  ])('throws a TypeError naming disconnect when given %s', (_label, args) => {
    const signal = new Signal('disconnect_nothing');
    signal.connect(jest.fn());
    const disconnect = () => signal.disconnect(...(args as []));

    expect(disconnect).toThrow(TypeError);
    expect(disconnect).toThrow(/disconnect/);
    expect(disconnect).toThrow(/receiver|dispatchUid/);
    expect(signal.hasListeners()).toBe(true);
  });

  it.each([
    ['a string receiver', ['onSave']],
    ['an empty dispatchUid', [undefined, { dispatchUid: '' }]],
    ['a numeric dispatchUid', [undefined, { dispatchUid: 3 }]],
  ])('rejects %s with a TypeError naming disconnect', (_label, args) => {
    const signal = new Signal('disconnect_bad_input');
    const disconnect = () => signal.disconnect(...(args as []));

    expect(disconnect).toThrow(TypeError);
    expect(disconnect).toThrow(/disconnect/);
  });
});
