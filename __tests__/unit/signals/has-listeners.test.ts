import { Signal } from 'signalbox';

class User {}
class Group {}

describe('Signal#hasListeners', () => {
  it('is false for every sender while nothing is connected', () => {
    const signal = new Signal('has_listeners_empty');

    expect(signal.hasListeners()).toBe(false);
    expect(signal.hasListeners(undefined)).toBe(false);
    expect(signal.hasListeners(User)).toBe(false);
  });

  it('is true for every sender when a receiver is connected for any sender', () => {
    const signal = new Signal('has_listeners_any');
    const onSend = jest.fn();
    signal.connect(onSend);

    expect(signal.hasListeners()).toBe(true);
    expect(signal.hasListeners(User)).toBe(true);
    expect(signal.hasListeners({})).toBe(true);

    signal.disconnect(onSend);
    expect(signal.hasListeners()).toBe(false);
    expect(signal.hasListeners(User)).toBe(false);
  });

  it('with a sender, is true only for a sender that a send would reach', () => {
    const signal = new Signal('has_listeners_sender');
    signal.connect(jest.fn(), { sender: User });

    expect(signal.hasListeners(User)).toBe(true);
    expect(signal.hasListeners(Group)).toBe(false);
  });

  it('without a sender (or with undefined), is true when any receiver is connected at all', () => {
    const signal = new Signal('has_listeners_no_sender');
    signal.connect(jest.fn(), { sender: User });

    expect(signal.hasListeners()).toBe(true);
    expect(signal.hasListeners(undefined)).toBe(true);
  });

  it('counts a dispatchUid connection', () => {
    const signal = new Signal('has_listeners_uid');
    signal.connect(jest.fn(), { dispatchUid: 'uid' });

    expect(signal.hasListeners(User)).toBe(true);
  });
});
