// Which answers are still missing: the one rule behind "is there anything to
// ask?", the questions asked and the flags a script is told it still needs.
// Pure.

import type { PartialAnswers } from './profile.js';

export type MissingKey = 'employment' | 'ready' | 'skills' | 'pay' | 'target' | 'massPitch' | 'wouldTake' | 'concerns';

export interface MissingAnswer {
  key: MissingKey;
  /** Without it there is no verdict; the others have defaults (and are only asked). */
  required: boolean;
}

/**
 * The answers still missing, in the order they are asked. Readiness is
 * missing only for someone employed (between jobs, a person is looking);
 * with an offered figure, the pay is missing only as the target to compare
 * it with.
 */
export function missingAnswers(answers: PartialAnswers): MissingAnswer[] {
  const missing: MissingAnswer[] = [];
  if (answers.employment === undefined) missing.push({ key: 'employment', required: true });
  if (answers.employment === 'employed' && answers.ready === undefined) missing.push({ key: 'ready', required: false });
  if (answers.skills === undefined) missing.push({ key: 'skills', required: true });
  if (answers.pay === undefined) {
    if (answers.offered === undefined) missing.push({ key: 'pay', required: true });
    else if (answers.target === undefined) missing.push({ key: 'target', required: true });
  }
  if (answers.massPitch === undefined) missing.push({ key: 'massPitch', required: false });
  if (answers.wouldTake === undefined) missing.push({ key: 'wouldTake', required: false });
  if (answers.concerns === undefined) missing.push({ key: 'concerns', required: false });
  return missing;
}

/** Whether `key` is still missing from `answers`. */
export function isMissing(answers: PartialAnswers, key: MissingKey): boolean {
  return missingAnswers(answers).some((m) => m.key === key);
}
