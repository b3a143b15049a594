// The command as a user or a script runs it: its output, exit codes and
// errors (in this process), and the built command as a process (spawned).
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { evaluate, type Verdict } from '../../src/core/rules.js';
import type { AnswersInput } from '../../src/core/answers.js';
import { GENERAL_PAYOFFS } from '../../src/core/reasons.js';
import { BIN, ESC, ROOT, STACK_LINE, cleanEnv, runCli, runCliWithOpenStdin, runPty } from '../helpers/cli.js';
import { runInProcess } from '../helpers/in-process.js';

/**
 * What the command says and its exit code, run in this process (helpers/in-process.ts):
 * most tests here are about that. What the built command does as a process
 * (the bundle, its launcher, pipes, terminals, what each path loads) is
 * checked by the spawned runs, in 'process behaviour' below and wherever a
 * test needs a real terminal or stdin.
 */
const cli = runInProcess;

const TAKE = ['--employed', '--skills', 'strong', '--pay', 'match'];
const PASS = ['--employed', '--skills', 'none', '--pay', 'above', '--mass-pitch'];
/** A pass with something in its favour: the fit is strong, the pay a little short, and there is a job already. */
const PASS_WITH_FAVOUR = ['--employed', '--skills', 'strong', '--offered', '80k-85k', '--target', '100k'];

/** What --json says for the same flags: the text report is checked against it, not against pinned wording. */
const jsonFor = async (args: string[]) => JSON.parse((await cli([...args, '--json'])).stdout) as Verdict;
/** Whitespace-insensitive, so wrapped report lines can be searched for a sentence. */
const flat = (text: string) => text.replace(/\s+/g, ' ');

describe('--json', () => {
  const cases: Array<[string[], AnswersInput]> = [
    [TAKE, { employment: 'employed', skills: 'strong', pay: 'match' }],
    [
      [
        '--unemployed',
        '--skills',
        'partial',
        '--pay',
        'unknown',
        '--concern',
        'reviews,no-time',
        '--concern',
        'unsure',
        '--company',
        'Acme',
        '--role',
        'Rep',
      ],
      {
        employment: 'unemployed',
        skills: 'partial',
        pay: 'unknown',
        concerns: ['reviews', 'no-time', 'unsure'],
        company: 'Acme',
        role: 'Rep',
      },
    ],
    [
      ['--employed', '--ready', 'no', '--skills', 'strong', '--pay', 'above', '--would-take', 'yes'],
      { employment: 'employed', ready: 'no', skills: 'strong', pay: 'above', wouldTake: 'yes' },
    ],
    [PASS, { employment: 'employed', skills: 'none', pay: 'above', massPitch: true }],
    [
      ['--employed', '--skills', 'strong', '--pay', 'match', '--would-take', 'no'],
      { employment: 'employed', skills: 'strong', pay: 'match', wouldTake: 'no' },
    ],
  ];
  for (const [args, answers] of cases) {
    it(`prints exactly evaluate()'s result for ${args.join(' ')}`, async () => {
      const result = await cli([...args, '--json']);
      const expected = evaluate(answers);
      expect(JSON.parse(result.stdout)).toEqual(expected);
      expect(result.stdout).toBe(`${JSON.stringify(expected, null, 2)}\n`);
      expect(result.stderr).toBe('');
      expect(result.code).toBe(expected.verdict === 'take' ? 0 : 1);
    });
  }

  it('stays free of colour even when colour is forced', async () => {
    const result = await cli([...TAKE, '--json'], { env: { FORCE_COLOR: '3' } });
    expect(result.stdout).not.toMatch(ESC);
    expect(JSON.parse(result.stdout).verdict).toBe('take');
  });
});

