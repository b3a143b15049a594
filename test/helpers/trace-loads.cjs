// Preloaded with `node --require` in tests: appends the resolved name of every
// module the command loads to the file named by LOAD_LOG, so tests can check
// that a path loads only what it needs. (The bundle is CommonJS throughout,
// so Module._load sees every load, the lazy vendor bundles included.)
const Module = require('node:module');
const { appendFileSync } = require('node:fs');

const load = Module._load;
Module._load = function (request, parent, isMain) {
  const exports = load.apply(this, arguments);
  let name = request;
  try {
    name = Module._resolveFilename(request, parent, isMain);
  } catch {
    // keep the request as written
  }
  if (process.env.LOAD_LOG) appendFileSync(process.env.LOAD_LOG, name + '\n');
  return exports;
};
