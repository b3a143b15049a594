import { describe, expect, it } from 'vitest';
import {
  MAX_RECORD_CHARS,
  describeSeparator,
  detectSeparator,
  formatFromName,
  separatorFromName,
  type CsvHeader,
  normaliseHeader,
  readRecords,
  tooLongMessage,
  type RecordFormat,
  type RecordItem,
} from '../../src/io/record-reader.js';

/** Feeds `text` in pieces of `size` characters, to cross every chunk boundary. */
async function read(text: string, format?: RecordFormat, size = 3, maxRecordChars?: number): Promise<RecordItem[]> {
  async function* chunks() {
    for (let i = 0; i < text.length; i += size) yield Buffer.from(text.slice(i, i + size));
  }
  const out: RecordItem[] = [];
  for await (const item of readRecords(chunks(), format, { maxRecordChars })) out.push(item);
  return out;
}

const TOO_LONG = tooLongMessage(20);

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
  it('keeps commas, quotes and line breaks inside quoted fields, and headers as written (core/records.ts matches them)', async () => {
    const text = 'Company,mass-pitch,would_take\n"Acme, ""Inc""",yes,maybe\n"two\nlines",no,\n';
    expect((await read(text)).map((i) => i.value)).toEqual([
      { Company: 'Acme, "Inc"', 'mass-pitch': 'yes', would_take: 'maybe' },
      { Company: 'two\nlines', 'mass-pitch': 'no', would_take: '' },
    ]);
  });

  it('reports a malformed row by line and goes on', async () => {
    // A row with more cells than the header is malformed; one with fewer has its missing cells blank.
    const items = await read('skills,pay\nstrong,match\nstrong,match,extra\npartial,unknown\nstrong\n', 'csv');
    expect(items.map((i) => [i.index, i.line, i.error ? 'error' : i.value])).toEqual([
      [1, 2, { skills: 'strong', pay: 'match' }],
      [2, 3, 'error'],
      [3, 4, { skills: 'partial', pay: 'unknown' }],
      [4, 5, { skills: 'strong' }],
    ]);
  });

  it('normaliseHeader: case, spaces, dashes and underscores do not matter; massPitch and wouldTake as the README writes them work', () => {
    expect(
      ['Mass Pitch', 'mass_pitch', 'would-take', ' Company ', 'wouldTake', 'massPitch', 'WOULDTAKE', 'Would take', 'URL', 'Some notes'].map(
        normaliseHeader,
      ),
    ).toEqual(['massPitch', 'massPitch', 'wouldTake', 'company', 'wouldTake', 'massPitch', 'wouldTake', 'wouldTake', 'url', 'Some notes']);
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

describe('records over the size limit', () => {
  // A limit of 20 characters, and pieces of every size from 1 to 25, so the
  // limit falls before, inside and after a piece.
  const sizes = [1, 2, 3, 7, 19, 20, 21, 25, 1000];

  it('the limit is 1 MB, and the message says so', () => {
    expect(MAX_RECORD_CHARS).toBe(1024 * 1024);
    expect(tooLongMessage(MAX_RECORD_CHARS)).toBe('too long: a record may hold at most 1 MB (1,048,576 characters); skipped');
  });

  it('JSON: an element over the limit is reported by number and line, and the rest are read', async () => {
    const long = JSON.stringify({ company: 'x'.repeat(30), list: [1, '],"{'] });
    const text = `[\n{"a": 1},\n ${long} ,\n{"a": "${'y'.repeat(11)}"}, {"b": 2}]`; // the third is exactly 20 characters
    for (const size of sizes) {
      expect(await read(text, 'json', size, 20), `pieces of ${size}`).toEqual([
        { index: 1, line: 2, value: { a: 1 } },
        { index: 2, line: 3, error: TOO_LONG },
        { index: 3, line: 4, value: { a: 'y'.repeat(11) } },
        { index: 4, line: 4, value: { b: 2 } },
      ]);
    }
  });

  it('JSON: an element of exactly the limit is read; white space around it does not count', async () => {
    const exact = `{"a":"${'z'.repeat(12)}"}`; // 20 characters
    expect(exact).toHaveLength(20);
    expect(await read(`[      ${exact}]`, 'json', 4, 20)).toEqual([{ index: 1, line: 1, value: { a: 'z'.repeat(12) } }]);
    expect((await read(`[${exact.replace('{', '{ ')}]`, 'json', 4, 20))[0]!.error).toBe(TOO_LONG);
  });

  it('JSON: a long element that never ends is reported as an unclosed array', async () => {
    expect(await read(`[{"a": 1}, {"b": "${'x'.repeat(50)}`, 'json', 5, 20)).toEqual([
      { index: 1, line: 1, value: { a: 1 } },
      { index: 2, line: 1, error: expect.stringMatching(/ends before the array is closed/) },
    ]);
  });

  it('NDJSON: a line over the limit is reported by number and line, and the rest are read', async () => {
    const text = `{"a":1}\r\n{"company":"${'x'.repeat(40)}"}\r\n\n{"a":"${'y'.repeat(12)}"}\r\n{"b":2}`;
    for (const size of sizes) {
      expect(await read(text, 'ndjson', size, 20), `pieces of ${size}`).toEqual([
        { index: 1, line: 1, value: { a: 1 } },
        { index: 2, line: 2, error: TOO_LONG },
        { index: 3, line: 4, value: { a: 'y'.repeat(12) } }, // 20 characters, the "\r" aside
        { index: 4, line: 5, value: { b: 2 } },
      ]);
    }
  });

  it('NDJSON: a long last line without a line break, and a long blank line, which is no record', async () => {
    expect(await read(`{"a":1}\n${' '.repeat(50)}\n{"b":"${'x'.repeat(30)}"}`, 'ndjson', 6, 20)).toEqual([
      { index: 1, line: 1, value: { a: 1 } },
      { index: 2, line: 3, error: TOO_LONG },
    ]);
  });

  it('CSV: a record over the limit is reported by number and line (line breaks inside it counted), and the rest are read', async () => {
    const text = `company,pay\r\na,1\r\n"${'x\r\n'.repeat(10)}",2\r\nb,3\r\n"c\nd",4\r\nlong,5,6`;
    for (const size of sizes) {
      expect(await read(text, 'csv', size, 20), `pieces of ${size}`).toEqual([
        { index: 1, line: 2, value: { company: 'a', pay: '1' } },
        { index: 2, line: 23, error: TOO_LONG }, // csv-parse counts "\r\n" inside quotes as two lines
        { index: 3, line: 24, value: { company: 'b', pay: '3' } },
        { index: 4, line: 26, value: { company: 'c\nd', pay: '4' } },
        { index: 5, line: 27, error: expect.stringMatching(/Invalid Record Length: columns length is 2, got 3 on line 27/) },
      ]);
    }
  });

  it('CSV: a long header row is one error, and nothing is read', async () => {
    expect(await read(`${'h'.repeat(30)},pay\na,1\n`, 'csv', 4, 20)).toEqual([
      {
        index: 1,
        line: 1,
        error: expect.stringMatching(/^the header row is too long: a record may hold at most 20 characters, so no record could be read$/),
      },
    ]);
  });

  it('a long run of white space before the first character keeps the line numbers, without being kept', async () => {
    const items = await read(`${'\n'.repeat(30)}  ${' '.repeat(40)}{"a":1}\n{"a":2}`, undefined, 7, 20);
    expect(items).toEqual([
      { index: 1, line: 31, value: { a: 1 } },
      { index: 2, line: 32, value: { a: 2 } },
    ]);
  });
});

/** Reads with options, in small pieces. */
async function readWith(text: string, options: Parameters<typeof readRecords>[2], format?: RecordFormat, size = 3): Promise<RecordItem[]> {
  async function* chunks() {
    for (let i = 0; i < text.length; i += size) yield Buffer.from(text.slice(i, i + size));
  }
  const out: RecordItem[] = [];
  for await (const item of readRecords(chunks(), format, options)) out.push(item);
  return out;
}

describe('CSV separators (issue 11)', () => {
  it('detects a semicolon from the header row, and a semicolon or comma inside a quoted cell stays text', async () => {
    const headers: CsvHeader[] = [];
    const items = await readWith('skills;pay;concerns\nstrong;match;"reviews;hearsay"\npartial;near;"a, b"\n', {
      onHeader: (h) => headers.push(h),
    });
    expect(headers).toEqual([{ names: ['skills', 'pay', 'concerns'], separator: ';' }]);
    expect(items.map((i) => i.value)).toEqual([
      { skills: 'strong', pay: 'match', concerns: 'reviews;hearsay' },
      { skills: 'partial', pay: 'near', concerns: 'a, b' },
    ]);
  });

  it('a comma file keeps an unquoted semicolon list in one cell', async () => {
    const items = await read('skills,concerns\nstrong,reviews;hearsay\n');
    expect(items.map((i) => i.value)).toEqual([{ skills: 'strong', concerns: 'reviews;hearsay' }]);
  });

  it('detects tabs (.tsv), and names the separator a one-column header seems to use', async () => {
    expect(formatFromName('offers.TSV')).toBe('csv');
    expect(separatorFromName('offers.tsv')).toBe('\t');
    const items = await read('skills\tpay\nstrong\tmatch\n', 'csv');
    expect(items.map((i) => i.value)).toEqual([{ skills: 'strong', pay: 'match' }]);
    expect(detectSeparator('employment|skills|pay')).toEqual({ separator: ',', seemsToUse: '|' });
    expect(detectSeparator('a;b,c;d')).toEqual({ separator: ';' });
    expect(detectSeparator('"a;b",c')).toEqual({ separator: ',' });
    expect(describeSeparator('\t')).toBe('tabs');
  });

  it("reads Excel's sep= first line as the separator, not a record, keeping line numbers", async () => {
    const headers: CsvHeader[] = [];
    const items = await readWith('sep=;\r\nskills;pay;concerns\r\nstrong;match;"a, b"\r\n;;\r\npartial;near;x;extra\r\n', {
      onHeader: (h) => headers.push(h),
    });
    expect(headers).toEqual([{ names: ['skills', 'pay', 'concerns'], separator: ';' }]);
    expect(items.map((i) => [i.index, i.line, i.error ? 'error' : i.value])).toEqual([
      [1, 3, { skills: 'strong', pay: 'match', concerns: 'a, b' }],
      [2, 5, 'error'],
    ]);
    // Quoted, upper case, a tab; and it wins over what the header holds most of.
    const tabbed = await readWith('"SEP=\t"\nskills\tconcerns\nstrong\treviews,hearsay,no-time\n', {}, 'csv');
    expect(tabbed.map((i) => [i.line, i.value])).toEqual([[3, { skills: 'strong', concerns: 'reviews,hearsay,no-time' }]]);
    // Only as the first line: later, "sep=;" is an ordinary cell.
    const later = await read('skills\nsep=;\n');
    expect(later.map((i) => i.value)).toEqual([{ skills: 'sep=;' }]);
  });

  it('a record over the limit in a semicolon file is skipped by the pre-scan, which uses the detected separator', async () => {
    const long = 'x'.repeat(60);
    const items = await readWith(`skills;pay\nstrong;${long}\npartial;"a;b"\nnone;match\n`, { maxRecordChars: 40 }, 'csv');
    expect(items.map((i) => [i.index, i.line, i.error ? 'too long' : i.value])).toEqual([
      [1, 2, 'too long'],
      [2, 3, { skills: 'partial', pay: 'a;b' }],
      [3, 4, { skills: 'none', pay: 'match' }],
    ]);
  });
});

describe('blank rows (issue 11)', () => {
  it('CSV: blank rows, separators-only rows and whitespace-only lines are skipped and counted, keeping line numbers', async () => {
    const stats = { blank: 0 };
    const items = await readWith('skills,pay\n\nstrong,match\n   \n,,\n\t\npartial,near\n,,,,', { stats });
    expect(items.map((i) => [i.index, i.line, i.error ?? i.value])).toEqual([
      [1, 3, { skills: 'strong', pay: 'match' }],
      [2, 7, { skills: 'partial', pay: 'near' }],
    ]);
    expect(stats.blank).toBe(5);
  });

  it('CSV: a blank row in a semicolon file, and a bad row after it keeps its line', async () => {
    const stats = { blank: 0 };
    const items = await readWith('skills;pay\r\n;;\r\nstrong;match;extra\r\n', { stats });
    expect(items.map((i) => [i.index, i.line, i.error ? 'error' : i.value])).toEqual([[1, 3, 'error']]);
    expect(stats.blank).toBe(1);
  });

  it('NDJSON: blank and whitespace-only lines are counted', async () => {
    const stats = { blank: 0 };
    const items = await readWith('{"a":1}\n\n  \n{"a":2}\n', { stats });
    expect(items).toHaveLength(2);
    expect(stats.blank).toBe(2);
  });
});
