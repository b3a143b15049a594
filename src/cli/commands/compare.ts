// `should-i-interview compare <file|->`: every opportunity in a file, ranked
// by score. Records stream through one at a time and are ranked in constant
// memory (io/rank-buffer.ts), so the file may be of any size; a record over
// the size limit is reported and skipped (io/record-reader.ts).
//
// The ranking may spill to temporary files. They never outlive the run: they
// are removed on success, on every error (stdout failing included) and, through
// io/signals.ts, on SIGINT, SIGTERM and SIGHUP. The input file failing to open
// is the user's mistake (exit 2); the temp folder failing is not (exit 74, and
// the message names the temp folder).

import { createReadStream } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { MessageFindings } from '../../core/message/index.js';
import { readMessageFile } from '../../io/message-file.js';
import { MessageInputError, readMessageBytes } from '../../io/message-source.js';
import { InvalidAnswerError, type AnswersInput } from '../../core/answers.js';
import { applyProfile } from '../../core/profile.js';
import {
  duplicateColumns,
  duplicateMessage,
  matchColumn,
  missingHint,
  readRecord,
  RecordError,
  unknownColumnMessage,
  type RecordLabels,
} from '../../core/records.js';
import { evaluate } from '../../core/rules.js';
import { stripControl } from '../../core/sanitize.js';
import { fitWidths, headerLine, rowLine, toRow, widen, type CompareRow, type Widths } from '../../render/compare.js';
import { outputColumns } from '../../render/width.js';
import { colourLevel } from '../../io/colour.js';
import { painterFor } from '../../io/painter.js';
import { FileAccessError, describeCause, errorCode, isSystemError, NAMED_FILE_ERRORS } from '../../io/file-error.js';
import { RankBuffer } from '../../io/rank-buffer.js';
import {
  describeSeparator,
  formatFromName,
  readRecords,
  separatorFromName,
  type CsvHeader,
  type RecordFormat,
} from '../../io/record-reader.js';
import { registerCleanup } from '../../io/signals.js';
import type { IOStreams } from '../../io/streams.js';
import type { ProfileStore } from '../../io/profile-store.js';
import { EXIT, PROGRAM, UsageError } from '../errors.js';
import { answerFlags, answersOf, COMMAND_FLAGS } from '../flags.js';
import type { CommandSpec } from '../command-spec.js';
import type { PartialAnswers } from '../../core/profile.js';

/** The most unknown columns or fields named in warnings. */
const MAX_WARNINGS = 10;

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export const compareCommand: CommandSpec = {
  path: ['compare'],
  summary: 'rank several opportunities from a JSON array, NDJSON or CSV file ("-" for stdin)',
  arguments: [{ name: 'file', description: 'the file to read, or - for stdin', complete: 'file' }],
  flags: [
    COMMAND_FLAGS.format,
    COMMAND_FLAGS.limit,
    // Answers for every record, over its own: `compare offers.csv --unemployed`.
    ...answerFlags('employment', 'ready', 'skills', 'pay', 'offered', 'target', 'massPitch', 'wouldTake', 'concerns'),
  ],
  globals: ['json', 'quiet', 'color', 'input', 'profile'],
  helpAfter: `
Each record has the answer fields, named as in the JSON "answers":
employment, ready, skills, pay (or offered and target), massPitch,
wouldTake, concerns, and optionally company, role, url, notes, id and
message (a file with the recruiter's message, read as --message is, relative
to the records file; the record's own cells win over what it says).
Column names and values match ignoring case, spaces, dashes and
underscores ("Would take" is wouldTake); unknown columns are named on
stderr. CSV may be separated by commas, semicolons or tabs (.tsv); blank
rows are skipped. The saved profile fills what a record leaves out; an
answer flag (--unemployed, --target 130k) applies to every record, over
what the record says.

Examples:
  $ ${PROGRAM} compare offers.csv
  $ ${PROGRAM} compare offers.csv --limit 3
  $ ${PROGRAM} compare offers.csv --unemployed
  $ ${PROGRAM} compare offers.json --json | jq -r '.[0].answers.company'
  $ cat offers.ndjson | ${PROGRAM} compare -

Exit codes: ${EXIT.take} at least one take, ${EXIT.pass} none, ${EXIT.usage} a record could not be used.
`,
  run(args, flags, context) {
    const options: CompareOptions = {
      file: args[0]!,
      json: flags.json === true,
      profile: flags.profile !== false,
      colour: flags.color,
      overrides: answersOf(flags),
    };
    if (flags.format !== undefined) options.format = flags.format;
    if (flags.limit !== undefined) options.limit = flags.limit;
    if (flags.quiet) options.quiet = true;
    return runCompare(options, context);
  },
};

