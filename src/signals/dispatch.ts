import { isError, ThrownValueError } from '../base/errors';
import type { View } from '../base/layers';
import { realmRegistry } from '../base/registry';
import type { AnyReceiver, Call, ReceiverEntry, SignalState } from '../base/signal-state';
import { isSuspended } from './suspension';

/** `[receiver, result]` pairs, in connection order; `Signal`'s methods give the receiver its type. */
export type Pairs = Array<[receiver: never, result: unknown]>;

export type { Call };

/** The `sender` of a connection made without one: it hears every sender. */
export const ANY_SENDER: unique symbol = Symbol.for('signalbox.anySender') as never;

/** One frozen empty result serves every signal. */
export const EMPTY: Pairs = Object.freeze([]) as never;

// Global names are slow to read inside Jest's vm context: take them once per module.
const PromiseAll = Promise.all.bind(Promise);
const PromiseAllSettled = Promise.allSettled.bind(Promise);
const PromiseReject = Promise.reject.bind(Promise);
const registry = realmRegistry();

export const callDirect: Call = (fn, sender, payload, signal) => fn(sender, payload, signal);

export const callRobust: Call = (fn, sender, payload, signal) => {
  try {
    return fn(sender, payload, signal);
  } catch (thrown) {
    return toError(signal.name, thrown);
  }
};

export const callAsync: Call = (fn, sender, payload, signal) => {
  try {
    return fn(sender, payload, signal);
  } catch (thrown) {
    return PromiseReject(thrown);
  }
};

export function toError(signalName: string, thrown: unknown): Error {
  return isError(thrown) ? thrown : new ThrownValueError(signalName, thrown);
}

/**
 * The send path of `sendRobust`, the async sends and `settingChanged` notifications: records the
 * send (in a test), then calls the receivers that are not suspended.
 */
export function dispatch(
  signal: SignalState,
  sender: unknown,
  payload: unknown,
  call: Call,
): Pairs {
  const view = registry.slow ? registry.hooks.beforeSend(signal, sender, payload) : undefined;
  if (view === undefined && signal._shut) return EMPTY;
  return runReceivers(signal, sender, payload, call, view);
}

/**
 * The general receiver loop (after the send was recorded). Each receiver's suspension is read when
 * it is reached: from its `off` flag, or, in a view of its own (a concurrent test's), from its layers.
 */
export function runReceivers(
  signal: SignalState,
  sender: unknown,
  payload: unknown,
  call: Call,
  view: View | undefined,
): Pairs {
  let results = EMPTY;
  const receivers = signal._receivers;
  // the length it starts with: a receiver connected during the send is not called by it
  const count = receivers.length;
  for (let i = 0; i < count; i++) {
    const entry = receivers[i]!;
    if (!reaches(entry, sender) || isOff(view, signal, entry)) continue;
    const fn = entry.fn as AnyReceiver;
    const result = registry.profiling
      ? registry.hooks.timeCall(call, fn, sender, payload, signal, entry)
      : call(fn, sender, payload, signal);
    if (results === EMPTY) results = [];
    results.push([entry.fn as never, result]);
  }
  return results;
}

/** A send from `sender` reaches the connection (senders compare as SameValueZero: NaN too). */
export function reaches(entry: ReceiverEntry, sender: unknown): boolean {
  const bound = entry.sender;
  // biome-ignore lint/suspicious/noSelfCompare: NaN is the one value that differs from itself
  return bound === ANY_SENDER || bound === sender || (bound !== bound && sender !== sender);
}

/** Whether suspension skips a receiver that a send from `sender` reaches (what the log records). */
export function suspendsAny(signal: SignalState, sender: unknown, view: View | undefined): boolean {
  for (const entry of signal._receivers) {
    if (reaches(entry, sender) && isOff(view, signal, entry)) return true;
  }
  return false;
}

/** In a view of its own (a concurrent test: its lineage's layers and its own), they decide; else the flag. */
export function isOff(view: View | undefined, signal: SignalState, entry: ReceiverEntry): boolean {
  return view === undefined
    ? entry.off
    : isSuspended(registry, view.layers, view.values, signal, entry);
}

/** `sendAsync`: awaits every started result together and pairs each with its receiver. */
export function settleAll(started: Pairs): Promise<Pairs> {
  return PromiseAll(started.map((pair) => pair[1])).then((values) =>
    started.map((pair, i): Pairs[number] => [pair[0], values[i]]),
  );
}

/** `sendAsyncRobust`: like `Promise.allSettled`, with each rejection as an `Error`. */
export function settleEach(signalName: string, started: Pairs): Promise<Pairs> {
  return PromiseAllSettled(started.map((pair) => pair[1])).then((outcomes) =>
    started.map((pair, i): Pairs[number] => {
      const outcome = outcomes[i]!;
      return [
        pair[0],
        outcome.status === 'fulfilled' ? outcome.value : toError(signalName, outcome.reason),
      ];
    }),
  );
}
