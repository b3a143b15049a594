// The `history` list as a table: pure, given the entries and the width.

import type { HistoryEntry, Tally } from '../core/history.js';
import { stripControl } from '../core/sanitize.js';
import { fitLabel } from './compare.js';
import { displayWidth, padEnd, padStart, shrinkToFit, truncate } from './width.js';

/** The narrowest a company or role column shrinks to: "COMPANY", or "Acme..." */
const MIN_LABEL = 7;
/** The shortest id prefix shown when ids are shortened (as git shortens hashes). */
const MIN_ID = 7;
const GAP = 2;

type Column = 'id' | 'date' | 'verdict' | 'score' | 'company' | 'role' | 'outcome';
const HEADERS: Record<Column, string> = {
  id: 'ID',
  date: 'DATE',
  verdict: 'VERDICT',
  score: 'SCORE',
  company: 'COMPANY',
  role: 'ROLE',
  outcome: 'OUTCOME',
};
/** Left out, in this order, when even the shortest labels and ids do not fit. */
const DROPPED_FIRST: Column[] = ['date', 'role', 'score'];

/**
 * The shortest prefix of each id, at least `MIN_ID` long, that no other id
 * starts with: what `history outcome` and `history remove` accept.
 */
export function shortIds(ids: string[]): string[] {
  const sorted = [...ids].sort();
  const common = (a = '', b = '') => {
    let i = 0;
    while (i < a.length && a[i] === b[i]) i++;
    return i;
  };
  const need = new Map<string, number>();
  sorted.forEach((id, i) => {
    need.set(id, Math.max(MIN_ID, common(id, sorted[i - 1]) + 1, common(id, sorted[i + 1]) + 1));
  });
  // A `~2` duplicate's prefix is never cut inside its suffix.
  return ids.map((id) => {
    const short = id.slice(0, need.get(id));
    return short.endsWith('~') ? id : short;
  });
}

function tallyLine(name: string, t: Tally): string {
  if (t.total === 0) return `${name}: none yet.`;
  const led = t.interviewed === 0 ? 'none led to an interview' : `${t.interviewed} led to an interview`;
  const offers = t.offers === 0 ? '' : `, ${t.offers} to an offer`;
  return `${name}: ${t.total}, ${led}${offers}.`;
}

/**
 * The table and the tally under it. With `columns` (a terminal's width, or
 * COLUMNS) every line fits: the company and role shrink first, then ids are
 * shortened to a unique prefix, then the date, the role and the score
 * are left out. A line is longer only when an id alone cannot be shorter
 * (two entries that differ only in a `~2` suffix).
 * Without it (a pipe), everything is shown whole.
 */
export function renderHistoryTable(entries: HistoryEntry[], totals: { take: Tally; pass: Tally }, columns: number | undefined): string {
  const cellsOf = (ids: string[]) =>
    entries.map((e, i) => ({
      id: ids[i]!,
      date: stripControl(e.at).slice(0, 10),
      verdict: e.verdict,
      score: String(e.score),
      company: fitLabel(e.company) || '-',
      role: fitLabel(e.role) || '-',
      outcome: e.outcome ?? '-',
    }));
  const fullIds = entries.map((e) => stripControl(e.id));
  let rows = cellsOf(fullIds);
  let shown: Column[] = ['id', 'date', 'verdict', 'score', 'company', 'role', 'outcome'];
  const natural = (c: Column) => Math.max(HEADERS[c].length, ...rows.map((r) => displayWidth(r[c])));
  const widths = new Map<Column, number>();
  const measure = () => {
    for (const c of shown) widths.set(c, natural(c));
  };
  const fixedWidth = () =>
    shown.reduce((sum, c) => sum + (c === 'company' || c === 'role' ? 0 : widths.get(c)!), 0) + GAP * (shown.length - 1);
  const labels = () => shown.filter((c) => c === 'company' || c === 'role');
  const fits = () => fixedWidth() + labels().length * MIN_LABEL <= columns!;
  measure();
  if (columns !== undefined) {
    if (!fits()) {
      rows = cellsOf(shortIds(fullIds));
      measure();
    }
    for (const drop of DROPPED_FIRST) if (!fits()) shown = shown.filter((c) => c !== drop);
    const shrunk = shrinkToFit(
      labels().map((c) => widths.get(c)!),
      columns - fixedWidth(),
      MIN_LABEL,
    );
    labels().forEach((c, i) => {
      widths.set(c, shrunk[i]!);
    });
  }
  const line = (cells: Record<Column, string>) =>
    shown
      .map((c) => (c === 'score' ? padStart(cells[c], widths.get(c)!) : padEnd(truncate(cells[c], widths.get(c)!), widths.get(c)!)))
      .join(' '.repeat(GAP))
      .trimEnd();
  return `${[line(HEADERS), ...rows.map(line), '', tallyLine('Takes', totals.take), tallyLine('Passes', totals.pass)].join('\n')}\n`;
}
