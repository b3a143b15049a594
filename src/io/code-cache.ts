// Speed only: how the command loads the message reader's bundle
// (dist/cli/reader.cjs) and the two libraries only a message needs. Nothing
// here changes what the reader finds.
//
// Node's module compile cache (turned on by the launcher, Node >= 22.1)
// keeps what V8 compiles when a file is loaded: its top level. V8 compiles
// each function later, the first time it runs, and Node's cache never sees
// those. For the reader that is most of its code: a one-shot read spent
// about 15 ms compiling functions that were the same on every run (see the
// README's Performance section). V8's code cache can hold them, if it is
// made after they ran: node:vm's `Script#createCachedData()`. So these
// bundles are compiled through node:vm; a run with no usable cache saves
// one as it exits, and later runs start from it. If V8 rejects a cache
// (other V8 flags) the run compiles as before and saves a new one.
//
// Where: the user's cache folder ($XDG_CACHE_HOME/should-i-interview, else
// ~/.cache/should-i-interview; %LOCALAPPDATA% on Windows), in a folder for
// each Node. Off with Node's own switch, NODE_DISABLE_COMPILE_CACHE.
//
// Trust: V8 runs what a cache file holds, and does not check that it is
// whole. So a file is read only when it is this user's alone, in folders
// that are theirs alone (created 0700; a folder or file that belongs to
// someone else, or that others may write, is neither read nor written), and
// only when its first line's length and checksum of the rest match. A cache is saved
// whole or not at all (a private temporary file renamed over the old one,
// removed if anything fails). A cache never fails a run: every error here
// means "compile as before".
//
// Staleness: V8 checks its own version and flags, and the source's length,
// not its text. So the first line also names the tool's version, the Node,
// and the bundle file's identity: its size, its times of modification and of
// change, and its inode. Writing a file changes its change time, which no
// one can set back (`utimes` sets the other two and changes it too): another
// bundle, even of the same length and modification time, or the same file
// changed in place, does not use its cache. (Python's compiled files are
// keyed so, by their source's size and time.)
//
// Speed: the checksum is computed here, not by node:crypto, whose loading
// alone (sixteen of Node's own modules) cost a run with a message 2 to 4 ms;
// and the bundle's text is not hashed at all (see the README's Performance
// section).

