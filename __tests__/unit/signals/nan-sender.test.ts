import { Signal } from 'signalbox';

// API.md "Signals": identity is (dispatchUid ?? receiver, sender ?? any); connecting the same
// identity twice is a no-op; disconnect removes that identity; hasListeners(sender) tells whether a
// send from that sender would reach a receiver. NaN is a legitimate sender value (a parsed id).
describe('a receiver bound to the sender NaN', () => {
  it('is reached by a send from NaN and seen by hasListeners(NaN)', () => {
    const measured = new Signal<void, number>('review_nan_reached');
    const onMeasured = jest.fn();
    measured.connect(onMeasured, { sender: Number.NaN });

    expect(measured.hasListeners(Number.NaN)).toBe(true);
    expect(measured.send(Number.NaN)).toEqual([[onMeasured, undefined]]);
  });

  it('is one identity: connecting it twice is a no-op and disconnect removes it', () => {
    const measured = new Signal<void, number>('review_nan_identity');
    const onMeasured = () => {};
    measured.connect(onMeasured, { sender: Number.NaN });
    measured.connect(onMeasured, { sender: Number.NaN });

    expect(measured.disconnect(onMeasured, { sender: Number.NaN })).toBe(true);
    expect(measured.hasListeners()).toBe(false);
  });
});
