import { realmRegistry } from '../base/registry';
import type { ReceiverEntry, SignalState } from '../base/signal-state';
import { ANY_SENDER, EMPTY, type Pairs, reaches } from './dispatch';

/**
 * A signal's `send` and `emit` for its current receivers. After `WARM_UP` sends through an
 * unchanged list, the signal gets its own `send` and `emit` (own properties), generated with every
 * receiver at a call site of its own: the caller's call site sees one function, and V8 inlines it
 * and small receivers into it, as tseep does. Where code generation from strings is refused
 * (`--disallow-code-generation-from-strings`, a Content-Security-Policy), or the list is long, the
 * prototype's methods serve with a loop. A list that changes between its sends (connect, send,
 * disconnect in every test) never pays for a compilation.
 *
 * A generated function checks that the list has not changed since (`_version`), else it hands the
 * send to the prototype's method, so an old one kept somewhere (a spy wrapping it) stays exact. It
 * reads each receiver's `off` flag when it reaches it (a receiver may suspend the ones after it),
 * and tests the sender where the connection is bound to one. While a serial test runs it records
 * the send in the test's log itself (`registry.recorder`); any other slow state goes to the method.
 */

/** Sends through an unchanged list before its own `send` and `emit` are generated. */
export const WARM_UP = 8;
/** Longer lists stay with the loop: per receiver, the loop's cost is then small beside a call's. */
const MAX_GENERATED = 16;
/** Marks the generated functions: only those (not a spy, not a subclass's method) are replaced. */
const GENERATED = Symbol.for('signalbox.generatedDispatcher');

// Global names are slow to read inside Jest's vm context: take them once per module.
const ArrayOf = Array;
const FunctionOf = Function;
const defineProperty = Object.defineProperty;
const registry = realmRegistry();
/** Whether the realm allows `new Function`; found out by the first generation. */
let generating = true;

type Method = (this: SignalState, sender: unknown, payload: unknown) => unknown;
type Installed = SignalState & { send: Method; emit: Method };

/** `send`'s loop through `signal._receivers` as they are when it starts. */
export function sendLoop(signal: SignalState, sender: unknown, payload: unknown): Pairs {
  const receivers = signal._receivers;
  const count = receivers.length;
  if (count === 0) return EMPTY;
  // Sized once: growing by push measured ~30% slower with 10 receivers.
  const results: Pairs = new ArrayOf(count);
  let ran = 0;
  for (let i = 0; i < count; i++) {
    const entry = receivers[i]!;
    if (!entry.off && reaches(entry, sender)) {
      const fn = entry.fn as (sender: unknown, payload: unknown, signal: SignalState) => unknown;
      results[ran++] = [fn as never, fn(sender, payload, signal)];
    }
  }
  if (ran === count) return results;
  if (ran === 0) return EMPTY;
  results.length = ran;
  return results;
}

/** `emit`'s loop through `signal._receivers` as they are when it starts. */
export function emitLoop(signal: SignalState, sender: unknown, payload: unknown): void {
  const receivers = signal._receivers;
  const count = receivers.length;
  for (let i = 0; i < count; i++) {
    const entry = receivers[i]!;
    if (!entry.off && reaches(entry, sender)) {
      (entry.fn as (sender: unknown, payload: unknown, signal: SignalState) => unknown)(
        sender,
        payload,
        signal,
      );
    }
  }
}

/**
 * Called by the methods on each send through an unchanged list: at `WARM_UP`, gives the signal its
 * own generated `send` and `emit`, unless something else stands there (a spy, a subclass's method).
 */
export function warmUp(signal: SignalState, methods: { send: Method; emit: Method }): void {
  if (++signal._warm !== WARM_UP) return;
  const installed = signal as Installed;
  for (const name of ['send', 'emit'] as const) {
    const current = installed[name];
    if (current !== methods[name] && (current as { [GENERATED]?: true })[GENERATED] !== true) {
      return;
    }
  }
  const send = generate(signal, methods.send, false);
  const emit = send && generate(signal, methods.emit, true);
  if (send === undefined || emit === undefined) return;
  defineProperty(signal, 'send', { value: send, writable: true, configurable: true });
  defineProperty(signal, 'emit', { value: emit, writable: true, configurable: true });
}

