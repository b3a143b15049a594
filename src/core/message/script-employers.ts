// An employer named without a legal form in a Korean message, which neither the English-letter rules of labels.ts nor
// the legal forms of legal-names.ts read: a client named by a headhunter ("고객사는 핀테크 '한빛페이'이고"), a firm's own
// HR team ("한결바이오 인사팀 박지현입니다"), a job's line under its firm in brackets ("[별빛게임즈] 시니어 게임 서버
// 개발자"), a manager's firm beside their name ("김도윤 팀장 (오름헬스케어)"), or a coined name ending in its trade's
// word in a sentence about the job ("진행 중인 누리모빌리티 백엔드 개발 팀장 포지션"). And in a Hebrew message, the writer's
// own firm after "at" ("אנחנו ב-Orbitly"). Asked only when those rules find no employer. Not a recruiting agency's
// name. Pure.

import { compiled } from '../compile.js';
import { isAgencyName } from './legal-names.js';
import { holdsCharIn } from './text.js';

/** Whether the text holds a Hangul syllable. By characters, not a pattern: every message passes here. */
export function hasHangul(text: string): boolean {
  return holdsCharIn(text, 0xac00, 0xd7a3);
}

/** Whether the text holds a Hebrew letter. By characters, not a pattern. */
export function hasHebrew(text: string): boolean {
  return holdsCharIn(text, 0x05d0, 0x05ea);
}

// The trade words a Korean firm's coined name ends with: "누리모빌리티", "한결바이오", "별빛게임즈", "한빛페이".
const FIRM_ENDS = [
  '모빌리티',
  '바이오',
  '페이',
  '게임즈',
  '게임스',
  '헬스케어',
  '로지스',
  '로지스틱스',
  '물류',
  '테크',
  '랩스',
  '소프트',
  '시스템즈',
  '커머스',
  '네트웍스',
  '에너지',
  '제약',
  '전자',
  '건설',
  '푸드',
  '솔루션즈',
  '솔루션',
  '파이낸셜',
  '증권',
  '은행',
  '보험',
  '화학',
  '중공업',
  '엔터테인먼트',
  '스튜디오',
  '모터스',
  '반도체',
  '디스플레이',
  '미디어',
  '식품',
  '유통',
  '호텔',
  '리조트',
  '메디컬',
  '뱅크',
  '캐피탈',
  '홀딩스',
  '그룹',
  '벤처스',
  '웍스',
  '코스메틱',
  '케미칼',
  '로보틱스',
  '에듀',
];
// Words a description of a firm opens with, not a name: "국내물류" (domestic logistics), "대형병원", "글로벌테크".
// (Nor a field's words before the trade word: "친환경에너지", "시스템반도체", "디지털헬스케어", "콜드체인물류".)
const DESCRIBING_STARTS = [
  '국내',
  '해외',
  '글로벌',
  '외국계',
  '대형',
  '중견',
  '상장',
  '유니콘',
  '스타트업',
  '종합',
  '대학',
  '신규',
  '친환경',
  '시스템',
  '디지털',
  '콜드체인',
  '스마트',
  '모바일',
  '온라인',
  '핀테크',
  '이커머스',
  '첨단',
  '차세대',
  '신재생',
  '전문',
  '의료',
  '제조',
  '산업',
  '물류',
  '바이오',
  '헬스',
  '그린',
  '자율주행',
  '전기차',
  '배터리',
];
// Words that describe a client or stand for a firm, not a name: "고객사는 비공개입니다", "고객사는 스타트업이고", "저희 채용팀",
// "고객사 인사팀", "이번 채용 담당", "현재 회사 인사팀".
const NOT_A_KOREAN_NAME = new Set([
  '비공개',
  '스타트업',
  '외국계',
  '대기업',
  '중견기업',
  '중소기업',
  '상장사',
  '유니콘',
  '국내',
  '해외',
  '글로벌',
  '저희',
  '우리',
  '당사',
  '귀사',
  '고객사',
  '이번',
  '회사',
  '현재',
  '해당',
  '기존',
  '직전',
  '전',
  '본',
  // A greeting or "I am" before the writer's title: "안녕하세요 CTO 이준호입니다", "저는 CTO 이준호입니다".
  '안녕하세요',
  '반갑습니다',
  '저는',
  '제가',
  '처음',
]);
// Particles and endings after a name, longest first: "한빛페이에서", "한빛페이는", "누리모빌리티입니다".
const PARTICLES = [
  '에서는',
  '에서',
  '입니다',
  '이며',
  '이고',
  '인데',
  '에게',
  '으로',
  '과',
  '와',
  '의',
  '은',
  '는',
  '을',
  '를',
  '가',
  '에',
  '로',
  '도',
];
// A sentence about the job offered, or the writer's own firm: a position, hiring, a client, HR, "we", "I am".
const ABOUT_THE_JOB = ['포지션', '채용', '모집', '고객사', '인사', '모시', '제안', '저희', '저는', '진행 중', '입사'];
// A sentence about the reader's own past work: "한빛로지스 … 오픈 프로젝트 리드하신 걸" (that you led at …).
const READERS_WORK = ['하신', '하셨', '계신', '계셨', '재직', '다니시', '다니셨', '근무 중이', '쌓으', '쌓아', '몸담'];
// A payment product a perk is paid in, not the employer: "식대는 모두페이 포인트로 지급".
const PAID_IN = ['포인트', '머니', '상품권'];
// The writer saying they are a headhunter: a manager's firm beside their name is then theirs.
const HEADHUNTING = ['헤드헌팅', '헤드헌터', '서치펌', '써치펌'];