import {
  closeSync,
  constants,
  fstatSync,
  lstatSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  renameSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import Module from 'node:module';
import { basename, dirname, join } from 'node:path';
import { Script } from 'node:vm';
import { FILE_MODE, makePrivateDir, POSIX } from './private-files.js';
import { APP_NAME, homedir, xdgHome } from './profile-store.js';

// Set by the bundler (see src/cli/main.ts).
declare const __SII_VERSION__: string | undefined;
const TOOL_VERSION = typeof __SII_VERSION__ === 'string' ? __SII_VERSION__ : 'unbundled';

/** Bumped when the layout of a cache file changes. */
const FORMAT = 'should-i-interview code cache 3';
/** The first line is short; a file whose first line is longer is not a cache of ours. */
const HEADER_LIMIT = 256;
/** A temporary file left by a run killed while it saved, removed by a later save. */
const STALE_TEMPORARY_MS = 60_000;

type Env = Readonly<Record<string, string | undefined>>;

/**
 * The folder for this user's code caches (one for each Node), or undefined
 * when caching is off. `env` is the process's environment.
 */
export function codeCacheFolder(env: Env, platform = process.platform, home?: string): string | undefined {
  // Node's switch for its own compile cache turns this one off too (Node reads any value as "off").
  if (env.NODE_DISABLE_COMPILE_CACHE !== undefined) return undefined;
  let base = xdgHome(env, 'XDG_CACHE_HOME');
  if (base === undefined && platform === 'win32' && env.LOCALAPPDATA) return join(env.LOCALAPPDATA, APP_NAME, 'Cache', 'code', nodeName());
  if (base === undefined) {
    let userHome: string;
    try {
      userHome = home ?? homedir();
    } catch {
      return undefined;
    }
    if (!userHome) return undefined;
    base = join(userHome, '.cache');
  }
  return join(base, APP_NAME, 'code', nodeName());
}

const nodeName = () => `${process.version}-${process.arch}`;

/** True when `stat` is of something only this user can change: theirs, and not writable by group or others. */
function ownedPrivately(stat: { uid: number; mode: number }): boolean {
  if (!POSIX || process.getuid === undefined) return true;
  return stat.uid === process.getuid() && (stat.mode & 0o022) === 0;
}

/**
 * Whether `folder` and the tool's folders above it (up to and with the one
 * named should-i-interview) are real folders, not links, that only this user
 * can change, in a folder no other user can write to.
 */
function trustedFolder(folder: string): boolean {
  try {
    for (let dir = folder; ; dir = dirname(dir)) {
      const stat = lstatSync(dir);
      if (!stat.isDirectory() || !ownedPrivately(stat)) return false;
      if (basename(dir) === APP_NAME) {
        // Its parent (~/.cache) is the user's, or the system's, and others may not write in it.
        const parent = lstatSync(dirname(dir));
        const uid = process.getuid?.();
        return (
          !POSIX || uid === undefined || (parent.isDirectory() && (parent.uid === uid || parent.uid === 0) && (parent.mode & 0o002) === 0)
        );
      }
      if (dirname(dir) === dir) return false;
    }
  } catch {
    return false;
  }
}

/**
 * The payload's length and a checksum of it: FNV-1a over its 32-bit words, then its last bytes. No defence against
 * anyone (the file is this user's alone, in folders that are theirs): a check that the file is whole and as written.
 */
export function checksum(bytes: Uint8Array): string {
  // (Words are read where the bytes start on a multiple of four: a copy otherwise. Not `Buffer#slice`, which is a view.)
  const aligned = bytes.byteOffset % 4 === 0 ? bytes : new Uint8Array(bytes);
  const words = new Uint32Array(aligned.buffer, aligned.byteOffset, aligned.length >>> 2);
  let hash = 0x811c9dc5;
  for (let i = 0; i < words.length; i++) hash = Math.imul(hash ^ words[i]!, 0x01000193);
  for (let i = words.length * 4; i < aligned.length; i++) hash = Math.imul(hash ^ aligned[i]!, 0x01000193);
  return `${aligned.length} ${(hash >>> 0).toString(16).padStart(8, '0')}`;
}

/** Reads `length` bytes of `fd` from `position` into a buffer of their own; undefined if the file ends first. */
function readAt(fd: number, length: number, position: number): Buffer | undefined {
  const bytes = Buffer.allocUnsafe(length);
  let read = 0;
  while (read < length) {
    const n = readSync(fd, bytes, read, length - read, position + read);
    if (n === 0) return undefined;
    read += n;
  }
  return bytes;
}

/** The cache's payload in `path`, if its first line is `header` with the payload's length and checksum. */
function readCache(path: string, header: string): Buffer | undefined {
  let fd: number | undefined;
  try {
    // Not through a link, and not waiting on a pipe put there.
    fd = openSync(path, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0));
    const stat = fstatSync(fd);
    if (!stat.isFile() || !ownedPrivately(stat)) return undefined;
    const head = readAt(fd, Math.min(stat.size, HEADER_LIMIT + 1), 0);
    const end = head?.indexOf(10) ?? -1;
    if (head === undefined || end < 0) return undefined;
    // (The payload read apart from the line, into a buffer of its own: its words are then aligned for the checksum.)
    const payload = readAt(fd, stat.size - end - 1, end + 1);
    if (payload === undefined) return undefined;
    return head.toString('utf8', 0, end) === `${header} ${checksum(payload)}` ? payload : undefined;
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Writes `header`, the payload's checksum and the payload to `path` whole, through a private temporary file; false if it could not. */
function writeCache(path: string, header: string, payload: Buffer): boolean {
  const folder = dirname(path);
  try {
    makePrivateDir(folder);
  } catch {
    return false;
  }
  if (!trustedFolder(folder)) return false;
  removeStaleTemporaries(folder);
  const temporary = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  let fd: number | undefined;
  try {
    fd = openSync(temporary, 'wx', FILE_MODE);
    const head = Buffer.from(`${header} ${checksum(payload)}\n`);
    for (const chunk of [head, payload]) {
      for (let written = 0; written < chunk.length; ) written += writeSync(fd, chunk, written, chunk.length - written);
    }
    closeSync(fd);
    fd = undefined;
    renameSync(temporary, path);
    return true;
  } catch {
    if (fd !== undefined) {
      try {
        closeSync(fd);
      } catch {}
    }
    try {
      unlinkSync(temporary);
    } catch {}
    return false;
  }
}

/** Removes the temporary files of runs killed while saving (a minute old or more: not one being written now). */
function removeStaleTemporaries(folder: string): void {
  try {
    for (const name of readdirSync(folder)) {
      if (!name.endsWith('.tmp')) continue;
      const path = join(folder, name);
      if (Date.now() - lstatSync(path).mtimeMs >= STALE_TEMPORARY_MS) unlinkSync(path);
    }
  } catch {}
}

/**
 * A short key for the bundle's path, so that two copies of the tool (a
 * global install and a project's, or two clones) keep a cache each instead of
 * replacing each other's on every run. FNV-1a, 32 bits.
 */
function pathKey(path: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < path.length; i++) hash = Math.imul(hash ^ path.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(16).padStart(8, '0');
}

export interface LoadedBundle {
  exports: unknown;
  /** Whether V8 started from a saved cache. */
  fromCache: boolean;
  /**
   * Saves the code cache as it is now, with every function compiled so far;
   * call it once the bundle has done its work. False if nothing was saved
   * (caching off, or a folder not to be trusted, or an error).
   */
  save(): boolean;
}

/**
 * Loads the CommonJS bundle `path` as Node's loader would (in a function of
 * exports, require, module, __filename and __dirname), compiled by V8 from
 * the cache in `folder` when there is a usable one.
 */
export function loadBundle(path: string, folder: string | undefined): LoadedBundle {
  // The file's identity and its text from one opening: a bundle replaced between the two reads neither.
  const fd = openSync(path, 'r');
  let bytes: Buffer;
  let identity: string;
  try {
    const stat = fstatSync(fd, { bigint: true });
    identity = `${stat.size}-${stat.mtimeNs}-${stat.ctimeNs}-${stat.ino}`;
    bytes = readFileSync(fd);
  } finally {
    closeSync(fd);
  }
  const source = bytes.toString('utf8');
  const cacheFile = folder === undefined ? undefined : join(folder, `${basename(path)}.${pathKey(path)}.cache`);
  let header: string | undefined;
  let cached: Buffer | undefined;
  if (cacheFile !== undefined && folder !== undefined) {
    try {
      header = `${FORMAT} ${TOOL_VERSION} ${process.version} ${process.arch} ${identity}`;
      if (trustedFolder(folder)) cached = readCache(cacheFile, header);
    } catch {
      header = undefined;
    }
  }
  // The wrapper Node's loader puts around a CommonJS file, on the same line so that line numbers in stack traces stay right.
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: path,
    ...(cached === undefined ? {} : { cachedData: cached }),
  });
  const fromCache = cached !== undefined && script.cachedDataRejected === false;
  const module = { exports: {} as unknown };
  (script.runInThisContext() as (...args: unknown[]) => void)(module.exports, Module.createRequire(path), module, path, dirname(path));
  return {
    exports: module.exports,
    fromCache,
    save: () => {
      if (cacheFile === undefined || header === undefined) return false;
      try {
        return writeCache(cacheFile, header, script.createCachedData());
      } catch {
        return false;
      }
    },
  };
}

/**
 * `require(path)` for a bundle loaded on one path only, through the code
 * cache: a run that found no usable cache saves one as the process exits,
 * when every function the run needed has been compiled.
 */
export function requireWithCodeCache(path: string): unknown {
  const bundle = loadBundle(path, codeCacheFolder(process.env));
  if (!bundle.fromCache) process.once('exit', () => bundle.save());
  return bundle.exports;
}
