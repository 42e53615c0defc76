import { argumentError } from '../base/errors';
import { realmRegistry } from '../base/registry';
import type { ReceiverEntry } from '../base/signal-state';
import { addConnection, findConnection, removeConnection } from './connections';
import {
  ANY_SENDER,
  callAsync,
  callDirect,
  callRobust,
  dispatch,
  EMPTY,
  reaches,
  runReceivers,
  settleAll,
  settleEach,
} from './dispatch';
import { emitLoop, sendLoop, warmUp } from './dispatchers';

/** A receiver is called as `receiver(sender, payload, signal)`; what it returns is its result. */
export type Receiver<Payload = void, Sender = unknown> = (
  sender: Sender,
  payload: Payload,
  signal: Signal<Payload, Sender>,
) => unknown;

/** `[receiver, result]` for each receiver that ran, in connection order. */
export type SendResult<Payload = void, Sender = unknown> = Array<
  [receiver: Receiver<Payload, Sender>, result: unknown]
>;

/** The options of `connect` and `disconnect`, and of the `receiver` decorators. */
export interface ConnectOptions<Sender = unknown> {
  /** Only sends from this sender reach the receiver. Omitted (or `undefined`/`null`): any sender. */
  sender?: Sender;
  /** Identifies the connection instead of the receiver function: connecting it again is a no-op. */
  dispatchUid?: string | symbol;
}

/** A signal of any payload and sender type (targets, logs). */
// biome-ignore lint/suspicious/noExplicitAny: it stands for signals of every payload and sender type.
export type AnySignal = Signal<any, any>;

const BRAND = Symbol.for('signalbox.signal');
const OPTION_KEYS = new Set(['sender', 'dispatchUid']);
const registry = realmRegistry();

/** Recognises a `Signal` from any copy of the package (CJS, ESM, reloaded modules). */
export function isSignal(value: unknown): value is AnySignal {
  return (
    typeof value === 'object' && value !== null && (value as { [BRAND]?: unknown })[BRAND] === true
  );
}

/**
 * A named event. Receivers connect to it, optionally for one sender; `send` calls them in connection
 * order. References are strong: a receiver stays connected until it is disconnected.
 *
 * @typeParam Payload - what each send carries (`void`: `send(sender)` takes no payload).
 * @typeParam Sender - who sends it, e.g. `typeof User` for a model signal.
 */
export class Signal<Payload = void, Sender = unknown> {
  /** Appears in errors, pragmas (`@suspendSignals post_save`), reports and matcher messages. */
  readonly name: string;
  /** @internal In connection order (see `SignalState`). */
  declare _receivers: ReceiverEntry[];
  /** @internal Changes with every connect and disconnect. */
  declare _version: number;
  /** @internal Sends through the current receivers until their `send` and `emit` are generated. */
  declare _warm: number;
  /** @internal Connections by identity key, for long lists. */
  declare _index: Map<unknown, ReceiverEntry[]> | undefined;
  /** @internal Every receiver is suspended by the global layers: `send` returns at once. */
  declare _shut: boolean;
  /** @internal How many connections the global layers or `SUSPEND_SIGNALS` suspend. */
  declare _offCount: number;

  /** @param name - required, non-empty; several signals may share a name. */
  constructor(name: string) {
    if (typeof name !== 'string' || name === '') {
      throw argumentError('new Signal(name)', 'name', 'a non-empty string', name);
    }
    this.name = name;
    Object.defineProperty(this, '_receivers', { value: [], writable: true });
    Object.defineProperty(this, '_shut', { value: false, writable: true });
    Object.defineProperty(this, '_offCount', { value: 0, writable: true });
    Object.defineProperty(this, '_version', { value: 0, writable: true });
    Object.defineProperty(this, '_warm', { value: 0, writable: true });
    Object.defineProperty(this, '_index', { value: undefined, writable: true });
    registry.names.add(name);
  }

  /**
   * Connects `receiver`. Identity is `(dispatchUid ?? receiver, sender ?? any)`: connecting the same
   * identity again is a no-op (the first receiver stays, in its place).
   *
   * @returns a function that disconnects exactly this identity and returns whether it did — also
   * when this connect was a no-op repeat.
   */
  connect(receiver: Receiver<Payload, Sender>, options?: ConnectOptions<Sender>): () => boolean {
    return this._connect(
      receiver,
      options,
      false,
      `${this.name}: connect(receiver, options)`,
      'receiver',
    );
  }

  /**
   * @internal `connect`, and the decorators' connect.
   * @param signature - the call as the user wrote it, and `argument` the receiver's name in it.
   */
  _connect(
    receiver: Receiver<Payload, Sender>,
    options: ConnectOptions<Sender> | undefined,
    suspending: boolean,
    signature: string,
    argument: string,
  ): () => boolean {
    if (typeof receiver !== 'function') {
      throw argumentError(signature, argument, 'a function', receiver);
    }
    const { sender, dispatchUid } = readConnectOptions(signature, options);
    const key = dispatchUid ?? receiver;
    const bound = sender ?? ANY_SENDER;
    if (findConnection(this, key, bound) === undefined) {
      const entry: ReceiverEntry = {
        fn: receiver as ReceiverEntry['fn'],
        sender: bound,
        key,
        suspending,
        off: false,
      };
      addConnection(registry, this, entry);
      registry.hooks.connected(this, entry);
    }
    return () => this.disconnect(receiver, { sender, dispatchUid } as ConnectOptions<Sender>);
  }

