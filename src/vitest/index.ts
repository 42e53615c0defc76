/**
 * signalbox for Vitest: the `signalbox()` plugin for `vitest.config.ts`, and the test helpers
 * (`overrideSettings`, `modifySettings`, `suspendSignals`, `resumeSignals`, `sentSignals`), bound to
 * the file, describe block, hook or test they are called in. Importing it adds the signal matchers
 * to the types of Vitest's `expect`.
 * @module signalbox/vitest
 */
import type {
  ExpectAnAdoptedEmitter,
  ExpectTheSignalObjectNotItsName,
  NotCallableOn,
  SignalMatchers,
} from '../testing/matchers-types';

export * from '../testing/index';
export { type SignalboxVitestOptions, type SignalboxVitestPlugin, signalbox } from './plugin';

// Vitest's `Assertion` (what `expect(x)` returns) extends `Matchers`, the interface Vitest's docs
// name for custom matchers (3.2 and 4).
declare module 'vitest' {
  // The type parameters must be exactly those of Vitest's declaration.
  // biome-ignore lint/suspicious/noExplicitAny: the declaration being merged into says `any`.
  interface Matchers<T = any>
    extends SignalMatchers<
      void,
      T,
      NotCallableOn<ExpectTheSignalObjectNotItsName>,
      NotCallableOn<ExpectAnAdoptedEmitter>
    > {}
}
