// Entry point of the command: parses argv, runs the chosen command and maps
// the outcome to an exit code. `run` takes its dependencies as a parameter so
// the whole command can be driven in-process by tests; `main` wires in the
// real process. What is heavy (commander, chalk, conf, Inquirer) is imported
// only by the path that needs it.

import { readFileSync } from 'node:fs';
import { handleError, UsageError } from './errors.js';
import { swallowedFlag } from './flags.js';
import { messageStream, processStreams, type IOStreams } from '../io/streams.js';
import { inquirerPrompter, type Prompter } from './prompter.js';
import { ProfileStore } from '../io/profile-store.js';
import { HistoryStore, newHistoryId } from '../io/history-store.js';
import { evaluateCommand } from './commands/evaluate.js';
import { fastParse } from './fast-parse.js';
import type { Context } from './command-spec.js';

// Set by the bundler; when running from source, read from package.json.
declare const __SII_VERSION__: string | undefined;

export interface Deps {
  io: IOStreams;
  /** Built on first use: most runs never touch the profile or ask anything. */
  profileStore?: () => ProfileStore;
  historyStore?: () => HistoryStore;
  prompter?: (options: { colour: boolean }) => Prompter;
  now?: () => Date;
  newId?: () => string;
}

/**
 * The root help as commander renders it for a pipe (80 columns), so that
 * `--help` need not load commander: src/cli/help.txt, kept up to date by a
 * test (test/build.test.ts) and copied beside the bundle by the build.
 * Undefined on a terminal, where help wraps to the terminal's width and
 * commander renders it.
 */
function prebuiltHelp(io: IOStreams): string | undefined {
  if (io.stdout.isTTY) return undefined;
  try {
    return readFileSync(new URL('./help.txt', import.meta.url), 'utf8');
  } catch {
    return undefined;
  }
}

function packageVersion(): string {
  if (typeof __SII_VERSION__ === 'string') return __SII_VERSION__;
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

export async function run(argv: readonly string[], deps: Deps): Promise<number> {
  // Every message on stderr is cleaned at this one edge, and a failed one never changes the exit code.
  const io: IOStreams = { ...deps.io, stderr: messageStream(deps.io.stderr) };
  try {
    let store: ProfileStore | undefined;
    const profileStore =
      deps.profileStore ?? (() => (store ??= ProfileStore.forEnv(io.env, { warn: (line) => io.stderr.write(`${line}\n`) })));
    const prompter =
      deps.prompter ??
      (() => {
        throw new Error('no prompter available');
      });
    let history: HistoryStore | undefined;
    const historyStore =
      deps.historyStore ?? (() => (history ??= HistoryStore.forEnv(io.env, { warn: (line) => io.stderr.write(`${line}\n`) })));
    const context: Context = {
      io,
      profileStore,
      historyStore,
      prompter,
      now: deps.now ?? (() => new Date()),
      newId: deps.newId ?? newHistoryId,
    };

    const swallowed = swallowedFlag(argv);
    if (swallowed) throw new UsageError(swallowed);

    // The common case, a valid list of answer flags, skips commander.
    const flags = fastParse(argv);
    if (flags) return await evaluateCommand.run!([], flags, context);
    if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) {
      io.stdout.write(`${packageVersion()}\n`);
      return 0;
    }
    const help = argv.length === 1 && (argv[0] === '--help' || argv[0] === '-h') ? prebuiltHelp(io) : undefined;
    if (help !== undefined) {
      io.stdout.write(help);
      return 0;
    }

    // Everything else (errors, help on a terminal, subcommands) is commander's.
    const { runProgram } = await import('./program.js');
    return await runProgram(argv, context, packageVersion());
  } catch (error) {
    return handleError(error, io);
  }
}

export async function main(): Promise<void> {
  // Writes go straight to the descriptors; a reader that goes away
  // (`| head -c1`) ends the output quietly (see io/streams.ts).
  const io = processStreams();
  // Set the exit code rather than calling process.exit(), which could cut
  // off output still being flushed to a pipe.
  process.exitCode = await run(process.argv.slice(2), {
    io,
    prompter: (options) => inquirerPrompter(process.stdin, process.stderr, options),
  });
}
