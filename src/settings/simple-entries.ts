/**
 * The common settings object — setting names seen before, primitive values — checked without
 * `Object.getOwnPropertySymbols`, which alone cost about a quarter of an `overrideSettings` +
 * `restore()` (60–100 ns here): `Object.assign` onto a non-extensible object that has exactly the
 * names known so far throws on any key it lacks — an enumerable symbol key above all, or a new
 * name — and leaves the values in an object of one shape to read. Anything else goes to the full
 * check, whose messages it never has to repeat.
 */

const assign = Object.assign;
const preventExtensions = Object.preventExtensions;
const hasOwn = Object.hasOwn;
const ListOf = Array;
const A = 65;
const Z = 90;

/** Every name that passed the full check, each `undefined` but during a check. */
let known: Record<string, unknown> = preventExtensions({});

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
  if (!capitalNames(keys)) return undefined;
  const names = known;
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
  if (!capitalNames(keys) || keys.every((key) => hasOwn(known, key))) return;
  const names: Record<string, unknown> = {};
  for (const key in known) names[key] = undefined;
  for (const key of keys) names[key] = undefined;
  known = preventExtensions(names);
}
