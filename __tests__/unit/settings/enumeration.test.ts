import { configureSettings, settings } from 'signalbox';

declare module 'signalbox' {
  interface Settings {
    LISTED_DEBUG: boolean;
    LISTED_HOSTS: string[];
    LISTED_DATABASE: { url: string };
  }
}

const configured = {
  LISTED_DEBUG: true,
  LISTED_HOSTS: ['a.example', 'b.example'],
  LISTED_DATABASE: { url: 'postgres://localhost/app' },
};

beforeAll(() => {
  configureSettings(configured);
});

describe('settings shows the settings in force', () => {
  it('to the in operator, without throwing for a setting never configured', () => {
    expect('LISTED_DEBUG' in settings).toBe(true);
    expect('SUSPEND_SIGNALS' in settings).toBe(true);
    expect('LISTED_NEVER' in settings).toBe(false);
  });

  it('to Object.keys, SUSPEND_SIGNALS included', () => {
    expect(Object.keys(settings).sort()).toEqual([
      'LISTED_DATABASE',
      'LISTED_DEBUG',
      'LISTED_HOSTS',
      'SUSPEND_SIGNALS',
    ]);
  });

  it('to JSON.stringify', () => {
    expect(JSON.parse(JSON.stringify(settings))).toEqual({
      ...configured,
      SUSPEND_SIGNALS: false,
    });
  });

  it('to object spread and Object.hasOwn', () => {
    expect({ ...settings }).toEqual({ ...configured, SUSPEND_SIGNALS: false });
    expect(Object.hasOwn(settings, 'LISTED_HOSTS')).toBe(true);
    expect(Object.hasOwn(settings, 'LISTED_NEVER')).toBe(false);
  });

  it('including settings configured later', () => {
    configureSettings({ LISTED_DEBUG: false });

    expect(JSON.parse(JSON.stringify(settings))).toMatchObject({ LISTED_DEBUG: false });
  });
});