const isPair = (pair: unknown) => pair !== undefined;

/** Whether a send from `sender` reaches receiver `i`, in generated code (`true`: every sender). */
function hears(entry: ReceiverEntry, i: number): string {
  const bound = entry.sender;
  if (bound === ANY_SENDER) return 'true';
  // biome-ignore lint/suspicious/noSelfCompare: a connection bound to NaN hears NaN senders
  return bound !== bound ? 'sender !== sender' : `sender === s${i}`;
}

/** The receivers' calls, each at a call site of its own; suspended receivers are left out. */
function calls(entries: readonly ReceiverEntry[], emit: boolean): string[] {
  const running = entries.flatMap((entry, i) => (entry.off ? [] : [{ i, when: hears(entry, i) }]));
  const call = (i: number) => `f${i}(sender, payload, signal)`;
  if (emit) {
    return running.map(({ i, when }) =>
      when === 'true' ? `${call(i)};` : `if (${when}) ${call(i)};`,
    );
  }
  if (running.length === 0) return ['return EMPTY;'];
  if (running.every(({ when }) => when === 'true')) {
    return [`return [${running.map(({ i }) => `[f${i}, ${call(i)}]`).join(', ')}];`];
  }
  const pairs = running.map(({ i }) => `p${i}`).join(', ');
  return [
    ...running.map(
      ({ i, when }) =>
        `const p${i} = ${when === 'true' ? '' : `${when} ? `}[f${i}, ${call(i)}]${when === 'true' ? '' : ' : undefined'};`,
    ),
    `const results = [${pairs}].filter(isPair);`,
    'return results.length === 0 ? EMPTY : results;',
  ];
}

/** Whether suspension skips a receiver a send from `sender` reaches, in generated code. */
function skips(entries: readonly ReceiverEntry[]): string {
  const conditions = entries.flatMap((entry, i) => (entry.off ? [hears(entry, i)] : []));
  if (conditions.includes('true')) return 'true';
  return conditions.length === 0 ? 'false' : conditions.map((c) => `(${c})`).join(' || ');
}

/**
 * A generated `send` or `emit` for exactly the signal's current receivers and their suspension, or
 * `undefined` where code generation is refused or the list is too long to unroll.
 */
function generate(signal: SignalState, method: Method, emit: boolean): Method | undefined {
  const entries = signal._receivers;
  if (!generating || entries.length > MAX_GENERATED) return undefined;
  const names = ['signal', 'method', 'registry', 'isPair', 'EMPTY'];
  const values: unknown[] = [signal, method, registry, isPair, EMPTY];
  entries.forEach((entry, i) => {
    names.push(`f${i}`, `s${i}`);
    values.push(entry.fn, entry.sender);
  });
  const handOver = 'return method.call(signal, sender, payload);';
  const body = [
    `'use strict';`,
    `return function ${emit ? 'emit' : 'send'}(sender, payload) {`,
    `if (signal._version !== ${signal._version}) ${handOver}`,
    'if (registry.slow) {',
    '  const log = registry.recorder;',
    `  if (log === undefined) ${handOver}`,
    `  log.add(signal, sender, payload, ${skips(entries)});`,
    '}',
    ...calls(entries, emit),
    '};',
  ].join('\n');
  try {
    const generated = new FunctionOf(...names, body)(...values) as Method;
    defineProperty(generated, GENERATED, { value: true });
    return generated;
  } catch (error) {
    // code generation from strings is disallowed in this realm: the methods' loops serve it
    if ((error as Error | undefined)?.name !== 'EvalError') throw error;
    generating = false;
    return undefined;
  }
}
