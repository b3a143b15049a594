// People who just got a recruiter's message, as a careful career adviser
// would answer them. Each persona states the verdict and what the advice
// must (and must not) say; the properties behind them are in rules, score
// and flips tests.
import { describe, expect, it } from 'vitest';
import { evaluate, type Verdict } from '../../src/core/rules.js';
import type { AnswersInput } from '../../src/core/answers.js';

interface Persona {
  who: string;
  answers: AnswersInput;
  verdict: 'take' | 'pass';
  headline?: RegExp;
  reasons?: string[];
  notReasons?: string[];
  flips?: RegExp[];
  noFlipKeys?: string[];
  ask?: string[];
  says?: RegExp[];
  neverSays?: RegExp[];
}

const all = (v: Verdict) =>
  [v.headline, ...v.reasons.map((r) => r.text), ...v.flips.map((f) => f.text), ...v.ask.map((q) => q.text)].join('\n');

const PERSONAS: Persona[] = [
  {
    who: 'an account manager, employed and ready, offered 107k against 120k for a job she would take',
    answers: { employment: 'employed', ready: 'yes', skills: 'strong', offered: '107k', target: '120k', wouldTake: 'yes' },
    verdict: 'take',
    headline: /within reach/,
    reasons: ['driver-seat', 'strong-fit', 'within-reach'],
    notReasons: ['outside-wheelhouse'],
    flips: [/^If the offer comes in under 102,000, it's a pass\.$/],
    ask: ['ask-flexibility', 'ask-worth-the-move'],
    says: [/first figures are often not final/],
  },
  {
    who: 'the same account manager offered 100k: a pass that says where it would turn',
    answers: { employment: 'employed', ready: 'yes', skills: 'strong', offered: '100k', target: '120k', wouldTake: 'yes' },
    verdict: 'pass',
    headline: /too far below/,
    says: [/16% under what you're after/],
    flips: [/^If the offer were 102,000 or more, this would be a take\.$/],
    neverSays: [/waiting for/, /take the shot/i],
  },
  {
    who: "the article's building-products sales manager, pitched life insurance for $100k+",
    answers: { employment: 'employed', skills: 'none', pay: 'above', massPitch: true, concerns: ['no-time'] },
    verdict: 'pass',
    headline: /outside your skills/,
    reasons: ['outside-wheelhouse', 'mass-pitch'],
    notReasons: ['amazing-fit', 'on-the-radar'],
    noFlipKeys: ['skills', 'massPitch'],
    says: [/short of time isn't why this is a pass; the reason is that the role is outside your skills/],
    neverSays: [/It is one hour, and it is your career/],
  },
  {
    who: 'a nurse between jobs, a strong fit, pay not yet discussed, worried by reviews',
    answers: { employment: 'unemployed', skills: 'strong', pay: 'unknown', concerns: ['reviews'] },
    verdict: 'take',
    headline: /in your wheelhouse/,
    reasons: ['serious-look', 'strong-fit', 'better-pay', 'rebut-reviews'],
    ask: ['ask-pay', 'ask-timeline', 'ask-what-you-heard'],
    neverSays: [/\bsales\b|commission/i],
    noFlipKeys: ['massPitch', 'ready'],
  },
  {
    who: 'a developer happy where he is, a strong fit at his pay, maybe',
    answers: { employment: 'employed', ready: 'no', skills: 'strong', pay: 'match' },
    verdict: 'pass',
    headline: /happy where you are/,
    reasons: ['not-looking', 'amazing-fit'],
    says: [/On paper it fits/],
    neverSays: [/waiting for/],
    flips: [/you found you'd take it if it lived up to its promise/],
  },
  {
    who: 'the same developer, who says he would take it if it lived up to its promise',
    answers: { employment: 'employed', ready: 'no', skills: 'strong', pay: 'match', wouldTake: 'yes' },
    verdict: 'take',
    reasons: ['not-looking', 'amazing-fit'],
    neverSays: [/unless this is a job you'd jump at/i, /waiting for/],
    says: [/even without looking/],
  },
  {
    who: 'a designer sure she would never take a job at this agency, however it went',
    answers: { employment: 'employed', ready: 'yes', skills: 'strong', pay: 'above', wouldTake: 'no', concerns: ['unsure'] },
    verdict: 'pass',
    headline: /never take/,
    reasons: ['would-not-take'],
    notReasons: ['amazing-fit', 'practice'],
    says: [/Being unsure isn't why this is a pass; the reason is that you'd never take the job/],
    noFlipKeys: ['wouldTake'],
  },
  {
    who: 'a teacher moving into training, a partial fit, pay matching, between jobs',
    answers: { employment: 'unemployed', skills: 'partial', pay: 'match' },
    verdict: 'take',
    reasons: ['serious-look', 'other-roles', 'pay-fits'],
    says: [/using part of what you do/],
    neverSays: [/fits your skills strongly|that fits your skills/],
    ask: ['ask-other-roles', 'ask-timeline'],
  },
  {
    who: 'an analyst, employed and only open, partial fit, pay a little under',
    answers: { employment: 'employed', skills: 'partial', pay: 'near' },
    verdict: 'pass',
    headline: /falls short/,
    reasons: ['pay-short'],
    notReasons: ['within-reach'],
    flips: [/match what you're after, or better/],
  },
  {
    who: 'a warehouse lead offered 22/hr against 50k, between jobs, would take it',
    answers: { employment: 'unemployed', skills: 'strong', offered: '22/hr', target: '50k', wouldTake: 'yes' },
    verdict: 'take',
    says: [/22\/hr \(45,760 a year\)/],
    ask: ['ask-flexibility', 'ask-timeline'],
  },
  {
    who: 'a sales rep quoted €150k OTE against €140k',
    answers: { employment: 'employed', ready: 'open', skills: 'strong', offered: '€150k OTE', target: '€140k' },
    verdict: 'take',
    says: [/€150,000 OTE a year; your target: €140,000/],
  },
  {
    who: 'an engineer offered "40k+" against a 200k target: the floor is what counts',
    answers: { employment: 'employed', skills: 'strong', offered: '40k+', target: '200k' },
    verdict: 'pass',
    says: [/40,000\+ a year \(a floor\)/],
    neverSays: [/pays what you're after/],
  },
  {
    who: 'a generic "make $100k your first year" blast to a partial-fit marketer who is looking',
    answers: { employment: 'employed', ready: 'yes', skills: 'partial', pay: 'above', massPitch: true },
    verdict: 'pass',
    headline: /generic pitch/,
    reasons: ['mass-pitch', 'pay-fits'],
    noFlipKeys: ['massPitch'],
  },
  {
    who: 'a strong-fit mass pitch to someone between jobs: go, and ask why them',
    answers: { employment: 'unemployed', skills: 'strong', pay: 'match', massPitch: true },
    verdict: 'take',
    reasons: ['mass-pitch'],
    ask: ['ask-why-me', 'ask-timeline'],
    says: [/find out if anyone there has looked at you/],
  },
  {
    who: 'a career changer between jobs, a partial fit, offered 16% under her target',
    answers: { employment: 'unemployed', skills: 'partial', offered: '100k', target: '120k' },
    verdict: 'take',
    says: [/16% under what you're after .*ask early whether there is room to move/s],
    neverSays: [/only a strong fit/, /don't need to settle/],
    ask: ['ask-flexibility', 'ask-other-roles', 'ask-timeline'],
  },
  {
    who: 'someone between jobs, a strong fit a little under target, but a mass pitch',
    answers: { employment: 'unemployed', skills: 'strong', pay: 'near', massPitch: true, concerns: ['no-mood'] },
    verdict: 'pass',
    headline: /generic pitch/,
    neverSays: [/don't need to settle/, /serious/],
  },
  {
    who: 'a partial fit a little under target, between jobs: no claim that the fit is there',
    answers: { employment: 'unemployed', skills: 'partial', pay: 'near' },
    verdict: 'take',
    neverSays: [/the fit is there/],
  },
  {
    who: 'no skills fit and the pay well below: one sentence, both counts',
    answers: { employment: 'employed', skills: 'none', pay: 'below' },
    verdict: 'pass',
    says: [/outside your wheelhouse on both counts/],
    neverSays: [/however (big|good) the/],
  },
  {
    who: 'a strong-fit mass pitch between jobs: not called serious, nor the job you waited for',
    answers: { employment: 'unemployed', skills: 'strong', pay: 'match', massPitch: true },
    verdict: 'take',
    neverSays: [/serious/, /waiting for/],
    says: [/pitch or not/, /worth finding out if the pitch is real/],
  },
];

describe('personas', () => {
  for (const p of PERSONAS) {
    it(p.who, () => {
      const v = evaluate(p.answers);
      const ids = v.reasons.map((r) => r.id);
      expect(v.verdict).toBe(p.verdict);
      if (p.headline) expect(v.headline).toMatch(p.headline);
      for (const id of p.reasons ?? []) expect(ids).toContain(id);
      for (const id of p.notReasons ?? []) expect(ids).not.toContain(id);
      for (const flip of p.flips ?? []) expect(v.flips.map((f) => f.text)).toContainEqual(expect.stringMatching(flip));
      for (const key of p.noFlipKeys ?? []) expect(v.flips.filter((f) => key in f.changes)).toEqual([]);
      if (p.ask) expect(v.ask.map((q) => q.id)).toEqual(p.ask);
      for (const re of p.says ?? []) expect(all(v)).toMatch(re);
      for (const re of p.neverSays ?? []) expect(all(v)).not.toMatch(re);
    });
  }
});
