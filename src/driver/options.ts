import { closestName } from '../base/closest-name';
import type { EmitterOption, FileLayer, LeakMode } from '../scope/bridge';
import { isPlainObject, settingsProblem } from '../settings/values';
import { fileConfigError } from './config-error';

/** The project's signalbox options (Jest's `testEnvironmentOptions.signalbox`, the Vitest plugin's), validated. */
export interface SignalboxOptions {
  /** Settings first, then suspension: the project-level layers of every file, in that order. */
  readonly layers: readonly FileLayer[];
  readonly leaks: LeakMode;
  readonly sendLogLimit: number;
  /** Unknown setting keys, signal names and misplaced pragmas fail (`true`) or warn (`false`). */
  readonly strict: boolean;
  /** Emitters to adopt in every file; `module` as written (a driver resolves relative paths). */
  readonly emitters: readonly EmitterOption[];
}

const KNOWN_KEYS = ['suspendSignals', 'settings', 'leaks', 'sendLogLimit', 'strict', 'emitters'];
const LEAK_MODES: readonly LeakMode[] = ['off', 'warn', 'error', 'disconnect'];
const DEFAULT_SEND_LOG_LIMIT = 100_000;

/**
 * Validates the user's `signalbox` options; a bad one throws, which fails the test file.
 * `where` names them in messages as the user wrote them (`testEnvironmentOptions.signalbox`).
 */
export function parseOptions(raw: unknown, testFile: string, where: string): SignalboxOptions {
  if (raw === undefined) {
    return {
      layers: [],
      leaks: 'warn',
      sendLogLimit: DEFAULT_SEND_LOG_LIMIT,
      strict: true,
      emitters: [],
    };
  }
  if (!isPlainObject(raw)) {
    throw fileConfigError(testFile, where, `must be an object, got ${show(raw)}`);
  }
  const unknownKeys = Object.keys(raw).filter((key) => !KNOWN_KEYS.includes(key));
  if (unknownKeys.length > 0) {
    throw fileConfigError(
      testFile,
      `${where}.${unknownKeys[0]}`,
      `is not an option${didYouMean(unknownKeys[0]!)} (unknown: ${unknownKeys.join(', ')}; the options are ${KNOWN_KEYS.join(', ')})`,
    );
  }
  return {
    layers: [
      ...settingsLayer(raw.settings, testFile, where),
      ...suspendLayer(raw.suspendSignals, testFile, where),
    ],
    leaks: leakMode(raw.leaks, testFile, where),
    sendLogLimit: sendLogLimit(raw.sendLogLimit, testFile, where),
    strict: strict(raw.strict, testFile, where),
    emitters: emitters(raw.emitters, testFile, where),
  };
}

/** `{ users: './src/events#users' }`: adoption name → module, and `#export` when not the module itself. */
function emitters(value: unknown, testFile: string, where: string): EmitterOption[] {
  const source = `${where}.emitters`;
  if (value === undefined) return [];
  if (!isPlainObject(value)) {
    throw fileConfigError(
      testFile,
      source,
      `must be an object of adoption names and modules ({ users: './src/events#users' }), got ${show(value)}`,
    );
  }
  return Object.entries(value).map(([name, spec]) => {
    const at = `${source}.${name}`;
    if (name === '' || name.includes(':')) {
      throw fileConfigError(
        testFile,
        at,
        'is not a name: an adoption name is non-empty and has no ":"',
      );
    }
    if (typeof spec !== 'string' || spec === '' || spec.startsWith('#')) {
      throw fileConfigError(
        testFile,
        at,
        `must be a module and optionally its export ('./src/events#users'), got ${show(spec)}`,
      );
    }
    const hash = spec.lastIndexOf('#');
    const module = hash === -1 ? spec : spec.slice(0, hash);
    const exportName = hash === -1 || hash === spec.length - 1 ? undefined : spec.slice(hash + 1);
    return { name, module, exportName, source: at };
  });
}

function settingsLayer(value: unknown, testFile: string, where: string): FileLayer[] {
  const source = `${where}.settings`;
  if (value === undefined) return [];
  if (!isPlainObject(value)) {
    throw fileConfigError(testFile, source, `must be an object of settings, got ${show(value)}`);
  }
  const problem = settingsProblem(value, source);
  if (problem !== undefined) throw fileConfigError(testFile, source, problem);
  return [{ kind: 'override', values: value, source, origin: 'option' }];
}

function suspendLayer(value: unknown, testFile: string, where: string): FileLayer[] {
  const source = `${where}.suspendSignals`;
  if (value === undefined || value === false) return [];
  if (value === true) return [{ kind: 'suspend', targets: true, source, origin: 'option' }];
  if (!Array.isArray(value) || !value.every((name) => typeof name === 'string' && name !== '')) {
    throw fileConfigError(
      testFile,
      source,
      `must be true, false or a list of signal names, got ${show(value)}`,
    );
  }
  return value.length === 0
    ? []
    : [{ kind: 'suspend', targets: [...value], source, origin: 'option' }];
}

function leakMode(value: unknown, testFile: string, where: string): LeakMode {
  if (value === undefined) return 'warn';
  const mode = LEAK_MODES.find((candidate) => candidate === value);
  if (mode === undefined) {
    throw fileConfigError(
      testFile,
      `${where}.leaks`,
      `must be one of ${LEAK_MODES.map((m) => `'${m}'`).join(', ')}, got ${show(value)}`,
    );
  }
  return mode;
}

function sendLogLimit(value: unknown, testFile: string, where: string): number {
  if (value === undefined) return DEFAULT_SEND_LOG_LIMIT;
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 1) {
    throw fileConfigError(
      testFile,
      `${where}.sendLogLimit`,
      `must be a positive integer, got ${show(value)}`,
    );
  }
  return value;
}

function didYouMean(key: string): string {
  const suggestion = closestName(key, KNOWN_KEYS);
  return suggestion === undefined ? '' : `: did you mean ${suggestion}?`;
}

function strict(value: unknown, testFile: string, where: string): boolean {
  if (value === undefined) return true;
  if (typeof value !== 'boolean') {
    throw fileConfigError(testFile, `${where}.strict`, `must be true or false, got ${show(value)}`);
  }
  return value;
}

function show(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(show).join(', ')}]`;
  if (typeof value === 'object' && value !== null) return 'an object';
  return String(value);
}
