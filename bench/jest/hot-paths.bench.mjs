/**
 * The cases of bench/cases.mjs measured inside a test file: Jest's vm context makes every global
 * lookup slower, so costs differ from plain Node. `bench/run.mjs --jest` runs this file.
 */
import { writeFileSync } from 'node:fs';
import { jest, test } from '@jest/globals';
import * as signalbox from 'signalbox';
import * as testing from 'signalbox/testing';
import { defineCases } from '../cases.mjs';
import { defineEmitterCases } from '../emitter-cases.mjs';
import { measureCases } from '../measure.mjs';

test('hot paths inside a Jest test file', async () => {
  const deps = { signalbox, testing, mocker: jest };
  const only = process.env.BENCH_ONLY ?? '';
  const cases = [...defineCases(deps), ...defineEmitterCases(deps)].filter((benchCase) =>
    benchCase.id.startsWith(only),
  );
  const rows = await measureCases(cases, {
    onCase: (row) => process.stderr.write(`  ${row.group}: ${row.label}\n`),
  });
  writeFileSync(process.env.BENCH_RESULTS_FILE, JSON.stringify(rows));
});
