import { describe, expect, it } from 'vitest';
import { readMessage } from '../../../src/core/message/index.js';
import { notWageInScript, scriptPays } from '../../../src/core/message/script-pay.js';

const pay = (text: string) => {
  const found = readMessage(text).pay;
  return found && [found.min, found.max, found.period, found.currency, found.openTop];
};

describe('pay written in Japanese, Korean, Chinese, Arabic or Hebrew', () => {
  it.each([
    ['件名：【年収800万〜1,100万円】プロダクトマネージャー', [8_000_000, 11_000_000, 'year', 'JPY', false]],
    ['月給30万円以上', [300_000, null, 'month', 'JPY', true]],
    ['時給1,200円〜', [1200, null, 'hour', 'JPY', true]],
    ['時給１，２００円', [1200, null, 'hour', 'JPY', false]],
    ['- 연봉: 8,000만원 ~ 1억 1,000만원 (경력 및 역량에 따라 협의)', [80_000_000, 110_000_000, 'year', 'KRW', false]],
    ['시급 10,030원', [10030, null, 'hour', 'KRW', false]],
    ['薪资：月薪 4.5万-6万元，16薪', [45000, 60000, 'month', 'CNY', false]],
    ['💰 時薪 NT$200～NT$215（依經驗）', [200, 215, 'hour', 'TWD', false]],
    ['• שכר: החל מ-38,000 ₪ ברוטו לחודש, לפי ניסיון', [38000, null, 'month', 'ILS', true]],
    ['- الراتب الأساسي: 22,000 ريال سعودي شهرياً', [22000, null, 'month', 'SAR', false]],
    ['الوظيفة مرتبها من 30 إلى 40 ألف جنيه شهرياً صافي حسب الخبرة', [30000, 40000, 'month', 'EGP', false]],
    ['الراتب: ٢٢٬٠٠٠ ريال سعودي شهرياً', [22000, null, 'month', 'SAR', false]],
  ])('%s', (text, expected) => {
    expect(pay(text)).toEqual(expected);
  });

  it('a label on its own line over the figures, and a yearly sum in yen by its size', () => {
    expect(pay('【給与】\n800万円〜1,100万円（経験・能力を考慮の上決定）')).toEqual([8_000_000, 11_000_000, 'year', 'JPY', false]);
  });

  it.each([
    ['資金調達：シリーズCにて累計62億円'],
    ['- 입사 축하금 1,000만원 별도 지급'],
    ['另外公司还有期权激励，签字费可以谈到 10 万左右'],
    ['🎁 員工飲品免費、生日禮金 NT$1,000、年終獎金依績效發放'],
    ['- بدل سكن: 3,000 ريال سعودي شهرياً'],
    ['مرتبي الحالي 24 ألف جنيه شهرياً'],
    ['3월 15일 오후 2시'],
    ['現年収800万円'],
  ])("no pay: a funding round, a sign-on sum, a bonus, an allowance, the reader's own pay, a date: %s", (text) => {
    expect(pay(text)).toBeNull();
  });

  it('the figures of the same pay read by their digits alone give way to the reading in the script', () => {
    expect(pay('💰 時薪 NT$200～NT$215（依經驗）\n🎁 員工飲品免費、生日禮金 NT$1,000、年終獎金依績效發放')).toEqual([
      200,
      215,
      'hour',
      'TWD',
      false,
    ]);
  });

  it('a message in Latin letters only is not looked at', () => {
    expect(scriptPays('Salary: 800 per month, 1,200 yen')).toEqual([]);
  });

  it('a yen figure with no period and too small for a year is no pay: never a guess', () => {
    expect(pay('給与：30万円')).toBeNull();
  });

  it('quotes where the figures stand', () => {
    const [found] = scriptPays('연봉: 8,000만원 ~ 1억 1,000만원');
    expect(found).toMatchObject({ start: 4, min: 80_000_000, max: 110_000_000 });
  });
});

describe('a figure read by its sign, said in a script to be no wage', () => {
  it('is refused by the Latin-letter reader too', () => {
    expect(notWageInScript('🎁 員工飲品免費、生日禮金 NT$1,000', 18)).toBe(true);
    expect(notWageInScript('💰 時薪 NT$200', 6)).toBe(false);
  });
});

