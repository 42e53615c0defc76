/** The decisions docs/helpers.md lists under "Fine print", where Django and the contract are silent. */
import { configureSettings, Signal, settingChanged, settings } from 'signalbox';
import { modifySettings, overrideSettings, resumeSignals, suspendSignals } from 'signalbox/testing';

declare module 'signalbox' {
  interface Settings {
    FINE_A: string;
    FINE_B: string;
    FINE_LIST: string[];
    FINE_OPTIONAL: string | undefined;
  }
}

configureSettings({ FINE_A: 'a', FINE_B: 'b', FINE_LIST: ['base'] });

test('a multi-key override applies every key before its first settingChanged', () => {
  const seen: string[] = [];
  const disconnect = settingChanged.connect((_sender, { setting, enter }) => {
    if (enter) seen.push(`${setting}: ${settings.FINE_A}/${settings.FINE_B}`);
  });
  overrideSettings({ FINE_A: 'A', FINE_B: 'B' }, () => undefined);
  disconnect();
  expect(seen).toEqual(['FINE_A: A/B', 'FINE_B: A/B']);
});

test('a modification follows the value beneath it when an outer override ends first', () => {
  const outer = overrideSettings({ FINE_LIST: ['outer'] });
  const inner = modifySettings({ FINE_LIST: { append: 'added' } });
  expect(settings.FINE_LIST).toEqual(['outer', 'added']);
  outer.restore();
  expect(settings.FINE_LIST).toEqual(['base', 'added']);
  inner.restore();
  expect(settings.FINE_LIST).toEqual(['base']);
});

test('resumeSignals() with no targets resumes settingChanged suspended by name', () => {
  const seen: boolean[] = [];
  const disconnect = settingChanged.connect((_sender, { enter }) => {
    seen.push(enter);
  });
  suspendSignals(settingChanged, () => {
    overrideSettings({ FINE_A: 'muted' }, () => undefined);
    resumeSignals(() => overrideSettings({ FINE_A: 'heard' }, () => undefined));
  });
  disconnect();
  expect(seen).toEqual([true, false]);
});

test('overriding a setting with undefined puts it in force with that value', () => {
  expect('FINE_OPTIONAL' in settings).toBe(false);
  overrideSettings({ FINE_OPTIONAL: undefined }, () => {
    expect(settings.FINE_OPTIONAL).toBeUndefined();
    expect('FINE_OPTIONAL' in settings).toBe(true);
  });
  expect(() => settings.FINE_OPTIONAL).toThrow('settings.FINE_OPTIONAL is not configured');
});

test('suspending receivers never disconnects them', () => {
  const signal = new Signal('fine_print');
  signal.connect(() => 'ran');
  suspendSignals(signal, () => {
    expect(signal.hasListeners()).toBe(true);
    expect(signal.send(null)).toEqual([]);
  });
  expect(signal.send(null)).toEqual([[expect.any(Function), 'ran']]);
});
