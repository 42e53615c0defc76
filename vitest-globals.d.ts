/**
 * Types of the globals that the `signalbox()` Vitest plugin installs with `globals: true`: add
 * `"types": ["node", "vitest/globals", "signalbox/vitest-globals"]` to your tsconfig's
 * compilerOptions. The matchers' types come with any import of `signalbox/vitest`; this file
 * imports it, so they come with the globals too.
 */
import type * as testing from 'signalbox/vitest';

declare global {
  const overrideSettings: typeof testing.overrideSettings;
  const modifySettings: typeof testing.modifySettings;
  const suspendSignals: typeof testing.suspendSignals;
  const resumeSignals: typeof testing.resumeSignals;
  const sentSignals: typeof testing.sentSignals;
}
