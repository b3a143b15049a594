// --message and compare's message column, through the built command: the
// findings fill what the flags leave open, the report opens with them, the
// JSON carries them, and bad input is a clear error, never a stack trace.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BIN, cleanEnv, ROOT, runCli } from '../../helpers/cli.js';

let dir: string;
let env: Record<string, string>;
const file = (name: string, content: string | Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

const PERSONAL = `Subject: Senior Backend Engineer at Northwind Robotics

Hi Sam,

I lead the platform team at Northwind Robotics and enjoyed your post on
backpressure in queue consumers. We are hiring a Senior Backend Engineer.
The base salary is $140,000 - $160,000, plus our 401(k) match and a $2,000
learning stipend. We raised a $40M Series B last spring.

Would you have 20 minutes next week?
Dana
`;

const BULK = `Subject: Make $100k+ your first year!!

Hi {{first_name}},

Our agency is expanding FAST. Make $100k+ your first year selling life
insurance. No experience needed! Positions are filling fast, ACT NOW.

Reply STOP to opt out.
`;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'sii-message-'));
  env = { SHOULD_I_INTERVIEW_CONFIG_DIR: join(dir, 'config'), XDG_STATE_HOME: join(dir, 'state') };
  file('personal.txt', PERSONAL);
  file('bulk.txt', BULK);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const cli = (args: string[]) => runCli(args, { env });
const ANSWERS = ['--employed', '--skills', 'strong', '--target', '150k', '--no-input'];

