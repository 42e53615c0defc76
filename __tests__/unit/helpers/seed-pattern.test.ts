import { configureSettings, Signal, settings, suspendingReceiver } from 'signalbox';
import { overrideSettings, resumeSignals, suspendSignals } from 'signalbox/testing';

/** The original blog-post pattern: receivers that stand down while `SUSPEND_SIGNALS` is on. */
describe('suspendingReceiver with overrideSettings({ SUSPEND_SIGNALS: true })', () => {
  it('stops suspending receivers while the override is active and runs them again after', () => {
    const userSaved = new Signal<string>('seed_user_saved');
    const sendWelcomeMail = suspendingReceiver(userSaved)(
      jest.fn((_sender: unknown, name: string) => `mail ${name}`),
    );
    const audit = jest.fn(() => 'audited');
    userSaved.connect(audit);

    const during = overrideSettings({ SUSPEND_SIGNALS: true }, () => userSaved.send(null, 'ann'));
    const after = userSaved.send(null, 'bob');
    userSaved.disconnect(sendWelcomeMail);
    userSaved.disconnect(audit);

    expect(during).toEqual([[audit, 'audited']]);
    expect(after).toEqual([
      [sendWelcomeMail, 'mail bob'],
      [audit, 'audited'],
    ]);
    expect(settings.SUSPEND_SIGNALS).toBe(false);
  });

  it('follows the setting in force: configured on, then overridden back off for one block', () => {
    const signal = new Signal<void>('seed_configured');
    const receiver = suspendingReceiver(signal)(jest.fn());
    configureSettings({ SUSPEND_SIGNALS: true });
    try {
      signal.send(null);
      overrideSettings({ SUSPEND_SIGNALS: false }, () => signal.send(null));
    } finally {
      configureSettings({ SUSPEND_SIGNALS: false });
      signal.disconnect(receiver);
    }

    expect(receiver).toHaveBeenCalledTimes(1);
  });

  it('is independent of suspendSignals and resumeSignals, which act on layers only', () => {
    const signal = new Signal<void>('seed_independent');
    const receiver = suspendingReceiver(signal)(jest.fn());
    const plain = jest.fn();
    signal.connect(plain);

    overrideSettings({ SUSPEND_SIGNALS: true }, () => {
      resumeSignals(signal, () => signal.send(null));
    });
    suspendSignals(signal, () => {
      expect(settings.SUSPEND_SIGNALS).toBe(false);
      signal.send(null);
    });
    signal.disconnect(receiver);
    signal.disconnect(plain);

    expect(receiver).not.toHaveBeenCalled();
    expect(plain).toHaveBeenCalledTimes(1);
  });
});
