// What a recruiter's message gives the answers: the offer, the company, the
// role and whether it is a mass pitch, each only where the person has not
// said otherwise. A "can't tell" or a pay that is not stated gives nothing,
// so that it is still asked. Pure.

import { CURRENCY_SIGN } from '../pay.js';
import type { PartialAnswers } from '../profile.js';
import type { MessageFindings } from './index.js';
import { yearlyPayRange } from './pay.js';

export type MessageAnswerKey = 'pay' | 'company' | 'role' | 'massPitch';

export interface AnswersFromMessage {
  answers: PartialAnswers;
  /** What the message gave. */
  filled: MessageAnswerKey[];
  /** What it found but the person's own answer replaced. */
  overridden: MessageAnswerKey[];
  /** Why a pay it found is not used as the offer, when it is not. */
  payNotUsed?: string;
}

export function answersFromMessage(given: PartialAnswers, findings: MessageFindings): AnswersFromMessage {
  const answers: PartialAnswers = { ...given };
  const filled: MessageAnswerKey[] = [];
  const overridden: MessageAnswerKey[] = [];
  let payNotUsed: string | undefined;
  if (findings.pay) {
    if (given.pay !== undefined || given.offered !== undefined) overridden.push('pay');
    else {
      const yearly = yearlyPayRange(findings.pay);
      if (yearly) {
        // As a person types it: "$", not "USD", so the report says "$140,000".
        answers.offered =
          yearly.currency && CURRENCY_SIGN[yearly.currency] ? { ...yearly, currency: CURRENCY_SIGN[yearly.currency]! } : yearly;
        filled.push('pay');
      } else if (findings.pay.min === null) {
        payNotUsed = 'it gives only a top, and the lowest figure is what counts';
      } else {
        payNotUsed = `nothing is converted, and ${findings.pay.currency ?? 'its currency'} is not one the comparison takes (USD, EUR, GBP, CAD, AUD)`;
      }
    }
  }
  for (const key of ['company', 'role'] as const) {
    const found = findings[key];
    if (found === null) continue;
    if (given[key] !== undefined) overridden.push(key);
    else {
      answers[key] = found;
      filled.push(key);
    }
  }
  if (findings.massPitch !== null) {
    if (given.massPitch !== undefined) overridden.push('massPitch');
    else {
      answers.massPitch = findings.massPitch;
      filled.push('massPitch');
    }
  }
  return payNotUsed === undefined ? { answers, filled, overridden } : { answers, filled, overridden, payNotUsed };
}
