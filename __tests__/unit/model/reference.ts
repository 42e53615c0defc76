/**
 * A deliberately naive reference model of the scope engine, written from API.md alone.
 *
 * It keeps the active layers in start order and folds the whole list on every question: what a
 * setting is worth, which receivers a send runs, what `settingChanged` events a start or an end
 * emits. Nothing is cached or precomputed, so it can be trusted to say what the contract means
 * while the library is free to be clever. Everything is named by plain ids (numbers and strings):
 * the test maps them to real signals, receivers and senders.
 */

/** A setting that is neither configured nor set by any active layer. */
export const MISSING: unique symbol = Symbol('missing');
export type Value = unknown;

export const SETTINGS_SENDER = 'settings';
/** The model's id of `settingChanged`, always signal 0. */
export const SETTING_CHANGED = 0;

export type Target = { signal: number } | { name: string } | { receiver: number };

/** What a suspension or resumption layer names: everything, some targets, or all but some. */
export type Selection =
  | { all: true }
  | { targets: readonly Target[] }
  | { except: readonly Target[] };

export type LayerSpec =
  | { kind: 'override'; values: Readonly<Record<string, Value>> }
  | { kind: 'modify'; operations: Readonly<Record<string, Readonly<Record<string, Value>>>> }
  | { kind: 'suspend'; selection: Selection }
  | { kind: 'resume'; selection: Exclude<Selection, { except: readonly Target[] }> };

/**
 * Precedence is by scope, not by time: a no-callback call belongs to the test (`'test'`), a callback
 * or a `using` declaration to its block of code (`'block'`), and every block outranks every
 * test-level layer, whenever each started; within one rank the later start wins.
 */
export type Rank = 'test' | 'block';
const RANKS: Record<Rank, number> = { test: 0, block: 1 };

type Layer = LayerSpec & { id: number; rank: Rank };

export interface Connection {
  receiver: number;
  /** A sender id; `undefined` = any sender. */
  sender: string | undefined;
  dispatchUid: string | undefined;
}

interface ModelSignal {
  name: string;
  connections: Connection[];
}

export interface Call {
  receiver: number;
  signal: number;
  sender: string;
  payload: unknown;
}

export interface SettingChangedPayload {
  setting: string;
  value: Value;
  enter: boolean;
}

const KNOWN_OPERATIONS = ['append', 'prepend', 'remove'];

const hasOwn = (object: object, key: string): boolean => Object.hasOwn(object, key);

const asItems = (items: Value): readonly Value[] => (Array.isArray(items) ? items : [items]);

/** Django's modify_settings, with duplicates skipped also within one operation. */
export function applyOperations(
  beneath: readonly Value[],
  operations: Readonly<Record<string, Value>>,
): Value[] {
  let list = [...beneath];
  for (const [operation, items] of Object.entries(operations)) {
    if (operation === 'append') {
      for (const item of asItems(items)) if (!list.includes(item)) list.push(item);
    } else if (operation === 'prepend') {
      const added: Value[] = [];
      for (const item of asItems(items)) {
        if (!list.includes(item) && !added.includes(item)) added.push(item);
      }
      list = [...added, ...list];
    } else {
      const removed = asItems(items);
      list = list.filter((item) => !removed.includes(item));
    }
  }
  return list;
}

export class ReferenceModel {
  private readonly base = new Map<string, Value>([['SUSPEND_SIGNALS', false]]);
  private layers: Layer[] = [];
  private nextLayerId = 1;
  private readonly signals: ModelSignal[];
  private readonly suspending: boolean[] = [];
  /** Every receiver call, in order; a receiver returns its call's index in this log. */
  readonly calls: Call[] = [];

  constructor(settingChangedName: string) {
    this.signals = [{ name: settingChangedName, connections: [] }];
  }

  // --- settings ---------------------------------------------------------------------------

  configure(values: Readonly<Record<string, Value>>): void {
    for (const [key, value] of Object.entries(values)) this.base.set(key, value);
  }

