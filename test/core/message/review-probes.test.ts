// Probes of a review of the rules of unseen sets 24 to 33: English messages they must not misread, and inputs that
// must not make the reader slow.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readMessage, readMessageText } from '../../../src/core/message/index.js';
import { findRole } from '../../../src/core/message/labels.js';
import { findPay } from '../../../src/core/message/pay.js';
import { msToRead, READ_TEST_TIMEOUT } from '../../helpers/read-time.js';

describe('English titles keep their first word', () => {
  it.each([
    ["We're looking for a Client Services Manager to join our London office.", 'Client Services Manager'],
    ['We need a Die Casting Engineer for our Ohio plant.', 'Die Casting Engineer'],
  ])('%s', (text, role) => {
    expect(readMessage(text).role).toBe(role);
  });
});

describe('a kind word inside a title or a tool names no employer', () => {
  it.each([
    'My client is hiring a Senior Electrical Engineer in Phoenix.',
    'We are hiring a Middle School Math Teacher for the fall.',
    'You would need to know Visual Studio Code well.',
  ])('%s', (text) => {
    expect(readMessage(text).company).toBeNull();
  });

  it('the academy, not the kind of school the title names', () => {
    expect(readMessage('We need a High School Teacher at Riverbend Academy this autumn.').company).toBe('Riverbend Academy');
  });
});

describe('real names the new rules must keep', () => {
  it.each([
    ['Global Payments is hiring a Staff Engineer.', 'Global Payments'],
    ["I'm a recruiter at Boston Children's Hospital.", "Boston Children's Hospital"],
  ])('%s', (text, company) => {
    expect(readMessage(text).company).toBe(company);
  });

  it.each([
    ['Juan busca a alguien para el equipo.', null],
    ['Plaza Castilla cerca de la estación, oficina nueva.', null],
  ])('no employer from a person or a place: %s', (text, company) => {
    expect(readMessage(text).company).toBe(company);
  });
});

describe('short English messages are read by the English titles', () => {
  it.each([
    ['Hi Sam\nQuick one - Payroll Specialist role in Leeds, £32k, hybrid. Keen?\nTom Reed\nDirector\nReed Partners', 'Payroll Specialist'],
    ['Subject: Operations Director role - Leeds\n\nHi Jo, are you open to a chat?', 'Operations Director'],
  ])('%s', (text, role) => {
    expect(readMessage(text).role).toBe(role);
  });
});

describe('pay the new words must not take or refuse', () => {
  it.each([
    ['Staff Engineer at Quay Labs, pays $190k base, and feel free to refer a friend if it is not for you.', 190000],
    ['Lunar Energy is hiring a Staff Engineer at $180,000.', 180000],
    ['The client has secured sign-off for a salary of up to £90k.', null],
  ])('%s', (text, min) => {
    const pay = readMessage(text).pay;
    if (min === null) expect(pay?.max).toBe(90000);
    else expect(pay?.min).toBe(min);
  });

  it('a year stays a year beside "Lunar"', () => {
    expect(readMessage('Lunar Energy is hiring a Staff Engineer at $180,000.').pay?.period).toBe('year');
  });

  it('"FIFO stock rotation" names no country: the dollar stays the US one', () => {
    expect(readMessage('Warehouse Associate role, $19/hr, FIFO stock rotation, Dallas TX.').pay?.currency).toBe('USD');
  });

  it.each(['Loading 40 Ft containers daily, $19/hr.', 'ogłoszenie obejrzało już 12 tys. osób'])(
    'no forints, no thousands of people: %s',
    (text) => {
      const pay = readMessage(text).pay;
      expect(pay === null || pay.currency === 'USD').toBe(true);
    },
  );
});

describe('personal messages the new mass signs must not flag', () => {
  it.each([
    'Hi Ana, the bus stop to 5th Avenue is closed, so meet me at the office. I loved your talk on queues.',
    'Pokud byste se chtěl z výběrového řízení odhlásit, stačí mi napsat.',
    'Please ignore the earlier broadcast message from our HR system; I read your write-up of the migration.',
    "Hi!\nNo Rust experience needed, we'll teach you. I read your post on parsers.",
    'Hi!\n\nWe are hiring 2025 grads at Quay Labs and I immediately thought of you, Priya.',
  ])('%s', (text) => {
    expect(readMessage(text).massPitch).not.toBe(true);
  });
});

describe('inputs that must stay fast', () => {
  it.each([
    ['a Turkish verb after long runs of apostrophes', `arıyorum\n${`${"A'".repeat(10_000)}\n`.repeat(2)}`],
    ['a list of country codes joined by slashes', `Markets covered: ${'US/UK/DE/FR/'.repeat(200)}`],
  ])(
    '%s',
    (_name, text) => {
      expect(msToRead(text)).toBeLessThan(1000);
    },
    READ_TEST_TIMEOUT,
  );
});

// The second review of this round (after the rules of sets 34 to 43): each finding, as a probe.
describe('the second review’s probes: pay', () => {
  it.each([
    [
      'a customer’s spend stated after the pay is no pay',
      'Hi Tom, Kestrel Labs is hiring a Support Agent at $18/hour. Our typical customer spends $400,000 with us every year.',
    ],
    ['two jobs’ pay stay unread', 'Hi Tom, Kestrel Labs is hiring a Junior Developer at $30,000 or a Senior Developer at $160,000.'],
    [
      'the reader’s current package before the figure',
      'Hi Tom, based on your current package of $95k, the Senior Engineer role at Kestrel Labs would be a real step up.',
    ],
    ['"Euro 2028" is a tournament', "Hi Tom, Kestrel Labs is hiring a Backend Engineer. We'll all watch Euro 2028 at the office!"],
  ])('%s', (_case, text) => {
    expect(readMessage(text).pay).toBeNull();
  });

  it.each([
    [
      '"here on LinkedIn" is no current pay',
      "Hi Tom, I'm a tech recruiter here on LinkedIn and the Staff Engineer role at Kestrel Labs pays $180k.",
      180_000,
    ],
    [
      'training paid for beside a Czech salary',
      'Ahoj Tome, Kestrel hledá programátora. Mzda 60 000 Kč měsíčně a vzdělávání na naše náklady.',
      60_000,
    ],
    ['"for course coordinators" names who, not what for', 'Pay: $65,000 for course coordinators in the Riverside campus.', 65_000],
  ])('%s', (_case, text, min) => {
    expect(readMessage(text).pay?.min).toBe(min);
  });

  it('others’ OTE is theirs', () => {
    expect(readMessage('Base $50k. Our top performers hit OTE of $250k.').ote).toBeNull();
  });

  it('a surname like a town in Queensland leaves a US "$" alone', () => {
    expect(readMessage('Warehouse Supervisor in Kennewick, WA. Pay $32/hour.\n\nThanks, Sarah Mackay').pay?.currency).toBe('USD');
  });
});

describe('the second review’s probes: employer', () => {
  it.each([
    [
      'a name beginning "Staff"',
      'Hi Tom, I am an engineering manager at Staffbase GmbH and we are hiring a Backend Engineer.',
      'Staffbase GmbH',
    ],
    ['a bank named like a city', 'Hi Tom, I am the engineering lead at Santander and we are hiring a Data Engineer.', 'Santander'],
    [
      '"the X office"',
      "Hi Tom, I'm hiring a Backend Engineer at Kestrel Labs. You'd be based at the Kestrel Labs office two days a week.",
      'Kestrel Labs',
    ],
    ['"in the X … team"', 'Hi Tom, I lead data at Kestrel Labs. You would sit in the Kestrel Labs data platform team.', 'Kestrel Labs'],
    [
      'a title after "For" is no client',
      "Hi Tom, I'm with Halden Search.\nFor Senior Engineers (5+ years), I'm looking for strong Go skills. The role is a Platform Engineer at Norvik Ltd.",
      'Norvik Ltd.',
    ],
    ['"Secure Transport" is a layer', "Hi Tom, you'd help build our Secure Transport layer at Quill Systems.", 'Quill Systems'],
    [
      '"our company LinkedIn Page"',
      'Hi Tom, have a look at our company LinkedIn Page before we talk.\n\nAnna\nCTO, Kestrel Labs',
      'Kestrel Labs',
    ],
    [
      'an in-house writer’s customer',
      "We're hiring a Backend Engineer; our biggest contract is with a major bank.\n\nAnna\nCTO, Kestrel Labs",
      'Kestrel Labs',
    ],
  ])('%s', (_case, text, company) => {
    expect(readMessage(text).company).toBe(company);
  });

  it('"Zero Trust" is a platform, not an employer', () => {
    expect(readMessage('My client is building a Zero Trust platform and needs a Security Engineer.').company).toBeNull();
  });
});

describe('the second review’s probes: role', () => {
  it.each([
    [
      '"the role is called on to …" names nothing',
      "Hi Tom, we're hiring a Senior SRE. The role is called on to support the on-call rota.",
      'Senior SRE',
    ],
    [
      '"have you as our …" is the job',
      'I came across your GitHub and would love to have you as our Platform Engineer.',
      'Platform Engineer',
    ],
    ['"come join me as …" is the job', 'I joined Kestrel Labs in March; come join me as a Staff Engineer.', 'Staff Engineer'],
    [
      'a heading with bars at the top',
      'Kestrel Labs | Senior Backend Engineer | London | £90k\n\nHi Tom, a quick note about this role.',
      'Senior Backend Engineer',
    ],
    [
      'a sentence saying "also hiring"',
      'Hi Tom,\nAfter our Series B we are also hiring.\nThe role: Senior Backend Engineer',
      'Senior Backend Engineer',
    ],
    [
      'a team’s name after the title',
      "We're looking to hire our new Staff Software Engineer, Data Platform, reporting to me.",
      'Staff Software Engineer',
    ],
    ['"Contract Manager" is a title', 'Role: Contract Manager\nLocation: Leeds', 'Contract Manager'],
  ])('%s', (_case, text, role) => {
    expect(readMessage(text).role).toBe(role);
  });

  it('a Portuguese "also" heading', () => {
    expect(
      readMessage('Procuramos um Engenheiro de Dados para o time.\nTambém procuramos:\n- Analista de BI\n- Designer UX\n- Tech Lead\n')
        .role,
    ).toBe('Engenheiro de Dados');
  });

  it.each([
    ['Chauffeurs poids lourds', 'Chauffeur poids lourds'],
    ['Vendeurs temps partiel', 'Vendeur temps partiel'],
  ])('French words with an "s" in the singular keep it: %s', (title, role) => {
    expect(findRole(undefined, title)).toBe(role);
  });

  it('a sales title spelled out in its own case', () => {
    expect(
      readMessage('Subject: Enterprise AE - Quillfeather\n\nyou could be a strong fit for an enterprise account executive seat.').role,
    ).toBe('Enterprise Account Executive');
  });
});

describe('the second review’s probes: mass pitch, and a quadratic pattern', () => {
  it('Turkish "almamak için" alone is no opt-out', () => {
    expect(
      readMessage('Vaktinizi çok almamak için kısa tutuyorum: bir Yazılım Mühendisi arıyoruz.').signals.some((s) => s.kind === 'mass'),
    ).toBe(false);
  });

  it('Dutch "dit artikel" is no "your article"', () => {
    expect(readMessage('In dit artikel lees je meer over de functie van Data Engineer.').massPitch).not.toBe(false);
  });

  it(
    'Czech "vaš." repeated over 200 KB, in the body and the subject, is read in well under a second',
    () => {
      const text = `${'vaš.'.repeat(5_000)}\n`.repeat(11);
      for (const read of [(t: string) => readMessageText({ body: t }), (t: string) => readMessageText({ subject: t, body: 'x' })]) {
        expect(msToRead(text, read)).toBeLessThan(1_000);
      }
    },
    READ_TEST_TIMEOUT,
  );
});

describe('set 42’s last lessons: "also" and "for" after a hiring verb name no job', () => {
  it('"Cerchiamo anche: …" is no title "anche"', () => {
    expect(
      readMessage('Offerta: Addetti alle Vendite nei nostri punti vendita.\nCerchiamo anche: Banconieri gastronomia, Macellai, Cassieri.')
        .role,
    ).not.toBe('anche');
  });

  it('"Je recrute pour une fintech …" names the client’s kind, not the job', () => {
    const text = 'Je recrute pour une fintech parisienne en hypercroissance plusieurs Business Developers / Account Executives SMB.';
    expect(readMessage(text).role).not.toBe('pour une fintech parisienne');
  });
});

describe('the third review’s probes: titles and employers', () => {
  it.each([
    ['HVAC', "we're hiring an HVAC Technician for our Denver branch", 'HVAC Technician'],
    ['ABAP', 'We are looking for an ABAP Developer to join the SAP team.', 'ABAP Developer'],
    ['SCADA', 'The utility is hiring a SCADA Engineer in Leeds.', 'SCADA Engineer'],
    [
      'a promotion congratulated is not the job',
      'Cześć Ania, gratuluję awansu na stanowisko Engineering Managera w Allegro! Szukam kogoś do roli Head of Engineering w Brainly.',
      'Head of Engineering',
    ],
  ])('a word in capitals that is part of the title stays: %s', (_case, text, role) => {
    expect(readMessage(text).role).toBe(role);
  });

  it.each([
    ['Coalition', "Hi Sam, I'm on the talent team at Coalition and we're hiring a Senior Security Engineer.", 'Coalition'],
    ['Evolution', "Hi Sam, I'm a recruiter at Evolution. We are hiring a Game Presenter in Riga.", 'Evolution'],
    ['SAP SE', 'Hallo, ich bin Recruiterin bei SAP SE und wir suchen einen Senior Cloud Architect.', 'SAP SE'],
    [
      'Capital Power',
      "Hi, I'm a Talent Advisor at Capital Power in Edmonton and we're hiring a Senior Controls Engineer.",
      'Capital Power',
    ],
    [
      'an in-house resourcing team',
      "Hi, I'm Jess from the Aviva Resourcing team. Aviva is hiring a Senior Data Engineer in Norwich.",
      'Aviva',
    ],
    [
      'a grafana listing in a hiring manager’s note',
      'Hi Sam,\n\nI lead our alerting pipeline team at Grafana Labs and we are hiring an SRE.\n\nGrafana Labs · Remote (EU)\nKubernetes · Prometheus · Go\nStockholm · hybrid optional',
      'Grafana Labs',
    ],
  ])('a real employer stays: %s', (_case, text, company) => {
    expect(readMessage(text).company).toBe(company);
  });

  it.each([
    ['the reader’s own address', 'Hi Sam (sam.lee@pioneerenergy.com), are you open to a new role?'],
    ['a third party’s address', 'Please send your references to references@checkrsecurity.com by Friday.'],
    ['a placeholder address', 'Hi, we are hiring.\n\nDana\ndana@company.com'],
    [
      'an agency writing for a described employer',
      'Hi, I am recruiting for our Senior Data Engineer position with a leading retailer.\n\nJess\njess@reedtalent.co.uk',
    ],
    [
      'a job link given to compare',
      'similar to this one you may have seen: linkedin.com/jobs/view/staff-engineer-at-stripe-3849201, my client pays more',
    ],
    ['a name after "di" that is a town', 'Ciao, per l’Hotel Miramare di Sorrento cerchiamo un Maître di sala.'],
  ])('no employer, or not that one: %s', (_case, text) => {
    const company = readMessage(text).company;
    expect(company === null || !/Pioneer|Checkr|Company|Reed|Stripe|Sorrento/.test(company)).toBe(true);
  });

  it('a full name in a sentence is another organisation: "Stripe Labs is a separate group"', () => {
    expect(readMessage('Stripe is hiring a Staff Engineer in Dublin. Stripe Labs is a separate group.').company).toBe('Stripe');
  });
});

describe('the third review’s probes: pay and mass signs', () => {
  it.each([
    ['a decimal rate in dollars in Spanish', 'La tarifa es USD 27.50 la hora, pagada cada mes.', 27.5],
    ['a decimal rate in dollars in German', 'Der Satz: $62.50 pro Stunde, remote.', 62.5],
  ])('%s stays a decimal', (_case, text, min) => {
    expect(findPay(text).pay?.min).toBe(min);
  });

  it('the job’s pay after a list of the other roles is read', () => {
    const text =
      "We're hiring a Senior Backend Engineer in Berlin.\n\nOther roles on the team:\n- Frontend Engineer\n- Data Analyst\n\nComp for the backend role is €85-100k.";
    expect(readMessage(text).pay).toMatchObject({ min: 85000, max: 100000, currency: 'EUR' });
  });

  it.each([
    ['seats', 'Ciao Marco, il nostro ristorante da 120 posti cerca un Sous Chef.'],
    ['beds', 'La residencia es un centro de 120 plazas y busca una enfermera.'],
    ['places in a nursery', 'The nursery has 64 places and needs a deputy manager.'],
    ['positions a system holds', 'Our risk engine reprices 5000 positions every second.'],
    ['a team grown', 'We have grown from 5 to 40 positions on the engineering team.'],
  ])('no "dozens hired at once": %s', (_case, text) => {
    expect(readMessage(text).signals.map((s) => s.text)).not.toContain('dozens hired at once');
  });
});

