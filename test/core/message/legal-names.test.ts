import { describe, expect, it } from 'vitest';
import { readMessage } from '../../../src/core/message/index.js';
import { legalName } from '../../../src/core/message/legal-names.js';
import { roleInScript } from '../../../src/core/message/script-roles.js';

describe('an employer named by its legal form in other scripts and languages', () => {
  it.each([
    ['件名：【年収800万〜1,100万円】プロダクトマネージャー／株式会社ミナトペイ', '株式会社ミナトペイ'],
    ['ミナトペイ株式会社の北村と申します。', 'ミナトペイ株式会社'],
    ['はじめまして。株式会社ひかり物流 採用担当です。', '株式会社ひかり物流'],
    ['株式会社ミナトペイにて採用を担当しております。', '株式会社ミナトペイ'],
    ['(주)두레커머스 채용팀입니다.', '(주)두레커머스'],
    ['고객사는 간편결제 서비스를 운영하는 (주)다온페이입니다. 작년에 투자를 받았고요.', '(주)다온페이'],
    ['윤서진\n테크 리크루터 @ 두레커머스\n\n안녕하세요', '두레커머스'],
    ['公司：深蓝智驾科技（苏州），自动驾驶方向', '深蓝智驾科技（苏州）'],
    ['我们是杭州云栖数据有限公司的HR。', '杭州云栖数据有限公司'],
    ['Chào anh ạ, em là Hà, HR bên Công ty Cổ phần Phần mềm Lạc Hồng (LHS) ạ.', 'Công ty Cổ phần Phần mềm Lạc Hồng'],
    ['Terima kasih,\nDewi\nPT Sinar Bahari Logistik Tbk\nJl. Yos Sudarso 12', 'PT Sinar Bahari Logistik Tbk'],
    ['مع التحية\nشركة نجد للبتروكيماويات التخصصية\nهاتف: 013 362 4410', 'شركة نجد للبتروكيماويات التخصصية'],
    ['عميلنا شركة ساحل الواحة للتطوير العقاري في أبوظبي يبحث عن مدير مشروع', 'شركة ساحل الواحة للتطوير العقاري'],
  ])('%s', (text, name) => {
    expect(legalName(text)).toBe(name);
  });

  it.each([
    // A kind of firm described, not named; the client named after it is.
    [
      'Tiêu đề: Trưởng phòng Kế toán – Công ty sản xuất FDI Nhật Bản\n\nkhách hàng là Công ty TNHH Kasumi Precision Việt Nam tuyển',
      'Công ty TNHH Kasumi Precision Việt Nam',
    ],
    // A firm a colleague was at before is not the one hiring.
    ['وكان زميلك زمان في شركة النيل الأزرق للمشروبات. عندنا وظيفة في شركة دلتا للأغذية', 'شركة دلتا للأغذية'],
  ])('the right one of two: %s', (text, name) => {
    expect(legalName(text)).toBe(name);
  });

  it.each([
    ['Looking for a PT Barista at Bean There Cafe, weekends only.'],
    ['株式会社リクルートエージェントの山田です。'],
    ['Công ty sản xuất FDI Nhật Bản cần tuyển kế toán'],
    ['كان زميلك في شركة النيل الأزرق للمشروبات'],
  ])('none: "PT" as part-time in English, an agency, a firm only described, a former employer: %s', (text) => {
    expect(legalName(text)).toBeNull();
  });

  it('is asked only when the English-letter rules find no employer', () => {
    expect(readMessage('Hi Ana, I recruit for Quay Labs.\n\nPT Sinar Bahari Logistik Tbk, kami').company).toBe('Quay Labs');
  });
});

describe('an agency naming its client, in the Romance languages and German', () => {
  it.each([
    ['Nosso cliente é a Agroverde Cooperativa Agroindustrial, de Rio Verde (GO).', 'Agroverde Cooperativa Agroindustrial'],
    ['Nuestro cliente es Agroverde Cooperativa Agroindustrial, de Rio Verde.', 'Agroverde Cooperativa Agroindustrial'],
    ['Unser Kunde ist die Brückner Maschinenbau GmbH in Ulm.', 'Brückner Maschinenbau GmbH'],
  ])('%s', (text, name) => {
    expect(readMessage(text).company).toBe(name);
  });
});