  /** The value of `key` under the first `depth` active layers (all of them by default). */
  read(key: string, depth = this.layers.length): Value | typeof MISSING {
    let value: Value | typeof MISSING = this.base.has(key) ? this.base.get(key) : MISSING;
    for (const layer of this.layers.slice(0, depth)) {
      if (layer.kind === 'override' && hasOwn(layer.values, key)) value = layer.values[key];
      if (layer.kind === 'modify' && hasOwn(layer.operations, key)) {
        const beneath = value === MISSING ? [] : value;
        // A modification starts only on a list; a test-level override started later may still
        // slide a non-list beneath it (the block outranks it): the modification leaves it as it is.
        if (Array.isArray(beneath)) value = applyOperations(beneath, layer.operations[key]!);
      }
    }
    return value;
  }

  /** The keys in force, sorted (API.md does not promise an order). */
  keys(): string[] {
    const keys = new Set(this.base.keys());
    for (const layer of this.layers) {
      if (layer.kind === 'override') for (const key of Object.keys(layer.values)) keys.add(key);
      if (layer.kind === 'modify') for (const key of Object.keys(layer.operations)) keys.add(key);
    }
    return [...keys].sort();
  }

  // --- layers -----------------------------------------------------------------------------

  /**
   * Why the library must refuse to start `spec` with `rank` now, or `undefined` when it starts: a
   * modification of a setting that is not an array beneath the place it would take.
   */
  refusal(spec: LayerSpec, rank: Rank): string | undefined {
    if (spec.kind !== 'modify') return undefined;
    for (const [key, operations] of Object.entries(spec.operations)) {
      const unknown = Object.keys(operations).find((name) => !KNOWN_OPERATIONS.includes(name));
      if (unknown !== undefined) return `unknown operation ${unknown}`;
      const beneath = this.read(key, this.placeFor(rank));
      if (beneath !== MISSING && !Array.isArray(beneath)) return `${key} is not an array`;
    }
    return undefined;
  }

  /** How many active layers a layer of `rank` starting now goes above. */
  private placeFor(rank: Rank): number {
    let place = this.layers.length;
    while (place > 0 && RANKS[this.layers[place - 1]!.rank] > RANKS[rank]) place--;
    return place;
  }

  /**
   * Starts a layer above every layer of its rank or lower (innermost unless a block is active
   * and the layer is a test's) and emits its enter events, each with the layer's own value — the
   * value beneath it put through it, even where a block above hides it; returns its id.
   */
  start(spec: LayerSpec, rank: Rank): number {
    const refusal = this.refusal(spec, rank);
    if (refusal !== undefined) throw new Error(`model: starting a refused layer (${refusal})`);
    const layer = { ...spec, id: this.nextLayerId++, rank };
    const place = this.placeFor(rank);
    this.layers.splice(place, 0, layer);
    for (const key of settingKeys(layer)) {
      this.emitSettingChanged({ setting: key, value: this.read(key, place + 1), enter: true });
    }
    return layer.id;
  }

  /**
   * A `using` declaration took a test-level layer's handle: it becomes a block's (and moves above
   * the test's layers). Nothing is emitted.
   */
  rankAsBlock(id: number): void {
    const layer = this.layers.find((candidate) => candidate.id === id);
    if (layer === undefined || layer.rank === 'block') return;
    this.layers = this.layers.filter((candidate) => candidate !== layer);
    layer.rank = 'block';
    this.layers.splice(this.placeFor('block'), 0, layer);
  }

  /** Ends a layer wherever it stands and emits its exit events; an ended layer is a no-op. */
  end(id: number): void {
    const layer = this.layers.find((candidate) => candidate.id === id);
    if (layer === undefined) return;
    this.layers = this.layers.filter((candidate) => candidate !== layer);
    for (const key of settingKeys(layer)) {
      const value = this.read(key);
      this.emitSettingChanged({
        setting: key,
        value: value === MISSING ? undefined : value,
        enter: false,
      });
    }
  }

  isActive(id: number): boolean {
    return this.layers.some((layer) => layer.id === id);
  }

  get activeLayers(): number {
    return this.layers.length;
  }

  // --- signals ----------------------------------------------------------------------------

