import { describe, expect, it } from 'vitest';
import {
  ABOVE_PERCENT,
  checkFigure,
  commonCurrency,
  comparePay,
  CURRENCIES,
  formatMoney,
  formatRange,
  MAX_YEARLY,
  MIN_YEARLY,
  NEAR_BAND_PERCENT,
  parsePay,
  parseTarget,
  PayParseError,
  PERIODS,
  sameCurrency,
  type Currency,
  type PayCategory,
  type PayFigure,
  type PayRange,
} from '../../src/core/pay.js';

/** Runs `f`, expects a PayParseError, and returns its message. */
function refusal(f: () => unknown): string {
  try {
    f();
  } catch (error) {
    expect(error).toBeInstanceOf(PayParseError);
    expect((error as PayParseError).name).toBe('PayParseError');
    return (error as PayParseError).message;
  }
  throw new Error('expected a PayParseError, but nothing was thrown');
}

describe('the constants', () => {
  it('PERIODS: 2,080 hours, 260 days, 52 weeks, 12 months a year', () => {
    expect(PERIODS).toEqual({ hour: 2080, day: 260, week: 52, month: 12, year: 1 });
  });
  it('the limits and bands', () => {
    expect([MIN_YEARLY, MAX_YEARLY, NEAR_BAND_PERCENT, ABOVE_PERCENT]).toEqual([1_000, 10_000_000, 15, 10]);
  });
  it('the currencies', () => {
    expect([...CURRENCIES]).toEqual(['$', '€', '£', 'USD', 'EUR', 'GBP', 'CAD', 'AUD']);
  });
});

