import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { RankBuffer } from '../../src/io/rank-buffer.js';

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
});
