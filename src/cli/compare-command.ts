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
import { InvalidAnswerError, type AnswersInput } from '../core/answers.js';
import { applyProfile } from '../core/profile.js';
import { recordToAnswers, RecordError } from '../core/records.js';
import { evaluate } from '../core/rules.js';
import { stripControl } from '../core/sanitize.js';
import { headerLine, rowLine, toRow, type CompareRow, type Widths } from '../render/compare.js';
import { colourLevel } from '../io/colour.js';
import { painterFor } from '../io/painter.js';
import { FileAccessError, describeCause, errorCode, isSystemError } from '../io/file-error.js';
import { RankBuffer } from '../io/rank-buffer.js';
import { formatFromName, readRecords, type RecordFormat } from '../io/record-reader.js';
import { registerCleanup } from '../io/signals.js';
import type { IOStreams } from '../io/streams.js';
import type { ProfileStore } from '../io/profile-store.js';
import { EXIT, UsageError } from './errors.js';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export interface CompareOptions {
  file: string;
  json: boolean;
  format?: RecordFormat;
  profile: boolean;
  colour: boolean | undefined;
}

export interface CompareDeps {
  io: IOStreams;
  profileStore(): ProfileStore;
  /** The records' source: stdin for "-", else the file. */
  open?: (file: string) => AsyncIterable<string | Buffer>;
}

function defaultOpen(file: string): AsyncIterable<string | Buffer> {
  return file === '-' ? process.stdin : createReadStream(file);
}

/** Errors opening a file the user named: a usage error (exit 2), as a wrong path is. */
const NAMED_FILE_ERRORS = new Set(['ENOENT', 'EISDIR', 'ENOTDIR', 'EACCES', 'EPERM', 'ELOOP', 'ENAMETOOLONG']);

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
  const source = input((deps.open ?? defaultOpen)(options.file), options.file);
  const format = options.format ?? (options.file === '-' ? undefined : formatFromName(options.file));
  const widths: Widths = { company: 'COMPANY'.length, role: 'ROLE'.length };
  let bad = 0;
  let takes = 0;
  for await (const item of readRecords(source, format)) {
    const where = `record ${item.index} (line ${item.line})`;
    if (item.error !== undefined) {
      bad++;
      // Parser messages quote the bad input, which came from the file: clean it.
      io.stderr.write(`error: ${where}: ${stripControl(item.error)}\n`);
      continue;
    }
    try {
      const given = recordToAnswers(item.value);
      const answers = profile ? applyProfile(given, profile).answers : given;
      const result = evaluate(answers as AnswersInput);
      if (result.verdict === 'take') takes++;
      if (options.json) {
        rank.add(result.score, JSON.stringify({ index: item.index, line: item.line, ...result }));
      } else {
        const row = toRow(item.index, result);
        widths.company = Math.max(widths.company, [...row.company].length);
        widths.role = Math.max(widths.role, [...row.role].length);
        rank.add(result.score, JSON.stringify(row));
      }
    } catch (error) {
      if (!(error instanceof RecordError || error instanceof InvalidAnswerError)) throw error;
      bad++;
      const field = error instanceof RecordError ? error.field : error.key;
      io.stderr.write(`error: ${where}${field ? `, field "${stripControl(field)}"` : ''}: ${stripControl(error.message)}\n`);
    }
  }

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
    for await (const line of rank.drain()) {
      await out(`${first ? '\n' : ',\n'}${line}`);
      first = false;
    }
    await out(first ? ']\n' : '\n]\n');
    await flush();
  } else {
    const level = colourLevel({ flag: options.colour, env: io.env, isTTY: io.stdout.isTTY === true });
    const painter = await painterFor(level);
    if (rank.count > 0) {
      await out(headerLine(widths, painter) + '\n');
      let position = 0;
      for await (const line of rank.drain()) {
        await out(rowLine(++position, JSON.parse(line) as CompareRow, widths, painter) + '\n');
      }
    }
    const passes = rank.count - takes;
    await out(
      rank.count === 0
        ? 'No opportunities to compare.\n'
        : `${plural(rank.count, 'opportunity', 'opportunities')}: ${plural(takes, 'take', 'takes')}, ${plural(passes, 'pass', 'passes')}.\n`,
    );
    await flush();
  }
  if (bad > 0) {
    io.stderr.write(`${plural(bad, 'record', 'records')} could not be used (see above).\n`);
    return EXIT.usage;
  }
  return takes > 0 ? EXIT.take : EXIT.pass;
}

