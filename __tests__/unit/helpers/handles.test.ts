import { configureSettings, Signal, settings } from 'signalbox';
import { modifySettings, overrideSettings, resumeSignals, suspendSignals } from 'signalbox/testing';
import { recordSettingChanges } from './record-setting-changes';

declare module 'signalbox' {
  interface Settings {
    HANDLE_LEVEL: string;
    HANDLE_APPS: string[];
  }
}

beforeAll(() => {
  configureSettings({ HANDLE_LEVEL: 'base', HANDLE_APPS: ['core'] });
});

describe('handles of no-callback calls (no Jest environment: active until restored)', () => {
  it('stay active until restore(), which is idempotent', () => {
    using recorder = recordSettingChanges();
    const handle = overrideSettings({ HANDLE_LEVEL: 'handle' });
    expect(settings.HANDLE_LEVEL).toBe('handle');

    handle.restore();
    handle.restore();

    expect(settings.HANDLE_LEVEL).toBe('base');
    expect(recorder.events).toEqual([
      { setting: 'HANDLE_LEVEL', value: 'handle', enter: true },
      { setting: 'HANDLE_LEVEL', value: 'base', enter: false },
    ]);
  });

  it('a second restore() does not end a layer started later for the same key', () => {
    const first = overrideSettings({ HANDLE_LEVEL: 'first' });
    first.restore();
    const second = overrideSettings({ HANDLE_LEVEL: 'second' });

    first.restore();

    expect(settings.HANDLE_LEVEL).toBe('second');
    second.restore();
  });

  it('work with `using`: the layer ends at the end of the block, also when it throws', () => {
    {
      using _override = overrideSettings({ HANDLE_LEVEL: 'using' });
      using _modification = modifySettings({ HANDLE_APPS: { append: 'extra' } });
      expect(settings.HANDLE_LEVEL).toBe('using');
      expect(settings.HANDLE_APPS).toEqual(['core', 'extra']);
    }
    expect(settings.HANDLE_LEVEL).toBe('base');
    expect(settings.HANDLE_APPS).toEqual(['core']);

    expect(() => {
      using _override = overrideSettings({ HANDLE_LEVEL: 'using' });
      throw new Error('inside');
    }).toThrow('inside');
    expect(settings.HANDLE_LEVEL).toBe('base');
  });

  it('`using` on suspension handles: the receiver runs again after the block', () => {
    const signal = new Signal<void>('handle_signal');
    const receiver = jest.fn();
    const disconnect = signal.connect(receiver);
    {
      using _suspension = suspendSignals(signal);
      signal.send(null);
      {
        using _resumption = resumeSignals(signal);
        signal.send(null);
      }
      signal.send(null);
    }
    signal.send(null);
    disconnect();

    expect(receiver).toHaveBeenCalledTimes(2);
  });

  it('restore() and [Symbol.dispose]() are the same end: either one, then the other, is a no-op', () => {
    using recorder = recordSettingChanges();
    const handle = overrideSettings({ HANDLE_LEVEL: 'x' });

    handle[Symbol.dispose]();
    handle.restore();

    expect(recorder.events).toHaveLength(2);
    expect(settings.HANDLE_LEVEL).toBe('base');
  });

  it('ended out of order leave exactly the layers still active (no save-and-restore)', () => {
    const outer = overrideSettings({ HANDLE_LEVEL: 'outer' });
    const inner = overrideSettings({ HANDLE_LEVEL: 'inner' });

    outer.restore();
    expect(settings.HANDLE_LEVEL).toBe('inner');
    inner.restore();
    expect(settings.HANDLE_LEVEL).toBe('base');
  });
});

describe('async callbacks', () => {
  it('keep the layer active until the promise resolves, and resolve to its value', async () => {
    let release = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });

    const result = overrideSettings({ HANDLE_LEVEL: 'async' }, async () => {
      await gate;
      return settings.HANDLE_LEVEL;
    });
    await Promise.resolve();
    expect(settings.HANDLE_LEVEL).toBe('async');

    release();
    await expect(result).resolves.toBe('async');
    expect(settings.HANDLE_LEVEL).toBe('base');
  });

  it('keep it active until the promise rejects, then reject with the same error', async () => {
    const error = new Error('async failure');
    let fail = () => {};
    const gate = new Promise<void>((_resolve, reject) => {
      fail = () => reject(error);
    });

    const result = modifySettings({ HANDLE_APPS: { prepend: 'first' } }, async () => {
      await gate;
    });
    await Promise.resolve();
    expect(settings.HANDLE_APPS).toEqual(['first', 'core']);

    fail();
    await expect(result).rejects.toBe(error);
    expect(settings.HANDLE_APPS).toEqual(['core']);
  });

  it('in flight together end independently, in the order they settle', async () => {
    const releases: Array<() => void> = [];
    const block = (level: string) =>
      overrideSettings(
        { HANDLE_LEVEL: level },
        () => new Promise<void>((resolve) => releases.push(resolve)),
      );

    const first = block('first');
    const second = block('second');
    expect(settings.HANDLE_LEVEL).toBe('second');

    releases[1]!();
    await second;
    expect(settings.HANDLE_LEVEL).toBe('first');
    releases[0]!();
    await first;
    expect(settings.HANDLE_LEVEL).toBe('base');
  });
});
