// Choices as people type them (issue 11): trimmed, any case, and always
// given back as the canonical lower-case value. The library, and through it
// CSV and JSON records, match them this way.
import { describe, expect, it } from 'vitest';
import {
  CONCERNS,
  EMPLOYMENT,
  InvalidAnswerError,
  matchChoice,
  normaliseAnswers,
  PAY,
  READY,
  SKILLS,
  WOULD_TAKE,
  type AnswersInput,
} from '../../src/core/answers.js';
import { recordToAnswers } from '../../src/core/records.js';
import { evaluate } from '../../src/core/rules.js';

/** Typed values a person may give, which the library takes as they are. */
const loose = (input: Record<string, unknown>) => input as unknown as AnswersInput;

function thrown(run: () => unknown): InvalidAnswerError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidAnswerError);
    return error as InvalidAnswerError;
  }
  throw new Error('expected an InvalidAnswerError');
}

describe('matchChoice', () => {
  it('gives the canonical choice for any case and spaces around it', () => {
    expect(matchChoice('Strong', SKILLS)).toBe('strong');
    expect(matchChoice(' ABOVE\t', PAY)).toBe('above');
    expect(matchChoice('No-Time', CONCERNS)).toBe('no-time');
    expect(matchChoice('\u00a0open\n', READY)).toBe('open');
  });

  it('gives undefined for anything else', () => {
    for (const value of [
      '',
      ' ',
      'great',
      'strongly',
      'no time',
      'no_time',
      'st rong',
      42,
      true,
      null,
      undefined,
      ['strong'],
      { toString: () => 'strong' },
    ]) {
      expect(matchChoice(value, [...SKILLS, ...CONCERNS])).toBeUndefined();
    }
  });

  it('does not change the published lists, which stay frozen and lower-case', () => {
    for (const list of [EMPLOYMENT, READY, SKILLS, PAY, WOULD_TAKE, CONCERNS]) {
      expect(Object.isFrozen(list)).toBe(true);
      for (const choice of list) expect(choice).toBe(choice.toLowerCase());
    }
    matchChoice('STRONG', SKILLS);
    expect(SKILLS).toEqual(['strong', 'partial', 'none']);
  });
});

describe('the library takes choices as typed', () => {
  it('evaluate() gives the canonical values in answers', () => {
    const result = evaluate(loose({ employment: 'Employed', skills: ' Strong ', pay: 'ABOVE' }));
    expect(result.answers).toMatchObject({ employment: 'employed', skills: 'strong', pay: 'above', ready: 'open' });
  });

  it('gives the same verdict as the canonical values', () => {
    const typed = evaluate(
      loose({
        employment: 'UNEMPLOYED',
        ready: ' Yes',
        skills: 'Partial',
        pay: 'Near',
        wouldTake: 'MAYBE',
        concerns: [' Reviews', 'NO-TIME'],
      }),
    );
    const canonical = evaluate({
      employment: 'unemployed',
      ready: 'yes',
      skills: 'partial',
      pay: 'near',
      wouldTake: 'maybe',
      concerns: ['reviews', 'no-time'],
    });
    expect(typed).toEqual(canonical);
  });

  it('de-duplicates concerns however they are typed, in the published order', () => {
    const answers = normaliseAnswers(
      loose({ employment: 'employed', skills: 'strong', pay: 'match', concerns: ['Unsure', 'reviews', ' UNSURE ', 'Reviews'] }),
    );
    expect(answers.concerns).toEqual(['reviews', 'unsure']);
  });

  it('fills defaults from a typed employment', () => {
    expect(normaliseAnswers(loose({ employment: ' Unemployed', skills: 'none', pay: 'Unknown' })).ready).toBe('yes');
  });

  it('takes a pay in any case beside the figures it agrees with', () => {
    const first = evaluate({ employment: 'employed', skills: 'strong', offered: '130k', target: '120k' });
    const again = evaluate(loose({ ...first.answers, pay: first.answers.pay.toUpperCase() }));
    expect(again.answers.pay).toBe(first.answers.pay);
    expect(() => evaluate(loose({ ...first.answers, pay: 'Below' }))).toThrow(InvalidAnswerError);
  });

  it('keeps massPitch a boolean: text is still refused', () => {
    expect(thrown(() => evaluate(loose({ employment: 'employed', skills: 'strong', pay: 'match', massPitch: 'True' }))).key).toBe(
      'massPitch',
    );
  });

  const wrong: Array<[string, Record<string, unknown>, string, readonly string[]]> = [
    ['an unknown pay in capitals', { pay: 'GREAT' }, 'pay', PAY],
    ['a choice with a space inside', { skills: 'str ong' }, 'skills', SKILLS],
    ['an empty choice', { skills: '  ' }, 'skills', SKILLS],
    ['a choice that only starts like one', { employment: 'Employ' }, 'employment', EMPLOYMENT],
    ['an unknown readiness', { ready: 'Maybe' }, 'ready', READY],
    ['an unknown wouldTake', { wouldTake: 'SURE' }, 'wouldTake', WOULD_TAKE],
    ['an unknown concern', { concerns: ['Reviews', 'Boredom'] }, 'concerns', CONCERNS],
    ['a concern that is not text', { concerns: [1] }, 'concerns', CONCERNS],
    ['a choice that is not text', { skills: 1 }, 'skills', SKILLS],
  ];
  for (const [name, change, key, allowed] of wrong) {
    it(`still refuses ${name}, naming the key and listing the choices`, () => {
      const error = thrown(() => evaluate(loose({ employment: 'employed', skills: 'strong', pay: 'match', ...change })));
      expect(error.key).toBe(key);
      expect(error.allowed).toEqual(allowed);
      expect(error.message).toContain(key);
      expect(error.message).toContain(allowed.join(', '));
    });
  }

  it('quotes the value as typed when refusing it', () => {
    expect(() => evaluate(loose({ employment: 'employed', skills: 'strong', pay: ' Great ' }))).toThrow(
      'Invalid answer "pay": " Great " is not one of above, match, near, below, unknown.',
    );
  });
});

describe('records (CSV and JSON cells) take choices as typed', () => {
  it('a CSV row written by hand', () => {
    const cells = {
      employment: 'Employed',
      ready: 'Open',
      skills: 'Strong',
      pay: 'Above',
      wouldTake: 'Yes',
      massPitch: 'No',
      concerns: 'Reviews, Hearsay',
    };
    const result = evaluate(recordToAnswers(cells) as AnswersInput);
    expect(result.answers).toMatchObject({
      employment: 'employed',
      ready: 'open',
      skills: 'strong',
      pay: 'above',
      wouldTake: 'yes',
      massPitch: false,
      concerns: ['reviews', 'hearsay'],
    });
  });

  it('a JSON record', () => {
    const result = evaluate(
      recordToAnswers({ employment: ' UNEMPLOYED ', skills: 'Partial', pay: 'Match', concerns: ['No-Mood'] }) as AnswersInput,
    );
    expect(result.answers).toMatchObject({
      employment: 'unemployed',
      ready: 'yes',
      skills: 'partial',
      pay: 'match',
      concerns: ['no-mood'],
    });
  });
});
