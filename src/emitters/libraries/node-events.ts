import {
  type EmitterAdapter,
  hasMethods,
  type Listener,
  listenersByEventName,
  NO_LISTENER,
  payloadOf,
} from '../adapter';

interface NodeEmitter {
  _events?: Record<string | symbol, unknown>;
  listeners(type: unknown): Listener[];
  rawListeners(type: unknown): Array<Listener & { listener?: Listener }>;
  removeListener(type: unknown, fn: Listener): unknown;
}

const METHODS = ['emit', 'on', 'removeListener', 'rawListeners', 'prependListener', 'eventNames'];
const ReflectApply = Reflect.apply;

/** `node:events`' `EventEmitter` and its subclasses (`rawListeners` is Node's alone). */
export const nodeEvents: EmitterAdapter = {
  library: 'node:events',
  methods: ['emit'],

  recognises: (value) => hasMethods(value, METHODS) && hasMethods(value, ['setMaxListeners']),

  eventKey: (_emitter, type) => type,

  listeners: (emitter, type) => (emitter as NodeEmitter).listeners(type),

  registered: listenersByEventName,

  remove: (emitter, event, fn) => (emitter as NodeEmitter).removeListener(event, fn),

  // a read of `_events`: a suspended emit costs about what an emit with no listener does
  suspendedResult: (emitter, _method, type) =>
    (emitter as NodeEmitter)._events?.[type as string] === undefined ? NO_LISTENER : true,

  dispatch(emitter, _method, original, args, gate) {
    const node = emitter as NodeEmitter;
    // `rawListeners` is a copy, as Node's emit takes one: listeners added meanwhile wait
    const stored = node.rawListeners(args[0]);
    // no listener: Node's own emit throws an unhandled 'error' and returns false
    if (stored.length === 0) return ReflectApply(original, emitter, args);
    const payload = payloadOf(args);
    for (const listener of stored) {
      // a `once` wrapper removes itself when called, and keeps the user's function as `listener`
      const fn = listener.listener ?? listener;
      if (!gate.skips(fn)) gate.call(listener, emitter, payload, fn);
    }
    return true;
  },
};
