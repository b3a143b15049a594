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

/**
 * Inquirer, writing to stderr so that stdout carries only the result (the
 * questions stay visible with `--json > verdict.json`). Each prompt type is
 * its own small package, imported the first time it is needed.
 */
export function inquirerPrompter(stdin: NodeJS.ReadableStream, stderr: NodeJS.WritableStream): Prompter {
  const context = { input: stdin, output: stderr };
  return {
    async select(question) {
      const { default: select } = await import('@inquirer/select');
      return select({ ...question, loop: false }, context);
    },
    async confirm(question) {
      const { default: confirm } = await import('@inquirer/confirm');
      return confirm(question, context);
    },
    async checkbox(question) {
      const { default: checkbox } = await import('@inquirer/checkbox');
      return checkbox({ ...question, loop: false }, context);
    },
    async input(question) {
      const { default: input } = await import('@inquirer/input');
      return input(question, context);
    },
  };
}
