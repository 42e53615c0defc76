import { type EmitterAdapter, hasMethods, type Listener } from '../adapter';

interface Mitt {
  readonly all: Map<unknown, Listener[]>;
}

const toStringOf = Object.prototype.toString;

/** The handlers of `type`, as they are now. */
const handlersOf = (emitter: object, type: unknown): Listener[] =>
  (emitter as Mitt).all.get(type)?.slice() ?? [];

/** mitt: a plain object whose `emit` is its own property, and the handlers in `all`, a Map. */
export const mitt: EmitterAdapter = {
  library: 'mitt',
  methods: ['emit'],

  recognises: (value) =>
    hasMethods(value, ['on', 'off', 'emit']) &&
    toStringOf.call((value as { all?: unknown }).all) === '[object Map]',

  eventKey: (_emitter, type) => type,

  listeners: (emitter, type) => [...handlersOf(emitter, type), ...handlersOf(emitter, '*')],

  registered: (emitter) =>
    [...(emitter as Mitt).all].flatMap(([event, list]) =>
      list.map((fn): [unknown, Listener] => [event, fn]),
    ),

  remove: (emitter, event, fn) =>
    (emitter as { off(type: unknown, fn: Listener): void }).off(event, fn),

  // mitt's emit returns nothing, listeners or not
  suspendedResult: () => undefined,

  dispatch(emitter, _method, _original, args, gate) {
    const type = args[0];
    const event = args[1];
    for (const handler of handlersOf(emitter, type)) {
      if (!gate.skips(handler)) gate.call(handler, undefined, [event], handler);
    }
    // as mitt does, the '*' handlers are looked up once the event's ran
    for (const handler of handlersOf(emitter, '*')) {
      if (!gate.skips(handler)) gate.call(handler, undefined, [type, event], handler);
    }
    return undefined;
  },
};
