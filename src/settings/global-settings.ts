import type { Registry } from '../base/registry';
import { foldSetting, lookUp, NOT_SET } from './fold';
import { hideSetting, showSetting } from './view';

/**
 * Recomputes the given settings of the realm's global stack (base values folded with its layers),
 * so that `settings.X` reads a plain value: kept both in `global.values` and in `viewTarget`, which
 * the view's accessors read (never deleted from: a key that leaves is set to `undefined`, so the
 * object keeps its fast shape).
 */
export function recomputeGlobalSettings(registry: Registry, keys: Iterable<string>): void {
  const global = registry.global;
  const values = registry.viewTarget;
  for (const key of keys) {
    const folded = foldSetting(global.layers, key, lookUp(registry.base, key));
    if (folded === NOT_SET) {
      global.values.delete(key);
      values[key] = undefined;
      hideSetting(registry, key);
    } else {
      global.values.set(key, folded);
      values[key] = folded;
      showSetting(registry, key);
    }
  }
}
