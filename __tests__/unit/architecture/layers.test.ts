/**
 * The layer check of `npm run lint` (.dependency-cruiser.cjs) run over a small tree that breaks
 * each rule once, so the check cannot silently stop checking.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const root = join(__dirname, '../../..');
const fixture = join(__dirname, 'fixture');

interface Violation {
  readonly from: string;
  readonly to: string;
  readonly rule: { readonly name: string };
}

function cruise(): Violation[] {
  const bin = join(root, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs');
  const result = spawnSync(
    process.execPath,
    [bin, 'src', '--config', join(root, '.dependency-cruiser.cjs'), '--output-type', 'json'],
    { cwd: fixture, encoding: 'utf8' },
  );
  if (result.stdout === '') throw new Error(result.stderr);
  return (JSON.parse(result.stdout) as { summary: { violations: Violation[] } }).summary.violations;
}

test('every kind of violation is reported, and allowed imports are not', () => {
  const found = cruise()
    .map((violation) => `${violation.rule.name}: ${violation.from} -> ${violation.to}`)
    .sort();
  expect(found).toEqual(
    [
      'layer-base: src/base/upward.ts -> src/signals/lower.ts',
      'layer-driver: src/driver/upward.ts -> src/jest/driver.ts',
      'layer-jest: src/jest/driver.ts -> src/vitest/other-driver.ts',
      'no-cycles: src/settings/cycle-a.ts -> src/settings/cycle-b.ts',
      'runtime-entry: src/index.ts -> src/testing/builtin.ts',
      'runtime-has-no-dependencies: src/testing/builtin.ts -> fs',
    ].sort(),
  );
}, 30_000);
