// Renders a verdict for people. Pure: the caller decides whether the output
// is decorated (colour and Unicode glyphs) and how wide it may be, and
// passes a painter; nothing here looks at the terminal or the environment.

import { stripControl } from '../core/sanitize.js';
import { THRESHOLD, type Verdict } from '../core/rules.js';
import { GENERAL_PAYOFFS, PAYOFF_SHORT, type Reason } from '../core/reasons.js';
import type { BreakdownEntry } from '../core/score.js';
import type { MessageFindings } from '../core/message/index.js';
import { messageItems, type MessageSectionOptions } from './message.js';
import { displayWidth, isAscii, sliceColumns, splitColumns } from './width.js';

/** The handful of styles the text output uses; identity functions when plain. */
export interface Painter {
  bold(text: string): string;
  dim(text: string): string;
  good(text: string): string;
  bad(text: string): string;
  note(text: string): string;
  takeBadge(text: string): string;
  passBadge(text: string): string;
}

const same = (text: string): string => text;

export const PLAIN: Painter = {
  bold: same,
  dim: same,
  good: same,
  bad: same,
  note: same,
  takeBadge: same,
  passBadge: same,
};

export interface TextOptions {
  /** Colour and Unicode glyphs; false gives plain ASCII with no escape codes. */
  decorated: boolean;
  painter: Painter;
  /** Columns available; text is wrapped to fit (capped for readability). */
  width: number;
  /** Show how the score adds up, and the payoffs every take shares in full. */
  explain?: boolean;
  /** What the recruiter's message gave, when one was read: the report opens with it. */
  message?: { findings: MessageFindings } & MessageSectionOptions;
}

const MAX_WIDTH = 88;
const MIN_WIDTH = 40;
const MAX_FLIPS_SHOWN = 4;

/**
 * Greedy word wrap with a first-line prefix and a hanging indent, measured in
 * display columns. A word longer than a line that is not ASCII (CJK text
 * has no spaces) is broken between graphemes, never inside one.
 */
export function wrap(text: string, width: number, first: string, rest: string): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  const restWidth = displayWidth(rest);
  let line = first;
  let used = displayWidth(first);
  let empty = true;
  const newLine = () => {
    lines.push(line);
    line = rest;
    used = restWidth;
    empty = true;
  };
  for (const word of words) {
    const w = displayWidth(word);
    const gap = empty ? 0 : 1;
    if (used + gap + w <= width) {
      line += (empty ? '' : ' ') + word;
      used += gap + w;
    } else if (w <= width - restWidth || isAscii(word)) {
      // Fits on a line of its own; or an ASCII word (a long name, an
      // address), kept whole as it always was.
      if (!empty) newLine();
      line += word;
      used += w;
    } else {
      // Too long for any line: fill what is left of this one, then whole lines.
      const head = sliceColumns(word, width - used - gap);
      if (head !== '') {
        line += (empty ? '' : ' ') + head;
        used += gap + displayWidth(head);
        empty = false;
      }
      for (const piece of splitColumns(word.slice(head.length), Math.max(1, width - restWidth))) {
        if (!empty) newLine();
        line += piece;
        used += displayWidth(piece);
        empty = false;
      }
    }
    empty = false;
  }
  lines.push(line);
  return lines;
}

function meter(score: number, cells: number, decorated: boolean, painter: Painter, take: boolean): string {
  const filled = Math.round((score / 100) * cells);
  const full = (decorated ? '█' : '#').repeat(filled);
  const empty = (decorated ? '░' : '-').repeat(cells - filled);
  const bar = (take ? painter.good(full) : painter.bad(full)) + painter.dim(empty);
  return decorated ? bar : `[${bar}]`;
}

function labelLine(verdict: Verdict, decorated: boolean): string | undefined {
  const company = verdict.answers.company && stripControl(verdict.answers.company);
  const role = verdict.answers.role && stripControl(verdict.answers.role);
  if (company && role) return `${role}${decorated ? ' · ' : ' - '}${company}`;
  return company || role || undefined;
}

