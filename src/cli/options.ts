// What each command needs to run, separated from how it was asked for
// (flags parsed by commander or the fast path, questions, a profile).

import type { AnswersInput } from '../core/answers.js';
import type { PayFigure } from '../core/pay.js';
import type { PartialAnswers } from '../core/profile.js';
import type { ParsedFlags } from './flags.js';

export type OutputFormat = 'text' | 'json' | 'quiet';

export interface EvaluateOptions {
  answers: PartialAnswers;
  format: OutputFormat;
  /** --color (true), --no-color (false), or neither. */
  colour: boolean | undefined;
  /** false with --no-input: never ask, even on a terminal. */
  input: boolean;
  /** false with --no-profile: ignore the saved profile. */
  profile: boolean;
  /** --save: record the evaluation in the history. */
  save: boolean;
  /** --explain: show how the score adds up, and every payoff in full. */
  explain: boolean;
}

export interface ProfileSetOptions {
  employment?: 'employed' | 'unemployed';
  ready?: AnswersInput['ready'];
  target?: PayFigure;
}

export function toEvaluateOptions(flags: ParsedFlags): EvaluateOptions {
  const answers: PartialAnswers = {};
  if (flags.employed) answers.employment = 'employed';
  if (flags.unemployed) answers.employment = 'unemployed';
  if (flags.ready !== undefined) answers.ready = flags.ready;
  if (flags.skills !== undefined) answers.skills = flags.skills;
  if (flags.pay !== undefined) answers.pay = flags.pay;
  if (flags.massPitch !== undefined) answers.massPitch = flags.massPitch;
  if (flags.offered !== undefined) answers.offered = flags.offered;
  if (flags.target !== undefined) answers.target = flags.target;
  if (flags.wouldTake !== undefined) answers.wouldTake = flags.wouldTake;
  if (flags.concern !== undefined) answers.concerns = flags.concern;
  if (flags.company !== undefined) answers.company = flags.company;
  if (flags.role !== undefined) answers.role = flags.role;
  return {
    answers,
    format: flags.quiet ? 'quiet' : flags.json ? 'json' : 'text',
    colour: flags.color,
    input: flags.input !== false,
    profile: flags.profile !== false,
    save: flags.save === true,
    explain: flags.explain === true,
  };
}
