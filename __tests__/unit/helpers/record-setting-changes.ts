import { type SettingChange, settingChanged } from 'signalbox';

/** Records the `settingChanged` events sent while it is in scope (`using`), as plain objects. */
export function recordSettingChanges(): { events: SettingChange[] } & Disposable {
  const events: SettingChange[] = [];
  const disconnect = settingChanged.connect((_settings, change) => {
    events.push({ ...change });
  });
  return {
    events,
    [Symbol.dispose]() {
      disconnect();
    },
  };
}
