import { configureSettings } from 'signalbox';
import { modifySettings, overrideSettings, suspendSignals } from 'signalbox/testing';

declare module 'signalbox' {
  interface Settings {
    MESSAGES_LIST: string[];
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
