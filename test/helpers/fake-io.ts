// In-memory IOStreams for driving commands in-process.
import type { IOStreams } from '../../src/io/streams.js';

export interface FakeIO extends IOStreams {
  out(): string;
  err(): string;
}

export interface FakeIOOptions {
  env?: Record<string, string>;
  /** Sets all three streams' isTTY; the specific options below win over it. */
  tty?: boolean;
  stdinTTY?: boolean;
  stdoutTTY?: boolean;
  stderrTTY?: boolean;
  /** The stdout's width; null for none, as a pipe has. */
  columns?: number | null;
}

export function fakeIO(options: FakeIOOptions = {}): FakeIO {
  let out = '';
  let err = '';
  const tty = options.tty ?? false;
  return {
    stdout: {
      write: (s: string) => {
        out += s;
        return true;
      },
      isTTY: options.stdoutTTY ?? tty,
      ...(options.columns === null ? {} : { columns: options.columns ?? 80 }),
    },
    stderr: {
      write: (s: string) => {
        err += s;
        return true;
      },
      isTTY: options.stderrTTY ?? tty,
    },
    stdin: { isTTY: options.stdinTTY ?? tty },
    env: options.env ?? {},
    out: () => out,
    err: () => err,
  };
}
