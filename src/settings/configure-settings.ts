import { realm } from '../realm';
import { recomputeSettings } from '../scope/engine';
import { refreshAllSignals } from '../signals/suspension';
import type { Settings } from './settings';
import { settingsEntries } from './values';

const registry = realm();

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
  for (const [key, value] of entries) registry.base.set(key, value);
  recomputeSettings(registry, entries.keys());
  if (entries.has('SUSPEND_SIGNALS')) refreshAllSignals(registry);
}
