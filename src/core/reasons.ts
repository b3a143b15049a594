// Reason ids are a public contract: scripts match on them, so an id never
// changes meaning once published. The texts are ours and may be reworded;
// every text lives here, and rules.ts only chooses among them.

import type { Answers } from './answers.js';

export const REASONS_FOR = Object.freeze([
  'driver-seat',
  'serious-look',
  'amazing-fit',
  'strong-fit',
  'better-pay',
  'within-reach',
  'other-roles',
  'pay-fits',
  'on-the-radar',
  'cross-it-off',
  'practice',
] as const);

export const REASONS_AGAINST = Object.freeze(['would-not-take', 'outside-wheelhouse', 'not-looking', 'pay-short', 'mass-pitch'] as const);

export const REBUTTALS = Object.freeze(['rebut-reviews', 'rebut-hearsay', 'rebut-no-time', 'rebut-no-mood', 'rebut-unsure'] as const);

export const REASON_IDS = Object.freeze([...REASONS_FOR, ...REASONS_AGAINST, ...REBUTTALS] as const);

export type ReasonId = (typeof REASON_IDS)[number];
export type AgainstId = (typeof REASONS_AGAINST)[number];
export type RebuttalId = (typeof REBUTTALS)[number];
export type Stance = 'for' | 'against' | 'rebuttal';

export interface Reason {
  id: ReasonId;
  stance: Stance;
  text: string;
}

/** The payoffs every take shares: in full in --json and --explain, as one line in the report. */
export const GENERAL_PAYOFFS = Object.freeze(['on-the-radar', 'cross-it-off', 'practice'] as const);

/** The fixed texts; those that depend on the answers are the functions below. */
export const REASON_TEXT = {
  'driver-seat': "You have a job, so you're in the driver's seat and need not settle.",
  'strong-fit': 'The role fits your skills strongly: the part no negotiation can change.',
  'better-pay': 'No figure yet, and a good interview can shape a better package.',
  'other-roles': 'A partial fit, but they may have unadvertised roles that suit you better.',
  'on-the-radar':
    "Even if this role isn't the one, a hiring manager who has seen what you can do remembers you when the next opening comes up.",
  'cross-it-off':
    "If it isn't right, you'll know for sure and can cross it off, so when the right offer arrives you can accept it without wondering what you missed.",
  practice: 'Every interview sharpens how you present yourself, which leaves you readier for the job you really want.',
  'would-not-take': "You're certain you would never take this job, so an interview would only spend their hour and yours.",
} as const;

/** The three general payoffs in a few words each, for the report's one summary line. */
export const PAYOFF_SHORT: Record<(typeof GENERAL_PAYOFFS)[number], string> = {
  'on-the-radar': "they'll remember you",
  'cross-it-off': 'you can cross it off',
  practice: "it's practice",
};

/** Doubts on a take: why each is no reason to stay home. */
export const REBUTTAL_TAKE: Record<RebuttalId, string> = {
  'rebut-reviews':
    'Review sites make a poor guide: anyone can post, unhappy former staff post the most, and glowing reviews may come from inside. Judge the company for yourself.',
  'rebut-hearsay':
    'A story passed along by a friend or a former colleague is about the weakest basis there is for a career decision. Go and see for yourself.',
  'rebut-no-time': 'It is one hour, and it is your career. Most of us spend longer choosing what to watch tonight.',
  'rebut-no-mood':
    "Not feeling like it is a mood, not a reason. An hour with people who want to talk to you can open doors you didn't know were there.",
  'rebut-unsure': 'Not being sure is what the interview is for: you are deciding about them as much as they are deciding about you.',
};

/** Doubts on a pass: acknowledged, never argued against; each ends by naming the real reason. */
const DOUBT_ON_A_PASS: Record<RebuttalId, string> = {
  'rebut-reviews': "What review sites say isn't why this is a pass",
  'rebut-hearsay': "What you heard second-hand isn't why this is a pass",
  'rebut-no-time': "Being short of time isn't why this is a pass",
  'rebut-no-mood': "Not being in the mood isn't why this is a pass",
  'rebut-unsure': "Being unsure isn't why this is a pass",
};

/** The real reason for a pass, to finish "…isn't why this is a pass; the reason is …". */
const PASS_BECAUSE: Record<AgainstId | 'outside-skills', string> = {
  'would-not-take': "that you'd never take the job",
  'outside-skills': 'that the role is outside your skills',
  'outside-wheelhouse': "that the pay is too far below what you're after",
  'not-looking': "that you're happy where you are",
  'pay-short': "that the pay falls short and you don't need to settle",
  'mass-pitch': "that it's a generic pitch, not an approach made for you",
};

