import { spawn } from 'node:child_process';

export interface ExecResult {
  readonly exitCode: number;
  readonly stdout: string;
  readonly stderr: string;
}

export interface ExecOptions {
  readonly cwd: string;
  /** Added to (or, with `undefined`, removed from) the cleaned environment. */
  readonly env?: Readonly<Record<string, string | undefined>>;
  readonly timeoutMs?: number;
}

/**
 * Variables an outer Jest run sets that would change how a child behaves: an inner Jest that sees
 * `JEST_WORKER_ID` or the outer `NODE_OPTIONS`. (npm's `npm_config_*` are kept: a child npm ignores
 * the outer project's prefix, and needs the user's registry settings.)
 */
const INHERITED_BY_ACCIDENT = /^(JEST_WORKER_ID|NODE_OPTIONS)$/;

function childEnv(extra: ExecOptions['env'] = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!INHERITED_BY_ACCIDENT.test(key)) env[key] = value;
  }
  for (const [key, value] of Object.entries(extra)) {
    if (value === undefined) delete env[key];
    else env[key] = value;
  }
  return env;
}

const DEFAULT_TIMEOUT_MS = 5 * 60_000;

/** Runs a command to completion; a non-zero exit is a result, a timeout or spawn failure a rejection. */
export function exec(
  command: string,
  args: readonly string[],
  options: ExecOptions,
): Promise<ExecResult> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  return new Promise((resolvePromise, reject) => {
    // Own process group, so a timeout also ends the grandchildren (Jest workers).
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: childEnv(options.env),
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    const describe = () => `${command} ${args.join(' ')} (in ${options.cwd})`;
    const timer = setTimeout(() => {
      if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
      reject(
        new Error(
          `${describe()} timed out after ${timeoutMs} ms\n${Buffer.concat(stderr).toString()}`,
        ),
      );
    }, timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(new Error(`${describe()} could not start: ${error.message}`));
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolvePromise({
        exitCode: code ?? (signal === null ? 1 : 128),
        stdout: Buffer.concat(stdout).toString(),
        stderr: Buffer.concat(stderr).toString(),
      });
    });
  });
}

/** Like `exec`, but a non-zero exit is a rejection that shows the command's output. */
export async function execOrThrow(
  command: string,
  args: readonly string[],
  options: ExecOptions,
): Promise<ExecResult> {
  const result = await exec(command, args, options);
  if (result.exitCode !== 0) {
    throw new Error(
      `${command} ${args.join(' ')} (in ${options.cwd}) exited with ${result.exitCode}\n` +
        `${result.stdout}\n${result.stderr}`,
    );
  }
  return result;
}
