// Where the profile lives and how it is read and written. Reading is a plain
// JSON read, so a run that only needs the saved answers stays fast; conf is
// loaded only to write, for its atomic writes (parallel runs never leave a
// half-written file). A write holds a lock beside the file around its
// read-modify-write (see lock.ts), so parallel `profile set` runs that each
// set a different answer all land. Every file is 0600 and every folder made
// 0700 (see private-files.ts).

import { chmodSync, constants, copyFileSync, linkSync, lstatSync, readFileSync, unlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, isAbsolute, join } from 'node:path';
import { ProfileContentError, validateProfile, type Profile } from '../core/profile.js';
import { errorCode, FileAccessError, isSystemError, onFile } from './file-error.js';
import { acquireLock, busyAdvice, LockBusyError } from './lock.js';
import { ensurePrivateDir, FILE_MODE, POSIX, systemError, type FaultHook, type Warn } from './private-files.js';

export const APP_NAME = 'should-i-interview';
export const FILE_NAME = 'config.json';

/** A profile file that cannot be used. Exit 2, with a message saying how to fix it. */
export class ProfileError extends Error {
  override readonly name = 'ProfileError';
  constructor(
    readonly path: string,
    problem: string,
  ) {
    super(
      `the saved profile at ${path} ${problem}.\n` +
        `Fix it by hand, or run '${APP_NAME} profile reset' to start again (the file is kept beside it as ${basename(path)}.<time>.bak).\n` +
        `To ignore it for one run, add --no-profile.`,
    );
  }
}

type Env = Readonly<Record<string, string | undefined>>;

/** An XDG variable, when it holds an absolute path: a relative one is ignored, as the XDG spec says. */
export function xdgHome(env: Env, name: 'XDG_CONFIG_HOME' | 'XDG_STATE_HOME' | 'XDG_CACHE_HOME'): string | undefined {
  const value = env[name];
  return value && isAbsolute(value) ? value : undefined;
}

/**
 * The folder: SHOULD_I_INTERVIEW_CONFIG_DIR when set, else
 * $XDG_CONFIG_HOME/should-i-interview (when absolute), else
 * ~/.config/should-i-interview (%APPDATA%\should-i-interview on Windows).
 */
export function profileDir(env: Env, platform = process.platform, home?: string): string {
  if (env.SHOULD_I_INTERVIEW_CONFIG_DIR) return env.SHOULD_I_INTERVIEW_CONFIG_DIR;
  const xdg = xdgHome(env, 'XDG_CONFIG_HOME');
  if (xdg) return join(xdg, APP_NAME);
  if (platform === 'win32' && env.APPDATA) return join(env.APPDATA, APP_NAME);
  return join(home ?? homedir(), '.config', APP_NAME);
}

// node:os only when the home folder is needed (half a millisecond of start-up otherwise).
export const homedir = () => (createRequire(import.meta.url)('node:os') as typeof import('node:os')).homedir();

export interface StoreOptions {
  /** Where a line about a folder's permissions goes (one line, no final new line). */
  warn?: Warn | undefined;
  /**
   * True for the tool's own default folder, which it makes private when
   * found open to others. False (the default) for a folder the user named:
   * it is never changed, only warned about.
   */
  own?: boolean | undefined;
  /** How long to wait for a parallel run's lock, in milliseconds. */
  lockWaitMs?: number | undefined;
  /** The clock, for backup names. */
  now?: (() => Date) | undefined;
  /** Test hook: see FaultHook. */
  inject?: FaultHook | undefined;
}

/** Codes a file system without hard links answers link() with. */
const NO_HARD_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EMLINK', 'EXDEV']);

/**
 * What to do when the profile cannot be read, by cause. `profile reset` is
 * never offered here: the file cannot be read, so there is nothing it could
 * keep. A run that only reads the profile can skip it with --no-profile.
 */
