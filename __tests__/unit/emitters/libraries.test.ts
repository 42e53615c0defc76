/**
 * Adopted emitters of the real libraries under suspension layers (the block and handle forms, no
 * environment): what is called, what each library's emit returns, and what stays registered.
 */
import { captureRejectionSymbol, EventEmitter, errorMonitor } from 'node:events';
import { EventEmitter2 } from 'eventemitter2';
import EventEmitter3 from 'eventemitter3';
import mitt from 'mitt';
import { adoptEmitter, type Emitter, type EmitterAdoption } from 'signalbox';
import { resumeSignals, suspendSignals } from 'signalbox/testing';

type Emit = (type: string, ...args: unknown[]) => unknown;

/** Each library as the tests drive it: make one, listen, emit, count. */
interface Library {
  readonly create: () => Emitter;
  readonly on: (emitter: Emitter, type: string, fn: (...args: never[]) => void) => void;
  readonly count: (emitter: Emitter, type: string) => number;
  /** What the library's emit returns when the event has listeners. */
  readonly heard: unknown;
}

const libraries: Record<string, Library> = {
  'node:events': {
    create: () => new EventEmitter(),
    on: (e, type, fn) => (e as EventEmitter).on(type, fn as () => void),
    count: (e, type) => (e as EventEmitter).listenerCount(type),
    heard: true,
  },
  eventemitter3: {
    create: () => new EventEmitter3(),
    on: (e, type, fn) => (e as EventEmitter3).on(type, fn as () => void),
    count: (e, type) => (e as EventEmitter3).listenerCount(type),
    heard: true,
  },
  EventEmitter2: {
    create: () => new EventEmitter2(),
    on: (e, type, fn) => (e as EventEmitter2).on(type, fn as () => void),
    count: (e, type) => (e as EventEmitter2).listenerCount(type),
    heard: true,
  },
  mitt: {
    create: () => mitt(),
    on: (e, type, fn) => (e as ReturnType<typeof mitt>).on(type, fn as () => void),
    count: (e, type) => (e as ReturnType<typeof mitt>).all.get(type)?.length ?? 0,
    heard: undefined,
  },
};

const adopted: EmitterAdoption[] = [];
afterEach(() => {
  for (const adoption of adopted.splice(0)) adoption.release();
});

function adopt(emitter: Emitter, name: string): void {
  adopted.push(adoptEmitter(emitter, { name }));
}

const emit = (emitter: Emitter, type: string, ...args: unknown[]) =>
  (emitter as { emit: Emit }).emit(type, ...args);