describe('legal names from sets 126 and 127, after their measure', () => {
  it.each([
    ['Talent Acquisition Specialist | Стрикс Софтуер ЕООД', 'Стрикс Софтуер ЕООД'],
    ['Работаем в ООО «Северный Поток» с 2015 года.', 'ООО «Северный Поток»'],
    ['好日子咖啡 GoodDay Coffee 人資部\n📣【好日子咖啡】北北桃門市大徵才！', '好日子咖啡'],
    ['בברכה,\nנטקום פתרונות תקשורת בע"מ', 'נטקום פתרונות תקשורת בע"מ'],
    ['*PT Kilat Antar Nusantara* — Area Jakarta Timur\nDibutuhkan segera kurir', 'PT Kilat Antar Nusantara'],
  ])('%s', (text, name) => {
    expect(legalName(text)).toBe(name);
  });
});

describe('employers named in words, from sets 126 and 127', () => {
  it.each([
    ['Oi, tudo bem? Aqui é a Jéssica, do RH da *Solaris Energia Solar*!', 'Solaris Energia Solar'],
    ['Mon mandant, la Banque Vaudan & Cie, banque privée genevoise fondée en 1871, renforce son desk.', 'Banque Vaudan & Cie'],
    ['Nasz partner Finlogic Solutions buduje nową platformę płatności.', 'Finlogic Solutions'],
  ])('%s', (text, name) => {
    expect(readMessage(text).company).toBe(name);
  });

  it.each([
    ['Gezgin Teknoloji olarak iOS ekibimiz için bir Kıdemli iOS Geliştirici arıyoruz.', 'Kıdemli iOS Geliştirici'],
    ['Kordonsan Ambalaj olarak ekibimize bir Üretim Planlama Uzmanı katmak istiyoruz.', 'Üretim Planlama Uzmanı'],
    ['On recrute un(e) Account Executive Mid-Market basé(e) à Lyon.', 'Account Executive Mid-Market'],
  ])('a title: %s', (text, title) => {
    expect(readMessage(text).role).toBe(title);
  });
});

describe('names and titles from sets 128 to 130, after their measure', () => {
  it.each([
    ['🏢 บริษัท สยามฟู้ดเทค จำกัด (SiamFoodTech)', 'บริษัท สยามฟู้ดเทค จำกัด'],
    ['يسعدنا في شركة الرمال الذهبية للمقاولات أن نتواصل معكم بخصوص شاغر وظيفي', 'شركة الرمال الذهبية للمقاولات'],
  ])('%s', (text, name) => {
    expect(legalName(text)).toBe(name);
  });

  it('a Vietnamese company keeps its word for a company', () => {
    expect(readMessage('Chào em, chị là Thu Hà, Trưởng phòng Nhân sự bên Công ty TNHH Sao Mai Logistics.').company).toBe(
      'Công ty TNHH Sao Mai Logistics',
    );
  });

  it.each([
    ['Bên chị đang cần tuyển vị trí Kế toán trưởng cho văn phòng Quận 7', 'Kế toán trưởng'],
    ['🔹 ตำแหน่ง: เจ้าหน้าที่บุคคลอาวุโส (Senior HR Officer) 1 อัตรา', 'เจ้าหน้าที่บุคคลอาวุโส (Senior HR Officer) 1 อัตรา'],
  ])('a title: %s', (text, title) => {
    expect(roleInScript(text)).toBe(title);
  });
});

describe("legalName: a listing's line of a name and its legal form after a comma", () => {
  it.each([
    ['Mzdová účtovníčka / Mzdový účtovník\nPovažská strojárenská, a.s. · Žilina – Bytčica\nPlný úväzok', 'Považská strojárenská, a.s.'],
    ['DUOMENŲ ANALITIKAS (-Ė)\nNemuno Draudimas, UAB\n\nAtlyginimas 2600 EUR', 'Nemuno Draudimas, UAB'],
  ])('%s', (text, name) => {
    expect(legalName(text)).toBe(name);
  });

  it.each([['Hello,\nThanks, AB\nSee you'], ['Hello,\nMany thanks, AS\nSee you'], ['Hello,\nKind regards, AS']])(
    'a sign-off and its initials are no firm (guards): %s',
    (text) => {
      expect(legalName(text)).toBeNull();
    },
  );
});

