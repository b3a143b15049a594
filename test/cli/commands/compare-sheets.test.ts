// compare for real spreadsheets (issue 11): every column read or named,
// values as people type them, separators and blank rows, signs of life,
// --limit and --quiet.
import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCompare, type CompareOptions } from '../../../src/cli/commands/compare.js';
import { messageStream } from '../../../src/io/streams.js';
import type { ProfileStore } from '../../../src/io/profile-store.js';
import { BIN, cleanEnv, runCli } from '../../helpers/cli.js';
import { fakeIO, type FakeIOOptions } from '../../helpers/fake-io.js';

const work = mkdtempSync(join(tmpdir(), 'sii-sheets-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function file(name: string, text: string): string {
  const path = join(work, name);
  writeFileSync(path, text);
  return path;
}

/** runCompare in-process on `text`, fed in small pieces. */
async function compare(
  text: string,
  options: Partial<CompareOptions> = {},
  io: FakeIOOptions = {},
  extra: { now?: () => number; progressAfterMs?: number; pieces?: number } = {},
) {
  const fake = fakeIO(io);
  async function* open() {
    const size = extra.pieces ?? 7;
    for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size);
  }
  const code = await runCompare(
    { file: options.file ?? 'offers.csv', json: false, profile: false, colour: false, ...options },
    {
      io: fake,
      profileStore: () => ({}) as ProfileStore,
      open,
      ...(extra.now ? { progressClock: extra.now } : {}),
      ...(extra.progressAfterMs !== undefined ? { progressAfterMs: extra.progressAfterMs } : {}),
    },
  );
  return { code, stdout: fake.out(), stderr: fake.err() };
}

describe('every column read, or named', () => {
  it('massPitch and wouldTake headers, as the README writes them, are read: Globex is a pass, not a take at 80', async () => {
    const r = await compare('company,employment,skills,pay,massPitch,wouldTake\nGlobex,employed,strong,match,yes,no\n', { json: true });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    const [result] = JSON.parse(r.stdout) as Array<{ verdict: string; answers: { massPitch: boolean; wouldTake: string } }>;
    expect(result!.verdict).toBe('pass');
    expect(result!.answers).toMatchObject({ massPitch: true, wouldTake: 'no' });
  });

  it('spaced, capitalised, dashed headers are one column each', async () => {
    const r = await compare('Company,Employment,SKILLS,Pay,Mass-Pitch,Would take\nGlobex,employed,strong,match,Yes,No\n', { json: true });
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)[0].answers).toMatchObject({ company: 'Globex', massPitch: true, wouldTake: 'no' });
  });

  it('an unknown column is named once on stderr, with the nearest known name, and the exit code does not change', async () => {
    const text = 'employment,skills,pay,wouldtak,colour\nemployed,strong,match,no,red\nemployed,none,below,no,blue\n';
    const r = await compare(text);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(
      'warning: column `wouldtak` is not an answer; did you mean `wouldTake`?\n' +
        'warning: column `colour` is neither an answer nor a label (employment, ready, skills, pay, offered, target, massPitch, wouldTake, concerns, company, role, url, notes, id, message); ignored\n',
    );
  });

  it('JSON and NDJSON keys are matched the same way, unknown keys named once', async () => {
    const text =
      '{"Employment":"employed","Skills":"strong","pay":"match","would take":"no","colr":1}\n{"employment":"employed","skills":"strong","pay":"match","colr":2}\n';
    const r = await compare(text, { file: 'offers.ndjson', json: true });
    expect(r.stderr).toBe('warning: field `colr` is not a label; did you mean `role`?\n');
    expect(JSON.parse(r.stdout).map((x: { answers: { wouldTake: string } }) => x.answers.wouldTake)).toEqual(['maybe', 'no']);
  });

  it('url, notes and id are carried into each JSON result as labels, cleaned', async () => {
    const text =
      'ID,company,employment,skills,pay,URL,Notes\n7,Acme,employed,strong,match,https://acme.example/jobs/1,"call \u001b[31mback"\nb,Beta,employed,none,below,,\n';
    const r = await compare(text, { json: true });
    const results = JSON.parse(r.stdout) as Array<Record<string, unknown>>;
    expect(results[0]).toMatchObject({ index: 1, line: 2, labels: { id: '7', url: 'https://acme.example/jobs/1', notes: 'call back' } });
    expect(results[1]!.labels).toEqual({ id: 'b' });
    expect(Object.keys(results[0]!).slice(0, 3)).toEqual(['index', 'line', 'schemaVersion']);
  });

  it('two columns for one answer are an error for the whole file, naming both (exit 2)', async () => {
    const r = await compare('employment,skills,pay,Would take,would_take\nemployed,strong,match,no,yes\n');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('error: columns `Would take` and `would_take` both give "wouldTake": keep one of them; no record was read.\n');
  });
});

