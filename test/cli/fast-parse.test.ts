// The fast path must never disagree with commander: on every command line it
// accepts, it must give exactly the options commander gives.
import { describe, expect, it } from 'vitest';
import { fastParse } from '../../src/cli/fast-parse.js';
import { toEvaluateOptions, type EvaluateOptions } from '../../src/cli/commands/evaluate.js';
import { viaCommander as run } from '../helpers/commander.js';

/** What commander makes of argv: the evaluate options, or 'error' / 'other'. */
async function viaCommander(argv: string[]): Promise<EvaluateOptions | 'error' | 'other'> {
  const { calls, error } = await run(argv);
  if (error) return 'error';
  const [call] = calls;
  return call && call[0] === '' ? toEvaluateOptions(call[2]) : 'other';
}

// A deterministic generator, so a failure can be reproduced.
function* commandLines(count: number): Generator<string[]> {
  let seed = 12345;
  const next = (n: number) => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed % n;
  };
  const pool: string[][] = [
    ['--employed'],
    ['--unemployed'],
    ['--skills', 'strong'],
    ['--skills', 'partial'],
    ['--skills=none'],
    ['--skills', 'great'],
    ['--pay', 'match'],
    ['--pay=unknown'],
    ['--pay', 'below'],
    ['--pay', 'lots'],
    ['--offered', '100k-130k'],
    ['--offered=55/hr'],
    ['--offered', 'abc'],
    ['--offered', '-5'],
    ['--target', '120k'],
    ['--target', '100k-120k'],
    ['--ready', 'yes'],
    ['--ready', 'maybe'],
    ['--mass-pitch'],
    ['--no-mass-pitch'],
    ['--would-take', 'no'],
    ['--would-take', 'sure'],
    ['--concern', 'reviews,no-time'],
    ['--concern', 'none'],
    ['--concern', 'boredom'],
    ['--concern', ','],
    ['--concern=unsure'],
    ['--company', 'Acme'],
    ['--company', '--json'],
    ['--role=Sales=Lead'],
    ['--role', ''],
    ['--json'],
    ['--quiet'],
    ['-q'],
    ['--color'],
    ['--no-color'],
    ['--no-input'],
    ['--no-profile'],
    ['--bogus'],
    ['-x'],
    ['word'],
    ['--'],
    ['-'],
    ['--employed=yes'],
    ['-h'],
    ['--help'],
    ['-V'],
    ['profile'],
    ['--json', '--quiet'],
    ['--pay'],
    ['--skills'],
    ['--pay', 'near'],
    ['--explain'],
    ['--offered', '€100k'],
    ['--target', '£120k'],
    ['--offered', '120.000'],
    ['--target', '0.4'],
    // Choices as people type them: any case, spaces around; wrong ones in any case.
    ['--skills', 'STRONG'],
    ['--skills= Partial '],
    ['--pay', 'Above'],
    ['--pay=NEAR'],
    ['--pay', ' Match'],
    ['--pay', 'Lots'],
    ['--would-take', 'Yes'],
    ['--would-take=MAYBE '],
    ['--would-take', 'Sure'],
    ['--ready', 'Open'],
    ['--ready', ' NO '],
    ['--ready', 'Maybe'],
    ['--concern', 'Reviews,NO-TIME'],
    ['--concern', ' None '],
    ['--concern', 'Hearsay, unsure'],
    ['--concern', 'Boredom'],
    ['--skills', 'stróng'],
    ['--pay', ''],
  ];
  for (let i = 0; i < count; i++) {
    const argv: string[] = [];
    const length = next(7);
    for (let j = 0; j < length; j++) argv.push(...pool[next(pool.length)]!);
    yield argv;
  }
}

/** The generator's valid choices typed in another case or with spaces around. */
const MIXED_CASE = new Set([
  'STRONG',
  '--skills= Partial ',
  'Above',
  '--pay=NEAR',
  ' Match',
  'Yes',
  '--would-take=MAYBE ',
  'Open',
  ' NO ',
  'Reviews,NO-TIME',
  ' None ',
  'Hearsay, unsure',
]);

describe('fastParse agrees with commander', () => {
  it('on every command line it accepts, from 1,500 generated ones', async () => {
    let accepted = 0;
    let mixedCase = 0;
    const disagreements: unknown[] = [];
    for (const argv of commandLines(1500)) {
      const fast = fastParse(argv);
      if (!fast) continue;
      if (argv.length > 0) accepted++;
      if (argv.some((arg) => MIXED_CASE.has(arg))) mixedCase++;
      const slow = await viaCommander(argv);
      const mine = toEvaluateOptions(fast);
      if (JSON.stringify(slow) !== JSON.stringify(mine)) disagreements.push({ argv, fast: mine, commander: slow });
    }
    expect(disagreements.slice(0, 3)).toEqual([]);
    // The generator must exercise the fast path, not only the fallbacks.
    expect(accepted).toBeGreaterThan(250);
    // And with choices typed in mixed case, which both must give as the canonical value.
    expect(mixedCase).toBeGreaterThan(50);
  });

  const accepted: string[][] = [
    [],
    ['--employed', '--skills', 'strong', '--pay', 'match', '--json', '--no-input'],
    ['--unemployed', '--skills=partial', '--offered', '100k+', '--target=120k', '-q'],
    ['--concern', 'reviews', '--concern', 'hearsay,unsure', '--company', '-dash', '--role', 'a=b'],
    ['--color', '--no-color', '--mass-pitch', '--no-mass-pitch', '--no-profile'],
    ['--employed', '--skills', 'strong', '--pay', 'near', '--explain'],
    // Two currencies pass both parsers: they are refused later, by evaluate(), naming both flags.
    ['--offered', '€100k-120k', '--target', '£120k'],
    // Any case and spaces around a choice: the canonical value, from both.
    ['--employed', '--skills', 'STRONG', '--pay', 'Above', '--would-take', 'Yes', '--ready', 'Open', '--concern', 'Reviews,NO-TIME'],
    ['--unemployed', '--skills= Partial ', '--pay=NEAR', '--would-take= no', '--concern', 'None', '--concern', ' Unsure '],
  ];
  for (const argv of accepted) {
    it(`takes ${JSON.stringify(argv)} itself, as commander would`, async () => {
      const fast = fastParse(argv);
      expect(fast).toBeDefined();
      expect(toEvaluateOptions(fast!)).toEqual(await viaCommander(argv));
    });
  }

  const declined: string[][] = [
    ['--help'],
    ['-h'],
    ['-V'],
    ['--version'],
    ['profile'],
    ['profile', 'set', '--employed'],
    ['--bogus'],
    ['--skills', 'great'],
    ['--pay'],
    ['--employed', '--unemployed'],
    ['--json', '--quiet'],
    ['--pay', 'match', '--offered', '100k'],
    ['--offered', 'abc'],
    ['--concern', 'boredom'],
    ['--employed=yes'],
    ['--offered', '120.000'],
    ['--offered', '120,00'],
    ['--target', '0.4'],
    ['--explain=yes'],
    ['word'],
    ['--'],
    ['-qV'],
    ['--pay', 'Lots'],
    ['--skills', 'STRONGER'],
    ['--ready', 'Maybe'],
    ['--concern', 'Reviews,Boredom'],
    ['--pay', ''],
  ];
  for (const argv of declined) {
    it(`leaves ${JSON.stringify(argv)} to commander`, () => expect(fastParse(argv)).toBeUndefined());
  }
});
