import type { ModifyLayer, OverrideLayer, ResumeLayer, Stack, SuspendLayer } from '../base/layers';
import { startLayer, valueBeneath } from './engine';
import { BLOCK_RANK, type Scope, type ScopedLayer, scopeRank } from './scope';
import { scopeInContext } from './scopes';
import type { ScopeRealm } from './state';

/** A layer's own fields, which `completeLayer` copies into the layer. */
export type LayerSpec = OverrideLayer | ModifyLayer | SuspendLayer | ResumeLayer;

type AnyLayerFields = Partial<
  Omit<OverrideLayer, 'type'> & Omit<ModifyLayer, 'type'> & Omit<SuspendLayer, 'type'>
>;

/**
 * The spec, completed into the layer: a fresh object of one shape whatever its type, since the
 * engine, the folds and the verdicts read layers of every type — with one shape per type their
 * reads went polymorphic, and an override + restore measured 1.4x slower (plain Node) once the
 * other helpers had run in the process.
 */
export function completeLayer(
  spec: LayerSpec,
  stack: Stack,
  owner: Scope | undefined,
  annotation: boolean,
  rank: number,
): ScopedLayer {
  const fields = spec as AnyLayerFields;
  return {
    type: spec.type,
    keys: fields.keys,
    values: fields.values,
    operations: fields.operations,
    targets: fields.targets,
    except: fields.except,
    state: 'pending',
    stack,
    owner,
    annotation,
    rank,
  } as ScopedLayer;
}

/**
 * Starts a layer where a helper call made now belongs, or, for a no-callback call in a describe body
 * at definition time, registers it as that block's annotation (started each time the block runs).
 *
 * @param scoped - a no-callback call (a handle, `using`): its scope ends it unless `restore()` does;
 *   `false` for the callback form, which ends it itself (its scope still does if the callback
 *   never settles: a timed-out test).
 * @param check - validation against the values beneath the place the layer will take (`NOT_SET`
 *   for a setting not in force there), before anything is applied.
 */
export function openLayer(
  realm: ScopeRealm,
  spec: LayerSpec,
  scoped: boolean,
  check?: (beneath: (key: string) => unknown) => void,
): ScopedLayer {
  const bridge = realm.bridge;
  const context = bridge?.context();
  const defining = scoped && bridge !== undefined && context === undefined ? bridge.defining : null;
  const owner =
    defining !== null || bridge === undefined ? undefined : scopeInContext(realm, bridge, context);
  const stack = owner ? owner.stack : realm.registry.global;
  // a callback's layer, or any layer without a driver (no scopes: the later call wins), is a block's
  const rank =
    defining !== null ? scopeRank(defining) : scoped && owner ? scopeRank(owner.ref) : BLOCK_RANK;
  check?.((key) => valueBeneath(realm, stack, owner ?? undefined, rank, key));
  const layer = completeLayer(spec, stack, owner ?? undefined, defining !== null, rank);
  if (owner === null) {
    // late code of a test that already ended (it timed out): it must not touch the tests after it
    layer.state = 'ended';
  } else if (defining === null) {
    startLayer(realm, layer);
  } else {
    const annotations = realm.annotations.get(defining.key);
    if (annotations === undefined) realm.annotations.set(defining.key, [layer]);
    else annotations.push(layer);
  }
  return layer;
}
