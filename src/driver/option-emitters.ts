import { closestName } from '../base/closest-name';
import { describe } from '../base/errors';
import { adoptEmitter, type Emitter, type EmitterAdoption } from '../emitters/adopt-emitter';
import type { EmitterOption } from '../scope/bridge';

function optionError(option: EmitterOption, problem: string): TypeError {
  return new TypeError(`signalbox: ${option.source} ${problem}`);
}

/** The emitter an option names: the module's export, or the module itself (or its default export). */
function emitterOf(option: EmitterOption, load: (module: string) => unknown): unknown {
  let loaded: unknown;
  try {
    loaded = load(option.module);
  } catch (error) {
    throw optionError(
      option,
      `could not load "${option.module}": ${(error as Error).message ?? String(error)}`,
    );
  }
  const exports =
    (typeof loaded === 'object' || typeof loaded === 'function') && loaded !== null
      ? (loaded as Record<string, unknown>)
      : undefined;
  if (option.exportName === undefined) {
    return exports !== undefined && 'default' in exports && !('emit' in exports)
      ? exports.default
      : loaded;
  }
  if (exports === undefined || !(option.exportName in exports)) {
    const names = exports === undefined ? [] : Object.keys(exports);
    const suggestion = closestName(option.exportName, names);
    throw optionError(
      option,
      `names "${option.exportName}", which "${option.module}" does not export${suggestion === undefined ? '' : `: did you mean "${suggestion}"?`} (its exports: ${names.join(', ') || 'none'})`,
    );
  }
  return exports[option.exportName];
}

/**
 * Adopts the emitters the project options name, in the file's module registry (`load` is the
 * setup file's `require`, so the app code of the file gets the same instances). All or nothing: a
 * mistake releases what was adopted and throws, which fails the file.
 */
export function adoptOptionEmitters(
  options: readonly EmitterOption[],
  load: (module: string) => unknown,
): void {
  const adopted: EmitterAdoption[] = [];
  try {
    for (const option of options) {
      const emitter = emitterOf(option, load);
      try {
        adopted.push(adoptEmitter(emitter as Emitter, { name: option.name }));
      } catch (error) {
        throw optionError(
          option,
          `(${describe(emitter)}): ${(error as Error).message.replace(/^adoptEmitter\(emitter, options\): /, '')}`,
        );
      }
    }
  } catch (error) {
    for (const adoption of adopted) adoption.release();
    throw error;
  }
}
