import { describe, expect, it } from 'vitest';
import { readMessage } from '../../../src/core/message/index.js';

// A list of jobs where the writer says which one is meant for the reader: that job's pay, employer and title.
describe('readMessage: the item of a numbered list the writer says is meant', () => {
  const list = (choice: string) =>
    'Hi Tom,\n\nHere is everything I have on:\n\n' +
    '1) BI Developer – Leeds, hybrid – £45k–£52k – retail group\n' +
    '2) Analytics Engineer – Manchester, 2 days in – £60,000–£70,000 + 10% bonus – Calderbrook Building Society\n' +
    "3) Data Platform Lead – remote – up to £85k – Series B insurtech (can't name them yet)\n\n" +
    `${choice}\n\nCheers,\nJess`;

  it.each([
    ["Number 2 is the one I'd put you forward for.", 'Analytics Engineer'],
    ["Honestly, I'd go for option 2.", 'Analytics Engineer'],
    ['#3 is the best fit, I think.', 'Data Platform Lead'],
  ])('%s', (choice, role) => {
    expect(readMessage(list(choice)).role).toBe(role);
  });

  it("reads the chosen item's pay and employer", () => {
    const found = readMessage(list("Number 2 is the one I'd put you forward for."));
    expect([found.pay?.min, found.pay?.max, found.pay?.currency]).toEqual([60000, 70000, 'GBP']);
    expect(found.company).toBe('Calderbrook Building Society');
  });

  it("an employer after a comma in the item's field: 'Khanyisa Insurance, Sandton (hybrid)'", () => {
    const text =
      'Hi Thabo,\n\n1. Senior BI Developer - a large retail group, Cape Town - R65 000 - R75 000 per month\n' +
      '2. Data Engineer - Khanyisa Insurance, Sandton (hybrid) - R720 000 - R850 000 per annum CTC\n\n' +
      "no. 2 is the one I'd really put you forward for.";
    const found = readMessage(text);
    expect([found.company, found.pay?.min, found.pay?.period]).toEqual(['Khanyisa Insurance', 720000, 'year']);
  });

  it('a list with no words naming one offers none of them (a guard)', () => {
    const found = readMessage(list('Let me know which appeals.'));
    expect([found.role, found.pay, found.company]).toEqual([null, null, null]);
  });
});

describe('readMessage: more ways of saying which listed job is meant', () => {
  it.each([
    [
      "1. QA Engineer – PKR 280,000/month\n2. Data Engineer – PKR 380,000 – 480,000/month\n\nIt's #2 obviously, the data role.",
      'Data Engineer',
    ],
    [
      'Hamare paas 3 positions hain:\n1. Spinning Manager – PKR 450k\n2. Shift Incharge – PKR 180k\n3. Maintenance Engineer (Electrical) – PKR 250k\n\naap ke liye no. 3 best rahega.',
      'Maintenance Engineer (Electrical)',
    ],
  ])('%s', (text, role) => {
    expect(readMessage(text).role).toBe(role);
  });

  it("when no item names an employer, the jobs are the writer's organisation's", () => {
    const text =
      'Main Sana hoon, HR Mehran Textile Mills Ltd. se.\n\n1. Spinning Manager – PKR 450k\n2. Maintenance Engineer – PKR 250k\n\nno. 2 best rahega.\n\nRegards\nSana\nMehran Textile Mills Ltd.';
    const found = readMessage(text);
    expect([found.role, found.pay?.min, found.company]).toEqual(['Maintenance Engineer', 250000, 'Mehran Textile Mills Ltd.']);
  });

  it('a bulleted list whose one item a later sentence names again: that title', () => {
    const text =
      'Tenemos abiertas estas posiciones:\n- Cocinero/a de Línea\n- Jefe de Partida – Cocina Caliente\n- Bartender Bilingüe\n- Supervisor/a de Ama de Llaves\n\nLa de usted sería la de Jefe de Partida – Cocina Caliente, por su experiencia.';
    expect(readMessage(text).role).toBe('Jefe de Partida – Cocina Caliente');
  });

  it('a bulleted list no later sentence names offers no title (a guard)', () => {
    const text =
      'Tenemos abiertas estas posiciones:\n- Cocinero/a de Línea\n- Jefe de Partida\n- Bartender Bilingüe\n- Supervisor/a de Ama de Llaves\n\nEscríbame.';
    expect(readMessage(text).role).toBeNull();
  });
});

describe('readMessage: a list the writer does not choose from, or that is no list of jobs (guards)', () => {
  it.each([
    [
      "1) Data Engineer – £70k\n2) Analytics Engineer – £60k–£65k\n3) Data Analyst – £42k\n\nIt's #2 that has already closed, unfortunately, so 1 or 3?",
    ],
    ["1) Data Engineer – £70k\n2) Data Analyst – £42k\n3) BI Developer – £55k\n\nIt's #2 or #3 for you really, your call."],
    ["1) Data Engineer – £70k\n2) Data Analyst – £42k\n3) BI Developer – £55k\n\nI can't recommend number 1 for you."],
  ])('no job is chosen: %s', (text) => {
    const found = readMessage(text);
    expect([found.pay, found.role]).toEqual([null, null]);
  });

  it('the steps of an interview are no list of jobs', () => {
    const text =
      'The process has three stages:\n1. Phone screen with me\n2. Technical interview with the team\n3. Final chat with the CTO\n\nIt is number 2 that most people find hardest. The role is Platform Engineer at Kestrel Logistics, £75,000.';
    expect(readMessage(text).role).toBe('Platform Engineer');
  });

  it('"I\'d go for option 2 this time" chooses, with no stop after the number', () => {
    const text = "I have two other roles in Leeds:\n1) Data Engineer – £70k\n2) Data Analyst – £42k\n\nI'd go for option 2 this time.";
    expect(readMessage(text).role).toBe('Data Analyst');
  });

  it('a bulleted list of benefits named again later gives no title', () => {
    const text =
      'We have roles for a Finance Manager, Payroll Officer and Warehouse Supervisor.\n\nBenefits:\n- Private healthcare\n- Company pension\n- Free parking\n\nPrivate healthcare covers your family too.';
    expect(readMessage(text).role).not.toBe('Private healthcare');
  });
});

describe('readMessage: "no. 2 is basically the job you are doing now"', () => {
  it('chooses the second item', () => {
    const text =
      "no. 2 is basically the job you're doing now, but with better money.\n\n1. Fleet Technical Manager – Port Klang – RM 18,000 – 22,000/month\n2. Marine Superintendent – Port Klang – RM 12,500 – 15,500/month\n3. Crewing Executive – Kuala Lumpur – RM 4,500 – 6,000/month";
    const found = readMessage(text);
    expect([found.role, found.pay?.min, found.pay?.max]).toEqual(['Marine Superintendent', 12500, 15500]);
  });
});

describe("readMessage: a chosen item's place is no employer; its first field is the title whole", () => {
  it('"Marine Superintendent – Port Klang – RM 12,500 – 15,500/month" under a firm that signs', () => {
    const text =
      "no. 2 is basically the job you're doing now.\n\n1. Fleet Technical Manager – Port Klang – RM 18,000 – 22,000/month\n2. Marine Superintendent – Port Klang – RM 12,500 – 15,500/month\n\nRegards,\nHR\nSelat Pacific Shipping Sdn Bhd";
    const found = readMessage(text);
    expect([found.company, found.role]).toEqual(['Selat Pacific Shipping Sdn Bhd', 'Marine Superintendent']);
  });

  it('"Network Operations Center (NOC) Team Lead – PHP 78,000–92,000/month"', () => {
    const text =
      "1) Workforce Management Analyst – PHP 45,000/month\n2) Network Operations Center (NOC) Team Lead – PHP 78,000–92,000/month\n\nIt's #2 obviously, given your NOC years.";
    expect(readMessage(text).role).toBe('Network Operations Center (NOC) Team Lead');
  });
});