describe('employers from sets 179 to 181', () => {
  it.each([
    [
      '【职达网】为您推荐 4 个新职位\n\n1. 数据分析师\n   上海云帆电商有限公司 · 徐汇区\n   15-25K\n2. 风控专员\n   鼎信消费金融 · 浦东新区\n   12-18K',
    ],
    ['职位推荐\n1. 工艺工程师 – 苏州启航精密有限公司\n2. 采购专员 – 无锡恒远电子股份有限公司\n3. 仓库主管 – 昆山立达物流有限公司'],
    ['عندنا فرصة لمحاسب عام في شركة مقاولات كبيرة في التجمع الخامس.'],
  ])('names none in a board’s digest or a firm described: %s', (text) => {
    expect(legalName(text)).toBeNull();
  });

  it('keeps the one firm a board recommends', () => {
    expect(legalName('系統為您推薦以下職缺：\n\n資料工程師\n樂程數位股份有限公司｜台北市內湖區')).toBe('樂程數位股份有限公司');
  });
});

describe('an Arabic firm: a group as well as a company, its name ending at its trade', () => {
  it.each([
    ['أنا سامي، مدير المشتريات في مجموعة الفرات للأغذية. حصلت على رقمك من زميلك', 'مجموعة الفرات للأغذية'],
    ['نبحث في مجموعة الصفوة للتطوير العقاري عن مدير مبيعات', 'مجموعة الصفوة للتطوير العقاري'],
    ['مطلوب مشرف إنتاج لـ "مجموعة الفرات للصناعات الغذائية" – فرع أكتوبر', 'مجموعة الفرات للصناعات الغذائية'],
    ['لدينا في شركة الصفوة للمقاولات وظيفة شاغرة بمسمى "مهندس موقع"', 'شركة الصفوة للمقاولات'],
    ['مطلوب *فني تكييف* لشركة الفرات الحديثة للتبريد – المقر في المعادي', 'شركة الفرات الحديثة للتبريد'],
  ])('%s', (text, name) => {
    expect(legalName(text)).toBe(name);
  });

  it.each([
    // A set of benefits, not a group of companies.
    ['نقدم مجموعة من المزايا للموظفين'],
    // A kind of firm, described with its trade or its size, and where it is: no name.
    ['عندنا فرصة لمهندس في شركة أدوية بمدينة نصر'],
    ['مطلوب موظفين لشركة كول سنتر دولية كبرى بالتجمع'],
    ['للعمل في شركة مالتي ناشونال'],
    ['عندنا فرصة في شركة مواد غذائية'],
    ['مطلوب فنيين لشركة صيانة بأكتوبر'],
  ])('none: %s', (text) => {
    expect(legalName(text)).toBeNull();
  });
});

describe('a Greek firm by its legal form', () => {
  it.each([
    ['Στην Κυκλάδες Λογισμικό Α.Ε. ψάχνουμε Backend Μηχανικό για την ομάδα μας.', 'Κυκλάδες Λογισμικό Α.Ε.'],
    ['Με εκτίμηση,\nΜαρία Ιωάννου\nΤμήμα Ανθρώπινου Δυναμικού\nΠΗΓΑΣΟΣ ΨΥΞΗ ΑΤΤΙΚΗΣ Α.Ε.\nΤηλ. 210 000 0000', 'ΠΗΓΑΣΟΣ ΨΥΞΗ ΑΤΤΙΚΗΣ Α.Ε.'],
    ['Η εταιρεία μας, Ωκεανίς Ναυτιλιακή Ε.Π.Ε., αναζητά λογιστή.', 'Ωκεανίς Ναυτιλιακή Ε.Π.Ε.'],
  ])('%s', (text, name) => {
    expect(legalName(text)).toBe(name);
  });

  it('none: a Greek word that merely ends in the letters of a form', () => {
    expect(legalName('Καλησπέρα σας, ΕΠΕΙΓΟΝ ΑΕΡΟΔΡΟΜΙΟ')).toBeNull();
  });
});

