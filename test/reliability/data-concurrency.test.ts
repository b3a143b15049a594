// Concurrent writers lose nothing (issue 10, point 2): a lock file beside the
// profile around conf's read-modify-write, with stale-lock recovery, a
// bounded wait and a clear error, and never left behind. One named test per
// failure; each fails on the code as it was before.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { BIN, cleanEnv, runCli } from '../helpers/cli.js';
import { ProfileStore } from '../../src/io/profile-store.js';
import { runCleanups } from '../../src/io/signals.js';

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'sii-lock-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

function spawnCli(args: string[], env: Record<string, string>): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { env: cleanEnv(env), stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

/** A process id that is not running any more. */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '0'], { stdio: 'ignore' });
  await new Promise((resolve) => child.on('close', resolve));
  return child.pid!;
}

const enospc = () => Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });

describe('concurrent writers lose nothing', () => {
  it('20 trials of 3 parallel profile set runs (--target 123k, --employed, --ready yes): every answer lands every time', async () => {
    const writers = [
      ['profile', 'set', '--target', '123k'],
      ['profile', 'set', '--employed'],
      ['profile', 'set', '--ready', 'yes'],
    ];
    const lost: string[] = [];
    for (let trial = 0; trial < 20; trial++) {
      const dir = join(root, `trial-${trial}`);
      const runs = await Promise.all(writers.map((args) => spawnCli(args, { SHOULD_I_INTERVIEW_CONFIG_DIR: dir })));
      expect(
        runs.map((r) => r.code),
        runs.map((r) => r.stderr).join(''),
      ).toEqual([0, 0, 0]);
      const saved = readFileSync(join(dir, 'config.json'), 'utf8');
      const profile = JSON.parse(saved) as Record<string, unknown>;
      if (profile.target !== 123000 || profile.employment !== 'employed' || profile.ready !== 'yes') lost.push(`trial ${trial}: ${saved}`);
      expect(readdirSync(dir)).toEqual(['config.json']); // the lock is gone
    }
    expect(lost).toEqual([]);
  }, 60_000);

  it('a lock left by a run that died is recovered, and removed', async () => {
    const dir = join(root, 'p');
    mkdirSync(dir, { mode: 0o700 });
    const lock = join(dir, 'config.json.lock');
    writeFileSync(lock, JSON.stringify({ pid: await deadPid(), host: hostname(), at: new Date().toISOString(), token: 'dead' }));
    const r = runCli(['profile', 'set', '--employed'], { env: { SHOULD_I_INTERVIEW_CONFIG_DIR: dir } });
    expect(r.code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'config.json'), 'utf8'))).toEqual({ employment: 'employed' });
    expect(readdirSync(dir)).toEqual(['config.json']);
  });

  it('an old lock from another machine is recovered too', () => {
    const dir = join(root, 'p');
    mkdirSync(dir, { mode: 0o700 });
    const lock = join(dir, 'config.json.lock');
    writeFileSync(lock, JSON.stringify({ pid: 1, host: 'elsewhere', at: '2020-01-01T00:00:00Z', token: 'old' }));
    const old = new Date(Date.now() - 3600_000);
    utimesSync(lock, old, old);
    const r = runCli(['profile', 'set', '--employed'], { env: { SHOULD_I_INTERVIEW_CONFIG_DIR: dir } });
    expect(r.code).toBe(0);
    expect(readdirSync(dir)).toEqual(['config.json']);
  });

  it('a lock held by a live run: a bounded wait, then a FileAccessError (exit 74) naming the lock and what to do', async () => {
    const dir = join(root, 'p');
    mkdirSync(dir, { mode: 0o700 });
    const lock = join(dir, 'config.json.lock');
    // The test runner's parent: alive, and not the process saving.
    const held = JSON.stringify({ pid: process.ppid, host: hostname(), at: new Date().toISOString(), token: 'live' });
    writeFileSync(lock, held);
    const store = new ProfileStore(dir, { lockWaitMs: 300 });
    const started = Date.now();
    const error = await store.save({ employment: 'employed' }).catch((e: unknown) => e);
    const waited = Date.now() - started;
    expect(error).toMatchObject({ name: 'FileAccessError' });
    expect((error as Error).message).toBe(
      `cannot save the profile (${store.path}): the file is busy. Another should-i-interview run (process ${process.ppid}) is changing it: run again when it is done. If none is running, delete ${lock}.`,
    );
    expect(waited).toBeGreaterThanOrEqual(300);
    expect(waited).toBeLessThan(3000);
    // Nothing was written, and the other run's lock is still its own.
    expect(existsSync(store.path)).toBe(false);
    expect(readFileSync(lock, 'utf8')).toBe(held);
  });

  it('the lock is removed when the save fails', async () => {
    const dir = join(root, 'p');
    const store = new ProfileStore(dir, {
      inject: (operation, path) => {
        if (operation === 'write' && path.endsWith('config.json')) throw enospc();
      },
    });
    await expect(store.save({ employment: 'employed' })).rejects.toMatchObject({ name: 'FileAccessError' });
    expect(readdirSync(dir)).toEqual([]);
  });

  it('the lock is removed by the signal handlers if the run is ended while it is held', async () => {
    const dir = join(root, 'p');
    let during: string[] = [];
    const store = new ProfileStore(dir, {
      inject: (operation, path) => {
        if (operation !== 'write' || !path.endsWith('config.json')) return;
        during = readdirSync(dir);
        runCleanups(); // what SIGINT, SIGTERM or SIGHUP runs before the exit
      },
    });
    await store.save({ employment: 'employed' });
    expect(during).toEqual(['config.json.lock']);
    expect(readdirSync(dir)).toEqual(['config.json']);
  });
});
