// The built command on a real pseudo-terminal, driven by keystrokes, the way
// a person uses it. Python's pty module does the driving: no native build.
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BIN, runCli, runPty } from '../helpers/cli.js';

const ENTER = '\r';
const DOWN = '\u001b[B';
const UP = '\u001b[A';
const CTRL_C = '\u0003';
const tmp = mkdtempSync(join(tmpdir(), 'sii-pty-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const plain = (s: string) => s.replace(/\u001b\[[0-9;?]*[A-Za-z]/g, '');

describe('interactive flow on a real terminal', () => {
  it('Enter through every question gives a verdict; a skipped answer reads as a word, never a blank', () => {
    const r = runPty([], {
      steps: [
        { wait: "the recruiter's message?", send: ENTER },
        { wait: 'Which company is it?', send: ENTER },
        { wait: 'What is the role?', send: ENTER },
        { wait: 'Do you have a job right now?', send: ENTER },
        { wait: 'Are you ready to make a move?', send: ENTER },
        { wait: 'How well does the role fit your skills?', send: ENTER },
        { wait: 'How does the pay compare', send: ENTER },
        { wait: 'generic pitch', send: ENTER },
        { wait: 'would you take it?', send: ENTER },
        { wait: 'Anything holding you back?', send: ENTER },
        { wait: 'to your profile', send: ENTER },
        { wait: 'Keep this in your history', send: ENTER },
      ],
    });
    expect(r.pending).toBeNull();
    expect(r.timedOut).toBe(false);
    expect(r.exitCode).toBe(0);
    const screen = plain(r.output);
    expect(screen).toContain('✔ Which company is it? (optional: Enter skips) not said');
    expect(screen).toContain('✔ What is the role? (optional: Enter skips) not said');
    expect(screen).toContain('✔ Anything holding you back? none');
    expect(screen).toContain('TAKE');
    expect(screen).toContain('Take the interview: ');
  });

  it('flags answer their questions, which are then not asked', () => {
    const r = runPty(
      [
        '--company',
        'Acme',
        '--role',
        'Rep',
        '--employed',
        '--ready',
        'open',
        '--skills',
        'strong',
        '--pay',
        'match',
        '--no-mass-pitch',
        '--would-take',
        'yes',
      ],
      {
        steps: [
          { wait: 'Anything holding you back?', send: ENTER },
          { wait: 'Keep this in your history', send: ENTER },
        ],
      },
    );
    expect(r.exitCode).toBe(0);
    const screen = plain(r.output);
    for (const question of [
      'Which company',
      'What is the role',
      'Do you have a job',
      'ready to make a move',
      'fit your skills',
      'pay compare',
      'generic pitch',
      'would you take it',
      'to your profile',
    ]) {
      expect(screen).not.toContain(question);
    }
    expect(screen).toContain('this one is in your wheelhouse');
  });

  it('arrow keys choose: between jobs, readiness is not asked', () => {
    const out = join(tmp, 'arrows.json');
    const r = runPty([], {
      argv: ['sh', '-c', `"${process.execPath}" "${BIN}" --json --concern none --no-mass-pitch --would-take yes > "${out}"`],
      steps: [
        { wait: "the recruiter's message?", send: ENTER },
        { wait: 'Which company is it?', send: ENTER },
        { wait: 'What is the role?', send: ENTER },
        { wait: 'Do you have a job right now?', send: DOWN },
        { wait: "❯ No, I'm between jobs", send: ENTER },
        { wait: 'fit your skills?', send: ENTER },
        // From the default ("I don't know yet", the last choice), one up is "It's well below what I'm after".
        { wait: 'pay compare', send: UP },
        { wait: "❯ It's well below what I'm after", send: ENTER },
        { wait: 'to your profile', send: ENTER },
        { wait: 'Keep this in your history', send: ENTER },
      ],
    });
    expect(r.pending).toBeNull();
    expect(plain(r.output)).not.toContain('ready to make a move');
    expect(JSON.parse(readFileSync(out, 'utf8')).answers).toMatchObject({ employment: 'unemployed', skills: 'partial', pay: 'below' });
    expect(r.exitCode).toBe(1);
  });

  it('with --json > file, the questions show on the terminal and the file holds clean JSON', () => {
    const out = join(tmp, 'verdict.json');
    const r = runPty([], {
      argv: [
        'sh',
        '-c',
        `"${process.execPath}" "${BIN}" --json --employed --ready yes --skills strong --no-mass-pitch --would-take maybe --concern reviews > "${out}"`,
      ],
      steps: [
        { wait: "the recruiter's message?", send: ENTER },
        { wait: 'Which company is it?', send: `Acme${ENTER}` },
        { wait: 'What is the role?', send: ENTER },
        { wait: 'How does the pay compare', send: ENTER },
        { wait: 'Keep this in your history', send: ENTER },
      ],
    });
    expect(r.exitCode).toBe(0);
    expect(plain(r.output)).toContain('How does the pay compare');
    const text = readFileSync(out, 'utf8');
    expect(JSON.parse(text).answers).toMatchObject({ pay: 'unknown', company: 'Acme' });
    expect(JSON.parse(text).answers).not.toHaveProperty('role');
    expect(text).not.toMatch(/\u001b/);
  });

  it('Ctrl-C at a question: "Cancelled.", exit 130, no stack trace, cursor restored', () => {
    // At a select, which hides the cursor while it asks.
    const r = runPty([], {
      steps: [
        { wait: "the recruiter's message?", send: ENTER },
        { wait: 'Which company is it?', send: ENTER },
        { wait: 'What is the role?', send: ENTER },
        { wait: 'Do you have a job right now?', send: CTRL_C },
      ],
    });
    expect(r.exitCode).toBe(130);
    expect(plain(r.output)).toContain('Cancelled.');
    expect(r.output).not.toMatch(/\n\s+at /);
    expect(r.output).toContain('\u001b[?25l');
    // Inquirer hides the cursor while asking; it must be shown again.
    expect(r.output.lastIndexOf('\u001b[?25h')).toBeGreaterThan(r.output.lastIndexOf('\u001b[?25l'));
  });

  describe('the questions follow the colour switches too', () => {
    const SGR = /\u001b\[[0-9;]*m/;
    const firstQuestion = (args: string[], env: Record<string, string> = {}) =>
      runPty(args, {
        env,
        steps: [
          { wait: "the recruiter's message?", send: ENTER },
          { wait: 'Which company is it?', send: CTRL_C },
        ],
      }).output;
    it('coloured by default', () => expect(firstQuestion([])).toMatch(SGR));
    it('plain with --no-color', () => expect(firstQuestion(['--no-color'])).not.toMatch(SGR));
    it('plain with NO_COLOR', () => expect(firstQuestion([], { NO_COLOR: '1' })).not.toMatch(SGR));
  });

  it('end of input (Ctrl-D) at a question is a cancel too', () => {
    const r = runPty([], {
      steps: [
        { wait: "the recruiter's message?", send: ENTER },
        { wait: 'Which company is it?', send: '\u0004' },
      ],
    });
    expect(r.exitCode).toBe(130);
    expect(plain(r.output)).toContain('Cancelled.');
  });

  it('the company typed at the first question is kept in the history entry', () => {
    const dir = join(tmp, 'history');
    const env = { SHOULD_I_INTERVIEW_CONFIG_DIR: dir };
    const r = runPty(['--employed', '--ready', 'yes', '--skills', 'strong', '--pay', 'match', '--no-mass-pitch', '--would-take', 'yes'], {
      env,
      steps: [
        { wait: "the recruiter's message?", send: ENTER },
        { wait: 'Which company is it?', send: `Acme Corp${ENTER}` },
        { wait: 'What is the role?', send: ENTER },
        { wait: 'Anything holding you back?', send: ENTER },
        { wait: 'Keep this in your history', send: `y${ENTER}` },
      ],
    });
    expect(r.pending).toBeNull();
    expect(r.exitCode).toBe(0);
    expect(plain(r.output)).toContain('Saved to your history as');
    const { entries } = JSON.parse(runCli(['history', '--json'], { env }).stdout) as {
      entries: Array<{ company?: string; role?: string }>;
    };
    expect(entries).toHaveLength(1);
    expect(entries[0]!.company).toBe('Acme Corp');
    expect(entries[0]!.role).toBeUndefined();
  });
});

describe("the recruiter's message, on a real terminal", () => {
  // An editor that "pastes" a message: writes it into the file it is given, as a person would, then exits.
  const editor = join(tmp, 'paste-editor.sh');
  const message = [
    'Subject: Staff Platform Engineer at Quillfeather Labs',
    '',
    'Hi Sam, I lead the platform team at Quillfeather Labs and liked your talk',
    'on feature flags at DevOpsDays. The base is $150,000 - $170,000.',
  ].join('\n');
  writeFileSync(editor, `#!/bin/sh\ncat > "$1" <<'MSG'\n${message}\nMSG\n`, { mode: 0o755 });

  it('pasted into the editor, it answers the pay, company, role and mass pitch, which are then not asked', () => {
    const r = runPty(['--target', '160k'], {
      env: {
        EDITOR: editor,
        VISUAL: '',
        SHOULD_I_INTERVIEW_CONFIG_DIR: join(tmp, 'editor-profile'),
        XDG_STATE_HOME: join(tmp, 'editor-state'),
      },
      steps: [
        { wait: "the recruiter's message?", send: `e${ENTER}` },
        { wait: 'Do you have a job right now?', send: ENTER },
        { wait: 'Are you ready to make a move?', send: ENTER },
        { wait: 'How well does the role fit your skills?', send: ENTER },
        { wait: 'would you take it?', send: ENTER },
        { wait: 'Anything holding you back?', send: ENTER },
        { wait: 'to your profile', send: ENTER },
        { wait: 'Keep this in your history', send: ENTER },
      ],
    });
    expect(r.pending).toBeNull();
    expect(r.timedOut).toBe(false);
    const screen = plain(r.output);
    expect(screen).toContain('From the message:');
    expect(screen).toContain('Pay: $150,000–$170,000 a year');
    expect(screen).toContain('Company: Quillfeather Labs');
    // answered by the message: never asked
    for (const question of ['Which company is it?', 'What is the role?', 'How does the pay compare', 'generic pitch']) {
      expect(screen).not.toContain(question);
    }
    expect(r.exitCode).toBeLessThan(2);
  });

  it('Enter skips it, and every question is asked as before', () => {
    const r = runPty(
      ['--employed', '--ready', 'open', '--skills', 'strong', '--pay', 'match', '--would-take', 'yes', '--concern', 'none'],
      {
        env: { EDITOR: editor },
        steps: [
          { wait: "the recruiter's message?", send: ENTER },
          { wait: 'Which company is it?', send: ENTER },
          { wait: 'What is the role?', send: ENTER },
          { wait: 'generic pitch', send: ENTER },
          { wait: 'Keep this in your history', send: ENTER },
        ],
      },
    );
    expect(r.pending).toBeNull();
    expect(r.exitCode).toBe(0);
    expect(plain(r.output)).not.toContain('From the message:');
  });
});
