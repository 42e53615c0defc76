/**
 * A partly suspended emit is signalbox's own run of the library's listeners (the adapters'
 * `dispatch`): each scenario runs on an emitter of the real library as it is and on an adopted
 * twin while a listener of another event is suspended, and both must leave the same trace — who
 * was called, with which `this` and arguments, what emit returned, what stayed registered.
 */
import { EventEmitter } from 'node:events';
import { EventEmitter2 } from 'eventemitter2';
import EventEmitter3 from 'eventemitter3';
import mitt, { type Emitter as Mitt } from 'mitt';
import { adoptEmitter, type Emitter } from 'signalbox';
import { suspendSignals } from 'signalbox/testing';

type Fn = (...args: unknown[]) => unknown;
type Trace = unknown[];

/** One run of a scenario: its emitter, and `record` for what happened. */
interface Run<E> {
  readonly emitter: E;
  readonly record: (...entry: unknown[]) => void;
  /** A listener that records its name, whether `this` was the emitter, and its arguments. */
  readonly listener: (name: string) => Fn;
}

type Scenario<E> = (run: Run<E>) => void;

/** What every library has; its lists are copies while an emit runs. */
interface Common {
  on(type: string, fn: Fn): unknown;
  off(type: string, fn: Fn): unknown;
  emit(type: string, arg: unknown): unknown;
}

/** A listener added while an emit runs waits for the next; one removed is still called. */
const changedWhileRunning: Scenario<Common> = ({ emitter, record, listener }) => {
  const late = listener('late');
  const removed = listener('removed');
  emitter.on('e', () => {
    emitter.on('e', late);
    emitter.off('e', removed);
  });
  emitter.on('e', removed);
  record(emitter.emit('e', 1), emitter.emit('e', 2));
};

/** Runs `scenario` on a plain emitter and on an adopted twin that suspends a bystander. */
function traces<E extends Emitter & Common>(create: () => E, scenario: Scenario<E>) {
  const traceOf = (adopt: boolean): Trace => {
    const emitter = create();
    const trace: Trace = [];
    const record = (...entry: unknown[]) => trace.push(entry);
    const listener = (name: string) =>
      function (this: unknown, ...args: unknown[]) {
        record(name, this === emitter, ...args);
        return name;
      };
    // a layer that names a listener makes every emit of the emitter judge its listeners one by one
    const bystander = () => record('bystander');
    emitter.on('bystander', bystander);
    if (!adopt) {
      scenario({ emitter, record, listener });
      return trace;
    }
    const adoption = adoptEmitter(emitter, { name: 'twin' });
    try {
      suspendSignals([bystander], () => scenario({ emitter, record, listener }));
    } finally {
      adoption.release();
    }
    return trace;
  };
  return { library: traceOf(false), adopted: traceOf(true) };
}

/** A symbol as the event, and every listener removed by the first. */
const symbolAndRemoveAll: Scenario<Common> = ({ emitter, record, listener }) => {
  const event = Symbol('event') as unknown as string;
  emitter.on(event, listener('symbol'));
  record(emitter.emit(event, 1));
  const second = listener('second');
  emitter.on('e', () => emitter.off('e', second));
  emitter.on('e', second);
  record(emitter.emit('e', 2), emitter.emit('e', 3));
};

const node: Record<string, Scenario<EventEmitter>> = {
  'a symbol event, and a listener removed by the one before it': symbolAndRemoveAll,
  'a listener added or removed while the emit runs': changedWhileRunning,
  'arguments, this and the result, 0 to 4 arguments': ({ emitter, record, listener }) => {
    emitter.on('e', listener('a'));
    emitter.on('e', listener('b'));
    for (const args of [[], [1], [1, 2], [1, 2, 3], [1, 2, 3, 4]])
      record(emitter.emit('e', ...args));
    record(emitter.emit('none'));
  },
  'once and prepend listeners': ({ emitter, record, listener }) => {
    emitter.on('e', listener('on'));
    emitter.once('e', listener('once'));
    emitter.prependListener('e', listener('prepended'));
    emitter.prependOnceListener('e', listener('prepended once'));
    record(emitter.emit('e', 1), emitter.emit('e', 2), emitter.listenerCount('e'));
  },
  "'error' with and without a listener": ({ emitter, record, listener }) => {
    try {
      emitter.emit('error', new Error('unhandled'));
    } catch (error) {
      record('threw', (error as Error).message.split('\n')[0]);
    }
    emitter.on('error', listener('handler'));
    record(emitter.emit('error', 'handled'));
  },
};

const ee3: Record<string, Scenario<EventEmitter3>> = {
  'a symbol event, and a listener removed by the one before it': symbolAndRemoveAll,
  'a listener added or removed while the emit runs': changedWhileRunning,
  'arguments, context and the result, 0 to 6 arguments': ({ emitter, record, listener }) => {
    emitter.on('e', listener('a'));
    const context = { context: true };
    emitter.on(
      'e',
      function (this: unknown) {
        record('context', this === context);
      },
      context,
    );
    for (const args of [[], [1], [1, 2, 3], [1, 2, 3, 4, 5, 6]]) record(emitter.emit('e', ...args));
    record(emitter.emit('none'));
  },
  'once listeners, alone and in a list': ({ emitter, record, listener }) => {
    emitter.once('alone', listener('alone'));
    record(emitter.emit('alone'), emitter.emit('alone'));
    emitter.on('e', listener('on'));
    emitter.once('e', listener('once'));
    record(emitter.emit('e'), emitter.emit('e'), emitter.listenerCount('e'));
  },
};