/** What a pass's headline says, by its main reason. */
export const PASS_HEADLINE: Record<AgainstId | 'outside-skills', string> = {
  'would-not-take': "Pass: don't spend an hour on a job you'd never take.",
  'outside-skills': 'Pass: the role is outside your skills.',
  'outside-wheelhouse': "Pass: the pay is too far below what you're after.",
  'not-looking': "Pass: you're happy where you are, and this doesn't change that.",
  'pay-short': "Pass: the pay falls short, and you don't need to settle.",
  'mass-pitch': 'Pass: a generic pitch, not an approach made for you.',
};

export const TAKE_HEADLINE = {
  wheelhouse: 'Take the interview: this one is in your wheelhouse.',
  withinReach: 'Take the interview: the fit is there, and the pay is within reach.',
  worthIt: 'Take the interview: the hour is worth spending.',
} as const;

export function doubtOnAPass(id: RebuttalId, mainReason: AgainstId | 'outside-skills'): string {
  return `${DOUBT_ON_A_PASS[id]}; the reason is ${PASS_BECAUSE[mainReason]}.`;
}

/** How far the top of the offer is under the target, in whole percent (rounded down). */
function shortBy(a: Answers): number {
  const { offered, target } = a.payFigures!;
  return Math.floor(((target - (offered.max ?? offered.min)) * 100) / target);
}

/** The text for a reason whose wording depends on the answers; `figures` is "" or " (offered: …)". */
export function reasonText(
  id: Exclude<ReasonId, keyof typeof REASON_TEXT | RebuttalId>,
  a: Answers,
  take: boolean,
  figures: string,
): string {
  const employed = a.employment === 'employed';
  switch (id) {
    case 'serious-look':
      // A generic pitch is not the "serious opportunity" of the rule: worth a look all the same.
      if (a.massPitch) {
        return a.skills === 'strong'
          ? 'Between jobs, a role that fits your skills is worth a look, pitch or not.'
          : 'Between jobs, a role using some of your skills merits a look, pitch or not.';
      }
      return a.skills === 'strong'
        ? 'Between jobs, a serious role that fits your skills deserves a close look.'
        : 'Between jobs, a serious role using part of what you do deserves a look.';
    case 'amazing-fit': {
      const pays = a.pay === 'above' ? 'pays more than' : 'pays what';
      if (!take) return `On paper it fits: your skills match strongly and it ${pays} you're after${figures}.`;
      if (employed && a.ready === 'no') {
        return `Your skills fit strongly and it ${pays} you're after${figures}: even without looking, this one could be worth the move.`;
      }
      if (a.massPitch) return `Your skills fit strongly and it ${pays} you're after${figures}: worth finding out if the pitch is real.`;
      return `Your skills fit strongly and it ${pays} you're after${figures}: this could turn out to be the job you've been waiting for.`;
    }
    case 'within-reach':
      return `It pays a little under what you're after${figures}; first figures are often not final.`;
    case 'pay-fits':
      return a.pay === 'above'
        ? `It pays more than you're after${figures}: worth an hour even on a partial fit.`
        : `The pay is in line with what you're after${figures}: money isn't the obstacle.`;
    case 'outside-wheelhouse': {
      // With figures, how far below, exactly; without, the level's own words.
      const below = a.payFigures ? `${shortBy(a)}% under what you're after${figures}` : `well below what you're after`;
      if (a.skills === 'none' && a.pay === 'below') {
        return `The role doesn't use your skills and the pay is ${below}: outside your wheelhouse on both counts.`;
      }
      if (a.skills === 'none') return "The role doesn't use your skills, so it's outside your wheelhouse, however good the pay.";
      if (employed) return `The pay is ${below}, and with a job already you have no need to settle for less.`;
      return take
        ? `The pay is ${below}, so ask early whether there is room to move.`
        : `The pay is ${below}, which puts it outside your wheelhouse.`;
    }
    case 'pay-short':
      return employed
        ? `The pay is a little under what you're after${figures}, and with a job already you have no need to settle for less.`
        : `The pay is a little under what you're after${figures}.`;
    case 'mass-pitch':
      return take
        ? 'It reads like a mass pitch: find out if anyone there has looked at you.'
        : 'It reads like a generic pitch sent to many people, not a company that has seen something in you in particular.';
    case 'not-looking':
      if (a.wouldTake === 'yes') {
        return take
          ? "You're happy where you are and not looking, so this has to clear a high bar; you said you'd take it if it lived up to its promise."
          : "You're happy where you are and not looking, so an opportunity has to clear a high bar to be worth the hour.";
      }
      return a.wouldTake === 'maybe'
        ? "You're employed and not ready to move. Unless this is a job you'd jump at, there's no need to start now."
        : "You're employed and not ready to move.";
  }
}