describe('text output and exit codes', () => {
  it('a take: report on stdout, exit 0, nothing on stderr', async () => {
    const result = await cli(TAKE);
    const json = await jsonFor(TAKE);
    expect(result.code).toBe(0);
    expect(result.stdout.split('\n')[0]).toBe(json.headline);
    expect(json.headline).toMatch(/^Take the interview: \S/);
    expect(result.stdout).toContain(`Score: ${json.score}/100`);
    expect(result.stdout).toContain('Why go:');
    // On a take, the flips (or the note that nothing would flip it) are what to watch for.
    expect(result.stdout).toContain('What to watch for:');
    expect(result.stdout).not.toContain('What could change it:');
    expect(result.stderr).toBe('');
  });

  it('a pass: exit 1, a headline that names the reason, reasons against then in its favour, what could change it', async () => {
    const result = await cli(PASS);
    const json = await jsonFor(PASS);
    expect(result.code).toBe(1);
    expect(result.stdout.split('\n')[0]).toBe(json.headline);
    // Never a bare "Pass.": the headline says why.
    expect(json.headline).toMatch(/^Pass: \S.{8,}$/);
    expect(result.stdout).toContain('Why not:');
    expect(result.stdout).toContain('What could change it:');
    expect(result.stdout).not.toContain('What to watch for:');

    const favour = await cli(PASS_WITH_FAVOUR);
    expect(favour.code).toBe(1);
    expect((await jsonFor(PASS_WITH_FAVOUR)).reasons.some((r) => r.stance === 'for')).toBe(true);
    expect(favour.stdout.split('\n')[0]).toMatch(/^Pass: \S/);
    const whyNot = favour.stdout.indexOf('Why not:');
    const inFavour = favour.stdout.indexOf('In its favour:');
    expect(whyNot).toBeGreaterThan(0);
    expect(inFavour).toBeGreaterThan(whyNot);
    expect(favour.stdout).toContain('What could change it:');
  });

  it('--pay accepts every level, "near" included', async () => {
    const near = await cli(['--unemployed', '--skills', 'strong', '--pay', 'near', '--json']);
    expect(near.stderr).toBe('');
    expect(JSON.parse(near.stdout).answers.pay).toBe('near');
    for (const pay of ['above', 'match', 'near', 'below', 'unknown']) {
      expect((await cli(['--employed', '--skills', 'strong', '--pay', pay, '--quiet'])).code).not.toBe(2);
    }
  });

  it('--quiet prints nothing and keeps the exit code', async () => {
    expect(await cli([...TAKE, '--quiet'])).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(await cli([...PASS, '-q'])).toEqual({ code: 1, stdout: '', stderr: '' });
  });

  it('--help shows every flag and examples on stdout, exit 0', async () => {
    const result = await cli(['--help']);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    for (const flag of [
      '--employed',
      '--unemployed',
      '--ready',
      '--skills',
      '--pay',
      '--mass-pitch',
      '--would-take',
      '--concern',
      '--company',
      '--role',
      '--json',
      '--quiet',
      '--no-color',
      '--no-input',
      '--version',
    ]) {
      expect(result.stdout).toContain(flag);
    }
    expect(result.stdout).toContain('Examples:');
  });

  it("--help off a terminal (saved at build time) is exactly commander's help", async () => {
    const { run } = await import('../../src/cli/main.js');
    const { fakeIO } = await import('../helpers/fake-io.js');
    const io = fakeIO();
    expect(await run(['--help'], { io })).toBe(0);
    // The built command: help.txt is copied beside the bundle.
    expect(runCli(['--help']).stdout).toBe(io.out());
    expect(runCli(['-h']).stdout).toBe(io.out());
  });

  it('the fast path and commander give the same output', async () => {
    // `--` sends a valid command line through commander instead.
    for (const args of [
      TAKE,
      PASS,
      [...TAKE, '--json', '--concern', 'reviews', '--company', 'Acme'],
      [...PASS_WITH_FAVOUR, '--explain'],
      ['--unemployed', '--ready', 'no', '--skills', 'partial', '--pay', 'near'],
    ]) {
      const fast = await cli(args);
      const slow = await cli([...args, '--']);
      expect(slow).toEqual(fast);
    }
  });

  it('--version prints the package version, exit 0', async () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    // In this process the version is read from package.json; the build writes it into the bundle.
    expect(await cli(['--version'])).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: '' });
    expect(runCli(['--version'])).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: '' });
    expect(runCli(['-V']).stdout).toBe(`${pkg.version}\n`);
  });
});

