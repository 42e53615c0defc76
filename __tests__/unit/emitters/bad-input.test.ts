/** adoptEmitter's and the targets' errors: the function, the argument, what was expected; nothing half-applied. */
import { EventEmitter } from 'node:events';
import EventEmitter3 from 'eventemitter3';
import mitt from 'mitt';
import { adoptEmitter, type Emitter, Signal } from 'signalbox';
import { suspendSignals } from 'signalbox/testing';

const adopt = (emitter: unknown, options: unknown) =>
  adoptEmitter(emitter as Emitter, options as { name: string });

test('a non-emitter is a TypeError naming the libraries recognised', () => {
  for (const value of [{}, null, 42, { emit() {} }, () => {}]) {
    expect(() => adopt(value, { name: 'x' })).toThrow(
      /^adoptEmitter\(emitter, options\): emitter must be an event emitter: node:events, eventemitter3, EventEmitter2, mitt \(an EventEmitter subclass too\), got /,
    );
  }
  expect(() => adopt(new Signal('s'), { name: 'x' })).toThrow(
    'adoptEmitter(emitter, options): emitter is a Signal, which needs no adoption',
  );
});

test('bad options: a missing or bad name, an unknown key with did-you-mean', () => {
  const emitter = new EventEmitter();
  expect(() => adopt(emitter, undefined)).toThrow(
    'adoptEmitter(emitter, options): options must be an object { name }, got undefined',
  );
  expect(() => adopt(emitter, { name: '' })).toThrow(
    'options.name must be a non-empty string without ":"',
  );
  expect(() => adopt(emitter, { name: 'a:b' })).toThrow('got "a:b"');
  expect(() => adopt(emitter, { nmae: 'users' })).toThrow(
    'adoptEmitter(emitter, options): options.nmae is not an option (expected name). Did you mean options.name?',
  );
  expect(Reflect.ownKeys(emitter)).toEqual(Reflect.ownKeys(new EventEmitter()));
});

test('one emitter, one name; one name, one emitter', () => {
  const emitter = new EventEmitter();
  const adoption = adoptEmitter(emitter, { name: 'users' });
  try {
    expect(adoptEmitter(emitter, { name: 'users' }).name).toBe('users');
    expect(() => adoptEmitter(emitter, { name: 'people' })).toThrow(
      'adoptEmitter(emitter, options): this node:events emitter is already adopted as "users", not "people"',
    );
    expect(() => adoptEmitter(new EventEmitter3(), { name: 'users' })).toThrow(
      'the name "users" is already another emitter\'s (a node:events emitter)',
    );
  } finally {
    adoption.release();
  }
});

test('a frozen emitter is refused before anything is changed', () => {
  const emitter = Object.freeze(mitt());
  expect(() => adoptEmitter(emitter, { name: 'ui' })).toThrow(
    'emitter must be extensible (not frozen or sealed)',
  );
  expect(() => adoptEmitter(mitt(), { name: 'ui' }).release()).not.toThrow();
});

test('naming an emitter that is not adopted is a TypeError that says how to adopt it', () => {
  const emitter = new EventEmitter();
  expect(() => suspendSignals([emitter])).toThrow(
    "suspendSignals(...targets, fn?): targets[0] is a node:events emitter that is not adopted: call adoptEmitter(emitter, { name }) first (from 'signalbox'), then name it or its events ('<name>:<event>')",
  );
  expect(() => suspendSignals(mitt())).toThrow('targets[0] is a mitt emitter that is not adopted');
});

test('a listener of an adopted emitter passed alone is not taken for the callback', () => {
  const emitter = new EventEmitter();
  const audit = () => {};
  emitter.on('created', audit);
  const adoption = adoptEmitter(emitter, { name: 'accounts' });
  try {
    expect(() => suspendSignals(audit)).toThrow(
      'function audit is a receiver of adopted event "accounts:created", so it is not a callback (a callback takes no arguments): wrap receivers in an array: suspendSignals([fn])',
    );
  } finally {
    adoption.release();
  }
});
