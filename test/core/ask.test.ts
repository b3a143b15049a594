import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/core/rules.js';
import { ASK_IDS } from '../../src/core/ask.js';
import type { AnswersInput } from '../../src/core/answers.js';
import { allAnswers } from '../helpers/combos.js';

describe('questions to bring, chosen by the situation', () => {
  const cases: Array<[string, AnswersInput, string[]]> = [
    ['pay unknown, employed', { employment: 'employed', skills: 'strong', pay: 'unknown' }, ['ask-pay', 'ask-worth-the-move']],
    [
      'pay a little below: is there room to move',
      { employment: 'employed', ready: 'yes', skills: 'strong', pay: 'near', wouldTake: 'yes' },
      ['ask-flexibility', 'ask-worth-the-move'],
    ],
    [
      'pay well below, between jobs',
      { employment: 'unemployed', skills: 'strong', pay: 'below', wouldTake: 'yes' },
      ['ask-flexibility', 'ask-timeline'],
    ],
    ['partial fit, between jobs', { employment: 'unemployed', skills: 'partial', pay: 'match' }, ['ask-other-roles', 'ask-timeline']],
    ['a mass pitch: why me', { employment: 'unemployed', skills: 'strong', pay: 'match', massPitch: true }, ['ask-why-me', 'ask-timeline']],
    [
      'between jobs, all known: the timeline, and staying in touch',
      { employment: 'unemployed', skills: 'strong', pay: 'match' },
      ['ask-timeline', 'ask-stay-in-touch'],
    ],
    [
      'employed, all known: worth the move, and staying in touch',
      { employment: 'employed', skills: 'strong', pay: 'above' },
      ['ask-worth-the-move', 'ask-stay-in-touch'],
    ],
    [
      'review-site worries',
      { employment: 'unemployed', skills: 'strong', pay: 'above', concerns: ['reviews'] },
      ['ask-timeline', 'ask-what-you-heard'],
    ],
    [
      'hearsay',
      { employment: 'unemployed', skills: 'strong', pay: 'above', concerns: ['hearsay', 'no-time'] },
      ['ask-timeline', 'ask-what-you-heard'],
    ],
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

  const all = [...allAnswers()].map((a) => evaluate(a));
  const takes = all.filter((r) => r.verdict === 'take');

  it('only takes ask, with the published ids and real questions', () => {
    for (const r of all) {
      if (r.verdict === 'pass') expect(r.ask).toEqual([]);
      for (const q of r.ask) {
        expect(ASK_IDS).toContain(q.id);
        expect(q.text.length).toBeGreaterThan(30);
        expect(q.text).toMatch(/\?/);
      }
    }
  });

  it('every take gets at least two questions, and no question appears on every take', () => {
    expect(takes.filter((r) => r.ask.length < 2)).toEqual([]);
    for (const id of ASK_IDS)
      expect(
        takes.every((r) => r.ask.some((q) => q.id === id)),
        id,
      ).toBe(false);
  });

  it('every published question is asked somewhere', () => {
    const seen = new Set(takes.flatMap((r) => r.ask.map((q) => q.id)));
    expect([...ASK_IDS].filter((id) => !seen.has(id))).toEqual([]);
  });
});
