// Reads opportunities from a JSON array, NDJSON or CSV stream, one record at
// a time, so a file of any size is read in constant memory. A record that
// cannot be parsed comes out as an error item with its place, and reading
// goes on with the next one.

import { StringDecoder } from 'node:string_decoder';
import { Readable } from 'node:stream';

export const RECORD_FORMATS = ['json', 'ndjson', 'csv'] as const;
export type RecordFormat = (typeof RECORD_FORMATS)[number];

export interface RecordItem {
  /** 1-based position among the records. */
  index: number;
  /** 1-based line the record starts on (CSV: ends on, as the parser reports it). */
  line: number;
  value?: unknown;
  error?: string;
}

/** The format a file name suggests, if any. */
export function formatFromName(name: string): RecordFormat | undefined {
  if (/\.json$/i.test(name)) return 'json';
  if (/\.(ndjson|jsonl)$/i.test(name)) return 'ndjson';
  if (/\.csv$/i.test(name)) return 'csv';
  return undefined;
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

/**
 * Records from `source`. Without a format, the first character decides: "["
 * is a JSON array, "{" is NDJSON, anything else is CSV.
 */
export async function* readRecords(source: AsyncIterable<string | Buffer>, format?: RecordFormat): AsyncGenerator<RecordItem> {
  const chunks = text(source)[Symbol.asyncIterator]();
  const seen: string[] = [];
  let chosen = format;
  while (!chosen) {
    const next = await chunks.next();
    if (next.done) break;
    seen.push(next.value);
    const start = seen.join('').trimStart();
    if (start) chosen = start[0] === '[' ? 'json' : start[0] === '{' ? 'ndjson' : 'csv';
  }
  if (!chosen) return; // empty input: no records
  const all = (async function* () {
    yield* seen;
    for (let next = await chunks.next(); !next.done; next = await chunks.next()) yield next.value;
  })();
  if (chosen === 'ndjson') yield* ndjson(all);
  else if (chosen === 'json') yield* jsonArray(all);
  else yield* csv(all);
}

function parseJson(text: string, index: number, line: number): RecordItem {
  try {
    return { index, line, value: JSON.parse(text) };
  } catch (error) {
    return { index, line, error: `not valid JSON (${(error as Error).message})` };
  }
}

async function* ndjson(source: AsyncIterable<string>): AsyncGenerator<RecordItem> {
  let carry = '';
  let line = 0;
  let index = 0;
  const take = function* (raw: string): Generator<RecordItem> {
    line++;
    const text = raw.replace(/\r$/, '');
    if (text.trim() === '') return;
    yield parseJson(text, ++index, line);
  };
  for await (const piece of source) {
    const parts = (carry + piece).split('\n');
    carry = parts.pop()!;
    for (const part of parts) yield* take(part);
  }
  if (carry !== '') yield* take(carry);
}

/**
 * Splits a top-level JSON array into its elements without parsing the whole
 * document: a small scanner tracks strings and nesting, and each element is
 * parsed on its own, so one broken element does not spoil the rest.
 */
async function* jsonArray(source: AsyncIterable<string>): AsyncGenerator<RecordItem> {
  let line = 1;
  let opened = false;
  let closed = false;
  let depth = 0;
  let inString = false;
  let escaped = false;
  let current = '';
  let startLine = 0;
  let index = 0;
  const emit = (): RecordItem | undefined => {
    const textOf = current.trim();
    current = '';
    index++;
    if (textOf === '') return { index, line: startLine || line, error: 'an empty element (two commas in a row, or one before "]")' };
    return parseJson(textOf, index, startLine);
  };
  for await (const piece of source) {
    for (let i = 0; i < piece.length; i++) {
      const c = piece[i]!;
      if (closed) {
        if (c === '\n') line++;
        else if (!/\s/.test(c)) {
          yield { index: index + 1, line, error: 'text after the end of the array' };
          return;
        }
        continue;
      }
      if (!opened) {
        if (c === '\n') line++;
        else if (c === '[') opened = true;
        else if (!/\s/.test(c)) {
          yield { index: 1, line, error: 'not a JSON array: it should start with "["' };
          return;
        }
        continue;
      }
      if (c === '\n') line++;
      if (inString) {
        current += c;
        if (escaped) escaped = false;
        else if (c === '\\') escaped = true;
        else if (c === '"') inString = false;
        continue;
      }
      if (depth === 0 && (c === ',' || c === ']')) {
        if (c === ']' && current.trim() === '' && index === 0) {
          closed = true; // "[]"
          continue;
        }
        const item = emit();
        if (item) yield item;
        startLine = 0;
        if (c === ']') closed = true;
        continue;
      }
      if (!startLine && !/\s/.test(c)) startLine = line;
      if (c === '"') inString = true;
      else if (c === '{' || c === '[') depth++;
      else if (c === '}' || c === ']') depth--;
      current += c;
    }
  }
  if (opened && !closed) {
    index++;
    yield { index, line, error: 'the file ends before the array is closed with "]"' };
  }
}

/** "mass-pitch", "mass_pitch" or "Mass Pitch" all name massPitch. */
export function normaliseHeader(header: string): string {
  const words = header.trim().split(/[\s_-]+/).filter(Boolean);
  return words.map((w, i) => (i === 0 ? w.toLowerCase() : w[0]!.toUpperCase() + w.slice(1).toLowerCase())).join('');
}

async function* csv(source: AsyncIterable<string>): AsyncGenerator<RecordItem> {
  const { parse } = await import('csv-parse');
  const parser = parse({
    columns: (headers: string[]) => headers.map(normaliseHeader),
    info: true,
    skip_records_with_error: true,
    // A stray quote inside a field is kept as text rather than derailing
    // the parser for the rows after it.
    relax_quotes: true,
    skip_empty_lines: true,
    // No trim here: with it, a stray quote derails the rows after it; cells are trimmed in core/records.ts.
  });
  // Records the parser could not read, in order, to be merged with the good ones by line.
  const skipped: Array<{ line: number; error: string }> = [];
  parser.on('skip', (error: Error & { lines?: number }) => {
    skipped.push({ line: error.lines ?? 0, error: error.message.replace(/\s+/g, ' ') });
  });
  const input = Readable.from(source);
  // pipe() does not pass errors on: a read error (a missing file) must end the parse with it.
  input.on('error', (error) => parser.destroy(error));
  input.pipe(parser);
  let index = 0;
  for await (const { record, info } of parser as AsyncIterable<{ record: Record<string, string>; info: { lines: number } }>) {
    while (skipped.length > 0 && skipped[0]!.line <= info.lines) {
      const bad = skipped.shift()!;
      yield { index: ++index, line: bad.line, error: bad.error };
    }
    yield { index: ++index, line: info.lines, value: record };
  }
  for (const bad of skipped) yield { index: ++index, line: bad.line, error: bad.error };
}
