import {
  ANY_EVENT,
  type EmitMethod,
  type EmitterAdapter,
  hasMethods,
  type Listener,
  NO_LISTENER,
  payloadOf,
} from '../adapter';

type Stored = Listener & { _origin?: Listener };

interface EventEmitter2 {
  wildcard?: boolean;
  delimiter?: string;
  event: unknown;
  _all?: Stored[];
  eventNames(): unknown[];
  listeners(type: unknown): Stored[];
  listenersAny(): Stored[];
  off(type: unknown, fn: Listener): unknown;
  offAny(fn: Listener): unknown;
}

const PromiseAll = Promise.all.bind(Promise);
const PromiseResolve = Promise.resolve.bind(Promise);
const ReflectApply = Reflect.apply;
// Global names are slow to read inside Jest's vm context: take them once per module.
const isArray = Array.isArray;

/** `once`, `many` and async-option listeners are wrappers that keep the user's function. */
const originOf = (stored: Stored): Listener => stored._origin ?? stored;

/** EventEmitter2 joins an array event (`['user', 'created']`) with its delimiter when wildcards are on. */
function typeOf(ee: EventEmitter2, type: unknown): unknown {
  if (!ee.wildcard || !isArray(type) || type.some((part) => typeof part === 'symbol')) {
    return type;
  }
  return type.join(ee.delimiter ?? '.');
}

/**
 * `ee.listeners(type)`, as the emit finds them: with wildcards, `listeners` splits a string and
 * copies an array but throws on a symbol, which the emit takes as a one-part name.
 */
function listenersOf(ee: EventEmitter2, type: unknown): Stored[] {
  const named = ee.wildcard && typeof type !== 'string' && !isArray(type) ? [type] : type;
  return ee.listeners(named);
}

/**
 * EventEmitter2 (what `@nestjs/event-emitter` runs on): wildcards and namespaces (`user.*`,
 * `**`), `onAny`, `many`, `emitAsync`.
 */
export const eventemitter2: EmitterAdapter = {
  library: 'EventEmitter2',
  methods: ['emit', 'emitAsync'],

  recognises: (value) => hasMethods(value, ['emit', 'emitAsync', 'onAny', 'listenersAny', 'many']),

  eventKey: (emitter, type) => {
    if (!isArray(type)) return type;
    const joined = typeOf(emitter as EventEmitter2, type);
    return isArray(joined)
      ? joined.map(String).join((emitter as EventEmitter2).delimiter ?? '.')
      : joined;
  },

  // an emit calls the `onAny` listeners first
  listeners: (emitter, type) => {
    const ee = emitter as EventEmitter2;
    return [...ee.listenersAny(), ...listenersOf(ee, type)].map(originOf);
  },

  registered(emitter) {
    const ee = emitter as EventEmitter2;
    const pairs: Array<[unknown, Listener]> = ee
      .listenersAny()
      .map((fn) => [ANY_EVENT, originOf(fn)]);
    for (const event of ee.eventNames()) {
      for (const fn of listenersOf(ee, event)) pairs.push([event, originOf(fn)]);
    }
    return pairs;
  },

  remove(emitter, event, fn) {
    const ee = emitter as EventEmitter2;
    if (event === ANY_EVENT) ee.offAny(fn);
    else ee.off(event, fn);
  },

  suspendedResult(emitter, method: EmitMethod, type) {
    const ee = emitter as EventEmitter2;
    if ((ee._all?.length ?? 0) === 0 && listenersOf(ee, type).length === 0) return NO_LISTENER;
    return method === 'emitAsync' ? PromiseResolve([]) : true;
  },

  dispatch(emitter, method, original, args, gate) {
    const ee = emitter as EventEmitter2;
    const any = ee.listenersAny().slice();
    // no listener: EventEmitter2's own emit throws an unhandled 'error' and returns false
    if (any.length === 0 && listenersOf(ee, args[0]).length === 0) {
      return ReflectApply(original, emitter, args);
    }
    const type = typeOf(ee, args[0]);
    const payload = payloadOf(args);
    // past two arguments, EventEmitter2 hands `onAny` listeners the event as it was given
    const anyArgs = args.length > 3 ? [args[0], ...payload] : [type, ...payload];
    const results: unknown[] = [];
    for (const stored of any) {
      const fn = originOf(stored);
      if (gate.skips(fn)) continue;
      ee.event = type;
      results.push(gate.call(stored, ee, anyArgs, fn));
    }
    // as EventEmitter2 does, the event's listeners are looked up once the `onAny` ones ran
    for (const stored of listenersOf(ee, args[0]).slice()) {
      const fn = originOf(stored);
      if (gate.skips(fn)) continue;
      ee.event = type;
      results.push(gate.call(stored, ee, payload, fn));
    }
    return method === 'emitAsync' ? PromiseAll(results) : true;
  },
};
