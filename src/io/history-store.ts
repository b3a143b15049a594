// The history file: one JSON event per line, only ever appended to, each
// event in a single write. Parallel runs therefore lose nothing either
// wrote (a read-modify-write of one JSON document would drop one of two
// parallel saves), and a line torn by a crash spoils only itself: it is
// reported and skipped, and the file is never rewritten.
//
// History is state, not configuration: it lives in
// $XDG_STATE_HOME/should-i-interview/ (~/.local/state/should-i-interview/),
// or in the folder SHOULD_I_INTERVIEW_CONFIG_DIR names. A history.jsonl left
// in the config folder by an earlier version is moved there on first use
// (see migrate() below). The file is 0600 and its folders 0700.

import {
  closeSync,
  fchmodSync,
  fstatSync,
  fsyncSync,
  ftruncateSync,
  linkSync,
  lstatSync,
  type Stats,
  openSync,
  readFileSync,
  readSync,
  renameSync,
  statSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { asEvent, type HistoryEvent } from '../core/history.js';
import { describeCause, errorCode, FileAccessError, isSystemError, onFile } from './file-error.js';
import { acquireLock, LockBusyError } from './lock.js';
import { ensurePrivateDir, FILE_MODE, POSIX, type FaultHook, type Warn } from './private-files.js';
import { APP_NAME, homedir, profileDir, xdgHome } from './profile-store.js';

export const HISTORY_FILE = 'history.jsonl';

type Env = Readonly<Record<string, string | undefined>>;

/**
 * The history's folder: SHOULD_I_INTERVIEW_CONFIG_DIR when set (it holds
 * both), else $XDG_STATE_HOME/should-i-interview (when absolute), else
 * ~/.local/state/should-i-interview; on Windows, beside the profile.
 */
export function historyDir(env: Env, platform = process.platform, home?: string): string {
  if (env.SHOULD_I_INTERVIEW_CONFIG_DIR) return env.SHOULD_I_INTERVIEW_CONFIG_DIR;
  const xdg = xdgHome(env, 'XDG_STATE_HOME');
  if (xdg) return join(xdg, APP_NAME);
  if (platform === 'win32') return profileDir(env, platform, home);
  return join(home ?? homedir(), '.local', 'state', APP_NAME);
}

export interface HistoryProblem {
  line: number;
  text: string;
}

export interface HistoryStoreOptions {
  /** Where a line about the folder's permissions, or about moving an old history, goes (one line, no final new line). */
  warn?: Warn | undefined;
  /** True for the tool's own default folder, made private when found open to others; false (the default) for one the user named. */
  own?: boolean | undefined;
  /** The folder an earlier version kept history.jsonl in, to move it from on first use. */
  legacyDir?: string | undefined;
  /** Test hook: see FaultHook. */
  inject?: FaultHook | undefined;
}

/** What to do when the history cannot be read or written, by cause. */
function advice(code: string | undefined): string | undefined {
  switch (code) {
    case 'EISDIR':
      return 'A folder stands where the history file should be: move it out of the way, then run again.';
    case 'ENOTDIR':
      return "A file stands where the history's folder should be: move it out of the way, or name another folder with SHOULD_I_INTERVIEW_CONFIG_DIR.";
    default:
      return undefined;
  }
}

/** Rewrites the old file's events so that, appended after the new file's, they change only the old entries. */
function portable(oldText: string): string[] {
  const lines: string[] = [];
  const live = new Set<string>();
  for (const line of oldText.split('\n')) {
    if (line.trim() === '') continue;
    let event: HistoryEvent | undefined;
    try {
      event = asEvent(JSON.parse(line));
    } catch {
      event = undefined;
    }
    if (event?.type === 'cleared') {
      // "cleared" would clear the new file's entries too: remove the old ones by name instead.
      for (const id of live) lines.push(JSON.stringify({ type: 'removed', id, at: event.at }));
      live.clear();
      continue;
    }
    if (event?.type === 'evaluated') live.add(event.id);
    if (event?.type === 'removed') live.delete(event.id);
    // Unreadable lines are kept as they were: they are reported, as before.
    lines.push(line);
  }
  return lines;
}

export class HistoryStore {
  /** Where the history belongs. `path` is where it is in use (the old file when it could not be moved). */
  readonly home: string;
  private readonly legacy: string | undefined;
  private inUse: string | undefined;

  constructor(
    readonly dir: string,
    private readonly options: HistoryStoreOptions = {},
  ) {
    this.home = join(dir, HISTORY_FILE);
    const legacy = options.legacyDir === undefined ? undefined : join(options.legacyDir, HISTORY_FILE);
    this.legacy = legacy === this.home ? undefined : legacy;
  }

  /** The store for this environment: historyDir()'s folder, taking over a history.jsonl left in the profile's folder. */
  static forEnv(env: Env, options: Pick<HistoryStoreOptions, 'warn' | 'inject'> = {}): HistoryStore {
    const named = Boolean(env.SHOULD_I_INTERVIEW_CONFIG_DIR);
    return new HistoryStore(historyDir(env), { ...options, own: !named, legacyDir: named ? undefined : profileDir(env) });
  }

  /** The file in use: the history's own place, once an old file is moved there (on first use), or the old file when it could not be. */
  get path(): string {
    this.inUse ??= this.settle();
    return this.inUse;
  }

  /** Appends one event in a single write. */
  append(event: HistoryEvent): void {
    const path = this.path;
    const dir = path === this.home ? this.dir : this.options.legacyDir!;
    onFile(dir, 'save to the history', () => this.ensureDir(dir), advice('ENOTDIR'));
    let fd: number;
    try {
      this.options.inject?.('open', path);
      fd = openSync(path, 'a+', FILE_MODE);
    } catch (error) {
      if (isSystemError(error)) throw new FileAccessError(path, 'save to the history', error, advice(errorCode(error)));
      throw error;
    }
    try {
      onFile(path, 'save to the history', () => {
        this.tighten(fd);
        // If the last write was torn (no final new line), start on a fresh line
        // so this event is not glued to the broken one.
        const prefix = this.endsMidLine(fd) ? '\n' : '';
        this.options.inject?.('write', path);
        appendWhole(fd, `${prefix}${JSON.stringify(event)}\n`);
      });
    } finally {
      closeSync(fd);
    }
  }

  /** A file an earlier version made (or the umask left) open to others becomes 0600 when written to. */
  private tighten(fd: number): void {
    if (!POSIX) return;
    try {
      const stat = fstatSync(fd);
      // A regular file only: never a device a user pointed the history at.
      if (stat.isFile() && (stat.mode & 0o777) !== FILE_MODE) fchmodSync(fd, FILE_MODE);
    } catch {
      // someone else's file: appending is still allowed
    }
  }

  private tightenPath(path: string): void {
    try {
      const fd = openSync(path, 'r');
      try {
        this.tighten(fd);
      } finally {
        closeSync(fd);
      }
    } catch {
      // it is tightened at the next write
    }
  }

  private endsMidLine(fd: number): boolean {
    try {
      const size = fstatSync(fd).size;
      if (size === 0) return false;
      const last = Buffer.alloc(1);
      readSync(fd, last, 0, 1, size - 1);
      return last[0] !== 0x0a;
    } catch {
      return false;
    }
  }

  private ensureDir(dir: string): void {
    // The old folder is the profile's: the tool's own exactly when the history's is.
    const own = this.options.own ?? false;
    // A folder the user named holds the profile too.
    ensurePrivateDir(dir, {
      own,
      holds: own ? 'your history' : 'your saved profile and history',
      warn: this.options.warn,
      hook: this.options.inject,
    });
  }

  /** Every well-formed event in file order, and the lines that are not. */
  read(): { events: HistoryEvent[]; problems: HistoryProblem[] } {
    const path = this.path;
    let text: string;
    try {
      this.options.inject?.('read', path);
      text = readFileSync(path, 'utf8');
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return { events: [], problems: [] };
      if (isSystemError(error)) throw new FileAccessError(path, 'read the history', error, advice(errorCode(error)));
      throw error;
    }
    const events: HistoryEvent[] = [];
    const problems: HistoryProblem[] = [];
    text.split('\n').forEach((line, i) => {
      if (line.trim() === '') return;
      let event: HistoryEvent | undefined;
      try {
        event = asEvent(JSON.parse(line));
      } catch {
        event = undefined;
      }
      if (event) events.push(event);
      else problems.push({ line: i + 1, text: line.length > 60 ? `${line.slice(0, 57)}...` : line });
    });
    return { events, problems };
  }

  /**
   * Where the history is, moving an old one into place first. The move is
   * safe at every step: the old file goes only once everything in it is in
   * the new one; when that cannot be done, the old file stays in use and
   * one line says so.
   */
  private settle(): string {
    const legacy = this.legacy;
    if (legacy === undefined) return this.home;
    // The old and the new folder may be one folder reached by two paths (a
    // state folder linked to the config folder): then there is nothing to
    // move, and "merging" the file into itself would remove its only copy.
    if (sameFolder(dirname(legacy), this.dir)) return legacy;
    try {
      const found = lstatSync(legacy);
      if (found.isSymbolicLink() && statSync(legacy).isFile()) {
        // A link the user made (into a dotfiles folder, say) is theirs to move.
        this.options.warn?.(
          `warning: your history ${legacy} is a symbolic link, so it is left where it is; to use the new place, move the file it points to to ${this.home}.`,
        );
        return legacy;
      }
      if (!found.isFile()) return this.home;
    } catch {
      return this.home; // nothing to move (the usual case), or nothing that can be read
    }
    let release: (() => void) | undefined;
    try {
      this.ensureDir(this.dir);
      release = acquireLock(`${this.home}.lock`, { hook: this.options.inject });
      return this.migrate(legacy);
    } catch (error) {
      if (!isSystemError(error) && !(error instanceof LockBusyError)) throw error;
      this.options.warn?.(
        `warning: your history could not be moved from ${legacy} to ${this.home} (${errorCode(error) === 'EXDEV' ? 'they are on different file systems' : describeCause(error)}), so it stays where it is for now; the move is tried again next time.`,
      );
      return legacy;
    } finally {
      release?.();
    }
  }

  /** Moves (or merges) the old file into the new place, under the lock. Returns the path to use. */
  private migrate(legacy: string): string {
    const hook = this.options.inject;
    let old: Stats;
    try {
      old = lstatSync(legacy);
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return this.home; // a parallel run moved it
      throw error;
    }
    try {
      // A link, unlike a rename, never replaces a file already there.
      hook?.('link', this.home);
      linkSync(legacy, this.home);
    } catch (error) {
      const code = errorCode(error);
      if (code === 'EEXIST') return this.merge(legacy, old);
      if (code === 'EXDEV') {
        // Another file system: a copy. The new file is made exclusively (so
        // nothing there is replaced), then filled and synced by merge, which
        // removes the old file only once all of it is in the new one; a copy
        // that stops midway is taken back and tried again next time.
        hook?.('open', this.home);
        closeSync(openSync(this.home, 'wx', FILE_MODE));
        return this.merge(legacy, old);
      }
      if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'ENOSYS' && code !== 'EMLINK') throw error;
      // No hard links on this file system: a rename, which is safe under the lock as nothing is there.
      hook?.('rename', legacy);
      renameSync(legacy, this.home);
      this.tightenPath(this.home);
      return this.home;
    }
    this.removeOld(legacy, () => {
      // The old name could not go: take back the new one, so the old file alone holds the history.
      unlinkSync(this.home);
    });
    this.tightenPath(this.home);
    return this.home;
  }

  /** Both files exist: appends the old file's events the new one does not have yet, then removes the old file. */
  private merge(legacy: string, old: { dev: number; ino: number }): string {
    const hook = this.options.inject;
    const now = statSync(this.home);
    if (now.dev === old.dev && now.ino === old.ino) {
      // One file under two names (an earlier move stopped midway): only the old name is left to remove.
      this.removeOld(legacy, () => undefined);
      return this.home;
    }
    hook?.('read', legacy);
    const lines = portable(readFileSync(legacy, 'utf8'));
    const fd = openSync(this.home, 'a+', FILE_MODE);
    try {
      const size = fstatSync(fd).size;
      const present = new Set(readFileSync(fd, 'utf8').split('\n'));
      // Lines already there (a merge that stopped before the old file went) are not added twice.
      const missing = lines.filter((line) => !present.has(line));
      if (missing.length > 0) {
        const prefix = this.endsMidLine(fd) ? '\n' : '';
        hook?.('write', this.home);
        // All of it or nothing (appendWhole takes back a partial write): the old file still holds everything.
        appendWhole(fd, `${prefix}${missing.join('\n')}\n`, size);
        fsyncSync(fd);
      }
    } finally {
      closeSync(fd);
    }
    this.removeOld(legacy, () => undefined, true);
    return this.home;
  }

  /**
   * Removes the old file once its entries are in the new one. When that
   * fails, `undo` runs and the error goes on, unless the entries are
   * already merged (`merged`): then the new file is used and one line asks
   * for the old one to be deleted.
   */
  private removeOld(legacy: string, undo: () => void, merged = false): void {
    try {
      this.options.inject?.('unlink', legacy);
      unlinkSync(legacy);
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return;
      if (merged || !isSystemError(error)) {
        if (!isSystemError(error)) throw error;
        this.options.warn?.(
          `warning: your history was moved to ${this.home}, but the old file ${legacy} could not be removed (${describeCause(error)}): delete it yourself.`,
        );
        return;
      }
      try {
        undo();
      } catch {
        // the same file under both names: next time only the old name is removed
        return;
      }
      throw error;
    }
  }
}

