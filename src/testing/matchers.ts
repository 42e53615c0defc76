import { describe } from '../base/errors';
import { adoptionOf, displayName } from '../emitters/adoption';
import { scopeRealm } from '../scope/realm';
import { isSignal } from '../signals/signal';
import type { MatcherContext, MatcherResult } from './matcher-context';
import {
  lastSentWithMessage,
  type Observed,
  sentMessage,
  sentTimesMessage,
  sentWithMessage,
} from './matcher-messages';
import { closestSend, type ExpectedSend, sendMatches } from './send-equality';
import { currentLog } from './sent-signals';

const realm = scopeRealm();

type SignalMatcherName =
  | 'toHaveBeenSent'
  | 'toHaveBeenSentTimes'
  | 'toHaveBeenSentWith'
  | 'toHaveBeenLastSentWith';
type EmitMatcherName = 'toHaveEmitted' | 'toHaveEmittedTimes' | 'toHaveLastEmitted';
type MatcherName = SignalMatcherName | EmitMatcherName;

const ARGUMENTS: Record<MatcherName, string> = {
  toHaveBeenSent: '',
  toHaveBeenSentTimes: 'expected',
  toHaveBeenSentWith: 'sender, payload',
  toHaveBeenLastSentWith: 'sender, payload',
  toHaveEmitted: 'event, ...args',
  toHaveEmittedTimes: 'event, expected',
  toHaveLastEmitted: 'event, ...args',
};

const isEmitMatcher = (name: MatcherName): name is EmitMatcherName => name.includes('Emitted');

function hint(context: MatcherContext, name: MatcherName): string {
  const received = isEmitMatcher(name) ? 'emitter' : 'signal';
  return context.utils.matcherHint(name, received, ARGUMENTS[name], {
    isNot: context.isNot,
    promise: context.promise,
  });
}

function matcherError(context: MatcherContext, name: MatcherName, problem: string, got: string) {
  return new TypeError(context.utils.matcherErrorMessage(hint(context, name), problem, got));
}

/** Validates the signal and reads the running test's log (which throws outside a test). */
function observe(context: MatcherContext, name: SignalMatcherName, received: unknown): Observed {
  const { utils } = context;
  if (!isSignal(received)) {
    throw matcherError(
      context,
      name,
      `${utils.RECEIVED_COLOR('signal')} must be a Signal`,
      utils.printWithType('Received', received, utils.printReceived),
    );
  }
  // the receiver profile counts a signal asserted on as needed by the test
  realm.profiler?.asserted(received);
  const { log, dropped } = currentLog(
    `expect(signal)${context.isNot ? '.not' : ''}.${name}(${ARGUMENTS[name]})`,
  );
  const sends = log.filter((sent) => sent.signal === received);
  return { signal: received, kind: 'send', sends, log, dropped };
}

/** Validates the adopted emitter and the event, and reads the running test's log of its emits. */
function observeEmits(
  context: MatcherContext,
  name: EmitMatcherName,
  received: unknown,
  event: unknown,
): Observed {
  const { utils } = context;
  const adoption = adoptionOf(received);
  if (adoption === undefined) {
    throw matcherError(
      context,
      name,
      `${utils.RECEIVED_COLOR('emitter')} must be an adopted emitter: adoptEmitter(emitter, { name }) first${isSignal(received) ? ' (a Signal: use toHaveBeenSent and its friends)' : ''}`,
      utils.printWithType('Received', received, utils.printReceived),
    );
  }
  if (typeof event !== 'string' && typeof event !== 'symbol' && !Array.isArray(event)) {
    throw matcherError(
      context,
      name,
      `${utils.EXPECTED_COLOR('event')} must be an event name (a string or a symbol), got ${describe(event)}`,
      utils.printWithType('Expected', event, utils.printExpected),
    );
  }
  const key = adoption.adapter.eventKey(adoption.emitter, event);
  const recorded = adoption.events.get(key);
  if (recorded !== undefined) realm.profiler?.asserted(recorded);
  const { log, dropped } = currentLog(
    `expect(emitter)${context.isNot ? '.not' : ''}.${name}(${ARGUMENTS[name]})`,
  );
  const sends =
    recorded === undefined ? [] : log.filter((sent) => (sent.signal as object) === recorded);
  const signal = recorded ?? { name: displayName(adoption, key) };
  return { signal, kind: 'emit', sends, log, dropped };
}

function withMessage(
  context: MatcherContext,
  name: MatcherName,
  observed: Observed,
  expected: ExpectedSend,
) {
  const matching = new Set<number>();
  observed.sends.forEach((sent, index) => {
    if (sendMatches(context, sent, expected)) matching.add(index);
  });
  return {
    pass: matching.size > 0,
    message: () =>
      sentWithMessage(context, hint(context, name), observed, expected, {
        matching,
        closest: closestSend(context, observed.sends, expected),
      }),
  };
}

