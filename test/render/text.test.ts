import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/core/rules.js';
import { PLAIN, renderText, wrap, type Painter } from '../../src/render/text.js';
import { renderJson } from '../../src/render/json.js';

// A painter that marks styles visibly, so tests can see what is decorated.
const MARKED: Painter = {
  bold: (s) => `<b>${s}</b>`,
  dim: (s) => `<dim>${s}</dim>`,
  good: (s) => `<g>${s}</g>`,
  bad: (s) => `<r>${s}</r>`,
  note: (s) => `<c>${s}</c>`,
  takeBadge: (s) => `<TAKE>${s}</TAKE>`,
  passBadge: (s) => `<PASS>${s}</PASS>`,
};

const take = evaluate({
  employment: 'employed',
  skills: 'partial',
  pay: 'unknown',
  concerns: ['reviews'],
  company: 'Acme',
  role: 'Sales Manager',
});
const pass = evaluate({ employment: 'employed', skills: 'none', pay: 'above', massPitch: true });

describe('renderText, plain', () => {
  const text = renderText(take, { decorated: false, painter: PLAIN, width: 80 });

  it('prints the full report exactly', () => {
    expect(text).toBe(
      [
        'Take the interview: the hour is worth spending.',
        'Sales Manager - Acme',
        '',
        'Score: 65/100 [#############-------] take at 50+',
        '',
        'Why go:',
        "  - You already have a job, so you're in the driver's seat: you can look",
        "    around properly and turn down anything that isn't right.",
        "  - The pay hasn't been spelled out yet. First talk about money is usually",
        '    vague, and a strong interview often earns a better package than the early',
        '    figures; in sales especially, commission and bonus only make sense after a',
        '    real conversation.',
        "  - The fit is only partial, but companies often have openings they haven't",
        '    advertised. Meeting them is how you hear about the one that suits you',
        '    better.',
        "  - Even if this role isn't the one, a hiring manager who has seen what you",
        '    can do remembers you when the next opening comes up.',
        "  - If it isn't right, you'll know for sure and can cross it off, so when the",
        '    right offer arrives you can accept it without wondering what you missed.',
        '  - Every interview sharpens how you present yourself, which leaves you',
        '    readier for the job you really want.',
        '',
        'About your doubts:',
        '  - Review sites make a poor guide: anyone can post, unhappy former staff post',
        '    the most, and glowing reviews may come from inside. Judge the company for',
        '    yourself.',
        '',
        'What would change it:',
        "  - If the role didn't use your skills, this would be a pass.",
        "  - If the pay turned out to be less than you're after, this would be a pass.",
        "  - If you were sure you'd never take it, this would be a pass.",
        '  - If it turned out to be a generic mass pitch, this would be a pass.',
        '  - ...and 1 more (all of them are in --json).',
        '',
        'Questions to bring:',
        '  - How are base pay, commission and bonus put together for this role, and',
        '    what range do you have in mind for it?',
        '  - Which other roles are open now, or opening soon, that my background might',
        '    suit better?',
        '  - Where does this role lead in two or three years, and how is success',
        '    measured? The answers tell you whether it is worth leaving the job you',
        '    have.',
        '  - What is it really like to work here? Put what you read or heard to the',
        '    people you meet, and hear how they see it from the inside.',
        '',
        "It's one hour, and it's your career. Take the shot.",
        '',
      ].join('\n'),
    );
  });

  it('is plain ASCII: no escape codes, no Unicode decoration', () => {
    // eslint-disable-next-line no-control-regex
    expect(text).not.toMatch(/[^\x0a\x20-\x7e]/);
    const figures = evaluate({ employment: 'employed', skills: 'partial', offered: '100k-130k', target: '120k', concerns: ['reviews'] });
    expect(renderText(figures, { decorated: false, painter: PLAIN, width: 80 })).not.toMatch(/[^\x0a\x20-\x7e]/);
  });

  it('groups reasons against under "Why not" and closes a pass accordingly', () => {
    const out = renderText(pass, { decorated: false, painter: PLAIN, width: 80 });
    expect(out).toContain('Why not:');
    expect(out).not.toContain('Why go:');
    expect(out.trimEnd().split('\n').at(-1)).toBe('Keep your hour for an opportunity that fits you.');
    expect(out).toContain('Score: 30/100 [######--------------]');
  });

  it('never lets a line run past the width', () => {
    for (const width of [40, 50, 60, 100]) {
      for (const v of [take, pass]) {
        const out = renderText(v, { decorated: false, painter: PLAIN, width });
        for (const line of out.split('\n')) expect(line.length).toBeLessThanOrEqual(Math.min(width, 88));
      }
    }
    // and the meter shrinks rather than the score line overflowing
    expect(renderText(take, { decorated: false, painter: PLAIN, width: 40 })).toContain('Score: 65/100 [#######---] take at 50+');
  });
});

