import type { Circus } from '@jest/types';
import type { Bridge, FileFacts, FileLayer, LeakMode, ScopeRef } from '../scope/bridge';
import type { FileProfile } from '../scope/profile-data';
import { removeOwnFrames, testsUnder } from './own-frames';
import { ScopeRefs } from './scope-refs';
import { TestContext } from './test-context';

export interface FileConfig {
  readonly fileLayers: readonly FileLayer[];
  readonly leaks: LeakMode;
  readonly sendLogLimit: number;
  readonly strict: boolean;
  /** Profile the receivers; the file's profile goes to `output.profiled` when it ends. */
  readonly profile?: boolean;
}

/** What the driver hands back to the environment. */
export interface DriverOutput {
  /** Prints on the file's console. */
  warn(message: string): void;
  /** The file is done: what the run-wide check of the project options needs of it. */
  finished?(facts: FileFacts): void;
  /** The file is done: its receiver profile, when the config asked for one. */
  profiled?(profile: FileProfile): void;
}

type Event<Name extends Circus.Event['name']> = Extract<Circus.Event, { name: Name }>;

/**
 * Keeps the bridge's picture of where the file is (phase, the describe body being defined, the
 * running scopes) in step with circus events, and tells the registry's listener when scopes start
 * and end. Errors the registry reports at a scope's end fail the test that owned the scope.
 *
 * It never throws: a throw from `handleTestEvent` would abort the whole file, so an internal
 * failure becomes an error on the one test it concerns.
 */
export class BridgeDriver {
  readonly bridge: Bridge;
  readonly #refs = new ScopeRefs();
  readonly #tests = new TestContext();
  /** For each describe block (the root included): the last test that finished in it, nested ones too. */
  readonly #lastFinished = new WeakMap<Circus.DescribeBlock, Circus.TestEntry>();
  /** Scopes entered and not yet exited: a concurrent test may start before its `test_started`. */
  readonly #entered = new WeakSet<ScopeRef>();
  readonly #output: DriverOutput;
  /** The circus state of the last event: where a file's failure goes. */
  #state: Circus.State | undefined;
  /** File failures reported before the first event: passed on at the first one. */
  readonly #early: Error[] = [];

