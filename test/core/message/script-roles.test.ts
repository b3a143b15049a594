import { describe, expect, it } from 'vitest';
import { readMessage, readMessageText } from '../../../src/core/message/index.js';
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

describe('a Korean title named in a sentence, a table or a job’s line', () => {
  it.each([
    ['이번에 제안드리는 건 시니어 데이터 엔지니어 포지션이에요.', '시니어 데이터 엔지니어'],
    ['핀테크 기업 나래페이에서 정산 백엔드 개발자(시니어)를 채용 중입니다.', '정산 백엔드 개발자(시니어)'],
    ['저희 팀에서 프로덕트 디자이너 한 분을 모시려고 하는데요', '프로덕트 디자이너'],
    ['🚚 소망택배 동탄센터\n배송기사 대규모 모집 (20명)', '배송기사'],
    ['| 항목 | 내용 |\n|---|---|\n| 포지션 | 서버 개발자 (시니어) |\n| 연봉 | 협의 |', '서버 개발자 (시니어)'],
    ['[달빛스튜디오] 시니어 클라이언트 개발자 (신규 프로젝트)\n- 연봉 협의', '시니어 클라이언트 개발자'],
    ['제가 진행 중인 가온모빌리티 프론트엔드 리드 포지션이 잘 맞으실 것 같아요.', '프론트엔드 리드'],
    ['고객사(사명은 미팅 후 공개)의 물류센터 운영 매니저 포지션인데요', '물류센터 운영 매니저'],
    // A label's value wrapped onto the next line of a marked list.
    ['▶ 포지션: 결제 플랫폼\n개발 팀장 (Java·Spring, Kafka)\n▶ 연봉: 협의', '결제 플랫폼 개발 팀장'],
    // The detail in brackets after a label's title: a team's size, the years asked.
    ['- 포지션: 데이터 플랫폼 팀장 (Spark, 팀원 6명)', '데이터 플랫폼 팀장'],
    ['- 포지션: 시니어 서버 개발자 (결제플랫폼팀)', '시니어 서버 개발자'],
    // Of two positions named, the one offered; not the one also open and closed.
    ['원래 플랫폼 리드 포지션도 열려 있었는데 마감됐고요.\n제안드리는 건 시니어 백엔드 개발자 포지션이에요.', '시니어 백엔드 개발자'],
  ])('%s', (text, title) => {
    expect(roleInScript(text)).toBe(title);
  });

  it.each([
    ['제가 진행 중인 포지션 간단히 공유드립니다.'],
    ['좋은 인재를 찾고 있습니다.'],
    ['[김도현] [오후 2:40] 안녕하세요'],
    ['▶ 포지션: 결제 플랫폼\n개발 팀장\n연봉은 협의'],
  ])('none or not run on: %s', (text) => {
    const found = roleInScript(text);
    expect(found === null || !found.includes('연봉')).toBe(true);
    if (!text.startsWith('▶')) expect(found).toBeNull();
  });

  it('reads the numbered item a Korean message says is the one: "2번이 딱 맞을 것 같아요"', () => {
    const found = readMessage(
      [
        "고객사는 핀테크 '나래페이'이고, 지금 3개 포지션을 열었습니다.",
        '',
        '1) 백엔드 개발자 (주니어, 3~5년) – 연봉 5,000만~6,000만원',
        '2) 시니어 백엔드 개발자 (정산, 7년 이상) – 연봉 7,000만~8,000만원',
        '3) 데이터 엔지니어 (5년 이상) – 연봉 6,000만~7,000만원',
        '',
        '경험 생각하면 2번이 딱 맞을 것 같아요.',
      ].join('\n'),
    );
    expect(found.role).toBe('시니어 백엔드 개발자 (정산, 7년 이상)');
    expect(found.company).toBe('나래페이');
    expect(found.pay).toMatchObject({ min: 70_000_000, max: 80_000_000, currency: 'KRW' });
  });
});

