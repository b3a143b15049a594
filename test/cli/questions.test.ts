import { describe, expect, it } from 'vitest';
import { askMissing, anythingToAsk } from '../../src/cli/questions.js';
import { evaluate } from '../../src/core/rules.js';
import type { AnswersInput } from '../../src/core/answers.js';
import { fakePrompter } from '../helpers/fake-prompter.js';

describe('askMissing', () => {
  it('asks every question in a natural order, with sensible defaults', async () => {
    const prompter = fakePrompter();
    const { answers, asked } = await askMissing({}, prompter);
    expect(prompter.asked.map((q) => q.message)).toEqual([
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
    expect([...asked]).toEqual(['employment', 'ready', 'skills', 'pay', 'massPitch', 'wouldTake', 'concerns']);
    // Enter through every question gives a sound result: a take.
    expect(evaluate(answers as AnswersInput).verdict).toBe('take');
  });

  it('offers every choice of each answer', async () => {
    const prompter = fakePrompter();
    await askMissing({}, prompter);
    expect(prompter.asked.map((q) => q.choices)).toEqual([
      ['employed', 'unemployed'],
      ['yes', 'open', 'no'],
      ['strong', 'partial', 'none'],
      ['above', 'match', 'unknown', 'below'],
      undefined,
      ['yes', 'maybe', 'no'],
      ['reviews', 'hearsay', 'no-time', 'no-mood', 'unsure'],
    ]);
  });

  it('does not ask readiness of someone between jobs', async () => {
    const prompter = fakePrompter(['unemployed']);
    const { answers } = await askMissing({}, prompter);
    expect(prompter.asked.map((q) => q.message)).not.toContain('Are you ready to make a move?');
    expect(answers.ready).toBeUndefined();
  });

  it('skips what flags gave', async () => {
    const prompter = fakePrompter();
    const { asked } = await askMissing(
      { employment: 'employed', ready: 'yes', skills: 'strong', massPitch: true, concerns: ['reviews'] },
      prompter,
    );
    expect(prompter.asked.map((q) => q.message)).toEqual([
      'How does the pay compare with what you are after?',
      'If it turned out to be everything you hoped, would you take it?',
    ]);
    expect([...asked]).toEqual(['pay', 'wouldTake']);
  });

  it('uses the answers given, in order', async () => {
    const prompter = fakePrompter(['employed', 'no', 'strong', 'above', true, 'yes', ['unsure', 'reviews']]);
    const { answers } = await askMissing({}, prompter);
    expect(answers).toEqual({
      employment: 'employed',
      ready: 'no',
      skills: 'strong',
      pay: 'above',
      massPitch: true,
      wouldTake: 'yes',
      concerns: ['reviews', 'unsure'],
    });
  });

  it('with a target known, asks for the figure offered; empty means unknown', async () => {
    const typed = await askMissing({ employment: 'unemployed', skills: 'strong', target: 120000 }, fakePrompter(['100k-130k']));
    expect(typed.answers.offered).toEqual({ min: 100000, max: 130000 });
    expect(typed.answers.pay).toBeUndefined();

    const prompter = fakePrompter(['']);
    const empty = await askMissing({ employment: 'unemployed', skills: 'strong', target: 120000 }, prompter);
    expect(empty.answers.pay).toBe('unknown');
    expect(prompter.asked[0]?.message).toContain("You're after $120,000");
  });

  it('the pay questions refuse what is not a pay, with the parser\'s reason', async () => {
    await expect(askMissing({ employment: 'unemployed', skills: 'strong', target: 120000 }, fakePrompter(['lots']))).rejects.toThrow(
      /"lots" is not a pay/,
    );
    await expect(
      askMissing({ employment: 'unemployed', skills: 'strong', offered: { min: 1, max: 1 } }, fakePrompter(['100k-120k'])),
    ).rejects.toThrow(/give the one figure/);
  });

  it('with --offered but no target, asks for the target', async () => {
    const prompter = fakePrompter(['110k']);
    const { answers } = await askMissing(
      { employment: 'unemployed', skills: 'strong', offered: { min: 100000, max: 100000 } },
      prompter,
    );
    expect(prompter.asked[0]?.message).toMatch(/yearly pay are you after/);
    expect(answers.target).toBe(110000);
  });

  it('anythingToAsk is false only when every answer is given', () => {
    const all = { employment: 'employed', ready: 'open', skills: 'strong', pay: 'match', massPitch: false, wouldTake: 'maybe', concerns: [] } as const;
    expect(anythingToAsk(all)).toBe(false);
    expect(anythingToAsk({ ...all, concerns: undefined })).toBe(true);
    expect(anythingToAsk({ ...all, employment: 'unemployed', ready: undefined })).toBe(false);
  });
});
