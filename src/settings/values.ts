import { argumentError } from '../errors';

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
 * Checks a settings object (`configureSettings`, `overrideSettings`, options, pragmas) and returns
 * its entries as frozen copies, so a test can neither mutate a value in place to leak into later
 * tests nor change what it passed in after the fact. Plain objects and arrays are copied deeply and
 * frozen; other objects (class instances, Maps, functions) are kept by reference, unfrozen.
 *
 * @param copies - the realm's frozen copies: a value read from `settings` is kept as it is, so
 *   passing it back (`modifySettings({ L: { remove: settings.L[0] } })`) finds it by identity.
 * @throws TypeError naming `fn` and the path of the offending key; nothing is applied.
 */
export function settingsEntries(
  fn: string,
  argument: string,
  values: unknown,
  copies: WeakSet<object>,
): Map<string, unknown> {
  if (!isPlainObject(values)) {
    throw argumentError(fn, argument, 'a plain object of settings', values);
  }
  const [symbol] = Object.getOwnPropertySymbols(values);
  if (symbol !== undefined) {
    throw new TypeError(
      `${fn}: ${argument} has the key ${String(symbol)}: setting names are strings`,
    );
  }
  const entries = new Map<string, unknown>();
  for (const key of Object.keys(values)) {
    if (isProbedName(key) || PROTOTYPE_KEYS.has(key)) {
      throw new TypeError(
        `${fn}: ${argument} has the key "${key}", which cannot be a setting name`,
      );
    }
    entries.set(key, frozenCopy(values[key], fn, `${argument}.${key}`, copies));
  }
  return entries;
}

/**
 * A frozen deep copy of plain data (arrays keep their holes, objects their enumerable symbol
 * keys); refuses prototype keys at any depth, list items too. Cycles and shared parts are kept.
 */
export function frozenCopy(
  value: unknown,
  fn: string,
  path: string,
  copies: WeakSet<object>,
  seen = new Map<object, unknown>(),
): unknown {
  if (typeof value !== 'object' || value === null || copies.has(value)) return value;
  const done = seen.get(value);
  if (done !== undefined) return done;
  let copy: Record<PropertyKey, unknown>;
  if (isArray(value)) {
    const list: unknown[] = new ListOf(value.length);
    seen.set(value, list);
    for (let i = 0; i < value.length; i++) {
      if (i in value) list[i] = frozenCopy(value[i], fn, `${path}[${i}]`, copies, seen);
    }
    copy = list as unknown as Record<PropertyKey, unknown>;
  } else if (isPlainObject(value)) {
    copy = getPrototypeOf(value) === null ? Object.create(null) : {};
    seen.set(value, copy);
    for (const key of Reflect.ownKeys(value)) {
      if (typeof key === 'string' && PROTOTYPE_KEYS.has(key)) {
        throw new TypeError(
          `${fn}: ${path} has the key "${key}", which is not allowed at any depth`,
        );
      }
      if (!isEnumerable.call(value, key)) continue;
      copy[key] = frozenCopy(value[key as string], fn, `${path}.${String(key)}`, copies, seen);
    }
  } else {
    return value;
  }
  copies.add(freeze(copy));
  return copy;
}