describe.each(Object.entries(libraries))('%s', (library, { create, on, count, heard }) => {
  test('adopting recognises the library, and adds no listener', () => {
    const emitter = create();
    on(emitter, 'created', () => {});
    const adoption = adoptEmitter(emitter, { name: 'users' });
    adopted.push(adoption);
    expect(adoption.library).toBe(library);
    expect(count(emitter, 'created')).toBe(1);
  });

  test('suspendSignals(emitter): no listener runs, each stays registered, emit returns as before', () => {
    const emitter = create();
    const calls: string[] = [];
    on(emitter, 'created', () => calls.push('a'));
    on(emitter, 'created', () => calls.push('b'));
    adopt(emitter, 'users');
    const result = suspendSignals([emitter], () => emit(emitter, 'created', { id: 1 }));
    expect(result).toBe(heard);
    expect(calls).toEqual([]);
    expect(count(emitter, 'created')).toBe(2);
    expect(emit(emitter, 'created', { id: 2 })).toBe(heard);
    expect(calls).toEqual(['a', 'b']);
  });

  test("a '<name>:<event>' target suspends that event only", () => {
    const emitter = create();
    const calls: string[] = [];
    on(emitter, 'created', (user: unknown) => calls.push(`created ${JSON.stringify(user)}`));
    on(emitter, 'deleted', () => calls.push('deleted'));
    adopt(emitter, 'users');
    suspendSignals('users:created', () => {
      emit(emitter, 'created', { id: 1 });
      emit(emitter, 'deleted');
    });
    expect(calls).toEqual(['deleted']);
  });

  test('resumeSignals([listener]) runs that listener alone, in its place', () => {
    const emitter = create();
    const calls: string[] = [];
    const audit = (user: { id: number }) => calls.push(`audit ${user.id}`);
    on(emitter, 'created', () => calls.push('mail'));
    on(emitter, 'created', audit);
    on(emitter, 'created', () => calls.push('index'));
    adopt(emitter, 'users');
    suspendSignals('users:created', () =>
      resumeSignals([audit], () => emit(emitter, 'created', { id: 7 })),
    );
    expect(calls).toEqual(['audit 7']);
  });

  test('{ except: [listener] } and { except: [event] } keep those running', () => {
    const emitter = create();
    const calls: string[] = [];
    const audit = () => calls.push('audit');
    on(emitter, 'created', () => calls.push('mail'));
    on(emitter, 'created', audit);
    on(emitter, 'deleted', () => calls.push('deleted'));
    adopt(emitter, 'users');
    suspendSignals({ except: [audit, 'users:deleted'] }, () => {
      emit(emitter, 'created');
      emit(emitter, 'deleted');
    });
    expect(calls).toEqual(['audit', 'deleted']);
  });

  test('a listener added while a partly suspended emit runs waits for the next emit', () => {
    const emitter = create();
    const calls: string[] = [];
    const late = () => calls.push('late');
    const adds = () => {
      calls.push('adds');
      on(emitter, 'created', late);
    };
    on(emitter, 'created', () => calls.push('suspended'));
    on(emitter, 'created', adds);
    adopt(emitter, 'users');
    suspendSignals({ except: [adds, late] }, () => {
      emit(emitter, 'created');
      expect(calls).toEqual(['adds']);
      emit(emitter, 'created');
    });
    expect(calls).toEqual(['adds', 'adds', 'late']);
  });

  test('an emitter no layer concerns emits through the library itself, its own keys as before', () => {
    const emitter = create();
    const before = (emitter as { emit: Emit }).emit;
    const keys = Reflect.ownKeys(emitter);
    adopt(emitter, 'users');
    expect((emitter as { emit: Emit }).emit).toBe(before);
    const other = suspendSignals('other_signal');
    expect((emitter as { emit: Emit }).emit).toBe(before);
    const named = suspendSignals('users:created');
    expect((emitter as { emit: Emit }).emit).not.toBe(before);
    named.restore();
    other.restore();
    expect((emitter as { emit: Emit }).emit).toBe(before);
    expect(Reflect.ownKeys(emitter)).toEqual(keys);
  });

  test('release() gives the emitter back exactly as it was', () => {
    const emitter = create();
    const keys = Reflect.ownKeys(emitter);
    const descriptor = Object.getOwnPropertyDescriptor(emitter, 'emit');
    const adoption = adoptEmitter(emitter, { name: 'users' });
    const handle = suspendSignals([emitter]);
    adoption.release();
    adoption.release();
    expect(Reflect.ownKeys(emitter)).toEqual(keys);
    expect(Object.getOwnPropertyDescriptor(emitter, 'emit')).toEqual(descriptor);
    const calls: string[] = [];
    on(emitter, 'created', () => calls.push('ran'));
    emit(emitter, 'created');
    expect(calls).toEqual(['ran']);
    handle.restore();
  });

  test('an emitter that is not adopted is never touched', () => {
    const emitter = create();
    const calls: string[] = [];
    on(emitter, 'created', () => calls.push('ran'));
    emit(emitter, 'created');
    const keys = Reflect.ownKeys(emitter);
    suspendSignals(() => emit(emitter, 'created'));
    expect(calls).toEqual(['ran', 'ran']);
    expect(Reflect.ownKeys(emitter)).toEqual(keys);
  });
});