describe('readMessage: a Croatian "najviše odgovara pozicija br. 2"', () => {
  it('chooses the second listed job', () => {
    const text =
      'šaljem pregled pozicija:\n\n1. Voditelj/ica nabave – Prehrana Sava d.d. – 2.400 – 2.900 € neto\n2. Financijski kontrolor (m/ž) – Jadran Logistika d.o.o. – 2.100 – 2.600 € neto\n3. Stručni suradnik – Medika Zapad d.o.o. – 1.500 € neto\n\nmislim da Vam najviše odgovara pozicija br. 2.';
    expect(readMessage(text).role).toBe('Financijski kontrolor (m/ž)');
  });
});

describe("readMessage: a chosen item's four-figure sum with no period", () => {
  it('is refused, not read as a year ("2.100 – 2.600 € neto")', () => {
    const text =
      '1. Voditelj/ica nabave – Prehrana Sava d.d. – 2.400 – 2.900 € neto\n2. Financijski kontrolor (m/ž) – Jadran Logistika d.o.o. – 2.100 – 2.600 € neto\n\nmislim da Vam najviše odgovara pozicija br. 2.';
    expect(readMessage(text).pay).toBeNull();
  });
});

describe('a numbered list of three jobs or more, each with its pay, none said to be the reader’s', () => {
  const list = (ask: string) =>
    [
      'Hallo,',
      '',
      'unsere aktuellen Stellenangebote am Standort Bremen:',
      '',
      '1. Disponent Stückgut (m/w/d) – Vollzeit – 3.300–3.800 € brutto/Monat',
      '2. Fachkraft für Lagerlogistik (m/w/d) – Schicht – 17,90 €/Std.',
      '3. SAP Key User (m/w/d) – Vollzeit – 55.000–62.000 € p.a.',
      '',
      ask,
      '',
      'Weserkai Logistik GmbH',
    ].join('\n');

  it('offers none of them: no pay, no title; the one employer of them all stays', () => {
    const found = readMessage(list('Jetzt bewerben!'));
    expect(found.pay).toBeNull();
    expect(found.role).toBeNull();
  });

  it('is read as before when the writer says which one is meant', () => {
    const found = readMessage(list('Number 2 is the one I’d put you forward for.'));
    expect(found.pay).toMatchObject({ min: 17.9, period: 'hour', currency: 'EUR' });
  });
});

describe('a job board’s numbered list of priced jobs whose titles the reader does not know', () => {
  const alert = [
    'مرحباً،',
    '',
    'إليك أحدث الوظائف التي تطابق تنبيهك "محاسب – الكويت" لهذا الأسبوع:',
    '',
    '1) محاسب عام – شركة المرقاب للتجارة العامة – حولي',
    '   الراتب: 450 - 550 د.ك شهرياً | خبرة 3 سنوات',
    '',
    '2) محاسب تكاليف – مصنع الجهراء الحديث للبلاستيك – الجهراء',
    '   الراتب: 700 د.ك | خبرة 5 سنوات',
    '',
    '3) مدقق حسابات داخلي – شركة استثمارية – مدينة الكويت',
    '   الراتب: غير محدد',
    '',
    '4) محاسب رواتب – مجموعة الفنار للخدمات – الشويخ',
    '   الراتب: 1,100 د.ك شامل',
    '',
  ];
  it('offers none of their pays in a board’s mail', () => {
    const headers =
      'From: Kuwait Jobs <alerts@kw-jobs.example.com>\nList-Unsubscribe: <https://kw-jobs.example.com/u>\nSubject: وظائف جديدة\n\n';
    const found = readMessage(headers + alert.join('\n'));
    expect(found.massPitch).toBe(true);
    expect(found.pay).toBeNull();
  });
});

describe('a board’s digest whose listings give the employer on the line under the title', () => {
  it('offers none of their pays', () => {
    const text = [
      'From: ErgoPortal <alerts@ergoportal.example>',
      'List-Unsubscribe: <https://ergoportal.example/u>',
      '',
      'Βρήκαμε 4 νέες αγγελίες που ταιριάζουν με την αναζήτησή σου.',
      '',
      '1) Διοικητικός/ή Υπάλληλος',
      '   Κοινωφελής Επιχείρηση Δήμου · Αθήνα',
      '   830€ μικτά/μήνα',
      '',
      '2) Υπάλληλος Υποδοχής (Front Desk)',
      '   Lykavit Suites · Κολωνάκι',
      '   1.000 - 1.150€ καθαρά',
      '',
      '3) Γραμματέας Διεύθυνσης',
      '   Heliotech ΑΕ · Χαλάνδρι',
      '   έως 1.400€ μικτά, 14 μισθοί',
    ].join('\n');
    expect(readMessage(text).pay).toBeNull();
  });
  it('reads one job’s shifts and their rates as that job’s pay', () => {
    const text =
      'Subject: Job alert\nList-Unsubscribe: <https://jobs.example/u>\n\nTemp warehouse shifts at Parcelnet, Leeds. Pay: £12.50 – £15.00 per hour\n1. Days – £12.50/hr\n2. Lates – £13.50/hr\n3. Nights – £15.00/hr';
    expect(readMessage(text).pay).toMatchObject({ min: 12.5, max: 15, period: 'hour', currency: 'GBP' });
  });
});

describe('a Vietnamese job board digest of several employers names none of them', () => {
  it('reads no employer from "5 việc làm mới phù hợp với bạn"', () => {
    const digest = [
      'Từ: ViecTot <thongbao@viectot.vn>',
      'Tiêu đề: 🔔 5 việc làm mới phù hợp với bạn hôm nay',
      '',
      '1. Kế Toán Tổng Hợp',
      '   Công ty TNHH Thương mại Hải Đăng – Quận 3, TP.HCM',
      '   💰 Lương: 14 - 18 triệu',
      '',
      '2. Kế Toán Kho',
      '   Công ty CP Nhựa Bình Minh Xanh – Bình Dương',
      '   💰 Lương: 10 - 12 triệu',
      '',
      '3. Trưởng Phòng Kế Toán',
      '   Tập đoàn Sao Việt – Hà Nội',
      '   💰 Lương: Thỏa thuận',
      '',
      'Hủy đăng ký | Quản lý thông báo',
    ].join('\n');
    const read = readMessage(digest);
    expect(read.company).toBeNull();
    expect(read.massPitch).toBe(true);
  });
});

describe('a numbered list of jobs whose names the reader may not know, each priced under its line', () => {
  it('offers none of them: no pay, no title, its one employer kept', () => {
    const text = [
      'LOWONGAN KERJA TERBARU',
      'PT Sinar Jaya Abadi Tbk membuka kesempatan untuk posisi:',
      '',
      '1️⃣ Staff Admin Gudang',
      '   • Gaji Rp 5.200.000 – Rp 5.600.000 / bulan',
      '2️⃣ Drafter AutoCAD',
      '   • Gaji Rp 6.500.000 – Rp 8.000.000 / bulan',
      '3️⃣ Sales Engineer',
      '   • Gaji Rp 9.000.000 – Rp 11.000.000 / bulan',
    ].join('\n');
    const read = readMessage(text);
    expect(read.pay).toBeNull();
    expect(read.role).toBeNull();
    expect(read.company).toBe('PT Sinar Jaya Abadi Tbk');
  });
});

