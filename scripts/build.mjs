#!/usr/bin/env node
// Builds what the package ships:
//   dist/index.js, dist/core/*.js, *.d.ts  the library, compiled by tsc (typed, unbundled)
//   dist/cli/main.cjs                      the command: what every run needs, in one file
//   dist/cli/vendor/*.cjs                  commander (with the program's definition),
//                                          chalk, conf and the Inquirer prompts, bundled
//                                          apart and loaded only by the runs that use them
//   dist/THIRD_PARTY_LICENSES.md           the licences of every bundled package
//
// Why this shape (measured with `npm run bench`; see the README):
// - One file to read, compile and link on the scripted path, with no
//   dependency to resolve: a user's install has no node_modules at all.
// - CommonJS throughout: on Node 20 a CommonJS bundle loads about 10 ms
//   faster than the same bundle as an ES module.
// - The heavy dependencies stay out of that file, so the scripted path never
//   parses them.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DIST = join(ROOT, 'dist');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

// Imported lazily by the command (the import specifier as written in src/),
// each bundled into its own file in dist/cli/vendor.
const VENDOR = [
  { specifier: 'chalk', entry: 'chalk', file: 'chalk.cjs' },
  { specifier: './conf-module.js', entry: 'src/io/conf-module.ts', file: 'conf.cjs' },
  { specifier: './inquirer-prompts.js', entry: 'src/cli/inquirer-prompts.ts', file: 'prompts.cjs' },
  // commander and the program built with it: only for what the fast path
  // (fast-parse.ts) leaves, i.e. help on a terminal, errors and subcommands.
  { specifier: './program.js', entry: 'src/cli/program.ts', file: 'program.cjs' },
  // compare, with its CSV parser.
  { specifier: './compare-command.js', entry: 'src/cli/compare-command.ts', file: 'compare.cjs' },
];

rmSync(DIST, { recursive: true, force: true });

execFileSync(process.execPath, [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(ROOT, 'tsconfig.json')], {
  stdio: 'inherit',
});

const common = {
  absWorkingDir: ROOT,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  minify: true,
  // Names stay readable in the stack traces DEBUG prints.
  keepNames: true,
  legalComments: 'none',
  metafile: true,
  logLevel: 'warning',
  define: { __SII_VERSION__: JSON.stringify(pkg.version), 'import.meta.url': '__siiImportMeta.url' },
  // import.meta.url, as CommonJS can give it, worked out only when asked for.
  banner: { js: "var __siiImportMeta = { get url() { return require('node:url').pathToFileURL(__filename).href; } };" },
};