describe('node:events semantics', () => {
  test("suspending everything leaves 'error' listeners running; with none, emit('error') still throws", () => {
    const emitter = new EventEmitter();
    const errors: unknown[] = [];
    adopt(emitter, 'jobs');
    suspendSignals(() => {
      expect(() => emitter.emit('error', new Error('boom'))).toThrow('boom');
      emitter.on('error', (error) => errors.push(error));
      expect(emitter.emit('error', new Error('heard'))).toBe(true);
    });
    expect(errors).toEqual([new Error('heard')]);
  });

  test('an emit with no listener returns false, suspended or not', () => {
    const emitter = new EventEmitter();
    adopt(emitter, 'jobs');
    expect(suspendSignals([emitter], () => emitter.emit('nobody'))).toBe(false);
  });

  test('once: a suspended once listener is not consumed; a resumed one runs once', () => {
    const emitter = new EventEmitter();
    const calls: string[] = [];
    const first = () => calls.push('first');
    emitter.once('ready', first);
    emitter.once('ready', () => calls.push('second'));
    adopt(emitter, 'app');
    suspendSignals([emitter], () => emitter.emit('ready'));
    expect(emitter.listenerCount('ready')).toBe(2);
    suspendSignals([emitter], () =>
      resumeSignals([first], () => {
        emitter.emit('ready');
        emitter.emit('ready');
      }),
    );
    expect(calls).toEqual(['first']);
    expect(emitter.listenerCount('ready')).toBe(1);
    emitter.emit('ready');
    expect(calls).toEqual(['first', 'second']);
  });

  test('prependListener keeps its place in a partly suspended emit', () => {
    const emitter = new EventEmitter();
    const calls: string[] = [];
    const kept = () => calls.push('appended');
    const early = () => calls.push('prepended');
    emitter.on('tick', kept);
    emitter.on('tick', () => calls.push('suspended'));
    emitter.prependListener('tick', early);
    adopt(emitter, 'clock');
    suspendSignals({ except: [kept, early] }, () => emitter.emit('tick'));
    expect(calls).toEqual(['prepended', 'appended']);
  });

  test("errorMonitor listeners see an 'error' before its listeners, in a partly suspended emit too", () => {
    const emitter = new EventEmitter();
    const calls: string[] = [];
    emitter.on(errorMonitor, (error: Error) => calls.push(`monitor ${error.message}`));
    const handled = (error: Error) => calls.push(`handled ${error.message}`);
    emitter.on('error', handled);
    emitter.on('error', () => calls.push('suspended'));
    adopt(emitter, 'jobs');
    expect(
      suspendSignals('jobs:error', () =>
        resumeSignals([handled], () => emitter.emit('error', new Error('boom'))),
      ),
    ).toBe(true);
    expect(calls).toEqual(['monitor boom', 'handled boom']);
  });

  test("captureRejections: a rejected listener's error reaches 'error' in a partly suspended emit", async () => {
    const emitter = new EventEmitter({ captureRejections: true });
    const errors: string[] = [];
    emitter.on('error', (error: Error) => errors.push(error.message));
    const failing = async () => {
      throw new Error('rejected');
    };
    emitter.on('saved', failing);
    emitter.on('saved', () => errors.push('suspended ran'));
    adopt(emitter, 'jobs');
    suspendSignals('jobs:saved', () => resumeSignals([failing], () => emitter.emit('saved')));
    await new Promise((resolve) => setImmediate(resolve));
    expect(errors).toEqual(['rejected']);
  });

  test('captureRejections: a rejection goes to the emitter\'s Symbol.for("nodejs.rejection") method when it has one', async () => {
    const seen: unknown[] = [];
    class Jobs extends EventEmitter {
      override [captureRejectionSymbol](error: Error, event: string, ...args: unknown[]) {
        seen.push(error.message, event, ...args);
      }
    }
    const jobs = new Jobs({ captureRejections: true });
    const failing = async () => {
      throw new Error('rejected');
    };
    jobs.on('saved', failing);
    jobs.on('saved', () => seen.push('suspended ran'));
    adopt(jobs, 'jobs');
    suspendSignals('jobs:saved', () => resumeSignals([failing], () => jobs.emit('saved', 7)));
    await new Promise((resolve) => setImmediate(resolve));
    expect(seen).toEqual(['rejected', 'saved', 7]);
  });

  test('without captureRejections a rejected listener is left to the promise, as Node leaves it', async () => {
    const emitter = new EventEmitter();
    const errors: unknown[] = [];
    emitter.on('error', (error) => errors.push(error));
    let rejection: Promise<void> | undefined;
    const failing = () => {
      rejection = Promise.reject(new Error('rejected'));
      return rejection;
    };
    emitter.on('saved', failing);
    emitter.on('saved', () => errors.push('suspended ran'));
    adopt(emitter, 'jobs');
    suspendSignals('jobs:saved', () => resumeSignals([failing], () => emitter.emit('saved')));
    await expect(rejection).rejects.toThrow('rejected');
    expect(errors).toEqual([]);
  });

  test('a subclass is adopted as node:events, its own methods kept', () => {
    class Users extends EventEmitter {
      create(id: number) {
        return this.emit('created', id);
      }
    }
    const users = new Users();
    const ids: number[] = [];
    users.on('created', (id: number) => ids.push(id));
    expect(adoptEmitter(users, { name: 'users' }).library).toBe('node:events');
    adopted.push(adoptEmitter(users, { name: 'users' }));
    expect(suspendSignals([users], () => users.create(1))).toBe(true);
    users.create(2);
    expect(ids).toEqual([2]);
  });
});

