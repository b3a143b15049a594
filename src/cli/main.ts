// Entry point of the command: parses argv, runs the chosen command and maps
// the outcome to an exit code. `run` takes its dependencies as a parameter so
// the whole command can be driven in-process by tests; `main` wires in the
// real process. Each command's module is imported only when it runs.

import { readFileSync } from 'node:fs';
import { handleError } from './errors.js';
import { processStreams, type IOStreams } from '../io/streams.js';
import { inquirerPrompter, type Prompter } from './prompter.js';
import type { ProfileStore } from '../io/profile-store.js';

export interface Deps {
  io: IOStreams;
  /** Built on first use: most runs never touch the profile or ask anything. */
  profileStore?: () => ProfileStore;
  prompter?: (options: { colour: boolean }) => Prompter;
}

function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

export async function run(argv: readonly string[], deps: Deps): Promise<number> {
  const { io } = deps;
  try {
    const { profileDir, ProfileStore } = await import('../io/profile-store.js');
    let store: ProfileStore | undefined;
    const profileStore = deps.profileStore ?? (() => (store ??= new ProfileStore(profileDir(io.env))));
    const prompter =
      deps.prompter ??
      (() => {
        throw new Error('no prompter available');
      });
    const all = { io, profileStore, prompter };

    const { buildProgram } = await import('./program.js');
    let exitCode = 0;
    const program = buildProgram(io, packageVersion(), {
      async evaluate(options) {
        const { runEvaluate } = await import('./evaluate-command.js');
        exitCode = await runEvaluate(options, all);
      },
      async profileShow(options) {
        exitCode = await (await import('./profile-command.js')).runProfileShow(options, all);
      },
      async profileSet(options) {
        exitCode = await (await import('./profile-command.js')).runProfileSet(options, all);
      },
      async profileReset() {
        exitCode = await (await import('./profile-command.js')).runProfileReset(all);
      },
      async profilePath() {
        exitCode = await (await import('./profile-command.js')).runProfilePath(all);
      },
    });
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (error) {
    return handleError(error, io);
  }
}

export async function main(): Promise<void> {
  const io = processStreams();
  // A reader that goes away (`| head -c1`) is not an error worth a stack
  // trace: stop writing and end quietly with the verdict's exit code.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') return;
    process.exitCode = handleError(error, io);
  });
  // Set the exit code rather than calling process.exit(), which could cut
  // off output still being flushed to a pipe.
  process.exitCode = await run(process.argv.slice(2), {
    io,
    prompter: (options) => inquirerPrompter(process.stdin, process.stderr, options),
  });
}
