// Reads opportunities from a JSON array, NDJSON or CSV stream, one record at
// a time, so a file of any size is read in constant memory. A record that
// cannot be parsed comes out as an error item with its place, and reading
// goes on with the next one.
//
// A record longer than MAX_RECORD_CHARS is reported the same way and
// skipped. The scanners never hold more of a record than that: past it they
// keep only what finding the record's end needs (nesting, quoting, line
// count), so a 100 MB line costs one pass over its text, like 100 MB of
// ordinary records, and memory stays bounded.

import { StringDecoder } from 'node:string_decoder';
import { Readable } from 'node:stream';
import { matchColumn, RECORD_FORMATS, type RecordFormat } from '../core/records.js';

export { RECORD_FORMATS, type RecordFormat };

/** The longest record read, in characters: 1 MB (1,048,576 characters). A longer one is reported and skipped. */
export const MAX_RECORD_CHARS = 1024 * 1024;

export interface RecordItem {
  /** 1-based position among the records. */
  index: number;
  /** 1-based line the record starts on (CSV: ends on, as the parser reports it). */
  line: number;
  value?: unknown;
  error?: string;
}

export type Separator = ',' | ';' | '\t';

/** A CSV file's header row, as found. */
export interface CsvHeader {
  /** The column names, trimmed, as written. */
  names: string[];
  /** The separator the header row uses (a comma when it shows none). */
  separator: Separator;
  /** The separator the file's name asks for (a tab for .tsv), if any. */
  expected?: Separator;
  /** When the header holds no comma, semicolon or tab: the character it seems to use instead ("|", " "), if any. */
  seemsToUse?: string;
}

export interface ReadOptions {
  /** The longest record read, in characters; MAX_RECORD_CHARS unless set (tests set less). */
  maxRecordChars?: number;
  /** The separator the file's name asks for (separatorFromName). The header row decides all the same. */
  expectedSeparator?: Separator;
  /** Called with a CSV file's header row, before its first record. */
  onHeader?: (header: CsvHeader) => void;
  /** Counts what was skipped: blank rows and whitespace-only lines (added to as they are read). */
  stats?: { blank: number };
}

/** The separator a file name asks for: a tab for .tsv. */
export function separatorFromName(name: string): Separator | undefined {
  return /\.tsv$/i.test(name) ? '\t' : undefined;
}

/** A separator in words, for messages. */
export function describeSeparator(separator: string | undefined): string {
  if (separator === ',') return 'commas (,)';
  if (separator === ';') return 'semicolons (;)';
  if (separator === '\t') return 'tabs';
  if (separator === ' ') return 'spaces';
  if (separator === undefined) return 'no separator at all';
  return `"${separator}"`;
}

/** The format a file name suggests, if any. */
export function formatFromName(name: string): RecordFormat | undefined {
  if (/\.json$/i.test(name)) return 'json';
  if (/\.(ndjson|jsonl)$/i.test(name)) return 'ndjson';
  if (/\.(csv|tsv)$/i.test(name)) return 'csv';
  return undefined;
}

/** The error for a record over the limit. */
export function tooLongMessage(limit: number): string {
  const chars = `${limit.toLocaleString('en-US')} characters`;
  return `too long: a record may hold at most ${limit === MAX_RECORD_CHARS ? `1 MB (${chars})` : chars}; skipped`;
}

async function* text(source: AsyncIterable<string | Buffer>): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8');
  let first = true;
  for await (const chunk of source) {
    let piece = typeof chunk === 'string' ? chunk : decoder.write(chunk);
    if (first && piece.length > 0) {
      piece = piece.replace(/^\uFEFF/, '');
      first = false;
    }
    if (piece) yield piece;
  }
  const rest = decoder.end();
  if (rest) yield rest;
}