describe('a reply over a quoted earlier mail', () => {
  it('reads the reply’s revised pay, not the quoted one', () => {
    expect(
      readMessage(
        'Hi Marek,\n\nThe bank approved a revised range of €90,000–€100,000 base for you.\n\n> On Mon, Ciara wrote:\n> Salary is €85,000 – €95,000 + 10% bonus.',
      ).pay,
    ).toMatchObject({ min: 90000, max: 100000, period: 'year', currency: 'EUR' });
  });

  it('reads the quoted mail’s pay when the reply only tells back the reader’s ask', () => {
    expect(
      readMessage(
        'Hi Marek, I hear you want €110,000 – I will push them, but I cannot promise.\n\n> On Mon, Ciara wrote:\n> Salary is €85,000 – €95,000 + 10% bonus.',
      ).pay,
    ).toMatchObject({ min: 85000, max: 95000 });
  });
});

describe('a reply over a quoted earlier mail: the same figure, a raise', () => {
  it('keeps the quoted OTE when the reply asks about the same figure', () => {
    const read = readMessage(
      'Hi Marcus,\n\nOne question: is the $180K split 50/50?\n\nJenna\n\n> Hi Jenna,\n> - OTE $180K (uncapped commission), plus equity\n> - Quota ~$900K ARR',
    );
    expect(read.pay).toMatchObject({ min: 180000, ote: true });
  });

  it('reads "come up to $2,850 per week" as the new figure, not a ceiling', () => {
    expect(readMessage('Good news – they have come up to $2,850 per week plus super in Wagga.').pay).toMatchObject({
      min: 2850,
      max: null,
      period: 'week',
    });
  });
});

describe('a roundup whose numbered lines give a job, its employer and its town names none of them', () => {
  const roundup = [
    'THE WEEKLY YARD — Issue #40',
    '',
    'Hi there,',
    '',
    'Four roles caught our eye this week:',
    '',
    '1) Tree Surgeon — Hollins Tree Care, York',
    '   £16–£19/hr, own kit preferred',
    '',
    '2) Warehouse Shift Supervisor — Eastgate Distribution, Corby',
    '   £33,000 + shift allowance',
    '',
    '3) HGV Class 1 Driver (nights) — Marlin Haulage, Avonmouth',
    '   £18.90/hr',
    '',
    '4) Seasonal Deckhand — Tamar Boat Co., Plymouth',
    '   £2,000 per month',
    '',
    'Unsubscribe | Update preferences',
  ].join('\n');

  it('reads no employer, title or pay', () => {
    const read = readMessage(roundup);
    expect([read.company, read.role, read.pay]).toEqual([null, null, null]);
  });

  it('names the employer when every line is at the same one', () => {
    const same = roundup.replace(/— [A-Z][^,\n]+,/g, '— Hollins Tree Care,');
    expect(readMessage(same).company).toBe('Hollins Tree Care');
  });
});

describe('a Turkish job alert announcing its new listings names none of their employers', () => {
  it('reads no employer from "37 yeni ilan" over four listings', () => {
    const alert = [
      'Merhaba Elif,',
      '',
      'Son 24 saatte profiline uygun 37 yeni ilan yayınlandı.',
      '',
      '1) Dış Ticaret Uzmanı',
      '   Karadeniz Gıda İhracat A.Ş. – Giresun',
      '   Net maaş: 40.000 TL / ay',
      '   Tam zamanlı · En az 3 yıl deneyim',
      '',
      '2) Kalite Kontrol Şefi',
      '   Ege Havlu Sanayi Ltd. Şti. – Denizli',
      '',
      '3) Gemi İnşa Mühendisi',
      '   Marmara Tersanecilik A.Ş. – İstanbul',
      '',
      'Bildirim ayarlarını değiştirmek veya abonelikten çıkmak için buraya tıkla.',
    ].join('\n');
    const read = readMessage(alert);
    expect([read.company, read.role, read.pay]).toEqual([null, null, null]);
  });
});

describe('a digest whose titles are in another script names no employer', () => {
  it('reads no employer, title or pay from a Korean alert of five jobs, "N. 제목 — (주)회사"', () => {
    const alert = [
      '(광고)[커리어픽] 이지훈님, 오늘의 맞춤 추천 공고 5건이 도착했어요',
      '',
      '1. 백엔드 개발자 (Java/Spring) — (주)한빛모빌리티',
      '   경력 3~7년 · 서울 강남구 · 연봉 5,000~7,000만원 · 마감 D-5',
      '',
      '2. 서버 개발자 (결제 플랫폼) — 페이온코리아(주)',
      '   경력 5년 이상 · 서울 서초구 · 회사내규에 따름',
      '',
      '3. 시니어 백엔드 엔지니어 — (주)데일리그린',
      '   경력 7년 이상 · 서울 성동구 · 연봉 8,000만원 이상',
      '',
      '수신을 원하지 않으시면 [수신거부]를 클릭해 주세요.',
    ].join('\n');
    const read = readMessage(alert);
    expect([read.company, read.role, read.pay]).toEqual([null, null, null]);
  });
});

describe('job alerts: a listing’s tag and a heading over the only job', () => {
  it('takes a "Featured" line closing a listing for its tag, not a heading over the next one', () => {
    const alert =
      'Subject: 6 new jobs for "project coordinator" in Brisbane QLD\n\nHi Lachlan,\n\nHere are the latest jobs matching your saved search.\n\n' +
      'Project Coordinator – Civil Infrastructure\nTarrawong Civil Pty Ltd · Eagle Farm QLD\n$95,000 – $105,000 + super\nPosted 2d ago\n\n' +
      'Project Coordinator (12-month contract)\nBrisbane Riverside Council · Brisbane City QLD\n$52.40 – $56.10 per hour\nPosted 3d ago\n\n' +
      'Project Support Officer\nPine Rivers Water Authority · Strathpine QLD\n$78,000 – $84,000\nFeatured\n\n' +
      'Project Coordinator – IT\nRecruited by Coral Talent Group\nUp to $110k + super\nPosted 1w ago\n\nView all 6 jobs →\n\nManage alerts | Unsubscribe';
    const read = readMessage(alert);
    expect(read.pay).toBeNull();
    expect(read.role).toBeNull();
  });

  it('reads the one job under "Recommended for you" as the job offered', () => {
    const mail =
      'From: CareerNest South Africa <jobs@careernest.co.za>\nSubject: Sizwe, a new job matches your profile: Warehouse Supervisor\n\n' +
      'Recommended for you\n\nWarehouse Supervisor\nUmhlanga Cold Chain (Pty) Ltd – Prospecton, Durban, KwaZulu-Natal\nR24 000 - R28 500 per month\n' +
      'Full-time · Permanent · Posted 3 days ago\n\n• Shift allowance R1 200 p/m\n\n[Apply now]   [Save job]\n\nUnsubscribe | Manage notifications';
    const read = readMessage(mail);
    expect(read.pay).toMatchObject({ min: 24000, max: 28500, period: 'month', currency: 'ZAR' });
    expect(read.company).toBe('Umhlanga Cold Chain');
  });
});

describe('a mail listing jobs on lines led by one pictograph, each with its pay', () => {
  it('reads no pay, company or role from it', () => {
    const read = readMessage(
      'Hello {{FirstName}},\nHere are this week’s hot jobs:\n\n🔥 HSE Manager – EPC contractor, Abu Dhabi\n   AED 35,000 – 40,000/month\n🔥 Finance Manager – Luxury retail group, Dubai\n   AED 28,000/month + bonus\n🔥 Hotel Sales Manager – 5* resort, Ras Al Khaimah\n   AED 18,000 package\n\nUnsubscribe: https://example.com/u',
    );
    expect(read.pay).toBeNull();
    expect(read.role).toBeNull();
  });
  it('still reads one job’s details led by one pictograph', () => {
    const read = readMessage(
      'Hi Sam, we are hiring a Site Manager for our Leeds project.\n🔹 Salary – £55,000 a year\n🔹 Location – Leeds\n🔹 Hours – 40 a week',
    );
    expect(read.pay?.min).toBe(55000);
    expect(read.role).toBe('Site Manager');
  });
});