describe('parsePay: accepted', () => {
  const cases: Array<[string, PayRange]> = [
    // Single figures.
    ['120000', { min: 120000, max: 120000 }],
    ['120,000', { min: 120000, max: 120000 }],
    ['1,200,000', { min: 1200000, max: 1200000 }],
    ['120k', { min: 120000, max: 120000 }],
    ['120K', { min: 120000, max: 120000 }],
    ['120 k', { min: 120000, max: 120000 }],
    ['120.5k', { min: 120500, max: 120500 }],
    ['1.5k', { min: 1500, max: 1500 }],
    ['1,000k', { min: 1000000, max: 1000000 }],
    ['1.2m', { min: 1200000, max: 1200000 }],
    ['1.2M', { min: 1200000, max: 1200000 }],
    ['.5m', { min: 500000, max: 500000 }],
    ['120,000.50', { min: 120001, max: 120001 }], // rounded to whole units
    ['120,000.000', { min: 120000, max: 120000 }], // the commas make the dot a decimal point
    ['  90k  ', { min: 90000, max: 90000 }],
    // The limits, inclusive.
    ['1000', { min: 1000, max: 1000 }],
    ['999.5', { min: 1000, max: 1000 }],
    ['10m', { min: 10000000, max: 10000000 }],
    ['10,000,000', { min: 10000000, max: 10000000 }],
    // Ranges.
    ['100k-130k', { min: 100000, max: 130000 }],
    ['100k - 130k', { min: 100000, max: 130000 }],
    ['100k–130k', { min: 100000, max: 130000 }],
    ['100k—130k', { min: 100000, max: 130000 }],
    ['100k to 130k', { min: 100000, max: 130000 }],
    ['100K TO 130K', { min: 100000, max: 130000 }],
    ['100,000-130,000', { min: 100000, max: 130000 }],
    ['100k-100k', { min: 100000, max: 100000 }],
    // A suffix on one end applies to a bare end under 1000.
    ['135-150k', { min: 135000, max: 150000 }],
    ['135-150K', { min: 135000, max: 150000 }],
    ['1.2-1.5m', { min: 1200000, max: 1500000 }],
    ['0.5-1m', { min: 500000, max: 1000000 }],
    ['50k-60', { min: 50000, max: 60000 }],
    ['120000-150k', { min: 120000, max: 150000 }], // 120000 is not under 1000: it stays
    ['120k-150000', { min: 120000, max: 150000 }],
    ['1000-1200k', { min: 1000, max: 1200000 }], // 1000 is not under 1000
    // Open tops.
    ['100k+', { min: 100000, max: null }],
    ['100,000+', { min: 100000, max: null }],
    // Periods.
    ['55/hr', { min: 114400, max: 114400, period: 'hour' }],
    ['55/h', { min: 114400, max: 114400, period: 'hour' }],
    ['55/hrs', { min: 114400, max: 114400, period: 'hour' }],
    ['55 / hour', { min: 114400, max: 114400, period: 'hour' }],
    ['55/hr.', { min: 114400, max: 114400, period: 'hour' }],
    ['55 per hour', { min: 114400, max: 114400, period: 'hour' }],
    ['55 an hour', { min: 114400, max: 114400, period: 'hour' }],
    ['55ph', { min: 114400, max: 114400, period: 'hour' }],
    ['55 p.h.', { min: 114400, max: 114400, period: 'hour' }],
    ['55.55/hr', { min: 115544, max: 115544, period: 'hour' }],
    ['50-60/hr', { min: 104000, max: 124800, period: 'hour' }],
    ['50+/hr', { min: 104000, max: null, period: 'hour' }],
    ['500/day', { min: 130000, max: 130000, period: 'day' }],
    ['400/d', { min: 104000, max: 104000, period: 'day' }],
    ['400 a day', { min: 104000, max: 104000, period: 'day' }],
    ['2k/wk', { min: 104000, max: 104000, period: 'week' }],
    ['2000/wk', { min: 104000, max: 104000, period: 'week' }],
    ['2k/w', { min: 104000, max: 104000, period: 'week' }],
    ['2k per week', { min: 104000, max: 104000, period: 'week' }],
    ['2k a week', { min: 104000, max: 104000, period: 'week' }],
    ['8k/mo', { min: 96000, max: 96000, period: 'month' }],
    ['8k/month', { min: 96000, max: 96000, period: 'month' }],
    ['8k/mth', { min: 96000, max: 96000, period: 'month' }],
    ['8k per month', { min: 96000, max: 96000, period: 'month' }],
    ['8k a month', { min: 96000, max: 96000, period: 'month' }],
    ['8-10k/mo', { min: 96000, max: 120000, period: 'month' }],
    ['120k/yr', { min: 120000, max: 120000, period: 'year' }], // a period given is kept, yearly too
    ['120k/y', { min: 120000, max: 120000, period: 'year' }],
    ['120k/year', { min: 120000, max: 120000, period: 'year' }],
    ['120k a year', { min: 120000, max: 120000, period: 'year' }],
    ['120k per year', { min: 120000, max: 120000, period: 'year' }],
    ['120k per annum', { min: 120000, max: 120000, period: 'year' }],
    ['120k/annum', { min: 120000, max: 120000, period: 'year' }],
    ['120k p.a.', { min: 120000, max: 120000, period: 'year' }],
    ['120k pa', { min: 120000, max: 120000, period: 'year' }],
    // Currencies: symbols kept as symbols, codes upper-cased.
    ['$120,000', { min: 120000, max: 120000, currency: '$' }],
    ['$ 120,000', { min: 120000, max: 120000, currency: '$' }],
    ['$120k', { min: 120000, max: 120000, currency: '$' }],
    ['€120k', { min: 120000, max: 120000, currency: '€' }],
    ['£120k', { min: 120000, max: 120000, currency: '£' }],
    ['120k€', { min: 120000, max: 120000, currency: '€' }],
    ['120,000 £', { min: 120000, max: 120000, currency: '£' }],
    ['USD 120k', { min: 120000, max: 120000, currency: 'USD' }],
    ['120k USD', { min: 120000, max: 120000, currency: 'USD' }],
    ['120k usd', { min: 120000, max: 120000, currency: 'USD' }],
    ['gbp 120k', { min: 120000, max: 120000, currency: 'GBP' }],
    ['CAD 120k', { min: 120000, max: 120000, currency: 'CAD' }],
    ['AUD 120,000', { min: 120000, max: 120000, currency: 'AUD' }],
    ['120000 EUR', { min: 120000, max: 120000, currency: 'EUR' }],
    ['$100,000 - $130,000', { min: 100000, max: 130000, currency: '$' }],
    ['$100k-130k', { min: 100000, max: 130000, currency: '$' }],
    ['$ 100k - 130k', { min: 100000, max: 130000, currency: '$' }],
    ['$135-150k', { min: 135000, max: 150000, currency: '$' }],
    ['100k-130k EUR', { min: 100000, max: 130000, currency: 'EUR' }], // a code once after the whole range
    ['EUR 100k-130k', { min: 100000, max: 130000, currency: 'EUR' }],
    ['CAD 100k - 130k', { min: 100000, max: 130000, currency: 'CAD' }],
    ['100k EUR - 130k EUR', { min: 100000, max: 130000, currency: 'EUR' }],
    ['€100k+', { min: 100000, max: null, currency: '€' }],
    ['$100k+', { min: 100000, max: null, currency: '$' }],
    ['100k+ EUR', { min: 100000, max: null, currency: 'EUR' }],
    ['100k EUR+', { min: 100000, max: null, currency: 'EUR' }],
    ['$55/hour', { min: 114400, max: 114400, currency: '$', period: 'hour' }],
    ['€ 50-60/hr', { min: 104000, max: 124800, currency: '€', period: 'hour' }],
    ['55 USD/hr', { min: 114400, max: 114400, currency: 'USD', period: 'hour' }],
    ['55/hr USD', { min: 114400, max: 114400, currency: 'USD', period: 'hour' }],
    ['50-60/hr CAD', { min: 104000, max: 124800, currency: 'CAD', period: 'hour' }],
    ['120k/yr USD', { min: 120000, max: 120000, currency: 'USD', period: 'year' }],
    ['120k CAD a year', { min: 120000, max: 120000, currency: 'CAD', period: 'year' }],
    // Compatible currencies: the more specific one is kept.
    ['$100k CAD', { min: 100000, max: 100000, currency: 'CAD' }],
    ['$100k USD', { min: 100000, max: 100000, currency: 'USD' }],
    ['CAD 100k-$130k', { min: 100000, max: 130000, currency: 'CAD' }],
    ['$100k-AUD 130k', { min: 100000, max: 130000, currency: 'AUD' }],
    ['$100k-130k USD', { min: 100000, max: 130000, currency: 'USD' }],
    ['£100k GBP', { min: 100000, max: 100000, currency: 'GBP' }], // the code after is taken for the whole input first
    // OTE, after or before.
    ['150k OTE', { min: 150000, max: 150000, ote: true }],
    ['150k ote', { min: 150000, max: 150000, ote: true }],
    ['OTE 150k', { min: 150000, max: 150000, ote: true }],
    ['OTE150k', { min: 150000, max: 150000, ote: true }],
    ['€150k OTE', { min: 150000, max: 150000, currency: '€', ote: true }],
    ['150k EUR OTE', { min: 150000, max: 150000, currency: 'EUR', ote: true }],
    ['150k OTE EUR', { min: 150000, max: 150000, currency: 'EUR', ote: true }],
    ['100k-130k OTE', { min: 100000, max: 130000, ote: true }],
    ['100k-130k OTE EUR', { min: 100000, max: 130000, currency: 'EUR', ote: true }],
    ['100k+ OTE', { min: 100000, max: null, ote: true }],
    ['OTE 100k+', { min: 100000, max: null, ote: true }],
    ['150k OTE/yr', { min: 150000, max: 150000, period: 'year', ote: true }],
    ['150k/yr OTE', { min: 150000, max: 150000, period: 'year', ote: true }],
    ['55/hr OTE', { min: 114400, max: 114400, period: 'hour', ote: true }],
    ['55/hr OTE USD', { min: 114400, max: 114400, currency: 'USD', period: 'hour', ote: true }],
    ['55/hr USD OTE', { min: 114400, max: 114400, currency: 'USD', period: 'hour', ote: true }],
  ];
  for (const [input, expected] of cases) {
    it(`${JSON.stringify(input)} → ${JSON.stringify(expected)}`, () => expect(parsePay(input)).toEqual(expected));
  }

  it('leaves out the keys it has nothing for', () => {
    expect(Object.keys(parsePay('120k'))).toEqual(['min', 'max']);
  });
});