describe('pay in scripts: set 154, after its measure', () => {
  it.each([
    ['✅ المرتب: 22,000 جنيه نت شهرياً + عمولة', { min: 22000, max: null, period: 'month', currency: 'EGP' }],
    ['المرتب: 22,000 جنيه مصري شهرياً', { min: 22000, max: null, period: 'month', currency: 'EGP' }],
    ['- السعر اليومي: 2,800 ريال سعودي (22 يوم عمل في الشهر)', { min: 2800, max: null, period: 'day', currency: 'SAR' }],
  ])('Egyptian "net" and "Egyptian pound", an Arabic daily rate: %s', (text, expected) => {
    const read = readMessage(text).pay;
    expect(read && { min: read.min, max: read.max, period: read.period, currency: read.currency }).toEqual(expected);
  });

  it('Thai "and up" after the baht is an open top: "18,000 บาทขึ้นไป"', () => {
    const read = readMessage('✅ เงินเดือนเริ่มต้น 18,000 บาทขึ้นไป + ค่าคอมมิชชั่นไม่มีเพดาน').pay;
    expect(read && { min: read.min, openTop: read.openTop, period: read.period, currency: read.currency }).toEqual({
      min: 18000,
      openTop: true,
      period: 'month',
      currency: 'THB',
    });
  });
});

describe('scriptPays: a Chinese pay with no currency takes the 元 the message counts in elsewhere', () => {
  it('"月薪 25K-35K·14薪 … 餐补每月800元" is in yuan', () => {
    expect(readMessage('您好，我们公司正在招聘高级Java开发工程师，月薪 25K-35K·14薪。另有餐补每月800元。').pay?.currency).toBe('CNY');
  });

  it('in Taiwan, the New Taiwan dollar', () => {
    expect(readMessage('您好，台北的職缺，月薪 45K-55K，另有交通津貼每月2000元。').pay?.currency).toBe('TWD');
  });

  it('with no 元 anywhere, no currency is guessed (a guard)', () => {
    expect(readMessage('您好，我们公司正在招聘高级Java开发工程师，月薪 25K-35K·14薪。').pay?.currency).toBeNull();
  });
});

describe('a dinar and a dirham by the country the message is set in', () => {
  it.each([
    ['مطلوب محاسب في عمّان\nراتب 700 دينار شهرياً', [700, null, 'month', 'JOD', false]],
    ['مطلوب محاسب في الكويت\nراتب 700 دينار شهرياً', [700, null, 'month', 'KWD', false]],
    ['شركة في الرباط\nالخلاص: 5000 درهم فيكس', [5000, null, 'month', 'MAD', false]],
    ['شركة في دبي\nالراتب: 9000 درهم شهرياً', [9000, null, 'month', 'AED', false]],
  ])('%s', (text, expected) => {
    expect(pay(text)).toEqual(expected);
  });

  it('names no currency for a dinar in a message that names no country, or two', () => {
    expect(pay('راتب 700 دينار شهرياً')?.[3] ?? null).toBeNull();
  });
});

describe('a lower rate while training is not the job’s pay', () => {
  it('reads 時給1,250円〜1,500円 over the training period’s 時給1,200円', () => {
    expect(readMessage('時給1,250円〜1,500円\n※研修期間（最大80時間）は時給1,200円').pay).toMatchObject({
      min: 1250,
      max: 1500,
      period: 'hour',
      currency: 'JPY',
    });
  });
});

describe('pay in Dari and Urdu', () => {
  it.each([
    ['🔹 معاش ماهانه: ۴۲٬۰۰۰ افغانی (مطابق سکیل)', [42_000, null, 'month', 'AFN', false]],
    ['▫️ تنخواہ: 2,75,000 روپے ماہانہ (گراس)', [275_000, null, 'month', 'PKR', false]],
  ])('%s', (text, expected) => {
    expect(pay(text)).toEqual(expected);
  });
});