describe('values as people type them', () => {
  it('yes/no cells take y/n, true/false, 1/0 and x; a blank one is not said', async () => {
    const text =
      'company,employment,skills,pay,mass pitch\nA,employed,strong,match,x\nB,employed,strong,match,\nC,employed,strong,match,n\n';
    const r = await compare(text, { json: true });
    expect(r.stderr).toBe('');
    const byCompany = Object.fromEntries(
      JSON.parse(r.stdout).map((x: { answers: { company: string; massPitch: boolean } }) => [x.answers.company, x.answers.massPitch]),
    );
    expect(byCompany).toEqual({ A: true, B: false, C: false });
  });

  it('a required answer left blank says the value to use', async () => {
    const r = await compare('employment,skills,pay\nemployed,strong,\n');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('error: record 1 (line 2), field "pay": Missing answer "pay"');
    expect(r.stderr).toContain("(use `unknown` if it hasn't been discussed)");
  });
});

describe('separators and blank rows', () => {
  it('a semicolon file (Excel outside the US) is read, a quoted semicolon list kept', async () => {
    const r = await compare('Company;Employment;Skills;Pay;Concerns\nAcme;employed;strong;match;"reviews;hearsay"\n', { json: true });
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)[0].answers).toMatchObject({ company: 'Acme', concerns: ['reviews', 'hearsay'] });
  });

  it('a .tsv file is read', () => {
    const r = runCli(['compare', file('offers.tsv', 'company\temployment\tskills\tpay\nAcme\temployed\tstrong\tmatch\n'), '--no-profile']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('1 opportunity: 1 take, 0 passes.');
  });

  it('one column only: the message says which separator was expected and which the header seems to use', async () => {
    const r = await compare('employment|skills|pay\nemployed|strong|match\n', { file: 'offers.tsv' });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'error: the header row has one column only ("employment|skills|pay"): expected columns separated by tabs, but the header seems to use "|".\n',
    );
  });

  it('one known column is fine (the profile may fill the rest)', async () => {
    const r = await compare('pay\nmatch\n');
    expect(r.stderr).toContain('field "employment"');
    expect(r.stderr).not.toContain('one column');
  });

  it('blank rows, ",,,," at the end of an export and whitespace-only lines are skipped and counted, never errors', async () => {
    const text = 'company,employment,skills,pay\nAcme,employed,strong,match\n\n   \nBeta,employed,none,below\n,,,\n,,,,\n';
    const r = await compare(text);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/\n2 opportunities: 1 take, 1 pass; 4 blank rows skipped\.\n$/);
  });
});

describe('rows that stop early', () => {
  it('a row with fewer cells than the header (exports drop trailing blanks) reads the missing cells as blank', async () => {
    const r = await compare('company,employment,skills,pay,massPitch,wouldTake,notes\nA,employed,strong,match\n', { json: true });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const [result] = JSON.parse(r.stdout) as Array<{ answers: { company: string; wouldTake: string } }>;
    expect(result!.answers).toMatchObject({ company: 'A', wouldTake: 'maybe' });
  });
});

