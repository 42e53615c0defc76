import { argumentError } from '../base/errors';
import type { SettingsEntries } from '../base/layers';
import { learnNames, simpleEntries } from './simple-entries';

/**
 * Names that code probing an object reads (`await`, Jest, React, Node's inspect): never settings.
 * Names starting with `@@` (Immutable.js markers that Jest's printer reads) are probed too.
 */
export function isProbedName(name: string): boolean {
  return PROBED_NAMES.has(name) || name.startsWith('@@');
}

const PROBED_NAMES: ReadonlySet<string> = new Set([
  'then',
  'toJSON',
  'asymmetricMatch',
  '$$typeof',
  'nodeType',
  'inspect',
  'prototype',
]);

/** Keys that could reach a prototype: refused at any depth of any value. */
const PROTOTYPE_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

const getPrototypeOf = Object.getPrototypeOf;
const ObjectPrototype = Object.prototype;
const isArray = Array.isArray;
const freeze = Object.freeze;
const ListOf = Array;
const isEnumerable = Object.prototype.propertyIsEnumerable;

/** A plain object (`{}`, `Object.create(null)`, JSON): checked and copied; anything else is kept. */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const proto = getPrototypeOf(value);
  return proto === ObjectPrototype || proto === null || getPrototypeOf(proto) === null;
}

/**
 * The path of the first own key named `__proto__`, `constructor` or `prototype` at any depth of
 * `value` (nested objects and list items too), or `undefined`. `JSON.parse('{"__proto__": 1}')`
 * creates such an own key.
 */
export function findPrototypeKey(value: unknown, path: string): string | undefined {
  const found = prototypeKeyPath(value, new Set());
  return found === undefined ? undefined : path + found.reverse().join('');
}

/** The path's segments, innermost first (made only when a key is found). */
function prototypeKeyPath(value: unknown, seen: Set<object>): string[] | undefined {
  if (typeof value !== 'object' || value === null || seen.has(value)) return undefined;
  seen.add(value);
  const isList = isArray(value);
  for (const key of Object.keys(value)) {
    if (!isList && PROTOTYPE_KEYS.has(key)) return [`.${key}`];
    const found = prototypeKeyPath((value as Record<string, unknown>)[key], seen);
    if (found !== undefined) {
      found.push(isList ? `[${key}]` : `.${key}`);
      return found;
    }
  }
  return undefined;
}

/**
 * Why `values` cannot be settings, as the words that follow its name, or `undefined`. The runtime
 * throws it as a `TypeError`; the Jest environment fails the file with it (options, pragmas).
 */
export function settingsProblem(values: Record<string, unknown>, path: string): string | undefined {
  const symbols = Object.getOwnPropertySymbols(values);
  const symbol =
    symbols.length === 0 ? undefined : symbols.find((key) => isEnumerable.call(values, key));
  if (symbol !== undefined) return `has the key ${String(symbol)}: setting names are strings`;
  const keys = Object.keys(values);
  const probed = keys.find(isProbedName);
  if (probed !== undefined) {
    return `has the key "${probed}", a name that tools read on any object: it cannot be a setting`;
  }
  for (const key of keys) {
    if (PROTOTYPE_KEYS.has(key)) return `must not contain the key ${path}.${key}`;
    const value = values[key];
    // most values are primitives: nothing to search
    if (typeof value !== 'object' || value === null) continue;
    const prototypeKey = findPrototypeKey(value, `${path}.${key}`);
    if (prototypeKey !== undefined) return `must not contain the key ${prototypeKey}`;
  }
  return undefined;
}

const objectKeys = Object.keys;

/**
 * Checks a settings object (`configureSettings`, `overrideSettings`, options, pragmas) and returns
 * its entries as frozen copies, so a test can neither mutate a value in place to leak into later
 * tests nor change what it passed in after the fact. Plain objects and arrays are copied deeply and
 * frozen; other objects (class instances, Maps, functions) are kept by reference, unfrozen.
 *
 * @param copies - the realm's frozen copies: a value read from `settings` is kept as it is, so
 *   passing it back (`modifySettings({ L: { remove: settings.L[0] } })`) finds it by identity.
 * @throws TypeError naming `fn`, the argument and the offending key; nothing is applied.
 */
