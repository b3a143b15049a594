// Ended from outside while a question shows: the cursor comes back,
// "Cancelled." is said, and the exit code names the signal.
import { describe, expect, it } from 'vitest';
import { runPty } from '../helpers/cli.js';

const SHOW_CURSOR = '\u001b[?25h';
const HIDE_CURSOR = '\u001b[?25l';

describe('signals at a prompt', () => {
  for (const [signal, code] of [
    ['TERM', 143],
    ['HUP', 129],
    ['INT', 130],
  ] as const) {
    it(`SIG${signal} while a question shows: cursor restored, "Cancelled.", exit ${code}`, () => {
      const run = runPty([], {
        steps: [
          { wait: "the recruiter's message?", send: '\r' },
          { wait: 'Which company is it?', send: '\r' },
          { wait: 'What is the role?', send: '\r' },
          // a select question hides the cursor
          { wait: 'Do you have a job right now?', signal },
        ],
      });
      expect(run.timedOut).toBe(false);
      expect(run.exitCode).toBe(code);
      expect(run.output).toContain('Cancelled.');
      // the cursor was hidden by the question and shown again after it
      expect(run.output.lastIndexOf(HIDE_CURSOR)).toBeGreaterThan(-1);
      expect(run.output.lastIndexOf(SHOW_CURSOR)).toBeGreaterThan(run.output.lastIndexOf(HIDE_CURSOR));
      expect(run.output).not.toMatch(/^\s+at .+:\d+:\d+/m);
    });
  }
});
