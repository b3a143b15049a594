#!/usr/bin/env node
// Two builds of the command, timed in the same loop: this checkout's and
// another's (a `git worktree` at an older commit, built with `npm run build`).
// Each round spawns, one after the other, a bare `node -e 0`, then each build's
// scripted verdict without a message and with the bench's pasted text, so that
// both builds see the same machine; medians are printed. A benchmark for
// deciding a change of the build's shape, not a test.
//
//   node scripts/compare-builds.mjs <other checkout> [--runs 41]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const RUNS = runsAt >= 0 ? Number(args.splice(runsAt, 2)[1]) : 41;
if (args.length !== 1) {
  process.stderr.write('usage: node scripts/compare-builds.mjs <other checkout> [--runs 41]\n');
  process.exit(2);
}
const builds = { this: fileURLToPath(new URL('..', import.meta.url)), other: resolve(args[0]) };

const work = mkdtempSync(join(tmpdir(), 'sii-compare-builds-'));
const message = join(work, 'message.txt');
// The same message as `npm run bench`'s pasted text.
writeFileSync(
  message,
  'Subject: Senior Backend Engineer at Northwind Robotics\n\nHi Sam,\n\nI lead the platform team at Northwind Robotics and enjoyed ' +
    'your post on backpressure. We are hiring a Senior Backend Engineer: the base is $140,000 - $160,000, plus a 401(k) match ' +
    'and a $2,000 learning stipend. We raised a $40M Series B last spring and the team is 12 people.\n\nWould you have 20 minutes ' +
    'next week? Call me at 3:30pm or reply here.\n\nDana Whitfield\nEngineering Manager, Northwind Robotics\n',
);
const env = { PATH: process.env.PATH, HOME: work, LANG: 'C.UTF-8', SHOULD_I_INTERVIEW_CONFIG_DIR: join(work, 'no-profile') };
const scripted = ['--employed', '--skills', 'strong', '--target', '150k', '--json', '--no-input'];
const cases = { 'node -e 0': ['-e', '0'] };
for (const [name, dir] of Object.entries(builds)) {
  const bin = join(dir, 'bin', 'should-i-interview.cjs');
  cases[`${name}, no message`] = [bin, ...scripted, '--offered', '140k-160k'];
  cases[`${name}, --message`] = [bin, ...scripted, '--message', message];
}

const times = Object.fromEntries(Object.keys(cases).map((name) => [name, []]));
try {
  // The first round warms the file-system cache and Node's compile cache, and is not counted.
  for (let round = 0; round <= RUNS; round++) {
    for (const [name, argv] of Object.entries(cases)) {
      const start = process.hrtime.bigint();
      const r = spawnSync(process.execPath, argv, { env, stdio: 'ignore' });
      if (r.status !== 0 && r.status !== 1) throw new Error(`${name} exited ${r.status}`);
      if (round > 0) times[name].push(Number(process.hrtime.bigint() - start) / 1e6);
    }
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
console.log(`node ${process.version}, median of ${RUNS} interleaved rounds; this: ${builds.this}, other: ${builds.other}`);
for (const name of Object.keys(cases)) console.log(`${median(times[name]).toFixed(1).padStart(7)} ms  ${name}`);
for (const name of Object.keys(builds)) {
  const added = median(times[`${name}, --message`]) - median(times[`${name}, no message`]);
  console.log(`${added.toFixed(1).padStart(7)} ms  added by --message, ${name}`);
}
