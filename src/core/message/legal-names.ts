// An employer named by its legal form in the languages whose names the English-letter rules of labels.ts do not read:
// Japanese "株式会社ミナトペイ", Korean "(주)두레커머스", Chinese "深蓝智驾科技有限公司" or "公司：深蓝智驾科技（苏州）",
// Vietnamese "Công ty Cổ phần Phần mềm Lạc Hồng", Indonesian "PT Sinar Bahari Logistik Tbk", Arabic "شركة نجد
// للبتروكيماويات", Bulgarian "Стрикс Софтуер ЕООД". Asked only when those rules find no employer. Not a recruiting
// agency's name, and not a job board's. Pure.

import { compiled } from '../compile.js';
import { hasIndicLetters, indicEmployer } from './indic.js';
import { inScripts } from './script-pay.js';

// The words of a recruiting agency or a headhunter, in these languages and in English: their firm is not the employer.
const AGENCY = () =>
  /人材|紹介|エージェント|リクルート|キャリア|ビズリーチ|転職|ヘッドハン|猎头|獵頭|人才|人力[资資]源|[顾顧]问|헤드헌|(?<!리)서치|써치|커리어|인재|จัดหางาน|เสิร์ช|รีครูท|השמה|גיוס|tuyển dụng|nhân sự|\bSearch\b|rekrutmen|staffing|recruit|Adecco|Адеко|Кадров|персонал|подбор|توظيف|استقدام|Προσωπικ|επιλογής προσωπικού/i;

// A name's characters in each script, and the words it stops at.
// (After the form, a name may be written in hiragana, "株式会社さくら物流センター": cut where hiragana follows its other
// letters, "株式会社ミナトペイの北村", "株式会社ミナトペイにて".)
const JAPANESE = () =>
  /(?:株式会社|合同会社|有限会社)[^\S\n]?([\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Han}A-Za-z0-9ー・&]{2,20})|([\p{sc=Katakana}\p{sc=Han}A-Za-z0-9ー・&]{2,20})(?:株式会社|合同会社|有限会社)/gu;
const KOREAN = () =>
  /(?:\(주\)|㈜|주식회사)[^\S\n]?([\p{sc=Hangul}A-Za-z0-9&]{2,20})|([\p{sc=Hangul}A-Za-z0-9&]{2,20})[^\S\n]?(?:\(주\)|㈜|주식회사)(?![\p{sc=Hangul}A-Za-z])/gu;
// A LinkedIn headline's "채용 담당자 @ 두레커머스", "リクルーター @ ミナトペイ": a recruiter at the organisation after "@".
const HEADLINE_AT = () =>
  /(?:리크루터|채용\s?담당자?|인사\s?담당자?|인사팀|採用担当|人事|リクルーター|招聘|HR)\s?@\s?([\p{sc=Hangul}\p{sc=Han}\p{sc=Katakana}A-Za-z0-9&ー・ ]{2,24}?)\s*(?:\||·|$)/mu;
const CHINESE_LABEL = () => /(?:^|\n)\s*(?:公司|企业|企業|雇主)\s*[：:]\s*([^\s，,。；;、|]{2,30})/u;
const CHINESE_NOT_A_NAME =
  /某|一家|知名|上市|大型|頂尖|顶尖|頭部|头部|外商|外資|外资|一間|這家|这家|这边|這邊|那边|那邊|这里|這裡|我们|我們|公司$|之前|您|你|貴|贵|客户|客戶|猎头|獵頭/u;
// "I am X's HR", "we are X's recruiting team": the firm before "的" and a recruiter's or a manager's word.
// (Or the writer's own name after it, then a comma: "我是深圳云栈科技的周立伟，"; or in Cantonese, "我係啟思教育中心嘅 Ms Wong".)
const CHINESE_SELF = () =>
  /(?:我是|我們是|我们是|我係|我哋係)([\p{sc=Han}A-Za-z0-9]{2,12}?)(?:的|嘅)(?:HR|HRBP|招聘|人事|人力|技术负责人|技術負責人|负责人|負責人|创始人|創辦人|CTO|CEO|\s?(?:Ms|Mr|Mrs|Miss)\b|[\p{sc=Han}]{2,3}(?=[，,]))/u;
// (With the city of a branch in brackets before the form, or before the trade that ends the name: "顺达冷链物流（昆山）有限公司",
// "深蓝数科（北京）信息技术有限公司".)
const CHINESE_FORM = () =>
  /([\p{sc=Han}A-Za-z]{2,16}(?:[（(][\p{sc=Han}]{2,4}[）)][\p{sc=Han}]{0,8})?(?:股份有限公司|有限公司|有限责任公司|集团|集團))/u;
// "We are X (what it does)": see legalName. (Not what the firm does, "我们是做家居的".)
const CHINESE_WE_ARE = () => /(?:我们是|我們是)(?!做|专|專|一)([\p{sc=Han}A-Za-z0-9]{2,10})(?=[（(])/u;
// The ends of a kind of firm or of a part of one, not a name: a party to a contract, a state or foreign firm, a team, a
// department, a head office, a unicorn, a funding round; a big or small factory ("大厂", tech's slang for a big firm).
const CHINESE_KIND_END = /(?:方|企|团队|團隊|部|中台|总部|總部|独角兽|獨角獸|轮|輪|大厂|小厂|工厂|大廠|小廠|工廠)$/u;
// Words of a factory left unnamed: "本工厂", "各类工厂", "台资电子厂", "互联网大厂", "国内一线大厂".
const CHINESE_FACTORY_UNNAMED = /本|该|該|各|类|類|周边|周邊|国内|國內|一线|一線|互联网|互聯網|[台外港合]资|[台外港合]資/u;
// A factory's name before its hiring cry: see legalName.
const CHINESE_FACTORY_HIRING = () => /(?:^|[】\]\n\s])([\p{sc=Han}]{2,14}[厂廠])(?:急招|急聘|招聘|诚聘|誠聘|高薪招|常年招|长期招|長期招)/u;
// A restaurant, a shop or a clinic newly opened, by its kind and then its name in corner brackets: "粵菜館「聚福軒」",
// "茶餐廳「好味」".
const CHINESE_VENUE = () =>
  /(?:菜館|菜馆|酒樓|酒楼|餐廳|餐厅|茶餐廳|茶餐厅|飯店|饭店|酒店|酒家|麵館|面馆|咖啡店|咖啡室|診所|诊所|店舖|店铺|[舖铺]頭|公司)「([^」\n]{2,12})」/u;