describe('parsePay: refused, with a reason', () => {
  const bad: Array<[string, RegExp]> = [
    // Empty.
    ['', /the pay is empty/],
    ['   ', /the pay is empty/],
    // Ambiguous digits.
    ['120.000', /could be read two ways/],
    ['120.000k', /could be read two ways/],
    ['$120.000', /could be read two ways/],
    ['1.200.000', /could be read two ways/],
    ['1.000,50', /could be read two ways/],
    ['120,00', /comma outside a thousands position/],
    ['1,2', /comma outside a thousands position/],
    ['1,2k', /comma outside a thousands position/],
    ['12,0000', /comma outside a thousands position/],
    ['1,2000', /comma outside a thousands position/],
    ['12,000,00', /comma outside a thousands position/],
    ['1200,000', /comma outside a thousands position/],
    ['120 000', /space inside a figure/],
    ['$120 000', /space inside a figure/],
    ['1 200 000', /space inside a figure/],
    ['120.', /not a pay/],
    // Too little, with a guess when the figure was bare and yearly.
    ['120', /is 120 a year, too little for a yearly pay.*Did you mean 120k, or 120\/hr\?/],
    ['999', /too little.*Did you mean 999k, or 999\/hr\?/],
    ['120 a year', /too little.*Did you mean 120k, or 120\/hr\?/],
    ['120 €', /too little.*Did you mean 120k/],
    ['135-150', /too little/],
    ['0.4/hr', /is 832 a year, too little for a yearly pay \(the least accepted is 1,000\)\.$/],
    ['0.5k', /too little for a yearly pay \(the least accepted is 1,000\)\.$/],
    // Too large, with a guess only when the guess would be accepted.
    ['120000k', /is 120,000,000 a year, too large for a pay \(the most accepted is 10,000,000\)\. Did you mean 120k\?$/],
    ['20000k/mo', /too large.*Did you mean 20k\?$/],
    ['120000k/hr', /too large for a pay \(the most accepted is 10,000,000\)\.$/],
    ['120000000', /too large for a pay \(the most accepted is 10,000,000\)\.$/],
    ['10,000,001', /too large/],
    ['10.1m', /too large/],
    ['20m', /too large/],
    ['100k/hr', /too large/],
    ['100k+/hr', /too large/],
    // Zero and negatives.
    ['0', /rounds to zero/],
    ['0.4', /rounds to zero/],
    ['0k', /rounds to zero/],
    ['0-100k', /rounds to zero/],
    ['-5', /cannot be negative/],
    ['-120k', /cannot be negative/],
    ['-100k-130k', /cannot be negative/],
    ['  -120k', /cannot be negative/],
    // Ranges.
    ['130k-100k', /empty range/],
    ['$130k-$100k', /empty range/],
    ['60-50/hr', /empty range/],
    ['100k-120k-130k', /a range has two figures/],
    ['100k to 120k to 130k', /a range has two figures/],
    ['1-2-3', /a range has two figures/],
    ['100k-130k+', /not both/],
    ['100k-', /not a pay/],
    ['-', /cannot be negative/],
    ['100k to', /not a pay/],
    ['+', /not a pay/],
    // Currencies.
    ['$100k-€130k', /mixes two currencies/],
    ['€100k USD', /mixes two currencies/],
    ['USD 100k CAD', /mixes two currencies/],
    ['EUR 100k-130k USD', /mixes two currencies/],
    ['£100k-130k EUR', /mixes two currencies/],
    ['USD 100k-CAD 130k', /mixes two currencies/],
    ['$100k-£130k', /mixes two currencies/],
    ['JPY 100k', /a currency this tool does not know/],
    ['100k JPY', /a currency this tool does not know/],
    // Letters and stray marks.
    ['abc', /"abc" is not a pay: use a figure like/],
    ['12x', /not a pay/],
    ['120kk', /words this tool does not read/],
    ['k', /not a pay/],
    ['$', /not a pay/],
    ['EUR', /not a pay/],
    ['OTE', /not a pay/],
    ['/hr', /not a pay/],
    ['1e5', /not a pay/],
    ['120k dollars', /words this tool does not read/],
    ['120k a year a year', /words this tool does not read/],
    ['55/hr/hr', /not a pay|words this tool does not read/],
    ['up to 90k', /words this tool does not read: give the figure alone \(90k\)/],
    ['circa 120k', /words this tool does not read/],
    ['between 100k and 130k', /words this tool does not read/],
    ['+100k', /not a pay/],
  ];
  for (const [input, reason] of bad) {
    it(`refuses ${JSON.stringify(input)} (${reason.source})`, () => expect(refusal(() => parsePay(input))).toMatch(reason));
  }

  it('quotes the input, trimmed and with spaces collapsed', () => {
    expect(refusal(() => parsePay('  12   x  '))).toMatch(/^"12 x" is not a pay/);
  });
});