describe('a code or a sign before the figure, a raise’s share, Thai fees (unseen set 227)', () => {
  it.each([
    ['💰 เงินเดือน ฿32,000 – ฿42,000 (ตามประสบการณ์)', [32_000, 42_000, 'month', 'THB', false]],
    ['■給与：月給 THB 60,000〜80,000（経験・語学力により決定）', [60_000, 80_000, 'month', 'THB', false]],
    ['月給 MYR 9,000〜12,000', [9_000, 12_000, 'month', 'MYR', false]],
    // A share said after a range's top is no second pay: "(+15~20%)", a raise on the current pay.
    ['- 연봉: 기본 1억 2천만원 이상 (현 연봉 대비 +15~20% 수준 협의 가능)', [120_000_000, null, 'year', 'KRW', true]],
    ['연봉 6,000만원 (인상률 10~15% 협의)', [60_000_000, null, 'year', 'KRW', false]],
    // The wage itself, "ค่าจ้าง", is pay; any other "ค่า" is a fee or an allowance.
    ['ค่าจ้าง 15,000 บาท/เดือน', [15_000, null, 'month', 'THB', false]],
  ])('%s', (text, expected) => {
    expect(pay(text)).toEqual(expected);
  });
  it.each(['➕ ค่าวิชาชีพ 3,500 บาท/เดือน', '➕ ค่าเวรบ่าย/ดึก 700 บาท/เวร', 'ค่าครองชีพ 2,000 บาท/เดือน'])('no pay in %s', (text) => {
    expect(readMessage(text).pay).toBeNull();
  });
});

describe('a Thai wage by the day, and a Thai pay with no period, a month’s (review 59’s gaps)', () => {
  it.each([
    ['ค่าจ้างรายวัน 450 บาท', [450, null, 'day', 'THB', false]],
    ['ค่าตอบแทน 45,000 - 60,000 บาท', [45_000, 60_000, 'month', 'THB', false]],
  ])('%s', (text, expected) => {
    expect(pay(text)).toEqual(expected);
  });
});

describe('a Chinese salary with no period, a month’s; Cantonese wages in Hong Kong dollars; counts of shops; a Japanese base beside its total with incentives', () => {
  it.each([
    // A month's by custom: a year's is labelled 年薪. The mainland's social insurance names the yuan.
    ['刘女士：薪资8千到1.2万，看经验定，缴纳五险一金，包住宿。', [8000, 12_000, 'month', 'CNY', false]],
    ['想搵你返嚟做點心主管。人工開 $24,000 至 $28,000 一個月，有雙糧。', [24_000, 28_000, 'month', 'HKD', false]],
    // A dollar with no Cantonese and no Hong Kong place is not named.
    ['人工開 $24,000 至 $28,000 一個月，有雙糧。', [24_000, 28_000, 'month', null, false]],
    ['我同朋友喺尖沙咀開咗間餐廳。人工開 $24,000，有雙糧。', [24_000, null, 'month', 'HKD', false]],
    // A count in a counter after the figure is no pay, "base" nearby or not.
    [
      '独家受托为一家消费品集团（年营收约80亿元，门店约2,300家）寻找CFO，base深圳。年薪150-200万（税前）',
      [1_500_000, 2_000_000, 'year', 'CNY', false],
    ],
  ])('%s', (text, expected) => {
    expect(pay(text)).toEqual(expected);
  });

  it('leaves a Chinese month’s pay without a currency when nothing in the message names one (a guard)', () => {
    expect(pay('您好，我们在招聘仓库主管，薪资8千到1.2万，看经验定。')).toEqual([8000, 12_000, 'month', null, false]);
  });

  it('reads no pay in "人工智能" (artificial intelligence) beside a count', () => {
    expect(readMessage('我们是一家人工智能公司，团队 50 人，融资 5000 万。').pay).toBeNull();
  });

  it('reads no pay in a count of shops with "base" nearby', () => {
    expect(readMessage('我们的客户有门店约2,300家，base深圳。').pay).toBeNull();
  });

  it('reads 基本年収 as the base and the yearly total with incentives as its OTE', () => {
    const found = readMessage('【給与】\n・基本年収：600万円〜750万円\n・インセンティブ込みの想定年収：900万円〜1,100万円');
    expect([found.pay?.min, found.pay?.max, found.pay?.period, found.pay?.currency, found.pay?.ote]).toEqual([
      6_000_000,
      7_500_000,
      'year',
      'JPY',
      false,
    ]);
    expect([found.ote?.min, found.ote?.max, found.ote?.ote]).toEqual([9_000_000, 11_000_000, true]);
  });
});

