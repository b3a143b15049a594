// Pay as people type it, read exactly into yearly figures, or refused with
// a reason: never guessed. Pure: no locale, no I/O.
//
// Accepted: 120000, 120k, 1.2m, $120,000, a range 100k-130k (also "100k to
// 130k"; a suffix or unit on one end applies to both: 135-150k), an open
// top 100k+, a period (/hr, /day, /wk, /mo, /yr and their spelled-out
// forms), a currency ($, €, £, or USD, EUR, GBP, CAD, AUD before or after
// the figure) and OTE (on-target earnings) after it.
//
// Refused: anything a reader could take two ways (120.000, 120,00, 1,2), a
// yearly figure under 1,000 (did they mean 120k?) or over 10,000,000, and
// anything that rounds to zero.

import { compiled } from './compile.js';

/** The periods a pay may be quoted in, and how many of each make a year. */
export const PERIODS = {
  hour: 2080, // 40 hours a week, 52 weeks
  day: 260, // 5 days a week, 52 weeks
  week: 52,
  month: 12,
  year: 1,
} as const;
export type Period = keyof typeof PERIODS;

/** As given: a symbol, or an ISO code. "$" alone is a dollar of any kind. */
export const CURRENCIES = Object.freeze(['$', '€', '£', 'USD', 'EUR', 'GBP', 'CAD', 'AUD'] as const);
export type Currency = (typeof CURRENCIES)[number];

/** The sign written for a currency code that has one: "$140,000", not "USD 140,000". */
export const CURRENCY_SIGN: Readonly<Partial<Record<string, Currency>>> = Object.freeze({ USD: '$', EUR: '€', GBP: '£' });

/** The same money, however written: € is EUR, £ is GBP, $ is any dollar. */
const KIND: Record<Currency, string> = { $: 'dollar', '€': 'EUR', '£': 'GBP', USD: 'USD', EUR: 'EUR', GBP: 'GBP', CAD: 'CAD', AUD: 'AUD' };

/** The smallest and largest yearly pay accepted: outside these, a figure is almost surely mistyped. */
export const MIN_YEARLY = 1_000;
export const MAX_YEARLY = 10_000_000;

/** A yearly pay, in whole units: a single figure has min === max; an open top has max null. */
export interface PayRange {
  min: number;
  max: number | null;
  /** The currency as given, when one was. */
  currency?: Currency;
  /** The period it was quoted in, when one was given (the figures are yearly all the same). */
  period?: Period;
  /** Quoted as on-target earnings (base plus the commission expected at target). */
  ote?: boolean;
}

/** One yearly figure: the pay you are after. */
export interface PayFigure {
  amount: number;
  currency?: Currency;
}

/**
 * How the offer stands against the target. `near`: the top of the offer is
 * under the target by NEAR_BAND_PERCENT or less. `below`: further under.
 * `above`: the bottom is ABOVE_PERCENT or more over it. Else `match`.
 */
export type PayCategory = 'above' | 'match' | 'near' | 'below';
export const NEAR_BAND_PERCENT = 15;
export const ABOVE_PERCENT = 10;

/** Thrown with a message that says what was wrong; callers add which flag or key. */
export class PayParseError extends Error {
  override readonly name = 'PayParseError';
}

const EXAMPLES = 'use a figure like 120000, 120k, $120,000, 100k-130k, 100k+ or 55/hr';

const PERIOD_WORDS: Array<[Period, string]> = [
  ['hour', 'hr|hrs|h|hour|hourly'],
  ['day', 'd|day|daily'],
  ['week', 'wk|w|week|weekly'],
  ['month', 'mo|mth|month|monthly'],
  ['year', 'yr|y|year|annum|annual|annually'],
];
/** "/hr", "per hour", "an hour", "a year", "p.a."; matched at the end. */
function periodPattern(words: string): RegExp {
  return new RegExp(`\\s*(?:\\/\\s*(?:${words})|(?:per|an|a)\\s+(?:${words}))\\.?$`, 'i');
}
const PERIOD_PATTERNS = PERIOD_WORDS.map(([period, words]) => [period, periodPattern(words)] as const);
const SHORT_PERIODS: Array<[Period, RegExp]> = [
  ['hour', /\s*p\.?h\.?$/i],
  ['year', /\s*p\.?a\.?$/i],
];

