#!/usr/bin/env node
// Thin launcher: everything lives in the compiled code, loaded on demand.
import('../dist/cli/main.js').then(
  (cli) => cli.main(),
  (error) => {
    process.stderr.write(
      `should-i-interview: could not start (${error && error.code ? error.code : 'load error'}).\n` +
        'If you are working from a clone, run `npm install` (or `npm run build`) first.\n',
    );
    if (process.env.DEBUG) process.stderr.write(String(error && error.stack ? error.stack : error) + '\n');
    process.exitCode = 70;
  },
);