describe('a Hong Kong dollar by its phone code or a district, and a Chinese text’s STOP', () => {
  it('reads "時薪$68" as Hong Kong dollars in a text from +852', () => {
    const text = 'From: +852 6688 2101\n【Staffpro HK】即日上班！執貨/包裝員，時薪$68，日結，免經驗。回覆STOP取消';
    expect(readMessage(text).pay).toMatchObject({ min: 68, period: 'hour', currency: 'HKD' });
    expect(readMessage(text).massPitch).toBe(true);
  });
  it('keeps "$" unsaid with no sign of Hong Kong', () => {
    expect(readMessage('時薪$68，日結').pay).toBeNull();
  });
});

describe('a Chinese thousands digit after 萬, a Korean day’s pay, the baht’s "บ.", a million in "M", an example of earnings', () => {
  it.each([
    ['月薪台幣4萬5起，年終保障2個月', { min: 45000, period: 'month', currency: 'TWD', openTop: true }],
    ['月薪3萬2-3萬8', { min: 32000, max: 38000, period: 'month' }],
    ['✔ 일당 13만원 (주급 가능)', { min: 130000, period: 'day', currency: 'KRW' }],
    ['รายได้ 12,000-18,000 บ./เดือน (รวม OT)', { min: 12000, max: 18000, period: 'month', currency: 'THB' }],
    ['大概年薪 HK$1.1M - 1.4M，另外有 bonus', { min: 1100000, max: 1400000, period: 'year', currency: 'HKD' }],
  ])('reads %s', (text, expected) => {
    expect(readMessage(text).pay).toMatchObject(expected);
  });
  it('reads no thousands digit that counts something else', () => {
    expect(readMessage('年収800万5年目').pay).toMatchObject({ min: 8000000 });
  });
  it('reads the wage, not an example of earnings', () => {
    expect(readMessage('💴 時給1,400円～\n💡 月収例：28万円以上も可能！').pay).toMatchObject({
      min: 1400,
      period: 'hour',
      currency: 'JPY',
    });
  });
});

describe('ceilings in Chinese and Arabic, the dollar and the Lebanese pound in Arabic, 美金, "W" for 万, 底薪, a post’s budget in Hebrew', () => {
  it.each([
    ['薪资这块确认过了：base最高能给到48K/月，15薪', { min: null, max: 48000, period: 'month' }],
    ['Riyadh. كاشير. راتب يصل إلى 7000 ريال شهرياً', { min: null, max: 7000, period: 'month', currency: 'SAR' }],
    ['✅ الراتب 700$ فريش شهرياً + حوافز', { min: 700, period: 'month', currency: 'USD' }],
    ['الراتب المقترح 1,500 دولار أميركي شهرياً', { min: 1500, period: 'month', currency: 'USD' }],
    ['✔️ راتب ٤٠ مليون ل.ل. شهرياً + عمولة', { min: 40000000, period: 'month', currency: 'LBP' }],
    ['远程。月薪1800-3000美金', { min: 1800, max: 3000, period: 'month', currency: 'USD' }],
    ['base年薪38W，年终3个月', { min: 380000, period: 'year' }],
    ['诚聘销售顾问，底薪3500+高提成', { min: 3500, max: null, period: 'month', openTop: false }],
    ['התקציב למשרה הוא עד 42 אלף ש"ח ברוטו לחודש', { min: null, max: 42000, period: 'month', currency: 'ILS' }],
  ])('reads %s', (text, expected) => {
    expect(readMessage(text).pay).toMatchObject(expected);
  });
  it('keeps a floor’s "+" where no commission follows', () => {
    expect(readMessage('月薪8000+起').pay).toMatchObject({ min: 8000, openTop: true });
  });
});

describe('Tunisia’s "الشهرية", a Tunisian town’s dinar, Darija’s "فالشهر"', () => {
  it.each([
    ['في المنستير الشهرية 2600 دينار صافية', { min: 2600, period: 'month', currency: 'TND' }],
    ['الدار البيضاء ✔️ الخلصة بين 4000 و 5500 درهم فالشهر', { min: 4000, max: 5500, period: 'month', currency: 'MAD' }],
  ])('reads %s', (text, expected) => {
    expect(readMessage(text).pay).toMatchObject(expected);
  });
});

