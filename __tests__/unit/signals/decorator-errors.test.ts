import { receiver, Signal, suspendingReceiver } from 'signalbox';

const saved = new Signal<{ id: number }>('saved');

describe('receiver and suspendingReceiver bad input', () => {
  test('a non-function is named as the decorated fn of the call the user wrote', () => {
    expect(() => receiver(saved)(5 as never)).toThrow(
      new TypeError('receiver(signals, options)(fn): fn must be a function, got 5'),
    );
    expect(() => suspendingReceiver(saved)('x' as never)).toThrow(
      'suspendingReceiver(signals, options)(fn): fn must be a function',
    );
  });

  test('bad options are refused when the decorator is made, before any function is connected', () => {
    expect(() => receiver(saved, { dispatchUID: 'typo' } as never)).toThrow(
      'receiver(signals, options): options.dispatchUID is not an option (expected sender, dispatchUid)',
    );
    expect(saved.hasListeners()).toBe(false);
  });
});
