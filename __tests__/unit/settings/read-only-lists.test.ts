import { inspect } from 'node:util';
import { configureSettings, settings } from 'signalbox';
import { modifySettings, overrideSettings } from 'signalbox/testing';

declare module 'signalbox' {
  interface Settings {
    GUARDED_HOSTS: string[];
    GUARDED_CACHE: { backends: string[] };
  }
}

beforeAll(() => {
  configureSettings({ GUARDED_HOSTS: ['a'], GUARDED_CACHE: { backends: ['memory'] } });
});

const hosts = () => settings.GUARDED_HOSTS as string[];

describe('a settings list changed in place says which setting and what to use instead', () => {
  test.each([
    ['push', (list: string[]) => list.push('b')],
    ['pop', (list: string[]) => list.pop()],
    ['shift', (list: string[]) => list.shift()],
    ['unshift', (list: string[]) => list.unshift('b')],
    ['splice', (list: string[]) => list.splice(0, 1)],
    ['sort', (list: string[]) => list.sort()],
    ['reverse', (list: string[]) => list.reverse()],
    ['fill', (list: string[]) => list.fill('b')],
    ['copyWithin', (list: string[]) => list.copyWithin(0, 1)],
  ])('%s() on a configured list', (method, change) => {
    expect(() => change(hosts())).toThrow(
      new TypeError(
        `settings.GUARDED_HOSTS is read-only: ${method}() cannot change a settings value. In a test, use modifySettings({ GUARDED_HOSTS: { append: …, prepend: …, remove: … } }) or overrideSettings({ GUARDED_HOSTS: [...] }); to work on a copy, spread it: [...settings.GUARDED_HOSTS].`,
      ),
    );
    expect(settings.GUARDED_HOSTS).toEqual(['a']);
  });

  test('lists of overrides, of modifications and nested lists are guarded too', () => {
    overrideSettings({ GUARDED_HOSTS: ['o'] }, () => {
      expect(() => hosts().push('x')).toThrow('settings.GUARDED_HOSTS is read-only: push()');
    });
    modifySettings({ GUARDED_HOSTS: { append: 'm' } }, () => {
      expect(settings.GUARDED_HOSTS).toEqual(['a', 'm']);
      expect(() => hosts().push('x')).toThrow('settings.GUARDED_HOSTS is read-only: push()');
    });
    expect(() => (settings.GUARDED_CACHE.backends as string[]).push('redis')).toThrow(
      'settings.GUARDED_CACHE.backends is read-only: push() cannot change a settings value. In a test, override the setting with a changed copy: overrideSettings({ … }); to work on a copy, spread it: [...settings.GUARDED_CACHE.backends].',
    );
  });

  test('the list is still a plain frozen array to every other reader', () => {
    const list = settings.GUARDED_HOSTS;
    expect(settings.GUARDED_HOSTS).toBe(list);
    expect(Array.isArray(list)).toBe(true);
    expect(Object.isFrozen(list)).toBe(true);
    expect(Object.keys(list)).toEqual(['0']);
    expect(list).toStrictEqual(['a']);
    expect(structuredClone(list)).toStrictEqual(['a']);
    expect(JSON.stringify(list)).toBe('["a"]');
    expect([...list, 'b']).toEqual(['a', 'b']);
    expect(list.map((host) => host.toUpperCase())).toEqual(['A']);
    expect(inspect(list)).toBe("[ 'a' ]");
    expect(`${list}`).toBe('a');
  });

  test('a copy is an ordinary array again', () => {
    const copy = [...settings.GUARDED_HOSTS];
    copy.push('b');
    expect(copy).toEqual(['a', 'b']);
    const cloned = structuredClone(settings.GUARDED_HOSTS) as string[];
    cloned.push('c');
    expect(cloned).toEqual(['a', 'c']);
  });
});
