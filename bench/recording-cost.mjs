/**
 * A recorded send against an unrecorded one (issue 15's target: at most 1.5x with one receiver).
 * Runs `bench/jest/recording.cost.mjs` under the preset: the same sends timed inside tests
 * (recorded) and in `afterAll` (unrecorded), the first 3 rounds dropped as warm-up. Part of
 * `npm run bench`; `npm run bench:recording` runs it alone.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ensureBuilt, linkSignalbox, repoRoot } from '../examples/support/local-signalbox.mjs';

const quantile = (values, at) => {
  const kept = [...values.slice(3)].sort((a, b) => a - b);
  return kept[Math.floor(kept.length * at)];
};

/** Rows like bench/measure.mjs's: `recording.<receivers>.recorded` and `.unrecorded` (ns a send). */
export function measureRecording() {
  ensureBuilt();
  const projectDir = join(repoRoot, 'bench/jest');
  linkSignalbox(projectDir);
  const outDir = mkdtempSync(join(tmpdir(), 'signalbox-recording-'));
  const outFile = join(outDir, 'rows.json');
  const config = {
    rootDir: projectDir,
    preset: 'signalbox',
    testMatch: ['<rootDir>/recording.cost.mjs'],
    transform: {},
  };
  try {
    const jest = spawnSync(
      process.execPath,
      [
        join(repoRoot, 'node_modules/jest/bin/jest.js'),
        '--config',
        JSON.stringify(config),
        '--runInBand',
      ],
      {
        cwd: projectDir,
        stdio: ['ignore', 'ignore', 'inherit'],
        env: {
          ...process.env,
          BENCH_RESULTS_FILE: outFile,
          NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --experimental-vm-modules`.trim(),
        },
      },
    );
    if (jest.status !== 0) {
      throw new Error(`the recording benchmark failed (jest exit code ${jest.status})`);
    }
    return JSON.parse(readFileSync(outFile, 'utf8')).flatMap(({ count, unrecorded, recorded }) =>
      Object.entries({ recorded, unrecorded }).map(([kind, values]) => ({
        id: `recording.${count}.${kind}`,
        group: `send in a test file, ${count} receiver${count === 1 ? '' : 's'}`,
        label: kind === 'recorded' ? 'recorded (in a test)' : 'unrecorded (in afterAll)',
        median: quantile(values, 0.5),
        p25: quantile(values, 0.25),
        p75: quantile(values, 0.75),
        samples: values.length - 3,
      })),
    );
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { formatCaseTable } = await import('./report.mjs');
  console.log(formatCaseTable(measureRecording()));
}
