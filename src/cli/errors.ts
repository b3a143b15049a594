// The one place that turns outcomes and errors into exit codes and messages.
// Everything else throws or returns; only this file decides what the user
// sees when something goes wrong and how the process ends.

import type { IOStreams } from '../io/streams.js';
import { InvalidAnswerError } from '../core/answers.js';
import { describeCause, FileAccessError, isSystemError } from '../io/file-error.js';
import { ProfileError } from '../io/profile-store.js';
import { SIGNAL_EXIT } from '../io/signals.js';

export const EXIT = {
  take: 0,
  pass: 1,
  usage: 2,
  internal: 70,
  /** The operating system refused to read or write the tool's own files or stdout (EX_IOERR). */
  io: 74,
  /** Ctrl-C or end of input at a question: the code of an end by SIGINT (io/signals.ts has the signals' codes). */
  cancelled: SIGNAL_EXIT.SIGINT,
} as const;

export const PROGRAM = 'should-i-interview';

/** Bad input from the user: a flag, a value, a missing answer. Exit 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
  /** The subcommand whose help to point at ("profile set"), if not the root. */
  readonly command: string | undefined;
  constructor(message: string, options: { command?: string } = {}) {
    super(message);
    this.command = options.command;
  }
}

interface NamedError {
  name?: unknown;
  code?: unknown;
  exitCode?: unknown;
  message?: unknown;
  stack?: unknown;
}

function isObject(error: unknown): error is NamedError {
  return typeof error === 'object' && error !== null;
}

// The project's own errors are matched with instanceof: all of its code is
// in one bundle, so each class exists once. commander's are matched by their
// code instead (commander.unknownOption, …), so that this file need not load
// commander, whose classes live in a lazily loaded vendor bundle.
function isCommanderError(error: unknown): error is NamedError & { code: string; exitCode: number } {
  return isObject(error) && typeof error.code === 'string' && error.code.startsWith('commander.') && typeof error.exitCode === 'number';
}

/**
 * Reports `error` on stderr (unless it was already reported) and returns the
 * exit code for it. No stack trace reaches the user unless DEBUG is set.
 */
export function handleError(error: unknown, io: IOStreams): number {
  if (isCommanderError(error)) {
    // Help and version end successfully; commander has printed everything
    // else (its own usage errors) through our output configuration.
    if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') {
      return 0;
    }
    return EXIT.usage;
  }
  if (error instanceof UsageError || error instanceof InvalidAnswerError) {
    const command =
      typeof (error as { command?: unknown }).command === 'string' ? `${PROGRAM} ${(error as { command: string }).command}` : PROGRAM;
    io.stderr.write(`error: ${String(error.message)}\nRun '${command} --help' to see every flag.\n`);
    return EXIT.usage;
  }
  if (error instanceof ProfileError) {
    // The message names the file and says how to fix or reset it.
    io.stderr.write(`error: ${String(error.message)}\n`);
    return EXIT.usage;
  }
  // The prompt library's, by the name it gives them, for the same reason.
  if (isObject(error) && (error.name === 'ExitPromptError' || error.name === 'AbortPromptError')) {
    io.stderr.write('Cancelled.\n');
    return EXIT.cancelled;
  }
  if (error instanceof FileAccessError) {
    // The message names the path, the cause in words and what to do.
    io.stderr.write(`error: ${String(error.message)}\n`);
    return EXIT.io;
  }
  if (isSystemError(error)) {
    // The operating system refused a file operation no code wrapped: still
    // not a bug, and still said in words, with the path when there is one.
    const { path, syscall } = error as { path?: unknown; syscall?: unknown };
    const what = typeof syscall === 'string' ? `${syscall} ` : '';
    io.stderr.write(`error: cannot ${what}${typeof path === 'string' ? path : 'a file'}: ${describeCause(error)}.\n`);
    return EXIT.io;
  }
  const message = isObject(error) && typeof error.message === 'string' ? error.message : String(error);
  io.stderr.write(
    `${PROGRAM}: internal error: ${message}\n` +
      `This is a bug in ${PROGRAM}: please report it, with the command you ran and the output of '${PROGRAM} --version'.\n`,
  );
  if (io.env.DEBUG) {
    const stack = isObject(error) && typeof error.stack === 'string' ? error.stack : String(error);
    io.stderr.write(`${stack}\n`);
  } else {
    io.stderr.write('Run again with DEBUG=1 to include the stack trace.\n');
  }
  return EXIT.internal;
}
