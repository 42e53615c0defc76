import type { Layer, TargetSet } from '../base/layers';
import type { Registry } from '../base/registry';
import type { ReceiverEntry, SignalState } from '../base/signal-state';

/** A layer's say on one receiver of one signal: suspend it, run it, or leave it to outer layers. */
export enum Verdict {
  Run = 0,
  Suspend = 1,
  Undecided = -1,
  /** `verdictForAll` only: a layer names receiver functions, so each receiver has its own verdict. */
  PerReceiver = 2,
}

function namesSignal(set: TargetSet, signal: SignalState): boolean {
  return (
    set.objects.has(signal) ||
    set.names.has(signal.name) ||
    (signal.owner !== undefined && set.objects.has(signal.owner))
  );
}

function isNamed(set: TargetSet, signal: SignalState, entry: ReceiverEntry): boolean {
  return namesSignal(set, signal) || set.objects.has(entry.fn);
}

function namesFunctions(set: TargetSet): boolean {
  for (const target of set.objects) if (typeof target === 'function') return true;
  return false;
}

/**
 * The innermost signals layer that names this receiver decides. Suspending "everything" leaves
 * `settingChanged` running unless it is named, so caches listening to it stay coherent, and an
 * adopted emitter's spared events (`'error'`: an error must still reach its handler).
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
        if (signal !== settingChanged && signal.spared !== true) return Verdict.Suspend;
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
 * What the layers decide for every receiver of `signal` alike, whoever is connected: an adopted
 * emitter's listeners live in the library's own lists, so its events are judged once per layer
 * change and each receiver is judged alone (`PerReceiver`) only where a layer names functions.
 */
export function verdictForAll(
  layers: readonly Layer[],
  signal: SignalState,
  settingChanged: SignalState | undefined,
): Verdict {
  for (let i = layers.length - 1; i >= 0; i--) {
    const layer = layers[i]!;
    if (layer.type === 'suspend') {
      if (layer.targets === 'all') {
        if (layer.except !== null) {
          if (namesSignal(layer.except, signal)) return Verdict.Run;
          if (namesFunctions(layer.except)) return Verdict.PerReceiver;
        }
        if (signal !== settingChanged && signal.spared !== true) return Verdict.Suspend;
      } else if (namesSignal(layer.targets, signal)) {
        return Verdict.Suspend;
      } else if (namesFunctions(layer.targets)) {
        return Verdict.PerReceiver;
      }
    } else if (layer.type === 'resume') {
      if (layer.targets === 'all' || namesSignal(layer.targets, signal)) return Verdict.Run;
      if (namesFunctions(layer.targets)) return Verdict.PerReceiver;
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
