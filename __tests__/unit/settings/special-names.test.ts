import { format, inspect } from 'node:util';
import { configureSettings, settings } from 'signalbox';

declare module 'signalbox' {
  interface Settings {
    SPECIAL_DEBUG: boolean;
  }
}

const view = settings as unknown as Record<PropertyKey, unknown>;
const plainObject: Record<PropertyKey, unknown> = {};

beforeAll(() => {
  configureSettings({ SPECIAL_DEBUG: true });
});

describe('names that tools probe on any object', () => {
  it.each(['then', 'toJSON', 'asymmetricMatch', '$$typeof', 'nodeType', 'inspect', 'prototype'])(
    'reads %s as undefined, without throwing',
    (name) => {
      expect(view[name]).toBeUndefined();
    },
  );

  it.each([
    'toString',
    'valueOf',
    'hasOwnProperty',
    'isPrototypeOf',
    'propertyIsEnumerable',
    'toLocaleString',
    'constructor',
  ])('reads %s, inherited from Object.prototype, as on a plain object', (name) => {
    expect(view[name]).toBe(plainObject[name]);
  });

  it.each([
    ['Symbol.iterator', Symbol.iterator],
    ['Symbol.asyncIterator', Symbol.asyncIterator],
    ['Symbol.toPrimitive', Symbol.toPrimitive],
    ['Symbol.toStringTag', Symbol.toStringTag],
    ['a fresh symbol', Symbol('probe')],
  ])('reads %s as on a plain object', (_label, key) => {
    expect(view[key]).toBe(plainObject[key]);
  });
});

describe('settings in everyday tools', () => {
  it('can be awaited, resolving to itself', async () => {
    expect(await settings).toBe(settings);
  });

  it('works with expect matchers', () => {
    expect(settings).toHaveProperty('SPECIAL_DEBUG', true);
    expect(settings).toMatchObject({ SPECIAL_DEBUG: true, SUSPEND_SIGNALS: false });
    expect(settings).toEqual(expect.objectContaining({ SPECIAL_DEBUG: true }));
  });

  it('prints itself in a failing matcher’s message instead of throwing its own error', () => {
    let failure: unknown;
    try {
      expect(settings).toEqual({ SPECIAL_DEBUG: false });
    } catch (error) {
      failure = error;
    }

    expect(failure).toBeInstanceOf(Error);
    expect((failure as Error).message).toContain('toEqual');
    expect((failure as Error).message).toContain('SPECIAL_DEBUG');
  });

  it('converts to a string like a plain object', () => {
    expect(String(settings)).toBe('[object Object]');
    expect(`${settings}`).toBe('[object Object]');
  });

  it('can be inspected and logged', () => {
    expect(typeof inspect(settings)).toBe('string');
    expect(typeof inspect(settings, { showProxy: true, depth: 4 })).toBe('string');
    expect(typeof format('%o %O %s', settings, settings, settings)).toBe('string');
    expect(format('%j', settings)).toContain('"SPECIAL_DEBUG":true');
  });
});
