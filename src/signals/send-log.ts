import type { Scope } from '../scope/scope';
import type { AnySignal, Signal } from './signal';

/** One send recorded during a test: `suspended` when suspension skipped a receiver it would have called. */
export interface SentSignal<Payload = unknown, Sender = unknown> {
  readonly signal: Signal<Payload, Sender>;
  readonly sender: Sender;
  readonly payload: Payload;
  readonly suspended: boolean;
}

/** Appends to the scope's log until its limit; past it, counts what was dropped. */
export function record(
  scope: Scope,
  signal: AnySignal,
  sender: unknown,
  payload: unknown,
  suspended: boolean,
): void {
  const log = scope.log!;
  if (log.length < scope.logLimit) log.push({ signal, sender, payload, suspended });
  else scope.logDropped++;
}
