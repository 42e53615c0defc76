import type { Circus } from '@jest/types';
import type { ScopeRef } from '../scope/bridge';

const SEPARATOR = ' › ';

/**
 * One stable `ScopeRef` per circus describe block and test entry, so the registry can key its
 * state by scope across events (and across retries, which reuse the same circus objects).
 * The root describe block is the file.
 */
export class ScopeRefs {
  readonly file: ScopeRef = Object.freeze({
    key: Object.freeze({}),
    kind: 'file',
    label: 'file',
    concurrent: false,
    lineage: [],
  });
  readonly #refs = new WeakMap<object, ScopeRef>();

  block(block: Circus.DescribeBlock): ScopeRef {
    if (block.parent === undefined) return this.file;
    return this.#ref(block, () => ({
      key: block,
      kind: 'describe',
      label: namePath(block),
      concurrent: false,
      lineage: this.#lineage(block.parent!),
    }));
  }

  test(test: Circus.TestEntry): ScopeRef {
    return this.#ref(test, () => ({
      key: test,
      kind: 'test',
      label: `${test.parent.parent === undefined ? '' : namePath(test.parent) + SEPARATOR}${test.name}`,
      concurrent: test.concurrent,
      lineage: this.#lineage(test.parent),
      ...(test.parent.parent !== undefined && { block: namePath(test.parent) }),
    }));
  }

  /** The keys of `block` and the blocks around it, the file first. */
  #lineage(block: Circus.DescribeBlock): readonly object[] {
    const keys: object[] = [];
    for (let current = block; current.parent !== undefined; current = current.parent) {
      keys.unshift(current);
    }
    return Object.freeze([this.file.key, ...keys]);
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

/** `outer › inner`: the names of the block and its ancestors, the root's excluded. */
function namePath(block: Circus.DescribeBlock): string {
  const names: string[] = [];
  for (let current = block; current.parent !== undefined; current = current.parent) {
    names.unshift(current.name);
  }
  return names.join(SEPARATOR);
}
