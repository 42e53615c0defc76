import { overrideLayer } from '../base/layers';
import { realmRegistry } from '../base/registry';
import type { Settings } from '../settings/settings';
import { settingsEntries } from '../settings/values';
import { applyLayer, type LayerHandle } from './apply-layer';

const registry = realmRegistry();

const SIGNATURE = 'overrideSettings(values, fn?)';

/**
 * Overrides settings: for the scope it is called in (the file, a describe block, a test), until
 * `restore()` / the end of a `using` block, or while `fn` runs (until its promise settles). Sends
 * `settingChanged` for each key at start and end. Values are stored as frozen copies.
 */
export function overrideSettings(values: Partial<Settings>): LayerHandle;
export function overrideSettings<Result>(values: Partial<Settings>, fn: () => Result): Result;
export function overrideSettings<Result>(
  values: Partial<Settings>,
  fn?: () => Result,
): LayerHandle | Result {
  const entries = settingsEntries(SIGNATURE, 'values', values, registry.frozenCopies);
  return applyLayer(SIGNATURE, overrideLayer(entries), fn);
}