// Written apart or together: "EUR 100k", "EUR100k", "100k EUR", "100kEUR".
const CODE = /^(USD|EUR|GBP|CAD|AUD)\s*|\s*(USD|EUR|GBP|CAD|AUD)$/i;

function currencyOf(text: string): Currency {
  const upper = text.toUpperCase();
  return (CURRENCIES as readonly string[]).includes(upper) ? (upper as Currency) : (text as Currency);
}

/** True when both are the same money (a missing one means "the same as the other"). */
export function sameCurrency(a: Currency | undefined, b: Currency | undefined): boolean {
  if (a === undefined || b === undefined) return true;
  const [ka, kb] = [KIND[a], KIND[b]];
  if (ka === kb) return true;
  // "$" is a dollar of any kind: it matches USD, CAD and AUD.
  const dollar = (k: string) => k === 'dollar' || k === 'USD' || k === 'CAD' || k === 'AUD';
  return (ka === 'dollar' && dollar(kb)) || (kb === 'dollar' && dollar(ka));
}

/** The more specific of two compatible currencies ("CAD" over "$"), or either. */
export function commonCurrency(a: Currency | undefined, b: Currency | undefined): Currency | undefined {
  if (a === undefined) return b;
  if (b === undefined || b === '$') return a;
  return a === '$' ? b : a;
}

interface Amount {
  value: number;
  scale: 'k' | 'm' | undefined;
  currency: Currency | undefined;
}

/** One figure: an optional currency, digits, an optional k or m. */
function parseAmount(text: string, whole: string): Amount {
  let rest = text.trim();
  let currency: Currency | undefined;
  const takeCurrency = (found: string) => {
    const c = currencyOf(found);
    if (currency !== undefined && !sameCurrency(currency, c)) {
      throw new PayParseError(`"${whole}" mixes two currencies: give one.`);
    }
    currency = commonCurrency(currency, c);
  };
  // C$, CA$ and A$, AU$: the Canadian and the Australian dollar.
  const dollarPrefix = /^(CA?|AU?)\$\s*/i.exec(rest);
  if (dollarPrefix) {
    takeCurrency(dollarPrefix[1]!.toUpperCase().startsWith('C') ? 'CAD' : 'AUD');
    rest = rest.slice(dollarPrefix[0].length);
  }
  const symbolBefore = /^([$€£])\s*/.exec(rest);
  if (symbolBefore) {
    takeCurrency(symbolBefore[1]!);
    rest = rest.slice(symbolBefore[0].length);
  }
  const code = CODE.exec(rest);
  if (code) {
    takeCurrency((code[1] ?? code[2])!);
    rest = rest.replace(CODE, '');
  }
  const symbolAfter = /\s*([$€£])$/.exec(rest);
  if (symbolAfter) {
    takeCurrency(symbolAfter[1]!);
    rest = rest.slice(0, symbolAfter.index);
  }

  const match = /^(\d[\d,.]*|\.\d+)\s*([km])?$/i.exec(rest);
  if (!match) {
    if (/^\d[\d,.]*\s+\d/.test(rest)) {
      throw new PayParseError(`"${whole}" has a space inside a figure: write 120000 or 120k.`);
    }
    // Three capitals against the figure (CHF 120k, 120k JPY), or a currency sign: a currency.
    if (/^[A-Z]{3}\s*\d|\d[km]?\s*[A-Z]{3}$|[¥₹₩₽₺₪₱฿]/.test(rest.trim())) {
      throw new PayParseError(`"${whole}" has a currency this tool does not know: use $, €, £, USD, EUR, GBP, CAD or AUD.`);
    }
    // Words around a figure ("up to 90k", "circa 120k"): say what to write instead.
    if (/\d/.test(rest) && /[a-z]{2,}/i.test(rest)) {
      throw new PayParseError(
        `"${whole}" has words this tool does not read: give the figure alone (90k), a range (100k-130k) or an open top (100k+).`,
      );
    }
    throw new PayParseError(`"${whole}" is not a pay: ${EXAMPLES}.`);
  }
  const digits = match[1]!;
  const scale = match[2] ? (match[2].toLowerCase() as 'k' | 'm') : undefined;
  return { value: readDigits(digits, whole), scale, currency };
}

