import type { Layer, ModifyOperation } from '../base/layers';
import { freezeList } from './values';

const isArray = Array.isArray;

/** A setting that is not in force (a value can be `undefined`). */
export const NOT_SET: unique symbol = Symbol('not set');

/** A setting's value, or `NOT_SET`. */
export type Folded = unknown;

/** `key`'s value in `values`, or `NOT_SET`. */
export function lookUp(values: ReadonlyMap<string, unknown>, key: string): Folded {
  const value = values.get(key);
  return value !== undefined || values.has(key) ? value : NOT_SET;
}

/**
 * One setting's value through a list of layers, oldest first, starting from `beneath`: an override
 * replaces it, a modification computes a new list from it.
 */
export function foldSetting(layers: readonly Layer[], key: string, beneath: Folded): Folded {
  let folded = beneath;
  for (const layer of layers) {
    if (layer.type === 'override') {
      const index = layer.keys.indexOf(key);
      if (index !== -1) folded = layer.values[index];
    } else if (layer.type === 'modify') {
      const operations = layer.operations.get(key);
      if (operations !== undefined) folded = modify(folded, operations, key);
    }
  }
  return folded;
}

/** Every setting through a list of layers, oldest first, from the base values. */
export function foldAll(
  base: ReadonlyMap<string, unknown>,
  layers: readonly Layer[],
): Map<string, unknown> {
  const values = new Map(base);
  for (const layer of layers) {
    if (layer.type === 'override') {
      const { keys, values: own } = layer;
      for (let i = 0; i < keys.length; i++) values.set(keys[i]!, own[i]);
    } else if (layer.type === 'modify') {
      for (const [key, operations] of layer.operations) {
        values.set(key, modify(lookUp(values, key), operations, key));
      }
    }
  }
  return values;
}

/**
 * Django's `modify_settings`: a missing setting starts from `[]`; `append`/`prepend` skip items
 * already present (also ones added a moment before), `remove` ignores missing ones. A value that is
 * not an array was refused when the layer started; if an outer layer changed it since, the
 * modification leaves it as it is.
 */
export function modify(
  beneath: Folded,
  operations: readonly ModifyOperation[],
  key: string,
): unknown {
  const start = beneath === NOT_SET ? [] : beneath;
  if (!isArray(start)) return start;
  let list: unknown[] = [...start];
  for (const { op, items } of operations) {
    if (op === 'remove') {
      list = list.filter((item) => !items.includes(item));
    } else {
      const added: unknown[] = [];
      for (const item of items) if (!list.includes(item) && !added.includes(item)) added.push(item);
      list = op === 'append' ? [...list, ...added] : [...added, ...list];
    }
  }
  return freezeList(list, `settings.${key}`);
}