const ee2 = (options: ConstructorParameters<typeof EventEmitter2>[0]) =>
  ({
    'a listener added or removed while the emit runs': changedWhileRunning,
    'a symbol event, and a listener removed by the one before it': symbolAndRemoveAll,
    'prependListener and prependAny': ({ emitter, record, listener }) => {
      emitter.onAny(listener('any'));
      emitter.prependAny(listener('prepended any'));
      emitter.on('e', listener('own'));
      emitter.prependListener('e', listener('prepended'));
      record(emitter.emit('e', 1));
    },
    'arguments, this and the result, 0 to 4 arguments': ({ emitter, record, listener }) => {
      emitter.onAny(listener('any'));
      emitter.on('user.created', listener('own'));
      for (const args of [[], [1], [1, 2], [1, 2, 3], [1, 2, 3, 4]]) {
        record(emitter.emit('user.created', ...args));
        if (options?.wildcard) record(emitter.emit(['user', 'created'], ...args));
      }
      record(emitter.emit('none'));
    },
    'wildcards and many': ({ emitter, record, listener }) => {
      if (options?.wildcard) {
        emitter.on('user.*', listener('user.*'));
        emitter.on('**', listener('**'));
      }
      emitter.many('user.created', 2, listener('many'));
      for (let i = 0; i < 3; i++) record(emitter.emit('user.created', i));
      record(emitter.listenerCount('user.created'));
    },
    'an onAny listener adds and removes listeners of the event emitted': ({
      emitter,
      record,
      listener,
    }) => {
      const removed = listener('removed');
      emitter.on('e', removed);
      emitter.onAny(() => {
        emitter.on('e', listener('added by any'));
        emitter.off('e', removed);
      });
      record(emitter.emit('e', 1));
      record(emitter.listenerCount('e'));
    },
    "'error' with no listener, and with only an onAny one": ({ emitter, record, listener }) => {
      try {
        emitter.emit('error', new Error('unhandled'));
      } catch (error) {
        record('threw', (error as Error).message.split('\n')[0]);
      }
      emitter.onAny(listener('any'));
      record(emitter.emit('error', new Error('seen by onAny')));
    },
  }) satisfies Record<string, Scenario<EventEmitter2>>;

const mittScenarios: Record<string, Scenario<Mitt<Record<string, unknown>>>> = {
  'a symbol event, and a listener removed by the one before it': symbolAndRemoveAll,
  'a listener added or removed while the emit runs': changedWhileRunning,
  "the event's handlers, then the '*' ones": ({ emitter, listener }) => {
    emitter.on('*', listener('*'));
    emitter.on('e', listener('own'));
    emitter.emit('e', 1);
    emitter.emit('other', 2);
  },
  "a '*' handler added or removed by an event's handler": ({ emitter, listener }) => {
    const removed = listener('removed *');
    emitter.on('*', removed);
    emitter.on('e', () => {
      emitter.on('*', listener('added *'));
      emitter.off('*', removed);
    });
    emitter.emit('e', 1);
  },
};

/** Each scenario as a test case: both runs, compared. */
const compared = <E extends Emitter & Common>(
  create: () => E,
  scenarios: Record<string, Scenario<E>>,
) =>
  Object.entries(scenarios).map(([name, scenario]): [string, () => void] => [
    name,
    () => {
      const { library, adopted } = traces(create, scenario);
      expect(adopted).toEqual(library);
    },
  ]);

describe.each([
  ['node:events', compared(() => new EventEmitter(), node)],
  ['eventemitter3', compared(() => new EventEmitter3(), ee3)],
  ['EventEmitter2', compared(() => new EventEmitter2(), ee2({}))],
  [
    'EventEmitter2 with wildcards',
    compared(() => new EventEmitter2({ wildcard: true }), ee2({ wildcard: true })),
  ],
  ['mitt', compared(() => mitt<Record<string, unknown>>(), mittScenarios)],
])('%s', (_library, cases) => {
  test.each(cases)('%s: the adopted emitter does what the library does', (_name, check) => check());
});

describe.each([
  ['EventEmitter2', {}],
  ['EventEmitter2 with wildcards', { wildcard: true }],
] as const)('%s', (_name, options) => {
  test('emitAsync resolves to what the library resolves to', async () => {
    const results = async (adopt: boolean) => {
      const emitter = new EventEmitter2(options);
      const bystander = () => 'bystander';
      emitter.on('bystander', bystander);
      emitter.onAny(async (type: unknown) => `any ${String(type)}`);
      emitter.on('order.placed', async (id: number) => `mailed ${id}`);
      emitter.many('order.placed', 1, (id: number) => `once ${id}`);
      if (!adopt)
        return [
          await emitter.emitAsync('order.placed', 1),
          await emitter.emitAsync('order.placed', 2),
        ];
      const adoption = adoptEmitter(emitter, { name: 'twin' });
      try {
        return await suspendSignals([bystander], async () => [
          await emitter.emitAsync('order.placed', 1),
          await emitter.emitAsync('order.placed', 2),
        ]);
      } finally {
        adoption.release();
      }
    };
    expect(await results(true)).toEqual(await results(false));
  });
});
