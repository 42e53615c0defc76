import { argumentError, describe } from '../base/errors';
import type { ModifyOperation } from '../base/layers';
import { realmRegistry } from '../base/registry';
import { NOT_SET } from '../settings/fold';
import type { Settings } from '../settings/settings';
import { isPlainObject, settingsEntries } from '../settings/values';
import { applyLayer, type LayerHandle } from './apply-layer';

const registry = realmRegistry();

const SIGNATURE = 'modifySettings(operations, fn?)';
const OPERATIONS = new Set(['append', 'prepend', 'remove']);

/** The settings whose type is an array: the ones `modifySettings` can change. */
export type ListSettings = {
  [K in keyof Settings as Settings[K] extends readonly unknown[] ? K : never]: Settings[K];
};

/** Items to add or remove: one item, or a list of them. */
export interface ListOperations<Item> {
  /** Added at the end, unless already present. */
  append?: Item | readonly Item[];
  /** Added at the start, in this order, unless already present. */
  prepend?: Item | readonly Item[];
  /** Removed where present; missing items are ignored. */
  remove?: Item | readonly Item[];
}

/** For each list setting, the operations to apply to it, in the order given. */
export type SettingsModification = {
  [K in keyof ListSettings]?: ListOperations<ListSettings[K][number]>;
};

function parseOperations(key: string, spec: unknown): ModifyOperation[] {
  if (!isPlainObject(spec)) {
    throw argumentError(
      SIGNATURE,
      `operations.${key}`,
      'an object { append?, prepend?, remove? }',
      spec,
    );
  }
  return Object.keys(spec).map((op) => {
    if (!OPERATIONS.has(op)) {
      throw new TypeError(
        `${SIGNATURE}: operations.${key}.${op} is not an operation (expected append, prepend or remove)`,
      );
    }
    const value = spec[op];
    if (value === undefined) {
      throw new TypeError(
        `${SIGNATURE}: operations.${key}.${op} is undefined: give an item or a list`,
      );
    }
    // `spec` is already a checked frozen copy (settingsEntries): its items are too
    const items = Array.isArray(value) ? value : [value];
    return { op: op as ModifyOperation['op'], items } as ModifyOperation;
  });
}

function checkLists(operations: ReadonlyMap<string, unknown>) {
  return (beneath: (key: string) => unknown) => {
    for (const key of operations.keys()) {
      const current = beneath(key);
      if (current !== NOT_SET && !Array.isArray(current)) {
        throw new TypeError(
          `${SIGNATURE}: settings.${key} is ${describe(current)}, not an array: only list settings can be modified`,
        );
      }
    }
  };
}

/**
 * Django's `modify_settings`: appends to, prepends to and removes from list settings, on top of the
 * value beneath (a missing setting starts from `[]`). `append`/`prepend` skip items already present,
 * `remove` ignores missing ones; operations apply in the order given; items compare with `includes`.
 * Scope, handle and callback forms as `overrideSettings`.
 */
export function modifySettings(operations: SettingsModification): LayerHandle;
export function modifySettings<Result>(operations: SettingsModification, fn: () => Result): Result;
export function modifySettings<Result>(
  operations: SettingsModification,
  fn?: () => Result,
): LayerHandle | Result {
  const specs = settingsEntries(SIGNATURE, 'operations', operations, registry.frozenCopies);
  const parsed = new Map<string, readonly ModifyOperation[]>(
    specs.keys.map((key, i) => [key, parseOperations(key, specs.values[i])]),
  );
  return applyLayer(SIGNATURE, { type: 'modify', operations: parsed }, fn, checkLists(parsed));
}
