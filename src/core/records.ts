// One opportunity from a file (JSON, NDJSON or CSV) turned into answers.
// Pure. Field names and values are those of the JSON `answers`; CSV cells
// are text, so text forms of booleans and lists are accepted too. Fields the
// program does not know (a "notes" or "url" column, say) are ignored.

import type { PartialAnswers } from './profile.js';

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

const TEXT_FIELDS = ['employment', 'ready', 'skills', 'pay', 'wouldTake', 'company', 'role', 'offered'] as const;

function booleanOf(value: unknown): boolean {
  if (typeof value === 'boolean') return value;
  const text = String(value).trim().toLowerCase();
  if (['true', 'yes', 'y', '1'].includes(text)) return true;
  if (['false', 'no', 'n', '0'].includes(text)) return false;
  throw new RecordError('massPitch', `"massPitch" is ${JSON.stringify(value)}, expected true or false.`);
}

function listOf(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(String);
  const text = String(value).trim();
  if (text === '' || text === 'none') return [];
  return text.split(/[\s,;]+/).filter(Boolean);
}

/** The answers a record gives; what it leaves out stays undefined. */
export function recordToAnswers(value: unknown): PartialAnswers {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new RecordError(undefined, 'expected an object with answer fields.');
  }
  const record = value as Record<string, unknown>;
  // An empty cell (CSV) or null (JSON) means the field was not given.
  const given = (key: string) => record[key] !== undefined && record[key] !== null && record[key] !== '';
  const answers: Record<string, unknown> = {};
  for (const key of TEXT_FIELDS) {
    if (given(key)) answers[key] = typeof record[key] === 'string' ? (record[key] as string).trim() : record[key];
  }
  if (given('target')) {
    const target = record.target;
    answers.target = typeof target === 'string' && /^\d+(\.\d+)?$/.test(target.trim()) ? Number(target) : target;
  }
  if (given('massPitch')) answers.massPitch = booleanOf(record.massPitch);
  if (given('concerns')) answers.concerns = listOf(record.concerns);
  return answers as PartialAnswers;
}
