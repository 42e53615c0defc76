import { isError } from '../errors';
import type { TargetSet } from '../layers';
import type { Registry } from '../registry';
import { settingsEntries } from '../settings/values';
import { SendLog } from '../signals/send-log';
import type { BridgeListener, ExitReport, ScopeRef } from './bridge';
import { endLayer, startLayer } from './engine';
import { reportLeaks, trackConnections } from './leaks';
import { completeLayer } from './placement';
import { forgetScope, scopeOf, scopesFor, updateSlow } from './scopes';

function asError(thrown: unknown): Error {
  return isError(thrown) ? thrown : new Error(String(thrown), { cause: thrown });
}

/** Connects the registry to the environment: file layers, scope starts and ends, the final report. */
export function attachToBridge(registry: Registry): void {
  const bridge = registry.bridge!;
  bridge.listener = createListener(registry);
  trackConnections(registry);
  // The file owns them even when the registry is created late, by an import inside a test.
  const file = scopeOf(registry, bridge.running[0]!);
  for (const spec of bridge.fileLayers) {
    const layer =
      spec.kind === 'override'
        ? {
            type: 'override' as const,
            values: settingsEntries(spec.source, 'value', spec.values, registry.frozenCopies),
          }
        : {
            type: 'suspend' as const,
            targets:
              spec.targets === true ? ('all' as const) : namedTargets(registry, spec.targets),
            except: null,
          };
    startLayer(registry, completeLayer(layer, registry.global, file, false));
  }
}

/** Signal names as a target set; each name is remembered for the end-of-file report. */
export function namedTargets(registry: Registry, names: readonly string[]): TargetSet {
  for (const name of names) registry.targetNames.add(name);
  return { objects: new Set(), names: new Set(names) };
}

function createListener(registry: Registry): BridgeListener {
  return {
    run() {
      updateSlow(registry);
    },

    enter(ref: ScopeRef) {
      registry.ended.delete(ref.key);
      const scope = scopeOf(registry, ref);
      if (ref.kind === 'test') {
        scope.log = new SendLog();
        if (!ref.concurrent) registry.serialScope = scope;
        updateSlow(registry);
      }
      for (const layer of registry.annotations.get(ref.key) ?? []) {
        if (layer.state !== 'pending') continue;
        layer.owner = scope;
        try {
          startLayer(registry, layer);
        } catch (error) {
          scope.startErrors.push(asError(error));
        }
      }
    },

    exit(ref: ScopeRef): ExitReport {
      // late code of the scope (a timed-out test or hook) must not touch what runs next
      registry.ended.add(ref.key);
      const scope = scopesFor(registry, ref).get(ref.key);
      if (scope === undefined) return { errors: [] };
      const errors: Error[] = [...scope.startErrors];
      try {
        for (let layer = scope.layers.at(-1); layer !== undefined; layer = scope.layers.at(-1)) {
          for (const error of endLayer(registry, layer, layer.annotation ? 'pending' : 'ended')) {
            errors.push(asError(error));
          }
        }
        errors.push(...reportLeaks(registry, scope));
      } catch (error) {
        errors.push(asError(error));
      }
      forgetScope(registry, scope);
      return { errors };
    },

    finish() {
      const unknown = [...registry.targetNames].filter((name) => !registry.names.has(name));
      if (unknown.length === 0) return [];
      const known = [...registry.names].sort();
      return [
        `signalbox: no signal in this file is named ${unknown.map((n) => `"${n}"`).join(', ')}` +
          ` (used in suspendSignals/resumeSignals, a pragma or an option). ` +
          (known.length === 0
            ? 'No signal was created in this file.'
            : `Signals that exist: ${known.map((n) => `"${n}"`).join(', ')}.`),
      ];
    },
  };
}
