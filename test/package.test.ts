// The package a user installs: packed as npm would publish it, installed
// from the tarball into a temporary prefix (no network: it has no
// dependencies), and run from there. A file missing from `files` fails here.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, cleanEnv } from './helpers/cli.js';

let work: string;
let files: string[];
let installed: string;

const npm = (args: string[], cwd: string) =>
  execFileSync('npm', args, { cwd, encoding: 'utf8', env: { ...process.env, npm_config_audit: 'false', npm_config_fund: 'false' } });

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'sii-package-'));
  // --ignore-scripts: pack what the test run's build made, rather than
  // rebuilding dist/ while other test files are running the command.
  const [packed] = JSON.parse(npm(['pack', '--json', '--ignore-scripts', '--pack-destination', work], ROOT)) as Array<{
    filename: string;
    files: Array<{ path: string }>;
  }>;
  files = packed!.files.map((f) => f.path).sort();
  const prefix = join(work, 'prefix');
  mkdirSync(prefix);
  npm(['install', '--global', '--offline', '--ignore-scripts', '--prefix', prefix, join(work, packed!.filename)], work);
  installed = prefix;
}, 60_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the published package', () => {
  it('holds only what a user needs', () => {
    expect(files).toEqual(
      expect.arrayContaining([
        'LICENSE',
        'README.md',
        'CHANGELOG.md',
        'package.json',
        'bin/should-i-interview.cjs',
        'dist/cli/main.cjs',
        'dist/cli/reader.cjs',
        'dist/cli/help.txt',
        'dist/cli/vendor/prompts.cjs',
        'dist/cli/vendor/commander.cjs',
        'dist/cli/vendor/chalk.cjs',
        'dist/cli/vendor/conf.cjs',
        'dist/cli/vendor/csv-parse.cjs',
        'dist/cli/vendor/postal-mime.cjs',
        'dist/cli/vendor/html-to-text.cjs',
        'dist/io/message-source.js',
        'dist/core/message/index.js',
        'dist/index.js',
        'dist/index.d.ts',
        'dist/THIRD_PARTY_LICENSES.md',
      ]),
    );
    const unexpected = files.filter(
      (f) =>
        !/^(LICENSE|README\.md|CHANGELOG\.md|package\.json|bin\/should-i-interview\.cjs)$/.test(f) &&
        !/^dist\/(index\.(js|d\.ts)|THIRD_PARTY_LICENSES\.md|core\/(message\/)?[a-z-]+\.(js|d\.ts)|io\/message-source\.(js|d\.ts)|cli\/(main\.cjs|reader\.cjs|help\.txt|vendor\/[a-z-]+\.cjs))$/.test(
          f,
        ),
    );
    expect(unexpected).toEqual([]);
  });

  it('installs with no dependencies', () => {
    const list = JSON.parse(npm(['ls', '--global', '--prefix', installed, '--all', '--json'], work)) as {
      dependencies: Record<string, { dependencies?: unknown }>;
    };
    expect(Object.keys(list.dependencies)).toEqual(['should-i-interview']);
    expect(list.dependencies['should-i-interview']!.dependencies).toBeUndefined();
  });

  const bin = () => join(installed, 'bin', 'should-i-interview');

  it('runs --version from the install', () => {
    const r = spawnSync(bin(), ['--version'], { env: cleanEnv(), encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });

  it('gives a scripted verdict, help and a usage error from the install', () => {
    const take = spawnSync(bin(), ['--employed', '--skills', 'strong', '--pay', 'match', '--json'], { env: cleanEnv(), encoding: 'utf8' });
    expect(take.status).toBe(0);
    expect(JSON.parse(take.stdout).verdict).toBe('take');
    const help = spawnSync(bin(), ['--help'], { env: cleanEnv(), encoding: 'utf8' });
    expect(help.stdout).toContain('Examples:');
    const bad = spawnSync(bin(), ['--pay', 'great'], { env: cleanEnv(), encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('Allowed choices are above, match, near, below, unknown');
    const coloured = spawnSync(bin(), ['--employed', '--skills', 'strong', '--pay', 'match'], {
      env: cleanEnv({ FORCE_COLOR: '1' }),
      encoding: 'utf8',
    });
    expect(coloured.stdout).toMatch(/\u001b\[/);
  });

  it('saves a profile from the install (the conf bundle is there)', () => {
    const dir = join(work, 'profile');
    const r = spawnSync(bin(), ['profile', 'set', '--employed'], {
      env: cleanEnv({ SHOULD_I_INTERVIEW_CONFIG_DIR: dir }),
      encoding: 'utf8',
    });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('employment');
  });

  it('exports the typed library from the install', () => {
    const lib = join(installed, 'lib', 'node_modules', 'should-i-interview');
    const script = join(work, 'use.mjs');
    writeFileSync(
      script,
      `import { evaluate } from ${JSON.stringify(join(lib, 'dist', 'index.js'))};
       console.log(evaluate({ employment: 'unemployed', skills: 'partial', pay: 'unknown' }).verdict);`,
    );
    expect(spawnSync(process.execPath, [script], { encoding: 'utf8' }).stdout).toBe('take\n');
  });
  it("reads a recruiter's mail with the library from the install (the MIME bundles are found in the package)", () => {
    const lib = join(installed, 'lib', 'node_modules', 'should-i-interview');
    const mail = [
      'From: Dana <dana@northwind.example>',
      'To: sam@example.com',
      'Subject: =?UTF-8?Q?Staff_Engineer_at_Northwind?=',
      'MIME-Version: 1.0',
      'Content-Type: text/plain; charset=utf-8',
      'Content-Transfer-Encoding: quoted-printable',
      '',
      'Hi Sam, I lead the platform team at Northwind Robotics. The base is $145,=',
      '000 - $165,000.',
      '',
    ].join('\r\n');
    const script = join(work, 'mail.mjs');
    writeFileSync(
      script,
      `import { readMessage } from ${JSON.stringify(join(lib, 'dist', 'index.js'))};
       const found = await readMessage(new TextEncoder().encode(${JSON.stringify(mail)}));
       console.log(JSON.stringify([found.pay.min, found.pay.max, found.pay.currency]));`,
    );
    const r = spawnSync(process.execPath, [script], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toEqual([145000, 165000, 'USD']);
  });

  describe('as a library, for ES module and CommonJS consumers alike', () => {
    let consumer: string;
    const tsc = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
    const run = (file: string) => spawnSync(process.execPath, [file], { cwd: consumer, encoding: 'utf8' });
    const bad = `{ employment: 'employed', skills: 'strong', pay: 'great' }`;

    beforeAll(() => {
      consumer = join(work, 'consumer');
      mkdirSync(join(consumer, 'node_modules'), { recursive: true });
      // The installed package, as the consumer's dependency.
      symlinkSync(
        join(installed, 'lib', 'node_modules', 'should-i-interview'),
        join(consumer, 'node_modules', 'should-i-interview'),
        'dir',
      );
      writeFileSync(join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', private: true }));
    });

    it('import()s from an ES module and require()s from CommonJS: one module, one class per error', () => {
      writeFileSync(
        join(consumer, 'use.mjs'),
        `import { evaluate, InvalidAnswerError } from 'should-i-interview';
         let error; try { evaluate(${bad}); } catch (e) { error = e; }
         console.log(evaluate({ employment: 'unemployed', skills: 'partial', pay: 'unknown' }).verdict, error instanceof InvalidAnswerError);`,
      );
      writeFileSync(
        join(consumer, 'use.cjs'),
        `const lib = require('should-i-interview');
         let error; try { lib.evaluate(${bad}); } catch (e) { error = e; }
         import('should-i-interview').then((esm) => {
           console.log(lib.evaluate({ employment: 'unemployed', skills: 'partial', pay: 'unknown' }).verdict, error instanceof lib.InvalidAnswerError,
             error instanceof esm.InvalidAnswerError, esm.InvalidAnswerError === lib.InvalidAnswerError);
         });`,
      );
      const esm = run('use.mjs');
      expect(esm.stderr).toBe('');
      expect(esm.stdout).toBe('take true\n');
      const cjs = run('use.cjs');
      expect(cjs.stderr).toBe('');
      expect(cjs.stdout).toBe('take true true true\n');
    });

    // The one type-check of the published declarations (tsc is the dearest child a test spawns: about 3 s alone, and 5.1 to
    // 6.1 s on two cores while the other test files run beside it, which vitest's default 5 s cut off on CI's Node 22). It
    // is given 30 s: a type error fails it, not a busy machine.
    it('type-checks a .cts and a .mts consumer (module nodenext), whose output then runs', { timeout: 30_000 }, () => {
      const body = `
        import { evaluate, InvalidAnswerError, REASON_IDS, THRESHOLD, type Verdict, type ReasonId, type BreakdownEntry, type PayFigure } from 'should-i-interview';
        const verdict: Verdict = evaluate({ employment: 'unemployed', skills: 'partial', pay: 'unknown' });
        const take: 'take' | 'pass' = verdict.verdict;
        const id: ReasonId = REASON_IDS[0];
        const points: number = verdict.score + THRESHOLD;
        const parts: BreakdownEntry[] = verdict.breakdown;
        const total: number = parts.reduce((sum, part) => sum + part.points, 0);
        const target: PayFigure = { amount: 95000, currency: '€' };
        const figures: Verdict = evaluate({ employment: 'employed', skills: 'strong', offered: '€100k', target });
        const near: Verdict = evaluate({ employment: 'employed', skills: 'strong', pay: 'near' });
        // @ts-expect-error: skills is required
        const partial = () => evaluate({ employment: 'employed', pay: 'match' });
        // @ts-expect-error: 'great' is not a pay answer
        let error: unknown; try { evaluate(${bad}); } catch (e) { error = e; }
        const key: string | undefined = error instanceof InvalidAnswerError ? error.key : undefined;
        void [id, points, total, figures, near, partial];
        console.log(take, key);`;
      writeFileSync(join(consumer, 'typed.cts'), body);
      writeFileSync(join(consumer, 'typed.mts'), body);
      writeFileSync(
        join(consumer, 'tsconfig.json'),
        JSON.stringify({
          compilerOptions: {
            module: 'NodeNext',
            moduleResolution: 'NodeNext',
            target: 'ES2022',
            strict: true,
            types: [],
            outDir: 'out',
            rootDir: '.',
          },
          files: ['typed.cts', 'typed.mts'],
        }),
      );
      const check = spawnSync(process.execPath, [tsc, '-p', consumer], { cwd: consumer, encoding: 'utf8' });
      expect(check.stdout + check.stderr).toBe('');
      expect(check.status).toBe(0);
      for (const file of ['out/typed.cjs', 'out/typed.mjs']) {
        const r = run(file);
        expect(r.stderr).toBe('');
        expect(r.stdout).toBe('take pay\n');
      }
    });
  });
});
