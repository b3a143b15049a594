// Where the profile lives and how it is read and written. Reading is a plain
// JSON read, so a run that only needs the saved answers stays fast; conf is
// loaded only to write, for its atomic writes (parallel runs never leave a
// half-written file).

import { existsSync, readFileSync, renameSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, join } from 'node:path';
import { ProfileContentError, validateProfile, type Profile } from '../core/profile.js';

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
        `Fix it by hand, or run '${APP_NAME} profile reset' to start again (the file is kept as ${basename(path)}.bak).\n` +
        `To ignore it for one run, add --no-profile.`,
    );
  }
}

/**
 * The folder: SHOULD_I_INTERVIEW_CONFIG_DIR when set, else
 * $XDG_CONFIG_HOME/should-i-interview, else ~/.config/should-i-interview
 * (%APPDATA%\should-i-interview on Windows).
 */
export function profileDir(env: Readonly<Record<string, string | undefined>>, platform = process.platform, home?: string): string {
  if (env.SHOULD_I_INTERVIEW_CONFIG_DIR) return env.SHOULD_I_INTERVIEW_CONFIG_DIR;
  if (env.XDG_CONFIG_HOME) return join(env.XDG_CONFIG_HOME, APP_NAME);
  if (platform === 'win32' && env.APPDATA) return join(env.APPDATA, APP_NAME);
  return join(home ?? homedir(), '.config', APP_NAME);
}

// node:os only when the home folder is needed (half a millisecond of start-up otherwise).
const homedir = () => (createRequire(import.meta.url)('node:os') as typeof import('node:os')).homedir();

export class ProfileStore {
  readonly path: string;

  constructor(readonly dir: string) {
    this.path = join(dir, FILE_NAME);
  }

  exists(): boolean {
    return existsSync(this.path);
  }

  /** The saved profile, or undefined when nothing has been saved. Throws ProfileError when the file is unusable. */
  read(): Profile | undefined {
    let text: string;
    try {
      text = readFileSync(this.path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw new ProfileError(this.path, `cannot be read (${(error as Error).message})`);
    }
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (error) {
      throw new ProfileError(this.path, `is not valid JSON (${(error as Error).message})`);
    }
    try {
      return validateProfile(data);
    } catch (error) {
      if (error instanceof ProfileContentError) throw new ProfileError(this.path, `is not a valid profile: ${error.message}`);
      throw error;
    }
  }

  /** Merges `changes` into the saved profile. Refuses to touch a broken file. */
  async save(changes: Profile): Promise<Profile> {
    this.read(); // throws on a broken file, which must never be overwritten
    const { Conf } = await import('./conf-module.js');
    const conf = new Conf<Profile>({
      projectName: APP_NAME,
      projectSuffix: '',
      cwd: this.dir,
      configName: FILE_NAME.replace(/\.json$/, ''),
    });
    conf.set(changes as Record<string, unknown>);
    // Readiness only means something with a job: a saved "between jobs"
    // must not leave an old readiness behind to count on a later employed run.
    if (changes.employment === 'unemployed' && changes.ready === undefined) conf.delete('ready');
    // A new target without a currency leaves none: an old one would no longer be what was typed.
    if (changes.target !== undefined && changes.currency === undefined) conf.delete('currency');
    return validateProfile(conf.store);
  }

  /**
   * Clears the profile. The old file, valid or not, is kept beside it as
   * config.json.bak so a reset never loses anything for good.
   */
  reset(): { backup: string } | undefined {
    if (!this.exists()) return undefined;
    const backup = `${this.path}.bak`;
    renameSync(this.path, backup);
    return { backup };
  }
}
