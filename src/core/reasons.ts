// Reason ids are a public contract: scripts match on them, so an id never
// changes meaning once published. The texts are ours and may be reworded.

export const REASONS_FOR = [
  'driver-seat',
  'serious-look',
  'amazing-fit',
  'better-pay',
  'other-roles',
  'pay-fits',
  'on-the-radar',
  'cross-it-off',
  'practice',
] as const;

export const REASONS_AGAINST = ['outside-wheelhouse', 'mass-pitch', 'would-not-take', 'not-looking'] as const;

export const REBUTTALS = ['rebut-reviews', 'rebut-hearsay', 'rebut-no-time', 'rebut-no-mood', 'rebut-unsure'] as const;

export const REASON_IDS = [...REASONS_FOR, ...REASONS_AGAINST, ...REBUTTALS] as const;

export type ReasonId = (typeof REASON_IDS)[number];
export type Stance = 'for' | 'against' | 'rebuttal';

export interface Reason {
  id: ReasonId;
  stance: Stance;
  text: string;
}

/** The fixed texts; reasons whose wording depends on the answers are built in rules.ts. */
export const REASON_TEXT = {
  'driver-seat':
    "You already have a job, so you're in the driver's seat: you can look around properly and turn down anything that isn't right.",
  'serious-look':
    'Between jobs, every serious opportunity that uses your skills deserves a close look rather than a quick no.',
  'better-pay':
    "The pay hasn't been spelled out yet. First talk about money is usually vague, and a strong interview often earns a better package than the early figures; in sales especially, commission and bonus only make sense after a real conversation.",
  'other-roles':
    "The fit is only partial, but companies often have openings they haven't advertised. Meeting them is how you hear about the one that suits you better.",
  'on-the-radar':
    "Even if this role isn't the one, a hiring manager who has seen what you can do remembers you when the next opening comes up.",
  'cross-it-off':
    "If it isn't right, you'll know for sure and can cross it off, so when the right offer arrives you can accept it without wondering what you missed.",
  practice: 'Every interview sharpens how you present yourself, which leaves you readier for the job you really want.',
  'mass-pitch':
    "It sounds like a generic pitch sent to many people, not a company that has seen something in you in particular.",
  'would-not-take':
    "You're certain you would never take this job, so an interview would only spend their hour and yours.",
  'not-looking':
    "You're employed and not ready to move. Unless this is the job you'd jump for, there's no need to start now.",
  'rebut-reviews':
    'Review sites make a poor guide: anyone can post, unhappy former staff post the most, and glowing reviews may come from inside. Judge the company for yourself.',
  'rebut-hearsay':
    'A story passed along by a friend or a former colleague is about the weakest basis there is for a career decision. Go and see for yourself.',
  'rebut-no-time':
    'It is one hour, and it is your career. Most of us spend longer choosing what to watch tonight.',
  'rebut-no-mood':
    "Not feeling like it is a mood, not a reason. An hour with people who want to talk to you can open doors you didn't know were there.",
  'rebut-unsure':
    "Not being sure is what the interview is for: you are deciding about them as much as they are deciding about you.",
} as const;