/**
 * Digits with thousands commas and a decimal point, read only when there is
 * one way to read them. 120,000 and 1.5 are clear; 120.000 (a thousands dot
 * in much of Europe), 120,00 and 1,2 (decimal commas) are not.
 */
function readDigits(digits: string, whole: string): number {
  const hint = 'write 120000 or 120k';
  const dots = (digits.match(/\./g) ?? []).length;
  const commas = digits.includes(',');
  if (dots > 1 || (dots === 1 && commas && digits.indexOf(',') > digits.indexOf('.'))) {
    throw new PayParseError(`"${whole}" could be read two ways (dots or commas as thousands separators): ${hint}.`);
  }
  const [integer = '', fraction] = digits.split('.');
  if (commas && !/^\d{1,3}(?:,\d{3})+$/.test(integer)) {
    throw new PayParseError(`"${whole}" has a comma outside a thousands position, so it could be a decimal comma: ${hint}.`);
  }
  if (fraction !== undefined && fraction.length === 3 && !commas) {
    throw new PayParseError(`"${whole}" could be read two ways: a decimal point, or a thousands separator as in much of Europe: ${hint}.`);
  }
  if (fraction === '') throw new PayParseError(`"${whole}" is not a pay: ${EXAMPLES}.`);
  return Number(integer.replace(/,/g, '') + (fraction !== undefined ? `.${fraction}` : ''));
}

const SCALE = { k: 1_000, m: 1_000_000 } as const;

