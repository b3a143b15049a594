// A job's title written in Japanese, Korean, Chinese, Arabic or Hebrew (or in Vietnamese or Indonesian words), which the
// English- and Latin-letter rules of labels.ts do not read: the value of a label ("岗位：高级感知算法工程师", "- 포지션: 시니어
// 백엔드 개발자", "【募集職種】" over its line), the words before "we are hiring" ("プロダクトマネージャーを募集") or after it
// ("诚聘高级会计", "đang tuyển Kế toán trưởng"), or after "a job as" ("وظيفة محاسب تكاليف"). Asked only when those rules
// find no title. Pure.

import { compiled } from '../compile.js';
import { rolePhrases } from './labels.js';
import { namesAnOccupation } from './occupations.js';
import { endsLikeAKoreanFirm, hasHangul, hasHebrew, KOREAN_JOB_END, KOREAN_TAGS, withoutBrackets } from './script-employers.js';
import { hasIndicLetters, indicTitle } from './indic.js';
import { inScripts } from './script-pay.js';
import { holdsCharIn } from './text.js';

// Labels of a job's title, before a colon on its line or alone in brackets on the line above it.
const TITLE_LABELS = [
  '募集職種',
  '募集ポジション',
  '職種',
  'ポジション',
  '포지션',
  '모집 분야',
  '모집분야',
  '모집 직무',
  '직무',
  '招聘岗位',
  '应聘职位',
  '岗位',
  '职位',
  '職位',
  // A chat app's job card, its title on the line below: "[职位卡片]\n高级Java开发工程师".
  '职位卡片',
  '職位卡片',
  '职缺',
  '職缺',
  '職務名稱',
  '职务名称',
  '職稱',
  'المسمى الوظيفي',
  'الوظيفة المطلوبة',
  'الوظيفة',
  'תפקיד',
  'ตำแหน่ง',
];
// A Thai label's value ends where the pay's does begin, on the same line: "ผู้จัดการฝ่ายขาย เงินเดือน 60,000 บาท".
const THAI_PAY_WORDS = [' เงินเดือน', ' ค่าตอบแทน', ' รายได้'];
// The words a Japanese title ends with: an engineer, a manager, a clerk, staff, a candidate for a post.
const JAPANESE_JOB_END = () =>
  /(?:エンジニア|マネージャー|マネジャー|デザイナー|スタッフ|オペレーター|コンサルタント|アナリスト|ディレクター|プランナー|リーダー|リード|アーキテクト|スペシャリスト|ドライバー|セールス|サイエンティスト|オーナー|プロデューサー|ライター|エディター|クリエイター|トレーナー|コーディネーター|アシスタント|リサーチャー|テスター|エグゼクティブ|リガー|シェフ|ナース|パティシエ|バリスタ|営業|事務|担当|職|者|員|士|師|長|候補|補佐|主任|SE|PM|PdM|SRE|QA)$/u;
// Kinds of worker that alone name no job: an engineer, staff, a member, a person.
const JAPANESE_KINDS_ALONE = new Set(['エンジニア', 'スタッフ', 'メンバー', '人材', '社員', '従業員', '作業員']);
// A Japanese title's characters, right before "を募集": katakana, kanji, Latin letters, digits, "・" and "/".
const TITLE_RUN = () => /[\p{sc=Katakana}\p{sc=Han}A-Za-z0-9ー・／/&]{2,40}$/u;
// "Xを募集", "招聘X", "诚聘X", "在招【X】". (Not Korean "X를 찾고": its words run on with spaces from the sentence before.)
// (Not a job the message says is not open: "新卒エンジニアを募集しておりません".)
// (With a count between: "アソシエイト弁護士を1名募集しております".)
const HIRING_AFTER = () => /を(?:[0-9０-９]{1,3}名|数名|若干名)?(?:募集|採用)(?!して(?:おりません|いません)|しません)/u;
// What may stand between a title and "探し" (looking for): "を", with a count, "キッチンスタッフを1名探して", or after an
// honorific, "Live2Dリガーさんを探しています".
const BEFORE_LOOKING_FOR = () => /(?:さん)?を(?:[0-9０-９]{1,3}名|数名|若干名)?$/u;
const HIRING_BEFORE = () =>
  /(?:招聘|诚聘|誠聘|急聘|急招(?!聘)|正在招(?:募|聘)?|在招(?!聘|募|的)|招募|徵求|(?:团队|團隊|我们|我們)(?:正)?在找|想[請请聘招](?=[一几幾][个個位名])|(?:正|还|還)缺(?=[一几幾][个個位名]))[^\p{sc=Han}A-Za-z\n]{0,4}(?:[一几幾][个個位名])?[^\p{sc=Han}A-Za-z\n]{0,2}[【「]?([\p{sc=Han}A-Za-z0-9／/（）() ]{2,30}?)(?:[】」]|[，,。；;！!\n]|[^\p{sc=Han}A-Za-z0-9／/（）() ]|$)/gu;
const AFTER_HIRING_TAG = () =>
  /【[^】\n]{0,6}(?:徵才|徵人|招聘|招募|急徵|急招)】\s*([\p{sc=Han}A-Za-z0-9（）()／/]{2,20}?)(?=\s|開缺|开缺|[，,。！!]|$)/mu;
