// Choices on the command line as people type them (issue 11): any case and
// spaces around give the canonical value, on the fast path and through
// commander alike; a wrong value is still a usage error naming the flag and
// listing the choices.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fastParse } from '../../src/cli/fast-parse.js';
import { collectConcerns, parseChoice } from '../../src/cli/flags.js';
import { toEvaluateOptions } from '../../src/cli/commands/evaluate.js';
import { PAY } from '../../src/core/answers.js';
import { viaCommander } from '../helpers/commander.js';
import { runCli } from '../helpers/cli.js';

const typed = [
  '--employed',
  '--skills',
  ' STRONG ',
  '--pay',
  'Above',
  '--would-take',
  'Yes',
  '--ready',
  'Open',
  '--concern',
  'Reviews,NO-TIME',
];
const canonical = {
  employment: 'employed',
  ready: 'open',
  skills: 'strong',
  pay: 'above',
  wouldTake: 'yes',
  concerns: ['reviews', 'no-time'],
};

describe('choice flags as typed', () => {
  it('the fast path gives the canonical values', () => {
    expect(toEvaluateOptions(fastParse(typed)!).answers).toEqual(canonical);
  });

  it('commander gives the same', async () => {
    const { calls, error } = await viaCommander(typed);
    expect(error).toBeUndefined();
    expect(calls[0]![0]).toBe('');
    expect(toEvaluateOptions(calls[0]![2]).answers).toEqual(canonical);
  });

  it('inline values and concern lists too, from both', async () => {
    const argv = ['--skills=Partial', '--pay=NEAR', '--concern', ' None ', '--concern', 'Unsure', '--unemployed'];
    const expected = { employment: 'unemployed', skills: 'partial', pay: 'near', concerns: ['unsure'] };
    expect(toEvaluateOptions(fastParse(argv)!).answers).toEqual(expected);
    const { calls } = await viaCommander(argv);
    expect(toEvaluateOptions(calls[0]![2]).answers).toEqual(expected);
  });

  const wrong: Array<[string[], string, string]> = [
    [['--pay', 'Lots'], "option '--pay <fit>' argument 'Lots' is invalid.", 'Allowed choices are above, match, near, below, unknown.'],
    [['--skills', 'STRONGER'], "option '--skills <fit>' argument 'STRONGER' is invalid.", 'Allowed choices are strong, partial, none.'],
    [['--would-take', 'Sure'], "option '--would-take <answer>' argument 'Sure' is invalid.", 'Allowed choices are yes, maybe, no.'],
    [['--ready', 'Maybe'], "option '--ready <answer>' argument 'Maybe' is invalid.", 'Allowed choices are yes, open, no.'],
    [['--ready', ''], "option '--ready <answer>' argument '' is invalid.", 'Allowed choices are yes, open, no.'],
    [
      ['--concern', 'Reviews,Boredom'],
      "option '--concern <list>' argument 'Reviews,Boredom' is invalid.",
      'Unknown concern "Boredom". Allowed concerns are',
    ],
  ];
  for (const [argv, named, listed] of wrong) {
    it(`refuses ${JSON.stringify(argv)}, naming the flag and the choices`, async () => {
      expect(fastParse(argv)).toBeUndefined();
      const { error, err, calls } = await viaCommander(argv);
      expect(calls).toEqual([]);
      expect(error?.code).toBe('commander.invalidArgument');
      expect(err).toContain(`error: ${named} ${listed}`);
    });
  }

  it('parseChoice and collectConcerns give canonical values and refuse the rest', () => {
    expect(parseChoice(' Below ', PAY)).toBe('below');
    expect(() => parseChoice('Lower', PAY)).toThrow('Allowed choices are above, match, near, below, unknown.');
    expect(collectConcerns('Hearsay, NO-MOOD', ['reviews'])).toEqual(['reviews', 'hearsay', 'no-mood']);
    expect(collectConcerns('NONE', ['unsure'])).toEqual(['unsure']);
    expect(() => collectConcerns('none,reviews', undefined)).toThrow('"none" cannot be listed with concerns: give --concern none alone');
  });

  it('--help still lists the choices', async () => {
    const out = (await viaCommander(['--help'])).out.replace(/\s+/g, ' ');
    expect(out).toContain('above | match | near | below | unknown');
    expect(out).toContain('strong | partial | none');
    const outcome = await viaCommander(['history', 'outcome', '--help']);
    expect(outcome.out).toContain('interviewed | offer | declined | no-reply');
  });
});