/**
 * A record's answers with the command line's over them. A pay given either
 * way (`--pay`, or `--offered` with or without `--target`) replaces the
 * record's pay of both kinds, so the two never disagree.
 */
export function withOverrides(given: PartialAnswers, overrides: PartialAnswers): PartialAnswers {
  const answers: PartialAnswers = { ...given };
  if (overrides.pay !== undefined || overrides.offered !== undefined) {
    delete answers.pay;
    delete answers.offered;
  }
  return Object.assign(answers, overrides);
}

/**
 * The findings of a record's message file, named relative to the records
 * file (or to the current folder for standard input). A file that cannot be
 * read makes the record a bad one, as a bad cell does.
 */
async function recordMessage(name: string, recordsFile: string, warn: (text: string) => void): Promise<MessageFindings> {
  const path = resolve(recordsFile === '-' ? '.' : dirname(recordsFile), name);
  let bytes: Uint8Array;
  try {
    bytes = await readMessageFile(path);
  } catch (error) {
    if (!isSystemError(error)) throw error;
    throw new RecordError('message', `cannot read ${name}: ${describeCause(error)}`);
  }
  try {
    const source = await readMessageBytes(bytes);
    for (const warning of source.warnings) warn(`message ${name}: ${warning}`);
    // The reader is loaded only by a records file that names a message (its bundle is two thirds of the program).
    const { readMessageText } = await import('../../core/message/index.js');
    return readMessageText(source);
  } catch (error) {
    if (error instanceof MessageInputError) throw new RecordError('message', `${name}: ${error.message}`);
    throw error;
  }
}

/**
 * evaluate(), with the message beside the result. A pay the message gave
 * that cannot be compared with the target (another currency: nothing is
 * converted) is left out, as on the command line, rather than failing the record.
 */
function evaluateWithMessage(answers: PartialAnswers, findings: MessageFindings | null, payFromMessage: boolean) {
  try {
    return evaluate(answers as AnswersInput, { message: findings });
  } catch (error) {
    if (!(payFromMessage && error instanceof InvalidAnswerError && error.keys.includes('offered'))) throw error;
    const { offered: _dropped, ...rest } = answers;
    return evaluate(rest as AnswersInput, { message: findings });
  }
}

export interface CompareOptions {
  file: string;
  /** Answers for every record, over the record's own (from answer flags). */
  overrides?: PartialAnswers;
  json: boolean;
  format?: RecordFormat;
  profile: boolean;
  colour: boolean | undefined;
  /** Print only the best `limit` (the summary and the exit code still count every record). */
  limit?: number;
  /** Print nothing: the exit code says. */
  quiet?: boolean;
}

export interface CompareDeps {
  io: IOStreams;
  profileStore(): ProfileStore;
  /** The records' source: stdin for "-", else the file. */
  open?: (file: string) => AsyncIterable<string | Buffer>;
  /** The clock for the progress line, in milliseconds (tests pass a fake). */
  progressClock?: () => number;
  /** How long a run goes before the progress line shows, in milliseconds: 500 unless set. */
  progressAfterMs?: number;
}

/**
 * The one-line count on a terminal's stderr while records are read: shown
 * once the run has gone on for `after` ms, redrawn a few times a second,
 * and cleared before anything else is written to stderr and at the end.
 */
class Progress {
  private readonly start: number;
  private nextDraw: number;
  private shown = false;
  constructor(
    private readonly stderr: { write(chunk: string): unknown; writeControl?(chunk: string): unknown },
    private readonly now: () => number,
    after: number,
  ) {
    this.start = now();
    this.nextDraw = this.start + after;
  }
  /** Called once a record: draws when it is time. */
  tick(count: number): void {
    const now = this.now();
    if (now < this.nextDraw) return;
    this.nextDraw = now + 250;
    const seconds = Math.max((now - this.start) / 1000, 0.001);
    const rate = Math.round(count / seconds).toLocaleString('en-US');
    // The count is the tool's own text: written with its controls intact (see OutputStream.writeControl).
    this.control(`\r\x1b[K${count.toLocaleString('en-US')} records read, ${rate} records/s`);
    this.shown = true;
  }
  clear(): void {
    if (!this.shown) return;
    this.control('\r\x1b[K');
    this.shown = false;
  }
  private control(text: string): void {
    if (this.stderr.writeControl) this.stderr.writeControl(text);
    else this.stderr.write(text);
  }
}

function defaultOpen(file: string): AsyncIterable<string | Buffer> {
  return file === '-' ? process.stdin : createReadStream(file);
}

/**
 * The input's chunks, with its read errors made into what the user sees, so
 * that only an error from the input itself is blamed on the input.
 */
