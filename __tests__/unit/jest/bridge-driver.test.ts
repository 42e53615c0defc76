import type { Circus } from '@jest/types';
import { BridgeDriver } from '../../../src/jest/bridge-driver';
import type { BridgeListener, ScopeRef } from '../../../src/scope/bridge';
import { addTestEvent, circusState, describeBlock, rootBlock, testEntry } from './fake-circus';

const CONFIG = {
  fileLayers: [],
  leaks: 'warn',
  sendLogLimit: 10,
  strict: true,
  options: 'testEnvironmentOptions.signalbox',
} as const;

const FACTS = { configured: ['DEBUG'], signals: ['post_save'] };

/** A listener that records `enter x` / `exit x` and fails exits with the errors it is given. */
function recordingListener(exitErrors: Record<string, Error[]> = {}) {
  const calls: string[] = [];
  const listener: BridgeListener = {
    run: () => calls.push('run'),
    enter: (scope: ScopeRef) => calls.push(`enter ${scope.label}`),
    exit: (scope: ScopeRef) => {
      calls.push(`exit ${scope.label}`);
      return { errors: exitErrors[scope.label] ?? [] };
    },
    finish: () => FACTS,
    profile: () => undefined,
  };
  return { calls, listener };
}

function setUp(listener?: BridgeListener) {
  const warnings: string[] = [];
  const finished: unknown[] = [];
  const driver = new BridgeDriver(CONFIG, {
    warn: (message) => warnings.push(message),
    finished: (facts) => finished.push(facts),
  });
  driver.bridge.listener = listener;
  const root = rootBlock();
  const state = circusState(root);
  const labels = () => driver.bridge.running.map((scope) => scope.label);
  return { driver, root, state, warnings, finished, labels };
}

