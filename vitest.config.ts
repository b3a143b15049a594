import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

// Most test files spend their time waiting on the built command they spawn
// (spawnSync blocks the worker while the child runs), not on their own CPU.
// vitest's default of one worker fewer than the cores leaves a 2-core
// machine (developers' and CI's) running one file at a time, one core idle;
// two files at once there take about 35 s instead of 55 s. More than one
// worker per core only adds contention to the timing-sensitive tests
// (signals, stalled pipes, lock waits).
export default defineConfig({
  test: {
    pool: 'forks',
    // No test file mocks a module or leaves a global changed, so a worker
    // need not load every file's module graph afresh: about 3 s of imports.
    isolate: false,
    maxWorkers: Math.max(2, availableParallelism()),
  },
});
