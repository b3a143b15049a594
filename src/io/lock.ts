// A lock file beside a file that is read, changed and written back, so that
// parallel runs take turns and none loses what another saved.
//
// The lock is `<file>.lock`, created with O_EXCL (only one run can create
// it) and holding who made it: { pid, host, at, token }. A run that finds it
// waits, a little longer each time, up to a bound, then stops with an error
// naming the lock. A lock left by a run that died (its process is gone, or it
// is older than any write could take) is removed, one run at a time (see
// breakLock), and the wait goes on. The lock is removed when the work ends,
// whether it succeeded or failed; the work it guards is synchronous, so no
// signal handler can run while it is held (its registered cleanup is a
// safety net for a future caller that awaits inside).

import { closeSync, openSync, readFileSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { createRequire } from 'node:module';
import { errorCode } from './file-error.js';
import { FILE_MODE, type FaultHook } from './private-files.js';
import { registerCleanup } from './signals.js';

export interface LockOptions {
  /** How long to wait for another run to let go, in milliseconds. */
  waitMs?: number | undefined;
  /** A lock older than this was left by a run that died, whoever made it (milliseconds). */
  staleMs?: number | undefined;
  hook?: FaultHook | undefined;
}

export const DEFAULT_WAIT_MS = 5000;
export const DEFAULT_STALE_MS = 30_000;
/** A lock with no readable owner yet is being written; after this long, its maker died before writing it. */
const UNREADABLE_STALE_MS = 2000;

interface Holder {
  text: string;
  pid?: number;
  host?: string;
  ageMs: number;
}

/** Another run holds the lock and did not let go in time. Its code makes it a FileAccessError's cause ("the file is busy"). */
export class LockBusyError extends Error {
  override readonly name = 'LockBusyError';
  readonly code = 'EBUSY';
  constructor(
    readonly lockPath: string,
    readonly pid: number | undefined,
  ) {
    super(`EBUSY: ${lockPath} is held by ${pid === undefined ? 'another run' : `process ${pid}`}`);
  }
}

/** What to tell the user when the lock could not be had. */
export function busyAdvice(error: LockBusyError): string {
  return (
    `Another ${'should-i-interview'} run${error.pid === undefined ? '' : ` (process ${error.pid})`} is changing it: run again when it is done. ` +
    `If none is running, delete ${error.lockPath}.`
  );
}

// node:os only when a lock is taken.
const hostname = () => (createRequire(import.meta.url)('node:os') as typeof import('node:os')).hostname();

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists, it is someone else's.
    return errorCode(error) === 'EPERM';
  }
}

/** The lock's holder, or undefined when there is no lock any more. */
function readHolder(path: string): Holder | undefined {
  let text: string;
  let mtimeMs: number;
  try {
    mtimeMs = statSync(path).mtimeMs;
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return undefined;
    throw error;
  }
  const holder: Holder = { text, ageMs: Date.now() - mtimeMs };
  try {
    const data = JSON.parse(text) as { pid?: unknown; host?: unknown };
    if (typeof data.pid === 'number') holder.pid = data.pid;
    if (typeof data.host === 'string') holder.host = data.host;
  } catch {
    // written by a run that died before finishing it (or being written now)
  }
  return holder;
}

function isStale(holder: Holder, mine: { pid: number; host: string }, staleMs: number): boolean {
  if (holder.pid === undefined) return holder.ageMs > UNREADABLE_STALE_MS;
  if (holder.host === mine.host) {
    // This process holds no other lock on this file: a lock naming its pid
    // was left by an earlier process that had the same number.
    if (holder.pid === mine.pid) return true;
    if (!alive(holder.pid)) return true;
  }
  return holder.ageMs > staleMs;
}

/** A breaker file older than this was left by a run that died while breaking a lock. */
const BREAKER_STALE_MS = 2_000;

/**
 * Removes a stale lock. Breaking is done one run at a time, under a second
 * file (`<lock>.break`, made exclusively): the run that holds it reads the
 * lock again and removes it only if it is still the stale one it judged.
 * Without that, two runs that both judged the same lock stale could remove
 * a fresh lock a third run had taken in its place. A run that finds the
 * breaker taken does nothing: its caller waits and looks again.
 */
export function breakLock(path: string, stale: Pick<Holder, 'text'>): void {
  const breaker = `${path}.break`;
  try {
    closeSync(openSync(breaker, 'wx', FILE_MODE));
  } catch (error) {
    if (errorCode(error) !== 'EEXIST') throw error;
    try {
      // A breaker left by a run that died mid-way: clear it for the next look.
      if (Date.now() - statSync(breaker).mtimeMs > BREAKER_STALE_MS) unlinkSync(breaker);
    } catch {
      // gone already
    }
    return;
  }
  try {
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return; // already gone
      throw error;
    }
    if (text === stale.text) unlinkSync(path);
  } finally {
    try {
      unlinkSync(breaker);
    } catch {
      // best effort
    }
  }
}

function tryCreate(path: string, content: string, hook: FaultHook | undefined): boolean {
  let fd: number;
  try {
    hook?.('lock', path);
    fd = openSync(path, 'wx', FILE_MODE);
  } catch (error) {
    if (errorCode(error) === 'EEXIST') return false;
    throw error;
  }
  let failure: unknown;
  try {
    hook?.('write', path);
    writeSync(fd, content);
  } catch (error) {
    failure = error;
  }
  closeSync(fd);
  if (failure !== undefined) {
    try {
      unlinkSync(path);
    } catch {
      // best effort
    }
    throw failure;
  }
  return true;
}

function removeIfMine(path: string, content: string): void {
  try {
    if (readFileSync(path, 'utf8') === content) unlinkSync(path);
  } catch {
    // gone already, or set aside as stale by another run
  }
}

/**
 * Takes the lock `path`, waiting for another run to let go up to
 * `waitMs`. Returns the function that lets go. Throws LockBusyError when the
 * wait runs out, or the system error that stopped the lock being made.
 */
export function acquireLock(path: string, options: LockOptions = {}): () => void {
  const waitMs = options.waitMs ?? DEFAULT_WAIT_MS;
  const staleMs = options.staleMs ?? DEFAULT_STALE_MS;
  const mine = { pid: process.pid, host: hostname() };
  const token = `${process.pid.toString(36)}${Date.now().toString(36)}${Math.random().toString(36).slice(2, 10)}`;
  const content = JSON.stringify({ ...mine, at: new Date().toISOString(), token });
  const start = Date.now();
  let delay = 2;
  for (;;) {
    if (tryCreate(path, content, options.hook)) break;
    const holder = readHolder(path);
    const waited = Date.now() - start;
    if (holder === undefined && waited < waitMs) continue; // let go between the two steps: try again at once
    if (holder !== undefined && isStale(holder, mine, staleMs)) {
      breakLock(path, holder);
      continue;
    }
    if (waited >= waitMs) throw new LockBusyError(path, holder?.pid);
    // Jitter, so that waiting runs do not all try again at the same instant.
    sleep(delay + Math.floor(Math.random() * delay));
    delay = Math.min(delay * 2, 50);
  }
  const unregister = registerCleanup(() => removeIfMine(path, content));
  return () => {
    unregister();
    removeIfMine(path, content);
  };
}