function closingLine(verdict: Verdict, explain: boolean): string {
  if (verdict.verdict === 'take') {
    // The payoffs every take shares close the report in a few words (in full, under "Why go", with --explain).
    const shared = GENERAL_PAYOFFS.filter((id) => verdict.reasons.some((r) => r.id === id));
    return explain || shared.length === 0
      ? "It's one hour, and it's your career. Take the shot."
      : `Either way, ${joinWords(shared.map((id) => PAYOFF_SHORT[id]))}.`;
  }
  if (verdict.answers.wouldTake === 'no') return 'Say no kindly, and keep your hour for a job you would really want.';
  return 'Keep your hour for an opportunity that fits you.';
}

/** What each part of the score is, in words, for --explain. */
function factorLabel(entry: BreakdownEntry, verdict: Verdict): string {
  const a = verdict.answers;
  switch (entry.factor) {
    case 'base':
      return 'start';
    case 'skills':
      return `skills fit: ${a.skills}`;
    case 'pay': {
      if (!a.payFigures) return `pay: ${a.pay}`;
      const { offered, target } = a.payFigures;
      // Whole percent, rounded down, of the figure the score reads: the
      // bottom of a range on the high side, its top (or floor) on the low side.
      const top = offered.max ?? offered.min;
      const high = a.pay === 'above';
      const which =
        offered.max === offered.min
          ? 'offer'
          : high
            ? 'bottom of the offer'
            : offered.max === null
              ? 'floor of the offer'
              : 'top of the offer';
      return `pay: ${a.pay}, ${which} at ${Math.floor(((high ? offered.min : top) * 100) / target)}% of your target`;
    }
    case 'wouldTake':
      return `would take it: ${a.wouldTake}`;
    case 'massPitch':
      return `mass pitch: ${a.massPitch ? 'yes' : 'no'}`;
    case 'ready':
      return `ready to move: ${a.ready}`;
    case 'unemployed':
      return 'between jobs: looking';
    case 'settling':
      return 'employed: no need to settle';
    case 'limit':
      return 'kept within 0-100';
    case 'veto':
      return a.wouldTake === 'no' ? "veto: you'd never take it" : 'veto: outside your skills';
  }
}

function signed(points: number): string {
  return points > 0 ? `+${points}` : points < 0 ? `-${-points}` : '0';
}

