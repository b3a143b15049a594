// The answers a person gives about one opportunity: the single shape that
// flags, prompts, a saved profile and library callers all fill in.
// Pure: no I/O, no environment, no clock.

import { stripControl } from './sanitize.js';
import {
  checkFigure,
  commonCurrency,
  comparePay,
  CURRENCIES,
  formatMoney,
  formatRange,
  parsePay,
  parseTarget,
  PayParseError,
  PERIODS,
  sameCurrency,
  type Currency,
  type PayFigure,
  type PayRange,
} from './pay.js';

export const EMPLOYMENT = Object.freeze(['employed', 'unemployed'] as const);
export const READY = Object.freeze(['yes', 'open', 'no'] as const);
export const SKILLS = Object.freeze(['strong', 'partial', 'none'] as const);
/** `near`: a little below what you're after, within reach. */
export const PAY = Object.freeze(['above', 'match', 'near', 'below', 'unknown'] as const);
export const WOULD_TAKE = Object.freeze(['yes', 'maybe', 'no'] as const);
export const CONCERNS = Object.freeze(['reviews', 'hearsay', 'no-time', 'no-mood', 'unsure'] as const);

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
  ({ pay: Pay; offered?: undefined; target?: TargetInput } | { pay?: undefined; offered: string | PayRange; target: TargetInput });

/** The pay you are after: a yearly figure, as typed ("120k", "€95,000") or as a number. */
export type TargetInput = number | string | PayFigure;

/** The figures behind a derived pay answer, yearly, in whole units. */
export interface PayFigures {
  offered: PayRange;
  target: number;
  /** The currency both are in, when either gave one; they are never converted. */
  currency?: Currency;
}

// The lists above are frozen: a caller cannot add a choice (CONCERNS.push
// throws), and validation reads them as they were declared.

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

/**
 * Thrown when an answer is missing or holds a value outside its choices.
 * `key` is the answers key; `allowed` lists what it accepts, so every front
 * end (flags, prompts, files) can phrase the fix in its own terms.
 */
export class InvalidAnswerError extends Error {
  override readonly name = 'InvalidAnswerError';
  /** Every answer at fault: `key`, and another when two disagree (offered and target). */
  readonly keys: readonly string[];
  constructor(
    readonly key: string,
    readonly value: unknown,
    readonly allowed: readonly string[],
    message?: string,
    /** What is wrong, without naming the answer: each front end names it in its own terms. */
    readonly detail?: string,
    others: readonly string[] = [],
  ) {
    super(
      message ??
        (value === undefined
          ? `Missing answer "${key}": expected one of ${allowed.join(', ')}.`
          : `Invalid answer "${key}": ${JSON.stringify(value)} is not one of ${allowed.join(', ')}.`),
    );
    this.keys = [key, ...others];
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
  'payFigures',
  'company',
  'role',
]);

/**
 * The choice `value` stands for, as people type it: trimmed and matched
 * without regard to case, so " Strong" and "ABOVE" give "strong" and
 * "above". Undefined when it is not text or matches no choice. Every front
 * end (flags, files, the library) matches choices through this.
 */
export function matchChoice<T extends string>(value: unknown, choices: readonly T[]): T | undefined {
  if (typeof value !== 'string') return undefined;
  const wanted = value.trim().toLowerCase();
  return choices.find((choice) => choice.toLowerCase() === wanted);
}

function pick<T extends string>(source: Record<string, unknown>, key: string, choices: readonly T[], fallback?: T): T {
  const value = source[key];
  if (value === undefined && fallback !== undefined) return fallback;
  const choice = matchChoice(value, choices);
  if (choice !== undefined) return choice;
  throw new InvalidAnswerError(key, value, choices);
}

function payError(key: 'offered' | 'target', value: unknown, detail: string): InvalidAnswerError {
  return new InvalidAnswerError(key, value, ['a pay such as 120k'], `Invalid answer "${key}": ${detail}`, detail);
}

/** Runs a pay parser, turning its error into an InvalidAnswerError for `key`. */
function parsed<T>(key: 'offered' | 'target', value: unknown, parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    if (error instanceof PayParseError) throw payError(key, value, error.message);
    throw error;
  }
}

const isCurrency = (c: unknown): c is Currency => (CURRENCIES as readonly unknown[]).includes(c);

/** An offer with no period at this share of the target or less is asked about, not read as yearly. */
const SUSPICIOUS_SHARE = 5;

/** The offer: text as typed, or a range object (the library), checked like typed text. */
function offeredFigures(value: unknown): PayRange {
  if (typeof value === 'string') return parsed('offered', value, () => parsePay(value));
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    const { min, max, currency, period, ote } = value as Record<string, unknown>;
    const number = (n: unknown) => typeof n === 'number' && Number.isFinite(n) && n > 0;
    if (
      number(min) &&
      (max === null || number(max)) &&
      (currency === undefined || isCurrency(currency)) &&
      (period === undefined || (typeof period === 'string' && Object.hasOwn(PERIODS, period))) &&
      (ote === undefined || typeof ote === 'boolean')
    ) {
      const range: PayRange = {
        min: parsed('offered', value, () => checkFigure(min as number)),
        max: max === null ? null : parsed('offered', value, () => checkFigure(max as number)),
      };
      if (range.max !== null && range.min > range.max) throw payError('offered', value, 'an empty range: min is above max.');
      if (currency !== undefined) range.currency = currency as Currency;
      if (period !== undefined) range.period = period as PayRange['period'] & string;
      if (ote === true) range.ote = true;
      return range;
    }
  }
  throw payError('offered', value, 'expected a pay such as "120k", or { min, max } yearly figures.');
}

