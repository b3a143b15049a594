// The interactive flow: asks, in a natural order, every answer that no flag
// and no saved profile gave. Talks only to a Prompter, so tests can drive it
// with a scripted fake.

import { CONCERNS, type Concern, type Employment, type Pay, type Ready, type Skills, type WouldTake } from '../core/answers.js';
import {
  formatMoney,
  formatRange,
  parsePay,
  parseTarget,
  PayParseError,
  sameCurrency,
  type Currency,
  type PayFigure,
  type PayRange,
} from '../core/pay.js';
import { isMissing, missingAnswers } from '../core/missing.js';
import type { PartialAnswers } from '../core/profile.js';
import type { Choice, Prompter } from './prompter.js';

/** Which answers a question filled in, for the save offer at the end. */
export type Asked = Set<
  'company' | 'role' | 'employment' | 'ready' | 'skills' | 'pay' | 'offered' | 'target' | 'massPitch' | 'wouldTake' | 'concerns'
>;

/** What an empty answer reads as once given: never a blank. */
export const NOT_SAID = 'not said';
export const NONE = 'none';

const CONCERN_CHOICES: Choice<Concern>[] = [
  { value: 'reviews', name: 'Bad reviews on a review site' },
  { value: 'hearsay', name: 'Someone told me the company is bad' },
  { value: 'no-time', name: "I don't have the time" },
  { value: 'no-mood', name: "I don't feel like it" },
  { value: 'unsure', name: "I'm not sure it's for me" },
];

/** An Inquirer validator from a pay parser: true, or the parser's message. */
function validatorFor(parse: (text: string) => unknown, { allowEmpty = false } = {}) {
  return (value: string): true | string => {
    if (allowEmpty && value.trim() === '') return true;
    try {
      parse(value);
      return true;
    } catch (error) {
      if (error instanceof PayParseError) return error.message;
      throw error;
    }
  };
}

/**
 * A pay parser that also refuses a currency other than the one the figure it
 * is compared with was given in: nothing is converted, and refusing it at the
 * question is better than a usage error once every question is answered.
 */
function inCurrencyOf<T extends { currency?: Currency }>(parse: (text: string) => T, other: Currency | undefined, otherShown: string) {
  return (text: string): T => {
    const value = parse(text);
    if (!sameCurrency(value.currency, other)) {
      throw new PayParseError(
        `"${text.trim()}" is in a different currency from ${otherShown}: give it in the same one (nothing is converted).`,
      );
    }
    return value;
  };
}

/** True when at least one answer would be asked (the company and role aside, which only a question that is asked anyway asks for). */
export function anythingToAsk(answers: PartialAnswers): boolean {
  return missingAnswers(answers).length > 0;
}

