// Every recruiter message in test/fixtures/messages through the whole path
// (bytes → readMessageBytes → readMessageText), checked against what its
// .expected.json says a careful reader finds.
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readMessageText, type MessagePay } from '../src/core/message/index.js';
import { readMessageBytes } from '../src/io/message-source.js';

const DIR = join(import.meta.dirname, 'fixtures', 'messages');

interface ExpectedPay {
  min: number | null;
  max: number | null;
  period: string;
  currency: string | null;
  ote: boolean;
  openTop: boolean;
}
interface Expected {
  description: string;
  pay: ExpectedPay | null;
  ote: ExpectedPay | null;
  company: string | string[] | null;
  role: string | string[] | null;
  massPitch: boolean | null;
  notPay: string[];
}

const messages = existsSync(DIR)
  ? readdirSync(DIR)
      .filter((f) => /\.(txt|eml)$/.test(f) && existsSync(join(DIR, f.replace(/\.(txt|eml)$/, '.expected.json'))))
      .sort()
  : [];

const payOf = (p: MessagePay | null) =>
  p === null ? null : { min: p.min, max: p.max, period: p.period, currency: p.currency, ote: p.ote, openTop: p.openTop };
const nameOf = (value: string | null) => (value === null ? null : value.trim().toLowerCase());
const accepted = (expected: string | string[] | null): Array<string | null> =>
  expected === null ? [null] : (Array.isArray(expected) ? expected : [expected]).map((v) => v.trim().toLowerCase());

describe.skipIf(messages.length === 0)('the message corpus', () => {
  it.each(messages)('%s', async (file) => {
    const expected = JSON.parse(readFileSync(join(DIR, file.replace(/\.(txt|eml)$/, '.expected.json')), 'utf8')) as Expected;
    const source = await readMessageBytes(new Uint8Array(readFileSync(join(DIR, file))));
    const found = readMessageText(source);
    const got = {
      pay: payOf(found.pay),
      ote: payOf(found.ote),
      company: nameOf(found.company),
      role: nameOf(found.role),
      massPitch: found.massPitch,
    };
    const want = {
      pay: expected.pay,
      ote: expected.ote,
      company: accepted(expected.company).includes(got.company) ? got.company : accepted(expected.company)[0],
      role: accepted(expected.role).includes(got.role) ? got.role : accepted(expected.role)[0],
      massPitch: expected.massPitch,
    };
    expect(got, expected.description).toEqual(want);
    // Every finding quotes the message, cleaned.
    for (const signal of found.signals) expect(signal.quote.length).toBeLessThanOrEqual(120);
  });
});
