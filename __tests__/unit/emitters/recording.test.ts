/**
 * Adopted emitters' emits in a running test's send log, and the emit matchers over them (a fake
 * environment drives the test scopes).
 */
import '../matchers/fake-environment';
import { EventEmitter } from 'node:events';
import { EventEmitter2 } from 'eventemitter2';
import mitt from 'mitt';
import { adoptEmitter } from '../../../src/emitters/adopt-emitter';
import { Signal } from '../../../src/signals/signal';
import { resumeSignals, sentSignals, suspendSignals } from '../../../src/testing/index';
import { matchers } from '../../../src/testing/matchers';
import { failureOf, inFakeTest } from '../matchers/fake-environment';

expect.extend(matchers);

const users = new EventEmitter();
const created: unknown[] = [];
users.on('created', (user) => created.push(user));
adoptEmitter(users, { name: 'users' });

const bus = new EventEmitter2({ wildcard: true });
adoptEmitter(bus, { name: 'bus' });

const events = mitt<{ opened: number }>();
adoptEmitter(events, { name: 'ui' });

beforeEach(() => {
  created.length = 0;
});

test('an emit in a test is recorded and runs as usual, its return value kept', () => {
  inFakeTest(() => {
    expect(users.emit('created', { id: 1 })).toBe(true);
    expect(users.emit('nobody')).toBe(false);
    expect(created).toEqual([{ id: 1 }]);
    expect(sentSignals(users)).toEqual([
      { event: 'created', name: 'users:created', args: [{ id: 1 }], suspended: false },
      { event: 'nobody', name: 'users:nobody', args: [], suspended: false },
    ]);
  });
});

test('a suspended emit is recorded with suspended: true; sentSignals() lists signals only', () => {
  inFakeTest(() => {
    const ping = new Signal('ping');
    suspendSignals('users:created', () => users.emit('created', { id: 2 }));
    ping.send(null);
    expect(created).toEqual([]);
    expect(sentSignals(users).map((emit) => emit.suspended)).toEqual([true]);
    expect(sentSignals().map((sent) => sent.signal.name)).toEqual(['ping']);
    expect(sentSignals('users:created')).toEqual([]);
  });
});

test('toHaveEmitted, toHaveEmittedTimes and toHaveLastEmitted, with asymmetric matchers and .not', () => {
  inFakeTest(() => {
    users.emit('created', { id: 1, name: 'ada' });
    users.emit('created', { id: 2, name: 'bob' });
    expect(users).toHaveEmitted('created');
    expect(users).toHaveEmitted('created', { id: 1, name: 'ada' });
    expect(users).toHaveEmitted('created', expect.objectContaining({ id: 2 }));
    expect(users).not.toHaveEmitted('created', { id: 3 });
    expect(users).not.toHaveEmitted('deleted');
    expect(users).toHaveEmittedTimes('created', 2);
    expect(users).toHaveLastEmitted('created', { id: 2, name: 'bob' });
    expect(users).not.toHaveLastEmitted('created', { id: 1, name: 'ada' });
  });
});

test('the matchers see suspended emits, EventEmitter2 array events and mitt emits', () => {
  inFakeTest(() => {
    suspendSignals([bus, events], () => {
      bus.emit(['order', 'placed'], 7);
      events.emit('opened', 3);
    });
    expect(bus).toHaveEmitted('order.placed', 7);
    expect(bus).toHaveEmitted(['order', 'placed'], 7);
    expect(events).toHaveEmittedTimes('opened', 1);
  });
});

test('a failure lists the emits, worded as emits', () => {
  inFakeTest(() => {
    users.emit('created', { id: 1 });
    const message = failureOf(() => expect(users).toHaveEmitted('created', { id: 9 }));
    expect(message).toContain('expect(emitter).toHaveEmitted(event, ...args)');
    expect(message).toContain('Expected: "users:created" emitted with\n  arguments: [{"id": 9}]');
    expect(message).toContain('Received: 1 emit, none matching');
    expect(message).toContain(
      'Emits of "users:created" in this test:\n-> 1: arguments [{"id": 1}]',
    );
    expect(failureOf(() => expect(users).toHaveEmitted('deleted'))).toContain(
      'Received: no emits\n\nOther sends and emits in this test:\n   1: "users:created": arguments [{"id": 1}]',
    );
  });
});

test('resumeSignals([listener]) under a suspended emitter: the emit is recorded as suspended', () => {
  inFakeTest(() => {
    const audit = jest.fn();
    users.on('created', audit);
    suspendSignals([users], () => resumeSignals([audit], () => users.emit('created', 1)));
    users.off('created', audit);
    expect(audit).toHaveBeenCalledWith(1);
    expect(created).toEqual([]);
    expect(sentSignals(users)).toEqual([expect.objectContaining({ suspended: true })]);
  });
});

test('the emit matchers refuse what is not an adopted emitter, and a bad event', () => {
  inFakeTest(() => {
    const stranger = new EventEmitter();
    expect(failureOf(() => expect(stranger).toHaveEmitted('x'))).toContain(
      'emitter must be an adopted emitter: adoptEmitter(emitter, { name }) first',
    );
    expect(
      failureOf(() => expect(new Signal('s') as object as EventEmitter).toHaveEmitted('x')),
    ).toContain('a Signal: use toHaveBeenSent and its friends');
    expect(failureOf(() => expect(users).toHaveEmitted(42 as never))).toContain(
      'event must be an event name (a string or a symbol), got 42',
    );
  });
});

test("listeners get exactly the emit's arguments, however many, and the log keeps them", () => {
  inFakeTest(() => {
    const counts: number[] = [];
    const emitter = new EventEmitter();
    emitter.on('x', (...args: unknown[]) => counts.push(args.length));
    adoptEmitter(emitter, { name: 'arity' });
    emitter.emit('x');
    emitter.emit('x', 1);
    emitter.emit('x', 1, 2, 3);
    emitter.emit('x', 1, 2, 3, 4, 5);
    suspendSignals({ except: [emitter] }, () => emitter.emit('x', 1, 2, 3, 4));
    expect(counts).toEqual([0, 1, 3, 5, 4]);
    expect(sentSignals(emitter).map((emit) => emit.args)).toEqual([
      [],
      [1],
      [1, 2, 3],
      [1, 2, 3, 4, 5],
      [1, 2, 3, 4],
    ]);
  });
});
