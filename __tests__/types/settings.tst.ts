import { configureSettings, type Settings, settingChanged, settings } from 'signalbox';
import { describe, expect, test } from 'tstyche';

declare module 'signalbox' {
  interface Settings {
    DEBUG: boolean;
    ALLOWED_HOSTS: string[];
  }
}

describe('Settings', () => {
  test('always declares SUSPEND_SIGNALS as a boolean', () => {
    expect<Settings['SUSPEND_SIGNALS']>().type.toBe<boolean>();
  });

  test('an augmentation types settings.X', () => {
    expect(settings.DEBUG).type.toBe<boolean>();
    expect(settings.ALLOWED_HOSTS).type.toBe<string[]>();
    expect(settings.SUSPEND_SIGNALS).type.toBe<boolean>();
  });

  test('reading an undeclared key is a compile error', () => {
    expect(settings).type.not.toHaveProperty('UNDECLARED');
  });

  test('settings is Readonly<Settings>: assigning is a compile error', () => {
    expect(settings).type.toBe<Readonly<Settings>>();
    expect(() => {
      settings.DEBUG = true;
    }).type.toRaiseError("Cannot assign to 'DEBUG' because it is a read-only property");
  });

  test('configureSettings takes any subset of the declared settings', () => {
    expect(configureSettings).type.toBeCallableWith({ DEBUG: false, ALLOWED_HOSTS: [] });
    expect(configureSettings).type.toBeCallableWith({ ALLOWED_HOSTS: ['example.com'] });
    expect(configureSettings).type.toBeCallableWith({ SUSPEND_SIGNALS: true });
  });

  test('configureSettings rejects a wrong type or an undeclared key', () => {
    expect(configureSettings).type.not.toBeCallableWith({ DEBUG: 'yes' });
    expect(configureSettings).type.not.toBeCallableWith({ ALLOWED_HOSTS: 'example.com' });
    expect(configureSettings).type.not.toBeCallableWith({ UNDECLARED: 1 });
  });
});

describe('settingChanged', () => {
  test('its receivers get { setting, value, enter }', () => {
    settingChanged.connect((_sender, payload) => {
      expect(payload.setting).type.toBe<string>();
      expect(payload.value).type.toBe<unknown>();
      expect(payload.enter).type.toBe<boolean>();
    });
  });
});