/**
 * A random id of 64 bits, as 16 hex digits: a collision is negligible for
 * a lifetime of use. Any unique start of four characters or more names it,
 * and the 8-digit ids of earlier versions still work.
 */
export function newHistoryId(): string {
  // node:crypto only when an id is needed.
  return (createRequire(import.meta.url)('node:crypto') as typeof import('node:crypto')).randomBytes(8).toString('hex');
}

/** True when two paths name the same existing folder (through links or not). */
function sameFolder(a: string, b: string): boolean {
  try {
    const [x, y] = [statSync(a), statSync(b)];
    return x.dev === y.dev && x.ino === y.ino;
  } catch {
    return false;
  }
}

/**
 * Appends all of `text` or none of it: a short write (a nearly full disk
 * writes part of a buffer without an error) is continued, and when the rest
 * cannot be written, the file is cut back to `size` (its length before) and
 * the error goes on. `size` defaults to the length found now.
 */
function appendWhole(fd: number, text: string, size: number = fstatSync(fd).size): void {
  const bytes = Buffer.from(text, 'utf8');
  let offset = 0;
  try {
    while (offset < bytes.length) {
      const written = writeSync(fd, bytes, offset, bytes.length - offset);
      if (written === 0) throw Object.assign(new Error('no space left on the device'), { code: 'ENOSPC' });
      offset += written;
    }
  } catch (error) {
    try {
      ftruncateSync(fd, size);
    } catch {
      // a merge skips the lines already there next time; an append's torn line is reported and skipped
    }
    throw error;
  }
}
