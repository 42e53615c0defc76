import { parsePragmas } from '../../../src/driver/pragmas';

const FILE = 'src/user.test.ts';

describe('parsePragmas (docblock @suspendSignals / @overrideSettings)', () => {
  test('a bare @suspendSignals suspends every signal', () => {
    expect(parsePragmas({ suspendSignals: '' }, FILE)).toEqual([
      { kind: 'suspend', targets: true, source: '@suspendSignals', origin: 'pragma' },
    ]);
  });

  test('names are separated by spaces or commas', () => {
    expect(parsePragmas({ suspendSignals: 'post_save, pre_delete  m2m_changed' }, FILE)).toEqual([
      {
        kind: 'suspend',
        targets: ['post_save', 'pre_delete', 'm2m_changed'],
        source: '@suspendSignals',
        origin: 'pragma',
      },
    ]);
  });

  test('repeated tags apply in the order written; other tags are ignored', () => {
    const layers = parsePragmas(
      {
        jest: 'environment',
        overrideSettings: ['{"DEBUG": true}', '{"DEBUG": false, "HOSTS": ["a"]}'],
        suspendSignals: ['post_save', ''],
      },
      FILE,
    );
    expect(layers).toEqual([
      { kind: 'override', values: { DEBUG: true }, source: '@overrideSettings', origin: 'pragma' },
      {
        kind: 'override',
        values: { DEBUG: false, HOSTS: ['a'] },
        source: '@overrideSettings',
        origin: 'pragma',
      },
      { kind: 'suspend', targets: ['post_save'], source: '@suspendSignals', origin: 'pragma' },
      { kind: 'suspend', targets: true, source: '@suspendSignals', origin: 'pragma' },
    ]);
  });

  test.each([
    ['', 'needs a JSON object'],
    ['   ', 'needs a JSON object'],
    ['{DEBUG: true}', 'is not valid JSON'],
    ['[1, 2]', 'must be a JSON object, got [1, 2]'],
    ['null', 'must be a JSON object'],
    ['"DEBUG"', 'must be a JSON object'],
    ['{"__proto__": {"polluted": true}}', 'must not contain the key @overrideSettings.__proto__'],
    [
      '{"a": {"b": [{"constructor": 1}]}}',
      'must not contain the key @overrideSettings.a.b[0].constructor',
    ],
  ])('@overrideSettings %j fails the file naming it and the pragma', (text, message) => {
    expect(() => parsePragmas({ overrideSettings: text }, FILE)).toThrow(
      `signalbox: ${FILE}: @overrideSettings ${message}`,
    );
  });

  test('a bad tag among good ones still fails the file', () => {
    expect(() => parsePragmas({ overrideSettings: ['{"DEBUG": true}', '42'] }, FILE)).toThrow(
      TypeError,
    );
  });

  test('a rejected key never reaches a prototype', () => {
    expect(() =>
      parsePragmas({ overrideSettings: '{"__proto__": {"polluted": 1}}' }, FILE),
    ).toThrow();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
