// Runs the built command the way a user or a script would.
import { spawnSync, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readdirSync } from 'node:fs';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const BIN = fileURLToPath(new URL('../../bin/should-i-interview.cjs', import.meta.url));
const PTY = fileURLToPath(new URL('./pty-run.py', import.meta.url));

// A profile folder that never exists, so no test reads the developer's own profile.
const NO_PROFILE = join(tmpdir(), `sii-no-profile-${process.pid}`, 'never-created');

// The message reader's code cache (src/io/code-cache.ts) of the runs tests make: not in the developer's own cache folder.
const TEST_CACHE = join(tmpdir(), 'sii-test-cache');

/** A minimal, predictable environment: nothing from the developer's shell leaks in. */
export function cleanEnv(extra: Record<string, string> = {}): Record<string, string> {
  return {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: process.env.HOME ?? '/tmp',
    LANG: 'C.UTF-8',
    SHOULD_I_INTERVIEW_CONFIG_DIR: NO_PROFILE,
    XDG_CACHE_HOME: TEST_CACHE,
    ...extra,
  };
}

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], options: { env?: Record<string, string>; nodeArgs?: string[] } = {}): CliResult {
  const result = spawnSync(process.execPath, [...(options.nodeArgs ?? []), BIN, ...args], {
    env: cleanEnv(options.env),
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: 10_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Runs with stdin an open pipe that is never written to or closed. */
export function runCliWithOpenStdin(args: string[], timeoutMs = 5000): Promise<CliResult & { timedOut: boolean }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { env: cleanEnv(), stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr, timedOut });
    });
  });
}

export interface PtyResult {
  exitCode: number | null;
  signal: number | null;
  output: string;
  timedOut: boolean;
  pending: string | null;
}

/** Runs the command on a real pseudo-terminal (stdin, stdout and stderr all the terminal). */
export function runPty(
  args: string[],
  options: {
    env?: Record<string, string>;
    cols?: number;
    steps?: Array<{ wait: string; send: string } | { wait: string; signal: 'TERM' | 'HUP' | 'INT' }>;
    timeout?: number;
    /** Run this argv instead of the command (for shell redirections). */
    argv?: string[];
  } = {},
): PtyResult {
  const spec = {
    argv: options.argv ?? [process.execPath, BIN, ...args],
    env: cleanEnv({ TERM: 'xterm-256color', ...options.env }),
    cols: options.cols ?? 80,
    steps: options.steps ?? [],
    timeout: options.timeout ?? 10,
  };
  const result = spawnSync('python3', [PTY, JSON.stringify(spec)], { encoding: 'utf8', timeout: 30_000 });
  if (result.status !== 0) throw new Error(`pty-run failed: ${result.stderr}`);
  return JSON.parse(result.stdout) as PtyResult;
}

export const ESC = /\u001b/;
export const STACK_LINE = /^\s+at .+\(?.*:\d+:\d+\)?$/m;

/**
 * What a run left in the temp folder it was given, less Node's own module
 * compile cache: on Node 22 and later the launcher turns that cache on, and
 * Node keeps it in `$TMPDIR/node-compile-cache`, on purpose, across runs.
 */
export function tempLeftovers(dir: string): string[] {
  return readdirSync(dir).filter((name) => name !== 'node-compile-cache');
}
