// Pay written in Japanese, Korean, Chinese, Thai, Arabic or Hebrew: figures counted in 万, 億, 만, 억, 千 or ألف, with the
// currency's word after them (円, 원, 元, ريال, جنيه, ₪) and the period in the label before them (年収, 月給, 時給,
// 연봉, 月薪) or in the words after (/月, شهرياً, לחודש). The Latin-letter reader (pay.ts) knows none of these words,
// so it reads such a message's figures as bare numbers and leaves them. This reads them, as exactly: a figure is pay
// only with a pay's label or a period and its currency, never beside a bonus's, an allowance's or a funding round's
// word, and never the reader's own current pay. Pure.

import { builtOnce, compiled } from '../compile.js';
import type { Period } from '../pay.js';

/** A pay found in one of these scripts, as stated, with where its figures stand. */
export interface ScriptPay {
  start: number;
  end: number;
  min: number | null;
  max: number | null;
  period: Period;
  currency: string | null;
  openTop: boolean;
  /** Said as the base: 基本給, 기본급, الراتب الأساسي. */
  base: boolean;
  /** Said as the total when targets are met, on its line: "รวมคอมมิชชั่นเมื่อถึงเป้า รายได้ประมาณ 85,000 บาท/เดือน". */
  ote: boolean;
}

/**
 * Whether the text holds a letter of the scripts this reads (Hebrew, Arabic, Thai, kana, Han, Hangul) or a full-width digit:
 * a message without any is not looked at. (By character codes: no pattern to compile on the messages that have none.)
 */
export function inScripts(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x0590) continue;
    if (
      code <= 0x06ff ||
      (code >= 0x0e00 && code <= 0x0e7f) ||
      (code >= 0x3040 && code <= 0x30ff) ||
      (code >= 0x3400 && code <= 0x9fff) ||
      (code >= 0xac00 && code <= 0xd7af) ||
      (code >= 0xff10 && code <= 0xff19)
    )
      return true;
  }
  return false;
}

/** The text with its full-width, Arabic-Indic and Persian digits and separators made ASCII, one character for one. */
function asciiDigits(text: string): string {
  // (The platform's replace, not a loop building the text again: a megabyte of CJK text costs a loop a tenth of a second.
  // A full-width comma becomes ASCII only between digits, where it groups them: elsewhere it ends a clause.)
  return (
    text
      .replace(/[０-９٠-٩۰-۹]/g, (c) =>
        String.fromCharCode(c.charCodeAt(0) - (c >= '٠' && c <= '٩' ? 0x0660 : c >= '۰' && c <= '۹' ? 0x06f0 : 0xff10) + 48),
      )
      .replace(/(?<=\d)[٬，٫．](?=\d)/g, (c) => (c === '٬' || c === '，' ? ',' : '.'))
      // (And the Arabic comma between a figure and its last three digits, as Pashto groups thousands: "۶۸،۰۰۰ افغانۍ".)
      .replace(/(?<=\d)،(?=\d{3}(?!\d))/g, ',')
  );
}

// A figure's scale words: ten thousand, a hundred million, a thousand (and the Korean ten million, 천만).
const SCALES: Array<[string, number]> = [
  ['천만', 10_000_000],
  ['백만', 1_000_000],
  ['億', 100_000_000],
  ['亿', 100_000_000],
  ['억', 100_000_000],
  ['万', 10_000],
  ['萬', 10_000],
  ['만', 10_000],
  ['千', 1000],
  ['천', 1000],
  ['K', 1000],
  ['k', 1000],
  // (A million in Latin letters, as Hong Kong writes a package: "年薪 HK$1.3M - 1.6M"; and a mainland chat's "W" for 万,
  // "base年薪45W".)
  ['M', 1_000_000],
  ['W', 10_000],
  ['w', 10_000],
  ['ألف', 1000],
  // Arabic's million, as Lebanon counts its pound: "راتب ٤٥ مليون ل.ل.".
  ['مليون', 1_000_000],
  // Persian's million and thousand, and Urdu's thousand and lakh: "۸۵ تا ۱۰۰ میلیون تومان", "۴۰۰ هزار", "45 ہزار", "1.5 لاکھ".
  ['میلیون', 1_000_000],
  ['هزار', 1000],
  ['ہزار', 1000],
  ['لاکھ', 100_000],
  ['الف', 1000],
  ['آلاف', 1000],
  ['אלף', 1000],
  ['หมื่น', 10_000],
  ['แสน', 100_000],
  ['אלפים', 1000],
];

// (Grouped in thousands, or in lakhs as South Asia groups them: "3,50,000".)
const NUMBER = () => /^\d{1,2}(?:,\d{2})+,\d{3}(?![\d,])|^\d{1,3}(?:,\d{3})+(?:\.\d+)?|^\d+(?:\.\d+)?/;

interface Amount {
  value: number;
  end: number;
  /** The multiplier of its last scale word, 1 for none. */
  scale: number;
}

