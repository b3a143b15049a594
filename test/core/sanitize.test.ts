import { describe, expect, it } from 'vitest';
import { stripControl } from '../../src/core/sanitize.js';

describe('stripControl', () => {
  const cases: Array<[string, string, string]> = [
    ['plain text', 'Acme Corp', 'Acme Corp'],
    ['SGR colour', '\u001b[31mRed\u001b[0m Co', 'Red Co'],
    ['cursor movement and clear screen', 'a\u001b[2J\u001b[Hb', 'ab'],
    ['OSC title ended by BEL', '\u001b]0;pwned\u0007Acme', 'Acme'],
    ['OSC 8 hyperlink ended by ST', '\u001b]8;;https://x\u001b\\Acme\u001b]8;;\u001b\\', 'Acme'],
    ['8-bit CSI', 'A\u009b31mB', 'AB'],
    ['lone ESC at the end', 'Acme\u001b', 'Acme'],
    ['bell, backspace and DEL', 'A\u0007c\bm\u007fe', 'Acme'],
    ['new lines and tabs fold to one space', 'Sales\n\tManager\r\n', 'Sales Manager'],
    ['bidi override', 'abc\u202edcba', 'abcdcba'],
    ['unicode letters kept', 'Café Zürich · 東京', 'Café Zürich · 東京'],
  ];
  for (const [name, input, expected] of cases) {
    it(name, () => expect(stripControl(input)).toBe(expected));
  }

  it('leaves no control character in any mix of input', () => {
    const pieces = ['a', '\u001b', '[', '3', '1', 'm', ']', '\u0007', '\\', '\u009b', '\n', '\u202e', 'é'];
    for (let i = 0; i < 2000; i++) {
      let s = '';
      for (let j = 0; j < 12; j++) s += pieces[(i * 7 + j * 13 + ((i * j) % 5)) % pieces.length];
      expect(stripControl(s)).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
    }
  });
});
