/**
 * Listeners of distinct source code, as a real app's receivers are. V8 caches `new Function`
 * compilations by source text, so listeners with equal bodies would share one function's code and
 * inlining decisions, which flatters every library; a per-library tag and a per-listener constant
 * make each one its own function.
 */

/** The work every listener does: a read of the payload and a write V8 cannot drop. */
export function createSink() {
  return { total: 0 };
}

/**
 * `count` listeners for `library`; with `withSender` they take `(sender, payload)` like a signalbox
 * receiver, otherwise `(payload)` like an emitter listener.
 */
export function makeListeners(library, count, sink, withSender) {
  const params = withSender ? 'sender, payload' : 'payload';
  return Array.from({ length: count }, (_, index) => {
    const source = `return function listener${index}(${params}) {
      // ${library} listener ${index}
      sink.total = (sink.total + payload.n + ${index + 1}) | 0;
    };`;
    return new Function('sink', source)(sink);
  });
}

/** One function calling each listener at its own call site: the physical limit of a dispatch. */
export function makeDirectCalls(listeners) {
  const names = listeners.map((_, index) => `f${index}`);
  const calls = names.map((name) => `${name}(payload);`).join(' ');
  return new Function(...names, `return function direct(payload) { ${calls} };`)(...listeners);
}
