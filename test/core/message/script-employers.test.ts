import { describe, expect, it } from 'vitest';
import { readMessage } from '../../../src/core/message/index.js';
import { endsLikeAKoreanFirm, hebrewEmployer, koreanEmployer } from '../../../src/core/message/script-employers.js';

describe('an employer a Korean message names without a legal form', () => {
  it.each([
    ["제 고객사는 물류 스타트업 '다온로지스'이고, 시리즈 B 투자를 받았습니다.", '다온로지스'],
    ['진행하는 고객사는 새봄헬스케어(직원 약 90명)입니다.', '새봄헬스케어'],
    ['안녕하세요, 푸른바이오 인사팀 정하늘입니다.', '푸른바이오'],
    ['2025년 4월 2일 오전 9:05, 소망택배 채용담당 :\n기사님 모집합니다', '소망택배'],
    ['제가 맡은 건입니다.\n\n[달빛스튜디오] 시니어 클라이언트 개발자 (신규 프로젝트)\n- 연봉 협의', '달빛스튜디오'],
    ['최민호 팀장 (하늘모빌리티)\n\n안녕하세요, 데이터팀 이야기 드리려고요.', '하늘모빌리티'],
    ['제가 진행 중인 가온모빌리티 프론트엔드 리드 포지션이 잘 맞으실 것 같아요.', '가온모빌리티'],
    ['핀테크 기업 나래페이에서 서버 개발자를 채용 중입니다.', '나래페이'],
  ])('%s', (text, name) => {
    expect(koreanEmployer(text)).toBe(name);
  });

  it.each([
    // A headhunter's own firm, by its words: not the employer.
    ['김지훈 헤드헌터 (넥스트브릿지서치)\n안녕하세요, 넥스트브릿지서치 김지훈입니다.'],
    // The reader's own past work, in a sentence about it.
    ['작년에 한빛로지스 풀필먼트센터 오픈을 리드하신 걸 들었습니다.\n고객사는 1차 미팅 후 공개드릴게요.'],
    // A description, not a name: "domestic logistics", "a large hospital".
    ['국내물류 대기업에서 채용 중입니다.'],
    // A chat's sender in brackets, not a firm over a job's line.
    ['[김도현] [오후 2:40] 안녕하세요, 내일 통화 가능합니다'],
    // A message with no Hangul.
    ['Hello from Nuri Mobility'],
  ])('none: %s', (text) => {
    expect(koreanEmployer(text)).toBeNull();
  });

  it('knows a coined name by its trade word, not a trade word alone nor a description', () => {
    expect(endsLikeAKoreanFirm('누리모빌리티')).toBe(true);
    expect(endsLikeAKoreanFirm('모빌리티')).toBe(false);
    expect(endsLikeAKoreanFirm('데이터')).toBe(false);
    expect(endsLikeAKoreanFirm('글로벌테크')).toBe(false);
  });

  it('is asked after the legal forms: "(주)" names the firm first', () => {
    expect(readMessage('(주)바른소프트 채용팀입니다.\n고객사는 하람바이오(직원 50명)입니다.').company).toBe('(주)바른소프트');
  });

  it('reads a headhunter’s kakao message whole: the client, the title and the pay', () => {
    const found = readMessage(
      [
        '[박소라 컨설턴트] [오후 1:02] 안녕하세요, 해든서치 박소라입니다.',
        '[박소라 컨설턴트] [오후 1:03] 고객사는 새봄헬스케어(직원 약 90명)입니다.',
        '원래 플랫폼 리드 포지션도 열려 있었는데 이미 마감됐어요.',
        '이번에 제안드리는 건 시니어 데이터 엔지니어 포지션이에요.',
        '- 연봉: 7,000만원~8,000만원 (협의)',
      ].join('\n'),
    );
    expect(found.company).toBe('새봄헬스케어');
    expect(found.role).toBe('시니어 데이터 엔지니어');
    expect(found.pay).toMatchObject({ min: 70_000_000, max: 80_000_000, currency: 'KRW', period: 'year' });
  });
});

