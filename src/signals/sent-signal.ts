import type { Signal } from './signal';

/** One send recorded during a test: `suspended` when suspension skipped a receiver it would have called. */
export interface SentSignal<Payload = unknown, Sender = unknown> {
  /** The signal that was sent. */
  readonly signal: Signal<Payload, Sender>;
  /** The `sender` argument of the send. */
  readonly sender: Sender;
  /** The `payload` argument of the send. */
  readonly payload: Payload;
  /** Suspension (a layer or `SUSPEND_SIGNALS`) skipped at least one receiver this send would have called. */
  readonly suspended: boolean;
}