function readAdvice(code: string | undefined, skippable: boolean): string | undefined {
  const skip = skippable ? ' To go on without the profile for one run, add --no-profile.' : '';
  switch (code) {
    case 'ENOTDIR':
      return `A file stands where a folder is needed: move it out of the way, or name another folder with SHOULD_I_INTERVIEW_CONFIG_DIR.${skip}`;
    case 'EISDIR':
      return `A folder stands where the profile file should be: move it out of the way.${skip}`;
    case 'EACCES':
    case 'EPERM':
      return `Check who owns the file and its folder, and their permissions.${skip}`;
    default:
      return skip ? skip.trim() : undefined;
  }
}

export class ProfileStore {
  readonly path: string;

  constructor(
    readonly dir: string,
    private readonly options: StoreOptions = {},
  ) {
    this.path = join(dir, FILE_NAME);
  }

  /** The store for this environment: the folder profileDir() names, the tool's own unless the user named it. */
  static forEnv(env: Env, options: Omit<StoreOptions, 'own'> = {}): ProfileStore {
    return new ProfileStore(profileDir(env), { ...options, own: !env.SHOULD_I_INTERVIEW_CONFIG_DIR });
  }

  /** True when something is saved; only "no such file" means none: any other failure is said as it is. */
  exists(): boolean {
    try {
      lstatSync(this.path);
      return true;
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return false;
      if (isSystemError(error)) throw new FileAccessError(this.path, 'look for the saved profile', error);
      throw error;
    }
  }

  /**
   * The saved profile, or undefined when nothing has been saved. Throws
   * ProfileError (exit 2) when the file's contents are unusable, and
   * FileAccessError (exit 74) when the system refuses to read it, with
   * advice that fits the cause (and --no-profile for a run that only
   * takes answers from it).
   */
  read(purpose: 'answers' | 'show' = 'answers'): Profile | undefined {
    // Only a run that takes answers from the profile can go on without it (--no-profile).
    return this.readData('read the saved profile', purpose === 'answers')?.profile;
  }

  private readData(action: string, skippable: boolean): { data: Record<string, unknown>; profile: Profile } | undefined {
    let text: string;
    try {
      this.options.inject?.('read', this.path);
      text = readFileSync(this.path, 'utf8');
    } catch (error) {
      const code = errorCode(error);
      if (code === 'ENOENT') return undefined;
      if (isSystemError(error)) throw new FileAccessError(this.path, action, error, readAdvice(code, skippable));
      throw error;
    }
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (error) {
      throw new ProfileError(this.path, `is not valid JSON (${(error as Error).message})`);
    }
    try {
      return { data: data as Record<string, unknown>, profile: validateProfile(data) };
    } catch (error) {
      if (error instanceof ProfileContentError) throw new ProfileError(this.path, `is not a valid profile: ${error.message}`);
      throw error;
    }
  }

  /** Merges `changes` into the saved profile. Refuses to touch a broken file. */
  async save(changes: Profile): Promise<Profile> {
    this.readData('save the profile', false); // throws on a broken file, which must never be overwritten
    const { Conf } = await import('./conf-module.js');
    return this.locked('save the profile', () => {
      // Read again under the lock: what a parallel run saved meanwhile counts.
      const data: Record<string, unknown> = { ...this.readData('save the profile', false)?.data };
      for (const [key, value] of Object.entries(changes)) if (value !== undefined) data[key] = value;
      // Readiness only means something with a job: a saved "between jobs"
      // must not leave an old readiness behind to count on a later employed run.
      if (changes.employment === 'unemployed' && changes.ready === undefined) delete data.ready;
      // A new target without a currency leaves none: an old one would no longer be what was typed.
      if (changes.target !== undefined && changes.currency === undefined) delete data.currency;
      const profile = validateProfile(data);
      onFile(this.path, 'save the profile', () => {
        this.options.inject?.('write', this.path);
        // conf writes a 0600 temporary file beside it and renames it over the profile.
        const conf = new Conf<Record<string, unknown>>({
          projectName: APP_NAME,
          projectSuffix: '',
          cwd: this.dir,
          configName: FILE_NAME.replace(/\.json$/, ''),
          configFileMode: FILE_MODE,
        });
        conf.store = data;
      });
      return profile;
    });
  }

