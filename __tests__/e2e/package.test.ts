/**
 * The packaging check: the packed tarball, installed into a consumer project, works there with
 * real Node (CommonJS and ESM, one registry for both copies) and real tsc (three resolution modes).
 */
import { existsSync, readFileSync } from 'node:fs';
import {
  type ConsumerProject,
  consumerProject,
  type ExecResult,
  filesNamedBy,
  readFixtures,
} from './harness';

jest.setTimeout(60_000);

interface TypeCheckMode {
  readonly name: string;
  readonly dir: string;
  readonly packageType: 'commonjs' | 'module';
  readonly compilerOptions: Readonly<Record<string, string>>;
}

const TYPE_CHECK_MODES: readonly TypeCheckMode[] = [
  {
    name: 'node16 resolution in a CommonJS package',
    dir: 'types/node16-cjs',
    packageType: 'commonjs',
    compilerOptions: { module: 'node16', moduleResolution: 'node16' },
  },
  {
    name: 'node16 resolution in an ES module package',
    dir: 'types/node16-esm',
    packageType: 'module',
    compilerOptions: { module: 'node16', moduleResolution: 'node16' },
  },
  {
    name: 'bundler resolution',
    dir: 'types/bundler',
    packageType: 'module',
    compilerOptions: { module: 'esnext', moduleResolution: 'bundler' },
  },
];

/** Each mode's directory: its package type, its tsconfigs and the two fixture sources. */
function typeCheckProjects(usage: string, typeError: string): Record<string, string> {
  const json = (value: object) => `${JSON.stringify(value, null, 2)}\n`;
  const files: Record<string, string> = {};
  for (const { dir, packageType, compilerOptions } of TYPE_CHECK_MODES) {
    Object.assign(files, {
      [`${dir}/package.json`]: json({ type: packageType }),
      [`${dir}/tsconfig.json`]: json({
        extends: '../tsconfig.base.json',
        compilerOptions,
        files: ['usage.ts'],
      }),
      [`${dir}/tsconfig.errors.json`]: json({
        extends: './tsconfig.json',
        files: ['type-error.ts'],
      }),
      [`${dir}/usage.ts`]: usage,
      [`${dir}/type-error.ts`]: typeError,
    });
  }
  return files;
}

type Outcome = { value: unknown } | { error: string };

let project: ConsumerProject;

/** Runs a fixture script with Node in the project and returns its per-check outcomes. */
async function runScript(script: string): Promise<Record<string, Outcome>> {
  const { exitCode, stdout, stderr } = await project.exec('node', [script]);
  if (exitCode !== 0) throw new Error(`node ${script} exited with ${exitCode}:\n${stderr}`);
  return JSON.parse(stdout) as Record<string, Outcome>;
}

