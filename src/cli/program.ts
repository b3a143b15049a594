// The command line's shape: every flag, its choices and its help text, and
// the translation from parsed flags to the shared answers object. Running the
// evaluation lives in evaluate-command.ts, so the two can be tested apart.

import { Command, InvalidArgumentError, Option } from 'commander';
import {
  CONCERNS,
  PAY,
  READY,
  SKILLS,
  WOULD_TAKE,
  type AnswersInput,
  type Concern,
} from '../core/answers.js';
import type { PartialAnswers } from '../core/profile.js';
import { parsePay, parseTarget, PayParseError, type PayRange } from '../core/pay.js';
import { PROGRAM } from './errors.js';
import type { IOStreams } from '../io/streams.js';

/** The flags as commander parses them. */
export interface ParsedFlags {
  employed?: boolean;
  unemployed?: boolean;
  ready?: AnswersInput['ready'];
  skills?: AnswersInput['skills'];
  pay?: AnswersInput['pay'];
  massPitch?: boolean;
  wouldTake?: AnswersInput['wouldTake'];
  concern?: Concern[];
  offered?: PayRange;
  target?: number;
  profile?: boolean;
  company?: string;
  role?: string;
  json?: boolean;
  quiet?: boolean;
  color?: boolean;
  input?: boolean;
}

export type OutputFormat = 'text' | 'json' | 'quiet';

/** What the evaluate command needs, separated from how it was asked for. */
export interface EvaluateOptions {
  answers: PartialAnswers;
  format: OutputFormat;
  /** --color (true), --no-color (false), or neither. */
  colour: boolean | undefined;
  /** false with --no-input: never ask, even on a terminal. */
  input: boolean;
  /** false with --no-profile: ignore the saved profile. */
  profile: boolean;
}

export interface ProfileSetOptions {
  employment?: 'employed' | 'unemployed';
  ready?: AnswersInput['ready'];
  target?: number;
}

/** What each command does, supplied by main.ts so that each loads lazily. */
export interface Handlers {
  evaluate(options: EvaluateOptions): Promise<void>;
  profileShow(options: { json: boolean }): Promise<void>;
  profileSet(options: ProfileSetOptions): Promise<void>;
  profileReset(): Promise<void>;
  profilePath(): Promise<void>;
}

/**
 * Accepts `--concern reviews,no-time --concern unsure`, checking each one;
 * `--concern none` says there are none (so none is asked about).
 */
function collectConcerns(value: string, previous: Concern[] | undefined): Concern[] {
  const given = value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (given.length === 0) {
    throw new InvalidArgumentError(`Expected one or more of ${CONCERNS.join(', ')}, or none.`);
  }
  if (given.length === 1 && given[0] === 'none') return [...(previous ?? [])];
  for (const concern of given) {
    if (!(CONCERNS as readonly string[]).includes(concern)) {
      throw new InvalidArgumentError(`Unknown concern "${concern}". Allowed concerns are ${CONCERNS.join(', ')}.`);
    }
  }
  return [...(previous ?? []), ...(given as Concern[])];
}

// Commander reports an InvalidArgumentError with the flag's name and value.
function payArgument(parse: (text: string) => PayRange | number) {
  return (value: string) => {
    try {
      return parse(value);
    } catch (error) {
      if (error instanceof PayParseError) throw new InvalidArgumentError(error.message);
      throw error;
    }
  };
}

