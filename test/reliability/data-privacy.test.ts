// Private by default (issue 10, point 1): every file the tool writes is
// 0600 and every folder it creates 0700, whatever the umask; its own default
// folders are tightened when found looser, with one line saying so; a folder
// the user named is never changed, only warned about. One named test per
// failure; each fails on the code as it was before.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BIN, cleanEnv } from '../helpers/cli.js';

const posix = process.platform !== 'win32';
const ANSWERS = ['--employed', '--skills', 'strong', '--pay', 'match'];

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'sii-privacy-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const mode = (path: string) => statSync(path).mode & 0o777;
const octal = (path: string) => mode(path).toString(8).padStart(3, '0');

/** The tool's own default folders, under a home of its own (nothing of the developer's is touched). */
function xdgEnv(): Record<string, string> {
  return {
    HOME: join(root, 'home'),
    XDG_CONFIG_HOME: join(root, 'config'),
    XDG_STATE_HOME: join(root, 'state'),
    SHOULD_I_INTERVIEW_CONFIG_DIR: '',
  };
}

/** Runs the built command under `umask`. */
function cli(args: string[], env: Record<string, string>, umask = '022') {
  const r = spawnSync('sh', ['-c', `umask ${umask} && exec "$@"`, 'sh', process.execPath, BIN, ...args], {
    env: cleanEnv(env),
    encoding: 'utf8',
    timeout: 10_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe.runIf(posix)('private by default', () => {
  for (const umask of ['000', '022']) {
    it(`under umask ${umask}, profile set and reset write 0600 files in 0700 folders they create`, () => {
      const env = xdgEnv();
      const dir = join(root, 'config', 'should-i-interview');
      expect(cli(['profile', 'set', '--employed', '--ready', 'yes', '--target', '100k'], env, umask).code).toBe(0);
      expect({ config: octal(join(root, 'config')), dir: octal(dir), file: octal(join(dir, 'config.json')) }).toEqual({
        config: '700',
        dir: '700',
        file: '600',
      });
      expect(readdirSync(dir)).toEqual(['config.json']); // no lock or temporary file left
      const reset = cli(['profile', 'reset'], env, umask);
      expect(reset.code).toBe(0);
      const backups = readdirSync(dir);
      expect(backups).toHaveLength(1);
      expect(octal(join(dir, backups[0]!))).toBe('600');
    });

    it(`under umask ${umask}, --save writes a 0600 history in 0700 folders it creates`, () => {
      const env = xdgEnv();
      const dir = join(root, 'state', 'should-i-interview');
      expect(cli([...ANSWERS, '--save', '-q'], env, umask).code).toBe(0);
      expect({ state: octal(join(root, 'state')), dir: octal(dir), file: octal(join(dir, 'history.jsonl')) }).toEqual({
        state: '700',
        dir: '700',
        file: '600',
      });
    });
  }

  it('its own config folder, found open to others (0755), is made 0700, with one line on stderr saying so', () => {
    const dir = join(root, 'config', 'should-i-interview');
    mkdirSync(dir, { recursive: true });
    chmodSync(dir, 0o755);
    const r = cli(['profile', 'set', '--employed'], xdgEnv());
    expect(r.code).toBe(0);
    expect(octal(dir)).toBe('700');
    expect(r.stderr).toBe(`note: ${dir} was open to other users (mode 755); it is now 0700, as it holds your saved profile.\n`);
    // Said once: the next run finds it private.
    expect(cli(['profile', 'set', '--ready', 'no'], xdgEnv()).stderr).toBe('');
  });

  it('its own state folder, found open to others (0775), is made 0700, with one line on stderr saying so', () => {
    const dir = join(root, 'state', 'should-i-interview');
    mkdirSync(dir, { recursive: true });
    chmodSync(dir, 0o775);
    const r = cli([...ANSWERS, '--save', '-q'], xdgEnv());
    expect(r.code).toBe(0);
    expect(octal(dir)).toBe('700');
    expect(r.stderr).toBe(`note: ${dir} was open to other users (mode 775); it is now 0700, as it holds your history.\n`);
  });

  it('a folder named with SHOULD_I_INTERVIEW_CONFIG_DIR is never changed, only warned about, in one line', () => {
    const dir = join(root, 'mine');
    mkdirSync(dir);
    chmodSync(dir, 0o755);
    const env = { SHOULD_I_INTERVIEW_CONFIG_DIR: dir };
    const warning = `warning: ${dir} is open to other users (mode 755) and holds your saved profile and history; it is left as it is. To make it private: chmod 700 '${dir}'\n`;
    const set = cli(['profile', 'set', '--employed'], env);
    expect(set.code).toBe(0);
    expect(set.stderr).toBe(warning);
    const save = cli([...ANSWERS, '--save', '-q'], env);
    expect(save.code).toBe(0);
    expect(save.stderr).toBe(warning);
    expect(octal(dir)).toBe('755');
    // The files it writes there are still its own: 0600.
    expect(octal(join(dir, 'config.json'))).toBe('600');
    expect(octal(join(dir, 'history.jsonl'))).toBe('600');
  });

  it('a profile an earlier version left 0644 is 0600 once saved again', () => {
    const dir = join(root, 'p');
    mkdirSync(dir, { mode: 0o700 });
    writeFileSync(join(dir, 'config.json'), '{"employment": "employed"}', { mode: 0o644 });
    expect(cli(['profile', 'set', '--ready', 'open'], { SHOULD_I_INTERVIEW_CONFIG_DIR: dir }).code).toBe(0);
    expect(octal(join(dir, 'config.json'))).toBe('600');
  });

  it('a history an earlier version left 0644 is 0600 once written to', () => {
    const dir = join(root, 'p');
    mkdirSync(dir, { mode: 0o700 });
    writeFileSync(join(dir, 'history.jsonl'), '', { mode: 0o644 });
    expect(cli([...ANSWERS, '--save', '-q'], { SHOULD_I_INTERVIEW_CONFIG_DIR: dir }).code).toBe(0);
    expect(octal(join(dir, 'history.jsonl'))).toBe('600');
  });
});
