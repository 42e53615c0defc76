import type { Registry } from '../base/registry';
import type { ReceiverEntry, SignalState } from '../base/signal-state';
import { entryChanged } from './suspension';

/**
 * A signal's connections: found by identity `(key, sender)`, added and removed. A short list is
 * scanned; from `INDEXED_FROM` connections on, an index by key (built on the first lookup that
 * needs it) finds one in O(1), so connecting n receivers costs O(n), not O(n²).
 */

const INDEXED_FROM = 16;

/** The connection is bound to exactly `bound` (a sender, or `ANY_SENDER`), NaN included. */
function sameSender(entry: ReceiverEntry, bound: unknown): boolean {
  // biome-ignore lint/suspicious/noSelfCompare: NaN is the one value that differs from itself
  return entry.sender === bound || (entry.sender !== entry.sender && bound !== bound);
}

function indexOf(signal: SignalState): Map<unknown, ReceiverEntry[]> | undefined {
  if (signal._index === undefined && signal._receivers.length >= INDEXED_FROM) {
    const index = new Map<unknown, ReceiverEntry[]>();
    for (const entry of signal._receivers) addToIndex(index, entry);
    signal._index = index;
  }
  return signal._index;
}

function addToIndex(index: Map<unknown, ReceiverEntry[]>, entry: ReceiverEntry): void {
  const same = index.get(entry.key);
  if (same === undefined) index.set(entry.key, [entry]);
  else same.push(entry);
}

/** The connection of identity `(key, bound)`, if there is one. */
export function findConnection(
  signal: SignalState,
  key: unknown,
  bound: unknown,
): ReceiverEntry | undefined {
  const index = indexOf(signal);
  const candidates = index === undefined ? signal._receivers : index.get(key);
  if (candidates === undefined) return undefined;
  for (const entry of candidates) if (entry.key === key && sameSender(entry, bound)) return entry;
  return undefined;
}

/** Appends a connection in place: a running send stops at the length it started with. */
export function addConnection(registry: Registry, signal: SignalState, entry: ReceiverEntry): void {
  signal._receivers.push(entry);
  if (signal._index !== undefined) addToIndex(signal._index, entry);
  entryChanged(registry, signal, entry, true);
}

/** Removes a connection: the list is replaced, so a running send still calls what it started with. */
export function removeConnection(
  registry: Registry,
  signal: SignalState,
  entry: ReceiverEntry,
): void {
  signal._receivers = signal._receivers.filter((other) => other !== entry);
  const same = signal._index?.get(entry.key);
  if (same !== undefined) {
    if (same.length === 1) signal._index!.delete(entry.key);
    else same.splice(same.indexOf(entry), 1);
  }
  entryChanged(registry, signal, entry, false);
}
