import { realmRegistry } from '../base/registry';
import { asAdoptedEvent } from '../emitters/adoption';
import type { SentSignal } from '../signals/sent-signal';
import type { MatcherUtils } from './matcher-context';

const registry = realmRegistry();

/** Sends listed in full before the rest is summarised. */
const LISTED = 10;
/** A sender or payload printed longer than this is cut (the diff shows the closest one whole). */
const VALUE_WIDTH = 100;

export interface ListingOptions {
  /** Print each send's signal name (lists that mix signals). */
  readonly withName: boolean;
  /** Indices to point at with `->` (the closest or the matching sends); always listed. */
  readonly marked?: ReadonlySet<number>;
}

/**
 * A sender or payload on one line, `width` characters at most. The settings view (the sender of
 * `settingChanged`) prints as `settings`: pretty-format would list every setting in force, and
 * its plugins probe names the view refuses to read.
 */
export function printValue(
  utils: MatcherUtils,
  value: unknown,
  colour: 'expected' | 'received',
  width = Number.POSITIVE_INFINITY,
): string {
  const paint = colour === 'expected' ? utils.EXPECTED_COLOR : utils.RECEIVED_COLOR;
  if (value !== undefined && value === registry.settingsView) return paint('settings');
  const text = utils.stringify(value).replace(/\n/g, '\\n');
  return paint(text.length > width ? `${text.slice(0, width - 1)}…` : text);
}

/**
 * `sender User, payload {"id": 1} (suspended)` (an emit: `arguments [{"id": 1}]`), optionally
 * preceded by the signal's name.
 */
export function printSend(utils: MatcherUtils, sent: SentSignal, withName: boolean): string {
  const name = withName ? `${JSON.stringify(sent.signal.name)}: ` : '';
  const suspended = sent.suspended ? utils.DIM_COLOR(' (suspended)') : '';
  if (asAdoptedEvent(sent.signal) !== undefined) {
    return `${name}arguments ${printValue(utils, sent.payload, 'received', VALUE_WIDTH)}${suspended}`;
  }
  return `${name}sender ${printValue(utils, sent.sender, 'received', VALUE_WIDTH)}, payload ${printValue(utils, sent.payload, 'received', VALUE_WIDTH)}${suspended}`;
}

/**
 * The sends numbered from 1, the marked ones with `->`, at most `LISTED` of the others; what is
 * left out is said.
 */
export function listSends(
  utils: MatcherUtils,
  sends: readonly SentSignal[],
  options: ListingOptions,
): string {
  const marked = options.marked ?? new Set<number>();
  const width = String(sends.length).length;
  const lines: string[] = [];
  let omitted = 0;
  sends.forEach((sent, index) => {
    if (index >= LISTED && !marked.has(index)) {
      omitted++;
      return;
    }
    if (omitted > 0) lines.push(utils.DIM_COLOR(`   … ${omitted} more`));
    omitted = 0;
    const pointer = marked.has(index) ? '->' : '  ';
    const number = String(index + 1).padStart(width);
    lines.push(`${pointer} ${number}: ${printSend(utils, sent, options.withName)}`);
  });
  if (omitted > 0)
    lines.push(utils.DIM_COLOR(`   … ${omitted} more (sentSignals() returns them all)`));
  return lines.join('\n');
}
