// The compare and history tables, and the text report's wrapping, with
// labels in scripts whose characters are not one column each: every column
// starts at the same display column on every row, and no line is wider than
// the width it was given.
import { describe, expect, it } from 'vitest';
import { evaluate, type Verdict } from '../../src/core/rules.js';
import { fitLabel, fitWidths, headerLine, rowLine, toRow, widen, type Widths } from '../../src/render/compare.js';
import { PLAIN, renderText, wrap } from '../../src/render/text.js';
import { displayWidth } from '../../src/render/width.js';
import { runHistoryList, type HistoryDeps } from '../../src/cli/commands/history.js';
import type { HistoryStore } from '../../src/io/history-store.js';
import type { HistoryEvent } from '../../src/core/history.js';

const LABELS: Array<[string, string]> = [
  ['Acme', 'Sales Manager'],
  ['株式会社テスト東京本社', 'ソフトウェアエンジニア'],
  ['삼성전자', '백엔드 개발자'],
  ['Rocket 🚀 Labs', 'Family 👨‍👩‍👧‍👦 Office'],
  ['🏳️‍🌈 Pride Co 🇯🇵', 'Keycap 1️⃣ Lead'],
  ['Cafe\u0301 Ame\u0301lie', 'Chef de re\u0301ception'],
  ['Zalgơ̸̡ Inc', 'हिन्दी Writer'],
];

const results: Verdict[] = LABELS.map(([company, role], i) =>
  evaluate({ employment: 'employed', skills: i % 2 ? 'strong' : 'none', pay: 'match', company, role }),
);

/** The display column at which `cell` starts in `line`. */
const startOf = (line: string, cell: string) => {
  const at = line.indexOf(cell);
  expect(at, `${JSON.stringify(cell)} in ${JSON.stringify(line)}`).toBeGreaterThanOrEqual(0);
  return displayWidth(line.slice(0, at));
};

function compareTable(columns: number | undefined) {
  const rows = results.map((r, i) => toRow(i + 1, r));
  const widths: Widths = { company: 'COMPANY'.length, role: 'ROLE'.length };
  for (const row of rows) widen(widths, row);
  const fitted = fitWidths(widths, columns);
  return { rows, fitted, lines: [headerLine(fitted, PLAIN), ...rows.map((row, i) => rowLine(i + 1, row, fitted, PLAIN))] };
}

describe('the compare table', () => {
  it('starts every column at the same display column on every row', () => {
    const { rows, lines } = compareTable(undefined);
    const [header, ...body] = lines;
    const role = startOf(header!, 'ROLE');
    const why = startOf(header!, 'WHY');
    body.forEach((line, i) => {
      expect(startOf(line, rows[i]!.company)).toBe(startOf(header!, 'COMPANY'));
      expect(startOf(line, rows[i]!.role)).toBe(role);
      expect(startOf(line, rows[i]!.reason)).toBe(why);
    });
  });

  it('keeps labels whole up to 24 columns, then cuts them with "..." between graphemes', () => {
    expect(fitLabel('株式会社テスト東京本社')).toBe('株式会社テスト東京本社'); // 22 columns
    expect(fitLabel('株式会社テスト東京本社大阪支店')).toBe('株式会社テスト東京本...');
    expect(displayWidth(fitLabel('👨‍👩‍👧‍👦'.repeat(20)))).toBe(23);
    expect(fitLabel('👨‍👩‍👧‍👦'.repeat(20))).toBe(`${'👨‍👩‍👧‍👦'.repeat(10)}...`);
  });

  for (const columns of [100, 80, 72, 60, 50, 44]) {
    it(`shrinks the labels to fit ${columns} columns, columns still aligned`, () => {
      const { fitted, lines } = compareTable(columns);
      for (const line of lines) expect(displayWidth(line), line).toBeLessThanOrEqual(columns);
      const [header, ...body] = lines;
      const starts = (line: string) => {
        // RANK(4) VERDICT(7) SCORE(5) with two-space gaps: COMPANY at 22.
        const company = 22;
        const role = company + fitted.company + 2;
        const why = role + fitted.role + 2;
        return [company, role, why].map((col) => displayWidth(sliceTo(line, col)));
      };
      for (const line of [header!, ...body]) {
        // Slicing to each start gives exactly that many columns: nothing wide straddles a boundary.
        expect(starts(line)).toEqual([22, 22 + fitted.company + 2, 22 + fitted.company + 2 + fitted.role + 2]);
      }
    });
  }
});

