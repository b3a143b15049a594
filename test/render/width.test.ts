import { describe, expect, it } from 'vitest';
import {
  displayWidth,
  graphemes,
  outputColumns,
  padEnd,
  shrinkToFit,
  sliceColumns,
  splitColumns,
  truncate,
} from '../../src/render/width.js';
import fastStringWidth from 'fast-string-width';

// Labels in the scripts the tables must align in.
const CJK = '株式会社テスト'; // 7 wide characters
const HANGUL = '삼성전자'; // 4 wide syllables
const FAMILY = '👨‍👩‍👧‍👦'; // one ZWJ sequence
const FLAG = '🇯🇵';
const RAINBOW = '🏳️‍🌈'; // VS16 inside a ZWJ sequence
const COMBINING = 'Cafe\u0301 Ame\u0301lie'; // e + COMBINING ACUTE, twice

describe('displayWidth', () => {
  it('counts ASCII as before, one column a character', () => {
    expect(displayWidth('Sales Manager - Acme')).toBe(20);
    expect(displayWidth('')).toBe(0);
  });

  it('counts East Asian wide and fullwidth characters as two', () => {
    expect(displayWidth(CJK)).toBe(14);
    expect(displayWidth(HANGUL)).toBe(8);
    expect(displayWidth('ＡＢＣ')).toBe(6);
    expect(displayWidth('東京、大阪')).toBe(10);
    expect(displayWidth('ｶﾀｶﾅ')).toBe(4); // halfwidth Katakana
  });

  it('counts an emoji, a ZWJ sequence, a flag or a keycap as one two-column grapheme', () => {
    expect(displayWidth('🚀')).toBe(2);
    expect(displayWidth(FAMILY)).toBe(2);
    expect(displayWidth(RAINBOW)).toBe(2);
    expect(displayWidth(FLAG)).toBe(2);
    expect(displayWidth('1️⃣')).toBe(2);
    expect(displayWidth('👍🏽')).toBe(2); // skin-tone modifier
    expect(displayWidth('Acme 🚀 Labs')).toBe(12);
  });

  it('gives variation selectors their meaning and combining marks no column', () => {
    expect(displayWidth('❤️')).toBe(2); // VS16: emoji presentation
    expect(displayWidth('☺')).toBe(1); // text by default
    expect(displayWidth('☺︎')).toBe(1); // VS15: text presentation
    expect(displayWidth('हिन्दी')).toBe(3); // a conjunct: its letters, not its marks
    expect(displayWidth('\u1112\u1161\u11AB')).toBe(2); // conjoining jamo: one syllable
    expect(displayWidth(COMBINING)).toBe(11);
    expect(displayWidth('Zalgơ̸̡')).toBe(5);
    expect(displayWidth('é')).toBe(1); // precomposed
  });

  it('keeps graphemes whole', () => {
    expect(graphemes(`a${FAMILY}e\u0301`)).toEqual(['a', FAMILY, 'e\u0301']);
  });
});

describe('cutting and padding', () => {
  it('cuts to display columns with "...", never inside a grapheme', () => {
    expect(truncate('A long company name that goes on', 10)).toBe('A long ...');
    expect(truncate(CJK, 10)).toBe('株式会...'); // 6 + 3: a fourth wide character would make 11
    expect(displayWidth(truncate(CJK, 10))).toBeLessThanOrEqual(10);
    expect(truncate(`${FAMILY}${FAMILY}${FAMILY}${FAMILY}`, 7)).toBe(`${FAMILY}${FAMILY}...`);
    expect(truncate(COMBINING, 8)).toBe('Cafe\u0301 ...');
    expect(truncate('short', 10)).toBe('short');
  });

  it('slices and splits between graphemes', () => {
    expect(sliceColumns(CJK, 5)).toBe('株式');
    expect(sliceColumns(`${RAINBOW}x`, 1)).toBe('');
    expect(splitColumns(CJK, 4)).toEqual(['株式', '会社', 'テス', 'ト']);
    expect(splitColumns('e\u0301e\u0301e\u0301', 2)).toEqual(['e\u0301e\u0301', 'e\u0301']);
  });

  it('pads to display columns', () => {
    expect(padEnd(CJK, 16)).toBe(`${CJK}  `);
    expect(padEnd('Acme', 6)).toBe('Acme  ');
  });

  it('shrinks the widest columns first, down to a minimum', () => {
    expect(shrinkToFit([24, 10], 30, 6)).toEqual([20, 10]);
    expect(shrinkToFit([24, 24], 30, 6)).toEqual([15, 15]);
    expect(shrinkToFit([24, 24], 5, 6)).toEqual([6, 6]);
    expect(shrinkToFit([4, 24], 5, 6)).toEqual([4, 6]);
  });
});

describe('outputColumns', () => {
  it('takes the terminal width on a terminal, COLUMNS off one, else nothing', () => {
    expect(outputColumns({ isTTY: true, columns: 100 }, { COLUMNS: '60' })).toBe(100);
    expect(outputColumns({ isTTY: false }, { COLUMNS: '60' })).toBe(60);
    expect(outputColumns({}, { COLUMNS: ' 72 ' })).toBe(72);
    expect(outputColumns({}, {})).toBeUndefined();
    for (const bad of ['', '0', '-5', 'wide', '80px', '1e3']) expect(outputColumns({}, { COLUMNS: bad })).toBeUndefined();
  });
});

describe('graphemes', () => {
  it('groups as Intl.Segmenter does, for the cases that matter to width', () => {
    const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
    for (const text of [
      CJK,
      HANGUL,
      '\u1112\u1161\u11AB\u1100\u1161',
      `${FAMILY + FLAG + RAINBOW}1️⃣👍🏽❤️☺︎`,
      '🏴󠁧󠁢󠁳󠁣󠁴󠁿 Scotland',
      `${COMBINING} Zalgơ̸̡`,
      'Ελληνικά Ñandú ไทย العربية',
      '🇯🇵🇫🇷🇩', // two flags and a lone indicator
      'a\u200Db x\u200D🚀',
    ]) {
      expect(graphemes(text), text).toEqual(Array.from(segmenter.segment(text), (s) => s.segment));
    }
  });
});

describe('the measure is the library the prompts use', () => {
  // Labels in every script people write company names in; our grapheme cuts
  // must add up to what fast-string-width says of the whole text.
  const SAMPLES = [
    'Acme Corp',
    'Café Crème',
    '株式会社ソニー',
    '삼성전자',
    'Ünïcödé GmbH',
    'Zalgơ̸̡',
    'हिन्दी कंपनी',
    'Rocket 🚀 Labs',
    'Family 👨‍👩‍👧‍👦 Inc',
    'Flags 🇯🇵🇫🇷',
    'Keycap 1️⃣ Ltd',
    'Thumbs 👍🏽 up',
    'ＦＵＬＬ ｗｉｄｔｈ',
    'ｶﾀｶﾅ halfwidth',
    '☺︎ text, ☺️ emoji',
    'Ελληνικά και Русский',
    'עברית ومرحبا',
  ];
  it.each(SAMPLES)('%s', (sample) => {
    expect(displayWidth(sample)).toBe(fastStringWidth(sample));
    expect(graphemes(sample).join('')).toBe(sample);
  });
});
