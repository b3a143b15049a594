#!/usr/bin/env node
// Launcher for the bundled command (dist/cli/main.cjs).
'use strict';
try {
  // Node's own module compile cache (Node >= 22.1): later runs skip
  // compiling the bundles. Node 20 has no such function; failing to enable
  // it (an unwritable cache folder) only makes start-up slower. Its default
  // folder is in the temp folder, which Node would create if it is missing:
  // a run must not make folders the user did not ask for, so then it is off.
  const { enableCompileCache } = require('node:module');
  if (enableCompileCache && (process.env.NODE_COMPILE_CACHE || require('node:fs').statSync(require('node:os').tmpdir()).isDirectory())) {
    enableCompileCache();
  }
} catch {}

let cli;
try {
  cli = require('../dist/cli/main.cjs');
} catch (error) {
  process.stderr.write(
    `should-i-interview: could not start (${error?.code ? error.code : 'load error'}).\n` +
      'If you are working from a clone, run `npm install` (or `npm run build`) first.\n',
  );
  if (process.env.DEBUG) process.stderr.write(`${String(error?.stack ? error.stack : error)}\n`);
  process.exitCode = 70;
}
if (cli) cli.main();
