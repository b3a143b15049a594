#!/usr/bin/env node
// Builds what the package ships:
//   dist/index.js, dist/core/*.js, *.d.ts  the library, compiled by tsc (typed, unbundled)
//   dist/cli/main.cjs                      the command: the project's own code, in one file, but for
//   dist/cli/reader.cjs                    the message reader (src/core/message/), loaded only by a
//                                          run that reads a recruiter's message, with V8's code
//                                          cache of its functions (src/io/code-cache.ts), as are
//                                          the MIME parser and the HTML converter
//   dist/cli/vendor/*.cjs                  third-party code only (commander, chalk, conf,
//                                          the Inquirer prompts, csv-parse, postal-mime, html-to-text), each bundled
//                                          apart and loaded only by the runs that use it
//   dist/cli/help.txt                      the root help for a pipe, so that `--help` need
//                                          not load commander: a copy of src/cli/help.txt,
//                                          which test/build.test.ts keeps up to date
//   dist/THIRD_PARTY_LICENSES.md           the licences of every bundled package
//
//   node scripts/build.mjs [OUT_DIR]       (default: dist; SII_BUILD_OUT works too)
//
// Why this shape (measured with `npm run bench`; see the README):
// - One file of our own to read, compile and link on the scripted path, with
//   no dependency to resolve: a user's install has no node_modules at all.
//   The launcher turns on Node's module compile cache (Node ≥ 22.1), which
//   caches the compiled bundles between runs.
// - The project's own code is in main.cjs, so each error class exists once
//   and is matched with instanceof. What only some runs need (commander's
//   program, compare) is still in main.cjs, but esbuild wraps each module that
//   is reached by `await import()` in a lazy init function, so it, and the
//   require() of its vendor bundle, run only when first imported. The one
//   exception is the message reader (reader.cjs, below): two thirds of the
//   project's code, which every run would otherwise read and pre-parse.
// - CommonJS throughout: on Node 20 a CommonJS bundle loads about 10 ms
//   faster than the same bundle as an ES module.
// - Reproducible: nothing here depends on the time, the machine or the
//   output folder; test/build.test.ts builds twice and compares every byte.
//   Nothing runs the program at build time.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { copyFileSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';
import { asciiOnly } from './ascii-only.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = resolve(ROOT, process.argv[2] ?? process.env.SII_BUILD_OUT ?? 'dist');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
/** Progress goes to stderr, so that `npm pack --json` (which runs `prepare`) prints only JSON on stdout. */
const say = (line) => process.stderr.write(`${line}\n`);

// The third-party code the command imports lazily, one bundle each in
// <out>/cli/vendor: the import specifier as written in src/, what is bundled
// for it, and the file. The only list of them: the resolve filter below is
// derived from it. The two src/ entries are pure re-export modules (the
// four prompt packages gathered in one file; conf behind a named export).
const VENDOR = [
  { specifier: 'commander', entry: 'commander', file: 'commander.cjs' },
  { specifier: 'chalk', entry: 'chalk', file: 'chalk.cjs' },
  { specifier: 'csv-parse', entry: 'csv-parse', file: 'csv-parse.cjs' },
  { specifier: './conf-module.js', entry: 'src/io/conf-module.ts', file: 'conf.cjs' },
  { specifier: './inquirer-prompts.js', entry: 'src/cli/inquirer-prompts.ts', file: 'prompts.cjs' },
  // The editor prompt apart: it brings an encoding library (iconv-lite, ~0.5 MB)
  // that every other question would otherwise load.
  { specifier: '@inquirer/editor', entry: '@inquirer/editor', file: 'editor.cjs' },
  // Loaded only to read a message, as the reader is, and through the same code cache (see readerImport).
  { specifier: 'postal-mime', entry: 'postal-mime', file: 'postal-mime.cjs', codeCache: true },
  { specifier: 'html-to-text', entry: 'html-to-text', file: 'html-to-text.cjs', codeCache: true },
];

rmSync(OUT, { recursive: true, force: true });

// tsc prints its diagnostics on stdout: send them to stderr with the rest.
// --noCheck: the build only emits (the library's ES modules and their
// declarations, byte for byte what a checked emit gives); `npm run typecheck`
// checks src/ and test/ together, run by `npm test` after the build and by
// `npm publish` before it (prepublishOnly). Checking src/ here as well cost
// 1.5 s of every build, twice in a test run (the build test builds again).
execFileSync(
  process.execPath,
  [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(ROOT, 'tsconfig.json'), '--outDir', OUT, '--noCheck'],
  { stdio: ['ignore', process.stderr, 'inherit'] },
);

