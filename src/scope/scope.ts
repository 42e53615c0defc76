import type { Layer, Stack, View } from '../base/layers';
import type { ReceiverEntry } from '../base/signal-state';
import type { AnySignal } from '../signals/signal';
import type { ScopeRef } from './bridge';
import type { SendLog } from './send-log';

/** A receiver connected while a scope ran: a leak if still connected when the scope ends. */
export interface Connection {
  readonly signal: AnySignal;
  readonly entry: ReceiverEntry;
  /** The first stack frame outside signalbox, e.g. `at Object.<anonymous> (user.test.ts:12:5)`. */
  readonly where: string;
}

/**
 * `pending`: a describe-body annotation waiting for its block to run; `active`; `ended`: its scope
 * ended it; `restored`: its handle did (final, also for annotations).
 */
export type LayerState = 'pending' | 'active' | 'ended' | 'restored';

/**
 * Precedence is by scope, not by time (file < describe < test < block): a layer's rank is where its
 * scope stands — the file 0, a describe block its depth, a test `TEST_RANK`, a callback block or a
 * `using` declaration `BLOCK_RANK` — and a stack keeps its layers ordered by rank, the later call
 * winning within one rank. So a no-callback call made inside a callback block belongs to the test
 * and does not beat the block while the block runs.
 */
export const TEST_RANK = 1_000_000;
export const BLOCK_RANK = 2_000_000;

/** The rank of the layers a scope owns: the file 0, a describe block its depth, a test `TEST_RANK`. */
export function scopeRank(ref: ScopeRef): number {
  return ref.kind === 'test' ? TEST_RANK : ref.lineage.length;
}

/** Where a layer lives and who ends it: the scope layer's bookkeeping on each layer. */
export interface Placement {
  state: LayerState;
  /** The stack it lives in: the realm's global stack, or a concurrent test's own. */
  stack: Stack;
  /**
   * The scope that ends it if it is still active then. `undefined` without a driver (its handle
   * ends it) and for a describe annotation until its block starts.
   */
  owner: Scope | undefined;
  /** A describe-body annotation: its block's scope activates it each time the block runs. */
  annotation: boolean;
  /** Its place in the precedence (see `BLOCK_RANK`); without a driver every layer is a block's. */
  rank: number;
}

export type ScopedLayer = Layer & Placement;

/** The registry's side of a scope of the file (under a driver): what it owns and ends. */
export interface Scope {
  /** The driver's scope. */
  readonly ref: ScopeRef;
  /** Active layers it owns, in start order. */
  readonly layers: ScopedLayer[];
  /** Where its layers live: the realm's global stack, or (concurrent test) its own. */
  readonly stack: Stack;
  /** Sends recorded while it runs (tests only). */
  log: SendLog | undefined;
  /** The most sends its log keeps (the driver's `sendLogLimit`). */
  readonly logLimit: number;
  readonly connections: Connection[];
  /**
   * The listeners of adopted emitters when it started, by emitter and event: what its end finds
   * beyond them was added during it (the libraries' lists are theirs: there is no connect to see).
   */
  listeners: Map<object, Map<unknown, Set<unknown>>> | undefined;
  /** `settingChanged` errors from starting its annotations: reported when it ends. */
  readonly startErrors: Error[];
  /**
   * A concurrent test's view: the layers in force, outermost first — those of its lineage (the
   * file and its describe blocks, started or not yet), then its own — and the settings they give.
   * Recomputed when any layer changes.
   */
  view: View;
}

export function createScope(ref: ScopeRef, stack: Stack, logLimit: number): Scope {
  return {
    ref,
    layers: [],
    stack,
    log: undefined,
    logLimit,
    connections: [],
    listeners: undefined,
    startErrors: [],
    view: stack,
  };
}
