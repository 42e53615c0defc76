import { configureSettings, settings } from 'signalbox';

declare module 'signalbox' {
  interface Settings {
    UNCONFIGURED_CACHE_TIMEOUT: number;
    UNCONFIGURED_EMAIL_HOST: string;
    UNCONFIGURED_DECLARED: string;
    UNCONFIGURED_LATER: string;
  }
}

beforeAll(() => {
  configureSettings({ UNCONFIGURED_CACHE_TIMEOUT: 300, UNCONFIGURED_EMAIL_HOST: 'smtp.example' });
});

function readError(key: string): Error {
  try {
    Reflect.get(settings, key);
  } catch (error) {
    return error as Error;
  }
  throw new Error(`reading settings.${key} did not throw`);
}

describe('reading a setting that was never configured', () => {
  it('throws an Error naming it instead of returning undefined', () => {
    const error = readError('UNCONFIGURED_NEVER_SET');

    expect(error).toBeInstanceOf(Error);
    expect(error.message).toContain('UNCONFIGURED_NEVER_SET');
  });

  it('throws for a key declared in Settings but never configured', () => {
    expect(() => settings.UNCONFIGURED_DECLARED).toThrow(/UNCONFIGURED_DECLARED/);
  });

  it('throws when destructured', () => {
    expect(() => {
      const { UNCONFIGURED_DECLARED } = settings;
      return UNCONFIGURED_DECLARED;
    }).toThrow(/UNCONFIGURED_DECLARED/);
  });

  it('names the closest configured setting', () => {
    expect(readError('UNCONFIGURED_CACHE_TIMEOT').message).toContain('UNCONFIGURED_CACHE_TIMEOUT');
    expect(readError('UNCONFIGURED_EMAIL_HOTS').message).toContain('UNCONFIGURED_EMAIL_HOST');
  });

  it('reads the value once it is configured', () => {
    expect(() => settings.UNCONFIGURED_LATER).toThrow(/UNCONFIGURED_LATER/);

    configureSettings({ UNCONFIGURED_LATER: 'now' });

    expect(settings.UNCONFIGURED_LATER).toBe('now');
  });
});
