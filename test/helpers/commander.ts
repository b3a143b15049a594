// Runs a command line through commander in-process, capturing which command
// would run with which arguments and flags instead of running it.
import { buildProgram } from '../../src/cli/program.js';
import { commandName } from '../../src/cli/command-spec.js';
import type { ParsedFlags } from '../../src/cli/flags.js';
import { fakeIO } from './fake-io.js';

export type Call = [command: string, args: readonly string[], flags: ParsedFlags];

export async function viaCommander(argv: string[]) {
  const calls: Call[] = [];
  const io = fakeIO();
  let error: unknown;
  try {
    await buildProgram(io, '0.0.0', async (spec, args, flags) => {
      calls.push([commandName(spec), args, flags]);
    }).parseAsync(argv, { from: 'user' });
  } catch (e) {
    error = e;
  }
  return { calls, error: error as { code?: string; message?: string } | undefined, err: io.err(), out: io.out() };
}
