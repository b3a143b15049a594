// The command line for commander, built from the command specs
// (commands/*.ts) and the flag table (flags.ts): every command, its
// arguments, its flags and the global output flags, help, suggestions, and
// the one place that runs a command and returns its exit code. Loaded only
// when the fast path (fast-parse.ts) gives way.

import { Argument, Command, InvalidArgumentError, Option } from 'commander';
import { childrenOf, commandName, type CommandSpec, type Context } from './command-spec.js';
import { COMMANDS } from './commands/index.js';
import { PROGRAM, UsageError } from './errors.js';
import { GLOBAL_FLAGS, HELP_FLAGS, parseChoice, type FlagSpec, type GlobalKey, type ParsedFlags } from './flags.js';
import type { IOStreams, OutputStream } from '../io/streams.js';

/** A value parser for commander, which reports an InvalidArgumentError with the flag's name and value. */
function argument(parse: (text: string, previous: unknown) => unknown) {
  return (text: string, previous: unknown) => {
    try {
      return parse(text, previous);
    } catch (error) {
      throw new InvalidArgumentError((error as Error).message);
    }
  };
}

/**
 * Choices for commander as people type them: `.choices()` alone matches
 * case-sensitively, so the list is kept for help and the value is parsed
 * trimmed and in any case to its canonical choice; anything else is refused
 * in commander's own words ("Allowed choices are …").
 */
function withChoices<T extends Option | Argument>(item: T, choices: readonly string[]): T {
  item.choices(choices);
  item.argParser(argument((text) => parseChoice(text, choices)));
  return item;
}

/** A commander option from the flag table. */
function toOption(spec: FlagSpec): Option {
  const name = `${spec.short ? `${spec.short}, ` : ''}${spec.long}`;
  const option =
    spec.kind === 'boolean' ? new Option(name, spec.description) : new Option(`${name} <${spec.placeholder}>`, spec.description);
  if (spec.kind === 'choice') withChoices(option, spec.choices);
  if (spec.kind === 'value') option.argParser(argument(spec.parse));
  return option.helpGroup(spec.group);
}

/** The option a flag spec became on `command`, by its long name. */
function optionOf(command: Command, long: string): Option {
  return command.options.find((option) => option.long === long)!;
}

/**
 * The flags given on `command`'s part of the command line, in the table's
 * terms: answer flags set the answer they name (`--employed`: employment),
 * negations their key to false. Only what was typed, never a default.
 */
function givenFlags(command: Command, specs: readonly FlagSpec[]): { flags: ParsedFlags; given: FlagSpec[] } {
  const flags: Record<string, unknown> = {};
  const given: FlagSpec[] = [];
  for (const spec of specs) {
    const attribute = optionOf(command, spec.long).attributeName();
    if (command.getOptionValueSource(attribute) !== 'cli') continue;
    const value = command.getOptionValue(attribute) as unknown;
    if (spec.kind === 'boolean') {
      // A pair (--color / --no-color) shares one attribute: the value says which was last.
      if (typeof spec.value === 'string' ? value !== true : value !== spec.value) continue;
      flags[spec.key] = spec.value;
    } else {
      flags[spec.key] = value;
    }
    given.push(spec);
  }
  return { flags: flags as ParsedFlags, given };
}

/** A stdout that keeps nothing: --quiet for a command that has no quiet of its own. */
const silent: OutputStream = { write: () => true, isTTY: false };

