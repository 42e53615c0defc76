/**
 * Test helpers: `overrideSettings`, `modifySettings`, `suspendSignals`, `resumeSignals`,
 * `sentSignals` and the signal matchers. The callback and `using` forms work under any runner.
 * @module signalbox/testing
 */
export type { LayerHandle } from './apply-layer';
export type { MatcherContext, MatcherResult } from './matcher-context';
export { matchers } from './matchers';
export type {
  AsymmetricMatcherLike,
  EventName,
  ExpectAnAdoptedEmitter,
  ExpectedValue,
  ExpectTheSignalObjectNotItsName,
  ForEmitters,
  ForSignals,
  NotCallableOn,
  SentWithArguments,
  SignalMatchers,
} from './matchers-types';
export {
  type ListOperations,
  type ListSettings,
  modifySettings,
  type SettingsModification,
} from './modify-settings';
export { overrideSettings } from './override-settings';
export { resumeSignals } from './resume-signals';
export { type SentEmit, sentSignals } from './sent-signals';
export {
  type ReceiverAlone,
  type SignalTarget,
  suspendSignals,
  type Target,
} from './suspend-signals';