describe('a Hebrew title after "for the role of", "we are looking for" or "a post"', () => {
  it.each([
    ['אנחנו מחפשים סטודנט/ית לתפקיד מנתח/ת נתונים במשרה חלקית.', 'מנתח/ת נתונים'],
    ['ואנחנו מחפשים מהנדס/ת DevOps בכיר/ה לצוות התשתיות.', 'מהנדס/ת DevOps בכיר/ה'],
    ['ומגייסים מעצב/ת מוצר (UX) לצוות הליבה', 'מעצב/ת מוצר'],
    ['חברה שמחפשת ראש צוות QA שיוביל צוות של 4 אנשים', 'ראש צוות QA'],
    ['יש לנו משרת סטודנט/ית: נציג/ת שירות בצוות התמיכה', 'נציג/ת שירות'],
    ['יש לי משרה שנראית לי מתאימה - מפתח/ת Android בחברת פינטק', 'מפתח/ת Android'],
    ['התפקיד: מהנדס/ת נתונים בצוות ה-Data Platform', 'מהנדס/ת נתונים'],
  ])('%s', (text, title) => {
    expect(roleInScript(text)).toBe(title);
  });

  it.each([['אנחנו מחפשים אנשים טובים'], ['אנחנו מחפשים לגייס בקרוב'], ['שלום, מה שלומך?']])('none: %s', (text) => {
    expect(roleInScript(text)).toBeNull();
  });

  it('reads a subject’s title after its label’s colon: "משרה חדשה: …"', () => {
    expect(readMessage('Subject: משרה חדשה: נציג/ת מכירות – 55 ₪ לשעה\n\nשלום,\nרצינו לעדכן אותך על משרה חדשה:\nמיקום: חולון').role).toBe(
      'נציג/ת מכירות',
    );
  });
});

describe('a Japanese or Chinese title by its label alone on a line, after a bracket, or before "のポジション"', () => {
  it.each([
    ['■ポジション\nインフラエンジニア（クラウド）\n\n■想定年収\n600万円', 'インフラエンジニア（クラウド）'],
    ['■募集職種\n営業事務（契約社員）', '営業事務'],
    ['【募集職種】倉庫内ピッキングスタッフ（日勤）', '倉庫内ピッキングスタッフ'],
    ['[沟通职位] 后端开发工程师（支付方向） | 30-45K·14薪 | 杭州', '后端开发工程师'],
    ['今回は、株式会社ミナトテック様のデータエンジニア（分析基盤）のポジションです。', 'データエンジニア'],
  ])('%s', (text, title) => {
    expect(roleInScript(text)).toBe(title);
  });

  it.each([['■ポジションについて詳しくご説明します。'], ['ぜひご紹介したい求人のご案内です。']])('none: %s', (text) => {
    expect(roleInScript(text)).toBeNull();
  });

  it('prefers the script’s labelled title to a bare abbreviation the English-letter rules found', () => {
    const found = readMessage(
      '件名：求人のご紹介\n\n■ポジション：バックエンドエンジニア（リード）\n■想定年収：800万円〜1,000万円\n\nCTOの方が山田様のご経歴に関心をお持ちです。',
    );
    expect(found.role).toBe('バックエンドエンジニア（リード）');
  });

  it('keeps an English title the English-letter rules found in full', () => {
    expect(readMessage('Subject: Senior Backend Engineer\n\n■ポジション：バックエンドエンジニア').role).toBe('Senior Backend Engineer');
  });
});

