// What a command is, as each file in commands/ declares it: its name, its
// arguments, the flags it takes (from the one table in flags.ts), which of
// the global output flags apply to it, its help, and its run function.
// program.ts builds commander from these, completion.ts the shell scripts,
// and the README's table of global flags is checked against them.

import type { HistoryStore } from '../io/history-store.js';
import type { ProfileStore } from '../io/profile-store.js';
import type { IOStreams } from '../io/streams.js';
import type { FlagSpec, GlobalKey, ParsedFlags } from './flags.js';
import type { Prompter } from './prompter.js';

/** Everything a command reaches the outside world through: injected, so tests drive commands in-process. */
export interface Context {
  io: IOStreams;
  profileStore(): ProfileStore;
  historyStore(): HistoryStore;
  prompter(options: { colour: boolean }): Prompter;
  /** The clock and new history ids: the edge's, so the core has neither. */
  now(): Date;
  newId(): string;
}

export interface ArgumentSpec {
  name: string;
  description: string;
  /** Absent: a required argument. */
  optional?: boolean;
  /** Matched as the choice flags are (trimmed, any case). */
  choices?: readonly string[];
  /** What a shell completes it with. */
  complete?: 'file';
}

export interface CommandSpec {
  /** The words after the program's name: [] for the root, ['profile', 'set']. */
  path: readonly string[];
  /** One line, for the list of commands. */
  summary: string;
  arguments?: readonly ArgumentSpec[];
  /** This command's own flags, in help order (the global ones are added from `globals`). */
  flags: readonly FlagSpec[];
  /** Which of the global output flags mean something here; the others are refused, naming the command. */
  globals: readonly GlobalKey[];
  /** Why a global flag that does not apply is refused, when there is more to say than "it does not apply". */
  refusals?: Partial<Record<GlobalKey, string>>;
  /** Help text after the flags: examples, exit codes. */
  helpAfter?: string;
  /** Runs it; returns the exit code. Absent for a command that only groups others. */
  run?(args: readonly string[], flags: ParsedFlags, context: Context): Promise<number>;
}

/** The command's name as a person types it after the program's: "profile set", or "" for the root. */
export function commandName(spec: Pick<CommandSpec, 'path'>): string {
  return spec.path.join(' ');
}

/** The commands directly under `spec` (the root's: profile, compare, history, completion). */
export function childrenOf(spec: Pick<CommandSpec, 'path'>, commands: readonly CommandSpec[]): CommandSpec[] {
  return commands.filter((c) => c.path.length === spec.path.length + 1 && spec.path.every((word, i) => c.path[i] === word));
}
