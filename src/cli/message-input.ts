// The recruiter's message on the command line (--message, or given at the
// first question): read, its findings merged into the answers. Loaded only
// when a message is given, so a run without one never initialises the reader.

import { InvalidAnswerError, payFiguresOf } from '../core/answers.js';
import { answersFromMessage, readMessageText, type MessageAnswerKey, type MessageFindings } from '../core/message/index.js';
import type { PartialAnswers } from '../core/profile.js';
import { messageItems, type MessageSectionOptions } from '../render/message.js';
import { describeCause, errorCode, FileAccessError, isSystemError, NAMED_FILE_ERRORS } from '../io/file-error.js';
import { readMessageFile } from '../io/message-file.js';
import { MessageInputError, readMessageBytes } from '../io/message-source.js';
import type { Context } from './command-spec.js';
import { UsageError } from './errors.js';

/** The message as read, and what it did to the answers. */
export interface MessageReport extends MessageSectionOptions {
  findings: MessageFindings;
  filled: MessageAnswerKey[];
}

export function withMessage(given: PartialAnswers, findings: MessageFindings): { answers: PartialAnswers; message: MessageReport } {
  const { answers, filled, overridden, payNotUsed } = answersFromMessage(given, findings);
  const message: MessageReport = { findings, filled, overridden };
  if (payNotUsed !== undefined) message.payNotUsed = payNotUsed;
  return { answers, message };
}

/**
 * A pay the message gave that cannot be compared with the target (another
 * currency: nothing is converted) is not used, and the report says why;
 * the pay is then asked, or missing, as if the message had not named it.
 */
export function checkMessagePay(answers: PartialAnswers, message: MessageReport): PartialAnswers {
  const { offered, target } = answers;
  if (!message.filled.includes('pay') || offered === undefined || target === undefined) return answers;
  try {
    payFiguresOf(offered, target);
    return answers;
  } catch (error) {
    if (!(error instanceof InvalidAnswerError)) throw error;
    const { offered: _dropped, ...rest } = answers;
    message.filled = message.filled.filter((key) => key !== 'pay');
    message.payNotUsed = (error.detail ?? error.message).replace(/\.$/, '');
    return rest;
  }
}

/** The findings of a message's bytes; `name` says where they came from, for messages. */
export async function findingsOf(bytes: Uint8Array, name: string, io: Context['io'], quiet: boolean): Promise<MessageFindings> {
  try {
    const source = await readMessageBytes(bytes);
    if (!quiet) for (const warning of source.warnings) io.stderr.write(`warning: ${name}: ${warning}\n`);
    return readMessageText(source);
  } catch (error) {
    if (error instanceof MessageInputError) throw new UsageError(`${name}: ${error.message}`);
    throw error;
  }
}

/** --message <file|->: its findings; a file that cannot be read is a usage error naming it. */
export async function readMessageNamed(file: string, io: Context['io'], quiet: boolean): Promise<MessageFindings> {
  const name = file === '-' ? '--message - (standard input)' : `--message ${file}`;
  let bytes: Uint8Array;
  try {
    bytes = await readMessageFile(file);
  } catch (error) {
    if (!isSystemError(error)) throw error;
    if (file !== '-' && NAMED_FILE_ERRORS.has(errorCode(error)!)) throw new UsageError(`${name}: cannot read it: ${describeCause(error)}.`);
    throw new FileAccessError(file === '-' ? 'standard input' : file, 'read the message', error);
  }
  return findingsOf(bytes, name, io, quiet);
}

/** What the message gave, as lines for stderr, after the question that took it. */
export function messageLines(message: MessageReport): string {
  return `From the message:\n${messageItems(message.findings, message)
    .map((item) => `  - ${item}\n`)
    .join('')}`;
}
