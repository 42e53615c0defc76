import type { SentSignal } from '../signals/sent-signal';
import type { EqualityTester, MatcherContext } from './matcher-context';

/** What a `...With` matcher expects of a send; asymmetric matchers allowed anywhere. */
export interface ExpectedSend {
  readonly sender: unknown;
  readonly payload: unknown;
}

/** The testers `toEqual` uses: the user's own, then Jest's for Sets, Maps and other iterables. */
function testers(context: MatcherContext): EqualityTester[] {
  return [...(context.customTesters ?? []), context.utils.iterableEquality];
}

export function senderMatches(context: MatcherContext, sent: SentSignal, expected: ExpectedSend) {
  return context.equals(sent.sender, expected.sender, testers(context));
}

export function payloadMatches(context: MatcherContext, sent: SentSignal, expected: ExpectedSend) {
  return context.equals(sent.payload, expected.payload, testers(context));
}

/** Equal as `toEqual` compares (recursively, `undefined` properties ignored), sender and payload. */
export function sendMatches(context: MatcherContext, sent: SentSignal, expected: ExpectedSend) {
  return senderMatches(context, sent, expected) && payloadMatches(context, sent, expected);
}

function isPlainRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** From 0 to 1: how much of the payload matches, property by property for objects. */
function payloadSimilarity(context: MatcherContext, received: unknown, expected: unknown): number {
  if (context.equals(received, expected, testers(context))) return 1;
  if (!isPlainRecord(received) || !isPlainRecord(expected)) return 0;
  const keys = new Set([...Object.keys(received), ...Object.keys(expected)]);
  let equal = 0;
  for (const key of keys) {
    if (context.equals(received[key], expected[key], testers(context))) equal++;
  }
  return keys.size === 0 ? 0 : equal / keys.size;
}

/**
 * The index of the send most like `expected`, for the diff: a matching sender counts more than
 * any payload likeness; the first wins a tie.
 */
export function closestSend(
  context: MatcherContext,
  sends: readonly SentSignal[],
  expected: ExpectedSend,
): number {
  let best = 0;
  let bestScore = -1;
  sends.forEach((sent, index) => {
    const score =
      (senderMatches(context, sent, expected) ? 2 : 0) +
      payloadSimilarity(context, sent.payload, expected.payload);
    if (score > bestScore) {
      best = index;
      bestScore = score;
    }
  });
  return best;
}
