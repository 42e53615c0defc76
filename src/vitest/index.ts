/**
 * signalbox for Vitest: the `signalbox()` plugin for `vitest.config.ts`, and the test helpers
 * (`overrideSettings`, `modifySettings`, `suspendSignals`, `resumeSignals`, `sentSignals`), bound to
 * the file, describe block, hook or test they are called in. Importing it adds the signal matchers
 * to the types of Vitest's `expect`.
 * @module signalbox/vitest
 */
import type { SignalMatchers } from '../testing/matchers-types';

export * from '../testing/index';
export { type SignalboxVitestOptions, type SignalboxVitestPlugin, signalbox } from './plugin';

declare module 'vitest' {
  // The type parameters must be exactly those of Vitest's declaration (3 and 4).
  // biome-ignore lint/suspicious/noExplicitAny: the declaration being merged into says `any`.
  interface Assertion<T = any> extends SignalMatchers<void, T> {}
}
