// Failures found by a review of the data work, one named test each; each
// fails on the code before the fix.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BIN, cleanEnv, runCli, runPty } from '../helpers/cli.js';
import { cliInNamespace, mountNamespace } from '../helpers/isolation.js';

const ENTRY = JSON.stringify({
  type: 'evaluated',
  id: 'aaaabbbbccccdddd',
  at: '2026-11-01T10:00:00.000Z',
  verdict: 'take',
  score: 80,
  answers: { company: 'Acme' },
});
const namespace = mountNamespace();
const noNamespace = 'reason' in namespace ? namespace.reason : undefined;

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'sii-review-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** A home with no XDG variables and no SHOULD_I_INTERVIEW_CONFIG_DIR: the default places. */
const home = (extra: Record<string, string> = {}) => ({ HOME: root, SHOULD_I_INTERVIEW_CONFIG_DIR: '', ...extra });

describe('the history is never lost moving it', () => {
  it('a state folder that is the config folder by another path (a link) keeps the history where it is', () => {
    const config = join(root, '.config', 'should-i-interview');
    mkdirSync(config, { recursive: true });
    writeFileSync(join(config, 'history.jsonl'), `${ENTRY}\n`);
    mkdirSync(join(root, '.local'));
    symlinkSync(join(root, '.config'), join(root, '.local', 'state'));
    const r = runCli(['history', '--json'], { env: home() });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).entries.map((e: { id: string }) => e.id)).toEqual(['aaaabbbbccccdddd']);
    expect(readFileSync(join(config, 'history.jsonl'), 'utf8')).toBe(`${ENTRY}\n`);
  });

  it.skipIf(noNamespace !== undefined)(
    `a save on a nearly full disk is all or nothing: exit 74 and no torn line${noNamespace ? ` (skipped: ${noNamespace})` : ''}`,
    () => {
      const dir = join(root, 'cfg');
      mkdirSync(dir);
      // Room for a few kilobytes, then a save of more than that in one line.
      const setup = `mount -t tmpfs -o size=64k,mode=0700 tmpfs "$D"; printf '%s\\n' '${ENTRY}' > "$D/history.jsonl"; head -c 57344 /dev/zero > "$D/filler" 2>/dev/null || true`;
      const r = cliInNamespace(
        namespace,
        setup,
        ['--employed', '--skills', 'strong', '--pay', 'match', '--company', 'x'.repeat(12_000), '--save', '-q'],
        dir,
        'echo ---; cat "$D/history.jsonl"',
      );
      expect(r.code).toBe(74);
      expect(r.stderr).toMatch(/cannot save to the history .*no space left on the device/);
      expect(r.stdout).toBe(`---\n${ENTRY}\n`);
    },
  );
});

describe('saying what is wrong, where it is', () => {
  it('profile reset when the profile cannot be looked for (the config path is a file): exit 74, not "no profile"', () => {
    const file = join(root, 'not-a-folder');
    writeFileSync(file, 'x');
    const r = runCli(['profile', 'reset'], { env: { SHOULD_I_INTERVIEW_CONFIG_DIR: file } });
    expect(r.code).toBe(74);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('part of the path is a file, not a folder');
  });

  it('a folder where the lock file goes is named as the lock, not the profile', () => {
    mkdirSync(join(root, 'config.json.lock'));
    const r = runCli(['profile', 'set', '--employed'], { env: { SHOULD_I_INTERVIEW_CONFIG_DIR: root } });
    expect(r.code).toBe(74);
    expect(r.stderr).toContain(`(${join(root, 'config.json.lock')})`);
  });
});

describe('signals', () => {
  it.runIf(process.platform === 'linux')(
    'SIGTERM at a prompt after a lock was taken (a history move) still says "Cancelled." and restores the cursor',
    () => {
      const config = join(root, '.config', 'should-i-interview');
      mkdirSync(config, { recursive: true });
      writeFileSync(join(config, 'history.jsonl'), `${ENTRY}\n`);
      const run = runPty(['history', 'clear'], { env: home(), steps: [{ wait: '?', signal: 'TERM' }] });
      expect(run.exitCode).toBe(143);
      expect(run.output).toContain('Cancelled.');
      expect(existsSync(join(root, '.local', 'state', 'should-i-interview', 'history.jsonl'))).toBe(true);
    },
  );
});

describe('compare', () => {
  // A 110,000-column header costs a few MB of its own (its names, matched
  // once); in a 48 MB heap the old stand-in (the marker in every column,
  // about 5 MB a record) aborts every time, the new one never.
  it('a CSV record over the limit under a very wide header is skipped, not a V8 abort (48 MB heap)', () => {
    const columns = 110_000;
    const file = join(root, 'wide.csv');
    const header = Array.from({ length: columns }, (_, i) => `c${i}`).join(',');
    const row = Array.from({ length: columns }, () => 'xxxxxxxxx').join(',');
    writeFileSync(file, `${header}\n${row}\n${row}\n${row}\n`);
    const r = spawnSync(process.execPath, ['--max-old-space-size=48', BIN, 'compare', file], {
      env: cleanEnv(),
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(r.signal).toBeNull();
    expect(r.status).toBe(2);
    expect(r.stderr.match(/too long/g)).toHaveLength(3);
  });
});
