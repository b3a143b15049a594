// The pathological-read guard's own measure: a read that grows with its text passes however slow the machine, one
// that grows with its square does not.
import { describe, expect, it } from 'vitest';
import { GROWTH_LIMIT, msToRead, READ_TEST_TIMEOUT } from './read-time.js';

/** A read that takes `ms(length)` milliseconds, busy, as a slow machine would. */
const busy = (ms: (length: number) => number) => (text: string) => {
  const end = performance.now() + ms(text.length);
  while (performance.now() < end) {
    // waiting
  }
};
const TEXT = 'x'.repeat(1_000_000);

describe('msToRead', () => {
  it('gives the time of a read under the bound as it is', () => {
    expect(
      msToRead(
        TEXT,
        busy(() => 5),
        50,
      ),
    ).toBeLessThan(50);
  });

  it('keeps under the bound a read over it that grows with its text (four times its quarter)', () => {
    expect(
      msToRead(
        TEXT,
        busy((length) => (80 * length) / 1_000_000),
        50,
      ),
    ).toBeLessThan(50);
  });

  // (800 ms, its quarter 50: a pause of the process adds time to both quarter reads, and one of up to 50 ms still leaves
  // the quarter under an eighth of the whole. At 200 ms, its quarter 12.5, a 15 ms pause on a loaded CI made it pass.)
  it(
    'counts over the bound a read that grows with the square of its text (sixteen times its quarter)',
    () => {
      expect(GROWTH_LIMIT).toBeLessThan(16);
      expect(
        msToRead(
          TEXT,
          busy((length) => 800 * (length / 1_000_000) ** 2),
          50,
        ),
      ).toBeGreaterThanOrEqual(50);
    },
    READ_TEST_TIMEOUT,
  );
});

describe('the tests that time a read', () => {
  // vitest's own 5 s timeout, not msToRead, failed a read of 1.2 s under CI's load: every timed read needs the longer one.
  it('each give vitest READ_TEST_TIMEOUT, so msToRead has time to judge a slow machine', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const dir = new URL('../core/message/', import.meta.url);
    const files = readdirSync(dir).filter((name) => name.endsWith('.test.ts'));
    let timed = 0;
    for (const name of files) {
      const source = readFileSync(new URL(name, dir), 'utf8');
      const calls = source.match(/\bmsToRead\(/g)?.length ?? 0;
      const timeouts = source.match(/\},\s*READ_TEST_TIMEOUT,?\s*\);/g)?.length ?? 0;
      expect({ name, timeouts }).toEqual({ name, timeouts: calls });
      timed += calls;
    }
    expect(timed).toBeGreaterThan(0);
  });
});
