/**
 * The cases of bench/cases.mjs measured inside a Vitest test file, under the signalbox() plugin
 * (its runner drives the scopes): sends and settings reads as a Vitest user's tests make them.
 * `bench/run.mjs --vitest` runs this file.
 */
import { writeFileSync } from 'node:fs';
import * as signalbox from 'signalbox';
import * as testing from 'signalbox/testing';
import { test, vi } from 'vitest';
import { defineCases } from '../cases.mjs';
import { defineEmitterCases } from '../emitter-cases.mjs';
import { measureCases } from '../measure.mjs';

test('hot paths inside a Vitest test file', async () => {
  const deps = { signalbox, testing, mocker: vi };
  const only = process.env.BENCH_ONLY ?? '';
  // Vitest has no replaceProperty: the jest.replaceProperty case is Jest's
  const cases = [...defineCases(deps), ...defineEmitterCases(deps)].filter(
    (benchCase) =>
      benchCase.id.startsWith(only) && benchCase.id !== 'override.jest-replaceProperty',
  );
  const rows = await measureCases(cases, {
    onCase: (row) => process.stderr.write(`  ${row.group}: ${row.label}\n`),
  });
  writeFileSync(process.env.BENCH_RESULTS_FILE, JSON.stringify(rows));
});
