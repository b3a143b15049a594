// The compare table: one aligned row per opportunity. Pure. Labels come from
// files and are untrusted: they are cleaned (evaluate() already stripped
// control characters) and cut to a fixed width, so a long or hostile label
// can neither break the alignment nor drive the terminal.

import type { Verdict } from '../core/rules.js';
import type { ReasonId } from '../core/reasons.js';
import { stripControl } from '../core/sanitize.js';
import type { Painter } from './text.js';
import { displayWidth, padEnd, shrinkToFit, truncate } from './width.js';

export const LABEL_WIDTH = 24;

/** A few words for the reason that best explains each verdict. */
const REASON_TITLE: Partial<Record<ReasonId, string>> = {
  'amazing-fit': 'in your wheelhouse',
  'strong-fit': 'a strong fit',
  'within-reach': 'pay within reach',
  'pay-short': 'pay falls short',
  'better-pay': 'pay may be better',
  'other-roles': 'other roles may fit',
  'pay-fits': 'the pay fits',
  'serious-look': 'worth a serious look',
  'driver-seat': 'explore from a job',
  'on-the-radar': 'get on their radar',
  'would-not-take': "you'd never take it",
  'outside-wheelhouse': 'outside your wheelhouse',
  'mass-pitch': 'a mass pitch',
  'not-looking': 'not looking to move',
};

const TOP_FOR: ReasonId[] = [
  'amazing-fit',
  'strong-fit',
  'within-reach',
  'pay-fits',
  'better-pay',
  'other-roles',
  'serious-look',
  'driver-seat',
  'on-the-radar',
];
const TOP_AGAINST: ReasonId[] = ['would-not-take', 'outside-wheelhouse', 'not-looking', 'pay-short', 'mass-pitch'];

/** The id of the reason that best explains the verdict. */
export function topReason(result: Pick<Verdict, 'verdict' | 'reasons'>): ReasonId | undefined {
  const ids = new Set(result.reasons.map((r) => r.id));
  const order = result.verdict === 'take' ? TOP_FOR : TOP_AGAINST;
  return order.find((id) => ids.has(id));
}

/**
 * Cleans a label and cuts it to `width` display columns, marking the cut with
 * "..." and never cutting inside a grapheme.
 */
export function fitLabel(label: string | undefined, width = LABEL_WIDTH): string {
  return truncate(stripControl(label ?? ''), width);
}

/** What one row needs: kept small, as rows may wait on disk to be ranked. */
export interface CompareRow {
  index: number;
  verdict: 'take' | 'pass';
  score: number;
  company: string;
  role: string;
  reason: string;
}

export function toRow(index: number, result: Verdict): CompareRow {
  const top = topReason(result);
  return {
    index,
    verdict: result.verdict,
    score: result.score,
    company: fitLabel(result.answers.company),
    role: fitLabel(result.answers.role),
    reason: top ? (REASON_TITLE[top] ?? top) : '',
  };
}

export interface Widths {
  /** Display columns of the company and role columns. */
  company: number;
  role: number;
}

/** Widens `widths` to hold `row`'s labels (in display columns, as they will be printed). */
export function widen(widths: Widths, row: Pick<CompareRow, 'company' | 'role'>): void {
  widths.company = Math.max(widths.company, displayWidth(row.company || '-'));
  widths.role = Math.max(widths.role, displayWidth(row.role || '-'));
}

/** RANK, VERDICT and SCORE with the gaps after them, and the gaps around ROLE. */
const FIXED = 4 + 2 + 7 + 2 + 5 + 2 + 2 + 2;
/** The widest reason title. */
export const WHY_WIDTH = Math.max('WHY'.length, ...Object.values(REASON_TITLE).map((t) => t.length));
/** The narrowest a label column shrinks to: "COMPANY", or "Acme..." */
const MIN_LABEL = 7;

/**
 * The widths to print with in `columns` (undefined: no limit): the company
 * and role columns shrink, widest first, so that a row fits; then the reason
 * is cut if it still does not.
 */
export function fitWidths(widths: Widths, columns: number | undefined): Widths & { why?: number } {
  if (columns === undefined) return { ...widths };
  const [company, role] = shrinkToFit([widths.company, widths.role], columns - FIXED - WHY_WIDTH, MIN_LABEL);
  const why = Math.max(0, columns - FIXED - company! - role!);
  return { company: company!, role: role!, why };
}

/** The text cut (with "...") to `width` columns when it would not fit. */
const cell = (text: string, width: number) => padEnd(truncate(text, width), width);

export function headerLine(widths: Widths & { why?: number }, painter: Painter): string {
  return painter.bold(
    ['RANK', 'VERDICT', 'SCORE', cell('COMPANY', widths.company), cell('ROLE', widths.role), truncate('WHY', widths.why ?? Infinity)]
      .join('  ')
      .trimEnd(),
  );
}

export function rowLine(rank: number, row: CompareRow, widths: Widths & { why?: number }, painter: Painter): string {
  const verdict = row.verdict === 'take' ? painter.good('take   ') : painter.bad('pass   ');
  const reason = truncate(row.reason, widths.why ?? Infinity);
  return [
    String(rank).padStart(4),
    verdict,
    String(row.score).padStart(5),
    cell(row.company || '-', widths.company),
    cell(row.role || '-', widths.role),
    painter.dim(reason),
  ]
    .join('  ')
    .trimEnd();
}
