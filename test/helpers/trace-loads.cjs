// Preloaded with `node --require` in tests: appends the name of every module
// the command loads to the file named by LOAD_LOG, so tests can check that a
// path loads only what it needs. The launcher, the bundle and most vendor
// files load through Node's loader (Module._load); the bundles read only for
// a message (the reader, the MIME parser, the HTML converter) are compiled
// through node:vm's Script, with the code cache (src/io/code-cache.ts).
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

const vm = require('node:vm');
const Script = vm.Script;
vm.Script = class extends Script {
  constructor(code, options) {
    super(code, options);
    log(options?.filename ?? 'vm.Script');
  }
};
