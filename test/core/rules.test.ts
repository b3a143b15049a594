import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { evaluate, mainReasonForPass, THRESHOLD, type Verdict } from '../../src/core/rules.js';
import { InvalidAnswerError, type Answers, type AnswersInput } from '../../src/core/answers.js';
import { PASS_HEADLINE, REASON_IDS, REASONS_AGAINST, REASONS_FOR, REBUTTAL_TAKE, REBUTTALS } from '../../src/core/reasons.js';
import { allAnswers, LADDERS } from '../helpers/combos.js';

const ids = (v: Verdict): string[] => v.reasons.map((r) => r.id);
const base: AnswersInput = { employment: 'employed', skills: 'strong', pay: 'match' };

describe('table: one scenario per reason id', () => {
  const cases: Array<{ name: string; answers: AnswersInput; verdict: 'take' | 'pass'; has: string[]; lacks?: string[] }> = [
    {
      name: 'employed, strong fit, pay matches: amazing fit from the driver seat',
      answers: base,
      verdict: 'take',
      has: ['driver-seat', 'amazing-fit', 'on-the-radar', 'cross-it-off', 'practice'],
      lacks: ['serious-look', 'better-pay', 'other-roles', 'strong-fit'],
    },
    { name: 'pay above also counts as an amazing fit', answers: { ...base, pay: 'above' }, verdict: 'take', has: ['amazing-fit'] },
    {
      name: 'unemployed: a serious look',
      answers: { employment: 'unemployed', skills: 'strong', pay: 'match' },
      verdict: 'take',
      has: ['serious-look', 'amazing-fit'],
      lacks: ['driver-seat', 'not-looking'],
    },
    {
      name: 'pay unknown with a strong fit: the fit is named, and the pay may be better',
      answers: { ...base, pay: 'unknown' },
      verdict: 'take',
      has: ['strong-fit', 'better-pay'],
      lacks: ['amazing-fit', 'outside-wheelhouse'],
    },
    {
      name: 'pay a little below, strong fit: within reach',
      answers: { ...base, pay: 'near', ready: 'yes' },
      verdict: 'take',
      has: ['strong-fit', 'within-reach'],
      lacks: ['pay-short', 'outside-wheelhouse'],
    },
    {
      name: 'pay a little below, partial fit, employed and only open: the pay falls short',
      answers: { ...base, skills: 'partial', pay: 'near' },
      verdict: 'pass',
      has: ['pay-short'],
      lacks: ['within-reach', 'outside-wheelhouse', 'other-roles'],
    },
    {
      name: 'partial fit: other, unadvertised roles',
      answers: { ...base, skills: 'partial', pay: 'unknown' },
      verdict: 'take',
      has: ['other-roles', 'better-pay', 'practice'],
    },
    {
      name: 'partial fit with fitting pay: the pay is not what stands in the way',
      answers: { ...base, skills: 'partial', pay: 'above' },
      verdict: 'take',
      has: ['other-roles', 'pay-fits'],
      lacks: ['amazing-fit', 'better-pay'],
    },
    {
      name: "the article's life-insurance pitch to a building-products sales manager",
      answers: { employment: 'employed', skills: 'none', pay: 'above', massPitch: true },
      verdict: 'pass',
      has: ['outside-wheelhouse', 'mass-pitch'],
      lacks: ['on-the-radar', 'practice', 'amazing-fit'],
    },
    {
      name: 'employed and pay well below: no need to settle',
      answers: { ...base, pay: 'below', wouldTake: 'yes', ready: 'yes' },
      verdict: 'pass',
      has: ['outside-wheelhouse'],
    },
    {
      name: '100% sure you would never take it',
      answers: { ...base, pay: 'above', wouldTake: 'no' },
      verdict: 'pass',
      has: ['would-not-take'],
      lacks: ['practice', 'amazing-fit'],
    },
    {
      name: 'employed and not ready to move',
      answers: { ...base, ready: 'no' },
      verdict: 'pass',
      has: ['not-looking', 'amazing-fit'],
      lacks: ['driver-seat'],
    },
    {
      name: 'not ready, but a strong fit you would take',
      answers: { ...base, ready: 'no', wouldTake: 'yes' },
      verdict: 'take',
      has: ['not-looking', 'amazing-fit', 'practice'],
      lacks: ['driver-seat'],
    },
    {
      name: 'a mass pitch with only a partial fit',
      answers: { ...base, skills: 'partial', massPitch: true },
      verdict: 'pass',
      has: ['mass-pitch', 'pay-fits'],
      lacks: ['other-roles'],
    },
    {
      name: 'every concern gets its rebuttal',
      answers: { ...base, concerns: ['reviews', 'hearsay', 'no-time', 'no-mood', 'unsure'] },
      verdict: 'take',
      has: ['rebut-reviews', 'rebut-hearsay', 'rebut-no-time', 'rebut-no-mood', 'rebut-unsure'],
    },
    {
      name: 'unemployed, strong fit, pay well below, and you would take it',
      answers: { employment: 'unemployed', skills: 'strong', pay: 'below', wouldTake: 'yes' },
      verdict: 'take',
      has: ['outside-wheelhouse', 'serious-look', 'strong-fit'],
    },
    {
      name: 'unemployed, strong fit, pay well below, only maybe',
      answers: { employment: 'unemployed', skills: 'strong', pay: 'below' },
      verdict: 'pass',
      has: ['outside-wheelhouse'],
    },
  ];

  for (const c of cases) {
    it(c.name, () => {
      const result = evaluate(c.answers);
      expect(result.verdict).toBe(c.verdict);
      expect(ids(result)).toEqual(expect.arrayContaining(c.has));
      for (const id of c.lacks ?? []) expect(ids(result)).not.toContain(id);
    });
  }

  it('covers every published reason id', () => {
    const seen = new Set(cases.flatMap((c) => ids(evaluate(c.answers))));
    expect([...REASON_IDS].filter((id) => !seen.has(id))).toEqual([]);
  });

  it('returns the documented shape', () => {
    const result = evaluate({ ...base, company: 'Acme', role: 'Sales lead' });
    expect(Object.keys(result)).toEqual([
      'schemaVersion',
      'verdict',
      'score',
      'close',
      'headline',
      'reasons',
      'flips',
      'ask',
      'breakdown',
      'answers',
      'message',
    ]);
    expect(result.schemaVersion).toBe(4);
    // no message was read
    expect(result.message).toBeNull();
    expect(result.answers).toEqual({
      employment: 'employed',
      ready: 'open',
      skills: 'strong',
      pay: 'match',
      massPitch: false,
      wouldTake: 'maybe',
      concerns: [],
      company: 'Acme',
      role: 'Sales lead',
    });
    for (const r of result.reasons) expect(Object.keys(r)).toEqual(['id', 'stance', 'text']);
    for (const b of result.breakdown) expect(Object.keys(b)).toEqual(['factor', 'points']);
  });
});