/** tsc's diagnostics as `file: code` (`type-error.ts: TS2322`). */
function diagnostics(tscOutput: string): string[] {
  return [...tscOutput.matchAll(/^(?:.*\/)?([^/(]+)\(\d+,\d+\): error (TS\d+)/gm)].map(
    ([, file, code]) => `${file}: ${code}`,
  );
}

beforeAll(async () => {
  const fixtures = readFixtures('package');
  const { 'types/usage.ts': usage, 'types/type-error.ts': typeError } = fixtures;
  if (usage === undefined || typeError === undefined) throw new Error('type fixtures missing');
  project = await consumerProject('package', {
    jest: '30',
    files: { ...fixtures, ...typeCheckProjects(usage, typeError) },
  });
}, 10 * 60_000);

test('the tarball holds every file its package.json names', () => {
  const manifest = JSON.parse(
    readFileSync(project.path('node_modules/signalbox/package.json'), 'utf8'),
  ) as Record<string, unknown>;
  const named = filesNamedBy(manifest);

  expect(named).toContain('./dist/index.cjs');
  expect(
    named.filter((path) => !existsSync(project.path(`node_modules/signalbox/${path}`))),
  ).toEqual([]);
});

const RUNTIME_EXPORTS = {
  Signal: 'function',
  receiver: 'function',
  suspendingReceiver: 'function',
  settings: 'object',
  configureSettings: 'function',
  settingChanged: 'object',
};
const TESTING_EXPORTS = {
  overrideSettings: 'function',
  modifySettings: 'function',
  suspendSignals: 'function',
  resumeSignals: 'function',
  sentSignals: 'function',
};

describe.each([
  { loader: 'require', script: 'exports.cjs', extension: 'cjs' },
  { loader: 'import', script: 'exports.mjs', extension: 'mjs' },
])('$loader() of the installed package', ({ script, extension }) => {
  let outcomes: Record<string, Outcome>;
  beforeAll(async () => {
    outcomes = await runScript(script);
  });

  test(`resolves each entry point to its .${extension} build`, () => {
    expect(outcomes.runtimeFile).toEqual({
      value: project.path(`node_modules/signalbox/dist/index.${extension}`),
    });
    expect(outcomes.testingFile).toEqual({
      value: project.path(`node_modules/signalbox/dist/testing.${extension}`),
    });
  });

  test('signalbox exposes the runtime', () => {
    expect(outcomes.runtimeExports).toEqual({ value: expect.objectContaining(RUNTIME_EXPORTS) });
  });

  test('signalbox/testing exposes the test helpers', () => {
    expect(outcomes.testingExports).toEqual({ value: expect.objectContaining(TESTING_EXPORTS) });
  });

  test('a signal sends and a configured setting reads back', () => {
    expect(outcomes.use).toEqual({ value: { sent: [42], greeting: 'hello' } });
  });
});

describe('a CommonJS copy and an ES module copy in one process', () => {
  let outcomes: Record<string, Outcome>;
  beforeAll(async () => {
    outcomes = await runScript('shared-registry.mjs');
  });

  test('are two copies of the code', () => {
    expect(outcomes.twoCopies).toEqual({ value: true });
  });

  test('read the settings configured through the other', () => {
    expect(outcomes.configuredThroughCjsReadThroughEsm).toEqual({ value: 'cjs' });
    expect(outcomes.configuredThroughEsmReadThroughCjs).toEqual({ value: 'esm' });
  });

  test('share one settingChanged signal', () => {
    expect(outcomes.sameSettingChanged).toEqual({ value: true });
  });

  test("see each other's overrides and notify each other's receivers", () => {
    expect(outcomes.overriddenThroughEsmSeenByCjs).toEqual({
      value: {
        inside: 'override',
        after: 'base',
        changes: [
          { setting: 'MODE', value: 'override', enter: true },
          { setting: 'MODE', value: 'base', enter: false },
        ],
      },
    });
  });

  test("suspend each other's receivers", () => {
    expect(outcomes.suspendedThroughCjsSkipsEsmReceivers).toEqual({
      value: { whileSuspended: 0, afterwards: 1 },
    });
  });
});

describe.each(TYPE_CHECK_MODES)('types with $name', ({ dir }) => {
  const tsc = (tsconfig: string) =>
    project.exec('tsc', ['-p', `${dir}/${tsconfig}`, '--pretty', 'false']);
  let usage: ExecResult;
  let typeError: ExecResult;
  beforeAll(async () => {
    [usage, typeError] = await Promise.all([tsc('tsconfig.json'), tsc('tsconfig.errors.json')]);
  });

  test('a consumer using typed signals and augmented Settings compiles', () => {
    expect({ exitCode: usage.exitCode, errors: usage.stdout }).toEqual({ exitCode: 0, errors: '' });
  });

  test('a wrong payload and an undeclared setting fail to compile', () => {
    expect({ exitCode: typeError.exitCode, errors: diagnostics(typeError.stdout) }).toEqual({
      exitCode: 2,
      errors: ['type-error.ts: TS2322', 'type-error.ts: TS2339'],
    });
  });
});
