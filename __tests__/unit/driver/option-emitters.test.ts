/** The options' emitters, adopted by the setup file: each mistake names the option; all or nothing. */
import { EventEmitter } from 'node:events';
import mitt from 'mitt';
import { adoptOptionEmitters } from '../../../src/driver/option-emitters';
import { adoptEmitter } from '../../../src/emitters/adopt-emitter';
import type { EmitterOption } from '../../../src/scope/bridge';

const SOURCE = 'testEnvironmentOptions.signalbox.emitters';
const option = (name: string, module: string, exportName?: string): EmitterOption => ({
  name,
  module,
  exportName,
  source: `${SOURCE}.${name}`,
});

test('an export, the module itself, or its default export', () => {
  const users = new EventEmitter();
  const bus = mitt();
  const jobs = new EventEmitter();
  const modules: Record<string, unknown> = {
    events: { users },
    bus,
    jobs: { default: jobs },
  };
  adoptOptionEmitters(
    [option('users', 'events', 'users'), option('bus', 'bus'), option('jobs', 'jobs')],
    (module) => modules[module],
  );
  // adopted: adopting again under another name is refused
  for (const emitter of [users, bus, jobs]) {
    expect(() => adoptEmitter(emitter, { name: 'other' })).toThrow('is already adopted as');
  }
});

test('a module that fails to load, a missing export (did you mean), a non-emitter', () => {
  const load = (module: string) => {
    if (module === 'missing') throw new Error("Cannot find module 'missing'");
    return { users: new EventEmitter(), config: { port: 1 } };
  };
  expect(() => adoptOptionEmitters([option('a', 'missing')], load)).toThrow(
    `signalbox: ${SOURCE}.a could not load "missing": Cannot find module 'missing'`,
  );
  expect(() => adoptOptionEmitters([option('b', 'events', 'user')], load)).toThrow(
    `signalbox: ${SOURCE}.b names "user", which "events" does not export: did you mean "users"? (its exports: users, config)`,
  );
  expect(() => adoptOptionEmitters([option('c', 'events', 'config')], load)).toThrow(
    `signalbox: ${SOURCE}.c (an object): emitter must be an event emitter: node:events, eventemitter3, EventEmitter2, mitt`,
  );
});

test('nothing half-applied: a later mistake releases the emitters adopted before it', () => {
  const users = new EventEmitter();
  const keys = Reflect.ownKeys(users);
  const load = () => ({ users, nothing: 42 });
  expect(() =>
    adoptOptionEmitters(
      [option('staff', 'events', 'users'), option('x', 'events', 'nothing')],
      load,
    ),
  ).toThrow(`${SOURCE}.x`);
  expect(adoptEmitter(users, { name: 'again' }).name).toBe('again');
  expect(Reflect.ownKeys(users)).toEqual(keys);
});
