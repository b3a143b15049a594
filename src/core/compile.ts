// Speed only: how the long regular expressions of the message reader (and
// of the pay parser it shares) are first compiled. Nothing here changes what
// a pattern matches.
//
// V8 compiles a regular expression the first time it runs it. When that
// first subject is shorter than 1,000 characters it compiles it to bytecode,
// and on the pattern's next run compiles it again, to machine code; when the
// subject is longer it compiles straight to machine code, which costs about
// half as much as the two together. A one-shot command reads one message, so
// this compilation was most of the cost of reading it: the ~210 patterns a
// short message runs took 26-37 ms to compile to bytecode and 10-20 ms more
// to machine code, against 10-18 ms straight to machine code (Node 20, 22 and
// 24). `node scripts/measure-first-read.mjs` times a first read.
//
// So a long pattern is run once, before its first real use, on a blank of
// 1,000 NUL characters, which no pattern here looks for: that run finds
// nothing, quickly, and leaves the pattern compiled to machine code. V8
// compiles apart for strings of one-byte and of two-byte characters, so the
// blank is as wide as the message being read (`compileFor`). If V8 ever
// changes its rule, the cost goes back to what it was; what is found cannot
// change. (Turning V8's tier-up off with a flag did the same and crashed
// Node 24 now and then: see the README's Performance section.)

const BLANK_LENGTH = 1000;
const NARROW_BLANK = '\0'.repeat(BLANK_LENGTH);
// One character past Latin-1 makes V8 store the whole string two bytes a character.
const WIDE_BLANK = `${'\0'.repeat(BLANK_LENGTH - 1)}\u2019`;
const WIDE_CHARACTER = /[^\0-\xff]/;

/**
 * The patterns already compiled in this process, by flags and source: V8
 * shares one compilation among patterns of the same source and flags, also
 * among the copies a regular expression literal makes each time it runs.
 */
const compiledSources = new Map<string, Set<string>>();
let blank = NARROW_BLANK;

/** Called before a message's patterns run: their first compilation is for strings as wide as the message's. */
export function compileFor(...message: string[]): void {
  blank = message.some((part) => WIDE_CHARACTER.test(part)) ? WIDE_BLANK : NARROW_BLANK;
}

/**
 * A pattern, or a function that makes it (`() => /…/u`). V8 parses a pattern
 * when it makes it, not only when it first runs it, and parsing a long one,
 * or one with a `\p{…}` class (tens of microseconds each), costs the reader's
 * load milliseconds in all. So a pattern that most messages never run (one
 * behind hints, or in another language) is declared as a function: its
 * literal is parsed at the function's first call, by a read that needs it,
 * and later calls get a copy of it, made without parsing. Each call of a
 * literal's function gives a new object, with `lastIndex` 0: never loop
 * `exec` on one. (`builtOnce` keeps the one object it built.)
 */
export type Pattern<T extends RegExp = RegExp> = T | (() => T);

/**
 * A Pattern built from parts (`new RegExp(…)`), made at its first use and
 * kept, as a literal is in a function: the constructor would build its source
 * string again on every call.
 */
export function builtOnce<T extends RegExp>(build: () => T): () => T {
  let pattern: T | undefined;
  return () => (pattern ??= build());
}

/**
 * `pattern` (made, if it is a function), compiled straight to machine code if
 * this is its first use in the process. Wrap a long pattern where it is used:
 * `compiled(PATTERN).test(s)`.
 */
export function compiled<T extends RegExp>(made: Pattern<T>): T {
  const pattern = typeof made === 'function' ? made() : made;
  // `source` is the same string object on every use of one pattern, so the lookup hashes it once.
  const source = pattern.source;
  const flags = pattern.flags;
  let sources = compiledSources.get(flags);
  if (sources === undefined) compiledSources.set(flags, (sources = new Set()));
  if (sources.has(source)) return pattern;
  sources.add(source);
  const lastIndex = pattern.lastIndex;
  pattern.lastIndex = 0;
  pattern.exec(blank);
  pattern.lastIndex = lastIndex;
  return pattern;
}

/**
 * For tests: forget which patterns were compiled, so that each one's next use
 * is a first use again (test files share a process, and a test that watches
 * first uses must not depend on which file ran before it).
 */
export function forgetCompiled(): void {
  compiledSources.clear();
}
