// How long reading a message takes, for the tests that guard against patterns gone pathological (time that grows
// faster than the text). A pathological read is slow every time; a read slowed by the other test file running beside
// it on a two-core machine, or by a machine running at a third of its speed, is not: so a read over the bound is timed
// once more, and when both are over it, the time counts against a plain 1 MB message read at that moment. A read
// gone pathological costs tens of times that one; a slow machine slows both alike.
import { readMessage } from '../../src/core/message/index.js';

/** A plain message of about 1 MB: what any read of that size costs on this machine now. */
const PLAIN = 'Hi Sam, we are hiring a Senior Engineer at Acme Robotics in Leeds for £90,000 a year.\n'.repeat(12_000);
/** How many times the plain read a pathological one may take before it counts as over the bound. */
const PLAIN_TIMES = 3;

function timeOf(read: () => unknown): number {
  const started = performance.now();
  read();
  return performance.now() - started;
}

/** The time `read` takes, in milliseconds, or, on a machine slower than `bound` allows, that time in its terms. */
export function msToRead(read: () => unknown, bound = 1_000): number {
  const first = timeOf(read);
  if (first < bound) return first;
  const best = Math.min(first, timeOf(read));
  if (best < bound) return best;
  const plain = timeOf(() => readMessage(PLAIN));
  return (best * bound) / Math.max(bound, PLAIN_TIMES * plain);
}
