// The answers a person gives about one opportunity: the single shape that
// flags, prompts, a saved profile and library callers all fill in.
// Pure: no I/O, no environment, no clock.

import { stripControl } from './sanitize.js';
import { comparePay, parsePay, PayParseError, type PayRange } from './pay.js';

export const EMPLOYMENT = ['employed', 'unemployed'] as const;
export const READY = ['yes', 'open', 'no'] as const;
export const SKILLS = ['strong', 'partial', 'none'] as const;
export const PAY = ['above', 'match', 'unknown', 'below'] as const;
export const WOULD_TAKE = ['yes', 'maybe', 'no'] as const;
export const CONCERNS = ['reviews', 'hearsay', 'no-time', 'no-mood', 'unsure'] as const;

export type Employment = (typeof EMPLOYMENT)[number];
export type Ready = (typeof READY)[number];
export type Skills = (typeof SKILLS)[number];
export type Pay = (typeof PAY)[number];
export type WouldTake = (typeof WOULD_TAKE)[number];
export type Concern = (typeof CONCERNS)[number];

/** What the three required answers look like when pay is given as a category. */
interface AnswersInputBase {
  employment: Employment;
  skills: Skills;
  ready?: Ready;
  massPitch?: boolean;
  wouldTake?: WouldTake;
  concerns?: readonly Concern[];
  company?: string;
  role?: string;
}

/**
 * What `evaluate()` accepts: employment, skills and pay are required, the
 * rest optional. Pay is either a category, or figures: `offered` (as typed:
 * "120k", "100k-130k", "55/hr", or a PayRange) and `target`, the yearly pay
 * you are after, from which the category is derived.
 */
export type AnswersInput = AnswersInputBase &
  ({ pay: Pay; offered?: undefined; target?: number | string } | { pay?: undefined; offered: string | PayRange; target: number | string });

/** The figures behind a derived pay answer, yearly. */
export interface PayFigures {
  offered: PayRange;
  target: number;
}

/** Answers with every default filled in, as `evaluate()` reports them. */
export interface Answers {
  employment: Employment;
  ready: Ready;
  skills: Skills;
  pay: Pay;
  massPitch: boolean;
  wouldTake: WouldTake;
  concerns: Concern[];
  /** Present when pay was derived from figures. */
  payFigures?: PayFigures;
  company?: string;
  role?: string;
}

/** The keys a caller must supply; everything else has a default. */
export const REQUIRED_KEYS = ['employment', 'skills', 'pay'] as const;
export type RequiredKey = (typeof REQUIRED_KEYS)[number];

/**
 * Thrown when an answer is missing or holds a value outside its choices.
 * `key` is the answers key; `allowed` lists what it accepts, so every front
 * end (flags, prompts, files) can phrase the fix in its own terms.
 */
export class InvalidAnswerError extends Error {
  override readonly name = 'InvalidAnswerError';
  constructor(
    readonly key: string,
    readonly value: unknown,
    readonly allowed: readonly string[],
    message?: string,
  ) {
    super(
      message ??
        (value === undefined
          ? `Missing answer "${key}": expected one of ${allowed.join(', ')}.`
          : `Invalid answer "${key}": ${JSON.stringify(value)} is not one of ${allowed.join(', ')}.`),
    );
  }
}

const KNOWN_KEYS = new Set([
  'employment',
  'ready',
  'skills',
  'pay',
  'massPitch',
  'wouldTake',
  'concerns',
  'offered',
  'target',
  'company',
  'role',
]);

function pick<T extends string>(
  source: Record<string, unknown>,
  key: string,
  choices: readonly T[],
  fallback?: T,
): T {
  const value = source[key];
  if (value === undefined && fallback !== undefined) return fallback;
  if (typeof value === 'string' && (choices as readonly string[]).includes(value)) return value as T;
  throw new InvalidAnswerError(key, value, choices);
}

function figure(key: 'offered' | 'target', value: unknown): PayRange {
  if (typeof value === 'number' && Number.isFinite(value) && value > 0) return { min: value, max: value };
  if (typeof value === 'string') {
    try {
      return parsePay(value);
    } catch (error) {
      if (error instanceof PayParseError) {
        throw new InvalidAnswerError(key, value, ['a pay such as 120k'], `Invalid answer "${key}": ${error.message}`);
      }
      throw error;
    }
  }
  if (key === 'offered' && value !== null && typeof value === 'object') {
    const { min, max } = value as Record<string, unknown>;
    const positive = (n: unknown) => typeof n === 'number' && Number.isFinite(n) && n > 0;
    if (positive(min) && (max === null || (positive(max) && (max as number) >= (min as number)))) {
      return { min: min as number, max: max as number | null };
    }
  }
  throw new InvalidAnswerError(key, value, ['a pay such as 120k'], `Invalid answer "${key}": expected a pay such as 120k.`);
}

