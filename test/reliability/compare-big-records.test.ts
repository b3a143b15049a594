// Big records stay bounded: a JSON element, NDJSON line or CSV record over
// the 1 MB limit is reported as a bad record, by number, and skipped; the
// others are ranked. In a 32 MB heap (a 12 MB record used to abort V8 or be
// held whole), and in time linear in the input (a long NDJSON line used to
// cost time quadratic in its length).
import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BIN, cleanEnv } from '../helpers/cli.js';
import { readRecords, type RecordFormat } from '../../src/io/record-reader.js';

const work = mkdtempSync(join(tmpdir(), 'sii-big-records-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const MB = 1024 * 1024;
const TAKE = { employment: 'employed', skills: 'strong', pay: 'match' };
const block = 'x'.repeat(MB);

/** Writes head, `mb` MB of "x", then tail, without building the whole text. */
function writeBig(name: string, head: string, mb: number, tail: string): string {
  const file = join(work, name);
  const fd = openSync(file, 'w');
  try {
    writeSync(fd, head);
    for (let i = 0; i < mb; i++) writeSync(fd, block);
    writeSync(fd, tail);
  } finally {
    closeSync(fd);
  }
  return file;
}

function compareSmallHeap(file: string) {
  const started = Date.now();
  const r = spawnSync(process.execPath, ['--max-old-space-size=32', BIN, 'compare', file, '--json'], {
    env: cleanEnv({ TMPDIR: work }),
    encoding: 'utf8',
    maxBuffer: 64 * MB,
    timeout: 30_000,
  });
  return { code: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr, seconds: (Date.now() - started) / 1000 };
}

const TOO_LONG = 'too long: a record may hold at most 1 MB (1,048,576 characters); skipped';

describe('compare: a record over 1 MB, in a 32 MB heap', () => {
  const cases: Array<[string, () => string, string]> = [
    [
      'an oversized JSON element is reported and skipped',
      () =>
        writeBig(
          'big.json',
          `[\n${JSON.stringify({ ...TAKE, company: 'Before' })},\n{"company": "`,
          12,
          `", "skills": "strong"},\n${JSON.stringify({ ...TAKE, company: 'After' })}\n]\n`,
        ),
      `error: record 2 (line 3): ${TOO_LONG}`,
    ],
    [
      'an oversized NDJSON line is reported and skipped',
      () =>
        writeBig(
          'big.ndjson',
          `${JSON.stringify({ ...TAKE, company: 'Before' })}\n{"company": "`,
          12,
          `"}\n${JSON.stringify({ ...TAKE, company: 'After' })}\n`,
        ),
      `error: record 2 (line 2): ${TOO_LONG}`,
    ],
    [
      'an oversized CSV record is reported and skipped',
      () =>
        writeBig(
          'big.csv',
          'employment,skills,pay,company\nemployed,strong,match,Before\nemployed,strong,match,"',
          12,
          '"\nemployed,strong,match,After\n',
        ),
      `error: record 2 (line 3): ${TOO_LONG}`,
    ],
  ];
  for (const [name, make, error] of cases) {
    it(name, () => {
      const r = compareSmallHeap(make());
      expect(r.signal).toBeNull(); // no V8 abort
      expect(r.stderr).toBe(`${error}\n1 record could not be used (see above).\n`);
      expect(r.code).toBe(2);
      const ranked = JSON.parse(r.stdout) as Array<{ index: number; answers: { company: string } }>;
      expect(ranked.map((x) => [x.index, x.answers.company])).toEqual([
        [1, 'Before'],
        [3, 'After'],
      ]);
      expect(r.seconds).toBeLessThan(10); // about 0.2 s here; generous for a busy CI machine
    }, 30_000);
  }
});

/** Times reading everything `chunks` makes, in 64 kB pieces as a file arrives; the best of three. */
async function timeRead(format: RecordFormat, make: () => Iterable<string>): Promise<{ ms: number; items: number }> {
  let best = Infinity;
  let items = 0;
  for (let run = 0; run < 3; run++) {
    const started = performance.now();
    items = 0;
    async function* source() {
      yield* make();
    }
    for await (const item of readRecords(source(), format)) items += item.index > 0 ? 1 : 0;
    best = Math.min(best, performance.now() - started);
  }
  return { ms: best, items };
}

/** One record of `mb` MB between two small ones, in 64 kB pieces. */
function* oneBig(format: RecordFormat, mb: number): Generator<string> {
  const piece = 'x'.repeat(64 * 1024);
  const small = JSON.stringify(TAKE);
  yield format === 'json'
    ? `[${small},{"company":"`
    : format === 'ndjson'
      ? `${small}\n{"company":"`
      : `employment,skills,pay,company\nemployed,strong,match,"`;
  for (let i = 0; i < mb * 16; i++) yield piece;
  yield format === 'json' ? `"},${small}]` : format === 'ndjson' ? `"}\n${small}\n` : `"\nemployed,strong,match,After\n`;
}

/** Ordinary records, `mb` MB of them, in 64 kB pieces. */
function* ordinary(format: RecordFormat, mb: number): Generator<string> {
  const record = { ...TAKE, company: 'Acme, Inc.', role: 'Sales lead', concerns: 'reviews,no-time' };
  const line =
    format === 'csv'
      ? 'employed,strong,match,"Acme, Inc.",Sales lead,"reviews,no-time"\n'
      : JSON.stringify(record) + (format === 'json' ? ',\n' : '\n');
  const perPiece = Math.floor((64 * 1024) / line.length);
  const piece = line.repeat(perPiece);
  yield format === 'json' ? '[' : format === 'csv' ? 'employment,skills,pay,company,role,concerns\n' : '';
  for (let i = 0; i < mb * 16; i++) yield piece;
  yield format === 'json' ? `${JSON.stringify(record)}]` : '';
}

describe('compare: reading is linear in the input', () => {
  for (const format of ['ndjson', 'json', 'csv'] as const) {
    it(`a 16 MB ${format} record costs no more a megabyte than ordinary ${format} records`, async () => {
      const big = await timeRead(format, () => oneBig(format, 16));
      const usual = await timeRead(format, () => ordinary(format, 2));
      expect(big.items).toBe(format === 'csv' ? 2 : 3); // the long one comes out as an error item
      // Per megabyte, skipping the long record must cost no more than reading
      // ordinary records (it measures about 5 to 20 times less); quadratic
      // reading of 16 MB costs well over that.
      const perMbBig = big.ms / 16;
      const perMbUsual = usual.ms / 2;
      expect(perMbBig, `${big.ms.toFixed(0)} ms for 16 MB in one record, ${usual.ms.toFixed(0)} ms for 2 MB of records`).toBeLessThan(
        perMbUsual,
      );
    }, 60_000);
  }
});
