import type { SentSignal } from '../signals/sent-signal';
import type { MatcherContext } from './matcher-context';
import { type ExpectedSend, payloadMatches, senderMatches } from './send-equality';
import { listSends, printValue } from './send-listing';

/**
 * What a matcher saw: the signal (or an adopted emitter's event), its sends in this test, and the
 * whole log of the test.
 */
export interface Observed {
  readonly signal: { readonly name: string };
  /** A signal's sends, or an adopted emitter's emits (`sender` the emitter, `payload` the arguments). */
  readonly kind: 'send' | 'emit';
  /** This signal's sends, in order. */
  readonly sends: readonly SentSignal[];
  /** Every send of the test. */
  readonly log: readonly SentSignal[];
  /** Sends not recorded because the log was full. */
  readonly dropped: number;
}

const quoted = (observed: Observed) => JSON.stringify(observed.signal.name);

const WORDS = {
  send: {
    sent: 'sent',
    send: 'send',
    sends: 'sends',
    Sends: 'Sends',
    payload: 'payload',
    nothing: 'Nothing was sent in this test.',
    others: 'Sends of other signals in this test:',
  },
  emit: {
    sent: 'emitted',
    send: 'emit',
    sends: 'emits',
    Sends: 'Emits',
    payload: 'arguments',
    nothing: 'Nothing was sent or emitted in this test.',
    others: 'Other sends and emits in this test:',
  },
} as const;

const words = (observed: Observed) => WORDS[observed.kind];

function count(observed: Observed, n: number): string {
  const { send, sends } = words(observed);
  return n === 1 ? `1 ${send}` : `${n} ${sends}`;
}

function listOwn(context: MatcherContext, observed: Observed, marked?: ReadonlySet<number>) {
  if (observed.sends.length === 0) return listOthers(context, observed);
  const list = listSends(context.utils, observed.sends, { withName: false, marked });
  return `\n\n${words(observed).Sends} of ${quoted(observed)} in this test:\n${list}`;
}

function listOthers(context: MatcherContext, observed: Observed): string {
  const { nothing, others } = words(observed);
  if (observed.log.length === 0) return `\n\n${nothing}`;
  const list = listSends(context.utils, observed.log, { withName: true });
  return `\n\n${others}\n${list}`;
}

/** Hints at the two usual surprises: a same-named Signal object, and a full log. */
function notes(observed: Observed): string {
  const lines: string[] = [];
  const twins = observed.log.filter(
    (sent) => sent.signal !== observed.signal && sent.signal.name === observed.signal.name,
  ).length;
  if (twins > 0) {
    lines.push(
      `Note: ${count(observed, twins)} of another signal named ${quoted(observed)} (a different Signal object) ${twins === 1 ? 'was' : 'were'} recorded.`,
    );
  }
  if (observed.dropped > 0) {
    lines.push(
      `Note: this test's send log is full: it kept the first ${observed.log.length} sends and dropped ${observed.dropped} later ones (the sendLogLimit option).`,
    );
  }
  return lines.length === 0 ? '' : `\n\n${lines.join('\n')}`;
}

function printExpectedSend(context: MatcherContext, observed: Observed, expected: ExpectedSend) {
  const { utils } = context;
  if (observed.kind === 'emit')
    return `  arguments: ${printValue(utils, expected.payload, 'expected')}`;
  return `  sender:  ${printValue(utils, expected.sender, 'expected')}\n  payload: ${printValue(utils, expected.payload, 'expected')}`;
}

/** The diff between `expected` and one send: the sender if it differs, the payload if it does. */
function printDifference(
  context: MatcherContext,
  observed: Observed,
  sent: SentSignal,
  expected: ExpectedSend,
) {
  const { utils } = context;
  const parts: string[] = [];
  const { payload } = words(observed);
  if (!senderMatches(context, sent, expected)) {
    parts.push(
      `Expected sender: ${printValue(utils, expected.sender, 'expected')}\nReceived sender: ${printValue(utils, sent.sender, 'received')}`,
    );
  }
  if (!payloadMatches(context, sent, expected)) {
    parts.push(
      utils.printDiffOrStringify(
        expected.payload,
        sent.payload,
        `Expected ${payload}`,
        `Received ${payload}`,
        context.expand !== false,
      ),
    );
  }
  return parts.join('\n');
}

