/**
 * A test's send log: its chunks (1024 sends each) are emptied and reused by the tests after it,
 * and each test still sees exactly its own sends, in order; an emit's arguments, and a
 * `settingChanged` send's setting and value, are kept in its slots and read back as they were made.
 */

// Installs the bridge before src/ loads (see fake-environment.ts).
import './fake-environment';
import { EventEmitter } from 'node:events';
import { adoptEmitter } from '../../../src/emitters/adopt-emitter';
import { SendLog } from '../../../src/scope/send-log';
import { configureSettings } from '../../../src/settings/configure-settings';
import { settingChanged } from '../../../src/settings/setting-changed';
import { settings } from '../../../src/settings/view';
import { Signal } from '../../../src/signals/signal';
import { overrideSettings, sentSignals } from '../../../src/testing/index';
import { inFakeTest } from './fake-environment';

declare module 'signalbox' {
  interface Settings {
    LOG_FORMAT: string;
  }
}

const saved = new Signal<{ n: number }>('log_saved');

function sendAndRead(count: number, from: number) {
  return inFakeTest(() => {
    for (let n = from; n < from + count; n++) saved.emit(null, { n });
    return sentSignals().map((sent) => (sent.payload as { n: number }).n);
  });
}

test('each test reads its own sends, across the chunks earlier tests left', () => {
  const range = (from: number, count: number) => Array.from({ length: count }, (_, i) => from + i);
  expect(sendAndRead(2500, 0)).toEqual(range(0, 2500));
  expect(sendAndRead(3, 5000)).toEqual(range(5000, 3));
  expect(sendAndRead(1500, 7000)).toEqual(range(7000, 1500));
  expect(sendAndRead(0, 0)).toEqual([]);
});

test('a log reports the first sends up to its limit, also when the limit falls inside a chunk', () => {
  const log = new SendLog(1500, 'test "limit"');
  const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
  try {
    for (let n = 0; n < 2000; n++) log.add(saved, null, { n }, false);
  } finally {
    warn.mockRestore();
  }
  expect(log.size).toBe(1500);
  expect(log.dropped).toBe(500);
  expect(log.sends().map((sent) => (sent.payload as { n: number }).n)).toEqual(
    Array.from({ length: 1500 }, (_, n) => n),
  );
});

test('an emit keeps its arguments in the log as given, whatever their number, the same array at each read', () => {
  const emitter = new EventEmitter();
  adoptEmitter(emitter, { name: 'slots' });
  const argsOf = () => sentSignals(emitter).map((emit) => emit.args);
  inFakeTest(() => {
    const list = [1];
    emitter.emit('none');
    emitter.emit('one', list);
    emitter.emit('two', 1, undefined);
    emitter.emit('three', 1, 2, 3);
    emitter.emit('five', 1, 2, 3, 4, 5);
    expect(argsOf()).toEqual([[], [list], [1, undefined], [1, 2, 3], [1, 2, 3, 4, 5]]);
    expect(argsOf()[1]![0]).toBe(list);
    expect(sentSignals(emitter)[2]!.args).toBe(sentSignals(emitter)[2]!.args);
    expect(sentSignals(emitter)[2]!.args).toHaveLength(2);
  });
});

test('an emit with no event at all is recorded as an emit, and the library gets no argument', () => {
  const received: unknown[][] = [];
  class Recorded extends EventEmitter {
    override emit(...args: unknown[]): boolean {
      received.push(args);
      return Reflect.apply(super.emit, this, args) as boolean;
    }
  }
  const emitter = new Recorded();
  adoptEmitter(emitter, { name: 'bare' });
  inFakeTest(() => {
    expect((emitter.emit as () => boolean)()).toBe(false);
    expect(sentSignals(emitter)).toEqual([
      { event: undefined, name: 'bare:undefined', args: [], suspended: false },
    ]);
  });
  expect(received).toEqual([[]]);
});

test("settingChanged records read back as sends of the settings, in order with the emits and sends around them, each payload the first read's", () => {
  configureSettings({ LOG_FORMAT: 'text' });
  const emitter = new EventEmitter();
  adoptEmitter(emitter, { name: 'mixed' });
  inFakeTest(() => {
    emitter.emit('none');
    saved.emit(null, { n: 1 });
    overrideSettings({ LOG_FORMAT: 'json' }, () => emitter.emit('one', 1));
    emitter.emit('two', 1, 2);
    const first = sentSignals();
    expect(
      first.map((sent) => [sent.signal.name, sent.sender, sent.payload, sent.suspended]),
    ).toEqual([
      ['log_saved', null, { n: 1 }, false],
      ['setting_changed', settings, { setting: 'LOG_FORMAT', value: 'json', enter: true }, false],
      ['setting_changed', settings, { setting: 'LOG_FORMAT', value: 'text', enter: false }, false],
    ]);
    expect(sentSignals(settingChanged).map((sent) => sent.payload)).toEqual([
      first[1]!.payload,
      first[2]!.payload,
    ]);
    expect(sentSignals(settingChanged)[0]!.payload).toBe(first[1]!.payload);
    expect(sentSignals(emitter).map((sent) => sent.args)).toEqual([[], [1], [1, 2]]);
  });
});
