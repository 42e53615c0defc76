import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { closestName } from '../base/closest-name';
import type { FileFacts, FileLayer } from '../scope/bridge';
import { parseOptions } from './options';

/**
 * The run-wide check of the project options: they apply to every file, and a file may not load the part of the app an option names, so a setting key is unknown
 * when no file of the run configured it (by its first test) and a signal name when no file created
 * such a signal. Each file records what it had (`recordFile`) in a folder that the runner's global
 * setup makes for the run (workers inherit the variable); its global teardown reports, once.
 */

/** The run's folder, set by the global setup in the runner's main process before it starts workers. */
export const RUN_DIR = 'SIGNALBOX_RUN_DIR';
/** The process that made it: a Jest run started by another one's test makes its own. */
const RUN_OWNER = 'SIGNALBOX_RUN_OWNER';

/** The settings keys and signal names the options use. */
export interface OptionNames {
  readonly settings: readonly string[];
  readonly signals: readonly string[];
}

export function optionNames(layers: readonly FileLayer[]): OptionNames {
  const settings: string[] = [];
  const signals: string[] = [];
  for (const layer of layers) {
    if (layer.origin !== 'option') continue;
    if (layer.kind === 'override') settings.push(...Object.keys(layer.values));
    else if (layer.targets !== true) signals.push(...layer.targets);
  }
  return { settings, signals };
}

export interface OptionProblem {
  readonly message: string;
  /** A close name some file had: the likely intended one. */
  readonly suggestion: string | undefined;
}

/**
 * What the files say about the options' keys and names: one problem per unknown one. `where` names
 * the options as the user wrote them (`testEnvironmentOptions.signalbox`).
 */
export function optionProblems(
  names: OptionNames,
  files: readonly FileFacts[],
  where: string,
): OptionProblem[] {
  if (files.length === 0) return [];
  const configured = new Set(files.flatMap((file) => file.configured));
  const signals = new Set(files.flatMap((file) => file.signals));
  const ran = `${files.length} ran`;
  const listed = [...signals].sort().map((name) => `"${name}"`);
  const unknown = (
    wanted: readonly string[],
    known: Set<string>,
    text: (name: string, meant: string) => string,
  ) =>
    wanted
      .filter((name) => !known.has(name))
      .map((name): OptionProblem => {
        const suggestion = closestName(name, known);
        const meant = suggestion === undefined ? '' : ` Did you mean "${suggestion}"?`;
        return { message: text(name, meant), suggestion };
      });
  return [
    ...unknown(
      names.settings,
      configured,
      (key, meant) =>
        `signalbox: ${where}.settings sets "${key}", which no test file of this run (${ran}) configured (configureSettings) by its first test.${meant}`,
    ),
    ...unknown(
      names.signals,
      signals,
      (name, meant) =>
        `signalbox: ${where}.suspendSignals names "${name}", but no test file of this run (${ran}) created a signal of that name.${meant} Signals that exist: ${listed.join(', ') || 'none'}.`,
    ),
  ];
}

/**
 * The project's folder in the run's: a hash of its id (two FNV-1a passes), not `node:crypto`,
 * which would cost every test worker that loads this module several milliseconds to load.
 */
function projectDir(runDir: string, projectId: string): string {
  const fnv = (seed: number) => {
    let hash = seed;
    for (let i = 0; i < projectId.length; i++) {
      hash = Math.imul(hash ^ projectId.charCodeAt(i), 0x01000193) >>> 0;
    }
    return hash.toString(16).padStart(8, '0');
  };
  return join(runDir, fnv(0x811c9dc5) + fnv(0x050c5d1f));
}

/** Makes the run's folder (once: a multi-project config runs every project's global setup). */
export function startRun(): void {
  if (process.env[RUN_DIR] !== undefined && process.env[RUN_OWNER] === String(process.pid)) return;
  process.env[RUN_DIR] = mkdtempSync(join(tmpdir(), 'signalbox-run-'));
  process.env[RUN_OWNER] = String(process.pid);
}

let recorded = 0;

/**
 * Records a file's facts for the run's check; `false` when no global setup made a folder. `runDir`:
 * the run's folder when the runner hands it over otherwise than in the environment (Vitest's
 * `provide`).
 */
export function recordFile(
  projectId: string,
  facts: FileFacts,
  runDir = process.env[RUN_DIR],
): boolean {
  if (runDir === undefined) return false;
  const dir = projectDir(runDir, projectId);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${process.pid}-${recorded++}.json`), JSON.stringify(facts));
  return true;
}

/** The facts the project's files recorded, read once and removed (the run's folder when empty). */
export function collectRun(projectId: string): FileFacts[] {
  const runDir = process.env[RUN_DIR];
  if (runDir === undefined) return [];
  const dir = projectDir(runDir, projectId);
  let files: string[];
  try {
    files = readdirSync(dir);
  } catch {
    return [];
  }
  const facts = files.map((file) => JSON.parse(readFileSync(join(dir, file), 'utf8')) as FileFacts);
  rmSync(dir, { recursive: true, force: true });
  if (readdirSync(runDir).length === 0) rmSync(runDir, { recursive: true, force: true });
  return facts;
}

/** Messages already printed by this worker process (the fallback below). */
const warnedHere = new Set<string>();

/**
 * Without the global hooks the run cannot be seen: one file's facts only show likely typos (a
 * close name exists in this file), printed as warnings once per worker process, with `hint` (how
 * to add the global hooks).
 */
export function warnLikelyTypos(
  names: OptionNames,
  facts: FileFacts,
  where: string,
  hint: string,
  warn: (message: string) => void,
): void {
  for (const { message, suggestion } of optionProblems(names, [facts], where)) {
    if (suggestion === undefined || warnedHere.has(message)) continue;
    warnedHere.add(message);
    warn(`${message} (Seen in this file: ${hint})`);
  }
}

/**
 * The run-wide check at the end of a run: the problems of the project options `raw` (written at
 * `where`) across the files of `projectId`, and whether they fail the run; `undefined` when there
 * are none, or when the options are invalid (every file already failed with that error).
 */
export function runProblems(
  raw: unknown,
  label: string,
  where: string,
  projectId: string,
): { readonly problems: readonly string[]; readonly strict: boolean } | undefined {
  const facts = collectRun(projectId);
  let options: ReturnType<typeof parseOptions>;
  try {
    options = parseOptions(raw, label, where);
  } catch {
    return undefined;
  }
  const problems = optionProblems(optionNames(options.layers), facts, where).map(
    ({ message }) => message,
  );
  return problems.length === 0 ? undefined : { problems, strict: options.strict };
}
