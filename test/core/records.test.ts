import { describe, expect, it } from 'vitest';
import { recordToAnswers, RecordError } from '../../src/core/records.js';

describe('recordToAnswers', () => {
  it('takes JSON values as they are', () => {
    expect(
      recordToAnswers({ employment: 'employed', skills: 'strong', pay: 'match', massPitch: true, concerns: ['reviews'], company: 'Acme', target: 120000 }),
    ).toEqual({ employment: 'employed', skills: 'strong', pay: 'match', massPitch: true, concerns: ['reviews'], company: 'Acme', target: 120000 });
  });

  it('reads CSV text: booleans, lists, numbers, and empty cells as not given', () => {
    expect(
      recordToAnswers({ employment: ' employed ', skills: 'partial', pay: '', massPitch: 'yes', concerns: 'reviews, no-time;unsure', target: '120000', offered: '100k-130k', role: '' }),
    ).toEqual({ employment: 'employed', skills: 'partial', massPitch: true, concerns: ['reviews', 'no-time', 'unsure'], target: 120000, offered: '100k-130k' });
    expect(recordToAnswers({ massPitch: 'no', concerns: 'none' })).toEqual({ massPitch: false, concerns: [] });
    expect(recordToAnswers({ massPitch: '0', concerns: null })).toEqual({ massPitch: false });
  });

  it('ignores fields it does not know', () => {
    expect(recordToAnswers({ skills: 'strong', notes: 'call back', url: 'x' })).toEqual({ skills: 'strong' });
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