  /**
   * Clears the profile. The old file, valid or not, is kept beside it as
   * config.json.<UTC time>.bak, 0600, a name no earlier backup has, so a
   * reset never loses anything for good.
   */
  reset(): { backup: string } | undefined {
    if (!this.exists()) return undefined;
    return this.locked('clear the profile', () => {
      let isFolder: boolean;
      try {
        isFolder = lstatSync(this.path).isDirectory();
      } catch (error) {
        if (errorCode(error) === 'ENOENT') return undefined; // a parallel reset got there first
        throw new FileAccessError(this.path, 'clear the profile', error);
      }
      if (isFolder) {
        throw new FileAccessError(
          this.path,
          'clear the profile',
          systemError('EISDIR', this.path),
          'A saved profile is a file: move the folder out of the way.',
        );
      }
      if (POSIX) {
        try {
          this.options.inject?.('chmod', this.path);
          chmodSync(this.path, FILE_MODE); // the backup shares its mode
        } catch (error) {
          if (!isSystemError(error)) throw error;
          // someone else's file: the copy below is still made
        }
      }
      const backup = this.backUp();
      try {
        this.options.inject?.('unlink', this.path);
        unlinkSync(this.path);
      } catch (error) {
        // The profile stays as it was: take back the backup just made.
        try {
          unlinkSync(backup);
        } catch {
          // best effort: a spare backup loses nothing
        }
        if (isSystemError(error)) throw new FileAccessError(this.path, 'clear the profile', error);
        throw error;
      }
      return { backup };
    });
  }

  /** Links (or copies) the profile to a backup name that is not taken yet; never overwrites a file. */
  private backUp(): string {
    const stamp = (this.options.now?.() ?? new Date()).toISOString().replace(/[-:]/g, '');
    for (let n = 1; n <= 1000; n++) {
      const backup = join(this.dir, `${FILE_NAME}.${stamp}${n === 1 ? '' : `-${n}`}.bak`);
      try {
        this.options.inject?.('link', backup);
        linkSync(this.path, backup);
        return backup;
      } catch (error) {
        const code = errorCode(error);
        if (code === 'EEXIST') continue;
        if (code === undefined || !NO_HARD_LINKS.has(code)) throw new FileAccessError(backup, 'keep a backup of the profile', error);
      }
      // No hard links here: a copy that refuses to overwrite.
      try {
        copyFileSync(this.path, backup, constants.COPYFILE_EXCL);
        if (POSIX) chmodSync(backup, FILE_MODE);
        return backup;
      } catch (error) {
        if (errorCode(error) === 'EEXIST') continue;
        throw new FileAccessError(backup, 'keep a backup of the profile', error);
      }
    }
    throw new FileAccessError(
      this.dir,
      'keep a backup of the profile',
      systemError('EEXIST', this.dir),
      'Move old config.json.*.bak files out of the way.',
    );
  }

  /** Runs `work` holding the profile's lock, in its folder (made, 0700, if need be). */
  private locked<T>(action: string, work: () => T): T {
    const own = this.options.own ?? false;
    // A folder the user named holds the history too.
    const holds = own ? 'your saved profile' : 'your saved profile and history';
    onFile(this.dir, action, () => ensurePrivateDir(this.dir, { own, holds, warn: this.options.warn, hook: this.options.inject }));
    let release: () => void;
    try {
      release = acquireLock(`${this.path}.lock`, { waitMs: this.options.lockWaitMs, hook: this.options.inject });
    } catch (error) {
      if (error instanceof LockBusyError) throw new FileAccessError(this.path, action, error, busyAdvice(error));
      // A folder (or the like) where the lock file goes: name the lock, or the
      // advice would send the user to the profile. Otherwise (permissions, a
      // read-only or full disk) the folder is the matter: name the profile.
      if (isSystemError(error)) {
        const code = errorCode(error);
        throw new FileAccessError(code === 'EISDIR' || code === 'EEXIST' ? `${this.path}.lock` : this.path, action, error);
      }
      throw error;
    }
    try {
      return work();
    } finally {
      release();
    }
  }
}
