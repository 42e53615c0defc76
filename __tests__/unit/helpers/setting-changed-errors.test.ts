import { configureSettings, type SettingChange, settingChanged, settings } from 'signalbox';
import { modifySettings, overrideSettings } from 'signalbox/testing';

declare module 'signalbox' {
  interface Settings {
    ERRORS_FIRST: string;
    ERRORS_SECOND: string;
    ERRORS_LIST: string[];
  }
}

beforeAll(() => {
  configureSettings({ ERRORS_FIRST: 'base 1', ERRORS_SECOND: 'base 2', ERRORS_LIST: ['a'] });
});

/** Connects a receiver that records every event and throws `error` for the events `throwsOn` picks. */
function connectThrowing(
  throwsOn: (change: SettingChange) => boolean,
  error: (change: SettingChange) => Error,
): { events: SettingChange[] } & Disposable {
  const events: SettingChange[] = [];
  const disconnect = settingChanged.connect((_settings, change) => {
    events.push({ ...change });
    if (throwsOn(change)) throw error(change);
  });
  return { events, [Symbol.dispose]: () => void disconnect() };
}

describe('a settingChanged receiver that throws at start (Django semantics)', () => {
  it('stops the start notifications, undoes the override with exit notifications, and rethrows', () => {
    const error = new Error('receiver failed on enter');
    using receiver = connectThrowing(
      (change) => change.enter && change.setting === 'ERRORS_FIRST',
      () => error,
    );
    const callback = jest.fn();

    expect(() => overrideSettings({ ERRORS_FIRST: 'one', ERRORS_SECOND: 'two' }, callback)).toThrow(
      error,
    );

    expect(callback).not.toHaveBeenCalled();
    expect(receiver.events).toEqual([
      { setting: 'ERRORS_FIRST', value: 'one', enter: true },
      { setting: 'ERRORS_FIRST', value: 'base 1', enter: false },
      { setting: 'ERRORS_SECOND', value: 'base 2', enter: false },
    ]);
    expect(settings.ERRORS_FIRST).toBe('base 1');
    expect(settings.ERRORS_SECOND).toBe('base 2');
  });

  it('undoes a handle-form override too: no handle is returned and nothing stays applied', () => {
    const error = new Error('receiver failed on enter');
    using _receiver = connectThrowing(
      (change) => change.enter,
      () => error,
    );

    expect(() => modifySettings({ ERRORS_LIST: { append: 'b' } })).toThrow(error);
    expect(settings.ERRORS_LIST).toEqual(['a']);
  });

  it('sends every exit notification of the undo even when those throw too, then rethrows the first error', () => {
    using receiver = connectThrowing(
      () => true,
      (change) => new Error(change.enter ? 'enter' : `exit ${change.setting}`),
    );

    expect(() => overrideSettings({ ERRORS_FIRST: 'one', ERRORS_SECOND: 'two' })).toThrow(
      /^enter$/,
    );
    expect(receiver.events.map(({ setting, enter }) => [setting, enter])).toEqual([
      ['ERRORS_FIRST', true],
      ['ERRORS_FIRST', false],
      ['ERRORS_SECOND', false],
    ]);
    expect(settings.ERRORS_FIRST).toBe('base 1');
  });
});

describe('a settingChanged receiver that throws at end', () => {
  it('lets every receiver run for every key, restores everything, then throws the first error', () => {
    using throwing = connectThrowing(
      (change) => !change.enter,
      (change) => new Error(`exit ${change.setting}`),
    );
    const second = jest.fn();
    const disconnect = settingChanged.connect(second);

    try {
      expect(() =>
        overrideSettings({ ERRORS_FIRST: 'one', ERRORS_SECOND: 'two' }, () => 'done'),
      ).toThrow('exit ERRORS_FIRST');
    } finally {
      disconnect();
    }

    expect(throwing.events.filter((change) => !change.enter)).toHaveLength(2);
    expect(second).toHaveBeenCalledTimes(4);
    expect(settings.ERRORS_FIRST).toBe('base 1');
    expect(settings.ERRORS_SECOND).toBe('base 2');
  });

  it('lets the callback error propagate unchanged when the callback threw', () => {
    using _throwing = connectThrowing(
      (change) => !change.enter,
      () => new Error('exit error'),
    );
    const callbackError = new Error('callback error');

    expect(() =>
      overrideSettings({ ERRORS_FIRST: 'one' }, () => {
        throw callbackError;
      }),
    ).toThrow(callbackError);
    expect(settings.ERRORS_FIRST).toBe('base 1');
  });

  it('throws the first exit error from restore(); a second restore() is a no-op', () => {
    using _throwing = connectThrowing(
      (change) => !change.enter,
      () => new Error('exit error'),
    );
    const handle = overrideSettings({ ERRORS_FIRST: 'one' });

    expect(() => handle.restore()).toThrow('exit error');
    expect(settings.ERRORS_FIRST).toBe('base 1');
    expect(() => handle.restore()).not.toThrow();
  });

  it('with `using`, a block error and an exit error follow the SuppressedError rules', () => {
    using _throwing = connectThrowing(
      (change) => !change.enter,
      () => new Error('exit error'),
    );
    const blockError = new Error('block error');
    let caught: unknown;
    try {
      using _override = overrideSettings({ ERRORS_FIRST: 'one' });
      throw blockError;
    } catch (error) {
      caught = error;
    }

    expect(caught).toMatchObject({ error: { message: 'exit error' }, suppressed: blockError });
    expect(settings.ERRORS_FIRST).toBe('base 1');
  });

  it('makes the exit error the rejection of an async callback that resolved', async () => {
    using _throwing = connectThrowing(
      (change) => !change.enter,
      () => new Error('exit error'),
    );

    await expect(overrideSettings({ ERRORS_FIRST: 'one' }, async () => 'value')).rejects.toThrow(
      'exit error',
    );
    expect(settings.ERRORS_FIRST).toBe('base 1');
  });

  it('keeps the rejection of an async callback that rejected', async () => {
    using _throwing = connectThrowing(
      (change) => !change.enter,
      () => new Error('exit error'),
    );
    const callbackError = new Error('callback rejected');

    await expect(
      overrideSettings({ ERRORS_FIRST: 'one' }, async () => {
        throw callbackError;
      }),
    ).rejects.toBe(callbackError);
    expect(settings.ERRORS_FIRST).toBe('base 1');
  });
});