describe('more firms: a Hebrew firm that recruits, a Maghrebi firm in Latin letters, a Serbian "д.о.о."', () => {
  it.each([
    ['שחר לוגיסטיקה מגייסת מלקטים/ות למרכז ההפצה במודיעין!', 'שחר לוגיסטיקה'],
    ['شركة Atlas Contact كتقلب على:\n🎧 Téléconseillers', 'Atlas Contact'],
    ['С поштовањем,\nСлужба за људске ресурсе\nТоплана Шумадија д.о.о.', 'Топлана Шумадија д.о.о.'],
  ])('%s', (text, name) => {
    expect(readMessage(text).company).toBe(name);
  });

  it.each([['אנחנו מגייסים מפתחים לצוות'], ['החברה מגייסת עובדים חדשים']])('none: %s', (text) => {
    expect(readMessage(text).company).toBeNull();
  });
});

describe('an Estonian firm by "OÜ", a Serbian agency’s client', () => {
  it.each([
    ['Tere! Minu nimi on Triin ja tegelen värbamisega Põhjatuule Andmed OÜ-s.', 'Põhjatuule Andmed OÜ'],
    ['Lugupidamisega\nTriin Kask\nPõhjatuule Andmed OÜ', 'Põhjatuule Andmed OÜ'],
    ['Radim za Adriatic Hire, a naš klijent je Dunavska Mreža iz Novog Sada – domaća kompanija.', 'Dunavska Mreža'],
  ])('%s', (text, name) => {
    expect(readMessage(text).company).toBe(name);
  });
});

describe('an Arabic firm in a chat’s bold marks', () => {
  it('reads "تعلن *شركة نخيل الخليج للتجارة* عن"', () => {
    expect(legalName('تعلن *شركة واحة الشرق للتجارة* عن توفر وظيفة:')).toBe('شركة واحة الشرق للتجارة');
  });
});

describe('a Chinese firm before the writer’s own name', () => {
  it('reads "我是深圳云栈科技的周立伟，" as the firm', () => {
    expect(legalName('李工你好，我是杭州青木数据的王浩然，上周在技术大会上听了你的分享。')).toBe('杭州青木数据');
  });
});

describe('a Thai public company, a Chinese firm left unnamed', () => {
  it('keeps "(มหาชน)" after "จำกัด"', () => {
    expect(legalName('ดิฉันจากฝ่ายทรัพยากรบุคคล บริษัท ไทยรุ่งโรจน์ฟู้ดส์ จำกัด (มหาชน) นะคะ')).toBe('บริษัท ไทยรุ่งโรจน์ฟู้ดส์ จำกัด (มหาชน)');
  });

  it('names no firm for "公司：某头部新能源车企（上市公司，暂不方便透露名称）"', () => {
    expect(legalName('公司：某头部新能源车企（上市公司，暂不方便透露名称）')).toBeNull();
  });
});

describe('a Dari post’s labelled employer, an Urdu "(Private) Limited", a Chinese client in brackets, a Vietnamese "ở"', () => {
  it.each([
    ['🔹 عنوان وظیفه: مسئول مالی\n🔹 اداره: مؤسسه توسعه روستایی هرات (Herat Rural Development)', 'مؤسسه توسعه روستایی هرات'],
    ['میں ثناء ملک، ایچ آر مینیجر، راوی ٹیکسٹائل ملز (پرائیویٹ) لمیٹڈ، لاہور سے بات کر رہی ہوں۔', 'راوی ٹیکسٹائل ملز (پرائیویٹ) لمیٹڈ'],
    ['周晓雯：我这边有个客户是「云帆智运」，苏州的物流公司。', '云帆智运'],
    ['Chào anh, em là Duyên bên phòng nhân sự Công ty CP Thủy Sản Sông Hậu ở Cần Thơ.', 'Công ty CP Thủy Sản Sông Hậu'],
  ])('%s', (text, firm) => {
    expect(readMessage(text).company).toBe(firm);
  });
});

describe('a Bulgarian firm’s name in quotes before its legal form', () => {
  // (The name in quotes is reported without them and its form, as a name in quotes with no form is.)
  it('reads „Витоша Контакт“ ЕООД as Витоша Контакт', () => {
    expect(
      readMessage('Здравейте, Мартин,\n\nКазвам се Ралица и съм част от екипа по подбор на персонал във „Витоша Контакт“ ЕООД.').company,
    ).toBe('Витоша Контакт');
  });
});