// A name's run of letters: Hangul, Latin letters, digits and "&".
const NAME_RUN = () => /[\p{sc=Hangul}A-Za-z0-9&]{2,20}/gu;
// A headhunter's client in quotes after "client", a word or two describing it between: "고객사는 핀테크 '한빛페이'이고",
// "고객사인 핀테크 기업 '누리페이먼츠'에서".
const CLIENT_QUOTED = () => /고객사(?:는|은|가|인|:|：)?\s*(?:[\p{sc=Hangul}A-Za-z]+\s){0,2}['‘"“「]([^'’"”」\n]{2,20})['’"”」]/u;
// A headhunter's client named after "client": "고객사는 누리모빌리티(시리즈 C …)입니다".
const CLIENT_NAMED = () =>
  /고객사(?:는|은|가|:|：)\s*([\p{sc=Hangul}A-Za-z0-9&]{2,20}?)(?=\s*[(（,]|입니다|이고|이며|인데|예요|이에요|라는|이라는)/u;
// A firm's own HR team or recruiter: "한결바이오 인사팀 박지현입니다", "한빛물류 채용담당 :".
const OWN_HR = () => /([\p{sc=Hangul}A-Za-z0-9&]{2,20})\s?(?:인사팀|인사\s?담당|채용\s?담당|채용팀|인재영입팀|HR\s?팀|HR\s?담당)/u;
// A job's line under its firm in brackets: "[별빛게임즈] 시니어 게임 서버 개발자 (MMORPG 신작)" (not a chat's "[김도현] [오후 2:40]").
const BRACKETED_FIRM = () => /(?:^|\n)\s*\[([\p{sc=Hangul}A-Za-z0-9&]{2,20})\]\s*(?!\[)([^\n]{2,60})/u;
// A manager introducing themself by their firm, their team perhaps, and title: "머니버드 CTO 이준호입니다", "오름헬스케어
// 데이터플랫폼팀 팀장 김도윤입니다" (not the team, "데이터플랫폼팀").
const MANAGER_INTRO = () =>
  /([\p{sc=Hangul}A-Za-z0-9&]{2,20}(?<!팀))\s(?:[\p{sc=Hangul}A-Za-z]{1,12}팀\s)?(?:CTO|CEO|COO|대표이사|대표|개발팀장|팀장|인사팀장)\s[가-힣]{2,4}입니다/u;
// A manager's firm beside their name: "김도윤 팀장 (오름헬스케어)" (not a headhunter's, "김지훈 헤드헌터 (넥스트브릿지서치)").
// (Not a director's, "서은지 이사 (윈드브릿지 파트너스)": a search firm's partners are directors too.)
const MANAGERS_FIRM = () => /(?:팀장|본부장|실장|리드|CTO|CEO)\s?\(([\p{sc=Hangul}A-Za-z0-9& ]{2,20})\)/u;
// The words a job's title ends with, in Korean or as Korean messages write them.
export const KOREAN_JOB_END = () =>
  /(?:개발자|개발|엔지니어|매니저|팀장|디자이너|기사|담당자?|리드|리더|PM|PO|마케터|기획자|연구원|분석가|전문가|컨설턴트|디렉터|사원|직원|간호사|약사|회계사|세무사|변호사|MD|영업|관리자|상담원|상담사|강사|교사|운영자|사무원|비서|셰프|조리사|요리사|바리스타|점장|실장|본부장|아키텍트|QA|SRE|테스터|애널리스트|사이언티스트|스페셜리스트|오퍼레이터|코디네이터|트레이너|에디터|작가|정비사|생산직|기술자|검사원|파트장|그룹장|센터장|공장장|반장|조장|소장|과장|차장|부장)$/u;

// A subject's tag in brackets, not a firm: "[제안] 국내 핀테크 유니콘 – 시니어 프로덕트 매니저".
export const KOREAN_TAGS = new Set([
  '제안',
  '포지션 제안',
  '채용',
  '모집',
  '공고',
  '급구',
  '긴급',
  '추천',
  '안내',
  '스카우트',
  '헤드헌팅',
  '경력',
  '신입',
  '정규직',
  '계약직',
  '이직 제안',
]);

/** A name as written, without the particle after it. */
function withoutParticle(word: string): string {
  for (const particle of PARTICLES)
    if (word.endsWith(particle) && word.length > particle.length + 1) return word.slice(0, -particle.length);
  return word;
}

/** Whether a word is a coined firm's name by the trade word it ends with: "누리모빌리티", not "데이터" nor "국내물류". */
export function endsLikeAKoreanFirm(word: string): boolean {
  const end = FIRM_ENDS.find((ending) => word.endsWith(ending) && word.length >= ending.length + 2);
  // (A field's word and the trade word alone are a description, "친환경에너지"; a coined word between them makes a name,
  // "그린웨이브에너지", "스마트로지테크".)
  return end !== undefined && !DESCRIBING_STARTS.includes(word.slice(0, -end.length));
}

/** The employer a Korean message names without a legal form, or null. */
export function koreanEmployer(text: string): string | null {
  if (!hasHangul(text)) return null;
  const name = (found: string | undefined) => {
    const clean = found?.trim();
    return clean && clean.length >= 2 && !isAgencyName(clean) && !NOT_A_KOREAN_NAME.has(clean) && !DESCRIBING_STARTS.includes(clean)
      ? clean
      : null;
  };
  if (text.includes('고객사')) {
    const quoted = compiled(CLIENT_QUOTED).exec(text);
    const named = quoted ?? compiled(CLIENT_NAMED).exec(text);
    const client = name(named?.[1]);
    if (client) return client;
  }
  if (/인사|채용|인재영입|HR/.test(text)) {
    const own = compiled(OWN_HR).exec(text);
    const firm = name(own?.[1]);
    if (firm) return firm;
  }
  if (text.includes('[')) {
    const line = compiled(BRACKETED_FIRM).exec(text);
    // (A firm's coined name: not a tag, a place or a kind of work, "[채용공고]", "[서울]", "[재택]".)
    const firm = line && endsLikeAKoreanFirm(line[1]!) && compiled(KOREAN_JOB_END).test(withoutBrackets(line[2]!)) ? name(line[1]) : null;
    if (firm) return firm;
  }
  if (text.includes('입니다') && !HEADHUNTING.some((word) => text.includes(word))) {
    const intro = compiled(MANAGER_INTRO).exec(text);
    const firm = name(intro?.[1]);
    if (firm) return firm;
  }
  if (text.includes('(') && !HEADHUNTING.some((word) => text.includes(word))) {
    const manager = compiled(MANAGERS_FIRM).exec(text);
    // (A coined firm's name, not the years asked or the contract: "(경력 10년 이상)", "(정규직)".)
    const firm = manager && endsLikeAKoreanFirm(manager[1]!) ? name(manager[1]) : null;
    if (firm) return firm;
  }
  // A coined name by its trade word, in a sentence about the job and not about the reader's own past work.
  // (A line that ends on a particle goes on over the next, as a chat wraps it: "한결에너지솔루션(…)에서" / "셀 공정개발 파트장
  // 포지션을 … 진행하고 있습니다".)
  for (const sentence of text.replace(/(에서|에서는)\n/g, '$1 ').split(/\n|[.!?。](?:\s|$)/)) {
    if (!ABOUT_THE_JOB.some((word) => sentence.includes(word)) || READERS_WORK.some((word) => sentence.includes(word))) continue;
    for (const m of sentence.matchAll(compiled(NAME_RUN))) {
      const word = withoutParticle(m[0]);
      const after = sentence.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 5);
      if (endsLikeAKoreanFirm(word) && !isAgencyName(word) && !PAID_IN.some((unit) => after.trimStart().startsWith(unit))) return word;
    }
  }
  return null;
}

// A Japanese writer's own firm, named by its trade word, before their name: "山本工業の山本です", "丸和運輸の佐藤と申します".
const JAPANESE_OWN_FIRM = () =>
  /([\p{sc=Han}\p{sc=Katakana}ー]{1,10}(?:工業|建設|商事|産業|工務店|運輸|物流|電機|製作所|技研|興業|土木|設備|電設|塗装|鉄工|組|商会|食品|不動産))の[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]{1,5}(?:です|と申します)/u;

/** The firm a Japanese writer introduces themself by, with no legal form: "山本工業の山本です"; or null. */
export function japaneseEmployer(text: string): string | null {
  // (By strings first: a message with no kana, or no "です" or "申します", is not asked.)
  if (!(text.includes('です') || text.includes('申します'))) return null;
  return compiled(JAPANESE_OWN_FIRM).exec(text)?.[1] ?? null;
}

// A Hebrew writer's own firm after "at": "אנחנו ב-Orbitly", "מגייסת טכנולוגית בכירה ב-Orbitly", "מצוות הגיוס בלוטם
// מערכות". The words that open it: a recruiter, "we", the recruiting team.
const HEBREW_AT_TRIGGERS = ['מגייסת', 'מגייס', 'מגייסים', 'אנחנו', 'הגיוס', 'גיוס', 'Recruiter', 'Partner'];
// After these, only a name written "ב-Name": "אנחנו בשלב צמיחה" (we are at a stage), "אנחנו בודקים" (we are checking).
const HEBREW_HYPHEN_ONLY = new Set(['אנחנו', 'גיוס', 'Recruiter', 'Partner']);
// Words after "at" that begin with its letter and are no firm's: "בכירה" (senior), "בצוות" (in the team).
const HEBREW_NOT_AT = new Set([
  'בכירה',
  'בכיר',
  'בכיר/ה',
  'בצוות',
  'בתחום',
  'בחברת',
  'בחברה',
  'במשרה',
  'בשמחה',
  'בעיקר',
  'בדיוק',
  'בנושא',
  'בימים',
  'בשלב',
  'בקרוב',
  'בדחיפות',
  'בהקדם',
  'בתקופה',
  'בזמן',
  'ברגע',
  'בשבילך',
  'בשבילכם',
]);
// Where a Hebrew firm's name stops: a bracket, a stop, an emoji, "and …", "of", "with", "a company".
const HEBREW_NAME_STOPS = new Set(['של', 'עם', 'חברת', 'חברה', 'שמחפשת', 'שמגייסת', 'ואני', 'ואנחנו', 'ומגייסים', 'ומחפשים', 'כ-']);
// A client the writer recruits for: the firm they name is the agency's.
// (Words, not parts of them: "500 לקוחות עסקיים" are the firm's customers.)
const HEBREW_CLIENT = new Set(['לקוח', 'הלקוח', 'ללקוח', 'מלקוח', 'לקוחה', 'הלקוחה', 'ללקוחה', 'עבור']);

// A client named by a Hebrew recruiter as "my client, the company X": "הלקוחה שלי, חברת Veltamed".
const HEBREW_CLIENT_NAMED = () =>
  /(?:הלקוח|הלקוחה|לקוח|לקוחה)(?:\s+(?:שלי|שלנו))?,?\s+(?:היא\s+|הוא\s+)?חברת\s+([A-Z][\w&.-]*(?:\s[A-Z][\w&.-]*){0,2})/u;

// Kinds of firm written in Latin letters after "חברת", and the Hebrew adjectives that describe one after it.
const FIRM_KINDS = new Set([
  'saas',
  'b2b',
  'b2c',
  'ai',
  'fintech',
  'it',
  'tech',
  'cyber',
  'startup',
  'enterprise',
  'deep',
  'hr',
  'e-commerce',
  'ecommerce',
  'iot',
  'data',
]);
const HEBREW_DESCRIBING = /^\s*(?:מובילה|גדולה|בינלאומית|ישראלית|ציבורית|בתחום|צומחת|גלובלית)/u;

/** The employer a Hebrew writer names as their own, "at" it, or as the client they recruit for; or null. */
export function hebrewEmployer(text: string): string | null {
  if (hasHebrew(text) && text.includes('חברת')) {
    const client = compiled(HEBREW_CLIENT_NAMED).exec(text);
    // (A name, not the kind of firm described: "חברת SaaS מובילה", "חברת B2B בתחום הלוגיסטיקה".)
    const kind =
      client !== null &&
      (FIRM_KINDS.has(client[1]!.split(' ')[0]!.toLowerCase()) || HEBREW_DESCRIBING.test(text.slice(client.index + client[0].length)));
    if (client && !kind && !isAgencyName(client[1]!)) return client[1]!;
  }
  if (!hasHebrew(text) || text.split(/[\s,.:;!?()]+/).some((word) => HEBREW_CLIENT.has(word))) return null;
  for (const line of text.split('\n', 200)) {
    const words = line.split(/\s+/);
    const trigger = words.findIndex((word) => HEBREW_AT_TRIGGERS.includes(word.replace(/^ו/, '')));
    if (trigger < 0) continue;
    // ("ב-Name" a few words on, "מגייסת טכנולוגית בכירה ב-Orbitly"; or "בName" right after, "מצוות הגיוס בלוטם מערכות".)
    const hyphenOnly = HEBREW_HYPHEN_ONLY.has(words[trigger]!.replace(/^ו/, ''));
    const at = words.findIndex(
      (word, i) =>
        i > trigger &&
        i <= trigger + 4 &&
        (/^ב[-־]/.test(word) || quotedAt(word) || (!hyphenOnly && i === trigger + 1 && word.startsWith('ב') && !HEBREW_NOT_AT.has(word))),
    );
    if (at < 0) continue;
    // (A name in quotes is whole up to its closing mark: "מגייסת טכנולוגית ב"שקד מערכות השקיה" מגבעת חיים".)
    if (quotedAt(words[at]!)) {
      const quoted = /^ב["״“]([^"״”]{2,40})["״”]/.exec(words.slice(at, at + 8).join(' '));
      const found = quoted === null ? '' : quoted[1]!.trim();
      if (found.length >= 2 && !isAgencyName(found)) return found;
      continue;
    }
    const first = words[at]!.replace(/^ב[-־]?/, '');
    const name: string[] = [];
    for (const word of [first, ...words.slice(at + 1, at + 4)]) {
      const bare = word.replace(/[(),.!?:;|"״'׳]+$/u, '');
      if (bare === '' || HEBREW_NAME_STOPS.has(bare) || !/^[\p{L}\d&]/u.test(word)) break;
      // (A Latin name's words are capitalised: "Kinneret Data", not "Kinneret and".)
      if (/^[A-Za-z]/.test(first) && !/^[A-Z0-9]/.test(bare)) break;
      name.push(bare);
      if (bare !== word) break;
    }
    const found = name.join(' ');
    if (found.length >= 2 && !isAgencyName(found)) return found;
  }
  // The writer's firm after "from", as a chat opens: "כאן אמיר מ-Shoham Robotics" (Amir here, from Shoham Robotics).
  if (text.includes('כאן') || text.includes('שמי')) {
    const from = compiled(HEBREW_HERE_FROM).exec(text);
    // (Its sentence's stop is no part of it: "מ-Shoham Robotics. קיבלתי …".)
    const name = from?.[1]?.replace(/\.$/, '');
    if (name && !isAgencyName(name)) return name;
  }
  // A firm that opens its line and recruits: "אורנית תקשורת מגייסת נציגי/ות שירות" (Oranit Communications is recruiting).
  if (text.includes('מגייס')) {
    // (A name in quotes after its kind and before its town: "בית אבות "גני הדר" ברחובות מגייס …", the Ganei Hadar nursing
    // home in Rehovot is recruiting.)
    const quoted = compiled(HEBREW_QUOTED_FIRM_RECRUITS).exec(text);
    if (quoted && !isAgencyName(quoted[1]!)) return quoted[1]!;
    const m = compiled(HEBREW_FIRM_RECRUITS).exec(text);
    const words = m?.[1]?.split(' ') ?? [];
    if (m && !words.some((word) => HEBREW_NOT_A_FIRM.has(word)) && !isAgencyName(m[1]!)) return m[1]!;
  }
  return null;
}
const HEBREW_HERE_FROM = () => /(?:כאן|שמי) [\u05d0-\u05ea]+,? מ[-־]([A-Z][\w&.-]*(?: [A-Z][\w&.-]*){0,2})/u;
// (Up to three words before "recruits" at a line's start: a name's words, no sentence's.)
const HEBREW_FIRM_RECRUITS = () =>
  /(?:^|\n)[^\S\n]*([\u05d0-\u05eaA-Z][\u05d0-\u05eaA-Za-z0-9&'"׳״-]*(?: [\u05d0-\u05eaA-Z][\u05d0-\u05eaA-Za-z0-9&'"׳״-]*){0,2}) (?:מגייסת|מגייס) /u;
const HEBREW_QUOTED_FIRM_RECRUITS = () =>
  /(?:^|\n)[^\S\n]*(?:[\u05d0-\u05ea]+ ){0,2}["״“]([^"״“”\n]{2,30})["״”](?: ב[\u05d0-\u05ea-]+)? (?:מגייסת|מגייס|מגייסים)(?![\u05d0-\u05ea])/u;
// Who recruits that is no firm's name: we, I, the firm, the team, our client, a firm described.
const HEBREW_NOT_A_FIRM = new Set([
  'אנחנו',
  'אנו',
  'אני',
  'החברה',
  'הצוות',
  'שלנו',
  'חברה',
  'חברת',
  'הלקוח',
  'הלקוחה',
  'לקוח',
  'לקוחה',
  'סטארטאפ',
  'הסטארטאפ',
  'כרגע',
  'עכשיו',
  'היום',
  'דחוף',
  'ואנחנו',
  'ואני',
  'שמי',
  'הנני',
  // (A firm described, "יבואנית רכב מובילה" (a leading car importer), or a sentence's words, "בעקבות הצמיחה".)
  'מובילה',
  'מוביל',
  'גדולה',
  'גדול',
  'בינלאומית',
  'ותיקה',
  'צומחת',
  'בעקבות',
]);

/** A line's words without the detail in brackets at their end: "시니어 게임 서버 개발자 (MMORPG 신작)". */
export function withoutBrackets(words: string): string {
  return words.replace(/\s*[(（][^()（）]*[)）]\s*$/u, '').trim();
}

/** A Hebrew "at" before a name in quotes: "ב\"שקד מערכות השקיה\"". */
function quotedAt(word: string): boolean {
  return word.length > 2 && word[0] === 'ב' && (word[1] === '"' || word[1] === '״' || word[1] === '“');
}

// The writer's firm in Latin letters after Thai "from", two capitalised words or more: "พี่วรรณา HR จาก Andaman Pearl
// Resort ภูเก็ตนะคะ" (HR from Andaman Pearl Resort, Phuket).
const THAI_FROM = () => /จาก\s?([A-Z][A-Za-z&'’.-]*(?: [A-Z][A-Za-z&'’.-]*){1,4})/u;

/** The writer's firm, named in Latin letters after Thai "from" in a Thai message; null when there is none. */
export function thaiEmployer(text: string): string | null {
  if (!text.includes('จาก') || !holdsCharIn(text, 0x0e00, 0x0e7f)) return null;
  const name = compiled(THAI_FROM).exec(text)?.[1];
  // (Not a recruiting firm the writer is from: "นกจาก ThaiTalent Search นะคะ".)
  return name === undefined || isAgencyName(name) ? null : name;
}
