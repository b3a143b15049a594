// Runs the command in this process, from source, as a script on a pipe would
// see it: the same argv, environment and exit code as `runCli` (helpers/cli.ts),
// without the ~60 ms of a Node process per run. For tests of what a command
// does; what the built command does as a process (the bundle, its launcher,
// signals, pipes, terminals) stays with the spawned runs. Not for a run that
// reads standard input (`--message -`, `compare -`): the command reads the
// process's own stdin, which here is vitest's; such tests spawn.
import { run } from '../../src/cli/main.js';
import { cleanEnv, type CliResult } from './cli.js';
import { fakeIO } from './fake-io.js';

export async function runInProcess(args: string[], options: { env?: Record<string, string> } = {}): Promise<CliResult> {
  // Pipes, as for a spawned run: not terminals, no width.
  const io = fakeIO({ env: cleanEnv(options.env), columns: null });
  const code = await run(args, { io });
  return { code, stdout: io.out(), stderr: io.err() };
}