const common = {
  absWorkingDir: ROOT,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  minify: true,
  // Only for the stack traces DEBUG prints, where V8 names each function by
  // its name property: without it they read `at Xt`, not `at loadProfile`.
  // No code depends on a name any more (our errors are matched with
  // instanceof and set their name themselves, commander's by their code).
  // It costs about 5 kB of main.cjs and under 1 ms of loading it.
  keepNames: true,
  legalComments: 'none',
  metafile: true,
  logLevel: 'warning',
  define: { __SII_VERSION__: JSON.stringify(pkg.version), 'import.meta.url': '__siiImportMeta.url' },
  // import.meta.url, as CommonJS can give it, worked out only when asked for.
  banner: { js: "var __siiImportMeta = { get url() { return require('node:url').pathToFileURL(__filename).href; } };" },
};

const escapeRegExp = (s) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** Points the imports of third-party code at the vendor bundles instead of bundling them in. */
const vendorImports = {
  name: 'vendor-imports',
  setup(b) {
    const filter = new RegExp(`^(${VENDOR.map((v) => escapeRegExp(v.specifier)).join('|')})$`);
    b.onResolve({ filter }, (args) => {
      const vendor = VENDOR.find((v) => v.specifier === args.path);
      // A relative specifier is the vendor entry only from the folder it sits in.
      if (vendor.specifier.startsWith('.')) {
        const target = join(args.resolveDir, vendor.specifier).replace(/\.js$/, '.ts');
        if (target !== join(ROOT, vendor.entry)) return undefined;
      }
      if (vendor.codeCache) return { path: `vendor/${vendor.file}`, namespace: 'code-cached' };
      return { path: `./vendor/${vendor.file}`, external: true };
    });
  },
};

/**
 * The message reader is two thirds of the project's code (its word lists and
 * patterns), and only a run with a message uses it. In main.cjs, every run
 * paid to read and pre-parse it: about 7 ms of each start on Node 20, which
 * has no compile cache. So it is a bundle of its own, which main.cjs
 * requires where the CLI first imports it (src/core/message/index.ts, the
 * folder's one way in; the lazy init of the module that imports it defers
 * the require()).
 */
const READER = { entry: 'src/core/message/index.ts', file: 'reader.cjs' };
/**
 * main.cjs loads reader.cjs through src/io/code-cache.ts, which keeps V8's
 * code cache of the functions a read compiled (Node's module cache keeps only
 * a file's top level): the import becomes a small module that asks it to.
 */
const readerImport = {
  name: 'reader-import',
  setup(b) {
    b.onResolve({ filter: /[\\/]core[\\/]message[\\/]index\.js$/ }, (args) => {
      if (join(args.resolveDir, args.path).replace(/\.js$/, '.ts') !== join(ROOT, READER.entry)) return undefined;
      return { path: READER.file, namespace: 'code-cached' };
    });
  },
};

/** The module that stands for a bundle loaded through the code cache: `path` is the bundle's, relative to main.cjs. */
const codeCached = {
  name: 'code-cached',
  setup(b) {
    b.onLoad({ filter: /.*/, namespace: 'code-cached' }, (args) => ({
      contents:
        "const { requireWithCodeCache } = require('./src/io/code-cache.ts');\n" +
        `module.exports = requireWithCodeCache(require('node:path').join(__dirname, ${JSON.stringify(args.path)}));\n`,
      resolveDir: ROOT,
      loader: 'js',
    }));
  },
};

/**
 * commander requires node:child_process at load, only to run executable
 * subcommands, which this program has none of; loading it costs about 6 ms
 * on every start. Load it when first used instead.
 */
const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(b) {
    b.onLoad({ filter: /commander[\\/]lib[\\/]command\.js$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      const eager = "const childProcess = require('node:child_process');";
      if (!source.includes(eager)) throw new Error('commander changed: revisit the lazy child_process patch');
      return {
        contents: source.replace(eager, "const childProcess = { spawn: (...a) => require('node:child_process').spawn(...a) };"),
        loader: 'js',
      };
    });
  },
};