describe('renderText: flips, close calls and questions', () => {
  const render = (v: ReturnType<typeof evaluate>) => renderText(v, { decorated: false, painter: PLAIN, width: 80 });

  it('says when the call is close, and on which side', () => {
    expect(render(evaluate({ employment: 'employed', skills: 'strong', pay: 'match', massPitch: true }))).toContain(
      'Score: 50/100 [##########----------] take at 50+\nA close call: right on the line.\n',
    );
    expect(render(evaluate({ employment: 'employed', skills: 'strong', pay: 'above', massPitch: true }))).toContain(
      'A close call: 5 points above the line.',
    );
    expect(render(evaluate({ employment: 'unemployed', skills: 'strong', pay: 'below' }))).toContain('A close call: 5 points below the line.');
    expect(render(take)).not.toContain('close call');
  });

  it('lists every flip when there are few, and says so when there are none', () => {
    const out = render(evaluate({ employment: 'employed', skills: 'strong', pay: 'below' }));
    expect(out).toContain(
      [
        'What would change it:',
        "  - If the pay turned out to be more than you're after, this would be a take.",
        "  - If the pay turned out to match what you're after, this would be a take.",
        '  - If the pay were still to be discussed, this would be a take.',
        '',
      ].join('\n'),
    );
    expect(out).not.toContain('Questions to bring');
    const stuck = render(evaluate({ employment: 'employed', ready: 'no', skills: 'none', pay: 'below', massPitch: true, wouldTake: 'no' }));
    expect(stuck).toContain('What would change it:\n  - No change to one or two of your answers would flip this verdict.\n');
  });
});

describe('renderText, decorated', () => {
  const text = renderText(take, { decorated: true, painter: MARKED, width: 80 });

  it('shows a coloured badge, a Unicode meter and coloured bullets', () => {
    const lines = text.split('\n');
    expect(lines[0]).toBe('<TAKE> TAKE </TAKE> <b>Take the interview: the hour is worth spending.</b>');
    expect(lines[1]).toBe('<dim>       Sales Manager · Acme</dim>');
    expect(text).toContain('<g>█████████████</g><dim>░░░░░░░</dim>');
    expect(text).toContain('    <g>•</g> ');
    expect(text).toContain('    <c>•</c> Review sites');
  });

  it('colours a pass red', () => {
    const out = renderText(pass, { decorated: true, painter: MARKED, width: 80 });
    expect(out.split('\n')[0]).toContain('<PASS> PASS </PASS>');
    expect(out).toContain('<r>30/100</r>');
    expect(out).toContain('    <r>•</r> ');
  });
});

describe('wrap', () => {
  it('wraps greedily with a hanging indent', () => {
    expect(wrap('one two three four', 9, '- ', '  ')).toEqual(['- one two', '  three', '  four']);
  });
  it('keeps a word longer than the width whole', () => {
    expect(wrap('supercalifragilistic ok', 5, '', '')).toEqual(['supercalifragilistic', 'ok']);
  });
});

describe('renderJson', () => {
  it('is exactly the result, pretty-printed, with a final new line', () => {
    const out = renderJson(take);
    expect(JSON.parse(out)).toEqual(take);
    expect(out.endsWith('}\n')).toBe(true);
  });
});