/** Pay as a category, or derived from the figures offered and targeted. */
function payAnswer(source: Record<string, unknown>): { pay: Pay; payFigures?: PayFigures } {
  if (source.offered === undefined) {
    const pay = pick(source, 'pay', PAY);
    // A target alone is allowed (a saved profile may carry one) and unused.
    if (source.target !== undefined) figure('target', source.target);
    return { pay };
  }
  if (source.pay !== undefined) {
    throw new InvalidAnswerError('pay', source.pay, [], 'Give either "pay" or "offered", not both.');
  }
  if (source.target === undefined) {
    throw new InvalidAnswerError('target', undefined, ['a pay such as 120k'], 'Missing answer "target": "offered" needs the pay you are after to compare with.');
  }
  const offered = figure('offered', source.offered);
  const targetRange = figure('target', source.target);
  if (targetRange.max !== targetRange.min) {
    throw new InvalidAnswerError('target', source.target, ['one figure'], 'Invalid answer "target": give one figure, not a range.');
  }
  const target = targetRange.min;
  return { pay: comparePay(offered, target), payFigures: { offered, target } };
}

function label(source: Record<string, unknown>, key: 'company' | 'role'): string | undefined {
  const value = source[key];
  if (value === undefined) return undefined;
  if (typeof value !== 'string') {
    throw new InvalidAnswerError(key, value, ['text'], `Invalid answer "${key}": expected text.`);
  }
  // Labels are free text from the user or a file: keep only what is safe to
  // print on a terminal, so no front end has to remember to clean them.
  const clean = stripControl(value);
  return clean === '' ? undefined : clean;
}

/**
 * Checks every answer and fills the defaults:
 * ready is `yes` when unemployed and `open` when employed; massPitch false;
 * wouldTake `maybe`; concerns none. Concerns are de-duplicated and kept in
 * the order of CONCERNS so the same answers always give the same result.
 */
export function normaliseAnswers(input: AnswersInput): Answers {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    throw new InvalidAnswerError('answers', input, ['an object'], 'Invalid answers: expected an object.');
  }
  const source = input as unknown as Record<string, unknown>;
  for (const key of Object.keys(source)) {
    if (!KNOWN_KEYS.has(key)) {
      throw new InvalidAnswerError(
        key,
        source[key],
        [...KNOWN_KEYS],
        `Unknown answer "${key}": expected one of ${[...KNOWN_KEYS].join(', ')}.`,
      );
    }
  }

  const employment = pick(source, 'employment', EMPLOYMENT);
  const ready = pick(source, 'ready', READY, employment === 'employed' ? 'open' : 'yes');
  const skills = pick(source, 'skills', SKILLS);
  const { pay, payFigures } = payAnswer(source);
  const wouldTake = pick(source, 'wouldTake', WOULD_TAKE, 'maybe');

  const massPitchValue = source.massPitch;
  if (massPitchValue !== undefined && typeof massPitchValue !== 'boolean') {
    throw new InvalidAnswerError('massPitch', massPitchValue, ['true', 'false']);
  }
  const massPitch = massPitchValue ?? false;

  const concernsValue = source.concerns ?? [];
  if (!Array.isArray(concernsValue)) {
    throw new InvalidAnswerError(
      'concerns',
      concernsValue,
      CONCERNS,
      `Invalid answer "concerns": expected an array of ${CONCERNS.join(', ')}.`,
    );
  }
  for (const concern of concernsValue) {
    if (!(CONCERNS as readonly unknown[]).includes(concern)) {
      throw new InvalidAnswerError('concerns', concern, CONCERNS);
    }
  }
  const concerns = CONCERNS.filter((c) => (concernsValue as unknown[]).includes(c));

  const answers: Answers = { employment, ready, skills, pay, massPitch, wouldTake, concerns };
  if (payFigures) answers.payFigures = payFigures;
  const company = label(source, 'company');
  const role = label(source, 'role');
  if (company !== undefined) answers.company = company;
  if (role !== undefined) answers.role = role;
  return answers;
}