/** The sum written at `at`: "1,100万", "1억 1,000만", "4.5万", "40 ألف", "22,000". */
function amountAt(text: string, at: number): Amount | undefined {
  const first = compiled(NUMBER).exec(text.slice(at, at + 20));
  if (!first) return undefined;
  let value = Number(first[0].replace(/,/g, ''));
  let end = at + first[0].length;
  // (Thousands grouped by dots before Algeria's or Morocco's money, as the Maghreb writes them: "70.000 دج", "4.500 درهم";
  // not the Gulf's three-decimal dinars.)
  // (Or the range's bottom before its top and the money: "60.000 - 80.000 دج", "من 7.000 إلى 9.000 درهم".)
  if (
    /^\d{1,3}(?:\.\d{3})+$/.test(first[0]) &&
    /^(?:\s?(?:[-–~]|إلى|الى|و)\s?\d{1,3}(?:\.\d{3})+)?\s?(?:دج|درهم|DA\b|DH\b)/.test(text.slice(end, end + 24))
  )
    value = Number(first[0].replace(/\./g, ''));
  let scale = 1;
  const scaleAt = (from: number): [number, number] | undefined => {
    const rest = text.slice(from, from + 8).replace(/^ /, '');
    const skip = text[from] === ' ' ? 1 : 0;
    for (const [word, times] of SCALES) {
      if (!rest.startsWith(word)) continue;
      // (A Latin letter's scale only where no Latin letter follows it: not "$1,500 weekly", "$5,000 Monthly".)
      if (/^[KkMWw]$/.test(word) && /[A-Za-z]/.test(rest[word.length] ?? '')) continue;
      return [from + skip + word.length, times];
    }
    return undefined;
  };
  const scaled = scaleAt(end);
  if (scaled) {
    // (K, M and W only right against their figure: "15K", not "15 Kč".)
    const letter = /[KkMWw]/.test(text[end] ?? '');
    if (!letter || !/^[A-Za-z]/.test(text[end + 1] ?? '')) {
      [end, scale] = scaled;
      value *= scale;
    }
  }
  // Ten thousand and then a thousands digit, as Chinese says a sum: "5萬5起" is 55,000 ("5萬5千" too). (Not a digit that
  // counts something else: "800万5年目".)
  if (scale === 10_000 && /^\d(?:千|천)?(?:$|[起以至到\-~〜～元円원、，,\s(（/+])/u.test(text.slice(end, end + 3))) {
    value += Number(text[end]) * 1000;
    end += text[end + 1] === '千' || text[end + 1] === '천' ? 2 : 1;
  }
  // Korean thousands and hundreds before the ten thousands: "8천5백만원" is 85,000,000.
  if (scale === 1000 && text[end - 1] === '천') {
    const hundreds = /^(\d)백(만)/u.exec(text.slice(end, end + 3));
    if (hundreds) {
      value = (value + Number(hundreds[1]) * 100) * 10_000;
      end += hundreds[0].length;
      scale = 10_000;
    }
  }
  // A hundred million and then its ten thousands: "1억 1,000만", "1億2000万".
  if (scale === 100_000_000) {
    const gap = text[end] === ' ' ? 1 : 0;
    const more = compiled(NUMBER).exec(text.slice(end + gap, end + gap + 12));
    if (more) {
      const after = scaleAt(end + gap + more[0].length);
      if (after && after[1] < 100_000_000) {
        value += Number(more[0].replace(/,/g, '')) * after[1];
        end = after[0];
      }
    }
  }
  return { value, end, scale };
}

// Currencies written after the figure, longest first.
const CURRENCY_AFTER: Array<[string, string]> = [
  // Algeria's dinar by its letters: "(40000 دج)".
  ['دج', 'DZD'],
  // The Lebanese pound by its letters: "٤٥ مليون ل.ل.".
  ['ل.ل.', 'LBP'],
  ['ل.ل', 'LBP'],
  ['ليرة لبنانية', 'LBP'],
  // A dollar's sign after the figure, as Arabic and Chinese chats write the US dollar: "الراتب 600$ فريش شهرياً".
  ['$', 'USD'],
  // The US dollar by its Arabic name: "1,800 دولار أميركي شهرياً".
  ['دولار أمريكي', 'USD'],
  ['دولار أميركي', 'USD'],
  ['دولار', 'USD'],
  // Chinese "US gold", the US dollar: "月薪2000-3500美金".
  ['美金', 'USD'],
  ['美元', 'USD'],
  // The dollars of the Chinese diaspora by their everyday names: "周薪税后 1300–1500 澳币", "年薪 9.5万–11万澳币". (Not "刀",
  // which Chinese speakers say of their own country's dollar, wherever they are, and which is a knife too.)
  ['澳币', 'AUD'],
  ['澳元', 'AUD'],
  ['纽币', 'NZD'],
  ['纽元', 'NZD'],
  ['加币', 'CAD'],
  ['加元', 'CAD'],
  ['新币', 'SGD'],
  ['港币', 'HKD'],
  ['港元', 'HKD'],
  ['ريال سعودي', 'SAR'],
  // (And the Gulf's moneys in Urdu letters, as agents write to workers: "1500 سعودی ریال ماہانہ", "قطری ریال".)
  ['سعودی ریال', 'SAR'],
  ['قطری ریال', 'QAR'],
  ['عمانی ریال', 'OMR'],
  ['ريال يمني', 'YER'],
  // Oman's rial, Libya's dinar and Yemen's rial by their letters: "٤٥٠ ر.ع شهرياً", "1,500 د.ل شهرياً", "٩٠ ألف ر.ي".
  ['ر.ع', 'OMR'],
  ['د.ل', 'LYD'],
  ['ر.ي', 'YER'],
  // Kuwait's dinar, Bahrain's and Jordan's by their letters: "1,100 – 1,350 د.ك شهرياً", "٨٥٠ د.ب", "٩٠٠ د.أ".
  // Moneys by their Korean names, so that a sum in 만 before them is no won: "연봉 600만엔", "40만 위안", "15만 달러".
  ['엔', 'JPY'],
  ['위안', 'CNY'],
  ['달러', 'USD'],
  ['유로', 'EUR'],
  ['파운드', 'GBP'],
  ['바트', 'THB'],
  ['د.ك', 'KWD'],
  ['د.ب', 'BHD'],
  ['د.أ', 'JOD'],
  ['د.ا', 'JOD'],
  ['ريال قطري', 'QAR'],
  ['ريال عماني', 'OMR'],
  // A riyal with no country after it: the one of the country the message is set in (riyalOf).
  ['ريال', 'SAR'],
  ['دينار كويتي', 'KWD'],
  ['دينار بحريني', 'BHD'],
  ['دينار أردني', 'JOD'],
  ['دينار عراقي', 'IQD'],
  ['دينار تونسي', 'TND'],
  ['دينار جزائري', 'DZD'],
  // (And Algeria's and Morocco's moneys in Latin letters after the figure, as their Arabic posts write them: "120.000 DA
  // شهريا", "5.000 DH".)
  ['DA', 'DZD'],
  ['DH', 'MAD'],
  ['دينار ليبي', 'LYD'],
  // The dinar in Kurdish letters (Persian's yeh), Iraq's as Kurdistan is paid: "مووچەی مانگانە: ٧٥٠٬٠٠٠ دینار"; Syria's
  // pound by its letters, "3,500,000 ل.س".
  ['دینار', 'IQD'],
  ['ل.س', 'SYP'],
  // A dinar or a dirham with no country after it: the one of the country the message is set in (dinarOf, dirhamOf).
  ['دينار', 'JOD'],
  // (With its accusative ending, "١٥٠ درهماً للساعة".)
  ['درهماً', 'AED'],
  ['درهم إماراتي', 'AED'],
  ['درهم مغربي', 'MAD'],
  ['درهم', 'AED'],
  // Urdu writes the dirham with its own final letter: "2,200 درہم ماہانہ".
  ['درہم', 'AED'],
  // The afghani, in Dari and in Arabic letters: "۳۵٬۰۰۰ افغانی".
  ['افغانی', 'AFN'],
  ['افغاني', 'AFN'],
  // (And in Pashto, with its own yeh: "۶۸،۰۰۰ افغانۍ".)
  ['افغانۍ', 'AFN'],
  // Urdu's rupees, Pakistan's: "3,50,000 روپے ماہانہ".
  ['روپے', 'PKR'],
  // Iran's rial in Persian letters (its yeh is Persian's, not the Saudi riyal's "ريال"), and the toman, ten rials, in which
  // Iran says its prices and pay: "۸۵ تا ۱۰۰ میلیون تومان" is read as 850 to 1,000 million rials (ISO 4217 has no toman).
  ['ریال', 'IRR'],
  ['تومان', 'IRR'],
  ['جنيه مصري', 'EGP'],
  // Sudan's pound and South Sudan's: "300 ألف جنيه سوداني"; a pound with no country after it is the one of the country the
  // message is set in (poundOf): Egypt's unless it names one of the Sudans.
  ['جنيه جنوب سوداني', 'SSP'],
  ['جنيه سوداني', 'SDG'],
  ['ج.س', 'SDG'],
  ['جنيه', 'EGP'],
  ['ج.م', 'EGP'],
  // (And its letter alone, written against the figure as Egyptian texts do: "بمرتب ثابت 7500ج شهرياً".)
  ['ج', 'EGP'],
  ['人民币', 'CNY'],
  ['RMB', 'CNY'],
  // (And in lower case, as a chat writes it: "年包50w rmb左右".)
  ['rmb', 'CNY'],
  ['CNY', 'CNY'],
  // (A code in Latin letters after the figure: "급여: 월 1,500~1,800 USD".)
  ['USD', 'USD'],
  ['EUR', 'EUR'],
  ['日元', 'JPY'],
  // Other dollars and moneys by their Chinese names, before the yuan's "元" that ends some of them: "月薪3000新加坡元",
  // "月薪25000港元".
  ['新加坡元', 'SGD'],
  ['新币', 'SGD'],
  ['新幣', 'SGD'],
  ['港元', 'HKD'],
  ['港币', 'HKD'],
  ['港幣', 'HKD'],
  ['澳元', 'AUD'],
  ['加元', 'CAD'],
  ['欧元', 'EUR'],
  // The Swedish krona and the euro in Thai: "26,500 โครนสวีเดน/เดือน", "2,350 ยูโร".
  ['โครนสวีเดน', 'SEK'],
  ['ยูโร', 'EUR'],
  // The dirham and the riyal by their Chinese names: "月薪：12,000–15,000 迪拉姆（AED）".
  ['迪拉姆', 'AED'],
  ['里亚尔', 'SAR'],
  ['歐元', 'EUR'],
  ['英镑', 'GBP'],
  ['英鎊', 'GBP'],
  ['円', 'JPY'],
  ['원', 'KRW'],
  ['元', 'CNY'],
  ['₪', 'ILS'],
  ['ש"ח', 'ILS'],
  ['บาท', 'THB'],
  // (And its short form, with its dot: "15,000-22,000 บ./เดือน".)
  ['บ.', 'THB'],
  ['ש״ח', 'ILS'],
  ['שקל', 'ILS'],
];
// A sign or a code written before a figure: a dollar's with its country's letters, a Chinese word or an ISO code; then
// a sign alone.
// (Singapore's dollar by its Chinese name before its sign, "月薪新币$1,850起"; Malaysia's ringgit as "RM", "底薪 RM2,800".)
const CODES_BEFORE =
  'NT\\$|HK\\$|US\\$|NZ\\$|AU\\$|A\\$|CA\\$|C\\$|S\\$|MOP\\$|新币\\$|新幣\\$|新元\\$|港幣|港币|港元|新加坡元|新币|新幣|新元|RMB|RM|CNY|JPY|KRW|TWD|HKD|MOP|SAR|AED|QAR|EGP|ILS|USD|THB|MYR|SGD|VND|IDR|PHP|AUD|NZD|CAD|CHF|EUR|GBP|KWD|BHD|OMR|JOD';
const SIGNS_BEFORE = '[¥￥₩₪$฿]';
// Before it: a sign or a code.
const CURRENCY_BEFORE = builtOnce(() => new RegExp(`(?:(${CODES_BEFORE})|(${SIGNS_BEFORE}))\\s?$`));

// The least a year's pay runs to, where a month's never does: the yen's and the won's.
// (And the dollars, the pound and the euro a Chinese message abroad gives its pay in, from 30,000: "base 18万-20万澳币".)
const YEARLY_FROM: Record<string, number> = {
  JPY: 2_000_000,
  KRW: 20_000_000,
  AUD: 30_000,
  NZD: 30_000,
  CAD: 30_000,
  USD: 30_000,
  GBP: 30_000,
  EUR: 30_000,
};

// Cantonese "wages" with its verb or colon (alone, "人工智能" is artificial intelligence).
const CANTONESE_WAGE_LABELS = ['人工開', '人工开', '人工：', '人工:', '人工約'];
// Labels of a pay before its figure, each with its period (undefined: the period must be said after the figure).
const LABELS: Array<[string, Period | undefined]> = [
  ['年収', 'year'],
  ['年俸', 'year'],
  ['年薪', 'year'],
  // (A year's package, bonus included, as a Singapore or a mainland headhunter says it: "年包 30-35万新币".)
  ['年包', 'year'],
  ['年收入', 'year'],
  ['연봉', 'year'],
  // Korean "starting salary", a year's: "초봉 4,200만원".
  ['초봉', 'year'],
  // Korean "band", a pay grade's range: "팀장 직급 밴드 상 최대 1.2억까지".
  ['밴드', undefined],
  ['月給', 'month'],
  // Tunisia's "the monthly", its word for a salary: "الشهرية 2800 دينار صافية".
  ['الشهرية', 'month'],
  // A base salary, a month's as China says it: "底薪4000+高提成".
  ['底薪', 'month'],
  ['月収', 'month'],
  ['月薪', 'month'],
  ['月给', 'month'],
  // (A month's income, overtime included, as a factory's agency says it: "月综合收入6000-8000元".)
  ['月综合收入', 'month'],
  ['月綜合收入', 'month'],
  // (Or "a month's all-in", the same with its income unsaid: "月综合6500-8000元"; and the income all in with no period,
  // "综合收入（OTE）约每月25,000元".)
  ['月综合', 'month'],
  ['月綜合', 'month'],
  ['综合收入', undefined],
  ['綜合收入', undefined],
  // A factory's "work price", its hourly wage, the period said after it: "【工价】23元/小时".
  ['工价', undefined],
  ['工價', undefined],
  // "Earn by the day", as a part-time pitch says its pay: "日赚300-800元".
  ['日赚', 'day'],
  ['日賺', 'day'],
  ['月額', 'month'],
  ['월급', 'month'],
  // Thai "monthly money", its word for a salary; "remuneration", "income".
  ['เงินเดือน', 'month'],
  ['ค่าตอบแทน', undefined],
  // A wage, by the day: "ค่าจ้างรายวัน 450 บาท".
  ['ค่าจ้างรายวัน', 'day'],
  ['ค่าจ้าง', undefined],
  // Thai's "a day's wage" and "labour's pay": "ค่าแรงวันละ 600 บาท" (the day said by "วันละ", each day); and "each hour"
  // after a wage's word, "ค่าจ้าง ชม.ละ 55 บาท", "ชั่วโมงละ".
  ['ค่าแรงวันละ', 'day'],
  ['ชม.ละ', 'hour'],
  ['ชั่วโมงละ', 'hour'],
  ['ค่าแรง', undefined],
  ['รายได้', undefined],
  ['時給', 'hour'],
  ['時薪', 'hour'],
  ['时薪', 'hour'],
  ['时给', 'hour'],
  ['시급', 'hour'],
  ['日給', 'day'],
  ['日薪', 'day'],
  // A week's pay, as a Chinese post in Australia or New Zealand says it: "周薪税后 1300–1500 澳币".
  ['周薪', 'week'],
  ['週薪', 'week'],
  ['일급', 'day'],
  // Korean "a day's pay", as day labour is advertised: "일당 15만원".
  ['일당', 'day'],
  ['給与', undefined],
  ['給料', undefined],
  ['基本給', undefined],
  ['報酬', undefined],
  ['薪资', undefined],
  ['薪資', undefined],
  ['薪酬', undefined],
  ['工资', undefined],
  // Cantonese "wages", as Hong Kong says a job's pay: "人工開 $24,000 至 $28,000 一個月". (With its verb or colon: "人工智能"
  // is artificial intelligence.)
  ...CANTONESE_WAGE_LABELS.map((label): [string, Period | undefined] => [label, undefined]),
  ['待遇', undefined],
  ['급여', undefined],
  ['기본급', undefined],
  // Arabic "daily rate", "daily wage": a consultant's or a worker's pay by the day.
  ['السعر اليومي', 'day'],
  ['الأجر اليومي', 'day'],
  // Egypt's "the daily", a day labourer's wage: "اليومية ٤٥٠ جنيه".
  ['اليومية', 'day'],
  // A salary labelled monthly or yearly: "الراتب الشهري: من 1,400 إلى 1,700 دولار أمريكي", "الراتب السنوي".
  ['الراتب الشهري', 'month'],
  // (The monthly gross, its salary's word too far before the figure to be seen: "الراتب الإجمالي الشهري: من 85,000".)
  ['الإجمالي الشهري', 'month'],
  ['الاجمالي الشهري', 'month'],
  // (And the yearly gross, "الراتب السنوي الإجمالي: من ٤٢٠ ألف ريال".)
  ['السنوي الإجمالي', 'year'],
  ['السنوي الاجمالي', 'year'],
  ['المرتب الشهري', 'month'],
  ['راتب شهري', 'month'],
  ['الأجر الشهري', 'month'],
  ['الراتب السنوي', 'year'],
  ['راتب سنوي', 'year'],
  // Dari's and Pashto's monthly salary: "معاش ماهوار: ۸۵٬۰۰۰ تا ۱۰۵٬۰۰۰ افغانی", "میاشتنی معاش ۴۲٬۰۰۰ افغانۍ". (Not a
  // monthly allowance's "کمک هزینه ماهوار".)
  ['معاش ماهوار', 'month'],
  ['میاشتنی معاش', 'month'],
  ['معاش', undefined],
  ['الراتب', undefined],
  ['راتب', undefined],
  // Sorani Kurdish's salary, and a month's: "مووچەی مانگانە: ٧٥٠٬٠٠٠ دینار"; Lebanon's "المعاش".
  ['مووچەی مانگانە', 'month'],
  ['مووچە', undefined],
  ['المعاش', undefined],
  ['المرتب', undefined],
  ['مرتب', undefined],
  // Moroccan Darija's "pay": "الخلاص: 4500 درهم فيكس".
  ['الخلاص', undefined],
  // (And Algeria's and Morocco's "الخلصة": "الخلصة 4 ملاين في الشهر (40000 دج)".)
  ['الخلصة', undefined],
  ['الأجر', undefined],
  // Dari's "monthly salary" and "salary", Persian's: "معاش ماهانه: ۳۵٬۰۰۰ افغانی", "حقوق ماهانه".
  ['معاش ماهانه', 'month'],
  ['حقوق ماهانه', 'month'],
  // (And Persian's "fixed monthly salary", "salary", "wage": "حقوق ثابت ماهانه: ۸۵ تا ۱۰۰ میلیون تومان".)
  ['حقوق ثابت ماهانه', 'month'],
  ['حقوق', undefined],
  ['دستمزد', undefined],
  ['معاش', undefined],
  // Urdu's "salary": "تنخواہ: 3,50,000 روپے ماہانہ (گراس)".
  ['تنخواہ', undefined],
  // Hebrew's yearly salary: "שכר שנתי של 780-900 אלף ₪".
  ['שכר שנתי', 'year'],
  ['שכר', undefined],
  ['משכורת', undefined],
];
// Labels whose words also run inside other words or describe other sums, taken only right before their figure (see
// nearLabel).
const NEAR_ONLY_LABELS = new Set([
  '月综合',
  '月綜合',
  '综合收入',
  '綜合收入',
  '工价',
  '工價',
  '日赚',
  '日賺',
  'اليومية',
  'الإجمالي الشهري',
  'الاجمالي الشهري',
  'السنوي الإجمالي',
  'السنوي الاجمالي',
]);
/**
 * Whether a label found at `where` in `lead` is the figure's own: nothing but marks, "约", "每月", "OTE" or Arabic "from"
 * between it and the figure; and not inside another word or another sum's words: "员工价" (staff price), "今日赚了"
 * (earned today), "公司综合收入" (a firm's revenue), "المبيعات اليومية" (daily sales), "الإيجار الإجمالي الشهري" (the monthly
 * rent). By characters.
 */
function nearLabel(word: string, lead: string, where: number, wider: string): boolean {
  if (!/^(?:[\s：:】）)（(约約为為是]|OTE|每月|من)*$/u.test(lead.slice(where + word.length))) return false;
  const before = lead.slice(0, where);
  if (word.startsWith('工') && /[员員加施手人]$/u.test(before)) return false;
  if (word.startsWith('日') && /[今昨每节節假平周週]$/u.test(before)) return false;
  // (Nor others' income, last year's or an average: "去年店长综合收入每月2万元".)
  if (word.includes('综') || word.includes('綜'))
    return !/公司|门店|門店|店铺|店鋪|平台|企业|企業|营收|營收|去年|上月|平均|人均|员工|員工|店长|店長/u.test(before);
  // (The daily wage opens its clause; the monthly gross follows the salary's word.)
  if (word === 'اليومية') return !/[\u0621-\u064a]/u.test(before);
  // (The clause's 24 characters may cut the salary's word off: looked for in the wider text before the figure.)
  if (word.startsWith('ال'))
    return /(?:الراتب|المرتب|الأجر)\s+(?:(?:الإجمالي|الاجمالي) الشهري|السنوي (?:الإجمالي|الاجمالي))[\s:：]*(?:من)?\s*$/u.test(wider);
  return true;
}
// Chinese labels of a salary that say no period (a month's, by custom).
const CHINESE_PAY_LABELS = ['薪资', '薪資', '工资', '工資', '待遇', '薪酬', ...CANTONESE_WAGE_LABELS];
// Periods said after the figure and its currency.
// The English periods of PERIOD_AFTER, read only after a sum in 万, 萬, 만 or 億, or a code's sum on a line in Chinese,
// Japanese or Korean (see inScale below).
const ENGLISH_PERIODS = new Set(['/yr', '/year', 'a year', 'per year', '/mo', 'a month', 'per month']);
const PERIOD_AFTER: Array<[string, Period]> = [
  // (Sorani Kurdish's "monthly", after the money: "2,000,000 بۆ 2,500,000 دینار مانگانەیە".)
  ['مانگانە', 'month'],
  // (And English periods after a sum in 万, as a message in English for Japan writes it: "1000-1400万円/yr".)
  ['/yr', 'year'],
  ['/year', 'year'],
  ['a year', 'year'],
  ['per year', 'year'],
  ['/mo', 'month'],
  ['a month', 'month'],
  ['per month', 'month'],
  ['/月', 'month'],
  ['／月', 'month'],
  ['每月', 'month'],
  ['一個月', 'month'],
  ['一个月', 'month'],
  ['每個月', 'month'],
  ['/年', 'year'],
  ['／年', 'year'],
  ['/時', 'hour'],
  ['/小时', 'hour'],
  ['/小時', 'hour'],
  ['/日', 'day'],
  ['/天', 'day'],
  ['شهري', 'month'],
  ['بالشهر', 'month'],
  ['في الشهر', 'month'],
  // (Darija joins "in" to the month: "6000 درهم فالشهر".)
  ['فالشهر', 'month'],
  ['سنوي', 'year'],
  ['في السنة', 'year'],
  ['بالساعة', 'hour'],
  // (A week's, "150 دولار بالأسبوع".)
  ['بالأسبوع', 'week'],
  ['بالاسبوع', 'week'],
  ['أسبوعياً', 'week'],
  ['أسبوعيا', 'week'],
  ['للساعة', 'hour'],
  ['في الساعة', 'hour'],
  ['يومي', 'day'],
  ['לחודש', 'month'],
  ['ماهانه', 'month'],
  ['ماہانہ', 'month'],
  // (And Urdu's "daily", "18,000 روپے یومیہ".)
  ['یومیہ', 'day'],
  ['در ماه', 'month'],
  ['/เดือน', 'month'],
  ['ต่อเดือน', 'month'],
  ['/ปี', 'year'],
  ['ต่อปี', 'year'],
  ['/วัน', 'day'],
  ['ต่อวัน', 'day'],
  ['ต่อชั่วโมง', 'hour'],
  ['בחודש', 'month'],
  ['לשנה', 'year'],
  ['לשעה', 'hour'],
];
// Words of a sum that is not the wage: bonuses, allowances, sign-on and referral money, stock options, funding,
// revenue and investment.
const NOT_WAGE = [
  // A price, a rent or a loan in Thai: "ราคาห้อง ๓,๕๐๐ บาท/เดือน".
  'ราคา',
  'เช่า',
  'เงินกู้',
  '賞与',
  'ボーナス',
  '手当',
  '交通費',
  '祝い金',
  '祝金',
  '一時金',
  '資金',
  '調達',
  '累計',
  '売上',
  '奖金',
  '獎金',
  '签字费',
  '簽約金',
  '补贴',
  // Their short forms, a housing, meal or transport allowance: "房补1500元/月", "餐补", "交补".
  '房补',
  '房補',
  '餐补',
  '餐補',
  '交补',
  '補助',
  '补助',
  '補貼',
  '津贴',
  '津貼',
  '禮金',
  '礼金',
  '期权',
  '融资',
  '融資',
  '估值',
  '营收',
  '營收',
  '매출',
  '투자',
  '축하금',
  '보너스',
  '상여',
  '수당',
  // (And a rent or housing paid for, in Korean: "주거: … 임차료 월 700달러 한도 내 실비 지원".)
  '임차료',
  '주거',
  '월세',
  '인센티브',
  '지원금',
  'بدل',
  'حوافز',
  'مكافأة',
  'عمولة',
  'בונוס',
  'מענק',
  // Thai allowances, fees and bonuses: "ค่าเดินทาง" (travel), "โบนัส", "ค่าคอม".
  'ค่าเดินทาง',
  'ค่าอาหาร',
  'ค่าที่พัก',
  'ค่าคอม',
  'ค่าน้ำมัน',
  'ค่าโทรศัพท์',
  'ค่ากะ',
  'โบนัส',
  // A hotel's service charge and tips, shared out on top of the salary: "บวก service charge (… 8,000–12,000 บาท/เดือน)".
  'service charge',
  'เซอร์วิสชาร์จ',
  'ทิป',
  // Hebrew budgets, turnover, options, a company car: "תקציב", "מחזור", "אופציות בשווי", "רכב צמוד בשווי". (Not the
  // budget for the post, which is its pay: see POST_BUDGET.)
  'תקציב',
  'מחזור',
  'אופציות',
  'בשווי',
  'רכב',
  // Meals, commuting, training, rent, prices, refunds, tickets, insurance: "식대 월 20만원", "通勤費", "房租", "订阅价",
  // "החזר נסיעות", "שכר דירה", "تذاكر سفر", "التأمين الطبي".
  '식대',
  '교통비',
  '通勤',
  '研修費',
  // A lower rate while training, not the job's: "研修期間（最大80時間）は時給1,200円" (but "研修期間中も月給25万円を支給",
  // the same pay during training, is the job's).
  '研修期間（',
  '研修期間は',
  '研修中は',
  '費用',
  '费用',
  '餐补',
  '餐補',
  '补助',
  '房租',
  '租金',
  '价',
  '價',
  '订阅',
  '訂閱',
  'החזר',
  'דירה',
  'تذاكر',
  'تذكرة',
  'تأمين',
  'التأمين',
  'إيجار',
];
/** Whether three lines or more open with a number and a mark, "1- ", "2) ", "3. ": a list. By characters. */
function numberedList(text: string): boolean {
  let count = 0;
  for (const line of text.split('\n', 2000)) {
    const t = line.trimStart();
    if (t[0] !== undefined && t[0] >= '0' && t[0] <= '9' && '-.):'.includes(t[1] ?? '') && ++count >= 3) return true;
  }
  return false;
}

// See scriptPays: a fee, a cost or a budget after a sum and its "の"; a record ("実績") after it.
// (Not a budget, which is how a pay's bound is said, "年収900万円の予算"; nor what else is paid besides it, "月給25万円のほか
// 通勤費用も支給"; nor a contractor's own fee, "業務委託費用".)
// (Or a cost cut by it, "EKSのコストを月47万円削減した話"; or what a post might reach, said to be possible: "年収1,000万円以上も
// 可能なポジションです".)
const FEE_OR_RECORD_AFTER = () =>
  /^(?:超|以上)?(?:の(?!ほか|他)[^\s、。！!]{0,10}(?:料金|(?<!委託)費用|コスト|代金)|の?実績|も可能|削減|節約)/u;
/**
 * Whether the figure at `at` is one job's pay in a list of jobs, each line opened by a keycap's number and priced, as a
 * Chinese mailing lists them ("1️⃣ 亚马逊运营专员 | 8-15K", "2️⃣ 直播主播 | 底薪6000+高提成"): no one job's pay is the
 * message's. By characters.
 */
function pricedJobInAList(text: string, at: number, listed: () => boolean): boolean {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  return keycapLine(text.slice(lineStart, at)) && listed();
}
const keycapLine = (line: string) => /^\s*\d\ufe0f?\u20e3/.test(line);
/** Whether three lines or more of the message are jobs opened by a keycap's number and priced. Read once a message. */
function pricedJobLines(text: string): boolean {
  // (A job's line: its name, a separator and then a figure, not a line that opens with a pay's or a benefit's word, "2️⃣
  // 餐补500元", nor a firm's figures, "营收5000万元".)
  const jobLine = (line: string) => {
    const rest = line.replace(/^\s*\d\ufe0f?\u20e3\s*/, '');
    return (
      /^[^\d|｜：:–\n]{2,30}\s*[|｜：:–]\s*[^\n]*\d\s?(?:[kK千万]|元)/u.test(rest) &&
      !/^(?:月薪|薪资|薪資|底薪|工资|工資|补|補|奖|獎|月給|時給|手当|营收|營收|年收|待遇|福利|五险|五險)/u.test(rest)
    );
  };
  return text.split('\n', 2000).filter((line) => keycapLine(line) && jobLine(line)).length >= 3;
}

// Money whose pay is said by the month, where no period is written.
const MONTHLY_BY_CUSTOM_HERE = new Set([
  'EGP',
  'SAR',
  'AED',
  'QAR',
  'KWD',
  'BHD',
  'OMR',
  'JOD',
  'MAD',
  'TND',
  'LBP',
  'IQD',
  'THB',
  'YER',
  'LYD',
  'DZD',
  'SDG',
  'SSP',
]);
// The reader's own pay, now: "現年収", "현재 연봉", "目前月薪", "مرتبي الحالي".
// (Said of a pay, not "currently" alone: "現在募集中のポジションの年収は" is the job's.) And the pay of others, or before:
// an average, a previous job's ("平均年収", "前職年収", "上一份工作月薪").
const OWN_PAY = [
  '現年収',
  '現在年収',
  '現在の年収',
  '現在のご年収',
  '現在の給与',
  '目前的',
  '现在的',
  '현재연봉',
  '현재의',
  // (Korean "current salary", short and spaced: "상무님 현 연봉(9,500만원)을 기준으로", "현재 연봉은 9,500만원".)
  '현 연봉',
  '현재 연봉',
  'הנוכחית',
  'เดิม',
  'ขึ้นเงินเดือน',
  'ปรับเงินเดือน',
  '目前薪资',
  '目前月薪',
  '目前年薪',
  '现在的薪资',
  '현재 연봉',
  '현재 급여',
  'راتبك الحالي',
  'مرتبك الحالي',
  // The reader's own search filter on a job board: "您設定的求職條件「新竹市／月薪 40,000 以上」".
  '求職條件',
  '求职条件',
  '搜尋條件',
  '搜索条件',
  'راتبي',
  'مرتبي',
  'השכר הנוכחי',
  '平均',
  // An example of what one may earn, not the offer: "月収例：25万円以上も可能！", "年収例 650万円（入社3年目）".
  '月収例',
  '年収例',
  '収入例',
  '給与例',
  '前職',
  '上一份',
  '上一家',
  '上家',
  '평균',
  '이전',
  '전 직장',
  'متوسط',
  'ממוצע',
  'הקודם',
  'السابق',
];
// A bonus said to be included is no sum apart: "年薪（含獎金）". (Not one said not to be: "不含在月薪内", "미포함",
// "含まず".)
// (And "combined": "底薪+提成+房补（综合8000-12000元/月）", the whole pay with its allowance.)
const INCLUDED = ['含', '포함', '込み', 'شامل', '综合', '綜合'];
const NOT_INCLUDED = ['不含', '未含', '미포함', '포함되지', '含まず', '含めず', 'غير شامل'];
// What a figure counts, said right after it: people, times, days, months, years, percent. Korean writes its counter
// after a space, with its particle ("150만 명이"), but a day's "일" against the figure ("3일", not "350만 일산"); Chinese
// and Japanese right against the figure ("20人", "2024年"; not "月給30万 日本橋", nor "月薪2万天津" and "年収800万名古屋",
// where 名, 日 and 天 open a place's name).
const COUNTERS_HANGUL = ['명', '회', '개', '건', '시간', '년', '개월', '번'];
const COUNTERS_HAN = [
  '人',
  '名',
  '位',
  '次',
  '年',
  '个月',
  'ヶ月',
  'か月',
  '号',
  '日',
  '天',
  '倍',
  '薪',
  '分',
  '小时',
  '時間',
  '%',
  '％',
  '일',
  // Shops, firms and rooms, things and tonnes: "门店约2,300家", "3间仓库", "120台设备", "5万吨".
  '家',
  '间',
  '間',
  '个',
  '個',
  '台',
  '件',
  '吨',
  '噸',
];
/** Whether a figure ending at `at` counts something in a Chinese, Japanese or Korean counter: "2,300家", "20人", "3일". */
export function countAfter(text: string, at: number): boolean {
  const spaced = text.slice(at, at + 6).trimStart();
  if (COUNTERS_HANGUL.some((word) => spaced.startsWith(word))) return true;
  const next = text.slice(at, at + 4);
  return COUNTERS_HAN.some(
    (word) => next.startsWith(word) && !('名日天'.includes(word) && /[\u3400-\u9fff]/.test(next[word.length] ?? '')),
  );
}
// After the figures: a floor ("以上", "起", "이상", "から", "부터") or a ceiling ("まで", "까지", "以下").
const FLOOR_AFTER = ['以上', '起', '이상', '부터', 'から', '～', '〜', 'ขึ้นไป'];
const CEILING_AFTER = ['まで', '까지', '以下'];
// Before them: "from" ("החל מ", "يبدأ من") or "up to" ("最高", "最大", "حتى", Egyptian "لحد", "لغاية").
// (And Thai's "starting": "เงินเดือนเริ่มต้น 15,000 บาท".)
// (And Hebrew's "from" as a prefix on the figure, "שכר מ-42 ש"ח לשעה"; not "less than", "פחות מ-30,000"; and Arabic's
// "from" right after a label's colon, "السالير: من 15 ألف درهم".)
const FLOOR_BEFORE = () =>
  /(?:[:：]\s?من|החל מ-?|(?:^|(?<!פחות|נמוך|קטן|יותר)\s)מ-|(?:يبدأ|تبدأ) من|ابتداءً? من|starting from|از|เริ่มต้น(?:ที่)?)\s?$/;
// (And Taiwan's "looking up to": "年薪上看200萬"; "can give at most", "base最高能给到55K/月"; Arabic "reaching", "راتب يصل إلى
// 8000 ريال".)
// (And Pashto's "up to", a word of its own: "میاشتنی معاش تر ۴۰،۰۰۰ افغانیو پورې"; Korean "at most", "최대 1.2억까지".)
// (And a Japanese "～" opening the figure, no figure before it: "【単価】～90万円/月"; English "up to" in a Chinese line,
// "Salary up to RMB 35K/month + 五险一金".)
const CEILING_BEFORE = () =>
  /(?:最高(?:能|可)?(?:给|給)?到?|最大|最多|上看|可达|可達|최대|(?<![\d万萬千億円元원만억]\s?)[～〜]|[Uu]p to|حتى|لحد|لغاية|(?:يصل|تصل) (?:إلى|الى)|עד|(?<![\u0600-\u06FF])تر)\s?$/;
// Between a range's two figures.
// (And Persian's "تا" and Urdu's "سے": "۸۵ تا ۱۰۰ میلیون تومان", "37,000 سے 45,000 روپے".)
// (The second figure may carry the first's sign or code again: "月薪 S$6,500 - S$8,500".)
const RANGE_JOIN = builtOnce(
  () => new RegExp(`^\\s?(?:[〜～~\\-–—至到]|إلى|الى|لـ|ل|و|עד|ל-|ל־|تا|سے|بۆ)\\s?(?:(?:${CODES_BEFORE}|${SIGNS_BEFORE})\\s?)?`),
);

/**
 * Where a pay's label may stand: back to the line's start or the last clause mark, at most 24 characters; or, for a
 * figure that opens its line, a short line above it ("【給与】" over "年収800万円〜").
 */
function clauseBefore(text: string, at: number): string {
  const own = ownClauseBefore(text, at);
  // A figure in brackets is of the words before them: "บวก service charge (ช่วง high season เฉลี่ยประมาณ 8,000–12,000
  // บาท/เดือน)". (Looked for within a short reach: every figure of a message passes here.)
  const reach = Math.max(0, at - 80);
  const near = text.slice(reach, at);
  const open = near.lastIndexOf('(');
  // (Also a bracket opened close by, whose words before it the figure's own 24 characters cut off: "➕ Service charge
  // (เฉลี่ยปีที่แล้ว 9,500 บาท/เดือน)".)
  if (open < 0) return own;
  const inside = near.slice(open);
  // (Not when the bracket names its own pay: "(… ได้รับเงินเดือนพื้นฐาน 15,000 บาท/เดือน)".)
  if (inside.includes(')') || inside.includes('\n') || LABELS.some(([label]) => inside.includes(label))) return own;
  return `${ownClauseBefore(text, reach + open)} ${own}`;
}

function ownClauseBefore(text: string, at: number): string {
  const from = Math.max(0, at - 24);
  const before = text.slice(from, at);
  const marks = ['\n', '。', '；', ';', '、', '，', ',', '،', '! ', '. '];
  const cut = Math.max(...marks.map((mark) => (before.lastIndexOf(mark) < 0 ? -1 : before.lastIndexOf(mark) + mark.length)));
  const own = cut >= 0 ? before.slice(cut) : before;
  if (own.trim() !== '' || !before.endsWith('\n')) return own;
  const lineStart = text.lastIndexOf('\n', at - 2) + 1;
  const above = text.slice(lineStart, text.lastIndexOf('\n', at - 1));
  return above.length <= 16 ? above : own;
}

// A total said with the target met, on the figure's line: Thai "when the target is reached" (เมื่อถึงเป้า), Chinese and
// Japanese "target achieved" (目标达成, 目標達成), Korean "on reaching the target" (목표 달성 시).
// (And a Japanese yearly sum "with incentives included", インセンティブ込み, beside a base: the total at target.)
// (And Japanese sales's "theoretical yearly pay", at target: "理論年収：1,400万円".)
const TARGET_MET = [
  'ถึงเป้า',
  '目标达成',
  '達成時',
  '目標達成',
  '목표 달성',
  '목표달성',
  'インセンティブ込み',
  'インセンティブ含む',
  '理論年収',
];
// A base said of the sum itself: Japanese "base pay" and "base yearly pay", Korean, Arabic.
// (And Chinese "base pay", "底薪每月15,000元".)
const BASE_WORDS = ['底薪', '基本給', '基本年収', '基本年俸', '기본급', '기본 연봉', 'الأساسي'];
/** Every pay this reads, in order. */
export function scriptPays(message: string): ScriptPay[] {
  if (!inScripts(message)) return [];
  const text = asciiDigits(message);
  const found: ScriptPay[] = [];
  const digits = /\d/g;
  // (Asked once a message, not once a figure: a megabyte's figures each searching the whole text is slow.)
  const keycapped = text.includes('\u20e3');
  let jobsListed: boolean | undefined;
  const listed = () => (jobsListed ??= pricedJobLines(text));
  let count = 0;
  for (let m = digits.exec(text); m && count < 500; m = digits.exec(text), count++) {
    const at = m.index;
    // A figure starts at its first digit.
    if (at > 0 && /[\d.,]/.test(text[at - 1]!)) continue;
    const first = amountAt(text, at);
    if (!first) continue;
    let end = first.end;
    let currency: string | null = null;
    let prefix = at;
    const signBefore = compiled(CURRENCY_BEFORE).exec(text.slice(Math.max(0, at - 6), at));
    if (signBefore) {
      prefix = at - signBefore[0].length;
      currency = signBefore[1] ? codeOf(signBefore[1]) : signOf(signBefore[2]!, text);
    }
    // A range: "800〜1,100万円", "4.5万-6万元", "من 30 إلى 40 ألف". The scale word of the top end counts the bottom's
    // too when the bottom has none ("800〜1,100万").
    let min = first.value;
    let max: number | null = null;
    // (The currency may follow each end: "8,000만원 ~ 1억 1,000만원", "800万円〜1,100万円".)
    const firstCurrency = currencyAfter(text, end);
    // (Not a base and the commission added to it: "底薪4000+高提成".)
    const plusAfter = text[end] === '+' && !/^\+\s?(?:高?提成|奖金|獎金|绩效|績效|补贴|補貼|bonus)/.test(text.slice(end, end + 6));
    let join = compiled(RANGE_JOIN).exec(text.slice(firstCurrency?.end ?? end, (firstCurrency?.end ?? end) + 12));
    // (Arabic "and" joins a range only after "between": "بين 2,200 و 2,800 دينار".)
    if (join?.[0].trim().startsWith('و') && !/بين\s*$/.test(text.slice(Math.max(0, prefix - 8), prefix))) join = null;
    // (Hebrew "to", "ל-", after "between" only: "בין 45 ל-50 אלף ש"ח".)
    if (join?.[0].trim().startsWith('ל') && !/בין\s*$/.test(text.slice(Math.max(0, prefix - 8), prefix))) join = null;
    const second = join ? amountAt(text, (firstCurrency?.end ?? end) + join[0].length) : undefined;
    // (Korean counts a range's bottom in 만 when its top is in 억: "연봉 8,000~1억" is 80,000,000 to 100,000,000.)
    // (Nor its bottom's 천 alone: "연봉 5천~6천5백만 원" is 50,000,000 to 65,000,000.)
    const bottom =
      second && first.scale === 1 && second.scale === 100_000_000 && first.value >= 1000 && first.value < 10_000 && text.includes('억')
        ? first.value * 10_000
        : second && first.scale === 1000 && second.scale === 10_000 && text[first.end - 1] === '천' && first.value * 10_000 <= second.value
          ? first.value * 10_000
          : second && first.scale === 1 && second.scale > 1
            ? first.value * second.scale
            : first.value;
    if (second && bottom < second.value) {
      min = bottom;
      max = second.value;
      end = second.end;
    }
    const currencyWord = max === null ? firstCurrency : currencyAfter(text, end);
    if (currencyWord) {
      // (A bare "元" after a sum whose money is named before it keeps that money: "港幣 58,000 元".)
      if (
        !(
          currency !== null &&
          text.slice(currencyWord.end - 1, currencyWord.end) === '元' &&
          !text.slice(end, currencyWord.end).includes('人民')
        )
      )
        currency = currencyWord.code;
      end = currencyWord.end;
    } else if (max !== null && firstCurrency) currency = firstCurrency.code;
    const lead = clauseBefore(text, prefix);
    // (A label with its period, the nearest to the figure.)
    let labelled = false;
    let period: Period | undefined;
    let nearest = -1;
    for (const [word, labelPeriod] of LABELS) {
      const where = lead.lastIndexOf(word);
      if (where < 0) continue;
      if (NEAR_ONLY_LABELS.has(word) && !nearLabel(word, lead, where, text.slice(Math.max(0, prefix - 48), prefix))) continue;
      labelled = true;
      if (labelPeriod !== undefined && where > nearest) {
        nearest = where;
        period = labelPeriod;
      }
    }
    // A mainland tech chat's "base" before a sum in 万 written "w": a year's base salary at a year's size ("base
    // 50-70w，股票另算"), in the message's yuan (not where Hong Kong's or Singapore's money is named).
    if (
      !labelled &&
      // (Or with its verb of offering: "base 可以给到 55W-65W/年".)
      /\bbase\s?(?:可以|能)?(?:给到|給到|开到|開到|给|給)?\s?$/i.test(lead) &&
      /^\d+(?:\.\d+)?\s?(?:[-~～–]\s?\d+(?:\.\d+)?)?\s?[wW万萬]/.test(text.slice(prefix, end)) &&
      /[\u4e00-\u9fff]/.test(text) &&
      !/香港|澳门|澳門|新加坡|港幣|港币|港元|新币|新幣|HK\$|S\$|MOP/.test(text)
    ) {
      labelled = true;
      if (min >= 200_000) period = 'year';
      if (currency === null) currency = yuanOf(text);
    }
    // Persian's and Urdu's "monthly" in a labelled salary, before the figure: "حقوق پایهٔ ماهانه ۴۲۰٬۰۰۰٬۰۰۰ ریال".
    if (period === undefined && labelled && (lead.includes('ماهانه') || lead.includes('ماہانہ'))) period = 'month';
    // Korean "월 300만원": a month said right before the figure; Japanese too, "月45万円〜", "給与は月45万円〜60万円です", when
    // the figure is in yen (not a date's "3月15日").
    // (Also under a label that says no period: "급여: 월 310만~360만 원".)
    if (
      (period === undefined && /(?:^|[^\d])월\s?$/.test(lead)) ||
      (period === undefined && currency === 'JPY' && /(?:^|[^\d])月\s?$/.test(lead))
    ) {
      labelled = true;
      period = 'month';
    }
    // (Chinese "each month" right before a labelled figure: "综合收入（OTE）约每月25,000元".)
    if (period === undefined && labelled && /(?:每月|每個月|每个月)\s?$/.test(lead)) period = 'month';
    let tail = text.slice(end, end + 24);
    let openTop = false;
    let upTo = false;
    // (Words between the figures and what follows: "ברוטו", "صافي", "net", "税前", "세전".)
    // (And Egyptian "نت", net, as it is said; Lebanon's "fresh" dollars, "600$ فريش شهرياً".)
    // (And Egyptian "جروس", gross, as it is said: "60 لـ 70 ألف جنيه جروس شهرياً".)
    const skipped = /^\s?(?:ברוטו|נטו|صافي|نت|جروس|إجمالي|فريش|税前|税込|세전|gross|net)?\s?/.exec(tail)?.[0] ?? '';
    tail = tail.slice(skipped.length);
    // (An English period only after a sum in 万, 萬, 만 or 億, "1000-1400万円/yr", or on a line in Chinese, Japanese or
    // Korean, "base 大約 HKD 90-100k/month，14 months guaranteed"; a sum in digits with it on a line in English is the
    // Latin-letter reader's, "¥8,000,000 – ¥9,600,000 per year".)
    const inScale =
      first.scale >= 10_000 ||
      (second?.scale ?? 1) >= 10_000 ||
      // (With a code before the sum, not a bare "¥" whose yen or yuan only the message's script tells: "Location: 東京 —
      // Salary ¥8,000,000 per year" is the English-letter reader's.)
      (signBefore?.[1] !== undefined &&
        /[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]/.test(text.slice(text.lastIndexOf('\n', at) + 1, text.indexOf('\n', end) >>> 0)));
    for (const [word, tailPeriod] of PERIOD_AFTER) {
      if (!inScale && ENGLISH_PERIODS.has(word)) continue;
      if (tail.startsWith(word) || tail.replace(/^ /, '').startsWith(word)) {
        // (An Arabic week as a word of its own, not a week of the month nor two weeks: "في الأسبوع الأخير من كل شهر",
        // "بالأسبوعين".)
        const next = tail.replace(/^ /, '').slice(word.length);
        // (An Urdu day's sum after an allowance's, an expense's or a target's word is none of the pay: "پٹرول 500 روپے
        // یومیہ", "ہدف 50,000 روپے یومیہ".)
        if (word === 'یومیہ' && /الاؤنس|پٹرول|پیٹرول|کھانا|ٹارگٹ|ہدف|خرچ|سیل/u.test(lead)) continue;
        if (word.includes('سبوع') && (/^[\u0621-\u064a]/u.test(next) || /^\s(?:الأول|الاول|الأخير|الاخير)/u.test(next))) continue;
        period = tailPeriod;
        break;
      }
    }
    if (max === null && (plusAfter || FLOOR_AFTER.some((word) => tail.startsWith(word)))) openTop = true;
    if (max === null && compiled(FLOOR_BEFORE).test(text.slice(Math.max(0, prefix - 12), prefix))) openTop = true;
    if (max === null && (CEILING_AFTER.some((word) => tail.startsWith(word)) || compiled(CEILING_BEFORE).test(lead))) upTo = true;
    // (Or Arabic's "the most" with a verb of reaching or offering, in a longer clause: "أقصى حاجة نقدر نوصلها هي 60 ألف جنيه",
    // the most we can reach is; not a name's or an age limit's, "مستشفى الأقصى", "الحد الأقصى للسن 35 سنة براتب 8000".)
    if (
      max === null &&
      !upTo &&
      compiled(/(?<![\p{L}])أقصى (?:حاجة |حد |مبلغ |رقم )?(?:نقدر|نوصل|ممكن|نقدم|يمكن|نستطيع|نقدرو)[^\n،,.؛\d]{0,24}$/u).test(
        text.slice(Math.max(0, prefix - 40), prefix),
      )
    )
      upTo = true;
    // A yearly sum by its size, where no period is said: "給与: 800万円〜1,100万円" (a month's pay in yen runs to tens of
    // 万, in won to hundreds of 만).
    // (Money counted in 만 or 억 in a Korean message is the won, whether or not "원" follows: "연봉 8,000~1억".)
    // (Not a count in a counter after it: "월 150만 명이 이용하는", 1.5 million people a month.)
    if (
      currency === null &&
      labelled &&
      (first.scale === 10_000 || first.scale === 100_000_000 || (second?.scale ?? 1) >= 10_000) &&
      !countAfter(text, first.end) &&
      !(max !== null && countAfter(text, end))
    ) {
      if (/[\uac00-\ud7af]/.test(text.slice(Math.max(0, prefix - 12), end + 2))) currency = 'KRW';
    }
    const yearlyFrom = currency === null ? undefined : YEARLY_FROM[currency];
    if (period === undefined && labelled && yearlyFrom !== undefined && min >= yearlyFrom) period = 'year';
    // A salary in an Arab country's money with no period said is a month's, as pay is said there: "المرتب: 13,500 جنيه صافي".
    // (Not in a numbered list of jobs, each with its own pay: "1- محاسب عام … المرتب من 9000 ل 12000 جنيه".)
    // (Nor a yearly salary's label, "الراتب السنوي".)
    if (
      period === undefined &&
      labelled &&
      currency !== null &&
      MONTHLY_BY_CUSTOM_HERE.has(currency) &&
      !lead.includes('سنوي') &&
      !numberedList(text)
    )
      period = 'month';
    // A Chinese salary's label with no period, on a sum of a month's size: a month's pay, as Chinese job boards say it
    // ("薪资8千到1.2万", "人工開 $24,000 至 $28,000"); a year's is labelled 年薪. (Not a figure in "K", "薪资：25-35K·14薪",
    // which the Latin-letter reader reads.)
    if (
      period === undefined &&
      !/[Kk]/.test(text.slice(at, end)) &&
      labelled &&
      CHINESE_PAY_LABELS.some((word) => lead.includes(word)) &&
      !lead.includes('年') &&
      // (Nor a yearly package said after the figures: "待遇：60000-90000（年包）".)
      !text.slice(end, end + 6).includes('年') &&
      (currency === null || ['CNY', 'TWD', 'HKD', 'AUD', 'NZD'].includes(currency)) &&
      // (Nor a sum whose period is said after it in English: "薪资：AUD 24,000 per year".)
      !/^\s*(?:(?:per|\/|a|an)\s*(?:year|annum|yr|week|wk|hour|hr|day)|annually|yearly|weekly|hourly|daily|fortnightly|p\.\s?a\.?|pw\b)/i.test(
        text.slice(end, end + 16),
      ) &&
      (max ?? min) >= 1000 &&
      (max ?? min) < 100_000
    )
      period = 'month';
    // A pay: labelled as one, or with its currency and period both said; in a script's own words (a figure the
    // Latin-letter reader reads, "AED 42,000 per month", is its to read).
    if (!labelled && !(currency !== null && period !== undefined)) continue;
    // Money, by its currency or its scale word: not a count, a day or a share said after a pay's label ("월 150만 명",
    // "毎月25日", "15%アップ", "2024年").
    // (A range, or a sum of a pay's size, is money too: "月薪2-3万", "月薪8000-12000", "月薪8000".)
    const scaled = first.scale > 1 || (second !== undefined && max !== null && second.scale > 1);
    if (period === undefined || (currency === null && !scaled && max === null && min < 1000)) continue;
    // (After a range's top too: "+15~20%", a share of a raise.)
    if (currency === null && (countAfter(text, first.end) || (max !== null && countAfter(text, end)))) continue;
    if (notWage(lead)) continue;
    // (Nor a sum the words after it call a fee or a cost, "月40万円のスキャン料金", or a record others reached, "年収1,000万円超の実績
    // 多数".)
    if (compiled(FEE_OR_RECORD_AFTER).test(text.slice(end, end + 16))) continue;
    // (Nor, in Korean, what the reader is paid now, said back to them: "연봉은 너 지금 6천 받는다고 했지?"; not "연봉 4,500만원
    // 받는다고 보시면 됩니다", what they will be paid.)
    if (/지금|현재/.test(lead) && /^\s?(?:만\s?원\s?)?(?:받는다고 했|받고 있|받고 계|받으신다고)/.test(text.slice(end, end + 16))) continue;
    if (keycapped && pricedJobInAList(text, prefix, listed)) continue;
    // A Chinese pay with no currency of its own, in a message that counts its money in 元 elsewhere ("月薪 25K-35K·14薪 …
    // 餐补每月800元"): the message's yuan (or, in Taiwan, its dollar).
    // (Or in one that names the mainland's social insurance, "五险一金", "公积金": "薪资8千到1.2万，缴纳五险一金".)
    if (
      currency === null &&
      /薪|工资|工資/.test(lead) &&
      (text.includes('元') || text.includes('人民币') || text.includes('五险') || text.includes('公积金'))
    )
      currency = yuanOf(text);
    // (Or a pay in 萬 with no currency, in a message that names Taiwan: its dollar, "待遇：年薪上看200萬" from "台北內湖"; in
    // one that names a mainland city, the yuan, "年薪60-80万" from "上海嘉定".)
    if (currency === null && /薪|工资|工資/.test(lead)) {
      if (scaled && yuanOf(text) === 'TWD') currency = 'TWD';
      // (Not where Hong Kong, Macau or Singapore is named, or their money: "香港中環辦公室…往返深圳", "月薪 6000-8000 新币".)
      else if (compiled(MAINLAND_CITY).test(text) && !/香港|澳门|澳門|新加坡|港幣|港币|港元|新币|新幣|HK\$|S\$|MOP/.test(text))
        currency = 'CNY';
    }
    // (Tomans are read as the rials they count: the money's code is the rial's.)
    const times = currency === 'IRR' ? tomans(text, end) : 1;
    const lineBefore = text.slice(text.lastIndexOf('\n', prefix) + 1, prefix);
    found.push({
      start: prefix,
      end,
      min: upTo ? null : min * times,
      max: upTo ? min * times : max === null ? null : max * times,
      period,
      currency,
      openTop: openTop && !upTo,
      base: BASE_WORDS.some((word) => lead.includes(word) || tail.startsWith(word)),
      // (And an OTE named in Latin letters on a Chinese line, as a word: "综合收入（OTE）约每月25,000元", not "REMOTE".)
      ote:
        TARGET_MET.some((word) => lineBefore.includes(word)) ||
        (lineBefore.includes('OTE') && /(?<![A-Za-z])OTE(?![A-Za-z])/.test(lineBefore)),
    });
    digits.lastIndex = Math.max(digits.lastIndex, end);
  }
  return found;
}

const KOREAN_MONEY_NAMES = new Set(['엔', '위안', '달러', '유로', '파운드', '바트']);
const KOREAN_PARTICLES = ['이', '을', '은', '의', '으', '에', '도', '만', '까', '부', '씩', '로', '가'];
/** The currency written after a figure at `at`, and where its word ends. */
function currencyAfter(text: string, at: number): { code: string; end: number } | undefined {
  // (Past a floor's "+" too: "เงินเดือนเริ่มต้น 45,000+ บาท".)
  if (text[at] === '+') at++;
  const gap = text[at] === ' ' ? 1 : 0;
  const after = text.slice(at + gap, at + gap + 14);
  for (const [word, code] of CURRENCY_AFTER)
    if (after.startsWith(word)) {
      // (A money's Korean name as a whole word, or before a particle: not "7000만 엔지니어", "1억 엔터프라이즈".)
      if (
        KOREAN_MONEY_NAMES.has(word) &&
        /[\uac00-\ud7af]/.test(after[word.length] ?? '') &&
        !KOREAN_PARTICLES.includes(after[word.length]!)
      )
        continue;
      // (A code in Latin letters as a word of its own: not "DAILY", "DHL".)
      if ((word === 'DA' || word === 'DH') && /[A-Za-z]/.test(after[word.length] ?? '')) continue;
      // (The pound's letter only against the figure and alone: not a word that opens with it, "7 جنيهات", "5 جامعات".)
      if (word === 'ج' && (gap === 1 || /[\u0621-\u064a]/.test(after[1] ?? ''))) continue;
      const named =
        word === '元'
          ? yuanOf(text)
          : word === 'ريال'
            ? riyalOf(text)
            : word === 'دينار'
              ? dinarOf(text)
              : word === 'درهم' || word === 'درہم' || word === 'درهماً'
                ? dirhamOf(text)
                : word === 'جنيه'
                  ? poundOf(text)
                  : word === 'دینار'
                    ? // (The dinar with Persian's yeh: Iraq's in a Kurdish message, else the dinar of the country named.)
                      (dinarOf(text) ?? (/[ێۆڕڵە]/.test(text) ? 'IQD' : null))
                    : code;
      return named === null ? undefined : { code: named, end: at + gap + word.length };
    }
  return undefined;
}
/** 10 for a sum said in tomans (ten rials each), else 1. */
const tomans = (text: string, currencyEnd: number | undefined) =>
  currencyEnd !== undefined && text.slice(currencyEnd - 5, currencyEnd) === 'تومان' ? 10 : 1;

/**
 * A figure the Latin-letter reader reads by its sign ("生日禮金 NT$1,000", "입사 축하금 US$5,000"), said in a script's
 * words to be a bonus, an allowance or the reader's own pay.
 */
export function notWageInScript(text: string, at: number): boolean {
  const lead = text.slice(Math.max(0, at - 24), at);
  if (!inScripts(lead)) return false;
  const clause = clauseBefore(text, at);
  return notWage(clause);
}

// The budget for the post, in Hebrew: its pay, "התקציב למשרה הוא עד 47 אלף ש"ח".
const POST_BUDGET = ['תקציב למשרה', 'תקציב לתפקיד'];
/** A clause before a figure that says it is a bonus, an allowance, a price, or someone's pay other than the offer's. */
function notWage(written: string): boolean {
  // (Its Latin words in any case: "Service charge (เฉลี่ย 9,500 บาท/เดือน)".)
  // (A factory's "work price" is its wage, not a price: "【工价】23元/小时"; not a staff price, "员工价".)
  const clause = written.toLowerCase().replace(/(?<![员員加施手人])工[价價]/g, '');
  // A night's own rate in brackets after the day's, its hours before it: "時給1,250円〜（22時〜翌5時は時給1,563円〜）" (not a
  // night job's only wage, "勤務時間 22時〜翌6時 時給1,400円〜").
  if (clause.includes('時〜翌') && /[（(]\d{1,2}時〜翌/.test(clause)) return true;
  if (OWN_PAY.some((word) => clause.includes(word))) return true;
  // (Thai overtime, by its letters or its word, the last label before the figure: "ค่าแรงวันละ 400 บาท OT ชม.ละ 75 บาท",
  // "โอที", "ล่วงเวลา"; not "ค่าแรง OT 1.5 เท่า เงินเดือน 16,000 บาท", whose salary's word comes after it.)
  const overtime = Math.max(clause.lastIndexOf(' ot '), clause.lastIndexOf('โอที'), clause.lastIndexOf('ล่วงเวลา'));
  if (overtime >= 0 && !/เงินเดือน|ค่าแรง|ค่าจ้าง|ค่าตอบแทน|รายได้/.test(clause.slice(overtime + 2))) return true;
  // (A fixed overtime allowance is a part of the pay it is included in, not the pay: "月給28万円〜（固定残業代45時間分・
  // 68,000円を含む）".)
  // (Only with no pay's label after it: not "固定残業代込みで月給30万円", "固定残業代なし 月給27万円".)
  if (clause.includes('固定残業') && !/月給|年収|年俸|基本給|時給|日給|給与/.test(clause.slice(clause.lastIndexOf('固定残業'))))
    return true;
  if (POST_BUDGET.some((words) => clause.includes(words))) return false;
  const included = INCLUDED.some((word) => clause.includes(word)) && !NOT_INCLUDED.some((word) => clause.includes(word));
  // (Any Thai fee or allowance, "ค่า" and what it pays for: "ค่าวิชาชีพ" (a professional allowance), "ค่าเวร" (a shift's); not
  // the wage itself, "ค่าจ้าง", "ค่าแรง", "ค่าตอบแทน".)
  return !included && (NOT_WAGE.some((word) => clause.includes(word)) || (clause.includes('ค่า') && /ค่า(?!จ้าง|แรง|ตอบแทน)/.test(clause)));
}

function codeOf(code: string): string {
  if (code === 'NT$') return 'TWD';
  if (code === 'HK$') return 'HKD';
  if (code === 'US$') return 'USD';
  if (code === 'S$') return 'SGD';
  if (code === 'NZ$') return 'NZD';
  if (code === 'AU$' || code === 'A$') return 'AUD';
  if (code === 'CA$' || code === 'C$') return 'CAD';
  // (Macau's pataca with its dollar's sign: "月薪 MOP$13,000 - 15,000"; Hong Kong's dollar by its name: "港幣 58,000 元".)
  if (code === 'MOP$') return 'MOP';
  if (code === '港幣' || code === '港币' || code === '港元') return 'HKD';
  // (Singapore's dollar by its Chinese names: "月薪 新币 2,200 - 2,600".)
  if (code === '新加坡元' || code.startsWith('新币') || code.startsWith('新幣') || code.startsWith('新元')) return 'SGD';
  if (code === 'RM') return 'MYR';
  return code === 'RMB' ? 'CNY' : code;
}

/** A sign's currency: the yen in a Japanese message, the yuan in a Chinese one; the won, the shekel; "$" unsaid. */
function signOf(sign: string, text: string): string | null {
  if (sign === '₩') return 'KRW';
  if (sign === '₪') return 'ILS';
  if (sign === '฿') return 'THB';
  // (A dollar in Hong Kong, in Cantonese or among its districts, is the Hong Kong dollar: "人工開 $24,000".)
  // (Not a message set elsewhere that also names Hong Kong: "公司總部在香港" from a Taipei office, Cantonese in Kuala Lumpur.)
  if (sign === '$') {
    if (hongKong(text) && !compiled(ELSEWHERE_THAN_HONG_KONG).test(text)) return 'HKD';
    // (And where a Chinese message is set in Australia or New Zealand, by their towns in Chinese or English, one of the
    // two: "悉尼急招清洁工！时薪$28起", "工资这边给你日薪 $320-$350" from Auckland.)
    // (Not a country's produce or market, "澳洲龙虾", "负责澳洲市场", nor where another dollar's city is named.)
    const places = text.replace(compiled(COUNTRY_AS_A_THING), '');
    if (compiled(OTHER_DOLLAR_CITIES).test(places)) return null;
    const australia = compiled(AUSTRALIA_IN_CHINESE).test(places);
    const newZealand = compiled(NEW_ZEALAND_IN_CHINESE).test(places);
    return australia !== newZealand ? (australia ? 'AUD' : 'NZD') : null;
  }
  return /[\u3040-\u30ff]/.test(text) ? 'JPY' : yuanOf(text);
}

// Hong Kong by its written Cantonese (嘅, 咗, 喺, 冇, 嚟, 唔, 俾), its places or its phone code ("+852 6688 2101").
const HONG_KONG = () =>
  /[嘅咗喺冇嚟唔俾]|香港|港幣|港元|尖沙咀|銅鑼灣|旺角|九龍|新界|中環|灣仔|觀塘|沙田|荃灣|葵涌|青衣|屯門|元朗|將軍澳|\+852\s?\d/;
// (Their Chinese names only: "Sydney" and "Adelaide" are also people's names.)
// (By their cities only: "澳洲打工度假經驗", a working holiday there, or "澳洲堅果", its nuts, set no message there.)
const AUSTRALIA_IN_CHINESE = () => /悉尼|墨尔本|墨爾本|布里斯班|珀斯|阿德莱德|阿德萊德/;
const NEW_ZEALAND_IN_CHINESE = () => /奥克兰|奧克蘭|惠灵顿|惠靈頓|基督城/;
const COUNTRY_AS_A_THING = () =>
  /(?:澳洲|澳大利亚|澳大利亞|新西兰|新西蘭|纽西兰|紐西蘭)(?:龙虾|龍蝦|牛肉?|奶粉|市场|市場|客户|客戶|线路|線路|业务|業務)|(?:墨尔本|墨爾本)咖啡/g;
const OTHER_DOLLAR_CITIES = () =>
  /温哥华|溫哥華|多伦多|多倫多|卡尔加里|卡爾加里|蒙特利尔|蒙特利爾|加拿大|纽约|紐約|洛杉矶|洛杉磯|旧金山|舊金山|西雅图|西雅圖|芝加哥|休斯顿|休士頓|波士顿|波士頓|德州|湾区|灣區|夏威夷|加州|渥太华|渥太華|列治文|埃德蒙顿|愛民頓|美国|美國|新加坡|台北|臺北|台中|臺中|高雄|新竹|台南|臺南|桃园|桃園|台灣|臺灣|台湾|吉隆坡|新山|槟城|檳城|马来西亚|馬來西亞|文莱|汶萊|斐济|斐濟|澳门|澳門|金边|金邊|香港|Vancouver|Toronto|Calgary|Montreal|Seattle|New York|Singapore|Taipei|Taiwan|Kuala Lumpur|Malaysia|Macau/;
const ELSEWHERE_THAN_HONG_KONG = () => /台北|臺北|台灣|臺灣|新北|吉隆坡|新加坡|澳門|Taipei|Kuala Lumpur|Singapore|Macau/;
function hongKong(text: string): boolean {
  return compiled(HONG_KONG).test(text);
}

/** "元" in Taiwan is the New Taiwan dollar; elsewhere the yuan. */
/**
 * A riyal by the country the message names: Saudi Arabia's, Qatar's, Oman's or Yemen's; none when it names none of them or
 * several. By whole words: "الخبرة" (experience) is no Khobar, "بقطر" (of a diameter) no Qatar, and "عمان" is also Amman.
 */
/** A message's words, split at spaces and the marks around Arabic words, for naming its country. */
function wordsOf(text: string): Set<string> {
  return new Set(text.split(/[\s،,.:؛()\-–—!?"«»/]+/));
}

function dinarOf(text: string): string | null {
  const words = wordsOf(text);
  const found = DINAR_COUNTRIES.filter(([, list]) => list.some((word) => words.has(word)));
  return found.length === 1 ? found[0]![0] : null;
}
// (Amman with its shadda, "عمّان": without it the word is also Oman's.)
const DINAR_COUNTRIES: Array<[string, string[]]> = [
  ['JOD', ['الأردن', 'الاردن', 'الأردني', 'الأردنية', 'عمّان', 'بعمّان', 'إربد', 'اربد', 'الزرقاء', 'العقبة', 'بالعقبة', 'خلدا']],
  ['KWD', ['الكويت', 'بالكويت', 'الكويتي', 'الكويتية']],
  ['BHD', ['البحرين', 'بالبحرين', 'البحريني', 'المنامة']],
  ['IQD', ['العراق', 'بالعراق', 'العراقي', 'بغداد', 'ببغداد', 'أربيل', 'البصرة']],
  ['LYD', ['ليبيا', 'بليبيا', 'الليبي', 'طرابلس', 'بنغازي']],
  ['TND', ['تونس', 'بتونس', 'التونسي', 'صفاقس', 'المنستير', 'سوسة', 'نابل', 'بنزرت', 'قابس', 'القيروان']],
  ['DZD', ['الجزائر', 'بالجزائر', 'الجزائري', 'وهران']],
];
/** A pound with no country after it: Sudan's or South Sudan's where the message is set there, else Egypt's. */
function poundOf(text: string): string {
  // (South Sudan by its name or its capital; Sudan by the words left once South Sudan's name is set aside.)
  const south = text.includes('جنوب السودان') || text.includes('South Sudan') || SOUTH_SUDAN_WORDS.some((word) => wordsOf(text).has(word));
  const rest = wordsOf(text.replaceAll('جنوب السودان', '').replaceAll('South Sudan', ''));
  const sudan = SUDAN_WORDS.some((word) => rest.has(word));
  // (Egypt named too keeps Egypt's: a Cairo job that mentions a project in Sudan.)
  if (EGYPT_WORDS.some((word) => wordsOf(text).has(word))) return 'EGP';
  return south && !sudan ? 'SSP' : sudan && !south ? 'SDG' : 'EGP';
}
const SUDAN_WORDS = ['السودان', 'بالسودان', 'السوداني', 'الخرطوم', 'بالخرطوم', 'بورتسودان', 'كسلا', 'Sudan', 'Khartoum'];
const SOUTH_SUDAN_WORDS = ['جوبا', 'بجوبا', 'Juba'];
const EGYPT_WORDS = ['مصر', 'بمصر', 'القاهرة', 'بالقاهرة', 'الإسكندرية', 'الجيزة', 'Egypt', 'Cairo'];
/** A dirham: Morocco's where the message is set there, by its towns or its social security's letters; else the UAE's. */
function dirhamOf(text: string): string {
  const words = wordsOf(text);
  if (MOROCCAN_WORDS.some((word) => words.has(word))) return 'MAD';
  return DARIJA_WORDS.some((word) => words.has(word)) && !EMIRATES_WORDS.some((word) => words.has(word)) && !text.includes('Abu Dhabi')
    ? 'MAD'
    : 'AED';
}
const MOROCCAN_WORDS = [
  // (Darija's own word for pay: "الخلاص".)
  'الخلاص',
  'المغرب',
  'بالمغرب',
  'المغربي',
  'الرباط',
  'بالرباط',
  'البيضاء',
  'كازا',
  'طنجة',
  'مراكش',
  'فاس',
  'أكادير',
  'أگادير',
  'Maroc',
  'Casablanca',
  'Rabat',
  'Tanger',
  'Marrakech',
  'CNSS',
  '🇲🇦',
  'فكازا',
  'بكازا',
  'فالمغرب',
];
// Darija's "of", which Egypt and the Gulf do not say ("البروفايل ديالك"): Morocco's dirham unless the message names the
// Emirates, where a Moroccan may also be hired.
const DARIJA_WORDS = ['ديال', 'ديالك', 'ديالي', 'ديالنا'];
const EMIRATES_WORDS = [
  'دبي',
  'فدبي',
  'بدبي',
  'فالإمارات',
  'بالإمارات',
  'فالامارات',
  'أبوظبي',
  'ابوظبي',
  'الإمارات',
  'الامارات',
  'الشارقة',
  'Dubai',
  'UAE',
  'Sharjah',
];

function riyalOf(text: string): string | null {
  const words = wordsOf(text);
  const names = (list: string[]) => list.some((word) => words.has(word));
  const found = [
    names(SAUDI_WORDS) ? 'SAR' : null,
    names(QATAR_WORDS) ? 'QAR' : null,
    names(OMAN_WORDS) ? 'OMR' : null,
    names(YEMEN_WORDS) ? 'YER' : null,
  ].filter((code) => code !== null);
  return found.length === 1 ? found[0]! : null;
}
const SAUDI_WORDS = [
  'السعودية',
  'السعودي',
  'بالسعودية',
  'الرياض',
  'بالرياض',
  'جدة',
  'بجدة',
  'الدمام',
  'بالدمام',
  'الخبر',
  'بالخبر',
  'مكة',
  'Saudi',
  'KSA',
  'Riyadh',
  'Jeddah',
  'Dammam',
  'Khobar',
];
const QATAR_WORDS = ['قطر', 'القطرية', 'الدوحة', 'بالدوحة', 'Qatar', 'Doha'];
const OMAN_WORDS = ['عُمان', 'سلطنة', 'مسقط', 'بمسقط', 'صلالة', 'Oman', 'Muscat', 'Salalah'];
const YEMEN_WORDS = ['اليمن', 'صنعاء', 'بصنعاء', 'عدن', 'Yemen', "Sana'a", 'Aden'];
// The mainland's largest cities, as its messages name them (Hong Kong, Macau and Taiwan count their own money).
const MAINLAND_CITY = () =>
  /上海|北京|深圳|广州|廣州|杭州|苏州|蘇州|南京|成都|重庆|重慶|武汉|武漢|西安|天津|东莞|東莞|佛山|宁波|寧波|合肥|长沙|長沙|郑州|鄭州|青岛|青島|厦门|廈門|无锡|無錫|昆山|大连|大連|沈阳|瀋陽/;
function yuanOf(text: string): string {
  // (Or Taiwan's own words for a job's pay and an opening, in its characters: "薪資", "職缺"; and its cities.)
  // (And "全台", all of Taiwan, as a chain's shops across it are counted: "全台120家門市"; not a ledger, "安全台账".)
  return /新台幣|台幣|臺幣|NT\$|台灣|臺灣|台北|臺北|新北|台中|臺中|高雄|新竹|桃園|台南|臺南|薪資|職缺|全台(?=\d|[一二三四五六七八九十百]|各地|門市|据点|據點)/.test(
    text,
  )
    ? 'TWD'
    : 'CNY';
}
