// The score: answers in, a number from 0 to 100, the verdict it reads as,
// and the arithmetic behind it. Pure. Kept apart from the reasons and texts
// (rules.ts) because the "what would change it" search (flips.ts) scores
// many variants of one set of answers and needs nothing else.

import type { Answers, Pay } from './answers.js';
import { ABOVE_PERCENT, NEAR_BAND_PERCENT } from './pay.js';

/** A score at or above this is a take; below it, a pass. */
export const THRESHOLD = 50;

/**
 * The weights. Each ladder is ordered best first and never rises as the
 * answer gets worse, which is what keeps "better answers never score lower".
 * Unknown pay weighs the same as matching pay on purpose: not knowing the
 * pay yet must never be what turns a take into a pass.
 */
export const WEIGHTS = {
  base: 40,
  skills: { strong: 25, partial: 10, none: 0 },
  pay: { above: 20, match: 15, unknown: 15, near: 5, below: -25 },
  wouldTake: { yes: 10, maybe: 0, no: -10 },
  massPitch: -30,
  // Readiness only counts for someone with a job; someone between jobs is
  // looking by definition and gets the same lift as an employed "yes".
  readyWhenEmployed: { yes: 5, open: 0, no: -40 },
  unemployed: 5,
  // With a job, there is no need to settle: pay short of the target costs
  // more. Large enough that pay below the near band is always a pass.
  settling: { near: -20, below: -30 },
} as const;

/**
 * With figures, pay counts continuously instead of by category. Points per
 * 1% of the target that the top of the offer falls short by (an open top
 * counts as its floor), and per 1% its bottom is over the target:
 * - within the near band (short by up to NEAR_BAND_PERCENT): pay falls from
 *   15 to 0 at 1 a percent, and an employed person's settling cost grows
 *   from 0 to −30 at 2 a percent;
 * - further short: pay keeps falling at 2 a percent; settling stays at −30;
 * - over the target: 0.5 a percent, up to +5 at ABOVE_PERCENT over (20 in all).
 * Each is rounded down to whole points. The steepest combined slope is 3
 * points a percent, so a 1% change in the offer moves the score by at most
 * 5 points, rounding included, and the score never falls as the offer rises.
 */
export const PAY_SLOPES = {
  nearPerPercent: 1,
  belowPerPercent: 2,
  settlingPerPercentNear: 2,
  abovePerPercent: 0.5,
} as const;

/**
 * A vetoed opportunity keeps this share (half) of its points, rounded down:
 * well under THRESHOLD (the most a vetoed one can reach is 80 points, kept
 * as 40, so a veto never reads as a close call), and vetoed opportunities
 * keep their order instead of piling up at one score.
 */
export const VETO_SHARE = { kept: 1, of: 2 } as const;

export type VerdictKind = 'take' | 'pass';

/** The parts of the score: `points` add up exactly to the score. */
export const FACTORS = Object.freeze([
  'base',
  'skills',
  'pay',
  'wouldTake',
  'massPitch',
  'ready',
  'unemployed',
  'settling',
  'limit',
  'veto',
] as const);
export type Factor = (typeof FACTORS)[number];
export interface BreakdownEntry {
  factor: Factor;
  points: number;
}

/** The conditions that pass an opportunity whatever else is true. */
export function vetoes(a: Answers): { wouldNotTake: boolean; noSkills: boolean; settling: boolean } {
  return {
    wouldNotTake: a.wouldTake === 'no',
    noSkills: a.skills === 'none',
    // Employed, you need not settle: pay well below what you are after is a no.
    settling: a.employment === 'employed' && a.pay === 'below',
  };
}

/** True when any veto applies. */
export function isVetoed(a: Answers): boolean {
  const v = vetoes(a);
  return v.wouldNotTake || v.noSkills || v.settling;
}

/** The pay's points and, for someone employed, the cost of settling. */
function payPoints(a: Answers): { pay: number; settling: number } {
  const employed = a.employment === 'employed';
  if (!a.payFigures) {
    const settling = employed && (a.pay === 'near' || a.pay === 'below') ? WEIGHTS.settling[a.pay] : 0;
    return { pay: WEIGHTS.pay[a.pay as Pay], settling };
  }
  // Whole-number arithmetic over the target, so that the band edges are
  // exact: `short` and `over` are percentages of the target, times the target.
  const { offered, target } = a.payFigures;
  const top = offered.max ?? offered.min;
  const short = Math.max(0, target - top) * 100;
  const over = Math.min(Math.max(0, offered.min - target) * 100, ABOVE_PERCENT * target);
  const band = NEAR_BAND_PERCENT * target;
  const low = short <= band ? WEIGHTS.pay.match * target - PAY_SLOPES.nearPerPercent * short : -PAY_SLOPES.belowPerPercent * (short - band);
  const pay = Math.floor((low + PAY_SLOPES.abovePerPercent * over) / target);
  const settling = employed
    ? short <= band
      ? Math.floor((-PAY_SLOPES.settlingPerPercentNear * short) / target)
      : WEIGHTS.settling.below
    : 0;
  return { pay, settling };
}

/** The score, the verdict, and every part of the arithmetic. */
export function scoreWithBreakdown(a: Answers): { score: number; verdict: VerdictKind; breakdown: BreakdownEntry[] } {
  const { pay, settling } = payPoints(a);
  const breakdown: BreakdownEntry[] = [
    { factor: 'base', points: WEIGHTS.base },
    { factor: 'skills', points: WEIGHTS.skills[a.skills] },
    { factor: 'pay', points: pay },
    { factor: 'wouldTake', points: WEIGHTS.wouldTake[a.wouldTake] },
    { factor: 'massPitch', points: a.massPitch ? WEIGHTS.massPitch : 0 },
    a.employment === 'employed'
      ? { factor: 'ready', points: WEIGHTS.readyWhenEmployed[a.ready] }
      : { factor: 'unemployed', points: WEIGHTS.unemployed },
  ];
  if (settling !== 0) breakdown.push({ factor: 'settling', points: settling });
  const raw = breakdown.reduce((sum, entry) => sum + entry.points, 0);
  const limited = Math.max(0, Math.min(100, raw));
  if (limited !== raw) breakdown.push({ factor: 'limit', points: limited - raw });
  const v = vetoes(a);
  let score = limited;
  // The settling veto is already in the points (graded, so no cliff in the
  // pay); the other two keep a share of the points.
  if (v.wouldNotTake || v.noSkills) {
    score = Math.floor((limited * VETO_SHARE.kept) / VETO_SHARE.of);
    if (score !== limited) breakdown.push({ factor: 'veto', points: score - limited });
  }
  return { score, verdict: score >= THRESHOLD ? 'take' : 'pass', breakdown };
}

/** The score and the verdict it reads as. */
export function decide(a: Answers): { score: number; verdict: VerdictKind } {
  const { score, verdict } = scoreWithBreakdown(a);
  return { score, verdict };
}

export function scoreOf(a: Answers): number {
  return decide(a).score;
}
