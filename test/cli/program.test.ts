// The command line as a whole: global output flags before or after a
// command's name, refused where they mean nothing; help for a command; and
// suggestions for what was mistyped.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../../src/cli/main.js';
import { COMMANDS } from '../../src/cli/commands/index.js';
import { commandName } from '../../src/cli/command-spec.js';
import { GLOBAL_FLAGS } from '../../src/cli/flags.js';
import { ProfileStore } from '../../src/io/profile-store.js';
import { HistoryStore } from '../../src/io/history-store.js';
import { fakeIO, type FakeIOOptions } from '../helpers/fake-io.js';
import { fakePrompter } from '../helpers/fake-prompter.js';
import { ROOT } from '../helpers/cli.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'sii-program-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function cli(argv: string[], io: FakeIOOptions = {}) {
  const streams = fakeIO(io);
  const prompter = fakePrompter([true]);
  const store = new ProfileStore(join(dir, 'profile'));
  const history = new HistoryStore(join(dir, 'state'));
  const code = await run(argv, {
    io: streams,
    prompter: () => prompter,
    profileStore: () => store,
    historyStore: () => history,
    now: () => new Date('2026-11-26T08:00:00Z'),
    newId: () => '0123456789abcdef',
  });
  return { code, out: streams.out(), err: streams.err(), asked: prompter.asked.map((q) => q.message) };
}

const SAVE = ['--employed', '--skills', 'strong', '--pay', 'match', '--company', 'Acme', '--save', '--quiet'];

