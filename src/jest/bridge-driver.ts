import type { Circus } from '@jest/types';
import { removeOwnFrames } from '../driver/own-frames';
import { type DriverOutput, type FileConfig, ScopeDriver } from '../driver/scope-driver';
import type { SuiteTree } from '../driver/scope-refs';
import type { Bridge } from '../scope/bridge';

export type { FileConfig } from '../driver/scope-driver';

/** What the driver hands back to the environment (failing tests and the file is circus's). */
export type JestDriverOutput = Omit<
  DriverOutput<Circus.DescribeBlock, Circus.TestEntry>,
  'failTest' | 'failFile' | 'failBlock'
>;

type Event<Name extends Circus.Event['name']> = Extract<Circus.Event, { name: Name }>;

const CIRCUS_TREE: SuiteTree<Circus.DescribeBlock, Circus.TestEntry> = {
  parentOf: (block) => block.parent,
  blockOf: (test) => test.parent,
  nameOf: (entry) => entry.name,
  isConcurrent: (test) => test.concurrent,
};

/**
 * Turns circus events into the scope driver's calls. A test's errors fail it even after it is
 * done (Jest builds the results at the end); the file's go to the circus state's unhandled errors.
 *
 * It never throws: a throw from `handleTestEvent` would abort the whole file, so an internal
 * failure becomes an error on the one test it concerns.
 */
export class BridgeDriver {
  readonly #driver: ScopeDriver<Circus.DescribeBlock, Circus.TestEntry>;
  /** The circus state of the last event: where a file's failure goes. */
  #state: Circus.State | undefined;
  /** File failures reported before the first event: passed on at the first one. */
  readonly #early: Error[] = [];

  constructor(config: FileConfig, output: JestDriverOutput) {
    this.#driver = new ScopeDriver(CIRCUS_TREE, config, {
      ...output,
      failTest: (test, error) => test.errors.push(error),
      failFile: (error) => {
        if (this.#state !== undefined) this.#state.unhandledErrors.push(error);
        else this.#early.push(error);
      },
    });
  }

  get bridge(): Bridge {
    return this.#driver.bridge;
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
    const driver = this.#driver;
    switch (event.name) {
      case 'start_describe_definition':
        driver.defining(state.currentDescribeBlock);
        return;
      case 'finish_describe_definition':
        driver.defining(state.currentDescribeBlock);
        return;
      case 'add_test':
        this.#bindTest(event, state);
        return;
      case 'add_hook':
        this.#bindHook(event, state);
        return;
      case 'run_start':
        driver.run();
        return;
      case 'run_describe_start': {
        const error = driver.startBlock(event.describeBlock);
        // like a failing beforeAll: every test of the block fails with it and none of them runs
        if (error !== undefined) {
          for (const test of testsUnder(event.describeBlock)) test.errors.push(error);
        }
        return;
      }
      case 'test_started': {
        const error = driver.startTest(event.test);
        if (error !== undefined) event.test.errors.push(error);
        return;
      }
      case 'test_done':
        driver.finishTest(event.test);
        removeOwnFrames(event.test.errors);
        return;
      case 'run_describe_finish':
        driver.finishBlock(event.describeBlock);
        return;
      case 'run_finish':
        driver.finishFile();
        // tests failed by their hooks, errors pushed after their end, the file's own
        for (const test of testsUnder(state.rootDescribeBlock)) removeOwnFrames(test.errors);
        removeOwnFrames(state.unhandledErrors);
        return;
    }
  }

  #bindTest(event: Event<'add_test'>, state: Circus.State): void {
    const test = state.currentDescribeBlock.children.at(-1);
    // circus adds the entry before environments see the event; anything else means it refused it
    if (test?.type !== 'test' || test.fn !== event.fn) return;
    const driver = this.#driver;
    const scope = driver.refs.test(test);
    if (!event.concurrent) {
      test.fn = driver.context.wrap(test.fn, () => scope);
      return;
    }
    driver.concurrentDefined();
    test.fn = driver.context.wrap(
      test.fn,
      () => scope,
      () => driver.enter(scope),
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
    const driver = this.#driver;
    const running = driver.bridge.running;
    const blockScope = driver.refs.block(block);
    hook.fn = driver.context.wrap(
      hook.fn,
      hook.type === 'beforeAll' || hook.type === 'afterAll'
        ? () => blockScope
        : () => running[running.length - 1],
    );
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
          ? this.#driver.lastFinished(event.describeBlock)
          : undefined;
    if (test !== undefined) test.errors.push(error);
    else state.unhandledErrors.push(error);
  }
}

/** Every test of the block and its nested blocks. */
function testsUnder(block: Circus.DescribeBlock): Circus.TestEntry[] {
  return block.children.flatMap((child) => (child.type === 'test' ? [child] : testsUnder(child)));
}
