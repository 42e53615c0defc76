import { argumentError } from '../base/errors';
import type { Stack } from '../base/layers';
import { endLayer } from '../scope/engine';
import { type LayerSpec, openLayer } from '../scope/placement';
import { scopeRealm } from '../scope/realm';
import type { ScopedLayer } from '../scope/scope';
import { provideDisposeSymbols } from './dispose-symbols';

const realm = scopeRealm();
// Global names are slow to read inside Jest's vm context: take them once per module.
const PromiseOf = Promise;
// The environment defines them before any module loads; this covers other runners.
provideDisposeSymbols(Symbol);

/** What a helper called without a callback returns: `restore()` ends its layer, wherever it stands. */
export interface LayerHandle extends Disposable {
  /**
   * Ends the layer; idempotent, and a no-op once its scope ended it (a late call from a timed-out
   * test changes nothing). Throws the first error a `settingChanged` receiver threw at the end.
   */
  restore(): void;
}

/** Ends the layer, then throws the first error a `settingChanged` receiver threw at the end. */
function restoreLayer(layer: ScopedLayer): void {
  const errors = endLayer(realm, layer, 'restored');
  if (errors.length > 0) throw errors[0];
}

class Handle implements LayerHandle {
  readonly #layer;

  constructor(layer: ScopedLayer) {
    this.#layer = layer;
  }

  restore(): void {
    restoreLayer(this.#layer);
  }

  [Symbol.dispose](): void {
    this.restore();
  }
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return (
    (typeof value === 'object' || typeof value === 'function') &&
    value !== null &&
    typeof (value as { then?: unknown }).then === 'function'
  );
}

/**
 * The one primitive behind every helper and usage form (Django's `TestContextDecorator`):
 * - no callback: the layer is scope-bound (with the environment) and the handle ends it early;
 * - a callback: active while it runs, or, when it returns a promise, until the promise settles. Exit
 *   errors are thrown after everything is restored, unless the callback itself threw.
 */
export function applyLayer<Result>(
  signature: string,
  spec: LayerSpec,
  fn: (() => Result) | undefined,
  check?: (stack: Stack) => void,
): LayerHandle | Result {
  if (fn === undefined) return new Handle(openLayer(realm, spec, true, check));
  if (typeof fn !== 'function') throw argumentError(signature, 'fn', 'a function or undefined', fn);
  const layer = openLayer(realm, spec, false, check);
  let result: Result;
  let thenable: boolean;
  try {
    result = fn();
    // inside the try: a `then` getter may throw (a strict Proxy, a mock)
    thenable = isThenable(result);
  } catch (error) {
    endLayer(realm, layer, 'restored');
    throw error;
  }
  if (!thenable) {
    restoreLayer(layer);
    return result;
  }
  // A real promise, whatever the thenable's own `then` returns; its `then` is called at once, as
  // `await` would, and a throw from it ends the layer too.
  const pending = result as PromiseLike<unknown>;
  return new PromiseOf((resolve, reject) => {
    const fail = (error: unknown) => {
      endLayer(realm, layer, 'restored');
      reject(error);
    };
    try {
      pending.then((value) => {
        try {
          restoreLayer(layer);
          resolve(value);
        } catch (error) {
          reject(error);
        }
      }, fail);
    } catch (error) {
      fail(error);
    }
  }) as Result;
}
