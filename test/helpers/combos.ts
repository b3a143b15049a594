// Every combination of answers: few enough (17,280) to check exhaustively.
import { CONCERNS, EMPLOYMENT, PAY, READY, SKILLS, WOULD_TAKE, type Answers, type Concern } from '../../src/core/answers.js';

export function concernSets(): Concern[][] {
  const sets: Concern[][] = [];
  for (let mask = 0; mask < 1 << CONCERNS.length; mask++) {
    sets.push(CONCERNS.filter((_, i) => mask & (1 << i)));
  }
  return sets;
}

/** Every combination of the answers other than pay (and with no concerns): 108. */
export function* otherAnswers(): Generator<Omit<Answers, 'pay' | 'payFigures'>> {
  for (const employment of EMPLOYMENT)
    for (const ready of READY)
      for (const skills of SKILLS)
        for (const massPitch of [false, true])
          for (const wouldTake of WOULD_TAKE) yield { employment, ready, skills, massPitch, wouldTake, concerns: [] };
}

export function* allAnswers(options: { concerns?: boolean } = {}): Generator<Answers> {
  const sets = options.concerns === false ? [[]] : concernSets();
  for (const employment of EMPLOYMENT)
    for (const ready of READY)
      for (const skills of SKILLS)
        for (const pay of PAY)
          for (const massPitch of [false, true])
            for (const wouldTake of WOULD_TAKE)
              for (const concerns of sets) yield { employment, ready, skills, pay, massPitch, wouldTake, concerns };
}

/** Each answer's ladder, best first: a better answer must never score lower. Unknown pay weighs as a match. */
export const LADDERS = [
  ['skills', SKILLS],
  ['pay', ['above', 'match', 'near', 'below']],
  ['pay', ['match', 'unknown', 'near']],
  ['ready', READY],
  ['wouldTake', WOULD_TAKE],
  ['massPitch', [false, true]],
] as const;
