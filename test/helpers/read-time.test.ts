// The pathological-read guard's own measure: a read that grows with its text passes however slow the machine, one
// that grows with its square does not.
import { describe, expect, it } from 'vitest';
import { GROWTH_LIMIT, msToRead } from './read-time.js';

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

  it('counts over the bound a read that grows with the square of its text (sixteen times its quarter)', () => {
    expect(GROWTH_LIMIT).toBeLessThan(16);
    expect(
      msToRead(
        TEXT,
        busy((length) => 200 * (length / 1_000_000) ** 2),
        50,
      ),
    ).toBeGreaterThanOrEqual(50);
  });
});
