import { describe, expect, it } from 'vitest';
import { formatFromName, normaliseHeader, readRecords, type RecordFormat, type RecordItem } from '../../src/io/record-reader.js';

/** Feeds `text` in pieces of `size` characters, to cross every chunk boundary. */
async function read(text: string, format?: RecordFormat, size = 3): Promise<RecordItem[]> {
  async function* chunks() {
    for (let i = 0; i < text.length; i += size) yield Buffer.from(text.slice(i, i + size));
  }
  const out: RecordItem[] = [];
  for await (const item of readRecords(chunks(), format)) out.push(item);
  return out;
}

describe('JSON arrays', () => {
  it('splits elements without being fooled by strings, nesting or escapes', async () => {
    const text = '[\n {"a": "x,]}\\"[", "b": {"c": [1, 2]}},\n {"a": 2}\n]\n';
    expect(await read(text)).toEqual([
      { index: 1, line: 2, value: { a: 'x,]}"[', b: { c: [1, 2] } } },
      { index: 2, line: 3, value: { a: 2 } },
    ]);
  });

  it('reports a broken element and goes on with the next', async () => {
    const items = await read('[{"a": 1}, {"a": }, {"a": 3}]');
    expect(items.map((i) => i.error ?? i.value)).toEqual([{ a: 1 }, expect.stringMatching(/^not valid JSON/), { a: 3 }]);
  });

  it('handles an empty array, a trailing comma, a missing "]" and text after it', async () => {
    expect(await read('[ ]')).toEqual([]);
    expect((await read('[{"a":1},]'))[1]!.error).toMatch(/empty element/);
    expect((await read('[{"a":1}'))[0]!.error).toMatch(/not valid JSON|ends before/);
    expect((await read('[{"a":1}] x')).at(-1)!.error).toMatch(/after the end/);
    expect((await read('{"a":1}', 'json'))[0]!.error).toMatch(/should start with "\["/);
  });
});

describe('NDJSON', () => {
  it('reads a line a record, skipping blank lines, with CRLF, reporting bad lines by number', async () => {
    const items = await read('{"a":1}\r\n\n{"a":\n{"a":3}');
    expect(items).toEqual([
      { index: 1, line: 1, value: { a: 1 } },
      { index: 2, line: 3, error: expect.stringMatching(/^not valid JSON/) },
      { index: 3, line: 4, value: { a: 3 } },
    ]);
  });
});

describe('CSV', () => {
  it('keeps commas, quotes and line breaks inside quoted fields, and normalises headers', async () => {
    const text = 'Company,mass-pitch,would_take\n"Acme, ""Inc""",yes,maybe\n"two\nlines",no,\n';
    expect((await read(text)).map((i) => i.value)).toEqual([
      { company: 'Acme, "Inc"', massPitch: 'yes', wouldTake: 'maybe' },
      { company: 'two\nlines', massPitch: 'no', wouldTake: '' },
    ]);
  });

  it('reports a malformed row by line and goes on', async () => {
    const items = await read('skills,pay\nstrong,match\nstrong\npartial,unknown\n', 'csv');
    expect(items.map((i) => [i.index, i.line, i.error ? 'error' : i.value])).toEqual([
      [1, 2, { skills: 'strong', pay: 'match' }],
      [2, 3, 'error'],
      [3, 4, { skills: 'partial', pay: 'unknown' }],
    ]);
  });

  it('normaliseHeader', () => {
    expect(['Mass Pitch', 'mass_pitch', 'would-take', ' Company ', 'wouldTake'].map(normaliseHeader)).toEqual([
      'massPitch',
      'massPitch',
      'wouldTake',
      'company',
      'wouldtake',
    ]);
  });
});

describe('format', () => {
  it('comes from the name, or from the first character', async () => {
    expect(['a.json', 'a.ndjson', 'a.jsonl', 'A.CSV', 'a.txt'].map(formatFromName)).toEqual(['json', 'ndjson', 'ndjson', 'csv', undefined]);
    expect((await read('  [{"a":1}]'))[0]!.value).toEqual({ a: 1 });
    expect((await read('\uFEFF{"a":1}\n{"a":2}')).length).toBe(2);
    expect((await read('a,b\n1,2\n'))[0]!.value).toEqual({ a: '1', b: '2' });
    expect(await read('   \n ')).toEqual([]);
  });
});
