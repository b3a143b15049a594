// The edge between the program and the process it runs in. Commands receive
// an IOStreams instead of touching `process`, so tests can hand them fakes
// and read back exactly what was written where.

export interface OutputStream {
  write(chunk: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

export interface IOStreams {
  stdout: OutputStream;
  stderr: OutputStream;
  stdin: { isTTY?: boolean };
  env: Readonly<Record<string, string | undefined>>;
}

/** The real streams of this process. */
export function processStreams(): IOStreams {
  return { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env };
}
