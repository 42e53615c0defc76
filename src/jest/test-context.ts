import { AsyncLocalStorage } from 'node:async_hooks';
import type { Circus } from '@jest/types';
import type { ScopeRef } from '../scope/bridge';

/**
 * Which test the running code belongs to. Each test's function is wrapped so that its body, and
 * all the async work it starts, runs inside `run(scope)` (an `enterWith` from an event handler would
 * not reach the test body). For `test.concurrent` tests that isolates siblings from one another;
 * for serial tests it tells late code of a timed-out test from the test running after it.
 */
export class TestContext {
  readonly #storage = new AsyncLocalStorage<ScopeRef>();

  /** The scope of the test body or hook that started the calling async context, if any. */
  readonly current = (): ScopeRef | undefined => this.#storage.getStore();

  /**
   * Replaces a test's or a hook's `fn` with a wrapper of the same arity (circus reads `length` for
   * `done`) that runs it inside the scope `scopeNow()` names when it is called, after `onStart`:
   * Jest 29 starts concurrent bodies before it reports them as started.
   */
  bind(
    entry: Circus.TestEntry | Circus.Hook,
    scopeNow: () => ScopeRef | undefined,
    onStart?: () => void,
  ): void {
    const storage = this.#storage;
    const fn: Function = entry.fn;
    // Generators are run by circus itself (it checks the function's kind): a plain wrapper
    // would hand it a generator object. Concurrent tests must return promises anyway.
    if (fn.constructor.name === 'GeneratorFunction') return;
    const wrapper = function (this: unknown, ...args: unknown[]): unknown {
      const scope = scopeNow();
      if (scope === undefined) return Reflect.apply(fn, this, args);
      return storage.run(scope, () => {
        onStart?.();
        return Reflect.apply(fn, this, args);
      });
    };
    Object.defineProperty(wrapper, 'length', { value: fn.length });
    entry.fn = wrapper as typeof entry.fn;
  }
}
