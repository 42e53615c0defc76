import type { Layer } from '../layers';
import type { Registry } from '../registry';
import { foldAll } from '../settings/fold';
import type { ScopeRef } from './bridge';
import { createScope, type Scope } from './scope';

/**
 * The registry's scopes, found by the environment's scope keys. A scope can be met before the
 * environment announces it (the file scope; a concurrent test's body that Jest 29 starts before its
 * events), so each is created on first use.
 */
export function scopeOf(registry: Registry, ref: ScopeRef): Scope {
  const scopes = scopesFor(registry, ref);
  let scope = scopes.get(ref.key);
  if (scope === undefined) {
    const stack = ref.concurrent ? { layers: [], values: new Map() } : registry.global;
    scope = createScope(ref, stack, registry.bridge?.sendLogLimit ?? 0);
    scopes.set(ref.key, scope);
    if (ref.concurrent) {
      refreshContext(registry, scope);
      updateSlow(registry);
    }
  }
  return scope;
}

/** Where the registry keeps a scope: concurrent tests apart, since each has a view of its own. */
export function scopesFor(registry: Registry, ref: ScopeRef): Map<object, Scope> {
  return ref.concurrent ? registry.contexts : registry.scopes;
}

/**
 * Recomputes what a concurrent test sees: its lineage's layers and its own, folded from the base
 * values. Not the global stack: Jest 29 runs concurrent bodies while other blocks (and their
 * serial tests) run, and their layers must not reach it.
 */
export function refreshContext(registry: Registry, context: Scope): void {
  const inForce: Layer[] = [];
  for (const key of context.ref.lineage) {
    const scope = registry.scopes.get(key);
    if (scope !== undefined) {
      inForce.push(...scope.layers);
    } else {
      // a block that has not started yet (Jest 29): its annotations apply all the same
      for (const layer of registry.annotations.get(key) ?? []) {
        if (layer.state === 'pending') inForce.push(layer);
      }
    }
  }
  inForce.push(...context.stack.layers);
  context.inForce = inForce;
  context.stack.values = foldAll(registry.base, inForce);
}

export function refreshContexts(registry: Registry): void {
  for (const context of registry.contexts.values()) refreshContext(registry, context);
}

/** The concurrent test the running code belongs to, if any (its layers and log are its own). */
export function currentContext(registry: Registry): Scope | undefined {
  if (registry.contexts.size === 0) return undefined;
  const ref = registry.bridge!.context();
  return ref === undefined ? undefined : registry.contexts.get(ref.key);
}

/**
 * The scope the running code belongs to: the test whose body started it, else the innermost
 * running scope (hooks, and code started earlier, such as a server from `beforeAll`).
 *
 * @returns `null` for late code of a test that already ended; `undefined` without the environment.
 */
export function currentScope(registry: Registry): Scope | null | undefined {
  const bridge = registry.bridge;
  if (bridge === undefined) return undefined;
  const ref = bridge.context() ?? bridge.running[bridge.running.length - 1];
  // nothing runs once the file ended: late code of the file changes nothing
  if (ref === undefined) return bridge.phase === 'run' ? null : undefined;
  return registry.ended.has(ref.key) ? null : scopeOf(registry, ref);
}

export function forgetScope(registry: Registry, scope: Scope): void {
  const ref = scope.ref;
  scopesFor(registry, ref).delete(ref.key);
  if (registry.serialScope === scope) registry.serialScope = undefined;
  updateSlow(registry);
}

/** Sends are recorded while a test runs, and check a concurrent test's layers while it may have some. */
export function updateSlow(registry: Registry): void {
  const bridge = registry.bridge;
  const slow =
    registry.serialScope !== undefined ||
    registry.contexts.size > 0 ||
    (bridge?.concurrent === true && bridge.phase === 'run');
  registry.slow = slow;
}