/** The target: a number, text as typed, or { amount, currency }, checked like typed text. */
function targetFigure(value: unknown): PayFigure {
  if (typeof value === 'number') return { amount: parsed('target', value, () => checkFigure(value)) };
  if (typeof value === 'string') return parsed('target', value, () => parseTarget(value));
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    const { amount, currency } = value as Record<string, unknown>;
    if (typeof amount === 'number' && (currency === undefined || isCurrency(currency))) {
      const figure: PayFigure = { amount: parsed('target', value, () => checkFigure(amount)) };
      if (currency !== undefined) figure.currency = currency as Currency;
      return figure;
    }
  }
  throw payError('target', value, 'expected one yearly figure, such as "120k" or 120000.');
}

/** Pay as a category, or derived from the figures offered and targeted. */
function payAnswer(source: Record<string, unknown>): { pay: Pay; payFigures?: PayFigures } {
  if (source.payFigures !== undefined) return fromPayFigures(source);
  if (source.offered === undefined) {
    const pay = pick(source, 'pay', PAY);
    // A target alone is allowed (a saved profile may carry one) and unused.
    if (source.target !== undefined) targetFigure(source.target);
    return { pay };
  }
  if (source.pay !== undefined) {
    throw new InvalidAnswerError(
      'pay',
      source.pay,
      [],
      'Give either "pay" or "offered", not both.',
      'give either the pay as a category or the figure offered, not both.',
      ['offered'],
    );
  }
  if (source.target === undefined) {
    throw new InvalidAnswerError(
      'target',
      undefined,
      ['a pay such as 120k'],
      'Missing answer "target": "offered" needs the pay you are after to compare with.',
      'the offered pay needs the pay you are after to compare with.',
    );
  }
  const payFigures = payFiguresOf(source.offered, source.target);
  return { pay: comparePay(payFigures.offered, payFigures.target), payFigures };
}

/**
 * The offer and the target, each checked, and checked against each other
 * (one currency). Exported so a front end can check them before asking
 * anything else.
 */
export function payFiguresOf(offeredInput: unknown, targetInput: unknown): PayFigures {
  const offered = offeredFigures(offeredInput);
  const target = targetFigure(targetInput);
  if (!sameCurrency(offered.currency, target.currency)) {
    const detail = `the offer (${formatRange(offered)}) and the target (${formatMoney(target.amount, target.currency)}) are in different currencies: give both in the same one (nothing is converted).`;
    throw new InvalidAnswerError('offered', offeredInput, [], `Invalid answers "offered" and "target": ${detail}`, detail, ['target']);
  }
  // A bare figure far under the target is most likely a month's or an hour's pay
  // written without its period: ask rather than guess (3,500 against 45,000).
  const top = offered.max ?? offered.min;
  if (offered.period === undefined && top * SUSPICIOUS_SHARE < target.amount) {
    const detail = `the offer (${formatRange(offered)}) is under a fifth of the target (${formatMoney(target.amount, target.currency)}): if it is a monthly or hourly figure, say so (3500/mo, 55/hr); if it really is yearly, add "a year". Nothing is guessed.`;
    throw new InvalidAnswerError('offered', offeredInput, [], `Invalid answer "offered": ${detail}`, detail);
  }
  const payFigures: PayFigures = { offered, target: target.amount };
  const currency = commonCurrency(offered.currency, target.currency);
  if (currency !== undefined) payFigures.currency = currency;
  return payFigures;
}

/**
 * The `answers` of a result fed back in: `payFigures` stands for `offered`
 * and `target`, and a `pay` beside it must be the level they give.
 */
function fromPayFigures(source: Record<string, unknown>): { pay: Pay; payFigures: PayFigures } {
  const figures = source.payFigures as Record<string, unknown> | null;
  if (source.offered !== undefined || source.target !== undefined || figures === null || typeof figures !== 'object') {
    throw new InvalidAnswerError(
      'payFigures',
      figures,
      [],
      'Invalid answer "payFigures": give it alone, as a result\'s answers carry it, or give "offered" and "target" instead.',
    );
  }
  const target =
    typeof figures.target === 'number' && figures.currency !== undefined
      ? { amount: figures.target, currency: figures.currency }
      : figures.target;
  const derived = payAnswer({ offered: figures.offered, target });
  if (source.pay !== undefined && matchChoice(source.pay, PAY) !== derived.pay) {
    throw new InvalidAnswerError(
      'pay',
      source.pay,
      [derived.pay],
      `Invalid answer "pay": the figures give "${derived.pay}", not ${JSON.stringify(source.pay)}.`,
    );
  }
  return derived as { pay: Pay; payFigures: PayFigures };
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
 * A choice is matched trimmed and case-insensitively ("Strong", " ABOVE ")
 * and given back as its canonical lower-case value.
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
  const given = new Set<Concern>();
  for (const concern of concernsValue as unknown[]) {
    const choice = matchChoice(concern, CONCERNS);
    if (choice === undefined) throw new InvalidAnswerError('concerns', concern, CONCERNS);
    given.add(choice);
  }
  const concerns = CONCERNS.filter((c) => given.has(c));

  const answers: Answers = { employment, ready, skills, pay, massPitch, wouldTake, concerns };
  if (payFigures) answers.payFigures = payFigures;
  const company = label(source, 'company');
  const role = label(source, 'role');
  if (company !== undefined) answers.company = company;
  if (role !== undefined) answers.role = role;
  return answers;
}
