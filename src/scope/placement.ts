import type { Layer, ModifyOperation, Stack, TargetSet } from '../layers';
import type { Registry } from '../registry';
import { startLayer } from './engine';
import { currentScope } from './scopes';

export type LayerSpec =
  | { readonly type: 'override'; readonly values: ReadonlyMap<string, unknown> }
  | {
      readonly type: 'modify';
      readonly operations: ReadonlyMap<string, readonly ModifyOperation[]>;
    }
  | {
      readonly type: 'suspend';
      readonly targets: TargetSet | 'all';
      readonly except: TargetSet | null;
    }
  | { readonly type: 'resume'; readonly targets: TargetSet | 'all' };

/**
 * Starts a layer where a helper call made now belongs, or, for a no-callback call in a describe body
 * at definition time, registers it as that block's annotation (started each time the block runs).
 *
 * @param scoped - a no-callback call (its scope ends it); `false` for callback and disposable forms,
 *   which end it themselves (the scope still ends it if they never do: a timed-out test).
 * @param check - validation against the stack it will live in, before anything is applied.
 */
export function openLayer(
  registry: Registry,
  spec: LayerSpec,
  helper: string,
  scoped: boolean,
  check?: (stack: Stack) => void,
): Layer {
  const bridge = registry.bridge;
  const defining =
    scoped && bridge !== undefined && bridge.context() === undefined ? bridge.defining : null;
  const owner = defining === null ? currentScope(registry) : undefined;
  const stack = owner === undefined ? registry.global : owner.stack;
  check?.(stack);
  const layer = {
    ...spec,
    ...(spec.type === 'modify' ? { started: new Map() } : {}),
    seq: 0,
    state: 'pending',
    helper,
    stack,
    owner,
    annotation: defining !== null,
  } as Layer;
  if (defining === null) {
    startLayer(registry, layer);
  } else {
    const annotations = registry.annotations.get(defining.key);
    if (annotations === undefined) registry.annotations.set(defining.key, [layer]);
    else annotations.push(layer);
  }
  return layer;
}
