/**
 * The runtime: signals, settings and `settingChanged`. Zero dependencies, safe in production code.
 * @module signalbox
 */
import { attachWhenDriven } from './scope/realm';

export { SettingNotConfiguredError, ThrownValueError } from './base/errors';
export {
  type AdoptEmitterOptions,
  adoptEmitter,
  type Emitter,
  type EmitterAdoption,
} from './emitters/adopt-emitter';
export { configureSettings } from './settings/configure-settings';
export { type SettingChange, settingChanged } from './settings/setting-changed';
export type { Settings } from './settings/settings';
export { settings } from './settings/view';
export {
  type ReceiverDecorator,
  receiver,
  type SignalOrSignals,
  suspendingReceiver,
} from './signals/receiver';
export type { SentSignal } from './signals/sent-signal';
export {
  type AnySignal,
  type ConnectOptions,
  type Receiver,
  type SendResult,
  Signal,
} from './signals/signal';

// Under a test runner's driver, the file's pragmas and options apply from the first line of app
// code, also in a file that loads nothing but the runtime (the composition root of the entry).
attachWhenDriven();
