import type { Layer, TargetSet } from '../base/layers';
import type { Registry } from '../base/registry';
import type { ReceiverEntry, SignalState } from '../base/signal-state';

/** A layer's say on one receiver of one signal: suspend it, run it, or leave it to outer layers. */
export enum Verdict {
  Run = 0,
  Suspend = 1,
  Undecided = -1,
}

function isNamed(set: TargetSet, signal: SignalState, entry: ReceiverEntry): boolean {
  return set.objects.has(signal) || set.names.has(signal.name) || set.objects.has(entry.fn);
}

/**
 * The innermost signals layer that names this receiver decides. Suspending "everything" leaves
 * `settingChanged` running unless it is named, so caches listening to it stay coherent.
 */
export function verdict(
  layers: readonly Layer[],
  signal: SignalState,
  entry: ReceiverEntry,
  settingChanged: SignalState | undefined,
): Verdict {
  for (let i = layers.length - 1; i >= 0; i--) {
    const layer = layers[i]!;
    if (layer.type === 'suspend') {
      if (layer.targets === 'all') {
        if (layer.except !== null && isNamed(layer.except, signal, entry)) return Verdict.Run;
        if (signal !== settingChanged) return Verdict.Suspend;
      } else if (isNamed(layer.targets, signal, entry)) {
        return Verdict.Suspend;
      }
    } else if (layer.type === 'resume') {
      if (layer.targets === 'all' || isNamed(layer.targets, signal, entry)) return Verdict.Run;
    }
  }
  return Verdict.Undecided;
}

/**
 * Recomputes a signal's receivers' `off` flags from the realm's global layers, so that `send` reads
 * a flag per receiver (and `_shut` when all are off). Only signals with receivers are tracked: a
 * file that creates signals by the thousand pays nothing for them at each layer change.
 */
export function refreshSignal(registry: Registry, signal: SignalState): void {
  let off = 0;
  let changed = false;
  for (const entry of signal._receivers) {
    const was = entry.off;
    if (refreshEntry(registry, signal, entry)) off++;
    changed ||= entry.off !== was;
  }
  if (changed) dispatchChanged(signal);
  settle(registry, signal, off);
}

/** A connection was added (its flag computed alone) or removed: O(1), not a whole refresh. */
export function entryChanged(
  registry: Registry,
  signal: SignalState,
  entry: ReceiverEntry,
  added: boolean,
): void {
  const off = added ? refreshEntry(registry, signal, entry) : entry.off;
  dispatchChanged(signal);
  settle(registry, signal, signal._offCount + (off ? (added ? 1 : -1) : 0));
}

/**
 * Who runs on a send changed (a connection, or a flag): a generated `send` or `emit`, made for the
 * receivers and flags as they were, hands over to the methods until new ones are generated.
 */
function dispatchChanged(signal: SignalState): void {
  signal._version++;
  signal._warm = 0;
}

function refreshEntry(registry: Registry, signal: SignalState, entry: ReceiverEntry): boolean {
  const { layers, values } = registry.global;
  entry.off = isSuspended(registry, layers, values, signal, entry);
  return entry.off;
}

/**
 * Whether `entry` is skipped under these layers and settings (the global ones, or what a concurrent
 * test sees): a suspension layer decides, or, for a `suspendingReceiver`, `SUSPEND_SIGNALS`.
 */
export function isSuspended(
  registry: Registry,
  layers: readonly Layer[],
  values: ReadonlyMap<string, unknown>,
  signal: SignalState,
  entry: ReceiverEntry,
): boolean {
  return (
    verdict(layers, signal, entry, registry.settingChanged) === Verdict.Suspend ||
    (entry.suspending && !!values.get('SUSPEND_SIGNALS'))
  );
}

function settle(registry: Registry, signal: SignalState, off: number): void {
  const count = signal._receivers.length;
  signal._offCount = off;
  signal._shut = off !== 0 && off === count;
  if (count === 0) registry.connected.delete(signal);
  else registry.connected.add(signal);
}

export function refreshAllSignals(registry: Registry): void {
  for (const signal of registry.connected) refreshSignal(registry, signal);
}