describe('titles from sets 179 to 181', () => {
  it.each([
    ['陈晓琳: 岗位是【高级后端开发工程师】，base杭州，双休', '高级后端开发工程师'],
    ['■募集職種\n経理スタッフ（月次・年次決算\n補助）', '経理スタッフ'],
    ['먼저 저희 회사 생산관리 매니저 포지션에 지원해 주셔서 감사드립니다.', '생산관리 매니저'],
    ['אני מחפשת Data Team Lead שיוביל 4 אנליסטים.', 'Data Team Lead'],
    ['הטווח לתפקיד הוא 40-48 אלף ש"ח.\nאני מחפש Product Manager לצוות התשלומים.', 'Product Manager'],
    ['אני מגייסת ב-Kestrel Data ואנחנו מחפשים מפתח/ת Backend לצוות.', 'מפתח/ת Backend'],
  ])('%s', (text, title) => {
    expect(roleInScript(text)).toBe(title);
  });

  it('prefers a Hebrew message’s own title to the writer’s English headline', () => {
    const found = readMessage(
      'Noa Levi · 1st\nVP R&D at Ramot Medical\n\nהיי,\nאני מחפשת Engineering Team Lead שיוביל 5 מפתחים.\nהטווח לתפקיד הוא 45-52 אלף ש"ח ברוטו לחודש.',
    );
    expect(found.role).toBe('Engineering Team Lead');
  });
});

describe('titles from sets 182 to 184', () => {
  it.each([
    ['정산/송금 쪽 백엔드를 새로 꾸리고 있는데요, 백엔드 리드를 맡아주실 분을 찾고 있습니다.', '백엔드 리드'],
    ['הלקוחה שלי, חברת Medorix (מכשור רפואי), מחפשת ראש/ת צוות DevOps שינהל/תנהל צוות של 5.', 'ראש/ת צוות DevOps'],
  ])('%s', (text, title) => {
    expect(roleInScript(text)).toBe(title);
  });
});

describe('an Arabic title after the words that say a post is open', () => {
  it.each([
    ['مطلوب *فني تكييف* لشركة الفرات للتبريد', 'فني تكييف'],
    ['📢 مطلوب فوراً\n━━━━━━\nمشرف إنتاج لـ "مجموعة الفرات" – فرع أكتوبر', 'مشرف إنتاج'],
    ['تعلن شركة الصفوة للمقاولات عن حاجتها إلى:\n\n👷 *مهندس موقع أول (أعمال كهربائية)*\n', 'مهندس موقع أول'],
    ['تعلن الشركة عن حاجتها لـ:\nممرضات مقيمات للعمل في الرعاية المنزلية بمدينة جدة', 'ممرضات مقيمات'],
    ['عندنا مكان لمصمم جرافيك في المقر الرئيسي', 'مصمم جرافيك'],
    ['عندنا فرصة لمندوب مبيعات في شركة أغذية كبيرة', 'مندوب مبيعات'],
    ['تعلن المؤسسة عن توفر وظيفة:\n*أخصائي موارد بشرية* (سعودي الجنسية)', 'أخصائي موارد بشرية'],
  ])('%s', (text, title) => {
    expect(roleInScript(text)).toBe(title);
  });

  it.each([
    // What is wanted of the person, not a post: experience, a degree.
    ['ومطلوب خبرة 3 سنين على الأقل'],
    ['مطلوب بكالوريوس محاسبة'],
    // A chance spoken of, with no job's word after it.
    ['عندنا فرصة كويسة ليك'],
  ])('none: %s', (text) => {
    expect(roleInScript(text)).toBeNull();
  });
});

describe('titles in Chinese, Hebrew and Darija posts', () => {
  it.each([
    ['┌──────┬──────────┐\n│ 職務名稱 │ 品保工程師（客訴）  │\n│ 工作地點 │ 台中 │', '品保工程師（客訴）'],
    ['冒昧私訊，我們團隊在找 資深後端工程師，主要做金流系統', '資深後端工程師'],
    ['שחר לוגיסטיקה מגייסת מלקטים/ות למרכז ההפצה במודיעין!', 'מלקטים/ות'],
    ['مركز اتصال كتقلب على:\n🎧 Téléconseillers – plateau francophone', 'Téléconseiller'],
  ])('%s', (text, title) => {
    expect(readMessage(text).role).toBe(title);
  });

  it('a Chinese signature’s "Name｜Title" is the writer’s own, not the job', () => {
    const text = '我們團隊在找 資深前端工程師，主要做數據儀表板\n——\n王志豪｜Engineering Manager\n雲栖數位科技股份有限公司';
    expect(readMessage(text).role).toBe('資深前端工程師');
  });
});

