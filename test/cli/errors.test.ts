import { describe, expect, it } from 'vitest';
import { EXIT, UsageError, handleError } from '../../src/cli/errors.js';
import { InvalidAnswerError } from '../../src/core/answers.js';
import { run } from '../../src/cli/main.js';
import { fakeIO } from '../helpers/fake-io.js';

describe('handleError: the one place errors become exit codes', () => {
  it('usage errors: 2, with the message and a pointer to --help', () => {
    const io = fakeIO();
    expect(handleError(new UsageError('missing answer: --pay'), io)).toBe(EXIT.usage);
    expect(io.err()).toBe("error: missing answer: --pay\nRun 'should-i-interview --help' to see every flag.\n");
  });

  it('invalid answers: 2', () => {
    const io = fakeIO();
    expect(handleError(new InvalidAnswerError('pay', 'x', ['above']), io)).toBe(2);
    expect(io.err()).toContain('Invalid answer "pay"');
  });

  it("cancellation, ours or Inquirer's (matched by name): 130 and one line", () => {
    for (const error of [
      Object.assign(new Error('Prompt was aborted'), { name: 'AbortPromptError' }),
      Object.assign(new Error('User force closed the prompt'), { name: 'ExitPromptError' }),
    ]) {
      const io = fakeIO();
      expect(handleError(error, io)).toBe(EXIT.cancelled);
      expect(io.err()).toBe('Cancelled.\n');
    }
  });

  it('anything else: 70, a bug-report message and no stack trace', () => {
    const io = fakeIO();
    expect(handleError(new TypeError('boom'), io)).toBe(EXIT.internal);
    expect(io.err()).toContain('internal error: boom');
    expect(io.err()).toContain('please report it');
    expect(io.err()).toContain('DEBUG=1');
    expect(io.err()).not.toMatch(/\n\s+at /);
  });

  it('the stack only when DEBUG is set', () => {
    const io = fakeIO({ env: { DEBUG: '1' } });
    expect(handleError(new TypeError('boom'), io)).toBe(70);
    expect(io.err()).toMatch(/TypeError: boom\n\s+at /);
  });

  it('survives throwing a non-error', () => {
    const io = fakeIO();
    expect(handleError('just a string', io)).toBe(70);
    expect(io.err()).toContain('internal error: just a string');
  });
});

describe('run(), in-process with fake streams', () => {
  it('returns the exit code and writes only to the streams it is given', async () => {
    const io = fakeIO();
    expect(await run(['--unemployed', '--skills', 'partial', '--pay', 'unknown', '--json'], { io })).toBe(0);
    expect(JSON.parse(io.out()).verdict).toBe('take');
    expect(io.err()).toBe('');
  });

  it('decorates when the fake stdout is a terminal, and wraps to its width', async () => {
    const io = fakeIO({ stdoutTTY: true, columns: 50 });
    expect(await run(['--employed', '--skills', 'none', '--pay', 'match'], { io })).toBe(1);
    expect(io.out()).toMatch(/\u001b\[/);
    expect(io.out()).toContain(' PASS ');
  });

  it('maps commander usage errors to 2 without exiting the process', async () => {
    const io = fakeIO();
    expect(await run(['--nope'], { io })).toBe(2);
    expect(io.err()).toContain("unknown option '--nope'");
    expect(io.out()).toBe('');
  });
});
