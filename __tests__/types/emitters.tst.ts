import { EventEmitter } from 'node:events';
import { EventEmitter2 } from 'eventemitter2';
import EventEmitter3 from 'eventemitter3';
import mitt from 'mitt';
import { adoptEmitter, type EmitterAdoption, type SentSignal, type Signal } from 'signalbox';
import {
  type ExpectAnAdoptedEmitter,
  type LayerHandle,
  type SentEmit,
  type SignalMatchers,
  sentSignals,
  suspendSignals,
} from 'signalbox/testing';
import { describe, expect, test } from 'tstyche';

const users = new EventEmitter();
const bus = mitt<{ opened: number }>();

describe('adoptEmitter', () => {
  test('takes an emitter of each library and a name', () => {
    expect(adoptEmitter(users, { name: 'users' })).type.toBe<EmitterAdoption>();
    expect(adoptEmitter(new EventEmitter2(), { name: 'orders' })).type.toBe<EmitterAdoption>();
    expect(adoptEmitter(new EventEmitter3(), { name: 'jobs' })).type.toBe<EmitterAdoption>();
    expect(adoptEmitter(bus, { name: 'ui' })).type.toBe<EmitterAdoption>();
  });

  test('anything else, or a missing name, is a compile error', () => {
    expect(adoptEmitter({}, { name: 'x' })).type.toRaiseError();
    expect(adoptEmitter(users, {})).type.toRaiseError();
    expect(adoptEmitter(users, { nmae: 'users' })).type.toRaiseError();
  });
});

describe('emitters as targets', () => {
  test('an emitter alone, among names, or in an array with listeners', () => {
    const listener = (id: number) => id;
    expect(suspendSignals(users)).type.toBe<LayerHandle>();
    expect(suspendSignals(users, 'users:created')).type.toBe<LayerHandle>();
    expect(suspendSignals([bus, listener])).type.toBe<LayerHandle>();
    expect(suspendSignals({ except: [users, listener] })).type.toBe<LayerHandle>();
  });

  test('sentSignals(emitter) lists emits; sentSignals() sends', () => {
    expect(sentSignals(users)).type.toBe<SentEmit[]>();
    expect(sentSignals()).type.toBe<SentSignal[]>();
  });
});

describe('the emit matchers', () => {
  type OnEmitter = SignalMatchers<void, EventEmitter>;
  type OnSignal = SignalMatchers<void, Signal<number>>;

  test('take an event and its arguments on an emitter', () => {
    expect<OnEmitter['toHaveEmitted']>().type.toBeCallableWith('created');
    expect<OnEmitter['toHaveEmitted']>().type.toBeCallableWith('created', { id: 1 }, 2);
    expect<OnEmitter['toHaveEmittedTimes']>().type.toBeCallableWith('created', 2);
    expect<OnEmitter['toHaveEmittedTimes']>().type.not.toBeCallableWith('created');
    expect<OnEmitter['toHaveLastEmitted']>().type.toBeCallableWith(['user', 'created'], 1);
  });

  test('are not callable on a Signal, though it has an emit of its own', () => {
    expect<OnSignal['toHaveEmitted']>().type.toBe<ExpectAnAdoptedEmitter>();
    expect<SignalMatchers<void, string>['toHaveEmitted']>().type.toBe<ExpectAnAdoptedEmitter>();
  });
});
