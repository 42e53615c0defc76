import type { View } from '../base/layers';
import { protectFromJestCleanup } from '../base/protect-from-cleanup';
import { EMIT_ARGS_ARRAY, realmRegistry } from '../base/registry';
import type { Call, ReceiverEntry, SignalState } from '../base/signal-state';
import { ANY_SENDER } from '../signals/dispatch';
import { isSuspended, Verdict, verdictForAll } from '../signals/suspension';
import {
  ANY_EVENT,
  type EmitMethod,
  type EmitterAdapter,
  type Listener,
  type ListenerGate,
  NO_LISTENER,
  payloadOf,
} from './adapter';
import { emitterVerdict } from './emitter-verdict';

/**
 * An adopted emitter: each of its events is a signal-like target (`'users:created'`) that the
 * realm's layers decide about. Its emit methods are replaced only while something needs it, and
 * by the cheapest function that serves:
 * - `Run` (no layer concerns it, no test records): the emitter is as it was, untouched;
 * - `Suspend` (a layer silences all of it): `shut`, which returns what the library would;
 * - `PerReceiver` (anything else: some events or listeners named, a test recording, a concurrent
 *   test's view, the profile): `interceptor`, which judges each emit.
 */
export interface Adoption {
  readonly emitter: object;
  readonly name: string;
  readonly adapter: EmitterAdapter;
  readonly events: Map<unknown, AdoptedEvent>;
  readonly methods: readonly InterceptedMethod[];
  mode: Verdict;
  /** The event the last emit of a string, number or symbol named: emits in a row skip the lookup. */
  last: AdoptedEvent | undefined;
}

interface InterceptedMethod {
  readonly key: EmitMethod;
  /** The emitter's own property before adoption (mitt's `emit`), restored on release. */
  readonly own: PropertyDescriptor | undefined;
  readonly original: Listener;
  readonly interceptor: Listener;
  readonly shut: Listener;
}

/** One event of an adopted emitter, as suspension and the send log see it. */
export interface AdoptedEvent extends SignalState {
  readonly owner: object;
  readonly adoption: Adoption;
  /** The event as the first emit or listener named it. */
  readonly type: unknown;
  /** The event as the adapter knows it (`eventKey`). */
  readonly key: unknown;
  /** What the global layers decide for all its listeners, as of `epoch` (`Run` when none does). */
  verdict: Verdict;
  epoch: number;
  readonly entries: WeakMap<Listener, ReceiverEntry>;
}

interface EmitterRealm {
  readonly version: 1;
  readonly adoptions: Map<object, Adoption>;
  readonly byName: Map<string, Adoption>;
  /** Bumped at each layer change: events judge themselves again on their next emit. */
  epoch: number;
}

const EMITTERS = Symbol.for('signalbox.emitters');
/** An emitter's events that suspending everything leaves running: errors must reach a handler. */
const isSpared = (type: unknown) =>
  type === 'error' || type === 'newListener' || type === 'removeListener';
const registry = realmRegistry();
const ReflectApply = Reflect.apply;
/**
 * This realm's `call`: the library's own (`node:events`' is Jest's outer realm's) is a builtin of
 * another realm, which V8 does not turn into a direct call: it measured ~50 ns an emit in a test.
 */
const FunctionCall = Function.prototype.call;
const getOwnPropertyDescriptor = Object.getOwnPropertyDescriptor;
const defineProperty = Object.defineProperty;

/** The adoptions of this realm, shared by every copy of the package. */
export function emitterRealm(): EmitterRealm {
  const global = globalThis as { [EMITTERS]?: EmitterRealm };
  let realm = global[EMITTERS];
  if (realm === undefined) {
    realm = { version: 1, adoptions: new Map(), byName: new Map(), epoch: 0 };
    protectFromJestCleanup(realm);
    defineProperty(global, EMITTERS, { value: realm, configurable: true });
  }
  return realm;
}

const realm = emitterRealm();

export function displayName(adoption: Adoption, key: unknown): string {
  return `${adoption.name}:${typeof key === 'symbol' ? (key.description ?? '') : String(key)}`;
}

