/**
 * Types of the globals that `signalbox/setup` (and so `preset: 'signalbox'`) installs:
 * add `"types": ["signalbox/globals"]` to your tsconfig's compilerOptions.
 */
import type * as testing from 'signalbox/testing';

declare global {
  const overrideSettings: typeof testing.overrideSettings;
  const modifySettings: typeof testing.modifySettings;
  const suspendSignals: typeof testing.suspendSignals;
  const resumeSignals: typeof testing.resumeSignals;
  const sentSignals: typeof testing.sentSignals;
}
