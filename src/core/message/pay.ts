// Pay in a recruiter's message: every figure that could be money is read
// exactly (by the project's own pay parser, src/core/pay.ts, after its span
// is put in a form that parser reads), then judged by the words around it.
// Figures that are something else (experience, 401(k), a funding round,
// revenue, a quota, a team's size, a bonus, a stipend, equity, a job number,
// a time, a date, a phone number, a zip code, a section of a law, a price,
// a percentage, a "you could make" hype figure) are refused. When two
// different salaries remain and nothing says which is the offer, there is
// no pay: never a guess. Pure.

import { parsePay, PayParseError, PERIODS, type Currency, type PayRange, type Period } from '../pay.js';
import { builtOnce, compiled, type Pattern } from '../compile.js';
import { countAfter, notWageInScript, scriptPays } from './script-pay.js';
import { quoteAround } from './text.js';

/** A pay as the message states it (not made yearly). */
export interface MessagePay {
  /** The lowest figure; null for "up to X". */
  min: number | null;
  /** The highest figure; null for a single figure or an open top. */
  max: number | null;
  period: Period;
  /** ISO 4217, or null when the message does not make it clear. */
  currency: string | null;
  /** On-target earnings: base plus the commission expected at target. */
  ote: boolean;
  /** "from X", "X+": a floor with no stated top. */
  openTop: boolean;
  /** The message's own words it came from. */
  text: string;
}

export interface PayFindings {
  pay: MessagePay | null;
  ote: MessagePay | null;
  /** Every figure read as money and then refused, with why (for tests and the curious). */
  refused: Array<{ text: string; why: string }>;
}

/** The most number tokens examined in one message: a recruiter's message has a few dozen. */
const MAX_TOKENS = 3000;

// ISO codes read around a figure. The first five are the parser's own.
const PARSER_CODES = new Set(['USD', 'EUR', 'GBP', 'CAD', 'AUD']);
// What a budget named before its figure is spent on, right after it: congresses, courses, travel (not a person who runs them).
const BUDGET_FOR_THINGS_AFTER = () =>
  /^[^.\n]{0,25}?\bfor\s+(?:[\w-]+\s+){0,2}(?:congress(?:es)?|conferences?|courses?|certifications?|events?|travel|equipment)\b(?!\s+(?:designers?|managers?|leads?|coordinators?|organi[sz]ers?|planners?|producers?|position|role))/i;
// The codes of the moneys written with "$": other dollars and the pesos.
// (And Macau's pataca, written with a dollar's sign: "MOP$13,000".)
const DOLLAR_CODES = new Set(
  'JMD TTD AUD CAD NZD SGD HKD TWD BBD BSD BZD FJD GYD LRD NAD SBD SRD XCD MXN COP CLP ARS UYU DOP MOP'.split(' '),
);
// Codes that are also a firm's or a thing's letters: a chip maker, a feature, a word.
// (And those that are also a trade's letters: a BSD licence, a trucker's MVR (motor vehicle record), the UN's SDGs, the UK's
// SSP (statutory sick pay), an SOS, an SCR (a thyristor), a D&D SRD, Germany's BND.)
const AMBIGUOUS_CODES = new Set([
  'AMD',
  'LBP',
  'GEL',
  'RUB',
  'BYN',
  'KGS',
  'IQD',
  'BSD',
  'MVR',
  'SDG',
  'SSP',
  'SOS',
  'SCR',
  'SRD',
  'MGA',
  'BND',
]);
const CODES =
  'USD|EUR|GBP|CAD|AUD|CHF|SEK|NOK|DKK|ISK|NZD|SGD|HKD|INR|JPY|CNY|RMB|KRW|PLN|CZK|HUF|RON|BGN|ZAR|BRL|MXN|ARS|CLP|COP|ILS|NIS|AED|SAR|QAR|TRY|PHP|MYR|IDR|THB|VND|TWD|NGN|KES|EGP|PKR|UAH|MAD|TND|GHS|UGX|TZS|RWF|XOF|XAF|LKR|BDT|NPR|KWD|BHD|OMR|JOD|UYU|PEN|GTQ|CRC|DOP|RSD|KZT|GEL|MZN|AOA|ETB|ZMW|BWP|NAD|MUR|BOB|PYG|HNL|NIO|MKD|MDL|AZN|UZS|MNT|KHR|LAK|MMK|JMD|TTD|PAB|AMD|GEL|RUB|BYN|KGS|IQD|LBP|CDF|MWK|TJS|PGK|FJD|IRR|SLE|LRD|GMD|LYD|DZD|YER|HTG|BZD|BBD|BSD|XCD|GYD|SRD|MVR|DJF|BND|SCR|SOS|SDG|SSP|MGA|MOP|BTN|BIF|VES|ANG|AWG|XCG|WST|VUV|SBD|AFN|CVE|STN|XPF';
/** Currencies whose yearly pay is routinely over the parser's 10,000,000 limit or written in lakhs. */
const LARGE_UNITS = new Set([
  'AMD',
  'LBP',
  'IQD',
  'JPY',
  'KRW',
  'INR',
  'IDR',
  'VND',
  'HUF',
  'CLP',
  'COP',
  'PKR',
  'NGN',
  'ARS',
  'ISK',
  'PHP',
  'KES',
  'UGX',
  'TZS',
  'RWF',
  'XOF',
  'XAF',
  'CDF',
  'MWK',
  'IRR',
  'MNT',
  'LAK',
  'LKR',
  'KZT',
  'UZS',
  'PYG',
  'MMK',
  'MNT',
  'AOA',
  'KHR',
  'LAK',
  'CRC',
  // Madagascar's ariary, Yemen's rial, the Sudans' pounds and Djibouti's franc: "600 000 Ar - 900 000 Ar isam-bolana".
  'MGA',
  'YER',
  'SDG',
  'SSP',
  'DJF',
  'HTG',
  'BIF',
  // The CFP franc of New Caledonia and French Polynesia: "720,000 – 850,000 XPF per month".
  'XPF',
]);

// A currency written against a figure, before it: a code, a prefixed dollar, a sign.
// Any three capitals stand for a code in these patterns; which are codes, CODE_SET says (a set, not a long alternation
// each pattern would compile on every message).
const CODE_SET = new Set(CODES.split('|'));
const CURRENCY_BEFORE =
  /(?:\b([A-Z]{3})|\b(CA|C|AU|A|NZ|S|SG|HK|NT|US|RD|BZ|R|Mex)\$|([$€£¥₹₩₪₱₦₽₺฿]|GH₵|₵|Rs\.?|(?<![A-Za-z])(?:RM|Rp\.?|Php)|K[Ss]hs?\.?|CHF|Fr\.|kr\.?|zł|(?<![A-Za-z])S\/\.?))\s?$/;
// (Signs first: "SFr." is no three-letter code.)
// (Finnish and Estonian write the euro's name in the partitive after a figure: "4 600–5 400 euroa kuukaudessa",
// "2 150–2 600 eurot kuus".)
const CURRENCY_AFTER = /^\s?(?:([€£$¥₹]|kr\b\.?|kron(?:er|or|a|e)\b|zł|Fr\.|SFr\.?|euro[sat]?\b|pounds?\b|dollars?\b)|([A-Z]{3})\b)/i;

const SIGN_CODE: Record<string, string> = {
  'S/': 'PEN',
  // Uruguay's peso: "$U 140.000".
  $U: 'UYU',
  '€': 'EUR',
  '£': 'GBP',
  '¥': 'JPY',
  '₹': 'INR',
  '₩': 'KRW',
  '₪': 'ILS',
  '₱': 'PHP',
  '₦': 'NGN',
  '₽': 'RUB',
  zł: 'PLN',
  'Fr.': 'CHF',
  'SFr.': 'CHF',
  SFr: 'CHF',
  CHF: 'CHF',
  'Rs.': 'INR',
  Rs: 'INR',
  // The ringgit, written "RM" against the figure: "RM 12,000".
  RM: 'MYR',
  // The rupiah, "Rp 22.000.000", and the Philippine peso written "Php 28,000".
  Rp: 'IDR',
  'Rp.': 'IDR',
  Php: 'PHP',
  '₺': 'TRY',
  '฿': 'THB',
  KSh: 'KES',
  Ksh: 'KES',
  KShs: 'KES',
  Kshs: 'KES',
  'KSh.': 'KES',
  'Ksh.': 'KES',
  'KShs.': 'KES',
  'Kshs.': 'KES',
  // The cedi: "GH₵ 15,000".
  'GH₵': 'GHS',
  '₵': 'GHS',
};
// A currency's local word after a figure, case-sensitive: "42 000 Kč", "4.200 lei", "95.000 TL", "350 000 Ft".
// Latin letters, not \p{L}: a Unicode property class costs a tenth of a millisecond to compile, on every first read.
const LOCAL_AFTER = /^\s?(Kč|Kc|zl|lei|TL|₺|KSh|VNĐ|₫|đồng|đ|лв|грн|руб|₽|₴|Ft(?=\s?(?:\/|havonta|bruttó|nettó)))(?![a-zA-Z\u00C0-\u024F])/;
// "Ft" at a clause's end is the forint only after a figure of a forint's size, grouped in thousands ("1 400 000 –
// 1 700 000 Ft,"): "a 120 Ft yacht", "53 Ft, dry vans" are feet.
const FORINT_AT_END = /^\s?Ft(?=[,;]|\s*$)/;
/** 1 for the dot of a Cyrillic currency's abbreviation right after it ("лв."), else 0. */
function cyrillicDot(after: string, at: number): number {
  const word = after.slice(0, at).trim();
  return (word === 'лв' || word === 'грн' || word === 'руб') && after[at] === '.' ? 1 : 0;
}
const LOCAL_CODE: Record<string, string> = {
  Kč: 'CZK',
  Kc: 'CZK',
  // The zloty typed without its accent, as a text message does: "28-32 zl brutto/h".
  zl: 'PLN',
  // The lev, the hryvnia and the rouble in Cyrillic: "6 000 – 7 500 лв. месечно", "45 000 грн".
  лв: 'BGN',
  грн: 'UAH',
  руб: 'RUB',
  // The rouble's and the hryvnia's signs, written after the figure: "180 000 ₽ на руки", "45 000 ₴".
  '₽': 'RUB',
  '₴': 'UAH',
  lei: 'RON',
  TL: 'TRY',
  '₺': 'TRY',
  Ft: 'HUF',
  KSh: 'KES',
  VNĐ: 'VND',
  '₫': 'VND',
  // The dong's own word and its letter: "8 triệu đồng/tháng", "12.000.000đ".
  đồng: 'VND',
  đ: 'VND',
};
const DOLLAR_PREFIX: Record<string, string> = {
  CA: 'CAD',
  C: 'CAD',
  AU: 'AUD',
  A: 'AUD',
  NZ: 'NZD',
  S: 'SGD',
  SG: 'SGD',
  HK: 'HKD',
  NT: 'TWD',
  // The Dominican peso: "RD$ 95,000"; the Belize dollar, "BZ$1,800 a month".
  RD: 'DOP',
  BZ: 'BZD',
  US: 'USD',
  R: 'BRL',
  Mex: 'MXN',
};

// A figure: grouped thousands (commas, dots, spaces or apostrophes, straight or Swiss typographic: "118’000"), or plain digits; a decimal part.
// Indian grouping first ("28,00,000": 28 lakh), then thousands grouped by commas, dots, spaces or apostrophes.
const NUMBER =
  /\d{1,2}(?:,\d{2})+,\d{3}(?!\d)|\d{1,3}(?:(?:,\d{3})+|(?:\.\d{3})+|(?:[ \u00a0\u202f'’]\d{3})+)(?:[.,]\d{1,2}|,000(?= ?D[TA]\b))?(?!\d)|\d+(?:[.,]\d+)?/g;

const SCALE =
  // No letter may follow a one-letter scale, accented ones included: "6 månaders" is six months, not six million.
  // (Nor a dash and a day's one capital after the lakh's "L": Romanian working hours, "program 8-17 L-V", Monday to Friday;
  // not "₹12L-₹15L", "25L-fixed", "30L-CTC".)
  /^\s?(?:(k|K)(?![a-zA-Z\u00C0-\u024F])|(m|M|mm|MM|mil|[mM]io|Mn|mln|mill(?:ions?|ones|ón|on|ió)|milyon|miljoen|juta|jt|triệu)(?![a-zA-Z\u00C0-\u024F])|(thousand|grand|mila|mille|rb|ribu)\b|((?:[Ll]akhs?|[Ll]acs?|LAKHS?|LACS?|LPA|lpa|L(?=\s|$|[^a-zA-Z\u00C0-\u024F])(?!-[A-Z](?![a-zA-Z\u00C0-\u024F]))|[Cc]r(?:ores?)?)\b|लाख)|(tis\.|tisíc|tys\.|tysięcy)(?![a-zA-Z\u00C0-\u024F]))/;
// "to" and "and" between two figures, in the languages a message is written in: "75.000 bis 90.000 €",
// "de 55 000 à 62 000 €", "tussen 4.000 en 5.000", "de 40.000 a 48.000 €", "entre 40.000 y 48.000 €".
const RANGE_WORDS =
  '-|–|—|~|up to\\b|to\\b|and\\b|till\\b|until\\b|through\\b|bis\\b|à(?=\\s)|a(?=\\s)|tot\\b|til\\b|până la(?=\\s)|pana la\\b|až do\\b|až(?=\\s)|έως(?=\\s)|do\\b|iki\\b|ilaa\\b|до|et\\b|und\\b|en\\b|och\\b|og\\b|ja\\b|y\\b|e\\b|u\\b|[șş]i(?=\\s)|si\\b';
// (And Hindi "से" between two sums: "₹16,500 से ₹19,000 प्रति माह"; Nepali "देखि" and Bengali "থেকে", "from" after the
// first, "रु. 95,000 देखि 1,10,000 सम्म".)
// (Hindi's "से" in Latin letters too, as Hinglish writes it: "CTC 3.2 se 4 lakh".)
// (And Urdu's "سے": "37,000 سے 45,000 روپے ماہانہ".)
// (And Punjabi's "ਤੋਂ": "ਹਫ਼ਤੇ ਦੇ $2,200 ਤੋਂ $2,600 CAD".)
// (And Malayalam's "from" after the first, "€33,000 മുതൽ €36,500 വരെ".)
// (And Tagalog's "hanggang": "USD 900 hanggang 1,200 kada buwan".)
// (And Albanian's "deri": "Paga 800 deri 1200€ ne muaj".)
// (And Sinhala's "from … to", Kinyarwanda's "until" and Amharic's "up to" between two figures: "රු. 50,000 සිට 75,000
// දක්වා", "guhera kuri 300,000 kugeza kuri 450,000 Frw", "ከ 20,000 እስከ 30,000 ብር".)
const SPELLED_TO = [
  ' deri ',
  ' hanggang ',
  ' hingga ',
  // (Indonesian's "s/d", sampai dengan, between two sums: "Rp 5.000.000 s/d Rp 7.000.000 per bulan".)
  ' s/d ',
  ' sampai ',
  ' đến ',
  ' से ',
  ' se ',
  ' سے ',
  ' ਤੋਂ ',
  ' മുതൽ ',
  ' देखि ',
  ' থেকে ',
  ' සිට ',
  ' kugeza kuri ',
  ' kugeza ',
  ' እስከ ',
  // (And Tajik's "to" after "from", "аз 7 000 то 9 500 сомонӣ"; Swahili's "to", "KES 2.1M hadi 2.6M kwa mwaka".)
  ' то ',
  ' hadi ',
  // (And Telugu's "from … to" said after the first: "30 నుంచి 38 LPA", "3.5 నుంచి 4.8 లక్షలు".)
  ' నుంచి ',
  ' నుండి ',
  // (And Marathi's "to", "१८,००० ते २४,००० रुपये महिना"; Kannada's "from" after the first, "₹28 ರಿಂದ ₹34 ಲಕ್ಷ".)
  ' ते ',
  ' ರಿಂದ ',
  // (And Khmer's "to", "៣០០ ដុល្លារ ដល់ ៥០០ ដុល្លារ"; Burmese's "from" after the first, "၃ သိန်း မှ ၅ သိန်း ထိ".)
  ' ដល់ ',
  ' မှ ',
];
// Of those, the words that also join a figure to a count or a date ("पगार ₹१०,००० ते १ तारखेला जमा होतो", paid by the
// 1st; "ಸಂಬಳ ₹20,000 ರಿಂದ 25 ವರ್ಷದೊಳಗಿನವರಿಗೆ", for those under 25): a range only when the next figure is of the first's
// size (sameSizeAfter).
const PAIRED_ONLY_BY_SIZE = [' ते ', ' ರಿಂದ '];
/** Whether the text after a "to" opens with a figure (its sign before it allowed) at least a third of `first` and at most thrice it. */
function sameSizeAfter(first: string, rest: string): boolean {
  const m = /^(?:₹\s?)?(\d[\d,]*(?:\.\d+)?)/.exec(withAsciiIndicDigits(rest.slice(0, 16)));
  if (m === null) return false;
  const a = Number(withAsciiIndicDigits(first).replace(/,/g, ''));
  const b = Number(m[1]!.replace(/,/g, ''));
  return a > 0 && b >= a / 3 && b <= a * 3;
}
const CONNECTOR = new RegExp(`^\\s*(?:${RANGE_WORDS})\\s*`, 'i');
/** A connector that is "and": read as a range only after "between" in some language. */
// (Romanian "and" with either mark under its s: "și", or "şi" as older keyboards and Windows-1250 write it.)
// (And Maltese's "u": "bejn €34,000 u €39,000".)
const AND_CONNECTOR = /^\s*(?:and|et|und|en|och|og|ja|y|e|u|și|şi|si)(?![a-zA-Z\u00C0-\u024F])/i;
/** "a" (es, it, pt), "do" (pl) and "iki" (lt) are "to" only after "from": "de 40.000 a 48.000 €", "od 15 000 do 18 000 zł", "nuo 2 600 iki 3 200 EUR"; "$140k a year" is one figure. */
// (Not the "a" of the Czech "až", a range word of its own.)
const SPANISH_TOP = () =>
  /^\d{1,4}(?:[.,]\d{1,2})?\s*(USD |EUR |d[óo]lares |euros )?(?:por |per |al |a la |la hora|el mes|mensuales|anuales)/i;
const MIL_TOP = /^\d{1,3}(?:[.,]\d{1,2})?\s?(?:mil|k|K)(?![a-zA-Z\u00C0-\u024F])/;
/** A range's top in thousands by Portuguese and Spanish "mil" (or "k"), after "a" and a first figure of a thousand's count. */
function milRangeTop(after: string, first: string, currencyBefore: boolean, firstScale: string): boolean {
  // (By strings first: most ranges pass here.)
  const head = after.slice(0, 9);
  if (!head.includes('mil') && !head.includes('k') && !head.includes('K')) return false;
  // (The first's own thousand, "mil" or "k", is read as "k".)
  if (!/^\d{1,3}(?:[.,]\d{1,2})?$/.test(first) || (firstScale !== '' && firstScale !== 'k')) return false;
  const top = MIL_TOP.exec(after);
  return top !== null && (currencyBefore || /^\s?(?:reais|pesos|soles|euros|€)/.test(after.slice(top[0].length)));
}
/** Whether an hourly rate is said to be the least, "$25.50/hr min, plus …", "min" ending its clause. By strings. */
function hourlyMinimum(near: string): boolean {
  const low = near.toLowerCase();
  for (const words of ['/hr min', '/hour min', '/h min', ' per hour min', ' an hour min']) {
    const at = low.indexOf(words);
    if (at < 0) continue;
    const rest = low.slice(at + words.length);
    const after = (rest.startsWith('imum') ? rest.slice(4) : rest).replace(/^\./, '');
    // (Only where "min" ends its clause: not "min wage", "min 20 hours", "min. age 18", "min. requirements: …".)
    if (/^\s*(?:[,;)\n]|$)/.test(after)) return true;
  }
  return false;
}
/** A range's top after Spanish "a", with its period, and its currency where the first figure had none. */
function spanishTop(after: string, currencyBefore: boolean): boolean {
  const top = compiled(SPANISH_TOP).exec(after);
  return top !== null && (currencyBefore || top[1] !== undefined);
}
const fromConnector = (connector: string) => ['a', 'do', 'iki', 'до'].includes(connector.trim().toLowerCase());
// (And the Cyrillic "from", "від 2 500 до 3 500 $", "от 4 000 до 5 500 лв.".)
const FROM = /(?:\b(?:de|da|dal|desde|entre|od|między|mezi|nuo)|(?:^|\s)(?:від|от))\s*$/i;

// Gross or net, said between a figure and its period: "£50k gross per annum", "75.000 € brutto im Jahr", "55 000 € bruts annuels".
// "netto + VAT" is how a Polish B2B contract states its rate. The word may stand in
// brackets: "2500–3000 EUR (bruto) per mėnesį". Argentine and Spanish "de bolsillo" and "en mano" are net: "$ 950.000 de
// bolsillo por mes".
const GROSS =
  '(?:\\(?(?:gross|net|brutto|netto|brut[oa]s?|net[oa]s?|i?l[íi]quidos?|limpos|limpios|brute?s?|nets?|de bolsillo|en mano|lordi|lordo|lorda|netti|netta|nette|före skatt|før skat|hrubého|hrubé|hrubě|hrube|hrubeho|čistého|čistě|brüt|μικτά|καθαρά|нето|бруто|брутно)\\)?(?:\\s*\\+\\s*VAT)?(?:\\s+|(?=\\/)))?';
/** Period words of German, French, Dutch, the Nordic languages, Spanish, Italian, Portuguese and Polish, after a figure. Case-insensitive; Unicode-aware word ends.
 * Speed only: with each, words (lower case) one of which the text after the
 * figure must hold for the pattern to match; it runs only then. */
const PERIOD_AFTER_EUROPEAN: Array<[Pattern, Period, string[]]> = [
  // A man-day, as Czech and Polish contractors write it: "7 500 Kč/MD", "1200 zł za MD" (before "/M", a month).
  // (Net or gross before it: "1 150 zł netto/MD".)
  [() => /^\s*(?:(?:netto|brutto|net|gross)\s?)?(?:\/\s?|(?:za|per|na|pro)\s)MD(?![\p{L}])/u, 'day', ['md']],
  // A monthly figure said to be paid twelve to fifteen times a year: "1.050 € ilíquidos, pagos 14 vezes por ano".
  [
    () => /^\s*(?:\p{L}+,?\s+)?(?:pagos|pagas|pagados|pagadas|pagati|paid)\s+1[2-5]\s+(?:vezes|veces|volte|times)(?![\p{L}])/iu,
    'month',
    ['vezes', 'veces', 'volte', 'times'],
  ],
  // A monthly figure paid twelve to fifteen times a year: "2.100 € brutos x 14 meses", "× 13 Monatsgehälter".
  [
    builtOnce(
      () =>
        new RegExp(
          `^\\s*${GROSS}[x×]\\s?1[2-5]\\s(?:meses|mensualidades|pagas|prestações|mensilità|mois|Monatsgehälter|Monatslöhne|kuukautta)(?![\\p{L}])`,
          'iu',
        ),
    ),
    'month',
    ['x 1', 'x1', '× 1', '×1'],
  ],
  // Khmer and Lao "a month" ("$600-$800/ខែ", "1.500 USD ຕໍ່ເດືອນ", "ກີບ/ເດືອນ"); Vietnamese "an hour" and, typed with no
  // accents, "a month" ("450.000đ/giờ", "30 trieu VND/thang").
  [() => /^\s*(?:\/\s?ខែ|ក្នុងមួយខែ|ຕໍ່ເດືອນ|\/\s?ເດືອນ|\/\s?thang(?![\p{L}]))/u, 'month', ['ខែ', 'ເດືອນ', 'thang']],
  [() => /^\s*\/\s?giờ(?![\p{L}])/u, 'hour', ['giờ']],
  // A film crew's day of so many hours, "£465 per 10-hour day"; Russian "a day" of twenty-four hours, "320 USD в сутки".
  [
    () => /^\s*(?:\(?gross\)?\s*)?(?:per (?:\d{1,2}[- ]hour|\d{1,2}-hr) day\b|(?:в|за) сутки(?![\p{L}]))/iu,
    'day',
    ['hour day', '-hr day', 'сутки'],
  ],
  [() => /^\s*(?:ຕໍ່ມື້|\/\s?ມື້)/u, 'day', ['ມື້']],
  // Albanian "an hour", "a day", "a week" ("17,50 € bruto në orë", "30-35€ dite neto", "në javë"; a day only said so, not
  // "21 ditë pushim", 21 days off); Maltese "an hour", "a
  // month", "a week", "a day" ("€10.50 kull siegħa", "€1,650 gross fix-xahar"); Krio "fo wan day", "fo wan mont".
  [() => /^\s*(?:(?:bruto|neto)\s+)?(?:n[eë] or[eë]|kull siegħa|fis-siegħa)(?![\p{L}])/iu, 'hour', ['or', 'siegħa']],
  [
    () => /^\s*(?:(?:bruto|neto)\s+)?(?:n[eë] dit[eë]|dit[eë] (?:neto|bruto)|kull jum|fo wan day|for one day)(?![\p{L}])/iu,
    'day',
    ['dit', 'jum', 'wan day', 'one day'],
  ],
  [() => /^\s*(?:(?:bruto|neto)\s+)?(?:n[eë] jav[eë]|kull ġimgħa|fil-ġimgħa)(?![\p{L}])/iu, 'week', ['jav', 'ġimgħa']],
  [() => /^\s*(?:(?:gross|nett?)\s+)?(?:kull xahar|fix-xahar|fo wan mont\w*)(?![\p{L}])/iu, 'month', ['xahar', 'wan mont']],
  [() => /^\s*\/\s?muaj(?![\p{L}])/iu, 'month', ['/muaj', '/ muaj']],
  // English "every month" (and as a text message types it, "every mont"), Pidgin "for month", Wolof "ci weer wi".
  [
    () => /^\s*(?:every|each) mont(?:h)?s?(?![\p{L}])|^\s*for month(?![\p{L}])|^\s*ci weer wi(?![\p{L}])/iu,
    'month',
    ['every mont', 'each mont', 'for month', 'ci weer'],
  ],
  // Tagalog: "USD 1,800 kada buwan" (a month), "bawat linggo" (a week), "kada araw" (a day), "kada oras" (an hour), "kada taon".
  [() => /^\s*(?:kada|bawat) buwan(?![\p{L}])/iu, 'month', ['buwan']],
  [() => /^\s*(?:kada|bawat) linggo(?![\p{L}])/iu, 'week', ['linggo']],
  [() => /^\s*(?:kada|bawat) araw(?![\p{L}])/iu, 'day', ['araw']],
  [() => /^\s*(?:kada|bawat) oras(?![\p{L}])/iu, 'hour', ['oras']],
  [() => /^\s*(?:kada|bawat) taon(?![\p{L}])/iu, 'year', ['taon']],
  // Malayalam's "monthly" after the figure, in brackets too: "SAR 4,500 – 6,000 (പ്രതിമാസം)".
  [() => /^\s*\(?പ്രതിമാസം/u, 'month', ['പ്രതിമാസം']],
  // Punjabi: "$28 ਪ੍ਰਤੀ ਘੰਟਾ" (an hour), "ਪ੍ਰਤੀ ਦਿਨ" (a day), "ਪ੍ਰਤੀ ਹਫ਼ਤਾ", "ਪ੍ਰਤੀ ਮਹੀਨਾ", "ਪ੍ਰਤੀ ਸਾਲ".
  [() => /^\s*ਪ੍ਰਤੀ ਘੰਟ/u, 'hour', ['ਘੰਟ']],
  [() => /^\s*ਪ੍ਰਤੀ ਦਿਨ/u, 'day', ['ਦਿਨ']],
  [() => /^\s*ਪ੍ਰਤੀ ਹਫ/u, 'week', ['ਹਫ']],
  [() => /^\s*ਪ੍ਰਤੀ ਮਹੀਨ/u, 'month', ['ਮਹੀਨ']],
  [() => /^\s*(?:ਪ੍ਰਤੀ ਸਾਲ|ਸਾਲਾਨਾ)/u, 'year', ['ਸਾਲ']],
  // Chichewa, Bemba, Shona, Setswana (and Swahili's "kwa mwezi" elsewhere): "MK 1,800,000 pa mwezi", "K18,000 pa mweshi",
  // "US$1,200 net pamwedzi", "P4,500 ka kgwedi"; a week, "USD45 pasvondo", "pa sabata", "ka beke".
  [
    () => /^\s*(?:(?:\(?gross\)?|net)\s+)?(?:pa ?mwezi|pa ?mweshi|pa ?mwedzi|ka kgwedi)(?![\p{L}])/iu,
    'month',
    ['mwezi', 'mweshi', 'mwedzi', 'kgwedi'],
  ],
  [() => /^\s*(?:(?:\(?gross\)?|net)\s+)?(?:pa ?svondo|pa ?sabata|ka beke)(?![\p{L}])/iu, 'week', ['svondo', 'sabata', 'beke']],
  // Tok Pisin, Fijian and Māori: "K12.50 long wan aua", "K2,800 long wan mun", "FJ$9.50 e dua na aua", "$29.50 i te hāora",
  // "ena dua na macawa" (a week), "i te tau" (a year).
  [
    () => /^\s*(?:\(?gros\)?\s+)?(?:long wan aua|e dua na aua|ena dua na aua|i te h[āa]ora|ia h[āa]ora)(?![\p{L}])/iu,
    'hour',
    ['aua', 'ora'],
  ],
  [() => /^\s*(?:\(?gros\)?\s+)?(?:long wan de|ena dua na siga|i te r[āa])(?![\p{L}])/iu, 'day', ['wan de', 'siga', 'i te r']],
  [
    () => /^\s*(?:\(?gros\)?\s+)?(?:long wan wik|ena dua na macawa|e dua na macawa|i te wiki)(?![\p{L}])/iu,
    'week',
    ['wik', 'macawa', 'wiki'],
  ],
  [
    () => /^\s*(?:\(?gros\)?\s+)?(?:long wan mun|ena dua na vula|e dua na vula|i te marama)(?![\p{L}])/iu,
    'month',
    ['mun', 'vula', 'marama'],
  ],
  [() => /^\s*(?:\(?gros\)?\s+)?(?:long wan yia|ena dua na yabaki|i te tau|ia tau)(?![\p{L}])/iu, 'year', ['yia', 'yabaki', 'tau']],
  // Haitian, Mauritian and Seychellois Creole, Malagasy and Somali: "38 000 goud pa mwa", "Rs 17 500/mwa", "SR 24,000 par
  // mwan", "600 000 Ar isam-bolana", "450 000 Ar isan'andro", "900 ilaa 1,100 doollar bishii", "2 500 goud pa jou".
  // (Also with net or gross before it, and "/mwa" in Martinique's and Guadeloupe's Creole: "2 600 € net/mwa".)
  [
    () => /^\s*(?:(?:net|nèt|brut|gross)\s?)?(?:\/\s?mwa|pa mwa|par mwa|par mwan|isam-bolana|isam bolana|bishii|bishiiba)(?![\p{L}])/iu,
    'month',
    ['mwa', 'bolana', 'bish'],
  ],
  [
    // (And Twi's "every day": "GH₵ 85 da biara".)
    () => /^\s*(?:pa jou|par jou|par zour|isan['’]andro|maalintii|maalinkii|buli lunaku|ku munsi|da biara)(?![\p{L}])/iu,
    'day',
    ['jou', 'zour', 'andro', 'maalin', 'lunaku', 'munsi', 'biara'],
  ],
  // Luganda's and Kinyarwanda's month: "shs 450,000 buli mwezi", "650,000 Frw ku kwezi"; Tajik's, "дар як моҳ".
  [() => /^\s*(?:buli mwezi|ku kwezi|дар як моҳ)(?![\p{L}])/iu, 'month', ['mwezi', 'kwezi', 'моҳ']],
  // Papiamento's, Sranan Tongo's, Pijin's, Bislama's, Tongan's and Samoan's periods: "NAf. 11,75 pa ora", "Afl. 4.250,-
  // pa luna", "SRD 450 wan dei", "SBD 6,800 evri mans", "VT 145,000 long wan manis", "T$9.50 ki he houa", "$23.50 i le itula".
  [
    // (And Cape Verdean Kriolu's, "55.000$00 pa mes".)
    () => /^\s*(?:pa luna|pa mes|wan mun|evri mans|long wan manis|ʻi he māhina|'i he mahina|i le masina)(?![\p{L}])/iu,
    'month',
    ['luna', 'pa mes', 'wan mun', 'mans', 'manis', 'hina', 'masina'],
  ],
  [() => /^\s*(?:pa ora|evri aoa|long wan aoa|ki he houa|i le itula)(?![\p{L}])/iu, 'hour', ['pa ora', 'aoa', 'houa', 'itula']],
  [() => /^\s*(?:pa dia|wan dei|evri dei|long wan dei)(?![\p{L}])/iu, 'day', ['pa dia', 'wan dei', 'evri dei']],
  [() => /^\s*(?:pa siman|evri wik|long wan wik|i le vaiaso)(?![\p{L}])/iu, 'week', ['siman', 'evri wik', 'vaiaso']],
  [() => /^\s*(?:ʻi he taʻu|'i he ta'u|i le tausaga)(?![\p{L}])/iu, 'year', ['taʻu', "ta'u", 'tausaga']],
  // isiZulu's and isiXhosa's periods: "R5 500 ngenyanga", "R1 094 000 – R1 287 000 ngonyaka", "R350 ngosuku", "R145
  // ngeyure". (Not Sesotho's "ka letsatsi", said as often of a day's hours, "Dihora tse 9 ka letsatsi".)
  [() => /^\s*ngenyanga(?![\p{L}])/iu, 'month', ['ngenyanga']],
  [() => /^\s*ngonyaka(?![\p{L}])/iu, 'year', ['ngonyaka']],
  [() => /^\s*(?:ngosuku|ngelanga)(?![\p{L}])/iu, 'day', ['ngosuku', 'ngelanga']],
  [() => /^\s*(?:ngeyure|ngehora)(?![\p{L}])/iu, 'hour', ['ngeyure', 'ngehora']],
  [() => /^\s*(?:ngeveki|ngeviki|ngesonto)(?![\p{L}])/iu, 'week', ['ngeveki', 'ngeviki', 'ngesonto']],
  [() => /^\s*(?:pa semèn|par semenn|isan-kerinandro|toddobaadkii)(?![\p{L}])/iu, 'week', ['sem', 'kerinandro', 'toddobaad']],
  [() => /^\s*(?:pa lè|par ler|isan['’]ora|saacaddii)(?![\p{L}])/iu, 'hour', ['pa lè', 'par ler', 'ora', 'saacad']],
  // Danish and Norwegian after "kr.": "168 kr./t", "kr./time", "2.000 kr./md.".
  [() => /^\.?\s*\/\s?(?:time|t)(?![\p{L}])/iu, 'hour', ['/t']],
  [() => /^\.?\s*\/\s?(?:md|mdr|mnd|måned)(?![\p{L}])/iu, 'month', ['/m']],
  // (And their "per month" shortened, in lower case: "48.500 kr. pr. md.", "52 000 kr pr. mnd"; not a man-day, "pr. MD".)
  [() => /^\.?\s*pr\.? (?:md|mnd)\.?(?![\p{L}])/u, 'month', ['pr. md', 'pr md', 'pr. mnd', 'pr mnd']],
  // Ukrainian's hour, "година": "28,10 zł/год брутто", "за годину". (Russian's "/год" is a year: only where the text is
  // Ukrainian, its own letters "і", "ї", "є" in it, is it an hour; see ukrainianHour.)
  [builtOnce(() => new RegExp(`^\\s*${GROSS}(?:за годину|на годину|\\/\\s?годину)(?![\\p{L}])`, 'iu')), 'hour', ['годин']],
  // (And Maltese's year and month after the figure: "€34,000 u €39,000 gross fis-sena", "€2,400 fix-xahar".)
  [() => /^\s*(?:gross\s+|nett?\s+)?fis-sena(?![\p{L}])/iu, 'year', ['fis-sena']],
  [() => /^\s*(?:gross\s+|nett?\s+)?fix-xahar(?![\p{L}])/iu, 'month', ['fix-xahar']],
  // (And Khmer's month and day after the figure: "ក្នុងមួយខែ", "ក្នុងមួយថ្ងៃ", "៣០ ដុល្លារ/ខែ".)
  [() => /^\s*(?:ក្នុងមួយខែ|ក្នុង១ខែ|\/\s?ខែ)/u, 'month', ['ខែ']],
  [() => /^\s*(?:ក្នុងមួយថ្ងៃ|ក្នុង១ថ្ងៃ|\/\s?ថ្ងៃ)/u, 'day', ['ថ្ងៃ']],
  // (And Russian's, Kazakh's, Uzbek's and Armenian's hour and day after the figure: "1 800 тг/час", "25 000 ₸ в день",
  // "сағатына", "soatiga", "kuniga", "օրական"; not a day's hours after it, "350 000 ₸ күніне 8 сағат", nor Armenian's "at"
  // a time, "ժամը 9-18".)
  [
    builtOnce(() => new RegExp(`^\\s*${GROSS}(?:в час|за час|\\/\\s?час|\\/\\s?ч|сағатына|soatiga)(?![\\p{L}])`, 'iu')),
    'hour',
    ['час', '/ч', '/ ч', 'сағат', 'soat'],
  ],
  [
    builtOnce(
      () =>
        new RegExp(
          `^\\s*${GROSS}(?:в день|за день|\\/\\s?день|в сутки|күніне|kuniga|օրական)(?![\\p{L}])(?!\\s*\\d{1,2}\\s*(?:ժամ|сағат|soat|час))`,
          'iu',
        ),
    ),
    'day',
    ['день', 'сутки', 'күні', 'kuni', 'օրական'],
  ],
  // Hungarian: "2.600 € / hó", "havonta"; "/óra" is an hour.
  [builtOnce(() => new RegExp(`^\\s*${GROSS}(?:\\/\\s?)?(?:hó|hónap|havonta)(?![\\p{L}])`, 'iu')), 'month', ['hó', 'havonta']],
  [builtOnce(() => new RegExp(`^\\s*${GROSS}\\/\\s?óra(?![\\p{L}])`, 'iu')), 'hour', ['óra']],
  // Welsh: "£150 – £185 y dydd", "£12.60 yr awr", "£650 yr wythnos", "£2,400 y mis", "£38,000 y flwyddyn".
  [() => /^\s*y dydd(?![\p{L}])/iu, 'day', ['y dydd']],
  [() => /^\s*yr awr(?![\p{L}])/iu, 'hour', ['yr awr']],
  [() => /^\s*yr wythnos(?![\p{L}])/iu, 'week', ['yr wythnos']],
  [() => /^\s*y mis(?![\p{L}])/iu, 'month', ['y mis']],
  [() => /^\s*y flwyddyn(?![\p{L}])/iu, 'year', ['y flwyddyn']],
  // Hindi and Urdu in Latin letters: "14 riyal per ghanta", "₹250 prati ghanta".
  [() => /^\s*(?:per|prati|har|fi) ghant[ae](?![\p{L}])/iu, 'hour', ['ghant']],
  // Irish and Scottish Gaelic: "€450 sa tseachtain", "€14 san uair", "€3,200 sa mhí", "€52,000 sa bhliain", "€120 sa lá",
  // "in aghaidh na seachtaine" (for each week); "£550 san t-seachdain", "£2,400 sa mhìos", "£38,000 sa bhliadhna".
  [() => /^\s*(?:sa tseachtain|in aghaidh na seachtaine|san t-seachdain|gach seachdain)(?![\p{L}])/iu, 'week', ['seachtain', 'seachdain']],
  [() => /^\s*(?:san uair(?: an chloig)?|in aghaidh na huaire)(?![\p{L}])/iu, 'hour', ['san uair', 'huaire']],
  [() => /^\s*(?:sa mhí|in aghaidh na míosa|sa mhìos)(?![\p{L}])/iu, 'month', ['sa mh', 'míosa']],
  [() => /^\s*(?:sa bhliain|in aghaidh na bliana|sa bhliadhna)(?![\p{L}])/iu, 'year', ['sa bhlia', 'bliana']],
  [() => /^\s*(?:sa lá|in aghaidh an lae|san latha)(?![\p{L}])/iu, 'day', ['sa lá', 'an lae', 'san latha']],
  [
    builtOnce(
      () =>
        new RegExp(
          `^\\s*${GROSS}(?:pro stunde|die stunde?|in der stunde?|stündlich|par heure|de l['’]heure|l['’]heure|(?:per|p\\.|p) ?uur|p\\/u|i timmen|per timme|i timen|pr\\.? time|per time(?! you)|tunnissa|tunnilta|á (?:tímann|klst\\.?)|(?:por|a la|la) hora|(?:all['’]|l['’])ora|orari|na godzinę|za godzinę|za hodinu|na hodinu|pe oră|saatlik|\\/\\s?(?:std\\.?|stunde|heure|uur|tim|hora|ora|godz\\.?|hod\\.?|oră|h))(?![\\p{L}])`,
          'iu',
        ),
    ),
    'hour',
    [
      'p/u',
      'stunde',
      // (Bavarian and Austrian: "24 € die Stund".)
      'die stund',
      'stündlich',
      'heure',
      'uur',
      'timme',
      'time',
      'tunni',
      'tímann',
      'klst',
      'hora',
      'ora',
      'godzin',
      'hodin',
      'oră',
      'saatlik',
      '/std',
      '/tim',
      '/godz',
      '/hod',
      '/h',
    ],
  ],
  [
    builtOnce(
      () =>
        new RegExp(
          `^\\s*${GROSS}(?:pro tag|am tag|par jour|(?:per|p\\.) ?dag|om dagen|i dagen|pr\\.? dag|päivässä|(?:por|al|ao) d[ií]a|diarios|al giorno|giornalieri|dziennie|za dzień|na den|denně|za den|pe zi|günlük|на ден|na dan|dnevno|por jornada|per giornata|(?:per )?roz(?:ana)?|प्रतिदिन|रोज़?(?:ाना)?|την ημέρα|τη μέρα|ημερησίως|το μεροκάματο|\\/\\s?(?:tag|jour|dag|día|dia|giorno|dzień|den|zi|gün))(?![\\p{L}])`,
          'iu',
        ),
    ),
    'day',
    // (And Hindi's "a day", in Latin letters too: "₹950 roz", "₹700 प्रतिदिन"; Bulgarian's and Serbian's, "450 € на ден",
    // "na dan"; a day's work in Spanish and Italian, "58,36 € por jornada", "per giornata".)
    [
      'tag',
      'jour',
      'dag',
      'päivässä',
      'día',
      'dia',
      'diarios',
      'giorn',
      'dzie',
      'den',
      'denně',
      'zi',
      'gün',
      'roz',
      'प्रतिदिन',
      'रोज',
      'ден',
      'na dan',
      'dnevno',
      'jornada',
      // Greek: "80€ την ημέρα καθαρά", "130€ μικτά το μεροκάματο".
      'ημέρα',
      'μέρα',
      'ημερησίως',
      'μεροκάματο',
    ],
  ],
  [
    builtOnce(
      () =>
        new RegExp(
          `^\\s*${GROSS}(?:pro woche|die woche|par semaine|(?:per|p\\.) ?week|i veckan|per vecka|om ugen|i uken|pr\\.? uke|viikossa|(?:por|a la|x) semana|semanal(?:es)?|a settimana|settimanali|tygodniowo|nedeljno|sedmično|tjedno|pe săptămână|pe saptamana|săptămânal|на тиждень|за тиждень|щотижня|в неделю|за неделю|на неделю|за тыдзень|у тыдзень|par sem\\.|\\/\\s?(?:woche|semaine|sem\\.|vecka|uge|uke|semana|settimana|tydzień|тиждень|тиж\\.?|неделю|нед\\.?))(?![\\p{L}])`,
          'iu',
        ),
    ),
    'week',
    [
      'woche',
      'semaine',
      'p. week',
      'pr week',
      'vecka',
      'ugen',
      'uke',
      'viikossa',
      'semana',
      'semanal',
      'settiman',
      'tygodn',
      // Romanian: "1.150 € pe săptămână".
      'săptămân',
      'saptamana',
      '/uge',
      // French's short form, "1 650 $ brut/sem.", "par sem.".
      '/sem',
      'par sem.',
      'tydzień',
      // Ukrainian, Russian and Belarusian: "8 000 грн на тиждень", "в неделю", "за тыдзень".
      'тиж',
      'недел',
      'нед.',
      'тыдз',
    ],
  ],
  // (Also after a B2B contract's words, "18–24k netto na B2B miesięcznie"; in Catalan, "2.085 € bruts mensuals"; and in Urdu
  // and Hindi in Latin letters, "2200 Saudi Riyal mahana".)
  [
    builtOnce(
      () =>
        new RegExp(
          `^\\s*${GROSS}(?:(?:na|on) B2B\\s+)?(?:pro monat|im monat|pro monet|im monet|monatlich|mtl\\.|par mois|mensuels?|mensuelles?|(?:per|p\\.)\\s*maand|per månad|i månaden|om månaden|(?:i )?må(?:nads|neds)l[öø]nn?|i måneden|om måneden|pr\\.? måned|per måned|kuukaudessa|kuussa|kuus|á mánuði|um mánaðin|um mánaðan|(?:de|am|pro|all) Mount|\\/kk|(?:nominales )?(?:al|por|x|ao) mes|mensual(?:es)?|mensuals?|(?:tak )?mahana|mahina|në muaj|ne muaj|al mese|mensili|(?:por|ao) mês|mensais|miesięcznie|mies\\.|\\/mies|měsíčně|mesicne|za měsíc|mesačne|mesečno|mjesečno|havonta|на місяць|в місяць|на месяц|в месяц|у месяц|щомісяця|ежемесячно|месечно|на месец|pe lună|pe luna|lunar|μηνιαίως|μηνιαία|τον μήνα|το μήνα|per mėnesį|mėnesiui|mēnesī|प्रति ?माह|प्रति महीना|हर महीने|मासिक|महीना|महिना|दरमहा|மாதம்|প্রতি মাসে|মাসে|\\/\\s?(?:monat|mois|maand|mån|måned|mes|mês|mese|mies\\.?|lună|luna|měs\\.?|mesiac|mesec|mjesec|mj\\.?|hó|kk|kuus|kuu|月|μήνα|m[eė]n\\.?|mēn\\.?|місяць|міс\\.?|месяц|месец|мес\\.?|माह|महीना|মাস))(?![\\p{L}\\p{M}])`,
          'iu',
        ),
    ),
    'month',
    [
      'monat',
      'monet',
      'mtl.',
      'mois',
      'mensuel',
      'maand',
      'månad',
      'måned',
      'kuu',
      '/月',
      // Icelandic: "820.000 kr. á mánuði".
      'mánuði',
      // Faroese and Luxembourgish: "minst 32.000 kr um mánaðin", "7.200 € brutto de Mount".
      'mánaðin',
      'mánaðan',
      'mount',
      '/kk',
      '/ kk',
      'μηνιαί',
      'μήνα',
      'mes',
      'mês',
      'mensual',
      'mensili',
      'mensais',
      'mies',
      '/mån',
      'měs',
      'mesic',
      'mesač',
      'mjeseč',
      'mjesec',
      // Croatian "/mj", short for a month: "1.400 EUR neto/mj".
      '/mj',
      'міс',
      'мес',
      'havonta',
      'lun',
      '/hó',
      'mėn',
      // (Lithuanian typed without its accent, "3200 EUR/men.".)
      '/men',
      'mēn',
      'माह',
      'मासिक',
      'महीन',
      'महीने',
      // (And Marathi's "महिना" and "दरमहा", "१८,००० ते २४,००० रुपये महिना".)
      'महिना',
      'दरमहा',
      // (And Tamil's, "₹16,000 - ₹21,000 மாதம்"; Bengali's "per month", "₹১২,০০০ – ₹১৫,০০০ প্রতি মাসে".)
      'மாதம்',
      'মাসে',
      // (And its short form after a slash: "₹১২,০০০-১৫,০০০/মাস".)
      '/মাস',
      // Urdu and Hindi in Latin letters: "2200 Saudi Riyal mahana"; Albanian, "neto në muaj".
      'mahana',
      'muaj',
      'mahina',
    ],
  ],
  [
    builtOnce(
      () =>
        new RegExp(
          `^\\s*${GROSS}(?:pro jahr|im jahr|jährlich|per anno|par an|par année|annuels?|annuelles?|(?:per|p\\.) ?jaar|jaarlijks|per år|om året|i året|pr\\.? år|årligen|årlig|vuodessa|vuosittain|aastas|á ári|(?:al|por) año|anual(?:es)?|(?:all['’]|l['’])anno|annui|annuali|(?:por|ao) ano|anuais|rocznie|na rok|pe an|godi[šs]nje|годишње|годишно|na godinu|\\/\\s?(?:jahr|an|année|jaar|år|año|anno|ano|rok))(?![\\p{L}])`,
          'iu',
        ),
    ),
    'year',
    [
      'jahr',
      'jährlich',
      'anno',
      'par an',
      'année',
      'annuel',
      'jaar',
      'år',
      'vuo',
      'aastas',
      'á ári',
      'año',
      'anual',
      'annu',
      'ano',
      'roczn',
      'rok',
      // Romanian: "între 39.500 £ și 43.000 £ pe an".
      'pe an',
      '/an',
      // Serbian, Croatian and Bulgarian: "100.000 RSD godišnje", "годишно".
      'godi',
      'годиш',
    ],
  ],
  // Malay and Indonesian, Tagalog, Vietnamese, Swahili and Egyptian Arabic in Latin letters: "Rp 22.000.000 per bulan",
  // "₱18,000 kada buwan", "28,000 EGP net shahry",
  // "25.000.000 VNĐ/tháng", "KES 145,000 – 165,000 kwa mwezi".
  [
    builtOnce(
      () =>
        new RegExp(
          `^\\s*${GROSS}(?:(?:per|setiap|tiap) ?bulan|sebulan|(?:kada|bawat) buwan|(?:mỗi|một) tháng|kwa mwezi|shahr(?:y|i|eyan|iyan)|fe?l shahr|\\/\\s?(?:bulan|buwan|tháng|thang))(?![\\p{L}])`,
          'iu',
        ),
    ),
    'month',
    // (Vietnamese also typed without its accents, as a text message does: "9-12tr/thang".)
    ['bulan', 'buwan', 'tháng', '/thang', 'mwezi', 'shahr'],
  ],
  [
    builtOnce(
      () =>
        new RegExp(
          `^\\s*${GROSS}(?:(?:per|setiap|tiap) ?tahun|setahun|(?:kada|bawat) taon|(?:mỗi|một) năm|kwa mwaka|\\/\\s?(?:tahun|taon|năm))(?![\\p{L}])`,
          'iu',
        ),
    ),
    'year',
    ['tahun', 'taon', 'năm', 'mwaka'],
  ],
  [
    builtOnce(
      () =>
        new RegExp(`^\\s*${GROSS}(?:per jam|sejam|(?:kada|bawat) oras|(?:mỗi|một) giờ|kwa saa|\\/\\s?(?:jam|oras|giờ))(?![\\p{L}])`, 'iu'),
    ),
    'hour',
    ['jam', 'oras', 'giờ', 'saa'],
  ],
  [
    builtOnce(
      () =>
        new RegExp(
          `^\\s*${GROSS}(?:per hari|sehari|(?:kada|bawat) araw|(?:mỗi|một) ngày|kwa siku|\\/\\s?(?:hari|araw|ngày))(?![\\p{L}])`,
          'iu',
        ),
    ),
    'day',
    ['hari', 'araw', 'ngày', 'siku'],
  ],
  [
    builtOnce(
      () =>
        new RegExp(
          `^\\s*${GROSS}(?:per minggu|seminggu|(?:kada|bawat) linggo|(?:mỗi|một) tuần|kwa wiki|\\/\\s?(?:minggu|linggo|tuần))(?![\\p{L}])`,
          'iu',
        ),
    ),
    'week',
    ['minggu', 'linggo', 'tuần', 'wiki'],
  ],
];

const PERIOD_AFTER: Array<[Pattern, Period, string[]?]> = [
  ...PERIOD_AFTER_EUROPEAN,
  // "/ hó" is Hungarian for a month (PERIOD_AFTER_EUROPEAN), not "/h".
  [/^\s*(?:(?:gross|net)\s+)?(?:\/\s*|per\s+|an?\s+|each\s+|every\s+)(?:hours?|hrs?|h(?!ó))\b/i, 'hour'],
  // Dutch "/u" and "p/u", per uur: "€15,42/u bruto", "max. € 98,- p/u excl. btw".
  [() => /^\s*(?:p\/|\/\s?)u(?![a-z\u00C0-\u024F])/i, 'hour', ['/u']],
  // Croatian and Serbian "neto/sat", an hour: "8,50 € neto/sat" (not "€140/Sat", a Saturday).
  [() => /^\s*(?:neto|bruto)\s?\/\s?sat(?![a-zA-Z\u00C0-\u024F])/, 'hour', ['/sat']],
  // (Not the Vietnamese "phút", minutes: "15 phút".)
  [/^\s*(?:(?:gross|net)\s+)?(?:hourly|p\.?h\.?|p\/hr?)(?![a-z\u00C0-\u024F])/i, 'hour'],
  // British shorthand: "£1,200 p/w", "£450 p/d", "£3,000 p/m".
  // A month also with a gross or net word before: "€3.877 - €5.489 bruto p/m".
  [/^\s*p\/w(?![a-z])/i, 'week'],
  [/^\s*p\/d(?![a-z])/i, 'day'],
  // (And "pd" against the figure, as a contractor's rate is written: "£550-600pd"; not a Dutch postcode's letters, "5145
  // PD Waalwijk".)
  [() => /^pd(?![a-z])/, 'day', ['pd']],
  // And "pm" and "pcm" after a sum, in lower case: "Basic R16 500 pm", "£2,400 pcm" (a time of day's "5 pm" is refused
  // as one; "PM" in capitals is a product manager, "a $180k PM role"; a rent's "pcm" is refused as a price).
  // (And "p.m", as East Africa writes it: "Salary 18,000 p.m + free uniform".)
  [/^\s*(?:(?:gross|net|bruto|netto|brutto)\s+)?(?:p\/m|pc?m|p\.m)(?![a-z])/i, 'month'],
  [/^\s*(?:(?:gross|net)\s+)?(?:\/\s*|per\s+|an?\s+|each\s+)(?:days?|d)\b/i, 'day'],
  // A teacher's rate "per lecture hour", "per teaching hour". (Looked for only after those words.)
  [
    () => /^\s*(?:\/-\s*)?(?:\/\s*|per\s+|an?\s+)(?:lecture|teaching|contact|class|tutorial)\s+hours?\b/i,
    'hour',
    ['lecture', 'teaching', 'contact', 'class', 'tutorial'],
  ],
  // A consultant's fee "per working day". (Looked for only after "working".)
  [() => /^\s*(?:(?:gross|net)\s+)?(?:per|a|each)\s+working\s+days?\b/i, 'day', ['working']],
  [/^\s*daily\b/i, 'day'],
  [/^\s*(?:(?:gross|net)\s+)?(?:\/\s*|per\s+|an?\s+|each\s+)(?:weeks?|wk|w)\b/i, 'week'],
  [/^\s*weekly\b/i, 'week'],
  // Paid on a day each week: "₦45,000 every Friday (weekly)". (Looked for only after "every".)
  [() => /^\s*every\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|week)\b/i, 'week', ['every']],
  // (And "every month", as a chat says it: "I fit pay 180k naira every month".)
  [() => /^\s*every\s+month\b/i, 'month', ['every']],
  [/^\s*(?:(?:gross|net)\s+)?(?:\/\s*|per\s+|an?\s+|each\s+)(?:months?|mo|mth|m)\b/i, 'month'],
  [/^\s*monthly\b/i, 'month'],
  [/^\s*(?:(?:gross|net)\s+)?(?:\/\s*|per\s+|an?\s+|each\s+)(?:years?|yr|y|annum)\b/i, 'year'],
  // "… your first year (OTE)", "… in year one".
  // (Not another thing's year on the next line: "Base: CAD $165,000 – $185,000" over "Annual bonus target: 20–30%".)
  [
    /^\s*(?:(?:gross|net)\s+)?(?:annually|yearly|annual(?! (?:bonus|leave|target))|p\.\s?a\.?|pa\b|per\s+annum|LPA|(?:in )?(?:your|the) first year\b|in year one\b)/i,
    'year',
  ],
];

// Words near a figure that say it is pay, and how strongly.
const PAY_WORDS =
  /\b(?:salary|salaries|base|comp|compensation|pay|pays|paying|paid|rate|day rate|hourly|wage|wages|OTE|on[- ]target|earnings|budget|package|TC|total comp|range|banded|band|offering|offer|remuneration|stipend-free|per hour|per annum|a year|annually|gross|net|W2|1099|C2C|contract rate|take[- ]home)\b/i;
// The same in German, French, Dutch, the Nordic languages, Spanish, Italian, Portuguese, Polish and more: words, looked up, not a pattern to compile.
const PAY_WORDS_ELSEWHERE = new Set([
  'gehalt',
  'jahresgehalt',
  'bruttojahresgehalt',
  'zieljahresgehalt',
  'zielgehalt',
  'grundgehalt',
  // A total package: "Das Gesamtpaket liegt bei bis zu 110 T€".
  'gesamtpaket',
  'gehaltspaket',
  'gesamtvergütung',
  'vergütung',
  'brutto',
  'salaire',
  'rémunération',
  'brut',
  'bruts',
  'salaris',
  'bruto',
  'loon',
  'jaarsalaris',
  'maandsalaris',
  'lön',
  'lönen',
  'månadslön',
  'mánaðarlaun',
  'laun',
  'grundlön',
  'lønn',
  'lønnen',
  'løn',
  'grundløn',
  'palkka',
  'kuukausipalkka',
  // Their compounds: fixed, basic, yearly, monthly and hourly pay; Finnish basic pay, hourly pay and a day's rate.
  'fastlønn',
  'fastløn',
  'fastlön',
  'grunnlønn',
  'årslønn',
  'årsløn',
  'årslön',
  'månedslønn',
  'månedsløn',
  'timlön',
  'timelønn',
  'timeløn',
  'peruspalkka',
  'tuntipalkka',
  'päivähinta',
  'lohn',
  'salario',
  'sueldo',
  'retribución',
  'retribuzione',
  'stipendio',
  'ral',
  'salário',
  'remuneração',
  'wynagrodzenie',
  'pensja',
  'mzda',
  'mzdu',
  'plat',
  'salariu',
  'salariul',
  'maaş',
  'maas',
  'ücret',
  'fizetés',
  'bér',
  'plaća',
  // Serbian, Croatian and Bosnian in Latin and Cyrillic, and Bulgarian and Macedonian gross and net: "Плата од 85.000
  // дин.", "бруто 3 200 – 3 800 лв. месечно".
  'plata',
  'platu',
  'plaću',
  'plača',
  'plačo',
  'zarada',
  'плата',
  'плату',
  'зарада',
  'бруто',
  'нето',
  // Welsh, and Irish and Scottish Gaelic: "Cyflog: £28,000", "Tuarastal: £31,500 – £34,000 sa bhliadhna".
  'cyflog',
  'tuarastal',
  // An agent's base, as Australian real estate names it: "$90k retainer + super" (a search firm's "retainer $25,000", its
  // fee, is read as a price).
  'retainer',
  // Malayalam "salary": "ശമ്പളം: SAR 4,500 – 6,000".
  'ശമ്പളം',
  // Bemba, Chichewa, Shona and Setswana "pay", "wages": "Ubulipilo: K18,000 pa mweshi", "Malipiro ndi MK 1,800,000",
  // "Mubhadharo: USD45 pasvondo", "Tuelo: P4,500 ka kgwedi", "moputso".
  // Uzbek, Kyrgyz and Tajik "salary": "Maosh: 4 500 000 so'm", "ойлик 12 млн сўм", "Айлыгы 150 000 рублден жогору",
  // "айлыгы 60 000 сом колго", "маоши".
  'maosh',
  'маош',
  'маоши',
  'oylik',
  // Mongolian "salary": "Цалин: сарын 4,500,000–6,000,000₮".
  'цалин',
  'цалингийн',
  'ойлик',
  'айлык',
  'айлыгы',
  'музди',
  'ubulipilo',
  'malipiro',
  'mubhadharo',
  'muhoro',
  'tuelo',
  'moputso',
  'brutos',
  'lordi',
  'lordo',
  // Bulgarian, Ukrainian and Russian.
  'заплата',
  'заплатата',
  // (And Bulgarian "net", as an owner's text offers it: "Давам 3 500 лв. чисти на месец". Not "I give" alone, which also
  // lets a room, "Давам под наем стая".)
  'чисти',
  'зарплата',
  'зарплату',
  'зарплати',
  'оклад',
  'възнаграждение',
  'винагорода',
  'ставка',
  'заробітна',
  'заработная',
  'зп',
  'заплащане',
  'вилка',
  'зарплатня',
  'вознаграждение',
  'оплата',
  'доход',
  'дохода',
  // "Conditions", the offer's heading, and Ukrainian "before tax", gross: "Умови: 52 000 – 64 000 грн на місяць до
  // оподаткування".
  'умови',
  'условия',
  'оподаткування',
  // (What is offered: "мы готовы предложить от 250 000 руб.", "ми пропонуємо 75 000 грн".)
  'предложить',
  'предлагаем',
  'предлагаме',
  'пропонуємо',
  // Malay and Indonesian, Vietnamese, Tagalog and Swahili.
  'gaji',
  'upah',
  'lương',
  'luong',
  'sahod',
  'mshahara',
  // Lithuanian, Latvian and Estonian: "Bazinis atlyginimas 1 100 €", "Atalgojums: no 2 600 EUR", "Palk 2 200 € bruto".
  'atlyginimas',
  'atlyginimą',
  'atlyginimo',
  'atalgojums',
  'atalgojumu',
  'alga',
  'algu',
  'palk',
  'töötasu',
  'brutopalk',
  'kuupalk',
  // Polish "the fork", a pay range: "widełki: 24–29 tys. netto".
  'widełki',
  // Amharic, with or without its own colon: "ደመወዝ፡".
  'ደመወዝ',
  'ደመወዝ፡',
]);
// What stands between two words; ASCII and the quotes and dashes of a message.
const WORD_GAP = /[\s,.;:!?()[\]{}/"'’“”«»*|+=<>…–—-]+/;

/** Does `text` hold a pay word, in any of the languages? */
// A scale's step in brackets, as a pattern's source: "(Stufe 1)", "(Step 6)".
const STEP_BRACKET = String.raw`\((?:Stufe|Erfahrungsstufe|Step) \d{1,2}\)`;
/**
 * A scale's step named in brackets after each end of a range, blanked (as many spaces, so that every character stays
 * where it was): "4.271,36 Euro (Stufe 1) bis 6.048,19 Euro (Stufe 6) brutto im Monat".
 */
function withoutStepBrackets(text: string): string {
  if (!text.includes('(Stufe ') && !text.includes('(Step ') && !text.includes('(Erfahrungsstufe ')) return text;
  return text.replace(new RegExp(STEP_BRACKET, 'g'), (step) => ' '.repeat(step.length));
}
// A package of work, not of pay: "the MEP package went to site", "the tender package". (Blanked before the pay words are
// looked for, only where "package" is written.)
const WORK_PACKAGE = () =>
  /\b(?:MEP|M&E|HVAC|works?|tender|bid|design|drawings?|submittal|software|installation|electrical|mechanical|structural|civil|steel|fit-out) package\b/gi;
function hasPayWord(text: string): boolean {
  if (compiled(PAY_WORDS).test(text))
    return !text.includes('package') || compiled(PAY_WORDS).test(text.replace(compiled(WORK_PACKAGE), ' '));
  const lower = text.toLowerCase();
  // Colombia's word for a base salary, "Asignación básica mensual" (an "asignación" alone may be an allowance).
  if (lower.includes('asignación básica') || lower.includes('asignacion basica') || lower.includes('asignación salarial')) return true;
  return lower.split(WORD_GAP).some((word) => PAY_WORDS_ELSEWHERE.has(word));
}
// What follows an OTE word before its figure: a connector, a gross, an approximation.
// (Past a form's dot leaders too: "OTE ................ Q22,000 / month".)
// (A table's bar too: "| OTE              | €52,000 (uncapped commission) |".)
const OTE_TAIL = String.raw`\)?\s*(?:[.…]{2,}\s*)?(?:of|is|at|around|about|:|=|\||-|–|von|de|à|di|van|på|av|af|na|w wysokości|on|er|är|ist)?\s*(?:(?:gross|br[uü]t(?:t?[oó])?)\s+)?(?:up to|around|about|~|autour de|environ|d['’]environ|rund|etwa|circa|ca\.|ongeveer|alrededor de|cerca de|intorno a|około|ok\.|bis zu|jusqu['’]à|hasta|fino a|até|ronda(?:n)? (?:los|las|el)|aproximadamente|noin|n\.|omkring|ungefär|cirka|runt|rundt|ca|c\.)?\s*$`;
const OTE_BEFORE = new RegExp(
  String.raw`\b(?:OTE|on[- ]target(?: earnings)?(?: (?:with|incl\.?|including) (?:[\w-]+ ){0,4}?commissions?)?|target earnings|Zieleinkommen|(?:ingresos?|salario|sueldo|renta) (?:promedio |total |estimado |potencial )?con comisiones)${OTE_TAIL}`,
  'i',
);
// The target total in French and Finnish ("rémunération globale visée", "tavoiteansio"): run only where one of
// MORE_OTE_HINTS is, so that a message in English never compiles it.
const MORE_OTE_BEFORE = new RegExp(
  String.raw`\b(?:(?:expected |projected |estimated |realistic |average )?first[- ]year earnings|rémunération (?:(?:globale|totale|annuelle) )?cible|rémunération (?:globale|totale) visée|rémunération (?:globale|totale) pouvant atteindre|package global visé|tavoiteansio|forventet (?:månedlig )?indtjening|forventet inntjening|förväntad inkomst|OTE (?:complessiv[ao]|total[ei]?|annu(?:a|o|al|ale|el|elle)|globale?|gesamt|totaal)|hedef(?:ler(?:in)?)?(?: tamamı)? gerçekleştiğinde(?: prim dahil)?(?: aylık)?(?: net| brüt)?|hedef kazanç(?::?\s*aylık)?|potensi (?:penghasilan|pendapatan)(?: hingga)?|m[ée]dia de ganhos|ganhos m[ée]dios|ingresos? promedio(?: mensual(?:es)?)?|promedio de ingresos(?: mensuales)?|(?:hedef\S* [^.\n]{0,40})?primlerle birlikte(?: aylık)?(?: net| brüt)?(?: yaklaşık| ortalama)?)${OTE_TAIL}`,
  'i',
);
// (An OTE with its adjective after it: "OTE complessiva 68.000 €", "OTE totale".)
const MORE_OTE_HINTS = [
  // (And a first year's earnings with commission, as an insurance or a sales job states its total: "Expected first-year
  // earnings: $60K–$80K with commission".)
  'first-year earnings',
  'first year earnings',
  'visé',
  'pouvant atteindre',
  'cible',
  'tavoite',
  // (And the Nordic "expected earnings" beside a base: "Forventet indtjening 45.000-60.000 kr. pr. måned med provision".)
  'forventet indtjening',
  'forventet månedlig indtjening',
  'forventet inntjening',
  'förväntad inkomst',
  'ote complessiv',
  'ote total',
  'ote annu',
  'ote global',
  'ote gesamt',
  'gerçekleştiğinde',
  // Turkish target earnings, "Prim dahil hedef kazanç: aylık brüt 150.000 TL'ye varan"; the total "with the bonuses"
  // when the targets are met, "hedeflerin %100 gerçekleşmesi durumunda primlerle birlikte aylık brüt 130.000 TL".
  'hedef kazanç',
  'primlerle birlikte',
  // The average a seller earns with commission, in Portuguese and Spanish: "R$ 2.500,00 + comissões (média de ganhos de
  // R$ 6.000,00/mês)", "Ingreso promedio mensual de S/ 4,500 cumpliendo la meta".
  // (And Indonesian "potential income" beside a base: "Potensi penghasilan Rp 8-10 juta per bulan".)
  'potensi penghasilan',
  'potensi pendapatan',
  'média de ganhos',
  'media de ganhos',
  'ganhos médios',
  'ingreso promedio',
  'ingresos promedio',
  'promedio de ingresos',
];
// After a single figure, the employer saying it pays above it: "Überzahlung möglich", "we are willing to pay above this",
// "Wir zahlen bei entsprechender Qualifikation selbstverständlich darüber" (not "darüber hinaus", moreover, nor "nicht
// darüber", nor "darüber sprechen wir", about it: "darüber" ending the clause).
const PAID_ABOVE = () =>
  /^[^\n]{0,120}(?:berzahlung|(?<!\bnot |n['’]t )(?:willing|prepared|happy) to pay (?:more|above)|\bzahlen\b[^\n.;:!?–—]{0,80}(?<!\b(?:nicht|keinesfalls|kein|nie|niemals) )\bdarüber(?=\s*(?:[.!,)–—-]|$)))/i;
// The fixed part's word right after its figure: "76.000 € Fixgehalt", "50 K€ fixe", "$90k base".
const FIXED_PART_AFTER = () => /^\s?(?:brutto\s)?(?:Fixgehalt|Grundgehalt|Fixum|fixe?s?|base|basic|fixed)\b/i;
const VARIABLE_PART_AFTER = () =>
  /^\s?(?:brutto\s)?(?:variable[rn]? (?:vergütung|anteil|gehalt|bezüge)|variable? (?:pay|compensation|bonus|component|part)\b|de variable\b|variabel(?:e|en)? (?:vergütung|anteil|beloning|lön))/;
const HEADCOUNT_AFTER = () => /^\+?\s(?:[a-z-]+\s){0,4}(?:employees|workers|staff|people)\b/;
// The words before a figure the message says is no longer the offer.
const EARLIER_FIGURE_WORDS = ['up from', 'up from the', 'increased from', 'instead of', 'instead of the', 'rather than the', 'previously'];
// A comparison's word before "your" (and "current") and the figure: the reader's own pay, the offer set against it.
const YOURS_COMPARED = () =>
  /\b(?:than|beat|beats|match|matches|above|over|vs\.?|versus|compared (?:to|with)|up from|on top of|double|triple)\s+your(?:\s+(?:current|present))?$/;
const ASK_TOLD_BACK = [
  'you want',
  "you're after",
  'you’re after',
  'you are after',
  'you asked for',
  "you're looking for",
  'you’re looking for',
  'you are looking for',
  'your ask of',
  'you would need',
  "you'd need",
];
// (And a recruiter who got the client to pay more: "they started at £600 but I've got them up to £650 per day"; in
// Ukrainian and Russian, "піднімаємо до 4 800 $ gross на місяць", we are raising it to.)
const RAISED_UP_TO = () =>
  /\b(?:come|came|gone|went|moved|bumped|raised|increased|got (?:them|it|the client|the rate))\s+up\s+to\s*(?:[$€£¥₹]|[A-Z]{1,3}\$)?\s*$|(?<!(?:потолок|стеля|стелю|максимум|верхн\p{L}* границ\p{L}*|бюджет)[^.\n]{0,40})(?<![\p{L}])(?:піднімаємо|підняли|піднімемо|поднимаем|подняли|поднимем)\s+до\s*(?:[$€£]\s?)?$/iu;
// Turkish "reaching" after a figure's case ending: "150.000 TL'ye varan", "5.000 €'ya varan".
// (And "as far as", "120 bin TL'ye kadar".)
const TURKISH_REACHING = ['varan', 'kadar'].flatMap((word) =>
  ["'", '’'].flatMap((mark) => ['ye', 'ya', 'e', 'a'].map((ending) => `${mark}${ending} ${word}`)),
);
// Words of a bracket that takes something out, "(hors primes)", "(excluding bonus)": by strings, as a bracket before a
// figure is common ("401(k) match and a $2,000 …").
const EXCLUDING = ['hors ', 'sans ', 'excl', 'without', 'ohne ', '(sin ', ' sin ', '(sem ', ' sem ', 'senza', 'exkl'];
const excludes = (bracket: string) => EXCLUDING.some((word) => bracket.includes(word));
const HOURS_BEFORE = () =>
  /\b(?:hours|hrs|working hours|contracted hours|work hours)\s*(?:are|is|of|:|=|-|–|\()?\s*(?:about |around |approx\.? |roughly |up to )?$/i;
/** Does `before` end in an OTE word, so that the figure after it is on-target earnings? */
function oteBefore(before: string): boolean {
  if (compiled(OTE_BEFORE).test(before)) return true;
  // (A label's bracket of what it counts, "OTE (basic + monthly sales incentive at 100% of target): KWD 1,400.000",
  // "rémunération cible (fixe + variable) de 1 400 000 FCFA": read without it.)
  const bracket = before.lastIndexOf('(');
  const closed = before.lastIndexOf(')');
  // (Not returning false from it: the bracket may be the word itself, "(OTE) līdz 3 800 EUR". Nor where the bracket
  // takes the bonus out: "Rémunération cible (hors primes) : 38 000 €" is the base.)
  if (
    bracket > 0 &&
    closed > bracket &&
    before.length - closed <= 16 &&
    !excludes(before.slice(bracket, closed).toLowerCase()) &&
    oteBefore(`${before.slice(0, bracket).trimEnd()}${before.slice(closed + 1)}`)
  )
    return true;
  // (A chat's bold label, "*OTE:* 16 LPA": read without its marks.)
  if (before.endsWith('* ') || before.endsWith('*')) return oteBefore(before.replace(/\*+\s*$/, ' ').replace(/\*(?=[^*\n]*$)/, ''));
  // (An OTE said to be approximate, "OTE approximately THB 160,000": the word dropped, by strings, as few messages say so.)
  // (And Latvian and Estonian "up to" after it, "(OTE) līdz 3 800 EUR", by strings too.)
  const approximate = ['approximately ', 'approx. ', 'roughly ', 'līdz ', 'kuni '].find((word) => before.endsWith(word));
  if (approximate !== undefined) return oteBefore(`${before.slice(0, -approximate.length).trimEnd()} `);
  // (And the year it is for, between the word and its verb: "A realistic OTE in year one is €45k".)
  if (before.includes(' in year') || before.includes(' first year')) {
    const year = / in (?:year (?:one|1)|(?:your|the) first year)(?= (?:is|of|at|would be|will be)\s*:?\s*$)/i.exec(before);
    if (year) return oteBefore(before.slice(0, year.index) + before.slice(year.index + year[0].length));
  }
  const low = before.toLowerCase();
  return MORE_OTE_HINTS.some((w) => low.includes(w)) && compiled(MORE_OTE_BEFORE).test(before);
}
// On the figure's own line: "OTE" starting the next line labels the next figure ("Base: £55k\nOTE: £110k").
// (And the French "à objectifs atteints", "at targets met": "un package de 80 K€ à objectifs atteints".)
const OTE_AFTER = /^[^\S\n]*\(?[^\S\n]*(?:OTE|on[- ]target(?: earnings)?|target earnings|on target|à objectifs atteints)\b\)?/i;
const TOTAL_WORDS =
  /\b(?:total comp(?:ensation)?|total cash|total package|total rewards|total target|TC|all[- ]in|with bonus(?:es)?|including bonus|incl\.? bonus|bonus included|first[- ]year total|total)\b/i;
const BASE_WORDS = /\b(?:base|basic|salary|salaries|base pay|fixed|fixe|Fixum|Fixgehalt|fijo|fisso|vast)\b/i;
// The same in German, the Nordic languages and Finnish, run only on a clause that holds one of MORE_BASE_HINTS.
const MORE_BASE_WORDS = /\b(?:Grundgehalt|grundlön|fastlön|grunnlønn|fastløn|sabit)\b|\b(?:kiinteä|alapbér)(?![\wäöåé])/i;
const MORE_BASE_HINTS = ['grund', 'fastl', 'grunnl', 'kiinte', 'alapb', 'sabit'];
const saysBase = (clause: string) =>
  BASE_WORDS.test(clause) || (MORE_BASE_HINTS.some((w) => clause.toLowerCase().includes(w)) && MORE_BASE_WORDS.test(clause));

const UP_TO =
  /\b(?:up ?to|upto|(?<!\d+ [a-z]+ )max(?:imum|\.)?|as (?:much|high) as|topping out at|tops out at|capped at|no more than|not more than|(?:the )?max(?:imum)? (?:they|we|the client)(?: can| could| will)? (?:go|offer|pay|stretch)(?: to)? is)\s*(?:of|:)?\s*$/i;
const FLOOR_BEFORE =
  /(?:\b(?:from|starting (?:at|from)|starts at|at least|min(?:imum|\.)?|minimum of|north of|upwards of|in excess of|more than|over|above|no less than|not less than|\+)\s*(?:of|:)?\s*$)/i;
// The same in the languages of Europe, lower case, longest first where one ends another: words, looked up, not patterns to compile.
const UP_TO_ELSEWHERE = [
  // (And English ceilings said in words, as strings: "they can't go above £500 per day".)
  "can't go above",
  'can’t go above',
  'cannot go above',
  "won't go above",
  'won’t go above',
  'no higher than',
  // Polish "even up to", before a figure in any currency ("nawet do 2 400 € netto/mies."); "do" alone only before zloty.
  'nawet do',
  // Albanian "up to": "bonus mujor deri 300€".
  'deri',
  // (Vietnamese "up to" typed without its accents, as a text message does: "Luong len toi 30 trieu VND/thang".)
  'len toi',
  'len den',
  // Khmer's and Lao's "up to": "ប្រាក់ខែរហូតដល់ $450", "ສູງສຸດ 3.000.000 ກີບ".
  'រហូតដល់',
  'ສູງສຸດ',
  // Vietnamese "up to", "at most": "Mức lương: lên đến 55 triệu VND/tháng".
  'lên đến',
  'lên tới',
  'tối đa',
  // Malay and Indonesian "up to": "Gaji pokok: sehingga RM 6,500 sebulan", "hingga Rp 8 juta".
  'sehingga',
  // (Tagalog's, "Sahod hanggang ₱28,000/buwan"; Indonesian's "s/d", sampai dengan, "s/d Rp 8 juta".)
  'hanggang',
  's/d',
  // Swahili "up to", "until": "Unalipwa mpaka KSh 3,000 kwa siku".
  'mpaka',
  'hingga',
  // Latvian and Estonian: "līdz 3 800 EUR", "kuni 4000 €"; Lithuanian, alone before its figure, "Atlyginimas iki 3200
  // EUR/men.".
  'līdz',
  'iki',
  'kuni',
  'bis zu',
  'bis',
  'maximal',
  'höchstens',
  'tot maximaal',
  'maximaal',
  'tot',
  'hasta',
  // Somali and Haitian Creole: "Mushahar ilaa 500 doollar bishii", "bonis pèfòmans jiska 5 000 goud"; Amharic, "እስከ
  // 120,000 ብር በወር".
  'ilaa',
  // (And Swahili's "up to": "Pata hadi Ksh 2,000 kwa siku".)
  'hadi',
  'jiska',
  'እስከ',
  'fino a',
  'até',
  // (Portuguese "até" as a text message writes it, with no accent: "Ganhe ate 1.200€/mes".)
  'ganhe ate',
  'salario ate',
  'salário ate',
  'ganha ate',
  'upp till',
  'upp mot',
  'högst',
  'opptil',
  'inntil',
  'op til',
  'højst',
  'maksimalt',
  // (Polish "at most": "maksymalnie 1 150 zł netto/MD".)
  'maksymalnie',
  'maks',
  // French "which may reach": "une rémunération totale pouvant atteindre 180 K€".
  'pouvant atteindre',
  "jusqu'à",
  'jusqu’à',
  // (And "can go up to": "ils peuvent monter à 4.200 net par mois".)
  'monter à',
  "monter jusqu'à",
  "jusqu'a",
  'jusqu’a',
  "jusqu'au",
  'jusqu’au',
  // Romanian, Czech and Finnish: "de până la 20.000 lei", "až do 60 000 Kč", "enintään 4 000 €".
  'până la',
  'pana la',
  'έως',
  'až do',
  'až',
  'enintään',
  // (Welsh "up to": "Cyflog: hyd at £34,000 y flwyddyn".)
  'hyd at',
  // (Finnish "as much as", "Ansaitse jopa 3000€/kk!", and Icelandic "up to", "allt að 900.000 kr.".)
  'jopa',
  'allt að',
  // Bulgarian, Ukrainian and Russian: "до $3 000/міс".
  'до',
];
// A sum of money written anywhere: a currency's sign or code before a figure, or a euro's sign, a "k" or a code after one.
const SUM_STATED = () =>
  /(?:[$€£¥₹]|\b(?:EUR|USD|GBP|CHF|INR|AED|SAR|QAR|KWD|SGD|HKD|AUD|CAD|NZD|Rs\.?))\s?\d|\d\s?(?:€|[kK]\b|EUR\b|CHF\b|USD\b)/;
// The words of a worked example or an equivalent, before its figures in their sentence.
const EXAMPLE_WORDS = [
  'to give you an idea',
  'for example, on',
  'works out to',
  // (And another money's sum the pay comes to, said to be rough: "AED 45k a month works out at roughly £9,700 a month";
  // not the offer itself, "The base works out at £62,000".)
  'works out at roughly',
  'works out at about',
  'works out at around',
  'working out at',
  'that equates to',
  'which equates to',
  'equivalent to',
  'per darle un',
  'per darti un',
  "per dar un'idea",
  'para darte una idea',
  'para darle una idea',
  'para que te hagas una idea',
  'pour vous donner une idée',
  'pour te donner une idée',
  'zum einordnen',
  'um ihnen eine vorstellung',
  'om je een idee te geven',
  'om u een idee te geven',
];
// A pay's floor said as the subject of its sentence, and the words between it and the figure's verb.
const FLOOR_SAID = () => /\b(?:the|a|our|its|salary|pay|wage)\s+(?:[\w–-]+\s+)?floor\b([^.;!?\n]{0,80})\b(?:is|of|at|sits at)\s*:?\s*$/i;
const UPWARD_END = () =>
  /^\s*(?:[,.;:)!\n]|$|(?:depending|dependent|selon|según|dependendo|conforme|je nach|in base|a seconda|based on|DOE)\b)/i;
const UPWARD_AFTER = [
  ' in su',
  ' e oltre',
  ' and up',
  ' and above',
  ' et plus',
  ' ou plus',
  ' y más',
  ' o más',
  ' e mais',
  ' ou mais',
  ' und mehr',
  ' oder mehr',
];
const FLOOR_ELSEWHERE = [
  'ab',
  'από',
  'mindestens',
  'von mind.',
  'ab mind.',
  'mit mind.',
  'alkaen',
  'alk.',
  // Vietnamese "from": "Mức lương: Từ ₫ 25 triệu/tháng".
  'từ',
  // Indonesian and Malay "starting (from)": "Gaji mulai Rp 5,5 juta/bulan", "bermula RM 2,800".
  'mulai',
  'mulai dari',
  'bermula',
  'bermula dari',
  // Lithuanian and Estonian "from": "nuo 2 400 Eur/mėn.", "alates 2000 eurot".
  'nuo',
  'alates',
  // (Latvian's "no", from, only after its pay word: "Atalgojums: no 2 600 EUR bruto mēnesī".)
  'atalgojums: no',
  'atalgojums no',
  'alga: no',
  'alga no',
  // Swahili "from": "Mshahara: kuanzia TSh 1,200,000/= kwa mwezi".
  'kuanzia',
  // Ukrainian, Bulgarian and Russian "from": "від 2 500 $", "от 2 400 лв.".
  'від',
  'от',
  // (And Belarusian's: "Зарплата ад 9 000 бел. руб. у месяц"; Kinyarwanda's, "guhera kuri 650,000 Frw".)
  'ад',
  'guhera kuri',
  // (And "starting at", "Umushahara utangirira kuri 1,500,000 RWF".)
  'utangirira kuri',
  'à partir de',
  'a partir de',
  'a partire da',
  // Italian "da" is "from" only after a pay word: "Stipendio netto da 1.600 €".
  // (And "we start from", "Per la posizione partiamo da 2.150 € lordi mensili".)
  'partiamo da',
  'si parte da',
  // (And the pay "starts from": "la RAL parte da 55k".)
  'parte da',
  'netto da',
  'lordo da',
  'stipendio da',
  'retribuzione da',
  'dès',
  'desde',
  // Rioplatense "it starts at": "La propuesta arranca en $U 95.000 líquidos".
  'arranca en',
  'arrancando en',
  // Portuguese "it starts from": "A remuneração parte de R$ 14 mil por mês".
  'parte de',
  'partindo de',
  'vanaf',
  'minimaal',
  'från',
  'fra',
  // (Icelandic: "Laun frá 850.000 kr. á mánuði".)
  'frá',
  'minst',
  'od',
  'de la',
  'minimum',
  'en az',
  // "more than", "over", "above": "oltre i 2.500€", "über 60.000 €", "plus de 3 000 €", "ponad 9 000 zł".
  'oltre i',
  'oltre',
  'über',
  'mehr als',
  'plus de',
  'más de',
  'mais de',
  'acima de',
  // Chilean "sobre", above: "Renta líquida sobre $3.800.000 mensuales".
  'por sobre',
  'sobre',
  'ponad',
  'powyżej',
  // Albanian "from", after the pay's word: "Paga nga 650 euro/muaj".
  'paga nga',
  'pagë nga',
  'rroga nga',
  'över',
  'meer dan',
  'boven de',
  'yli',
  'peste',
  'több mint',
  'přes',
];

/** Where the word of `words` that `left` ends with starts (spaces and a colon may follow it), or -1. */
function endingWord(left: string, words: readonly string[]): number {
  let end = left.length;
  while (end > 0 && ' \t\n\u00a0:*_'.includes(left[end - 1]!)) end--;
  const low = left.slice(0, end).toLowerCase();
  if (low.length !== end) return -1;
  for (const word of words) {
    if (!low.endsWith(word)) continue;
    const at = end - word.length;
    const before = at > 0 ? low[at - 1]! : ' ';
    // A whole word: no letter or digit runs into it.
    if (before.toUpperCase() !== before.toLowerCase() || (before >= '0' && before <= '9')) continue;
    return at;
  }
  return -1;
}

/** Where the "up to" or "from" words before a figure start (`english` for English, `elsewhere` for the rest), or -1. */
function wordBefore(left: string, english: RegExp, elsewhere: readonly string[]): number {
  return compiled(english).exec(left)?.index ?? endingWord(left, elsewhere);
}
// "In the amount of", before "od" (of) and the figure, in Croatian, Serbian and Bosnian, in both scripts.
const AMOUNT_OF = ['iznosu', 'iznos', 'visini', 'износу', 'износ', 'висини'];
// The moneys whose countries say "do" for "up to" before a figure; and the euro where the message is written in a Slavic
// language (by its letters: Portuguese "do", "of the", has none of them).
const SLAVIC_UP_TO_MONEY = new Set(['PLN', 'CZK', 'RSD', 'BAM', 'MKD', 'RUB']);
const slavicUpTo = (code: string | undefined, text: string) =>
  code !== undefined && (SLAVIC_UP_TO_MONEY.has(code) || (code === 'EUR' && /[čšžćđČŠŽĆĐ]/.test(text)));
const FLOOR_AFTER = /^(?:\s*\+|\s+(?:and|or) (?:up|above|upwards|more)\b)/i;
// A floor's "from" at the start of the words before a figure (a requirement's "or over", "5 years+" is no "from").
const FROM_WORD_FIRST = () =>
  /^(?:from|starting (?:at|from)|starts at|ab|dès|desde|à partir de|a partir de|a partire da|vanaf|från|fra|frá|od|de)(?![\p{L}])/iu;
// "From" or "upwards" said after a single figure and its money, in Mongolian, Uzbek, Kyrgyz and Malayalam: "3,500,000₮-с
// дээш", "4 500 000 so'mdan boshlab", "150 000 рублден жогору", "2,900 യൂറോ മുതൽ". (By strings.)
const FROM_ON_THE_MONEY = [
  '-с дээш',
  '-аас дээш',
  'өөс эхэлнэ',
  'аас эхэлнэ',
  'dan boshlab',
  ' жогору',
  'дан бошлаб',
  'дан юқори',
  ' dan yuqori',
  'dan yuqori',
  ' മുതൽ',
  // (And Tamil's: "மாதம் ₹15,000 முதல்".)
  ' முதல்',
  // (And Sinhala's "from": "මාසික වැටුප රු. 275,000 සිට".)
  ' සිට',
  // (And Bengali's "from … on", "৳২.৫ লাখ থেকে শুরু".)
  ' থেকে শুরু',
  // (And Telugu's and Kannada's "starts from": "₹28 లక్షల నుండి మొదలవుతుంది", "₹38 LPA ಇಂದ ಶುರು".)
  ' నుండి మొదలవుతుంది',
  ' నుండి మొదలు',
  ' ಇಂದ ಶುರು',
  ' ರಿಂದ ಶುರು',
  // (And Marathi's "from … onwards": "पगार महिना ₹२५,००० पासून पुढे".)
  ' पासून पुढे',
  // Azerbaijani's "starting from", "upwards", and Georgian's "from", on the money: "800 AZN-dən başlayaraq", "1 200 ₾-დან".
  '-dən başlayaraq',
  '-dan başlayaraq',
  '-dən yuxarı',
  '-dan yuxarı',
  '-დან',
  // (Kazakh's "from", on the sign, "1 500 000 ₸-ден басталады"; Armenian's, on the dram's name, "60 000 դրամից".)
  '-ден',
  '-дан',
  '-тен',
  '-тан',
  '-нен',
  '-нан',
  'ից',
];
const hungarianFrom = (rest: string) =>
  (rest.startsWith('-tól') || rest.startsWith('-től')) && !/[a-zA-Z\u00C0-\u024F]/.test(rest[4] ?? '') ? 4 : 0;
// (Dutch may put an article after it: "een salaris tussen de €2.900 en €3.500 bruto per maand".)
const BETWEEN =
  /(?:\bbetween|\bentre|\bzwischen|\btussen(?:\s+de)?|\bbejn|\bmellan|\bmellom|\bimellem|\btra|(?<![a-zA-Z\u00C0-\u024F])între|\bmezi|\bmiędzy)\s*$/i;

/** Why a figure is not pay: the words that show it, each a kind. Matched in the figure's own clause. */
const NOT_PAY_CONTEXT: Array<[string, RegExp | { hints: string[]; pattern: Pattern }[]]> = [
  [
    'price',
    // A fee the candidate pays, in French, Spanish and Portuguese: "Inscription : 15 000 FCFA seulement", "frais de dossier",
    // "taxa de inscrição", "cuota de inscripción".
    [
      {
        // (In English, money the candidate brings for a form or a card: "Bring 2 passport photograph and ₦5,000 for form and ID
        // card".)
        hints: ['for form', 'for the form', 'for registration', 'for id card', 'for the id card'],
        // (Only what the candidate brings or pays: not "£28,000 for Registration Officer", "₦120,000 monthly for form
        // teachers".)
        pattern: () =>
          /(?:\b(?:bring|pay|fee|cost|charge)\b[^.\n]{0,40}\b|\d )for (?:the )?(?:forms?|registration|ID cards?)\b(?! (?:teachers?|tutors?|officers?|assistants?|staff|desk|clerks?|managers?|nurses?)\b)/i,
      },
      {
        hints: ['inscri', 'matr', 'frais d'],
        pattern: () =>
          /(?<![\p{L}])(?:inscription|inscri[çc][ãa]o|inscripci[óo]n|matr[íi]cula|frais d['’](?:inscription|adhésion|dossier)|frais de (?:dossier|formation|candidature))(?![\p{L}])/iu,
      },
      {
        // A rent, a price, a loan, a fee, a tax, a promotion, a bill or a deposit in the languages whose moneys and periods the
        // reader knows since sets 338 to 353, so that their sums are not read as pay: Thai (ราคา, เช่า, เงินกู้), Lao (ລາຄາ,
        // ເຊົ່າ, ຂາຍ), Khmer (តម្លៃ, ជួល, ពន្ធ, កម្ចី), Mongolian (үнэ, түрээс, зээл, төлбөр, урамшуулал), Vietnamese as typed
        // with or without its accents (giá, thuê, vay, phí, khuyến mãi, tiền điện, gửi), Albanian (qira, çmim, parkim),
        // Maltese (kera), and English giving ("donate").
        hints: [
          'ราคา',
          'เช่า',
          'เงินกู้',
          'ລາຄາ',
          'ເຊົ່າ',
          'ຂາຍ',
          'តម្លៃ',
          'ជួល',
          'ពន្ធ',
          'កម្ចី',
          'үнэ',
          'түрээс',
          'зээл',
          'төлбөр',
          'урамшуулал',
          'gia ',
          'giá',
          'thue',
          'thuê',
          'vay',
          'phi ',
          'phí',
          'khuyen mai',
          'khuyến mãi',
          'tien dien',
          'tiền điện',
          'gui ',
          'gửi',
          'qira',
          'çmim',
          'cmim',
          'parkim',
          'kera',
          'donat',
          'parking',
          'tra gop',
          'trả góp',
          'lai suat',
          'lãi suất',
        ],
        pattern: () =>
          /ราคา|ค่าเช่า|ให้เช่า|เงินกู้|ລາຄາ|ເຊົ່າ|ຂາຍ|តម្លៃ|ជួល|ពន្ធ|កម្ចី|(?<![\p{L}])(?:үнэ|түрээс\p{L}*|зээл\p{L}*|төлбөр\p{L}*|урамшуулал\p{L}*|gia thue|giá thuê|gia|giá|thue|thuê|vay|phi|phí|khuyen mai|khuyến mãi|tien dien|tiền điện|gui|gửi|qira\p{L}*|çmim\p{L}*|cmim\p{L}*|parkim\p{L}*|parking|kera|donat\p{L}*|tra gop|trả góp|lai suat|lãi suất)(?![\p{L}])/iu,
      },
      {
        // A property's price at auction or sale, as an agent's work is praised: "getting it from $2.1m to $2.46m after both
        // bidders went quiet".
        hints: ['auction', 'bidder', 'sold for', 'sale price', 'asking price'],
        // (Not an auction house hiring: "our auction house is hiring a Specialist".)
        pattern: () => /\b(?:auctions?(?! house)|bidders?|sold for|sale price|asking price)\b/i,
      },
    ],
  ],
  [
    'stipend or allowance',
    // A loan repaid for the worker: "Student loan repayment up to $5,000/year".
    // (Not a job's title: "Student Loan Repayment Specialist – $19.50/hr".)
    // (Or opening its sentence: "Loan repayment $150/ខែ for 12 months".)
    [{ hints: ['loan'], pattern: () => /\b(?:[Ss]tudent )?[Ll]oan (?:repayment|forgiveness|assistance|reimbursement)\b/ }],
  ],
  [
    'funding',
    // A funder's named award or a prize: "the £4.5m Wellcome Discovery Award for the … consortium", "a €2m ERC Consolidator
    // Grant".
    [
      {
        hints: [' award', ' grant', ' prize'],
        pattern: () =>
          /\b(?:Discovery|Wellcome|Leverhulme|UKRI|Synergy|Consolidator|Starting|Advanced|Investigator|Programme|Program|Strategic|Innovation|Seed) (?:Award|Grant)\b|\bprize (?:money|fund|pot)\b/,
      },
    ],
  ],
  [
    'funding',
    /\b(?:rais(?:e|ed|ing)|series [a-f]\b|seed|pre-seed|funding|funded|valuation|valued|investors?|investment|backed|round|capital|unicorn|IPO|acquired|acquisition|exit|philanthropic|donors?|endowment|(?:research|grant|federal|NIH|NSF|ERC) award|R01|NIH|NSF)\b/i,
  ],
  [
    // In the other languages: a project's or a grant's volume, "Gesamtvolumen 4,2 Mio. €", "ett anslag på 9,8 miljoner",
    // Afrikaans "R2,4 miljoen befondsing".
    'funding',
    [
      {
        hints: [
          'volumen',
          'drittmittel',
          'fördersumme',
          'förderung',
          'gefördert',
          'anslag',
          'bevilling',
          'financement',
          'financiación',
          'finanziamento',
          'financiamento',
          'dotace',
          'grant',
          'befondsing',
        ],
        pattern: () =>
          /(?:Gesamt|Förder|Projekt)?[Vv]olumen|Drittmittel|Fördersumme|Förderung|gefördert|anslag|bevilling|financement|financiación|finanziamento|financiamento|dotace|befondsing|\bgrant\b/,
      },
      {
        // A round raised in Chinese: "刚完成5M美元A轮融资", "B輪融資".
        hints: ['融资', '融資'],
        pattern: () => /融[资資]/u,
      },
      {
        // A round raised, in the other languages: "cerramos 9M en febrero", "levantamos una Serie A", "avons levé 12 M€".
        hints: [
          'cerramos',
          'levantamos',
          'levantó',
          'recaudamos',
          'captamos',
          'levé',
          'levée',
          'raccolto',
          'eingesammelt',
          'opgehaald',
          'ronda ',
          'rodada ',
          'finanzierungsrunde',
          'serie a',
          'serie b',
          'série a',
          'série b',
        ],
        pattern: () =>
          /(?<![\p{L}])(?:cerramos|levantamos|levantó|recaudamos|captamos|(?:avons |a |ont )?levé|levée de fonds|(?:abbiamo )?raccolto|eingesammelt|opgehaald|ronda (?:de (?:financiación|inversión)|semilla|[Ss]erie)|rodada (?:de investimento|seed|[Ss]érie)|Finanzierungsrunde|[Ss][eé]rie [A-F])(?![\p{L}])/u,
      },
    ],
  ],
  [
    'revenue',
    /\b(?:revenues?|ARR|MRR|GMV|turnover|bookings|run[- ]rate|sales of|in sales|AUM|under management|TVL|profit|profitable|market cap|transactions?|processed|volume|disbursals?|disbursements?|loan book)\b/i,
  ],
  [
    'revenue',
    // In Spanish and Portuguese: "La empresa facturó Q3,500,000", "$2 a $3 millones mensuales en ventas".
    [
      {
        // (And a bank's assets, "con más de US$3,000 millones en activos".)
        // (And Italian "fatturato", "investimento": "Azienda con fatturato di 800 mila euro".)
        hints: ['factur', 'fatur', 'fattur', 'investiment', 'en ventas', 'em vendas', 'en activos', 'em ativos'],
        pattern: () =>
          /\b(?:factur(?:aci|aron|amos)?|fatur(?:ou|amento)|fatturato|investiment[oi]|en ventas|em vendas|en activos|em ativos)\b/i,
      },
    ],
  ],
  [
    'deal size or quota',
    [
      {
        hints: [
          'deal',
          'quota',
          'acv',
          'tcv',
          'contract value',
          'pipeline',
          'book of business',
          'territory',
          'carry',
          'clos',
          'sell',
          'sold',
          'average',
          'contract ',
          'order ',
          'ticket ',
          'engagement ',
          'first-year',
          'first year',
        ],
        // (A sales pipeline, not software's or a recruiter's: "own our invoicing pipeline: NT$120k/month".)
        pattern: () =>
          /\b(?:deals?|quota|quotas|ACV|TCV|contract values?|(?<!\b(?:data|build|CI|CD|deploy(?:ment)?|release|ETL|ELT|ML|invoicing|billing|processing|payments?|ingestion|streaming|event|talent|hiring|candidate) )pipeline|book of business|territory|carry|carrying|close|closed|closing|sell|selling|sold|average (?:[\w-]+ ){0,2}(?:contracts?|orders?|sales?|accounts?|customers?|tickets?|engagements?)|(?:contract|order|ticket|engagement) (?:sizes?|values?|worth)|first[- ]year (?:contracts?|value|revenue))\b/i,
      },
      {
        // Clients or contracts worth a sum: "2 new European telecom clients worth over € 2 million a year".
        hints: [' worth'],
        pattern: () =>
          /\b(?:clients?|customers?|contracts?|accounts?) worth (?:over |more than |about |around |up to )?(?:[$£€]|[A-Z]{1,3}\$?)?\s?\d/i,
      },
      {
        // A project's value: "7+ years managing commercial projects of $10M+". (And "projects in the £2-10m range", right
        // before the figure: see notPayReason.)
        hints: ['project'],
        pattern: () => /\bprojects? (?:of|worth|valued at|up to|over|exceeding|in excess of) (?:[$£€]|[A-Z]{1,3}\$?)\s?\d/i,
      },
      // The same in the other languages: "Jahresquote von 900.000 EUR", "Deal-Größen", "objectif de chiffre d'affaires".
      {
        hints: [
          'quote',
          'deal-gr',
          'dealgr',
          'umsatzziel',
          'zielvorgabe',
          'neugeschäft',
          'objectif',
          'cuota',
          'quota',
          'omzetdoel',
          'kwota',
          'ordre',
          'order',
          'auftrag',
          'kauppa',
          'myyntitavoite',
          'säljmål',
          'salgsmål',
        ],
        pattern: () =>
          /(?:\b|(?<=[a-zäöüåæø]))(?:quote|Quote|Deal-?[Gg]rößen?|Umsatzziel|Zielvorgabe|Neugeschäft|objectifs? de (?:chiffre|vente|CA)|cuota|cuotas|quota annuale|omzetdoel|kwota|ordrestørrelser?|ordrestorlek(?:ar)?|orderstorlek(?:ar)?|ordreverdi|orderwaarde|Auftragsgrößen?|Auftragsvolumen|(?:keskimääräinen )?kauppa|myyntitavoite|säljmål|salgsmål)(?![a-zäöüåæø])/i,
      },
    ],
  ],
  [
    'team or company size',
    [
      {
        hints: [
          'employees',
          'people',
          'engineers',
          'developers',
          'staff of',
          'headcount',
          'customers',
          'clients',
          'users',
          'members',
          'team of',
          'strong',
          'offices',
          'countries',
          'locations',
          'stores',
          'hospitals',
          'patients',
          'merchants',
          'partners',
          'downloads',
          'installs',
          'followers',
          'subscribers',
          'candidates',
          'applicants',
          // (And a plant's workforce: "wage settlement for 1,800 workmen".)
          'workers',
          'workmen',
        ],
        pattern: () =>
          /\b(?:employees|people|engineers|developers|staff of|staff|workers|workmen|headcount|customers|clients|users|members|team of|strong|offices|countries|locations|stores|hospitals|patients|merchants|partners|downloads|installs|followers|subscribers|candidates|applicants)\b/i,
      },
    ],
  ],
  [
    'bonus',
    // (And German "rewarded with", a referral's prize: "nach bestandener Probezeit mit 2.000 € prämiert".)
    /\b(?:bonus|bonuses|signing|sign[- ]on|referrals?|refer|relocation|relo|retention|spot award|commission(?!-?\s*(?:free|only))|commissions|incentives?|kicker|tips|tip (?:share|pool|out)|gratuities|service charge|tronc|prämiert|Prämie)\b/i,
  ],
  [
    'bonus',
    // In Turkish: a referral's, a sale's or a performance's premium, and a bonus salary ("25.000 TL referans primi",
    // "yılda 4 maaş ikramiye").
    [{ hints: ['primi', 'ikramiye'], pattern: () => /\b(?:referans|satış|performans|yıl sonu|tavsiye) primi\b|ikramiye/iu }],
  ],
  [
    'stipend or allowance',
    // In Cyrillic: sport, vouchers, subscriptions, training, meals, health insurance ("компенсация спорта 5 000 руб").
    [
      {
        // (And a room the worker pays for: "🏠 Житло: 500 zł/міс", "Проживание: 400 zł".)
        hints: [
          'компенсац',
          'компенсаці',
          'спорт',
          'ваучер',
          'подписк',
          'обучени',
          'навчанн',
          'харчуван',
          'питани',
          'храна',
          'дмс',
          'житло',
          'жиль',
          'жилье',
          'проживан',
        ],
        // (Not the label of the pay itself: "Щодо компенсації: … $4,800–5,600 на місяць", "Компенсация: от 250 000 ₽".)
        pattern: () =>
          /компенсац\p{L}*(?![\p{L}]|\s*:)|(?:в|на) (?:месяц|місяць) на \p{L}{3,}|спорт|ваучер|подписк|обучени|навчанн|харчуван|питани|храна|ДМС|житло|жиль[её]|проживанн?[яе]/iu,
      },
    ],
  ],
  [
    'stipend or allowance',
    // Pay for being on call, beside the salary: "a 1-in-4 on-call rota paid at £150 per week on call", "Rufbereitschaft
    // 250 € pro Woche", "astreinte".
    [
      {
        hints: [
          'on-call',
          'on call',
          'standby',
          'stand-by',
          'bereitschaft',
          'astreinte',
          'sobreaviso',
          'beredskap',
          'call pay',
          'callback pay',
          'call-back pay',
        ],
        // (Its rota's, allowance's or payment's: not the job's own rate, "On-call nurse: £28/hr for on-call shifts".)
        // (And a travel package's "Call pay: $5.00/hr on call", "Callback pay": an hour on call, not an hour's work.)
        pattern: () =>
          /\b(?:on[- ]call|stand-?by)\b[^.\n]{0,30}?\b(?:rota|rotas|allowance|availability|supplement|uplift|payment|premium|fee)\b|bereitschaft|\bastreintes?\b|\bsobreaviso\b|\bberedskap\p{L}*|\b(?:on[- ])?call(?:[- ]?back)? pay\b/iu,
      },
    ],
  ],
  [
    'stipend or allowance',
    // A per diem for travel in the Balkans, Bulgaria, Poland and Czechia: "dnevnice 45e", "dnevni (komandirovachni) 90 EUR
    // na den", "командировъчни", "diety 50 € dziennie".
    [
      {
        hints: ['dnevnic', 'komandirov', 'командиров', 'дневниц', 'diety'],
        pattern: () => /dnevnic\p{L}*|komandirov\p{L}*|командиров\p{L}*|дневниц\p{L}*|(?<![\p{L}])diety(?![\p{L}])/iu,
      },
    ],
  ],
  [
    'stipend or allowance',
    // In Hindi and Vietnamese: "पेट्रोल भत्ता ₹3,000 प्रति माह" (a petrol allowance), "hỗ trợ nhà ở 2 triệu/tháng" (housing
    // support), "phụ cấp", "trợ cấp".
    // (And typed without accents, "phu cap chuyen can 500k"; a bonus, "Thưởng nóng 100K cho ngày làm đầu tiên"; Khmer's
    // allowance, "ប្រាក់ឧបត្ថម្ភធ្វើដំណើរ ២៥ ដុល្លារ"; Burmese's fees and deductions, "အဆောင်ခ တစ်လ ယန်း ၂၅,၀၀၀ လစာထဲက
    // ဖြတ်ပါမယ်", "ဝန်ဆောင်ခ ကျပ် ၄၅ သိန်း", "ရက်မှန်ကြေး".)
    [
      {
        hints: ['भत्ता', 'hỗ trợ', 'phụ cấp', 'trợ cấp', 'phu cap', 'tro cap', 'ឧបត្ថម្ភ', 'ဆောင်ခ', 'ဖြတ်', 'ကြေး'],
        pattern: () => /भत्ता|ឧបត្ថម្ភ|ဆောင်ခ|ဖြတ်|ကြေး|(?<![\p{L}])(?:hỗ trợ|phụ cấp|trợ cấp|phu cap|tro cap)(?![\p{L}])/iu,
      },
    ],
  ],
  [
    'bonus',
    // India's "variable pay", a bonus by another name: "| Variable pay (target 10%) | ₹2,15,000 |". (Not the total
    // said with it, "₹25 LPA (fixed + variable pay)".)
    [{ hints: ['variable pay', 'variable comp'], pattern: () => /(?<!\+\s?|and |fixed )\bvariable (?:pay|comp(?:ensation|onent)?)\b/i }],
  ],
  [
    'bonus',
    // A relocation sum in the other languages: "pakiet relokacyjny 8 000 zł brutto", "Umzugskostenpauschale 3.000 €",
    // "prime de déménagement", "flyttbidrag 30 000 kr".
    [
      {
        hints: [
          'relok',
          'reubica',
          'realoca',
          'relocare',
          'umzug',
          'déménag',
          'verhuis',
          'trasloc',
          'flytt',
          'muutto',
          'költöz',
          'stěhov',
          'przeprowadz',
        ],
        pattern: () =>
          /(?<![\p{L}])(?:relok\p{L}*|reubicación|realocação|relocare|Umzugs?\p{L}*|déménagement|verhuis\p{L}*|traslochi|trasloco|flyttbidrag|flyttersättning|flyttepenger|flyttegodtgjørelse|flyttegodtgørelse|flyttehjælp|muuttoavustus|muuttokorvaus|muuttoraha|költözési|přestěhování|stěhování|przeprowadzk\p{L}*)(?![\p{L}])/iu,
      },
    ],
  ],
  [
    'bonus',
    // Tips and their pool in the other languages: "el pozo común … unos $180.000 por mes", "gorjetas", "pourboires".
    [
      {
        hints: ['propina', 'pozo común', 'pozo de', 'gorjeta', 'pourboire', 'trinkgeld', 'mance'],
        pattern: () => /(?<![\p{L}])(?:propinas?|pozo (?:común|de propinas)|gorjetas?|pourboires?|trinkgeld\p{L}*|mance)(?![\p{L}])/iu,
      },
    ],
  ],
  [
    'bonus',
    // In Cyrillic: "Бонуси за представяне до 600 лв.", "премія", "надбавка".
    // (Not the base and its bonus said together, "Оклад + премия: 250 000 руб.".)
    [{ hints: ['бонус', 'преми', 'премі', 'надбавк'], pattern: () => /бонус|(?<!оклад\s?[+и]\s?)преми[яиюей]|премі[яїюй]|надбавк/i }],
  ],
  [
    'bonus',
    // The same in other languages: "bônus de indicação", "bono por referido", "prime de cooptation", "Empfehlungsprämie".
    [
      {
        hints: [
          'bônus',
          'bono',
          'prime',
          'prämie',
          'premio',
          'premie',
          'premi',
          'premium',
          'indicação',
          'referido',
          'cooptation',
          'polecen',
          'comisi',
          'comissõ',
          'comissã',
          'tipsbonus',
          'värvningsbonus',
          'rekryteringsbonus',
          'vervebonus',
        ],
        // (And a Nordic bonus for a referral: "15 000 kr i tipsbonus", "vervebonus".)
        pattern: () =>
          /(?:^|[^\p{L}])(?:tipsbonus|värvningsbonus|rekryteringsbonus|vervebonus|bônus|bonos?|comisi(?:ón|ones)|comiss(?:ão|ões)|primes?|\p{L}*prämien?|premios?|premie|premi[aęi]|premiums?(?! (?:salary|pay|rate|package|compensation)))(?: (?:de|por|d['’]|por el|por la|para) (?:indicação|referido|referidos|recomendación|referencia|cooptation|parrainage|contratación|firma|bienvenida|boas-vindas))?(?![\p{L}])|(?:^|[^\p{L}])(?:indicação|cooptation|parrainage|polecenie|za polecenie)(?![\p{L}])/iu,
      },
    ],
  ],
  [
    'stipend or allowance',
    // Speed only: the pattern's word lists in parts, each run only when the clause holds one of its words.
    [
      {
        // A training or education budget in the other languages: "rozpočet na vzdělávání 30 000 Kč ročně".
        hints: [
          'rozpočet',
          'vzdělávání',
          'weiterbildung',
          'fortbildung',
          'szkoleni',
          'utbildning',
          'opleiding',
          'koulutus',
          'eğitim',
          'képzés',
          'budżet',
          'presupuesto',
          'orçamento',
          'bütçe',
        ],
        // (Not the job's own budget, its pay: "rozpočet na tuto pozici je 60 000 Kč", Polish "Budżet to 70–80 tys. funtów
        // rocznie"; Turkish's, "pozisyon için bütçemiz
        // aylık net 185.000 – 215.000 TL", said at a distance too, is let through in notPayReason.)
        pattern: () =>
          /rozpočet(?! na (?:tuto |tu |danou )?pozici)|(?<!stanowisko[^.!?\n]{0,50})budżet(?! (?:to(?![^!?\n]{0,40}\bna (?:książk|sprzęt|benefit|opiek|szkoleni|konferencj|kurs))|na (?:to |tę |tą )?(?:stanowisko(?! pracy)|rolę|pozycję))(?![a-ząćęłńóśźż]))|presupuesto|orçamento|bütçe|(?:Weiterbildungs|Fortbildungs|utbildnings|opleidings|koulutus)budj?et|eğitim bütçesi|képzési keret/i,
      },
      {
        hints: [
          'stipend',
          'allowance',

          'per diem',
          'reimburs',
          'learning',
          'education',
          'tuition',
          'tlr',
          'salary packaging',
          'salary sacrifice',
          'loa',
          'on top of',
          'welfare',
          'tillägg',
          'tillæg',
          'tillegg',
          'zuschlag',
          'zulage',
          'toeslag',
          'beitrag an',
          'contribution',
          'subsídio',
          'subsidio',
        ],
        // One letter class for the compound words' heads ("OB-tillägg", "Schichtzulage"): V8 compiles each \p{L} of an /iu pattern with its
        // own case-folded copy of the letters (0.1 to 0.25 ms each), and this pattern runs on most messages.
        pattern: () =>
          /\b(?:stipend|allowance|per diem|reimburs\w*|learning|education|tuition|TLR|salary packaging|salary sacrifice|LOA|on top of (?:wages|your (?:pay|wage|salary|rate)|the (?:rate|wage|salary))|welfare(?: aziendale)?|\p{L}*(?:tillägg|tillæg|tillegg|zuschlag|zulage|toeslag)|Beitrag an|contribution (?:to|towards)|subs[ií]dio)\b/iu,
      },
      {
        // French's allowance, "Allocation automobile de 750 $/mois", apart from the words above so that a message without
        // it never compiles it.
        hints: ['llocation'],
        pattern: () =>
          /\b[Aa]llocation (?:automobile|auto|voiture|de transport|de logement|logement|de repas|repas|cellulaire|de téléphone|vestimentaire)\b/,
      },
      {
        // Welsh's and Irish's allowance, apart from the words above so that a message without them never compiles it: "lwfans
        // car £6,000", "liúntas taistil".
        hints: ['lwfans', 'liúntas'],
        // (The sum right after the word, not a salary that includes it: "Cyflog £24,000 y flwyddyn gan gynnwys lwfans".)
        // (Up to a few words between, "Lwfans teithio blynyddol hyd at £1,200", but no salary's word.)
        pattern: () => /(?<![\p{L}])(?:lwfans|liúntas)(?![\p{L}])(?:(?!cyflog|tuarastal)[^\d\n.]){0,40}[£€]?\s?\d/iu,
      },
      {
        // Training paid for, apart from the words above so that a message without it never compiles it (not a job's title,
        // "ATR Training Captains", nor paid training, "Paid training", nor a trainee's pay "during the 12-month training
        // period").
        hints: ['training'],
        pattern: () =>
          /(?<![Pp]aid )\btraining\b(?! (?:captains?|managers?|officers?|coordinators?|specialists?|leads?|instructors?|consultants?|pilots?|period|programmes?|programs?)\b)/i,
      },
      {
        hints: [
          'wellness',
          'gym',
          'home office',
          'equipment',
          'setup',
          'conference',
          'travel',
          'commuter',
          'meal',
          'lunch',
          'phone',
          'internet',
          'airtime',
          'layover',
          'detention',
        ],
        pattern: () =>
          // (Not a word's end, "téléphone", nor the phone a job is done from: "Earn up to $500 a week from your phone".)
          /(?<![A-Za-z\u00C0-\u024F])(?:wellness|gym|home office|equipment|setup|conference|travel|commuter|meal|meals|lunch|(?<!(?:from|on|with|using|via) (?:your|a|the|their) )phone|internet|airtime|layover|detention)\b/i,
      },
      {
        // Courses the employer pays for, their cost said with them: "Type courses paid by us (~€18 000 per rating)", "course
        // fees of £2,400 covered".
        hints: ['course'],
        pattern: () =>
          /\bcourses? (?:(?:are |is )?(?:paid|funded|covered|sponsored|reimbursed)|fees?|costs?)\b|\b(?:costs?|price|fees?) (?:of|for) (?:the |each |a |your )?(?:[\w-]+ )?courses?\b/i,
      },
      {
        // A house's power or other bills paid with the job: "3 bdrm house provided, power paid up to $150 a month".
        hints: ['power', 'electricity', 'utilities'],
        pattern: () => /\b(?:power (?:paid|bills?|allowance)|electricity|utilities)\b/i,
      },
      {
        hints: ['coworking', 'co-working', 'credit', 'voucher', 'gift', 'perk', '401', '403', 'pension', 'retirement', 'match'],
        pattern: () =>
          /\b(?:coworking|co-working|credit|credits|voucher|gift|perk|perks|401|403\(?b\)?|pension|retirement|match|matching)\b/i,
      },
      {
        hints: [
          'hsa',
          'fsa',
          'insurance',
          'pto',
          'vacation',
          'holiday',
          'leave',
          'vesting',
          'cover',
          'mediclaim',
          'medi-claim',
          'medical claim',
          'mbl',
        ],
        // (Not the sector: "the collective agreement for the insurance sector is EUR 3,812.40"; nor British Columbia's
        // health union, "the HSA collective agreement".)
        pattern: () =>
          /\b(?:HSA(?! (?:coll|agre|union))|FSA|insurance(?! (?:sector|industry|market)\b)|PTO|vacation|holiday|leave|vesting|medical cover|health cover|mediclaim|medi-claim|medical claim|MBL)\b/i,
      },
      {
        // A union job's fringe benefits beside its wage, "$51.85/hr on the check + $33.20/hr fringes"; a carrier's liability
        // cover, "$1,000,000 auto liability".
        hints: ['fringe', 'liabilit'],
        pattern: () =>
          /\bfringes?(?: benefits?)?\b|\b(?:auto|general|public|professional|cargo|product|employers['’]?|employer['’]s) liability\b|\bliability (?:cover|coverage|insurance)\b/i,
      },
      {
        // A health insurance's cover in Portuguese and Spanish: "Seguro de saúde até Kz 2.000.000,00 por ano".
        hints: ['seguro', 'plano de saúde'],
        pattern: () => /\b(?:seguro (?:de saúde|médico|medico|de vida|de acidentes)|plano de saúde)(?![\p{L}])/iu,
      },
      // Malay allowances and incentives: "Elaun kehadiran RM200", "insentif bulanan sehingga RM800"; Indonesian ones
      // by what they are for, "Tunjangan laptop Rp 15 juta" (not "Gaji + tunjangan: Rp 25.000.000", the whole wage).
      // (The sum right after the word, not a wage that includes it: "Gaji RM3,500 sebulan termasuk elaun".)
      {
        hints: ['elaun', 'insentif', 'tunjangan'],
        pattern: () =>
          /(?<!\bgaji(?: pokok)? (?:dan|&|\+|plus|termasuk) )\b(?:elaun|insentif)\b(?:\s+[a-z/]+){0,3}\s*:?\s*(?:RM\s?|Rp\.?\s?)?\d|(?<!\bgaji(?: pokok)? (?:dan|&|\+|termasuk|plus) )\btunjangan(?:\s+[a-z]+){1,2}\s*:?\s*(?:Rp\.?\s?)?\d/i,
      },
      // Indonesian money for a thing, not the wage: "Uang makan Rp 25.000/hari", "uang transport Rp 500.000".
      {
        hints: ['uang ', 'Uang '],
        pattern: () => /\buang (?:makan|transport\w*|lembur|kehadiran|bensin|pulsa|saku)\b\s*:?\s*(?:Rp\.?\s?)?\d/i,
      },
      // (A row of its own, its label capitalised as a row's is: "Gaji: Rp 6.000.000" over "Tunjangan: Rp 1.500.000". A
      // clause after "Gaji + " starts at "tunjangan" too, in lower case.)
      {
        hints: ['tunjangan'],
        pattern: () => /^[\s•*-]*Tunjangan\s*:\s*(?:Rp\.?\s?)?\d/,
      },
      // A Spanish "plus", a supplement for one thing on top of the wage, with its own sum after "de": "Plus de idiomas
      // de 90 € brutos al mes" (not the wage it is added to: "Salario de convenio + plus de peligrosidad: 1.650 €").
      {
        hints: ['plus de', 'plus por'],
        pattern: () =>
          /\bplus (?:de|por) (?:idiomas?|transporte|nocturnidad|turnicidad|productividad|convenio|peligrosidad|disponibilidad|antigüedad|responsabilidad|festivos|domingos|desplazamiento|kilometraje|asistencia|objetivos)\b(?:\s+[a-záéíóúñ]+)?\s+de\s+\d/i,
      },
      { hints: ['budget', 'zuschuss', 'pauschale', 'geld'], pattern: () => /[a-zäöüß]{3,}(?:budget|zuschuss|pauschale|geld)\b/i },
      {
        hints: [
          'zuschuss',
          'pauschale',
          'urlaub',
          'weihnachtsgeld',
          'weiterbildung',
          'fortbildung',
          'indemnité',
          'prime',
          'ticket',
          'mutuelle',
          'vergoeding',
          'toeslag',
          'vakantiegeld',
          'reiskosten',
          'förmån',
          'friskvård',
          'bidrag',
          'tillæg',
          'tilskud',
          'flytt',
          'godtgørelse',
          'kilometergeld',
        ],
        // (And the Nordic compounds of a contribution or a move's costs: "flyttbidrag på 25 000 kr", "vi dekker
        // flytteutgifter inntil kr 40 000".)
        pattern: () =>
          /\b(?:Zuschuss|Pauschale|Urlaub|Urlaubsgeld|Weihnachtsgeld|Weiterbildung|Fortbildung|indemnité|prime|primes|tickets?[- ]restaurant|mutuelle|vergoeding|toeslag|vakantiegeld|reiskosten|förmån|friskvård\w*|[\wåäöæø]*(?:bidrag|tilskudd?)|tillæg|flytte?(?:utgift|kostnad|udgift|hjelp|hjälp|stöd|støtte)[\wåäöæø]*|godtgørelse|Kilometergeld)(?![\wåäöæø])/i,
      },
      // Per diems, meal vouchers and contributions in more languages: "dietas (45 €/día en ruta)", "stravenky 150 Kč na
      // den", "Bonuri de masă 40 lei/zi", "buoni pasto da 7 €", "příspěvek na penzijní spoření".
      {
        hints: [
          'dieta',
          'diety',
          'spesen',
          'trasferta',
          'diária',
          'stravenk',
          'szép',
          'příspěvek',
          'prispevek',
          'penzijní',
          'bonuri',
          'tichete',
          'diaria ',
          'yemek',
          'buoni pasto',
          'maaltijdcheque',
          'essenszuschuss',
          'cheques-repas',
          'sodexo',
          'karta multisport',
          'ikramiye',
          'świąteczn',
          'towarow',
          'trinkgeld',
          'pourboire',
          'propina',
          'mance',
          'εκπαίδευσ',
          'επίδομα',
        ],
        pattern: () =>
          /(?<![\p{L}])(?:dietas?|diety|Spesen|trasferte?|diárias|diária(?= (?:de (?:viagem|alimentação|hospedagem|deslocamento)|para))|diaria (?:fino a|di|da|massima|giornaliera)|stravenk\p{L}*|příspěv\p{L}*|prispev\p{L}*|penzijní|bonuri(?: de masă)?|tichete|yemek kartı|buoni pasto|maaltijdcheques?|Essenszuschuss|chèques?-repas|cheques-repas|sodexo|karta multisport|ikramiye|bony? (?:świąteczn|towarow)\p{L}*|Trinkgeld|pourboires?|propinas?|mance|SZÉP-kártya|SZÉP kártya|εκπαίδευσ\p{L}*|επίδομα\p{L}*)(?![\p{L}])/iu,
      },
      // Brazilian and Spanish-speaking benefits: meal, food and transport vouchers, allowances, profit sharing.
      {
        hints: [
          'vr',
          'va',
          'vt',
          'vale',
          'auxílio',
          'auxilio',
          'ajuda de custo',
          'plr',
          'vales',
          'despensa',
          'bono',
          'budżet',
          'buget',
          'dofinansowanie',
          'szkolen',
          'presupuesto',
          'formación',
          'formazione',
          'opleiding',
          'utbildning',
          // (A Spanish allowance, "la asignación por altura de S/ 650"; not Colombia's base pay, "Asignación básica".)
          'asignaci',
          // (Peru's travel allowance, "movilidad S/250".)
          'movilidad',
        ],
        pattern: () =>
          /\b(?:VR|VA|VT|VR\/VA|vale[- ](?:refeição|alimentação|transporte)|auxílio|auxilio|ajuda de custo|PLR|vales? de despensa|bono|(?<=(?:^|[+,]|\by) ?)movilidad(?= (?:de |por )?S\/)|asignaci[oó]n(?! b[aá]sica| salarial)|(?<!stanowisko[^.!?\n]{0,50})budżet\S*(?! (?:to(?![^!?\n]{0,40}\bna (?:książk|sprzęt|benefit|opiek|szkoleni|konferencj|kurs))|na (?:to |tę |tą )?(?:stanowisko(?! pracy)|rolę|pozycję))(?![a-ząćęłńóśźż]))|buget|dofinansowanie|szkolen\S*|presupuesto|formación|formazione|opleidingsbudget|opleiding|utbildning\S*)(?![\w\u00C0-\u024F])/i,
      },
    ],
  ],
  ['equity', /\b(?:equity|RSUs?|stock|shares|options|grant|vest|vests|vesting|ESOP|token|tokens)\b/i],
  [
    // (A tradesperson's tickets are their certificates: "$38 - $45 per hour depending on tickets", "… on your tickets", "… on ur tickets", a
    // union scale's "$52.43/hr on the ticket".
    // A cost to the company, or "total cost of employment", is the package: South Africa's CTC and TCOE. "To save us both
    // time" saves no money.)
    'price',
    [
      {
        // Speed only: run where one of its words is.
        hints: [
          'pric',
          'cost',
          'subscription',
          'plan',
          'per seat',
          'per user',
          'per licen',
          'ticket',
          'save',
          'saving',
          'spen',
          'purchas',
          'fee',
          'discount',
          'worth of',
          'invoice',
          'charg',
          'sell',
          'retail',
          'msrp',
        ],
        pattern: () =>
          /\b(?:price|priced|pricing|costs?(?! to (?:the )?company| of employment)|costing|subscription|(?<!\bat |\bon |\bto )plan|per seat|per user|per licen[cs]e|(?<!on |your |ur |on the |on your |on ur )tickets?|saves?(?! (?:us|you|me) (?:both )?time\b)|saved|savings|spend|spent|purchase|(?<=\b(?:registration|application|training|course|placement|consultancy|processing|joining|agency|booking|admission|visa|medical|coaching|mentoring|tuition|membership|subscription|service|management|admin|interview) )fees?|(?<!\b(?:daily|day) )fees?(?!\s?:\s?(?:[A-Z]{2,3}|Rp\.?|GH[₵¢]|[$£€₹₦])?\s?[\d.,]+(?:\s?[-–]\s?(?:[A-Z]{2,3}|Rp\.?|GH[₵¢]|[$£€₹₦])?\s?[\d.,]+)?\s?(?:per (?:working )?(?:day|hour|hari|jam)|\/(?:day|hr|hour)|a day|an hour))|discount|worth of|invoice|charged?|charges|sells? for|retail|MSRP)\b/i,
      },
      {
        // (What the worker pays back out of the pay: "Staff room (CHF 950.– per month for room & board, deducted from
        // salary)", "CHF 990.– für Kost und Logis".)
        // (Not a pay said before its taxes are deducted, "Pay is £450 a week before tax is deducted", nor board given with
        // it, "€1,800 net with room and board included".)
        hints: ['deducted from', 'for room', 'for board', 'für kost'],
        pattern: () =>
          /\b(?:deducted from (?:the |your )?(?:salary|pay|wages?)|for (?:room (?:&|and) board|board (?:&|and) lodging)|für Kost und Logis)\b/i,
      },
    ],
  ],
  // Bengali's targets, insurance covers, loans and turnover, counted in lakhs as pay is: "মাসিক বিক্রয় টার্গেট ৫ লাখ
  // টাকা", "৫ লাখ টাকার স্বাস্থ্য বীমা".
  ['deal size or quota', [{ hints: ['টার্গেট', 'লক্ষ্যমাত্রা'], pattern: () => /টার্গেট|লক্ষ্যমাত্রা/u }]],
  ['stipend or allowance', [{ hints: ['বীমা', 'মেডিক্লেম', 'ইন্স্যুরেন্স'], pattern: () => /বীমা|মেডিক্লেম|ইন্স্যুরেন্স/u }]],
  ['revenue', [{ hints: ['টার্নওভার', 'ঋণ', 'লোন'], pattern: () => /টার্নওভার|ঋণ|লোন/u }]],
  [
    // A fee the worker pays an agent, in Hindi and Hinglish: "सर्विस चार्ज: ₹30,000 + GST (वीज़ा आने के बाद)", "sirf
    // medical ₹6,500 aapko karwana padega" (the medical test the worker pays for).
    'price',
    [
      {
        hints: ['चार्ज', 'फीस', 'फ़ीस', 'शुल्क', 'karwana', 'karana', 'bharna'],
        pattern: () =>
          // (Not a fee said to be none, "बिना किसी फीस के", "कोई फीस नहीं", "फीस शून्य", "निःशुल्क"; nor a medical the company
          // pays for, "medical company karwana degi".)
          // (Or the medical test's, the visa's, the ticket's or the sign-up's charge: "मेडिकल चार्ज ₹6,500".)
          /(?:सर्विस|मेडिकल|वीज़ा|वीजा|टिकट|रजिस्ट्रेशन|प्रोसेसिंग) चार्ज(?! (?:कंपनी|फ्री|माफ़|माफ|नहीं|नही|शून्य|कुछ))|प्रोसेसिंग (?:फीस|फ़ीस)|(?<!निः|बिना किसी |बिना |कोई )(?:फीस|फ़ीस|शुल्क)(?![\p{L}\p{M}])(?! (?:शून्य|नहीं|नही|माफ़|माफ)(?![\p{L}\p{M}]))|\bmedical\b[^\n.]{0,30}\b(?:aapko|khud)\b[^\n.]{0,20}\b(?:karwana|karana|bharna)\b/iu,
      },
    ],
  ],
  [
    // A course or a kit given to the worker, by what it is worth: "we'll fully fund your Level 4 Diploma (worth £4,500!)".
    'price',
    [
      {
        // (Not a pay said to be worth its figure by the period: "Paid apprenticeship worth £9.50 per hour"; nor a title's
        // "Training Manager worth £45k".)
        hints: ['worth'],
        pattern: () =>
          /\b(?:diploma|course|training|certificat\w*|bootcamp|kit|laptop|equipment|voucher|scholarship)s?\b(?:\s*\(|\s+is)?\s*worth\b(?!\s*[£$€₹]?\s?[\d.,]+\s?[kK]?\s*(?:a|per|an|\/)\s*(?:year|annum|hour|day|week|month))/i,
      },
    ],
  ],
  [
    // A firm's takings said as a verb: "We turned over £4.2m last year".
    'revenue',
    // (Right before its sum: not "£90 a day to turn over the apartments".)
    [
      {
        hints: ['turned over', 'turns over', 'turn over'],
        pattern: () => /\bturn(?:ed|s)? over (?:around |about |roughly |c\.\s?|~\s?)?(?:[£$€₹]|[A-Z]{3}\s?)?\d/i,
      },
    ],
  ],
  [
    // Rent and lodging: "staff accom on Gorge Rd for $180/wk", "Miete ab 450 €".
    'price',
    [
      {
        hints: [
          'rent',
          'accom',
          'housing',
          'lodging',
          'board',
          'miete',
          'loyer',
          'alquiler',
          'affitto',
          'huur',
          'hyra',
          'husleie',
          'husleje',
          'czynsz',
          'aluguel',
          'alojamiento',
          'hospedagem',
          'alloggio',
          'logement',
          'unterkunft',
          'ubytování',
          'zakwaterowanie',
          'konaklama',
          'cazare',
          'rooms',
          'a room',
          // (Scottish Gaelic's and Irish's rent, "taigh air màl ìosal (£450 sa mhìos)", "cíos €600 sa mhí".)
          'màl',
          'cíos',
        ],
        pattern: () =>
          /(?<![a-zA-Z\u00C0-\u024F])(?:rent|rental|accom|accommodation|housing|lodging|rooms|a room|room and board|board and lodging|Miete|loyer|alquiler|affitto|huur|hyra|husleie|husleje|czynsz|aluguel|alojamiento|hospedagem|alloggio|logement|Unterkunft|ubytování|zakwaterowanie|konaklama|cazare|màl|cíos)(?![a-zA-Z\u00C0-\u024F])/i,
      },
    ],
  ],
  [
    // A company car's taxable value: "autoedun verotusarvo n. 900 €/kk", "geldwerter Vorteil".
    'stipend or allowance',
    [
      {
        hints: [
          'verotusarvo',
          'autoetu',
          'autoedun',
          'firmenwagen',
          'geldwert',
          'voiture de fonction',
          'coche de empresa',
          'auto aziendale',
          'leaseauto',
          'tjänstebil',
          'firmabil',
          'służbowy',
          'company car',
        ],
        pattern: () =>
          /\b(?:verotusarvo|autoetu|autoedun|Firmenwagen|geldwerte[rn]? Vorteil|voiture de fonction|coche de empresa|auto aziendale|leaseauto|tjänstebil|firmabil|samochód służbowy|company car)\b/iu,
      },
    ],
  ],
  [
    "hype or someone else's pay",
    /\b(?:potential|unlimited|uncapped|top (?:performers|producers|earners|reps|agents|sellers)|passive|side hustle|financial freedom|earned|averaged|made over|made more)\b/i,
  ],
  [
    "hype or someone else's pay",
    // In Spanish and Portuguese: "Los mejores del equipo ya están sacando más de $ 2.000.000 por mes!!" (not an OTE "para
    // los mejores", which is the job's).
    [
      {
        hints: ['mejores', 'están', 'estan', 'melhores', 'estão', 'tão'],
        pattern: () =>
          /\b(?:los mejores (?:del equipo|vendedores|asesores|agentes|comerciales)|ya (?:están|estan) (?:sacando|ganando|cobrando)|os melhores (?:da equipe|do time|vendedores|consultores)|já (?:estão|tão) (?:ganhando|tirando))(?![\p{L}])/iu,
      },
    ],
  ],
  [
    // Not an offer set against it: "R950k – R1.1m depending on what you're on now", "… based on your current package".
    'current pay',
    /\b(?:I(?:'m| am) on|currently (?:on|earning|making|paid|at)|my current|I (?:earn|make|get)|I'm (?:earning|making|paid)|at the moment|(?<!(?:on|with) what )you(?:'re|’re| are) (?:on|earning|making)|your current)\b/i,
  ],
  [
    // In Romanian: "la actualul angajator aveți în jur de 10.000 lei net" (at your present employer you have), "salariul
    // actual", "în prezent câștigați".
    'current pay',
    [
      {
        hints: ['actual', 'prezent'],
        pattern: () =>
          /\b(?:la actualul (?:angajator|loc de munc[ăa])|salariul (?:dvs\.? |tău |tau )?actual|[îi]n prezent (?:ave[țt]i|ai|c[âa][șs]tiga[țt]i|c[âa][șs]tigi))\b/i,
      },
    ],
  ],
  [
    // In Hindi and Marathi: "आपका मौजूदा CTC लगभग ₹6 लाख है" (your present CTC), "सध्याचा पगार", "वर्तमान वेतन". (Not a
    // pay scale, "वर्तमान वेतनमान", nor an offer said against it, "मौजूदा CTC से 40% ज़्यादा: ₹10 लाख".)
    'current pay',
    [
      {
        hints: ['मौजूदा', 'वर्तमान', 'सध्या'],
        pattern: () =>
          /(?:मौजूदा|वर्तमान|सध्याचा|सध्याचे|सध्याची)\s+(?:CTC|सीटीसी|सैलरी|वेतन|तनख़्वाह|तनख्वाह|पगार|पैकेज)(?![\p{L}\p{M}])(?![^₹\d]{0,40}(?:से|पर|हाइक|बढ़ोतरी|ज़्यादा|%))/u,
      },
    ],
  ],
  [
    // In Thai: someone's pay at their old firm, or now ("ได้เงินเดือน ๔๕,๐๐๐ บาท ที่บริษัทเก่า", "ปัจจุบันได้").
    'current pay',
    [{ hints: ['เก่า', 'ปัจจุบัน'], pattern: () => /บริษัทเก่า|ที่เก่า|ปัจจุบันได้|เงินเดือนปัจจุบัน/u }],
  ],
  [
    // In Spanish and Portuguese: "Sé que actualmente ganas $22 la hora", "tu sueldo actual", "você ganha hoje R$ 6.000".
    'current pay',
    [
      {
        // (And where the reader is now: "entiendo que hoy estás en B/. 2,300", "hoje você está em R$ 6.000"; or a forwarder's
        // own, "Yo ahora estoy en 52k".)
        hints: ['actual', 'atual', 'ganas', 'ganha', 'estás en', 'está en', 'estoy en', 'está em', 'estou em'],
        pattern: () =>
          /(?<![\p{L}])(?:actualmente (?:ganas|gana|cobras|te pagan)|(?:ganas|cobras) actualmente|(?:tu|su) (?:sueldo|salario) actual|hoy (?:ganas|cobras)|atualmente (?:ganha|recebe)|(?:voc[êe] )?(?:ganha|recebe) hoje|(?:seu|teu) sal[áa]rio atual|(?:hoy|actualmente|ahora) (?:estás|está|estoy) en(?= (?:[A-Z]{1,3}\$|B\/\.|[$€£]|\d))|(?:(?:hoje|atualmente) (?:voc[êe] )?está|(?:hoje|atualmente|agora) (?:voc[êe] está|(?:eu )?estou)) em(?= (?:R\$|[$€£]|\d)))(?![\p{L}])/iu,
      },
    ],
  ],
  [
    // In Uzbek, Kazakh and Azerbaijani: the reader's pay now, "hozirgi 12 mln so'mlik maoshingizdan albatta yuqori",
    // "қазіргі жалақыңыз", "hazırkı maaşınız".
    'current pay',
    [
      {
        hints: ['hozirgi', 'қазіргі', 'hazırkı'],
        // (Only the reader's own, "your salary": not an ad's "Қазіргі таңда жалақы …", nowadays, nor "Hazırkı vakansiya".)
        pattern: () => /(?<![\p{L}])(?:hozirgi|қазіргі|hazırkı)(?![\p{L}])[^.\n]{0,40}(?:maoshingiz|жалақыңыз|maaşınız)/iu,
      },
    ],
  ],
  [
    // In Italian: "So che adesso a Como prendi circa 2.300 euro netti", "attualmente guadagni", "il tuo stipendio attuale".
    'current pay',
    [
      {
        hints: ['prendi', 'guadagni', 'attuale'],
        pattern: () =>
          // (The reader's own, known to the writer: not a pitch's "da oggi guadagni fino a 2.000 €", "Con noi ora guadagni".)
          /(?<![\p{L}])(?:(?:so|sappiamo|mi dicevi|mi hai detto|mi dici) che (?:adesso|ora|attualmente|oggi)(?: [\p{L}]+){0,3} (?:prendi|guadagni|percepisci)|(?:il tuo|il suo) (?:stipendio|RAL|netto) attuale)(?![\p{L}])/iu,
      },
    ],
  ],
  [
    // (Nor what the writer has heard the reader earns: "a mutual friend says you're at around €95k today".)
    'current pay',
    [
      {
        hints: ["you're at", 'you’re at', 'you are at', "you're currently at", 'you are currently at', "you're now at", 'you are now at'],
        pattern: () =>
          /\byou(?:'re|’re| are) (?:currently |now )?at (?:around |about |roughly |circa )?(?:[A-Z]{1,3}\$?\s?|[$€£¥₹]\s?)?\d/i,
      },
    ],
  ],
];

/**
 * The reader's own pay, in their reply: what they are on now ("I'm on £48k",
 * "I currently make", "my current salary") or what they would move for
 * ("wouldn't move for less than £55k", "my expectations"). Anywhere before the
 * figure in its sentence: the sentence is the reader talking about their pay.
 */
const OWN_PAY_SAID =
  /\bI was (?:on|earning|making|paid|getting|billing|charging)\s+(?:about |around |roughly )?(?:[A-Z]{1,3}\$|[$€£¥₹]|R\s?\d)|\bI(?:['’]m| am) (?:an? |the )?(?:[\w-]+ ){1,4}here on (?:about |around |roughly )?(?:[A-Z]{3}\b|[A-Z]{1,3}\$|[$€£¥₹]|\d)|\bI\b[^.!?\n]{0,60}\bcurrently (?:an? |the )?(?:[\w-]+ ){1,4}on (?:about |around |roughly )?(?:[A-Z]{3}\b|[A-Z]{1,3}\$|[$€£¥₹]|\d)|\b(?:I(?:['’]m| am) (?:currently |now |at the moment )?(?:on|at|earning|making|paid|getting|taking home|billing|charging)|I (?:currently |now )?(?:earn|make|take home|bill|charge|get paid)|I(?:['’]ve| have) been (?:earning|making|on|paid))\s+(?:(?:about|around|roughly|just (?:under|over)|a (?:base|salary) of|a little (?:under|over)|over|under)\s+)?(?:[A-Z]{1,3}\$|[$€£¥₹]|R\s?\d|\d)|\b(?:(?:would|['’]d|wouldn['’]t|would not|won['’]t|will not|couldn['’]t|could not) (?:\w+ )?(?:move|leave|switch|jump|budge|consider (?:moving|a move|leaving|anything)|take (?:anything|a (?:role|job|pay cut)))\b[^.!?\n]{0,30}?\b(?:for|under|below|less than|without)|my (?:last|previous) (?:salary|pay|base|rate|day rate|package)(?: (?:was|is|of))?\s+(?:about |around |roughly )?(?:[A-Z]{1,3}\$|[$€£¥₹]|\d)|my (?:current |present |existing |base |expected |desired |minimum |target |salary |pay |rate )?(?:salary|pay|base|rate|day rate|comp|compensation|package|TC|expectations?|floor|minimum|requirement)\b)/i;
/** What the reader would want, said right before the figure: "I'm looking for £60k", "I'd need at least $150k". */
const OWN_PAY_WANTED =
  /\bI(?:['’]m| am|['’]d| would)? (?:really |ideally |realistically )?(?:looking for(?: something)?|after|hoping for|aiming for|targeting|expecting|asking for|need|want|expect|require|be looking for|be after|be hoping for|need to see|want to see)\s+(?:(?:at least|a minimum of|minimum|around|about|roughly|something (?:like|around|in the region of|closer to|north of|over|above)|in the region of|north of|more than|over|upwards of|a base of|a salary of|base of|closer to)\s+)?(?:[A-Z]{1,3}\$|[$€£¥₹])?\s?$/i;

/** The reader's own floor or pay, said after the figure: "£55k would be my minimum", "is what I'm on now". */
const OWN_PAY_AFTER =
  /^[^.!?\n]{0,25}?\b(?:(?:is|would be|['’]d be) my (?:absolute )?(?:minimum|floor|bottom line|current (?:salary|base|pay|rate)|walk-?away(?: number)?)\b|is what I(?:['’]m| am) (?:on|earning|making|paid)|(?:wouldn['’]t|won['’]t|would not|doesn['’]t|does not) (?:really )?work for me)/i;

/**
 * Speed only: the OWN_PAY patterns are long and case-insensitive, and V8
 * compiles a regular expression on its first use (milliseconds each, paid in
 * full by a one-shot command). Each runs only when the lower-cased text holds,
 * from every group, one of the words all of its alternatives need.
 */
function mayMatch(text: string, ...groups: string[][]): boolean {
  const lower = text.toLowerCase();
  return groups.every((words) => words.some((word) => lower.includes(word)));
}
// (Working at, for or in a place, the figure a pay's: not "working with a startup making $20M ARR", nor "working on an offer
// making $120k available".)
const OWN_PAY_WORKING = () =>
  /\bI(?:['’]m| am) (?:currently |now )?(?:working|employed|based)(?: full[- ]time| part[- ]time)? (?:at|for|in)\b[^.!?]{0,80}?\b(?:making|earning)\s+(?:about |around |roughly )?(?:[A-Z]{1,3}\$|[$€£¥₹]|\d)[\d.,]*\s?[kK]?(?![\d.,]*\s?(?:[MB]\b|[mb]n\b|million|billion|ARR|revenue|available))/i;
const OWN_PAY_SAID_WORDS = [
  ...[
    "i'm",
    'i’m',
    'i am',
    'i earn',
    'i make',
    'i take home',
    'i bill',
    'i charge',
    'i get paid',
    'i currently',
    'i now',
    "i've",
    'i’ve',
    'i have',
    'i was',
  ],
  ...['would', "'d ", '’d ', "won't", 'won’t', 'will not', 'couldn', 'could not'],
  'my ',
];
function ownPaySaid(text: string): boolean {
  if (mayMatch(text, OWN_PAY_SAID_WORDS) && compiled(OWN_PAY_SAID).test(text)) return true;
  // Working somewhere now and "making" the figure: "I'm currently working full-time at an outpatient center making $41/hr".
  if (mayMatch(text, ["i'm", 'i’m', 'i am'], ['making', 'earning']) && compiled(OWN_PAY_WORKING).test(text)) return true;
  // The reader's pay told back to them, the figure right after: "Sie haben erwähnt, dass Sie derzeit rund € 3.400,- beziehen"
  // (not "da Sie derzeit auf der Suche sind, … 85.000 €").
  const low = text.toLowerCase();
  if ((low.includes('sie ') || low.includes('du ')) && compiled(OWN_PAY_TOLD_BACK).test(text)) return true;
  // Ukrainian and Russian, the figure right after: "Зараз отримую $4,200 net", "сейчас получаю 250 000 ₽" (not "сейчас
  // получаю много откликов … зарплата 250 000").
  if (
    (low.includes('отримую') || low.includes('получаю') || low.includes('заробляю') || low.includes('зарабатываю')) &&
    compiled(OWN_PAY_NOW_CYRILLIC).test(text)
  )
    return true;
  if (!mayMatch(text, OWN_PAY_ELSEWHERE_WORDS)) return false;
  // (Said of this figure, with no other between: not "tu salario actual de $25,000 es bajo; ofrecemos $35,000". The
  // text ends with the figure's first characters.)
  // (The last such words: "Actualmente percibo S/ 7,400 … y mi expectativa sería S/ 8,500" says both.)
  let m: RegExpExecArray | null = null;
  for (const found of text.matchAll(compiled(OWN_PAY_ELSEWHERE_ALL))) m = found;
  return m !== null && !/\d/.test(text.slice(m.index + m[0].length, Math.max(m.index + m[0].length, text.length - 4)));
}
const OWN_PAY_NOW_CYRILLIC = () =>
  /(?:отримую|заробляю|получаю|зарабатываю)(?: (?:около|примерно|близько|приблизно|где-то|десь))?\s*(?:\$|€|₽|USD|EUR|грн)?\s*[\d.,]{0,4}$/iu;
// (The text ends with the figure's first characters.)
const OWN_PAY_TOLD_BACK = () =>
  /\b(?:dass|da|wie) (?:Sie|du) (?:derzeit|aktuell|momentan|zurzeit|jetzt)(?: (?:rund|ca\.|etwa|ungefähr|knapp))?\s*(?:€|EUR|CHF|Fr\.)?\s*[\d.,]{0,4}$/;
/** The same in the reader's other languages: "Nykyinen palkkani on 5 200 €/kk", "min nuvarande lön är", "ich verdiene", "mi expectativa está en". */
const OWN_PAY_ELSEWHERE = () =>
  /(?<![\p{L}])(?:nykyinen palkkani|palkkani on|tienaan|min nuvarande lön|jag tjänar|min nåværende lønn|min nuværende løn|jeg tjener|mein (?:aktuelles|derzeitiges|jetziges) Gehalt|ich verdiene|mon salaire actuel|je gagne|(?:mi|tu|su) (?:salario|sueldo|renta) actual|actualmente (?:gano|cobro|percibo|estoy en(?= (?:[$€£]|US\$|\d)))|(?:yo |hoy )gano|atualmente (?:ganho|recebo|estou em(?= (?:R\$|[$€£]|\d)))|(?:eu |hoje )ganho|(?:eu |hoje )recebo|atualmente recebo|(?:il mio|la mia) (?:stipendio|RAL|retribuzione) attuale|attualmente ho una (?:RAL|retribuzione)(?: lorda)? di|mijn huidige (?:salaris|bruto(?:maand)?loon|loon)|ik verdien|moje (?:obecne|aktualne) wynagrodzenie|zarabiam|meu salário atual|můj (?:současný|aktuální) plat|vydělávám|(?:mi|minha) (?:expectativa|pretensión|pretensão)(?:[\s>]+salarial)?(?:[\s>]+(?:para|pra) [\p{L}]+)?[\s>]+(?:está|es|é|sería|seria)(?: en| de| em)?|(?:ваша |твоя )?(?:текущ\p{L}*|поточн\p{L}*|нынешн\p{L}*) (?:зарплат\p{L}*|заплат\p{L}*|оклад\p{L}*)|(?:средн\p{L}*|середн\p{L}*) (?:зарплат\p{L}*|заплат\p{L}*)|je suis actuellement à|mes prétentions(?: salariales)? sont de|meine Gehaltsvorstellung liegt bei)(?![\p{L}])/iu;
const OWN_PAY_ELSEWHERE_ALL = () => new RegExp(compiled(OWN_PAY_ELSEWHERE).source, 'giu');
const OWN_PAY_ELSEWHERE_WORDS = [
  'palkkani',
  'tienaan',
  'nuvarande lön',
  'tjänar',
  'nåværende',
  'nuværende',
  'tjener',
  'gehalt',
  'verdiene',
  'salaire actuel',
  'je gagne',
  'actual',
  'attuale',
  'huidige salaris',
  'huidige bruto',
  'huidige loon',
  'verdien',
  'wynagrodzenie',
  'zarabiam',
  'salário atual',
  'plat',
  'vydělávám',
  'gano',
  'ganho',
  'recebo',
  'estou em',
  // What the reader asks for: "mi expectativa está en USD 4.500", "mes prétentions sont de 55 k€".
  'expectativa',
  'attualmente ho',
  'текущ',
  'поточн',
  'нынешн',
  'средн',
  'середн',
  'actuellement à',
  'pretensi',
  'pretensão',
  'prétentions',
  'gehaltsvorstellung',
];
function ownPayWanted(said: string): boolean {
  // (Over a line wrapped in a reply: "and I'm looking\nfor at least RM 14,000".)
  const text = said.includes('\n') ? said.replace(/\s+/g, ' ') : said;
  return (
    (mayMatch(
      text,
      ['i ', "i'm ", 'i’m ', "i'd ", 'i’d '],
      ['looking for', 'after', 'hoping for', 'aiming for', 'targeting', 'expecting', 'asking for', 'need', 'want', 'expect', 'require'],
    ) &&
      compiled(OWN_PAY_WANTED).test(text)) ||
    ((text.includes('шукаю') || text.includes('ищу')) && /(?:шукаю|ищу)(?: (?:від|от))?\s*\S{0,2}$/iu.test(text))
  );
}
function ownPayAfter(text: string): boolean {
  return (
    (mayMatch(text, ['my ', 'is what i', 'work for me']) && compiled(OWN_PAY_AFTER).test(text)) ||
    // Turkish puts the verb last: "Şu an aylık net 160.000 TL alıyorum", I get 160,000 TL now.
    ((text.includes('alıyorum') || text.includes('kazanıyorum')) &&
      /^\s*(?:TL|₺|TRY)?\s*(?:net |brüt )?(?:maaş )?(?:alıyorum|kazanıyorum)/.test(text))
  );
}

const REFERENCE_BEFORE =
  /\b(?:section|sec\.|§+|article|art\.|clause|rule|chapter|title|code|act|law|bill|no\.|number|nr\.|req(?:uisition)?|job(?:\s*(?:id|code|number|no\.?|#))?|ref(?:erence)?|posting|case|ticket|order|invoice|room|suite|floor|unit|building|apt|route|highway|version|v|release|ISO|SOC|RFC|CVE|PO box|box|ext\.?|extension|id|ID)\s*[#:]?\s*$|#\s*$/i;
// The same in the other languages, lower case, looked up: "Stillingskode 7004", "Kennziffer 2291", "réf. 4471".
const REFERENCE_ELSEWHERE = [
  // (And M-Pesa's numbers to pay to, in Kenya: "via M-Pesa Till 5550123", "Paybill 400200"; not "till" alone, "up till
  // £60k", Swedish "tjäna till 60 000 kr".)
  'm-pesa till',
  'paybill',
  'stillingskode',
  'stillingsnr.',
  'stillingsnummer',
  'kennziffer',
  'referenznummer',
  'ref.-nr.',
  'réf.',
  'référence',
  'referencia',
  'riferimento',
  'rif.',
  'numer referencyjny',
  'nr ref.',
  'kod',
  'kód',
  'código',
  'codice',
  'stellen-id',
  'ilan no',
  'id ogłoszenia',
  'annonsnummer',
  'annonce nr.',
  // The numero sign, in Spanish, Portuguese, French and Italian: "Decreto Legislativo N° 1057", "Lei nº 8.213".
  'n°',
  'nº',
  'n.º',
  'núm.',
  'nro.',
];
const MONTHS =
  'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
const DATE_BEFORE = new RegExp(
  `\\b(?:${MONTHS})\\.?\\s*$|\\b(?:in|since|by|until|of|from|circa|founded|est\\.?|Q[1-4]|FY|H[12])\\s*$`,
  'i',
);
const DATE_AFTER = new RegExp(`^(?:st|nd|rd|th)\\b|^\\s?(?:${MONTHS})\\b|^:\\d`, 'i');
// A time of day: an hour, or an hour and its minutes, then "am" or "pm". Not a sum a month, "R16 500 pm".
const CLOCK_AFTER = () => /^\s?(?:am|pm|a\.m\.|p\.m\.)(?![a-z])/i;
/** Whether the words after a capital "PM" make it a job's or a message's, not a month: "role", "job", "me". */
const productManager = (after: string) => {
  const word = after.trimStart().split(/\s/)[0]!.toLowerCase();
  return ['role', 'job', 'position', 'me', 'opportunity', 'vacancy', 'opening', 'lead', 'manager', 'roles', 'jobs'].includes(word);
};
const clockWordAt = (after: string) => {
  const lead = after.trimStart().slice(0, 3).toLowerCase().replace('.', '');
  return lead.startsWith('am') || lead.startsWith('pm');
};
const CLOCK_FIGURE = () => /^(?:[1-9]|1[0-2])(?:[.:][0-5]\d)?$/;
// Time zones in capitals only: the French "et" ("entre 55 et 65 k€") is no Eastern Time.
const ZONE_AFTER = /^\s?(?:EST|EDT|PST|PDT|CST|CDT|CET|CEST|GMT|UTC|BST|ET|PT|CT)\b/;

interface Candidate {
  start: number;
  end: number;
  /** The pay as stated. */
  pay: Omit<MessagePay, 'text'>;
  kind: 'ote' | 'total' | 'base' | 'plain';
  /** 2: a pay word in the figure's own clause; 1: in its sentence; 0: none. */
  strength: number;
  /** The message says the period (else a year is assumed). */
  periodStated: boolean;
  /** A hype figure (see isHype): the pay only when there is no other. */
  hype: boolean;
  text: string;
}

interface Span {
  start: number;
  end: number;
  /** The figures as the parser will read them. */
  first: string;
  second?: string;
  currencyCode?: string;
  /** A symbol or code the parser knows, put in front of the first figure. */
  parserCurrency?: string;
  period?: Period;
  open: boolean;
  /** A currency is written against the figure, even one the message leaves unnamed ("kr"). */
  currencySeen: boolean;
  /** That currency is "kr": a krona or a krone, which the message's language and places tell. */
  krona?: boolean;
  upTo: boolean;
  ote: boolean;
  /** A scale word the parser does not read (lakh, crore): the multiplier. */
  multiplier: number;
}

/** Where the clause a figure sits in starts: a line, a sentence, a comma, "and", "plus", "with". */
// A clause ends at a sentence's dot, but not at an abbreviation's: "von mind. € 3.412,80", "ca. 6 500 €/kk", Finnish
// "alk. 12,35 €" (from).
const CLAUSE_DOT = String.raw`(?<!\b(?:(?:von|ab|mit|bis|Gehalt|Lohn) mind|[Cc]a|[Nn]|[Ii]nkl|[Zz]zgl|[Aa]pprox|[Ee]nv|[Aa]prox|[Mm]tl|[Bb]zw|[Gg]gf|[Ee]vtl|[Nn]r|[Aa]lk|z\. ?B|u\.a))\.(?:\s|$)`;
const CLAUSE_BREAKS = String.raw`[\n;!?()[\]•|·।]|${CLAUSE_DOT}|,\s|\s(?:and|plus|with|but|or|while|whereas)\s|\s\+\s`;
const CLAUSE_BEFORE = new RegExp(String.raw`${CLAUSE_BREAKS}|\s\/\s|\s[-–—]\s(?=\D)`, 'g');
// After a figure, " / year" goes on with it.
const CLAUSE_AFTER = new RegExp(
  String.raw`${CLAUSE_BREAKS}|\s\/\s(?!(?:hours?|hr|days?|weeks?|wk|months?|mo|years?|yr|annum)\b)|\s[-–—]\s`,
);

function clauseStart(text: string, at: number, limit = 70): number {
  const from = Math.max(0, at - limit);
  const before = text.slice(from, at);
  let cut = -1;
  const boundary = compiled(CLAUSE_BEFORE);
  boundary.lastIndex = 0;
  for (let m = boundary.exec(before); m; m = boundary.exec(before)) cut = m.index + m[0].length;
  return cut >= 0 ? from + cut : from;
}
/**
 * Where a two-cell table row's label starts, when a clause starts at its value: the value goes with its label, the
 * cell before ("| Housing allowance | AED 9,000 per month |", " Mobile Allowance | Tk 1,500 per month"). Not a wider
 * table's, whose cells before are a job's title, place and terms; elsewhere the clause's own start.
 */
function rowLabelStart(text: string, clauseFrom: number): number {
  // A row of a form set out with dot leaders, its label the line's start: "Gross monthly salary ........ ₦650,000". (Four
  // dots or more, not an ellipsis's three; a short label; and a sum in a currency, whose sign follows: not "Salary grade
  // ........ 1407".)
  if (text.slice(clauseFrom - 6, clauseFrom - 1) === '.....' && clauseFrom < text.length && !/[\d\s]/.test(text[clauseFrom]!)) {
    const lineFrom = text.lastIndexOf('\n', clauseFrom - 1) + 1;
    if (clauseFrom - lineFrom <= 60) return lineFrom;
  }
  if (text[clauseFrom - 1] !== '|' || clauseFrom < 2) return clauseFrom;
  const lineFrom = text.lastIndexOf('\n', clauseFrom - 2) + 1;
  const lineTo = text.indexOf('\n', clauseFrom);
  const cells = text
    .slice(lineFrom, lineTo < 0 ? text.length : lineTo)
    .split('|')
    .filter((cell) => cell.trim() !== '');
  const labelFrom = Math.max(lineFrom, text.lastIndexOf('|', clauseFrom - 2) + 1);
  // (A row written without its outer bars, "Salary (excl. bonus) | €85,000", only when its label does not open with a
  // pay's word: the words of a pay's label are its own; "Relocation package | $10,000" is the relocation's.)
  const outerBars = text.slice(lineFrom, labelFrom).includes('|');
  const firstWord = text
    .slice(labelFrom, clauseFrom - 1)
    .trim()
    .split(/[\s(,]/)[0]!;
  if (!outerBars && hasPayWord(firstWord)) return clauseFrom;
  return cells.length === 2 && clauseFrom - labelFrom <= 40 ? labelFrom : clauseFrom;
}
function clauseEnd(text: string, at: number, limit = 70): number {
  const after = text.slice(at, at + limit);
  const m = compiled(CLAUSE_AFTER).exec(after);
  return m ? at + m.index : at + after.length;
}
function sentenceAround(text: string, start: number, end: number): string {
  const from = Math.max(0, start - 160);
  const before = text.slice(from, start);
  let cut = 0;
  const boundary = /[\n!?]|\.(?:\s|$)/g;
  for (let m = boundary.exec(before); m; m = boundary.exec(before)) cut = m.index + m[0].length;
  const after = text.slice(end, end + 160);
  const stop = /[\n!?]|\.(?:\s|$)/.exec(after);
  return before.slice(cut) + text.slice(start, end) + (stop ? after.slice(0, stop.index) : after);
}

/**
 * The words of a figure's sentence before it: over a line wrapped in the middle of a sentence too, as a mail's quoted
 * reply wraps it ("Hoy mi expectativa" over "está en USD 4.500 mensuales.").
 */
function sentenceBefore(text: string, start: number): string {
  const before = text.slice(Math.max(0, start - 160), start);
  let cut = 0;
  // (The same pattern as sentenceAround's: one compilation for both.)
  const boundary = /[\n!?]|\.(?:\s|$)/g;
  for (let m = boundary.exec(before); m; m = boundary.exec(before)) if (!wrappedLine(before, m)) cut = m.index + m[0].length;
  return before.slice(cut);
}
/** Whether a line break goes on with its sentence: the next line, past a quote's marks, starts in lower case. */
function wrappedLine(text: string, boundary: RegExpExecArray): boolean {
  if (boundary[0] !== '\n') return false;
  let at = boundary.index + 1;
  while (text[at] === '>' || text[at] === ' ' || text[at] === '\t') at++;
  const next = text[at];
  return next !== undefined && next !== next.toUpperCase() && next === next.toLowerCase();
}

/** A figure's digits in a form the parser reads, or undefined when they could be read two ways. */
// (Not Iraq's dinar, which has no fils in use: "IQD 750.000" is 750,000.)
const THREE_DECIMALS = new Set(['KWD', 'BHD', 'JOD', 'OMR', 'TND', 'LYD']);
function normaliseDigits(raw: string, european: boolean): string | undefined {
  let s = raw.replace(/[ \u00a0\u202f'’]/g, (c, i: number) => (/\d{3}/.test(raw.slice(i + 1, i + 4)) ? '' : c));
  if (/\s/.test(s)) return undefined;
  // (A dinar's three decimals after a comma, none of them money: "1.250,000 DT".)
  if (european && /^\d{1,3}(?:\.\d{3})+,000$/.test(s)) s = s.slice(0, -4);
  if (/^\d{1,3}(?:\.\d{3})+(?:,\d{1,2})?$/.test(s)) {
    // 60.000 or 60.000,00: a thousands dot, read only where the message is European in this figure.
    if (!european && !/,\d{1,2}$/.test(s) && !/^\d{1,3}(?:\.\d{3}){2,}$/.test(s)) return undefined;
    s = s.replace(/\./g, '').replace(',', '.');
    return s;
  }
  // Lakhs grouped the Indian way: "28,00,000".
  if (/^\d{1,2}(?:,\d{2})+,\d{3}$/.test(s)) return s.replace(/,/g, '');
  if (/^\d+,\d{1,2}$/.test(s)) {
    // A decimal comma (55,50): only in a European figure, or where two decimals after it can be nothing else, as no
    // thousands are grouped so: "stawka 13,85 GBP brutto za godzinę".
    if (!european && !/^\d{1,3},\d{2}$/.test(s)) return s; // the parser refuses it: two readings
    return s.replace(',', '.');
  }
  return s;
}

/** A figure's value read the European way ("9,50" 9.5, "1.200" 1200), to compare two; NaN where it reads none. */
const europeanValue = (figure: string) => Number(normaliseDigits(figure.trim(), true) ?? Number.NaN);

const NUMBER_AT = new RegExp(NUMBER.source, 'y');
function numberAt(text: string, at: number): RegExpExecArray | null {
  NUMBER_AT.lastIndex = at;
  return compiled(NUMBER_AT).exec(text);
}

function currencyBefore(before: string): { code?: string; parser?: string; kr?: boolean; length: number } | undefined {
  // A code written before a dollar sign names which dollar: "JMD $19,000", "TTD $8,500", "AUD $120k". By strings first.
  if (before.endsWith('$') || before.endsWith('$ ')) {
    const coded = /\b([A-Z]{3}) ?\$ ?$/.exec(before.slice(-7));
    // (Only a dollar's or a peso's code: not a firm, a word or a language before a rate, "AMD $190,000", "SAR $95,000",
    // "Laravel/PHP $70/hr".)
    if (coded && DOLLAR_CODES.has(coded[1]!)) return { code: coded[1], length: coded[0].length };
  }
  // Signs of two letters a pattern would pay for on every figure, by strings: Uruguay's "$U 140.000", Bangladesh's "Tk.
  // 1,20,000" and "৳".
  const lettered = LETTERED_SIGNS.find(
    ([written]) => before.endsWith(written) && !/[A-Za-z]/.test(before[before.length - written.length - 1] ?? ''),
  );
  if (lettered) return { code: lettered[1], length: lettered[0].length };
  let m = compiled(CURRENCY_BEFORE).exec(before.slice(-8));
  if (m?.[1] && !CODE_SET.has(m[1])) m = null;
  if (!m) {
    // The euro by its name before the figure: "importo: euro 25.500 lordi annui".
    // In lower case, as a currency is written in a sentence: "Euro 2028" is a tournament.
    const tail = before.slice(-8);
    // (Capitalised after a salary's word too, as an Italian or Spanish offer writes it: "retribuzione Euro 9,42 lordi orari".)
    const word = tail.endsWith('euros ')
      ? 6
      : tail.endsWith('euro ') ||
          (tail.endsWith('Euro ') &&
            /(?:retribuzione|stipendio|compenso|paga|RAL|salario|sueldo|retribución)\s*:?\s*(?:di |de |lorda |bruta )?Euro $/i.test(
              before.slice(-40),
            ))
        ? 5
        : 0;
    const edge = tail[tail.length - word - 1];
    return word > 0 && (edge === undefined || edge.toUpperCase() === edge.toLowerCase())
      ? { code: 'EUR', parser: '€', length: word }
      : undefined;
  }
  if (m[1]) {
    // (Israel's "NIS", new Israeli shekels, is the ILS; "RMB" the CNY.)
    const code = m[1].toUpperCase() === 'RMB' ? 'CNY' : m[1].toUpperCase() === 'NIS' ? 'ILS' : m[1].toUpperCase();
    return { code, ...(PARSER_CODES.has(code) ? { parser: code } : {}), length: m[0].length };
  }
  if (m[2]) {
    const code = DOLLAR_PREFIX[m[2]]!;
    return { code, ...(PARSER_CODES.has(code) ? { parser: code } : {}), length: m[0].length };
  }
  const sign = m[3]!;
  if (sign === '$') {
    // A code written before the sign names its dollar or peso: "COP $4.850.000", "MXN $25,000".
    // (By characters: a pattern here would be compiled on the first read of every message with a dollar.)
    const head = before.slice(0, before.length - m[0].length);
    const spaced = head.endsWith(' ') ? 1 : 0;
    const code = head.slice(head.length - spaced - 3, head.length - spaced);
    const capitals = code.length === 3 && [...code].every((c) => c >= 'A' && c <= 'Z');
    const edge = head[head.length - spaced - 4];
    // (Not the language a developer writes in: "Laravel/PHP $70/hr"; nor after a slash.)
    if (
      capitals &&
      code !== 'PHP' &&
      (edge === undefined || (edge.toLowerCase() === edge.toUpperCase() && edge !== '/')) &&
      (DOLLARS.has(code) || PESOS.has(code))
    )
      return { code, ...(PARSER_CODES.has(code) ? { parser: code } : {}), length: m[0].length + 3 + spaced };
    return { parser: '$', length: m[0].length };
  }
  if (sign === '€') return { code: 'EUR', parser: '€', length: m[0].length };
  if (sign === '£') return { code: 'GBP', parser: '£', length: m[0].length };
  if (/^kr/.test(sign)) return { kr: true, length: m[0].length }; // a krona or a krone: which one, the message must say
  return { code: SIGN_CODE[sign] ?? SIGN_CODE[sign.replace(/\.$/, '')], length: m[0].length };
}
// The countries of the franc of West Africa and of Central Africa, by their names and towns (and Abidjan's communes and
// Dakar's suburbs: "basé à Cocody Riviera 3").
const CFA_WEST = () =>
  /\b(?:Sénégal|Senegal|Dakar|Pikine|Rufisque|Almadies|Kaffrine|Kaolack|Thiès|Ziguinchor|Touba|Tambacounda|Mbour|Diourbel|Kolda|Côte d['’]Ivoire|Abidjan|Cocody|Yopougon|Marcory|Treichville|Koumassi|Adjamé|Abobo|Bingerville|Bouaké|Yamoussoukro|San-Pédro|Korhogo|Mali|Bamako|Sikasso|Ségou|Mopti|Burkina|Ouagadougou|Bobo-Dioulasso|Bénin|Benin|Cotonou|Parakou|Porto-Novo|Togo|Lomé|Niger|Niamey|Zinder|Maradi|Guiné-Bissau|Guinea-Bissau|Bissau|Bafatá|Gabu|Cacheu)(?![\w\u00C0-\u024F])/;
// (Not "\b" after the names: "Yaoundé" ends in a letter "\b" does not know.)
const CFA_CENTRAL = () =>
  /\b(?:Cameroun|Cameroon|Douala|Yaoundé|Bafoussam|Garoua|Bamenda|Buea|Limbe|Kumba|Gabon|Libreville|Port-Gentil|Franceville|Congo|Brazzaville|Pointe-Noire|Tchad|Chad|N['’]Djamena|Moundou|Centrafrique|Bangui|Guinée équatoriale|Malabo)(?![\w\u00C0-\u024F])/;
const DR_CONGO = () =>
  /\b(?:RDC|RD Congo|DRC|République démocratique du Congo|Kinshasa|Lubumbashi|Goma|Bukavu|Kolwezi|Likasi|Matadi|Kisangani|Mbuji-Mayi|Kananga)\b/;
/** The length of a bare "F" for the franc at the start of `after`, with its period right after it ("F/mois"); else 0. */
function bareFrancAt(after: string): number {
  const franc = after[0] === 'F' ? 1 : after.startsWith(' F') ? 2 : 0;
  return franc > 0 && /^\s?(?:\/\s?(?:mois|jour|j|an|sem|h)\b|par (?:mois|jour|an)\b|(?:le|du) mois\b)/.test(after.slice(franc))
    ? franc
    : 0;
}
/** The CFA franc of the countries the message names: West Africa's (XOF) or Central Africa's (XAF); none when unclear. */
function cfaFrancOf(text: string): string | null {
  const west = compiled(CFA_WEST).test(text);
  const central = compiled(CFA_CENTRAL).test(text);
  return west && !central ? 'XOF' : central && !west ? 'XAF' : null;
}
/** Morocco's dirham or the Emirates', by the places the message names; null when it names neither or both. */
function dirhamOf(text: string): string | null {
  const morocco =
    /\b(?:Maroc|Morocco|Marocain|Casablanca|Rabat|Marrakech|Marrakesh|Tanger|Tangier|Fès|Fes|Agadir|Meknès|Oujda|Kénitra|Tétouan)\b/.test(
      text,
    );
  const emirates = /\b(?:UAE|Emirates|Émirats|Dubai|Dubaï|Abu Dhabi|Sharjah|Ajman)\b/.test(text);
  return morocco && !emirates ? 'MAD' : emirates && !morocco ? 'AED' : null;
}
const LETTERED_SIGNS: Array<[string, string]> = [
  // The US dollar as Latin America writes it, "$US 85,000": not Uruguay's "$U".
  ['$US ', 'USD'],
  ['$US', 'USD'],
  ['$U ', 'UYU'],
  ['$U', 'UYU'],
  // Panama's balboa and Paraguay's guaraní: "B/. 1,800 – B/. 2,200 mensuales", "₲ 7.500.000".
  // The Fiji dollar: "FJ$9.50 e dua na aua"; the Namibian dollar: "N$18 000 per month (net)"; the Liberian dollar, "L$
  // 18,000".
  ['L$ ', 'LRD'],
  ['L$', 'LRD'],
  ['N$ ', 'NAD'],
  ['N$', 'NAD'],
  ['FJ$ ', 'FJD'],
  ['FJ$', 'FJD'],
  ['B/. ', 'PAB'],
  ['B/.', 'PAB'],
  ['₲ ', 'PYG'],
  ['₲', 'PYG'],
  // (Also by its letters, with their dot, "Gs. 14.000.000 mensuales": not a US federal grade, "GS 13".)
  ['Gs. ', 'PYG'],
  ['Gs.', 'PYG'],
  // Chile's unit of account, in which a senior salary is often stated: "UF 95 – UF 110 gross per month" (ISO's CLF).
  ['UF ', 'CLF'],
  ['UF', 'CLF'],
  // Costa Rica's colón: "₡1.650.000 – ₡1.950.000 brutos mensuales"; also written with the cent's sign, which stands after
  // a sum of cents and before a sum of colones: "¢785.000 colones".
  ['₡ ', 'CRC'],
  ['₡', 'CRC'],
  ['¢ ', 'CRC'],
  ['¢', 'CRC'],
  // The dong's sign before its figure: "Từ ₫ 25 triệu/tháng".
  ['₫ ', 'VND'],
  ['₫', 'VND'],
  // The Tanzanian and Ugandan shillings: "Malipo: TSh 25,000 kwa siku", "USh 1,200,000".
  ['TSh ', 'TZS'],
  ['TSh', 'TZS'],
  ['Tsh ', 'TZS'],
  ['Tsh', 'TZS'],
  ['USh ', 'UGX'],
  ['USh', 'UGX'],
  // The Ghanaian cedi's sign: "GH₵ 1,800 per day", "GH¢4,500".
  ['GH₵ ', 'GHS'],
  ['GH₵', 'GHS'],
  ['GH¢ ', 'GHS'],
  ['GH¢', 'GHS'],
  // The koruna written before the figure, as a Czech offer may: "Kč 65 000 hrubého měsíčně".
  ['Kč ', 'CZK'],
  ['Kč', 'CZK'],
  ['Tk. ', 'BDT'],
  ['Tk.', 'BDT'],
  ['Tk ', 'BDT'],
  ['৳ ', 'BDT'],
  ['৳', 'BDT'],
  // Myanmar's kyat and the yen in Burmese, before the figure: "ကျပ် ၃၅ သိန်း", "ယန်း ၁၈၅,၀၀၀".
  ['ကျပ် ', 'MMK'],
  ['ယန်း ', 'JPY'],
  // The rupee in Devanagari, "रु. ७५,०००" (India's, or Nepal's where the message is set there).
  ['रु. ', 'INR'],
  ['रु.', 'INR'],
  // The Ethiopian birr before the figure too: "ደመወዝ፡ በወር ብር 28,500".
  ['ብር ', 'ETB'],
  ['ብር', 'ETB'],
  // The Caribbean's dollars: "J$4.2 million", "TT$18,000", "BDS$", "EC$".
  ['J$ ', 'JMD'],
  ['J$', 'JMD'],
  ['TT$ ', 'TTD'],
  ['TT$', 'TTD'],
  ['BDS$ ', 'BBD'],
  ['BDS$', 'BBD'],
  // (As Barbados writes it too: "Bds$10,500 to Bds$12,000 a month".)
  ['Bds$ ', 'BBD'],
  ['Bds$', 'BBD'],
  ['EC$ ', 'XCD'],
  ['EC$', 'XCD'],
  // Bhutan's ngultrum with its dot, "Nu. 2,200 per day"; Burundi's franc, "Fbu 850.000".
  ['Nu. ', 'BTN'],
  ['Nu.', 'BTN'],
  // The Antillean guilder, "NAf. 11,75", and the new Caribbean guilder, "Cg 2.400"; Aruba's florin, "Afl. 7.800"; the
  // Pacific's dollars and tala, "T$9.50" (Tonga's pa'anga), "SI$ 6,800", "WS$ 58,000", "SAT$ 58,000".
  ['NAf. ', 'ANG'],
  ['NAf.', 'ANG'],
  ['NAf ', 'ANG'],
  ['Cg ', 'XCG'],
  ['Afl. ', 'AWG'],
  ['Afl.', 'AWG'],
  ['Afl ', 'AWG'],
  ['T$ ', 'TOP'],
  ['T$', 'TOP'],
  ['SI$ ', 'SBD'],
  ['SI$', 'SBD'],
  ['WS$ ', 'WST'],
  ['WS$', 'WST'],
  ['SAT$ ', 'WST'],
  ['SAT$', 'WST'],
  // Nepal's rupee as Nepal writes it in English, "NRs. 60,000–75,000"; Sri Lanka's in Sinhala letters, "රු. 65,000"; the
  // rupee in Tamil letters, "ரூ. 185,000" (India's, or Sri Lanka's where the message is set there).
  ['NRs. ', 'NPR'],
  ['NRs.', 'NPR'],
  ['NRs ', 'NPR'],
  ['රු. ', 'LKR'],
  ['රු.', 'LKR'],
  ['ரூ. ', 'INR'],
  ['ரூ.', 'INR'],
  ['FBu ', 'BIF'],
  ['Fbu ', 'BIF'],
  // The Jordanian dinar as Jordan writes it: "JD 2,100 per month"; the Gulf's moneys by their letters, "KD 1,950", "BD
  // 1,450", "RO 350", "QR 24k", "Dhs 16k", "SR 5,000"; the tenge's, the lari's and the manat's signs before a figure.
  ['JD ', 'JOD'],
  ['JD', 'JOD'],
  // Rwanda's franc as Rwanda writes it: "Frw 480,000 net ku kwezi".
  ['Frw ', 'RWF'],
  ['Frw', 'RWF'],
  ['KD ', 'KWD'],
  ['BD ', 'BHD'],
  ['RO ', 'OMR'],
  ['QR ', 'QAR'],
  ['QR', 'QAR'],
  ['Dhs ', 'AED'],
  ['Dhs.', 'AED'],
  ['Dhs', 'AED'],
  ['SR ', 'SAR'],
  ['₸ ', 'KZT'],
  ['₸', 'KZT'],
  ['₾ ', 'GEL'],
  ['₾', 'GEL'],
  ['₼ ', 'AZN'],
  ['₼', 'AZN'],
];
function currencyAfter(
  after: string,
  figure = '',
  text = '',
): { code?: string; parser?: string; kr?: boolean; length: number } | undefined {
  // The CFA franc, by strings: West Africa's or Central Africa's by the country the message names ("1 500 000 FCFA").
  // The Moroccan dirham as Morocco writes it, "16 000 DH net/mois" (by strings: every figure passes here).
  // (Not "Dhs", which the Emirates write too.)
  // (And in lower case, as a chat types it: "Salaire 11 000 dh net par mois".)
  const dh = after.startsWith(' DH') || after.startsWith(' dh') ? 3 : after.startsWith('DH') || after.startsWith('dh') ? 2 : 0;
  if (dh > 0 && !/[A-Za-z]/.test(after[dh] ?? '')) return { code: 'MAD', length: dh };
  // (Or by the franc's name around its letters: "1 400 000 francs CFA", "1,400,000 to 1,700,000 CFA francs".)
  if (after.startsWith(' FCFA') || after.startsWith('FCFA') || after.startsWith(' F CFA') || after.startsWith(' francs CFA')) {
    const code = cfaFrancOf(text);
    return code === null ? undefined : { code, length: after.indexOf('A') + 1 };
  }
  // (Or "CFA" alone, as Cameroon's Pidgin writes it: "150k CFA for month".)
  if (
    (after.startsWith(' CFA') || after.startsWith('CFA')) &&
    !/[A-Za-z]/.test(after[after.indexOf('A') + 1] ?? '') &&
    !after.startsWith(' CFA franc')
  ) {
    const code = cfaFrancOf(text);
    return code === null ? undefined : { code, length: after.indexOf('A') + 1 };
  }
  if (after.startsWith(' CFA franc')) {
    const code = cfaFrancOf(text);
    return code === null ? undefined : { code, length: after.startsWith(' CFA francs') ? 11 : 10 };
  }
  // The Congolese franc's "FC", where the message names the Democratic Republic of the Congo: "Salaire 850.000 FC/mois"
  // in Kinshasa (elsewhere "FC" is a football club).
  const congolese = after.startsWith(' FC') ? 3 : after.startsWith('FC') ? 2 : 0;
  if (congolese > 0 && !/[A-Za-z]/.test(after[congolese] ?? '') && compiled(DR_CONGO).test(text)) return { code: 'CDF', length: congolese };
  // And the franc's bare "F", as a text message writes it where the message names the country, a period right after it:
  // "120.000F/mois" in Dakar. (Not a temperature or a floor: "68 F", "au 2 F".)
  const franc = bareFrancAt(after);
  if (franc > 0) {
    const code = cfaFrancOf(text);
    if (code !== null) return { code, length: franc };
  }
  // The shekel by its Hebrew letters, with a quote mark or gershayim: "שכר 28-34K ש"ח".
  if (after.includes('ש') && /^\s?ש["״]ח/.test(after)) return { code: 'ILS', length: after.indexOf('ח') + 1 };
  // Kenya's shilling as it is said, "bob", where the message is Kenyan: "160 to 200k bob kwa mwezi" (not "12 bob cuts";
  // Bolivia's boliviano where it names Bolivia, "Sueldo 3500 bob mensual" in La Paz).
  if (after.startsWith(' bob') && !/[A-Za-z]/.test(after[4] ?? '')) {
    if (/\b(?:kwa (?:mwezi|siku|wiki)|Nairobi|Kenya|Mombasa|Kisumu|KSh|KES|mshahara)\b/i.test(text)) return { code: 'KES', length: 4 };
    if (/\b(?:Bolivia|La Paz|Santa Cruz de la Sierra|Cochabamba|El Alto|Sucre)\b/.test(text)) return { code: 'BOB', length: 4 };
  }
  // The dirham by its name, of the country the message names: "Salary 2500 se 3000 Dirham mahana" in Dubai.
  if (after.startsWith(' Dirham') || after.startsWith(' dirham')) {
    const length = after[7] === 's' ? 8 : 7;
    const code = /[A-Za-z]/.test(after[length] ?? '') ? null : dirhamOf(text);
    if (code !== null) return { code, length };
  }
  // The baht in words, "70,000–95,000 baht/month".
  const baht = after.startsWith(' baht') || after.startsWith(' Baht') ? 5 : 0;
  if (baht > 0 && !/[A-Za-z]/.test(after[baht] ?? '')) return { code: 'THB', length: baht };
  // The dirham in words, "entre 18 000 et 22 000 dirhams": Morocco's or the Emirates' by the place the message names.
  const dirham = after.startsWith(' dirhams') ? 8 : after.startsWith(' dirham') ? 7 : 0;
  if (dirham > 0) {
    const code = dirhamOf(text);
    return code === null ? undefined : { code, length: dirham };
  }
  // The Serbian dinar in Cyrillic, by strings: "од 135.000 до 158.000 динара месечно". (In Latin letters below.)
  const dinar = after.startsWith(' динар') ? 6 : after.startsWith('динар') ? 5 : 0;
  if (dinar > 0) return { code: 'RSD', length: dinar + (after[dinar] === 'а' ? 1 : 0) };
  // And its short "дин.", and the Macedonian denar's "ден." (with its dot: "ден" alone is a day), before a period, a net or
  // gross word, a plus or a clause's end: "Плата од 85.000 дин. месечно", "52.000 ден. нето".
  if (after.startsWith(' дин') || after.startsWith('дин') || after.startsWith(' ден.') || after.startsWith('ден.')) {
    const short = /^ ?(?:дин\.?|ден\.)(?=\s(?:месечно|нето|бруто|годишње|годишно|дневно|по сату|\+)|[,;)\n]|\s*$)/.exec(after);
    if (short) return { code: short[0].includes('дин') ? 'RSD' : 'MKD', length: short[0].length };
  }
  // The euro's "e", as a text message in the Balkans writes it right after the figure, before a month's, a net or a gross
  // word: "Plata 1.900-2.300e mesecno", "2.800e neto". (Not a French ordinal, "2e étage".)
  if (after.startsWith('e ') && /^e (?:mese[čc]no|mje?se[čc]no|neto|bruto|na mesec|na mjesec|dnevno|po satu|godi[šs]nje|\+)/.test(after))
    return { code: 'EUR', parser: '€', length: 1 };
  // The Tunisian dinar as Tunisia writes it, "5 600 DT net", and the Ethiopian birr in Amharic, "18,500 ብር በወር".
  const dt = after.startsWith(' DT') ? 3 : after.startsWith('DT') ? 2 : 0;
  if (dt > 0 && !/[A-Za-z]/.test(after[dt] ?? '')) return { code: 'TND', length: dt };
  // Algeria's dinar as Algeria writes it, "230 000 DA par mois", where the message names Algeria.
  const da = after.startsWith(' DA') ? 3 : after.startsWith('DA') ? 2 : 0;
  if (da > 0 && !/[A-Za-z]/.test(after[da] ?? '') && compiled(ALGERIA).test(text)) return { code: 'DZD', length: da };
  const birr = after.startsWith(' ብር') ? 3 : after.startsWith('ብር') ? 2 : 0;
  if (birr > 0) return { code: 'ETB', length: birr };
  // The real, the sol, the metical and the kwanza by their plural names, which no other money or thing after a sum
  // takes: "18 a 22 mil reais/mês", "1300 soles mensuales", "35 000 meticais", "Kz": "250 000 kwanzas". And the
  // metical's "MT" in a message set in Mozambique ("35.000,00 MT por mês"; elsewhere "MT" is a state or a tonne).
  const named = MONEY_NAME_AFTER.find(([name]) => after.startsWith(name) && !/[a-zA-Z\u00C0-\u024F]/.test(after[name.length] ?? ''));
  if (named) return { code: named[1], length: named[0].length };
  // Serbia's dinar as Serbia writes it, "od 150.000 dinara neto mesečno", and its short "din" before a net or gross word, a
  // plus or a clause's end, "Plata 85.000 din neto + topli obrok" (Romanian's "din" is "of", "3 din 5"). Not a dinar of
  // the Gulf's or North Africa's: "Posao u Kuvajtu … plata 450 dinara".
  const latinDinar = after.startsWith(' dinara')
    ? 7
    : after.startsWith(' din') && /^ din\.?(?=\s(?:neto|bruto|mese[čc]no|godi[šs]nje|na dan|dnevno|po satu|\+)|[,;)\n]|\s*$)/.test(after)
      ? after[4] === '.'
        ? 5
        : 4
      : 0;
  // (An allowance beside a euro pay is read as one by its word: "Regres 30.000 dinara godišnje", "topli obrok".)
  if (latinDinar > 0 && !/[a-zA-Z\u00C0-\u024F]/.test(after[latinDinar] ?? '') && !compiled(OTHER_DINAR_PLACE).test(text))
    return { code: 'RSD', length: latinDinar };
  // The rouble's "р." (or "р/" before its period), as Russian writes it after a sum or a thousand's "т.": "200 000 р. в
  // месяц", "200-250 т.р./мес" (not a Ukrainian year's "р.", "2024 р.").
  const rouble = after.startsWith(' р') ? 2 : after.startsWith('р') ? 1 : 0;
  if (rouble > 0 && (after[rouble] === '.' || after[rouble] === '/') && figure !== '' && !/^(?:19|20)\d\d$/.test(figure))
    return { code: 'RUB', length: rouble + (after[rouble] === '.' ? 1 : 0) };
  // (And in Latin letters, as a Russian text message typed without Cyrillic writes the rouble and its period: "Dohod do 7 000
  // r/den".)
  if (after.startsWith(' r/') && /^ r\/(?:den|mes|chas|sutki)\b/.test(after)) return { code: 'RUB', length: 2 };
  // Kyrgyzstan's som and Tajikistan's somoni in Cyrillic, "60 000 сом колго", "6 000 – 8 000 сомони в месяц"; the som in
  // Latin letters where the message names Kyrgyzstan, "80-100k som monthly" in Bishkek.
  if (after.startsWith(' сомони')) return { code: 'TJS', length: 7 };
  if (after.startsWith(' сом') && !/[\p{L}]/u.test(after[4] ?? '')) return { code: 'KGS', length: 4 };
  if (after.startsWith(' som') && !/[A-Za-z]/.test(after[4] ?? '') && compiled(KYRGYZSTAN).test(text)) return { code: 'KGS', length: 4 };
  // The money of Central Asia and the Caucasus, by sign or name after the figure: "900 000 – 1 200 000 ₸ на руки", "12 000
  // 000 so'mdan", "2 500 – 3 000 ₾ თვეში", "350 000 – 420 000 ՀՀ դրամ", "2 000–2 800 manat". By strings.
  const eastern = EASTERN_MONEY_AFTER.find(([name]) => after.startsWith(name));
  if (eastern) return { code: eastern[1], length: eastern[0].length };
  // The Balkans' and Madagascar's moneys after the figure: "32.000 денари", "75.000 lekë", and, in a message set there,
  // Bosnia's marks and the ariary by their letters ("1.800 KM mjesečno", "650 000 Ar / mois"; elsewhere "KM" is a
  // distance).
  const balkan = BALKAN_MONEY_AFTER.find(([name]) => after.startsWith(name) && !/[\p{L}]/u.test(after[name.length] ?? ''));
  if (balkan && (balkan[2] === undefined || compiled(balkan[2]).test(text))) return { code: balkan[1], length: balkan[0].length };
  // The Gulf's riyal in Latin letters, by the country the message names: "Salary: 1800 riyal basic" from Jubail.
  const namedRiyal = after.startsWith(' riyals') ? 7 : after.startsWith(' riyal') || after.startsWith(' Riyal') ? 6 : 0;
  if (namedRiyal > 0 && !/[a-z]/.test(after[namedRiyal] ?? '')) return ofTheOneCountry(LATIN_RIYAL_PLACES, text, namedRiyal);
  // A dinar in Latin letters, by the country the message names: "salary 250 dinar per month" in Kuwait, "600 dinars per
  // month" in Amman, "1 800 dinars par mois" in Tunis.
  const namedDinar = after.startsWith(' dinars') ? 7 : after.startsWith(' dinar') && !/[a-z]/.test(after[6] ?? '') ? 6 : 0;
  if (namedDinar > 0) return ofTheOneCountry(LATIN_DINAR_PLACES, text, namedDinar);
  // Mexico's peso as "national money", in a message set in Mexico: "$46,000 MN mensuales" (elsewhere "MN" is Minnesota).
  if (after.startsWith(' MN') && !/[A-Za-z]/.test(after[3] ?? '') && dollarOf(text) === 'MXN') return { code: 'MXN', length: 3 };
  const mt = after.startsWith(' MT') ? 3 : after.startsWith('MT') ? 2 : 0;
  if (mt > 0 && !/[A-Za-z]/.test(after[mt] ?? '') && compiled(MOZAMBIQUE).test(text)) return { code: 'MZN', length: mt };
  // "bucks", the dollar as people say it: "38 to 44 bucks an hour" in a voice mail's transcript.
  if (after.startsWith(' bucks') && !/[A-Za-z]/.test(after[6] ?? '')) return { parser: '$', length: 6 };
  // Cape Verde's escudo, its sign where the cents go: "120.000$00 e 150.000$00 ilíquidos/mês".
  if (after.startsWith('$00')) return { code: 'CVE', length: 3 };
  // (And the dollar in Somali, the US dollar as Somalia is paid: "900 ilaa 1,100 doollar bishii".)
  if (after.startsWith(' doollar') && !/[A-Za-z]/.test(after[8] ?? '')) return { code: 'USD', parser: 'USD', length: 8 };
  // And in Spanish: "de 52 mil a 61 mil dólares al año". (By strings: every figure passes here.)
  // (And the dong's code in lower case, as a chat types it: "450k vnd/hr".)
  const vnd = after.startsWith(' vnd') ? 4 : after.startsWith('vnd') ? 3 : 0;
  if (vnd > 0 && !/[A-Za-z]/.test(after[vnd] ?? '')) return { code: 'VND', length: vnd };
  const dolares = after.startsWith(' dólares') || after.startsWith(' dolares') ? 8 : 0;
  // (The US dollar wherever the message is set, as Latin America names it against its pesos: "3.000 dólares mensuales,
  // remoto desde Bogotá".)
  if (dolares > 0 && !/[A-Za-z]/.test(after[dolares] ?? '') && !/^ (?:canadienses|australianos)/.test(after.slice(dolares)))
    return { code: 'USD', parser: 'USD', length: dolares };
  // The euro's name in Serbian, Croatian and Slovenian: "2.800 eura neto", "2.800 evra", "3.000 evrov".
  const euroWord = EURO_WORDS_SLAVIC.find((word) => after.startsWith(word) && !/[\p{L}]/u.test(after[word.length] ?? ''));
  if (euroWord) return { code: 'EUR', parser: '€', length: euroWord.length };
  let m = compiled(CURRENCY_AFTER).exec(after);
  if (m?.[2] && !CODE_SET.has(m[2].toUpperCase())) m = null;
  if (!m) {
    // The forint with Hungarian "from" or "up to" on it: "900 000 Ft-tól", "1 200 000 Ft-ig" (the suffix read after).
    const forintTo = after.startsWith(' Ft-') ? 3 : after.startsWith('Ft-') ? 2 : 0;
    if (forintTo > 0 && (hungarianFrom(after.slice(forintTo)) > 0 || after.startsWith('-ig', forintTo)))
      return { code: 'HUF', length: forintTo };
    const local = compiled(LOCAL_AFTER).exec(after);
    // (With the Cyrillic abbreviation's dot: "2 400 лв. нето на месец".)
    // (The leu is Moldova's in a message set there: "salariu de 25.000 lei/lună net" from Chișinău.)
    const localCode =
      local?.[1] === 'lei' && compiled(MOLDOVA).test(text) && !compiled(ROMANIA).test(text)
        ? 'MDL'
        : local
          ? LOCAL_CODE[local[1]!]
          : undefined;
    if (local) return { code: localCode, length: local[0].length + cyrillicDot(after, local[0].length) };
    // (Or after a figure in millions, "26-32M Ft,".)
    const forint =
      (after.startsWith(' Ft') || after.startsWith('Ft')) && /^\d{1,3}(?:[ \u00a0.]\d{3})+$|^\d{1,3}(?:[.,]\d{1,2})?m$/.test(figure)
        ? FORINT_AT_END.exec(after)
        : null;
    return forint ? { code: 'HUF', length: forint[0].length } : undefined;
  }
  // A sign right before a digit is the next figure's: "QLD 4009 $52 – $58 per hour".
  const next = after[m[0].length];
  if (next !== undefined && next >= '0' && next <= '9') return undefined;
  if (m[2]) {
    const upper = m[2].toUpperCase();
    // Three capitals only: "usd" in prose is rare, "and"/"the" are not codes anyway. (But "Eur", as the Baltic
    // states write the euro's code: "nuo 2 400 Eur/mėn.".)
    if (m[2] !== upper && m[2] !== 'Eur') return undefined;
    const code = upper === 'RMB' ? 'CNY' : upper === 'NIS' ? 'ILS' : upper;
    return { code, ...(PARSER_CODES.has(code) ? { parser: code } : {}), length: m[0].length };
  }
  const sign = m[1]!;
  if (sign === '$' || /^dollars?$/i.test(sign)) return { parser: '$', length: m[0].length };
  if (sign === '€' || /^euro[sat]?$/i.test(sign)) return { code: 'EUR', parser: '€', length: m[0].length };
  if (sign === '£' || /^pounds?$/i.test(sign)) return { code: 'GBP', parser: '£', length: m[0].length };
  // "kr", or the word written out: "760 000 kroner i året", "38 000 kronor i månaden".
  if (/^kr/i.test(sign)) return { kr: true, length: m[0].length };
  return { code: SIGN_CODE[sign], length: m[0].length };
}

const EURO_WORDS_SLAVIC = [' eura', ' evra', ' evrov', ' Eura', ' Evra'];
const MONEY_NAME_AFTER: [string, string][] = [
  // Malayalam's euro, rupee, riyal and dirham: "2,900 യൂറോ", "25,000 രൂപ".
  [' യൂറോ', 'EUR'],
  [' രൂപ', 'INR'],
  [' റിയാൽ', 'SAR'],
  [' ദിർഹം', 'AED'],
  // The Gulf's moneys in Hindi and Urdu, as agents write to workers: "3,500 – 4,000 कतरी रियाल प्रति माह", "2200 قطری ریال".
  [' कतरी रियाल', 'QAR'],
  [' सऊदी रियाल', 'SAR'],
  [' ओमानी रियाल', 'OMR'],
  [' दिरहम', 'AED'],
  [' कुवैती दीनार', 'KWD'],
  [' reais', 'BRL'],
  [' soles', 'PEN'],
  // Costa Rica's colones and Saudi Arabia's riyals by their names: "¢785.000 colones mensuales", "2200 Saudi Riyal mahana".
  [' colones', 'CRC'],
  [' Saudi Riyals', 'SAR'],
  [' Saudi Riyal', 'SAR'],
  [' saudi riyal', 'SAR'],
  [' meticais', 'MZN'],
  // The moneys of the Caribbean and of Latin America by their names: "entre 145 000 et 175 000 gourdes", "38 000 goud pa
  // mwa" (Haitian Creole), "25,000 lempiras", "8,500 quetzales", "C$ 38,000 córdobas", "5.000.000 guaraníes", "4.500
  // bolivianos".
  // Cambodia's dollar (the US one) and riel in Khmer, Myanmar's kyat in Burmese and in English: "៣០០ ដុល្លារ", "៨០.០០០ រៀល",
  // "၃၀,၀၀၀ ကျပ်", "8 lakhs ~ 12 lakhs Kyats".
  [' ដុល្លារអាមេរិក', 'USD'],
  [' ដុល្លារ', 'USD'],
  [' រៀល', 'KHR'],
  [' ကျပ်', 'MMK'],
  [' Kyats', 'MMK'],
  [' kyats', 'MMK'],
  [' Kyat', 'MMK'],
  [' gourdes', 'HTG'],
  [' goud', 'HTG'],
  [' lempiras', 'HNL'],
  [' quetzales', 'GTQ'],
  [' córdobas', 'NIO'],
  [' cordobas', 'NIO'],
  [' guaraníes', 'PYG'],
  [' guaranies', 'PYG'],
  [' bolivianos', 'BOB'],
  // The rupee in French, "entre 70K et 90K roupies par mois" (whose country the message says: Mauritius's, or India's).
  [' roupies', 'INR'],
  // Burundi's franc after its figure: "2 400 000 FBu par mois"; Rwanda's, "1 350 000 Frw brut par mois"; the yen by its
  // name, "230,000 yen (before tax)", "1.380 yên/giờ".
  [' FBu', 'BIF'],
  [' Fbu', 'BIF'],
  [' Frw', 'RWF'],
  // Vanuatu's vatu by its name, "175 000 vatu".
  [' vatu', 'VUV'],
  // Bangladesh's taka by its name, as a chat in Latin letters writes it: "Salary mashe 55k taka gross".
  [' taka', 'BDT'],
  // The pound in Polish, "32 000 - 35 000 funtów" (a charset with no "£" writes its name).
  [' funtów', 'GBP'],
  [' funtow', 'GBP'],
  // São Tomé's dobra, "7.500 Db/mes".
  [' Db', 'STN'],
  // The CFP franc of New Caledonia, French Polynesia and Wallis and Futuna, by its letters: "395 000 F CFP bruts par
  // mois", "420 000 FCFP", "250 000 francs CFP".
  [' F CFP', 'XPF'],
  [' FCFP', 'XPF'],
  [' francs CFP', 'XPF'],
  [' yen', 'JPY'],
  [' yên', 'JPY'],
  // The naira by its name, as a Nigerian chat writes it after a sum in "k": "I fit pay 180k naira every month".
  [' naira', 'NGN'],
  // Jordan's and Kuwait's dinars by their letters after the figure, as a text writes them: "450 JD/month", "900 KD".
  [' JD', 'JOD'],
  [' KD', 'KWD'],
  // (And the kwanza's letters after its figure: "650.000,00 Kz/mês".)
  [' Kz', 'AOA'],
  [' kwanzas', 'AOA'],
];
const EASTERN_MONEY_AFTER: Array<[string, string]> = [
  [' ₸', 'KZT'],
  ['₸', 'KZT'],
  [' тенге', 'KZT'],
  // (Tajik writes the somoni with its own "ӣ": "6 500 – 8 000 сомонӣ дар як моҳ".)
  [' сомонӣ', 'TJS'],
  // Belarus's rouble as Belarus writes it: "9 000 бел. руб. у месяц".
  [' бел. руб.', 'BYN'],
  [' бел.руб.', 'BYN'],
  [' бел. руб', 'BYN'],
  [' теңге', 'KZT'],
  [' тг', 'KZT'],
  [" so'm", 'UZS'],
  [' so‘m', 'UZS'],
  [' soʻm', 'UZS'],
  // (And the rouble in Kyrgyz, "from" on it: "150 000 рублден жогору".)
  [' рублден', 'RUB'],
  [' сум', 'UZS'],
  [' сўм', 'UZS'],
  [' ₾', 'GEL'],
  ['₾', 'GEL'],
  [' ლარი', 'GEL'],
  [' лари', 'GEL'],
  [' ՀՀ դրամ', 'AMD'],
  [' դրամ', 'AMD'],
  [' ֏', 'AMD'],
  ['֏', 'AMD'],
  [' драм', 'AMD'],
  [' ₼', 'AZN'],
  // Mongolia's tögrög by its sign and name, Laos's kip: "4,500,000–6,000,000₮", "7 сая төгрөг", "2.500.000 ກີບ".
  ['₮', 'MNT'],
  [' ₮', 'MNT'],
  [' төгрөг', 'MNT'],
  [' ກີບ', 'LAK'],
  ['ກີບ', 'LAK'],
  ['₼', 'AZN'],
  [' manat', 'AZN'],
  [' манат', 'AZN'],
];
const KYRGYZSTAN = () => /\b(?:Kyrgyz\w*|Bishkek|Osh|Karakol|Jalal-Abad|Бишкек|Кыргыз\p{L}*)/u;
const VANUATU = () => /(?<![A-Za-z])(?:Vanuatu|Port[- ]Vila|Luganville|Espiritu Santo|Tanna|Efate|VNPF)(?![A-Za-z])/;
const BOSNIA = () => /Bosn|BiH\b|Sarajev|Zenic|Mostar|Tuzl|Banj[ae] Luk|Bihać|Brčk/;
const MADAGASCAR = () => /Madagas|Antananarivo|\bTana\b|Toamasina|Mahajanga|Ariary|malgache/i;
const BALKAN_MONEY_AFTER: Array<[string, string, Pattern?]> = [
  [' денари', 'MKD'],
  [' денара', 'MKD'],
  [' lekë', 'ALL'],
  [' leke', 'ALL'],
  [' lek', 'ALL'],
  // (The lev in Latin letters, as a text message in Bulgaria writes it: "Zaplata 1200 lv. mesechno", "1500 leva".)
  [' lv.', 'BGN'],
  [' leva', 'BGN'],
  // (And the euro by its name in Cyrillic: "1.800 евра нето", "2 000 евро".)
  [' евра', 'EUR'],
  [' евро', 'EUR'],
  [' KM', 'BAM', BOSNIA],
  // (And Vanuatu's vatu by its letters, there: "175 000 VT net par mois".)
  [' VT', 'VUV', VANUATU],
  [' Ariary', 'MGA'],
  [' Ar', 'MGA', MADAGASCAR],
];
/** The money of the one country of `places` the text names (none when it names two or none), written in `length` characters. */
function ofTheOneCountry(places: Array<[string, Pattern]>, text: string, length: number): { code: string; length: number } | undefined {
  const named = places.filter(([, place]) => compiled(place).test(text));
  return named.length === 1 ? { code: named[0]![0], length } : undefined;
}
const LATIN_RIYAL_PLACES: Array<[string, Pattern]> = [
  ['SAR', () => /Saudi|KSA\b|Riyadh|Jeddah|Dammam|Jubail|Khobar|Makkah|Mecca|Madinah|Medina|Yanbu|Tabuk/i],
  ['QAR', () => /Qatar|Doha|Lusail/i],
  ['OMR', () => /\bOman|Muscat|Sohar|Salalah/i],
];
const LATIN_DINAR_PLACES: Array<[string, Pattern]> = [
  ['KWD', () => /Kuwait|Kuvajt|Koweït/i],
  ['JOD', () => /Jordan|Amman\b/i],
  ['TND', () => /Tunis|Sfax|Sousse/i],
  ['BHD', () => /Bahrain|Manama/i],
  ['DZD', () => /Alg[eé]ri|Alger\b|\bOran\b/i],
  ['IQD', () => /Iraq|Baghdad|Erbil|Basra/i],
  ['LYD', () => /Libya|Tripoli|Benghazi/i],
  ['RSD', () => /Serbia|Srbij|Beograd|Belgrade|Novi Sad/i],
];
const ALGERIA = () => /Alg[eé]ri|Alger\b|\bOran\b|Constantine|Annaba|Blida|S[ée]tif|Tizi|Béjaïa|Bejaia|Tlemcen|الجزائر|وهران/i;
const OTHER_DINAR_PLACE = () => /Kuvajt|Kuwait|Jordan|Bahrein|Bahrain|Tunis|Alžir|Alzir|Algeri|Irak|Iraq|Libij|Liby/i;
const MOZAMBIQUE = () =>
  /\b(?:Mo[cç]ambique|Mozambique|mo[cç]ambican[ao]s?|Maputo|Matola|Nampula|Beira|Quelimane|Tete|Pemba|Nacala|Chimoio|Inhambane|Xai-Xai|Lichinga|meticais|metical)\b/i;

/** A phone number: three or more groups of digits, seven or more digits, joined by dashes, dots, spaces or brackets. */
function inPhoneNumber(text: string, start: number, end: number): boolean {
  let from = start;
  while (from > 0 && start - from < 12 && /[\d\s().+-]/.test(text[from - 1]!)) from--;
  // A money's sign right before the run makes it a sum, not a phone number: "€900-1.200/month".
  if (from > 0 && '€£$¥₹'.includes(text[from - 1]!)) return false;
  // A sentence's end before the figure ends the run: "w Strykowie (95-010). 32 zł brutto/h" is a postcode, then pay.
  const stop = text.slice(from, start).search(/\.\s+(?=\S*$)/);
  if (stop >= 0) from += stop + text.slice(from + stop).search(/\s/) + 1;
  let to = end;
  while (to < text.length && to - end < 16 && /[\d\s().-]/.test(text[to]!)) to++;
  const run = text.slice(from, to);
  if (!/\d[\s().-]+\d/.test(run)) return false;
  const groups = run.match(/\d+/g) ?? [];
  const digits = groups.join('').length;
  return groups.length >= 3 && digits >= 7 && !/\d{4,}[\s-]\d{4,}/.test(run.trim());
}

/** Reads the figure or range at a number token; undefined when it is no money span. */
/**
 * The scale word after a figure at `pos`: "k", "m" (or "mil", a thousand with reais, pesos and euros), "thousand",
 * or lakhs and crores, which the parser does not read and come back as a multiplier.
 */
const ROMANCE_MILLIONS = new Set(['millones', 'millón', 'millon']);
// A salary's own word before a figure, in its sentence, in Spanish, Portuguese, Italian or English: "Sueldo:", "el rango es",
// what the writer can offer, "Lo que te puedo ofrecer:\n- Entre 12 y 15 millones de pesos mensuales", "la
// renta que maneja el cliente está entre", "Salary:", "Compensación: RD$ 2.1 a 2.4 millones anuales". A whole word (not "database", "repay"), not rent's or income's
// ("renta fija", but "impuesto a la renta" is caught below), and with nothing between it and the figure that names
// another sum or says the salary is to be agreed: not "Sueldo: 2.800 pesos semanales. Apoyo de transporte de 800
// pesos", "sueldo a convenir, apoyo de transporte de 800 pesos", "el sueldo es competitivo y la empresa factura 40
// millones", "pay is above market and you'll handle a petty cash float of 5,000 pesos".
// (Made at its first use: most messages write none of its words' figures.)
const ROMANCE_PAY_BEFORE = () =>
  /\b(?:sueldo|salario|rango|(?:te|le|les|lhe) (?:puedo |podemos |posso )?(?:ofrecer|ofrecemos|ofrezco|oferecer|oferecemos)|podemos ofrecer(?:te|le)?|renta(?! fija| variable)|remuneraci[oó]n|compensaci[oó]n|compensa[çc][ãa]o|sal[aá]rio|remunera[çc][ãa]o|retribuzione|stipendio|salary|pay|wage)\b(?::?[ \t]*\n[ \t]*[-•*▪·]?[ \t]*)?(?:(?!apoyo|vales?\b|bono|comisi|vi[aá]tico|ayuda|subsidio|auxilio|prima|convenir|combinar|negociar|aiuto|buoni|factur|proyecto|cartera|fondo|transacci|ventas|ingreso|inversi|presupuesto|cr[eé]dito|despensa|caja|capital|proces|genera|mueve|float|cash|budget|revenue|project|fund)[^\n.;!?]){0,60}$/i;
// What a Vietnamese or Indonesian million counts when it is no money: people, users, customers, transactions, orders (see
// scaleAt).
const COUNTED_IN_MILLIONS_AFTER = () =>
  /^\s(?:người|pengguna|orang|khách|lượt|user|nhân|penduduk|pelanggan|transaksi|pesanan|unduhan|giao dịch|đơn)/;
// Turkish and Hungarian words of a sum that is no pay, around a million (see scaleAt): a budget, a grant, turnover, an
// investment, revenue, a fund, a prize.
const TURKISH_HUNGARIAN_NOT_PAY = () =>
  /bütçe|butce|hibe|ciro|değerinde|degerinde|yatırım|yatirim|gelir|hasılat|hasilat|fon\b|ödül|odul|költségvetés|koltsegvetes|árbevétel|arbevetel|keret|befektet|forgalom|támogatás|tamogatas|díjalap|dijalap|tőke|toke/iu;
const MILLION_PESOS_A_PERIOD = () =>
  /^\s(?:de )?pesos(?: colombianos| chilenos| mexicanos| argentinos)? (?:mensuales|al mes|por mes|anuales|al año|por año)(?![\p{L}])/u;
const romancePayBefore = (text: string, at: number) => compiled(ROMANCE_PAY_BEFORE).test(text.slice(Math.max(0, at - 90), at));

function scaleAt(
  text: string,
  pos: number,
  cur: { code?: string; parser?: string } | undefined,
  figureStart = pos,
  pesoDollar = false,
): { length: number; text: string; multiplier: number } | undefined {
  // Swedish "tkr", thousands of kronor: "52–60 tkr/mån" (the "kr" left to be read as the currency). By strings.
  if (text.startsWith('tkr', pos) || text.startsWith(' tkr', pos)) {
    const at = text[pos] === ' ' ? pos + 1 : pos;
    if (!/[a-zA-Z\u00C0-\u024F]/.test(text[at + 3] ?? '')) return { length: at - pos + 1, text: 'k', multiplier: 1 };
  }
  // Morocco's "KDH", thousands of dirhams ("entre 480 KDH et 560 KDH brut annuel", the "DH" left to be read as the
  // currency), and Greek "χιλ.", a thousand ("42–52 χιλ. € μικτά ετησίως"). By strings.
  {
    const at = text[pos] === ' ' ? pos + 1 : pos;
    if ((text.startsWith('KDH', at) || text.startsWith('kDH', at)) && !/[a-zA-Z]/.test(text[at + 3] ?? ''))
      return { length: at - pos + 1, text: 'k', multiplier: 1 };
    // (Greek writes the thousand's "k" with its own kappa too, "48-58Κ € μικτά", and Turkish says its word, "110-135 bin
    // TL".)
    // (Each only before its money: "3 κ άνω ετών" is "3 and over", "10 bin çalışanı" ten thousand employees, "40 bin
    // racks" English.)
    if ((text[at] === 'Κ' || text[at] === 'κ') && /^\s?(?:€|ευρώ|EUR)/.test(text.slice(at + 1, at + 7)))
      return { length: at - pos + 1, text: 'k', multiplier: 1 };
    if (
      text.startsWith('bin', at) &&
      text[pos] === ' ' &&
      /^\s?(?:TL|₺|lira|TRY|USD|EUR|\$|€|dolar|euro)(?![a-zA-Z])/.test(text.slice(at + 3, at + 12))
    )
      return { length: at - pos + 3, text: 'k', multiplier: 1 };
    // (Only before the euro: "χιλ." is also a kilometre, "20 χιλ. από την Αθήνα".)
    if (text.startsWith('χιλ.', at) && /^\s?(?:€|ευρώ|EUR)/.test(text.slice(at + 4, at + 10)))
      return { length: at - pos + 4, text: 'k', multiplier: 1 };
  }
  // A thousand in Ukrainian and Russian, before its own money: "ЗП 28–32 тис. грн/міс", "от 350 тыс. ₸". (Not before a
  // dollar, whose sums in IT are a month's and said in full.) By strings.
  {
    const at = text[pos] === ' ' ? pos + 1 : pos;
    if (
      (text.startsWith('тис', at) || text.startsWith('тыс', at)) &&
      /^(?:тис|тыс)(?:\.|яч\p{L}*)?\s?(?:грн|₴|руб|₽|₸|тенге|сом|лв)/u.test(text.slice(at, at + 16))
    ) {
      const word = /^(?:тис|тыс)(?:\.|яч\p{L}*)?/u.exec(text.slice(at, at + 12))![0];
      return { length: at - pos + word.length, text: 'k', multiplier: 1 };
    }
  }
  // A million in Russian and Uzbek, before its own money: "12 млн сўм", "1,5 млн руб."; and a thousand roubles as Russian
  // writes it, "200-250 т.р./мес" (the "р." read after as the rouble). By strings.
  {
    const at = text[pos] === ' ' ? pos + 1 : pos;
    if (text.startsWith('млн', at) && /^млн\.?\s?(?:сўм|сум|руб|₽|₸|тенге|сом|so['‘ʻ]m|грн)/u.test(text.slice(at, at + 12)))
      return { length: at - pos + (text[at + 3] === '.' ? 4 : 3), text: 'm', multiplier: 1 };
    // (And Norway's, Sweden's and Denmark's million, "mill.", before the krone: "fra 1,15 mill. kr i året".)
    if (text.startsWith('mill. kr', at) || text.startsWith('mill.kr', at)) return { length: at - pos + 5, text: 'm', multiplier: 1 };
    // (And Albanian's thousand, "mijë", before its money: "200–250 mijë lekë neto".)
    if ((text.startsWith('mijë ', at) || text.startsWith('mije ', at)) && /^mij[eë] (?:lek|euro|€)/u.test(text.slice(at, at + 12)))
      return { length: at - pos + 4, text: 'k', multiplier: 1 };
    // (And Mongolian's million, "сая", before the tögrög: "сарын 7 сая төгрөгөөс эхэлнэ".)
    if (text.startsWith('сая ', at) && /^сая (?:төгрөг|₮)/u.test(text.slice(at, at + 12)))
      return { length: at - pos + 3, text: 'm', multiplier: 1 };
    if (text.startsWith('т.р', at) || text.startsWith('т. р', at)) return { length: at - pos + 2, text: 'k', multiplier: 1 };
  }
  // Vietnamese "tr", short for "triệu", a million, in a message written in Vietnamese: "Lương: 40-50tr NET". By strings.
  {
    const at = text[pos] === ' ' ? pos + 1 : pos;
    // (After a Vietnamese pay word, not far before: "3 tr of onboarding" in an English message with a Vietnamese name is
    // no sum.)
    // (And "trieu", "triệu" typed without its accents: "30 trieu VND/thang".)
    if (
      text.startsWith('trieu', at) &&
      !/[\p{L}\d]/u.test(text[at + 5] ?? '') &&
      /^trieu\s?(?:VND|vnd|đ|d\b|dong)/.test(text.slice(at, at + 12))
    )
      return { length: at - pos + 5, text: 'm', multiplier: 1 };
    if (
      text.startsWith('tr', at) &&
      !/[\p{L}\d]/u.test(text[at + 2] ?? '') &&
      (VIETNAMESE_PAY_WORDS.some((word) => text.slice(Math.max(0, figureStart - 30), figureStart).includes(word)) ||
        // (Or with a Vietnamese month after it, under an English word: "Range: 60 - 80tr gross/tháng".)
        /^tr\s?(?:gross|net|GROSS|NET)?\s?\/\s?tháng/.test(text.slice(at, at + 16)) ||
        // (Or in an English message set in Vietnam, a pay's word before it: "Salary: 90–120tr net/month" from Ho Chi Minh
        // City.)
        ((text.includes('Vietnam') || text.includes('Ho Chi Minh') || text.includes('HCMC') || text.includes('Hanoi')) &&
          /\b(?:salary|pay|package|offer|budget|range)\b[^.\n]{0,20}$/i.test(text.slice(Math.max(0, figureStart - 30), figureStart))))
    )
      return { length: at - pos + 2, text: 'm', multiplier: 1 };
  }
  // A lakh in the scripts of South India: "₹55 లక్షల", "12 லட்சம்". By strings.
  {
    const at = text[pos] === ' ' ? pos + 1 : pos;
    // (Not Bengali's "goal", "লক্ষ্য", which begins as its lakh does.)
    const word = text.startsWith('লক্ষ্য', at) ? undefined : INDIC_SCALES.find(([written]) => text.startsWith(written, at));
    if (word) {
      let end = at + word[0].length;
      while (/[\u0900-\u0DFF]/.test(text[end] ?? '')) end++;
      return { length: end - pos, text: '', multiplier: word[1] };
    }
  }
  const m = compiled(SCALE).exec(text.slice(pos, pos + 12));
  if (!m) return undefined;
  const length = m[0].length;
  // "tis."/"tys." count thousands of anything: money only beside a currency ("12 tys. osób" is people).
  // (Or the pound or the euro after it, as a Polish message about work abroad writes them: "38–42 tys. £ rocznie", "70–80
  // tys. funtów rocznie".)
  if (
    m[5] &&
    !cur &&
    !/^\s?(?:Kč|Kc|zł|zl|PLN|CZK|£|GBP|€|EUR|funtów|funtow|euro)(?![a-zA-Z\u00C0-\u024F])/.test(text.slice(pos + length, pos + length + 12))
  )
    return undefined;
  // (The pound and the euro only where no investment, portfolio, deposit or penalty is said before: "Kaucja 2 tys. €".)
  if (
    m[5] &&
    !cur &&
    /^\s?(?:£|GBP|€|EUR|funtów|funtow|euro)/.test(text.slice(pos + length, pos + length + 12)) &&
    /(?:inwestycj|portfel|kaucj|\bkar[ayę]|obrót|obrot|wartości|wartosci)[^.!?\n]{0,40}$/i.test(
      text.slice(Math.max(0, figureStart - 60), figureStart),
    )
  )
    return undefined;
  if (m[1] || m[3] || m[5]) return { length, text: 'k', multiplier: 1 };
  // "mln" is a pay's million only after a pay's word: not a grant's, an investment's or a contract's, "2 mln zł
  // dofinansowania", "kontrakt na 8 mln zł"; a salary's, "Oylik maosh 4 mln so'mdan boshlab".
  // (Nor before the som, "Oyiga 6 mln so'm", whatever its label.)
  if (
    m[2] === 'mln' &&
    !/^\s?(?:so['’]m|сўм|сум|UZS)/i.test(text.slice(pos + length, pos + length + 8)) &&
    !hasPayWord(text.slice(Math.max(0, text.lastIndexOf('\n', figureStart - 1) + 1, figureStart - 60), figureStart))
  )
    return undefined;
  // A Spanish million counts people, customers, revenue and projects as often as money paid: a salary's only after a
  // salary's word and beside a currency ("la renta está entre 3 y 3,4 millones de pesos", "el rango es entre $3,2 y $3,8
  // millones" where the message's "$" is a peso), not "3 millones de habitantes" nor "facturación de US$ 3,4 millones".
  if (
    m[2] &&
    ROMANCE_MILLIONS.has(m[2]) &&
    // (Or a range of millions in pesos' dollars said to be pesos by the month or the year, with no salary's word: "estamos
    // pensando entre $14 y $16 millones de pesos mensuales"; not a firm's turnover, "factura 40 millones de pesos al mes".)
    (!(
      romancePayBefore(text, figureStart) ||
      (/\bentre\s*\$\s?\d[\d.,]*\s?y\s*\$?\s?\d[\d.,]*\s?$/.test(text.slice(Math.max(0, pos - 40), pos)) &&
        !/factur|vend|procesa|mueve|ingres|ventas|presupuesto|inversi|invierte|capital|ronda|n[óo]mina|gasto|costo|pauta|inventario|cartera|recaudo/i.test(
          text.slice(Math.max(0, pos - 80), pos),
        ) &&
        compiled(MILLION_PESOS_A_PERIOD).test(text.slice(pos + length, pos + length + 40)))
    ) ||
      (cur?.code === undefined &&
        !(pesoDollar && cur?.parser === '$') &&
        // (Or another money of Latin America by its name: "entre 9 y 11 millones de guaraníes por mes".)
        !/^\s(?:de )?(?:pesos|guaran[ií]es|quetzales|lempiras|colones|c[óo]rdobas|bolivianos|soles)(?![a-zA-Z\u00C0-\u024F])/.test(
          text.slice(pos + length, pos + length + 16),
        )))
  )
    return undefined;
  // (A Turkish or Hungarian million is money only with its currency before or after it: not "3 milyon sipariş", three
  // million orders, "1,2 millió ügyfél".)
  // (And only in a sentence that says it is pay: not a budget, a grant, an investment or a turnover, "költségvetése 40
  // millió Ft", "1,2 milyon TL değerinde hibe".)
  if (
    (m[2] === 'milyon' || m[2] === 'millió') &&
    compiled(TURKISH_HUNGARIAN_NOT_PAY).test(text.slice(Math.max(0, figureStart - 60), pos + length + 40))
  )
    return undefined;
  if (
    (m[2] === 'milyon' || m[2] === 'millió') &&
    cur === undefined &&
    !/^\s?(?:TL|₺|TRY|lira|dolar|USD|avro|euro|EUR|€|Ft|forint|HUF)(?![\p{L}])/u.test(text.slice(pos + length, pos + length + 10))
  )
    return undefined;
  // (A Vietnamese or Indonesian million of people, transactions or orders is no money: "3 triệu người dùng", "10 juta
  // pengguna", "1,2 juta transaksi per bulan".)
  if (
    (m[2] === 'triệu' || m[2] === 'juta' || m[2] === 'jt') &&
    compiled(COUNTED_IN_MILLIONS_AFTER).test(text.slice(pos + length, pos + length + 12))
  )
    return undefined;
  // (A Swedish and Norwegian "mil" is ten kilometres: "om du bor mer än 5 mil bort".)
  if (
    m[2] === 'mil' &&
    /^\s(?:bort|unna|hemifrån|hjemmefra|från|fra|enkel väg|enkel vei|om dagen|per dag)\b/.test(text.slice(pos + length, pos + length + 14))
  )
    return undefined;
  // (A Portuguese or Spanish "mil" with no currency, before a word of things, counts them: "passou de 2 mil estrelas no
  // GitHub", "180 mil lojistas".)
  if (
    m[2] === 'mil' &&
    cur === undefined &&
    /^\s\p{Ll}/u.test(text.slice(pos + length, pos + length + 2)) &&
    !compiled(MONEY_AFTER_MIL).test(text.slice(pos + length, pos + length + 12))
  )
    return undefined;
  // (A peso's "$" with "mil" is a thousand too, as a Mexican or a Chilean message writes it: "de $28 mil a $32 mil".)
  const pesoMil = pesoDollar && cur?.parser === '$' && cur.code === undefined && m[2] === 'mil';
  if (m[2])
    return {
      length,
      text:
        pesoMil ||
        milThousand(m[2], cur, text.slice(pos + length, pos + length + 12)) ||
        (m[2] === 'mil' && compiled(ROMANCE_MIL_CONTEXT).test(text.slice(Math.max(0, figureStart - 60), pos + length + 40)))
          ? 'k'
          : 'm',
      multiplier: 1,
    };
  // (A lakh's "L" only after a small figure, "12L", "8.5L": "15,000L" is litres, a bioreactor's scale.)
  if (m[4]!.startsWith('L') && /\d,\d{3}/.test(text.slice(figureStart, pos))) return undefined;
  return { length, text: '', multiplier: /^cr/i.test(m[4]!) ? 10_000_000 : 100_000 };
}

// A sum's words that take it off the pay: "(£85/wk taken off wages)", "£20 a week deducted from wages".
const DEDUCTED_AFTER = () =>
  /^\s?(?:\/\s?(?:wk|week|month|mo|day|pw|pcm)|(?:a|per) (?:week|month|day)|pw|pcm)?\s*(?:(?:is|are|gets?|will be) )?(?:taken off|deducted(?= (?:from|for|off)\b|\s*[).,;]|\s*$)|off (?:your |the )?(?:wages|pay|salary)\b)/i;
// The crore in India's scripts: a firm's turnover or a loan book far more often than a pay (see notPayReason).
const CRORE_WORDS = ['करोड़', 'करोड', 'कोटी', 'கோடி', 'কোটি', 'కోట్ల', 'కోటి', 'ಕೋಟಿ', 'കോടി', 'ਕਰੋੜ', 'કરોડ'];
// The lakh in Bengali, Telugu, Tamil, Kannada and Malayalam, each word's stem (its endings follow). (Not the crore, which counts a
// firm's turnover far more often than a salary.)
const INDIC_SCALES: Array<[string, number]> = [
  // (And Bengali's, "বার্ষিক ₹১৪ লাখ থেকে ₹১৭ লাখ".)
  ['লাখ', 100_000],
  ['লক্ষ', 100_000],
  // (And Burmese's, "၃ သိန်း မှ ၅ သိန်း ထိ".)
  ['သိန်း', 100_000],
  ['లక్ష', 100_000],
  ['லட்ச', 100_000],
  ['ಲಕ್ಷ', 100_000],
  ['ലക്ഷ', 100_000],
];
// Vietnamese words of pay before a figure, cased as written: "Lương: 40-50tr NET", "Thu nhập 15 tr/tháng".
// (And typed without accents, as a text message does: "Luong 9-12tr/thang", "Thu nhap".)
const VIETNAMESE_PAY_WORDS = [
  'Lương',
  'lương',
  'LƯƠNG',
  'Luong',
  'LUONG',
  'Thu nhập',
  'thu nhập',
  'THU NHẬP',
  'Thu nhap',
  'THU NHAP',
  'Mức',
  'mức',
];
// The words after "mil" that make it money's: its currency, gross or net, a period.
const MONEY_AFTER_MIL = () => /^\s(?:euros?|reais|pesos|soles|dólares|dolares|brut|net|líquid|por|al|ao|a|de|mensa|anua|mês|mes|año|ano)/;
function spanAt(
  text: string,
  token: RegExpExecArray,
  european: boolean,
  southAfrican: () => boolean,
  pesoDollar: boolean,
): Span | undefined {
  const start0 = token.index;
  const before = text.slice(Math.max(0, start0 - 40), start0);
  const cur1 =
    placedSignBefore(before, text) ??
    currencyBefore(before) ??
    randBefore(before, southAfrican, text.slice(start0, start0 + 16)) ??
    letterCurrencyBefore(before, text, start0);
  // "S/4HANA" is SAP's product, not a sum in soles.
  if (cur1?.code === 'PEN' && /^[A-Z]{2}/.test(text.slice(start0 + token[0].length, start0 + token[0].length + 2))) return undefined;
  // A salary in UF runs to hundreds at most: "UF 2019" is a university's class ("a UF 2019 grad").
  if (cur1?.code === 'CLF' && !/^\d{1,3}(?:[.,]\d{1,2})?$/.test(token[0])) return undefined;
  // "Php" before a version is the language: "from Php 5 to Php 8", "PHP 8.2". The peso's sums run to hundreds at the
  // least, or to thousands said in "K": "Php 25K-32K/mo".
  if (
    cur1?.code === 'PHP' &&
    before.endsWith('hp ') &&
    /^\d(?:\.\d)?$/.test(token[0]) &&
    !/^[kK]/.test(text.slice(start0 + token[0].length))
  )
    return undefined;
  // A tolerance ("CET ±2") is no figure.
  if (/[±]\s?$/.test(before)) return undefined;
  // Inside a word (B2B, H1B, Web3, EC2): not a figure, unless a currency code is against it.
  if (!cur1 && /[A-Za-z_]$/.test(before)) return undefined;
  // A British postcode's second half ("NN11 8PH"): no figure, however its letters read ("PH", "PA").
  if (/\b[A-Z]{1,2}\d[A-Z\d]? $/.test(before) && /^\d[A-Z]{2}\b/.test(text.slice(start0, start0 + 4))) return undefined;
  // Nor a Canadian one's ("P0B 1K0"): "1K" is no thousand there.
  if (canadianPostcodeEnd(before, text.slice(start0, start0 + 4))) return undefined;
  let pos = start0 + token[0].length;
  // ",–" or ",-" after a figure is Austrian and German for ",00": "€ 4.150,– brutto pro Monat".
  if (/^[,.][-–](?![\d-])/.test(text.slice(pos, pos + 3))) pos += 2;
  const scale1 = scaleAt(text, pos, cur1, start0, pesoDollar);
  let multiplier = scale1?.multiplier ?? 1;
  const scaleText1 = scale1?.text ?? '';
  if (scale1) pos += scale1.length;
  let cur = cur1;
  // A million's "de" before its money, in French: "30 millions de FCFA brut par an". (Spanish's "millones de pesos" is
  // read with the peso, below.)
  if (scale1?.text === 'm' && !cur1 && (text.startsWith(' de ', pos) || text.startsWith(" d'", pos) || text.startsWith(' d’', pos))) {
    const skip = text[pos + 2] === 'e' ? 3 : 2;
    if (currencyAfter(text.slice(pos + skip, pos + skip + 40), '', text)) pos += skip;
  }
  let after = text.slice(pos, pos + 40);
  // The dong's word only after a sum of its size or its million: "8 đồng nghiệp" are eight colleagues.
  const dongTooSmall = (c: ReturnType<typeof currencyAfter>) => c?.code === 'VND' && !scale1 && plainNumber(token[0]) < 1000;
  let curAfter1 = currencyAfter(after, `${token[0]}${scaleText1}`, text);
  if (dongTooSmall(curAfter1)) curAfter1 = undefined;
  // A bare "$" named by the code after it: "$28,000 MXN".
  const dollarNamed = cur?.code === undefined && cur?.parser === '$' && curAfter1?.code !== undefined && DOLLARS.has(curAfter1.code);
  if (curAfter1 && (!cur || curAfter1.code === cur.code || dollarNamed)) {
    cur = dollarNamed ? curAfter1 : (cur ?? curAfter1);
    pos += curAfter1.length;
    after = text.slice(pos, pos + 40);
  }
  const first = token[0];
  let second: string | undefined;
  let scaleText2 = '';
  // A word or two in brackets after the first end, before the "to": "EUR 3.312 (starter) tot EUR 5.078 (na 25 jaar)".
  // (By characters first: most figures have no bracket after them.)
  if (after[0] === '(' || after.startsWith(' (')) {
    const open = after.indexOf('(');
    const close = after.indexOf(')', open);
    const inside = close > open ? after.slice(open + 1, close) : '';
    const plain = inside.length >= 2 && inside.length <= 30 && ![...inside].some((c) => (c >= '0' && c <= '9') || c === '(' || c === '\n');
    const rest = plain ? after.slice(close + 1) : '';
    // (A "to" in words only: after a dash, "£40,000 (negotiable) - £5k bonus", the second figure is another sum.)
    const lead = rest.trimStart()[0] ?? '';
    const word = lead.toLowerCase() !== lead.toUpperCase();
    if (plain && word && compiled(CONNECTOR).test(rest) && !AND_CONNECTOR.test(rest)) {
      pos += close + 1;
      after = text.slice(pos, pos + 40);
    }
  }
  // (Malay and Indonesian "hingga" and Vietnamese "đến" between two figures, by strings: "RM 4,000 hingga RM 5,500",
  // "từ 20.000.000 VND đến 30.000.000 VND".)
  const spelled =
    SPELLED_TO.find(
      (words) => after.startsWith(words) && (!PAIRED_ONLY_BY_SIZE.includes(words) || sameSizeAfter(first, after.slice(words.length))),
    ) ??
    // (Catalan "and" only after "between": "d'entre 50.000 i 58.000 €"; and Arabic's, "بين 2,200 و 2,800 دينار".)
    (after.startsWith(' i ') && compiled(BETWEEN).test(before.slice(0, before.length - (cur1?.length ?? 0)))
      ? ' i '
      : after.startsWith(' و ') && /بين\s*$/.test(before.slice(0, before.length - (cur1?.length ?? 0)))
        ? ' و '
        : undefined);
  const connector: RegExpExecArray | null =
    spelled !== undefined
      ? (Object.assign([spelled], { index: 0, input: after }) as unknown as RegExpExecArray)
      : compiled(CONNECTOR).exec(after);
  const beforeFigure = before.slice(0, before.length - (cur1?.length ?? 0));
  // "a" is "to" after "from", between two figures that both carry a currency ("R$ 12.000 a R$ 15.500"), or between
  // two figures both grouped in thousands ("USD 6.000 a 7.500 mensuales", "COP 24.000.000 a 28.000.000"; "$140k a year" is
  // one figure).
  const fromOk = (c: RegExpExecArray) =>
    !fromConnector(c[0]) ||
    FROM.test(beforeFigure) ||
    (cur1 !== undefined && (currencyPrefixAt(text, pos + c[0].length) !== undefined || letterAgainAt(cur1, text, pos + c[0].length) > 0)) ||
    // (Or each figure with its currency after it: "Taxa diária: 280€ a 320€".)
    (/(?:€|EUR|CHF|zł|PLN|Kč|CZK|lei|RON|Ft|HUF|лв)\s?$/.test(text.slice(Math.max(0, pos - 5), pos)) &&
      /^\d[\d.,\s\u00a0]{0,9}?\s?(?:€|EUR|CHF|zł|PLN|Kč|CZK|lei|RON|Ft|HUF|лв)/.test(
        text.slice(pos + c[0].length, pos + c[0].length + 16),
      ) &&
      // (A range's top is no smaller than its bottom: not Slovak's "and", "Plat 1 200 € a 200 € odmeny".)
      europeanValue(first) <= europeanValue(/^\d[\d.,\s\u00a0]*/.exec(text.slice(pos + c[0].length, pos + c[0].length + 16))?.[0] ?? '')) ||
    (/^\d{1,3}(?:[.,\s\u00a0]\d{3})+$/.test(first) &&
      /^\d{1,3}(?:[.,\s\u00a0]\d{3})+(?![\d.,])/.test(text.slice(pos + c[0].length, pos + c[0].length + 14))) ||
    // (Or a figure with its currency before it, then a bare one and its period: "Pagan USD 28 a 35 por hora", "USD 30 a 38 la
    // hora"; or two bare figures and then their currency and period, "30 a 38 USD por hora".)
    spanishTop(text.slice(pos + c[0].length, pos + c[0].length + 30), cur1 !== undefined) ||
    // (Or two small figures, the top in thousands by "mil", with a currency before the first or a money's name after
    // the top: "R$ 18 a 22 mil/mês", "R$ 18 mil a 22 mil", "18 a 22 mil reais".)
    milRangeTop(text.slice(pos + c[0].length, pos + c[0].length + 30), first, cur1 !== undefined, scaleText1) ||
    // (Or a currency before the first and a million after the top: "RD$ 2.1 a 2.4 millones anuales".)
    (cur1 !== undefined &&
      /^\d{1,3}(?:[.,]\d{1,2})?\s?(?:millones|millón|millon|milhões|milhão)(?![a-zA-Z\u00C0-\u024F])/.test(
        text.slice(pos + c[0].length, pos + c[0].length + 20),
      ));
  // (A dash that opens the next line is a list's bullet, not a range's: "$19.50/hour\n- $1.25/hour night differential".)
  // ("Up to" joins a range only between two sums with their currency, and not before an OTE: "$24.80 up to $29.15/hr", not
  // "£40,000 up to £60,000 OTE" nor "40 up to 45k".)
  const upToOk = (c: RegExpExecArray) =>
    !c[0].includes('up to') ||
    (currencyPrefixAt(text, pos + c[0].length) !== undefined &&
      !/^[^\n]{0,24}\b(?:OTE|on[- ]target)/i.test(text.slice(pos + c[0].length, pos + c[0].length + 40)));
  if (
    connector &&
    (!AND_CONNECTOR.test(connector[0]) || compiled(BETWEEN).test(beforeFigure)) &&
    fromOk(connector) &&
    upToOk(connector) &&
    !opensALine(connector[0])
  ) {
    let at = pos + connector[0].length;
    // A range's top said as a maximum: "€ 4.250 tot maximaal € 6.110".
    // (Only before pay: not "£55,000 - max 30% bonus", "€ 2.800 tot max. 40 uur per week".)
    const maximum = /^(?:maximaal|maximal|max\.?|höchstens|massimo|máximo|maximum)\s+/i.exec(text.slice(at, at + 12));
    if (maximum) {
      const top = at + maximum[0].length;
      const topFigure = numberAt(text, top);
      if (
        currencyPrefixAt(text, top) !== undefined ||
        (topFigure !== null &&
          plainNumber(topFigure[0]) >= plainNumber(token[0]) &&
          !/^\s?(?:%|uur|hours?|Stunden|ore|horas|days?|dagen|Tage)/i.test(
            text.slice(top + topFigure[0].length, top + topFigure[0].length + 8),
          ))
      )
        at = top;
    }
    // The naira's "N" and the peso's "P" again before the top: "N120,000 - N180,000", "P22,000-P28,000".
    const letterAgain = letterAgainAt(cur, text, at);
    const cur2 =
      (currencyBefore(beforeNextFigure(text.slice(at, at + 8), false)) ? currencyPrefixAt(text, at) : undefined) ??
      (cur?.code === 'ZAR' && text[at] === 'R' && /^ ?\d/.test(text.slice(at + 1, at + 3))
        ? { code: 'ZAR', length: text[at + 1] === ' ' ? 2 : 1 }
        : undefined) ??
      (letterAgain > 0 && cur?.code ? { code: cur.code, length: letterAgain } : undefined) ??
      // (And a sign named by the country, again: "de Bs. 8.500 a Bs. 10.500".)
      (text.startsWith('Bs', at) && cur?.code !== undefined ? currencyPrefixAt(text, at) : undefined);
    if (cur2) at += cur2.length;
    let found2 = numberAt(text, at);
    // Two ends far apart, neither scaled, are two figures, not a range: "±2 - €95,000".
    // (Nor a Greek "έως" before a smaller count: "2.000 € έως 12 μήνες σύμβαση", up to twelve months.)
    const falling =
      found2 !== null &&
      connector[0].includes('έως') &&
      (plainNumber(found2[0]) < plainNumber(token[0]) ||
        (/^(?:19|20)\d\d$/.test(found2[0]) &&
          !cur2 &&
          !/^\s?(?:€|eur|ευρώ)/i.test(text.slice(at + found2[0].length, at + found2[0].length + 6))));
    // (Nor a second sum in the currency smaller than the first: "GH₵ 7,000 – GH₵ 500 deducted for the loan scheme".)
    // (Grouped figures compared by their digits, "₹85,000 – ₹1,05,000" rising in lakhs; by string work, as this runs
    // on most ranges.)
    const whole = (figure: string) => {
      const sep = Math.max(figure.lastIndexOf(','), figure.lastIndexOf('.'), figure.lastIndexOf(' '), figure.lastIndexOf("'"));
      return sep > 0 && figure.length - sep - 1 === 3
        ? Number(figure.replaceAll(',', '').replaceAll('.', '').replaceAll(' ', '').replaceAll("'", ''))
        : plainNumber(figure);
    };
    // A pay scale with its yearly step between its ends, as Bhutan's and South Asia's civil services write it: "Nu. 32,570 –
    // 610 – 41,720 per month". The ends are the range.
    if (found2 !== null && whole(found2[0]) * 10 < whole(token[0])) {
      const step = /^ ?[–-] ?(?=\d)/.exec(text.slice(at + found2[0].length, at + found2[0].length + 4));
      const top = step ? numberAt(text, at + found2[0].length + step[0].length) : null;
      if (step && top !== null && whole(top[0]) > whole(token[0]) && whole(top[0]) < 2 * whole(token[0])) {
        at += found2[0].length + step[0].length;
        found2 = top;
      }
    }
    // (A top with its own scale is compared with it: "R850 000 – R1.1m" rises.)
    const smaller =
      found2 !== null &&
      cur2 !== undefined &&
      !scale1 &&
      whole(found2[0]) < whole(token[0]) &&
      !/^ ?(?:k|m|mn|bn)\b/i.test(text.slice(at + found2[0].length, at + found2[0].length + 4));
    const token2 =
      falling || smaller || (found2 && !scale1 && !cur1 && cur2 && plainNumber(found2[0]) > 20 * plainNumber(token[0])) ? null : found2;
    if (token2 && (!cur2 || !cur || sameCurrency(cur, cur2))) {
      second = token2[0];
      pos = at + token2[0].length;
      if (/^[,.][-–](?![\d-])/.test(text.slice(pos, pos + 3))) pos += 2;
      const scale2 = scaleAt(text, pos, cur ?? cur2, start0, pesoDollar);
      if (scale2) {
        pos += scale2.length;
        scaleText2 = scale2.text;
        if (scale2.multiplier !== 1) multiplier = scale2.multiplier;
        // (The million's "de" before its money on the second end too: "entre 9 y 11 millones de guaraníes".)
        if (scale2.text === 'm' && !cur && (text.startsWith(' de ', pos) || text.startsWith(" d'", pos) || text.startsWith(' d’', pos))) {
          const skip = text[pos + 2] === 'e' ? 3 : 2;
          if (currencyAfter(text.slice(pos + skip, pos + skip + 40), '', text)) pos += skip;
        }
      }
      const curAfter2 = currencyAfter(text.slice(pos, pos + 12), `${second}${scaleText2}`, text);
      if (curAfter2 && (!cur || sameCurrency(cur, curAfter2))) {
        // A bare "$" named by the code after the range: "$65,000 – $80,000 MXN".
        cur = cur?.code === undefined && curAfter2.code !== undefined ? curAfter2 : (cur ?? curAfter2);
        pos += curAfter2.length;
      }
      cur = cur ?? cur2;
    }
  }
  // A scale word on the second end only applies to both ends in the parser ("135-150k").
  let open = false;
  let rest = text.slice(pos, pos + 60);
  const floorAfter = second === undefined ? FLOOR_AFTER.exec(rest) : null;
  if (floorAfter && !(floorAfter[0].includes('+') && /^\s+\+/.test(rest))) {
    open = true;
    pos += floorAfter[0].length;
    rest = text.slice(pos, pos + 60);
  }
  // (And Uzbek's and Kyrgyz's "from", "upwards" on the money: "4 500 000 so'mdan boshlab", "150 000 рублден жогору".)
  const fromSuffix =
    second === undefined
      ? (rest[0] === '-' ? hungarianFrom(rest) : 0) || (FROM_ON_THE_MONEY.find((words) => rest.startsWith(words))?.length ?? 0)
      : 0;
  // (Not "not more than" after it, a ceiling: "300 000 ₸-ден аспайды", "60 000 դրամից ոչ ավել".)
  if (fromSuffix > 0 && !/^\s?(?:аспа|артық емес|ոչ ավել)/.test(text.slice(pos + fromSuffix, pos + fromSuffix + 14))) {
    open = true;
    pos += fromSuffix;
    rest = text.slice(pos, pos + 60);
  }
  if (!cur) {
    const curLate = currencyAfter(rest, '', text);
    if (curLate && !dongTooSmall(curLate)) {
      cur = curLate;
      pos += curLate.length;
      rest = text.slice(pos, pos + 60);
    }
  }
  // "And up" after the sum and its money, as Italian and others say a floor: "RAL da 32.000 € in su", "45 000 € et plus".
  // (By strings: every figure passes here.)
  if (second === undefined && !open) {
    // (At its clause's end or before "depending on": not "38 000 € et plus d'avantages", "e oltre 30 giorni di ferie".)
    const upward = UPWARD_AFTER.find((words) => rest.startsWith(words) && compiled(UPWARD_END).test(rest.slice(words.length)));
    if (upward !== undefined) {
      open = true;
      pos += upward.length;
      rest = text.slice(pos, pos + 60);
    }
  }
  // Hungarian "from" is a suffix on the currency: "2 450 €-tól havonta"; Turkish, on the figure or the currency:
  // "110.000 TL'den başlayan" ("starting from").
  if (cur !== undefined && (rest.startsWith('-tól') || rest.startsWith('-től'))) {
    open = true;
    pos += 4;
    rest = text.slice(pos, pos + 60);
  } else if ((rest.startsWith("'") || rest.startsWith('’')) && cur?.code === 'TRY') {
    const from = /^['’](?:den|dan|ten|tan)(?: (?:başlayan|başlayarak|itibaren))?(?![\p{L}])/u.exec(rest);
    if (from) {
      open = true;
      pos += from[0].length;
      rest = text.slice(pos, pos + 60);
    }
  }
  // "pesos" after a "$" figure says the "$" is a peso, and is no period: "$2,800 pesos a la semana"; after a bare one,
  // it is the currency: "entre 3 y 3,4 millones de pesos líquidos mensuales". The word is stepped over; which peso it
  // is, the message's places tell (or nothing does).
  // (A string check first: this runs for every figure of every message.)
  // (After a bare figure, only with a salary's word before it: not "apoyo de transporte de 800 pesos".)
  // (Or with its period after it: "Entre 60 y 70 mil pesos netos al mes".)
  const pesos =
    (rest.startsWith(' pesos') || rest.startsWith(' de pesos')) &&
    (cur?.parser === '$' ||
      (cur === undefined &&
        (romancePayBefore(text, start0) ||
          // (Thousands of them, "mil pesos": not an allowance's sum, "apoyo de transporte de 800 pesos semanales".)
          ((text.slice(start0, pos).includes('mil') || text.slice(start0, pos).includes('M')) &&
            !/\b(?:meta|metas|objetivo|cuota|ventas|facturaci\p{L}*)\b[^.\n]{0,20}$/u.test(text.slice(Math.max(0, start0 - 40), start0)) &&
            compiled(PESOS_BY_THE_PERIOD).test(rest))))) &&
    /^ (?:de )?pesos(?![\p{L}])/u.exec(rest);
  if (pesos) {
    pos += pesos[0].length;
    rest = text.slice(pos, pos + 60);
    cur = { code: 'PESO', length: cur?.length ?? 0 };
  }
  // East Africa's "/=" after a sum says only that it is whole: "Ksh 750/= kwa siku"; so does South Asia's "/-": "₹18,000/-
  // प्रति माह".
  if (rest.startsWith('/=') || rest.startsWith('/-')) {
    pos += 2;
    rest = text.slice(pos, pos + 60);
  }
  // A tax said between a rate and its period is stepped over: "$1,050 + GST per day", "£450 + VAT per day".
  const tax = TAX_AFTER.find((words) => rest.startsWith(words) && (rest[words.length] === ' ' || rest[words.length] === '/'));
  if (tax !== undefined) {
    pos += tax.length;
    rest = text.slice(pos, pos + 60);
  }
  // A mail wrapped by hand between "per" and its period reads as one line: "ca. kr. 42.000 pr.\nmåned" (not a figure's
  // line before the next, "₹8.5 – 11 LPA\nMonthly target": only after a word that cannot end a line). By strings.
  const wrap = rest.indexOf('\n');
  if (wrap > 0 && wrap < 8 && PER_BEFORE_WRAP.has(rest.slice(0, wrap).trim().toLowerCase()))
    rest = `${rest.slice(0, wrap)} ${rest.slice(wrap + 1)}`;
  // Lakhs per annum say their period: not the next line's "Monthly secondary sales target" after "₹8.5 – 11 LPA".
  let period: Period | undefined = /LPA$/i.test(text.slice(start0, pos).trimEnd()) ? 'year' : undefined;
  let ote = false;
  for (let again = true; again; ) {
    again = false;
    if (period === undefined) {
      // Lower case as the patterns' Unicode case folding reads it ("ſ" is "s"), and a slash's space dropped, as the
      // patterns allow one and the words looked up are written without it ("105 € / Std.", "kr. / md.").
      let lower: string | undefined;
      for (const [pattern, name, hints] of PERIOD_AFTER) {
        if (hints) {
          lower ??= rest.toLowerCase().replaceAll('ſ', 's').replace(/\/\s+/g, '/');
          if (!hints.some((hint) => lower?.includes(hint))) continue;
        }
        const m = compiled(pattern).exec(rest);
        // (Not "PM" in capitals before a job's word or "me": a product manager, "a $180k PM role", a private message, "PM
        // me"; "R45 000 PM plus medical aid" is a month. And "pm" only after a sum in a currency: "3:30pm" is a time, then
        // no figure to look at further.)
        const pm = m !== null && name === 'month' && /(?:^|\s)(?:p\/m|pc?m)$/i.test(m[0]);
        // (A sum in thousands is no time of day either: "4,5k-5,5k bruto pm".)
        const thousands = pm && /\d[kK](?![a-zA-Z])/.test(text.slice(start0, pos));
        if (
          m &&
          !(
            pm &&
            ((!cur && !thousands) ||
              (m[0].trimStart().startsWith('PM') && productManager(text.slice(pos + m[0].length, pos + m[0].length + 14))))
          )
        ) {
          period = name;
          pos += m[0].length;
          rest = text.slice(pos, pos + 60);
          again = true;
          if (/LPA/i.test(m[0]) && multiplier === 1) multiplier = 100_000;
          break;
        }
      }
    }
    if (!ote) {
      const m = compiled(OTE_AFTER).exec(rest);
      // (A variable part "at targets met" is no total: "variable jusqu'à 15 K€ à objectifs atteints"; the fixed and the
      // variable together are, "(fixe + variable) de 1 400 000 FCFA par mois à objectifs atteints".)
      const variablePart =
        m?.[0].includes('objectifs') &&
        /(?<!\bfixe\s?\+\s?|\bfixe et\s)\b(?:variable|prime|bonus)\b[^,;.\n]{0,25}$/i.test(text.slice(Math.max(0, start0 - 40), start0));
      if (m && !variablePart) {
        ote = true;
        pos += m[0].length;
        rest = text.slice(pos, pos + 60);
        again = true;
      }
    }
  }
  let start = start0 - (cur1?.length ?? 0);
  const left = text.slice(Math.max(0, start - 40), start);
  // Polish "do 28 000 zł" is "up to"; "do" is read so only before a figure in the money of a country whose language says
  // so (zloty, koruna, dinar, mark, denar), or before a euro in a message written in a Slavic language: "plačo do 3.900
  // EUR bruto", "plat do 50 000 Kč" (Portuguese "do" is "of the").
  const upToAt =
    second !== undefined
      ? -1
      : (() => {
          const at = wordBefore(left, UP_TO, UP_TO_ELSEWHERE);
          // (And Tajik's "то" before the somoni, "Маош то 5 000 сомонӣ": not Russian's "то", "Если …, то 280 000 ₽".)
          if (at < 0 && cur?.code === 'TJS' && /[ӣҳӯҷқғ]/.test(text)) return endingWord(left, ['то']);
          return at >= 0 || !slavicUpTo(cur?.code, text) ? at : endingWord(left, ['do']);
        })();
  // Hindi and Hinglish say "up to" after the figure: "₹22,000/माह तक", "16 LPA tak". (By strings: "tak" only of rupees, as
  // Polish and Czech "tak" is "yes".)
  const following = second === undefined && upToAt < 0 ? text.slice(pos, pos + 8).trimStart() : '';
  // (And Turkish "reaching", after the figure and its lira: "150.000 TL'ye varan".)
  const upToAfter =
    following.startsWith('तक') ||
    // (And Sinhala's, Tamil's and Kannada's "up to": "මසකට රු. 65,000 දක්වා", "தினமும் ₹1,500 வரை", "ದಿನಕ್ಕೆ ₹1,100
    // ವರೆಗೆ".)
    following.startsWith('දක්වා') ||
    following.startsWith('வரை') ||
    following.startsWith('ವರೆಗೆ') ||
    // (Hungarian "up to", a suffix on the figure's forint: "1 200 000 Ft-ig".)
    (following.startsWith('-ig') && !/[a-zA-Z\u00C0-\u024F]/.test(following[3] ?? '')) ||
    (second === undefined && upToAt < 0 && TURKISH_REACHING.some((words) => text.slice(pos, pos + 16).includes(words))) ||
    // (And English "max" ending the sum's clause: "budget 25 LPA max, NP 30 days"; not "max 40 hrs", "max of 20 hours".)
    (following.startsWith('max') && /^max(?:imum)?\.?\s*(?:[,;)\n]|$)/i.test(text.slice(pos, pos + 16).trimStart())) ||
    (following.startsWith('tak') &&
      !/[a-z]/i.test(following[3] ?? '') &&
      (cur?.code === 'INR' || /LPA|lakh|lac/i.test(text.slice(start0, pos))));
  // ("They've come up to $2,850 per week": raised to it, a figure of its own, not a ceiling; but "we can go up to RM
  // 15,000" is one.)
  const raisedTo = upToAt >= 0 && compiled(RAISED_UP_TO).test(left);
  const upTo = (upToAt >= 0 && !raisedTo) || upToAfter;
  let floorAt = !upTo && (open || second === undefined) ? wordBefore(left, FLOOR_BEFORE, FLOOR_ELSEWHERE) : -1;
  // (Croatian, Serbian and Bosnian "od" after "in the amount of" is "of": "plaću u iznosu od 1.450,00 € neto".)
  if (floorAt >= 0 && AMOUNT_OF.some((word) => left.slice(0, floorAt).trimEnd().toLowerCase().endsWith(word))) floorAt = -1;
  // (Nor a minimum that ends the line above the figure, unless a label's colon follows it: "8 mwa travay minimum" over "2 600
  // € net/mwa" is the months' minimum.)
  // (A "from" wrapped at a line's end is still the figure's, "Salary: from⏎$70,000"; a requirement's "or over", "5 years+",
  // "mindestens" is not, "Must be aged 18 or over⏎£11.44 per hour".)
  if (floorAt >= 0 && /^[^\n:]*\n[^:]*$/.test(left.slice(floorAt)) && !compiled(FROM_WORD_FIRST).test(left.slice(floorAt))) floorAt = -1;
  if (!open && second === undefined && floorAt >= 0) open = true;
  // A pay's floor, said as its subject: "the 2025–26 floor for Assistant Professor under our faculty collective agreement is
  // $104,812". (Not a building's, "on the 42nd floor", nor where the pay's own word comes between: "floor, and the salary
  // is".) By strings first: every figure passes here.
  const floorLead = !open && second === undefined && !upTo ? text.slice(Math.max(0, start - 100), start) : '';
  if (floorLead.includes('floor')) {
    const floor = compiled(FLOOR_SAID).exec(floorLead);
    // (Nor the floor's staff, "The pay for floor staff is $19.50/hr", nor a floor with its ceiling said after it: "the floor of
    // the range is $165,000 and the ceiling is $205,000".)
    if (
      floor &&
      !/\b(?:on|to|from) the (?:[\w-]+ )?floor\b/i.test(floorLead) &&
      !/salar|\bpay\b|wage|\bbase\b|\brate\b|^\s*(?:staff|manager|supervisor|lead|associates?|walkers?|team|workers?|plans?|space)\b/i.test(
        floor[1]!,
      ) &&
      !/^[^.;\n]{0,80}\b(?:ceiling|top|max(?:imum)?|up to|cap)\b/i.test(text.slice(start, start + 100))
    )
      open = true;
  }
  // A floor said as the better of two: "Guaranteed $2,000 per day or 70% of billings, whichever is greater". (By strings
  // first: every figure passes here.)
  if (!open && second === undefined && !upTo) {
    const after = text.slice(pos, pos + 200);
    if (
      after.includes('whichever') &&
      compiled(
        /^[^.;\n]{0,30}\bor (?:[$€£]\s?\d|\d{1,3}(?:\.\d+)?\s?%)[^.;\n]{0,60}\bwhichever is (?:the )?(?:greater|higher|more)\b/i,
      ).test(after)
    )
      open = true;
    // Or an hourly rate said to be the least: "$25.50/hr min, plus productivity bonus".
    else if (hourlyMinimum(text.slice(Math.max(0, pos - 12), pos + 20))) open = true;
    // Or a minimum the employer says it will pay above: "is EUR 3,612.00 gross per month … we are prepared to pay
    // significantly above that".
    else if (
      after.includes(' above th') &&
      compiled(
        /^[^\n]{0,160}?(?<!(?:\bnot|n['’]t|\bnever|\bunable|\bcannot|\bunwilling)(?: be)? )\b(?:prepared|willing|happy|able|ready) to (?:pay|offer) (?:significantly |well |considerably |substantially )?above (?:that|this)\b/i,
      ).test(after)
    )
      open = true;
  }
  // (With more before it than `left` holds: a label's bracket, "Rémunération globale visée (base + commissions) : environ".)
  if (oteBefore(text.slice(Math.max(0, start - 64), start))) ote = true;
  // The quote starts at the "up to" or "from" words.
  const wordAt = upToAt >= 0 ? upToAt : open ? floorAt : -1;
  if (wordAt >= 0) start -= left.length - wordAt;
  // The dinars of Kuwait, Bahrain, Jordan and Oman, and Tunisia's, Libya's and Iraq's, count a thousand fils to the dinar
  // and write three decimals: "KWD 950.000" is 950 dinars, "KWD 1,400.000" is 1,400.
  // (A comma and one or two digits before a scale's word are its decimals wherever the message is from: "6,5 mil".)
  const fils = (figure: string, scaled: boolean) =>
    THREE_DECIMALS.has(cur?.code ?? '') && /^\d{1,3}(?:,\d{3})*\.\d{3}$/.test(figure)
      ? String(Number(figure.replaceAll(',', '')))
      : normaliseDigits(figure, european || (scaled && figure.includes(',') && /^\d{1,3},\d{1,2}$/.test(figure)));
  const n1 = fils(first, scaleText1 !== '');
  const n2 = second === undefined ? undefined : fils(second, scaleText2 !== '');
  if (n1 === undefined || (second !== undefined && n2 === undefined)) return undefined;
  // Space-grouped figures ("55 000") only with a currency or a period against them.
  if (/\d[ \u00a0\u202f]\d/.test(first + (second ?? '')) && !cur && !period) return undefined;
  const span: Span = {
    start,
    end: pos,
    first: `${n1}${scaleText1}`,
    open,
    currencySeen: cur !== undefined,
    upTo,
    ote,
    multiplier,
  };
  if (n2 !== undefined) span.second = `${n2}${scaleText2}`;
  if (cur?.code) span.currencyCode = cur.code;
  if (cur?.parser) span.parserCurrency = cur.parser;
  if (cur?.kr) span.krona = true;
  if (period) span.period = period;
  return span;
}

// South Africa's rand is written "R" against the figure ("R1 100 000", "R45 000"): read so only in a South African
// message (a place, or a word of its public service: a "Local Municipality", the Z83 form, a TASK grade; or words only
// Afrikaans writes: "benodig", "ondervinding", "ons soek", "basiese", "jy", "groete", the Cape's provinces by their Afrikaans names). `southAfrican` says whether it is one, worked out once per text (a text may have thousands of figures).
const SOUTH_AFRICA =
  /\b(?:South Africa|Johannesburg|Joburg|Cape Town|Durban|Pretoria|Sandton|Gauteng|Midrand|Centurion|Soweto|Sasolburg|Bloemfontein|Gqeberha|Port Elizabeth|Polokwane|Mbombela|Stellenbosch|Pietermaritzburg|Rustenburg|Limpopo|Mpumalanga|KwaZulu|KZN|Free State|Vrystaat|Western Cape|Eastern Cape|Northern Cape|Nelspruit|Kimberley|Paarl|Secunda|Witbank|Vanderbijlpark|Boksburg|Benoni|Kempton Park|Randburg|Roodepoort|Germiston|Richards Bay|Fourways|Rosebank|Umhlanga|Ballito|Bryanston|Rivonia|Bellville|Somerset West|Tshwane|eThekwini|Ekurhuleni|Menlyn|Woodmead|Melrose Arch|Parktown|Braamfontein|Knysna|Hermanus|Mossel Bay|Potchefstroom|Vereeniging|Krugersdorp|Sunninghill|George|Caledon|Overberg|benodig|ondervinding|aansoek|ons soek|basiese|afhangende|employment equity|B-?BBEE|13th cheque|bakkie|medical aid|Boerdery|Noord-Kaap|Wes-Kaap|Oos-Kaap|Kaapstad|Kaapse|Upington|Bpk|ZAR|rand|(?:Local|Metropolitan|District) Municipality|Z83|TASK Grade|all-inclusive remuneration package)\b|\(Pty\) Ltd|\.co\.za\b/i;
function randBefore(before: string, southAfrican: () => boolean, figure: string): ReturnType<typeof currencyBefore> {
  // Also with a space, as a public service writes it ("R 397 116 – R 452 640 per annum"): then only in a South African
  // message.
  // (Not before a year: "Grade R 2026" is a class.)
  if (before.endsWith('R ') && !/[A-Za-z]R $/.test(before))
    return !/^(?:19|20)\d\d(?!\d|[ ,.]\d|\s*(?:per|\/|a|an)\b)/.test(figure) && southAfrican() ? { code: 'ZAR', length: 2 } : undefined;
  if (!before.endsWith('R') || /[A-Za-z]R$/.test(before)) return undefined;
  // "R950k", "R1.1m": a sum in rand by its own form (no other currency is written R and a figure with a scale),
  // wherever the message is from. A bare "R45 000" is rand only in a South African message.
  if (/^\d{1,3}(?:[.,]\d{1,2})?\s?(?:k|m|mil)(?![a-z])/i.test(figure)) return { code: 'ZAR', length: 1 };
  return southAfrican() ? { code: 'ZAR', length: 1 } : undefined;
}

/**
 * A sign that names one money where the message is set and another (or none) elsewhere: "B$", the Bahamian dollar in a
 * message set in the Bahamas and the Brunei dollar in one set in Brunei; "C$", Nicaragua's córdoba there (the Canadian
 * dollar elsewhere, read by currencyBefore); "SR", the Seychelles rupee; "VT", the vatu; "Nu", the ngultrum; "shs",
 * Uganda's shilling; "Bs.", the boliviano or the bolívar; and the rufiyaa's "Rf" wherever it is.
 */
function placedSignBefore(before: string, text: string): ReturnType<typeof currencyBefore> {
  // (And the vatu's "VT" in a message set in Vanuatu, "VT 650,000 per month" (elsewhere a US state's letters).)
  if ((before.endsWith('VT ') || before.endsWith('VT')) && !/[A-Za-z]/.test(before[before.length - (before.endsWith(' ') ? 4 : 3)] ?? ''))
    return compiled(VANUATU).test(text) ? { code: 'VUV', length: before.endsWith(' ') ? 3 : 2 } : undefined;
  // (And the ngultrum's "Nu" without its dot, in a message set in Bhutan: "Nu 45000 pm"; Uganda's shillings as Uganda
  // writes them, "shs 12,000 buli lunaku", "UShs 850,000".)
  const nu = before.endsWith('Nu ') ? 3 : 0;
  if (nu > 0 && !/[A-Za-z]/.test(before[before.length - 4] ?? '') && compiled(BHUTAN).test(text)) return { code: 'BTN', length: nu };
  // (By strings: every figure passes here.)
  const shs = UGANDA_SHILLINGS.find((written) => before.endsWith(written));
  if (
    shs &&
    !/[A-Za-z]/.test(before[before.length - shs.length - 1] ?? '') &&
    compiled(UGANDA).test(text) &&
    !compiled(KENYA_OR_TANZANIA).test(text)
  )
    return { code: 'UGX', length: shs.length };
  // (And the bolívar's and the boliviano's "Bs.", by the country the message names: "Haber básico de Bs. 8.500 a Bs.
  // 10.500" in Santa Cruz, "Bs. 4.850 mensuales" in Caracas.)
  const bs = before.endsWith('Bs. ') ? 4 : before.endsWith('Bs.') || before.endsWith('Bs ') ? 3 : 0;
  if (bs > 0 && !/[A-Za-z]/.test(before[before.length - bs - 1] ?? '')) {
    const bolivia = compiled(BOLIVIA).test(text);
    return bolivia !== compiled(VENEZUELA).test(text) ? { code: bolivia ? 'BOB' : 'VES', length: bs } : undefined;
  }
  // (And the Seychelles rupee's "SR", the Saudi riyal's letters elsewhere: "Lapey SR 24,000 par mwan"; the Maldivian
  // rufiyaa's "Rf", wherever it is: "Salary: Rf 25,000 per month".)
  const lettersAt = before.endsWith(' ') ? before.length - 3 : before.length - 2;
  const letters = before.slice(lettersAt, lettersAt + 2);
  if ((letters === 'SR' || letters === 'Rf') && !/[A-Za-z]/.test(before[lettersAt - 1] ?? '')) {
    if (letters === 'Rf') return { code: 'MVR', length: before.length - lettersAt };
    // (Not a Saudi job's riyal in a message that also names the Seychelles.)
    return rupeeOfCountry(text) === 'SCR' && !compiled(SAUDI).test(text) ? { code: 'SCR', length: before.length - lettersAt } : undefined;
  }
  const spaced = before.endsWith('$ ') ? 1 : 0;
  if (!before.endsWith('$', before.length - spaced)) return undefined;
  const letter = before[before.length - spaced - 2];
  if ((letter !== 'B' && letter !== 'C') || /[A-Za-z]/.test(before[before.length - spaced - 3] ?? '')) return undefined;
  const length = spaced + 2;
  // (Nicaragua named as where the job is, not beside a Canadian place: "C$135,000 in Toronto, a team in Managua" is Canadian.)
  if (letter === 'C') return compiled(NICARAGUA).test(text) && !compiled(CANADA).test(text) ? { code: 'NIO', length } : undefined;
  const bahamas = compiled(BAHAMAS).test(text);
  return bahamas !== compiled(BRUNEI).test(text) ? { code: bahamas ? 'BSD' : 'BND', length } : undefined;
}
const MOLDOVA = () => /\b(?:Moldova|Moldovei|moldovene\w*|Chi[șş]in[ăa]u|Кишин[её]в\w*|Молдов\w*|B[ăa]l[țţ]i)(?![\w\u00C0-\u024F])/u;
const ROMANIA = () =>
  /\b(?:Rom[âa]nia|Romania|Bucure[șş]ti|Bucharest|Cluj|Timi[șş]oara|Ia[șş]i|Bra[șş]ov|Constan[țţ]a|Sibiu|Oradea)(?![\w\u00C0-\u024F])/u;
const UGANDA_SHILLINGS = [
  'UShs. ',
  'UShs ',
  'UShs.',
  'UShs',
  'Ushs. ',
  'Ushs ',
  'Ushs.',
  'Ushs',
  'Shs. ',
  'shs. ',
  'Shs.',
  'shs.',
  'Shs ',
  'shs ',
  'Shs',
  'shs',
];
// (Shillings in a message that also names Kenya or Tanzania are not told apart by "shs".)
const KENYA_OR_TANZANIA = () =>
  /(?<![A-Za-z])(?:Kenya|Kenyan|Nairobi|Mombasa|Kisumu|Tanzania|Tanzanian|Dar es Salaam|Arusha|Dodoma|Mwanza)(?![A-Za-z])/;
const BHUTAN = () => /(?<![A-Za-z])(?:Bhutan|Bhutanese|Thimphu|Paro|Punakha|Bumthang|Phuentsholing|Wangdue|Kuzu zangpo)(?![A-Za-z])/;
const UGANDA = () => /(?<![A-Za-z])(?:Uganda|Ugandan|Kampala|Entebbe|Jinja|Mbarara|Gulu|Buikwe|Mukono|Wakiso|Lira)(?![A-Za-z])/;
const BOLIVIA = () =>
  /(?<![A-Za-z])(?:Bolivia|bolivian[oa]s?|La Paz|Santa Cruz de la Sierra|Cochabamba|Sucre|Oruro|Potosí|Tarija|El Alto|Villamontes)(?![A-Za-z])/;
const VENEZUELA = () =>
  /(?<![A-Za-z])(?:Venezuela|venezolan[oa]s?|Caracas|Maracaibo|Valencia, Carabobo|Barquisimeto|Maturín|bolívares)(?![A-Za-z])/;
const NICARAGUA = () => /(?<![A-Za-z])(?:Nicaragua|nicaragüens[ea]s?|Managua|córdobas?)(?![A-Za-z])/;
const CANADA = () =>
  /(?<![A-Za-z])(?:Canada|Canadian|Toronto|Vancouver|Montr[ée]al|Calgary|Ottawa|Edmonton|Winnipeg|Qu[ée]bec|Ontario|Alberta|Halifax)(?![A-Za-z])/;
const SAUDI = () => /(?<![A-Za-z])(?:Saudi|KSA|Riyadh|Jeddah|Jubail|Dammam|Khobar|Makkah|Mecca|Madinah|Medina)(?![A-Za-z])/;
const BAHAMAS = () => /(?<![A-Za-z])(?:Bahamas|Bahamian|Nassau|Freeport|Exuma|Eleuthera|Abaco|Paradise Island)(?![A-Za-z])/;
const BRUNEI = () => /(?<![A-Za-z])(?:Brunei|Bruneian|Bandar Seri Begawan|Kuala Belait|Tutong)(?![A-Za-z])/;

// Nigeria, by its places and its words: a bare "N" before a figure is the naira there.
const NIGERIA =
  /\b(?:Nigeria|Nigerian|Lagos|Abuja|Lekki|Ikeja|Ikoyi|Victoria Island|Yaba|Surulere|Port Harcourt|Ibadan|Kano|Kaduna|Enugu|Benin City|naira)\b/;
/**
 * A currency typed as a letter, against a figure grouped in thousands: the naira as Nigerians type it, "N150,000/month",
 * in a message set in Nigeria ("N1" alone, a reference, is no sum); the Philippine peso, "P22,000", in one set in the
 * Philippines beside a pay's word.
 */
function letterCurrencyBefore(before: string, text: string, at: number): ReturnType<typeof currencyBefore> {
  // Angola's kwanza, in a message set there: "Kz 1.250.000,00 mensais" (not a motorcycle's model, "Kawasaki Kz 1000").
  const kwanza = before.endsWith('Kz ') ? 3 : before.endsWith('Kz') ? 2 : 0;
  if (kwanza > 0 && !/[A-Za-z]/.test(before[before.length - kwanza - 1] ?? ''))
    return compiled(ANGOLA).test(text) ? { code: 'AOA', length: kwanza } : undefined;
  // (The quetzal and the lempira are also written with a space: "Q 8,500", "L 25,000.00".)
  const spaced = before.endsWith(' ') && (before.endsWith('Q ') || before.endsWith('L ')) && !/[A-Za-z][QL] $/.test(before);
  const letter = spaced ? before[before.length - 2] : before[before.length - 1];
  if (spaced && letter === 'L')
    return /^\d{1,3}(?:,\d{3})+(?!\d)/.test(text.slice(at, at + 12)) && compiled(HONDURAS).test(text)
      ? { code: 'HNL', length: 2 }
      : undefined;
  // (And against its figure, as a text message writes it: "Pago L2,250 x semana".)
  if (
    letter === 'L' &&
    !/[A-Za-z]L$/.test(before) &&
    /^\d{1,3}(?:,\d{3})+(?!\d)/.test(text.slice(at, at + 12)) &&
    compiled(HONDURAS).test(text)
  )
    return { code: 'HNL', length: 1 };
  // Botswana's pula, "P4,500 ka kgwedi", "P 780,000 - P 920,000 per annum", in a message set there (a figure grouped in
  // thousands: not a page, a grade or a parking bay).
  const pula = before.endsWith('P ') ? 2 : before.endsWith('P') ? 1 : 0;
  if (
    pula > 0 &&
    !/[A-Za-z]/.test(before[before.length - pula - 1] ?? '') &&
    /^\d{1,3}(?:,\d{3})+(?!\d)/.test(text.slice(at, at + 12)) &&
    compiled(BOTSWANA).test(text)
  )
    return { code: 'BWP', length: pula };
  // (The kwacha with a space too, "K 85,000 - K 95,000 per month" in Chingola, "MK 6,500,000 per month" in Malawi.)
  const kwachaSpaced = before.endsWith('MK ') ? 3 : before.endsWith('K ') ? 2 : 0;
  if (
    kwachaSpaced > 0 &&
    !/[A-Za-z]/.test(before[before.length - kwachaSpaced - 1] ?? '') &&
    /^\d{1,3}(?:,\d{3})+(?!\d)/.test(text.slice(at, at + 12))
  ) {
    if (kwachaSpaced === 3) return { code: 'MWK', length: 3 };
    const zambian = compiled(ZAMBIA).test(text);
    if (zambian !== compiled(MALAWI).test(text)) return { code: zambian ? 'ZMW' : 'MWK', length: 2 };
  }
  // West Africa's letters, in a message set in their country: Sierra Leone's new leone, "NLe 2,500 every month" (and "Le
  // 4,500" there); Liberia's dollar, "LD 18,000", "L$ 18,000"; the Gambian dalasi, "D 45,000 per month". (Not French "Le 14
  // mars", a date, elsewhere.)
  for (const [letters, code, place] of WEST_AFRICAN_LETTERS) {
    if (!before.endsWith(letters) && !before.endsWith(`${letters} `)) continue;
    const length = before.endsWith(' ') ? letters.length + 1 : letters.length;
    if (/[A-Za-z]/.test(before[before.length - length - 1] ?? '') || !compiled(place).test(text)) continue;
    return { code, length };
  }
  // Papua New Guinea's kina, "K12.50 long wan aua", "K95,000 - K110,000 per annum", in a message set there (any figure: a
  // rate by the hour is small).
  if (!spaced && letter === 'K' && !/[A-Za-z]K$/.test(before) && compiled(PAPUA_NEW_GUINEA).test(text)) return { code: 'PGK', length: 1 };
  // Zambia's and Malawi's kwacha, "K22,000", in a message set there; Malawi's also "MK850,000", wherever it is.
  if (!spaced && letter === 'K' && /^\d{1,3}(?:,\d{3})+(?!\d)/.test(text.slice(at, at + 12))) {
    if (/(?:^|[^A-Za-z])MK$/.test(before)) return { code: 'MWK', length: 2 };
    if (/[A-Za-z]K$/.test(before)) return undefined;
    const zambian = compiled(ZAMBIA).test(text);
    return zambian !== compiled(MALAWI).test(text) ? { code: zambian ? 'ZMW' : 'MWK', length: 1 } : undefined;
  }
  if ((letter !== 'N' && letter !== 'P' && letter !== 'Q') || (!spaced && /[A-Za-z][NPQ]$/.test(before))) return undefined;
  // (The naira also with a scale, "N9.6m per annum": in a Nigerian message only, below.)
  const figure = text.slice(at, at + 12);
  // (And the peso's daily or hourly wage, under a thousand: "P610/day + service charge".)
  if (
    !/^\d{1,3}(?:,\d{3})+(?!\d)/.test(figure) &&
    !(letter === 'N' && /^\d{1,3}(?:\.\d{1,2})?\s?(?:m|bn|k|million)\b/i.test(figure)) &&
    // (The quetzal in thousands too: "Q30k–Q36k mensuales".)
    !(letter === 'Q' && /^\d{1,3}(?:\.\d)?\s?[kK](?![A-Za-z])/.test(figure)) &&
    // (Or a rate with its period right after it: "we can pay Q350 an hour", "Q4500 al mes".)
    !(letter === 'Q' && compiled(QUETZAL_RATE).test(text.slice(at, at + 24))) &&
    !(
      letter === 'P' &&
      /^\d{2,3}(?:\.\d{2})?\s?(?:\/\s?(?:day|hr|hour)|per (?:day|hour)|a day|an hour|daily)\b/i.test(text.slice(at, at + 20))
    )
  )
    return undefined;
  if (spaced) return compiled(GUATEMALA).test(text) ? { code: 'GTQ', length: 2 } : undefined;
  // (And the Philippine peso so, in a message set in the Philippines: "P22,000-P28,000/mo".)
  // (Beside a pay's word, before or after the figure: not a benefit's limit, "HMO with P200,000 MBL", nor a price.)
  if (letter === 'P')
    return compiled(PHILIPPINES).test(text) && compiled(PESO_PAY_NEAR).test(`${before.slice(-40)}\u0000${text.slice(at, at + 40)}`)
      ? { code: 'PHP', length: 1 }
      : undefined;
  // (And Guatemala's quetzal, "Q12,000.00", in a message set there: not a quarter, "Q3 2025".)
  if (letter === 'Q') return compiled(GUATEMALA).test(text) ? { code: 'GTQ', length: 1 } : undefined;
  // (A sum with a scale only beside a pay's word: not a bond or a loan, "a N2m fidelity bond".)
  if (!/^\d{1,3}(?:,\d{3})+(?!\d)/.test(figure) && !compiled(PESO_PAY_NEAR).test(`${before.slice(-40)}\u0000${text.slice(at, at + 40)}`))
    return undefined;
  return NIGERIA.test(text) ? { code: 'NGN', length: 1 } : undefined;
}
// The letters each money is written with before its figure, as letterCurrencyBefore reads them (the longest first).
const LETTERS_OF: Partial<Record<string, string[]>> = {
  NGN: ['N'],
  PHP: ['P'],
  GTQ: ['Q'],
  PGK: ['K'],
  ZMW: ['K'],
  BWP: ['P'],
  MWK: ['MK'],
  SLE: ['NLe', 'Le'],
  LRD: ['LD'],
  GMD: ['D'],
};
/** The length of the naira's "N", the peso's "P" or the quetzal's "Q" again at `at`, before a range's top: "N120,000 - N180,000"; else 0. */
function letterAgainAt(cur: { code?: string } | undefined, text: string, at: number): number {
  const letters = cur?.code === undefined ? undefined : LETTERS_OF[cur.code];
  const letter = letters?.find((written) => text.startsWith(written, at));
  // (With a space after it too, as the first was written: "P 780,000 - P 920,000", "K 85,000 - K 95,000".)
  if (letter === undefined || !text.startsWith(letter, at)) return 0;
  const next = at + letter.length + (text[at + letter.length] === ' ' ? 1 : 0);
  return /^\d/.test(text.slice(next, next + 1)) ? next - at : 0;
}
const BOTSWANA = () =>
  /\b(?:Botswana|Batswana|Motswana|Gaborone|Francistown|Maun|Jwaneng|Orapa|Selebi-Phikwe|Mogoditshane|Lobatse|Palapye|pula|BWP)\b/;
const SIERRA_LEONE = () => /\b(?:Sierra Leone|Salone|Freetown|Makeni|Kenema|Koidu|Bo(?= en | and |,)|Krio)\b/;
const LIBERIA = () => /\b(?:Liberia|Liberian|Monrovia|Paynesville|Buchanan|Gbarnga|Ganta|Harper)\b/;
const GAMBIA = () => /\b(?:Gambia|Gambian|Banjul|Serrekunda|Bakau|Brikama|Bijilo|Kololi|Kotu|Tanji|\+220)(?!\w)/;
const WEST_AFRICAN_LETTERS: Array<[string, string, Pattern]> = [
  ['NLe', 'SLE', SIERRA_LEONE],
  ['Le', 'SLE', SIERRA_LEONE],
  ['LD', 'LRD', LIBERIA],
  ['L$', 'LRD', LIBERIA],
  ['D', 'GMD', GAMBIA],
];
const PAPUA_NEW_GUINEA = () =>
  /\b(?:Papua New Guinea|PNG|Port Moresby|Moresby|Lae|Madang|Wewak|Mount Hagen|Goroka|Kokopo|Kimbe|Tok Pisin|bilong|mipela|kina|PGK)\b/;
const ZAMBIA = () => /\b(?:Zambia|Zambian|Lusaka|Kitwe|Ndola|Copperbelt|Livingstone|Kabwe|Chingola|Solwezi|Mufulira|kwacha|ZMW)\b/i;
const MALAWI = () => /\b(?:Malawi|Malawian|Lilongwe|Blantyre|Mzuzu|Zomba|MWK)\b/i;
const ANGOLA = () => /\b(?:Angola|angolan[ao]s?|Luanda|Benguela|Lobito|Huambo|Cabinda|Soyo|Lubango|kwanzas?)\b/i;
const HONDURAS = () =>
  /\b(?:Honduras|hondureñ\w+|Tegucigalpa|San Pedro Sula|La Ceiba|Choloma|Comayagua|Puerto Cortés|lempiras?|IHSS|RAP)\b/;
// A quetzal rate with its period right after its figure: "Q350 an hour", "Q4500 al mes".
const QUETZAL_RATE = () =>
  /^\d{2,4}(?:\.\d{2})?\s?(?:\/\s?(?:h|hr|hora|hour|d[ií]a|day|mes|month)\b|(?:an|per|la|por) (?:hour|hora)\b|(?:a|per|al|por) (?:day|d[ií]a|month|mes)\b|mensuales\b)/i;
const GUATEMALA = () =>
  /\b(?:Guatemala|guatemalte\w+|Quetzaltenango|quetzal(?:es)?|Mixco|Escuintla|Huehuetenango|Chimaltenango|Cobán|Petén|IGSS|Bono 14|DPI(?= y | o |,))\b/;
const PESO_PAY_NEAR = () =>
  /\b(?:salary|sahod|sweldo|pay|basic|rate|compensation|remuneration|package|earn|offer|offered|starting|gross|annual|wage|CTC)\b[^\u0000]*\u0000|\u0000[^\n]*?(?:\/\s?mo\b|\/\s?month|monthly|per month|a month|kada buwan|per annum|a year)|\u0000\d{2,3}(?:\.\d{2})?\s?(?:\/\s?(?:day|hr|hour)|per (?:day|hour)|a day|an hour|daily)\b/i;
const PHILIPPINES = () =>
  /\b(?:Philippines|Filipino|Filipina|Pinoy|Manila|Makati|Pasig|Ortigas|Taguig|BGC|Quezon City|Cebu|Davao|Iloilo|Bacolod|Eastwood|Alabang|Mandaluyong|Pampanga|Cavite|Laguna|Batangas|Bulacan|Phils(?=\.))\b/;

// The currencies written with a "$": a bare "$" goes with any of them.
const PESOS = new Set(['MXN', 'COP', 'CLP', 'ARS', 'PHP', 'UYU', 'DOP', 'CUP']);
const DOLLARS = new Set(['USD', 'CAD', 'AUD', 'NZD', 'SGD', 'HKD', 'MXN', 'BRL', 'ARS', 'CLP', 'COP', 'TWD']);

/** Are two currencies written against the ends of a range the same one? */
function sameCurrency(a: { code?: string; parser?: string }, b: { code?: string; parser?: string }): boolean {
  if (a.code === b.code) return true;
  const bare = (c: { code?: string; parser?: string }) => c.code === undefined && c.parser === '$';
  return (bare(a) && b.code !== undefined && DOLLARS.has(b.code)) || (bare(b) && a.code !== undefined && DOLLARS.has(a.code));
}

/**
 * `text` up to its first figure (and, with `sign`, the currency sign and space right before it). A loop, not a
 * pattern: it runs once for each figure, and a pattern run that often is compiled twice by V8 (bytecode, then
 * machine code), which is what a one-message command pays for.
 */
/** Whether the words after a figure, up to the next figure, say it is on-target earnings, and not as the next one's label. */
function oteWordAfter(clauseAfter: string): boolean {
  const tail = beforeNextFigure(clauseAfter);
  if (!/\b(?:OTE|on[- ]target)\b/i.test(tail)) return false;
  return tail.length === clauseAfter.length || !compiled(OTE_LABEL_AT_END).test(tail);
}
// An OTE word that labels the figure after it: "og OTE på", "and OTE of", "OTE:", with a currency perhaps.
const OTE_LABEL_AT_END = () =>
  /\b(?:and|og|och|und|et|y|e|en|,)\s+(?:an?\s+)?(?:OTE|on[- ]target(?: earnings)?)\s*(?:på|of|at|is|von|de|di|van|av|:|=|-|–)?\s*(?:[A-Z]{3}|kr\.?)?\s*$/i;

function beforeNextFigure(text: string, sign = true): string {
  let i = 0;
  while (i < text.length && !(text[i]! >= '0' && text[i]! <= '9')) i++;
  if (i === text.length) return text;
  let cut = i;
  if (sign && cut > 0 && text[cut - 1] === ' ') cut--;
  if (sign && cut > 0 && '$€£¥₹'.includes(text[cut - 1]!)) cut--;
  return text.slice(0, cut);
}

/** A figure as a number, roughly: thousands separators dropped ("95,000" is 95000; "4.150" is 4150). */
function plainNumber(figure: string): number {
  return Number(figure.replace(/[\s.,'’\u00a0\u202f](?=\d{3}(?!\d))/g, '').replace(',', '.'));
}

// "mil" is a thousand in Portuguese and Spanish ("R$ 22 mil/mês", "45 mil €"), a million in English slang ("$1.5 mil").
/** Currencies whose countries state pay by the month, and the most a monthly figure in them may be read as. */
// Central and Eastern Europe and Turkey state pay by the month too: "8 tys. zł brutto", "42 000 Kč", "4.200 lei", "95.000 TL".
const MONTHLY_BY_CUSTOM: Partial<Record<string, number>> = {
  BRL: 100_000,
  // South Africa quotes a salary by the month below six figures, by the year from a million: "R28 000 tot R32 000
  // basies", "R1.1m package".
  ZAR: 150_000,
  MXN: 150_000,
  COP: 20_000_000,
  CLP: 10_000_000,
  MYR: 30_000,
  PLN: 50_000,
  CZK: 250_000,
  RON: 40_000,
  TRY: 500_000,
  HUF: 5_000_000,
  BGN: 15_000,
  GTQ: 60_000,
  // Honduras, Paraguay and Bolivia: "Salario base mensual: L 25,000.00", "₲ 7.500.000".
  HNL: 200_000,
  PYG: 50_000_000,
  BOB: 50_000,
  // Costa Rica: "₡1.650.000 – ₡1.950.000 brutos mensuales".
  CRC: 10_000_000,
  // Peru and Uruguay: "Sueldo S/ 1,300 + bonos", "Salario: $U 140.000 nominales".
  PEN: 60_000,
  UYU: 500_000,
  // Africa, Pakistan, Bangladesh and Vietnam: "Salary: KSh 185,000", "₦650,000", "PKR 450,000", "25.000.000 VND".
  KES: 1_000_000,
  // Ethiopia, Tanzania, Uganda, Zambia, Mozambique and Angola: "Salary: ETB 35,000 (gross)", "MZN 38.000".
  ETB: 500_000,
  TZS: 10_000_000,
  UGX: 20_000_000,
  ZMW: 100_000,
  MZN: 500_000,
  AOA: 5_000_000,
  NGN: 5_000_000,
  GHS: 100_000,
  EGP: 500_000,
  MAD: 100_000,
  PKR: 2_000_000,
  // Cambodia's riel and Myanmar's kyat: "៨០.០០០ រៀល", "ကျပ် ၃၅ သိန်း".
  KHR: 10_000_000,
  MMK: 10_000_000,
  // India's below a lakh: a year's is said in lakhs or as a CTC, "₹4.2 LPA"; a guard's or a cook's wage by the month,
  // "वेतन ₹16,500 इन-हैंड", "Salary ₹45,000" (no year's pay in India is below a lakh).
  INR: 100_000,
  BDT: 1_000_000,
  VND: 200_000_000,
  UAH: 300_000,
  RUB: 1_000_000,
  MNT: 20_000_000,
  LAK: 50_000_000,
  // Kyrgyzstan and Tajikistan too: "айлыгы 60 000 сом колго", "6 000 – 8 000 сомони".
  KGS: 1_000_000,
  TJS: 100_000,
  // Hong Kong, Singapore, the Philippines, Thailand, Indonesia and the Gulf: "Base: HK$85,000 - HK$110,000".
  HKD: 150_000,
  SGD: 30_000,
  PHP: 500_000,
  THB: 300_000,
  IDR: 100_000_000,
  AED: 100_000,
  SAR: 100_000,
  QAR: 100_000,
  // Israel, Jordan and Tunisia: "שכר 28-34K ש"ח", "JD 2,000 – 2,400", "1 450 DT net".
  ILS: 100_000,
  JOD: 10_000,
  TND: 20_000,
  // Sri Lanka and Nepal: "Basic salary Rs. 85,000" from a Kalpitiya resort, "NPR 38,500".
  // The Gulf's dinars and Oman's rial: "250 dinar per month" in Kuwait, "RO 850".
  KWD: 5_000,
  BHD: 5_000,
  OMR: 5_000,
  // Central Asia and the Caucasus: "900 000 ₸ на руки", "12 000 000 so'm", "2 500 ₾", "350 000 ֏", "2 800 AZN".
  // The Balkans, Rwanda and Madagascar: "1.800 KM", "32.000 денари", "75.000 lekë", "Frw 480,000", "650 000 Ar".
  BAM: 20_000,
  MKD: 1_000_000,
  ALL: 1_000_000,
  RWF: 10_000_000,
  MGA: 50_000_000,
  KZT: 10_000_000,
  UZS: 100_000_000,
  GEL: 20_000,
  AMD: 5_000_000,
  AZN: 20_000,
  LKR: 1_000_000,
  NPR: 1_000_000,
  RSD: 1_000_000,
  // The Indian Ocean: "Saler Rs 17 500/mwa" in Mauritius, "SR 24,000" in the Seychelles, "Rf 25,000" in the Maldives.
  MUR: 500_000,
  SCR: 100_000,
  MVR: 200_000,
  // The Caribbean and Central America: "2,250 gourdes", "C$ 38,000 mensuales", "BZ$1,800 a month".
  HTG: 1_000_000,
  NIO: 200_000,
  BZD: 20_000,
  // North Africa, Yemen and the Sudans: "LYD 4,000-5,000", "DZD 420,000 net", "٤٥٠ ألف ريال يمني", "SSP 25,000".
  LYD: 20_000,
  DZD: 1_000_000,
  YER: 2_000_000,
  SDG: 5_000_000,
  SSP: 2_000_000,
  // Macau, Burundi and the Andes: "MOP 18,000-22,000", "Fbu 850.000", "Bs. 8.500 a Bs. 10.500". (Not Bhutan's
  // ngultrum, whose day rates in Dzongkha say their day in words this reader does not know.)
  MOP: 150_000,
  BIF: 20_000_000,
  MDL: 100_000,
  // Cape Verde, São Tomé, Afghanistan: "95.000$00 mensais", "7.500 Db/mes", "AFN 110,000".
  CVE: 1_000_000,
  STN: 100_000,
  AFN: 500_000,
  VES: 1_000_000,
};
/**
 * A salary's word in the words just before a euro figure, compounds and words between included: "Gehalt: ca. 3.400 €",
 * "Einstiegsgehalt", "Salary range: €1,400", "Salaris: tussen €3.200 en …", "Sie verdienen 3.400 €", "EG 9a TVöD".
 */
const MONTHLY_EURO_LABEL = () =>
  /(?:gehalt|lohn|entgelt|vergütung|verdien\p{L}*|TVöD|TV-L|remuneraç\p{L}*|salário|vencimento|salaire|rémunér\p{L}*|salario|sueldo|retribuzione|stipendio|salaris\p{L}*|palkka\p{L}*|palk|töötasu|tasu|lön|løn|lønn|wynagrodzenie|plat|mzda|plač|plać|zarad|плат|зарад|salariu|\balga\b|atalgojum\p{L}*|atlyginim\p{L}*|μισθ\p{L}*|αποδοχ\p{L}*|salary|\bpay\b|paying|package)(?:[^.!?\n;]|\.(?!\s+\p{Lu})){0,35}$/iu;
/** A year's word in those same words: "Jahresgehalt", "RAL", "salaire annuel", "jaarsalaris", "vuosipalkka". */
const EURO_YEAR_BEFORE = /jahres|jährlich|annu|\bRAL\b|jaar|vuosi|årslön|årsløn|anual|\banno\b|roczn|ročn|per annum|a year|p\.a\./i;
/** What right after a euro figure makes it no month's salary: a unit or a rate's word, a year's. */
const EURO_UNIT_AFTER =
  /^\s*(?:€\s*)?\(?\s*(?:per\b|pro\b|par\b|\/|pd\b|pw\b|p\.?a\.?\b|HT\b|daily|day|jour|Tag|PT\b|shift|session|jaar|year|annu|jähr|anno|vuosi|år\b|rok|ročn)/i;
/** Units of work that are not a time, after "per", "a", "/": "per shift", "a project", "/visit", "pro Einsatz", "por turno". */
const PIECE_UNITS = [
  'shift',
  'project',
  'article',
  'visit',
  'session',
  'piece',
  'item',
  'task',
  'placement',
  'hire',
  'deal',
  'sale',
  'delivery',
  'word',
  'page',
  'lesson',
  'class',
  'event',
  'gig',
  'assignment',
  'booking',
  'patient',
  // (A picker's rate by the weight or the bin: "$0.62/lb", "0,45 € por kilo", "$25 per bin".)
  'lb',
  'kg',
  'kilo',
  'bin',
  // (A pilot's pay for each sector flown beyond a day's few: "Sector pay EUR 40 per sector above 4 sectors/day"; and a
  // shop's price by the bag, "D 1,800 per bag".)
  'sector',
  'bag',
  // (A recruiter's reward for each nurse placed, a driver's for each stop or load: "₹2,500 per nurse deployed", "$25/stop".)
  'nurse',
  'candidate',
  'stop',
  'load',
  'trip',
  'call',
  'video',
  'schicht',
  'projekt',
  'einsatz',
  'artikel',
  'mission',
  'projet',
  'prestation',
  'proyecto',
  'turno',
  'visita',
  'progetto',
];
/** Right after a figure, one of PIECE_UNITS. Speed only: run where the text after the figure holds one of them. */
const PER_PIECE = builtOnce(
  () =>
    new RegExp(
      `^\\s*(?:[€$£]\\s*|[A-Z]{3}\\s+)?(?:(?:gross|net|brutto|netto)\\s+)?(?:per|a|an|each|\\/|pro|par|por)\\s*(?:${PIECE_UNITS.join('|')})s?(?![\\p{L}])`,
      'iu',
    ),
);
/** A company car, in the languages of the countries that give one with a job, lower case. */
const COMPANY_CAR_WORDS = [
  'company car',
  'firmawagen',
  'bedrijfswagen',
  'leasewagen',
  'leaseauto',
  'dienstwagen',
  'firmenwagen',
  'voiture de fonction',
  'voiture de société',
  'véhicule de société',
  'auto aziendale',
  'coche de empresa',
  'carro da empresa',
  'viatura',
  'tjänstebil',
  'firmabil',
  'samochód służbowy',
  'služební auto',
];
/** A word of each thing a project's count is of, lower case: its patterns run only where one is. */
// (Not a star emoji, a post's bullet: "⭐ 90–110k + equity".)
const COUNTED_THINGS = ['star', 'follower', 'download', 'fork', 'subscriber', 'install'];
// The same things in other languages, after the figure: "(1.4k yıldızı hak ediyor.)", "3,2 mil seguidores", "2k Sterne".
const COUNTED_THINGS_ELSEWHERE = [
  // (Hindi subscribers, followers and views: "50 लाख+ सब्सक्राइबर".)
  ' सब्सक्राइबर',
  ' फॉलोअर',
  ' व्यूज़',
  ' व्यूज',
  ' yıldız',
  ' takipçi',
  ' indirme',
  ' estrellas',
  ' estrelas',
  ' seguidores',
  ' descargas',
  ' stelle',
  ' étoiles',
  ' abonnés',
  ' sterne',
  ' sterren',
  ' volgers',
  ' gwiazdek',
  ' αστέρια',
  // A group's members: "Ομάδα «Δουλειές Οικοδομή Αττική» (2.3K μέλη)", "Public group · 12K members".
  ' μέλη',
  ' members',
  ' članova',
  ' членів',
  ' членове',
  ' учасників',
  ' участников',
  ' membri',
  ' miembros',
  ' membros',
  ' mitglieder',
  ' leden',
];
// Hours worked, labelled before the figure, up to a comma: "Hours: 37 per week", "Uren: 32-36 p/w", "Arbeitszeit: 40 Stunden".
const HOURS_LABEL_BEFORE = () => /\b(?:hours|hrs|working time|Arbeitszeit|Stunden|heures|horas|ore|uren|timmar|timer)\s*:[^\n:,;]{0,30}$/i;
/**
 * Whether a four-digit dollar sum is said under a Ukrainian or Russian salary word, with no year, week or hour right after
 * it nor a yearly word before it. (The clause is looked at only for such a sum: every figure passes here.)
 */
function cyrillicDollarMonth(text: string, span: Span): boolean {
  if (span.currencyCode !== 'USD' && !(span.currencyCode === undefined && span.parserCurrency === '$')) return false;
  const value = figureValue(span.first, span.multiplier);
  if (value < 1000 || value >= 10_000) return false;
  const lead = text.slice(clauseStart(text, span.start), span.start).toLowerCase();
  if (!CYRILLIC_SALARY_WORDS.some((word) => lead.includes(word))) return false;
  const tail = text.slice(span.end, span.end + 14).toLowerCase();
  return (
    !/^\s*(?:\$\s*)?(?:(?:в|на|за|per)\s+(?:год|рік|неделю|тиждень|час|годину|день)|\/\s*(?:год|рік|час|тиж|нед|день|day|week|year|hour)|годовых|річних)/.test(
      tail,
    ) && !/(?:годов\S*|річн\S*)\s+(?:зарплат|з\/п|дохід|доход|оклад)/.test(lead)
  );
}
/**
 * "/год" after a figure in a Ukrainian text: an hour ("година"), where in Russian it is a year. Ukrainian by its own
 * letters, and asked only of a sum under 1,000, which no year's pay is: a Russian message may name a Ukrainian town, "$54
 * 000/год" in "Київ". (By strings first: every figure passes here.)
 */
function ukrainianHour(text: string, end: number): boolean {
  const after = text.slice(end, end + 12);
  return after.includes('год') && /^\s*\/\s?год\.?(?![\p{L}])/u.test(after) && /[іїєґ]/u.test(text);
}
/** Salary words of Ukrainian and Russian, lower case. */
const CYRILLIC_SALARY_WORDS = ['зарплат', 'заробітн', 'вилка', 'вилки', 'оклад', 'з/п', 'зп:', 'дохід', 'доход', 'ставка'];
// A verb of growth before "from" and the first figure: "grown our voluntary income from".
// (A body's money named between them, income, revenue, sales: not a pay band's "scale from", "earnings increase from",
// "We're growing! … from £12.50".)
const GROWN_FROM = () =>
  /\b(?:grow|grew|grown|growing|increased|doubled|tripled|boosted|taken|took)\b[^.!?\n–—]{0,50}\b(?:income|revenues?|sales|ARR|MRR|turnover|AUM|assets under management|donations|fundraising|bookings|GMV|profits?|EBITDA)\b[^.!?\n–—]{0,20}\bfrom\s*$/i;
// The words of a Spanish or Portuguese pay around a figure's "mil", which make it a thousand in any money: "de 52 mil a
// 61 mil dólares al año", "US$ 5 mil a 6,5 mil por mês" (English slang's "$1.5 mil" is a million).
const ROMANCE_MIL_CONTEXT = () =>
  /(?<![A-Za-z\u00C0-\u024F])(?:d[óo]lares|por m[eê]s|al mes|ao m[eê]s|al a[ñn]o|por a[ñn]o|mensua(?:l|les)|mensais|anua(?:l|les|is)|sal[aá]rio|sueldo|rango|faixa|renta)(?![A-Za-z\u00C0-\u024F])/i;
const MIL_THOUSAND = new Set(['BRL', 'MXN', 'ARS', 'CLP', 'COP', 'PEN', 'UYU', 'EUR']);
function milThousand(word: string, cur: { code?: string } | undefined, after: string): boolean {
  if (word.toLowerCase() !== 'mil') return false;
  // (And with the other moneys of Latin America by their names: "130 mil guaraníes por día".)
  return (
    (cur?.code !== undefined && MIL_THOUSAND.has(cur.code)) ||
    /^\s?(?:€|euros?|reais|pesos|guaran[ií]es|bolivianos|lempiras|quetzales|c[óo]rdobas|colones|soles)/i.test(after)
  );
}

function currencyPrefixAt(text: string, at: number): { code?: string; parser?: string; length: number } | undefined {
  // A prefixed dollar first ("CA$150,000"): its letters alone are no code.
  // (The cedi by its letters, looked up: "GH₵ 18,000 – GH₵ 22,000".)
  if (text.startsWith('GH₵', at)) return { code: 'GHS', length: text[at + 3] === ' ' ? 4 : 3 };
  // (And a dollar sign that is another money where the message is set: "B$52,000 - B$58,000" in Nassau.)
  if ((text[at] === 'B' || text[at] === 'C') && text[at + 1] === '$') {
    const placed = placedSignBefore(text.slice(at, at + (text[at + 2] === ' ' ? 3 : 2)), text);
    if (placed) return placed;
  }
  if (text.startsWith('Bs', at)) {
    const sign = /^Bs\.? ?/.exec(text.slice(at, at + 4))![0];
    const placed = placedSignBefore(sign, text);
    if (placed && /\d/.test(text[at + sign.length] ?? '')) return placed;
  }
  // (And the other signs of letters, looked up: "B/. 1,800 – B/. 2,200", "TSh 25,000 – TSh 30,000".)
  for (const [written, code] of LETTERED_SIGNS)
    if (text.startsWith(written, at) && /\d/.test(text[at + written.length] ?? '')) return { code, length: written.length };
  const head = /^(?:[A-Z]{1,3}\$\s?|[A-Z]{2,3}\s?|[$€£¥₹₩₪₱₦₽₺฿]\s?|R[sp]\.?\s?|Php\s?|CHF\s?|S\/\.?\s?)/.exec(text.slice(at, at + 8));
  if (!head) return undefined;
  const found = currencyBefore(head[0]);
  return found && found.length === head[0].length ? found : undefined;
}

const PERIOD_WORD: Record<Period, string> = { hour: 'hr', day: 'day', week: 'wk', month: 'mo', year: 'yr' };

/** Reads a span exactly with parsePay; undefined when the parser refuses it. */
function readSpan(span: Span, text = ''): { min: number; max: number | null; period: Period; currency: Currency | undefined } | undefined {
  const period = span.period ?? 'year';
  const scaled = (figure: string) => {
    if (span.multiplier === 1) return figure;
    const value = Number(figure);
    return Number.isFinite(value) ? String(Math.round(value * span.multiplier)) : figure;
  };
  let first = scaled(span.first);
  const second = span.second === undefined ? undefined : scaled(span.second);
  // Thousands written once, on the second end: "52–58 000 kr", "£45-55,000", "65–75.000 €". The first end is then read in
  // thousands too, where that puts it below the second and within a tenth of it.
  // (Not across a spaced dash, where the first figure may be a grade's: "løntrin 35 – 38 000 kr./md."; nor from one
  // figure, "2–3 000". By characters: every figure read passes here.)
  const asWritten = text.slice(span.start, span.end);
  const tight = first.length >= 2 && !asWritten.includes(' – ') && !asWritten.includes(' - ') && !asWritten.includes(' — ');
  if (tight && second !== undefined && span.multiplier === 1 && first.length <= 3 && [...first].every((c) => c >= '0' && c <= '9')) {
    const top = Number(second.replace(/,/g, ''));
    const thousands = top / 1000;
    if (/^\d{1,3},?000$/.test(second) && thousands > Number(first) && thousands < Number(first) * 10) first = `${first},000`;
  }
  const figures = second === undefined ? `${first}${span.open ? '+' : ''}` : `${first}-${second}`;
  const cur = span.parserCurrency;
  const written = `${cur === undefined ? '' : cur.length === 1 ? cur : `${cur} `}${figures}${span.period ? ` /${PERIOD_WORD[span.period]}` : ''}`;
  try {
    const range: PayRange = parsePay(written);
    const per = PERIODS[period];
    const stated = (v: number) => Math.round((v / per) * 100) / 100;
    // The parser keeps yearly pay in whole units; the message's cents are kept as written ("$78,436.80").
    const exact = (v: number, figure: string | undefined) => {
      const written = figure !== undefined && /^[\d,]+\.\d{1,2}$/.test(figure) ? Number(figure.replace(/,/g, '')) : Number.NaN;
      return Math.abs(stated(v) - written) < 1 ? written : stated(v);
    };
    return {
      min: exact(range.min, first),
      // One figure is no range, even where the yearly round trip gives a cent more ("€ 3.412,80" a month).
      max: range.max === null || (second === undefined && range.max === range.min) ? null : exact(range.max, second),
      period,
      currency: range.currency,
    };
  } catch (error) {
    if (!(error instanceof PayParseError)) throw error;
    // A currency whose yearly pay is in millions (¥8,000,000, ₹25,00,000): the
    // parser's limits are for the five currencies it knows. Plain or comma-
    // grouped whole figures only, read the same strict way, and their cents ("Kz 1.250.000,00").
    if (span.currencyCode && LARGE_UNITS.has(span.currencyCode)) {
      const exact = (s: string) =>
        /^(?:\d{1,3}(?:,\d{3})+|\d+|\d{1,3}(?:,\d{2})*,\d{3})(?:\.\d{2})?$/.test(s) ? Number(s.replace(/,/g, '')) : undefined;
      const scale = (s: string) => (s.endsWith('k') ? 1000 : s.endsWith('m') ? 1_000_000 : 1);
      const read = (s: string, scaled = false) => {
        const bare = s.replace(/[km]$/, '');
        // A scaled figure may have decimals: "₦1.2m"; so may a range's first end scaled by the second's word: "entre
        // $3,2 y $3,8 millones".
        const value = (bare !== s || scaled) && /^\d+\.\d{1,3}$/.test(bare) ? Number(bare) : exact(bare);
        return value === undefined ? undefined : value * scale(s);
      };
      const b = second === undefined ? undefined : read(second);
      // A scale word on the second end only applies to both, as the parser reads "135-150k": "3-3.4m". Where the
      // scaled first end would pass the second ("between 900 and 1.2 million"), the range is not read: two readings.
      const bare = read(first, second !== undefined && scale(second) > 1);
      const scaledFirst = bare !== undefined && b !== undefined && scale(first) === 1 && scale(second!) > 1;
      if (scaledFirst && bare * scale(second!) > b) return undefined;
      const a = scaledFirst ? bare * scale(second!) : bare;
      if (a === undefined || (second !== undefined && b === undefined) || a <= 0) return undefined;
      if (b !== undefined && b < a) return undefined;
      return { min: a, max: b ?? null, period, currency: undefined };
    }
    return undefined;
  }
}

// A verb of earning: what someone takes home, as a figure follows it.
const EARNING_VERB =
  /\b(?:earn(?:s|ed|ing)?|make|makes|made|making|averag(?:e|es|ed|ing)|take home|takes home|took home|bring in|brings in|brought in|clear|clears|cleared|pull in|pulls in|pulled in|are (?:earning|making|averaging|taking home|bringing in|clearing|on)|were (?:earning|making|on)|(?:is|was) on)\b/i;
// Who earns it, when it is other people: "our", "top", "the best", "many of our"; the people a sales pitch boasts of.
const OTHER_EARNERS =
  /\b(?:our|their|his|her|its|top|best|leading|highest[- ]\w+|many|most|some|several|all|successful|experienced|seasoned|veteran|existing|current|average|typical|median|former|past|last year's|people|folks|others|colleagues|mate|mates|friend|friends|pal|brother|sister|cousin|wife|husband|boyfriend|girlfriend|flatmate|housemate|members|team|staff|employees|representatives|reps|agents|advisors|advisers|producers|performers|earners|consultants|planners|brokers|partners|sellers|closers|franchisees|owners|associates(?= (?:now|already|regularly|routinely|often)))\b/i;

/**
 * Other people's earnings, said before a figure: "Our top representatives
 * earn $250,000+", "Top consultants earn", "many of our advisors are making".
 * What the reader would earn ("you'll earn", "Make $100k+ your first year")
 * is not this: the one earning must be named and must not be "you".
 */
function othersEarn(lead: string, bracketed = false): boolean {
  // (A salary survey's figures are the market's: notPayReason reads them, with the job's own offer beside them.)
  // Other languages' boast of the best sellers' pay: "Vores bedste sælgere tjener over 70.000 kr.", "Unsere besten
  // Verkäufer verdienen". (Speed only: run when one of its verbs is there.)
  if (OTHERS_EARN_VERBS.some((stem) => lead.includes(stem)) && compiled(BEST_SELLERS_EARN).test(lead)) return true;
  const verb = compiled(EARNING_VERB).exec(lead);
  if (!verb) return false;
  const who = lead.slice(Math.max(0, verb.index - 60), verb.index);
  if (/\byou(?:'ll|'d| will| would| can| could| may| might)?\s+(?:[a-z]+ly\s+)?$/i.test(who)) return false;
  // A capitalised verb after a pictograph or a stop opens its own sentence, said to the reader: "chat agents from home 🇲🇽
  // Earn $650 MXN/day" (the agents before it are not its subject).
  if (verb[0][0]! >= 'A' && verb[0][0]! <= 'Z' && !/[\p{L}\d,;:]\s*$/u.test(who)) return false;
  // Past earnings of anyone but "you" are someone's record, not an offer.
  if (/^(?:earned|made|averaged|took home|brought in|cleared|pulled in|were )/i.test(verb[0]) && /\w/.test(who)) return true;
  // What people average, said in brackets beside the offer, is their record, whoever they are: "$78,000 – $92,000/yr
  // (1st-year drivers on this account average $84K)". (Not an advert's own way of stating the pay, "Drivers average
  // $1,450–$1,700 per week", nor "weekly pay averages $1,500".)
  if (
    /^averag/i.test(verb[0]) &&
    (bracketed || who.includes('(')) &&
    /\b[a-z]+s\s+(?:[\w-]+\s+){0,4}$/i.test(who) &&
    !/\b(?:pay|salary|earnings|wages?|rate|income|role|position|job|gross)\b/i.test(who)
  )
    return true;
  return compiled(OTHER_EARNERS).test(who);
}

/** The verbs of a daydream's "if you earned", in French, Spanish and Portuguese (see notPayReason). */
// See notPayReason: the reader's own pay as the writer recalls it; an average of others' pay.
const OWN_PAY_ROMAN_URDU = () =>
  /\b(?:mera|meri|mere) (?:current |abhi ka |abhi ki |present )?(?:package|salary|ctc|tankhwah|tankhwa)\b(?:(?!offer|budget|range|tak\b)[^.!?\n]){0,12}$/i;
const YOU_SAID_BEFORE = () => /\byou (?:said|mentioned|told me)(?: that)?\s+(?:about |around |roughly )?$/i;
const OTHERS_AVERAGE_BEFORE = () =>
  /\b(?:el promedio|la media|o promedio|a média|la moyenne) (?:de|dos|das|des) (?:nuestros|nuestras|los|las|nossos|nossas|os|as|nos)\b[^.!?\n$€£]{0,50}\b(?:fue|era|es|foi|é|était|est)\s*$/i;
// See notPayReason: what the writer paid the one who had the job before.
const PAID_THE_ONE_BEFORE = () =>
  /\b(?:I|we) (?:was|were) paying (?:(?:my|our|the) (?:last|previous|old|former) [\w-]+(?: [\w-]+)?|him|her|them)\s+(?:about |around |roughly )?[$€£]?$/i;
const DAYDREAM_VERBS = ['gagnais', 'gagniez', 'ganaras', 'ganases', 'ganhasse'];
const HELPER_WORDS = ['helper', 'labourer', 'laborer', 'mate', 'apprentice'];
const HELPERS_PAY_BEFORE = () =>
  /(?:\b(?:helpers?|labou?rers?|mates?) (?:ko|ke liye|ka|ki)|\bfor your (?:helpers?|labou?rers?|mates?|apprentices?)|\b(?:helpers?|labou?rers?|mates?|apprentices?)\b[^.!?\n]{0,40}\b(?:pay|give) (?:him|her|them))\s?(?:₹|Rs\.?|£|\$|€|R)?\s?$/i;
const BANTU_COUNT_BEFORE = () =>
  /\b(?:amahora|iiyure|iyure|ihora|amalanga|iintsuku|izinsuku|amasonto|iiveki|dihora|matsatsi)\s+[a-z]{1,9}-$/i;
// A salary survey, in the languages a message is written in: "our 2025 salary survey shows newly qualified ACAs in
// Manchester now average £55,000", "notre dernière enquête de rémunération situe le salaire moyen du marché … autour de
// 2,1 M Ar". (Not a market's average alone: "we pay above the market average: $140,000", and a Brazilian advert's own
// "Média salarial: R$ 6.500".)
const SALARY_SURVEYS = [
  'salary survey',
  'salary guide',
  'salary report',
  'pay survey',
  'salary benchmark',
  'enquête de rémunération',
  'encuesta salarial',
  'pesquisa salarial',
  'gehaltsstudie',
];
/** The job's own offer's words after a survey's, in the same clause: "the market rate is £60k, but we're offering £68,000". */
const OWN_PAY_AFTER_SURVEY = [
  'we pay',
  'offer',
  'pay is',
  'the pay',
  'salary',
  'salaire',
  'salario',
  'sueldo',
  'gehalt',
  'base',
  'nous proposons',
  'nous offrons',
];
/** A market's average salary, which a survey's own words give: no pay of the job's. */
const MARKET_AVERAGE = /(?:salary|salaire|salario|sueldo) (?:moyen|medio|promedio|average)|average salary|durchschnitt/;
// (And their billing or takings: "Nossos corretores top faturaram mais de R$ 35 mil", "Nos meilleurs conseillers dépassent
// 150 000 € de CA".)
const OTHERS_EARN_VERBS = [
  'tjen',
  'tjän',
  'verdien',
  'gagnent',
  'ganan',
  'ganham',
  'guadagnano',
  'zarabiaj',
  'ansaitsevat',
  'verdienen',
  'fatura',
  'dépassent',
  'ganharam',
  'ganaron',
  // (And Greek's "made", "make": "οι καλύτεροί μας έβγαλαν πάνω από €90.000 πέρσι".)
  'έβγαλαν',
  'βγάζουν',
];
const BEST_SELLERS_EARN = () =>
  /(?:bedste|beste|bästa|besten|meilleurs|mejores|melhores|migliori|najlepsi|parhaat|top|καλύτερ\p{L}*)\s+(?:(?!(?:og|och|und|et|and|e|y|du|dig|deg|ni)\s)[\p{L}-]+\s+){0,2}(?:tjener|tjenar|tjänar|verdienen|gagnent|ganan|ganham|guadagnano|zarabiają|ansaitsevat|faturaram|faturam|dépassent|ganharam|ganaron|έβγαλαν|βγάζουν)(?![\p{L}])(?!\s+(?:Sie|du|jullie|u|je|dig|deg|vous|tu|voi|lei|você|vocês)\b)/iu;

// What follows a hype figure: "+ your first year", "a year from home", "part-time".
const FIRST_YEAR_HYPE =
  /^\s?[kK]?\+?\s+(?:in\s+)?(?:your first year|a year from home|from home|per week from home|working from home|part[- ]time)\b/i;

const CAN_EARN = () => /\b(?:can|could|may) (?:earn|make)\s+(?:up to\s*)?$/i;

/**
 * A hype figure, the pay of a first year or of work from home: "Make $100k+ your first year!", "Earn $100K+ Your First
 * Year!". The pay a mass pitch promises: read as its pay only when the message states no other.
 */
function isHype(text: string, start: number, end: number, ote: boolean): boolean {
  const before = text.slice(Math.max(0, start - 40), start).replace(/(?:[$€£¥₹]|\b[A-Z]{1,3}\$)\s?$/, '');
  // (Or what someone "can earn up to", a projection beside the rate the job states: "$11 - $13/hr" over "Full-timers can
  // earn up to $3,000/month!!". Alone, it is still read, as a ceiling.)
  // (Not an OTE said so: "you can make up to $180K OTE" is the total at target, read beside the base.)
  // (By strings first: every figure passes here.)
  const lower = before.toLowerCase();
  if (!ote && (lower.includes('earn') || lower.includes('make')) && compiled(CAN_EARN).test(before)) return true;
  return (
    /\b(?:make|earn|making|earning)\s+(?:up to\s+|over\s+|more than\s+)?$/i.test(before) &&
    // The first year may be read as the figure's period, inside it: "$100K+ Your First Year".
    (compiled(FIRST_YEAR_HYPE).test(text.slice(end, end + 40)) || /\b(?:your|the) first year\b|\byear one\b/i.test(text.slice(start, end)))
  );
}

// A reward for sending a friend, in the languages of the reader: "Refer a friend", "Doporučte kamaráda", "Za każdą
// poleconą osobę", "Recomandă un prieten", "Indique um amigo".
const REFER_A_FRIEND = () =>
  /\brefer (?:a|your) (?:friend|colleague)s?\b|\btipsa (?:en|din) vän|\bverv(?:e|a) en venn|\banbefal en ven|\bdoporuč[a-zá-ž]* (?:kamarád|známé)|\bpolecon[a-ząęółśżźćń]* osob|\bpole[cć][a-ząęółśżźćń]* znajom|\brecomandă un prieten|\bindique (?:um|uma) amig|\brecomienda a (?:un|una) amig|\bparrainage/i;
// A piece of each of REFER_A_FRIEND's alternatives, lower case.
const REFER_A_FRIEND_HINTS = [
  'refer ',
  'tipsa',
  'verv',
  'anbefal',
  'doporu',
  'polec',
  'poleć',
  'recomand',
  'indique',
  'recomienda',
  'parrainage',
];

// The words that add something on after a figure, in the languages of the reader ("42.000 kr. om måneden og
// pensionsbidrag på 12 %": the contribution is another thing's, see NORDIC_ADD_ON).
// And what the figure includes is part of it, no reason to refuse it: "£80,000 OTE including commission", "65.000 kr.
// om måneden inkl. pension" (but see RELOCATION_INCLUDED).
const ADD_ON =
  /\s(?:zzgl\.|zuzüglich|plus|\+|além d[eoa]s?|más|oltre a|en plus de|samt|plus en|inkl\.|inklusive|inklusiv|including|inclusive of|incl\.|плюс|плюс до)\s/i;
// The Nordic "and" and "with" ("with" in lower case only: an English "Med Surg" is a ward), not "per month and employee".
const NORDIC_ADD_ON = / (?:[Oo][Gg]|[Oo][Cc][Hh]|med) (?!(?:anställd|ansatt|ansat|medarbetare|medarbeider|medarbejder)\b)/;
// A sum of a move's size that includes its costs, said right after it with no period, is a relocation package: "We
// offer up to $8,000 including relocation, flights and temporary housing", "€6,000 including all relocation costs" (not
// "€80,000/year, including visa sponsorship", "€85,000 incl. relocation").
// "Including" and up to two words before what is included: "including all relocation costs", "incl. return flights".
const INCLUDING = String.raw`(?:including|incl\.|inkl\.)\s+(?:[a-z]+\s+){0,2}?`;
// What a sum's own clause says right after it, within a few words.
const SOON_AFTER = String.raw`^[^.\n]{0,25}?\b`;
const RELOCATION_INCLUDED = new RegExp(
  `${SOON_AFTER}(?:${INCLUDING}(?:relocation|flights?|(?:housing|accommodation|shipping) and (?:flights?|relocation|travel)|temporary (?:housing|accommodation)|housing support|accommodation (?:in|for) (?:your|the) first|moving|visa|travel stipend)|for (?:your|the) (?:move|relocation))`,
  'i',
);
// (Travel alone is no move: "paid £4,500 including travel" is a placement's pay, "£17,500 including London weighting and
// travel" an apprentice's.) A sum that includes a move's own costs is refused up to the larger size; one that includes
// flights or a visa, as a Gulf salary may ("AED 15,000 including annual flights and visa"), up to the smaller.
const RELOCATION_SIZE = 10_000;
const MOVE_SIZE = 20_000;
const MOVE_COSTS = new RegExp(`${SOON_AFTER}${INCLUDING}(?:relocation|moving|shipping|temporary (?:housing|accommodation))`, 'i');
// A salary's own word before the figure: then it is the salary, whatever it includes ("Salary: £18,000 including travel
// allowance", "Day rate: £450 including travel").
// What follows a salary's budget, said as the salary: "the budget: £80,000 - £90,000 base", "budget £110,000 + bonus".
// The reader as the one who will manage a budget: "you'll manage our budget: £150,000", "You will own … the budget:".
const READER_MANAGES_BUDGET =
  /\byou(?:['’](?:ll|d)| will| would)?\s+(?:also\s+|\w+ly\s+)?(?:be\s+)?(?:manag|own|oversee|run|control|responsib)\w*\b[^.\n,;!?]{0,30}\bbudget\s*:?\s*(?:up to\s*)?$/i;
const SALARY_BUDGET_AFTER =
  /^[^.\n;]{0,30}\b(?:base|basic|salary|OTE|package|(?:depending|dependent) on experience|DOE)\b|^\s*(?:[-–]\s*[£$€]?\s?[\d,.]+k?\s*)?(?:\+|plus)\s*(?:\d+%\s*)?(?:bonus|equity|car)\b/i;
const PAY_WORD_BEFORE =
  /\b(?:salary|base|rate|wage|OTE|package|CTC|compensation|remuneration|rémunération|Vergütung|retribuzione|Gehalt|salaire|salario|lön|løn|earn\w*)\b|\bpay\s*:|\brole pays\b/i;

// A sum pledged to something, said by its verb before the figure. (Speed only: run when one of its stems is there.)
const COMMIT_STEMS = ['commit', 'invest', 'allocat', 'earmark', 'aside', 'fenced', 'pledg', 'pump', 'pour'];
const COMMITTED_BEFORE =
  /\b(?:committed|commit|invest(?:ed|ing|s)?|allocated|earmarked|set aside|ring-?fenced|pledged|pumped|poured)\s+(?:(?:a|an|about|around|over|some|nearly|almost|more than|roughly|approximately|another|a further)\s+)*$/i;
// What such a sum goes to: a thing, not the role ("to a two-year remediation programme", not "to this role").
const COMMITTED_TO_A_THING =
  /^\s?(?:[a-z]+\s)?(?:to|into|in|on)\s(?!(?:(?:this|the|that|a|an|their|our)\s+)?(?:[\w-]+\s+){0,4}(?:role|position|post(?![\w-])|hire|vacancy|salary|candidate|person|appointment)\b|hiring (?:a|an|the)\b|(?:the|a|an) package\b)/i;
// A budget for things is seldom under this; a salary's budget seldom over it.
const THINGS_BUDGET_SIZE = 250_000;
// A budget named just before its figure, in the languages the reader reads: "budget annuel de", "a budget of", "Budget
// von", "presupuesto de", "orçamento anual de", "budżet w wysokości".
const THINGS_BUDGET_STEMS = ['budget', 'budżet', 'presupuesto', 'orçamento', 'bilancio', 'rozpočet', 'budjet'];
const BUDGET_JUST_BEFORE =
  /(?:budget|budżet\S*|presupuesto|orçamento|bilancio|rozpočet\S*|budjet\S*)(?:\s+(?:\S+\s+){0,2}?)?\s*(?:of|de|d['’]|von|van|di|do|da|w wysokości|på|:|=)?\s*(?:around |about |roughly |approximately |circa |ca\. |environ |rund |etwa |some |over |more than |plus de |über |ponad |około |cerca de |aproximadamente |approx\. )?(?:[€$£]|US\$|R\$|(?:USD|EUR|GBP|CHF|MXN|ARS|COP|CLP|BRL|PEN|UYU)\s?)?\s?$/i;
/** A budget that is the salary's: "the salary budget", "budget salarial". */
const SALARY_BUDGET =
  /\b(?:salary|pay|comp|compensation|hiring|headcount|salarial|salaire|Gehalts?|CTC)\s*-?budget\b|\bbudget (?:salarial|de rémunération)\b/i;
// (A package only when it says it is for research: a start-up's "$170,000 startup package including equity" is pay.)
// (Not a start-up firm's pay with its shares: "$170,000 startup package including meaningful equity".)
const START_UP_FUNDS_AFTER =
  /^\s?(?:in\s+)?(?:(?:research|academic|lab)\s+)?start-?up\s+(?:(?:research|lab)\s+)?(?:package|funds?|funding|grant|budget)\b(?![^\n]{0,40}\b(?:equity|stock|options|shares|RSUs?)\b)/i;
// An equivalent's words, at the start of a bracket right after a sum: "(approx. PHP 68,000)", "(hoje dá uns R$ 23.500".
// (The sum before it a sum of money by its sign, code or "k": not a pay scale's grade, "Entgeltgruppe 9a TVöD (ca.".)
const SUM_BEFORE_BRACKET = String.raw`(?:(?:[$€£¥₹]|\b[A-Z]{3})\s?\d[\d.,]*\s?[kK]?|\d[\d.,]*\s?(?:[kK]\b|[€£$]|[A-Z]{3}\b))[^\d()\n]{0,25}\(\s*`;
const EQUIVALENT_BEFORE = () =>
  new RegExp(
    String.raw`${SUM_BEFORE_BRACKET}(?:[^\d()\n]{0,20}?\s)?(?:[Aa]pprox\.?|[Aa]pproximately|[Aa]bout|[Aa]round|[Rr]oughly|[Cc]irca|[Cc]a\.|~|≈|uns|umas|unos|unas|[Cc]erca de|[Aa]prox\.?|[Aa]proximadamente|[Ee]nviron|[Ee]twa|[Rr]und|[Uu]ngefähr|[Oo]koło|[Oo]k\.|[Пп]римерно|[Пп]риблизно|[Оо]коло|[Ee]quivalent(?: to)?|[Ee]quiv\.?)\s*(?:[A-Z]{1,3}\$|[A-Z]{3}|[$€£¥₹₱₴₽₦]|R\$)?\s?$`,
  );
// Speed only: the words one of which the bracket (or the words after the figure) must hold for the patterns to run.
const EQUIVALENT_HINTS = [
  'appro',
  'about',
  'around',
  'rough',
  'circa',
  'ca.',
  '~',
  '≈',
  'uns',
  'umas',
  'unos',
  'unas',
  'cerca',
  'aprox',
  'environ',
  'etwa',
  'rund',
  'ungefähr',
  'około',
  'ok.',
  'примерно',
  'приблизно',
  'около',
  'equiv',
];
const EXCHANGE_HINTS = ['rate', 'mbio', 'kurs', 'курс', 'exchange'];
const SUM_RIGHT_BEFORE_BRACKET = () => new RegExp(`${SUM_BEFORE_BRACKET}$`);
// A rate of exchange named after a sum, in the same bracket: "(UAH 124,000 at today's rate)".
const EXCHANGE_AFTER = () =>
  /^[^()\n]{0,40}?(?:today['’]s rate|current rate|exchange rate|rate of exchange|c[âa]mbio|tipo de cambio|kurs|курс)/i;
// The threshold above which a commission is paid, right before its figure: "then 45% of GCI over $250k".
const COMMISSION_THRESHOLD = () =>
  /\d\s?%\s+of\s+(?:[\w-]+\s+){0,3}(?:over|above|beyond|in excess of)\s*(?:[$€£]|[A-Z]{1,3}\$|[A-Z]{3}\s?)?$/i;
// A scam's processing fee, opening its sentence or said to be a fee, right before its figure: "Processing N150,000 only".
const PROCESSING_FEE_BEFORE = () =>
  /(?:(?:^|[.!?]\s+)processing|\bprocessing (?:fees?|charges?|costs?))\s*:?\s*(?:[A-Z]{1,3}\s?|[$€£₦₹]\s?)?$/i;
// What makes a budget a hire's, the salary: its words on the figure, or a verb of hiring or starting after it.
const A_HIRES_BUDGET_AFTER = () =>
  /\b(?:RAL|lord[oia]|brut|bruto|brutto|nett?[oia]|annu|salar|stipend)|(?:per|para|pour) (?:assumere|coprire|iniziare|cominciare|partire|recruter|embaucher|démarrer|commencer|contratar|empezar|comenzar|iniciar|assumir|começar)(?![\p{L}])/iu;
// Millions of a thing, not of money, after a figure: "4 millions de mots", "2 millones de usuarios".
const MILLIONS_OF_A_THING = () =>
  /^\s?(?:millions?|millones|millón|milhões|milhão)\s+d(?:e\s+|['’])(?!euros?\b|€|dollars?\b|d[óo]lares\b|FCFA\b|F\s?CFA\b|CFA\b|francs?\b|pesos\b|reais\b|soles\b|ariary\b|dirhams?\b|guaran[ií]es\b|colones\b|shillings?\b|rupees?\b|nairas?\b|kwanzas?\b|meticais\b|leones\b|kwacha\b)\p{L}/u;
const RESEARCH_MESSAGE = /\b(?:research|laborator(?:y|ies)|faculty|professor|lecturer|universit(?:y|ies)|tenure|postdoc\w*)\b/i;
const HOURS_CELL_BEFORE =
  /(?:^|\n|\|)[ \t]*(?:(?:contracted|contractual|contract|working|weekly|normal|core|standard|usual|minimum|min\.?|maximum|max\.?|guaranteed|shift|average|typical|total)[ \t]+){0,2}(?:hours|hrs|working time|Arbeitszeit|Stunden|heures|horas|ore)[ \t]*\|[^\n:|]{0,30}$/i;
// (Right after the figure: "£3.5m for base station upgrades" and "£3.5m fixed for the financial year" are a thing's.)
const PAY_WORDS_AFTER_BUDGET =
  /^,?\s?(?:\([^)\n]{0,30}\b(?:TC|salary|all[- ]in|OTE|total comp\w*|base(?= salary| pay|\s*(?:\+|plus|and|&|,)))|\([^)\n]{0,20}\bguaranteed bonus|(?:(?:a|per) year,?\s+)?including\s+(?:a\s+)?(?:guaranteed\s+)?(?:base|salary|bonus(?!\s+pool))|(?:(?:a|per) year,?\s+)?(?:TC|total comp\w*|all[- ]in|OTE|base(?: salary| pay)?(?! station)|basic|(?:a\s+)?(?:guaranteed\s+)?bonus|fixed(?=\s*(?:plus|\+|pay|salary|comp|base|,))|(?:(?:pay|salary|comp|compensation) )?package\b(?!\s+of\b)|salary|per annum|p\.\s?a\.|pa|CTC|guaranteed)\b)/i;
/** Currencies in which a year's salary runs to thousands, so that a million is never one. */
const THOUSANDS_CURRENCIES = new Set(['EUR', 'USD', 'GBP', 'CHF', 'CAD', 'AUD', 'NZD', 'SGD']);
// What a budget for things says after its figure, at any size: "the budget: £180,000 across paid social and events",
// "up to £150,000 per event", "£60,000 per quarter for contractors".
const THINGS_BUDGET_AFTER =
  /^[^.\n;]{0,25}?\b(?:for|across|on)\s+(?:[\w-]+\s+){0,3}(?:events?|campaigns?|media|print|digital|marketing|PR|contractors?|tooling|advertising|social|suppl(?:y|ies)|equipment|software|licen[cs]es|training|exhibitions?|congress(?:es)?|conferences?|courses?|certifications?)\b|^\s*(?:(?:a|per) year\s+)?(?:per|a|each)\s+(?:event|quarter|campaign|project)\b/i;
// A person the budget is for, after its figure: "for a Digital Marketing Manager", "for software engineers at this level".
const PERSON_AFTER =
  /^[^.\n;,]{0,40}\b(?:managers?|engineers?|developers?|directors?|executives?|officers?|designers?|analysts?|specialists?|consultants?|coordinators?|marketers?|person|people|candidate|hire|this (?:role|position))\b/i;
/** The figure's largest end, in units: "£85,000" 85000, "£1.2m" 1200000, "£80k-£90k" 90000. */
function figureSize(span: Span): number {
  return figureValue(span.second ?? span.first, span.multiplier);
}

/** A figure as written with its scale, in units: "85,000" 85000, "1.2m" 1200000, "90k" 90000 (lakhs by `multiplier`). */
function figureValue(figure: string, multiplier: number): number {
  return plainNumber(figure.replace(/[km]$/i, '')) * multiplier * (/k$/i.test(figure) ? 1000 : /m$/i.test(figure) ? 1_000_000 : 1);
}

/** Why the figure at [start, end) is not pay, or undefined when nothing says so. */
const THINGS_COUNTED =
  /^[^\S\n]?(?:(?!(?:for|to|with|of|per|a|an|the|plus|and|or|in|on|at|base|gross|net)\b)[a-z-]+\s+(?:(?:and|&)\s+)?){0,3}(?:customers|users|clients|members|subscribers|holders|wallets|patients|students|aspirants|trainees|households|families|children|pupils|tenants|volunteers|homes|residents|passengers|visitors|followers|doctors|drivers|merchants|sellers|buyers|learners|readers|viewers|listeners|riders|partners|shops|stores|outlets|beds|TEU|tonnes|tons|barrels|containers|players|gamers|downloads|installs|fans|creators|developers|businesses|brands|restaurants|devices|vehicles)\b|^[^\S\n]?(?:events?|requests?|reqs?|messages?|msgs?|queries|transactions|txns?|rows|records|ops|operations|writes|reads|calls|hits|page ?views|sessions|packets|jobs|documents|images|videos|shipments|parcels|orders|deliveries|trips|rides|searches|predictions|pages|files|copies)\b|^\s?(?:\/s(?:ec)?|per second|qps|rps|tps)\b/i;

const RESEARCH_FUNDS_BEFORE =
  /\b(?:Sachmittel|Drittmittel|Fördermittel|Projektmittel|Forschungsmittel|startpakke|startpaket|start-?up package|start-?up funds)\b[^\n]{0,20}$/i;
// (Up to three words before the thing counted, and a thousand or a million: "2.1M card and wallet transactions a day".)
const COUNTED_BY_PERIOD =
  /^(?:[kKmM](?![a-zA-Z]))?\s(?:[a-z-]+\s){0,3}?(?!(?:dollars|euros|pounds|quid|bucks|grand|smackers|rupees|lakhs|lacs|crores|pesos|rands|francs|reais|reals|dirhams|riyals|rials|shekels|shillings|cedis|nairas|yuan|yen|zlotys|rubles|roubles|hryvnias|forints|kronas|kronor|kroner|krones|korunas|dinars|ringgits|rupiahs|bahts|wons|takas|soles|kwachas|kyats|riels|gross|plus|basic|base|salary|pay|net|taxes|fees|bonus|bonuses)\b)[a-z][a-z-]{2,}s\s+(?:a|per|each|every) (?:year|month|week|day|annum)\b/i;

// A million of things counted, in English, after a figure (see notPayReason).
const MILLION_THINGS_AFTER = () =>
  /^\s?(?:million|billion)\s+(?!(?:dollars|euros|pounds|bucks|rupees|pesos|reais|rands?|nairas?|shillings|yen|yuan|won|dirhams|riyals|rubles|roubles|hryvnias|tenges?|base|salary|package|OTE|ote|gross|net|plus|bonus|a year|per)\b)[a-z]{3,}s\b/;
// A count's change to a figure, its verb before it (see notPayReason).
const COUNT_CHANGED_TO = () =>
  /\b(?:dropped|fell|went down|cut|reduced|grew|rose|jumped|scaled|climbed)\s+from\s+~?\d[\d.,]*\s?[kKmM]?\s+[a-z]+[^.\n\d]{0,20}\bto (?:under |below |over |above |about |around |~)?$/i;
// The words of a fee the candidate pays, right after its figure (see notPayReason).
const FEES_AFTER = ['registration ', 'processing ', 'application ', 'training ', 'medical ', 'joining '];
// A bonus or an incentive named right after a figure in Hindi or Urdu (see notPayReason). (INDIC_THING_AFTER: also a
// service bond's penalty, "₹1,00,000 का बॉन्ड"; not an intern's stipend, which is their pay.)
const HINDI_BONUS_AFTER = () =>
  /^\s?(?:(?:तक|का|की|तक का|तक की) )?(?:बोनस|इंसेंटिव|इन्सेंटिव|प्रोत्साहन|بونس|انسینٹو)(?! ?(?:अलग|सहित|मिलाकर|शामिल|समेत))/u;
// An insurance cover named right before a figure in India's languages (see notPayReason).
const INDIAN_COVER_BEFORE = () => /(?:बीमा|विमा|मेडिक्लेम|इंश्योरेंस|మెడిక్లెయిమ్|బీమా|ఇన్సూరెన్స్|காப்பீடு|ವಿಮೆ|ഇൻഷുറൻസ്)(?: कवर)?\s?:?\s?(?:₹|Rs\.?)?\s?$/u;
const INDIC_THING_AFTER = () =>
  /^\s?(?:(?:का|की|तक|तक का|तक की) )?(?:(?:लर्निंग|ट्रेनिंग|ट्रैवल|यात्रा|मार्केटिंग) बजट|बॉन्ड|बांड|(?:[\u0900-\u0DFF]+ ){0,3}(?:बीमा|विमा|मेडिक्लेम|इंश्योरेंस|మెడిక్లెయిమ్|బీమా|ఇన్సూరెన్స్|காப்பீடு|ವಿಮೆ|ഇൻഷുറൻസ്)(?![\u0900-\u0DFF]))/u;
// The stems one of which a cost's words before a figure hold (see COST_RIGHT_BEFORE), looked up in lower case.
const COST_HINTS = ['cuest', 'cust', 'coût', 'kost', 'bill', 'переезд', 'переїзд', 'подъ'];
const COST_RIGHT_BEFORE = () =>
  /(?:(?<![\p{L}])(?:cuesta|cuestan|costó|costaba|custa|custam|custou|coûte|coûtent|kostet|kostete)(?:\s+(?:como|unos|unas|uns|umas|cerca de|alrededor de|environ|etwa|rund|circa|ca\.))?|\b(?:our|the|its|their|a|monthly|annual|yearly) (?:[\w-]+ ){0,2}bill\s*(?:\(\s*(?:currently|now|about|around)?\s*~?)?|(?<!без\s)(?:пакет на |компенсаци\p{L}* )?(?:переезд|переїзд)\p{L}*\s*:?|(?:оплачива\p{L}*|компенсиру\p{L}*|покрива\p{L}*) (?:переезд|переїзд)\p{L}*\s*\(\s*(?:до\s*)?|подъ[её]мные\s*:?)\s*(?:US\$|R\$|[$€£]|[A-Z]{3}\s?)?$/iu;
// (Not money by its name, nor a pay's gross or net: "70 mil pesos netos al mes", "2.500 euros brutos por mes".)
const COUNTED_BY_PERIOD_ROMANCE = () =>
  /^(?:[kKmM](?![a-zA-Z]))?\s(?:de\s)?(?!(?:pesos|d[óo]lares|euros|reales|reais|soles|quetzales|lempiras|colones|c[óo]rdobas|guaran[íi]es|bolivianos|francs|francos|libras|balboas|dirhams|brutos|brutas|netos|netas|bruts|brutes|nets|nettes|l[íi]quidos|mensuales|nominales)\b)[a-záéíóúñçãõâêô][a-záéíóúñçãõâêô-]{2,}s\s+(?:al|por|ao|par|cada) (?:mes|año|día|semana|mês|ano|dia|mois|an|jour|semaine)\b/i;
const FULL_TIME_SHARE = () => /\b(?:of|from) the full[- ]time (?:equivalent |salary |rate |pay )?(?:of |is )?(?:[€$£]|[A-Z]{3} ?)?$/i;
const TRIAL_HINTS = ['rial', 'RIAL', 'nterview', 'NTERVIEW', 'robe', 'essai', 'prueba'];
const TRIAL_WORDS = [
  'working interview',
  'trial shift',
  'trial day',
  'paid trial',
  'probearbeit',
  'probetag',
  "journée d'essai",
  'día de prueba',
];
/**
 * Is a figure a working interview's or a trial day's pay: their words before it in its sentence, with no other figure, no
 * semicolon, no "then" and no words of the job's own pay between ("a paid trial shift at £12/hr, then the role pays
 * £13.50/hr", "After a trial day, you'll earn £12.50/hr"), and not after "after"; or "for the trial shift" right after it.
 * Words after a rate that only mention a trial ("£14.50 per hour (paid trial shift available)") leave it the job's.
 */
function trialDay(text: string, start: number, end: number): boolean {
  const from = Math.max(text.lastIndexOf('\n', start), text.lastIndexOf('. ', start), start - 200) + 1;
  const stops = [text.indexOf('\n', end), text.indexOf('. ', end), end + 200].filter((at) => at >= 0);
  const raw = text.slice(from, Math.min(...stops));
  // (A look for a piece of each word first, as written: every figure of every message passes here.)
  if (!TRIAL_HINTS.some((hint) => raw.includes(hint))) return false;
  const sentence = raw.toLowerCase();
  const figure = start - from;
  const figureEnd = figure + (end - start);
  return TRIAL_WORDS.some((words) => {
    const at = sentence.indexOf(words);
    if (at < 0) return false;
    if (at > figure)
      return /^\S*\s*(?:\/\s?(?:hr|hour|h|day)|per (?:hour|day)|an hour|a day)?\s*for (?:the|a|your|each) (?:paid )?$/.test(
        sentence.slice(figureEnd, at),
      );
    const between = sentence.slice(at + words.length, figure);
    return (
      between.length <= 90 &&
      !sentence.slice(Math.max(0, at - 12), at).includes('after') &&
      !/\d|;|\bthen\b|\bafter\b|\bearn|\bsalary|\brate\b|\bpays\b|\bpay is\b/.test(between)
    );
  });
}
// On-target earnings at a quota's attainment, in English, Spanish and Portuguese.
const OTE_AT_ATTAINMENT = () =>
  /\b(?:at \d{2,3} ?% (?:of )?(?:quota|target|attainment)|al \d{2,3} ?% de (?:la )?(?:cuota|meta)|a(?:o)? \d{2,3} ?% d[ae] (?:cota|meta))\b/i;
const DEDUCTION_AFTER = [
  'taken from wages',
  'taken from your wages',
  'deducted from wages',
  'deducted from your wages',
  'deducted from pay',
  'deducted from your pay',
  'off your wages',
];
function notPayReason(text: string, span: Span, token: RegExpExecArray, hasCurrency: boolean): string | undefined {
  const { start, end } = span;
  const tokenEnd = token.index + token[0].length;
  const after = text.slice(tokenEnd, tokenEnd + 30);
  const before = text.slice(Math.max(0, start - 40), start);
  if (/^\s?(?:%|percent\b|pct\b|per ?cent\b|bps\b|basis points)/i.test(text.slice(span.end, span.end + 12)) || /^\s?%/.test(after))
    return 'percentage';
  // A fee or a charge the candidate pays, named just before its figure, in Malayalam ("B2 ക്ലാസ് ഫീസ് (ഏകദേശം ₹60,000)",
  // "സർവീസ് ചാർജ്: ₹30,000") or in English as a scam's "Processing N150,000 only". (By strings first.)
  const feeLead = before.slice(Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n')) + 1);
  if (
    feeLead.includes('ഫീസ്') ||
    feeLead.includes('ചാർജ്') ||
    ((before.includes('rocessing') || before.includes('PROCESSING')) &&
      // (Opening its sentence, or said to be a fee: not a job's or a team's field, "Payment Processing: $180k", "Natural
      // Language Processing $160k".)
      compiled(PROCESSING_FEE_BEFORE).test(before))
  )
    return 'price';
  // The market's figure a salary survey gives, earlier in the figure's sentence: "notre dernière enquête de rémunération
  // situe le salaire moyen du marché pour ce type de poste autour de 2,1 M Ar brut". (By strings first.)
  // (Only in the figure's own clause, with no pay's word of the job's own between: not "our salary survey shows the market
  // pays $120k; we pay $140,000 base", nor a reward job's "own the salary survey submissions; salary $85,000".)
  {
    const sentenceBefore = text.slice(Math.max(0, start - 200), start);
    const cut = Math.max(...['. ', '\n', ';', '!', '?', '—', ':'].map((mark) => sentenceBefore.lastIndexOf(mark)));
    const lead = sentenceBefore.slice(cut + 1).toLowerCase();
    const survey = SALARY_SURVEYS.find((words) => lead.includes(words));
    const rest = survey === undefined ? '' : lead.slice(lead.indexOf(survey) + survey.length);
    if (survey !== undefined && (!OWN_PAY_AFTER_SURVEY.some((word) => rest.includes(word)) || MARKET_AVERAGE.test(rest)))
      return "hype or someone else's pay";
    // (So is what others at the reader's level are paid, said before the offer: "most people we talk to at your level are
    // somewhere around €70-75k - but we could go to at least €84k". By strings first.)
    const peers = lead.indexOf(' at your level');
    // (Theirs only, the first figure after the words, set against the offer that follows it: not the offer itself, "We pay
    // engineers at your level £120k base", "The band for engineers at your level is £90k-£110k".)
    if (
      peers >= 0 &&
      /\b(?:people|candidates|engineers|folks|others|peers|most)\b/.test(lead.slice(0, peers)) &&
      !/\d/.test(lead.slice(peers)) &&
      !OWN_PAY_AFTER_SURVEY.some((word) => lead.slice(peers).includes(word)) &&
      // (Or the writer's own offer after it: "Most roles at your level pay around $200k, we pay $230k".)
      (/^[^.\n]{0,30}\b(?:but|however|though|whereas|we (?:pay|offer|can|could))\b[^.\n]{0,50}\d/i.test(text.slice(end, end + 100)) ||
        // (Or a dash and the offer's words: "people at your level are usually sitting around $95K — my client can be very
        // competitive on that".)
        /^\s?[—–-]\s[^.\n]{0,40}\b(?:we|my client|our client|they|the client)\b/i.test(text.slice(end, end + 60)))
    )
      return "hype or someone else's pay";
  }
  // A count of hours or days in isiZulu, isiXhosa or Sesotho, the figure bound to its number's prefix: "Amahora ayi-9
  // ngosuku", "Iiyure ezi-40 ngeveki", "Dihora tse 9". (By strings first.)
  // (And Twi's hours, "nnɔnhwerew 10 da biara".)
  if ((before.endsWith('-') && compiled(BANTU_COUNT_BEFORE).test(before)) || before.endsWith('nnɔnhwerew ')) return 'a count of things';
  // The threshold above which a commission is paid: "then 45% of GCI over $250k". (By strings first.)
  if (before.includes('%') && compiled(COMMISSION_THRESHOLD).test(before)) return 'a bonus or commission';
  // A hotel's or a ship's service charge, the guests' share paid on top, said earlier on the figure's line: "may service
  // charge pa, nasa USD 900 hanggang 1,200 kada buwan". (By strings first.)
  {
    // (In the figure's sentence: "service charge and tips are shared. Salary AED 4,000" keeps its salary.)
    const line = text.slice(text.lastIndexOf('\n', start - 1) + 1, start);
    // (Only with no other sum between, nor said to be included in the pay, nor a title's words: "service charge ~USD 800 on
    // top of a USD 1,200 salary", "service charge included: QAR 6,500", "Service Charge Accountant – £42,000".)
    // (By strings first: every figure passes here.)
    const sentence = line.toLowerCase().includes('service charge') ? line.slice(line.search(/[.!?]\s+(?!.*[.!?]\s)/) + 1) : '';
    const at = sentence.toLowerCase().lastIndexOf('service charge');
    const rest = sentence.slice(at);
    if (at >= 0 && !/\d/.test(rest) && !/^service charge (?:included|inclusive|incl\b)/i.test(rest) && !/^Service Charge [A-Z]/.test(rest))
      return 'a bonus or commission';
  }
  // A rate of exchange: "1 USD = 25,400 vnd today". (By strings first.)
  if (before.includes('=') && /\b1\s?(?:[A-Z]{3}|[$€£])\s?=\s?(?:[A-Z]{3}\s?|[$€£]\s?)?$/i.test(before)) return 'price';
  // A search firm's fee on retainer, named before its figure: "a retained search firm (retainer $25,000)".
  if (before.includes('etainer') && /\bretainer(?: fee)?(?: of)?\s*:?\s*(?:[$€£]|[A-Z]{1,3}\$|[A-Z]{3}\s?)?$/i.test(before)) return 'price';
  // Millions of a thing, not of money: "plus de 4 millions de mots traduits", "2 millones de usuarios". (By strings first.)
  if (
    !hasCurrency &&
    (after.includes('million') || after.includes('millon') || after.includes('milhõ')) &&
    compiled(MILLIONS_OF_A_THING).test(after)
  )
    return 'a count of things';
  // (And the second end of a count said to change from one figure to another: "lag dropped from ~40k msgs to under 2k".)
  if (!hasCurrency && before.includes(' to ') && compiled(COUNT_CHANGED_TO).test(before) && !hasPayWord(before)) return 'a count of things';
  // (And in English, a million of a thing counted: "2.1 million policies managed on the platform", "3 million users".)
  if (!hasCurrency && after.includes('illion') && compiled(MILLION_THINGS_AFTER).test(after) && !hasPayWord(before))
    return 'a count of things';
  // (And "mln" with no money: "ok. 3 mln transakcji dziennie"; a sum in it names its money, "9–11 mln so'm".)
  if (!hasCurrency && (after.startsWith('mln') || after.startsWith(' mln'))) return 'a count of things';
  // Romanian: what the best or one's colleagues of last season gathered, "Colegii noștri de anul trecut au strâns și 1.800
  // €", "Cei mai buni … au câștigat". (By strings first.)
  const lastSeason = text.slice(Math.max(0, start - 100), start);
  if (
    (lastSeason.toLowerCase().includes('cei mai buni') || lastSeason.toLowerCase().includes('colegii')) &&
    /\b(?:cei mai buni|colegii)\b[^.!?\n]{0,60}\b(?:au str[âa]ns|au c[âa][șşs]tigat|c[âa][șşs]tig[ăa])\b[^.!?\n\d]{0,20}$/i.test(lastSeason)
  )
    return "hype or someone else's pay";
  // A count brought down, with no money: "taking the open cases from 1,300 down to under 200 in a year".
  if (
    !hasCurrency &&
    text.slice(token.index - 5, token.index) === 'from ' &&
    /^\s(?:down to|to (?:under|below|fewer than|less than))\b/i.test(text.slice(end, end + 24))
  )
    return 'a count of things';
  // A sum in brackets right after another, said to be about as much or at a rate of exchange: the other's worth in another
  // money, not a second pay. "€ 3.800 por mês (hoje dá uns R$ 23.500, mas varia com o câmbio)", "USD 3,000 per month
  // (roughly UAH 124,000 at today's rate)". (By strings first: every figure passes here.)
  if (before.includes('(')) {
    const wider = text.slice(Math.max(0, start - 60), start);
    const inBracket = wider.slice(wider.lastIndexOf('(')).toLowerCase();
    const later = text.slice(end, end + 50).toLowerCase();
    if (
      (EQUIVALENT_HINTS.some((word) => inBracket.includes(word)) && compiled(EQUIVALENT_BEFORE).test(wider)) ||
      (EXCHANGE_HINTS.some((word) => later.includes(word)) &&
        compiled(SUM_RIGHT_BEFORE_BRACKET).test(wider) &&
        compiled(EXCHANGE_AFTER).test(later))
    )
      return 'an example or an equivalent';
  }
  // A variable part named after its figure: "22.000 € variabler Vergütung", "15 K€ de variable", "€10k variable pay"
  // (not a pay that varies: "£45k–£55k variable depending on experience"). (By strings first: every figure passes here.)
  const lowAfter = text.slice(span.end, span.end + 24).toLowerCase();
  if (lowAfter.includes('variab') && compiled(VARIABLE_PART_AFTER).test(lowAfter)) return 'a bonus or commission';
  // Earnings said to be commission, in Portuguese and Spanish, even as an average: "Ganhos médios de R$ 8 mil a R$ 15
  // mil/mês em comissões", "hasta $20.000 en comisiones" ("em" or "en" right after the figure or its period: not a base
  // with commission beside it, "R$ 2.500 além de comissões", "$20,000 mensuales + esquema de comisiones").
  if (lowAfter.includes('comis') && /^[^\n\d+]{0,12}?(?:^|\s)(?:em|en) comis(?:sões|são|soes|sao|iones|ión|ion)(?![\p{L}])/u.test(lowAfter))
    return 'a bonus or commission';
  // A store's or a firm's sales said in Hindi right before the sum, "of" them or their total: "आपके स्टोर की बिक्री 18 लाख
  // पार हो गई थी" (not a sales job's pay, "काउंटर बिक्री ₹12,000 प्रति माह", "बिक्री प्रतिनिधि के लिए वेतन ₹18,000").
  if (before.includes('बिक्री') && /(?:की|का|के|कुल|मासिक|सालाना) बिक्री\s*$/u.test(before)) return 'revenue';
  // The reader's salary now, said in German right before its sum: "Bei Ihrem aktuellen Gehalt von 68.000 €" (not an offer
  // set against it, "Unabhängig von Ihrem aktuellen Gehalt bieten wir 80.000 €").
  if (
    (before.includes('aktuell') || before.includes('derzeitig') || before.includes('jetzig')) &&
    compiled(
      /\b(?:[Ii]hr(?:em|es|er|e)?|[Dd]ein(?:em|es|er|e)?) (?:aktuell|derzeitig|jetzig)(?:e|en|es|em|er)? (?:Gehalt|Jahresgehalt|Einkommen|Vergütung)(?: (?:von|in Höhe von|liegt bei|beträgt))?\s*(?:€|EUR)?\s*$/,
    ).test(before)
  )
    return 'current pay';
  // A variable part named right after its sum, added to the fixed one: "€120k fixed per year, plus up to €25k variable tied
  // to practice growth".
  // (Not a pay's variable hours, "$22/hr, variable hours", a pay that varies, "£45k–£55k variable depending on experience",
  // nor the next line's label, "Fixed: ₹8.4 LPA" over "Variable: …".)
  if (
    lowAfter.includes('variable') &&
    span.second === undefined &&
    /(?:\+|\bplus\b|\bup to\b)\s*(?:up to\s*)?(?:[€$£]\s?)?$/i.test(before) &&
    compiled(
      /^[ \t]?variable\b(?![ \t]*:)(?!,? (?:hours|shifts?|schedule|rota|depending|dependent|según|segun|selon|je|on|by|according|based|with|subject|compris|inclus|incluido|included|en fonction|dependiendo|doe)\b)/,
    ).test(lowAfter)
  )
    return 'a bonus or commission';
  // An overtime rate, its word right before the figure: "£13.45ph nights, wkend OT £20.18ph", "overtime at $42/hr", "OT
  // after 36 hrs: $58.50/hr".
  if (
    (before.includes('OT') || before.includes('vertime')) &&
    compiled(/\b(?:OT|[Oo]vertime)(?: rate| pay)?(?: after \d{1,2} ?(?:hrs?|hours))?\s?(?:@|at|is|of|:|-)?\s?(?:[£$€]|[A-Z]{3}\s?)?$/).test(
      before,
    )
  )
    return 'stipend or allowance';
  // A US travel contract's taxable hourly rate, one part of a weekly package whose gross the message gives whole:
  // "Taxable hourly rate ...... $19.50/hr" under "TOTAL WEEKLY GROSS ...... $2,412". (By strings first: every figure
  // passes here.)
  const lineBefore = text.slice(text.lastIndexOf('\n', span.start - 1) + 1, span.start);
  if (
    lineBefore.toLowerCase().includes('taxable') &&
    /\btaxable (?:hourly |base )?(?:rate|wage|pay)\b[^\n\d]{0,60}$/i.test(lineBefore) &&
    compiled(
      /\b(?:weekly gross|gross weekly|weekly (?:pay|package)|total weekly)\b[^\n\d]{0,40}\d|\$\s?\d[\d,]*(?:\.\d+)?\s?(?:\/\s?wk|\/\s?week|per week|a week)\b/i,
    ).test(text)
  )
    return 'stipend or allowance';
  // What would be left after an umbrella's deductions, an estimate beside the rate: "roughly £340-£350/day take-home after
  // employer's NI". (By strings first: every figure passes here.)
  if (
    lowAfter.includes('take') &&
    /^[^.\n\d]{0,12}\btake[- ]home (?:after|once|net of)\b/i.test(text.slice(span.end, span.end + 40)) &&
    // (Only beside an umbrella's or an employer's deductions: a net pay offered is the offer, "£3,200 take-home after tax".)
    /\bumbrella\b|\bemployer['’]?s NI\b|\bapp(?:renticeship)? levy\b/i.test(sentenceAround(text, span.start, span.end))
  )
    return 'an estimate after deductions';
  // A sum added on, said so right before it: "sobota dodatkowo £170 za dzień" (Saturday, another £170 a day),
  // "zusätzlich 2.000 € Umzugspauschale". (Not a salary so named after it, "zusätzlich 60.000 € Grundgehalt". By strings
  // first: every figure passes here.)
  if (
    (before.includes('dodatk') || before.includes('zusätzlich')) &&
    /\b(?:dodatkowo|dodatkowe|zusätzlich)\s?(?:[£$€]|[A-Z]{3}\s?)?$/.test(before) &&
    !/^[^.\n]{0,14}\b(?:Grundgehalt|Gehalt|Fixum|pensj|wynagrodzeni|podstaw|base|salary)/i.test(text.slice(span.end, span.end + 30))
  )
    return 'stipend or allowance';
  // France's building trades' allowance for working far from home, named right before its figure or after it: "+ IGD ~
  // 400€/mois", "indemnités de grand déplacement : 55 €/jour", "60 € d'IGD par jour". (Not a job's long-distance work,
  // "Maçon - grands déplacements - 14 €/h", nor a pay said without it, "2 400 € net/mois hors IGD".) (By strings first.)
  if (
    (before.includes('IGD') || before.includes('placement')) &&
    /(?:\bIGD|\bindemnités? (?:de )?grands? déplacements?)\s*(?:[:~≈=]|env\.?|environ|de)?\s*$/i.test(before) &&
    // (An hour's rate is a wage: "Tuyauteur IGD 16,50 €/heure", a fitter on such work.)
    !/^\s?(?:€|eur|euros)?\s*(?:\/\s?h|(?:de l['’]|par |l['’])heure)/i.test(after)
  )
    return 'stipend or allowance';
  if (after.includes('IGD') && /^\s?(?:€|eur|euros)?\s*d['’]IGD\b/i.test(after)) return 'stipend or allowance';
  // A sum taken off the pay is no pay: "Staff cottage is yours (£85/wk taken off wages)", "£20 a week deducted for
  // meals". (By strings first.)
  if ((after.includes(' off ') || after.includes('deduct')) && compiled(DEDUCTED_AFTER).test(after)) return 'price';
  // India's daily allowance for field staff, by where the day is spent: "DA Rs. 450/day (HQ), Rs. 900/day (ex-HQ)". (By
  // strings first.)
  if (
    after.includes('HQ') &&
    /^\s?(?:\/-)?\s?(?:\/\s?(?:day|d)|per day|a day)?\s*\((?:ex-?\s?HQ|HQ|outstation)\)/i.test(after) &&
    /\b(?:DA|TA|D\.A\.|allowance|batta|per diem)\b[^\n]{0,30}$/i.test(before.slice(-60)) &&
    // (Not where its line calls it pay, with the allowance in it: "Salary (incl. DA) Rs. 20,000 (HQ) per month".)
    !/\b(?:salary|pay|CTC|wages?|gross|stipend)\b/i.test(text.slice(text.lastIndexOf('\n', span.start) + 1, span.start))
  )
    return 'stipend or allowance';
  // A per diem named right before its figure, its word perhaps explained in brackets (which end a clause): "dnevni
  // (komandirovachni) 90 EUR na den". (By strings first: every figure passes here.)
  if (
    (before.includes('dnevn') || before.includes('дневн')) &&
    /(?:dnevn|дневн)\p{L}*\s*(?:\([^)\n]{0,30}\)\s*)?:?\s*(?:[€$]|[A-Z]{3}\s?)?$/iu.test(before)
  )
    return 'stipend or allowance';
  // What a shift adds to the rate, named after its figure: "a $2.00/hr differential on top of that", "$1.25/hour night
  // differential".
  if (
    lowAfter.includes('differential') &&
    /^\s?(?:\/\s?(?:hr|hour|h)\b|per hour|an hour)?\s*(?:[a-z]+\s+){0,2}differential\b/.test(lowAfter)
  )
    return 'stipend or allowance';
  // The reader's own pay, told back to them: "Given you mentioned you're at $88k base now". (By strings first: every
  // figure passes here.)
  if ((before.includes('re at') || before.includes('are at')) && /\byou(?:'re|’re| are) (?:currently |now |already )?at\s*$/i.test(before))
    return 'current pay';
  // No pay is counted in billions: "₦1.2bn in the region", "2 Mrd. Umsatz".
  if (
    'bBmM'.includes(after.trimStart()[0] ?? '') &&
    compiled(
      /^(?:\s?(?:bn|billions?|mrd\.?|milliards?|miliardi?|mil millones|bilhões|bilhão|mld\.?)(?![a-zA-Z\u00C0-\u024F\d])|b(?![a-zA-Z\u00C0-\u024F\d)/.]))/i,
    ).test(after)
  )
    return 'a sum in billions';
  // Nor in crores written in India's scripts, which count a firm's turnover or a loan book: "कुल व्यवसाय ₹3,800 करोड़",
  // "₹500 கோடி". (By strings.)
  if (CRORE_WORDS.some((word) => after.trimStart().startsWith(word))) return 'a sum in crores';
  // A figure asked about is no offer: "could you earn £45k in your first year?", "Earn HK$1.5M+?".
  if (
    /\b(?:could|would|can|will) you (?:earn|make)\s+$/i.test(before.replace(/[$€£¥₹]\s?$|\b[A-Z]{1,3}\$\s?$/, '')) ||
    /^\s?[kKmM]?\+?\s?\?/.test(after)
  )
    return "hype or someone else's pay";
  // A count of people after the figure, a few words on: "pay for 1,200+ unionized and salaried employees".
  const further = hasCurrency ? '' : text.slice(tokenEnd, tokenEnd + 60);
  if (further.includes('employees') || further.includes('workers') || further.includes('staff') || further.includes('people')) {
    if (compiled(HEADCOUNT_AFTER).test(further)) return 'team or company size';
  }
  // A figure the message says it replaces: "(up from the €85k–€95k in my note below)", "instead of the £60k".
  // (By strings: every figure passes here. The lead without the figure's currency sign.)
  let lead = before.trimEnd();
  if ('$€£¥₹'.includes(lead.at(-1) ?? '_')) lead = lead.slice(0, -1).trimEnd();
  lead = lead.toLowerCase();
  // (Not "goes up from £11.44 to £12.60 an hour", a range the parser reads whole.)
  if (span.second === undefined && EARLIER_FIGURE_WORDS.some((words) => lead.endsWith(words))) return 'an earlier figure';
  // Italian thousands with no money said are a count, not a sum: "150 mila metri quadri".
  if (!hasCurrency && text.slice(span.start, span.end + 5).includes('mila')) return 'a sum not said to be pay';
  // A deduction, not a wage: "Staff accommodation …, €75 per week taken from wages", "£20 a week deducted for meals".
  // (By strings: every figure passes here.)
  // (Within its own clause, up to the next figure: a second sum said deducted leaves the first, "GH₵ 7,000 – GH₵ 500
  // deducted"; "Pay: £11.44 per hour. Nothing is deducted …" and "£450 per week, tax and NI deducted for you" keep theirs.)
  const deducted =
    span.second === undefined
      ? text
          .slice(tokenEnd, tokenEnd + 40)
          .split(/[\d.,;(\n]/)[0]!
          .toLowerCase()
      : '';
  if (DEDUCTION_AFTER.some((words) => deducted.includes(words)) && !/\b(?:no|nothing|never|not)\b/.test(deducted)) return 'price';
  // A premium added to a rate, "plus $2/hr extra on weekends"; a bonus's instalment, "a $2,500 sign-on, paid $1,000 at 90
  // days and $1,500 at 6 months".
  const extraAt = deducted.indexOf(' extra');
  if (extraAt >= 0 && extraAt <= 10 && /(?:plus|\+|and) ?\S{0,3}$/.test(before)) return 'a bonus or commission';
  if (
    (deducted.startsWith(' at ') || deducted.startsWith(' after ')) &&
    /^ (?:at|after) $/.test(deducted) &&
    /^\s?\d{1,3} (?:days|weeks|months)\b/.test(text.slice(tokenEnd + deducted.length, tokenEnd + deducted.length + 12)) &&
    /\b(?:sign-?on|signing|bonus|retention)\b/i.test(sentenceBefore(text, start))
  )
    return 'a bonus or commission';
  // An extra paid on top of the pay: "Car allowance – yes, £4,800 a year on top of salary", "on-call paid at £250 a week
  // on top, van + fuel card".
  // (Only with nothing but its period between: not "$95,000 base + super on top", "£28k plus overtime on top".)
  if (deducted.includes('on top') && compiled(EXTRA_ON_TOP).test(deducted)) return 'stipend or allowance';
  // The reader's ask told back to them: "I hear you want €110,000".
  if (ASK_TOLD_BACK.some((words) => lead.endsWith(words))) return "the reader's own pay";
  // The reader's pay set against the offer: "they're paying way more than your £78k", "it would beat your current $120k".
  if (lead.endsWith('your') || lead.endsWith('current') || lead.endsWith('present')) {
    if (compiled(YOURS_COMPARED).test(lead)) return "the reader's own pay";
  }
  // A bonus, an allowance or one's own pay said in Japanese, Korean, Chinese, Arabic or Hebrew: "生日禮金 NT$1,000".
  if (notWageInScript(text, start)) return 'bonus';
  // A Swahili fare or allowance, its own sum right after its word: "na nauli TSh 5,000 kwa siku", "posho ya usafiri TSh
  // 50,000" (not the wage before it, "Mshahara TSh 700,000 kwa mwezi na posho …"). (Capitalised too, opening its
  // sentence: "Posho ya usafiri TSh 10,000 kwa siku".)
  if (
    (before.includes('nauli') || before.includes('posho') || before.includes('Nauli') || before.includes('Posho')) &&
    /\b(?:nauli|posho)(?: ya \p{L}+)?\s*:?\s*(?:[TKU][Ss]h\.?\s?)?$/iu.test(before)
  )
    return 'stipend or allowance';
  // The reader's own pay today, in Swedish, Norwegian and Danish: "Jag har 49 500 kr/mån i dag", "jeg har 610 000 i dag".
  // (Or "Du tjänar idag kanske 35–40 000 kr/mån", what the reader earns today.)
  if (
    ((before.includes('ag har') || before.includes('eg har')) &&
      /\b(?:[Jj]ag|[Jj]eg) har(?: (?:nu|nå|ca\.?|cirka|omkring|runt))?\s*$/.test(before) &&
      /^[^.!?\n]{0,25}\bi ?dag\b/.test(after)) ||
    (before.includes('tjänar') && /\b(?:[Dd]u|[Jj]ag) tjänar (?:i ?dag|nu)(?: (?:kanske|ungefär|cirka|runt|ca\.?))?\s*$/.test(before))
  )
    return "the reader's own pay";
  // An Amharic allowance, its sum after its word on its line: "የቤት አበል፡ ብር 5,000" (a housing allowance).
  if (before.includes('አበል') && /አበል[^\n]{0,12}$/u.test(before)) return 'stipend or allowance';
  // What the writer and the reader earn now, said after the figure: "more than the QR 24k we’re on here". By strings first.
  if (
    (after.includes('re on') || after.includes('m on')) &&
    /^\s?[kK]?\s+(?:we|I|you)(?:['’]re| are|['’]m| am) on\b/.test(text.slice(span.end, span.end + 20))
  )
    return 'current pay';
  // A referral's reward, said as a sum the firm pays if a friend is hired: "Referrals welcome — we pay 1,000 GEL if your
  // friend passes probation".
  // (Or for each friend hired: "Reward 2.000 TL for every friend who gets hired!")
  if (
    (after.includes('friend') || after.includes('referr')) &&
    /^[^.\n\d]{0,16}\b(?:if (?:your|a) friend|for (?:every|each|any) (?:friend|referral|referred)\b)/.test(
      text.slice(span.end, span.end + 40),
    )
  )
    return 'a bonus or commission';
  // The Balkans' allowances, their word before their sum: an education budget, per diems, a hot meal, a holiday's bonus,
  // travel ("budžet za edukaciju 100.000 RSD godišnje", "дневните по наредбата (около 60 € на ден)", "topli obrok 500
  // dinara dnevno", "Regres 30.000 dinara godišnje"). (Not the pay these words follow: "85.000 din neto + topli obrok".)
  if (BALKAN_ALLOWANCES.some((word) => before.toLowerCase().includes(word)) && compiled(BALKAN_ALLOWANCE_BEFORE).test(before))
    return 'stipend or allowance';
  // India's allowances by their letters, right before their sum: a daily or dearness allowance, a travel or house rent
  // allowance ("plus DA ₹350/day", "HRA: Rs. 4,000"). (In capitals only, and before the sum: Algeria's dinar is written
  // "DA" after it.)
  // (Nor Italian "from" shouted before a sum in euros: "guadagni DA 350€ A SETTIMANA".)
  if (
    (before.includes('DA') || before.includes('TA') || before.includes('HRA')) &&
    /\b(?:DA|TA|HRA|TA\/DA|DA\/TA)\s?[:=–-]?\s?(?:₹|Rs\.?|INR)?\s?$/.test(before) &&
    !/^\s?(?:€|EUR\b|euro)/i.test(after)
  )
    return 'stipend or allowance';
  // A sales target in Hindi: "मासिक लक्ष्य: रु. 5,00,000 की बिक्री".
  if (before.includes('लक्ष्य') && /लक्ष्य[^\n]{0,12}$/u.test(before)) return 'deal size or quota';
  // A fee the applicant pays, in Hindi and Amharic: "आवेदन शुल्क: ₹५००", "የማመልከቻ ክፍያ፡ ብር 300".
  if (
    (before.includes('शुल्क') && /शुल्क[^\n]{0,6}$/u.test(before)) ||
    (before.includes('የማመልከቻ ክፍያ') && /የማመልከቻ ክፍያ[^\n]{0,6}$/u.test(before))
  )
    return 'price';
  // An Austrian collective agreement's minimum, where the message offers more than it ("Überzahlung"): "Laut
  // Kollektivvertrag beträgt das Mindestgehalt … EUR 3.284,50 brutto pro Monat … bieten wir Ihnen eine Überzahlung an,
  // konkret EUR 3.650,– bis 3.900,–". (Not where no sum follows the word: "Überzahlung möglich" makes the minimum a
  // floor.) By strings.
  if (
    (before.includes('Mindest') || before.includes('KV-Minimum')) &&
    /(?:Mindest(?:gehalt|lohn|entgelt|grundgehalt)|KV-Minimum)\b[^.\n]{0,30}$/.test(before) &&
    /[Üü]berzahlung (?:an|von|auf|in Höhe von)?[^.\n]{0,25}(?:€|EUR) ?\d/.test(text)
  )
    return 'a legal minimum the offer is above';
  // A reward for sending a friend: "Refer a friend and earn ₱5,000 once they pass 90 days!".
  // (By strings first: every figure passes here.)
  const leadIn = text.slice(Math.max(0, start - 80), start);
  const leadInLower = leadIn.toLowerCase();
  if (REFER_A_FRIEND_HINTS.some((hint) => leadInLower.includes(hint)) && compiled(REFER_A_FRIEND).test(leadIn)) return 'bonus';
  // A working interview's or a trial shift's pay, not the job's: "come in for a working interview next Friday — that day is
  // paid at $50/hr", "a paid trial shift (£12/hr)". By strings: the sentence holds one of their words.
  if (trialDay(text, start, end)) return "a trial day's pay";
  // The full-time figure a part-time salary is a share of: "€34,200 per year, being 0.6 of the full-time salary of
  // €57,000". (By strings first: every figure passes here.) Only after another sum in its sentence, the share itself:
  // alone, "pro rata from the full-time salary of €57,000" is the figure the message states.
  if (
    before.includes('ull') &&
    compiled(FULL_TIME_SHARE).test(before) &&
    /[€$£¥]\s?\d|\d\s?(?:€|EUR|GBP|USD)/.test(
      text.slice(Math.max(text.lastIndexOf('\n', start), text.lastIndexOf('. ', start), 0), Math.max(0, start - 40)),
    )
  )
    return 'a full-time equivalent';
  // A post's view count: "👁 12.4K edited 09:41", "3.1k views".
  // (Or in lakhs, as India counts: "3 lakh views on a college page".)
  if (
    /👁\uFE0F?\s?$/u.test(before) ||
    ((after.includes('views') || after.includes('edited')) && /^\s?(?:[kKmM]|lakhs?|lacs?)?\s(?:views|edited)\b/.test(after))
  )
    return 'a count of things';
  // A project's stars, followers or downloads: "RTOS 电机驱动库（star 1.2k 那个）", "2.3k stars on GitHub".
  const around = `${before} ${after}`.toLowerCase();
  if (
    !hasCurrency &&
    COUNTED_THINGS.some((word) => around.includes(word)) &&
    (/(?:\bstars?|\bfollowers|\bdownloads|\bforks|\bsubscribers)\s*:?\s*$/i.test(before) ||
      /^\s?(?:[kKmM]|lakhs?|lacs?)?\+?\s(?:stars|followers|downloads|forks|subscribers|installs)\b/i.test(after))
  )
    return 'a count of things';
  if (!hasCurrency) {
    // (Past a lakh too: "50 लाख+ सब्सक्राइबर".)
    const next = after.toLowerCase().replace(/^\s?(?:[km]|लाख)?\+?\s?/, ' ');
    if (COUNTED_THINGS_ELSEWHERE.some((word) => next.startsWith(word))) return 'a count of things';
  }
  // A target of hours: "Chargeable hours target of 1,400 per year".
  if (
    !hasCurrency &&
    /hour/i.test(before) &&
    /\b(?:chargeable|billable|billing|utili[sz]ation) hours?\b|\bhours? (?:target|budget|requirement)\b/i.test(before)
  )
    return 'hours';
  // Hours worked, labelled: "Hours: 37 per week", "Oriau / Hours: 37 yr wythnos / 37 per week", "Arbeitszeit: 40 Stunden".
  // (Dutch "Uren: 32-36 p/w", Swedish "Timmar:", Danish and Norwegian "Timer:"; up to a comma, after which the pay may
  // come: "Timmar: 40/vecka, lön 32 000 per månad".)
  if (!hasCurrency && compiled(HOURS_LABEL_BEFORE).test(before)) return 'hours';
  // Or its cell in a table, the label opening its line or cell: "| Hours | 48 per week |" (not "| 37.5 hours | 500 per day").
  if (
    !hasCurrency &&
    before.includes('|') &&
    compiled(HOURS_CELL_BEFORE).test(before) &&
    // (Not a cell that names the pay after its label: "| Shift hours | Pay 13.20 per hour |".)
    !/\b(?:pay|wage|rate|salary|paid)\b/i.test(before.slice(before.lastIndexOf('|')))
  )
    return 'hours';
  // Hours said before their figure: "Hours are 37.5 per week", "Working hours: 40 per week". (By strings first: every
  // figure passes here.)
  if (!hasCurrency && (before.includes('ours') || before.includes('hrs')) && compiled(HOURS_BEFORE).test(before)) return 'hours';
  // A count of things, or a rate of them: "2M events/sec", "40k requests per second", "5M rows a day".
  if (!hasCurrency && compiled(THINGS_COUNTED).test(text.slice(span.end, span.end + 50))) return 'a count of things';
  // Under a hundred a week, with no money named, is a count and no week's pay: "referidos de hospitales (aprox. 25-30 por
  // semana)".
  if (!hasCurrency && span.period === 'week' && /^\d{1,2}$/.test(span.second ?? span.first)) return 'a count of things';
  // A Dutch or Afrikaans million with no money named is a count: "ruim 1,2 miljoen huishoudens", "1,2 miljoen patiënten".
  if (!hasCurrency && text.slice(span.start, span.end + 1).includes('miljoen')) return 'a count of things';
  // A base of suppliers, customers or users counted: "cutting the supplier base from 1,400 to under 600" (not the pay's
  // "base", "a base from $90k").
  if (
    !hasCurrency &&
    before.includes(' base') &&
    /\b(?:supplier|customer|client|user|subscriber|member|vendor|donor|install(?:ed)?|player|fan) base\b[^.\n]{0,25}$/i.test(before)
  )
    return 'a count of things';
  // Any other things counted by the year or the month, in English: "handles over 2,400 applications a year", "1,500 new
  // cases each month". Not money named by its currency's word: "60,000 pounds a year", "24 lakhs a year", "9,000 zlotys a
  // month".
  if (!hasCurrency && compiled(COUNTED_BY_PERIOD).test(text.slice(tokenEnd, tokenEnd + 60))) return 'a count of things';
  // (And in Spanish, Portuguese and French: "Procesamos ~1.2M transferencias al mes", "2.000 pedidos por día". By strings
  // first.)
  if (
    !hasCurrency &&
    / (?:al|por|ao|par|cada) /.test(text.slice(tokenEnd, tokenEnd + 60)) &&
    !hasPayWord(before) &&
    compiled(COUNTED_BY_PERIOD_ROMANCE).test(text.slice(tokenEnd, tokenEnd + 60))
  )
    return 'a count of things';
  if (/^(?:401|403|457)$/.test(token[0]) && /^\s?\(?\s?[kKbB]\s?\)?/.test(after)) return '401(k)';
  // The US contractor's tax form, named as the terms of a rate: "$95/hr on 1099", "on a 1099", "1099/C2C".
  if (!hasCurrency && token[0] === '1099' && span.second === undefined && span.multiplier === 1 && !/^\s?[kKmM]\b/.test(after))
    return 'a tax form (1099)';
  if (!hasCurrency && /^\+?\s*\+?\s*(?:years?|yrs?|yoe|y\.o\.e\.)\b/i.test(after)) return 'years of experience';
  if (
    /^:\d/.test(after) ||
    /\d:$/.test(before) ||
    compiled(DATE_AFTER).test(after) ||
    ZONE_AFTER.test(after) ||
    // (Looked for only where an "am" or a "pm" follows: most figures have none.)
    (clockWordAt(after) && compiled(CLOCK_AFTER).test(after) && (compiled(CLOCK_FIGURE).test(token[0]) || !hasCurrency))
  )
    return 'time or date';
  if (/[\d]\/$/.test(before) || /^\/\d/.test(after)) return 'date';
  if (!hasCurrency && !span.second && /^(?:19|20)\d\d$/.test(token[0]) && !/^\s?[kK]/.test(after)) return 'year';
  if (!hasCurrency && compiled(DATE_BEFORE).test(before) && !span.period && !/^\s?[kK]/.test(after)) return 'date';
  // Thousands grouped by spaces or apostrophes with a currency or a period against them ("NOK 720 000 - 820 000", "CHF 140'000") are no phone number.
  // So are dot- or comma-grouped ones with a currency ("EUR 45.000 - 55.000"): a phone number has no currency.
  // (Or the range's second figure so grouped: "850-1 050 GBP tygodniowo".)
  const groupedMoney =
    ((/\d[ \u00a0\u202f'’]\d{3}(?!\d)/.test(token[0]) ||
      (span.second !== undefined && /\d[ \u00a0\u202f'’]\d{3}(?!\d)/.test(text.slice(tokenEnd, span.end)))) &&
      (hasCurrency || span.period !== undefined)) ||
    (/^\d{1,3}(?:[.,]\d{3})+(?:[.,]\d{2})?$|^\d{1,2}(?:,\d{2})+,\d{3}$/.test(token[0]) && hasCurrency);
  if (!groupedMoney && inPhoneNumber(text, token.index, tokenEnd)) return 'phone number';
  // A bond the joiner signs, or a deposit, is a sum owed, no pay: "Service agreement: 2 saal ka, ₹1,50,000 bond". (By
  // strings first.)
  // (Not a deposit of the pay itself: "salary 18000 deposit in bank account".)
  if (
    (after.includes('bond') || after.includes('deposit')) &&
    /^\s?(?:\/-)?\s*(?:(?:service |security )?bond|security deposit)\b/i.test(after)
  )
    return 'price';
  // The short code an opt-out is sent to: "Band karne ke liye STOP likh ke 56161 pe bhejein", "text STOP to 56161". (By
  // strings first.)
  if (
    !hasCurrency &&
    before.includes('STOP') &&
    /\bSTOP\b[^\n\d]{0,20}$/.test(before) &&
    /\b(?:likh|bhej|send|text|sms|reply|to)\b/i.test(before.slice(before.lastIndexOf('STOP') + 4))
  )
    return 'phone number';
  // A short code a text is sent to: "Tu choi QC soan TC gui 8088", "Soạn TC gửi 8088". (By strings first.)
  if (!hasCurrency && (before.endsWith('gui ') || before.endsWith('gửi ')) && /\b(?:soan|soạn)\b/iu.test(before)) return 'phone number';
  if (!hasCurrency && /^\d{5}(?:-\d{4})?$/.test(token[0]) && /\b[A-Z]{2}\s?$/.test(before)) return 'zip code';
  const reference = text.slice(Math.max(0, start - 30), start);
  if (compiled(REFERENCE_BEFORE).test(reference) || endingWord(reference, REFERENCE_ELSEWHERE) >= 0) return 'reference number';
  // A budget for things named before the figure: "un budget média d'environ 1,2 M€", "the production budget (about KES
  // 320M annually)". Run only when a budget is named: most figures have none before them.
  // So is a budget someone manages (or has the management of) or is given, when the figure is that budget ("gérer un budget annuel de 1,2 M€", "own a
  // budget of £3m", "you'd have a CI budget of around $250k", "verantworten ein jährliches IT-Budget von rund 2,4 Mio. €"), or a thing's own budget ("a digital budget of
  // £220,000"): not the pay's own budget ("the salary budget is £90k", "we have budget of £90,000", "the team budget is
  // £95,000 base").
  if (
    before.toLowerCase().includes('budget') &&
    (compiled(
      /\bbudget (?:média|media|marketing|publicitaire|pub|opérationnel|de (?:production|formation|communication|fonctionnement))\b[^.\n]{0,20}$|\b(?:production|operating|annual|project|capex|opex|marketing|media|departmental) budget\b[^.\n]{0,30}$|\b(?:a|the|total) budget (?:in the region of|of around|of about|of roughly)\s*[^.\n]{0,10}$/i,
    ).test(before) ||
      (compiled(
        /\b(?:manag(?:e|es|ed|ing)|management of|own(?:s|ing)?|oversee\w*|overseeing|run(?:s|ning)?|control(?:s|led|ling)?|responsib\w* for|gérer|gère|piloter|verwalte\w*|verantwort\w*|gestionar|gestire|gerir|you(?:'d|’d|'ll|’ll| would| will)? have (?:a|an|your own))\b[^.\n,;]{0,30}(?:\bbudget\b[^.\n,;]{0,12}\b(?:of|worth|de|von|di|do|da)\s+|(?:\b(?:a|an|the|our|their|its|your|this|that)\s+(?:[a-z'’-]+\s+){0,2})?\bbudget\s*:?\s*)(?:around |about |roughly |rund |ca\. |environ |circa |some |over |more than |plus de |über |exceeding |in excess of |totall?ing )?$|\b(?:digital|IT|technology|tech|advertising|ad|capital|research|programme|program|events?|fundraising|procurement|infrastructure|software|cloud|travel|maintenance|construction|media|marketing|survey|study|evaluation|field|training|hardware|equipment|gear|setup|home[- ]office|learning|education|books?|conference|wellness|wellbeing) budget(?:\s(?:of|is)|\s?:)\s*(?:around |about |roughly |circa |c\. |approximately |over |nearly |some )?$/i,
      ).test(text.slice(Math.max(0, start - 70), start)) &&
        // (A budget that is the salary's says so, before or after its figure: "controls the salary budget: up to
        // £90,000", "owns the budget: £80,000 - £90,000 base".)
        !/\b(?:salary|pay|comp|compensation|hiring|headcount)\s+budget\b/i.test(before) &&
        !compiled(SALARY_BUDGET_AFTER).test(text.slice(end, end + 40)) &&
        // (Nor "the budget" said plainly, of a salary's size: "the hiring manager owns the budget: £85,000 plus
        // excellent benefits"; a team's own "the budget: £1.2m a year" is a thing's.)
        !(
          /\b(?:the|our|their|your)\s+budget\s*:?\s*(?:up to\s*)?$/i.test(before) &&
          figureSize(span) < THINGS_BUDGET_SIZE &&
          // (A day or an hour's rate is a contractor's pay: "£600 a day for contractors".)
          (span.period === 'day' ||
            span.period === 'hour' ||
            compiled(PERSON_AFTER).test(text.slice(end, end + 50)) ||
            // (Nor one the reader will manage, said with nothing after it: "you'll manage our budget: £150,000".)
            (!compiled(THINGS_BUDGET_AFTER).test(text.slice(end, end + 50)) && !compiled(READER_MANAGES_BUDGET).test(before)))
        )))
  )
    return 'a budget for things';
  // A budget named right before the figure and spent on things after it: "a budget of EUR 3,000 per year for congresses".
  // (Not a budget for a person, "a budget of $120,000 for a Digital Marketing Manager", nor a day's rate.)
  if (
    before.includes('budget') &&
    /\bbudget of\s*(?:[A-Z]{3}\s?|[$€£]\s?)?$/i.test(before) &&
    span.period !== 'day' &&
    span.period !== 'hour' &&
    compiled(BUDGET_FOR_THINGS_AFTER).test(text.slice(end, end + 60)) &&
    !compiled(PERSON_AFTER).test(text.slice(end, end + 50))
  )
    return 'a budget for things';
  // A research project's funds or a new academic's start-up package: "(Sachmittel ca. 120.000 €)", "en startpakke på 1,5
  // mio. kr.".
  const lowBefore = before.toLowerCase();
  if (compiled(RESEARCH_FUNDS_BEFORE).test(before)) return 'a budget for things';
  // A project's budget in Greek, right before its figure: "(προϋπολογισμός 480.000,00€)". (By strings first.)
  if (before.includes('προϋπολογισμ') && /προϋπολογισμ\p{L}*\s?:?\s?(?:€\s?)?$/u.test(before)) return 'a budget for things';
  // What a paid orientation or induction pays, once: "Paid orientation – $1,200 for 3 days".
  if (
    (lowBefore.includes('orientation') || lowBefore.includes('induction')) &&
    /\bpaid (?:orientation|induction)\b[^.\n]{0,15}$/i.test(before) &&
    // (A sum for its days, not a wage: "Paid orientation at $40/hr" is the pay.)
    /^\s*\(?\s*(?:(?:for|over)\s+)?(?:the\s+)?(?:\d+|one|two|three|first)[\s-]+(?:days?|weeks?)\b/i.test(text.slice(end, end + 30))
  )
    return 'stipend or allowance';
  // The same named after its figure: "A $40,000 start-up research package over your first two years".
  const startUp = text.slice(end, end + 50);
  if (
    startUp.toLowerCase().includes('start') &&
    compiled(START_UP_FUNDS_AFTER).test(startUp) &&
    // (A package without "research" or "lab" only where the message is about research: a start-up firm's
    // "$170,000 startup package, fully remote" is pay.)
    (/research|lab\b|funds?\b|funding|grant/i.test(startUp.slice(0, 40)) || compiled(RESEARCH_MESSAGE).test(text))
  )
    return 'a budget for things';
  // A budget of a million or more, in a currency whose salaries run to thousands, is a thing's: "budget annuel de 1,2
  // M€", "a budget of €1.2m", "ein Budget von 2 Mio. €" (not a salary's budget: "the salary budget is £90k").
  if (
    THINGS_BUDGET_STEMS.some((stem) => lowBefore.includes(stem)) &&
    figureSize(span) >= 1_000_000 &&
    // (Or in no currency written, but not in lakhs: "a CTC budget of 12 lakhs" is a salary.)
    (span.currencyCode === undefined ? span.multiplier === 1 : THOUSANDS_CURRENCIES.has(span.currencyCode)) &&
    // (Not lakhs written as such: "Budget: 18,00,000 per annum".)
    !/\d,\d{2},\d{3}/.test(text.slice(start, end)) &&
    compiled(BUDGET_JUST_BEFORE).test(before) &&
    !compiled(SALARY_BUDGET).test(before) &&
    // (Nor a pay's own words after it: "Budget: $1.2M all-in (base + guaranteed bonus)", "£1m TC", "SGD 1,000,000 OTE".)
    !span.ote &&
    !compiled(PAY_WORDS_AFTER_BUDGET).test(text.slice(end, end + 40))
  )
    return 'a budget for things';
  // A Finnish benefit by its ending, right before the figure ("lounasetu 13 € päivässä", not the salary before "ja
  // liikuntaetu"), or Australia's living-away allowance right after it ("$145/day LAFHA", its short form "$120 a day
  // LAHA"; not a rate it is added to, "$62/hr + LAHA").
  const afterFigure = text.slice(end, end + 50);
  if (
    (lowBefore.includes('etu') && /\p{L}{3,}etu\s*$/u.test(before)) ||
    ((afterFigure.includes('LAFHA') || afterFigure.includes('LAHA') || afterFigure.toLowerCase().includes('living away')) &&
      !/^[^.\n,;]{0,12}?(?:\+|\bplus\b|\band\b)[^.\n,;]{0,12}?\b(?:LAFHA|LAHA)\b/i.test(afterFigure) &&
      /^[^.\n,;]{0,12}\b(?:LAFHA|LAHA|living away from home allowance)\b/i.test(afterFigure))
  )
    return 'stipend or allowance';
  // The size of projects or orders handled: "bei Projektvolumina von € 0,5 bis 4 Mio.", "Auftragsvolumen bis 2 Mio. €".
  if (lowBefore.includes('volum') && /(?:projekt|auftrags|bau|investitions|umsatz)volum\w*\b[^\n,;]{0,20}$/i.test(before))
    return 'a budget for things';
  // A sum committed to a programme or invested in a thing: "they have committed £3.8m to a two-year remediation
  // programme", "invested €2m in new presses" (not "allocated £90k to this role").
  if (
    COMMIT_STEMS.some((stem) => lowBefore.includes(stem)) &&
    compiled(COMMITTED_BEFORE).test(before) &&
    compiled(COMMITTED_TO_A_THING).test(text.slice(end, end + 40))
  )
    return 'a budget for things';
  // A bonus or an incentive named right after the figure in Hindi, Marathi or Urdu: "टॉप परफॉर्मर को ₹5,000 बोनस",
  // "₹40,000 तक इंसेंटिव". (Not the pay before "+ इंसेंटिव", which names no figure of its own. By characters first.)
  // (Or right before it: "बोनस ₹50,000 अलग से".)
  if (
    ((text.codePointAt(end + 1) ?? 0) > 0x600 &&
      compiled(HINDI_BONUS_AFTER).test(text.slice(end, end + 24)) &&
      !/(?:सैलरी|वेतन|तनख़्वाह|तनख्वाह|पगार)\s?:?\s?(?:₹|Rs\.?)?\s?$/u.test(before)) ||
    ((before.codePointAt(before.length - 4) ?? 0) > 0x600 &&
      /(?:बोनस|इंसेंटिव|इन्सेंटिव|بونس)\s?:?\s?(?:₹|Rs\.?)?\s?$/u.test(before) &&
      !/(?:सैलरी|वेतन|पगार|salary)\s?\+\s?(?:बोनस|इंसेंटिव)\s?:?\s?(?:₹|Rs\.?)?\s?$/iu.test(before))
  )
    return 'a bonus or commission';
  // (And a budget for a thing so named, "₹50,000 का लर्निंग बजट", a learning budget; not the post's, "₹40,000 प्रति माह
  // तक का बजट". And an insurance cover after its figure in Hindi, Marathi, Telugu, Tamil, Kannada and Malayalam: "₹3 లక్షల
  // వరకు గ్రూప్ మెడిక్లెయిమ్", "₹5 लाख का मेडिकल बीमा"; not "बीमारी", sickness, nor "विमान", a plane.)
  if ((text.codePointAt(end + 1) ?? 0) > 0x900 && compiled(INDIC_THING_AFTER).test(text.slice(end, end + 50)))
    return 'stipend or allowance';
  // (And a trainee's stipend where the message states the post's own pay: "₹3.6 LPA" over "ट्रेनिंग के दौरान ₹15,000
  // स्टाइपेंड"; an intern's stipend alone is the intern's pay.)
  if (
    (text.codePointAt(end + 1) ?? 0) > 0x900 &&
    /^\s?(?:स्टाइपेंड|स्टायपेंड)/u.test(text.slice(end, end + 12)) &&
    /पैकेज|सैलरी|वेतन|CTC|LPA|[Ss]alary|[Pp]ackage/.test(text)
  )
    return 'stipend or allowance';
  // (Or right before it: "ग्रुप इंश्योरेंस ₹2 लाख".)
  if ((before.codePointAt(before.length - 4) ?? 0) > 0x900 && compiled(INDIAN_COVER_BEFORE).test(before)) return 'stipend or allowance';
  // A Vietnamese bonus labelling its figure: "Thưởng nóng 100K cho ngày làm đầu tiên"; not pay and bonus said together,
  // "Lương thưởng hấp dẫn: 12-15 triệu/tháng". (By strings first.)
  if (before.toLowerCase().includes('thưởng') && /(?<!lương\s?\+?\s?)thưởng(?:\s+\p{L}+){0,2}\s*:?\s*$/iu.test(before))
    return 'a bonus or commission';
  // A fee the candidate pays, named right after its figure: "Pay KES 500 registration via M-Pesa". (By characters first.)
  const feeAfter = text.slice(end + 1, end + 30);
  if (
    (text[end] === ' ' || text[end] === '/') &&
    FEES_AFTER.some((word) => feeAfter.startsWith(word)) &&
    /^(?:registration|processing|application|training|medical|joining) (?:fee|via)\b/.test(feeAfter)
  )
    return 'price';
  // A sum set aside for something, named right after the figure: "$1,500 learning budget", "€2k budget for books",
  // "₹10,00,000 per year contingency for data collection".
  const named = text.slice(end, end + 40);
  if (
    // (On the figure's own line: not the next item of a list, "- 2.100 € netti al mese\n- budget di 3.000 €".)
    /^[ \t]?(?:(?:a|an|per|each|every)[ \t])?(?:[a-z][a-z-]*[ \t]){0,2}budget\b/i.test(named) ||
    // (Or with an "&" between: "€1,500/year health & wellbeing budget". By strings first.)
    (named.includes('& ') && /^[ \t]?(?:[a-z&][a-z-]*[ \t]){0,4}budget\b/i.test(named)) ||
    // (Speed only: the contingency's pattern runs where the word is. Not a recruiter's "on a contingency basis".)
    (named.toLowerCase().includes('contingen') &&
      /^\s?(?:(?:a|an|per|each|every)\s)?(?:[a-z-]+\s){0,2}contingency\b(?! basis| fee| search| recruit)/i.test(named))
  )
    return 'stipend or allowance';
  // A sum saved against a budget: "brought her out 4 days early and about $180k under the yard budget". (By strings first.)
  if (named.includes(' budget') && /^\s(?:under|below) (?:the |our |their |its )?(?:[a-z-]+ )?budget\b/i.test(named) && !hasPayWord(before))
    return 'a budget for things';
  // A sum given for something named after it: "$2,000 a year for conferences", "€500 towards your home office".
  const purpose = text.slice(end, end + 50);
  if (
    (purpose.includes('for ') || purpose.includes('toward')) &&
    compiled(
      /^\s?(?:(?:a|an|per|each|every) (?:year|month)\s)?(?:for|towards?) (?:your )?(?:conferences?|training|courses?|books|learning|education|professional development|certifications?|gym|wellness|equipment|home office|setup)(?=\s*(?:[.,;:!?)\n]|$|and |or |each|per |a year|every))/i,
    ).test(purpose)
  )
    return 'stipend or allowance';
  // The same in other languages: "USD 1.000 anuales para cursos y conferencias", "500 € pour la formation".
  // (Only a sum said to be a budget or an allowance: not a trainer's "450 € par jour pour la formation".)
  const lowPurpose = purpose.toLowerCase();
  const lowLead = text.slice(Math.max(0, start - 40), start).toLowerCase();
  if (
    STIPEND_WORDS_BEFORE.some((word) => lowLead.includes(word)) &&
    (lowPurpose.includes('para ') || lowPurpose.includes('pour ') || lowPurpose.includes('für ') || lowPurpose.includes('per ')) &&
    compiled(
      /^\s?(?:\p{L}+\s){0,2}(?:para|pour|für|per) (?:(?:la|el|los|las|o|os|a|as|le|les|die|den|i|il|la)\s)?(?:cursos?|capacitaci[oó]n|formaci[oó]n|conferencias?|libros|certificaciones?|formação|conferências|livros|formation|conférences|Weiterbildung\p{L}*|Fortbildung\p{L}*|Konferenzen|Schulungen|corsi|formazione|conferenze)(?![\p{L}])/iu,
    ).test(purpose)
  )
    return 'stipend or allowance';
  // A budget said with what it is for, a verb's infinitive after the figure, in Italian, Spanish, Portuguese or French:
  // "budget di 3.000 € per rinnovare la carta dei vini", "presupuesto de 5.000 € para renovar", "pour renouveler".
  // (A budget's own word, not a salary's, "Stipendio Euro 1.600 netti mensili per Magazziniere"; the verb in lower case.)
  if (
    THINGS_BUDGET_STEMS.some((word) => lowLead.includes(word)) &&
    (lowPurpose.includes('per ') || lowPurpose.includes('para ') || lowPurpose.includes('pour ')) &&
    /^\s?(?:\p{L}+\s){0,2}(?:per|para|pour) \p{Ll}{3,}(?:are|ere|ire|ar|er|ir|re)(?![\p{L}])/u.test(purpose) &&
    // (Not a hire's budget, the salary: "budget fino a 42.000 € lordi annui per assumere un Tech Lead", "45 000 € brut annuel
    // pour recruter", "35.000 € RAL per iniziare".)
    !compiled(A_HIRES_BUDGET_AFTER).test(purpose)
  )
    return 'a budget for things';
  // A figure in brackets is an aside on what stands before them: "OB-tillägg på kvällar (ca 25–60 kr/tim)".
  const from = rowLabelStart(text, clauseStart(text, start));
  // What is added on after the figure is not said of it: "4.420,00 € brutto monatlich zzgl. Schichtzulage", "£50k plus a
  // car allowance".
  // (A million's abbreviating dot before its currency ends no clause: "bis 2 Mio. € Auftragsvolumen"; one before the next
  // sentence does: "ein Jahresgehalt von CZK 1,2 Mio. Zusätzlich Bonus …".)
  let to =
    text[end] === '.' &&
    /[Mm]io$/.test(text.slice(end - 3, end)) &&
    /^\.\s?(?:€|EUR|CHF|Kč|CZK|zł|PLN|kr|DKK|SEK|NOK|\$|£)/.test(text.slice(end, end + 6))
      ? clauseEnd(text, end + 1)
      : clauseEnd(text, end);
  const rest = text.slice(end, to);
  const addOn = compiled(ADD_ON).exec(rest);
  // (Looked for only where one of its words is: most figures have none after them.)
  const lowRest = rest.toLowerCase();
  const nordic = lowRest.includes(' og ') || lowRest.includes(' och ') || rest.includes(' med ') ? NORDIC_ADD_ON.exec(rest) : null;
  const cut = Math.min(addOn?.index ?? rest.length, nordic?.index ?? rest.length);
  if (cut < rest.length) to = end + cut;
  const written = text.slice(text[from - 1] === '(' ? clauseStart(text, from - 1) : from, to);
  // (A field of teaching is no education budget: "with your dual certification in Special Education I can place you at
  // $55,000". By strings first: the field is rarely there.)
  const clause = written.includes(' Education') ? written.replace(compiled(FIELD_OF_EDUCATION), ' field') : written;
  // A sum in millions of euros, dollars or pounds that no pay's word calls one is a contract's, a project's or a firm's: "on
  // vient de décrocher un lot de 2 M€ sur le nouveau lycée". (By strings first: few figures are in millions.)
  if (inMillionsOfMajorMoney(after.trimStart()) && !hasPayWord(clause)) return 'revenue';
  if (
    span.period === undefined &&
    figureSize(span) < MOVE_SIZE &&
    compiled(RELOCATION_INCLUDED).test(text.slice(end, end + 60)) &&
    (figureSize(span) < RELOCATION_SIZE || compiled(MOVE_COSTS).test(text.slice(end, end + 60))) &&
    !compiled(PAY_WORD_BEFORE).test(text.slice(clauseStart(text, start), start))
  )
    return 'stipend or allowance';
  if (
    ownPayWanted(text.slice(Math.max(0, start - 60), start)) ||
    ownPayAfter(text.slice(end, end + 60)) ||
    ownPaySaid(sentenceBefore(text, start) + text.slice(start, start + 4))
  )
    return "the reader's own pay";
  // A worked example or an equivalent of the pay, not the pay: "Per darle un'idea del netto: con 58k di RAL si parla di
  // circa 2.950 € netti al mese", "Zum Einordnen: Bei Vollauslastung entspricht das grob 188.000 € Jahresumsatz". (Not
  // German's "entspricht" alone, which states a pay band's sum: "EG 9b, das entspricht 3.862 € brutto".) By strings: every
  // figure passes here.
  // (Its sentence back to its line's start or its last full stop, 300 characters at most: an example's words open it.)
  // (Only after a sum the message states before that sentence, the pay the example is of: the words alone may lead to the
  // pay itself, "To give you an idea, the range is £85,000–£100,000", "the base works out to $165,000 a year".)
  const sentenceFrom = Math.max(text.lastIndexOf('\n', start - 1) + 1, text.lastIndexOf('. ', start - 1) + 2, start - 300);
  const sentenceLead = text.slice(sentenceFrom, start).toLowerCase();
  if (EXAMPLE_WORDS.some((words) => sentenceLead.includes(words)) && compiled(SUM_STATED).test(text.slice(0, sentenceFrom)))
    return 'an example or an equivalent';
  const leadFrom = clauseStart(text, start);
  // What the reader said of their own pay, as the writer recalls it: "I know you said €50k is your floor". (By strings
  // first.)
  if (
    // (Looked for in the figure's own clause: a whole message searched for each of a megabyte's figures is slow.)
    ['ou said', 'ou mentioned', 'ou told me'].some((words) => text.slice(leadFrom, start).includes(words)) &&
    compiled(YOU_SAID_BEFORE).test(text.slice(leadFrom, start))
  )
    return "the reader's own pay";
  // A count joined to its thing by a hyphen, "200k-row tables"; a credit line, "a $6M revolving line". (By characters and
  // strings first.)
  if (
    text[end] === '-' &&
    !hasCurrency &&
    /^-(?:rows?|lines?|nodes?|users?|pages?|records?|items?|words?|events?|requests?|files?)\b/.test(text.slice(end, end + 12))
  )
    return 'a count of things';
  if (
    ['revolving', 'credit', 'loan'].some((word) => text.slice(end, end + 24).includes(word)) &&
    /^\s?(?:revolving (?:line|credit|facility)|(?:credit|loan) (?:line|facility)|line of credit|loan)\b/.test(text.slice(end, end + 24))
  )
    return 'revenue';
  // The reader's own pay in Roman Urdu or Hindi, quoted back: "Reference ke liye mera current package 1,85,000 hai". (By
  // strings first.)
  const ownLead = text.slice(leadFrom, start).toLowerCase();
  if (
    (ownLead.includes('mera ') || ownLead.includes('meri ') || ownLead.includes('mere ')) &&
    compiled(OWN_PAY_ROMAN_URDU).test(text.slice(leadFrom, start))
  )
    return "the reader's own pay";
  // An average of others' pay, in Spanish, Portuguese or French, said as a record: "(el promedio de nuestros choferes de
  // tanque fue $82,000 en 2024)". (By strings first.)
  if (
    ['promedio', 'média', 'moyenne'].some((word) => text.slice(Math.max(0, start - 80), start).includes(word)) &&
    compiled(OTHERS_AVERAGE_BEFORE).test(text.slice(Math.max(0, start - 80), start))
  )
    return "hype or someone else's pay";
  // What the writer paid the one who had the job before, beside what they offer now: "I was paying my last bookkeeper
  // $2,100 a month … I can do $2,400/month". (By strings first.)
  // (Only beside a later sum, the offer: not "I was paying my last tech $25/hr and would keep the same rate for you".)
  if (
    text.slice(leadFrom, start).includes('paying') &&
    compiled(PAID_THE_ONE_BEFORE).test(text.slice(leadFrom, start)) &&
    /[$€£]\s?\d|\d\s?[$€£]/.test(text.slice(end, end + 2000))
  )
    return "hype or someone else's pay";
  if (othersEarn(text.slice(leadFrom, start), text.slice(Math.max(0, leadFrom - 2), leadFrom).includes('(')))
    return "hype or someone else's pay";
  // What the reader would earn if…, a pitch's daydream, as "what if you earned" is in English: "Et si tu gagnais jusqu'à
  // 1 000 000 XPF par mois ?", "¿Y si ganaras hasta…?", "E se você ganhasse…". (By strings first.)
  const dream = text.slice(leadFrom, start);
  if (
    DAYDREAM_VERBS.some((verb) => dream.includes(verb)) &&
    /\b(?:si (?:tu gagnais|vous gagniez|ganaras|ganases)|se (?:você|voce|tu) ganhasse)\b[^.!?\n]{0,30}$/i.test(dream)
  )
    return "hype or someone else's pay";
  // The pay of a helper the reader brings along, not the reader's: "Shuttering mistri ke liye ₹950 roz, helper ko ₹600
  // roz", "£220 a day for you and £140 for your labourer", "Bring ur labourer if you've still got him, I'll pay him £140
  // a day". (By strings first: every figure passes here.)
  const helperLead = text.slice(Math.max(0, start - 60), start);
  // (Only beside another sum: a helper's pay alone is the pay of a message to a helper, "helper ko ₹600 roz milega".)
  if (
    HELPER_WORDS.some((word) => helperLead.includes(word)) &&
    compiled(HELPERS_PAY_BEFORE).test(helperLead) &&
    (text.match(/[₹£$€]\s?\d|\bRs\.?\s?\d/g) ?? []).length >= 2
  )
    return "hype or someone else's pay";
  // A company car's budget or lease, said right after it: "een firmawagen (budget ca. €750/maand)", "Dienstwagen
  // (Leasingrate bis 600 €)". (Not a salary said after it: "company car. Salary: €60,000".)
  const carFrom = text.slice(Math.max(0, start - 40), start);
  const carLower = carFrom.toLowerCase();
  const car = COMPANY_CAR_WORDS.find((word) => carLower.includes(word));
  if (car !== undefined) {
    const between = carFrom.slice(carLower.lastIndexOf(car) + car.length);
    // Only inside the car's bracket or after a budget's or a lease's word: a list of benefits goes on to the salary
    // ("Company car, £48,000 basic", "leaseauto, laptop en €4.200 bruto per maand"). (A sentence or a label between
    // them starts another thing: "company car. Salary: €60,000".)
    const saysPay =
      /salar|gehalt|lohn|loon|salaire|sueldo|stipendio|retribu|\bpay|lön|løn/i.test(between) || /:\s|\.\s+\p{Lu}/u.test(between);
    const ofTheCar =
      (between.includes('(') && !between.includes(')')) || /budget|leas|p11d|list price|listenpreis|cataloguswaarde/i.test(between);
    // (Nor a sum said to be gross, as only a salary is: "voiture de société ou budget mobilité, 4.200 € brut par mois".)
    const grossAfter = /\b(?:brut|bruto|brutto|gross)\b/i.test(text.slice(start, end + 12));
    if (!between.includes('\n') && !saysPay && ofTheCar && !grossAfter) return 'stipend or allowance';
  }
  // Projects' values, their words right before the figure: "office projects in the £2-10m range", "projects ranging from
  // $200K to $2M" (not a contractor's rate for them, "Rates for projects in the £400-£450/day range"). By strings first.
  if (
    before.includes('project') &&
    /\bprojects? (?:in the|ranging from|between|from)\s*(?:[$£€]|[A-Z]{1,3}\$?)?\s?$/i.test(before) &&
    !/\b(?:rates?|fees?)\b/i.test(before) &&
    span.period !== 'day' &&
    span.period !== 'hour'
  )
    return 'deal size or quota';
  // What a thing costs, its verb right before the figure, in Spanish, Portuguese, French, Italian and German: "un servidor
  // que nos cuesta como 900 dólares al mes", "o plano custa R$ 89 por mês", "kostet 49 € im Monat"; a bill the firm pays,
  // "Cut our monthly AWS bill (currently ~€110k)"; a move's package in Russian and Ukrainian, "(пакет на переезд 3 000
  // EUR)", "подъёмные: 2 000 USD". (Not "no nos cuesta nada: ofrecemos 60.000 €", "you bill us £450/day". By strings
  // first.)
  if (COST_HINTS.some((word) => lowBefore.includes(word)) && compiled(COST_RIGHT_BEFORE).test(before)) return 'price';
  // The reader's own asking pay, said back to them right before its figure: "Sua pretensão de R$ 12.000,00 está dentro", "tu
  // pretensión salarial de $2.500". (Not an offer after it, "Sua pretensão salarial é compatível: oferecemos R$ 9.000".)
  if (
    before.includes('pretens') &&
    /(?<![\p{L}])(?:sua|tua|su|tu|vossa) (?:pretens[ãa]o|pretensi[óo]n)(?: salarial)?(?: de| é| es| era)?\s*(?:R\$|[$€£]|[A-Z]{3})?\s?$/iu.test(
      before,
    )
  )
    return 'current pay';
  // What a free thing is said to be worth, right before the figure: "✅ Free warm leads (worth $3,500/mo!)". (Not a package
  // worth its sum, "a package worth £90,000", nor a tax-free salary, "Tax-free salary worth AED 25,000". By strings first.)
  // (Nor a package's total so bracketed, "Total compensation (worth $180,000 with bonus)".)
  if (
    before.includes('worth') &&
    (/(?<![-\w])free(?:\s+[a-z]+){1,3}\s*\(?\s*worth\s*(?:[$€£]|[A-Z]{1,3}\$?\s?)?$/i.test(before) ||
      (/\(\s?worth\s*(?:[$€£]|[A-Z]{1,3}\$?\s?)?$/i.test(before) && !hasPayWord(before)))
  )
    return 'price';
  // What a firm billed, right before its figure: "billed £6.2m last year across our Edinburgh office". (By strings first.)
  // (A firm's sum, of a revenue's size, with no period: not a contractor's own rate, "You'd be billed £550/day".)
  if (
    before.includes('billed') &&
    span.period === undefined &&
    figureSize(span) >= 100_000 &&
    /(?<!\b(?:be|is|are|been|being)\s)\bbilled\s*(?:over |more than |nearly |around |about )?(?:[$€£]|[A-Z]{3}\s?)?$/i.test(before)
  )
    return 'revenue';
  // A goal to reach by a year: "an ambitious strategy to reach £6m by 2028". (By strings first. Not a salary said to
  // reach it, "Base salary is expected to reach $90k by 2027".)
  if (
    before.includes('reach') &&
    !hasPayWord(before) &&
    /\b(?:to reach|reaching)\s*(?:[$€£]|[A-Z]{3}\s?)?$/i.test(before) &&
    /^[^.\n]{0,12}\bby (?:the end of )?(?:19|20)\d\d\b/.test(text.slice(end, end + 30))
  )
    return 'revenue';
  // (And a lender's own sums, "we disburse ₹200 Cr+ every month": not a salary "disbursed by the 7th".)
  if (before.includes('disburse') && /\b(?:we|they|it|has|have|had) disburse[sd]?\b[^.\n]{0,20}$/i.test(before)) return 'revenue';
  // A sum grown from one figure to another is a body's income or revenue, not a pay: "we've grown our voluntary income from
  // £2.1m to £3.2m". (Not a pay raised so: "we've increased the base from £50k to £55k".)
  if (
    before.endsWith('from ') &&
    compiled(GROWN_FROM).test(before) &&
    !/salar|\bpa(?:y|id)|\bbase|\brate|package|offer|compensation|wage|remunerat|earn|\bOTE\b/i.test(before)
  )
    return 'revenue';
  // A target to raise or sell, not to earn, right before the figure: "owns a regional target of £1.2m", "Income target is
  // around £6.5m", "Monthly target 4.5 lakh" (not "£95k OTE on sales targets", whose figure the target follows).
  if (
    text.slice(Math.max(0, start - 60), start).includes('target') &&
    compiled(
      /\b(?:regional|annual|sales|fundraising|income|revenue|team|yearly|quarterly|growth|billings?) targets?\s?(?:of|is|at|:|=)(?: (?:around|about|roughly|approximately|approx\.|circa|c\.|some|over|nearly|~))?\s*(?:[£$€₹]|[A-Z]{3})?\s?$|\b(?:monthly|weekly|daily|quarterly) (?:sales )?targets? (?:₹|Rs\.? ?)?$/i,
    ).test(text.slice(Math.max(0, start - 60), start))
  )
    return 'deal size or quota';
  let lower: string | undefined;
  for (const [why, pattern] of NOT_PAY_CONTEXT) {
    // A figure in a currency is no headcount: "Since people always ask: the range is S$9,500 – S$12,500".
    if (why === 'team or company size' && hasCurrency) continue;
    // On-target earnings hold the commission: "+ uncapped commission (OTE $95,000)" is the OTE, not a bonus.
    // And "uncapped" commission is the OTE's own, not someone else's pay; "our top performers hit OTE of $250k" is theirs.
    if (span.ote && why === 'bonus') continue;
    // (Nor a sale's word in what the OTE holds: "On-target earnings with treatment and retail commission".)
    if (span.ote && why === 'price') continue;
    // Vanuatu's vatu is no Brazilian transport voucher ("175 000 VT net par mois"), and an Afrikaans offer's "Vergoeding:"
    // is its pay, "remuneration", not a Dutch allowance ("Vergoeding: R85 000 – R95 000 per maand").
    if (why === 'stipend or allowance' && (span.currencyCode === 'VUV' || (span.currencyCode === 'ZAR' && clause.includes('Vergoeding'))))
      continue;
    // A consultant's or a locum's fee by the day or the hour is their pay: "Professional fee: KES 38,000 per day" (not a
    // fee the candidate pays, "a consultancy fee of ₹25,000 payable by the candidate", "Kindly pay a professional fee").
    if (why === 'price' && consultantsRate(clause)) continue;
    // On-target earnings are said at a quota's attainment: "OTE CZK 135,000 per month at 100% of quota".
    if (
      span.ote &&
      why === 'deal size or quota' &&
      // (Or in Spanish and Portuguese: "OTE: COP $14M mensuales al 100% de la cuota", "ao atingir 100% da meta".)
      compiled(OTE_AT_ATTAINMENT).test(clause) &&
      // (Not the quota itself: "$1.2M quota at 100% attainment".)
      !/^\s?[kKmM]?\s+quota\b/i.test(after)
    )
      continue;
    if (
      span.ote &&
      why === "hype or someone else's pay" &&
      /\b(?:uncapped|unlimited)\b/i.test(clause) &&
      !/\btop (?:performers|producers|earners|reps|agents|sellers)\b|\b(?:earned|averaged)\b/i.test(clause)
    )
      continue;
    const found = Array.isArray(pattern)
      ? pattern.some((part) => {
          lower ??= clause.toLowerCase();
          const text = lower;
          return part.hints.some((hint) => text.includes(hint)) && compiled(part.pattern).test(clause);
        })
      : compiled(pattern).test(clause);
    // (A Nordic pay said "with" its supplements, its own word between them and the figure, is the pay: "Med aften- og
    // weekendtillæg ligger den månedlige løn typisk på 33.000-36.500 kr.")
    // (A US nurse's "per diem" is work as needed, its pay the pay: "Per diem pay for L&D is $68/hr", "$41.75/hr per diem";
    // not a per diem allowance beside a stipend.)
    if (
      found &&
      why === 'stipend or allowance' &&
      (lower ??= clause.toLowerCase()).includes('per diem') &&
      compiled(AS_NEEDED_RATE).test(clause) &&
      !/stipend|allowance|reimburs|housing|lodging|meals/i.test(clause)
    )
      continue;
    // (A Turkish "budget" for the post, its pay: "pozisyon için bütçemiz aylık net 185.000 – 215.000 TL", "pozisyon için
    // aylık brüt 120.000 – 145.000 TL aralığında bir bütçemiz var", "onaylı bütçemiz aylık brüt 95-110 bin TL"; not a meal
    // or travel budget.)
    if (
      found &&
      why === 'stipend or allowance' &&
      clause.includes('bütçe') &&
      /(?:pozisyon|kadro|rol)\p{L}* için[^.\n]{0,40}bütçe|onaylı bütçe|bütçemiz var/iu.test(clause) &&
      !/(?:eğitim|yemek|ulaşım|yol|kira|konaklama|seyahat) bütçe/.test(clause)
    )
      continue;
    // (By strings: the allowance's words are in many clauses.)
    if (
      found &&
      why === 'stipend or allowance' &&
      (clause.includes('tillæg') || clause.includes('tillägg') || clause.includes('tillegg'))
    ) {
      const lead = clause.slice(0, Math.max(0, clause.length - (to - start)));
      const supplement = Math.max(lead.lastIndexOf('tillæg'), lead.lastIndexOf('tillägg'), lead.lastIndexOf('tillegg'));
      if (/^[Mm]ed /.test(lead.trimStart()) && /\b(?:løn|lønnen|lön|lönen|lønn|lønna)\b/.test(lead.slice(supplement))) continue;
    }
    // What the reader earns, said right before the figure, is their pay, whatever it is earned by: "Earn up to R40 000 p/m
    // selling solar". (Not where the deal's word comes first: "earn 10% on deals, deals over $50k".)
    if (
      found &&
      why === 'deal size or quota' &&
      Array.isArray(pattern) &&
      /\b(?:earn|make)\s+(?:up to\s+|over\s+|more than\s+|as much as\s+)?(?:[A-Z]{1,3}\$?\s?|[$€£]\s?)?$/i.test(before)
    ) {
      const lead = clause.slice(0, Math.max(0, clause.length - (to - start)));
      if (!pattern.some((part) => compiled(part.pattern).test(lead))) continue;
    }
    // A clause whose only such words describe the firm or the reader's level, not the figure: "a Series A fintech in
    // London – up to £110k", "₹18–22 lakh per annum CTC depending on your current level". (By strings first.)
    if (found && (why === 'funding' || why === 'current pay') && !Array.isArray(pattern)) {
      const rest =
        why === 'funding'
          ? withoutSeriesDescribed(clause)
          : (lower ??= clause.toLowerCase()).includes('your current') && !/\byou (?:draw|earn|make|get)\b/.test(lower)
            ? clause.replace(compiled(LEVEL_NOW), ' ')
            : clause;
      if (rest !== clause && !compiled(pattern).test(rest)) continue;
    }
    if (found) {
      // "base salary ... per week from home" style hype needs money; a stipend needs no pay word to be refused.
      return why;
    }
  }
  return undefined;
}

// A firm described by its stage, not a round raised: "a Series A fintech", "a Series B scale-up".
const SERIES_KINDS = [
  'start-up',
  'startup',
  'scale-up',
  'scaleup',
  'company',
  'business',
  'firm',
  'saas',
  'platform',
  'marketplace',
  'team',
  'lender',
  'bank',
  'insurer',
];
/** The clause without "Series A fintech" and the like, where it says one; else the clause. By characters. */
function withoutSeriesDescribed(clause: string): string {
  const lower = clause.toLowerCase();
  let rest = clause;
  for (let at = lower.indexOf('series '); at >= 0; at = lower.indexOf('series ', at + 7)) {
    const stage = lower[at + 7];
    if (stage === undefined || stage < 'a' || stage > 'f' || lower[at + 8] !== ' ') continue;
    let end = at + 9;
    while (end < lower.length && !' \t\n,.;:!?()'.includes(lower[end]!)) end++;
    const word = lower.slice(at + 9, end);
    if (word.endsWith('tech') || SERIES_KINDS.includes(word))
      rest = rest.slice(0, at) + ' '.repeat(9 + word.length) + rest.slice(at + 9 + word.length);
  }
  return rest;
}
// The reader's level said as what the offer depends on: "depending on your current level".
const LEVEL_NOW = () =>
  /\b(?:depending on|based on|according to|in line with|matched to) your current (?:level|experience|seniority|grade|band|role|title|skills?|location|designation)\b/gi;

/**
 * A year said in the words before a figure: "Sueldo anual", "Salaire annuel brut :", Swahili "Mshahara wa mwaka",
 * Vietnamese "Thu nhập năm", Turkish "yıllık", Arabic "سنوي".
 */
function yearSaidBefore(words: string): boolean {
  if (/\b(?:anual|annual|anuais|ano|año|year|yearly|per annum|a\.a\.|annuel(?:le)?s?|mwaka|yıllık)\b/i.test(words)) return true;
  const low = words.toLowerCase();
  // (And Hungarian "yearly", with or without its accent: "évi bruttó 26-32 M Ft".)
  return low.includes('năm') || low.includes('سنوي') || low.includes('السنوي') || /(?:^|[\s(:])(?:évi|evi|éves|eves)\s/.test(low);
}

// The words a sum for things is given under: "Budget de USD 1.000 anuales para cursos", "Zuschuss von 1.500 € für …".
const STIPEND_WORDS_BEFORE = [
  'budget',
  'presupuesto',
  'bolsa',
  'ayuda',
  'auxilio',
  'subsidio',
  'beca',
  'orçamento',
  'verba',
  'crédito',
  'budżet',
  'forfait',
  'enveloppe',
  'zuschuss',
  'allowance',
  'stipend',
];

/** A consultant's own fee by the day or the hour, said in a clause: "Consultancy fee: £650 per day". */
function consultantsRate(clause: string): boolean {
  const low = clause.toLowerCase();
  // (By strings first: every figure's clause is asked.)
  return (
    low.includes(' fee') &&
    /\b(?:professional|consultancy|consulting|consultant['’]s|locum) fees?\b/.test(low) &&
    /\d[^.\n]{0,12}?(?:per|a|an|\/)\s?(?:day|hour|hr|session)\b/.test(low) &&
    !/\b(?:payable|pay a|pay the|paid by (?:the )?candidate|by the candidate|registration|processing|kindly pay)\b/.test(low)
  );
}

/**
 * The ISO code for "$" in this message: another dollar only when the message names it. `phones` (a chat export's stamp
 * numbers, one a line) say where the message is set only when the text itself names no place and no US dollar, and only
 * when they all point to one country: the reader's own reply may come from elsewhere.
 */
function dollarOf(text: string, phones?: string): string {
  const named = compiled(
    /\b(CAD|AUD|NZD|SGD|HKD)\b|\b(CA?|AU?|NZ|SG?|HK|NT)\$|\b(Canadian|Australian|New Zealand|Singapore|Hong Kong)(?: dollars?|\s?\$)/,
  ).exec(text);
  // A pay in a dollar stablecoin is in US dollars wherever the team sits: "$9k–11k per month, paid monthly in USDC"
  // beside "team across Lisbon / Kyiv / Buenos Aires".
  // (By strings: every message with a "$" passes here.)
  // (Only as what the pay is paid in, "in USDC": not a product's, "we build USDC payment rails".)
  if (!named) {
    if (text.includes('in USDC') || text.includes('in USDT')) return 'USD';
    const placed = placedDollar(text);
    if (placed !== undefined || phones === undefined || compiled(US_DOLLAR_NAMED).test(text)) return placed ?? 'USD';
    const byPhone = phones.split('\n').map(placedDollar);
    return byPhone.every((code) => code !== undefined && code === byPhone[0]) ? byPhone[0]! : 'USD';
  }
  if (named[1]) return named[1];
  if (named[2]) return DOLLAR_PREFIX[named[2]] ?? 'USD';
  const word = named[3]!;
  return word === 'Canadian'
    ? 'CAD'
    : word === 'Australian'
      ? 'AUD'
      : word === 'New Zealand'
        ? 'NZD'
        : word === 'Singapore'
          ? 'SGD'
          : 'HKD';
}

// Where a message is set, for a "$" it does not name: its cities, states and the words of its pay ("+ super").
// Words and phrases, looked up in the lower-cased text: no pattern to compile on a run that has a "$".
const DOLLAR_PLACES: Array<[string, Set<string>, string[]]> = [
  [
    'AUD',
    new Set([
      'sydney',
      'melbourne',
      'melb',
      'fitzroy',
      'brisbane',
      'perth',
      'adelaide',
      'canberra',
      'hobart',
      'nsw',
      'qld',
      'queensland',
      'tasmania',
      'australia',
      'superannuation',
      'cairns',
      'townsville',
      'geelong',
      'wollongong',
      'parramatta',
      'toowoomba',
      'caboolture',
      'ballarat',
      'bendigo',
      'launceston',
      'pilbara',
      'kalgoorlie',
      'karratha',
      'rockhampton',
      'caloundra',
      'bundaberg',
      'mandurah',
      // Its disability scheme and the award its support workers are paid by.
      'ndis',
      'schads',
    ]),
    // And the words of its awards and sites: "penalty rates", a "white card", an ABN, fly-in fly-out.
    [
      'gold coast',
      // (And its slang and its suburbs: "a formworker for the Burleigh Heads job on the Goldy".)
      'the goldy',
      'burleigh heads',
      'sunshine coast',
      '+ super',
      '+super',
      'plus super',
      // (And a package said to hold it: "$145k package incl super".)
      'incl super',
      'incl. super',
      'including super',
      'inc super',
      'inc. super',
      'penalty rates',
      'white card',
      '.com.au',
      '.org.au',
      '.gov.au',
      '+61 ',
    ],
  ],
  [
    'CAD',
    new Set([
      'toronto',
      'vancouver',
      'montreal',
      'montréal',
      'calgary',
      'ottawa',
      'edmonton',
      'winnipeg',
      'ontario',
      'alberta',
      'quebec',
      'québec',
      'canada',
      'manitoba',
      'saskatchewan',
      'newfoundland',
      'nunavut',
      'yukon',
      'saskatoon',
      'halifax',
      'kelowna',
      'sudbury',
      'gatineau',
      // Cities of its own name alone, and no common surname: "a contract in Mississauga".
      'mississauga',
      'burnaby',
      'longueuil',
      'moncton',
      'fredericton',
      'lethbridge',
      'nanaimo',
      'kamloops',
      // Québec's towns of their own names: "notre nouveau centre de distribution à Lévis", "Boisbriand", "Trois-Rivières".
      'lévis',
      'boucherville',
      'boisbriand',
      'trois-rivières',
      'rimouski',
      'drummondville',
      'saint-jérôme',
      // (Not Terrebonne, Brossard, Saguenay or Blainville: surnames too, and a Louisiana parish.)
      // (Not the cities that are also first names or surnames, "Regina", "Markham", "Vaughan", "Laval", nor the towns of the
      // same name elsewhere, Scarborough, Oakville, Abbotsford and Sherbrooke; nor Brampton, which its address's ", ON"
      // already names.)
      'bramalea',
      'etobicoke',
      'chilliwack',
      'coquitlam',
      // British Columbia's nurses' union and its registered clinical social workers.
      'bcnu',
      'rcsw',
      // Its unions, pension plans and credentials: CUPE, OPSEU, LAPP, HOOPP, a CPHR, an RPN.
      'cupe',
      'opseu',
      'bcgeu',
      'aupe',
      'lapp',
      'omers',
      'hoopp',
      'cphr',
      'rpn',
    ]),
    // (And Canada's police check for work with children, a "Vulnerable Sector Check".)
    [
      'british columbia',
      'nova scotia',
      'new brunswick',
      'prince edward island',
      'thunder bay',
      'vulnerable sector check',
      // (And its schools' and trades' words: Ontario's "Long-Term Occasional" posts on "Apply to Education", French
      // Immersion; "4% vac pay", the "H2S Alive" ticket. Its provinces' area codes: CANADIAN_PHONE.)
      'french immersion',
      'long-term occasional',
      'apply to education',
      'vac pay',
      'h2s alive',
      'sask.',
      '.ca/',
      '.ca ',
      '.ca\n',
    ],
  ],
  [
    'NZD',
    new Set([
      'auckland',
      'wellington',
      'christchurch',
      'kiwisaver',
      'takapuna',
      'tauranga',
      'dunedin',
      'queenstown',
      'rotorua',
      'aotearoa',
      'porirua',
      'napier',
      'whanganui',
      'invercargill',
      'whangarei',
      'whangārei',
      'manukau',
      'waikato',
      'otago',
      'matamata',
      'morrinsville',
      'taupo',
      'timaru',
      'whakatane',
      'masterton',
      'oamaru',
      'feilding',
      'hokitika',
      'greymouth',
      'kaikoura',
      'wanaka',
      // Dairy country, and farm words of New Zealand: "our 620 cow herd at Ngatea on the Hauraki Plains".
      'hauraki',
      'ngatea',
      'taranaki',
      // Māori words of New Zealand English, and its work visa: "Kōwhai Build", "whānau", "the AEWV side".
      'kōwhai',
      'whānau',
      'kaimahi',
      'aewv',
    ]),
    [
      'new zealand',
      'kia ora',
      'north island',
      'south island',
      '.co.nz',
      '.org.nz',
      '.govt.nz',
      'lower hutt',
      'upper hutt',
      'palmerston north',
      'new plymouth',
      "hawke's bay",
      // Towns named with the Māori article: "Te Awamutu", "Te Puke".
      'te awamutu',
      'te puke',
      'te kuiti',
      'te anau',
      'te aroha',
      // Its telephone code, as a text message's sender shows it.
      '+64 ',
      // Its job board: "Thanks for applying for the 2IC job on Trade Me".
      'trade me',
    ],
  ],
  // And its towns and its pension fund, the CPF.
  [
    'SGD',
    new Set(['singapore', 'cpf', 'jurong', 'tampines', 'changi', 'bishan', 'duxton', 'raffles', 'sentosa', 'bugis']),
    ['.com.sg', '.gov.sg', '+65 ', 'ang mo kio', 'toa payoh', 'tanjong pagar', 'marina bay', 'clarke quay', 'robertson quay'],
  ],
  [
    'MXN',
    new Set([
      'méxico',
      'mexico',
      'cdmx',
      'monterrey',
      'guadalajara',
      'querétaro',
      'puebla',
      'tijuana',
      'zapopan',
      'tlaquepaque',
      'chapultepec',
      'jalisco',
      'oaxaca',
      'veracruz',
      'toluca',
      'aguascalientes',
      'hermosillo',
      'saltillo',
      'iztapalapa',
      'polanco',
      'coyoacán',
      'culiacán',
      'yucatán',
      'mazatlán',
      'morelia',
      'cuernavaca',
      'tampico',
      'reynosa',
      'mexicali',
      'naucalpan',
      'tlalnepantla',
      'ecatepec',
      'sgmm',
      'tianguis',
    ]),
    // And the words of its labour law: IMSS, Infonavit, "vales de despensa" ("prestaciones de ley" is Colombian too), and
    // its personal ID, the CURP.
    // (And the voter's card asked at an interview, "trae INE y CV".)
    // (And the State of Mexico as an address shortens it, "Cuautitlán Izcalli, Edo. Méx.")
    [
      'ciudad de méxico',
      'nuevo león',
      'estado de méxico',
      'edo. méx',
      'edo. de méx',
      'edomex',
      'vales de despensa',
      'imss',
      'infonavit',
      'curp',
      'trae ine',
      ' ine y cv',
      // (Its flag, and the whole country as a Mexican names it: "en toda la República". Not its beach resorts, Cancún or
      // Acapulco, where an incentive trip goes.)
      '🇲🇽',
      // (And the sum in words "… pesos 92/100 M.N.", the national money as a Mexican cheque or pay slip writes it.)
      '/100 m.n',
      'república mexicana',
      'quintana roo',
    ],
  ],
  // The countries whose money is the US dollar itself: Ecuador, by its cities, its social security (IESS) and its phone
  // code; El Salvador.
  // (The country, not a street named after it: "en El Salvador", ", El Salvador", not "Calle El Salvador 45".)
  ['USD', new Set(['ecuador', 'guayaquil', 'quito', 'iess']), ['+593', 'en el salvador', ', el salvador', '(el salvador)', 'san salvador']],
  // Also its labour law's "auxilio de transporte", and a phone number's country code.
  [
    'COP',
    new Set([
      'colombia',
      'bogotá',
      'bogota',
      'medellín',
      'medellin',
      'barranquilla',
      'bucaramanga',
      'cundinamarca',
      'antioquia',
      'manizales',
      'cúcuta',
      'ibagué',
      'funza',
      'soacha',
      'mosquera',
      'zipaquirá',
      'envigado',
      'itagüí',
    ]),
    // (Its labour law's "auxilio de alimentación", "prima de servicios" too; Cali and Pereira only in Spanish, "en Cali":
    // "Cali" is California's too, and Pereira a surname.)
    [
      'auxilio de transporte',
      'aux. transporte',
      'aux. de transporte',
      'recargos nocturnos',
      'auxilio de alimentación',
      'prima de servicios',
      '+57 3',
      'en cali',
      'de cali',
      'en pereira',
      'de pereira',
      'cartagena de indias',
      // (And its legal minimum wage, the "SMMLV", and the severance fund every contract pays into, "cesantías".)
      'smmlv',
      'cesantías',
      'cesantias',
      'floridablanca',
    ],
  ],
  // Not "chile" alone: in Mexico it is a pepper.
  // And Santiago's communes, and a Chilean mobile or Santiago number: "+56 9 8765 4321".
  [
    'CLP',
    new Set(['chilean', 'valparaíso', 'valparaiso', 'antofagasta', 'ñuñoa', 'vitacura', 'huechuraba', 'rancagua', 'temuco']),
    // (And its ISAPRE health plans. Not "renta líquida", net pay, which Chile says but does not alone name its money; nor
    // "Fiestas Patrias" or the "gratificación legal", which Mexico and Peru pay too.)
    // (And its public health fund, Fonasa, and words only Chileans say: "lo anoto altiro", "si le tinca", "¿cachai?".)
    [
      'santiago de chile',
      ', chile',
      // (And a firm named for the country with Chile's company forms: "Vendomática Chile SpA", "… Chile Ltda.".)
      'chile spa',
      'chile ltda',
      // (And its capital's region and towns of its valleys and its north: "Frutícola Valle Verde (Rengo, VI Región)" — not
      // "Marengo", nor a Mexican "V Región Militar".)
      'región metropolitana de santiago',
      ' rengo,',
      '(rengo,',
      'curicó',
      'chillán',
      'copiapó',
      'iquique',
      '(chile)',
      'las condes',
      'viña del mar',
      'puerto montt',
      '+56 9',
      '+56 2',
      'isapre',
      'fonasa',
      'altiro',
      'le tinca',
      'cachai',
      // (And its country said as where the work is, "100% remoto dentro de Chile", and its web domain, "quillayes.cl".)
      'dentro de chile',
      'en todo chile',
      '.cl',
    ],
  ],
  // And its health insurance, which an Argentine offer names: "obra social"; a pay's "ajuste trimestral por IPC",
  // adjusted for inflation each quarter (not Chile's "reajuste").
  // (And its towns a name is not also a person's or Spain's: Bariloche, Neuquén, Tucumán, Ushuaia; its tax ID, the CUIT.)
  [
    'ARS',
    new Set(['argentina', 'caba', 'bariloche', 'neuquén', 'tucumán', 'ushuaia', 'cuit']),
    // (And its pay "de bolsillo", in the pocket, and Buenos Aires's barrios a shop names: "el local de Palermo Soho".)
    [
      'buenos aires',
      'obra social',
      ' ajuste trimestral por ipc',
      'mar del plata',
      'de bolsillo',
      'palermo soho',
      'palermo hollywood',
      'villa crespo',
      '+54 9',
      '+54 11',
      // (And its word for work, "laburo", a school's "ciclo lectivo", and its web domain.)
      'laburo',
      'laburar',
      'laburaron',
      'ciclo lectivo',
      '.com.ar',
    ],
  ],
  // Uruguay: its country, its capital and departments a name is not also Spain's or a person's, its phone code and domain,
  // and its seaside resorts.
  [
    'UYU',
    // (Maldonado and Canelones only as places, after "en", "de" or a comma: they are surnames too, "Diego Maldonado".)
    new Set(['uruguay', 'uruguayo', 'uruguaya', 'montevideo', 'paysandú', 'paysandu', 'tacuarembó']),
    ['punta del este', ', maldonado', 'en maldonado', ', canelones', 'en canelones', '+598', '.com.uy', '.uy'],
  ],
];
// A message that also names the United States keeps "$" for the US dollar.
const US_PLACES = new Set([
  'usa',
  'texas',
  'california',
  'florida',
  'colorado',
  'seattle',
  'chicago',
  'boston',
  'denver',
  'austin',
  'atlanta',
  'dallas',
  'houston',
  'miami',
  'phoenix',
  'philadelphia',
  'nyc',
  'w2',
  '1099',
]);
const US_PHRASES = [
  'united states',
  'u.s.',
  'new york',
  'san francisco',
  'bay area',
  'silicon valley',
  'us-based',
  '401(k)',
  'new mexico',
  'new jersey',
  'new hampshire',
  'north carolina',
  'south carolina',
  'north dakota',
  'south dakota',
  'west virginia',
  'rhode island',
];
// The other states by name (not those that are also first names: Georgia, Virginia, Montana…), and a state's code after its
// town ("Melbourne, FL"): a US place.
const US_STATES = new Set(
  'alabama alaska arizona arkansas connecticut delaware hawaii idaho illinois iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota mississippi missouri nebraska ohio oklahoma oregon pennsylvania tennessee utah vermont wisconsin wyoming'.split(
    ' ',
  ),
);
// (Not a degree after a name's letters: "Lorraine Beaudette, RN, MN" holds a Master of Nursing, not Minnesota; nor a
// certificate's code, "1 año comprobable, DC-3 vigente".)
// (Not a code in a list of countries' codes: "covering 4 markets (SG, MY, ID, TH)".)
const US_STATE_CODE =
  /(?<!\b[A-Z]{2})(?<!\b(?:RN|BSN|MSN|BScN|MScN|BN|NP|LPN|APRN|FNP|DNP|CCRN|PMP|PhD|MD|MBA|CPA|BA|BSc|MSc|MA|MPH|MEd|BEd)), (?:AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|DC)\b(?!-\d)/;

/** The dollar of the one country a message is set in, by its places; the US dollar when it names none, several, or the US. */
// A province's code after a town, or a postcode: "Brampton, ON", "M5V 2T6".
const CANADIAN_ADDRESS = () => /, (?:ON|BC|AB|QC|MB|SK|NS|NB|NL|PE)\b|\b[A-Z]\d[A-Z] \d[A-Z]\d\b/;
// Places of the French-speaking world outside Canada, where "$" is another country's dollar or no dollar at all.
const FRENCH_SPEAKING_ELSEWHERE = () =>
  /\b(?:Kinshasa|Lubumbashi|RDC|RD Congo|Congo|Haïti|Haiti|Port-au-Prince|Bruxelles|Belgique|Genève|Lausanne|Suisse|Paris|France|Lyon|Marseille|Luxembourg|Beyrouth|Liban|Abidjan|Dakar|Casablanca|Tunis|Alger|Monaco)\b/;
// Words of a French message about a job's pay.
const QUEBEC_PAY_WORDS = () =>
  /\b(?:l['’]heure|par (?:heure|année|an|semaine)|bonjour|salut|nous|salaire|pour commencer|on embauche|emplois?|temps (?:plein|partiel))\b/i;
// Québec's places, which say whose dollar a bare "N $ par jour" is: "650 $ par jour … au départ de Val-d'Or".
const QUEBEC_PLACES = [
  'Québec',
  'Quebec',
  'Montréal',
  'Montreal',
  'Laval',
  'Gatineau',
  'Sherbrooke',
  'Saguenay',
  'Trois-Rivières',
  'Lévis',
  'Longueuil',
  'Terrebonne',
  'Granby',
  'Magog',
  'Drummondville',
  'Saint-Jérôme',
  'Rimouski',
  "Val-d'Or",
  'Val-d’Or',
  'Rouyn-Noranda',
  'Abitibi',
  'Côte-Nord',
  'Baie-James',
  'Sept-Îles',
  'Boisbriand',
  'Mirabel',
  'Beauce',
  ' QC',
];
const QUEBEC_DOLLAR_BY_THE_DAY = () => /\d \$ ?(?:par (?:jour|semaine)\b|\/ ?(?:jour|sem)\b)/;
/** A dollar written after a figure with a decimal comma, in French, as only Québec writes it: "30,56 $ de l'heure". */
function quebecDollars(text: string): boolean {
  return (
    text.includes(' $') &&
    // Not dollars the message calls American: "payé en dollars américains : 120 000 $ par an"; nor where it names a place
    // of the French-speaking world outside Canada, whose "$" is another dollar ("15 $ de l'heure" in Kinshasa).
    !/américain|états-unis|etats-unis/i.test(text) &&
    !compiled(FRENCH_SPEAKING_ELSEWHERE).test(text) &&
    // A decimal comma or thousands grouped by a space, then the sign: "30,56 $", "53 875 $".
    // (Or a whole figure by the hour, "22 $/h pour commencer", "32 $ de l'heure", or a range, "27 $ à 31 $".)
    // (Or by the day or the week, "650 $ par jour", where the message names a place of Québec.)
    (/\d(?:,\d{2}|[ \u00a0\u202f]\d{3}) \$|\d \$ ?(?:\/ ?h\b|de l['’]heure|l['’]heure|à \d)/.test(text) ||
      (compiled(QUEBEC_DOLLAR_BY_THE_DAY).test(text) && QUEBEC_PLACES.some((place) => text.includes(place)))) &&
    (compiled(QUEBEC_PAY_WORDS).test(text) || QUEBEC_PLACES.some((place) => text.includes(place)))
  );
}

/** Whether "US" in capitals names the country somewhere in `text`, not the pronoun: "SEND US YOUR RESUME", "WHY US?". */
function countryUS(text: string): boolean {
  for (const m of text.matchAll(/\bUS\b/g)) {
    const before = /([A-Za-z]+)[^A-Za-z\n]*$/.exec(text.slice(Math.max(0, m.index - 20), m.index))?.[1] ?? '';
    if (!US_PRONOUN_AFTER.has(before)) return true;
  }
  return false;
}
/** The words shouted in capitals before the pronoun "US". */
const US_PRONOUN_AFTER = new Set(
  'JOIN SEND CONTACT EMAIL CALL TEXT HELP LET WHY ABOUT WITH FOR TO OF FOLLOW VISIT MEET GIVE TELL WRITE MESSAGE DM PING REACH BE'.split(
    ' ',
  ),
);

/**
 * Whether lower-cased text holds a phrase that ends on a word's end: "en cali" in "trabajo en cali," but not in "de
 * calidad". (By strings: every message with a "$" and no other dollar named passes here.)
 */
// The words for "per" a period follows, which no line ends on: "pr.", "per", "pro", "par", "por", "om", "i", "a".
const PER_BEFORE_WRAP = new Set(['pr.', 'pr', 'per', 'pro', 'par', 'por', 'om', 'a', 'i', 'in', 'al', 'ao']);
// A Canadian province's area code in a phone number: "+1 (780) 555-0147", "(416) 555-0199". (Not a bare "(613)".)
const CANADIAN_AREA_CODES = [
  '780',
  '403',
  '587',
  '604',
  '778',
  '250',
  '416',
  '647',
  '437',
  '905',
  '613',
  '519',
  '514',
  '438',
  '450',
  '418',
  '204',
  '306',
  '902',
];
// (Or with dashes, as a text message writes it: "905-555-0187".)
const CANADIAN_PHONE = () =>
  new RegExp(
    `\\((?:${CANADIAN_AREA_CODES.join('|')})\\) ?\\d{3}[-. ]\\d{4}\\b|(?<![\\d-])(?:${CANADIAN_AREA_CODES.join('|')})-\\d{3}-\\d{4}\\b`,
  );
/** Whether a phone number with a Canadian area code is written. By strings first: most messages hold none. */
function canadianPhone(text: string): boolean {
  return CANADIAN_AREA_CODES.some((code) => text.includes(`(${code})`) || text.includes(`${code}-`)) && compiled(CANADIAN_PHONE).test(text);
}
// A mobile number as Australia writes it, "0408 377 615", "+61 412 345 678"; as New Zealand does, "021 448 9012",
// "+64 27 555 0182". (Only when no place names the dollar: Jakarta's and Karachi's landlines start with 021 too.)
const AUSTRALIAN_MOBILE = () => /(?<![\d+])04\d{2} ?\d{3} ?\d{3}(?!\d| \d)|\+61 ?4\d{2} ?\d{3} ?\d{3}(?!\d)/;
const NEW_ZEALAND_MOBILE = () => /(?<![\d+])02[1279] ?\d{3} ?\d{3,4}(?!\d| \d)|\+64 ?2[1279] ?\d{3} ?\d{3,4}(?!\d)/;
function australianMobile(text: string): boolean {
  return (text.includes('04') || text.includes('+61')) && compiled(AUSTRALIAN_MOBILE).test(text);
}
function newZealandMobile(text: string): boolean {
  return (text.includes('02') || text.includes('+64')) && compiled(NEW_ZEALAND_MOBILE).test(text);
}
function holdsPhrase(low: string, phrase: string): boolean {
  const letter = (c: string) => c.toLowerCase() !== c.toUpperCase();
  const letterEnd = letter(phrase.at(-1) ?? '');
  for (let at = low.indexOf(phrase); at >= 0; at = low.indexOf(phrase, at + 1)) {
    if (!letterEnd || !letter(low[at + phrase.length] ?? '')) return true;
  }
  return false;
}
// The US as where the trucks run or the work goes from another dollar's country: "cross into the US", "US lanes", "the US
// Midwest".
const US_AS_A_ROUTE = () =>
  /\b(?:into|to|cross) the US\b|\bUS[- ](?:border|lanes?|runs?|loads?|Midwest|Northeast|Southeast|Southwest|West Coast|East Coast)\b/;
// A truck's route from Canada into the US, by arrows: "longue distance Québec ➡️ Ontario ➡️ USA" (only beside a trucker's
// words: an arrow to the US is as often a move or a client, "Monterrey ➡️ USA", "Toronto ➡️ USA transfer").
const TRUCKS_TO_THE_US = () => /(?:➡️?|→|->) ?USA?\b/;
const TRUCKERS_WORDS = [
  'chauffeur',
  'camion',
  'truck',
  'driver',
  'classe 1',
  'class 1',
  'longue distance',
  'long haul',
  'long-haul',
  'per mile',
  'au mille',
];
// The US dollar named, which a chat's phone numbers do not overrule: "we pay in USD", "US$", "paid in US dollars".
const US_DOLLAR_NAMED = () => /\bUSD\b|\bUS\$|\bU\.?S\.? dollars?\b/i;
/** The dollar of the places, states, phones and pay words a message names; undefined when it names none (or two alike). */
function placedDollar(text: string): string | undefined {
  // (Two flags side by side name two languages, a bilingual job's: "🇺🇸🇲🇽", not Mexico.)
  const low = (text.includes('🇺🇸') ? text.replaceAll('🇲🇽', '') : text).toLowerCase();
  // (Letters with a macron are a word's own, as Māori names write them: "Wānaka", "Kōwhai".)
  const words = new Set(low.split(/[^a-zà-ÿā-ž\d]+/));
  // "La Florida" is a commune of Santiago de Chile (and a town or two elsewhere), never the US state.
  if (words.has('florida') && !/(?<![a-zà-ÿ])florida(?![a-zà-ÿ])/.test(low.replaceAll('la florida', ''))) words.delete('florida');
  const names = (set: Set<string>, phrases: string[]) => [...set].some((w) => words.has(w)) || phrases.some((p) => holdsPhrase(low, p));
  const hits = (set: Set<string>, phrases: string[]) =>
    [...set].filter((w) => words.has(w)).length + phrases.filter((p) => holdsPhrase(low, p)).length;
  const countries = DOLLAR_PLACES.filter(([, set, phrases]) => names(set, phrases));
  if (names(US_PLACES, US_PHRASES) || [...US_STATES].some((state) => words.has(state))) {
    // (Unless one other dollar's country is named three times as often: a Toronto firm's "plants in Ontario, Québec and
    // Ohio", a Saskatchewan job's "Cross-border (USA)" runs.)
    // (Only US states, not a US city the job may be in: "Seattle HQ" beside offices in Vancouver, Toronto and Calgary.)
    const cities = hits(US_PLACES, US_PHRASES);
    const us = [...US_STATES].filter((state) => words.has(state)).length;
    const other = countries.length === 1 ? hits(countries[0]![1], countries[0]![2]) : 0;
    // (Nor the US only as where a Canadian carrier's trucks run: "Québec ➡️ Ontario ➡️ USA".)
    if (
      countries.length === 1 &&
      countries[0]![0] === 'CAD' &&
      cities === 1 &&
      us === 0 &&
      words.has('usa') &&
      TRUCKERS_WORDS.some((word) => low.includes(word)) &&
      compiled(TRUCKS_TO_THE_US).test(text)
    )
      return 'CAD';
    return cities === 0 && other >= 3 * us ? countries[0]![0] : 'USD';
  }
  // ", WA" is Western Australia as well as Washington: in a message with Australian places, it is no US state.
  const stateCode = compiled(US_STATE_CODE).exec(text);
  if (stateCode !== null && !(stateCode[0] === ', WA' && countries.some(([code]) => code === 'AUD'))) return 'USD';
  // A Canadian address: ", ON", "N0B 1K0"; an Australian one: a state and its four-digit postcode, "Dandenong South VIC 3175".
  const address =
    countries.length > 0
      ? undefined
      : compiled(CANADIAN_ADDRESS).test(text) || canadianPhone(text)
        ? 'CAD'
        : /\b(?:VIC|NSW|QLD|TAS) \d{4}\b/.test(text) || australianMobile(text)
          ? 'AUD'
          : newZealandMobile(text) && !/Jakarta|Indonesia|Karachi|Pakistan|\bPT /.test(text)
            ? 'NZD'
            : undefined;
  // "US" in capitals names the US dollar, unless the message gives an address elsewhere: "Cross-border US lanes" out of
  // "Brampton, ON".
  // (Not the pronoun in words shouted in capitals: "WHY JOIN US?", "SEND US YOUR RESUME".)
  // (Nor the US as where the work goes from another dollar's country: "Ontario (Mississauga & Milton yards) … able to
  // cross into the US".)
  // (Nor the US dollar's own sign on another sum: "Halcyon Foods (US$400M revenue)".)
  if (
    /\bUS\b(?!\$)/.test(text) &&
    address === undefined &&
    countryUS(text) &&
    // (Or its regions a carrier's trucks run to: "running Ontario, Quebec and the US Midwest".)
    !(countries.length > 0 && compiled(US_AS_A_ROUTE).test(text))
  )
    return 'USD';
  if (address === undefined && countries.length === 0 && quebecDollars(text)) return 'CAD';
  if (address !== undefined || countries.length === 1) return address ?? countries[0]![0];
  // Places of two countries: the one the message names by three words or more where the other has one, a street
  // named after a city abroad ("60 Wellington Parade, East Melbourne VIC 3002", with "Newcastle NSW").
  if (countries.length === 2) {
    const hits = countries.map(
      ([, set, phrases]) => [...set].filter((w) => words.has(w)).length + phrases.filter((p) => holdsPhrase(low, p)).length,
    );
    if (hits[0]! >= 3 * hits[1]!) return countries[0]![0];
    if (hits[1]! >= 3 * hits[0]!) return countries[1]![0];
  }
  return undefined;
}

// A monthly salary named in one word before its figure ("Månadslön 58 000 kr", "Monatsgehalt: 5.000 €").
const MONTHLY_PAY_WORDS = new Set([
  // German adjectives before the pay's noun: "einem monatlichen Bruttoentgelt von 3.862 € bis 5.393 €".
  // Bengali's "monthly" in Latin letters, as a chat writes it: "Salary mashe 55k taka gross".
  'mashe',
  'monatlichen',
  'monatliches',
  'monatliche',
  'månadslön',
  'månadslönen',
  // Urdu's and Hindi's salary in Latin letters, a month's: "Tankhwah: Rs. 55,000 fixed".
  'tankhwah',
  'tankhwa',
  'tankha',
  // Icelandic: "Mánaðarlaun: 920.000–1.050.000 kr.".
  'mánaðarlaun',
  'mánaðarlaunin',
  'månedsløn',
  'månedslønn',
  'månedslønnen',
  'monatsgehalt',
  'bruttomonatsgehalt',
  // (And Switzerland's "monthly wage": "Monatslohn CHF 9'800 brutto, 13×"; not a 13th one, see findPayIn.)
  'monatslohn',
  'bruttomonatslohn',
  'maandsalaris',
  'maandloon',
  'brutomaandloon',
  'brutomaandsalaris',
  'kuukausipalkka',
  'kuukausipalkkaa',
  // An adjective before the figure: "une rémunération brute mensuelle entre 3 100 € et 3 500 €".
  'mensuelle',
  'mensuel',
  'mensuales',
  'mensual',
  'mensile',
  'mensal',
  'monatlich',
  'monatliches',
  'maandelijks',
  'månatlig',
  'månedlig',
  'månedlige',
  'månedsløn',
  'månedslønn',
  'månadslön',
  'miesięczne',
  'miesięcznie',
  'aylık',
  'aylik',
  // Tajik: "маоши моҳона: 4 800 сомонӣ".
  'моҳона',
  // Azerbaijani: "aylıq maaş 1500-2000 arası".
  'aylıq',
  'měsíční',
  'mesačná',
]);
// The same in Hindi, Nepali and Bengali, looked up as written (their letters are no word of holdsWordOf's): "तलब: मासिक रु.
// ७५,०००", "বেতন: মাসিক ৳৭৫,০০০".
// (And Tamil "மாத சம்பளம்", a month's salary.)
// (And Punjabi's "a month's", "a week's", "a year's" before the figure: "ਹਫ਼ਤੇ ਦੇ $2,200", "ਤਨਖਾਹ ਸਾਲ ਦੀ $92,000".)
// (And the monthly salary's word in Khmer and Lao, "ប្រាក់ខែ", "ເງິນເດືອນ", and Mongolian's "monthly", "сарын".)
const INDIC_MONTHLY = ['मासिक', 'মাসিক', 'மாத சம்பளம்', 'ਮਹੀਨੇ ਦੀ', 'ਮਹੀਨੇ ਦੇ', 'ਮਹੀਨਾਵਾਰ', 'പ്രതിമാസം', 'ប្រាក់ខែ', 'ເງິນເດືອນ', 'сарын', 'လစာ', 'တစ်လ'];
// (And Armenian's and Uzbek's "weekly" before the figure: "Վարձատրություն՝ շաբաթական 60 000 դրամից", "haftasiga".)
const INDIC_WEEKLY = ['ਹਫ਼ਤੇ ਦੇ', 'ਹਫ਼ਤੇ ਦੀ', 'ਹਫਤੇ ਦੇ', 'ਹਫਤੇ ਦੀ', 'साप्ताहिक', 'շաբաթական', 'haftasiga', 'Haftasiga', 'haftalik', 'Haftalik'];
const INDIC_YEARLY = ['ਸਾਲ ਦੀ', 'ਸਾਲ ਦੇ', 'ਸਾਲਾਨਾ', 'वार्षिक', 'വർഷം', 'വാർഷിക'];
// A day's wage in Hindi, Bengali and Tamil: "दैनिक मजदूरी", "দৈনিক মজুরি", "தினக்கூலி: ₹950".
// (And Dzongkha's "each day", "each month": "གླ་ཆ་ ཉིན་རེ་ལུ་ Nu. 2,200".)
// (And Hindi's "a day's", "रोज़ का ₹650".)
const INDIC_DAILY = ['दैनिक', 'दिहाड़ी', 'দৈনিক', 'தினக்கூலி', 'தினசரி', 'ཉིན་རེ་'];
// Words of a day that also count a day's hours ("रोज की 9 घंटे की शिफ्ट", "Dniówka 12h"): a day's pay only right before
// the figure, "रोज़ का ₹650", "தினமும் ₹1,500 வரை", "প্রতি কর্মদিবস ₹১,২০০", "Dniowka 520 zl".
// (And Bengali's and Kannada's "a day", "per day", "রেট: দিনে ₹৬,৫০০", "ದಿನಕ್ಕೆ ₹1,100 ವರೆಗೆ", in dayRate: each word also
// counts days, "26 ದಿನಕ್ಕೆ ₹20,000", "প্রথম দিনে ₹৫০০", and names an allowance's day, "দিনে ₹২০০ খাবার ভাতা".)
// (And in Latin letters: "Roz ke ₹800 se ₹1500 kamao".)
const DAILY_RIGHT_BEFORE = [
  'रोज़ का',
  'रोज का',
  'रोज़ की',
  'रोज की',
  'roz ke',
  'roz ka',
  'rozana',
  'roz ki',
  'roz',
  'தினமும்',
  'প্রতি কর্মদিবস',
  'প্রতিদিন',
  'dniówka',
  'dniowka',
];
// The same of a month, which also counts months ("6 மாதம் பயிற்சி"): "मानधन दरमहा ₹१७,०००", "ஊதியம்: மாதம் ₹35,000".
// (And Marathi's and Hindi's "month" right before it: "पगार महिना ₹२५,०००", "सैलरी महीना ₹18,000".)
// (And Kannada's and Telugu's "a month", "ತಿಂಗಳಿಗೆ ₹22,000", "నెలకు ₹1.1 లక్ష".)
// (And Tamil's spoken "month", "சம்பளம் மாசம் ₹38,000".)
const MONTHLY_RIGHT_BEFORE = ['दरमहा', 'மாதம்', 'மாசம்', 'महिना', 'महीना', 'ತಿಂಗಳಿಗೆ', 'నెలకు'];
// An hour's: Tamil "per hour", Hindi "an hour": "கட்டணம்: மணிக்கு ₹1,500", "प्रति घंटा ₹400".
// (And Sinhala's "per hour": "ගෙවීම: පැයකට රු. 2,500".)
const HOURLY_RIGHT_BEFORE = ['மணிக்கு', 'प्रति घंटा', 'प्रति घंटे', 'පැයකට'];
/** An hour's rate, not overtime's ("ओवरटाइम प्रति घंटा ₹80"), nor a clock's "at 9", "காலை 9 மணிக்கு". By strings. */
function hourRate(lead: string): boolean {
  const near = lead.slice(-40).toLowerCase();
  if (['ओवरटाइम', 'ओटी', 'ஓவர்டைம்', 'overtime', 'අතිකාල'].some((word) => near.includes(word)) || /(?<![a-z])ot(?![a-z])/.test(near))
    return false;
  const at = near.lastIndexOf('மணிக்கு');
  return at < 0 || !/\d\s?$/.test(near.slice(0, at));
}
const DAY_WORDS = ['দিনে', 'ದಿನಕ್ಕೆ'];
// An allowance's or a meal's word after the figure: Bengali's and Kannada's.
const DAY_ALLOWANCE_WORDS = ['ভাতা', 'টিফিন', 'খাবার', 'পেট্রোল', 'ಭತ್ಯೆ', 'ಊಟ', 'ಟಿಫಿನ್'];
/**
 * Bengali's and Kannada's "a day" right before a figure, as a rate: not after a count or an ordinal ("26 ದಿನಕ್ಕೆ",
 * "প্রথম দিনে"), nor before an allowance's word ("দিনে ₹২০০ খাবার ভাতা").
 */
function dayRate(lead: string, tail: string): boolean {
  if (!rightBefore(lead, DAY_WORDS) || DAY_ALLOWANCE_WORDS.some((word) => tail.slice(0, 24).includes(word))) return false;
  const near = lead.slice(-24);
  const word = DAY_WORDS.find((w) => near.includes(w))!;
  const before = near.slice(0, near.lastIndexOf(word)).trimEnd();
  return !/[\d০-৯೦-೯]$/.test(before) && !/(?:প্রথম|দ্বিতীয়|শেষ|ಮೊದಲ|ಕೊನೆಯ)$/.test(before);
}
/** Whether one of `words` ends the text before the figure, but for a sign, a colon or one short word ("रोज़ की कमाई ₹800"). */
const rightBefore = (lead: string, words: string[]) => {
  const near = lead.slice(-24).toLowerCase();
  return words.some((word) => {
    const at = near.lastIndexOf(word);
    // (A word in Latin letters as a word, not inside another: "roz ke", not "Firoz ke" or "rozgar".)
    if (
      at >= 0 &&
      word[0]! >= 'a' &&
      word[0]! <= 'z' &&
      (/\p{L}/u.test(near[at - 1] ?? ' ') || /\p{L}/u.test(near[at + word.length] ?? ' '))
    )
      return false;
    return at >= 0 && near.length - at - word.length <= 10;
  });
};
// A day rate before the figure in the other languages: "Tarif journalier : entre 950 et 1.150 €", "Tagessatz".
const DAILY_RATE_WORDS = new Set([
  // German film crews' day fee: "Tagesgage 380 €".
  'tagesgage',
  // Serbian and Bosnian "daily rate": "dnevna stopa: 200 €".
  'dnevna',
  'journalier',
  'tjm',
  'tagessatz',
  'tagessätze',
  'dagtarief',
  'dagprijs',
  'diaria',
  // (A Brazilian day's pay, "Diária: R$ 180,00", "Pago diária de R$ 220,00": its plural, "diárias", is a per diem.)
  'diária',
  'dagsats',
  'dagpris',
  'dzienna',
  'günlük',
  'gunluk',
  'tageslohn',
  // Finnish "day price", a freelancer's day rate: "Päivähinta olisi 650–750 € + alv"; Greek "day wage", "Ημερομίσθιο 75–90€".
  'päivähinta',
  'ημερομίσθιο',
  // Estonian "day fee", "day rate": "Päevatasu 280 €".
  'päevatasu',
  'päevamäär',
]);
// A day rate named in two words, in Latvian and Lithuanian: "Dienas likme 350 EUR", "Dienos įkainis – 300 €".
// (And Urdu and Hindi in Latin letters, "a day's": "Roz ka Rs.3000-5000 kamayen".)
// (And a day's salary or wage, as a pitch for daily work says it: "Daily salary €50-€300, paid same day".)
// A year's word after a rand figure (South Africa's public service pays its lower levels by the year).
const RAND_YEAR_AFTER = () =>
  /^[^\n.;]{0,60}?(?:\bp\.?\/?a\.?(?![\p{L}])|\(pa\)|\bper annum\b|\bannually\b|\ba year\b|\bper year\b|\bjaarliks\b|\bper jaar\b)/iu;
// Spain, by its name or its largest cities (not Valencia nor Barcelona alone, which Venezuela has too).
const SPAIN_NAMED = () => /\b(?:España|Spain|Madrid|Sevilla|Bilbao|Málaga|Zaragoza|Catalunya|Cataluña|Galicia|Andalucía)\b/;
const DAILY_RATE_PHRASES = [
  'daily fee',
  'daily salary',
  'daily wage',
  'daily earnings',
  'daily income',
  'dienas likme',
  'dienas likmi',
  'dienos įkainis',
  'dienos įkainį',
  'roz ka ',
  'roz ki ',
];
// An hourly wage's own word, which may follow its figure too ("15,20 € Stundenlohn"); not Italian "orario", which
// after a figure is the hours worked ("1.400 € netti orario full-time").
const HOURLY_WAGE_WORDS = new Set([
  'stundenlohn',
  'bruttostundenlohn',
  'timlön',
  'timelønn',
  'timeløn',
  'tuntipalkka',
  'uurloon',
  'brutouurloon',
  'tímakaup',
]);
// An hourly wage named before the figure in the other languages: "Timlön 178–192 kr", "Stundenlohn: 18,50 €".
const HOURLY_PAY_WORDS = new Set([
  // Norwegian and Danish "hourly price", a contractor's rate: "Timepris: 1 150–1 300 kr eks. mva.".
  'timepris',
  // German "hourly rate", a freelancer's or a temp's: "Stundensatz: bis zu 92 € all-in".
  'stundensatz',
  // Italian "retribuzione oraria lorda di 9,80 €".
  'oraria',
  'orario',
  'timlön',
  'timlönen',
  'timelønn',
  'timelønnen',
  'timeløn',
  'tuntipalkka',
  'stundenlohn',
  'uurloon',
  'tímakaup',
  'brutouurloon',
  'bruto-uurloon',
  'uurtarief',
  'godzinowa',
  'godzinowe',
  'hodinová',
  'hodinovou',
  'saatlik',
  'saatlık',
  // Estonian "hourly fee", Finnish "hourly price", Lithuanian "hourly": "Tunnitasu 14 € bruto", "valandinis įkainis 25 €".
  'tunnitasu',
  'tuntihinta',
  'valandinis',
  'valandinį',
]);
// (And Portuguese and Spanish "Valor hora:", a contractor's rate by the hour: "Valor hora: R$ 95,00 a R$ 125,00".)
const HOURLY_PAY_PHRASES = [
  'salaire horaire',
  'taux horaire',
  'rémunération horaire',
  'remuneration horaire',
  'valor hora',
  'valor/hora',
  'valor por hora',
  'valor da hora',
  'tarifa por hora',
  'tarifa horaria',
  // Latvian "hourly rate": "Stundas likme: 12 EUR bruto".
  'stundas likme',
  'stundas likmi',
];
// A weekly wage named before the figure: "Haftalık 9.500 TL - 13.000 TL kazanç", "Wochenlohn 780 €".
const WEEKLY_PAY_WORDS = new Set([
  // German film crews' weekly fee: "Wochengage 1.950 € brutto".
  'wochengage',
  'haftalık',
  'haftalik',
  'wochenlohn',
  'wöchentlich',
  'hebdomadaire',
  'semanal',
  'settimanale',
  'wekelijks',
  'weekloon',
  'veckolön',
  'ukeslønn',
  'ugeløn',
  'tygodniowo',
  'tygodniowe',
  'týdenní',
  'viikkopalkka',
]);
/** Whether `text` holds one of `words` (lower case) as a whole word. */
/** The money a message counts in lakhs: India's, unless it names only another country's that counts so. By strings. */
function lakhCurrency(text: string): string {
  if (text.includes('INR') || text.includes('₹')) return 'INR';
  // (Myanmar counts its kyat in lakhs too, "သိန်း", and in English: "8 lakhs ~ 12 lakhs Kyats".)
  if (text.includes('သိန်း') || text.includes('ကျပ်') || /\blakhs? Kyats?\b/.test(text)) return 'MMK';
  // (A code written before a figure, "PKR 2.2 Lac": not a code's letters elsewhere, "Job Code: BDT-0412", "bill in NPR".)
  for (const code of ['PKR', 'BDT', 'NPR', 'LKR']) {
    for (let at = text.indexOf(code); at >= 0; at = text.indexOf(code, at + 3)) {
      const next = text.slice(at + 3, at + 6).trimStart();
      if (next[0] !== undefined && next[0] >= '0' && next[0] <= '9') return code;
    }
  }
  // (Bengali's "টাকা" is West Bengal's word for the rupee too: Bangladesh's only where the message is set there.)
  return text.includes('৳') || (text.includes('টাকা') && BANGLADESH_NAMED.some((place) => text.includes(place))) ? 'BDT' : 'INR';
}
// The names that set a message in Bangladesh, whose "টাকা" is the taka.
const BANGLADESH_NAMED = ['Bangladesh', 'বাংলাদেশ', 'Dhaka', 'ঢাকা', 'Chattogram', 'Chittagong', 'চট্টগ্রাম', 'Gulshan', 'গুলশান', '+880'];

// The places and phone codes that set a message in a country that counts in rupees other than India's.
const RUPEE_COUNTRIES: Array<[string, string[]]> = [
  // (And Urdu's words for a salary and for monthly, "تنخواہ", "ماہانہ": the rupee of a message in Urdu is Pakistan's.)
  [
    'PKR',
    [
      'Pakistan',
      // (Its old-age benefits' institution: "Tax aur EOBI kat ke in-hand". Sindh itself is looked for as a word in
      // rupeeOfCountry: "Sindhu", "Sindhudurg" are India's.)
      'EOBI',
      'Karachi',
      'Lahore',
      'Islamabad',
      'Rawalpindi',
      'Faisalabad',
      'Multan',
      'Peshawar',
      'Sialkot',
      'Korangi',
      '+92 ',
      'تنخواہ',
      'ماہانہ',
    ],
  ],
  ['NPR', ['Nepal', 'Kathmandu', 'Pokhara', 'Lalitpur', 'नेपाल', 'काठमाडौं', 'ठमेल', 'पोखरा', 'ललितपुर', '+977']],
  // Mauritius and the Seychelles, in English, French and their Kreols ("Maurice" only as the island, not a first name).
  [
    'MUR',
    [
      'Mauritius',
      'île Maurice',
      'Ile Maurice',
      'à Maurice',
      'mauricien',
      'Port-Louis',
      'Port Louis',
      'Ebène',
      'Ebene',
      'Curepipe',
      'Quatre Bornes',
      'Rose-Hill',
      'Rose Hill',
      'Vacoas',
      '+230 ',
    ],
  ],
  ['SCR', ['Seychelles', 'Praslin', 'La Digue', '+248 ', 'Sesel']],
  // (A town as a town, not a surname: "in Colombo", "Colombo 03"; not "Giulia Colombo".)
  // (And its provident funds together, "EPF/ETF", "EPF 12% / ETF 3%", as only Sri Lanka has them; a mail at a ".lk" address.)
  [
    'LKR',
    [
      'Sri Lanka',
      'in Colombo',
      'Colombo 0',
      'Kandy',
      'Galle',
      'Jaffna',
      'Nuwara Eliya',
      'Badulla',
      'Kurunegala',
      'Negombo',
      'Bandarawela',
      'Haputale',
      '+94 ',
      'EPF/ETF',
      'EPF and ETF',
      '/ ETF ',
      '.lk>',
    ],
  ],
];
const INDIA_PLACES = [
  'India',
  'Noida',
  'Delhi',
  'Mumbai',
  'Bengaluru',
  'Bangalore',
  'Pune',
  'Hyderabad',
  'Chennai',
  'Kolkata',
  'Gurgaon',
  'Gurugram',
  'Ahmedabad',
  'Lucknow',
  'भारत',
];
/** Whether `word` stands in `text` as a whole word: "India", not "Indianapolis". */
function wordIn(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const next = text[at + word.length] ?? ' ';
    if (next.toLowerCase() === next.toUpperCase()) return true;
  }
  return false;
}
/** The rupee of the one country other than India that the message names, or null. By strings. */
function rupeeOfCountry(text: string): string | null {
  // (Not where the message is set in India and only speaks of another country: "… our Nepal accounts … in Noida".)
  // (Hyderabad only where Sindh's is not meant: "Hyderabad wale cold-storage", beside "Sindh" or Pakistan's EOBI.)
  const sindh = wordIn(text, 'Sindh') || wordIn(text, 'EOBI');
  if (INDIA_PLACES.some((place) => wordIn(text, place) && !(sindh && place === 'Hyderabad'))) return null;
  const named = RUPEE_COUNTRIES.filter(
    ([code, places]) => places.some((place) => text.includes(place)) || (code === 'PKR' && wordIn(text, 'Sindh')),
  );
  // (The islands only where no other rupee's country is named: a Colombo job that mentions a Mauritius office is Sri
  // Lanka's.)
  const mainland = named.filter(([code]) => code !== 'MUR' && code !== 'SCR');
  return mainland.length === 1 ? mainland[0]![0] : named.length === 1 ? named[0]![0] : null;
}

function holdsWordOf(text: string, words: Set<string>): boolean {
  // (Greek and Cyrillic letters make words too: "Ημερομίσθιο".)
  return text
    .toLowerCase()
    .split(/[^a-zA-Z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF]+/)
    .some((w) => words.has(w));
}

// Words and places that tell which "kr" a message means: Swedish kronor, Norwegian or Danish kroner.
const KRONA_SIGNS: Array<[string, Set<string>]> = [
  [
    'SEK',
    new Set([
      // (And a text's Swedish words only, "260 kr/tim", "Har ett uppdrag som undersköterska … Passar det? Svara här".)
      'tim',
      'här',
      'uppdrag',
      'boende',
      'timlön',
      'timlönen',
      'och',
      'jag',
      'söker',
      'ansök',
      'västerås',
      'örebro',
      'helsingborg',
      'jönköping',
      'norrköping',
      'lön',
      'månadslön',
      'månad',
      'hälsningar',
      'erfarenhet',
      'tjänst',
      'är',
      'för',
      'inte',
      'också',
      'stockholm',
      'göteborg',
      'malmö',
      'uppsala',
      'umeå',
      'linköping',
      'sverige',
      'ab',
    ]),
  ],
  [
    'NOK',
    new Set([
      'timelønn',
      'lønn',
      'lønnet',
      'lønnsspenn',
      'dere',
      'uten',
      'veldig',
      'gjerne',
      'ansette',
      'hjemmekontor',
      'uka',
      'søknadsfristen',
      'takk',
      'månedslønn',
      'årslønn',
      'søker',
      'noen',
      'kanskje',
      'hilsen',
      'oslo',
      'bergen',
      'trondheim',
      'stavanger',
      'drammen',
      'kristiansand',
      'tromsø',
      'fredrikstad',
      'våre',
      'norge',
      'erfaring',
      'stilling',
      'hva',
      'hvis',
      'ikke',
      'jeg',
      'og',
    ]),
  ],
  [
    'DKK',
    new Set([
      'timeløn',
      'løn',
      'jer',
      'meget',
      'gerne',
      'ansætte',
      'hjemmearbejde',
      'ugen',
      'ansøgningsfristen',
      'månedsløn',
      'årsløn',
      'søger',
      'nogen',
      'måske',
      'hilsen',
      'københavn',
      'copenhagen',
      'aarhus',
      'odense',
      'aalborg',
      'kolding',
      'esbjerg',
      'vejle',
      'horsens',
      'randers',
      'herning',
      'roskilde',
      'vores',
      'afmeld',
      'ansøg',
      'danmark',
      'erfaring',
      'stilling',
      'hvad',
      'hvis',
      'ikke',
      'jeg',
      'og',
      'aps',
    ]),
  ],
  // Iceland's króna: its words, its towns, its kennitala.
  [
    'ISK',
    new Set([
      'tímakaup',
      'laun',
      'launin',
      'mánaðarlaun',
      'við',
      'eftir',
      'reynslu',
      'reykjavík',
      'akureyri',
      'hafnarfjörður',
      'kópavogur',
      'starfið',
      'umsókn',
      'ehf',
      'hf',
    ]),
  ],
];
const ICELAND_PLACES = new Set([
  'ísland',
  'íslandi',
  'iceland',
  'reykjavík',
  'reykjavik',
  'akureyri',
  'hafnarfjörður',
  'kópavogur',
  'keflavík',
  'selfoss',
]);
const FAROE_WORDS = new Set([
  'føroyar',
  'føroya',
  'føroyum',
  'føroyskt',
  'faroe',
  'faroes',
  'faroese',
  'færøerne',
  'færøsk',
  'tórshavn',
  'torshavn',
  'klaksvík',
  'klaksvik',
  'runavík',
  'tvøroyri',
  'fuglafjørður',
]);
/** Which "kr" the message means, by its language and places; null when nothing tells. */
function kronaOf(text: string): string | null {
  const words = text.toLowerCase().split(/[^a-zA-Z\u00C0-\u024F]+/);
  let best: string | null = null;
  let bestScore = 0;
  let tie = false;
  for (const [code, signs] of KRONA_SIGNS) {
    let score = 0;
    for (const w of words) if (signs.has(w)) score++;
    if (score > bestScore) {
      best = code;
      bestScore = score;
      tie = false;
    } else if (score === bestScore && score > 0) tie = true;
  }
  // The Faroes pay in Danish kroner, in Faroese words an Icelandic reader would also know ("við", "eftir"): where their
  // names are, a "kr" read as Iceland's, or as nobody's, is Denmark's.
  // (Not where Iceland is named as the job's place: "í Reykjavík … verkefni í Færeyjum".)
  if (
    (tie || best === null || best === 'ISK') &&
    words.some((word) => FAROE_WORDS.has(word)) &&
    !words.some((word) => ICELAND_PLACES.has(word))
  )
    return 'DKK';
  return tie ? null : best;
}

/** A range's "to" spelled in a word the patterns do not hold, and the figure after it: " hingga 5.500", " i 58.000". */
function spelledRangeAfter(after: string): [string] | null {
  const word = [...SPELLED_TO, ' i '].find((words) => after.startsWith(words));
  if (word === undefined) return null;
  let i = word.length;
  while (i < after.length && '0123456789.,\u00a0 '.includes(after[i]!) && !(after[i] === ' ' && !/\d/.test(after[i + 1] ?? ''))) i++;
  return i > word.length ? [after.slice(0, i)] : null;
}
const RANGE_AFTER = new RegExp(`^\\s?[kK]?\\s*(?:${RANGE_WORDS})\\s*\\d[\\d.,' \\u00a0\\u202f]{0,14}`, 'i');

// The currencies of the countries that group thousands with dots or spaces, as written beside a figure (Serbia's
// dinar as "din" and "dinara" too).
const EUROPEAN_CURRENCY =
  /€|₺|₫|VNĐ|\b(?:EUR|CHF|SEK|NOK|DKK|PLN|CZK|HUF|RON|BGN|ISK|TRY|BRL|ARS|COP|CLP|IDR|VND|RSD|DT|DA|Rp|[Ee]ur(?:o[sat]?)?|dirhams|din(?:ara)?|Kč|Kc|zl|lei|TL|Ft)\b|kr|zł|Fr\.|R\$/;
// The moneys written in words or letters the pattern above does not hold, which group thousands with dots too: the
// Cyrillic ones, "135.000 динара"; the Balkans' others and the ariary, "32.000 денари", "75.000 lekë", "1.800 KM".
const MONEY_GROUPED_BY_DOTS = [
  'лв',
  'грн',
  'руб',
  'динар',
  'дин.',
  'ден.',
  'евра',
  'евро',
  '₽',
  '₴',
  'денар',
  ' lekë',
  ' leke',
  ' KM ',
  ' Ariary',
  // (And by strings, the Balkans' and the Congo's codes and words, and the euro's "e" a text message there writes: "120.000
  // – 165.000 MKD", "2.800 eura", "1.900-2.300e mesecno", "850.000 FC/mois".)
  ' MKD',
  ' BAM',
  ' CDF',
  ' FC',
  // (And Burundi's franc, "Fbu 850.000 ku kwezi", "15.000 FBu"; the Antillean and Caribbean guilders, Aruba's florin and
  // Suriname's dollar, "NAf. 8.900", "Cg 2.400", "Afl. 7.800", "SRD 9.500".)
  'NAf',
  'Cg ',
  'Afl',
  'SRD ',
  // (And Cape Verde's escudo and São Tomé's dobra: "95.000$00", "7.500 Db".)
  '$00',
  ' Db',
  'Fbu ',
  'FBu ',
  ' Fbu',
  ' FBu',
  ' eura',
  ' evra',
  ' evrov',
  'e mes',
  'e mje',
  'e net',
  'e bru',
  'e +',
  'ກີບ',
  'ຕໍ່',
  '000đ',
];
/** Is the message European in how it writes figures ("€60.000", "60.000 EUR", "CHF 120'000")? (As are Indonesia's and Vietnam's: "Rp 250.000".) */
function europeanFigure(text: string, token: RegExpExecArray, dollar: string): boolean {
  // Thousands grouped by dots and cents after a comma are European wherever they stand: "Kz 1.250.000,00 mensais".
  // (By characters, as every figure passes here: a figure the pattern of figures read with both a dot and a comma is
  // grouped by the one and has its decimals after the other.)
  const written = token[0];
  if (written[written.length - 3] === ',' && written.includes('.')) return true;
  // The currency may stand after the whole range: "95.000–115.000 €", "58 000 - 64 000 DKK".
  const end = token.index + token[0].length;
  const range = compiled(RANGE_AFTER).exec(text.slice(end, end + 30)) ?? spelledRangeAfter(text.slice(end, end + 30));
  const around = text.slice(Math.max(0, token.index - 6), end + (range?.[0].length ?? 0) + 8);
  // (Uruguay's peso by strings, not in the pattern every message runs: "$U 85.000", "85.000 UYU".)
  if (compiled(EUROPEAN_CURRENCY).test(around) || uruguayanPeso(around)) return true;
  // (Paraguay's guaraní too, by strings: "Gs. 14.000.000", "₲ 7.500.000".)
  if (around.includes('Gs.') || around.includes('₲') || around.includes('PYG')) return true;
  // (The moneys in words group with dots too, "135.000 динара": by strings, as every figure passes here.)
  if (MONEY_GROUPED_BY_DOTS.some((word) => around.includes(word))) return true;
  // The euro's code right against the figure, as a text message writes it: "Vencimento base 1.150EUR".
  if (text.startsWith('EUR', end)) return true;
  // The CFA franc, written the French way: "19,8 millions FCFA", "450 000 F CFA".
  const following = text.slice(end, end + 16);
  // (Or its bare "F" in a text message: "120.000F/mois".)
  if (following.includes('FCFA') || following.includes('F CFA') || bareFrancAt(following) > 0) return true;
  // A dollar sign after the figure, as Québec writes it: "entre 30,56 $ et 54,12 $ de l'heure".
  if (text[end] === ' ' && text[end + 1] === '$') return true;
  // A pound sign after thousands grouped by dots, as a continental writer puts it: "între 39.500 £ și 43.000 £ pe an".
  // (Or after the range it opens: "între 85.000 și 95.000 £ brut pe an".)
  const rangeEnd = end + (range?.[0].length ?? 0);
  if (
    (text[end] === '£' ||
      (text[end] === ' ' && text[end + 1] === '£') ||
      text[rangeEnd] === '£' ||
      (text[rangeEnd] === ' ' && text[rangeEnd + 1] === '£')) &&
    /^\d{1,3}(?:\.\d{3})+$/.test(written)
  )
    return true;
  // A decimal comma before a thousand's "k", as Dutch and German chats write a sum: "4,5k-5,5k bruto pm". (By
  // characters: every figure passes here.)
  if (token[0].length === 3 && token[0][1] === ',' && (text[end] === 'k' || text[end] === 'K') && !/[a-z]/i.test(text[end + 1] ?? ''))
    return true;
  // A Spanish million, its decimals after a comma, as a salary: "Renta: entre 3 y 3,4 millones de pesos".
  const afterRange = text.slice(end + (range?.[0].length ?? 0), end + (range?.[0].length ?? 0) + 12);
  if (
    afterRange.includes('mil') &&
    /^\s?(?:millones|millón|millon)(?![a-zA-Z\u00C0-\u024F])/.test(afterRange) &&
    romancePayBefore(text, token.index)
  )
    return true;
  // (And a Hungarian or a Turkish million, its decimals after a comma: "bruttó 1,8–2,2 millió Ft/hó", "2,4 milyon TL".)
  if (
    (afterRange.includes('millió') || afterRange.includes('milyon')) &&
    /^\d{1,3},\d{1,2}$/.test(token[0]) &&
    /^\s?(?:millió|milyon)(?![\p{L}])/u.test(afterRange)
  )
    return true;
  // A dotted figure before the name of a money whose country groups with dots: "130.000 guaraníes por día", "15.800
  // bolivianos", "1.380 yên/giờ", "៨០.០០០ រៀល".
  if (/\.\d{3}(?!\d)/.test(token[0]) && compiled(DOTTED_MONEY_NAME_AFTER).test(text.slice(end, end + 14))) return true;
  // A dotted figure before a period in a language that groups with dots: "USD 6.000 a 7.500 mensuales".
  if (/\.\d{3}(?!\d)/.test(token[0]) && compiled(PERIOD_IN_DOTTED_LANGUAGE).test(text.slice(end, end + (range?.[0].length ?? 0) + 40)))
    return true;
  // The sol's sign before thousands grouped by dots, as many Peruvian offers write it: "Sueldo S/ 1.300 + beneficios"
  // (a sol and three tenths is no pay; "S/ 1,300" stays read with its comma).
  // (By strings first: every figure passes here.)
  if (
    text.slice(Math.max(0, token.index - 4), token.index).includes('S/') &&
    /^\d{1,3}(?:\.\d{3})+$/.test(written) &&
    /S\/\.?\s?$/.test(text.slice(Math.max(0, token.index - 4), token.index))
  )
    return true;
  // The peso of Colombia, Chile and Argentina is written with "$" and grouped with dots: "$1.800.000".
  if (DOTTED_DOLLARS.has(dollar) && /\$\s?$/.test(text.slice(Math.max(0, token.index - 2), token.index))) return true;
  // A dotted figure in a message that groups thousands with dots elsewhere, beside a money of the countries that do:
  // "Monthly salary 1.200 USD NET" above "housing support 5.000 TL/month".
  return written.includes('.') && /^\d{1,3}(?:\.\d{3})+$/.test(written) && groupsWithDots(text);
}
let dotsOf: { text: string; dots: boolean } | undefined;
/** Whether the message writes some figure with thousands grouped by dots against a money of the countries that do. */
function groupsWithDots(text: string): boolean {
  if (dotsOf?.text !== text) {
    let dots = false;
    for (const m of text.matchAll(/\d{1,3}(?:\.\d{3})+(?![\d.,])/g)) {
      const around = text.slice(Math.max(0, m.index - 6), m.index + m[0].length + 8);
      if (compiled(EUROPEAN_CURRENCY).test(around) || MONEY_GROUPED_BY_DOTS.some((word) => around.includes(word))) {
        dots = true;
        break;
      }
    }
    dotsOf = { text, dots };
  }
  return dotsOf.dots;
}
/** "$U" (not the "$US" or "$USD" of a US dollar) or "UYU" in the words around a figure. */
function uruguayanPeso(around: string): boolean {
  const at = around.indexOf('$U');
  return around.includes('UYU') || (at >= 0 && !/[A-Za-z]/.test(around[at + 2] ?? ''));
}
const DOTTED_DOLLARS = new Set(['COP', 'CLP', 'ARS']);
// Pesos said with their period right after them, gross or net: "70 mil pesos netos al mes", "6,5 M de pesos brutos por mes".
const PESOS_BY_THE_PERIOD = () =>
  /^ (?:de )?pesos (?:(?:netos|brutos|líquidos|liquidos|mexicanos|colombianos) )?(?:al mes|mensuales|por mes|a la semana|semanales|por semana|quincenales|a la quincena|al año|anuales|por hora|la hora|diarios|al día|por día)(?![\p{L}])/u;
const DOTTED_MONEY_NAME_AFTER = () =>
  /^\s?(?:guaran[ií]es|bolivianos|reais|colones|lempiras|quetzales|c[óo]rdobas|yên|រៀល)(?![a-zA-Z\u00C0-\u024F])/;
// A period said in Spanish, Portuguese, Italian, German or Greek, after a figure and its currency ("a 7.500 mensuales",
// "5.400 USD μηνιαίως").
const PERIOD_IN_DOTTED_LANGUAGE = () =>
  /^[^\n]{0,25}?(?:\/\s?(?:tháng|bulan|mês|mes|mese|año|ano)(?![\p{L}])|(?<![\p{L}])(?:mensuales|mensual|al mes|por mes|anuales|al año|por año|mensais|por mês|ao mês|anuais|por ano|mensili|al mese|annui|all['’]anno|pe an|pe lună|pe luna|brut pe an|pro Monat|im Monat|monatlich|pro Jahr|im Jahr|jährlich|per bulan|per tahun|μηνιαίως|μηνιαία|τον μήνα|ετησίως|το χρόνο|brutos|brutas|ilíquidos|líquidos|brutto|netto|zzgl))(?![\p{L}])/iu;

function key(p: Omit<MessagePay, 'text'>): string {
  return `${p.min}|${p.max}|${p.period}|${p.currency}|${p.ote}|${p.openTop}`;
}

const TAX_AFTER = [
  ' + GST',
  ' +GST',
  ' plus GST',
  ' ex GST',
  ' excl. GST',
  ' + HST',
  ' + VAT',
  ' +VAT',
  ' plus VAT',
  ' ex VAT',
  ' excl. VAT',
  ' + BTW',
  ' excl. btw',
  ' + IVA',
  ' + TVA',
];
/**
 * Finds the offered pay (and the OTE beside it) in the message. `place` is more of the message that says only where
 * it is set, for a "$" the text does not name: the phone numbers of a chat export's stamps, which the text no longer
 * holds.
 */
export function findPay(text: string, place?: string): PayFindings {
  const found = findPayAsWritten(text, place);
  // Pay said in words, as a voicemail's transcript writes it, when no figure is pay: "sixty-two dollars an hour".
  // (Or a rate said aloud with no money's word, "thirty-one an hour".)
  if (found.pay === null && found.ote === null && [...SPELLED_MONEY, ' an hour', ' per hour'].some((word) => text.includes(word))) {
    const spelled = spelledPay(text);
    if (spelled) return { ...found, pay: spelled };
  }
  return found;
}

function findPayAsWritten(text: string, place?: string): PayFindings {
  // Devanagari and Bengali digits ("৳৭৫,০০০") are read as the ASCII ones, one character for one, and the quotes are
  // taken from the message as written at the same places.
  // (And thousands of euros as French and German write them, "68 à 78 KEUR", "65 TEUR": as "K€", two spaces after, so
  // that every character stays where it was; "55–70 T€" as "55–70 K€".)
  const indic = withAsciiIndicDigits(text);
  // (And millions of kronor as the Nordic countries write them, "2,2–2,6 MNOK": as "m NOK", the same length.)
  // (Only on a line that says it is pay: not a revenue's "Umsatz 2023: 850 TEUR", nor a round's "lever 800 KEUR".)
  const units =
    indic.includes('EUR') || indic.includes('T€') || indic.includes(' MNOK') || indic.includes(' MSEK') || indic.includes(' MDKK')
      ? indic.replace(/(?<=\d\s?)[KkT]EUR\b|(?<=\d\s?)T€|(?<=\d) M(?:NOK|SEK|DKK)\b/g, (unit, at: number) =>
          !hasPayWord(indic.slice(indic.lastIndexOf('\n', at) + 1, at))
            ? unit
            : unit === 'T€'
              ? 'K€'
              : unit.startsWith(' M')
                ? `m ${unit.slice(2)}`
                : 'K€  ',
        )
      : indic;
  // (And a slash between two Swiss sums, each closed by its ".–", "CHF 78'000.– / 86'000.–": a range, its slash read as
  // a dash. Not a sum over a period, "6'500.– / Monat", nor a base over its OTE, "$80k / $160k".)
  // (And the franc in lower case before a Swiss sum, as Ticino and Romandy write it, "fr. 5'200.– lordi al mese": read as
  // "Fr.". Not a Nordic "from", "Lön fr. 32 000 kr/mån", nor a web address's end, "acme.fr. 45 000 €".)
  // (Not a base over its OTE, "CHF 90'000.– / 130'000.– (Fixum / OTE)", nor a month over its year, "6'500.– / 84'500.–":
  // a range's top within half again its bottom.)
  const swiss = units.includes('fr. ') ? units.replace(/(?<![\p{L}.])fr\.(?= \d[\d'’]*(?:'|\.[–-]))/gu, 'Fr.') : units;
  const ascii = withoutStepBrackets(
    swiss.includes('.– /') || swiss.includes('.- /')
      ? swiss.replace(
          /(?<=(\d[\d'’]*)\.[–-] )\/(?= (?:CHF |Fr\. )?(\d[\d'’]*)\.[–-])(?![^\n]{0,40}\b(?:OTE|Fixum|Bonus|variabel|variable)\b)/g,
          (slash, low: string, high: string) => (Number(high.replace(/['’]/g, '')) <= 1.5 * Number(low.replace(/['’]/g, '')) ? '–' : slash),
        )
      : swiss,
  );
  if (ascii === text) return findPayIn(text, place);
  const found = findPayIn(ascii, place);
  const asWritten = (quote: string) => {
    const at = ascii.indexOf(quote);
    if (at >= 0) return text.slice(at, at + quote.length);
    // (A quote whose spaces were made one: looked for in the message as written, its "K€" as the "KEUR" it was, its
    // blanks as the steps in brackets they were.)
    const loose = new RegExp(
      quote
        .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
        .replace(/\s+/g, `(?:\\s|${STEP_BRACKET})+`)
        .replaceAll('K€', '(?:K€|T€|[KkT]EUR)')
        .replace(/m\\s\+(NOK|SEK|DKK)/g, '(?:m\\s+|\\sM)$1'),
    ).exec(text);
    return loose === null ? quote : loose[0];
  };
  const requote = (pay: MessagePay | null) => (pay === null ? null : { ...pay, text: asWritten(pay.text) });
  return {
    pay: requote(found.pay),
    ote: requote(found.ote),
    refused: found.refused.map((r) => ({ ...r, text: asWritten(r.text) })),
  };
}

// The money a sum said in words is counted in, with the period after it: "sixty-two dollars an hour", "forty pounds
// a day", "seventy-five thousand euros a year".
const SPELLED_MONEY = [' dollars ', ' pounds ', ' euros ', ' rand ', ' bucks '];
const NUMBER_WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
// (A number in words: "sixty-two", "a hundred and twenty", "seventy-five thousand".)
const NUMBER_IN_WORDS =
  '(?:(?:an? )?(?:(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|and)[ -]){1,8})';
// (Or a range: "a hundred sixty-five to a hundred ninety thousand dollars a year", the top's thousands the bottom's too.)
// (The money's word may go unsaid before an hour, as people say a rate aloud: "we're paying thirty-one an hour".)
const SPELLED_PAY = () =>
  new RegExp(
    `\\b(${NUMBER_IN_WORDS})(?:to (${NUMBER_IN_WORDS}))?(?:(dollars|pounds|euros|rand|bucks) )?(?:an? |per )(hour|day|week|month|year)\\b`,
    'gi',
  );
// Words that say a rate said aloud with no money's word is the job's pay: "we're paying, uh, thirty-one an hour".
// (Not "starts at" or "it's", which a clock's time and a fare follow too: "orientation starts at eleven thirty an hour
// before"; nor what a client pays the agency, "the client pays us ninety an hour".)
const SAID_PAY_LEAD = () => /\b(?:pay is|pay's|paying|we pay|rate is|wage is|we start you at)\b[^.?!\d]{0,12}$/i;

/**
 * A number said in the words above, or 0; with `cents` a rate said as dollars and then cents, "eighteen fifty" ($18.50):
 * a tens or teens word after a number that is not a round hundred starts the cents, where "twenty-one" adds its units.
 */
function wordsValue(words: string): { value: number; thousands: boolean; cents: boolean } {
  let total = 0;
  let current = 0;
  let counted = false;
  let thousands = false;
  let cents = -1;
  for (const word of words.toLowerCase().trim().split(/[ -]+/)) {
    if (word === 'and' || word === 'a' || word === 'an') continue;
    if (cents >= 0) {
      if (word === 'hundred' || word === 'thousand') return { value: 0, thousands, cents: false };
      cents += NUMBER_WORDS[word]!;
    } else if (word === 'hundred') current = (current || 1) * 100;
    else if (word === 'thousand') {
      total += (current || 1) * 1000;
      current = 0;
      thousands = true;
    } else if (NUMBER_WORDS[word]! >= 10 && current >= 10 && current % 100 !== 0 && total === 0 && current < 100) {
      cents = NUMBER_WORDS[word]!;
    } else if (NUMBER_WORDS[word]! >= 10 && current > 0 && current < 10) {
      // (A single unit before tens is no number to read: "two fifty an hour" may be $2.50 or $250.)
      return { value: 0, thousands, cents: false };
    } else {
      current += NUMBER_WORDS[word]!;
      counted = true;
    }
  }
  if (cents >= 0)
    return cents < 100 ? { value: current + cents / 100, thousands: false, cents: true } : { value: 0, thousands, cents: false };
  return { value: counted || total > 0 ? total + current : 0, thousands, cents: false };
}

/** A pay said in words, "sixty-two dollars an hour", or null. Only whole numbers of the words above, with their period. */
function spelledPay(text: string): MessagePay | null {
  for (const m of text.matchAll(compiled(SPELLED_PAY))) {
    const first = wordsValue(m[1]!);
    const second = m[2] === undefined ? null : wordsValue(m[2]);
    if (first.value === 0 || second?.value === 0) continue;
    const period = m[4]!.toLowerCase() as Period;
    // (Dollars and cents only for an hour's rate, "eighteen fifty an hour"; a rate with no money's word only after words
    // that say it is the pay.)
    if ((first.cents || second?.cents) && period !== 'hour') continue;
    if (m[3] === undefined && (period !== 'hour' || !compiled(SAID_PAY_LEAD).test(text.slice(Math.max(0, m.index - 40), m.index))))
      continue;
    const min = second?.thousands && !first.thousands ? first.value * 1000 : first.value;
    const max = second === null ? null : second.value;
    if (max !== null && max <= min) continue;
    // (Not a past pay, the reader's own, or another sum's: "she earned forty dollars a day back then", "a bonus of …".)
    // (Within the sum's own clause: a perk's worth before a comma is not the pay's, "the gym stipend is worth fifty bucks a
    // month, and pay is twenty dollars an hour".)
    const wide = text.slice(Math.max(0, m.index - 60), m.index);
    const lead = wide.slice(Math.max(wide.lastIndexOf('. '), wide.lastIndexOf('; '), wide.lastIndexOf(', and ')) + 1);
    // (Nor a perk's worth: "we cover your parking downtown, that's like four hundred bucks a month".)
    if (
      /\b(?:bonus|allowance|earned|earning|was|were|used to|currently|last year|previous|I make|I earn|you make|you earn|cover|covers|covered|parking|worth|saves?|reimburs\w*|stipend|per diem)\b/i.test(
        lead,
      )
    )
      continue;
    const money = (m[3] ?? '').toLowerCase();
    const currency = money === 'pounds' ? 'GBP' : money === 'euros' ? 'EUR' : money === 'rand' ? 'ZAR' : dollarOf(text);
    return {
      min,
      max,
      period,
      currency,
      ote: false,
      openTop: false,
      text: quoteAround(text, m.index, m.index + m[0].length),
    };
  }
  return null;
}

// A currency's names as a sentence says a sum is "in" or "paid in" it: "$100K OTE in USD", "paid in Canadian dollars".
const CURRENCY_NAMES: Array<[string, string]> = [
  ['USD', 'USD'],
  ['US dollars', 'USD'],
  ['U.S. dollars', 'USD'],
  ['CAD', 'CAD'],
  ['Canadian dollars', 'CAD'],
  ['AUD', 'AUD'],
  ['Australian dollars', 'AUD'],
  ['NZD', 'NZD'],
  ['SGD', 'SGD'],
  ['EUR', 'EUR'],
  ['euros', 'EUR'],
  ['GBP', 'GBP'],
  ['pounds', 'GBP'],
];
// (The dollars among them, after "in": what a bare "$" may be named as.)
const DOLLARS_NAMED_AFTER = CURRENCY_NAMES.filter(([, code]) => DOLLARS.has(code)).map(([name, code]) => [` in ${name}`, code] as const);
/** The dollar a clause names after a bare "$" figure ending at `end`, "… $100K OTE in USD", within its words. */
function dollarNamedAfter(text: string, end: number): string | undefined {
  let clause = text.slice(end, end + 40);
  // (By strings first: every bare dollar passes here.)
  if (!clause.includes(' in ')) return undefined;
  const stop = clause.search(/[.,;:\n!?]\s|\n/);
  if (stop >= 0) clause = clause.slice(0, stop);
  return DOLLARS_NAMED_AFTER.find(
    ([words]) => clause.includes(words) && !/[A-Za-z]/.test(clause[clause.indexOf(words) + words.length] ?? ''),
  )?.[1];
}

/** The text with its Devanagari (०-९) and Bengali (০-৯) digits made ASCII; the same string when it has none. */
// (And Thai, Lao, Burmese and Khmer digits: "ប្រាក់ខែ៖ ៣៥០$ – ៥០០$". The first code of each script's zero.)
const DIGIT_ZEROS = [0x0966, 0x09e6, 0x0e50, 0x0ed0, 0x1040, 0x17e0];
function withAsciiIndicDigits(text: string): string {
  let found = false;
  for (let i = 0; i < text.length && !found; i++) {
    const code = text.charCodeAt(i);
    found = DIGIT_ZEROS.some((zero) => code >= zero && code <= zero + 9);
  }
  return found
    ? text.replace(/[\u0966-\u096f\u09e6-\u09ef\u0e50-\u0e59\u0ed0-\u0ed9\u1040-\u1049\u17e0-\u17e9]/g, (c) => {
        const code = c.charCodeAt(0);
        return String(code - DIGIT_ZEROS.find((zero) => code >= zero && code <= zero + 9)!);
      })
    : text;
}

function findPayIn(text: string, place?: string): PayFindings {
  const candidates: Candidate[] = [];
  const refused: PayFindings['refused'] = [];
  const dollar = dollarOf(text, place);
  let southAfricanText: boolean | undefined;
  // (Afrikaans's "you" and "greetings" in lower case only: "JY" may be a name's initials.)
  const southAfrican = () =>
    (southAfricanText ??= compiled(SOUTH_AFRICA).test(text) || /(?<![\p{L}])(?:jy|[Gg]roete)(?![\p{L}])/u.test(text));
  // Which "kr" the message means, read once: every figure in kronor asks.
  let krona: string | null | undefined;
  const kronaHere = () => (krona === undefined ? (krona = kronaOf(text)) : krona);
  // Whether the message is written in Vietnamese, by the letters only it uses. Read once.
  let vietnamese: boolean | undefined;
  const vietnameseHere = () => (vietnamese ??= (text.match(/[ươđạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỷỹ]/giu)?.length ?? 0) >= 5);
  // A rupee written "Rs." or "रु." is the one of the country the message is set in: Pakistan's, Nepal's, Sri Lanka's. Read
  // once: its month's custom and its code both ask.
  let rupee: string | null | undefined;
  const rupeeHere = (code: string | undefined) =>
    code !== 'INR' || text.includes('₹') || text.includes('INR')
      ? code
      : ((rupee = rupee === undefined ? rupeeOfCountry(text) : rupee) ?? code);
  const re = compiled(new RegExp(NUMBER.source, 'g'));
  let count = 0;
  for (let token = re.exec(text); token && count < MAX_TOKENS; token = re.exec(text), count++) {
    // (Not a law degree's year before the dinar's letters: "Seeking 2023 JD graduates". By characters.)
    if (
      text[token.index + 6] === 'D' &&
      token[0].length === 4 &&
      /^(?:19|20)\d\d (?:JD|KD)(?![A-Za-z])/.test(text.slice(token.index, token.index + 8))
    )
      continue;
    const span = spanAt(text, token, europeanFigure(text, token, dollar), southAfrican, PESOS.has(dollar));
    if (!span) continue;
    if (span.second !== undefined) re.lastIndex = Math.max(re.lastIndex, span.end);
    const hasCurrency = span.parserCurrency !== undefined || span.currencyCode !== undefined || span.currencySeen;
    const hasScale = /[km]$/.test(span.first) || /[km]$/.test(span.second ?? '') || span.multiplier !== 1;
    const marked = hasCurrency || hasScale || span.period !== undefined || span.ote;
    // A bare figure is money only when big enough and beside a pay word; a bare year never; nor a count in a Chinese,
    // Japanese or Korean counter, "门店约2,300家" (2,300 shops).
    if (!marked && (Number(span.first.replace(/,/g, '')) < 1000 || /^(?:19|20)\d\d$/.test(token[0]) || countAfter(text, span.end)))
      continue;
    // A figure counted in ten thousands or hundreds of millions, "DAU大概4200万", is the script reader's to read, whole, or
    // not at all: by its digits alone it is ten thousand times too small.
    if ('万萬亿億'.includes(text[span.end] ?? ' ')) continue;
    const clauseFrom = rowLabelStart(text, clauseStart(text, span.start));
    const clauseTo = clauseEnd(text, span.end);
    const clause = text.slice(clauseFrom, clauseTo);
    // The words around the figure, not the figure itself ("1099" is a pay word only beside another figure).
    const payWordNear = hasPayWord(`${text.slice(clauseFrom, span.start)} \u2026 ${text.slice(span.end, clauseTo)}`);
    if (!marked && !payWordNear) continue;
    // A code that also names other things is money only beside a pay's word or a period, and never before a year: "the
    // AMD 2024 roadmap", "512 AMD MI300X GPUs", "LBP 256 features" (the chip maker, an image feature).
    // (Only the code in letters, not a sign: "1500 ₾" is the lari.)
    if (
      span.currencyCode !== undefined &&
      AMBIGUOUS_CODES.has(span.currencyCode) &&
      text.slice(Math.max(0, span.start - 5), span.end + 5).includes(span.currencyCode)
    ) {
      const written = text.slice(span.start, span.end);
      if ((!payWordNear && span.period === undefined) || /(?:^|\D)(?:19|20)\d\d(?!\d)/.test(written)) continue;
      // (Nor the UK's statutory sick pay: "Sick pay: SSP 116.75/week".)
      if (span.currencyCode === 'SSP' && /sick|statutory/i.test(text.slice(Math.max(0, span.start - 40), span.start))) continue;
      // (Nor a count of the maker's things: "2,000 AMD GPUs".)
      if (/^\s?(?:GPUs?|CPUs?|MI\d|EPYC|Ryzen|Radeon|Instinct|chips?|servers?|cards?|nodes?)\b/i.test(text.slice(span.end, span.end + 12)))
        continue;
    }
    const sentence = sentenceAround(text, span.start, span.end);
    const words = quoteAround(text, span.start, span.end);
    const why = notPayReason(text, span, token, hasCurrency);
    if (why) {
      refused.push({ text: words, why });
      continue;
    }
    // A period only in the words around it: "hourly rate of $85", "day rate: £600".
    if (span.period === undefined) {
      const lead = text.slice(rowLabelStart(text, clauseStart(text, span.start)), span.start);
      const tail = text.slice(span.end, clauseEnd(text, span.end));
      const stated =
        /\b(?:hourly|(?:per|an) hour|\/h(?:ou)?r)\b/i.test(lead + tail) ||
        holdsWordOf(lead, HOURLY_PAY_WORDS) ||
        (rightBefore(lead, HOURLY_RIGHT_BEFORE) && hourRate(lead)) ||
        // (Or right after it: "15,20 € Stundenlohn (Entgeltgruppe 3 iGZ)".)
        holdsWordOf(tail.slice(0, 16), HOURLY_WAGE_WORDS) ||
        // (Or its short form: "17,80 € Std.-Lohn brutto"; by strings, as every figure with no period passes here.)
        ['std.-lohn', 'std-lohn', 'std. lohn'].some((words) =>
          tail.trimStart().replace('€', '').trimStart().toLowerCase().startsWith(words),
        ) ||
        // French "salaire horaire", "taux horaire" (not "horaire de nuit", the hours worked).
        HOURLY_PAY_PHRASES.some((phrase) => lead.toLowerCase().includes(phrase)) ||
        // Croatian, Bosnian and Serbian "hourly wage" a few words before the figure: "Satnica je ove godine 9,50 € neto"
        // (not said in passing: "Kod nas nema satnica nego fiksna plaća 1.600 €").
        (lead.includes('atnica') && /\b[Ss]atnica(?:\s+\S+){0,3}\s*:?\s*$/.test(lead) && !/\bnema satnic/i.test(lead))
          ? 'hour'
          : /\b(?:day rate|daily (?:rate|pay)|(?:per|a) day|\/day)\b/i.test(lead + tail) ||
              holdsWordOf(lead, DAILY_RATE_WORDS) ||
              DAILY_RATE_PHRASES.some((phrase) => lead.toLowerCase().includes(phrase)) ||
              // (And Georgian "a day", right before the figure: "ანაზღაურება დღეში 60-80 ₾"; not "8 საათი დღეში", eight hours a
              // day, further before.)
              lead.trimEnd().endsWith('დღეში') ||
              // (In the figure's own sentence: not "रोज़ का टारगेट 100 कॉल। सैलरी ₹12,000".)
              INDIC_DAILY.some((word) => lead.slice(Math.max(lead.lastIndexOf('।'), lead.lastIndexOf('།')) + 1).includes(word)) ||
              rightBefore(lead, DAILY_RIGHT_BEFORE) ||
              dayRate(lead, tail)
            ? 'day'
            : /\b(?:weekly|(?:per|a) week|\/wk|\/week)\b/i.test(lead + tail) ||
                holdsWordOf(lead, WEEKLY_PAY_WORDS) ||
                INDIC_WEEKLY.some((word) => lead.includes(word))
              ? 'week'
              : /\b(?:monthly|(?:per|a) month|\/mo(?:nth)?)\b/i.test(lead + tail) ||
                  // (Or Korean "a month" right before it: "급여: 월 1,500~1,800 USD".)
                  (lead.includes('월') && /(?:^|[^\d\p{L}])월\s?$/u.test(lead))
                ? 'month'
                : // (A 13th month's wage named inside a year's total is no month's: "Jahreslohn inkl. 13. Monatslohn: CHF
                  // 118'000", "einen 13. Monatslohn und ein Salär von CHF 98'000"; its "13." ends no clause here.)
                  (holdsWordOf(lead, MONTHLY_PAY_WORDS) &&
                      !/13\. ?(?:brutto)?monatslohn/i.test(text.slice(Math.max(0, span.start - 60), span.start))) ||
                    INDIC_MONTHLY.some((word) => lead.includes(word)) ||
                    rightBefore(lead, MONTHLY_RIGHT_BEFORE) ||
                    // (Or Urdu's and Persian's "monthly" after it: "تنخواہ: Rs. 110,000 ماہانہ (gross)"; not after a yearly
                    // package's word, "سالانہ پیکج".)
                    ((tail.slice(0, 12).includes('ماہانہ') || tail.slice(0, 12).includes('ماهانه')) && !lead.includes('سالانہ'))
                  ? 'month'
                  : // (A yearly package's word before it, in Urdu and Persian: "سالانہ پیکج Rs. 1,800,000".)
                    lead.includes('سالانہ') || lead.includes('سالانه') || INDIC_YEARLY.some((word) => lead.includes(word))
                    ? 'year'
                    : undefined;
      if (stated) span.period = stated;
    }
    // A sum by the piece, not by a time ("€1,200 per shift", "$2,500 per project", "1.200 € pro Einsatz"): the message
    // gives it no period, and a year would be a guess.
    const after = text.slice(span.end, span.end + 32);
    const afterLower = after.toLowerCase();
    // (Or with a period read further on, the unit right after the figure: "EUR 40 per sector above 4 sectors/day".)
    if (
      PIECE_UNITS.some((unit) => afterLower.includes(unit)) &&
      // (With a period known, only a sum said per sector or per weight or bin right after the figure: not "Day rate: £450 per
      // shift", "$22/hr / shift differential".)
      (span.period === undefined || /^\s*(?:[€$£]\s*|[A-Z]{3}\s+)?(?:per |\/)(?:sectors?|lbs?|kg|kilos?|bins?)\b/i.test(after)) &&
      compiled(PER_PIECE).test(after)
    ) {
      refused.push({ text: words, why: 'a sum by the piece, not by a time' });
      continue;
    }
    // Brazil and Spanish-speaking America state pay by the month: "Salário: R$ 9.500,00", "Salario básico: $1.800.000".
    // A bare "$" is the message's dollar: the peso of Colombia, and the rest, by where the message is set.
    // (Unless the clause names its dollar after the figure: "the US posting shows $70K base / $100K OTE in USD" in a
    // Toronto message.)
    const namedDollar = span.currencyCode === undefined && span.parserCurrency === '$' ? dollarNamedAfter(text, span.end) : undefined;
    if (namedDollar !== undefined) span.currencyCode = namedDollar;
    else if (span.currencyCode === undefined && span.parserCurrency === '$' && dollar !== 'USD') span.currencyCode = dollar;
    // "$ … pesos": the peso of the country the message is set in, or, when it names none, a peso not named.
    let pesoUnnamed = false;
    if (span.currencyCode === 'PESO') {
      pesoUnnamed = !PESOS.has(dollar);
      span.currencyCode = pesoUnnamed ? undefined : dollar;
    }
    // A Chinese month's pay, with the months it is paid a year after it: "薪资：25-35K·14薪" (the yuan, or Taiwan's dollar
    // where the message is set there).
    // (Or right after a month's or a salary's label, in thousands: "薪资8-10K，另有门店业绩分红".)
    if (
      span.period === undefined &&
      ((text.includes('薪', span.end) && /^\s?[·*xX×]\s?1[2-8]\s?薪/.test(text.slice(span.end, span.end + 8))) ||
        ((text.includes('薪') || text.includes('工')) &&
          /(?:薪资|薪資|月薪|工资|工資|薪水)[：:]?\s?$/.test(text.slice(Math.max(0, span.start - 6), span.start)) &&
          /\d\s?[Kk]/.test(text.slice(span.start, span.end))))
    ) {
      span.period = 'month';
      // (So is its "¥": "薪资范围 ¥ 45K-65K·15薪" is no yen.)
      if (span.currencyCode === undefined || (span.currencyCode === 'JPY' && !/[\u3040-\u30ff]/.test(text)))
        span.currencyCode = /新台幣|台幣|臺幣|NT\$|台灣|臺灣|台北|臺北|新竹|台中|臺中|高雄|桃園|台南|臺南|薪資|職缺/.test(text)
          ? 'TWD'
          : 'CNY';
    }
    // A million in Vietnamese or in Indonesian counts that country's money: "Lương 8 triệu/tháng", "Gaji 9 juta per bulan".
    // (Its "tr" too, with the month after it: "60 - 80tr gross/tháng".)
    // (Known before the month its custom pays by is looked up: "gaji 4 jt" is a month's.)
    if (span.currencyCode === undefined && span.parserCurrency === undefined && !span.currencySeen) {
      const written = text.slice(span.start, span.end);
      if (written.includes('triệu') || /\d ?tr(?!\p{L})/u.test(written)) span.currencyCode = 'VND';
      else if (written.includes('juta') || / jt\b/.test(written) || /\drb\b/.test(written)) span.currencyCode = 'IDR';
      // (And thousands in "K" in a message written in Vietnamese: "THU NHẬP 300K–500K/NGÀY" is dong.)
      // (Not a sum under ten "K", "Lương: 1.5K - 2K", an IT post's dollars.)
      else if (/\d{2}\s?[kK](?![a-zA-Z])/.test(written) && vietnameseHere()) span.currencyCode = 'VND';
    }
    // A sum "brutos anuales" with no money of its own, in a message set in Spain, is in euros: "Banda salarial: 45-52K
    // brutos anuales" from Madrid. (By strings first.)
    if (
      span.currencyCode === undefined &&
      span.parserCurrency === undefined &&
      !span.currencySeen &&
      text.includes('brut', span.start) &&
      /\bbrut[oa]s? (?:anuales|anual|al año)\b/.test(text.slice(span.start, span.end + 24)) &&
      compiled(SPAIN_NAMED).test(text)
    )
      span.currencyCode = 'EUR';
    // (A rupee written "Rs." counts by the custom of the country the message is set in: Sri Lanka's and Nepal's by the month.)
    const customCode = rupeeHere(span.currencyCode);
    const monthlyUpTo = customCode === undefined ? undefined : MONTHLY_BY_CUSTOM[customCode];
    // A euro salary of four digits, labelled so in the words before it and said with no unit, is a month's wherever the euro
    // is paid: "Remuneração: 1.442,57 €", "Gehalt: 3.100 € brutto" (a year's would be five digits or more). Not a
    // yearly word's ("Jahresgehalt: 6.240 €", "RAL 9.500 €"), nor a figure with a unit the reader does not know
    // ("€1,200 per shift", "1 100 € HT/j"), nor a sum with no salary's word ("a €7,500 package").
    const fourDigitEuros =
      span.currencyCode === 'EUR' &&
      figureValue(span.first, span.multiplier) >= 1000 &&
      figureValue(span.first, span.multiplier) < 10_000 &&
      compiled(MONTHLY_EURO_LABEL).test(text.slice(Math.max(0, span.start - 60), span.start)) &&
      !compiled(EURO_YEAR_BEFORE).test(text.slice(Math.max(0, span.start - 60), span.start)) &&
      !compiled(EURO_UNIT_AFTER).test(text.slice(span.end, span.end + 30));
    // A dollar salary of four digits under a Ukrainian or Russian salary word is a month's, as pay in IT is said there:
    // "Зарплатна вилка: $3800–4600 (ФОП)", "Зарплата: от $2500". Not one said right after to be a year's ("в год", "на
    // рік"), a week's ("в неделю") or an hour's ("/год", "/година" in Ukrainian), nor under a yearly word ("Годовая
    // зарплата"); "контракт на год" further on, a review "раз в год", "годовой бонус" say nothing of it.
    if (span.period === undefined && cyrillicDollarMonth(text, span)) span.period = 'month';
    // (Or a hryvnia rate in the thousands, "1 100–1 400 грн/год": no year's pay is so small.)
    if (
      span.period === undefined &&
      (figureValue(span.first, span.multiplier) < 1000 ||
        (figureValue(span.first, span.multiplier) < 10_000 && text.slice(span.start, span.end + 6).includes('грн'))) &&
      ukrainianHour(text, span.end)
    )
      span.period = 'hour';
    if (
      span.period === undefined &&
      (monthlyUpTo !== undefined || fourDigitEuros) &&
      !yearSaidBefore(text.slice(clauseStart(text, span.start), span.start)) &&
      (fourDigitEuros || figureValue(span.first, span.multiplier) < monthlyUpTo!) &&
      // (A rupee sum below a thousand is no month's wage either: a piece rate's, "Har order pe ₹25–40", or a reward's.)
      (customCode !== 'INR' || figureValue(span.first, span.multiplier) >= 1000) &&
      // (Nor a rand figure said to be a year's after it: "R138 000 p/a", "R110 000 tot R130 000 jaarliks".)
      !(customCode === 'ZAR' && compiled(RAND_YEAR_AFTER).test(text.slice(span.end, span.end + 70)))
    )
      span.period = 'month';
    // A sum in lev, hryvnia or roubles written in Cyrillic is pay only beside a pay's word: not an allowance, a price or a
    // subscription ("компенсация спорта 5 000 руб в месяц").
    const figures = text.slice(span.start, span.end);
    if (!payWordNear && (figures.includes('лв') || figures.includes('грн') || figures.includes('руб'))) {
      refused.push({ text: words, why: 'a sum not said to be pay' });
      continue;
    }
    // (Icelandic krónur known before the figure is read: a month's pay in them is over the parser's yearly limit,
    // "Mánaðarlaun: 920.000–1.050.000 kr.".)
    if (span.krona && span.currencyCode === undefined && kronaHere() === 'ISK') span.currencyCode = 'ISK';
    const read = readSpan(span, text);
    if (!read) {
      refused.push({ text: words, why: 'not a pay the parser reads' });
      continue;
    }
    let currency: string | null = span.currencyCode ?? null;
    if (currency === null && !pesoUnnamed && (read.currency === '$' || span.parserCurrency === '$')) currency = dollar;
    if (currency === null && span.krona) currency = kronaHere();
    // RAL (retribuzione annua lorda) is how Italy states a salary: in euros.
    if (currency === null && read.currency === undefined && /\bRAL\b/.test(clause)) currency = 'EUR';
    // So is Italian pay said net or gross, "2100 netti al mese", outside Switzerland's Italian cantons (where it is francs).
    // (By strings first: every figure with no currency passes here.)
    if (
      currency === null &&
      read.currency === undefined &&
      (clause.includes('nett') || clause.includes('lord')) &&
      // (Italian words only: German and Dutch say "netto" too, "3,8k netto pm".)
      /\b(?:netti|lordi|lord[oa]|netto (?:mensile|al mese|annuo|all['’]anno))\b/.test(clause) &&
      !compiled(SWISS_ITALIAN).test(text)
    )
      currency = 'EUR';
    // A Nordic pay with no money written, "Lön 45–55k/mån": the kronor of the language it is said in, where the message
    // names no euro (Finland's Swedish is paid in euros). (By strings first.)
    if (
      currency === null &&
      read.currency === undefined &&
      (clause.includes('lön') || clause.includes('løn') || clause.includes('Lön') || clause.includes('Løn')) &&
      !text.includes('€') &&
      !text.includes('EUR')
    )
      currency = kronaHere();
    // Lakhs and crores are how India counts money: "18-24 LPA" is rupees; Pakistan's, Bangladesh's, Nepal's and Sri
    // Lanka's too, where the message names that money elsewhere ("Salary PKR 2.2 Lac …, OTE up to 3.5 Lac").
    if (currency === null && read.currency === undefined && span.multiplier !== 1) currency = lakhCurrency(text);
    if (currency === null && read.currency !== undefined && read.currency !== '$')
      currency = read.currency === '€' ? 'EUR' : read.currency === '£' ? 'GBP' : read.currency;
    if (currency === 'INR') currency = rupeeHere(currency) ?? currency;
    const ote =
      span.ote ||
      // (Not a figure its own words call the fixed part, after the OTE's: "Zieleinkommen von 98.000 €, bestehend aus
      // 76.000 € Fixgehalt und …".)
      (oteBefore(text.slice(clauseStart(text, span.start), span.start)) &&
        !compiled(FIXED_PART_AFTER).test(text.slice(span.end, span.end + 16))) ||
      // An OTE word after the figure, before any other figure ("Base $110k / OTE $165k" marks only the second), unless it
      // is that next figure's own label: "fastlønn på 680 000 kr og OTE på 1 050 000 kr".
      oteWordAfter(text.slice(span.end, clauseEnd(text, span.end)));
    const pay: Omit<MessagePay, 'text'> = {
      min: span.upTo ? null : read.min,
      max: span.upTo ? read.min : read.max !== null && read.max !== read.min ? read.max : null,
      period: read.period,
      currency,
      ote,
      // An Austrian minimum with "Überzahlung" beside it is a floor: more is offered by law's own wording.
      // (A minimum the employer says it will pay above: "Überzahlung möglich", "we are willing to pay above this", "Wir
      // zahlen bei entsprechender Qualifikation selbstverständlich darüber".)
      openTop: (span.open || (span.second === undefined && compiled(PAID_ABOVE).test(text.slice(span.end)))) && !span.upTo,
    };
    const kind: Candidate['kind'] = ote ? 'ote' : compiled(TOTAL_WORDS).test(clause) ? 'total' : saysBase(clause) ? 'base' : 'plain';
    const strength = payWordNear ? 2 : hasPayWord(sentence.replace(words, ' ')) ? 1 : 0;
    const hype = isHype(text, span.start, span.end, ote);
    candidates.push({ start: span.start, end: span.end, pay, kind, strength, periodStated: span.period !== undefined, hype, text: words });
  }
  // Pay written in Japanese, Korean, Chinese, Arabic or Hebrew: read in that script's words, in place of any reading
  // of the same figures by their digits alone ("時薪 NT$200～NT$215" is one range, not two sums).
  for (const found of scriptPays(text)) {
    const overlaps = (c: Candidate) => c.start < found.end && c.end > found.start;
    for (let i = candidates.length - 1; i >= 0; i--) if (overlaps(candidates[i]!)) candidates.splice(i, 1);
    candidates.push({
      start: found.start,
      end: found.end,
      pay: { min: found.min, max: found.max, period: found.period, currency: found.currency, ote: found.ote, openTop: found.openTop },
      kind: found.ote ? 'ote' : found.base ? 'base' : 'plain',
      strength: 2,
      periodStated: true,
      hype: false,
      text: quoteAround(text, found.start, found.end),
    });
  }
  // A hype figure beside a pay the message states is the pitch's promise, not its offer.
  const stated = candidates.some((c) => !c.hype) ? candidates.filter((c) => !c.hype) : candidates;
  if (stated !== candidates) for (const c of candidates) if (c.hype) refused.push({ text: c.text, why: "hype or someone else's pay" });
  const merged = ceilingOverARange(ratesJoined(stated, text));
  return { ...choose(endsOfARange(samePayOnceWithPeriod(oteWhereverMarked(withoutBreakdowns(merged, text))), text), text), refused };
}

/**
 * Figures on the bulleted lines right under a line with a figure are that figure's parts: "Weekly gross pay: $2,844"
 * over "– Taxable hourly: $26.50/hr" and "– Housing stipend: $1,358/wk". The sum above them is the pay. (The lines come
 * here trimmed, so a part is a line led by a dash or a bullet under one that is not, with no blank line between.)
 */
function withoutBreakdowns(candidates: Candidate[], text: string): Candidate[] {
  if (candidates.length < 2 || !/\n[-–—•]/.test(text)) return candidates;
  const lineStart = (at: number) => text.lastIndexOf('\n', at - 1) + 1;
  const bulleted = (at: number) => '-–—•'.includes(text[at] ?? ' ');
  const parts = candidates.filter((c) => {
    let line = lineStart(c.start);
    if (line === 0 || !bulleted(line)) return false;
    // Up the block of bulleted lines to the line that heads it.
    while (line > 0 && bulleted(line)) line = lineStart(line - 1);
    const headEnd = text.indexOf('\n', line);
    // (Not a base and its on-target earnings, which are read together: "OTE $180,000" over "- $90,000 base".)
    const plain = (d: Candidate) => !d.pay.ote && d.kind !== 'ote' && d.kind !== 'base';
    return (
      plain(c) && headEnd > line && !bulleted(line) && candidates.some((d) => d !== c && plain(d) && d.start >= line && d.start < headEnd)
    );
  });
  return parts.length > 0 && parts.length < candidates.length ? candidates.filter((c) => !parts.includes(c)) : candidates;
}

/**
 * A single figure that is one end of a range of the same kind stated elsewhere is that range said short:
 * "(£65k base)" in a subject over "Base: £55,000 - £65,000" in the body; so is an "up to" its top ("CTC upto 24 LPA"
 * over "CTC: 18 - 24 LPA").
 */
/**
 * Two rates each with its period, joined by a dash or "to", are one range: "Rate: $62/hr - $68/hr", "£12 per hour to £14
 * per hour".
 */
function ratesJoined(candidates: Candidate[], text: string): Candidate[] {
  if (candidates.length < 2) return candidates;
  const sorted = [...candidates].sort((a, b) => a.start - b.start);
  const out: Candidate[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const a = sorted[i]!;
    const b = sorted[i + 1];
    const single = (c: Candidate) => c.pay.min !== null && c.pay.max === null && !c.pay.openTop && c.periodStated;
    if (
      b !== undefined &&
      single(a) &&
      single(b) &&
      a.kind === b.kind &&
      a.pay.currency === b.pay.currency &&
      a.pay.period === b.pay.period &&
      b.pay.min! > a.pay.min! &&
      /^\s*(?:-|–|—|to)\s*$/.test(text.slice(a.end, b.start))
    ) {
      out.push({ ...a, end: b.end, pay: { ...a.pay, max: b.pay.min }, text: text.slice(a.start, b.end).trim() });
      i++;
    } else out.push(a);
  }
  return out;
}

/**
 * A ceiling ("up to £14.50/hr!", a subject's hook) over a range that stays under it in the same currency and period
 * ("£12.85 – £13.40 per hour depending on your level"): the range, said in full, is the pay.
 */
function ceilingOverARange(candidates: Candidate[]): Candidate[] {
  const ranges = candidates.filter((c) => c.pay.min !== null && c.pay.max !== null);
  const ceilings = candidates.filter((c) => c.pay.min === null && c.pay.max !== null);
  if (ranges.length !== 1 || ceilings.length !== 1) return candidates;
  const [range, ceiling] = [ranges[0]!, ceilings[0]!];
  const under =
    range.kind === ceiling.kind &&
    range.pay.currency === ceiling.pay.currency &&
    range.pay.period === ceiling.pay.period &&
    range.pay.max! < ceiling.pay.max!;
  return under ? candidates.filter((c) => c !== ceiling) : candidates;
}

function endsOfARange(candidates: Candidate[], text: string): Candidate[] {
  // The subject, read first on its own line.
  const newline = text.indexOf('\n');
  const subjectEnd = Math.max(0, newline);
  const ranges = candidates.filter((c) => c.pay.min !== null && c.pay.max !== null);
  if (ranges.length === 0) return candidates;
  return candidates.filter((c) => {
    if (c.pay.min !== null && c.pay.max !== null) return true;
    // (A subject's "from" figure that a range in the body starts at is the range's teaser: "時給1,800円〜" over
    // "時給1,800円〜2,200円". Not a floor said in the body: "Pay from £14/hr. Weekend shifts £14–£16/hr".)
    if (c.pay.openTop)
      return !(
        c.start < subjectEnd &&
        ranges.some(
          (r) =>
            r.start >= subjectEnd &&
            r.kind === c.kind &&
            r.pay.currency === c.pay.currency &&
            r.pay.period === c.pay.period &&
            r.pay.min === c.pay.min,
        )
      );
    const upTo = c.pay.min === null;
    return !ranges.some(
      (r) =>
        r.kind === c.kind &&
        r.pay.currency === c.pay.currency &&
        r.pay.period === c.pay.period &&
        (upTo ? r.pay.max === c.pay.max : r.pay.min === c.pay.min || r.pay.max === c.pay.min),
    );
  });
}

/**
 * A figure the message marks as on-target earnings once is on-target earnings wherever it stands: the subject's "earn
 * $100,000+ your first year" and the body's "$100,000+ your first year (OTE)" are one figure.
 */
function oteWhereverMarked(candidates: Candidate[]): Candidate[] {
  const marked = candidates.filter((c) => c.pay.ote);
  if (marked.length === 0) return candidates;
  const same = (a: Candidate, b: Candidate) =>
    a.pay.min === b.pay.min && a.pay.max === b.pay.max && a.pay.currency === b.pay.currency && a.pay.openTop === b.pay.openTop;
  return candidates.map((c) => (!c.pay.ote && marked.some((m) => same(c, m)) ? { ...c, kind: 'ote', pay: { ...c.pay, ote: true } } : c));
}

/**
 * The same figures written twice, once with their period and once without
 * ("22 000 – 28 000 PLN" in the subject, "22 000 – 28 000 PLN net/month" in
 * the body): one pay, at the period the message states.
 */
function samePayOnceWithPeriod(candidates: Candidate[]): Candidate[] {
  const same = (a: Candidate, b: Candidate) =>
    a.pay.min === b.pay.min && a.pay.max === b.pay.max && a.pay.currency === b.pay.currency && a.pay.ote === b.pay.ote;
  return candidates.filter((c) => c.periodStated || !candidates.some((d) => d.periodStated && d.pay.period !== c.pay.period && same(c, d)));
}

/** The one figure of a kind the message offers, or null when there are different ones and nothing tells them apart. */
function pickOne(list: Candidate[]): Candidate | null {
  if (list.length === 0) return null;
  const { top, distinct } = strongest(list);
  if (distinct.length === 1) return top[0]!;
  return dominant(distinct);
}

/** The figures said most strongly, and one of each distinct pay among them. */
function strongest(list: Candidate[]): { top: Candidate[]; distinct: Candidate[] } {
  const best = Math.max(...list.map((c) => c.strength));
  const top = list.filter((c) => c.strength === best);
  return { top, distinct: [...new Map(top.map((c) => [key(c.pay), c])).values()] };
}

// The words that say a second figure restates the first: "(…)", "i.e.", "works out at", "in hand", Marathi "म्हणजे".
const RESTATING_WORDS = [
  '(',
  'i.e',
  'that is',
  "that's",
  'which is',
  'works out',
  'in hand',
  'in-hand',
  'take home',
  'take-home',
  'इन-हैंड',
  'हाथ में',
  'म्हणजे',
  'यानी',
  'यानि',
  'கைக்கு',
  'ಕೈಗೆ',
];
// The words that say a sum is what is left in hand: "take-home", "net", Hindi "हाथ में", Tamil "கைக்கு".
const IN_HAND_WORDS = ['in hand', 'in-hand', 'take home', 'take-home', 'इन-हैंड', 'हाथ में', 'கைக்கு', 'ಕೈಗೆ'];
/**
 * A gross pay and what is left of it in hand, by the same period, the second said to restate the first within its
 * sentence: "₹45,000 प्रति माह (सकल), जिसमें से PF और TDS कटने के बाद लगभग ₹40,800 हाथ में आएँगे", "£3,000 a month gross,
 * about £2,450 take-home". The gross is the pay; the net is up to four tenths less. (Not a raise after a probation, which
 * is more.)
 */
function grossAndInHand(all: Candidate[], text: string): Candidate | null {
  if (all.length < 2) return null;
  const list = strongest(all).distinct;
  if (list.length !== 2) return null;
  const [first, second] = [...list].sort((a, b) => a.start - b.start) as [Candidate, Candidate];
  if (first.pay.period !== second.pay.period || first.pay.currency === null || first.pay.currency !== second.pay.currency) return null;
  const gross = first.pay.max ?? first.pay.min;
  const net = second.pay.max ?? second.pay.min;
  if (!gross || !net || net >= gross || net < 0.6 * gross || second.start - first.end > 120) return null;
  if (/[.!?।\n]/.test(text.slice(first.end, second.start))) return null;
  // (Said of the second figure, right before or after it: not "network" for "net", nor two tiers each in hand.)
  const low = text.slice(Math.max(first.end, second.start - 30), second.end + 20).toLowerCase();
  const afterFirst = text
    .slice(first.end, first.end + 12)
    .toLowerCase()
    .trimStart();
  if (IN_HAND_WORDS.some((words) => afterFirst.startsWith(words))) return null;
  return IN_HAND_WORDS.some((words) => low.includes(words)) || /\bnet\b/.test(low) ? first : null;
}

/**
 * A year's pay and the month's it comes to, said as strongly and together, the second said to restate the first: "CTC
 * ₹3.6 लाख सालाना (महीना ₹30,000 इन-हैंड)", "ஆண்டுக்கு ₹4.2 லட்சம் (₹35,000 மாதம்)". The same pay, its year's figure;
 * the month's is twelve times its figure or up to three tenths less (what is left in hand). (Not two jobs' pay: "Manager
 * £36,000 per year, Assistant £2,400 per month".)
 */
function sameSaidTwoWays(all: Candidate[], text: string): Candidate | null {
  if (all.length < 2) return null;
  const list = strongest(all).distinct;
  if (list.length !== 2) return null;
  const year = list.find((c) => c.pay.period === 'year');
  const month = list.find((c) => c.pay.period === 'month');
  if (year === undefined || month === undefined || year.pay.currency === null || year.pay.currency !== month.pay.currency) return null;
  // (Said together, the one right after the other: not two jobs of a digest, "연봉 4,500만원~5,500만원" and lines below
  // it "월 330만원".)
  const [first, second] = year.start < month.start ? [year, month] : [month, year];
  if (second.start - first.end > 40) return null;
  const around = text.slice(first.end, second.end + 20).toLowerCase();
  if (!RESTATING_WORDS.some((words) => around.includes(words))) return null;
  const yearly = year.pay.min ?? year.pay.max;
  const monthly = month.pay.min ?? month.pay.max;
  if (!yearly || !monthly) return null;
  const ratio = (monthly * 12) / yearly;
  return ratio >= 0.7 && ratio <= 1.05 ? year : null;
}

/**
 * Among figures said as strongly, one worth five times or more any other over a year, in the same currency, is the
 * pay and the others its extras: "$75-82k + super" beside "parking ($15/day value)", "Ganhos de R$ 3.000 a R$ 8.000 por
 * mês" beside a starter kit "por apenas R$ 97,00", "₱26,000 – ₱32,000 monthly" beside "₱3,000 night differential".
 * Figures closer than that are two offers, and the message says which only in words the reader cannot tell apart.
 */
function dominant(list: Candidate[]): Candidate | null {
  const yearly = (c: Candidate) => (c.pay.max ?? c.pay.min ?? 0) * PERIODS[c.pay.period];
  const [first, ...rest] = [...list].sort((a, b) => yearly(b) - yearly(a));
  // (An "up to" has its ceiling for its only figure: "Earn up to $910/week" beside "$2/hr night differential".)
  const lowest = first?.pay.min ?? first?.pay.max ?? null;
  if (first === undefined || lowest === null || first.pay.currency === null) return null;
  // The pay's lowest yearly figure against each extra's highest: the pay outweighs every extra at both ends.
  const payYearlyMin = lowest * PERIODS[first.pay.period];
  // And the pay is stated first, its extras after it: "$18/hour … our typical customer spends $400,000 a year" and
  // "a Junior Developer at $30,000 or a Senior Developer at $160,000" are no pay and its extras.
  return rest.every((c) => c.pay.currency === first.pay.currency && yearly(c) * 5 <= payYearlyMin && c.start > first.start) ? first : null;
}

/** Whether a connector's dash opens the next line: a list's bullet, not a range's ("…/hour\n- $1.25/hour"). */
function opensALine(connector: string): boolean {
  const newline = connector.lastIndexOf('\n');
  return newline >= 0 && '-–—•*'.includes(connector.slice(newline + 1).trimStart()[0] ?? ' ');
}

/** Whether a figure is the second half of a Canadian postcode ("P0B 1K0"), by its characters. */
function canadianPostcodeEnd(before: string, from: string): boolean {
  const n = before.length;
  const upper = (c: string | undefined) => c !== undefined && c >= 'A' && c <= 'Z';
  const digit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';
  const wordChar = (c: string | undefined) => c !== undefined && (upper(c) || digit(c) || (c >= 'a' && c <= 'z'));
  return (
    n >= 4 &&
    before[n - 1] === ' ' &&
    upper(before[n - 2]) &&
    digit(before[n - 3]) &&
    upper(before[n - 4]) &&
    !wordChar(before[n - 5]) &&
    digit(from[0]) &&
    upper(from[1]) &&
    digit(from[2]) &&
    !wordChar(from[3])
  );
}

/**
 * Two rates for the same job by shift, in one sentence ("£38/hr days, £45/hr nights & weekends"): the range
 * from the lower to the higher.
 */
function shiftRates(list: Candidate[], text: string): Candidate | null {
  if (list.length !== 2) return null;
  const [a, b] = [...list].sort((x, y) => x.start - y.start) as [Candidate, Candidate];
  const same = a.pay.period === b.pay.period && a.pay.currency === b.pay.currency && a.pay.max === null && b.pay.max === null;
  if (!same || a.pay.min === null || b.pay.min === null || b.start - a.end > 40) return null;
  const between = text.slice(a.start, b.end + 30).replace(/\b(?:after|within|for) (?:the first )?\d+ (?:days?|weeks?|months?)\b/gi, '');
  if (
    /\bafter\b/i.test(text.slice(a.end, b.start)) ||
    !/\b(?:days?|nights?|weekends?|weekdays?|lates?|earlies|overnight|shifts?|HQ|ex-HQ|outstation)\b/i.test(between)
  )
    return null;
  const [low, high] = a.pay.min <= b.pay.min ? [a, b] : [b, a];
  // Not a rate and what a shift adds to it ("$20/hour … plus a $2.50/hour night shift differential", "$3/hour extra for
  // nights"), nor a rate and a holiday's double one ("£12/hr weekdays and £25/hr on bank holidays"): the first rate stated.
  if (
    /^\s*(?:[a-z]+\s+){0,2}(?:differential|premium|supplement|uplift|enhancement|extra)\b/i.test(text.slice(b.end, b.end + 40)) ||
    high.pay.min! > 2 * low.pay.min!
  )
    return a;
  return { ...a, end: b.end, pay: { ...a.pay, min: low.pay.min, max: high.pay.min }, text: text.slice(a.start, b.end).trim() };
}

// The words that stretch a budget to a ceiling said after it: "and there is flexibility up to about KES 350,000", "they
// can stretch to £65,000", "with flex up to $130k".
const BALKAN_ALLOWANCES = ['edukacij', 'дневн', 'dnevnic', 'obrok', 'оброк', 'regres', 'регрес', 'prevoz', 'превоз'];
const BALKAN_ALLOWANCE_BEFORE = () =>
  /(?:budžet za edukacij\p{L}*|дневни(?:те)?|dnevnic\p{L}*|topli obrok|топли оброк|regres|регрес|prevoz|превоз)[^\d\n]{0,30}$/iu;
/** Whether the words after a figure count it in millions of euros, dollars, pounds or francs: "M€", "M EUR", "Mio. €". By strings. */
function inMillionsOfMajorMoney(after: string): boolean {
  if (after[0] !== 'M' && after[0] !== 'm') return false;
  const rest = after.slice(after.startsWith('Mio') ? 3 : 1).replace(/^\.?\s?/, '');
  return rest.startsWith('€') || ['EUR', 'USD', 'GBP', 'CHF'].some((code) => rest.startsWith(code) && !/[A-Za-z]/.test(rest[3] ?? ''));
}
const FIELD_OF_EDUCATION = () => /\b(?:Special|Early|Physical|Higher|Further|Adult|Primary|Secondary) Education\b/g;
const STRETCH_BEFORE = () =>
  /\b(?:flexibility|flex|room|stretch|go|going|move|push)(?: (?:a (?:bit|little)|slightly))?(?: (?:up|higher|further))? (?:up )?to(?: (?:about|around|roughly|c\.|circa|approx\.))?\s*(?:[A-Z]{3}\s?|[£$€])?\s*$/i;
/**
 * One figure and a ceiling above it that the next words stretch it to, in the same currency, within a fifth of it: the
 * range between them ("the budget for this role is KES 320,000 gross per month, and there is flexibility up to about
 * KES 350,000").
 */
function stretchedTo(list: Candidate[], text: string): Candidate | null {
  if (list.length !== 2) return null;
  const [base, ceiling] = list as [Candidate, Candidate];
  if (base.pay.min === null || base.pay.max !== null || base.pay.openTop || ceiling.pay.openTop) return null;
  // (The ceiling read as "up to" one, or as a figure alone: "stretch to £65,000".)
  const top = ceiling.pay.min === null ? ceiling.pay.max : ceiling.pay.max === null ? ceiling.pay.min : null;
  if (top === null || top <= base.pay.min || top > base.pay.min * 1.2 || ceiling.pay.currency !== base.pay.currency) return null;
  if (ceiling.periodStated && ceiling.pay.period !== base.pay.period) return null;
  // The words from the base to the ceiling's figure, its "up to" included: one sentence, and they stretch it.
  const figureAt = ceiling.start + Math.max(0, text.slice(ceiling.start, ceiling.end).search(/[\d£$€]|[A-Z]{3}/));
  const between = text.slice(base.end, figureAt);
  // (Not a stretch denied: "we can't go up to £65,000".)
  // (Or in the next sentence, when someone has approved the stretch: "pays $31.00/hr to start. I spoke with the plant
  // engineering manager … and they've approved going up to $33.00/hr for you".)
  const approved = between.length <= 240 && /\b(?:approved|agreed|signed off|cleared)\b/i.test(between);
  if ((between.length > 120 && !approved) || /[\n!?;]/.test(between) || (/\.\s/.test(between) && !approved)) return null;
  if (/n['’]t\b|\b(?:not|cannot|no)\b/i.test(between)) return null;
  if (!compiled(STRETCH_BEFORE).test(between.slice(-60))) return null;
  // (Not a raise to come, nor the pay at target: "can move up to $140,000 after the 12-month review", "could go up to
  // £55,000 within two years", "OTE going to £95,000".)
  const sentence = sentenceAround(text, ceiling.start, ceiling.end);
  const rest = sentence.slice(sentence.indexOf(text.slice(ceiling.start, ceiling.end)));
  if (/\b(?:OTE|commission|bonus|total)\b/i.test(between) || /\b(?:after|within|review|years?|progression|performance)\b/i.test(rest))
    return null;
  return {
    ...base,
    end: ceiling.end,
    pay: { ...base.pay, max: top },
    text: text.slice(base.start, ceiling.end).trim(),
  };
}

/**
 * A floor and a ceiling said apart ("max. € 6.110 …, minimaal € 4.221"): the range between them. Beside them, only
 * extras said after both and a fifth of the floor or less ("starting at $48.10/hr, up to $66.85/hr … + $6.25/hr night
 * diff"), as `dominant` weighs them.
 */
function floorAndCeiling(list: Candidate[], text: string): Candidate | null {
  const floors = list.filter((c) => c.pay.openTop && c.pay.min !== null);
  const ceilings = list.filter((c) => c.pay.min === null && c.pay.max !== null);
  if (floors.length !== 1 || ceilings.length !== 1) return null;
  const [floor, ceiling] = [floors[0]!, ceilings[0]!];
  const extras = list.filter((c) => c !== floor && c !== ceiling);
  const yearly = (c: Candidate) => (c.pay.max ?? c.pay.min ?? 0) * PERIODS[c.pay.period];
  if (
    !extras.every(
      (c) =>
        c.pay.currency === floor.pay.currency &&
        c.start > Math.max(floor.start, ceiling.start) &&
        yearly(c) * 5 <= floor.pay.min! * PERIODS[floor.pay.period],
    )
  )
    return null;
  // One of them may say its period for both: "max. € 6.110 bruto per maand …, minimaal € 4.221".
  const samePeriod = floor.pay.period === ceiling.pay.period || !floor.periodStated || !ceiling.periodStated;
  if (!samePeriod || floor.pay.currency !== ceiling.pay.currency || floor.pay.min! >= ceiling.pay.max!) return null;
  const period = floor.periodStated ? floor.pay.period : ceiling.pay.period;
  const [first, last] = floor.start < ceiling.start ? [floor, ceiling] : [ceiling, floor];
  return {
    ...floor,
    start: first.start,
    end: last.end,
    pay: { ...floor.pay, period, max: ceiling.pay.max, openTop: false },
    text: text.slice(first.start, last.end).trim(),
  };
}

// (Austria's "KV", its collective agreement, and Switzerland's "GAV": "Das KV-Mindestgehalt beträgt …", "Mindestlohn
// laut GAV: …".)
// (And an Australian award's rate, or a minimum wage, stated beside the offer: "The award rate for a qualified plumber is
// around $29.12/hr, but we pay $36/hr".)
const LEGAL_MINIMUM = () =>
  /(?<!\b(?:pay|pays|paying|paid|at|on) (?:the )?)\b(?:[Aa]ward (?:rate|wage)s?|(?:[Nn]ational |[Ll]egal |[Ss]tatutory )?[Mm]inimum wage)\b[^.;\n]{0,50}$|(?:[Kk]ollektivvertrag\w*\s+(?:\w+\s+)?|\b(?:KV|GAV)-)Mindest(?:gehalt|lohn|entgelt)(?:\s*\([^()\n]{0,80}\))?[^.;\n]{0,40}$|Mindest(?:gehalt|lohn|entgelt)\w* (?:laut|lt\.|gemäß|gemäss|nach) (?:KV|Kollektivvertrag|L?-?GAV)[^.;\n]{0,40}$|\b(?:il )?minimo (?:tabellare|contrattuale|da CCNL)[^.;\n]{0,30}$/;

/** Is an offer at or above a legal minimum in the same currency: by the year, or, with no period of its own, as it stands. */
function atOrAbove(offer: Candidate, minimum: Candidate): boolean {
  const figure = offer.pay.min ?? offer.pay.max;
  if (figure === null || minimum.pay.min === null || offer.pay.currency !== minimum.pay.currency) return false;
  if (!offer.periodStated) return figure >= minimum.pay.min;
  return figure * PERIODS[offer.pay.period] >= minimum.pay.min * PERIODS[minimum.pay.period];
}

// A US rate for work as needed: "Per diem pay for L&D is $68/hr", "$41.75/hr per diem".
// (Or the rate "for per diem" work: "Rate is $58/hr for per diem (no benefits)".)
const AS_NEEDED_RATE = () =>
  /per diem (?:pay|rate|RN|nurse|position|role|shifts?|spot|CT|tech\w*)\b|(?:\/\s?hr|\/\s?hour|an hour|per hour) (?:for )?per diem\b/i;
// The reader's own step on a scale, said before its figure in the same sentence.
const PLACED_AT = () =>
  /\b(?:you(?:['’]d| would| will) be placed|placed at|(?:can|could|will|would) place you at|(?:your|the) placement (?:is|would be|will be)|you(?:['’]d| would| will) start at|your starting (?:salary|pay|rate) (?:would be|will be|is))\b/i;
function choose(candidates: Candidate[], text: string): { pay: MessagePay | null; ote: MessagePay | null } {
  const withText = (c: Candidate | null): MessagePay | null => (c === null ? null : { ...c.pay, text: c.text });
  let ote = pickOne(candidates.filter((c) => c.kind === 'ote'));
  let salaried = candidates.filter((c) => c.kind === 'base' || c.kind === 'plain');
  // The minimum an Austrian collective agreement sets, stated by law beside the offer above it: "das kollektivvertragliche
  // Mindestgehalt … beträgt 3.912 € brutto pro Monat. Für diese Position bieten wir jedoch ab 5.400 €". Alone it is the
  // floor the message states.
  const legalMinimum = (c: Candidate) => compiled(LEGAL_MINIMUM).test(sentenceBefore(text, c.start));
  let minimum: Candidate | undefined;
  if (
    salaried.length > 1 &&
    (text.includes('ollektivvertrag') ||
      text.includes('KV') ||
      // (Italy's collective agreement's minimum: "il minimo tabellare sarebbe 1.890 €, noi stiamo sopra".)
      text.includes('minimo tabellare') ||
      text.includes('minimo contrattuale') ||
      text.includes('GAV') ||
      text.includes('ward rate') ||
      text.includes('ward wage') ||
      text.includes('inimum wage')) &&
    salaried.some((c) => !legalMinimum(c))
  ) {
    minimum = salaried.find(legalMinimum);
    // (Only for an offer at or above it: a bonus or a ticket's price beside the minimum is no offer, "KV-Mindestgehalt
    // EUR 2.400 brutto pro Monat … Jahresbonus von bis zu EUR 1.500".)
    const floor = minimum;
    const offers = salaried.filter((c) => !legalMinimum(c) && floor !== undefined && atOrAbove(c, floor));
    if (offers.length > 0) salaried = offers;
    else minimum = undefined;
  }
  // Where the message places the reader on its scale, that step is the offer, the scale's ends not: "Our salary schedule
  // runs from $52,410 … to $98,775. … you would be placed at Column IV, Step 7: $71,960". (By strings first.)
  if (salaried.length > 1 && (text.includes('placed') || text.includes('placement') || text.includes('start at'))) {
    const placed = salaried.filter((c) => compiled(PLACED_AT).test(sentenceBefore(text, c.start)));
    if (placed.length === 1) salaried = placed;
  }
  // Figures in two currencies where the message says which one the job is paid in: that one's. "the US SDR posting shows
  // $70K base / $100K OTE in USD, but Canadian roles are paid in CAD. For Toronto it's $62,000 base".
  let otes = candidates.filter((c) => c.kind === 'ote');
  const paidIn = salaried.length > 1 && new Set(salaried.map((c) => c.pay.currency)).size > 1 ? currencyPaidIn(text) : undefined;
  if (paidIn !== undefined && salaried.some((c) => c.pay.currency === paidIn)) {
    salaried = salaried.filter((c) => c.pay.currency === paidIn);
    if (otes.some((c) => c.pay.currency === paidIn)) otes = otes.filter((c) => c.pay.currency === paidIn);
    ote = pickOne(otes);
  }
  let pay: Candidate | null = null;
  if (salaried.length > 0) {
    // A figure called base or salary over one that is not.
    const bases = salaried.filter((c) => c.kind === 'base');
    pay =
      shiftRates(salaried, text) ??
      sameSaidTwoWays(salaried, text) ??
      grossAndInHand(salaried, text) ??
      floorAndCeiling(salaried, text) ??
      stretchedTo(salaried, text) ??
      // A figure called base or fixed as strongly said as any other: "Fixed: ₹16–20 LPA" over "₹5 lakh medical cover".
      pickOne(
        bases.length > 0 && Math.max(...bases.map((c) => c.strength)) >= Math.max(...salaried.map((c) => c.strength)) ? bases : salaried,
      );
    if (pay === null) return { pay: null, ote: withText(ote) };
    // The offer above the minimum is paid by the minimum's period when it says none: "Das KV-Mindestgehalt beträgt EUR
    // 2.950,- brutto pro Monat …; geplant sind ca. EUR 3.600,- brutto".
    if (
      minimum?.periodStated &&
      !pay.periodStated &&
      pay.pay.currency === minimum.pay.currency &&
      pay.pay.min !== null &&
      minimum.pay.min !== null &&
      pay.pay.min >= minimum.pay.min &&
      pay.pay.min <= 3 * minimum.pay.min
    )
      pay = { ...pay, pay: { ...pay.pay, period: minimum.pay.period } };
  } else {
    const totals = candidates.filter((c) => c.kind === 'total');
    pay = pickOne(totals);
    if (pay === null && totals.length > 0) return { pay: null, ote: withText(ote) };
  }
  // On-target earnings alone: they are the pay the message states (marked ote).
  if (pay === null && ote !== null) return { pay: withText(ote), ote: null };
  // A base with no period beside an OTE that states one, in the same currency and below it, is paid by that period:
  // "Basic S$2,800 + uncapped commissions / OTE S$9,000–S$12,000/month".
  if (
    pay !== null &&
    ote !== null &&
    !pay.periodStated &&
    ote.periodStated &&
    pay.pay.period !== ote.pay.period &&
    pay.pay.currency === ote.pay.currency &&
    (pay.pay.max ?? pay.pay.min ?? Infinity) < (ote.pay.min ?? ote.pay.max ?? 0)
  )
    pay = { ...pay, pay: { ...pay.pay, period: ote.pay.period } };
  // An OTE written with no currency beside a base that has one, by the same period and above it, is in the base's money:
  // "RAL 45-52K € + variabile (OTE 65K)".
  if (
    pay !== null &&
    ote !== null &&
    ote.pay.currency === null &&
    pay.pay.currency !== null &&
    ote.pay.period === pay.pay.period &&
    (pay.pay.max ?? pay.pay.min ?? Infinity) < (ote.pay.min ?? ote.pay.max ?? 0)
  )
    return { pay: withText(pay), ote: withText({ ...ote, pay: { ...ote.pay, currency: pay.pay.currency } }) };
  // A pay written bare, in a sentence whose only money is in euros or in pounds, is in them: "Range is 40–50k gross
  // annually, … plus a €1,000 yearly learning budget".
  if (pay !== null && pay.pay.currency === null && !namesAnotherMoneysPlace(text)) {
    const currency = soleCurrencyOf(sentenceAround(text, pay.start, pay.end));
    if (currency !== undefined) pay = { ...pay, pay: { ...pay.pay, currency } };
  }
  return { pay: withText(pay), ote: withText(ote) };
}

// An extra said paid on top, with at most its period between: "£4,800 a year on top of salary".
const EXTRA_ON_TOP = () =>
  /^\s*(?:(?:a|an|per|each|every|\/)\s?(?:year|yr|annum|month|week|wk|day|hour|hr)\s+)?on top(?: of (?:the |your |their )?(?:salary|base|basic|pay|wages?))?\s*$/;
// Scandinavia's letters, and places of the Gulf, Canada's largest city, the Nordic countries and Switzerland.
const ANOTHER_MONEYS_PLACE = () =>
  /[æøåÆØÅ]|\b(?:Dubai|Abu Dhabi|UAE|Qatar|Doha|Riyadh|Saudi|Kuwait|Bahrain|Oman|Toronto|Sverige|Danmark|Norge|Sweden|Denmark|Norway|Switzerland|Zürich|Zurich|Geneva|Genève)\b/;
// The marks of any other money than the euro and the pound, which leave a sentence's money unclear.
const OTHER_MONEY = () => /[$¥₹₺₽₩₱₦₪฿₫]|\b(?:USD|CHF|SEK|NOK|DKK|PLN|CZK|HUF|RON|TRY|TL|AUD|CAD|NZD|SGD|JPY|INR|ZAR|kr|zł|Kč|lei)\b/;
/**
 * Does the message name a place paid in another money than the euro or the pound: a dollar's country or a US state, the
 * Gulf, Scandinavia (by its letters)? Then a bare pay is not taken to be in the euros or pounds a sentence also names.
 */
function namesAnotherMoneysPlace(text: string): boolean {
  const low = text.toLowerCase();
  const words = new Set(low.split(/[^a-zà-ÿā-ž\d]+/));
  const names = (set: Set<string>, phrases: string[]) => [...set].some((w) => words.has(w)) || phrases.some((p) => holdsPhrase(low, p));
  return (
    names(US_PLACES, US_PHRASES) ||
    [...US_STATES].some((state) => words.has(state)) ||
    compiled(US_STATE_CODE).test(text) ||
    DOLLAR_PLACES.some(([, set, phrases]) => names(set, phrases)) ||
    compiled(ANOTHER_MONEYS_PLACE).test(text)
  );
}
/** The euro or the pound, when a sentence writes that one and no other money; else undefined. */
function soleCurrencyOf(sentence: string): 'EUR' | 'GBP' | undefined {
  const euro = sentence.includes('€') || sentence.includes('EUR');
  const pound = sentence.includes('£') || sentence.includes('GBP');
  if (euro === pound || compiled(OTHER_MONEY).test(sentence)) return undefined;
  return euro ? 'EUR' : 'GBP';
}

/** The one currency the message says the job is paid in ("roles are paid in CAD", "paid monthly in euros"), if it says one. */
function currencyPaidIn(text: string): string | undefined {
  const found = new Set<string>();
  for (let at = text.indexOf('paid '); at >= 0 && found.size < 3; at = text.indexOf('paid ', at + 5)) {
    // (Not a bonus's, a grant's or a stopgap's: "Your annual bonus is paid in EUR", "Stock grants are paid in USD".)
    const lead = text.slice(Math.max(0, text.lastIndexOf('.', at) + 1, at - 60), at).toLowerCase();
    if (
      ['bonus', 'stock', 'grant', 'equity', 'commission', 'contractor', 'until', 'before', 'allowance', 'stipend'].some((w) =>
        lead.includes(w),
      )
    )
      continue;
    const words = /^paid (?:\w+ )?in ([A-Z.]{3,4}|[A-Z][a-z]+ dollars|euros|pounds)(?![A-Za-z])/.exec(text.slice(at, at + 40));
    const code = words === null ? undefined : CURRENCY_NAMES.find(([name]) => name === words[1])?.[1];
    if (code !== undefined) found.add(code);
  }
  return found.size === 1 ? [...found][0] : undefined;
}

const SWISS_ITALIAN = () =>
  /\b(?:Ticino|Lugano|Bellinzona|Locarno|Mendrisio|Chiasso|Svizzera|CHF|Fr\.|Grigioni|Poschiavo|Coira|St\. Moritz|Engadina|Roveredo|Mesolcina|Bregaglia)/;

const PARSER_CURRENCY: Record<string, Currency> = { USD: 'USD', EUR: 'EUR', GBP: 'GBP', CAD: 'CAD', AUD: 'AUD' };

/**
 * The yearly PayRange the answers take, from a pay as the message states it:
 * only for a currency the project's parser knows (USD, EUR, GBP, CAD, AUD) or
 * none, and only with a lowest figure ("up to X" gives none). Never converts.
 */
export function yearlyPayRange(pay: MessagePay): PayRange | undefined {
  if (pay.min === null) return undefined;
  let currency: Currency | undefined;
  if (pay.currency !== null) {
    currency = PARSER_CURRENCY[pay.currency];
    if (currency === undefined) return undefined;
  }
  const per = PERIODS[pay.period];
  const min = Math.round(pay.min * per);
  const max = pay.openTop ? null : pay.max === null ? min : Math.round(pay.max * per);
  const range: PayRange = { min, max };
  if (currency !== undefined) range.currency = currency;
  if (pay.period !== 'year') range.period = pay.period;
  if (pay.ote) range.ote = true;
  return range;
}
