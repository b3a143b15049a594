// Preloaded with `node --import` in tests: records every module the command
// resolves into the file named by LOAD_LOG, so tests can check that a path
// loads only what it needs.
import { register } from 'node:module';
register('./trace-loads-hooks.mjs', import.meta.url);
