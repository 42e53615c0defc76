/**
 * `signalbox/vitest-setup`, which signalbox's runner loads in a file that runs signalbox (or lists
 * in `setupFiles` by hand): the signal matchers on Vitest's `expect`, the helpers as globals when
 * Vitest's are on (`globals: true`), and a clear warning when the file runs without signalbox's
 * runner. The runner adopts the options' emitters with its `adoptOptionEmitters`, from the same
 * copy of the runtime as the file's.
 * @module signalbox/vitest-setup
 */
import { expect } from 'vitest';
import { warnWithoutFrames } from '../base/warn';
// Loading the helpers also defines Symbol.dispose where the realm lacks it (see apply-layer).
import { defineHelperGlobals } from '../driver/helper-globals';
import { BRIDGE } from '../scope/bridge';
import { vitestMatchers } from './matchers';

export { adoptOptionEmitters } from '../driver/option-emitters';

expect.extend(vitestMatchers);

// Vitest's own globals are there only with `globals: true`: the helpers follow them.
if ('describe' in globalThis) defineHelperGlobals();

if (!(BRIDGE in globalThis)) {
  warnWithoutFrames(
    console,
    [
      "signalbox: this test file does not run with signalbox's Vitest runner.",
      'Nothing ends a helper called without a callback (overrideSettings(...), suspendSignals(...)) with its',
      'test or describe block here, so it lasts until its restore(); @overrideSettings and @suspendSignals',
      'pragmas, the options, sentSignals() and the matchers do not work. The callback and `using` forms work',
      "as usual. Add the plugin to vitest.config: `plugins: [signalbox()]`, from 'signalbox/vitest'",
      '(a `test.runner` of your own replaces signalbox/vitest-runner: extend it instead).',
    ].join('\n'),
  );
}
