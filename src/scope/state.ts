import type { Registry } from '../base/registry';
import type { Bridge, ScopeRef } from './bridge';
import type { Profiler } from './profile';
import type { Scope, ScopedLayer } from './scope';

/**
 * The scope layer's state of one realm, beside the runtime's registry and shared the same way by
 * every copy of the package: the driver's bridge (when a test runner drives the file) and the
 * scopes it announced.
 */
export interface ScopeRealm {
  readonly version: 1;
  /** The runtime state beneath. */
  readonly registry: Registry;
  /** The test runner driver's channel, when there is one. */
  readonly bridge: Bridge | undefined;
  /** Scopes the driver started (or that helpers found running), by scope key. */
  readonly scopes: Map<object, Scope>;
  /** Concurrent tests, whose layers only their own async work sees; keyed by scope key. */
  readonly contexts: Map<object, Scope>;
  /** Keys of scopes that ended (until they start again on a retry): calls from their late code are inert. */
  readonly ended: WeakSet<object>;
  /** Describe-body annotations by block key, in call order, activated each time the block runs. */
  readonly annotations: Map<object, ScopedLayer[]>;
  /**
   * Signal names used in targets by pragmas and helpers that no signal had when they were used:
   * checked when the file ends, since signals may be created later (the options' names are
   * checked across the run).
   */
  readonly nameUses: NameUse[];
  /** The settings configured when the file's first test started; `undefined` before. */
  configuredAtFirstTest: readonly string[] | undefined;
  /** The running serial test (whose log records the sends); `undefined` between tests. */
  serialScope: Scope | undefined;
  /**
   * The serial test whose body runs now: from its start to the start of its end, unlike
   * `serialScope`, which records its ending layers' sends. Helpers called in it skip the lookups.
   */
  runningTest: Scope | undefined;
  /** The receiver profile, when the driver asked for one. */
  profiler: Profiler | undefined;
}

/** A signal name a pragma or a helper call used. */
export interface NameUse {
  readonly name: string;
  /** `@suspendSignals`, or the helper's signature. */
  readonly source: string;
  /** A helper call's stack, taken at the call. */
  readonly stack?: string;
  /** The test whose code made the call: it fails if the name is unknown. */
  readonly owner?: ScopeRef;
}
