import type { Layer, Stack } from './layers';
import { protectFromJestCleanup } from './protect-from-cleanup';
import type { Bridge } from './scope/bridge';
import type { Scope } from './scope/scope';
import type { AnySignal, ReceiverEntry } from './signals/signal';

/**
 * The state of one realm (in Jest: one test file), shared by every copy of the package loaded in it —
 * CJS and ESM builds, copies loaded after `jest.resetModules()` or in `jest.isolateModules` — and by
 * the injected globals. Each copy runs its own code on this shared data; nothing here relies on
 * `instanceof`.
 */
export interface Registry {
  readonly version: 1;
  /** The signals that have receivers: their suspension flags are recomputed when layers change. */
  readonly connected: Set<AnySignal>;
  /** Every signal name created here: names used in targets that match none of these are reported. */
  readonly names: Set<string>;
  /** Names used in targets (helpers, pragmas, options), for the same report. */
  readonly targetNames: Set<string>;
  /** Every frozen copy made of a settings value: passed back in, it is kept as it is. */
  readonly frozenCopies: WeakSet<object>;
  /** `configureSettings` values. */
  readonly base: Map<string, unknown>;
  /** The layers visible to all code of the realm. */
  readonly global: Stack;
  /** Layers of concurrent tests, visible only to their own async work; keyed by scope key. */
  readonly contexts: Map<object, Scope>;
  /** The one `settingChanged` of the realm, created when the first copy's signal code loads. */
  settingChanged: AnySignal | undefined;
  /** The one `settings` view of the realm. */
  settingsView: object | undefined;
  /** The global values as own properties: what the view reads, and what `util.inspect` shows. */
  readonly viewTarget: Record<string, unknown>;
  /** Called after each new connection (leak tracking, set when the environment is present). */
  onConnect: ((signal: AnySignal, entry: ReceiverEntry) => void) | undefined;
  /** The Jest environment's channel, when there is one. */
  readonly bridge: Bridge | undefined;
  /** Scopes the environment started (or that helpers found running), by scope key. */
  readonly scopes: Map<object, Scope>;
  /** Keys of scopes that ended (until they start again on a retry): calls from their late code are inert. */
  readonly ended: WeakSet<object>;
  /** Describe-body annotations by block key, in call order, activated each time the block runs. */
  readonly annotations: Map<object, Layer[]>;
  /** The running serial test (whose log records the sends); `undefined` between tests. */
  serialScope: Scope | undefined;
  /** Every send must first be recorded or check a concurrent test's layers (`beforeSend`). */
  slow: boolean;
}

const REGISTRY = Symbol.for('signalbox.registry');
const BRIDGE = Symbol.for('signalbox.bridge');

type RealmGlobal = { [REGISTRY]?: Registry; [BRIDGE]?: Bridge };

/** This realm's registry; the first call in a realm creates it. Resolve it once per module. */
export function realmRegistry(): Registry {
  const realm = globalThis as RealmGlobal;
  let registry = realm[REGISTRY];
  if (registry === undefined) {
    registry = {
      version: 1,
      connected: new Set(),
      names: new Set(),
      targetNames: new Set(),
      frozenCopies: new WeakSet(),
      base: new Map([['SUSPEND_SIGNALS', false]]),
      global: { layers: [], values: new Map([['SUSPEND_SIGNALS', false]]) },
      contexts: new Map(),
      settingChanged: undefined,
      settingsView: undefined,
      viewTarget: { SUSPEND_SIGNALS: false },
      onConnect: undefined,
      bridge: realm[BRIDGE],
      scopes: new Map(),
      annotations: new Map(),
      ended: new WeakSet(),
      serialScope: undefined,
      slow: false,
    };
    // Code that outlives the file (a late timer) must still find a working registry.
    protectFromJestCleanup(registry);
    Object.defineProperty(realm, REGISTRY, { value: registry, configurable: true });
  } else if (registry.version !== 1) {
    throw new Error(
      'signalbox: two incompatible versions of signalbox are loaded in this realm (one test file or process); install one version.',
    );
  }
  return registry;
}
