// The evaluate command's run function: options in, output and an exit code
// out. It reaches the outside world only through the dependencies it is
// given: the streams, the profile store and the prompter.

import { InvalidAnswerError, PAY, payFiguresOf, SKILLS, type AnswersInput } from '../core/answers.js';
import { formatMoney } from '../core/pay.js';
import { applyProfile, type PartialAnswers, type ProfileKey } from '../core/profile.js';
import { evaluate } from '../core/rules.js';
import { stripControl } from '../core/sanitize.js';
import { FLAGS } from './flags.js';
import { renderJson } from '../render/json.js';
import { outputColumns } from '../render/width.js';
import { renderText } from '../render/text.js';
import { colourLevel } from '../io/colour.js';
import { painterFor } from '../io/painter.js';
import type { IOStreams } from '../io/streams.js';
import type { ProfileStore } from '../io/profile-store.js';
import { saveToHistory, type HistoryDeps } from './history-command.js';
import { EXIT, PROGRAM, UsageError } from './errors.js';
import type { EvaluateOptions } from './options.js';
import type { Prompter } from './prompter.js';
import { anythingToAsk, askMissing } from './questions.js';

export interface EvaluateDeps extends HistoryDeps {
  io: IOStreams;
  profileStore(): ProfileStore;
  prompter(options: { colour: boolean }): Prompter;
}

/** Every required answer still missing, as the flags that would give it. */
export function missingFlags(answers: PartialAnswers): string[] {
  const missing: string[] = [];
  if (answers.employment === undefined) missing.push('--employed or --unemployed');
  if (answers.skills === undefined) missing.push(`--skills <${SKILLS.join('|')}>`);
  if (answers.pay === undefined && answers.offered === undefined) {
    missing.push(`--pay <${PAY.join('|')}> (or --offered <pay> with --target <pay>)`);
  } else if (answers.offered !== undefined && answers.target === undefined) {
    missing.push(`--target <pay> to compare --offered with (or save one: ${PROGRAM} profile set --target <pay>)`);
  }
  return missing;
}

/**
 * Questions are asked only when a person can answer them: stdin and stderr
 * (where the questions go) are terminals, and neither --no-input nor
 * SHOULD_I_INTERVIEW_NO_INPUT=1 says otherwise. stdout may be redirected:
 * `should-i-interview --json > verdict.json` still asks.
 */
export function canAsk(options: Pick<EvaluateOptions, 'input'>, io: IOStreams): boolean {
  return options.input && io.env.SHOULD_I_INTERVIEW_NO_INPUT !== '1' && io.stdin.isTTY === true && io.stderr.isTTY === true;
}

/** The profile is read only when it could fill something the flags left open. */
function profileCouldHelp(answers: PartialAnswers): boolean {
  return (
    answers.employment === undefined ||
    answers.ready === undefined ||
    (answers.pay === undefined && answers.target === undefined)
  );
}

function describeFromProfile(answers: PartialAnswers, keys: ProfileKey[]): string {
  const parts = keys.map((key) => {
    if (key === 'employment') return answers.employment === 'employed' ? 'employed' : 'between jobs';
    if (key === 'ready') return `ready to move: ${String(answers.ready)}`;
    const target = answers.target;
    return typeof target === 'object' ? `after ${formatMoney(target.amount, target.currency)} a year` : `after ${formatMoney(Number(target))} a year`;
  });
  return parts.join(', ');
}

export async function runEvaluate(options: EvaluateOptions, deps: EvaluateDeps): Promise<number> {
  const { io } = deps;
  let answers = options.answers;
  let fromProfile: ProfileKey[] = [];
  if (options.profile && profileCouldHelp(answers)) {
    const profile = deps.profileStore().read();
    if (profile) ({ answers, fromProfile } = applyProfile(answers, profile));
  }
  // An offer and a target that cannot be compared are said before any question is asked.
  const { offered, target } = answers;
  if (offered !== undefined && target !== undefined) refusedAsUsage(() => payFiguresOf(offered, target), fromProfile);

  const interactive = canAsk(options, io);
  let askedEmployment = false;
  let askedAnything = false;
  // The questions go to stderr, so its colour follows stderr's terminal.
  const promptColour = colourLevel({ flag: options.colour, env: io.env, isTTY: io.stderr.isTTY === true }) > 0;
  if (interactive) {
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

  const verdict = refusedAsUsage(() => evaluate(answers as AnswersInput), fromProfile);

  if (answers.employment === 'unemployed' && options.answers.ready !== undefined && options.answers.ready !== 'yes' && options.format !== 'quiet') {
    io.stderr.write(`warning: --ready ${options.answers.ready} is ignored: readiness only counts when you're employed (between jobs, you're looking).\n`);
  }

  if (options.format === 'json') {
    io.stdout.write(renderJson(verdict));
  } else if (options.format === 'text') {
    const level = colourLevel({ flag: options.colour, env: io.env, isTTY: io.stdout.isTTY === true });
    const painter = await painterFor(level);
    io.stdout.write(renderText(verdict, { decorated: level > 0, painter, width: outputColumns(io.stdout, io.env) ?? 80, explain: options.explain }));
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

/**
 * The flag (or flags) that give an answer, for messages: "--offered", "--employed or --unemployed";
 * an answer the saved profile gave says so, as no flag was typed for it.
 */
function flagFor(key: string, fromProfile: readonly ProfileKey[]): string {
  if ((fromProfile as readonly string[]).includes(key)) return `the ${key} saved in your profile (${PROGRAM} profile set --${key})`;
  if (key === 'employment') return '--employed or --unemployed';
  const answerToFlag: Record<string, string> = { concerns: 'concern' };
  const spec = FLAGS.find((flag) => flag.key === (answerToFlag[key] ?? key) && !flag.long.startsWith('--no-'));
  return spec ? spec.long : stripControl(key);
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

async function offerToSave(answers: { employment: string; ready: string }, deps: EvaluateDeps, colour: boolean): Promise<void> {
  const situation =
    answers.employment === 'employed' ? `employed, ready to move: ${answers.ready}` : 'between jobs';
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
