// Ranks any number of results by score in constant memory. Scores are whole
// numbers from 0 to 100, so this is a bucket sort: each result's line goes
// into its score's bucket, in arrival order (so equal scores keep the order
// of the input). Buckets live in memory until they hold more than a set
// number of bytes, then every bucket is flushed to its own temporary file;
// draining reads the buckets from 100 down to 0.
//
// The temporary files are private (a 0700 folder of 0600 files, whatever
// the umask) and are removed by dispose(), which the owner must call on
// every path out (compare does, and registers it for signals too). A
// failure of the temp folder (missing, a file, full, read-only) is a
// FileAccessError naming the temp folder, not the input.

import { chmodSync, closeSync, createReadStream, fchmodSync, mkdtempSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { FileAccessError, errorCode, isSystemError } from './file-error.js';

export const SPILL_PREFIX = 'should-i-interview-rank-';

export interface RankBufferOptions {
  /** The folder to make the temporary folder in; os.tmpdir() (TMPDIR) when first needed, unless set. */
  tempRoot?: string;
}

/** What to do about a temp folder that failed. */
function tempAdvice(error: unknown): string {
  const code = errorCode(error);
  if (code === 'ENOSPC' || code === 'EDQUOT') return 'Free some space there, or set TMPDIR to a folder on another disk, then run again.';
  return 'Set TMPDIR to a folder you can write to, then run again.';
}

export class RankBuffer {
  private readonly memory = new Map<number, string[]>();
  private readonly onDisk = new Set<number>();
  private bytes = 0;
  private dir: string | undefined;
  private root: string | undefined;
  count = 0;

  constructor(
    private readonly maxBytes = 4 * 1024 * 1024,
    private readonly options: RankBufferOptions = {},
  ) {}

  /** The temporary folder, once the buffer has spilled (removed again by dispose). */
  get spillDir(): string | undefined {
    return this.dir;
  }

  add(score: number, line: string): void {
    if (!Number.isInteger(score) || score < 0 || score > 100) throw new RangeError(`score ${score} is not 0 to 100`);
    if (line.includes('\n')) throw new RangeError('a ranked line cannot hold a new line');
    let bucket = this.memory.get(score);
    if (!bucket) this.memory.set(score, (bucket = []));
    bucket.push(line);
    this.bytes += line.length + 1;
    this.count++;
    if (this.bytes > this.maxBytes) this.flush();
  }

  /** A failed operation on the temp folder, as the error the user sees. */
  private tempError(action: string, error: unknown): unknown {
    return isSystemError(error)
      ? new FileAccessError(this.root ?? tmpdir(), `${action} in the temp folder`, error, tempAdvice(error))
      : error;
  }

  private flush(): void {
    try {
      if (this.dir === undefined) {
        this.root = this.options.tempRoot ?? tmpdir();
        this.dir = mkdtempSync(join(this.root, SPILL_PREFIX));
        chmodSync(this.dir, 0o700); // mkdtemp asks for 0700, but the umask may have taken from it
      }
      for (const [score, lines] of this.memory) {
        if (lines.length === 0) continue;
        const path = join(this.dir, String(score));
        const fd = openSync(path, this.onDisk.has(score) ? 'a' : 'wx', 0o600);
        try {
          if (!this.onDisk.has(score)) {
            this.onDisk.add(score);
            fchmodSync(fd, 0o600); // the umask may have taken from the mode asked for
          }
          writeFileSync(fd, `${lines.join('\n')}\n`); // the whole string (Node's native path for UTF-8)
        } finally {
          closeSync(fd);
        }
      }
    } catch (error) {
      throw this.tempError('write temporary files', error);
    }
    this.memory.clear();
    this.bytes = 0;
  }

  /** Every line, highest score first, each score in arrival order. Removes the temporary files. */
  async *drain(): AsyncGenerator<string> {
    try {
      for (let score = 100; score >= 0; score--) {
        if (this.dir && this.onDisk.has(score)) {
          const input = createReadStream(join(this.dir, String(score)), 'utf8');
          const lines = createInterface({ input, crlfDelay: Infinity });
          try {
            for await (const line of lines) if (line !== '') yield line;
          } catch (error) {
            throw this.tempError('read temporary files', error);
          } finally {
            lines.close();
            input.destroy();
          }
        }
        yield* this.memory.get(score) ?? [];
      }
    } finally {
      this.dispose();
    }
  }

  /** Removes the temporary files, if any; safe to call more than once, and from a signal handler. */
  dispose(): void {
    const dir = this.dir;
    this.dir = undefined;
    this.onDisk.clear();
    this.memory.clear();
    if (dir) rmSync(dir, { recursive: true, force: true });
  }
}
