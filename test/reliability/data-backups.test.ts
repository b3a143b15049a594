// `profile reset` never destroys an earlier backup (issue 10, point 3): each
// backup is config.json.<UTC time>.bak, 0600, a name no file has yet, and the
// message names it. One named test per failure; each fails on the code as it
// was before.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../helpers/cli.js';
import { ProfileStore } from '../../src/io/profile-store.js';

let dir: string;
beforeEach(() => {
  dir = join(mkdtempSync(join(tmpdir(), 'sii-backup-')), 'cfg');
});
afterEach(() => rmSync(join(dir, '..'), { recursive: true, force: true }));

const cli = (args: string[]) => runCli(args, { env: { SHOULD_I_INTERVIEW_CONFIG_DIR: dir } });
const backups = () =>
  readdirSync(dir)
    .filter((name) => name.endsWith('.bak'))
    .sort();

describe('profile reset never destroys an earlier backup', () => {
  it('two resets in a row keep both old profiles, each in the backup its message names', () => {
    expect(cli(['profile', 'set', '--employed']).code).toBe(0);
    const first = cli(['profile', 'reset']);
    expect(cli(['profile', 'set', '--unemployed']).code).toBe(0);
    const second = cli(['profile', 'reset']);
    const named = [first, second].map((r) => /^Profile cleared\. The old file is kept at (.+)\.\n$/.exec(r.stdout)?.[1]);
    expect(named[0]).not.toBe(named[1]);
    expect(named.map((path) => JSON.parse(readFileSync(path!, 'utf8')))).toEqual([
      { employment: 'employed' },
      { employment: 'unemployed' },
    ]);
    for (const path of named) expect(path!.slice(dir.length + 1)).toMatch(/^config\.json\.\d{8}T\d{6}\.\d{3}Z(-\d+)?\.bak$/);
  });

  it('two resets within the same millisecond get two names', () => {
    const now = () => new Date('2026-11-25T10:15:30.123Z');
    const store = new ProfileStore(dir, { now });
    mkdirSync(dir, { recursive: true });
    writeFileSync(store.path, '{"ready": "yes"}');
    expect(store.reset()).toEqual({ backup: join(dir, 'config.json.20261125T101530.123Z.bak') });
    writeFileSync(store.path, '{"ready": "no"}');
    expect(store.reset()).toEqual({ backup: join(dir, 'config.json.20261125T101530.123Z-2.bak') });
    expect(backups().map((name) => readFileSync(join(dir, name), 'utf8'))).toEqual(['{"ready": "no"}', '{"ready": "yes"}']);
  });

  it('a file already there under the backup name is never overwritten', () => {
    const store = new ProfileStore(dir, { now: () => new Date('2026-11-25T10:15:30.123Z') });
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'config.json.20261125T101530.123Z.bak'), 'kept');
    writeFileSync(store.path, '{}');
    expect(store.reset()?.backup).toBe(join(dir, 'config.json.20261125T101530.123Z-2.bak'));
    expect(readFileSync(join(dir, 'config.json.20261125T101530.123Z.bak'), 'utf8')).toBe('kept');
  });

  it.runIf(process.platform !== 'win32')('the backup is 0600, even of a profile an earlier version left 0644', () => {
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'config.json'), '{"employment": "employed"}');
    chmodSync(join(dir, 'config.json'), 0o644);
    const r = cli(['profile', 'reset']);
    expect(r.code).toBe(0);
    const [backup] = backups();
    expect((statSync(join(dir, backup!)).mode & 0o777).toString(8)).toBe('600');
  });
});