describe('the fourth review’s probes', () => {
  it.each([
    [
      'pay above the Australian award',
      "Hi Sam, I'm recruiting a Registered Nurse for a private hospital in Brisbane. Pay is $45.50 per hour above award, plus penalties.",
      45.5,
    ],
    ['pay under a named award', 'Hi Kim, Electrician role in Perth, $52/hr under the Electrical Award plus site allowances.', 52],
    ['an award winning agency', 'Hi Alex, our award winning agency is hiring a Senior Designer at £45,000 per annum.', 45000],
    ['a yacht’s length in feet', 'Hi, Deckhand role on a private yacht (120 Ft), $4,000 per month.', 4000],
    ['a ladder’s reach in feet', 'Hi Mark, Warehouse Lead in Reno, $24/hr. Must be comfortable on ladders (up to 28 Ft).', 24],
  ])('%s stays pay', (_case, text, min) => {
    expect(readMessage(text).pay?.min).toBe(min);
  });
  it.each([
    ['a trailer’s length', 'Hi Mark, CDL-A Driver, pulling 53 Ft, dry vans. Weekly pay.'],
    ['a bracketed area code', 'Hi, Dev role, salary in USD. Call (555) 123-4567 k'],
  ])('no pay: %s', (_case, text) => {
    expect(readMessage(text).pay).toBeNull();
  });
  it('"I’ve got more jobs for you" in a sentence is no heading of other listings', () => {
    const found = readMessage(
      "Hi Sam, hope you're well!\nI've got more jobs for you\nSenior Accountant at Acme Ltd in London, £55,000 plus bonus.",
    );
    expect(found.pay?.min).toBe(55000);
    expect(found.role).toBe('Senior Accountant');
  });
  it('"em Seguros" after a title is a field of work, at Seguros Unimed', () => {
    expect(readMessage('Olá Ana, sou recrutadora da Seguros Unimed. Temos uma vaga de Analista em Seguros em São Paulo.').role).toBe(
      'Analista em Seguros',
    );
  });
  it.each([
    ['Fast Lane', "Hi Sam, I'm with Fast Lane. We're hiring a Technical Trainer in Berlin.", 'Fast Lane'],
    ['Bridge Street', "Hi Sam, I lead talent at Bridge Street. We're hiring a Senior Analyst in London, £70,000.", 'Bridge Street'],
  ])('a name ending in a street’s word stays: %s', (_case, text, company) => {
    expect(readMessage(text).company).toBe(company);
  });
  it('a grade in brackets stays part of the title', () => {
    expect(readMessage('Subject: IT Specialist (GS-2210-12)\n\nHello.').role).toBe('IT Specialist (GS-2210-12)');
  });
  it(
    '"Ft," repeated over 1 MB is read in well under a second',
    () => {
      expect(msToRead('1 Ft, '.repeat(170_000))).toBeLessThan(1_000);
    },
    READ_TEST_TIMEOUT,
  );
});

describe('the fifth review’s probes: pay', () => {
  it('"SFr." after a figure is the Swiss franc', () => {
    expect(readMessage("Wir suchen einen Senior Java Entwickler in Zürich. Lohn: 120'000 SFr. pro Jahr.").pay?.currency).toBe('CHF');
  });
  it('"Rémunération visée" is the salary aimed at, not on-target earnings', () => {
    expect(readMessage('Poste de Développeur Java à Lyon. Rémunération visée : 50 000 à 55 000 € brut annuel.').pay?.ote).toBe(false);
  });
  it('an OTE "on sales targets" stays the OTE', () => {
    expect(readMessage('Sales Manager role at Northwind Ltd, Leeds: £60k basic, £95k OTE on sales targets.').ote).toMatchObject({
      min: 95000,
    });
  });
  it('dollars a French message calls American stay US dollars', () => {
    expect(readMessage('Bonjour Marc, pour une startup, payé en dollars américains : 120 000 $ par an.').pay?.currency).toBe('USD');
  });
  it('"Más ofertas de temporada" in a sentence’s place lists no other jobs', () => {
    const text = 'Hola Ana,\n\nBuscamos Camareros para un hotel en Ibiza.\nMás ofertas de temporada\nSalario: 1.600 € netos al mes.';
    expect(readMessage(text).pay).toMatchObject({ min: 1600, period: 'month' });
  });
});

describe('the fifth review’s probes: employers', () => {
  it.each([
    ['a licence’s state', 'You must hold an active RN license issued by the State of New York.'],
    ['a past university', "I noticed you did your PhD at the University of Edinburgh. We're hiring a Machine Learning Engineer."],
    ['a place to work in', 'You must be eligible to work in the Province of Ontario.'],
    ['a ministry’s programmes', 'Experience on Ministry of Defence programmes is essential.'],
    ['sign language', 'Must be fluent in ASL Level 3 or above.'],
  ])('%s is no employer', (_case, text) => {
    expect(readMessage(text).company).toBeNull();
  });
  it('"Ville" before a place is no employer; the sender’s firm stays', () => {
    expect(readMessage('Bonjour Marc, je suis consultante chez Talentis. Poste de Responsable RH basé à Ville Mont-Royal.').company).toBe(
      'Talentis',
    );
  });
  it.each([
    ['Buongiorno, il Team della Bianchi Automazione S.p.A. cerca un tecnico.', 'Bianchi Automazione S.p.A.'],
    ['Olá, a Equipe do Grupo Boticário Ltda está contratando.', 'Grupo Boticário Ltda'],
  ])('a team before a particle is no part of the name: %s', (text, company) => {
    expect(readMessage(text).company).toBe(company);
  });
});

describe('the fifth review’s probes: titles', () => {
  it.each([
    ['Te ofrecemos un puesto de trabajo estable en Madrid. Buscamos Desarrollador Java.', 'Desarrollador Java'],
    ['Nuestra oficina está en la Plaza de Castilla, Madrid. Buscamos un Desarrollador Java.', 'Desarrollador Java'],
    [
      "We're hiring a Senior Backend Engineer in two offices:\n- London\n- Berlin\n\nFor the London role:\nSalary £90k",
      'Senior Backend Engineer',
    ],
  ])('%s', (text, role) => {
    expect(readMessage(text).role).toBe(role);
  });
  it.each([
    ['"tjänst som" then a verb', 'Vi har en tjänst som passar dig perfekt.'],
    ['"stilling som" then a verb', 'Jeg har en stilling som passer deg godt.'],
    ['"Rollen som jeg nevnte"', 'Rollen som jeg nevnte på telefon er fortsatt ledig.'],
    ['"onze vacature op de website"', 'Bekijk onze vacature op de website.'],
    ['"on cherche à renforcer"', 'On cherche à renforcer notre équipe à Lyon.'],
    ['a client before a Turkish title', 'Müşterimiz Garanti Teknoloji Kıdemli Yazılım Geliştirici pozisyonu için arıyor.'],
    ['a place before a Turkish title', 'İstanbul Avrupa Yakası Satış Temsilcisi pozisyonu için başvurular açık.'],
    [
      'a referral asked for "especially"',
      'We have Data Engineer, QA Analyst and Designer openings. I’d especially welcome a Product Designer referral.',
    ],
  ])('%s names no job', (_case, text) => {
    expect(readMessage(text).role).toBeNull();
  });
});

describe('the fifth review’s probes: mass and personal signs', () => {
  it('a job alert’s footer stays a mass sign: "die je hebt gemaakt" of an alert names no work', () => {
    const text =
      'Nieuwe vacatures voor jou\n\nJe ontvangt deze e-mail op basis van de vacaturemelding die je hebt gemaakt.\n\nJava Developer - Utrecht';
    expect(readMessage(text).massPitch).toBe(true);
  });
  it.each([
    ['Dutch PR as public relations', 'Vind je PR en communicatie leuk?'],
    ['Norwegian "your code"', 'Vil du se koden din brukt av millioner?'],
    ['Finnish "your project"', 'Haluatko viedä projektisi seuraavalle tasolle?'],
    ['Hungarian "your post" as a job', 'Elégedett vagy a jelenlegi posztod?'],
    ['an application submitted', 'Bedankt voor de sollicitatie die je hebt ingediend.'],
  ])('%s is no personal sign', (_case, text) => {
    expect(readMessage(text).signals.filter((s) => s.kind === 'personal')).toEqual([]);
  });
  it('"an urgent business need" in a personal note is no urgency; "(or someone you know)" bracketed is a pass-on', () => {
    expect(
      readMessage('I saw your talk at GopherCon. We have an urgent business need on our platform team.').signals.map((s) => s.text),
    ).not.toContain('urgency');
    expect(
      readMessage('I loved your blog post on Raft, would you, or someone you know, be interested?').signals.map((s) => s.text),
    ).not.toContain('asks you to pass it on');
  });
});

describe('the sixth review’s probes', () => {
  it.each([
    [
      "Hi Mark,\n\nWe're hiring a Platform Engineer at Finlo Ltd, salary £80,000.\n\nWe're also growing these teams:\n• Data Engineer\n• QA Engineer – £50,000\n\nWould you be open to a chat about the Platform Engineer role?",
      'Platform Engineer',
    ],
    ['Merhaba Ahmet Bey,\nKıdemli Yazılım Geliştirici pozisyonu için sizinle görüşmek isterim.', 'Kıdemli Yazılım Geliştirici'],
    ['Kedves Anna!\nSenior Java Fejlesztő pozícióra keresünk munkatársat budapesti irodánkba.', 'Senior Java Fejlesztő'],
    [
      'Olá João, sou do time de recrutamento de Tecnologia da Acme Ltda. Estamos contratando um Desenvolvedor Java Sênior.',
      'Desenvolvedor Java Sênior',
    ],
    ['Hola Ana, estoy buscando perfiles como el tuyo para una posición de Gerente de Ventas en Acme S.A.', 'Gerente de Ventas'],
  ])('the job: %s', (text, role) => {
    expect(readMessage(text).role).toBe(role);
  });
  it.each([
    ['Hi Priya, the Senior Planner role is located at the City of Westbridge offices, salary $92,000 - $104,000.', 'City of Westbridge'],
    ["Hi, we'd love you to apply to the University of Northbay for our Research Software Engineer opening.", 'University of Northbay'],
    ['Bonjour Marie, la Ville d’Annecy recrute un Chef de projet informatique.', 'Ville d’Annecy'],
    ["Hi Dave, I'm hiring a Senior Accountant at AB Holdings. Previously you were at Alpha Beta Holdings, right?", 'AB Holdings'],
    ['Hi Kate, Barclays Family Services team is hiring. Senior Analyst at Barclays, £60,000.', 'Barclays'],
  ])('the employer: %s', (text, company) => {
    expect(readMessage(text).company).toBe(company);
  });
  it.each([
    [
      'Hi Sven,\n\nVi söker en Systemförvaltare till Acme AB.\n\nMore matches mean more interviews: our platform helps you get seen.\n\nLön 45 000 kr i månaden.',
    ],
    [
      'Hoi,\n\nWij zoeken een Data Engineer voor Acme B.V.\nMeer vacatures die bij je passen: bekijk onze site.\nSalaris 5.000 euro per maand.',
    ],
  ])('a heading-like sentence with a colon keeps the pay after it: %s', (text) => {
    expect(readMessage(text).pay).not.toBeNull();
  });
  it('"rémunération annuelle cible" is on-target earnings beside the fixed pay', () => {
    const found = readMessage('Bonjour, rémunération annuelle cible : 95 k€ (fixe 70 k€ + variable). Poste de Commercial chez Acme SAS.');
    expect(found.pay).toMatchObject({ min: 70000 });
    expect(found.ote).toMatchObject({ min: 95000 });
  });
});

describe('the seventh review’s probes', () => {
  it('a "Job of the week" block in a recruiter’s mail does not replace the job it offers', () => {
    const text =
      'Hi Sam,\n\nThe Senior Data Engineer role at Lumio pays £95k base.\n\nJob of the week\nJunior Data Analyst\nBolt Ltd – Leeds\n£28,000\n\nThanks,\nAmy';
    expect(readMessage(text)).toMatchObject({ company: 'Lumio', pay: { min: 95000 } });
  });
  it('a newsletter’s featured item, a headline with a colon, is no listing', () => {
    const text =
      'Quay Labs Engineering Blog – job alert digest\n\nFEATURED\nStaff Engineer Q&A: scaling our ledger\nQuay Labs Engineering Blog\n\nWe are hiring a Senior SRE at Quay Labs, £110k-£125k.';
    expect(readMessage(text).pay).toMatchObject({ min: 110000, max: 125000, currency: 'GBP' });
  });
  it('a description on a featured listing’s employer line is no employer', () => {
    const text = 'New jobs for you (job alert)\n\nFeatured role:\nFounding Engineer\nStealth AI startup\n$180,000\n';
    expect(readMessage(text).company).toBeNull();
  });
  it.each([
    ['a department of a firm', 'I spent five years in the Finance Department of Barclays before joining Peak Talent. My client is hiring.'],
    ['a word opening the sentence before "Department"', 'Yesterday Department of Physics posted a new Lab Manager role.'],
    ['a club named "Ministry"', 'You may know them from their work with Ministry of Sound.'],
    ['a role owned, not a business', "I own Customer Onboarding at the company and we're hiring a Product Designer."],
    ['a capitalised adjective after "Our client"', 'Our client Senior leadership loved your profile.'],
  ])('%s is no employer', (_case, text) => {
    expect(readMessage(text).company).toBeNull();
  });
  it.each([
    ['"School of Rock"', 'We need a Guitar Teacher at School of Rock Denver.', 'School of Rock Denver'],
    ['a firm named after a professor', 'I am recruiting for Professor Woods Ltd, an education company.', 'Professor Woods Ltd'],
  ])('%s is an employer', (_case, text, company) => {
    expect(readMessage(text).company).toBe(company);
  });
  it('"become a Product Manager one day" names no job; the one hired for does', () => {
    expect(readMessage("I'd love to become a Product Manager one day, like you! Meanwhile we're hiring a Data Analyst.").role).toBe(
      'Data Analyst',
    );
  });
  it('"we have the latest tech" names no job', () => {
    expect(readMessage('We have the latest tech and a great team at Lumio.').role).toBeNull();
  });
  it.each([
    ['Swedish, with "ditt"', 'Hej Sam! Vi har en tjänst som elektriker hos Elteam. 200 kr i timmen. Skicka ditt CV till mig.', 'SEK'],
  ])('kronor and kroner: %s', (_case, text, currency) => {
    expect(readMessage(text).pay?.currency).toBe(currency);
  });
  it('Norwegian "lønnen" says nothing of Danish kroner', () => {
    const text = 'Hei Sam, vi har en stilling som utvikler hos Fjordtek. Lønnen er 65 000 kr i måneden. Interessert?';
    expect(readMessage(text).pay?.currency).not.toBe('DKK');
  });
  it('Swedish "tak" (a roof) says nothing of Danish kroner', () => {
    const text = 'Hej! Takläggare sökes till Takbolaget, arbete på tak i Luleå, 210 kr/tim. Skicka ditt CV!';
    expect(readMessage(text).pay?.currency).not.toBe('DKK');
  });
});

describe('the eighth review’s probes (rules of sets 71 to 76)', () => {
  it.each([
    ['"we have budget of"', 'I’m recruiting a Senior Engineer for Acme Labs. We have budget of £90,000 for the right person.', 90000],
    ['"there is budget of"', 'There is budget of $150,000 for this.', 150000],
    ['a team’s budget for the hire', 'The team budget is £95,000 base plus bonus.', 95000],
    ['an engineering budget for the hire', 'Our engineering budget is £95,000 for this hire.', 95000],
    ['a budget controlled, then its figure', 'The hiring manager controls the budget and it is £70,000 for this role.', 70000],
    ['a duty to manage a budget beside the salary', "Acme Labs needs a Finance Manager: you'll manage the budget, salary £65,000.", 65000],
    [
      'a duty "responsible for budget"',
      'Acme Labs is hiring a Project Manager responsible for budget and delivery at £70,000 base.',
      70000,
    ],
    [
      '"piloter le budget", then the salary',
      'Acme SAS recrute un Contrôleur de gestion pour piloter le budget, salaire 55 000 € brut.',
      55000,
    ],
    ['a client’s "Budget von" for the position', 'Der Kunde hat ein Budget von 90.000 € für die Position.', 90000],
    ['"le budget annuel" of the post', 'Le budget annuel de 55 000 € brut pour ce poste.', 55000],
    ['lakhs by the year', 'Acme Labs is hiring a Care Assistant. Salary is 24 lakhs a year.', 2400000],
    ['zlotys by the month', 'Acme Labs is hiring a Warehouse Supervisor. The salary is 9,000 zlotys a month.', 9000],
  ])('pay: %s', (_case, text, min) => {
    expect(readMessage(text).pay?.min ?? readMessage(text).pay?.max).toBe(min);
  });
  it.each([
    [
      'a follow-up’s only job after "I’m also looking for"',
      "Hi Sam, thanks for your reply yesterday! I'm also looking for a Senior Data Engineer at Acme Labs paying £90k.",
      'Senior Data Engineer',
    ],
    [
      'a follow-up’s only job after "We’re also hiring"',
      "Hi Sam, great to chat earlier. We're also hiring a Senior Engineer for Acme Labs at £85,000.",
      'Senior Engineer',
    ],
  ])('role: %s', (_case, text, role) => {
    expect(readMessage(text).role).toBe(role);
  });
  it.each([
    [
      '"Hiring for" a shift, at the start of a post',
      'Hiring for Night Shift! Acme Foods needs a Forklift Driver at $20/hour.',
      'Acme Foods',
    ],
    [
      '"Recruiting for" a job, at the start of a post',
      'Recruiting for Warehouse Operatives now, $16/hour, apply at FreshMart.',
      'FreshMart',
    ],
    [
      'a council the builder works with',
      "Site Manager needed for a school build we're doing with Kent County Council. £55k. - Dave, Brickfield Construction",
      'Brickfield Construction',
    ],
    [
      'a hospital whose surgeons also work for a trust',
      "I'm Jo at Riverside Private Hospital. We're hiring a Theatre Nurse at £38,000. Many of our surgeons also work for Northmoor Valley NHS Foundation Trust.",
      'Riverside Private Hospital',
    ],
    [
      'a hospital working with a health board',
      "I'm Jo, a recruiter with Mercy Hospital. We work with Northwind Health Board on placements. Staff Nurse, £35,000.",
      'Mercy Hospital',
    ],
    ['a name all in capitals', 'USA TODAY is hiring a Data Reporter at $80,000.', 'USA TODAY'],
    [
      'a trust named with a possessive',
      "Hi Sam, I'm recruiting for The Prince's Trust. We need a Youth Worker, £28,000 a year.",
      "The Prince's Trust",
    ],
    [
      'an agency’s client it works with on the hire',
      'We work with the Tri-County Transit Authority on this hire.',
      'Tri-County Transit Authority',
    ],
  ])('company: %s', (_case, text, company) => {
    expect(readMessage(text).company).toBe(company);
  });
  it.each([
    [
      'a council a builder builds for',
      'Acme Homes here. We build social housing for Leeds City Council and we’re after a Site Manager, £55,000.',
    ],
    ['a council a practice works for', "we're a small architecture practice working mostly for Bristol City Council. Want to join?"],
    ['an authority that uses the product', 'Hi Sam, our product is used by the Greater London Authority and 40 other councils.'],
    ['a ministry the firm supplies', 'Oakleaf Digital is a supplier to the Ministry for Primary Industries in NZ.'],
    ['a department the firm builds for', 'Oakleaf Digital has been building services for the Department for Business and Trade.'],
    [
      'a department lead',
      'My client, a leading bank, is hiring a Senior Engineer. You’d report to the Department for Digital Transformation lead.',
    ],
    ['a Finnish campus', 'Hei Sam, Nordsoft hakee ohjelmistokehittäjää. Toimistomme on lähellä Oulun yliopisto -kampusta.'],
  ])('no employer: %s', (_case, text) => {
    const company = readMessage(text).company;
    expect(company === null || !/Council|Authority|Ministry|Department|kaupunki|yliopisto/.test(company)).toBe(true);
  });
  it('"manage alerts" from a SIEM is the job, not a footer', () => {
    const text =
      "I'm Jo, Head of Security at Acme Bank. We're hiring a SOC Analyst at £55,000. You'd manage alerts from our SIEM and triage incidents. Would love to chat.";
    expect(readMessage(text).massPitch).not.toBe(true);
  });
});