describe('a Thai title after "รับสมัคร", up to the sexes or the count of posts', () => {
  it.each([
    ['📢 ด่วน! รับสมัคร พนักงานขับรถส่งของ 10 อัตรา\n💰 เงินเดือน 14,000 บาท', 'พนักงานขับรถส่งของ'],
    ['📣 รับสมัครด่วน!! ช่างซ่อมบำรุง ชาย อายุ 20-40 ปี', 'ช่างซ่อมบำรุง'],
  ])('%s', (text, title) => {
    expect(roleInScript(text)).toBe(title);
  });

  it.each([['📣📣 ด่วน!! รับสมัครหลายอัตรา 📣📣'], ['สยามโลจิสติกส์ รับสมัครงาน ✅'], ['⏰ ปิดรับสมัคร 15 ธ.ค. 2568']])(
    'none: hiring for many posts, "now hiring", a closing date: %s',
    (text) => {
      expect(roleInScript(text)).toBeNull();
    },
  );
});

describe('Chinese titles after a measure word or in corner brackets; a recruiter’s own "招募專員" is no title', () => {
  it.each([
    ['我们团队在招一个【高级数据开发工程师】，主要做实时数仓', '高级数据开发工程师'],
    ['資深招募專員｜晶華光電股份有限公司\n\n我們正在招募「設備工程師（資深）」，工作內容主要是機台維護。', '設備工程師（資深）'],
  ])('%s', (text, title) => {
    expect(readMessage(text).role).toBe(title);
  });
});

describe('a Thai title on the line after "เปิดรับตำแหน่ง"', () => {
  it('reads "📌 นักบัญชีอาวุโส" under "ตอนนี้ทางบริษัทเปิดรับตำแหน่ง"', () => {
    expect(roleInScript('ตอนนี้ทางบริษัทเปิดรับตำแหน่ง\n📌 เจ้าหน้าที่จัดซื้ออาวุโส\nประจำสำนักงานใหญ่')).toBe('เจ้าหน้าที่จัดซื้ออาวุโส');
  });
});

describe('titles on a chat’s next line in Korean, a Hebrew title before its group, a Persian firm in quotes', () => {
  it('reads the title after a line that ends on "포지션은"', () => {
    expect(
      roleInScript(
        '[이서연 | 피플브릿지] [오후 2:15] 고객사는 한빛모빌리티이고 포지션은\n[이서연 | 피플브릿지] [오후 2:15] iOS 개발자 (시니어 / 7년 이상)',
      ),
    ).toBe('iOS 개발자');
  });

  it('stops a Hebrew title at the group it is for', () => {
    expect(readMessage('אנחנו באורביט מגייסים ראש/ת צוות DevOps לקבוצת הפלטפורמה – צוות של 6 אנשים.').role).toBe('ראש/ת צוות DevOps');
  });

  it('reads a Persian firm in its quotation marks after "شرکت"', () => {
    expect(readMessage('شرکت دانش‌بنیان «رایان‌پردازان آوا» (فعال در حوزه پرداخت الکترونیک) دعوت به همکاری می‌نماید').company).toBe(
      'رایان‌پردازان آوا',
    );
  });
});

describe('Chinese and Cantonese: a title after a bracketed call for staff or "想請一位", a LINE account’s name, "我係X嘅"', () => {
  it.each([
    ['茶浪 TeaWave 官方帳號\n【全台徵才】門市儲備幹部 開缺中 🧋\n\n💰 薪資：月薪 NT$38,000 起', '門市儲備幹部', '茶浪 TeaWave'],
    [
      'Chan Sir 你好！我係啟思教育中心嘅 Ms Wong 😊\n今年我哋將軍澳分校想請一位兼職DSE數學導師，逢星期二晚上。',
      '兼職DSE數學導師',
      '啟思教育中心',
    ],
  ])('%s', (text, role, company) => {
    const read = readMessage(text);
    expect(read.role).toBe(role);
    expect(read.company).toBe(company);
  });

  it('takes no title from a bracketed tag that names none: "【全台徵才】歡迎來信"', () => {
    expect(readMessage('【全台徵才】歡迎來信詢問').role).toBeNull();
  });
});

