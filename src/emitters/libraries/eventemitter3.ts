import {
  type EmitterAdapter,
  hasMethods,
  type Listener,
  listenersByEventName,
  NO_LISTENER,
  payloadOf,
} from '../adapter';

interface StoredListener {
  readonly fn: Listener;
  readonly context: unknown;
  readonly once: boolean;
}

interface EventEmitter3 {
  _events: Record<string | symbol, StoredListener | StoredListener[] | undefined>;
  constructor: { prefixed?: string | false };
  listeners(type: unknown): Listener[];
  removeListener(type: unknown, fn: Listener, context?: unknown, once?: boolean): unknown;
}

const ReflectApply = Reflect.apply;
// Global names are slow to read inside Jest's vm context: take them once per module.
const isArray = Array.isArray;

/** The key eventemitter3 stores an event under (`'~'` prefixed where `Object.create` is missing). */
function storedKey(emitter: EventEmitter3, type: unknown): string | symbol {
  const prefix = emitter.constructor.prefixed;
  return (prefix ? `${prefix}${String(type)}` : type) as string | symbol;
}

/** eventemitter3: `_events` of `{ fn, context, once }`, and no `rawListeners` (Node's). */
export const eventemitter3: EmitterAdapter = {
  library: 'eventemitter3',
  methods: ['emit'],

  recognises: (value) =>
    hasMethods(value, ['emit', 'on', 'once', 'removeListener', 'listeners', 'eventNames']) &&
    !hasMethods(value, ['rawListeners']) &&
    typeof (value as { _eventsCount?: unknown })._eventsCount === 'number' &&
    typeof (value as { _events?: unknown })._events === 'object',

  eventKey: (_emitter, type) => type,

  listeners: (emitter, type) => (emitter as EventEmitter3).listeners(type),

  registered: listenersByEventName,

  remove: (emitter, event, fn) => (emitter as EventEmitter3).removeListener(event, fn),

  suspendedResult: (emitter, _method, type) => {
    const ee = emitter as EventEmitter3;
    return ee._events[storedKey(ee, type)] === undefined ? NO_LISTENER : true;
  },

  dispatch(emitter, _method, original, args, gate) {
    const ee = emitter as EventEmitter3;
    const type = args[0];
    const stored = ee._events[storedKey(ee, type)];
    if (stored === undefined) return ReflectApply(original, emitter, args);
    // eventemitter3 iterates the length it started with: listeners added meanwhile wait
    const list = isArray(stored) ? stored.slice() : [stored];
    const payload = payloadOf(args);
    for (const listener of list) {
      if (gate.skips(listener.fn)) continue;
      // eventemitter3 removes a `once` listener before calling it
      if (listener.once) ee.removeListener(type, listener.fn, undefined, true);
      gate.call(listener.fn, listener.context, payload, listener.fn);
    }
    return true;
  },
};
