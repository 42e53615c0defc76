import { argumentError } from '../base/errors';
import { endLayer, rankAsBlock } from '../scope/engine';
import { type LayerSpec, openLayer } from '../scope/placement';
import { scopeRealm } from '../scope/realm';
import type { ScopedLayer } from '../scope/scope';
import { provideDisposeSymbols } from './dispose-symbols';
import { failRunningTest, unscopedPhase } from './unscoped-runner';

const realm = scopeRealm();
// Global names are slow to read inside Jest's vm context: take them once per module.
const PromiseOf = Promise;
const queue = queueMicrotask;
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

/** Handles whose `[Symbol.dispose]` was read: taken by a `using` declaration. */
const disposable = new WeakSet<LayerHandle>();

class Handle implements LayerHandle {
  readonly #layer;

  constructor(layer: ScopedLayer) {
    this.#layer = layer;
  }

  restore(): void {
    restoreLayer(this.#layer);
  }

  /**
   * A `using` declaration reads this at once (native, TypeScript's and Babel's downlevel `using`
   * alike): from then on the layer is a block's, as a callback's is — it wins over the scope-bound
   * layers and, without the environment, is allowed (the block ends it).
   */
  get [Symbol.dispose](): () => void {
    disposable.add(this);
    rankAsBlock(realm, this.#layer);
    return () => this.restore();
  }
}

const WHERE = { describe: 'in a describe body', run: 'in a test or a hook' } as const;

function environmentMissing(signature: string, where: keyof typeof WHERE): Error {
  const name = signature.slice(0, signature.indexOf('('));
  return new Error(
    `signalbox: ${signature} was called without a callback ${WHERE[where]}, but this test file does not run in the signalbox environment, which ends such a call with its test or describe block: it would stay active in the tests that follow.` +
      `${where === 'run' ? ' It has been undone.' : ''} Add the environment — preset: 'signalbox' in your Jest config, testEnvironment: 'signalbox/environment', or withSignalbox(YourEnvironment) from 'signalbox/environment' — or end it yourself: ${name}(…, () => { … }) or \`using _ = ${name}(…)\`.`,
  );
}

/**
 * A no-callback call under a test runner without a signalbox driver: in a describe body it throws
 * at once; in a test or hook it must be taken by `using` (or restored) before the calling code goes
 * on — else, at the next microtask, the layer is undone and the error fails the running test (in
 * a hook, it is thrown: Jest reports it as the file's). At a file's top level
 * it is allowed: it lasts for the file, as with the environment.
 */
function openUnscoped(signature: string, spec: LayerSpec, check: Check | undefined): LayerHandle {
  const phase = unscopedPhase();
  if (phase === 'describe') throw environmentMissing(signature, phase);
  const layer = openLayer(realm, spec, true, check);
  const handle = new Handle(layer);
  if (phase === 'run') {
    const error = environmentMissing(signature, phase);
    queue(() => {
      if (disposable.has(handle) || layer.state !== 'active') return;
      endLayer(realm, layer, 'restored');
      if (!failRunningTest(error)) throw error;
    });
  }
  return handle;
}

type Check = (beneath: (key: string) => unknown) => void;

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
  check?: Check,
): LayerHandle | Result {
  if (fn === undefined) {
    if (realm.bridge === undefined) return openUnscoped(signature, spec, check);
    return new Handle(openLayer(realm, spec, true, check));
  }
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