describe('an agency newsletter’s bulleted list of priced jobs', () => {
  it('reads no pay and no role from "• Title – Place – pay" lines', () => {
    const text = [
      "Here are this week's featured openings from the Summit & Reed desk.",
      '',
      '• Corporate Controller – Calgary, AB – $140K–$160K + bonus – energy services client',
      '• Payroll Specialist – Laval, QC – $30–$34/hr – 6-month contract',
      '• Regional Sales Director – Austin, TX – $150K base / $300K OTE',
      '• Tax Manager – Denver, CO – $125K–$145K, hybrid',
    ].join('\n');
    const read = readMessage(text);
    expect([read.pay, read.ote, read.role]).toEqual([null, null, null]);
  });
  it('still reads the featured job’s pay above a bulleted list of "More hot jobs"', () => {
    const text = [
      'ICU Registered Nurse – Saguaro Regional Medical Center, Tucson, AZ',
      '• 13 weeks, 36 hrs/week',
      '• $2,850 – $3,150/week gross',
      '',
      'More hot jobs:',
      '• Med/Surg RN – Boise, ID – $2,200/wk',
      '• L&D RN – Fresno, CA – $3,400/wk',
      '• Cath Lab RN – Richmond, VA – $2,950/wk',
    ].join('\n');
    expect(readMessage(text).pay?.max).toBe(3150);
  });
  it('still reads one job’s bulleted terms', () => {
    const text = 'We are hiring a Tax Manager in Denver.\n\n• Salary – $125K–$145K\n• Bonus – 10%\n• Hybrid – 3 days in office';
    expect(readMessage(text).pay?.min).toBe(125000);
  });
});

describe('the employer one item of a priced list names', () => {
  it('is not the message’s employer', () => {
    const text = [
      '🔥 وظائف اليوم – Egypt Tech Jobs 🔥',
      '',
      '1️⃣ Flutter Developer – Alexandria (Bahr Apps) – 25K-35K EGP',
      '2️⃣ Senior .NET Engineer – Remote (Saudi client) – $2,500/month',
      '3️⃣ Junior QA Engineer – المعادي – مرتب يبدأ من 12,000 جنيه',
      '4️⃣ Data Analyst – Smart Village – Confidential',
      '5️⃣ IT Support – مدينة نصر – شركة Orbit Systems – 10,000 جنيه',
    ].join('\n');
    const read = readMessage(text);
    expect([read.company, read.pay]).toEqual([null, null]);
  });
});

describe('a name read without its possessive, and who funds a post', () => {
  it('takes the whole name the message writes after a subject’s "St. Brendan’s"', () => {
    const text =
      "Subject: Your poster — and a leadership role at St. Brendan's\n\nHi Ana,\n\nI'm the Director of Cardiovascular Nursing at St. Brendan's Regional Medical Center in Columbus.";
    expect(readMessage(text).company).toBe("St. Brendan's Regional Medical Center");
  });
  it('reads the title without "NSF-funded" before it', () => {
    expect(
      readMessage(
        'I have an NSF-funded Postdoctoral Research Associate position in the Department of Plant Biology at Kessling University.',
      ).role,
    ).toBe('Postdoctoral Research Associate');
  });
});

describe('review 62: the edges of this session’s rules', () => {
  it.each([
    // A pay's currency is not a bonus's, a grant's or a stopgap's "paid in".
    [
      'Hi Tom, London-based role at Vantor. Base salary £65,000. Your annual bonus is paid in EUR through our Dutch parent, target €8,000.',
      'pay',
      65000,
    ],
    // A stablecoin names the dollar only as what the pay is paid in.
    ["Hi Ana, Maplecoin's Toronto office. We build USDC payment rails. Salary is $150,000.", 'currency', 'CAD'],
    // A dollar named after a comma is another sum's.
    ['Hello Ava, Account Executive in Vancouver with Northpine. $90K base, commissions in USD are converted monthly.', 'currency', 'CAD'],
    // Italian net pay in the Grisons is in francs: no euro.
    ['Hotel 5 stelle a St. Moritz cerca Chef de Rang: 4.200 netti al mese.', 'currency', null],
    // "χιλ." is a kilometre before no euro.
    ['Η αποθήκη μας είναι 20 χιλ. από την Αθήνα. Μισθός 1.400 € μικτά μηνιαίως.', 'pay', 1400],
    // People are no employers.
    [
      'Hi Dan,\nQuick one. Priya has posted a new job for our platform team at Loomwell: Staff SRE, remote.\nCheers, Tom',
      'companyNot',
      'Priya',
    ],
    ['Megan Torres wants to chat with you about a Product Analyst role at Pinebrook Insurance.', 'companyNot', 'Megan Torres'],
    [
      'Hi Jo, one of our senior consultants – Sarah Blake – will call you tomorrow about a Finance Manager role at Tern Foods.',
      'companyNot',
      'Sarah Blake',
    ],
    [
      'Ciao, Marco Rossi, responsabile di cantiere, cerca 3 muratori per un cantiere a Bergamo della Edilnord.',
      'companyNot',
      'Marco Rossi',
    ],
    [
      'Hello, I supervise night shift at the Riverside warehouse for Dunmore Foods. We are hiring Forklift Operators.',
      'companyNot',
      'Riverside',
    ],
    ['[12/03/2025, 09:14] Marc Conducteur Travaux: Salut Karim, on cherche un maçon pour le chantier.', 'companyNot', 'Conducteur Travaux'],
    ['📍 Vaga – Unidade Paulista\nAuxiliar de Limpeza\nSalário R$ 1.600 + VT', 'companyNot', 'Vaga'],
    [
      "Hi Jess, I'm hiring a Product Designer at Brightpath. Brightpath's Home office stipend is $1,000.",
      'companyNot',
      "Brightpath's Home",
    ],
    // A field after "in" is no town.
    [
      "Subject: Head of Platform Engineering\n\nHi Jo, Kestrel Platform Ltd is hiring a Head of Platform Engineering. A Master's in Engineering is a plus.",
      'role',
      'Head of Platform Engineering',
    ],
  ])('%s', (text, field, value) => {
    const read = readMessage(text);
    if (field === 'pay') expect(read.pay?.min).toBe(value);
    else if (field === 'currency') expect(read.pay?.currency ?? null).toBe(value);
    else if (field === 'companyNot') expect(read.company).not.toBe(value);
    else expect(read.role).toBe(value);
  });
  it.each([
    'Bonjour Claire, je suis Julien, recruteur chez Pelican Tech. Pour ne plus recevoir de relances de ma part, répondez simplement non.',
    "Merhaba Cem, ben Selin, Kuzey Labs'tan. Benden mesaj almamak icin haber vermen yeterli.",
    'مرحبا أحمد، أنا سارة من شركة زين. نخدم 500,000 مشترك في الأردن ونبحث عن مهندس شبكات.',
  ])('flags no personal note as a mass pitch: %s', (text) => {
    expect(readMessage(text).massPitch).not.toBe(true);
  });
});

