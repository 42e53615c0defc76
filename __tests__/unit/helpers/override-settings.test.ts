import { configureSettings, settingChanged, settings } from 'signalbox';
import { overrideSettings } from 'signalbox/testing';
import { recordSettingChanges } from './record-setting-changes';

declare module 'signalbox' {
  interface Settings {
    OVERRIDE_DEBUG: boolean;
    OVERRIDE_TIMEOUT: number;
    OVERRIDE_NAME: string;
  }
}

beforeAll(() => {
  configureSettings({ OVERRIDE_DEBUG: false, OVERRIDE_TIMEOUT: 30 });
});

describe('overrideSettings (Django override_settings)', () => {
  it('applies the values inside the callback, returns its result and restores after', () => {
    const result = overrideSettings({ OVERRIDE_DEBUG: true, OVERRIDE_NAME: 'inner' }, () => {
      expect(settings.OVERRIDE_DEBUG).toBe(true);
      expect(settings.OVERRIDE_NAME).toBe('inner');
      return 'result';
    });

    expect(result).toBe('result');
    expect(settings.OVERRIDE_DEBUG).toBe(false);
    expect('OVERRIDE_NAME' in settings).toBe(false);
    expect(() => settings.OVERRIDE_NAME).toThrow('OVERRIDE_NAME');
  });

  it('nests: the inner block wins, and leaving it shows the outer value again', () => {
    overrideSettings({ OVERRIDE_TIMEOUT: 1 }, () => {
      overrideSettings({ OVERRIDE_TIMEOUT: 2 }, () => {
        expect(settings.OVERRIDE_TIMEOUT).toBe(2);
      });
      expect(settings.OVERRIDE_TIMEOUT).toBe(1);
    });
    expect(settings.OVERRIDE_TIMEOUT).toBe(30);
  });

  it('restores when the callback throws, and the error propagates unchanged', () => {
    const error = new Error('inside the block');

    expect(() =>
      overrideSettings({ OVERRIDE_DEBUG: true }, () => {
        throw error;
      }),
    ).toThrow(error);
    expect(settings.OVERRIDE_DEBUG).toBe(false);
  });

  it('sends settingChanged per key, in key order: the own value on enter, the value in force on exit', () => {
    using recorder = recordSettingChanges();

    overrideSettings({ OVERRIDE_TIMEOUT: 5, OVERRIDE_NAME: 'x' }, () => {
      expect(recorder.events).toEqual([
        { setting: 'OVERRIDE_TIMEOUT', value: 5, enter: true },
        { setting: 'OVERRIDE_NAME', value: 'x', enter: true },
      ]);
    });

    expect(recorder.events.slice(2)).toEqual([
      { setting: 'OVERRIDE_TIMEOUT', value: 30, enter: false },
      { setting: 'OVERRIDE_NAME', value: undefined, enter: false },
    ]);
  });

  it('lets settingChanged receivers see the settings in force at enter and at exit', () => {
    const seen: unknown[] = [];
    const disconnect = settingChanged.connect(() => {
      seen.push(settings.OVERRIDE_TIMEOUT);
    });
    try {
      overrideSettings({ OVERRIDE_TIMEOUT: 7 }, () => {});
    } finally {
      disconnect();
    }

    expect(seen).toEqual([7, 30]);
  });

  it('sends the exit to a receiver connected while the override is in force, not the enter it missed', () => {
    const handle = overrideSettings({ OVERRIDE_TIMEOUT: 9 });
    using recorder = recordSettingChanges();

    handle.restore();

    expect(recorder.events).toEqual([{ setting: 'OVERRIDE_TIMEOUT', value: 30, enter: false }]);
  });

  it('reports the value restored by an outer override on exit, not the base', () => {
    using recorder = recordSettingChanges();

    overrideSettings({ OVERRIDE_DEBUG: true }, () => {
      overrideSettings({ OVERRIDE_DEBUG: false }, () => {});
    });

    expect(recorder.events).toEqual([
      { setting: 'OVERRIDE_DEBUG', value: true, enter: true },
      { setting: 'OVERRIDE_DEBUG', value: false, enter: true },
      { setting: 'OVERRIDE_DEBUG', value: true, enter: false },
      { setting: 'OVERRIDE_DEBUG', value: false, enter: false },
    ]);
  });
});
