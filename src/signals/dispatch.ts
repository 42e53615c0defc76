import { isError, ThrownValueError } from '../errors';
import { realm } from '../realm';
import type { Scope } from '../scope/scope';
import { currentContext } from '../scope/scopes';
import { record } from './send-log';
import type { AnySignal, Receiver, ReceiverEntry, SendResult } from './signal';
import { isSuspended } from './suspension';

/** How one receiver is called: straight, catching into an Error, or catching into a rejection. */
export type Call = (
  fn: Receiver<unknown, unknown>,
  sender: unknown,
  payload: unknown,
  signal: AnySignal,
) => unknown;

/** The `sender` of a connection made without one: it hears every sender. */
export const ANY_SENDER: unique symbol = Symbol.for('signalbox.anySender') as never;

// biome-ignore lint/suspicious/noExplicitAny: one frozen empty result serves every signal type.
export const EMPTY: SendResult<any, any> = Object.freeze([]) as never;

// Global names are slow to read inside Jest's vm context: take them once per module.
const PromiseAll = Promise.all.bind(Promise);
const PromiseAllSettled = Promise.allSettled.bind(Promise);
const PromiseReject = Promise.reject.bind(Promise);
const registry = realm();

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
 * What a send does first while the realm is `slow`: records it in the running test's log
 * (with whether suspension skipped a receiver it would have called).
 *
 * @returns the concurrent test whose layers decide per receiver, if the send is in one.
 */
export function beforeSend(
  signal: AnySignal,
  sender: unknown,
  payload: unknown,
): Scope | undefined {
  const context = currentContext(registry);
  const scope = context ?? registry.serialScope;
  if (scope?.log !== undefined) {
    let suspended = false;
    if (context !== undefined || signal._offCount !== 0) {
      for (const entry of signal._receivers) {
        if (reaches(entry, sender) && isOff(context, signal, entry)) {
          suspended = true;
          break;
        }
      }
    }
    record(scope, signal, sender, payload, suspended);
  }
  return context;
}

/**
 * The send path of `sendRobust`, the async sends and `settingChanged` notifications: records the
 * send (in a test), then calls the receivers that are not suspended.
 */
export function dispatch(
  signal: AnySignal,
  sender: unknown,
  payload: unknown,
  call: Call,
  // biome-ignore lint/suspicious/noExplicitAny: the result type is the caller's.
): SendResult<any, any> {
  const context = registry.slow ? beforeSend(signal, sender, payload) : undefined;
  if (context === undefined && signal._shut) return EMPTY;
  return runReceivers(signal, sender, payload, call, context);
}

/**
 * The general receiver loop (after the send was recorded). Each receiver's suspension is read when
 * it is reached: from its `off` flag, or, in a concurrent test with layers of its own, from them.
 */
export function runReceivers(
  signal: AnySignal,
  sender: unknown,
  payload: unknown,
  call: Call,
  context: Scope | undefined,
  // biome-ignore lint/suspicious/noExplicitAny: the result type is the caller's.
): SendResult<any, any> {
  // biome-ignore lint/suspicious/noExplicitAny: see above.
  let results: SendResult<any, any> = EMPTY;
  for (const entry of signal._receivers) {
    if (!reaches(entry, sender) || isOff(context, signal, entry)) continue;
    const result = call(entry.fn as Receiver<unknown, unknown>, sender, payload, signal);
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

/** In a concurrent test, its layers in force decide (its lineage's and its own); else the flag. */
function isOff(context: Scope | undefined, signal: AnySignal, entry: ReceiverEntry): boolean {
  return context === undefined
    ? entry.off
    : isSuspended(registry, context.inForce, context.stack.values, signal, entry);
}

/** `sendAsync`: awaits every started result together and pairs each with its receiver. */
export function settleAll<P, S>(started: SendResult<P, S>): Promise<SendResult<P, S>> {
  return PromiseAll(started.map((pair) => pair[1])).then((values) =>
    started.map((pair, i): [Receiver<P, S>, unknown] => [pair[0], values[i]]),
  );
}

/** `sendAsyncRobust`: like `Promise.allSettled`, with each rejection as an `Error`. */
export function settleEach<P, S>(
  signalName: string,
  started: SendResult<P, S>,
): Promise<SendResult<P, S>> {
  return PromiseAllSettled(started.map((pair) => pair[1])).then((outcomes) =>
    started.map((pair, i): [Receiver<P, S>, unknown] => {
      const outcome = outcomes[i]!;
      return [
        pair[0],
        outcome.status === 'fulfilled' ? outcome.value : toError(signalName, outcome.reason),
      ];
    }),
  );
}