describe('the ninth review’s probes (rules of sets 77 to 80 and the eighth review’s fixes)', () => {
  it.each([
    [
      '"Recruiting for X" opening a sentence',
      'Hi Sam! Recruiting for Oakridge Medical Group again — we need a Staff Nurse for nights, $48/hr.',
      'Oakridge Medical Group',
    ],
    [
      '"Hiring for X" opening a sentence',
      'Hi Sam. Hiring for Northwind Traders this week: Warehouse Supervisor, $24/hour.',
      'Northwind Traders',
    ],
    [
      '"Hiring for X" in a subject',
      'Subject: Hiring for Halcyon Bank - Senior Risk Analyst\n\nHi Sam, would you be open to a chat? £65k base.',
      'Halcyon Bank',
    ],
    [
      'a Finnish agency’s client',
      'Hei Mikko, asiakkaamme Vantaan kaupunki hakee Sosiaalityöntekijää. Palkka 3 600 € kuukaudessa.',
      'Vantaan kaupunki',
    ],
    [
      '"we work for" a council, hiring for it',
      'Hi Sam, we work for Leeds City Council in the digital services team and would love you to apply to be our Senior Developer. £48,000 a year.',
      'Leeds City Council',
    ],
    [
      'an in-house team of a department',
      'Hi Sam, we are proud to work for the Department for Education as its in-house digital team. Interested in our Senior Product Manager opening?',
      'Department for Education',
    ],
    [
      'an agency’s client, hiring in the next sentence',
      'Hi Jo, we’ve worked with Bristol City Council for 10 years. They are hiring a Data Engineer on £55,000 a year.',
      'Bristol City Council',
    ],
    [
      'a client to appoint',
      'Hi Jan, our firm works alongside Essex County Council to appoint their next Director of Finance on £120,000 a year.',
      'Essex County Council',
    ],
    [
      'a trust in brackets after its hospital',
      'Dear Emma, we have a vacancy for a Staff Nurse at Kingsford General Hospital (Northmoor Valley NHS Foundation Trust). £29,970 per annum.',
      'Northmoor Valley NHS Foundation Trust',
    ],
    [
      'a trust with a possessive',
      "Hi Sam, I'm recruiting for The Prince's Trust. We need a Youth Worker in Leeds, £28,000 a year.",
      "The Prince's Trust",
    ],
    [
      'a council with its service after "voor"',
      'Hoi Sanne, ik werk bij Gemeente Rotterdam voor Jeugdzorg en we zoeken een Casemanager.',
      'Gemeente Rotterdam',
    ],
  ])('company: %s', (_case, text, company) => {
    expect(readMessage(text).company).toBe(company);
  });
  it.each([
    [
      'a research institute the lab collaborates with',
      'Hi Sam, our lab collaborates closely with the Babraham Research Institute. We’re hiring a Lab Technician, £28,000.',
    ],
    [
      'the reader’s past institute',
      'Hi Sam, I saw you spent 5 years at the Western Seaboard Research Institute. We’re hiring a Lab Technician, £28,000.',
    ],
    [
      'two ministries joined by "and"',
      'Hi, we’re recruiting a Data Scientist for the Ministry of Justice and Home Office joint unit. £50,000.',
    ],
  ])('not that employer: %s', (_case, text) => {
    const company = readMessage(text).company;
    expect(company === null || !/Research Institute|Justice and Home Office/.test(company)).toBe(true);
  });
  it.each([
    [
      'a budget managed, after a colon',
      "Hi Dan, we're hiring a Head of Facilities at Brightside Ltd. You will manage a budget: £850,000 per year.",
    ],
    ['a budget overseen, "circa"', 'You will oversee a budget circa £750,000.'],
    ['a budget owned, "exceeding"', 'You’ll own a budget exceeding £600,000.'],
    ['a relocation sum "including" what it covers', 'We offer up to $8,000 including relocation, flights and temporary housing.'],
  ])('no pay: %s', (_case, text) => {
    expect(findPay(text).pay).toBeNull();
  });
  it.each([
    ['Romanian "de la … până la"', 'Salariu de la 9.000 până la 12.000 lei net pe lună.', { min: 9000, max: 12000 }],
    ['Czech "od … až do"', 'Mzda od 60 000 až do 80 000 Kč měsíčně.', { min: 60000, max: 80000 }],
  ])('a range: %s', (_case, text, pay) => {
    expect(findPay(text).pay).toMatchObject(pay);
  });
  it.each([
    [
      'a firm’s client that wants more work',
      'Hi Sam, we built the new portal for Leeds City Council. They want us to build two more, so we need a Senior Frontend Developer, £55,000.',
    ],
  ])('unclear whose the job is, no employer rather than the client: %s', (_case, text) => {
    expect(readMessage(text).company).toBeNull();
  });
  it('the job named after an "also hiring" sentence is not the other jobs’', () => {
    const text =
      "Hi Maya, I'm recruiting for Finch Labs. We're also hiring a Product Designer, a Data Analyst and a Head of Customer Success. The role I have in mind for you is Senior Backend Engineer, £90,000.";
    expect(readMessage(text).role).not.toBe('Product Designer');
  });
  it('a colleague’s title after a follow-up’s "also hiring" sentence is not the job', () => {
    const text =
      "Hi Sam, thanks for getting back to me. We're also hiring a Senior Data Engineer at Acme Labs. The role pays £80,000 and you'd work closely with the Engineering Manager.";
    expect(readMessage(text).role).toBe('Senior Data Engineer');
  });
  it('"para não receber propostas" in a personal message is no footer', () => {
    const text =
      'Olá Ana, vi o seu perfil. Tenho uma vaga de Engenheira de Frontend na Farfetch, 3.500 € por mês. Se preferir, diga-me que tipo de funções procura, para não receber propostas que não lhe interessam.';
    expect(readMessage(text).massPitch).not.toBe(true);
  });
  it('a job alert’s "Manage alerts" line', () => {
    const text =
      'Hi Sam,\nJOB ALERT: Data Analyst jobs in Leeds\nData Analyst - Acme - £35,000\nBI Analyst - Globex - £40,000\nManage alerts';
    expect(readMessage(text).signals.map((s) => s.text)).toContain('an unsubscribe or STOP footer');
  });
});

describe('the tenth review’s probes (the ninth review’s fixes)', () => {
  it.each([
    [
      'a firm’s client whose residents "find" it easier',
      'Hi Sam, we built the new portal for Leeds City Council. Residents find it much easier to use than their old one. We’re after a Senior Frontend Developer, £55,000.',
    ],
    [
      'a firm’s client that "wants" a second phase',
      'Hi Sam, we built the new portal for Leeds City Council and they want a second phase. Join us as a Senior Frontend Developer, £55,000.',
    ],
    [
      'a firm’s client whose planners "apply" it',
      'Hi Sam, we provide software to Leeds City Council. Their planners apply it to every case. Join us as a Senior Frontend Developer, £55,000.',
    ],
    [
      'a firm’s client that moved "in-house"',
      'Hi Sam, our company provides payroll services for Leeds City Council. They moved their entire workforce onto it in-house last year. Join us as a Payroll Analyst, £35,000.',
    ],
    [
      'a charity’s partner borough',
      'Hi Anna, our charity works with the Royal Borough of Kingston. We’re hiring a Fundraising Manager, £38,000.',
    ],
  ])('no employer: %s', (_case, text) => {
    const company = readMessage(text).company;
    expect(company === null || !/Council|Borough/.test(company)).toBe(true);
  });
  it.each([
    [
      '"you were great in the interview with X"',
      "Hi Sam, you were great in the interview with Acme Robotics and they'd like to offer you the Controls Engineer role, £60k.",
      'Acme Robotics',
    ],
    [
      '"you did brilliantly in your first interview with X"',
      'Hi Sam, you did brilliantly in your first interview with Acme Robotics! Next step for the Controls Engineer role is a site visit. £60k.',
      'Acme Robotics',
    ],
    [
      'a firm named "… Associates"',
      'Hi Sam, Harrow Green Associates is hiring a Senior Structural Engineer in Bristol, £55,000.',
      'Harrow Green Associates',
    ],
    [
      'a client named "… Associates"',
      'Hi Sam, my client Barnes Wallis Associates is looking for a Senior Architect, £60,000.',
      'Barnes Wallis Associates',
    ],
    [
      'a hospital working with a trust',
      "Hi Sam, we're hiring a Ward Manager at Kingsford General Hospital, which works closely with Northmoor Valley NHS Foundation Trust on referrals. £47,000.",
      'Kingsford General Hospital',
    ],
    [
      'a ministry of two things closing its clause',
      'Hi Sam, our client, the Ministry of Defence and Veterans Affairs, needs a Policy Advisor, $90,000.',
      'Ministry of Defence and Veterans Affairs',
    ],
  ])('company: %s', (_case, text, company) => {
    expect(readMessage(text).company).toBe(company);
  });
  it.each([
    ['Recruiting for Senior Engineers across the UK — are you open to a Senior Backend Engineer role, £80k?'],
    ['Hiring for Software Engineers at all levels. Hi Sam, are you open to a chat?'],
    ['Recruiting for Healthcare Assistants in Leeds - £12.20 per hour. Apply now.'],
    ['Hi Sam, Recruiting for Hospitality Staff across London. Bar Supervisor, £30,000.'],
    ['Recruiting for Christmas Temps! Retail Assistant, £11.50 per hour, Leeds.'],
    ['Hiring for Immediate Start: Forklift Driver, £13 per hour, Doncaster.'],
    ['Hiring for Multiple Locations - Store Manager £35,000'],
  ])('a shouted "Hiring for" people or a time is no employer: %s', (text) => {
    expect(readMessage(text).company).toBeNull();
  });
  it.each([
    [
      '"managing this search and the budget:"',
      "Hi Sam, I'm managing this search and the budget: £85,000 - £95,000 base plus bonus.",
      85000,
    ],
    ['"owns the budget:"', 'Hi Sam, the hiring manager owns the budget: £80,000 - £90,000 base for a Senior Engineer.', 80000],
    ['"manage the budget £60,000 - £70,000 salary"', 'Hi Sam, you will manage the budget £60,000 - £70,000 salary plus bonus.', 60000],
    ['an OTE "including commission"', 'Hi Sam, Account Executive, £80,000 OTE including commission on new revenue.', 80000],
    ['German "inkl. Bonus"', 'Hallo Sam, Gehalt 75.000 € inkl. Bonus bei Zielerreichung von 100% der Umsatzziele.', 75000],
    ['a salary "including shift allowance"', 'Hi Sam, £45,000 including shift allowance, managing a fleet of 40 vehicles.', 45000],
    ['a package "including" a pension contribution', 'Hi Sam, total package £90,000 including 10% employer pension contribution.', 90000],
  ])('pay: %s', (_case, text, min) => {
    expect(readMessage(text).pay?.min).toBe(min);
  });
  it('a Greek "έως" before a contract’s months is no range', () => {
    expect(findPay('Γεια σας, μισθός 2.000 € έως 12 μήνες σύμβαση.').pay).toMatchObject({ min: 2000, currency: 'EUR' });
  });
  it('"Manage alerts" opening a duty in a list is no footer', () => {
    const text = 'Hi Sam, in this SRE role you will:\nManage alerts and on-call rotas\nImprove observability\nSalary £85,000';
    expect(readMessage(text).massPitch).not.toBe(true);
  });
  it.each([
    ['Para não receber novas vagas, clique aqui.'],
    ['Para não receber notificações, clique aqui.'],
    ['Para não receber nossos e-mails, clique aqui.'],
    ['Para não receber alertas de vagas, clique aqui.'],
  ])('a Portuguese opt-out: %s', (footer) => {
    expect(readMessage(`Olá! Vaga de Atendente, R$ 1.800 por mês. ${footer}`).signals.map((s) => s.text)).toContain(
      'an unsubscribe or STOP footer',
    );
  });
  it('a Dutch foundation’s "voor" joins no words of a phrase to its name', () => {
    expect(readMessage('Voor Stichting Philadelphia voor Mensen met een Beperking zoek ik een Begeleider.').company).not.toBe(
      'Stichting Philadelphia voor Mensen',
    );
  });
});

describe('the eleventh review’s probes (the tenth review’s fixes)', () => {
  it.each([
    [
      'a client that wants someone, named by a title',
      'Hi Jan, we work with Yorkshire Water Authority. They want a Process Engineer, £45,000 per annum.',
      'Yorkshire Water Authority',
    ],
    [
      'a client that asks us to find someone',
      'Hi Sam, we’re a supplier to Tri-County Transit Authority — they have asked us to find a Bus Operator. $28/hr.',
      'Tri-County Transit Authority',
    ],
    [
      'a client keen to find someone',
      'Hi Sam, we are proud to work with Kent County Council. They’re keen to find a Senior Planner with Local Plan experience.',
      'Kent County Council',
    ],
    [
      'a borough that would like to meet someone',
      "Hi Sam, we work with the Royal Borough of Kingston and they'd like to meet Senior Planners with your background.",
      'Royal Borough of Kingston',
    ],
    [
      'a hospital "(part of" its trust',
      "Hi Emma, we're hiring a Staff Nurse for St Mary's Hospital (part of Imperial College Healthcare NHS Trust).",
      'Imperial College Healthcare NHS Trust',
    ],
    [
      'a hospital and its board after a comma',
      'Hi Emma, Staff Nurse vacancy at Royal Gwent Hospital, Aneurin Bevan University Health Board. £33,000.',
      'Aneurin Bevan University Health Board',
    ],
    [
      'a ministry of two government fields',
      'Hi Sam, our client, the Ministry of Defence and Veterans Affairs, needs a Policy Advisor, $90,000.',
      'Ministry of Defence and Veterans Affairs',
    ],
  ])('company: %s', (_case, text, company) => {
    expect(readMessage(text).company).toBe(company);
  });
  it.each([
    [
      'the reader’s past institute, "you were at"',
      "Hi Sam, I saw you were at the Western Seaboard Research Institute for 5 years. I'm hiring a Senior Scientist.",
    ],
    ['a ministry and a firm', 'Hi Sam, my client works closely with the Ministry of Defence and Airbus; they need a Systems Engineer.'],
  ])('not that employer: %s', (_case, text) => {
    const company = readMessage(text).company;
    expect(company === null || !/Research Institute|and Airbus/.test(company)).toBe(true);
  });
  it.each([
    ['Hiring for Sales Associates! Full-time and part-time, £11.50 an hour'],
    ['We are currently recruiting for Warehouse Associates at our Doncaster site, £12/hr.'],
  ])('people of a trade after "Hiring for" are no employer: %s', (text) => {
    expect(readMessage(text).company ?? '').not.toMatch(/Associates/);
  });
  it.each([
    ['a salary per year "including visa sponsorship"', '€80,000/year, including visa sponsorship.', 80000],
    ['an "up to" salary with a bonus, then relocation', 'Up to €90,000 + bonus, including relocation assistance to Amsterdam.', 90000],
    ['a salary "incl. relocation"', 'Offering €85,000 incl. relocation to Dublin.', 85000],
    ['a Gulf salary with housing', 'SAR 40,000/month incl. housing and flights, tax free.', 40000],
    ['a salary before a relocation sum', "You'd get $120k and $8,000 including relocation and flights.", 120000],
  ])('pay: %s', (_case, text, figure) => {
    const pay = findPay(text).pay;
    expect(pay?.min ?? pay?.max).toBe(figure);
  });
  it.each([
    ['a relocation sum the company covers', 'The company will cover up to €8,000 including relocation, flights and temporary housing.'],
    ['a team budget someone is responsible for', "You'll be responsible for the team budget: £400,000 across paid and events."],
    ['a programme budget "exceeding"', 'You will manage the programme budget exceeding £2m.'],
  ])('no pay: %s', (_case, text) => {
    expect(findPay(text).pay).toBeNull();
  });
  it('a Greek "έως" range', () => {
    expect(findPay('Μισθός 2.000 έως 2.500 € μικτά μηνιαίως.').pay).toMatchObject({ min: 2000, max: 2500, period: 'month' });
  });
  it.each([['Manage alerts: https://jobs.example.com/alerts'], ['Manage alerts · Privacy · Terms'], ['Manage alerts here']])(
    'a job alert’s "%s"',
    (line) => {
      const text = `Hi Sam,
JOB ALERT: Data Analyst jobs in Leeds
Data Analyst - Acme - £35,000
BI Analyst - Globex - £40,000
${line}`;
      expect(readMessage(text).signals.map((s) => s.text)).toContain('an unsubscribe or STOP footer');
    },
  );
});