describe('global flags, before or after the command', () => {
  it('--json history and history --json print the same JSON', async () => {
    await cli(SAVE);
    const before = await cli(['--json', 'history']);
    const after = await cli(['history', '--json']);
    expect(before.code).toBe(0);
    expect(JSON.parse(before.out).entries[0].company).toBe('Acme');
    expect(before.out).toBe(after.out);
  });

  it('--no-input history clear never asks on a terminal, whichever side it is on', async () => {
    await cli(SAVE);
    for (const argv of [
      ['--no-input', 'history', 'clear'],
      ['history', 'clear', '--no-input'],
    ]) {
      const r = await cli(argv, { tty: true });
      expect(r.asked).toEqual([]);
      expect(r.code).toBe(2);
      expect(r.err).toContain('add --yes to confirm');
    }
    // without it, on a terminal, it asks
    expect((await cli(['history', 'clear'], { tty: true })).asked).toHaveLength(1);
  });

  it('--quiet and -q everywhere: nothing on stdout, the exit code says', async () => {
    await cli(SAVE);
    for (const argv of [
      ['history', '-q'],
      ['-q', 'history'],
      ['--quiet', 'profile', 'path'],
      ['profile', 'set', '--ready', 'open', '--quiet'],
      ['completion', 'bash', '-q'],
    ]) {
      const r = await cli(argv);
      expect([argv, r.code, r.out]).toEqual([argv, 0, '']);
    }
  });

  it('--json profile set prints the saved profile as JSON', async () => {
    const r = await cli(['--json', 'profile', 'set', '--employed', '--target', '120k']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({ saved: true, profile: { employment: 'employed', target: 120000 } });
  });

  it('a global flag that means nothing to a command is refused, naming the command', async () => {
    const cases: Array<[string[], string]> = [
      [
        ['--json', 'history', 'clear', '--yes'],
        "--json does not apply to 'should-i-interview history clear': it prints one line saying what was cleared.",
      ],
      [['history', 'clear', '--yes', '--json'], "--json does not apply to 'should-i-interview history clear'"],
      [
        ['--no-profile', 'history'],
        "--no-profile does not apply to 'should-i-interview history': the history does not read the saved profile.",
      ],
      [['profile', '--no-profile'], "--no-profile does not apply to 'should-i-interview profile'"],
      [['--json', 'completion', 'bash'], "--json does not apply to 'should-i-interview completion'"],
    ];
    for (const [argv, message] of cases) {
      const r = await cli(argv);
      expect([argv, r.code]).toEqual([argv, 2]);
      expect(r.err).toContain(`error: ${message}`);
      expect(r.out).toBe('');
    }
  });

  it('a flag of the verdict before a command is refused, not ignored', async () => {
    const r = await cli(['--employed', 'history']);
    expect(r.code).toBe(2);
    expect(r.err).toContain("error: --employed is not a flag of 'should-i-interview history'");
  });

  it('--json and --quiet together are refused, on either side', async () => {
    const r = await cli(['--json', 'history', '--quiet']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('--json and --quiet cannot be used together');
  });

  it('compare takes --quiet, and answer flags for every record', async () => {
    const file = join(dir, 'offers.csv');
    writeFileSync(file, 'company,employment,skills,pay\nA,employed,strong,match\nB,employed,none,match\n');
    expect(await cli(['compare', file, '--quiet', '--no-profile'])).toMatchObject({ code: 0, out: '', err: '' });
    const all = await cli(['compare', file, '--json', '--no-profile', '--skills', 'none']);
    expect(JSON.parse(all.out).map((r: { answers: { skills: string } }) => r.answers.skills)).toEqual(['none', 'none']);
    const paid = await cli(['compare', file, '--json', '--no-profile', '--offered', '105k', '--target', '120k']);
    expect(JSON.parse(paid.out)[0].answers.pay).toBe('near');
  });
});

describe('help and suggestions', () => {
  it("help <command> is that command's --help", async () => {
    for (const [argv, same] of [
      [
        ['help', 'compare'],
        ['compare', '--help'],
      ],
      [
        ['help', 'history'],
        ['history', '--help'],
      ],
      [['help'], ['--help']],
    ] as const) {
      const a = await cli([...argv]);
      const b = await cli([...same]);
      expect(a.code).toBe(0);
      expect(a.out).toBe(b.out);
    }
    expect((await cli(['help', 'compare'])).out).toContain('Usage: should-i-interview compare [options] <file>');
  });

  it('a mistyped command is named, with the nearest one, exit 2', async () => {
    for (const [typed, meant] of [
      ['compre', 'compare'],
      ['histroy', 'history'],
      ['profle', 'profile'],
    ]) {
      const r = await cli([typed!]);
      expect(r.code).toBe(2);
      expect(r.err).toContain(`error: unknown command '${typed}'\n(Did you mean ${meant}?)`);
    }
    const sub = await cli(['history', 'remvoe', 'x']);
    expect(sub.code).toBe(2);
    expect(sub.err).toContain("unknown command 'remvoe'\n(Did you mean remove?)");
  });

  it('-v suggests -V', async () => {
    const r = await cli(['-v']);
    expect(r.code).toBe(2);
    expect(r.err).toContain("error: unknown option '-v'\n(Did you mean -V?)");
  });

  it('lists every command in the root help', async () => {
    const r = await cli(['--help']);
    for (const spec of COMMANDS.filter((c) => c.path.length === 1)) expect(r.out).toMatch(new RegExp(`^  ${spec.path[0]}\\b`, 'm'));
    expect(r.out).toMatch(/^ {2}help \[command...\]/m);
  });
});

describe('the README', () => {
  it('has the table of global flags, as the commands declare them', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const table = readme.slice(readme.indexOf('| command | `--json`'));
    for (const spec of COMMANDS) {
      const name = commandName(spec) || '(the verdict)';
      const row = table.split('\n').find((line) => line.startsWith(`| \`${name}\``) || line.startsWith(`| ${name} `));
      expect(row, name).toBeDefined();
      const cells = row!
        .split('|')
        .slice(2, -1)
        .map((c) => c.trim());
      const expected = GLOBAL_FLAGS.filter((f) => f.long !== '--color').map((f) => (spec.globals.includes(f.key as never) ? 'yes' : '-'));
      expect([name, ...cells]).toEqual([name, ...expected]);
    }
  });
});

describe('help, the harder cases (from a review)', () => {
  it("help <command> <subcommand> is the subcommand's help", async () => {
    expect((await cli(['help', 'profile', 'set'])).out).toBe((await cli(['profile', 'set', '--help'])).out);
    expect((await cli(['help', 'history', 'outcome'])).out).toContain('Usage: should-i-interview history outcome');
  });

  it('help with a name that is no command is an error, exit 2, with the nearest one when there is one', async () => {
    const wrong = await cli(['help', 'compre']);
    expect([wrong.code, wrong.out]).toEqual([2, '']);
    expect(wrong.err).toContain("error: unknown command 'compre'\n(Did you mean compare?)");
    expect((await cli(['help', 'profile', 'nonsense'])).code).toBe(2);
  });

  it('an answer flag before a command that takes it says where it goes', async () => {
    const r = await cli(['--employed', 'profile', 'set']);
    expect(r.code).toBe(2);
    expect(r.err).toContain("--employed goes after the command's name: should-i-interview profile set --employed.");
  });

  it('-H suggests -h', async () => {
    expect((await cli(['-H'])).err).toContain('(Did you mean -h?)');
  });

  it('compare --offered with no target anywhere says where a target comes from', async () => {
    const file = join(dir, 'p.csv');
    writeFileSync(file, 'company,employment,skills,pay\nB,employed,strong,match\n');
    const r = await cli(['compare', file, '--offered', '100k', '--no-profile']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('give --target, a target column, or save one with `profile set --target`');
  });
});
