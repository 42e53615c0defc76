import type { ReceiverEntry } from '../base/signal-state';
import type { AnySignal } from '../signals/signal';
import { entryChanged } from '../signals/suspension';
import type { Connection, Scope } from './scope';
import { currentScope } from './scopes';
import type { ScopeRealm } from './state';

/** This module's folder: frames inside the package are skipped when telling where a connect was. */
const ownRoot = (() => {
  const frame = new Error().stack?.split('\n')[1] ?? '';
  const file = /\(?([^()\s]+):\d+:\d+\)?$/.exec(frame)?.[1] ?? '';
  const dir = file.slice(0, file.lastIndexOf('/') + 1);
  // Unbundled sources (this repository's own tests) keep this file in src/scope/.
  return dir.endsWith('/scope/') ? dir.slice(0, -'scope/'.length) : dir;
})();

function callerFrame(): string {
  const frames = new Error().stack?.split('\n').slice(1) ?? [];
  const frame = frames.find((line) => !line.includes(ownRoot) && !line.includes('node:internal'));
  return frame?.trim() ?? 'at an unknown place';
}

/**
 * Remembers who connected what while a scope runs (the `connected` hook, under a driver whose
 * leak mode is not `'off'`); receivers connected at load are app code.
 */
export function trackConnection(realm: ScopeRealm, signal: AnySignal, entry: ReceiverEntry): void {
  const bridge = realm.bridge;
  if (bridge === undefined || bridge.leaks === 'off' || bridge.phase !== 'run') return;
  currentScope(realm)?.connections.push({ signal, entry, where: callerFrame() });
}

function describeScope(scope: Scope): string {
  const ref = scope.ref;
  return ref.kind === 'file' ? 'the file' : `${ref.kind} "${ref.label}"`;
}

function leakMessage(leak: Connection, scope: Scope): string {
  const name = leak.entry.fn.name || 'an anonymous receiver';
  return (
    `signalbox: ${name} was connected to signal "${leak.signal.name}" during ${describeScope(scope)}` +
    ` and is still connected after it ended. Connected ${leak.where}.`
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
    if (!signal._receivers.includes(entry)) continue;
    if (mode === 'disconnect') {
      signal._receivers = signal._receivers.filter((other) => other !== entry);
      entryChanged(realm.registry, signal, entry, false);
    } else if (mode === 'error') {
      errors.push(new Error(leakMessage(leak, scope)));
    } else {
      console.warn(
        `${leakMessage(leak, scope)}\nDisconnect it when done, or set testEnvironmentOptions.signalbox.leaks to 'disconnect'.`,
      );
    }
  }
  return errors;
}