describe('bad input: a clear message on stderr, exit 2, nothing on stdout, no stack trace', () => {
  const cases: Array<[string, string[], RegExp[]]> = [
    ['an unknown flag', [...TAKE, '--bogus'], [/unknown option '--bogus'/]],
    [
      'a value outside the choices',
      ['--employed', '--skills', 'strong', '--pay', 'great'],
      [/--pay/, /'great' is invalid/, /above, match, near, below, unknown/],
    ],
    ['a bad --ready', [...TAKE, '--ready', 'maybe'], [/--ready/, /yes, open, no/]],
    [
      '--employed with --unemployed',
      ['--employed', '--unemployed', '--skills', 'strong', '--pay', 'match'],
      [/'--employed' cannot be used with option '--unemployed'/],
    ],
    ['a flag missing its value', ['--employed', '--skills', 'strong', '--pay'], [/option '--pay <fit>' argument missing/]],
    [
      'an unknown concern',
      [...TAKE, '--concern', 'reviews,boredom'],
      [/--concern/, /Unknown concern "boredom"/, /reviews, hearsay, no-time, no-mood, unsure/],
    ],
    ['an empty concern', [...TAKE, '--concern', ','], [/--concern/, /Expected one or more of/]],
    [
      'every required answer missing',
      [],
      [
        /missing answers: --employed or --unemployed; --skills <strong\|partial\|none>; --pay <above\|match\|near\|below\|unknown> \(or --offered <pay> with --target <pay>\)\./,
      ],
    ],
    [
      'one required answer missing',
      ['--unemployed', '--skills', 'partial'],
      [/missing answer: --pay <above\|match\|near\|below\|unknown> \(or --offered <pay> with --target <pay>\)\./],
    ],
    [
      'an offer and a target in two currencies',
      ['--employed', '--skills', 'strong', '--offered', '€100k', '--target', '£120k'],
      [/--offered/, /--target/, /different currencies/],
    ],
    [
      'a figure that reads two ways',
      ['--employed', '--skills', 'strong', '--offered', '120.000', '--target', '100k'],
      [/--offered/, /could be read two ways/],
    ],
    ['a decimal comma', ['--employed', '--skills', 'strong', '--offered', '120,00', '--target', '100k'], [/--offered/, /decimal comma/]],
    [
      'a target that rounds to zero',
      ['--employed', '--skills', 'strong', '--offered', '100k', '--target', '0.4'],
      [/--target/, /rounds to zero/],
    ],
    ['a stray argument', [...TAKE, 'acme'], [/unknown command 'acme'/]],
    ['--json with --quiet', [...TAKE, '--json', '--quiet'], [/--json and --quiet cannot be used together/]],
  ];
  for (const [name, args, patterns] of cases) {
    it(name, async () => {
      const result = await cli(args);
      expect(result.code).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(/^error: /);
      for (const pattern of patterns) expect(result.stderr).toMatch(pattern);
      expect(result.stderr).toContain("Run 'should-i-interview --help' to see every flag.");
      expect(result.stderr).not.toMatch(STACK_LINE);
    });
  }

  it('never waits for input when answers are missing, even with stdin left open', async () => {
    const started = Date.now();
    const result = await runCliWithOpenStdin(['--employed']);
    expect(result.timedOut).toBe(false);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/missing answers: --skills/);
    expect(Date.now() - started).toBeLessThan(4000);
  });

  it('the same holds with --no-input on a real terminal', () => {
    const result = runPty(['--employed', '--no-input']);
    expect(result.timedOut).toBe(false);
    expect(result.exitCode).toBe(2);
    expect(result.output).toMatch(/missing answers: --skills/);
  });
});