describe('parseTarget', () => {
  const cases: Array<[string, PayFigure]> = [
    ['120k', { amount: 120000 }],
    ['120,000', { amount: 120000 }],
    ['60/hr', { amount: 124800 }],
    ['8k/mo', { amount: 96000 }],
    ['$120k', { amount: 120000, currency: '$' }],
    ['CAD 120k', { amount: 120000, currency: 'CAD' }],
    ['120k eur', { amount: 120000, currency: 'EUR' }],
    ['100k-100k', { amount: 100000 }],
  ];
  for (const [input, expected] of cases) {
    it(`${JSON.stringify(input)} → ${JSON.stringify(expected)}`, () => expect(parseTarget(input)).toEqual(expected));
  }

  const bad: Array<[string, RegExp]> = [
    ['100k-120k', /give the one figure/],
    ['100k+', /give the one figure/],
    ['150k OTE', /without OTE/],
    ['OTE 150k', /without OTE/],
    ['120', /too little/],
    ['', /empty/],
    ['abc', /not a pay/],
  ];
  for (const [input, reason] of bad) {
    it(`refuses ${JSON.stringify(input)}`, () => expect(refusal(() => parseTarget(input))).toMatch(reason));
  }
});

describe('checkFigure: the same limits for numbers, rounded to whole units', () => {
  const cases: Array<[number, number]> = [
    [120000, 120000],
    [1000, 1000],
    [999.5, 1000],
    [1234.5, 1235],
    [120000.4, 120000],
    [10_000_000, 10_000_000],
    [10_000_000.4, 10_000_000],
  ];
  for (const [value, expected] of cases) {
    it(`${value} → ${expected}`, () => expect(checkFigure(value)).toBe(expected));
  }

  const bad: Array<[number, RegExp]> = [
    [0, /^0 is not a pay: it must be a number more than zero/],
    [-1, /^-1 is not a pay/],
    [-120000, /more than zero/],
    [Number.NaN, /^NaN is not a pay/],
    [Number.POSITIVE_INFINITY, /^Infinity is not a pay/],
    [0.4, /^"0\.4" rounds to zero/],
    [120, /^"120" is 120 a year, too little.*Did you mean 120k, or 120\/hr\?/],
    [999.4, /^"999\.4" is 999\.4 a year, too little/],
    [10_000_001, /^"10,000,001" is 10,000,001 a year, too large/],
    [120_000_000, /too large/],
  ];
  for (const [value, reason] of bad) {
    it(`refuses ${value}`, () => expect(refusal(() => checkFigure(value))).toMatch(reason));
  }
});