describe('signs of life', () => {
  const sheet = `employment,skills,pay\n${'employed,strong,match\n'.repeat(50)}`;

  it('on a terminal stderr, a run longer than the threshold shows a count, redrawn and cleared at the end', async () => {
    let t = 0;
    const now = () => (t += 100); // each look at the clock is 100 ms later
    const r = await compare(sheet, { json: true }, { stderrTTY: true }, { now, progressAfterMs: 500 });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^\r\x1b\[K\d+ records read, [\d,]+ records\/s/);
    expect(r.stderr.match(/records read/g)!.length).toBeGreaterThan(3);
    expect(r.stderr.endsWith('\r\x1b[K')).toBe(true);
    expect(JSON.parse(r.stdout)).toHaveLength(50);
  });

  it('the count keeps its terminal controls through the cleaned stderr every command writes to', async () => {
    const fake = fakeIO({ stderrTTY: true });
    let t = 0;
    const code = await runCompare(
      { file: 'offers.csv', json: true, profile: false, colour: false },
      {
        io: { ...fake, stderr: messageStream(fake.stderr) },
        profileStore: () => ({}) as ProfileStore,
        open: async function* () {
          yield sheet;
        },
        progressClock: () => (t += 100),
        progressAfterMs: 500,
      },
    );
    expect(code).toBe(0);
    expect(fake.err()).toMatch(/^\r\x1b\[K\d+ records read/);
    expect(fake.err().endsWith('\r\x1b[K')).toBe(true);
  });

  it('nothing is shown on a quick run, and never when stderr is not a terminal', async () => {
    let t = 0;
    const now = () => (t += 100);
    expect((await compare(sheet, {}, { stderrTTY: true }, { progressAfterMs: 60_000 })).stderr).toBe('');
    expect((await compare(sheet, {}, { stderrTTY: false }, { now, progressAfterMs: 0 })).stderr).toBe('');
  });

  it('a warning is written on a clean line, not over the count', async () => {
    let t = 0;
    const now = () => (t += 1000);
    const r = await compare(
      'employment,skills,pay\nemployed,strong,match\nemployed,strong\n',
      {},
      { stderrTTY: true },
      { now, progressAfterMs: 0 },
    );
    expect(r.stderr).toContain('records/s\r\x1b[Kerror: record 2 (line 3)');
  });

  it('compare - on a terminal says it is reading standard input and how to end', async () => {
    const r = await compare('{"employment":"employed","skills":"strong","pay":"match"}\n', { file: '-' }, { stdinTTY: true });
    expect(r.stderr).toBe(
      'Reading opportunities from standard input: paste or type them, then press Ctrl-D on a line of its own to end.\n',
    );
    const piped = await compare('{"employment":"employed","skills":"strong","pay":"match"}\n', { file: '-' }, { stdinTTY: false });
    expect(piped.stderr).toBe('');
  });
});

describe('--limit and --quiet', () => {
  const text =
    'company,employment,skills,pay\nA,employed,none,below\nB,employed,strong,match\nC,employed,partial,above\nD,unemployed,strong,match\nE,employed,strong,\n';

  it('--limit N prints exactly the first N lines of a full run; the summary and the exit code count every record', async () => {
    const full = await compare(text);
    const two = await compare(text, { limit: 2 });
    const fullLines = full.stdout.split('\n');
    const twoLines = two.stdout.split('\n');
    expect(twoLines.slice(0, 3)).toEqual(fullLines.slice(0, 3));
    expect(twoLines).toHaveLength(5); // header, 2 rows, summary, ''
    // the same counts, saying that only the best two are shown
    expect(fullLines.at(-2)).toBe('4 opportunities: 3 takes, 1 pass.');
    expect(twoLines[3]).toBe('4 opportunities: 3 takes, 1 pass; the best 2 shown.');
    // a limit above the count says nothing more
    expect((await compare(text, { limit: 10 })).stdout).toBe(full.stdout);
    expect(two.code).toBe(2);
    expect(two.stderr).toBe(full.stderr);
    const json = JSON.parse((await compare(text, { json: true })).stdout);
    expect(JSON.parse((await compare(text, { json: true, limit: 2 })).stdout)).toEqual(json.slice(0, 2));
  });

  it('--limit and --quiet on the command line; -q prints nothing, the exit code says', () => {
    const path = file('offers.csv', text);
    const limited = runCli(['compare', path, '--limit', '1', '--no-profile']);
    expect(limited.stdout.split('\n')).toHaveLength(4);
    expect(limited.code).toBe(2);
    expect(runCli(['compare', path, '--limit', '0']).code).toBe(2);
    expect(runCli(['compare', path, '--limit', 'abc']).stderr).toMatch(/--limit/);
    for (const flag of ['-q', '--quiet']) {
      const quiet = runCli(['compare', path, flag, '--no-profile']);
      expect([quiet.code, quiet.stdout, quiet.stderr]).toEqual([2, '', '']);
    }
    const good = file('good.csv', 'employment,skills,pay\nemployed,strong,match\n');
    expect(runCli(['compare', good, '-q', '--no-profile'])).toMatchObject({ code: 0, stdout: '', stderr: '' });
    const r = spawnSync(process.execPath, [BIN, 'compare', '-', '--quiet', '--no-profile'], {
      input: 'employment,skills,pay\nemployed,none,below\n',
      env: cleanEnv(),
      encoding: 'utf8',
    });
    expect([r.status, r.stdout, r.stderr]).toEqual([1, '', '']);
  });
});
