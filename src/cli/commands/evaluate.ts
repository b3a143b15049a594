// The root command: the answers in, the verdict out. Its flags, the options
// they make and its run function; it reaches the outside world only through
// the context it is given (the streams, the profile store, the prompter).

import { InvalidAnswerError, payFiguresOf, type AnswersInput } from '../../core/answers.js';
import { missingAnswers, type MissingKey } from '../../core/missing.js';
import { formatMoney } from '../../core/pay.js';
import { applyProfile, type PartialAnswers, type ProfileKey } from '../../core/profile.js';
import { evaluate } from '../../core/rules.js';
import { stripControl } from '../../core/sanitize.js';
import { ANSWER_FLAGS, answersOf, COMMAND_FLAGS, flagsFor, GLOBAL_KEYS, type ParsedFlags } from '../flags.js';
import type { CommandSpec, Context } from '../command-spec.js';
import { renderJson } from '../../render/json.js';
import { outputColumns } from '../../render/width.js';
import { renderText } from '../../render/text.js';
import { colourLevel } from '../../io/colour.js';
import { painterFor } from '../../io/painter.js';
import { canAsk, type Prompter } from '../prompter.js';
import { accessSync, constants, statSync } from 'node:fs';
// The reader is loaded only when a message is given: start-up without one does not pay for it.
import type { MessageReport } from '../message-input.js';
import { saveToHistory } from './history.js';
import { EXIT, PROGRAM, UsageError } from '../errors.js';
import { SIGNAL_EXIT } from '../../io/signals.js';
import { anythingToAsk, askMissing } from '../questions.js';

export type OutputFormat = 'text' | 'json' | 'quiet';

export interface EvaluateOptions {
  answers: PartialAnswers;
  format: OutputFormat;
  /** --color (true), --no-color (false), or neither. */
  colour: boolean | undefined;
  /** false with --no-input: never ask, even on a terminal. */
  input: boolean;
  /** false with --no-profile: ignore the saved profile. */
  profile: boolean;
  /** --save: record the evaluation in the history. */
  save: boolean;
  /** --explain: show how the score adds up, and every payoff in full. */
  explain: boolean;
  /** --message: the file the recruiter's message is in ("-": standard input). */
  message?: string;
}

/** The options the parsed flags make (by commander or the fast path alike). */
export function toEvaluateOptions(flags: ParsedFlags): EvaluateOptions {
  return {
    answers: answersOf(flags),
    format: flags.quiet ? 'quiet' : flags.json ? 'json' : 'text',
    colour: flags.color,
    input: flags.input !== false,
    profile: flags.profile !== false,
    save: flags.save === true,
    explain: flags.explain === true,
    ...(flags.message !== undefined ? { message: flags.message } : {}),
  };
}

export const evaluateCommand: CommandSpec = {
  path: [],
  summary: 'Decide whether to take a job interview, and see the reasons why.',
  flags: [...ANSWER_FLAGS, COMMAND_FLAGS.message, COMMAND_FLAGS.explain, COMMAND_FLAGS.save],
  globals: GLOBAL_KEYS,
  helpAfter: `
Examples:
  # Employed, strong fit, pay not discussed yet
  $ ${PROGRAM} --employed --skills strong --pay unknown

  # Unemployed, partial fit, and a friend said the company is awful
  $ ${PROGRAM} --unemployed --skills partial --pay match --concern hearsay

  # In a script: exit code 0 means take, 1 means pass
  $ if ${PROGRAM} --employed --skills strong --pay match --quiet; then echo go; fi

  # Machine-readable
  $ ${PROGRAM} --employed --skills partial --pay unknown --json | jq -r .verdict

Exit codes: ${EXIT.take} take, ${EXIT.pass} pass, ${EXIT.usage} usage or input error, ${EXIT.internal} internal error,
${EXIT.io} a file or the output could not be read or written, ${EXIT.cancelled} cancelled
(${SIGNAL_EXIT.SIGHUP} and ${SIGNAL_EXIT.SIGTERM} when ended by SIGHUP or SIGTERM).
`,
  run: (_args, flags, context) => runEvaluate(toEvaluateOptions(flags), context),
};

/** How a script gives each required answer, for the "missing answers" message. */
const GIVE: Partial<Record<MissingKey, string>> = {
  pay: `--pay <${placeholderChoices('pay')}> (or --offered <pay> with --target <pay>)`,
  target: `--target <pay> to compare --offered with (or save one: ${PROGRAM} profile set --target <pay>)`,
};

function placeholderChoices(key: string): string {
  const spec = ANSWER_FLAGS.find((flag) => flag.key === key);
  return spec?.kind === 'choice' ? spec.choices.join('|') : 'value';
}

