// Every flag of every command, declared once. The commands (commands/*.ts)
// say which of them they take; program.ts turns them into commander options
// (help, validation, every error message); fast-parse.ts reads the same table
// to parse the common, valid command lines without loading commander; the
// shell completion scripts are generated from it. Nothing here imports
// commander.

import { CONCERNS, matchChoice, PAY, READY, SKILLS, WOULD_TAKE, type Concern } from '../core/answers.js';
import { parsePay, parseTarget } from '../core/pay.js';
import type { PartialAnswers } from '../core/profile.js';
import { ANSWER_FIELDS, RECORD_FORMATS, type RecordFormat } from '../core/records.js';

/** The flags as parsed (by commander, or by the fast path: the same shape). Answer flags use the answer's own name. */
export interface ParsedFlags extends PartialAnswers {
  json?: boolean;
  quiet?: boolean;
  color?: boolean;
  input?: boolean;
  profile?: boolean;
  save?: boolean;
  explain?: boolean;
  format?: RecordFormat;
  limit?: number;
  yes?: boolean;
  /** --message: the file the recruiter's message is in ("-": standard input). */
  message?: string;
}

export type FlagKey = keyof ParsedFlags;

/** The answers and the two labels, in the order they are asked and listed: what an answer flag sets. */
export const ANSWER_KEYS = [...ANSWER_FIELDS, 'company', 'role'] as const;

/** Output settings every command may be given, before or after its name; each command says which apply to it. */
export const GLOBAL_KEYS = ['json', 'quiet', 'color', 'input', 'profile'] as const;
export type GlobalKey = (typeof GLOBAL_KEYS)[number];

interface FlagBase {
  /** The long name with its dashes, e.g. "--skills" or "--no-color". */
  long: string;
  short?: string;
  key: FlagKey;
  description: string;
  /** The help section it is listed under. */
  group: string;
  /** Flags (long names) this one cannot be combined with on one command line. */
  conflicts?: string[];
}

export type FlagSpec =
  /** A flag with no value that sets its key to `value` (`--employed`: employment = "employed"). */
  | (FlagBase & { kind: 'boolean'; value: boolean | string })
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
      /** What a shell completes the value with. */
      complete?: 'file';
      /** Values a shell offers (the value may be other text too, such as a list). */
      suggest?: readonly string[];
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

/** `--limit 3`: a whole number of 1 or more. */
function parseLimit(text: string): number {
  if (!/^\s*\d+\s*$/.test(text) || Number(text) < 1) throw new Error(`"${text}" is not a whole number of 1 or more.`);
  return Number(text);
}

const one = (choices: readonly string[]) => choices.join(' | ');
const ANSWERS = 'Your answers:';
const LABELS = 'Labels for the report:';
const OUTPUT = 'Output:';
const OPTIONS = 'Options:';
const MESSAGE = "The recruiter's message:";

/** The answers, as flags: the root command's, and `profile set`'s and `compare`'s where they take them. */
export const ANSWER_FLAGS: readonly FlagSpec[] = [
  {
    kind: 'boolean',
    long: '--employed',
    key: 'employment',
    value: 'employed',
    description: 'you have a job now',
    group: ANSWERS,
    conflicts: ['--unemployed'],
  },
  { kind: 'boolean', long: '--unemployed', key: 'employment', value: 'unemployed', description: 'you are between jobs', group: ANSWERS },
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
    conflicts: ['--offered'],
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
    description: 'the yearly pay you are after, e.g. 120k, €120,000, 60/hr (to compare --offered with)',
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
  {
    kind: 'boolean',
    long: '--mass-pitch',
    key: 'massPitch',
    value: true,
    description: 'it was a generic pitch sent to many ("make $100k+!")',
    group: ANSWERS,
  },
  {
    kind: 'boolean',
    long: '--no-mass-pitch',
    key: 'massPitch',
    value: false,
    description: 'it was not a generic pitch (not asked then)',
    group: ANSWERS,
  },
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
    key: 'concerns',
    parse: collectConcerns,
    suggest: [...CONCERNS, 'none'],
    description: `what holds you back, repeatable or comma-separated: ${one(CONCERNS)}, or none`,
    group: ANSWERS,
  },
  {
    kind: 'value',
    long: '--company',
    placeholder: 'name',
    key: 'company',
    parse: (text) => text,
    description: 'the company',
    group: LABELS,
  },
  { kind: 'value', long: '--role', placeholder: 'title', key: 'role', parse: (text) => text, description: 'the role', group: LABELS },
];

