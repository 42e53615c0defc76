/**
 * The runtime: signals, settings and `settingChanged`. Zero dependencies, safe in production code.
 * @module signalbox
 */
export { SettingNotConfiguredError, ThrownValueError } from './errors';
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
export type { SentSignal } from './signals/send-log';
export {
  type AnySignal,
  type ConnectOptions,
  type Receiver,
  type SendResult,
  Signal,
} from './signals/signal';