describe('review 63: the edges of the rules of sets 242 to 255', () => {
  it.each([
    // A clock's time, a fare and an agency's bill rate are no pay said aloud.
    ['Hey Luis, orientation starts at eleven thirty an hour before your first shift. Line Cook role at Harbor Grill.', 'pay', null],
    ["Hi Sam, it's sixty an hour from the office to the site by bus. Site Engineer role at Borealis Build.", 'pay', null],
    ['Hi Jo, the client pays us ninety an hour; your rate is sixty-five an hour. DevOps contract at Citi.', 'pay', 65],
    ['Hi Al, the gym stipend is worth fifty bucks a month, and pay is twenty dollars an hour.', 'pay', 20],
    // A yearly package after the figures; a dollar in a message set outside Hong Kong.
    ['岗位：Java开发工程师\n待遇：60000-90000（年包）', 'pay', null],
    ['我哋喺吉隆坡開咗間餐廳，請侍應，人工開 $2,800 一個月。', 'currency', null],
    // Employers the new "no employer" rules must keep.
    ["Hi Dana, I'm with Meraki networking sales and we need a Sales Engineer.", 'company', 'Meraki'],
    ["I'm a recruiter at Spotify. You'd join a Spotify squad building playlists as a Backend Engineer.", 'company', 'Spotify'],
    ['We have openings at Kaiser for RNs in the ICU, $75/hr.', 'company', 'Kaiser'],
    ['Metro Vancouver is hiring a Water Treatment Operator, $42/hr.', 'company', 'Metro Vancouver'],
    ['Lot 14 Brewing is hiring a Brewer for our taproom.', 'company', 'Lot 14 Brewing'],
    ['Hi Kim, your experience would be valued at Brex, where we need a Senior Accountant.', 'company', 'Brex'],
    ['Jessica Tran has asked me to reach out about the Data Analyst role at Brightline.', 'company', 'Brightline'],
    ['Thanks for your interest in Data Science roles at Acme Health. We are hiring a Data Scientist.', 'company', 'Acme Health'],
    ["we're a seed-stage startup (YC W23) and I'm hiring a Founding Engineer.", 'companyNot', 'YC W23'],
    ['Microsoft Teams · Posts\n\nHi all, the Data Analyst role is open.', 'companyNot', 'Posts'],
    ['ผมเห็นว่าคุณเป็น Chef ที่ Centara Grand Hotel ตอนนี้ เรากำลังหา Sous Chef ที่ Dusit Thani Hotel', 'companyNot', 'Centara Grand Hotel'],
    // Titles.
    ['Bonjour, notre client recherche son futur Responsable Paie pour son siège de Lyon.', 'role', 'Responsable Paie'],
    ['Subject: Night Cook\n\nOur Seattle office is hiring the Friday Night Cook for the grill.', 'role', 'Night Cook'],
  ])('%s', (text, field, value) => {
    const read = readMessage(text);
    if (field === 'pay') expect(read.pay?.min ?? null).toBe(value);
    else if (field === 'currency') expect(read.pay?.currency ?? null).toBe(value);
    else if (field === 'company') expect(read.company).toBe(value);
    else if (field === 'companyNot') expect(read.company).not.toBe(value);
    else expect(read.role).toBe(value);
  });
  it.each([
    '#followup\nHi Jordan, circling back on our call Tuesday about the Staff Engineer role at Lumen Health.',
    'Home > Careers > #senior-backend\nHi Priya, here is the direct link to the role.',
    'WhatsApp · Group call with Maria\nHi Maria, lovely to talk, the Barista job pays $25/hr.',
    'Hi Petar, офисът е след знака STOP на 200 м вдясно. Ще се видим в 10.',
    'Family\nPrivate group · 6 members\nHey Mia, my cousin’s bakery needs a baker, $18/hr.',
  ])('flags no mass pitch in %s', (text) => {
    expect(readMessage(text).massPitch).not.toBe(true);
  });
});

describe('a name opening on a family particle, a process named in German, trades listed in lower case', () => {
  it.each([
    ['Voor mijn opdrachtgever Van der Meulen Distributie B.V. zoek ik een Operations Manager.', 'Van der Meulen Distributie B.V.'],
    ['Our client Van den Broek Installatietechniek is hiring a Service Engineer.', 'Van den Broek Installatietechniek'],
    ['Hi, I am Jan van der Berg from Acme Ltd, hiring a Data Engineer.', 'Acme Ltd'],
  ])('reads the whole employer in %s', (text, company) => {
    expect(readMessage(text).company).toBe(company);
  });
  it('takes no process for an employer: "bei der Lyophilisation"', () => {
    expect(readMessage('Ihr Beispiel zum Audit-Trail-Review bei der Lyophilisation ist mir geblieben.').company).toBeNull();
  });
  it('reads no pay from a band several trades listed in lower case share', () => {
    const text =
      'JOBS IN QATAR & UAE! Hotel waiters, housekeepers, security guards, drivers (LGV). Salary QAR 1,800-3,500 + free accommodation. Reply STOP to opt out';
    expect(readMessage(text).pay).toBeNull();
  });
  it.each([
    'We need a Night Porter at the Harbour Hotel. You will work with waiters, housekeepers and security guards. Pay £12.60/hr.',
    'Hotel waiters, cooks and cleaners: only one opening, for a Head Waiter, £13/hr.',
  ])('still reads one named job’s pay beside trades listed: %s', (text) => {
    expect(readMessage(text).pay).not.toBeNull();
  });
});

describe('a job board card’s title, a firm that "recruits", a place the message writes after the title', () => {
  it.each([
    [
      'Indeed\n\nSupermercados Ferrán te invita a solicitar este empleo\n\nHola:\n\nReponedor/a – Turno de tarde\nSupermercados Ferrán – Zaragoza, Aragón\n9,35 € por hora · Media jornada\n\n[Solicitar ahora]',
      'Supermercados Ferrán',
      'Reponedor/a – Turno de tarde',
    ],
    [
      'Indeed\n\nAcme Foods invites you to apply to this job\n\nHello,\n\nStocker – Evening shift\nAcme Foods – Zaragoza\n$15 an hour · Part-time\n\n[Apply now]',
      'Acme Foods',
      'Stocker – Evening shift',
    ],
    [
      'A LinhaViva Contact Center recruta Operadores/as de Apoio ao Cliente (PT/ES/FR). Início imediato.',
      'LinhaViva Contact Center',
      'Operador/a de Apoio ao Cliente',
    ],
    ['Grupo Andes recluta Ejecutivos de Ventas en Lima.', 'Grupo Andes', 'Ejecutivos de Ventas'],
  ])('reads the employer and title of %s', (text, company, role) => {
    const read = readMessage(text);
    expect([read.company, read.role]).toEqual([company, role]);
  });
  it('takes no greeting above an employer’s line for a title', () => {
    expect(readMessage('Acme Foods invites you to apply\n\nHello team,\nAcme Foods – Zaragoza\nPart-time').role).toBeNull();
  });
  it('leaves out of a subject’s title a place the body writes after "à"', () => {
    const text =
      'Objet : RE: Candidature – Directeur(trice) de magasin Nantes Atlantis\n\nBonjour, le poste de Directeur(trice) de magasin à Nantes Atlantis est rémunéré 41 000 € brut annuel.';
    expect(readMessage(text).role).toBe('Directeur(trice) de magasin');
  });
});

describe('Latin American pay: pesos by place, numero signs, OTE said in Spanish and Portuguese, a Brazilian day’s pay', () => {
  it.each([
    ['Vacante: Ingeniero de Calidad Sr. en Querétaro\nSueldo: $45k a $55k brutos mensuales', 'MXN'],
    ['Coincidimos en el Tianguis Turístico de Mérida.\n- Sueldo desde $40,000 mensuales netos', 'MXN'],
    ['¿Quieres ganar HASTA $15,000 A LA SEMANA? Asesores en toda la República 🇲🇽', 'MXN'],
    ['Necesitamos un Supervisor de Línea. Se paga $55.000 diarios. Avíseme si le tinca y lo anoto altiro', 'CLP'],
    ['Trabajo en Cali, buen ambiente. Sueldo: $2.500.000 mensuales', 'COP'],
  ])('reads the currency of %s', (text, currency) => {
    expect(readMessage(text).pay?.currency).toBe(currency);
  });
  it('reads no pay from a law’s number: "Decreto Legislativo N° 1057"', () => {
    const read = readMessage('Base legal: Decreto Legislativo N° 1057 y su Reglamento\nRemuneración mensual: S/ 4,500.00');
    expect([read.pay?.min, read.pay?.currency]).toEqual([4500, 'PEN']);
  });
  it.each([
    ['- Salario base: COP $8M mensuales\n- OTE: COP $14M mensuales al 100% de la cuota', 8_000_000, 14_000_000],
    ['• Sueldo base de S/ 2,500 + comisiones sin tope\n• Ingreso promedio mensual de S/ 4,500 cumpliendo la meta', 2500, 4500],
    ['Salário: R$ 2.500,00 + comissões (média de ganhos de R$ 6.000,00/mês)', 2500, 6000],
  ])('reads the base and the OTE of %s', (text, base, ote) => {
    const read = readMessage(text);
    expect([read.pay?.min, read.ote?.min]).toEqual([base, ote]);
  });
  it.each([
    ['💰 Diária: R$ 180,00 + R$ 30 de ajuda de transporte', 180],
    ['Pago diária de R$ 220,00, pagamento quinzenal', 220],
  ])('reads a Brazilian day’s pay in %s', (text, min) => {
    expect([readMessage(text).pay?.min, readMessage(text).pay?.period]).toEqual([min, 'day']);
  });
  it('still takes travel "diárias" for a per diem, not the pay', () => {
    expect(readMessage('Salário R$ 3.000,00 + diárias de R$ 80,00 nas viagens').pay?.min).toBe(3000);
  });
});