describe('pay from figures', () => {
  it('derives the level from offered and target, and the reasons quote the figures', () => {
    const result = evaluate({ employment: 'employed', skills: 'strong', offered: '100k-130k', target: '120k' });
    expect(result.answers.pay).toBe('match');
    expect(result.answers.payFigures).toEqual({ offered: { min: 100000, max: 130000 }, target: 120000 });
    expect(result.reasons.find((r) => r.id === 'amazing-fit')?.text).toContain('(offered: 100,000-130,000 a year; your target: 120,000)');
  });

  it('shows the currency given, on both figures', () => {
    const result = evaluate({ employment: 'employed', skills: 'strong', offered: '€100k-130k', target: '120k' });
    expect(result.answers.payFigures?.currency).toBe('€');
    expect(result.reasons.find((r) => r.id === 'amazing-fit')?.text).toContain(
      '(offered: €100,000-€130,000 a year; your target: €120,000)',
    );
  });

  it('refuses two currencies, naming both answers', () => {
    expect(() => evaluate({ employment: 'employed', skills: 'strong', offered: '€100k', target: '£120k' })).toThrow(InvalidAnswerError);
    try {
      evaluate({ employment: 'employed', skills: 'strong', offered: '€100k', target: '£120k' });
    } catch (error) {
      expect((error as InvalidAnswerError).keys).toEqual(['offered', 'target']);
      expect((error as Error).message).toMatch(/different currencies/);
    }
  });

  it('well below: outside the wheelhouse, with the figures', () => {
    const result = evaluate({ employment: 'employed', skills: 'strong', offered: '45/hr', target: 120000 });
    expect(result.answers.pay).toBe('below');
    expect(result.verdict).toBe('pass');
    expect(result.reasons.find((r) => r.id === 'outside-wheelhouse')?.text).toContain('45/hr (93,600 a year); your target: 120,000');
  });

  it('an open top is judged by its floor, and the report says it is a floor', () => {
    const low = evaluate({ employment: 'employed', skills: 'strong', offered: '40k+', target: '200k' });
    expect(low.answers.pay).toBe('below');
    expect(low.verdict).toBe('pass');
    expect(low.reasons.map((r) => r.text).join(' ')).toContain('40,000+ a year (a floor)');
    const high = evaluate({ employment: 'unemployed', skills: 'partial', offered: { min: 150000, max: null }, target: 120000 });
    expect(high.answers.pay).toBe('above');
    expect(high.reasons.find((r) => r.id === 'pay-fits')?.text).toContain('150,000+ a year (a floor)');
  });

  it('says when an offer is OTE', () => {
    const result = evaluate({ employment: 'employed', skills: 'strong', offered: '$150k OTE', target: '$140k' });
    expect(result.reasons.find((r) => r.id === 'amazing-fit')?.text).toContain('$150,000 OTE a year');
  });

  it('an offer with no period under a fifth of the target is asked about, not read as yearly', () => {
    expect(() => evaluate({ employment: 'employed', skills: 'strong', offered: '3500€', target: '€45k' })).toThrow(/monthly or hourly/);
    expect(evaluate({ employment: 'employed', skills: 'strong', offered: '3500€/mo', target: '€45k' }).answers.pay).toBe('near');
    expect(evaluate({ employment: 'employed', skills: 'strong', offered: '3500€ a year', target: '€45k' }).answers.pay).toBe('below');
    // exactly a fifth is read as given
    expect(evaluate({ employment: 'employed', skills: 'strong', offered: '40k+', target: '200k' }).answers.pay).toBe('below');
  });

  it('a flip on an OTE offer says OTE', () => {
    const r = evaluate({ employment: 'employed', skills: 'strong', offered: '90k OTE', target: '100k' });
    expect(r.flips.map((f) => f.text)).toContain("If the offer comes in under 90,000 OTE, it's a pass.");
  });

  it('a target alone, with a pay level, is accepted and changes nothing', () => {
    const a = evaluate({ employment: 'employed', skills: 'strong', pay: 'match', target: 120000 });
    expect(a).toEqual(evaluate({ employment: 'employed', skills: 'strong', pay: 'match' }));
  });

  it('refuses what a flag would refuse, from the library too', () => {
    expect(() => evaluate({ employment: 'employed', skills: 'strong', offered: '120.000', target: '120k' })).toThrow(/read two ways/);
    expect(() => evaluate({ employment: 'employed', skills: 'strong', offered: '100k', target: 0.4 })).toThrow(/rounds to zero/);
    expect(() => evaluate({ employment: 'employed', skills: 'strong', offered: { min: 5, max: 5 }, target: 120000 })).toThrow(/too little/);
  });
});

