// The evaluate command's run function: options in, output and an exit code
// out. It reaches the outside world only through the IOStreams it is given.

import { REQUIRED_KEYS, PAY, SKILLS, type AnswersInput, type RequiredKey } from '../core/answers.js';
import { evaluate } from '../core/rules.js';
import { renderJson } from '../render/json.js';
import { renderText } from '../render/text.js';
import { colourLevel } from '../io/colour.js';
import { painterFor } from '../io/painter.js';
import type { IOStreams } from '../io/streams.js';
import { EXIT, UsageError } from './errors.js';
import type { EvaluateOptions } from './program.js';

/** How to give each required answer on the command line. */
const FLAG_FOR: Record<RequiredKey, string> = {
  employment: '--employed or --unemployed',
  skills: `--skills <${SKILLS.join('|')}>`,
  pay: `--pay <${PAY.join('|')}>`,
};

export function missingAnswers(answers: Partial<AnswersInput>): RequiredKey[] {
  return REQUIRED_KEYS.filter((key) => answers[key] === undefined);
}

export async function runEvaluate(options: EvaluateOptions, io: IOStreams): Promise<number> {
  const missing = missingAnswers(options.answers);
  if (missing.length > 0) {
    // Never wait for input here: this path answers at once, on a terminal
    // or off it, and names every flag still needed.
    const flags = missing.map((key) => FLAG_FOR[key]);
    throw new UsageError(`missing ${missing.length === 1 ? "answer" : "answers"}: ${flags.join('; ')}.`);
  }

  const verdict = evaluate(options.answers as AnswersInput);

  if (options.format === 'json') {
    io.stdout.write(renderJson(verdict));
  } else if (options.format === 'text') {
    const level = colourLevel({ flag: options.colour, env: io.env, isTTY: io.stdout.isTTY === true });
    const painter = await painterFor(level);
    io.stdout.write(
      renderText(verdict, { decorated: level > 0, painter, width: io.stdout.columns ?? 80 }),
    );
  }
  return EXIT[verdict.verdict];
}
