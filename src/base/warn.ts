/**
 * Prints a warning whose console stack holds none of signalbox's frames: Jest prints, under each
 * console message, the stack of the `console.warn` call, and a call from signalbox's code would end
 * every warning with signalbox's internals. Queued as the console's own bound method, the call
 * comes from Node's microtask queue, whose frames Jest hides; it runs before the test runner moves
 * on (it awaits between events).
 */
export function warnWithoutFrames(console: { warn(message: string): void }, message: string): void {
  queueMicrotask(console.warn.bind(console, message));
}
