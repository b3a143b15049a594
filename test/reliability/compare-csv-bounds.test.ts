// The CSV reader leaves out records over the size limit by finding where
// each record ends itself, before csv-parse sees the text. It must find the
// same ends csv-parse does, or the records after a long one would be read
// wrongly. Random files, fed in random pieces, against csv-parse on the
// whole text.
import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse';
import { normaliseHeader, readRecords, tooLongMessage, type RecordItem } from '../../src/io/record-reader.js';

/** A small deterministic random generator (mulberry32). */
function random(seed: number): () => number {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function field(next: () => number, newline: string): string {
  const pick = <T>(xs: T[]) => xs[Math.floor(next() * xs.length)]!;
  const word = () =>
    Array.from({ length: Math.floor(next() * 12) }, () => pick(newline === '\r' ? ['a', 'b', ' ', 'c'] : ['a', 'b', ' ', 'c', '\r'])).join(
      '',
    );
  switch (pick(['plain', 'plain', 'quoted', 'stray', 'relaxed', 'long'])) {
    case 'plain':
      return word();
    case 'long':
      return 'x'.repeat(Math.floor(next() * 60));
    case 'quoted': // commas, escaped quotes and line breaks inside quotes
      return `"${Array.from({ length: Math.floor(next() * 10) }, () => pick(['a', ',', '""', '\n', '\r\n', '\r', ' '])).join('')}"`;
    case 'stray': // a quote inside an unquoted field is text
      return `${word()}a"${word()}`; // (a lone "\r" is text too, unless it ends records)
    default: // a quoted part followed by text: relax_quotes keeps the quotes as text
      return `"${word()}"${pick(['z', ' ', 'q"'])}`;
  }
}

async function reference(text: string): Promise<Array<{ line: number; value: Record<string, string> }>> {
  const parser = parse({
    columns: (h: string[]) => h.map(normaliseHeader),
    info: true,
    skip_records_with_error: true,
    relax_quotes: true,
    skip_empty_lines: true,
  });
  parser.end(text);
  const out: Array<{ line: number; value: Record<string, string> }> = [];
  for await (const { record, info } of parser as AsyncIterable<{ record: Record<string, string>; info: { lines: number } }>)
    out.push({ line: info.lines, value: record });
  return out;
}

async function read(text: string, limit: number, next: () => number): Promise<RecordItem[]> {
  async function* chunks() {
    for (let i = 0; i < text.length; ) {
      const size = 1 + Math.floor(next() * 9);
      yield text.slice(i, i + size);
      i += size;
    }
  }
  const out: RecordItem[] = [];
  for await (const item of readRecords(chunks(), 'csv', { maxRecordChars: limit })) out.push(item);
  return out;
}

describe('CSV records over the limit', () => {
  it('are found where csv-parse finds them: the others read the same, on the same lines', async () => {
    const limit = 40;
    for (let seed = 1; seed <= 400; seed++) {
      const next = random(seed);
      const newline = ['\n', '\r\n', '\r'][Math.floor(next() * 3)]!;
      const records = Array.from({ length: 1 + Math.floor(next() * 8) }, () =>
        [field(next, newline), field(next, newline), field(next, newline)].join(','),
      );
      let text = `one,two,three${newline}`;
      for (const record of records) text += (next() < 0.15 ? newline : '') + record + newline;
      if (next() < 0.3) text = text.slice(0, -newline.length); // no final line break

      const expected = await reference(text);
      expect(expected, `seed ${seed}: the generator makes only well-formed records`).toHaveLength(records.length);
      const got = await read(text, limit, next);
      const want = expected.map((r, i) =>
        records[i]!.length > limit
          ? { index: i + 1, line: r.line, error: tooLongMessage(limit) }
          : { index: i + 1, line: r.line, value: r.value },
      );
      expect(got, `seed ${seed}: ${JSON.stringify(text)}`).toEqual(want);
    }
  });

  it('a long header row ends the reading with one error', async () => {
    const items = await read(`${'x'.repeat(50)},b\n1,2\n`, 40, random(1));
    expect(items).toEqual([{ index: 1, line: 1, error: expect.stringMatching(/^the header row is too long/) }]);
  });
});
