import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

const POLL_MS = 200;
const DEFAULT_WAIT_MS = 10 * 60_000;
/** A lock whose owner has not written its record within this time was abandoned mid-creation. */
const OWNERLESS_GRACE_MS = 30_000;

interface Owner {
  readonly pid: number;
  readonly since: number;
}

export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readOwner(lockDir: string): Owner | undefined {
  try {
    return JSON.parse(readFileSync(join(lockDir, 'owner.json'), 'utf8')) as Owner;
  } catch {
    return undefined;
  }
}

function isAbandoned(lockDir: string, firstSeen: number): boolean {
  const owner = readOwner(lockDir);
  if (owner === undefined) return Date.now() - firstSeen > OWNERLESS_GRACE_MS;
  return !isProcessAlive(owner.pid);
}

function tryAcquire(lockDir: string): boolean {
  try {
    mkdirSync(lockDir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  const owner: Owner = { pid: process.pid, since: Date.now() };
  writeFileSync(join(lockDir, 'owner.json'), JSON.stringify(owner));
  return true;
}

/** Moves an abandoned lock aside (atomically, so only one waiter breaks it) and deletes it. */
function breakLock(lockDir: string): void {
  const aside = `${lockDir}.abandoned-${process.pid}-${Date.now()}`;
  try {
    renameSync(lockDir, aside);
  } catch {
    return;
  }
  rmSync(aside, { recursive: true, force: true });
}

/**
 * Runs `action` while holding a lock directory, shared by every process on this machine (Jest
 * workers, parallel Jest runs). A lock left by a process that died is broken.
 */
export async function withLock<T>(
  lockDir: string,
  action: () => Promise<T>,
  waitMs = DEFAULT_WAIT_MS,
): Promise<T> {
  mkdirSync(dirname(lockDir), { recursive: true });
  const start = Date.now();
  while (!tryAcquire(lockDir)) {
    if (isAbandoned(lockDir, start)) {
      breakLock(lockDir);
    } else if (Date.now() - start > waitMs) {
      throw new Error(`Timed out after ${waitMs} ms waiting for the lock ${lockDir}`);
    } else {
      await sleep(POLL_MS);
    }
  }
  try {
    return await action();
  } finally {
    rmSync(lockDir, { recursive: true, force: true });
  }
}