  createSignal(name: string): number {
    return this.signals.push({ name, connections: [] }) - 1;
  }

  createReceiver(suspending: boolean): number {
    return this.suspending.push(suspending) - 1;
  }

  isSuspendingReceiver(receiver: number): boolean {
    return this.suspending[receiver] === true;
  }

  /** Connects unless the identity `(dispatchUid ?? receiver, sender ?? any)` is already there. */
  connect(signal: number, receiver: number, sender?: string, dispatchUid?: string): void {
    const connections = this.signals[signal]!.connections;
    const probe = { receiver, sender, dispatchUid };
    if (!connections.some((connection) => sameIdentity(connection, probe))) connections.push(probe);
  }

  disconnect(signal: number, receiver: number, sender?: string, dispatchUid?: string): boolean {
    const model = this.signals[signal]!;
    const probe = { receiver, sender, dispatchUid };
    const kept = model.connections.filter((connection) => !sameIdentity(connection, probe));
    const removed = kept.length !== model.connections.length;
    model.connections = kept;
    return removed;
  }

  connections(signal: number): readonly Readonly<Connection>[] {
    return this.signals[signal]!.connections;
  }

  hasListeners(signal: number, sender?: string): boolean {
    return this.signals[signal]!.connections.some(
      (connection) =>
        sender === undefined || connection.sender === undefined || connection.sender === sender,
    );
  }

  /** Sends, records the calls and returns `[receiver, result]` pairs as the library must. */
  send(signal: number, sender: string, payload: unknown): Array<[number, number]> {
    const pairs: Array<[number, number]> = [];
    for (const connection of [...this.signals[signal]!.connections]) {
      if (connection.sender !== undefined && connection.sender !== sender) continue;
      if (this.isSuspended(signal, connection.receiver)) continue;
      pairs.push([connection.receiver, this.calls.length]);
      this.calls.push({ receiver: connection.receiver, signal, sender, payload });
    }
    return pairs;
  }

  /** Innermost suspension or resumption layer that names the receiver (or everything) decides. */
  isSuspended(signal: number, receiver: number): boolean {
    if (this.suspending[receiver] === true && this.read('SUSPEND_SIGNALS')) return true;
    for (const layer of [...this.layers].reverse()) {
      if (layer.kind !== 'suspend' && layer.kind !== 'resume') continue;
      const decision = this.decide(layer, signal, receiver);
      if (decision !== undefined) return decision;
    }
    return false;
  }

  /** `true` suspended, `false` running, `undefined` this layer does not name it. */
  private decide(
    layer: Layer & { kind: 'suspend' | 'resume' },
    signal: number,
    receiver: number,
  ): boolean | undefined {
    const { selection } = layer;
    const suspends = layer.kind === 'suspend';
    if ('targets' in selection) {
      return this.matches(selection.targets, signal, receiver) ? suspends : undefined;
    }
    if ('except' in selection && this.matches(selection.except, signal, receiver)) return false;
    // "Everything" leaves settingChanged running unless it is named; resuming everything resumes it.
    if (suspends && signal === SETTING_CHANGED) return undefined;
    return suspends;
  }

  private matches(targets: readonly Target[], signal: number, receiver: number): boolean {
    return targets.some(
      (target) =>
        ('signal' in target && target.signal === signal) ||
        ('name' in target && target.name === this.signals[signal]!.name) ||
        ('receiver' in target && target.receiver === receiver),
    );
  }

  private emitSettingChanged(payload: SettingChangedPayload): void {
    this.send(SETTING_CHANGED, SETTINGS_SENDER, payload);
  }
}

function settingKeys(layer: LayerSpec): string[] {
  if (layer.kind === 'override') return Object.keys(layer.values);
  if (layer.kind === 'modify') return Object.keys(layer.operations);
  return [];
}

function sameIdentity(a: Connection, b: Connection): boolean {
  const sameReceiver =
    a.dispatchUid !== undefined || b.dispatchUid !== undefined
      ? a.dispatchUid === b.dispatchUid
      : a.receiver === b.receiver;
  return sameReceiver && a.sender === b.sender;
}
