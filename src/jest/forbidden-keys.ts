const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * The path of the first key named `__proto__`, `constructor` or `prototype` anywhere in `value`
 * (nested objects and list items included), or `undefined`.
 *
 * Own keys are what counts: `JSON.parse('{"__proto__": 1}')` creates an own `__proto__` key.
 */
export function findForbiddenKey(value: unknown, path: string): string | undefined {
  return search(value, path, new Set());
}

function search(value: unknown, path: string, seen: Set<object>): string | undefined {
  if (typeof value !== 'object' || value === null || seen.has(value)) return undefined;
  seen.add(value);
  const isList = Array.isArray(value);
  for (const key of Object.keys(value)) {
    const keyPath = isList ? `${path}[${key}]` : `${path}.${key}`;
    if (!isList && FORBIDDEN_KEYS.has(key)) return keyPath;
    const found = search(Reflect.get(value, key), keyPath, seen);
    if (found !== undefined) return found;
  }
  return undefined;
}
