// The fast path: most runs are a plain, valid list of answer flags, and
// loading commander to parse them costs more than everything else a run
// does. This parser accepts exactly those command lines, reading the same
// flag table commander is built from (the root command's flags and the
// global ones), and gives up (returns undefined) on anything else — help, a
// subcommand, an unknown flag, a bad value, a conflict — so that commander
// handles it, with its own messages. A test checks both parsers agree on
// every command line this one accepts.

import { matchChoice } from '../core/answers.js';
import { evaluateCommand } from './commands/evaluate.js';
import { GLOBAL_FLAGS, type FlagSpec, type ParsedFlags } from './flags.js';

const ROOT_FLAGS = [...evaluateCommand.flags, ...GLOBAL_FLAGS];
const BY_NAME = new Map<string, FlagSpec>();
for (const spec of ROOT_FLAGS) {
  BY_NAME.set(spec.long, spec);
  if (spec.short) BY_NAME.set(spec.short, spec);
}

export function fastParse(argv: readonly string[]): ParsedFlags | undefined {
  const flags: Record<string, unknown> = {};
  /** The long names given, for the conflicts. */
  const given = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    // Operands, `--` and `-` mean a subcommand or an error: commander's job.
    if (!arg.startsWith('-') || arg === '-' || arg === '--') return undefined;
    let name = arg;
    let inline: string | undefined;
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    if (eq > 0) {
      name = arg.slice(0, eq);
      inline = arg.slice(eq + 1);
    }
    const spec = BY_NAME.get(name);
    if (!spec) return undefined;
    if (spec.kind === 'boolean') {
      if (inline !== undefined) return undefined;
      flags[spec.key] = spec.value;
    } else {
      let text = inline;
      if (text === undefined) {
        // Like commander, a flag that needs a value takes the next word,
        // whatever it looks like.
        if (i + 1 >= argv.length) return undefined;
        text = argv[++i]!;
      }
      if (spec.kind === 'choice') {
        // As commander's parser (parseChoice): trimmed, any case, canonical.
        const choice = matchChoice(text, spec.choices);
        if (choice === undefined) return undefined;
        flags[spec.key] = choice;
      } else {
        try {
          flags[spec.key] = spec.parse(text, flags[spec.key]);
        } catch {
          return undefined;
        }
      }
    }
    given.add(spec.long);
  }
  for (const spec of ROOT_FLAGS) {
    if (given.has(spec.long) && spec.conflicts?.some((other) => given.has(other))) return undefined;
  }
  return flags as ParsedFlags;
}
