import { type EmitterAdapter, hasMethods, type Listener } from '../adapter';

interface Mitt {
  readonly all: Map<unknown, Listener[]>;
}

const toStringOf = Object.prototype.toString;

/** The handlers one emit calls: the event's, then the `'*'` handlers, each list as it was. */
function handlersOf(emitter: object, type: unknown): { own: Listener[]; any: Listener[] } {
  const all = (emitter as Mitt).all;
  return { own: all.get(type)?.slice() ?? [], any: all.get('*')?.slice() ?? [] };
}

/** mitt: a plain object whose `emit` is its own property, and the handlers in `all`, a Map. */
export const mitt: EmitterAdapter = {
  library: 'mitt',
  methods: ['emit'],

  recognises: (value) =>
    hasMethods(value, ['on', 'off', 'emit']) &&
    toStringOf.call((value as { all?: unknown }).all) === '[object Map]',

  eventKey: (_emitter, type) => type,

  listeners(emitter, type) {
    const { own, any } = handlersOf(emitter, type);
    return [...own, ...any];
  },

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
    const { own, any } = handlersOf(emitter, type);
    for (const handler of own)
      if (!gate.skips(handler)) gate.call(handler, undefined, [event], handler);
    for (const handler of any) {
      if (!gate.skips(handler)) gate.call(handler, undefined, [type, event], handler);
    }
    return undefined;
  },
};
