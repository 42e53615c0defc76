import type {
  Bridge,
  EmitterOption,
  FileFacts,
  FileLayer,
  LeakMode,
  ScopeRef,
} from '../scope/bridge';
import type { FileProfile } from '../scope/profile-data';
import { ScopeRefs, type SuiteTree } from './scope-refs';
import { TestContext } from './test-context';

export interface FileConfig {
  readonly fileLayers: readonly FileLayer[];
  readonly emitters?: readonly EmitterOption[];
  readonly leaks: LeakMode;
  readonly sendLogLimit: number;
  readonly strict: boolean;
  /** Where the user writes the project options, as messages name it. */
  readonly options: string;
  /** Profile the receivers; the file's profile goes to `output.profiled` when it ends. */
  readonly profile?: boolean;
}

/** What the scope driver hands back to the runner's adapter. */
export interface DriverOutput<Block extends object, Test extends object> {
  /** Prints on the file's console. */
  warn(message: string): void;
  /** Fails `test`, also one that is done (its result is not final yet). Never throws. */
  failTest(test: Test, error: Error): void;
  /** Fails the file (no test owns the error). Never throws. */
  failFile(error: Error): void;
  /**
   * Fails a describe block, for a runner that reports errors on blocks (Vitest); without it, a
   * block's errors fail the last test that finished in it (Jest).
   */
  failBlock?(block: Block, error: Error): void;
  /** The file is done: what the run-wide check of the project options needs of it. */
  finished?(facts: FileFacts): void;
  /** The file is done: its receiver profile, when the config asked for one. */
  profiled?(profile: FileProfile): void;
}

/**
 * What every runner's driver does with its events, whatever the runner: keeps the bridge's picture
 * of where the file is (phase, the describe body being defined, the running scopes) and tells the
 * registry's listener when scopes start and end. Errors the registry reports at a scope's end
 * fail the test that owned the scope: the test, or for a describe block the last test that
 * finished in it (nested blocks included), else the file. An adapter (jest/, vitest/) turns its
 * runner's events into these calls.
 */
export class ScopeDriver<Block extends object, Test extends object> {
  readonly bridge: Bridge;
  readonly refs: ScopeRefs<Block, Test>;
  /** Wraps test bodies and hooks: whose code is running. */
  readonly context = new TestContext();
  readonly #tree: SuiteTree<Block, Test>;
  readonly #output: DriverOutput<Block, Test>;
  readonly #lastFinished = new WeakMap<Block, Test>();
  /** Scopes entered and not yet exited: a concurrent test may start before the runner says so. */
  readonly #entered = new WeakSet<ScopeRef>();

  /**
   * @param definingNow - for a runner that says which describe body runs now only when asked
   *   (Vitest's collector), rather than by events: the block (`undefined` at the top level).
   */
  constructor(
    tree: SuiteTree<Block, Test>,
    config: FileConfig,
    output: DriverOutput<Block, Test>,
    definingNow?: () => Block | undefined,
  ) {
    this.#tree = tree;
    this.#output = output;
    this.refs = new ScopeRefs(tree);
    this.bridge = {
      version: 3,
      ...config,
      fail: (error, owner) => this.#fail(error, owner),
      warn: (message) => output.warn(message),
      phase: 'load',
      running: [this.refs.file],
      defining: null,
      context: this.context.current,
      concurrent: false,
      listener: undefined,
    };
    if (definingNow !== undefined) {
      Object.defineProperty(this.bridge, 'defining', {
        get: () => (this.bridge.phase === 'run' ? null : this.#definingRef(definingNow())),
        // run() and defining() have nothing to set: the runner is asked
        set: () => undefined,
      });
    }
  }

  /** The body of `block` runs now (`undefined` or the root block: the file's top level). */
  defining(block: Block | undefined): void {
    this.bridge.defining = this.#definingRef(block);
  }

  #definingRef(block: Block | undefined): ScopeRef | null {
    const ref = block === undefined ? this.refs.file : this.refs.block(block);
    return ref === this.refs.file ? null : ref;
  }

  /** The file defines a `test.concurrent` test. */
  concurrentDefined(): void {
    this.bridge.concurrent = true;
  }

  /** Definitions are done; tests run from now on. */
  run(): void {
    this.bridge.phase = 'run';
    this.bridge.defining = null;
    this.bridge.listener?.run();
  }

  /** A describe block starts; the error, when its annotations cannot start, fails its tests. */
  startBlock(block: Block): unknown {
    // the file has been running since the driver was created
    if (this.#tree.parentOf(block) === undefined) return undefined;
    const scope = this.refs.block(block);
    this.bridge.running.push(scope);
    return this.#tryEnter(scope);
  }

  /** A test starts (again, for a retry); the error, when its annotations cannot start, fails it. */
  startTest(test: Test): unknown {
    const scope = this.refs.test(test);
    if (!scope.concurrent) this.bridge.running.push(scope);
    return this.#tryEnter(scope);
  }

  /** Enters a scope once (a concurrent test's body may start before the runner reports it). */
  enter(scope: ScopeRef): void {
    if (this.#entered.has(scope)) return;
    this.#entered.add(scope);
    this.bridge.listener?.enter(scope);
  }

  finishTest(test: Test): void {
    for (let block: Block | undefined = this.#tree.blockOf(test); block; ) {
      this.#lastFinished.set(block, test);
      block = this.#tree.parentOf(block);
    }
    const scope = this.refs.test(test);
    this.#leave(scope);
    this.#exit(scope, test);
  }

  finishBlock(block: Block): void {
    const scope = this.refs.block(block);
    this.#leave(scope);
    const { failBlock } = this.#output;
    if (failBlock === undefined) this.#exit(scope, this.#lastFinished.get(block));
    else for (const error of this.#exitErrors(scope)) failBlock(block, error);
  }

  /** The last test that finished in `block` or its nested blocks. */
  lastFinished(block: Block): Test | undefined {
    return this.#lastFinished.get(block);
  }

  /** The file is done: the names it used are checked, its facts and profile handed back. */
  finishFile(): void {
    const listener = this.bridge.listener;
    const facts = listener?.finish();
    if (facts !== undefined) this.#output.finished?.(facts);
    const profile = listener?.profile();
    if (profile !== undefined) this.#output.profiled?.(profile);
  }

  #tryEnter(scope: ScopeRef): unknown {
    try {
      this.enter(scope);
      return undefined;
    } catch (error) {
      return error;
    }
  }

  /** Ends `scope` in the registry; its errors fail `owner`, or the file when no test ran in it. */
  #exit(scope: ScopeRef, owner: Test | undefined): void {
    for (const error of this.#exitErrors(scope)) {
      if (owner !== undefined) this.#output.failTest(owner, error);
      else this.#output.failFile(error);
    }
  }

  #exitErrors(scope: ScopeRef): readonly Error[] {
    this.#entered.delete(scope);
    return this.bridge.listener?.exit(scope).errors ?? [];
  }

  #leave(scope: ScopeRef): void {
    const index = this.bridge.running.lastIndexOf(scope);
    if (index !== -1) this.bridge.running.splice(index, 1);
  }

  #fail(error: Error, owner: ScopeRef | undefined): void {
    if (owner?.kind === 'test') this.#output.failTest(owner.key as Test, error);
    else this.#output.failFile(error);
  }
}
