// The score's promises, proved over every combination of the other answers:
// pay counts continuously (no cliffs), vetoes pass but keep their order, the
// breakdown adds up, and the README's weight table is the one in the code.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { normaliseAnswers, type Answers } from '../../src/core/answers.js';
import { decide, FACTORS, scoreWithBreakdown, THRESHOLD, VETO_SHARE, WEIGHTS, PAY_SLOPES } from '../../src/core/score.js';
import { NEAR_BAND_PERCENT, ABOVE_PERCENT } from '../../src/core/pay.js';
import { allAnswers, otherAnswers } from '../helpers/combos.js';

const TARGET = 100_000;
/** The answers with a single-figure offer of `offered`, the pay level derived as evaluate() does. */
const withOffer = (other: Omit<Answers, 'pay' | 'payFigures'>, offered: number | { min: number; max: number | null }): Answers =>
  normaliseAnswers({ ...other, offered: typeof offered === 'number' ? { min: offered, max: offered } : offered, target: TARGET });

// Offers from 50% to 150% of the target, every 0.1%.
const STEP = 100;
const SWEEP: number[] = [];
for (let x = TARGET / 2; x <= TARGET * 1.5; x += STEP) SWEEP.push(x);
const PER_PERCENT = TARGET / 100 / STEP; // sweep steps in 1% of the target

// The best an employed person can answer: ready, strong, sure they would take it.
const BEST = {
  employment: 'employed',
  ready: 'yes',
  skills: 'strong',
  massPitch: false,
  wouldTake: 'yes',
  concerns: [],
} satisfies Omit<Answers, 'pay'>;
describe('with figures, pay counts continuously', () => {
  const others = [...otherAnswers()];
  const sweeps = others.map((other) => ({ other, scores: SWEEP.map((x) => decide(withOffer(other, x))) }));

  it('sweeps every combination of the other answers (108)', () => {
    expect(others).toHaveLength(2 * 3 * 3 * 2 * 3);
  });

  it('the score never falls as the offer rises', () => {
    const broken = sweeps.filter(({ scores }) => scores.some((s, i) => i > 0 && s.score < scores[i - 1]!.score));
    expect(broken.map((b) => b.other)).toEqual([]);
  });

  it('a change of 1% of the target moves the score by at most 5 points, everywhere, the settling veto included', () => {
    const broken: string[] = [];
    for (const { other, scores } of sweeps) {
      for (let i = 0; i + PER_PERCENT < scores.length; i++) {
        const moved = scores[i + PER_PERCENT]!.score - scores[i]!.score;
        if (moved > 5) broken.push(`${JSON.stringify(other)} at ${SWEEP[i]}: +${moved}`);
      }
    }
    expect(broken.slice(0, 5)).toEqual([]);
  });

  it('the verdict changes at most once between 50% and 150% of the target', () => {
    const broken = sweeps.filter(({ scores }) => scores.filter((s, i) => i > 0 && s.verdict !== scores[i - 1]!.verdict).length > 1);
    expect(broken.map((b) => b.other)).toEqual([]);
  });

  it('the same holds for ranges and open tops rising together', () => {
    for (const other of others) {
      let last = -1;
      for (const x of SWEEP.filter((_, i) => i % 10 === 0)) {
        const range = decide(withOffer(other, { min: x - 10_000, max: x + 10_000 })).score;
        const open = decide(withOffer(other, { min: x, max: null })).score;
        // An open top is judged by its floor: exactly as the single figure.
        expect(open).toBe(decide(withOffer(other, x)).score);
        expect(range).toBeGreaterThanOrEqual(last);
        last = range;
      }
    }
  });

  it('employed, below the near band stays under the take line, and keeps falling with the gap', () => {
    const employed = others.filter((o) => o.employment === 'employed');
    for (const other of employed) {
      const below = SWEEP.filter((x) => x * 100 < TARGET * (100 - NEAR_BAND_PERCENT));
      for (const x of below) expect(decide(withOffer(other, x)).score).toBeLessThan(THRESHOLD);
    }
    // The best an employed person can answer, ready and sure they'd take it: falling, not flat.
    expect(decide(withOffer(BEST, 84_000)).score).toBeGreaterThan(decide(withOffer(BEST, 80_000)).score);
    expect(decide(withOffer(BEST, 80_000)).score).toBeGreaterThan(decide(withOffer(BEST, 70_000)).score);
  });

  it('near is not a veto: ready, strong, would take it is a take across the band', () => {
    for (let x = 85_000; x < TARGET; x += 500) expect(decide(withOffer(BEST, x)).verdict).toBe('take');
    expect(decide(withOffer(BEST, 84_999)).verdict).toBe('pass');
  });

  it("the issue's near miss: 107k against 120k is a take, a few points under 108k", () => {
    const answers = (offered: string) =>
      normaliseAnswers({ employment: 'employed', ready: 'yes', skills: 'strong', offered, target: '120k', wouldTake: 'yes' });
    const at107 = decide(answers('107k'));
    const at108 = decide(answers('108k'));
    expect(at107.verdict).toBe('take');
    expect(at108.score - at107.score).toBeLessThanOrEqual(5);
  });
});

