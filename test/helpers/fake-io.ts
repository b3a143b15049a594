// In-memory IOStreams for driving commands in-process.
import type { IOStreams } from '../../src/io/streams.js';

export interface FakeIO extends IOStreams {
  out(): string;
  err(): string;
}

export function fakeIO(options: { env?: Record<string, string>; tty?: boolean; columns?: number } = {}): FakeIO {
  let out = '';
  let err = '';
  return {
    stdout: { write: (s: string) => ((out += s), true), isTTY: options.tty ?? false, columns: options.columns ?? 80 },
    stderr: { write: (s: string) => ((err += s), true), isTTY: options.tty ?? false },
    stdin: { isTTY: options.tty ?? false },
    env: options.env ?? {},
    out: () => out,
    err: () => err,
  };
}