  /**
   * Disconnects the one identity `(dispatchUid ?? receiver, sender ?? any)`. Unlike a bare
   * `removeListener`, `disconnect(fn)` leaves `fn`'s sender-bound connections in place (Django).
   *
   * @returns whether something was disconnected.
   * @throws TypeError when neither a receiver nor a `dispatchUid` is given.
   */
  disconnect(receiver?: Receiver<Payload, Sender>, options?: ConnectOptions<Sender>): boolean {
    const fn = `${this.name}: disconnect(receiver, options)`;
    if (receiver !== undefined && typeof receiver !== 'function') {
      throw argumentError(fn, 'receiver', 'a function or undefined', receiver);
    }
    const { sender, dispatchUid } = readConnectOptions(fn, options);
    const key = dispatchUid ?? receiver;
    if (key === undefined) {
      throw new TypeError(`${fn}: give the receiver or options.dispatchUid to disconnect`);
    }
    const entry = findConnection(this, key, sender ?? ANY_SENDER);
    if (entry === undefined) return false;
    removeConnection(registry, this, entry);
    return true;
  }

  /**
   * Whether a connected receiver would be reached by a send from `sender` (suspension not
   * considered). No argument, or `undefined`: whether any receiver is connected at all.
   */
  hasListeners(sender?: Sender): boolean {
    if (sender === undefined) return this._receivers.length > 0;
    return this._receivers.some((entry) => reaches(entry, sender));
  }

  /**
   * Calls the receivers for `sender` in connection order with a snapshot of the list: one connected
   * during the send is not called by it; one disconnected during it still is. A suspended receiver
   * is not called and is absent from the result. The first throw propagates.
   *
   * @returns `[receiver, result]` for each receiver that ran; when none ran it may be a shared,
   * frozen empty array.
   */
  send(sender: Sender, payload: Payload): SendResult<Payload, Sender> {
    if (registry.slow) {
      const view = registry.hooks.beforeSend(this, sender, payload);
      if (view !== undefined || registry.profiling) {
        return runReceivers(this, sender, payload, callDirect, view);
      }
    }
    warmUp(this, methods);
    if (this._shut) return EMPTY;
    return sendLoop(this, sender, payload) as SendResult<Payload, Sender>;
  }

  /**
   * Like `send` — the same receivers in the same order, suspension, sender filtering, recording in
   * a test, the first throw propagating — but fire-and-forget: no `[receiver, result]` pairs are
   * made. The fastest way to send when nothing reads the results.
   */
  emit(sender: Sender, payload: Payload): void {
    if (registry.slow) {
      const view = registry.hooks.beforeSend(this, sender, payload);
      if (view !== undefined || registry.profiling) {
        runReceivers(this, sender, payload, callDirect, view);
        return;
      }
    }
    warmUp(this, methods);
    if (this._shut) return;
    emitLoop(this, sender, payload);
  }

  /**
   * Like `send`, but every receiver runs: a throw becomes that receiver's result — the `Error`, or a
   * `ThrownValueError` whose `cause` is the thrown value when it was not an `Error`.
   */
  sendRobust(sender: Sender, payload: Payload): SendResult<Payload, Sender> {
    return dispatch(this, sender, payload, callRobust);
  }

  /**
   * Calls every receiver in connection order (all of them before it returns), then awaits their
   * results together, like `Promise.all`: it rejects with the first rejection. Never throws
   * synchronously: a receiver's synchronous throw is that receiver's rejection.
   */
  sendAsync(sender: Sender, payload: Payload): Promise<SendResult<Payload, Sender>> {
    return settleAll(dispatch(this, sender, payload, callAsync));
  }

  /**
   * Like `sendAsync`, but like `Promise.allSettled`: a rejection (or throw) becomes that receiver's
   * result as an `Error` (non-Error values wrapped in a `ThrownValueError`).
   */
  sendAsyncRobust(sender: Sender, payload: Payload): Promise<SendResult<Payload, Sender>> {
    return settleEach(this.name, dispatch(this, sender, payload, callAsync));
  }

  /** @internal `settingChanged` at the end of a layer: every receiver runs; throws are collected. */
  _notify(sender: Sender, payload: Payload, errors: unknown[]): void {
    dispatch(this, sender, payload, (fn, ...args) => {
      try {
        return fn(...args);
      } catch (error) {
        errors.push(error);
      }
    });
  }

  /** `Signal(name)`. */
  toString(): string {
    return `Signal(${this.name})`;
  }
}

Object.defineProperty(Signal.prototype, BRAND, { value: true });
/** What a signal's generated `send` and `emit` replace, and hand over to. */
const methods = {
  send: Signal.prototype.send,
  emit: Signal.prototype.emit,
} as unknown as Parameters<typeof warmUp>[1];

/** Checks `{ sender?, dispatchUid? }` (unknown keys are typos: refused). */
export function readConnectOptions<Sender>(
  fn: string,
  options: ConnectOptions<Sender> | undefined,
): ConnectOptions<Sender> {
  if (options === undefined) return {};
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw argumentError(fn, 'options', 'an object { sender?, dispatchUid? } or undefined', options);
  }
  for (const key of Object.keys(options)) {
    if (!OPTION_KEYS.has(key)) {
      throw new TypeError(`${fn}: options.${key} is not an option (expected sender, dispatchUid)`);
    }
  }
  const { dispatchUid } = options;
  if (
    dispatchUid !== undefined &&
    typeof dispatchUid !== 'symbol' &&
    (typeof dispatchUid !== 'string' || dispatchUid === '')
  ) {
    throw argumentError(fn, 'options.dispatchUid', 'a non-empty string or a symbol', dispatchUid);
  }
  return options;
}