// (Its words, capitalised or not, "Phần mềm", up to a bracket, a stop or a word that goes on with the sentence.)
// (Also in capitals, as a post's heading writes it: "CÔNG TY TNHH MAY MẶC PHƯỚC AN".)
// (And a hotel, a restaurant, a hospital or a bank named so: "Khách sạn Sen Vàng Đà Nẵng".)
const VIETNAMESE = () =>
  /(?<![\p{L}])(Công ty|CÔNG TY|Khách sạn|KHÁCH SẠN|Nhà hàng|NHÀ HÀNG|Bệnh viện|BỆNH VIỆN|Ngân hàng|NGÂN HÀNG)[^\S\n]+((?:[\p{L}&'-]+[^\S\n]?){1,9})/gu;
const VIETNAMESE_STOPS = new Set([
  'ạ',
  'bên',
  'tại',
  'ở',
  'là',
  'có',
  'đang',
  'với',
  'và',
  'của',
  'em',
  'anh',
  'chị',
  'chúng',
  'xin',
  'cần',
  'tuyển',
]);
// Particles a chat ends a sentence with, in lower case as written ("Công ty Cổ phần Công nghệ Sao Mai nè"): capitalised,
// they may be a name's ("Công ty Du lịch Nha Trang", "Công ty TNHH Này Việt").
const VIETNAMESE_PARTICLES = new Set(['nè', 'nhé', 'nha', 'đó', 'này']);
const INDONESIAN = () => /(?:^|[\s(*])(PT\.?[^\S\n](?:\p{Lu}[\p{L}&'-]*[^\S\n]?){1,5}(?:Tbk)?)/u;
// Words that say a message is in Indonesian or Malay: "PT" alone is also "part-time" in English.
const INDONESIAN_WORDS = () =>
  /\b(?:kami|dengan|untuk|yang|bapak|ibu|anda|perusahaan|lowongan|terima kasih|salam|dibutuhkan|segera|gaji|orang)\b/i;
// A Chinese headline in brackets, then a call for staff: "【好日子咖啡】北北桃門市大徵才！".
const CHINESE_BRACKET = () => /【([^】\n]{2,20})】[^\n]{0,20}(?:徵才|徵人|誠徵|诚聘|招聘|招募)/u;
// Hebrew words before a company's legal form that are no part of its name: "אני מגייסת עבור נטקום בע"מ".
const HEBREW_STOPS = new Set(['אני', 'אנחנו', 'מגייסת', 'מגייס', 'מגייסים', 'עבור', 'של', 'אצל', 'אשמח', 'עם', 'ב', 'מ', 'ל']);
const PERSIAN_QUOTED = () => /شرکت(?:[^\S\n]+[^\s«»]{2,20}){0,2}[^\S\n]*«([^»\n]{2,40})»/u;
// A name in capitals before "LTD" (the patterns of labels.ts read "Ltd", and a capitalised name before it).
const CAPITALS_LTD = () => /(?<![\p{L}\d])(?:\p{Lu}[\p{Lu}&'’-]*[^\S\n]){1,4}LTD\.?(?![\p{L}])/u;
// A Turkish firm's name, its trades ("San. ve Tic.", "Sanayi ve Ticaret") and its legal form ("A.Ş.", "Ltd. Şti.").
// (Only with its trades or a "Şti.": a name with "A.Ş." alone is read by the patterns of labels.ts, with their checks.)
const TURKISH = () =>
  /(?<![\p{L}.])(?:\p{Lu}[\p{L}'’&-]*[^\S\n]){1,4}(?:(?:(?:San\.|Sanayi)[^\S\n](?:ve[^\S\n])?)?(?:Tic\.|Ticaret)[^\S\n](?:A\.Ş\.|Ltd\.[^\S\n]?Şti\.)|Ltd\.[^\S\n]?Şti\.)/u;
// Words that open a Turkish sentence before a firm's name and are no part of it: "Ben", "Müşterimiz" (our client).
const TURKISH_LEADING = new Set([
  'Ben',
  'Biz',
  'Merhaba',
  'Müşterim',
  'Müşterimin',
  'Müşterimiz',
  'Müşterimizin',
  'Firmamız',
  'Şirketimiz',
  'Sayın',
]);
/** The first Turkish firm named with its legal form, as written. */
export function turkishFirm(text: string): string | null {
  const m = compiled(TURKISH).exec(text);
  if (!m) return null;
  // (Not where the reader has worked: "Delta Plastik San. ve Tic. A.Ş.'de çalıştığınızı gördüm".)
  const after = text.slice(m.index + m[0].length, m.index + m[0].length + 20);
  if (/^['’]?(?:de|da|te|ta) (?:çalıştığınız|çalıştınız|çalışmışsınız)/u.test(after)) return null;
  const words = m[0].split(/\s+/);
  while (words.length > 2 && TURKISH_LEADING.has(words[0]!)) words.shift();
  return words.join(' ');
}
// A Thai company, "บริษัท สยามฟู้ดเทค จำกัด" (Company … Limited).
// (With a public company's "(มหาชน)" after it.)
const THAI = () => /บริษัท\s*([\u0e00-\u0e7fA-Za-z ]{2,40}?)\s*จำกัด(?:\s*\(มหาชน\))?/u;
// Bulgarian, Russian and Ukrainian legal forms: after the name ("Стрикс Софтуер ЕООД") or before it in quotes
// ("ООО «Северный Поток»", "ТОВ «Дніпро Софт»").
// (And Serbian's "д.о.о." and "а.д.": "Електродистрибуција Морава д.о.о.", its letters "ј", "љ", "њ", "ћ", "ђ", "џ" too.)
// (Its name in quotes too, as Bulgarian writes it: "„Витоша Контакт“ ЕООД".)
// (And the forms of North Macedonia, Uzbekistan, Kazakhstan and Kyrgyzstan: "Охрид Транс ДООЕЛ", "«Зарафшон Курилиш
// Груп» МЧЖ", "ЖШС", "ОсОО". A name in quotes is reported without them and its form: "Металопрерада Сремац".)
const CYRILLIC_AFTER = () =>
  /(?:[„"«](?=[А-ЯЁЇІЄҐЂЈЉЊЋЏ]))?((?:[А-ЯЁЇІЄҐЂЈЉЊЋЏ][А-ЯЁЇІЄҐЂЈЉЊЋЏа-яёїієґђјљњћџўқғҳ'’-]+(?:[^\S\n]|(?=[“”"»]))){1,3})(?:[“”"»][^\S\n]?)?(?:ЕООД|ЕАД|ООД|АД|ДООЕЛ|ДОО|МЧЖ|ЖШС|ОсОО|д\.о\.о\.|а\.д\.)(?![\p{L}])/u;
const SIGN_OFF_WORDS =
  /\b(?:thanks|thank you|regards|wishes|best|cheers|soon|care|talk|enjoy|speak|see you|weekend|helg|ha det|hälsningar|hilsen|terveisin|pozdrawiam|pozdravem|pozdravom|üdvözlettel)\b/i;
// A recruiting agency's words in a Latin-letter name: "Darbo Partneriai", "Kadry Plus", "HR Megoldások", "Talent Partners".
const LATIN_AGENCY =
  /partner|talent|personal|kadr|bemann|rekryt|rekrut|megold|sprendim|staffing|recruit|\bHR\b|consult|workforce|people|jobs?\b|karier|kariér|práca|praca|darbo/i;
/**
 * Whether a "Name, legal form" line names an employer: not a sign-off and its initials ("Many thanks, AS", "Talk
 * Monday, AB"), not an agency's name, not a line of the signature after the writer's sign-off; a name of one word only
 * before a dotted form, and before a form of capitals ("UAB", "AS") only capitalised words.
 */
function commaFormName(name: string, form: string, before: string): boolean {
  const dotted = form.includes('.');
  if (!dotted && (!name.includes(' ') || name.split(' ').some((word) => word[0] === word[0]!.toLowerCase()))) return false;
  if (SIGN_OFF_WORDS.test(name) || LATIN_AGENCY.test(name)) return false;
  return !compiled(SIGN_OFF_LINE).test(before);
}
// A sign-off on a line of its own: what follows it is the writer's signature.
const SIGN_OFF_LINE = () =>
  /(?:^|\n)[^\S\n]*(?:(?:kind |best |warm )?regards|best|thanks|many thanks|cheers|sincerely|su pagarba|pagarbiai|s pozdravom|s pozdravem|pozdrawiam|z poważaniem|üdvözlettel|med vennlig hilsen|vennlig hilsen|med vänliga hälsningar|hälsningar|med venlig hilsen|ystävällisin terveisin|terveisin|mit freundlichen grüßen|viele grüße|cordialement|saludos|cordiali saluti)[,.!]?[^\S\n]*(?:\n|$)/i;
const LINE_NAME_COMMA_FORM = () =>
  /(?:^|\n)[^\S\n]*(\p{Lu}[\p{L}&'’.-]*(?:[^\S\n]+[\p{L}&'’.-]+){0,3}),[^\S\n]+(a\.s\.|s\.r\.o\.|spol\. s r\.o\.|UAB|AB|ASA|AS|A\/S|ApS|Oyj|Oy|SIA|d\.o\.o\.|d\.d\.|Sp\. z o\.o\.|S\.A\.|Kft\.|Zrt\.|Nyrt\.)(?=[^\S\n]*(?:$|\n|·|\||\())/u;
const BALTIC_BEFORE = () => /\b(?:UAB|SIA)[^\S\n]+[„"«]([^“”"»\n]{2,40})[“”"»]/u;
const BALTIC_BEFORE_UNQUOTED = () => /\b(?:UAB|SIA)[^\S\n]+\p{Lu}[\p{L}&'’-]+(?:[^\S\n]+\p{Lu}[\p{L}&'’-]+){0,3}/u;
// A Cyrillic name in quotes with no legal form, after a word for a company or a word of belonging: "Компанія «Галтранс
// Логістик»", "ръководител на „Витоша Билд Инвест“", "в «Обрій Сервіс Хаб»", a headline's "| «Обрій Сервіс Хаб»".
// (Its words may hold capitals inside, "«ЛогистПарк Север»", "«СтройМонолит-Восток»".)
const CYRILLIC_QUOTED_NAME = String.raw`[«„"]([А-ЯЁЇІЄҐ][А-ЯЁЇІЄҐа-яёїієґ'’-]+(?:[^\S\n][А-ЯЁЇІЄҐ][А-ЯЁЇІЄҐа-яёїієґ'’-]+){0,3})[»“”"](?![^\S\n]*(?:ЕООД|ЕАД|ООД|АД|ООО|ТОВ)(?![\p{L}]))`;
const CYRILLIC_QUOTED = () =>
  new RegExp(
    // (Or a label's colon, "Компания: «СтройМонолит-Восток»"; a centre, a trading house, a group: "центр «ЛогистПарк Север»",
    // "ТД «АгроСнаб»", "ГК «ТрестМонолитСтрой»".)
    // (And a chief's title, its firm in the genitive: "CTO «Волнореза»", not a former one's, "бывший CTO «Озона»". Not a talk's
    // or a conference's place, "на докладе на «ПитерКоде»", nor a business or a shopping centre as an address, "бизнес-центр
    // «Аврора»".)
    `(?<![\\p{L}])(?<!(?:доклад\\p{L}*|конференци\\p{L}*|митап\\p{L}*|выступлени\\p{L}*|виступ\\p{L}*)[^\\S\\n]+)(?:[Кк]омпані[яїю]:?|[Кк]омпани[яию]:?|[Фф]ірм[аи]|[Фф]ирм[аи]|(?<!(?:бизнес-|торгов\\p{L}*[^\\S\\n]|офисн\\p{L}*[^\\S\\n]|развлекательн\\p{L}*[^\\S\\n]))[Цц]ентр|ТД|ГК|(?<!(?:бывш\\p{L}*|экс-|ex-|former)[^\\S\\n]?)(?:CTO|CEO|COO|CFO)|на|в|у|від|от|\\|)[^\\S\\n]+${CYRILLIC_QUOTED_NAME}`,
    'u',
  );
// The client an agency names in quotes: "Наш клиент, „Марица Софтуер Солюшънс“ – компания за …", "Наш клієнт — «…»".
const CYRILLIC_CLIENT_QUOTED = () =>
  new RegExp(`(?<![\\p{L}])(?:[Нн]аш|[Нн]ашият) кли[еє]нт,?[^\\S\\n]*(?:[–—-][^\\S\\n]*)?${CYRILLIC_QUOTED_NAME}`, 'u');
const QUOTED_BEFORE_FORM = () =>
  /[«"„“]((?:\p{Lu}|[\u0531-\u0556])[^»"“”\n]{1,40}?)[»"”“][^\S\n]?(?:MCHJ|MChJ|XK|QK|АҚ|ЖШС|ТОО|ՍՊԸ|ԲԲԸ|MMC|ASC|kompaniyasi\p{L}*|компаниясы(?:нда|нан|на|ның)?|şirkəti(?:n\p{L}*)?)(?![\p{L}])(?!\s?\d)/u;
const CYRILLIC_BEFORE = () => /(?:ООО|ТОВ|ПАО|АО|ЗАО|ТОО)[^\S\n]+[«"„]([^»"“\n]{2,40})[»"“]/u;
// ("مجموعة", a group, too: "مجموعة النيل للأغذية"; after a quote as well, "لـ "مجموعة …"", or "for", "at", "and" joined to
// it, "لشركة النيل الذهبي للمقاولات".)
// (Its name may be in Latin letters, "شركة Sahara Connect كتقلب على".)
const ARABIC = () => /(?:^|[\s("“«*])[لبو]?((?:شركة|مجموعة)(?:[^\S\n]+(?:[\u0621-\u0652]+|[A-Z][\w&'’-]*)){1,5})/gu;
const ARABIC_QUOTED = () => /(?:^|[\s("“«*])[لبو]?شركة[^\S\n]?["“]([^"”\n]{2,40})["”]/u;
// The kinds of venue an Arabic message names an employer by: a hotel, a resort, a restaurant, a hospital.
const ARABIC_VENUE_KINDS = ['فندق', 'منتجع', 'مطعم', 'مستشفى'];
const ARABIC_VENUE = () =>
  /(?:^|[\s("“«*])[لبو]?(?:فندق|منتجع|مطعم|مستشفى)[^\S\n]?["“]([^"”\n]{2,40})["”]|(?:^|[\s("“«*])[لبو]?((?:فندق|منتجع|مطعم|مستشفى)[^\S\n]+(?!ال)[\u0621-\u064a]{2,}[^\S\n]+ال[\u0621-\u064a]{2,})(?![\u0621-\u064a])/u;
// A firm the reader or a colleague was at before: "كان زميلك زمان في شركة …".
// An agency's words for the client it writes for: "受客户委托", "我哋客戶恒生銀行", "我司客户", "客户是…"; not a firm's own
// customers told of in passing, "我们一个客户现场也在用", "服务了300多家客户".
const FOR_A_CLIENT = () =>
  /受[^，,。\n]{0,6}客[户戶]委[托託]|[帮幫替](?:[一某][位个個家])?客[户戶]|代表客[户戶]|代客[户戶]|我司客[户戶]|有[个個一]?[位家]?客[户戶]|客[户戶]方|我哋客戶|我地客戶|客[户戶](?:是|係|为|為|[：:]|[里裡中]有)|猎头|獵頭/u;
// See legalName: the words before an organisation named by its kind that make it the employer.
const ARABIC_KIND_CUE = () =>
  /(?:^|نحن في|نحن|نعمل في|أعمل في|لدى|يسر|يسرّ|تعلن|يعلن|وظيفية في|وظائف في|وظيفة في|فرصة في|فرص في|فرصة عمل في|[–—:|]|(?:مدير|مديرة|رئيس|رئيسة|إدارة|الموارد البشرية|التوظيف|مسؤول|مسؤولة)[^\n]{0,30}في|معك[^\n]{0,40}في|انضمام إلى|انضم إلى|انضمي إلى)\s*[لبو]?\s*$/u;
// Common nouns of those kinds: a question bank, a blood bank, an information bank, a faculty, a nursing staff, retail
// stores, app stores, job, stock and money markets.
const ARABIC_KIND_NOUNS = new Set([
  'بنك الأسئلة',
  'بنك الدم',
  'بنك المعلومات',
  'بنك الطعام',
  'هيئة التدريس',
  'هيئة التمريض',
  'متاجر التجزئة',
  'متاجر التطبيقات',
  'أسواق العمل',
  'أسواق الأسهم',
  'أسواق المال',
]);
// See legalName: a bank, a chain of stores, markets or an authority, by its kind and its name.
const ARABIC_BY_KIND_WORDS = ['بنك', 'مصرف', 'أسواق', 'متاجر', 'هيئة'];
const ARABIC_BY_KIND = () =>
  /(?<![\u0621-\u064a])[لبو]?((?:بنك|مصرف|أسواق|متاجر|هيئة)(?:[^\S\n]+(?!ال|لل)[\u0621-\u064a]{2,}){0,2}(?:[^\S\n]+(?:ال|لل)[\u0621-\u064a]{2,}){1,3})(?![\u0621-\u064a])/gu;
const ARABIC_FORMER = () => /(?:كان|كنت|سابق|سابقا|سابقاً|زمان|خبرتك|عملك|عملت)[^\n]{0,20}$/;
// A company described, not named: "شركة رائدة" (a leading company), "شركة كبرى".
const ARABIC_DESCRIBED = new Set([
  'رائدة',
  'كبرى',
  'عالمية',
  'متعددة',
  'ناشئة',
  'دولية',
  'محلية',
  'خاصة',
  'كبيرة',
  'ناشونال',
  'صغيرة',
  'متوسطة',
  'متكاملة',
  'جديدة',
  'ناجحة',
  'مميزة',
  'معروفة',
  'مشهورة',
]);
// A kind of firm right after the word, "شركة أدوية" (a pharmaceutical company), "شركة كول سنتر": a name has its own word
// there, its trade after it, "شركة النيل للصناعات الدوائية".
const LATIN_KINDS = new Set(['call center', 'call centre', 'contact center', 'contact centre', 'bpo', 'multinational', 'offshoring']);
const ARABIC_KINDS = new Set([
  'أدوية',
  'مقاولات',
  'كول',
  'اتصالات',
  'تسويق',
  'برمجيات',
  'عقارات',
  'سياحة',
  'تأمين',
  'أغذية',
  'شحن',
  'خدمات',
  'استشارات',
  'تقنية',
  'تكنولوجيا',
  'مالتي',
  'توظيف',
  'بترول',
  'طيران',
  'مواد',
  'ملابس',
  'أثاث',
  'نقل',
  'لوجستيات',
  'مطاعم',
  'فنادق',
  'تجارية',
  'توزيع',
  'صناعية',
  'هندسية',
]);
// A place after a name: "in Nasr City", "in the Fifth Settlement", "in October". (After one word of the name, that word
// is a kind of firm, "شركة صيانة بأكتوبر", a maintenance firm in October City.)
const ARABIC_PLACE = /^ب(?:مدينة|محافظة|منطقة|ال[\u0621-\u0652]+|[\u0621-\u0652]{3,})$/u;
// Arabic words that end a name: "in", "with", "for the post of", "which", "our client".
const ARABIC_STOPS = new Set([
  'في',
  'مع',
  'التي',
  'الذي',
  'من',
  'على',
  'عن',
  'إلى',
  'لوظيفة',
  'يبحث',
  'تبحث',
  'وهي',
  'هي',
  'أن',
  'ان',
  'و',
  'وأود',
  'أود',
  'نود',
  'يسعدني',
  'يسعدنا',
  'لصالح',
  // "يسر شركة X الإعلان عن توفر وظيفة": the company is pleased to announce.
  'الإعلان',
  'بالإعلان',
  'تعلن',
  'يعلن',
  // Moroccan Darija "in", "is looking for".
  'ف',
  'كتقلب',
  'كيقلب',
  'كتقلبو',
  // "شركة X وظيفة شاغرة بمسمى …": a vacant post titled.
  'وظيفة',
  'وظائف',
  'بمسمى',
  'حاليا',
  'حالياً',
]);
// A firm's trade after its name, "للمقاولات" (for contracting), "للتطوير" (for development): the name ends there or
// after one adjective of the trade, "للتطوير العقاري", "للصناعات الغذائية".
const ARABIC_TRADE = /^لل[\u0621-\u064a]{2,}$/u;
const ARABIC_TRADE_ADJECTIVE = /^ال[\u0621-\u064a]+[ية]$/u;
// A Greek firm by its legal form, "Αιγαίον Ναυτιλιακή Α.Ε.", "ΘΕΡΜΟΚΛΙΜΑ ΒΟΡΕΙΟΥ ΕΛΛΑΔΟΣ Α.Ε.": up to four capitalised
// Greek words before it on its line. (Not the article or the preposition a sentence puts before it, "Στην Αιγαίο
// Τεχνολογίες Α.Ε. ψάχνουμε", read apart.)
const GREEK = () =>
  /((?:[\u0386\u0388-\u038f\u0391-\u03ab][\u0370-\u03ff'’-]*[^\S\n]+){1,4})(?:Α\.Ε\.Β\.Ε\.|Α\.Β\.Ε\.Ε\.|Α\.Ε\.|Α\.Ε(?![\u0370-\u03ff.])|ΑΕΒΕ(?![\u0370-\u03ff])|ΑΒΕΕ(?![\u0370-\u03ff])|ΑΕ(?![\u0370-\u03ff])|Ε\.Π\.Ε\.|ΕΠΕ(?![\u0370-\u03ff])|Ι\.Κ\.Ε\.|ΙΚΕ(?![\u0370-\u03ff])|Ο\.Ε\.)/u;
const ESTONIAN = () => /((?:\p{Lu}[\p{L}&'’-]*[^\S\n]){1,3})OÜ(?![\p{L}])/u;
// (Not "Ε.Ε.", which is also the European Union's: "Υπηκοότητα Ε.Ε.".)
const GREEK_FORMS = ['Α.Ε', 'ΑΕ', 'Ε.Π.Ε.', 'ΕΠΕ', 'Ι.Κ.Ε.', 'ΙΚΕ', 'Ο.Ε.', 'ΑΒΕΕ'];
// (In capitals too, as an advert in capitals writes them: "ΑΠΟ ΤΗΝ ΟΛΥΜΠΟΣ ΤΡΟΦΙΜΑ Α.Ε.".)
const GREEK_LEADING = new Set(
  'Στην Στη Στο Στον Η Ο Το Την Τη Της Του Από Για Με Και Εκ ΣΤΗΝ ΣΤΗ ΣΤΟ ΣΤΟΝ ΤΟ ΤΗΝ ΤΗ ΤΗΣ ΤΟΥ ΑΠΟ ΑΠΌ ΓΙΑ ΜΕ ΚΑΙ'.split(' '),
);
// Korean particles of two letters or more after a name: "(주)유니코써치에서" is "at Unico Search". (Not one letter's, "이",
// "의": they end names too, "(주)코웨이".) And a sentence's ending after it: "고객사는 (주)다온페이입니다".
const KOREAN_PARTICLE = /(?:에서는|에서|에게|으로|로서|입니다|이며|이고|인데|이에요|예요)$/u;
// A Japanese firm the reader worked at: "楽天グループ株式会社でのご経験".
const READERS_FIRM_AFTER = /^(?:での(?:ご)?経験|に(?:お)?勤め|にご在籍|ご在籍)/;
// Vietnamese "where you work": "em đang làm ở Công ty FPT Software".
const VIETNAMESE_WORKS_AT = /(?:làm(?: việc)? (?:ở|tại)|đang làm)\s*$/;
// A firm described by its country: "Công ty Nhật Bản" (a Japanese company).
const VIETNAMESE_DESCRIBED = () =>
  /^Công ty (?:Nhật(?: Bản)?|Hàn Quốc|Trung Quốc|Mỹ|Đài Loan|Singapore|Châu Âu|nước ngoài|FDI|đa quốc gia)$/;
// A Chinese bracket that is a tag: "【内推】", "【急聘】".
const CHINESE_TAGS = new Set(['内推', '內推', '急聘', '急招', '招聘', '热招', '熱招', '兼职', '兼職', '全职', '全職', '推荐', '推薦']);
// An Indonesian "PT" that is part-time ("bisa FT atau PT Sabtu Minggu"), and day names that are no firm's.
const INDONESIAN_DAYS = new Set(['Sabtu', 'Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat']);

/**
 * A Hebrew company by its legal form, "נטקום פתרונות תקשורת בע"מ": up to three Hebrew words before it on its line, not
 * the words of the sentence before the name. (By its words, not a pattern: one scanning back over long runs of letters
 * takes seconds on a megabyte.)
 */
function hebrewName(text: string): [number, string] | undefined {
  for (let at = text.search(/בע["״]מ/), tries = 0; at >= 0 && tries < 5; tries++) {
    const lineFrom = Math.max(text.lastIndexOf('\n', at - 1) + 1, at - 60);
    const words = text.slice(lineFrom, at).trim().split(/\s+/).slice(-3);
    let from = words.length;
    while (from > 0 && !HEBREW_STOPS.has(words[from - 1]!) && /^[\u05d0-\u05ea'׳-]+$/.test(words[from - 1]!)) from--;
    const name = words.slice(from);
    if (name.length > 0) return [at - name.join(' ').length - 1, `${name.join(' ')} ${text.slice(at, at + 4)}`];
    const next = text.slice(at + 4).search(/בע["״]מ/);
    at = next < 0 ? -1 : at + 4 + next;
  }
  return undefined;
}

/** Up to five matches of a global pattern, in order (its state put back after: the pattern is shared). */
function firstMatches(text: string, pattern: () => RegExp): RegExpExecArray[] {
  const re = compiled(pattern);
  re.lastIndex = 0;
  const found: RegExpExecArray[] = [];
  for (let m = re.exec(text); m && found.length < 5; m = re.exec(text)) found.push(m);
  re.lastIndex = 0;
  return found;
}
const agency = (name: string) => compiled(AGENCY).test(name);

/** Whether a name is a recruiting agency's or a headhunter's, by its words in these languages or in English. */
export const isAgencyName = agency;

/** A Japanese name up to the first hiragana after its other letters: "株式会社ミナトペイの北村" is "株式会社ミナトペイ". */
function withoutParticles(name: string, from: number): string {
  const isHiragana = (c: string) => c >= '\u3041' && c <= '\u309f';
  for (let i = from + 1; i < name.length; i++) if (isHiragana(name[i]!) && !isHiragana(name[i - 1]!)) return name.slice(0, i);
  return name;
}

/** The employer named by its legal form in one of these languages, or null. */
export function legalName(text: string): string | null {
  const candidates: Array<[number, string]> = [];
  const add = (at: number | undefined, name: string | undefined) => {
    const clean = name?.trim();
    if (at !== undefined && clean && clean.length >= 2 && !compiled(AGENCY).test(clean)) candidates.push([at, clean]);
  };
  const scripts = inScripts(text);
  // (A name's letters stop at the first hiragana: "株式会社ミナトペイの北村" is the firm's Kitamura.)
  // (Each named one in turn, past an agency or the reader's own firm: "株式会社リクルートでのご経験 … 株式会社ミナトペイ".)
  if (scripts && /株式会社|合同会社|有限会社/.test(text)) {
    for (const m of firstMatches(text, JAPANESE)) {
      // (The name's own letters from the form on: "株式会社さくら物流センター"; what follows them is read after the cut,
      // "株式会社ミドリ製作所でのご経験".)
      const nameFrom = m[1] === undefined ? 0 : m[0].length - m[1].length;
      const cut = withoutParticles(m[0], nameFrom);
      const after = m.index + cut.length;
      if (READERS_FIRM_AFTER.test(text.slice(after, after + 8)) || agency(cut)) continue;
      // (Without the honorific a firm is addressed by: "株式会社ミナトデジタル様", "株式会社ミナトデジタル御中".)
      add(m.index, cut.replace(/(?:様|御中|殿)$/u, ''));
      break;
    }
  }
  if (scripts && /\(주\)|㈜|주식회사/.test(text)) {
    for (const m of firstMatches(text, KOREAN)) {
      // (A name that only looks as if it ended in one keeps it: "(주)다이고".)
      // (And "로", to, before a verb of moving: "(주)한빛모빌리티로 옮겨서", moved to.)
      const movedTo =
        m[0].endsWith('로') && /^\s?(?:옮|이직|갔|가서|왔)/u.test(text.slice(m.index + m[0].length, m.index + m[0].length + 4));
      const stripped = movedTo ? m[0].replace(/으?로$/u, '') : m[0].replace(KOREAN_PARTICLE, '');
      const name = stripped.replace(/\(주\)|㈜|주식회사/u, '').trim().length >= 2 ? stripped : m[0];
      if (agency(name)) continue;
      add(m.index, name);
      break;
    }
  }
  if (scripts && text.includes('@')) {
    const m = compiled(HEADLINE_AT).exec(text);
    if (m) add(m.index, m[1]);
  }
  if (scripts && /公司|企业|企業|雇主/.test(text)) {
    const label = compiled(CHINESE_LABEL).exec(text);
    // (Not a firm left unnamed: "公司：某头部新能源车企（上市公司…", a certain leading carmaker; "公司：知名上市電子公司", a
    // well-known listed electronics company.)
    if (label && !CHINESE_NOT_A_NAME.test(label[1]!)) add(label.index, label[1]);
    else {
      const form = compiled(CHINESE_FORM).exec(text);
      // (Not one of a job board's digest, three firms or more each with its job: "…股份有限公司" on each listing.)
      const forms = (text.match(/有限公司|有限責任公司|有限责任公司/gu) ?? []).length;
      // (Or a board's picks for the reader, counted: "为您推荐 5 个新职位"; not one job it recommends, "為您推薦以下職缺".)
      const picks = Number(/(?:推荐|推薦|精选|精選)\s?(\d{1,2})\s?[个個]/u.exec(text)?.[1] ?? 0) >= 2;
      const digest =
        picks ||
        (forms >= 3 && new Set([...text.matchAll(/[\p{sc=Han}A-Za-z]{2,16}(?:股份)?有限(?:责任|責任)?公司/gu)].map((m) => m[0])).size >= 3);
      // (Without the words before the name that run into it: "我们是杭州云栖数据有限公司".)
      if (form && !digest) add(form.index, form[1]!.replace(/^(?:我们是|我們是|我是|这里是|這裡是|来自|來自|欢迎加入|歡迎加入)/, ''));
    }
  }
  // "We are X", its name before what it does in brackets, where the message names it again: "我们是橙意生活（做中高端家居家纺…）"
  // beside "周航 | 橙意生活 · 电商事业部负责人". (By strings first.)
  if (scripts && (text.includes('我们是') || text.includes('我們是'))) {
    const weAre = compiled(CHINESE_WE_ARE).exec(text);
    const name = weAre?.[1];
    // (Named again as a sender's or a headline's firm, "| 橙意生活 ·", "橙意生活：": not any noun said twice, "我们是甲方（…）",
    // "我们是国企（…）".)
    const again =
      name !== undefined &&
      (text.includes(`| ${name}`) || text.includes(`${name} ·`) || text.includes(`${name}：`) || text.includes(`${name} |`));
    if (weAre && name && again && !CHINESE_NOT_A_NAME.test(name) && !CHINESE_KIND_END.test(name)) add(weAre.index + 3, name);
  }
  // A factory hiring under its own name, as a labour agency's text names it: "【鑫达人力】东莞长安华晟精密电子厂急招普工".
  if (scripts && (text.includes('厂') || text.includes('廠'))) {
    const factory = compiled(CHINESE_FACTORY_HIRING).exec(text);
    // (Not a factory left unnamed: "昆山某大型台资电子厂", a certain large Taiwanese-owned electronics factory.)
    // (Nor one of too few characters to hold a name beside its place and trade, "东莞电子厂", nor a kind, "互联网大厂".)
    const named = factory?.[1];
    if (
      factory &&
      named &&
      named.length >= 6 &&
      !CHINESE_NOT_A_NAME.test(named) &&
      !CHINESE_FACTORY_UNNAMED.test(named) &&
      !CHINESE_KIND_END.test(named)
    )
      add(factory.index, named);
  }
  if (scripts && text.includes('」')) {
    const venue = compiled(CHINESE_VENUE).exec(text);
    if (venue) add(venue.index, venue[1]);
  }
  // A recruiter or a manager naming their own firm: "我是青禾智能的HR Lily" (I am Qinghe Intelligence's HR).
  if (
    scripts &&
    (text.includes('我是') || text.includes('我們是') || text.includes('我们是') || text.includes('我係') || text.includes('我哋係'))
  ) {
    const self = compiled(CHINESE_SELF).exec(text);
    // (A name, not a description, "一家上市公司", "这边", "我们公司", "之前联系过您"; and the firm's own recruiter, not a
    // headhunting firm's consultant, "锐仕方达的招聘顾问".)
    const after = self === null ? '' : text.slice(self.index + self[0].length, self.index + self[0].length + 2);
    // (Nor an agency writing for its client: "我係Randstad嘅 Ms Chan，我哋客戶恒生銀行…", "受客户委托"; unless the firm is the
    // chat's sender, its short name before each line's colon, "林峰 极测智能：", and its customers its own.)
    const firm = self?.[1] ?? '';
    const sender = firm.length >= 4 && text.includes(`${firm.slice(-4)}：`);
    const forAClient = (text.includes('客戶') || text.includes('客户')) && !sender && compiled(FOR_A_CLIENT).test(text);
    if (self && !forAClient && !CHINESE_NOT_A_NAME.test(self[1]!) && !/^(?:顾问|顧問)/.test(after)) add(self.index, self[1]);
  }
  if (
    text.includes('Công ty') ||
    text.includes('CÔNG TY') ||
    text.includes('Khách sạn') ||
    text.includes('KHÁCH SẠN') ||
    text.includes('Nhà hàng') ||
    text.includes('Bệnh viện') ||
    text.includes('Ngân hàng')
  ) {
    // (A name, or a legal form, capitalised: not a kind of firm described, "Công ty sản xuất FDI Nhật Bản".)
    for (const m of text.matchAll(compiled(VIETNAMESE))) {
      const words = m[2]!.trim().split(/\s+/);
      if (!/^\p{Lu}/u.test(words[0]!)) continue;
      if (VIETNAMESE_WORKS_AT.test(text.slice(Math.max(0, m.index - 20), m.index))) continue;
      const stop = words.findIndex((word) => VIETNAMESE_STOPS.has(word.toLowerCase()) || VIETNAMESE_PARTICLES.has(word));
      const name = `${m[1]} ${(stop < 0 ? words : words.slice(0, stop)).join(' ')}`.trim();
      if (name !== m[1] && !compiled(VIETNAMESE_DESCRIBED).test(name)) add(m.index, name);
      break;
    }
  }
  if (hasIndicLetters(text)) {
    const indic = indicEmployer(text);
    if (indic) add(text.indexOf(indic), indic);
  }
  if (text.includes('PT') && compiled(INDONESIAN_WORDS).test(text)) {
    const m = compiled(INDONESIAN).exec(text);
    const words = m?.[1]?.split(/\s+/) ?? [];
    const partTime = m !== null && /(?:atau|FT|\/)\s*$/.test(text.slice(Math.max(0, m.index - 8), m.index + 1));
    if (m && !partTime && !words.some((word) => INDONESIAN_DAYS.has(word))) add(m.index, m[1]);
  }
  // (A name in quotation marks after the word is the name, as written: "لشركة "كونكت بلس"".)
  const quoted = scripts && (text.includes('شركة "') || text.includes('شركة “')) ? compiled(ARABIC_QUOTED).exec(text) : null;
  if (quoted) add(quoted.index, quoted[1]);
  else if (scripts && (text.includes('شركة') || text.includes('مجموعة'))) {
    for (const m of text.matchAll(compiled(ARABIC))) {
      if (compiled(ARABIC_FORMER).test(text.slice(Math.max(0, m.index - 30), m.index))) continue;
      const words = m[1]!.split(/\s+/);
      // (A kind of firm described, its adjective right after it or after its trade: "شركة مقاولات كبيرة", a large
      // contractor.)
      // (A kind of firm, unless a name follows it: "شركة طيران الإمارات", "شركة اتصالات مصر", "شركة أدوية الحكمة" are
      // names; "شركة أدوية بمدينة نصر", "شركة مواد غذائية", "شركة تجارية" are not.)
      const next = words[2];
      if (
        ARABIC_KINDS.has(words[1] ?? '') &&
        (next === undefined ||
          words[1] === 'كول' ||
          ARABIC_PLACE.test(next) ||
          ARABIC_STOPS.has(next) ||
          ARABIC_DESCRIBED.has(next) ||
          (!next.startsWith('ال') && /[ية]$/.test(next)))
      )
        continue;
      const stop = words.findIndex((word, i) => i > 0 && (ARABIC_STOPS.has(word) || (i > 1 && ARABIC_PLACE.test(word))));
      if (stop === 2 && ARABIC_PLACE.test(words[2]!)) continue;
      if (words.slice(1, stop < 0 ? undefined : stop).some((word) => ARABIC_DESCRIBED.has(word))) continue;
      let name = stop < 0 ? words : words.slice(0, stop);
      const trade = name.findIndex((word, i) => i > 1 && ARABIC_TRADE.test(word));
      if (trade > 0) name = name.slice(0, ARABIC_TRADE_ADJECTIVE.test(name[trade + 1] ?? '') ? trade + 2 : trade + 1);
      // (A group is a firm's only with its trade: "مجموعة من المزايا" is a set of benefits.)
      const group = words[0] === 'مجموعة';
      if (group && trade < 0) continue;
      // (A name in Latin letters is the name without the word: "شركة Sahara Connect" is Sahara Connect.)
      const latin = name.length > 1 && name.slice(1).every((word) => /^[A-Za-z]/.test(word));
      // (Not a kind of firm in Latin letters: "شركة Call Center ف كازا".)
      if (latin && LATIN_KINDS.has(name.slice(1).join(' ').toLowerCase())) continue;
      if (stop !== 1) add(m.index, (latin ? name.slice(1) : name).join(' '));
      break;
    }
  }
  // A hotel, a resort, a restaurant or a hospital by its kind and its name, as Arabic writes them: in quotation marks,
  // "فندق "نجمة الخليج ريزورت"", or a name of two words joined the Arabic way, the second with its article, "فندق شعاب
  // المرجان", "مطعم بيت الزعفران". (Not a kind described, "مدير مطعم راقي", an upscale restaurant's manager.)
  if (scripts && ARABIC_VENUE_KINDS.some((kind) => text.includes(kind))) {
    const venue = compiled(ARABIC_VENUE).exec(text);
    if (venue) add(venue.index, venue[1] ?? venue[2]);
  }
  // A bank, a chain of stores or a public authority by its kind and its name, the name's last word with its article:
  // "بنك النيل المتحد", "مصرف الوفاق", "متاجر ديم للعطور", "هيئة تطوير واحة الشمال"; markets only at a line's start, as a
  // text opens with its sender, "أسواق الريم: مطلوب بائعين" (not "خبرة في أسواق الخليج", the Gulf's markets).
  if (scripts && ARABIC_BY_KIND_WORDS.some((kind) => text.includes(kind))) {
    for (const m of text.matchAll(compiled(ARABIC_BY_KIND))) {
      const name = m[1]!;
      const words = name.split(/\s+/);
      // (Markets only as a line's sender or subject, before a colon or a verb of announcing: "أسواق الريم: مطلوب", "أسواق
      // العثيم تعلن"; not "أسواق المنطقة الشرقية من مسؤولياتك".)
      if (
        name.startsWith('أسواق') &&
        (text.slice(text.lastIndexOf('\n', m.index) + 1, m.index).trim() !== '' ||
          !/^\s*(?::|تعلن|يعلن|تطلب|بحاجة)/u.test(text.slice(m.index + m[0].length, m.index + m[0].length + 8)))
      )
        continue;
      if (compiled(ARABIC_FORMER).test(text.slice(Math.max(0, m.index - 30), m.index))) continue;
      if (words.slice(1).some((word) => ARABIC_DESCRIBED.has(word) || ARABIC_STOPS.has(word))) continue;
      // (Only where the words before it make it the writer's or the job's: a line's start, "نحن في", "… مدير العمليات في",
      // "فرص وظيفية في", "يسرّ"; not a body the reader deals with or is licensed by, "التسجيل في هيئة التخصصات الصحية".)
      const lineBefore = text.slice(Math.max(text.lastIndexOf('\n', m.index) + 1, m.index - 60), m.index);
      if (!compiled(ARABIC_KIND_CUE).test(lineBefore)) continue;
      // (Nor a common noun, "بنك الدم" (a blood bank), "هيئة التدريس" (a faculty), "أسواق العمل" (job markets); nor a central
      // bank.)
      if (ARABIC_KIND_NOUNS.has(words.slice(0, 2).join(' ')) || words.includes('المركزي')) continue;
      add(m.index, name);
      break;
    }
  }
  if (GREEK_FORMS.some((form) => text.includes(form))) {
    const m = compiled(GREEK).exec(text);
    if (m) {
      const words = m[1]!.trim().split(/\s+/);
      let first = 0;
      while (first < words.length - 1 && GREEK_LEADING.has(words[first]!)) first++;
      add(m.index, `${words.slice(first).join(' ')} ${m[0].slice(m[1]!.length)}`);
    }
  }
  // A Persian firm's name in its quotation marks after the word for a company and what kind it is: "شرکت دانش‌بنیان
  // «رایان‌پردازان آوا»" (a knowledge-based company).
  if (scripts && text.includes('شرکت')) {
    const m = compiled(PERSIAN_QUOTED).exec(text);
    if (m) add(m.index, m[1]!.trim());
  }
  // A Dari or Persian post's employer on its labelled line: "🔹 اداره: مؤسسه همیاری زنان روستایی (Rural Women …)",
  // "کارفرما: …" (office, employer). By lines and strings: the name up to a bracket.
  if (scripts && (text.includes('اداره') || text.includes('کارفرما'))) {
    let at = 0;
    for (const line of text.split('\n', 400)) {
      const label = /^[^\p{L}\n]{0,6}(?:اداره|کارفرما|نام شرکت|نام اداره)\s*[:：]\s*([^\n(（]{2,60})/u.exec(line);
      if (label) {
        add(at + label.index, label[1]!.trim());
        break;
      }
      at += line.length + 1;
    }
  }
  // An Urdu firm by its legal form written out, "(Private) Limited": "چنار ٹیکسٹائل ملز (پرائیویٹ) لمیٹڈ، فیصل آباد", the
  // words after the clause's comma or colon. By strings.
  if (scripts && text.includes('لمیٹڈ')) {
    const end = text.indexOf('لمیٹڈ');
    const before = text.slice(Math.max(0, end - 80), end);
    const inWord = before.lastIndexOf(' میں ');
    const from = Math.max(before.lastIndexOf('\n'), before.lastIndexOf('،'), before.lastIndexOf(':'), inWord < 0 ? -1 : inWord + 4);
    const words = before
      .slice(from + 1)
      .trim()
      .split(/\s+/)
      .slice(-6);
    if (words.length >= 1 && words.join('').length >= 2) add(end - before.length + from + 1, `${words.join(' ')} لمیٹڈ`);
  }
  // A name all in capitals with its "LTD", as a text message shouts it: "Shamba la maua la MAUA BORA LTD, Naivasha".
  if (text.includes(' LTD')) {
    const m = compiled(CAPITALS_LTD).exec(text);
    if (m) add(m.index, m[0]);
  }
  // A Turkish firm with its trades before its legal form: "Ege Sofrası Gıda San. ve Tic. A.Ş.", "Yıldız Tekstil Sanayi ve
  // Ticaret Ltd. Şti.".
  if (text.includes('A.Ş') || text.includes('Şti')) {
    const firm = turkishFirm(text);
    if (firm) add(text.indexOf(firm), firm);
  }
  // An Estonian firm by its legal form after it: "Vaskjala Tarkvara OÜ", also in a case's ending, "… OÜ-s".
  // (Not an agency's own, writing for a client: "Meie klient otsib …".)
  if (text.includes(' OÜ') && !text.toLowerCase().includes('meie klient')) {
    const m = compiled(ESTONIAN).exec(text);
    if (m) add(m.index, `${m[1]!.trim()} OÜ`);
  }
  if (scripts && text.includes('บริษัท')) {
    const m = compiled(THAI).exec(text);
    if (m) add(m.index, m[0]);
  }
  // A LINE official account's name, heading its broadcast: "茶浪 TeaWave 官方帳號".
  if (scripts && (text.includes('官方帳號') || text.includes('官方账号'))) {
    // (Only the heading of a broadcast: not "追蹤我們的官方帳號", follow our official account.)
    const m = /^\s*([^\n]{2,30}?)\s*官方(?:帳號|账号)\s*(?:\n|$)/u.exec(text);
    if (m && !/[的我]/u.test(m[1]!)) add(m.index, m[1]);
  }
  // A headhunter's client named in corner brackets: "我这边有个客户是「星河智驾」", "客戶為「…」".
  if (scripts && text.includes('「') && (text.includes('客户') || text.includes('客戶'))) {
    const m = /客[户戶](?:是|为|為|[：:])\s*「([^」\n]{2,20})」/u.exec(text);
    if (m) add(m.index, m[1]);
  }
  // Or named bare after "the client is", in Han letters and often in Latin ones too: "客戶是天宇先進封裝 Tianyu Advanced
  // Packaging（已同意公開名稱）". (Not one described: "客户是一家新能源公司", a company in new energy.)
  if (scripts && (text.includes('客戶是') || text.includes('客户是') || text.includes('客戶為') || text.includes('客户为'))) {
    const m = /客[户戶](?:是|为|為)\s?([\p{sc=Han}]{2,12})(?:\s([A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*){0,4}))?(?=\s?[（(，,。；;\n]|$)/u.exec(
      text,
    );
    if (m && !CHINESE_NOT_A_NAME.test(m[1]!)) add(m.index, m[2] ?? m[1]);
  }
  // The writer's own organisation after "we", its name in Latin letters in brackets: "我們福爾摩沙天際航空 (Formosa Skyline
  // Airways) 今年…".
  if (scripts && (text.includes('我們') || text.includes('我们'))) {
    const m = /我[們们]([\p{sc=Han}]{2,12})\s?[（(]([A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*){0,4})[)）]/u.exec(text);
    if (m && !CHINESE_NOT_A_NAME.test(m[1]!)) add(m.index, m[2]);
  }
  if (scripts && text.includes('【')) {
    const m = compiled(CHINESE_BRACKET).exec(text);
    if (m && !CHINESE_TAGS.has(m[1]!)) add(m.index, m[1]);
  }
  if (scripts && (text.includes('בע"מ') || text.includes('בע״מ'))) {
    const found = hebrewName(text);
    if (found) add(found[0], found[1]);
  }
  if (text.includes('«') || text.includes('„')) {
    // (An agency's client, named so, is the employer, whatever the agency's own name before it.)
    const client = compiled(CYRILLIC_CLIENT_QUOTED).exec(text);
    if (client) return client[1]!;
    const quoted = compiled(CYRILLIC_QUOTED).exec(text);
    if (quoted) add(quoted.index, quoted[1]);
  }
  // A name in quotes before Uzbekistan's, Kazakhstan's, Armenia's or Azerbaijan's legal form in Latin letters or their own,
  // or before their word for a company: "\"Oltin Vodiy Logistika\" MCHJ", "«Оңтүстік Жарық Энергия» АҚ", "«Գառնի
  // Փաթեթավորում» ՍՊԸ", "\"Mehr Savdo\" kompaniyasiga". Reported without its quotes and its form.
  if (text.includes('"') || text.includes('«')) {
    const m = compiled(QUOTED_BEFORE_FORM).exec(text);
    if (m) add(m.index, m[1]);
  }
  if (/ЕООД|ЕАД|ООД|АД|ООО|ТОВ|ПАО|АО|ЗАО|ТОО|ДООЕЛ|ДОО|МЧЖ|ЖШС|ОсОО|д\.о\.о\.|а\.д\./.test(text)) {
    const after = compiled(CYRILLIC_AFTER).exec(text);
    if (after) add(after.index, '„"«'.includes(after[0][0]!) ? after[1] : after[0].trim());
    const before = compiled(CYRILLIC_BEFORE).exec(text);
    if (before) add(before.index, before[0].trim());
  }
  // A Lithuanian or Latvian legal form before its name in quotes: "UAB „Baltvera“", "SIA „Rīgas Koks“".
  if (text.includes('UAB') || text.includes('SIA')) {
    const m = compiled(BALTIC_BEFORE).exec(text);
    // (Or its capitalised words unquoted, as Latvian writes them: "uzņēmumā SIA Baltijas Datu Centrs".)
    // (Only in a message in Latvian or Lithuanian: not the UK's "SIA Licensed Door Supervisors", a guard's licence.)
    const plain = m === null && /[āēīūļņķģėįųą]/.test(text) ? compiled(BALTIC_BEFORE_UNQUOTED).exec(text) : null;
    if (m) add(m.index, m[0]);
    else if (plain) add(plain.index, plain[0]);
  }
  // A name on a line of its own, its legal form after a comma, as a job board's listing writes it under the title:
  // "Považská strojárenská, a.s. · Žilina", "Nemuno Draudimas, UAB". (Its words may be lower case, as Czech and Slovak
  // names' adjectives are.)
  if (text.includes(', ')) {
    const m = compiled(LINE_NAME_COMMA_FORM).exec(text);
    if (m && commaFormName(m[1]!, m[2]!, text.slice(0, m.index))) add(m.index, `${m[1]}, ${m[2]}`);
  }
  if (candidates.length === 0) return null;
  // The first named in the message.
  candidates.sort((a, b) => a[0] - b[0]);
  return candidates[0]![1];
}
