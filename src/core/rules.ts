// The decision rules: answers in, verdict out. Pure and deterministic — no
// I/O, no clock, no randomness — so every front end (flags, prompts, files,
// the library) gets the same result for the same answers.

import type { MessageFindings } from './message/index.js';
import { normaliseAnswers, type Answers, type AnswersInput, type Concern } from './answers.js';
import {
  doubtOnAPass,
  GENERAL_PAYOFFS,
  PASS_HEADLINE,
  REASON_TEXT,
  reasonText,
  REBUTTAL_TAKE,
  TAKE_HEADLINE,
  type AgainstId,
  type Reason,
  type ReasonId,
  type RebuttalId,
} from './reasons.js';
import { formatMoney, formatRange } from './pay.js';
import { isVetoed, scoreWithBreakdown, THRESHOLD, type BreakdownEntry, type VerdictKind } from './score.js';
import { findFlips, type Flip } from './flips.js';
import { questionsToAsk, type Ask } from './ask.js';

export { THRESHOLD, WEIGHTS, type VerdictKind, type BreakdownEntry } from './score.js';

/** 2 added `close`, `flips` and `ask`; 3 added `breakdown`, pay `near`, and changed flips (see the README). */
export const SCHEMA_VERSION = 4;

/** A score this close to THRESHOLD, either side, makes a close call. */
export const CLOSE_MARGIN = 5;

export interface Verdict {
  schemaVersion: typeof SCHEMA_VERSION;
  verdict: VerdictKind;
  /** 0 to 100; a take is THRESHOLD or more. */
  score: number;
  /** The score is within CLOSE_MARGIN points of THRESHOLD. */
  close: boolean;
  headline: string;
  reasons: Reason[];
  /** The smallest changes the person could still see happen that would flip the verdict. */
  flips: Flip[];
  /** Questions to bring to the interview (a take only). */
  ask: Ask[];
  /** How the score adds up: the points add up exactly to `score`. */
  breakdown: BreakdownEntry[];
  answers: Answers;
  /** What the recruiter's message said, when one was read (null otherwise); the answers it gave are in `answers`. */
  message: MessageFindings | null;
}

export interface EvaluateOptions {
  /** The recruiter's message as read (readMessage), reported beside the verdict. */
  message?: MessageFindings | null;
}

const REBUTTAL_FOR: Record<Concern, RebuttalId> = {
  reviews: 'rebut-reviews',
  hearsay: 'rebut-hearsay',
  'no-time': 'rebut-no-time',
  'no-mood': 'rebut-no-mood',
  unsure: 'rebut-unsure',
};

/** " (offered: $100,000-$130,000 a year; your target: $120,000)", or nothing without figures. */
function figuresClause(a: Answers): string {
  if (!a.payFigures) return '';
  const { offered, target, currency } = a.payFigures;
  return ` (offered: ${formatRange(offered, currency)}; your target: ${formatMoney(target, currency)})`;
}

function reason(id: ReasonId, stance: Reason['stance'], text: string): Reason {
  return { id, stance, text };
}

