import { configureSettings, type SettingChange, settings } from 'signalbox';
import { modifySettings, overrideSettings } from 'signalbox/testing';
import { recordSettingChanges } from './record-setting-changes';

declare module 'signalbox' {
  interface Settings {
    FROZEN_DATABASE: { url: string; options: { pool: number[] } };
    FROZEN_HOSTS: string[];
  }
}

/**
 * pytest-django #601: a test that mutates a settings value in place leaks into later tests. Values
 * going into settings are stored as frozen deep copies of plain data (documented in values.ts).
 */
describe('values put into settings cannot be mutated in place', () => {
  beforeAll(() => {
    configureSettings({
      FROZEN_DATABASE: { url: 'db://base', options: { pool: [1] } },
      FROZEN_HOSTS: ['a'],
    });
  });

  it('an override value is a frozen copy: mutating it fails, and mutating the original does nothing', () => {
    const value = { url: 'db://test', options: { pool: [1, 2] } };

    overrideSettings({ FROZEN_DATABASE: value }, () => {
      const read = settings.FROZEN_DATABASE;
      expect(Object.isFrozen(read)).toBe(true);
      expect(Object.isFrozen(read.options.pool)).toBe(true);
      expect(() => {
        read.options.pool.push(3);
      }).toThrow(TypeError);
      value.options.pool.push(99);
      value.url = 'db://changed';
      expect(settings.FROZEN_DATABASE).toEqual({ url: 'db://test', options: { pool: [1, 2] } });
    });
    expect(settings.FROZEN_DATABASE).toEqual({ url: 'db://base', options: { pool: [1] } });
  });

  it('configured and modified lists are frozen too', () => {
    expect(Object.isFrozen(settings.FROZEN_HOSTS)).toBe(true);
    modifySettings({ FROZEN_HOSTS: { append: 'b' } }, () => {
      expect(Object.isFrozen(settings.FROZEN_HOSTS)).toBe(true);
      expect(() => {
        (settings.FROZEN_HOSTS as string[]).push('c');
      }).toThrow(TypeError);
    });
    expect(settings.FROZEN_HOSTS).toEqual(['a']);
  });

  it('settingChanged receivers get the frozen values, so they cannot corrupt the settings either', () => {
    using recorder = recordSettingChanges();

    overrideSettings({ FROZEN_HOSTS: ['x'] }, () => {});

    const [enter] = recorder.events as [SettingChange];
    expect(Object.isFrozen(enter.value)).toBe(true);
  });
});
