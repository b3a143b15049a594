import { describe, expect, it } from 'vitest';
import { asEvent, findEntry, foldHistory, tally, type HistoryEvent } from '../../src/core/history.js';
import { evaluate } from '../../src/core/rules.js';

const take = evaluate({ employment: 'employed', skills: 'strong', pay: 'match', company: 'Acme' });
const pass = evaluate({ employment: 'employed', skills: 'none', pay: 'match', company: 'Zed' });
const saved = (id: string, at: string, r = take): HistoryEvent => ({
  type: 'evaluated',
  id,
  at,
  verdict: r.verdict,
  score: r.score,
  answers: r.answers,
});

describe('foldHistory', () => {
  it('lists entries newest first with their outcomes', () => {
    const entries = foldHistory([
      saved('aaaa1111', '2026-01-01T10:00:00Z'),
      saved('bbbb2222', '2026-01-02T10:00:00Z', pass),
      { type: 'outcome', id: 'aaaa1111', at: '2026-01-03T10:00:00Z', outcome: 'interviewed' },
      { type: 'outcome', id: 'aaaa1111', at: '2026-01-04T10:00:00Z', outcome: 'offer' },
      { type: 'outcome', id: 'nope', at: '2026-01-04T10:00:00Z', outcome: 'offer' },
    ]);
    expect(entries.map((e) => [e.id, e.company, e.outcome])).toEqual([
      ['bbbb2222', 'Zed', undefined],
      ['aaaa1111', 'Acme', 'offer'],
    ]);
  });

  it('applies removals and clears in order', () => {
    const entries = foldHistory([
      saved('a', '2026-01-01T00:00:00Z'),
      { type: 'cleared', at: '2026-01-02T00:00:00Z' },
      saved('b', '2026-01-03T00:00:00Z'),
      saved('c', '2026-01-04T00:00:00Z'),
      { type: 'removed', id: 'c', at: '2026-01-05T00:00:00Z' },
    ]);
    expect(entries.map((e) => e.id)).toEqual(['b']);
  });

  it('never hides an entry behind a repeated id: the second is <id>~2, and events naming that apply to it', () => {
    const entries = foldHistory([
      saved('abcd1234', '2026-01-01T00:00:00Z'),
      saved('abcd1234', '2026-01-02T00:00:00Z', pass),
      { type: 'outcome', id: 'abcd1234~2', at: '2026-01-03T00:00:00Z', outcome: 'declined' },
      { type: 'outcome', id: 'abcd1234', at: '2026-01-03T00:00:00Z', outcome: 'offer' },
      saved('abcd1234', '2026-01-04T00:00:00Z'),
      { type: 'removed', id: 'abcd1234~3', at: '2026-01-05T00:00:00Z' },
    ]);
    expect(entries.map((e) => [e.id, e.company, e.outcome])).toEqual([
      ['abcd1234~2', 'Zed', 'declined'],
      ['abcd1234', 'Acme', 'offer'],
    ]);
    expect(findEntry(entries, 'abcd1234')).toMatchObject({ company: 'Acme' });
    expect(findEntry(entries, 'abcd')).toBe('ambiguous');
  });
});

describe('tally', () => {
  it('counts takes and passes apart, and what led to an interview or an offer', () => {
    const entries = foldHistory([
      saved('a', '2026-01-01T00:00:00Z'),
      saved('b', '2026-01-02T00:00:00Z'),
      saved('c', '2026-01-03T00:00:00Z'),
      saved('d', '2026-01-04T00:00:00Z', pass),
      { type: 'outcome', id: 'a', at: '2026-01-05T00:00:00Z', outcome: 'interviewed' },
      { type: 'outcome', id: 'b', at: '2026-01-05T00:00:00Z', outcome: 'offer' },
      { type: 'outcome', id: 'c', at: '2026-01-05T00:00:00Z', outcome: 'no-reply' },
      { type: 'outcome', id: 'd', at: '2026-01-05T00:00:00Z', outcome: 'declined' },
    ]);
    expect(tally(entries)).toEqual({ take: { total: 3, interviewed: 2, offers: 1 }, pass: { total: 1, interviewed: 0, offers: 0 } });
  });
});

describe('findEntry and asEvent', () => {
  const entries = foldHistory([saved('abcd1234', '2026-01-01T00:00:00Z'), saved('abce5678', '2026-01-02T00:00:00Z')]);
  it('finds by id or a unique start of at least four characters', () => {
    expect(findEntry(entries, 'abcd1234')?.valueOf()).toMatchObject({ id: 'abcd1234' });
    expect(findEntry(entries, 'abcd')).toMatchObject({ id: 'abcd1234' });
    expect(findEntry(entries, 'abc')).toBeUndefined();
    expect(findEntry(entries, 'ab')).toBeUndefined();
    expect(findEntry(entries, 'zzzz')).toBeUndefined();
    expect(findEntry(foldHistory([saved('abcd1', 'x'), saved('abcd2', 'y')]), 'abcd')).toBe('ambiguous');
  });
  it('accepts only well-formed events', () => {
    expect(asEvent({ type: 'outcome', id: 'a', at: 'x', outcome: 'hired' })).toBeUndefined();
    expect(asEvent({ type: 'evaluated', id: 'a', at: 'x' })).toBeUndefined();
    expect(asEvent({ type: 'whatever', at: 'x' })).toBeUndefined();
    expect(asEvent(null)).toBeUndefined();
    expect(asEvent({ type: 'cleared', at: 'x' })).toEqual({ type: 'cleared', at: 'x' });
  });
});