describe('a title in Urdu and Tamil, and a Chinese label after a chat’s sender', () => {
  it.each([
    ['ہمیں اسپننگ ڈیپارٹمنٹ کے لیے پروڈکشن مینیجر چاہیے۔', 'پروڈکشن مینیجر'],
    ['அனுபவமுள்ள *தச்சர் (Carpenter)* 10 பேர் உடனடியாக தேவை.', 'தச்சர் (Carpenter)'],
    ['周晓雯 Vivian：岗位：高级规划算法工程师', '高级规划算法工程师'],
  ])('%s', (text, role) => {
    expect(roleInScript(text)).toBe(role);
  });
});

describe('an Arabic title in quotes after "لوظيفة", or after a subject’s "فرصة وظيفية:"', () => {
  it.each([
    ['لدينا شاغر لوظيفة "مهندس مدني أول" ضمن فريق مشاريع البنية التحتية في الرياض.', 'مهندس مدني أول'],
    ['Subject: فرصة وظيفية: مهندس مدني أول – مشاريع البنية التحتية (الرياض)\n\nالسلام عليكم', 'مهندس مدني أول'],
  ])('%s', (text, role) => {
    expect(readMessage(text).role).toBe(role);
  });
});

describe('a Hebrew firm in quotes that recruits, its town after it', () => {
  const text = 'GaneiHadar\nהיום 09:12\n\nבית אבות "גני הדר" ברחובות מגייס אחים/אחיות מוסמכים/ות למחלקה הסיעודית!\n✔️ שכר: 58 ₪ לשעה';
  it('reads the firm and the title, not the ward', () => {
    const read = readMessage(text);
    expect(read.company).toBe('גני הדר');
    expect(read.role).toBe('אחים/אחיות מוסמכים/ות');
  });
});

describe('a Korean part leader, a Chinese label inside a sentence, a Japanese "を探してる", a Chinese post named before its word', () => {
  it.each([
    [
      '현재 한결에너지솔루션(이차전지 소재, 코스닥 상장)에서\n셀 공정개발 파트장 포지션을 독점으로 진행하고 있습니다.',
      '셀 공정개발 파트장',
    ],
    ['目前手上有个某头部新能源车企的岗位：BMS软件高级工程师，base上海嘉定', 'BMS软件高级工程师'],
    ['実は来月から横浜の再開発案件が始まって、鳶の職長を探してる。', '職長'],
    ['刘女士：您好，觉得您跟我们的仓库主管岗位很匹配，方便聊聊吗？', '仓库主管'],
    ['我們課上剛好有一個「製程工程師」的缺，我覺得很適合你。', '製程工程師'],
    ['我同朋友喺尖沙咀新開咗間粵菜館，想搵你返嚟做點心主管。', '點心主管'],
  ])('%s', (text, expected) => {
    expect(readMessage(text).role).toBe(expected);
  });

  it.each(['今、仕事を探していますか？', '我们的工作岗位很多，欢迎了解。', '想搵你返嚟做嘢。'])('reads no job in %s', (text) => {
    expect(readMessage(text).role).toBeNull();
  });
});

