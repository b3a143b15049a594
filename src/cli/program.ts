// The command line's shape for commander: the root command's flags (from the
// shared table in flags.ts), the profile subcommands, help and examples.
// Running a command lives in the *-command.ts files, so the two can be tested
// apart. Loaded only when the fast path (fast-parse.ts) gives way.

import { Argument, Command, InvalidArgumentError, Option } from 'commander';
import { OUTCOMES, type Outcome } from '../core/history.js';
import { RECORD_FORMATS, type RecordFormat } from '../io/record-reader.js';
import { READY, type AnswersInput } from '../core/answers.js';
import { parseTarget, type PayFigure } from '../core/pay.js';
import { PROGRAM } from './errors.js';
// A type only: erased from the bundle, so the compare command still loads only when used.
import type { CompareOptions } from './compare-command.js';
import { FLAGS, parseChoice, type FlagSpec, type ParsedFlags } from './flags.js';
import { toEvaluateOptions, type EvaluateOptions, type ProfileSetOptions } from './options.js';
import type { IOStreams } from '../io/streams.js';

/** What each command does, supplied by main.ts. */
export interface Handlers {
  evaluate(options: EvaluateOptions): Promise<void>;
  profileShow(options: { json: boolean }): Promise<void>;
  profileSet(options: ProfileSetOptions): Promise<void>;
  profileReset(): Promise<void>;
  profilePath(): Promise<void>;
  compare(options: CompareOptions): Promise<void>;
  historyList(options: { json: boolean }): Promise<void>;
  historyOutcome(id: string, outcome: Outcome): Promise<void>;
  historyRemove(id: string): Promise<void>;
  historyClear(options: { yes: boolean; colour: boolean | undefined }): Promise<void>;
  historyPath(): Promise<void>;
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

/** A commander option from the shared flag table. */
function toOption(spec: FlagSpec): Option {
  const name = `${spec.short ? `${spec.short}, ` : ''}${spec.long}`;
  const option =
    spec.kind === 'boolean'
      ? new Option(name, spec.description)
      : new Option(`${name} <${spec.placeholder}>`, spec.description);
  if (spec.kind === 'choice') withChoices(option, spec.choices);
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

Exit codes: 0 take, 1 pass, 2 usage or input error, 70 internal error,
74 a file or the output could not be read or written, 130 cancelled
(129 and 143 when ended by SIGHUP or SIGTERM).
`;

const PROFILE_EXAMPLES = `
Examples:
  $ ${PROGRAM} profile set --employed --ready open --target 120k
  $ ${PROGRAM} profile
  $ ${PROGRAM} profile --json
  $ ${PROGRAM} profile reset
`;

const COMPARE_EXAMPLES = `
Each record has the answer fields, named as in the JSON "answers":
employment, ready, skills, pay (or offered and target), massPitch,
wouldTake, concerns, and optionally company, role, url, notes and id.
Column names and values match ignoring case, spaces, dashes and
underscores ("Would take" is wouldTake); unknown columns are named on
stderr. CSV may be separated by commas, semicolons or tabs (.tsv); blank
rows are skipped. The saved profile fills what a record leaves out.

Examples:
  $ ${PROGRAM} compare offers.csv
  $ ${PROGRAM} compare offers.csv --limit 3
  $ ${PROGRAM} compare offers.json --json | jq -r '.[0].answers.company'
  $ cat offers.ndjson | ${PROGRAM} compare -

Exit codes: 0 at least one take, 1 none, 2 a record could not be used.
`;

const HISTORY_EXAMPLES = `
Examples:
  $ ${PROGRAM} --employed --skills strong --pay match --company Acme --save
  $ ${PROGRAM} history
  $ ${PROGRAM} history outcome lq3k9z2a1b2c interviewed
  $ ${PROGRAM} history remove lq3k
  $ ${PROGRAM} history clear --yes
`;

/** Output settings shared by every command; `parent` names the command it sits under, if any. */
function configure(command: Command, io: IOStreams, parent?: string): Command {
  const path = [PROGRAM, parent, command.name() === PROGRAM ? undefined : command.name()].filter(Boolean).join(' ');
  return (
    command
      .showHelpAfterError(`Run '${path} --help' to see every flag.`)
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
    .addOption(withChoices(new Option('--ready <answer>', `ready to make a move: ${one(READY)}`), READY))
    .addOption(
      new Option('--target <pay>', 'the yearly pay you are after, e.g. 120k, €120,000, 60/hr').argParser(
        argument((text) => parseTarget(text)),
      ),
    )
    .configureHelp({ optionDescription: (option) => option.description })
    .action(async (flags: { employed?: boolean; unemployed?: boolean; ready?: AnswersInput['ready']; target?: PayFigure }) => {
      const options: ProfileSetOptions = {};
      if (flags.employed) options.employment = 'employed';
      if (flags.unemployed) options.employment = 'unemployed';
      if (flags.ready !== undefined) options.ready = flags.ready;
      if (flags.target !== undefined) options.target = flags.target;
      await handlers.profileSet(options);
    });
  configure(set, io, 'profile');

  const reset = new Command('reset')
    .description('clear the saved profile (the old file is kept as config.json.<UTC time>.bak)')
    .action(() => handlers.profileReset());
  configure(reset, io, 'profile');

  const path = new Command('path').description("print the profile file's path").action(() => handlers.profilePath());
  configure(path, io, 'profile');

  profile.addCommand(set).addCommand(reset).addCommand(path);
  program.addCommand(profile);

  const compare = new Command('compare')
    .description('rank several opportunities from a JSON array, NDJSON or CSV file ("-" for stdin)')
    .argument('<file>', 'the file to read, or - for stdin')
    .option('--json', 'print the ranked results as a JSON array')
    .addOption(withChoices(new Option('--format <format>', 'the file\'s format, when its name does not say'), RECORD_FORMATS))
    .option('--no-profile', 'ignore the saved profile')
    .option('--color', 'colour the output even off a terminal')
    .option('--no-color', 'never colour the output')
    .addOption(
      new Option('--limit <n>', 'print only the best n (the summary and the exit code still count every record)').argParser(
        argument((text) => {
          if (!/^\s*\d+\s*$/.test(text) || Number(text) < 1) throw new Error(`"${text}" is not a whole number of 1 or more.`);
          return Number(text);
        }),
      ),
    )
    .option('-q, --quiet', 'print nothing: the exit code says')
    .addHelpText('after', COMPARE_EXAMPLES)
    .action(
      async (
        file: string,
        flags: { json?: boolean; format?: RecordFormat; profile?: boolean; color?: boolean; limit?: number; quiet?: boolean },
      ) => {
        const options = {
          file,
          json: flags.json === true,
          profile: flags.profile !== false,
          colour: flags.color,
          ...(flags.limit !== undefined ? { limit: flags.limit } : {}),
          ...(flags.quiet ? { quiet: true } : {}),
        };
        await handlers.compare(flags.format ? { ...options, format: flags.format } : options);
      },
    );
  configure(compare, io);
  program.addCommand(compare);

  const history = new Command('history')
    .description('what you evaluated with --save, newest first, and what came of it')
    .option('--json', 'print the history as JSON')
    .addHelpText('after', HISTORY_EXAMPLES)
    .action(async (flags: { json?: boolean }) => {
      await handlers.historyList({ json: flags.json === true });
    });
  configure(history, io);
  const outcome = new Command('outcome')
    .description('record what happened')
    .addArgument(new Argument('<id>', 'the entry, or the start of its id'))
    .addArgument(withChoices(new Argument('<outcome>', `what happened: ${OUTCOMES.join(' | ')}`), OUTCOMES))
    .action((id: string, what: Outcome) => handlers.historyOutcome(id, what));
  configure(outcome, io, 'history');
  const remove = new Command('remove')
    .description('remove one entry')
    .argument('<id>', 'the entry, or the start of its id')
    .action((id: string) => handlers.historyRemove(id));
  configure(remove, io, 'history');
  const clear = new Command('clear')
    .description('remove every entry (asks first on a terminal; --yes off one)')
    .option('-y, --yes', 'do not ask')
    .option('--color', 'colour the question')
    .option('--no-color', 'never colour the question')
    .action((flags: { yes?: boolean; color?: boolean }) => handlers.historyClear({ yes: flags.yes === true, colour: flags.color }));
  configure(clear, io, 'history');
  const historyPath = new Command('path').description("print the history file's path").action(() => handlers.historyPath());
  configure(historyPath, io, 'history');
  history.addCommand(outcome).addCommand(remove).addCommand(clear).addCommand(historyPath);
  program.addCommand(history);
  return program;
}
