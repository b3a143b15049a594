// Display width: how many terminal columns text takes, so that tables align
// and wrapped text fits whatever script a company or role is written in.
//
// Text that is all ASCII (every built-in message, most labels) is counted as
// before, one column a character, with no further work. Anything else is cut
// into graphemes (so a cut never falls inside one) and each grapheme is
// measured by fast-string-width, the library Inquirer's prompts measure with,
// so prompts and reports agree: East Asian wide and fullwidth characters and
// emoji (ZWJ sequences, flags, keycaps, skin tones) take 2 columns, combining
// marks and other zero-width characters none (one correction: see
// graphemeWidth).
import fastStringWidth from 'fast-string-width';

const ASCII = /^[\x00-\x7f]*$/;

/** What extends a grapheme (UAX #29 Extend and SpacingMark, much simplified), ZWJ aside. */
const EXTEND = String.raw`[\p{M}\u{200C}\u{1160}-\u{11FF}\u{D7B0}-\u{D7FF}\u{FE00}-\u{FE0F}\u{1F3FB}-\u{1F3FF}\u{E0020}-\u{E007F}\u{E0100}-\u{E01EF}]`;

const CONJOINING_JAMO = /[\u1160-\u11FF\uD7B0-\uD7FF]/g;

let clusterPattern: RegExp | undefined;

/**
 * One grapheme, as a terminal draws it in one place: a flag (two regional
 * indicators), or a code point with the marks, variation selectors, emoji
 * modifiers and tags, Hangul vowel and final jamo, and ZWJ-joined
 * pictographs that follow it. The rules of UAX #29 that matter for width,
 * without Intl.Segmenter, whose first use costs about 9 ms; made on first
 * use, so all-ASCII runs never pay for it.
 */
function cluster(): RegExp {
  return (clusterPattern ??= new RegExp(
    String.raw`\p{Regional_Indicator}{2}|\p{Extended_Pictographic}${EXTEND}*(?:\u{200D}\p{Extended_Pictographic}${EXTEND}*)*\u{200D}?|[^](?:${EXTEND}|\u{200D})*`,
    'gu',
  ));
}

/** Whether `text` is all ASCII: one column a character, measured as it always was. */
export function isAscii(text: string): boolean {
  return ASCII.test(text);
}

/** The graphemes of `text`, as the terminal groups them into cells. */
export function graphemes(text: string): string[] {
  if (ASCII.test(text)) return text.split('');
  return text.match(cluster()) ?? [];
}

/** The columns one grapheme takes. */
export function graphemeWidth(grapheme: string): number {
  const first = grapheme.codePointAt(0) ?? 0;
  if (grapheme.length === 1 && first < 0x7f) return first < 0x20 ? 0 : 1;
  // Hangul vowel and final jamo join the syllable their first jamo starts
  // (text decomposed as macOS file names are): the library would count each
  // as a wide letter of its own, so they are left out of the measure.
  return fastStringWidth(grapheme.replace(CONJOINING_JAMO, ''));
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
  return `${sliceColumns(text, width - 3)}...`;
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
export function outputColumns(
  stdout: { isTTY?: boolean; columns?: number },
  env: Readonly<Record<string, string | undefined>>,
): number | undefined {
  if (stdout.isTTY === true && stdout.columns !== undefined && stdout.columns > 0) return stdout.columns;
  const fromEnv = env.COLUMNS?.trim();
  if (fromEnv && /^[0-9]{1,5}$/.test(fromEnv)) {
    const n = Number(fromEnv);
    if (n > 0) return n;
  }
  return undefined;
}
