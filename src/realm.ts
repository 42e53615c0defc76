import { type Registry, realmRegistry } from './registry';
import { attachToBridge } from './scope/listener';

/** The realm's registry, attached to the Jest environment's bridge on first use when there is one. */
export function realm(): Registry {
  const registry = realmRegistry();
  const bridge = registry.bridge;
  if (bridge !== undefined && bridge.listener === undefined) {
    if (bridge.version !== 1) {
      throw new Error(
        'signalbox: the Jest environment and the signalbox this test file loads are incompatible versions; install one version.',
      );
    }
    attachToBridge(registry);
  }
  return registry;
}
