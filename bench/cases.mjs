/**
 * The benchmark cases of issue 6, shared by the plain Node run and the run inside a Jest test file.
 *
 * A case is `{ id, group, label, setup }`; `setup()` returns `{ run, teardown? }`, so state a case
 * needs (a suspension, overrides, a spy) is active only while that case is measured.
 */
import { EventEmitter as NodeEmitter } from 'node:events';
import EventEmitter3 from 'eventemitter3';
import { do_not_optimize } from 'mitata';
import mitt from 'mitt';
import { createNanoEvents } from 'nanoevents';
import { EventEmitter as Tseep } from 'tseep';
import { createSink, makeDirectCalls, makeListeners } from './listeners.mjs';

export const receiverCounts = [0, 1, 10];

const EVENT = 'save';

/** Each peer: build an emitter with these listeners, return the emit to measure. */
const peers = {
  eventemitter3(listeners, payload) {
    const emitter = new EventEmitter3();
    for (const listener of listeners) emitter.on(EVENT, listener);
    return () => emitter.emit(EVENT, payload);
  },
  tseep(listeners, payload) {
    const emitter = new Tseep();
    for (const listener of listeners) emitter.on(EVENT, listener);
    return () => emitter.emit(EVENT, payload);
  },
  nanoevents(listeners, payload) {
    const emitter = createNanoEvents();
    for (const listener of listeners) emitter.on(EVENT, listener);
    return () => emitter.emit(EVENT, payload);
  },
  mitt(listeners, payload) {
    const emitter = mitt();
    for (const listener of listeners) emitter.on(EVENT, listener);
    return () => emitter.emit(EVENT, payload);
  },
  'node:events'(listeners, payload) {
    const emitter = new NodeEmitter();
    for (const listener of listeners) emitter.on(EVENT, listener);
    return () => emitter.emit(EVENT, payload);
  },
};

/** Mock calls are recorded; clearing them now and then keeps a long run's memory flat. */
const MOCK_CALLS_KEPT = 4096;

/**
 * @param deps.signalbox the runtime (`Signal`, `settings`, `configureSettings`)
 * @param deps.testing the helpers (`overrideSettings`, `suspendSignals`)
 * @param deps.mocker `jest` in a test file, a jest-mock `ModuleMocker` outside
 */
export function defineCases({ signalbox, testing, mocker }) {
  const { Signal, settings, configureSettings } = signalbox;
  const { overrideSettings, suspendSignals } = testing;
  class User {}
  const payload = { n: 1 };
  const sink = createSink();

  const signalWith = (listeners) => {
    const signal = new Signal('post_save');
    for (const listener of listeners) signal.connect(listener);
    return signal;
  };

  const cases = [];
  for (const count of receiverCounts) {
    const group = `send, ${count} receiver${count === 1 ? '' : 's'}`;
    cases.push(
      {
        id: `send.${count}.signalbox`,
        group,
        label: 'signalbox send',
        setup() {
          const signal = signalWith(makeListeners(`signalbox-${count}`, count, sink, true));
          return { run: () => signal.send(User, payload) };
        },
      },
      {
        id: `send.${count}.signalbox-emit`,
        group,
        label: 'signalbox emit',
        setup() {
          const signal = signalWith(makeListeners(`signalbox-emit-${count}`, count, sink, true));
          return { run: () => signal.emit(User, payload) };
        },
      },
    );
    for (const [peer, build] of Object.entries(peers)) {
      cases.push({
        id: `send.${count}.${peer}`,
        group,
        label: `${peer} emit`,
        setup: () => ({
          run: build(makeListeners(`${peer}-${count}`, count, sink, false), payload),
        }),
      });
    }
  }
  cases.push({
    id: 'send.10.direct',
    group: 'send, 10 receivers',
    label: '10 direct calls',
    setup() {
      const direct = makeDirectCalls(makeListeners('direct', 10, sink, false));
      return { run: () => direct(payload) };
    },
  });

  cases.push(
    {
      id: 'suspended.signalbox',
      group: 'suspended, 10 receivers',
      label: 'signalbox send under suspendSignals()',
      setup() {
        const signal = signalWith(makeListeners('signalbox-suspended', 10, sink, true));
        const suspension = suspendSignals();
        return { run: () => signal.send(User, payload), teardown: () => suspension.restore() };
      },
    },
    {
      id: 'suspended.jest-spyOn',
      group: 'suspended, 10 receivers',
      label: "node:events emit, spyOn(e, 'emit').mockImplementation()",
      setup() {
        const emitter = new NodeEmitter();
        for (const listener of makeListeners('mocked', 10, sink, false))
          emitter.on(EVENT, listener);
        const spy = mocker.spyOn(emitter, 'emit').mockImplementation();
        return {
          run() {
            emitter.emit(EVENT, payload);
            if (spy.mock.calls.length === MOCK_CALLS_KEPT) spy.mockClear();
          },
          teardown: () => spy.mockRestore(),
        };
      },
    },
  );

  configureSettings({ BENCH_LEVEL: 0 });
  // Written twice so V8 treats the field as mutable, as a real config's is, instead of folding
  // the read into a constant.
  const plain = { BENCH_LEVEL: -1 };
  plain.BENCH_LEVEL = 0;
  const overrideLayers = (count) => {
    const handles = [overrideSettings({ BENCH_LEVEL: 1 })];
    // The inner layers override other keys, so the read key is found beneath them.
    for (let layer = 2; layer <= count; layer++) {
      handles.push(overrideSettings({ [`BENCH_OTHER_${layer}`]: layer }));
    }
    return () => {
      for (const handle of handles.reverse()) handle.restore();
    };
  };
  const settingsRead = (overrides) => () => ({
    run: () => do_not_optimize(settings.BENCH_LEVEL),
    teardown: overrides > 0 ? overrideLayers(overrides) : undefined,
  });
  cases.push(
    {
      id: 'settings.read.plain',
      group: 'settings read',
      label: 'plain object property',
      setup: () => ({ run: () => do_not_optimize(plain.BENCH_LEVEL) }),
    },
    {
      id: 'settings.read.base',
      group: 'settings read',
      label: 'settings.X, base value',
      setup: settingsRead(0),
    },
    {
      id: 'settings.read.override1',
      group: 'settings read',
      label: 'settings.X, 1 override',
      setup: settingsRead(1),
    },
    {
      id: 'settings.read.override5',
      group: 'settings read',
      label: 'settings.X, 5 nested overrides',
      setup: settingsRead(5),
    },
  );

  const replaced = { BENCH_LEVEL: 0 };
  cases.push(
    {
      id: 'override.signalbox',
      group: 'override + restore',
      label: 'overrideSettings(…).restore()',
      setup: () => ({ run: () => overrideSettings({ BENCH_LEVEL: 1 }).restore() }),
    },
    {
      id: 'override.jest-replaceProperty',
      group: 'override + restore',
      label: 'jest.replaceProperty(…).restore()',
      setup: () => ({ run: () => mocker.replaceProperty(replaced, 'BENCH_LEVEL', 1).restore() }),
    },
  );
  return cases;
}
