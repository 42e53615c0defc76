import type { Emitter } from '../emitters/adopt-emitter';
import type { AnySignal, Receiver } from '../signals/signal';
import { applyLayer, type LayerHandle } from './apply-layer';
import { parseTargets } from './targets';

const SIGNATURE = 'suspendSignals(...targets, fn?)';

/**
 * A signal, every signal of that name (also ones created later), an adopted emitter (all its
 * events) or one of its events by name (`'users:created'`).
 */
export type SignalTarget = AnySignal | Emitter | string;
/** In an array, a receiver or listener function too: that function wherever it is connected. */
export type Target = SignalTarget | Receiver<never, never> | ((...args: never[]) => unknown);

/**
 * A function that takes arguments, passed alone: a receiver meant as a target. The overload exists
 * so that TypeScript's error names the fix.
 */
export type ReceiverAlone = ((first: never, ...rest: never[]) => unknown) & {
  /** What to do instead, where TypeScript's error shows the type. */
  'a receiver is not a callback: wrap receivers in an array, e.g. suspendSignals([receiver])': true;
};

/**
 * Suspends receivers: every signal (no targets; `settingChanged` keeps running unless named), the
 * given targets, or every signal `except` some. Targets are Signals and names as separate arguments,
 * or one array that may also hold receiver functions; a trailing function is always the callback,
 * which takes no arguments: a function that declares parameters, or is a connected receiver, is a
 * `TypeError` that says to wrap it in an array (`suspendSignals([sendWelcomeEmail])`).
 * A suspended receiver is not called and is absent from `send`'s result. Scope, handle and callback
 * forms as `overrideSettings`.
 */
export function suspendSignals(): LayerHandle;
export function suspendSignals<Result>(
  ...args: [...targets: SignalTarget[], fn: () => Result]
): Result;
export function suspendSignals(...targets: SignalTarget[]): LayerHandle;
export function suspendSignals(targets: readonly Target[]): LayerHandle;
export function suspendSignals<Result>(targets: readonly Target[], fn: () => Result): Result;
export function suspendSignals(options: { except: readonly Target[] }): LayerHandle;
export function suspendSignals<Result>(
  options: { except: readonly Target[] },
  fn: () => Result,
): Result;
/** Not a callback: `suspendSignals([receiver])`. (Last, so that TypeScript reports this one.) */
export function suspendSignals(receiver: ReceiverAlone): never;
export function suspendSignals(...args: unknown[]): unknown {
  const { targets, except, fn } = parseTargets(SIGNATURE, args, true);
  return applyLayer(SIGNATURE, { type: 'suspend', targets, except }, fn);
}
