#!/usr/bin/env node
// What compiling the reader's regular expressions costs on a first read, and
// how much of it goes to patterns that find nothing in the message. Reads
// one message with the BUILT reader (run `npm run build` first), records
// each pattern run and whether it ever matched, then compiles every one of
// them afresh in a new process (each straight to machine code, as
// src/core/compile.ts does) and times it.
//
//   node scripts/measure-patterns.mjs [file] [--top 20]
//
// The default message is the README's pasted one. A measurement, not a test.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const args = process.argv.slice(2);
const topAt = args.indexOf('--top');
const top = topAt >= 0 ? Number(args.splice(topAt, 2)[1]) : 20;
const file = args[0] ?? fileURLToPath(new URL('../test/fixtures/readme/message.txt', import.meta.url));
const { readMessage } = require(fileURLToPath(new URL('../dist/cli/reader.cjs', import.meta.url)));

// Every run of a pattern while the message is read, but the warm-up runs on the blank.
const runs = new Map();
const exec = RegExp.prototype.exec;
RegExp.prototype.exec = function (subject) {
  const found = exec.call(this, subject);
  if (typeof subject === 'string' && !(subject.length === 1000 && subject.charCodeAt(0) === 0)) {
    const key = `/${this.source}/${this.flags.replaceAll('g', '').replaceAll('y', '')}`;
    const seen = runs.get(key) ?? { source: this.source, flags: this.flags.replaceAll('g', '').replaceAll('y', ''), matched: false };
    seen.matched ||= found !== null;
    runs.set(key, seen);
  }
  return found;
};
readMessage(readFileSync(file, 'utf8'));
RegExp.prototype.exec = exec;

// A fresh process compiles each once, in turn, after one small pattern has set up the engine.
const child = `
const patterns = JSON.parse(require('node:fs').readFileSync(0, 'utf8'));
const blank = '\\0'.repeat(1000);
new RegExp('a|b', 'iu').exec(blank);
process.stdout.write(JSON.stringify(patterns.map(([source, flags]) => {
  const start = performance.now();
  new RegExp(source, flags).exec(blank);
  return performance.now() - start;
})));`;
const list = [...runs.values()];
const r = spawnSync(process.execPath, ['-e', child], { input: JSON.stringify(list.map((p) => [p.source, p.flags])), encoding: 'utf8' });
if (r.status !== 0) throw new Error(r.stderr);
const ms = JSON.parse(r.stdout);
const sum = (rows) => rows.reduce((total, row) => total + row.ms, 0);
const rows = list.map((p, i) => ({ ...p, ms: ms[i] }));
const matched = rows.filter((row) => row.matched);
const idle = rows.filter((row) => !row.matched);
const chars = (set) => set.reduce((total, row) => total + row.source.length, 0);
console.log(`node ${process.version}, ${file}`);
console.log(`${rows.length} patterns run, ${chars(rows)} characters: ${sum(rows).toFixed(1)} ms to compile`);
console.log(`  that matched something: ${matched.length}, ${chars(matched)} characters, ${sum(matched).toFixed(1)} ms`);
console.log(`  that found nothing:     ${idle.length}, ${chars(idle)} characters, ${sum(idle).toFixed(1)} ms`);
console.log(`\nthe costliest ${top}:`);
for (const row of rows.sort((a, b) => b.ms - a.ms).slice(0, top))
  console.log(
    `${row.ms.toFixed(2).padStart(6)} ms ${row.matched ? 'matched' : 'idle   '} /${row.source.slice(0, 90)}${row.source.length > 90 ? '…' : ''}/${row.flags}`,
  );
