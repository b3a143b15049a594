#!/usr/bin/env node
// Thin launcher for the bundled command (dist/cli/main.cjs).
//
// Start-up is most of this program's run time, and on Node 20 most of
// start-up is V8 compiling the bundle. So the build saves V8's code cache for
// the bundle's files (main.cjs.cache and the like, made by running the common
// paths once), and this launcher compiles the files with them, as Node 22's
// module compile cache would. A cache from another Node or V8 version is rejected by V8
// itself and the bundle is simply compiled as usual; without a cache file it
// is loaded with a plain require().
'use strict';
const { readFileSync } = require('node:fs');
const { dirname, join } = require('node:path');

const MAIN = join(__dirname, '..', 'dist', 'cli', 'main.cjs');

/** Compiles a CommonJS file the way Node's loader does, with optional V8 cached data. */
function compile(file, cachedData) {
  const Module = require('node:module');
  const { Script } = require('node:vm');
  const source = readFileSync(file, 'utf8');
  const wrapper = `(function (exports, require, module, __filename, __dirname) {${source}\n})`;
  const script = new Script(wrapper, { filename: file, cachedData });
  const nodeRequire = Module.createRequire(file);
  // The bundle's lazy parts (dist/cli/vendor) load through here too, with their caches.
  const localRequire = Object.assign(
    (id) => (id.startsWith('./vendor/') ? load(join(dirname(file), id)) : nodeRequire(id)),
    { resolve: nodeRequire.resolve, cache: nodeRequire.cache, main: require.main },
  );
  const module = { exports: {}, filename: file, id: file, loaded: false };
  script.runInThisContext().call(module.exports, module.exports, localRequire, module, file, dirname(file));
  module.loaded = true;
  return { exports: module.exports, script };
}

const loaded = new Map();

/** One of the bundle's files, once, compiled with its code cache when the build left one. */
function load(file) {
  if (!loaded.has(file)) {
    let cachedData;
    try {
      cachedData = readFileSync(`${file}.cache`);
    } catch {
      cachedData = undefined;
    }
    loaded.set(file, cachedData ? compile(file, cachedData).exports : require(file));
  }
  return loaded.get(file);
}

if (require.main === module) {
  let cli;
  try {
    cli = load(MAIN);
  } catch (error) {
    process.stderr.write(
      `should-i-interview: could not start (${error && error.code ? error.code : 'load error'}).\n` +
        'If you are working from a clone, run `npm install` (or `npm run build`) first.\n',
    );
    if (process.env.DEBUG) process.stderr.write(String(error && error.stack ? error.stack : error) + '\n');
    process.exitCode = 70;
  }
  if (cli) cli.main();
} else {
  // The build uses the same compile() to make the cache, so the two agree.
  module.exports = { compile, MAIN };
}
