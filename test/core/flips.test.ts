// Flips checked against brute force: every listed change flips, every
// change that flips is listed (pay once, at its edge), nothing the person
// stated as certain is ever changed, and nothing asks them to know less.
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/core/rules.js';
import { decide } from '../../src/core/score.js';
import { applyChanges, type FlipChanges } from '../../src/core/flips.js';
import { normaliseAnswers, type Answers, type Pay } from '../../src/core/answers.js';
import { allAnswers, otherAnswers } from '../helpers/combos.js';

const KNOWN_PAY: readonly Pay[] = ['above', 'match', 'near', 'below'];
const verdictOf = (a: Answers) => decide(a).verdict;

/** The changes a person could still see happen, one answer at a time. */
function allowedSingles(a: Answers): FlipChanges[] {
  const out: FlipChanges[] = KNOWN_PAY.filter((p) => p !== a.pay).map((pay) => ({ pay }));
  if (a.skills === 'strong') out.push({ skills: 'partial' });
  if (a.skills === 'partial') out.push({ skills: 'strong' });
  if (a.wouldTake === 'maybe') out.push({ wouldTake: 'yes' });
  return out;
}

/** The non-pay part of a change, as a comparable key. */
const others = (c: FlipChanges) => JSON.stringify({ skills: c.skills, wouldTake: c.wouldTake });

describe('flips, against brute force over every combination of the answers that count', () => {
  const combos = [...allAnswers({ concerns: false })];

  it('every listed flip really flips, to the verdict and score it states', () => {
    const broken = [];
    for (const a of combos) {
      const now = evaluate(a);
      for (const flip of now.flips) {
        const after = decide(applyChanges(a, flip.changes));
        if (after.verdict === now.verdict || after.verdict !== flip.verdict || after.score !== flip.score) broken.push({ a, flip });
      }
    }
    expect(broken).toEqual([]);
  });

  it('never changes what was stated as certain, nor asks to know less', () => {
    const broken = [];
    for (const a of combos) {
      for (const { changes } of evaluate(a).flips) {
        const keys = Object.keys(changes);
        if (keys.some((k) => !['pay', 'skills', 'wouldTake'].includes(k))) broken.push({ a, changes, why: 'key' });
        if (changes.pay === 'unknown') broken.push({ a, changes, why: 'know less' });
        if (changes.skills !== undefined && (a.skills === 'none' || changes.skills === 'none')) broken.push({ a, changes, why: 'none' });
        if (changes.wouldTake !== undefined && !(a.wouldTake === 'maybe' && changes.wouldTake === 'yes'))
          broken.push({ a, changes, why: 'firm' });
      }
    }
    expect(broken).toEqual([]);
  });

  it('single changes: exactly the answers that flip, the pay once, at the level where it turns', () => {
    const broken = [];
    for (const a of combos) {
      const now = verdictOf(a);
      const flipping = allowedSingles(a).filter((c) => verdictOf({ ...a, ...c }) !== now);
      if (flipping.length === 0) continue;
      const listed = evaluate(a).flips;
      const payLevels = flipping.filter((c) => c.pay).map((c) => c.pay);
      const listedPay = listed.filter((f) => f.changes.pay);
      // The other answers: exactly those that flip.
      const expectedOthers = flipping
        .filter((c) => !c.pay)
        .map(others)
        .sort();
      const listedOthers = listed
        .filter((f) => !f.changes.pay)
        .map((f) => others(f.changes))
        .sort();
      if (JSON.stringify(expectedOthers) !== JSON.stringify(listedOthers)) broken.push({ a, expectedOthers, listedOthers });
      // The pay: one flip, at the edge of the levels that flip (worst that makes a take, best that makes a pass).
      if (payLevels.length === 0) {
        if (listedPay.length !== 0) broken.push({ a, listedPay });
        continue;
      }
      const edge = now === 'pass' ? payLevels.at(-1) : payLevels[0];
      if (listedPay.length !== 1 || listedPay[0]!.changes.pay !== edge) broken.push({ a, payLevels, listedPay });
      // and the levels that flip are all on one side of the current answer
      const side = KNOWN_PAY.filter(
        (p) =>
          p !== a.pay &&
          (now === 'pass' ? KNOWN_PAY.indexOf(p) <= KNOWN_PAY.indexOf(edge!) : KNOWN_PAY.indexOf(p) >= KNOWN_PAY.indexOf(edge!)),
      );
      if (JSON.stringify(side) !== JSON.stringify(payLevels)) broken.push({ a, side, payLevels });
    }
    expect(broken).toEqual([]);
  });

  it('two-answer changes only when no single change flips, and then exactly those that do', () => {
    const broken = [];
    let pairsOnly = 0;
    for (const a of combos) {
      const now = verdictOf(a);
      const singles = allowedSingles(a);
      if (singles.some((c) => verdictOf({ ...a, ...c }) !== now)) continue;
      pairsOnly++;
      const listed = evaluate(a).flips;
      const expected = new Set<string>();
      for (let i = 0; i < singles.length; i++) {
        for (let j = i + 1; j < singles.length; j++) {
          const [c1, c2] = [singles[i]!, singles[j]!];
          if (c1.pay && c2.pay) continue;
          if (verdictOf({ ...a, ...c1, ...c2 }) !== now) expected.add(others({ ...c1, ...c2 }) + (c1.pay || c2.pay ? '+pay' : ''));
        }
      }
      const got = new Set(listed.map((f) => others(f.changes) + (f.changes.pay ? '+pay' : '')));
      if (JSON.stringify([...expected].sort()) !== JSON.stringify([...got].sort()))
        broken.push({ a, expected: [...expected], got: [...got] });
      for (const f of listed) if (Object.keys(f.changes).length !== 2) broken.push({ a, f });
    }
    expect(broken).toEqual([]);
    expect(pairsOnly).toBeGreaterThan(0);
  });

  it('ignores concerns and labels', () => {
    for (const a of combos.slice(0, 100)) {
      expect(evaluate({ ...a, concerns: ['reviews', 'no-time'], company: 'Acme' }).flips).toEqual(evaluate(a).flips);
    }
  });

  it('marks a close call within 5 points of the threshold, either side', () => {
    for (const a of combos) {
      const r = evaluate(a);
      expect(r.close).toBe(Math.abs(r.score - 50) <= 5);
    }
  });
});

