// The history file: one JSON event per line, only ever appended to, each
// event in a single write. Parallel runs therefore lose nothing either
// wrote (a read-modify-write of one JSON document would drop one of two
// parallel saves), and a line torn by a crash spoils only itself: it is
// reported and skipped, and the file is never rewritten.

import { appendFileSync, closeSync, mkdirSync, openSync, readFileSync, readSync, fstatSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { asEvent, type HistoryEvent } from '../core/history.js';

export const HISTORY_FILE = 'history.jsonl';

export interface HistoryProblem {
  line: number;
  text: string;
}

export class HistoryStore {
  readonly path: string;

  constructor(readonly dir: string) {
    this.path = join(dir, HISTORY_FILE);
  }

  /** Appends one event in a single write. */
  append(event: HistoryEvent): void {
    mkdirSync(this.dir, { recursive: true });
    // If the last write was torn (no final new line), start on a fresh line
    // so this event is not glued to the broken one.
    const prefix = this.endsMidLine() ? '\n' : '';
    appendFileSync(this.path, `${prefix}${JSON.stringify(event)}\n`);
  }

  private endsMidLine(): boolean {
    let fd: number | undefined;
    try {
      fd = openSync(this.path, 'r');
      const size = fstatSync(fd).size;
      if (size === 0) return false;
      const last = Buffer.alloc(1);
      readSync(fd, last, 0, 1, size - 1);
      return last[0] !== 0x0a;
    } catch {
      return false;
    } finally {
      if (fd !== undefined) closeSync(fd);
    }
  }

  /** Every well-formed event in file order, and the lines that are not. */
  read(): { events: HistoryEvent[]; problems: HistoryProblem[] } {
    let text: string;
    try {
      text = readFileSync(this.path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { events: [], problems: [] };
      throw error;
    }
    const events: HistoryEvent[] = [];
    const problems: HistoryProblem[] = [];
    text.split('\n').forEach((line, i) => {
      if (line.trim() === '') return;
      let event: HistoryEvent | undefined;
      try {
        event = asEvent(JSON.parse(line));
      } catch {
        event = undefined;
      }
      if (event) events.push(event);
      else problems.push({ line: i + 1, text: line.length > 60 ? `${line.slice(0, 57)}...` : line });
    });
    return { events, problems };
  }
}

/**
 * A short random id: eight hex digits, short enough to type, and its first
 * four or five characters are usually enough to name an entry.
 */
export function newHistoryId(): string {
  // node:crypto only when an id is needed.
  return (createRequire(import.meta.url)('node:crypto') as typeof import('node:crypto')).randomBytes(4).toString('hex');
}
