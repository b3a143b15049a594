// The root command's flags, declared once. program.ts turns this table into
// commander options (help, validation, every error message); fast-parse.ts
// reads the same table to parse the common, valid command lines without
// loading commander at all. Nothing here imports commander.

import { CONCERNS, matchChoice, PAY, READY, SKILLS, WOULD_TAKE, type AnswersInput, type Concern } from '../core/answers.js';
import { parsePay, parseTarget, type PayFigure, type PayRange } from '../core/pay.js';

/** The flags as parsed (by commander, or by the fast path: the same shape). */
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
  target?: PayFigure;
  profile?: boolean;
  company?: string;
  role?: string;
  json?: boolean;
  quiet?: boolean;
  color?: boolean;
  input?: boolean;
  save?: boolean;
  explain?: boolean;
}

export type FlagKey = keyof ParsedFlags;

interface FlagBase {
  /** The long name with its dashes, e.g. "--skills" or "--no-color". */
  long: string;
  short?: string;
  key: FlagKey;
  description: string;
  group: string;
  /** Keys this flag cannot be combined with on one command line. */
  conflicts?: FlagKey[];
}

export type FlagSpec =
  | (FlagBase & { kind: 'boolean'; value: boolean })
  | (FlagBase & {
      kind: 'choice';
      placeholder: string;
      /** Matched trimmed and case-insensitively (parseChoice); the value is the canonical choice. */
      choices: readonly string[];
    })
  | (FlagBase & {
      kind: 'value';
      placeholder: string;
      /** Turns the text into the value; throws an Error whose message says what is wrong. */
      parse: (text: string, previous: unknown) => unknown;
    });

/**
 * A choice flag's value as typed (`--pay Above`, `--skills " STRONG"`): its
 * canonical lower-case choice. Throws with commander's own wording for a
 * value outside the choices, so commander and the fast path agree on what
 * they take and commander's message is unchanged.
 */
export function parseChoice<T extends string>(text: string, choices: readonly T[]): T {
  const choice = matchChoice(text, choices);
  if (choice === undefined) throw new Error(`Allowed choices are ${choices.join(', ')}.`);
  return choice;
}

/**
 * `--concern reviews,no-time --concern unsure`, each checked (as typed:
 * `Reviews,NO-TIME` gives reviews and no-time); `--concern none` says there
 * are none (so none is asked about).
 */
export function collectConcerns(text: string, previous: unknown): Concern[] {
  const before = (previous as Concern[] | undefined) ?? [];
  const given = text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (given.length === 0) throw new Error(`Expected one or more of ${CONCERNS.join(', ')}, or none.`);
  if (given.length === 1 && given[0]!.toLowerCase() === 'none') return [...before];
  if (given.some((g) => g.toLowerCase() === 'none')) {
    throw new Error(`"none" cannot be listed with concerns: give --concern none alone, or only the concerns (${CONCERNS.join(', ')}).`);
  }
  const concerns: Concern[] = [];
  for (const typed of given) {
    const concern = matchChoice(typed, CONCERNS);
    if (concern === undefined) throw new Error(`Unknown concern "${typed}". Allowed concerns are ${CONCERNS.join(', ')}.`);
    concerns.push(concern);
  }
  return [...before, ...concerns];
}

const one = (choices: readonly string[]) => choices.join(' | ');
const ANSWERS = 'Your answers:';
const LABELS = 'Labels for the report:';
const OUTPUT = 'Output:';

