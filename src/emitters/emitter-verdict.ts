import type { Layer, TargetSet } from '../base/layers';
import { Verdict } from '../signals/suspension';

/** Whether the set names one event of the emitter (`'users:created'`) or any function. */
function namesPart(set: TargetSet, prefix: string): boolean {
  for (const name of set.names) if (name.startsWith(prefix)) return true;
  for (const target of set.objects) if (typeof target === 'function') return true;
  return false;
}

/**
 * What the layers decide for every event of an emitter alike: `Suspend` when they silence all of
 * it (its emit then returns at once), `Run` when they leave it alone (its emit is not even
 * intercepted), `PerReceiver` when they name some of its events or listeners (each emit judges).
 */
export function emitterVerdict(layers: readonly Layer[], emitter: object, name: string): Verdict {
  const prefix = `${name}:`;
  for (let i = layers.length - 1; i >= 0; i--) {
    const layer = layers[i]!;
    if (layer.type === 'suspend') {
      if (layer.targets === 'all') {
        const except = layer.except;
        if (except === null) return Verdict.Suspend;
        if (except.objects.has(emitter)) return Verdict.Run;
        return namesPart(except, prefix) ? Verdict.PerReceiver : Verdict.Suspend;
      }
      if (layer.targets.objects.has(emitter)) return Verdict.Suspend;
      if (namesPart(layer.targets, prefix)) return Verdict.PerReceiver;
    } else if (layer.type === 'resume') {
      if (layer.targets === 'all' || layer.targets.objects.has(emitter)) return Verdict.Run;
      if (namesPart(layer.targets, prefix)) return Verdict.PerReceiver;
    }
  }
  return Verdict.Run;
}
