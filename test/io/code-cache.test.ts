import {
  chmodSync,
  chownSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BuildOptions, buildSync } from 'esbuild';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { checksum, codeCacheFolder, loadBundle } from '../../src/io/code-cache.js';

const POSIX = process.platform !== 'win32';
const ROOT_USER = process.getuid?.() === 0;

// A bundle as the build writes them: CommonJS, with functions V8 compiles only when they first run.
const BUNDLE = `'use strict';
function lazily(a, b) { return a * b + 1; }
exports.lazily = lazily;
exports.where = () => __filename;
exports.folder = __dirname;
exports.join = (...parts) => require('node:path').join(...parts);
exports.stack = () => new Error('here').stack;
`;

let dir: string;
let bundle: string;
let folder: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'sii-code-cache-'));
  bundle = join(dir, 'reader.cjs');
  writeFileSync(bundle, BUNDLE);
  // As the command lays it out: ~/.cache/should-i-interview/code/<Node>.
  folder = join(dir, 'cache', 'should-i-interview', 'code', 'v0-x64');
});

afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

const cacheFiles = () => (existsSync(folder) ? readdirSync(folder) : []);

// A cache is for the next process: within one, V8 keeps what it compiled
// and would not even look at a cache file. So each load below is a run of
// its own, of code-cache.ts as the command has it (bundled by esbuild).
let loader: string;
let loaderDir: string;
beforeAll(() => {
  loaderDir = mkdtempSync(join(tmpdir(), 'sii-code-cache-loader-'));
  loader = join(loaderDir, 'code-cache.cjs');
  const entry = fileURLToPath(new URL('../../src/io/code-cache.ts', import.meta.url));
  const common: BuildOptions = { entryPoints: [entry], bundle: true, platform: 'node', format: 'cjs', logLevel: 'warning' };
  buildSync({ ...common, outfile: loader, define: { __SII_VERSION__: '"1.0.0"' } });
  // The same code in the next release of the tool.
  buildSync({ ...common, outfile: join(loaderDir, 'code-cache-next.cjs'), define: { __SII_VERSION__: '"1.0.1"' } });
});
afterAll(() => rmSync(loaderDir, { recursive: true, force: true }));

const RUN = `
const { loadBundle } = require(process.argv[1]);
const loaded = loadBundle(process.argv[2], process.argv[3]);
const result = loaded.exports.lazily(6, 7);
const saved = process.argv[4] === 'save' ? loaded.save() : undefined;
process.stdout.write(JSON.stringify({ fromCache: loaded.fromCache, result, saved }));
`;

interface Run {
  fromCache: boolean;
  /** What the bundle's lazy function returned. */
  result: number;
  /** What save() returned, for a run that saved. */
  saved?: boolean;
}

