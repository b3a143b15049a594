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