  constructor(config: FileConfig, output: DriverOutput) {
    this.#output = output;
    this.bridge = {
      version: 2,
      ...config,
      fail: (error, owner) => this.#fail(error, owner),
      warn: (message) => output.warn(message),
      phase: 'load',
      running: [this.#refs.file],
      defining: null,
      context: this.#tests.current,
      concurrent: false,
      listener: undefined,
    };
  }

  handle(event: Circus.Event, state: Circus.State): void {
    this.#state = state;
    if (this.#early.length > 0) state.unhandledErrors.push(...this.#early.splice(0));
    try {
      this.#dispatch(event, state);
    } catch (error) {
      this.#reportInternalFailure(event, state, error);
    }
  }

  #dispatch(event: Circus.Event, state: Circus.State): void {
    switch (event.name) {
      case 'start_describe_definition':
        this.bridge.defining = this.#refs.block(state.currentDescribeBlock);
        return;
      case 'finish_describe_definition': {
        const block = state.currentDescribeBlock;
        this.bridge.defining = block.parent === undefined ? null : this.#refs.block(block);
        return;
      }
      case 'add_test':
        this.#bindTest(event, state);
        return;
      case 'add_hook':
        this.#bindHook(event, state);
        return;
      case 'run_start':
        this.bridge.phase = 'run';
        this.bridge.defining = null;
        this.bridge.listener?.run();
        return;
      case 'run_describe_start':
        this.#startBlock(event.describeBlock);
        return;
      case 'test_started':
        this.#startTest(event.test);
        return;
      case 'test_done':
        this.#finishTest(event.test);
        removeOwnFrames(event.test.errors);
        return;
      case 'run_describe_finish':
        this.#finishBlock(event.describeBlock, state);
        return;
      case 'run_finish': {
        const listener = this.bridge.listener;
        const facts = listener?.finish();
        if (facts !== undefined) this.#output.finished?.(facts);
        const profile = listener?.profile();
        if (profile !== undefined) this.#output.profiled?.(profile);
        // tests failed by their hooks, errors pushed after their end, the file's own
        for (const test of testsUnder(state.rootDescribeBlock)) removeOwnFrames(test.errors);
        removeOwnFrames(state.unhandledErrors);
        return;
      }
    }
  }

  #bindTest(event: Event<'add_test'>, state: Circus.State): void {
    const test = state.currentDescribeBlock.children.at(-1);
    // circus adds the entry before environments see the event; anything else means it refused it
    if (test?.type !== 'test' || test.fn !== event.fn) return;
    const scope = this.#refs.test(test);
    if (!event.concurrent) {
      this.#tests.bind(test, () => scope);
      return;
    }
    this.bridge.concurrent = true;
    this.#tests.bind(
      test,
      () => scope,
      () => this.#enter(scope),
    );
  }

  /**
   * A hook runs in its scope's context too, so late code of a timed-out hook is told apart from
   * what runs next: `beforeEach`/`afterEach` in the test it runs for, `beforeAll`/`afterAll` in
   * its block.
   */
  #bindHook(event: Event<'add_hook'>, state: Circus.State): void {
    const block = state.currentDescribeBlock;
    const hook = block.hooks.at(-1);
    if (hook === undefined || hook.fn !== event.fn) return;
    const running = this.bridge.running;
    const blockScope = this.#refs.block(block);
    this.#tests.bind(
      hook,
      hook.type === 'beforeAll' || hook.type === 'afterAll'
        ? () => blockScope
        : () => running[running.length - 1],
    );
  }

  #startBlock(block: Circus.DescribeBlock): void {
    // the file has been running since the environment was created
    if (block.parent === undefined) return;
    const scope = this.#refs.block(block);
    this.bridge.running.push(scope);
    try {
      this.#enter(scope);
    } catch (error) {
      // like a failing beforeAll: every test of the block fails with it and none of them runs
      for (const test of testsUnder(block)) test.errors.push(error);
    }
  }

  #startTest(test: Circus.TestEntry): void {
    const scope = this.#refs.test(test);
    if (!test.concurrent) this.bridge.running.push(scope);
    try {
      this.#enter(scope);
    } catch (error) {
      test.errors.push(error);
    }
  }

  #finishTest(test: Circus.TestEntry): void {
    for (let block: Circus.DescribeBlock | undefined = test.parent; block; block = block.parent) {
      this.#lastFinished.set(block, test);
    }
    const scope = this.#refs.test(test);
    this.#leave(scope);
    this.#exit(scope, test);
  }

  #finishBlock(block: Circus.DescribeBlock, state: Circus.State): void {
    const scope = this.#refs.block(block);
    this.#leave(scope);
    this.#exit(scope, this.#lastFinished.get(block), state);
  }

  #enter(scope: ScopeRef): void {
    if (this.#entered.has(scope)) return;
    this.#entered.add(scope);
    this.bridge.listener?.enter(scope);
  }

  /** Ends `scope` in the registry; its errors fail `owner`, or the file when no test ran in it. */
  #exit(scope: ScopeRef, owner: Circus.TestEntry | undefined, state?: Circus.State): void {
    this.#entered.delete(scope);
    const listener = this.bridge.listener;
    if (listener === undefined) return;
    const { errors } = listener.exit(scope);
    if (errors.length === 0) return;
    if (owner !== undefined) owner.errors.push(...errors);
    else state?.unhandledErrors.push(...errors);
  }

  #leave(scope: ScopeRef): void {
    const index = this.bridge.running.lastIndexOf(scope);
    if (index !== -1) this.bridge.running.splice(index, 1);
  }

  /** A test's errors fail it even after it is done (Jest builds the results at the end). */
  #fail(error: Error, owner: ScopeRef | undefined): void {
    if (owner?.kind === 'test') (owner.key as Circus.TestEntry).errors.push(error);
    else if (this.#state !== undefined) this.#state.unhandledErrors.push(error);
    else this.#early.push(error);
  }

  #reportInternalFailure(event: Circus.Event, state: Circus.State, cause: unknown): void {
    const error = new Error(
      `signalbox: internal error while handling the Jest event "${event.name}": ${String(cause)}`,
      { cause },
    );
    const test =
      'test' in event && event.test !== undefined
        ? event.test
        : 'describeBlock' in event && event.describeBlock !== undefined
          ? this.#lastFinished.get(event.describeBlock)
          : undefined;
    if (test !== undefined) test.errors.push(error);
    else state.unhandledErrors.push(error);
  }
}
