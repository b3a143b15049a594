import { describe, expect, it } from 'vitest';
import { InvalidAnswerError, normaliseAnswers, type AnswersInput } from '../../src/core/answers.js';
import { evaluate } from '../../src/core/rules.js';

const required = { employment: 'employed', skills: 'strong', pay: 'match' } as const;

describe('normaliseAnswers', () => {
  it('fills the defaults: ready open when employed, yes when unemployed; no pitch; maybe; no concerns', () => {
    expect(normaliseAnswers(required)).toEqual({
      ...required,
      ready: 'open',
      massPitch: false,
      wouldTake: 'maybe',
      concerns: [],
    });
    expect(normaliseAnswers({ ...required, employment: 'unemployed' }).ready).toBe('yes');
  });

  it('keeps concerns once each, in the published order', () => {
    expect(normaliseAnswers({ ...required, concerns: ['unsure', 'reviews', 'unsure'] }).concerns).toEqual(['reviews', 'unsure']);
  });

  it('cleans labels and drops empty ones', () => {
    const a = normaliseAnswers({ ...required, company: '  \u001b[31mAcme\u001b[0m\n Corp ', role: '\u0007' });
    expect(a.company).toBe('Acme Corp');
    expect('role' in a).toBe(false);
  });

  const bad: Array<[string, unknown, string]> = [
    ['missing employment', { skills: 'strong', pay: 'match' }, 'employment'],
    ['missing skills', { employment: 'employed', pay: 'match' }, 'skills'],
    ['missing pay', { employment: 'employed', skills: 'strong' }, 'pay'],
    ['bad pay', { ...required, pay: 'great' }, 'pay'],
    ['bad ready', { ...required, ready: 'maybe' }, 'ready'],
    ['bad wouldTake', { ...required, wouldTake: 'sure' }, 'wouldTake'],
    ['massPitch not boolean', { ...required, massPitch: 'yes' }, 'massPitch'],
    ['concerns not an array', { ...required, concerns: 'reviews' }, 'concerns'],
    ['unknown concern', { ...required, concerns: ['boredom'] }, 'concerns'],
    ['company not text', { ...required, company: 42 }, 'company'],
    ['unknown key', { ...required, salary: 100 }, 'salary'],
    ['not an object', null, 'answers'],
    ['offered and pay together', { ...required, offered: '100k', target: '120k' }, 'pay'],
    ['offered without a target', { employment: 'employed', skills: 'strong', offered: '100k' }, 'target'],
    ['offered that is not a pay', { employment: 'employed', skills: 'strong', offered: 'lots', target: '120k' }, 'offered'],
    ['a target range', { employment: 'employed', skills: 'strong', offered: '100k', target: '100k-120k' }, 'target'],
    ['a negative target', { employment: 'employed', skills: 'strong', offered: '100k', target: -5 }, 'target'],
    ['an offered range upside down', { employment: 'employed', skills: 'strong', offered: { min: 9, max: 1 }, target: 5 }, 'offered'],
  ];
  for (const [name, input, key] of bad) {
    it(`rejects ${name}, naming the key`, () => {
      let error: unknown;
      try {
        evaluate(input as AnswersInput);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(InvalidAnswerError);
      expect((error as InvalidAnswerError).key).toBe(key);
      expect((error as Error).message).toContain(key);
    });
  }

  it('says what a key accepts', () => {
    expect(() => evaluate({ ...required, pay: 'great' } as unknown as AnswersInput)).toThrow(
      'Invalid answer "pay": "great" is not one of above, match, near, below, unknown.',
    );
  });
});
