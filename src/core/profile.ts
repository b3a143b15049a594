// The saved profile: what stays true about a person between runs. Pure:
// validation and merging only; reading and writing the file is src/io's job.

import { EMPLOYMENT, READY, type AnswersInput, type Employment, type Ready, type TargetInput } from './answers.js';
import { checkFigure, CURRENCIES, PayParseError, type Currency } from './pay.js';

export interface Profile {
  employment?: Employment;
  ready?: Ready;
  /** The yearly pay you are after, in whole units. */
  target?: number;
  /** The target's currency, when one was given. */
  currency?: Currency;
}

export const PROFILE_KEYS = ['employment', 'ready', 'target'] as const;
export type ProfileKey = (typeof PROFILE_KEYS)[number];

/** What is wrong with a profile's contents; the caller adds where the file is. */
export class ProfileContentError extends Error {
  override readonly name = 'ProfileContentError';
}

/**
 * Checks data read from the profile file. Unknown keys are ignored (a newer
 * version may have written them); known keys must hold valid values.
 */
export function validateProfile(data: unknown): Profile {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw new ProfileContentError('it should hold a JSON object');
  }
  const source = data as Record<string, unknown>;
  const profile: Profile = {};
  if (source.employment !== undefined) {
    if (!(EMPLOYMENT as readonly unknown[]).includes(source.employment)) {
      throw new ProfileContentError(`"employment" is ${JSON.stringify(source.employment)}, expected one of ${EMPLOYMENT.join(', ')}`);
    }
    profile.employment = source.employment as Employment;
  }
  if (source.ready !== undefined) {
    if (!(READY as readonly unknown[]).includes(source.ready)) {
      throw new ProfileContentError(`"ready" is ${JSON.stringify(source.ready)}, expected one of ${READY.join(', ')}`);
    }
    profile.ready = source.ready as Ready;
  }
  if (source.target !== undefined) {
    // The same limits as a typed target: nothing a flag would refuse is accepted from the file.
    const bad = () =>
      new ProfileContentError(`"target" is ${JSON.stringify(source.target)}, expected a yearly pay in whole units, like 120000`);
    if (typeof source.target !== 'number' || !Number.isInteger(source.target)) throw bad();
    try {
      checkFigure(source.target);
    } catch (error) {
      if (error instanceof PayParseError) throw bad();
      throw error;
    }
    profile.target = source.target;
  }
  if (source.currency !== undefined) {
    if (!(CURRENCIES as readonly unknown[]).includes(source.currency)) {
      throw new ProfileContentError(`"currency" is ${JSON.stringify(source.currency)}, expected one of ${CURRENCIES.join(', ')}`);
    }
    profile.currency = source.currency as Currency;
  }
  return profile;
}

/** Answers as gathered so far: any may be missing until the end. */
export type PartialAnswers = Partial<Omit<AnswersInput, 'pay' | 'offered' | 'target'>> & {
  pay?: AnswersInput['pay'];
  offered?: AnswersInput['offered'];
  target?: TargetInput;
};

/**
 * Fills what the flags left open from the profile: flags first, then the
 * profile, then (later, in evaluate) the defaults. Returns which answers the
 * profile supplied, so the interactive flow can say so.
 */
export function applyProfile(given: PartialAnswers, profile: Profile): { answers: PartialAnswers; fromProfile: ProfileKey[] } {
  const answers = { ...given };
  const fromProfile: ProfileKey[] = [];
  if (answers.employment === undefined && profile.employment !== undefined) {
    answers.employment = profile.employment;
    fromProfile.push('employment');
  }
  if (answers.ready === undefined && profile.ready !== undefined) {
    answers.ready = profile.ready;
    fromProfile.push('ready');
  }
  // The target matters only when pay is not given as a category.
  if (answers.target === undefined && answers.pay === undefined && profile.target !== undefined) {
    answers.target = profile.currency === undefined ? profile.target : { amount: profile.target, currency: profile.currency };
    fromProfile.push('target');
  }
  return { answers, fromProfile };
}
