// The reader's long patterns are compiled straight to machine code on their
// first use (src/core/compile.ts): each is first run on the 1,000-
// character blank, never first on a message. Checked on every message of the
// corpus, by watching RegExp.prototype.exec (which String.prototype.replace,
// match, split and search call while it is replaced).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compiled, compileFor, forgetCompiled } from '../../src/core/compile.js';
import { readMessageText } from '../../src/core/message/index.js';
import type { MessageInput } from '../../src/core/message/text.js';
import { readMessageBytes } from '../../src/io/message-source.js';

const DIR = join(import.meta.dirname, '..', 'fixtures', 'messages');
const SRC = join(import.meta.dirname, '..', '..', 'src', 'core');
/** The module that cleans all output for the terminal: its pattern is compiled by its first use, wherever that is. */
const SHARED = ['sanitize.ts'].map((name) => readFileSync(join(SRC, name), 'utf8'));
/** Patterns this long or longer cost enough to compile that they must go through `compiled`. */
const LONG = 100;

const exec = RegExp.prototype.exec;
// Other test files may have run in this process first (vitest's workers keep their modules): every pattern's next
// use here is a first use again.
beforeAll(() => forgetCompiled());
afterAll(() => {
  RegExp.prototype.exec = exec;
});

const isBlank = (subject: string) => subject.length === 1000 && subject.charCodeAt(0) === 0;

describe('compiled', () => {
  it('runs a pattern once on a blank before its first use, and never again', () => {
    const subjects: string[] = [];
    const pattern = /\bcompile-me-once\b/g;
    RegExp.prototype.exec = function (this: RegExp, s: string) {
      if (this === pattern) subjects.push(s);
      return exec.call(this, s);
    };
    try {
      pattern.lastIndex = 3;
      expect(compiled(pattern)).toBe(pattern);
      expect(pattern.lastIndex).toBe(3); // put back
      compiled(pattern);
      pattern.lastIndex = 0;
      expect(compiled(pattern).exec('x compile-me-once')?.index).toBe(2);
    } finally {
      RegExp.prototype.exec = exec;
    }
    expect(subjects.map((s) => (isBlank(s) ? 'blank' : s))).toEqual(['blank', 'x compile-me-once']);
  });

  it('makes the blank as wide as the message: one-byte for Latin-1, two-byte past it', () => {
    const blanks: string[] = [];
    RegExp.prototype.exec = function (this: RegExp, s: string) {
      if (isBlank(s)) blanks.push(s);
      return exec.call(this, s);
    };
    try {
      compileFor('Gehalt: 80.000 € brutto', 'Subject: x');
      compiled(/\bwide-blank-probe\b/);
      compileFor('Café, naïve, 60 000 CHF');
      compiled(/\bnarrow-blank-probe\b/);
    } finally {
      RegExp.prototype.exec = exec;
    }
    expect(blanks.map((s) => /[^\0-\xff]/.test(s))).toEqual([true, false]);
  });
});

describe('the reader', () => {
  // Reading the whole corpus takes seconds on a busy machine: a longer limit than the default 5 s.
  it(`first runs every pattern of ${LONG}+ characters on the blank, on every message of the corpus`, { timeout: 60_000 }, async () => {
    // Mails are decoded first: the MIME and HTML libraries' patterns are not the reader's.
    const messages: MessageInput[] = [];
    for (const name of readdirSync(DIR).sort()) {
      if (name.endsWith('.txt')) messages.push({ body: readFileSync(join(DIR, name), 'utf8') });
      else if (name.endsWith('.eml')) {
        const mail = await readMessageBytes(new Uint8Array(readFileSync(join(DIR, name))));
        messages.push({ ...(mail.subject === undefined ? {} : { subject: mail.subject }), body: mail.body, headers: mail.headers });
      }
    }
    const firstSubject = new Map<string, string>();
    // Only a pattern object's first run can be its pattern's first: later
    // runs skip building the key (which was most of this test's time).
    const seen = new WeakSet<RegExp>();
    RegExp.prototype.exec = function (this: RegExp, s: string) {
      if (!seen.has(this)) {
        seen.add(this);
        const key = `/${this.source}/${this.flags}`;
        if (this.source.length >= LONG && !firstSubject.has(key)) firstSubject.set(key, String(s));
      }
      return exec.call(this, s);
    };
    try {
      for (const message of messages) readMessageText(message);
    } finally {
      RegExp.prototype.exec = exec;
    }
    const firstOnAMessage = [...firstSubject]
      .filter(([key, subject]) => !isBlank(subject) && !SHARED.some((module) => module.includes(key.slice(1, 40))))
      .map(([key]) => key.slice(0, 70));
    expect(firstSubject.size).toBeGreaterThan(100);
    expect(firstOnAMessage).toEqual([]);
  });
});
