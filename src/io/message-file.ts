// Reading the recruiter's message a person named: `--message <file>`,
// `--message -` (standard input) or a compare record's `message` column.
// Reads at most one byte more than the reader takes, so a huge file or an
// endless stream is refused without being read whole.

// (Synchronous reads of a named file: one file, read once, and `node:fs/promises` costs a run 3 ms to load.)
import { accessSync, closeSync, constants, openSync, readSync, statSync } from 'node:fs';
import { MAX_MESSAGE_BYTES } from './message-source.js';

/**
 * The bytes of `file` ("-": `stdin`), at most MAX_MESSAGE_BYTES + 1 of
 * them: the reader says "over 1 MB" when it gets more than it takes.
 * Errors opening or reading the file are the operating system's, with
 * their codes, for the caller to word.
 */
export async function readMessageFile(file: string, stdin?: AsyncIterable<Uint8Array | string>): Promise<Uint8Array> {
  const limit = MAX_MESSAGE_BYTES + 1;
  if (file === '-') {
    const chunks: Buffer[] = [];
    let size = 0;
    // process.stdin only here: its getter sets up a stream (about a millisecond) that a named file never needs.
    for await (const chunk of stdin ?? process.stdin) {
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
      chunks.push(bytes);
      size += bytes.length;
      if (size >= limit) break;
    }
    return new Uint8Array(Buffer.concat(chunks).subarray(0, limit));
  }
  const fd = openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(limit);
    let size = 0;
    while (size < limit) {
      const bytesRead = readSync(fd, buffer, size, limit - size, null);
      if (bytesRead === 0) break;
      size += bytesRead;
    }
    return new Uint8Array(buffer.buffer, buffer.byteOffset, size);
  } finally {
    closeSync(fd);
  }
}

/** Whether `file` is a regular file this process can read (for a question's answer, checked as it is typed). */
export function isReadableFile(file: string): boolean {
  try {
    accessSync(file, constants.R_OK);
    return statSync(file).isFile();
  } catch {
    return false;
  }
}
