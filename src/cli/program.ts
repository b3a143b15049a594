// The command line's shape for commander: the root command's flags (from the
// shared table in flags.ts), the profile subcommands, help and examples.
// Running a command lives in the *-command.ts files, so the two can be tested
// apart. Loaded only when the fast path (fast-parse.ts) gives way.

import { Command, InvalidArgumentError, Option } from 'commander';
import { READY, type AnswersInput } from '../core/answers.js';
import { parseTarget } from '../core/pay.js';
import { PROGRAM } from './errors.js';
import { FLAGS, type FlagSpec, type ParsedFlags } from './flags.js';
import { toEvaluateOptions, type EvaluateOptions, type ProfileSetOptions } from './options.js';
import type { IOStreams } from '../io/streams.js';

/** What each command does, supplied by main.ts. */
export interface Handlers {
  evaluate(options: EvaluateOptions): Promise<void>;
  profileShow(options: { json: boolean }): Promise<void>;
  profileSet(options: ProfileSetOptions): Promise<void>;
  profileReset(): Promise<void>;
  profilePath(): Promise<void>;
}

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

/** A commander option from the shared flag table. */
function toOption(spec: FlagSpec): Option {
  const name = `${spec.short ? `${spec.short}, ` : ''}${spec.long}`;
  const option =
    spec.kind === 'boolean'
      ? new Option(name, spec.description)
      : new Option(`${name} <${spec.placeholder}>`, spec.description);
  if (spec.kind === 'choice') option.choices(spec.choices);
  if (spec.kind === 'value') option.argParser(argument(spec.parse));
  if (spec.conflicts) option.conflicts(spec.conflicts);
  return option.helpGroup(spec.group);
}

const EXAMPLES = `
Examples:
  # Employed, strong fit, pay not discussed yet
  $ ${PROGRAM} --employed --skills strong --pay unknown

  # Unemployed, partial fit, and a friend said the company is awful
  $ ${PROGRAM} --unemployed --skills partial --pay match --concern hearsay

  # In a script: exit code 0 means take, 1 means pass
  $ if ${PROGRAM} --employed --skills strong --pay match --quiet; then echo go; fi

  # Machine-readable
  $ ${PROGRAM} --employed --skills partial --pay unknown --json | jq -r .verdict

Exit codes: 0 take, 1 pass, 2 usage or input error, 70 internal error, 130 cancelled.
`;

const PROFILE_EXAMPLES = `
Examples:
  $ ${PROGRAM} profile set --employed --ready open --target 120k
  $ ${PROGRAM} profile
  $ ${PROGRAM} profile --json
  $ ${PROGRAM} profile reset
`;

/** Output settings shared by every command. */
function configure(command: Command, io: IOStreams): Command {
  return (
    command
      .showHelpAfterError(`Run '${command.name() === PROGRAM ? PROGRAM : `${PROGRAM} ${command.name()}`} --help' to see every flag.`)
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
      // Commander exits 1 on usage errors by default; we throw and map every
      // outcome to an exit code in one place (errors.ts).
      .exitOverride()
  );
}

export function buildProgram(io: IOStreams, version: string, handlers: Handlers): Command {
  const program = new Command(PROGRAM);
  program.description('Decide whether to take a job interview, and see the reasons why.').usage('[answers] [output options]');
  for (const spec of FLAGS) program.addOption(toOption(spec));
  program
    .optionsGroup('Help:')
    .version(version, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show this help')
    // The choices are already in each description; commander would repeat them.
    .configureHelp({ optionDescription: (option) => option.description })
    .addHelpText('after', EXAMPLES)
    // Options after a subcommand's name belong to the subcommand (`profile --json`).
    .enablePositionalOptions()
    .action(async (flags: ParsedFlags) => {
      await handlers.evaluate(toEvaluateOptions(flags));
    });
  configure(program, io);

  const profile = new Command('profile')
    .description('show the saved profile: your employment, readiness and the pay you are after')
    .option('--json', 'print the profile as JSON')
    .addHelpText('after', PROFILE_EXAMPLES)
    .action(async (flags: { json?: boolean }) => {
      await handlers.profileShow({ json: flags.json === true });
    });
  configure(profile, io);

  const one = (choices: readonly string[]) => choices.join(' | ');
  const set = new Command('set')
    .description('save answers so they are not asked again (flags still win over them)')
    .addOption(new Option('--employed', 'you have a job now').conflicts('unemployed'))
    .addOption(new Option('--unemployed', 'you are between jobs'))
    .addOption(new Option('--ready <answer>', `ready to make a move: ${one(READY)}`).choices(READY))
    .addOption(
      new Option('--target <pay>', 'the yearly pay you are after, e.g. 120k, $120,000, 60/hr').argParser(
        argument((text) => parseTarget(text)),
      ),
    )
    .configureHelp({ optionDescription: (option) => option.description })
    .action(async (flags: { employed?: boolean; unemployed?: boolean; ready?: AnswersInput['ready']; target?: number }) => {
      const options: ProfileSetOptions = {};
      if (flags.employed) options.employment = 'employed';
      if (flags.unemployed) options.employment = 'unemployed';
      if (flags.ready !== undefined) options.ready = flags.ready;
      if (flags.target !== undefined) options.target = flags.target;
      await handlers.profileSet(options);
    });
  configure(set, io);

  const reset = new Command('reset')
    .description('clear the saved profile (the old file is kept as config.json.bak)')
    .action(() => handlers.profileReset());
  configure(reset, io);

  const path = new Command('path').description("print the profile file's path").action(() => handlers.profilePath());
  configure(path, io);

  profile.addCommand(set).addCommand(reset).addCommand(path);
  program.addCommand(profile);
  return program;
}