/** The verdict as a short report: headline, score meter, grouped reasons, flips, questions, closing line. */
export function renderText(verdict: Verdict, options: TextOptions): string {
  const { decorated, painter } = options;
  const width = Math.max(MIN_WIDTH, Math.min(options.width, MAX_WIDTH));
  // A narrow terminal gets a shorter meter so the score line still fits.
  const cells = width >= 60 ? 20 : 10;
  const take = verdict.verdict === 'take';
  const out: string[] = [];

  /** A bulleted item, wrapped: the bullet is added after wrapping, so its escape codes never count towards the width. */
  const bulleted = (item: string, colour: (s: string) => string) => {
    const bullet = decorated ? `    ${colour('•')} ` : '  - ';
    const wrapped = wrap(item, width - 6, '', '');
    out.push(bullet + wrapped[0], ...wrapped.slice(1).map((l) => (decorated ? '      ' : '    ') + l));
  };

  if (options.message) {
    out.push(decorated ? `  ${painter.bold('From the message')}` : 'From the message:');
    for (const item of messageItems(options.message.findings, options.message)) bulleted(item, painter.dim);
    out.push('');
  }

  if (decorated) {
    // The badge is 6 columns wide plus a space; wrapped lines hang under the headline.
    const badge = take ? painter.takeBadge(' TAKE ') : painter.passBadge(' PASS ');
    const [first = '', ...rest] = wrap(verdict.headline, width - 7, '', '');
    out.push(`${badge} ${painter.bold(first)}`, ...rest.map((l) => `       ${painter.bold(l)}`));
  } else {
    out.push(...wrap(verdict.headline, width, '', ''));
  }
  const label = labelLine(verdict, decorated);
  if (label) out.push(...wrap(label, width, decorated ? '       ' : '', decorated ? '       ' : '').map(painter.dim));
  out.push('');

  const scoreText = `${verdict.score}/100`;
  const mark = `take at ${THRESHOLD}+`;
  // A close call is said on the score line when it fits, else on its own.
  const closeFits = cells === 20;
  const closeMark = verdict.close && closeFits ? (decorated ? `  ${painter.note('a close call')}` : ', a close call') : '';
  out.push(
    decorated
      ? `  ${painter.bold('Score')}  ${take ? painter.good(scoreText) : painter.bad(scoreText)}  ${meter(verdict.score, cells, true, painter, take)}  ${painter.dim(mark)}${closeMark}`
      : `Score: ${scoreText} ${meter(verdict.score, cells, false, painter, take)} ${mark}${closeMark}`,
  );
  if (verdict.close && !closeFits) out.push(decorated ? `  ${painter.note('A close call.')}` : 'A close call.');

  /** A titled list of bulleted, wrapped items. */
  const section = (title: string, items: string[], colour: (s: string) => string) => {
    if (items.length === 0) return;
    out.push('');
    out.push(decorated ? `  ${painter.bold(title)}` : `${title}:`);
    for (const item of items) {
      bulleted(item, colour);
    }
  };
  const reasons = (stance: Reason['stance']) => verdict.reasons.filter((r) => r.stance === stance);
  const general = new Set<string>(GENERAL_PAYOFFS);

  if (take) {
    // The payoffs every take shares are the closing line, unless asked to explain.
    const own = reasons('for').filter((r) => options.explain || !general.has(r.id));
    section(
      'Why go',
      own.map((r) => r.text),
      painter.good,
    );
    section(
      'Why not',
      reasons('against').map((r) => r.text),
      painter.bad,
    );
  } else {
    section(
      'Why not',
      reasons('against').map((r) => r.text),
      painter.bad,
    );
    section(
      'In its favour',
      reasons('for').map((r) => r.text),
      painter.good,
    );
  }
  section(
    'About your doubts',
    reasons('rebuttal').map((r) => r.text),
    painter.note,
  );

  // All flips are in --json; the report shows the first few.
  const shown = verdict.flips.slice(0, MAX_FLIPS_SHOWN).map((f) => f.text);
  if (verdict.flips.length > MAX_FLIPS_SHOWN) {
    const more = verdict.flips.length - MAX_FLIPS_SHOWN;
    shown.push(`...and ${more} more (all of them are in --json).`);
  }
  section(
    take ? 'What to watch for' : 'What could change it',
    shown.length > 0 ? shown : [take ? NOTHING_FLIPS_A_TAKE : NOTHING_FLIPS_A_PASS],
    painter.dim,
  );
  section(
    'Questions to bring',
    verdict.ask.map((q) => q.text),
    painter.note,
  );

  if (options.explain) {
    out.push('');
    out.push(decorated ? `  ${painter.bold('How the score adds up')}` : 'How the score adds up:');
    const rows: Array<[string, string]> = verdict.breakdown.map((entry) => [factorLabel(entry, verdict), signed(entry.points)]);
    rows.push(['score', String(verdict.score)]);
    const labelWidth = Math.max(...rows.map(([l]) => l.length));
    const pointsWidth = Math.max(...rows.map(([, p]) => p.length));
    for (const [name, points] of rows) {
      const line = `${name.padEnd(labelWidth)}  ${points.padStart(pointsWidth)}`;
      out.push((decorated ? '    ' : '  ') + (name === 'score' ? (decorated ? painter.bold(line) : line) : line));
    }
  }

  out.push('');
  out.push(...wrap(closingLine(verdict, options.explain === true), width, '', '').map(decorated ? painter.bold : (l: string) => l));
  return `${out.join('\n')}\n`;
}

const NOTHING_FLIPS_A_TAKE = 'Nothing you could still learn about the pay or the fit would make this a pass.';
const NOTHING_FLIPS_A_PASS = 'Nothing you could still learn or negotiate would make this a take.';

/** "a, b and c". */
function joinWords(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')}, and ${items.at(-1)}`;
}
