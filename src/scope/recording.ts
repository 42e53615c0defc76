import type { View } from '../base/layers';
import { suspendsAny } from '../signals/dispatch';
import type { AnySignal } from '../signals/signal';
import { currentContext } from './scopes';
import type { ScopeRealm } from './state';

/**
 * What a send does first while the realm is `slow` (the `beforeSend` hook): records it in the
 * running test's log, with whether suspension skipped a receiver it would have called. (A serial
 * test's sends skip the hook: `registry.recorder` is its log, see `updateSlow`.)
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
  const log = (context ?? realm.serialScope)?.log;
  if (log !== undefined) {
    const suspended =
      (view !== undefined || signal._offCount !== 0) && suspendsAny(signal, sender, view);
    log.add(signal, sender, payload, suspended);
  }
  return view;
}