async function* input(source: AsyncIterable<string | Buffer>, file: string): AsyncGenerator<string | Buffer> {
  try {
    yield* source;
  } catch (error) {
    if (!isSystemError(error)) throw error;
    const name = file === '-' ? 'standard input' : file;
    if (file !== '-' && NAMED_FILE_ERRORS.has(errorCode(error)!)) {
      throw new UsageError(`cannot read ${name}: ${describeCause(error)}`, { command: 'compare' });
    }
    throw new FileAccessError(name, 'read the input', error);
  }
}

/** One result of --json: evaluate()'s result, with its place in the file first and the record's url, notes and id after. */
function jsonResult(index: number, line: number, result: object, labels: RecordLabels | undefined): object {
  return labels ? { index, line, ...result, labels } : { index, line, ...result };
}

export async function runCompare(options: CompareOptions, deps: CompareDeps): Promise<number> {
  const { io } = deps;
  const profile = options.profile ? deps.profileStore().read() : undefined;
  const rank = new RankBuffer();
  // Installed before the first record, so a signal at any point removes what has spilled.
  const unregister = registerCleanup(() => rank.dispose(), io.stderr);
  try {
    return await rankAndPrint(options, deps, profile, rank);
  } finally {
    rank.dispose();
    unregister();
  }
}

