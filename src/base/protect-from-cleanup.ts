const PROTECT_FROM_DELETION = Symbol.for('$$jest-protect-from-deletion');

/**
 * Exempts `value`'s own properties from Jest 30's `globalsCleanup`, which otherwise replaces the
 * properties of objects put on the test global with getters that warn (JEST-01) once the file is
 * torn down: late async code of the file may still reach the bridge or the injected globals.
 * An empty list protects every property. Jest 29 has no such cleanup: a harmless marker there.
 */
export function protectFromJestCleanup(value: object): void {
  Object.defineProperty(value, PROTECT_FROM_DELETION, {
    configurable: true,
    enumerable: false,
    writable: true,
    value: [],
  });
}
