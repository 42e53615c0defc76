import { configureSettings, settings } from 'signalbox';
import { modifySettings, overrideSettings, suspendSignals } from 'signalbox/testing';

declare module 'signalbox' {
  interface Settings {
    MESSAGES_LIST: string[];
    MESSAGES_LEVEL: number;
  }
}

configureSettings({ MESSAGES_LIST: [] });

test('an except that is not an array says so', () => {
  expect(() => suspendSignals({ except: 'post_save' as never })).toThrow(
    'suspendSignals(...targets, fn?): options.except must be an array of targets, got "post_save"',
  );
});

test('modifySettings refuses an undefined item instead of adding undefined', () => {
  expect(() => modifySettings({ MESSAGES_LIST: { append: undefined } })).toThrow(
    'modifySettings(operations, fn?): operations.MESSAGES_LIST.append is undefined: give an item or a list',
  );
});

test('a symbol setting name is refused; a non-enumerable one (a tool marker) is ignored', () => {
  const name = Symbol('name');
  expect(() => overrideSettings({ [name]: 1 } as never)).toThrow(
    'overrideSettings(values, fn?): values has the key Symbol(name): setting names are strings',
  );
  const values = { MESSAGES_LIST: ['a'] };
  Object.defineProperty(values, Symbol.for('$$jest-protect-from-deletion'), { value: [] });
  expect(overrideSettings(values, () => 'applied')).toBe('applied');
});

test('a symbol key beside setting names already overridden is refused all the same', () => {
  const name = Symbol('name');
  expect(overrideSettings({ MESSAGES_LEVEL: 1 }, () => settings.MESSAGES_LEVEL)).toBe(1);
  expect(() => overrideSettings({ MESSAGES_LEVEL: 2, [name]: 1 } as never)).toThrow(
    'overrideSettings(values, fn?): values has the key Symbol(name): setting names are strings',
  );
  expect(() => overrideSettings({ [name]: 1, MESSAGES_LEVEL: 2 } as never)).toThrow(
    'overrideSettings(values, fn?): values has the key Symbol(name): setting names are strings',
  );
  expect('MESSAGES_LEVEL' in settings).toBe(false);
});

test('a primitive setting value is read once: a getter sees one read per call', () => {
  let reads = 0;
  const values = {
    get MESSAGES_LEVEL() {
      reads++;
      return reads;
    },
  };
  expect(overrideSettings(values, () => settings.MESSAGES_LEVEL)).toBe(1);
  expect(overrideSettings(values, () => settings.MESSAGES_LEVEL)).toBe(2);
  expect(reads).toBe(2);
});
