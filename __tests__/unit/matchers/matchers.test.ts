// Installs the bridge before src/ loads (see fake-environment.ts).
import './fake-environment';
import { settingChanged } from '../../../src/settings/setting-changed';
import { settings } from '../../../src/settings/view';
import { Signal } from '../../../src/signals/signal';
import { overrideSettings, sentSignals, suspendSignals } from '../../../src/testing/index';
import { matchers } from '../../../src/testing/matchers';
import { failureOf, inFakeTest } from './fake-environment';
import { Order, ping, postSave, preSave, User } from './signals';

expect.extend(matchers);

const alice = new User(1);

describe('toHaveBeenSent', () => {
  test('passes once the signal was sent in the test, receivers or not', () => {
    inFakeTest(() => {
      expect(postSave).not.toHaveBeenSent();
      postSave.send(User, { instance: alice, created: true });
      expect(postSave).toHaveBeenSent();
      expect(preSave).not.toHaveBeenSent();
    });
  });

  test('counts suspended sends, and says they were suspended', () => {
    inFakeTest(() => {
      const disconnect = postSave.connect(() => 'ran');
      try {
        const result = suspendSignals(postSave, () =>
          postSave.send(User, { instance: alice, created: true }),
        );
        expect(result).toEqual([]);
        expect(postSave).toHaveBeenSent();
        expect(sentSignals(postSave).map((sent) => sent.suspended)).toEqual([true]);
      } finally {
        disconnect();
      }
    });
  });

  test("a test's log starts empty: the sends of the previous test are gone", () => {
    inFakeTest(() => postSave.send(User, { instance: alice, created: true }));
    inFakeTest(() => expect(postSave).not.toHaveBeenSent());
  });

  test('fails with the signal name when it was not sent', () => {
    inFakeTest(() => {
      expect(failureOf(() => expect(postSave).toHaveBeenSent())).toContain(
        'Expected: "post_save" sent in this test\nReceived: no sends',
      );
    });
  });
});

describe('toHaveBeenSentTimes', () => {
  test('passes for the exact number of sends only', () => {
    inFakeTest(() => {
      expect(postSave).toHaveBeenSentTimes(0);
      postSave.send(User, { instance: alice, created: true });
      postSave.send(User, { instance: alice, created: false });
      expect(postSave).toHaveBeenSentTimes(2);
      expect(postSave).not.toHaveBeenSentTimes(1);
      expect(postSave).not.toHaveBeenSentTimes(3);
    });
  });

  test.each([[-1], [1.5], ['2'], [Number.NaN], [undefined]])(
    'rejects %p as the number of sends with a TypeError',
    (n) => {
      inFakeTest(() => {
        const call = () => expect(postSave).toHaveBeenSentTimes(n as number);
        expect(call).toThrow(TypeError);
        expect(failureOf(call)).toContain('expected must be a non-negative integer');
      });
    },
  );
});

describe('toHaveBeenSentWith', () => {
  test('passes when some send has an equal sender and payload', () => {
    inFakeTest(() => {
      postSave.send(User, { instance: new User(1), created: true });
      postSave.send(User, { instance: new User(2), created: false });
      expect(postSave).toHaveBeenSentWith(User, { instance: new User(2), created: false });
      expect(postSave).not.toHaveBeenSentWith(User, { instance: new User(3), created: false });
      expect(postSave).not.toHaveBeenSentWith(Order, { instance: new User(1), created: true });
    });
  });

  test('asymmetric matchers work in the sender and anywhere in the payload', () => {
    inFakeTest(() => {
      postSave.send(User, { instance: alice, created: true });
      expect(postSave).toHaveBeenSentWith(expect.anything(), expect.anything());
      expect(postSave).toHaveBeenSentWith(User, expect.objectContaining({ created: true }));
      expect(postSave).toHaveBeenSentWith(User, { instance: expect.any(User), created: true });
      expect(postSave).not.toHaveBeenSentWith(User, expect.objectContaining({ created: false }));
    });
  });

  test('compares Sets and Maps by their contents, as toEqual does', () => {
    inFakeTest(() => {
      const tagged = new (class Tagged {})();
      const tags = new Signal<Set<string>>('tags');
      tags.send(tagged, new Set(['a']));
      expect(tags).toHaveBeenSentWith(tagged, new Set(['a']));
      expect(tags).not.toHaveBeenSentWith(tagged, new Set(['b']));
    });
  });

  test('a payload-less send matches with the sender alone', () => {
    inFakeTest(() => {
      ping.send(User);
      expect(ping).toHaveBeenSentWith(User);
      expect(ping).toHaveBeenSentWith(User, undefined);
    });
  });

  test('wants the sender and at most a payload', () => {
    inFakeTest(() => {
      postSave.send(User, { instance: alice, created: true });
      const call = () => (expect(postSave).toHaveBeenSentWith as (...a: unknown[]) => void)();
      expect(call).toThrow(TypeError);
      expect(failureOf(call)).toContain('Received 0 arguments');
    });
  });
});

describe('toHaveBeenLastSentWith', () => {
  test('looks at the last send only', () => {
    inFakeTest(() => {
      postSave.send(User, { instance: alice, created: true });
      postSave.send(User, { instance: alice, created: false });
      expect(postSave).toHaveBeenLastSentWith(User, { instance: alice, created: false });
      expect(postSave).not.toHaveBeenLastSentWith(User, { instance: alice, created: true });
      expect(ping).not.toHaveBeenLastSentWith(User);
    });
  });
});

test('settingChanged sends are recorded like any other', () => {
  inFakeTest(() => {
    overrideSettings({ SUSPEND_SIGNALS: true }, () => undefined);
    expect(settingChanged).toHaveBeenSentTimes(2);
    expect(settingChanged).toHaveBeenSentWith(settings, {
      setting: 'SUSPEND_SIGNALS',
      value: true,
      enter: true,
    });
    expect(settingChanged).toHaveBeenLastSentWith(settings, {
      setting: 'SUSPEND_SIGNALS',
      value: false,
      enter: false,
    });
  });
});

test.each([
  ['toHaveBeenSent', []],
  ['toHaveBeenSentTimes', [1]],
  ['toHaveBeenSentWith', [User, {}]],
  ['toHaveBeenLastSentWith', [User, {}]],
] as const)('%s wants a Signal, not its name', (name, args) => {
  inFakeTest(() => {
    // a type error too (ExpectTheSignalObjectNotItsName): plain JavaScript gets the matcher error
    const matcher = expect('post_save')[name] as unknown as (...a: readonly unknown[]) => void;
    const call = () => matcher(...args);
    expect(call).toThrow(TypeError);
    expect(failureOf(call)).toContain('signal must be a Signal');
  });
});

test('outside a test, the matchers say that sends are recorded per test', () => {
  expect(() => expect(postSave).toHaveBeenSent()).toThrow(
    'expect(signal).toHaveBeenSent() works inside a test (its body, beforeEach or afterEach)',
  );
  expect(() => expect(postSave).not.toHaveBeenSentTimes(1)).toThrow(
    'expect(signal).not.toHaveBeenSentTimes(expected) works inside a test',
  );
});
