// The edge between the program and the process it runs in. Commands receive
// an IOStreams instead of touching `process`, so tests can hand them fakes
// and read back exactly what was written where.

import { fstatSync, statSync, write, writeSync, type Stats } from 'node:fs';
import { createRequire } from 'node:module';
import { cleanMessage } from '../core/sanitize.js';
import { FileAccessError } from './file-error.js';
import { trackWrite } from './signals.js';

export interface OutputStream {
  write(chunk: string): unknown;
  /**
   * Writes without blocking the run: for output that can be large (compare),
   * so that it waits for a slow reader instead of piling up in memory, and a
   * signal can still be handled while it waits. Absent on fakes: use write.
   */
  writeAsync?(chunk: string): Promise<void>;
  /**
   * Writes the tool's own terminal controls (a progress line's carriage
   * return and erase) as they are: stderr cleans everything else it is
   * given, which would strip them. Never for text from outside.
   */
  writeControl?(chunk: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

export interface IOStreams {
  stdout: OutputStream;
  stderr: OutputStream;
  stdin: { isTTY?: boolean };
  env: Readonly<Record<string, string | undefined>>;
}

const tty = () => createRequire(import.meta.url)('node:tty') as typeof import('node:tty');

/**
 * Whether a file descriptor is a terminal, without loading node:tty (and,
 * through it, node:net and the stream machinery: several milliseconds) when
 * the answer is plainly no: only a character device can be a terminal, and
 * /dev/null, the commonest one, is not.
 */
export function isTerminal(fd: number): boolean {
  let stats: Stats;
  try {
    stats = fstatSync(fd);
  } catch {
    return false;
  }
  if (!stats.isCharacterDevice()) return false;
  try {
    if (statSync('/dev/null').rdev === stats.rdev) return false;
  } catch {
    // no /dev/null (Windows): ask node:tty
  }
  return tty().isatty(fd);
}

/**
 * An output written straight to its file descriptor. The output of one run
 * is a few kilobytes, far below a pipe's buffer, so a synchronous write
 * never waits; and it spares the scripted path the cost of building
 * process.stdout. A reader that has gone away (EPIPE, as with `| head -c1`)
 * ends the output quietly.
 */
function fdOutput(fd: 1 | 2, stream: () => NodeJS.WriteStream): OutputStream {
  let closed = false;
  // Once Node's stream holds queued bytes, everything after must queue behind them.
  let queued = false;
  let terminal: boolean | undefined;
  return {
    write(chunk: string) {
      if (closed) return false;
      if (queued) return stream().write(chunk);
      const bytes = Buffer.from(chunk, 'utf8');
      let offset = 0;
      while (offset < bytes.length) {
        try {
          offset += writeSync(fd, bytes, offset);
        } catch (error) {
          const code = (error as NodeJS.ErrnoException).code;
          if (code === 'EPIPE') {
            closed = true;
            return false;
          }
          // A non-blocking descriptor that is full: let Node's stream queue the
          // rest, and every later write, so nothing overtakes it.
          if (code === 'EAGAIN') {
            queued = true;
            return stream().write(bytes.subarray(offset));
          }
          // A full disk, a device error: the result did not reach its reader.
          throw new FileAccessError(
            fd === 1 ? 'standard output' : 'standard error',
            fd === 1 ? 'write the result' : 'write a message',
            error,
          );
        }
      }
      return true;
    },
    async writeAsync(chunk: string) {
      if (closed) return;
      if (queued) {
        // Bytes already wait in Node's stream: queue behind them, and wait for them to go.
        await new Promise<void>((resolve) => (stream().write(chunk) ? resolve() : stream().once('drain', () => resolve())));
        return;
      }
      const bytes = Buffer.from(chunk, 'utf8');
      let offset = 0;
      while (offset < bytes.length) {
        try {
          // The write happens off the main thread: a reader that is slow
          // (or a full pipe) makes this wait, not the whole process.
          offset += await trackWrite(
            new Promise<number>((resolve, reject) =>
              write(fd, bytes, offset, bytes.length - offset, null, (error, written) => (error ? reject(error) : resolve(written))),
            ),
          );
        } catch (error) {
          const code = (error as NodeJS.ErrnoException).code;
          if (code === 'EPIPE') {
            closed = true;
            return;
          }
          // A non-blocking descriptor that is full: wait a moment for the reader.
          if (code === 'EAGAIN') {
            await new Promise((resolve) => setTimeout(resolve, 5));
            continue;
          }
          throw new FileAccessError(
            fd === 1 ? 'standard output' : 'standard error',
            fd === 1 ? 'write the result' : 'write a message',
            error,
          );
        }
      }
    },
    get isTTY() {
      return (terminal ??= isTerminal(fd));
    },
    get columns() {
      return this.isTTY ? stream().columns : undefined;
    },
  };
}

/**
 * stderr as every command writes to it: each message cleaned of escape
 * sequences and control characters, whatever it quotes (argv, file names,
 * file contents, the environment, the operating system's words), and a
 * write that fails (stderr closed or full) never ends the run: the exit code
 * must still be the one the run earned.
 */
export function messageStream(stderr: OutputStream): OutputStream {
  return {
    write(chunk: string) {
      try {
        return stderr.write(cleanMessage(chunk));
      } catch {
        return false;
      }
    },
    writeControl(chunk: string) {
      try {
        return stderr.write(chunk);
      } catch {
        return false;
      }
    },
    get isTTY() {
      return stderr.isTTY;
    },
    get columns() {
      return stderr.columns;
    },
  };
}

/** The real streams of this process, each looked at only when first used. */
export function processStreams(): IOStreams {
  let stdinTerminal: boolean | undefined;
  return {
    stdout: fdOutput(1, () => process.stdout),
    stderr: fdOutput(2, () => process.stderr),
    stdin: {
      get isTTY() {
        return (stdinTerminal ??= isTerminal(0));
      },
    },
    env: process.env,
  };
}
