import type { ScopeRef } from '../scope/bridge';

const SEPARATOR = ' › ';

/**
 * How a runner's suite tree is shaped: its describe blocks (the file's root block among them) and
 * its tests, whatever objects the runner uses for them (circus entries, Vitest tasks).
 */
export interface SuiteTree<Block extends object, Test extends object> {
  /** The block around `block`; `undefined` for the file's root block. */
  parentOf(block: Block): Block | undefined;
  /** The block that defines `test` (the root block for a test at the file's top level). */
  blockOf(test: Test): Block;
  nameOf(entry: Block | Test): string;
  /** `test.concurrent`: its layers, log and connections are its own async context's. */
  isConcurrent(test: Test): boolean;
}

/**
 * One stable `ScopeRef` per describe block and test, so the registry can key its state by scope
 * across events (and across retries, which reuse the same runner objects). The root block is the
 * file.
 */
export class ScopeRefs<Block extends object, Test extends object> {
  readonly file: ScopeRef = Object.freeze({
    key: Object.freeze({}),
    kind: 'file',
    label: 'file',
    concurrent: false,
    lineage: [],
  });
  readonly #tree: SuiteTree<Block, Test>;
  readonly #refs = new WeakMap<object, ScopeRef>();

  constructor(tree: SuiteTree<Block, Test>) {
    this.#tree = tree;
  }

  block(block: Block): ScopeRef {
    const parent = this.#tree.parentOf(block);
    if (parent === undefined) return this.file;
    return this.#ref(block, () => ({
      key: block,
      kind: 'describe',
      label: this.#namePath(block),
      concurrent: false,
      lineage: this.#lineage(parent),
    }));
  }

  test(test: Test): ScopeRef {
    return this.#ref(test, () => {
      const block = this.#tree.blockOf(test);
      const topLevel = this.#tree.parentOf(block) === undefined;
      const name = this.#tree.nameOf(test);
      return {
        key: test,
        kind: 'test',
        label: topLevel ? name : `${this.#namePath(block)}${SEPARATOR}${name}`,
        concurrent: this.#tree.isConcurrent(test),
        lineage: this.#lineage(block),
        ...(!topLevel && { block: this.#namePath(block) }),
      };
    });
  }

  /** The keys of `block` and the blocks around it, the file first. */
  #lineage(block: Block): readonly object[] {
    const keys: object[] = [];
    for (let current = block, parent = this.#tree.parentOf(current); parent !== undefined; ) {
      keys.unshift(current);
      current = parent;
      parent = this.#tree.parentOf(current);
    }
    return Object.freeze([this.file.key, ...keys]);
  }

  /** `outer › inner`: the names of the block and its ancestors, the root's excluded. */
  #namePath(block: Block): string {
    const names: string[] = [];
    for (let current = block, parent = this.#tree.parentOf(current); parent !== undefined; ) {
      names.unshift(this.#tree.nameOf(current));
      current = parent;
      parent = this.#tree.parentOf(current);
    }
    return names.join(SEPARATOR);
  }

  #ref(key: object, create: () => ScopeRef): ScopeRef {
    let ref = this.#refs.get(key);
    if (ref === undefined) {
      ref = Object.freeze(create());
      this.#refs.set(key, ref);
    }
    return ref;
  }
}
