// A scripted Prompter: answers from a queue, or each question's default,
// and a record of every question asked.
import type { Prompter } from '../../src/cli/prompter.js';

export interface Asked {
  kind: 'select' | 'confirm' | 'checkbox' | 'input' | 'editor';
  message: string;
  default?: unknown;
  choices?: string[];
  /** What an empty answer reads as once given ("none", "not said"), when the question says. */
  empty?: string;
}

export type Scripted = unknown | { throw: Error };

export function fakePrompter(script: Scripted[] = []): Prompter & { asked: Asked[] } {
  const queue = [...script];
  const asked: Asked[] = [];
  // Takes the next scripted answer; with none left, accepts the default (Enter).
  const answer = <T>(question: Asked, fallback: T): T => {
    asked.push(question);
    if (queue.length === 0) return fallback;
    const next = queue.shift();
    if (next && typeof next === 'object' && 'throw' in next) throw (next as { throw: Error }).throw;
    return next as T;
  };
  return {
    asked,
    async select(q) {
      return answer({ kind: 'select', message: q.message, default: q.default, choices: q.choices.map((c) => c.value) }, q.default);
    },
    async confirm(q) {
      return answer({ kind: 'confirm', message: q.message, default: q.default }, q.default);
    },
    async checkbox(q) {
      return answer(
        { kind: 'checkbox', message: q.message, choices: q.choices.map((c) => c.value), ...(q.empty !== undefined && { empty: q.empty }) },
        [],
      );
    },
    async input(q) {
      const value = answer(
        { kind: 'input', message: q.message, default: q.default, ...(q.empty !== undefined && { empty: q.empty }) },
        q.default ?? '',
      );
      if (q.validate) {
        const ok = q.validate(value as string);
        if (ok !== true) throw new Error(`fake prompter: invalid input ${JSON.stringify(value)}: ${ok}`);
      }
      return value as string;
    },
    async editor(q) {
      return answer({ kind: 'editor', message: q.message }, '') as string;
    },
  };
}

/** Inquirer's cancellation error, as it is thrown on Ctrl-C (matched by name). */
export function exitPromptError(): Error {
  return Object.assign(new Error('User force closed the prompt with SIGINT'), { name: 'ExitPromptError' });
}
