// The package as another Node project sees it: `import { evaluate } from
// 'should-i-interview'`, resolved through package.json's exports, typed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, runCli } from './helpers/cli.js';

let project: string;

beforeAll(() => {
  project = mkdtempSync(join(tmpdir(), 'sii-consumer-'));
  mkdirSync(join(project, 'node_modules'));
  symlinkSync(ROOT, join(project, 'node_modules', 'should-i-interview'), 'dir');
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', type: 'module', private: true }));
});

afterAll(() => rmSync(project, { recursive: true, force: true }));

describe('library export', () => {
  it('gives exactly what --json prints for the same answers', () => {
    writeFileSync(
      join(project, 'main.mjs'),
      `import { evaluate } from 'should-i-interview';
       const r = evaluate({ employment: 'employed', skills: 'partial', pay: 'unknown', concerns: ['hearsay'], company: 'Acme' });
       process.stdout.write(JSON.stringify(r, null, 2) + '\\n');`,
    );
    const lib = spawnSync(process.execPath, ['main.mjs'], { cwd: project, encoding: 'utf8' });
    expect(lib.stderr).toBe('');
    const cli = runCli(['--employed', '--skills', 'partial', '--pay', 'unknown', '--concern', 'hearsay', '--company', 'Acme', '--json']);
    expect(lib.stdout).toBe(cli.stdout);
  });

  // That a consumer type-checks against the published declarations is checked once, on the installed
  // package: test/package.test.ts, 'type-checks a .cts and a .mts consumer'.

  it('throws a typed error naming the key for a bad answer', () => {
    writeFileSync(
      join(project, 'bad.mjs'),
      `import { evaluate, InvalidAnswerError } from 'should-i-interview';
       try { evaluate({ employment: 'employed', skills: 'strong', pay: 'great' }); }
       catch (e) { console.log(e instanceof InvalidAnswerError, e.name, e.key, e.allowed.join(',')); }`,
    );
    const out = spawnSync(process.execPath, ['bad.mjs'], { cwd: project, encoding: 'utf8' });
    expect(out.stdout.trim()).toBe('true InvalidAnswerError pay above,match,near,below,unknown');
  });

  it('reports schema 4 with a breakdown that adds up to the score, and refuses two currencies naming both answers', () => {
    writeFileSync(
      join(project, 'v3.mjs'),
      `import { evaluate, InvalidAnswerError, SCHEMA_VERSION } from 'should-i-interview';
       const r = evaluate({ employment: 'employed', skills: 'none', pay: 'above', massPitch: true });
       const sum = r.breakdown.reduce((s, p) => s + p.points, 0);
       const keys = Object.keys(r);
       console.log(SCHEMA_VERSION, r.schemaVersion, sum === r.score, keys.indexOf('breakdown') === keys.indexOf('ask') + 1 && keys.indexOf('answers') === keys.indexOf('breakdown') + 1);
       try { evaluate({ employment: 'employed', skills: 'strong', offered: '€100k', target: '£120k' }); }
       catch (e) { console.log(e instanceof InvalidAnswerError, e.keys.join(',')); }`,
    );
    const out = spawnSync(process.execPath, ['v3.mjs'], { cwd: project, encoding: 'utf8' });
    expect(out.stderr).toBe('');
    expect(out.stdout.trim().split('\n')).toEqual(['4 4 true true', 'true offered,target']);
  });
});
