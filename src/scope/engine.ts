import type { Layer, ModifyLayer, Stack } from '../base/layers';
import { refreshEmitters } from '../emitters/adoption';
import { foldSetting, lookUp, modify } from '../settings/fold';
import { recomputeGlobalSettings, setGlobalSetting } from '../settings/global-settings';
import { settingChanged } from '../settings/setting-changed';
import type { Settings } from '../settings/settings';
import { refreshAllSignals } from '../signals/suspension';
import { BLOCK_RANK, type Scope, type ScopedLayer } from './scope';
import { refreshContext, refreshContexts } from './scopes';
import type { ScopeRealm } from './state';

/**
 * Starting and ending layers. The state in force is a fold of the active layers; what `send` and
 * `settings.X` read is recomputed here, for the keys and signals a layer touches, so that reads stay
 * a flag check and a property read.
 */

const NO_KEYS: readonly string[] = [];
const NO_ERRORS: readonly unknown[] = [];

function keysOf(layer: Layer): readonly string[] {
  if (layer.type === 'override') return layer.keys;
  if (layer.type === 'modify') return [...layer.operations.keys()];
  return NO_KEYS;
}

function touchesSignals(layer: Layer): boolean {
  if (layer.type === 'suspend' || layer.type === 'resume') return true;
  return layer.type === 'override'
    ? layer.keys.includes('SUSPEND_SIGNALS')
    : layer.operations.has('SUSPEND_SIGNALS');
}

/**
 * Recomputes what the layer's start or end changed. `onTop`: an override that just became the
 * innermost layer of the global stack, so its own values are now in force (no fold).
 */
function recompute(realm: ScopeRealm, layer: ScopedLayer, onTop = false): void {
  const registry = realm.registry;
  if (layer.stack !== registry.global) {
    // a concurrent test's own layer: only its view changes
    refreshContext(realm, layer.owner!);
    return;
  }
  if (onTop && layer.type === 'override') {
    for (let i = 0; i < layer.keys.length; i++) {
      setGlobalSetting(registry, layer.keys[i]!, layer.values[i]);
    }
  } else {
    recomputeGlobalSettings(registry, keysOf(layer));
  }
  refreshContexts(realm);
  if (touchesSignals(layer)) {
    refreshAllSignals(registry);
    refreshEmitters();
  }
}

/** Whether a `settingChanged` is seen: by a receiver, or by the log of a test that may be running. */
function settingChangeSeen(realm: ScopeRealm): boolean {
  return realm.registry.slow || settingChanged._receivers.length > 0;
}

/** Sends `settingChanged`; only where it is seen (`settingChangeSeen`). */
function notify(
  realm: ScopeRealm,
  setting: string,
  value: unknown,
  enter: boolean,
  errors?: unknown[],
) {
  const sender = realm.registry.settingsView as Readonly<Settings>;
  if (settingChanged._receivers.length === 0) {
    // Nobody listens: a test's log records it, a serial test's without a payload object
    // (overrides are started per test, twice notified).
    const log = realm.registry.recorder;
    if (log !== undefined) log.addSettingChange(setting, value, enter);
    else settingChanged.emit(sender, { setting, value, enter });
    return;
  }
  const payload = { setting, value, enter };
  if (errors === undefined) settingChanged.send(sender, payload);
  else settingChanged._notify(sender, payload, errors);
}

/**
 * Puts `layer` above every layer of its rank or lower in `layers`, below those of a higher rank.
 * @returns whether it is the innermost.
 */
function insertByRank(layers: Layer[], layer: ScopedLayer): boolean {
  const count = layers.length;
  let index = count;
  while (index > 0 && (layers[index - 1] as ScopedLayer).rank > layer.rank) index--;
  if (index === count) layers.push(layer);
  else layers.splice(index, 0, layer);
  return index === count;
}

/**
 * The layers in force beneath a layer of `rank` placed in `stack` now (those of its rank or lower):
 * the realm's global layers, or a concurrent test's view of its lineage's and its own.
 */
export function layersBeneath(
  realm: ScopeRealm,
  stack: Stack,
  owner: Scope | undefined,
  rank: number,
  except?: Layer,
): Layer[] {
  const inForce =
    stack === realm.registry.global || owner === undefined ? stack.layers : owner.view.layers;
  return inForce.filter((layer) => layer !== except && (layer as ScopedLayer).rank <= rank);
}