// Arabic "a job opportunity – …" or "…: …" in a subject, up to a bracket or a dash.
const ARABIC_OPPORTUNITY = () => /فرصة وظيفية\s*([–—:-])\s*([^\n(–—-]{2,40})/u;
// Hebrew "wanted: …", "דרוש/ה נציג/ת תמיכה טכנית – משמרות ערב".
const HEBREW_WANTED = () => /(?:^|\n)\s*(?:דרוש(?:\/ה|ים|ות|ה)?|דרושים\/ות)\s*:?\s+([^\n(–—-]{2,40})/u;
// Hebrew "for the role of …", "a post: …" / "a post … - …", "we are looking for / recruiting …": "לתפקיד בודק/ת תוכנה",
// "משרת סטודנט/ית: בודק/ת תוכנה ידני/ת", "יש לי משרה שנראית לי מתאימה - מפתח/ת Backend", "אנחנו מחפשים מפתח/ת Full Stack".
const HEBREW_FOR_THE_ROLE = () => /(?:^|[\s(])(?:לתפקיד|למשרת)\s+([^\n]{2,80})/gu;
// ("משרת" names its job right after it, "משרת Full Stack"; "משרה" after a colon or a dash.)
const HEBREW_POST = () =>
  /(?:^|[\s(])(?:משר(?:ה|ת)(?:[^\n:–—-]{0,30}[:：]| [^\n:–—-]{0,30}\s[–—-])|משרת(?![^\n]{0,30}[:：]))\s*([^\n]{2,80})/gu;
// ("We" or a firm that seeks, not the reader: "שאתה מחפש עבודה חדשה", "אם את מחפשת שינוי".)
// (The writer as "I", "אני מחפשת Engineering Team Lead".)
const HEBREW_SEEKING = () =>
  /(?:^|[\s(])(?:ו?ש?(?:מחפשים|מחפשות|מגייסים|מגייסות)|שמחפשת|שמגייסת|אני\s+(?:מחפשת|מחפש)|(?:שלנו|הצוות|החברה|הסטארטאפ)\s+(?:מחפש|מחפשת|מגייס|מגייסת)|(?<=[,)]\s?)(?:מחפשת|מחפש)|(?<=(?:^|\n)(?!(?:ו?אני|ו?אנחנו|אנו|החברה|הצוות|שמי)\s)[^\s,.:!?]+(?:\s[^\s,.:!?]+){0,4}\s)(?:מגייסת|מגייס))\s+([^\n]{2,80})/gu;
// Where a Hebrew title stops: a team, a firm, an office or a field it is in or for ("בצוות ה-Core", "לחברת סייבר"), "of",
// "with", "who will lead" ("שיוביל צוות"), or a word of the sentence.
const HEBREW_TITLE_STOPS = new Set([
  // (A call centre or a branch it is for: "נציגי/ות שירות ומכירה למוקד בפתח תקווה"; a ward, "למחלקה הסיעודית".)
  'למחלקה',
  'במחלקה',
  'למוקד',
  'במוקד',
  'למרכז',
  'במרכז',
  'לסניף',
  'בסניף',
  'בצוות',
  'לצוות',
  'בחברת',
  'לחברת',
  'בחברה',
  'לחברה',
  'במשרד',
  'במשרדים',
  'במשרדי',
  'בתחום',
  'לתחום',
  'באזור',
  'במחלקת',
  'למחלקת',
  // (A group, a division or a unit it is for: "ראש/ת צוות DevOps לקבוצת הפלטפורמה".)
  'לקבוצת',
  'בקבוצת',
  'לחטיבת',
  'בחטיבת',
  'ליחידת',
  'ביחידת',
  'במשרה',
  'לתפקיד',
  'של',
  'עם',
  'אצל',
  'עבור',
  'שיוביל',
  'שתוביל',
  'שיוביל/תוביל',
  'שינהל',
  'שתנהל',
  'שינהל/תנהל',
  'שיעבוד',
  'שתעבוד',
  'שיצטרף',
  'שתצטרף',
  'שיהיה',
  'שתהיה',
  'שנראית',
  'שנראה',
  'לשוק',
  'בשוק',
  'ל',
  'ב',
]);
// Not a title after "looking for": "מחפשים אנשים", "מחפשים מישהו/י", "מחפשים לגייס".
const HEBREW_NOT_A_TITLE = () =>
  /^(?:את|אותך|מישהו|מישהי|אנשים|עובדים|עובדות|מועמדים|מועמדות|חיזוק|תגבור|לגייס|כרגע|עכשיו|כמה|עוד|הרבה|עבודה|שינוי|משרה|תפקיד|אתגר|הזדמנות|הזה|הזאת|זה|זו|הוא|היא|הינו|הינה|כבר|שלך|שלכם|חדש|חדשה|בימים|בקרוב)(?:\/\S*)?$/u;

// Arabic "a job as …" up to a word that ends it ("in", "at", "with", "for") or a dash.
// (The word alone or after "for", "لوظيفة محاسب", not "the job" spoken of: "الوظيفة مناسبة جداً", "الوظيفة المرفقة".)
// (Or in quotes: "لدينا شاغر لوظيفة "مهندس مدني أول"".)
const ARABIC_JOB = () => /(?<!ال)(?<![\u0621-\u0643\u0645-\u064a])وظيفة\s+["«“]?((?:[\u0621-\u064a]+\s?){1,5})/u;
const ARABIC_STOPS = new Set(['في', 'مع', 'لدى', 'عند', 'على', 'من', 'بـ', 'ب', 'ل', 'عندنا', 'شاغرة', 'جديدة', 'مناسبة']);
// Arabic words that say a post is open, a title after them: "مطلوب *محاسب عام*" (wanted), "تعلن عن حاجتها إلى:" over the
// title's line (announces it needs), "توفر وظيفة:" (a post is open), "عندنا فرصة لمحاسب عام" (an opening for), "مكان
// لمحاسب أول" (a place for), "نبحث عن" (we seek), "محتاجين" (we need).
// (And Moroccan Darija's "is looking for", "كتقلب على", over a title in French: "🎧 Téléconseillers / Téléconseillères".)
const ARABIC_OPEN_WORDS = [
  'مطلوب',
  'حاجتها',
  'حاجتنا',
  'بحاجة',
  'توفر وظيفة',
  'فرصة',
  'مكان',
  'نبحث',
  'تبحث',
  'محتاجين',
  'نحتاج',
  'كتقلب على',
  'كيقلبو على',
];
// What may sit between those words and the title: marks, pictographs, a rule, a colon, "إلى"/"لـ"/"عن", "urgently",
// "now", "for work". Then the title, its first word a job's: an accountant, an engineer, a manager, a nurse …
const ARABIC_AFTER_OPEN = () =>
  /^(?:[^\u0621-\u064aA-Za-z0-9.!?؟؛]|(?:إلى|الى|لـ|عن|حالياً|حاليا|فوراً|فورا|عاجل|بشكل|للعمل|بشدة|وبشدة)(?![\u0621-\u064a]))*(?:لـ?\s?)?([\u0621-\u064a]+)((?:[^\S\n]+[\u0621-\u064a]+){0,4})/u;
// The first word of a title in Arabic (with its feminine and plural forms).
const ARABIC_JOB_HEADS = new Set([
  'محاسب',
  'محاسبة',
  'محاسبين',
  'مهندس',
  'مهندسة',
  'مهندسين',
  'مدير',
  'مديرة',
  'مندوب',
  'مندوبة',
  'مندوبين',
  'ممرض',
  'ممرضة',
  'ممرضات',
  'ممرضين',
  'طبيب',
  'طبيبة',
  'أطباء',
  'فني',
  'فنية',
  'فنيين',
  'سائق',
  'سائقين',
  'مشرف',
  'مشرفة',
  'مطور',
  'مطورة',
  'مبرمج',
  'مبرمجة',
  'مصمم',
  'مصممة',
  'محلل',
  'محللة',
  'أخصائي',
  'أخصائية',
  'اخصائي',
  'اخصائية',
  'مستشار',
  'مستشارة',
  'معلم',
  'معلمة',
  'معلمين',
  'معلمات',
  'منسق',
  'منسقة',
  'سكرتير',
  'سكرتيرة',
  'موظف',
  'موظفة',
  'موظفين',
  'كاشير',
  // (Not "مساعدة", which is "help" as well as a woman assistant: "بحاجة إلى مساعدة في كتابة سيرتك".)
  'مساعد',
  'مسؤول',
  'مسؤولة',
  'رئيس',
  'ممثل',
  'ممثلة',
  'ممثلي',
  'عامل',
  'عمال',
  'كهربائي',
  'مراجع',
  'مدقق',
  'مشغل',
  'صيدلي',
  'صيدلانية',
  'باحث',
  'محامي',
  'مترجم',
  'مترجمة',
  'مراقب',
  'مسوق',
  'مسوقة',
  'بائع',
  'بائعة',
  'بائعين',
  'طباخ',
  'شيف',
  'حارس',
  'حراس',
  'مدرس',
  'مدرسة',
  'مدربة',
  'مدرب',
  'خبير',
  'خبيرة',
  'استشاري',
]);
// Words that end an Arabic title: "in", "with", "for (a firm)", "to work", "at".
// (And a shop or a place it is for, "كاشير لسوبرماركت", and the experience asked after it, "مهندس مدني خبرة 5 سنوات".)
// (And the nationality or the sex asked for, or the branches it is for: "بائعين وبائعات سعوديين لفروعنا".)
const ARABIC_TITLE_STOPS = () =>
  /^(?:في|مع|من|على|عند|لدى|لدينا|لـ|ل|لشركة|لمجموعة|للعمل|لمشروع|لصالح|بشركة|بمدينة|بمحافظة|بفرع|بال[\u0621-\u064a]*|و|حسب|براتب|يشترط|ينضم|خبرة|بخبرة|لسوبر\S*|لمطعم|لمحل|لفرع|لمصنع|لمؤسسة|لمستشفى|لمركز|لمكتب|لمدرسة|لفندق|لفروع[\u0621-\u064a]*|سعودي(?:ين|ات|ون)|مصري(?:ين|ات|ون)|أردني(?:ين|ات|ون)|ذكور|إناث)$/u;

// A Chinese title ends in a job's word: a "-er", a manager, a clerk, an assistant (not "招聘负责人李雷", "招聘会上").
// What follows "招聘" that names no job: its lead, a fair, a site, a team, a process.
// (Nor a post's own word, a job board's "职位推荐" (jobs for you), nor "以下岗位", the posts below.)
const NOT_A_CHINESE_TITLE =
  /^(?:负责人|負責人|会|會|网|網|平台|团队|團隊|信息|資訊|流程|需求|工作|季|计划|計劃|活动|活動|[职職]位|[岗崗]位|以下)/u;
const CHINESE_JOB_END = () =>
  /(?:[师師员員]|经理|經理|主管|总监|總監|助理|[顾顧]问|幹部|干部|会计|會計|[销銷]售|司机|司機|店长|店長|护士|護士|老师|老師|技工|代表|客服|文员|文員|[设設]计师|[开開]发|工程师|工程師|专员|專員|厨师|廚師|主厨|主廚)(?:（[^）]{1,12}）|\([^)]{1,12}\))?$/u;

// See roleInScript: a job before "岗位", "職缺", "的缺", or after "返嚟做".
const CHINESE_POST_AFTER = () =>
  /(?:的|一[個个]|有[個个])[「【]?([\p{sc=Han}A-Za-z0-9]{2,12}?)[」】]?的?(?:[岗崗]位|[职職]位|[职職]缺|缺)|(?:返嚟|過嚟|过来|[嚟来來])做([\p{sc=Han}]{2,8}?)(?=[，,。！!\s]|$)/gu;

// Vietnamese "hiring …" and Indonesian "needed …" or "we're looking for …" ("Kami lagi cari Senior Product Manager"), whose nouns the Latin-letter rules do not know: "Bên chị đang tuyển Kế
// toán trưởng cho nhà máy", "Dibutuhkan segera *Kurir Pengantar Paket* (10 orang)".
const VIETNAMESE_HIRING = () =>
  /(?:(?:[Đđ]ang|[Cc]ần) tuyển(?: dụng(?=\s+\p{Lu}))?(?! dụng)|[Tt]uyển gấp|TUYỂN GẤP|[Tt]uyển vị trí)\s+(?:gấp\s+)?(?:vị trí\s+)?(?:\d+\s+)?([^\n,.;:!?()]{2,40}?)(?=\s+(?:cho|tại|ở|làm|với|lương|có|để|trong)(?![\p{L}])|\s*[\n,.;:!?(]|$)/u;
// (A title, capitalised: not a requirement, "Dibutuhkan pengalaman minimal 2 tahun"; or on the list's line under it,
// "Dibutuhkan segera:" over "🔹 ADMIN GUDANG (3 orang)".)
const INDONESIAN_NEEDED = () =>
  /\b(?:Dibutuhkan|DIBUTUHKAN|(?:[Kk]ami |[Ss]edang |[Ll]agi )+(?:mencari|cari|membuka lowongan|buka lowongan))(?: segera| SEGERA)?(?:[^\S\n]*:[^\S\n]*\n[^\p{L}\d\n]{0,6}|\s+)\*?(\p{Lu}[^\n*,.;:!?()]{1,39}?)\*?(?=\s*[(\n,.;:!?]|\s+(?:untuk|di|dengan)\b|$)/u;

// Arabic's "we are looking for", "we need" (Egypt's and the standard forms) before a title in Latin letters.
const ARABIC_SEEKING_LATIN_TITLE = () =>
  /(?:بندور على|بنبحث عن|نبحث عن|ندور على|محتاجين|نحتاج إلى|نحتاج)\s+((?:Senior |Junior |Lead |Principal |Staff )?[A-Z][\w&/+.-]*(?: [A-Z][\w&/+.-]*){0,4})/u;
// Greek "wanted" or "we are looking for" and the title after it, capitalised or in capitals: "Ζητείται ΜΑΓΕΙΡΑΣ Β' για τη
// σεζόν", "Αναζητούμε Λογιστή με εμπειρία".
const GREEK_WANTED = () =>
  /(?<![\p{L}])(?:Ζητείται|Ζητούνται|ζητείται|ζητούνται|ΖΗΤΕΙΤΑΙ|ΖΗΤΟΥΝΤΑΙ|[Ζζ]ητά(?:ει)?|[Αα]ναζητά|[Αα]ναζητούμε|[Ζζ]ητάμε)\s+(?:(?:ΑΜΕΣΑ|[Άά]μεσα|ΕΠΕΙΓΟΝΤΩΣ|[Εε]πειγόντως)\s*:?\s*(?:\n[^\p{L}\n]*)?)?(?:(?:έναν?|μια|μία|νέο|νέα)\s+)?(\p{Lu}[^\n,.;:!?()]{1,40}?)(?=\s+(?:για|στο|στη|στην|σε|με|από)(?![\p{L}])|\s*[,.;:!?(\n]|$)/u;
const GREEK_LANGUAGES = ['Αγγλικ', 'Γερμανικ', 'Γαλλικ', 'Ιταλικ', 'Ισπανικ', 'Ρωσικ', 'ΑΓΓΛΙΚ', 'ΓΕΡΜΑΝΙΚ'];
/** Whether the text holds a Greek letter. By characters, not a pattern. */
function hasGreekLetters(text: string): boolean {
  return holdsCharIn(text, 0x0386, 0x03ff);
}
// (A title in capitals or capitalised, up to a count, a bracket or a clause's end; not "ninatafuta", I am looking for: the
// reader's own search.)
const SWAHILI_SEEKING = () =>
  /(?<![\p{L}])(?:(?:li|i|tu|wa|a|ki|zi|u|ya|ku)natafuta|(?:li|i|tu|wa|a|ki|zi|u|ya|ku)naajiri)\s+(\p{Lu}[^\n\d,.;:!?()]{2,50}?)(?=\s*(?:\d|\(|[\n,.;:!?]|$)|\s+(?:kwa|katika|ambao|wenye|mjini)(?![\p{L}]))/u;
/** The job's title named in one of these scripts, or in Vietnamese or Indonesian, or null. */
export function roleInScript(text: string): string | null {
  if (hasIndicLetters(text)) {
    const indic = indicTitle(text);
    if (indic) return indic;
  }
  // A Tamil post's title in bold on the line that says it is needed ("தேவை"): "அனுபவமுள்ள *கொத்தனார் (Mason)* 25 பேர்
  // உடனடியாக தேவை". By strings.
  if (text.includes('தேவை') && holdsCharIn(text, 0x0b80, 0x0bff)) {
    for (const line of text.split('\n', 400)) {
      const bold = line.includes('தேவை') ? /\*([^*\n]{2,60})\*/.exec(line) : null;
      if (bold) return bold[1]!.trim();
    }
  }
  if (hasGreekLetters(text)) {
    const greek = compiled(GREEK_WANTED).exec(text);
    // (Not a language asked for: "ο πελάτης ζητά Αγγλικά επιπέδου C1".)
    if (greek && !GREEK_LANGUAGES.some((language) => greek[1]!.startsWith(language))) return greek[1]!.trim();
  }
  if (!inScripts(text)) return inVietnameseIndonesianOrSwahili(text);
  if (text.includes('چاہیے') || text.includes('چاہئے')) {
    const urdu = urduWanted(text);
    if (urdu) return urdu;
  }
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    for (const label of TITLE_LABELS) {
      const at = line.indexOf(label);
      // (Also after a chat's sender: "周晓雯 Vivian：岗位：高级感知算法工程师".)
      // (Or inside a sentence, a label of something, "…的岗位：", before its colon: "目前手上有个某头部新能源车企的岗位：BMS软件高级工程师".)
      if (
        at < 0 ||
        (at > 6 &&
          !/^[^：:\n]{1,24}[：:]\s*$/u.test(line.slice(0, at)) &&
          !(line[at - 1] === '的' && /^[：:]/.test(line.slice(at + label.length))) &&
          // (Or a clause of its own, the title called by its name in quotes: "…这块，岗位叫“嵌入式软件架构师”".)
          !('，,'.includes(line[at - 1]!) && /^叫\s*[“「【]/.test(line.slice(at + label.length))))
      )
        continue;
      // (Not the contact person's title, "聯絡人職稱", the writer's own.)
      if (/(?:聯絡人|联络人|联系人|聯繫人|負責人|负责人)$/u.test(line.slice(0, at))) continue;
      const rest = line.slice(at + label.length);
      // (Or "is" after it, the title in brackets: "岗位是【高级嵌入式软件工程师】"; or "is called", the title in quotes: "岗位叫“嵌入式
      // 软件架构师”".)
      // (Or, opening its line, Korean's topic particle for a colon: "포지션은 로봇 제어 SW 엔지니어 (시니어)", as a chat says it.)
      const colon =
        /^\s*[】\]］]?\s*(?:[：:]|是\s*[：:]|是(?=\s*【)|叫(?=\s*[“「【]))\s*/.exec(rest) ??
        // (Not a sentence after it, "포지션은 다음과 같습니다", "…정규직이며 연봉은…": a title only, no verb's or clause's ending.)
        (at === 0 && (label === '포지션' || label === '직무') && !/(?:니다|어요|에요|예요|해요|이며|이고|있|같습|[.?!,，])/.test(rest)
          ? /^은\s+/.exec(rest)
          : null);
      if (colon) {
        const continued = withContinuation(rest.slice(colon[0].length), line, lines[i + 1], lines[i + 2]);
        // (Called by its name in quotes: the quotes' words alone, "岗位叫“边缘计算架构师”，base杭州".)
        const quoted = colon[0].includes('叫') ? /^[“「【]([^”」】\n]{2,40})[”」】]/u.exec(continued) : null;
        const written = quoted ? quoted[1]! : continued;
        // (A Hebrew title up to the team it is in: "התפקיד: מפתח/ת Full Stack בצוות ה-Cloud Security".)
        const value = label === 'תפקיד' ? hebrewTitle(written) : clean(written);
        // (Called by its name, only a job's: not "岗位叫“高级”还是“资深”", a grade.)
        if (value && (!quoted || compiled(CHINESE_JOB_END).test(value))) return value;
      }
      // "The post is X", said in a sentence, a job's word ending it: "岗位是支付架构师，直接汇报CTO".
      const said = /^是([\p{sc=Han}A-Za-z]{2,16})(?=[，,。；;！!\s]|$)/u.exec(rest);
      if (said && compiled(CHINESE_JOB_END).test(said[1]!)) return said[1]!;
      // A table's row: "| 포지션 | 백엔드 개발자 (시니어) |", or drawn with a box's lines, "│ 職務名稱 │ 製程工程師 │".
      const cell = /^\s*[|│]\s*([^|│\n]+)/.exec(rest);
      if (cell && (line.startsWith('|') || line.startsWith('│'))) {
        const value = clean(cell[1]!);
        // (A Korean cell names a job: not "협의 후 결정", to be agreed.)
        if (value && (!hasHangul(value) || koreanJob(value))) return value;
      }
      // "【募集職種】" or "■ポジション" alone, the title on the next line.
      const alone = /^\s*[】\]］]\s*$/.test(rest) || (rest.trim() === '' && /^[■□◆◇●○◎▶▼★☆\s]*$/u.test(line.slice(0, at)));
      // (Past a blank line; not a sentence, "詳細は面談時にお伝えします".)
      const next = lines[i + 1]?.trim() === '' ? lines[i + 2] : lines[i + 1];
      if (alone && next !== undefined && !/(?:ます|です|ください|ません)[。.]?$|、/u.test(next.trim())) {
        const value = clean(next);
        // (A chat's job card, only a job's word on the line below it: not the chat going on, "你好，看看这个岗位？".)
        const card = label === '职位卡片' || label === '職位卡片';
        if (value && (!card || compiled(CHINESE_JOB_END).test(value))) return value;
      }
      // "【募集職種】フォークリフトオペレーター（倉庫内作業）": the title after the bracket.
      // (Up to the next field: "[沟通职位] 感知算法工程师（激光雷达方向） | 35-50K·15薪 | 深圳".)
      if (/^[】\]］]\s*\S/.test(rest)) {
        const value = clean(withoutBrackets(rest.slice(1).split(/\s[|｜]\s|｜/)[0]!));
        if (value) return value;
      }
    }
  }
  if (hasHangul(text)) {
    const korean = koreanTitle(lines);
    if (korean) return korean;
  }
  const hiring = compiled(HIRING_AFTER).exec(text);
  if (hiring) {
    const run = compiled(TITLE_RUN).exec(text.slice(Math.max(0, hiring.index - 40), hiring.index));
    // (A run stops at the hiragana and the commas before it: "当社では事業拡大に伴い、プロダクトマネージャー".)
    const value = run ? clean(run[0]) : null;
    if (value) return value;
  }
  // "鳶の職長を探してる" (looking for a foreman): the job before it, by its last word (not "仕事を探している", the reader's
  // search for work, nor a kind of worker alone, "データ基盤を担うエンジニアを探しています"). By strings first.
  for (let at = text.indexOf('探し'); at >= 0; at = text.indexOf('探し', at + 1)) {
    const lead = text.slice(Math.max(0, at - 48), at);
    const joint = compiled(BEFORE_LOOKING_FOR).exec(lead);
    if (joint === null) continue;
    const run = compiled(TITLE_RUN).exec(lead.slice(0, joint.index));
    const value = run ? clean(run[0]) : null;
    if (value && compiled(JAPANESE_JOB_END).test(value) && !JAPANESE_KINDS_ALONE.has(value)) return value;
  }
  // The post the reader is asked to join as: "アカウントエグゼクティブ（エンタープライズ）としてぜひ中村様にご参画いただけないか".
  // (Only before words of joining: not the reader's past, "エンジニアとして10年のご経験".)
  for (let at = text.indexOf('として'); at >= 0; at = text.indexOf('として', at + 1)) {
    if (!/ご参画|ご入社|ご参加|お迎え|迎え|ジョイン|活躍いただ|来ていただ/u.test(text.slice(at, at + 24))) continue;
    const run = compiled(TITLE_RUN).exec(withoutBrackets(text.slice(Math.max(0, at - 60), at)));
    const value = run ? clean(run[0]) : null;
    if (value && compiled(JAPANESE_JOB_END).test(value) && !JAPANESE_KINDS_ALONE.has(value)) return value;
  }
  // A headline's "X募集" without "を": "【急募】横浜市内の特養で介護スタッフ募集！", by the title's last word.
  for (let at = text.indexOf('募集'); at >= 0; at = text.indexOf('募集', at + 1)) {
    if (text[at - 1] === 'を' || at === 0) continue;
    const run = compiled(TITLE_RUN).exec(text.slice(Math.max(0, at - 40), at));
    const value = run ? clean(run[0]) : null;
    if (value && compiled(JAPANESE_JOB_END).test(value) && !JAPANESE_KINDS_ALONE.has(value) && !/株式会社|万円|年収/u.test(value))
      return value;
  }
  // "株式会社ミライワークス様のシニアプロダクトマネージャー（Payroll/決済領域）のポジション", "…のご紹介": the title before it.
  // (A job's name by its last word: not "面談日程のご案内", "非公開求人のご紹介", "年収800万円以上のポジション".)
  for (const word of ['のポジション', 'のご紹介', 'のご案内']) {
    const at = text.indexOf(word);
    if (at < 0) continue;
    const run = compiled(TITLE_RUN).exec(withoutBrackets(text.slice(Math.max(0, at - 60), at)));
    const value = run ? clean(run[0]) : null;
    if (value && compiled(JAPANESE_JOB_END).test(value) && !/株式会社|万円|年収/u.test(value)) return value;
  }
  // (The first that names a job: a chat repeats its sender's "招聘 Lily" before the job, "在招【高级算法工程师】".)
  // A title after a bracketed call for staff: "【全台徵才】門市儲備幹部 開缺中".
  if (text.includes('】')) {
    const tagged = compiled(AFTER_HIRING_TAG).exec(text);
    const value = tagged ? clean(tagged[1]!) : null;
    if (value && compiled(CHINESE_JOB_END).test(value)) return value;
  }
  let tries = 0;
  for (const before of text.matchAll(compiled(HIRING_BEFORE))) {
    if (++tries > 6) break;
    // (Without the count of openings after it: "诚聘理财顾问30名".)
    // (Nor what the job is said to do before its name: "正缺一个能带团队的直播运营经理", one who can lead a team.)
    // (Only a particle's 的, and only before a job's word: not "目的地运营专员", "的士司机".)
    const named = before[1]!.replace(/\s?\d{1,4}\s?[名人位个個]$/u, '');
    const particle = named.lastIndexOf('的');
    const described =
      particle > 0 &&
      named.length - particle > 2 &&
      named.slice(particle - 1, particle + 2) !== '目的地' &&
      !'士确確'.includes(named[particle + 1]!) &&
      compiled(CHINESE_JOB_END).test(named.slice(particle + 1));
    const value = clean(described ? named.slice(particle + 1) : named);
    // (Not a recruiter's name after their firm's "招聘" in a chat: "青禾智能-招聘 Lily：".)
    const givenName = value !== null && /^[A-Z][a-z]+$/.test(value);
    // (Nor a recruiting consultant, "招聘顾问Kevin": a headhunter's title, not the job.)
    if (value !== null && /^(?:顾问|顧問)/.test(value)) continue;
    // (Nor the writer's own "招募專員", "招聘经理": a recruiting specialist's or manager's title.)
    // (With their own name after it too: "招聘经理Grace".)
    if (value !== null && /^(?:專員|专员|經理|经理|主管)(?:[｜|\sA-Z]|$)/.test(value)) continue;
    // (After "在找", looking for, only a job's word: not "下週可以的時間", a time, nor "新的辦公室", an office; nor after "缺",
    // short of, "还缺一个懂行的人"; nor after "急招" but a job's word or a worker's "工", not "包吃包住", "月薪6000".)
    const lookingFor = before[0].includes('在找') || before[0].includes('缺');
    if (value !== null && before[0].includes('急招') && !compiled(CHINESE_JOB_END).test(value) && !value.endsWith('工')) continue;
    if (
      value &&
      !givenName &&
      (compiled(CHINESE_JOB_END).test(value) || (!lookingFor && value.length <= 8 && !NOT_A_CHINESE_TITLE.test(value)))
    )
      return value;
  }
  // A job named before its word for a post: "我们的仓库主管岗位", "有一個「製程工程師」的缺"; or what the reader is asked to come
  // and do, Cantonese "想搵你返嚟做點心主管". Only a job's word ends it. (By strings first.)
  if (/[岗崗]位|[职職]位|[职職]缺|的缺|[嚟来來]做/u.test(text)) {
    for (const m of text.matchAll(compiled(CHINESE_POST_AFTER))) {
      const value = clean(m[1] ?? m[2]!);
      if (value && compiled(CHINESE_JOB_END).test(value)) return value;
    }
  }
  // A title in Latin letters after Arabic "we are looking for" or "we need": "بندور على NLP Engineer يكون أول حد".
  if (text.includes('بندور') || text.includes('نبحث') || text.includes('ندور') || text.includes('محتاجين') || text.includes('نحتاج')) {
    const sought = compiled(ARABIC_SEEKING_LATIN_TITLE).exec(text);
    if (sought) return sought[1]!;
  }
  const opportunity = compiled(ARABIC_OPPORTUNITY).exec(text);
  if (opportunity) {
    let value = clean(opportunity[2]!);
    // (After a colon, a sentence may follow instead, "فرصة وظيفية: لا تفوتها!": a title only when its first word is a
    // job's, up to a word that ends it, "محاسب أول في شركة الأمل".)
    if (value && opportunity[1] === ':') {
      const words = value.split(/\s+/);
      const stop = words.findIndex((word) => ARABIC_STOPS.has(word));
      value = ARABIC_JOB_HEADS.has(words[0]!) ? (stop < 0 ? words : words.slice(0, stop)).join(' ') : null;
    }
    // (Not the firm the post is for: "فرصة وظيفية – شركة رواسي الخليج للمقاولات".)
    if (value && !/^(?:شركة|مجموعة|مؤسسة)\s/.test(value)) return value;
  }
  const wanted = compiled(HEBREW_WANTED).exec(text);
  if (wanted) {
    const value = clean(wanted[1]!);
    if (value) return value;
  }
  if (hasHebrew(text)) {
    for (const pattern of [HEBREW_FOR_THE_ROLE, HEBREW_SEEKING, HEBREW_POST]) {
      // (Each place it is said, the first that names a title.)
      let tries = 0;
      for (const found of text.matchAll(compiled(pattern))) {
        const value = hebrewTitle(found[1]!);
        if (value) return value;
        if (++tries >= 4) break;
      }
    }
  }
  const arabic = compiled(ARABIC_JOB).exec(text);
  if (arabic) {
    const words = arabic[1]!.trim().split(/\s+/);
    const stop = words.findIndex((word) => ARABIC_STOPS.has(word));
    const value = (stop < 0 ? words : words.slice(0, stop)).join(' ');
    if (value !== '' && stop !== 0) return value;
  }
  if (ARABIC_OPEN_WORDS.some((word) => text.includes(word))) {
    const arabicTitle = arabicTitleAfterOpening(text);
    if (arabicTitle) return arabicTitle;
  }
  if (text.includes('รับสมัคร') || text.includes('เปิดรับ')) return thaiTitleAfterHiring(text);
  return null;
}

// The first word of a Thai title: staff, an officer, a manager, an engineer, a technician, an analyst, a head, an
// assistant, a nurse, a driver, an accountant, a teacher, a cook, a cashier, a coordinator, a consultant, a director.
const THAI_JOB_HEADS = [
  'พนักงาน',
  'เจ้าหน้าที่',
  'ผู้จัดการ',
  'วิศวกร',
  'ช่าง',
  'นักวิเคราะห์',
  'หัวหน้า',
  'ผู้ช่วย',
  'พยาบาล',
  'คนขับรถ',
  'แม่บ้าน',
  'นักบัญชี',
  'โปรแกรมเมอร์',
  'ครู',
  'พ่อครัว',
  'แคชเชียร์',
  'ผู้ประสานงาน',
  'ที่ปรึกษา',
  'ผู้อำนวยการ',
  'นักการตลาด',
  'ล่าม',
];

/**
 * An Urdu message's title before "چاہیے" (is needed): "ہمیں ویونگ ڈیپارٹمنٹ کے لیے پروڈکشن مینیجر (Weaving) چاہیے", the
 * words after "for …", "we" or a label's colon. By strings.
 */
function urduWanted(text: string): string | null {
  for (const line of text.split('\n', 400)) {
    const at = Math.max(line.indexOf(' چاہیے'), line.indexOf(' چاہئے'));
    if (at < 0) continue;
    const before = line.slice(0, at);
    const starts = ['کے لیے ', 'کیلئے ', 'کے لئے ', 'ہمیں ', 'ہم کو ', '،', ':'].map((word) => {
      const found = before.lastIndexOf(word);
      return found < 0 ? 0 : found + word.length;
    });
    const words = before
      .slice(Math.max(...starts))
      .trim()
      .split(/\s+/);
    const title = words.slice(-6).join(' ');
    if (title.length >= 2) return title;
  }
  return null;
}

/**
 * A Thai post's title after "รับสมัคร" (now hiring), "รับสมัครด่วน!!" (urgently), up to the sexes or the count of posts
 * it is for: "รับสมัคร พนักงานคลังสินค้า 20 อัตรา", "รับสมัครด่วน!! พนักงานฝ่ายผลิต ชาย/หญิง 50 อัตรา". Only a job's
 * words: not "รับสมัครงาน" (now hiring) nor "หลายอัตรา" (many posts).
 */
function thaiTitleAfterHiring(text: string): string | null {
  let tries = 0;
  // (Or "เปิดรับตำแหน่ง" (a post is open) over the title's line: "ตอนนี้ทางบริษัทเปิดรับตำแหน่ง" and "📌 นักบัญชีอาวุโส".)
  for (const word of ['รับสมัคร', 'เปิดรับ']) {
    for (let at = text.indexOf(word); at >= 0 && tries < 4; at = text.indexOf(word, at + 1), tries++) {
      let rest = text
        .slice(at + word.length, at + 160)
        .replace(/^สมัคร/, '')
        .replace(/^ด่วน/, '')
        .replace(/^[!！\s]+/, '');
      // (A post's word, then its title on the next line after a mark.)
      if (rest.startsWith('ตำแหน่ง')) rest = rest.slice('ตำแหน่ง'.length).replace(/^[^\u0E00-\u0E7F\n]*\n[^\u0E00-\u0E7F\n]*/u, '');
      const value = thaiTitle(rest.split('\n')[0]!.trim().split(/\s+/));
      if (value) return value;
    }
  }
  return null;
}

/** The words of a Thai title, up to the sexes or the count of posts, when its first word is a job's. */
function thaiTitle(words: string[]): string | null {
  const title: string[] = [];
  for (const word of words) {
    if (word === '' || /^\d/.test(word) || word.startsWith('ชาย') || word.startsWith('หญิง') || word.startsWith('อัตรา')) break;
    // (Nor "urgently", a branch or a post's place after it: "พนักงานขาย ด่วนมาก สาขาบางนา".)
    if (!/^[\u0E00-\u0E7F]+$/.test(word) || /^(?:ด่วน|สาขา|ประจำ)/.test(word)) break;
    title.push(word);
  }
  const value = title.join(' ');
  // (A job's words after the head, not "staff" alone nor "staff, many posts": "พนักงานหลายตำแหน่ง", "พนักงานจำนวนมาก".)
  const head = THAI_JOB_HEADS.find((each) => value.startsWith(each));
  if (head === undefined || value.length <= head.length || /หลาย|จำนวนมาก|ทั่วไป|ตำแหน่ง/.test(value)) return null;
  return value;
}

/** The title after an Arabic word saying a post is open, when its first word is a job's, up to a word that ends it. */
function arabicTitleAfterOpening(text: string): string | null {
  for (const word of ARABIC_OPEN_WORDS) {
    let at = text.indexOf(word);
    for (let tries = 0; at >= 0 && tries < 4; tries++, at = text.indexOf(word, at + 1)) {
      const after = text.slice(at + word.length, at + word.length + 120);
      const found = compiled(ARABIC_AFTER_OPEN).exec(after);
      // (And "customer service", a call centre's agent, as Egyptian posts name the job: "مطلوب فوراً خدمة عملاء".)
      const service = found?.[1] === 'خدمة' && /^\s?(?:عملاء|العملاء)/.test(found[2]!);
      if (!found || (!ARABIC_JOB_HEADS.has(found[1]!) && !service)) {
        // (A title in Latin letters on the line after the colon, in a Maghrebi post: up to a dash or a bracket.)
        const latin = /^[^\S\n]*:?[^\S\n]*\n[^\p{L}\n]*(\p{Lu}[^\n–—(|]{1,60}?)\s*(?:[–—(|]|$)/mu.exec(after);
        const value = latin?.[1]?.trim();
        if (value && /^[\p{Script=Latin}\s/'’.-]+$/u.test(value) && (rolePhrases(value).length > 0 || namesAnOccupation(value)))
          return value;
        continue;
      }
      const words = [found[1]!, ...found[2]!.trim().split(/\s+/).filter(Boolean)];
      const stop = words.findIndex((each, i) => i > 0 && compiled(ARABIC_TITLE_STOPS).test(each));
      return (stop < 0 ? words : words.slice(0, stop)).join(' ');
    }
  }
  return null;
}

// What follows a Korean title in a sentence about the job: "… 개발자 포지션이에요", "… 개발자(시니어)를 채용 중입니다",
// "… 엔지니어 한 분을 모시려고", "배송기사 대규모 모집". (Not the label "포지션:", "포지션 |", read above.)
// (Not one hired before, "데이터 엔지니어를 채용했는데", nor the firms that hire it, "채용 중인 회사가 많죠"; nor the reader's
// own, "하고 계신 QA 엔지니어 포지션과는", "팀장 포지션에 계신".)
const KOREAN_AFTER_TITLE = () =>
  /\s?포지션(?!\s*[:：|]|과|와|에\s?계|에서|을 맡고 계|에 있)|(?:을|를)\s?(?:채용(?!했|하였|한 |된)|모시|모십|찾고|맡아\s?주실)|\s자리(?:가|를|에|입니다|예요)|\s(?:한\s?)?분을\s?모시|\s(?:대규모\s|긴급\s|신규\s)?(?:모집|채용\s?중(?!인 (?:회사|곳|기업))|채용합니다)/gu;
// A word that ends with a particle or a verb's ending, or a word of the sentence: the title's words stop before it.
const KOREAN_NOT_TITLE_END = () => /(?:는|은|건|인|의|을|를|이|가|에|도|로|께|요|다|고|서|면|게|한|할|된|될|중|님|데)$/u;
const KOREAN_TITLE_WORDS_ENDING_SO = () => /(?:전문가|분석가|작가|번역가|평론가|투자가)$/u;
const KOREAN_SENTENCE_WORDS = new Set([
  '원래',
  '이번',
  '이번에',
  '이번엔',
  '이제',
  '회사',
  '당사',
  '지금',
  '현재',
  '요즘',
  '최근',
  '급하게',
  '같이',
  '또',
  '또한',
  '바로',
  '혹시',
  '해당',
  '저희',
  '제가',
  '그',
  '이',
  '저',
  '새로',
  '함께',
]);
// A sentence that offers the job it names: "제안드리는 건 …", "… 딱 맞을 것 같아", "진행 중인 …".
const KOREAN_OFFER_WORDS = ['제안', '추천', '맞을', '어울', '진행 중', '찾고', '모시'];
// A job's line under its firm in brackets: "[별빛게임즈] 시니어 게임 서버 개발자 (MMORPG 신작)".
const KOREAN_BRACKETED_LINE = () => /^\[([\p{sc=Hangul}A-Za-z0-9&]{2,20})\]\s*(?!\[)(.{2,60})$/u;

/**
 * A Korean title named in a sentence about the job, or on a job's line under its firm in brackets: the words before
 * "포지션", "를 채용", "한 분을 모시", "모집", back to a particle or a word of the sentence, without the firm's name
 * before them ("한빛모빌리티 백엔드 개발 팀장 포지션"). Of several, the one a sentence offers the reader.
 */
function koreanTitle(lines: string[]): string | null {
  for (const line of lines) {
    const bracketed = line.startsWith('[') ? compiled(KOREAN_BRACKETED_LINE).exec(line.trim()) : null;
    // (Without the detail in brackets after the title: "(MMORPG 신작)", a new game.)
    const value = bracketed && !KOREAN_TAGS.has(bracketed[1]!) ? clean(withoutBrackets(bracketed[2]!)) : null;
    if (value && koreanJob(value)) return value;
  }
  // A line that ends on "포지션은" (the position is) names the title on the next, as a chat's next message does: "… 고객사는
  // 한빛모빌리티이고 포지션은" / "[이서연 | 피플브릿지] [오후 2:15] iOS 개발자 (시니어 / 7년 이상)".
  // (Or a title alone on its line, "포지션을 …" opening the next: "품질보증(QA) 팀장" / "포지션을 비공개로 찾고 있습니다".)
  for (let i = 0; i + 1 < lines.length; i++) {
    const alone = lines[i]!.trim();
    if (alone.length >= 2 && alone.length <= 40 && /^포지션(?:을|이|은)/u.test(lines[i + 1]!.trim()) && koreanJob(alone)) {
      const value = clean(alone);
      if (value) return value;
    }
  }
  for (let i = 0; i + 1 < lines.length; i++) {
    if (!/포지션은\s*$/u.test(lines[i]!)) continue;
    const next = lines[i + 1]!.replace(/^(?:\[[^\]\n]{1,40}\]\s*){1,2}/, '').trim();
    const value = next.length <= 60 ? clean(next) : null;
    if (value && koreanJob(value)) return value;
  }
  let first: string | null = null;
  for (const line of lines) {
    for (const m of line.matchAll(compiled(KOREAN_AFTER_TITLE))) {
      const words = line.slice(0, m.index).trim().split(/\s+/);
      const title: string[] = [];
      for (let i = words.length - 1; i >= 0; i--) {
        const word = words[i]!;
        const ended = compiled(KOREAN_NOT_TITLE_END).test(word) && !compiled(KOREAN_TITLE_WORDS_ENDING_SO).test(word);
        if (ended || KOREAN_SENTENCE_WORDS.has(word) || !/[\p{L}]/u.test(word) || /[,.:!?]$/.test(word)) break;
        title.unshift(word);
      }
      // (Without the firm's name before the title: "한빛모빌리티 백엔드 개발 팀장".)
      if (title.length > 1 && endsLikeAKoreanFirm(title[0]!.replace(/^\(주\)|^㈜/, ''))) title.shift();
      const value = clean(title.join(' '));
      if (value === null || !koreanJob(value)) continue;
      if (KOREAN_OFFER_WORDS.some((word) => line.includes(word))) return value;
      // (Not one also open, or closed: "백엔드 리드 포지션도 … 마감됐고요".)
      if (first === null && line[m.index + m[0].length] !== '도') first = value;
    }
  }
  return first;
}

/** Whether a Korean title's last word is a job's, as "개발자", "매니저", "기사" are; or a Latin one's ("DevOps Engineer"). */
function koreanJob(value: string): boolean {
  const words = withoutBrackets(value);
  return compiled(KOREAN_JOB_END).test(words) || namesAnOccupation(words);
}

/**
 * A label's value going on over the next line, as a chat wraps it: "▶ 포지션: 백엔드 개발" / "팀장 (…)" / "▶ 연봉: …". (A
 * line between two of a list's marked lines that has no mark of its own; its indent is gone by now.)
 */
function withContinuation(value: string, line: string, next: string | undefined, afterNext: string | undefined): string {
  const mark = /^[-•*·▶▪◆■●]/u.exec(line)?.[0];
  if (mark === undefined || next === undefined || afterNext === undefined) return value;
  const words = next.trim();
  if (words === '' || words.startsWith(mark) || !afterNext.trim().startsWith(mark)) return value;
  if (/[：:]/.test(words) || words.length > 40) return value;
  // (Only a Korean title's end, "팀장 (…)": not a note between the list's lines, "React, TypeScript 경험자 우대".)
  const joined = `${value} ${words}`;
  return hasHangul(words) && koreanJob(joined) ? joined : value;
}

/** A Hebrew title's words, up to a bracket, a stop or a word that goes on with the sentence; null when it names none. */
function hebrewTitle(words: string): string | null {
  const cut = words
    .split(/\s*[(,.!?;:–—]|\s-\s/u)[0]!
    .trim()
    .split(/\s+/);
  // (Or "for/in the …": a word after "ל" or "ב" before a definite one, "לשוק ה-EMEA".)
  const stop = cut.findIndex(
    // (And "who will …" in both genders, "שינהל/תנהל": a verb, not a title's word, "שיווק".)
    (word, i) =>
      HEBREW_TITLE_STOPS.has(word) ||
      /^[בלמ]-/.test(word) ||
      (word.startsWith('ש') && word.includes('/') && /^ש[יתנ]/.test(word)) ||
      (i > 0 && /^[בל]/.test(word) && /^ה-/.test(cut[i + 1] ?? '')),
  );
  const title = (stop < 0 ? cut : cut.slice(0, stop)).slice(0, 6);
  // (Without the time said before it: "מגייסים בימים אלה מנהל/ת מוצר", "מחפשים כרגע …".)
  if (title[0] === 'בימים' && title[1] === 'אלה') title.splice(0, 2);
  else if (['כרגע', 'עכשיו', 'בקרוב', 'בדחיפות', 'בהקדם'].includes(title[0] ?? '')) title.shift();
  if (title.length === 0 || compiled(HEBREW_NOT_A_TITLE).test(title[0]!)) return null;
  return clean(title.join(' '));
}

/** The title after a hiring word in Vietnamese, Indonesian or Swahili, whose nouns the English-letter rules do not know. */
function inVietnameseIndonesianOrSwahili(text: string): string | null {
  const low = text.toLowerCase();
  const hiring = low.includes('tuyển') ? compiled(VIETNAMESE_HIRING).exec(text) : null;
  const needed =
    hiring === null && (low.includes('dibutuhkan') || low.includes('cari ') || low.includes('lowongan '))
      ? compiled(INDONESIAN_NEEDED).exec(text)
      : null;
  // Swahili "is looking for", in capitals as a bulk text shouts it: "… linatafuta WAFANYAKAZI WA PACKHOUSE 40".
  const sought =
    hiring === null && needed === null && (low.includes('tafuta') || low.includes('ajiri')) ? compiled(SWAHILI_SEEKING).exec(text) : null;
  const found = hiring ?? needed ?? sought;
  const value = found ? clean(found[1]!) : null;
  // (On the line under "Dibutuhkan segera:", a job's name or one in capitals: not a requirement, "Pengalaman minimal 2 tahun".)
  if (
    value !== null &&
    needed?.[0].includes('\n') &&
    !namesAnOccupation(value) &&
    rolePhrases(value).length === 0 &&
    value !== value.toUpperCase()
  )
    return null;
  // (After "we are looking for", only a job's name: not "Kami sedang mencari Talenta Digital", "Kandidat Terbaik".)
  if (
    value !== null &&
    needed !== null &&
    !/^(?:Dibutuhkan|DIBUTUHKAN)/.test(needed[0]) &&
    !namesAnOccupation(value) &&
    rolePhrases(value).length === 0
  )
    return null;
  return value;
}

/** A title as a label's value gives it: trimmed, without a bullet, at most 60 characters, not a figure or a sentence. */
function clean(value: string): string | null {
  // (Without a pictograph or a mark after it: "NHÂN VIÊN KINH DOANH BẤT ĐỘNG SẢN 🔥".)
  let title = value.replace(/^[-•・*]\s*/, '');
  for (const word of THAI_PAY_WORDS) if (title.includes(word)) title = title.slice(0, title.indexOf(word));
  // (A Thai mark ends a word: "โปรแกรมเมอร์".)
  title = title.replace(/[^\p{L}\p{M}\p{N})）]+$/u, '').trim();
  // (Nor the kind of contract in brackets after it, which is no part of the title: "品質保証チームリーダー（正社員）".)
  title = title.replace(/[（(](?:正社員|契約社員|派遣社員|アルバイト|パート|正職|全职|全職|兼职|兼職|정규직|계약직)[）)]$/u, '').trim();
  // (Nor the detail in brackets after it, a team's size or the years asked, or the team: "백엔드 개발 팀장 (Kotlin/Spring,
  // 팀원 8명)", "시니어 백엔드 개발자 (정산플랫폼팀)".)
  if (
    (/[（(][^()（）]*[\d,，、][^()（）]*[)）]$/u.test(title) || /(?:팀|본부|부문|チーム|团队|團隊)[)）]$/u.test(title)) &&
    withoutBrackets(title).length >= 2
  )
    title = withoutBrackets(title);
  // (Nor the sentence going on after a full-width comma: "BMS软件高级工程师，base上海嘉定".)
  const comma = title.search(/[，；]/);
  if (comma > 1 && !title.startsWith('【')) title = title.slice(0, comma).trim();
  // (A title in 【】 after a label, the rest of the line after it: "【高级嵌入式软件工程师】，base深圳".)
  if (title.startsWith('【') && title.includes('】')) title = title.slice(1, title.indexOf('】')).trim();
  // (Nor a bracket the line leaves open, the rest wrapped onto the next: "経理スタッフ（月次・年次決算".)
  const open = Math.max(title.lastIndexOf('（'), title.lastIndexOf('('));
  if (open > 1 && !/[)）]/.test(title.slice(open))) title = title.slice(0, open).trim();
  if (title.length < 2 || title.length > 60 || /^\d/.test(title) || /[。.!?！？]$/.test(title)) return null;
  return title;
}