/** True for the characters /\s/ matches, by code (called once a character). */
function isSpace(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  if (code < 160) return false;
  return (
    code === 160 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** White space or a separator of any kind: a row of nothing else is blank (",,,," at the end of an export). */
function isBlankChar(code: number): boolean {
  return code === 44 /* , */ || code === 59 /* ; */ || isSpace(code);
}

/**
 * Records from `source`. Without a format, the first character decides: "["
 * is a JSON array, "{" is NDJSON, anything else is CSV.
 */
export async function* readRecords(
  source: AsyncIterable<string | Buffer>,
  format?: RecordFormat,
  options: ReadOptions = {},
): AsyncGenerator<RecordItem> {
  const limit = options.maxRecordChars ?? MAX_RECORD_CHARS;
  const chunks = text(source)[Symbol.asyncIterator]();
  // The white space before the first character, kept to be read again once
  // the format is known. Past the limit only its line breaks matter (they
  // number the lines): they are counted, not kept.
  const seen: string[] = [];
  let seenChars = 0;
  let overflow = false;
  let extraBreaks = 0;
  let crlf = false;
  let chosen = format;
  while (!chosen) {
    const next = await chunks.next();
    if (next.done) break;
    const piece = next.value;
    const at = piece.search(/\S/);
    if (at >= 0) chosen = piece[at] === '[' ? 'json' : piece[at] === '{' ? 'ndjson' : 'csv';
    if (at < 0 && seenChars + piece.length > limit) overflow = true;
    if (at >= 0 || !overflow) {
      seen.push(piece);
      seenChars += piece.length;
    } else {
      for (let i = piece.indexOf('\n'); i >= 0; i = piece.indexOf('\n', i + 1)) extraBreaks++;
      if (piece.includes('\r')) crlf = true;
    }
  }
  if (!chosen) return; // empty input: no records
  const all = (async function* () {
    // The counted line breaks go before the piece that held the first
    // character (the last one seen), in bounded pieces.
    const last = seen.length > 0 && format === undefined ? seen.pop()! : undefined;
    yield* seen;
    for (let n = extraBreaks; n > 0; n -= 65536) yield (crlf ? '\r\n' : '\n').repeat(Math.min(n, 65536));
    if (last !== undefined) yield last;
    for (let next = await chunks.next(); !next.done; next = await chunks.next()) yield next.value;
  })();
  if (chosen === 'ndjson') yield* ndjson(all, limit, options.stats);
  else if (chosen === 'json') yield* jsonArray(all, limit);
  else yield* csv(all, limit, options);
}

function parseJson(text: string, index: number, line: number): RecordItem {
  try {
    return { index, line, value: JSON.parse(text) };
  } catch (error) {
    return { index, line, error: `not valid JSON (${(error as Error).message})` };
  }
}

/**
 * One record a line. A line is found with indexOf and kept as the pieces
 * it arrived in, joined once at its end; a line past the limit is dropped
 * as it grows and its end looked for without keeping it.
 */
async function* ndjson(source: AsyncIterable<string>, limit: number, stats?: { blank: number }): AsyncGenerator<RecordItem> {
  let parts: string[] = [];
  let size = 0;
  let skipping = false;
  /** Whether the line being skipped has anything but white space (a blank line is no record). */
  let skippedText = false;
  let line = 0;
  let index = 0;
  const hasText = (s: string) => /\S/.test(s);
  const finish = (last: string): RecordItem | undefined => {
    line++;
    if (skipping) {
      const wasText = skippedText || hasText(last);
      skipping = false;
      skippedText = false;
      if (!wasText && stats) stats.blank++;
      return wasText ? { index: ++index, line, error: tooLongMessage(limit) } : undefined;
    }
    let text = parts.length > 0 ? parts.join('') + last : last;
    parts = [];
    size = 0;
    if (text.endsWith('\r')) text = text.slice(0, -1);
    if (!hasText(text)) {
      if (stats) stats.blank++;
      return undefined;
    }
    if (text.length > limit) return { index: ++index, line, error: tooLongMessage(limit) };
    return parseJson(text, ++index, line);
  };
  const add = (piece: string) => {
    if (skipping) {
      if (!skippedText && hasText(piece)) skippedText = true;
      return;
    }
    parts.push(piece);
    size += piece.length;
    if (size > limit + 1 /* room for a "\r" */) {
      skippedText = parts.some(hasText);
      skipping = true;
      parts = [];
      size = 0;
    }
  };
  for await (const piece of source) {
    let start = 0;
    for (let nl = piece.indexOf('\n'); nl !== -1; nl = piece.indexOf('\n', start)) {
      const item = finish(piece.slice(start, nl));
      if (item) yield item;
      start = nl + 1;
    }
    if (start < piece.length) add(start === 0 ? piece : piece.slice(start));
  }
  if (parts.length > 0 || skipping) {
    const item = finish('');
    if (item) yield item;
  }
}

enum Char {
  LineFeed = 10,
  CarriageReturn = 13,
  Quote = 34,
  Comma = 44,
  OpenBracket = 91,
  Backslash = 92,
  CloseBracket = 93,
  OpenBrace = 123,
  CloseBrace = 125,
}

/**
 * Splits a top-level JSON array into its elements without parsing the whole
 * document: a small scanner tracks strings and nesting, and each element is
 * parsed on its own, so one broken element does not spoil the rest. An
 * element is kept as slices of the pieces it arrived in; past the limit the
 * slices are dropped and only the scanner's state goes on.
 */
async function* jsonArray(source: AsyncIterable<string>, limit: number): AsyncGenerator<RecordItem> {
  let line = 1;
  let place: 'before' | 'inside' | 'after' = 'before';
  let depth = 0;
  let inString = false;
  let escaped = false;
  // The element being read: its text so far (from its first character), unless it is being skipped.
  let parts: string[] = [];
  let size = 0;
  let started = false;
  let skipping = false;
  let startLine = 0;
  let index = 0;
  for await (const piece of source) {
    // Where the element's text in this piece starts (-1: none to keep).
    let from = started && !skipping ? 0 : -1;
    // The next quote, backslash and line feed at or after i (piece.length: none), to cross strings by indexOf.
    let nextQuote = -1;
    let nextBackslash = -1;
    let nextLineFeed = -1;
    const after = (c: string, i: number) => {
      const at = piece.indexOf(c, i);
      return at < 0 ? piece.length : at;
    };
    for (let i = 0; i < piece.length; i++) {
      if (inString && !escaped) {
        // Jump to the next character that can end the string or escape one, counting the lines crossed.
        if (nextQuote < i) nextQuote = after('"', i);
        if (nextBackslash < i) nextBackslash = after('\\', i);
        const to = Math.min(nextQuote, nextBackslash);
        if (nextLineFeed < i) nextLineFeed = after('\n', i);
        while (nextLineFeed < to) {
          line++;
          nextLineFeed = after('\n', nextLineFeed + 1);
        }
        if (to === piece.length) break;
        i = to;
        if (piece.charCodeAt(i) === Char.Quote) inString = false;
        else escaped = true;
        continue;
      }
      const code = piece.charCodeAt(i);
      if (code === Char.LineFeed) line++;
      if (place !== 'inside') {
        if (isSpace(code)) continue;
        if (place === 'before' && code === Char.OpenBracket) {
          place = 'inside';
          continue;
        }
        yield place === 'before'
          ? { index: 1, line, error: 'not a JSON array: it should start with "["' }
          : { index: index + 1, line, error: 'text after the end of the array' };
        return;
      }
      if (inString) {
        escaped = false; // the character after a backslash, whatever it is
        continue;
      }
      if (depth === 0 && (code === Char.Comma || code === Char.CloseBracket)) {
        if (code === Char.CloseBracket && !started && index === 0) {
          place = 'after'; // "[]"
          continue;
        }
        index++;
        const total = size + (from >= 0 ? i - from : 0);
        if (!started) yield { index, line, error: 'an empty element (two commas in a row, or one before "]")' };
        else if (skipping || total > limit) yield { index, line: startLine, error: tooLongMessage(limit) };
        else yield parseJson((parts.join('') + piece.slice(from, i)).trim(), index, startLine);
        parts = [];
        size = 0;
        started = false;
        skipping = false;
        from = -1;
        if (code === Char.CloseBracket) place = 'after';
        continue;
      }
      if (!started && !isSpace(code)) {
        started = true;
        startLine = line;
        from = i;
      }
      if (code === Char.Quote) inString = true;
      else if (code === Char.OpenBrace || code === Char.OpenBracket) depth++;
      else if (code === Char.CloseBrace || code === Char.CloseBracket) depth--;
    }
    if (from >= 0) {
      if (size + piece.length - from > limit) {
        skipping = true;
        parts = [];
        size = 0;
      } else {
        const rest = piece.slice(from);
        parts.push(rest);
        size += rest.length;
      }
    }
  }
  if (place === 'inside') {
    index++;
    yield { index, line, error: 'the file ends before the array is closed with "]"' };
  }
}

/**
 * "mass-pitch", "mass_pitch", "Mass Pitch" and "massPitch" all name
 * massPitch; a name that is no known field comes back trimmed. (The reader
 * itself keeps headers as written: core/records.ts matches them, so that two
 * headers for one field can be told apart and named.)
 */
export function normaliseHeader(header: string): string {
  const match = matchColumn(header);
  return 'known' in match ? match.known : header.trim();
}

/** What the CSV bounder found out of band. */
interface CsvBounds {
  /** The header row was over the limit: nothing was passed on. */
  headerTooLong: boolean;
  /** Blank rows (only white space and separators) and empty lines left out. */
  blank: number;
}

/**
 * Passes CSV text on a whole record at a time, replacing a record longer
 * than the limit by a short stand-in: one field per column, each the
 * `marker` followed by how many line breaks the record held (so that line
 * numbers after it can be put right). Record ends are found as csv-parse
 * finds them with the options used below (quote and escape `"`, delimiter
 * ",", the record delimiter the first line break outside quotes sets, a
 * quote opening a field only at its start), so the parser sees the same
 * records but never one over the limit.
 *
 * csv-parse's own max_record_size cannot do this: with
 * skip_records_with_error it stops parsing the chunk it is in and never
 * resets the field, so everything after the long record is lost.
 */
async function* boundCsv(
  source: AsyncIterable<string>,
  limit: number,
  marker: string,
  bounds: CsvBounds,
  separator: Separator = ',',
): AsyncGenerator<string> {
  const sep = separator.charCodeAt(0);
  // The scanner's state between pieces. scan() works on local copies (a
  // closure's variables cost more to reach), saved back when it returns.
  let quoting = false;
  let escaping = false;
  let fieldEmpty = true; // whether csv-parse's field buffer is empty: a quote opens a quoted field only then
  let recordDelimiter = ''; // "" until the first line break outside quotes sets it
  let recordChars = 0;
  let recordBreaks = 0;
  let endsInBreak = false; // the record's last character so far is a line break
  let recordHasText = false;
  let recordBlank = true; // nothing but white space and separators so far: a blank row, dropped (its line break kept)
  let headerFields = 0; // 0 until the header row has ended
  let fieldsSoFar = 1;
  let skipping = false;
  let kept: string[] = []; // the current record's text from earlier pieces
  let carry = '';
  /** Where the last scan stopped: the characters from there on wait for the next piece. */
  let stop = 0;

  // The marker in the first field only (the reader looks no further), the
  // others empty: never longer than the header row, however wide it is.
  const standIn = (breaks: number) => `"${marker}${breaks}"${separator.repeat(Math.max(headerFields, 1) - 1)}`;

  /**
   * Processes buf; returns what to pass on. Unless `final`, it stops at a
   * quote or "\r" among the last two characters, which need to see what
   * follows (an escaped quote, a "\r\n"); with `final`, nothing follows.
   */
  const scan = (buf: string, final: boolean): string[] => {
    const out: string[] = [];
    const length = buf.length;
    let from = 0; // start of what is not yet passed on (or kept) in buf
    let recordStart = 0; // start of the current record in buf (0: it began in an earlier piece)
    let q = quoting;
    let esc = escaping;
    let empty = fieldEmpty;
    let delimiter = recordDelimiter;
    let chars = recordChars;
    let breaks = recordBreaks;
    let lastBreak = endsInBreak;
    let hasText = recordHasText;
    let blank = recordBlank;
    let fields = fieldsSoFar;
    let skip = skipping;
    const end = length;
    const lookahead = final ? end : end - 2;
    let i = 0;
    /** The length of the record delimiter at `at` (discovering it if need be), or 0. */
    const delimiterAt = (at: number): number => {
      const c = buf.charCodeAt(at);
      if (c !== Char.LineFeed && c !== Char.CarriageReturn) return 0;
      if (delimiter === '') delimiter = c === Char.LineFeed ? '\n' : buf.charCodeAt(at + 1) === Char.LineFeed ? '\r\n' : '\r';
      if (delimiter.length === 1) return delimiter.charCodeAt(0) === c ? 1 : 0;
      return c === Char.CarriageReturn && buf.charCodeAt(at + 1) === Char.LineFeed ? 2 : 0;
    };
    for (; i < end; i++) {
      const code = buf.charCodeAt(i);
      if (code > Char.Comma && code !== sep && !esc) {
        // The common case: no quote, separator or line break, so plain text.
        empty = false;
        lastBreak = false;
        if (blank && !isBlankChar(code)) blank = false;
      } else {
        if (blank && !isBlankChar(code)) blank = false;
        if (i >= lookahead && !esc && (code === Char.Quote || code === Char.CarriageReturn)) break;
        let append = true;
        if (esc) {
          esc = false;
        } else {
          if (code === Char.Quote) {
            if (q) {
              const next = i + 1 < length ? buf.charCodeAt(i + 1) : NaN;
              if (next === Char.Quote) {
                esc = true; // "" inside quotes: the next quote is text
                append = false;
              } else {
                q = false;
                if (Number.isNaN(next) || next === sep || delimiterAt(i + 1) !== 0) append = false;
                else empty = false; // relax_quotes: the quotes are kept as text
              }
            } else if (empty) {
              q = true;
              append = false;
            }
          }
          if (append && !q) {
            const size = code === Char.LineFeed || code === Char.CarriageReturn ? delimiterAt(i) : 0;
            if (size !== 0) {
              // The record ends here.
              const after = i + size;
              if (skip) {
                out.push(standIn(breaks) + buf.slice(i, after));
                from = after;
              } else if (blank) {
                // A blank row: only its line break goes on (csv-parse skips the empty line, and counts it).
                bounds.blank++;
                out.push(buf.slice(from, recordStart));
                kept = [];
                from = i;
              } else {
                if (hasText && headerFields === 0) headerFields = fields;
                if (kept.length > 0) {
                  out.push(kept.join(''));
                  kept = [];
                }
              }
              skip = false;
              recordStart = after;
              chars = 0;
              breaks = 0;
              lastBreak = false;
              hasText = false;
              blank = true;
              empty = true;
              fields = 1;
              i = after - 1;
              continue;
            }
            if (code === sep) {
              empty = true;
              fields++;
              append = false;
            }
          }
        }
        if (append) empty = false;
        lastBreak = code === Char.LineFeed || code === Char.CarriageReturn;
        if (lastBreak) breaks++;
      }
      hasText = true;
      if (++chars > limit && !skip) {
        if (headerFields === 0) {
          bounds.headerTooLong = true;
          return [];
        }
        skip = true;
        kept = [];
        out.push(buf.slice(from, recordStart));
      }
    }
    stop = i;
    if (!skip) {
      out.push(buf.slice(from, recordStart));
      if (recordStart < stop) kept.push(buf.slice(recordStart, stop));
    }
    quoting = q;
    escaping = esc;
    fieldEmpty = empty;
    recordDelimiter = delimiter;
    recordChars = chars;
    recordBreaks = breaks;
    endsInBreak = lastBreak;
    recordHasText = hasText;
    recordBlank = blank;
    fieldsSoFar = fields;
    skipping = skip;
    return out;
  };
  for await (const piece of source) {
    const buf = carry === '' ? piece : carry + piece;
    const parts = scan(buf, false);
    carry = stop < buf.length ? buf.slice(stop) : '';
    for (const part of parts) if (part) yield part;
    if (bounds.headerTooLong) return;
  }
  for (const part of scan(carry, true)) if (part) yield part;
  if (bounds.headerTooLong) return;
  if (skipping) {
    // At the end of the input csv-parse numbers the last record before counting a line break that ends it.
    yield standIn(endsInBreak ? recordBreaks - 1 : recordBreaks);
  } else if (kept.length > 0) {
    if (recordBlank) bounds.blank++;
    else yield kept.join('');
  }
}

/**
 * The header row's separator: the one of comma, semicolon and tab it holds
 * most often outside quotes (a comma when it holds none, or on a tie), and
 * when it holds none, the character it seems to use instead.
 */
export function detectSeparator(header: string): { separator: Separator; seemsToUse?: string } {
  const counts = { ',': 0, ';': 0, '\t': 0 } as Record<Separator, number>;
  let quoted = false;
  for (const c of header) {
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === ',' || c === ';' || c === '\t')) counts[c]++;
  }
  const separator = ([',', ';', '\t'] as const).reduce((a, b) => (counts[b] > counts[a] ? b : a));
  if (counts[separator] > 0) return { separator };
  // None: the commonest character that is not part of a name.
  const others = new Map<string, number>();
  for (const c of header.trim().replace(/"[^"]*"/g, '')) {
    if (/[\p{L}\p{N}_"'-]/u.test(c)) continue;
    others.set(c, (others.get(c) ?? 0) + 1);
  }
  let seemsToUse: string | undefined;
  let most = 0;
  for (const [c, n] of others) {
    if (n > most || (n === most && c !== ' ' && seemsToUse === ' ')) {
      seemsToUse = c;
      most = n;
    }
  }
  return seemsToUse === undefined ? { separator } : { separator, seemsToUse };
}

/** Excel's first line naming the separator: `sep=;`, `sep=,` or `sep=` and a tab. */
const SEP_LINE = /^\s*"?sep=([,;\t])"?[,;\t]*\s*$/i;

/**
 * The input's first line with something in it (bounded by the limit), and
 * the input again from its start.
 */
async function peekHeader(
  source: AsyncIterable<string>,
  limit: number,
): Promise<{ header: string; all: AsyncIterable<string>; declared?: Separator; linesLeftOut: number }> {
  const it = source[Symbol.asyncIterator]();
  let buffer = '';
  let header: string | undefined;
  let declared: Separator | undefined;
  /** Where the records start in `buffer`: after an Excel `sep=` line. */
  let start = 0;
  let done = false;
  while (header === undefined) {
    const next = await it.next();
    if (next.done) done = true;
    else buffer += next.value;
    let from = 0;
    for (;;) {
      const at = buffer.slice(from).search(/[\r\n]/);
      const line =
        at < 0 ? (done || buffer.length - from > limit ? buffer.slice(from, from + limit) : undefined) : buffer.slice(from, from + at);
      if (line === undefined) break;
      const directive = declared === undefined && at >= 0 ? SEP_LINE.exec(line) : null;
      // A "\r" last in what has come so far may yet be the start of "\r\n".
      if (directive && !done && from + at + 1 === buffer.length && buffer[from + at] === '\r') break;
      if (directive) {
        // Excel's "sep=;" first line: it names the separator and is no record.
        declared = directive[1] as Separator;
        from += at + (buffer[from + at] === '\r' && buffer[from + at + 1] === '\n' ? 2 : 1);
        start = from;
        continue;
      }
      if (/[^\s,;]/.test(line) || at < 0) {
        header = line;
        break;
      }
      from += at + 1;
    }
  }
  const rest = buffer.slice(start);
  const linesLeftOut = buffer.slice(0, start).match(/\r\n|\r|\n/g)?.length ?? 0;
  const all = (async function* () {
    if (rest) yield rest;
    if (done) return;
    for (let next = await it.next(); !next.done; next = await it.next()) yield next.value;
  })();
  return declared === undefined ? { header, all, linesLeftOut } : { header, all, declared, linesLeftOut };
}

async function* csv(source: AsyncIterable<string>, limit: number, options: ReadOptions = {}): AsyncGenerator<RecordItem> {
  const { parse } = await import('csv-parse');
  const { header, all, declared, linesLeftOut } = await peekHeader(source, limit);
  const { separator, seemsToUse } = declared === undefined ? detectSeparator(header) : { separator: declared, seemsToUse: undefined };
  const parser = parse({
    delimiter: separator,
    columns: (headers: string[]) => {
      const names = headers.map((h) => h.trim());
      const found: CsvHeader = { names, separator };
      if (options.expectedSeparator) found.expected = options.expectedSeparator;
      if (seemsToUse !== undefined) found.seemsToUse = seemsToUse;
      options.onHeader?.(found);
      // Kept as written: core/records.ts matches them (and passes over a nameless column).
      return names;
    },
    info: true,
    skip_records_with_error: true,
    // A stray quote inside a field is kept as text rather than derailing
    // the parser for the rows after it.
    relax_quotes: true,
    skip_empty_lines: true,
    // A row that stops early (exports drop trailing empty cells) has its missing cells blank.
    relax_column_count_less: true,
    // No trim here: with it, a stray quote derails the rows after it; cells are trimmed in core/records.ts.
  });
  // Records the parser could not read, in order, to be merged with the good ones by line.
  const skipped: Array<{ line: number; error: string }> = [];
  parser.on('skip', (error: Error & { lines?: number }) => {
    skipped.push({ line: error.lines ?? 0, error: error.message.replace(/\s+/g, ' ') });
  });
  // Stands in for a record over the limit; the NUL and the random part keep it from meaning anything in a real file.
  const marker = `\u0000should-i-interview-too-long-${Math.random().toString(36).slice(2)}:`;
  const bounds: CsvBounds = { headerTooLong: false, blank: 0 };
  const input = Readable.from(boundCsv(all, limit, marker, bounds, separator));
  // pipe() does not pass errors on: a read error (a missing file) must end the parse with it.
  input.on('error', (error) => parser.destroy(error));
  input.pipe(parser);
  let index = 0;
  // Line breaks inside the records that were left out: the parser's line numbers after them are short by this many.
  let offset = linesLeftOut;
  const atLine = (line: number) => line + offset;
  const fixLines = (message: string) =>
    message.replace(/\b(on|at) line (\d+)/g, (_, word: string, n: string) => `${word} line ${atLine(Number(n))}`);
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: Record<string, string>; info: { lines: number } }>) {
      while (skipped.length > 0 && skipped[0]!.line <= info.lines) {
        const bad = skipped.shift()!;
        yield { index: ++index, line: atLine(bad.line), error: fixLines(bad.error) };
      }
      let first: unknown;
      for (const key in record) {
        first = record[key];
        break;
      }
      if (typeof first === 'string' && first.startsWith(marker)) {
        const breaks = Number(first.slice(marker.length));
        yield { index: ++index, line: atLine(info.lines) + breaks, error: tooLongMessage(limit) };
        offset += breaks;
        continue;
      }
      yield { index: ++index, line: atLine(info.lines), value: record };
    }
    for (const bad of skipped) yield { index: ++index, line: atLine(bad.line), error: fixLines(bad.error) };
  } finally {
    // Read to the end, or left early (the caller stopped): either way, let go of the input.
    if (options.stats) options.stats.blank += bounds.blank;
    input.destroy();
  }
  if (bounds.headerTooLong)
    yield { index: 1, line: 1, error: `the header row is ${tooLongMessage(limit).replace(/; skipped$/, '')}, so no record could be read` };
}
