// Pay in a message: each form read exactly, each kind of figure that is not pay refused.
import { describe, expect, it } from 'vitest';
import { findPay, yearlyPayRange, type MessagePay } from '../../../src/core/message/pay.js';
import { chatStampPhones } from '../../../src/core/message/text.js';
import { readMessage } from '../../../src/core/message/index.js';
import { msToRead, READ_TEST_TIMEOUT } from '../../helpers/read-time.js';

const stated = (p: MessagePay | null) =>
  p === null ? null : { min: p.min, max: p.max, period: p.period, currency: p.currency, ote: p.ote, openTop: p.openTop };
const pay = (text: string) => stated(findPay(text).pay);
const P = (
  min: number | null,
  max: number | null,
  period: MessagePay['period'],
  currency: string | null,
  extra: Partial<MessagePay> = {},
) => ({
  min,
  max,
  period,
  currency,
  ote: false,
  openTop: false,
  ...extra,
});

describe('each form of pay is read exactly, as stated', () => {
  it.each([
    ['The salary is $150,000.', P(150000, null, 'year', 'USD')],
    ['Base salary: $135-150k', P(135000, 150000, 'year', 'USD')],
    ['The range is $120k–$140k.', P(120000, 140000, 'year', 'USD')],
    ['Comp is 120K - 140K USD', P(120000, 140000, 'year', 'USD')],
    ['paying between $110k and $125k', P(110000, 125000, 'year', 'USD')],
    ['from $150k to $180k base', P(150000, 180000, 'year', 'USD')],
    ['budget is up to $160k', P(null, 160000, 'year', 'USD')],
    ['salary from $140k, depending on level', P(140000, null, 'year', 'USD', { openTop: true })],
    ['base of $140k+ for the right person', P(140000, null, 'year', 'USD', { openTop: true })],
    ['The rate is $55/hr on W2.', P(55, null, 'hour', 'USD')],
    ['paying $65 per hour', P(65, null, 'hour', 'USD')],
    ['$70-80 an hour, 1099', P(70, 80, 'hour', 'USD')],
    ['Day rate: £550 per day outside IR35', P(550, null, 'day', 'GBP')],
    ['£500-£600/day', P(500, 600, 'day', 'GBP')],
    ['$2,800/wk for 13 weeks', P(2800, null, 'week', 'USD')],
    ['The salary is €4.800–€5.400 gross per month.', P(4800, 5400, 'month', 'EUR')],
    ['Gehalt: 60.000 € pro Jahr, salary 60.000 EUR', P(60000, null, 'year', 'EUR')],
    ['salary of 55 000 SEK per month', P(55000, null, 'month', 'SEK')],
    ['CHF 9,500 per month', P(9500, null, 'month', 'CHF')],
    ['salary NZD 120,000 a year', P(120000, null, 'year', 'NZD')],
    ['base of ¥9,000,000 a year', P(9000000, null, 'year', 'JPY')],
    ['The salary is C$120,000.', P(120000, null, 'year', 'CAD')],
    ['Salary: $130k CAD plus benefits', P(130000, null, 'year', 'CAD')],
    ['A$150k base salary', P(150000, null, 'year', 'AUD')],
    ['150-165k + bonus, remote', P(150000, 165000, 'year', null)],
    ['€85,000 p.a. plus bonus', P(85000, null, 'year', 'EUR')],
    ['£65,000 per annum', P(65000, null, 'year', 'GBP')],
    ['an annual salary of 145,000 USD', P(145000, null, 'year', 'USD')],
  ])('%s', (text, expected) => {
    expect(pay(text)).toEqual(expected);
  });

  it('"$" is a US dollar unless the message names another dollar', () => {
    expect(pay('Salary $120k. This role is in Toronto and paid in Canadian dollars.')?.currency).toBe('CAD');
    expect(pay('Salary $120k, fully remote.')?.currency).toBe('USD');
  });

  it('a base and an OTE: the base is the pay, the OTE beside it', () => {
    const found = findPay('The role pays $90k base, $180k OTE, uncapped.');
    expect(stated(found.pay)).toEqual(P(90000, null, 'year', 'USD'));
    expect(stated(found.ote)).toEqual(P(180000, null, 'year', 'USD', { ote: true }));
  });
  it('OTE alone is the pay, marked OTE', () => {
    const found = findPay('OTE of $200k with accelerators.');
    expect(stated(found.pay)).toEqual(P(200000, null, 'year', 'USD', { ote: true }));
    expect(found.ote).toBeNull();
  });
  it('quotes the words the pay came from', () => {
    expect(findPay('Hi! The base salary is $150,000 - $170,000 for this one.').pay?.text).toContain('$150,000 - $170,000');
  });
});

describe('no figure, or no clear one: no pay', () => {
  it.each([
    'Compensation is competitive and we offer great benefits.',
    'Salary: DOE',
    'Pay depends on experience; happy to discuss.',
    // Two different salaries for different roles: never a guess.
    'Roles: Senior Engineer at $150-170k salary; Staff Engineer at $180-210k salary.',
    // A figure read two ways.
    'Salary 120.000 per year',
  ])('%s', (text) => {
    expect(findPay(text).pay).toBeNull();
  });
});

describe('figures that are not pay are refused, each kind', () => {
  it.each([
    ['years of experience', 'You need 5+ years of experience and 10 years in Java.'],
    ['401(k)', 'We offer a 401(k) with 4% match and a 401k plan.'],
    ['funding round', 'We just raised a $40M Series B led by great investors.'],
    ['seed', 'Fresh off a $5M seed round.'],
    ['valuation', 'valued at $2B last year'],
    ['revenue', 'We crossed $12M ARR this spring.'],
    ['revenue', 'revenue of $30M and growing'],
    ['deal size', 'Average deal size of $180k.'],
    ['quota', 'You will carry a $1.2M quota.'],
    ['team size', 'The team is 45 engineers and 1,200 employees overall.'],
    ['signing bonus', 'There is a $20k signing bonus.'],
    ['sign-on bonus', 'plus a $15,000 sign-on bonus'],
    ['referral bonus', 'We pay a $2,000 referral bonus.'],
    ['relocation', 'Relocation package of $10k.'],
    ['stipend', 'A $1,500 learning stipend every year.'],
    ['allowance', 'home office allowance of £500'],
    ['equity', '$50k in RSUs vesting over four years'],
    ['requisition number', 'Req #245601, Job ID: 889123'],
    ['time of day', 'Can you talk at 10:30am or 4pm ET?'],
    ['date', 'Starting March 3, 2025'],
    ['phone number', 'Call me at 415-555-0134 or (212) 555-0199.'],
    ['zip code', 'Our office: 100 Main St, Dallas, TX 75201'],
    ['legal section', 'We comply with Section 1198.5 and § 432.3 of the Labor Code.'],
    ['price', 'Our product costs $49/month per seat.'],
    ['percentage', 'a 15% bonus and 10% 401k match'],
    ['someone else\u2019s pay', 'Our top agents earned over $250,000 last year.'],
    ['current pay', "I'm on £52,000 at the moment."],
  ])('%s', (_kind, text) => {
    expect(findPay(text).pay).toBeNull();
    expect(findPay(text).ote).toBeNull();
  });

  it('keeps the pay when non-pay figures sit beside it', () => {
    expect(
      pay('We raised $40M (Series B), have $12M ARR, and the base salary is $160k plus a $20k signing bonus and 0.1% equity.'),
    ).toEqual(P(160000, null, 'year', 'USD'));
  });
});

describe('yearlyPayRange: the answers\u2019 PayRange, for the currencies the parser knows', () => {
  it('makes a stated pay yearly', () => {
    expect(yearlyPayRange({ ...P(55, null, 'hour', 'USD'), text: '' })).toEqual({
      min: 114400,
      max: 114400,
      currency: 'USD',
      period: 'hour',
    });
    expect(yearlyPayRange({ ...P(120000, 140000, 'year', 'EUR'), text: '' })).toEqual({ min: 120000, max: 140000, currency: 'EUR' });
    expect(yearlyPayRange({ ...P(100000, null, 'year', 'USD', { openTop: true }), text: '' })).toEqual({
      min: 100000,
      max: null,
      currency: 'USD',
    });
    expect(yearlyPayRange({ ...P(200000, null, 'year', 'USD', { ote: true }), text: '' })).toEqual({
      min: 200000,
      max: 200000,
      currency: 'USD',
      ote: true,
    });
    expect(yearlyPayRange({ ...P(150000, 165000, 'year', null), text: '' })).toEqual({ min: 150000, max: 165000 });
  });
  it('gives nothing for another currency (no conversion, ever) or an "up to"', () => {
    expect(yearlyPayRange({ ...P(55000, null, 'month', 'SEK'), text: '' })).toBeUndefined();
    expect(yearlyPayRange({ ...P(null, 160000, 'year', 'USD'), text: '' })).toBeUndefined();
  });
});

describe('speed', () => {
  it('reads a typical message in about a millisecond', () => {
    const text = `Subject: Senior Backend Engineer at Halberd Logistics\n\nHi Sam,\n\nI saw your talk at RustConf on async cancellation. We're a team of 12, $12M ARR, hiring a Senior Backend Engineer. The base is $135-150k plus 401(k) with 4% match. Free at 10am PT Tuesday?\n\nBest,\nAlex`;
    for (let i = 0; i < 20; i++) readMessage(text);
    const started = performance.now();
    for (let i = 0; i < 100; i++) readMessage(text);
    expect((performance.now() - started) / 100).toBeLessThan(10);
  });
  it.each([
    ['digits', '1'.repeat(1_000_000)],
    ['dashed digits', '1-'.repeat(500_000)],
    ['money', '$1,000 '.repeat(140_000)],
    ['capitalised words', 'Senior Staff Acme Beta Engineer at Gamma Corp is hiring '.repeat(18_000)],
    ['capitalised lines', 'Aaa Bbb Ccc Ddd Eee Fff Ggg Engineer Manager\n'.repeat(23_000)],
    ['dotted figures', '1.000.'.repeat(170_000)],
    ['placeholders', '{{'.repeat(500_000)],
    // The shapes of the rules for other languages and job alerts.
    ['job-alert listings', 'Senior Engineer\nAcme Corp · Berlin · hybrid\n'.repeat(23_000)],
    ['gender markers', 'Senior Java Entwickler (m/w/d) '.repeat(33_000)],
    ['hiring verbs', 'Szukam do zespołu (7 osób) Senior '.repeat(30_000)],
    ['shift rates', '£38/hr days, £45/hr nights '.repeat(37_000)],
    ['rand figures', 'R1 100 000 – R1 400 000 Johannesburg '.repeat(25_000)],
    ['counted things', '2M events/sec and 3M happy residential customers '.repeat(20_000)],
    ['titles in capitals', 'FORKLIFT OPERATORS WANTED NOW '.repeat(33_000)],
  ])(
    'a 1 MB pathological message (%s) is read in well under a second',
    (_name, text) => {
      expect(msToRead(text)).toBeLessThan(1000);
    },
    READ_TEST_TIMEOUT,
  );
});

describe('base and OTE in either order, with a slash or a comma', () => {
  it.each([
    ['Package: base £70,000 / OTE £120,000', P(70000, null, 'year', 'GBP'), P(120000, null, 'year', 'GBP', { ote: true })],
    ['OTE $200k / base $100k', P(100000, null, 'year', 'USD'), P(200000, null, 'year', 'USD', { ote: true })],
    ['$95k base, $150k OTE', P(95000, null, 'year', 'USD'), P(150000, null, 'year', 'USD', { ote: true })],
  ])('%s', (text, base, ote) => {
    const found = findPay(text);
    expect(stated(found.pay)).toEqual(base);
    expect(stated(found.ote)).toEqual(ote);
  });
});

describe('currency codes with space-grouped thousands', () => {
  it.each([
    ['Lønn: NOK 650 000 - 700 000 per year', P(650000, 700000, 'year', 'NOK')],
    ['Salary 540 000 - 600 000 SEK a year', P(540000, 600000, 'year', 'SEK')],
    ['We pay DKK 48 000 per month', P(48000, null, 'month', 'DKK')],
  ])('%s', (text, expected) => {
    expect(pay(text)).toEqual(expected);
  });
  it('a phone number is still no pay', () => {
    expect(pay('Call me on 0047 912 345 678 about the salary.')).toBeNull();
  });
});

describe('a budget for the role is pay; a budget for a thing is not', () => {
  it('"the budget for this role is X" is pay', () => {
    expect(pay('The budget for this position is $90-100k base.')).toEqual(P(90000, 100000, 'year', 'USD'));
  });
  it.each(['Salary $120k plus a $3,000 learning budget.', 'You also get a €1,500 budget for books and courses.'])(
    'a sum set aside is not: %s',
    (text) => {
      expect(stated(findPay(text).pay)?.min ?? null).not.toBe(3000);
      expect(findPay(text).refused.length).toBeGreaterThan(0);
    },
  );
});

describe('deal sizes and contract values are not pay', () => {
  it.each([
    'The average first-year contract is about $60k.',
    'Our average deal closes around $35,000.',
    'Typical contract size is $250k ACV.',
    'Our average engagement runs $80k.',
  ])('%s', (text) => {
    expect(pay(text)).toBeNull();
  });
  it('beside a base and an OTE, only those are reported', () => {
    const found = findPay('Comp: base $80k / OTE $140k. The average annual contract is $25k.');
    expect(stated(found.pay)).toEqual(P(80000, null, 'year', 'USD'));
    expect(stated(found.ote)).toEqual(P(140000, null, 'year', 'USD', { ote: true }));
  });
  it('a contract rate is still pay', () => {
    expect(pay('Contract rate: $85/hr for 6 months.')).toEqual(P(85, null, 'hour', 'USD'));
  });
});

describe('a reply thread: the newest text carries the pay', () => {
  it('the pay in the reply on top of a quoted pitch', () => {
    const text =
      'Hi Sam,\nThe range for this one is $130-145k base.\n\nBest,\nLi\n\nOn Mon, 3 Mar 2025, Sam wrote:\n> What is the salary?\n>\n> On Fri, Li wrote:\n>> We are hiring a Data Engineer at Tollgate.';
    expect(stated(readMessage(text).pay)).toEqual(P(130000, 145000, 'year', 'USD'));
  });
});

describe('apostrophe-grouped thousands with a code', () => {
  it("CHF 140'000 - 160'000 is a range, not a phone number", () => {
    expect(pay("Salary CHF 140'000 - 160'000.")).toEqual(P(140000, 160000, 'year', 'CHF'));
  });
});

describe('the currency written after a European or space-grouped range', () => {
  it.each([
    ['Gehalt: 72.000–86.000 € brutto im Jahr', P(72000, 86000, 'year', 'EUR')],
    ['Pay: 48.000 - 56.000 EUR gross per year', P(48000, 56000, 'year', 'EUR')],
    ['Lønn: 61.500–67.000 DKK per month', P(61500, 67000, 'month', 'DKK')],
    ['Salary 3 800 – 4 400 € per month', P(3800, 4400, 'month', 'EUR')],
    ['Salary: EUR 52.000 - 60.000 per year', P(52000, 60000, 'year', 'EUR')],
  ])('%s', (text, expected) => {
    expect(pay(text)).toEqual(expected);
  });

  it('the lower end is never dropped to report only the top', () => {
    expect(pay('Budget for the hire is 70.000 to 80.000 € a year.')?.min).toBe(70000);
  });
});

describe("other people's earnings are never the pay", () => {
  it.each([
    'Our best brokers earn $310,000+ a year.',
    'Top-performing advisers take home $200,000 annually.',
    'Many of our planners are making $400k.',
    'Our people make £90k on average.',
    'Seasoned closers clear $25k a month here.',
    'Last year our franchisees averaged $180,000.',
    'Some of our reps brought in $500k in 2023.',
  ])('%s', (text) => {
    expect(findPay(text).pay).toBeNull();
  });

  it('beside the offered base, only the base is the pay', () => {
    expect(pay('Base salary $52,000. Our leading consultants earn $240,000+.')).toEqual(P(52000, null, 'year', 'USD'));
  });

  it('what "you" would earn, or a plain "make X", is still read', () => {
    expect(pay("You'll earn $96,000 base.")).toEqual(P(96000, null, 'year', 'USD'));
    expect(pay('Make $70k+ in year one!')).toEqual(P(70000, null, 'year', 'USD', { openTop: true }));
  });
});

describe("the reader's own pay, said in a reply, is never the offer", () => {
  it.each([
    ['what they are on now', 'Before we go further: I currently make $142,000 base.'],
    ['on now, then the floor', 'Honest answer: I’m on €71k and would not move for less than €80k.'],
    ['what they would move for', "I wouldn't leave for anything under £90,000 to be honest."],
    ['their expectations', 'My salary expectations are around 95k GBP.'],
    ['what they are looking for', "For a move I'd be looking for at least $175k."],
    ['what they have been earning', "I've been earning about CA$118,000 at the bank."],
    ['where they are now', "I'm at $131k right now, remote."],
    ['their floor, said after the figure', '€85,000 would be my minimum for a move.'],
    ['a figure that would not work for them', "Anything around £60k wouldn't work for me."],
  ])('%s', (_kind, text) => {
    expect(findPay(text).pay).toBeNull();
  });

  it("the client's figure said after it is still the offer", () => {
    expect(pay("$160k is my client's top of band.")).toEqual(P(160000, null, 'year', 'USD'));
  });

  it("a recruiter who is 'looking for' a person still states the offer", () => {
    expect(pay("I'm looking for a Staff Engineer; the salary is $185k.")).toEqual(P(185000, null, 'year', 'USD'));
  });

  it("a reply thread: the recruiter's offer is read and the reader's figures above it are not", () => {
    const thread = [
      'Hi Amara, the band for this one is £70,000 - £78,000 plus bonus.',
      '',
      '-----Original Message-----',
      'From: Amara Osei',
      '',
      'Thanks Liam. I make £66k today and would not switch for under £72k.',
    ].join('\n');
    expect(pay(thread)).toEqual(P(70000, 78000, 'year', 'GBP'));
  });
});

describe('currency prefixes and codes around grouped ranges', () => {
  it.each([
    ['a prefixed dollar at both ends', 'Base: CA$118,000 - CA$134,000', P(118000, 134000, 'year', 'CAD')],
    ['Australian dollars at both ends', 'Package A$160k – A$185k plus super', P(160000, 185000, 'year', 'AUD')],
    ['New Zealand dollars', 'Salary NZ$120,000 to NZ$140,000', P(120000, 140000, 'year', 'NZD')],
    ['Singapore dollars a month', 'S$9,500 - S$12,000 per month', P(9500, 12000, 'month', 'SGD')],
    ['Hong Kong dollars', 'HK$780,000 – HK$900,000 annually', P(780000, 900000, 'year', 'HKD')],
    ['New Taiwan dollars, not US ones', 'Range: NT$1,100,000 - NT$1,400,000', P(1100000, 1400000, 'year', 'TWD')],
    ['a code after a space-grouped monthly range', 'Pay: 18 500 – 24 000 CZK gross/month', P(18500, 24000, 'month', 'CZK')],
  ])('%s', (_name, text, expected) => {
    expect(pay(text)).toEqual(expected);
  });

  it('the same range written once without its period and once with it is one pay at the stated period', () => {
    const text = 'Subject: Platform Engineer (31 000 - 36 000 SEK)\n\nWe pay 31 000 - 36 000 SEK per month before tax.';
    expect(stated(readMessage(text).pay)).toEqual(P(31000, 36000, 'month', 'SEK'));
  });
});

describe('pay written the European way: no-break spaces, the sign after each end, period words of other languages', () => {
  it.each([
    ['Vergütung: 68.000 € – 82.000 € brutto pro Jahr', P(68000, 82000, 'year', 'EUR')],
    ['Gehalt zwischen 70.000 und 85.000 € jährlich', P(70000, 85000, 'year', 'EUR')],
    ['Salaire : 48\u00a0000\u00a0€–54\u00a0000\u00a0€ brut annuel', P(48000, 54000, 'year', 'EUR')],
    ['une rémunération de 61\u202f000 € à 66\u202f000 € par an', P(61000, 66000, 'year', 'EUR')],
    ['entre 3\u00a0900 € et 4\u00a0400 € bruts par mois', P(3900, 4400, 'month', 'EUR')],
    ['Salaris tussen 4.100 en 5.300 euro bruto per maand', P(4100, 5300, 'month', 'EUR')],
    ['Jaarsalaris 62.000 – 71.000 EUR per jaar', P(62000, 71000, 'year', 'EUR')],
    ['Lön 48 000–56 000 SEK i månaden', P(48000, 56000, 'month', 'SEK')],
    ['Lønn 700 000–780 000 NOK per år', P(700000, 780000, 'year', 'NOK')],
    ['Palkka 4 600–5 400 € kuukaudessa', P(4600, 5400, 'month', 'EUR')],
    ['Stundensatz 95 € pro Stunde', P(95, null, 'hour', 'EUR')],
    ['the salary is £58k gross per annum', P(58000, null, 'year', 'GBP')],
  ])('%s', (text, expected) => {
    expect(pay(text)).toEqual(expected);
  });

  it('an allowance named in a compound word is no second salary', () => {
    expect(pay('Gehalt: 70.000 € brutto im Jahr\nDazu 1.500 € Weiterbildungsbudget pro Jahr')).toEqual(P(70000, null, 'year', 'EUR'));
  });

  it('"and" between two figures with no "between" is no range', () => {
    expect(pay('We are 40 people and 2.000 € is the conference budget per person')).toBeNull();
  });
});

describe('kronor or kroner, unnamed, still mark a figure as money', () => {
  it('a dot-grouped range with "kr." and a Danish period is no phone number', () => {
    expect(pay('Løn 48.000-55.000 kr. om måneden')).toEqual(P(48000, 55000, 'month', 'DKK'));
  });
  it('a month word before the figure sets the period, and the language which kr', () => {
    expect(pay('Vi erbjuder en månadslön på 45 000–52 000 kr och hybridarbete från Göteborg.')).toEqual(P(45000, 52000, 'month', 'SEK'));
    expect(pay('Stillingen i Oslo gir en månedslønn på 60 000 kr, og vi søker noen med erfaring.')).toEqual(P(60000, null, 'month', 'NOK'));
  });
  it('kr in a message that tells no country keeps its currency unnamed', () => {
    expect(pay('Salary 500 000 kr per year, remote.')).toEqual(P(500000, null, 'year', null));
  });
});

describe('"up to", "from" and "X to Y" in the languages a European message is written in', () => {
  it.each([
    ['Stundensatz: bis zu 95 €/h (all-in)', P(null, 95, 'hour', 'EUR')],
    ['Gehalt bis 80.000 € brutto im Jahr', P(null, 80000, 'year', 'EUR')],
    ['Vergütung: maximal 85.000 € pro Jahr', P(null, 85000, 'year', 'EUR')],
    ['Salaire jusqu’à 60 000 € brut annuel', P(null, 60000, 'year', 'EUR')],
    ["une rémunération jusqu'à 4 500 € bruts par mois", P(null, 4500, 'month', 'EUR')],
    ['Salaris tot €5.000 bruto per maand', P(null, 5000, 'month', 'EUR')],
    ['Salario hasta 45.000 € brutos al año', P(null, 45000, 'year', 'EUR')],
    ['Retribuzione fino a 50.000 € lordi annui', P(null, 50000, 'year', 'EUR')],
    ['Lön upp till 60 000 kr i månaden', P(null, 60000, 'month', 'SEK')],
    ['Lønn opptil 800 000 NOK per år', P(null, 800000, 'year', 'NOK')],
    ['Gehalt ab 70.000 € brutto pro Jahr', P(70000, null, 'year', 'EUR', { openTop: true })],
    ['Salaire à partir de 55 000 € brut annuel', P(55000, null, 'year', 'EUR', { openTop: true })],
    ['Salaris vanaf €4.200 bruto per maand', P(4200, null, 'month', 'EUR', { openTop: true })],
    ['Salario desde 40.000 € brutos al año', P(40000, null, 'year', 'EUR', { openTop: true })],
    ['Salario de 40.000 a 48.000 € brutos al año', P(40000, 48000, 'year', 'EUR')],
    ['Retribuzione da 38.000 a 44.000 € lordi annui', P(38000, 44000, 'year', 'EUR')],
    ['Salário de R$ 9.000 a R$ 12.000 por mês', P(9000, 12000, 'month', 'BRL')],
    ['Salario entre 40.000 y 48.000 € brutos al año', P(40000, 48000, 'year', 'EUR')],
    ['Retribuzione tra 38.000 e 44.000 € lordi annui', P(38000, 44000, 'year', 'EUR')],
  ])('%s', (text, expected) => {
    expect(pay(text)).toEqual(expected);
  });

  it.each([
    ['Salario: 2.800 € brutos al mes', P(2800, null, 'month', 'EUR')],
    ['Sueldo 18 € por hora', P(18, null, 'hour', 'EUR')],
    ['RAL 42.000 € lordi annui', P(42000, null, 'year', 'EUR')],
    ['Stipendio 2.400 € lordi al mese', P(2400, null, 'month', 'EUR')],
    ['Salário de R$ 9.500 por mês', P(9500, null, 'month', 'BRL')],
    ['Wynagrodzenie od 15 000 do 18 000 PLN brutto miesięcznie', P(15000, 18000, 'month', 'PLN')],
    ['Wynagrodzenie 120 PLN na godzinę', P(120, null, 'hour', 'PLN')],
  ])('period words of Spanish, Italian, Portuguese and Polish: %s', (text, expected) => {
    expect(pay(text)).toEqual(expected);
  });

  it('"a" between figures is no range in English: "$140k a year" stays one figure', () => {
    expect(pay('The base is $140k a year, 401(k) match')).toEqual(P(140000, null, 'year', 'USD'));
    expect(pay('We pay $600 a day for 3 days a week')).toEqual(P(600, null, 'day', 'USD'));
  });
});

describe('pay lines as job ads and alerts lay them out', () => {
  it('"OTE" starting the next line labels the next figure, not this one', () => {
    const found = findPay('Base: £55,000 - £65,000\nOTE: £110,000 - £130,000 (50/50 split, uncapped)');
    expect(stated(found.pay)).toEqual(P(55000, 65000, 'year', 'GBP'));
    expect(stated(found.ote)).toEqual(P(110000, 130000, 'year', 'GBP', { ote: true }));
  });

  it('a single figure that is one end of a range stated elsewhere is that range said short', () => {
    expect(pay('Account Executive – Tallyframe (£65k base)\n\nBase: £55,000 - £65,000')).toEqual(P(55000, 65000, 'year', 'GBP'));
  });

  it("a currency sign right before a digit is the next figure's: a postcode before the pay is no pay", () => {
    expect(pay('Banksia Electrical · Eagle Farm QLD 4009 $52 – $58 per hour + 12% super')).toEqual(P(52, 58, 'hour', 'AUD'));
  });

  it.each([
    ['Package is from $160k + super, based in Melbourne.', P(160000, null, 'year', 'AUD', { openTop: true })],
    ['The role is in Toronto and pays $120,000 a year.', P(120000, null, 'year', 'CAD')],
    ['Based in Auckland; salary $110,000.', P(110000, null, 'year', 'NZD')],
    ['Salary $150k, remote across the US and Canada.', P(150000, null, 'year', 'USD')],
    ['Salary $150k, offices in Denver and Montreal.', P(150000, null, 'year', 'USD')],
    ['Salary $150k, offices in Sydney and Toronto.', P(150000, null, 'year', 'USD')],
  ])('"$" is the dollar of the one country the message is set in: %s', (text, expected) => {
    expect(pay(text)).toEqual(expected);
  });

  it('lakhs and crores are rupees', () => {
    expect(pay('Salary: 18-24 LPA')).toEqual(P(1800000, 2400000, 'year', 'INR'));
  });

  it.each([
    ['Ganancias totales de hasta 45.000 €/año (OTE)', P(null, 45000, 'year', 'EUR', { ote: true })],
    ['Gehalt: 5.000 €/Monat', P(5000, null, 'month', 'EUR')],
    ['Widełki: 20 000 – 26 000 zł netto + VAT miesięcznie na B2B', P(20000, 26000, 'month', 'PLN')],
  ])('a period after a slash, or after "netto + VAT": %s', (text, expected) => {
    expect(pay(text)).toEqual(expected);
  });
});

describe('more forms of pay, and more figures that are not', () => {
  it('a count of things, or a rate of them, is no pay', () => {
    expect(pay('Our ingestion pipeline handles roughly 2M events/sec at peak. Comp is top of market.')).toBeNull();
    expect(findPay('The service answers 40k requests per second.').refused.map((r) => r.why)).toContain('a count of things');
  });

  it('"entre 55 et 65 k€": the French "et" is no time zone; a base "fixe" and a target pay "autour de" beside it', () => {
    const found = findPay('Package : fixe entre 55 et 65 k€ + variable, soit une rémunération cible (OTE) autour de 100 k€');
    expect(stated(found.pay)).toEqual(P(55000, 65000, 'year', 'EUR'));
    expect(stated(found.ote)).toEqual(P(100000, null, 'year', 'EUR', { ote: true }));
  });

  it.each([
    ['Vergütung zwischen 4.200 und 4.800 EUR brutto/Monat', P(4200, 4800, 'month', 'EUR')],
    ["Pay's from $42 p/h in Christchurch", P(42, null, 'hour', 'NZD', { openTop: true })],
    ['Widełki: do 28 000 zł netto + VAT miesięcznie na B2B', P(null, 28000, 'month', 'PLN')],
    ['💰 Salário: R$ 9.500,00 + PLR', P(9500, null, 'month', 'BRL')],
    ["RAL: 55-65k, in base all'esperienza", P(55000, 65000, 'year', 'EUR')],
  ])('%s', (text, expected) => {
    expect(pay(text)).toEqual(expected);
  });

  it('the rand written "R" against the figure, in a South African message only', () => {
    expect(pay('Based in Sandton, Johannesburg. OTE is R1 100 000 – R1 400 000 per annum.')).toEqual(
      P(1100000, 1400000, 'year', 'ZAR', { ote: true }),
    );
    expect(pay('Salary R45 000 per month')).toBeNull();
  });

  it('"do" before a figure is "up to" only with zloty', () => {
    expect(pay('I can do $120k for the right person.')).toEqual(P(120000, null, 'year', 'USD'));
  });
});

describe('ranges with a currency at each end, and figures that only look like ranges', () => {
  it.each([
    ['Salary: CA$185,000–$215,000 plus annual bonus', P(185000, 215000, 'year', 'CAD')],
    ['faixa salarial: R$ 12.000 a R$ 15.500 por mês, CLT', P(12000, 15500, 'month', 'BRL')],
    ['Salario: $65,000 – $80,000 MXN mensuales brutos', P(65000, 80000, 'month', 'MXN')],
    ['Berlin or remote within CET ±2 - €95,000–€115,000 base', P(95000, 115000, 'year', 'EUR')],
    ['une rémunération brute mensuelle entre 3 100 € et 3 500 €, selon expérience', P(3100, 3500, 'month', 'EUR')],
    [
      'Das Mindestgehalt beträgt € 4.150,– brutto pro Monat (14 Gehälter), Überzahlung je nach Qualifikation vorgesehen.',
      P(4150, null, 'month', 'EUR', { openTop: true }),
    ],
  ])('%s', (text, expected) => {
    expect(pay(text)).toEqual(expected);
  });

  it('a count of customers, with words between, is no pay', () => {
    expect(pay('Our client serves approximately 1.4 million residential and business customers.')).toBeNull();
  });
});

describe('job alerts, shift rates and allowances in more languages', () => {
  it('the pay of the job alerted, not of the "similar jobs" below it', () => {
    const text =
      'New job: Data Analyst at Fernleigh Housing Trust, £38,000 - £42,500\n\nDATA ANALYST\nFernleigh Housing Trust - Leeds - £38,000 - £42,500 per annum\n\nSimilar jobs you may like\n- Insight Analyst - Calder Vale Council - £33,366 - £36,124\n- Junior BI Developer - Kirkstall Mutual - Up to £35,000';
    const found = readMessage(text);
    expect(found.pay && stated(found.pay)).toEqual(P(38000, 42500, 'year', 'GBP'));
    expect(found.company).toBe('Fernleigh Housing Trust');
    expect(found.role).toBe('Data Analyst');
  });

  it('two rates for the same job by shift are a range', () => {
    expect(pay('Shifts at Bournmoor General - Band 6 RGN. Pay £38/hr days, £45/hr nights & weekends, paid weekly.')).toEqual(
      P(38, 45, 'hour', 'GBP'),
    );
  });

  it('a Canadian address makes "$" Canadian', () => {
    expect(pay('Salary: $82,340 – $97,115 per year. Location: Town Hall, Crestholm, ON N0B 1K0')).toEqual(P(82340, 97115, 'year', 'CAD'));
  });

  it('a training budget in Polish is no second salary', () => {
    expect(pay('7 500 – 9 500 zł brutto / mies.\n\nOferujemy:\n• budżet szkoleniowy 2 000 zł rocznie')).toEqual(
      P(7500, 9500, 'month', 'PLN'),
    );
  });
});

describe('OTE and quotas in other languages, and scaled figures in large units (unseen sets 11 and 12)', () => {
  it('"Zielgehalt (OTE) bis zu 120.000 EUR" beside a yearly quota: the OTE, and the quota is no pay', () => {
    const found = findPay(
      '- Verantwortung für eine Jahresquote von 900.000 EUR Neugeschäft\n- Zielgehalt (OTE) bis zu 120.000 EUR bei 100 % Zielerreichung',
    );
    expect(stated(found.pay)).toEqual(P(null, 120000, 'year', 'EUR', { ote: true }));
  });

  it('"₦1.2m – ₦1.5m monthly"', () => {
    expect(pay('The range we have budgeted is ₦1.2m – ₦1.5m monthly, plus ESOP.')).toEqual(P(1200000, 1500000, 'month', 'NGN'));
  });

  it('a media budget is no pay', () => {
    expect(pay("Rémunération : 55 à 62 k€ brut annuel. Vous piloterez un budget média d'environ 1,2 M€.")).toEqual(
      P(55000, 62000, 'year', 'EUR'),
    );
  });

  it('"el ingreso total esperado (OTE) ronda los $75,000 al mes"', () => {
    const found = findPay(
      'sueldo base de $45,000 a $55,000 mensuales brutos; el ingreso total esperado (OTE) ronda los $75,000 al mes, en Monterrey.',
    );
    expect(stated(found.ote)).toEqual(P(75000, null, 'month', 'MXN', { ote: true }));
  });
});

describe('what this round’s pay rules must not do (a review’s probes)', () => {
  it.each([
    [
      "We're hiring at Acme Analytics.\n\nYou might also like that it's fully remote. Salary is £90,000 per year.",
      P(90000, null, 'year', 'GBP'),
    ],
    ['Other jobs on the team are already filled; this one pays $180k base.', P(180000, null, 'year', 'USD')],
    ['Albuquerque, New Mexico. Salary $140,000 - $160,000', P(140000, 160000, 'year', 'USD')],
    ['Based in Melbourne, FL. Salary $120,000', P(120000, null, 'year', 'USD')],
    ['Portland, Oregon, with a small team in Vancouver. Salary $150,000', P(150000, null, 'year', 'USD')],
    ['Remuneração total anual: R$ 250.000', P(250000, null, 'year', 'BRL')],
    ['Total annual comp BRL 300,000', P(300000, null, 'year', 'BRL')],
  ])('%s', (text, expected) => {
    expect(readMessage(text).pay && stated(readMessage(text).pay)).toEqual(expected);
  });
  it('"$55/hr after 90 days" is a raise, not a shift rate', () => {
    expect(pay('Starting $50/hr, $55/hr after 90 days.')).not.toEqual(P(50, 55, 'hour', 'USD'));
  });
  it('"brand" is no South African rand', () => {
    expect(pay('Our brand team pays R45 000 per month.')).toBeNull();
  });
  it.each([
    ['capitals', `${'A'.repeat(20_000)} NEW YORK\n`.repeat(50)],
    ['capitals wanted', `${'A'.repeat(20_000)} NEW YORK wanted\n`.repeat(50)],
    ['markers with no title', 'x (m/w/d) '.repeat(100_000)],
    ['rand prefixes', 'R1 '.repeat(333_000)],
    // Each figure in kronor asked the whole text which krona it meant: 1.6 s before it was asked once.
    ['kronor by the hour', '1 kr/t '.repeat(143_000)],
  ])(
    'a 1 MB pathological message (%s) is read in well under a second',
    (_name, text) => {
      expect(msToRead(text)).toBeLessThan(1000);
    },
    READ_TEST_TIMEOUT,
  );
});

describe('Indian grouping, "mil", a floor and a ceiling said apart (unseen set 13)', () => {
  it.each([
    ['CTC: ₹28,00,000 - ₹35,00,000 per annum', P(2800000, 3500000, 'year', 'INR')],
    ['- Salário de até R$ 22 mil/mês', P(null, 22000, 'month', 'BRL')],
    ['• Salaris max. € 6.110 bruto per maand (schaal 11), afhankelijk van je ervaring minimaal € 4.221', P(4221, 6110, 'month', 'EUR')],
    ['te puedo ofrecer 2.400 € netos al mes en 14 pagas', P(2400, null, 'month', 'EUR')],
    ['Kia ora Hemi, the store in Takapuna pays $75k+.', P(75000, null, 'year', 'NZD', { openTop: true })],
    ['Reply to georgia@tuiretail.co.nz. Salary is $75,000.', P(75000, null, 'year', 'NZD')],
  ])('%s', (text, expected) => {
    expect(pay(text)).toEqual(expected);
  });
  it('"mil" after a dollar figure is still a million in English', () => {
    expect(findPay('We raised $1.5 mil last year').pay).toBeNull();
  });
});

describe('figures unseen set 14 and 15 misread', () => {
  it.each([
    ['Since people always ask: the range is S$9,500 – S$12,500 per month, plus AWS.', P(9500, 12500, 'month', 'SGD')],
    ['Bengaluru (Hybrid) | 6-9 Yrs | ₹ 18,00,000 - 24,00,000 P.A.', P(1800000, 2400000, 'year', 'INR')],
    ['Salary: $78,436.80 - $104,582.40 Annually', P(78436.8, 104582.4, 'year', 'USD')],
  ])('%s', (text, expected) => {
    expect(pay(text)).toEqual(expected);
  });
  it.each([
    '* Tillsvidareanställning på heltid, 6 månaders provanställning',
    '• Own the roadmap for the Doctor App (1.2 lakh monthly active doctors)',
    'Salary packaging up to $15,900 tax-free',
    'plus a TLR 1b of £10,240',
  ])('no pay: %s', (text) => {
    expect(pay(text)).toBeNull();
  });
});

describe('pesos, billions, hours, premiums, abbreviations and OTE words (unseen sets 16 and 17)', () => {
  it.each([
    [
      'a bare "$" named by the code after it',
      'Sueldo: desde $28,000 MXN mensuales brutos',
      P(28000, null, 'month', 'MXN', { openTop: true }),
    ],
    [
      'a Colombian salary, stated by the month',
      '✅ Salario básico: $1.800.000 + prestaciones de ley. Medellín',
      P(1800000, null, 'month', 'COP'),
    ],
    ['a Colombian salary a year says so', 'Salario: $45,000 al año, Bogotá', P(45000, null, 'year', 'COP')],
    [
      'a referral bonus in Portuguese is no second pay',
      'Faixa é de R$ 9.500 a R$ 12.000 por mês. A gente tem bônus de indicação de R$ 3 mil.',
      P(9500, 12000, 'month', 'BRL'),
    ],
    ['a night premium is no second pay', 'Earn up to £13.85/hr + £1.50/hr night premium.', P(null, 13.85, 'hour', 'GBP')],
    [
      '"mind." is a floor, not the end of a clause',
      'Ein monatliches Bruttogehalt von mind. € 3.412,80 (14x jährlich).',
      P(3412.8, null, 'month', 'EUR', { openTop: true }),
    ],
    [
      '"alkaen" is a floor',
      'Palkka: kiinteä kuukausipalkka alkaen 4 800 €/kk + provisio.',
      P(4800, null, 'month', 'EUR', { openTop: true }),
    ],
    ['"Zielgehalt" is the salary meant, not an OTE', 'Zielgehalt 78.000 – 92.000 € brutto im Jahr', P(78000, 92000, 'year', 'EUR')],
    [
      'an Australian address names the dollar',
      'Dandenong South VIC 3175 · Full time\n$34.50 – $38.00 per hour + 11.5% super',
      P(34.5, 38, 'hour', 'AUD'),
    ],
    [
      'a South African town names the rand',
      'New retail park in Midrand. Money is R32 000 - R38 000 per month.',
      P(32000, 38000, 'month', 'ZAR'),
    ],
  ])('%s', (_name, text, expected) => {
    expect(pay(text)).toEqual(expected);
  });

  it('"OTE noin" and "OTE på": the OTE beside the base, in Finnish and Danish', () => {
    const fi = findPay('Palkka: kiinteä kuukausipalkka alkaen 4 800 €/kk + provisio, OTE noin 8 000 €/kk.');
    expect(stated(fi.ote)).toEqual(P(8000, null, 'month', 'EUR', { ote: true }));
    const dk = findPay('Vi tilbyder en OTE på 720.000 kr. om året. Kunderne er danske.');
    expect(stated(dk.pay)).toMatchObject({ min: 720000, ote: true });
  });

  it('an average income "con comisiones" is the OTE', () => {
    const found = findPay('Salario básico: $1.800.000. Ingreso promedio con comisiones: $4.500.000. Medellín');
    expect(stated(found.ote)).toEqual(P(4500000, null, 'month', 'COP', { ote: true }));
  });

  it.each([
    ['billions', 'We did ₦1.2bn in the region last year and the target is ₦2bn for this year.', 'a sum in billions'],
    ['a target of hours', 'Chargeable hours target of 1,400 per year.', 'hours'],
    ['an order size in Danish', 'Typisk ordrestørrelse på 250.000-1.200.000 kr., så provisionen kan mærkes.', 'deal size or quota'],
  ])('no pay: %s', (_name, text, why) => {
    const found = findPay(text);
    expect(found.pay).toBeNull();
    expect(found.refused.map((r) => r.why)).toContain(why);
  });
});

describe('ringgit, lacs, rates by the day and more (unseen sets 18 and 19)', () => {
  it.each([
    ['the ringgit', 'Salary: RM 12,000 - 15,000 per month, Kuala Lumpur.', P(12000, 15000, 'month', 'MYR')],
    ['"Lacs" in capitals', '📍 Pune | 💼 2-5 Yrs | ₹ 3.6-4.8 Lacs P.A.', P(360000, 480000, 'year', 'INR')],
    [
      'a chile is a pepper in Mexico',
      'Tu tostada con chile de árbol, en Tlaquepaque. El sueldo es de $28,000 a $32,000 mensuales netos.',
      P(28000, 32000, 'month', 'MXN'),
    ],
    [
      'a month across a line break',
      '- Salaris: schaal 10, minimaal € 3.650 en maximaal € 5.310 bruto per\n  maand bij 36 uur',
      P(3650, 5310, 'month', 'EUR'),
    ],
    ['a day rate in French', '• Tarif journalier : entre 950 et 1.150 € HTVA, selon profil', P(950, 1150, 'day', 'EUR')],
    [
      'an "up to" in the subject over the range in the body',
      'Subject: Data Engineer || CTC upto 24 LPA\n\nCTC: 18 - 24 LPA (based on current CTC)',
      P(1800000, 2400000, 'year', 'INR'),
    ],
    [
      'a car benefit after "n." is no second pay',
      '– kiinteä peruspalkka 4 200 €/kk\n– työsuhdeauto (autoedun verotusarvo n. 900 €/kk)',
      P(4200, null, 'month', 'EUR'),
    ],
  ])('%s', (_name, text, expected) => {
    expect(pay(text)).toEqual(expected);
  });

  it('"(OTE) n." marks the OTE', () => {
    expect(stated(findPay('– kiinteä peruspalkka 4 200 €/kk\n– tavoiteansiot (OTE) n. 6 500 €/kk').ote)).toEqual(
      P(6500, null, 'month', 'EUR', { ote: true }),
    );
  });

  it.each([
    ['rent', "and there's staff accom on Gorge Rd for $180/wk which is gold in this town", 'price'],
    ['a deal size in German', 'Jahresquote 1,2 Mio. €, durchschnittliche Dealgröße ca. 65.000 €', 'deal size or quota'],
  ])('no pay: %s', (_name, text, why) => {
    const found = findPay(text);
    expect(found.pay).toBeNull();
    expect(found.refused.map((r) => r.why)).toContain(why);
  });
});

describe('Swiss francs written ".–", cost to company, and more that is not pay (unseen sets 20 and 21)', () => {
  it.each([
    ['".–" after a Swiss figure', "Lohn ab CHF 6'300.– pro Monat, 13 Monatslöhne", P(6300, null, 'month', 'CHF', { openTop: true })],
    ['".–" after both ends', "Salaire : CHF 5'800.– à 6'400.– brut par mois à 100 %", P(5800, 6400, 'month', 'CHF')],
    [
      '"total cost to company" is pay',
      'In Gauteng: R1.9bn revenue, about 2,600 staff.\n\nThe package is R2.6m - R3.1m total cost to company.',
      P(2600000, 3100000, 'year', 'ZAR'),
    ],
  ])('%s', (_name, text, expected) => {
    expect(pay(text)).toEqual(expected);
  });

  it.each([
    ['a living-out allowance', "MB: Camp is full so it's LOA, $185/day on top of wages for every day on site.", 'stipend or allowance'],
    ['a welfare budget', '14 mensilità, buoni pasto da 8 €, welfare aziendale di 1.000 € annui.', 'stipend or allowance'],
    ['a view count', '👁 12.4K edited 09:41', 'a count of things'],
    ['first-year hype', '{{first_name}}, could you earn £45k in your first year?', "hype or someone else's pay"],
  ])('no pay: %s', (_name, text, why) => {
    const found = findPay(text);
    expect(found.pay).toBeNull();
    expect(found.refused.map((r) => r.why)).toContain(why);
  });
});

// Probes of a review of the rules above: English messages they must not misread.
describe('the rules of sets 16 to 21 leave plain English alone', () => {
  it.each([
    [
      '"no." ends a clause',
      'Hi Sam,\n\nRole: Backend Engineer at Lumen. Sign-on bonus: no. Salary: $150,000.\n\nKim',
      P(150000, null, 'year', 'USD'),
    ],
    [
      '"max." ends a clause',
      'Hi Sam,\n\nBackend Engineer at Lumen. Learning budget $2,000 max. Salary $150,000.\n\nKim',
      P(150000, null, 'year', 'USD'),
    ],
    [
      '"in mind." is no floor',
      'Hi Sam,\n\nA few things to keep in mind. $140,000 base salary, fully remote.\n\nKim',
      P(140000, null, 'year', 'USD'),
    ],
    [
      '"b)" is no billion',
      'Hi Sam,\n\nSenior Engineer at Lumen. Pay: (a) $150,000 b/c the band is fixed.\n\nKim',
      P(150000, null, 'year', 'USD'),
    ],
    [
      'a premium salary is pay',
      'Hi Sam,\n\nBackend Engineer at Lumen. We pay a premium salary of $180,000 for this one.\n\nKim',
      P(180000, null, 'year', 'USD'),
    ],
    ['"PERM" is no ringgit', 'Hi Sam,\n\nSenior Embedded Engineer, Leeds, PERM 60-70k plus bonus.\n\nKim', P(60000, 70000, 'year', null)],
    [
      'a name is no place',
      'Hi Sam,\n\nLuis Mendoza here, recruiter at Brightline. Remote Senior Backend Engineer role, $140,000 base.\n\nLuis',
      P(140000, null, 'year', 'USD'),
    ],
    [
      '"ACT 2024" is no Australian address',
      'Hi Sam,\n\nCompliance Engineer at Lumen, work on the ACT 2024 rollout. Salary $150,000.\n\nKim',
      P(150000, null, 'year', 'USD'),
    ],
  ])('%s', (_name, text, expected) => {
    expect(pay(text)).toEqual(expected);
  });
});

describe('hourly gross pay in Polish, ringgit by the month, questions and Canadian addresses (unseen sets 22 and 23)', () => {
  it.each([
    ['"brutto/h"', '💰 32,50 zł brutto/h + premia frekwencyjna do 600 zł miesięcznie', P(32.5, null, 'hour', 'PLN')],
    ['the ringgit by the month', 'Salary range RM3,800 - RM4,500 (basic), depends on exp. Plus EPF 13%.', P(3800, 4500, 'month', 'MYR')],
    [
      'an address wins over "US"',
      'Hiring AZ Drivers out of our Brampton, ON terminal. Cross-border US lanes. Pay $2,100-$2,450/week guaranteed.',
      P(2100, 2450, 'week', 'CAD'),
    ],
    ['"US and Canada" stays the US dollar', 'Salary $150k, remote across the US and Canada.', P(150000, null, 'year', 'USD')],
  ])('%s', (_name, text, expected) => {
    expect(pay(text)).toEqual(expected);
  });

  it('an OTE "in your first year" is the OTE, not hype', () => {
    const found = findPay('On-target earnings of HK$45,000 – HK$70,000 per month in your first year.');
    expect(stated(found.pay)).toEqual(P(45000, 70000, 'month', 'HKD', { ote: true }));
  });

  it.each([
    ['a figure asked about', '🚀 Earn HK$1.5M+? Join our 2025 Wealth Planner Programme', "hype or someone else's pay"],
    ['a contribution to a travel pass', "Zudem ein Beitrag an das GA von CHF 1'800 oder ein Gratisparkplatz.", 'stipend or allowance'],
    ['a meal allowance in Portuguese', 'e subsídio de alimentação de 9,60€/dia em cartão.', 'stipend or allowance'],
    ['an evening supplement in Swedish', 'OB-tillägg på kvällar 45 kr/tim.', 'stipend or allowance'],
  ])('no pay: %s', (_name, text, why) => {
    const found = findPay(text);
    expect(found.pay).toBeNull();
    expect(found.refused.map((r) => r.why)).toContain(why);
  });
});

describe('a figure in brackets is an aside on what stands before them', () => {
  it('an evening supplement in brackets is no second pay', () => {
    expect(pay('Timlön 178–192 kr/tim beroende på erfarenhet, plus OB-tillägg på kvällar och helger (ca 25–60 kr/tim).')).toEqual(
      P(178, 192, 'hour', 'SEK'),
    );
  });
  it.each([
    ['Salary (£55,000) plus bonus', P(55000, null, 'year', 'GBP')],
    ['Base salary (£60k - £70k), bonus 10%', P(60000, 70000, 'year', 'GBP')],
  ])('the pay in brackets is still pay: %s', (text, expected) => {
    expect(pay(text)).toEqual(expected);
  });
});

describe('an hourly wage named before its figure, and the dollar of more places', () => {
  it.each([
    ['Swedish "timlön"', 'Timlön 165–180 kr beroende på erfarenhet, plus OB.', P(165, 180, 'hour', 'SEK')],
    ['Norwegian "timelønn"', 'Timelønn: 225–240 kr + kveldstillegg', P(225, 240, 'hour', 'NOK')],
    ['German "Stundenlohn"', 'Stundenlohn: 18,50 € brutto', P(18.5, null, 'hour', 'EUR')],
    ['an Australian award term', 'Night works near Toowoomba, $46.20/hr base plus penalty rates.', P(46.2, null, 'hour', 'AUD')],
    ['Singapore by its pension fund', 'Basic up to $3,400/month + CPF, 5-day week.', P(null, 3400, 'month', 'SGD')],
    ['Mexico by its labour law', 'Sueldo: $11,500 mensuales, vales de despensa y alta en el IMSS.', P(11500, null, 'month', 'MXN')],
  ])('%s', (_name, text, expected) => {
    expect(pay(text)).toEqual(expected);
  });

  it('a holiday destination names no country: "an incentive trip to Cancún"', () => {
    expect(pay('Base salary $80,000 plus a sales incentive trip to Cancún.')?.currency).toBe('USD');
  });
});

describe('local currency words, monthly custom in Central Europe and Turkey, and allowances in more languages', () => {
  it.each([
    [
      'Czech crowns after the figure, gross by the month',
      'Nabízíme mzdu 36 000 – 44 000 Kč hrubého měsíčně.',
      P(36000, 44000, 'month', 'CZK'),
    ],
    ['"tis. Kc" texted', 'Mzda 31-36 tis. Kc hrube mesicne, nastup ihned.', P(31000, 36000, 'month', 'CZK')],
    ['Romanian lei, from a floor', 'Salariu de la 3.900 lei net/lună', P(3900, null, 'month', 'RON', { openTop: true })],
    ['Turkish lira, monthly before the figure', 'Maaş aylık net 72.000 TL, yılda 4 ikramiye.', P(72000, null, 'month', 'TRY')],
    ['the lira sign', 'Aylık brüt ₺85.000 + yan haklar', P(85000, null, 'month', 'TRY')],
    ['forints by the month', 'Fizetés: 650 000 Ft havonta', P(650000, null, 'month', 'HUF')],
    ['Kenyan shillings', 'Salary: KSh 95,000 – 120,000 per month gross', P(95000, 120000, 'month', 'KES')],
    ['Polish thousands, monthly by custom', 'Wynagrodzenie 9 tys. zł brutto', P(9000, null, 'month', 'PLN')],
    ['a British postcode is no figure', 'Drivers needed out of our Rugby DC (CV21 3PH). £690-£780 per week.', P(690, 780, 'week', 'GBP')],
    [
      'a base with no period takes the period of the OTE beside it',
      '💰 Basic S$3,100 + commissions\n💰 OTE S$8,000–S$10,000/month',
      P(3100, null, 'month', 'SGD'),
    ],
  ])('%s', (_name, text, expected) => {
    expect(pay(text)).toEqual(expected);
  });

  it.each([
    ['per diems in Spanish', '- 1.750 € netos al mes + dietas (40 €/día en ruta)', P(1750, null, 'month', 'EUR')],
    ['Czech meal vouchers', '• mzda 40 000 Kč hrubého měsíčně\n• stravenky v hodnotě 130 Kč na den', P(40000, null, 'month', 'CZK')],
    ['Romanian meal vouchers', '✅ Salariu 4.000 lei net/lună\n✅ Bonuri de masă 35 lei/zi lucrată', P(4000, null, 'month', 'RON')],
    [
      'shared lodging in Spanish',
      '💶 Camarero/a: 1.550 € brutos/mes\n🏠 Alojamiento compartido a 120 €/mes',
      P(1550, null, 'month', 'EUR'),
    ],
    ["a lender's disbursals", 'A lender (~₹900 Cr annual disbursals).\n- CTC: ₹22-30 LPA fixed', P(2200000, 3000000, 'year', 'INR')],
  ])('not pay beside pay: %s', (_name, text, expected) => {
    expect(pay(text)).toEqual(expected);
  });

  it('"OTE at plan" is no price', () => {
    expect(stated(findPay('Base is $90K CAD, OTE $180K at plan (50/50 split).').ote)).toEqual(
      P(180000, null, 'year', 'CAD', { ote: true }),
    );
  });

  it('"50,000 sq ft" is no forint', () => {
    expect(pay('A 50,000 ft warehouse; salary $60k.')).toEqual(P(60000, null, 'year', 'USD'));
  });
});

describe('a hype figure yields to a stated pay; tips, vouchers, referral rewards and Italian net pay (sets 26 and 27)', () => {
  it('"Earn $100K+ Your First Year!" in a subject yields to the OTE the body states', () => {
    const found = findPay(
      'Subject: Now Hiring: Solar Reps — Earn $100K+ Your First Year!\n\n* On-target earnings: $90,000 – $120,000 in year one',
    );
    expect(stated(found.pay)).toEqual(P(90000, 120000, 'year', 'USD', { ote: true }));
    expect(found.refused.map((r) => r.why)).toContain("hype or someone else's pay");
  });

  it('a hype figure alone is what the pitch offers', () => {
    expect(pay('- Make $100k+ your first year!\n- Unlimited earning potential')).toEqual(P(100000, null, 'year', 'USD', { openTop: true }));
  });

  it.each([
    ['tips shared out', '€16.80 an hour to start, tips split evenly (about €50-70 a week each).', P(16.8, null, 'hour', 'EUR')],
    ['a Polish holiday voucher', 'stawka od 30,00 zł brutto/h, bon świąteczny 250 zł', P(30, null, 'hour', 'PLN', { openTop: true })],
    [
      'a reward for a friend',
      '💰 ₱22,000 – ₱27,000 monthly\nRefer a friend and earn ₱4,000 once they pass 90 days! 🙌',
      P(22000, 27000, 'month', 'PHP'),
    ],
    ['Italian net pay by the month', "L'offerta è di 2.100 € netti al mese, con vitto e alloggio inclusi.", P(2100, null, 'month', 'EUR')],
  ])('%s', (_name, text, expected) => {
    expect(pay(text)).toEqual(expected);
  });
});

describe('more ways pay is written and is not (sets 28 and 29)', () => {
  it.each([
    [
      'an add-on after the figure is not said of it',
      'zwischen 3.700,00 € und 4.300,00 € brutto monatlich zzgl. Schichtzulage',
      P(3700, 4300, 'month', 'EUR'),
    ],
    [
      'the rand by a South African company form',
      'Package: R1 100 000 - R1 300 000 CTC per annum.\nNdlovu Talent (Pty) Ltd',
      P(1100000, 1300000, 'year', 'ZAR'),
    ],
    [
      'the rand by South African words',
      'R36 000 – R40 000 per month, plus a 13th cheque and medical aid.',
      P(36000, 40000, 'month', 'ZAR'),
    ],
    ['Romanian "between … and"', 'salariul e între 19.000 și 24.000 lei brut pe lună', P(19000, 24000, 'month', 'RON')],
    ['Czech "between … and"', 'mzda mezi 30 000 a 40 000 Kč měsíčně', P(30000, 40000, 'month', 'CZK')],
    ['British "p/w"', '£1,100-£1,250 p/w CIS, 50hrs guaranteed', P(1100, 1250, 'week', 'GBP')],
    ['Czech "/hod"', '➡ Operátor CNC: 180–210 Kč/hod hrubého', P(180, 210, 'hour', 'CZK')],
  ])('%s', (_name, text, expected) => {
    expect(pay(text)).toEqual(expected);
  });

  it.each([
    ['a production budget', 'Own the production budget (about KES 280M annually) and the team.'],
    ['a Czech reward for a friend', 'Doporučte kamaráda a získejte 5 000 Kč!'],
    ['a Polish reward for a friend', 'Za każdą poleconą osobę, która przepracuje 1 miesiąc, wypłacimy 500 zł.'],
  ])('no pay: %s', (_name, text) => {
    expect(pay(text)).toBeNull();
  });
});

describe('a budget named before a figure (set 30)', () => {
  it('"a budget in the region of" is no pay', () => {
    expect(pay('You would run season two (a budget in the region of ₦380 million, for scale), and the team.')).toBeNull();
  });
  it('"the budget for this role is" still is', () => {
    expect(pay('The budget for this role is $150k base.')).toEqual(P(150000, null, 'year', 'USD'));
  });
});

describe('paid training is a wage', () => {
  it('"Paid training: $750/week" beside a hype figure is the pay', () => {
    expect(pay('🔥 Earn $100K+ your FIRST year!\n * ✔️ Paid training: $750/week for your first 8 weeks')).toEqual(
      P(750, null, 'week', 'USD'),
    );
  });
});

describe('pay beside rewards, budgets, medical cover and grants (sets 32 and 33)', () => {
  it.each([
    [
      'a Swedish reward for a friend',
      'Timlön 149 kr + OB-tillägg.\nTipsa en vän som börjar hos oss och få 1 000 kr! 🎉',
      P(149, null, 'hour', 'SEK'),
    ],
    [
      'a Romanian budget for books',
      '• 17.000 – 22.000 lei net/lună\n• buget de 2.000 lei/an pentru conferințe și cărți',
      P(17000, 22000, 'month', 'RON'),
    ],
    [
      'a fixed pay over medical cover',
      'Fixed: ₹14–18 LPA\nOTE: ₹24–28 LPA\n+ ESOPs, ₹5 lakh family medical cover',
      P(1400000, 1800000, 'year', 'INR'),
    ],
  ])('%s', (_name, text, expected) => {
    expect(pay(text)).toEqual(expected);
  });

  it('a grant secured for a role is no pay', () => {
    expect(pay('We’ve just secured $1.1m over three years from a philanthropic trust to create a new reporting role.')).toBeNull();
  });
});

describe('pay: rand by its form, an offer set against current pay, OTE marked once, the first year, floors in other languages', () => {
  it.each([
    ['rand with a scale, with no South African place', 'Package is R950k – R1.1m CTC, plus a bonus.', 950_000, 1_100_000, 'ZAR'],
    ['rand with a scale, alone', 'Salary: R650k.', 650_000, null, 'ZAR'],
  ])('%s', (_case, text, min, max, currency) => {
    const { pay } = findPay(text);
    expect(pay).toMatchObject({ min, max, currency });
  });

  it('an R before a bare figure with nothing South African is no rand', () => {
    expect(findPay('The salary is R45 per hour.').pay?.currency ?? null).toBeNull();
  });

  it.each([
    ["depending on what you're on now", 'Package is £60k – £70k depending on what you’re on now.'],
    ['based on your current package', 'The base is £60k – £70k, based on your current package.'],
  ])('an offer set against current pay is the offer: %s', (_case, text) => {
    expect(findPay(text).pay).toMatchObject({ min: 60_000, max: 70_000 });
  });

  it('the reader’s current pay is still refused', () => {
    expect(findPay("I know you're on £60k at the moment.").pay).toBeNull();
  });

  it('a figure marked OTE once is OTE where it stands again', () => {
    const text = 'earn $100,000+ your first year - no experience needed!\n\n✔ Earn $100,000+ your first year (OTE)\n';
    expect(findPay(text).pay).toMatchObject({ min: 100_000, max: null, period: 'year', ote: true, openTop: true });
  });

  it('"your first year" is the period, and "earn … your first year" still a hype figure beside an OTE', () => {
    const text = 'Now Hiring: Solar Sales Reps — Earn $100K+ Your First Year!\n\n* On-target earnings: $95,000 – $130,000 in year one\n';
    expect(findPay(text).pay).toMatchObject({ min: 95_000, max: 130_000, ote: true });
  });

  it.each([
    ['Italian', 'Guadagni oltre i 2.500€ al mese', 2_500, 'EUR'],
    ['German', 'Gehalt: über 4.000 € brutto im Monat', 4_000, 'EUR'],
    ['Polish', 'Wynagrodzenie ponad 9 000 zł brutto miesięcznie', 9_000, 'PLN'],
  ])('"more than" in %s is an open top', (_case, text, min, currency) => {
    expect(findPay(text).pay).toMatchObject({ min, max: null, openTop: true, currency, period: 'month' });
  });
});

describe('pay: reference numbers in other languages, net pay in Portuguese', () => {
  it('a position code before the pay is no pay: "Stillingskode 7004"', () => {
    const { pay, refused } = findPay('Lønn: Stillingskode 7004 Rådgiver, kr 640 000 - 720 000 per år, avhengig av kompetanse');
    expect(pay).toMatchObject({ min: 640_000, max: 720_000, period: 'year', currency: 'NOK' });
    expect(refused.map((r) => r.why)).toContain('reference number');
  });

  it.each([
    ['Kennziffer', 'Kennziffer 2291: Gehalt 4.200 € brutto im Monat'],
    ['réf.', 'Réf. 4471 – salaire 4 200 € bruts par mois'],
  ])('"%s" and its number are no pay', (_case, text) => {
    expect(findPay(text).pay).toMatchObject({ min: 4_200, period: 'month', currency: 'EUR' });
  });

  it('"limpos" (net) between a figure and its month', () => {
    expect(findPay('Ele falou em 1.350€ limpos por mês, mais subsídio de alimentação').pay).toMatchObject({
      min: 1_350,
      period: 'month',
      currency: 'EUR',
    });
  });
});

describe('pay: the dollar of Western Australia, weekly words before a figure, grants, training budgets, per diems, the reader’s own pay', () => {
  it('", WA" beside Australian places is Western Australia: the dollar is Australian', () => {
    const text = 'FIFO Electricians at an iron ore operation in the Pilbara, WA.\n- Rate: $62.50 per hour + super\n- Flights ex Perth';
    expect(findPay(text).pay).toMatchObject({ min: 62.5, period: 'hour', currency: 'AUD' });
  });

  it('", WA" alone is Washington', () => {
    expect(findPay('Based in Seattle, WA. Rate: $62.50 per hour.').pay).toMatchObject({ currency: 'USD' });
  });

  it('"Haftalık" before a Turkish figure is a week', () => {
    expect(findPay('MOTO KURYE alımı başladı! Haftalık 9.500 TL - 13.000 TL kazanç, yakıt + SGK bizden.').pay).toMatchObject({
      min: 9_500,
      max: 13_000,
      period: 'week',
      currency: 'TRY',
    });
  });

  it.each([
    ['a project’s volume, in German', 'Für das Projekt (Laufzeit 2024–2027, Gesamtvolumen 4,2 Mio. €) ist eine Stelle zu besetzen.'],
    ['a training budget, in Czech', 'Nabízíme: • rozpočet na vzdělávání 30 000 Kč ročně • 25 dní dovolené'],
    ['a per diem, in Italian', '✅ Ottima retribuzione + trasferte pagate (diaria fino a 60 €/giorno)'],
    ['the reader’s own pay in a reply', "> I'm a Nurse Unit Manager here on about AUD 128,000, so I'd want to understand the band."],
  ])('no pay: %s', (_case, text) => {
    expect(findPay(text).pay).toBeNull();
  });
});

describe('pay: the euro by its name before a figure, OTE in brackets after a commission, OTE with "brüt"', () => {
  it('"euro 25.500 lordi annui"', () => {
    expect(findPay('- importo: euro 25.500 lordi annui (rinnovabile)').pay).toMatchObject({ min: 25_500, currency: 'EUR', period: 'year' });
  });

  it('"neuro" is no euro', () => {
    expect(findPay('the neuro 2,000 scan').pay).toBeNull();
  });

  it('OTE in brackets after "uncapped commission" is the OTE, not a bonus', () => {
    const { pay, ote } = findPay('• Base salary $58,000 - $65,000 + uncapped commission (OTE $95,000)');
    expect(pay).toMatchObject({ min: 58_000, max: 65_000, ote: false });
    expect(ote).toMatchObject({ min: 95_000, max: null, ote: true });
  });

  it('"(OTE) brüt" before a Turkish range', () => {
    const text = '• Aylık brüt maaş 110.000 – 130.000 TL\n• Hedefler gerçekleştiğinde aylık toplam kazanç (OTE) brüt 170.000 – 190.000 TL';
    expect(findPay(text).ote).toMatchObject({ min: 170_000, max: 190_000, period: 'month', currency: 'TRY' });
  });
});

describe('pay: one figure worth five times any other is the pay, its extras beside it; Hungarian periods; daily pay', () => {
  it.each([
    [
      'a salary and a parking value',
      'Sous Chef role in Manly. $75-82k + super, 5 day roster.\nOh and they cover staff parking ($15/day value).',
      75_000,
      82_000,
      'year',
    ],
    [
      'earnings and a starter kit’s price',
      '✅ Ganhos de R$ 3.000 a R$ 8.000 por mês 🤑\n✅ Kit inicial com 12 produtos por apenas R$ 97,00 (parcelado em até 3x)',
      3_000,
      8_000,
      'month',
    ],
    ['a monthly salary and a shift differential', '💰 ₱26,000 – ₱32,000 monthly\n➕ ₱3,000 night differential', 26_000, 32_000, 'month'],
  ])('%s', (_case, text, min, max, period) => {
    expect(findPay(text).pay).toMatchObject({ min, max, period });
  });

  it('two offers closer than five times stay unread: "₹ 14-22 Lacs" beside another job’s "₹ 8-15 Lacs"', () => {
    expect(findPay('Senior Java Developer – ₹ 14-22 Lacs P.A.\nFull Stack Developer – ₹ 8-15 Lacs P.A.').pay).toBeNull();
  });

  it.each([
    ['"/ hó" is a month', '✔ Nettó 2.600 € / hó', 'month'],
    ['"havonta" is a month', 'Bér: 2.600 € havonta', 'month'],
    ['"/ óra" is an hour', 'Órabér: 12 € / óra', 'hour'],
    ['"/h" is still an hour', '$20/h', 'hour'],
  ])('%s', (_case, text, period) => {
    expect(findPay(text).pay?.period).toBe(period);
  });

  it('"Daily pay" before a small range is a day rate', () => {
    expect(findPay('Daily pay SGD150-300, paid same day via PayNow.').pay).toMatchObject({
      min: 150,
      max: 300,
      period: 'day',
      currency: 'SGD',
    });
  });
});

describe('pay: "$ … pesos"', () => {
  it('the peso of the place the message names', () => {
    expect(findPay('En CDMX pagan $2,800 pesos a la semana más propinas').pay).toMatchObject({
      min: 2_800,
      period: 'week',
      currency: 'MXN',
    });
  });

  it('a peso with no place is a peso not named: no currency, the period still read', () => {
    expect(findPay('Pagan $2,800 pesos a la semana más propinas').pay).toMatchObject({ min: 2_800, period: 'week', currency: null });
  });
});

describe('pay: set 39’s lessons', () => {
  it('Hungarian "-tól" after the currency is an open top, and "havonta" the month', () => {
    expect(findPay('✔ Nettó 2 450 €-tól havonta (túlórával akár több!)').pay).toMatchObject({
      min: 2_450,
      max: null,
      openTop: true,
      period: 'month',
      currency: 'EUR',
    });
  });

  it('containers counted in millions are no pay', () => {
    expect(findPay('a transshipment terminal handling ~4.5 million TEU a year').pay).toBeNull();
  });
});

describe('pay: a sum given for something named after it', () => {
  it.each([
    ['conferences', 'AWS, a variable bonus, and $2,000 a year for conferences. Hybrid, 3 days in the office.'],
    ['a home office', 'We add €500 towards your home office.'],
  ])('"… for %s" is no pay', (_case, text) => {
    expect(findPay(text).pay).toBeNull();
  });
});

describe('pay: "a" between two figures grouped in thousands, and dotted dollars before a period in another language', () => {
  it.each([
    ['"a" between two dotted figures', 'Salario: 4.000 a 5.200 € mensuales', { min: 4000, max: 5200, period: 'month', currency: 'EUR' }],
    [
      'US dollars grouped with dots',
      'Pago en dólares: USD 5.500 a 6.800 mensuales',
      { min: 5500, max: 6800, period: 'month', currency: 'USD' },
    ],
    [
      'one figure in dollars, a Portuguese period',
      'Remuneração: US$ 4.500 por mês',
      { min: 4500, max: null, period: 'month', currency: 'USD' },
    ],
  ])('%s', (_case, text, pay) => {
    expect(findPay(text).pay).toMatchObject(pay);
  });
  it.each([['"$140,000 a year" is one figure', 'We pay $140,000 a year plus equity.', { min: 140000, max: null, period: 'year' }]])(
    '%s',
    (_case, text, pay) => {
      expect(findPay(text).pay).toMatchObject(pay);
    },
  );
  it('a dotted dollar figure with an English period stays unread: it could be read two ways', () => {
    expect(findPay('Salary: $6.500 per month').pay).toBeNull();
  });
});

describe('pay: a round raised in other languages, things counted, the job before "also hiring"', () => {
  it.each([
    ['"cerramos 9M"', 'La banda es 40.000–48.000 € brutos/año.\nSí, cerramos 7M en febrero.', 40000],
    ['"avons levé 12 M€"', 'Salaire : 55 000 € brut par an. Nous avons levé 12 M€ en 2024.', 55000],
  ])('%s is no pay', (_case, text, min) => {
    expect(findPay(text).pay?.min).toBe(min);
  });
  it('a round raised alone is no pay', () => {
    expect(findPay('Sí, cerramos 9M en febrero con un fondo de Londres.').pay).toBeNull();
  });
  it('"ronda los $75,000" is an OTE around a figure, not a funding round', () => {
    expect(
      findPay('sueldo base de $40,000 a $50,000 mensuales, más comisiones; el ingreso total esperado (OTE) ronda los $70,000 al mes.').ote
        ?.min,
    ).toBe(70000);
  });
  it('"4 million players" is a count', () => {
    expect(findPay('the team behind Hollow Tides (over 4 million players worldwide!) is growing').pay).toBeNull();
  });
  it('the pay of the job before an "ALSO HIRING" list', () => {
    const text =
      'FEATURED ROLE\nSenior Data Engineer – Amsterdam\n€70–85k + lease car\n\nALSO HIRING:\n- Cloud Architect – Berlin – €95k\n- Data Analyst – Remote – €55k';
    expect(readMessage(text).pay).toMatchObject({ min: 70000, max: 85000, period: 'year', currency: 'EUR' });
  });
});

describe('pay: "bruto p/m", "€ / kk", and which "kr" a Danish text means', () => {
  it.each([
    [
      '"bruto p/m"',
      'IC-Verpleegkundige bij Zorggroep Eemland. €3.700 - €5.200 bruto p/m + 8% vakantiegeld.',
      { min: 3700, max: 5200, period: 'month', currency: 'EUR' },
    ],
    ['"€ / kk"', 'Palkkahaarukka on 4 500–5 300 € / kk, lisäksi lomaraha.', { min: 4500, max: 5300, period: 'month', currency: 'EUR' }],
    [
      'Danish words and towns tell the krone',
      'Hej! Vi søger 20 lagermedarbejdere til vores kunde i Vejle. Timeløn 158 kr + aftentillæg. Svar JA, så ringer vi. Mvh Jobteam. Afmeld: send STOP',
      { min: 158, max: null, period: 'hour', currency: 'DKK' },
    ],
  ])('%s', (_case, text, pay) => {
    expect(readMessage(text).pay).toMatchObject(pay);
  });
});

describe('pay: the minimum an Austrian collective agreement sets, beside the offer', () => {
  it('the offer above the legal minimum is the pay', () => {
    const text =
      'Aus rechtlichen Gründen müssen wir das kollektivvertragliche Mindestgehalt angeben: Dieses beträgt 3.500 € brutto pro Monat. Für diese Position bieten wir jedoch ab 4.800 € brutto monatlich (14×).';
    expect(findPay(text).pay).toMatchObject({ min: 4800, max: null, period: 'month', currency: 'EUR', openTop: true });
  });
  it('the legal minimum alone is the pay the message states', () => {
    expect(findPay('Das Mindestgehalt laut KV beträgt 3.126,80 € brutto pro Monat, Überzahlung möglich.').pay?.min).toBe(3126.8);
  });
});

describe('pay: a figure with no period where pay is stated by the month by custom', () => {
  it.each([
    [
      'Hong Kong dollars',
      'Base: HK$80,000 - HK$100,000 plus a discretionary bonus',
      { min: 80000, max: 100000, period: 'month', currency: 'HKD' },
    ],
    ['dirhams', 'Salary: AED 28,000 all-inclusive', { min: 28000, max: null, period: 'month', currency: 'AED' }],
    [
      'Singapore dollars in thousands stay yearly',
      'Package: Base SGD 150k+ (DOE) + 1-month AWS',
      { min: 150000, period: 'year', currency: 'SGD' },
    ],
  ])('%s', (_case, text, pay) => {
    expect(findPay(text).pay).toMatchObject(pay);
  });
});

describe('pay: hours labelled, Québec dollars, the reader’s pay in a reply', () => {
  it('"Hours: 37 per week" is no pay beside the salary', () => {
    const text = 'Gradd / Grade: 7 (£33,000 - £36,500)\nOriau / Hours: 37 yr wythnos / 37 per week';
    expect(findPay(text).pay).toMatchObject({ min: 33000, max: 36500, period: 'year', currency: 'GBP' });
  });
  it('a dollar after the figure, in French: Canadian dollars, decimal commas', () => {
    const text = 'Bonjour Madame Roy,\n\nSalaire : entre 28,40 $ et 50,10 $ de l’heure selon l’expérience.';
    expect(readMessage(text).pay).toMatchObject({ min: 28.4, max: 50.1, period: 'hour', currency: 'CAD' });
  });
  it('"I have 9 years in ED, currently a CNM1 on €58,000" is the reader’s own pay', () => {
    expect(findPay('> Hi Declan, thanks. I have 9 years in ED, currently a CNM1 on €57,000.').pay).toBeNull();
  });
});

describe('pay: Greek months and floors, a postcode before the pay, more places for the dollar', () => {
  it.each([
    [
      '"από … μικτά μηνιαίως"',
      '• Μισθός από 1.200 € μικτά μηνιαίως',
      { min: 1200, max: null, period: 'month', currency: 'EUR', openTop: true },
    ],
    [
      'a postcode in brackets ends before the pay',
      'Magazynier dla klienta w Strykowie (95-010). 31 zł brutto/h + premia 400 zł',
      { min: 31, period: 'hour', currency: 'PLN' },
    ],
    [
      '"Melb" is Melbourne',
      'casual shifts at a rooftop bar (Fitzroy, Melb) Fri & Sat. $33.50/hr casual rate',
      { min: 33.5, period: 'hour', currency: 'AUD' },
    ],
    [
      'Duxton Road is in Singapore',
      'The Marlowe Hotel on Duxton Road is hiring a Sous Chef.\n- Salary $4,100/month (basic)',
      { min: 4100, period: 'month', currency: 'SGD' },
    ],
  ])('%s', (_case, text, pay) => {
    expect(readMessage(text).pay).toMatchObject(pay);
  });
});

describe('pay: forints before a comma, a research award', () => {
  it('"1 400 000 – 1 700 000 Ft," is a monthly salary in forints', () => {
    expect(findPay('A havi bruttó alapbér 1 300 000 – 1 600 000 Ft, emellett éves bónusz.').pay).toMatchObject({
      min: 1300000,
      max: 1600000,
      period: 'month',
      currency: 'HUF',
    });
  });
  it('"5,000 Ft" in an English sentence about space stays unread as forints', () => {
    expect(findPay('The new warehouse adds 5,000 ft of racking.').pay).toBeNull();
  });
  it('a research award is no pay', () => {
    expect(findPay('We have just received a 5-year, $2.1M NIH R01 award and I am hiring a Staff Scientist.').pay).toBeNull();
  });
});

describe('pay: a fixed base beside the target total, in French and Finnish', () => {
  it('"Fixe" is the pay, "rémunération globale visée" the on-target earnings', () => {
    const found = findPay('Pour ce poste :\n- Fixe : 32 000 € brut annuel + variable\n- Rémunération globale visée : 45 000 € brut/an');
    expect(stated(found.pay)).toMatchObject({ min: 32000, max: null, period: 'year', currency: 'EUR' });
    expect(found.ote).toMatchObject({ min: 45000, currency: 'EUR' });
  });
  it('"kiinteä" is the pay, "tavoiteansio" the on-target earnings', () => {
    const found = findPay('Palkka: kiinteä 5 200 €/kk + provisio, tavoiteansio noin 7 500 €/kk.');
    expect(stated(found.pay)).toMatchObject({ min: 5200, period: 'month', currency: 'EUR' });
    expect(found.ote).toMatchObject({ min: 7500, period: 'month', currency: 'EUR' });
  });
  it('a German "Zielgehalt" stays a salary, not on-target earnings', () => {
    expect(findPay('Zielgehalt: 78.000 – 92.000 € brutto im Jahr').pay).toMatchObject({ min: 78000, max: 92000, ote: false });
  });
});

describe('pay: more periods, currencies and places, and a target that is no pay', () => {
  it('"ilíquidos mensais" is by the month, however many times a year it is paid', () => {
    expect(stated(findPay('A remuneração é de 1.320 € ilíquidos mensais, pagos 14 vezes por ano.').pay)).toMatchObject({
      min: 1320,
      period: 'month',
      currency: 'EUR',
    });
  });
  it('Danish "kr./t" is an hourly wage, "kr./md." a monthly rent', () => {
    expect(stated(findPay('Løn fra 168 kr./t + feriepenge 12,5 %. Personalebolig kan lejes for 2.000 kr./md.').pay)).toMatchObject({
      min: 168,
      period: 'hour',
      currency: 'DKK',
      openTop: true,
    });
  });
  it('"18 000 MAD net par mois": a code the message writes, beside a target total', () => {
    const found = findPay('- Fixe : 18 000 MAD net par mois\n- Variable : rémunération totale cible de 26 000 MAD net par mois');
    expect(stated(found.pay)).toMatchObject({ min: 18000, period: 'month', currency: 'MAD' });
    expect(found.ote).toMatchObject({ min: 26000, currency: 'MAD' });
  });
  it('a fundraising or sales target is no pay; "basic" names the base', () => {
    const found = findPay('The role owns a regional target of £1.2m.\n- £38,000 basic, OTE £45,000 through the incentive scheme');
    expect(stated(found.pay)).toMatchObject({ min: 38000, currency: 'GBP' });
    expect(found.refused.map((r) => r.why)).toContain('deal size or quota');
  });
  it('"annual target earnings" stay earnings', () => {
    expect(findPay('Annual target earnings of $60,000.').pay).toMatchObject({ min: 60000 });
  });
  it('a Colombian peso by its labour law’s "auxilio de transporte", by the month', () => {
    expect(stated(findPay('💰 Salario: $1.423.500 + auxilio de transporte $200.000 + horas extras').pay)).toMatchObject({
      min: 1423500,
      period: 'month',
      currency: 'COP',
    });
  });
  it('a Québec dollar after a figure grouped by a space', () => {
    expect(stated(findPay('Bonjour,\nTraitement : de 53 875 $ à 98 215 $ par année, selon la scolarité.').pay)).toMatchObject({
      min: 53875,
      max: 98215,
      currency: 'CAD',
    });
  });
});

describe('pay: soles, fourteen payments, an Argentine offer, a Hungarian base and target', () => {
  it('"S/ 3,800 – S/ 4,500 mensual" is in Peruvian soles', () => {
    expect(stated(findPay('Sueldo: S/ 3,800 – S/ 4,500 mensual').pay)).toMatchObject({
      min: 3800,
      max: 4500,
      period: 'month',
      currency: 'PEN',
    });
  });
  it('Swiss German "im Monet" is by the month', () => {
    expect(stated(findPay("Lohn isch CHF 8'200.– im Monet, 13 Monetslöh, plus Spesen.").pay)).toMatchObject({
      min: 8200,
      period: 'month',
      currency: 'CHF',
    });
  });
  it('"2.100 € brutos x 14 meses" is a monthly figure', () => {
    expect(stated(findPay('Vencimento base de 2.100 € brutos x 14 meses').pay)).toMatchObject({
      min: 2100,
      period: 'month',
      currency: 'EUR',
    });
  });
  it('"$" in an offer with an "obra social" is the Argentine peso', () => {
    expect(stated(findPay('Sueldo: $ 1.350.000 brutos mensuales + comisiones. Obra social para vos y tu familia.').pay)).toMatchObject({
      min: 1350000,
      period: 'month',
      currency: 'ARS',
    });
  });
  it('"Alapbér" is the base, "(OTE): bruttó" the on-target earnings', () => {
    const found = findPay('- Alapbér: bruttó 850 000 Ft/hó\n- Célprémiummal együtt (OTE): bruttó 1 250 000 Ft/hó');
    expect(stated(found.pay)).toMatchObject({ min: 850000, period: 'month', currency: 'HUF' });
    expect(found.ote).toMatchObject({ min: 1250000, currency: 'HUF' });
  });
});

describe('pay: sets 60 and 61', () => {
  it.each([
    ['€16,80 bruto p/u + 30% ploegentoeslag', P(16.8, null, 'hour', 'EUR')],
    ["Bonjour,\n- Échelle salariale : de 27,08 $ à 39,42 $ l'heure selon l'expérience", P(27.08, 39.42, 'hour', 'CAD')],
    ['Vencimento base de 1.050 € ilíquidos, pagos 14 vezes por ano.', P(1050, null, 'month', 'EUR')],
  ])('%s', (text, expected) => {
    expect(pay(text)).toEqual(expected);
  });
});

describe('not pay: sets 62 and 63', () => {
  it.each([
    'Hearthstone supports 12,000 families a year facing homelessness.',
    'We teach 1,200 pupils a year across two sites.',
    'The trust houses 4,000 tenants a year.',
  ])('people counted: %s', (text) => {
    expect(findPay(text).pay).toBeNull();
  });
});

describe('pay and not pay: sets 64 to 67', () => {
  it('a fundraising target "is around" a sum is no pay, beside the salary', () => {
    const text =
      "I'm working with Harbourlight Trust on their Director of Fundraising appointment. £78,000 + 8% pension.\nIncome target is around £6.5m.";
    expect(findPay(text).pay).toMatchObject({ min: 78000, currency: 'GBP' });
  });
  it('a project’s value is no pay', () => {
    const text = 'Construction Project Manager\n$95,000 - $115,000 a year\n• 7+ years managing commercial projects of $10M+';
    expect(findPay(text).pay).toMatchObject({ min: 95000, max: 115000 });
  });
  it('a tradesperson’s tickets are certificates, not prices', () => {
    expect(findPay('Pay is $38 - $45 per hour depending on tickets and experience.').pay).toMatchObject({
      min: 38,
      max: 45,
      period: 'hour',
    });
    expect(findPay('Tickets cost $45 each.').pay).toBeNull();
  });
  it('Norwegian kroner by the words only Norwegian writes', () => {
    const text =
      'Hei Magnus, jeg leder IT-drift og skal ansette en rådgiver. Vi er 8 stykker og vil gjerne ha deg. Lønnsspenn kr 680 000 – 760 000 per år.';
    expect(readMessage(text).pay).toMatchObject({ min: 680000, max: 760000, currency: 'NOK' });
  });
});

describe('pay: set 67', () => {
  it('Italian "da" after a pay word is a floor, and a range with "a" stays a range', () => {
    expect(findPay('Stipendio netto da 1.600 € al mese').pay).toMatchObject({ min: 1600, max: null, openTop: true, currency: 'EUR' });
    expect(findPay('Stipendio netto da 1.600 a 1.900 € al mese').pay).toMatchObject({ min: 1600, max: 1900, openTop: false });
  });
});

describe('pay: sets 71 to 73', () => {
  it.each([
    ['a digital budget', "We're a charity of about 90 staff, with a digital budget of £220,000."],
    ['a budget someone manages, in French', 'Vos missions : gérer un budget annuel de 1,2 M€.'],
    ['a budget someone owns', 'You will own a budget of £3m across the region.'],
    ['things counted by the year', 'Our Development Management team handles over 2,400 applications a year.'],
    ['things counted by the month', 'We process 1,500 new cases each month.'],
  ])('%s is no pay', (_case, text) => {
    expect(findPay(text).pay).toBeNull();
  });
  it.each([
    ['the salary budget', 'The salary budget is £90,000.', { min: 90000, currency: 'GBP' }],
    ['a CTC budget', 'CTC budget is ₹14–18 LPA based on current CTC.', { min: 1400000, max: 1800000, currency: 'INR' }],
    ['the role’s budget', 'Our budget for this role is up to £85,000.', { min: null, max: 85000 }],
    ['money counted by the year', 'Salary: 45,000 pounds a year', { min: 45000, period: 'year', currency: 'GBP' }],
    [
      'the salary beside a budget managed',
      'Vos missions : gérer un budget annuel de 1,2 M€.\n\nRémunération : 45 000 € à 55 000 € brut annuel + intéressement.',
      { min: 45000, max: 55000, currency: 'EUR' },
    ],
    [
      'the salary beside things counted',
      'Planning Officer\n£31,586 - £34,834 per annum (Grade 7)\n\nThe team handles over 2,400 applications a year...',
      { min: 31586, max: 34834, currency: 'GBP' },
    ],
  ])('%s is pay', (_case, text, pay) => {
    expect(findPay(text).pay).toMatchObject(pay);
  });
});

describe('pay: sets 71 to 73, second pass', () => {
  it('an "up to" outweighs a small extra said after it', () => {
    const text = 'Earn up to $910/week. Full-time, 4x10 shifts. $1,000 sign-on bonus + $2/hr night differential.';
    expect(findPay(text).pay).toMatchObject({ min: null, max: 910, period: 'week' });
  });
  it('a job alert’s similar jobs listed on one line are other jobs', () => {
    const text =
      'Welder/Fitter - Red Seal\nPrairie Forge Fabrication Ltd. - Calgary, AB T2C 4L8\n$32 - $40 an hour - Full-time\n\nSimilar jobs: Welder (Night Shift) - Calgary, AB - $30 an hour\n\nYou are receiving this email because you subscribed to job alerts for "welder".';
    expect(readMessage(text).pay).toMatchObject({ min: 32, max: 40, period: 'hour', currency: 'CAD' });
  });
});

describe('pay: sets 75 and 76', () => {
  it('a Turkish lira range with the sign on both ends', () => {
    expect(findPay('Bu pozisyon için net maaş aralığı ₺95.000 – ₺120.000 aylık.').pay).toMatchObject({
      min: 95000,
      max: 120000,
      period: 'month',
      currency: 'TRY',
    });
  });
  it('a German budget someone is responsible for is no pay, beside the salary', () => {
    const text =
      'Sie verantworten ein jährliches IT-Budget von rund 2,4 Mio. €.\n\nWir bieten:\n- Vergütung nach Entgeltgruppe 11 TVöD (ca. 4.150 € bis 5.980 € brutto monatlich)';
    expect(findPay(text).pay).toMatchObject({ min: 4150, max: 5980, period: 'month', currency: 'EUR' });
  });
});

describe('pay: set 77', () => {
  it.each([
    ['Romanian "până la"', 'Salariul este de până la 20.000 lei brut pe lună.', { min: null, max: 20000, currency: 'RON' }],
    ['Czech "až do"', 'Mzda až do 60 000 Kč měsíčně.', { min: null, max: 60000, currency: 'CZK' }],
  ])('%s is an "up to"', (_case, text, pay) => {
    expect(findPay(text).pay).toMatchObject(pay);
  });
  it('what the figure includes is no reason to refuse it: "inkl. pension"', () => {
    expect(findPay('Lønnen er op til 65.000 kr. om måneden inkl. pension, afhængig af erfaring.').pay).toMatchObject({
      max: 65000,
      period: 'month',
    });
  });
});

describe('pay: set 80', () => {
  it('a German monthly adjective before the pay’s noun', () => {
    expect(findPay('nach Erfahrungsstufe einem monatlichen Bruttoentgelt von 3.862 € bis 5.393 €.').pay).toMatchObject({
      min: 3862,
      max: 5393,
      period: 'month',
    });
  });
  it('an Italian hourly pay by its adjective', () => {
    expect(findPay('- retribuzione oraria lorda di 9,80 € + maggiorazioni per turni notturni').pay).toMatchObject({
      min: 9.8,
      period: 'hour',
      currency: 'EUR',
    });
  });
  it('a Greek "έως" is an "up to"', () => {
    expect(findPay('• Μικτές αποδοχές έως 1.800 € μηνιαίως (14 μισθοί)').pay).toMatchObject({ min: null, max: 1800, period: 'month' });
  });
  it.each([
    ['a project’s research funds', 'Das Projekt ist drittmittelfinanziert (Sachmittel ca. 120.000 €), Sie hätten also auch Budget.'],
    ['a new academic’s start-up package', 'Der følger en startpakke på 1,5 mio. kr. med.'],
  ])('%s is no pay', (_case, text) => {
    expect(findPay(text).pay).toBeNull();
  });
  it('a Danish salary beside a start-up package', () => {
    const text =
      'Der følger en startpakke på 1,5 mio. kr. med.\n\nLønnen vil typisk ligge på omkring 46.000 kr. om måneden inkl. pension. Venlig hilsen';
    expect(findPay(text).pay).toMatchObject({ min: 46000, period: 'month' });
  });
});

describe('pay: set 82', () => {
  it.each([
    [
      'a Dutch range whose top is "maximaal"',
      '- Salaris: € 4.250 tot maximaal € 6.110 bruto per maand (schaal 11)',
      { min: 4250, max: 6110, period: 'month' },
    ],
    [
      'a Czech "až" before the only figure is an "up to"',
      'Nabízíme mzdu až 95 000 Kč měsíčně.',
      { min: null, max: 95000, currency: 'CZK' },
    ],
    ['a Czech "až" between two figures is a range', 'Mzda 45 000 až 60 000 Kč měsíčně.', { min: 45000, max: 60000, currency: 'CZK' }],
  ])('%s', (_case, text, pay) => {
    expect(findPay(text).pay).toMatchObject(pay);
  });
});

describe('pay: sets 83 to 85, after their measure', () => {
  it.each([
    ['a contingency named after its figure', 'Emoluments: ₹56,000 per month.\nPlus ₹8,00,000 per year contingency for fieldwork.', 56000],
    [
      'a sum committed to a programme',
      'They have signed off £400-£450 per day.\n\n> They have committed £2.6m to a three-year retrofit programme.',
      400,
    ],
  ])('%s', (_case, text, min) => {
    expect(findPay(text).pay).toMatchObject({ min });
  });
  it.each([
    ['computing time counted by the year', 'Access to 2.5 million GPU-hours per year on the cluster.'],
    ['a sum invested in things', 'Acme invested €2m in new presses last year.'],
    ['a sum committed to a programme', 'The council has committed £3.1m to a two-year retrofit programme.'],
  ])('no pay: %s', (_case, text) => {
    expect(findPay(text).pay).toBeNull();
  });
  it('a sum allocated to the role is its pay', () => {
    expect(findPay("We've allocated £90,000 to this role.").pay).toMatchObject({ min: 90000 });
  });
});

describe('pay: others’ earnings in other languages', () => {
  it.each([
    'Vores bedste sælgere tjener over 70.000 kr. om måneden!',
    'Unsere besten Verkäufer verdienen über 9.000 € im Monat!',
    'Våre beste selgere tjener over 80 000 kr i måneden!',
  ])('%s', (text) => {
    expect(findPay(text).pay).toBeNull();
  });
});

describe('pay: sets 86 and 87, after their measure', () => {
  it('a list’s next line is no range’s top', () => {
    expect(findPay('- Pay: $19.50/hour\n- $1.25/hour night differential\n- $250 referral bonus').pay).toMatchObject({
      min: 19.5,
      max: null,
    });
  });
  it('a shift’s differential is no second rate', () => {
    expect(findPay('Pay is $21/hr, plus $2/hr night differential.').pay).toMatchObject({ min: 21, max: null });
  });
  it('shift rates are still a range', () => {
    expect(findPay('£38/hr days, £45/hr nights & weekends').pay).toMatchObject({ min: 38, max: 45 });
  });
  it('a Canadian postcode is no figure', () => {
    expect(findPay('Apply at 400 Harbourview Road, Birchfield, ON P0B 1K0.').pay).toBeNull();
  });
  it('the size of projects handled is no pay', () => {
    expect(findPay('Aufgaben: Kostenverfolgung bei Projektvolumina von € 0,5 bis 4 Mio.').pay).toBeNull();
  });
});

describe('pay: set 88, after its measure', () => {
  it('a Finnish figure with the euro’s name in the partitive', () => {
    expect(findPay('Palkka on 3 900–4 400 euroa kuukaudessa kokemuksesta riippuen.').pay).toMatchObject({
      min: 3900,
      max: 4400,
      period: 'month',
      currency: 'EUR',
    });
  });
  it('a Finnish benefit by its ending is no pay', () => {
    expect(findPay('Meillä on lounasetu 12 € päivässä.').pay).toBeNull();
  });
  it('an Australian living-away allowance beside the rate', () => {
    expect(findPay('$52/hr + super, 4:1 roster, $150/day LAFHA and flights from Perth.').pay).toMatchObject({ min: 52, period: 'hour' });
  });
});

describe('pay: set 90, after its measure', () => {
  it('a South African public service’s words make a bare "R" the rand', () => {
    expect(
      findPay('The post is graded at Task Grade 16 and carries an all-inclusive remuneration package of R1 015 482 - R1 196 049 per annum.')
        .pay,
    ).toMatchObject({ min: 1015482, max: 1196049, period: 'year', currency: 'ZAR' });
    expect(findPay('Sekgopo Local Municipality offers a salary of R450 000 per annum.').pay).toMatchObject({ currency: 'ZAR' });
    // (Nothing South African: a bare "R" stays no currency.)
    expect(findPay('The package is R450 000 per annum.').pay).toBeNull();
  });
  it('Nordic kroner and kronor written out after the figure', () => {
    expect(findPay('Lønn etter avtale innenfor lønnsramme 760 000–840 000 kroner i året.').pay).toMatchObject({
      min: 760000,
      max: 840000,
      period: 'year',
      currency: 'NOK',
    });
    expect(findPay('Lön 38 000 kronor i månaden.').pay).toMatchObject({ min: 38000, period: 'month', currency: 'SEK' });
  });
  it('a move’s costs covered in Norwegian are no pay', () => {
    expect(findPay('Vi dekker flytteutgifter inntil kr 40 000.').pay).toBeNull();
    expect(findPay('Lønn 760 000 kroner i året, og vi dekker flytteutgifter inntil kr 40 000.').pay).toMatchObject({ min: 760000 });
  });
  it.each([
    ['Danish', 'Vi søger en Lagerchef til Dansk Logistik A/S. Lønnen er 42.000 kr. om måneden og pensionsbidrag på 12 %.', 42000],
    ['Norwegian', 'Vi søker en Prosjektleder til Bygg AS. Fast lønn 720 000 kr i året og tilskudd til treningsavgift.', 720000],
    [
      'Danish, a lunch',
      'Vi søger en Social- og sundhedsassistent til Aarhus Kommune. Løn 31.500 kr. pr. måned og tilskud til frokost.',
      31500,
    ],
    [
      'Swedish, a wage subsidy',
      'Vi söker en Lagerarbetare till Nordlager AB. Lön 28 000 kr/mån med lönebidrag via Arbetsförmedlingen.',
      28000,
    ],
  ])('a Nordic contribution after the salary, joined by "og"/"med", leaves the salary its own (%s)', (_case, text, min) => {
    expect(findPay(text).pay).toMatchObject({ min });
  });
  it('a Nordic relocation grant ("flyttbidrag") is no pay', () => {
    expect(findPay('Lön enligt överenskommelse – men vi betalar flyttbidrag på 25 000 kr om du flyttar hit.').pay).toBeNull();
    expect(findPay('Lön 38 000 kr/mån, flyttbidrag 25 000 kr.').pay).toMatchObject({ min: 38000, period: 'month', currency: 'SEK' });
  });
  it('a budget the reader will manage is no pay, however plainly said', () => {
    expect(findPay("You'll manage our budget: £150,000.").pay).toBeNull();
    // (But a day rate, a sum for a person or one depending on experience is the pay: the review's probes.)
    expect(findPay("You'll own delivery and the budget: £550 a day outside IR35, 6 months.").pay).toMatchObject({
      min: 550,
      period: 'day',
    });
    expect(findPay('You will run the office and the budget: £38,000 - £42,000 per annum for the right person.').pay).toMatchObject({
      min: 38000,
      max: 42000,
    });
    expect(findPay("You'll manage payroll and our budget: £55,000 - £60,000 depending on experience.").pay).toMatchObject({ min: 55000 });
    expect(findPay('You will own the budget: £80,000 - £90,000 base.').pay).toMatchObject({ min: 80000, max: 90000 });
    expect(findPay('The hiring manager owns the budget: £85,000 plus excellent benefits.').pay).toMatchObject({ min: 85000 });
  });
});

describe('pay: set 93, after its measure', () => {
  it.each([
    [
      'a Canadian union and pension plan',
      'Union: CUPE Local 4417. Salary: $92,456 - $108,770 per annum. A defined benefit pension through LAPP.',
    ],
    ['a .ca web address', 'Wage: $27.53 - $29.86 per hour.\nApply at careers.boundarylakeshealth.example.ca\nUnsubscribe'],
    ['… over "JOIN US" in capitals', 'WHY JOIN US? Up to $31.00/hour. Apply now → maplegatecareers.ca/brampton'],
  ])('the Canadian dollar by %s', (_case, text) => {
    expect(findPay(text).pay?.currency).toBe('CAD');
  });
  it('the rand with a space after its "R", in a South African message, at both ends of a range', () => {
    expect(findPay('Umlazane Local Municipality. SALARY: R 397 116 – R 452 640 per annum (Task Grade 10) plus benefits').pay).toMatchObject(
      {
        min: 397116,
        max: 452640,
        period: 'year',
        currency: 'ZAR',
      },
    );
    // (Not without one: "R 450" is then no currency.)
    expect(findPay('The fee is R 450 per month.').pay).toBeNull();
  });
  it('a floor and a ceiling said apart, with an extra a fifth of the floor after them', () => {
    expect(
      findPay('Registered Nurse I/II starting at $48.10/hr, up to $66.85/hr based on exp + $6.25/hr night diff + $15,000 sign-on bonus')
        .pay,
    ).toMatchObject({ min: 48.1, max: 66.85, period: 'hour', currency: 'USD' });
  });
});

describe('pay: sets 92 and 93, the twentieth review’s probes', () => {
  it.each([
    [
      'an English "Med" after the figure is no Nordic "with"',
      "Hi Dana, St. Luke's is hiring RNs at $46/hr. They're also offering a $10,000 Med Surg sign-on bonus for nights.",
      46,
    ],
    [
      '"the CTO owns the budget" said to you is the salary',
      'Hi Tom, Kestrel Labs are hiring a Lead Engineer. Between you and me the CTO owns the budget: £95,000 plus excellent benefits.',
      95000,
    ],
  ])('%s', (_case, text, min) => {
    expect(findPay(text).pay).toMatchObject({ min });
  });
  it.each([
    ['a medical allowance', 'Hi Sam, Acme Health is hiring a Staff Nurse. There is a $3,000 Med allowance every year, plus PTO.'],
    ['a wellness grant per month and employee', 'Du får 500 kr per månad och anställd i friskvårdsbidrag.'],
    [
      '"Grade R" and a year',
      'Good day Thandi, Little Acorns Pre-Primary in Pretoria is looking for a teacher to take our Grade R 2026 class.',
    ],
  ])('%s is no pay', (_case, text) => {
    expect(findPay(text).pay).toBeNull();
  });
  it.each([
    [
      'a US employer in a mail signed from a .ca agency',
      'My client is a US fintech hiring a remote Staff Engineer (US hours). Base is $180,000 plus equity.\n\nPriya Rao\nwww.mapletalent.ca\n',
      'USD',
    ],
    [
      'a BScN in a Gulf offer',
      'Dear Grace, we are recruiting BScN nurses from Kenya for a private hospital in Riyadh. Salary $2,500 per month tax-free.',
      'USD',
    ],
  ])('%s', (_case, text, currency) => {
    expect(findPay(text).pay?.currency).toBe(currency);
  });
});

describe('pay: set 94, after its measure', () => {
  it.each([
    ['Remuneração: 1.442,57 € (2.ª posição remuneratória, nível 16 da TRU).', 1442.57],
    ['Gehalt: 3.100 € brutto.', 3100],
  ])('a euro figure of four digits with no period is a month’s: %s', (text, min) => {
    expect(findPay(text).pay).toMatchObject({ min, period: 'month', currency: 'EUR' });
  });
  it('five digits stay a year’s, and a day rate its day', () => {
    expect(findPay('Salary: €52,000').pay).toMatchObject({ min: 52000, period: 'year' });
    expect(findPay('Tagessatz: 650 €').pay).toMatchObject({ min: 650, period: 'day' });
  });
});

describe('pay: set 95, after its measure', () => {
  it('the reader’s own pay said in Finnish, in their reply over the quoted offer, is not the offer', () => {
    const reply =
      'Hei Laura,\n\nkiitos viestistä! Nykyinen palkkani on 5 200 €/kk, joten haarukan yläpää olisi minulle se realistinen taso.\n\n> Palkkahaarukka: 4 800–5 800 €/kk + lomarahat';
    expect(findPay(reply).pay).toMatchObject({ min: 4800, max: 5800, period: 'month', currency: 'EUR' });
    expect(findPay('Ich verdiene derzeit 4.800 € brutto im Monat.').pay).toBeNull();
  });
});

describe('pay: the twenty-first review’s probes', () => {
  it.each([
    ['a year’s word in German', 'Minijob als Bürokraft (m/w/d) bei der Acme GmbH in Köln. Jahresgehalt: 6.240 €.', 'year'],
    ['RAL, a year’s gross', 'Ciao Marco, cerchiamo un Addetto Reception part-time. RAL 9.500 €.', 'year'],
  ])('a four-digit euro figure after %s stays a year’s', (_case, text, period) => {
    expect(findPay(text).pay?.period).toBe(period);
  });
  it.each([
    ['a shift’s', 'Hi Sam, locum consultant role at a hospital in Cork, €1,200 per shift.'],
    ['a day rate’s "pd"', 'Hi Sam, contract DevOps role with Acme in Frankfurt, €1,100 pd, 6 months.'],
    ['a sum with no salary’s word', "Hi Maria, We'll cover relocation with a €7,500 package."],
  ])('a four-digit euro figure with %s is no month’s salary', (_case, text) => {
    expect(findPay(text).pay?.period).not.toBe('month');
  });
  it('the rand after "R " without grouping, and a year after "Grade R" no rand', () => {
    expect(findPay('We are hiring in Johannesburg, Gauteng. Salary: R 8500 per month plus commission.').pay).toMatchObject({
      min: 8500,
      period: 'month',
      currency: 'ZAR',
    });
    expect(findPay('Cape Town, South Africa. Salary: R 45000 - R 55000 per month.').pay).toMatchObject({
      min: 45000,
      max: 55000,
      currency: 'ZAR',
    });
    expect(findPay('Little Acorns in Pretoria is looking for a teacher for our Grade R 2026 class. Salary negotiable.').pay).toBeNull();
  });
  it('a Nordic "OG" in capitals ends the clause too', () => {
    expect(findPay('VI SØKER SJÅFØRER TIL OSLO! LØNN 45 000 KR PR MÅNED OG BONUS ETTER 3 MÅNEDER.').pay).toMatchObject({
      min: 45000,
      period: 'month',
      currency: 'NOK',
    });
  });
  it('"US" shouted among capitals is the pronoun: a Canadian message stays in Canadian dollars', () => {
    expect(
      findPay('NOW HIRING WAREHOUSE ASSOCIATES IN MISSISSAUGA! $19/HR SEND US YOUR RESUME OR APPLY AT www.acmestaffing.ca/jobs').pay
        ?.currency,
    ).toBe('CAD');
    expect(findPay('Salary $150k, remote across the US and Canada.').pay?.currency).toBe('USD');
  });
  it('a budget the reader will "directly" manage', () => {
    expect(findPay("Hi Sam, we're hiring a Head of Events at Acme in London. You'll directly manage our budget: £150,000.").pay).toBeNull();
  });
});

describe('pay: the twenty-second review’s probes', () => {
  it.each([
    ['German, "ca." between', 'Hallo, wir suchen einen Elektriker (m/w/d) für die Müller GmbH. Gehalt: ca. 3.400 € brutto.', 3400, null],
    ['a compound label', 'Hallo, wir suchen einen Elektriker (m/w/d). Einstiegsgehalt: 3.400 € brutto.', 3400, null],
    ['a range with words between', 'Hallo. Gehalt: zwischen 3.200 und 3.800 € brutto.', 3200, 3800],
    [
      'English, a salary range',
      "Hi Ana, we're hiring a Customer Support Agent for Teleperformance in Lisbon. Salary range: €1,400 - €1,700 gross.",
      1400,
      1700,
    ],
    ['Italian "al lordo"', 'Retribuzione: 1.800 € al lordo.', 1800, null],
    ['Spanish "por 14 pagas"', 'Salario: 1.800 € por 14 pagas.', 1800, null],
    ['a pay scale in brackets', 'Vergütung: Entgeltgruppe 9a TVöD (ca. 3.600 € brutto).', 3600, null],
  ])('a four-digit euro salary, %s, is a month’s', (_case, text, min, max) => {
    expect(findPay(text).pay).toMatchObject({ min, max, period: 'month', currency: 'EUR' });
  });
  it('a year’s word before it keeps it a year’s, in French too', () => {
    expect(findPay("Bonjour, poste d'assistant (H/F) chez Acme à Lyon. Salaire annuel : 9 000 € brut.").pay?.period).toBe('year');
  });
  it('the US named beside its time zones is the country', () => {
    expect(
      findPay(
        "Hi Sam, we're a Toronto-based startup hiring a Senior Backend Engineer to work remotely from the US (EST/PST hours). Salary: $160k-$190k.",
      ).pay?.currency,
    ).toBe('USD');
  });
  it('a rand day rate of four digits that could be a year', () => {
    expect(findPay('Discovery in Sandton, Johannesburg. Salary: R 1950 per day.').pay).toMatchObject({
      min: 1950,
      period: 'day',
      currency: 'ZAR',
    });
  });
});

describe('pay: sets 97 and 98, after their measure', () => {
  it.each([
    ['in French, its adjective after', 'Nous recrutons un Chef de projet data (équipe de 8 personnes, budget annuel de 1,2 M€).'],
    ['in English', 'You would lead a platform with a budget of €1.2m.'],
    ['in German', 'Sie verantworten ein Budget von 2 Mio. € für die Plattform.'],
  ])('a budget of a million or more, %s, is no pay', (_case, text) => {
    expect(findPay(text).pay).toBeNull();
  });
  it('the pay beside such a budget is read', () => {
    const text =
      'Nous recrutons un(e) Chef de projet data pour piloter notre plateforme de données (équipe de 8 personnes, budget annuel de 1,2 M€).\n\n– Rémunération : 55 à 62 k€ bruts annuels selon profil';
    expect(findPay(text).pay).toMatchObject({ min: 55000, max: 62000, period: 'year', currency: 'EUR' });
  });
  it.each([
    ['a budget for this hire', 'We have a budget of £90,000 for this hire.', 90000],
    ['a CTC budget in lakhs per annum', 'Budget: 18-24 LPA for this role.', 1800000],
  ])('%s is still pay', (_case, text, min) => {
    expect(findPay(text).pay?.min).toBe(min);
  });
  it('a table’s hours are no pay, and its salary is', () => {
    const text =
      '| Package  |                                      |\n|----------|--------------------------------------|\n| Salary   | £46,000 – £50,000                    |\n| Tronc    | approx. £6,000 – £8,000 per year     |\n| Hours    | 48 per week, 4-day week              |\n| Holiday  | 28 days incl. bank holidays          |';
    expect(readMessage(text).pay).toMatchObject({ min: 46000, max: 50000, period: 'year', currency: 'GBP' });
  });
});

describe('pay: the twenty-third review’s probes', () => {
  it.each([
    ['a day rate after an hours figure', 'Contract | 6 months | 37.5 hours | 500 per day | Outside IR35', 500, 'day'],
    ['an hourly rate after an hours figure', 'Part-time | 20 hours | 12.50 per hour | term time only', 12.5, 'hour'],
    ['a German month after its hours', 'Vollzeit | 38 Stunden | 3.900 brutto monatlich | unbefristet', 3900, 'month'],
  ])('a one-line summary with %s is read', (_case, text, min, period) => {
    expect(findPay(text).pay).toMatchObject({ min, period });
  });
  it.each([
    ['lakhs written with their commas', 'Budget: 18,00,000 per annum', 1800000],
    ['a budget that is all-in pay', 'Budget: $1.2M all-in (base + guaranteed bonus)', 1200000],
    ['a budget that is total compensation', 'Budget of $1,000,000 TC for this level', 1000000],
    ['a fixed budget', 'Budget: CHF 1.1m fixed plus discretionary bonus', 1100000],
    ['a budget that is on-target earnings', 'Budget: SGD 1,000,000 OTE', 1000000],
  ])('a budget of a million that is pay: %s', (_case, text, min) => {
    expect(findPay(text).pay?.min).toBe(min);
  });
});

describe('pay: set 99, after its measure', () => {
  it('a start-up research package named after its figure is no pay, and the salary beside it is read', () => {
    const text =
      'The details:\n- Salary: Level B, $113,742 – $134,214 per annum, plus 17% employer superannuation\n- A $40,000 start-up research package over your first two years';
    expect(findPay(text).pay).toMatchObject({ min: 113742, max: 134214, period: 'year' });
    expect(findPay('- A $40,000 start-up research package over your first two years').pay).toBeNull();
  });
});

describe('pay: the twenty-fourth review’s probes', () => {
  it.each([
    ['a "Contracted hours" cell', '| Contracted hours | 37.5 per week |\n| Salary | £28,000 per annum |', 28000, 'year'],
    ['a "Working hours" cell', '| Working hours | 40 per week |\n| Pay | $26.50 per hour |', 26.5, 'hour'],
  ])('%s is hours, and the pay beside it is read', (_case, text, min, period) => {
    expect(readMessage(text).pay).toMatchObject({ min, period });
  });
  it.each([
    ['"base station"', 'You would own a budget of £3.5m for base station upgrades. Salary is £75,000 - £85,000.'],
    ['"fixed for the financial year"', 'You would own a budget of £3.5m fixed for the financial year. Salary is £75,000 - £85,000.'],
  ])('a project budget followed by %s does not beat the salary', (_case, text) => {
    expect(readMessage(text).pay).toMatchObject({ min: 75000, max: 85000 });
  });
  it('a start-up’s "startup package" is pay; research start-up funds are not', () => {
    expect(findPay('We can offer $170,000 startup package including meaningful equity.').pay?.min).toBe(170000);
    expect(findPay('There is $150,000 in start-up funds for your lab.').pay).toBeNull();
  });
});

describe('pay: the twenty-fifth review’s probes', () => {
  it.each([
    ['an academic start-up package', 'For the Assistant Professor post we offer a competitive salary and a $600,000 start-up package.'],
    ['one said to be available', 'Lecturer in Chemistry. A generous £100,000 start-up package is available.'],
  ])('%s is no pay', (_case, text) => {
    expect(findPay(text).pay).toBeNull();
  });
  it.each([
    ['pay words in a bracket', 'Budget: $1.2M (base + bonus)', 1200000],
    ['"a year, all-in"', 'Budget: $1.5M a year, all-in', 1500000],
    ['"including bonus"', 'Budget: $1.2M including bonus', 1200000],
    ['a bare package', 'Budget: $2M package', 2000000],
  ])('a budget of a million with %s is pay', (_case, text, min) => {
    expect(findPay(text).pay?.min).toBe(min);
  });
  it('a two-word hours label is hours, and the salary beside it is read', () => {
    expect(readMessage('| Normal working hours | 37.5 per week |\n| Salary | £28,000 per annum |').pay).toMatchObject({ min: 28000 });
  });
  it('a rate in a cell whose label is not one of the hours is pay', () => {
    expect(findPay('| Paid hours | 20 per hour |').pay).toMatchObject({ min: 20, period: 'hour' });
  });
});

describe('pay: set 100, after its measure', () => {
  it('a Flemish "Brutomaandloon" is a month’s', () => {
    expect(findPay('• Brutomaandloon vanaf € 4.300, afhankelijk van je ervaring').pay).toMatchObject({
      min: 4300,
      period: 'month',
      currency: 'EUR',
    });
  });
  it('a paid orientation’s sum is no pay, and the year’s pay is read', () => {
    const text =
      '💰 Earn $100K+ your first year\n💰 $7,500 sign-on bonus (paid in 3 installments)\n✅ Paid orientation – $1,200 for 3 days';
    expect(readMessage(text).pay).toMatchObject({ min: 100000, period: 'year', openTop: true });
  });
  it('a nurse’s degree after her name is no US state', () => {
    const text =
      'Hourly rate: $42.50 to $51.75/hr. Full HOOPP pension and benefits from day one.\n\nWarm regards,\n\nLorraine Beaudette, RN, MN\nPatient Care Manager';
    expect(findPay(text).pay?.currency).toBe('CAD');
  });
});

describe('pay: the twenty-sixth review’s probes', () => {
  it.each([
    ['"Minimum hours"', '| Minimum hours | 20 per week |\n| Rate | £12.50 per hour |', 12.5],
    ['"Guaranteed hours"', '| Guaranteed hours | 30 per week |\n| Salary | £24,000 per annum |', 24000],
  ])('a %s cell is hours, and the pay beside it is read', (_case, text, min) => {
    expect(readMessage(text).pay?.min).toBe(min);
  });
  it.each([
    ['"bonus eligible"', 'Department budget £4m, bonus eligible. Salary is £75,000 - £85,000.'],
    ['"including bonus pool"', 'Sales budget: $5M, including bonus pool for the team. Salary is $75,000 - $85,000.'],
    ['"package of services"', 'Budget of €3m, package of services. Salary is €75,000 - €85,000.'],
    ['a bracket naming only the base', 'A budget of £1.5m (base maintenance contracts). Salary is £75,000 - £85,000.'],
  ])('a budget for things with %s does not beat the salary', (_case, text) => {
    expect(readMessage(text).pay?.min).toBe(75000);
  });
  it.each([
    ['at an hourly rate', 'Paid orientation at $40/hr. RN position at Coralbay Health.', 40],
    ['then a rate', 'Paid orientation, then $38/hr once you start.', 38],
  ])('a paid orientation %s is the pay', (_case, text, min) => {
    expect(findPay(text).pay?.min).toBe(min);
  });
  it.each([
    ['with equity written with a decimal', 'We offer a $170,000 start-up package plus 0.5% in equity.'],
    ['at a start-up', 'We offer a $170,000 startup package, fully remote.'],
  ])('a start-up firm’s package %s is pay', (_case, text) => {
    expect(findPay(text).pay?.min).toBe(170000);
  });
  it('a nurse’s degrees in a chain after her name are no US state', () => {
    expect(findPay('Hourly rate: $42.50 to $51.75/hr. HOOPP pension.\n\nLorraine Beaudette, RN, BScN, MN').pay?.currency).toBe('CAD');
  });
});

describe('pay: the twenty-seventh review’s probes', () => {
  it.each([
    ['"(3 days)"', 'RN position at $19/hr. Paid orientation – $1,200 (3 days).'],
    ['"for the 3-day program"', 'RN position at $19/hr. Paid orientation – $1,200 for the 3-day program.'],
  ])('a paid orientation’s sum %s is no pay, and the wage is read', (_case, text) => {
    expect(findPay(text).pay).toMatchObject({ min: 19, period: 'hour' });
  });
  it.each([
    ['"(TC)"', 'Budget: $1.2m (TC)'],
    ['"(salary)"', 'Budget: $1.2m (salary)'],
    ['"(all-in, incl. bonus)"', 'Budget: $1.2m (all-in, incl. bonus)'],
    ['"(base salary plus bonus)"', 'Budget: $1.2m (base salary plus bonus)'],
    ['"(guaranteed bonus included)"', 'Budget: $1.2m (guaranteed bonus included)'],
    ['"including base and bonus"', 'Budget: $1.2m including base and bonus'],
  ])('a budget of a million with %s is pay', (_case, text) => {
    expect(findPay(text).pay?.min).toBe(1200000);
  });
  it('a cell that names the pay after an hours label is pay', () => {
    expect(findPay('| Shift hours | Pay 13.20 per hour |').pay).toMatchObject({ min: 13.2, period: 'hour' });
  });
});

describe('pay: set 102, after its measure', () => {
  it.each([
    ['Czech, after a slash', '• Sazba: 7 500 – 9 000 Kč/MD', 7500, 'CZK'],
    ['Polish, after a slash', 'Stawka: 1200 zł/MD netto', 1200, 'PLN'],
    ['Polish, "za MD"', 'Stawka: 900 zł za MD', 900, 'PLN'],
  ])('a man-day rate, %s, is a day’s (not "/M", a month)', (_case, text, min, currency) => {
    expect(findPay(text).pay).toMatchObject({ min, period: 'day', currency });
  });
});

describe('pay: sets 103 and 104, after their measure', () => {
  it.each([
    ['a space after the slash', 'Stundensatz: bis max. 105 € / Std. (all-in)', P(null, 105, 'hour', 'EUR')],
    ['a space after the slash, a month in Danish', 'Løn: 32.000 kr. / md.', P(32000, null, 'month', 'DKK')],
  ])('a period after a slash and a space: %s', (_case, text, expected) => {
    expect(pay(text)).toEqual(expected);
  });

  it('Polish "nawet do" is "up to", in any currency', () => {
    expect(pay('💶 nawet do 2 400 € netto/mies.')).toEqual(P(null, 2400, 'month', 'EUR'));
  });

  it.each([
    ['a bare figure, then pesos', 'Sueldo: 950.000 pesos mensuales, Santiago de Chile', P(950000, null, 'month', 'CLP')],
    ['millions of pesos', 'Salario: 3,4 millones de pesos al mes, Santiago de Chile', P(3400000, null, 'month', 'CLP')],
    [
      'a range with the million on its second end',
      'La renta está entre 3 y 3,4 millones de pesos líquidos mensuales, en Santiago de Chile',
      P(3000000, 3400000, 'month', 'CLP'),
    ],
    [
      'a range in millions of an unknown peso',
      'Salary: 3-3.4 million pesos a month, Santiago de Chile',
      P(3000000, 3400000, 'month', 'CLP'),
    ],
  ])('Spanish millions: %s', (_case, text, expected) => {
    expect(pay(text)).toEqual(expected);
  });

  it.each([
    ['a Canadian city named alone', 'Lab Technician contract in Mississauga – $29-33/hr', P(29, 33, 'hour', 'CAD')],
    ['a Chilean phone number', 'Sueldo: $1.200.000 líquidos mensuales. Escríbeme al +56 9 5555 1234', P(1200000, null, 'month', 'CLP')],
    [
      "Santiago's communes, La Florida among them (no US state)",
      'Obra en La Florida y Ñuñoa. Renta: entre 2 y 2,5 millones de pesos líquidos mensuales.',
      P(2000000, 2500000, 'month', 'CLP'),
    ],
  ])('the dollar or the peso by where the message is: %s', (_case, text, expected) => {
    expect(pay(text)).toEqual(expected);
  });

  it.each([
    'La ciudad tiene 3 millones de habitantes.',
    'Atendemos a 1,2 millones de clientes en Chile.',
    'Hola, tenemos 2 millones de usuarios y buscamos un Backend Developer.',
    'Levantamos 3,4 millones de dólares en 2024.',
  ])('a million of people or of something else is no pay: %s', (text) => {
    expect(pay(text)).toBeNull();
  });
});

describe("pay: the twenty-eighth review's probes", () => {
  it.each([
    'Buscamos Analista de Datos para una empresa con facturación de US$ 3,4 millones anuales.',
    'A Pagaleve é uma fintech que faturou R$ 1,2 milhão no último trimestre. Salário a combinar.',
    'Vais gerir uma carteira de € 2 milhões em clientes empresariais. Remuneração competitiva.',
    'movimos $ 1,5 millones de pesos en transacciones el mes pasado. Ofrecemos sueldo competitivo.',
    'Proyecto de infraestructura por 120.000 millones de pesos. Buscamos Ingeniero de Proyectos.',
    'La empresa factura 3.000 millones de pesos por año. Sueldo: a convenir.',
    'Obra de $ 45.000 millones en Chapinero. Salario a convenir según experiencia.',
    'Ofrecemos: sueldo a convenir, apoyo de transporte de 800 pesos semanales y fondo de ahorro.',
    'Sueldo: 2.800 pesos semanales. Apoyo de transporte de 800 pesos semanales.',
    'Comisiones promedio de 6.000 pesos al mes. Sueldo base a convenir.',
    'Subject: Director Financiero – Santiago\n\nRenta líquida: $ 5,5 millones.',
  ])('millions and pesos that are not the salary offered: %s', (text) => {
    expect(pay(text)).toBeNull();
  });
});

describe("pay: the twenty-ninth review's probes", () => {
  it.each([
    'Hola Camila, el sueldo es competitivo y la empresa factura 40 millones de pesos al mes en Santiago de Chile.',
    'Hola Camila, sueldo competitivo, y liderarás un proyecto de 450 millones de pesos en la minera de Antofagasta.',
    'Hola Camila, la renta es atractiva y administrarás una cartera de 2.000 millones de pesos. Las Condes.',
    'Hola Camila, sueldo competitivo, y liderarás un proyecto de US$ 3,4 millones en Antofagasta.',
    'Hola Camila, gestionarás un fondo de renta fija de 500 millones de pesos en Santiago de Chile.',
    'Hola Camila, el área de impuesto a la renta procesa 800 millones de pesos al año en Santiago de Chile.',
    'Hola Camila, somos una consultora con base en Santiago de Chile y 300 millones de pesos en proyectos.',
    'Hola Camila, administrarás una database de 2 millones de pesos en transacciones diarias en Santiago de Chile.',
    'Hi Camila, our customer base generates 700 millones de pesos a month (Santiago de Chile).',
    'Hola Daniela, sueldo competitivo, más despensa de 1,200 pesos mensuales y fondo de ahorro. Monterrey.',
    'Hola Daniela, sueldo competitivo y crédito Infonavit de hasta 1,5 millones de pesos. Monterrey.',
    "Hi Daniela, pay is above market and you'll handle a petty cash float of 5,000 pesos. Store Supervisor in Monterrey.",
    'Hi Camila, salary between 900 and 1.2 million pesos a month, Analyst in Las Condes.',
  ])('a sum in pesos or millions that is not the salary: %s', (text) => {
    expect(pay(text)).toBeNull();
  });

  it.each([
    'Hi Priya, Tom Markham here from Brightpath Search. Senior Data Engineer, remote, $150,000-$170,000 base.',
    'Hi Priya, Senior Data Engineer, remote, $150,000-$170,000 base.\n\nEmily Vaughan\nBrightpath Search',
    'Hi Priya, we have a Plant Controller opening in Oakville (near Waterbury), $110,000-$125,000 plus bonus.',
  ])('a surname or a US town is no Canadian city: %s', (text) => {
    expect(pay(text)?.currency).toBe('USD');
  });

  it('a chat stamp with the number in direction marks', () => {
    const chat =
      '[14/10/25, 9:02:13 a.m.] \u202a+52 81 2345 6789\u202c: Hola Daniela, vacante de Analista de Nóminas en Monterrey.\n' +
      '[14/10/25, 9:02:40 a.m.] \u202a+52 81 2345 6789\u202c: Sueldo de $18,000 mensuales más prestaciones.';
    expect(readMessage(chat).pay).toMatchObject({ min: 18000, period: 'month', currency: 'MXN' });
  });
});

describe('pay: sets 105 and 106, after their measure', () => {
  it("a table's cell goes with its row's label: the allowances refused, the basic salary read", () => {
    const table =
      '| Item | Detail |\n|---|---|\n| Basic salary | AED 32,000 per month |\n| Housing allowance | AED 9,000 per month |\n| Transport allowance | AED 2,500 per month |';
    expect(pay(table)).toEqual(P(32000, null, 'month', 'AED'));
  });

  it("a wider table's cells before a figure are no label: a table of several jobs offers no one pay", () => {
    const jobs =
      '| Role | Location | Type | Package |\n|---|---|---|---|\n| Data Engineer | Wellington | Permanent | $120k – $140k |\n' +
      '| BI Developer | Remote NZ | 6mth fixed | $95 – $110 p/h |\n| Data Lead | Christchurch | Permanent | $150k + bonus |';
    expect(pay(jobs)).toBeNull();
  });

  it('Malay allowances and incentives are no wage', () => {
    expect(pay('💰 Gaji: RM2,800 – RM3,500 sebulan\n➕ Elaun kehadiran RM200 + insentif bulanan sehingga RM800')).toEqual(
      P(2800, 3500, 'month', 'MYR'),
    );
  });

  it('a Spanish "plus" for one thing is no wage', () => {
    expect(pay('- 1.850 € netos/mes en 14 pagas.\n- Plus de idiomas de 90 € brutos al mes.')).toEqual(P(1850, null, 'month', 'EUR'));
  });

  it.each([['Salary N150,000/month + HMO + transport, Lekki, Lagos', P(150000, null, 'month', 'NGN')]])(
    'the naira typed as "N" in a Nigerian message: %s',
    (text, expected) => {
      expect(pay(text)).toEqual(expected);
    },
  );

  it('"N" before a figure elsewhere is no currency', () => {
    expect(pay('Ref N150,000 in our London office')).toBeNull();
  });

  it('Estonian euros and months: "2 150–2 600 eurot kuus"', () => {
    expect(pay('– töötasu 2 150–2 600 eurot kuus (bruto)')).toEqual(P(2150, 2600, 'month', 'EUR'));
  });

  it('an OTE said "c." (circa)', () => {
    expect(findPay('- Base: £44,000\n- OTE: c. £58,000 with overtime').ote).toMatchObject({ min: 58000, period: 'year', currency: 'GBP' });
  });
});

describe("pay: the thirty-first review's probes", () => {
  it.each([
    ['Buscamos Vigilante para Bilbao. Salario base + plus de nocturnidad = 1.700 € brutos al mes.', P(1700, null, 'month', 'EUR')],
    ['Salario de convenio + plus de peligrosidad: 1.650 € brutos al mes.', P(1650, null, 'month', 'EUR')],
    ['Plus de transporte incluido en el salario de 1.550 € al mes.', P(1550, null, 'month', 'EUR')],
    ['Kami mencari Eksekutif Jualan. Gaji RM3,500 sebulan termasuk elaun.', P(3500, null, 'month', 'MYR')],
    ['Kami mencari Eksekutif Jualan. Gaji dan elaun: RM3,500 sebulan.', P(3500, null, 'month', 'MYR')],
    ['Otsime Klienditoe spetsialisti. Palk 2 000 eurot, katseaeg kuus kuud.', P(2000, null, 'month', 'EUR')],
    ['Otsime spetsialisti. Tasu 3 500 eurot. Meeskonnas on kuus inimest.', P(3500, null, 'month', 'EUR')],
  ])('a wage that includes a "plus" or an allowance, and a bare Estonian salary by the month: %s', (text, expected) => {
    expect(pay(text)).toEqual(expected);
  });
});

describe('pay: set 109, after its measure', () => {
  it.each([
    ['Kisaran gaji Rp 15.000.000 – Rp 19.000.000 per bulan (gross), plus THR.', P(15000000, 19000000, 'month', 'IDR')],
    ['Gaji: Rp 9 juta - 12 juta per bulan', P(9000000, 12000000, 'month', 'IDR')],
    ['Gaji pokok Rp 180.000.000 per tahun', P(180000000, null, 'year', 'IDR')],
    ['Mức lương: 18.000.000 – 24.000.000 VNĐ/tháng (gross)', P(18000000, 24000000, 'month', 'VND')],
    ['Mức lương: 30 - 45 triệu VND/tháng', P(30000000, 45000000, 'month', 'VND')],
    ['Mshahara ni KES 90,000 – 120,000 kwa mwezi (gross).', P(90000, 120000, 'month', 'KES')],
    ['Sahod: Php 19,000 - Php 23,000 kada buwan', P(19000, 23000, 'month', 'PHP')],
    ['Sahod up to Php 26,000/month + Php 5,000 sign-on bonus!', P(null, 26000, 'month', 'PHP')],
    ['Gaji Rp 50.000/jam untuk paruh waktu', P(50000, null, 'hour', 'IDR')],
    ['Lương 250.000 VNĐ/giờ', P(250000, null, 'hour', 'VND')],
  ])('rupiah, dong, shilling and peso, with their periods and millions: %s', (text, expected) => {
    expect(pay(text)).toEqual(expected);
  });

  it.each([
    ["• Maaş: aylık net 95.000 TL'den başlayan, deneyime göre", P(95000, null, 'month', 'TRY', { openTop: true })],
    ['• Maaş: aylık net 95.000 TL’den itibaren', P(95000, null, 'month', 'TRY', { openTop: true })],
    ['• Maaş: aylık brüt 85.000 TL', P(85000, null, 'month', 'TRY')],
  ])('Turkish "from", a suffix on the currency: %s', (text, expected) => {
    expect(pay(text)).toEqual(expected);
  });

  it('airtime in a benefits line is no pay', () => {
    const text = 'Earnings: OTE ₦600,000 per month\nBenefits: transport allowance ₦40,000, HMO, monthly airtime ₦10,000';
    expect(pay(text)).toEqual(P(600000, null, 'month', 'NGN', { ote: true }));
  });

  it.each([
    [
      '1. The rate is £550–£600 per day, Outside IR35.\n\n> Can you confirm the rate? For context my last rate was £575/day.',
      P(550, 600, 'day', 'GBP'),
    ],
    [
      'La renta es $2.400.000 líquidos al mes, en Santiago de Chile.\n\n> ¿Cuál es el rango? Actualmente estoy en $2.100.000 líquidos.',
      P(2400000, null, 'month', 'CLP'),
    ],
  ])("the reader's last rate or what they earn now, in their quoted reply, is not the offer: %s", (text, expected) => {
    expect(pay(text)).toEqual(expected);
  });

  it("the reader's own pay alone is no offer: Spanish and Portuguese", () => {
    expect(pay('> ¿Cuál es la renta? Actualmente estoy en $2.900.000 líquidos.')).toBeNull();
    expect(pay('> Qual é a faixa? Atualmente ganho R$ 8.000 por mês.')).toBeNull();
  });
});

describe('pay: set 107, after its measure', () => {
  it('tronc, the tips shared out, is no pay: "£12.90 per hour + tronc (about £2.10/hr on top)"', () => {
    expect(pay('Chef de Partie: £12.90 per hour + tronc (averaging about £2.10/hr on top last month).')).toEqual(
      P(12.9, null, 'hour', 'GBP'),
    );
  });

  it('the bulleted parts under a pay line are its breakdown: the sum above them is the pay', () => {
    const text =
      'Weekly gross pay: $2,610\n– Taxable hourly: $24.00/hr\n– Non-taxable housing stipend: $1,250/wk\n– Meals stipend: $480/wk';
    expect(pay(text)).toEqual(P(2610, null, 'week', 'USD'));
    // Not lines that head nothing: a list of rates with no figure above them is no breakdown.
    expect(pay('Pay rates:\n- Days: $24/hr\n- Nights: $27/hr')).toEqual(P(24, 27, 'hour', 'USD'));
  });
});

describe('pay: sets 110 to 112, after their measure', () => {
  it.each([
    ['Starting salary is $68,000 to $75,000 depending on your tickets.', P(68000, 75000, 'year', 'USD')],
    ['Total cost of employment package: R 780 000 – R 910 000 per annum. Campus: Westville, Durban', P(780000, 910000, 'year', 'ZAR')],
    ['- plaća: 2.400 – 3.000 € neto mjesečno, ovisno o iskustvu', P(2400, 3000, 'month', 'EUR')],
    ['Atlyginimas: nuo 1 900 Eur/mėn. (neatskaičius mokesčių)', P(1900, null, 'month', 'EUR', { openTop: true })],
    ['Palk alates 1800 eurot kuus', P(1800, null, 'month', 'EUR', { openTop: true })],
    ['- Mức lương: 1.800 – 2.600 USD gross/tháng', P(1800, 2600, 'month', 'USD')],
  ])('%s', (text, expected) => {
    expect(pay(text)).toEqual(expected);
  });

  it('a price is still no pay: "tickets from $45", "the cost of the course" (a guard, passing before the change too)', () => {
    expect(pay('Concert tickets from $45 each.')).toBeNull();
    expect(pay('The cost of the course is $1,200.')).toBeNull();
  });
});

describe('pay: sets 113 to 115, after their measure', () => {
  it.each([
    ['- Gaji Rp 18–24 juta per bulan (gross)\n- Tunjangan laptop Rp 12 juta per 3 tahun', P(18000000, 24000000, 'month', 'IDR')],
    ['- Lương: 30 – 40 triệu VND/tháng (gross)\nAnh cho em xin 15 phút gọi điện nhé.', P(30000000, 40000000, 'month', 'VND')],
    ['HIRING NOW! CSR agents for our Ortigas site. P20,000-P26,000/mo + P8,000 sign-on bonus!', P(20000, 26000, 'month', 'PHP')],
    ['Salary: N120,000 - N180,000 monthly. Office in Lekki, Lagos.', P(120000, 180000, 'month', 'NGN')],
    [
      'To save us both time: the salary for this position is 46 000–52 000 SEK per month depending on experience.',
      P(46000, 52000, 'month', 'SEK'),
    ],
  ])('%s', (text, expected) => {
    expect(pay(text)).toEqual(expected);
  });

  it('"P" is the peso only in a message set in the Philippines, and before thousands (a guard, passing before too)', () => {
    expect(pay('Meet us in room P22. Salary £30,000.')).toEqual(P(30000, null, 'year', 'GBP'));
    expect(pay('Part number P12,500 is out of stock.')).toBeNull();
  });

  it('on-target earnings at a quota’s attainment: "OTE CZK 120,000 per month at 100% of quota"', () => {
    expect(pay('Comp is OTE CZK 120,000 per month at 100% of quota, with accelerators above that.')).toEqual(
      P(120000, null, 'month', 'CZK', { ote: true }),
    );
  });

  it('the French "à objectifs atteints" is on-target earnings beside the fixed pay', () => {
    const found = findPay(
      '- une rémunération fixe de 50 à 55 K€ bruts annuels + variable, soit un package de 75 K€ à objectifs atteints ;',
    );
    expect(stated(found.pay)).toEqual(P(50000, 55000, 'year', 'EUR'));
    expect(found.ote).toMatchObject({ min: 75000, period: 'year', currency: 'EUR', ote: true });
  });
});

describe('pay: sets 116 to 118, after their measure', () => {
  it.each([
    ['Salario: COP 18.000.000 a 22.000.000 mensuales, bajo esquema integral.', P(18000000, 22000000, 'month', 'COP')],
    ['Pagan USD 30 a 38 por hora según seniority.', P(30, 38, 'hour', 'USD')],
    ['on-target earnings of up to GH₵ 12,000 per month (fixed plus commission)', P(null, 12000, 'month', 'GHS', { ote: true })],
    [
      "> What's the rate? Last contract I was on R5 400 a day.\n\nThe rate for this role is R6 200 per day, excluding VAT. Bellville, Cape Town",
      P(6200, null, 'day', 'ZAR'),
    ],
  ])('%s', (text, expected) => {
    expect(pay(text)).toEqual(expected);
  });

  it('ages "de 28 a 35 años" are still no range of pay', () => {
    expect(pay('Buscamos personas de 28 a 35 años para el turno de noche.')).toBeNull();
  });
});

describe('pay: SAP S/4HANA', () => {
  it('"S/4HANA" is SAP\'s product, not a sum in soles', () => {
    expect(pay('The rate for this SAP S/4HANA FICO Consultant role is R6 500 per day, excluding VAT. Cape Town')).toEqual(
      P(6500, null, 'day', 'ZAR'),
    );
    expect(pay('Sueldo: S/4500 mensuales. Lima')).toEqual(P(4500, null, 'month', 'PEN'));
  });
});

describe('pay: set 116, after its measure', () => {
  it('places of two countries: the one named three times over the one named once', () => {
    const text =
      'Hi Grace, a new job matches your saved search "payroll" in Newcastle NSW.\n\nPayroll Officer\nNewcastle, Maitland & Hunter NSW\n' +
      '$80,000 – $90,000 + super\n\nJobNest Pty Ltd, 60 Wellington Parade, East Melbourne VIC 3002';
    expect(pay(text)).toEqual(P(80000, 90000, 'year', 'AUD'));
  });

  it('Canada’s "Vulnerable Sector Check" sets the dollar', () => {
    expect(
      pay('The board pays Occasional Teachers $263.45 per day. You will need a Vulnerable Sector Check dated within 6 months.'),
    ).toEqual(P(263.45, null, 'day', 'CAD'));
  });

  it('"something north of $65k" in the reader\'s reply is their own ask', () => {
    const text =
      'The range for the Marketing Coordinator role is\n$62,000-$70,000.\n\n> Could you share the salary range? I am currently at $58k\n> and ' +
      "I'm looking for something north of $65k.";
    expect(pay(text)).toEqual(P(62000, 70000, 'year', 'USD'));
  });

  it('a text message under its sender\'s number keeps its text: "From: 78432" then "Parcelion: Now hiring …"', () => {
    const text =
      'From: 78432\nParcelion: Now hiring Warehouse Associates at our Joliet, IL fulfillment center! $21.50/hr + $3.00/hr night shift ' +
      'differential. $1,000 sign-on bonus. Full-time, 40 hrs/wk, weekly pay. Reply STOP to opt out.\n';
    const found = readMessage(text);
    expect(found.pay).toMatchObject({ min: 21.5, period: 'hour', currency: 'USD' });
    expect(found.massPitch).toBe(true);
  });
});

describe('pay: set 117, after its measure', () => {
  it("an Austrian minimum the employer will pay above, in an insurer's collective agreement", () => {
    const text =
      'The minimum gross salary for this position according to the collective agreement for the insurance sector is EUR 3,650.20 per ' +
      'month, paid 14 times a year. Depending on your experience, we are willing to pay above this.';
    expect(pay(text)).toEqual(P(3650.2, null, 'month', 'EUR', { openTop: true }));
  });

  it('a Hungarian SZÉP card is a benefit, not the wage', () => {
    expect(pay('Bérezés: bruttó 620 000 – 740 000 Ft/hó\nJuttatások: SZÉP-kártya évi 300 000 Ft, 13. havi fizetés')).toEqual(
      P(620000, 740000, 'month', 'HUF'),
    );
  });

  it('insurance cover is still no pay (a guard, passing before too)', () => {
    expect(pay('Benefits: life insurance cover of £150,000.')).toBeNull();
  });
});

describe('pay: sets 119 to 121, after their measure', () => {
  it.each([['El mortab 24,000 EGP net shahry, + medical insurance', P(24000, null, 'month', 'EGP')]])('%s', (text, expected) => {
    expect(pay(text)).toEqual(expected);
  });

  it('a project\'s volume "bis 2 Mio. € Auftragsvolumen" is no pay, past the scale\'s dot', () => {
    expect(pay('Abwicklung von Elektroinstallationsprojekten bis 2 Mio. € Auftragsvolumen.')).toBeNull();
  });

  it('a salary in millions before the next sentence keeps its clause: "CZK 1,2 Mio. Zusätzlich Bonus …"', () => {
    expect(pay('Für die Position in Prag bieten wir ein Jahresgehalt von CZK 1,2 Mio. Zusätzlich Bonus je nach Umsatzvolumen.')).toEqual(
      P(1200000, null, 'year', 'CZK'),
    );
  });
});

describe('pay: the twentieth session, before its unseen sets', () => {
  it('a "label | value" table row without outer bars goes with its label: an allowance row is not a second pay', () => {
    const text =
      ' Gross Salary     | BDT 85,000 – 1,10,000 per month\n Festival Bonus   | 2 (two) basic per year\n Mobile Allowance | Tk 1,500 per month\n';
    expect(stated(readMessage(text).pay)).toEqual(P(85000, 110000, 'month', 'BDT'));
  });

  it.each([
    ['Lương: 8 triệu/tháng', P(8000000, null, 'month', 'VND')],
    ['Lương cứng 8 triệu đồng/tháng + hoa hồng 30-50%', P(8000000, null, 'month', 'VND')],
    ['Mức lương: 12.000.000đ - 15.000.000đ/tháng', P(12000000, 15000000, 'month', 'VND')],
    ['Gaji 9 juta per bulan', P(9000000, null, 'month', 'IDR')],
    ['Gaji: 9 - 12 juta/bulan', P(9000000, 12000000, 'month', 'IDR')],
  ])('the dong and the rupiah by their million or their own word: %s', (text, expected) => {
    expect(pay(text)).toEqual(expected);
  });

  it.each([
    [
      'el rango es entre $3,2 y $3,8 millones líquidos mensuales (CLP), contrato indefinido. +56 9 7734 1208',
      P(3200000, 3800000, 'month', 'CLP'),
    ],
    ['la renta es de $3,2 a $3,8 millones. +56 9 7734 1208', P(3200000, 3800000, 'month', 'CLP')],
    ['el sueldo es de $3,2 millones líquidos mensuales. +56 9 7734 1208', P(3200000, null, 'month', 'CLP')],
  ])('a Spanish million with decimals after a bare "$", on both ends or the top only: %s', (text, expected) => {
    expect(pay(text)).toEqual(expected);
  });

  it('a "$" million with no place to name its peso is not read as dollars a month (a guard, passing before too)', () => {
    expect(pay('el sueldo es de $3,2 millones líquidos mensuales.')).toBeNull();
  });
});

describe('pay: set 122, after its measure', () => {
  it.each([
    ['Basic R16 500 pm, OTE R32 000 pm (commission uncapped). Pretoria East', P(16500, null, 'month', 'ZAR')],
    ['Salary: £2,400 pcm', P(2400, null, 'month', 'GBP')],
  ])('"pm" and "pcm" after a sum are a month, not a time of day: %s', (text, expected) => {
    expect(pay(text)).toEqual(expected);
  });

  it.each([
    ['Interviews at 5 pm, salary £45,000', P(45000, null, 'year', 'GBP')],
    ['Shift ends at 11.30pm; pay $22/hr', P(22, null, 'hour', 'USD')],
  ])('an hour before "pm" is still a time of day (a guard, passing before too): %s', (text, expected) => {
    expect(pay(text)).toEqual(expected);
  });

  it("a kitchen's tip share is no second wage", () => {
    expect(pay('Line Cook\n$19 - $23 an hour\nFull-time\n• Tip share (avg $4/hr on dinner service)')).toEqual(P(19, 23, 'hour', 'USD'));
  });
});

describe('pay: set 123, after its measure', () => {
  it.each([
    ['✅ Brutouurloon € 16,82 + overuren aan 150%', P(16.82, null, 'hour', 'EUR')],
    ['Stawka 28-32 zl brutto/h + premia frekwencyjna 400 zl.', P(28, 32, 'hour', 'PLN')],
    ['Základná zložka mzdy: 1 350 € brutto/mesiac', P(1350, null, 'month', 'EUR')],
    ['Plata: 1.800 € neto/mjesec', P(1800, null, 'month', 'EUR')],
    ['Зарплата: $4 000–5 500 на місяць (ФОП, компенсуємо єдиний податок 5%)', P(4000, 5500, 'month', 'USD')],
  ])('%s', (text, expected) => {
    expect(pay(text)).toEqual(expected);
  });

  it('an OTE with its adjective after it, "OTE complessiva", beside a RAL', () => {
    const found = findPay('- RAL 52.000 € (14 mensilità)\n- variabile legato agli obiettivi, OTE complessiva 68.000 €');
    expect(stated(found.pay)).toEqual(P(52000, null, 'year', 'EUR'));
    expect(stated(found.ote)).toEqual(P(68000, null, 'year', 'EUR', { ote: true }));
  });
});

describe('pay: sets 126 and 127, after their measure', () => {
  it.each([
    ['- Salario: Q12,000.00 a Q14,500.00 mensuales, según experiencia. Quetzaltenango', P(12000, 14500, 'month', 'GTQ')],
    ['Bluewave is HIRING CSRs sa IT Park, Cebu City! Php 25K-32K/mo + Php 5K sign-on bonus', P(25000, 32000, 'month', 'PHP')],
    ['Orderpickers gezocht. €15,42/u bruto + ploegenpremie + maaltijdcheques €8.', P(15.42, null, 'hour', 'EUR')],
    ['• Брутно възнаграждение: 6 000 – 7 500 лв. месечно', P(6000, 7500, 'month', 'BGN')],
    ['Зарплата: 45 000 грн на місяць', P(45000, null, 'month', 'UAH')],
  ])('%s', (text, expected) => {
    expect(pay(text)).toEqual(expected);
  });

  it.each([
    ['Revenue grew in Q3 2025 to $2m. Salary $120,000.', P(120000, null, 'year', 'USD')],
    ['Experience with PHP 8.2 and Laravel. Salary $90,000', P(90000, null, 'year', 'USD')],
  ])('a quarter and a language version are no sums (a guard, passing before too): %s', (text, expected) => {
    expect(pay(text)).toEqual(expected);
  });

  it.each([
    '> Antes de avanzar, ¿me podrías pasar el rango? Hoy mi expectativa\n> está en USD 4.500 mensuales.',
    '> Grazie. Le confermo che attualmente ho una RAL di 46.500 euro.',
  ])("the reader's own pay, asked or had, in a quoted reply wrapped mid-sentence, is no offer: %s", (text) => {
    expect(pay(text)).toBeNull();
  });

  it('an Arabic floor: "المرتب يبدأ من 14,000 جنيه شهرياً"', () => {
    expect(pay('💰 المرتب يبدأ من 14,000 جنيه شهرياً')).toEqual(P(14000, null, 'month', 'EGP', { openTop: true }));
  });

  it('a digest of jobs in blocks at several employers offers no pay', () => {
    const text =
      '1) Svářeč/ka CO2 a TIG\n   KOVOSTROJ Vyškov s.r.o. · Vyškov\n   Mzda: 38 000 – 46 000 Kč/měsíc\n\n' +
      '2) Účetní – mzdová agenda\n   Horácký pivovar a.s. · Brno-Líšeň\n   Mzda: neuvedeno\n\n' +
      '3) Řidič/ka sk. C\n   Moravia Drinks s.r.o. · Modřice\n   Mzda: neuvedeno\n';
    expect(readMessage(text).pay).toBeNull();
  });
});

describe('pay: sets 128 to 130, after their measure', () => {
  it.each([
    ['💶 Заплата 2 400 лв. нето на месец\n🎁 Бонуси за представяне до 600 лв.', P(2400, null, 'month', 'BGN')],
    ['💰 Зарплата: до $3 000/міс', P(null, 3000, 'month', 'USD')],
    ['Зарплата від 2 500 $ на місяць', P(2500, null, 'month', 'USD', { openTop: true })],
    ['The wage range under the HSA collective agreement is $46.10 to $56.35 per hour. Abbotsford, BC', P(46.1, 56.35, 'hour', 'CAD')],
    ['💰 $24.75/hr\nFree shuttle from Bramalea GO', P(24.75, null, 'hour', 'CAD')],
    ['💰 เงินเดือน 35,000 - 45,000 บาท (ตามประสบการณ์)\n✨ ค่าเดินทาง 2,000 บาท/เดือน', P(35000, 45000, 'month', 'THB')],
    ['• שכר: 32-38 אלף ₪ ברוטו לחודש, בהתאם לניסיון', P(32000, 38000, 'month', 'ILS')],
  ])('%s', (text, expected) => {
    expect(pay(text)).toEqual(expected);
  });

  it('a Turkish base and its on-target month: "sabit maaş", "hedeflerin tamamı gerçekleştiğinde"', () => {
    const found = findPay('- Aylık net 95.000 TL sabit maaş\n- Hedeflerin tamamı gerçekleştiğinde prim dahil aylık net 130.000 TL');
    expect(stated(found.pay)).toEqual(P(95000, null, 'month', 'TRY'));
    expect(stated(found.ote)).toEqual(P(130000, null, 'month', 'TRY', { ote: true }));
  });

  it('the reader\'s current pay in Dutch, quoted: "Mijn huidige brutoloon is € 3.700 per maand"', () => {
    expect(pay('> Mijn huidige brutoloon is € 3.700 per maand.')).toBeNull();
  });

  it('an Australian alert\'s "Jobs similar to this" lists other jobs', () => {
    const text =
      'Wind Farm Site Manager\nTallowind Energy\nGlen Innes NSW 2370 · Full time\n$165,000 – $185,000 + super\n\nJobs similar to this:\n' +
      'Senior Asset Manager – Wind · Stanwell Ridge Power · Brisbane QLD · $150k – $170k\n';
    expect(stated(readMessage(text).pay)).toEqual(P(165000, 185000, 'year', 'AUD'));
  });

  it.each([
    [
      'Tarifa: $3,500 MXN por día + IVA. Viáticos de $600 diarios; CDMX.\n\nRegina Villaseñor\nColibrí Producciones',
      P(3500, null, 'day', 'MXN'),
    ],
    ['Hiring AZ Drivers out of our Brampton, ON terminal. Cross-border US lanes. Pay $2,100-$2,450/week.', P(2100, 2450, 'week', 'CAD')],
  ])("a first name or a town's address does not move the dollar (guards): %s", (text, expected) => {
    expect(pay(text)).toEqual(expected);
  });
});

describe('pay: sets 131 to 136, after their measure', () => {
  it.each([
    [
      '  Gross monthly salary ........ ₦650,000 – ₦800,000\n  Transport allowance ......... ₦60,000 per month',
      P(650000, 800000, 'month', 'NGN'),
    ],
    [
      'The position carries a gross salary of GH₵ 18,000 – GH₵ 22,000 per month, with a vehicle allowance.',
      P(18000, 22000, 'month', 'GHS'),
    ],
    ['✅ Salario: RD$ 95,000 – RD$ 110,000 mensuales', P(95000, 110000, 'month', 'DOP')],
    ['💶 Satnica: 8,50 € neto/sat + napojnice', P(8.5, null, 'hour', 'EUR')],
  ])('%s', (text, expected) => {
    expect(pay(text)).toEqual(expected);
  });

  it('a script reader reads "K RMB": "月薪 60-80K RMB"', () => {
    expect(pay('薪资：月薪 60-80K RMB，16薪，另有期权')).toEqual(P(60000, 80000, 'month', 'CNY'));
  });
});

describe('pay: sets 132 and 133, after their measure', () => {
  it('an Icelandic hourly wage in krónur', () => {
    expect(pay('Við leitum að rafvirkja frá 1. júní. Tímakaup 4.300–4.800 kr. eftir reynslu, auk yfirvinnu.')).toEqual(
      P(4300, 4800, 'hour', 'ISK'),
    );
  });

  it('a supplier base counted is no pay', () => {
    expect(pay('Cutting the supplier base from 1,400 to under 600 in 18 months was your work.')).toBeNull();
  });

  it.each([
    ['Løn: 42.000-47.000 kr. pr. måned + pension 18,1 %. Odense Kommune', P(42000, 47000, 'month', 'DKK')],
    ['Lønn: 52 000 kr per måned og pensjon. Bergen', P(52000, null, 'month', 'NOK')],
  ])('a Danish or Norwegian krone stays one (guards, passing before too): %s', (text, expected) => {
    expect(pay(text)).toEqual(expected);
  });
});

describe('pay: sets 140 to 142, after their measure', () => {
  it('an Austrian minimum over the reader\'s own pay told back to them ("dass Sie derzeit rund € 3.400,- beziehen")', () => {
    const text =
      'Für diese Position gilt ein kollektivvertragliches Mindestgehalt von € 3.082,- brutto pro Monat (Vollzeit, 14 x jährlich). ' +
      'Eine Überzahlung ist vorgesehen – Sie haben ja erwähnt, dass Sie derzeit rund € 3.400,- beziehen, das ist für uns gut darstellbar.';
    expect(pay(text)).toEqual(P(3082, null, 'month', 'EUR', { openTop: true }));
  });

  it('an offer said to the reader in German stays an offer: "können Sie derzeit bis zu € 4.000 verdienen" (a guard)', () => {
    expect(pay('Bei uns können Sie derzeit bis zu € 4.000 brutto im Monat verdienen.')).toEqual(P(null, 4000, 'month', 'EUR'));
  });

  it('a Lithuanian range, "nuo 2 600 iki 3 200 EUR/mėn."', () => {
    expect(pay('Atlyginimas: nuo 2 600 iki 3 200 EUR/mėn. neatskaičius mokesčių')).toEqual(P(2600, 3200, 'month', 'EUR'));
  });

  it.each([
    ['Sueldo S/ 1,300 + bonos hasta S/ 800 + planilla.', P(1300, null, 'month', 'PEN')],
    ['Salary: KSh 120,000 gross', P(120000, null, 'month', 'KES')],
    ['Salary: ₦650,000 net', P(650000, null, 'month', 'NGN')],
    ['Salary: PKR 250,000 plus fuel', P(250000, null, 'month', 'PKR')],
    ['Lương: 25.000.000 VND', P(25000000, null, 'month', 'VND')],
    ['Salary: EGP 30,000', P(30000, null, 'month', 'EGP')],
  ])("a sum with no period in a currency paid by the month by custom is a month's: %s", (text, expected) => {
    expect(pay(text)).toEqual(expected);
  });

  it.each([
    ['Salary: NGN 18,000,000 gross', P(18000000, null, 'year', 'NGN')],
    ['Sueldo anual: S/ 96,000', P(96000, null, 'year', 'PEN')],
    ['Rémunération : 360 000 MAD bruts', P(360000, null, 'year', 'MAD')],
  ])("a sum too large for a month there, or said to be a year's, stays a year's (a guard): %s", (text, expected) => {
    expect(pay(text)).toEqual(expected);
  });
});

describe('pay: sets 140 to 142, more after their measure', () => {
  it.each([
    ['Lønn kr 295,- per time + overtidstillegg 50/100 %.', P(295, null, 'hour', 'NOK')],
    ['Lønn: NOK 310 per time', P(310, null, 'hour', 'NOK')],
  ])('a Norwegian "per time" is an hour: %s', (text, expected) => {
    expect(pay(text)).toEqual(expected);
  });

  it('an OTE said "approximately" is the OTE beside the base, not the pay', () => {
    const found = findPay(
      '- Base salary: THB 95,000 – 115,000 per month\n- OTE approximately THB 160,000 per month with uncapped commission',
    );
    expect(stated(found.pay)).toEqual(P(95000, 115000, 'month', 'THB'));
    expect(stated(found.ote)).toEqual(P(160000, null, 'month', 'THB', { ote: true }));
  });

  it.each([
    ['الموقع: الرياض\n- الراتب الأساسي: 16,000 – 20,000 ريال شهرياً', P(16000, 20000, 'month', 'SAR')],
    ['الموقع: الدوحة\n- الراتب: 12,000 ريال شهرياً', P(12000, null, 'month', 'QAR')],
  ])('a riyal with no country after it is the one of the country the message names: %s', (text, expected) => {
    expect(pay(text)).toEqual(expected);
  });

  it('a riyal of no country the message names is read as no pay rather than guessed (a guard)', () => {
    expect(pay('- الراتب: 12,000 ريال شهرياً')).toBeNull();
  });

  it.each([
    ['- Professional fee: KES 38,000 per day (gross, subject to 5% withholding tax)', P(38000, null, 'day', 'KES')],
    ['Consultancy fee: £650 per day', P(650, null, 'day', 'GBP')],
  ])("a consultant's fee is their pay: %s", (text, expected) => {
    expect(pay(text)).toEqual(expected);
  });

  it('an application fee is still a price (a guard)', () => {
    expect(pay('The application fee is $50.')).toBeNull();
  });
});

describe('pay: sets 144 and 145, after their measure', () => {
  it('"Щодо компенсації:" labels the pay, no allowance', () => {
    expect(pay('Щодо компенсації: на позицію Senior iOS Developer вилка — $4,800–5,600 на місяць.')).toEqual(P(4800, 5600, 'month', 'USD'));
  });

  it('an allowance for sport in Cyrillic is still no pay (a guard)', () => {
    expect(pay('компенсация спорта 5 000 руб в месяц')).toBeNull();
  });

  it("the reader's pay and the pay they look for, in Ukrainian, are no offer", () => {
    expect(pay('> Дякую, мені цікаво. Зараз отримую $4,200 net, шукаю від $5,000.')).toBeNull();
  });

  it('a budget for courses, in Spanish, is no pay: the range beside it is', () => {
    const text = '✔ Rango: USD 3.500 a 5.000 mensuales según seniority\n✔ Budget de USD 1.000 anuales para cursos y conferencias';
    expect(pay(text)).toEqual(P(3500, 5000, 'month', 'USD'));
  });

  it.each([
    ['Salario: $U 140.000 nominales mensuales + ticket alimentación', P(140000, null, 'month', 'UYU')],
    ['Salary          : Tk. 1,20,000 – 1,60,000 (monthly, negotiable)', P(120000, 160000, 'month', 'BDT')],
    ['Hola Andrés, la vacante es en Cali.\n- Salario: $6.800.000 mensuales', P(6800000, null, 'month', 'COP')],
  ])("Uruguay's $U, Bangladesh's Tk., Colombia's dollar by Cali: %s", (text, expected) => {
    expect(pay(text)).toEqual(expected);
  });
});

describe('pay: set 146, after its measure', () => {
  it('the reader\'s floor over a wrapped line of a reply is theirs: "I\'m looking\\nfor at least RM 14,000"', () => {
    expect(pay("may I know the salary range? My current basic is RM 12,500 and I'm looking\nfor at least RM 14,000")).toBeNull();
  });
});

describe('pay: set 148, after its measure', () => {
  it.each([
    ['💰 薪资：25-35K·14薪', P(25000, 35000, 'month', 'CNY')],
    ['Pago Q1,250 semanales + horas extra. Presentarse con DPI y 2 cartas de recomendacion.', P(1250, null, 'week', 'GTQ')],
    ['💰 Mức lương: lên đến 55 triệu VND/tháng (gross)', P(null, 55000000, 'month', 'VND')],
    ['Poste basé à Dakar. Rémunération : 1 500 000 FCFA brut mensuel', P(1500000, null, 'month', 'XOF')],
    ['Poste basé à Douala. Rémunération : 900 000 FCFA brut mensuel', P(900000, null, 'month', 'XAF')],
  ])('%s', (text, expected) => {
    expect(pay(text)).toEqual(expected);
  });

  it('a CFA franc of no country the message names is read as no pay rather than guessed (a guard)', () => {
    expect(pay('Rémunération : 1 500 000 FCFA brut mensuel')).toBeNull();
  });
});

describe('pay: a gross word in brackets, salary labels in more languages, sums by the piece', () => {
  it.each([
    ['Atlyginimas: 2500–3000 EUR (bruto) per mėnesį.', P(2500, 3000, 'month', 'EUR')],
    ['Salary £55,000 (gross) per annum', P(55000, null, 'year', 'GBP')],
    ['Pensja 12 000 zł (brutto)/mies.', P(12000, null, 'month', 'PLN')],
  ])('the gross word may stand in brackets: %s', (text, expected) => {
    expect(pay(text)).toEqual(expected);
  });

  it.each([
    ['Atlyginimas: 2500–3000 EUR.', P(2500, 3000, 'month', 'EUR')],
    ['Plaća: 1.400 EUR neto', P(1400, null, 'month', 'EUR')],
    ['Μισθός: 1.200 € μικτά', P(1200, null, 'month', 'EUR')],
    ['Salariu: 2.000 EUR net', P(2000, null, 'month', 'EUR')],
    ['Pay: 2500–3000 EUR.', P(2500, 3000, 'month', 'EUR')],
  ])(
    'a four-digit euro salary under a salary word of Lithuanian, Croatian, Greek, Romanian or English is a month: %s',
    (text, expected) => {
      expect(pay(text)).toEqual(expected);
    },
  );

  it.each([
    ['Pay: €75,000', P(75000, null, 'year', 'EUR')],
    ['Alga: 42.000 EUR per gadu', P(42000, null, 'year', 'EUR')],
  ])('five digits stay a year (a guard): %s', (text, expected) => {
    expect(pay(text)).toEqual(expected);
  });

  it.each(['Salary: €1,200 per shift', 'Pay: $2,500 per project', 'Vergütung: 1.200 € pro Einsatz', 'Rate: $1,800 a placement'])(
    'a sum by the piece has no period and is refused, not read as a year: %s',
    (text) => {
      const found = findPay(text);
      expect(found.pay).toBeNull();
      expect(found.refused.map((r) => r.why)).toContain('a sum by the piece, not by a time');
    },
  );

  it('a bonus by the piece beside a yearly salary leaves the salary (a guard)', () => {
    expect(pay('Salary: $95,000 a year, $500 per placement bonus')).toEqual(P(95000, null, 'year', 'USD'));
  });
});

describe("pay: the dollar of Mexico by its ID, and no US state in a certificate's code", () => {
  it('"DC-3" is a Mexican training certificate, not Washington DC; the CURP names Mexico', () => {
    const text =
      '*AUTOPARTES CUMBRES* planta Apodaca N.L.\nSolicitamos OPERADOR DE MONTACARGAS\n(con experiencia minima 1 año comprobable, DC-3 vigente)\n' +
      '💰 *$3,250 semanales* libres\nPresentarse con solicitud elaborada, INE, CURP, NSS';
    expect(pay(text)).toEqual(P(3250, null, 'week', 'MXN'));
  });

  it('a town and its state code is still a US place (a guard)', () => {
    expect(pay('Warehouse lead in Washington, DC. Pay: $3,250 weekly.')).toEqual(P(3250, null, 'week', 'USD'));
  });
});

describe("pay: a company car's budget, a French hourly salary", () => {
  it("a company car's budget said after it is no pay; the salary before it is", () => {
    const text =
      'Brutomaandloon tussen €3.800 en €4.400 afhankelijk van ervaring + 13de maand + dubbel vakantiegeld, maaltijdcheques van €8, ' +
      'hospitalisatieverzekering en een firmawagen (budget ca. €750/maand)';
    expect(pay(text)).toEqual(P(3800, 4400, 'month', 'EUR'));
    expect(pay('een firmawagen (budget ca. €750/maand)')).toBeNull();
    expect(pay('Dienstwagen (Leasingrate bis 600 € monatlich), Gehalt 5.200 € brutto monatlich')).toEqual(P(5200, null, 'month', 'EUR'));
  });

  it.each([
    ['Benefits: company car. Salary: €60,000', P(60000, null, 'year', 'EUR')],
    ['Company car + salary of €60,000', P(60000, null, 'year', 'EUR')],
  ])('a salary said after a company car is still pay (a guard): %s', (text, expected) => {
    expect(pay(text)).toEqual(expected);
  });

  it('"Salaire horaire" names an hour\'s pay: "Salaire horaire : CHF 34.50 brut"', () => {
    expect(pay("• Salaire horaire : CHF 34.50 brut, + 8,33 % d'indemnité vacances")).toEqual(P(34.5, null, 'hour', 'CHF'));
  });
});

describe('pay: set 154, after its measure', () => {
  it('a project\'s count of stars is no pay and leaves the salary: "（star 1.2k 那个）"', () => {
    expect(pay('在GitHub上看到你维护的那个 RTOS 电机驱动库（star 1.2k 那个）\n薪资 35-45K·16薪')).toEqual(P(35000, 45000, 'month', 'CNY'));
    expect(findPay('Loved your library (2.3k stars on GitHub). Salary: $150k.').refused.map((r) => r.why)).toContain('a count of things');
  });
});

describe('pay: set 153, after its measure', () => {
  it.each([
    ['Зарплатна вилка: $3800–4600 (ФОП)', P(3800, 4600, 'month', 'USD')],
    ['Зарплата: от $2500 до $3500', P(2500, 3500, 'month', 'USD')],
    ['Зарплата: $48000 в год', P(48000, null, 'year', 'USD')],
  ])('a four-digit dollar salary under a Ukrainian or Russian salary word is a month: %s', (text, expected) => {
    expect(pay(text)).toEqual(expected);
  });

  it('Dutch "p/u" is an hour: "Tarief: max. € 98,- p/u excl. btw"', () => {
    expect(pay('Tarief: max. € 98,- p/u excl. btw')).toEqual(P(null, 98, 'hour', 'EUR'));
  });
});

describe('pay: hours labelled in Dutch, Swedish, Danish and Norwegian', () => {
  it('"Uren: 32-36 p/w" is hours, and the rate under it is the pay', () => {
    const found = findPay('Rol: Scrum Master\nUren: 32-36 p/w\nTarief: max. € 98,- p/u excl. btw');
    expect(stated(found.pay)).toEqual(P(null, 98, 'hour', 'EUR'));
    expect(found.refused.map((r) => r.why)).toContain('hours');
  });
});

describe('pay: set 155, after its measure', () => {
  it.each([
    ['The package is J$4.2 million – J$4.8 million per annum, plus service charge', P(4200000, 4800000, 'year', 'JMD')],
    ['Salary: TT$18,000 per month', P(18000, null, 'month', 'TTD')],
  ])("the Caribbean's dollars: %s", (text, expected) => {
    expect(pay(text)).toEqual(expected);
  });

  it('a sum grown from one figure to another is revenue, not pay', () => {
    const text =
      "In five years we've grown our voluntary income from £2.1m to £3.2m, largely through our community. The role pays £68,000.";
    expect(pay(text)).toEqual(P(68000, null, 'year', 'GBP'));
    expect(findPay(text).refused.map((r) => r.why)).toContain('revenue');
  });
});

describe("pay: the Caribbean's dollars with a space", () => {
  it('"TT$ 18,000 per month"', () => {
    expect(pay('Salary: TT$ 18,000 per month')).toEqual(P(18000, null, 'month', 'TTD'));
  });
});

describe("pay: the Caribbean's dollars, guards", () => {
  it.each([
    ['Salary: BDS$ 5,500 per month', P(5500, null, 'month', 'BBD')],
    ['Use the TT$ macro. Salary: $90,000 a year.', P(90000, null, 'year', 'USD')],
    ['Revenue increased from $2m to $5m last year. Base salary: $120,000.', P(120000, null, 'year', 'USD')],
    ["We've grown the team from 5 to 12 engineers; salary £60k-£70k.", P(60000, 70000, 'year', 'GBP')],
  ])('%s', (text, expected) => {
    expect(pay(text)).toEqual(expected);
  });
});

describe("pay: the rouble's and hryvnia's signs after a figure, Uruguay's dotted peso, a Nordic monthly salary", () => {
  it.each([
    ['Зарплата: 180 000 ₽ на руки', P(180000, null, 'month', 'RUB')],
    ['Зарплата: от 180 000 ₽', P(180000, null, 'month', 'RUB', { openTop: true })],
    ['Оклад 180000 ₽', P(180000, null, 'month', 'RUB')],
    ['Зарплата: 45 000 ₴', P(45000, null, 'month', 'UAH')],
  ])('a sign after the figure is its currency: %s', (text, expected) => {
    expect(pay(text)).toEqual(expected);
  });

  it.each([
    ['Salario: $U 85.000 nominales + tickets de alimentación', P(85000, null, 'month', 'UYU')],
    ['Sueldo nominal: 85.000 UYU', P(85000, null, 'month', 'UYU')],
  ])('Uruguay groups its pesos with dots: %s', (text, expected) => {
    expect(pay(text)).toEqual(expected);
  });

  it.each([
    ['Vi erbjuder 45 000 kr i månadslön.', P(45000, null, 'month', 'SEK')],
    ['Lön: 42 000 kr månadslön', P(42000, null, 'month', 'SEK')],
    ['Lønn: 52 000 kr i månedslønn', P(52000, null, 'month', 'NOK')],
  ])('a monthly salary named after the figure: %s', (text, expected) => {
    expect(pay(text)).toEqual(expected);
  });
});

describe('pay: "$US" and "$USD" are no Uruguayan peso (guards)', () => {
  it.each([
    ['Salary: $USD 85,000 per year', P(85000, null, 'year', 'USD')],
    ['Salario: $US 85,000 anuales', P(85000, null, 'year', 'USD')],
  ])('%s', (text, expected) => {
    expect(pay(text)).toEqual(expected);
  });
});

describe("pay: a collective agreement's minimum, named by its short forms, beside the offer", () => {
  it.each([
    [
      'Das KV-Mindestgehalt beträgt EUR 2.950,- brutto pro Monat, eine Überzahlung ist vorgesehen; geplant sind ca. EUR 3.600,- brutto.',
      P(3600, null, 'month', 'EUR'),
    ],
    ['Mindestgehalt laut KV: 2.800 € brutto monatlich. Unser Angebot: 3.500 € brutto monatlich.', P(3500, null, 'month', 'EUR')],
    ["Der Mindestlohn laut GAV beträgt CHF 4'200 pro Monat; wir zahlen CHF 5'100 pro Monat.", P(5100, null, 'month', 'CHF')],
  ])('the offer, not the minimum: %s', (text, expected) => {
    expect(pay(text)).toEqual(expected);
  });

  it('the minimum alone is the floor the message states (a guard)', () => {
    expect(pay('Mindestgehalt laut KV: 2.800 € brutto monatlich.')).toEqual(P(2800, null, 'month', 'EUR'));
  });

  it("an offer with no period takes the minimum's only when it is near it: a yearly package stays yearly", () => {
    expect(pay('Das KV-Mindestgehalt beträgt EUR 2.950 brutto pro Monat. Jahresgehalt ca. EUR 52.000 brutto.')).toEqual(
      P(52000, null, 'year', 'EUR'),
    );
  });
});

describe('pay: the koruna written before its figure', () => {
  it('"základní mzda Kč 65 000 hrubého měsíčně"', () => {
    expect(pay('• základní mzda Kč 65 000 hrubého měsíčně')).toEqual(P(65000, null, 'month', 'CZK'));
  });
});

describe("pay: a dollar's country from more New Zealand places and the sender's telephone code", () => {
  it.each([
    ['+64 21 555 0193\nHi Tama, a temp Payroll Officer role in Lower Hutt. $38-42ph + 8% hol pay.', P(38, 42, 'hour', 'NZD')],
    ['Hi Tama, a Payroll Officer role in Porirua. $38-42ph.', P(38, 42, 'hour', 'NZD')],
    ['+61 412 555 019\nHi Sam, a site role, $45ph.', P(45, null, 'hour', 'AUD')],
  ])('%s', (text, expected) => {
    expect(pay(text)).toEqual(expected);
  });
});

describe("pay: a working interview's or a trial shift's pay is not the job's", () => {
  it.each([
    [
      "- Pay is $46–$52/hr depending on experience.\n\nWe'd love to have you come in for a working interview next Friday — that day is paid at $50/hr.",
      P(46, 52, 'hour', 'USD'),
    ],
    ['We start with a paid trial shift at £12/hr, then the role pays £13.50/hr.', P(13.5, null, 'hour', 'GBP')],
    ['£12/hr for the trial shift; the job pays £13.50/hr.', P(13.5, null, 'hour', 'GBP')],
  ])('%s', (text, expected) => {
    expect(pay(text)).toEqual(expected);
  });

  it('the words elsewhere leave the pay (a guard)', () => {
    expect(pay('Pay is $46/hr. Working interviews are part of our process.')).toEqual(P(46, null, 'hour', 'USD'));
  });
});

describe('pay: allowances and currencies of set 160', () => {
  it.each([
    ['🍱 Uang makan Rp 25.000/hari\n✅ BPJS', null],
    ['Gaji Rp 5.200.000/bulan + uang makan Rp 25.000/hari', P(5200000, null, 'month', 'IDR')],
    ['Malipo: TSh 25,000 kwa siku + chakula cha mchana.', P(25000, null, 'day', 'TZS')],
    ['Salary: USh 1,200,000 per month', P(1200000, null, 'month', 'UGX')],
  ])('%s', (text, expected) => {
    expect(pay(text)).toEqual(expected);
  });
});

describe('pay: sets 161 to 163, after their measure', () => {
  it.each([
    ['Rate is $1,050 + GST per day, invoiced and paid weekly. Wellington.', P(1050, null, 'day', 'NZD')],
    ['£450 + VAT per day, outside IR35', P(450, null, 'day', 'GBP')],
    [
      'Salary: you would receive €34,200 per year, being 0.6 of the full-time salary of €57,000 for this post',
      P(34200, null, 'year', 'EUR'),
    ],
    ['• Salário base: MZN 38.000 líquidos por mês', P(38000, null, 'month', 'MZN')],
    ['Gaji pokok: sehingga RM 6,500 sebulan (bergantung pada pengalaman)', P(null, 6500, 'month', 'MYR')],
    ['💰 Mức lương: Từ ₫ 25 triệu/tháng (gross)', P(25000000, null, 'month', 'VND', { openTop: true })],
  ])('%s', (text, expected) => {
    expect(pay(text)).toEqual(expected);
  });

  it('a full-time salary said alone is the pay (a guard)', () => {
    expect(pay('The full-time salary is €57,000.')).toEqual(P(57000, null, 'year', 'EUR'));
  });
});

describe('pay: the currencies and ranges of sets 164 to 166', () => {
  it.each([
    ['• Salario: Q 8,500 + bonificación incentivo Q 250\nPuesto en Guatemala', P(8500, null, 'month', 'GTQ')],
    [
      'Salario base mensual: L 25,000.00\nBono de transporte: L 1,500.00 mensuales\nSan Pedro Sula, Honduras',
      P(25000, null, 'month', 'HNL'),
    ],
    ['💰 Salary: ETB 35,000 (gross) + Transport allowance ETB 4,500', P(35000, null, 'month', 'ETB')],
    ['Rango salarial: B/. 1,800 – B/. 2,200 mensuales', P(1800, 2200, 'month', 'PAB')],
    ['Gaji antara RM 4,000 hingga RM 5,500 sebulan.', P(4000, 5500, 'month', 'MYR')],
    ['lương từ 20.000.000 VND đến 30.000.000 VND/tháng', P(20000000, 30000000, 'month', 'VND')],
  ])('%s', (text, expected) => {
    expect(pay(text)).toEqual(expected);
  });

  it.each([
    ['Q 3 results were strong. Salary $90,000.', P(90000, null, 'year', 'USD')],
    ['Pay to be agreed. ALL 45,000 square metres of the site open next spring.', null],
    [
      'Payroll Administrator, a job share of 2.5 days each, paid pro rata of the full-time salary of £28,000.',
      P(28000, null, 'year', 'GBP'),
    ],
  ])('guards: %s', (text, expected) => {
    expect(pay(text)).toEqual(expected);
  });
});

describe('pay: a Chinese "¥", a Catalan range, a Swahili fare, more New Zealand towns', () => {
  it.each([
    ['薪资范围 ¥ 45K-65K·15薪，另有期权', P(45000, 65000, 'month', 'CNY')],
    ["un sou brut anual d'entre 50.000 i 58.000 €, un 0,15 % en stock options", P(50000, 58000, 'year', 'EUR')],
    ['Malipo ni TSh 35,000 kwa siku. Chakula cha mchana wanatoa, na nauli TSh 5,000 kwa siku.', P(35000, null, 'day', 'TZS')],
    ["Just out of Morrinsville. We're offering $72,000 - $78,000 depending on experience.", P(72000, 78000, 'year', 'NZD')],
  ])('%s', (text, expected) => {
    expect(pay(text)).toEqual(expected);
  });

  it('a Japanese "¥" stays the yen (a guard)', () => {
    expect(pay('月給 ¥ 350,000・12ヶ月')).toEqual(P(350000, null, 'month', 'JPY'));
  });
});

describe("pay: a collective agreement's minimum with its group in brackets, a Belgian company car's budget", () => {
  it('"Das kollektivvertragliche Mindestgehalt (KV …, Beschäftigungsgruppe H) beträgt …"', () => {
    const text =
      'Das kollektivvertragliche Mindestgehalt (KV Elektro- und Elektronikindustrie, Beschäftigungsgruppe H) beträgt EUR 4.012,50 brutto pro Monat (14 x jährlich). Für Sie würden wir aber klar darüber liegen: Intern freigegeben ist ein Jahresbruttogehalt von EUR 66.000 bis 74.000.';
    expect(pay(text)).toEqual(P(66000, 74000, 'year', 'EUR'));
  });

  it('"Der Mindestlohn gemäss GAV beträgt CHF 4\'100 pro Monat, wir bieten CHF 4\'800."', () => {
    expect(pay("Der Mindestlohn gemäss GAV beträgt CHF 4'100 pro Monat, wir bieten CHF 4'800.")).toEqual(P(4800, null, 'month', 'CHF'));
  });

  it('"Voiture de société (budget TCO 750 €/mois)" is no pay beside the salary', () => {
    const text = '- Un salaire brut mensuel entre 3.450 € et 4.100 € selon expérience\n- Voiture de société (budget TCO 750 €/mois)';
    expect(pay(text)).toEqual(P(3450, 4100, 'month', 'EUR'));
  });
});

describe('pay: East Africa\'s "/=" after a whole sum', () => {
  it.each([
    ['Malipo Ksh 750/= kwa siku, chakula cha mchana bure.', P(750, null, 'day', 'KES')],
    ['Salary: KSh 45,000/= per month', P(45000, null, 'month', 'KES')],
  ])('%s', (text, expected) => {
    expect(pay(text)).toEqual(expected);
  });
});

describe('pay: two rates each with its period joined by a dash; a ceiling over a range', () => {
  it.each([
    ['Rate: $62/hr - $68/hr on W2 (No C2C, No H1 transfers)', P(62, 68, 'hour', 'USD')],
    ['Pay: $62 per hour - $68 per hour', P(62, 68, 'hour', 'USD')],
    [
      'Subject: Senior Care Assistants needed – up to £14.50/hr!\n\n- £12.85 – £13.40 per hour depending on your NVQ level\n- Night shifts: an extra £1.10 per hour enhancement',
      P(12.85, 13.4, 'hour', 'GBP'),
    ],
  ])('%s', (text, expected) => {
    expect(pay(text)).toEqual(expected);
  });

  it('rates with words between them are no joined range by this rule (a guard: read as before)', () => {
    expect(pay('$20/hour weekdays - $25/hour weekends')).toEqual(P(20, 25, 'hour', 'USD'));
  });
});

describe("pay: the forty-sixth review's guards", () => {
  it.each([
    ['Mshahara ni TSh 650,000 kwa mwezi pamoja na posho ya chakula.', P(650000, null, 'month', 'TZS')],
    ['Mshahara TSh 700,000 kwa mwezi na posho ya usafiri TSh 50,000.', P(700000, null, 'month', 'TZS')],
    ['Package: voiture de société ou budget mobilité, 4.200 € brut par mois.', P(4200, null, 'month', 'EUR')],
  ])('%s', (text, expected) => {
    expect(pay(text)).toEqual(expected);
  });
});

describe("pay: a subject's 'from' teaser over the range it starts, Morocco's 'DH'", () => {
  it.each([
    [
      '件名：【スカウト】経理事務（契約社員）時給1,800円〜｜神田\n\n時給1,800円〜2,200円（経験・スキルにより決定）\n※交通費全額支給（月5万円まで）',
      P(1800, 2200, 'hour', 'JPY'),
    ],
    ['Salaire: 16 000 à 19 000 DH net/mois selon profil, + 13ème mois, prime de transport 800 DH', P(16000, 19000, 'month', 'MAD')],
  ])('%s', (text, expected) => {
    expect(pay(text)).toEqual(expected);
  });
});

describe('pay rules from sets 173 to 178', () => {
  it('sets a Greek training budget aside: the salary line is the pay', () => {
    const { pay } = findPay(
      'Τι προσφέρουμε:\n- Μικτές ετήσιες αποδοχές 28.000 – 34.000 €\n- Bonus απόδοσης έως 10%\n- Ετήσιο budget εκπαίδευσης 1.200 €',
    );
    expect(pay).toMatchObject({ min: 28_000, max: 34_000, period: 'year', currency: 'EUR' });
  });

  it('reads a consultant’s daily fee as a day’s pay, not a price; a subsistence allowance is none', () => {
    const { pay } = findPay('- Daily fee: KES 42,000 (gross)\n- Field DSA of KES 7,000 per night, paid separately');
    expect(pay).toMatchObject({ min: 42_000, max: null, period: 'day', currency: 'KES' });
    expect(findPay('The placement fee is $25,000.').pay).toBeNull();
  });

  it('sets India’s "variable pay" aside as a bonus, not the total said with it', () => {
    expect(findPay('| Fixed CTC | ₹18,40,000 |\n| Variable pay (target 10%) | ₹1,84,000 |').pay).toMatchObject({ min: 1_840_000 });
    expect(findPay('CTC ₹25 LPA (fixed + variable pay), negotiable.').pay).toMatchObject({ min: 2_500_000, currency: 'INR' });
  });

  it('counts lakhs in the money the message names: Pakistan’s rupees', () => {
    const { pay, ote } = findPay('Salary PKR 1.8 Lac fixed + incentives, OTE up to 3 Lac/month.');
    expect(pay).toMatchObject({ min: 180_000, currency: 'PKR', period: 'month' });
    expect(ote).toMatchObject({ max: 300_000, currency: 'PKR' });
  });
});

describe('an Egyptian "up to"', () => {
  it('reads "لحد 30,000 جنيه" as a ceiling, not a floor', () => {
    expect(findPay('- المرتب لحد 25,000 جنيه شهري صافي').pay).toMatchObject({ min: null, max: 25_000, currency: 'EGP', period: 'month' });
  });
});

describe('a freelancer’s fee with its period', () => {
  it('is their pay, not a price; a project’s total budget beside it is none', () => {
    const { pay } = findPay('- Fee: Rp 2.500.000 per hari, estimasi 20 hari kerja\n\nBudget total proyek Rp 50.000.000 sudah disetujui.');
    expect(pay).toMatchObject({ min: 2_500_000, period: 'day', currency: 'IDR' });
    expect(findPay('- Fee: £600 per day, about 30 days').pay).toMatchObject({ min: 600, period: 'day', currency: 'GBP' });
    expect(findPay('Fee: £500-£550 per day, inside IR35.').pay).toMatchObject({ min: 500, max: 550, period: 'day', currency: 'GBP' });
  });

  it('is none when the candidate pays it: a registration or consultancy fee', () => {
    expect(findPay('Registration fee: £50 a day for the course.').pay).toBeNull();
    expect(findPay('Consultancy fee: ₹3,500 payable after selection.').pay).toBeNull();
  });
});

describe('pay rules from sets 182 to 184', () => {
  it('reads Costa Rica’s colón', () => {
    expect(findPay('- Salario base: ₡1.400.000 – ₡1.700.000 brutos mensuales').pay).toMatchObject({
      min: 1_400_000,
      max: 1_700_000,
      period: 'month',
      currency: 'CRC',
    });
  });

  it('reads an Icelandic monthly pay in krónur, over the parser’s yearly limit', () => {
    expect(findPay('Mánaðarlaun: 880.000–990.000 kr. eftir reynslu').pay).toMatchObject({
      min: 880_000,
      max: 990_000,
      period: 'month',
      currency: 'ISK',
    });
  });

  it('reads an Egyptian salary with no period as a month’s; not one item of a numbered list of jobs', () => {
    expect(findPay('✅ المرتب: 12,000 جنيه صافي').pay).toMatchObject({ min: 12_000, period: 'month', currency: 'EGP' });
    const list = '1- محاسب عام\nالمرتب من 9000 ل 12000 جنيه\n2- مندوب مبيعات\nمرتب 7500\n3- فني تكييف — 8500 جنيه';
    expect(findPay(list).pay).toBeNull();
  });

  it('sets a job board’s search filter aside and reads Taiwan’s own words as its dollar', () => {
    expect(findPay('根據您設定的求職條件「新竹市／月薪 40,000 以上」\n薪資待遇：月薪 45,000~58,000元').pay).toMatchObject({
      min: 45_000,
      max: 58_000,
      period: 'month',
      currency: 'TWD',
    });
  });
});

describe('pay: months, ceilings and currencies in more words', () => {
  it.each([
    ['💰 $2 900 – 4 100 / місяць', P(2900, 4100, 'month', 'USD')],
    ['वेतन: ₹18,500/माह तक + बोनस', P(null, 18500, 'month', 'INR')],
    ['Alga: 1 800 – 2 200 EUR bruto mēnesī', P(1800, 2200, 'month', 'EUR')],
    ['Зарада: од 120.000 до 140.000 динара месечно', P(120000, 140000, 'month', 'RSD')],
    ['📌 Fee: GH₵ 2,100 per day (all-inclusive)', P(2100, null, 'day', 'GHS')],
    ['Renta líquida mensual: $1.450.000\nPlan de salud ISAPRE', P(1450000, null, 'month', 'CLP')],
    ['Sueldo $5,200 semanales en Polanco, trae INE y CV', P(5200, null, 'week', 'MXN')],
  ])('%s', (text, expected) => {
    expect(pay(text)).toEqual(expected);
  });

  it('reads a Hinglish "tak" after rupees as a ceiling, and not a Polish "tak" after zloty', () => {
    expect(pay('Salary 14 LPA tak milega')).toEqual(P(null, 1400000, 'year', 'INR'));
    expect(pay('Pensja 6000 zł brutto tak jak ustaliliśmy')?.min).toBe(6000);
  });

  it('reads a bold "*OTE:*" label beside a fixed pay as the OTE, and an OTE with no currency in the base’s', () => {
    const hinglish = findPay('*Fixed CTC:* 8-11 LPA\n*OTE:* 15 LPA tak (incentives monthly)');
    expect(stated(hinglish.pay)).toEqual(P(800000, 1100000, 'year', 'INR'));
    expect(hinglish.ote?.max).toBe(1500000);
    const italian = findPay('- RAL 40-48K € + variabile legato agli obiettivi (OTE 60K)');
    expect(italian.ote?.currency).toBe('EUR');
  });

  it('reads a Latvian OTE after "līdz" as the OTE, beside the base', () => {
    const found = findPay('• Pamatalga: 1 900 – 2 300 EUR bruto mēnesī\n• Kopējais potenciāls (OTE) līdz 3 500 EUR bruto mēnesī');
    expect(stated(found.pay)).toEqual(P(1900, 2300, 'month', 'EUR'));
    expect(found.ote?.max).toBe(3500);
  });
});

describe('pay: a Swahili allowance opening its sentence is no pay', () => {
  it('reads the day rate beside "Posho ya usafiri"', () => {
    expect(pay('Malipo: TSh 40,000 kwa siku. Posho ya usafiri TSh 8,000 kwa siku.')).toEqual(P(40000, null, 'day', 'TZS'));
  });
});

describe('pay: three-decimal dinars, an OTE label with a bracket, Ecuador’s dollar', () => {
  it.each([
    ['Basic salary: KWD 1,150.000 per month', P(1150, null, 'month', 'KWD')],
    ['Salary: OMR 875.000 per month', P(875, null, 'month', 'OMR')],
    ['Sueldo: $520 mensuales + comisiones. Afiliación al IESS. Quito.', P(520, null, 'month', 'USD')],
  ])('%s', (text, expected) => {
    expect(pay(text)).toEqual(expected);
  });

  it('keeps a euro figure with three decimals a thousand', () => {
    expect(pay('Salary: EUR 950.000 per year')?.min).toBe(950000);
  });

  it('reads "OTE (uncapped, paid quarterly): £120k" as the OTE beside the base', () => {
    const found = findPay('Base: £60k\nOTE (uncapped, paid quarterly): £120k');
    expect(stated(found.pay)).toEqual(P(60000, null, 'year', 'GBP'));
    expect(found.ote?.min).toBe(120000);
  });
});

describe('pay: a survey budget, the Tunisian dinar as "DT", the birr in Amharic, a Portuguese "Valor hora"', () => {
  it.each([
    [
      '- Professional fee: UGX 700,000 per day\n- Field costs are covered under the survey budget of UGX 52,000,000',
      P(700000, null, 'day', 'UGX'),
    ],
    ['- Salaire : entre 4 200 et 5 000 DT net par mois', P(4200, 5000, 'month', 'TND')],
    ['💰 ደመወዝ: 16,000 ብር በወር (Gross)', P(16000, null, 'month', 'ETB')],
    ['📌 Valor hora: R$ 90,00 a R$ 120,00 (PJ)', P(90, 120, 'hour', 'BRL')],
  ])('%s', (text, expected) => {
    expect(pay(text)).toEqual(expected);
  });
});

describe('pay: a code before a dollar sign, Colombia\'s "asignación básica", Bengali digits, the birr before its figure', () => {
  it.each([
    ['Asignación básica mensual: COP $4.850.000', P(4850000, null, 'month', 'COP')],
    ['Salario: MXN $25,000 mensuales', P(25000, null, 'month', 'MXN')],
    ['Salary: USD$5,000 per month', P(5000, null, 'month', 'USD')],
    ['বেতন: মাসিক ৳৭৫,০০০ (গ্রস)', P(75000, null, 'month', 'BDT')],
    ['वेतन: ₹४२,००० प्रति माह', P(42000, null, 'month', 'INR')],
    ['ደመወዝ፡ በወር ብር 28,500 (ከግብር በፊት)', P(28500, null, 'month', 'ETB')],
  ])('%s', (text, expected) => {
    expect(pay(text)).toEqual(expected);
  });

  it('quotes figures in Bengali digits as the message writes them', () => {
    expect(findPay('বেতন: মাসিক ৳৭৫,০০০ (গ্রস)').pay?.text).toBe('বেতন: মাসিক ৳৭৫,০০০ (গ্রস)');
  });

  it.each([
    // An allowance is not the wage: Colombia's family allowance, an Amharic housing allowance.
    ['Asignación familiar: $50.000 por hijo'],
    ['የቤት አበል፡ ብር 5,000 በወር'],
  ])('no pay: %s', (text) => {
    expect(pay(text)).toBeNull();
  });

  it('takes the currency of a State of Mexico address for a bare dollar', () => {
    expect(pay('*GRUPO LOGÍSTICO TARASCO*\nPlanta Cuautitlán Izcalli, Edo. Méx.\n✅ Sueldo semanal: *$3,850 libres*')).toEqual(
      P(3850, null, 'week', 'MXN'),
    );
  });
});

describe('pay: thousands written once for both ends of a range, the reader’s own pay in Swedish', () => {
  it.each([
    ['Lönespannet som kunden har godkänt är 52–58 000 kr i månaden, plus tjänstebil.', P(52000, 58000, 'month', 'SEK')],
    ['Salary £45-55,000 per annum', P(45000, 55000, 'year', 'GBP')],
    ['Gehalt: 65–75.000 € brutto im Jahr', P(65000, 75000, 'year', 'EUR')],
    // Not across a spaced dash (a grade may stand first), nor from a figure of one digit; a real range is kept.
    ['Rate: $900-1,000 per day', P(900, 1000, 'day', 'USD')],
  ])('%s', (text, expected) => {
    expect(pay(text)).toEqual(expected);
  });

  it.each([['Indplacering på løntrin 35 – 38 000 kr./md.'], ['Traktamente 2–3 000 kr per vecka vid resor.']])(
    'not read in thousands: %s',
    (text) => {
      expect(pay(text)?.min).not.toBe(35000);
      expect(pay(text)?.min).not.toBe(2000);
    },
  );

  it.each([
    ['Lönespannet är 52–58 000 kr i månaden. Jag har 49 500 kr/mån i dag plus jour.', P(52000, 58000, 'month', 'SEK')],
    ['Du tjänar idag kanske 35–40 000 kr/mån. Hos oss är startlönen 45 000 kr i månaden.', P(45000, null, 'month', 'SEK')],
  ])('the reader’s own pay is refused: %s', (text, expected) => {
    expect(pay(text)).toEqual(expected);
  });
});

describe('pay: a weekday’s pay, Turkish target earnings "reaching", a workforce, rupees by country, an applicant’s fee', () => {
  it.each([
    ['✅ Pay: ₦45,000 every Friday (weekly)\n✅ Fuel allowance ₦4,000 per day', P(45000, null, 'week', 'NGN')],
    ["– Prim dahil hedef kazanç: aylık brüt 150.000 TL'ye varan", P(null, 150000, 'month', 'TRY', { ote: true })],
    ['Karachi office. Salary Rs. 2.8 lac per month hai, plus car fuel 25,000.', P(280000, null, 'month', 'PKR')],
    ['ठमेल, काठमाडौं। तलब: मासिक रु. ७५,००० – ९०,००० (अनुभव अनुसार)', P(75000, 90000, 'month', 'NPR')],
    [
      'Te podemos ofrecer S/ 8,200 brutos mensuales para el puesto, más la asignación por altura de S/ 650 mientras estés en la unidad.',
      P(8200, null, 'month', 'PEN'),
    ],
    [
      'Hola Mariela. Actualmente percibo S/ 7,400 mensuales y mi expectativa para moverme sería S/ 8,500. Ofrecen S/ 8,200 brutos mensuales.',
      P(8200, null, 'month', 'PEN'),
    ],
    [
      'Hi Vikram, Himgiri Telecom is hiring in Noida. You will reconcile our Nepal accounts, which bill in NPR.\nCTC 14 LPA.',
      P(1400000, null, 'year', 'INR'),
    ],
    ['Hi! Brightline Commerce in Austin, TX: Laravel/PHP $70/hr, 6 months.', P(70, null, 'hour', 'USD')],
  ])('%s', (text, expected) => {
    expect(pay(text)).toEqual(expected);
  });

  it.each([
    ['Handle union negotiations and long-term wage settlement for 1,800 workmen'],
    ['नमस्ते। आवेदन शुल्क: ₹५०० (वापस नहीं होगा)।'],
    ['ሰላም፣ የማመልከቻ ክፍያ፡ ብር 300 ይከፈላል።'],
    ['más la asignación por altura de S/ 650 mientras estés en la unidad'],
  ])('no pay: %s', (text) => {
    expect(pay(text)).toBeNull();
  });
});

describe('pay: a decimal comma before "k", "pm" after a sum in thousands', () => {
  it.each([
    ['Budget is 4,5k-5,5k bruto pm, plus 8% vakantiegeld', P(4500, 5500, 'month', null)],
    ['Salary is 4.5k-5.5k gross pm', P(4500, 5500, 'month', null)],
  ])('%s', (text, expected) => {
    expect(pay(text)).toEqual(expected);
  });

  it('reads no pay from a time of day', () => {
    expect(pay('Meet at 3pm, or 4,5 pm.')).toBeNull();
  });
});

describe('pay: a figure said to be replaced', () => {
  // (The reply's own lines over the quoted mail's are read in readMessage, which sets the "> " lines apart: see
  // index.test.ts.)
  it.each([
    ['Pay is $40/hr instead of the $35/hr we first said.', P(40, null, 'hour', 'USD')],
    ['A revised range of €90,000–€100,000 base for you (up from the €85k–€95k in my note below).', P(90000, 100000, 'year', 'EUR')],
  ])('%s', (text, expected) => {
    expect(pay(text)).toEqual(expected);
  });
});

describe('pay: a contractor’s "pd", a headcount a few words after its figure, the euro’s code against the figure', () => {
  it.each([
    ['- Rate: £550-600pd, Outside IR35', P(550, 600, 'day', 'GBP')],
    ['They process pay for 1,200+ unionized and salaried employees.\n💰 $68,000 – $74,000/year', P(68000, 74000, 'year', 'USD')],
    ['Vencimento base 1.150EUR + sub. alimentacao 10,20EUR/dia', P(1150, null, 'month', 'EUR')],
    ['Salary: $90,000 for people who love data', P(90000, null, 'year', 'USD')],
  ])('%s', (text, expected) => {
    expect(pay(text)).toEqual(expected);
  });
});

describe('pay: a Dutch postcode’s letters are no "pd"', () => {
  it('reads no day rate from "5145 PD Waalwijk"', () => {
    expect(pay('Flexwerk Brabant | Industrieweg 12, 5145 PD Waalwijk')).toBeNull();
  });
});

describe('pay: the CFA franc after a figure grouped with dots', () => {
  it.each([
    ['Salaire : 450.000 FCFA par mois, à Dakar.', P(450000, null, 'month', 'XOF')],
    ['Salaire : 450.000 F CFA par mois, à Abidjan.', P(450000, null, 'month', 'XOF')],
  ])('%s', (text, expected) => {
    expect(pay(text)).toEqual(expected);
  });
});

describe('pay: "we can go up to" is a ceiling, "they have come up to" a raise', () => {
  it.each([
    ['Given the position, we can go up to RM 15,000 per month basic.', P(null, 15000, 'month', 'MYR')],
    ['Good news – they have come up to $2,850 per week plus super in Wagga.', P(2850, null, 'week', 'AUD')],
  ])('%s', (text, expected) => {
    expect(pay(text)).toEqual(expected);
  });
});

describe('pay: a range whose top carries its own scale, "R850 000 – R1.2m"', () => {
  it.each([
    ['Remuneration: R780 000 – R1.2m CTC p.a., based in Polokwane', P(780000, 1200000, 'year', 'ZAR')],
    ['Package: £180,000 – £1.1m p.a. over the fund', P(180000, 1100000, 'year', 'GBP')],
  ])('%s', (text, expected) => {
    expect(pay(text)).toEqual(expected);
  });

  it('still refuses a smaller second sum with no scale: "GH₵ 7,000 – GH₵ 500 deducted"', () => {
    expect(pay('Salary GH₵ 7,000 – GH₵ 500 deducted for the loan scheme monthly')).toEqual(P(7000, null, 'month', 'GHS'));
  });
});

describe('pay said in words, as a voicemail transcript writes it', () => {
  it.each([
    ['Rate is fifty-five dollars an hour plus super, out of Brisbane.', P(55, null, 'hour', 'AUD')],
    ['The salary is sixty thousand pounds a year, hybrid in Leeds.', P(60000, null, 'year', 'GBP')],
    ['They pay one hundred and twenty euros per day for the audit.', P(120, null, 'day', 'EUR')],
    ['The range is a hundred sixty-five to a hundred ninety thousand dollars a year, in Denver.', P(165000, 190000, 'year', 'USD')],
  ])('%s', (text, expected) => {
    expect(pay(text)).toEqual(expected);
  });

  it.each([
    ['Back then she earned forty dollars a day on the farm.'],
    ['There is a bonus of five hundred dollars a month on top.'],
    ['Sixty-two dollars is what the ticket costs.'],
  ])('not a past pay, a bonus or a sum with no period: %s', (text) => {
    expect(pay(text)).toBeNull();
  });

  it('prefers a figure written in digits to one in words', () => {
    expect(pay('Pay is $48/hr, so about forty-eight dollars an hour.')).toEqual(P(48, null, 'hour', 'USD'));
  });
});

describe('pay: a New Zealand town named with the Māori article makes "$" the NZ dollar', () => {
  it.each([['Orchard Manager near Te Puke, $78,000 plus the house.'], ['Herd manager out past Te Awamutu, salary $70,000.']])(
    '%s',
    (text) => {
      expect(pay(text)?.currency).toBe('NZD');
    },
  );
});

describe('pay: Swahili "kuanzia" is "from"', () => {
  it('reads "Mshahara: kuanzia TSh 900,000/= kwa mwezi" as an open top', () => {
    expect(pay('Mshahara: kuanzia TSh 900,000/= kwa mwezi.')).toEqual(P(900000, null, 'month', 'TZS', { openTop: true }));
  });
});

describe('pay: a day’s wage named in Hindi, Bengali or Tamil', () => {
  it.each([
    ['💵 தினக்கூலி: ₹850\n🏠 தங்குமிடம் இலவசம்', P(850, null, 'day', 'INR')],
    ['दैनिक मजदूरी: ₹650, रहना मुफ्त', P(650, null, 'day', 'INR')],
  ])('%s', (text, expected) => {
    expect(pay(text)).toEqual(expected);
  });
});

describe('pay: sets 207, 209 and 210, after their measure', () => {
  it.each([
    ['Med aften- og weekendtillæg ligger den månedlige løn typisk på 31.000-34.500 kr. før skat.', P(31000, 34500, 'month', 'DKK')],
    ['Svetsare TIG/MIG. 240 kr/h + OB, och traktamente om du bor mer än 5 mil bort.', P(240, null, 'hour', 'SEK')],
    ['• Μισθός: 4.800 USD μηνιαίως (συνολικές αποδοχές)', P(4800, null, 'month', 'USD')],
    ['> Lön: 48–55 tkr/mån beroende på erfarenhet', P(48000, 55000, 'month', 'SEK')],
    ['Per diem pay for Med-Surg is $64/hr, plus a $5/hr differential for nights.', P(64, null, 'hour', 'USD')],
  ])('%s', (text, expected) => {
    expect(pay(text)).toEqual(expected);
  });

  it('refuses a supplement alone: "Der er et tillæg på 2.000 kr. om måneden"', () => {
    expect(pay('Der er et tillæg på 2.000 kr. om måneden.')).toBeNull();
  });

  it('refuses a Swedish referral bonus: "jag får 15 000 kr i tipsbonus"', () => {
    expect(pay('Jag refererar dig gärna (och ja, jag får 15 000 kr i tipsbonus om det blir du).')).toBeNull();
  });

  it('reads the Austrian offer over the collective agreement’s minimum it names first', () => {
    const text =
      'Laut Kollektivvertrag beträgt das Mindestgehalt für diese Position EUR 3.150,00 brutto pro Monat (14 x jährlich). ' +
      'Aufgrund Ihrer Erfahrung bieten wir Ihnen eine Überzahlung an, konkret EUR 3.500,– bis 3.800,– brutto monatlich.';
    expect(pay(text)).toEqual(P(3500, 3800, 'month', 'EUR'));
  });

  it('keeps the minimum as a floor where no sum follows the overpayment', () => {
    expect(
      pay('Laut Kollektivvertrag beträgt das Mindestgehalt EUR 3.150,00 brutto pro Monat. Überzahlung je nach Qualifikation möglich.'),
    ).toEqual(P(3150, null, 'month', 'EUR', { openTop: true }));
  });
});

describe('a digest of several jobs at one employer offers none of their pay', () => {
  it('reads no pay from three listings under "3 new jobs from …"', () => {
    const alert = [
      'Hi Declan,',
      '',
      '3 new jobs from Red Gum Resources, a company you follow',
      '',
      'Heavy Duty Fitter – FIFO 8/6',
      'Red Gum Resources',
      'Pilbara, WA',
      '$140,000 – $155,000 + super',
      '',
      'Maintenance Planner – Processing Plant',
      'Red Gum Resources',
      'Perth WA',
      '$150k - $165k base + super',
      '',
      'Graduate Geologist – 2026 Intake',
      'Red Gum Resources',
      'Newman, WA',
      '$95,000 package',
      '',
      "You're receiving this because you follow Red Gum Resources. Manage your notification settings.",
    ].join('\n');
    const read = readMessage(alert);
    expect([read.company, read.role, read.pay]).toEqual(['Red Gum Resources', null, null]);
  });
});

describe('pay: set 217, after its measure', () => {
  it.each([
    // A range "a" (to) between a figure with its currency and a bare one, or two bare ones and then their currency.
    ['• USD 30 a 38 la hora, pagados en dólares (no en pesos)', P(30, 38, 'hour', 'USD')],
    ['Tarifa: 30 a 38 USD por hora, facturando desde Argentina.', P(30, 38, 'hour', 'USD')],
    // Hindi "से" between two sums.
    ['💰 वेतन: ₹16,500 से ₹19,000 प्रति माह (हाथ में)', P(16500, 19000, 'month', 'INR')],
    // Angola's kwanza, in a message set there, and cents after thousands grouped by dots.
    ['Operações offshore em Luanda.\n- Salário base: Kz 1.250.000,00 mensais (ilíquido)', P(1250000, null, 'month', 'AOA')],
    // "Cr", a crore, as India writes it.
    ['The CTC is up to ₹1.2 Cr per annum for the right leader.', P(null, 12000000, 'year', 'INR')],
    // The naira's "N" with a scale, in a Nigerian message.
    ['Location: Lekki Phase 1 Branch, Lagos\nRemuneration: N9.6m per annum (gross), plus leave allowance', P(9600000, null, 'year', 'NGN')],
  ])('%s', (text, expected) => {
    expect(pay(text)).toEqual(expected);
  });

  it('reads "30 a 38 días" as no range of pay beside "$140k a year"', () => {
    expect(pay('Ganarás $140k a year y 30 a 38 días de vacaciones.')).toEqual(P(140000, null, 'year', 'USD'));
  });

  it('leaves a bare "N" with a scale unread outside Nigeria', () => {
    expect(pay('Remuneration: N9.6m per annum (gross)')).toBeNull();
  });

  it('reads a Thai salary beside a service charge given in brackets, which is not pay', () => {
    const text = '- เงินเดือน 48,000 บาท\n- บวก service charge (ช่วง high season เฉลี่ยประมาณ 8,000–12,000 บาท/เดือน)\n- มีห้องพักพนักงาน';
    expect(pay(text)).toEqual(P(48000, null, 'month', 'THB'));
  });

  it('reads a French target pay "(fixe + variable)" as the OTE beside the fixed pay', () => {
    const text =
      'Poste à Abidjan.\n- un fixe de 900 000 FCFA net par mois ;\n- une part variable trimestrielle sur objectifs, pour une ' +
      'rémunération cible (fixe + variable) de 1 400 000 FCFA par mois à objectifs atteints ;';
    const found = findPay(text);
    expect([stated(found.pay), stated(found.ote)]).toEqual([
      P(900000, null, 'month', 'XOF'),
      P(1400000, null, 'month', 'XOF', { ote: true }),
    ]);
  });

  it('reads an OTE word with a bracket between it and the figure', () => {
    expect(stated(findPay('Base: $90,000. On-target earnings (uncapped) of $180,000.').ote)).toEqual(
      P(180000, null, 'year', 'USD', { ote: true }),
    );
  });
});

describe('pay: set 215, after its measure', () => {
  it('reads the salary over "Hours are 37.5 per week", a count of hours', () => {
    const text = '• £38,500 – £42,000 per annum (Band 6 equivalent)\n\nHours are 37.5 per week, Mon–Fri with a 1-in-6 on-call rota.';
    expect(pay(text)).toEqual(P(38500, 42000, 'year', 'GBP'));
  });

  it('reads a farm job’s hourly rate in New Zealand dollars, and not the power paid with its house', () => {
    const text =
      'Thanks for applying for the 2IC job on Trade Me.\nJob is 2IC on our 620 cow herd at Ngatea on the Hauraki Plains. ' +
      '$29.50/hr, roughly 50 hrs a week on an 11 on 3 off roster. 3 bdrm house provided, power paid up to $150 a month.';
    expect(pay(text)).toEqual(P(29.5, null, 'hour', 'NZD'));
  });

  it('reads no pay from a salary survey’s figure, but the offer in another clause', () => {
    expect(pay('Market update: our 2025 salary survey shows newly qualified ACAs in Manchester now average £55,000.')).toBeNull();
    expect(pay('Our salary survey shows the market pays £50k. We offer £60,000 for this role.')).toEqual(P(60000, null, 'year', 'GBP'));
  });
});

describe('pay: set 218, after its first reading on the round’s last build', () => {
  it('reads the base beside the OTE, not the reader’s own base told back: "you’re at $88k base now"', () => {
    const text =
      "For the Mid-Market Account Executive role it's $95k base, $190k OTE at 100% attainment, 50/50 split, paid monthly.\n\n" +
      "Given you mentioned you're at $88k base now, I think this would be a real step up.";
    const found = findPay(text);
    expect([stated(found.pay), found.ote?.min]).toEqual([P(95000, null, 'year', 'USD'), 190000]);
  });

  it('reads "bucks" as dollars: "38 to 44 bucks an hour"', () => {
    expect(pay("We're paying 38 to 44 bucks an hour depending on, you know, your experience.")).toEqual(P(38, 44, 'hour', 'USD'));
  });

  it('reads a Canadian dollar where the US is only where the trucks go: "able to cross into the US"', () => {
    expect(pay('Now hiring AZ Drivers – Ontario. $31.50/hour, paid weekly. Able to cross into the US.')).toEqual(
      P(31.5, null, 'hour', 'CAD'),
    );
    expect(pay('Now hiring AZ Drivers, paid $31.50/hour. Able to cross into the US.')).toEqual(P(31.5, null, 'hour', 'USD'));
  });
});

describe('pay: set 219, after its first reading on the round’s last build', () => {
  it('reads lakhs written in Devanagari: "₹2.4 लाख से ₹3.6 लाख प्रति वर्ष"', () => {
    expect(pay('वेतन: ₹2.4 लाख से ₹3.6 लाख प्रति वर्ष (CTC) + आकर्षक इंसेंटिव')).toEqual(P(240000, 360000, 'year', 'INR'));
  });

  it.each([
    ['वेतन: आकर्षक, अनुभव अनुसार\nअन्य लाभ: पेट्रोल भत्ता ₹3,000 प्रति माह, PF, ESIC', null],
    [
      'Thu nhập: 20 – 28 triệu đồng/tháng (gross), thưởng tháng 13, hỗ trợ nhà ở 2 triệu/tháng khi làm việc tại công trường.',
      P(20000000, 28000000, 'month', 'VND'),
    ],
  ])('reads the pay, not an allowance in Hindi or Vietnamese: %s', (text, expected) => {
    expect(pay(text)).toEqual(expected);
  });
});

describe('pay: sets 220 to 222, after their first reading', () => {
  it('reads the US dollar of an Australian care job by its award and its scheme as the Australian dollar', () => {
    const text = 'Permanent part-time Disability Support Worker, SCHADS Level 2.3, $38.12/hr base plus penalties.';
    expect(pay(text)).toEqual(P(38.12, null, 'hour', 'AUD'));
    expect(pay('NDIS support coordinator, $42/hr')).toEqual(P(42, null, 'hour', 'AUD'));
  });

  it('reads the dirham as Urdu writes it: "تنخواہ: 2,200 درہم ماہانہ"', () => {
    expect(pay('💵 تنخواہ: 2,200 درہم ماہانہ')).toEqual(P(2200, null, 'month', 'AED'));
  });

  it('takes a figure in brackets after a service charge in Latin letters, in any case, for no pay', () => {
    const text = '💰 เงินเดือน 25,000 - 30,000 บาท/เดือน\n➕ Service charge (เฉลี่ยปีที่แล้ว 9,500 บาท/เดือน)\n🏠 มีที่พักพนักงาน';
    expect(pay(text)).toEqual(P(25000, 30000, 'month', 'THB'));
  });

  it('takes a Chinese housing or meal allowance by its short form for no pay: "房补1500元/月"', () => {
    const text = '岗位：高级嵌入式软件工程师\n薪资：25-35K·14薪\n福利：五险一金（公积金12%）、房补1500元/月、餐补、年度体检';
    expect(pay(text)).toEqual(P(25000, 35000, 'month', 'CNY'));
    expect(pay('福利：房补1500元/月')).toBeNull();
  });

  it('reads a Turkish total "with the bonuses" as the OTE beside the base', () => {
    const text =
      'Paket: aylık brüt 95.000 TL sabit maaş; hedeflerin %100 gerçekleşmesi durumunda primlerle birlikte aylık brüt 130.000 TL.';
    expect(pay(text)).toEqual(P(95000, null, 'month', 'TRY'));
    expect(stated(findPay(text).ote)).toEqual(P(130000, null, 'month', 'TRY', { ote: true }));
    expect(stated(findPay('Maaş: aylık net 60.000 TL, primlerle birlikte yaklaşık 75.000 TL.').ote)).toEqual(
      P(75000, null, 'month', 'TRY', { ote: true }),
    );
  });

  it('reads an Austrian minimum the employer says it pays above as a floor, not "darüber hinaus" (moreover)', () => {
    const above =
      'Laut Kollektivvertrag liegt das Mindestgehalt bei € 3.412,50 brutto pro Monat (14x jährlich). Wir zahlen bei entsprechender Qualifikation selbstverständlich darüber.';
    expect(pay(above)).toEqual(P(3412.5, null, 'month', 'EUR', { openTop: true }));
    expect(pay('Gehalt € 3.100 brutto/Monat. Wir zahlen pünktlich, darüber hinaus gibt es Boni.')).toEqual(P(3100, null, 'month', 'EUR'));
  });
});

describe('pay: set 224, after its first reading', () => {
  it('reads thousands of euros written "KEUR" and "TEUR", and quotes them as written', () => {
    const read = findPay('- rémunération fixe de 68 à 78 KEUR bruts annuels, plus une part variable');
    expect(stated(read.pay)).toEqual(P(68000, 78000, 'year', 'EUR'));
    expect(read.pay?.text).toContain('78 KEUR bruts');
    expect(pay('Gehalt: 65 TEUR p.a.')).toEqual(P(65000, null, 'year', 'EUR'));
  });

  it('reads an hourly wage named after its figure, not a supplement: "15,20 € Stundenlohn"', () => {
    expect(pay('✅ 15,20 € Stundenlohn (Entgeltgruppe 3 iGZ) + Branchenzuschlag\n✅ Staplerschein? Dann +1,50 €/Std.')).toEqual(
      P(15.2, null, 'hour', 'EUR'),
    );
  });

  it('reads the fixed part of a target pay as the base, and a variable part as none', () => {
    const text =
      '• Zieleinkommen von 98.000 € brutto p. a., bestehend aus 76.000 € Fixgehalt und 22.000 € variabler Vergütung bei 100 % Zielerreichung';
    expect(pay(text)).toEqual(P(76000, null, 'year', 'EUR'));
    expect(stated(findPay(text).ote)).toEqual(P(98000, null, 'year', 'EUR', { ote: true }));
  });
});

describe('pay: set 225, after its first reading', () => {
  it('reads an Urdu message’s rupee as Pakistan’s, by the month its word says after the figure', () => {
    expect(pay('- تنخواہ: Rs. 110,000 ماہانہ (gross)\n- Night shift allowance: Rs. 8,000')).toEqual(P(110000, null, 'month', 'PKR'));
  });

  it('reads "$" as the Argentine peso by a pay adjusted "por IPC" and a "prepaga"', () => {
    expect(pay('✅ Remuneración: $2.400.000 brutos mensuales + ajuste trimestral por IPC\n✅ Prepaga plan 310')).toEqual(
      P(2400000, null, 'month', 'ARS'),
    );
  });

  it('reads a Thai total "when the target is reached" as the OTE beside the salary', () => {
    const text = '- เงินเดือน 55,000 บาท/เดือน\n- รวมคอมมิชชั่นเมื่อถึงเป้า รายได้ประมาณ 85,000 บาท/เดือน\n- ค่าน้ำมัน 8,000 บาท';
    expect(pay(text)).toEqual(P(55000, null, 'month', 'THB'));
    expect(stated(findPay(text).ote)).toEqual(P(85000, null, 'month', 'THB', { ote: true }));
  });
});

describe('Icelandic periods, relocation sums in other languages, courses paid for, earnings "selling" (unseen set 226)', () => {
  it.each([
    ['Laun: 820.000 kr. á mánuði (dagvinna)', P(820000, null, 'month', 'ISK')],
    ['Salary R40 000 p/m in Johannesburg. Earn up to R40 000 p/m selling solar', P(40000, null, 'month', 'ZAR')],
    ['Durban. Earn up to R25 000 per month selling cars', P(null, 25000, 'month', 'ZAR')],
    ['Chicago. Make up to $4,000 a month selling solar', P(null, 4000, 'month', 'USD')],
    ['Wynagrodzenie: 13 500 zł brutto miesięcznie. Pakiet relokacyjny 8 000 zł brutto.', P(13500, null, 'month', 'PLN')],
  ])('%s', (text, expected) => {
    expect(stated(readMessage(text).pay)).toEqual(expected);
  });
  it.each([
    // A relocation sum in Polish, German, Czech or Swedish is no pay.
    'Pakiet relokacyjny 8 000 zł brutto dla osób spoza Mazowsza',
    'Umzugskostenpauschale 3.000 € brutto',
    'Příspěvek na přestěhování 40 000 Kč',
    'Flyttbidrag 30 000 kr',
    // Courses the employer pays for, with their cost.
    'Type courses paid by us (~€18 000 per rating), with 24-month bonding',
    'Course fees of £2,400 covered by the trust',
    // A deal's word before the figure keeps it a deal: the reader earns a share of it.
    'Earn 10% commission on deals over $50,000 closed',
  ])('no pay in %s', (text) => {
    expect(readMessage(text).pay).toBeNull();
  });
  it('keeps a course leader’s salary', () => {
    expect(stated(readMessage('Course Leader in Nursing, £45,000 a year').pay)).toEqual(P(45000, null, 'year', 'GBP'));
  });
});

describe('the baht by its sign (unseen set 227)', () => {
  it.each([
    ['Salary ฿32,000 – ฿42,000 a month', P(32000, 42000, 'month', 'THB')],
    ['Base: ฿55,000 per month', P(55000, null, 'month', 'THB')],
  ])('%s', (text, expected) => {
    expect(stated(readMessage(text).pay)).toEqual(expected);
  });
});

describe('fringe benefits, liability cover and a pay floor (unseen set 228)', () => {
  it.each([
    // A union job's fringes beside its wage are no second end of a range.
    ['Start Mon 3/17, 6x10s. $51.85/hr on the check + $33.20/hr fringes. $90/day per diem', P(51.85, null, 'hour', 'USD')],
    // A pay's floor, said as its subject, opens the top.
    [
      'Salary: the 2025–26 floor for Assistant Professor under our faculty collective agreement is $104,812; starting salaries are negotiated above the floor.',
      P(104812, null, 'year', 'USD', { openTop: true }),
    ],
    ['The pay floor is $60,000 a year.', P(60000, null, 'year', 'USD', { openTop: true })],
    // (Not a building's floor.)
    ['Our office is on the 42nd floor and the salary is $90,000.', P(90000, null, 'year', 'USD')],
  ])('%s', (text, expected) => {
    expect(stated(readMessage(text).pay)).toEqual(expected);
  });
  it.each(['We cover base plate, permits and $1,000,000 auto liability; you carry bobtail', 'Fringe benefits: $28.40/hr'])(
    'no pay in %s',
    (text) => {
      expect(readMessage(text).pay).toBeNull();
    },
  );
});

describe('examples and equivalents, counts of holders, pesos in "mil", and rupees, kwacha and tips by country (unseen sets 229 to 231)', () => {
  it.each([
    // A worked example or an equivalent after the pay is no second pay.
    [
      "• RAL 55-62k, su 14 mensilità\nPer darle un'idea del netto: con 58k di RAL si parla di circa 2.950 € netti al mese.",
      P(55000, 62000, 'year', 'EUR'),
    ],
    [
      'Stundensatz: bis 98 €/Std. (all-in)\nZum Einordnen: Bei Vollauslastung entspricht das grob 188.000 € Jahresumsatz.',
      P(null, 98, 'hour', 'EUR'),
    ],
    ['Pay is $45/hr. To give you an idea, full-time that works out to about $93,600 a year.', P(45, null, 'hour', 'USD')],
    // A protocol's locked value and its holders are no pay.
    ['💵 $7,500 – $9,500 / month, paid in USDC\n📈 Protocol today: $140M TVL, 38k holders', P(7500, 9500, 'month', 'USD')],
    // A peso's "$" with "mil" is a thousand; "sobre" opens the top in Chile.
    ['León, México. Sueldo mensual bruto de $28 mil a $32 mil', P(28000, 32000, 'month', 'MXN')],
    ['Santiago de Chile. Renta líquida sobre $3.800.000 mensuales', P(3800000, null, 'month', 'CLP', { openTop: true })],
    // Colombia and Argentina by more of their towns and words; a tip pool is no pay.
    ['Bodegas Sabana SAS en Funza. Salario $1.423.500 + aux. transporte $200.000', P(1423500, null, 'month', 'COP')],
    [
      'Hotel del Lago, Bariloche. Sueldo: $1.250.000 netos por mes.\n- Propinas del pozo común, unos $180.000 por mes por persona',
      P(1250000, null, 'month', 'ARS'),
    ],
    // Sri Lanka's rupee by its provident funds; Pakistan's salary word, a month's; Hindi's "a day".
    ['- Salary: Rs. 165,000 per month (consolidated)\n- EPF 12% / ETF 3% (employer contributions)', P(165000, null, 'month', 'LKR')],
    ['Karachi. ✔ Tankhwah: Rs. 55,000 fixed + Rs. 10,000 attendance bonus', P(55000, null, 'month', 'PKR')],
    ['Shuttering mistri ke liye ₹950 roz de raha hu', P(950, null, 'day', 'INR')],
    // A sales target after its colon is no pay.
    ['CTC: ₹8.5 – 11 LPA\nMonthly secondary sales target: ₹45 lakh', P(850000, 1100000, 'year', 'INR')],
    // The kwacha, "K" against a grouped figure, in a Zambian or a Malawian message.
    ['Lusaka. - Basic salary K22,000 per month', P(22000, null, 'month', 'ZMW')],
    ['Blantyre. Salary K650,000 per month', P(650000, null, 'month', 'MWK')],
  ])('%s', (text, expected) => {
    expect(stated(readMessage(text).pay)).toEqual(expected);
  });
  it.each(['Salary K22,000 per month', 'We closed a $5 mil deal.'])('no pay read in %s', (text) => {
    expect(readMessage(text).pay).toBeNull();
  });
});

describe('an example’s sentence, and German’s "entspricht" (unseen set 231 and the corpus)', () => {
  it('refuses a comparison in an example’s long sentence', () => {
    const text =
      'Stundensatz: bis 98 €/Std. (all-in)\n\nZum Einordnen: Bei Vollauslastung entspricht das grob 188.000 € Jahresumsatz – deutlich mehr als eine vergleichbare Festanstellung im Versicherungstarif (dort eher um die 85k).';
    expect(stated(readMessage(text).pay)).toEqual(P(null, 98, 'hour', 'EUR'));
  });
  it('keeps a pay band’s sum said with "das entspricht"', () => {
    expect(stated(readMessage('Vergütung nach EG 9b TVöD, das entspricht 3.862 € brutto im Monat.').pay)).toEqual(
      P(3862, null, 'month', 'EUR'),
    );
  });
});

describe('the mends of review 59', () => {
  it.each([
    // An example's words lead to the pay itself where no sum is stated before them.
    ['Hi Jo, the base salary works out to $165,000 a year, plus 10% bonus.', P(165000, null, 'year', 'USD')],
    ['To give you an idea, the range for this role is £85,000–£100,000 base.', P(85000, 100000, 'year', 'GBP')],
    // A floor with its ceiling after it is no open top; nor is the floor's staff.
    ['For the role at Figma the floor of the range is $165,000 and the ceiling is $205,000.', P(165000, null, 'year', 'USD')],
    ['The pay for floor staff is $19.50/hr.', P(19.5, null, 'hour', 'USD')],
  ])('%s', (text, expected) => {
    expect(stated(readMessage(text).pay)).toEqual(expected);
  });
});

describe('Malawi’s "MK" and Hinglish "per roz" (review 59’s gaps)', () => {
  it.each([
    ['Lilongwe. Salary MK650,000 per month', P(650000, null, 'month', 'MWK')],
    ['Ghar ke paas kaam: ₹900 per roz milega', P(900, null, 'day', 'INR')],
    // (Not a Milton Keynes postcode.)
    ['Office: MK14 6GD, salary £32,000', P(32000, null, 'year', 'GBP')],
  ])('%s', (text, expected) => {
    expect(stated(readMessage(text).pay)).toEqual(expected);
  });
});

describe('the pay of a helper the reader brings along', () => {
  it.each([
    ['Shuttering mistri ke liye ₹950 roz de raha hu, helper ko ₹600 roz. Overtime ₹120 ghanta.', P(950, null, 'day', 'INR')],
    // (Read so before the rule too: it guards the first figure.)
    ['Steel fixer needed Monday, £220 a day for you and £140 for your labourer, 6 week job.', P(220, null, 'day', 'GBP')],
    // (A helper's pay alone is the pay of a message to a helper.)
    ['Helper ko ₹600 roz milega.', P(600, null, 'day', 'INR')],
  ])('%s', (text, expected) => {
    expect(stated(readMessage(text).pay)).toEqual(expected);
  });
});

describe('Ukrainian hours, a room the worker pays for, a Turkish reply’s own pay, a post’s own budget', () => {
  it.each([
    // "/год" is an hour in a Ukrainian text ("година"), a year in a Russian one.
    ['💵 Ставка: 28,10 zł/год брутто (на руки ~21-22 zł)\n🏠 Житло: 500 zł/міс (кімнати по 2–3 особи)', P(28.1, null, 'hour', 'PLN')],
    ['💵 Ставка: 28,10 zł за годину брутто', P(28.1, null, 'hour', 'PLN')],
    ['Зарплата: 1 200 000 руб/год', P(1200000, null, 'year', 'RUB')],
    // A room is no pay.
    ['🏠 Житло: 500 zł/міс (кімнати по 2–3 особи)', null],
    // "I get 160,000 TL now", the reader's own pay in a quoted reply.
    ['> Şu an aylık net 160.000 TL alıyorum ve bir sonraki adımın bunun üzerinde olmasını bekliyorum.', null],
    // The job's own budget is its pay; a training budget is not.
    [
      'İnsan Kaynakları ile teyit ettim: pozisyon için bütçemiz aylık net 185.000 – 215.000 TL aralığında.',
      P(185000, 215000, 'month', 'TRY'),
    ],
    ['Rozpočet na tuto pozici je 60 000 Kč hrubého měsíčně.', P(60000, null, 'month', 'CZK')],
    ['Yıllık eğitim bütçesi 20.000 TL, maaş aylık net 90.000 TL.', P(90000, null, 'month', 'TRY')],
  ])('%s', (text, expected) => {
    expect(stated(readMessage(text).pay)).toEqual(expected);
  });
});

describe('a friend’s pay and pay for being on call', () => {
  it.each([
    // What someone else "is on" is hearsay, not the offer.
    ['They pay well apparently, my mate Eoin is on 62k there as a senior. Recruiter seems sound.', null],
    // (The job's own "is on" stays its pay.)
    ['The role is on £52k plus bonus.', P(52000, null, 'year', 'GBP')],
    // An on-call rota's pay is an allowance beside the salary; the job's own on-call rate is its pay.
    [
      'The headline: £45k + car allowance (£5,400), 10% annual bonus, and a 1-in-4 on-call rota paid at £150 per week on call.',
      P(45000, null, 'year', 'GBP'),
    ],
    ['On-call nurse wanted: £28/hr for on-call shifts.', P(28, null, 'hour', 'GBP')],
  ])('%s', (text, expected) => {
    expect(stated(readMessage(text).pay)).toEqual(expected);
  });
});

describe('New Zealand by its Māori words and its work visa', () => {
  it.each([
    // (Two countries' places: the one named more often wins, its macron words counted.)
    [
      'Kia ora Sofia, Hemi here from Tussock & Flint in Queenstown.\nOur head chef is heading back to Melbourne in November.\nSalary is $78,000 plus a share of the tips.\nWe are an accredited employer so the AEWV side is no drama. Happy to cover your bus from Wānaka.',
      P(78000, null, 'year', 'NZD'),
    ],
    ['Gidday Ben, Mike from Kōwhai Build here. I need a site foreman from Feb, $48/hr.', P(48, null, 'hour', 'NZD')],
  ])('%s', (text, expected) => {
    expect(stated(readMessage(text).pay)).toEqual(expected);
  });
});

describe('the dirham in words and the CFA franc by a town', () => {
  it.each([
    [
      'Poste basé à Casablanca. Rémunération : salaire net mensuel entre 18 000 et 22 000 dirhams selon profil.',
      P(18000, 22000, 'month', 'MAD'),
    ],
    ['Salary 15,000 dirhams a month, based in Dubai.', P(15000, null, 'month', 'AED')],
    // (Neither country named: the currency is not clear.)
    ['Salary 15,000 dirhams a month.', P(15000, null, 'month', null)],
    ['Le salaire c’est 1 250 000 FCFA brut mensuel, plus assurance santé. Poste à Kaffrine.', P(1250000, null, 'month', 'XOF')],
  ])('%s', (text, expected) => {
    expect(stated(readMessage(text).pay)).toEqual(expected);
  });
});

describe('a French total beside the base: after a label’s bracket, and "pouvant atteindre"', () => {
  it.each([
    [
      'Poste à Montréal.\n- Salaire de base : 52 000 $ à 60 000 $\n- Rémunération globale visée (base + commissions) : environ 80 000 $ dès la 2e année',
      P(52000, 60000, 'year', 'CAD'),
      P(80000, null, 'year', 'CAD', { ote: true }),
    ],
    [
      'Rémunération : fixe de 90 à 105 K€, variable jusqu’à 30 % du fixe, soit une rémunération totale pouvant atteindre 140 K€.',
      P(90000, 105000, 'year', 'EUR'),
      P(null, 140000, 'year', 'EUR', { ote: true }),
    ],
  ])('%s', (text, base, ote) => {
    const read = readMessage(text);
    expect(stated(read.pay)).toEqual(base);
    expect(stated(read.ote)).toEqual(ote);
  });
  it('reads "pouvant atteindre" as a ceiling', () => {
    expect(pay('Un salaire pouvant atteindre 45 000 € brut par an selon profil.')).toEqual(P(null, 45000, 'year', 'EUR'));
  });
});

describe('a US per-diem rate, and the reader’s placement on a salary schedule', () => {
  it.each([
    // "Per diem" after an hourly rate is work as needed, the rate its pay.
    [
      "It's $41.75/hr per diem, no benefits but it's higher than our staff rate.\nPlus $4/hr nights and $2.50 weekends",
      P(41.75, null, 'hour', 'USD'),
    ],
    [
      'Our 2025-26 salary schedule runs from $52,410 (Column I, Step 1) to $98,775 (Column V, Step 25). With your transcripts you would be placed at Column IV, Step 7: $71,960 for the 184-day contract.',
      P(71960, null, 'year', 'USD'),
    ],
  ])('%s', (text, expected) => {
    expect(stated(readMessage(text).pay)).toEqual(expected);
  });
  it('still refuses a per diem allowance beside the pay', () => {
    expect(stated(readMessage('We pay $32/hr plus $85/day per diem for travel.').pay)).toEqual(P(32, null, 'hour', 'USD'));
  });
});

describe('Argentine take-home pay, and a count in thousands that is no money', () => {
  it('reads "$ … de bolsillo por mes" as a month’s pesos where the shop is in Palermo Soho', () => {
    expect(
      stated(
        readMessage('Soy Mica, la encargada del local de Palermo Soho. Te puedo ofrecer $ 950.000 de bolsillo por mes + 2% de comisión.')
          .pay,
      ),
    ).toEqual(P(950000, null, 'month', 'ARS'));
  });
  it('reads no pay in "2 mil estrelas"', () => {
    expect(readMessage('Sou fã da sua lib open source — vi que ela passou de 2 mil estrelas no GitHub.').pay).toBeNull();
  });
});

describe('Portuguese and Spanish sums in thousands, moneys by name, the sol grouped by dots, stablecoins', () => {
  it.each([
    // "a" between two small figures whose top is in thousands by "mil" (or "k"), with a currency before or a money's
    // name after.
    ['Remuneração: R$ 18 a 22 mil/mês (nota fiscal mensal)', P(18000, 22000, 'month', 'BRL')],
    ['Remuneração: R$ 18 mil a 22 mil por mês', P(18000, 22000, 'month', 'BRL')],
    ['Salário: 18 a 22 mil reais/mês', P(18000, 22000, 'month', 'BRL')],
    // A money's plural name after the figure.
    ['Salário: 5 mil reais por mês', P(5000, null, 'month', 'BRL')],
    ['Sueldo: 1300 soles mensuales', P(1300, null, 'month', 'PEN')],
    // The metical's "MT" in a message set in Mozambique.
    ['Técnico agrícola em Nampula. Salário: 35.000,00 MT por mês, alojamento na machamba', P(35000, null, 'month', 'MZN')],
    // The sol's sign before thousands grouped by dots.
    ['Sueldo S/ 1.300 + beneficios de ley, turno rotativo.', P(1300, null, 'month', 'PEN')],
    ['• Remuneración mensual entre S/ 6.500 y S/ 7.500 según evaluación', P(6500, 7500, 'month', 'PEN')],
    // A dollar stablecoin names the US dollar, wherever the team is.
    ['team is 9 ppl across Lisbon / Kyiv / Buenos Aires. comp is $9k–11k per month, paid monthly in USDC', P(9000, 11000, 'month', 'USD')],
  ])('%s', (text, expected) => {
    expect(pay(text)).toEqual(expected);
  });

  it.each([
    // A count in thousands is no range of pay.
    'Temos 12 a 15 mil clientes ativos.',
    'Temos 12 mil a 15 mil clientes ativos.',
    // "MT" outside Mozambique is no money.
    'Warehouse in Billings, MT 59101, 4 to 5 days a week',
  ])('reads no pay in %s', (text) => {
    expect(pay(text)).toBeNull();
  });

  it('keeps the comma of "S/ 1,300" as a thousands separator', () => {
    expect(pay('Sueldo S/ 1,300 + bonos')).toEqual(P(1300, null, 'month', 'PEN'));
  });

  it('reads on-call pay in a travel package as no pay beside the hourly rate', () => {
    const text =
      'Pay package:\n  Taxable hourly: $24.00/hr\n  Housing stipend: $1,302/wk (non-taxable)\n  Call pay: $5.00/hr on call, time-and-a-half when called in';
    expect(pay(text)).toEqual(P(24, null, 'hour', 'USD'));
  });
});

describe('a dollar named after its figure, and the currency a job is said to be paid in', () => {
  it('reads "$70K in USD" as US dollars in a Toronto message', () => {
    expect(pay('We are opening our Toronto office. Pay is $70K in USD.')).toEqual(P(70000, null, 'year', 'USD'));
  });
  it('still reads a bare "$" in a Toronto message as Canadian dollars', () => {
    expect(pay('We are opening our Toronto office. Pay is $70K in Toronto.')).toEqual(P(70000, null, 'year', 'CAD'));
  });
  it('takes the figures in the currency the job is paid in over another posting’s', () => {
    const text =
      "We're opening our Toronto office. The US SDR posting shows $70K base / $100K OTE in USD, but Canadian roles are paid in CAD. For Toronto it's $62,000 base and $88,000 OTE (70/30 split), paid in Canadian dollars.";
    const found = findPay(text);
    expect([stated(found.pay), stated(found.ote)]).toEqual([P(62000, null, 'year', 'CAD'), P(88000, null, 'year', 'CAD', { ote: true })]);
  });
});

describe('a range with a note in brackets after its first end, and Italian net pay in euros', () => {
  it.each([
    ['Dat betekent een bruto maandloon van EUR 3.312 (starter) tot EUR 5.078 (na 25 jaar anciënniteit).', P(3312, 5078, 'month', 'EUR')],
    ['Salary from €3,312 (starter) to €5,078 (after 25 years).', P(3312, 5078, 'month', 'EUR')],
    // After a dash the second figure is another sum.
    ['Salary: £40,000 (negotiable) - £5k bonus on top', P(40000, null, 'year', 'GBP')],
    ['Cerco un sous chef da settembre. Ti offro 2100 netti al mese, 14 mensilità.', P(2100, null, 'month', 'EUR')],
  ])('%s', (text, expected) => {
    expect(pay(text)).toEqual(expected);
  });
  it('leaves Italian net pay in Ticino without a currency (francs there)', () => {
    expect(pay('Lavoro a Lugano: ti offro 5200 netti al mese.')).toEqual(P(5200, null, 'month', null));
  });
});

describe('thousands by "KDH" and "χιλ.", the dirham in lower case, and counts of things in other languages', () => {
  it.each([
    ['Package : entre 480 KDH et 560 KDH brut annuel, voiture de fonction', P(480000, 560000, 'year', 'MAD')],
    ['- Εύρος μισθού: 42–52 χιλ. € μικτά ετησίως (14 μισθοί), + bonus έως 10%', P(42000, 52000, 'year', 'EUR')],
    ['Salaire 11 000 dh net par mois + prime de panier 40 dh/jour + CNSS.', P(11000, null, 'month', 'MAD')],
    // A project's stars in Turkish beside the day rate.
    ['- Günlük 350 € (faturalı, KDV hariç). KolayGrafik 1.4k yıldızı hak ediyor.', P(350, null, 'day', 'EUR')],
    ['- Günlük 350 € (faturalı). Hesabın 2k takipçi topladı.', P(350, null, 'day', 'EUR')],
  ])('%s', (text, expected) => {
    expect(pay(text)).toEqual(expected);
  });
});

describe('a rate said aloud, a perk’s worth, a Nepali range, Nordic millions and kronor, a Finnish day rate, an Indonesian floor, a projection beside the rate', () => {
  it.each([
    // Dollars and cents said as two numbers, an hour's rate only.
    ['The pay is eighteen fifty an hour and anything over 40 is time and a half.', P(18.5, null, 'hour', 'USD')],
    // No money's word, after words that say it is the pay.
    [
      "Hi, it's Wade from Foothills Electric in Calgary, AB. For a third year we're paying, uh, thirty-one an hour.",
      P(31, null, 'hour', 'CAD'),
    ],
    ['Sahayatri Nepal, Surkhet office. तलब मासिक रु. 95,000 देखि 1,10,000 सम्म (gross)', P(95_000, 110_000, 'month', 'NPR')],
    ['Rammene er fastlønn i området 2,2–2,6 MNOK, årlig bonus inntil 40 % av fastlønn.', P(2_200_000, 2_600_000, 'year', 'NOK')],
    ['Hej! Vi söker en gameplay-programmerare.\n• Lön 45–55k/mån beroende på senioritet', P(45_000, 55_000, 'month', 'SEK')],
    ['Päivähinta olisi 650–750 € + alv 25,5 %, kokemuksesta riippuen.', P(650, 750, 'day', 'EUR')],
    ['💰 Gaji mulai Rp 5,5 juta/bulan (sesuai UMK)', P(5_500_000, null, 'month', 'IDR', { openTop: true })],
    ['📍 Orchard / Sentosa\n💰 $11 - $13/hr\n💸 Full-timers can earn up to $3,000/month!!', P(11, 13, 'hour', 'SGD')],
  ])('%s', (text, expected) => {
    expect(pay(text)).toEqual(expected);
  });

  it.each([
    // A perk's worth said aloud.
    ["Hi, it's Wade in Calgary, AB. We cover your parking downtown, that's like four hundred bucks a month.", 'a perk'],
    // A unit before tens may be dollars and cents or hundreds.
    ['The rate is two fifty an hour.', 'ambiguous'],
    // A rate with no money's word and nothing saying it is the pay.
    ['I can do twenty an hour on the weekends.', 'unsaid'],
    // Millions of kronor on a line with no pay's word: revenue.
    ['Selskapet omsetter for 1 800 MNOK.', 'revenue'],
  ])('reads no pay in %s (%s)', (text) => {
    expect(pay(text)).toBeNull();
  });

  it('keeps a Swedish pay in euros when the message is Finland’s', () => {
    expect(pay('Lön 3 500 €/mån i Vasa')).toEqual(P(3500, null, 'month', 'EUR'));
  });

  it('reads an OTE someone "can make up to" beside the base', () => {
    const found = findPay('Base salary $100k, and you can make up to $180K OTE.');
    expect([stated(found.pay), found.ote?.max]).toEqual([P(100_000, null, 'year', 'USD'), 180_000]);
  });

  it('reads what someone "can earn up to" as a ceiling when no rate is stated', () => {
    expect(pay('You can earn up to $3,000/month in Sentosa.')).toEqual(P(null, 3000, 'month', 'SGD'));
  });
});

describe('Croatian "/mj", Romanian "şi", a Greek day wage, a group’s members, Ukrainian "Умови" and "before tax"', () => {
  it.each([
    ['Hotel Makarska trazi KONOBARE/ICE. Placa od 1.400 EUR neto/mj + smjestaj i hrana', P(1400, null, 'month', 'EUR', { openTop: true })],
    ['salariu net între 7.200 şi 8.600 lei lunar, în funcţie de nivelul limbii', P(7200, 8600, 'month', 'RON')],
    ['Viber · Ομάδα «Δουλειές Οικοδομή Αττική» (2.3K μέλη)\nΗμερομίσθιο 75–90€ καθαρά ανάλογα την εμπειρία.', P(75, 90, 'day', 'EUR')],
    ['Умови: 52 000 – 64 000 грн на місяць до оподаткування, річний бонус до 2 окладів.', P(52_000, 64_000, 'month', 'UAH')],
  ])('%s', (text, expected) => {
    expect(pay(text)).toEqual(expected);
  });
  it('reads a group’s count of members as no pay', () => {
    expect(pay('Viber · Ομάδα «Δουλειές Οικοδομή Αττική» (2.3K μέλη)')).toBeNull();
    expect(pay('Public group (12K members). Salary: £30,000')).toEqual(P(30_000, null, 'year', 'GBP'));
  });
});

describe('a first year’s earnings with commission as the OTE, a list of country codes, "US$" on another sum, the peso’s daily wage', () => {
  it('reads "Expected first-year earnings … with commission" as the OTE beside the base', () => {
    const found = findPay('💵 $20/hr base pay + commission\n💵 Expected first-year earnings: $60K–$80K with commission');
    expect([stated(found.pay), found.ote?.min, found.ote?.max, found.ote?.ote]).toEqual([P(20, null, 'hour', 'USD'), 60_000, 80_000, true]);
  });
  it.each([
    [
      'My client Halcyon Foods (US$400M revenue) is hiring at their Singapore HQ, covering 4 markets (SG, MY, ID, TH). The role pays $9,000 – $11,000 monthly.',
      P(9000, 11_000, 'month', 'SGD'),
    ],
    ['HIRING: Room Attendants at Isla Verde Beach Resort, Mactan, Cebu. P610/day + service charge', P(610, null, 'day', 'PHP')],
    // A town and its state still name the US.
    ['Sales rep in Boise, ID. Pay: $60,000', P(60_000, null, 'year', 'USD')],
  ])('%s', (text, expected) => {
    expect(pay(text)).toEqual(expected);
  });
  it('reads no pay in a small peso sum that is an allowance', () => {
    expect(pay('Team in Cebu. Get P500 per day load allowance')).toBeNull();
  });
});

describe('Kenya’s "Kshs.", dirhams by name, "Stundensatz", "Std.-Lohn", "T€", "nominales", a bank’s assets, a German referral prize', () => {
  it.each([
    ['Remuneration: Kshs. 140,000 - 175,000 gross per month, plus staff loans at 6% p.a.', P(140_000, 175_000, 'month', 'KES')],
    ['Rémunération : 12.000 à 15.000 dirhams nets/mois + logement. Poste à Marrakech.', P(12_000, 15_000, 'month', 'MAD')],
    ['Stundensatz:  bis zu 92 € all-in (zzgl. MwSt.)', P(null, 92, 'hour', 'EUR')],
    ['✅ 17,80 € Std.-Lohn brutto + Zuschläge', P(17.8, null, 'hour', 'EUR')],
    ['- Zieljahresgehalt 55–70 T€ je nach Qualifikation', P(55_000, 70_000, 'year', 'EUR')],
    ['Te ofrecemos USD 5.200 a 6.000 nominales por mes, pagados en dólares.', P(5200, 6000, 'month', 'USD')],
  ])('%s', (text, expected) => {
    expect(pay(text)).toEqual(expected);
  });
  it.each([
    'Nuestro cliente es un banco de licencia general, con más de US$3,000 millones en activos y 20 años en Panamá.',
    'Empfehlungen externer Kandidat:innen werden nach bestandener Probezeit mit 2.000 € prämiert.',
    'Umsatz 2023: 850 T€',
    // Dirhams of no country the message names are not guessed.
    'Salaire : 12 000 dirhams par mois.',
  ])('reads no pay in %s', (text) => {
    expect(pay(text)).toBeNull();
  });
});

describe('Portuguese "até" as a text writes it', () => {
  it('reads "Ganhe ate 1.200€/mes" as an upper bound', () => {
    expect(pay('Ganhe ate 1.200€/mes a trabalhar em Lisboa! Sem experiencia, formacao paga.')).toEqual(P(null, 1200, 'month', 'EUR'));
  });
});

describe('an OTE "with commissions"', () => {
  it.each([
    ['- Base salary: $700 per month\n- On-target earnings with commissions: $1,100 per month', 700, 1100],
    ['Maipú, Chile (+56 9 4821 7730). Sueldo base $480.000 + comisiones. Renta promedio con comisiones: $750.000', 480_000, 750_000],
  ])('%s', (text, base, ote) => {
    const found = findPay(text);
    expect([found.pay?.min, found.ote?.min, found.ote?.ote]).toEqual([base, ote, true]);
  });
});

describe('a Turkish premium or bonus salary, and a bare pay in a sentence of euros or pounds', () => {
  it('reads no pay from a referral premium: "25.000 TL referans primi"', () => {
    const text =
      'İK bilgileri:\n- Brüt aylık 95.000 – 120.000 TL (kıdeme göre)\n\nReferansla girersen işe alımdan sonra bana 25.000 TL referans primi çıkıyor.';
    expect(readMessage(text).pay).toMatchObject({ min: 95000, max: 120000, period: 'month', currency: 'TRY' });
  });
  it.each([
    ['Range is 40–50k gross annually, plus a €1,000 yearly learning budget.', 'EUR'],
    ['Salary 40-50k plus a £2,000 training budget.', 'GBP'],
  ])('takes the sentence’s one money: %s', (text, currency) => {
    expect(readMessage(text).pay?.currency).toBe(currency);
  });
  it.each([
    'Salary 40-50k plus a $2,000 and €1,000 budget.',
    'Salary 40-50k plus a €2,000 budget, paid in CHF.',
    'Salary 40-50k. We raised €5M last year.',
  ])('leaves the money unclear where the sentence is: %s', (text) => {
    expect(readMessage(text).pay?.currency).toBeNull();
  });
});

describe('a dollar by an Australian or New Zealand mobile number, and an award rate beside the offer', () => {
  it.each([
    ['Can do $480 a day, ute + fuel card. Flick me a msg or call 021 448 9012', 'NZD'],
    ['Shutdown 3-24 March, $58/hr flat. U keen? Craig 0408 377 615', 'AUD'],
    ['Pay $40/hr. Call +61 412 345 678 to apply.', 'AUD'],
  ])('reads the dollar of the number: %s', (text, currency) => {
    expect(readMessage(text).pay?.currency).toBe(currency);
  });
  it('takes no longer run of digits for a mobile number: "021 448 9012 4455"', () => {
    expect(readMessage('Pay $40/hr. Ref 021 448 9012 4455 1234.').pay?.currency).toBe('USD');
  });
  it.each([
    ['The award rate for a qualified plumber is around $29.12/hr, but we pay $36/hr plus super.', 36],
    ['The national minimum wage is £12.21/hr; we pay £13.50/hr.', 13.5],
  ])('takes the offer over the minimum beside it: %s', (text, min) => {
    expect(readMessage(text).pay?.min).toBe(min);
  });
  it('keeps an award rate that is the only pay', () => {
    expect(readMessage('Pay: award rate $29.12/hr plus a $2 site allowance.').pay?.min).toBe(29.12);
  });
});

describe('an extra on top of the pay, a funder’s named award, and a budget stretched to a ceiling', () => {
  it.each([
    [
      '1. Salary – the budget is up to £72,000. They have been clear.\n2. Car allowance – yes, £4,800 a year on top of salary.',
      null,
      72000,
    ],
    ['£41k basic, 39hr week Mon–Fri, 1 in 6 on-call paid at £250 a week on top, van + fuel card', 41000, null],
  ])('reads no extra said "on top" as the pay: %s', (text, min, max) => {
    expect(readMessage(text).pay).toMatchObject({ min, max });
  });
  it('reads no funder’s award as the pay', () => {
    const text =
      'Congratulations on the £4.5m Wellcome Discovery Award for the Cardiff consortium.\nIt is a permanent, full-time role on Grade 9, £58,225 – £66,179 per annum, with USS pension and 41 days’ leave including bank holidays and closure days.';
    expect(readMessage(text).pay).toMatchObject({ min: 58225, max: 66179 });
  });
  it.each([
    [
      'The budget for this role is KES 320,000 gross per month, and there is flexibility up to about KES 350,000 for the right person.',
      320000,
      350000,
    ],
    ['The budget is £60,000, and they can stretch to £65,000 for the right person.', 60000, 65000],
    ['Base is $120k, with flex up to $130k.', 120000, 130000],
  ])('reads a budget and the ceiling it stretches to as a range: %s', (text, min, max) => {
    expect(readMessage(text).pay).toMatchObject({ min, max });
  });
  it.each([
    'Salary £60,000, we can’t go up to £65,000.',
    'Salary £60,000. Bonus up to £65,000.',
    'Salary £60,000; top performers go up to £90,000.',
  ])('stretches no budget where the words do not: %s', (text) => {
    expect(readMessage(text).pay).toMatchObject({ min: 60000, max: null });
  });
});

describe('German packages in T€, a Bavarian hour, a scale’s steps in brackets, referrals, a Japanese month, a Taiwanese ceiling', () => {
  it.each([
    ['Das Gesamtpaket liegt bei bis zu 110 T€ zzgl. Dienstwagen.', { min: null, max: 110000, period: 'year', currency: 'EUR' }],
    ['Ich zahl dir 24 € die Stund, den Firmenbus derfst mit hoam nehma.', { min: 24, period: 'hour', currency: 'EUR' }],
    [
      'Je nach Berufserfahrung entspricht das derzeit 4.271,36 Euro (Stufe 1) bis 6.048,19 Euro (Stufe 6) brutto im Monat.',
      { min: 4271.36, max: 6048.19, period: 'month', currency: 'EUR' },
    ],
    ['・業務委託、月45万円〜（稼働量に応じて相談）', { min: 450000, max: null, period: 'month', currency: 'JPY', openTop: true }],
    ['公司：知名上市電子公司（台北內湖總部）\n待遇：年薪上看200萬（含年終）', { min: null, max: 2000000, period: 'year', currency: 'TWD' }],
  ])('reads %s', (text, pay) => {
    expect(readMessage(text).pay).toMatchObject(pay);
  });
  it('quotes the range with its steps as written', () => {
    expect(readMessage('Das sind 4.271,36 Euro (Stufe 1) bis 6.048,19 Euro (Stufe 6) brutto im Monat.').pay?.text).toContain('(Stufe 1)');
  });
  it('reads no referral bonus as pay: "Referrals for Lead level get ₩5,000,000"', () => {
    expect(readMessage('You will receive a referral bonus. Referrals for Lead level get ₩5,000,000.').pay).toBeNull();
  });
  it('reads no date as a Japanese month’s pay: "3月15日"', () => {
    expect(readMessage('3月15日に面接します。').pay).toBeNull();
  });
});

describe('pesos of the Southern Cone, the yuan by a mainland city, and premiums, instalments and loan repayments', () => {
  it.each([
    ['LaborUy: Empresa logística en Canelones busca OPERARIOS. $38.500 nominales por mes.', 'UYU'],
    ['Hotel Arenas (La Barra, Maldonado) busca recepcionista. Sueldo $52.000 líquidos por mes.', 'UYU'],
    ['Me dijo que laburaron juntos. Pagamos $950.000 en mano por mes + propinas.', 'ARS'],
    ['la renta es $2.800.000 líquidos mensuales. 100% remoto dentro de Chile', 'CLP'],
    ['De: Concursos <concursos@quillayes.cl>\n\nRenta bruta mensual aproximada: $2.134.560.', 'CLP'],
    ['薪资：年薪60-80万，16薪。工作地点：上海嘉定', 'CNY'],
  ])('reads the money of %s', (text, currency) => {
    expect(readMessage(text).pay?.currency).toBe(currency);
  });
  it('reads a mainland pay in thousands after its label as a month’s: "薪资8-10K"', () => {
    expect(readMessage('我们在深圳南山新开第4家店，正在找店长。\n薪资8-10K，另有门店业绩分红。').pay).toMatchObject({
      min: 8000,
      max: 10000,
      period: 'month',
      currency: 'CNY',
    });
  });
  it.each([
    ['Open CNA shifts this week - $24/hr days, $26/hr nights, plus $2/hr extra on weekends.', { min: 24, max: 26 }],
    [
      "$1,725 per week flat.\n\nThere's also a $2,500 sign-on, paid $1,000 at 90 days and $1,500 at 6 months.",
      { min: 1725, period: 'week' },
    ],
  ])('reads no premium or bonus instalment as the pay: %s', (text, pay) => {
    expect(readMessage(text).pay).toMatchObject(pay);
  });
  it('reads no loan repayment as pay', () => {
    expect(readMessage('Benefits: Student loan repayment up to $5,000/year.').pay).toBeNull();
  });
});

describe('the shekel as "NIS", the baht in words or after a floor’s "+", and no text’s short code as pay', () => {
  it.each([
    ['Rate: 220–260 NIS per hour + VAT, net+30 payment terms', { min: 220, max: 260, period: 'hour', currency: 'ILS' }],
    ['To answer your question: the budget is 70,000–95,000 baht/month.', { min: 70000, max: 95000, period: 'month', currency: 'THB' }],
    ['💰 เงินเดือนเริ่มต้น 45,000+ บาท (ไม่รวมค่าคอมมิชชั่น)', { min: 45000, period: 'month', currency: 'THB', openTop: true }],
  ])('reads %s', (text, pay) => {
    expect(readMessage(text).pay).toMatchObject(pay);
  });
  it('reads no short code as pay: "Soạn TC gửi 8088"', () => {
    expect(readMessage('Tu choi QC soan TC gui 8088').pay).toBeNull();
  });
});

describe('South Asia’s "/-" and Hinglish "se", counts and allowances in lakhs, and the dinar, the shekel and their months', () => {
  it.each([
    ['मानदेय: ₹18,000/- प्रति माह (समेकित)', { min: 18000, max: null, period: 'month', currency: 'INR' }],
    [
      'Medical Representative. CTC 3.2 se 4 lakh, plus DA ₹350/day aur petrol ₹2.5/km.',
      { min: 320000, max: 400000, period: 'year', currency: 'INR' },
    ],
    [
      'CTC 3.2 to 4 lakh. Monthly target 4.5 lakh ka hai, par territory achhi hai.',
      { min: 320000, max: 400000, period: 'year', currency: 'INR' },
    ],
    [
      'We train 10,000+ JEE aspirants a year. For top faculty the package goes up to ₹60 lakh per annum.',
      { min: null, max: 6000000, period: 'year', currency: 'INR' },
    ],
    ['The salary for the role is JD 2,100 per month (14 salaries a year).', { min: 2100, period: 'month', currency: 'JOD' }],
    ['Salary: JD 2,000 – 2,400, 14 salaries a year.', { min: 2000, max: 2400, period: 'month', currency: 'JOD' }],
    ['✅ שכר 28-34K ש"ח + קרן השתלמות מהיום הראשון', { min: 28000, max: 34000, period: 'month', currency: 'ILS' }],
    ['Salaire de base 1 200 TND + primes, contrat CDI.', { min: 1200, period: 'month', currency: 'TND' }],
  ])('reads %s', (text, expected) => {
    expect(readMessage(text).pay).toMatchObject(expected);
  });
  it.each([
    '3 lakh views on a college page is no joke, and the captions were spot on.',
    'With 2.3 lakh subscribers and not a single gimmick, you clearly teach the way we like to teach.',
    'Benefits: HRA: Rs. 4,000 and DA ₹350/day on tour.',
  ])('reads no pay in %s', (text) => {
    expect(readMessage(text).pay).toBeNull();
  });
});

describe('months and ranges said in more ways: Arabic "between … and", the colón and the riyal by name, B2B, Catalan, Urdu', () => {
  it.each([
    ['• الراتب: بين 2,200 و 2,800 دينار أردني شهرياً (إجمالي)', { min: 2200, max: 2800, period: 'month', currency: 'JOD' }],
    ['* Salario base de ¢785.000 colones mensuales', { min: 785000, max: null, period: 'month', currency: 'CRC' }],
    ['✅ Salary: 2200 Saudi Riyal mahana', { min: 2200, period: 'month', currency: 'SAR' }],
    ['Widełki 18–24k netto na B2B miesięcznie, do tego pakiet medyczny.', { min: 18000, max: 24000, period: 'month' }],
    ['contracte indefinit, 2.085 € bruts mensuals en 14 pagues', { min: 2085, period: 'month', currency: 'EUR' }],
    [
      'Sialkot factory. Salary: 85,000 se 1 lac tak mahana (experience ke hisaab se)',
      { min: 85000, max: 100000, period: 'month', currency: 'PKR' },
    ],
    ['Hotel Jobs Sri Lanka 🇱🇰\n👉 Basic salary Rs. 85,000\n👉 Free food & accommodation', { min: 85000, period: 'month', currency: 'LKR' }],
  ])('reads %s', (text, expected) => {
    expect(readMessage(text).pay).toMatchObject(expected);
  });
  it('reads no range from an Arabic "and" without "between"', () => {
    expect(readMessage('الراتب 2,200 دينار أردني شهرياً و 300 دينار أردني بدل سكن').pay).toMatchObject({ min: 2200, max: null });
  });
});

describe('the dinar as Serbia writes it, day rates in more words, "Mn", "MN", a capitalised "Euro", a trade’s ticket, an OTE word that labels the next figure', () => {
  it.each([
    ['Plata 85.000 din neto + topli obrok i prevoz.', { min: 85000, period: 'month', currency: 'RSD' }],
    ['Zarada: od 150.000 dinara neto mesečno, uz kvartalni bonus', { min: 150000, period: 'month', currency: 'RSD', openTop: true }],
    [
      'Šta nudimo:\n- neto platu od 330.000 do 400.000 RSD mesečno\n- budžet za edukaciju 100.000 RSD godišnje',
      { min: 330000, max: 400000, period: 'month', currency: 'RSD' },
    ],
    ['- ставка: 450 € на ден (фактуриране през фирма)', { min: 450, period: 'day', currency: 'EUR' }],
    ['Давам 3 200 € нето на месец, плюс дневните по наредбата (около 60 € на ден).', { min: 3200, period: 'month', currency: 'EUR' }],
    ['✅ Salario según convenio: 58,36 € por jornada', { min: 58.36, period: 'day', currency: 'EUR' }],
    ['- Fee: PKR 35,000 per working day (inclusive of taxes)', { min: 35000, period: 'day', currency: 'PKR' }],
    ['Planta Apodaca, Monterrey. Es bruto: $46,000 MN mensuales. Se paga por quincena.', { min: 46000, period: 'month', currency: 'MXN' }],
    [
      'I can share the budget upfront: LKR 1.1Mn – 1.4Mn per month gross.',
      { min: 1100000, max: 1400000, period: 'month', currency: 'LKR' },
    ],
    ['retribuzione Euro 9,42 lordi orari + maggiorazione per turno notturno (+25%)', { min: 9.42, period: 'hour', currency: 'EUR' }],
    [
      'Union job in Edmonton, Local 424 scale so $52.43/hr on the ticket plus 10% vac pay.',
      { min: 52.43, period: 'hour', currency: 'CAD' },
    ],
  ])('reads %s', (text, expected) => {
    expect(readMessage(text).pay).toMatchObject(expected);
  });
  it('reads the base before "og OTE på" as the pay and the OTE after it', () => {
    const found = readMessage('Betingelser: fastlønn på 680 000 NOK og OTE på 1 050 000 NOK ved oppnådd budsjett.');
    expect(found.pay).toMatchObject({ min: 680000, period: 'year', currency: 'NOK', ote: false });
    expect(found.ote).toMatchObject({ min: 1050000, ote: true });
  });
  it('still reads an OTE word after the last figure as that figure’s: "$95k OTE"', () => {
    expect(readMessage('Comp is $95k OTE.').pay).toMatchObject({ min: 95000, ote: true });
  });
  it('reads no dinar in Romanian "din", "of"', () => {
    expect(readMessage('Salariu 4.500 lei, 3 din 5 colegi lucrează remote.').pay).toMatchObject({ min: 4500, currency: 'RON' });
  });
});

describe('what a shift or overtime adds, a stretch approved in the next sentence, a placement, a field of teaching, an average in brackets, "rb", the peso in Cavite', () => {
  it.each([
    [
      'The role pays $31.00/hr to start. I spoke with the manager this morning and they’ve approved going up to $33.00/hr for you. 3rd shift also carries a $2.00/hr differential on top of that.',
      { min: 31, max: 33, period: 'hour', currency: 'USD' },
    ],
    [
      'Warehouse Operative. £13.45ph nights, wkend OT £20.18ph. 10pm-6am, 4 on 4 off.',
      { min: 13.45, max: null, period: 'hour', currency: 'GBP' },
    ],
    [
      'First-year teachers start at $52,500, and with your dual certification in Special Education I can place you at $55,000.',
      { min: 55000, max: null, period: 'year', currency: 'USD' },
    ],
    ['• $78,000 – $92,000/yr (1st-year drivers on this account average $84K)', { min: 78000, max: 92000, period: 'year', currency: 'USD' }],
    ['✅ Drivers average $1,450–$1,700 per week\n✅ $2,500 sign-on bonus', { min: 1450, max: 1700, period: 'week', currency: 'USD' }],
    ['💰 Gaji Rp 300rb – 500rb per hari, dibayar langsung setiap hari', { min: 300000, max: 500000, period: 'day', currency: 'IDR' }],
    [
      'Production Operators - Gen. Trias, Cavite. NO EXPERIENCE NEEDED! P610/day + OT + free shuttle.',
      { min: 610, period: 'day', currency: 'PHP' },
    ],
  ])('reads %s', (text, expected) => {
    expect(readMessage(text).pay).toMatchObject(expected);
  });
  it.each(['Night shift adds a $2.00/hr differential.', 'Overtime: $42/hr after 40 hours.'])('reads no pay in %s', (text) => {
    expect(readMessage(text).pay).toBeNull();
  });
});

describe('review 67: "MN" is Minnesota outside Mexico, an education budget beside the pay leaves it, a sum in millions of euros no pay', () => {
  it.each([
    ['Salary $85,000 MN (Minneapolis office).', { min: 85000, period: 'year', currency: 'USD' }],
    ['Nudimo platu od 2.000 EUR neto mesečno i budžet za edukaciju 500 EUR godišnje.', { min: 2000, period: 'month', currency: 'EUR' }],
    ['Gaji 300rb per hari, dibayar harian.', { min: 300000, period: 'day', currency: 'IDR' }],
    ['Plata 4.800.000 din godišnje bruto', { min: 4800000, period: 'year', currency: 'RSD' }],
  ])('reads %s', (text, expected) => {
    expect(readMessage(text).pay).toMatchObject(expected);
  });
  it('reads no pay in a contract’s sum in millions of euros', () => {
    expect(readMessage('Notre boîte a bien grandi : on vient de décrocher un lot de 2 M€ sur le nouveau lycée de Chelles.').pay).toBeNull();
  });
});

describe('the moneys of Central Asia, the Caucasus and the Gulf by their signs, letters and names; a pay the writer is on; a referral’s reward', () => {
  it.each([
    ['Зарплата: 900 000 – 1 200 000 ₸ на руки в месяц', { min: 900000, max: 1200000, period: 'month', currency: 'KZT' }],
    ['💰 Maosh: 6 000 000 so’m (suhbat natijasiga ko’ra)'.replace(/’/g, "'"), { min: 6000000, period: 'month', currency: 'UZS' }],
    ['ხელფასი: 2 500 – 3 000 ₾ თვეში (gross)', { min: 2500, max: 3000, period: 'month', currency: 'GEL' }],
    ['• աշխատավարձ՝ 350 000 – 420 000 ՀՀ դրամ ամսական', { min: 350000, max: 420000, period: 'month', currency: 'AMD' }],
    ['Maaş: 2 000–2 800 manat, gross', { min: 2000, max: 2800, period: 'month', currency: 'AZN' }],
    ['Salary: KD 2,400 – 2,800 per month, Kuwait City', { min: 2400, max: 2800, period: 'month', currency: 'KWD' }],
    ['Sohar Port. Salary up to RO 350/month + OT + accom.', { min: null, max: 350, period: 'month', currency: 'OMR' }],
    ['Package: Dhs 16k-18k all in, Dubai Mall store', { min: 16000, max: 18000, period: 'month', currency: 'AED' }],
    ['Jubail site. Salary: 1800 riyal basic + OT', { min: 1800, period: 'month', currency: 'SAR' }],
  ])('reads %s', (text, expected) => {
    expect(readMessage(text).pay).toMatchObject(expected);
  });
  it.each([
    'He’s offering way more than the QR 24k we’re on here, so call him.',
    'Referrals welcome — we pay 1,000 GEL if your friend passes probation 🙌',
  ])('reads no pay in %s', (text) => {
    expect(readMessage(text).pay).toBeNull();
  });
  it('reads no riyal’s country where the message names two', () => {
    expect(readMessage('Riyadh or Doha, both pay 5000 riyal.').pay?.currency ?? null).toBeNull();
  });
});

describe('the Balkans’ and Madagascar’s moneys, Rwanda’s "Frw", an hourly "satnica", a daily "dnevna stopa", an Albanian month', () => {
  it.each([
    ['Zenica, armirači. 💰 Plata: 1.800 – 2.200 KM mjesečno', { min: 1800, max: 2200, period: 'month', currency: 'BAM' }],
    ['✔ Плата: 32.000 денари + бакшиш', { min: 32000, period: 'month', currency: 'MKD' }],
    ['Paga: 75.000 – 90.000 lekë neto në muaj', { min: 75000, max: 90000, period: 'month', currency: 'ALL' }],
    ['Paga: 1.400–1.800 EUR neto në muaj, kontratë e plotë', { min: 1400, max: 1800, period: 'month', currency: 'EUR' }],
    ['Satnica je ove godine 9,50 € neto, plus smještaj.', { min: 9.5, period: 'hour', currency: 'EUR' }],
    ['- dnevna stopa: 200 € (fakturiše se preko tvog obrta)', { min: 200, period: 'day', currency: 'EUR' }],
    ['Umushahara ni Frw 480,000 net ku kwezi, plus lunch.', { min: 480000, period: 'month', currency: 'RWF' }],
    ['Antananarivo. ✅ Salaire de base : 650 000 Ar / mois', { min: 650000, period: 'month', currency: 'MGA' }],
  ])('reads %s', (text, expected) => {
    expect(readMessage(text).pay).toMatchObject(expected);
  });
  it('reads no marks from a distance: "1.500 KM" outside Bosnia', () => {
    expect(readMessage('Route of 1.500 KM per week, salary €2,400 a month.').pay).toMatchObject({ min: 2400, currency: 'EUR' });
  });
});

describe('Baltic periods and rates, decimals before "euroa" and "Eur", the franc’s bare "F", a Greek kappa, Turkish "bin" and "kadar", the guaraní, the UF, Vietnamese "tr"', () => {
  it.each([
    ['Peruspalkka on 2 964,10 euroa kuukaudessa (KVTES).', { min: 2964.1, period: 'month', currency: 'EUR' }],
    ['Bazinė alga – 1 890,50 Eur per mėnesį (prieš mokesčius).', { min: 1890.5, period: 'month', currency: 'EUR' }],
    ['Töötasu: bruto 1900 €/kuus, lisaks toitlustus.', { min: 1900, period: 'month', currency: 'EUR' }],
    ['Dienas likme 420 EUR, ceļa izdevumus sedzam.', { min: 420, period: 'day', currency: 'EUR' }],
    ['Stundas likme: 14 EUR bruto, maiņu darbs.', { min: 14, period: 'hour', currency: 'EUR' }],
    ['Päevatasu 260 € + majutus.', { min: 260, period: 'day', currency: 'EUR' }],
    ['Valandinis įkainis 22 € (per sąskaitą).', { min: 22, period: 'hour', currency: 'EUR' }],
    ['Moussa de Thiès ici. Poste de magasinier, 150.000F/mois + transport.', { min: 150000, period: 'month', currency: 'XOF' }],
    ['Μισθός: 30-36Κ € μικτά ετησίως, συν bonus.', { min: 30000, max: 36000, period: 'year', currency: 'EUR' }],
    ['Maaş: aylık net 90-105 bin TL, yemek kartı ayrıca.', { min: 90000, max: 105000, period: 'month', currency: 'TRY' }],
    ["Aylık brüt 140 bin TL'ye kadar ücret öneriyoruz.", { min: null, max: 140000, period: 'month', currency: 'TRY' }],
    ['Ofrecemos Gs. 9.800.000 mensuales más comisiones.', { min: 9800000, period: 'month', currency: 'PYG' }],
    ['Renta: UF 90 – UF 105 brutos per month, Santiago.', { min: 90, max: 105, period: 'month', currency: 'CLF' }],
    ['La propuesta arranca en $U 72.000 líquidos por mes.', { min: 72000, period: 'month', currency: 'UYU', openTop: true }],
    ['- Mức lương: 25-32tr NET, thưởng tháng 13', { min: 25000000, max: 32000000, period: 'month', currency: 'VND' }],
  ])('reads %s', (text, expected) => {
    expect(readMessage(text).pay).toMatchObject(expected);
  });
  it.each([
    // A contractor's rate whose tax form follows it: the form's number is no second figure.
    ['Rate: up to $88/hr on 1099 (all inclusive).', { min: null, max: 88, period: 'hour', currency: 'USD' }],
    ['Budget is $70–85/hr on a 1099, 20 hrs a week.', { min: 70, max: 85, period: 'hour', currency: 'USD' }],
    // A software pipeline is no sales pipeline.
    ['You would own our billing pipeline: NT$110k/month × 14.', { min: 110000, period: 'month', currency: 'TWD' }],
    // A dotted figure in a message that groups with dots against the lira elsewhere.
    ['Monthly salary 1.400 USD NET. Housing support 4.000 TL/month.', { min: 1400, period: 'month', currency: 'USD' }],
  ])('reads %s', (text, expected) => {
    expect(readMessage(text).pay).toMatchObject(expected);
  });
  it.each([
    'Please share 🙏 Reward 1.500 TL for every friend who gets hired!',
    'We also pay $750 for each referral hired.',
    'A former colleague told me you’re at around €110k today; we are competitive.',
    'Los mejores del equipo ya están sacando más de $ 1.800.000 por mes!!',
    'Dienas likme is agreed per project.',
  ])('reads no pay in %s', (text) => {
    expect(readMessage(text).pay).toBeNull();
  });
  it('keeps a sales pipeline a quota, a 1099 with a currency money, and "para los mejores" an OTE', () => {
    expect(readMessage('You will carry a $3M pipeline.').pay).toBeNull();
    expect(readMessage('Base salary: 1099 USD a month').pay).toMatchObject({ min: 1099, currency: 'USD' });
    expect(readMessage('Ganancias de hasta 40.000 €/año (OTE) para los mejores').pay).toMatchObject({ max: 40000, ote: true });
  });
  it('reads no franc from a bare "F" where no country of the franc is named', () => {
    expect(readMessage('Salary 120.000F/month').pay?.currency ?? null).toBeNull();
  });
});

describe('ceilings said as "the max they can go is" and Swahili "mpaka", Welsh periods, a decimal comma with two decimals, a sum added on', () => {
  it.each([
    ['Update: the max they can go is 21 LPA fixed, variable on top.', { min: null, max: 2100000, period: 'year', currency: 'INR' }],
    ['✅ Unalipwa mpaka *KSh 2,500 kwa siku*', { min: null, max: 2500, period: 'day', currency: 'KES' }],
    ['✅ £140 – £175 y dydd (yn dibynnu ar brofiad)', { min: 140, max: 175, period: 'day', currency: 'GBP' }],
    ['Cyflog: £13.20 yr awr', { min: 13.2, period: 'hour', currency: 'GBP' }],
    ['- stawka 12,95 GBP brutto za godzinę (zmiana nocna)', { min: 12.95, period: 'hour', currency: 'GBP' }],
  ])('reads %s', (text, expected) => {
    expect(readMessage(text).pay).toMatchObject(expected);
  });
  it('reads the week’s pay, not the Saturday added on', () => {
    expect(readMessage('💷 £720 tygodniowo (5 dni)\n➕ sobota dodatkowo £160 za dzień').pay).toMatchObject({
      min: 720,
      period: 'week',
      currency: 'GBP',
    });
  });
  it('reads no decimal comma of one decimal, and none in a sum by the piece', () => {
    expect(readMessage('We pay $1,5 per unit').pay).toBeNull();
    expect(readMessage('We pay $1,50 per unit').pay).toBeNull();
  });
});

describe('a lakh and a crore in South Indian scripts, an umbrella’s take-home estimate, Kenya’s "bob"', () => {
  it.each([
    ['fixed CTC ₹42 లక్షల, variable 10%', { min: 4200000, period: 'year', currency: 'INR' }],
    ['CTC ₹18 லட்சம் per annum', { min: 1800000, period: 'year', currency: 'INR' }],
    ['Budget ni kama 120 to 150k bob kwa mwezi gross.', { min: 120000, max: 150000, period: 'month', currency: 'KES' }],
  ])('reads %s', (text, expected) => {
    expect(readMessage(text).pay).toMatchObject(expected);
  });
  it('reads the rate, not what an umbrella would leave of it', () => {
    const text =
      'Best they can do is £480 per day, inside IR35.\nVia umbrella you would take roughly £310-£320/day take-home after employer’s NI.';
    expect(readMessage(text).pay).toMatchObject({ min: 480, max: null, period: 'day', currency: 'GBP' });
  });
  it('reads no shilling in a name', () => {
    expect(readMessage('Hi, 5 Bob Marley songs played. Salary £30,000.').pay).toMatchObject({ min: 30000, currency: 'GBP' });
  });
});

describe('Canada’s dollar by a town’s province code and Québec’s French, more codes, a Georgian day, Cyrillic thousands, a Peruvian allowance', () => {
  it.each([
    [
      'Warehouse Associates at Nordvik in Oakville 🚚 $18.90/hr, weekly pay. Call 905-555-0142.',
      { min: 18.9, period: 'hour', currency: 'CAD' },
    ],
    ['On embauche! Commis à temps partiel, Granby. 16,75 $/h + rabais employé.', { min: 16.75, period: 'hour', currency: 'CAD' }],
    [
      "J'ai un mandat de commis comptable à Lévis, 24 $ à 28 $ de l'heure selon expérience.",
      { min: 24, max: 28, period: 'hour', currency: 'CAD' },
    ],
    ['Budget is AMD 1.5M–1.9M/month gross + ESOP.', { min: 1500000, max: 1900000, period: 'month', currency: 'AMD' }],
    ['ანაზღაურება დღეში 50-70 ₾ + ბონუსი.', { min: 50, max: 70, period: 'day', currency: 'GEL' }],
    ['ЗП 24–29 тис. грн/міс + % від рейсів.', { min: 24000, max: 29000, period: 'month', currency: 'UAH' }],
    ['мы готовы предложить 950 000 ₸ net в месяц плюс годовой бонус.', { min: 950000, period: 'month', currency: 'KZT' }],
    ['Trujillo. Basico S/1,250 mensual + comisiones + movilidad S/300.', { min: 1250, period: 'month', currency: 'PEN' }],
  ])('reads %s', (text, expected) => {
    expect(readMessage(text).pay).toMatchObject(expected);
  });
  it('reads no thousands in a count of people, nor a dollar in a chip maker’s name', () => {
    expect(readMessage('Команда 12 тыс. человек. Зарплата 2000 $ в месяц').pay).toMatchObject({ min: 2000, currency: 'USD' });
    expect(readMessage('Senior Engineer at AMD, salary $150k.').pay).toMatchObject({ min: 150000, currency: 'USD' });
  });
  it('reads no one pay in a channel’s list of jobs, each led by a pictograph of its own', () => {
    const text =
      'Вакансії:\n💻 Java Developer (Senior) — 4500–6000$ на руки\n🧪 Manual QA (Middle) — від 1800$\n📊 Project Manager — вилка 3000–3800$ gross\n🎨 UI/UX Designer — до 3500$';
    expect(readMessage(text).pay).toBeNull();
  });
});

describe('"liquidos" without its accent, as a text message writes it', () => {
  it('reads "1.300€ liquidos/mes" as a month’s pay', () => {
    expect(readMessage('Turno noturno em Azambuja, 1.250€ liquidos/mes + subsídio noturno.').pay).toMatchObject({
      min: 1250,
      period: 'month',
      currency: 'EUR',
    });
  });
});

describe('the Maghreb’s dinars as written there, a range "X up to Y", a rate for per diem work, the writer’s pay "making" it', () => {
  it.each([
    ['Tunis. Salaire fixe 1.150,000 DT/mois + primes', { min: 1150, period: 'month', currency: 'TND' }],
    ['Oran. - salaire net de 180 000 DA par mois', { min: 180000, period: 'month', currency: 'DZD' }],
    ['Pay is $22.40 up to $26.10/hr depending on certification', { min: 22.4, max: 26.1, period: 'hour', currency: 'USD' }],
    ['Rate is $52/hr for per diem (no benefits), two shifts a month.', { min: 52, period: 'hour', currency: 'USD' }],
  ])('reads %s', (text, expected) => {
    expect(readMessage(text).pay).toMatchObject(expected);
  });
  it('reads the offer, not the pay the reader says they are making now', () => {
    const text =
      "Rate is $61/hr for per diem.\n\n> I'm currently working full-time at a clinic making $39/hr, but I'd love per diem shifts.";
    expect(readMessage(text).pay).toMatchObject({ min: 61, period: 'hour' });
  });
  it('reads no Algerian dinar where Algeria is not named', () => {
    expect(readMessage('Salary 230 000 DA per month').pay?.currency ?? null).not.toBe('DZD');
  });
});

describe('a code before a dollar sign, and a budget spent on things named right before its figure', () => {
  it.each([
    ['💰 Earn from TTD $9,500 per month', { min: 9500, period: 'month', currency: 'TTD', openTop: true }],
    ['Salary: AUD $118,000 + super', { min: 118000, period: 'year', currency: 'AUD' }],
  ])('reads %s', (text, expected) => {
    expect(readMessage(text).pay).toMatchObject(expected);
  });
  it('reads the salary, not a budget for congresses', () => {
    const text = 'The post is offered at RON 31,000 net per month, and a budget of EUR 2,500 per year for conferences.';
    expect(readMessage(text).pay).toMatchObject({ min: 31000, period: 'month', currency: 'RON' });
  });
});

describe('the Balkans: dinars, denars and euros as written there, "do" for up to, "in the amount of", the euro’s "e"', () => {
  it.each([
    ['Плата од 85.000 дин. месечно + топли оброк', { min: 85000, max: null, period: 'month', currency: 'RSD' }],
    ['Нето плата 52.000 ден. месечно', { min: 52000, max: null, period: 'month', currency: 'MKD' }],
    ['Mogu da ti ponudim 2.800 eura neto mesečno, plus 25 dana odmora.', { min: 2800, max: null, period: 'month', currency: 'EUR' }],
    ['Plača 3.000 evrov bruto na mesec.', { min: 3000, max: null, period: 'month', currency: 'EUR' }],
    ['Плата 1.800 евра нето, Подгорица.', { min: 1800, max: null, period: 'month', currency: 'EUR' }],
    ['Plata 1.900-2.300e mesecno, ture po EU.', { min: 1900, max: 2300, period: 'month', currency: 'EUR' }],
    ['Gross salary 120.000 – 165.000 MKD monthly, depends from the level', { min: 120000, max: 165000, period: 'month', currency: 'MKD' }],
    ['€900-1.200/month NET + free accommodation & meals', { min: 900, max: 1200, period: 'month', currency: 'EUR' }],
  ])('reads %s', (text, expected) => {
    expect(readMessage(text).pay).toMatchObject(expected);
  });
  it.each([
    ['Nudimo plaču do 3.900 EUR bruto mesečno.', { min: null, max: 3900, currency: 'EUR' }],
    ['Nabízíme plat do 50 000 Kč měsíčně.', { min: null, max: 50000, currency: 'CZK' }],
  ])('reads "do" before a figure as "up to" in a Slavic message: %s', (text, expected) => {
    expect(readMessage(text).pay).toMatchObject(expected);
  });
  it('reads Portuguese "do" (of the) as no ceiling', () => {
    expect(readMessage('O valor do salário é de €1.500 por mês.').pay).toMatchObject({ min: 1500, max: null });
  });
  it('reads "in the amount of" as a single figure, not a floor', () => {
    expect(readMessage('Nudimo plaću u iznosu od 1.450,00 € neto mjesečno.').pay).toMatchObject({
      min: 1450,
      max: null,
      openTop: false,
    });
  });
  it('reads a per diem named before its figure, its word explained in brackets, as no pay', () => {
    expect(readMessage('Zaplata 1200 lv. mesechno + dnevni (komandirovachni) 90 EUR na den.').pay).toMatchObject({
      min: 1200,
      period: 'month',
      currency: 'BGN',
    });
    expect(readMessage('Plata 2.000 EUR neto mesečno, dnevnice 45 EUR na dan.').pay).toMatchObject({ min: 2000, currency: 'EUR' });
  });
  it('reads a Gaelic or Welsh pay word over a grant said later', () => {
    const text = 'Tuarastal: £31,500 – £34,000 sa bhliadhna\nCùmhnant 3 bliadhna, maoinichte le tabhartas de £420,000';
    expect(readMessage(text).pay).toMatchObject({ min: 31500, max: 34000, currency: 'GBP' });
  });
});

describe('Hungary’s, Romania’s and Bulgaria’s ways: forints from and up to, millions, a yearly word; the lev in Latin letters', () => {
  it.each([
    ['Ajánlat: havi bruttó 900 000 Ft-tól, tapasztalattól függően', { min: 900000, max: null, openTop: true, currency: 'HUF' }],
    ['Bér: havi bruttó 1 200 000 Ft-ig', { min: null, max: 1200000, period: 'month', currency: 'HUF' }],
    ['Fizetés: évi bruttó 26-32M Ft, plusz opciós csomag', { min: 26000000, max: 32000000, period: 'year', currency: 'HUF' }],
    ['Zaplata 1500 leva mesechno', { min: 1500, period: 'month', currency: 'BGN' }],
    ['- бруто 3 200 – 3 800 лв. месечно', { min: 3200, max: 3800, period: 'month', currency: 'BGN' }],
  ])('reads %s', (text, expected) => {
    expect(readMessage(text).pay).toMatchObject(expected);
  });
  it('reads the offer, not the pay the reader has at their present employer (Romanian)', () => {
    const text =
      'Pachetul salarial este între 11.500 și 13.500 lei net/lună. Știu că la actualul angajator aveți în jur de 10.000 lei net, așa că am încercat să venim cu ceva corect.';
    expect(readMessage(text).pay).toMatchObject({ min: 11500, max: 13500, currency: 'RON' });
  });
  it('reads hours in brackets after their word as hours, not a weekly pay', () => {
    const text = 'Earn up to 2500 BGN/month + bonuses. No experience needed, flexible hrs (20-40/wk).';
    expect(readMessage(text).pay).toMatchObject({ min: null, max: 2500, period: 'month', currency: 'BGN' });
  });
});

describe('francs of Africa: "mille", "millions de", CFA francs by name, the Congolese franc; a fee paid; a phone worked from', () => {
  it.each([
    ['Côté salaire on peut partir sur 600 mille FCFA net par mois, à Douala.', { min: 600000, period: 'month', currency: 'XAF' }],
    [
      'La rémunération envisagée est de 30 millions de FCFA brut par an, poste basé à Dakar.',
      { min: 30000000, period: 'year', currency: 'XOF' },
    ],
    [
      'For the Abidjan role the approved band is 1,400,000 to 1,700,000 CFA francs net per month.',
      { min: 1400000, max: 1700000, period: 'month', currency: 'XOF' },
    ],
    ['Salaire : 1 400 000 francs CFA net par mois à Abidjan', { min: 1400000, period: 'month', currency: 'XOF' }],
    ['Kinshasa: Salaire 850.000 FC/mois + prime de route.', { min: 850000, period: 'month', currency: 'CDF' }],
  ])('reads %s', (text, expected) => {
    expect(readMessage(text).pay).toMatchObject(expected);
  });
  it('reads no Congolese franc where the Congo is not named', () => {
    expect(readMessage('Salaire 850.000 FC/mois').pay?.currency ?? null).not.toBe('CDF');
  });
  it('reads a registration fee as no pay, and a sum earned from a phone as pay', () => {
    const text =
      "💸 Gagnez jusqu'à 500 000 FCFA par semaine depuis votre téléphone à Douala\n⚠️ Inscription : 15 000 FCFA seulement (remboursés)";
    expect(readMessage(text).pay).toMatchObject({ min: null, max: 500000, period: 'week', currency: 'XAF' });
    expect(readMessage('Earn up to $500 a week from your phone!').pay).toMatchObject({ max: 500, period: 'week' });
  });
  it('still reads a phone allowance as no pay', () => {
    expect(findPay('Phone allowance: $50 per month.').pay).toBeNull();
  });
});

describe('Spanish and Portuguese "mil" with dollars, a comma’s decimals before it, "/mês"; an equivalent in brackets', () => {
  it.each([
    ['El rango es de 52 mil a 61 mil dólares al año, en Houston.', { min: 52000, max: 61000, period: 'year', currency: 'USD' }],
    ['A faixa é de US$ 5 mil a 6,5 mil por mês, fora o bônus.', { min: 5000, max: 6500, period: 'month', currency: 'USD' }],
    ['💵 Até US$ 7.000/mês', { min: null, max: 7000, period: 'month', currency: 'USD' }],
  ])('reads %s', (text, expected) => {
    expect(readMessage(text).pay).toMatchObject(expected);
  });
  it('still reads English slang "mil" as a million, no pay', () => {
    expect(findPay('The founder made $1.5 mil last year').pay).toBeNull();
  });
  it.each([
    ['Valor: € 3.800 por mês (hoje dá uns R$ 23.500, mas varia com o câmbio).', { min: 3800, currency: 'EUR' }],
    ["We pay USD 3,000 per month (roughly UAH 124,000 at today's rate).", { min: 3000, currency: 'USD' }],
    ['Compensation: USD 1,200 per month (approx. PHP 68,000), paid semi-monthly', { min: 1200, currency: 'USD' }],
  ])('reads the pay, not its equivalent in brackets: %s', (text, expected) => {
    expect(readMessage(text).pay).toMatchObject({ ...expected, period: 'month', max: null });
  });
});

describe('the reader’s own pay set against the offer, a count brought down, Urdu and Pacific ways of stating pay', () => {
  it('reads the offer, not "more than your £78k"', () => {
    const text = "Not for me but this screams you. And they're paying way more than your £78k.\n\nPackage: £95k - £105k + 10% bonus.";
    expect(readMessage(text).pay).toMatchObject({ min: 95000, max: 105000, currency: 'GBP' });
  });
  it('reads a count brought down from one figure to another as no pay', () => {
    expect(findPay('Taking the open cases from 1,300 down to under 200 in a year is what our Board wants.').pay).toBeNull();
  });
  it.each([
    ['✅ Salary 2500 se 3000 Dirham mahana, Dubai', { min: 2500, max: 3000, period: 'month', currency: 'AED' }],
    ['Roz ka Rs.3000-5000 kamayen!!', { min: 3000, max: 5000, period: 'day' }],
    ['✅ Pe: K12.50 long wan aua, Lae', { min: 12.5, period: 'hour', currency: 'PGK' }],
    ['Pe em K2,800 long wan mun (gros), na kampani bilong mipela', { min: 2800, period: 'month', currency: 'PGK' }],
    ['- K95,000 - K110,000 per annum (gross) in Port Moresby', { min: 95000, max: 110000, period: 'year', currency: 'PGK' }],
    ['Na saumi e FJ$9.50 e dua na aua', { min: 9.5, period: 'hour', currency: 'FJD' }],
    ['- Utu: $29.50 i te hāora, Rotorua', { min: 29.5, period: 'hour', currency: 'NZD' }],
  ])('reads %s', (text, expected) => {
    expect(readMessage(text).pay).toMatchObject(expected);
  });
  it('reads no kina where Papua New Guinea is not named', () => {
    expect(readMessage('Unit K12 is free from Monday, $25 per hour.').pay?.currency ?? null).not.toBe('PGK');
  });
});

describe('Southern Africa’s moneys by their letters, and its languages’ periods and pay words', () => {
  it.each([
    ['Package: K 85,000 - K 95,000 per month gross, plus a company house in Chingola', { min: 85000, max: 95000, currency: 'ZMW' }],
    ['- N$18 000 per month (net), paid on the 25th', { min: 18000, period: 'month', currency: 'NAD' }],
    ['Salaris: N$25 000 - N$30 000 per maand, afhangende van ervaring.', { min: 25000, max: 30000, period: 'month', currency: 'NAD' }],
    ['Remuneration: P 780,000 - P 920,000 per annum (basic), in Gaborone', { min: 780000, max: 920000, period: 'year', currency: 'BWP' }],
    ['Tuelo: P4,500 ka kgwedi + commission. Gaborone', { min: 4500, period: 'month', currency: 'BWP' }],
    ['Malipiro ndi MK 1,800,000 pa mwezi (gross).', { min: 1800000, period: 'month', currency: 'MWK' }],
    ['Salary is up to MK 6,500,000 per month gross', { min: null, max: 6500000, period: 'month', currency: 'MWK' }],
    ['Mubhadharo: USD45 pasvondo, kubhadharwa Friday', { min: 45, period: 'week', currency: 'USD' }],
    ['Pacote anual a partir de USD 96.000 brutos, mais bónus anual', { min: 96000, openTop: true, currency: 'USD' }],
  ])('reads %s', (text, expected) => {
    expect(readMessage(text).pay).toMatchObject(expected);
  });
  it('reads the wage labelled in Bemba, not the transport allowance after it', () => {
    const text = 'Ubulipilo: K18,000 pa mweshi (gross), na K1,500 ya transport allownce, na overtime. Kitwe';
    expect(readMessage(text).pay).toMatchObject({ min: 18000, period: 'month', currency: 'ZMW' });
  });
  it('reads no pula where Botswana is not named', () => {
    expect(readMessage('Parking bay P 1,200 is yours. Salary $60,000.').pay?.currency ?? null).not.toBe('BWP');
  });
});

describe('Central Asia and Russia: millions, a thousand roubles, the som and the somoni, "from" on the money', () => {
  it.each([
    ["💵 Maosh: 4 500 000 so'mdan boshlab + bonuslar", { min: 4500000, openTop: true, period: 'month', currency: 'UZS' }],
    ['– ойлик 12 млн сўм, расмий', { min: 12000000, period: 'month', currency: 'UZS' }],
    ['🔸 Айлыгы 150 000 рублден жогору (иштегенине жараша)', { min: 150000, openTop: true, currency: 'RUB' }],
    ['salary 80-100k som monthly depending on interview, office in Bishkek', { min: 80000, max: 100000, currency: 'KGS' }],
    ['* заработная плата 6 000 – 8 000 сомони в месяц', { min: 6000, max: 8000, period: 'month', currency: 'TJS' }],
    ['– айлыгы 60 000 сом колго (салыктан кийин)', { min: 60000, period: 'month', currency: 'KGS' }],
    ['з/п 200-250 т.р./мес, белая', { min: 200000, max: 250000, period: 'month', currency: 'RUB' }],
    ['Зарплата 200 000 р. в месяц', { min: 200000, period: 'month', currency: 'RUB' }],
  ])('reads %s', (text, expected) => {
    expect(readMessage(text).pay).toMatchObject(expected);
  });
  it('reads no rouble in a Ukrainian year’s "р."', () => {
    expect(findPay('Оплата 2024 р. за рік').pay).toBeNull();
  });
});

describe('North American trucking and care: Punjabi and Malayalam ways, the current pay in Spanish, fees and extras', () => {
  it.each([
    ['💵 ਹਫ਼ਤੇ ਦੇ $2,200 ਤੋਂ $2,600 CAD ਬਣ ਜਾਂਦੇ ਨੇ', { min: 2200, max: 2600, period: 'week', currency: 'CAD' }],
    ['Night Dispatcher (Brampton), $28 ਪ੍ਰਤੀ ਘੰਟਾ। Text 647-555-0107', { min: 28, period: 'hour', currency: 'CAD' }],
    ['💰 ശമ്പളം: SAR 4,500 – 6,000 (പ്രതിമാസം)', { min: 4500, max: 6000, period: 'month', currency: 'SAR' }],
    ['ശമ്പളം വർഷം €33,000 മുതൽ €36,500 വരെ (experience അനുസരിച്ച്).', { min: 33000, max: 36500, period: 'year', currency: 'EUR' }],
    ['• ശമ്പളം: പ്രതിമാസം 2,900 യൂറോ മുതൽ (ഗ്രോസ്)', { min: 2900, openTop: true, period: 'month', currency: 'EUR' }],
  ])('reads %s', (text, expected) => {
    expect(readMessage(text).pay).toMatchObject(expected);
  });
  it('reads the yearly range, not the layover pay by the day', () => {
    const text = 'ਤਨਖਾਹ ਸਾਲ ਦੀ $92,000 ਤੋਂ $98,000 (CAD) ਬਣਦੀ ਹੈ, ਉੱਤੋਂ layover ਦੇ $150 ਪ੍ਰਤੀ ਦਿਨ ਵੱਖਰੇ।';
    expect(readMessage(text).pay).toMatchObject({ min: 92000, max: 98000, period: 'year', currency: 'CAD' });
  });
  it('reads the offer, not the pay the reader has now (Spanish)', () => {
    const text = 'Sé que actualmente ganas $22 la hora; para este puesto estamos ofreciendo de $26 a $29 por hora. Laredo, TX';
    expect(readMessage(text).pay).toMatchObject({ min: 26, max: 29, period: 'hour', currency: 'USD' });
  });
  it('reads the Canadian dollar where the carrier runs to US regions', () => {
    const text =
      'Location: 6850 Dixie Rd, Mississauga, ON L5T 1N4\nSalary: $55,000 - $65,000 per annum\nWe run Ontario, Quebec and the US Midwest.';
    expect(readMessage(text).pay).toMatchObject({ min: 55000, currency: 'CAD' });
  });
  it.each([
    ['Earn up to £28,000/yr!! Interview in Lagos. Processing N150,000 only.', { max: 28000, currency: 'GBP' }],
    ['സർവീസ് ചാർജ്: ₹30,000 മാത്രം. ശമ്പളം: SAR 4,500 (പ്രതിമാസം)', { min: 4500, currency: 'SAR' }],
    [
      'Pay:\n- Fixed CTC: ₹4.2 lakh per annum\n- OTE: up to ₹6.5 lakh p.a. including monthly incentives (₹2,500 per nurse deployed, paid after 90 days)',
      { min: 420000, currency: 'INR' },
    ],
  ])('reads a fee or a reward by the piece as no pay: %s', (text, expected) => {
    expect(readMessage(text).pay).toMatchObject(expected);
  });
});

describe('hospitality and sales: Tagalog periods, a service charge, a budget for things, OTE with what it holds, others’ takings', () => {
  it('reads a monthly basic in Tagalog, not last year’s service charge', () => {
    const text = '- USD 1,800 kada buwan, basic\n- may service charge pa, nasa USD 900 hanggang 1,200 kada buwan nung nakaraang taon';
    expect(readMessage(text).pay).toMatchObject({ min: 1800, period: 'month', currency: 'USD' });
  });
  it('reads the salary, not a budget for renewing the wine list on the next line', () => {
    const text = 'Offriamo:\n- 2.100 € netti al mese, più tredicesima\n- budget di 3.000 € per rinnovare la carta dei vini al calice';
    expect(readMessage(text).pay).toMatchObject({ min: 2100, period: 'month', currency: 'EUR' });
  });
  it('reads a count’s "max." as no ceiling on the pay after it', () => {
    expect(readMessage('Med season May–Oct, 8 guests max. €3,000 pm, start 1 May').pay).toMatchObject({ min: 3000, max: null });
  });
  it('reads an OTE said with the commissions it holds', () => {
    const found = readMessage(
      '- Guaranteed base salary: USD 1,100 per month\n- On-target earnings with treatment and retail commission: USD 3,200 per month',
    );
    expect(found.pay).toMatchObject({ min: 1100, period: 'month' });
    expect(found.ote).toMatchObject({ min: 3200, period: 'month', ote: true });
  });
  it.each([
    ['✅ Nossos corretores top faturaram mais de R$ 35 mil POR MÊS em 2024!!!'],
    ['👉 Nos meilleurs conseillers dépassent 150 000 € de CA par an 💶'],
    ['Watched you run the auction - getting it from $2.1m to $2.46m after both bidders went quiet was impressive.'],
  ])('reads others’ takings or a sale’s price as no pay: %s', (text) => {
    expect(findPay(text).pay).toBeNull();
  });
  it('reads an agent’s retainer, not the commission threshold after it', () => {
    const text = "We're after a Sales Agent for our Bondi office: $90k retainer + super, then 45% of GCI over $250k.";
    expect(readMessage(text).pay).toMatchObject({ min: 90000, period: 'year', currency: 'AUD' });
  });
});

describe('Mongolia, Cambodia, Laos, West Africa, Albania and Malta: their moneys, digits, periods, "from" and "up to"', () => {
  it.each([
    ['• Цалин: сарын 4,500,000–6,000,000₮ (татвар суутгахаас өмнө)', { min: 4500000, max: 6000000, period: 'month', currency: 'MNT' }],
    ['Цалингийн хувьд сарын 7 сая төгрөгөөс эхэлнэ.', { min: 7000000, openTop: true, period: 'month', currency: 'MNT' }],
    ['Сарын цалин 3,500,000₮-с дээш + бүтээмжийн урамшуулал.', { min: 3500000, openTop: true, currency: 'MNT' }],
    ['- ប្រាក់ខែ៖ ៣៥០$ – ៥០០$ (អាស្រ័យលើបទពិសោធន៍)', { min: 350, max: 500, period: 'month', currency: 'USD' }],
    ['👉 ប្រាក់ខែ $600-$800/ខែ (អាចចរចាបាន)', { min: 600, max: 800, period: 'month', currency: 'USD' }],
    ['🎧 ជ្រើសរើសបុគ្គលិក ៨០ នាក់ - ប្រាក់ខែរហូតដល់ $450', { min: null, max: 450, currency: 'USD' }],
    ['ເງິນເດືອນ 1.500 USD ຕໍ່ເດືອນ (ກ່ອນຫັກອາກອນ)', { min: 1500, period: 'month', currency: 'USD' }],
    ['ເງິນເດືອນ 2.500.000 ກີບ/ເດືອນ + ຄ່າລ່ວງເວລາ', { min: 2500000, period: 'month', currency: 'LAK' }],
    ['Lương: 350.000 - 450.000đ/giờ, tuỳ IELTS', { min: 350000, max: 450000, period: 'hour', currency: 'VND' }],
    ['450k vnd/hr, paid cash every 2 weeks', { min: 450000, period: 'hour', currency: 'VND' }],
    ['Tuyen 50 GV tieng Anh. Luong len toi 30 trieu VND/thang, bao an o.', { min: null, max: 30000000, period: 'month', currency: 'VND' }],
    ['KoloPay Salone, Freetown.\n✅ Pay: NLe 2,500 every mont', { min: 2500, period: 'month', currency: 'SLE' }],
    ['Di pay na NLe 18,000 to NLe 22,000 every mont. Freetown', { min: 18000, max: 22000, period: 'month', currency: 'SLE' }],
    ['Salary LD 18,000 every month + uniform + lunch. Monrovia.', { min: 18000, period: 'month', currency: 'LRD' }],
    ['• D 45,000 per month, net. Bijilo Palms Beach Resort, Gambia', { min: 45000, period: 'month', currency: 'GMD' }],
    ['Pay bi: D 6,000 ci weer wi + service charge. Banjul', { min: 6000, period: 'month', currency: 'GMD' }],
    ['Ma company for Bamenda: Dem di pay 150k CFA for month, plus transport 25k.', { min: 150000, period: 'month', currency: 'XAF' }],
    ['VoxLine Albania: Paga nga 650 euro/muaj + bonuse deri 200 euro! Tirane', { min: 650, openTop: true, period: 'month' }],
    ['💰 Paga 800 deri 1200€ ne muaj + bonus mujor deri 300€', { min: 800, max: 1200, period: 'month', currency: 'EUR' }],
    ['Paga është 200–250 mijë lekë neto në muaj, plus bonus', { min: 200000, max: 250000, period: 'month', currency: 'ALL' }],
    ['Paga 30-35€ dite neto, akomodim dhe ushqim falas', { min: 30, max: 35, period: 'day', currency: 'EUR' }],
    ['Bonġu! €10.50 kull siegħa, xogħol mill-ewwel', { min: 10.5, period: 'hour', currency: 'EUR' }],
    ['Salarju: €1,650 gross fix-xahar', { min: 1650, period: 'month', currency: 'EUR' }],
  ])('reads %s', (text, expected) => {
    expect(readMessage(text).pay).toMatchObject(expected);
  });
  it('reads days off after a pay in Albanian as no daily pay', () => {
    const text = 'Paga: 1.800–2.200 € neto në muaj, plus paga e 13-të dhe 21 ditë pushim.';
    expect(readMessage(text).pay).toMatchObject({ min: 1800, max: 2200, period: 'month', currency: 'EUR' });
  });
  it('reads no leone in a French date', () => {
    expect(readMessage('Le 14 mars, salaire 2 000 € par mois').pay).toMatchObject({ min: 2000, currency: 'EUR' });
  });
});

describe('a pound grouped with dots in a German message, a Korean month before a figure, moneys by their Chinese names', () => {
  it.each([
    ['Die Vergütung liegt bei GBP 110.000 – 125.000 p.a. zzgl. Bonus.', { min: 110000, max: 125000, currency: 'GBP' }],
    ['Wir stellen uns ein Fixgehalt zwischen £95.000 und £110.000 brutto p.a. vor', { min: 95000, max: 110000, currency: 'GBP' }],
    ['■ 급여: 월 1,500~1,800 USD (경력에 따라 협의)', { min: 1500, max: 1800, period: 'month', currency: 'USD' }],
    ['  - 급여: 월 310만~360만 원 (세전, 경력 호봉 반영)', { min: 3100000, max: 3600000, period: 'month', currency: 'KRW' }],
    ['3）月薪：12,000–15,000 迪拉姆（AED），免个人所得税', { min: 12000, max: 15000, period: 'month', currency: 'AED' }],
    ['• Basic salary EUR 9,800 per month\n• Sector pay EUR 40 per sector above 4 sectors/day', { min: 9800, currency: 'EUR' }],
  ])('reads %s', (text, expected) => {
    expect(readMessage(text).pay).toMatchObject(expected);
  });
});

describe('a pilot’s pay: a sum per sector is by the piece even with a day named after it; "Training Captains" a title', () => {
  it('reads the salary, not the per diem nor the sector pay', () => {
    const text =
      '• EUR 9,800 net per month (fixed, paid regardless of hours flown)\n• Per diem EUR 95 per day away from base\n• Sector pay EUR 40 per sector above 4 sectors/day';
    expect(readMessage(text).pay).toMatchObject({ min: 9800, period: 'month', currency: 'EUR' });
  });
  it('reads a range for Training Captains, a training allowance beside it no pay', () => {
    const text = 'Base salary for our ATR Training Captains is £78,000–£86,000 per annum. Training allowance on top.';
    expect(readMessage(text).pay).toMatchObject({ min: 78000, max: 86000, currency: 'GBP' });
    expect(findPay('Training budget £2,000 per year').pay).toBeNull();
  });
});

describe('film crews, pickers, bankers and oil workers: their periods, units, scales and moneys', () => {
  it.each([
    ['Rate is £465 per 10-hour day (plus lunch), OT at 1.5x after that', { min: 465, period: 'day', currency: 'GBP' }],
    ['Wochengage 1.950 € brutto (5-Tage-Woche, Tarif 50+ Std.)', { min: 1950, period: 'week', currency: 'EUR' }],
    ['SEM EXPERIENCIA. Salario ate R$ 6.800/mes + alimentacao a bordo.', { min: null, max: 6800, period: 'month', currency: 'BRL' }],
    ['Timepris: 1 150–1 300 kr eks. mva., avhengig av erfaring. Stavanger, Norge', { min: 1150, max: 1300, period: 'hour' }],
    ['- Lønnsnivå fra 1,15 mill. kr i året, pluss årlig bonus', { min: 1150000, openTop: true, period: 'year' }],
    ['Ставка: 320 USD в сутки (gross), оплачиваются дни на вахте', { min: 320, period: 'day', currency: 'USD' }],
    ['- Salário a partir de 650.000,00 Kz/mês (ilíquido)', { min: 650000, openTop: true, period: 'month', currency: 'AOA' }],
    ['💴時給1,250円〜（22時〜翌5時は時給1,563円〜）', { min: 1250, openTop: true, period: 'hour', currency: 'JPY' }],
    ['💰 รับประกันค่าจ้างขั้นต่ำ 26,500 โครนสวีเดน/เดือน (ก่อนหักภาษี)', { min: 26500, period: 'month', currency: 'SEK' }],
    ['💰 年包：30-35万新币（含base和年终），另有住房补贴每月3000新币', { min: 300000, max: 350000, period: 'year', currency: 'SGD' }],
  ])('reads %s', (text, expected) => {
    expect(readMessage(text).pay).toMatchObject(expected);
  });
  it.each([
    ["Bonne nouvelle : plus de 4 millions de mots traduits l'an dernier."],
    ['Colegii noștri de anul trecut au strâns și 1.800 € într-o lună, depinde numai de voi!'],
    ['The piece rate for blueberries is $0.62/lb if that comes out higher than the hourly rate.'],
  ])('reads no pay in %s', (text) => {
    expect(findPay(text).pay).toBeNull();
  });
  it('reads the pay, not a channel’s subscribers in lakhs', () => {
    const text = '💰 *सैलरी: ₹18,000 से ₹26,000 प्रति माह*\n✅ हमारे चैनल्स पर 50 लाख+ सब्सक्राइबर';
    expect(readMessage(text).pay).toMatchObject({ min: 18000, max: 26000, period: 'month', currency: 'INR' });
  });
});

describe('a Persian salary labelled monthly before its figure, a Russian rouble typed in Latin letters', () => {
  it('reads a base salary whose label says monthly, not the loan ceiling after it', () => {
    const text = '- حقوق پایهٔ ماهانه ۴۲۰٬۰۰۰٬۰۰۰ ریال\n- بیمهٔ تکمیلی و تسهیلات قرض‌الحسنه تا سقف ۱٬۵۰۰٬۰۰۰٬۰۰۰ ریال';
    expect(readMessage(text).pay).toMatchObject({ min: 420000000, period: 'month', currency: 'IRR' });
  });
  it('reads "do 7 000 r/den" as up to 7,000 roubles a day', () => {
    const text = 'SpeedBox: Kurer-partner v Vash raion! Dohod do 7 000 r/den, vyplaty ezhednevno.';
    expect(readMessage(text).pay).toMatchObject({ min: null, max: 7000, period: 'day', currency: 'RUB' });
  });
  it('reads no rouble in revolutions a minute', () => {
    expect(findPay('Motor speed 5 r/min at idle').pay).toBeNull();
  });
});

describe('the moneys of the Caribbean, Central America, the Indian Ocean, North Africa and the Caucasus', () => {
  it.each([
    // Signs with letters, and signs that name another money where the message is set.
    ['Pay: Bds$18.75 per hour, Bridgetown', { min: 18.75, period: 'hour', currency: 'BBD' }],
    ['The salary is BZ$2,400 to BZ$2,900 a month plus housing.', { min: 2400, max: 2900, period: 'month', currency: 'BZD' }],
    ['Salary: B$61,000 - B$66,000 per annum. Based at our Nassau office.', { min: 61000, max: 66000, period: 'year', currency: 'BSD' }],
    ['Salario C$ 41,000 - C$ 47,000 mensuales. Oficina en Managua.', { min: 41000, max: 47000, period: 'month', currency: 'NIO' }],
    ['Salary: C$ 88,000 a year. Office in Winnipeg.', { min: 88000, period: 'year', currency: 'CAD' }],
    ['Pagamos L3,100 x semana + bono. Planta en San Pedro Sula, Honduras.', { min: 3100, period: 'week', currency: 'HNL' }],
    ['• Q28k–Q33k mensuales, oficina en zona 10, Guatemala', { min: 28000, max: 33000, period: 'month', currency: 'GTQ' }],
    ['- Lapey SR 19,500 par mwan net. Baz lo Praslin, Seychelles', { min: 19500, period: 'month', currency: 'SCR' }],
    ['• Salary: Rf 31,000 per month plus service charge', { min: 31000, period: 'month', currency: 'MVR' }],
    // Codes a message writes.
    ['Package: LYD 3,500-4,200 monthly net, Tripoli', { min: 3500, max: 4200, period: 'month', currency: 'LYD' }],
    ['Compensation: DZD 380,000 net per month, Hassi Messaoud', { min: 380000, period: 'month', currency: 'DZD' }],
    ['Daily rate: SSP 30,000 per day worked, Juba', { min: 30000, period: 'day', currency: 'SSP' }],
    // Names after the figure, and the periods of Creoles, Malagasy and Somali.
    ['Rémunération : entre 120 000 et 150 000 gourdes brutes par mois', { min: 120000, max: 150000, period: 'month', currency: 'HTG' }],
    ['Salè: 41 000 goud pa mwa + bonis', { min: 41000, period: 'month', currency: 'HTG' }],
    ['Sueldo de 6.200.000 guaraníes mensuales en Asunción', { min: 6200000, period: 'month', currency: 'PYG' }],
    [
      'Karama: 700 000 Ar - 950 000 Ar isam-bolana, Antananarivo, Madagascar',
      { min: 700000, max: 950000, period: 'month', currency: 'MGA' },
    ],
    ["Ny sarany dia 380 000 Ar isan'andro, Madagasikara", { min: 380000, period: 'day', currency: 'MGA' }],
    ['Mushaharka: 800 ilaa 1,000 doollar bishii', { min: 800, max: 1000, period: 'month', currency: 'USD' }],
    ['Mushahar ilaa 450 doollar bishii + cunto', { min: null, max: 450, period: 'month', currency: 'USD' }],
    // The rupee of Mauritius and the Seychelles, in English, French and Kreol.
    ['Saler Rs 16 000/mwa + transpor. Faktori dan Vacoas, Mauritius', { min: 16000, period: 'month', currency: 'MUR' }],
    ['Côté package : entre 65K et 85K roupies par mois. Bureaux à Ebène', { min: 65000, max: 85000, period: 'month', currency: 'MUR' }],
    // Moldova's leu, Belarus's rouble, and "from" on the money in Azerbaijani and Georgian.
    ['Salariul: 22 000 lei pe lună brut, Chișinău', { min: 22000, period: 'month', currency: 'MDL' }],
    ['Salariul: 9 000 lei pe lună brut, Cluj-Napoca', { min: 9000, period: 'month', currency: 'RON' }],
    ['Зарплата ад 7 500 бел. руб. у месяц на руку', { min: 7500, openTop: true, period: 'month', currency: 'BYN' }],
    ['- Aylıq maaş: 950 AZN-dən başlayaraq', { min: 950, openTop: true, period: 'month', currency: 'AZN' }],
    ['ხელფასი თვეში 1 400 ₾-დან + ბონუსი', { min: 1400, openTop: true, period: 'month', currency: 'GEL' }],
    ['aylıq maaş 1200-1600 arası, rəsmi müqavilə', { min: 1200, max: 1600, period: 'month' }],
    ['💰 Оплата 9 500 грн на тиждень, виплати щоп’ятниці', { min: 9500, period: 'week', currency: 'UAH' }],
    // A Spanish million after a range's top, and the Faroes' and Luxembourg's months.
    ['- Compensación: RD$ 1.8 a 2.2 millones anuales brutos', { min: 1800000, max: 2200000, period: 'year', currency: 'DOP' }],
    [
      'Tú ert tryggjaður minst 28.000 kr um mánaðin. Skipið liggur í Klaksvík.',
      { min: 28000, openTop: true, period: 'month', currency: 'DKK' },
    ],
    ["Fir d'Pai bidde mir ronn 6.800 € brutto de Mount", { min: 6800, period: 'month', currency: 'EUR' }],
  ])('reads %s', (text, expected) => {
    expect(readMessage(text).pay).toMatchObject(expected);
  });
  it('reads the offer, not what the reader earns today in Spanish', () => {
    const text = 'Entiendo que hoy estás en B/. 2,100, y lo que te podemos ofrecer es B/. 2,600 mensuales.';
    expect(readMessage(text).pay).toMatchObject({ min: 2600, period: 'month', currency: 'PAB' });
  });
  it('reads the base, not the market average a salary survey gives', () => {
    const text =
      '- Fixe : 2 300 000 Ar brut par mois\nPour information, notre dernière enquête de rémunération situe le salaire moyen du marché pour ce type de poste autour de 1,9 M Ar brut. Antananarivo';
    expect(readMessage(text).pay).toMatchObject({ min: 2300000, period: 'month', currency: 'MGA' });
  });
  it('reads an OTE on a row with dot leaders beside the base', () => {
    const text = 'Guatemala City\n  Base salary ........ Q12,000 / month\n  OTE ................ Q19,000 / month (uncapped)';
    const found = readMessage(text);
    expect(found.pay).toMatchObject({ min: 12000, period: 'month', currency: 'GTQ' });
    expect(found.ote).toMatchObject({ min: 19000, period: 'month', currency: 'GTQ' });
  });
  it.each([
    ['La empresa factura US$ 2 a 3 millones en ventas al año.'],
    ['Our stack is BSD 14 on the edge boxes; salary is discussed later.'],
  ])('reads no pay in %s', (text) => {
    expect(findPay(text).pay).toBeNull();
  });
});

describe('the pataca, the ngultrum (and a pay scale with its step), the Burundian franc, and "Bs." by the country named', () => {
  it.each([
    ['Now hiring dealers, MOP 16,500-19,000/mth + double pay. Macau', { min: 16500, max: 19000, period: 'month', currency: 'MOP' }],
    ['Salary MOP$12,000 - 14,500 per month', { min: 12000, max: 14500, period: 'month', currency: 'MOP' }],
    ['Daily rate: Nu. 1,900 per day, Paro', { min: 1900, period: 'day', currency: 'BTN' }],
    ['Salaire : 1 900 000 FBu par mois, Bujumbura', { min: 1900000, period: 'month', currency: 'BIF' }],
    ['Haber básico de Bs. 7.900 a Bs. 9.800 mensuales. Cochabamba, Bolivia', { min: 7900, max: 9800, period: 'month', currency: 'BOB' }],
    ['Sueldo Bs. 5.200 mensuales, oficina en Caracas', { min: 5200, period: 'month', currency: 'VES' }],
    ['Pay scale: Nu. 28,900 – 540 – 37,000 per month, Thimphu', { min: 28900, max: 37000, period: 'month', currency: 'BTN' }],
  ])('reads %s', (text, expected) => {
    expect(readMessage(text).pay).toMatchObject(expected);
  });
});

describe('the rupees of Sri Lanka and Nepal in their letters, East Africa’s moneys and periods, the yen by its name', () => {
  it.each([
    ['✔ මසකට රු. 58,000 දක්වා (OT සමඟ)', { min: null, max: 58000, period: 'month', currency: 'LKR' }],
    ['• මාසික වැටුප රු. 240,000 සිට', { min: 240000, openTop: true, period: 'month', currency: 'LKR' }],
    ['- மாதச் சம்பளம்: ரூ. 160,000 – 190,000, EPF/ETF உண்டு', { min: 160000, max: 190000, period: 'month', currency: 'LKR' }],
    ['Pay would be NRs. 55,000–70,000 per month, net of tax', { min: 55000, max: 70000, period: 'month', currency: 'NPR' }],
    ['Front Office Manager at our Paro resort, Nu 42000 pm consolidated', { min: 42000, period: 'month', currency: 'BTN' }],
    ['Rémunération : à partir de 1 200 000 Frw brut par mois, Kigali', { min: 1200000, openTop: true, period: 'month', currency: 'RWF' }],
    ['Umushahara: guhera kuri 580,000 Frw ku kwezi, i Kigali', { min: 580000, openTop: true, period: 'month', currency: 'RWF' }],
    ['Omusaala: shs 11,000 buli lunaku, Mukono, Uganda', { min: 11000, period: 'day', currency: 'UGX' }],
    ['ደመወዝ፦ እስከ 95,000 ብር በወር', { min: null, max: 95000, period: 'month', currency: 'ETB' }],
    ['Jornal: 120.000 guaraníes por día, San Pedro', { min: 120000, period: 'day', currency: 'PYG' }],
    ['The salary is 14.200 bolivianos gross per month, La Paz', { min: 14200, period: 'month', currency: 'BOB' }],
    ['- Lương: 1.250 yên/giờ, tăng ca tính 125%', { min: 1250, period: 'hour', currency: 'JPY' }],
    ['- Monthly salary: 215,000 yen (before tax)', { min: 215000, period: 'month', currency: 'JPY' }],
    ['・月薪 MOP 38,000 – 44,000', { min: 38000, max: 44000, period: 'month', currency: 'MOP' }],
    ['💵 月薪 MOP$12,000 - 14,000 + 銷售佣金', { min: 12000, max: 14000, period: 'month', currency: 'MOP' }],
    ['• 月薪：港幣 52,000 元（HK$52,000），每年十三個月', { min: 52000, period: 'month', currency: 'HKD' }],
  ])('reads %s', (text, expected) => {
    expect(readMessage(text).pay).toMatchObject(expected);
  });
  it.each([['Kampala office: 12 staff, shs not quoted'], ['Nu 3 new hires this week in Utrecht']])('reads no pay in %s', (text) => {
    expect(findPay(text).pay).toBeNull();
  });
});

describe('"p.m" as a month after a sum, Twi’s day', () => {
  it.each([
    ['Guards needed in Nairobi. Salary 16,500 p.m + free uniform.', { min: 16500, period: 'month' }],
    ['✅ Akatua: GH₵ 90 da biara, yɛtua Friday biara', { min: 90, period: 'day', currency: 'GHS' }],
  ])('reads %s', (text, expected) => {
    expect(readMessage(text).pay).toMatchObject(expected);
  });
  it('reads no pay in a time of day', () => {
    expect(findPay('Come in at 5 p.m. for the interview.').pay).toBeNull();
  });
});

describe('what the best sellers made, in Greek', () => {
  it('reads the base and the OTE, not the best sellers’ takings', () => {
    const found = readMessage('✅ Βασικός μισθός €22.000 ετησίως\n✅ OTE €40.000+ (οι καλύτεροί μας έβγαλαν πάνω από €85.000 πέρσι!!)');
    expect(found.pay).toMatchObject({ min: 22000, period: 'year', currency: 'EUR' });
    expect(found.ote).toMatchObject({ min: 40000 });
  });
});

describe('ranges joined by Sinhala, Kinyarwanda and Amharic words, and the shillings and yuan of their own places', () => {
  it.each([
    ['වැටුප රු. 45,000 සිට 70,000 දක්වා', { min: 45000, max: 70000, currency: 'LKR' }],
    [
      'Umushahara: guhera kuri 280,000 kugeza kuri 420,000 Frw ku kwezi, Kigali',
      { min: 280000, max: 420000, period: 'month', currency: 'RWF' },
    ],
    ['ደመወዝ፦ ከ 18,000 እስከ 26,000 ብር በወር', { min: 18000, max: 26000, period: 'month', currency: 'ETB' }],
    ['• 月薪：港幣 48,000 元', { min: 48000, period: 'month', currency: 'HKD' }],
    ['深圳南山，月薪 28,000 元，另有港币补贴', { min: 28000, period: 'month', currency: 'CNY' }],
  ])('reads %s', (text, expected) => {
    expect(readMessage(text).pay).toMatchObject(expected);
  });
  it('reads no Ugandan shilling in a Nairobi job that names Uganda', () => {
    expect(readMessage('Salary shs 45,000 per month, Nairobi office; travel to Uganda twice a year.').pay?.currency).not.toBe('UGX');
  });
});

describe('a day said before the figure in Dzongkha', () => {
  it.each([['གླ་ཆ་ ཉིན་རེ་ལུ་ Nu. 2,400 དང་ བཀྲིས་འབུལ་ (tips)', { min: 2400, period: 'day', currency: 'BTN' }]])('reads %s', (text, expected) => {
    expect(readMessage(text).pay).toMatchObject(expected);
  });
});

describe('Burundi’s franc grouped with dots, a Hindi day’s wage', () => {
  it.each([
    ['Umushahara: Fbu 720.000 ku kwezi + frais de mission, Bujumbura', { min: 720000, period: 'month', currency: 'BIF' }],
    ['रोज़ का ₹700 मिलेगा, 12 घंटे ड्यूटी', { min: 700, period: 'day', currency: 'INR' }],
  ])('reads %s', (text, expected) => {
    expect(readMessage(text).pay).toMatchObject(expected);
  });
});

describe('Afrikaans "Vergoeding:" as a salary’s label, and isiZulu’s and isiXhosa’s periods', () => {
  it.each([
    [
      'Vergoeding: R78 000 – R88 000 per maand KVM. Ons kliënt is in die Vrystaat.',
      { min: 78000, max: 88000, period: 'month', currency: 'ZAR' },
    ],
    ['Iholo: R6 200 ngenyanga + ama-incentive. Durban', { min: 6200, period: 'month', currency: 'ZAR' }],
    ['Iholo liyi-R980 000 – R1 150 000 ngonyaka, eMgungundlovu, KwaZulu', { min: 980000, max: 1150000, period: 'year', currency: 'ZAR' }],
    ['Umvuzo: R320 ngosuku, Rustenburg', { min: 320, period: 'day', currency: 'ZAR' }],
    ['Umvuzo: R130 ngeyure. Gqeberha', { min: 130, period: 'hour', currency: 'ZAR' }],
  ])('reads %s', (text, expected) => {
    expect(readMessage(text).pay).toMatchObject(expected);
  });
  it('reads no pay in a day’s hours in Sesotho', () => {
    expect(findPay('Dihora tse 9 ka letsatsi, matsatsi a 6 ka beke.').pay).toBeNull();
  });
  it('reads a Dutch travel allowance as no pay', () => {
    expect(findPay('Reiskostenvergoeding € 0,23 per km').pay).toBeNull();
  });
});

describe('the guilders, the florin, Suriname’s dollar and the Pacific’s moneys, with their periods', () => {
  it.each([
    ['✅ Salario: NAf. 12,50 pa ora + tip, Willemstad', { min: 12.5, period: 'hour', currency: 'ANG' }],
    ['- Salary Afl. 6.900 – 8.100 per month gross, Oranjestad', { min: 6900, max: 8100, period: 'month', currency: 'AWG' }],
    ['- Salario: Afl. 3.950,- pa luna (bruto)', { min: 3950, period: 'month', currency: 'AWG' }],
    ['💰 Cg 2.200 – Cg 2.600 bruto per month', { min: 2200, max: 2600, period: 'month', currency: 'XCG' }],
    ['💵 Moni: SRD 420 wan dei, wi e pai ibri wiki', { min: 420, period: 'day', currency: 'SRD' }],
    ['• Vahe: T$10.50 ki he houa', { min: 10.5, period: 'hour', currency: 'TOP' }],
    ['The salary is T$40,000 – T$46,000 per annum', { min: 40000, max: 46000, period: 'year', currency: 'TOP' }],
    ['Salary hem SBD 6,200 evri mans, plus haos', { min: 6200, period: 'month', currency: 'SBD' }],
    ['Salary is up to WST 65k depending on experience', { min: null, max: 65000, period: 'year', currency: 'WST' }],
    ['• Base salary VT 600,000 per month (gross), Port Vila', { min: 600000, period: 'month', currency: 'VUV' }],
    ['Pei hem i VT 130,000 long wan manis (bifo VNPF)', { min: 130000, period: 'month', currency: 'VUV' }],
    ['- Salaire : 160 000 VT net par mois, Port-Vila', { min: 160000, period: 'month', currency: 'VUV' }],
  ])('reads %s', (text, expected) => {
    expect(readMessage(text).pay).toMatchObject(expected);
  });
  it.each([
    ['Salário R$ 3.200 + VT + VR', { min: 3200, currency: 'BRL' }],
    ['Earn up to NAf 7,000/month. We just signed 2 new clients worth over € 2 million a year!', { max: 7000, currency: 'ANG' }],
  ])('reads %s as before', (text, expected) => {
    expect(readMessage(text).pay).toMatchObject(expected);
  });
  it('reads no vatu in a US state', () => {
    expect(readMessage('Burlington, VT 05401. Salary $62,000 a year.').pay).toMatchObject({ min: 62000, currency: 'USD' });
  });
});

describe('the review-76 guards: a survey beside the offer, capitals, counts of hours, vouchers, allowances', () => {
  it.each([
    [
      'According to the Hays salary survey the market rate is £58k, but we are offering £66,000 plus bonus.',
      { min: 66000, currency: 'GBP' },
    ],
    ['Iholo: R6 000 ngenyanga, Durban. Sebenza amahora ayi-10 ngosuku.', { min: 6000, period: 'month', currency: 'ZAR' }],
    [
      'Akwaaba! Yɛhwehwɛ driver. Adwuma nnɔnhwerew 10 da biara. Akatua: GH₵ 2,400 a month.',
      { min: 2400, period: 'month', currency: 'GHS' },
    ],
  ])('reads %s', (text, expected) => {
    expect(readMessage(text).pay).toMatchObject(expected);
  });
  it.each([
    ['Benefícios: R$ 220,00 VT + R$ 30,00 VR por dia. Salário a combinar.'],
    ['Vergoeding: €250 per maand thuiswerkvergoeding, geen loon.'],
    ['Amahora ayi-9 ngosuku, izinsuku ezi-5 ngeviki.'],
  ])('reads no pay in %s', (text) => {
    expect(readMessage(text).pay).toBeNull();
  });
  it('reads "TOP" in capitals as no money', () => {
    expect(readMessage('TOP 12.50 an hour for weekend shifts in Leeds!').pay?.currency).not.toBe('TOP');
  });
  it('reads a Kuwaiti dinar written with Persian letters as no Iraqi dinar', () => {
    expect(readMessage('الراتب 450 دینار شهرياً في الكويت').pay?.currency).not.toBe('IQD');
  });
});

describe('a day’s earnings in Hindi and a Polish day’s wage', () => {
  it.each([
    ['💰 रोज़ की कमाई ₹700 से ₹1,100 तक', { min: 700, max: 1100, period: 'day', currency: 'INR' }],
    ['Dniowka 480 zl netto + diety jak wczesniej.', { min: 480, period: 'day', currency: 'PLN' }],
  ])('reads %s', (text, expected) => {
    expect(readMessage(text).pay).toMatchObject(expected);
  });
});

describe('Cape Verde’s escudo, São Tomé’s dobra, the afghani and the somoni, and periods in Marathi, Tamil and Bengali', () => {
  it.each([
    ['• Vencimento entre 110.000$00 e 140.000$00 ilíquidos/mês, Praia', { min: 110000, max: 140000, period: 'month', currency: 'CVE' }],
    ['✅ Salariu ti 52.000$00 pa mes', { min: 52000, period: 'month', currency: 'CVE' }],
    ['Salario a partir de 7.200 Db/mes + subsidio', { min: 7200, openTop: true, period: 'month', currency: 'STN' }],
    ['Salário de 700.000 FCFA líquidos por mês, Bafatá, Guiné-Bissau', { min: 700000, period: 'month', currency: 'XOF' }],
    ['Package: AFN 100,000 – 130,000 per month, net of tax', { min: 100000, max: 130000, period: 'month', currency: 'AFN' }],
    ['• Маош: 6 000 – 7 500 сомонӣ дар як моҳ', { min: 6000, max: 7500, period: 'month', currency: 'TJS' }],
    ['– маоши моҳона: 4 200 сомонӣ (пас аз андоз)', { min: 4200, period: 'month', currency: 'TJS' }],
    ['एकत्रित मानधन दरमहा ₹१६,०००. परीक्षा नाही.', { min: 16000, period: 'month', currency: 'INR' }],
    ['• ஊதியம்: மாதம் ₹32,000 + HRA', { min: 32000, period: 'month', currency: 'INR' }],
    ['தினமும் ₹1,400 வரை சம்பாதிக்கலாம்', { min: null, max: 1400, period: 'day', currency: 'INR' }],
    ['• সম্মানদক্ষিণা: প্রতি কর্মদিবস ₹১,১০০', { min: 1100, period: 'day', currency: 'INR' }],
  ])('reads %s', (text, expected) => {
    expect(readMessage(text).pay).toMatchObject(expected);
  });
  it('reads a Dari salary labelled monthly', () => {
    expect(readMessage('- معاش ماهوار: ۸۰٬۰۰۰ تا ۱۰۰٬۰۰۰ افغانی (خالص)').pay).toMatchObject({
      min: 80000,
      max: 100000,
      period: 'month',
      currency: 'AFN',
    });
  });
});

describe('the review-77 guards: Russian "то", a day’s or a month’s word only right before the figure', () => {
  it.each([
    ['Маош то 4 500 сомонӣ дар як моҳ + бонус', { min: null, max: 4500, period: 'month', currency: 'TJS' }],
    ['Если есть опыт, то 260 000 ₽ в месяц', { min: 260000, period: 'month', currency: 'RUB' }],
    ['रोज की 9 घंटे की शिफ्ट और मासिक वेतन ₹13,000', { min: 13000, period: 'month', currency: 'INR' }],
    ['Dniówka 12h, wynagrodzenie 6 000 zł miesięcznie', { min: 6000, period: 'month', currency: 'PLN' }],
  ])('reads %s', (text, expected) => {
    expect(readMessage(text).pay).toMatchObject(expected);
  });
});

describe('a rate per lecture hour, Pashto thousands grouped with the Arabic comma', () => {
  it('reads a rate per lecture hour', () => {
    expect(readMessage('Remuneration : Rs. 1,400/- per lecture hour as per UGC norms').pay).toMatchObject({
      min: 1400,
      period: 'hour',
      currency: 'INR',
    });
  });
  it('reads a Pashto salary grouped with the Arabic comma', () => {
    expect(readMessage('میاشتنی معاش ۴۵،۰۰۰ افغانۍ دی').pay).toMatchObject({ min: 45000, period: 'month', currency: 'AFN' });
  });
});

describe('Pashto’s "up to"', () => {
  it('reads a ceiling', () => {
    expect(readMessage('میاشتنی معاش تر ۳۸،۰۰۰ افغانیو پورې').pay).toMatchObject({ min: null, max: 38000, currency: 'AFN' });
  });
});

describe('the CFP franc, Baltic pay words, Romanian periods and more moneys and words read (sets 390 to 397)', () => {
  it.each([
    ['- Salary 720,000 – 850,000 XPF per month gross, paid over 13 months', [720_000, 850_000, 'month', 'XPF', false]],
    ['le salaire est compris entre 395 000 et 440 000 F CFP bruts par mois, selon', [395_000, 440_000, 'month', 'XPF', false]],
    ['Salaire 250 000 FCFP par mois', [250_000, null, 'month', 'XPF', false]],
    ['pays approximately 5,400,000 XPF a year gross.', [5_400_000, null, 'year', 'XPF', false]],
    ['✅ Bazinis atlyginimas 1 100 € (neatskaičius mokesčių)\n✅ Dienpinigiai 85–95 €/d.', [1100, null, 'month', 'EUR', false]],
    ['Atalgojums: no 2 600 EUR bruto mēnesī, gada prēmija un dienesta auto.', [2600, null, 'month', 'EUR', true]],
    ['A remuneração parte de R$ 14 mil por mês, CLT, com moradia na fazenda', [14_000, null, 'month', 'BRL', true]],
    ['Plata: 1.150 € pe săptămână, net, în fiecare vineri', [1150, null, 'week', 'EUR', false]],
    ['• Salariul: între 39.500 £ și 43.000 £ pe an, în funcție de experiență', [39_500, 43_000, 'year', 'GBP', false]],
    ['Wynagrodzenie: 850-1 050 GBP tygodniowo (zależnie od poziomu angielskiego)', [850, 1050, 'week', 'GBP', false]],
    ['2 600 € net/mwa + panié + dépla.', [2600, null, 'month', 'EUR', false]],
    ['Range: 60 - 80tr gross/tháng, review lương 2 lần/năm', [60_000_000, 80_000_000, 'month', 'VND', false]],
    ['Lương 25tr/tháng', [25_000_000, null, 'month', 'VND', false]],
  ])('%s', (text, [min, max, period, currency, openTop]) => {
    expect(readMessage(text).pay).toMatchObject({ min, max, period, currency, openTop });
  });

  it('reads an OTE in a text table beside the base', () => {
    const found = readMessage('| Base salary      | €34,000 gross / year          |\n| OTE              | €52,000 (uncapped commission) |');
    expect(found.pay).toMatchObject({ min: 34_000, period: 'year', currency: 'EUR', ote: false });
    expect(found.ote).toMatchObject({ min: 52_000, period: 'year', currency: 'EUR', ote: true });
  });
});

describe('figures that are not the reader’s pay (sets 390 to 397)', () => {
  it('refuses earnings said to be commission, in Portuguese', () => {
    expect(readMessage('✔️ Ganhos médios de R$ 8 mil a R$ 15 mil/mês em comissões 🤑').pay).toBeNull();
  });
  it('keeps a base with commission beside it', () => {
    expect(readMessage('Salário fixo de R$ 2.500,00 + comissões').pay).toMatchObject({ min: 2500, currency: 'BRL' });
  });
  it('refuses the pay of a labourer the reader brings, said a line later', () => {
    const text =
      'Need a bricklayer from the 24th for 6-8 wks. £230 a day, paid every Fri through CIS\n' +
      "Bring ur labourer if you've still got him, I'll pay him £140 a day";
    expect(readMessage(text).pay).toMatchObject({ min: 230, period: 'day', currency: 'GBP' });
  });
  it('refuses the value of the projects the job delivers', () => {
    const text =
      'a Project Manager to deliver office projects in the £2-10m range across central London.\n\n' +
      'Package: £65,000 - £75,000 + car allowance (£6k) + up to 10% bonus';
    expect(readMessage(text).pay).toMatchObject({ min: 65_000, max: 75_000, period: 'year', currency: 'GBP' });
  });
  it('refuses a count of things done a day, with a million and three words before them', () => {
    const text = 'We process roughly 2.1M card and wallet transactions a day across the UAE.\n\nAED 42,000–48,000 per month, all-in.';
    expect(readMessage(text).pay).toMatchObject({ min: 42_000, max: 48_000, period: 'month', currency: 'AED' });
  });
  it('refuses performance incentives, in the plural', () => {
    const text = '✔ USD 5–8/hour, paid bi-weekly\n✔ Performance incentives up to $200/month';
    expect(readMessage(text).pay).toMatchObject({ min: 5, max: 8, period: 'hour', currency: 'USD' });
  });
  it('refuses what the reader would earn if…, in French', () => {
    expect(readMessage("Et si tu gagnais jusqu'à 1 000 000 XPF par mois depuis Nouméa ? 💸").pay).toBeNull();
    expect(readMessage("Et si tu gagnais jusqu'à 6 000 € par mois depuis chez toi ?").pay).toBeNull();
    expect(readMessage('Vous gagnez 3 000 € par mois').pay).toMatchObject({ min: 3000, currency: 'EUR' });
  });
  it('takes no floor from a word ending the line above the figure', () => {
    expect(readMessage('8 mwa travay minimum\n2 600 € net/mwa').pay).toMatchObject({ min: 2600, openTop: false });
    expect(readMessage('Salaire minimum :\n2 600 € par mois').pay).toMatchObject({ min: 2600, openTop: true });
  });
  it('leaves a figure in 万 to the script reader', () => {
    const text = '坦白讲一下条件：base 50-70w，股票另算（4年归属），年终一般3-6个月。组里现在30人左右，DAU大概4200万，数据量肯定够你折腾';
    expect(readMessage(text).pay).toMatchObject({ min: 500_000, max: 700_000, period: 'year', currency: 'CNY' });
  });
});

describe('more forms read (sets 398 to 405)', () => {
  it.each([
    ['Daily salary €50-€300, paid same day via bank transfer!!', [50, 300, 'day', 'EUR', false]],
    [
      'Per la posizione partiamo da 2.150 € lordi mensili su 14 mensilità (CCNL Tessile, 5° livello: il minimo tabellare sarebbe 1.890 €, noi stiamo sopra).',
      [2150, null, 'month', 'EUR', true],
    ],
    ['💶 Banda salarial: 45-52K brutos anuales + retribución flexible\n📍 Madrid, modelo híbrido', [45_000, 52_000, 'year', 'EUR', false]],
    ['Podo ofrecerche 2.300 € netos ao mes, 14 pagas, e dous días libres', [2300, null, 'month', 'EUR', false]],
    ['Mshahara ni KES 2.1M hadi 2.6M kwa mwaka (gross), pamoja na bima', [2_100_000, 2_600_000, 'year', 'KES', false]],
    ['• Monthly net pay of ₦185,000 during the 12-month training period', [185_000, null, 'month', 'NGN', false]],
    ['- Entre 60 y 70 mil pesos netos al mes, por nómina\n- Híbrido en Guadalajara', [60_000, 70_000, 'month', 'MXN', false]],
    ['▪️ Salario básico mensual: $3.200.000\n▪️ Comisión hasta 1,5 SMMLV adicionales', [3_200_000, null, 'month', 'COP', false]],
    [
      'Percepción ordinaria mensual bruta: $32,467.92 (treinta y dos mil cuatrocientos sesenta y siete pesos 92/100 M.N.)',
      [32_467.92, null, 'month', 'MXN', false],
    ],
    [
      'Hi there! A US brand is hiring remote chat agents from home 🇲🇽 Earn $650 MXN/day, paid every Friday.',
      [650, null, 'day', 'MXN', false],
    ],
    ['80€ την ημέρα καθαρά + tips', [80, null, 'day', 'EUR', false]],
    ['Δίνουμε 130€ μικτά το μεροκάματο (8ωρο)', [130, null, 'day', 'EUR', false]],
    [
      'στο πλαίσιο του έργου (προϋπολογισμός 480.000,00€), με ειδικότητα:\nΜηνιαίες μικτές αποδοχές: 1.450,00€ (πλέον επιδομάτων).',
      [1450, null, 'month', 'EUR', false],
    ],
  ])('%s', (text, [min, max, period, currency, openTop]) => {
    expect(readMessage(text).pay).toMatchObject({ min, max, period, currency, openTop });
  });
  it('reads Swahili’s "up to"', () => {
    expect(readMessage('Pata hadi Ksh 2,000 kwa siku + free T-shirt na cap!').pay).toMatchObject({ min: null, max: 2000, period: 'day' });
  });
  it('refuses money the candidate brings for a form, and keeps a form named elsewhere', () => {
    expect(readMessage('Interview 9am sharp. Bring 2 passport photograph and ₦5,000 for form and ID card').pay).toBeNull();
    expect(readMessage('Salary: ₦150,000 monthly. Apply via the form below.').pay).toMatchObject({ min: 150_000, currency: 'NGN' });
  });
  it('still refuses what other agents earn', () => {
    expect(readMessage('Our agents Earn $5,000 a month').pay).toBeNull();
  });
});

describe('more forms read (sets 406 to 411)', () => {
  it.each([
    ['The role is offered at ₹18–22 lakh per annum CTC depending on your current level', [1_800_000, 2_200_000, 'year', 'INR', false]],
    ['A Senior PM role with a Series A fintech in London – up to £110k + equity, 4 days remote.', [null, 110_000, 'year', 'GBP', false]],
    ['Can do $145k package incl super, plus ute, fuel card and phone.', [145_000, null, 'year', 'AUD', false]],
    ['సంబళం: 30 నుంచి 38 LPA fixed, దాని పైన 10% variable.', [3_000_000, 3_800_000, 'year', 'INR', false]],
    ['சம்பளம் மாதம் ₹15,000 முதல் + இலவச தங்குமிடம்', [15_000, null, 'month', 'INR', true]],
    ['Wynagrodzenie: 32 000 - 35 000 funtów rocznie brutto', [32_000, 35_000, 'year', 'GBP', false]],
    ['Salariul: între 85.000 și 95.000 £ brut pe an, plus bonus', [85_000, 95_000, 'year', 'GBP', false]],
    ["They started at £600 but I've got them up to £650 per day, outside IR35", [650, null, 'day', 'GBP', false]],
    ['ils peuvent monter à 4.200 € net par mois selon profil', [null, 4200, 'month', 'EUR', false]],
  ])('%s', (text, [min, max, period, currency, openTop]) => {
    expect(readMessage(text).pay).toMatchObject({ min, max, period, currency, openTop });
  });
  it('refuses a lender’s monthly disbursements', () => {
    expect(readMessage('Own the co-lending & BNPL roadmap (we disburse ₹200 Cr+ every month)').pay).toBeNull();
  });
  it('still refuses a round raised and an offer set against the reader’s current pay', () => {
    expect(readMessage('We raised a $40M Series B last spring and the team is 12 people.').pay).toBeNull();
    expect(readMessage('R950k – R1.1m based on your current package').pay).toBeNull();
  });
});

describe('more forms read (sets 418 to 423)', () => {
  it.each([
    ['Tarief: R165 – R210 per uur, afhangende van ondervinding', [165, 210, 'hour', 'ZAR', false]],
    ['Kassiere benodig in George. R32,50 p/u. Geen ervaring nodig.', [32.5, null, 'hour', 'ZAR', false]],
    ['Winkelbestuurder – Bloemfontein – R28 000 tot R32 000 basies', [28_000, 32_000, 'month', 'ZAR', false]],
    [
      'Estamos buscando Jefe de Packing (Rengo, VI Región).\nLe ofrecemos sueldo líquido de $1.750.000 mensual + bono',
      [1_750_000, null, 'month', 'CLP', false],
    ],
    ['Salary mashe 55k taka gross, sathe TA/DA 8,000', [55_000, null, 'month', 'BDT', false]],
    [
      'pozisyon için aylık brüt 120.000 – 145.000 TL aralığında bir bütçemiz var, üzerine yılda 2 ikramiye',
      [120_000, 145_000, 'month', 'TRY', false],
    ],
  ])('%s', (text, [min, max, period, currency, openTop]) => {
    expect(readMessage(text).pay).toMatchObject({ min, max, period, currency, openTop });
  });
  it('reads a budget for the post, and still refuses a training or a meal budget in Turkish', () => {
    expect(readMessage('Pozisyon için bütçe 185.000 TL aylık').pay).toMatchObject({ min: 185_000, period: 'month', currency: 'TRY' });
    expect(readMessage('Yemek bütçesi aylık net 4.000 TL').pay).toBeNull();
    expect(readMessage('Eğitim bütçesi yıllık 15.000 TL, maaş ayrıca konuşulur').pay).toBeNull();
  });
});

describe('pays from sets 424 to 431', () => {
  it.each<[string, [number | null, number | null, string, string, boolean]]>([
    // Hindi's and Marathi's month and rupees after the figure, and Marathi's "to".
    ['सैलरी ₹65,000 महीना इन-हैंड, साथ में दिवाली बोनस और PF अलग से।', [65_000, null, 'month', 'INR', false]],
    ['▪️ पगार: ₹१८,००० ते ₹२४,००० महिना (अनुभवानुसार)', [18_000, 24_000, 'month', 'INR', false]],
    // Kannada's "from" after the first figure, its "a day" before it and its "up to" after it; Bengali's "a day".
    ['ಸಂಬಳ ವರ್ಷಕ್ಕೆ ₹28 ರಿಂದ ₹34 ಲಕ್ಷ (fixed), ಜೊತೆಗೆ ESOP.', [2_800_000, 3_400_000, 'year', 'INR', false]],
    ['ದಿನಕ್ಕೆ ₹1,100 ವರೆಗೆ ಗಳಿಸಿ. ಜಾಯಿನಿಂಗ್ ಬೋನಸ್ ₹2,000.', [null, 1_100, 'day', 'INR', false]],
    ['রেট: দিনে ₹৬,৫০০ (TDS কেটে পেমেন্ট, মাসে ২২ দিন বিলিং)', [6_500, null, 'day', 'INR', false]],
    // France's building trades' allowance for working far from home is no pay.
    [
      "CDI, 2 900 à 3 200 € net/mois selon expérience + véhicule + IGD ~ 400€/mois, 5 ans d'expérience min.",
      [2_900, 3_200, 'month', 'EUR', false],
    ],
    // The US only as where the trucks run from Canada.
    [
      '🚛 TRANSPORT GAGNÉ-LAPOINTE cherche des CHAUFFEURS CLASSE 1 pour le longue distance Québec ➡️ Ontario ➡️ USA\n💰 Entre 1 600 $ et 1 850 $ BRUT par semaine',
      [1_600, 1_850, 'week', 'CAD', false],
    ],
  ])('%s', (text, [min, max, period, currency, openTop]) => {
    expect(readMessage(text).pay).toMatchObject({ min, max, period, currency, openTop });
  });
  it('refuses the allowance for working far from home, by its initials or its words', () => {
    expect(findPay('Chef d’équipe: indemnités de grand déplacement 55 €/jour.').pay).toBeNull();
    expect(findPay('+ IGD ~ 400€/mois').pay).toBeNull();
  });
  it('still reads the US dollar where the US is more than a route', () => {
    expect(readMessage('Trucks out of Dallas, Texas ➡️ USA-wide lanes, $1,600 a week.').pay).toMatchObject({ currency: 'USD' });
  });
});

describe("a chat export's phone numbers say where a dollar is (set 427)", () => {
  it('reads a Toronto number in the stamps as Canada, and a Los Angeles one as the US', () => {
    const chat = (phone: string) =>
      `[2025-10-28, 6:03 p.m.] ${phone}: Hi there!! Maple & Pine Outfitters is HIRING for the holiday rush\n[2025-10-28, 6:03 p.m.] ${phone}: Seasonal Sales Associates, $17.60 – $19.00/hr`;
    expect(readMessage(chat('+1 (416) 555-0193')).pay).toMatchObject({ min: 17.6, max: 19, period: 'hour', currency: 'CAD' });
    expect(readMessage(chat('+1 (213) 555-0193')).pay).toMatchObject({ min: 17.6, max: 19, period: 'hour', currency: 'USD' });
  });
  it('keeps the stamps’ phone numbers out of what is read as pay', () => {
    expect(chatStampPhones('[2025-10-28, 6:03 p.m.] +1 (416) 555-0193: Hi\n14/10/2025, 21:02 - +44 7700 900418: Hello')).toBe(
      '+1 (416) 555-0193\n+44 7700 900418',
    );
    expect(chatStampPhones('Hi there, call me at (416) 555-0193.')).toBeUndefined();
  });
});

describe("a chat export's phone numbers yield to the text (review 84)", () => {
  const chat = (phone: string, line: string) =>
    `[2025-10-28, 6:03 p.m.] ${phone}: Hi! We are hiring.\n[2025-10-28, 6:04 p.m.] ${phone}: ${line}`;
  it('keeps the place the text names, and the US dollar it names', () => {
    expect(readMessage(chat('+64 21 555 0182', 'Sydney office, $95,000 + super')).pay).toMatchObject({ currency: 'AUD' });
    expect(readMessage(chat('+1 (416) 555-0193', 'We pay in USD: $45/hr')).pay).toMatchObject({ currency: 'USD' });
  });
  it('reads no country from phones that point to two', () => {
    const text =
      '[2025-10-28, 6:03 p.m.] +1 (213) 555-0101: LA shop hiring, $20/hr\n[2025-10-28, 6:05 p.m.] +1 (416) 555-0193: Sounds good';
    expect(readMessage(text).pay).toMatchObject({ min: 20, currency: 'USD' });
  });
});

describe("the Gold Coast's slang names Australia's dollar (set 433)", () => {
  it('reads a "$" on the Goldy as the Australian dollar', () => {
    expect(readMessage('Hey mate, need a formworker for the Burleigh Heads job on the Goldy from Mon. $45/hr cash').pay).toMatchObject({
      min: 45,
      period: 'hour',
      currency: 'AUD',
    });
  });
});

describe('Italian "DA" shouted before a sum in euros is "from", not India\'s allowance (set 434)', () => {
  it('reads the weekly pay, and still refuses a dearness allowance in rupees', () => {
    expect(readMessage('💶 guadagni DA 350€ A SETTIMANA + mance 100% tue').pay).toMatchObject({
      min: 350,
      period: 'week',
      currency: 'EUR',
    });
    expect(findPay('Salary ₹18,000 per month plus DA ₹350/day').pay).toMatchObject({ min: 18_000, period: 'month' });
  });
});

describe('ceilings said in words, takings as a verb, a course by its worth (set 436)', () => {
  it.each<[string, [number | null, number | null, string, string]]>([
    ["pushed, but they can't go above £500 per day via one of their approved umbrellas.", [null, 500, 'day', 'GBP']],
    ['They won’t go above £650 a day, outside IR35.', [null, 650, 'day', 'GBP']],
  ])('reads a ceiling: %s', (text, [min, max, period, currency]) => {
    expect(readMessage(text).pay).toMatchObject({ min, max, period, currency });
  });
  it.each([
    ['We turned over £4.2m last year and have been profitable since 2019.'],
    ['NO EXPERIENCE NEEDED – we’ll fully fund your Level 4 Diploma (worth £4,500!)'],
  ])('reports no pay: %s', (text) => {
    expect(readMessage(text).pay).toBeNull();
  });
  it('still reads the reader’s own ceiling as theirs, a pay said to be worth its figure, and a cleaner’s turnover', () => {
    expect(readMessage('You mentioned your ceiling is £700/day; the client offers £575/day.').pay).toMatchObject({ min: 575 });
    expect(readMessage('Paid apprenticeship worth £9.50 per hour.').pay).toMatchObject({ min: 9.5, period: 'hour' });
    expect(readMessage('£90 a day to turn over the apartments between guests.').pay).toMatchObject({ min: 90, period: 'day' });
  });
  it('still reads a package said to be worth its pay, and a salary after a turn of phrase', () => {
    expect(readMessage('A package worth £85k base plus bonus.').pay).toMatchObject({ min: 85_000, currency: 'GBP' });
    expect(readMessage('We turned over the keys last week. Salary £45,000.').pay).toMatchObject({ min: 45_000, currency: 'GBP' });
  });
});

describe("India's, Ireland's and Scotland's words, a deduction, a medical claim (sets 444 to 449)", () => {
  it.each<[string, [number | null, number | null, string, string | null, boolean]]>([
    ['सीधी बात: फिक्स्ड ₹7.2 लाख सालाना। मुझे पता है आपका मौजूदा CTC लगभग ₹6 लाख है', [720_000, null, 'year', 'INR', false]],
    ['पगार महिना ₹२५,००० पासून पुढे, अनुभवानुसार वाढ.', [25_000, null, 'month', 'INR', true]],
    ['Roz ke ₹800 se ₹1500 kamao sirf 2-3 ghante kaam karke', [800, 1500, 'day', 'INR', false]],
    ['சம்பளம்: ₹16,000 - ₹21,000 மாதம் (கைக்கு)', [16_000, 21_000, 'month', 'INR', false]],
    ['Pá: €450 sa tseachtain + lóistín & béilí saor in aisce.', [450, null, 'week', 'EUR', false]],
    ['Tuarastal: €3,200 sa mhí', [3200, null, 'month', 'EUR', false]],
    [
      'CTC: Rs. 9.5 – 11 Lakhs p.a. (Fixed) + Incentives\nOther: DA Rs. 450/day (HQ), Rs. 900/day (ex-HQ), Medical claim for family (Rs. 5 Lakhs)',
      [950_000, 1_100_000, 'year', 'INR', false],
    ],
    [
      '£13.75 an hour, 40hrs/wk. Staff cottage is yours again if you want it (£85/wk taken off wages).',
      [13.75, null, 'hour', 'GBP', false],
    ],
    ['Lo que te puedo ofrecer:\n- Entre 12 y 15 millones de pesos mensuales, en Medellín', [12_000_000, 15_000_000, 'month', 'COP', false]],
  ])('%s', (text, [min, max, period, currency, openTop]) => {
    expect(readMessage(text).pay).toMatchObject({ min, max, period, currency, openTop });
  });
  it.each([
    ['हमारे क्लाइंट बैंक (42 शाखाएँ, कुल व्यवसाय ₹3,800 करोड़) को नई शाखा के लिए मैनेजर चाहिए।'],
    ['Tha taigh air màl ìosal (£450 a month) faisg air an taigh-staile.'],
    ['Te ofrecemos un bono de 2 millones de pesos.'],
  ])('reports no pay: %s', (text) => {
    expect(readMessage(text).pay).toBeNull();
  });
});

describe('a year’s pay and the month’s it comes to (review 87)', () => {
  it.each<[string, number]>([
    ['CTC ₹3.6 लाख सालाना (महीना ₹30,000 इन-हैंड)', 360_000],
    ['ஆண்டுக்கு ₹4.2 லட்சம் (₹35,000 மாதம்)', 420_000],
  ])('reads the year’s: %s', (text, min) => {
    expect(readMessage(text).pay).toMatchObject({ min, period: 'year', currency: 'INR' });
  });
  it('reads none from two jobs of a digest, a year’s and a month’s lines apart', () => {
    const text =
      'Your job alert: 2 new jobs\n\n1. Export Sales Manager\n   Delta Precision | Leeds\n   3-7 years | Salary £45,000 a year\n\n2. HR Coordinator (12-month contract)\n   Northbrook UK | London\n   2+ years | Salary £3,300 a month\n\nManage alerts | Unsubscribe';
    expect(readMessage(text).pay).toBeNull();
  });
});

describe("India's Telugu, Kannada and Hinglish pay words, an opt-out's short code, a bond (set 455)", () => {
  it.each<[string, [number | null, number | null, string, boolean]]>([
    ['జీతం సంవత్సరానికి ₹28 లక్షల నుండి మొదలవుతుంది (మీ అనుభవాన్ని బట్టి)', [2_800_000, null, 'year', true]],
    ['Salary ₹38 LPA ಇಂದ ಶುರು, ನಿಮ್ಮ experience ನೋಡಿ', [3_800_000, null, 'year', true]],
    ['✅ ಸಂಬಳ: ತಿಂಗಳಿಗೆ ₹22,000 ವರೆಗೆ (ಕೈಗೆ ಸಿಗುವುದು)', [null, 22_000, 'month', false]],
    ['జీతం: నెలకు ₹1.1 లక్ష నుండి ₹1.4 లక్ష వరకు (fixed)', [110_000, 140_000, 'month', false]],
    ['Roz Rs.1200-3000 kamayein, sirf 2-3 ghante mobile se. Band karne ke liye STOP likh ke 56161 pe bhejein', [1200, 3000, 'day', false]],
    ['CTC: ₹3.6 LPA\n\nService agreement: 2 saal ka, ₹1,50,000 bond', [360_000, null, 'year', false]],
  ])('%s', (text, [min, max, period, openTop]) => {
    expect(readMessage(text).pay).toMatchObject({ min, max, period, currency: 'INR', openTop });
  });
  it('reads no figure sent an opt-out as pay', () => {
    expect(readMessage('Ghar baithe kaam! Band karne ke liye STOP likh ke 56161 pe bhejein').pay).toBeNull();
  });
});

describe("Québec's dollar by the day and in a mass text (set 458, after its reading)", () => {
  it.each<[string, [number, number | null, string]]>([
    ["Steve: 650 $ par jour, horaire 14/7, vols payés au départ de Val-d'Or, logé nourri au camp", [650, null, 'day']],
    [
      'Résidences Bel-Automne : RECRUTEMENT MASSIF de préposé(e)s aux bénéficiaires à Sherbrooke! 26,15 $ à 29,48 $/h + prime de 1 500 $ à l’embauche.',
      [26.15, 29.48, 'hour'],
    ],
  ])('%s', (text, [min, max, period]) => {
    expect(readMessage(text).pay).toMatchObject({ min, max, period, currency: 'CAD' });
  });
  it('keeps another French-speaking country’s dollar', () => {
    expect(readMessage('Kinshasa : 15 $ par jour pour commencer.').pay?.currency).not.toBe('CAD');
  });
});

describe("Bengali lakhs, the Gulf's moneys in Hindi, an agent's fees (sets 451 and 460, after their reading)", () => {
  it.each<[string, [number | null, number | null, string, string, boolean]]>([
    ['বেতন নিয়ে আগেই বলে রাখি: বার্ষিক ₹১৪ লাখ থেকে ₹১৭ লাখ (CTC), সঙ্গে মেডিক্লেম।', [1_400_000, 1_700_000, 'year', 'INR', false]],
    ['ঢাকা অফিস। বেতন: বার্ষিক ১৮ লাখ টাকা (বোনাস বাদে)', [1_800_000, null, 'year', 'BDT', false]],
    ['বেতন মাসিক ৳২.৫ লাখ থেকে শুরু, অভিজ্ঞতা অনুযায়ী আরও বেশি হতে পারে।', [250_000, null, 'month', 'BDT', true]],
    ['✔️ বেতন: ₹১২,০০০ – ₹১৫,০০০ প্রতি মাসে', [12_000, 15_000, 'month', 'INR', false]],
    [
      'वेतन: 3,500 – 4,000 कतरी रियाल प्रति माह\nसर्विस चार्ज: ₹30,000 + GST (वीज़ा आने के बाद ही लिया जाएगा)',
      [3500, 4000, 'month', 'QAR', false],
    ],
    [
      'Location: Jubail, Saudi Arabia\nRate: 14 riyal per ghanta\nVisa free, ticket free, sirf medical ₹6,500 aapko karwana padega',
      [14, null, 'hour', 'SAR', false],
    ],
  ])('%s', (text, [min, max, period, currency, openTop]) => {
    expect(readMessage(text).pay).toMatchObject({ min, max, period, currency, openTop });
  });
  it('reads no agent’s service charge as pay', () => {
    expect(readMessage('दुबई में नौकरी! 💰 सर्विस चार्ज ₹45,000 (सिलेक्शन और वीज़ा के बाद ही)').pay).toBeNull();
  });
});

describe('pay from sets 462 to 465, after their reading', () => {
  it('reads a tradesperson’s “ur tickets” as their certificates, not a price', () => {
    expect(pay('$42-$48 an hour depending on ur tickets, ute + fuel card')).toEqual(P(42, 48, 'hour', 'USD'));
  });
  it('refuses Australia’s living-away allowance by its short form, “LAHA”', () => {
    expect(readMessage('Shutdown at Kwinana, Perth. $58/hr flat, 12hr shifts, plus $120 a day LAHA if ur not local').pay).toMatchObject({
      min: 58,
      period: 'hour',
      currency: 'AUD',
    });
  });
  it('reads a floor said as the better of two as open at the top', () => {
    expect(pay('• Guaranteed $2,000 per day or 70% of billings, whichever is greater')).toMatchObject({ min: 2000, openTop: true });
    expect(pay('$2,000 per day or 70% of billings, whichever is lower')).toMatchObject({ min: 2000, openTop: false });
  });
  it('reads a Dutch or Afrikaans million with its money, and none without', () => {
    expect(readMessage("Die pakket is R1,1 miljoen OTE per jaar, met 'n motortoelaag. Gauteng").pay).toMatchObject({
      min: 1_100_000,
      period: 'year',
      currency: 'ZAR',
    });
    expect(pay('Wij bouwen het portaal waarmee ruim 1,2 miljoen patiënten afspraken maken.')).toBeNull();
  });
  it('refuses an Afrikaans grant ("befondsing") and reads the rand where the message names the Cape in Afrikaans', () => {
    const text =
      "Ons het pas R2,4 miljoen befondsing van 'n Nederlandse stigting gekry. Die salaris is R38 500 per maand (bruto), gebaseer in Upington.";
    expect(readMessage(text).pay).toMatchObject({ min: 38_500, max: null, period: 'month', currency: 'ZAR' });
    expect(findPay(text).refused.map((r) => r.why)).toContain('funding');
  });
});

describe('pay from sets 466 to 473, after their reading', () => {
  it.each([
    ["Paie: 1 650 $ à 1 900 $ brut/sem. selon l'exp. Québec", [1650, 1900, 'week', 'CAD', false]],
    ['Lønnen er i alt ca. 48.500 kr. pr. md. ekskl. pension.', [48_500, null, 'month', null, false]],
    ['Lønn 52 000 kr pr. mnd', [52_000, null, 'month', 'NOK', false]],
    ['Tuntipalkka alk. 12,35 € + ilta- ja sunnuntailisät.', [12.35, null, 'hour', 'EUR', true]],
    ['– salaire annuel brut entre CHF 118’000.– et 135’000.–, versé en 13 fois', [118_000, 135_000, 'year', 'CHF', false]],
    ['Base: CAD $165,000 – $185,000\nAnnual bonus target: 20–30% of base', [165_000, 185_000, 'year', 'CAD', false]],
    [
      'The minimum under the IT-KV is EUR 3,612.00 gross per month. We are prepared to pay significantly above that.',
      [3612, null, 'month', 'EUR', true],
    ],
  ])('%s', (text, [min, max, period, currency, openTop]) => {
    expect(pay(text)).toMatchObject({ min, max, period, currency, openTop });
  });
  it('reads a travel contract’s weekly gross, not its taxable hourly part nor its overtime rate', () => {
    const table =
      'PAY BREAKDOWN (weekly)\nTaxable hourly rate ...................... $19.50/hr\nHousing stipend (non-taxable) ............ $1,255/wk\n' +
      'TOTAL WEEKLY GROSS ....................... $2,412\nOT after 36 hrs: $58.50/hr';
    expect(pay(table)).toMatchObject({ min: 2412, period: 'week' });
  });
  it('refuses a forwarder’s own pay in Spanish, and a count under a hundred a week', () => {
    expect(pay('Yo ahora estoy en 52k y me pareció poco.\n\n• €60-70k + equity')).toMatchObject({ min: 60_000, max: 70_000 });
    expect(pay('Ofrecemos:\n- Recibir referidos (aprox. 25-30 por semana)\n- $52,000 al año')).toMatchObject({
      min: 52_000,
      period: 'year',
    });
  });
  it('reads an OTE said with the year it is for', () => {
    expect(findPay('€28,000 base. A realistic OTE in year one is €45k.').ote).toMatchObject({ min: 45_000, period: 'year' });
  });
});

describe('pay from sets 474 to 481, after their reading', () => {
  it.each([
    ['• Taxa diária: 280€ a 320€, consoante experiência', [280, 320, 'day', 'EUR', false]],
    ['Exp 8-12 yrs, budget 25 LPA max, NP 30 days.', [null, 2_500_000, 'year', 'INR', false]],
    [
      "Package, so you don't have to ask: €120k fixed per year, plus up to €25k variable tied to practice growth",
      [120_000, null, 'year', 'EUR', false],
    ],
    ['Fixed: ₹8.4 LPA\nVariable: ₹1.2 L per annum, paid quarterly on QA scores', [840_000, null, 'year', 'INR', false]],
    ['✅ $25.50/hr min, plus productivity bonus', [25.5, null, 'hour', 'USD', true]],
    ['$25/hr min 20 hours a week', [25, null, 'hour', 'USD', false]],
  ])('%s', (text, [min, max, period, currency, openTop]) => {
    expect(pay(text)).toMatchObject({ min, max, period, currency, openTop });
  });
  it('keeps a rate with variable hours', () => {
    expect(pay('Pay: $22/hr, variable hours')).toMatchObject({ min: 22, period: 'hour' });
  });
});

describe('Indian and German pay from sets 474 and 476, after their reading', () => {
  it('reads a store’s sales in Hindi as no pay', () => {
    expect(pay('आपके स्टाफ ने बताया कि उस हफ्ते आपके स्टोर की बिक्री 18 लाख पार हो गई थी')).toBeNull();
  });
  it('reads Bengali "/মাস" as a month', () => {
    expect(pay('বেতন ₹১২,০০০-১৫,০০০/মাস + ইনসেন্টিভ।')).toMatchObject({ min: 12_000, max: 15_000, period: 'month', currency: 'INR' });
  });
  it('refuses the reader’s current salary said in German', () => {
    expect(
      pay('Das Budget liegt bei 70-80k € brutto im Jahr. Bei Ihrem aktuellen Gehalt von 68.000 € wäre das ein Schritt nach vorn.'),
    ).toMatchObject({ min: 70_000, max: 80_000, period: 'year', currency: 'EUR' });
  });
});

describe('pay beside figures that are not, and dinars after their figure (sets 483 to 485, after their reading)', () => {
  it("reads Jordan's and Kuwait's dinars by their letters after the figure", () => {
    expect(pay('Sales reps wanted. 600 JD/month + commission')).toEqual(P(600, null, 'month', 'JOD'));
    expect(pay('Salary 900 KD per month, housing provided')).toEqual(P(900, null, 'month', 'KWD'));
  });
  it('takes millions of pages for a count, not a rival to the pay', () => {
    expect(pay('We scanned 2.5 million pages last year.\n\nThe grade works out at SAR 30,000 to 34,000 per month.')).toEqual(
      P(30_000, 34_000, 'month', 'SAR'),
    );
  });
  it('takes a package of work for no pay word beside a bare figure', () => {
    expect(pay('We resolved 1,400 clashes before the MEP package went to site.\n\nThe offer is JOD 28,000 – 32,000 per year.')).toEqual(
      P(28_000, 32_000, 'year', 'JOD'),
    );
  });
  it('reads millions said to be pesos a month with no salary word', () => {
    expect(pay('Por ahora pensamos entre $12 y $15 millones de pesos mensuales. Trabajo desde Bogotá.')).toEqual(
      P(12_000_000, 15_000_000, 'month', 'COP'),
    );
  });
  it('leaves out what the writer paid the one before, beside what they offer now', () => {
    expect(pay('I was paying my last assistant $1,900 a month, but I can do $2,300/month to start.')).toEqual(
      P(2300, null, 'month', 'USD'),
    );
  });
});

describe('pay from sets 486 to 493, after their reading', () => {
  it.each([
    ['Fizetési sáv: bruttó 1,4–1,7 millió Ft/hó, plusz cafeteria', P(1_400_000, 1_700_000, 'month', 'HUF')],
    ['Günde 2 milyon sipariş işliyoruz.\n\nTeklifimiz: yıllık brüt 1,9 milyon TL, üzerine prim.', P(1_900_000, null, 'year', 'TRY')],
    ['Notre entrepôt de Boucherville cherche un directeur : salaire de 88 k$ à 97 k$.', P(88_000, 97_000, 'year', 'CAD')],
    ['Per la posizione la RAL parte da 48k, più buoni pasto.', P(48_000, null, 'year', 'EUR', { openTop: true })],
    ['சம்பளம் மாசம் ₹32,000 கையில வரும்.', P(32_000, null, 'month', 'INR')],
    ['கட்டணம்: மணிக்கு ₹1,200. வாரம் 10 மணி நேரம்.', P(1200, null, 'hour', 'INR')],
  ])('%s', (text, expected) => {
    expect(pay(text)).toEqual(expected);
  });
  it.each([
    ['The band is €52k-€58k gross per year. I know you said €55k is your floor, so we are close.', P(52_000, 58_000, 'year', 'EUR')],
    ['Gana hasta $88,000 al año (el promedio de nuestros choferes fue $76,000 en 2024).', P(null, 88_000, 'year', 'USD')],
  ])('leaves out the reader’s own pay or others’ average: %s', (text, expected) => {
    expect(pay(text)).toEqual(expected);
  });
  it.each([
    ['We made Iron Marsh (about 450k copies on Steam so far) and we are hiring a lead.'],
    ['Hi Marta,\n\nThanks for the call. I know you said €50k is your floor, so I will push for the top of the band.'],
    ['Cyflog cystadleuol, lwfans car £5,500, bonws chwarterol.'],
    ['Ügyfeleink száma már 1,2 millió.'],
  ])('reads no pay in %s', (text) => {
    expect(pay(text)).toBeNull();
  });
});

describe('pay from sets 494 to 497, after their reading', () => {
  it("reads a Swedish text's krona by its Swedish words alone", () => {
    expect(pay('Hej! Har ett uppdrag som sjuksköterska v. 12–18. 310 kr/tim + resa betald. Svara här.')).toEqual(
      P(310, null, 'hour', 'SEK'),
    );
  });
  it('leaves out an incentive said with "s/d" and the rupiah', () => {
    expect(pay('✅ Gaji pokok sesuai UMR\n✅ Insentif per paket s/d Rp 2,5 juta/bulan')).toBeNull();
  });
  it('takes millions of transactions for a count, not a rival to the pay', () => {
    expect(pay('Kami memproses sekitar 1,5 juta transaksi per bulan.\n\nTawaran kami Rp 4.000.000 per hari.')).toEqual(
      P(4_000_000, null, 'day', 'IDR'),
    );
  });
});

describe('pay from sets 498 to 501, after their reading', () => {
  it.each([
    ["– Monatslohn CHF 8'900 brutto, 13×", P(8900, null, 'month', 'CHF')],
    ['Давам 2 800 лв. чисти на месец, плюс квартира.', P(2800, null, 'month', 'BGN')],
    ['Ставка: 1 100–1 500 грн/год, залежно від досвіду', P(1100, 1500, 'hour', 'UAH')],
    ['I fit pay 150k naira every month, plus transport.', P(150_000, null, 'month', 'NGN')],
    ['Umushahara utangirira kuri 1,200,000 RWF ku kwezi', P(1_200_000, null, 'month', 'RWF', { openTop: true })],
    ['Oferim 7.500 lei net pe lună, program 9-18 L-V.', P(7500, null, 'month', 'RON')],
    ['CTC: 6L-7L per annum', P(600_000, 700_000, 'year', 'INR')],
  ])('%s', (text, expected) => {
    expect(pay(text)).toEqual(expected);
  });
});

describe('pounds in Polish and Romanian messages about work in the UK (set 505, after its reading)', () => {
  it.each([
    ['– wynagrodzenie 36–40 tys. £ rocznie brutto', P(36_000, 40_000, 'year', 'GBP')],
    ['Budżet to 65–75 tys. funtów rocznie na UK-owym kontrakcie.', P(65_000, 75_000, 'year', 'GBP')],
    ['▪ salariu de bază între £38.000 și £44.000 brut pe an, în funcție de experiență', P(38_000, 44_000, 'year', 'GBP')],
  ])('%s', (text, expected) => {
    expect(pay(text)).toEqual(expected);
  });
  it('still leaves out a training budget', () => {
    expect(pay('Mamy budżet szkoleniowy 5 tys. zł rocznie.')).toBeNull();
  });
});

describe('rupees of Pakistan and Sri Lanka (set 504, after its reading)', () => {
  it("reads Sindh's Hyderabad and a Roman Urdu reply's rupee as Pakistan's, and the reader's own package apart", () => {
    const reply =
      'Case study (Hyderabad wale godown ka plan) pasand aaya.\nPackage Rs. 2,20,000 per month gross hai. Tax aur EOBI kat ke in-hand 1,90,000.\n> Reference ke liye mera current package 1,70,000 hai.';
    expect(pay(reply)).toEqual(P(220_000, null, 'month', 'PKR'));
  });
  it('reads Sinhala "per hour" right before the figure', () => {
    expect(pay('• ගෙවීම: පැයකට රු. 2,200')).toEqual(P(2200, null, 'hour', 'LKR'));
  });
});

describe('figures that are not pay beside a US or Canadian offer (set 509, after its reading)', () => {
  it('leaves out what the writer paid the one before and a credit line, and reads the offer', () => {
    expect(
      pay(
        'We have a $4M revolving line up for renewal, and our controller left (we were paying him $125k/yr).\n\nI can offer $11,000/month for the engagement.',
      ),
    ).toEqual(P(11_000, null, 'month', 'USD'));
  });
  it.each([
    ['your post on rendering 150k-row tables in the browser was great. we are hiring.'],
    ['• Allocation automobile de 650 $/mois + carte essence'],
  ])('reads no pay in %s', (text) => {
    expect(pay(text)).toBeNull();
  });
});

describe('ceilings in Tagalog and Vietnamese millions in English (set 508, after its reading)', () => {
  it.each([
    ['✅ Sahod hanggang ₱26,000/buwan (kasama na night diff)', P(null, 26_000, 'month', 'PHP')],
    ['- Salary: 80–110tr net/month. Our office is in Ho Chi Minh City.', P(80_000_000, 110_000_000, 'month', 'VND')],
  ])('%s', (text, expected) => {
    expect(pay(text)).toEqual(expected);
  });
});

describe('an Indonesian range joined by "s/d" (review 101)', () => {
  it('reads both ends, and no hours joined so', () => {
    expect(pay('Gaji: Rp 6.000.000 s/d Rp 8.000.000 per bulan')).toEqual(P(6_000_000, 8_000_000, 'month', 'IDR'));
    expect(pay('Senin s/d Jumat, 08.00 s/d 17.00')).toBeNull();
  });
});

describe('pay from sets 510 to 513, after their reading', () => {
  it.each([
    // A slash between two Swiss sums, each closed by its ".–", is a range; one over a period is not.
    ["• salario annuo lordo CHF 78'000.– / 86'000.–, suddiviso in 13 mensilità", P(78_000, 86_000, 'year', 'CHF')],
    ["Lohn CHF 6'500.– / Monat", P(6500, null, 'month', 'CHF')],
    // Switzerland's franc in lower case, as Ticino writes it.
    ["Contratto secondo il CCNL della ristorazione, fr. 5'200.– lordi al mese per 13", P(5200, null, 'month', 'CHF')],
    // An Indian wage below a lakh, said with no period, is a month's; a year's is said in lakhs.
    ['150 सिक्योरिटी गार्ड चाहिए। वेतन ₹16,500 इन-हैंड + PF/ESI, 12 घंटे ड्यूटी', P(16_500, null, 'month', 'INR')],
    ['CTC ₹ 6,00,000', P(600_000, null, 'year', 'INR')],
    // A Spanish million of another money of Latin America, on both ends of a range.
    ['El salario que tenemos aprobado está entre 9 y 11 millones de guaraníes por mes', P(9_000_000, 11_000_000, 'month', 'PYG')],
    // Dutch "tussen de … en …".
    ['- een salaris tussen de €2.900 en €3.500 bruto per maand', P(2900, 3500, 'month', 'EUR')],
    // The quetzal's "Q" before a rate with its period, in a message set in Guatemala.
    ['the Huehuetenango co-op packaging. we can pay Q350 an hour, invoiced with factura', P(350, null, 'hour', 'GTQ')],
    // A gross pay over what is left of it in hand, by the same period.
    ['पारिश्रमिक: ₹45,000 प्रति माह (सकल), जिसमें से PF और TDS कटने के बाद लगभग ₹40,800 हाथ में आएँगे।', P(45_000, null, 'month', 'INR')],
    ['Salary £3,000 a month gross, about £2,450 take-home', P(3000, null, 'month', 'GBP')],
  ])('%s', (text, expected) => {
    expect(pay(text)).toEqual(expected);
  });
  it.each([
    // What a thing costs, in Spanish; a firm's bill; a hardware budget; a Russian relocation package; insurance cover and
    // a medical test's charge in Indian languages; a bonus named right before or after its figure in Hindi; a learning
    // budget in Hindi; the reader's pay now in Italian.
    ['Estamos abriendo una vacante. Hoy lo hacemos en un servidor que nos cuesta como 900 dólares al mes', null],
    ['• Cut our monthly AWS bill (currently ~€110k) by 20%\n• €48–58 per hour, invoiced monthly', P(48, 58, 'hour', 'EUR')],
    ['• €48–58 per hour\n• Hardware budget: €1,500 one-off', P(48, 58, 'hour', 'EUR')],
    [
      '— релокация в Варшаву (пакет на переезд 3 000 EUR)\n— контракт B2B, от 3 500 до 4 500 EUR в месяц (netto)',
      P(3500, 4500, 'month', 'EUR'),
    ],
    ['జీతం: సంవత్సరానికి ₹3,60,000 – ₹4,20,000 (CTC)\nసౌకర్యాలు: PF, ESI, ₹3 లక్షల వరకు గ్రూప్ మెడిక్లెయిమ్', P(360_000, 420_000, 'year', 'INR')],
    ['✅ सैलरी: 2200 से 2800 दिरहम महीना\nमेडिकल चार्ज ₹6,500 (सिलेक्शन के बाद ही)', P(2200, 2800, 'month', 'AED')],
    ['💰 सैलरी: ₹15,000 से ₹22,000 प्रति माह + इंसेंटिव\n🎁 हर महीने टॉप परफॉर्मर को ₹5,000 बोनस', P(15_000, 22_000, 'month', 'INR')],
    ['वेतन: ₹3.6 लाख सालाना। बोनस ₹50,000 अलग से।', P(360_000, null, 'year', 'INR')],
    ['तनख़्वाह: ₹1.6 लाख प्रति माह फ़िक्स्ड, साथ में ₹50,000 का लर्निंग बजट।', P(160_000, null, 'month', 'INR')],
    [
      "Contratto CCNL, fr. 5'200.– lordi al mese per 13.\nSo che adesso a Como prendi circa 2.300 euro netti.",
      P(5200, null, 'month', 'CHF'),
    ],
  ])('%s', (text, expected) => {
    expect(pay(text)).toEqual(expected);
  });
  it('reads no piece rate as a month of rupees', () => {
    expect(pay('💸 Kamao ₹35,000/month tak!!\n💸 Har order pe ₹25–40 + rain/night bonus')).toEqual(P(null, 35_000, 'month', 'INR'));
  });
  it("reads no rate over a contractor's own rate quoted back as a gross and its net", () => {
    expect(
      pay(
        "The honest answer is we can't get to ¥8,000/hour for this engagement — our ceiling for contractors in Japan is ¥6,500/hour, and that's what we'd like to offer.",
      ),
    ).not.toEqual(P(8000, null, 'hour', 'JPY'));
  });
});

describe('pay from sets 514 to 521, after their reading', () => {
  it.each([
    // Periods and floors in Russian, Kazakh, Uzbek, Armenian, Icelandic, Finnish, Malay and Welsh.
    ['✅ Доход от 25 000 ₸ в день', P(25_000, null, 'day', 'KZT', { openTop: true })],
    ['Оплата 1 800 тг/час, выплаты каждый день!', P(1800, null, 'hour', 'KZT')],
    ["Oylik maosh 4 mln so'mdan boshlab + bonus.", P(4_000_000, null, 'month', 'UZS', { openTop: true })],
    ["💰 Oylik maosh: 9–11 mln so'm (qo'lga), oyiga 2 marta beriladi", P(9_000_000, 11_000_000, 'month', 'UZS')],
    ['• Жалақы айына 1 500 000 ₸-ден басталады (қолға)', P(1_500_000, null, 'month', 'KZT', { openTop: true })],
    ['Վարձատրություն՝ շաբաթական 60 000 դրամից, վճարվում է ամեն ուրբաթ։', P(60_000, null, 'week', 'AMD', { openTop: true })],
    ['- Laun frá 850.000 kr. á mánuði, eftir reynslu', P(850_000, null, 'month', 'ISK', { openTop: true })],
    ['Ansaitse jopa 3000€/kk!', P(null, 3000, 'month', 'EUR')],
    ['Kadar bayaran: S$35 sejam', P(35, null, 'hour', 'SGD')],
    ['• Cyflog: hyd at £34,000 y flwyddyn, yn dibynnu ar brofiad', P(null, 34_000, 'year', 'GBP')],
    // Malaysia's ringgit and Singapore's dollar in a Chinese message.
    ['✅ 底薪 RM2,800 – RM3,500/月', P(2800, 3500, 'month', 'MYR')],
    ['月薪新币$1,850起，包午餐', P(1850, null, 'month', 'SGD', { openTop: true })],
    // The franc of Central Africa in Yaoundé, of West Africa in an Abidjan commune.
    ['Rémunération proposée : 450 000 FCFA brut mensuel. Poste basé à Yaoundé.', P(450_000, null, 'month', 'XAF')],
    ['CDI, basé à Cocody Riviera 3. Côté rému : 800 000 FCFA net par mois, 13e mois.', P(800_000, null, 'month', 'XOF')],
  ])('%s', (text, expected) => {
    expect(pay(text)).toEqual(expected);
  });
  it('reads a French target pay as the on-target earnings beside the base', () => {
    const found = findPay(
      'Rémunération : fixe de 1 200 000 FCFA brut mensuel, variable sur objectifs portant la rémunération cible à 1 800 000 FCFA par mois. À Abidjan.',
    );
    expect(found.pay).toMatchObject({ min: 1_200_000, period: 'month', currency: 'XOF', ote: false });
    expect(found.ote).toMatchObject({ min: 1_800_000, period: 'month', currency: 'XOF' });
  });
  it.each([
    // Others at the reader's level; a staff room deducted; a free thing's worth; things counted by the month in Spanish;
    // a count in "mln"; a goal by a year; the reader's asking pay said back; the reader's pay now in Portuguese and Uzbek.
    [
      'most people we talk to at your level are somewhere around €70-75k - but we could go to at least €84k for the right person, plus €5,000 relocation support',
      P(84_000, null, 'year', 'EUR', { openTop: true }),
    ],
    [
      "💶 CHF 4'250.– gross per month + tips\n🛏️ Staff room available (CHF 950.– per month for room & board, deducted from salary)",
      P(4250, null, 'month', 'CHF'),
    ],
    ['✅ Free warm leads (worth $3,500/mo!)', null],
    ['- Procesamos ~1.2M transferencias al mes hacia México', null],
    ['• stawka: 160–185 zł/h netto (firma obsługuje ok. 3 mln transakcji dziennie)', P(160, 185, 'hour', 'PLN')],
    ['Lanternlight has an ambitious strategy to reach £6m by 2028.\nSalary is c.£65,000 plus pension', P(65_000, null, 'year', 'GBP')],
    [
      'A faixa aprovada é de R$ 11.000,00 a R$ 13.500,00 mensais. Sua pretensão de R$ 12.000,00 está dentro.',
      P(11_000, 13_500, 'month', 'BRL'),
    ],
    ['> Hoje recebo R$ 9.800 + VR', null],
    ["aytganingizdek, hozirgi 12 mln so'mlik maoshingizdan albatta yuqori bo'ladi", null],
  ])('%s', (text, expected) => {
    expect(pay(text)).toEqual(expected);
  });
});

describe('pay from sets 522 to 529, after their reading, and the cases reviews 103 and 104 found', () => {
  it.each([
    // Japanese and Korean: a ceiling's "～", a bottom in 천 under a top in 만, English periods after 万.
    ['【単価】～90万円/月（スキル見合い）', P(null, 900_000, 'month', 'JPY')],
    ['연봉 5천~6천5백만 원 (경력에 따라 협의)', P(50_000_000, 65_000_000, 'year', 'KRW')],
    ['1000-1400万円/yr depending on level.', P(10_000_000, 14_000_000, 'year', 'JPY')],
    ['【給与】月給28万円〜（固定残業代45時間分・68,000円を含む。）', P(280_000, null, 'month', 'JPY', { openTop: true })],
    ['✅ Daily income NT$1,500 - NT$5,000', P(1500, 5000, 'day', 'TWD')],
    // Vietnamese without its accents, and in "K"; Khmer and Burmese.
    ['Luong 9-12tr/thang, bao com trua, phu cap chuyen can 500k.', P(9_000_000, 12_000_000, 'month', 'VND')],
    ['VIỆC LÀM ONLINE TẠI NHÀ – THU NHẬP 300K–500K/NGÀY. Độ tuổi: từ 18 – 45, ưu tiên sinh viên', P(300_000, 500_000, 'day', 'VND')],
    ['💵 ប្រាក់ខែ៖ ៣០០ ដុល្លារ ដល់ ៥០០ ដុល្លារ ក្នុងមួយខែ', P(300, 500, 'month', 'USD')],
    ['ប្រាក់ឈ្នួល ៨០.០០០ រៀល ក្នុងមួយថ្ងៃ', P(80_000, null, 'day', 'KHR')],
    ['✅ လစာ - ၃ သိန်း မှ ၅ သိန်း ထိ', P(300_000, 500_000, 'month', 'MMK')],
    ['💰Salary 8 lakhs ~ 12 lakhs Kyats per month + night shift allowance 50,000 Ks', P(800_000, 1_200_000, 'month', 'MMK')],
    // Maltese, Lithuanian and Polish.
    [
      "Is-salarju huwa bejn €34,000 u €39,000 gross fis-sena, flimkien ma' shift allowance ta' €1,800 fis-sena",
      P(34_000, 39_000, 'year', 'EUR'),
    ],
    ['Atlyginimas iki 3200 EUR/men. i rankas + dienpinigiai.', P(null, 3200, 'month', 'EUR')],
    [
      'Niestety na stanowisko Senior DevOps Engineer budżet jest sztywny: maksymalnie 1 150 zł netto/MD na B2B',
      P(null, 1150, 'day', 'PLN'),
    ],
    // A Chilean firm's "$".
    ['Vendomática Chile SpA\n💰 Renta base $1.100.000 líquidos + comisiones', P(1_100_000, null, 'month', 'CLP')],
  ])('%s', (text, expected) => {
    expect(pay(text)).toEqual(expected);
  });
  it.each([
    // Not pay: a post's possible reach, the reader's pay now in Korean, a cost cut, a bonus in Vietnamese, a health
    // budget, a saving against a budget, a company sum in "mln".
    ['いずれも年収1,000万円以上も可能なポジションです。', null],
    ['[이수빈] 연봉은 너 지금 6천 받는다고 했지? 팀장님이 최소 15%는 올려줄 수 있다고 했어', null],
    ['「EKSのコストを月47万円削減した話」を拝読しました。\n年収：900〜1,300万円', P(9_000_000, 13_000_000, 'year', 'JPY')],
    ['👉 Thưởng nóng 100K cho ngày làm đầu tiên 🎁', null],
    ['• €1,500/year health & wellbeing budget', null],
    [
      'brought her out 4 days early and about $180k under the yard budget.\nPackage: €72,000–€80,000 gross p.a.',
      P(72_000, 80_000, 'year', 'EUR'),
    ],
    ['Firma otrzymała 2 mln zł dofinansowania. Wynagrodzenie 12 000 zł brutto', P(12_000, null, 'month', 'PLN')],
    // Review 104: the offer said with the words that mark others' or things' figures.
    ['We pay engineers at your level £120k base.', P(120_000, null, 'year', 'GBP')],
    ['Most roles at your level pay around $200k, we pay $230k', P(230_000, null, 'year', 'USD')],
    ['We are hiring for room attendants: £11.50 per hour.', P(11.5, null, 'hour', 'GBP')],
    ['Tax-free salary worth AED 25,000 per month', P(25_000, null, 'month', 'AED')],
    ['Sua pretensão salarial é compatível: oferecemos R$ 9.000 por mês', P(9000, null, 'month', 'BRL')],
    ['Қазіргі таңда жалақы 400 000 ₸ айына', P(400_000, null, 'month', 'KZT')],
    ['Жалақы 350 000 ₸ күніне 8 сағат жұмыс', P(350_000, null, 'month', 'KZT')],
    ['Base salary is expected to reach $90k by 2027.', P(90_000, null, 'year', 'USD')],
  ])('%s', (text, expected) => {
    expect(pay(text)).toEqual(expected);
  });
});

describe('pay from sets 530 to 537, after their reading', () => {
  it.each([
    // Another money's sum the pay works out at; a million of things counted; the second end of a count's change.
    [
      '- AED 45,000 per month, tax-free\nFor context, AED 45k a month works out at roughly £9,700 a month.',
      P(45_000, null, 'month', 'AED'),
    ],
    ['- 2.1 million policies managed on the platform\n- €70,000 – €85,000 gross per annum', P(70_000, 85_000, 'year', 'EUR')],
    [
      'The graph where lag dropped from ~40k msgs to under 2k after you moved.\nBudget for the role is 45-55 LPA fixed',
      P(4_500_000, 5_500_000, 'year', 'INR'),
    ],
    // A service bond's penalty and a trainee's stipend in Hindi.
    [
      '💰 पैकेज: ₹3.6 LPA\n📝 सर्विस एग्रीमेंट: 2 साल (बीच में छोड़ने पर ₹1,00,000 का बॉन्ड)\n🕘 ट्रेनिंग: 3 महीने (ट्रेनिंग के दौरान ₹15,000 स्टाइपेंड)',
      P(360_000, null, 'year', 'INR'),
    ],
    // Arabic: a dirham with its accusative ending, an Egyptian "gross" between the sum and its period.
    ['التعويض: ١٥٠ درهماً للساعة، بحد أدنى ٢٠ ساعة أسبوعياً', P(150, null, 'hour', 'AED')],
    ['الرينج من 60 لـ 70 ألف جنيه جروس شهرياً', P(60_000, 70_000, 'month', 'EGP')],
    // A registration fee and an M-Pesa till number after the offer.
    ['Earn up to KES 3,000 daily! Pay KES 500 registration via M-Pesa Till 5550123 to start today.', P(null, 3000, 'day', 'KES')],
  ])('%s', (text, expected) => {
    expect(pay(text)).toEqual(expected);
  });
});

describe('pay from sets 538 to 553, after their reading', () => {
  it.each([
    ['We placed 40 consultants and billed £6.2m last year.\nTrainee OTE: £45,000', P(45_000, null, 'year', 'GBP', { ote: true })],
    ['Lead tech transfer of mAb processes at 2 x 15,000L scale.', null],
    ['Після розмови з CTO — піднімаємо до 4 800 $ gross на місяць (ФОП)', P(4800, null, 'month', 'USD')],
    ['Компания оплачивает переезд (до 4 000 €) и первые 2 месяца аренды.', null],
    ['📌 ค่าจ้าง ชม.ละ 55 บาท (จ่ายทุกสัปดาห์) + ทิป', P(55, null, 'hour', 'THB')],
    // (A lakh's "L" after a small figure still.)
    ['CTC 12L fixed + 2L variable', P(1_200_000, null, 'year', 'INR')],
  ])('%s', (text, expected) => {
    expect(pay(text)).toEqual(expected);
  });
});
