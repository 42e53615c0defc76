import type { Circus } from '@jest/types';

/** Just enough of circus's describe blocks, test entries and state to drive the environment. */
export function rootBlock(): Circus.DescribeBlock {
  return {
    type: 'describeBlock',
    name: 'ROOT_DESCRIBE_BLOCK',
    children: [],
    hooks: [],
    mode: undefined,
    tests: [],
  };
}

export function describeBlock(name: string, parent: Circus.DescribeBlock): Circus.DescribeBlock {
  const block: Circus.DescribeBlock = { ...rootBlock(), name, parent };
  parent.children.push(block);
  return block;
}

export function testEntry(
  name: string,
  parent: Circus.DescribeBlock,
  options: { concurrent?: boolean; fn?: Circus.TestFn } = {},
): Circus.TestEntry {
  const test = {
    type: 'test',
    name,
    parent,
    concurrent: options.concurrent ?? false,
    fn: options.fn ?? (() => undefined),
    errors: [],
    retryReasons: [],
    invocations: 1,
    mode: undefined,
    numPassingAsserts: 0,
    seenDone: false,
    failing: false,
    unhandledRejectionErrorByPromise: new Map(),
  } as unknown as Circus.TestEntry;
  parent.children.push(test);
  return test;
}

export function circusState(root: Circus.DescribeBlock): Circus.State {
  return {
    currentDescribeBlock: root,
    rootDescribeBlock: root,
    unhandledErrors: [],
  } as unknown as Circus.State;
}

export function addTestEvent(test: Circus.TestEntry): Circus.Event {
  return {
    name: 'add_test',
    testName: test.name,
    fn: test.fn,
    concurrent: test.concurrent,
    failing: false,
    timeout: undefined,
    asyncError: new Error(),
  };
}