export function settingsEntries(
  fn: string,
  argument: string,
  values: unknown,
  copies: WeakSet<object>,
): SettingsEntries {
  if (!isPlainObject(values)) {
    throw argumentError(fn, argument, 'a plain object of settings', values);
  }
  const keys = objectKeys(values);
  const simple = simpleEntries(values, keys);
  if (simple !== undefined) return { keys, values: simple };
  const problem = settingsProblem(values, argument);
  if (problem !== undefined) throw new TypeError(`${fn}: ${argument} ${problem}`);
  const entries = keys.map((key) => {
    const value = values[key];
    // most values are primitives: no copy, no path to make
    return typeof value === 'object' && value !== null
      ? frozenCopy(value, copies, new Map(), `settings.${key}`)
      : value;
  });
  learnNames(keys);
  return { keys, values: entries };
}

/**
 * A frozen deep copy of plain data (arrays keep their holes, objects their enumerable symbol keys);
 * cycles and shared parts are kept. Check it first: it does not look for prototype keys. Lists are
 * frozen with `freezeList`, so that `settings.LIST.push(x)` says what to use instead.
 *
 * @param path - where the value is, for messages: `settings.KEY`, `settings.KEY.inner[0]`.
 */
export function frozenCopy(
  value: unknown,
  copies: WeakSet<object>,
  seen = new Map<object, unknown>(),
  path = 'a settings value',
): unknown {
  if (typeof value !== 'object' || value === null || copies.has(value)) return value;
  const done = seen.get(value);
  if (done !== undefined) return done;
  if (isArray(value)) {
    const list: unknown[] = new ListOf(value.length);
    seen.set(value, list);
    for (let i = 0; i < value.length; i++) {
      if (i in value) list[i] = frozenCopy(value[i], copies, seen, `${path}[${i}]`);
    }
    copies.add(freezeList(list, path));
    return list;
  }
  if (!isPlainObject(value)) return value;
  const copy: Record<PropertyKey, unknown> =
    getPrototypeOf(value) === null ? Object.create(null) : {};
  seen.set(value, copy);
  for (const key of Reflect.ownKeys(value)) {
    if (isEnumerable.call(value, key)) {
      copy[key] = frozenCopy(value[key as string], copies, seen, `${path}.${String(key)}`);
    }
  }
  copies.add(freeze(copy));
  return copy;
}

/** The methods that change an array in place: on a settings list, each throws saying why. */
const MUTATORS = [
  'push',
  'pop',
  'shift',
  'unshift',
  'splice',
  'sort',
  'reverse',
  'fill',
  'copyWithin',
];
/** Where each guarded list is, for the message (one set of methods serves every list). */
const listPaths = new WeakMap<object, string>();

function readOnlyList(list: unknown, method: string): TypeError {
  const path = (typeof list === 'object' && list !== null && listPaths.get(list)) || 'this list';
  const key = /^settings\.([^.[]+)$/.exec(path)?.[1];
  const instead =
    key === undefined
      ? 'override the setting with a changed copy: overrideSettings({ … })'
      : `use modifySettings({ ${key}: { append: …, prepend: …, remove: … } }) or overrideSettings({ ${key}: [...] })`;
  return new TypeError(
    `${path} is read-only: ${method}() cannot change a settings value. In a test, ${instead}; to work on a copy, spread it: [...${path}].`,
  );
}

const guards: PropertyDescriptorMap = {};
for (const method of MUTATORS) {
  // a method, not an arrow: `this` is the list it was called on
  const guard = {
    [method](this: unknown): never {
      throw readOnlyList(this, method);
    },
  }[method];
  guards[method] = { value: guard, enumerable: false, writable: false, configurable: false };
}
const defineProperties = Object.defineProperties;

/**
 * Freezes a list that settings hold. Its in-place methods (`push`, `splice`, `sort`, …) are own,
 * non-enumerable properties that throw a `TypeError` naming `path` and what to use instead, where
 * the engine would say "Cannot add property 1, object is not extensible". Nothing else changes:
 * the same array (identity, `Array.isArray`, `structuredClone`, `JSON`, Jest's equality and
 * printing, iteration at full speed — `npm run bench:frozen`). Assignments (`list[0] = x`) still
 * get the engine's own error, or are ignored outside strict mode.
 */
export function freezeList<List extends unknown[]>(list: List, path: string): List {
  listPaths.set(list, path);
  defineProperties(list, guards);
  return freeze(list);
}
