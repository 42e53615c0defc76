import type { Layer } from '../layers';
import type { Registry } from '../registry';
import { foldSetting, lookUp, NOT_SET } from '../settings/fold';
import { refreshAllSignals } from '../signals/suspension';
import { refreshContext, refreshContexts } from './scopes';

/**
 * Starting and ending layers. The state in force is a fold of the active layers; what `send` and
 * `settings.X` read is recomputed here, for the keys and signals a layer touches, so that reads stay
 * a flag check and a property read.
 */

/** Recomputes the given global settings, and what every concurrent test sees. */
export function recomputeSettings(registry: Registry, keys: Iterable<string>): void {
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
  refreshContexts(registry);
}

function keysOf(layer: Layer): Iterable<string> {
  if (layer.type === 'override') return layer.values.keys();
  if (layer.type === 'modify') return layer.operations.keys();
  return [];
}

function touchesSignals(layer: Layer): boolean {
  if (layer.type === 'suspend' || layer.type === 'resume') return true;
  return layer.type === 'override'
    ? layer.values.has('SUSPEND_SIGNALS')
    : layer.operations.has('SUSPEND_SIGNALS');
}

function recompute(registry: Registry, layer: Layer): void {
  if (layer.stack !== registry.global) {
    // a concurrent test's own layer: only its view changes
    refreshContext(registry, layer.owner!);
    return;
  }
  recomputeSettings(registry, keysOf(layer));
  if (touchesSignals(layer)) refreshAllSignals(registry);
}

function notify(
  registry: Registry,
  setting: string,
  value: unknown,
  enter: boolean,
  errors?: unknown[],
) {
  const signal = registry.settingChanged;
  // Nobody listens and nothing records: skip making the payload (overrides are started per test).
  if (signal === undefined || (!registry.slow && signal._receivers.length === 0)) return;
  const payload = { setting, value, enter };
  if (errors === undefined) signal.send(registry.settingsView, payload);
  else signal._notify(registry.settingsView, payload, errors);
}

/**
 * Makes `layer` active, innermost in its stack, and sends `settingChanged` (`enter: true`) for each
 * of its keys. If a receiver throws (Django): the remaining notifications are not sent, the layer is
 * ended (`enter: false` for every key, robustly), and the error is rethrown.
 */
export function startLayer(registry: Registry, layer: Layer): void {
  layer.state = 'active';
  layer.stack.layers.push(layer);
  layer.owner?.layers.push(layer);
  recompute(registry, layer);
  if (layer.type === 'modify') {
    const started = new Map<string, unknown>();
    for (const key of layer.operations.keys()) started.set(key, layer.stack.values.get(key));
    layer.started = started;
  }
  const own =
    layer.type === 'override' ? layer.values : layer.type === 'modify' ? layer.started : null;
  if (own === null) return;
  try {
    for (const [key, value] of own) notify(registry, key, value, true);
  } catch (error) {
    endLayer(registry, layer, 'ended');
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
export function endLayer(registry: Registry, layer: Layer, next: Layer['state']): unknown[] {
  if (layer.state !== 'active') {
    if (layer.state === 'pending' && next === 'restored') layer.state = 'restored';
    return [];
  }
  layer.state = next;
  remove(layer.stack.layers, layer);
  if (layer.owner !== undefined) remove(layer.owner.layers, layer);
  recompute(registry, layer);
  const errors: unknown[] = [];
  for (const key of keysOf(layer)) {
    notify(registry, key, layer.stack.values.get(key), false, errors);
  }
  return errors;
}

function remove(list: Layer[], layer: Layer): void {
  const index = list.lastIndexOf(layer);
  if (index !== -1) list.splice(index, 1);
}
