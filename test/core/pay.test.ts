import { describe, expect, it } from 'vitest';
import { comparePay, formatMoney, formatRange, parsePay, parseTarget, PayParseError, type PayRange } from '../../src/core/pay.js';

describe('parsePay: what people type', () => {
  const cases: Array<[string, PayRange]> = [
    ['120000', { min: 120000, max: 120000 }],
    ['120k', { min: 120000, max: 120000 }],
    ['120K', { min: 120000, max: 120000 }],
    ['$120,000', { min: 120000, max: 120000 }],
    ['$ 120,000', { min: 120000, max: 120000 }],
    ['120.5k', { min: 120500, max: 120500 }],
    ['1.2m', { min: 1200000, max: 1200000 }],
    ['100k-130k', { min: 100000, max: 130000 }],
    ['$100,000 - $130,000', { min: 100000, max: 130000 }],
    ['100k to 130k', { min: 100000, max: 130000 }],
    ['100k–130k', { min: 100000, max: 130000 }],
    ['100k+', { min: 100000, max: null }],
    ['$100k+', { min: 100000, max: null }],
    ['55/hr', { min: 114400, max: 114400 }],
    ['$55/hour', { min: 114400, max: 114400 }],
    ['55 an hour', { min: 114400, max: 114400 }],
    ['50-60/hr', { min: 104000, max: 124800 }],
    ['50+/hr', { min: 104000, max: null }],
    ['120k/yr', { min: 120000, max: 120000 }],
    ['120k a year', { min: 120000, max: 120000 }],
    ['  90k  ', { min: 90000, max: 90000 }],
  ];
  for (const [input, expected] of cases) {
    it(`${JSON.stringify(input)} → ${JSON.stringify(expected)}`, () => expect(parsePay(input)).toEqual(expected));
  }

  const bad: Array<[string, RegExp]> = [
    ['abc', /"abc" is not a pay/],
    ['', /empty/],
    ['   ', /empty/],
    ['-5', /cannot be negative/],
    ['-120k', /cannot be negative/],
    ['0', /more than zero/],
    ['130k-100k', /empty range/],
    ['100k-', /not a pay/],
    ['100k-120k-130k', /two figures/],
    ['€100k', /not a pay/],
    ['12x', /not a pay/],
    ['k', /not a pay/],
  ];
  for (const [input, message] of bad) {
    it(`rejects ${JSON.stringify(input)}`, () => {
      expect(() => parsePay(input)).toThrow(PayParseError);
      expect(() => parsePay(input)).toThrow(message);
    });
  }
});

describe('parseTarget', () => {
  it('takes one figure', () => expect(parseTarget('60/hr')).toBe(124800));
  it('refuses a range or an open top', () => {
    expect(() => parseTarget('100k-120k')).toThrow(/give the one figure/);
    expect(() => parseTarget('100k+')).toThrow(/give the one figure/);
  });
});

describe('comparePay: top under 90% is below, bottom at or over 110% is above, else match', () => {
  const target = 100000;
  const cases: Array<[PayRange, string]> = [
    [{ min: 89999, max: 89999 }, 'below'],
    [{ min: 90000, max: 90000 }, 'match'],
    [{ min: 70000, max: 95000 }, 'match'], // the top reaches 90%
    [{ min: 70000, max: 89000 }, 'below'],
    [{ min: 100000, max: 100000 }, 'match'],
    [{ min: 109999, max: 109999 }, 'match'],
    [{ min: 110000, max: 110000 }, 'above'],
    [{ min: 105000, max: 150000 }, 'match'], // the bottom is under 110%
    [{ min: 110000, max: null }, 'above'],
    [{ min: 50000, max: null }, 'match'], // an open top is never below
  ];
  for (const [offered, expected] of cases) {
    it(`${formatRange(offered)} against ${formatMoney(target)} is ${expected}`, () => expect(comparePay(offered, target)).toBe(expected));
  }
});

describe("the README's examples", () => {
  const rows: Array<[string, string, string]> = [
    ['120k', '100k', 'below'],
    ['120k', '100k-130k', 'match'],
    ['120k', '108k', 'match'],
    ['120k', '132k+', 'above'],
    ['110k', '55/hr', 'match'],
  ];
  for (const [target, offered, pay] of rows) {
    it(`${offered} against ${target} is ${pay}`, () => expect(comparePay(parsePay(offered), parseTarget(target))).toBe(pay));
  }
});

describe('formatting', () => {
  it('groups thousands the same everywhere', () => {
    expect(formatMoney(1234567.4)).toBe('$1,234,567');
    expect(formatMoney(999)).toBe('$999');
    expect(formatRange({ min: 100000, max: 130000 })).toBe('$100,000-$130,000');
    expect(formatRange({ min: 100000, max: null })).toBe('$100,000+');
  });
});