/** `the one send matches`, `send 2 of 3 matches`, `2 of 3 sends match`. */
function whichMatch(observed: Observed, matching: ReadonlySet<number>, n: number): string {
  const { send, sends } = words(observed);
  if (n === 1) return `the one ${send} matches`;
  if (matching.size === 1) return `${send} ${[...matching][0]! + 1} of ${n} matches`;
  return `${matching.size} of ${n} ${sends} match`;
}

function noSends(context: MatcherContext, head: string, observed: Observed): string {
  const none = `no ${words(observed).sends}`;
  return `${head}\nReceived: ${none}${listOthers(context, observed)}${notes(observed)}`;
}

export function sentMessage(context: MatcherContext, hint: string, observed: Observed): string {
  const { printReceived } = context.utils;
  const n = observed.sends.length;
  const { sent, send, sends } = words(observed);
  if (n === 0) {
    return noSends(
      context,
      `${hint}\n\nExpected: ${quoted(observed)} ${sent} in this test`,
      observed,
    );
  }
  return `${hint}\n\nExpected: ${quoted(observed)} not ${sent} in this test\nReceived: ${printReceived(n)} ${n === 1 ? send : sends}${listOwn(context, observed)}${notes(observed)}`;
}

export function sentTimesMessage(
  context: MatcherContext,
  hint: string,
  observed: Observed,
  expected: number,
): string {
  const { printExpected, printReceived } = context.utils;
  const not = context.isNot ? 'not ' : '';
  const { sends } = words(observed);
  return (
    `${hint}\n\nExpected number of ${sends}: ${not}${printExpected(expected)}\n` +
    `Received number of ${sends}: ${context.isNot ? '    ' : ''}${printReceived(observed.sends.length)}` +
    `${listOwn(context, observed)}${notes(observed)}`
  );
}

export function sentWithMessage(
  context: MatcherContext,
  hint: string,
  observed: Observed,
  expected: ExpectedSend,
  found: { matching: ReadonlySet<number>; closest: number },
): string {
  const n = observed.sends.length;
  const not = context.isNot ? 'not ' : '';
  const { sent, send } = words(observed);
  const head = `${hint}\n\nExpected: ${quoted(observed)} ${not}${sent} with\n${printExpectedSend(context, observed, expected)}`;
  if (context.isNot) {
    const received = `Received: ${whichMatch(observed, found.matching, n)}`;
    return `${head}\n${received}${listOwn(context, observed, found.matching)}${notes(observed)}`;
  }
  if (n === 0) return noSends(context, head, observed);
  const closest = observed.sends[found.closest]!;
  const title = n === 1 ? `The one ${send}` : `Closest ${send} (${found.closest + 1})`;
  return (
    `${head}\nReceived: ${count(observed, n)}, none matching\n\n` +
    `${title}:\n${printDifference(context, observed, closest, expected)}` +
    `${listOwn(context, observed, new Set([found.closest]))}${notes(observed)}`
  );
}

export function lastSentWithMessage(
  context: MatcherContext,
  hint: string,
  observed: Observed,
  expected: ExpectedSend,
): string {
  const n = observed.sends.length;
  const not = context.isNot ? 'not ' : '';
  const { send, sends } = words(observed);
  const head = `${hint}\n\nExpected: last ${send} of ${quoted(observed)} ${not}with\n${printExpectedSend(context, observed, expected)}`;
  if (n === 0) return noSends(context, head, observed);
  const last = new Set([n - 1]);
  const which = n === 1 ? `the one ${send}` : `the last of ${n} ${sends}`;
  if (context.isNot) {
    return `${head}\nReceived: ${which} matches${listOwn(context, observed, last)}${notes(observed)}`;
  }
  return (
    `${head}\nReceived: ${which} differs\n\n` +
    `Last ${send} (${n}):\n${printDifference(context, observed, observed.sends[n - 1]!, expected)}` +
    `${listOwn(context, observed, last)}${notes(observed)}`
  );
}
