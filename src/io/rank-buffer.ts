// Ranks any number of results by score in constant memory. Scores are whole
// numbers from 0 to 100, so this is a bucket sort: each result's line goes
// into its score's bucket, in arrival order (so equal scores keep the order
// of the input). Buckets live in memory until they hold more than a set
// number of bytes, then every bucket is flushed to its own temporary file;
// draining reads the buckets from 100 down to 0.

import { appendFileSync, createReadStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

export class RankBuffer {
  private readonly memory = new Map<number, string[]>();
  private readonly onDisk = new Set<number>();
  private bytes = 0;
  private dir: string | undefined;
  count = 0;

  constructor(private readonly maxBytes = 4 * 1024 * 1024) {}

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

  private flush(): void {
    this.dir ??= mkdtempSync(join(tmpdir(), 'should-i-interview-rank-'));
    for (const [score, lines] of this.memory) {
      if (lines.length === 0) continue;
      appendFileSync(join(this.dir, String(score)), lines.join('\n') + '\n');
      this.onDisk.add(score);
    }
    this.memory.clear();
    this.bytes = 0;
  }

  /** Every line, highest score first, each score in arrival order. Removes the temporary files. */
  async *drain(): AsyncGenerator<string> {
    try {
      for (let score = 100; score >= 0; score--) {
        if (this.dir && this.onDisk.has(score)) {
          const lines = createInterface({ input: createReadStream(join(this.dir, String(score)), 'utf8'), crlfDelay: Infinity });
          for await (const line of lines) if (line !== '') yield line;
        }
        yield* this.memory.get(score) ?? [];
      }
    } finally {
      this.dispose();
    }
  }

  dispose(): void {
    if (this.dir) rmSync(this.dir, { recursive: true, force: true });
    this.dir = undefined;
  }
}
