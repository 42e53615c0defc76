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

  /** The test of the calling async context; `undefined` outside a test body (hooks included). */
  readonly current = (): ScopeRef | undefined => this.#storage.getStore();

  /**
   * Replaces `test.fn` with a wrapper of the same arity (circus reads `length` for `done`) that
   * calls `onStart` first: Jest 29 starts concurrent bodies before it reports them as started.
   */
  bind(test: Circus.TestEntry, scope: ScopeRef, onStart?: () => void): void {
    const storage = this.#storage;
    const fn: Function = test.fn;
    // Generators are run by circus itself (it checks the function's kind): a plain wrapper
    // would hand it a generator object. Concurrent tests must return promises anyway.
    if (fn.constructor.name === 'GeneratorFunction') return;
    const wrapper = function (this: unknown, ...args: unknown[]): unknown {
      return storage.run(scope, () => {
        onStart?.();
        return Reflect.apply(fn, this, args);
      });
    };
    Object.defineProperty(wrapper, 'length', { value: fn.length });
    test.fn = wrapper as Circus.TestEntry['fn'];
  }
}
