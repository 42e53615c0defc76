import { inspect } from 'node:util';
import { configureSettings, SettingNotConfiguredError, settings } from 'signalbox';
import { overrideSettings } from 'signalbox/testing';

declare module 'signalbox' {
  interface Settings {
    READ_ONLY_DEBUG: boolean;
    READ_ONLY_OVERRIDDEN: number;
    READ_ONLY_CONFIGURED_LATER: string;
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

  it("throws the engine's TypeError on deleting a configured setting (strict code), which stays in force", () => {
    expect(() => {
      delete writable.READ_ONLY_DEBUG;
    }).toThrow(TypeError);
    expect(settings.READ_ONLY_DEBUG).toBe(false);
    expect(Object.keys(settings)).toContain('READ_ONLY_DEBUG');
  });

  it("throws the engine's TypeError on Object.defineProperty of a configured setting", () => {
    expect(() => Object.defineProperty(settings, 'READ_ONLY_DEBUG', { value: true })).toThrow(
      TypeError,
    );
    expect(settings.READ_ONLY_DEBUG).toBe(false);
  });
});

describe('a setting in force only by an override', () => {
  const key = 'READ_ONLY_OVERRIDDEN' as const;

  it('is listed while the override lasts, and leaves every listing when it ends', () => {
    expect(key in settings).toBe(false);
    overrideSettings({ [key]: 1 }, () => {
      expect(key in settings).toBe(true);
      expect(Object.keys(settings)).toContain(key);
      expect(JSON.parse(JSON.stringify(settings))).toMatchObject({ [key]: 1 });
      expect(writable[key]).toBe(1);
    });
    expect(key in settings).toBe(false);
    expect(Object.keys(settings)).not.toContain(key);
    expect(() => writable[key]).toThrow(SettingNotConfiguredError);
  });

  it('is still in force after a delete, which changes nothing', () => {
    overrideSettings({ [key]: 2 }, () => {
      delete writable[key];
      expect(writable[key]).toBe(2);
      expect(key in settings).toBe(true);
      expect(Object.keys(settings)).toContain(key);
    });
    expect(key in settings).toBe(false);
  });

  it('becomes non-configurable once configureSettings gives it a value', () => {
    const configuredLater = 'READ_ONLY_CONFIGURED_LATER' as const;
    overrideSettings({ [configuredLater]: 'override' }, () => {
      configureSettings({ [configuredLater]: 'base' });
      expect(writable[configuredLater]).toBe('override');
      expect(() => {
        delete writable[configuredLater];
      }).toThrow(TypeError);
    });
    expect(writable[configuredLater]).toBe('base');
  });
});

describe('the view reads', () => {
  it('the value in force at each read (a live view, not a copy)', () => {
    const read = () => settings.READ_ONLY_DEBUG;
    expect(read()).toBe(false);
    overrideSettings({ READ_ONLY_DEBUG: true }, () => {
      expect(read()).toBe(true);
      overrideSettings({ READ_ONLY_DEBUG: false }, () => expect(read()).toBe(false));
      expect(read()).toBe(true);
    });
    expect(read()).toBe(false);
  });

  it('shows the values in force in util.inspect, not accessors', () => {
    expect(inspect(settings)).toContain('READ_ONLY_DEBUG: false');
    expect(inspect(settings)).not.toContain('Getter');
  });

  it('clones to a plain object of the settings in force', () => {
    expect(structuredClone(settings)).toMatchObject({ READ_ONLY_DEBUG: false });
  });
});
