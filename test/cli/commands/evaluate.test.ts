// The evaluate command in-process, with fake streams, a scripted prompter and
// a profile in a temporary folder: which questions are asked when, and how
// flags, the profile and the defaults combine.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../../../src/cli/main.js';
import { ProfileStore } from '../../../src/io/profile-store.js';
import { HistoryStore } from '../../../src/io/history-store.js';
import { fakeIO, type FakeIOOptions } from '../../helpers/fake-io.js';
import { exitPromptError, fakePrompter, type Scripted } from '../../helpers/fake-prompter.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'sii-eval-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function runWith(argv: string[], options: { io?: FakeIOOptions; script?: Scripted[] } = {}) {
  const io = fakeIO(options.io);
  const prompter = fakePrompter(options.script);
  const store = new ProfileStore(join(dir, 'profile'));
  const history = new HistoryStore(join(dir, 'profile'));
  const code = await run(argv, { io, prompter: () => prompter, profileStore: () => store, historyStore: () => history });
  return { code, out: io.out(), err: io.err(), asked: prompter.asked.map((q) => q.message), store, history };
}

const TERMINAL = { tty: true };

describe('when questions are asked', () => {
  it('on a terminal, every missing answer is asked', async () => {
    const r = await runWith([], { io: TERMINAL });
    // the recruiter's message (skipped), the two optional labels, seven answers, the offer to save the profile, and to keep it in the history
    expect(r.asked).toHaveLength(12);
    expect(r.asked[0]).toBe(
      "Do you have the recruiter's message? Give its file (text or .eml), e to paste it in your editor, or Enter to skip:",
    );
    expect(r.asked.slice(1, 3)).toEqual(['Which company is it? (optional: Enter skips)', 'What is the role? (optional: Enter skips)']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('TAKE');
  });

  it('stdout may be redirected: questions still asked, stdout is clean JSON', async () => {
    const r = await runWith(['--json'], { io: { stdinTTY: true, stderrTTY: true, stdoutTTY: false } });
    expect(r.asked.length).toBeGreaterThan(0);
    expect(JSON.parse(r.out).verdict).toBe('take');
  });

  it('never off a terminal: missing answers are a usage error naming the flags', async () => {
    for (const io of [
      { stdinTTY: false, stderrTTY: true },
      { stdinTTY: true, stderrTTY: false },
    ]) {
      const r = await runWith(['--employed'], { io });
      expect(r.asked).toEqual([]);
      expect(r.code).toBe(2);
      expect(r.err).toContain('missing answers: --skills <strong|partial|none>; --pay <above|match|near|below|unknown>');
    }
  });

  it('never with --no-input or SHOULD_I_INTERVIEW_NO_INPUT=1', async () => {
    expect((await runWith(['--no-input'], { io: TERMINAL })).asked).toEqual([]);
    const env = await runWith([], { io: { ...TERMINAL, env: { SHOULD_I_INTERVIEW_NO_INPUT: '1' } } });
    expect(env.asked).toEqual([]);
    expect(env.code).toBe(2);
  });

  it('not at all when flags give every answer', async () => {
    const r = await runWith(
      [
        '--employed',
        '--ready',
        'yes',
        '--skills',
        'strong',
        '--pay',
        'match',
        '--no-mass-pitch',
        '--would-take',
        'yes',
        '--concern',
        'none',
      ],
      { io: TERMINAL },
    );
    expect(r.asked).toEqual([]);
    expect(r.code).toBe(0);
  });

  it('off a terminal, optional answers take their defaults without asking', async () => {
    const r = await runWith(['--employed', '--skills', 'strong', '--pay', 'match', '--json']);
    expect(JSON.parse(r.out).answers).toMatchObject({ ready: 'open', massPitch: false, wouldTake: 'maybe', concerns: [] });
  });

  it('Ctrl-C at a question: "Cancelled.", exit 130, nothing on stdout', async () => {
    const r = await runWith([], { io: TERMINAL, script: ['', 'Acme', '', 'employed', { throw: exitPromptError() }] });
    expect(r.code).toBe(130);
    expect(r.err).toBe('Cancelled.\n');
    expect(r.out).toBe('');
  });
});

describe('the saved profile', () => {
  it('fills answers the flags left open (flags, then profile, then defaults)', async () => {
    const store = new ProfileStore(join(dir, 'profile'));
    await store.save({ employment: 'unemployed', ready: 'no', target: 100000 });
    const r = await runWith(['--skills', 'strong', '--offered', '95k', '--json']);
    const answers = JSON.parse(r.out).answers;
    expect(answers.employment).toBe('unemployed');
    expect(answers.ready).toBe('no');
    expect(answers.payFigures.target).toBe(100000);
    expect(answers.pay).toBe('near'); // 95k against 100k: a little below, within reach

    const flagsWin = await runWith([
      '--employed',
      '--ready',
      'yes',
      '--skills',
      'strong',
      '--offered',
      '95k',
      '--target',
      '120k',
      '--json',
    ]);
    expect(JSON.parse(flagsWin.out).answers).toMatchObject({
      employment: 'employed',
      ready: 'yes',
      pay: 'below',
      payFigures: { target: 120000 },
    });
  });

  it('a saved target in another currency than --offered: a usage error that says the target is the saved one', async () => {
    await new ProfileStore(join(dir, 'profile')).save({ employment: 'employed', target: 95000, currency: '€' });
    const r = await runWith(['--skills', 'strong', '--offered', '$100k']);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toMatch(/^error: --offered and the target saved in your profile \(should-i-interview profile set --target\): /);
    expect(r.err).toContain('different currencies');
  });

  it('on a terminal, the two currencies are said before any question is asked', async () => {
    await new ProfileStore(join(dir, 'profile')).save({ employment: 'employed', target: 95000, currency: '€' });
    const r = await runWith(['--offered', '$100k'], { io: TERMINAL });
    expect(r.code).toBe(2);
    expect(r.asked).toEqual([]);
    expect(r.err).toContain('different currencies');
  });

  it('the readiness warning comes only with a verdict, never beside an error', async () => {
    const r = await runWith(['--unemployed', '--ready', 'no', '--skills', 'strong', '--offered', '€100k', '--target', '£120k']);
    expect(r.code).toBe(2);
    expect(r.err).not.toContain('warning');
  });

  it('--no-profile ignores it', async () => {
    await new ProfileStore(join(dir, 'profile')).save({ employment: 'unemployed' });
    const r = await runWith(['--no-profile', '--skills', 'strong', '--pay', 'match']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('missing answer: --employed or --unemployed');
  });

  it('interactively: a saved answer is not asked, and the output says where it came from', async () => {
    await new ProfileStore(join(dir, 'profile')).save({ employment: 'employed', ready: 'yes' });
    const r = await runWith([], { io: TERMINAL });
    expect(r.asked).not.toContain('Do you have a job right now?');
    expect(r.asked).not.toContain('Are you ready to make a move?');
    expect(r.err).toContain(
      "Using your saved profile (employed, ready to move: yes). Change it with 'should-i-interview profile set', or ignore it with --no-profile.",
    );
    // employment was not asked, so there is nothing to offer to save
    expect(r.asked.some((m) => m.startsWith('Save '))).toBe(false);
  });

  it('offers to save an employment answer, defaulting to no', async () => {
    const declined = await runWith([], { io: TERMINAL });
    expect(declined.asked.at(-2)).toBe('Save "employed, ready to move: open" to your profile, so it isn\'t asked next time?');
    expect(declined.store.exists()).toBe(false);

    const accepted = await runWith([], {
      io: TERMINAL,
      script: ['', '', '', 'employed', 'yes', 'strong', 'match', false, 'yes', [], true, false],
    });
    expect(accepted.store.read()).toEqual({ employment: 'employed', ready: 'yes' });
    expect(accepted.err).toContain(`Saved to ${accepted.store.path}.`);
  });

  it('keeps the result in the history when asked to, in the flow or with --save', async () => {
    const kept = await runWith([], {
      io: TERMINAL,
      script: ['', 'Acme', 'Sales lead', 'unemployed', 'strong', 'match', false, 'yes', [], false, true],
    });
    expect(kept.asked.at(-1)).toBe('Keep this in your history, so you can record later what came of it?');
    const saved = kept.history.read().events;
    expect(saved).toHaveLength(1);
    // The labels typed at the first two questions say which opportunity it was.
    expect(saved[0]).toMatchObject({
      type: 'evaluated',
      verdict: 'take',
      answers: { employment: 'unemployed', skills: 'strong', company: 'Acme', role: 'Sales lead' },
    });
    expect(kept.err).toMatch(/Saved to your history as [0-9a-f]{16}\. Later: should-i-interview history outcome [0-9a-f]{16} interviewed/);

    const flagged = await runWith(['--employed', '--skills', 'none', '--pay', 'match', '--save', '--json']);
    expect(flagged.code).toBe(1);
    expect(flagged.history.read().events).toHaveLength(2);
    expect(JSON.parse(flagged.out).verdict).toBe('pass');
  });

  it('is not read, and nothing is written, when flags answer everything', async () => {
    const r = await runWith(['--employed', '--ready', 'open', '--skills', 'strong', '--pay', 'match']);
    expect(r.code).toBe(0);
    expect(existsSync(join(dir, 'profile'))).toBe(false);
  });

  it('a broken profile: exit 2, the path and the fix, the file untouched', async () => {
    const store = new ProfileStore(join(dir, 'profile'));
    await store.save({ employment: 'employed' });
    writeFileSync(store.path, '{"employment": "employed",');
    const r = await runWith(['--skills', 'strong', '--pay', 'match']);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`the saved profile at ${store.path} is not valid JSON`);
    expect(r.err).toContain("run 'should-i-interview profile reset'");
    expect(r.err).toContain('--no-profile');
    expect(r.err).not.toMatch(/\n\s+at /);
    expect(readFileSync(store.path, 'utf8')).toBe('{"employment": "employed",');
  });
});
