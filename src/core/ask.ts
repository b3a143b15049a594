// What to ask in the interview: a few questions chosen by the situation,
// to settle what the answers leave open. Pure. Ids are a public contract,
// like reason ids; the texts may be reworded.

import type { Answers } from './answers.js';
import type { VerdictKind } from './score.js';

export const ASK_IDS = Object.freeze([
  'ask-pay',
  'ask-flexibility',
  'ask-other-roles',
  'ask-why-me',
  'ask-worth-the-move',
  'ask-timeline',
  'ask-what-you-heard',
  'ask-stay-in-touch',
] as const);
export type AskId = (typeof ASK_IDS)[number];

export interface Ask {
  id: AskId;
  text: string;
}

const ASK_TEXT: Record<AskId, string> = {
  'ask-pay': 'What range do you have in mind, and how is the package made up?',
  'ask-flexibility': 'Is there room to move on pay, and what is in the package beyond the base?',
  'ask-other-roles': 'Which other roles, open now or soon, might suit my background better?',
  'ask-why-me': 'What in my background made you think of me for this role?',
  'ask-worth-the-move': 'Where does this role lead in a few years, and how is success measured?',
  'ask-timeline': 'What is the hiring timeline from here, and when would the role start?',
  'ask-what-you-heard': 'What is it really like to work here? (Put what you read or heard to them.)',
  'ask-stay-in-touch': 'If this one is not right, may we stay in touch about later openings?',
};

/** The questions to bring to a take; a pass brings none. */
export function questionsToAsk(answers: Answers, verdict: VerdictKind): Ask[] {
  if (verdict !== 'take') return [];
  const ids: AskId[] = [];
  if (answers.pay === 'unknown') ids.push('ask-pay');
  if (answers.pay === 'near' || answers.pay === 'below') ids.push('ask-flexibility');
  if (answers.skills === 'partial') ids.push('ask-other-roles');
  if (answers.massPitch) ids.push('ask-why-me');
  ids.push(answers.employment === 'employed' ? 'ask-worth-the-move' : 'ask-timeline');
  if (answers.concerns.includes('reviews') || answers.concerns.includes('hearsay')) ids.push('ask-what-you-heard');
  // Fewer than two that fit the situation: keeping in touch always does.
  if (ids.length < 2) ids.push('ask-stay-in-touch');
  return ids.map((id) => ({ id, text: ASK_TEXT[id] }));
}