/** A run that loads the bundle and runs its lazy function (so that a cache saved then has it), and saves if told to. */
function run(options: { save?: boolean; path?: string; release?: 'next' } = {}): Run {
  const from = options.release === 'next' ? join(loaderDir, 'code-cache-next.cjs') : loader;
  const r = spawnSync(process.execPath, ['-e', RUN, from, options.path ?? bundle, folder, options.save ? 'save' : ''], {
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout) as Run;
}
const save = (path?: string) => run({ save: true, ...(path ? { path } : {}) });

describe('loading a bundle through the code cache', () => {
  it('loads it as Node would: exports, require, __filename and __dirname', () => {
    const { exports } = loadBundle(bundle, undefined);
    const module = exports as { where: () => string; folder: string; join: (...p: string[]) => string; stack: () => string };
    expect(module.where()).toBe(bundle);
    expect(module.folder).toBe(dir);
    expect(module.join('a', 'b')).toBe(join('a', 'b'));
    // Stack traces name the bundle and the line the code is on.
    expect(module.stack()).toContain(`${bundle}:7:`);
  });

  it('saves a cache on the first run and starts from it on the next', () => {
    expect(run()).toEqual({ fromCache: false, result: 43 });
    expect(cacheFiles()).toEqual([]); // nothing is written until a run saves
    expect(save()).toEqual({ fromCache: false, result: 43, saved: true });
    const files = cacheFiles();
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/^reader\.cjs\.[0-9a-f]{8}\.cache$/);
    expect(run()).toEqual({ fromCache: true, result: 43 });
  });

  it.runIf(POSIX)('keeps the cache private: the folder 0700, the file 0600, no temporary file left', () => {
    const r = spawnSync('sh', ['-c', `umask 022 && exec "${process.execPath}" -e "$0" "$@"`, RUN, loader, bundle, folder, 'save'], {
      encoding: 'utf8',
    });
    expect(r.status, r.stderr).toBe(0);
    expect(statSync(folder).mode & 0o777).toBe(0o700);
    const files = cacheFiles();
    expect(files).toHaveLength(1);
    expect(statSync(join(folder, files[0] as string)).mode & 0o777).toBe(0o600);
  });

  it('does not use the cache of a rebuilt bundle, even of the same length', () => {
    save();
    // Same length, other text, a later modification time: V8 alone would take the old cache for it.
    writeFileSync(bundle, BUNDLE.replace('a * b + 1', 'a * b - 1'));
    const later = new Date(Date.now() + 5000);
    utimesSync(bundle, later, later);
    expect(run()).toEqual({ fromCache: false, result: 41 });
    // and saving replaces the old cache instead of adding another
    expect(save().saved).toBe(true);
    expect(cacheFiles()).toHaveLength(1);
    expect(run()).toEqual({ fromCache: true, result: 41 });
  });

  it("does not use the cache of another release's bundle, though npm gives every file the same time", () => {
    const npmTime = new Date('1985-10-26T08:15:00Z');
    utimesSync(bundle, npmTime, npmTime);
    save();
    expect(run().fromCache).toBe(true);
    // The upgrade installs a bundle of the same length at the same time.
    writeFileSync(bundle, BUNDLE.replace('a * b + 1', 'a * b - 1'));
    utimesSync(bundle, npmTime, npmTime);
    expect(run({ release: 'next' })).toEqual({ fromCache: false, result: 41 });
  });

  it('does not use the cache of a bundle changed in place, of the same length, time and release', () => {
    const time = new Date('1985-10-26T08:15:00Z');
    utimesSync(bundle, time, time);
    save();
    writeFileSync(bundle, BUNDLE.replace('a * b + 1', 'a * b - 1'));
    utimesSync(bundle, time, time);
    expect(run()).toEqual({ fromCache: false, result: 41 });
  });

  it.runIf(POSIX)('neither waits on a pipe nor follows a link put in place of the cache file', () => {
    save();
    const file = join(folder, cacheFiles()[0] as string);
    const saved = readFileSync(file);
    rmSync(file);
    expect(spawnSync('mkfifo', ['-m', '600', file]).status).toBe(0);
    const started = Date.now();
    expect(run().fromCache).toBe(false);
    expect(Date.now() - started).toBeLessThan(5000);
    rmSync(file);
    // A link to a good cache, in the same private folder: still not followed.
    writeFileSync(join(folder, 'elsewhere'), saved, { mode: 0o600 });
    symlinkSync(join(folder, 'elsewhere'), file);
    expect(run().fromCache).toBe(false);
  });

  it.runIf(POSIX)('does not use a folder of its own under a folder others may write', () => {
    save();
    chmodSync(join(dir, 'cache'), 0o777);
    expect(run().fromCache).toBe(false);
    expect(save().saved).toBe(false);
    chmodSync(join(dir, 'cache'), 0o700);
    expect(run().fromCache).toBe(true);
  });

  it.runIf(POSIX)('does not follow a link in place of one of its folders above the cache', () => {
    save();
    const code = join(dir, 'cache', 'should-i-interview', 'code');
    const real = join(dir, 'real-code');
    rmSync(code, { recursive: true });
    mkdirSync(join(real, 'v0-x64'), { recursive: true, mode: 0o700 });
    symlinkSync(real, code);
    expect(run().fromCache).toBe(false);
    expect(save().saved).toBe(false);
    expect(readdirSync(join(real, 'v0-x64'))).toEqual([]);
  });

  it('removes what a run killed while saving left behind, but not what another run is writing', () => {
    save();
    const old = join(folder, 'reader.cjs.0badc0de.cache.123.abc.tmp');
    const fresh = join(folder, 'reader.cjs.0badc0de.cache.456.def.tmp');
    writeFileSync(old, 'half a cache', { mode: 0o600 });
    writeFileSync(fresh, 'half a cache', { mode: 0o600 });
    const past = new Date(Date.now() - 5 * 60_000);
    utimesSync(old, past, past);
    expect(save().saved).toBe(true);
    expect(existsSync(old)).toBe(false);
    expect(existsSync(fresh)).toBe(true);
  });

  it('keeps a cache for each copy of the bundle', () => {
    save();
    const other = join(dir, 'other');
    mkdirSync(other);
    writeFileSync(join(other, 'reader.cjs'), BUNDLE);
    expect(run({ path: join(other, 'reader.cjs') }).fromCache).toBe(false);
    save(join(other, 'reader.cjs'));
    expect(cacheFiles()).toHaveLength(2);
    expect(run().fromCache).toBe(true);
    expect(run({ path: join(other, 'reader.cjs') }).fromCache).toBe(true);
  });

  it('compiles afresh from a cache that is damaged or not its own', () => {
    save();
    const file = join(folder, cacheFiles()[0] as string);
    const saved = readFileSync(file);
    const header = saved.subarray(0, saved.indexOf(10) + 1);
    const flipped = Buffer.from(saved);
    const middle = header.length + ((saved.length - header.length) >> 1);
    flipped[middle] = (flipped[middle] as number) ^ 0x5a;
    // (And the last byte, which may lie past the payload's last whole word of four.)
    const lastFlipped = Buffer.from(saved);
    lastFlipped[saved.length - 1] = (lastFlipped[saved.length - 1] as number) ^ 0x01;
    for (const damaged of [
      flipped, // V8 would take it, and crash or run the damaged code: the checksum refuses it
      lastFlipped,
      Buffer.concat([saved, Buffer.from([0])]), // a byte more
      Buffer.concat([header, Buffer.from('not a code cache at all')]),
      Buffer.concat([header, saved.subarray(header.length, header.length + 100)]), // cut short
      Buffer.concat([Buffer.from(header.toString().replace(process.version, 'v0.0.0')), saved.subarray(header.length)]), // another Node's
      Buffer.from('something else entirely\n'),
      Buffer.alloc(0),
      Buffer.alloc(4096, 0x61), // no first line
    ]) {
      writeFileSync(file, damaged, { mode: 0o600 });
      expect(run()).toEqual({ fromCache: false, result: 43 });
    }
    writeFileSync(file, saved, { mode: 0o600 });
    expect(run().fromCache).toBe(true);
  });

  it.runIf(POSIX)('neither reads nor writes a cache in a folder others may write', () => {
    save();
    chmodSync(folder, 0o777);
    expect(run().fromCache).toBe(false);
    expect(save().saved).toBe(false);
    chmodSync(folder, 0o700);
    expect(run().fromCache).toBe(true);
  });

  it.runIf(POSIX)('does not read a cache file others may write', () => {
    save();
    chmodSync(join(folder, cacheFiles()[0] as string), 0o666);
    expect(run().fromCache).toBe(false);
  });

  it.runIf(POSIX)('does not follow a link in place of the folder', () => {
    save();
    const real = join(dir, 'real');
    rmSync(folder, { recursive: true });
    mkdirSync(real, { mode: 0o700 });
    symlinkSync(real, folder);
    expect(run().fromCache).toBe(false);
    expect(save().saved).toBe(false);
    expect(readdirSync(real)).toEqual([]);
  });

  it.runIf(POSIX && ROOT_USER)("neither reads nor writes a cache in another user's folder, or under one", () => {
    save();
    chownSync(folder, 12345, 12345);
    expect(run().fromCache).toBe(false);
    expect(save().saved).toBe(false);
    chownSync(folder, 0, 0);
    expect(run().fromCache).toBe(true);
    chownSync(join(dir, 'cache', 'should-i-interview'), 12345, 12345);
    expect(run().fromCache).toBe(false);
  });

  it('leaves no temporary file behind when the cache cannot be written', () => {
    save();
    // A folder (not empty) where the cache file goes: renaming the finished temporary file over it fails.
    const name = cacheFiles()[0] as string;
    rmSync(join(folder, name));
    mkdirSync(join(folder, name));
    writeFileSync(join(folder, name, 'keep'), '');
    expect(save().saved).toBe(false);
    expect(cacheFiles()).toEqual([name]);
  });

  it('saves nothing when caching is off', () => {
    const loaded = loadBundle(bundle, undefined);
    expect(loaded.fromCache).toBe(false);
    expect(loaded.save()).toBe(false);
    expect(existsSync(join(dir, 'cache'))).toBe(false);
  });
});

