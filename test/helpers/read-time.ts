// How long reading a message takes, for the tests that guard against patterns gone pathological: time that grows
// faster than the text. A read over the bound is timed again beside a read of the text's first quarter (three times at
// most, the best pair counting): a read that grows with its text takes about four times as long as its quarter's, one
// that grows with its square sixteen times. So a slow machine, or the other test files running beside this one on two
// cores, slows both reads alike and the ratio stays; a pattern gone pathological shows in the ratio whatever the
// machine. (A plain message of the same size is no measure: under a full run's load, a 1 MB read of "$1,000 " took 5 to
// 7 seconds over three rounds beside it, against 0.3 s alone, while it grows with its text.)
import { readMessage } from '../../src/core/message/index.js';

/**
 * The time a test that calls msToRead is given before vitest fails it, in milliseconds. At worst msToRead reads the
 * whole text four times and its quarter six (five and a half whole reads), so vitest's default of 5 s failed a
 * read of 1.2 s under a full run's load on CI (Node 24) before msToRead could judge it; a hang still fails here.
 */
export const READ_TEST_TIMEOUT = 30_000;

/** How many times its quarter's time a read of the whole text may take before it counts as over the bound. */
export const GROWTH_LIMIT = 8;

function timeOf(read: () => unknown): number {
  const started = performance.now();
  read();
  return performance.now() - started;
}

/**
 * The time `read` takes on `text`, in milliseconds; or, on a machine slower than `bound` allows, that time in terms of
 * how it grows: under `bound` while reading the whole text takes less than GROWTH_LIMIT times reading its first
 * quarter.
 */
export function msToRead(text: string, read: (text: string) => unknown = readMessage, bound = 1_000): number {
  const first = timeOf(() => read(text));
  if (first < bound) return first;
  const quarter = text.slice(0, Math.ceil(text.length / 4));
  let best = first;
  for (let round = 0; round < 3; round++) {
    const whole = timeOf(() => read(text));
    if (whole < bound) return whole;
    // (The quarter twice, the faster counting: a pause of the process only ever adds time, and it weighs most on the
    // shorter read.)
    const part = Math.min(
      timeOf(() => read(quarter)),
      timeOf(() => read(quarter)),
    );
    best = Math.min(best, (whole * bound) / Math.max(bound, GROWTH_LIMIT * part));
    if (best < bound) return best;
  }
  return best;
}
