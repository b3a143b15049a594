// `should-i-interview compare`, spawned, with JSON, NDJSON and CSV fixtures.
import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BIN, ESC, STACK_LINE, cleanEnv, runCli } from '../../helpers/cli.js';

const fixture = (name: string) => fileURLToPath(new URL(`../../fixtures/${name}`, import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'sii-compare-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function withStdin(args: string[], input: string, env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], { input, env: cleanEnv(env), encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('compare', () => {
  it('ranks a JSON array by score in an aligned table', () => {
    const r = runCli(['compare', fixture('opportunities.json')]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(
      [
        'RANK  VERDICT  SCORE  COMPANY                   ROLE        WHY',
        '   1  take        90  Delta                     Manager     in your wheelhouse',
        '   2  take        80  Acme                      Sales lead  in your wheelhouse',
        '   3  take        70  Beta, "the" [brackets...  Rep         pay may be better',
        '   4  pass        15  Gamma Insurance           Agent       outside your wheelhouse',
        '4 opportunities: 3 takes, 1 pass.',
        '',
      ].join('\n'),
    );
  });

  it("--json prints the ranked results, each exactly evaluate()'s, with its place in the file", async () => {
    const { evaluate } = await import('../../../src/core/rules.js');
    const r = runCli(['compare', fixture('opportunities.csv'), '--json']);
    expect(r.code).toBe(0);
    const results = JSON.parse(r.stdout) as Array<Record<string, unknown> & { index: number; line: number; score: number }>;
    expect(results.map((x) => [x.index, x.line, x.score])).toEqual([
      [1, 2, 90],
      [2, 4, 70],
      [3, 5, 15],
    ]);
    const { index, line, labels, ...first } = results[0]!;
    void index;
    void line;
    // The record's notes column is carried beside the result, not in it.
    expect(labels).toEqual({ notes: 'has a comma, and "quotes"' });
    expect(results[1]!.labels).toBeUndefined();
    expect(first).toEqual(
      evaluate({
        employment: 'employed',
        skills: 'strong',
        pay: 'match',
        massPitch: false,
        wouldTake: 'yes',
        concerns: ['reviews', 'no-time'],
        company: 'Acme, Inc.',
        role: 'Sales lead',
      }),
    );
  });

  it('reads NDJSON, reports each bad record with its place and field, evaluates the rest, and exits 2', () => {
    const r = runCli(['compare', fixture('opportunities.ndjson')]);
    expect(r.code).toBe(2);
    // The fixture's blank line is skipped and counted, never an error.
    expect(r.stdout).toContain('3 opportunities: 2 takes, 1 pass; 1 blank row skipped.');
    expect(r.stderr).toBe(
      [
        'error: record 3 (line 4): not valid JSON (Unexpected end of JSON input)',
        'error: record 5 (line 6), field "pay": Invalid answer "pay": "great" is not one of above, match, near, below, unknown.',
        'error: record 6 (line 7), field "skills": Missing answer "skills": expected one of strong, partial, none.',
        '3 records could not be used (see above).',
        '',
      ].join('\n'),
    );
    expect(r.stderr).not.toMatch(STACK_LINE);
  });

  it('reads stdin with "-", detecting the format', () => {
    const csv = withStdin(['compare', '-'], 'skills,pay,employment\nnone,above,employed\n');
    expect(csv.code).toBe(1); // no take
    expect(csv.stdout).toContain('1 opportunity: 0 takes, 1 pass.');
    const ndjson = withStdin(['compare', '-', '--json'], '{"employment":"unemployed","skills":"strong","pay":"unknown"}\n');
    expect(JSON.parse(ndjson.stdout)[0].verdict).toBe('take');
    const empty = withStdin(['compare', '-'], '');
    expect(empty).toMatchObject({ code: 1, stdout: 'No opportunities to compare.\n' });
    expect(withStdin(['compare', '-', '--json'], '').stdout).toBe('[]\n');
  });

  it('fills what records leave out from the saved profile, unless --no-profile', () => {
    const dir = join(work, 'profile');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'config.json'), JSON.stringify({ employment: 'unemployed', target: 100000 }));
    const input = '[{"skills":"strong","offered":"115k"}]';
    const r = withStdin(['compare', '-', '--json'], input, { SHOULD_I_INTERVIEW_CONFIG_DIR: dir });
    expect(JSON.parse(r.stdout)[0].answers).toMatchObject({ employment: 'unemployed', pay: 'above' });
    const without = withStdin(['compare', '-', '--no-profile'], input, { SHOULD_I_INTERVIEW_CONFIG_DIR: dir });
    expect(without.code).toBe(2);
    expect(without.stderr).toContain('field "employment"');
  });

  it('prints labels from files without control characters or escape sequences, cut to width', () => {
    const hostile = JSON.stringify([
      { employment: 'employed', skills: 'strong', pay: 'match', company: '\u001b]0;owned\u0007Evil\u001b[2J Corp', role: 'x'.repeat(60) },
    ]);
    const r = withStdin(['compare', '-'], hostile, { FORCE_COLOR: '0' });
    expect(r.stdout).not.toMatch(ESC);
    expect(r.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    expect(r.stdout).toContain('Evil Corp');
    expect(r.stdout).toContain(`${'x'.repeat(21)}...`);
  });

  it('error messages quoting a bad line are cleaned too', () => {
    const r = withStdin(['compare', '-', '--format', 'ndjson'], '\u001b[31mRED\u001b]0;pwn\u0007\n');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('not valid JSON');
    expect(r.stderr).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
  });

  it('a stray quote in a CSV field does not lose the rows after it', () => {
    const r = withStdin(
      ['compare', '-'],
      'employment,skills,pay,company\nemployed,strong,match,"x"y\nemployed,strong,match,ok\nunemployed,partial,unknown,"q, r"\n',
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('3 opportunities: 3 takes, 0 passes.');
  });

  it('a file that cannot be read is a usage error', () => {
    const r = runCli(['compare', join(work, 'missing.csv')]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/cannot read .*missing\.csv/);
    expect(r.stderr).toContain("Run 'should-i-interview compare --help'");
  });

  it('--format is checked, and overrides the name', () => {
    expect(runCli(['compare', '-', '--format', 'xml']).stderr).toContain("argument 'xml' is invalid");
    const file = join(work, 'data.txt');
    writeFileSync(file, '{"employment":"employed","skills":"strong","pay":"match"}\n');
    expect(runCli(['compare', file, '--format', 'ndjson']).code).toBe(0);
  });

  it('streams a large file in bounded memory', () => {
    // 20,000 results as JSON are about 60 MB; a 32 MB heap only holds them if they stream.
    const file = join(work, 'large.ndjson');
    const lines: string[] = [];
    for (let i = 0; i < 20000; i++) {
      lines.push(
        JSON.stringify({
          employment: i % 2 ? 'employed' : 'unemployed',
          skills: ['strong', 'partial', 'none'][i % 3],
          pay: 'unknown',
          company: `Co ${i}`,
        }),
      );
    }
    writeFileSync(file, `${lines.join('\n')}\n`);
    const r = spawnSync(process.execPath, ['--max-old-space-size=32', BIN, 'compare', file, '--json'], {
      env: cleanEnv(),
      maxBuffer: 256 * 1024 * 1024,
      encoding: 'utf8',
    });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const results = JSON.parse(r.stdout) as Array<{ score: number }>;
    expect(results).toHaveLength(20000);
    for (let i = 1; i < results.length; i++) expect(results[i - 1]!.score).toBeGreaterThanOrEqual(results[i]!.score);
  }, 30_000);
});
