// Display width: how many terminal columns text takes, so that tables align
// and wrapped text fits whatever script a company or role is written in.
//
// Text that is all ASCII (every built-in message, most labels) is counted as
// before, one column a character, with no further work. Anything else is
// measured grapheme by grapheme, so a cut never falls inside one:
// - emoji shown as emoji (Emoji_Presentation, or a pictograph with VS16),
//   ZWJ sequences, keycaps and flags take 2 columns, as one grapheme;
// - East Asian wide and fullwidth characters (Han, Kana, Hangul, fullwidth
//   forms, CJK punctuation…) take 2;
// - combining marks, variation selectors, ZWJ and other format characters
//   take none (they belong to the grapheme before them), nor do Hangul
//   vowel and final jamo (they join the syllable's first);
// - everything else takes 1.
// The wide ranges follow fast-string-width (MIT), the measure Inquirer uses,
// so prompts and reports agree; the regular expressions are made on first
// use, so all-ASCII runs never pay for them.

// eslint-disable-next-line no-control-regex
const ASCII = /^[\x00-\x7f]*$/;

/** What extends a grapheme (UAX #29 Extend and SpacingMark, much simplified), ZWJ aside. */
const EXTEND = String.raw`[\p{M}\u{200C}\u{1160}-\u{11FF}\u{D7B0}-\u{D7FF}\u{FE00}-\u{FE0F}\u{1F3FB}-\u{1F3FF}\u{E0020}-\u{E007F}\u{E0100}-\u{E01EF}]`;

let patterns: { cluster: RegExp; emoji: RegExp; wideScript: RegExp; zero: RegExp } | undefined;

function tables() {
  return (patterns ??= {
    // One grapheme, as a terminal draws it in one place: a flag (two regional
    // indicators), or a code point with the marks, variation selectors, emoji
    // modifiers and tags, Hangul vowel and final jamo, and ZWJ-joined
    // pictographs that follow it. The rules of UAX #29 that matter for
    // width, without Intl.Segmenter, whose first use costs about 9 ms.
    cluster: new RegExp(
      String.raw`\p{Regional_Indicator}{2}|\p{Extended_Pictographic}${EXTEND}*(?:\u{200D}\p{Extended_Pictographic}${EXTEND}*)*\u{200D}?|[^](?:${EXTEND}|\u{200D})*`,
      'gu',
    ),
    // A grapheme shown as an emoji: presentation by default, VS16, a keycap, a ZWJ join or a flag.
    emoji: /\p{Emoji_Presentation}|\p{Extended_Pictographic}\u{FE0F}|\u{FE0F}\u{20E3}|\p{Extended_Pictographic}\u{200D}|\p{Regional_Indicator}/u,
    // Scripts whose letters are wide (halfwidth Katakana and Hangul excepted below).
    wideScript: /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Tangut}]/u,
    // A grapheme that takes no column of its own: a lone mark or format character.
    zero: /^[\p{M}\p{Cf}\p{Cc}\u{FE00}-\u{FE0F}\u{E0100}-\u{E01EF}]/u,
  });
}

/** Wide or fullwidth code points outside the wide scripts (after fast-string-width). */
function isWideCodePoint(x: number): boolean {
  return (
    x === 0x3000 ||
    (x >= 0xff01 && x <= 0xff60) ||
    (x >= 0xffe0 && x <= 0xffe6) ||
    (x >= 0x1100 && x <= 0x115f) ||
    x === 0x231b ||
    x === 0x2329 ||
    x === 0x232a ||
    (x >= 0x2e80 && x <= 0x2eff) ||
    (x >= 0x2f00 && x <= 0x2fdf) ||
    (x >= 0x2ff0 && x <= 0x2fff) ||
    (x >= 0x3001 && x <= 0x303e) ||
    (x >= 0x3099 && x <= 0x30ff) ||
    (x >= 0x3105 && x <= 0x312f) ||
    (x >= 0x3131 && x <= 0x318e) ||
    (x >= 0x3190 && x <= 0x31e3) ||
    (x >= 0x31ef && x <= 0x321e) ||
    (x >= 0x3220 && x <= 0x3247) ||
    (x >= 0x3250 && x <= 0x4dbf) ||
    (x >= 0xa960 && x <= 0xa97f) ||
    (x >= 0xac00 && x <= 0xd7a3) ||
    (x >= 0xf900 && x <= 0xfaff) ||
    (x >= 0xfe10 && x <= 0xfe19) ||
    (x >= 0xfe30 && x <= 0xfe52) ||
    (x >= 0xfe54 && x <= 0xfe66) ||
    (x >= 0xfe68 && x <= 0xfe6b) ||
    (x >= 0x1f200 && x <= 0x1f202) ||
    (x >= 0x1f210 && x <= 0x1f23b) ||
    (x >= 0x1f240 && x <= 0x1f248) ||
    (x >= 0x20000 && x <= 0x2fffd) ||
    (x >= 0x30000 && x <= 0x3fffd)
  );
}

