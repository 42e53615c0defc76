import { isError } from '../base/errors';
import { overrideLayer } from '../base/layers';
import { releaseAll } from '../emitters/adoption';
import { settingsEntries } from '../settings/values';
import type { BridgeListener, ExitReport, FileFacts, ScopeRef } from './bridge';
import { endLayer, startLayer } from './engine';
import { checkPragmaSettings, checkSignalNames, namedTargets } from './file-checks';
import { reportLeaks, reportListenerLeaks, snapshotListeners } from './leaks';
import { completeLayer } from './placement';
import { forgetScope, scopeOf, scopesFor, updateSlow } from './scopes';
import { SendLog } from './send-log';
import type { ScopeRealm } from './state';

function asError(thrown: unknown): Error {
  return isError(thrown) ? thrown : new Error(String(thrown), { cause: thrown });
}

/** Connects the realm to the driver: file layers, scope starts and ends, the final report. */
export function attachToBridge(realm: ScopeRealm): void {
  const bridge = realm.bridge!;
  const registry = realm.registry;
  bridge.listener = createListener(realm);
  // The file owns them even when the realm is set up late, by an import inside a test.
  const file = scopeOf(realm, bridge.running[0]!);
  for (const spec of bridge.fileLayers) {
    const layer =
      spec.kind === 'override'
        ? overrideLayer(settingsEntries(spec.source, 'value', spec.values, registry.frozenCopies))
        : {
            type: 'suspend' as const,
            targets:
              spec.targets === true
                ? ('all' as const)
                : namedTargets(
                    realm,
                    spec.targets,
                    spec.origin === 'pragma' ? { source: spec.source } : undefined,
                  ),
            except: null,
          };
    startLayer(realm, completeLayer(layer, registry.global, file, false, 0));
  }
}

function createListener(realm: ScopeRealm): BridgeListener {
  return {
    run() {
      updateSlow(realm);
    },

    enter(ref: ScopeRef) {
      realm.ended.delete(ref.key);
      const scope = scopeOf(realm, ref);
      snapshotListeners(realm, scope);
      if (ref.kind === 'test') {
        if (realm.configuredAtFirstTest === undefined) checkPragmaSettings(realm);
        scope.log = new SendLog(scope.logLimit, scope.ref.label);
        if (!ref.concurrent) {
          realm.serialScope = scope;
          realm.runningTest = scope;
        }
        updateSlow(realm);
      }
      for (const layer of realm.annotations.get(ref.key) ?? []) {
        if (layer.state !== 'pending') continue;
        layer.owner = scope;
        try {
          startLayer(realm, layer);
        } catch (error) {
          scope.startErrors.push(asError(error));
        }
      }
    },

    exit(ref: ScopeRef): ExitReport {
      // late code of the scope (a timed-out test or hook) must not touch what runs next
      realm.ended.add(ref.key);
      realm.runningTest = undefined;
      const scope = scopesFor(realm, ref).get(ref.key);
      if (scope === undefined) return { errors: [] };
      const errors: Error[] = [...scope.startErrors];
      try {
        for (let layer = scope.layers.at(-1); layer !== undefined; layer = scope.layers.at(-1)) {
          for (const error of endLayer(realm, layer, layer.annotation ? 'pending' : 'ended')) {
            errors.push(asError(error));
          }
        }
        errors.push(...reportLeaks(realm, scope), ...reportListenerLeaks(realm, scope));
      } catch (error) {
        errors.push(asError(error));
      }
      if (ref.kind === 'test') realm.profiler?.testEnded(scope);
      forgetScope(realm, scope);
      return { errors };
    },

    profile() {
      return realm.profiler?.report();
    },

    finish(): FileFacts {
      checkSignalNames(realm);
      releaseAll();
      const { base, names } = realm.registry;
      return { configured: realm.configuredAtFirstTest ?? [...base.keys()], signals: [...names] };
    },
  };
}
