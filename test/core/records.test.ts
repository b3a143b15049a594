import { describe, expect, it } from 'vitest';
import {
  duplicateColumns,
  duplicateMessage,
  matchColumn,
  missingHint,
  readRecord,
  recordToAnswers,
  RecordError,
  unknownColumnMessage,
} from '../../src/core/records.js';

describe('recordToAnswers', () => {
  it('takes JSON values as they are', () => {
    const record = {
      employment: 'employed',
      skills: 'strong',
      pay: 'match',
      massPitch: true,
      concerns: ['reviews'],
      company: 'Acme',
      target: 120000,
    };
    expect(recordToAnswers({ ...record })).toEqual(record);
  });

  it('reads CSV text: booleans, lists, numbers, and empty cells as not given', () => {
    expect(
      recordToAnswers({
        employment: ' employed ',
        skills: 'partial',
        pay: '',
        massPitch: 'yes',
        concerns: 'reviews, no-time;unsure',
        target: '120000',
        offered: '100k-130k',
        role: '',
      }),
    ).toEqual({
      employment: 'employed',
      skills: 'partial',
      massPitch: true,
      concerns: ['reviews', 'no-time', 'unsure'],
      target: 120000,
      offered: '100k-130k',
    });
    expect(recordToAnswers({ massPitch: 'no', concerns: 'none' })).toEqual({ massPitch: false, concerns: [] });
    expect(recordToAnswers({ massPitch: '0', concerns: null })).toEqual({ massPitch: false });
  });

  it('leaves labels and unknown fields out of the answers', () => {
    expect(recordToAnswers({ skills: 'strong', notes: 'call back', url: 'x', colour: 'red' })).toEqual({ skills: 'strong' });
  });

  it('names the field at fault', () => {
    const error = (() => {
      try {
        recordToAnswers({ massPitch: 'perhaps' });
      } catch (e) {
        return e as RecordError;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(RecordError);
    expect(error?.field).toBe('massPitch');
  });

  it('rejects what is not an object', () => {
    for (const value of [42, 'text', null, ['employed']]) expect(() => recordToAnswers(value)).toThrow(RecordError);
  });
});

describe('names as people write them (issue 11)', () => {
  it('matches every answer and label ignoring case, spaces, dashes and underscores', () => {
    for (const name of ['wouldTake', 'would-take', 'would_take', 'Would take', 'WOULDTAKE', ' would take ']) {
      expect(recordToAnswers({ [name]: 'no' })).toEqual({ wouldTake: 'no' });
    }
    for (const name of ['massPitch', 'Mass Pitch', 'mass-pitch', 'MASS_PITCH'])
      expect(recordToAnswers({ [name]: 'yes' })).toEqual({ massPitch: true });
    expect(
      recordToAnswers({ Employment: 'employed', SKILLS: 'strong', 'Pay ': 'match', Company: 'Acme', ROLE: 'Rep', Concerns: 'reviews' }),
    ).toEqual({
      employment: 'employed',
      skills: 'strong',
      pay: 'match',
      company: 'Acme',
      role: 'Rep',
      concerns: ['reviews'],
    });
  });

  it('carries url, notes and id as labels, cleaned of control characters', () => {
    expect(readRecord({ skills: 'strong', URL: 'https://x.example/\u001b[31mjob', Notes: 'call\u0007 back', ID: 42 })).toEqual({
      answers: { skills: 'strong' },
      labels: { url: 'https://x.example/job', notes: 'call back', id: '42' },
    });
    expect(readRecord({ skills: 'strong', notes: '  ' }).labels).toBeUndefined();
  });

  it('names unknown fields, with the nearest known name when one is close', () => {
    expect(readRecord({ skills: 'strong', wouldtak: 'no', colour: 'red', '': 'x' }).unknown).toEqual(['wouldtak', 'colour']);
    expect(matchColumn('wouldtak')).toEqual({ unknown: 'wouldtak', suggestion: 'wouldTake' });
    expect(matchColumn('Skils')).toEqual({ unknown: 'Skils', suggestion: 'skills' });
    expect(matchColumn('colour')).toEqual({ unknown: 'colour' });
    expect(matchColumn('Would take')).toEqual({ known: 'wouldTake' });
    expect(unknownColumnMessage({ unknown: 'wouldtak', suggestion: 'wouldTake' })).toBe(
      'column `wouldtak` is not an answer; did you mean `wouldTake`?',
    );
    expect(unknownColumnMessage({ unknown: 'colour' })).toMatch(/^column `colour` is neither an answer nor a label/);
  });

  it('two names for one field: found in a header, and an error in a JSON record naming both', () => {
    expect(duplicateColumns(['pay', 'Would take', 'skills', 'would-take'])).toEqual([['Would take', 'would-take']]);
    expect(duplicateColumns(['pay', 'notes', 'colour', 'colour'])).toEqual([]);
    expect(duplicateMessage(['Would take', 'would-take'])).toBe(
      'columns `Would take` and `would-take` both give "wouldTake": keep one of them',
    );
    expect(() => readRecord({ wouldTake: 'no', 'would take': 'yes' })).toThrow(/`wouldTake` and `would take`/);
  });
});

describe('values as people type them (issue 11)', () => {
  it('yes/no cells take yes/no, y/n, true/false, 1/0 and x for a ticked box, in any case', () => {
    for (const yes of ['yes', 'Y', 'TRUE', '1', 'x', 'X', ' y ']) expect(recordToAnswers({ massPitch: yes })).toEqual({ massPitch: true });
    for (const no of ['no', 'N', 'False', '0']) expect(recordToAnswers({ massPitch: no })).toEqual({ massPitch: false });
    for (const [cell, value] of [
      ['y', 'yes'],
      ['x', 'yes'],
      ['TRUE', 'yes'],
      ['1', 'yes'],
      ['n', 'no'],
      ['0', 'no'],
      ['false', 'no'],
      ['Maybe', 'Maybe'],
      [true, 'yes'],
      [false, 'no'],
    ] as const) {
      expect(recordToAnswers({ wouldTake: cell })).toEqual({ wouldTake: value });
    }
    expect(() => recordToAnswers({ massPitch: 'perhaps' })).toThrow(/x for a ticked box/);
  });

  it('a blank or whitespace-only cell is not said, as an omitted flag', () => {
    expect(recordToAnswers({ massPitch: '  ', wouldTake: '', pay: ' \t', concerns: 'None' })).toEqual({ concerns: [] });
  });

  it('a required answer left blank has the value to use', () => {
    expect(missingHint('pay')).toBe("use `unknown` if it hasn't been discussed");
    expect(missingHint('employment')).toBeUndefined(); // its message lists the choices
    expect(missingHint('concerns')).toBeUndefined();
  });
});