describe('where the code cache is', () => {
  const node = `${process.version}-${process.arch}`;

  it("is in the user's cache folder, a folder for each Node", () => {
    expect(codeCacheFolder({ XDG_CACHE_HOME: '/x/cache' }, 'linux', '/home/sam')).toBe(
      join('/x/cache', 'should-i-interview', 'code', node),
    );
    // A relative XDG folder is ignored, as the XDG spec says.
    expect(codeCacheFolder({ XDG_CACHE_HOME: 'cache' }, 'linux', '/home/sam')).toBe(
      join('/home/sam', '.cache', 'should-i-interview', 'code', node),
    );
    expect(codeCacheFolder({ LOCALAPPDATA: 'C:\\Users\\sam\\AppData\\Local' }, 'win32', 'C:\\Users\\sam')).toBe(
      join('C:\\Users\\sam\\AppData\\Local', 'should-i-interview', 'Cache', 'code', node),
    );
  });

  it("is off with Node's own compile cache, whatever the value", () => {
    for (const value of ['1', '0', ''])
      expect(codeCacheFolder({ NODE_DISABLE_COMPILE_CACHE: value }, 'linux', '/home/sam')).toBeUndefined();
  });
});

describe("the cache payload's checksum", () => {
  it('is the same for bytes that start anywhere in their buffer, and changes with any byte', () => {
    const bytes = Buffer.from(Array.from({ length: 1027 }, (_, i) => (i * 7) % 256));
    const shifted = Buffer.alloc(bytes.length + 3);
    bytes.copy(shifted, 3);
    const view = shifted.subarray(3);
    expect(view.byteOffset % 4).not.toBe(0);
    expect(checksum(view)).toBe(checksum(bytes));
    for (const at of [0, 513, 1026]) {
      const changed = Buffer.from(bytes);
      changed[at] = (changed[at] as number) ^ 1;
      expect(checksum(changed), `byte ${at}`).not.toBe(checksum(bytes));
    }
  });
});