describe('with figures, the flip names the figure where the verdict turns, rounded', () => {
  // Hourly, daily, monthly: the same promises in the unit the offer was quoted in.
  it('in any unit, the named figure is on the right side of the line', () => {
    for (const [offered, target] of [
      ['€65k', '€70k'],
      ['£350-400/day', '£100k'],
      ['22-24/hr', '50k'],
      ['1000/day', '200k'],
      ['5.5k/mo', '70k'],
    ] as const) {
      for (const other of otherAnswers()) {
        const input = { ...other, offered, target };
        const r = evaluate(input);
        for (const flip of r.flips.filter((f) => Object.keys(f.changes).length === 1 && f.changes.offered !== undefined)) {
          const m = /(?:were|under) \D*([\d,.]+)/.exec(flip.text)!;
          const named = Number(m[1]!.replace(/,/g, ''));
          const unit = /\/hr/.test(flip.text) ? 2080 : /\/day/.test(flip.text) ? 260 : /\/mo/.test(flip.text) ? 12 : 1;
          const at = (yearly: number) => decide(applyChanges(normaliseAnswers(input), { offered: Math.round(yearly) })).verdict;
          if (r.verdict === 'pass') expect(at(named * unit), flip.text).toBe('take');
          else expect(at(named * unit - 1), flip.text).toBe('pass');
        }
      }
    }
  });

  const TARGET = 120_000;
  const offers = [60_000, 95_000, 101_000, 107_000, 118_000, 130_000];

  it('a pass: the least round figure that makes a take; a take: a round line below which it passes', () => {
    const broken = [];
    let seen = 0;
    for (const other of otherAnswers()) {
      for (const offered of offers) {
        const a = normaliseAnswers({ ...other, offered: { min: offered, max: offered }, target: TARGET });
        const now = verdictOf(a);
        for (const flip of evaluate(a).flips.filter((f) => f.changes.offered !== undefined)) {
          seen++;
          const x = flip.changes.offered!;
          const at = (y: number) => verdictOf(applyChanges(a, { ...flip.changes, offered: y }));
          // "a take from x": x is a round thousand, a take, and the thousand below it a pass
          if (now === 'pass' && (x % 1000 !== 0 || at(x) !== 'take' || at(x - 1000) !== 'pass'))
            broken.push({ other, offered, x, why: 'take from' });
          // "a pass under x + 100": everything under that line passes, and a hundred above it takes
          if (now === 'take' && (x % 100 !== 0 || at(x + 99) !== 'pass' || at(x + 200) !== 'take'))
            broken.push({ other, offered, x, why: 'pass under' });
        }
      }
    }
    expect(broken).toEqual([]);
    expect(seen).toBeGreaterThan(50);
  });

  it('says it in the figure and the period it was given in', () => {
    const pass = evaluate({ employment: 'employed', ready: 'yes', skills: 'strong', wouldTake: 'yes', offered: '$100k', target: '$120k' });
    expect(pass.verdict).toBe('pass');
    expect(pass.flips[0]).toMatchObject({
      changes: { offered: 102000 },
      verdict: 'take',
      text: 'If the offer were $102,000 or more, this would be a take.',
    });
    const take = evaluate({ employment: 'unemployed', skills: 'strong', offered: '55/hr', target: '130k' });
    expect(take.verdict).toBe('take');
    expect(take.flips.map((f) => f.text)).toContain("If the offer comes in under 46.80/hr, it's a pass.");
  });
});

describe('flip texts', () => {
  it('on a pass: what could still change it', () => {
    const r = evaluate({ employment: 'employed', skills: 'strong', pay: 'below' });
    expect(r.flips.map((f) => f.text)).toEqual([
      "If the pay turned out to be within reach of what you're after, or better, this would be a take.",
    ]);
    const partial = evaluate({ employment: 'employed', skills: 'partial', pay: 'below' });
    expect(partial.flips.map((f) => f.text)).toEqual([
      "If the pay turned out to match what you're after, or better, this would be a take.",
    ]);
  });

  it('on a take: what to watch for', () => {
    const r = evaluate({ employment: 'employed', skills: 'partial', pay: 'unknown' });
    expect(r.flips.map((f) => f.text)).toEqual(["If the pay turns out even a little under what you're after, it's a pass."]);
  });

  it('two answers when one is not enough', () => {
    const two = evaluate({ employment: 'employed', ready: 'no', skills: 'partial', pay: 'match', wouldTake: 'maybe' });
    expect(two.verdict).toBe('pass');
    expect(two.flips.every((f) => Object.keys(f.changes).length === 2)).toBe(true);
    expect(two.flips.map((f) => f.text)).toContain(
      "If the role turned out to fit your skills strongly and you found you'd take it if it lived up to its promise, this would be a take.",
    );
  });

  it('is empty when nothing the person could learn would flip it', () => {
    const r = evaluate({ employment: 'employed', ready: 'no', skills: 'none', pay: 'below', massPitch: true, wouldTake: 'no' });
    expect(r.flips).toEqual([]);
  });
});