describe('pay in Persian and Urdu: tomans as rials, millions and thousands, "تا" and "سے" between a range’s figures', () => {
  it.each([
    ['• حقوق ثابت ماهانه: ۸۵ تا ۱۰۰ میلیون تومان (خالص)', [850_000_000, 1_000_000_000, 'month', 'IRR', false]],
    ['حقوق ماهانه از ۴۵ میلیون تومان شروع می‌شه + بن ۳ میلیون تومانی', [450_000_000, null, 'month', 'IRR', true]],
    ['حقوق ماهانه ۴۲۰ میلیون ریال', [420_000_000, null, 'month', 'IRR', false]],
    ['✔ تنخواہ: 37,000 سے 45,000 روپے ماہانہ', [37000, 45000, 'month', 'PKR', false]],
  ])('%s', (text, expected) => {
    expect(pay(text)).toEqual(expected);
  });
});

describe('the moneys of Oman, Libya, Yemen and the Sudans by their Arabic letters and names', () => {
  it.each([
    ['✅ الراتب: ٥٢٠ ر.ع شهرياً', { min: 520, period: 'month', currency: 'OMR' }],
    ['💰 المرتب يبدأ من 1,800 د.ل شهرياً + عمولة', { min: 1800, openTop: true, period: 'month', currency: 'LYD' }],
    ['- الراتب: ٣٨٠ ألف ريال يمني شهرياً', { min: 380000, period: 'month', currency: 'YER' }],
    ['الراتب الأساسي يبدأ من 250 ألف جنيه شهرياً. العمل في الخرطوم', { min: 250000, period: 'month', currency: 'SDG' }],
    ['الراتب الأساسي 9,000 جنيه شهرياً. العمل في القاهرة', { min: 9000, period: 'month', currency: 'EGP' }],
    ['- الراتب الشهري: من 1,200 إلى 1,500 دولار أمريكي حسب الخبرة', { min: 1200, max: 1500, period: 'month', currency: 'USD' }],
    ['الراتب السنوي: 24,000 دولار', { min: 24000, period: 'year', currency: 'USD' }],
  ])('reads %s', (text, expected) => {
    expect(readMessage(text).pay).toMatchObject(expected);
  });
});

describe('Sorani Kurdish salaries in dinars, Syria’s pound', () => {
  it.each([
    ['✅ مووچەی مانگانە: ٦٨٠٬٠٠٠ دینار', { min: 680000, period: 'month', currency: 'IQD' }],
    ['مووچەکە لە نێوان 1,800,000 بۆ 2,200,000 دینار مانگانەیە', { min: 1800000, max: 2200000, period: 'month', currency: 'IQD' }],
    ['✔️ الراتب: 2,900,000 ل.س بالشهر', { min: 2900000, period: 'month', currency: 'SYP' }],
  ])('reads %s', (text, expected) => {
    expect(readMessage(text).pay).toMatchObject(expected);
  });
});

describe('Thai, Arabic and mainland Chinese forms (sets 390 to 397)', () => {
  it.each([
    ['💸 เงินเดือนเริ่มต้น 15,000 บาท + ค่าคอมฯ', [15_000, null, 'month', 'THB', true]],
    ['ค่าแรงวันละ 600 บาท + ทิปแบ่งกันทุกสัปดาห์', [600, null, 'day', 'THB', false]],
    ['- الراتب: 1,100 – 1,350 د.ك شهرياً حسب الخبرة', [1100, 1350, 'month', 'KWD', false]],
    ['العرض المبدئي: راتب شهري ١٬٨٠٠ د.ك، بالإضافة إلى بدل سيارة', [1800, null, 'month', 'KWD', false]],
    ['الراتب ٨٥٠ د.ب شهرياً', [850, null, 'month', 'BHD', false]],
    ['坦白讲一下条件：base 50-70w，股票另算（4年归属），年终一般3-6个月。', [500_000, 700_000, 'year', 'CNY', false]],
  ])('%s', (text, expected) => {
    expect(pay(text)).toEqual(expected);
  });
  it('reads no "base" in "w" where Hong Kong’s money is named', () => {
    expect(pay('香港中環 base 50-70w 港幣')).not.toEqual([500_000, 700_000, 'year', 'CNY', false]);
  });
});

