import { receiver, Signal } from 'signalbox';

class User {}
class Group {}

describe('receiver(signalOrSignals, options?)(fn)', () => {
  it('connects fn to the signal and returns fn itself (Django: @receiver)', () => {
    const signal = new Signal<boolean>('receiver_single');
    const onSend = jest.fn();

    const returned = receiver(signal)(onSend);
    signal.send(User, true);

    expect(returned).toBe(onSend);
    expect(onSend).toHaveBeenCalledWith(User, true, signal);
    expect(signal.disconnect(onSend)).toBe(true);
  });

  it('connects fn to each signal of a list', () => {
    const saved = new Signal<string>('receiver_list_a');
    const deleted = new Signal<string>('receiver_list_b');
    const renamed = new Signal<string>('receiver_list_c');
    const seen: string[] = [];

    receiver([saved, deleted, renamed])((_sender: unknown, value: string) => {
      seen.push(value);
    });
    saved.send(User, 'a');
    renamed.send(User, 'c');
    deleted.send(User, 'b');

    expect(seen).toEqual(['a', 'c', 'b']);
  });

  it('passes the sender option to connect', () => {
    const signal = new Signal('receiver_sender');
    const forUser = receiver(signal, { sender: User })(jest.fn());

    signal.send(Group);
    expect(forUser).not.toHaveBeenCalled();
    signal.send(User);
    expect(forUser).toHaveBeenCalledTimes(1);
    expect(signal.disconnect(forUser, { sender: User })).toBe(true);
  });

  it('passes the dispatchUid option to connect', () => {
    const signal = new Signal('receiver_uid');
    const first = receiver(signal, { dispatchUid: 'create-profile' })(jest.fn());
    const second = receiver(signal, { dispatchUid: 'create-profile' })(jest.fn());

    signal.send(User);

    expect(first).toHaveBeenCalledTimes(1);
    expect(second).not.toHaveBeenCalled();
    expect(signal.disconnect(undefined, { dispatchUid: 'create-profile' })).toBe(true);
    expect(signal.hasListeners()).toBe(false);
  });

  it('accepts a Signal created by another copy of the package', () => {
    let copy: typeof import('signalbox') | undefined;
    jest.isolateModules(() => {
      copy = require('signalbox');
    });
    if (!copy) throw new Error('signalbox was not loaded');
    const signal = new copy.Signal('receiver_other_copy');
    const onSend = jest.fn();

    receiver(signal)(onSend);
    signal.send(User);

    expect(onSend).toHaveBeenCalledTimes(1);
  });

  it.each([
    ['a signal name', 'post_save'],
    ['undefined', undefined],
    ['a list holding a non-signal', [{ connect() {} }]],
  ])('rejects %s as the signal with a TypeError naming receiver', (_label, target) => {
    const decorate = () => receiver(target as never)(jest.fn());

    expect(decorate).toThrow(TypeError);
    expect(decorate).toThrow(/receiver/);
    expect(decorate).toThrow(/signal/i);
  });

  it('rejects a non-function with a TypeError, connecting nothing', () => {
    const signal = new Signal('receiver_non_function');
    const decorate = () => receiver(signal)('onSave' as never);

    expect(decorate).toThrow(TypeError);
    expect(decorate).toThrow(/receiver/);
    expect(signal.hasListeners()).toBe(false);
  });
});