describe('Nordic job alerts, a period wrapped onto the next line, expected earnings as the OTE', () => {
  it.each([
    'Aihe: Hakuvahtisi "myyntipäällikkö, Tampere" löysi 5 uutta työpaikkaa\n\nHei!\n\nMyyntipäällikkö, B2B-ratkaisut\nHervannan Konepaja Oy – Tampere\nPalkka: 4 500–5 500 €/kk + provisio\n\nAlueellinen myyntipäällikkö\nPirkan Kiinteistöpalvelut Oy – Tampere, Nokia\nJulkaistu 11.3.2025\n\nKey Account Manager / myyntipäällikkö\nNäsi Logistics Oy – Tampere\nJulkaistu 10.3.2025\n\nLopeta tämä hakuvahti',
    'Subject: 3 nye treff: «elektriker, Oslo og Viken»\n\nDet er 3 nye treff på ditt lagrede søk «elektriker, Oslo og Viken».\n\nElektriker – service og vedlikehold\nLysgaard Elektro AS · Oslo\nFast · Timelønn 285–320 kr\n\nElektriker med fagbrev (gruppe L)\nRomerike Installasjon AS · Lillestrøm\nFast\n\nLærling elektriker – opptak høsten 2025\nAsker Elservice AS · Asker\nLærling',
  ])('reads no one job of a saved search’s alert: %s', (text) => {
    const read = readMessage(text);
    expect([read.pay, read.company, read.role]).toEqual([null, null, null]);
  });
  it('reads a month wrapped after "pr."', () => {
    expect(readMessage('Med din erfaring bliver lønnen ca. kr. 42.000 pr.\nmåned inkl. funktionstillæg.').pay?.period).toBe('month');
  });
  it.each([
    ['Kiinteä palkka on 4 200 €/kk, ja sen päälle tulee provisio.\nTavoiteansio on noin 6 000 €/kk.', 4200, 6000],
    ['✅ Grundløn 26.000 kr./md.\n✅ Forventet indtjening 45.000-60.000 kr. pr. måned med provision', 26000, 45000],
  ])('reads the base and the OTE of %s', (text, base, ote) => {
    const read = readMessage(text);
    expect([read.pay?.min, read.ote?.min]).toEqual([base, ote]);
  });
});

describe('a title’s field after a dash or a comma, and the Canadian dollar by more of its words', () => {
  it.each([
    ['We are hiring a Sr. Associate – KYC Operations for our Global Operations Centre.', 'Sr. Associate – KYC Operations'],
    ['Happy to share more on the Account Executive, Mid-Market role.', 'Account Executive, Mid-Market'],
    ['Hi Aisha, for the Principal PM – Growth role the base range is $200,000–$230,000.', 'Principal PM'],
  ])('reads the title of %s', (text, role) => {
    expect(readMessage(text).role).toBe(role);
  });
  it('takes no employer after a dash for a field: "Account Executive – Quarrystone Security"', () => {
    expect(readMessage('Subject: RE: Account Executive – Quarrystone Security\n\nHi Sam, the base is $90k.').role).toBe(
      'Account Executive',
    );
  });
  it.each([
    ['Got a shutdown at the plant, need 6 journeyman electricians. $38.50/hr + 4% vac pay. Tickets: H2S Alive.', 'CAD'],
    ['We will have a Long-Term Occasional position in Grade 5 French Immersion; you would start at $58,218 annually.', 'CAD'],
    ['Salut Émilie! Je cherche une chef de partie. 22 $/h pour commencer + pourboires.', 'CAD'],
    ['Our client, a Toronto manufacturer with plants in Ontario, Québec and Ohio, offers a base of $240,000–$275,000.', 'CAD'],
    ['Our client, a Chicago manufacturer with a plant in Ontario, offers a base of $240,000–$275,000.', 'USD'],
  ])('reads the dollar of %s', (text, currency) => {
    expect(readMessage(text).pay?.currency).toBe(currency);
  });
});

describe('Indonesian "jt", a Polish "ok." before an OTE, a chat’s keycap-numbered list of jobs', () => {
  it.each([
    ['Gaji Rp 18–22 jt/bulan, plus ESOP (sekitar 0,1%) dan THR', 18_000_000, 22_000_000],
    ['Gaji 9 jt per bulan', 9_000_000, null],
  ])('reads millions written "jt" in %s', (text, min, max) => {
    const read = readMessage(text);
    expect([read.pay?.min, read.pay?.max ?? null, read.pay?.currency]).toEqual([min, max, 'IDR']);
  });
  it.each([
    ['Gaji pokok mulai Rp 4,5 jt + insentif. Potensi penghasilan Rp 8-10 juta per bulan!', 4_500_000, 8_000_000],
    ['– podstawa: 9 000 zł brutto miesięcznie\n– przy realizacji planu OTE ok. 15 000 zł brutto/mies.', 9000, 15000],
  ])('reads the base and the OTE of %s', (text, base, ote) => {
    const read = readMessage(text);
    expect([read.pay?.min, read.ote?.min]).toEqual([base, ote]);
  });
  it('reads no one job of a keycap-numbered list, employer first', () => {
    const text =
      'LOKER JATIM UPDATE 🔥\n\n1️⃣ CV Maju Rasa Catering – Cook Helper\n   Gaji Rp 3,2 jt – 4 jt, makan 2x\n2️⃣ PT Delta Kemasindo – Operator Produksi (Pria, max 30 th)\n   UMK Sidoarjo + lembur\n3️⃣ Toko Bangunan Sumber Jaya – Sales Canvas\n   Rp 4,5 jt + insentif\n4️⃣ Klinik Pratama Husada Mulia – Perawat (STR aktif)\n   Gaji dibicarakan saat interview';
    const read = readMessage(text);
    expect([read.pay, read.company, read.role]).toEqual([null, null, null]);
  });
});

describe('Polish and Czech text messages: zloty without its accent, opt-outs to a number or from a database', () => {
  it('reads a decimal comma before "zl" written without its accent', () => {
    const read = readMessage('Pracownik magazynowy. 28,10 zl brutto/h + premia frekwencyjna 400 zl.');
    expect([read.pay?.min, read.pay?.period, read.pay?.currency]).toEqual([28.1, 'hour', 'PLN']);
  });
  it.each([
    'Praca od zaraz! 28,10 zl brutto/h. Zadzwon: 42 299 18 40. Wyslij NIE na 80610 aby zrezygnowac.',
    'Nabízíme platový tarif 31 550 – 46 370 Kč.\n\nOdhlášení z databáze zájemců: odpovězte na tento e-mail slovem ODHLÁSIT.',
  ])('flags the opt-out of %s', (text) => {
    expect(readMessage(text).massPitch).toBe(true);
  });
  it('flags no resignation: "aby zrezygnować z obecnej pracy"', () => {
    expect(readMessage('Cześć Ania, wiem że musisz dać wypowiedzenie, aby zrezygnować z obecnej pracy. Pogadamy?').massPitch).not.toBe(
      true,
    );
  });
});