describe('Korean sums (sets 398 to 405)', () => {
  it.each([
    ['■ 처우: 연봉 8,000~1억 (경력 및 현 처우 고려하여 협의) + 스톡옵션', [80_000_000, 100_000_000, 'year', 'KRW', false]],
    ['- 초봉 4,200만원 (대졸 신입 기준, 경력자는 경력 인정)', [42_000_000, null, 'year', 'KRW', false]],
    ['○ 처우: 연봉 7천만원~8천5백만원 수준 (직급·경력 반영)', [70_000_000, 85_000_000, 'year', 'KRW', false]],
    [
      '고객사 인사팀과 다시 확인했는데, 상무님 현 연봉(9,500만원)을 기준으로 10~15% 인상 수준에서 협의 가능하고, 팀장 직급 밴드 상 최대 1.2억까지는 가능하다고 합니다.',
      [null, 120_000_000, 'year', 'KRW', false],
    ],
  ])('%s', (text, expected) => {
    expect(pay(text)).toEqual(expected);
  });
  it('refuses the reader’s current salary', () => {
    expect(pay('상무님 현 연봉(9,500만원)을 기준으로 협의 가능합니다.')).toBeNull();
  });
});

describe('a Korean rent paid for is no pay, in dollars too', () => {
  it('reads the salary, not the rent allowance', () => {
    const text = '  - 급여: 월 310만~360만 원 (세전, 경력 호봉 반영)\n  - 주거: 학교 인근 아파트 임차료 월 700달러 한도 내 실비 지원';
    expect(pay(text)).toEqual([3_100_000, 3_600_000, 'month', 'KRW', false]);
  });
  it('reads a sum before a money’s Korean name in that money', () => {
    expect(pay('연봉 600만엔 수준')).toEqual([6_000_000, null, 'year', 'JPY', false]);
  });
});

describe('Hebrew "from" and a yearly salary (set 420)', () => {
  it.each([
    ['שכר מ-42 ש"ח לשעה + נסיעות', [42, null, 'hour', 'ILS', true]],
    ['החבילה: שכר שנתי של 780-900 אלף ₪, בונוס של עד 6 משכורות', [780_000, 900_000, 'year', 'ILS', false]],
  ])('%s', (text, expected) => {
    expect(pay(text)).toEqual(expected);
  });
});

describe('the dollars of the Chinese diaspora by their everyday names (set 433)', () => {
  it.each<[string, [number | null, number | null, string, string]]>([
    ['· 年薪 9.5万–11万澳币 + super（可面议）', [95_000, 110_000, 'year', 'AUD']],
    ['- 周薪税后 1300–1500 澳币（视能力面议）', [1_300, 1_500, 'week', 'AUD']],
    ['月薪 6000 新币，包住宿', [6_000, null, 'month', 'SGD']],
  ])('%s', (text, [min, max, period, currency]) => {
    expect(readMessage(text).pay).toMatchObject({ min, max, period, currency });
  });
});
describe('"刀" is no currency of its own (review 85)', () => {
  it('leaves the dollar a Chinese message calls 刀 to the places it names, and a knife to the kitchen', () => {
    expect(readMessage('周薪 1500 刀，包住宿').pay?.currency ?? null).not.toBe('USD');
    expect(readMessage('上海川菜馆招厨师，月薪8000 刀工好').pay).toMatchObject({ min: 8_000, period: 'month' });
  });
});

describe('a Chinese range whose second figure repeats its sign or code (set 465)', () => {
  it.each([
    ['月薪 S$6,500 - S$8,500（视经验而定）', [6500, 8500, 'month', 'SGD', false]],
    ['待遇方面，月薪 S$7,500 到 S$9,000，另加年终花红。', [7500, 9000, 'month', 'SGD', false]],
    ['月薪 MOP$19,000 - MOP$22,000', [19_000, 22_000, 'month', 'MOP', false]],
    ['月薪 SGD 6,500 - SGD 8,500', [6500, 8500, 'month', 'SGD', false]],
  ])('%s', (text, expected) => {
    expect(pay(text)).toEqual(expected);
  });
  it("reads Singapore's dollar by its Chinese names before the figure", () => {
    expect(pay('薪水：月薪 新币 2,200 - 2,600（看经验），另有加班费')).toEqual([2200, 2600, 'month', 'SGD', false]);
    expect(pay('月薪 新幣 3,000')).toEqual([3000, null, 'month', 'SGD', false]);
  });
  it('leaves out the other jobs a Chinese post lists on its "also hiring" line', () => {
    const post =
      '【全職樓面侍應】\n💰 月薪 $19,000 - $22,000\n\n亦招聘：兼職樓面（時薪 $70）、水吧、廚房幫工\n\n📍 地點：旺角彌敦道 600 號';
    expect(pay(post)).toEqual([19_000, 22_000, 'month', 'HKD', false]);
  });
});