const results = await Promise.all([
  build({
    ...common,
    entryPoints: { main: 'src/cli/main.ts' },
    outfile: join(OUT, 'cli', 'main.cjs'),
    // import() becomes require(): no ES module loader on any path.
    supported: { 'dynamic-import': false },
    plugins: [vendorImports, readerImport, codeCached],
  }),
  build({ ...common, entryPoints: [READER.entry], outfile: join(OUT, 'cli', READER.file), supported: { 'dynamic-import': false } }),
  ...VENDOR.map((vendor) =>
    build({ ...common, entryPoints: [vendor.entry], outfile: join(OUT, 'cli', 'vendor', vendor.file), plugins: [lazyChildProcess] }),
  ),
]);

// The vendor bundles hold third-party code only (their src/ entry, if any,
// is a pure re-export module): one copy of the project's code, in main.cjs.
VENDOR.forEach((vendor, i) => {
  const own = Object.keys(results[i + 2].metafile.inputs).filter((input) => input.startsWith('src/') && input !== vendor.entry);
  if (own.length > 0) throw new Error(`vendor/${vendor.file} bundles project code: ${own.join(', ')}`);
});

// The reader is in reader.cjs alone; it shares with main.cjs only pure modules.
// Each bundle has its own copy of them: compile.ts's record of what is
// compiled is kept per copy, for that copy's patterns, and core/pay.ts's
// PayParseError, which the reader catches itself, never crosses between them.
const SHARED_WITH_READER = ['src/core/compile.ts', 'src/core/sanitize.ts', 'src/core/pay.ts'];
const inMain = Object.keys(results[0].metafile.inputs).filter((input) => input.startsWith('src/core/message/'));
if (inMain.length > 0) throw new Error(`main.cjs bundles the message reader: ${inMain.join(', ')}`);
const strayInReader = Object.keys(results[1].metafile.inputs).filter(
  (input) => !input.startsWith('src/core/message/') && !SHARED_WITH_READER.includes(input),
);
if (strayInReader.length > 0) throw new Error(`reader.cjs bundles more than the reader: ${strayInReader.join(', ')}`);

// Every bundle in ASCII (see scripts/ascii-only.mjs for why).
for (const file of [
  join(OUT, 'cli', 'main.cjs'),
  join(OUT, 'cli', READER.file),
  ...VENDOR.map((vendor) => join(OUT, 'cli', 'vendor', vendor.file)),
]) {
  const code = readFileSync(file, 'utf8');
  const ascii = asciiOnly(code);
  if (ascii === code) continue;
  // An escape is not allowed everywhere a character is (a name past U+FFFF): V8 must still parse the file.
  new Script(`(function (exports, require, module, __filename, __dirname) {${ascii}\n})`, { filename: file });
  writeFileSync(file, ascii);
}

copyFileSync(join(ROOT, 'src', 'cli', 'help.txt'), join(OUT, 'cli', 'help.txt'));

// Every package that ended up in a bundle, with its licence text.
const packages = new Map();
for (const input of results.flatMap((r) => Object.keys(r.metafile.inputs))) {
  const match = /(?:^|\/)node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input);
  if (!match) continue;
  const dir = join(ROOT, input.slice(0, match.index + match[0].length));
  if (!packages.has(dir)) packages.set(dir, match[1]);
}
const sections = [];
const byName = (a, b) => (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);
for (const [dir, name] of [...packages].sort(byName)) {
  const meta = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  const licenceFile = readdirSync(dir)
    .sort()
    .find((f) => /^(licen[cs]e|copying)(\.|$)/i.test(f));
  const text = licenceFile ? readFileSync(join(dir, licenceFile), 'utf8').trim() : `${meta.license} (the package ships no licence file)`;
  sections.push(`## ${name}@${meta.version} (${meta.license})\n\n\`\`\`\n${text}\n\`\`\`\n`);
}
writeFileSync(
  join(OUT, 'THIRD_PARTY_LICENSES.md'),
  `# Third-party licences\n\nThe command's bundles (dist/cli) include these packages.\n\n${sections.join('\n')}`,
);
const shown = relative(ROOT, OUT).startsWith('..') ? OUT : relative(ROOT, OUT);
say(`built ${shown}/: the library, the command, and ${packages.size} bundled packages`);
