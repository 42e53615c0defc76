import type { Registry } from '../base/registry';
import { foldSetting, lookUp, NOT_SET } from './fold';

/**
 * Recomputes the given settings of the realm's global stack (base values folded with its layers),
 * so that `settings.X` reads a plain value: kept both in `global.values` and as the view's own
 * properties (what `util.inspect` shows).
 */
export function recomputeGlobalSettings(registry: Registry, keys: Iterable<string>): void {
  const global = registry.global;
  const view = registry.viewTarget;
  for (const key of keys) {
    const folded = foldSetting(global.layers, key, lookUp(registry.base, key));
    if (folded === NOT_SET) {
      global.values.delete(key);
      delete view[key];
    } else {
      global.values.set(key, folded);
      view[key] = folded;
    }
  }
}
