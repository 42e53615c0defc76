import type { Scope } from './scope/scope';

/**
 * The vocabulary of the one mechanism: a *layer* is one active override, modification, suspension or
 * resumption; a *stack* is an ordered list of layers, oldest first, whose fold is the state in force.
 * These are plain data: `signals/` and `settings/` fold them, `scope/` creates and ends them.
 */

/** Signals or receiver functions by identity, and signals by name. */
export interface TargetSet {
  readonly objects: ReadonlySet<object>;
  readonly names: ReadonlySet<string>;
}

export interface ModifyOperation {
  readonly op: 'append' | 'prepend' | 'remove';
  readonly items: readonly unknown[];
}

export type LayerState = 'pending' | 'active' | 'ended' | 'restored';

interface LayerBase {
  /**
   * `pending`: a describe-body annotation waiting for its block to run; `active`; `ended`: its scope
   * ended it; `restored`: its handle did (final, also for annotations).
   */
  state: LayerState;
  /** The stack it lives in: the realm's global stack, or a concurrent test's own. */
  stack: Stack;
  /**
   * The scope that ends it if it is still active then. `undefined` without the environment (its
   * handle ends it) and for a describe annotation until its block starts.
   */
  owner: Scope | undefined;
  /** A describe-body annotation: its block's scope activates it each time the block runs. */
  annotation: boolean;
}

export interface OverrideLayer extends LayerBase {
  readonly type: 'override';
  readonly values: ReadonlyMap<string, unknown>;
}

export interface ModifyLayer extends LayerBase {
  readonly type: 'modify';
  readonly operations: ReadonlyMap<string, readonly ModifyOperation[]>;
  /** The lists it computed from the values beneath it when it started (sent with `enter: true`). */
  started: ReadonlyMap<string, unknown>;
}

export interface SuspendLayer extends LayerBase {
  readonly type: 'suspend';
  /** `'all'`: every signal except `settingChanged`, which only a named target suspends. */
  readonly targets: TargetSet | 'all';
  /** With `targets: 'all'`, the `{ except }` form: these keep running; `null` otherwise. */
  readonly except: TargetSet | null;
}

export interface ResumeLayer extends LayerBase {
  readonly type: 'resume';
  readonly targets: TargetSet | 'all';
}

export type SettingsLayer = OverrideLayer | ModifyLayer;
export type SignalsLayer = SuspendLayer | ResumeLayer;
export type Layer = SettingsLayer | SignalsLayer;

/** An ordered list of active layers and the state derived from it, recomputed when it changes. */
export interface Stack {
  readonly layers: Layer[];
  /** Every setting in force: the base values folded with this stack's settings layers. */
  values: Map<string, unknown>;
}
