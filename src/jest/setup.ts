/**
 * `signalbox/setup` (setupFilesAfterEnv): the helpers as globals, the signal matchers, and a
 * clear warning when the file runs without the signalbox environment.
 */

import { protectFromJestCleanup } from '../base/protect-from-cleanup';
import { warnWithoutFrames } from '../base/warn';
import { defineHelperGlobals } from '../driver/helper-globals';
import { adoptOptionEmitters } from '../driver/option-emitters';
import { BRIDGE, type Bridge } from '../scope/bridge';
// Loading the helpers also defines Symbol.dispose where the realm lacks it (see apply-layer).
import { matchers } from '../testing/index';

defineHelperGlobals(protectFromJestCleanup);

// With `injectGlobals: false` there is no global expect: `expect.extend(matchers)` from
// `signalbox/testing` then adds them to `@jest/globals`' expect.
(globalThis as { expect?: { extend(matchers: object): void } }).expect?.extend(matchers);

// The options' emitters, loaded by this module's require: the file's module registry, so the file's
// app code gets the instances adopted here. (The ESM build has no require: adopt in code there. Its
// bundler's stand-in for `require` is a function too, one without `resolve`.)
const options = (globalThis as { [BRIDGE]?: Bridge })[BRIDGE]?.emitters ?? [];
if (options.length > 0) {
  if (typeof require !== 'function' || typeof require.resolve !== 'function') {
    throw new TypeError(
      `signalbox: ${options[0]!.source}: the options' emitters are loaded by the CommonJS setup file (signalbox/setup resolved as require); with ESM setup files, call adoptEmitter(emitter, { name }) in a setup file of your own`,
    );
  }
  adoptOptionEmitters(options, require);
}

// Once per file, even when the setup module is loaded again (jest.resetModules, isolateModules).
const WARNED = Symbol.for('signalbox.warnedMissingEnvironment');
if (!(BRIDGE in globalThis) && !(WARNED in globalThis)) {
  Object.defineProperty(globalThis, WARNED, { value: true });
  warnWithoutFrames(
    console,
    [
      'signalbox: this test file does not run in the signalbox test environment.',
      'Nothing ends a helper called without a callback (overrideSettings(...), suspendSignals(...)) with its',
      'test or describe block here, so such a call in a describe body, a test or a hook is an error (at the',
      "file's top level it lasts for the file); @overrideSettings and @suspendSignals pragmas,",
      'testEnvironmentOptions.signalbox, sentSignals() and the matchers do not work.',
      'The callback and `using` forms work as usual. To add the environment, either',
      "  - use the preset: `preset: 'signalbox'` in your Jest config, or",
      "  - set `testEnvironment: 'signalbox/environment'` (Node), or, for jsdom or your own environment,",
      "    a module exporting `withSignalbox(YourEnvironment)` from 'signalbox/environment'.",
    ].join('\n'),
  );
}

// An ES module to the bundler: in a "type": "commonjs" package, esbuild takes a TypeScript file
// without exports for CommonJS (its imports may be type-only), and then wrapped every runtime module
// this one imports in a lazy initialiser, their top-level constants made variables assigned on
// first import: an override + restore measured 6–18% slower in plain Node (docs/performance.md).
// biome-ignore lint/complexity/noUselessEmptyExport: it is what makes the file an ES module to esbuild
export {};
