import {
  type EmitterAdapter,
  hasMethods,
  type Listener,
  listenersByEventName,
  NO_LISTENER,
  payloadOf,
} from '../adapter';

interface NodeEmitter {
  emit(type: unknown, ...args: unknown[]): boolean;
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
    const type = args[0];
    // `rawListeners` is a copy, as Node's emit takes one: listeners added meanwhile wait
    const stored = node.rawListeners(type);
    // no listener: Node's own emit throws an unhandled 'error' and returns false
    if (stored.length === 0) return ReflectApply(original, emitter, args);
    const payload = payloadOf(args);
    if (type === 'error') monitorError(node, original, payload);
    const captures = capturesRejections(node);
    for (const listener of stored) {
      // a `once` wrapper removes itself when called, and keeps the user's function as `listener`
      const fn = listener.listener ?? listener;
      if (gate.skips(fn)) continue;
      const result = gate.call(listener, emitter, payload, fn);
      if (captures) captureRejection(node, result, type, payload);
    }
    return true;
  },
};

/** Node's emit of `'error'` first emits it to the `errorMonitor` listeners, which never suspend. */
function monitorError(node: NodeEmitter, original: Listener, payload: unknown[]): void {
  const monitor = staticOf(node, 'errorMonitor');
  if (typeof monitor === 'symbol' && node._events?.[monitor] !== undefined) {
    ReflectApply(original, node, [monitor, ...payload]);
  }
}

/**
 * Node keeps `captureRejections` under a symbol of its own (`kCapture`) on each emitter; it is
 * found once, by its description, on the first emitter that has it.
 */
let kCapture: symbol | undefined;

function capturesRejections(node: NodeEmitter): boolean {
  kCapture ??= Object.getOwnPropertySymbols(node).find((key) => key.description === 'kCapture');
  return kCapture !== undefined && (node as unknown as Record<symbol, unknown>)[kCapture] === true;
}

/**
 * As Node's emit does with `captureRejections`: a listener's rejected promise goes, on the next
 * tick, to the emitter's `Symbol.for('nodejs.rejection')` method if it has one, else to `'error'`.
 */
function captureRejection(
  node: NodeEmitter,
  result: unknown,
  type: unknown,
  payload: unknown[],
): void {
  const then = (result as { then?: unknown } | null | undefined)?.then;
  if (typeof then !== 'function') return;
  ReflectApply(then, result, [
    undefined,
    (error: unknown) => nextTick(() => rejected(node, error, type, payload)),
  ]);
}

function rejected(node: NodeEmitter, error: unknown, type: unknown, payload: unknown[]) {
  const record = node as unknown as Record<symbol, unknown>;
  const onRejection = record[Symbol.for('nodejs.rejection')];
  if (typeof onRejection === 'function') {
    ReflectApply(onRejection, node, [error, type, ...payload]);
    return;
  }
  // Node turns capturing off for this emit, so an 'error' listener that rejects cannot loop
  const key = kCapture as symbol;
  const previous = record[key];
  record[key] = false;
  try {
    node.emit('error', error);
  } finally {
    record[key] = previous;
  }
}

/** A static of the emitter's class (`EventEmitter.errorMonitor`), inherited by subclasses. */
function staticOf(node: NodeEmitter, name: string): unknown {
  return (node.constructor as unknown as Record<string, unknown> | undefined)?.[name];
}

const nextTick: (callback: () => void) => void =
  (globalThis as { process?: { nextTick(callback: () => void): void } }).process?.nextTick ??
  queueMicrotask;
