// What would change the verdict: the smallest changes of answers that flip
// it, found by scoring every variant with the same decide() the verdict
// comes from, never written out case by case. Pure.

import { PAY, READY, SKILLS, WOULD_TAKE, type Answers, type Pay, type Ready, type Skills, type WouldTake } from './answers.js';
import { decide, type VerdictKind } from './score.js';

/**
 * The answers a flip may change, in the order flips are listed. Concerns are
 * left out because they never move the score; employment because it is a
 * fact about you, not something an interview could turn out differently.
 */
export const FLIPPABLE = ['skills', 'pay', 'wouldTake', 'massPitch', 'ready'] as const;
export type FlippableKey = (typeof FLIPPABLE)[number];

export interface FlipChanges {
  skills?: Skills;
  pay?: Pay;
  wouldTake?: WouldTake;
  massPitch?: boolean;
  ready?: Ready;
}

export interface Flip {
  changes: FlipChanges;
  verdict: VerdictKind;
  score: number;
  text: string;
}

const VALUES: { [K in FlippableKey]: readonly NonNullable<FlipChanges[K]>[] } = {
  skills: SKILLS,
  pay: PAY,
  wouldTake: WOULD_TAKE,
  massPitch: [false, true],
  ready: READY,
};

/** A clause per changed answer, to read after "If". */
const PHRASE: { [K in FlippableKey]: (value: NonNullable<FlipChanges[K]>) => string } = {
  skills: (v) =>
    ({ strong: 'the role fit your skills strongly', partial: 'the role fit your skills in part', none: "the role didn't use your skills" })[v],
  pay: (v) =>
    ({
      above: "the pay turned out to be more than you're after",
      match: "the pay turned out to match what you're after",
      unknown: 'the pay were still to be discussed',
      below: "the pay turned out to be less than you're after",
    })[v],
  wouldTake: (v) =>
    ({ yes: "you'd take it if it were all you hoped", maybe: 'you might take it if it were all you hoped', no: "you were sure you'd never take it" })[v],
  massPitch: (v) => (v ? 'it turned out to be a generic mass pitch' : 'it turned out not to be a generic mass pitch'),
  ready: (v) => ({ yes: 'you were ready to move', open: 'you were open to a move', no: "you weren't ready to move" })[v],
};

function flipText(changes: FlipChanges, verdict: VerdictKind): string {
  const clauses = FLIPPABLE.filter((key) => changes[key] !== undefined).map((key) =>
    (PHRASE[key] as (value: unknown) => string)(changes[key]),
  );
  return `If ${clauses.join(' and ')}, this would be ${verdict === 'take' ? 'a take' : 'a pass'}.`;
}

/** Every single-answer change: [key, value] pairs that differ from the answers. */
function alternatives(answers: Answers): Array<[FlippableKey, unknown]> {
  const out: Array<[FlippableKey, unknown]> = [];
  for (const key of FLIPPABLE) {
    for (const value of VALUES[key]) if (value !== answers[key]) out.push([key, value]);
  }
  return out;
}

/**
 * The smallest changes that flip the verdict: every single-answer change
 * that does, or, when none does, every two-answer change that does. Empty
 * when no change of one or two answers flips it.
 */
export function findFlips(answers: Answers): Flip[] {
  const current = decide(answers).verdict;
  const flipWith = (changes: FlipChanges): Flip | undefined => {
    const { score, verdict } = decide({ ...answers, ...changes });
    return verdict === current ? undefined : { changes, verdict, score, text: flipText(changes, verdict) };
  };

  const options = alternatives(answers);
  const singles = options
    .map(([key, value]) => flipWith({ [key]: value } as FlipChanges))
    .filter((flip): flip is Flip => flip !== undefined);
  if (singles.length > 0) return singles;

  const pairs: Flip[] = [];
  for (let i = 0; i < options.length; i++) {
    for (let j = i + 1; j < options.length; j++) {
      const [k1, v1] = options[i]!;
      const [k2, v2] = options[j]!;
      if (k1 === k2) continue;
      const flip = flipWith({ [k1]: v1, [k2]: v2 } as FlipChanges);
      if (flip) pairs.push(flip);
    }
  }
  return pairs;
}
