import { type Registry, realmRegistry } from './registry';
import { attachToBridge } from './scope/listener';

/** The realm's registry, attached to the Jest environment's bridge on first use when there is one. */
export function realm(): Registry {
  const registry = realmRegistry();
  if (registry.bridge !== undefined && registry.bridge.listener === undefined)
    attachToBridge(registry);
  return registry;
}
