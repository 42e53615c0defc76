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
 * @throws TypeError naming `fn` and the path of the offending key; nothing is applied.
 */
export function settingsEntries(
  fn: string,
  argument: string,
  values: unknown,
): Map<string, unknown> {
  if (!isPlainObject(values)) {
    throw argumentError(fn, argument, 'a plain object of settings', values);
  }
  const entries = new Map<string, unknown>();
  for (const key of Object.keys(values)) {
    if (isProbedName(key) || PROTOTYPE_KEYS.has(key)) {
      throw new TypeError(
        `${fn}: ${argument} has the key "${key}", which cannot be a setting name`,
      );
    }
    const value = values[key];
    entries.set(
      key,
      typeof value === 'object' && value !== null
        ? frozenCopy(value, fn, `${argument}.${key}`, new Map())
        : value,
    );
  }
  return entries;
}

/** A frozen deep copy of plain data; refuses prototype keys at any depth (list items too). */
export function frozenCopy(
  value: unknown,
  fn: string,
  path: string,
  seen: Map<object, unknown>,
): unknown {
  if (typeof value !== 'object' || value === null) return value;
  const done = seen.get(value);
  if (done !== undefined) return done;
  if (isArray(value)) {
    const copy: unknown[] = [];
    seen.set(value, copy);
    value.forEach((item, i) => {
      copy.push(frozenCopy(item, fn, `${path}[${i}]`, seen));
    });
    return freeze(copy);
  }
  if (!isPlainObject(value)) return value;
  const copy: Record<string, unknown> = getPrototypeOf(value) === null ? Object.create(null) : {};
  seen.set(value, copy);
  for (const key of Object.keys(value)) {
    if (PROTOTYPE_KEYS.has(key)) {
      throw new TypeError(`${fn}: ${path} has the key "${key}", which is not allowed at any depth`);
    }
    copy[key] = frozenCopy(value[key], fn, `${path}.${key}`, seen);
  }
  return freeze(copy);
}