describe('subcommands take choices as typed', () => {
  it('profile set --ready Open', async () => {
    const { calls, error } = await viaCommander(['profile', 'set', '--ready', ' Open ', '--employed']);
    expect(error).toBeUndefined();
    expect(calls).toEqual([['profile set', [], { employment: 'employed', ready: 'open' }]]);
  });

  it('profile set --ready Maybe is refused, naming the flag', async () => {
    const { error, err } = await viaCommander(['profile', 'set', '--ready', 'Maybe']);
    expect(error?.code).toBe('commander.invalidArgument');
    expect(err).toContain("error: option '--ready <answer>' argument 'Maybe' is invalid. Allowed choices are yes, open, no.");
  });

  it('history outcome <id> Offer', async () => {
    const { calls } = await viaCommander(['history', 'outcome', 'abc', 'Offer']);
    expect(calls).toEqual([['history outcome', ['abc', 'offer'], {}]]);
    const bad = await viaCommander(['history', 'outcome', 'abc', 'Hired']);
    expect(bad.error?.code).toBe('commander.invalidArgument');
    expect(bad.err).toContain(
      "error: command-argument value 'Hired' is invalid for argument 'outcome'. Allowed choices are interviewed, offer, declined, no-reply.",
    );
  });

  it('compare --format CSV', async () => {
    const { calls } = await viaCommander(['compare', 'x', '--format', 'CSV']);
    expect(calls).toEqual([['compare', ['x'], { format: 'csv' }]]);
  });
});

describe('the built command', () => {
  let home: string;
  beforeEach(() => {
    home = mkdtempSync(join(tmpdir(), 'sii-typed-'));
  });
  afterEach(() => rmSync(home, { recursive: true, force: true }));

  it('evaluates mixed-case flags and reports the canonical values', () => {
    const r = runCli([...typed, '--json']);
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout).answers).toMatchObject(canonical);
  });

  it('gives a wrong value exit 2 with the flag named, through commander', () => {
    const r = runCli(['--employed', '--skills', 'Strong', '--pay', 'Lots']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("option '--pay <fit>' argument 'Lots' is invalid. Allowed choices are above, match, near, below, unknown.");
  });

  it('profile set --ready Open saves "open"', () => {
    const configDir = join(home, 'cfg');
    const r = runCli(['profile', 'set', '--unemployed', '--ready', 'Open'], { env: { SHOULD_I_INTERVIEW_CONFIG_DIR: configDir } });
    expect(r.code).toBe(0);
    expect(JSON.parse(readFileSync(join(configDir, 'config.json'), 'utf8'))).toEqual({ employment: 'unemployed', ready: 'open' });
  });

  it('compare reads cells in any case', () => {
    const file = join(home, 'offers.csv');
    writeFileSync(
      file,
      'company,employment,skills,pay,would-take,concerns\nAcme,Employed,Strong,Above,Yes,Reviews\nBeta, EMPLOYED ,None,Below,No,\n',
    );
    const r = runCli(['compare', file, '--json']);
    expect(r.stderr).toBe('');
    const results = JSON.parse(r.stdout) as Array<{ answers: Record<string, unknown> }>;
    expect(results.map((x) => x.answers)).toEqual([
      expect.objectContaining({
        company: 'Acme',
        employment: 'employed',
        skills: 'strong',
        pay: 'above',
        wouldTake: 'yes',
        concerns: ['reviews'],
      }),
      expect.objectContaining({ company: 'Beta', employment: 'employed', skills: 'none', pay: 'below', wouldTake: 'no', concerns: [] }),
    ]);
  });
});