/** `key`'s value beneath a layer of `rank` placed in `stack` now, or `NOT_SET`. */
export function valueBeneath(
  realm: ScopeRealm,
  stack: Stack,
  owner: Scope | undefined,
  rank: number,
  key: string,
): unknown {
  const layers = layersBeneath(realm, stack, owner, rank);
  return foldSetting(layers, key, lookUp(realm.registry.base, key));
}

/** What a modification layer just started makes of each of its lists. */
function modifiedLists(realm: ScopeRealm, layer: ScopedLayer & ModifyLayer): Map<string, unknown> {
  const beneath = layersBeneath(realm, layer.stack, layer.owner, layer.rank, layer);
  const lists = new Map<string, unknown>();
  for (const [key, operations] of layer.operations) {
    lists.set(
      key,
      modify(foldSetting(beneath, key, lookUp(realm.registry.base, key)), operations, key),
    );
  }
  return lists;
}

/**
 * Makes `layer` active in its stack, above the layers of its rank or lower (the innermost when
 * nothing of a higher rank is active), and sends `settingChanged` (`enter: true`) for each
 * of its keys. If a receiver throws (Django): the remaining notifications are not sent, the layer is
 * ended (`enter: false` for every key, robustly), and the error is rethrown.
 */
export function startLayer(realm: ScopeRealm, layer: ScopedLayer): void {
  layer.state = 'active';
  const onTop = insertByRank(layer.stack.layers, layer);
  layer.owner?.layers.push(layer);
  recompute(realm, layer, onTop);
  if ((layer.type !== 'override' && layer.type !== 'modify') || !settingChangeSeen(realm)) return;
  // a modification's own lists, from the values beneath it, even where a layer of a higher rank
  // hides them (sent with `enter: true`)
  const started = layer.type === 'modify' ? modifiedLists(realm, layer) : undefined;
  try {
    if (started !== undefined) {
      for (const [key, value] of started) notify(realm, key, value, true);
    } else if (layer.type === 'override') {
      for (let i = 0; i < layer.keys.length; i++) {
        notify(realm, layer.keys[i]!, layer.values[i], true);
      }
    }
  } catch (error) {
    endLayer(realm, layer, 'ended');
    throw error;
  }
}

/**
 * Ends `layer` if it is active: removes it wherever it stands in its stack, recomputes, and sends
 * `settingChanged` (`enter: false`, the value now in force) for each key, every receiver running.
 *
 * @param next - `'restored'` (by its handle: final), `'ended'` (by its scope), or `'pending'` (an
 *   annotation whose block ended: it starts again if the block runs again).
 * @returns what the receivers threw, in order.
 */
export function endLayer(
  realm: ScopeRealm,
  layer: ScopedLayer,
  next: ScopedLayer['state'],
): readonly unknown[] {
  if (layer.state !== 'active') {
    if (layer.state === 'pending' && next === 'restored') layer.state = 'restored';
    return NO_ERRORS;
  }
  layer.state = next;
  remove(layer.stack.layers, layer);
  if (layer.owner !== undefined) remove(layer.owner.layers, layer);
  recompute(realm, layer);
  if (!settingChangeSeen(realm)) return NO_ERRORS;
  const keys = keysOf(layer);
  // with no receivers connected, none can throw (or connect one)
  const errors = settingChanged._receivers.length === 0 ? undefined : [];
  const values = layer.stack.values;
  for (const key of keys) notify(realm, key, values.get(key), false, errors);
  return errors === undefined || errors.length === 0 ? NO_ERRORS : errors;
}

/**
 * A `using` declaration took the layer's handle: the layer belongs to the enclosing block of code,
 * so it moves above the scope-bound layers (a `using` inside a callback block wins over that block).
 * Nothing is notified: the layer's own values were announced when it started.
 */
export function rankAsBlock(realm: ScopeRealm, layer: ScopedLayer): void {
  if (layer.rank === BLOCK_RANK) return;
  layer.rank = BLOCK_RANK;
  if (layer.state !== 'active') return;
  remove(layer.stack.layers, layer);
  insertByRank(layer.stack.layers, layer);
  recompute(realm, layer);
}

function remove(list: Layer[], layer: Layer): void {
  // mostly the innermost: layers end last-in, first-out
  if (list[list.length - 1] === layer) {
    list.pop();
    return;
  }
  const index = list.lastIndexOf(layer);
  if (index !== -1) list.splice(index, 1);
}
