/**
 * What signalbox needs of an event library to adopt its emitters. An adapter recognises the
 * library by shape (the runtime imports none of them) and knows its internals well enough to run
 * an emit that skips some listeners exactly as the library would run it otherwise.
 */

/** A listener as the libraries store it. */
export type Listener = (...args: never[]) => unknown;

/** The methods an adapter intercepts. */
export type EmitMethod = 'emit' | 'emitAsync';

/** How an adapted emit treats each listener it reaches. */
export interface ListenerGate {
  /** The user's listener `fn` is suspended for this emit. */
  skips(fn: Listener): boolean;
  /**
   * Calls `stored` (what the library keeps: `fn`, or its `once` wrapper) with `thisArg` and `args`
   * as the library would, and returns its result.
   */
  call(stored: Listener, thisArg: unknown, args: readonly unknown[], fn: Listener): unknown;
}

/** What `suspendedResult` returns when the event has no listener: the library's own emit runs. */
export const NO_LISTENER: unique symbol = Symbol('signalbox.noListener');

/** The key under which `registered` lists EventEmitter2's `onAny` listeners. */
export const ANY_EVENT: unique symbol = Symbol('signalbox.anyEvent');

export interface EmitterAdapter {
  /** As users know it: `node:events`, `eventemitter3`, `EventEmitter2`, `mitt`. */
  readonly library: string;
  readonly methods: readonly EmitMethod[];
  recognises(value: object): boolean;
  /** The key an event is known by (EventEmitter2's `['user', 'created']` is `'user.created'`). */
  eventKey(emitter: object, type: unknown): unknown;
  /** The user's listeners an emit of `type` calls, in the order it calls them. */
  listeners(emitter: object, type: unknown): Listener[];
  /** Every listener and the event it was registered for (`ANY_EVENT`: for every event). */
  registered(emitter: object): Array<[event: unknown, fn: Listener]>;
  /** Removes a listener `registered` listed. */
  remove(emitter: object, event: unknown, fn: Listener): void;
  /** What an emit whose every listener is suspended returns, or `NO_LISTENER`. */
  suspendedResult(emitter: object, method: EmitMethod, type: unknown): unknown;
  /** Runs `method` (whose library function is `original`) as the library does, through `gate`. */
  dispatch(
    emitter: object,
    method: EmitMethod,
    original: Listener,
    args: ArrayLike<unknown>,
    gate: ListenerGate,
  ): unknown;
}

/** `registered` of the libraries whose `eventNames()` and `listeners(event)` list them all. */
export function listenersByEventName(emitter: object): Array<[event: unknown, fn: Listener]> {
  const named = emitter as {
    eventNames(): unknown[];
    listeners(event: unknown): Listener[];
  };
  return named
    .eventNames()
    .flatMap((event) => named.listeners(event).map((fn): [unknown, Listener] => [event, fn]));
}

/** The arguments after the event name. */
export function payloadOf(args: ArrayLike<unknown>): unknown[] {
  const payload: unknown[] = [];
  for (let i = 1; i < args.length; i++) payload.push(args[i]);
  return payload;
}

export function isFunction(value: unknown): value is Listener {
  return typeof value === 'function';
}

/** Whether `value` has each of these methods (own or inherited). */
export function hasMethods(value: object, names: readonly string[]): boolean {
  const record = value as Record<string, unknown>;
  return names.every((name) => typeof record[name] === 'function');
}