describe('--message', () => {
  it('opens the report with what the message says, each with its words, and uses it', () => {
    const r = cli([...ANSWERS, '--message', join(dir, 'personal.txt')]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('From the message:');
    expect(r.stdout).toContain('Pay: $140,000–$160,000 a year, from "');
    expect(r.stdout).toContain('Company: Northwind Robotics');
    expect(r.stdout).toContain('Role: Senior Backend Engineer');
    expect(r.stdout).toContain('These are signs, not proof.');
    // the figure was compared with the target: the report speaks of it
    expect(r.stdout).toMatch(/\$140,000-\$160,000/);
  });

  it('gives the findings in the JSON, schema 4, and fills the answers the flags left open', () => {
    const r = cli([...ANSWERS, '--message', join(dir, 'personal.txt'), '--json']);
    const result = JSON.parse(r.stdout);
    expect(result.schemaVersion).toBe(4);
    expect(result.message.pay).toMatchObject({ min: 140000, max: 160000, period: 'year', currency: 'USD', ote: false, openTop: false });
    expect(result.message.pay.text).toContain('$140,000 - $160,000');
    expect(result.message.company).toBe('Northwind Robotics');
    expect(result.answers.company).toBe('Northwind Robotics');
    expect(result.answers.payFigures).toMatchObject({ offered: { min: 140000, max: 160000 }, target: 150000 });
    expect(result.message.massPitch).toBe(false);
    expect(result.answers.massPitch).toBe(false);
    for (const signal of result.message.signals)
      expect(PERSONAL.replace(/\s+/g, ' ')).toContain(signal.quote.replace(/\s+/g, ' ').replace(/^…|…$/g, ''));
  });

  it('flags win over the message, and the report says so', () => {
    const r = cli([...ANSWERS, '--message', join(dir, 'personal.txt'), '--company', 'Acme', '--pay', 'below']);
    expect(r.stdout).toContain('Company: Northwind Robotics (your flag is used instead)');
    expect(r.stdout).toContain('(your flag is used instead)');
    const json = JSON.parse(
      cli([...ANSWERS, '--message', join(dir, 'personal.txt'), '--company', 'Acme', '--pay', 'below', '--json']).stdout,
    );
    expect(json.answers.company).toBe('Acme');
    expect(json.answers.pay).toBe('below');
    expect(json.message.company).toBe('Northwind Robotics');
  });

  it('a mass pitch is flagged from its signs, and a hype figure is not taken for more than it says', () => {
    const json = JSON.parse(cli([...ANSWERS, '--message', join(dir, 'bulk.txt'), '--json']).stdout);
    expect(json.message.massPitch).toBe(true);
    expect(json.answers.massPitch).toBe(true);
    expect(json.message.signals.filter((s: { kind: string }) => s.kind === 'mass').length).toBeGreaterThan(1);
  });

  it('a message that states no pay leaves the pay to be given: off a terminal, a missing answer', () => {
    const path = file(
      'no-pay.txt',
      'Hi Sam, I lead data at Quillfeather Labs. Competitive salary, DOE. Fancy a chat about our Staff Data Engineer role?\n',
    );
    const r = cli(['--employed', '--skills', 'strong', '--no-input', '--message', path]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('missing answer: --pay');
    const json = JSON.parse(cli(['--employed', '--skills', 'strong', '--pay', 'unknown', '--message', path, '--json']).stdout);
    expect(json.message.pay).toBeNull();
  });

  it('a pay in a currency the comparison does not take is reported, not used', () => {
    const path = file('sek.txt', 'Hej Sam! Fjällvind AB is hiring a Backend Engineer in Stockholm, SEK 55 000 per month.\n');
    const r = cli(['--employed', '--skills', 'strong', '--pay', 'match', '--message', path]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Pay: SEK 55,000 a month/);
    const json = JSON.parse(cli(['--employed', '--skills', 'strong', '--pay', 'unknown', '--message', path, '--json']).stdout);
    expect(json.message.pay).toMatchObject({ min: 55000, period: 'month', currency: 'SEK' });
    expect(json.answers.pay).toBe('unknown');
  });

  it('reads standard input with --message -', () => {
    const r = spawnSync(process.execPath, [BIN, ...ANSWERS, '--message', '-', '--json'], {
      env: cleanEnv(env),
      input: PERSONAL,
      encoding: 'utf8',
    });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).message.company).toBe('Northwind Robotics');
  });

  it('keeps nothing of the message in the history or the profile', () => {
    const r = cli([...ANSWERS, '--message', join(dir, 'personal.txt'), '--save', '--quiet']);
    expect(r.code).toBe(0);
    // every file the run could have written: the profile's folder and the state folder
    const saved = [join(dir, 'config'), join(dir, 'state')]
      .flatMap((folder) => (existsSync(folder) ? readdirSync(folder, { recursive: true, withFileTypes: true }) : []))
      .filter((e) => e.isFile())
      .map((e) => readFileSync(join(e.parentPath, e.name), 'utf8'))
      .join('\n');
    expect(saved).toContain('Northwind Robotics'); // the company, as an answer
    expect(saved).not.toContain('backpressure');
    expect(saved).not.toContain('401(k)');
    expect(saved).not.toContain('"message"');
  });

  const bad: Array<[string, () => string, RegExp]> = [
    ['a file that is not there', () => join(dir, 'nope.txt'), /--message .*nope\.txt: cannot read it: it does not exist\./],
    ['an empty message', () => file('empty.txt', '  \n\n'), /empty/i],
    [
      'a binary file',
      () => file('binary.bin', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3, 0, 0, 0, 4])),
      /binary|not text/i,
    ],
    ['a file over 1 MB', () => file('huge.txt', 'a'.repeat(1024 * 1024 + 10)), /1 MB|MiB|too (big|large|long)/i],
    [
      'a mail with only attachments',
      () =>
        file(
          'attachments.eml',
          [
            'From: a@example.com',
            'To: b@example.com',
            'Subject: CV',
            'MIME-Version: 1.0',
            'Content-Type: multipart/mixed; boundary="b1"',
            '',
            '--b1',
            'Content-Type: application/pdf; name="cv.pdf"',
            'Content-Disposition: attachment; filename="cv.pdf"',
            'Content-Transfer-Encoding: base64',
            '',
            'JVBERi0xLjQKJcOkw7zDtsOfCjIgMCBvYmoK',
            '--b1--',
            '',
          ].join('\r\n'),
        ),
      /attachment/i,
    ],
  ];
  for (const [name, make, message] of bad) {
    it(`${name}: exit 2, a message naming --message, no stack trace`, () => {
      const r = cli([...ANSWERS, '--pay', 'match', '--message', make()]);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/^error: /);
      expect(r.stderr).toMatch(message);
      expect(r.stderr).not.toMatch(/^\s+at /m);
    });
  }

  it('undecodable bytes: a warning, and the text read with replacement characters', () => {
    const path = file(
      'latin.txt',
      Buffer.concat([Buffer.from('Hi Sam, Quillfeather Labs pays '), Buffer.from([0x81, 0x8d, 0x8f]), Buffer.from(' $120k base.\n')]),
    );
    const r = cli([...ANSWERS, '--message', path, '--json']);
    expect(r.code).toBeLessThan(2);
    expect(r.stderr).toMatch(/^warning: --message .*latin\.txt: /m);
  });
});

