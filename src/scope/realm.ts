import { protectFromJestCleanup } from '../base/protect-from-cleanup';
import { realmRegistry } from '../base/registry';
import type { AnySignal } from '../signals/signal';
import { BRIDGE, type Bridge } from './bridge';
import { trackConnection } from './leaks';
import { attachToBridge } from './listener';
import { createProfiler } from './profiler';
import { beforeSend } from './recording';
import { currentContext, refreshContexts, updateSlow } from './scopes';
import type { ScopeRealm } from './state';

const SCOPES = Symbol.for('signalbox.scopes');
type RealmGlobal = { [SCOPES]?: ScopeRealm; [BRIDGE]?: Bridge };

/**
 * The scope layer of this realm; the first call creates it: it plugs the scope layer's hooks into
 * the runtime's registry and, under a test runner driver, attaches to the driver's bridge. Every
 * copy of the package shares it. Resolve it once per module.
 */
export function scopeRealm(): ScopeRealm {
  const global = globalThis as RealmGlobal;
  const existing = global[SCOPES];
  if (existing !== undefined) {
    if (existing.version !== 1) {
      throw new Error(
        'signalbox: two incompatible versions of signalbox are loaded in this realm (one test file or process); install one version.',
      );
    }
    return existing;
  }
  const registry = realmRegistry();
  const bridge = global[BRIDGE];
  const realm: ScopeRealm = {
    version: 1,
    registry,
    bridge,
    scopes: new Map(),
    contexts: new Map(),
    ended: new WeakSet(),
    annotations: new Map(),
    nameUses: [],
    configuredAtFirstTest: undefined,
    serialScope: undefined,
    runningTest: undefined,
    profiler: undefined,
  };
  const profiler = bridge?.profile === true ? createProfiler(realm) : undefined;
  realm.profiler = profiler;
  protectFromJestCleanup(realm);
  Object.defineProperty(global, SCOPES, { value: realm, configurable: true });
  registry.hooks = {
    beforeSend: (signal, sender, payload) =>
      beforeSend(realm, signal as AnySignal, sender, payload),
    currentView: () => currentContext(realm)?.view,
    baseChanged: () => refreshContexts(realm),
    connected: (signal, entry) => {
      profiler?.connected(entry);
      trackConnection(realm, signal as AnySignal, entry);
    },
    timeCall: profiler?.timeCall ?? registry.hooks.timeCall,
  };
  registry.profiling = profiler !== undefined;
  updateSlow(realm);
  if (bridge !== undefined && bridge.listener === undefined) {
    if (bridge.version !== 3) {
      throw new Error(
        'signalbox: the test runner integration (the Jest environment) and the signalbox this test file loads are incompatible versions; install one version.',
      );
    }
    attachToBridge(realm);
  }
  return realm;
}

/** Sets the scope layer up in a realm that a test runner drives, and leaves production code alone. */
export function attachWhenDriven(): void {
  if ((globalThis as RealmGlobal)[BRIDGE] !== undefined) scopeRealm();
}
