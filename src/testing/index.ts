export type { LayerHandle } from './apply-layer';
export { matchers } from './matchers';
export type { SignalMatchers } from './matchers-types';
export { type ListOperations, modifySettings, type SettingsModification } from './modify-settings';
export { overrideSettings } from './override-settings';
export { resumeSignals } from './resume-signals';
export { sentSignals } from './sent-signals';
export { type SignalTarget, suspendSignals, type Target } from './suspend-signals';
