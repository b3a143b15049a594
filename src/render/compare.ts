// The compare table: one aligned row per opportunity. Pure. Labels come from
// files and are untrusted: they are cleaned (evaluate() already stripped
// control characters) and cut to a fixed width, so a long or hostile label
// can neither break the alignment nor drive the terminal.

import type { Verdict } from '../core/rules.js';
import type { ReasonId } from '../core/reasons.js';
import { stripControl } from '../core/sanitize.js';
import type { Painter } from './text.js';

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

const TOP_FOR: ReasonId[] = ['amazing-fit', 'strong-fit', 'within-reach', 'pay-fits', 'better-pay', 'other-roles', 'serious-look', 'driver-seat', 'on-the-radar'];
const TOP_AGAINST: ReasonId[] = ['would-not-take', 'outside-wheelhouse', 'not-looking', 'pay-short', 'mass-pitch'];

/** The id of the reason that best explains the verdict. */
export function topReason(result: Pick<Verdict, 'verdict' | 'reasons'>): ReasonId | undefined {
  const ids = new Set(result.reasons.map((r) => r.id));
  const order = result.verdict === 'take' ? TOP_FOR : TOP_AGAINST;
  return order.find((id) => ids.has(id));
}

/** Cleans a label and cuts it to `width` characters, marking the cut with "...". */
export function fitLabel(label: string | undefined, width = LABEL_WIDTH): string {
  const clean = stripControl(label ?? '');
  const chars = [...clean];
  return chars.length <= width ? clean : chars.slice(0, width - 3).join('') + '...';
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
  company: number;
  role: number;
}

const pad = (text: string, width: number) => text + ' '.repeat(Math.max(0, width - [...text].length));

export function headerLine(widths: Widths, painter: Painter): string {
  return painter.bold(
    ['RANK', 'VERDICT', 'SCORE', pad('COMPANY', widths.company), pad('ROLE', widths.role), 'WHY'].join('  ').trimEnd(),
  );
}

export function rowLine(rank: number, row: CompareRow, widths: Widths, painter: Painter): string {
  const verdict = row.verdict === 'take' ? painter.good('take   ') : painter.bad('pass   ');
  return [
    String(rank).padStart(4),
    verdict,
    String(row.score).padStart(5),
    pad(row.company || '-', widths.company),
    pad(row.role || '-', widths.role),
    painter.dim(row.reason),
  ]
    .join('  ')
    .trimEnd();
}
