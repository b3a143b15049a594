// Pay as people type it, turned into yearly figures, and compared with the
// pay they are after. Pure: no locale, no I/O.
//
// Accepted: 120000, 120k, 1.2m, $120,000, a range 100k-130k (also "100k to
// 130k"), an open top 100k+, hourly 55/hr (also /h, /hour, "an hour", "per
// hour"; counted as 2,080 hours a year), and /yr, /year, "a year" for
// clarity. One "$" is allowed; no other currency symbols.

export const HOURS_PER_YEAR = 2080;

/** A yearly pay: a single figure has min === max; an open top has max null. */
export interface PayRange {
  min: number;
  max: number | null;
}

export type PayCategory = 'above' | 'match' | 'below';

/** Thrown with a message that says what was wrong; callers add which flag or key. */
export class PayParseError extends Error {
  override readonly name = 'PayParseError';
}

const PER_HOUR = /\s*(?:\/\s*(?:hr|h|hour)|(?:an|per|a)\s+hour|ph)$/i;
const PER_YEAR = /\s*(?:\/\s*(?:yr|y|year|annum)|(?:a|per)\s+(?:year|annum)|pa)$/i;

function parseAmount(text: string, whole: string): number {
  const match = /^\$?\s*(\d[\d,_]*(?:\.\d+)?|\.\d+)\s*([km])?$/i.exec(text.trim());
  if (!match) {
    throw new PayParseError(`"${whole}" is not a pay: use a figure like 120000, 120k, $120,000, 100k-130k, 100k+ or 55/hr.`);
  }
  const digits = match[1]!.replace(/[,_]/g, '');
  const scale = match[2] ? (match[2].toLowerCase() === 'k' ? 1_000 : 1_000_000) : 1;
  const value = Number(digits) * scale;
  if (!Number.isFinite(value) || value <= 0) {
    throw new PayParseError(`"${whole}" is not a pay: it must be more than zero.`);
  }
  return value;
}

/** Parses a pay as typed; throws PayParseError saying what is wrong. */
export function parsePay(input: string): PayRange {
  const whole = input.trim();
  if (whole === '') throw new PayParseError('the pay is empty: use a figure like 120000, 120k or 55/hr.');
  if (/^-/.test(whole)) throw new PayParseError(`"${whole}" is not a pay: it cannot be negative.`);

  let text = whole;
  let factor = 1;
  if (PER_HOUR.test(text)) {
    factor = HOURS_PER_YEAR;
    text = text.replace(PER_HOUR, '');
  } else if (PER_YEAR.test(text)) {
    text = text.replace(PER_YEAR, '');
  }

  const yearly = (amount: string) => Math.round(parseAmount(amount, whole) * factor);

  if (/\+$/.test(text)) {
    return { min: yearly(text.slice(0, -1)), max: null };
  }
  const parts = text.split(/\s*(?:-|–|—|\bto\b)\s*/i);
  if (parts.length === 2) {
    const [low, high] = [yearly(parts[0]!), yearly(parts[1]!)];
    if (low > high) throw new PayParseError(`"${whole}" is an empty range: the first figure is above the second.`);
    return { min: low, max: high };
  }
  if (parts.length > 2) throw new PayParseError(`"${whole}" is not a pay: a range has two figures, like 100k-130k.`);
  const value = yearly(text);
  return { min: value, max: value };
}

/** A target is one figure: the pay you are after. */
export function parseTarget(input: string): number {
  const range = parsePay(input);
  if (range.max !== range.min) {
    throw new PayParseError(`"${input.trim()}" is a range: give the one figure you are after, like 120k.`);
  }
  return range.min;
}

/**
 * The published rule: the top of the offer under 90% of the target is below;
 * the bottom at or over 110% of it is above; anything else is a match.
 */
export function comparePay(offered: PayRange, target: number): PayCategory {
  // Scaled by ten rather than multiplied by 0.9 and 1.1: 1.1 * 100000 is
  // 110000.00000000001 in floating point, which would make exactly 110% a match.
  if (offered.max !== null && offered.max * 10 < target * 9) return 'below';
  if (offered.min * 10 >= target * 11) return 'above';
  return 'match';
}

export function formatMoney(value: number): string {
  // Grouped by hand rather than toLocaleString: the same output on every ICU build.
  return '$' + String(Math.round(value)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

export function formatRange(range: PayRange): string {
  if (range.max === null) return `${formatMoney(range.min)}+`;
  if (range.max === range.min) return formatMoney(range.min);
  return `${formatMoney(range.min)}-${formatMoney(range.max)}`;
}
