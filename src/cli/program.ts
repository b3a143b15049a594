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
  program
    .description('Decide whether to take a job interview, with the reasons why.')
    .version(version, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show this help')
    .addOption(new Option('--employed', 'you have a job now').conflicts('unemployed'))
    .addOption(new Option('--unemployed', 'you are between jobs'))
    .addOption(
      new Option('--ready <answer>', 'are you ready to make a move? (default: yes if unemployed, open if employed)').choices(
        READY,
      ),
    )
    .addOption(new Option('--skills <fit>', 'how well the role fits your skills').choices(SKILLS))
    .addOption(new Option('--pay <fit>', 'how the pay compares with what you are after').choices(PAY))
    .option('--mass-pitch', 'it was a generic pitch sent to many people (e.g. "make $100k+")')
    .addOption(
      new Option('--would-take <answer>', 'if it were everything you hoped, would you take it? no = 100% sure you never would (default: maybe)',
      ).choices(WOULD_TAKE),
    )
    .addOption(
      new Option('--concern <concerns>', `what holds you back, repeatable or comma-separated: ${CONCERNS.join(', ')}`).argParser(
        collectConcerns,
      ),
    )
    .option('--company <name>', 'the company, for the report')
    .option('--role <title>', 'the role, for the report')
    .addOption(new Option('--json', 'print the result as JSON on stdout').conflicts('quiet'))
    .option('-q, --quiet', 'print nothing; the exit code is the verdict')
    .option('--color', 'force coloured output')
    .option('--no-color', 'never colour the output (NO_COLOR and TERM=dumb do the same)')
    .option('--no-input', 'never ask questions; fail with a usage error when answers are missing')
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