export async function askMissing(given: PartialAnswers, prompter: Prompter): Promise<{ answers: PartialAnswers; asked: Asked }> {
  const answers: PartialAnswers = { ...given };
  const asked: Asked = new Set();

  // Optional labels, so a saved history entry says which opportunity it was.
  if (answers.company === undefined) {
    const company = (await prompter.input({ message: 'Which company is it? (optional: Enter skips)', empty: NOT_SAID })).trim();
    if (company !== '') answers.company = company;
    asked.add('company');
  }
  if (answers.role === undefined) {
    const role = (await prompter.input({ message: 'What is the role? (optional: Enter skips)', empty: NOT_SAID })).trim();
    if (role !== '') answers.role = role;
    asked.add('role');
  }

  if (isMissing(answers, 'employment')) {
    answers.employment = await prompter.select<Employment>({
      message: 'Do you have a job right now?',
      choices: [
        { value: 'employed', name: "Yes, I'm employed" },
        { value: 'unemployed', name: "No, I'm between jobs" },
      ],
      default: 'employed',
    });
    asked.add('employment');
  }

  // Readiness only matters with a job: someone between jobs is looking.
  if (isMissing(answers, 'ready')) {
    answers.ready = await prompter.select<Ready>({
      message: 'Are you ready to make a move?',
      choices: [
        { value: 'yes', name: "Yes, I'm ready to move" },
        { value: 'open', name: "I'm open to the right thing" },
        { value: 'no', name: "No, I'm happy where I am" },
      ],
      default: 'open',
    });
    asked.add('ready');
  }

  if (isMissing(answers, 'skills')) {
    answers.skills = await prompter.select<Skills>({
      message: 'How well does the role fit your skills?',
      choices: [
        { value: 'strong', name: "Strongly: it's right in my wheelhouse" },
        {
          value: 'partial',
          name: 'Partly: some of it fits',
          description: 'Some of what they need is what you do, some is new to you.',
        },
        {
          value: 'none',
          name: "Not at all: it's a different line of work",
          description: 'Like a building-products sales manager asked to sell life insurance.',
        },
      ],
      default: 'partial',
    });
    asked.add('skills');
  }

  if (isMissing(answers, 'target')) {
    // --offered was given but there is nothing to compare it with.
    const offered: PayRange = typeof answers.offered === 'string' ? parsePay(answers.offered) : answers.offered!;
    const parse = inCurrencyOf(parseTarget, offered.currency, `the offer (${formatRange(offered)})`);
    const target = await prompter.input({
      message: 'What yearly pay are you after? (e.g. 120k)',
      validate: validatorFor(parse),
    });
    answers.target = parse(target);
    asked.add('target');
  } else if (isMissing(answers, 'pay')) {
    if (answers.target !== undefined) {
      // With a target known, the figure they mentioned says more than a category.
      const target: PayFigure =
        typeof answers.target === 'number'
          ? { amount: answers.target }
          : typeof answers.target === 'string'
            ? parseTarget(answers.target)
            : answers.target;
      const shown = formatMoney(target.amount, target.currency);
      const parse = inCurrencyOf(parsePay, target.currency, `the pay you are after (${shown})`);
      const offered = await prompter.input({
        message: `What pay did they mention? You're after ${shown}. (e.g. 100k-130k, 55/hr; leave empty if they didn't say)`,
        validate: validatorFor(parse, { allowEmpty: true }),
        empty: NOT_SAID,
      });
      if (offered.trim() === '') answers.pay = 'unknown';
      else answers.offered = parse(offered);
      asked.add('offered');
    } else {
      answers.pay = await prompter.select<Pay>({
        message: 'How does the pay compare with what you are after?',
        choices: [
          { value: 'above', name: "It's more than I'm after" },
          { value: 'match', name: "It's about what I'm after" },
          {
            value: 'near',
            name: "It's a little below, within reach",
            description: 'Short by up to about 15%: close enough to talk about.',
          },
          { value: 'below', name: "It's well below what I'm after" },
          {
            value: 'unknown',
            name: "I don't know yet",
            description: 'Pay is often vague before the interview, and often ends up better.',
          },
        ],
        default: 'unknown',
      });
      asked.add('pay');
    }
  }

  if (isMissing(answers, 'massPitch')) {
    answers.massPitch = await prompter.confirm({
      message: 'Did it sound like a generic pitch sent to lots of people?',
      default: false,
    });
    asked.add('massPitch');
  }

  if (isMissing(answers, 'wouldTake')) {
    answers.wouldTake = await prompter.select<WouldTake>({
      message: 'If it turned out to be everything you hoped, would you take it?',
      choices: [
        { value: 'yes', name: 'Yes' },
        { value: 'maybe', name: 'Maybe' },
        { value: 'no', name: "No: I'm 100% sure I never would" },
      ],
      default: 'maybe',
    });
    asked.add('wouldTake');
  }

  if (isMissing(answers, 'concerns')) {
    const chosen = await prompter.checkbox<Concern>({
      message: 'Anything holding you back?',
      choices: CONCERN_CHOICES,
      empty: NONE,
    });
    answers.concerns = CONCERNS.filter((c) => chosen.includes(c));
    asked.add('concerns');
  }

  return { answers, asked };
}
