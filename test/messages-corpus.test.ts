// Every recruiter message in test/fixtures/messages through the whole path
// (bytes → readMessageBytes → readMessageText), checked against what its
// .expected.json says a careful reader finds. The same pass checks that the
// reader's long patterns are compiled straight to machine code on their first
// use (src/core/compile.ts): each is first run on the 1,000-character blank,
// never first on a message. It watches RegExp.prototype.exec (which
// String.prototype.replace, match, split and search call while it is
// replaced) while readMessageText runs, and only then: the MIME and HTML
// libraries' patterns, run while a mail is decoded, are not the reader's.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { forgetCompiled } from '../src/core/compile.js';
import { readMessageText, type MessagePay } from '../src/core/message/index.js';
import { readMessageBytes } from '../src/io/message-source.js';

const DIR = join(import.meta.dirname, 'fixtures', 'messages');
/** The module that cleans all output for the terminal: its pattern is compiled by its first use, wherever that is. */
const SHARED = [readFileSync(join(import.meta.dirname, '..', 'src', 'core', 'sanitize.ts'), 'utf8')];
/** Patterns this long or longer cost enough to compile that they must go through `compiled`. */
const LONG = 100;

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

const exec = RegExp.prototype.exec;
const isBlank = (subject: string) => subject.length === 1000 && subject.charCodeAt(0) === 0;
/** The first subject each long pattern (by source and flags) was run on while the reader read. */
const firstSubject = new Map<string, string>();
// Only a pattern object's first run can be its pattern's first: later runs skip building the key.
const seen = new WeakSet<RegExp>();
let watching = false;

/** readMessageText, with the first run of each long pattern recorded. */
function readWatched(source: Parameters<typeof readMessageText>[0]) {
  watching = true;
  try {
    return readMessageText(source);
  } finally {
    watching = false;
  }
}

describe.skipIf(messages.length === 0)('the message corpus', () => {
  beforeAll(() => {
    // Other test files may have run in this process first (vitest's workers keep their modules): every
    // pattern's next use here is a first use again.
    forgetCompiled();
    RegExp.prototype.exec = function (this: RegExp, s: string) {
      if (watching && !seen.has(this)) {
        seen.add(this);
        const key = `/${this.source}/${this.flags}`;
        if (this.source.length >= LONG && !firstSubject.has(key)) firstSubject.set(key, String(s));
      }
      return exec.call(this, s);
    };
  });
  afterAll(() => {
    RegExp.prototype.exec = exec;
  });

  it.each(messages)('%s', async (file) => {
    const expected = JSON.parse(readFileSync(join(DIR, file.replace(/\.(txt|eml)$/, '.expected.json')), 'utf8')) as Expected;
    const source = await readMessageBytes(new Uint8Array(readFileSync(join(DIR, file))));
    const found = readWatched(source);
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

  // Runs after every message above (a file's tests run in order).
  it(`first ran every pattern of ${LONG}+ characters on the blank, on every message above`, () => {
    const firstOnAMessage = [...firstSubject]
      .filter(([key, subject]) => !isBlank(subject) && !SHARED.some((module) => module.includes(key.slice(1, 40))))
      .map(([key]) => key.slice(0, 70));
    expect(firstSubject.size).toBeGreaterThan(100);
    expect(firstOnAMessage).toEqual([]);
  });
});