describe('Japanese titles with a count, an honorific, a headline, or joined "as"', () => {
  it.each([
    ['いま夜のキッチンスタッフを1名探していて、話だけでもどうですか？', 'キッチンスタッフ'],
    ['【急募】横浜市内の特養で介護スタッフ募集！', '介護スタッフ'],
    ['当事務所では現在、アソシエイト弁護士を1名募集しております。', 'アソシエイト弁護士'],
    ['立ち絵のリギングを担当していただけるLive2Dリガーさんを探しています。', 'Live2Dリガー'],
    [
      '実は現在、アカウントエグゼクティブ（エンタープライズ）としてぜひ中村様にご参画いただけないかと思い、ご連絡いたしました。',
      'アカウントエグゼクティブ',
    ],
  ])('reads the title of %s', (text, role) => {
    expect(readMessage(text).role).toBe(role);
  });
  it.each(['中村様はPMとして10年のご経験をお持ちです。', '今は仕事を探しています。'])('reads no title from %s', (text) => {
    expect(readMessage(text).role).toBeNull();
  });
  it('reads a Japanese "theoretical yearly pay" as the OTE', () => {
    expect(readMessage('条件：\n・基本給：年収800万円\n・理論年収：1,400万円（目標達成時）').ote).toMatchObject({
      min: 14000000,
      ote: true,
    });
  });
});

describe('a Chinese title without the count of openings after it', () => {
  it('reads "诚聘理财顾问30名" as 理财顾问', () => {
    expect(readMessage('【鑫泰财富】我司诚聘理财顾问30名，底薪4000+高提成').role).toBe('理财顾问');
  });
});

describe('"the post is" in a Chinese sentence', () => {
  it('reads "岗位是支付架构师，…" as the title', () => {
    expect(readMessage('您好，岗位是风控架构师，直接汇报CTO，团队30多人').role).toBe('风控架构师');
  });
  it('reads no title in a question', () => {
    expect(readMessage('请问岗位是什么？').role).toBeNull();
  });
});

describe('a title without a label of another script before it, or an Arabic word of where or how soon after it', () => {
  it.each([
    ['สวัสดีครับ\nตำแหน่ง Quality Supervisor (แผนก Welding)\nเงินเดือน 32,000 บาท', 'Quality Supervisor'],
    ['مطلوب مدير موقع بسرعة للعمل في مشروع بالقاهرة', 'مدير موقع'],
  ])('reads the title in %s', (text, role) => {
    expect(readMessage(text).role).toBe(role);
  });
  it('reads the title after a subject’s "لوظيفة"', () => {
    const found = readMessageText({ subject: 'ترشيح مبدئي لوظيفة محلل بيانات أول', body: 'مرحباً،\nنود دعوتك لمقابلة.' });
    expect(found.role).toBe('محلل بيانات أول');
  });
});

describe('Chinese and Arabic titles from sets 482 and 483, after their reading', () => {
  it.each([
    ['[职位卡片]\n高级Go开发工程师\n30-50K·14薪', '高级Go开发工程师'],
    ['王磊 极光智造：想请你来负责这块，岗位叫“边缘计算架构师”，base杭州', '边缘计算架构师'],
    ['今年在扩团队，正缺一个能独立带项目的数据产品经理。', '数据产品经理'],
    ['恒达电子厂急招普工100名！男女不限', '普工'],
    ['مطلوب بائعين سعوديين لفروعنا بجدة', 'بائعين'],
  ])('%s', (text, expected) => {
    expect(readMessage(text).role).toBe(expected);
  });
  it.each([['智联招聘 | 职位推荐\n\nHi，刘先生'], ['您好，我是科萃的招聘经理Amy，想和您聊聊。']])('reads no title in %s', (text) => {
    expect(readMessage(text).role).toBeNull();
  });
});

describe('a Korean title after "포지션은" in a KakaoTalk export (set 523, after its reading)', () => {
  it('reads the title, with no chat stamp before it', () => {
    const chat = [
      '[이수빈] [오후 9:12] 민호야 잘 지내지?? 오랜만이다',
      '[이수빈] [오후 9:14] 포지션은 로봇 제어 SW 엔지니어 (시니어)',
      '[이수빈] [오후 9:15] 관심 있으면 이력서만 보내줘!',
    ].join('\n');
    expect(readMessage(chat).role).toBe('로봇 제어 SW 엔지니어 (시니어)');
  });
});
