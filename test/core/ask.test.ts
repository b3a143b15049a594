import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/core/rules.js';
import { ASK_IDS } from '../../src/core/ask.js';
import type { AnswersInput } from '../../src/core/answers.js';
import { allAnswers } from '../helpers/combos.js';

describe('questions to bring', () => {
  const cases: Array<[string, AnswersInput, string[]]> = [
    ['pay unknown, employed', { employment: 'employed', skills: 'strong', pay: 'unknown' }, ['ask-pay', 'ask-worth-the-move']],
    ['partial fit, between jobs', { employment: 'unemployed', skills: 'partial', pay: 'match' }, ['ask-other-roles']],
    ['between jobs, all known', { employment: 'unemployed', skills: 'strong', pay: 'match' }, []],
    ['review-site worries', { employment: 'unemployed', skills: 'strong', pay: 'above', concerns: ['reviews'] }, ['ask-what-you-heard']],
    ['hearsay', { employment: 'unemployed', skills: 'strong', pay: 'above', concerns: ['hearsay', 'no-time'] }, ['ask-what-you-heard']],
    ['other concerns ask nothing', { employment: 'unemployed', skills: 'strong', pay: 'above', concerns: ['no-time', 'no-mood', 'unsure'] }, []],
    [
      'everything at once',
      { employment: 'employed', skills: 'partial', pay: 'unknown', concerns: ['reviews', 'hearsay'] },
      ['ask-pay', 'ask-other-roles', 'ask-worth-the-move', 'ask-what-you-heard'],
    ],
    ['a pass asks nothing', { employment: 'employed', skills: 'none', pay: 'unknown', concerns: ['reviews'] }, []],
  ];
  for (const [name, answers, ids] of cases) {
    it(name, () => expect(evaluate(answers).ask.map((q) => q.id)).toEqual(ids));
  }

  it('only takes ask, with the published ids and real questions', () => {
    for (const a of allAnswers()) {
      const r = evaluate(a);
      if (r.verdict === 'pass') expect(r.ask).toEqual([]);
      for (const q of r.ask) {
        expect(ASK_IDS).toContain(q.id);
        expect(q.text.length).toBeGreaterThan(30);
      }
    }
  });
});