describe('invariants over every combination of answers', () => {
  const all = [...allAnswers()];
  const results = all.map((a) => [a, evaluate(a)] as const);
  const key = (a: Answers) => JSON.stringify({ ...a, concerns: [] });
  const noConcern = new Map([...allAnswers({ concerns: false })].map((a) => [key(a), evaluate(a)] as const));
  const vetoed = (a: Answers) => a.wouldTake === 'no' || a.skills === 'none' || (a.employment === 'employed' && a.pay === 'below');
  const texts = (r: Verdict) => [r.headline, ...r.reasons.map((x) => x.text)].join('\n');

  // One assertion per property, listing every combination that breaks it:
  // fast over 17,280 cases, and a failure shows the answers at fault.
  function expectEvery(check: (a: Answers, r: Verdict, has: (id: string) => boolean) => boolean) {
    const broken = results
      .filter(([a, r]) => !check(a, r, (id) => ids(r).includes(id)))
      .slice(0, 5)
      .map(([a, r]) => ({ answers: a, verdict: r.verdict, score: r.score, headline: r.headline, reasons: ids(r) }));
    expect(broken).toEqual([]);
  }

  it('enumerates all 17,280 combinations', () => {
    expect(all).toHaveLength(2 * 3 * 3 * 5 * 2 * 3 * 32);
  });

  it('scores are integers from 0 to 100 and the verdict reads off the threshold', () => {
    expectEvery(
      (_, r) => Number.isInteger(r.score) && r.score >= 0 && r.score <= 100 && r.verdict === (r.score >= THRESHOLD ? 'take' : 'pass'),
    );
  });

  it('is deterministic: the same answers, in any order, give the same result', () => {
    expectEvery((a, r) => JSON.stringify(evaluate({ ...a, concerns: [...a.concerns].reverse() })) === JSON.stringify(r));
  });

  it('vetoes: would-take no, skills none, and employed with pay well below always pass', () => {
    expectEvery((a, r, has) => a.wouldTake !== 'no' || (r.verdict === 'pass' && has('would-not-take')));
    expectEvery((a, r, has) => a.skills !== 'none' || (r.verdict === 'pass' && has('outside-wheelhouse')));
    expectEvery((a, r, has) => !(a.employment === 'employed' && a.pay === 'below') || (r.verdict === 'pass' && has('outside-wheelhouse')));
    expectEvery((a, r) => !vetoed(a) || r.verdict === 'pass');
  });

  it('unknown pay is never a reason to pass: same score as matching pay, and named as a payoff on a take', () => {
    expectEvery((a, r) => a.pay !== 'unknown' || r.score === evaluate({ ...a, pay: 'match' }).score);
    expectEvery((a, r, has) => a.pay !== 'unknown' || has('better-pay') === (r.verdict === 'take'));
  });

  it('near is not a veto: ready, strong, would take it is a take, with the first figure named as not final', () => {
    expectEvery(
      (a, r, has) =>
        !(
          a.pay === 'near' &&
          a.skills === 'strong' &&
          a.wouldTake === 'yes' &&
          !a.massPitch &&
          (a.employment === 'unemployed' || a.ready === 'yes')
        ) ||
        (r.verdict === 'take' && has('within-reach') && r.ask.some((q) => q.id === 'ask-flexibility')),
    );
  });

  it('concerns never move the score or the verdict, and each gets exactly its answer', () => {
    expectEvery((a, r) => {
      const without = noConcern.get(key(a))!;
      const rebuttals = r.reasons.filter((x) => x.stance === 'rebuttal').map((x) => x.id);
      return (
        r.score === without.score &&
        r.verdict === without.verdict &&
        JSON.stringify(rebuttals) === JSON.stringify(a.concerns.map((c) => `rebut-${c}`))
      );
    });
  });

  it('better answers never score lower', () => {
    const broken: string[] = [];
    for (const a of allAnswers({ concerns: false })) {
      for (const [field, ladder] of LADDERS) {
        for (let i = 0; i + 1 < ladder.length; i++) {
          const better = evaluate({ ...a, [field]: ladder[i] });
          const worse = evaluate({ ...a, [field]: ladder[i + 1] });
          if (better.score < worse.score) broken.push(`${field} ${String(ladder[i])} < ${String(ladder[i + 1])} for ${key(a)}`);
        }
      }
    }
    expect(broken).toEqual([]);
  });

  it('every take names the general payoffs and its context; no pass does', () => {
    expectEvery((a, r, has) => {
      const take = r.verdict === 'take';
      return (
        has('on-the-radar') === take &&
        has('cross-it-off') === take &&
        has('practice') === take &&
        has('driver-seat') === (take && a.employment === 'employed' && a.ready !== 'no') &&
        has('serious-look') === (take && a.employment === 'unemployed')
      );
    });
  });

  it('what makes a take a take appears under "for": the fit, and the pay when it helps', () => {
    expectEvery((a, r, has) => {
      if (r.verdict !== 'take') return true;
      const fit = a.skills === 'strong' ? has('amazing-fit') || has('strong-fit') : has('other-roles');
      const pay = { above: true, match: true, unknown: has('better-pay'), near: has('within-reach'), below: true }[a.pay];
      return fit && pay;
    });
  });

  it('the facts in its favour appear exactly when their conditions hold and nothing vetoes', () => {
    expectEvery(
      (a, r, has) =>
        has('amazing-fit') === (!vetoed(a) && a.skills === 'strong' && (a.pay === 'match' || a.pay === 'above')) &&
        has('pay-fits') === (!vetoed(a) && a.skills === 'partial' && (a.pay === 'match' || a.pay === 'above')) &&
        has('other-roles') === (r.verdict === 'take' && a.skills === 'partial') &&
        has('within-reach') === (r.verdict === 'take' && a.pay === 'near'),
    );
  });

  it('reasons against appear exactly when their conditions hold', () => {
    expectEvery(
      (a, r, has) =>
        has('outside-wheelhouse') === (a.skills === 'none' || a.pay === 'below') &&
        has('mass-pitch') === a.massPitch &&
        has('would-not-take') === (a.wouldTake === 'no') &&
        has('not-looking') === (a.employment === 'employed' && a.ready === 'no') &&
        has('pay-short') === (r.verdict === 'pass' && a.pay === 'near'),
    );
  });

  it('every pass names its reason, in the headline and among the reasons against', () => {
    expectEvery((a, r) => {
      if (r.verdict === 'take') return r.headline.startsWith('Take the interview');
      const main = mainReasonForPass(a);
      const against = r.reasons.filter((x) => x.stance === 'against').map((x) => x.id);
      return (
        r.headline === PASS_HEADLINE[main] &&
        r.headline !== 'Pass on this one.' &&
        against.includes(main === 'outside-skills' ? 'outside-wheelhouse' : main)
      );
    });
  });

  it('on a pass, doubts are acknowledged, not argued, and the real reason is named', () => {
    expectEvery((_a, r) => {
      const doubts = r.reasons.filter((x) => x.stance === 'rebuttal');
      if (r.verdict === 'take') return doubts.every((d) => d.text === REBUTTAL_TAKE[d.id as keyof typeof REBUTTAL_TAKE]);
      return doubts.every(
        (d) =>
          d.text.includes("isn't why this is a pass") &&
          !/\b(go and see|judge the company|it is one hour|take the shot|open doors)\b/i.test(d.text) &&
          d.text.endsWith('.'),
      );
    });
  });

  it('no sentence contradicts an answer', () => {
    expectEvery((a, r) => {
      const all = texts(r);
      if (a.employment === 'employed' && a.ready === 'no' && /waiting for/.test(all)) return false;
      if (a.skills === 'partial' && /fits? your skills strongly|that fits your skills|uses your skills/.test(all)) return false;
      if (a.skills !== 'strong' && /in your wheelhouse\./.test(r.headline)) return false;
      if (a.wouldTake === 'yes' && /unless this is a job you'd jump at/i.test(all)) return false;
      if (r.verdict === 'pass' && /\b(take the shot|worth spending|go and see)\b/i.test(all)) return false;
      if (a.pay !== 'unknown' && /hasn't been named/.test(all)) return false;
      return true;
    });
  });

  it('fits any field: no sales-only wording', () => {
    expectEvery(
      (_, r) => !/\b(sales|commission|quota)\b/i.test([texts(r), ...r.ask.map((q) => q.text), ...r.flips.map((f) => f.text)].join(' ')),
    );
  });

  it('every reason carries the stance of its group, once, with text', () => {
    const stanceOf = (id: string) =>
      (REASONS_FOR as readonly string[]).includes(id)
        ? 'for'
        : (REASONS_AGAINST as readonly string[]).includes(id)
          ? 'against'
          : (REBUTTALS as readonly string[]).includes(id)
            ? 'rebuttal'
            : 'unknown';
    expectEvery(
      (_, r) => new Set(ids(r)).size === r.reasons.length && r.reasons.every((x) => x.stance === stanceOf(x.id) && x.text.length > 20),
    );
  });

  it('every take is scored above every pass', () => {
    const takes = results.filter(([, r]) => r.verdict === 'take').map(([, r]) => r.score);
    const passes = results.filter(([, r]) => r.verdict === 'pass').map(([, r]) => r.score);
    expect(Math.min(...takes)).toBeGreaterThan(Math.max(...passes));
  });
});

// The project's words are its own: no reason, headline or closing text may
// repeat a run of seven words from the article the rules come from.
// The article is not in this repository: it is in the project's shared/
// folder, laid beside the clone (../shared from the repository's root), in
// CI as for the developers. CI (CI set) must have it, so there a missing
// file fails; a clone elsewhere skips, saying so.
const ARTICLE = fileURLToPath(new URL('../../../shared/reference/take-the-interview-article.txt', import.meta.url));
const inCi = !!process.env.CI && process.env.CI !== 'false' && process.env.CI !== '0';
describe('texts are paraphrased, not copied', () => {
  it('shares no seven-word run with the article', (context) => {
    if (!existsSync(ARTICLE)) {
      const why = `the reference article is not at ${ARTICLE} (the shared/ folder beside the repository)`;
      if (inCi) expect.fail(`${why}: CI must run this test, with shared/ laid beside the clone`);
      console.warn(`skipped: ${why}; CI runs this check`);
      context.skip(why);
    }
    const words = (s: string) =>
      s
        .toLowerCase()
        .replace(/[’‘]/g, "'")
        .replace(/[^a-z0-9' ]+/g, ' ')
        .split(/\s+/)
        .filter(Boolean);
    const shingles = (s: string) => {
      const w = words(s);
      const out = new Set<string>();
      for (let i = 0; i + 7 <= w.length; i++) out.add(w.slice(i, i + 7).join(' '));
      return out;
    };
    const article = shingles(readFileSync(ARTICLE, 'utf8'));
    const texts = new Set<string>();
    for (const a of allAnswers({ concerns: false })) {
      const r = evaluate({ ...a, concerns: ['reviews', 'hearsay', 'no-time', 'no-mood', 'unsure'] });
      texts.add(r.headline);
      for (const reason of r.reasons) texts.add(reason.text);
      for (const flip of r.flips) texts.add(flip.text);
      for (const question of r.ask) texts.add(question.text);
    }
    const copied = [...texts].flatMap((t) => [...shingles(t)].filter((s) => article.has(s)));
    expect(copied).toEqual([]);
  });
});
