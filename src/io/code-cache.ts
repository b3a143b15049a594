// Speed only: how the command loads the message reader's bundle
// (dist/cli/reader.cjs). Nothing here changes what the reader finds.
//
// Node's module compile cache (turned on by the launcher, Node >= 22.1)
// keeps what V8 compiles when a file is loaded: its top level. V8 compiles
// each function later, the first time it runs, and Node's cache never sees
// those. For the reader that is most of its code: a one-shot read spent
// about 15 ms compiling functions that were the same on every run (Node 20
// and 24, measured with `npm run bench`; see the README's Performance
// section). V8's code cache can hold them, if it is made after they ran:
// node:vm's `Script#createCachedData()`. So the reader's bundle is compiled
// through node:vm; a run with no usable cache saves one as it exits, and
// later runs start from it. If V8 rejects a cache (another Node, other V8
// flags) the run compiles as before and saves a new one.
//
// Where: a folder `should-i-interview` in Node's own compile cache folder,
// so that one switch governs both. It is off when Node's is off
// (NODE_DISABLE_COMPILE_CACHE, or no cache folder); on Node 20, which has no
// compile cache, in the folder Node 22 would use (NODE_COMPILE_CACHE, or
// node-compile-cache in the temporary folder, and only if that exists).
//
// Trust: V8 runs what a cache file holds, so only a file in a folder that is
// this user's alone is read: the folder is created 0700, and a folder or a
// file that belongs to someone else, or that others may write, is neither
// read nor written. A cache is saved whole or not at all (a private
// temporary file renamed over the old one, removed if anything fails). A
// cache never fails a run: every error here means "compile as before".
//
// Staleness: V8 checks its own version and flags, and the source's length,
// not its text. So each cache file starts with a line naming the tool's
// version, the Node, and the bundle's size and modification time: an
// upgrade (npm gives every installed file the same modification time) or a
// rebuild has another line, and its old cache is not used.

import {
  closeSync,
  fstatSync,
  lstatSync,
  openSync,
  readFileSync,
  readSync,
  renameSync,
  statSync,
  unlinkSync,
  writeSync,
  constants,
} from 'node:fs';
import Module from 'node:module';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { Script } from 'node:vm';
import { FILE_MODE, makePrivateDir, POSIX } from './private-files.js';

// Set by the bundler (see src/cli/main.ts).
declare const __SII_VERSION__: string | undefined;
const TOOL_VERSION = typeof __SII_VERSION__ === 'string' ? __SII_VERSION__ : 'unbundled';

/** Bumped when the layout of a cache file changes. */
const FORMAT = 'should-i-interview code cache 1';
/** The first line is short; a file whose first line is longer is not a cache of ours. */
const HEADER_LIMIT = 256;

/** What `module.getCompileCacheDir` gives (Node >= 22.8), typed here: @types/node 20 has no such function. */
type NodeModuleWithCache = typeof Module & { getCompileCacheDir?: () => string | undefined; enableCompileCache?: unknown };

/**
 * The folder for this user's code caches, or undefined when caching is off.
 * `env` is the process's environment; `nodeModule` stands for node:module in tests.
 */
export function codeCacheFolder(env: NodeJS.ProcessEnv, nodeModule: NodeModuleWithCache = Module): string | undefined {
  if (env.NODE_DISABLE_COMPILE_CACHE) return undefined;
  if (typeof nodeModule.enableCompileCache === 'function') {
    // Node 22 and later: where Node's own cache is (a folder per Node version), if the launcher turned it on.
    const nodes = nodeModule.getCompileCacheDir?.();
    return nodes ? join(nodes, 'should-i-interview') : undefined;
  }
  // Node 20: the folder Node 22 would use, only where the launcher would turn Node's cache on.
  let base = env.NODE_COMPILE_CACHE;
  if (!base) {
    try {
      if (!statSync(tmpdir()).isDirectory()) return undefined;
    } catch {
      return undefined;
    }
    base = join(tmpdir(), 'node-compile-cache');
  }
  return join(base, `${process.version}-${process.arch}`, 'should-i-interview');
}

/** True when `stat` is of something only this user can change: theirs, and not writable by group or others. */
function ownedPrivately(stat: { uid: number; mode: number }): boolean {
  if (!POSIX || process.getuid === undefined) return true;
  return stat.uid === process.getuid() && (stat.mode & 0o022) === 0;
}

/** The folder, if it is a real folder (not a link) only this user can change. */
function trustedFolder(folder: string): boolean {
  try {
    const stat = lstatSync(folder);
    return stat.isDirectory() && ownedPrivately(stat);
  } catch {
    return false;
  }
}

/** The cache in `path` for a bundle of this header, or undefined. */
function readCache(path: string, header: string): Buffer | undefined {
  let fd: number | undefined;
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0));
    const stat = fstatSync(fd);
    if (!stat.isFile() || !ownedPrivately(stat)) return undefined;
    const bytes = Buffer.allocUnsafe(stat.size);
    let read = 0;
    while (read < bytes.length) {
      const n = readSync(fd, bytes, read, bytes.length - read, read);
      if (n === 0) return undefined;
      read += n;
    }
    const end = bytes.indexOf(10);
    if (end < 0 || end > HEADER_LIMIT || bytes.toString('utf8', 0, end) !== header) return undefined;
    return bytes.subarray(end + 1);
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Writes `header` and `data` to `path` whole, through a private temporary file; false if it could not. */
function writeCache(path: string, header: string, data: Buffer): boolean {
  const folder = dirname(path);
  try {
    makePrivateDir(folder);
  } catch {
    return false;
  }
  if (!trustedFolder(folder)) return false;
  const temporary = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  let fd: number | undefined;
  try {
    fd = openSync(temporary, 'wx', FILE_MODE);
    const head = Buffer.from(`${header}\n`);
    for (const chunk of [head, data]) {
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

/**
 * A short key for the bundle's path, so that two copies of the tool (a
 * global install and a project's, or two clones) keep a cache each instead of
 * replacing each other's on every run. FNV-1a, 32 bits: node:crypto would
 * cost more to load than the cache saves.
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
   * (caching off, or a folder or file not to be trusted, or an error).
   */
  save(): boolean;
}

/**
 * Loads the CommonJS bundle `path` as Node's loader would (in a function of
 * exports, require, module, __filename and __dirname), compiled by V8 from
 * the cache in `folder` when there is a usable one.
 */
export function loadBundle(path: string, folder: string | undefined): LoadedBundle {
  // The text and what the header says of it come from one open file, so that they are of the same bundle.
  const fd = openSync(path, 'r');
  let source: string;
  let header: string;
  try {
    const stat = fstatSync(fd);
    header = `${FORMAT} ${TOOL_VERSION} ${process.version} ${process.arch} ${stat.size} ${stat.mtimeMs}`;
    source = readFileSync(fd, 'utf8');
  } finally {
    closeSync(fd);
  }
  const cacheFile = folder === undefined ? undefined : join(folder, `${basename(path)}.${pathKey(path)}.cache`);
  const cached = cacheFile !== undefined && folder !== undefined && trustedFolder(folder) ? readCache(cacheFile, header) : undefined;
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
      if (cacheFile === undefined) return false;
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