/** Every required answer still missing, as the flags that would give it. */
export function missingFlags(answers: PartialAnswers): string[] {
  return missingAnswers(answers)
    .filter((m) => m.required)
    .map(
      (m) =>
        GIVE[m.key] ?? (placeholderChoices(m.key) === 'value' ? flagsFor(m.key)! : `${flagsFor(m.key)} <${placeholderChoices(m.key)}>`),
    );
}

/** The profile is read only when it could fill something the flags left open. */
function profileCouldHelp(answers: PartialAnswers): boolean {
  return answers.employment === undefined || answers.ready === undefined || (answers.pay === undefined && answers.target === undefined);
}

function describeFromProfile(answers: PartialAnswers, keys: ProfileKey[]): string {
  const parts = keys.map((key) => {
    if (key === 'employment') return answers.employment === 'employed' ? 'employed' : 'between jobs';
    if (key === 'ready') return `ready to move: ${String(answers.ready)}`;
    const target = answers.target;
    return typeof target === 'object'
      ? `after ${formatMoney(target.amount, target.currency)} a year`
      : `after ${formatMoney(Number(target))} a year`;
  });
  return parts.join(', ');
}

export async function runEvaluate(options: EvaluateOptions, deps: Context): Promise<number> {
  const { io } = deps;
  let answers = options.answers;
  // The recruiter's message fills what the flags left open; the profile then fills the rest.
  let message: MessageReport | undefined;
  const reader = () => import('../message-input.js');
  if (options.message !== undefined) {
    const { readMessageNamed, withMessage } = await reader();
    const findings = await readMessageNamed(options.message, io, options.format === 'quiet');
    ({ answers, message } = withMessage(answers, findings));
  }
  let fromProfile: ProfileKey[] = [];
  if (options.profile && profileCouldHelp(answers)) {
    const profile = deps.profileStore().read();
    if (profile) ({ answers, fromProfile } = applyProfile(answers, profile));
  }
  if (message) answers = (await reader()).checkMessagePay(answers, message);
  // An offer and a target that cannot be compared are said before any question is asked.
  const { offered, target } = answers;
  if (offered !== undefined && target !== undefined) refusedAsUsage(() => payFiguresOf(offered, target), fromProfile);

  const interactive = canAsk(options, io);
  let askedEmployment = false;
  let askedAnything = false;
  // The questions go to stderr, so its colour follows stderr's terminal.
  const promptColour = colourLevel({ flag: options.colour, env: io.env, isTTY: io.stderr.isTTY === true }) > 0;
  if (interactive) {
    // On a terminal, with no --message, the message can be given first: what it says is not asked.
    if (message === undefined && anythingToAsk(answers) && messageCouldHelp(answers)) {
      const bytes = await askForMessage(deps.prompter({ colour: promptColour }));
      if (bytes) {
        const { findingsOf, withMessage, checkMessagePay, messageLines } = await reader();
        const findings = await findingsOf(bytes, 'the message', io, false);
        ({ answers, message } = withMessage(answers, findings));
        answers = checkMessagePay(answers, message);
        io.stderr.write(`\n${messageLines(message)}\n`);
      }
    }
    if (anythingToAsk(answers)) {
      if (fromProfile.length > 0) {
        io.stderr.write(
          `Using your saved profile (${describeFromProfile(answers, fromProfile)}). ` +
            `Change it with '${PROGRAM} profile set', or ignore it with --no-profile.\n`,
        );
      }
      const result = await askMissing(answers, deps.prompter({ colour: promptColour }));
      answers = result.answers;
      askedEmployment = result.asked.has('employment');
      askedAnything = result.asked.size > 0;
      // Set the verdict apart from the questions (on stderr, so stdout stays clean).
      if (options.format !== 'quiet') io.stderr.write('\n');
    }
  }

  const missing = missingFlags(answers);
  if (missing.length > 0) {
    // Off a terminal nothing is asked: say at once every flag still needed.
    throw new UsageError(`missing ${missing.length === 1 ? 'answer' : 'answers'}: ${missing.join('; ')}.`);
  }

  const verdict = refusedAsUsage(() => evaluate(answers as AnswersInput, { message: message?.findings ?? null }), fromProfile);

  if (
    answers.employment === 'unemployed' &&
    options.answers.ready !== undefined &&
    options.answers.ready !== 'yes' &&
    options.format !== 'quiet'
  ) {
    io.stderr.write(
      `warning: --ready ${options.answers.ready} is ignored: readiness only counts when you're employed (between jobs, you're looking).\n`,
    );
  }

  if (options.format === 'json') {
    io.stdout.write(renderJson(verdict));
  } else if (options.format === 'text') {
    const level = colourLevel({ flag: options.colour, env: io.env, isTTY: io.stdout.isTTY === true });
    const painter = await painterFor(level);
    io.stdout.write(
      renderText(verdict, {
        decorated: level > 0,
        painter,
        width: outputColumns(io.stdout, io.env) ?? 80,
        explain: options.explain,
        ...(message ? { message } : {}),
      }),
    );
  }

  if (askedEmployment) await offerToSave(verdict.answers, deps, promptColour);

  // In a conversation (something was asked), offer to keep the result;
  // a run whose flags said everything is not interrupted with a question.
  let save = options.save;
  if (!save && askedAnything) {
    io.stderr.write('\n');
    save = await deps.prompter({ colour: promptColour }).confirm({
      message: 'Keep this in your history, so you can record later what came of it?',
      default: false,
    });
  }
  if (save) {
    const id = saveToHistory(verdict, deps);
    if (options.format !== 'quiet') {
      io.stderr.write(`Saved to your history as ${id}. Later: ${PROGRAM} history outcome ${id} interviewed\n`);
    }
  }
  return EXIT[verdict.verdict];
}

