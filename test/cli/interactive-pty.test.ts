// The built command on a real pseudo-terminal, driven by keystrokes, the way
// a person uses it. Python's pty module does the driving: no native build.
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BIN, runPty } from '../helpers/cli.js';

const ENTER = '\r';
const DOWN = '\u001b[B';
const CTRL_C = '\u0003';
const tmp = mkdtempSync(join(tmpdir(), 'sii-pty-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

// eslint-disable-next-line no-control-regex
const plain = (s: string) => s.replace(/\u001b\[[0-9;?]*[A-Za-z]/g, '');

describe('interactive flow on a real terminal', () => {
  it('Enter through every question gives a verdict', () => {
    const r = runPty([], {
      steps: [
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
    expect(screen).toContain('TAKE');
    expect(screen).toContain('Take the interview: the hour is worth spending.');
    expect(screen).toContain("It's one hour, and it's your career. Take the shot.");
  });

  it('flags answer their questions, which are then not asked', () => {
    const r = runPty(['--employed', '--ready', 'open', '--skills', 'strong', '--pay', 'match', '--no-mass-pitch', '--would-take', 'yes'], {
      steps: [
        { wait: 'Anything holding you back?', send: ENTER },
        { wait: 'Keep this in your history', send: ENTER },
      ],
    });
    expect(r.exitCode).toBe(0);
    const screen = plain(r.output);
    for (const question of ['Do you have a job', 'ready to make a move', 'fit your skills', 'pay compare', 'generic pitch', 'would you take it', 'to your profile']) {
      expect(screen).not.toContain(question);
    }
    expect(screen).toContain('this one is in your wheelhouse');
  });

  it('arrow keys choose: between jobs, readiness is not asked', () => {
    const out = join(tmp, 'arrows.json');
    const r = runPty([], {
      argv: ['sh', '-c', `"${process.execPath}" "${BIN}" --json --concern none --no-mass-pitch --would-take yes > "${out}"`],
      steps: [
        { wait: 'Do you have a job right now?', send: DOWN },
        { wait: "No, I'm between jobs", send: ENTER },
        { wait: 'fit your skills?', send: ENTER },
        { wait: 'pay compare', send: DOWN + DOWN + DOWN },
        { wait: "It's less than I'm after", send: ENTER },
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
      argv: ['sh', '-c', `"${process.execPath}" "${BIN}" --json --employed --ready yes --skills strong --no-mass-pitch --would-take maybe --concern reviews > "${out}"`],
      steps: [
        { wait: 'How does the pay compare', send: ENTER },
        { wait: 'Keep this in your history', send: ENTER },
      ],
    });
    expect(r.exitCode).toBe(0);
    expect(plain(r.output)).toContain('How does the pay compare');
    const text = readFileSync(out, 'utf8');
    expect(JSON.parse(text).answers.pay).toBe('unknown');
    expect(text).not.toMatch(/\u001b/);
  });

  it('Ctrl-C at a question: "Cancelled.", exit 130, no stack trace, cursor restored', () => {
    const r = runPty([], { steps: [{ wait: 'Do you have a job right now?', send: CTRL_C }] });
    expect(r.exitCode).toBe(130);
    expect(plain(r.output)).toContain('Cancelled.');
    expect(r.output).not.toMatch(/\n\s+at /);
    // Inquirer hides the cursor while asking; it must be shown again.
    expect(r.output.lastIndexOf('\u001b[?25h')).toBeGreaterThan(r.output.lastIndexOf('\u001b[?25l'));
  });

  describe('the questions follow the colour switches too', () => {
    // eslint-disable-next-line no-control-regex
    const SGR = /\u001b\[[0-9;]*m/;
    const firstQuestion = (args: string[], env: Record<string, string> = {}) =>
      runPty(args, { env, steps: [{ wait: 'Do you have a job right now?', send: CTRL_C }] }).output;
    it('coloured by default', () => expect(firstQuestion([])).toMatch(SGR));
    it('plain with --no-color', () => expect(firstQuestion(['--no-color'])).not.toMatch(SGR));
    it('plain with NO_COLOR', () => expect(firstQuestion([], { NO_COLOR: '1' })).not.toMatch(SGR));
  });

  it('end of input (Ctrl-D) at a question is a cancel too', () => {
    const r = runPty([], { steps: [{ wait: 'Do you have a job right now?', send: '\u0004' }] });
    expect(r.exitCode).toBe(130);
    expect(plain(r.output)).toContain('Cancelled.');
  });
});
