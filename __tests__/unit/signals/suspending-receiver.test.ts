import { configureSettings, receiver, Signal, suspendingReceiver } from 'signalbox';
import { sendMethods, sendWith } from './send-methods';

class User {}

afterEach(() => {
  configureSettings({ SUSPEND_SIGNALS: false });
});

describe('suspendingReceiver(signalOrSignals, options?)(fn)', () => {
  it('connects fn itself and returns it, so disconnect(fn) works', () => {
    const signal = new Signal('suspending_connect');
    const onSend = jest.fn();

    expect(suspendingReceiver(signal)(onSend)).toBe(onSend);
    signal.send(User);
    expect(onSend).toHaveBeenCalledWith(User, undefined, signal);
    expect(signal.disconnect(onSend)).toBe(true);
    expect(signal.hasListeners()).toBe(false);
  });

  it('connects fn to each signal of a list, with the options', () => {
    const saved = new Signal('suspending_list_a');
    const deleted = new Signal('suspending_list_b');
    const onSend = suspendingReceiver([saved, deleted], { sender: User })(jest.fn());

    saved.send({});
    expect(onSend).not.toHaveBeenCalled();
    saved.send(User);
    deleted.send(User);
    expect(onSend).toHaveBeenCalledTimes(2);
    expect(deleted.disconnect(onSend, { sender: User })).toBe(true);
  });

  it('takes a dispatchUid option', () => {
    const signal = new Signal('suspending_uid');
    suspendingReceiver(signal, { dispatchUid: 'create-profile' })(jest.fn());

    expect(signal.disconnect(undefined, { dispatchUid: 'create-profile' })).toBe(true);
  });
});

describe.each(sendMethods)('Signal#%s while settings.SUSPEND_SIGNALS is true', (method) => {
  it('skips suspending receivers only, leaving them out of the result', async () => {
    const signal = new Signal<string>(`suspending_${method}`);
    const suspendable = suspendingReceiver(signal)(jest.fn(() => 'suspendable'));
    const ordinary = receiver(signal)(jest.fn(() => 'ordinary'));
    configureSettings({ SUSPEND_SIGNALS: true });

    const result = await sendWith(signal, method, User, 'payload');

    expect(result).toEqual([[ordinary, 'ordinary']]);
    expect(suspendable).not.toHaveBeenCalled();
  });

  it('returns an empty result when only suspending receivers are connected', async () => {
    const signal = new Signal<string>(`suspending_only_${method}`);
    suspendingReceiver(signal)(jest.fn());
    configureSettings({ SUSPEND_SIGNALS: true });

    expect(await sendWith(signal, method, User, 'payload')).toEqual([]);
  });
});

describe('SUSPEND_SIGNALS', () => {
  it('is decided at send time: turning it off again calls the receiver on the next send', () => {
    const signal = new Signal('suspending_send_time');
    const onSend = suspendingReceiver(signal)(jest.fn());

    configureSettings({ SUSPEND_SIGNALS: true });
    signal.send(User);
    expect(onSend).not.toHaveBeenCalled();

    configureSettings({ SUSPEND_SIGNALS: false });
    signal.send(User);
    expect(onSend).toHaveBeenCalledTimes(1);
  });

  it('also skips a suspending receiver connected while it was already true', () => {
    configureSettings({ SUSPEND_SIGNALS: true });
    const signal = new Signal('suspending_connected_late');
    const onSend = suspendingReceiver(signal)(jest.fn());

    expect(signal.send(User)).toEqual([]);
    expect(onSend).not.toHaveBeenCalled();
  });

  it('does not disconnect anything, and hasListeners still sees suspended receivers', () => {
    const signal = new Signal('suspending_has_listeners');
    const onSend = suspendingReceiver(signal, { sender: User })(jest.fn());
    configureSettings({ SUSPEND_SIGNALS: true });

    expect(signal.hasListeners()).toBe(true);
    expect(signal.hasListeners(User)).toBe(true);
    expect(signal.disconnect(onSend, { sender: User })).toBe(true);
  });

  it('keeps the snapshot semantics while it skips receivers', () => {
    const signal = new Signal('suspending_snapshot');
    const latecomer = jest.fn();
    const leaver = jest.fn();
    suspendingReceiver(signal)(jest.fn());
    signal.connect(() => {
      signal.connect(latecomer);
      signal.disconnect(leaver);
    });
    signal.connect(leaver);
    configureSettings({ SUSPEND_SIGNALS: true });

    signal.send(User);

    expect(latecomer).not.toHaveBeenCalled();
    expect(leaver).toHaveBeenCalledTimes(1);
  });

  it('leaves a function connected with plain connect running', () => {
    const signal = new Signal('suspending_plain_connect');
    const onSend = jest.fn();
    signal.connect(onSend);
    configureSettings({ SUSPEND_SIGNALS: true });

    signal.send(User);

    expect(onSend).toHaveBeenCalledTimes(1);
  });
});
