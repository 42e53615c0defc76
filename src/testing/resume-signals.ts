import { applyLayer, type LayerHandle } from './apply-layer';
import type { ReceiverAlone, SignalTarget, Target } from './suspend-signals';
import { parseTargets } from './targets';

const SIGNATURE = 'resumeSignals(...targets, fn?)';

/**
 * Opts targets (none: every signal) back in under a suspension: an inner layer that names them, so
 * they run. Acts on suspension layers only; to turn `suspendingReceiver`s back on, override
 * `SUSPEND_SIGNALS`. Scope, handle and callback forms as `overrideSettings`; a receiver alone is a
 * `TypeError`, as for `suspendSignals` (wrap it: `resumeSignals([receiver])`).
 */
export function resumeSignals(): LayerHandle;
export function resumeSignals<Result>(
  ...args: [...targets: SignalTarget[], fn: () => Result]
): Result;
export function resumeSignals(...targets: SignalTarget[]): LayerHandle;
export function resumeSignals(targets: readonly Target[]): LayerHandle;
export function resumeSignals<Result>(targets: readonly Target[], fn: () => Result): Result;
/** Not a callback: `resumeSignals([receiver])`. (Last, so that TypeScript reports this one.) */
export function resumeSignals(receiver: ReceiverAlone): never;
export function resumeSignals(...args: unknown[]): unknown {
  const { targets, fn } = parseTargets(SIGNATURE, args, false);
  return applyLayer(SIGNATURE, { type: 'resume', targets }, fn);
}
