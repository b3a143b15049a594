// The score: answers in, a number from 0 to 100 and the verdict it reads
// as. Pure. Kept apart from the reasons and texts (rules.ts) because the
// "what would change the verdict" search (flips.ts) scores many variants of
// one set of answers and needs nothing else.

import type { Answers } from './answers.js';

/** A score at or above this is a take; below it, a pass. */
export const THRESHOLD = 50;

/** Where a vetoed opportunity's score is capped: always below THRESHOLD. */
export const VETO_CAP = 30;

/**
 * The weights. Each ladder is ordered best first and never rises as the
 * answer gets worse, which is what keeps "better answers never score lower".
 * Unknown pay weighs the same as matching pay on purpose: not knowing the
 * pay yet must never be what turns a take into a pass.
 */
export const WEIGHTS = {
  base: 40,
  skills: { strong: 25, partial: 10, none: 0 },
  pay: { above: 20, match: 15, unknown: 15, below: -25 },
  wouldTake: { yes: 10, maybe: 0, no: -10 },
  massPitch: -30,
  // Readiness only counts for someone with a job; someone between jobs is
  // looking by definition and gets the same lift as an employed "yes".
  readyWhenEmployed: { yes: 5, open: 0, no: -40 },
  unemployed: 5,
} as const;

export type VerdictKind = 'take' | 'pass';

/** The conditions that pass an opportunity whatever else is true. */
export function vetoes(a: Answers): { wouldNotTake: boolean; noSkills: boolean; settling: boolean } {
  return {
    wouldNotTake: a.wouldTake === 'no',
    noSkills: a.skills === 'none',
    // Employed, you need not settle: pay below what you are after is a no.
    settling: a.employment === 'employed' && a.pay === 'below',
  };
}

function rawScore(a: Answers): number {
  let score = WEIGHTS.base + WEIGHTS.skills[a.skills] + WEIGHTS.pay[a.pay] + WEIGHTS.wouldTake[a.wouldTake];
  if (a.massPitch) score += WEIGHTS.massPitch;
  score += a.employment === 'employed' ? WEIGHTS.readyWhenEmployed[a.ready] : WEIGHTS.unemployed;
  return score;
}

export function scoreOf(a: Answers): number {
  const v = vetoes(a);
  let score = rawScore(a);
  if (v.wouldNotTake || v.noSkills || v.settling) score = Math.min(score, VETO_CAP);
  return Math.max(0, Math.min(100, score));
}

/** The score and the verdict it reads as. */
export function decide(a: Answers): { score: number; verdict: VerdictKind } {
  const score = scoreOf(a);
  return { score, verdict: score >= THRESHOLD ? 'take' : 'pass' };
}

/** True when any veto applies. */
export function isVetoed(a: Answers): boolean {
  const v = vetoes(a);
  return v.wouldNotTake || v.noSkills || v.settling;
}
