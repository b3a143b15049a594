// Entry point of the command: parses argv, runs the chosen command and maps
// the outcome to an exit code. `run` takes its streams as a parameter so the
// whole command can be driven in-process by tests; `main` wires in the real
// process.

import { readFileSync } from 'node:fs';
import { handleError } from './errors.js';
import { processStreams, type IOStreams } from '../io/streams.js';

function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

export async function run(argv: readonly string[], io: IOStreams): Promise<number> {
  try {
    const { buildProgram } = await import('./program.js');
    let exitCode = 0;
    const program = buildProgram(io, packageVersion(), async (options) => {
      const { runEvaluate } = await import('./evaluate-command.js');
      exitCode = await runEvaluate(options, io);
    });
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (error) {
    return handleError(error, io);
  }
}

export async function main(): Promise<void> {
  // A reader that goes away (`| head -c1`) is not an error worth a stack
  // trace: stop writing and end quietly with the verdict's exit code.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') return;
    process.exitCode = handleError(error, processStreams());
  });
  // Set the exit code rather than calling process.exit(), which could cut
  // off output still being flushed to a pipe.
  process.exitCode = await run(process.argv.slice(2), processStreams());
}
