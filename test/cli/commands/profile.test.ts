// `should-i-interview profile …` and the numeric pay flags: run in this
// process, but for the parallel writers, which are processes.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BIN, STACK_LINE, cleanEnv, runCli } from '../../helpers/cli.js';
import { runInProcess } from '../../helpers/in-process.js';

let home: string;
let configDir: string;
let file: string;
beforeEach(() => {
  home = mkdtempSync(join(tmpdir(), 'sii-profile-cli-'));
  configDir = join(home, 'cfg');
  file = join(configDir, 'config.json');
});
afterEach(() => rmSync(home, { recursive: true, force: true }));

// In this process: these tests are about what the commands do (helpers/in-process.ts).
const cli = (args: string[], env: Record<string, string> = {}) =>
  runInProcess(args, { env: { SHOULD_I_INTERVIEW_CONFIG_DIR: configDir, ...env } });

describe('profile commands', () => {
  it('show with nothing saved says so and writes nothing', async () => {
    const r = await cli(['profile']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`No profile saved yet (it would live at ${file}).`);
    expect(existsSync(configDir)).toBe(false);
  });

  it('set, show (text and JSON), path, reset', async () => {
    const set = await cli(['profile', 'set', '--employed', '--ready', 'open', '--target', '$120,000']);
    expect(set.code).toBe(0);
    expect(set.stdout).toBe(
      `Saved to ${file}:\n  employment         employed\n  ready to move      open\n  pay you are after  $120,000 a year\n`,
    );
    // The currency typed is kept beside the figure.
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ employment: 'employed', ready: 'open', target: 120000, currency: '$' });

    expect((await cli(['profile'])).stdout).toContain('pay you are after  $120,000 a year');
    expect(JSON.parse((await cli(['profile', '--json'])).stdout)).toEqual({
      path: file,
      saved: true,
      profile: { employment: 'employed', ready: 'open', target: 120000, currency: '$' },
    });
    expect(await cli(['profile', 'path'])).toEqual({ code: 0, stdout: `${file}\n`, stderr: '' });

    const reset = await cli(['profile', 'reset']);
    expect(reset.stdout).toMatch(/^Profile cleared\. The old file is kept at (.+)\.\n$/);
    const backup = /kept at (.+)\.\n$/.exec(reset.stdout)![1]!;
    expect(backup.slice(0, configDir.length + 1)).toBe(`${configDir}/`);
    expect(backup.slice(configDir.length + 1)).toMatch(/^config\.json\.\d{8}T\d{6}\.\d{3}Z(-\d+)?\.bak$/);
    expect(JSON.parse(readFileSync(backup, 'utf8'))).toMatchObject({ employment: 'employed' });
    expect(existsSync(file)).toBe(false);
    expect(JSON.parse((await cli(['profile', '--json'])).stdout)).toEqual({ path: file, saved: false, profile: {} });
  });

  it('lives under $XDG_CONFIG_HOME/should-i-interview when no folder is named', () => {
    const r = runCli(['profile', 'path'], { env: { XDG_CONFIG_HOME: join(home, 'xdg'), SHOULD_I_INTERVIEW_CONFIG_DIR: '' } });
    expect(r.stdout).toBe(`${join(home, 'xdg', 'should-i-interview', 'config.json')}\n`);
  });

  it('saving "between jobs" drops a readiness saved while employed', async () => {
    await cli(['profile', 'set', '--employed', '--ready', 'no']);
    await cli(['profile', 'set', '--unemployed']);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ employment: 'unemployed' });
    expect((await cli(['--employed', '--skills', 'strong', '--pay', 'match', '-q'])).code).toBe(0);
  });

  it('set needs something to save, and checks its values', async () => {
    expect(await cli(['profile', 'set'])).toMatchObject({ code: 2, stdout: '' });
    expect((await cli(['profile', 'set'])).stderr).toContain('nothing to save');
    expect((await cli(['profile', 'set', '--ready', 'soon'])).stderr).toContain("option '--ready <answer>' argument 'soon' is invalid");
    expect((await cli(['profile', 'set', '--target', '100k-120k'])).stderr).toContain('give the one figure');
    expect((await cli(['profile', 'set', '--employed', '--unemployed'])).code).toBe(2);
    expect(existsSync(file)).toBe(false);
  });

  const refusedTargets: Array<[string, string, RegExp]> = [
    ['rounds to zero', '0.4', /"0\.4" rounds to zero/],
    ['a dot that could be a thousands separator', '120.000', /"120\.000" could be read two ways/],
    ['a comma that could be a decimal comma', '120,00', /"120,00" .*decimal comma/],
  ];
  for (const [name, target, why] of refusedTargets) {
    it(`set --target ${target} (${name}) is refused with exit 2, saying why, and nothing is saved`, async () => {
      const r = await cli(['profile', 'set', '--target', target]);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/^error: /);
      expect(r.stderr).toContain('--target');
      expect(r.stderr).toMatch(why);
      expect(r.stderr).not.toMatch(STACK_LINE);
      expect(existsSync(file)).toBe(false);
    });
  }

  it('keeps the currency of the target, and a new target without one drops it', async () => {
    const set = await cli(['profile', 'set', '--target', '€95k']);
    expect(set.code).toBe(0);
    expect(set.stdout).toContain('€95,000 a year');
    expect((await cli(['profile'])).stdout).toContain('pay you are after  €95,000 a year');
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ target: 95000, currency: '€' });
    // A scripted offer is compared in the saved currency, and the report shows it.
    const offer = await cli(['--employed', '--skills', 'strong', '--offered', '€100k', '--json']);
    expect(offer.code).toBe(0);
    expect(JSON.parse(offer.stdout).answers.payFigures).toMatchObject({ target: 95000, currency: '€' });

    await cli(['profile', 'set', '--target', 'GBP 100k']);
    expect((await cli(['profile'])).stdout).toContain('pay you are after  GBP 100,000 a year');
    await cli(['profile', 'set', '--target', '100k']);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ target: 100000 });
    expect((await cli(['profile'])).stdout).toContain('pay you are after  100,000 a year');
  });

  it('a saved target in one currency and --offered in another: exit 2, saying the target is the saved one', async () => {
    await cli(['profile', 'set', '--employed', '--target', '€95k']);
    const r = await cli(['--skills', 'strong', '--offered', '$100k']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('--offered');
    expect(r.stderr).toContain('saved in your profile');
    expect(r.stderr).toContain('different currencies');
  });

  it('a hand-broken file is reported with its path and kept; reset backs it up', async () => {
    mkdirSync(configDir, { recursive: true });
    writeFileSync(file, '{"employment": "yes please"}');
    for (const args of [['profile'], ['profile', 'set', '--ready', 'yes'], ['--skills', 'strong', '--pay', 'match']]) {
      const r = await cli(args);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain(`the saved profile at ${file} is not a valid profile: "employment" is "yes please"`);
      expect(r.stderr).not.toMatch(STACK_LINE);
    }
    expect(readFileSync(file, 'utf8')).toBe('{"employment": "yes please"}');
    // --no-profile gets past it
    expect((await cli(['--no-profile', '--employed', '--skills', 'strong', '--pay', 'match'])).code).toBe(0);
    const reset = await cli(['profile', 'reset']);
    const backup = /kept at (.+)\.\n$/.exec(reset.stdout)![1]!;
    expect(readFileSync(backup, 'utf8')).toBe('{"employment": "yes please"}');
  });

  it('parallel runs writing the profile leave valid JSON', async () => {
    const runs = Array.from(
      { length: 8 },
      (_, i) =>
        new Promise<number | null>((resolve) => {
          const child = spawn(process.execPath, [BIN, 'profile', 'set', '--target', `${100 + i}k`, i % 2 ? '--employed' : '--unemployed'], {
            env: cleanEnv({ SHOULD_I_INTERVIEW_CONFIG_DIR: configDir }),
            stdio: 'ignore',
          });
          child.on('close', resolve);
        }),
    );
    expect(await Promise.all(runs)).toEqual(Array(8).fill(0));
    const saved = JSON.parse(readFileSync(file, 'utf8'));
    expect(saved.target).toBeGreaterThanOrEqual(100000);
    expect(['employed', 'unemployed']).toContain(saved.employment);
  });

  it('the scripted verdict uses the saved answers', async () => {
    await cli(['profile', 'set', '--unemployed', '--target', '100k']);
    const r = await cli(['--skills', 'strong', '--offered', '115k', '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).answers).toMatchObject({ employment: 'unemployed', pay: 'above', payFigures: { target: 100000 } });
  });
});

describe('numeric pay flags', () => {
  it('--offered with --target derives the category, shown in the JSON answers', async () => {
    const r = await cli(['--employed', '--skills', 'strong', '--offered', '55/hr', '--target', '100k', '--json']);
    const result = JSON.parse(r.stdout);
    expect(result.answers.pay).toBe('above');
    expect(result.answers.payFigures).toEqual({ offered: { min: 114400, max: 114400, period: 'hour' }, target: 100000 });
    expect(r.code).toBe(0);
  });

  it('the text mentions the figures, with no currency symbol unless one was typed', async () => {
    const r = await cli(['--employed', '--skills', 'strong', '--offered', '80k-85k', '--target', '100k']);
    expect(r.code).toBe(1);
    expect(r.stdout.replace(/\s+/g, ' ')).toContain('(offered: 80,000-85,000 a year; your target: 100,000)');
    expect(r.stdout).not.toContain('$');

    const dollars = await cli(['--employed', '--skills', 'strong', '--offered', '$120,000', '--target', '100k', '--json']);
    expect(JSON.parse(dollars.stdout).answers.payFigures).toMatchObject({
      offered: { min: 120000, currency: '$' },
      target: 100000,
      currency: '$',
    });
    const text = (await cli(['--employed', '--skills', 'strong', '--offered', '$120,000', '--target', '100k'])).stdout.replace(/\s+/g, ' ');
    expect(text).toContain('$120,000');
  });

  it('takes every currency it knows, written before or after the figure', async () => {
    for (const [offered, target] of [
      ['€100k', '€120k'],
      ['£100k', 'GBP 120k'],
      ['100k USD', '$120k'],
      ['EUR 100k', '120k EUR'],
      ['CAD 100k', 'CAD 120k'],
      ['AUD 100k', '$120k'],
    ]) {
      const r = await cli(['--employed', '--skills', 'strong', '--offered', offered!, '--target', target!, '--json']);
      expect(r.stderr, `${offered} against ${target}`).toBe('');
      expect(JSON.parse(r.stdout).answers.payFigures.currency).toBeDefined();
    }
  });

  const bad: Array<[string, string[], RegExp]> = [
    ['not a pay', ['--offered', 'abc', '--target', '100k'], /option '--offered <pay>' argument 'abc' is invalid. "abc" is not a pay/],
    ['negative', ['--offered', '-5', '--target', '100k'], /--offered/],
    ['an empty range', ['--offered', '130k-100k', '--target', '100k'], /--offered.*empty range/],
    ['a target range', ['--offered', '100k', '--target', '90k-110k'], /--target.*give the one figure/],
    [
      'with --pay',
      ['--offered', '100k', '--target', '100k', '--pay', 'match'],
      /'--pay <fit>' cannot be used with option '--offered <pay>'/,
    ],
    ['without a target', ['--offered', '100k'], /missing answer: --target <pay> to compare --offered with/],
    ['two currencies', ['--offered', '€100k', '--target', '£120k'], /--offered and --target: .*different currencies/],
    ['dollars against pounds', ['--offered', '100k USD', '--target', '£120k'], /--offered and --target: .*different currencies/],
    ['a figure that reads two ways', ['--offered', '120.000', '--target', '100k'], /--offered .*"120\.000" could be read two ways/],
    ['a target that reads two ways', ['--offered', '100k', '--target', '120,00'], /--target .*"120,00" .*decimal comma/],
    ['a target that rounds to zero', ['--offered', '100k', '--target', '0.4'], /--target .*"0\.4" rounds to zero/],
    ['a currency it does not know', ['--offered', '100k JPY', '--target', '120k'], /--offered/],
  ];
  for (const [name, args, message] of bad) {
    it(`${name}: a usage error naming the flag`, async () => {
      const r = await cli(['--employed', '--skills', 'strong', ...args]);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(message);
    });
  }
});
