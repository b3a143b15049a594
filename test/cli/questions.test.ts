import { describe, expect, it } from 'vitest';
import { askMissing, anythingToAsk } from '../../src/cli/questions.js';
import { evaluate } from '../../src/core/rules.js';
import { PAY, type AnswersInput } from '../../src/core/answers.js';
import { fakePrompter } from '../helpers/fake-prompter.js';

// Labels given by flags, so a test about the answers is not about the two optional label questions.
const LABELS = { company: 'Acme', role: 'Rep' } as const;

describe('askMissing', () => {
  it('asks every question in a natural order, with sensible defaults', async () => {
    const prompter = fakePrompter();
    const { answers, asked } = await askMissing({}, prompter);
    expect(prompter.asked.map((q) => q.message)).toEqual([
      'Which company is it? (optional: Enter skips)',
      'What is the role? (optional: Enter skips)',
      'Do you have a job right now?',
      'Are you ready to make a move?',
      'How well does the role fit your skills?',
      'How does the pay compare with what you are after?',
      'Did it sound like a generic pitch sent to lots of people?',
      'If it turned out to be everything you hoped, would you take it?',
      'Anything holding you back?',
    ]);
    expect(answers).toEqual({
      employment: 'employed',
      ready: 'open',
      skills: 'partial',
      pay: 'unknown',
      massPitch: false,
      wouldTake: 'maybe',
      concerns: [],
    });
    // Enter at the two optional labels leaves them unset (no empty strings).
    expect(answers).not.toHaveProperty('company');
    expect(answers).not.toHaveProperty('role');
    expect([...asked]).toEqual(['company', 'role', 'employment', 'ready', 'skills', 'pay', 'massPitch', 'wouldTake', 'concerns']);
    // Enter through every question gives a sound result: a take.
    expect(evaluate(answers as AnswersInput).verdict).toBe('take');
  });

  it('offers every choice of each answer', async () => {
    const prompter = fakePrompter();
    await askMissing({}, prompter);
    const choices = prompter.asked.map((q) => q.choices);
    expect(choices).toEqual([
      undefined,
      undefined,
      ['employed', 'unemployed'],
      ['yes', 'open', 'no'],
      ['strong', 'partial', 'none'],
      expect.any(Array),
      undefined,
      ['yes', 'maybe', 'no'],
      ['reviews', 'hearsay', 'no-time', 'no-mood', 'unsure'],
    ]);
    // Every pay level, "near" included, with "I don't know yet" as the default.
    expect([...choices[5]!].sort()).toEqual([...PAY].sort());
    expect(prompter.asked[5]?.default).toBe('unknown');
  });

  it('asks the two optional labels first; Enter leaves them unset, and an empty answer reads as a word', async () => {
    const typed = await askMissing({}, fakePrompter(['  Acme Corp  ', 'Sales lead']));
    expect(typed.answers).toMatchObject({ company: 'Acme Corp', role: 'Sales lead' });

    const prompter = fakePrompter(['', '   ']);
    const skipped = await askMissing({}, prompter);
    expect(skipped.answers).not.toHaveProperty('company');
    expect(skipped.answers).not.toHaveProperty('role');
    expect(skipped.asked.has('company')).toBe(true);
    expect(skipped.asked.has('role')).toBe(true);
    // What a skipped answer shows once given: never a blank line.
    expect(prompter.asked.slice(0, 2).map((q) => [q.kind, q.empty])).toEqual([
      ['input', 'not said'],
      ['input', 'not said'],
    ]);
    expect(prompter.asked.at(-1)).toMatchObject({ kind: 'checkbox', message: 'Anything holding you back?', empty: 'none' });
  });

  it('does not ask readiness of someone between jobs', async () => {
    const prompter = fakePrompter(['', '', 'unemployed']);
    const { answers } = await askMissing({}, prompter);
    expect(prompter.asked.map((q) => q.message)).not.toContain('Are you ready to make a move?');
    expect(answers.ready).toBeUndefined();
  });

  it('skips what flags gave', async () => {
    const prompter = fakePrompter();
    const { asked } = await askMissing(
      { ...LABELS, employment: 'employed', ready: 'yes', skills: 'strong', massPitch: true, concerns: ['reviews'] },
      prompter,
    );
    expect(prompter.asked.map((q) => q.message)).toEqual([
      'How does the pay compare with what you are after?',
      'If it turned out to be everything you hoped, would you take it?',
    ]);
    expect([...asked]).toEqual(['pay', 'wouldTake']);
  });

  it('uses the answers given, in order', async () => {
    const prompter = fakePrompter(['Acme', 'Rep', 'employed', 'no', 'strong', 'near', true, 'yes', ['unsure', 'reviews']]);
    const { answers } = await askMissing({}, prompter);
    expect(answers).toEqual({
      company: 'Acme',
      role: 'Rep',
      employment: 'employed',
      ready: 'no',
      skills: 'strong',
      pay: 'near',
      massPitch: true,
      wouldTake: 'yes',
      concerns: ['reviews', 'unsure'],
    });
  });

  it('with a target known, asks for the figure offered; empty means unknown', async () => {
    const given = { ...LABELS, employment: 'unemployed', skills: 'strong' } as const;
    const typed = await askMissing({ ...given, target: 120000 }, fakePrompter(['100k-130k']));
    expect(typed.answers.offered).toEqual({ min: 100000, max: 130000 });
    expect(typed.answers.pay).toBeUndefined();

    const prompter = fakePrompter(['']);
    const empty = await askMissing({ ...given, target: 120000 }, prompter);
    expect(empty.answers.pay).toBe('unknown');
    expect(prompter.asked[0]).toMatchObject({ kind: 'input', empty: 'not said' });
    // No currency symbol unless one was typed (or saved with the target).
    expect(prompter.asked[0]?.message).toContain("You're after 120,000.");
    expect(prompter.asked[0]?.message).not.toContain('$');

    for (const [target, shown] of [
      ['€120k', '€120,000'],
      [{ amount: 120000, currency: '£' }, '£120,000'],
      ['$120,000', '$120,000'],
    ] as const) {
      const withCurrency = fakePrompter(['']);
      await askMissing({ ...given, target }, withCurrency);
      expect(withCurrency.asked[0]?.message).toContain(`You're after ${shown}.`);
    }
  });

  it("the pay questions refuse what is not a pay, with the parser's reason", async () => {
    const given = { ...LABELS, employment: 'unemployed', skills: 'strong' } as const;
    await expect(askMissing({ ...given, target: 120000 }, fakePrompter(['lots']))).rejects.toThrow(/"lots" is not a pay/);
    // A figure that reads two ways is refused, not guessed.
    await expect(askMissing({ ...given, target: 120000 }, fakePrompter(['120.000']))).rejects.toThrow(/could be read two ways/);
    await expect(askMissing({ ...given, offered: { min: 1, max: 1 } }, fakePrompter(['100k-120k']))).rejects.toThrow(/give the one figure/);
    await expect(askMissing({ ...given, offered: { min: 1, max: 1 } }, fakePrompter(['0.4']))).rejects.toThrow(/rounds to zero/);
  });

  it('the pay questions refuse a currency other than the figure it is compared with', async () => {
    const given = { ...LABELS, employment: 'unemployed', skills: 'strong' } as const;
    // Refused at the question, not as a usage error after every question is answered.
    await expect(askMissing({ ...given, target: { amount: 95000, currency: '€' } }, fakePrompter(['$100k']))).rejects.toThrow(
      /"\$100k" is in a different currency from the pay you are after \(€95,000\)/,
    );
    await expect(askMissing({ ...given, offered: { min: 100000, max: 100000, currency: '$' } }, fakePrompter(['€120k']))).rejects.toThrow(
      /"€120k" is in a different currency from the offer/,
    );
    // The same money written another way, or no currency at all, is fine.
    const same = await askMissing({ ...given, target: { amount: 95000, currency: '€' } }, fakePrompter(['EUR 100k']));
    expect(same.answers.offered).toMatchObject({ min: 100000, currency: 'EUR' });
    const bare = await askMissing({ ...given, target: { amount: 95000, currency: '€' } }, fakePrompter(['100k']));
    expect(bare.answers.offered).toEqual({ min: 100000, max: 100000 });
  });

  it('with --offered but no target, asks for the target', async () => {
    const prompter = fakePrompter(['110k']);
    const { answers } = await askMissing(
      { ...LABELS, employment: 'unemployed', skills: 'strong', offered: { min: 100000, max: 100000 } },
      prompter,
    );
    expect(prompter.asked[0]?.message).toMatch(/yearly pay are you after/);
    expect(answers.target).toEqual({ amount: 110000 });

    const typed = await askMissing(
      { ...LABELS, employment: 'unemployed', skills: 'strong', offered: { min: 100000, max: 100000, currency: '€' } },
      fakePrompter(['€110k']),
    );
    expect(typed.answers.target).toEqual({ amount: 110000, currency: '€' });
  });

  it('anythingToAsk is false only when every answer is given', () => {
    const all = {
      employment: 'employed',
      ready: 'open',
      skills: 'strong',
      pay: 'match',
      massPitch: false,
      wouldTake: 'maybe',
      concerns: [],
    } as const;
    // The labels are optional: they alone never start the questions.
    expect(anythingToAsk(all)).toBe(false);
    expect(anythingToAsk({ ...all, concerns: undefined })).toBe(true);
    expect(anythingToAsk({ ...all, employment: 'unemployed', ready: undefined })).toBe(false);
  });
});
