import { realm } from '../realm';
import { Signal } from '../signals/signal';
import type { Settings } from './settings';

export interface SettingChange {
  readonly setting: string;
  /** `enter: true`: the layer's own value; `enter: false`: the value now in force (`undefined`: none). */
  readonly value: unknown;
  /** `true` when an override or modification starts, `false` when it ends. */
  readonly enter: boolean;
}

const registry = realm();
registry.settingChanged ??= new Signal<SettingChange, Readonly<Settings>>('setting_changed');

/**
 * Sent by `settings` for each key whenever an override or modification starts or ends — not by
 * `configureSettings`. One per realm, shared by every copy of the package.
 */
export const settingChanged = registry.settingChanged as Signal<SettingChange, Readonly<Settings>>;
