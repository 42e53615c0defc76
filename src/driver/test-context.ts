import { AsyncLocalStorage } from 'node:async_hooks';
import type { ScopeRef } from '../scope/bridge';

/**
 * Which test the running code belongs to. Each test's function is wrapped so that its body, and
 * all the async work it starts, runs inside `run(scope)` (an `enterWith` from a runner's event
 * handler would not reach the test body). For `test.concurrent` tests that isolates siblings from
 * one another; for serial tests it tells late code of a timed-out test from the test running after it.
 */
export class TestContext {
  readonly #storage = new AsyncLocalStorage<ScopeRef>();

  /** The scope of the test body or hook that started the calling async context, if any. */
  readonly current = (): ScopeRef | undefined => this.#storage.getStore();

  /**
   * A wrapper of `fn` with the same arity (runners read `length`, for `done`) that runs it inside
   * the scope `scopeNow(...args)` names when it is called, after `onStart`: Jest 29 starts
   * concurrent bodies before it reports them as started.
   */
  wrap<Fn extends Function>(
    fn: Fn,
    scopeNow: (...args: unknown[]) => ScopeRef | undefined,
    onStart?: () => void,
  ): Fn {
    // Generators are run by circus itself (it checks the function's kind): a plain wrapper
    // would hand it a generator object. Concurrent tests must return promises anyway.
    if (fn.constructor.name === 'GeneratorFunction') return fn;
    const storage = this.#storage;
    const wrapper = function (this: unknown, ...args: unknown[]): unknown {
      const scope = scopeNow(...args);
      if (scope === undefined) return Reflect.apply(fn, this, args);
      return storage.run(scope, () => {
        onStart?.();
        return Reflect.apply(fn, this, args);
      });
    };
    Object.defineProperty(wrapper, 'length', { value: fn.length });
    return wrapper as unknown as Fn;
  }
}
