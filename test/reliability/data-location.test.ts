// Where the data lives (issue 10, point 6): history is state, not
// configuration. It belongs in $XDG_STATE_HOME/should-i-interview/
// (~/.local/state/should-i-interview/), SHOULD_I_INTERVIEW_CONFIG_DIR still
// holds both, an old history.jsonl in the config folder is moved there on
// first use (merged into one already there), and nothing is lost if any step
// fails. A relative XDG_CONFIG_HOME or XDG_STATE_HOME is ignored. One named
// test per failure; each fails on the code as it was before.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BIN, cleanEnv } from '../helpers/cli.js';
import { HistoryStore } from '../../src/io/history-store.js';
import { foldHistory } from '../../src/core/history.js';

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'sii-location-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const ANSWERS = ['--employed', '--skills', 'strong', '--pay', 'match'];

function cli(args: string[], env: Record<string, string>, cwd = root) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    env: cleanEnv({ SHOULD_I_INTERVIEW_CONFIG_DIR: '', ...env }),
    cwd,
    encoding: 'utf8',
    timeout: 10_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const xdg = () => ({ HOME: join(root, 'home'), XDG_CONFIG_HOME: join(root, 'config'), XDG_STATE_HOME: join(root, 'state') });
const oldFile = () => join(root, 'config', 'should-i-interview', 'history.jsonl');
const newFile = () => join(root, 'state', 'should-i-interview', 'history.jsonl');

const evaluated = (id: string, company: string, at: string) =>
  JSON.stringify({
    type: 'evaluated',
    id,
    at,
    verdict: 'take',
    score: 80,
    answers: { employment: 'employed', skills: 'strong', pay: 'match', company },
  });
const cleared = (at: string) => JSON.stringify({ type: 'cleared', at });

function write(path: string, lines: string[]): void {
  mkdirSync(join(path, '..'), { recursive: true, mode: 0o700 });
  writeFileSync(path, lines.map((l) => `${l}\n`).join(''), { mode: 0o600 });
}

const companies = (env: Record<string, string>) =>
  (JSON.parse(cli(['history', '--json'], env).stdout) as { entries: Array<{ id: string; company: string }> }).entries.map(
    (e) => `${e.id} ${e.company}`,
  );

describe('where the history lives', () => {
  it('in $XDG_STATE_HOME/should-i-interview, as `history path` says; SHOULD_I_INTERVIEW_CONFIG_DIR still holds both', () => {
    const env = xdg();
    expect(cli([...ANSWERS, '--save', '-q'], env).code).toBe(0);
    expect(cli(['history', 'path'], env).stdout).toBe(`${newFile()}\n`);
    expect(existsSync(newFile())).toBe(true);
    expect(existsSync(join(root, 'config'))).toBe(false);

    const named = join(root, 'named');
    expect(cli([...ANSWERS, '--save', '-q'], { ...env, SHOULD_I_INTERVIEW_CONFIG_DIR: named }).code).toBe(0);
    expect(cli(['profile', 'set', '--employed'], { ...env, SHOULD_I_INTERVIEW_CONFIG_DIR: named }).code).toBe(0);
    expect(readdirSync(named).sort()).toEqual(['config.json', 'history.jsonl']);
  });

  it('in ~/.local/state/should-i-interview when XDG_STATE_HOME is not set', () => {
    const home = join(root, 'home');
    expect(cli([...ANSWERS, '--save', '-q'], { HOME: home }).code).toBe(0);
    expect(cli(['history', 'path'], { HOME: home }).stdout).toBe(
      `${join(home, '.local', 'state', 'should-i-interview', 'history.jsonl')}\n`,
    );
    expect(readdirSync(home)).toEqual(['.local']);
  });

  it('a relative XDG_CONFIG_HOME or XDG_STATE_HOME is ignored, as the XDG spec says', () => {
    const home = join(root, 'home');
    const env = { HOME: home, XDG_CONFIG_HOME: 'relative-config', XDG_STATE_HOME: 'relative-state' };
    expect(cli(['profile', 'path'], env).stdout).toBe(`${join(home, '.config', 'should-i-interview', 'config.json')}\n`);
    expect(cli(['history', 'path'], env).stdout).toBe(`${join(home, '.local', 'state', 'should-i-interview', 'history.jsonl')}\n`);
    expect(cli([...ANSWERS, '--save', '-q'], env).code).toBe(0);
    expect(cli(['profile', 'set', '--employed'], env).code).toBe(0);
    expect(readdirSync(root)).toEqual(['home']); // nothing made relative to the working folder
  });
});

