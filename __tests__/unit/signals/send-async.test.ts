import { Signal } from 'signalbox';

class User {}

/** A promise settled by the test, to control when an async receiver finishes. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('Signal#sendAsync', () => {
  it('resolves to [receiver, awaited result] pairs in connection order', async () => {
    const signal = new Signal<number>('send_async_pairs');
    const slow = deferred<string>();
    const awaitsSlow = () => slow.promise;
    const immediate = async (_sender: unknown, value: number) => value * 2;
    const plain = (_sender: unknown, value: number) => value + 1;
    signal.connect(awaitsSlow);
    signal.connect(immediate);
    signal.connect(plain);

    const sending = signal.sendAsync(User, 5);
    slow.resolve('slow');

    await expect(sending).resolves.toEqual([
      [awaitsSlow, 'slow'],
      [immediate, 10],
      [plain, 6],
    ]);
  });

  it('returns a promise of an empty result when no receiver is connected', async () => {
    const sending = new Signal('send_async_nobody').sendAsync(User);

    expect(sending).toBeInstanceOf(Promise);
    await expect(sending).resolves.toEqual([]);
  });

  it('calls every receiver, in order, before it returns its promise', () => {
    const signal = new Signal('send_async_calls_first');
    const calls: string[] = [];
    const never = deferred<void>();
    signal.connect(async () => {
      calls.push('first');
      await never.promise;
      calls.push('first resumed');
    });
    signal.connect(() => {
      calls.push('second');
    });
    signal.connect(async () => {
      calls.push('third');
    });

    const sending = signal.sendAsync(User);

    expect(sending).toBeInstanceOf(Promise);
    expect(calls).toEqual(['first', 'second', 'third']);
  });

  it('rejects like Promise.all with the first rejection, after calling every receiver', async () => {
    const signal = new Signal('send_async_rejects');
    const failure = new Error('mail server down');
    const after = jest.fn();
    signal.connect(async () => {
      throw failure;
    });
    signal.connect(after);

    await expect(signal.sendAsync(User)).rejects.toBe(failure);
    expect(after).toHaveBeenCalledTimes(1);
  });

  it('rejects with the receiver that settles first, not the one connected first', async () => {
    const signal = new Signal('send_async_first_settled');
    const slow = deferred<void>();
    const fast = deferred<void>();
    signal.connect(() => slow.promise);
    signal.connect(() => fast.promise);

    const sending = signal.sendAsync(User);
    fast.reject(new Error('fast'));
    await expect(sending).rejects.toThrow('fast');
    slow.reject(new Error('slow'));
  });

  it('never throws synchronously: a synchronous throw is that receiver’s rejection', async () => {
    const signal = new Signal('send_async_sync_throw');
    const failure = new TypeError('bad instance');
    const after = jest.fn();
    signal.connect(() => {
      throw failure;
    });
    signal.connect(after);

    let sending: Promise<unknown> | undefined;
    expect(() => {
      sending = signal.sendAsync(User);
    }).not.toThrow();

    expect(after).toHaveBeenCalledTimes(1);
    await expect(sending).rejects.toBe(failure);
  });

  it('rejects with a non-Error throw unchanged, as Promise.all would', async () => {
    const signal = new Signal('send_async_non_error');
    signal.connect(() => {
      throw 'plain string';
    });

    await expect(signal.sendAsync(User)).rejects.toBe('plain string');
  });
});