describe('the twelfth review’s probes (the eleventh review’s fixes)', () => {
  it.each([
    ['a title "… Manager | Budget:"', 'Hi Ana, Project Manager | Budget: £65,000 per annum | Leeds | Hybrid', 65000],
    [
      'a hiring manager’s budget with a bonus',
      "Hi Rachel, Category Manager at Tesco. Hiring manager's budget: £85,000 + 10% bonus.",
      85000,
    ],
    [
      'a role’s budget with a bonus',
      "Hi Jo, I'm working on an Engineering Manager role – budget £110,000 + bonus, hybrid in London.",
      110000,
    ],
    [
      'a salary including a travel allowance',
      'Salary: £18,000 including travel allowance. Apprentice Surveyor at Ridge and Partners, Oxford.',
      18000,
    ],
    ['a day rate including travel', 'Day rate: £450 including travel and expenses, 6 month contract.', 450],
    ['a small salary including a visa', 'Salary: €14,000 incl. visa sponsorship and relocation.', 14000],
  ])('pay: %s', (_case, text, min) => {
    expect(findPay(text).pay?.min).toBe(min);
  });
  it.each([
    [
      'a relocation sum including housing',
      'Hi Eva, Data Engineer at N26 in Berlin. We offer up to €8,000 including housing and flights to help you move.',
    ],
    [
      'a first month’s accommodation',
      'Hi, Backend Engineer role at Bolt in Tallinn. We provide €3,000 including accommodation for the first month.',
    ],
    ['a sum "for your move"', 'Hi Eva, We give you €5,000 for your move, including flights and a month of temporary housing.'],
    ['a company budget someone manages', "Hi Chris, you'd manage the company budget of £250,000 as Office Manager at Harlow Logistics."],
  ])('no pay: %s', (_case, text) => {
    expect(findPay(text).pay).toBeNull();
  });
  it.each([
    [
      '"recruiting for" a firm of engineers',
      "Hi Sam, I'm recruiting for Webb Yates Engineers, a structural engineering consultancy in London.",
      'Webb Yates Engineers',
    ],
    [
      '"hiring for" a firm of developers',
      "Hi Priya, we're hiring for Barratt Developers in Manchester – Site Manager, £55,000 + car.",
      'Barratt Developers',
    ],
    [
      'a Dutch "Stichting voor"',
      'Beste Lisa, ik werf voor Stichting voor Jeugdzorg Utrecht een Teamleider, salaris € 4.200 per maand.',
      'Stichting voor Jeugdzorg Utrecht',
    ],
    [
      'a ministry of children and family',
      'Hi, an Analyst role at the Ministry of Children and Family Development. Salary $70,000 - $80,000.',
      'Ministry of Children and Family Development',
    ],
  ])('company: %s', (_case, text, company) => {
    expect(readMessage(text).company).toBe(company);
  });
  it('"Manage alerts generated by" a SIEM opening a duty line is no footer', () => {
    const text =
      'Responsibilities:\nManage alerts generated by our SIEM tooling\nTriage incidents and escalate\nSOC Analyst at Darktrace, £40,000.';
    expect(readMessage(text).massPitch).not.toBe(true);
  });
  it('a Greek "έως" before a year is no range', () => {
    expect(findPay('Μισθός 1.800 € έως 2025 σύμβαση.').pay).toMatchObject({ min: 1800, max: null });
  });
});

describe('the thirteenth review’s probes (the twelfth review’s fixes)', () => {
  it.each([
    [
      'a managed budget with a bonus scheme after it',
      'As Head of Marketing at Ocado you will manage a budget of £1.5m, with a bonus scheme and private healthcare.',
    ],
    ['a site budget, then a bonus', 'As Operations Manager at DHL you will manage the site budget of €2m and receive a bonus.'],
    ['an events budget plus benefits', "You'll manage the annual events budget of £250,000 plus benefits, reporting to the CMO at Sky."],
    ['a budget, then equity on offer', "You'll be managing a team of 6 and a budget of £350k, with equity on offer at Monzo."],
  ])('no pay: %s', (_case, text) => {
    expect(findPay(text).pay).toBeNull();
  });
  it.each([
    [
      'a Greek range whose top looks like a year',
      'Θέση: Λογιστής στην εταιρεία Alfa ΑΕ. Μισθός 1800 έως 2000 € μικτά.',
      { min: 1800, max: 2000 },
    ],
    [
      'a compensation including relocation support',
      'Compensation: 15,000–18,000 PLN net (B2B), including relocation support. Role: Senior Java Developer at Allegro.',
      { min: 15000, max: 18000 },
    ],
    [
      'a role that pays, including travel',
      'The role pays £18,500 DOE, including travel expenses, for a Trainee Recruiter at Hays.',
      { min: 18500 },
    ],
    ['"Pay:" including travel to sites', 'Pay: £14,000 pro rata (term time) including travel to sites.', { min: 14000 }],
    [
      'a seasonal wage including accommodation',
      'Pay: £18,000 + bonus, including accommodation on site. Role: Chalet Host at Ski Total.',
      { min: 18000 },
    ],
    [
      'an Italian wage including housing',
      'Retribuzione: 1.800 € netti, including housing, per Cameriere presso Hotel Danieli.',
      { min: 1800 },
    ],
  ])('pay: %s', (_case, text, pay) => {
    expect(findPay(text).pay).toMatchObject(pay);
  });
  it.each([
    ["We're currently recruiting for Healthcare Assistants across Leeds, £12.50 per hour."],
    ["Hi Anna, we're recruiting for Support Workers in Bristol, paying £11.50 per hour."],
  ])('people of a trade after "hiring/recruiting for" are no employer: %s', (text) => {
    expect(readMessage(text).company).toBeNull();
  });
  it.each([['New jobs for you: Backend Engineer at Spotify.\nManage alerts ›\nPrivacy']])(
    'a job alert’s "Manage alerts ›" line before more footer: %s',
    (text) => {
      expect(readMessage(text).signals.map((s) => s.text)).toContain('an unsubscribe or STOP footer');
    },
  );
});

describe('the fourteenth review’s probes (the thirteenth review’s fixes)', () => {
  it.each([
    ['a "Management" title before its budget', "Hi Sam, I'm hiring a Risk Management Lead for Acme — budget £80k.", 80000],
    [
      'management that signed off a budget',
      'Hi Sam, senior management has signed off a budget of £95,000 for this Engineering Manager role at Acme.',
      95000,
    ],
    [
      '"the budget" plus benefits',
      'Hi Sam, the hiring manager owns the budget: £85,000 plus excellent benefits. Role is Engineering Manager at Acme.',
      85000,
    ],
    ['"the budget" with bonus and equity', 'Hi Sam, the CTO manages the budget: up to £90,000 with bonus and equity.', 90000],
    [
      'a salary including London weighting and travel',
      'Hi Sam, Apprentice Technician role at Acme, offering £17,500 including London weighting and travel.',
      17500,
    ],
  ])('pay: %s', (_case, text, figure) => {
    const pay = findPay(text).pay;
    expect(pay?.min ?? pay?.max).toBe(figure);
  });
  it.each([
    ['a relocation sum a firm pays', 'Hi Sam, Backend Engineer role at Acme in Lisbon. Acme pays €3,000 including flights and visa costs.'],
    ['a sum paid for the move', 'You will be paid €3,000 for the move.'],
    [
      'accommodation in the first weeks',
      'Hi Sam, Backend Engineer role at Acme in Lisbon. We offer €4,000 including accommodation in your first weeks.',
    ],
    ['housing support', 'Hi Sam, Backend Engineer role at Acme in Lisbon. Acme also offers €3,000 including housing support.'],
    ['a team’s own "the budget" of a thing’s size', "You'll manage the budget: £1.2m a year."],
  ])('no pay: %s', (_case, text) => {
    expect(findPay(text).pay).toBeNull();
  });
  it('a Greek "έως" before a year after a euro sign is no range', () => {
    expect(findPay('Γεια σου Sam, θέση Λογιστή στην Acme στην Αθήνα, μισθός €1.500 έως 2025 με σύμβαση.').pay).toMatchObject({
      min: 1500,
      max: null,
    });
  });
  it.each([
    [
      "Hi Sam, I'm recruiting for Premier Staff, an events staffing agency. They need an Operations Manager in London, salary £45,000.",
      'Premier Staff',
    ],
    ['Hi Sam, Recruiting for Harmony Care Associates – Senior Care Worker in Leeds, £12.50 per hour.', 'Harmony Care Associates'],
  ])('a firm named by a trade’s word after "recruiting for": %s', (text, company) => {
    expect(readMessage(text).company).toBe(company);
  });
  it('"Manage alerts" as a duty on its own line is no footer', () => {
    const text =
      "Hi Sam,\nI'm recruiting a SOC Analyst for Acme in Manchester, salary £45,000.\nDay to day you will:\nMonitor the SIEM\nManage alerts\nEscalate incidents\nKeen to chat?";
    expect(readMessage(text).massPitch).not.toBe(true);
  });
});

describe('the fifteenth review’s probes (the fourteenth review’s fixes and set 82’s rules)', () => {
  it.each([
    ["Hi Tom, we're hiring for Multi-Drop Drivers for DPD in Hinckley, £15.50 per hour.", 'DPD'],
    ["Hi Tom, we're recruiting for Van Drivers for Amazon in Dartford, £15 per hour.", 'Amazon'],
    ["We're recruiting for Theatre Nurses at Leeds Teaching Hospitals, Band 5, £28,407.", 'Leeds Teaching Hospitals'],
    ["Hi Anna, we're recruiting for Staff Nurses at Royal Derby Hospital, Band 5.", 'Royal Derby Hospital'],
    ["Hi Sarah, we're recruiting for Care Staff at Oakwood Care Home in Derby, £12.00 per hour.", 'Oakwood Care Home'],
    ["Hi Sarah, we're recruiting for Bank Staff at Sunrise Care Home, £12 per hour.", 'Sunrise Care Home'],
    ["We're recruiting for Registered Nurses in Leeds, £19 per hour.", null],
    ["We're hiring for HGV Drivers in Leeds, £17 per hour.", null],
    ["We're recruiting for Warehouse Staff in Corby, £12 per hour.", null],
    ["We're recruiting for Temps for the NHS in Leeds.", null],
    ["We're hiring for Packers at our Corby warehouse, £11.50 per hour.", null],
    ["Hi Jo, I'm recruiting for Premier Staff, a hospitality agency in Leeds, for a Branch Manager.", 'Premier Staff'],
  ])('people of a trade after a lower-case "hiring/recruiting for" are no employer: %s', (text, company) => {
    expect(readMessage(text).company).toBe(company);
  });

  it.each([
    [
      'a thing’s budget across channels',
      "Hi Priya, as Marketing Manager at Acme you'll own the budget: £180,000 across paid social and events.",
    ],
    [
      'a thing’s budget for events',
      "You'll be responsible for the budget: £200,000 for events, print and digital. Role is Events Manager at Acme.",
    ],
    ['a budget per event', "As Head of Events at Acme you'll manage the budget: up to £150,000 per event."],
    ['a budget per quarter', "You'll control the budget: £60,000 per quarter for contractors and tooling, as Delivery Lead at Acme."],
    ['a budget a year for media', "Hi Sam, you'll own the budget: £240k a year for paid media. Role is Growth Lead at Acme."],
    ['the management of a budget', 'Hi Jo, Finance Business Partner at Acme, supporting management of the budget of £3m for Estates.'],
    [
      'line management and a budget',
      'Hi Jo, Practice Manager at a GP surgery in Leeds: line management of 8 staff and a budget of £120,000.',
    ],
    ['an office’s budget', 'Hi Jo, Office Manager at Acme: day-to-day management of the office and a budget of £40,000 for supplies.'],
    ['a budget the person would have', "You'd have a CI budget of around $250k for the first year and a team of 2 technicians."],
    [
      'a relocation sum of €12,000',
      'Hi Sam, Backend Engineer role at Acme in Amsterdam. Acme will cover up to €12,000 including relocation, flights and temporary housing.',
    ],
    [
      'a relocation sum in francs',
      'Hi Sam, Staff Engineer role at Acme in Zurich. Acme provides CHF 16,000 including relocation and temporary housing.',
    ],
    ['"including all relocation costs"', "There's a €6,000 package including all relocation costs."],
    ['"including full relocation support"', 'We provide €7,500 including full relocation support.'],
    ['"including return flights"', 'Acme offers €5,000 including return flights for your family.'],
    ['"including a relocation allowance"', 'There is €5,000 including a relocation allowance and flights.'],
    ['"including shipping and flights"', 'We offer €8,000 including shipping and flights.'],
    ['"including your relocation"', "We'll give you a one-off €9,000 including your relocation and first month's rent."],
  ])('no pay: %s', (_case, text) => {
    expect(findPay(text).pay).toBeNull();
  });

  it.each([
    [
      '"the budget" of a salary’s size',
      'Hi Sam, the hiring manager owns the budget: £85,000 plus excellent benefits. Role is Engineering Manager at Acme.',
      85000,
    ],
    ['"the budget" for the role', 'Hi Sam, the hiring manager owns the budget: £85,000 for this role.', 85000],
    [
      'senior management’s budget for the role',
      'Senior management has signed off a budget of £95,000 for this Engineering Manager role at Acme.',
      95000,
    ],
    ['a budget we have', 'We have a budget of £90,000 for this role.', 90000],
    ['a placement paid "including travel"', 'Hi Sam, summer placement at Acme, paid £4,500 including travel, 10 weeks.', 4500],
    [
      'a contract that pays "including travel"',
      'Hi Sam, 3-month contract at Acme in Leeds; the contract pays £8,500 including travel and expenses.',
      8500,
    ],
    [
      'an apprentice’s salary including travel',
      'Hi Sam, Apprentice Technician role at Acme, offering £17,500 including London weighting and travel.',
      17500,
    ],
    ['a salary "- max" a bonus', 'Hi Sam, Sales Manager at Acme, £55,000 - max 30% bonus.', 55000],
    ['a day rate "- maximum" days', 'Hi Sam, contract role at Acme, day rate £500 - maximum 60 days, outside IR35.', 500],
  ])('pay: %s', (_case, text, min) => {
    expect(findPay(text).pay).toMatchObject({ min });
  });

  it.each([
    [
      'a Greek range with a euro on both ends',
      'Γεια σου Νίκο, θέση Λογιστή στην Acme στην Αθήνα, μισθός €1500 έως €2000 μικτά.',
      1500,
      2000,
    ],
    ['a Greek range with EUR on both ends', 'Θέση Developer στην Acme, αποδοχές EUR 1900 έως EUR 2000 μικτά μηνιαίως.', 1900, 2000],
    ['a Czech hourly range with "až"', 'Dobrý den, pozice svářeče v Acme, hodinová mzda 200 až 250 Kč.', 200, 250],
    ['a Czech range in thousands with "až"', 'Dobrý den, mzda 35 až 45 tisíc Kč měsíčně.', 35000, 45000],
    ['a Czech hourly range with "až" and "/hod"', 'Brigáda ve skladu Acme, 180 až 220 Kč/hod.', 180, 220],
    ['a Dutch range whose top is "max"', 'Salaris € 3.500 tot max € 4.200 bruto per maand.', 3500, 4200],
  ])('a range: %s', (_case, text, min, max) => {
    expect(findPay(text).pay).toMatchObject({ min, max });
  });
  it('a Dutch figure "tot max." hours is no range', () => {
    expect(findPay('Vacature Magazijnmedewerker bij Acme: € 2.800 tot max. 40 uur per week.').pay).toMatchObject({ min: 2800, max: null });
  });

  it.each([
    'Jobs you may be interested in:\nData Analyst – Monzo – London\nProduct Analyst – Wise – London\n\nManage alerts\nHelp Centre\n© 2025 Totaljobs',
    'New jobs for "warehouse operative" in Leeds\nWarehouse Operative – Amazon – £12.50/hr\nPicker – ASOS – £12/hr\n\nManage alerts\n\n© 2025 Indeed',
    '3 new jobs match your search "data engineer":\nData Engineer at Ocado, £70k\nManage alerts  \nPrivacy · Terms',
  ])('"Manage alerts" before a footer’s line is a footer: %j', (text) => {
    expect(readMessage(text).massPitch).toBe(true);
  });
  it.each([
    'Hi Sam, SOC Analyst at Acme. Duties:\nMonitor dashboards\nManage alerts.\nRaise tickets',
    'Hi Sam, SOC Analyst at Acme. Duties:\nManage alerts: triage, escalate and close\nRaise tickets',
  ])('"Manage alerts" as a duty is no footer: %j', (text) => {
    expect(readMessage(text).massPitch).not.toBe(true);
  });
});

describe('the sixteenth review’s probes (this round’s rules)', () => {
  it.each([
    [
      'a list’s first item after a blank line',
      "Hi Sam,\n\nQuick one about a role I'm working on:\n\n- Hybrid\n- Platform Engineer, reporting to the CTO\n- £85,000 plus bonus\n\nInterested?",
      'Platform Engineer',
    ],
    [
      'an en dash list',
      'Hi Sam,\n\nDetails below:\n\n– Manchester\n– Product Designer at a fintech\n– £70,000\n\nThanks',
      'Product Designer',
    ],
    [
      '"Extra" that is the title’s',
      'Hi Sam, Housing 21 are hiring an Extra Care Scheme Manager in Birmingham, £32,000.',
      'Extra Care Scheme Manager',
    ],
    [
      '"Vacancy" that is the title’s',
      "Hi Jo, I'm recruiting a Vacancy Coordinator for Bright Horizons in Leeds, £26,000 a year.",
      'Vacancy Coordinator',
    ],
    [
      'one job’s two fields in the plural',
      "Hi Amy, we're recruiting Health & Safety Advisors for Kier Group in Leeds, £42,000.",
      'Health & Safety Advisor',
    ],
    [
      'two jobs joined by "&"',
      "Hi Amy, we're recruiting Event Crew & Customer Service Ambassadors for Wembley Stadium, £12.50 an hour.",
      'Event Crew & Customer Service Ambassadors',
    ],
    [
      'a colleague’s title after "she is"',
      "Hi Sam, I'm recruiting for Prof Smith's lab at Imperial College London, where she is Principal Investigator. The post is a two-year Research Technician role, £36,000.",
      'Research Technician',
    ],
    [
      'a Dutch subject opening with "top"',
      'Subject: top verkoper gezocht\n\nHoi Jan, voor Coolblue zoek ik een verkoper in Rotterdam, € 2.800 per maand.',
      'top verkoper',
    ],
    [
      'a Danish field "inden for" after the title',
      'Hej Mette, Ørsted søger en Projektleder inden for vindenergi i Fredericia, 55.000 kr. om måneden.',
      'Projektleder',
    ],
  ])('title: %s', (_case, text, role) => {
    expect(readMessage(text).role).toBe(role);
  });
  it.each([
    ['a manager the job reports to', 'Hi Sam, RHS Wisley is hiring a Horticulturist, £27,000, reporting to the Head Gardener.'],
    [
      'a field in a Polish heading',
      'Dzień dobry,\n\nObszar: Logistyka\nLokalizacja: Poznań\n\nmam dla Pana ofertę w firmie Raben Sp. z o.o., wynagrodzenie 7 000 zł brutto.',
    ],
  ])('no title: %s', (_case, text) => {
    expect(readMessage(text).role).not.toBe('Head Gardener');
    expect(readMessage(text).role).not.toBe('Logistyka');
  });
  it.each([
    [
      'a pension fund',
      'Hei Kari, Norsk Helsenett SF søker en seniorrådgiver i Trondheim. Lønn 750 000 kr, og du får medlemskap i Statens pensjonskasse.',
      'Norsk Helsenett SF',
    ],
  ])('employer: %s', (_case, text, company) => {
    expect(readMessage(text).company).toBe(company);
  });
  it.each([
    'Hei Kari, Kystverket søker en rådgiver. Lønn etter Statens lønnsregulativ, 650 000 kr.',
    'Hei Kari, Kystverket søker en rådgiver, 650 000 kr. Se Statens personalhåndbok for vilkår.',
  ])('a state rulebook is no employer: %j', (text) => {
    expect(readMessage(text).company ?? '').not.toMatch(/^Statens/);
  });
  it.each([
    "Hi Sam, the SOC Analyst role at BAE Systems in Leeds is £55,000. Day to day you'd:\nManage alerts\nTune detection settings in Splunk\nThanks, Jo",
    "Hi Sam, I'm recruiting a Data Protection Analyst for Aviva, £45,000. You will:\nManage alerts\nReview privacy incidents\nThanks",
    "Hi Sam, I'm hiring an AML Analyst for Monzo, £48,000. You'll:\nManage alerts\nAgree terms with partners",
  ])('a duty before a line that names settings, privacy or terms is no footer: %j', (text) => {
    expect(readMessage(text).massPitch).not.toBe(true);
  });
  it.each([
    [
      'a Gulf salary including flights and a visa',
      "Hi Ahmed, we're hiring a Site Engineer for Al Futtaim in Dubai. We offer AED 15,000 including annual flights and visa.",
      15000,
    ],
    [
      'a Gulf salary including housing and flights',
      "Hi Ahmed, I'm recruiting a Quantity Surveyor in Riyadh: SAR 18,000 including housing and flights.",
      18000,
    ],
    [
      'a low salary including a visa',
      "Hi Maria, we're recruiting Care Assistants for Sunrise Care in Leeds, £19,500 including visa sponsorship.",
      19500,
    ],
    [
      'a sum allocated to the right candidate',
      'Hi Sam, Acme have allocated £90,000 to the right candidate for their Senior Data Engineer role.',
      90000,
    ],
    ['a sum allocated to hiring a head', 'Hi Sam, the board has allocated £120,000 to hiring a Head of Data at Acme.', 120000],
    ['"the budget" for a person', 'Hi Priya, the CMO at Acme owns the budget: up to £80,000 for a Digital Marketing Manager.', null],
    [
      'a contractor’s day rate from "the budget"',
      'Hi Sam, the hiring manager owns the budget: £600 a day for contractors, outside IR35.',
      600,
    ],
    [
      '"verdienen Sie" is the reader’s own pay',
      'Hallo Herr Weber, bei einem der besten Arbeitgeber verdienen Sie als Controller 75.000 € brutto im Jahr.',
      75000,
    ],
    [
      '"on a contingency basis" after a salary',
      "Hi Sam, I'm recruiting a Finance Manager for Acme in Leeds, £65,000 on a contingency basis.",
      65000,
    ],
  ])('pay: %s', (_case, text, min) => {
    const pay = findPay(text).pay;
    expect(pay).not.toBeNull();
    if (min !== null) expect(pay).toMatchObject({ min });
  });
  it('a travel stipend beside a base is no pay', () => {
    expect(findPay('Hi Sam, Acme offers $2,000 including travel stipend.').pay).toBeNull();
  });
});

