// compare writing to a slow, stalled or non-blocking reader: memory stays
// bounded, a signal still ends the run at once, the spill never outlives it.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readlinkSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BIN, cleanEnv, tempLeftovers } from '../helpers/cli.js';
import { SPILL_PREFIX } from '../../src/io/rank-buffer.js';

let root: string;
let temp: string;
let input: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'sii-stdout-'));
  temp = join(root, 'tmp');
  mkdirSync(temp);
  input = join(root, 'big.ndjson');
  // 40,000 records (3 MB), about 70 MB of results: past the 4 MB spill, and far past a pipe's buffer.
  const lines: string[] = [];
  for (let i = 0; i < 40_000; i++)
    lines.push(`{"company":"C${i}","employment":"employed","skills":"${i % 2 ? 'strong' : 'partial'}","pay":"match"}`);
  writeFileSync(input, `${lines.join('\n')}\n`);
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
  it.runIf(process.platform === 'linux')(
    'SIGTERM while stdout is blocked on a full pipe ends the run at once, spill removed',
    async () => {
      const child = spawn(process.execPath, [BIN, 'compare', input, '--json'], {
        env: cleanEnv({ TMPDIR: temp }),
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      // Nobody reads stdout: once the pipe is full, the writes wait.
      child.stdout.pause();
      expect(await waitFor(() => readdirSync(temp).some((name) => name.startsWith(SPILL_PREFIX)), 10_000)).toBe(true);
      // Every record read and ranked (the input closed): the results are being
      // written, and with nobody reading, the pipe fills within milliseconds.
      const reading = () => {
        try {
          return readdirSync(`/proc/${child.pid}/fd`).some((fd) => {
            try {
              return readlinkSync(`/proc/${child.pid}/fd/${fd}`) === input;
            } catch {
              return false;
            }
          });
        } catch {
          return false;
        }
      };
      expect(await waitFor(() => !reading(), 10_000)).toBe(true);
      await new Promise((r) => setTimeout(r, 200));
      expect(child.exitCode).toBeNull(); // still there, its writes waiting
      const sent = Date.now();
      const ended = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
        child.on('exit', (code, signal) => resolve({ code, signal })),
      );
      child.kill('SIGTERM');
      const { code, signal } = await ended;
      expect(Date.now() - sent).toBeLessThan(2_000);
      // Ended by SIGTERM: a shell reports 143 either way.
      expect(code === 143 || signal === 'SIGTERM').toBe(true);
      expect(tempLeftovers(temp)).toEqual([]);
    },
    30_000,
  );

  it.runIf(process.platform === 'linux' && spawnSync('python3', ['--version']).status === 0)(
    'a non-blocking stdout with a stalled reader: memory stays bounded, and a reader that goes away ends it quietly, spill removed',
    () => {
      // Memory is sampled until the input has been read and closed (every
      // result ranked, the writes stalled on the full pipe), then for another
      // second of the stall, whatever the machine's load: a run that kept the
      // stalled output (about 70 MB of JSON) in memory grows then.
      // The young generation is held to 16 MB semi-spaces (V8's own limit up
      // to Node 22): Node 24's V8 grows them to 64 MB, so the same run peaks
      // about 90 MB higher in garbage not yet collected, whatever the program
      // keeps; the bound is for what the program keeps.
      const script = `
import os, subprocess, sys, time, json
r, w = os.pipe()
os.set_blocking(w, False)
p = subprocess.Popen([sys.argv[1], '--max-semi-space-size=16', sys.argv[2], 'compare', sys.argv[3], '--json'], stdout=w, stderr=subprocess.PIPE, env=json.loads(sys.argv[4]))
os.close(w)
def reading():
    for fd in os.listdir(f'/proc/{p.pid}/fd'):
        try:
            if os.readlink(f'/proc/{p.pid}/fd/{fd}') == sys.argv[3]: return True
        except OSError:
            pass
    return False
peak = 0
read_at = None
start = time.time()
while time.time() - start < 20:
    time.sleep(0.1)
    try:
        peak = max(peak, int([l for l in open(f'/proc/{p.pid}/status') if l.startswith('VmRSS')][0].split()[1]))
        if read_at is None and not reading(): read_at = time.time()
    except Exception:
        break
    if read_at is not None and time.time() - read_at >= 1: break
stalled = read_at is not None and p.poll() is None
os.read(r, 1000)
os.close(r)
err = p.stderr.read().decode()
print(json.dumps({'peakKb': peak, 'stalled': stalled, 'code': p.wait(), 'stderr': err}))
`;
      const r = spawnSync('python3', ['-c', script, process.execPath, BIN, input, JSON.stringify(cleanEnv({ TMPDIR: temp }))], {
        encoding: 'utf8',
        timeout: 30_000,
      });
      const out = JSON.parse(r.stdout) as { peakKb: number; stalled: boolean; code: number; stderr: string };
      expect(out.stalled).toBe(true); // sampled while the input was read and the output stalled
      expect(out.stderr).toBe('');
      expect(out.code).toBe(0); // the verdict's code: a reader that left is not an error
      expect(out.peakKb).toBeLessThan(200 * 1024);
      expect(existsSync(temp) && tempLeftovers(temp)).toEqual([]);
    },
    30_000,
  );
});
