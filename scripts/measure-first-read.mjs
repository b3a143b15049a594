#!/usr/bin/env node
// The cost of the first read of a message in a process, which is what a
// one-shot command pays: V8 compiles the reader's regular expressions and
// functions on first use. Each run is a fresh Node process that loads the
// built library, then times `readMessage` on one message; the median of the
// runs is printed. Messages: the files given, or the README's pasted message.
//
//   node scripts/measure-first-read.mjs [--runs 15] [file ...]
//
// Run `npm run build` first. It measures with the Node that runs it.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const RUNS = runsAt >= 0 ? Number(args.splice(runsAt, 2)[1]) : 15;
const files = args.length > 0 ? args : [fileURLToPath(new URL('../test/fixtures/readme/message.txt', import.meta.url))];

const child = `
const { readFileSync } = require('node:fs');
import(${JSON.stringify(new URL('../dist/index.js', import.meta.url).href)}).then(({ readMessage }) => {
  const text = readFileSync(process.argv[1], 'utf8');
  const start = performance.now();
  readMessage(text);
  process.stdout.write(String(performance.now() - start));
});`;

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

console.log(`first read of a message, node ${process.version}, median of ${RUNS} fresh processes (${ROOT})`);
const all = [];
for (const file of files) {
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const r = spawnSync(process.execPath, ['-e', child, file], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`${file}: ${r.stderr}`);
    times.push(Number(r.stdout));
  }
  all.push(median(times));
  console.log(`${median(times).toFixed(1)} ms  ${file}`);
}
if (files.length > 1) console.log(`${median(all).toFixed(1)} ms  median of the ${files.length} messages`);