describe('sameCurrency and commonCurrency', () => {
  const U = undefined;
  const cases: Array<[Currency | undefined, Currency | undefined, boolean, Currency | undefined]> = [
    // a, b, the same money?, the common currency when they are
    [U, U, true, U],
    [U, '€', true, '€'],
    ['CAD', U, true, 'CAD'],
    ['$', '$', true, '$'],
    ['€', '€', true, '€'],
    ['€', 'EUR', true, '€'],
    ['EUR', '€', true, 'EUR'],
    ['£', 'GBP', true, '£'],
    ['GBP', '£', true, 'GBP'],
    ['$', 'USD', true, 'USD'],
    ['USD', '$', true, 'USD'],
    ['$', 'CAD', true, 'CAD'],
    ['CAD', '$', true, 'CAD'],
    ['$', 'AUD', true, 'AUD'],
    ['AUD', '$', true, 'AUD'],
    ['USD', 'USD', true, 'USD'],
    ['USD', 'CAD', false, U],
    ['CAD', 'AUD', false, U],
    ['AUD', 'USD', false, U],
    ['$', '€', false, U],
    ['$', 'EUR', false, U],
    ['$', '£', false, U],
    ['$', 'GBP', false, U],
    ['€', '£', false, U],
    ['EUR', 'GBP', false, U],
    ['EUR', '£', false, U],
    ['USD', '€', false, U],
  ];
  for (const [a, b, same, common] of cases) {
    it(`${a ?? 'none'} and ${b ?? 'none'}: ${same ? `the same, ${common ?? 'none'}` : 'different'}`, () => {
      expect(sameCurrency(a, b)).toBe(same);
      expect(sameCurrency(b, a)).toBe(same);
      if (same) expect(commonCurrency(a, b)).toBe(common);
    });
  }
});

