// Flips checked against brute force over every combination of answers.
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/core/rules.js';
import { FLIPPABLE, findFlips, type FlipChanges } from '../../src/core/flips.js';
import { PAY, READY, SKILLS, WOULD_TAKE, type Answers } from '../../src/core/answers.js';
import { allAnswers } from '../helpers/combos.js';

const VALUES: Record<string, readonly unknown[]> = { skills: SKILLS, pay: PAY, wouldTake: WOULD_TAKE, massPitch: [false, true], ready: READY };
const verdictOf = (a: Answers) => evaluate(a).verdict;
const key = (c: FlipChanges) => JSON.stringify(Object.keys(c).sort().map((k) => [k, c[k as keyof FlipChanges]]));

/** Every change of exactly n flippable answers (n = 1 or 2) that flips the verdict. */
function bruteForce(a: Answers, n: 1 | 2): string[] {
  const found: string[] = [];
  const now = verdictOf(a);
  const keys = [...FLIPPABLE];
  const choose = (start: number, changes: FlipChanges, left: number) => {
    if (left === 0) {
      if (verdictOf({ ...a, ...changes }) !== now) found.push(key(changes));
      return;
    }
    for (let i = start; i < keys.length; i++) {
      const k = keys[i]!;
      for (const v of VALUES[k]!) if (v !== a[k]) choose(i + 1, { ...changes, [k]: v }, left - 1);
    }
  };
  choose(0, {}, n);
  return found.sort();
}

describe('flips, against brute force over all 432 combinations of the answers that count', () => {
  const combos = [...allAnswers({ concerns: false })];

  it('every listed flip really flips, to the verdict and score it states', () => {
    const broken = [];
    for (const a of combos) {
      const now = evaluate(a);
      for (const flip of now.flips) {
        const after = evaluate({ ...a, ...flip.changes });
        if (after.verdict === now.verdict || after.verdict !== flip.verdict || after.score !== flip.score) broken.push({ a, flip });
      }
    }
    expect(broken).toEqual([]);
  });

  it('lists exactly the single changes that flip, whenever there is one', () => {
    const broken = [];
    for (const a of combos) {
      const singles = bruteForce(a, 1);
      if (singles.length === 0) continue;
      const listed = evaluate(a).flips.map((f) => key(f.changes)).sort();
      if (JSON.stringify(listed) !== JSON.stringify(singles)) broken.push({ a, listed, singles });
    }
    expect(broken).toEqual([]);
  });

  it('otherwise lists exactly the two-answer changes that flip: none larger than needed', () => {
    const broken = [];
    let pairsOnly = 0;
    for (const a of combos) {
      if (bruteForce(a, 1).length > 0) continue;
      pairsOnly++;
      const pairs = bruteForce(a, 2);
      const listed = evaluate(a).flips.map((f) => key(f.changes)).sort();
      if (JSON.stringify(listed) !== JSON.stringify(pairs)) broken.push({ a, listed, pairs });
      for (const f of evaluate(a).flips) if (Object.keys(f.changes).length !== 2) broken.push({ a, f });
    }
    expect(broken).toEqual([]);
    expect(pairsOnly).toBeGreaterThan(0);
  });

  it('never offers a concern, employment or a label, and ignores concerns entirely', () => {
    for (const a of combos) {
      const plain = evaluate(a).flips;
      const worried = evaluate({ ...a, concerns: ['reviews', 'no-time'], company: 'Acme' }).flips;
      expect(worried).toEqual(plain);
      for (const f of plain) {
        for (const k of Object.keys(f.changes)) expect(FLIPPABLE as readonly string[]).toContain(k);
      }
    }
  });

  it('an empty list only when no change of one or two answers flips', () => {
    for (const a of combos) {
      if (evaluate(a).flips.length === 0) expect(bruteForce(a, 2)).toEqual([]);
    }
  });

  it('marks a close call within 5 points of the threshold, either side', () => {
    for (const a of combos) {
      const r = evaluate(a);
      expect(r.close).toBe(Math.abs(r.score - 50) <= 5);
    }
  });
});

describe('flip texts', () => {
  it('say what would change and what the verdict would become', () => {
    const r = evaluate({ employment: 'employed', skills: 'strong', pay: 'below' });
    expect(r.flips.map((f) => f.text)).toEqual([
      "If the pay turned out to be more than you're after, this would be a take.",
      "If the pay turned out to match what you're after, this would be a take.",
      'If the pay were still to be discussed, this would be a take.',
    ]);
    const two = evaluate({ employment: 'unemployed', skills: 'none', pay: 'above', massPitch: true, wouldTake: 'no' });
    expect(two.flips[0]).toEqual({
      changes: { skills: 'strong', wouldTake: 'yes' },
      verdict: 'take',
      score: 70,
      text: "If the role fit your skills strongly and you'd take it if it were all you hoped, this would be a take.",
    });
  });

  it('is empty for a verdict no small change flips', () => {
    // Employed and not ready, no skills fit, pay below, a mass pitch, sure never to take it.
    const r = evaluate({ employment: 'employed', ready: 'no', skills: 'none', pay: 'below', massPitch: true, wouldTake: 'no' });
    expect(r.flips).toEqual([]);
  });
});
