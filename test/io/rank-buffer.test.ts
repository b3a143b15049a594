import { afterAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { FileAccessError } from '../../src/io/file-error.js';
import { RankBuffer, SPILL_PREFIX } from '../../src/io/rank-buffer.js';

const work = mkdtempSync(join(tmpdir(), 'sii-rank-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

async function drain(buffer: RankBuffer): Promise<string[]> {
  const out: string[] = [];
  for await (const line of buffer.drain()) out.push(line);
  return out;
}

describe('RankBuffer', () => {
  it('orders by score, highest first, keeping arrival order within a score', async () => {
    const buffer = new RankBuffer();
    for (const [s, l] of [
      [50, 'a'],
      [80, 'b'],
      [50, 'c'],
      [0, 'd'],
      [100, 'e'],
      [80, 'f'],
    ])
      buffer.add(s as number, l as string);
    expect(await drain(buffer)).toEqual(['e', 'b', 'f', 'a', 'c', 'd']);
  });

  it('gives the same order when it spills to disk, and removes its files', async () => {
    // Checked by the buffer's own folder, not by counting the shared temp
    // folder, which other test files running at the same time also use.
    const small = new RankBuffer(64); // spills every few lines
    const big = new RankBuffer();
    for (let i = 0; i < 500; i++) {
      const score = (i * 37) % 101;
      small.add(score, `line ${i}`);
      big.add(score, `line ${i}`);
    }
    const spill = small.spillDir!;
    expect(dirname(spill)).toBe(tmpdir()); // os.tmpdir() unless told otherwise
    expect(basename(spill).startsWith(SPILL_PREFIX)).toBe(true);
    expect(readdirSync(spill).length).toBeGreaterThan(0);
    expect(big.spillDir).toBeUndefined(); // under 4 MB: memory only
    const ranked = await drain(small);
    expect(ranked).toEqual(await drain(big));
    expect(ranked).toHaveLength(500);
    expect(existsSync(spill)).toBe(false);
  });

  it('refuses what it cannot rank, and keeps nothing of it', async () => {
    const root = mkdtempSync(join(work, 'refuse-'));
    const buffer = new RankBuffer(1, { tempRoot: root }); // any line it kept would spill at once
    expect(() => buffer.add(101, 'x')).toThrow(RangeError);
    expect(() => buffer.add(-1, 'x')).toThrow(RangeError);
    expect(() => buffer.add(1.5, 'x')).toThrow(RangeError);
    expect(() => buffer.add(1, 'two\nlines')).toThrow(RangeError);
    expect(buffer.count).toBe(0);
    expect(buffer.spillDir).toBeUndefined();
    expect(readdirSync(root)).toEqual([]);
    buffer.add(7, 'kept');
    expect(await drain(buffer)).toEqual(['kept']);
  });

  it('keeps its temporary files private whatever the umask: a 0700 folder of 0600 files', async () => {
    const root = mkdtempSync(join(work, 'umask-'));
    const old = process.umask(0);
    try {
      const buffer = new RankBuffer(64, { tempRoot: root });
      for (let i = 0; i < 50; i++) buffer.add(i % 3, `line ${i}`);
      const dir = buffer.spillDir!;
      expect(statSync(dir).mode & 0o777).toBe(0o700);
      expect(readdirSync(dir).sort()).toEqual(['0', '1', '2']);
      for (const file of readdirSync(dir)) expect(statSync(join(dir, file)).mode & 0o777).toBe(0o600);
      expect(await drain(buffer)).toHaveLength(50);
      expect(readdirSync(root)).toEqual([]);
    } finally {
      process.umask(old);
    }
  });

  it('a temp folder it cannot use is a FileAccessError naming the temp folder', () => {
    const file = join(work, 'a-file');
    writeFileSync(file, '');
    for (const [root, cause] of [
      [join(work, 'missing'), 'it does not exist'],
      [file, 'part of the path is a file, not a folder'],
    ] as const) {
      const buffer = new RankBuffer(64, { tempRoot: root });
      let error: unknown;
      try {
        for (let i = 0; i < 50; i++) buffer.add(50, `line ${i}`);
      } catch (caught) {
        error = caught;
      }
      expect(error).toBeInstanceOf(FileAccessError);
      expect((error as FileAccessError).path).toBe(root);
      expect((error as Error).message).toBe(
        `cannot write temporary files in the temp folder (${root}): ${cause}. Set TMPDIR to a folder you can write to, then run again.`,
      );
      buffer.dispose();
    }
  });

  it('dispose removes the spill at any point, and may be called again', () => {
    const root = mkdtempSync(join(work, 'dispose-'));
    const buffer = new RankBuffer(64, { tempRoot: root });
    for (let i = 0; i < 50; i++) buffer.add(i % 101, `line ${i}`);
    expect(readdirSync(root)).toHaveLength(1);
    buffer.dispose();
    buffer.dispose();
    expect(readdirSync(root)).toEqual([]);
    expect(new RankBuffer(64, { tempRoot: join(work, 'never-used') }).spillDir).toBeUndefined();
  });
});