describe('Arabic pay from sets 469, after its reading', () => {
  it('reads "the most we can reach" as a ceiling', () => {
    expect(pay('أقصى حاجة نقدر نوصلها هي 60 ألف جنيه شهرياً صافي')).toEqual([null, 60_000, 'month', 'EGP', false]);
  });
  it("reads Egypt's pound by its letter against the figure, and no word that opens with it", () => {
    expect(pay('مطلوب مندوبي مبيعات بمرتب ثابت 7500ج شهرياً')).toEqual([7500, null, 'month', 'EGP', false]);
    expect(pay('لدينا 5 جامعات شريكة')).toBeNull();
  });
  it("reads Morocco's dirham by Darija's words, and a label's “from” as a floor", () => {
    expect(pay('شفت البروفايل ديالك فلينكدإن.\n- السالير: من 15 ألف درهم فالشهر صافي')).toEqual([15_000, null, 'month', 'MAD', true]);
  });
});

describe('Chinese pay set in Australia or New Zealand, and a factory’s month (sets 479 and 481, after their reading)', () => {
  it.each([
    ['💰 时薪 $32-38（税前，按经验定），另加 super。地点：墨尔本', [32, 38, 'hour', 'AUD', false]],
    ['悉尼急招清洁工！时薪$28起（税前）', [28, null, 'hour', 'AUD', true]],
    ['工资这边给你日薪 $320-$350（税前）。工地在奥克兰。', [320, 350, 'day', 'NZD', false]],
    ['💰 年薪 NZ$120k–140k + KiwiSaver 3%', [120_000, 140_000, 'year', 'NZD', false]],
    ['- base 18万-20万澳币 + super + 股票', [180_000, 200_000, 'year', 'AUD', false]],
    ['坦白讲一下条件：base 50-70w，股票另算', [500_000, 700_000, 'year', 'CNY', false]],
    ['急招普工500名！包吃包住，月综合收入6000-8000元，做六休一', [6000, 8000, 'month', 'CNY', false]],
  ])('%s', (text, expected) => {
    expect(pay(text)).toEqual(expected);
  });
  it('reads no dollar as one of two countries’ when the message names both', () => {
    expect(readMessage('月薪 $3,000（税前）。悉尼和奥克兰都有门店。').pay?.currency ?? null).toBeNull();
  });
});

describe('Chinese and Arabic pay labels and periods (sets 482 and 483, after their reading)', () => {
  it.each([
    ['【鑫盛人力】厂里急招，月综合7000-9000元，包吃住', [7000, 9000, 'month', 'CNY', false]],
    ['【工价】25元/小时，不扣餐费，月底结算', [25, null, 'hour', 'CNY', false]],
    ['在家就能做，日赚200-500元，当天结算', [200, 500, 'day', 'CNY', false]],
    ['这个岗位年包60w rmb左右，可以谈', [600_000, null, 'year', 'CNY', false]],
    ['الراتب بين ١٠٠٠ و ١٣٠٠ دينار بالشهر، والعمل بالعقبة', [1000, 1300, 'month', 'JOD', false]],
    ['• الراتب الإجمالي الشهري: من 60,000 إلى 75,000 جنيه مصري', [60_000, 75_000, 'month', 'EGP', false]],
    ['💵 اليومية ٥٠٠ جنيه وبتتقبض كل أسبوع', [500, null, 'day', 'EGP', false]],
    ['الأجر: 15 دينار أردني للساعة', [15, null, 'hour', 'JOD', false]],
  ])('%s', (text, expected) => {
    expect(pay(text)).toEqual(expected);
  });
  it('reads a Chinese base as the pay and its OTE, said in Latin letters, beside it', () => {
    const read = readMessage('底薪每月12,000元（税前），达标后综合收入（OTE）约每月20,000元，提成按季度发放。');
    expect([read.pay?.min, read.pay?.period, read.pay?.currency]).toEqual([12_000, 'month', 'CNY']);
    expect([read.ote?.min, read.ote?.period, read.ote?.ote]).toEqual([20_000, 'month', true]);
  });
  it('reads no one pay from a mailing that prices several jobs on keycap-numbered lines', () => {
    const mailing =
      '招募以下岗位👇\n\n1️⃣ 运营专员 | 8-12K | 1年以上经验\n2️⃣ 主播（英语） | 底薪5000+高提成，月入2万+不是梦\n3️⃣ 美工 | 7-9K | 应届生可投';
    expect(pay(mailing)).toBeNull();
    expect(readMessage(mailing).role).toBeNull();
  });
});

