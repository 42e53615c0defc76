import { runInNewContext } from 'node:vm';
import { Signal } from 'signalbox';

class User {}

describe('Signal#sendRobust', () => {
  it('runs every receiver and makes a thrown Error that receiver’s result (Django: send_robust)', () => {
    const signal = new Signal<string>('send_robust_error');
    const failure = new RangeError('this');
    const failing = () => {
      throw failure;
    };
    const echo = (_sender: unknown, value: string) => value;
    signal.connect(failing);
    signal.connect(echo);

    const result = signal.sendRobust(User, 'test');

    expect(result).toEqual([
      [failing, failure],
      [echo, 'test'],
    ]);
    expect(result[0]?.[1]).toBe(failure);
  });

  it.each([
    ['a string', 'plain string'],
    ['a number', 404],
    ['undefined', undefined],
    ['a plain object', { code: 'E_PROFILE' }],
  ])('wraps a thrown %s in an Error that keeps it as cause', (_label, thrown) => {
    const signal = new Signal('send_robust_non_error');
    signal.connect(() => {
      throw thrown;
    });

    const [[, result]] = signal.sendRobust(User) as [[unknown, unknown]];

    expect(result).toBeInstanceOf(Error);
    expect((result as Error).cause).toBe(thrown);
  });

  it('keeps an Error from another realm as it is, without wrapping it', () => {
    const signal = new Signal('send_robust_foreign_error');
    const foreign: unknown = runInNewContext('new Error("from another realm")');
    signal.connect(() => {
      throw foreign;
    });

    const [[, result]] = signal.sendRobust(User) as [[unknown, unknown]];

    expect(result).toBe(foreign);
  });

  it('never throws, whatever the receivers throw', () => {
    const signal = new Signal('send_robust_never_throws');
    signal.connect(() => {
      throw new Error('first');
    });
    signal.connect(() => {
      throw 'second';
    });

    expect(() => signal.sendRobust(User)).not.toThrow();
    expect(signal.sendRobust(User)).toHaveLength(2);
  });
});