describe('EventEmitter2 semantics', () => {
  test('wildcard listeners (user.*, **) are suspended with the event emitted', () => {
    const bus = new EventEmitter2({ wildcard: true });
    const calls: string[] = [];
    bus.on('user.*', () => calls.push('user.*'));
    bus.on('**', () => calls.push('**'));
    bus.on('user.created', () => calls.push('user.created'));
    adopt(bus, 'bus');
    suspendSignals('bus:user.created', () => {
      bus.emit('user.created', 1);
      bus.emit('user.deleted', 2);
    });
    expect(calls.sort()).toEqual(['**', 'user.*']);
  });

  test('resumeSignals([fn]) in a wildcard emit, and an array event name', () => {
    const bus = new EventEmitter2({ wildcard: true });
    const calls: string[] = [];
    const any = () => calls.push('user.*');
    bus.on('user.*', any);
    bus.on('user.created', () => calls.push('user.created'));
    adopt(bus, 'bus');
    suspendSignals([bus], () => resumeSignals([any], () => bus.emit(['user', 'created'])));
    expect(calls).toEqual(['user.*']);
  });

  test('emitAsync: suspended resolves to no results, resumed resolves to the listeners results', async () => {
    const bus = new EventEmitter2();
    const audit = async (id: number) => `audited ${id}`;
    bus.on('order.placed', async (id: number) => `mailed ${id}`);
    bus.on('order.placed', audit);
    adopt(bus, 'orders');
    await expect(suspendSignals([bus], () => bus.emitAsync('order.placed', 1))).resolves.toEqual(
      [],
    );
    const partly = suspendSignals([bus], () =>
      resumeSignals([audit], () => bus.emitAsync('order.placed', 2)),
    );
    await expect(partly).resolves.toEqual(['audited 2']);
    await expect(bus.emitAsync('order.placed', 3)).resolves.toEqual(['mailed 3', 'audited 3']);
  });

  test("onAny listeners are the emitted event's listeners; once and many are not consumed while suspended", () => {
    const bus = new EventEmitter2();
    const calls: string[] = [];
    const spy = (event: string | string[]) => calls.push(`any ${String(event)}`);
    bus.onAny(spy);
    bus.many('tick', 2, () => calls.push('many'));
    adopt(bus, 'clock');
    suspendSignals('clock:tick', () => bus.emit('tick'));
    expect(calls).toEqual([]);
    expect(bus.listenerCount('tick')).toBe(1);
    suspendSignals({ except: [spy] }, () => bus.emit('tick'));
    expect(calls).toEqual(['any tick']);
    bus.emit('tick');
    bus.emit('tick');
    bus.emit('tick');
    expect(calls.filter((call) => call === 'many')).toHaveLength(2);
  });

  test('with wildcards, a symbol event is adopted and emitted, suspended too, as EventEmitter2 emits it', () => {
    const bus = new EventEmitter2({ wildcard: true });
    const event = Symbol('tick');
    bus.on(event, () => {});
    const own = bus.emit(event);
    adopt(bus, 'bus');
    expect(suspendSignals([bus], () => bus.emit(event))).toBe(own);
    expect(suspendSignals({ except: [() => {}] }, () => bus.emit(event))).toBe(own);
  });

  test("'error' with no listener still throws", () => {
    const bus = new EventEmitter2();
    adopt(bus, 'bus');
    suspendSignals(() => expect(() => bus.emit('error', new Error('boom'))).toThrow('boom'));
  });
});

describe('mitt semantics', () => {
  test("a '*' handler is a listener of every emitted event", () => {
    const bus = mitt<{ created: number; deleted: number }>();
    const calls: string[] = [];
    const all = (type: string | symbol, id: unknown) => calls.push(`* ${String(type)} ${id}`);
    bus.on('*', all);
    bus.on('created', (id) => calls.push(`created ${id}`));
    adopt(bus, 'bus');
    suspendSignals('bus:created', () => {
      bus.emit('created', 1);
      bus.emit('deleted', 2);
    });
    suspendSignals('bus:created', () => resumeSignals([all], () => bus.emit('created', 3)));
    expect(calls).toEqual(['* deleted 2', '* created 3']);
  });
});
