import { Signal } from 'signalbox';
import { sendMethods, sendWith } from './send-methods';

class User {}
class Group {}

describe.each(sendMethods)('Signal#%s', (method) => {
  it('calls each receiver as receiver(sender, payload, signal)', async () => {
    const signal = new Signal<{ created: boolean }, typeof User>(`${method}_arguments`);
    const onSend = jest.fn();
    const payload = { created: true };
    signal.connect(onSend);

    await sendWith(signal, method, User, payload);

    expect(onSend).toHaveBeenCalledTimes(1);
    expect(onSend.mock.calls[0]).toEqual([User, payload, signal]);
    expect(onSend.mock.calls[0]?.[1]).toBe(payload);
    expect(onSend.mock.calls[0]?.[2]).toBe(signal);
  });

  it('returns [receiver, result] pairs in connection order, sender-bound and not interleaved', async () => {
    const signal = new Signal<string>(`${method}_order`);
    const first = jest.fn(() => 'first');
    const forUser = jest.fn(() => 'for user');
    const last = jest.fn(() => 'last');
    signal.connect(first);
    signal.connect(forUser, { sender: User });
    signal.connect(last);

    expect(await sendWith(signal, method, User, 'payload')).toEqual([
      [first, 'first'],
      [forUser, 'for user'],
      [last, 'last'],
    ]);
  });

  it('calls receivers connected with a sender only for that sender (Django: sender filtering)', async () => {
    const signal = new Signal<string>(`${method}_sender_filter`);
    const forUser = jest.fn();
    const forGroup = jest.fn();
    const forAny = jest.fn();
    signal.connect(forUser, { sender: User });
    signal.connect(forGroup, { sender: Group });
    signal.connect(forAny);

    const result = await sendWith(signal, method, Group, 'payload');

    expect(result.map(([receiver]) => receiver)).toEqual([forGroup, forAny]);
    expect(forUser).not.toHaveBeenCalled();
  });

  it('matches senders by identity, including primitive senders', async () => {
    const signal = new Signal<string>(`${method}_sender_identity`);
    const forAlice = jest.fn();
    signal.connect(forAlice, { sender: 'alice' });

    await sendWith(signal, method, 'bob', 'payload');
    await sendWith(signal, method, { name: 'alice' }, 'payload');
    expect(forAlice).not.toHaveBeenCalled();

    await sendWith(signal, method, 'alice', 'payload');
    expect(forAlice).toHaveBeenCalledTimes(1);
  });

  it('returns an empty result when no receiver is connected or none matches the sender', async () => {
    const signal = new Signal<string>(`${method}_empty`);

    expect(await sendWith(signal, method, User, 'payload')).toEqual([]);

    signal.connect(jest.fn(), { sender: Group });
    expect(await sendWith(signal, method, User, 'payload')).toEqual([]);
  });

  it('sends a payload-less signal with the sender alone', async () => {
    const signal = new Signal(`${method}_payloadless`);
    const onSend = jest.fn();
    signal.connect(onSend);

    await signal[method](User);

    expect(onSend.mock.calls[0]).toEqual([User, undefined, signal]);
  });

  it('does not call a receiver connected during the send, but calls it on the next send', async () => {
    const signal = new Signal<string>(`${method}_connect_during_send`);
    const latecomer = jest.fn();
    const connector = jest.fn(() => {
      signal.connect(latecomer);
    });
    signal.connect(connector);

    const result = await sendWith(signal, method, User, 'payload');

    expect(result.map(([receiver]) => receiver)).toEqual([connector]);
    expect(latecomer).not.toHaveBeenCalled();
    await sendWith(signal, method, User, 'payload');
    expect(latecomer).toHaveBeenCalledTimes(1);
  });

  it('still calls a receiver disconnected during the send, but not on the next send', async () => {
    const signal = new Signal<string>(`${method}_disconnect_during_send`);
    const leaver = jest.fn();
    const disconnector = jest.fn(() => {
      signal.disconnect(leaver);
    });
    signal.connect(disconnector);
    signal.connect(leaver);

    const result = await sendWith(signal, method, User, 'payload');

    expect(result.map(([receiver]) => receiver)).toEqual([disconnector, leaver]);
    await sendWith(signal, method, User, 'payload');
    expect(leaver).toHaveBeenCalledTimes(1);
  });

  it('lets receivers disconnect themselves during the send (Django: disconnect in dispatch)', async () => {
    const signal = new Signal<string, typeof User>(`${method}_self_disconnect`);
    const ran: string[] = [];
    function first(sender: typeof User, _payload: string, self: Signal<string, typeof User>) {
      ran.push('first');
      self.disconnect(first, { sender });
    }
    function second(sender: typeof User, _payload: string, self: Signal<string, typeof User>) {
      ran.push('second');
      self.disconnect(second, { sender });
    }
    signal.connect(first, { sender: User });
    signal.connect(second, { sender: User });

    await sendWith(signal, method, User, 'payload');

    expect(ran).toEqual(['first', 'second']);
    expect(signal.hasListeners()).toBe(false);
  });

  it('calls a receiver connected once however often it was connected (Django: multiple registration)', async () => {
    const signal = new Signal<string>(`${method}_multiple_registration`);
    const onSend = jest.fn();
    for (let i = 0; i < 6; i++) signal.connect(onSend);

    expect(await sendWith(signal, method, User, 'payload')).toHaveLength(1);
    expect(onSend).toHaveBeenCalledTimes(1);
  });
});