describe('BridgeDriver', () => {
  test('the bridge starts loading, with the file running and nothing being defined', () => {
    const { driver } = setUp();
    expect(driver.bridge).toMatchObject({
      version: 3,
      sendLogLimit: 10,
      phase: 'load',
      defining: null,
      concurrent: false,
    });
    expect(driver.bridge.running).toEqual([
      { key: expect.any(Object), kind: 'file', label: 'file', concurrent: false, lineage: [] },
    ]);
  });

  test('definition: `defining` follows the describe body being executed, nested ones included', () => {
    const { driver, root, state } = setUp();
    const seen: Array<string | null> = [];
    const see = () => seen.push(driver.bridge.defining?.label ?? null);
    const outer = describeBlock('outer', root);
    state.currentDescribeBlock = outer;
    driver.handle(
      {
        name: 'start_describe_definition',
        blockName: 'outer',
        mode: undefined,
        asyncError: new Error(),
      },
      state,
    );
    see();
    const inner = describeBlock('inner', outer);
    state.currentDescribeBlock = inner;
    driver.handle(
      {
        name: 'start_describe_definition',
        blockName: 'inner',
        mode: undefined,
        asyncError: new Error(),
      },
      state,
    );
    see();
    state.currentDescribeBlock = outer;
    driver.handle(
      { name: 'finish_describe_definition', blockName: 'inner', mode: undefined },
      state,
    );
    see();
    state.currentDescribeBlock = root;
    driver.handle(
      { name: 'finish_describe_definition', blockName: 'outer', mode: undefined },
      state,
    );
    see();
    expect(seen).toEqual(['outer', 'outer › inner', 'outer', null]);
    expect(driver.bridge.defining).toBeNull();
  });

  test('run: blocks and serial tests are pushed and entered, popped and exited', () => {
    const { calls, listener } = recordingListener();
    const { driver, root, state, labels } = setUp(listener);
    const block = describeBlock('block', root);
    const test = testEntry('works', block);
    const snapshots: string[][] = [];
    const events: Circus.Event[] = [
      { name: 'run_start' },
      { name: 'run_describe_start', describeBlock: root },
      { name: 'run_describe_start', describeBlock: block },
      { name: 'test_start', test },
      { name: 'test_started', test },
      { name: 'test_done', test },
      { name: 'run_describe_finish', describeBlock: block },
      { name: 'run_describe_finish', describeBlock: root },
    ];
    for (const event of events) {
      driver.handle(event, state);
      snapshots.push(labels());
    }
    expect(driver.bridge.phase).toBe('run');
    expect(snapshots).toEqual([
      ['file'],
      ['file'],
      ['file', 'block'],
      ['file', 'block'],
      ['file', 'block', 'block › works'],
      ['file', 'block'],
      ['file'],
      [],
    ]);
    expect(calls).toEqual([
      'run',
      'enter block',
      'enter block › works',
      'exit block › works',
      'exit block',
      'exit file',
    ]);
  });

  test('the same circus object always maps to the same scope (a retry enters it again)', () => {
    const { calls, listener } = recordingListener();
    const { driver, root, state } = setUp(listener);
    const test = testEntry('flaky', root);
    const scopes: Array<ScopeRef | undefined> = [];
    for (let attempt = 0; attempt < 2; attempt++) {
      driver.handle({ name: 'test_started', test }, state);
      scopes.push(driver.bridge.running.at(-1));
      driver.handle({ name: 'test_done', test }, state);
      driver.handle({ name: 'test_retry', test }, state);
    }
    expect(scopes[0]).toBe(scopes[1]);
    expect(scopes[0]).toMatchObject({ key: test, kind: 'test', label: 'flaky', concurrent: false });
    expect(calls).toEqual(['enter flaky', 'exit flaky', 'enter flaky', 'exit flaky']);
  });

  test("a test's exit errors fail that test", () => {
    const failure = new Error('settingChanged receiver failed');
    const { listener } = recordingListener({ works: [failure] });
    const { driver, root, state } = setUp(listener);
    const test = testEntry('works', root);
    driver.handle({ name: 'test_started', test }, state);
    driver.handle({ name: 'test_done', test }, state);
    expect(test.errors).toEqual([failure]);
  });

  test("a block's exit errors fail the last test that finished in it, nested blocks included", () => {
    const blockFailure = new Error('describe leak');
    const fileFailure = new Error('file leak');
    const { listener } = recordingListener({ outer: [blockFailure], file: [fileFailure] });
    const { driver, root, state } = setUp(listener);
    const outer = describeBlock('outer', root);
    const first = testEntry('first', outer);
    const inner = describeBlock('inner', outer);
    const last = testEntry('last', inner);
    for (const [block, test] of [
      [outer, first],
      [inner, last],
    ] as const) {
      driver.handle({ name: 'run_describe_start', describeBlock: block }, state);
      driver.handle({ name: 'test_started', test }, state);
      driver.handle({ name: 'test_done', test }, state);
    }
    driver.handle({ name: 'run_describe_finish', describeBlock: inner }, state);
    driver.handle({ name: 'run_describe_finish', describeBlock: outer }, state);
    driver.handle({ name: 'run_describe_finish', describeBlock: root }, state);
    expect(first.errors).toEqual([]);
    expect(last.errors).toEqual([blockFailure, fileFailure]);
  });

  test('exit errors of a block where no test ran fail the file (unhandled errors)', () => {
    const failure = new Error('leak in an all-skipped block');
    const { listener } = recordingListener({ empty: [failure] });
    const { driver, root, state } = setUp(listener);
    const block = describeBlock('empty', root);
    driver.handle({ name: 'run_describe_start', describeBlock: block }, state);
    driver.handle({ name: 'run_describe_finish', describeBlock: block }, state);
    expect(state.unhandledErrors).toEqual([failure]);
  });

  test('an enter that throws fails the test, or every test of the block, instead of the file', () => {
    const failure = new Error('settingChanged receiver failed at start');
    const listener: BridgeListener = {
      ...recordingListener().listener,
      enter: () => {
        throw failure;
      },
    };
    const { driver, root, state } = setUp(listener);
    const block = describeBlock('block', root);
    const a = testEntry('a', block);
    const b = testEntry('b', describeBlock('nested', block));
    const c = testEntry('c', root);
    driver.handle({ name: 'run_describe_start', describeBlock: block }, state);
    expect(a.errors).toEqual([failure]);
    expect(b.errors).toEqual([failure]);
    driver.handle({ name: 'test_started', test: c }, state);
    expect(c.errors).toEqual([failure]);
  });

  test('it never throws: an internal failure becomes an error on the test it concerns', () => {
    const listener: BridgeListener = {
      ...recordingListener().listener,
      exit: () => {
        throw new TypeError('registry bug');
      },
    };
    const { driver, root, state } = setUp(listener);
    const test = testEntry('t', root);
    expect(() => driver.handle({ name: 'test_done', test }, state)).not.toThrow();
    expect(test.errors).toEqual([
      expect.objectContaining({
        message:
          'signalbox: internal error while handling the Jest event "test_done": TypeError: registry bug',
      }),
    ]);
    expect(() => driver.handle({ name: 'run_finish' }, state)).not.toThrow();
  });

  test("run_finish hands the registry's facts of the file to the environment", () => {
    const { driver, state, finished } = setUp(recordingListener().listener);
    driver.handle({ name: 'run_finish' }, state);
    expect(finished).toEqual([FACTS]);
  });

  test('bridge.fail fails a test (also one already done), else the file; warn prints', () => {
    const { driver, root, state, warnings } = setUp(recordingListener().listener);
    const early = new Error('before any event');
    driver.bridge.fail(early);
    const test = testEntry('t', root);
    driver.handle({ name: 'test_started', test }, state);
    driver.handle({ name: 'test_done', test }, state);
    const forTest = new Error('for the test');
    const forFile = new Error('for the file');
    driver.bridge.fail(forTest, {
      key: test,
      kind: 'test',
      label: 't',
      concurrent: false,
      lineage: [],
    });
    driver.bridge.fail(forFile);
    driver.bridge.warn('a warning');
    expect(test.errors).toEqual([forTest]);
    expect(state.unhandledErrors).toEqual([early, forFile]);
    expect(warnings).toEqual(['a warning']);
  });

  test('without a registry (the file never loaded signalbox) events are harmless', () => {
    const { driver, root, state, labels } = setUp();
    const test = testEntry('t', root);
    driver.handle({ name: 'run_start' }, state);
    driver.handle({ name: 'test_started', test }, state);
    driver.handle({ name: 'test_done', test }, state);
    driver.handle({ name: 'run_finish' }, state);
    expect(test.errors).toEqual([]);
    expect(labels()).toEqual(['file']);
  });

  describe('test.concurrent', () => {
    test('its body and its async work see its own scope; it is never on `running`', async () => {
      const { calls, listener } = recordingListener();
      const { driver, root, state, labels } = setUp(listener);
      const observed: Array<string | undefined> = [];
      const observe = () => observed.push(driver.bridge.context()?.label);
      // circus adds each entry, then dispatches its add_test
      const release = new Map<string, () => void>();
      const bodies = ['a', 'b'].map((name) => {
        const test = testEntry(name, root, {
          concurrent: true,
          fn: async () => {
            observe();
            await new Promise<void>((resolve) => release.set(name, resolve));
            observe();
          },
        });
        driver.handle(addTestEvent(test), state);
        return test;
      });
      expect(driver.bridge.concurrent).toBe(true);
      for (const test of bodies) driver.handle({ name: 'test_started', test }, state);
      expect(labels()).toEqual(['file']);
      const running = Promise.all(bodies.map((test) => (test.fn as () => Promise<void>)()));
      // b's async work resumes first, then a's: each still sees its own test
      release.get('b')!();
      await new Promise((resolve) => setImmediate(resolve));
      release.get('a')!();
      await running;
      expect(observed).toEqual(['a', 'b', 'b', 'a']);
      observe();
      expect(observed.at(-1)).toBeUndefined();
      for (const test of bodies) driver.handle({ name: 'test_done', test }, state);
      expect(calls).toEqual(['enter a', 'enter b', 'exit a', 'exit b']);
    });

    test('a body that starts before its test_started (Jest 29) enters its scope first, once', () => {
      const { calls, listener } = recordingListener();
      const { driver, root, state } = setUp(listener);
      const test = testEntry('early', root, {
        concurrent: true,
        fn: () => {
          calls.push('body');
        },
      });
      driver.handle(addTestEvent(test), state);
      (test.fn as () => void)();
      driver.handle({ name: 'test_started', test }, state);
      driver.handle({ name: 'test_done', test }, state);
      expect(calls).toEqual(['enter early', 'body', 'exit early']);
    });

    test('the wrapper keeps the arity (done callbacks) and `this`', () => {
      const { driver, root, state } = setUp();
      const received: unknown[] = [];
      const test = testEntry('done-style', root, {
        concurrent: true,
        fn: function (this: unknown, done: () => void) {
          received.push(this, done, driver.bridge.context()?.label);
        },
      });
      driver.handle(addTestEvent(test), state);
      const context = { some: 'context' };
      const done = () => undefined;
      expect(test.fn.length).toBe(1);
      (test.fn as (this: unknown, done: () => void) => void).call(context, done);
      expect(received).toEqual([context, done, 'done-style']);
    });

    test("a serial test's body knows its test, so late code of a timed-out test is told apart; the bridge stays non-concurrent", () => {
      const { driver, root, state } = setUp();
      const seen: Array<string | undefined> = [];
      const test = testEntry('serial', root, {
        fn: () => {
          seen.push(driver.bridge.context()?.label);
        },
      });
      driver.handle(addTestEvent(test), state);
      (test.fn as () => void)();
      expect(seen).toEqual(['serial']);
      expect(driver.bridge.context()).toBeUndefined();
      expect(driver.bridge.concurrent).toBe(false);
    });
  });
});