describe('the seventeenth review’s probes (the sixteenth review’s mends)', () => {
  it.each([
    [
      'shift rates with an allowance after them',
      'Hi Jo, we need Support Workers for Mears in Derby, £12.50/hr days, £14.00/hr nights plus travel allowance.',
      12.5,
      14,
    ],
    [
      'a bank holiday’s rate beside the weekday’s',
      'Hi Jo, Warehouse Operatives needed at DHL in Rugby, £12/hr weekdays and £25/hr on bank holidays.',
      12,
      null,
    ],
  ])('pay: %s', (_case, text, min, max) => {
    expect(findPay(text).pay).toMatchObject({ min, max });
  });
  it.each([
    [
      'an investment in a software package',
      "Hi Raj, they've invested $300,000 in a new software package, and need an ERP Lead to run it at $130,000.",
      130000,
    ],
    [
      'an investment in post-production kit',
      'Hi Raj, the studio has invested £400,000 in post-production kit and is hiring an Assistant Editor at £28,000.',
      28000,
    ],
    [
      'a thing’s budget across digital marketing',
      "Hi Lucy, I'm recruiting a Marketing Manager for Gymshark. You'd own the budget: £150,000 across digital marketing and PR. Salary is £55,000.",
      55000,
    ],
    [
      'a salary after a project volume',
      'Hallo Herr Meier, für Hochtief suche ich einen Projektleiter (m/w/d) in Essen. Projektvolumen 5 Mio. €, Gehalt 90.000 € brutto.',
      90000,
    ],
    [
      'the base beside the best field staff’s earnings',
      'Hallo Herr Meier, ich suche einen Außendienstmitarbeiter für Vorwerk in München. Unsere besten Außendienstmitarbeiter verdienen über 120.000 € im Jahr. Fixum 45.000 €.',
      45000,
    ],
  ])('pay: %s', (_case, text, min) => {
    expect(findPay(text).pay).toMatchObject({ min });
  });
  it.each([
    [
      'the best people’s earnings',
      'Hallo Herr Meier, wir suchen einen Versicherungsvertreter für die Allianz in Köln. Unsere besten Leute verdienen über 150.000 € im Jahr.',
    ],
    [
      'a thing’s budget for a contractor and tooling',
      'Hi Lucy, the Head of Product at Cazoo will manage the budget: £60,000 for a contractor and design tooling.',
    ],
  ])('no pay: %s', (_case, text) => {
    expect(findPay(text).pay).toBeNull();
  });
  it.each([
    'Hi Sam, would you be open to a chat about joining us at Kestrelbyte? $150k base plus equity, fully remote. Let me know\n\n— Marcus\nHead of Engineering, Kestrelbyte',
    'Hi Sam, would you be open to a chat about joining us at Kestrelbyte? $150k base plus equity, fully remote.\n\n- Marcus\nHead of Engineering, Kestrelbyte',
  ])('a sign-off after any dash is the writer’s: %j', (text) => {
    expect(readMessage(text).role).toBeNull();
  });
  it.each([
    'New jobs for you\n\nStaff Nurse – Nuffield Health – Leeds – £32,000\n\nManage alerts\nPrivacy Notice · Cookie Policy',
    'New jobs matching your search\n\nWarehouse Operative – DHL – Rugby – £11.80/hr\nForklift Driver – Tesco – Daventry – £12.40/hr\n\nManage alerts\nTerms & Conditions | Privacy Notice',
  ])('"Manage alerts" before a privacy or terms line is a footer: %j', (text) => {
    expect(readMessage(text).massPitch).toBe(true);
  });
  it.each([
    [
      'a state pension fund that is hiring',
      'Hei Kari, Statens pensjonskasse søker en utvikler til sitt team i Oslo. Lønn 750 000 kr.',
      'Statens pensjonskasse',
    ],
    [
      'a state collection centre',
      'Hei Kari, Statens innkrevingssentral søker en rådgiver i Mo i Rana. Lønn 620 000 kr.',
      'Statens innkrevingssentral',
    ],
    [
      'a state radiation authority',
      'Hei Kari, vi søker en seniorrådgiver til Statens strålevern på Østerås. Lønn 780 000 kr.',
      'Statens strålevern',
    ],
  ])('employer: %s', (_case, text, company) => {
    expect(readMessage(text).company).toBe(company);
  });
  it.each([
    [
      '"Urgent Vacancy" before a title',
      'Subject: Urgent Vacancy Staff Nurse Leeds\n\nHi Sam, Nuffield Health need someone quickly, £32,000. Interested?',
      'Staff Nurse',
    ],
    [
      'a capitalised "Mehrere" before a title',
      'Subject: Mehrere Elektroniker (m/w/d) in Stuttgart\n\nHallo Herr Meier, für Bosch suche ich Elektroniker für Betriebstechnik. Stundenlohn 22 € brutto.',
      'Elektroniker',
    ],
    [
      '"working with" a search for a title',
      "Hi Sam, I'm working with a Head of Data search for Ocado in Hatfield, £130,000 plus bonus.",
      'Head of Data',
    ],
    [
      'a capitalised Czech object form',
      'Dobrý den, pro společnost Moravské strojírny a.s. hledáme Technologa obrábění v Brně. Mzda 50 000 Kč měsíčně.',
      'Technologa obrábění',
    ],
  ])('title: %s', (_case, text, role) => {
    expect(readMessage(text).role).toBe(role);
  });
});

describe('the eighteenth review’s probes (the seventeenth review’s mends)', () => {
  it.each([
    [
      'a night shift differential after the base',
      'Hi Dana, Brightline Logistics is hiring a Warehouse Associate: $20/hour base on days, plus a $2.50/hour night shift differential.',
      20,
    ],
    [
      'an hourly extra for nights',
      'Hi Dana, Brightline Logistics is hiring a Forklift Operator: $22/hour on days and $3/hour extra for nights and weekends.',
      22,
    ],
    [
      'a weekend add-on smaller than half the rate',
      'Hi Dana, Brightline Logistics is hiring a Nurse: $45/hour on day shifts, plus $5/hour for weekend shifts.',
      45,
    ],
  ])('the first rate, not a range: %s', (_case, text, min) => {
    expect(findPay(text).pay).toMatchObject({ min, max: null });
  });
  it.each([
    [
      'Norwegian "the best terms and earn"',
      'Hei! Med oss får du de beste vilkårene og tjener 650 000 kr i året som Selger hos Nordlys AS.',
      650000,
    ],
    [
      'Swedish "the best terms and earn"',
      'Hej! Hos Kvarnby AB får du branschens bästa villkor och tjänar 45 000 kr i månaden som Säljare.',
      45000,
    ],
    ['a sum allocated to the package', 'Hi Tom, Meridian Health has allocated £95,000 to the package for their new Head of Data.', 95000],
    [
      '"the budget" for a marketing manager in lower case',
      'Hi Priya, Larkspur Foods is hiring. The hiring manager owns the budget: £75,000 for a marketing manager to join in the spring.',
      75000,
    ],
    [
      '"the budget" for an experienced engineer',
      'Hi Priya, Larkspur Foods is hiring. The hiring manager owns the budget: £70,000 for an experienced software engineer.',
      70000,
    ],
    [
      'a salary before a Finnish benefit',
      'Hei Mikko, Nordtek Oy hakee Myyjää. Kuukausipalkka 3 200 € ja liikuntaetu 400 € vuodessa.',
      3200,
    ],
  ])('pay: %s', (_case, text, min) => {
    expect(findPay(text).pay).toMatchObject({ min });
  });
  it.each([
    [
      'software, with a director named after a comma',
      "Hi Priya, Larkspur Foods is hiring a Growth Lead. You'd own the budget: £50,000 for software, agreed with our Finance Director.",
    ],
    [
      'PR, events and digital',
      "Hi Priya, Larkspur Foods is hiring a Marketing Lead. You'd run the budget: £45,000 for PR, events and digital, alongside the Brand Manager.",
    ],
  ])('no pay: a thing’s budget, %s', (_case, text) => {
    expect(findPay(text).pay).toBeNull();
  });
  it.each([
    [
      "a heading's one item above the title",
      "Hi Sam,\n\nWe're hiring at Kestrelbyte Ltd. Perks include\n\n- Equity\nSenior Platform Engineer, £95k, remote.",
      'Senior Platform Engineer',
    ],
    [
      'a long dash item above a sentence',
      'Hi Sam,\n\nKestrelbyte Ltd is hiring. Why join\n\n— Ownership\nThe Staff Engineer role pays £120k.',
      'Staff Engineer',
    ],
  ])('no sign-off: %s', (_case, text, role) => {
    expect(readMessage(text).role).toBe(role);
  });
  it('a colleague the person would be working with is no job', () => {
    expect(
      readMessage("Hi Sam, I'm recruiting for Acme Robotics. You'd be working with the Principal Engineer on our motion team. Salary £80k.")
        .role,
    ).toBeNull();
  });
});

describe("the thirty-second review's probes", () => {
  it.each([
    [
      'a Portuguese "tell me if you would rather I stopped writing"',
      'Oi Rafael, tudo bem?\n\nTenho uma vaga de Tech Lead na Creditas que combina com o que conversamos no meetup. Caso não queira receber mais mensagens minhas, é só me avisar.\n\nAbraço,\nJuliana',
    ],
    [
      'a Greek data-protection line',
      'Καλησπέρα κ. Παπαδόπουλε,\n\nΣας προτείνω τη θέση Senior Backend Engineer στη Skroutz. Για διαγραφή των στοιχείων σας από τη βάση μας, απαντήστε σε αυτό το email.\n\nΜαρία',
    ],
    [
      'a Dutch "send it over when your CV is ready"',
      'Hoi Sanne,\n\nLeuk je vandaag gesproken te hebben over de rol als Product Owner bij Coolblue. Stuur het gerust door als je cv klaar is. Plan hier een vervolgafspraak: calendly.com/mark-devries/30min\n\nMark',
    ],
    [
      '"I\'ll tag someone from the team"',
      "Hi Priya,\n\nGreat speaking earlier about the Staff Engineer role at Lumen. I'll tag someone from the platform team into the thread.\n\nBook round two here: calendly.com/tom-lumen/45min\n\nTom",
    ],
    [
      'a Polish "thanks for the recommendation"',
      'Cześć Marta,\n\nDzięki za polecenie, otrzymasz ode mnie jutro opis roli Senior QA w Allegro. Umów rozmowę: calendly.com/kasia-nowak/30min\n\nKasia',
    ],
  ])('a personal message is no mass pitch: %s', (_case, text) => {
    expect(readMessage(text).massPitch).not.toBe(true);
  });

  it.each([
    'Please do not circulate this to colleagues outside the panel.',
    "Hi Ramesh, please come to our Chennai office at 10 — tell security you're one of our walk-in applicants and ask for me.",
  ])("no mass sign where the words are not a pitch's: %s", (text) => {
    expect(readMessage(text).signals.filter((s) => s.kind === 'mass')).toEqual([]);
  });

  it.each([
    [
      'Olá Ana,\n\nAtualmente estou em busca de um Desenvolvedor Java Sênior para uma fintech em São Paulo, com salário de R$ 15.000 por mês.\n\nCarla',
      { min: 15000, period: 'month', currency: 'BRL' },
    ],
    [
      'Hola Javier,\n\nActualmente estoy en un proceso de selección para un Ingeniero DevOps en Madrid con un salario de 55.000 € brutos anuales.\n\nLucía',
      { min: 55000, period: 'year', currency: 'EUR' },
    ],
    [
      'Hi Joe,\n\nFollowing my last salary update, the client has confirmed £85,000 base for the Lead Engineer role.\n\nKate',
      { min: 85000, period: 'year', currency: 'GBP' },
    ],
    ['Hi Tom,\n\nSous Chef at The Swan, Ludlow – £34,000 inclusive of tronc, live-in available.\n\nAmy', { min: 34000, currency: 'GBP' }],
  ])("the offer is read, not taken for the reader's own pay or for tips: %s", (text, expected) => {
    expect(findPay(text).pay).toMatchObject(expected);
  });

  it('a base under its OTE in a bulleted list keeps both', () => {
    const found = findPay('Hi Dan,\n\nCompensation:\nOTE $180,000\n- $90,000 base\n- $90,000 variable, uncapped\n\nSarah');
    expect(found.pay).toMatchObject({ min: 90000, ote: false });
    expect(found.ote).toMatchObject({ min: 180000 });
    expect(findPay('Hi Dan,\n\nBase salary £32,000\n- OTE £45,000 (uncapped)\n- Hybrid, Leeds\n\nSarah').ote).toMatchObject({ min: 45000 });
  });

  it('"Php" before a version is the language, not pesos', () => {
    expect(findPay("Hi Sam,\n\nBackend Engineer at Corvid Labs. We're migrating from Php 5 to Php 8 this year.\n\nTom").pay).toBeNull();
  });

  it.each([
    'Hi Priya,\n\nSenior Data Engineer – Remote (UK)\n\nFancy a chat?\n\nJane Cole\nTalent Partner – Brightwave Energy',
    'Hi Priya,\n\n👉 Head of Data – Brightwave Energy\n📍 Leeds, hybrid\n\nFancy a chat?\n\nTom',
  ])("one job's headline and a signature are no list of jobs: %s", (text) => {
    expect(readMessage(text).company).toBe('Brightwave Energy');
  });

  it('"New Opportunity here," is no writer introducing themselves', () => {
    expect(readMessage('Hi Sam,\n\nNew Opportunity here, Head of Finance at Northwind Foods, Leeds, £90k.\n\nAmy').role).toBe(
      'Head of Finance',
    );
  });

  it.each([
    ['Hi Rahul,\n\nGreetings from Naukri!\n\nA recruiter from Infosys has viewed your profile for the role of Senior Accountant.', null],
    ['Hi Tom,\n\nFIFO Capital is hiring a Credit Analyst in Brisbane.\n\nAmy', 'FIFO Capital'],
    ["Hi Tom,\n\nI'm recruiting locum Social Workers across Kirklees and Calderdale Council areas for my client.", null],
  ])("a job board, a firm named FIFO and a council's area: %s", (text, company) => {
    expect(readMessage(text).company).toBe(company);
  });
});