describe('--explain', () => {
  /** The rows under "How the score adds up:", as [label, points]. */
  function scoreRows(report: string): Array<[string, number]> {
    const lines = report.split('\n');
    const start = lines.indexOf('How the score adds up:');
    expect(start).toBeGreaterThan(0);
    const rows: Array<[string, number]> = [];
    for (const line of lines.slice(start + 1)) {
      if (line.trim() === '') break;
      const match = /^ {2}(\S.*?) +([+-]?\d+)$/.exec(line);
      expect(match, `a score row: ${JSON.stringify(line)}`).not.toBeNull();
      rows.push([match![1]!, Number(match![2])]);
    }
    return rows;
  }

  const cases: Array<[string, string[]]> = [
    ['a take', TAKE],
    ['a pass with a veto', PASS],
    ['a pass on pay, from figures', PASS_WITH_FAVOUR],
    ['between jobs, pay near', ['--unemployed', '--skills', 'partial', '--pay', 'near', '--would-take', 'yes']],
    ["a pass you'd never take", ['--employed', '--skills', 'strong', '--pay', 'above', '--would-take', 'no']],
  ];
  for (const [name, args] of cases) {
    it(`${name}: one row per breakdown entry, and the points add up to the score`, async () => {
      const result = await cli([...args, '--explain']);
      const json = await jsonFor(args);
      expect(result.stderr).toBe('');
      expect(result.code).toBe(json.verdict === 'take' ? 0 : 1);
      const rows = scoreRows(result.stdout);
      expect(rows).toHaveLength(json.breakdown.length + 1);
      expect(rows.slice(0, -1).map(([, points]) => points)).toEqual(json.breakdown.map((entry) => entry.points));
      const [label, total] = rows.at(-1)!;
      expect(label).toBe('score');
      expect(total).toBe(json.score);
      expect(rows.slice(0, -1).reduce((sum, [, points]) => sum + points, 0)).toBe(json.score);
      // The same verdict and score as without --explain.
      expect(result.stdout).toContain(`Score: ${json.score}/100`);
      expect((await cli(args)).stdout).not.toContain('How the score adds up');
    });
  }

  it('shows the general payoffs of a take in full, which the report otherwise sums up in a line', async () => {
    const json = await jsonFor(TAKE);
    const payoffs = json.reasons.filter((r) => (GENERAL_PAYOFFS as readonly string[]).includes(r.id)).map((r) => r.text);
    expect(payoffs).toHaveLength(3);
    const explained = flat((await cli([...TAKE, '--explain'])).stdout);
    const plain = flat((await cli(TAKE)).stdout);
    for (const text of payoffs) {
      expect(explained).toContain(text);
      expect(plain).not.toContain(text);
    }
  });

  it('leaves --json as it is', async () => {
    expect(await cli([...TAKE, '--json', '--explain'])).toEqual(await cli([...TAKE, '--json']));
  });
});

describe('--ready between jobs', () => {
  const UNEMPLOYED = ['--unemployed', '--skills', 'strong', '--pay', 'match'];

  it('--ready no or open warns on stderr that it is ignored; stdout and the exit code are unchanged', async () => {
    const without = await cli(UNEMPLOYED);
    expect(without.stderr).toBe('');
    for (const ready of ['no', 'open']) {
      const warned = await cli([...UNEMPLOYED, '--ready', ready]);
      expect(warned.stderr).toMatch(new RegExp(`^warning: --ready ${ready}\\b.*\\n$`));
      expect(warned.stderr.split('\n')).toHaveLength(2); // one line
      expect(warned.stdout).toBe(without.stdout);
      expect(warned.code).toBe(without.code);
      const json = await cli([...UNEMPLOYED, '--ready', ready, '--json']);
      expect(json.stderr).toMatch(/^warning: --ready/);
      expect(JSON.parse(json.stdout)).toMatchObject({ verdict: JSON.parse((await cli([...UNEMPLOYED, '--json'])).stdout).verdict });
    }
  });

  it('says nothing with --ready yes, when employed, or with --quiet', async () => {
    expect((await cli([...UNEMPLOYED, '--ready', 'yes'])).stderr).toBe('');
    expect((await cli(['--employed', '--ready', 'no', '--skills', 'strong', '--pay', 'match'])).stderr).toBe('');
    expect(await cli([...UNEMPLOYED, '--ready', 'no', '--quiet'])).toEqual(await cli([...UNEMPLOYED, '--quiet']));
  });
});

