import { Signal } from 'signalbox';
import {
  type ExpectTheSignalObjectNotItsName,
  type LayerHandle,
  resumeSignals,
  type SignalMatchers,
  suspendSignals,
} from 'signalbox/testing';
import { describe, expect, test } from 'tstyche';

class User {}
const postSave = new Signal<{ created: boolean }, typeof User>('post_save');
const sendWelcomeEmail = (_sender: typeof User, payload: { created: boolean }) => payload.created;

describe('suspendSignals and resumeSignals', () => {
  test('a receiver alone is a compile error that names the fix', () => {
    expect(suspendSignals(sendWelcomeEmail)).type.toRaiseError(
      'wrap receivers in an array, e.g. suspendSignals([receiver])',
    );
    expect(resumeSignals(sendWelcomeEmail)).type.toRaiseError(
      'wrap receivers in an array, e.g. suspendSignals([receiver])',
    );
  });

  test('in an array a receiver is a target; a callback takes no arguments', () => {
    expect(suspendSignals([sendWelcomeEmail])).type.toBe<LayerHandle>();
    expect(resumeSignals([postSave, sendWelcomeEmail])).type.toBe<LayerHandle>();
    expect(suspendSignals(() => 1)).type.toBe<number>();
    expect(suspendSignals(postSave, 'pre_save', () => 'done')).type.toBe<string>();
    expect(suspendSignals(postSave, sendWelcomeEmail)).type.toRaiseError();
  });
});

describe('the signal matchers', () => {
  type OnSignal = SignalMatchers<void, typeof postSave>;
  type OnName = SignalMatchers<void, string>;

  test('take the Signal object and type its sender and payload', () => {
    expect<OnSignal['toHaveBeenSent']>().type.toBeCallableWith();
    expect<OnSignal['toHaveBeenSentWith']>().type.toBeCallableWith(User, { created: true });
    expect<OnSignal['toHaveBeenSentWith']>().type.not.toBeCallableWith(User, { created: 'yes' });
  });

  test('on a name (or anything else) every matcher is a compile error', () => {
    // not callable: TypeScript says "Type 'ExpectTheSignalObjectNotItsName' has no call signatures"
    expect<OnName['toHaveBeenSent']>().type.toBe<ExpectTheSignalObjectNotItsName>();
    expect<OnName['toHaveBeenSentTimes']>().type.toBe<ExpectTheSignalObjectNotItsName>();
    expect<OnName['toHaveBeenSentWith']>().type.toBe<ExpectTheSignalObjectNotItsName>();
    expect<
      SignalMatchers<void, unknown>['toHaveBeenLastSentWith']
    >().type.toBe<ExpectTheSignalObjectNotItsName>();
  });
});
