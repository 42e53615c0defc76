import type { Layer, Stack } from '../layers';
import type { SendLog } from '../signals/send-log';
import type { AnySignal, ReceiverEntry } from '../signals/signal';
import type { ScopeRef } from './bridge';

/** A receiver connected while a scope ran: a leak if still connected when the scope ends. */
export interface Connection {
  readonly signal: AnySignal;
  readonly entry: ReceiverEntry;
  /** The first stack frame outside signalbox, e.g. `at Object.<anonymous> (user.test.ts:12:5)`. */
  readonly where: string;
}

/** The registry's side of a scope of the file (under the Jest environment): what it owns and ends. */
export interface Scope {
  /** The environment's scope. */
  readonly ref: ScopeRef;
  /** Active layers it owns, in start order. */
  readonly layers: Layer[];
  /** Where its layers live: the realm's global stack, or (concurrent test) its own. */
  readonly stack: Stack;
  /** Sends recorded while it runs (tests only). */
  log: SendLog | undefined;
  readonly logLimit: number;
  logDropped: number;
  readonly connections: Connection[];
  /** `settingChanged` errors from starting its annotations: reported when it ends. */
  readonly startErrors: Error[];
  /**
   * A concurrent test's layers in force, outermost first: those of its lineage (the file and its
   * describe blocks, started or not yet), then its own. Recomputed when any layer changes.
   */
  inForce: Layer[];
}

export function createScope(ref: ScopeRef, stack: Stack, logLimit: number): Scope {
  return {
    ref,
    layers: [],
    stack,
    log: undefined,
    logLimit,
    logDropped: 0,
    connections: [],
    startErrors: [],
    inForce: [],
  };
}
