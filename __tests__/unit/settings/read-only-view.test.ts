import { configureSettings, settings } from 'signalbox';

declare module 'signalbox' {
  interface Settings {
    READ_ONLY_DEBUG: boolean;
  }
}

const writable = settings as unknown as Record<PropertyKey, unknown>;

beforeAll(() => {
  configureSettings({ READ_ONLY_DEBUG: false });
});

function expectPointsAtTheHelpers(change: () => unknown) {
  expect(change).toThrow(TypeError);
  expect(change).toThrow(/overrideSettings/);
  expect(change).toThrow(/configureSettings/);
}

describe('settings is a read-only view', () => {
  it('throws on assigning a configured setting, pointing at overrideSettings / configureSettings', () => {
    expectPointsAtTheHelpers(() => {
      writable.READ_ONLY_DEBUG = true;
    });
    expect(settings.READ_ONLY_DEBUG).toBe(false);
  });

  it('throws on assigning SUSPEND_SIGNALS', () => {
    expectPointsAtTheHelpers(() => {
      writable.SUSPEND_SIGNALS = true;
    });
    expect(settings.SUSPEND_SIGNALS).toBe(false);
  });

  it('throws on assigning a setting that was never configured, which stays absent', () => {
    expectPointsAtTheHelpers(() => {
      writable.READ_ONLY_NEW = 1;
    });
    expect('READ_ONLY_NEW' in settings).toBe(false);
  });

  it('throws on assigning a symbol key', () => {
    const key = Symbol('cache');
    expectPointsAtTheHelpers(() => {
      writable[key] = 1;
    });
    expect(writable[key]).toBeUndefined();
  });

  it('throws on deleting a setting, which stays in force', () => {
    expectPointsAtTheHelpers(() => {
      delete writable.READ_ONLY_DEBUG;
    });
    expect(settings.READ_ONLY_DEBUG).toBe(false);
  });

  it('throws on Object.defineProperty', () => {
    expectPointsAtTheHelpers(() =>
      Object.defineProperty(settings, 'READ_ONLY_DEBUG', { value: true }),
    );
    expect(settings.READ_ONLY_DEBUG).toBe(false);
  });
});
