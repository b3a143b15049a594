// Exit codes never lie, and nothing raw reaches the terminal: one named
// test per failure found by the probes.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BIN, cleanEnv, runCli } from '../helpers/cli.js';
import {
  CONCERNS,
  EMPLOYMENT,
  PAY,
  READY,
  SKILLS,
  WOULD_TAKE,
  evaluate,
  REASON_IDS,
  ASK_IDS,
  CURRENCIES,
  FACTORS,
} from '../../src/index.js';
import { OUTCOMES } from '../../src/core/history.js';

const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/;
const ANSWERS = ['--employed', '--skills', 'strong', '--pay', 'match'];

/** Runs the command through a shell, for redirections to /dev/full and the like. */
function sh(script: string, env: Record<string, string> = {}) {
  const r = spawnSync('bash', ['-c', script], {
    env: cleanEnv({ SII: `${process.execPath} ${BIN}`, ...env }),
    encoding: 'utf8',
    timeout: 10_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('exit codes never lie', () => {
  it.runIf(process.platform === 'linux')(
    "an error message that cannot be written keeps the error's exit code (--bogus 2>/dev/full)",
    () => {
      expect(sh('$SII --bogus 2>/dev/full').code).toBe(2);
      expect(sh('$SII --employed --skills great --pay match 2>/dev/full').code).toBe(2);
    },
  );

  it.runIf(process.platform === 'linux')('a result that cannot be written is exit 74 with the cause in words (--json > /dev/full)', () => {
    const r = sh('$SII --employed --skills strong --pay match --json > /dev/full');
    expect(r.code).toBe(74);
    expect(r.stderr).toBe(
      'error: cannot write the result (standard output): no space left on the device. Free some space, then run again.\n',
    );
  });

  it("a closed pipe still ends quietly with the verdict's code", () => {
    const r = sh('set -o pipefail; $SII --employed --skills none --pay match | head -c1 > /dev/null');
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
  });
});

describe('nothing raw reaches the terminal', () => {
  it('a bad value from argv is quoted cleaned (--skills ESC]0;PWNED BEL)', () => {
    const r = runCli(['--employed', '--skills', '\u001b]0;PWNED\u0007', '--pay', 'match']);
    expect(r.code).toBe(2);
    expect(r.stderr).not.toMatch(RAW_CONTROL);
    expect(r.stderr).toContain('--skills');
  });

  it('an unknown flag with escape sequences is quoted cleaned', () => {
    const r = runCli(['--\u001b[31mred\u001b[0m']);
    expect(r.code).toBe(2);
    expect(r.stderr).not.toMatch(RAW_CONTROL);
  });

  it('a file name with escape sequences is quoted cleaned (compare)', () => {
    const r = runCli(['compare', `/nonexistent/\u001b]0;PWNED\u0007.csv`]);
    expect(r.code).toBe(2);
    expect(r.stderr).not.toMatch(RAW_CONTROL);
    expect(r.stderr).toContain('/nonexistent/.csv');
  });

  it('a config.json holding ESC bytes is reported cleaned (a guard: the JSON parser of Node 20 already escapes them in its message)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sii-esc-'));
    // Not JSON: the parser's message quotes the bad bytes.
    writeFileSync(join(dir, 'config.json'), '{\u001b[2J\u001b]0;PWNED\u0007}');
    const r = runCli(ANSWERS.slice(1), { env: { SHOULD_I_INTERVIEW_CONFIG_DIR: dir } });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('config.json');
    expect(r.stderr).not.toMatch(RAW_CONTROL);
  });
});

describe('nothing raw from the environment either', () => {
  it('a config folder named with escape sequences, that is a file, is reported cleaned', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sii-env-'));
    const odd = join(dir, 'cfg\u001b[2J\u001b]0;PWNED\u0007');
    writeFileSync(odd, 'not a folder');
    const r = runCli(['profile', 'set', '--employed'], { env: { SHOULD_I_INTERVIEW_CONFIG_DIR: odd } });
    expect(r.code).toBe(74);
    expect(r.stderr).toContain('cfg');
    expect(r.stderr).not.toMatch(RAW_CONTROL);
  });
});

describe('clear where a value was swallowed', () => {
  it('--company followed by one of the flags is refused, saying so', () => {
    const r = runCli(['--company', '--employed', '--skills', 'strong', '--pay', 'match']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--company needs a value, but the next word is the flag --employed');
    expect(r.stderr).toContain('--company=--employed');
  });

  it('--role followed by --json is refused too; --company=--weird and --company --weird still work', () => {
    expect(runCli([...ANSWERS, '--role', '--json']).code).toBe(2);
    const named = runCli([...ANSWERS, '--company=--employed', '--json']);
    expect(named.code).toBe(0);
    expect(JSON.parse(named.stdout).answers.company).toBe('--employed');
    const odd = runCli([...ANSWERS, '--company', '--weird', '--json']);
    expect(odd.code).toBe(0);
    expect(JSON.parse(odd.stdout).answers.company).toBe('--weird');
  });
});

describe('the library', () => {
  it('exported choice lists are frozen, and validation does not depend on them', () => {
    for (const list of [EMPLOYMENT, READY, SKILLS, PAY, WOULD_TAKE, CONCERNS, REASON_IDS, ASK_IDS, CURRENCIES, FACTORS, OUTCOMES]) {
      expect(Object.isFrozen(list)).toBe(true);
      expect(() => (list as unknown as string[]).push('evil')).toThrow(TypeError);
    }
    expect(() => evaluate({ employment: 'employed', skills: 'strong', pay: 'match', concerns: ['evil' as never] })).toThrow(/concerns/);
  });
});
