/**
 * A signal and its connections as plain data: what the registry tracks and suspension layers
 * decide about. Every copy of the package (CJS, ESM, reloaded modules) reads and writes the same
 * objects, so none of this relies on a class.
 */

/** A connection: identity is `(key, sender)`. */
export interface ReceiverEntry {
  readonly fn: (sender: never, payload: never, signal: never) => unknown;
  /** The sender it is bound to, or `ANY_SENDER` (`Symbol.for('signalbox.anySender')`). */
  readonly sender: unknown;
  /** `dispatchUid ?? fn`. */
  readonly key: unknown;
  /** Connected by `suspendingReceiver`: skipped while `settings.SUSPEND_SIGNALS` is truthy. */
  readonly suspending: boolean;
  /** Skipped by the realm's global layers or `SUSPEND_SIGNALS`: recomputed when layers change. */
  off: boolean;
}

/** The state of a signal that suspension reads and keeps up to date. */
export interface SignalState {
  /** Matched by name targets (`suspendSignals('post_save')`). */
  readonly name: string;
  /**
   * In connection order. Appended in place (a running send stops at the length it started with);
   * a disconnect replaces the array, so a running send still calls what it started with.
   */
  _receivers: ReceiverEntry[];
  /** Changes with every connect and disconnect: generated `send`s check it (`signals/dispatchers.ts`). */
  _version: number;
  /** Sends through the current receivers so far, until their `send` and `emit` are generated. */
  _warm: number;
  /** Connections by identity key (`dispatchUid ?? fn`), built on the first lookup of a long list. */
  _index: Map<unknown, ReceiverEntry[]> | undefined;
  /** Every receiver is suspended by the global layers: a send returns at once. */
  _shut: boolean;
  /** How many connections the global layers or `SUSPEND_SIGNALS` suspend. */
  _offCount: number;
  /** An adopted emitter's event: the emitter, a target that names all its events. */
  readonly owner?: object;
  /** Suspending everything leaves it running (an emitter's `'error'` and listener events). */
  readonly spared?: boolean;
}

/** A receiver as a dispatch loop calls it; `Signal`'s methods give it its types. */
export type AnyReceiver = (sender: unknown, payload: unknown, signal: SignalState) => unknown;

/** How one receiver is called: straight, catching into an Error, or catching into a rejection. */
export type Call = (
  fn: AnyReceiver,
  sender: unknown,
  payload: unknown,
  signal: SignalState,
) => unknown;
