import { receiver, Signal, suspendingReceiver } from 'signalbox';
import { describe, expect, test } from 'tstyche';

class User {
  readonly id = 1;
}
interface SavePayload {
  instance: User;
  created: boolean;
}
type SaveReceiver = (sender: typeof User, payload: SavePayload) => boolean;

const postSave = new Signal<SavePayload, typeof User>('post_save');
const saved: SavePayload = { instance: new User(), created: true };
const onSave: SaveReceiver = (_sender, payload) => payload.created;

describe('Signal<Payload, Sender>', () => {
  test('defaults to a payload-less signal from any sender', () => {
    expect(new Signal('ping')).type.toBe<Signal<void, unknown>>();
  });

  test('the payload and sender types flow to receivers, with the signal itself', () => {
    postSave.connect((sender, payload, signal) => {
      expect(sender).type.toBe<typeof User>();
      expect(payload).type.toBe<SavePayload>();
      expect(signal).type.toBe<Signal<SavePayload, typeof User>>();
    });
  });

  test('a receiver may take fewer parameters', () => {
    expect(postSave.connect).type.toBeCallableWith(() => {});
    expect(postSave.connect).type.toBeCallableWith(onSave);
  });

  test('a receiver expecting another payload or sender is a compile error', () => {
    expect(postSave.connect).type.not.toBeCallableWith(
      (_sender: typeof User, payload: number) => payload,
    );
    expect(postSave.connect).type.not.toBeCallableWith((sender: string) => sender);
  });

  test('connect options are typed: sender is the Sender type, dispatchUid a string or symbol', () => {
    expect(postSave.connect).type.toBeCallableWith(onSave, {
      sender: User,
      dispatchUid: 'create-profile',
    });
    expect(postSave.connect).type.toBeCallableWith(onSave, {
      dispatchUid: Symbol('create-profile'),
    });
    expect(postSave.connect).type.not.toBeCallableWith(onSave, { sender: 'User' });
    expect(postSave.connect).type.not.toBeCallableWith(onSave, { dispatchUid: 1 });
  });

  test('connect returns a disconnect function; disconnect and hasListeners return booleans', () => {
    expect(postSave.connect(onSave)).type.toBe<() => boolean>();
    expect(postSave.disconnect(onSave, { sender: User })).type.toBe<boolean>();
    expect(postSave.disconnect(undefined, { dispatchUid: 'create-profile' })).type.toBe<boolean>();
    expect(postSave.hasListeners()).type.toBe<boolean>();
    expect(postSave.hasListeners(User)).type.toBe<boolean>();
  });

  test('every send method takes the sender and a payload of the declared types', () => {
    expect(postSave.send).type.toBeCallableWith(User, saved);
    expect(postSave.sendRobust).type.toBeCallableWith(User, saved);
    expect(postSave.sendAsync).type.toBeCallableWith(User, saved);
    expect(postSave.sendAsyncRobust).type.toBeCallableWith(User, saved);
  });

  test('a wrong or missing payload is a compile error', () => {
    expect(postSave.send).type.not.toBeCallableWith(User);
    expect(postSave.send).type.not.toBeCallableWith(User, { instance: new User() });
    expect(postSave.send).type.not.toBeCallableWith(User, { instance: new User(), created: 'yes' });
    expect(postSave.sendRobust).type.not.toBeCallableWith(User, 42);
    expect(postSave.sendAsync).type.not.toBeCallableWith(User, 'payload');
    expect(postSave.sendAsyncRobust).type.not.toBeCallableWith(User, null);
  });

  test('a wrong sender is a compile error', () => {
    expect(postSave.send).type.not.toBeCallableWith('User', saved);
  });

  test('a payload-less signal is sent with the sender alone', () => {
    const ping = new Signal<void, typeof User>('ping');

    expect(ping.send).type.toBeCallableWith(User);
    expect(ping.sendRobust).type.toBeCallableWith(User);
    expect(ping.sendAsync).type.toBeCallableWith(User);
    expect(ping.sendAsyncRobust).type.toBeCallableWith(User);
    expect(ping.send).type.not.toBeCallableWith(User, { unexpected: true });
  });

  test('send returns result pairs; the async methods return promises of them', () => {
    type Pairs = ReadonlyArray<readonly [unknown, unknown]>;

    expect(postSave.send(User, saved)).type.toBeAssignableTo<Pairs>();
    expect(postSave.sendRobust(User, saved)).type.toBeAssignableTo<Pairs>();
    expect(postSave.sendAsync(User, saved)).type.toBeAssignableTo<Promise<Pairs>>();
    expect(postSave.sendAsyncRobust(User, saved)).type.toBeAssignableTo<Promise<Pairs>>();
  });

  test('the constructor requires a string name', () => {
    expect(Signal).type.toBeConstructableWith('post_save');
    expect(Signal).type.not.toBeConstructableWith();
    expect(Signal).type.not.toBeConstructableWith(42);
  });
});

describe('receiver and suspendingReceiver', () => {
  test('return the decorated function with its own type', () => {
    expect(receiver(postSave)(onSave)).type.toBe<SaveReceiver>();
    expect(suspendingReceiver(postSave)(onSave)).type.toBe<SaveReceiver>();
    expect(receiver([postSave, postSave], { sender: User })(onSave)).type.toBe<SaveReceiver>();
    expect(suspendingReceiver(postSave, { dispatchUid: 'uid' })(onSave)).type.toBe<SaveReceiver>();
  });

  test('reject a function that does not fit the signal', () => {
    expect(receiver(postSave)).type.not.toBeCallableWith(
      (_sender: typeof User, payload: number) => payload,
    );
    expect(suspendingReceiver(postSave)).type.not.toBeCallableWith((sender: string) => sender);
  });
});
