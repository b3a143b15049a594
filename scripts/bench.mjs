#!/usr/bin/env node
// The benchmark behind `npm run bench`: start-up of each path against a bare
// `node -e 0`, measured side by side (interleaved: baseline, path, baseline,
// path, …) so both see the same machine, then compared by median; and the
// footprint of the package a user installs. A benchmark, not a test: it
// reports, it does not fail on timings.
//
// It measures with the Node that runs it, i.e. the first `node` on PATH for
// `npm run bench`, and says which. On Node >= 22.1 the launcher turns on
// Node's module compile cache; the warm-up run of each path fills it, as a
// user's first run does.
//
//   npm run bench [-- --runs 40] [-- --skip-compare] [-- --skip-footprint] [-- --no-build]
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import Module from 'node:module';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(ROOT, 'bin', 'should-i-interview.cjs');
const PTY = join(ROOT, 'test', 'helpers', 'pty-run.py');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const RUNS = Number(arg('--runs', '30'));

const work = mkdtempSync(join(tmpdir(), 'sii-bench-'));
const emptyProfile = join(work, 'no-profile');
const savedProfile = join(work, 'profile');
mkdirSync(savedProfile);
writeFileSync(join(savedProfile, 'config.json'), JSON.stringify({ employment: 'employed', ready: 'open', target: 120000 }));
const env = (profileDir) => ({
  PATH: process.env.PATH,
  HOME: work,
  LANG: 'C.UTF-8',
  TERM: 'xterm-256color',
  SHOULD_I_INTERVIEW_CONFIG_DIR: profileDir,
});

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