describe("the thirty-third review's probes", () => {
  it.each([
    'Hoi Sanne, leuk dat je openstaat voor de rol bij Eneco. Ik heb je ingepland op donderdag om 10:00. Lukt dat niet? Meld je af via een berichtje, dan plannen we iets anders.',
    'Beste meneer De Vries, ik bevestig uw gesprek voor Financieel Controller bij Gemeente Utrecht op 3 april. Bent u verhinderd? Meld u af bij mij via 030 123 4567.',
    'Dobrý den, pane Nováku, hledáme Senior Android vývojáře pro Rohlik.cz v Praze, mzda 110 000 - 130 000 Kč měsíčně. Pokud nechcete dostávat mé další nabídky, stačí napsat.',
    'Hi Chidi, thanks for your time on the phone today. As discussed, Access Bank has an urgent recruitment need for a Head of Treasury. If my WhatsApp is down, send SMS to 0803 555 1234.',
    'Dobrý den, pane Nováku, jsem CTO ve firmě Productboard a hledám Staff Engineera. Nepotřebujete praxi s Elixirem, naučíte se. Nástup IHNED nebo dle dohody.',
  ])('a personal message is no mass pitch: %s', (text) => {
    expect(readMessage(text).massPitch).not.toBe(true);
  });

  it.each([
    'Hola Lucía, gracias por la llamada de ayer. El puesto de Analista de Datos en BBVA encaja con tu perfil. Si te interesa, ¡comparte tu CV conmigo y agendamos!',
    'Bună, Andrei. Clientul nostru, o bancă din București, angajează ABAP Developer senior și m-am gândit la tine.',
    'Hi Maricel, thanks for the chat earlier. The Team Lead role at Concentrix is still open. You can call or send SMS to 0917 555 1234 anytime.',
    "Hi Grace, here are the details for the Finance Manager role at Jollibee Foods. I won't share it to anyone without your go-ahead.",
    'Ahoj Tomáši, posílám detaily k roli Data Engineer v Air Bank. Nepotřebujete praxi s Databricks, stačí Spark.',
  ])("no mass sign where the words are a person's: %s", (text) => {
    expect(readMessage(text).signals.filter((s) => s.kind === 'mass')).toEqual([]);
  });

  it.each([
    'Halo Mas Budi, posisi Backend Engineer di Tokopedia, Jakarta. Gaji pokok dan tunjangan Rp 25.000.000 per bulan.',
    'Halo Mas Budi, posisi Backend Engineer di Tokopedia. Gaji + tunjangan: Rp 25.000.000 per bulan.',
    'Halo Mas Budi, posisi Backend Engineer di Tokopedia. Total gaji termasuk tunjangan Rp 25.000.000 per bulan.',
  ])('a wage with its allowances is the pay: %s', (text) => {
    expect(findPay(text).pay).toMatchObject({ min: 25000000, period: 'month', currency: 'IDR' });
  });

  it.each([
    'Hi Sam, Senior PM role at Monzo, London. Working from home three days a week will save you £2,400 a year on commuting.',
    'Hi Sam, Senior PM role at Monzo, London. The free shuttle saves you about £150 a month.',
    'Hi Ana, Team Lead role at Concentrix in Makati. Benefits: HMO with P200,000 MBL from day 1. Salary to be discussed.',
    'Hi Ana, Sales Agent role at Ayala Land in Makati. Units range from P3,500,000 to P8,000,000.',
  ])("no pay: money saved, a benefit's limit, a price: %s", (text) => {
    expect(findPay(text).pay).toBeNull();
  });
  // (Once read as no pay, so as not to take the pula for the Philippine peso; the pula is now read for what it is.)
  it('a pula in Gaborone is no Philippine peso', () => {
    const text = 'Hi Neo, Accountant role at Debswana in Gaborone. Salary P18,000 - P22,000 per month. Contact Sarah Clark for details.';
    expect(findPay(text).pay).toMatchObject({ min: 18000, max: 22000, period: 'month', currency: 'BWP' });
  });

  it.each([
    "Bonjour Julien, poste d'Account Executive chez Qonto à Paris. Fixe 50 K€ + variable jusqu'à 15 K€ à objectifs atteints.",
    "Bonjour Julien, poste d'Account Executive chez Qonto. Fixe : 50 K€. Variable : 15 K€ à objectifs atteints.",
  ])('a variable part "à objectifs atteints" is no OTE: %s', (text) => {
    expect(findPay(text).ote).toBeNull();
  });

  it('a quota is no OTE', () => {
    expect(findPay('Hi Dan, Enterprise AE at Gong, Remote US. OTE: $1.2M quota at 100% attainment pays $300k.').pay?.min).not.toBe(1200000);
  });
});

describe("the thirty-fourth review's probes", () => {
  it.each([
    'Chào anh Minh, em là Lan bên Navigos. Vị trí Senior Java Developer bên FPT Software rất hợp với anh. Nếu anh thấy phiền, cứ nhắn để từ chối nhận tin từ em nhé.',
    'Oi Pedro, vi seu perfil e acho que você tem tudo a ver com a vaga de Analista de Dados na Stone. Me repasse seu CV atualizado, por favor. Abraço, Mariana',
    "Dear Mr Okafor,\n\nThank you for taking my call yesterday. The Finance Director role at Access Bank is an URGENT VACANCY and I'd like to put your CV forward today. No placement fees apply to you.\n\nRegards,\nBola",
    'Subject: [TUYỂN DỤNG] Senior Java Developer - FPT Software\n\nChào anh Minh, em đã xem profile của anh. Vị trí này không cần kinh nghiệm về Kafka nên anh rất phù hợp. Anh có thời gian trao đổi không ạ?\n\nEm Lan',
  ])('a personal message is no mass pitch: %s', (text) => {
    expect(readMessage(text).massPitch).not.toBe(true);
  });

  it.each([
    [
      "Hi Priya, I'm at the 2025 Gartner summit this week, but the Staff Data Engineer role at Northwind Health pays $185,000 base.",
      { min: 185000, period: 'year', currency: 'USD' },
    ],
    [
      "Hi Sam, I'm on PTO 23-27 June, so quickly: Senior Accountant at Kestrel Foods, salary $85,000 - $95,000 per year.",
      { min: 85000, max: 95000, currency: 'USD' },
    ],
    [
      "Hi Tom, I was on 2 calls with their CTO this week and they've signed off £90,000 base for this Lead Engineer hire at Brightwave.",
      { min: 90000, currency: 'GBP' },
    ],
    ['Hi Kate, the HMO Licensing Officer role at Brent Council pays £38,500 per annum.', { min: 38500, currency: 'GBP' }],
    ['Hi Maria, the Cafeteria Assistant role at Lincoln Elementary pays $16.50 per hour.', { min: 16.5, period: 'hour' }],
    ['A Pannon Kft. keres Könyvelőt. Bruttó 650 000 Ft/hó és cafeteria.', { min: 650000, period: 'month', currency: 'HUF' }],
    [
      'Hi Dan, the Lead Electrician role at Ridgeway Construction pays £52,000, and the client is not willing to pay more than that.',
      { min: 52000, openTop: false },
    ],
    ['We are hiring a Finance Analyst in Lisbon. Gross annual salary: EUR 42,000 (paid 14 times a year).', { min: 42000, period: 'year' }],
    [
      'Posisi Staff Akuntansi di PT Maju Jaya, Jakarta.\nGaji: Rp 6.000.000\nTunjangan: Rp 1.500.000',
      { min: 6000000, period: 'month', currency: 'IDR' },
    ],
    [
      "We're hiring a Team Leader for our Pasig office. Offer: P35,000 - P45,000 depending on experience.",
      { min: 35000, max: 45000, currency: 'PHP' },
    ],
    ['Buscamos un Analista de Datos para Lima. Sueldo: S/ 8k a S/ 10k mensuales.', { min: 8000, max: 10000, currency: 'PEN' }],
    [
      'The District School Board of Pasco County has an opening for a Paraprofessional. Pay is $18.50/hour.',
      { min: 18.5, currency: 'USD' },
    ],
    [
      "Hi Alex, Head of Data at Fenwick Capital. I'd expect something north of £120,000 base for the right person.",
      { min: 120000, openTop: true },
    ],
    ['Dobrý den, hledáme Účetní pro Alza.cz. Mzda CZK 45 000 a 13/14. plat.', { min: 45000, currency: 'CZK' }],
  ])('the pay is read as before: %s', (text, expected) => {
    expect(findPay(text).pay).toMatchObject(expected);
  });

  it('a life insurance "company paid" is no pay', () => {
    expect(findPay('Warehouse Supervisor at Costco. We offer $50,000 life insurance company paid.').pay).toBeNull();
  });

  it.each([
    'Hola Daniel,\n\nMi cliente, una empresa internacional del sector energético, busca un Gerente de Planta.\n\nSaludos,\nAna Ruiz\nPsicóloga especialista en Selección de Personal',
    'Hola Daniel,\n\nMi cliente, una minera internacional, busca un Ingeniero de Minas.\n\nSaludos,\nAna Ruiz\nConsultora Senior en Ciudad de México',
    "Hi Tom,\n\nWe're Harvey Nash, a global recruitment firm. A Series B healthtech in London needs a Staff Engineer.\n\nBest,\nLucy",
  ])("no employer from a field, a town or an agency's introduction: %s", (text) => {
    expect(readMessage(text).company).toBeNull();
  });

  it.each([
    ['Hola Carla,\n\nBuscamos una Recepcionista\nHorario de lunes a viernes, de 9 a 18 hs.\n\nSaludos,\nAna', 'Recepcionista'],
    ['Hola Carla,\n\nEstamos buscando un Vendedor\nZona norte de Bogotá, con moto propia.\n\nSaludos,\nAna', 'Vendedor'],
    ['Olá Pedro,\n\nEstamos contratando um Motorista\nCarteira D, para rotas em Campinas.\n\nAbraço,\nMariana', 'Motorista'],
    ['Hola,\n\nBuscamos un Analista\nSQL Server y Power BI, modalidad híbrida.\n\nSaludos,\nAna', 'Analista'],
  ])('a one-word title keeps the next line out: %s', (text, role) => {
    expect(readMessage(text).role).toBe(role);
  });
});

describe("the thirty-fifth review's probes", () => {
  it.each([
    ['Bruttogehalt HUF 1,1 Mio. Bonus bis 20 %.', { min: 1100000, currency: 'HUF' }],
    ['Ihr Jahresgehalt: CZK 1,2 Mio. Firmenwagen und Bonus nach Umsatz.', { min: 1200000, currency: 'CZK' }],
    ['Timlön 185 kr. Traktamente 2–3 000 kr per vecka vid resor.', { min: 185, period: 'hour' }],
    ['Du tjänar idag kanske 35–40 000 kr/mån. Hos oss är startlönen 45 000 kr i månaden.', { min: 45000, period: 'month' }],
  ])('the pay is read as before: %s', (text, expected) => {
    expect(findPay(text).pay).toMatchObject(expected);
  });

  it('a Danish pay grade before a dash is no floor in thousands', () => {
    expect(findPay('Indplacering på løntrin 35 – 38 000 kr./md.').pay?.min).not.toBe(35000);
  });
});

describe("the thirty-sixth review's probes", () => {
  it.each([
    ['안녕하세요 지훈님, 저희 서비스는 월 150만 명이 이용하는 핀테크 앱입니다. 백엔드 개발자 포지션에 관심 있으시면 편하게 답장 주세요.'],
    ['안녕하세요 지훈님, 재택근무는 월 2회 가능하고 연봉은 협의입니다.'],
    ['안녕하세요 지훈님, 월 1회 전사 회의가 있고 연봉은 협의입니다.'],
    ['지훈님, 연봉 협상은 입사 후 3개월 뒤에 진행됩니다.'],
    ['지훈님, 시급은 협의이며 하루 8시간 근무입니다.'],
    ['지훈님, 연봉은 협의, 팀원은 12명입니다.'],
    ['李先生您好，月薪面议，团队规模20人，欢迎聊聊。'],
    ['李先生您好，年薪面议，团队30人，base北京。'],
    ['李先生您好，月薪面议，每年调薪2次，13薪。'],
    ['山田様\n年収は最低でも15%アップをお約束します。ぜひ一度お話しましょう。'],
    ['山田様\n年収：経験・能力を考慮のうえ決定（2024年実績 平均昇給率5%）'],
    ['山田様\n月給の支払日は毎月25日です。詳細は面談でお伝えします。'],
    ['مرحباً أحمد، يتم صرف الراتب يوم 27 شهرياً. هل أنت مهتم بالوظيفة؟'],
    ['היי דנה, המשכורת משולמת ב-10 לחודש. אשמח לדבר איתך על התפקיד.'],
    ['山田様\n突然のご連絡失礼いたします。社員の平均年収は720万円です。ご興味があればお返事ください。'],
    ['山田様\n前職年収600万円以上の方を歓迎しております。ぜひ一度お話しましょう。'],
    ['李先生您好，看到您上一份工作月薪2.5万，我们这边可以谈。'],
    ['안녕하세요 지훈님, 식대 월 20만원은 별도 지급되며 연봉은 협의 가능합니다.'],
    ['山田様\n通勤費：2万円/月まで支給します。給与は経験を考慮して決定します。'],
    ['山田様\n研修費用 5万円/年を会社が負担します。給与は面談で。'],
    ['李先生您好，我们是一家做SaaS的公司。福利：餐补30元/天，薪资面议。'],
    ['李先生您好，公司在杭州，附近房租大约 3000元/月，薪资面议。'],
    ['李先生您好，我们的产品订阅价 99元/月，已有10万付费用户，薪资面议。'],
    ['היי דנה, החזר נסיעות 500 ₪ לחודש. השכר ייקבע בראיון.'],
    ['היי דנה, שכר דירה ממוצע באזור: 6,500 ₪ לחודש. המשרה בחיפה.'],
    ['مرحباً أحمد، تذاكر سفر سنوية بقيمة 3000 ريال سعودي سنوياً بالإضافة إلى راتب تنافسي.'],
    ['مرحباً أحمد، قيمة التأمين الطبي 5000 ريال سعودي سنوياً، والراتب يحدد في المقابلة.'],
    ["Hi Sam, I'm hiring for a PM role in Leeds. Rooms nearby go for about £750 pcm. Salary is DOE."],
    ['Hola Ana, vacante de Analista en Guatemala. La empresa facturó Q3,500,000 el año pasado. El salario lo vemos en la entrevista.'],
    ['Hola Ana, vacante en Guatemala. Tu salario actual de Q9,000 lo mejoramos. ¿Hablamos?'],
    ['Hola Ana, vacante de Vendedor en Guatemala, con comisiones de hasta Q5,000 al mes. ¿Te interesa?'],
    ['Chào Minh, em sẽ làm việc cùng 8 đồng nghiệp trong team Backend. Lương thỏa thuận.'],
    ['Chào Minh, bên chị có 5 đội sản phẩm, mỗi đội 6 người. Lương cạnh tranh.'],
    ['Chào Minh, lương thỏa thuận, quy trình phỏng vấn gồm 3 đợt.'],
    ['Здравствуйте, Иван! ДМС и компенсация спорта 5 000 руб в месяц. Зарплату обсудим на интервью.'],
    ['Привіт, Олено! Компенсація навчання 2 000 грн на місяць. Зарплату обговоримо на співбесіді.'],
    ['Здравейте, Мария! Карта за спорт и ваучери за храна 200 лв месечно. Заплатата ще обсъдим.'],
    ['Здравствуйте, Иван! Мы продаём подписку за 990 руб в месяц, у нас 2 млн пользователей. Зарплата обсуждается.'],
    ['Chào Minh, ứng dụng của bên chị có 3 triệu người dùng. Lương thỏa thuận theo năng lực.'],
    ['Halo Budi, aplikasi kami sudah digunakan 10 juta pengguna. Gaji bisa dinegosiasikan.'],
    [
      'Hola Juan, te escribo desde Bogotá. Manejarás cuentas en el rango de $2 a $3 millones mensuales en ventas. El sueldo lo conversamos.',
    ],
  ])('no figure that is not the offered pay is read as pay: %s', (text) => {
    expect(readMessage(text).pay).toBeNull();
  });
  it.each([
    ['王先生您好，我是星河科技的HR李雷。非群发，是看了您在GitHub上的项目后单独联系您的。我们在招高级后端工程师，方便聊聊吗？'],
    ['王先生您好，我是星河科技的HR李雷。这不是群发消息，我仔细看过您的简历。方便的话加个微信聊聊？'],
    ['王先生您好，我是星河科技的HR李雷。我们的产品是面向企业的短信群发平台，想邀请您来聊聊后端负责人的职位。'],
    ['王先生您好，我是星河科技的HR李雷。终面安排在深圳，差旅由公司承担，如行程有变机票可以免费退订。'],
    ['陈小姐您好，我是猎头Amy。上次跟您聊过的职位，客户反馈很好。如果您不想再收到我的消息，回复退订就好，不过我真心觉得这个机会适合您。'],
    [
      '山田様\n株式会社ミナトペイの北村です。先日はお時間をいただきありがとうございました。面接日程のご案内メールが届かない場合は、受信設定をご確認ください。',
    ],
    [
      '지훈님 안녕하세요, 두레커머스 인사팀 박서연입니다. 스팸이 아니니 수신거부 하지 말아 주세요 :) 지훈님 깃허브를 보고 직접 연락드립니다.',
    ],
    [
      'Dobrý den, pane Nováku, děkuji za včerejší rozhovor. Termín druhého kola je ve čtvrtek v 10:00; pohovor můžete kdykoli zrušit nebo přesunout, stačí mi napsat.',
    ],
    ['山田様\n以前○○さんからご紹介いただいた件でご連絡しました。株式会社ミナトペイの北村です。'],
    ['Habari Juma, nimeona wasifu wako. Tukutane kwenye bus STOP kwa 10 dakika kabla ya mahojiano.'],
  ])('a personal message is no mass pitch: %s', (text) => {
    expect(readMessage(text).massPitch).not.toBe(true);
  });
  it.each([
    [
      "Hi Priya,\n\nI'm Tom, Head of Engineering at Northwind Labs. We're hiring a Senior Backend Engineer, salary £85,000-£95,000.\n\nInterview process:\n1. Intro call\n30 min · video\n2. Technical interview\n90 min · onsite\n3. Final chat\n45 min · with our CTO\n\nBest,\nTom",
      85000,
      95000,
      'year',
      'GBP',
    ],
    [
      "Hi Priya,\n\nWe're hiring a Senior Backend Engineer at Northwind Labs, base $160k-$180k.\n\nWhat the week looks like:\n- Monday\nPlanning | 1 hour\n- Wednesday\nDemo | 30 min\n- Friday\nRetro | 45 min\n\nCheers, Tom",
      160000,
      180000,
      'year',
      'USD',
    ],
    [
      'Hi Priya,\nSenior Data Engineer at Acme Bank, €90,000.\nYour team would be:\n• Lead\nMaria Lopez · Staff Engineer\n• Peer\nJohn Kim · Senior Engineer\n• Peer\nAmir Ali · Senior Engineer\nThanks',
      90000,
      null,
      'year',
      'EUR',
    ],
    [
      "Hi Priya,\nI'm Tom from Northwind Labs; we're hiring a Senior Backend Engineer, £85,000.\nOur offices:\n• London\nShoreditch · 120 people\n• Berlin\nMitte · 40 people\n• Lisbon\nAlcântara · 25 people\nBest, Tom",
      85000,
      null,
      'year',
      'GBP',
    ],
    ['지훈님, 현재 오픈된 포지션의 연봉은 US$180,000입니다.', 180000, null, 'year', 'USD'],
    ['王先生您好，目前这个职位的年薪是 US$200,000，base在新加坡。', 200000, null, 'year', 'USD'],
    ['王先生您好，目前这个职位的薪资是 S$15,000/month，base在新加坡。', 15000, null, 'month', 'SGD'],
    ['山田様\n現在募集中のポジションの年収は ¥12,000,000 です。', 12000000, null, 'year', 'JPY'],
    ['陈小姐您好，年薪（含獎金）NT$1,800,000，地點在台北。', 1800000, null, 'year', 'TWD'],
    [
      'Hi Anna,\nSenior Data Engineer at Acme Bank.\nSalary (excl. bonus) | €85,000\nLocation | Dublin\nLet me know.',
      85000,
      null,
      'year',
      'EUR',
    ],
    [
      'Hi Anna,\nSenior Data Engineer at Acme Bank.\nBase (plus relocation) | €85,000\nLocation | Dublin\nLet me know.',
      85000,
      null,
      'year',
      'EUR',
    ],
    ['Hi Anna,\nSenior Data Engineer at Acme Bank.\nSalary, bonus on top | €85,000 per year\nLet me know.', 85000, null, 'year', 'EUR'],
    ['Hi Sam, we have a $180k PM role in Austin. Interested?', 180000, null, 'year', 'USD'],
    ['Hi Sam, €60k PM job in Berlin, hybrid. Interested?', 60000, null, 'year', 'EUR'],
    [
      'Hola Ana, vacante de Analista Contable en Ciudad de Guatemala. Salario base Q4,000 más bonificación incentivo Q250. ¿Te interesa?',
      4000,
      null,
      'month',
      'GTQ',
    ],
  ])('the offered pay is kept: %s', (text, min, max, period, currency) => {
    expect(readMessage(text).pay).toMatchObject({ min, max, period, currency });
  });
  it.each([
    [
      '山田様\n株式会社ジェイエイシーリクルートメントの田中と申します。ご経歴を拝見し、バックエンドエンジニアのポジションをご紹介したくご連絡しました。',
      'null',
    ],
    ['山田様\n株式会社ビズリーチが運営する「ビズリーチ」を通じてご連絡しております。ミナトペイ人事の北村です。', 'not株式会社ビズリーチ'],
    ['안녕하세요, (주)커리어케어 김민수 컨설턴트입니다. 고객사에서 백엔드 개발자를 찾고 있어 연락드렸습니다.', 'null'],
    ['안녕하세요, 헤드헌터 김민수입니다. (주)유니코써치에서 근무하고 있으며 고객사 포지션을 제안드립니다.', 'null'],
    ['王先生您好，我是科锐国际人力资源股份有限公司的顾问，有一个架构师的机会。', 'null'],
    ['Chào Minh, chị là Lan, headhunter bên Công ty Navigos Search. Chị có vị trí Java Developer cho khách hàng.', 'null'],
    ['Здравейте, Мария! Пиша Ви от Адеко България ЕООД по повод позиция Счетоводител.', 'null'],
    ['山田様\n楽天グループ株式会社でのご経験を拝見し、ご連絡いたしました。弊社はフィンテックのスタートアップです。', 'null'],
    ['Chào Minh, chị thấy em đang làm ở Công ty FPT Software và có kinh nghiệm Java. Bên chị có vị trí phù hợp.', 'null'],
    ['مرحباً أحمد، لاحظت خبرتك في شركة أرامكو السعودية وأود أن أعرض عليك فرصة جديدة.', 'null'],
    ['مرحباً أحمد، نبحث لصالح شركة رائدة في مجال التجزئة عن مدير مالي.', 'null'],
    ['Chào Minh, khách hàng của chị là Công ty Nhật Bản tại KCN Thăng Long, đang tuyển Kỹ sư QA.', 'null'],
    ['【内推】字节跳动招聘后端工程师，有兴趣的私聊我。', 'null'],
    ['Halo Budi, kami membuka lowongan admin, bisa FT atau PT Sabtu Minggu. Terima kasih.', 'null'],
    ['Goedendag Jan, onze klant is de Nederlandse marktleider in verpakkingen en zoekt een Productiemanager.', 'null'],
    ['Bonjour Claire, mon client, PME familiale de 80 personnes, recherche un Responsable Maintenance.', 'null'],
    ['Olá Ana, nosso cliente é a Maior rede de farmácias do Sul e busca um Gerente de Loja.', 'null'],
    ['מה שלום, דנה? אני מגייסת עבור נטקום בע"מ ואשמח לדבר על תפקיד מפתח/ת Backend.', 'נטקום בע"מ'],
  ])('an agency, a past employer, a description or a tag is no employer: %s', (text, expected) => {
    const company = readMessage(text).company;
    if (expected === 'null') expect(company).toBeNull();
    else if (expected.startsWith('not')) expect(company).not.toBe(expected.slice(3));
    else expect(company).toBe(expected);
  });
  it.each([
    ['王先生您好，我是星河科技的招聘负责人李雷，看了您的简历，想约您聊聊。', null],
    ['王先生您好，期待在下周的招聘会上与您见面，我们会在3号展位。', null],
    ['مرحباً أحمد، أعتقد أن الوظيفة مناسبة جداً لخبرتك، هل يمكننا التحدث غداً؟', null],
    ['مرحباً أحمد، أرسلت لك تفاصيل الوظيفة المرفقة، أخبرني برأيك.', null],
    ['Chào Minh, bên chị đang tuyển dụng cho dự án mới, em có muốn trao đổi không?', null],
    ['Chào Minh, bên chị đang tuyển gấp Kế toán tổng hợp cho nhà máy ở Bình Dương.', 'Kế toán tổng hợp'],
    ['Halo Budi, untuk posisi Backend di tim kami. Dibutuhkan pengalaman minimal 2 tahun dengan Go. Terima kasih.', null],
    ['山田様\n当社では現在、新卒エンジニアを募集しておりませんが、中途採用は積極的に行っております。', null],
  ])('a title, or none where the words name no job: %s', (text, expected) => {
    expect(readMessage(text).role).toBe(expected);
  });
  it('"PM me" is no month', () => {
    expect(readMessage('Hi Sam, salary up to $150k PM me for details').pay?.period).not.toBe('month');
  });
  it('a Slovak alert footer is a mass sign', () => {
    expect(
      readMessage('Dobrý deň, ponúkame pozíciu Skladník. Odber týchto ponúk môžete kedykoľvek zrušiť v nastaveniach.').signals.map(
        (s) => s.text,
      ),
    ).toContain('an unsubscribe or STOP footer');
  });
  // (Timed by msToRead, by how the read grows, as every pathological read is: a fixed bound fails under a full run's load.)
  it(
    'a megabyte of Hebrew letters before a legal form is read in well under a second',
    () => {
      const text = `בע"מ\n${`${'א'.repeat(19_000)}\n`.repeat(53)}`;
      expect(msToRead(text.slice(0, 1_000_000), readMessage, 3000)).toBeLessThan(3000);
    },
    READ_TEST_TIMEOUT,
  );
});

