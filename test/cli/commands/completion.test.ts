// The completion scripts, generated from the command and flag tables: the
// bash one is sourced in a real bash (no bash-completion package) and asked
// what it offers; the zsh and fish ones are checked by their shells' parsers
// when those shells are installed (CI installs them).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { COMMANDS } from '../../../src/cli/commands/index.js';
import { completionScript } from '../../../src/cli/commands/completion.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'sii-completion-'));
  writeFileSync(join(dir, 'offers.csv'), 'company\n');
  writeFileSync(join(dir, 'other.json'), '[]');
  writeFileSync(join(dir, 'bash.sh'), completionScript('bash', COMMANDS));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const onPath = (shell: string) => spawnSync('sh', ['-c', `command -v ${shell}`]).status === 0;

/**
 * What bash offers for the words typed so far (the last one is being
 * completed; "=" is a word of its own, as bash splits at it), one call of
 * the completion function, in a plain `bash --norc`.
 */
function offers(...words: string[]): string[] {
  const quoted = ['should-i-interview', ...words].map((w) => `'${w.replace(/'/g, "'\\''")}'`).join(' ');
  const script = `source ./bash.sh\nCOMP_WORDS=(${quoted})\nCOMP_CWORD=${words.length}\n_should_i_interview\nprintf '%s\\n' "\${COMPREPLY[@]}"`;
  const r = spawnSync('bash', ['--norc', '--noprofile', '-c', script], { cwd: dir, encoding: 'utf8' });
  expect(r.stderr).toBe('');
  return r.stdout.split('\n').filter(Boolean).sort();
}

describe('bash completion', () => {
  it("offers the commands, then each one's subcommands", () => {
    expect(offers('')).toEqual(['compare', 'completion', 'help', 'history', 'profile']);
    expect(offers('pro')).toEqual(['profile']);
    expect(offers('profile', '')).toEqual(['path', 'reset', 'set']);
    expect(offers('history', '')).toEqual(['clear', 'outcome', 'path', 'remove']);
    expect(offers('help', '')).toEqual(['compare', 'completion', 'history', 'profile']);
  });

  it("offers each command's own flags, and the global ones that apply", () => {
    expect(offers('--sk')).toEqual(['--skills']);
    const set = offers('profile', 'set', '--');
    expect(set).toEqual(expect.arrayContaining(['--employed', '--unemployed', '--ready', '--target', '--json', '--quiet', '--no-input']));
    expect(set).not.toContain('--skills');
    expect(set).not.toContain('--no-profile');
    expect(offers('history', 'clear', '--')).toContain('--yes');
    // a global flag before the command does not lose the way
    expect(offers('--json', 'history', '--j')).toEqual(['--json']);
  });

  it('offers each flag\'s choices, also after "="', () => {
    expect(offers('--skills', '')).toEqual(['none', 'partial', 'strong']);
    expect(offers('--skills', '=', 'st')).toEqual(['strong']);
    expect(offers('--employed', '--pay', 'n')).toEqual(['near']);
    expect(offers('compare', 'x', '--format', '')).toEqual(['csv', 'json', 'ndjson']);
    expect(offers('completion', '')).toEqual(['bash', 'fish', 'zsh']);
    expect(offers('history', 'outcome', 'abc', '')).toEqual(['declined', 'interviewed', 'no-reply', 'offer']);
  });

  it('offers files for compare, after a flag with a value too', () => {
    expect(offers('compare', '')).toEqual(['bash.sh', 'offers.csv', 'other.json']);
    expect(offers('compare', '--limit', '3', 'of')).toEqual(['offers.csv']);
  });
});

describe.skipIf(!onPath('zsh'))('zsh completion', () => {
  it('parses', () => {
    const file = join(dir, 'zsh.zsh');
    writeFileSync(file, completionScript('zsh', COMMANDS));
    const r = spawnSync('zsh', ['-n', file], { encoding: 'utf8' });
    expect([r.status, r.stderr]).toEqual([0, '']);
  });

  it('completes through bashcompinit in a real zsh', () => {
    const file = join(dir, 'zsh.zsh');
    writeFileSync(file, completionScript('zsh', COMMANDS));
    // As bashcompinit's compgen -F calls it: in sh emulation, so arrays count from 0.
    const script = `source ${file}\ntry() { emulate -L sh; setopt kshglob noshglob braceexpand; COMP_WORDS=(should-i-interview --skills ''); COMP_CWORD=2; _should_i_interview; print -l -- "\${COMPREPLY[@]}"; }\ntry`;
    const r = spawnSync('zsh', ['-f', '-c', script], { encoding: 'utf8', env: { ...process.env, HOME: dir } });
    expect(r.stdout.split('\n').filter(Boolean).sort()).toEqual(['none', 'partial', 'strong']);
  });
});

describe.skipIf(!onPath('fish'))('fish completion', () => {
  it("parses, and offers a flag's choices", () => {
    const file = join(dir, 'sii.fish');
    writeFileSync(file, completionScript('fish', COMMANDS));
    expect(spawnSync('fish', ['--no-execute', file], { encoding: 'utf8' }).status).toBe(0);
    const r = spawnSync('fish', ['--no-config', '-c', `source ${file}; complete -C 'should-i-interview --skills '`], { encoding: 'utf8' });
    expect(
      r.stdout
        .split('\n')
        .map((l) => l.split('\t')[0])
        .filter(Boolean)
        .sort(),
    ).toEqual(['none', 'partial', 'strong']);
    const sub = spawnSync('fish', ['--no-config', '-c', `source ${file}; complete -C 'should-i-interview profile '`], { encoding: 'utf8' });
    expect(
      sub.stdout
        .split('\n')
        .map((l) => l.split('\t')[0])
        .filter(Boolean)
        .sort(),
    ).toEqual(['path', 'reset', 'set']);
  });
});

describe('bash completion, the harder lines', () => {
  beforeAll(() => {
    writeFileSync(join(dir, 'my offers.csv'), 'company\n');
    mkdirSync(join(dir, 'sheets'), { recursive: true });
  });

  it('keeps a file name with a space whole, and marks folders as such', () => {
    expect(offers('compare', 'my')).toEqual(['my offers.csv']);
    expect(offers('compare', 'she')).toEqual(['sheets']);
  });

  it('offers nothing where nothing fits, rather than files', () => {
    expect(offers('--company', '')).toEqual([]);
    expect(offers('compare', 'x.csv', '')).toEqual([]);
  });

  it("offers --concern's values, help's commands at every level, and no flags after --", () => {
    expect(offers('--concern', 'no-')).toEqual(['no-mood', 'no-time']);
    expect(offers('help', 'profile', '')).toEqual(['path', 'reset', 'set']);
    expect(offers('compare', '--', '-')).toEqual([]);
  });
});
