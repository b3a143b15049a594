// Renders a verdict for people. Pure: the caller decides whether the output
// is decorated (colour and Unicode glyphs) and how wide it may be, and
// passes a painter; nothing here looks at the terminal or the environment.

import { stripControl } from '../core/sanitize.js';
import { THRESHOLD, type Verdict } from '../core/rules.js';
import type { Reason } from '../core/reasons.js';

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
}

const MAX_WIDTH = 88;
const MIN_WIDTH = 40;
const MAX_FLIPS_SHOWN = 4;

/** Greedy word wrap with a first-line prefix and a hanging indent. */
export function wrap(text: string, width: number, first: string, rest: string): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = first;
  let empty = true;
  for (const word of words) {
    if (!empty && line.length + 1 + word.length > width) {
      lines.push(line);
      line = rest + word;
    } else {
      line += (empty ? '' : ' ') + word;
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

function closingLine(verdict: Verdict): string {
  if (verdict.verdict === 'take') return "It's one hour, and it's your career. Take the shot.";
  if (verdict.answers.wouldTake === 'no') return 'Say no kindly, and keep your hour for a job you would really want.';
  return 'Keep your hour for an opportunity that fits you.';
}

/** The verdict as a short report: headline, score meter, grouped reasons, closing line. */
export function renderText(verdict: Verdict, options: TextOptions): string {
  const { decorated, painter } = options;
  const width = Math.max(MIN_WIDTH, Math.min(options.width, MAX_WIDTH));
  // A narrow terminal gets a shorter meter so the score line still fits.
  const cells = width >= 60 ? 20 : 10;
  const take = verdict.verdict === 'take';
  const out: string[] = [];

  if (decorated) {
    // The badge is 6 columns wide plus a space; wrapped lines hang under the headline.
    const badge = take ? painter.takeBadge(' TAKE ') : painter.passBadge(' PASS ');
    const [first = '', ...rest] = wrap(verdict.headline, width - 7, '', '');
    out.push(`${badge} ${painter.bold(first)}`, ...rest.map((l) => '       ' + painter.bold(l)));
  } else {
    out.push(...wrap(verdict.headline, width, '', ''));
  }
  const label = labelLine(verdict, decorated);
  if (label) out.push(...wrap(label, width, decorated ? '       ' : '', decorated ? '       ' : '').map(painter.dim));
  out.push('');

  const scoreText = `${verdict.score}/100`;
  const mark = `take at ${THRESHOLD}+`;
  out.push(
    decorated
      ? `  ${painter.bold('Score')}  ${take ? painter.good(scoreText) : painter.bad(scoreText)}  ${meter(verdict.score, cells, true, painter, take)}  ${painter.dim(mark)}`
      : `Score: ${scoreText} ${meter(verdict.score, cells, false, painter, take)} ${mark}`,
  );

  if (verdict.close) {
    const points = Math.abs(verdict.score - THRESHOLD);
    const note =
      points === 0 ? 'A close call: right on the line.' : `A close call: ${points} ${points === 1 ? 'point' : 'points'} ${take ? 'above' : 'below'} the line.`;
    out.push(decorated ? `  ${painter.note(note)}` : note);
  }

  /** A titled list of bulleted, wrapped items. */
  const section = (title: string, items: string[], colour: (s: string) => string) => {
    if (items.length === 0) return;
    out.push('');
    out.push(decorated ? `  ${painter.bold(title)}` : `${title}:`);
    for (const item of items) {
      const bullet = decorated ? '    ' + colour('•') + ' ' : '  - ';
      // Wrap without the (possibly coloured) bullet so escape codes do not
      // count towards the width, then indent.
      const wrapped = wrap(item, width - 6, '', '');
      out.push(bullet + wrapped[0], ...wrapped.slice(1).map((l) => (decorated ? '      ' : '    ') + l));
    }
  };
  const reasons = (stance: Reason['stance']) => verdict.reasons.filter((r) => r.stance === stance).map((r) => r.text);

  section('Why go', reasons('for'), painter.good);
  section('Why not', reasons('against'), painter.bad);
  section('About your doubts', reasons('rebuttal'), painter.note);

  // All flips are in --json; the report shows the first few.
  const shown = verdict.flips.slice(0, MAX_FLIPS_SHOWN).map((f) => f.text);
  if (verdict.flips.length > MAX_FLIPS_SHOWN) {
    const more = verdict.flips.length - MAX_FLIPS_SHOWN;
    shown.push(`...and ${more} more (all of them are in --json).`);
  }
  section(
    'What would change it',
    shown.length > 0 ? shown : ['No change to one or two of your answers would flip this verdict.'],
    painter.dim,
  );
  section(
    'Questions to bring',
    verdict.ask.map((q) => q.text),
    painter.note,
  );

  out.push('');
  out.push(...wrap(closingLine(verdict), width, '', '').map(decorated ? painter.bold : (l: string) => l));
  return out.join('\n') + '\n';
}