describe('comparePay', () => {
  const target = 100000;
  const cases: Array<[PayRange, PayCategory]> = [
    // The edges, exact.
    [{ min: 84999, max: 84999 }, 'below'],
    [{ min: 85000, max: 85000 }, 'near'],
    [{ min: 99999, max: 99999 }, 'near'],
    [{ min: 100000, max: 100000 }, 'match'],
    [{ min: 109999, max: 109999 }, 'match'],
    [{ min: 110000, max: 110000 }, 'above'],
    // Ranges: the top decides below and near, the bottom decides above.
    [{ min: 50000, max: 84999 }, 'below'],
    [{ min: 50000, max: 85000 }, 'near'],
    [{ min: 70000, max: 99999 }, 'near'],
    [{ min: 70000, max: 100000 }, 'match'],
    [{ min: 90000, max: 150000 }, 'match'],
    [{ min: 109999, max: 150000 }, 'match'],
    [{ min: 110000, max: 150000 }, 'above'],
    // An open top is judged by its floor.
    [{ min: 50000, max: null }, 'below'],
    [{ min: 84999, max: null }, 'below'],
    [{ min: 85000, max: null }, 'near'],
    [{ min: 99999, max: null }, 'near'],
    [{ min: 100000, max: null }, 'match'],
    [{ min: 109999, max: null }, 'match'],
    [{ min: 110000, max: null }, 'above'],
    // Currency, period and OTE do not change the arithmetic.
    [{ min: 114400, max: 114400, currency: '$', period: 'hour', ote: true }, 'above'],
  ];
  for (const [offered, expected] of cases) {
    it(`${JSON.stringify(offered)} against ${target} is ${expected}`, () => expect(comparePay(offered, target)).toBe(expected));
  }

  it('is exact where floating point is not (1.1 * 100000 > 110000)', () => {
    expect(1.1 * 100000).toBeGreaterThan(110000);
    expect(comparePay({ min: 110000, max: 110000 }, 100000)).toBe('above');
    expect(comparePay({ min: 85, max: 85 }, 100)).toBe('near');
    expect(comparePay({ min: 84, max: 84 }, 100)).toBe('below');
    expect(comparePay({ min: 110, max: 110 }, 100)).toBe('above');
    expect(comparePay({ min: 109, max: 109 }, 100)).toBe('match');
  });

  it('parsed offers against parsed targets', () => {
    const rows: Array<[string, string, PayCategory]> = [
      ['120k', '100k', 'below'], // 83%
      ['120k', '100k-130k', 'match'],
      ['120k', '108k', 'near'],
      ['120k', '101,999', 'below'], // 85% of 120,000 is 102,000
      ['120k', '102k', 'near'],
      ['120k', '132k+', 'above'],
      ['120k', '131,999+', 'match'],
      ['110k', '55/hr', 'match'],
      ['100k', '135-150k', 'above'],
      ['100k', '50k+', 'below'],
    ];
    for (const [target, offered, expected] of rows) {
      expect(comparePay(parsePay(offered), parseTarget(target).amount), `${offered} against ${target}`).toBe(expected);
    }
  });

  it('never gets worse as the offer rises (below < near < match < above)', () => {
    const rank: Record<PayCategory, number> = { below: 0, near: 1, match: 2, above: 3 };
    let checked = 0;
    const worse: string[] = []; // collected, not asserted one by one: keeps the sweep fast
    for (const target of [1000, 1001, 3333, 77777, 100000, 123457, 9_999_999]) {
      // Every offer from 50% to 150% of the target in steps of 0.1%, plus the
      // integers either side of each edge.
      const offers = new Set<number>();
      for (let tenths = 500; tenths <= 1500; tenths += 1) offers.add(Math.round((target * tenths) / 1000));
      for (const edge of [(target * 85) / 100, target, (target * 110) / 100]) {
        for (const d of [-1, 0, 1]) offers.add(Math.ceil(edge) + d);
      }
      const sorted = [...offers].sort((a, b) => a - b);
      for (const kind of ['single', 'open', 'range'] as const) {
        let previous = -1;
        for (const offer of sorted) {
          const offered: PayRange =
            kind === 'single'
              ? { min: offer, max: offer }
              : kind === 'open'
                ? { min: offer, max: null }
                : { min: offer, max: offer + Math.round(target / 10) };
          const now = rank[comparePay(offered, target)];
          if (now < previous) worse.push(`${JSON.stringify(offered)} against ${target}`);
          previous = now;
          checked++;
        }
        // The sweep reaches both ends of the scale.
        expect(rank[comparePay({ min: sorted[0]!, max: sorted[0]! }, target)]).toBe(0);
        expect(previous).toBe(3);
      }
    }
    expect(worse).toEqual([]);
    expect(checked).toBeGreaterThan(20000);
  });

  it('a single figure falls in the band its percentage says', () => {
    const wrong: string[] = [];
    for (const target of [1000, 100000, 123457]) {
      for (let offer = Math.floor(target / 2); offer <= target * 1.5; offer += Math.max(1, Math.floor(target / 997))) {
        const expected: PayCategory =
          offer * 100 < target * 85 ? 'below' : offer < target ? 'near' : offer * 100 >= target * 110 ? 'above' : 'match';
        const got = comparePay({ min: offer, max: offer }, target);
        if (got !== expected) wrong.push(`${offer} against ${target}: ${got}, not ${expected}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});

describe('formatMoney', () => {
  const cases: Array<[number, Currency | undefined, string]> = [
    [120000, undefined, '120,000'],
    [120000, '$', '$120,000'],
    [120000, '€', '€120,000'],
    [120000, '£', '£120,000'],
    [120000, 'CAD', 'CAD 120,000'],
    [120000, 'USD', 'USD 120,000'],
    [120000, 'EUR', 'EUR 120,000'],
    [1234567.4, undefined, '1,234,567'],
    [1234567.5, '$', '$1,234,568'],
    [999, undefined, '999'],
    [1000, undefined, '1,000'],
    [10_000_000, '£', '£10,000,000'],
  ];
  for (const [value, currency, expected] of cases) {
    it(`${value} ${currency ?? '(no currency)'} → ${expected}`, () => expect(formatMoney(value, currency)).toBe(expected));
  }
});

describe('formatRange', () => {
  const cases: Array<[PayRange, Currency | undefined, string]> = [
    [{ min: 120000, max: 120000 }, undefined, '120,000 a year'],
    [{ min: 100000, max: 130000 }, undefined, '100,000-130,000 a year'],
    [{ min: 100000, max: 130000, currency: '$' }, undefined, '$100,000-$130,000 a year'],
    [{ min: 100000, max: 130000 }, 'CAD', 'CAD 100,000-130,000 a year'],
    [{ min: 100000, max: 130000, currency: '$' }, 'USD', 'USD 100,000-130,000 a year'], // the argument wins
    [{ min: 100000, max: null, currency: '$' }, undefined, '$100,000+ a year (a floor)'],
    [{ min: 100000, max: null }, undefined, '100,000+ a year (a floor)'],
    [{ min: 150000, max: 150000, currency: '€', ote: true }, undefined, '€150,000 OTE a year'],
    [{ min: 100000, max: 130000, ote: true }, undefined, '100,000-130,000 OTE a year'],
    [{ min: 100000, max: null, currency: '$', ote: true }, undefined, '$100,000+ OTE a year (a floor)'],
    [{ min: 114400, max: 114400, currency: '$', period: 'hour' }, undefined, '$55/hr ($114,400 a year)'],
    [{ min: 104000, max: 124800, currency: '$', period: 'hour' }, undefined, '$50-$60/hr ($104,000-$124,800 a year)'],
    [{ min: 104000, max: 124800, currency: 'CAD', period: 'hour' }, undefined, 'CAD 50-60/hr (CAD 104,000-124,800 a year)'],
    [{ min: 104000, max: null, period: 'hour' }, undefined, '50+/hr (104,000+ a year) (a floor)'],
    [{ min: 114400, max: 114400, period: 'hour', ote: true }, undefined, '55/hr OTE (114,400 a year)'],
    [{ min: 115544, max: 115544, period: 'hour' }, undefined, '55.55/hr (115,544 a year)'],
    [{ min: 115440, max: 115440, period: 'hour' }, undefined, '55.50/hr (115,440 a year)'],
    [{ min: 104000, max: 104000, currency: '€', period: 'day' }, undefined, '€400/day (€104,000 a year)'],
    [{ min: 104000, max: 104000, period: 'week' }, undefined, '2,000/wk (104,000 a year)'],
    [{ min: 96000, max: 96000, currency: '£', period: 'month' }, undefined, '£8,000/mo (£96,000 a year)'],
    [{ min: 54006, max: 54006, period: 'month' }, undefined, '4,500.50/mo (54,006 a year)'],
    [{ min: 120000, max: 120000, period: 'year' }, undefined, '120,000 a year'],
  ];
  for (const [range, currency, expected] of cases) {
    it(`${JSON.stringify(range)}${currency ? ` in ${currency}` : ''} → ${expected}`, () =>
      expect(formatRange(range, currency)).toBe(expected));
  }

  it('reads back what was typed', () => {
    const rows: Array<[string, string]> = [
      ['100k-130k', '100,000-130,000 a year'],
      ['$100k+', '$100,000+ a year (a floor)'],
      ['€150k OTE', '€150,000 OTE a year'],
      ['$55/hr', '$55/hr ($114,400 a year)'],
      ['8k/month', '8,000/mo (96,000 a year)'],
      ['135-150k CAD', 'CAD 135,000-150,000 a year'],
    ];
    for (const [typed, shown] of rows) expect(formatRange(parsePay(typed)), typed).toBe(shown);
  });
});

describe("a bare end takes the other end's suffix only when that keeps the range in order", () => {
  it('800-1.2k/wk is 800 to 1,200 a week', () => {
    expect(parsePay('800-1.2k/wk')).toEqual({ min: 800 * 52, max: 1200 * 52, period: 'week' });
  });
});

describe('dollars named by their country', () => {
  it('C$, CA$, A$ and AU$ are the Canadian and the Australian dollar', () => {
    expect(parsePay('C$90k')).toEqual({ min: 90000, max: 90000, currency: 'CAD' });
    expect(parsePay('CA$90k')).toEqual({ min: 90000, max: 90000, currency: 'CAD' });
    expect(parsePay('A$150k')).toEqual({ min: 150000, max: 150000, currency: 'AUD' });
    expect(parsePay('AU$150k')).toEqual({ min: 150000, max: 150000, currency: 'AUD' });
  });
});

describe('a currency code written against the figure', () => {
  it('EUR100k and 100kUSD read as with a space', () => {
    expect(parsePay('EUR100k')).toEqual({ min: 100000, max: 100000, currency: 'EUR' });
    expect(parsePay('100kUSD')).toEqual({ min: 100000, max: 100000, currency: 'USD' });
  });
});