/** The event `type` of `adoption`, created (and its name made known) on first use. */
export function eventOf(adoption: Adoption, type: unknown): AdoptedEvent {
  let event = adoption.last;
  if (event === undefined || event.type !== type) event = lookUpEvent(adoption, type);
  if (event.epoch !== realm.epoch) {
    const verdict = verdictForAll(registry.global.layers, event, registry.settingChanged);
    event.verdict = verdict === Verdict.Undecided ? Verdict.Run : verdict;
    event.epoch = realm.epoch;
  }
  return event;
}

function lookUpEvent(adoption: Adoption, type: unknown): AdoptedEvent {
  const key = adoption.adapter.eventKey(adoption.emitter, type);
  let event = adoption.events.get(key);
  if (event === undefined) {
    const name = displayName(adoption, key);
    event = {
      name,
      owner: adoption.emitter,
      spared: isSpared(key),
      adoption,
      type,
      key,
      _receivers: [],
      _version: 0,
      _warm: 0,
      _index: undefined,
      _shut: false,
      _offCount: 0,
      verdict: Verdict.Undecided,
      epoch: -1,
      entries: new WeakMap(),
    };
    adoption.events.set(key, event);
    registry.names.add(name);
  }
  // an array (EventEmitter2's `['user', 'created']`) may change between emits: looked up each time
  if (typeof type !== 'object' && typeof type !== 'function') adoption.last = event;
  return event;
}

/** A listener's stable entry: the profile and the layers' function targets key on it. */
export function entryOf(event: AdoptedEvent, fn: Listener): ReceiverEntry {
  let entry = event.entries.get(fn);
  if (entry === undefined) {
    entry = { fn, sender: ANY_SENDER, key: fn, suspending: false, off: false };
    event.entries.set(fn, entry);
  }
  return entry;
}

function offGlobally(event: AdoptedEvent, entry: ReceiverEntry): boolean {
  if (event.verdict === Verdict.Suspend) return true;
  if (event.verdict !== Verdict.PerReceiver) return false;
  const { layers, values } = registry.global;
  return isSuspended(registry, layers, values, event, entry);
}

/**
 * Before the send log records an emit: the event's entries as they are now, so that the log can
 * tell whether suspension skipped a listener (in a concurrent test's view too).
 */
function syncEntries(event: AdoptedEvent): void {
  const { adapter, emitter } = event.adoption;
  const entries = adapter.listeners(emitter, event.type).map((fn) => entryOf(event, fn));
  let off = 0;
  for (const entry of entries) {
    entry.off = offGlobally(event, entry);
    if (entry.off) off++;
  }
  event._receivers = entries;
  event._offCount = off;
  event._shut = off !== 0 && off === entries.length;
}

const applyListener: Call = (fn, thisArg, args) => ReflectApply(fn, thisArg, args as unknown[]);

class Gate implements ListenerGate {
  constructor(
    private readonly event: AdoptedEvent,
    private readonly view: View | undefined,
  ) {}

  skips(fn: Listener): boolean {
    const { event, view } = this;
    const entry = entryOf(event, fn);
    return view === undefined
      ? offGlobally(event, entry)
      : isSuspended(registry, view.layers, view.values, event, entry);
  }

  call(stored: Listener, thisArg: unknown, args: readonly unknown[], fn: Listener): unknown {
    if (!registry.profiling) return ReflectApply(stored, thisArg, args);
    const event = this.event;
    return registry.hooks.timeCall(
      applyListener,
      stored as never,
      thisArg,
      args,
      event,
      entryOf(event, fn),
    );
  }
}

type Method = (this: unknown, ...args: unknown[]) => unknown;

/**
 * Calls the library's emit with the event and up to two arguments, as many as there were. `direct`:
 * its `call` is this realm's, and V8 makes `original.call(…)` a direct call — going through
 * `FunctionCall.call` instead measured 34–43 ns against 21–23 ns an adopted eventemitter3 emit in a
 * Jest test. Otherwise (`node:events` under Jest: the outer realm's builtin) this realm's `call`.
 */
