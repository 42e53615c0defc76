import { callSite, isModuleTopLevel, locationOf } from '../base/call-site';
import type { ReceiverEntry } from '../base/signal-state';
import { warnWithoutFrames } from '../base/warn';
import { ANY_EVENT, type Listener } from '../emitters/adapter';
import { type Adoption, adoptions, displayName } from '../emitters/adoption';
import { findConnection, removeConnection } from '../signals/connections';
import type { AnySignal } from '../signals/signal';
import type { Connection, Scope } from './scope';
import { currentScope } from './scopes';
import type { ScopeRealm } from './state';

/** Deep enough to see past the user's call chain to the module loader or the test runner. */
const STACK_DEPTH = 60;

/** The stack of the connect being made, `STACK_DEPTH` frames deep. */
function connectStack(): string | undefined {
  const ErrorOf = Error;
  const limit = ErrorOf.stackTraceLimit;
  ErrorOf.stackTraceLimit = Math.max(limit, STACK_DEPTH);
  const stack = new ErrorOf().stack;
  ErrorOf.stackTraceLimit = limit;
  return stack;
}

/**
 * Remembers who connected what while a scope runs (the `connected` hook, under a driver whose
 * leak mode is not `'off'`). A module's top level is app code, never a leak: while the file loads,
 * and wherever else a module is evaluated (a module loaded inside a test, see `isModuleTopLevel`).
 */
export function trackConnection(realm: ScopeRealm, signal: AnySignal, entry: ReceiverEntry): void {
  const bridge = realm.bridge;
  if (bridge === undefined || bridge.leaks === 'off' || bridge.phase !== 'run') return;
  const scope = currentScope(realm);
  if (!scope) return;
  const stack = connectStack();
  if (isModuleTopLevel(stack)) return;
  scope.connections.push({ signal, entry, where: callSite(stack) });
}

function describeScope(scope: Scope): string {
  const ref = scope.ref;
  return ref.kind === 'file' ? 'the file' : `${ref.kind} "${ref.label}"`;
}

/**
 * Names the receiver; one without a name (`receiver(postSave)((sender) => …)`: an arrow passed as
 * an argument gets no name from the `const` it ends up in) by the file and line that connected it.
 */
function leakMessage(leak: Connection, scope: Scope, options: string): string {
  const name = leak.entry.fn.name;
  const who = name !== '' ? name : `an anonymous receiver (${locationOf(leak.where)})`;
  const where = name !== '' ? ` Connected ${leak.where}.` : '';
  return (
    `signalbox: ${who} was connected to signal "${leak.signal.name}" during ${describeScope(scope)}` +
    ` and is still connected after it ended.${where}\nDisconnect it when done, or set ${options}.leaks to 'disconnect'.`
  );
}

/**
 * Reports the receivers connected during `scope` that are still connected as it ends, as the `leaks`
 * option says: `'warn'` prints, `'error'` returns errors that fail the scope's test, `'disconnect'`
 * disconnects them silently.
 */
export function reportLeaks(realm: ScopeRealm, scope: Scope): Error[] {
  const mode = realm.bridge!.leaks;
  const errors: Error[] = [];
  for (const leak of scope.connections) {
    const { signal, entry } = leak;
    // still connected: found by identity (O(1) for long lists, unlike a scan of the list)
    if (findConnection(signal, entry.key, entry.sender) !== entry) continue;
    if (mode === 'disconnect') {
      removeConnection(realm.registry, signal, entry);
    } else if (mode === 'error') {
      // the stack is where it was connected: no frame of signalbox's
      const error = new Error(leakMessage(leak, scope, realm.bridge!.options));
      error.stack = `Error: ${error.message}\n    ${leak.where}`;
      errors.push(error);
    } else {
      warnWithoutFrames(console, leakMessage(leak, scope, realm.bridge!.options));
    }
  }
  return errors;
}

/** The listeners of every adopted emitter, by emitter and event. */
function listenersNow(): Map<object, Map<unknown, Set<unknown>>> {
  const all = new Map<object, Map<unknown, Set<unknown>>>();
  for (const adoption of adoptions()) {
    const byEvent = new Map<unknown, Set<unknown>>();
    for (const [event, fn] of adoption.adapter.registered(adoption.emitter)) {
      const fns = byEvent.get(event) ?? new Set();
      fns.add(fn);
      byEvent.set(event, fns);
    }
    all.set(adoption.emitter, byEvent);
  }
  return all;
}

/** A scope starts (under a driver whose leak mode is not `'off'`): what adopted emitters hold now. */
export function snapshotListeners(realm: ScopeRealm, scope: Scope): void {
  const bridge = realm.bridge!;
  if (bridge.leaks === 'off' || bridge.phase !== 'run') return;
  scope.listeners = listenersNow();
}

function listenerLeakMessage(
  adoption: Adoption,
  event: unknown,
  fn: Listener,
  scope: Scope,
  options: string,
) {
  const who = fn.name !== '' ? fn.name : 'an anonymous listener';
  const target =
    event === ANY_EVENT
      ? `every event of "${adoption.name}" (onAny)`
      : `"${displayName(adoption, event)}"`;
  return (
    `signalbox: ${who} was added to ${target} (a ${adoption.adapter.library} emitter) during ${describeScope(scope)}` +
    ` and is still registered after it ended.\nRemove it when done, or set ${options}.leaks to 'disconnect'.`
  );
}

/**
 * The listeners added to adopted emitters during `scope` and still there as it ends, reported as
 * `reportLeaks` reports receivers. A leak is reported once: the enclosing scopes, still running,
 * count it as theirs from the start.
 */
export function reportListenerLeaks(realm: ScopeRealm, scope: Scope): Error[] {
  const before = scope.listeners;
  if (before === undefined) return [];
  const mode = realm.bridge!.leaks;
  const errors: Error[] = [];
  const now = listenersNow();
  for (const adoption of adoptions()) {
    const then = before.get(adoption.emitter);
    // adopted during the scope: its listeners were there before signalbox saw them
    if (then === undefined) continue;
    for (const [event, fns] of now.get(adoption.emitter)!) {
      for (const fn of fns as Set<Listener>) {
        if (then.get(event)?.has(fn)) continue;
        for (const open of [...realm.scopes.values(), ...realm.contexts.values()]) {
          open.listeners?.get(adoption.emitter)?.get(event)?.add(fn);
        }
        if (mode === 'disconnect') adoption.adapter.remove(adoption.emitter, event, fn);
        else if (mode === 'error') {
          const error = new Error(
            listenerLeakMessage(adoption, event, fn, scope, realm.bridge!.options),
          );
          error.stack = `Error: ${error.message}`;
          errors.push(error);
        } else
          warnWithoutFrames(
            console,
            listenerLeakMessage(adoption, event, fn, scope, realm.bridge!.options),
          );
      }
    }
  }
  return errors;
}
