// The decision rules: answers in, verdict out. Pure and deterministic — no
// I/O, no clock, no randomness — so every front end (flags, prompts, the
// library) gets the same result for the same answers.

import { normaliseAnswers, type Answers, type AnswersInput, type Concern } from './answers.js';
import { REASON_TEXT, type Reason, type ReasonId } from './reasons.js';
import { formatMoney, formatRange } from './pay.js';
import { decide, isVetoed, THRESHOLD, type VerdictKind } from './score.js';
import { findFlips, type Flip } from './flips.js';
import { questionsToAsk, type Ask } from './ask.js';

export { THRESHOLD, VETO_CAP, WEIGHTS, type VerdictKind } from './score.js';

/** 2 added `close`, `flips` and `ask`. */
export const SCHEMA_VERSION = 2;

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
  /** The smallest changes of answers that would flip the verdict. */
  flips: Flip[];
  /** Questions to bring to the interview (a take only). */
  ask: Ask[];
  answers: Answers;
}

const REBUTTAL_FOR: Record<Concern, ReasonId> = {
  reviews: 'rebut-reviews',
  hearsay: 'rebut-hearsay',
  'no-time': 'rebut-no-time',
  'no-mood': 'rebut-no-mood',
  unsure: 'rebut-unsure',
};

/** " (offered: $100,000–$130,000 a year; your target: $120,000)", or nothing without figures. */
function figuresClause(a: Answers): string {
  if (!a.payFigures) return '';
  return ` (offered: ${formatRange(a.payFigures.offered)} a year; your target: ${formatMoney(a.payFigures.target)})`;
}

function outsideWheelhouseText(a: Answers): string {
  const parts: string[] = [];
  if (a.skills === 'none') {
    parts.push("The role doesn't use your skills, so it's outside your wheelhouse however big the promised pay.");
  }
  if (a.pay === 'below') {
    parts.push(
      a.employment === 'employed'
        ? `The pay is below what you're after${figuresClause(a)}, and with a job already you have no need to settle for less.`
        : `The pay is below what you're after${figuresClause(a)}, which puts it outside your wheelhouse; only a strong fit you'd really take makes up for that.`,
    );
  }
  return parts.join(' ');
}

function amazingFitText(a: Answers): string {
  const pay = a.pay === 'above' ? 'pays more than' : 'pays what';
  return `Your skills fit strongly and it ${pay} you're after${figuresClause(a)}: this could turn out to be the job you've been waiting for.`;
}

function payFitsText(a: Answers): string {
  return a.pay === 'above'
    ? `The pay beats what you're after${figuresClause(a)}, so the hour could be well spent even on a partial fit.`
    : `The pay is in line with what you're after${figuresClause(a)}, so money is not what stands in the way.`;
}

function reason(id: ReasonId, stance: Reason['stance'], text: string): Reason {
  return { id, stance, text };
}

function reasonsFor(a: Answers, verdict: VerdictKind): Reason[] {
  const vetoed = isVetoed(a);
  const reasons: Reason[] = [];

  // Context and the general payoffs of an interview belong to a take: they
  // argue for spending the hour, which a pass has decided against.
  if (verdict === 'take') {
    if (a.employment === 'employed' && a.ready !== 'no') {
      reasons.push(reason('driver-seat', 'for', REASON_TEXT['driver-seat']));
    }
    if (a.employment === 'unemployed') {
      reasons.push(reason('serious-look', 'for', REASON_TEXT['serious-look']));
    }
  }

  // What this particular opportunity has going for it is shown on a pass
  // too, so the person sees both sides — unless a veto makes it moot.
  if (!vetoed) {
    if (a.skills === 'strong' && (a.pay === 'match' || a.pay === 'above')) {
      reasons.push(reason('amazing-fit', 'for', amazingFitText(a)));
    }
    if (a.pay === 'unknown') reasons.push(reason('better-pay', 'for', REASON_TEXT['better-pay']));
    if (a.skills === 'partial') reasons.push(reason('other-roles', 'for', REASON_TEXT['other-roles']));
    if (a.skills === 'partial' && (a.pay === 'match' || a.pay === 'above')) {
      reasons.push(reason('pay-fits', 'for', payFitsText(a)));
    }
  }

  if (verdict === 'take') {
    reasons.push(reason('on-the-radar', 'for', REASON_TEXT['on-the-radar']));
    reasons.push(reason('cross-it-off', 'for', REASON_TEXT['cross-it-off']));
    reasons.push(reason('practice', 'for', REASON_TEXT.practice));
  }
  return reasons;
}

function reasonsAgainst(a: Answers): Reason[] {
  const reasons: Reason[] = [];
  if (a.wouldTake === 'no') reasons.push(reason('would-not-take', 'against', REASON_TEXT['would-not-take']));
  if (a.skills === 'none' || a.pay === 'below') {
    reasons.push(reason('outside-wheelhouse', 'against', outsideWheelhouseText(a)));
  }
  if (a.massPitch) reasons.push(reason('mass-pitch', 'against', REASON_TEXT['mass-pitch']));
  if (a.employment === 'employed' && a.ready === 'no') {
    reasons.push(reason('not-looking', 'against', REASON_TEXT['not-looking']));
  }
  return reasons;
}

function headlineOf(a: Answers, verdict: VerdictKind): string {
  if (verdict === 'take') {
    return a.skills === 'strong' && a.pay !== 'below'
      ? 'Take the interview: this one is in your wheelhouse.'
      : 'Take the interview: the hour is worth spending.';
  }
  if (a.wouldTake === 'no') return "Pass: don't spend an hour on a job you'd never take.";
  if (a.skills === 'none' || a.pay === 'below') return 'Pass: this one is outside your wheelhouse.';
  return 'Pass on this one.';
}

/**
 * Evaluates one opportunity. Throws InvalidAnswerError when an answer is
 * missing or outside its choices. Concerns never change the score: each one
 * only adds its rebuttal.
 */
export function evaluate(input: AnswersInput): Verdict {
  const answers = normaliseAnswers(input);
  const { score, verdict } = decide(answers);
  const rebuttals = answers.concerns.map((c) => {
    const id = REBUTTAL_FOR[c];
    return reason(id, 'rebuttal', REASON_TEXT[id as keyof typeof REASON_TEXT]);
  });
  return {
    schemaVersion: SCHEMA_VERSION,
    verdict,
    score,
    close: Math.abs(score - THRESHOLD) <= CLOSE_MARGIN,
    headline: headlineOf(answers, verdict),
    reasons: [...reasonsFor(answers, verdict), ...reasonsAgainst(answers), ...rebuttals],
    flips: findFlips(answers),
    ask: questionsToAsk(answers, verdict),
    answers,
  };
}