/** The start of `line` up to display column `col`, whole graphemes only. */
function sliceTo(line: string, col: number): string {
  let out = '';
  for (const { segment } of new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(line)) {
    if (displayWidth(out + segment) > col) break;
    out += segment;
  }
  return out;
}

function history(env: Record<string, string>, isTTY = false, columns?: number) {
  const events: HistoryEvent[] = LABELS.map(([_company, _role], i) => ({
    type: 'evaluated',
    id: `id${i}`.padEnd(16, '0'),
    at: '2026-11-26T07:00:00.000Z',
    verdict: results[i]!.verdict,
    score: results[i]!.score,
    answers: results[i]!.answers,
  }));
  let text = '';
  const store = { path: '/tmp/history.jsonl', read: () => ({ events, problems: [] }), append: () => {} } as unknown as HistoryStore;
  const deps = {
    io: {
      stdout: {
        write: (s: string) => {
          text += s;
          return true;
        },
        isTTY,
        columns,
      },
      stderr: { write: () => true },
      stdin: {},
      env,
    },
    historyStore: () => store,
    now: () => new Date(),
    newId: () => 'x',
    prompter: () => {
      throw new Error('no prompts');
    },
  } as unknown as HistoryDeps;
  return { run: () => runHistoryList({ json: false }, deps), text: () => text };
}

describe('the history table', () => {
  const table = async (env: Record<string, string>, isTTY = false, columns?: number) => {
    const h = history(env, isTTY, columns);
    expect(await h.run()).toBe(0);
    return h
      .text()
      .split('\n')
      .slice(0, LABELS.length + 1);
  };
  const starts = (lines: string[]) => {
    const [header, ...body] = lines;
    const cols = ['DATE', 'VERDICT', 'SCORE', 'COMPANY', 'ROLE', 'OUTCOME'].map((h) => startOf(header!, h));
    for (const line of body) {
      // The date, and the outcome ("-") at the end, are ASCII: their start is found by text.
      expect(startOf(line, '2026-11-26')).toBe(cols[0]);
      expect(displayWidth(line.replace(/-$/, ''))).toBe(cols[5]);
    }
    return cols;
  };

  it('aligns every column off a terminal with no COLUMNS (no limit: labels up to 24 columns)', async () => {
    const lines = await table({});
    starts(lines);
    expect(lines.join('\n')).toContain('株式会社テスト東京本社  ソフトウェアエンジニア');
  });

  it('shrinks labels to fit COLUMNS, and the terminal width on a terminal', async () => {
    for (const [env, tty, cols, limit] of [
      [{ COLUMNS: '72' }, false, undefined, 72],
      [{ COLUMNS: '200' }, true, 76, 76],
    ] as const) {
      const lines = await table(env, tty, cols);
      for (const line of lines) expect(displayWidth(line), line).toBeLessThanOrEqual(limit);
      starts(lines);
      expect(lines.join('\n')).toContain('...');
    }
  });
});

describe('the text report', () => {
  const wide = (company: string, role: string) => evaluate({ employment: 'employed', skills: 'strong', pay: 'match', company, role });

  for (const [company, role] of [...LABELS, ['株式会社テスト東京本社大阪支店名古屋営業所福岡オフィス', '🏳️‍🌈'.repeat(40)]]) {
    for (const width of [40, 60, 80]) {
      for (const decorated of [false, true]) {
        it(`fits ${width} columns${decorated ? ', decorated' : ''}: ${company}`, () => {
          const text = renderText(wide(company!, role!), { decorated, painter: PLAIN, width });
          for (const line of text.split('\n')) expect(displayWidth(line), line).toBeLessThanOrEqual(width);
          // Nothing lost: the label is all there, across its lines.
          expect(text.replace(/\s+/g, '')).toContain(company!.replace(/\s+/g, ''));
        });
      }
    }
  }

  it('wraps CJK text between characters, without cutting a grapheme', () => {
    expect(wrap('株式会社テスト東京本社', 10, '', '')).toEqual(['株式会社テ', 'スト東京本', '社']);
    expect(wrap('Hi 👨‍👩‍👧‍👦👨‍👩‍👧‍👦👨‍👩‍👧‍👦', 6, '', '  ')).toEqual(['Hi 👨‍👩‍👧‍👦', '  👨‍👩‍👧‍👦👨‍👩‍👧‍👦']);
    expect(wrap('Cafe\u0301 Ame\u0301lie', 6, '', '')).toEqual(['Cafe\u0301', 'Ame\u0301lie']);
  });
});