function timeOnce(args, environment) {
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { env: environment, stdio: 'ignore' });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(' ')} exited ${r.status}`);
  return ms;
}

/** Interleaved pipe-attached timings of `args` and of `node -e 0`. */
function pipePath(name, args, target, profileDir = emptyProfile) {
  const environment = env(profileDir);
  timeOnce(args, environment); // warm the file-system cache
  const a = [];
  const b = [];
  for (let i = 0; i < RUNS; i++) {
    b.push(timeOnce(['-e', '0'], environment));
    a.push(timeOnce(args, environment));
  }
  return { name, ms: median(a), base: median(b), target };
}

/** Interleaved timings of a run with --message and the same run without it. */
function messageCost(args, without) {
  const environment = env(emptyProfile);
  timeOnce(args, environment);
  const a = [];
  const b = [];
  for (let i = 0; i < RUNS; i++) {
    b.push(timeOnce(without, environment));
    a.push(timeOnce(args, environment));
  }
  return { ms: median(a), base: median(b) };
}

/** Time to the first question on a real pty, against `node -e 0` on a pty (the tests' pty driver, interleaved). */
function ptyFirstQuestion(name, target) {
  const onPty = (argv, steps) => {
    const spec = { argv, env: env(emptyProfile), steps, timeout: 10 };
    const result = JSON.parse(execFileSync('python3', [PTY, JSON.stringify(spec)], { encoding: 'utf8' }));
    if (result.timedOut) throw new Error(`timed out on a pty: ${argv.join(' ')}: ${result.output.slice(-300)}`);
    return steps.length > 0 ? result.matchedMs[0] : result.exitMs;
  };
  const a = [];
  const b = [];
  for (let i = 0; i < RUNS; i++) {
    b.push(onPty([process.execPath, '-e', '0'], []));
    a.push(onPty([process.execPath, BIN], [{ wait: "the recruiter's message?", signal: 'KILL', settle: false }]));
  }
  return { name, ms: median(a), base: median(b), target };
}

function footprint() {
  const [packed] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8' }));
  const packDir = join(work, 'pack');
  mkdirSync(packDir);
  const [real] = JSON.parse(
    execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', packDir], { cwd: ROOT, encoding: 'utf8' }),
  );
  const prefix = join(work, 'install');
  mkdirSync(prefix);
  writeFileSync(join(prefix, 'package.json'), '{"private":true}');
  execFileSync('npm', ['install', '--omit=dev', '--prefer-offline', '--no-audit', '--no-fund', join(packDir, real.filename)], {
    cwd: prefix,
    stdio: 'ignore',
  });
  let bytes = 0;
  let packages = 0;
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, entry.name);
      if (entry.isDirectory()) walk(p);
      else if (entry.isFile()) bytes += statSync(p).size;
    }
  };
  const nm = join(prefix, 'node_modules');
  walk(nm);
  const countPackages = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (!entry.isDirectory() || entry.name === '.bin') continue;
      const p = join(dir, entry.name);
      if (entry.name.startsWith('@')) countPackages(p);
      else if (existsSync(join(p, 'package.json'))) {
        packages++;
        if (existsSync(join(p, 'node_modules'))) countPackages(join(p, 'node_modules'));
      }
    }
  };
  countPackages(nm);
  return { tarball: packed.size, unpacked: packed.unpackedSize, files: packed.entryCount, installBytes: bytes, packages };
}

const kb = (n) => `${(n / 1024).toFixed(1)} kB`;

/** compare over a generated file of `count` records: records per second and peak memory. */
function compareThroughput(count, format) {
  const file = join(work, `opportunities-${count}.${format}`);
  const rows = [];
  const skills = ['strong', 'partial', 'none'];
  const pay = ['above', 'match', 'unknown', 'below'];
  for (let i = 0; i < count; i++) {
    const record = {
      employment: i % 2 ? 'employed' : 'unemployed',
      skills: skills[i % 3],
      pay: pay[i % 4],
      company: `Company ${i}, Inc.`,
      role: `Role "${i % 7}"`,
      concerns: i % 5 ? 'reviews,no-time' : '',
    };
    rows.push(
      format === 'csv'
        ? [
            record.employment,
            record.skills,
            record.pay,
            `"${record.company}"`,
            `"${record.role.replace(/"/g, '""')}"`,
            `"${record.concerns}"`,
          ].join(',')
        : JSON.stringify(record),
    );
  }
  writeFileSync(file, `${(format === 'csv' ? 'employment,skills,pay,company,role,concerns\n' : '') + rows.join('\n')}\n`);
  const rssFile = join(work, 'rss');
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['--require', join(ROOT, 'scripts', 'max-rss.cjs'), BIN, 'compare', file, '--json'], {
    env: { ...env(emptyProfile), SII_MAX_RSS_FILE: rssFile },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (r.status !== 0 && r.status !== 1) throw new Error(`compare exited ${r.status}`);
  return { count, format, seconds, perSecond: count / seconds, peakKB: Number(readFileSync(rssFile, 'utf8')) };
}

