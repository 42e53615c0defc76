import { EMIT_ARGS_ARRAY, realmRegistry, type SendRecorder } from '../base/registry';
import type { SignalState } from '../base/signal-state';
import { warnWithoutFrames } from '../base/warn';
import { settingChanged } from '../settings/setting-changed';
import type { SentSignal } from '../signals/sent-signal';
import type { AnySignal } from '../signals/signal';

const SLOTS = 4;
const CHUNK = 1024 * SLOTS;
// Global names are slow to read inside Jest's vm context: take them once per module.
const ArrayOf = Array;
const min = Math.min;
/** Chunks of ended tests' logs, emptied, for the next tests: fresh memory is what recording cost. */
const spare: unknown[][] = [];
const SPARE_CHUNKS = 64;
/** A `settingChanged` send's last slot (`addSettingChange`): `enter` true or false. */
const ENTERED = -2;
const LEFT = -1;
const registry = realmRegistry();

/**
 * A test's sends, in fixed-size chunks of flat slots, so that recording allocates nothing per send
 * and never grows and copies one large array (which made a recorded send cost ~4x an unrecorded
 * one). A send is `signal, sender, payload, suspended`; an adopted emitter's emit is `event, a, b,
 * count * 2 + suspended` — its arguments after the event in the slots, made an array only when the
 * log is read (the emitter, its sender, is the event's owner), so an emit in a test allocates
 * nothing either; a `settingChanged` send no receiver sees is `settingChanged, setting, value,
 * ENTERED or LEFT`, its payload made when the log is read. A test's chunks are reused by the tests
 * after it: writing to fresh memory (page faults, the collector's young space) was most of what a
 * recorded send cost.
 *
 * `add` is kept to a bound check and four stores: V8 inlines it into each generated `send`, and a
 * larger one took the inlining budget the receivers' calls need (an unrecorded send measured 3x
 * slower in the same file). Starting a chunk and the limit are the out-of-line `#next`: past its
 * limit the log counts what it drops and says so once, so a test that sends millions of times keeps
 * its memory bounded and knows its log is partial.
 */
export class SendLog implements SendRecorder {
  /** How many sends it dropped past its limit. */
  dropped = 0;
  /** The slot the next send fills, in `_chunk`. */
  _fill = CHUNK;
  /** Where `_chunk` ends for this log: the chunk's end, or the limit's slot. */
  _end = CHUNK;
  _chunk: unknown[] = [];
  readonly #limit: number;
  /** Who sends, in the warning: `test "adds a user"`. */
  readonly #label: string;
  readonly #chunks: unknown[][] = [];

  constructor(limit: number, label: string) {
    this.#limit = limit;
    this.#label = label;
  }

  /** How many sends it holds. */
  get size(): number {
    const full = this.#chunks.length - 1;
    return full < 0 ? 0 : (full * CHUNK + this._fill) / SLOTS;
  }

  /**
   * @param last - a send's `suspended`; an emit's `count * 2 + suspended` (`addEmit`); `ENTERED`
   *   or `LEFT` (`addSettingChange`).
   */
  add(signal: SignalState, sender: unknown, payload: unknown, last: boolean | number): void {
    let at = this._fill;
    if (at === this._end) {
      if (!this.#next()) return;
      at = 0;
    }
    const chunk = this._chunk;
    chunk[at] = signal;
    chunk[at + 1] = sender;
    chunk[at + 2] = payload;
    chunk[at + 3] = last;
    this._fill = at + SLOTS;
  }

  addEmit(event: SignalState, suspended: boolean, count: number, a: unknown, b: unknown): void {
    this.add(event, a, b, count * 2 + (suspended ? 1 : 0));
  }

  addSettingChange(setting: string, value: unknown, enter: boolean): void {
    this.add(settingChanged, setting, value, enter ? ENTERED : LEFT);
  }

  /** A full chunk: the next one, or, at the limit, `false` (the send is dropped). */
  #next(): boolean {
    if (this.dropped !== 0) {
      this.dropped++;
      return false;
    }
    const held = this.size;
    if (held >= this.#limit) {
      this.#drop();
      return false;
    }
    const chunk = spare.pop() ?? new ArrayOf(CHUNK);
    this.#chunks.push(chunk);
    this._chunk = chunk;
    this._fill = 0;
    this._end = min(CHUNK, (this.#limit - held) * SLOTS);
    return true;
  }

  #drop(): void {
    if (this.dropped++ !== 0) return;
    warnWithoutFrames(
      console,
      `signalbox: ${this.#label} sent more than ${this.#limit} signals; later sends are not recorded for sentSignals() and the matchers. Raise the sendLogLimit option if a test needs them.`,
    );
  }

  /** The test ended: its chunks, emptied (nothing of the test stays reachable), serve later logs. */
  release(): void {
    const chunks = this.#chunks;
    for (let i = 0; i < chunks.length; i++) {
      const chunk = chunks[i]!;
      if (spare.length === SPARE_CHUNKS) break;
      chunk.fill(undefined, 0, i === chunks.length - 1 ? this._fill : CHUNK);
      spare.push(chunk);
    }
    chunks.length = 0;
    this._chunk = [];
    this._fill = CHUNK;
    this._end = CHUNK;
  }

  /** The sends as `SentSignal`s, in order. */
  sends(): SentSignal[] {
    const sends: SentSignal[] = [];
    const chunks = this.#chunks;
    for (let c = 0; c < chunks.length; c++) {
      const chunk = chunks[c]!;
      const end = c === chunks.length - 1 ? this._fill : CHUNK;
      for (let i = 0; i < end; i += SLOTS) sends.push(sentAt(chunk, i));
    }
    return sends;
  }
}

/**
 * The send recorded at slot `i`. An emit's arguments become an array, a setting change's payload
 * an object, the first time they are read, kept in its slots: each read of the log shows the same.
 */
function sentAt(chunk: unknown[], i: number): SentSignal {
  const signal = chunk[i] as AnySignal;
  const last = chunk[i + 3];
  if (typeof last === 'boolean') {
    return { signal, sender: chunk[i + 1], payload: chunk[i + 2], suspended: last };
  }
  const code = last as number;
  if (code < 0) {
    const payload = { setting: chunk[i + 1], value: chunk[i + 2], enter: code === ENTERED };
    const sender = registry.settingsView;
    chunk[i + 1] = sender;
    chunk[i + 2] = payload;
    chunk[i + 3] = false;
    return { signal, sender, payload, suspended: false };
  }
  const count = code >> 1;
  if (count !== EMIT_ARGS_ARRAY) {
    const a = chunk[i + 1];
    chunk[i + 1] = count === 0 ? [] : count === 1 ? [a] : [a, chunk[i + 2]];
    chunk[i + 2] = undefined;
    chunk[i + 3] = EMIT_ARGS_ARRAY * 2 + (code & 1);
  }
  return {
    signal,
    sender: (signal as SignalState).owner,
    payload: chunk[i + 1],
    suspended: (code & 1) === 1,
  };
}
