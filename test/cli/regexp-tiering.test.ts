// The message paths compile each of the reader's patterns once. V8's trace of
// its regular-expression tiering (a V8 flag, printed to stdout) shows each
// pattern compiled a second time as "needs tier-up compilation"; with
// tier-up left on, reading a typical message compiles about 140 patterns
// twice, which was about half of what --message added to a run.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const typical = fileURLToPath(new URL('../fixtures/readme/message.txt', import.meta.url));
const mail = fileURLToPath(new URL('../fixtures/readme/pitch.eml', import.meta.url));
const answers = ['--employed', '--skills', 'strong', '--target', '150k', '--json', '--no-input'];

/** How many patterns a run compiled, and how many of those a second time. */
function compilations(args: string[]): { compiled: number; again: number } {
  const { stdout, code } = runCli(args, { nodeArgs: ['--trace-regexp-tier-up'] });
  expect(code, stdout.slice(-400)).toBeLessThanOrEqual(1);
  const count = (words: string) => stdout.split('\n').filter((line) => line.includes(words)).length;
  return { compiled: count('code size'), again: count('needs tier-up compilation') };
}

describe('reading a message compiles its patterns once', () => {
  const without = compilations([...answers, '--offered', '140k-160k']);

  it('V8 traces the compilations (else this test would prove nothing)', () => {
    expect(without.compiled).toBeGreaterThan(0);
    expect(without.again).toBeGreaterThan(0);
  });

  it('--message with a pasted text compiles no more patterns twice than a run without it', () => {
    const run = compilations([...answers, '--message', typical]);
    expect(run.compiled).toBeGreaterThan(without.compiled + 50);
    expect(run.again).toBeLessThanOrEqual(without.again);
  });

  it('--message with a multipart mail (the MIME and HTML readers too)', () => {
    const run = compilations([...answers, '--message', mail]);
    expect(run.again).toBeLessThanOrEqual(without.again);
  });

  it("compare's message column", () => {
    const dir = mkdtempSync(join(tmpdir(), 'sii-tiering-'));
    const records = join(dir, 'records.csv');
    writeFileSync(records, `id,skills,employment,target,message\na,strong,employed,150k,${typical}\nb,strong,employed,150k,${mail}\n`);
    let run: ReturnType<typeof compilations>;
    try {
      run = compilations(['compare', records, '--json', '--no-profile']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    expect(run.compiled).toBeGreaterThan(without.compiled + 50);
    expect(run.again).toBeLessThanOrEqual(without.again);
  });
});
