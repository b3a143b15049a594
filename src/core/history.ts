// The history: an append-only log of events, folded into the list of
// opportunities evaluated and what came of them. Pure: the events come in,
// entries and tallies come out. Appending and reading the file is
// src/io/history-store.ts's job.

import type { Answers } from './answers.js';
import type { VerdictKind } from './score.js';

export const OUTCOMES = Object.freeze(['interviewed', 'offer', 'declined', 'no-reply'] as const);
export type Outcome = (typeof OUTCOMES)[number];

export type HistoryEvent =
  | { type: 'evaluated'; id: string; at: string; verdict: VerdictKind; score: number; answers: Answers }
  | { type: 'outcome'; id: string; at: string; outcome: Outcome }
  | { type: 'removed'; id: string; at: string }
  | { type: 'cleared'; at: string };

export interface HistoryEntry {
  id: string;
  at: string;
  company?: string;
  role?: string;
  verdict: VerdictKind;
  score: number;
  answers: Answers;
  outcome?: Outcome;
  outcomeAt?: string;
}

/** Checks one parsed line; returns undefined for anything that is not a well-formed event. */
export function asEvent(value: unknown): HistoryEvent | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  const e = value as Record<string, unknown>;
  if (typeof e.at !== 'string') return undefined;
  switch (e.type) {
    case 'evaluated': {
      if (typeof e.id !== 'string' || (e.verdict !== 'take' && e.verdict !== 'pass') || typeof e.score !== 'number') return undefined;
      const answers = e.answers as Record<string, unknown> | null;
      if (answers === null || typeof answers !== 'object' || Array.isArray(answers)) return undefined;
      // Labels are printed: anything but text (a hand edit) makes the line unusable.
      for (const key of ['company', 'role'] as const) {
        if (answers[key] !== undefined && typeof answers[key] !== 'string') return undefined;
      }
      return e as unknown as HistoryEvent;
    }
    case 'outcome':
      return typeof e.id === 'string' && (OUTCOMES as readonly unknown[]).includes(e.outcome) ? (e as unknown as HistoryEvent) : undefined;
    case 'removed':
      return typeof e.id === 'string' ? (e as unknown as HistoryEvent) : undefined;
    case 'cleared':
      return e as unknown as HistoryEvent;
    default:
      return undefined;
  }
}

/** Joins a repeated id and its occurrence number: `3f9a0c1e~2`. Not a hex digit, so never part of an id the tool makes. */
export const DUPLICATE_MARK = '~';

/**
 * The entries the events leave, newest first. Events apply in file order.
 *
 * An id evaluated more than once (a hand edit, a file pasted into another)
 * never hides an entry: the first keeps its id, the second is listed as
 * `<id>~2`, the third `<id>~3`, and so on, and events naming `<id>~2` apply
 * to that one. The numbering follows the file's order, which appending
 * never changes, so a name once shown keeps meaning the same entry.
 */
export function foldHistory(events: Iterable<HistoryEvent>): HistoryEntry[] {
  const entries = new Map<string, HistoryEntry>();
  const seen = new Map<string, number>();
  const taken = new Set<string>();
  for (const event of events) {
    if (event.type === 'evaluated') {
      let id = event.id;
      if (taken.has(id)) {
        let n = seen.get(event.id) ?? 1;
        do id = `${event.id}${DUPLICATE_MARK}${++n}`;
        while (taken.has(id));
        seen.set(event.id, n);
      }
      taken.add(id);
      const entry: HistoryEntry = { id, at: event.at, verdict: event.verdict, score: event.score, answers: event.answers };
      if (event.answers.company !== undefined) entry.company = event.answers.company;
      if (event.answers.role !== undefined) entry.role = event.answers.role;
      entries.set(id, entry);
    } else if (event.type === 'outcome') {
      const entry = entries.get(event.id);
      if (entry) {
        entry.outcome = event.outcome;
        entry.outcomeAt = event.at;
      }
    } else if (event.type === 'removed') {
      entries.delete(event.id);
    } else {
      entries.clear();
    }
  }
  // Newest first; ties (same instant) keep the later-written one first.
  return [...entries.values()].reverse().sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
}

export interface Tally {
  total: number;
  /** Led to an interview: an interview, or an offer (which took one). */
  interviewed: number;
  offers: number;
}

export function tally(entries: readonly HistoryEntry[]): { take: Tally; pass: Tally } {
  const empty = (): Tally => ({ total: 0, interviewed: 0, offers: 0 });
  const result = { take: empty(), pass: empty() };
  for (const entry of entries) {
    const t = result[entry.verdict];
    t.total++;
    if (entry.outcome === 'interviewed' || entry.outcome === 'offer') t.interviewed++;
    if (entry.outcome === 'offer') t.offers++;
  }
  return result;
}

/** The entry an id, or a unique start of one (at least 4 characters), names. */
export function findEntry(entries: readonly HistoryEntry[], idOrPrefix: string): HistoryEntry | 'ambiguous' | undefined {
  const exact = entries.find((e) => e.id === idOrPrefix);
  if (exact) return exact;
  if (idOrPrefix.length < 4) return undefined;
  const matches = entries.filter((e) => e.id.startsWith(idOrPrefix));
  if (matches.length > 1) return 'ambiguous';
  return matches[0];
}
