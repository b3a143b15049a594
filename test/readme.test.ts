// The README's example outputs are what the program prints: every ```text
// block line that starts with "$ should-i-interview --" is run, and what
// follows it, up to the next "$ " line, must be its stdout exactly. A line
// holding only "..." (indented or not) stands for any number of lines.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runCli } from './helpers/cli.js';

const README = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

interface Example {
  command: string;
  args: string[];
  expected: string[];
}

/** Splits a command line as a shell would for these examples: words and "quoted words". */
function words(line: string): string[] {
  return [...line.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2]!);
}

function examples(): Example[] {
  const out: Example[] = [];
  for (const block of README.matchAll(/```text\n([\s\S]*?)```/g)) {
    let current: Example | undefined;
    for (const line of block[1]!.split('\n')) {
      if (line.startsWith('$ ')) {
        current = undefined;
        const [program, ...args] = words(line.slice(2));
        // Verdict runs only: subcommands read files or a history this test does not have.
        if (program === 'should-i-interview' && args[0]?.startsWith('--') && !args.includes('--save')) {
          // The messages the README reads are kept beside the tests.
          const at = args.indexOf('--message');
          if (at >= 0) args[at + 1] = fileURLToPath(new URL(`./fixtures/readme/${args[at + 1]}`, import.meta.url));
          current = { command: line.slice(2), args, expected: [] };
          out.push(current);
        }
      } else if (current) {
        current.expected.push(line);
      }
    }
  }
  for (const e of out) while (e.expected.at(-1) === '') e.expected.pop();
  return out;
}

/** True when `actual` matches `expected`, where a "..." line matches any run of lines. */
function matches(expected: string[], actual: string[]): boolean {
  if (expected.length === 0) return actual.length === 0;
  const [first, ...rest] = expected;
  if (first!.trim() === '...') {
    for (let skip = 0; skip <= actual.length; skip++) if (matches(rest, actual.slice(skip))) return true;
    return false;
  }
  return actual.length > 0 && actual[0] === first && matches(rest, actual.slice(1));
}

describe("the README's examples", () => {
  const found = examples();

  it('finds the examples', () => {
    expect(found.length).toBeGreaterThanOrEqual(4);
  });

  for (const example of found) {
    it(example.command, () => {
      const result = runCli(example.args);
      expect(result.stderr).toBe('');
      const actual = result.stdout.replace(/\n+$/, '').split('\n');
      if (!matches(example.expected, actual)) expect(actual.join('\n')).toBe(example.expected.join('\n'));
    });
  }
});
