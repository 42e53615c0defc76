import { argumentError } from '../base/errors';
import type { Emitter } from '../emitters/adopt-emitter';
import { adoptionOf, asAdoptedEvent } from '../emitters/adoption';
import { scopeRealm } from '../scope/realm';
import { currentScope } from '../scope/scopes';
import type { SentSignal } from '../signals/sent-signal';
import { isSignal, type Signal } from '../signals/signal';

const realm = scopeRealm();

/** One emit of an adopted emitter recorded during a test. */
export interface SentEmit {
  /** The event, as given to `emit` (EventEmitter2's array form joined with its delimiter). */
  readonly event: unknown;
  /** `'<adopted name>:<event>'`, as targets and reports name it. */
  readonly name: string;
  /** The arguments after the event. */
  readonly args: readonly unknown[];
  /** Suspension skipped at least one listener this emit would have called. */
  readonly suspended: boolean;
}

/** The running test's send log — sends and adopted emitters' emits — or an error saying why there is none. */
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

/** `emitter`'s emits in a log, as `SentEmit`s. */
export function emitsOf(log: readonly SentSignal[], emitter: object): SentEmit[] {
  const emits: SentEmit[] = [];
  for (const sent of log) {
    const event = asAdoptedEvent(sent.signal);
    if (event?.owner !== emitter) continue;
    const args = sent.payload as unknown[];
    emits.push({ event: event.key, name: event.name, args, suspended: sent.suspended });
  }
  return emits;
}

/**
 * This test's sends, in order, suspended or not — optionally only those of `signal` (a Signal or a
 * signal name). A serial test's sends are those from its start (its `beforeEach` hooks) to its end,
 * whoever sends; a concurrent test's are those of its own async work. Given an adopted emitter:
 * its emits instead (which the other forms leave out).
 *
 * @throws Error outside a test or without the Jest environment.
 */
export function sentSignals<Payload, Sender>(
  signal: Signal<Payload, Sender>,
): SentSignal<Payload, Sender>[];
export function sentSignals(emitter: Emitter): SentEmit[];
export function sentSignals(signal?: string): SentSignal[];
export function sentSignals(
  signal?: Signal<unknown, unknown> | Emitter | string,
): SentSignal[] | SentEmit[] {
  const adoption = adoptionOf(signal);
  if (
    signal !== undefined &&
    adoption === undefined &&
    !isSignal(signal) &&
    (typeof signal !== 'string' || signal === '')
  ) {
    throw argumentError(
      'sentSignals(signal?)',
      'signal',
      'a Signal, a signal name, an adopted emitter or undefined',
      signal,
    );
  }
  const { log } = currentLog('sentSignals()');
  if (adoption !== undefined) return emitsOf(log, adoption.emitter);
  return log.filter(
    (sent) =>
      isSignal(sent.signal) &&
      (signal === undefined ||
        (typeof signal === 'string' ? sent.signal.name === signal : sent.signal === signal)),
  );
}