describe('a newsletter’s ">" bullets, and a town with its province’s code', () => {
  it('reads the ">" items with details indented under them as a list, not a quoted mail', () => {
    const text =
      'Here are 12 new roles our recruiters are working on.\n\n> Project Coordinator (Energy client) – Calgary, hybrid\n   $70,000–$80,000/yr + benefits\n\n> Payroll Administrator – Calgary\n   $28–$32/hr | Ceridian experience\n\n> Heavy Duty Mechanic (Red Seal) – Grande Prairie area\n   $46.75/hr + $150/day camp allowance\n\n> Inside Sales Representative – Edmonton\n   $55K base + commission\n\nSummit Crest Staffing Inc. | 800, 333 – 7 Ave SW, Calgary AB T2P 2Z1\nUnsubscribe';
    const read = readMessage(text);
    expect([read.pay, read.company, read.role]).toEqual([null, null, null]);
  });
  it('still reads a reply’s quoted mail as quoted', () => {
    const text =
      'Thanks Sam, yes I am interested.\n\nOn Tue, Sam wrote:\n> Hi Alex, the Data Engineer role at Kestrel pays $120k.\n> Would you like to talk?';
    expect(readMessage(text).pay?.min).toBe(120000);
  });
});

describe('review 64: the new rules where they must not fire', () => {
  it.each([
    [
      "Here's the process for the Backend Engineer role:\n1️⃣ Call with Hiring Manager – 30 min\n2️⃣ Call with Engineering Lead – 45 min\n3️⃣ Chat with CTO – 30 min\nSalary €75k - €90k",
      75000,
    ],
    [
      'Meet the team you would join:\n1️⃣ Maria Lopez – Product Manager\n2️⃣ John Smith – Tech Lead\n3️⃣ Ana Ruiz – Designer\nThe Data Engineer role pays $120k.',
      120000,
    ],
    [
      "Hey Dan — the care home job. You'd be working with nurses, carers, cleaners and cooks on the night shift. $22/hr, 3 nights a week.",
      22,
    ],
  ])('keeps the one job’s pay of %s', (text, min) => {
    expect(readMessage(text).pay?.min).toBe(min);
  });
  it.each([
    ['Seattle startup expanding to Vancouver, Toronto and Calgary. The role is at our Seattle HQ: $150,000.', 'USD'],
    ['We groom everything from chihuahua to great dane. Bather, $20/hr.', 'USD'],
    ['Req ID (613) — Warehouse Associate, $19/hr', 'USD'],
    ['Bilingual 🇺🇸🇲🇽 Customer Service Rep at our Monterrey site, $14,500 mensuales', 'MXN'],
    ['Tickets current? Call me at (780) 555-0147. Journeyman wireman, $38.50/hr.', 'CAD'],
  ])('reads the dollar of %s', (text, currency) => {
    expect(readMessage(text).pay?.currency).toBe(currency);
  });
  it.each([
    ['Thanks for your interest in Northwind Traders.\n\nCheers,\nTalent Partner\nNorthwind Traders – Seattle, WA', 'Talent Partner'],
    ['Hi, following up on our call.\n\nNext Steps\nGlobex Corporation – Springfield\nYou mentioned $70k is fine.', 'Next Steps'],
    ['Subject: Head of Sales Financial Services\n\nWe are hiring a Head of Sales in Financial Services. £120k.', 'Head of Sales'],
    ['Subject: Data Analyst – HSBC Operations\n\nHi Ben, a quick note on the role.', 'Data Analyst – HSBC Operations'],
  ])('takes no wrong title from %s', (text, wrong) => {
    expect(readMessage(text).role).not.toBe(wrong);
  });
  it.each([
    ['María López te invita a postular a la vacante de Analista en Globant.', 'María López'],
    ['Julie Martin vous invite à postuler au poste de Vendeur chez Decathlon.', 'Julie Martin'],
  ])('takes no recruiter inviting for the employer: %s', (text, wrong) => {
    expect(readMessage(text).company).not.toBe(wrong);
  });
  it('flags no personal note that offers to take the reader off a database', () => {
    expect(readMessage('Dobrý den, Jano, pokud si přejete odhlášení z databáze, stačí mi napsat. Hezký den, Petra').massPitch).not.toBe(
      true,
    );
  });
  it('reads "gaji 4 jt" as a month’s pay', () => {
    expect(readMessage('Lowongan Kasir, gaji 4 jt, Bekasi.').pay?.period).toBe('month');
  });
  it.each([
    ['Van der Meulen Distributie B.V. zoekt een Chauffeur CE voor de regio Utrecht.', 'Van der Meulen Distributie B.V.'],
    ['Von der Heyde Logistik GmbH sucht einen Disponenten (m/w/d) in Bremen.', 'Von der Heyde Logistik GmbH'],
  ])('keeps the particle a sentence opens on: %s', (text, company) => {
    expect(readMessage(text).company).toBe(company);
  });
});

describe('Czech objects and Portuguese "needs"', () => {
  it.each([
    ['Od dubna nám odcházejí dvě holky a hledám staniční sestru na naše oddělení.', 'staniční sestru'],
    ['Buffet Villa Cerejeira (Moema) precisa de GARÇOM / GARÇONETE para casamento', 'GARÇOM / GARÇONETE'],
    ['Tô precisando de eletricista predial pra obra de um prédio de 12 andares', 'eletricista predial'],
  ])('reads the job of %s', (text, role) => {
    expect(readMessage(text).role).toBe(role);
  });
  it('reads no job in "preciso de ajuda com o currículo"', () => {
    expect(readMessage('Oi Ana, preciso de ajuda com o currículo para a vaga.').role).toBeNull();
  });
});

describe('Nordic writers and readers: "det er Henrik Holm fra …", "foredraget ditt … hos …"', () => {
  it('reads the writer’s firm after a first name and a surname, with its "og"', () => {
    expect(readMessage('Hej Mads, det er Henrik Holm fra Holm & Søn Tømrer og Snedker. Vi mangler en tømrer.').company).toBe(
      'Holm & Søn Tømrer og Snedker',
    );
  });
  it('takes no town for the writer’s firm: "det er Anna fra Bergen"', () => {
    expect(readMessage('Hei, det er Anna fra Bergen. Vi trenger en kokk.').company).toBeNull();
  });
  it('takes the writer’s team’s firm, not the one the reader’s talk was about', () => {
    const text =
      'Hei Ingrid! Så foredraget ditt om Kafka-migreringen hos Brygga Data på meetupen i går. Litt frekt kanskje, men: vi trenger en tech lead til plattformteamet mitt hos Tindra Energi.';
    expect(readMessage(text).company).toBe('Tindra Energi');
  });
});

describe('a deduction from wages is no pay', () => {
  it.each([
    ['- €44,000 per annum\n- Staff accommodation in the lodge if you want it, €75 per week taken from wages', 44000],
    ['Meals are £20 a week deducted from pay. Salary £28,000.', 28000],
    ['Pay is $900 a week, deducted tax at source.', 900],
  ])('reads the wage of %s', (text, min) => {
    expect(readMessage(text).pay?.min).toBe(min);
  });
});

