/**
 * The benchmark cases of issue 12: each library's emit, un-adopted and adopted with no layer
 * active, side by side (0, 1 and 10 listeners); an adopted emitter's suspended emit against an
 * emit with no listener and against `jest.spyOn(emitter, 'emit').mockImplementation()`.
 */
import { EventEmitter as NodeEmitter } from 'node:events';
import EventEmitter2 from 'eventemitter2';
import EventEmitter3 from 'eventemitter3';
import mitt from 'mitt';
import { createSink, makeListeners } from './listeners.mjs';

const EVENT = 'save';
export const listenerCounts = [0, 1, 10];
const MOCK_CALLS_KEPT = 4096;

const libraries = {
  'node:events': () => new NodeEmitter(),
  eventemitter3: () => new EventEmitter3(),
  EventEmitter2: () => new EventEmitter2(),
  mitt: () => mitt(),
};

/**
 * @param deps.signalbox the runtime (`adoptEmitter`)
 * @param deps.testing the helpers (`suspendSignals`)
 * @param deps.mocker `jest` in a test file, a jest-mock `ModuleMocker` outside
 */
export function defineEmitterCases({ signalbox, testing, mocker }) {
  const { adoptEmitter } = signalbox;
  const { suspendSignals } = testing;
  const payload = { n: 1 };
  const sink = createSink();
  // The same listener functions for a library's own and adopted emitters: what differs is the
  // adoption, not which functions each emit's call sites have seen.
  const listeners = new Map();
  const emitterWith = (library, count) => {
    const key = `${library}-${count}`;
    if (!listeners.has(key)) listeners.set(key, makeListeners(key, count, sink, false));
    const emitter = libraries[library]();
    for (const listener of listeners.get(key)) emitter.on(EVENT, listener);
    return emitter;
  };

  const cases = [];
  for (const count of listenerCounts) {
    const group = `emit, ${count} listener${count === 1 ? '' : 's'}`;
    for (const library of Object.keys(libraries)) {
      cases.push(
        {
          id: `emit.${count}.${library}`,
          group,
          label: `${library} emit`,
          setup() {
            const emitter = emitterWith(library, count);
            return { run: () => emitter.emit(EVENT, payload) };
          },
        },
        {
          id: `emit.${count}.${library}.adopted`,
          group,
          label: `${library} emit, adopted`,
          setup() {
            const emitter = emitterWith(library, count);
            const adoption = adoptEmitter(emitter, { name: 'bench' });
            return { run: () => emitter.emit(EVENT, payload), teardown: () => adoption.release() };
          },
        },
      );
    }
  }

  cases.push(
    {
      id: 'emit.suspended.node:events',
      group: 'suspended emit, 10 listeners',
      label: 'node:events emit, adopted, under suspendSignals([emitter])',
      setup() {
        const emitter = emitterWith('node:events', 10);
        const adoption = adoptEmitter(emitter, { name: 'bench' });
        const suspension = suspendSignals([emitter]);
        return {
          run: () => emitter.emit(EVENT, payload),
          teardown() {
            suspension.restore();
            adoption.release();
          },
        };
      },
    },
    {
      id: 'emit.suspended.jest-spyOn',
      group: 'suspended emit, 10 listeners',
      label: "node:events emit, spyOn(e, 'emit').mockImplementation()",
      setup() {
        const emitter = emitterWith('node:events', 10);
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
  return cases;
}
