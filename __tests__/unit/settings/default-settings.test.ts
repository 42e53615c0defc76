import { settings } from 'signalbox';

// Nothing is configured anywhere in this file: it shows the state every test file starts from.
describe('settings before anything is configured', () => {
  it('has SUSPEND_SIGNALS in force, false', () => {
    expect(settings.SUSPEND_SIGNALS).toBe(false);
    expect('SUSPEND_SIGNALS' in settings).toBe(true);
  });

  it('lists exactly SUSPEND_SIGNALS', () => {
    expect(Object.keys(settings)).toEqual(['SUSPEND_SIGNALS']);
    expect(JSON.parse(JSON.stringify(settings))).toEqual({ SUSPEND_SIGNALS: false });
  });

  it('throws naming a setting that is read but was never configured', () => {
    expect(() => Reflect.get(settings, 'DATABASE_URL')).toThrow(/DATABASE_URL/);
  });
});
