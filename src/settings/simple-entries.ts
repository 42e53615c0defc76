/**
 * The common settings object — setting names seen before, primitive values — checked without
 * `Object.getOwnPropertySymbols`, which alone cost about a quarter of an `overrideSettings` +
 * `restore()` (60–100 ns here): `Object.assign` onto a non-extensible object of the names known
 * so far throws on any key it lacks — an enumerable symbol key above all, or a new name — and
 * leaves the values in an object of one shape to read. Anything else goes to the full check,
 * whose messages it never has to repeat.
 */

const assign = Object.assign;
const preventExtensions = Object.preventExtensions;
const hasOwn = Object.hasOwn;
const ListOf = Array;
const A = 65;
const Z = 90;

/**
 * By first name, the names seen with it in objects that passed the full check: a small
 * non-extensible object, each `undefined` but during a check (one object of every name would
 * grow into a slow dictionary in an app with many settings).
 */
const known = new Map<string, Record<string, unknown>>();

/** No reserved or prototype name (`then`, `__proto__`, `@@…`) starts with a capital letter. */
function capitalNames(keys: readonly string[]): boolean {
  for (let i = 0; i < keys.length; i++) {
    const first = keys[i]!.charCodeAt(0);
    if (first < A || first > Z) return false;
  }
  return true;
}

/**
 * The values of `keys` (the object's own enumerable string keys), read once each, when the object
 * has no other enumerable keys, every name is known and every value is a primitive; else `undefined`.
 */
export function simpleEntries(values: object, keys: readonly string[]): unknown[] | undefined {
  if (keys.length === 0 || !capitalNames(keys)) return undefined;
  const names = known.get(keys[0]!);
  if (names === undefined) return undefined;
  try {
    assign(names, values);
  } catch {
    // nothing of the caller's stays referenced from here
    for (const key of keys) if (hasOwn(names, key)) names[key] = undefined;
    return undefined;
  }
  const count = keys.length;
  const entries: unknown[] = new ListOf(count);
  let simple = true;
  for (let i = 0; i < count; i++) {
    const key = keys[i]!;
    const value = names[key];
    names[key] = undefined;
    entries[i] = value;
    if (typeof value === 'object' && value !== null) simple = false;
  }
  return simple ? entries : undefined;
}

/** `keys` passed the full check: objects of these names take the fast way from now on. */
export function learnNames(keys: readonly string[]): void {
  if (keys.length === 0 || !capitalNames(keys)) return;
  const first = keys[0]!;
  const seen = known.get(first);
  if (seen !== undefined && keys.every((key) => hasOwn(seen, key))) return;
  const names: Record<string, unknown> = {};
  for (const key in seen) names[key] = undefined;
  for (const key of keys) names[key] = undefined;
  known.set(first, preventExtensions(names));
}
