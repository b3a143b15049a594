#!/usr/bin/env node
// Start-up benchmark: each path of the built command against a bare
// `node -e 0`, run interleaved (baseline, path, baseline, path, …) so that
// both see the same machine load, then compared by median wall-clock time.
//
//   node scripts/bench-startup.mjs [--runs 40]
import { spawnSync } from 'node:child_process';
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';

const BIN = fileURLToPath(new URL('../bin/should-i-interview.js', import.meta.url));
const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 40;

const env = { PATH: process.env.PATH, HOME: process.env.HOME };
const paths = [
  { name: 'scripted verdict --json', args: [BIN, '--employed', '--skills', 'strong', '--pay', 'match', '--json', '--no-input'] },
  { name: 'scripted verdict, text', args: [BIN, '--employed', '--skills', 'strong', '--pay', 'match', '--no-input'] },
  { name: '--help', args: [BIN, '--help'] },
  { name: '--version', args: [BIN, '--version'] },
];
const baseline = ['-e', '0'];

function time(args) {
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { env, stdio: 'ignore' });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(' ')} exited ${r.status}`);
  return ms;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

// warm the file-system cache
for (const p of paths) time(p.args);
time(baseline);

console.log(`node ${process.version}, ${cpus().length} cores, ${RUNS} interleaved runs per path`);
console.log('path'.padEnd(28) + 'median ms'.padStart(10) + 'node -e 0'.padStart(11) + 'ratio'.padStart(8));
for (const p of paths) {
  const a = [];
  const b = [];
  for (let i = 0; i < RUNS; i++) {
    b.push(time(baseline));
    a.push(time(p.args));
  }
  const ma = median(a);
  const mb = median(b);
  console.log(p.name.padEnd(28) + ma.toFixed(1).padStart(10) + mb.toFixed(1).padStart(11) + (ma / mb).toFixed(2).padStart(8));
}
