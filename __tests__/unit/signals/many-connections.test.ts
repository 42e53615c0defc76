/** Identity on a long list (found through the index by key): the same rules as on a short one. */
import { Signal } from 'signalbox';

class User {}
const count = 200;

test('a repeated identity is a no-op, sender-bound and dispatchUid identities are their own', () => {
  const signal = new Signal<number>('many');
  const receivers = Array.from({ length: count }, (_, i) => jest.fn(() => i));
  for (const receiver of receivers) signal.connect(receiver);
  for (const receiver of receivers) signal.connect(receiver);
  signal.connect(receivers[0]!, { sender: User });
  signal.connect(receivers[1]!, { sender: Number.NaN });
  signal.connect(receivers[1]!, { sender: Number.NaN });
  signal.connect(jest.fn(), { dispatchUid: 'uid' });
  signal.connect(jest.fn(), { dispatchUid: 'uid' });

  expect(signal.send(null, 0)).toHaveLength(count + 1);
  expect(signal.send(User, 0)).toHaveLength(count + 2);
  expect(signal.send(Number.NaN, 0)).toHaveLength(count + 2);

  expect(signal.disconnect(receivers[0]!)).toBe(true);
  expect(signal.disconnect(receivers[0]!)).toBe(false);
  expect(signal.disconnect(receivers[0]!, { sender: User })).toBe(true);
  expect(signal.disconnect(receivers[1]!, { sender: Number.NaN })).toBe(true);
  expect(signal.disconnect(undefined, { dispatchUid: 'uid' })).toBe(true);
  expect(signal.send(User, 0).map(([, result]) => result)).toEqual(
    receivers.slice(1).map((_, i) => i + 1),
  );

  signal.connect(receivers[0]!);
  expect(signal.send(null, 0).at(-1)).toEqual([receivers[0], 0]);
});