/** Output settings shared by every command. */
function configure(command: Command, io: IOStreams, spec: CommandSpec): Command {
  const name = [PROGRAM, commandName(spec)].filter(Boolean).join(' ');
  command
    .showHelpAfterError(`Run '${name} --help' to see every flag.`)
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      // Our streams, not process.stdout: help wraps to their width, and
      // carries no colour (the help has no styles).
      getOutHelpWidth: () => (io.stdout.isTTY ? io.stdout.columns : undefined) ?? 80,
      getErrHelpWidth: () => (io.stderr.isTTY ? io.stderr.columns : undefined) ?? 80,
      getOutHasColors: () => false,
      getErrHasColors: () => false,
    })
    // The choices are already in each description; commander would repeat them.
    .configureHelp({ optionDescription: (option) => option.description, argumentDescription: (argument) => argument.description })
    // Commander exits 1 on usage errors by default; we throw and map every
    // outcome to an exit code in one place (errors.ts).
    .exitOverride();
  // `-v` is not a flag, but `-V` is: say so, as commander does for long flags.
  const unknownOption = (command as unknown as { unknownOption(flag: string): never }).unknownOption.bind(command);
  (command as unknown as { unknownOption(flag: string): never }).unknownOption = (flag: string) => {
    if (/^-[A-Za-z]$/.test(flag)) {
      const shorts = [...command.options.map((o) => o.short), ...HELP_FLAGS.filter((f) => f.length === 2)];
      const other = shorts.find((s) => s !== undefined && s !== flag && s.toLowerCase() === flag.toLowerCase());
      if (other) command.error(`error: unknown option '${flag}'\n(Did you mean ${other}?)`, { code: 'commander.unknownOption' });
    }
    return unknownOption(flag);
  };
  return command;
}

/**
 * Builds the program. `onRun` receives the spec of the command to run, its
 * arguments and its flags (the global ones given before its name included),
 * once they are checked.
 */
export function buildProgram(
  io: IOStreams,
  version: string,
  onRun: (spec: CommandSpec, args: readonly string[], flags: ParsedFlags) => Promise<void>,
  commands: readonly CommandSpec[] = COMMANDS,
): Command {
  const built = new Map<string, Command>();
  for (const spec of commands) {
    const command = new Command(spec.path.at(-1) ?? PROGRAM).description(spec.summary);
    for (const arg of spec.arguments ?? []) {
      const item = new Argument(arg.optional ? `[${arg.name}]` : `<${arg.name}>`, arg.description);
      command.addArgument(arg.choices ? withChoices(item, arg.choices) : item);
    }
    for (const flag of spec.flags) command.addOption(toOption(flag));
    // Every command takes every global flag, so that one given where it means
    // nothing is refused in words (below) rather than as an unknown option.
    for (const flag of GLOBAL_FLAGS) {
      const option = toOption(flag);
      command.addOption(spec.globals.includes(flag.key as GlobalKey) ? option : option.hideHelp());
    }
    // The global flags' conflicts (--json with --quiet) are checked below,
    // where they may have been given on either side of the command's name.
    for (const flag of spec.flags) {
      for (const other of flag.conflicts ?? []) {
        if (command.options.some((o) => o.long === other)) optionOf(command, flag.long).conflicts(optionOf(command, other).attributeName());
      }
    }
    if (spec.helpAfter) command.addHelpText('after', spec.helpAfter);
    configure(command, io, spec);
    built.set(commandName(spec), command);
    const parent = spec.path.length > 0 ? built.get(spec.path.slice(0, -1).join(' ')) : undefined;
    parent?.addCommand(command);
    if (!spec.run) continue;
    // A command with subcommands and no arguments of its own: a word that
    // is not one of its subcommands is a mistyped one.
    const groups = childrenOf(spec, commands).length > 0;
    if (groups && !spec.arguments?.length) command.allowExcessArguments(true);
    // Options after a subcommand's name belong to the subcommand (`profile set --json`).
    if (groups) command.enablePositionalOptions();
    command.action(async (...params: unknown[]) => {
      const self = params.at(-1) as Command;
      if (groups && !spec.arguments?.length && self.args.length > 0) (self as unknown as { unknownCommand(): never }).unknownCommand();
      const args = (self.processedArgs as unknown[]).map(String);
      await onRun(spec, args, flagsFor(spec, self, commands, built));
    });
  }
  const root = built.get('')!;
  root
    .usage('[answers] [output options]')
    .version(version, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show this help')
    // Our own `help`, which finds subcommands too (`help profile set`) and
    // says when a name is not a command.
    .helpCommand(false)
    .addCommand(helpCommand(built, io));
  for (const [name, command] of built) if (name !== '') command.helpOption('-h, --help', 'show this help');
  return root;
}

/** `help [command...]`: that command's --help on stdout; a name that is no command is an error, with the nearest one. */
function helpCommand(built: Map<string, Command>, io: IOStreams): Command {
  const help = new Command('help')
    .description('show help for a command')
    .argument('[command...]', 'the command, e.g. compare or profile set');
  help.configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) }).exitOverride();
  help.action((words: string[]) => {
    let path = '';
    for (const word of words) {
      const next = [path, word].filter(Boolean).join(' ');
      if (!built.has(next)) {
        // Said as a mistyped command is, by the command it was under.
        const parent = built.get(path)!;
        (parent as unknown as { args: string[] }).args = [word];
        (parent as unknown as { unknownCommand(): never }).unknownCommand();
      }
      path = next;
    }
    built.get(path)!.outputHelp();
  });
  return help;
}