describe("the thirty-seventh review's probes", () => {
  it.each([
    ['김민수님, 현재연봉 7,000만원 기준으로 20% 인상 가능합니다.'],
    ['田中様、現在のご年収600万円から大幅アップが見込めます。'],
    ['היי דני, המשכורת הנוכחית שלך ₪25,000 לחודש, אצלנו תקבל יותר.'],
    ['ขึ้นเงินเดือนปีละ 5,000 บาท'],
    ['היי מיכל, תפקיד: מנהלת שיווק דיגיטלי. תנהלי תקציב פרסום של 200 אלף ₪ בחודש. השכר תחרותי.'],
    ['היי, החברה מגלגלת מחזור של 500 אלף ₪ בחודש ומחפשת מנהל כספים.'],
    ['היי רון, תפקיד: מהנדס תוכנה בכיר. מעבר לשכר, אופציות בשווי 200 אלף ₪ לשנה.'],
    ['היי רון, רכב צמוד בשווי 4 אלף ₪ לחודש, השכר יסוכם בראיון.'],
    ['年终奖金（不含在月薪内）：5万元/年'],
    ['김민수님, 사이닝 보너스(연봉 미포함) 연봉 외 2,000만원 별도 지급'],
    ['佐藤様\n決算賞与（年収に含まず）年収 100万円'],
    ["Hi Tom,\n\nRole | Head of Growth\nRelocation package | $10,000\nStart | ASAP\n\nBase is open, let's chat."],
    ['Hi Tom,\n\nRole | Staff Engineer\nBase salary | DOE\nEquity package | $200,000 over 4 years\nLocation | Austin'],
    ['Здравствуйте! Компенсация спорта 5 000 руб. в месяц и зарплата по итогам интервью.'],
  ])('no figure that is not the offered pay is read as pay: %s', (text) => {
    expect(readMessage(text).pay).toBeNull();
  });
  it.each([
    ['王先生您好，了解到您目前的年薪是60万元，我们这个高级算法工程师岗位可以给到80-100万元。', 600000],
    ['เงินเดือนเดิมของคุณ 35,000 บาท เราเสนอ 45,000 บาท', 35000],
  ])("the reader's own pay is not read as the offer: %s", (text, own) => {
    expect(readMessage(text).pay?.min).not.toBe(own);
  });
  it.each([
    [
      '林先生您好：\n不好意思打擾，這不是群發訊息。我在104上看到您的經歷，想跟您聊聊一個資深韌體工程師的職缺，年薪NT$1,600,000起。\nAmy 敬上',
    ],
    ['林先生您好：\n這封信由我本人撰寫並非群發，我看過您在台積電的經歷。\n職缺：資深製程整合工程師，月薪NT$90,000起。\nAmy'],
    ['陈先生您好，这封邮件由我亲自发送而非群发。岗位：高级测试工程师，月薪2.5万-3.5万元。'],
  ])('a message saying it is no mass mail is none: %s', (text) => {
    expect(readMessage(text).massPitch).not.toBe(true);
  });
  it.each([
    ['Олег, ваша текущая зарплата 200 000 руб., мы готовы предложить от 250 000 руб.', 250000, null, 'month', 'RUB'],
    [
      'Здравейте, Мария! Средната заплата за тази позиция в София е 4 000 лв., а ние предлагаме 5 000 лв. нето.',
      5000,
      null,
      'month',
      'BGN',
    ],
    ['Привіт! Середня зарплата по ринку 60 000 грн, а ми пропонуємо 75 000 грн.', 75000, null, 'month', 'UAH'],
    ['แพ็กเกจเงินเดือน 1,500,000 บาท ต่อปี', 1500000, null, 'year', 'THB'],
    ['您好，月薪2-3万', 20000, 30000, 'month', null],
    ['您好，年薪60-80万', 600000, 800000, 'year', null],
    ['月給 25〜30万', 250000, 300000, 'month', null],
    ['您好，月薪8000-12000', 8000, 12000, 'month', null],
    ['Добрий день! Вакансія Java Developer. Заробітна плата від 60 000 грн на місяць.', 60000, null, 'month', 'UAH'],
    ['Привіт! Пропонуємо 80 000 грн на місяць.', 80000, null, 'month', 'UAH'],
    ['Здравейте! Заплащане от 3 500 лв. нето месечно.', 3500, null, 'month', 'BGN'],
    ['Привіт, Олено! Вакансія Middle Python Developer, зарплата від 2 500 до 3 500 $ на місяць.', 2500, 3500, 'month', 'USD'],
    [
      'Здравейте, Иван! Позиция: Senior Java Developer в Стрикс Софтуер ЕООД. Заплата: от 4 000 до 5 500 лв. нето на месец.',
      4000,
      5500,
      'month',
      'BGN',
    ],
    ['Hi Jane, Senior Accountant in Sandton. Salary: R45 000 PM plus medical aid.', 45000, null, 'month', 'ZAR'],
    ['Hi, Senior Nurse, Abbotsford VIC (Melbourne). $105,000 + super.', 105000, null, 'year', 'AUD'],
    ['Hi, Registered Nurse, Sherbrooke, Victoria (Dandenong Ranges). $48/hr + super.', 48, null, 'hour', 'AUD'],
    ['Hola, tu salario actual de $25,000 MXN es bajo; ofrecemos $35,000 MXN mensuales.', 35000, null, 'month', 'MXN'],
    [
      'Hoi Sanne, je schreef "mijn huidige brutoloon is €4.200" en wij bieden €4.800 bruto per maand voor de rol van Controller.',
      4800,
      null,
      'month',
      'EUR',
    ],
    ['田中様、現在年収650万円とのことですが、本ポジションは年収800万円〜です。', 8000000, null, 'year', 'JPY'],
    ['佐藤様\n【給与】月給30万 日本橋勤務', 300000, null, 'month', null],
    ['田中様\n給与：年収800万 名古屋本社勤務', 8000000, null, 'year', null],
    // (Tianjin is a mainland city, which names the yuan: read so since the rule for a mainland city's pay.)
    ['您好，月薪2万 天津工作', 20000, null, 'month', 'CNY'],
    // (A sum counted in 만 in Korean is the won: read so since sets 398 to 405.)
    ['김민수님, 월급 350만 일산 근무입니다.', 3500000, null, 'month', 'KRW'],
    ['研修期間中も月給25万円を支給します。', 250000, null, 'month', 'JPY'],
    ['以前ご紹介した案件の年収は900万円です。', 9000000, null, 'year', 'JPY'],
    [
      "Hi Sam,\n\nI'm hiring a Staff SRE for Monzo in London.\nJobs similar to this one are rare\nThe salary is £120,000 base plus equity.\n\nBest,\nKate",
      120000,
      null,
      'year',
      'GBP',
    ],
    ['Hola, el rango que manejamos es de 2,8 a 3,2 millones de pesos líquidos. Santiago de Chile', 2800000, 3200000, 'month', 'CLP'],
    ['สวัสดีครับ ค่าตอบแทน 50,000 บาท/เดือน', 50000, null, 'month', 'THB'],
    ['สวัสดีครับ รายได้ 30,000 - 40,000 บาทต่อเดือน', 30000, 40000, 'month', 'THB'],
    ['สวัสดีครับ เงินเดือน 3-4 หมื่นบาท', 30000, 40000, 'month', 'THB'],
  ])('the offered pay is read: %s', (text, min, max, period, currency) => {
    expect(readMessage(text).pay).toMatchObject({ min, max, period, currency });
  });
  it.each([
    ['김민수님 안녕하세요. (주)코웨이 인사팀 이지은입니다. 포지션: 영업관리 매니저, 연봉 6,000만원~7,000만원', '(주)코웨이'],
    ['김민수님 안녕하세요. 주식회사 에스케이 포지션: 백엔드 개발자', '주식회사 에스케이'],
    ['김민수님 안녕하세요. (주)한국리서치 채용담당자입니다. 포지션: 데이터 분석가, 연봉 5,000만원', '(주)한국리서치'],
    ['山田様\nResearch株式会社の採用担当です。データサイエンティストを募集しています。', 'Research株式会社'],
    ['김민수님, (주)유니코써치의 헤드헌터 박지훈입니다. 고객사 (주)두레커머스에서 백엔드 개발자를 찾습니다.', '(주)두레커머스'],
    [
      '山田様\n株式会社リクルートでのご経験を拝見しました。株式会社ミナトペイのバックエンドエンジニアのポジションです。',
      '株式会社ミナトペイ',
    ],
    ['สวัสดีค่ะ ดิฉันจาก บริษัท จัดหางาน ท็อปเกียร์ จำกัด ติดต่อมาเรื่องตำแหน่ง Software Engineer ให้กับลูกค้าของเรา เงินเดือน 80,000 บาท', null],
  ])("the employer, past an agency or the reader's firm, whole: %s", (text, expected) => {
    expect(readMessage(text).company).toBe(expected);
  });
  it.each([
    ['مرحبا أحمد، نبحث عن مرشحين لوظيفة محاسب أول في الرياض.', 'محاسب أول'],
    ['您好，诚聘算法专家，年薪80-120万元。', '算法专家'],
    ['Chào anh, công ty em đang tuyển dụng Kế toán trưởng cho nhà máy ở Bình Dương, lương 30 triệu/tháng.', 'Kế toán trưởng'],
    ['ตำแหน่ง: โปรแกรมเมอร์\nเงินเดือน 30,000 บาท', 'โปรแกรมเมอร์'],
    ['ตำแหน่ง: ผู้จัดการฝ่ายขาย เงินเดือน 60,000 บาท', 'ผู้จัดการฝ่ายขาย'],
  ])('the title: %s', (text, expected) => {
    expect(readMessage(text).role).toBe(expected);
  });
});

describe('labels: set 131, after its measure', () => {
  it.each([
    ['Subject: Branch Manager – Nakuru\n\nHi Wanjiku,\n\nWe are hiring a Branch Manager.', null],
    ['Subject: Job Opportunity: Process Engineer – Pasir Gudang, Johor\n\nDear Hafiz,\n\nWe are hiring.', null],
    ['Hi ,\n\nOur Fortune 500 Insurance Client is looking for a Data Engineer on C2C, $65/hr.', null],
    ['Subject: Locum GP – Primary Care\n\nDear Dr Patel,\n\nWe need a locum GP for four weeks.', null],
  ])('a town, a description or a sector is no employer: %s', (text, expected) => {
    expect(readMessage(text).company).toBe(expected);
  });
});

describe("the thirty-seventh review's probes: digests of long titles", () => {
  it.each([
    'Your job alert: 3 new jobs\n\n1. Senior Software Engineer, Payments Platform Infrastructure Team\nStripe · Remote · $190k-$230k\n2. Staff Engineer, Developer Productivity and Build Systems\nDatadog · New York\n3. Principal Engineer, Data Infrastructure and Storage Systems\nSnowflake · Seattle\n',
    'New jobs for you\n\n1. Backend Engineer (Go, Kubernetes, AWS)\nMonzo · London\n2. Platform Engineer (Terraform, GCP)\nStarling Bank · Cardiff\n3. Site Reliability Engineer (Linux, Python)\nRevolut · London\n\nSalaries from £75,000.',
  ])('a digest whose titles are long or bracketed offers no job of them: %s', (text) => {
    const found = readMessage(text);
    expect([found.pay, found.company, found.role]).toEqual([null, null, null]);
  });

  // (Timed by msToRead, as the other pathological reads are: on CI's Node 22 under a full run's load this read took
  // 3.3 s, over the fixed bound of 3 s it had, where it takes about 1 s alone.)
  it(
    'a megabyte of bulleted listings is read in well under a second or two',
    () => {
      const text = '- Senior Software Engineer Payments\nAcme Corp · Remote · $190k\n'.repeat(16_000).slice(0, 1_000_000);
      expect(msToRead(text, readMessage, 3000)).toBeLessThan(3000);
    },
    READ_TEST_TIMEOUT,
  );
});

