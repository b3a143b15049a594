// `should-i-interview history …`: list what was evaluated, record outcomes,
// and tidy up. Every change is an event appended to the log (see
// io/history-store.ts); nothing is ever rewritten.

import { findEntry, foldHistory, OUTCOMES, tally, type HistoryEntry, type Outcome } from '../../core/history.js';
import type { Verdict } from '../../core/rules.js';
import { fitLabel } from '../../render/compare.js';
import { renderHistoryTable } from '../../render/history.js';
import { outputColumns } from '../../render/width.js';
import { stripControl } from '../../core/sanitize.js';
import type { HistoryStore } from '../../io/history-store.js';
import type { IOStreams } from '../../io/streams.js';
import { PROGRAM, UsageError } from '../errors.js';
import { canAsk, type Prompter } from '../prompter.js';
import { COMMAND_FLAGS } from '../flags.js';
import type { CommandSpec } from '../command-spec.js';
import { colourLevel } from '../../io/colour.js';

export interface HistoryDeps {
  io: IOStreams;
  historyStore(): HistoryStore;
  /** The clock and new ids: the edge's, so the core has neither. */
  now(): Date;
  newId(): string;
  prompter(options: { colour: boolean }): Prompter;
}

const NO_PROFILE = 'the history does not read the saved profile';

export const historyCommand: CommandSpec = {
  path: ['history'],
  summary: 'what you evaluated with --save, newest first, and what came of it',
  flags: [],
  globals: ['json', 'quiet', 'color', 'input'],
  refusals: { profile: NO_PROFILE },
  helpAfter: `
Examples:
  $ ${PROGRAM} --employed --skills strong --pay match --company Acme --save
  $ ${PROGRAM} history
  $ ${PROGRAM} history outcome 3f9a2c41d07b5e86 interviewed
  $ ${PROGRAM} history remove 3f9a2c4
  $ ${PROGRAM} history clear --yes
`,
  run: (_args, flags, context) => runHistoryList({ json: flags.json === true }, context),
};

export const historyOutcomeCommand: CommandSpec = {
  path: ['history', 'outcome'],
  summary: 'record what happened',
  arguments: [
    { name: 'id', description: 'the entry, or the start of its id' },
    { name: 'outcome', description: `what happened: ${OUTCOMES.join(' | ')}`, choices: OUTCOMES },
  ],
  flags: [],
  globals: ['quiet', 'color', 'input'],
  refusals: { profile: NO_PROFILE, json: 'it prints one line saying what was recorded' },
  run: (args, _flags, context) => runHistoryOutcome(args[0]!, args[1] as Outcome, context),
};

export const historyRemoveCommand: CommandSpec = {
  path: ['history', 'remove'],
  summary: 'remove one entry',
  arguments: [{ name: 'id', description: 'the entry, or the start of its id' }],
  flags: [],
  globals: ['quiet', 'color', 'input'],
  refusals: { profile: NO_PROFILE, json: 'it prints one line saying what was removed' },
  run: (args, _flags, context) => runHistoryRemove(args[0]!, context),
};

export const historyClearCommand: CommandSpec = {
  path: ['history', 'clear'],
  summary: 'remove every entry (asks first on a terminal; --yes off one)',
  flags: [COMMAND_FLAGS.yes],
  globals: ['quiet', 'color', 'input'],
  refusals: { profile: NO_PROFILE, json: 'it prints one line saying what was cleared' },
  run(_args, flags, context) {
    const { io } = context;
    const interactive = canAsk({ input: flags.input !== false }, io);
    const colour = colourLevel({ flag: flags.color, env: io.env, isTTY: io.stderr.isTTY === true }) > 0;
    return runHistoryClear({ yes: flags.yes === true, interactive, colour }, context);
  },
};

export const historyPathCommand: CommandSpec = {
  path: ['history', 'path'],
  summary: "print the history file's path",
  flags: [],
  globals: ['quiet', 'color', 'input'],
  refusals: { profile: NO_PROFILE, json: 'it prints the path alone' },
  async run(_args, _flags, context) {
    context.io.stdout.write(`${context.historyStore().path}\n`);
    return 0;
  },
};

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

/** The entry `id` names, for `history <command>` (whose help a usage error points at). */
function resolve(entries: HistoryEntry[], id: string, command: 'outcome' | 'remove'): HistoryEntry {
  const found = findEntry(entries, id);
  const where = { command: `history ${command}` };
  if (found === 'ambiguous') throw new UsageError(`"${id}" starts more than one history id: give more of it.`, where);
  if (!found) throw new UsageError(`no history entry "${id}": '${PROGRAM} history' lists the ids.`, where);
  return found;
}

export async function runHistoryList(options: { json: boolean }, deps: HistoryDeps): Promise<number> {
  const { store, entries } = load(deps);
  const totals = tally(entries);
  if (options.json) {
    deps.io.stdout.write(`${JSON.stringify({ path: store.path, entries, tally: totals }, null, 2)}\n`);
    return 0;
  }
  if (entries.length === 0) {
    deps.io.stdout.write(
      `Nothing in your history yet. Add an evaluation with --save, for example:\n  ${PROGRAM} --employed --skills strong --pay match --company Acme --save\n`,
    );
    return 0;
  }
  deps.io.stdout.write(renderHistoryTable(entries, totals, outputColumns(deps.io.stdout, deps.io.env)));
  return 0;
}

export async function runHistoryOutcome(id: string, outcome: Outcome, deps: HistoryDeps): Promise<number> {
  const { store, entries } = load(deps);
  const entry = resolve(entries, id, 'outcome');
  store.append({ type: 'outcome', id: entry.id, at: deps.now().toISOString(), outcome });
  deps.io.stdout.write(`Recorded "${outcome}" for ${stripControl(entry.id)}${entry.company ? ` (${fitLabel(entry.company)})` : ''}.\n`);
  return 0;
}

export async function runHistoryRemove(id: string, deps: HistoryDeps): Promise<number> {
  const { store, entries } = load(deps);
  const entry = resolve(entries, id, 'remove');
  store.append({ type: 'removed', id: entry.id, at: deps.now().toISOString() });
  deps.io.stdout.write(`Removed ${stripControl(entry.id)} from your history.\n`);
  return 0;
}

export async function runHistoryClear(
  options: { yes: boolean; interactive: boolean; colour: boolean },
  deps: HistoryDeps,
): Promise<number> {
  const { store, entries } = load(deps);
  if (entries.length === 0) {
    deps.io.stdout.write('Your history is already empty.\n');
    return 0;
  }
  if (!options.yes) {
    if (!options.interactive) {
      throw new UsageError(
        `history clear removes ${entries.length} ${entries.length === 1 ? 'entry' : 'entries'}: add --yes to confirm (nothing is asked with --no-input or off a terminal).`,
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