/** In help order. */
export const FLAGS: readonly FlagSpec[] = [
  { kind: 'boolean', long: '--employed', key: 'employed', value: true, description: 'you have a job now', group: ANSWERS, conflicts: ['unemployed'] },
  { kind: 'boolean', long: '--unemployed', key: 'unemployed', value: true, description: 'you are between jobs', group: ANSWERS },
  {
    kind: 'choice',
    long: '--skills',
    placeholder: 'fit',
    key: 'skills',
    choices: SKILLS,
    description: `how the role fits your skills: ${one(SKILLS)}`,
    group: ANSWERS,
  },
  {
    kind: 'choice',
    long: '--pay',
    placeholder: 'fit',
    key: 'pay',
    choices: PAY,
    description: `the pay against what you are after: ${one(PAY)}`,
    group: ANSWERS,
    conflicts: ['offered'],
  },
  {
    kind: 'value',
    long: '--offered',
    placeholder: 'pay',
    key: 'offered',
    parse: (text) => parsePay(text),
    description: 'the pay they mentioned, e.g. 120k, €120,000, 135-150k, 100k+, 55/hr, 150k OTE (instead of --pay)',
    group: ANSWERS,
  },
  {
    kind: 'value',
    long: '--target',
    placeholder: 'pay',
    key: 'target',
    parse: (text) => parseTarget(text),
    description: 'the yearly pay you are after, to compare --offered with (or saved in your profile)',
    group: ANSWERS,
  },
  {
    kind: 'choice',
    long: '--ready',
    placeholder: 'answer',
    key: 'ready',
    choices: READY,
    description: `ready to make a move: ${one(READY)} (default: yes if unemployed, open if employed)`,
    group: ANSWERS,
  },
  { kind: 'boolean', long: '--mass-pitch', key: 'massPitch', value: true, description: 'it was a generic pitch sent to many ("make $100k+!")', group: ANSWERS },
  { kind: 'boolean', long: '--no-mass-pitch', key: 'massPitch', value: false, description: 'it was not a generic pitch (not asked then)', group: ANSWERS },
  {
    kind: 'choice',
    long: '--would-take',
    placeholder: 'answer',
    key: 'wouldTake',
    choices: WOULD_TAKE,
    description: `would you take it if it were all you hoped: ${one(WOULD_TAKE)} (default: maybe; no = 100% sure you never would)`,
    group: ANSWERS,
  },
  {
    kind: 'value',
    long: '--concern',
    placeholder: 'list',
    key: 'concern',
    parse: collectConcerns,
    description: `what holds you back, repeatable or comma-separated: ${one(CONCERNS)}, or none`,
    group: ANSWERS,
  },
  { kind: 'value', long: '--company', placeholder: 'name', key: 'company', parse: (text) => text, description: 'the company', group: LABELS },
  { kind: 'value', long: '--role', placeholder: 'title', key: 'role', parse: (text) => text, description: 'the role', group: LABELS },
  { kind: 'boolean', long: '--json', key: 'json', value: true, description: 'print the result as JSON on stdout', group: OUTPUT, conflicts: ['quiet'] },
  { kind: 'boolean', long: '--quiet', short: '-q', key: 'quiet', value: true, description: 'print nothing: the exit code is the verdict', group: OUTPUT },
  { kind: 'boolean', long: '--color', key: 'color', value: true, description: 'colour the output even off a terminal', group: OUTPUT },
  { kind: 'boolean', long: '--no-color', key: 'color', value: false, description: 'never colour the output (as do NO_COLOR=1 and TERM=dumb)', group: OUTPUT },
  {
    kind: 'boolean',
    long: '--no-input',
    key: 'input',
    value: false,
    description: 'never ask questions: missing answers are an error (also SHOULD_I_INTERVIEW_NO_INPUT=1)',
    group: OUTPUT,
  },
  { kind: 'boolean', long: '--no-profile', key: 'profile', value: false, description: 'ignore the saved profile for this run', group: OUTPUT },
  { kind: 'boolean', long: '--explain', key: 'explain', value: true, description: 'show how the score adds up, and every payoff in full', group: OUTPUT },
  { kind: 'boolean', long: '--save', key: 'save', value: true, description: 'keep this evaluation in your history (see the history command)', group: OUTPUT },
];

/** Flags of subcommands and of help, which a label must not swallow either. */
const OTHER_FLAGS = ['--help', '-h', '--version', '-V', '--format', '--yes', '-y'];

/**
 * A label flag (`--company`, `--role`) written apart from its value takes
 * the next word whatever it is, so `--company --employed` would make
 * "--employed" the company and then miss --employed. When that next word is
 * one of this tool's flags, say so; `--company=--employed` still gives a
 * company of that name. Returns the message, or undefined.
 */
export function swallowedFlag(argv: readonly string[]): string | undefined {
  const names = new Set([...FLAGS.flatMap((f) => (f.short ? [f.long, f.short] : [f.long])), ...OTHER_FLAGS]);
  for (let i = 0; i + 1 < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') return undefined;
    const spec = FLAGS.find((f) => f.long === arg);
    if (!spec || (spec.key !== 'company' && spec.key !== 'role')) continue;
    const next = argv[i + 1]!;
    const name = next.startsWith('--') ? next.split('=')[0]! : next;
    if (names.has(name)) {
      const example = spec.key === 'company' ? '"Acme"' : '"Sales lead"';
      return `${arg} needs a value, but the next word is the flag ${next}. Give the ${spec.key} first (${arg} ${example}); for a ${spec.key} that really is named ${next}, write ${arg}=${next}.`;
    }
    i++; // the value, whatever it is
  }
  return undefined;
}
