#!/usr/bin/env node
// Measures the message reader of the BUILT library (dist/: run `npm run build`
// first) on a folder of messages, each NN-name.txt or NN-name.eml beside its
// NN-name.expected.json, against the targets of the issue:
//   pay exactly right (min, max, period, currency)   ≥ 90%
//   a figure that is not pay reported as pay          0
//   company right, role right                         ≥ 80% each
//   mass pitches flagged                              ≥ 80%
//   personal messages flagged as mass                 0
//
//   node scripts/measure-messages.mjs test/fixtures/messages [--verbose]
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const folder = process.argv[2];
const verbose = process.argv.includes('--verbose');
if (!folder) {
  process.stderr.write('usage: node scripts/measure-messages.mjs <folder> [--verbose]\n');
  process.exit(2);
}
const library = join(ROOT, 'dist', 'index.js');
if (!existsSync(library)) {
  process.stderr.write('dist/index.js is missing: run `npm run build` first.\n');
  process.exit(2);
}
const { readMessage } = await import(pathToFileURL(library).href);

const dir = resolve(folder);
const files = readdirSync(dir)
  .filter((f) => /\.(txt|eml)$/.test(f) && existsSync(join(dir, f.replace(/\.(txt|eml)$/, '.expected.json'))))
  .sort();
if (files.length === 0) {
  process.stderr.write(`no messages with an .expected.json in ${dir}\n`);
  process.exit(2);
}

const samePay = (a, b) =>
  a === null || b === null
    ? a === b
    : a.min === b.min &&
      a.max === b.max &&
      a.period === b.period &&
      a.currency === b.currency &&
      a.ote === b.ote &&
      a.openTop === b.openTop;
// The OTE beside a base is on-target by definition: an expected file may leave out its "ote" and "openTop" flags.
const sameOte = (a, b) =>
  a === null || b === null
    ? a === b
    : a.min === b.min && a.max === b.max && a.period === b.period && a.currency === b.currency && a.openTop === (b.openTop ?? false);
const nameRight = (got, expected) => {
  if (expected === null) return got === null;
  if (got === null) return false;
  return (Array.isArray(expected) ? expected : [expected]).some((v) => v.trim().toLowerCase() === got.trim().toLowerCase());
};
const show = (p) => (p === null ? 'null' : `${p.min}-${p.max} ${p.period} ${p.currency}${p.ote ? ' OTE' : ''}${p.openTop ? ' +' : ''}`);

const count = { pay: 0, company: 0, role: 0, mass: 0, massTotal: 0, personalAsMass: 0, personalTotal: 0, notPay: 0 };
const misses = [];
let elapsed = 0;
for (const file of files) {
  const expected = JSON.parse(readFileSync(join(dir, file.replace(/\.(txt|eml)$/, '.expected.json')), 'utf8'));
  const bytes = new Uint8Array(readFileSync(join(dir, file)));
  const started = process.hrtime.bigint();
  let found;
  try {
    found = await readMessage(bytes);
  } catch (error) {
    misses.push(`${file}: refused: ${error.message}`);
    continue;
  }
  elapsed += Number(process.hrtime.bigint() - started) / 1e6;
  const payRight = samePay(found.pay, expected.pay) && sameOte(found.ote, expected.ote);
  if (payRight) count.pay++;
  else misses.push(`${file}: pay ${show(found.pay)} / ote ${show(found.ote)}, expected ${show(expected.pay)} / ote ${show(expected.ote)}`);
  // Not pay reported as pay: a figure reported that is neither the expected pay nor the expected OTE.
  const reported = [found.pay, found.ote].filter((p) => p !== null);
  const wanted = [expected.pay, expected.ote].filter((p) => p !== null);
  const strangers = reported.filter((p) => !wanted.some((w) => w.min === p.min && w.max === p.max && w.period === p.period));
  if (strangers.length > 0) {
    count.notPay++;
    misses.push(`${file}: NOT PAY reported as pay: ${strangers.map((p) => `"${p.text}"`).join(', ')}`);
  }
  if (nameRight(found.company, expected.company)) count.company++;
  else misses.push(`${file}: company ${JSON.stringify(found.company)}, expected ${JSON.stringify(expected.company)}`);
  if (nameRight(found.role, expected.role)) count.role++;
  else misses.push(`${file}: role ${JSON.stringify(found.role)}, expected ${JSON.stringify(expected.role)}`);
  if (expected.massPitch === true) {
    count.massTotal++;
    if (found.massPitch === true) count.mass++;
    else misses.push(`${file}: mass pitch not flagged (${found.massPitch})`);
  } else {
    if (expected.massPitch === false) count.personalTotal++;
    if (found.massPitch === true) {
      if (expected.massPitch === false) count.personalAsMass++;
      misses.push(`${file}: flagged as a mass pitch, expected ${expected.massPitch}`);
    } else if (found.massPitch !== expected.massPitch)
      misses.push(`${file}: mass pitch ${found.massPitch}, expected ${expected.massPitch}`);
  }
}

const pct = (n, d) => (d === 0 ? 'n/a' : `${((100 * n) / d).toFixed(1)}%`);
const n = files.length;
const lines = [
  `messages: ${n}`,
  `pay exactly right:                  ${pct(count.pay, n)} (${count.pay}/${n})   target ≥ 90%`,
  `non-pay reported as pay:            ${count.notPay}   target 0`,
  `company right:                      ${pct(count.company, n)} (${count.company}/${n})   target ≥ 80%`,
  `role right:                         ${pct(count.role, n)} (${count.role}/${n})   target ≥ 80%`,
  `mass pitches flagged:               ${pct(count.mass, count.massTotal)} (${count.mass}/${count.massTotal})   target ≥ 80%`,
  `personal messages flagged as mass:  ${count.personalAsMass} of ${count.personalTotal}   target 0`,
  `time: ${(elapsed / n).toFixed(2)} ms a message on average (bytes to findings)`,
];
process.stdout.write(`${lines.join('\n')}\n`);
if (verbose && misses.length > 0) process.stdout.write(`\n${misses.join('\n')}\n`);
