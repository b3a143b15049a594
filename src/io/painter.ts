// Builds the painter for decorated output. chalk is imported only here, and
// only when colour is on, so JSON, quiet and piped runs never load it.

import { PLAIN, type Painter } from '../render/text.js';
import type { ColourLevel } from './colour.js';

export async function painterFor(level: ColourLevel): Promise<Painter> {
  if (level === 0) return PLAIN;
  const { Chalk } = await import('chalk');
  // An explicit level: chalk's own detection reads process.argv and the
  // environment behind our back, and ignores NO_COLOR.
  const chalk = new Chalk({ level });
  return {
    bold: (s) => chalk.bold(s),
    dim: (s) => chalk.dim(s),
    good: (s) => chalk.green(s),
    bad: (s) => chalk.red(s),
    note: (s) => chalk.cyan(s),
    takeBadge: (s) => chalk.bgGreen.black.bold(s),
    passBadge: (s) => chalk.bgRed.white.bold(s),
  };
}
