import type { Stack, View } from './layers';
import { protectFromJestCleanup } from './protect-from-cleanup';
import type { AnyReceiver, Call, ReceiverEntry, SignalState } from './signal-state';

/**
 * What the runtime asks of the layer above it (`scope/`), which installs them; the defaults serve
 * a realm where no scope layer is loaded (production code): nothing is recorded, every piece of
 * code sees the global stack.
 */
export interface ScopeHooks {
  /**
   * A send while the realm is `slow`: records it in the running test's log.
   * @returns the view whose layers decide per receiver, when the send runs in one.
   */
  beforeSend(signal: SignalState, sender: unknown, payload: unknown): View | undefined;
  /** The view the running code sees instead of the global stack (read while `viewed`). */
  currentView(): View | undefined;
  /** `configureSettings` changed base values: views folded from them are recomputed. */
  baseChanged(): void;
  /** A new connection (leak tracking, the profile's receiver names). */
  connected(signal: SignalState, entry: ReceiverEntry): void;
  /** Calls one receiver as `call` does, while `profiling`: the receiver profile times it. */
  timeCall(
    call: Call,
    fn: AnyReceiver,
    sender: unknown,
    payload: unknown,
    signal: SignalState,
    entry: ReceiverEntry,
  ): unknown;
}

/** `SendRecorder.addEmit`'s `count` when the arguments are more than two: `a` is their array. */
export const EMIT_ARGS_ARRAY = 3;

/** A test's send log, as a send or an adopted emitter's emit records itself in it. */
export interface SendRecorder {
  add(signal: SignalState, sender: unknown, payload: unknown, suspended: boolean): void;
  /**
   * An emit of `event` (an adopted emitter's), its arguments after the event in `a` and `b`:
   * `count` of them (0 to 2), or `EMIT_ARGS_ARRAY` and `a` their array. The log makes the array
   * only when it is read: an emit allocates nothing.
   */
  addEmit(event: SignalState, suspended: boolean, count: number, a: unknown, b: unknown): void;
  /**
   * A `settingChanged` send with no receiver to see its payload: the log makes the payload (and
   * takes the settings view as its sender) only when it is read.
   */
  addSettingChange(setting: string, value: unknown, enter: boolean): void;
}

/**
 * The runtime state of one realm (in Jest: one test file), shared by every copy of the package
 * loaded in it — CJS and ESM builds, copies loaded after `jest.resetModules()` or in
 * `jest.isolateModules` — and by the injected globals. Each copy runs its own code on this shared
 * data; nothing here relies on `instanceof`.
 */
export interface Registry {
  readonly version: 5;
  /** The signals that have receivers: their suspension flags are recomputed when layers change. */
  readonly connected: Set<SignalState>;
  /** Every signal name created here: names used in targets that match none of these are reported. */
  readonly names: Set<string>;
  /** Every frozen copy made of a settings value: passed back in, it is kept as it is. */
  readonly frozenCopies: WeakSet<object>;
  /** `configureSettings` values. */
  readonly base: Map<string, unknown>;
  /** The layers visible to all code of the realm. */
  readonly global: Stack;
  /** The one `settingChanged` of the realm, created when the first copy's settings code loads. */
  settingChanged: SignalState | undefined;
  /** The one `settings` view of the realm. */
  settingsView: object | undefined;
  /** The global values as own properties: what the view's accessors read. */
  readonly viewTarget: Record<string, unknown>;
  /** The keys the view has an accessor for, and whether it is configurable (no configured value). */
  readonly shown: Map<string, boolean>;
  /** Every send must first go through `hooks.beforeSend` (record it, or consult a view). */
  slow: boolean;
  /**
   * While `slow` for no other reason than a running serial test: its log. A send records itself
   * there and goes on as if nothing were slow, without the `beforeSend` hook.
   */
  recorder: SendRecorder | undefined;
  /** Some code may see a view other than the global stack: settings reads ask `hooks.currentView`. */
  viewed: boolean;
  /** The receiver profile is on: every receiver call goes through `hooks.timeCall`. */
  profiling: boolean;
  hooks: ScopeHooks;
}

const REGISTRY = Symbol.for('signalbox.registry');
const VERSION = 5;

const NO_SCOPES: ScopeHooks = {
  beforeSend: () => undefined,
  currentView: () => undefined,
  baseChanged: () => undefined,
  connected: () => undefined,
  timeCall: (call, fn, sender, payload, signal) => call(fn, sender, payload, signal),
};

/** This realm's registry; the first call in a realm creates it. Resolve it once per module. */
export function realmRegistry(): Registry {
  const realm = globalThis as { [REGISTRY]?: Registry };
  let registry = realm[REGISTRY];
  if (registry === undefined) {
    registry = {
      version: VERSION,
      connected: new Set(),
      names: new Set(),
      frozenCopies: new WeakSet(),
      base: new Map([['SUSPEND_SIGNALS', false]]),
      global: { layers: [], values: new Map([['SUSPEND_SIGNALS', false]]) },
      settingChanged: undefined,
      settingsView: undefined,
      viewTarget: { SUSPEND_SIGNALS: false },
      shown: new Map(),
      slow: false,
      recorder: undefined,
      viewed: false,
      profiling: false,
      hooks: NO_SCOPES,
    };
    // Code that outlives the file (a late timer) must still find a working registry.
    protectFromJestCleanup(registry);
    Object.defineProperty(realm, REGISTRY, { value: registry, configurable: true });
  } else if (registry.version !== VERSION) {
    throw new Error(
      'signalbox: two incompatible versions of signalbox are loaded in this realm (one test file or process); install one version.',
    );
  }
  return registry;
}
