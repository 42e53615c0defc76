import { describe } from '../base/errors';
import type { TargetSet } from '../base/layers';
import { ANY_EVENT } from '../emitters/adapter';
import { adoptionOf, adoptions, displayName } from '../emitters/adoption';
import { adapterFor } from '../emitters/recognise';
import { helperUse, namedTargets } from '../scope/file-checks';
import { scopeRealm } from '../scope/realm';
import { isPlainObject } from '../settings/values';
import { isSignal } from '../signals/signal';

const realm = scopeRealm();

export type Parsed = {
  /** `'all'`, or the named targets; with `except`, every signal but those. */
  readonly targets: TargetSet | 'all';
  readonly except: TargetSet | null;
  readonly fn: (() => unknown) | undefined;
};

/** An emitter of a library signalbox adopts, not adopted: naming it would silence nothing. */
function isUnadoptedEmitter(target: unknown): boolean {
  return (
    typeof target === 'object' &&
    target !== null &&
    !isSignal(target) &&
    adoptionOf(target) === undefined &&
    adapterFor(target) !== undefined
  );
}

function targetSet(signature: string, list: readonly unknown[], where: string, functions: boolean) {
  const objects = new Set<object>();
  const names: string[] = [];
  list.forEach((target, i) => {
    if (typeof target === 'string' && target !== '') names.push(target);
    else if (
      isSignal(target) ||
      adoptionOf(target) !== undefined ||
      (functions && typeof target === 'function')
    ) {
      objects.add(target as object);
    } else if (isUnadoptedEmitter(target)) {
      throw new TypeError(
        `${signature}: ${where}[${i}] is a ${adapterFor(target as object)!.library} emitter that is not adopted: call adoptEmitter(emitter, { name }) first (from 'signalbox'), then name it or its events ('<name>:<event>')`,
      );
    } else {
      const expected = functions
        ? 'a Signal, an adopted emitter, a signal or event name or a listener function'
        : 'a Signal, an adopted emitter or a signal or event name (receiver functions go in an array: suspendSignals([fn]))';
      throw new TypeError(
        `${signature}: ${where}[${i}] must be ${expected}, got ${describe(target)}`,
      );
    }
  });
  const set =
    names.some((name) => !realm.registry.names.has(name)) && realm.bridge !== undefined
      ? namedTargets(realm, names, helperUse(realm, signature))
      : namedTargets(realm, names);
  return { objects, names: set.names };
}

type Callback = (...args: never[]) => unknown;

/** The signal `fn` is connected to (or the adopted event it listens to), if any. */
function connectedTo(fn: Callback): string | undefined {
  for (const signal of realm.registry.connected) {
    if (signal._receivers.some((entry) => entry.fn === fn)) return `signal "${signal.name}"`;
  }
  for (const adoption of adoptions()) {
    for (const [event, listener] of adoption.adapter.registered(adoption.emitter)) {
      if (listener !== fn) continue;
      return event === ANY_EVENT
        ? `every event of the adopted emitter "${adoption.name}"`
        : `adopted event "${displayName(adoption, event)}"`;
    }
  }
  return undefined;
}

/**
 * A trailing function is the callback, called with no arguments. One that takes arguments or is a
 * connected receiver was meant as a target: `suspendSignals(sendWelcomeEmail)` would otherwise run
 * the receiver once, with no arguments, and suspend nothing.
 */
function checkCallback(signature: string, fn: Callback): void {
  const signal = fn.length > 0 ? undefined : connectedTo(fn);
  if (fn.length === 0 && signal === undefined) return;
  const name = signature.slice(0, signature.indexOf('('));
  const why =
    signal === undefined
      ? `takes ${fn.length === 1 ? 'an argument' : 'arguments'}`
      : `is a receiver of ${signal}`;
  throw new TypeError(
    `${signature}: ${describe(fn)} ${why}, so it is not a callback (a callback takes no arguments): wrap receivers in an array: ${name}([fn])`,
  );
}

/**
 * The arguments of `suspendSignals`/`resumeSignals`: separate Signals and names, or one array that
 * may also hold receiver functions, or (`suspendSignals` only) `{ except: [...] }`; a trailing
 * function is always the callback.
 */
export function parseTargets(signature: string, args: unknown[], allowExcept: boolean): Parsed {
  const last = args.at(-1);
  const fn = typeof last === 'function' ? (last as () => unknown) : undefined;
  if (fn !== undefined) checkCallback(signature, fn);
  const rest = fn === undefined ? args : args.slice(0, -1);
  if (rest.length === 0) return { targets: 'all', except: null, fn };
  if (rest.length > 1 && rest.some((target) => Array.isArray(target))) {
    throw new TypeError(
      `${signature}: give targets either as separate arguments or as one array, not both`,
    );
  }
  const [first] = rest;
  if (Array.isArray(first)) {
    if (first.length === 0) throw new TypeError(`${signature}: the array of targets is empty`);
    return { targets: targetSet(signature, first, 'targets', true), except: null, fn };
  }
  const isEmitter = adoptionOf(first) !== undefined || isUnadoptedEmitter(first);
  if (allowExcept && rest.length === 1 && isPlainObject(first) && !isEmitter) {
    const keys = Object.keys(first);
    if (keys.length !== 1 || keys[0] !== 'except') {
      throw new TypeError(
        `${signature}: options must be { except: [targets] }, got keys ${keys.join(', ') || 'none'}`,
      );
    }
    if (!Array.isArray(first.except)) {
      throw new TypeError(
        `${signature}: options.except must be an array of targets, got ${describe(first.except)}`,
      );
    }
    return { targets: 'all', except: targetSet(signature, first.except, 'except', true), fn };
  }
  return { targets: targetSet(signature, rest, 'targets', false), except: null, fn };
}
