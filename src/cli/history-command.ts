// `should-i-interview history …`: list what was evaluated, record outcomes,
// and tidy up. Every change is an event appended to the log (see
// io/history-store.ts); nothing is ever rewritten.

import { findEntry, foldHistory, tally, type HistoryEntry, type Outcome, type Tally } from '../core/history.js';
import type { Verdict } from '../core/rules.js';
import { fitLabel } from '../render/compare.js';
import { displayWidth, outputColumns, padEnd, padStart, shrinkToFit, truncate } from '../render/width.js';
import { stripControl } from '../core/sanitize.js';
import type { HistoryStore } from '../io/history-store.js';
import type { IOStreams } from '../io/streams.js';
import { PROGRAM, UsageError } from './errors.js';
import type { Prompter } from './prompter.js';

export interface HistoryDeps {
  io: IOStreams;
  historyStore(): HistoryStore;
  /** The clock and new ids: the edge's, so the core has neither. */
  now(): Date;
  newId(): string;
  prompter(options: { colour: boolean }): Prompter;
}

/** Reads the log, reporting (never failing on) lines that are not events. */
function load(deps: HistoryDeps): { store: HistoryStore; entries: HistoryEntry[] } {
  const store = deps.historyStore();
  const { events, problems } = store.read();
  for (const problem of problems) {
    deps.io.stderr.write(
      `warning: ${store.path} line ${problem.line} is not a history entry and was skipped (the file is left as it is): ${stripControl(problem.text)}\n`,
    );
  }
  return { store, entries: foldHistory(events) };
}

/** Records an evaluation; returns its id. */
export function saveToHistory(result: Verdict, deps: HistoryDeps): string {
  const id = deps.newId();
  deps.historyStore().append({
    type: 'evaluated',
    id,
    at: deps.now().toISOString(),
    verdict: result.verdict,
    score: result.score,
    answers: result.answers,
  });
  return id;
}

function resolve(entries: HistoryEntry[], id: string): HistoryEntry {
  const found = findEntry(entries, id);
  if (found === 'ambiguous') throw new UsageError(`"${id}" starts more than one history id: give more of it.`, { command: 'history' });
  if (!found) throw new UsageError(`no history entry "${id}": '${PROGRAM} history' lists the ids.`, { command: 'history' });
  return found;
}

function describeTally(name: string, t: Tally): string {
  if (t.total === 0) return `${name}: none yet.`;
  const led = t.interviewed === 0 ? 'none led to an interview' : `${t.interviewed} led to an interview`;
  const offers = t.offers === 0 ? '' : `, ${t.offers} to an offer`;
  return `${name}: ${t.total}, ${led}${offers}.`;
}

export async function runHistoryList(options: { json: boolean }, deps: HistoryDeps): Promise<number> {
  const { store, entries } = load(deps);
  const totals = tally(entries);
  if (options.json) {
    deps.io.stdout.write(JSON.stringify({ path: store.path, entries, tally: totals }, null, 2) + '\n');
    return 0;
  }
  if (entries.length === 0) {
    deps.io.stdout.write(`Nothing in your history yet. Add an evaluation with --save, for example:\n  ${PROGRAM} --employed --skills strong --pay match --company Acme --save\n`);
    return 0;
  }
  const rows = entries.map((e) => [stripControl(e.id), stripControl(e.at).slice(0, 10), e.verdict, String(e.score), fitLabel(e.company) || '-', fitLabel(e.role) || '-', e.outcome ?? '-']);
  const header = ['ID', 'DATE', 'VERDICT', 'SCORE', 'COMPANY', 'ROLE', 'OUTCOME'];
  // Display columns, so CJK, emoji and combining labels align.
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => displayWidth(r[i]!))));
  // On a terminal, or with COLUMNS, the company and role shrink to fit.
  const columns = outputColumns(deps.io.stdout, deps.io.env);
  if (columns !== undefined) {
    const others = widths.reduce((sum, w, i) => (i === 4 || i === 5 ? sum : sum + w), 0) + 2 * (widths.length - 1);
    const [company, role] = shrinkToFit([widths[4]!, widths[5]!], columns - others, 7);
    widths[4] = company!;
    widths[5] = role!;
  }
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === 3 ? padStart(c, widths[i]!) : padEnd(truncate(c, widths[i]!), widths[i]!)))
      .join('  ')
      .trimEnd();
  deps.io.stdout.write(
    [line(header), ...rows.map(line), '', describeTally('Takes', totals.take), describeTally('Passes', totals.pass)].join('\n') + '\n',
  );
  return 0;
}

export async function runHistoryOutcome(id: string, outcome: Outcome, deps: HistoryDeps): Promise<number> {
  const { store, entries } = load(deps);
  const entry = resolve(entries, id);
  store.append({ type: 'outcome', id: entry.id, at: deps.now().toISOString(), outcome });
  deps.io.stdout.write(`Recorded "${outcome}" for ${stripControl(entry.id)}${entry.company ? ` (${fitLabel(entry.company)})` : ''}.\n`);
  return 0;
}

export async function runHistoryRemove(id: string, deps: HistoryDeps): Promise<number> {
  const { store, entries } = load(deps);
  const entry = resolve(entries, id);
  store.append({ type: 'removed', id: entry.id, at: deps.now().toISOString() });
  deps.io.stdout.write(`Removed ${stripControl(entry.id)} from your history.\n`);
  return 0;
}

export async function runHistoryClear(options: { yes: boolean; interactive: boolean; colour: boolean }, deps: HistoryDeps): Promise<number> {
  const { store, entries } = load(deps);
  if (entries.length === 0) {
    deps.io.stdout.write('Your history is already empty.\n');
    return 0;
  }
  if (!options.yes) {
    if (!options.interactive) {
      throw new UsageError(
        `history clear removes ${entries.length} ${entries.length === 1 ? 'entry' : 'entries'}: add --yes to confirm (nothing is asked off a terminal).`,
        { command: 'history clear' },
      );
    }
    const sure = await deps.prompter({ colour: options.colour }).confirm({
      message: `Clear all ${entries.length} ${entries.length === 1 ? 'entry' : 'entries'} from your history?`,
      default: false,
    });
    if (!sure) {
      deps.io.stderr.write('Nothing was cleared.\n');
      return 0;
    }
  }
  store.append({ type: 'cleared', at: deps.now().toISOString() });
  deps.io.stdout.write(`Cleared ${entries.length} ${entries.length === 1 ? 'entry' : 'entries'} from your history.\n`);
  return 0;
}