describe('Italian thousands and floors, a Spanish department before the employer', () => {
  it.each([
    ['Il pacchetto prevede una RAL compresa tra 90 e 110 mila euro, MBO fino al 20%.', [90000, 110000, false]],
    ["RAL da 32.000 € in su in base all'esperienza", [32000, null, true]],
    ['Salary $80k and up depending on experience', [80000, null, true]],
  ])('reads the pay of %s', (text, [min, max, open]) => {
    const read = readMessage(text);
    expect([read.pay?.min, read.pay?.max, read.pay?.openTop]).toEqual([min, max, open]);
  });
  it('takes the employer after a department: "jefa de Mantenimiento en Envases Cantábricos S.A."', () => {
    expect(readMessage('Soy Begoña Arrieta, jefa de Mantenimiento en Envases Cantábricos S.A. (planta de Guarnizo).').company).toBe(
      'Envases Cantábricos S.A.',
    );
  });
});

describe('a newsletter’s "►" bullets', () => {
  it('reads no one job of three or more "►" items, each with its pay under it', () => {
    const text =
      'Dzień dobry,\n\nponiżej najciekawsze projekty rekrutacyjne:\n\n► Kontroler Finansowy – produkcja FMCG, Poznań\n   14 000 – 17 000 zł brutto/mies., umowa o pracę\n\n► Główny Księgowy / Główna Księgowa – sieć handlowa, Warszawa\n   do 20 000 zł brutto/mies.\n\n► Specjalista ds. Płac z j. niemieckim – centrum usług wspólnych, Kraków\n   9 000 – 11 500 zł brutto/mies.\n\nPozdrawiamy';
    const read = readMessage(text);
    expect([read.pay, read.role]).toEqual([null, null]);
  });
});

describe('review 65: the later rules where they must not fire', () => {
  it.each([
    ['Pay: £11.44 per hour. Nothing is deducted from your wages for PPE.', 11.44],
    ['Rate: $35/hour, with no fees deducted from your pay.', 35],
    ['£450 per week, tax and NI deducted for you via PAYE.', 450],
    ['Sandton, Johannesburg. Salary: R25,000 per month (UIF deducted from salary as usual).', 25000],
    ['Sueldo 30.000 € y más beneficios sociales, para Técnico de Mantenimiento.', 30000],
  ])('keeps the pay of %s', (text, min) => {
    expect(readMessage(text).pay?.min).toBe(min);
  });
  it.each([
    "Salaire 38 000 € et plus d'avantages (mutuelle, tickets restaurant).",
    'RAL 40.000 € e oltre 30 giorni di ferie.',
    'R$ 5.000 e mais benefícios (VR, VT, plano de saúde).',
  ])('reads no floor in %s', (text) => {
    expect(readMessage(text).pay?.openTop).toBe(false);
  });
  it.each([
    'Azienda con fatturato di 800 mila euro cerca contabile.',
    'Uno stabilimento di 150 mila metri quadri cerca un magazziniere.',
    'Investimento di 300 mila euro nel nuovo magazzino, cerchiamo carrellisti.',
  ])('reads no pay from a business’s thousands: %s', (text) => {
    expect(readMessage(text).pay).toBeNull();
  });
  it.each([
    ['Erfaringen din ville passet perfekt hos Equinor, der vi nå søker en ingeniør.', 'Equinor'],
    ['Arbeidet ditt vil gjøre en forskjell hos DNB.', 'DNB'],
  ])('keeps the employer the reader’s work would fit: %s', (text, company) => {
    expect(readMessage(text).company).toBe(company);
  });
  it.each(['Det er Jonas Berg fra Netcompany og Mikkel fra Systematic, vi har en idé.', 'Det er Per Olsen fra Tromsø og Ole fra Bodø.'])(
    'joins no person or town with "og" into a firm: %s',
    (text) => {
      expect(readMessage(text).company ?? '').not.toMatch(/ og /);
    },
  );
  it('reads no job the writer needs for themselves: "Preciso de um emprego como motorista"', () => {
    expect(readMessage('Preciso de um emprego como motorista, alguém sabe de algo?').role).toBeNull();
  });
});

describe('a title without the words of its hiring cry or its pictographs (sets 487 to 489, after their reading)', () => {
  it.each([
    ['Ξενοδοχείο στη Ρόδο\nΖΗΤΟΥΝΤΑΙ ΜΑΓΕΙΡΕΣ / ΜΑΓΕΙΡΙΣΣΕΣ 🍳🌊\nΜισθός 1.200€ καθαρά', 'ΜΑΓΕΙΡΕΣ / ΜΑΓΕΙΡΙΣΣΕΣ'],
    ['Bodegas Sol: Hola! Contratamos HOY ayudantes de bodega para Alamo Foods en Houston, TX. $17.00/hr.', 'ayudantes de bodega'],
    ['Poste : Mécanicien de véhicules lourds recherché\nSalaire : 34 $/h', 'Mécanicien de véhicules lourds'],
  ])('%s', (text, expected) => {
    expect(readMessage(text).role).toBe(expected);
  });
});

describe('a title without the writer’s “I am”, a person’s word, or the words around a Korean or Irish title (sets 486 to 493)', () => {
  it.each([
    ['Dobrý den,\nJsem CTO ve firmě Datavia.\nHledáme člověka do týmu.', null],
    ['Olá! Procuramos uma pessoa para a equipa.', null],
  ])('reads no title in %s', (text, expected) => {
    expect(readMessage(text).role).toBe(expected);
  });
  it.each([
    ['안녕하세요. 저희 팀에서 맡아주실 시니어 백엔드 엔지니어를 채용하고 있습니다.', '시니어 백엔드 엔지니어'],
    ['포지션: 설비기술 엔지니어 (선임급) - 증착(CVD) 공정', '설비기술 엔지니어 (선임급)'],
  ])('%s', (text, expected) => {
    expect(readMessage(text).role).toBe(expected);
  });
});

describe('a title without an article or a post’s word before it (sets 496 and 497, after their reading)', () => {
  it.each([
    ['Hola Lucía, te escribo porque busco un(a) Gerente de Cuentas Corporativas para el Cono Sur.', 'Gerente de Cuentas Corporativas'],
    [
      'Perkara: Pembentangan tuan di Seminar Automasi 2025 – jawatan Jurutera Kanan Elektrik\n\nTuan,\n\nSaya Ketua Kejuruteraan di kilang kami.',
      'Jurutera Kanan Elektrik',
    ],
  ])('%s', (text, expected) => {
    expect(readMessage(text).role).toBe(expected);
  });
});

describe('a mailer’s ">>" bullets over priced jobs (set 510, after its reading)', () => {
  const digest = [
    'Bonjour,',
    '',
    'Nos offres de la semaine :',
    '',
    '>> Magasinier (H/F/X) - Liège - 14,20 EUR/h brut',
    '>> Soudeur TIG (H/F/X) - Charleroi - à partir de 16,75 EUR/h',
    '>> Assistant(e) comptable (H/F/X) - Namur - à partir de 2.450 EUR brut/mois',
    '',
    'Postulez en ligne.',
  ].join('\n');
  it('reads a list of jobs in place, none of whose pay is the reader’s', () => {
    expect(readMessage(digest).pay).toBeNull();
  });
  it('keeps a reply’s mail quoted twice for what it is: the quoted lines under the reply', () => {
    const reply =
      'Thanks, the €60,000 works for me.\n\n> On Monday, Anna wrote:\n>> Salary: €55,000 a year\n>> Start: May\n>> Place: Ghent';
    expect(readMessage(reply).pay).toMatchObject({ min: 60_000, currency: 'EUR' });
  });
});

describe('a Kazakh or Uzbek title without the word "vacancy" after it (set 516, after its reading)', () => {
  it.each([['Тақырып: Бас бухгалтер вакансиясы\n\nҚұрметті үміткер, біз тәжірибелі маман іздейміз.', 'Бас бухгалтер']])(
    '%s',
    (text, expected) => {
      expect(readMessage(text).role).toBe(expected);
    },
  );
});
