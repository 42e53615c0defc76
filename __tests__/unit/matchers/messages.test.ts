/**
 * The matchers' failure messages, as a user reads them (colours removed). The snapshots are the
 * review copy: read them when a message changes.
 */
// Installs the bridge before src/ loads (see fake-environment.ts).
import './fake-environment';
import { settingChanged } from '../../../src/settings/setting-changed';
import { settings } from '../../../src/settings/view';
import { Signal } from '../../../src/signals/signal';
import { overrideSettings, suspendSignals } from '../../../src/testing/index';
import { matchers } from '../../../src/testing/matchers';
import { failureOf, inFakeTest, SEND_LOG_LIMIT } from './fake-environment';
import { Order, ping, postSave, preSave, User } from './signals';

expect.extend(matchers);

const alice = new User(1);
const bob = new User(2);

describe('toHaveBeenSent', () => {
  test('nothing was sent at all', () => {
    inFakeTest(() => {
      expect(failureOf(() => expect(postSave).toHaveBeenSent())).toMatchSnapshot();
    });
  });

  test('other signals were sent: they are listed', () => {
    inFakeTest(() => {
      preSave.send(User, { instance: alice });
      ping.send(User);
      expect(failureOf(() => expect(postSave).toHaveBeenSent())).toMatchSnapshot();
    });
  });

  test('another Signal object of the same name was sent', () => {
    inFakeTest(() => {
      const twin = new Signal<{ instance: User; created: boolean }, typeof User>('post_save');
      twin.send(User, { instance: alice, created: true });
      expect(failureOf(() => expect(postSave).toHaveBeenSent())).toMatchSnapshot();
    });
  });

  test('.not: the sends are listed, suspended ones marked', () => {
    inFakeTest(() => {
      const disconnect = postSave.connect(() => undefined);
      postSave.send(User, { instance: alice, created: true });
      suspendSignals(postSave, () => postSave.send(User, { instance: alice, created: false }));
      disconnect();
      expect(failureOf(() => expect(postSave).not.toHaveBeenSent())).toMatchSnapshot();
    });
  });
});

describe('toHaveBeenSentTimes', () => {
  test('fewer sends than expected', () => {
    inFakeTest(() => {
      postSave.send(User, { instance: alice, created: true });
      expect(failureOf(() => expect(postSave).toHaveBeenSentTimes(2))).toMatchSnapshot();
    });
  });

  test('.not: exactly that many', () => {
    inFakeTest(() => {
      postSave.send(User, { instance: alice, created: true });
      expect(failureOf(() => expect(postSave).not.toHaveBeenSentTimes(1))).toMatchSnapshot();
    });
  });

  test('a bad number', () => {
    inFakeTest(() => {
      expect(failureOf(() => expect(postSave).toHaveBeenSentTimes(-1))).toMatchSnapshot();
    });
  });
});

describe('toHaveBeenSentWith', () => {
  test('one send, another payload: the payload diff', () => {
    inFakeTest(() => {
      postSave.send(User, { instance: alice, created: false });
      expect(
        failureOf(() =>
          expect(postSave).toHaveBeenSentWith(User, { instance: alice, created: true }),
        ),
      ).toMatchSnapshot();
    });
  });

  test('several sends: the closest one is diffed and pointed at', () => {
    inFakeTest(() => {
      postSave.send(Order, { instance: bob, created: true });
      postSave.send(User, { instance: bob, created: false });
      postSave.send(User, { instance: alice, created: false });
      expect(
        failureOf(() =>
          expect(postSave).toHaveBeenSentWith(User, { instance: bob, created: true }),
        ),
      ).toMatchSnapshot();
    });
  });

  test('another sender, same payload', () => {
    inFakeTest(() => {
      postSave.send(Order, { instance: alice, created: true });
      expect(
        failureOf(() =>
          expect(postSave).toHaveBeenSentWith(User, { instance: alice, created: true }),
        ),
      ).toMatchSnapshot();
    });
  });

  test('asymmetric matchers: only what differs is marked', () => {
    inFakeTest(() => {
      postSave.send(User, { instance: alice, created: false });
      expect(
        failureOf(() =>
          expect(postSave).toHaveBeenSentWith(User, {
            instance: expect.any(User),
            created: true,
          }),
        ),
      ).toMatchSnapshot();
    });
  });

  test('never sent', () => {
    inFakeTest(() => {
      expect(
        failureOf(() =>
          expect(postSave).toHaveBeenSentWith(User, { instance: alice, created: true }),
        ),
      ).toMatchSnapshot();
    });
  });

  test('.not: the matching sends are pointed at', () => {
    inFakeTest(() => {
      postSave.send(User, { instance: alice, created: true });
      postSave.send(User, { instance: bob, created: true });
      postSave.send(User, { instance: alice, created: true });
      expect(
        failureOf(() =>
          expect(postSave).not.toHaveBeenSentWith(
            User,
            expect.objectContaining({ instance: alice }),
          ),
        ),
      ).toMatchSnapshot();
    });
  });
});

describe('toHaveBeenLastSentWith', () => {
  test('the last send differs', () => {
    inFakeTest(() => {
      postSave.send(User, { instance: alice, created: true });
      postSave.send(User, { instance: bob, created: true });
      expect(
        failureOf(() =>
          expect(postSave).toHaveBeenLastSentWith(User, { instance: alice, created: true }),
        ),
      ).toMatchSnapshot();
    });
  });

  test('.not: the last send matches', () => {
    inFakeTest(() => {
      postSave.send(User, { instance: alice, created: true });
      expect(
        failureOf(() =>
          expect(postSave).not.toHaveBeenLastSentWith(User, { instance: alice, created: true }),
        ),
      ).toMatchSnapshot();
    });
  });
});

describe('long logs', () => {
  test('past ten sends the list is cut, keeping the send it points at', () => {
    inFakeTest(() => {
      for (let id = 1; id <= 15; id++)
        postSave.send(User, { instance: new User(id), created: true });
      expect(
        failureOf(() =>
          expect(postSave).toHaveBeenSentWith(User, { instance: new User(13), created: false }),
        ),
      ).toMatchSnapshot();
    });
  });

  test('a full log says how many sends it dropped', () => {
    inFakeTest(() => {
      for (let id = 1; id <= SEND_LOG_LIMIT + 5; id++)
        preSave.send(User, { instance: new User(id) });
      expect(failureOf(() => expect(postSave).toHaveBeenSent())).toMatchSnapshot();
    });
  });

  test('long values are cut in the list, not in the diff', () => {
    inFakeTest(() => {
      const text = new Signal<{ body: string }, string>('text');
      text.send('editor', { body: 'x'.repeat(150) });
      expect(
        failureOf(() => expect(text).toHaveBeenSentWith('editor', { body: 'y' })),
      ).toMatchSnapshot();
    });
  });
});

test('settingChanged is listed with the settings as its sender', () => {
  inFakeTest(() => {
    overrideSettings({ SUSPEND_SIGNALS: true }, () => undefined);
    expect(
      failureOf(() =>
        expect(settingChanged).toHaveBeenSentWith(settings, {
          setting: 'DEBUG',
          value: true,
          enter: true,
        }),
      ),
    ).toMatchSnapshot();
  });
});

test('a received value that is not a Signal', () => {
  // @ts-expect-error a name is not a Signal (the types say so too)
  expect(failureOf(() => expect('post_save').toHaveBeenSent())).toMatchSnapshot();
});
