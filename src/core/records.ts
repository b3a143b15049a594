// One opportunity from a file (JSON, NDJSON or CSV) turned into answers.
// Pure. Field names and values are those of the JSON `answers`; CSV cells
// are text, so text forms of booleans and lists are accepted too.
//
// Names are matched ignoring case, spaces, dashes and underscores
// (`wouldTake`, `would-take`, `Would take` are one field), in CSV headers and
// JSON keys alike. `url`, `notes` and `id` are labels, carried beside the
// result; any other field is unknown: matchColumn says so, with the nearest
// known name when one is close, and the caller warns once and ignores it.

import type { PartialAnswers } from './profile.js';
import { stripControl } from './sanitize.js';

/** A record that cannot be used, and the field at fault. */
export class RecordError extends Error {
  override readonly name = 'RecordError';
  constructor(
    readonly field: string | undefined,
    message: string,
  ) {
    super(message);
  }
}

/** The formats `compare` reads. */
export const RECORD_FORMATS = ['json', 'ndjson', 'csv'] as const;
export type RecordFormat = (typeof RECORD_FORMATS)[number];

/** The answers a record may give, as named in the JSON `answers`. */
export const ANSWER_FIELDS = ['employment', 'ready', 'skills', 'pay', 'offered', 'target', 'massPitch', 'wouldTake', 'concerns'] as const;
/** Free text carried with the answers (company and role) or beside the result (the rest). */
export const LABEL_FIELDS = ['company', 'role', 'url', 'notes', 'id', 'message'] as const;
/** Carried beside the result; `message` names a file with the recruiter's message, read by compare. */
export const EXTRA_LABELS = ['url', 'notes', 'id', 'message'] as const;
export type ExtraLabel = (typeof EXTRA_LABELS)[number];
export type RecordLabels = Partial<Record<ExtraLabel, string>>;

const KNOWN_FIELDS: readonly string[] = [...ANSWER_FIELDS, ...LABEL_FIELDS];

/** A name without case, spaces, dashes and underscores: "Would take" → "wouldtake". */
export function fieldKey(name: string): string {
  return name.replace(/[\s_-]+/g, '').toLowerCase();
}

const BY_KEY = new Map(KNOWN_FIELDS.map((name) => [fieldKey(name), name]));

/** Levenshtein distance, for short names only. */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}

export type ColumnMatch = { known: string } | { unknown: string; suggestion?: string };

/** What a column header or JSON key names: a known field, or an unknown one with the nearest known name if close. */
export function matchColumn(name: string): ColumnMatch {
  const key = fieldKey(name);
  const known = BY_KEY.get(key);
  if (known !== undefined) return { known };
  if (key.length > 40) return { unknown: name };
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const [candidate, field] of BY_KEY) {
    const d = distance(key, candidate);
    if (d < bestDistance) {
      bestDistance = d;
      best = field;
    }
  }
  const allowed = key.length <= 3 ? 1 : 2;
  return bestDistance <= allowed && best !== undefined ? { unknown: name, suggestion: best } : { unknown: name };
}

const LABEL_NAMES = new Set(['company', 'role', 'url', 'notes', 'id']);

/** The warning for an unknown column or key ("column" in CSV, "field" in JSON). */
export function unknownColumnMessage(match: { unknown: string; suggestion?: string }, noun = 'column'): string {
  const name = stripControl(match.unknown);
  return match.suggestion
    ? `${noun} \`${name}\` is not ${LABEL_NAMES.has(match.suggestion) ? 'a label' : 'an answer'}; did you mean \`${match.suggestion}\`?`
    : `${noun} \`${name}\` is neither an answer nor a label (${KNOWN_FIELDS.join(', ')}); ignored`;
}

/** Pairs of names that mean the same field (an error: which one is meant?). */
export function duplicateColumns(names: readonly string[]): Array<[string, string]> {
  const seen = new Map<string, string>();
  const pairs: Array<[string, string]> = [];
  for (const name of names) {
    const known = BY_KEY.get(fieldKey(name));
    if (known === undefined) continue;
    const first = seen.get(known);
    if (first === undefined) seen.set(known, name);
    else pairs.push([first, name]);
  }
  return pairs;
}

/** The message for two columns naming one field. */
export function duplicateMessage([a, b]: [string, string], noun = 'columns'): string {
  const field = BY_KEY.get(fieldKey(a))!;
  return `${noun} \`${stripControl(a)}\` and \`${stripControl(b)}\` both give "${field}": keep one of them`;
}

