import { configureSettings, Signal, settings } from 'signalbox';
import {
  type LayerHandle,
  modifySettings,
  overrideSettings,
  resumeSignals,
  suspendSignals,
} from 'signalbox/testing';
import { recordSettingChanges } from './record-setting-changes';

declare module 'signalbox' {
  interface Settings {
    VALIDATION_LIST: string[];
    VALIDATION_SCALAR: number;
  }
}

type Loose = (...args: unknown[]) => unknown;
const loose = (helper: unknown) => helper as Loose;

beforeAll(() => {
  configureSettings({ VALIDATION_LIST: ['a'], VALIDATION_SCALAR: 1 });
});

describe.each([
  ['suspendSignals', suspendSignals],
  ['resumeSignals', resumeSignals],
])('%s targets', (name, helper) => {
  const signal = new Signal<void>(`validation_${name}`);
  const receiver = () => {};

  it('accepts Signals and names as separate arguments, or one array that may hold receivers', () => {
    (loose(helper)(signal, 'validation_other') as LayerHandle).restore();
    (loose(helper)([signal, 'validation_other', receiver]) as LayerHandle).restore();
  });

  it('calls a trailing function as the callback, with no arguments, and returns its result', () => {
    const callback = jest.fn(() => 'result');

    expect(loose(helper)(signal, callback)).toBe('result');
    expect(loose(helper)([signal, receiver], callback)).toBe('result');
    expect(loose(helper)(callback)).toBe('result');
    expect(callback.mock.calls).toEqual([[], [], []]);
  });

  it.each([
    ['an empty array', [[]]],
    ['an empty array with a callback', [[], () => {}]],
    ['a function before other arguments', [receiver, signal]],
    ['a function that is not last', [signal, receiver, () => {}]],
    ['an array mixed with more targets', [[signal], 'validation_other']],
    ['a target before an array', ['validation_other', [signal]]],
    ['an empty name', ['']],
    ['a number', [42]],
    ['null', [null]],
  ])('rejects %s with a TypeError naming the helper, and starts nothing', (_case, args) => {
    const sent = jest.fn();
    const disconnect = signal.connect(sent);
    try {
      expect(() => loose(helper)(...args)).toThrow(TypeError);
      expect(() => loose(helper)(...args)).toThrow(name);
      signal.send(null);
    } finally {
      disconnect();
    }
    expect(sent).toHaveBeenCalledTimes(1);
  });
});

describe.each([
  ['suspendSignals', suspendSignals],
  ['resumeSignals', resumeSignals],
])('%s(receiver): a receiver is not a callback', (name, helper) => {
  const signal = new Signal<void>(`lone_receiver_${name}`);
  const calls: unknown[][] = [];
  const takesArguments = (sender: unknown) => {
    calls.push([sender]);
  };
  beforeEach(() => {
    calls.length = 0;
  });
  function connectedReceiver() {
    calls.push(['connected receiver ran']);
  }

  it.each([
    ['takes arguments', [takesArguments], 'function takesArguments takes an argument'],
    [
      'is a connected receiver',
      [connectedReceiver],
      'function connectedReceiver is a receiver of signal "lone_receiver_',
    ],
    ['trails targets and takes arguments', [signal, takesArguments], 'takes an argument'],
    ['trails an array and is connected', [[signal], connectedReceiver], 'is a receiver of signal'],
  ])(
    'a function that %s is a TypeError saying to wrap it, and is never called',
    (_case, args, why) => {
      const disconnect = signal.connect(connectedReceiver);
      try {
        expect(() => loose(helper)(...args)).toThrow(
          new RegExp(
            `^${name}\\(\\.\\.\\.targets, fn\\?\\): .*, so it is not a callback \\(a callback takes no arguments\\): wrap receivers in an array: ${name}\\(\\[fn\\]\\)$`,
          ),
        );
        expect(() => loose(helper)(...args)).toThrow(why);
      } finally {
        disconnect();
      }
      expect(calls).toEqual([]);
    },
  );

  it('in an array, the same functions are targets', () => {
    const disconnect = signal.connect(connectedReceiver);
    try {
      loose(helper)([connectedReceiver, takesArguments], () => signal.send(null));
    } finally {
      disconnect();
    }
    expect(calls).toEqual(name === 'suspendSignals' ? [] : [['connected receiver ran']]);
  });
});

describe('overrideSettings and modifySettings arguments', () => {
  it.each([
    ['overrideSettings', overrideSettings, [null]],
    ['overrideSettings', overrideSettings, [['VALIDATION_LIST']]],
    ['overrideSettings', overrideSettings, [{ VALIDATION_SCALAR: 2 }, 'not a function']],
    ['modifySettings', modifySettings, [{ VALIDATION_LIST: 'append' }]],
    ['modifySettings', modifySettings, [{ VALIDATION_LIST: { insert: 'x' } }]],
    ['modifySettings', modifySettings, [{ VALIDATION_SCALAR: { append: 'x' } }]],
  ])('%s rejects %p with a TypeError naming it', (name, helper, args) => {
    expect(() => loose(helper)(...args)).toThrow(TypeError);
    expect(() => loose(helper)(...args)).toThrow(name);
  });

  it.each([
    ['a top-level __proto__', JSON.parse('{"__proto__": {"polluted": true}}')],
    ['a top-level constructor', { constructor: 1 }],
    [
      'a nested __proto__',
      { VALIDATION_NESTED: JSON.parse('{"a": {"__proto__": {"polluted": true}}}') },
    ],
    ['a prototype key in a list item', { VALIDATION_NESTED: [{ ok: 1 }, { prototype: 2 }] }],
  ])('overrideSettings rejects %s, and nothing reaches a prototype', (_case, values) => {
    expect(() => loose(overrideSettings)(values)).toThrow(TypeError);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect('VALIDATION_NESTED' in settings).toBe(false);
  });

  it('modifySettings rejects a prototype key inside an item', () => {
    const item: string = JSON.parse('{"__proto__": {"polluted": true}}');

    expect(() => modifySettings({ VALIDATION_LIST: { append: [item] } })).toThrow(TypeError);
    expect(settings.VALIDATION_LIST).toEqual(['a']);
  });

  it('applies nothing when one key of several is bad: no value, no notification, no callback', () => {
    using recorder = recordSettingChanges();
    const callback = jest.fn();

    const badOverride = { VALIDATION_SCALAR: 2, VALIDATION_NESTED: { deep: { constructor: 1 } } };
    const badModifications = [
      { VALIDATION_LIST: { append: 'b' }, VALIDATION_SCALAR: { append: 'x' } },
      { VALIDATION_LIST: { append: 'b', insert: 'c' } },
    ];

    expect(() => loose(overrideSettings)(badOverride, callback)).toThrow(TypeError);
    for (const operations of badModifications) {
      expect(() => loose(modifySettings)(operations, callback)).toThrow(TypeError);
    }

    expect(callback).not.toHaveBeenCalled();
    expect(recorder.events).toEqual([]);
    expect(settings.VALIDATION_SCALAR).toBe(1);
    expect(settings.VALIDATION_LIST).toEqual(['a']);
  });
});