/** The command a usage error points at for help (none: the root). */
const where = (name: string): { command?: string } => (name === '' ? {} : { command: name });

/**
 * The flags `spec` runs with: its own, and the global ones given before its
 * name (`--json history`). A flag of the verdict given before a subcommand,
 * or a global flag that means nothing to it, is refused, naming it.
 */
function flagsFor(spec: CommandSpec, command: Command, commands: readonly CommandSpec[], built: Map<string, Command>): ParsedFlags {
  const name = commandName(spec);
  const own = givenFlags(command, [...spec.flags, ...GLOBAL_FLAGS]);
  const flags: Record<string, unknown> = { ...own.flags };
  const given = [...own.given];
  for (let depth = spec.path.length - 1; depth >= 0; depth--) {
    const ancestorSpec = commands.find((c) => c.path.length === depth && c.path.every((w, i) => spec.path[i] === w))!;
    const ancestor = built.get(commandName(ancestorSpec))!;
    const before = givenFlags(ancestor, [...ancestorSpec.flags, ...GLOBAL_FLAGS]);
    for (const flag of before.given) {
      if (!GLOBAL_FLAGS.includes(flag)) {
        const takesIt = spec.flags.some((f) => f.long === flag.long);
        throw new UsageError(
          takesIt
            ? `${flag.long} goes after the command's name: ${PROGRAM} ${name} ${flag.long}${flag.kind === 'boolean' ? '' : ' <value>'}.`
            : `${flag.long} is not a flag of '${PROGRAM} ${name}'.`,
          where(name),
        );
      }
      if (flags[flag.key] === undefined) {
        flags[flag.key] = before.flags[flag.key as keyof ParsedFlags];
        given.push(flag);
      }
    }
  }
  for (const flag of given) {
    const key = flag.key as GlobalKey;
    if (GLOBAL_FLAGS.includes(flag) && !spec.globals.includes(key)) {
      const why = spec.refusals?.[key];
      throw new UsageError(`${flag.long} does not apply to '${PROGRAM} ${name}'${why ? `: ${why}` : ''}.`, where(name));
    }
  }
  if (flags.json === true && flags.quiet === true) {
    throw new UsageError('--json and --quiet cannot be used together: --json prints the result, --quiet prints nothing.', where(name));
  }
  return flags as ParsedFlags;
}

/** Parses `argv`, runs the command it names with `context`, and returns its exit code. */
export async function runProgram(argv: readonly string[], context: Context, version: string): Promise<number> {
  let exitCode = 0;
  const program = buildProgram(context.io, version, async (spec, args, flags) => {
    const io = flags.quiet ? { ...context.io, stdout: silent } : context.io;
    exitCode = await spec.run!(args, flags, { ...context, io });
  });
  await program.parseAsync([...argv], { from: 'user' });
  return exitCode;
}
