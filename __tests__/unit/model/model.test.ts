import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { inFakeTest } from './fake-test';
import { Lockstep } from './lockstep';
import { program } from './program';

/** `npm run fuzz` sets FUZZ_RUNS (and FUZZ_SEED to split a long fuzz into reproducible chunks). */
const numRuns = Number(process.env.FUZZ_RUNS ?? 1000);
const seed = process.env.FUZZ_SEED === undefined ? undefined : Number(process.env.FUZZ_SEED);

describe('the scope engine against the reference model', () => {
  // Each program is one test's body under the signalbox environment: precedence by scope applies.
  test(`random programs agree with the model step by step and end at base (${numRuns} runs)`, async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(program, async (generated) => {
        run += 1;
        await inFakeTest(() => new Lockstep(generated).run());
      }),
      { numRuns, ...(seed === undefined ? {} : { seed }) },
    );
    expect(run).toBeGreaterThanOrEqual(numRuns);
  }, 600_000);
});
