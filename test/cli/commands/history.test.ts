// --save and `should-i-interview history …`, in a temporary folder: run in
// this process, but for the runs on a terminal and the parallel writers, spawned.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { appendFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BIN, cleanEnv, runPty } from '../../helpers/cli.js';
import { runInProcess } from '../../helpers/in-process.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'sii-history-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

// In this process: these tests are about what the commands do (helpers/in-process.ts).
const cli = (args: string[]) => runInProcess(args, { env: { SHOULD_I_INTERVIEW_CONFIG_DIR: dir } });
const save = (...args: string[]) => cli([...args, '--save', '--json']);
const ids = async () =>
  (JSON.parse((await cli(['history', '--json'])).stdout) as { entries: Array<{ id: string }> }).entries.map((e) => e.id);

describe('history', () => {
  it('records --save runs with date, labels, answers, verdict and score, newest first', async () => {
    const first = await save('--employed', '--skills', 'strong', '--pay', 'match', '--company', 'Acme', '--role', 'Rep');
    expect(first.code).toBe(0);
    expect(first.stderr).toMatch(/^Saved to your history as ([0-9a-f]{16})\. Later: should-i-interview history outcome \1 interviewed\n$/);
    const second = await save('--employed', '--skills', 'none', '--pay', 'match', '--company', 'Zed');
    const listed = JSON.parse((await cli(['history', '--json'])).stdout);
    expect(listed.path).toBe(join(dir, 'history.jsonl'));
    // The score saved is the score the run printed.
    expect(listed.entries.map((e: { company: string; verdict: string; score: number }) => [e.company, e.verdict, e.score])).toEqual([
      ['Zed', 'pass', JSON.parse(second.stdout).score],
      ['Acme', 'take', JSON.parse(first.stdout).score],
    ]);
    expect(listed.entries[1].answers).toMatchObject({ employment: 'employed', skills: 'strong', pay: 'match', role: 'Rep' });
    expect(listed.entries[1].at).toMatch(/^\d{4}-\d\d-\d\dT/);

    const text = (await cli(['history'])).stdout;
    expect(text).toMatch(/^ID {16}DATE {8}VERDICT {2}SCORE {2}COMPANY {2}ROLE {2}OUTCOME\n/);
    expect(text).toContain('Takes: 1, none led to an interview.');
    expect(text).toContain('Passes: 1, none led to an interview.');
  });

  it('records outcomes by id or a unique start of one, and tallies takes and passes apart', async () => {
    await save('--employed', '--skills', 'strong', '--pay', 'match');
    await save('--employed', '--skills', 'partial', '--pay', 'unknown');
    await save('--employed', '--skills', 'none', '--pay', 'match');
    const [pass, take2, take1] = (await ids()) as [string, string, string];
    expect((await cli(['history', 'outcome', take1, 'offer'])).stdout).toBe(`Recorded "offer" for ${take1}.\n`);
    expect((await cli(['history', 'outcome', take2.slice(0, 6), 'interviewed'])).code).toBe(0);
    expect((await cli(['history', 'outcome', pass, 'declined'])).code).toBe(0);
    const { tally } = JSON.parse((await cli(['history', '--json'])).stdout);
    expect(tally).toEqual({ take: { total: 2, interviewed: 2, offers: 1 }, pass: { total: 1, interviewed: 0, offers: 0 } });
    expect((await cli(['history'])).stdout).toContain('Takes: 2, 2 led to an interview, 1 to an offer.');

    expect(await cli(['history', 'outcome', take1, 'hired'])).toMatchObject({ code: 2 });
    // a usage error in a subcommand points at that subcommand's help
    expect((await cli(['history', 'outcome', take1])).stderr).toContain(
      "Run 'should-i-interview history outcome --help' to see every flag.",
    );
    expect((await cli(['history', 'outcome', 'ffffffff', 'offer'])).stderr).toContain('no history entry "ffffffff"');
  });

  it('remove and clear; clear needs --yes off a terminal', async () => {
    await save('--employed', '--skills', 'strong', '--pay', 'match');
    await save('--unemployed', '--skills', 'strong', '--pay', 'match');
    const [newest] = (await ids()) as [string];
    expect((await cli(['history', 'remove', newest])).stdout).toBe(`Removed ${newest} from your history.\n`);
    expect(await ids()).toHaveLength(1);
    const refused = await cli(['history', 'clear']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('add --yes to confirm');
    expect(await ids()).toHaveLength(1);
    expect((await cli(['history', 'clear', '--yes'])).stdout).toBe('Cleared 1 entry from your history.\n');
    expect(await ids()).toEqual([]);
  });

  it('asks before clearing on a terminal (default no)', async () => {
    await save('--employed', '--skills', 'strong', '--pay', 'match');
    const env = { SHOULD_I_INTERVIEW_CONFIG_DIR: dir };
    const no = runPty(['history', 'clear'], { env, steps: [{ wait: 'Clear all 1 entry from your history?', send: '\r' }] });
    expect(no.exitCode).toBe(0);
    expect(no.output).toContain('Nothing was cleared.');
    expect(await ids()).toHaveLength(1);
    const yes = runPty(['history', 'clear'], { env, steps: [{ wait: 'Clear all 1 entry', send: 'y\r' }] });
    expect(yes.output).toContain('Cleared 1 entry from your history.');
    expect(await ids()).toEqual([]);
  });

  it('a torn or hand-broken line is reported with the path and skipped; the file is kept', async () => {
    await save('--employed', '--skills', 'strong', '--pay', 'match', '--company', 'Kept');
    const file = join(dir, 'history.jsonl');
    appendFileSync(file, '{"type":"evaluated","id":"torn","at":"2026'); // a write cut short
    await save('--employed', '--skills', 'strong', '--pay', 'match', '--company', 'After');
    const before = readFileSync(file, 'utf8');
    const r = await cli(['history']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(
      `warning: ${file} line 2 is not a history entry and was skipped (the file is left as it is): {"type":"evaluated","id":"torn","at":"2026\n`,
    );
    expect(r.stdout).toContain('After');
    expect(r.stdout).toContain('Kept');
    expect(readFileSync(file, 'utf8')).toBe(before);
  });

  it('a hand edit with wrong types, or escape sequences, is skipped or cleaned, never a crash', async () => {
    await save('--employed', '--skills', 'strong', '--pay', 'match', '--company', 'Fine');
    const file = join(dir, 'history.jsonl');
    appendFileSync(file, '{"type":"evaluated","id":"q","at":"2026-01-01","verdict":"take","score":80,"answers":{"company":5}}\n');
    appendFileSync(file, '{"type":"evaluated","id":"zz\\u001b]0;t\\u0007zz","at":"2026-01-02","verdict":"pass","score":10,"answers":{}}\n');
    appendFileSync(file, '\u001b]0;title\u0007 garbage\n');
    const r = await cli(['history']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Fine');
    expect(r.stdout).toContain('zz]0;tzz'.replace(']0;t', ''));
    expect(r.stdout + r.stderr).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    expect(r.stderr).toContain('line 2 is not a history entry');
    expect(r.stderr).toContain('line 4 is not a history entry');
  });

  it('parallel saves lose nothing', async () => {
    const runs = Array.from(
      { length: 10 },
      (_, i) =>
        new Promise<number | null>((resolve) => {
          const child = spawn(
            process.execPath,
            [BIN, '--employed', '--skills', 'strong', '--pay', 'match', '--company', `Co ${i}`, '--save', '-q'],
            {
              env: cleanEnv({ SHOULD_I_INTERVIEW_CONFIG_DIR: dir }),
              stdio: 'ignore',
            },
          );
          child.on('close', resolve);
        }),
    );
    expect(await Promise.all(runs)).toEqual(Array(10).fill(0));
    const listed = JSON.parse((await cli(['history', '--json'])).stdout);
    expect(listed.entries.map((e: { company: string }) => e.company).sort()).toEqual(
      Array.from({ length: 10 }, (_, i) => `Co ${i}`).sort(),
    );
    expect(new Set(listed.entries.map((e: { id: string }) => e.id)).size).toBe(10);
  });

  it('history path and an empty history', async () => {
    expect((await cli(['history', 'path'])).stdout).toBe(`${join(dir, 'history.jsonl')}\n`);
    expect((await cli(['history'])).stdout).toContain('Nothing in your history yet.');
    expect(JSON.parse((await cli(['history', '--json'])).stdout).entries).toEqual([]);
  });
});
