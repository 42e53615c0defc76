import type { Scope } from '../scope/scope';
import type { AnySignal, Signal } from './signal';

/** One send recorded during a test: `suspended` when suspension skipped a receiver it would have called. */
export interface SentSignal<Payload = unknown, Sender = unknown> {
  readonly signal: Signal<Payload, Sender>;
  readonly sender: Sender;
  readonly payload: Payload;
  readonly suspended: boolean;
}

/**
 * Appends to the scope's log until its limit; past it, counts what was dropped and says so once,
 * so a test that sends millions of times keeps its memory bounded and knows its log is partial.
 */
export function record(
  scope: Scope,
  signal: AnySignal,
  sender: unknown,
  payload: unknown,
  suspended: boolean,
): void {
  const log = scope.log!;
  if (log.length < scope.logLimit) {
    log.push({ signal, sender, payload, suspended });
  } else if (scope.logDropped++ === 0) {
    console.warn(
      `signalbox: ${scope.ref?.label ?? 'this test'} sent more than ${scope.logLimit} signals; later sends are not recorded for sentSignals() and the matchers. Raise testEnvironmentOptions.signalbox.sendLogLimit if a test needs them.`,
    );
  }
}
