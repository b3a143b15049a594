// The tool's files are its user's alone: every file it writes (the profile,
// its backups, the history, lock and temporary files) is 0600 and every
// folder it creates 0700, whatever the umask (a umask only ever takes bits
// away, and what it took is put back with chmod). Its own default folders
// are tightened when found open to others; a folder the user named is never
// changed, only warned about.

import { chmodSync, mkdirSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { errorCode, isSystemError } from './file-error.js';

export const FILE_MODE = 0o600;
export const DIR_MODE = 0o700;

/** Modes mean nothing on Windows (only a read-only flag), so none are set or checked there. */
export const POSIX = process.platform !== 'win32';

/** Where a store says, in one line, that it changed or would change a folder's mode. */
export type Warn = (message: string) => void;

/** What a store is about to do to a path, for FaultHook. */
export type FileOperation = 'mkdir' | 'chmod' | 'read' | 'open' | 'write' | 'link' | 'rename' | 'unlink' | 'lock';

/**
 * A test hook, called before each file operation a store makes: throwing an
 * error with an errno code (ENOSPC, EACCES, EXDEV…) stands for the operating
 * system refusing it. Not set outside tests.
 */
export type FaultHook = (operation: FileOperation, path: string) => void;

/** A system error, as node:fs would throw it. */
export function systemError(code: string, path: string, what = code): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: ${what}, '${path}'`), { code, path });
}

/**
 * Creates `dir` and every missing folder above it, each 0700. Returns
 * whether anything was created. A file where a folder is needed is an
 * ENOTDIR error.
 */
export function makePrivateDir(dir: string, hook?: FaultHook): boolean {
  const missing: string[] = [];
  for (let d = resolve(dir); ; ) {
    try {
      if (statSync(d).isDirectory()) break;
      throw systemError('ENOTDIR', d, 'not a directory');
    } catch (error) {
      if (errorCode(error) !== 'ENOENT') throw error;
    }
    missing.push(d);
    const parent = dirname(d);
    if (parent === d) break;
    d = parent;
  }
  for (const d of missing.reverse()) {
    hook?.('mkdir', d);
    try {
      mkdirSync(d, { mode: DIR_MODE });
    } catch (error) {
      // Made by a parallel run in the meantime: that run sets its mode.
      if (errorCode(error) === 'EEXIST' && statSync(d).isDirectory()) continue;
      throw error;
    }
    if (POSIX) chmodSync(d, DIR_MODE);
  }
  return missing.length > 0;
}

// Each folder is checked once a run, so a run writing both the profile and
// the history says it once.
const checked = new Set<string>();

export interface PrivateDirOptions {
  /** True for the tool's own default folder (…/should-i-interview under the XDG folders): it is tightened when found looser. */
  own: boolean;
  /** What the folder holds, for the message: "your history". */
  holds: string;
  warn?: Warn | undefined;
  hook?: FaultHook | undefined;
}

/**
 * Makes sure `dir` exists, 0700 when created. A folder that was there and is
 * open to others is tightened to 0700 when it is the tool's own, with a line
 * saying so; a folder the user named is left as it is, with a line saying
 * how to make it private.
 */
export function ensurePrivateDir(dir: string, options: PrivateDirOptions): void {
  const key = resolve(dir);
  if (makePrivateDir(dir, options.hook)) {
    checked.add(key);
    return;
  }
  if (!POSIX || checked.has(key)) return;
  checked.add(key);
  const stat = statSync(dir);
  const mode = stat.mode & 0o7777;
  if ((mode & 0o077) === 0) return;
  const was = (mode & 0o777).toString(8).padStart(3, '0');
  if (options.own) {
    try {
      options.hook?.('chmod', dir);
      chmodSync(dir, DIR_MODE);
      options.warn?.(`note: ${dir} was open to other users (mode ${was}); it is now 0700, as it holds ${options.holds}.`);
      return;
    } catch (error) {
      if (!isSystemError(error)) throw error;
      // Not ours to change (another owner): say so instead.
    }
  } else if (process.getuid !== undefined && stat.uid !== process.getuid()) {
    // A folder the user named that belongs to someone else: not theirs to change either.
    return;
  }
  options.warn?.(
    `warning: ${dir} is open to other users (mode ${was}) and holds ${options.holds}; it is left as it is. To make it private: chmod 700 '${dir}'`,
  );
}
