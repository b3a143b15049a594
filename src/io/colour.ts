// Whether output may be decorated, decided from the inputs a user controls.
// Pure, so the whole precedence table is testable without a terminal.
//
// Precedence, first match wins:
//   1. --no-color / --color on the command line
//   2. NO_COLOR set to anything non-empty: off (chalk alone ignores it)
//   3. FORCE_COLOR: 0 or false is off; 1, 2, 3 pick a depth; empty or true is 1
//   4. TERM=dumb: off
//   5. the stream is a terminal: on, with the depth the terminal advertises
//   6. otherwise off

export type ColourLevel = 0 | 1 | 2 | 3;

export interface ColourInputs {
  /** true for --color, false for --no-color, undefined when neither was given. */
  flag: boolean | undefined;
  env: Readonly<Record<string, string | undefined>>;
  isTTY: boolean;
}

function terminalDepth(env: ColourInputs['env']): ColourLevel {
  const colorterm = (env.COLORTERM ?? '').toLowerCase();
  if (colorterm === 'truecolor' || colorterm === '24bit') return 3;
  if (/-256(color)?$/i.test(env.TERM ?? '')) return 2;
  return 1;
}

function forcedLevel(value: string): ColourLevel {
  const v = value.trim().toLowerCase();
  if (v === '0' || v === 'false') return 0;
  if (v === '2') return 2;
  if (v === '3') return 3;
  return 1;
}

export function colourLevel({ flag, env, isTTY }: ColourInputs): ColourLevel {
  if (flag === false) return 0;
  if (flag === true) return env.FORCE_COLOR ? (Math.max(1, forcedLevel(env.FORCE_COLOR)) as ColourLevel) : terminalDepth(env);
  if (env.NO_COLOR) return 0;
  if (env.FORCE_COLOR !== undefined) return forcedLevel(env.FORCE_COLOR);
  if (env.TERM === 'dumb') return 0;
  if (isTTY) return terminalDepth(env);
  return 0;
}
