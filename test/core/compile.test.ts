// `compiled` and `compileFor` (src/core/compile.ts). That the reader sends
// every long pattern through them, on every message of the corpus, is checked
// in the same pass as the corpus itself (test/messages-corpus.test.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtOnce, compiled, compileFor, forgetCompiled } from '../../src/core/compile.js';

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

describe('patterns made at first use (Pattern)', () => {
  it('makes a pattern declared as a function only when it is first used, compiled like any other', () => {
    let made = 0;
    const probe = () => {
      made += 1;
      return /\bmade-on-use-probe\b/g;
    };
    expect(made).toBe(0);
    const subjects: string[] = [];
    RegExp.prototype.exec = function (this: RegExp, s: string) {
      if (this.source === '\\bmade-on-use-probe\\b') subjects.push(isBlank(s) ? 'blank' : s);
      return exec.call(this, s);
    };
    try {
      expect([...'a made-on-use-probe'.matchAll(compiled(probe))].map((m) => m.index)).toEqual([2]);
      expect(compiled(probe).test('no probe here')).toBe(false);
    } finally {
      RegExp.prototype.exec = exec;
    }
    expect(made).toBe(2);
    // Compiled on a blank once, at its first use, however many objects the function makes.
    expect(subjects.filter((s) => s === 'blank')).toHaveLength(1);
  });

  it("gives a literal's function a new object each call, starting at the text's start", () => {
    const probe = () => /x/g;
    const first = compiled(probe);
    first.exec('x');
    expect(first.lastIndex).toBe(1);
    const second = compiled(probe);
    expect(second).not.toBe(first);
    expect(second.lastIndex).toBe(0);
  });

  it('builds a built pattern once, at its first use, and keeps that one object', () => {
    let built = 0;
    const probe = builtOnce(() => {
      built += 1;
      return new RegExp(`\\b${'built'}-once-probe\\b`, 'i');
    });
    expect(built).toBe(0);
    const first = compiled(probe);
    expect(compiled(probe)).toBe(first);
    expect(first.test('A BUILT-ONCE-PROBE')).toBe(true);
    expect(built).toBe(1);
  });
});