try {
  if (!process.argv.includes('--no-build')) execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'ignore' });
  const scripted = [BIN, '--employed', '--skills', 'strong', '--pay', 'match', '--json', '--no-input'];
  const rows = [
    pipePath('scripted verdict (--json --no-input)', scripted, 1.2),
    pipePath('--help', [BIN, '--help'], 1.2),
    pipePath('--version', [BIN, '--version'], 1.2),
    ptyFirstQuestion('first question on a pty', 1.7),
    pipePath('scripted verdict, saved profile', [BIN, '--skills', 'strong', '--pay', 'match', '--json', '--no-input'], 1.5, savedProfile),
  ];
  // What reading a recruiter's message adds to a run: a pasted text and a
  // multipart mail (which loads the MIME parser), against the same run without.
  const textMessage = join(work, 'message.txt');
  writeFileSync(
    textMessage,
    'Subject: Senior Backend Engineer at Northwind Robotics\n\nHi Sam,\n\nI lead the platform team at Northwind Robotics and enjoyed ' +
      'your post on backpressure. We are hiring a Senior Backend Engineer: the base is $140,000 - $160,000, plus a 401(k) match ' +
      'and a $2,000 learning stipend. We raised a $40M Series B last spring and the team is 12 people.\n\nWould you have 20 minutes ' +
      'next week? Call me at 3:30pm or reply here.\n\nDana Whitfield\nEngineering Manager, Northwind Robotics\n',
  );
  const mailMessage = join(work, 'message.eml');
  writeFileSync(
    mailMessage,
    [
      'From: Dana Whitfield <dana@northwind.example>',
      'To: sam@example.com',
      'Subject: =?UTF-8?Q?Senior_Backend_Engineer_at_Northwind?=',
      'MIME-Version: 1.0',
      'Content-Type: multipart/alternative; boundary="b"',
      '',
      '--b',
      'Content-Type: text/plain; charset=utf-8',
      'Content-Transfer-Encoding: quoted-printable',
      '',
      'Hi Sam, I lead the platform team at Northwind Robotics. The base is $140,=',
      '000 - $160,000, plus a 401(k) match.',
      '--b',
      'Content-Type: text/html; charset=utf-8',
      '',
      '<p>Hi Sam, I lead the platform team at Northwind Robotics. The base is $140,000 - $160,000.</p>',
      '--b--',
      '',
    ].join('\r\n'),
  );
  const withMessage = (file) => [...scripted.slice(0, 4), '--target', '150k', '--json', '--no-input', '--message', file];
  const withoutMessage = [...scripted.slice(0, 4), '--target', '150k', '--json', '--no-input', '--offered', '140k-160k'];
  const messageRows = [
    ['--message, a pasted text', messageCost(withMessage(textMessage), withoutMessage)],
    ['--message, a multipart mail', messageCost(withMessage(mailMessage), withoutMessage)],
  ];

  const date = new Date().toISOString().slice(0, 10);
  const compileCache = typeof Module.enableCompileCache === 'function' ? 'on' : 'not in this Node';
  console.log(
    `should-i-interview start-up, ${date}: node ${process.version} (${process.execPath}), compile cache ${compileCache}, ${cpus().length} cores, median of ${RUNS} interleaved runs`,
  );
  console.log('');
  console.log('| path | median | node -e 0 | ratio | target | |');
  console.log('|---|---|---|---|---|---|');
  for (const r of rows) {
    const ratio = r.ms / r.base;
    console.log(
      `| ${r.name} | ${r.ms.toFixed(1)} ms | ${r.base.toFixed(1)} ms | ${ratio.toFixed(2)} | ≤ ${r.target} | ${ratio <= r.target ? 'pass' : 'FAIL'} |`,
    );
  }
  console.log('');
  console.log("| reading the recruiter's message | with | without | added | target | |");
  console.log('|---|---|---|---|---|---|');
  for (const [name, r] of messageRows) {
    const added = r.ms - r.base;
    console.log(
      `| ${name} | ${r.ms.toFixed(1)} ms | ${r.base.toFixed(1)} ms | ${added.toFixed(1)} ms | < 50 ms | ${added < 50 ? 'pass' : 'FAIL'} |`,
    );
  }
  if (!process.argv.includes('--skip-compare')) {
    console.log('');
    console.log('| compare --json | records | time | records/s | peak memory |');
    console.log('|---|---|---|---|---|');
    for (const [count, format] of [
      [10000, 'csv'],
      [100000, 'csv'],
      [100000, 'ndjson'],
    ]) {
      const c = compareThroughput(count, format);
      console.log(
        `| ${c.format} | ${c.count.toLocaleString('en-US')} | ${c.seconds.toFixed(2)} s | ${Math.round(c.perSecond).toLocaleString('en-US')} | ${(c.peakKB / 1024).toFixed(0)} MB |`,
      );
    }
  }
  if (!process.argv.includes('--skip-footprint')) {
    const f = footprint();
    console.log('');
    console.log('| footprint | |');
    console.log('|---|---|');
    console.log(`| packed tarball | ${kb(f.tarball)}, ${f.files} files (${kb(f.unpacked)} unpacked) |`);
    console.log(`| production install of the tarball | ${kb(f.installBytes)} in node_modules, ${f.packages} packages |`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
