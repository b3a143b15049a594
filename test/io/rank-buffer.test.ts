import { afterAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FileAccessError } from '../../src/io/file-error.js';
import { RankBuffer } from '../../src/io/rank-buffer.js';

const work = mkdtempSync(join(tmpdir(), 'sii-rank-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

async function drain(buffer: RankBuffer): Promise<string[]> {
  const out: string[] = [];
  for await (const line of buffer.drain()) out.push(line);
  return out;
}

const ourTempDirs = () => readdirSync(tmpdir()).filter((d) => d.startsWith('should-i-interview-rank-'));

describe('RankBuffer', () => {
  it('orders by score, highest first, keeping arrival order within a score', async () => {
    const buffer = new RankBuffer();
    [[50, 'a'], [80, 'b'], [50, 'c'], [0, 'd'], [100, 'e'], [80, 'f']].forEach(([s, l]) => buffer.add(s as number, l as string));
    expect(await drain(buffer)).toEqual(['e', 'b', 'f', 'a', 'c', 'd']);
  });

  it('gives the same order when it spills to disk, and removes its files', async () => {
    const before = ourTempDirs().length;
    const small = new RankBuffer(64); // spills every few lines
    const big = new RankBuffer();
    for (let i = 0; i < 500; i++) {
      const score = (i * 37) % 101;
      small.add(score, `line ${i}`);
      big.add(score, `line ${i}`);
    }
    expect(ourTempDirs().length).toBe(before + 1);
    const ranked = await drain(small);
    expect(ranked).toEqual(await drain(big));
    expect(ranked).toHaveLength(500);
    expect(ourTempDirs().length).toBe(before);
  });

  it('refuses what it cannot rank', () => {
    const buffer = new RankBuffer();
    expect(() => buffer.add(101, 'x')).toThrow(RangeError);
    expect(() => buffer.add(1.5, 'x')).toThrow(RangeError);
    expect(() => buffer.add(1, 'two\nlines')).toThrow(RangeError);
    expect(existsSync(tmpdir())).toBe(true);
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
      expect((error as Error).message).toBe(`cannot write temporary files in the temp folder (${root}): ${cause}. Set TMPDIR to a folder you can write to, then run again.`);
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
