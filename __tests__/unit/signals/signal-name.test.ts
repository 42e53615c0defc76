import { Signal } from 'signalbox';

describe('new Signal(name)', () => {
  it('accepts any non-empty string, and several signals may share a name', () => {
    const first = new Signal<number>('post_save');
    const second = new Signal<number>('post_save');
    const onFirst = jest.fn();
    first.connect(onFirst);

    second.send(undefined, 1);

    expect(onFirst).not.toHaveBeenCalled();
    expect(first.hasListeners()).toBe(true);
    expect(second.hasListeners()).toBe(false);
  });

  it.each([
    ['an empty string', ''],
    ['a number', 42],
    ['undefined', undefined],
    ['null', null],
    ['a symbol', Symbol('post_save')],
    ['an object', { name: 'post_save' }],
  ])('rejects %s as the name with a TypeError naming Signal and the name', (_label, name) => {
    const construct = () => new Signal(name as never);

    expect(construct).toThrow(TypeError);
    expect(construct).toThrow(/Signal/);
    expect(construct).toThrow(/name/);
  });
});
