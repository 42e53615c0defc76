/**
 * The vocabulary of the one mechanism, as plain data: a *layer* is one active override,
 * modification, suspension or resumption; a *stack* is an ordered list of layers, oldest first,
 * whose fold is the state in force. `signals/` and `settings/` fold them; `scope/` places, starts
 * and ends them (and adds its own bookkeeping to each).
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

/** A settings object's entries, in the order of its keys: `values[i]` is `keys[i]`'s value. */
export interface SettingsEntries {
  readonly keys: readonly string[];
  readonly values: readonly unknown[];
}

export interface OverrideLayer extends SettingsEntries {
  readonly type: 'override';
}

/** An override of checked entries (the scope layer copies it into a layer of its own shape). */
export function overrideLayer({ keys, values }: SettingsEntries): OverrideLayer {
  return { type: 'override', keys, values };
}

export interface ModifyLayer {
  readonly type: 'modify';
  readonly operations: ReadonlyMap<string, readonly ModifyOperation[]>;
}

export interface SuspendLayer {
  readonly type: 'suspend';
  /** `'all'`: every signal except `settingChanged`, which only a named target suspends. */
  readonly targets: TargetSet | 'all';
  /** With `targets: 'all'`, the `{ except }` form: these keep running; `null` otherwise. */
  readonly except: TargetSet | null;
}

export interface ResumeLayer {
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

/**
 * The layers in force and the settings they give, for code that does not see the realm's global
 * stack (a concurrent test's async work).
 */
export interface View {
  /** Outermost first. */
  readonly layers: readonly Layer[];
  readonly values: ReadonlyMap<string, unknown>;
}