/** Output settings: accepted before or after any command's name, refused by a command they mean nothing to. */
export const GLOBAL_FLAGS: readonly FlagSpec[] = [
  {
    kind: 'boolean',
    long: '--json',
    key: 'json',
    value: true,
    description: 'print the result as JSON on stdout',
    group: OUTPUT,
    conflicts: ['--quiet'],
  },
  {
    kind: 'boolean',
    long: '--quiet',
    short: '-q',
    key: 'quiet',
    value: true,
    description: 'print nothing: the exit code says',
    group: OUTPUT,
  },
  { kind: 'boolean', long: '--color', key: 'color', value: true, description: 'colour the output even off a terminal', group: OUTPUT },
  {
    kind: 'boolean',
    long: '--no-color',
    key: 'color',
    value: false,
    description: 'never colour the output (as do NO_COLOR=1 and TERM=dumb)',
    group: OUTPUT,
  },
  {
    kind: 'boolean',
    long: '--no-input',
    key: 'input',
    value: false,
    description: 'never ask questions: missing answers are an error (also SHOULD_I_INTERVIEW_NO_INPUT=1)',
    group: OUTPUT,
  },
  {
    kind: 'boolean',
    long: '--no-profile',
    key: 'profile',
    value: false,
    description: 'ignore the saved profile for this run',
    group: OUTPUT,
  },
];

/** Flags of one command each. */
export const COMMAND_FLAGS = {
  explain: {
    kind: 'boolean',
    long: '--explain',
    key: 'explain',
    value: true,
    description: 'show how the score adds up, and every payoff in full',
    group: OUTPUT,
  },
  save: {
    kind: 'boolean',
    long: '--save',
    key: 'save',
    value: true,
    description: 'keep this evaluation in your history (see the history command)',
    group: OUTPUT,
  },
  format: {
    kind: 'choice',
    long: '--format',
    placeholder: 'format',
    key: 'format',
    choices: RECORD_FORMATS,
    description: "the file's format, when its name does not say",
    group: OPTIONS,
  },
  limit: {
    kind: 'value',
    long: '--limit',
    placeholder: 'n',
    key: 'limit',
    parse: parseLimit,
    description: 'print only the best n (the summary and the exit code still count every record)',
    group: OPTIONS,
  },
  yes: { kind: 'boolean', long: '--yes', short: '-y', key: 'yes', value: true, description: 'do not ask', group: OPTIONS },
  message: {
    kind: 'value',
    long: '--message',
    placeholder: 'file',
    key: 'message',
    parse: (text) => text,
    complete: 'file',
    description: 'read the pay, company, role and mass-pitch signs from the message (a text or .eml file, - for stdin); flags win over it',
    group: MESSAGE,
  },
} as const satisfies Record<string, FlagSpec>;

/** Every flag there is (the answers, the output settings, and each command's own), for the checks that span commands. */
export const ALL_FLAGS: readonly FlagSpec[] = [...ANSWER_FLAGS, ...GLOBAL_FLAGS, ...Object.values(COMMAND_FLAGS)];

/** The answer flags picked by what they set, in the table's order. */
export function answerFlags(...keys: Array<(typeof ANSWER_KEYS)[number]>): FlagSpec[] {
  return ANSWER_FLAGS.filter((spec) => (keys as string[]).includes(spec.key));
}

/** The answers `flags` give (the keys an answer flag sets), and nothing else. */
export function answersOf(flags: ParsedFlags): PartialAnswers {
  const answers: Record<string, unknown> = {};
  for (const key of ANSWER_KEYS) if (flags[key] !== undefined) answers[key] = flags[key];
  return answers as PartialAnswers;
}

/** The flags (written as a person types them) that give answer `key`: "--employed or --unemployed". */
export function flagsFor(key: string): string | undefined {
  const specs = ANSWER_FLAGS.filter((spec) => spec.key === key && !(spec.kind === 'boolean' && spec.value === false));
  return specs.length === 0 ? undefined : specs.map((spec) => spec.long).join(' or ');
}

/** Flags of help and version, which a label must not swallow either. */
export const HELP_FLAGS: readonly string[] = ['--help', '-h', '--version', '-V'];

/**
 * A label flag (`--company`, `--role`) written apart from its value takes
 * the next word whatever it is, so `--company --employed` would make
 * "--employed" the company and then miss --employed. When that next word is
 * one of this tool's flags, say so; `--company=--employed` still gives a
 * company of that name. Returns the message, or undefined.
 */
export function swallowedFlag(argv: readonly string[]): string | undefined {
  const names = new Set([...ALL_FLAGS.flatMap((f) => (f.short ? [f.long, f.short] : [f.long])), ...HELP_FLAGS]);
  for (let i = 0; i + 1 < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') return undefined;
    const spec = ANSWER_FLAGS.find((f) => f.long === arg);
    if (!spec || spec.kind === 'boolean') continue;
    const next = argv[i + 1]!;
    if (spec.key === 'company' || spec.key === 'role') {
      const name = next.startsWith('--') ? next.split('=')[0]! : next;
      if (names.has(name)) {
        const example = spec.key === 'company' ? '"Acme"' : '"Sales lead"';
        return `${arg} needs a value, but the next word is the flag ${next}. Give the ${spec.key} first (${arg} ${example}); for a ${spec.key} that really is named ${next}, write ${arg}=${next}.`;
      }
    }
    i++; // the value, whatever it is
  }
  return undefined;
}