/** "120,000", or "1,234,567": grouped by hand, the same on every ICU build. */
export function groupThousands(value: number): string {
  return String(Math.round(value)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** Checks a yearly figure's size; `typed` is the amount as written, for the hint. */
function checkYearly(yearly: number, whole: string, amount: Amount, period: Period): number {
  const rounded = Math.round(yearly);
  if (rounded <= 0) throw new PayParseError(`"${whole}" rounds to zero: a pay must be more than zero.`);
  if (rounded < MIN_YEARLY) {
    const guess = amount.scale === undefined && period === 'year' ? ` Did you mean ${amount.value}k, or ${amount.value}/hr?` : '';
    const shown = Number.isInteger(yearly) ? groupThousands(yearly) : String(Math.round(yearly * 100) / 100);
    throw new PayParseError(
      `"${whole}" is ${shown} a year, too little for a yearly pay (the least accepted is ${groupThousands(MIN_YEARLY)}).${guess}`,
    );
  }
  if (rounded > MAX_YEARLY) {
    // Only a guess that would itself be accepted: 120000k is likely 120k, 120000k/hr is no typo of 120k/hr.
    const guessed = amount.value * PERIODS[period];
    const guess = amount.scale === 'k' && guessed >= MIN_YEARLY && guessed <= MAX_YEARLY ? ` Did you mean ${amount.value / 1000}k?` : '';
    throw new PayParseError(
      `"${whole}" is ${groupThousands(rounded)} a year, too large for a pay (the most accepted is ${groupThousands(MAX_YEARLY)}).${guess}`,
    );
  }
  return rounded;
}

/** Parses a pay as typed; throws PayParseError saying what is wrong. */
export function parsePay(input: string): PayRange {
  const whole = input.trim().replace(/\s+/g, ' ');
  if (whole === '') throw new PayParseError(`the pay is empty: ${EXAMPLES}.`);
  if (/^-/.test(whole)) throw new PayParseError(`"${whole}" is not a pay: it cannot be negative.`);

  // Words people put around a figure: say what to write instead of guessing what they meant.
  if (
    compiled(
      /^(?:up ?to|upto|max(?:imum)?|min(?:imum)?|circa|ca\.|about|around|approx(?:\.|imately)?|between|from|at least|roughly|~)(?:\s|\d|$)/i,
    ).test(whole)
  ) {
    throw new PayParseError(
      `"${whole}" has words this tool does not read: give the figure alone (90k), a range (100k-130k) or an open top (100k+).`,
    );
  }
  let text = whole;
  let ote = false;
  const leadingOte = /^OTE\s*/i.exec(text);
  if (leadingOte) {
    ote = true;
    text = text.slice(leadingOte[0].length);
  }
  // What follows the figures (OTE, a period, a currency code for the whole
  // range) may come in any order: "55/hr USD", "150k OTE EUR". Each is taken once.
  let quoted: Period | undefined;
  let trailing: Currency | undefined;
  for (let found = true; found; ) {
    found = false;
    const oteMatch = ote ? null : /\s*\bOTE$/i.exec(text);
    if (oteMatch) {
      ote = true;
      text = text.slice(0, oteMatch.index);
      found = true;
    }
    if (quoted === undefined) {
      for (const [name, pattern] of [...PERIOD_PATTERNS, ...SHORT_PERIODS]) {
        const periodMatch = compiled(pattern).exec(text);
        if (periodMatch) {
          quoted = name;
          text = text.slice(0, periodMatch.index);
          found = true;
          break;
        }
      }
    }
    // A currency code written once after a whole range ("100k-130k EUR") belongs to both ends.
    const trailingCode = trailing === undefined ? /\s+(USD|EUR|GBP|CAD|AUD)$/i.exec(text) : null;
    if (trailingCode) {
      trailing = currencyOf(trailingCode[1]!);
      text = text.slice(0, trailingCode.index);
      found = true;
    }
  }
  const period: Period = quoted ?? 'year';

  let open = false;
  if (/\+$/.test(text)) {
    open = true;
    text = text.slice(0, -1);
  }
  const parts = text.split(/\s*(?:-|–|—|\bto\b)\s*/i);
  if (parts.length > 2) throw new PayParseError(`"${whole}" is not a pay: a range has two figures, like 100k-130k.`);
  if (open && parts.length === 2)
    throw new PayParseError(`"${whole}" is not a pay: give a range (100k-130k) or an open top (100k+), not both.`);
  if (parts.some((p) => p.trim() === '')) throw new PayParseError(`"${whole}" is not a pay: ${EXAMPLES}.`);

  const amounts = parts.map((p) => parseAmount(p, whole));
  // A suffix on one end applies to the other when that end, bare, is too
  // small to be a pay on its own: 135-150k is 135k-150k, 1.2-1.5m is 1.2m-1.5m.
  if (amounts.length === 2) {
    const [low, high] = amounts as [Amount, Amount];
    // …unless that would put it above the other end: 800-1.2k/wk is 800 to 1,200.
    if (low.scale === undefined && high.scale !== undefined && low.value < 1000 && low.value <= high.value) low.scale = high.scale;
    if (high.scale === undefined && low.scale !== undefined && high.value < 1000) high.scale = low.scale;
  }
  let currency = trailing;
  for (const a of amounts) {
    if (!sameCurrency(currency, a.currency)) throw new PayParseError(`"${whole}" mixes two currencies: give one.`);
    currency = commonCurrency(currency, a.currency);
  }

  const yearly = amounts.map((a) => checkYearly(a.value * (a.scale ? SCALE[a.scale] : 1) * PERIODS[period], whole, a, period));
  const [min, max] = yearly.length === 2 ? (yearly as [number, number]) : [yearly[0]!, open ? null : yearly[0]!];
  if (max !== null && min > max) throw new PayParseError(`"${whole}" is an empty range: the first figure is above the second.`);

  const range: PayRange = { min, max };
  if (currency !== undefined) range.currency = currency;
  // Kept when given ("a year" included), so a bare figure can be told from a yearly one.
  if (quoted !== undefined) range.period = quoted;
  if (ote) range.ote = true;
  return range;
}

/** A target is one yearly figure: the pay you are after. */
export function parseTarget(input: string): PayFigure {
  let range: PayRange;
  try {
    range = parsePay(input);
  } catch (error) {
    // The same reasons, with examples a target accepts.
    if (error instanceof PayParseError)
      throw new PayParseError(error.message.replace(EXAMPLES, 'use one figure like 120000, 120k, €95,000 or 60/hr'));
    throw error;
  }
  if (range.max === null) {
    throw new PayParseError(`"${input.trim()}" is an open top: give the one figure you are after, like 120k.`);
  }
  if (range.max !== range.min) {
    throw new PayParseError(`"${input.trim()}" is a range: give the one figure you are after, like 120k.`);
  }
  if (range.ote) throw new PayParseError(`"${input.trim()}": give the pay you are after without OTE; an offer may be OTE.`);
  return range.currency === undefined ? { amount: range.min } : { amount: range.min, currency: range.currency };
}

/** Checks a yearly figure given as a number (a profile, the library): the same limits as typed text. */
export function checkFigure(value: number): number {
  if (!Number.isFinite(value) || value <= 0) throw new PayParseError(`${value} is not a pay: it must be a number more than zero.`);
  return checkYearly(
    value,
    Number.isInteger(value) ? groupThousands(value) : String(value),
    { value, scale: undefined, currency: undefined },
    'year',
  );
}

/** Where the offer stands against the target (see PayCategory). */
export function comparePay(offered: PayRange, target: number): PayCategory {
  // Integer arithmetic (scaled by 100) rather than multiplying by 0.85 or
  // 1.1: 1.1 * 100000 is 110000.00000000001 in floating point.
  const top = offered.max ?? offered.min; // an open top is judged by its floor
  if (top * 100 < target * (100 - NEAR_BAND_PERCENT)) return 'below';
  if (top < target) return 'near';
  if (offered.min * 100 >= target * (100 + ABOVE_PERCENT)) return 'above';
  return 'match';
}

const SYMBOLS = new Set<Currency>(['$', '€', '£']);

/** "$120,000", "€120,000", "CAD 120,000", or "120,000" when no currency was given; "$22.30" with cents. */
export function formatMoney(value: number, currency?: Currency, options: { cents?: boolean } = {}): string {
  const [units = '0', cents = '00'] = value.toFixed(2).split('.');
  const grouped = options.cents ? `${groupThousands(Number(units))}.${cents}` : groupThousands(value);
  if (currency === undefined) return grouped;
  return SYMBOLS.has(currency) ? `${currency}${grouped}` : `${currency} ${grouped}`;
}

const PERIOD_SHORT: Record<Period, string> = { hour: '/hr', day: '/day', week: '/wk', month: '/mo', year: '' };

/** An amount in the period it was quoted in, e.g. "55" for 114,400 a year quoted hourly. */
function inPeriod(yearly: number, period: Period): string {
  const amount = yearly / PERIODS[period];
  const rounded = Math.round(amount * 100) / 100;
  return Number.isInteger(rounded) ? groupThousands(rounded) : rounded.toFixed(2).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/**
 * The offer as a person reads it: "$100,000-$130,000 a year", "$100,000+ a
 * year (a floor)", "€150,000 OTE a year", "$55/hr ($114,400 a year)".
 */
export function formatRange(range: PayRange, currency: Currency | undefined = range.currency): string {
  // A symbol goes on each figure ($100,000-$130,000); a code once, in front (CAD 100,000-130,000).
  const symbol = currency !== undefined && SYMBOLS.has(currency) ? currency : '';
  const code = currency !== undefined && !SYMBOLS.has(currency) ? `${currency} ` : '';
  const span = (f: (v: number) => string) =>
    code + (range.max === null ? `${f(range.min)}+` : range.max === range.min ? f(range.min) : `${f(range.min)}-${f(range.max)}`);
  const yearly = (v: number) => symbol + groupThousands(v);
  const ote = range.ote ? ' OTE' : '';
  const floor = range.max === null ? ' (a floor)' : '';
  if (range.period && range.period !== 'year') {
    const quoted = span((v) => symbol + inPeriod(v, range.period!));
    return `${quoted}${PERIOD_SHORT[range.period]}${ote} (${span(yearly)} a year)${floor}`;
  }
  return `${span(yearly)}${ote} a year${floor}`;
}
