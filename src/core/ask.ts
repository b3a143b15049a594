// What to ask in the interview: a few questions that settle the unknowns
// the answers reveal. Pure. Ids are a public contract, like reason ids.

import type { Answers } from './answers.js';
import type { VerdictKind } from './score.js';

export const ASK_IDS = ['ask-pay', 'ask-other-roles', 'ask-worth-the-move', 'ask-what-you-heard'] as const;
export type AskId = (typeof ASK_IDS)[number];

export interface Ask {
  id: AskId;
  text: string;
}

const ASK_TEXT: Record<AskId, string> = {
  'ask-pay':
    'How are base pay, commission and bonus put together for this role, and what range do you have in mind for it?',
  'ask-other-roles': 'Which other roles are open now, or opening soon, that my background might suit better?',
  'ask-worth-the-move':
    'Where does this role lead in two or three years, and how is success measured? The answers tell you whether it is worth leaving the job you have.',
  'ask-what-you-heard':
    'What is it really like to work here? Put what you read or heard to the people you meet, and hear how they see it from the inside.',
};

/** The questions to bring to a take; a pass brings none. */
export function questionsToAsk(answers: Answers, verdict: VerdictKind): Ask[] {
  if (verdict !== 'take') return [];
  const ids: AskId[] = [];
  if (answers.pay === 'unknown') ids.push('ask-pay');
  if (answers.skills === 'partial') ids.push('ask-other-roles');
  if (answers.employment === 'employed') ids.push('ask-worth-the-move');
  if (answers.concerns.includes('reviews') || answers.concerns.includes('hearsay')) ids.push('ask-what-you-heard');
  return ids.map((id) => ({ id, text: ASK_TEXT[id] }));
}