/** Points the lazy imports at the vendor bundles instead of bundling them in. */
const vendorImports = {
  name: 'vendor-imports',
  setup(b) {
    const bySpecifier = new Map(VENDOR.map((v) => [v.specifier, `./vendor/${v.file}`]));
    b.onResolve({ filter: /^(chalk|\.\/conf-module\.js|\.\/inquirer-prompts\.js|\.\/program\.js|\.\/compare-command\.js)$/ }, (args) => ({
      path: bySpecifier.get(args.path),
      external: true,
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

const results = [
  await build({
    ...common,
    entryPoints: { main: 'src/cli/main.ts' },
    outfile: 'dist/cli/main.cjs',
    // import() of a vendor bundle becomes require(): no ES module loader on any path.
    supported: { 'dynamic-import': false },
    plugins: [vendorImports],
  }),
];
for (const vendor of VENDOR) {
  results.push(
    await build({ ...common, entryPoints: [vendor.entry], outfile: `dist/cli/vendor/${vendor.file}`, plugins: [lazyChildProcess] }),
  );
}

// Every package that ended up in a bundle, with its licence text.
const packages = new Map();
for (const input of results.flatMap((r) => Object.keys(r.metafile.inputs))) {
  const match = /(?:^|\/)node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input);
  if (!match) continue;
  const dir = join(ROOT, input.slice(0, match.index + match[0].length));
  if (!packages.has(dir)) packages.set(dir, match[1]);
}
const sections = [];
for (const [dir, name] of [...packages].sort((a, b) => a[1].localeCompare(b[1]))) {
  const meta = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  const licenceFile = readdirSync(dir).find((f) => /^(licen[cs]e|copying)(\.|$)/i.test(f));
  const text = licenceFile ? readFileSync(join(dir, licenceFile), 'utf8').trim() : `${meta.license} (the package ships no licence file)`;
  sections.push(`## ${name}@${meta.version} (${meta.license})\n\n\`\`\`\n${text}\n\`\`\`\n`);
}
writeFileSync(
  join(DIST, 'THIRD_PARTY_LICENSES.md'),
  `# Third-party licences\n\nThe command's bundles (dist/cli) include these packages.\n\n${sections.join('\n')}`,
);
console.log(`built dist/: the library, the command, and ${packages.size} bundled packages`);

// Files made by running the bundle in process, with fake streams (nothing is
// printed, nothing written but these files):
// - cli/help.txt: the root help as commander renders it for a pipe, which the
//   command prints for `--help` off a terminal without loading commander;
// - *.cjs.cache: V8's code cache for main.cjs and the vendor bundles a person
//   meets first (the prompts, chalk, commander's program), each taken after
//   running its common paths, so that it holds the functions they compile,
//   not only the top level. conf, only loaded to save a profile, has none.
{
  const { createRequire } = await import('node:module');
  const { PassThrough, Writable } = await import('node:stream');
  const { compile, MAIN } = createRequire(import.meta.url)('../bin/should-i-interview.cjs');
  const capture = () => {
    let text = '';
    return { write: (s) => ((text += s), true), isTTY: false, columns: 80, text: () => text };
  };
  const ioWith = (stdout) => ({
    stdout,
    stderr: capture(),
    stdin: { isTTY: false },
    env: { SHOULD_I_INTERVIEW_CONFIG_DIR: join(DIST, 'no-profile') },
  });
  const saveCache = (script, file) => writeFileSync(`${file}.cache`, script.createCachedData());

  const help = capture();
  if ((await compile(MAIN, undefined).exports.run(['--help'], { io: ioWith(help) })) !== 0) throw new Error('--help failed');
  writeFileSync(join(DIST, 'cli', 'help.txt'), help.text());

  // Commander's paths are left out of main's cache: they live in program.cjs.
  const main = compile(MAIN, undefined);
  const answers = ['--employed', '--skills', 'strong', '--pay', 'match'];
  for (const argv of [
    [...answers, '--json', '--no-input'],
    [...answers, '--no-input'],
    [...answers, '--quiet'],
    ['--unemployed', '--skills', 'partial', '--offered', '100k-130k', '--target', '120k', '--concern', 'reviews,no-time', '--json'],
    ['--employed', '--no-input'],
    ['--help'],
    ['--version'],
  ]) {
    await main.exports.run(argv, { io: ioWith(capture()) });
  }
  saveCache(main.script, MAIN);

  const vendor = (file) => join(DIST, 'cli', 'vendor', file);

  const program = compile(vendor('program.cjs'), undefined);
  const none = async () => {};
  for (const argv of [['--help'], ['--bogus'], ['--skills', 'great'], ['profile', '--json'], ['--employed', '--', 'x']]) {
    const built = program.exports.buildProgram(ioWith(capture()), pkg.version, {
      evaluate: none,
      profileShow: none,
      profileSet: none,
      profileReset: none,
      profilePath: none,
    });
    await built.parseAsync(argv, { from: 'user' }).catch(() => {});
  }
  saveCache(program.script, vendor('program.cjs'));

  const chalk = compile(vendor('chalk.cjs'), undefined);
  const paint = new chalk.exports.Chalk({ level: 3 });
  paint.bgGreen.black.bold('x') + paint.dim('x') + paint.red('x') + paint.cyan('x');
  saveCache(chalk.script, vendor('chalk.cjs'));

  const prompts = compile(vendor('prompts.cjs'), undefined);
  for (const [kind, question, keys] of [
    ['select', { message: 'q', choices: [{ value: 'a', name: 'A', description: 'd' }, { value: 'b', name: 'B' }] }, '\u001b[B\r'],
    ['confirm', { message: 'q', default: false }, 'y\r'],
    ['checkbox', { message: 'q', choices: [{ value: 'a', name: 'A' }, { value: 'b', name: 'B' }] }, ' \r'],
    ['input', { message: 'q', validate: () => true }, 'x\r'],
  ]) {
    const input = new PassThrough();
    const output = new Writable({ write: (_chunk, _encoding, done) => done() });
    const answer = prompts.exports[kind](question, { input, output });
    setTimeout(() => input.write(keys), 5);
    await answer;
  }
  saveCache(prompts.script, vendor('prompts.cjs'));
}
