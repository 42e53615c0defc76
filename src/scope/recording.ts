import type { View } from '../base/layers';
import { warnWithoutFrames } from '../base/warn';
import { isOff, reaches } from '../signals/dispatch';
import type { AnySignal } from '../signals/signal';
import type { Scope } from './scope';
import { currentContext } from './scopes';
import type { ScopeRealm } from './state';

/**
 * What a send does first while the realm is `slow` (the `beforeSend` hook): records it in the
 * running test's log, with whether suspension skipped a receiver it would have called.
 *
 * @returns the view of the concurrent test the send runs in, whose layers decide per receiver.
 */
export function beforeSend(
  realm: ScopeRealm,
  signal: AnySignal,
  sender: unknown,
  payload: unknown,
): View | undefined {
  const context = currentContext(realm);
  const view = context?.view;
  const scope = context ?? realm.serialScope;
  if (scope?.log !== undefined) {
    let suspended = false;
    if (view !== undefined || signal._offCount !== 0) {
      for (const entry of signal._receivers) {
        if (reaches(entry, sender) && isOff(view, signal, entry)) {
          suspended = true;
          break;
        }
      }
    }
    record(scope, signal, sender, payload, suspended);
  }
  return view;
}

/**
 * Appends to the scope's log until its limit; past it, counts what was dropped and says so once,
 * so a test that sends millions of times keeps its memory bounded and knows its log is partial.
 */
function record(
  scope: Scope,
  signal: AnySignal,
  sender: unknown,
  payload: unknown,
  suspended: boolean,
): void {
  const log = scope.log!;
  if (log.size < scope.logLimit) {
    log.add(signal, sender, payload, suspended);
  } else if (scope.logDropped++ === 0) {
    warnWithoutFrames(
      console,
      `signalbox: ${scope.ref.label} sent more than ${scope.logLimit} signals; later sends are not recorded for sentSignals() and the matchers. Raise testEnvironmentOptions.signalbox.sendLogLimit if a test needs them.`,
    );
  }
}