describe("the thirty-eighth review's probes", () => {
  it.each([
    ['Hi Kemi,\nSalary is paid monthly... the office is 3,500 sq ft.\nBest'],
    ["Hi Sam, the salary is paid monthly... you'd look after 1,500 accounts.\nJo"],
    ['Hi Sam, our pay is above market... the Glassdoor rating is 4.5 from 1,800 reviews.\nJo'],
    [
      'Dear Chidi,\nOffer details:\nRole ........ Staff Nurse\nSalary scale ........ CONHESS 07\nSalary grade point ........ 1407\nRegards, HR',
    ],
    [
      'Zdravo Milane,\nTražimo Java developera za firmu u Novom Sadu. Plata po dogovoru. Topli obrok 800 dinara dnevno, prevoz 4.000 dinara mesečno.\nPozdrav, Jelena',
    ],
    ['Zdravo Nikola,\nPosao u Kuvajtu za zavarivače: plata 450 dinara mesečno, smeštaj i hrana obezbeđeni.\nPozdrav'],
  ])('an ellipsis is no dot leader, a grade point no sum, a dinar no Serbian pay by its word alone: %s', (text) => {
    expect(readMessage(text).pay).toBeNull();
  });

  it.each([
    ['Dear Ifeoma,\nThe hourly staff at the plant are paid weekly... your salary would be ₦6,500,000.\n', 'year'],
    ['Hi Priya, forget the monthly retainer idea... the client will pay $145,000 for the full-time role.\nBest', 'year'],
  ])("a period said in an earlier sentence is not this figure's: %s", (text, period) => {
    expect(readMessage(text).pay?.period).toBe(period);
  });

  it.each([
    ['Pozdrav Marko,\nNudimo plaću od 1.400 € neto, a prekovremeni rad plaća se 12 €/sat.\nLP'],
    ['Hi Marko,\nWeekend cover for our Dublin bar: €140/Sat, €160/Sun, plus tips.\nThanks, Aoife'],
    ['Pozdrav Ana,\nKod nas nema satnica nego fiksna plaća 1.600 € neto.\nLP, Ivana'],
  ])('"/Sat" a Saturday and "satnica" said in passing make no hourly pay: %s', (text) => {
    expect(readMessage(text).pay?.period).not.toBe('hour');
  });

  it.each([
    ['Hi Sam, no signing bonus on this one unfortunately... base is $140,000 plus equity.\nBest, Jo', 140000],
    ['Hi Sam, relocation is covered... salary is $140,000.\nBest, Jo', 140000],
    ['Hi Sam, I know you said your current salary is $150k... this one pays $165,000.\nJo', 165000],
    [
      'Zdravo Milane,\nPozicija: Senior Java Developer, Beograd. Plata od 2.500 do 3.200 EUR neto. Regres 30.000 dinara godišnje.\nPozdrav',
      2500,
    ],
    ['Hi Kwame,\nMonthly salary GH₵ 7,000 – GH₵ 500 deducted for the staff loan scheme.\nThanks', 7000],
  ])('the words of an earlier sentence, or a smaller second sum, take no pay away: %s', (text, min) => {
    expect(readMessage(text).pay?.min).toBe(min);
  });

  // (Timed as the other pathological reads are, by msToRead: under a full run's load on CI's Node 22 the read took 4.5 s
  // where it takes 1 to 2 s alone, and a time that grows with the text is what the test guards against.)
  it(
    'a megabyte of ellipses before figures is read in well under a few seconds',
    () => {
      const text = `${'a '.repeat(9445)}${'... ₦1,500 '.repeat(100)}\n`.repeat(53).slice(0, 1 << 20);
      expect(msToRead(text, readMessage, 4000)).toBeLessThan(4000);
    },
    READ_TEST_TIMEOUT,
  );
});

// The later reviews' probes (the rules of sets 140 to 157), kept as data: messages written at the edges of those rules,
// kept where they read right (the ones left are listed in the README); each names the rule it probes and what must hold
// of its reading.
type Expectation = {
  company?: string | null;
  payNull?: boolean;
  payMin?: number | null;
  payMax?: number | null;
  period?: string;
  currency?: string | null;
  notCurrency?: string;
  payMinOrNull?: number;
  ote?: number | null;
  role?: string | null;
  roleOneOf?: Array<string | null>;
  mass?: true | 'notTrue';
};
type Probe = { id: string; rule: number | string; text: string; expect: Expectation };
const probesOf = (file: string): Probe[] => JSON.parse(readFileSync(new URL(`../../fixtures/${file}`, import.meta.url), 'utf8'));

function expectReading(text: string, e: Expectation) {
  const read = readMessage(text);
  if ('company' in e) expect(read.company).toBe(e.company);
  if (e.payNull) expect(read.pay).toBeNull();
  if (e.notCurrency !== undefined) expect(read.pay?.currency).not.toBe(e.notCurrency);
  if ('payMin' in e) expect(read.pay?.min).toBe(e.payMin);
  if ('payMax' in e) expect(read.pay?.max).toBe(e.payMax);
  if ('currency' in e) expect(read.pay?.currency).toBe(e.currency);
  if ('period' in e && read.pay !== null) expect(read.pay.period).toBe(e.period);
  if ('ote' in e) expect(e.ote === null ? read.ote : read.ote?.min).toBe(e.ote === null ? null : e.ote);
  if ('role' in e) expect(read.role).toBe(e.role);
  if (e.roleOneOf) expect(e.roleOneOf).toContain(read.role);
  if (e.mass === true) expect(read.massPitch).toBe(true);
  if (e.mass === 'notTrue') expect(read.massPitch).not.toBe(true);
}

// Each review's probes kept as a file of their own: the thirty-ninth and fortieth (the rules of sets 140 to 148), the
// forty-first (170 written at the first rules of sets 149 to 152, 36 of which their first version read wrong; 162 kept)
// the forty-second (146 at the later rules of sets 149 to 154, 26 read wrong; 131 kept) and the forty-third (92 at the
// rules of sets 155 to 157, 19 read wrong; 84 kept) and the forty-fourth (120 at the rules of sets 158 to 160, 32 of
// which their first version read worse than the build before them; 107 kept) and the forty-fifth (108 at the rules of
// sets 161 to 163 and the lists of jobs, 16 read worse; 90 kept) and the forty-sixth (100 at the rules of sets 164 to
// 166, 11 read worse; 60 kept) and the forty-seventh (78 at the rules of sets 167 to 172, 21 read worse; 66 kept) and the
// forty-eighth (101 at the Korean, Hebrew, Japanese and Chinese rules of sets 173 to 178, 48 read worse; 97 kept) and the
// forty-ninth (93 at the pay, list, employer and mass rules of sets 173 to 181, 14 read worse; 78 kept) and the fiftieth
// (83 at the rules of sets 182 to 184, 7 read worse; 70 kept) and the fifty-first (100 at the rules of sets 185 to 190,
// 30 read worse; 92 kept) and the fifty-second (100 at the rules of sets 187 to 193, 16 read worse; 86 kept) and the
// fifty-third (141 at the rules of sets 197 to 199, 15 read worse than the build before them; 124 kept) and the
// fifty-fourth (135 at the rules of sets 200 to 205, 13 read worse; 115 kept) and the fifty-sixth (142 at the rules of sets
// 216 and 217, 32 read worse than the build before them, each mended; 55 kept, the rest unchanged by these rules) and the
// fifty-seventh (216 at the rules of sets 219 to 222, 40 read worse than the build before them, each mended; those 40
// kept, each with the readings the rules had made worse) and the fifty-eighth (130 at the rules of sets 223 to 225, 37
// read worse, 36 mended and kept; one, a Czech reader's own employer, read wrong before too) and the fifty-ninth (261 at
// the rules of sets 226 to 231, 28 read worse than the build before them: 22 mended and kept; the other six are mended
// to read as before them, which was wrong too) and the sixtieth (320 at the rules of sets 232 to 235 and the misses of
// 228 to 231, 93 read worse than the build before them: all 93 mended and kept) and the sixty-first (241 at the rules of
// set 232's misses and set 236, 76 read worse than the build before them; 73 mended and kept, the three left are named in
// the README), and the sixty-sixth (177 at the rules of sets 266 to 275, 24 read worse than the build before them, all
// mended; the 153 the mended build reads as the reviewer expects are kept, with each field the reviewer named), and the
// sixty-seventh (201 at the rules of sets 276 to 292, 12 read worse than the build before them, all mended; the 177 the
// mended build reads as the reviewer expects are kept), and the sixty-eighth (200 at the rules of sets 302 to 317, 21
// read worse than the build before them, all mended; the 178 the mended build reads as the reviewer expects are kept,
// a single figure's "payMax" set to null, the reader's convention), and the sixty-ninth (131 at the rules of sets 318 to
// 325, 35 read worse than the build before them, all mended; the 123 the mended build reads as the reviewer expects are
// kept), and the seventieth (90 at the rules of sets 326 to 331, 20 read worse than the build before them, 19 mended; the
// 79 the mended build reads as the reviewer expects are kept), and the seventy-first (278 at the rules of sets 332 to
// 347, 26 read worse than the build before them, 24 mended; the two left are a driver's rate by the trip or the load,
// now read as a sum by the piece rather than as a year's pay; the 250 the mended build reads as the reviewer expects are
// kept), and the seventy-second (215 at the rules of sets 348 to 353 and the plural titles, 33 read worse than the
// session's start, 32 mended: a rent, a price, a loan, a fee, a parking tariff or an exchange rate in the new languages
// read as pay; "drivers needed" after a dash in a message with no sum; one left, a Thai salary at an old firm said after
// its figure; of the 197 the mended build reads as the reviewer expects, 196 are kept: a pilot's sector pay alone is now read
// as a sum by the piece, no pay), and the seventy-third (135 at the rules of sets 354 to 359 and the names no employer can
// have, 40 read worse than the session's start, all mended: "B2 Logistics", "Studio 54 LLC", a firm signing as "Brighter
// Days", "EASA is recruiting", a firm called "Promoted", a day rate "per shift", "$22/hr / shift differential", a night
// job's only wage in Japanese, "2 millions d'ariary"; the 134 the mended build reads as the reviewer expects are kept), and
// the seventy-fourth (242 at the rules of sets 360 to 371, 60 read worse than the session's start, all mended: "C$" in a
// Toronto job that names Managua, "we pay above the market average", "hoy estás en Globant", "US GAAP ASC", a BSc
// degree, "Directeur des Ventes Europe de Michelin SA", Colombo jobs that name Mauritius, Reykjavík beside the Faroes,
// Bucharest beside Chișinău, a Cairo job naming Sudan, "BND 2025"; the 207 the mended build reads as expected are kept)
// and the seventy-fifth (201 at the later rules of sets 366 to 377, 14 read worse than the build before them, all
// mended: Quebec's "inc." taken in "Total Package inc. car allowance", "港币" or "MOP" anywhere turning a yuan into
// another money; the 163 the mended build reads as expected are kept) and the seventy-sixth (203 at the rules of sets 372
// to 383, 28 read worse than the build before them, all mended: a salary survey's words taking the offer after them, "TOP
// 12.50 an hour" as Tonga's money, isiZulu's and Twi's counts of hours read as pay, Brazil's "R$ 220,00 VT", a Dutch
// "Vergoeding:" allowance; the 178 the mended build reads as expected are kept) and the seventy-seventh (170 at the last
// rules, 24 read worse than the build before them, all mended: Russian "то" read as Tajik's "up to", a day's or a month's
// word anywhere in the clause beating a month's said right before the figure, "Dniówka 12h", "6 மாதம் பயிற்சி", a
// university beside the firm, a Dari monthly allowance; the 135 the mended build reads as expected are kept) and the
// seventy-eighth (242 at the pay rules of sets 390 to 405, 24 read worse than the build before them, all mended: a floor
// word wrapped to the line above, "for registration" in a title, commission beside a base, a day rate "for projects", a
// Korean sum in yen, yuan or dollars; 227 kept) and the seventy-ninth (184 at their employer, title and mass rules, 45
// read worse, all mended: a numbered list of one job's shifts taken for a board's listings, Taiwan's "回N取消" and
// "Reply N" in a booking's answer, Brazil's and Czech personal notes, a forward from a person, a firm's subscribers, a
// title with "Position" inside, a venue the writer worked at, "du Lundi"; 158 kept, 227 of the seventy-eighth's) and the
// eightieth (250 at the later rules and those mends, 54 read worse, all mended: a requirement's "or over" on the line above
// the pay, projects' values in thousands, job channels' names in a forward, a salary "disbursed", a review site as an
// employer, "Reply Y to get the list", Brazil's and Czech alert reasons, Arabic channel counts, a Korean "엔지니어", "für
// Position", a head noun after a shouted title, "you draw"; 211 kept) and the eighty-first (230 at the rules of sets 418
// to 423, 38 read worse, all mended: a personal "iptal için bana yazın", the rand's monthly custom on "R138 000 p/a",
// "Marengo" and Mexico's "Región" taken for Chile, a one-to-one "menerima email ini karena", a YouTube channel followed,
// a meal budget in Turkish, Hebrew "פחות מ-"; 174 kept) and the eighty-second and eighty-third (222 and 216 at the rules
// of sets 424 to 431, 56 and 41 read worse than the build before them, all mended: a hiring "the" before a title and a
// region, "the Platform Owner of Workday", a chain's "Edinburgh Garden Centre", another person's "title would be", a
// title's possessive; an arrow to the US from Mexico or Australia, a job's "grands déplacements", rupee names before a fee,
// an allowance's day in Bengali and Kannada, Marathi "ते" before a date; 167 and 165 kept) and the eighty-fourth (223
// at the later rules, 69 read worse, all mended: a chat's phones overruling the places and the US dollar a text names,
// people, notices and job boards taken for an SMS's firm, a title's own "Gérant de Portefeuille", "C'est un poste de Chef de
// Projet", "Graduate | Careers", an agency's client after "I manage recruitment for"; 184 kept) and the eighty-fifth (231
// at the rules from sets 433 to 437, 35 read worse, all mended: "刀" taken for the US dollar, "Hi Goldy", an apprenticeship
// "worth £18,000 a year", the reader's own "ceiling is", a cleaner's "turn over", a contract "(remote) with ASAP start",
// people and job boards taken for a job app's employer, walk-in drives' organisers; 188 kept).
// (Fields a probe gives alone are checked alone: a currency or a ceiling without the floor.)
for (const [review, file] of [
  ['thirty-ninth', 'review-probes-39.json'],
  ['fortieth', 'review-probes-40.json'],
  ['forty-first', 'review-probes-41.json'],
  ['forty-second', 'review-probes-42.json'],
  ['forty-third', 'review-probes-43.json'],
  ['forty-fourth', 'review-probes-44.json'],
  ['forty-fifth', 'review-probes-45.json'],
  ['forty-sixth', 'review-probes-46.json'],
  ['forty-seventh', 'review-probes-47.json'],
  ['forty-eighth', 'review-probes-48.json'],
  ['forty-ninth', 'review-probes-49.json'],
  ['fiftieth', 'review-probes-50.json'],
  ['fifty-first', 'review-probes-51.json'],
  ['fifty-second', 'review-probes-52.json'],
  ['fifty-third', 'review-probes-53.json'],
  ['fifty-fourth', 'review-probes-54.json'],
  ['fifty-sixth', 'review-probes-56.json'],
  ['fifty-seventh', 'review-probes-57.json'],
  ['fifty-eighth', 'review-probes-58.json'],
  ['fifty-ninth', 'review-probes-59.json'],
  ['sixtieth', 'review-probes-60.json'],
  ['sixty-first', 'review-probes-61.json'],
  ['sixty-sixth', 'review-probes-66.json'],
  ['sixty-seventh', 'review-probes-67.json'],
  ['sixty-eighth', 'review-probes-68.json'],
  ['sixty-ninth', 'review-probes-69.json'],
  ['seventieth', 'review-probes-70.json'],
  ['seventy-first', 'review-probes-71.json'],
  ['seventy-second', 'review-probes-72.json'],
  ['seventy-third', 'review-probes-73.json'],
  ['seventy-fourth', 'review-probes-74.json'],
  ['seventy-fifth', 'review-probes-75.json'],
  ['seventy-sixth', 'review-probes-76.json'],
  ['seventy-seventh', 'review-probes-77.json'],
  ['seventy-eighth', 'review-probes-78.json'],
  ['seventy-ninth', 'review-probes-79.json'],
  ['eightieth', 'review-probes-80.json'],
  ['eighty-first', 'review-probes-81.json'],
  ['eighty-second', 'review-probes-82.json'],
  ['eighty-third', 'review-probes-83.json'],
  ['eighty-fourth', 'review-probes-84.json'],
  ['eighty-fifth', 'review-probes-85.json'],
  ['eighty-sixth', 'review-probes-86.json'],
  ['eighty-seventh', 'review-probes-87.json'],
  ['eighty-eighth', 'review-probes-88.json'],
  ['eighty-ninth', 'review-probes-89.json'],
  ['ninetieth', 'review-probes-90.json'],
  ['ninety-first', 'review-probes-91.json'],
  ['ninety-second', 'review-probes-92.json'],
  ['ninety-third', 'review-probes-93.json'],
  ['ninety-fourth', 'review-probes-94.json'],
  ['ninety-fifth', 'review-probes-95.json'],
  ['ninety-sixth', 'review-probes-96.json'],
  ['ninety-seventh', 'review-probes-97.json'],
  ['ninety-eighth', 'review-probes-98.json'],
  ['ninety-ninth', 'review-probes-99.json'],
  ['hundredth', 'review-probes-100.json'],
  ['hundred-and-first', 'review-probes-101.json'],
  ['hundred-and-second', 'review-probes-102.json'],
  ['hundred-and-third', 'review-probes-103.json'],
  ['hundred-and-fourth', 'review-probes-104.json'],
  ['hundred-and-fifth', 'review-probes-105.json'],
  ['hundred-and-sixth', 'review-probes-106.json'],
  ['hundred-and-seventh', 'review-probes-107.json'],
] as const) {
  describe(`the ${review} review's probes`, () => {
    it.each(probesOf(file).map((probe) => [probe.id, probe] as const))('%s', (_id, { text, expect: e }) => expectReading(text, e));
  });
}
