import { configureSettings, settingChanged, settings } from 'signalbox';
import { overrideSettings } from 'signalbox/testing';

declare module 'signalbox' {
  interface Settings {
    REVIEW_MODE: string;
  }
}

beforeAll(() => configureSettings({ REVIEW_MODE: 'base' }));

// API.md "Test helpers": `overrideSettings(values, fn)` -> fn's result; a promise keeps it active
// until settled; "For an async callback that resolved, the exit error becomes the returned
// promise's rejection". Query builders and other libraries return thenables that are not Promises.
describe('a callback that returns a thenable that is not a Promise', () => {
  it('returns a promise of its value and keeps the override until it settles', async () => {
    let settle: (value: string) => void = () => {};
    const query = {
      // biome-ignore lint/suspicious/noThenProperty: a thenable is what this test is about
      then(onFulfilled: (value: string) => void) {
        settle = onFulfilled; // like a minimal thenable, `then` returns nothing
      },
    };

    const result = overrideSettings({ REVIEW_MODE: 'query' }, () => query);
    expect(settings.REVIEW_MODE).toBe('query');
    settle('rows');

    await expect(result).resolves.toBe('rows');
    expect(settings.REVIEW_MODE).toBe('base');
  });

  it('makes an exit error a rejection, never a synchronous throw', async () => {
    const exitError = new Error('exit');
    const disconnect = settingChanged.connect((_settings, { enter }) => {
      if (!enter) throw exitError;
    });
    try {
      // biome-ignore lint/suspicious/noThenProperty: a thenable is what this test is about
      const settled = { then: (onFulfilled: (value: string) => unknown) => onFulfilled('done') };
      let result: unknown;

      expect(() => {
        result = overrideSettings({ REVIEW_MODE: 'sync-thenable' }, () => settled);
      }).not.toThrow();
      await expect(result).rejects.toBe(exitError);
    } finally {
      disconnect();
    }
  });
});

describe('a callback whose result throws when its `then` is read', () => {
  it('still ends the override before the error propagates', () => {
    const strict = new Proxy(
      {},
      {
        get(_target, key) {
          throw new Error(`strict object has no ${String(key)}`);
        },
      },
    );

    expect(() => overrideSettings({ REVIEW_MODE: 'strict' }, () => strict)).toThrow('no then');
    expect(settings.REVIEW_MODE).toBe('base');
  });
});
