import { configureSettings, Signal, settingChanged, settings } from 'signalbox';

declare module 'signalbox' {
  interface Settings {
    CONFIGURE_DEBUG: boolean;
    CONFIGURE_HOSTS: string[];
    CONFIGURE_TIMEOUT: number;
    CONFIGURE_DATABASE: { url: string; pool: { size: number } };
    CONFIGURE_SILENT: string;
    CONFIGURE_SHARED: string;
  }
}

describe('configureSettings(values)', () => {
  it('sets base values that settings reads back', () => {
    const database = { url: 'postgres://localhost/app', pool: { size: 5 } };

    configureSettings({ CONFIGURE_DEBUG: true, CONFIGURE_DATABASE: database });

    expect(settings.CONFIGURE_DEBUG).toBe(true);
    expect(settings.CONFIGURE_DATABASE).toEqual(database);
  });

  it('merges with earlier calls; a later call wins for the same key', () => {
    configureSettings({ CONFIGURE_TIMEOUT: 30, CONFIGURE_HOSTS: ['a.example'] });
    configureSettings({ CONFIGURE_TIMEOUT: 60 });

    expect(settings.CONFIGURE_TIMEOUT).toBe(60);
    expect(settings.CONFIGURE_HOSTS).toEqual(['a.example']);
  });

  it('is seen through a settings reference taken earlier (a live view)', () => {
    const view = settings;

    configureSettings({ CONFIGURE_TIMEOUT: 1 });
    expect(view.CONFIGURE_TIMEOUT).toBe(1);
    configureSettings({ CONFIGURE_TIMEOUT: 2 });
    expect(view.CONFIGURE_TIMEOUT).toBe(2);
  });

  it('sends no settingChanged', () => {
    const onChange = jest.fn();
    settingChanged.connect(onChange);
    try {
      configureSettings({ CONFIGURE_SILENT: 'quiet', SUSPEND_SIGNALS: false });
    } finally {
      settingChanged.disconnect(onChange);
    }

    expect(onChange).not.toHaveBeenCalled();
  });

  it('is shared with every copy of the package loaded in the file', () => {
    let copy: typeof import('signalbox') | undefined;
    jest.isolateModules(() => {
      copy = require('signalbox');
    });
    if (!copy) throw new Error('signalbox was not loaded');

    configureSettings({ CONFIGURE_SHARED: 'from the first copy' });
    expect(copy.settings.CONFIGURE_SHARED).toBe('from the first copy');

    copy.configureSettings({ CONFIGURE_SHARED: 'from the second copy' });
    expect(settings.CONFIGURE_SHARED).toBe('from the second copy');
  });
});

describe('settingChanged', () => {
  it('is a Signal that receivers can connect to', () => {
    const onChange = jest.fn();

    expect(settingChanged).toBeInstanceOf(Signal);
    settingChanged.connect(onChange);
    expect(settingChanged.hasListeners(settings)).toBe(true);
    expect(settingChanged.disconnect(onChange)).toBe(true);
  });
});