async function rankAndPrint(
  options: CompareOptions,
  deps: CompareDeps,
  profile: ReturnType<ProfileStore['read']> | undefined,
  rank: RankBuffer,
): Promise<number> {
  const { io } = deps;
  const quiet = options.quiet === true;
  const source = input((deps.open ?? defaultOpen)(options.file), options.file);
  const format = options.format ?? (options.file === '-' ? undefined : formatFromName(options.file));
  const widths: Widths = { company: 'COMPANY'.length, role: 'ROLE'.length };
  const progress =
    io.stderr.isTTY === true && !quiet ? new Progress(io.stderr, deps.progressClock ?? Date.now, deps.progressAfterMs ?? 500) : undefined;
  /** Writes a line on stderr (never with --quiet), clearing the progress line first. */
  const note = (text: string) => {
    if (quiet) return;
    progress?.clear();
    io.stderr.write(text);
  };
  if (options.file === '-' && io.stdin.isTTY === true) {
    note('Reading opportunities from standard input: paste or type them, then press Ctrl-D on a line of its own to end.\n');
  }
  // Unknown columns and keys, warned about once each, and no more than
  // MAX_WARNINGS of them (a file may have thousands of columns).
  const warned = new Set<string>();
  let sawHeader = false;
  const warn = (names: readonly string[], noun: string) => {
    for (const name of names) {
      if (warned.size > MAX_WARNINGS) return;
      if (warned.has(name)) continue;
      const match = matchColumn(name);
      if (!('unknown' in match) || name.trim() === '') continue;
      warned.add(name);
      note(
        warned.size > MAX_WARNINGS
          ? `warning: more ${noun}s that are neither answers nor labels are ignored without a word.\n`
          : `warning: ${unknownColumnMessage(match, noun)}\n`,
      );
    }
  };
  /** An error with the whole file (a CSV header): no record is evaluated. */
  let fatal: string | undefined;
  const onHeader = (header: CsvHeader) => {
    const [pair] = duplicateColumns(header.names);
    if (pair) {
      fatal = `${duplicateMessage(pair)}; no record was read`;
      return;
    }
    if (header.names.length === 1 && 'unknown' in matchColumn(header.names[0]!)) {
      const expected = header.expected ? describeSeparator(header.expected) : 'commas, semicolons or tabs';
      fatal =
        `the header row has one column only ("${stripControl(header.names[0]!).slice(0, 80)}"): ` +
        `expected columns separated by ${expected}, but the header seems to use ${describeSeparator(header.seemsToUse)}`;
      return;
    }
    sawHeader = true;
    warn(header.names, 'column');
  };
  const stats = { blank: 0 };
  const expectedSeparator = options.file === '-' ? undefined : separatorFromName(options.file);
  let bad = 0;
  let takes = 0;
  let count = 0;
  let read = 0;
  try {
    for await (const item of readRecords(source, format, { onHeader, stats, ...(expectedSeparator ? { expectedSeparator } : {}) })) {
      if (fatal !== undefined) break;
      if (progress) progress.tick(++read);
      const where = `record ${item.index} (line ${item.line})`;
      if (item.error !== undefined) {
        bad++;
        // Parser messages quote the bad input, which came from the file: clean it.
        note(`error: ${where}: ${stripControl(item.error)}\n`);
        continue;
      }
      try {
        const { answers: given, labels, unknown } = readRecord(item.value);
        if (unknown && !sawHeader) warn(unknown, 'field');
        // The record's message fills what its own cells leave blank; the flags go over both.
        const findings = labels?.message
          ? await recordMessage(labels.message, options.file, (text) => note(`warning: ${where}: ${text}\n`))
          : null;
        const fromMessage = findings ? (await import('../../core/message/index.js')).answersFromMessage(given, findings) : undefined;
        const stated = fromMessage ? fromMessage.answers : given;
        const mine = options.overrides ? withOverrides(stated, options.overrides) : stated;
        const answers = profile ? applyProfile(mine, profile).answers : mine;
        const result = evaluateWithMessage(answers, findings, fromMessage?.filled.includes('pay') === true);
        count++;
        if (result.verdict === 'take') takes++;
        if (quiet) continue;
        if (options.json) {
          rank.add(result.score, JSON.stringify(jsonResult(item.index, item.line, result, labels)));
        } else {
          const row = toRow(item.index, result);
          widen(widths, row);
          rank.add(result.score, JSON.stringify(row));
        }
      } catch (error) {
        if (!(error instanceof RecordError || error instanceof InvalidAnswerError)) throw error;
        bad++;
        const field = error instanceof RecordError ? error.field : error.key;
        const missing = error instanceof InvalidAnswerError && error.value === undefined ? error.key : undefined;
        // --offered given for every record needs a target to compare with: the hint says where one comes from.
        const hint =
          missing === 'target' && options.overrides?.offered !== undefined
            ? 'give --target, a target column, or save one with `profile set --target`'
            : missing !== undefined
              ? missingHint(missing)
              : undefined;
        note(
          `error: ${where}${field ? `, field "${stripControl(field)}"` : ''}: ${hint ? `${stripControl(error.message).replace(/\.$/, '')} (${hint}).` : stripControl(error.message)}\n`,
        );
      }
    }
  } finally {
    progress?.clear();
  }
  if (fatal !== undefined) {
    // Not --quiet's to hide: nothing was evaluated.
    io.stderr.write(`error: ${fatal}.\n`);
    return EXIT.usage;
  }
  if (quiet) return bad > 0 ? EXIT.usage : takes > 0 ? EXIT.take : EXIT.pass;
  const limit = options.limit ?? Infinity;

  // The results can be hundreds of megabytes: written in pieces of 64 kB,
  // each waiting for the reader (see OutputStream.writeAsync).
  let pending: string[] = [];
  let pendingSize = 0;
  const flush = async () => {
    const text = pending.join('');
    pending = [];
    pendingSize = 0;
    if (text === '') return;
    if (io.stdout.writeAsync) await io.stdout.writeAsync(text);
    else io.stdout.write(text);
  };
  const out = async (text: string) => {
    pending.push(text);
    pendingSize += text.length;
    if (pendingSize >= 64 * 1024) await flush();
  };

  if (options.json) {
    await out('[');
    let first = true;
    let printed = 0;
    for await (const line of rank.drain()) {
      if (printed++ >= limit) break;
      await out(`${first ? '\n' : ',\n'}${line}`);
      first = false;
    }
    await out(first ? ']\n' : '\n]\n');
    await flush();
  } else {
    const level = colourLevel({ flag: options.colour, env: io.env, isTTY: io.stdout.isTTY === true });
    const painter = await painterFor(level);
    // Labels shrink so a row fits the terminal, or COLUMNS off one; no limit otherwise.
    const table = fitWidths(widths, outputColumns(io.stdout, io.env));
    if (rank.count > 0) {
      await out(`${headerLine(table, painter)}\n`);
      let position = 0;
      for await (const line of rank.drain()) {
        if (position >= limit) break;
        await out(`${rowLine(++position, JSON.parse(line) as CompareRow, table, painter)}\n`);
      }
    }
    const passes = count - takes;
    const blank = stats.blank > 0 ? `${plural(stats.blank, 'blank row', 'blank rows')} skipped` : '';
    const shown = limit < rank.count ? `; the best ${limit} shown` : '';
    await out(
      count === 0
        ? `No opportunities to compare${blank ? ` (${blank})` : ''}.\n`
        : `${plural(count, 'opportunity', 'opportunities')}: ${plural(takes, 'take', 'takes')}, ${plural(passes, 'pass', 'passes')}` +
            `${shown}${blank ? `; ${blank}` : ''}.\n`,
    );
    await flush();
  }
  if (bad > 0) {
    io.stderr.write(`${plural(bad, 'record', 'records')} could not be used (see above).\n`);
    return EXIT.usage;
  }
  return takes > 0 ? EXIT.take : EXIT.pass;
}