describe('Cyrillic names in quotes: without their marks and form, with capitals inside, after a label, a centre, a chief', () => {
  it.each([
    ['Фабрика „Металопрерада Сремац" д.о.о. запошљава ОПЕРАТЕРЕ', 'Металопрерада Сремац'],
    ['Ова е порака од Охрид Транс ДООЕЛ, Охрид.', 'Охрид Транс ДООЕЛ'],
    ['Мен «Зарафшон Курилиш Груп» МЧЖ бош муҳандиси Бахтиёрман.', 'Зарафшон Курилиш Груп'],
    ['Здравствуйте! Крупный распределительный центр «ЛогистПарк Север» набирает сотрудников', 'ЛогистПарк Север'],
    ['🔸 Компания: «СтройМонолит-Восток»\n🔸 Айлыгы 150 000 рублден жогору', 'СтройМонолит-Восток'],
    ['HR-менеджер ТД «АгроСнаб»', 'АгроСнаб'],
    ['Это Роман, CTO «Волнореза» (мы делаем платформу). Был на твоём докладе на «ПитерКоде».', 'Волнореза'],
  ])('%s', (text, company) => {
    expect(readMessage(text).company).toBe(company);
  });
  it('reads no employer in a conference a talk was given at', () => {
    expect(readMessage('Был на твоём докладе на «ПитерКоде» в ноябре.').company).toBeNull();
  });
});

describe('Chinese and Arabic employers named by what they are (sets 482 and 483, after their reading)', () => {
  it.each([
    ['【顺发人力】苏州吴江恒达精密电子厂急招普工100名！包吃包住', '苏州吴江恒达精密电子厂'],
    ['李明 | 青柚家居 · 品牌总监\n\n你好！我们是青柚家居（做原创家具），想和你聊聊。', '青柚家居'],
    ['你好，我是杭州极光智造的王磊，看到你的开源项目。我们一个客户现场也在用它。', '杭州极光智造'],
    ['أسواق النخيل: مطلوب بائعين لفروعنا بجدة. للتقديم أرسل سيرتك', 'أسواق النخيل'],
    ['نحن في بنك الرافدين الأهلي بصدد إطلاق منصة جديدة للمدفوعات', 'بنك الرافدين الأهلي'],
    ['مساء الخير، معك سامي مدير العمليات في متاجر ورد للعطور 🌹', 'متاجر ورد للعطور'],
    ['نحن في هيئة تطوير مدينة النخيل نبحث عن خبير مناخ', 'هيئة تطوير مدينة النخيل'],
  ])('%s', (text, expected) => {
    expect(readMessage(text).company).toBe(expected);
  });
  it.each([['昆山某大型电子厂急招普工，包吃包住'], ['مطلوب مدير مبيعات، خبرة في أسواق الخليج لا تقل عن 5 سنوات']])(
    'names no employer in %s',
    (text) => {
      expect(readMessage(text).company).toBeNull();
    },
  );
});

describe('a name in quotes before a Central Asian or Armenian legal form or word for a company (set 516, after its reading)', () => {
  it.each([
    ['Assalomu alaykum! "Mehr Savdo" kompaniyasiga SOTUV MENEJERLARI kerak!', 'Mehr Savdo'],
    ['Malika HR | "Oltin Vodiy Logistika" MCHJ, [16.06.2025 9:41]', 'Oltin Vodiy Logistika'],
    ['«Գառնի Փաթեթավորում» ՍՊԸ-ին պահանջվում են փաթեթավորողներ։', 'Գառնի Փաթեթավորում'],
    ['«Оңтүстік Жарық Энергия» АҚ бас бухгалтер іздейді.', 'Оңтүстік Жарық Энергия'],
  ])('%s', (text, expected) => {
    expect(readMessage(text).company).toBe(expected);
  });
  it('takes no quoted phrase without a form or a company word after it', () => {
    expect(readMessage('Biz "eng yaxshi" jamoamiz, ishga taklif qilamiz.').company).toBeNull();
  });
});
