import { Signal } from 'signalbox';

class User {}

describe('Signal#send', () => {
  it('returns [receiver, result] pairs in connection order', () => {
    const signal = new Signal<number>('send_pairs');
    const double = (_sender: unknown, value: number) => value * 2;
    const describeValue = (_sender: unknown, value: number) => `value ${value}`;
    const nothing = () => {};
    signal.connect(double);
    signal.connect(describeValue);
    signal.connect(nothing);

    expect(signal.send(User, 21)).toEqual([
      [double, 42],
      [describeValue, 'value 21'],
      [nothing, undefined],
    ]);
  });

  it("returns an async receiver's promise as its result without awaiting it", async () => {
    const signal = new Signal<number>('send_async_receiver');
    const later = async (_sender: unknown, value: number) => value + 1;
    signal.connect(later);

    const [[receiver, result]] = signal.send(User, 1) as [[unknown, unknown]];

    expect(receiver).toBe(later);
    expect(result).toBeInstanceOf(Promise);
    await expect(result).resolves.toBe(2);
  });

  it('propagates the first throw and calls no later receiver', () => {
    const signal = new Signal('send_throws');
    const failure = new Error('profile could not be created');
    const before = jest.fn();
    const after = jest.fn();
    signal.connect(before);
    signal.connect(() => {
      throw failure;
    });
    signal.connect(after);

    expect(() => signal.send(User)).toThrow(failure);
    expect(before).toHaveBeenCalledTimes(1);
    expect(after).not.toHaveBeenCalled();
  });

  it('propagates a non-Error throw unchanged', () => {
    const signal = new Signal('send_throws_value');
    signal.connect(() => {
      throw 'plain string';
    });

    let thrown: unknown;
    try {
      signal.send(User);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBe('plain string');
  });

  it('still sends normally after a receiver threw', () => {
    const signal = new Signal<boolean>('send_after_throw');
    const onSend = jest.fn();
    signal.connect((_sender, fail) => {
      if (fail) throw new Error('boom');
    });
    signal.connect(onSend);

    expect(() => signal.send(User, true)).toThrow('boom');
    expect(signal.send(User, false)).toHaveLength(2);
    expect(onSend).toHaveBeenCalledTimes(1);
  });
});
