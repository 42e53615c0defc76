import { argumentError } from '../base/errors';
import { scopeRealm } from '../scope/realm';
import { currentScope } from '../scope/scopes';
import type { SentSignal } from '../signals/sent-signal';
import { isSignal, type Signal } from '../signals/signal';

const realm = scopeRealm();

/** The running test's send log, or an error saying why there is none. */
export function currentLog(caller: string): { log: SentSignal[]; dropped: number } {
  if (realm.bridge === undefined) {
    throw new Error(
      `${caller} needs the signalbox Jest environment, which records sends per test: use preset: 'signalbox', or wrap your testEnvironment with withSignalbox().`,
    );
  }
  const scope = currentScope(realm);
  if (scope?.log === undefined) {
    throw new Error(
      `${caller} works inside a test (its body, beforeEach or afterEach): sends are recorded per test, not in beforeAll, afterAll or at definition time.`,
    );
  }
  return { log: scope.log.sends(), dropped: scope.log.dropped };
}

/**
 * This test's sends, in order, suspended or not — optionally only those of `signal` (a Signal or a
 * signal name). A serial test's sends are those from its start (its `beforeEach` hooks) to its end,
 * whoever sends; a concurrent test's are those of its own async work.
 *
 * @throws Error outside a test or without the Jest environment.
 */
export function sentSignals<Payload, Sender>(
  signal: Signal<Payload, Sender>,
): SentSignal<Payload, Sender>[];
export function sentSignals(signal?: string): SentSignal[];
export function sentSignals(signal?: Signal<unknown, unknown> | string): SentSignal[] {
  if (signal !== undefined && !isSignal(signal) && (typeof signal !== 'string' || signal === '')) {
    throw argumentError(
      'sentSignals(signal?)',
      'signal',
      'a Signal, a signal name or undefined',
      signal,
    );
  }
  const { log } = currentLog('sentSignals()');
  if (signal === undefined) return log;
  return log.filter((sent) =>
    typeof signal === 'string' ? sent.signal.name === signal : sent.signal === signal,
  );
}
