// What would change the verdict: the smallest changes a person could still
// learn or negotiate that flip it, found by scoring variants with the same
// decide() the verdict comes from, never written out case by case. Pure.
//
// Only three things may change, because only they can still turn out
// differently: the pay (to a known level, or a figure), the fit between
// strong and partial (what the interview reveals; never to or from none),
// and "maybe" to "yes" on whether you'd take it. What the person stated as
// certain (employment, readiness, a mass pitch, a firm yes or no, a role
// outside their skills) is never changed, and nothing asks them to know less.

import type { Answers, Pay, Skills, WouldTake } from './answers.js';
import { comparePay, formatMoney, MAX_YEARLY, MIN_YEARLY, PERIODS, type PayRange, type Period } from './pay.js';
import { decide, type VerdictKind } from './score.js';

/** The answers a flip may change, in the order flips are listed. */
export const FLIPPABLE = ['pay', 'skills', 'wouldTake'] as const;
export type FlippableKey = (typeof FLIPPABLE)[number];

/** Known pay levels, best first: a flip never goes to "unknown". */
const KNOWN_PAY = ['above', 'match', 'near', 'below'] as const satisfies readonly Pay[];

export interface FlipChanges {
  /**
   * A pay level. A flip to a take holds for this level or better; a flip
   * to a pass, for this level or worse.
   */
  pay?: Pay;
  /**
   * With figures, a yearly single-figure offer where the verdict is flipped:
   * for a pass, the least round figure that makes it a take; for a take, a
   * round figure just under the one below which it becomes a pass.
   */
  offered?: number;
  skills?: Skills;
  wouldTake?: WouldTake;
}

export interface Flip {
  changes: FlipChanges;
  verdict: VerdictKind;
  score: number;
  text: string;
}

/** The changes of skills and wouldTake a person could still see happen. */
function otherChanges(a: Answers): FlipChanges[] {
  const out: FlipChanges[] = [];
  if (a.skills === 'strong') out.push({ skills: 'partial' });
  if (a.skills === 'partial') out.push({ skills: 'strong' });
  if (a.wouldTake === 'maybe') out.push({ wouldTake: 'yes' });
  return out;
}

function withOffer(a: Answers, yearly: number): Answers {
  const figures = a.payFigures!;
  const offered: PayRange = { min: yearly, max: yearly };
  if (figures.offered.currency !== undefined) offered.currency = figures.offered.currency;
  if (figures.offered.ote) offered.ote = true;
  return { ...a, pay: comparePay(offered, figures.target), payFigures: { ...figures, offered } };
}

/** Applies changes to answers, re-deriving the pay level when a figure changes. */
export function applyChanges(a: Answers, changes: FlipChanges): Answers {
  const { offered, ...rest } = changes;
  const next = { ...a, ...rest };
  return offered !== undefined ? withOffer(next, offered) : next;
}

/** The least yearly figure at which the answers are a take, if any in the accepted range. */
function takeFrom(a: Answers): number | undefined {
  const take = (x: number) => decide(withOffer(a, x)).verdict === 'take';
  if (!take(MAX_YEARLY)) return undefined;
  if (take(MIN_YEARLY)) return MIN_YEARLY;
  // The score never falls as the offer rises, so the take region is one interval.
  let low = MIN_YEARLY; // a pass
  let high = MAX_YEARLY; // a take
  while (high - low > 1) {
    const mid = Math.floor((low + high) / 2);
    if (take(mid)) high = mid;
    else low = mid;
  }
  return high;
}

/**
 * Round steps in the unit the offer was quoted in, in hundredths of that
 * unit (so every step is a whole number of cents, and a whole number a year):
 * coarse for "a take from X" (1,000 a year, 1 an hour), fine for "a pass
 * under X" (100 a year, 0.10 an hour), where the figure must sit close to
 * the point the verdict turns because offers just above it still pass.
 */
const STEP_CENTS: Record<Period, { coarse: number; fine: number }> = {
  hour: { coarse: 100, fine: 10 },
  day: { coarse: 1_000, fine: 100 },
  week: { coarse: 1_000, fine: 100 },
  month: { coarse: 10_000, fine: 1_000 },
  year: { coarse: 100_000, fine: 10_000 },
};

/** The pay change that flips the verdict, if any: one, merging the levels that say the same. */
function payFlip(a: Answers, current: VerdictKind): FlipChanges | undefined {
  if (a.payFigures) {
    const threshold = takeFrom(a);
    if (threshold === undefined || threshold === MIN_YEARLY) return undefined;
    const period = a.payFigures.offered.period ?? 'year';
    const factor = PERIODS[period];
    const { coarse, fine } = STEP_CENTS[period];
    const cents = (threshold * 100) / factor; // the turning point, in cents of the unit
    if (current === 'pass') {
      const figure = (Math.ceil(cents / coarse) * coarse * factor) / 100;
      return figure <= MAX_YEARLY ? { offered: figure } : undefined;
    }
    // Everything under `line` is a pass; the flip is stated one step below it.
    const line = Math.floor(cents / fine) * fine;
    const figure = ((line - fine) * factor) / 100;
    return (line * factor) / 100 > MIN_YEARLY && figure >= MIN_YEARLY ? { offered: figure } : undefined;
  }
  const flipping = KNOWN_PAY.filter((level) => level !== a.pay && decide({ ...a, pay: level }).verdict !== current);
  if (flipping.length === 0) return undefined;
  // Better pay never scores lower, so the flipping levels are all the better
  // ones (to a take) or all the worse ones (to a pass): name the edge.
  return { pay: current === 'pass' ? flipping[flipping.length - 1]! : flipping[0]! };
}