describe('vetoes pass, but keep their order', () => {
  const all = [...allAnswers({ concerns: false })];
  const vetoed = (a: Answers) => a.wouldTake === 'no' || a.skills === 'none' || (a.employment === 'employed' && a.pay === 'below');

  it('every vetoed combination passes, and none reads as a close call from a veto alone', () => {
    const broken = all.filter((a) => vetoed(a) && decide(a).verdict !== 'pass');
    expect(broken).toEqual([]);
    for (const a of all.filter((x) => x.wouldTake === 'no' || x.skills === 'none')) expect(decide(a).score).toBeLessThan(THRESHOLD - 5);
  });

  it('vetoed scores spread over the pass band instead of piling up at one score', () => {
    const scores = all.filter(vetoed).map((a) => decide(a).score);
    const distinct = new Set(scores);
    expect(distinct.size).toBeGreaterThanOrEqual(15);
    // No score but 0 (where the 0-100 limit, not the veto, puts the
    // hopeless) holds more than a tenth of them; the old cap held most.
    const most = Math.max(...[...distinct].filter((s) => s > 0).map((s) => scores.filter((x) => x === s).length));
    expect(most / scores.length).toBeLessThan(0.1);
  });

  it('a strong-fit job you would never take scores above a no-fit mass pitch you would never take', () => {
    for (const employment of ['employed', 'unemployed'] as const) {
      const strong = decide(normaliseAnswers({ employment, skills: 'strong', pay: 'match', wouldTake: 'no' })).score;
      const spam = decide(normaliseAnswers({ employment, skills: 'none', pay: 'above', massPitch: true, wouldTake: 'no' })).score;
      expect(strong).toBeGreaterThan(spam);
    }
  });

  it('the near miss scores above the life-insurance spam', () => {
    const nearMiss = decide(normaliseAnswers({ employment: 'employed', ready: 'yes', skills: 'strong', pay: 'below', wouldTake: 'yes' }));
    const spam = decide(normaliseAnswers({ employment: 'employed', skills: 'none', pay: 'above', massPitch: true }));
    expect(nearMiss.verdict).toBe('pass');
    expect(nearMiss.score).toBeGreaterThan(spam.score);
  });
});

describe('the breakdown', () => {
  it('adds up exactly to the score, every time, with figures too', () => {
    const broken: unknown[] = [];
    for (const a of allAnswers({ concerns: false })) {
      const { score, breakdown } = scoreWithBreakdown(a);
      if (breakdown.reduce((s, e) => s + e.points, 0) !== score) broken.push(a);
      if (!breakdown.every((e) => FACTORS.includes(e.factor) && Number.isInteger(e.points))) broken.push(a);
    }
    for (const other of otherAnswers()) {
      for (const x of [20_000, 51_234, 84_999, 85_000, 92_345, 99_999, 104_321, 150_000]) {
        const { score, breakdown } = scoreWithBreakdown(withOffer(other, x));
        if (breakdown.reduce((s, e) => s + e.points, 0) !== score) broken.push({ other, x });
      }
    }
    expect(broken).toEqual([]);
  });

  it('shows a veto and the 0-100 limit as entries of their own', () => {
    const spam = scoreWithBreakdown(normaliseAnswers({ employment: 'employed', skills: 'none', pay: 'above', massPitch: true }));
    expect(spam.breakdown.map((e) => e.factor)).toContain('veto');
    const hopeless = scoreWithBreakdown(
      normaliseAnswers({ employment: 'employed', ready: 'no', skills: 'partial', pay: 'below', massPitch: true }),
    );
    expect(hopeless.score).toBe(0);
    expect(hopeless.breakdown.at(-1)).toEqual({ factor: 'limit', points: expect.any(Number) });
  });
});

describe("the README's weight table is the code's", () => {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  const row = (name: string) => {
    const line = readme.split('\n').find((l) => l.startsWith(`| ${name} |`));
    expect(line, `README row "${name}"`).toBeDefined();
    return line!;
  };
  const points = (cell: string) => Number(cell.replace('−', '-').replace(/^\+/, ''));
  /** Every "word +N" or "word −N" in a row, as { word: N }. */
  const pairs = (line: string) => Object.fromEntries([...line.matchAll(/`?([a-z]+)`? ([+−-]?\d+)/g)].map((m) => [m[1]!, points(m[2]!)]));

  it('start, skills, pay, would take, mass pitch, readiness, between jobs, settling', () => {
    expect(pairs(row('start'))).toEqual({ base: WEIGHTS.base });
    expect(pairs(row('skills'))).toEqual(WEIGHTS.skills);
    expect(pairs(row('pay'))).toEqual(WEIGHTS.pay);
    expect(pairs(row('would take it'))).toEqual(WEIGHTS.wouldTake);
    expect(pairs(row('mass pitch'))).toEqual({ no: 0, yes: WEIGHTS.massPitch });
    expect(pairs(row('readiness, employed'))).toEqual(WEIGHTS.readyWhenEmployed);
    expect(pairs(row('between jobs'))).toEqual({ looking: WEIGHTS.unemployed });
    expect(pairs(row('settling, employed'))).toEqual(WEIGHTS.settling);
  });

  it('the graded pay, the veto share and the bands', () => {
    expect(readme).toContain(`${PAY_SLOPES.nearPerPercent} point a percent`);
    expect(readme).toContain(`${PAY_SLOPES.belowPerPercent} points a percent`);
    expect(readme).toContain(`${PAY_SLOPES.settlingPerPercentNear} points a percent`);
    expect(readme).toContain(`${PAY_SLOPES.abovePerPercent} a percent`);
    expect(readme).toContain(`keep ${VETO_SHARE.kept}/${VETO_SHARE.of} of their points`);
    expect(readme).toContain(`within ${NEAR_BAND_PERCENT}%`);
    expect(readme).toContain(`${ABOVE_PERCENT}% or more over`);
  });
});