/** Whether `text` is all ASCII: one column a character, measured as it always was. */
export function isAscii(text: string): boolean {
  return ASCII.test(text);
}

/** The graphemes of `text`, as the terminal groups them into cells. */
export function graphemes(text: string): string[] {
  if (ASCII.test(text)) return text.split('');
  return text.match(tables().cluster) ?? [];
}

/** The columns one grapheme takes. */
export function graphemeWidth(grapheme: string): number {
  const first = grapheme.codePointAt(0) ?? 0;
  if (grapheme.length === 1 && first < 0x7f) return first < 0x20 ? 0 : 1;
  const t = tables();
  // One emoji, however many code points (a ZWJ sequence, a flag, a keycap, a skin tone).
  if (t.emoji.test(grapheme)) return 2;
  // Otherwise what its letters take: one base, or several in an Indic conjunct;
  // marks, joiners and variation selectors take nothing.
  let width = 0;
  for (const char of grapheme) {
    const x = char.codePointAt(0)!;
    if (x < 0x7f) width += x < 0x20 ? 0 : 1;
    else if (t.zero.test(char) || (x >= 0x1160 && x <= 0x11ff) || (x >= 0xd7b0 && x <= 0xd7ff)) width += 0;
    else if (x >= 0xff61 && x <= 0xffdc) width += 1; // halfwidth Katakana and Hangul
    else width += isWideCodePoint(x) || t.wideScript.test(char) ? 2 : 1;
  }
  return width;
}

/** The columns `text` takes on a terminal (no escape codes expected: measure before painting). */
export function displayWidth(text: string): number {
  if (ASCII.test(text)) return text.length;
  let width = 0;
  for (const g of graphemes(text)) width += graphemeWidth(g);
  return width;
}

/** `text` padded with spaces on the right to `width` columns. */
export function padEnd(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

/** `text` padded with spaces on the left to `width` columns. */
export function padStart(text: string, width: number): string {
  return ' '.repeat(Math.max(0, width - displayWidth(text))) + text;
}

/**
 * The longest start of `text` that fits in `width` columns, never cut
 * inside a grapheme.
 */
export function sliceColumns(text: string, width: number): string {
  if (ASCII.test(text)) return text.slice(0, Math.max(0, width));
  let used = 0;
  let out = '';
  for (const g of graphemes(text)) {
    const w = graphemeWidth(g);
    if (used + w > width) break;
    used += w;
    out += g;
  }
  return out;
}

/** `text` cut to `width` columns, the cut marked with "..." (whole graphemes only). */
export function truncate(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  if (width <= 3) return '.'.repeat(Math.max(0, width));
  return sliceColumns(text, width - 3) + '...';
}

/**
 * Splits `text` into pieces of at most `width` columns, between graphemes:
 * for a word longer than a line (CJK text has no spaces to wrap at).
 */
export function splitColumns(text: string, width: number): string[] {
  const pieces: string[] = [];
  let piece = '';
  let used = 0;
  for (const g of graphemes(text)) {
    const w = graphemeWidth(g);
    if (used + w > width && piece !== '') {
      pieces.push(piece);
      piece = '';
      used = 0;
    }
    piece += g;
    used += w;
  }
  if (piece !== '') pieces.push(piece);
  return pieces;
}

/**
 * Narrows columns, widest first, until they add up to `budget` or all are at
 * `min`. Used to make table labels shrink to fit the width.
 */
export function shrinkToFit(widths: number[], budget: number, min: number): number[] {
  const out = [...widths];
  let total = out.reduce((a, b) => a + b, 0);
  while (total > budget) {
    let widest = -1;
    for (let i = 0; i < out.length; i++) if (out[i]! > min && (widest < 0 || out[i]! > out[widest]!)) widest = i;
    if (widest < 0) break;
    out[widest]!--;
    total--;
  }
  return out;
}

/**
 * The width output may take: the terminal's columns on a terminal, else
 * `COLUMNS` when it is a positive whole number, else undefined (the caller's
 * default: 80 for the report, no limit for tables).
 */
export function outputColumns(stdout: { isTTY?: boolean; columns?: number }, env: Readonly<Record<string, string | undefined>>): number | undefined {
  if (stdout.isTTY === true && stdout.columns !== undefined && stdout.columns > 0) return stdout.columns;
  const fromEnv = env.COLUMNS?.trim();
  if (fromEnv && /^[0-9]{1,5}$/.test(fromEnv)) {
    const n = Number(fromEnv);
    if (n > 0) return n;
  }
  return undefined;
}