describe('an employer a Hebrew writer names as their own', () => {
  it.each([
    ['היי נועה, זאת דנה מצוות הגיוס בשחר מערכות 👋', 'שחר מערכות'],
    ['אנחנו ב-Skylark (סטארטאפ לוגיסטיקה, 40 עובדים) ומגייסים מפתח/ת Backend', 'Skylark'],
    ['מגייסת טכנולוגית בכירה ב-Fernwood Labs\n\nהיי עומר', 'Fernwood Labs'],
  ])('%s', (text, name) => {
    expect(hebrewEmployer(text)).toBe(name);
  });

  it.each([
    // An agency recruiting for a client: the firm named is the agency.
    ['רכזת גיוס בכירה ב-Peak Talent\nאני מגייסת עבור לקוח שלנו, חברת סייבר'],
    ['שמי שירן ואני מגייסת בחברת ההשמה "מסלול גיוס".'],
    // "senior", not a firm.
    ['מגייסת בכירה'],
  ])('none: %s', (text) => {
    expect(hebrewEmployer(text)).toBeNull();
  });
});

describe('employers from sets 182 to 184', () => {
  it.each([
    ['[오후 3:12] 안녕하세요, 머니새 CTO 이준호입니다.\n백엔드 리드를 맡아주실 분을 찾고 있습니다.', '머니새'],
    ['저는 다온헬스케어 데이터플랫폼팀 팀장 김하늘입니다.', '다온헬스케어'],
  ])('a manager introducing themself: %s', (text, name) => {
    expect(koreanEmployer(text)).toBe(name);
  });

  it('does not take a headhunter’s own introduction', () => {
    expect(koreanEmployer('안녕하세요, 서치펌 다리놓기 대표 김민수입니다.')).toBeNull();
  });

  it('reads a Hebrew recruiter’s client named as "my client, the company X"', () => {
    expect(hebrewEmployer('הלקוחה שלי, חברת Medorix (מכשור רפואי, 140 עובדים), מחפשת ראש/ת צוות DevOps.')).toBe('Medorix');
  });
});

describe('a Hebrew writer’s firm in quotes after "at"', () => {
  it.each([
    ['אני מגייסת טכנולוגית ב"שקד מערכות השקיה" מגבעת חיים.', 'שקד מערכות השקיה'],
    ['אני מגייסת ב"אורביט" ואנחנו מחפשים מפתח.', 'אורביט'],
  ])('%s', (text, firm) => {
    expect(hebrewEmployer(text)).toBe(firm);
  });
});

describe('a Korean firm by "솔루션" over a wrapped line, a Japanese writer’s own firm, a Chinese firm with its branch’s city, a venue in corner brackets', () => {
  it.each([
    ['현재 한결에너지솔루션(이차전지 소재, 코스닥 상장)에서\n셀 공정개발 파트장 포지션을 독점으로 진행하고 있습니다.', '한결에너지솔루션'],
    ['大輔くん、久しぶり！山本工業の山本です。鳶の職長を探してる。', '山本工業'],
    ['BOSS直聘\n\n刘女士 · 人事经理\n顺达冷链物流（昆山）有限公司 · 刚刚活跃', '顺达冷链物流（昆山）有限公司'],
    ['我同朋友喺尖沙咀新開咗間粵菜館「聚福軒」，下個月試業，想搵你返嚟做點心主管。', '聚福軒'],
  ])('%s', (text, expected) => {
    expect(readMessage(text).company).toBe(expected);
  });

  it('names no firm from a Japanese greeting without a trade word', () => {
    expect(readMessage('大輔くん、久しぶり！山本の山本です。').company).toBeNull();
  });
});

describe('an Arabic venue by its kind and name, a Chinese name with its branch city before its trade', () => {
  it.each([
    ['فندق "نجمة البحر ريزورت" في دبي يطلب موظفين استقبال فوراً', 'نجمة البحر ريزورت'],
    ['مطلوب شيف لمطعم بيت الريحان في أبوظبي', 'مطعم بيت الريحان'],
    ['يعلن منتجع رمال العقبة عن حاجته إلى مشرف استقبال', 'منتجع رمال العقبة'],
    ['公司：蓝海数科（上海）信息技术有限公司\n岗位：后端开发', '蓝海数科（上海）信息技术有限公司'],
  ])('reads the employer in %s', (text, company) => {
    expect(readMessage(text).company).toBe(company);
  });
  it('reads no venue in a kind described', () => {
    expect(readMessage('مطلوب مدير مطعم راقي في أبوظبي').company).toBeNull();
  });
});