function callOriginal(
  original: Method,
  direct: boolean,
  thisArg: unknown,
  count: number,
  type: unknown,
  a: unknown,
  b: unknown,
): unknown {
  if (direct) {
    if (count === 1) return original.call(thisArg, type);
    if (count === 2) return original.call(thisArg, type, a);
    return original.call(thisArg, type, a, b);
  }
  if (count === 1) return FunctionCall.call(original, thisArg, type);
  if (count === 2) return FunctionCall.call(original, thisArg, type, a);
  return FunctionCall.call(original, thisArg, type, a, b);
}

function interceptorOf(adoption: Adoption, method: EmitMethod, original: Listener): Listener {
  const { adapter, emitter } = adoption;
  const own = original as Method;
  const direct = own.call === FunctionCall;
  /**
   * An emit the fast path below leaves: no serial test's log to record it in (a concurrent test,
   * the profile, or no test), listeners judged one by one, or more than two arguments.
   */
  function judged(this: unknown, ...args: unknown[]): unknown {
    const event = eventOf(adoption, args[0]);
    const verdict = event.verdict;
    let view: View | undefined;
    if (registry.slow) {
      const log = registry.recorder;
      if (log !== undefined && verdict !== Verdict.PerReceiver) {
        const result =
          verdict === Verdict.Suspend
            ? adapter.suspendedResult(emitter, method, args[0])
            : NO_LISTENER;
        log.addEmit(event, result !== NO_LISTENER, EMIT_ARGS_ARRAY, payloadOf(args), undefined);
        return result !== NO_LISTENER ? result : ReflectApply(own, this, args);
      }
      if (verdict === Verdict.Run && !registry.viewed) event._offCount = 0;
      else syncEntries(event);
      view = registry.hooks.beforeSend(event, emitter, payloadOf(args));
    }
    if (view === undefined && !registry.profiling) {
      if (verdict === Verdict.Suspend) {
        const result = adapter.suspendedResult(emitter, method, args[0]);
        return result === NO_LISTENER ? ReflectApply(own, this, args) : result;
      }
      if (verdict !== Verdict.PerReceiver) return ReflectApply(own, this, args);
    }
    return adapter.dispatch(emitter, method, original, args, new Gate(event, view));
  }
  return function intercepted(this: unknown, type: unknown, a: unknown, b: unknown) {
    // biome-ignore lint/complexity/noArguments: its length alone materialises nothing
    const count = arguments.length;
    const event = eventOf(adoption, type);
    const verdict = event.verdict;
    const log = registry.recorder;
    // A serial test records the emit itself, as a generated send does, with up to two arguments
    // after the event in the log's slots: inside Jest's vm context, making an array or an
    // `arguments` object costs an emit several times over. An `emit()` with no event at all goes
    // the general way, which hands the library no argument either.
    if (count === 0 || count > 3 || log === undefined || verdict === Verdict.PerReceiver) {
      // biome-ignore lint/complexity/noArguments: handed on as they are
      return ReflectApply(judged, this, arguments);
    }
    if (verdict === Verdict.Suspend) {
      const result = adapter.suspendedResult(emitter, method, type);
      log.addEmit(event, result !== NO_LISTENER, count - 1, a, b);
      if (result !== NO_LISTENER) return result;
    } else {
      log.addEmit(event, false, count - 1, a, b);
    }
    return callOriginal(own, direct, this, count, type, a, b);
  } as Listener;
}

/**
 * While a layer silences the whole emitter: returns at once what the library returns for an emit
 * that has listeners. An event suspending everything spares, an event with no listener (an
 * unhandled `'error'` throws) and an emit a test records go the interceptor's or the library's way.
 */
function shutOf(adoption: Adoption, method: EmitMethod, original: Listener, interceptor: Listener) {
  const { adapter, emitter } = adoption;
  return function shut(this: unknown) {
    // biome-ignore lint/complexity/noArguments: passed on as is, with no array made per emit
    const args = arguments;
    const type = args[0];
    if (registry.slow || isSpared(type)) {
      return ReflectApply(interceptor, this, args);
    }
    const result = adapter.suspendedResult(emitter, method, type);
    return result === NO_LISTENER ? ReflectApply(original, this, args) : result;
  } as Listener;
}

