// Preloaded with `node --require` in tests: appends the name of every module
// the command loads to the file named by LOAD_LOG, so tests can check that a
// path loads only what it needs. Both ways in are watched: Node's loader
// (Module._load), and the launcher's own, which reads the bundle's files
// itself to compile them with their code caches.
const Module = require('node:module');
const fs = require('node:fs');

const log = (name) => {
  if (process.env.LOAD_LOG) fs.appendFileSync(process.env.LOAD_LOG, name + '\n');
};

const load = Module._load;
Module._load = function (request, parent, isMain) {
  const exports = load.apply(this, arguments);
  let name = request;
  try {
    name = Module._resolveFilename(request, parent, isMain);
  } catch {
    // keep the request as written
  }
  log(name);
  return exports;
};

const readFileSync = fs.readFileSync;
fs.readFileSync = function (path) {
  if (typeof path === 'string' && path.endsWith('.cjs')) log(path);
  return readFileSync.apply(this, arguments);
};
