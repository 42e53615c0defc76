import { configureSettings, settings } from 'signalbox';

declare module 'signalbox' {
  interface Settings {
    BAD_INPUT_KEPT: number;
  }
}

/** An object with an own `__proto__` key, as JSON.parse makes it (a literal would set the prototype). */
function withOwnProto(value: unknown): Record<string, unknown> {
  return JSON.parse(`{"__proto__": ${JSON.stringify(value)}}`);
}

function expectNoPrototypePolluted() {
  expect(Object.hasOwn(Object.prototype, 'polluted')).toBe(false);
  expect(Object.hasOwn(Array.prototype, 'polluted')).toBe(false);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
}

beforeAll(() => {
  configureSettings({ BAD_INPUT_KEPT: 1 });
});

afterEach(() => {
  expect(settings.BAD_INPUT_KEPT).toBe(1);
  expect(Object.keys(settings).sort()).toEqual(['BAD_INPUT_KEPT', 'SUSPEND_SIGNALS']);
  expectNoPrototypePolluted();
});

describe('configureSettings bad input', () => {
  it.each([
    ['undefined', undefined],
    ['null', null],
    ['a number', 42],
    ['a string', 'DEBUG=true'],
    ['a boolean', true],
    ['an array', [['BAD_INPUT_KEPT', 2]]],
  ])(
    'rejects %s with a TypeError naming configureSettings, values and the expected object',
    (_label, values) => {
      const configure = () => configureSettings(values as never);

      expect(configure).toThrow(TypeError);
      expect(configure).toThrow(/configureSettings/);
      expect(configure).toThrow(/values/);
      expect(configure).toThrow(/object/i);
    },
  );

  it.each([
    'then',
    'toJSON',
    'asymmetricMatch',
    '$$typeof',
    'nodeType',
    'inspect',
    'prototype',
    'constructor',
  ])('rejects the reserved name %s, applying nothing of the call', (name) => {
    const configure = () =>
      configureSettings({ BAD_INPUT_KEPT: 2, BAD_INPUT_NEW: true, [name]: 1 } as never);

    expect(configure).toThrow(TypeError);
    expect(configure).toThrow(/configureSettings/);
    expect(configure).toThrow(name);
  });

  it('rejects an own __proto__ key, applying nothing of the call', () => {
    const values = { BAD_INPUT_KEPT: 2, ...withOwnProto({ polluted: true }) };
    expect(Object.keys(values)).toContain('__proto__');
    const configure = () => configureSettings(values as never);

    expect(configure).toThrow(TypeError);
    expect(configure).toThrow(/configureSettings/);
    expect(configure).toThrow('__proto__');
  });

  it.each([
    [
      '__proto__ in a nested object',
      () => ({ BAD_INPUT_KEPT: 2, DB: { options: withOwnProto({ polluted: true }) } }),
    ],
    [
      'constructor in a nested object',
      () => ({ BAD_INPUT_KEPT: 2, DB: { constructor: { prototype: { polluted: true } } } }),
    ],
    [
      'prototype in a nested object',
      () => ({ BAD_INPUT_KEPT: 2, DB: { prototype: { polluted: true } } }),
    ],
    [
      '__proto__ in a list item',
      () => ({ BAD_INPUT_KEPT: 2, HOSTS: ['a', withOwnProto({ polluted: true })] }),
    ],
    ['constructor deep in a list', () => ({ BAD_INPUT_KEPT: 2, HOSTS: [[{ constructor: 1 }]] })],
  ])('rejects %s, applying nothing of the call', (_label, makeValues) => {
    const configure = () => configureSettings(makeValues() as never);

    expect(configure).toThrow(TypeError);
    expect(configure).toThrow(/configureSettings/);
    expect(configure).toThrow(/__proto__|constructor|prototype/);
  });
});
