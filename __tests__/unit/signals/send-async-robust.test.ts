import { runInNewContext } from 'node:vm';
import { Signal } from 'signalbox';

class User {}

describe('Signal#sendAsyncRobust', () => {
  it('resolves to [receiver, value | Error] for every receiver, like Promise.allSettled', async () => {
    const signal = new Signal<number>('send_async_robust_pairs');
    const failure = new Error('rejected');
    const rejects = async () => {
      throw failure;
    };
    const resolves = async (_sender: unknown, value: number) => value * 2;
    const plain = (_sender: unknown, value: number) => value + 1;
    signal.connect(rejects);
    signal.connect(resolves);
    signal.connect(plain);

    const result = await signal.sendAsyncRobust(User, 5);

    expect(result).toEqual([
      [rejects, failure],
      [resolves, 10],
      [plain, 6],
    ]);
    expect(result[0]?.[1]).toBe(failure);
  });

  it('makes a synchronous throw that receiver’s Error result, without throwing or rejecting', async () => {
    const signal = new Signal('send_async_robust_sync_throw');
    const failure = new Error('sync');
    const throwsNow = () => {
      throw failure;
    };
    const after = jest.fn(() => 'ran');
    signal.connect(throwsNow);
    signal.connect(after);

    let sending: Promise<unknown> | undefined;
    expect(() => {
      sending = signal.sendAsyncRobust(User);
    }).not.toThrow();
    expect(after).toHaveBeenCalledTimes(1);

    await expect(sending).resolves.toEqual([
      [throwsNow, failure],
      [after, 'ran'],
    ]);
  });

  it.each([
    ['rejection', async () => Promise.reject('plain string')],
    [
      'synchronous throw',
      () => {
        throw 'plain string';
      },
    ],
  ])('wraps a non-Error %s in an Error that keeps it as cause', async (_label, receiver) => {
    const signal = new Signal('send_async_robust_non_error');
    signal.connect(receiver);

    const [[, result]] = (await signal.sendAsyncRobust(User)) as [[unknown, unknown]];

    expect(result).toBeInstanceOf(Error);
    expect((result as Error).cause).toBe('plain string');
  });

  it('keeps a rejection with an Error from another realm as it is', async () => {
    const signal = new Signal('send_async_robust_foreign_error');
    const foreign: unknown = runInNewContext('new Error("from another realm")');
    signal.connect(() => Promise.reject(foreign));

    const [[, result]] = (await signal.sendAsyncRobust(User)) as [[unknown, unknown]];

    expect(result).toBe(foreign);
  });

  it('calls every receiver before it returns its promise', () => {
    const signal = new Signal('send_async_robust_calls_first');
    const calls: string[] = [];
    signal.connect(async () => {
      calls.push('first');
      await new Promise(() => {});
    });
    signal.connect(() => {
      calls.push('second');
    });

    void signal.sendAsyncRobust(User);

    expect(calls).toEqual(['first', 'second']);
  });
});