function reasonsFor(a: Answers, take: boolean): Reason[] {
  const vetoed = isVetoed(a);
  const figures = figuresClause(a);
  const reasons: Reason[] = [];
  const add = (id: Parameters<typeof reasonText>[0]) => reasons.push(reason(id, 'for', reasonText(id, a, take, figures)));

  // The situation and the payoffs of going belong to a take: they argue for
  // spending the hour, which a pass has decided against.
  if (take && a.employment === 'employed' && a.ready !== 'no') reasons.push(reason('driver-seat', 'for', REASON_TEXT['driver-seat']));
  if (take && a.employment === 'unemployed') add('serious-look');

  // What this opportunity has going for it, in plain facts, is shown on a
  // pass too, so the person sees both sides; unless a veto makes it moot.
  if (!vetoed) {
    if (a.skills === 'strong' && (a.pay === 'match' || a.pay === 'above')) add('amazing-fit');
    if (a.skills === 'strong' && (a.pay === 'unknown' || a.pay === 'near')) {
      reasons.push(reason('strong-fit', 'for', REASON_TEXT['strong-fit']));
    }
    if (a.skills === 'partial' && (a.pay === 'match' || a.pay === 'above')) add('pay-fits');
  }
  if (take) {
    // A take reached with pay below the target (between jobs) rests on the fit.
    if (a.skills === 'strong' && a.pay === 'below') reasons.push(reason('strong-fit', 'for', REASON_TEXT['strong-fit']));
    if (a.pay === 'near') add('within-reach');
    if (a.pay === 'unknown') reasons.push(reason('better-pay', 'for', REASON_TEXT['better-pay']));
    if (a.skills === 'partial') reasons.push(reason('other-roles', 'for', REASON_TEXT['other-roles']));
    for (const id of GENERAL_PAYOFFS) reasons.push(reason(id, 'for', REASON_TEXT[id]));
  }
  return reasons;
}

function reasonsAgainst(a: Answers, take: boolean): Reason[] {
  const figures = figuresClause(a);
  const reasons: Reason[] = [];
  const add = (id: Exclude<AgainstId, 'would-not-take'>) => reasons.push(reason(id, 'against', reasonText(id, a, take, figures)));
  if (a.wouldTake === 'no') reasons.push(reason('would-not-take', 'against', REASON_TEXT['would-not-take']));
  if (a.skills === 'none' || a.pay === 'below') add('outside-wheelhouse');
  if (a.employment === 'employed' && a.ready === 'no') add('not-looking');
  if (a.pay === 'near' && !take) add('pay-short');
  if (a.massPitch) add('mass-pitch');
  return reasons;
}

/** The reason a pass is a pass, in order of weight; a role outside your skills is named apart from pay. */
export function mainReasonForPass(a: Answers): AgainstId | 'outside-skills' {
  if (a.wouldTake === 'no') return 'would-not-take';
  if (a.skills === 'none') return 'outside-skills';
  if (a.pay === 'below') return 'outside-wheelhouse';
  if (a.employment === 'employed' && a.ready === 'no') return 'not-looking';
  // Only with a job is pay a little short a reason of its own (no need to settle).
  if (a.pay === 'near' && a.employment === 'employed') return 'pay-short';
  return a.massPitch ? 'mass-pitch' : 'pay-short';
}

function headlineOf(a: Answers, take: boolean): string {
  if (!take) return PASS_HEADLINE[mainReasonForPass(a)];
  if (a.pay === 'near' && a.skills === 'strong') return TAKE_HEADLINE.withinReach;
  return a.skills === 'strong' && !a.massPitch && a.pay !== 'below' ? TAKE_HEADLINE.wheelhouse : TAKE_HEADLINE.worthIt;
}

/**
 * Evaluates one opportunity. Throws InvalidAnswerError when an answer is
 * missing or outside its choices. Concerns never change the score: each one
 * is answered (on a take) or acknowledged (on a pass).
 */
export function evaluate(input: AnswersInput, options: EvaluateOptions = {}): Verdict {
  const answers = normaliseAnswers(input);
  const { score, verdict, breakdown } = scoreWithBreakdown(answers);
  const take = verdict === 'take';
  const main = take ? undefined : mainReasonForPass(answers);
  const doubts = answers.concerns.map((c) => {
    const id = REBUTTAL_FOR[c];
    return reason(id, 'rebuttal', main === undefined ? REBUTTAL_TAKE[id] : doubtOnAPass(id, main));
  });
  return {
    schemaVersion: SCHEMA_VERSION,
    verdict,
    score,
    close: Math.abs(score - THRESHOLD) <= CLOSE_MARGIN,
    headline: headlineOf(answers, take),
    reasons: [...reasonsFor(answers, take), ...reasonsAgainst(answers, take), ...doubts],
    flips: findFlips(answers),
    ask: questionsToAsk(answers, verdict),
    breakdown,
    answers,
    message: options.message ?? null,
  };
}