/**
 * What to write in a required answer left blank, where the message's list of
 * choices does not say it (employment and skills need no more).
 */
const BLANK_HINTS: Record<string, string> = {
  pay: "use `unknown` if it hasn't been discussed",
  target: 'give the pay you are after, such as `120k`, or leave `offered` blank and use `pay`',
};

/** The hint for a missing answer, if there is one. */
export function missingHint(field: string): string | undefined {
  return BLANK_HINTS[field];
}

const YES = new Set(['true', 'yes', 'y', '1', 'x']);
const NO = new Set(['false', 'no', 'n', '0']);

function booleanOf(value: unknown, field: string): boolean {
  if (typeof value === 'boolean') return value;
  const text = String(value).trim().toLowerCase();
  if (YES.has(text)) return true;
  if (NO.has(text)) return false;
  throw new RecordError(
    field,
    `"${field}" is ${JSON.stringify(value)}, expected yes or no (y/n, true/false, 1/0, x for a ticked box; blank for not said).`,
  );
}

/** A wouldTake cell: its choices, or a yes/no cell's forms of yes and no. */
function wouldTakeOf(value: unknown): unknown {
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'number' && (value === 0 || value === 1)) return value === 1 ? 'yes' : 'no';
  if (typeof value !== 'string') return value;
  const text = value.trim();
  const lower = text.toLowerCase();
  if (lower !== 'yes' && YES.has(lower)) return 'yes';
  if (lower !== 'no' && NO.has(lower)) return 'no';
  return text;
}

function listOf(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(String);
  const text = String(value).trim();
  if (text === '' || text.toLowerCase() === 'none') return [];
  return text.split(/[\s,;]+/).filter(Boolean);
}

/** Known fields of the record's keys, memoised: the same keys come again and again. */
const keyCache = new Map<string, string | null>();
function knownField(name: string): string | null {
  let field = keyCache.get(name);
  if (field === undefined) {
    field = BY_KEY.get(fieldKey(name)) ?? null;
    if (keyCache.size < 10_000) keyCache.set(name, field);
  }
  return field;
}

export interface ReadRecord {
  answers: PartialAnswers;
  /** url, notes, id and message (a file's name), cleaned of control characters; undefined when none is given. */
  labels?: RecordLabels;
  /** Keys that are neither answers nor labels, as written; undefined when none. */
  unknown?: string[];
}

/** The answers, labels and unknown keys of a record. */
export function readRecord(value: unknown): ReadRecord {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new RecordError(undefined, 'expected an object with answer fields.');
  }
  const record = value as Record<string, unknown>;
  const answers: Record<string, unknown> = {};
  let labels: RecordLabels | undefined;
  let unknown: string[] | undefined;
  let names: Record<string, string> | undefined;
  for (const name in record) {
    const field = knownField(name);
    if (field === null) {
      if (name.trim() !== '') (unknown ??= []).push(name);
      continue;
    }
    // Two keys for one field (JSON: each record is checked on its own).
    names ??= {};
    if (names[field] !== undefined) throw new RecordError(field, duplicateMessage([names[field]!, name], 'fields'));
    names[field] = name;
    let cell = record[name];
    if (typeof cell === 'string') cell = cell.trim();
    // An empty cell (CSV) or null (JSON) means the field was not given.
    if (cell === undefined || cell === null || cell === '') continue;
    switch (field) {
      case 'target':
        answers.target = typeof cell === 'string' && /^\d+(\.\d+)?$/.test(cell) ? Number(cell) : cell;
        break;
      case 'massPitch':
        answers.massPitch = booleanOf(cell, 'massPitch');
        break;
      case 'wouldTake':
        answers.wouldTake = wouldTakeOf(cell);
        break;
      case 'concerns':
        answers.concerns = listOf(cell);
        break;
      case 'url':
      case 'notes':
      case 'id':
      case 'message': {
        const text = stripControl(String(cell)).trim();
        if (text !== '') (labels ??= {})[field] = text;
        break;
      }
      default:
        answers[field] = cell;
    }
  }
  const out: ReadRecord = { answers: answers as PartialAnswers };
  if (labels) out.labels = labels;
  if (unknown) out.unknown = unknown;
  return out;
}

/** The answers a record gives; what it leaves out stays undefined. Labels and unknown fields are left out. */
export function recordToAnswers(value: unknown): PartialAnswers {
  return readRecord(value).answers;
}