function lastWithMessage(
  context: MatcherContext,
  name: MatcherName,
  observed: Observed,
  expected: ExpectedSend,
) {
  const last = observed.sends.at(-1);
  return {
    pass: last !== undefined && sendMatches(context, last, expected),
    message: () => lastSentWithMessage(context, hint(context, name), observed, expected),
  };
}

function timesMessage(
  context: MatcherContext,
  name: MatcherName,
  observed: Observed,
  expected: unknown,
) {
  if (typeof expected !== 'number' || !Number.isSafeInteger(expected) || expected < 0) {
    throw matcherError(
      context,
      name,
      `${context.utils.EXPECTED_COLOR('expected')} must be a non-negative integer`,
      context.utils.printWithType('Expected', expected, context.utils.printExpected),
    );
  }
  return {
    pass: observed.sends.length === expected,
    message: () => sentTimesMessage(context, hint(context, name), observed, expected),
  };
}

function expectedSend(
  context: MatcherContext,
  name: SignalMatcherName,
  args: unknown[],
): ExpectedSend {
  if (args.length < 1 || args.length > 2) {
    throw matcherError(
      context,
      name,
      `${name} takes the ${context.utils.EXPECTED_COLOR('sender')} and, unless the signal has none, the ${context.utils.EXPECTED_COLOR('payload')}`,
      `Received ${args.length} arguments`,
    );
  }
  return { sender: args[0], payload: args[1] };
}

/**
 * The signal matchers, for `expect.extend(matchers)` (`signalbox/setup` does it). Each looks at the
 * current test's sends, suspended or not; payloads and senders compare as `toEqual` does, so
 * asymmetric matchers such as `expect.objectContaining` work.
 */
export const matchers = {
  /** The signal was sent at least once in this test. */
  toHaveBeenSent(this: MatcherContext, received: unknown): MatcherResult {
    const observed = observe(this, 'toHaveBeenSent', received);
    return {
      pass: observed.sends.length > 0,
      message: () => sentMessage(this, hint(this, 'toHaveBeenSent'), observed),
    };
  },

  /** The signal was sent exactly `expected` times in this test. */
  toHaveBeenSentTimes(this: MatcherContext, received: unknown, expected: unknown): MatcherResult {
    const name = 'toHaveBeenSentTimes';
    return timesMessage(this, name, observe(this, name, received), expected);
  },

  /** Some send of the signal in this test had this sender and payload. */
  toHaveBeenSentWith(this: MatcherContext, received: unknown, ...args: unknown[]): MatcherResult {
    const name = 'toHaveBeenSentWith';
    const observed = observe(this, name, received);
    return withMessage(this, name, observed, expectedSend(this, name, args));
  },

  /** The signal's last send in this test had this sender and payload. */
  toHaveBeenLastSentWith(
    this: MatcherContext,
    received: unknown,
    ...args: unknown[]
  ): MatcherResult {
    const name = 'toHaveBeenLastSentWith';
    const observed = observe(this, name, received);
    return lastWithMessage(this, name, observed, expectedSend(this, name, args));
  },

  /**
   * The adopted emitter emitted `event` in this test — with these arguments, when given (compared
   * as `toEqual`: `expect.objectContaining` and the like work).
   */
  toHaveEmitted(
    this: MatcherContext,
    received: unknown,
    event: unknown,
    ...args: unknown[]
  ): MatcherResult {
    const name = 'toHaveEmitted';
    const observed = observeEmits(this, name, received, event);
    if (args.length > 0)
      return withMessage(this, name, observed, { sender: received, payload: args });
    return {
      pass: observed.sends.length > 0,
      message: () => sentMessage(this, hint(this, name), observed),
    };
  },

  /** The adopted emitter emitted `event` exactly `expected` times in this test. */
  toHaveEmittedTimes(
    this: MatcherContext,
    received: unknown,
    event: unknown,
    expected: unknown,
  ): MatcherResult {
    const name = 'toHaveEmittedTimes';
    return timesMessage(this, name, observeEmits(this, name, received, event), expected);
  },

  /** The adopted emitter's last emit of `event` in this test had these arguments. */
  toHaveLastEmitted(
    this: MatcherContext,
    received: unknown,
    event: unknown,
    ...args: unknown[]
  ): MatcherResult {
    const name = 'toHaveLastEmitted';
    const observed = observeEmits(this, name, received, event);
    return lastWithMessage(this, name, observed, { sender: received, payload: args });
  },
};
