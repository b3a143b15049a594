// The questions the program can ask, behind an interface so the flow can be
// tested with a scripted fake and the real prompt library is loaded only
// when a question is actually asked.

export interface Choice<T extends string> {
  value: T;
  name: string;
  description?: string;
}

export interface Prompter {
  select<T extends string>(question: { message: string; choices: Choice<T>[]; default: T }): Promise<T>;
  confirm(question: { message: string; default: boolean }): Promise<boolean>;
  checkbox<T extends string>(question: { message: string; choices: Choice<T>[] }): Promise<T[]>;
  input(question: { message: string; default?: string; validate?: (value: string) => true | string }): Promise<string>;
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
export function inquirerPrompter(
  stdin: NodeJS.ReadableStream,
  stderr: NodeJS.WritableStream,
  options: { colour: boolean },
): Prompter {
  const context = { input: stdin, output: stderr };
  // The same plain theme fits every prompt type; each ignores what it does not use.
  const theme = options.colour ? {} : { theme: PLAIN_THEME as never };
  return {
    async select(question) {
      const { select } = await import('./inquirer-prompts.js');
      return select({ ...question, loop: false, ...theme }, context);
    },
    async confirm(question) {
      const { confirm } = await import('./inquirer-prompts.js');
      return confirm({ ...question, ...theme }, context);
    },
    async checkbox(question) {
      const { checkbox } = await import('./inquirer-prompts.js');
      return checkbox({ ...question, loop: false, ...theme }, context);
    },
    async input(question) {
      const { input } = await import('./inquirer-prompts.js');
      return input({ ...question, ...theme }, context);
    },
  };
}
