import type { Registry } from '../base/registry';
import { foldSetting, lookUp, NOT_SET } from './fold';
import { hideSetting, showSetting } from './view';

/**
 * Recomputes the given settings of the realm's global stack (base values folded with its layers),
 * so that `settings.X` reads a plain value.
 */
export function recomputeGlobalSettings(registry: Registry, keys: readonly string[]): void {
  const global = registry.global;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    const folded = foldSetting(global.layers, key, lookUp(registry.base, key));
    if (folded === NOT_SET) {
      global.values.delete(key);
      registry.viewTarget[key] = undefined;
      hideSetting(registry, key);
    } else {
      setGlobalSetting(registry, key, folded);
    }
  }
}

/**
 * `key` is in force globally with `value`: kept both in `global.values` and in `viewTarget`, which
 * the view's accessors read (never deleted from: a key that leaves is set to `undefined`, so the
 * object keeps its fast shape).
 */
export function setGlobalSetting(registry: Registry, key: string, value: unknown): void {
  registry.global.values.set(key, value);
  registry.viewTarget[key] = value;
  showSetting(registry, key);
}
