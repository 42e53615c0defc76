import type { ScopeHooks } from '../base/registry';
import type { ReceiverEntry, SignalState } from '../base/signal-state';
import type { FileProfile } from './profile-data';
import type { Scope } from './scope';

/**
 * The receiver profile of one test file: every receiver call timed and attributed to the receiver,
 * to where it ran (a describe block, or the file's top level) and to the test it ran in, with
 * whether that test named it.
 */
export interface Profiler {
  /** A new connection: remembers where it was made, to name and group the receiver. */
  connected(entry: ReceiverEntry): void;
  /** Calls one receiver as `call` would, timing its own run (nested receivers' time excluded). */
  readonly timeCall: ScopeHooks['timeCall'];
  /** A matcher named `signal` in the running test. */
  asserted(signal: SignalState): void;
  /** A test ended: its receivers' calls count as needed or not. */
  testEnded(scope: Scope): void;
  /** What was collected, as JSON-ready data (`file` is the driver's to fill in). */
  report(): FileProfile;
}
