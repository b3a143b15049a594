// The library: the same engine the command uses, for Node programs.
//
//   import { evaluate } from 'should-i-interview';
//   const result = evaluate({ employment: 'employed', skills: 'strong', pay: 'unknown' });
//
// `result` is exactly what `should-i-interview --json` prints for the same answers.

export { evaluate, THRESHOLD, SCHEMA_VERSION, type Verdict, type VerdictKind, type BreakdownEntry } from './core/rules.js';
export { FACTORS, type Factor } from './core/score.js';
export type { Flip, FlipChanges } from './core/flips.js';
export { ASK_IDS, type Ask, type AskId } from './core/ask.js';
export { CURRENCIES, type Currency, type PayRange, type PayFigure, type Period } from './core/pay.js';
export {
  InvalidAnswerError,
  EMPLOYMENT,
  READY,
  SKILLS,
  PAY,
  WOULD_TAKE,
  CONCERNS,
  type Answers,
  type AnswersInput,
  type Employment,
  type Ready,
  type Skills,
  type Pay,
  type WouldTake,
  type Concern,
  type TargetInput,
  type PayFigures,
} from './core/answers.js';
export { REASON_IDS, type Reason, type ReasonId, type Stance } from './core/reasons.js';
export {
  readMessageText,
  yearlyPayRange,
  type MessageFindings,
  type MessagePay,
  type MessageSignal,
  type MessageInput,
} from './core/message/index.js';
export { MessageInputError, type MessageSource } from './io/message-source.js';

import { readMessage as readMessageTextOnly, type MessageFindings as Findings } from './core/message/index.js';

/**
 * Reads a recruiter's message. Text (as pasted, with a simple header block
 * when it has one) is read synchronously and purely. Bytes (a raw mail, an
 * .eml file, text in any encoding) are decoded first, so the answer is a
 * promise; MessageInputError says why bytes cannot be read.
 */
export function readMessage(text: string): Findings;
export function readMessage(bytes: Uint8Array): Promise<Findings>;
export function readMessage(input: string | Uint8Array): Findings | Promise<Findings> {
  if (typeof input === 'string') return readMessageTextOnly(input);
  return (async () => {
    const { readMessageBytes } = await import('./io/message-source.js');
    const { readMessageText: read } = await import('./core/message/index.js');
    const source = await readMessageBytes(input);
    return read(
      source.subject === undefined
        ? { body: source.body, headers: source.headers }
        : { subject: source.subject, body: source.body, headers: source.headers },
    );
  })();
}