describe('Hebrew and Japanese pay from sets 488 and 490, after their reading', () => {
  it('reads a Hebrew range joined by "ל-" after "between"', () => {
    expect(pay('השכר שחשבנו עליו הוא בין 38 ל-44 אלף ש"ח ברוטו לחודש')).toEqual([38_000, 44_000, 'month', 'ILS', false]);
  });
  it('leaves out a monthly fee or a record others reached beside a Japanese pay', () => {
    expect(pay('年収700万〜900万円を想定しています。月30万円のクラウド料金を半分にした話を拝見しました。')).toEqual([
      7_000_000,
      9_000_000,
      'year',
      'JPY',
      false,
    ]);
    expect(pay('■想定年収：450万円～1,100万円　★入社3年目で年収900万円超の実績多数！')).toEqual([
      4_500_000,
      11_000_000,
      'year',
      'JPY',
      false,
    ]);
  });
});

describe('Arabic pay by the week and a yearly gross (set 499, after its reading)', () => {
  it.each([
    ['🔸 المعاش: 180 دولار بالأسبوع + الإكراميات', [180, null, 'week', 'USD', false]],
    ['• الراتب السنوي الإجمالي: من ٣٦٠ ألف ريال سعودي', [360_000, null, 'year', 'SAR', true]],
  ])('%s', (text, expected) => {
    expect(pay(text)).toEqual(expected);
  });
});

describe('pay from sets 502 and 504, after their reading', () => {
  it.each([
    ['【茶香連鎖】門市儲備幹部招募中！月薪3.1萬起，全台90家門市就近分發', [31_000, null, 'month', 'TWD', true]],
    ['正在招一位搜索负责人。base 可以给到 48W-58W/年，另有期权。', [480_000, 580_000, 'year', 'CNY', false]],
    ['✅ تنخواہ: 1800 سعودی ریال ماہانہ', [1800, null, 'month', 'SAR', false]],
    ['معاوضہ: 15,000 روپے یومیہ، سفر کا خرچہ الگ', [15_000, null, 'day', 'PKR', false]],
  ])('%s', (text, expected) => {
    expect(pay(text)).toEqual(expected);
  });
});

describe('pay from sets 506 to 508, after their reading', () => {
  it.each([
    ['💰 الراتب: ابتداءً من 65.000 دج شهرياً حسب الخبرة', [65_000, null, 'month', 'DZD', true]],
    ['■ 年収：AUD 140,000〜160,000（スーパーアニュエーション別途）', [140_000, 160_000, 'year', 'AUD', false]],
    ['💰 年薪 NZD 8万 - 9.5万 + KiwiSaver', [80_000, 95_000, 'year', 'NZD', false]],
  ])('%s', (text, expected) => {
    expect(pay(text)).toEqual(expected);
  });
});

describe('the Maghreb’s dotted thousands in a range and its moneys in Latin letters (review 101)', () => {
  it.each([
    ['الراتب: 55.000 - 75.000 دج شهريا', [55_000, 75_000, 'month', 'DZD', false]],
    ['الراتب 110.000 DA شهريا', [110_000, null, 'month', 'DZD', false]],
    ['الراتب 6.000 DH شهريا', [6000, null, 'month', 'MAD', false]],
  ])('%s', (text, expected) => {
    expect(pay(text)).toEqual(expected);
  });
});
