import { describe, expect, it } from 'vitest';
import { colourLevel, type ColourInputs } from '../../src/io/colour.js';

describe('colourLevel', () => {
  const cases: Array<[string, ColourInputs, number]> = [
    ['a terminal colours', { flag: undefined, env: {}, isTTY: true }, 1],
    ['a pipe does not', { flag: undefined, env: {}, isTTY: false }, 0],
    ['a 256-colour terminal', { flag: undefined, env: { TERM: 'xterm-256color' }, isTTY: true }, 2],
    ['a truecolor terminal', { flag: undefined, env: { COLORTERM: 'truecolor' }, isTTY: true }, 3],
    ['NO_COLOR on a terminal', { flag: undefined, env: { NO_COLOR: '1' }, isTTY: true }, 0],
    ['empty NO_COLOR is ignored, per no-color.org', { flag: undefined, env: { NO_COLOR: '' }, isTTY: true }, 1],
    ['TERM=dumb on a terminal', { flag: undefined, env: { TERM: 'dumb' }, isTTY: true }, 0],
    ['FORCE_COLOR into a pipe', { flag: undefined, env: { FORCE_COLOR: '1' }, isTTY: false }, 1],
    ['FORCE_COLOR empty means on', { flag: undefined, env: { FORCE_COLOR: '' }, isTTY: false }, 1],
    ['FORCE_COLOR=3', { flag: undefined, env: { FORCE_COLOR: '3' }, isTTY: false }, 3],
    ['FORCE_COLOR=0 on a terminal', { flag: undefined, env: { FORCE_COLOR: '0' }, isTTY: true }, 0],
    ['FORCE_COLOR=false', { flag: undefined, env: { FORCE_COLOR: 'false' }, isTTY: true }, 0],
    ['FORCE_COLOR beats TERM=dumb', { flag: undefined, env: { FORCE_COLOR: '1', TERM: 'dumb' }, isTTY: false }, 1],
    ['NO_COLOR beats FORCE_COLOR', { flag: undefined, env: { FORCE_COLOR: '1', NO_COLOR: '1' }, isTTY: true }, 0],
    ['--no-color beats everything', { flag: false, env: { FORCE_COLOR: '3' }, isTTY: true }, 0],
    ['--color into a pipe', { flag: true, env: {}, isTTY: false }, 1],
    ['--color beats NO_COLOR', { flag: true, env: { NO_COLOR: '1' }, isTTY: false }, 1],
    ['--color with FORCE_COLOR=0 still colours', { flag: true, env: { FORCE_COLOR: '0' }, isTTY: false }, 1],
  ];
  for (const [name, inputs, level] of cases) {
    it(name, () => expect(colourLevel(inputs)).toBe(level));
  }
});
