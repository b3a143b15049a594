// compare's temporary files never outlive the run: not after a signal, not
// when stdout fails, and a temp folder that cannot be used is named as the
// temp folder (exit 74), not blamed on the input. Each test gives the
// command a TMPDIR of its own and checks it is empty afterwards.
import { afterAll, describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, closeSync, mkdirSync, mkdtempSync, openSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cliAsUser, unprivilegedUnavailable } from '../helpers/isolation.js';
import { BIN, cleanEnv, tempLeftovers } from '../helpers/cli.js';

const work = mkdtempSync(join(tmpdir(), 'sii-temp-files-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** An NDJSON file of `count` records. As --json results, 1,500 of them pass the 4 MB the ranking keeps in memory. */
function records(count: number): string {
  const file = join(work, `records-${count}.ndjson`);
  const lines: string[] = [];
  for (let i = 0; i < count; i++) {
    lines.push(
      JSON.stringify({
        employment: i % 2 ? 'employed' : 'unemployed',
        skills: ['strong', 'partial', 'none'][i % 3],
        pay: 'unknown',
        company: `Co ${i}`,
      }),
    );
  }
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}
const LARGE = records(20000); // a couple of seconds of work: time to interrupt it once it has spilled
const SPILLS = records(3000);

let temps = 0;
function newTemp(): string {
  const dir = join(work, `tmp-${++temps}`);
  mkdirSync(dir);
  return dir;
}

const spills = (temp: string) => readdirSync(temp).filter((name) => name.startsWith('should-i-interview-rank-'));

async function until(condition: () => boolean, what: string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Starts `compare <file> --json` (through `sh -c` when given a shell prefix), stdout thrown away. */
function start(file: string, temp: string, shell?: string) {
  const argv = [process.execPath, BIN, 'compare', file, '--json'];
  const child = shell
    ? spawn('sh', ['-c', `${shell}; exec "$@" > /dev/null`, 'sh', ...argv], {
        env: cleanEnv({ TMPDIR: temp }),
        stdio: ['ignore', 'ignore', 'pipe'],
      })
    : spawn(argv[0]!, argv.slice(1), { env: cleanEnv({ TMPDIR: temp }), stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr!.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>((resolve) =>
    child.on('close', (code, signal) => resolve({ code, signal, stderr })),
  );
  return { child, exited };
}

describe('compare: temporary files', () => {
  for (const [signal, code] of [
    ['SIGINT', 130],
    ['SIGTERM', 143],
    ['SIGHUP', 129],
  ] as const) {
    it(`${signal} during a large compare removes the spill and exits ${code}`, async () => {
      const temp = newTemp();
      const { child, exited } = start(LARGE, temp);
      await until(() => spills(temp).length > 0, 'the ranking to spill to disk');
      child.kill(signal);
      const result = await exited;
      expect(tempLeftovers(temp)).toEqual([]);
      expect({ code: result.code, signal: result.signal }).toEqual({ code, signal: null });
      expect(result.stderr).toBe('Cancelled.\n');
    }, 30_000);
  }

  it('stdout failing (> /dev/full) removes the spill and exits 74', () => {
    const temp = newTemp();
    const full = openSync('/dev/full', 'w');
    try {
      const r = spawnSync(process.execPath, [BIN, 'compare', SPILLS, '--json'], {
        env: cleanEnv({ TMPDIR: temp }),
        stdio: ['ignore', full, 'pipe'],
        encoding: 'utf8',
        timeout: 20_000,
      });
      expect(tempLeftovers(temp)).toEqual([]);
      expect(r.status).toBe(74);
      expect(r.stderr).toContain('standard output');
    } finally {
      closeSync(full);
    }
  }, 30_000);

  it('the spill is private whatever the umask: a 0700 folder of 0600 files', async () => {
    const temp = newTemp();
    const { child, exited } = start(LARGE, temp, 'umask 000');
    let modes: string[] = [];
    await until(() => {
      const [dir] = spills(temp);
      if (!dir) return false;
      try {
        const files = readdirSync(join(temp, dir));
        if (files.length === 0) return false;
        const mode = (path: string) => (statSync(path).mode & 0o777).toString(8);
        modes = [mode(join(temp, dir)), ...new Set(files.map((f) => mode(join(temp, dir, f))))];
        return true;
      } catch {
        return false; // removed in between: the run ended
      }
    }, 'the ranking to spill to disk');
    child.kill('SIGTERM');
    await exited;
    expect(modes).toEqual(['700', '600']);
    expect(tempLeftovers(temp)).toEqual([]);
  }, 30_000);

  describe('a temp folder that cannot be used is named as the temp folder, exit 74', () => {
    const cases: Array<[string, () => string, RegExp]> = [
      ['TMPDIR does not exist', () => join(work, 'no-such-folder'), /: it does not exist\./],
      [
        'TMPDIR is a file',
        () => {
          const file = join(work, 'tmp-is-a-file');
          writeFileSync(file, '');
          return file;
        },
        /: part of the path is a file, not a folder\./,
      ],
    ];
    for (const [name, make, cause] of cases) {
      it(name, () => {
        const temp = make();
        const r = spawnSync(process.execPath, [BIN, 'compare', SPILLS, '--json'], {
          env: cleanEnv({ TMPDIR: temp }),
          encoding: 'utf8',
          timeout: 20_000,
        });
        expect(r.status).toBe(74);
        expect(r.stdout).toBe('');
        expect(r.stderr).toContain(`cannot write temporary files in the temp folder (${temp})`);
        expect(r.stderr).toMatch(cause);
        expect(r.stderr).toContain('Set TMPDIR to a folder you can write to');
        expect(r.stderr).not.toContain(SPILLS);
        expect(r.stderr).not.toMatch(/internal error|^\s+at /m);
      }, 30_000);
    }

    it("never makes a missing TMPDIR (Node's compile cache would, for its folder)", () => {
      const temp = join(work, 'not-there');
      const r = spawnSync(process.execPath, [BIN, '--version'], { env: cleanEnv({ TMPDIR: temp }), encoding: 'utf8' });
      expect(r.status).toBe(0);
      expect(existsSync(temp)).toBe(false);
    });
  });

  const noUnprivileged = unprivilegedUnavailable();
  it.skipIf(noUnprivileged !== undefined)(
    `TMPDIR is read-only (run as an unprivileged user, as root writes anywhere): exit 74 naming the temp folder${noUnprivileged ? ` (skipped: ${noUnprivileged})` : ''}`,
    () => {
      const temp = newTemp();
      chmodSync(temp, 0o555);
      chmodSync(SPILLS, 0o644);
      // cliAsUser opens `work` (the input's and the temp folder's parent) to the unprivileged user.
      const r = cliAsUser(['compare', SPILLS, '--json'], join(work, 'no-profile'), work, { TMPDIR: temp });
      expect(r.code).toBe(74);
      expect(r.stderr).toContain(`cannot write temporary files in the temp folder (${temp})`);
      expect(r.stderr).toMatch(/: permission denied\./);
    },
    30_000,
  );

  it('a missing input file is still a usage error (exit 2), whatever TMPDIR is', () => {
    const missing = join(work, 'missing.csv');
    const r = spawnSync(process.execPath, [BIN, 'compare', missing], {
      env: cleanEnv({ TMPDIR: join(work, 'no-such-folder') }),
      encoding: 'utf8',
    });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`cannot read ${missing}: it does not exist`);
  });
});
