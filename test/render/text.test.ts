import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/core/rules.js';
import { PLAIN, renderText, wrap, type Painter } from '../../src/render/text.js';
import { renderJson } from '../../src/render/json.js';
import type { AnswersInput } from '../../src/core/answers.js';
import { allAnswers } from '../helpers/combos.js';

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
        "  - You have a job, so you're in the driver's seat and need not settle.",
        '  - No figure yet, and a good interview can shape a better package.',
        '  - A partial fit, but they may have unadvertised roles that suit you better.',
        '',
        'About your doubts:',
        '  - Review sites make a poor guide: anyone can post, unhappy former staff post',
        '    the most, and glowing reviews may come from inside. Judge the company for',
        '    yourself.',
        '',
        'What to watch for:',
        "  - If the pay turns out even a little under what you're after, it's a pass.",
        '',
        'Questions to bring:',
        '  - What range do you have in mind, and how is the package made up?',
        '  - Which other roles, open now or soon, might suit my background better?',
        '  - Where does this role lead in a few years, and how is success measured?',
        '  - What is it really like to work here? (Put what you read or heard to them.)',
        '',
        "Either way, they'll remember you, you can cross it off, and it's practice.",
        '',
      ].join('\n'),
    );
  });

  it('is plain ASCII: no escape codes, no Unicode decoration', () => {
    expect(text).not.toMatch(/[^\x0a\x20-\x7e]/);
    const figures = evaluate({ employment: 'employed', skills: 'partial', offered: '100k-130k', target: '120k', concerns: ['reviews'] });
    expect(renderText(figures, { decorated: false, painter: PLAIN, width: 80, explain: true })).not.toMatch(/[^\x0a\x20-\x7e]/);
  });

  it('a pass: why not first, then what it has in its favour, and a closing line to match', () => {
    const out = renderText(pass, { decorated: false, painter: PLAIN, width: 80 });
    expect(out).toContain('Why not:');
    expect(out).not.toContain('Why go:');
    expect(out.trimEnd().split('\n').at(-1)).toBe('Keep your hour for an opportunity that fits you.');
    expect(out).toContain('Score: 15/100 [###-----------------]');
    const inFavour = renderText(evaluate({ employment: 'employed', ready: 'no', skills: 'strong', pay: 'match' }), {
      decorated: false,
      painter: PLAIN,
      width: 80,
    });
    expect(inFavour.indexOf('Why not:')).toBeLessThan(inFavour.indexOf('In its favour:'));
    expect(inFavour).toContain('On paper it fits');
  });

  it('never lets a line run past the width', () => {
    for (const width of [40, 50, 60, 100]) {
      for (const v of [take, pass]) {
        for (const explain of [false, true]) {
          const out = renderText(v, { decorated: false, painter: PLAIN, width, explain });
          for (const line of out.split('\n')) expect(line.length).toBeLessThanOrEqual(Math.min(width, 88));
        }
      }
    }
    // and the meter shrinks rather than the score line overflowing
    expect(renderText(take, { decorated: false, painter: PLAIN, width: 40 })).toContain('Score: 65/100 [#######---] take at 50+');
  });
});

describe('renderText: the length of a take', () => {
  it('a take without doubts fits in 24 lines at 80 columns, for every combination, with labels, with figures too', () => {
    const tooLong: unknown[] = [];
    const check = (input: AnswersInput) => {
      const result = evaluate({ ...input, company: 'Acme Corporation', role: 'Senior Account Manager' });
      if (result.verdict !== 'take') return;
      const lines = renderText(result, { decorated: false, painter: PLAIN, width: 80 }).trimEnd().split('\n');
      if (lines.length > 24) tooLong.push({ input, lines: lines.length });
    };
    let takes = 0;
    for (const a of allAnswers({ concerns: false })) {
      check(a);
      if (evaluate(a).verdict === 'take') takes++;
      const { pay: _pay, ...rest } = a;
      for (const [offered, target] of [
        ['107k', '120k'],
        ['100k-130k', '120k'],
        ['$55/hr', '$130k'],
        ['€150k OTE', '€140k'],
        ['40k+', '50k'],
      ]) {
        check({ ...rest, offered: offered!, target: target! });
      }
    }
    expect(takes).toBeGreaterThan(100);
    expect(tooLong.slice(0, 3)).toEqual([]);
  });
});

describe('renderText: flips, close calls, questions and the arithmetic', () => {
  const render = (v: ReturnType<typeof evaluate>, explain = false) =>
    renderText(v, { decorated: false, painter: PLAIN, width: 80, explain });

  it('says when the call is close: on the score line, or on its own line when narrow', () => {
    expect(render(evaluate({ employment: 'employed', skills: 'strong', pay: 'match', massPitch: true }))).toContain(
      'Score: 50/100 [##########----------] take at 50+, a close call\n',
    );
    expect(render(evaluate({ employment: 'unemployed', skills: 'strong', pay: 'below' }))).toContain('take at 50+, a close call');
    expect(
      renderText(evaluate({ employment: 'employed', skills: 'strong', pay: 'match', massPitch: true }), {
        decorated: false,
        painter: PLAIN,
        width: 50,
      }),
    ).toContain('Score: 50/100 [#####-----] take at 50+\nA close call.\n');
    expect(render(take)).not.toContain('close call');
  });

  it('on a take, what to watch for; on a pass, what could change it; and says when nothing would', () => {
    const out = render(evaluate({ employment: 'employed', skills: 'strong', pay: 'below' }));
    expect(out).toContain(
      [
        'What could change it:',
        "  - If the pay turned out to be within reach of what you're after, or better,",
        '    this would be a take.',
        '',
      ].join('\n'),
    );
    expect(out).not.toContain('Questions to bring');
    const stuck = render(evaluate({ employment: 'employed', ready: 'no', skills: 'none', pay: 'below', massPitch: true, wouldTake: 'no' }));
    expect(stuck).toContain('What could change it:\n  - Nothing you could still learn or negotiate would make this a take.\n');
    expect(render(take)).toContain('What to watch for:\n');
  });

  it('--explain adds how the score adds up, row by row, ending in the score, and the payoffs in full', () => {
    const out = render(take, true);
    const table = out
      .slice(out.indexOf('How the score adds up:'))
      .split('\n')
      .slice(1, take.breakdown.length + 2);
    expect(table.map((l) => l.trim().split(/\s{2,}/)[0])).toEqual([
      'start',
      'skills fit: partial',
      'pay: unknown',
      'would take it: maybe',
      'mass pitch: no',
      'ready to move: open',
      'score',
    ]);
    const points = table.slice(0, -1).map((l) => Number(l.trim().split(/\s+/).at(-1)));
    expect(points.reduce((a, b) => a + b, 0)).toBe(take.score);
    expect(table.at(-1)!.trim().endsWith(String(take.score))).toBe(true);
    expect(out).toContain('a hiring manager who has seen what you');
    expect(render(take)).not.toContain('How the score adds up');
  });

  it('--explain names a veto, the settling cost and the 0-100 limit', () => {
    const out = render(evaluate({ employment: 'employed', skills: 'strong', offered: '40k+', target: '200k', wouldTake: 'no' }), true);
    expect(out).toMatch(/pay: below, floor of the offer at 20% of your target +-\d+/);
    expect(out).toMatch(/employed: no need to settle +-30/);
    expect(out).toMatch(/kept within 0-100 +\+\d+/);
    expect(render(pass, true)).toMatch(/veto: outside your skills +-15/);
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
    expect(out).toContain('<r>15/100</r>');
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