// Each change read two ways: on a pass, what could still make it a take; on
// a take, what to watch for in the interview.
const CLAUSES: {
  pay: Record<Pay, { pass: string; take: string }>;
  skills: Record<Skills, { pass: string; take: string }>;
  wouldTake: Record<WouldTake, { pass: string; take: string }>;
} = {
  pay: {
    above: { pass: "the pay turned out to be more than you're after", take: "the pay turns out to be no more than you're after" },
    match: { pass: "the pay turned out to match what you're after, or better", take: "the pay turns out no better than what you're after" },
    near: {
      pass: "the pay turned out to be within reach of what you're after, or better",
      take: "the pay turns out even a little under what you're after",
    },
    below: { pass: "the pay turned out to be below what you're after", take: "the pay turns out to be well under what you're after" },
    unknown: { pass: 'the pay were still open', take: 'the pay stays open' },
  },
  skills: {
    strong: { pass: 'the role turned out to fit your skills strongly', take: 'the role turns out to fit your skills strongly' },
    partial: { pass: 'the role turned out to fit your skills only in part', take: 'the role turns out to fit your skills only in part' },
    none: { pass: "the role didn't use your skills", take: "the role doesn't use your skills" },
  },
  wouldTake: {
    yes: { pass: "you found you'd take it if it lived up to its promise", take: "you find you'd take it if it lived up to its promise" },
    maybe: { pass: "you weren't sure you'd take it", take: "you aren't sure you'd take it" },
    no: { pass: "you were sure you'd never take it", take: "you're sure you'd never take it" },
  },
};

function offerClause(a: Answers, yearly: number, current: VerdictKind): string {
  const { offered, currency } = a.payFigures!;
  const period = offered.period ?? 'year';
  // In the unit the offer was quoted in, with cents only when there are some.
  const shown = (cents: number) =>
    formatMoney(cents / 100, currency, { cents: cents % 100 !== 0 }) + PERIOD_SUFFIX[period] + (offered.ote ? ' OTE' : '');
  const cents = Math.round((yearly * 100) / PERIODS[period]);
  if (current === 'pass') return `the offer were ${shown(cents)} or more`;
  return `the offer comes in under ${shown(cents + STEP_CENTS[period].fine)}`;
}

const PERIOD_SUFFIX: Record<Period, string> = { hour: '/hr', day: '/day', week: '/wk', month: '/mo', year: '' };

function flipText(a: Answers, changes: FlipChanges, current: VerdictKind): string {
  const tense = current === 'pass' ? 'pass' : 'take';
  const clauses: string[] = [];
  if (changes.skills !== undefined) clauses.push(CLAUSES.skills[changes.skills][tense]);
  if (changes.wouldTake !== undefined) clauses.push(CLAUSES.wouldTake[changes.wouldTake][tense]);
  // The pay last: its clause may end in ", or better".
  if (changes.pay !== undefined) clauses.push(CLAUSES.pay[changes.pay][tense]);
  if (changes.offered !== undefined) clauses.push(offerClause(a, changes.offered, current));
  return current === 'pass' ? `If ${clauses.join(' and ')}, this would be a take.` : `If ${clauses.join(' and ')}, it's a pass.`;
}

/**
 * The smallest changes that flip the verdict: every single change that does
 * (the pay counted once, at the level or figure where it turns), or, when
 * none does, every two-answer change that does. Empty when none of those does.
 */
export function findFlips(answers: Answers): Flip[] {
  const current = decide(answers).verdict;
  const make = (changes: FlipChanges): Flip | undefined => {
    const { score, verdict } = decide(applyChanges(answers, changes));
    return verdict === current ? undefined : { changes, verdict, score, text: flipText(answers, changes, current) };
  };
  const others = otherChanges(answers);

  const singles: Flip[] = [];
  const pay = payFlip(answers, current);
  const payAlone = pay && make(pay);
  if (payAlone) singles.push(payAlone);
  for (const change of others) {
    const flip = make(change);
    if (flip) singles.push(flip);
  }
  if (singles.length > 0) return singles;

  const pairs: Flip[] = [];
  for (const change of others) {
    const payWith = payFlip(applyChanges(answers, change), current);
    if (payWith) {
      const flip = make({ ...payWith, ...change });
      if (flip) pairs.push(flip);
    }
  }
  for (let i = 0; i < others.length; i++) {
    for (let j = i + 1; j < others.length; j++) {
      const flip = make({ ...others[i], ...others[j] });
      if (flip) pairs.push(flip);
    }
  }
  return pairs;
}
