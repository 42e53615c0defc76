import type { Layer, ModifyOperation } from '../layers';

const isArray = Array.isArray;

/** `{ value }` when the setting is in force, `undefined` when it is not. */
export type Folded = { readonly value: unknown } | undefined;

/**
 * One setting's value through a list of layers, oldest first, starting from `beneath`: an override
 * replaces it, a modification computes a new list from it.
 */
export function foldSetting(layers: readonly Layer[], key: string, beneath: Folded): Folded {
  let folded = beneath;
  for (const layer of layers) {
    if (layer.type === 'override') {
      if (layer.values.has(key)) folded = { value: layer.values.get(key) };
    } else if (layer.type === 'modify') {
      const operations = layer.operations.get(key);
      if (operations !== undefined) folded = { value: modify(folded, operations) };
    }
  }
  return folded;
}

/**
 * Django's `modify_settings`: a missing setting starts from `[]`; `append`/`prepend` skip items
 * already present (also ones added a moment before), `remove` ignores missing ones. A value that is
 * not an array was refused when the layer started; if an outer layer changed it since, the
 * modification leaves it as it is.
 */
export function modify(beneath: Folded, operations: readonly ModifyOperation[]): unknown {
  const start = beneath === undefined ? [] : beneath.value;
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
  return Object.freeze(list);
}
