// How long reading a message takes, for the tests that guard against patterns gone pathological (time that grows
// faster than the text). A pathological read is slow every time; a read slowed by the other test file running beside
// it on a two-core machine, or by a machine running at a third of its speed, is not: so a read over the bound is timed
// again, and while it stays over, the time counts against a plain message of the same size read right after it (half as
// long again at most), three times at most. A slow machine slows both alike; a read gone pathological costs several times the
// plain one (the kronor-by-the-hour read, each figure asking the whole text which krona it meant, took 2.3 times it).
import { readMessage } from '../../src/core/message/index.js';

/** A plain line of a recruiter's message, repeated to the size of the text under test. */
const PLAIN_LINE = 'Hi Sam, we are hiring a Senior Engineer at Acme Robotics in Leeds for £90,000 a year.\n';
/** How many times the plain read a pathological one may take before it counts as over the bound. */
const PLAIN_TIMES = 1.5;

function timeOf(read: () => unknown): number {
  const started = performance.now();
  read();
  return performance.now() - started;
}

/**
 * The time `read` takes, in milliseconds, or, on a machine slower than `bound` allows, that time in its terms. `size`:
 * the characters read, for the plain text to compare with (1 MB unless said).
 */
export function msToRead(read: () => unknown, bound = 1_000, size = 1_000_000): number {
  const first = timeOf(read);
  if (first < bound) return first;
  // (Each read timed again right beside a plain one, three times at most, the best pair counting: the other test files
  // start and stop while this runs, and a plain read timed a second after a slow one may have had the machine alone.)
  const text = PLAIN_LINE.repeat(Math.ceil(size / PLAIN_LINE.length));
  let best = first;
  for (let round = 0; round < 3; round++) {
    const again = timeOf(read);
    if (again < bound) return again;
    const plain = timeOf(() => readMessage(text));
    best = Math.min(best, (again * bound) / Math.max(bound, PLAIN_TIMES * plain));
    if (best < bound) return best;
  }
  return best;
}