describe('an old history in the config folder', () => {
  it('is moved to the state folder on first use, by a rename: the same file, nothing copied', () => {
    write(oldFile(), [evaluated('aaaa1111', 'Acme', '2026-01-01T10:00:00.000Z')]);
    const inode = statSync(oldFile()).ino;
    const env = xdg();
    expect(companies(env)).toEqual(['aaaa1111 Acme']);
    expect(existsSync(oldFile())).toBe(false);
    expect(statSync(newFile()).ino).toBe(inode);
    expect(cli(['history', 'path'], env).stdout).toBe(`${newFile()}\n`);
    expect(readdirSync(join(root, 'state', 'should-i-interview'))).toEqual(['history.jsonl']); // no lock left
  });

  it('is merged into a history already in the state folder: appended, ids kept; an old "cleared" clears only old entries; then it goes', () => {
    write(oldFile(), [
      evaluated('aaaa1111', 'Gone', '2026-01-01T10:00:00.000Z'),
      cleared('2026-01-02T10:00:00.000Z'),
      evaluated('bbbb2222', 'Old', '2026-01-03T10:00:00.000Z'),
    ]);
    write(newFile(), [evaluated('cccc3333333333cc', 'New', '2026-02-01T10:00:00.000Z')]);
    const env = xdg();
    expect(companies(env)).toEqual(['cccc3333333333cc New', 'bbbb2222 Old']);
    expect(existsSync(oldFile())).toBe(false);
    expect(cli(['history', 'outcome', 'bbbb2222', 'offer'], env).code).toBe(0);
    expect(cli(['history', 'outcome', 'cccc', 'interviewed'], env).code).toBe(0);
  });

  it('on another file system, is copied, synced, and only then removed; nothing is lost, nothing said', (context) => {
    const shm = '/dev/shm';
    if (!existsSync(shm) || statSync(shm).dev === statSync(tmpdir()).dev) {
      context.skip(`needs two file systems: ${shm} and ${tmpdir()} are not two here`);
      return;
    }
    const config = mkdtempSync(join(shm, 'sii-location-'));
    try {
      const old = join(config, 'should-i-interview', 'history.jsonl');
      write(old, [evaluated('aaaa1111', 'Acme', '2026-01-01T10:00:00.000Z')]);
      const env = { ...xdg(), XDG_CONFIG_HOME: config };
      const saved = cli([...ANSWERS, '--company', 'Later', '--save', '-q'], env);
      expect(saved.code).toBe(0);
      expect(saved.stderr).toBe('');
      expect(existsSync(old)).toBe(false);
      expect(readFileSync(newFile(), 'utf8').trim().split('\n')).toHaveLength(2);
      expect(statSync(newFile()).mode & 0o777).toBe(0o600);
      expect(cli(['history', 'path'], env).stdout).toBe(`${newFile()}\n`);
    } finally {
      rmSync(config, { recursive: true, force: true });
    }
  });
});

describe('nothing is lost if a step of the move fails', () => {
  const fault = (operation: string, path: string, code: string) => (op: string, p: string) => {
    if (op === operation && p === path) throw Object.assign(new Error(code), { code });
  };
  const oldLines = [evaluated('aaaa1111', 'Acme', '2026-01-01T10:00:00.000Z')];
  const newLines = [evaluated('bbbbbbbbbbbbbbbb', 'Zed', '2026-02-01T10:00:00.000Z')];
  const store = (inject?: (op: string, p: string) => void, warnings: string[] = []) =>
    new HistoryStore(join(root, 'state', 'should-i-interview'), {
      legacyDir: join(root, 'config', 'should-i-interview'),
      own: true,
      warn: (line) => warnings.push(line),
      inject: inject as never,
    });

  it('no space left while merging: the old file stays in use, both files as they were, one line says so', () => {
    write(oldFile(), oldLines);
    write(newFile(), newLines);
    const warnings: string[] = [];
    const history = store(fault('write', newFile(), 'ENOSPC'), warnings);
    expect(history.path).toBe(oldFile());
    expect(warnings).toEqual([
      `warning: your history could not be moved from ${oldFile()} to ${newFile()} (no space left on the device), so it stays where it is for now; the move is tried again next time.`,
    ]);
    expect(readFileSync(oldFile(), 'utf8')).toBe(`${oldLines[0]}\n`);
    expect(readFileSync(newFile(), 'utf8')).toBe(`${newLines[0]}\n`);
    // The next run, with space, finishes the move.
    expect(foldHistory(store().read().events).map((e) => e.company)).toEqual(['Zed', 'Acme']);
    expect(existsSync(oldFile())).toBe(false);
  });

  it('the old name cannot be removed after the move: the move is undone, the old file stays in use', () => {
    write(oldFile(), oldLines);
    const warnings: string[] = [];
    const history = store(fault('unlink', oldFile(), 'EACCES'), warnings);
    expect(history.path).toBe(oldFile());
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('(permission denied)');
    expect(existsSync(newFile())).toBe(false);
    expect(readFileSync(oldFile(), 'utf8')).toBe(`${oldLines[0]}\n`);
  });

  it('a merge that stopped before the old file went is not doubled the next time', () => {
    write(oldFile(), oldLines);
    write(newFile(), newLines);
    const warnings: string[] = [];
    const first = store(fault('unlink', oldFile(), 'EACCES'), warnings);
    expect(first.path).toBe(newFile()); // merged: the new file has everything
    expect(warnings).toEqual([
      `warning: your history was moved to ${newFile()}, but the old file ${oldFile()} could not be removed (permission denied): delete it yourself.`,
    ]);
    const second = store();
    expect(second.path).toBe(newFile());
    expect(readFileSync(newFile(), 'utf8')).toBe(`${newLines[0]}\n${oldLines[0]}\n`);
    expect(existsSync(oldFile())).toBe(false);
  });
});
