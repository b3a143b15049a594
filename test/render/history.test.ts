import { describe, expect, it } from 'vitest';
import { findEntry, tally, type HistoryEntry } from '../../src/core/history.js';
import { renderHistoryTable, shortIds } from '../../src/render/history.js';
import { displayWidth } from '../../src/render/width.js';

const answers = { employment: 'employed', skills: 'strong', pay: 'match' } as unknown as HistoryEntry['answers'];
const entry = (id: string, company: string | undefined, role: string | undefined, extra: Partial<HistoryEntry> = {}): HistoryEntry => ({
  id,
  at: '2026-11-20T10:00:00.000Z',
  company,
  role,
  verdict: 'take',
  score: 80,
  answers,
  ...extra,
});

const ENTRIES: HistoryEntry[] = [
  entry('0a1b2c3d4e5f6071', '北京科技有限公司北京科技有限公司', '高级软件工程师', { outcome: 'interviewed' }),
  entry('0a1b2c3d99999999', 'Café Zoë Incorporated International', 'Développeur principal senior'),
  entry('0a1b2c3d99999999~2', 'Family 👨‍👩‍👧‍👦 Inc', undefined, { verdict: 'pass', score: 35, outcome: 'no-reply' }),
  entry('ffee000011112222', 'Acme', 'Engineer'),
];

const render = (columns: number | undefined) => renderHistoryTable(ENTRIES, tally(ENTRIES), columns);
const tableLines = (text: string) => text.split('\n\n')[0]!.split('\n');

describe('the history table', () => {
  it('shows everything whole without a width (a pipe)', () => {
    const text = render(undefined);
    for (const e of ENTRIES) expect(text).toContain(e.id);
    expect(text).toContain('Café Zoë Incorporated...');
    expect(text).toContain('DATE');
  });

  it.each([
    [120, ENTRIES],
    [100, ENTRIES],
    [80, ENTRIES],
    [72, ENTRIES],
    [64, ENTRIES],
    [60, ENTRIES],
    [56, ENTRIES],
    [52, ENTRIES],
    // without the duplicate id, whose `~2` no prefix can leave out
    [46, ENTRIES.filter((e) => !e.id.endsWith('~2'))],
    [40, ENTRIES.filter((e) => !e.id.endsWith('~2'))],
  ])('fits in %i columns, every column starting at the same display column', (columns, entries) => {
    const lines = tableLines(renderHistoryTable(entries, tally(entries), columns));
    expect(lines).toHaveLength(entries.length + 1);
    for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(columns);
    // Each header's start is where that column's cell starts on every row.
    const header = lines[0]!;
    const starts = [...header.matchAll(/\S+/g)].map((m) => displayWidth(header.slice(0, m.index)));
    for (const row of lines.slice(1)) {
      for (const start of starts.slice(1)) {
        // the character just before a column start is a gap on every row
        let before = '';
        let used = 0;
        for (const ch of row) {
          if (used >= start) break;
          before += ch;
          used = displayWidth(before);
        }
        expect(used).toBe(start);
        expect(before.endsWith(' ')).toBe(true);
      }
    }
  });

  it('shortens ids, then leaves out the date, then the role, as the width narrows', () => {
    expect(render(100)).toContain('0a1b2c3d4e5f6071');
    const narrow = render(64);
    expect(narrow).not.toContain('0a1b2c3d4e5f6071');
    expect(narrow).toContain('0a1b2c3d4');
    expect(tableLines(render(68))[0]).not.toContain('DATE');
    expect(tableLines(render(68))[0]).toContain('ROLE');
    expect(tableLines(render(60))[0]).not.toContain('ROLE');
    expect(tableLines(render(60))[0]).toContain('SCORE');
    expect(tableLines(render(40))[0]).not.toContain('SCORE');
    expect(tableLines(render(40))[0]).toMatch(/^ID +VERDICT +COMPANY +OUTCOME$/);
    // the tally is never cut
    expect(render(40)).toContain('Takes: 3, 1 led to an interview.');
  });

  it('short ids are unique prefixes that history outcome and remove accept', () => {
    const ids = ENTRIES.map((e) => e.id);
    const short = shortIds(ids);
    expect(short[3]).toBe('ffee000');
    expect(short[2]).toBe('0a1b2c3d99999999~2');
    short.forEach((s, i) => {
      expect(s.length).toBeGreaterThanOrEqual(7);
      expect(findEntry(ENTRIES, s)).toBe(ENTRIES[i]);
    });
  });
});