/** Intercepts `emitter`'s emit methods; the caller checked everything first. */
export function createAdoption(emitter: object, name: string, adapter: EmitterAdapter): Adoption {
  const methods: InterceptedMethod[] = [];
  const adoption: Adoption = {
    emitter,
    name,
    adapter,
    events: new Map(),
    methods,
    mode: Verdict.Run,
    last: undefined,
  };
  for (const key of adapter.methods) {
    const original = (emitter as Record<EmitMethod, Listener>)[key];
    const own = getOwnPropertyDescriptor(emitter, key);
    const interceptor = interceptorOf(adoption, key, original);
    const shut = shutOf(adoption, key, original, interceptor);
    methods.push({ key, own, original, interceptor, shut });
  }
  realm.adoptions.set(emitter, adoption);
  realm.byName.set(name, adoption);
  // its events are known names from the start (targets, "did you mean")
  for (const [event] of adapter.registered(emitter)) {
    if (event !== ANY_EVENT) eventOf(adoption, event);
  }
  const mode = modeOf(adoption);
  if (mode !== Verdict.Run) install(adoption, mode);
  return adoption;
}

/** The event of a recorded send, if it was an adopted emitter's emit. */
export function asAdoptedEvent(signal: unknown): AdoptedEvent | undefined {
  const event = signal as Partial<AdoptedEvent>;
  return event.adoption !== undefined && event.owner !== undefined
    ? (event as AdoptedEvent)
    : undefined;
}

export function adoptionOf(emitter: unknown): Adoption | undefined {
  return typeof emitter === 'object' && emitter !== null ? realm.adoptions.get(emitter) : undefined;
}

export function adoptionNamed(name: string): Adoption | undefined {
  return realm.byName.get(name);
}

export function adoptions(): Iterable<Adoption> {
  return realm.adoptions.values();
}

function modeOf(adoption: Adoption): Verdict {
  if (registry.slow) return Verdict.PerReceiver;
  return emitterVerdict(registry.global.layers, adoption.emitter, adoption.name);
}

/** The function that serves `mode`, or `undefined` for the library's own. */
function functionFor(method: InterceptedMethod, mode: Verdict): Listener | undefined {
  if (mode === Verdict.Suspend) return method.shut;
  return mode === Verdict.PerReceiver ? method.interceptor : undefined;
}

/**
 * Puts the function `mode` needs in each emit method. A method someone else replaced since (a
 * `jest.spyOn`) is left as it is: it calls through to what it replaced.
 */
function install(adoption: Adoption, mode: Verdict): void {
  const emitter = adoption.emitter as Record<string, unknown>;
  for (const method of adoption.methods) {
    const current = emitter[method.key];
    if (current !== functionFor(method, adoption.mode) && current !== method.original) continue;
    const wanted = functionFor(method, mode);
    if (wanted !== undefined) {
      defineProperty(emitter, method.key, {
        value: wanted,
        writable: true,
        configurable: true,
        enumerable: method.own?.enumerable ?? false,
      });
    } else {
      restore(emitter, method);
    }
  }
  adoption.mode = mode;
}

/**
 * The library's own function back, as it was: deleting the property added last returns the object
 * to its former hidden class, so an emitter no layer concerns runs as fast as before adoption.
 */
function restore(emitter: Record<string, unknown>, method: InterceptedMethod): void {
  if (method.own === undefined) delete emitter[method.key];
  else defineProperty(emitter, method.key, method.own);
}

/**
 * The layers or the recording changed (`scope/` calls it at each layer change and test start
 * and end): events judge themselves again, each emitter gets the function its mode needs.
 */
export function refreshEmitters(): void {
  realm.epoch++;
  for (const adoption of realm.adoptions.values()) {
    const mode = modeOf(adoption);
    if (mode !== adoption.mode) install(adoption, mode);
  }
}

/** Gives the emitter back exactly as it was: its own properties restored, nothing of ours left. */
export function release(adoption: Adoption): void {
  if (realm.adoptions.get(adoption.emitter) !== adoption) return;
  realm.adoptions.delete(adoption.emitter);
  realm.byName.delete(adoption.name);
  install(adoption, Verdict.Run);
}

/** The file ended: no adoption outlives it (an emitter shared across files is clean for the next). */
export function releaseAll(): void {
  for (const adoption of [...realm.adoptions.values()]) release(adoption);
}