describe("compare's message column", () => {
  it("reads each record's message, relative to the records file, filling what the record leaves blank", () => {
    const sub = join(dir, 'sheet');
    mkdirSync(join(sub, 'messages'), { recursive: true });
    writeFileSync(join(sub, 'messages', 'northwind.txt'), PERSONAL);
    writeFileSync(join(sub, 'messages', 'bulk.txt'), BULK);
    writeFileSync(
      join(sub, 'offers.csv'),
      'employment,skills,target,message,company\nemployed,strong,150k,messages/northwind.txt,\nemployed,partial,150k,messages/bulk.txt,Own label\n',
    );
    const r = runCli(['compare', join(sub, 'offers.csv'), '--json', '--no-profile'], { env });
    expect(r.stderr).toBe('');
    const results = JSON.parse(r.stdout);
    const northwind = results.find((x: { labels: { message: string } }) => x.labels.message === 'messages/northwind.txt');
    expect(northwind.answers.company).toBe('Northwind Robotics');
    expect(northwind.message.pay).toMatchObject({ min: 140000, max: 160000 });
    const bulk = results.find((x: { labels: { message: string } }) => x.labels.message === 'messages/bulk.txt');
    // the record's own cell wins over the message
    expect(bulk.answers.company).toBe('Own label');
    expect(bulk.answers.massPitch).toBe(true);
  });

  it('a message file that cannot be read makes that record a bad one, named', () => {
    const path = file('missing-message.csv', 'employment,skills,pay,message\nemployed,strong,match,nowhere.txt\nemployed,strong,match,\n');
    const r = runCli(['compare', path, '--no-profile'], { env });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('field "message": cannot read nowhere.txt: it does not exist');
    expect(r.stdout).toContain('1 opportunity: 1 take');
  });
});

describe('every mail in the corpus, through the built command', () => {
  // The bundle loads the MIME parser from its vendor file, not from
  // node_modules as the unit tests do: the same findings must come out.
  // One `compare` run reads them all (a process each took ~20 s).
  const corpus = join(ROOT, 'test', 'fixtures', 'messages');
  const mails = readdirSync(corpus).filter((name) => name.endsWith('.eml'));
  let records: Array<{ index: number; message: { pay: unknown } }> = [];
  let stderr = '';
  beforeAll(() => {
    const path = file(
      'corpus-mails.csv',
      ['skills,pay,message', ...mails.map((name) => `strong,unknown,${join(corpus, name)}`)].join('\n'),
    );
    const r = runCli(['compare', path, '--employed', '--json', '--no-profile'], { env });
    stderr = r.stderr;
    records = JSON.parse(r.stdout);
  });

  it('reads every one without an error', () => {
    expect(stderr).toBe('');
    // compare lists them best first: each is found by its record number.
    expect(records.map((record) => record.index).sort((a, b) => a - b)).toEqual(mails.map((_, i) => i + 1));
  });

  it.each(mails.map((name, i) => [name, i] as const))('%s', (name, i) => {
    const expected = JSON.parse(readFileSync(join(corpus, name.replace(/\.eml$/, '.expected.json')), 'utf8'));
    const { pay } = records.find((record) => record.index === i + 1)!.message;
    if (expected.pay === null) expect(pay).toBeNull();
    else expect(pay).toMatchObject(expected.pay);
  });
});
