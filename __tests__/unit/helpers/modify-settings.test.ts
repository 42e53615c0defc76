import { configureSettings, settings } from 'signalbox';
import { modifySettings, overrideSettings } from 'signalbox/testing';
import { recordSettingChanges } from './record-setting-changes';

declare module 'signalbox' {
  interface Settings {
    MODIFY_APPS: string[];
    MODIFY_MIDDLEWARE: string[];
    MODIFY_NEVER_CONFIGURED: string[];
    MODIFY_MIXED: unknown[];
  }
}

beforeAll(() => {
  configureSettings({ MODIFY_APPS: ['auth', 'core'], MODIFY_MIDDLEWARE: ['session', 'csrf'] });
});

describe('modifySettings (Django modify_settings)', () => {
  it('appends, prepends and removes, in the order the operations are given', () => {
    modifySettings(
      { MODIFY_APPS: { remove: 'auth', append: 'admin', prepend: ['first', 'second'] } },
      () => {
        expect(settings.MODIFY_APPS).toEqual(['first', 'second', 'core', 'admin']);
      },
    );
    modifySettings({ MODIFY_APPS: { append: 'auth', remove: 'auth' } }, () => {
      expect(settings.MODIFY_APPS).toEqual(['core']);
    });
    expect(settings.MODIFY_APPS).toEqual(['auth', 'core']);
  });

  it('skips values already present, including ones the same operation just added', () => {
    modifySettings(
      { MODIFY_APPS: { append: ['core', 'x', 'x'], prepend: ['y', 'auth', 'y'] } },
      () => {
        expect(settings.MODIFY_APPS).toEqual(['y', 'auth', 'core', 'x']);
      },
    );
  });

  it('ignores removing a value that is not there', () => {
    modifySettings({ MODIFY_APPS: { remove: ['missing', 'core'] } }, () => {
      expect(settings.MODIFY_APPS).toEqual(['auth']);
    });
  });

  it('compares items with Array.prototype.includes (SameValueZero)', () => {
    overrideSettings({ MODIFY_MIXED: ['1', -0] }, () => {
      modifySettings({ MODIFY_MIXED: { append: [1, Number.NaN, 0] } }, () => {
        modifySettings({ MODIFY_MIXED: { append: Number.NaN } }, () => {
          expect(settings.MODIFY_MIXED).toEqual(['1', -0, 1, Number.NaN]);
        });
      });
    });
  });

  it('starts a setting that was never configured from [] (and it is gone after)', () => {
    modifySettings({ MODIFY_NEVER_CONFIGURED: { append: 'one' } }, () => {
      expect(settings.MODIFY_NEVER_CONFIGURED).toEqual(['one']);
    });
    expect('MODIFY_NEVER_CONFIGURED' in settings).toBe(false);
  });

  it('modifies the value of the override beneath it, and follows it when the override ends first', () => {
    const override = overrideSettings({ MODIFY_APPS: ['overridden'] });
    const modification = modifySettings({ MODIFY_APPS: { append: 'added' } });
    expect(settings.MODIFY_APPS).toEqual(['overridden', 'added']);

    override.restore();
    expect(settings.MODIFY_APPS).toEqual(['auth', 'core', 'added']);
    modification.restore();
    expect(settings.MODIFY_APPS).toEqual(['auth', 'core']);
  });

  it('sends the list it computed on enter and the value in force on exit, per key in order', () => {
    using recorder = recordSettingChanges();

    modifySettings(
      { MODIFY_MIDDLEWARE: { append: 'gzip' }, MODIFY_APPS: { remove: 'auth' } },
      () => {},
    );

    expect(recorder.events).toEqual([
      { setting: 'MODIFY_MIDDLEWARE', value: ['session', 'csrf', 'gzip'], enter: true },
      { setting: 'MODIFY_APPS', value: ['core'], enter: true },
      { setting: 'MODIFY_MIDDLEWARE', value: ['session', 'csrf'], enter: false },
      { setting: 'MODIFY_APPS', value: ['auth', 'core'], enter: false },
    ]);
  });

  it('sends undefined on exit for a setting that is no longer in force', () => {
    using recorder = recordSettingChanges();

    modifySettings({ MODIFY_NEVER_CONFIGURED: { prepend: 'p' } }, () => {});

    expect(recorder.events).toEqual([
      { setting: 'MODIFY_NEVER_CONFIGURED', value: ['p'], enter: true },
      { setting: 'MODIFY_NEVER_CONFIGURED', value: undefined, enter: false },
    ]);
  });
});
