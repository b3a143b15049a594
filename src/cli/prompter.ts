// The questions the program can ask, behind an interface so the flow can be
// tested with a scripted fake and the real prompt library is loaded only
// when a question is actually asked.

import { styleText } from 'node:util';
import { registerCleanup } from '../io/signals.js';
import type { IOStreams } from '../io/streams.js';

export interface Choice<T extends string> {
  value: T;
  name: string;
  description?: string;
}

export interface Prompter {
  select<T extends string>(question: { message: string; choices: Choice<T>[]; default: T }): Promise<T>;
  confirm(question: { message: string; default: boolean }): Promise<boolean>;
  /** `empty`: what the answer reads as when nothing is chosen or typed ("none", "not said"). */
  checkbox<T extends string>(question: { message: string; choices: Choice<T>[]; empty?: string }): Promise<T[]>;
  input(question: { message: string; default?: string; validate?: (value: string) => true | string; empty?: string }): Promise<string>;
  /** Text written in the person's editor ($VISUAL, then $EDITOR): the recruiter's message, pasted. */
  editor(question: { message: string }): Promise<string>;
}

const same = (text: string) => text;

/**
 * Inquirer styles its prompts through node:util's styleText, which knows
 * NO_COLOR, FORCE_COLOR and TERM=dumb but not our --no-color: when colour is
 * off, every style is replaced by plain text.
 */
const PLAIN_THEME = {
  prefix: { idle: '?', done: '✔' },
  icon: { cursor: '❯', checked: '◉', unchecked: '◯' },
  style: {
    answer: same,
    message: same,
    error: (text: string) => `> ${text}`,
    defaultAnswer: (text: string) => `(${text})`,
    help: same,
    highlight: same,
    key: (text: string) => `<${text}>`,
    disabled: same,
    description: same,
    keysHelpTip: (keys: [string, string][]) => keys.map(([key, action]) => `${key} ${action}`).join(' • '),
  },
};

/**
 * Inquirer, writing to stderr so that stdout carries only the result (the
 * questions stay visible with `--json > verdict.json`). The per-prompt
 * packages (smaller than @inquirer/prompts) are imported when the first
 * question is asked.
 */
export function inquirerPrompter(stdin: NodeJS.ReadableStream, stderr: NodeJS.WritableStream, options: { colour: boolean }): Prompter {
  const context = { input: stdin, output: stderr };
  // The same plain theme fits every prompt type; each ignores what it does not use.
  const theme = options.colour ? {} : { theme: PLAIN_THEME as never };
  // A given answer is shown as Inquirer shows it (cyan, when colour is on);
  // an empty one as a word, never a blank.
  const answerStyle = (text: string) => (options.colour ? styleText('cyan', text) : text);
  const shown = (value: string, empty: string | undefined) => (value === '' && empty !== undefined ? empty : value);
  // While a question shows, a SIGTERM, SIGHUP or SIGINT from outside shows
  // the cursor again (Inquirer hides it), says "Cancelled." and exits 143,
  // 129 or 130 (see io/signals.ts).
  const guarded = async <T>(ask: () => Promise<T>): Promise<T> => {
    const release = registerCleanup(() => {}, stderr as NodeJS.WriteStream);
    try {
      return await ask();
    } finally {
      release();
    }
  };
  return {
    async select(question) {
      const { select } = await import('./inquirer-prompts.js');
      return guarded(() => select({ ...question, loop: false, ...theme }, context));
    },
    async confirm(question) {
      const { confirm } = await import('./inquirer-prompts.js');
      return guarded(() => confirm({ ...question, ...theme }, context));
    },
    async checkbox({ empty, ...question }) {
      const { checkbox } = await import('./inquirer-prompts.js');
      const base: { style?: object } = options.colour ? {} : PLAIN_THEME;
      const style = {
        ...base.style,
        renderSelectedChoices: (selected: ReadonlyArray<{ short: string }>) =>
          shown(selected.map((choice) => choice.short).join(', '), empty),
      };
      return guarded(() => checkbox({ ...question, loop: false, theme: { ...base, style } as never }, context));
    },
    async input({ empty, ...question }) {
      const { input } = await import('./inquirer-prompts.js');
      const transformer = (value: string, { isFinal }: { isFinal: boolean }) => (isFinal ? answerStyle(shown(value, empty)) : value);
      return guarded(() => input({ ...question, transformer, ...theme }, context));
    },
    async editor(question) {
      // Its own bundle: the other questions never load the editor's encoding library.
      const module = await import('@inquirer/editor');
      // The ES module's default export; through the command's bundle, the vendor file's exports object holds it.
      const editor =
        typeof module.default === 'function' ? module.default : (module.default as unknown as { default: typeof module.default }).default;
      // A private .txt file (in a private folder of its own, removed after), so the editor shows it
      // as text; it opens at once: choosing "paste it into my editor" was the key press.
      return guarded(() => editor({ ...question, file: { postfix: '.txt', mode: 0o600 }, waitForUserInput: false, ...theme }, context));
    },
  };
}

/**
 * Questions are asked only when a person can answer them: stdin and stderr
 * (where the questions go) are terminals, and neither --no-input nor
 * SHOULD_I_INTERVIEW_NO_INPUT=1 says otherwise. stdout may be redirected:
 * `should-i-interview --json > verdict.json` still asks.
 */
export function canAsk(options: { input: boolean }, io: Pick<IOStreams, 'stdin' | 'stderr' | 'env'>): boolean {
  return options.input && io.env.SHOULD_I_INTERVIEW_NO_INPUT !== '1' && io.stdin.isTTY === true && io.stderr.isTTY === true;
}