/** Whether a message could still give an answer: the pay, the company, the role or the mass-pitch question. */
function messageCouldHelp(answers: PartialAnswers): boolean {
  return (
    (answers.pay === undefined && answers.offered === undefined) ||
    answers.company === undefined ||
    answers.role === undefined ||
    answers.massPitch === undefined
  );
}

/** Whether `file` is a regular file this process can read (checked as the path is typed). */
function isReadableFile(file: string): boolean {
  try {
    accessSync(file, constants.R_OK);
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

/**
 * On a terminal: the recruiter's message first, pasted into the person's
 * editor or read from a file they name; Enter skips. Undefined: skipped.
 */
async function askForMessage(prompter: Prompter): Promise<Uint8Array | undefined> {
  // A typed answer rather than a menu: a path is typed anyway, "e" is one key,
  // and the first question shows sooner (a menu's first drawing costs more).
  const answer = (
    await prompter.input({
      message: "Do you have the recruiter's message? Give its file (text or .eml), e to paste it in your editor, or Enter to skip:",
      validate: (value) => {
        const typed = value.trim();
        if (typed === '' || typed.toLowerCase() === 'e' || isReadableFile(typed)) return true;
        return `${typed} is not a file that can be read (e opens your editor; Enter skips).`;
      },
      empty: 'skipped',
    })
  ).trim();
  if (answer === '') return undefined;
  if (answer.toLowerCase() === 'e') {
    const text = await prompter.editor({ message: "Paste the recruiter's message" });
    return text.trim() === '' ? undefined : new TextEncoder().encode(text);
  }
  const { readMessageFile } = await import('../../io/message-file.js');
  return readMessageFile(answer);
}

/**
 * The flag (or flags) that give an answer, for messages: "--offered", "--employed or --unemployed";
 * an answer the saved profile gave says so, as no flag was typed for it.
 */
function flagFor(key: string, fromProfile: readonly ProfileKey[]): string {
  if ((fromProfile as readonly string[]).includes(key)) return `the ${key} saved in your profile (${PROGRAM} profile set --${key})`;
  return flagsFor(key) ?? stripControl(key);
}

/**
 * Runs `check` (evaluate(), or a part of it), reporting an answer it refuses
 * as a usage error that names the flags at fault: the values each flag could
 * check alone were checked when parsed; what is left is answers that
 * disagree (an offer and a target in two currencies) or a value from the
 * saved profile.
 */
function refusedAsUsage<T>(check: () => T, fromProfile: readonly ProfileKey[]): T {
  try {
    return check();
  } catch (error) {
    if (!(error instanceof InvalidAnswerError)) throw error;
    const detail = error.detail ?? error.message;
    throw new UsageError(`${error.keys.map((key) => flagFor(key, fromProfile)).join(' and ')}: ${detail}`);
  }
}

async function offerToSave(answers: { employment: string; ready: string }, deps: Context, colour: boolean): Promise<void> {
  const situation = answers.employment === 'employed' ? `employed, ready to move: ${answers.ready}` : 'between jobs';
  deps.io.stderr.write('\n');
  const save = await deps.prompter({ colour }).confirm({
    message: `Save "${situation}" to your profile, so it isn't asked next time?`,
    default: false,
  });
  if (!save) return;
  const store = deps.profileStore();
  await store.save(
    answers.employment === 'employed'
      ? { employment: 'employed', ready: answers.ready as 'yes' | 'open' | 'no' }
      : { employment: 'unemployed' },
  );
  deps.io.stderr.write(`Saved to ${store.path}. Change it any time with '${PROGRAM} profile set'.\n`);
}
