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

type MatcherName =
  | 'toHaveBeenSent'
  | 'toHaveBeenSentTimes'
  | 'toHaveBeenSentWith'
  | 'toHaveBeenLastSentWith';

const ARGUMENTS: Record<MatcherName, string> = {
  toHaveBeenSent: '',
  toHaveBeenSentTimes: 'expected',
  toHaveBeenSentWith: 'sender, payload',
  toHaveBeenLastSentWith: 'sender, payload',
};

function hint(context: MatcherContext, name: MatcherName): string {
  return context.utils.matcherHint(name, 'signal', ARGUMENTS[name], {
    isNot: context.isNot,
    promise: context.promise,
  });
}

function matcherError(context: MatcherContext, name: MatcherName, problem: string, got: string) {
  return new TypeError(context.utils.matcherErrorMessage(hint(context, name), problem, got));
}

/** Validates the signal and reads the running test's log (which throws outside a test). */
function observe(context: MatcherContext, name: MatcherName, received: unknown): Observed {
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
  return { signal: received, sends: log.filter((sent) => sent.signal === received), log, dropped };
}

function expectedSend(context: MatcherContext, name: MatcherName, args: unknown[]): ExpectedSend {
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
    const observed = observe(this, name, received);
    if (typeof expected !== 'number' || !Number.isSafeInteger(expected) || expected < 0) {
      throw matcherError(
        this,
        name,
        `${this.utils.EXPECTED_COLOR('expected')} must be a non-negative integer`,
        this.utils.printWithType('Expected', expected, this.utils.printExpected),
      );
    }
    return {
      pass: observed.sends.length === expected,
      message: () => sentTimesMessage(this, hint(this, name), observed, expected),
    };
  },

  /** Some send of the signal in this test had this sender and payload. */
  toHaveBeenSentWith(this: MatcherContext, received: unknown, ...args: unknown[]): MatcherResult {
    const name = 'toHaveBeenSentWith';
    const observed = observe(this, name, received);
    const expected = expectedSend(this, name, args);
    const matching = new Set<number>();
    observed.sends.forEach((sent, index) => {
      if (sendMatches(this, sent, expected)) matching.add(index);
    });
    return {
      pass: matching.size > 0,
      message: () =>
        sentWithMessage(this, hint(this, name), observed, expected, {
          matching,
          closest: closestSend(this, observed.sends, expected),
        }),
    };
  },

  /** The signal's last send in this test had this sender and payload. */
  toHaveBeenLastSentWith(
    this: MatcherContext,
    received: unknown,
    ...args: unknown[]
  ): MatcherResult {
    const name = 'toHaveBeenLastSentWith';
    const observed = observe(this, name, received);
    const expected = expectedSend(this, name, args);
    const last = observed.sends.at(-1);
    return {
      pass: last !== undefined && sendMatches(this, last, expected),
      message: () => lastSentWithMessage(this, hint(this, name), observed, expected),
    };
  },
};
