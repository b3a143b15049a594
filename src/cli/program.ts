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
  answers: Partial<AnswersInput>;
  format: OutputFormat;
  /** --color (true), --no-color (false), or neither. */
  colour: boolean | undefined;
  /** false with --no-input: never ask, even on a terminal. */
  input: boolean;
}

/** Accepts `--concern reviews,no-time --concern unsure`, checking each one. */
function collectConcerns(value: string, previous: Concern[] | undefined): Concern[] {
  const given = value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (given.length === 0) {
    throw new InvalidArgumentError(`Expected one or more of ${CONCERNS.join(', ')}.`);
  }
  for (const concern of given) {
    if (!(CONCERNS as readonly string[]).includes(concern)) {
      throw new InvalidArgumentError(`Unknown concern "${concern}". Allowed concerns are ${CONCERNS.join(', ')}.`);
    }
  }
  return [...(previous ?? []), ...(given as Concern[])];
}

export function toEvaluateOptions(flags: ParsedFlags): EvaluateOptions {
  const answers: Partial<AnswersInput> = {};
  if (flags.employed) answers.employment = 'employed';
  if (flags.unemployed) answers.employment = 'unemployed';
  if (flags.ready !== undefined) answers.ready = flags.ready;
  if (flags.skills !== undefined) answers.skills = flags.skills;
  if (flags.pay !== undefined) answers.pay = flags.pay;
  if (flags.massPitch) answers.massPitch = true;
  if (flags.wouldTake !== undefined) answers.wouldTake = flags.wouldTake;
  if (flags.concern !== undefined) answers.concerns = flags.concern;
  if (flags.company !== undefined) answers.company = flags.company;
  if (flags.role !== undefined) answers.role = flags.role;
  return {
    answers,
    format: flags.quiet ? 'quiet' : flags.json ? 'json' : 'text',
    colour: flags.color,
    input: flags.input !== false,
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

export function buildProgram(
  io: IOStreams,
  version: string,
  onEvaluate: (options: EvaluateOptions) => Promise<void>,
): Command {
  const program = new Command(PROGRAM);
  const one = (choices: readonly string[]) => choices.join(' | ');
  program
    .description('Decide whether to take a job interview, and see the reasons why.')
    .usage('[answers] [output options]')
    .optionsGroup('Your answers:')
    .addOption(new Option('--employed', 'you have a job now').conflicts('unemployed'))
    .addOption(new Option('--unemployed', 'you are between jobs'))
    .addOption(new Option('--skills <fit>', `how the role fits your skills: ${one(SKILLS)}`).choices(SKILLS))
    .addOption(new Option('--pay <fit>', `the pay against what you are after: ${one(PAY)}`).choices(PAY))
    .addOption(
      new Option('--ready <answer>', `ready to make a move: ${one(READY)} (default: yes if unemployed, open if employed)`).choices(
        READY,
      ),
    )
    .option('--mass-pitch', 'it was a generic pitch sent to many ("make $100k+!")')
    .addOption(
      new Option(
        '--would-take <answer>',
        `would you take it if it were all you hoped: ${one(WOULD_TAKE)} (default: maybe; no = 100% sure you never would)`,
      ).choices(WOULD_TAKE),
    )
    .addOption(
      new Option('--concern <list>', `what holds you back, repeatable or comma-separated: ${one(CONCERNS)}`).argParser(
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
    .option('--no-input', 'never ask questions: missing answers are an error')
    .optionsGroup('Help:')
    .version(version, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show this help')
    // The choices are already in each description; commander would repeat them.
    .configureHelp({ optionDescription: (option) => option.description })
    .addHelpText('after', EXAMPLES)
    .showHelpAfterError(`Run '${PROGRAM} --help' to see every flag.`)
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
    })
    // Commander exits 1 on usage errors by default; we throw and map every
    // outcome to an exit code in one place (errors.ts).
    .exitOverride()
    .action(async (flags: ParsedFlags) => {
      await onEvaluate(toEvaluateOptions(flags));
    });
  return program;
}