describe('colour', () => {
  const coloured = async (env: Record<string, string>, extra: string[] = []) => ESC.test((await cli([...TAKE, ...extra], { env })).stdout);

  it('none in a pipe', async () => expect(await coloured({})).toBe(false));
  it('FORCE_COLOR colours a pipe', async () => expect(await coloured({ FORCE_COLOR: '1' })).toBe(true));
  it('--color colours a pipe', async () => expect(await coloured({}, ['--color'])).toBe(true));
  it('NO_COLOR wins over FORCE_COLOR', async () => expect(await coloured({ FORCE_COLOR: '1', NO_COLOR: '1' })).toBe(false));
  it('--no-color wins over FORCE_COLOR', async () => expect(await coloured({ FORCE_COLOR: '1' }, ['--no-color'])).toBe(false));

  describe('on a real terminal', () => {
    const onTerminal = (env: Record<string, string>, extra: string[] = []) => {
      // --no-input: on a terminal the optional answers would otherwise be asked
      const result = runPty([...TAKE, '--no-input', ...extra], { env });
      expect(result.exitCode).toBe(0);
      expect(result.output).toContain('Take the interview');
      return ESC.test(result.output);
    };
    it('colours by default', () => expect(onTerminal({})).toBe(true));
    it('NO_COLOR turns it off', () => expect(onTerminal({ NO_COLOR: '1' })).toBe(false));
    it('TERM=dumb turns it off', () => expect(onTerminal({ TERM: 'dumb' })).toBe(false));
    it('--no-color turns it off', () => expect(onTerminal({}, ['--no-color'])).toBe(false));
    it('wraps to the terminal width', () => {
      const result = runPty([...TAKE, '--no-input'], { cols: 60, env: { NO_COLOR: '1' } });
      const lines = result.output.split('\r\n');
      expect(Math.max(...lines.map((l) => l.length))).toBeLessThanOrEqual(60);
      expect(Math.max(...lines.map((l) => l.length))).toBeGreaterThan(50);
    });
  });
});

describe('untrusted labels', () => {
  const hostile = '\u001b]0;owned\u0007Ac\u001b[2Jme\u009b31m\r\nCorp\u202e';

  it('are printed without control characters or escape sequences', async () => {
    const result = await cli([...TAKE, '--company', hostile, '--role', 'Rep\u0007\u001b[5m']);
    expect(result.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e]/);
    expect(result.stdout.split('\n')[1]).toBe('Rep - Acme Corp');
  });

  it('are cleaned in JSON too', async () => {
    const result = await cli([...TAKE, '--company', hostile, '--json']);
    expect(JSON.parse(result.stdout).answers.company).toBe('Acme Corp');
  });
});

