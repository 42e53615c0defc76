import { closestName } from '../base/closest-name';
import { describe } from '../base/errors';
import { isPlainObject } from '../settings/values';
import { isSignal } from '../signals/signal';
import { adoptionNamed, adoptionOf, createAdoption, release } from './adoption';
import { adapterFor, LIBRARIES } from './recognise';

/** An event emitter of any of the libraries adopted: each has an `emit` method. */
export interface Emitter {
  /** Emits an event: `emit(event, ...args)`. */
  emit(...args: never[]): unknown;
}

/** The options of `adoptEmitter`. */
export interface AdoptEmitterOptions {
  /**
   * Names the emitter in targets, pragmas, reports and matcher messages: its events are
   * `'<name>:<event>'` (`suspendSignals('users:created')`). Non-empty, without `:`.
   */
  name: string;
}

/** An adopted emitter, until `release()` or the end of the test file. */
export interface EmitterAdoption {
  /** The name given to `adoptEmitter`. */
  readonly name: string;
  /** The library recognised: `'node:events'`, `'eventemitter3'`, `'EventEmitter2'` or `'mitt'`. */
  readonly library: string;
  /** Gives the emitter back as it was. Idempotent; the end of a test file does it too. */
  release(): void;
}

const SIGNATURE = 'adoptEmitter(emitter, options)';
const OPTION_KEYS = ['name'];
const EXPECTED = `an event emitter: ${LIBRARIES.join(', ')} (an EventEmitter subclass too)`;

function readName(options: unknown): string {
  if (!isPlainObject(options)) {
    throw new TypeError(
      `${SIGNATURE}: options must be an object { name }, got ${describe(options)}`,
    );
  }
  for (const key of Object.keys(options)) {
    if (OPTION_KEYS.includes(key)) continue;
    const suggestion = closestName(key, OPTION_KEYS);
    throw new TypeError(
      `${SIGNATURE}: options.${key} is not an option (expected name)${suggestion === undefined ? '' : `. Did you mean options.${suggestion}?`}`,
    );
  }
  const { name } = options;
  if (typeof name !== 'string' || name === '' || name.includes(':')) {
    throw new TypeError(
      `${SIGNATURE}: options.name must be a non-empty string without ":" (its events are "<name>:<event>"), got ${describe(name)}`,
    );
  }
  return name;
}

/**
 * Brings an existing emitter under signalbox: each of its events becomes a target named
 * `'<name>:<event>'`, and the emitter itself a target for all of them, so `suspendSignals`,
 * `resumeSignals`, pragmas, options and the matchers work on it as on a `Signal`. Listeners stay
 * registered as they are; the emitter's emit methods are intercepted only while a layer or a test
 * needs it. Recognises `node:events` (and subclasses), eventemitter3, EventEmitter2 (NestJS's) and
 * mitt by shape.
 *
 * @returns the adoption; adopting the same emitter under the same name again returns it again.
 * @throws TypeError for anything but an emitter or a bad name, Error when the emitter is already
 *   adopted under another name or the name is another emitter's.
 */
export function adoptEmitter(emitter: Emitter, options: AdoptEmitterOptions): EmitterAdoption {
  const name = readName(options);
  if (isSignal(emitter)) {
    throw new TypeError(
      `${SIGNATURE}: emitter is a Signal, which needs no adoption: suspend it as it is`,
    );
  }
  const adapter = typeof emitter === 'object' && emitter !== null ? adapterFor(emitter) : undefined;
  if (adapter === undefined) {
    throw new TypeError(`${SIGNATURE}: emitter must be ${EXPECTED}, got ${describe(emitter)}`);
  }
  const existing = adoptionOf(emitter);
  if (existing !== undefined) {
    if (existing.name === name)
      return handle(existing.name, adapter.library, () => release(existing));
    throw new Error(
      `${SIGNATURE}: this ${adapter.library} emitter is already adopted as "${existing.name}", not "${name}": one emitter has one name (release() the first adoption to rename it)`,
    );
  }
  const other = adoptionNamed(name);
  if (other !== undefined) {
    throw new Error(
      `${SIGNATURE}: the name "${name}" is already another emitter's (a ${other.adapter.library} emitter): give each emitter its own name`,
    );
  }
  if (!Object.isExtensible(emitter)) {
    throw new TypeError(
      `${SIGNATURE}: emitter must be extensible (not frozen or sealed): its emit method is intercepted on the object`,
    );
  }
  const adoption = createAdoption(emitter, name, adapter);
  return handle(name, adapter.library, () => release(adoption));
}

function handle(name: string, library: string, restore: () => void): EmitterAdoption {
  return { name, library, release: restore };
}
