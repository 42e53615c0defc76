import { parseOptions } from '../../../src/driver/options';

const WHERE = 'testEnvironmentOptions.signalbox';

const FILE = 'src/user.test.ts';

describe('parseOptions (testEnvironmentOptions.signalbox)', () => {
  test('no options: no layers, leaks warn, a send log of 100000, strict', () => {
    expect(parseOptions(undefined, FILE, WHERE)).toEqual({
      emitters: [],
      layers: [],
      leaks: 'warn',
      sendLogLimit: 100_000,
      strict: true,
    });
  });

  test('strict: true or false; anything else fails the file', () => {
    expect(parseOptions({ strict: false }, FILE, WHERE).strict).toBe(false);
    expect(parseOptions({}, FILE, WHERE).strict).toBe(true);
    expect(() => parseOptions({ strict: 'no' }, FILE, WHERE)).toThrow(
      'signalbox: src/user.test.ts: testEnvironmentOptions.signalbox.strict must be true or false, got "no"',
    );
  });

  test('settings come before suspension, whatever the key order', () => {
    const { layers } = parseOptions(
      { suspendSignals: true, settings: { DEBUG: true } },
      FILE,
      WHERE,
    );
    expect(layers).toEqual([
      {
        kind: 'override',
        values: { DEBUG: true },
        source: 'testEnvironmentOptions.signalbox.settings',
        origin: 'option',
      },
      {
        kind: 'suspend',
        targets: true,
        source: 'testEnvironmentOptions.signalbox.suspendSignals',
        origin: 'option',
      },
    ]);
  });

  test('suspendSignals: a list of names, false or an empty list means none', () => {
    expect(
      parseOptions({ suspendSignals: ['post_save', 'pre_delete'] }, FILE, WHERE).layers,
    ).toEqual([expect.objectContaining({ kind: 'suspend', targets: ['post_save', 'pre_delete'] })]);
    expect(parseOptions({ suspendSignals: false }, FILE, WHERE).layers).toEqual([]);
    expect(parseOptions({ suspendSignals: [] }, FILE, WHERE).layers).toEqual([]);
  });

  test('leaks and sendLogLimit are taken as given', () => {
    for (const leaks of ['off', 'warn', 'error', 'disconnect']) {
      expect(parseOptions({ leaks }, FILE, WHERE).leaks).toBe(leaks);
    }
    expect(parseOptions({ sendLogLimit: 1 }, FILE, WHERE).sendLogLimit).toBe(1);
  });

  test('an unknown key (a typo) names the file, the key and the known options', () => {
    expect(() => parseOptions({ suspendSignal: true }, FILE, WHERE)).toThrow(
      new TypeError(
        'signalbox: src/user.test.ts: testEnvironmentOptions.signalbox.suspendSignal is not an option: ' +
          'did you mean suspendSignals? (unknown: suspendSignal; the options are suspendSignals, settings, leaks, sendLogLimit, strict, emitters)',
      ),
    );
  });

  test.each([
    [{ suspendSignals: 'all' }, 'testEnvironmentOptions.signalbox.suspendSignals must be true'],
    [{ suspendSignals: ['post_save', ''] }, 'testEnvironmentOptions.signalbox.suspendSignals'],
    [{ suspendSignals: [1] }, 'testEnvironmentOptions.signalbox.suspendSignals'],
    [{ settings: [] }, 'testEnvironmentOptions.signalbox.settings must be an object'],
    [{ settings: null }, 'testEnvironmentOptions.signalbox.settings must be an object'],
    [{ leaks: 'loud' }, `testEnvironmentOptions.signalbox.leaks must be one of 'off', 'warn'`],
    [
      { sendLogLimit: 0 },
      'testEnvironmentOptions.signalbox.sendLogLimit must be a positive integer',
    ],
    [{ sendLogLimit: 1.5 }, 'testEnvironmentOptions.signalbox.sendLogLimit'],
    [{ sendLogLimit: '10' }, 'testEnvironmentOptions.signalbox.sendLogLimit'],
    ['yes', 'testEnvironmentOptions.signalbox must be an object'],
  ])('%j is rejected naming the file and the option', (options, message) => {
    expect(() => parseOptions(options, FILE, WHERE)).toThrow(TypeError);
    expect(() => parseOptions(options, FILE, WHERE)).toThrow(`signalbox: ${FILE}: ${message}`);
  });

  test.each([
    [{ a: { constructor: 1 } }, 'settings.a.constructor'],
    [{ list: [{ prototype: {} }] }, 'settings.list[0].prototype'],
    [JSON.parse('{"__proto__": {"polluted": true}}'), 'settings.__proto__'],
  ])('a forbidden key at any depth in settings is rejected: %j', (settings, path) => {
    expect(() => parseOptions({ settings }, FILE, WHERE)).toThrow(
      `must not contain the key testEnvironmentOptions.signalbox.${path}`,
    );
  });

  test('emitters: adoption names and modules, with an optional #export', () => {
    const { emitters } = parseOptions(
      { emitters: { users: './src/events#users', bus: 'app-bus', jobs: './src/jobs.js#' } },
      FILE,
      WHERE,
    );
    expect(emitters).toEqual([
      {
        name: 'users',
        module: './src/events',
        exportName: 'users',
        source: `${WHERE}.emitters.users`,
      },
      { name: 'bus', module: 'app-bus', exportName: undefined, source: `${WHERE}.emitters.bus` },
      {
        name: 'jobs',
        module: './src/jobs.js',
        exportName: undefined,
        source: `${WHERE}.emitters.jobs`,
      },
    ]);
  });

  test('emitters: a bad shape, name or module names the option', () => {
    expect(() => parseOptions({ emitters: ['./src/events'] }, FILE, WHERE)).toThrow(
      `signalbox: ${FILE}: ${WHERE}.emitters must be an object of adoption names and modules ({ users: './src/events#users' }), got ["./src/events"]`,
    );
    expect(() => parseOptions({ emitters: { 'a:b': './x' } }, FILE, WHERE)).toThrow(
      `${WHERE}.emitters.a:b is not a name: an adoption name is non-empty and has no ":"`,
    );
    expect(() => parseOptions({ emitters: { users: '#users' } }, FILE, WHERE)).toThrow(
      `${WHERE}.emitters.users must be a module and optionally its export ('./src/events#users'), got "#users"`,
    );
  });
});
