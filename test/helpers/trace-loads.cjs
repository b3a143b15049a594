// Preloaded with `node --require` in tests: appends the name of every module
// the command loads to the file named by LOAD_LOG, so tests can check that a
// path loads only what it needs. Everything, the launcher, the bundle and its
// vendor files, loads through Node's loader (Module._load).
const Module = require('node:module');
const fs = require('node:fs');

const log = (name) => {
  if (process.env.LOAD_LOG) fs.appendFileSync(process.env.LOAD_LOG, `${name}\n`);
};

const load = Module._load;
Module._load = function (request, parent, isMain, ...rest) {
  const exports = load.call(this, request, parent, isMain, ...rest);
  let name = request;
  try {
    name = Module._resolveFilename(request, parent, isMain);
  } catch {
    // keep the request as written
  }
  log(name);
  return exports;
};
