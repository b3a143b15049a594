import { describe, expect, it } from 'vitest';
import { readMessage } from '../../../src/core/message/index.js';
import { roleInScript } from '../../../src/core/message/script-roles.js';

describe('a job title written in Japanese, Korean, Chinese or Arabic', () => {
  it.each([
    ['- 포지션: 시니어 백엔드 개발자 (주문/정산 플랫폼)', '시니어 백엔드 개발자 (주문/정산 플랫폼)'],
    ['岗位：高级感知算法工程师（BEV / Occupancy 方向）', '高级感知算法工程师（BEV / Occupancy 方向）'],
    ['📌 職缺：兼職咖啡師／門市夥伴（PT）', '兼職咖啡師／門市夥伴（PT）'],
    [
      '【募集職種】\nプロダクトマネージャー（加盟店向け決済プラットフォーム）\n',
      'プロダクトマネージャー（加盟店向け決済プラットフォーム）',
    ],
    ['現在、当社では事業拡大に伴い、プロダクトマネージャーを募集しております。', 'プロダクトマネージャー'],
    ['我们诚聘高级会计，欢迎投递简历', '高级会计'],
    ['الموضوع: رد: وظيفة محاسب تكاليف - مصنع العاشر من رمضان', 'محاسب تكاليف'],
    ['عندنا وظيفة محاسب تكاليف في المصنع', 'محاسب تكاليف'],
  ])('%s', (text, title) => {
    expect(roleInScript(text)).toBe(title);
  });

  it.each([['岗位：'], ['직무: 5년 이상'], ['Position: Backend Engineer'], ['عندنا وظيفة في المصنع']])(
    'none: an empty label, a figure, a message in Latin letters, a job named by no title: %s',
    (text) => {
      expect(roleInScript(text)).toBeNull();
    },
  );

  it('is asked only when the English-letter rules find no title', () => {
    expect(readMessage('Subject: Senior Backend Engineer\n\n- 포지션: 시니어 백엔드 개발자').role).toBe('Senior Backend Engineer');
    expect(readMessage('안녕하세요\n- 포지션: 시니어 백엔드 개발자').role).toBe('시니어 백엔드 개발자');
  });
});

describe('titles from sets 126 and 127, after their measure', () => {
  it.each([
    ['我们正在招【大客户销售经理（华南区）】，直接向销售副总裁汇报', '大客户销售经理（华南区）'],
    ['我們正在招募 ☕ 門市儲備幹部 ☕', '門市儲備幹部'],
    ['الموضوع: فرصة وظيفية – مهندس مدني أول (مشاريع البنية التحتية) – الرياض', 'مهندس مدني أول'],
    ['דרוש/ה נציג/ת תמיכה טכנית – משמרות ערב (מתאים לסטודנטים)', 'נציג/ת תמיכה טכנית'],
    ['Bên chị đang tuyển Kế toán trưởng cho nhà máy ở Tân Uyên.', 'Kế toán trưởng'],
    ['🔥 TUYỂN GẤP 20 NHÂN VIÊN KINH DOANH BẤT ĐỘNG SẢN 🔥', 'NHÂN VIÊN KINH DOANH BẤT ĐỘNG SẢN'],
    ['Dibutuhkan segera *Kurir Pengantar Paket* (10 orang)', 'Kurir Pengantar Paket'],
  ])('%s', (text, title) => {
    expect(roleInScript(text)).toBe(title);
  });

  it('"tuyển dụng" as a noun names no job (a guard, passing before too)', () => {
    expect(roleInScript('Chị là trưởng phòng nhân sự, phụ trách tuyển dụng.')).toBeNull();
  });
});
