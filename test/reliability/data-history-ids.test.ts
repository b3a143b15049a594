// History ids (issue 10, point 4): at least 64 random bits, so a collision is
// negligible for a lifetime of use; the short forms and the 8-digit ids of
// earlier versions still work; a duplicate id in a hand-edited file never
// hides an entry. One named test per failure; each fails on the code as it
// was before.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appendFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../helpers/cli.js';
import { newHistoryId } from '../../src/io/history-store.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'sii-ids-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const cli = (args: string[]) => runCli(args, { env: { SHOULD_I_INTERVIEW_CONFIG_DIR: dir } });
const listed = () =>
  JSON.parse(cli(['history', '--json']).stdout) as { entries: Array<{ id: string; company?: string; outcome?: string }> };
const line = (id: string, company: string, at: string) =>
  `${JSON.stringify({ type: 'evaluated', id, at, verdict: 'take', score: 80, answers: { employment: 'employed', skills: 'strong', pay: 'match', company } })}\n`;

describe('history ids', () => {
  it('a new id carries 64 random bits (16 hex digits); 8-digit ids from earlier versions and short forms still work', () => {
    const ids = Array.from({ length: 1000 }, newHistoryId);
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{16}$/);
    expect(new Set(ids).size).toBe(1000);

    appendFileSync(join(dir, 'history.jsonl'), line('abcd1234', 'Old', '2026-01-01T10:00:00.000Z'));
    expect(cli(['--employed', '--skills', 'strong', '--pay', 'match', '--company', 'New', '--save', '-q']).code).toBe(0);
    const fresh = listed().entries.find((e) => e.company === 'New')!;
    expect(fresh.id).toMatch(/^[0-9a-f]{16}$/);
    expect(cli(['history', 'outcome', 'abcd', 'interviewed']).stdout).toBe('Recorded "interviewed" for abcd1234 (Old).\n');
    expect(cli(['history', 'outcome', fresh.id.slice(0, 6), 'offer']).code).toBe(0);
    expect(listed().entries.map((e) => [e.company, e.outcome])).toEqual([
      ['New', 'offer'],
      ['Old', 'interviewed'],
    ]);
  });

  it('a duplicate id in a hand-edited file never hides an entry: both are listed, each can be named', () => {
    const file = join(dir, 'history.jsonl');
    appendFileSync(file, line('3f9a0c1e', 'Acme', '2026-01-01T10:00:00.000Z'));
    appendFileSync(file, line('3f9a0c1e', 'Zed', '2026-01-02T10:00:00.000Z'));
    expect(listed().entries.map((e) => [e.id, e.company])).toEqual([
      ['3f9a0c1e~2', 'Zed'],
      ['3f9a0c1e', 'Acme'],
    ]);
    // The id names the first; the second has its own name; a start of both is ambiguous.
    expect(cli(['history', 'outcome', '3f9a', 'offer']).stderr).toContain('"3f9a" starts more than one history id');
    expect(cli(['history', 'outcome', '3f9a0c1e', 'offer']).stdout).toBe('Recorded "offer" for 3f9a0c1e (Acme).\n');
    expect(cli(['history', 'outcome', '3f9a0c1e~2', 'declined']).stdout).toBe('Recorded "declined" for 3f9a0c1e~2 (Zed).\n');
    expect(listed().entries.map((e) => [e.company, e.outcome])).toEqual([
      ['Zed', 'declined'],
      ['Acme', 'offer'],
    ]);
    expect(cli(['history', 'remove', '3f9a0c1e~2']).code).toBe(0);
    expect(listed().entries.map((e) => e.company)).toEqual(['Acme']);
  });
});