describe('process behaviour', () => {
  it('the built command gives what the command gives in this process: output, errors and exit code', async () => {
    const cases = [
      [...TAKE, '--json'],
      PASS,
      PASS_WITH_FAVOUR,
      [...TAKE, '--explain', '--company', 'Acme\u001b[31m', '--role', 'Rep'],
      [...TAKE, '--bogus'],
      ['--employed', '--skills', 'strong', '--offered', '120.000', '--target', '100k'],
      ['--unemployed', '--ready', 'no', '--skills', 'partial', '--pay', 'near'],
      [...TAKE, '--color'],
      [],
    ];
    for (const args of cases) {
      const spawned = runCli(args);
      expect(spawned).toEqual(await cli(args));
      expect(spawned.stderr).not.toMatch(STACK_LINE);
    }
    // Colour by the environment, and the subcommands whose tests run in this process (profile, history).
    const dir = mkdtempSync(join(tmpdir(), 'sii-both-ways-'));
    try {
      const env = { SHOULD_I_INTERVIEW_CONFIG_DIR: dir };
      const runs: Array<[string[], Record<string, string>]> = [
        [TAKE, { FORCE_COLOR: '1' }],
        [TAKE, { FORCE_COLOR: '1', NO_COLOR: '1' }],
        [['profile', 'set', '--employed', '--target', '120k'], env],
        [['profile', '--json'], env],
        [['profile', 'path'], env],
        [['history', '--json'], env],
        [['profile', 'set', '--ready', 'soon'], env],
      ];
      for (const [args, runEnv] of runs) {
        const spawned = runCli(args, { env: runEnv });
        expect(spawned, args.join(' ')).toEqual(await cli(args, { env: runEnv }));
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    expect(runCli(TAKE).code).toBe(0);
    expect(runCli(PASS).code).toBe(1);
    expect(runCli([...TAKE, '--bogus']).code).toBe(2);
  });

  it('a closed pipe ends quietly with the verdict exit code', () => {
    // `true` exits before the command writes, so the write meets a closed pipe (EPIPE).
    const script = `"${process.execPath}" "${BIN}" ${TAKE.join(' ')} 2>"$ERR" | true; echo "\${PIPESTATUS[0]}"`;
    const dir = mkdtempSync(join(tmpdir(), 'sii-pipe-'));
    try {
      const err = join(dir, 'stderr');
      const result = spawnSync('bash', ['-c', script], { env: { ...cleanEnv(), ERR: err }, encoding: 'utf8' });
      expect(result.stdout.trim()).toBe('0');
      expect(readFileSync(err, 'utf8')).toBe('');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a reader that takes one byte gets it, and nothing is reported', () => {
    const result = spawnSync('bash', ['-c', `"${process.execPath}" "${BIN}" ${TAKE.join(' ')} --json | head -c1`], {
      env: cleanEnv(),
      encoding: 'utf8',
    });
    expect(result.stdout).toBe('{');
    expect(result.stderr).toBe('');
  });

  it('the scripted path loads neither commander, the prompt library, conf, chalk, the message reader nor any node_modules package', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sii-loads-'));
    try {
      const log = join(dir, 'loads.txt');
      const hook = fileURLToPath(new URL('../helpers/trace-loads.cjs', import.meta.url));
      // commander included: valid answer flags take the fast path
      const HEAVY = /commander\.cjs|csv-parse\.cjs|prompts\.cjs|conf\.cjs|chalk\.cjs|reader\.cjs|node_modules|node:child_process/;
      const json = runCli([...TAKE, '--json'], { env: { LOAD_LOG: log }, nodeArgs: ['--require', hook] });
      expect(json.code).toBe(0);
      const loaded = readFileSync(log, 'utf8');
      expect(loaded).toContain('should-i-interview.cjs'); // the hook works
      expect(loaded).not.toMatch(HEAVY);

      // with a saved profile present, it is read without conf
      const profileDir = join(dir, 'profile');
      mkdirSync(profileDir);
      writeFileSync(join(profileDir, 'config.json'), '{"employment":"employed","ready":"yes"}');
      rmSync(log);
      const withProfile = runCli(['--skills', 'strong', '--pay', 'match', '--json'], {
        env: { LOAD_LOG: log, SHOULD_I_INTERVIEW_CONFIG_DIR: profileDir },
        nodeArgs: ['--require', hook],
      });
      expect(JSON.parse(withProfile.stdout).answers.ready).toBe('yes');
      expect(readFileSync(log, 'utf8')).not.toMatch(HEAVY);

      rmSync(log);
      runCli(TAKE, { env: { LOAD_LOG: log, FORCE_COLOR: '1' }, nodeArgs: ['--require', hook] });
      const colouredLoads = readFileSync(log, 'utf8');
      expect(colouredLoads).toContain('vendor/chalk.cjs');
      expect(colouredLoads).not.toMatch(/prompts\.cjs|conf\.cjs|node_modules/);

      // and writing the profile is what loads conf
      rmSync(log);
      runCli(['profile', 'set', '--ready', 'yes'], {
        env: { LOAD_LOG: log, SHOULD_I_INTERVIEW_CONFIG_DIR: profileDir },
        nodeArgs: ['--require', hook],
      });
      expect(readFileSync(log, 'utf8')).toContain('vendor/conf.cjs');

      // a pasted message loads the reader, and neither the MIME parser nor the HTML converter
      const message = join(dir, 'message.txt');
      writeFileSync(message, 'Hi Sam, we are hiring a Senior Backend Engineer at Northwind Robotics: $140,000 - $160,000.\n');
      rmSync(log);
      const read = runCli([...TAKE, '--json', '--message', message], { env: { LOAD_LOG: log }, nodeArgs: ['--require', hook] });
      expect(JSON.parse(read.stdout).message.company).toBe('Northwind Robotics');
      const messageLoads = readFileSync(log, 'utf8');
      expect(messageLoads).toContain('cli/reader.cjs');
      expect(messageLoads).not.toMatch(/postal-mime\.cjs|html-to-text\.cjs|node_modules/);
      // (A named file is read without node:fs/promises, about 3 ms to load; the code cache is checked without
      // node:crypto, 2 to 4 ms.)
      expect(messageLoads).not.toMatch(/fs\/promises/);
      expect(messageLoads).not.toMatch(/^(?:node:)?crypto$/m);

      // no other path loads the reader: commander's, the subcommands, compare of records with no message
      const records = join(dir, 'records.csv');
      writeFileSync(records, 'company,employment,skills,pay\nAcme,employed,strong,match\n');
      for (const args of [['--bogus'], ['profile', 'path'], ['history', 'path'], ['completion', 'bash'], ['compare', records]]) {
        rmSync(log, { force: true });
        runCli(args, { env: { LOAD_LOG: log, SHOULD_I_INTERVIEW_CONFIG_DIR: profileDir }, nodeArgs: ['--require', hook] });
        expect(readFileSync(log, 'utf8'), args.join(' ')).not.toContain('reader.cjs');
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("the message reader's code cache", () => {
  /** Every file under `dir`, with its modification time. */
  const files = (dir: string): Map<string, number> => {
    const found = new Map<string, number>();
    for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
      if (entry.isFile()) found.set(join(entry.parentPath, entry.name), statSync(join(entry.parentPath, entry.name)).mtimeMs);
    }
    return found;
  };

  it('is saved by the first run that reads a message and used, unchanged, by the next', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sii-cli-code-cache-'));
    try {
      const cache = join(dir, 'cache');
      const message = join(dir, 'message.txt');
      writeFileSync(message, 'Hi Sam, we are hiring a Senior Backend Engineer at Northwind Robotics: $140,000 - $160,000.\n');
      const env = { XDG_CACHE_HOME: cache };

      // A run with no message leaves no cache of the reader.
      expect(runCli([...TAKE, '--json'], { env }).code).toBe(0);
      const before = [...files(dir).keys()].filter((f) => f.includes('should-i-interview'));
      expect(before).toEqual([]);

      const first = runCli([...TAKE, '--json', '--message', message], { env });
      expect(first.code, first.stderr).toBe(0);
      const saved = [...files(cache)].filter(([f]) =>
        f.startsWith(join(cache, 'should-i-interview', 'code', `${process.version}-${process.arch}`, 'reader.cjs.')),
      );
      expect(saved).toHaveLength(1);

      const second = runCli([...TAKE, '--json', '--message', message], { env });
      expect(second.stdout).toBe(first.stdout);
      // used, not written again
      const [[file, mtime]] = saved as [[string, number]];
      expect(statSync(file).mtimeMs).toBe(mtime);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("is off when Node's compile cache is", () => {
    const dir = mkdtempSync(join(tmpdir(), 'sii-cli-code-cache-'));
    try {
      const message = join(dir, 'message.txt');
      writeFileSync(message, 'Hi Sam, we are hiring a Senior Backend Engineer at Northwind Robotics: $140,000 - $160,000.\n');
      const read = runCli([...TAKE, '--json', '--message', message], {
        env: { XDG_CACHE_HOME: join(dir, 'cache'), NODE_DISABLE_COMPILE_CACHE: '1' },
      });
      expect(JSON.parse(read.stdout).message.company).toBe('Northwind Robotics');
      expect([...files(dir).keys()].filter((f) => f.includes('should-i-interview'))).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('a non-blocking stdout', () => {
  it('keeps the output in order when the pipe is full (EAGAIN)', () => {
    // A reader that makes stdout non-blocking and drains it slowly, so writes
    // meet a full pipe; the bytes must still arrive in order.
    const python = `
import os, subprocess, sys, time, json
r, w = os.pipe()
os.set_blocking(w, False)
p = subprocess.Popen([sys.argv[1], sys.argv[2], 'compare', '-', '--json', '--format', 'ndjson'], stdin=subprocess.PIPE, stdout=w, stderr=subprocess.DEVNULL)
os.close(w)
p.stdin.write(sys.stdin.buffer.read()); p.stdin.close()
out = b''
while True:
    time.sleep(0.002)
    chunk = os.read(r, 65536)
    if not chunk: break
    out += chunk
p.wait()
print(len(json.loads(out)))
`;
    const lines = Array.from({ length: 3000 }, (_, i) =>
      JSON.stringify({ employment: 'employed', skills: 'strong', pay: 'match', company: `Co ${i}` }),
    );
    const r = spawnSync('python3', ['-c', python, process.execPath, BIN], { input: lines.join('\n'), encoding: 'utf8', env: cleanEnv() });
    expect(r.stderr).toBe('');
    expect(r.stdout.trim()).toBe('3000');
  }, 30_000);
});
