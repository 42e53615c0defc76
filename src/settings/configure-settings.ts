import { realmRegistry } from '../base/registry';
import { refreshAllSignals } from '../signals/suspension';
import { recomputeGlobalSettings } from './global-settings';
import type { Settings } from './settings';
import { settingsEntries } from './values';

const registry = realmRegistry();

/**
 * Sets the base values of settings, merging: later calls win for the same key. Values are stored as
 * frozen copies (plain objects and arrays deeply). Sends no `settingChanged`: call it at startup.
 *
 * @throws TypeError for a non-object, a reserved name, or a prototype key at any depth; nothing is
 * applied then.
 */
export function configureSettings(values: Partial<Settings>): void {
  const entries = settingsEntries(
    'configureSettings(values)',
    'values',
    values,
    registry.frozenCopies,
  );
  const keys = entries.keys;
  for (let i = 0; i < keys.length; i++) registry.base.set(keys[i]!, entries.values[i]);
  recomputeGlobalSettings(registry, keys);
  registry.hooks.baseChanged();
  if (keys.includes('SUSPEND_SIGNALS')) refreshAllSignals(registry);
}