export function toEvaluateOptions(flags: ParsedFlags): EvaluateOptions {
  const answers: PartialAnswers = {};
  if (flags.employed) answers.employment = 'employed';
  if (flags.unemployed) answers.employment = 'unemployed';
  if (flags.ready !== undefined) answers.ready = flags.ready;
  if (flags.skills !== undefined) answers.skills = flags.skills;
  if (flags.pay !== undefined) answers.pay = flags.pay;
  if (flags.massPitch !== undefined) answers.massPitch = flags.massPitch;
  if (flags.offered !== undefined) answers.offered = flags.offered;
  if (flags.target !== undefined) answers.target = flags.target;
  if (flags.wouldTake !== undefined) answers.wouldTake = flags.wouldTake;
  if (flags.concern !== undefined) answers.concerns = flags.concern;
  if (flags.company !== undefined) answers.company = flags.company;
  if (flags.role !== undefined) answers.role = flags.role;
  return {
    answers,
    format: flags.quiet ? 'quiet' : flags.json ? 'json' : 'text',
    colour: flags.color,
    input: flags.input !== false,
    profile: flags.profile !== false,
  };
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
      })
      // Commander exits 1 on usage errors by default; we throw and map every
      // outcome to an exit code in one place (errors.ts).
      .exitOverride()
  );
}

export function buildProgram(io: IOStreams, version: string, handlers: Handlers): Command {
  const program = new Command(PROGRAM);
  const one = (choices: readonly string[]) => choices.join(' | ');
  program
    .description('Decide whether to take a job interview, and see the reasons why.')
    .usage('[answers] [output options]')
    .optionsGroup('Your answers:')
    .addOption(new Option('--employed', 'you have a job now').conflicts('unemployed'))
    .addOption(new Option('--unemployed', 'you are between jobs'))
    .addOption(new Option('--skills <fit>', `how the role fits your skills: ${one(SKILLS)}`).choices(SKILLS))
    .addOption(
      new Option('--pay <fit>', `the pay against what you are after: ${one(PAY)}`).choices(PAY).conflicts('offered'),
    )
    .addOption(
      new Option('--offered <pay>', 'the pay they mentioned, e.g. 120k, $120,000, 100k-130k, 100k+, 55/hr (instead of --pay)').argParser(
        payArgument(parsePay),
      ),
    )
    .addOption(
      new Option('--target <pay>', 'the yearly pay you are after, to compare --offered with (or saved in your profile)').argParser(
        payArgument(parseTarget),
      ),
    )
    .addOption(
      new Option('--ready <answer>', `ready to make a move: ${one(READY)} (default: yes if unemployed, open if employed)`).choices(
        READY,
      ),
    )
    .option('--mass-pitch', 'it was a generic pitch sent to many ("make $100k+!")')
    .option('--no-mass-pitch', 'it was not a generic pitch (not asked then)')
    .addOption(
      new Option(
        '--would-take <answer>',
        `would you take it if it were all you hoped: ${one(WOULD_TAKE)} (default: maybe; no = 100% sure you never would)`,
      ).choices(WOULD_TAKE),
    )
    .addOption(
      new Option('--concern <list>', `what holds you back, repeatable or comma-separated: ${one(CONCERNS)}, or none`).argParser(
        collectConcerns,
      ),
    )
    .optionsGroup('Labels for the report:')
    .option('--company <name>', 'the company')
    .option('--role <title>', 'the role')
    .optionsGroup('Output:')
    .addOption(new Option('--json', 'print the result as JSON on stdout').conflicts('quiet'))
    .option('-q, --quiet', 'print nothing: the exit code is the verdict')
    .option('--color', 'colour the output even off a terminal')
    .option('--no-color', 'never colour the output (as do NO_COLOR=1 and TERM=dumb)')
    .option('--no-input', 'never ask questions: missing answers are an error (also SHOULD_I_INTERVIEW_NO_INPUT=1)')
    .option('--no-profile', 'ignore the saved profile for this run')
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

  const set = new Command('set')
    .description('save answers so they are not asked again (flags still win over them)')
    .addOption(new Option('--employed', 'you have a job now').conflicts('unemployed'))
    .addOption(new Option('--unemployed', 'you are between jobs'))
    .addOption(new Option('--ready <answer>', `ready to make a move: ${one(READY)}`).choices(READY))
    .addOption(
      new Option('--target <pay>', 'the yearly pay you are after, e.g. 120k, $120,000, 60/hr').argParser(payArgument(parseTarget)),
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
