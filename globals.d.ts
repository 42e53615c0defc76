/**
 * Types of the globals and matchers that `signalbox/setup` (and so `preset: 'signalbox'`) installs:
 * add `"types": ["node", "jest", "signalbox/globals"]` to your tsconfig's compilerOptions — all
 * three, since TypeScript 6 includes no `@types` package that `types` does not name (without
 * "jest": `Cannot find name 'test'`). The whole tsconfig is in docs/getting-started.md.
 */
import type * as testing from 'signalbox/testing';

declare global {
  const overrideSettings: typeof testing.overrideSettings;
  const modifySettings: typeof testing.modifySettings;
  const suspendSignals: typeof testing.suspendSignals;
  const resumeSignals: typeof testing.resumeSignals;
  const sentSignals: typeof testing.sentSignals;

  namespace jest {
    // The type parameters must be exactly those of @types/jest's declaration.
    interface Matchers<R, T = {}> extends testing.SignalMatchers<R, T> {}
  }
}

declare module 'expect' {
  // The type parameters must be exactly those of the expect package's declaration (29.7 and 30);
  // `expect` from `@jest/globals` uses these.
  interface Matchers<R extends void | Promise<void>, T = unknown>
    extends testing.SignalMatchers<R, T> {}
}
