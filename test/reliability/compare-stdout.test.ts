// compare writing to a slow, stalled or non-blocking reader: memory stays
// bounded, a signal still ends the run at once, the spill never outlives it.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BIN, cleanEnv } from '../helpers/cli.js';

let root: string;
let temp: string;
let input: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'sii-stdout-'));
  temp = join(root, 'tmp');
  mkdirSync(temp);
  input = join(root, 'big.ndjson');
  // About 25 MB of results: past the 4 MB spill, and far past a pipe's buffer.
  const lines: string[] = [];
  for (let i = 0; i < 40_000; i++) lines.push(`{"company":"C${i}","employment":"employed","skills":"${i % 2 ? 'strong' : 'partial'}","pay":"match"}`);
  writeFileSync(input, lines.join('\n') + '\n');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const waitFor = async (check: () => boolean, ms: number) => {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (check()) return true;
    await new Promise((r) => setTimeout(r, 50));
  }
  return check();
};

describe('compare and its reader', () => {
  it.runIf(process.platform === 'linux')('SIGTERM while stdout is blocked on a full pipe ends the run at once, spill removed', async () => {
    const child = spawn(process.execPath, [BIN, 'compare', input, '--json'], { env: cleanEnv({ TMPDIR: temp }), stdio: ['ignore', 'pipe', 'pipe'] });
    // Nobody reads stdout: once the pipe is full, the writes wait.
    child.stdout.pause();
    expect(await waitFor(() => readdirSync(temp).length > 0, 10_000)).toBe(true);
    await new Promise((r) => setTimeout(r, 500));
    const sent = Date.now();
    const ended = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
    child.kill('SIGTERM');
    const { code, signal } = await ended;
    expect(Date.now() - sent).toBeLessThan(2_000);
    // Ended by SIGTERM: a shell reports 143 either way.
    expect(code === 143 || signal === 'SIGTERM').toBe(true);
    expect(readdirSync(temp)).toEqual([]);
  });

  it.runIf(process.platform === 'linux' && spawnSync('python3', ['--version']).status === 0)(
    'a non-blocking stdout with a stalled reader: memory stays bounded, and a reader that goes away ends it quietly, spill removed',
    () => {
      const script = `
import os, subprocess, sys, time, json
r, w = os.pipe()
os.set_blocking(w, False)
p = subprocess.Popen([sys.argv[1], sys.argv[2], 'compare', sys.argv[3], '--json'], stdout=w, stderr=subprocess.PIPE, env=json.loads(sys.argv[4]))
os.close(w)
peak = 0
for i in range(12):
    time.sleep(0.25)
    try:
        peak = max(peak, int([l for l in open(f'/proc/{p.pid}/status') if l.startswith('VmRSS')][0].split()[1]))
    except Exception:
        break
os.read(r, 1000)
os.close(r)
err = p.stderr.read().decode()
print(json.dumps({'peakKb': peak, 'code': p.wait(), 'stderr': err}))
`;
      const r = spawnSync('python3', ['-c', script, process.execPath, BIN, input, JSON.stringify(cleanEnv({ TMPDIR: temp }))], { encoding: 'utf8', timeout: 30_000 });
      const out = JSON.parse(r.stdout) as { peakKb: number; code: number; stderr: string };
      expect(out.stderr).toBe('');
      expect(out.code).toBe(0); // the verdict's code: a reader that left is not an error
      expect(out.peakKb).toBeLessThan(200 * 1024);
      expect(existsSync(temp) && readdirSync(temp)).toEqual([]);
    },
  );
});
