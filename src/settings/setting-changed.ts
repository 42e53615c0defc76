import { realmRegistry } from '../base/registry';
import { Signal } from '../signals/signal';
import type { Settings } from './settings';

/** The payload of `settingChanged`. */
export interface SettingChange {
  /** The setting's name. */
  readonly setting: string;
  /**
   * `enter: true`: the layer's own value (for a modification, the list it computed from the value
   * beneath it); `enter: false`: the value now in force (`undefined`: none).
   */
  readonly value: unknown;
  /** `true` when an override or modification starts, `false` when it ends. */
  readonly enter: boolean;
}

const registry = realmRegistry();
// One per realm, whichever copy of the package loads first: suspension layers exempt it by identity.
registry.settingChanged ??= new Signal<SettingChange, Readonly<Settings>>('setting_changed');

/**
 * Sent by `settings` for each key whenever an override or modification starts or ends — not by
 * `configureSettings`. One per realm, shared by every copy of the package.
 */
export const settingChanged = registry.settingChanged as Signal<SettingChange, Readonly<Settings>>;
