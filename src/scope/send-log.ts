import type { SendRecorder } from '../base/registry';
import { warnWithoutFrames } from '../base/warn';
import type { SentSignal } from '../signals/sent-signal';
import type { AnySignal } from '../signals/signal';

const SLOTS = 4;
const CHUNK = 1024 * SLOTS;
// Global names are slow to read inside Jest's vm context: take them once per module.
const ArrayOf = Array;
const floor = Math.floor;
/** Chunks of ended tests' logs, emptied, for the next tests: fresh memory is what recording cost. */
const spare: unknown[][] = [];
const SPARE_CHUNKS = 64;

/**
 * A test's sends, in fixed-size chunks of flat slots — signal, sender, payload, suspended — so that
 * recording allocates no object per send and never grows and copies one large array (which made a
 * recorded send cost ~4x an unrecorded one). A test's chunks are reused by the tests after it:
 * writing to fresh memory (page faults, the collector's young space) was most of what a recorded
 * send cost beyond an unrecorded one. Past its limit it counts what it drops and says so
 * once, so a test that sends millions of times keeps its memory bounded and knows its log is partial.
 */
export class SendLog implements SendRecorder {
  /** How many sends it holds. */
  size = 0;
  /** How many sends it dropped past its limit. */
  dropped = 0;
  readonly #limit: number;
  /** Who sends, in the warning: `test "adds a user"`. */
  readonly #label: string;
  readonly #chunks: unknown[][] = [];
  #chunk: unknown[] = [];
  #fill = CHUNK;

  constructor(limit: number, label: string) {
    this.#limit = limit;
    this.#label = label;
  }

  add(signal: AnySignal, sender: unknown, payload: unknown, suspended: boolean): void {
    if (this.size >= this.#limit) {
      this.#drop();
      return;
    }
    let chunk = this.#chunk;
    let fill = this.#fill;
    if (fill === CHUNK) {
      chunk = spare.pop() ?? new ArrayOf(CHUNK);
      this.#chunks.push(chunk);
      this.#chunk = chunk;
      fill = 0;
    }
    chunk[fill] = signal;
    chunk[fill + 1] = sender;
    chunk[fill + 2] = payload;
    chunk[fill + 3] = suspended;
    this.#fill = fill + SLOTS;
    this.size++;
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
      chunk.fill(undefined, 0, i === chunks.length - 1 ? this.#fill : CHUNK);
      spare.push(chunk);
    }
    chunks.length = 0;
    this.#chunk = [];
    this.#fill = CHUNK;
    this.size = 0;
  }

  /** The sends as `SentSignal`s, in order. */
  sends(): SentSignal[] {
    const sends: SentSignal[] = [];
    for (let n = 0; n < this.size; n++) {
      const chunk = this.#chunks[floor((n * SLOTS) / CHUNK)]!;
      const i = (n * SLOTS) % CHUNK;
      sends.push({
        signal: chunk[i] as AnySignal,
        sender: chunk[i + 1],
        payload: chunk[i + 2],
        suspended: chunk[i + 3] as boolean,
      });
    }
    return sends;
  }
}
