import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FileProfile } from '../scope/profile-data';

/**
 * How test files hand their receiver profiles to the reporter, across Jest's worker processes: the
 * reporter makes a directory and names it in this environment variable before any worker starts
 * (workers inherit it); each test file writes its profile there as one JSON file when it ends.
 */
export const PROFILE_DIRECTORY_VARIABLE = 'SIGNALBOX_PROFILE_DIR';

/** The switch that asks for a profile; the preset then adds the reporter. */
export const PROFILE_VARIABLE = 'SIGNALBOX_PROFILE';

/** `SIGNALBOX_PROFILE` is set to something other than `''`, `0` or `false`. */
export function profileRequested(env: NodeJS.ProcessEnv): boolean {
  const value = env[PROFILE_VARIABLE]?.trim().toLowerCase();
  return value !== undefined && value !== '' && value !== '0' && value !== 'false';
}

let written = 0;

export function writeFileProfile(directory: string, profile: FileProfile): void {
  mkdirSync(directory, { recursive: true });
  const name = `${process.pid}-${Date.now()}-${written++}.json`;
  writeFileSync(join(directory, name), JSON.stringify(profile));
}

export function readFileProfiles(directory: string): FileProfile[] {
  let names: string[];
  try {
    names = readdirSync(directory).filter((name) => name.endsWith('.json'));
  } catch {
    return [];
  }
  return names.map(
    (name) => JSON.parse(readFileSync(join(directory, name), 'utf8')) as FileProfile,
  );
}

/** Empties the directory for a new run (watch mode runs again with the same reporter). */
export function clearRunDirectory(directory: string): void {
  rmSync(directory, { recursive: true, force: true });
  mkdirSync(directory, { recursive: true });
}
