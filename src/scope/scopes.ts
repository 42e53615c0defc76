import type { Layer } from '../base/layers';
import { refreshEmitters } from '../emitters/adoption';
import { foldAll } from '../settings/fold';
import type { Bridge, ScopeRef } from './bridge';
import { createScope, type Scope, type ScopedLayer } from './scope';
import type { ScopeRealm } from './state';

/**
 * The realm's scopes, found by the driver's scope keys. A scope can be met before the driver
 * announces it (the file scope; a concurrent test's body that Jest 29 starts before its events),
 * so each is created on first use.
 */
export function scopeOf(realm: ScopeRealm, ref: ScopeRef): Scope {
  const scopes = scopesFor(realm, ref);
  let scope = scopes.get(ref.key);
  if (scope === undefined) {
    const stack = ref.concurrent ? { layers: [], values: new Map() } : realm.registry.global;
    scope = createScope(ref, stack, realm.bridge?.sendLogLimit ?? 0);
    scopes.set(ref.key, scope);
    if (ref.concurrent) {
      refreshContext(realm, scope);
      updateSlow(realm);
    }
  }
  return scope;
}

/** Where the realm keeps a scope: concurrent tests apart, since each has a view of its own. */
export function scopesFor(realm: ScopeRealm, ref: ScopeRef): Map<object, Scope> {
  return ref.concurrent ? realm.contexts : realm.scopes;
}

/**
 * Recomputes what a concurrent test sees: its lineage's layers and its own, folded from the base
 * values. Not the global stack: Jest 29 runs concurrent bodies while other blocks (and their
 * serial tests) run, and their layers must not reach it.
 */
export function refreshContext(realm: ScopeRealm, context: Scope): void {
  const layers: Layer[] = [];
  for (const key of context.ref.lineage) {
    const scope = realm.scopes.get(key);
    if (scope !== undefined) {
      layers.push(...scope.layers);
    } else {
      // a block that has not started yet (Jest 29): its annotations apply all the same
      for (const layer of realm.annotations.get(key) ?? []) {
        if (layer.state === 'pending') layers.push(layer);
      }
    }
  }
  layers.push(...context.stack.layers);
  // by scope, not by time: a block of a lineage's beforeAll still pending outranks the test's calls
  layers.sort(byRank);
  context.stack.values = foldAll(realm.registry.base, layers);
  context.view = { layers, values: context.stack.values };
}

/** Stable: within a rank, the order of start. */
function byRank(a: Layer, b: Layer): number {
  return (a as ScopedLayer).rank - (b as ScopedLayer).rank;
}

export function refreshContexts(realm: ScopeRealm): void {
  if (realm.contexts.size === 0) return;
  for (const context of realm.contexts.values()) refreshContext(realm, context);
}

/** The concurrent test the running code belongs to, if any (its layers and log are its own). */
export function currentContext(realm: ScopeRealm): Scope | undefined {
  if (realm.contexts.size === 0) return undefined;
  const ref = realm.bridge!.context();
  return ref === undefined ? undefined : realm.contexts.get(ref.key);
}

/**
 * The scope the running code belongs to: the test whose body started it, else the innermost
 * running scope (hooks, and code started earlier, such as a server from `beforeAll`).
 *
 * @returns `null` for late code of a test that already ended; `undefined` without a driver.
 */
export function currentScope(realm: ScopeRealm): Scope | null | undefined {
  const bridge = realm.bridge;
  return bridge === undefined ? undefined : scopeInContext(realm, bridge, bridge.context());
}

/** `currentScope`, where the caller already read the bridge's `context()`. */
export function scopeInContext(
  realm: ScopeRealm,
  bridge: Bridge,
  context: ScopeRef | undefined,
): Scope | null | undefined {
  const running = realm.runningTest;
  if (running !== undefined && running.ref === context) return running;
  const ref = context ?? bridge.running[bridge.running.length - 1];
  // nothing runs once the file ended: late code of the file changes nothing
  if (ref === undefined) return bridge.phase === 'run' ? null : undefined;
  return realm.ended.has(ref.key) ? null : scopeOf(realm, ref);
}

export function forgetScope(realm: ScopeRealm, scope: Scope): void {
  const ref = scope.ref;
  scopesFor(realm, ref).delete(ref.key);
  if (realm.serialScope === scope) realm.serialScope = undefined;
  scope.log?.release();
  scope.log = undefined;
  updateSlow(realm);
}

/**
 * Sends are recorded while a test runs, and check a concurrent test's layers while it may have
 * some (and take the profiled path all along while profiling); settings reads look for a
 * concurrent test's view while there is one.
 */
export function updateSlow(realm: ScopeRealm): void {
  const { bridge, registry } = realm;
  registry.viewed = realm.contexts.size > 0;
  registry.recorder =
    registry.profiling || registry.viewed || bridge?.concurrent === true
      ? undefined
      : realm.serialScope?.log;
  registry.slow =
    registry.profiling ||
    realm.serialScope !== undefined ||
    registry.viewed ||
    (bridge?.concurrent === true && bridge.phase === 'run');
  refreshEmitters();
}
