/**
 * The receiver profile under real Vitest 4.1 and 3.2: the example project of docs/profile.md (its
 * receivers are busy for a known time per call, its test files use the globals) with the guide's
 * `vitest.config.mjs` and the packed package — the same counts, attribution and suggestion as
 * under Jest (profile.test.ts), in Vitest's workers.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { filesOf, guideBlocks } from '../docs/guide-blocks';
import {
  type ConsumerProject,
  consumerProject,
  INSTALL_TIMEOUT_MS,
  type JestRun,
  REPO_ROOT,
  runVitest,
  VITEST_VERSIONS,
  type VitestMajor,
} from '../harness';

jest.setTimeout(180_000);

interface Row {
  name: string;
  calls: number;
  time: number;
  tests: number;
  neededTests: number;
  neededIn: string[];
  blocks: Array<{ place: string; calls: number }>;
}
interface Report {
  files: number;
  receivers: Row[];
  suggestion?: { signals: string[]; option: string };
}

const FILES = filesOf(guideBlocks(join(REPO_ROOT, 'docs/profile.md')));
// the guide's config, with the JSON results the harness reads (reporters from the config: a
// --reporter on the command line would replace the profile's)
const CONFIG = FILES['vitest.config.mjs']!.replace(
  "include: ['tests/**/*.test.js'] }",
  "include: ['tests/**/*.test.js'], reporters: ['default', ['json', { outputFile: process.env.SIGNALBOX_E2E_RESULTS }]] }",
);

describe.each(Object.keys(VITEST_VERSIONS) as VitestMajor[])('Vitest %s', (major) => {
  let project: ConsumerProject;
  let run: JestRun;
  const report = () =>
    JSON.parse(readFileSync(project.path('signalbox-profile/profile.json'), 'utf8')) as Report;
  const row = (name: string) => report().receivers.find((receiver) => receiver.name === name)!;

  beforeAll(async () => {
    project = await consumerProject(`vitest-profile-${major}`, {
      vitest: major,
      files: { ...FILES, 'vitest.config.mjs': CONFIG },
    });
    run = await runVitest(project, ['--maxWorkers=2'], {
      configReporters: true,
      env: { SIGNALBOX_PROFILE: '1', SIGNALBOX_PROFILE_DIR: undefined },
    });
  }, INSTALL_TIMEOUT_MS);

  test('the tests pass and the run prints the table, with the plugin’s option to paste', () => {
    expect(run.results.numFailedTests).toBe(0);
    expect(run.stderr).toMatch(/signalbox receiver profile: 3 test files, /);
    // the two costly signals first; on a loaded machine the cheap audit_logged may pass 1% too
    expect(run.stderr).toContain(
      "or for every file (vitest.config): signalbox({ suspendSignals: ['order_saved', 'user_saved'",
    );
    // receivers are named by the user's file, never by signalbox's own (its ESM and CJS copies)
    expect(run.stderr).toMatch(/indexOrder \(app\.js:\d+\)/);
    expect(run.stderr).not.toContain('node_modules/signalbox/dist');
    expect(run.stderr).toContain('Report: signalbox-profile/profile.json');
  });

  test('every call is counted once on its receiver, across files and workers, ranked by time', () => {
    expect(
      Object.fromEntries(report().receivers.map((r) => [r.name || 'anonymous', r.calls])),
    ).toEqual({
      indexOrder: 27,
      storeAuditEntry: 27,
      anonymous: 27,
      sendWelcomeEmail: 41,
      createProfile: 41,
    });
    const times = report().receivers.map((receiver) => receiver.time);
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(report().files).toBe(3);
  });

  test('calls are attributed to files and describe blocks, concurrent tests included', () => {
    const places = (name: string) =>
      Object.fromEntries(row(name).blocks.map((block) => [block.place, block.calls]));
    expect(places('indexOrder')).toEqual({
      'tests/orders.test.js › orders': 22,
      'tests/shared.test.js': 5,
    });
    expect(places('sendWelcomeEmail')).toEqual({
      'tests/users.test.js › users': 30,
      'tests/users.test.js › welcome': 1,
      'tests/users.test.js › concurrent': 10,
    });
  });

  test('tests that resume a receiver or assert on its signal count as needing it', () => {
    expect(row('indexOrder')).toMatchObject({
      tests: 2,
      neededTests: 1,
      neededIn: ['tests/orders.test.js › orders'],
    });
    expect(row('sendWelcomeEmail')).toMatchObject({
      tests: 4,
      neededTests: 1,
      neededIn: ['tests/users.test.js › welcome'],
    });
    expect(report().suggestion?.signals.slice(0, 2)).toEqual(['order_saved', 'user_saved']);
  });

  test('without the switch nothing is profiled', async () => {
    const off = await runVitest(project, [], {
      configReporters: true,
      env: { SIGNALBOX_PROFILE: undefined, SIGNALBOX_PROFILE_DIR: undefined },
    });
    expect(off.results.numFailedTests).toBe(0);
    expect(off.stderr).not.toContain('signalbox receiver profile');
  });
});
