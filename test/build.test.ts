// The build is reproducible: two builds of the same source, into two
// folders, give the same files, byte for byte, with no absolute path of the
// machine that built them in any file. (The second into a temporary folder,
// so that the dist/ other test files run stays as it is.) And the one file the build
// copies rather than makes, the prebuilt help, is what commander prints.
import { afterAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { ROOT } from './helpers/cli.js';
import { fakeIO } from './helpers/fake-io.js';
import { buildProgram } from '../src/cli/program.js';

const work = mkdtempSync(join(tmpdir(), 'sii-build-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const build = (out: string) => promisify(execFile)(process.execPath, [join(ROOT, 'scripts', 'build.mjs'), out], { cwd: ROOT });

function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();
}

describe('the build', () => {
  // The second build is the dist/ that \`npm test\` builds before the tests
  // (and that every test spawning the command runs): one build fewer.
  it('gives byte-identical output twice, and says nothing on stdout', async () => {
    const [a, b] = [join(work, 'a'), join(ROOT, 'dist')];
    const first = await build(a);
    expect(first.stdout).toBe('');
    expect(first.stderr).toMatch(/^built /m);

    const list = files(a);
    expect(list).toEqual(files(b));
    expect(list).toEqual(
      expect.arrayContaining(['cli/main.cjs', 'cli/help.txt', 'cli/vendor/commander.cjs', 'index.js', 'THIRD_PARTY_LICENSES.md']),
    );
    expect(list.filter((f) => f.endsWith('.cache'))).toEqual([]);
    // Every question loads the prompts bundle: the editor prompt, with its
    // encoding library, stays in a bundle of its own (it was 580 kB inside).
    expect(statSync(join(a, 'cli', 'vendor', 'prompts.cjs')).size).toBeLessThan(100_000);
    expect(list).toContain('cli/vendor/editor.cjs');
    for (const file of list) {
      const bytes = readFileSync(join(a, file));
      expect(bytes.equals(readFileSync(join(b, file))), file).toBe(true);
      expect(bytes.includes(ROOT.replace(/\/$/, '')), `${file} names the build folder`).toBe(false);
      expect(bytes.includes(work), `${file} names the output folder`).toBe(false);
    }
  }, 30_000);
});

describe('the prebuilt help (src/cli/help.txt)', () => {
  it('is the root help as commander renders it for a pipe', async () => {
    const io = fakeIO({ columns: 80 });
    // No handler runs for --help.
    await buildProgram(io, '0.0.0', async () => {})
      .parseAsync(['--help'], { from: 'user' })
      .catch(() => {});
    const file = join(ROOT, 'src', 'cli', 'help.txt');
    if (process.env.UPDATE_HELP) writeFileSync(file, io.out());
    expect(io.out(), 'src/cli/help.txt is out of date: run `UPDATE_HELP=1 npx vitest run test/build.test.ts`').toBe(
      readFileSync(file, 'utf8'),
    );
  });
});

describe('the command never changes V8 flags while running', () => {
  // Turning V8's regular-expression tier-up off after start-up made the
  // command crash on Node 24 (a segmentation fault in about 1 run of 100 of
  // the corpus mails), as Node's documentation warns it may.
  it('no file of the project calls v8.setFlagsFromString', () => {
    const sources = readdirSync(join(ROOT, 'src'), { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
      .map((entry) => join(entry.parentPath, entry.name));
    for (const file of [...sources, join(ROOT, 'bin', 'should-i-interview.cjs')])
      expect(readFileSync(file, 'utf8'), relative(ROOT, file)).not.toMatch(/setFlagsFromString/);
  });
});

describe('the bundles are ASCII (scripts/ascii-only.mjs)', () => {
  // A non-ASCII character anywhere makes Node decode a bundle into a string
  // of two bytes a character, and V8 compile from it: slower to load.
  it('holds no byte past 0x7F in any bundle of the command', () => {
    const cli = join(ROOT, 'dist', 'cli');
    const bundles = files(cli).filter((file) => file.endsWith('.cjs'));
    expect(bundles).toEqual(expect.arrayContaining(['main.cjs', 'reader.cjs']));
    for (const file of bundles)
      expect(
        readFileSync(join(cli, file)).some((byte) => byte > 0x7f),
        file,
      ).toBe(false);
  });

  it('writes each character as an escape that means the same in a string and in a pattern, with or without the u flag', async () => {
    const { asciiOnly } = await import('../scripts/ascii-only.mjs');
    const same = (code: string) => {
      const escaped = asciiOnly(code);
      expect(/[^\0-\x7f]/.test(escaped), escaped).toBe(false);
      return [new Function(`return ${code}`)(), new Function(`return ${escaped}`)()] as const;
    };
    for (const [pattern, subject] of [
      ['/[–é]x/', 'éx'],
      ['/^\\–$/', '–'],
      ['/[\\–-—]/', '—'],
      ['/👁\\s?$/u', 'seen 👁'],
      ['/[😀👁]/u', '👁'],
      ['/^.👁$/', 'a👁'],
      ['/^.$/u', '👁'],
      ['/\\\\é/', '\\é'],
    ] as const) {
      const [before, after] = same(pattern) as [RegExp, RegExp];
      expect(after.source.length, pattern).toBeGreaterThan(0);
      expect(after.exec(subject), `${pattern} on ${subject}`).toEqual(before.exec(subject));
      expect(after.exec(`${subject}?`), pattern).toEqual(before.exec(`${subject}?`));
      expect(after.flags).toBe(before.flags);
    }
    const [text, escaped] = same('"Zürich – 👁"');
    expect(escaped).toBe(text);
  });

  it('reads messages with characters of other scripts as the library does', async () => {
    const { createRequire } = await import('node:module');
    const bundled = createRequire(import.meta.url)(
      join(ROOT, 'dist', 'cli', 'reader.cjs'),
    ) as typeof import('../src/core/message/index.js');
    const { readMessage } = await import('../src/core/message/index.js');
    const folder = join(ROOT, 'test', 'fixtures', 'messages');
    // One in three messages with a character past U+FFFF (mostly emoji), one in twenty-four of the rest outside ASCII.
    const texts = readdirSync(folder)
      .filter((file) => file.endsWith('.txt'))
      .sort()
      .map((file) => readFileSync(join(folder, file), 'utf8'))
      .filter((text, i) => (/[\u{10000}-\u{10ffff}]/u.test(text) && i % 3 === 0) || (/[^\0-\x7f]/.test(text) && i % 24 === 0));
    expect(texts.length).toBeGreaterThan(50);
    for (const text of texts) expect(bundled.readMessage(text)).toEqual(readMessage(text));
  }, 30_000);
});
