// The employer and the job title a message names. The employer is the
// company the job is at, never the recruiting agency: "I'm with TalentBridge,
// recruiting for Northwind Robotics" is Northwind Robotics; "my client, a
// fast-growing fintech" names none. Pure.

import { builtOnce, compiled, type Pattern } from '../compile.js';
import { holdsMaoriTitleWord, isOccupationWord, namesAnOccupation } from './occupations.js';
import { hebrewEmployer, japaneseEmployer, koreanEmployer, thaiEmployer } from './script-employers.js';
import { legalName, turkishFirm } from './legal-names.js';
import { cleanName } from './text.js';

// The nouns a job title ends in (or is built around).
const ROLE_NOUN =
  'Chefs? de (?:Partie|Cuisine|Rang)|(?:Tax|Audit|Assurance) Seniors?|Engineers?|Developers?|Programmers?|Architects?|Scientists?|Analysts?|Designers?|Managers?|Directors? of [A-Z][\\w&/-]{0,30}(?: (?:&|and) [A-Z][\\w&/-]{0,30}| [A-Z][\\w&/-]{0,30}){0,2}|Directors?|(?:Team|Shift|Project|Store|Site) Leaders?|Leads?|Heads? of [A-Z][\\w&/-]{0,30}(?: [A-Z][\\w&/-]{0,30}){0,2}|[ASE]?VP(?:,| of)? [A-Z][\\w&/-]{0,30}(?: [A-Z][\\w&/-]{0,30}){0,2}|Vice President(?: of)? [A-Z][\\w&/-]{0,30}(?: [A-Z][\\w&/-]{0,30}){0,2}|CTO|CFO|COO|CMO|CPO|CISO|SRE|DBA|AEs?|SDRs?|BDRs?|T?PMs?|Closers?|Administrators?|Consultants?|Specialists?|Representatives?|Reps?|Executives?|Officers?|Researchers?|Coordinators?|Associates?|Interns?|Trainees?|Apprentices?|Technicians?|Writers?|Marketers?|Accountants?|Recruiters?|Strategists?|Advocates?|Owners?|Testers?|Generalists?|Operators?|Nurses?|Teachers? of [A-Z][\\w&-]{2,30}|Teachers?|Tutors?|Drivers?|Agents?|Advisors?|Advisers?|Assistants?|Controllers?|Planners?|Producers?|Editors?|Experts?|Ninjas?|Rockstars?|Gurus?|Hackers?|Contributors?|Fellows?|Supervisors?|Members of Technical Staff|MTS|Auditors?|Economists?|Statisticians?|Mathematicians?|Physicists?|Chemists?|Biologists?|Pharmacists?|Physicians?|Therapists?|Attorneys?|Counsel|Paralegals?|Scrum Masters?|RNs?|RGNs?|RMNs?|HCAs?|LPNs?|CNAs?|[A-Za-z\\u00C0-\\u024F]*(?:utvecklare|udvikler|utvikler|kehittäjä)|Utvecklare|Udvikler|Utvikler|Kehittäjä';
// A modifier word holds no separator between words (a space, a comma, "/"), and a separator is never inside a word ("-" is
// inside a word only, "Live-in", "Front-End"): else "Ab/Ab/Ab/…" splits into words in exponentially many ways, and the
// title pattern takes seconds on a few hundred characters.
const ROLE_MODIFIER =
  "(?:(?:\\d{1,2}(?:st|nd|rd|th)|(?:Band|Level|Grade|Tier|Step|Class) \\d{1,2}|Senior|Sr\\.?|Junior|Jr\\.?|Staff|Principal|Lead|Chief|Head|Founding|Distinguished|Mid[- ]?[Ll]evel|Entry[- ]?[Ll]evel|Associate|Assistant|Deputy|Graduate|Remote|Contract|Freelance|[Pp]art[- ]time|[Ff]ull[- ]time|(?<![A-Z]s )&(?= [A-Z])|[A-Z](?:[\\w+#&]|[.-](?=\\w)|(?<=(?:Childre|Wome|Me)n)['’](?=s )){0,30}|[a-z]{1,12}[A-Z](?:[\\w+#]|[.-](?=\\w)){0,30}|backend|back-end|frontend|front-end|full[- ]?stack|mobile|data|software|platform|infrastructure|cloud|security|machine learning|product|site reliability|devops|embedded|systems|QA|ML|AI|iOS|Android|web|sales|solutions|support|customer success|account|marketing|growth|research|applied|firmware|hardware|network|database|analytics|business|technical|engineering|design|UX|UI|UX/UI|content|program|project|operations)[ ,/]){0,6}";
/** A job title: modifiers (capitalised words or known lowercase ones) ending in a role noun, optionally "of X"/"(Y)"/", Z". */
const ROLE_WITH = (nouns: string) =>
  new RegExp(
    `(?<![\\w-])(${ROLE_MODIFIER}(?:${nouns})(?:,? (?:I{1,3}|IV|V|[1-5]|L[3-8]|E[3-8]))?(?: \\((?:(?:[A-Za-z]|\\.(?=[A-Za-z]))[\\w+#./ -]{1,30})\\))?(?:, [A-Z][\\w&/-]{0,30}(?: [A-Z][\\w&/-]{0,30}){0,2}(?= (?:at|@|with|[-–—|(]) | \\(| (?:role|position)\\b| to (?:take|lead|own|run|join|build|head|manage|grow)\\b))?)(?![\\w-])`,
    'g',
  );
// The trades and services a title may end in: "A-Grade Electrician", "Head Chef", "Forklift Operator" (Operators is above).
// Their pattern runs only when the text holds one of their words.
// (And a function's head as India and the Gulf name it, "Plant Head", "Regional Collections Head": here, where its words
// are the pattern's hints, not in ROLE_NOUN, which every message runs; only functions whose words are rare elsewhere, so
// that the hints stay rare.)
const TRADE_NOUN =
  'Plant Head|Branch Head|Zonal Head|Cluster Head|Area Head|Sales Head|HR Head|Collections Head|Credit Head|Risk Head|Section Head|Circle Head|State Head|Audit Head|Legal Head|Headteachers?|Head Teachers?|Headmasters?|Headmistress(?:es)?|Callers?|Electricians?|Plumbers?|Carpenters?|Welders?|Mechanics?|Fitters?|Machinists?|Labou?rers?|Painters?|Roofers?|Joiners?|Bricklayers?|Installers?|Inspectors?|Surveyors?|Estimators?|Foreman|Operatives?|Chefs?|Cooks?|Baristas?|Bankers?|Substitutes?|Cashiers?|Clerks?|Receptionists?|Caregivers?|Carers?|Midwife|Paramedics?|Dentists?|Hygienists?|Pilots?|Captains?|First Officers?|Dispatchers?|Couriers?|Riders?|Lecturers?|Professors?|Instructors?|Trainers?|Librarians?|Translators?|Interpreters?|Bookkeepers?|Underwriters?|Brokers?|Buyers?|Solicitors?|Lawyers?|Paralegals?|Pharmacy Technicians?|Physiotherapists?|Business Partners?|Radiographers?|Housekeepers?|Bartenders?|Builders?|Porters?|Attendants?|Ambassadors?|Stewards?|Waiters?|Promoters?|Merchandisers?|Stylists?|Artists?|Animators?|Illustrators?|Photographers?|Supporters?|Educators?|Reporters?|Journalists?|Correspondents?|Superintendents?|Investigators?|Modellers?|Modelers?|Caseworkers?|Curators?|Archivists?|Technologists?|Counsellors?|Counselors?|Actuary|Actuaries|Epidemiologists?|Hydrologists?|Ecologists?|Geologists?|Agronomists?|Horticulturists?|Viticulturists?|Pipefitters?|Steamfitters?|Key Grips?|Gaffers?|Surgeons?|Anaesthesiologists?|Anesthesiologists?|Anaesthetists?|Anesthetists?|Radiologists?|Cardiologists?|Psychiatrists?|Paediatricians?|Pediatricians?|Oncologists?|Neurologists?|Dermatologists?|Pathologists?|Obstetricians?|Gynaecologists?|Gynecologists?|Urologists?|Intensivists?|Assessors?|Adjusters?|Copywriters?|Cleaners?|Janitors?|Firefighters?|Sanitation Techs|Maintenance Techs|Lab Techs|Pharmacy Techs|Vet Techs|Surgical Techs|Field Techs|HVAC Techs|Patient Care Techs?|Sterile Processing Techs?|Optometrists?|Dietitians?|Sonographers?|Phlebotomists?|Veterinarians?|Registrars?|Bursars?|Wardens?|Foresters?|Gardeners?|Landscapers?|Groundskeepers?|Caretakers?|Handyman|Handymen|Locksmiths?|Glaziers?|Plasterers?|Tilers?|Scaffolders?|Riggers?|Fabricators?|Toolmakers?|Millwrights?|Boilermakers?|Lineman|Linemen|Linesman|Linesmen|Invigilators?|Farriers?|Arborists?|Deckhands?|Locum GPs?|Salaried GPs?|GP Partners?|Locum Doctors?|Middle Grade Doctors?|Resident Doctors?|Kitchen Hands?|Kitchenhands?|Farm Hands?|Farmhands?|Station Hands?|Shed Hands?|Pipe Layers?|Pipelayers?|Drain Layers?|Drainlayers?|Concrete Finishers?|Steel Fixers?|Steelfixers?|Formworkers?|Dogman|Dogmen|Shotfirers?|Workers?';
const TRADE_WORDS = TRADE_NOUN.toLowerCase()
  .replace(/\?|\(|\)|\\b/g, '')
  .split('|')
  .map((word) => word.replace(/s$/, '').replace('labou', 'labo').slice(0, 7));
const ROLE = ROLE_WITH(ROLE_NOUN);
// (Made at its first use: most messages name no trade.)
const ROLE_OR_TRADE = builtOnce(() => ROLE_WITH(`${ROLE_NOUN}|${TRADE_NOUN}`));

// Words that begin a capitalised run but are no part of a title or a company.
const NOT_NAME = new Set(
  "Still Anyway Obviously Actually Basically Recherche Durchsicht Olen Olemme Müşterimiz Müşterimizin Firmamız Şirketimiz Vedän Johdan I I'm Im We We're Namens Our My Your You The A An This That These Those It Its Hi Hello Hey Dear Thanks Thank Best Regards Cheers If As At In On For With And Or But So Is Are Be Let Please Would Could Can Will Do Happy Great Looking Currently Today Tomorrow Monday Tuesday Wednesday Thursday Friday Saturday Sunday Re Fwd Fw RE FW Subject Role Position Title Company Location Salary Compensation Remote Hybrid Onsite Job Opportunity Exciting New Urgent Quick Open Hiring Apply Now Voltijds Deeltijds Vollzeit Teilzeit Fulltime Parttime Heltid Deltid All Any Some Every Each No Yes Not Just Also Very More Most Top Their They He She His Her Voor Bij Bei Für Pour Chez Par Avec Mit Met Från För Hos Til Vi Wir Nous Je Ich Ik Jag Jeg Hallo Bonjour Hej Hei Moi Beste Liebe Lieber Cher Chère Gentile Egregio Egregia Estimado Estimada Prezado Prezada Caro Cara Querido Querida Szanowny Szanowna Vážený Vážená Hyvä Kære Kjære Geachte Sehr Een Ein Eine Une Un En Firma Společnost Spółka Empresa Azienda Société Unternehmen Bedrijf Klient Klienta Klientem Mein Meine Unser Unsere Sizi Seni Sizin Senin Bizim Ek Hamein Humein Hamko Humko Mujhe Cine Cineva Nimeni It's It’s Asiakkaamme Asiakkaamme, Sie Ihnen Ihr Ihre Dich Dir Euch Uns Als Jako".split(
    ' ',
  ),
);

// What an agency calls itself.
const AGENCY_WORDS =
  /\b(?:recruit\w*|talent|staffing|search|headhunt\w*|resourcing|placements?|personnel|hire|hiring|careers|jobs|consultancy|agency|HR|human capital|workforce|manpower|sourcing)\b/i;

// The same in the other languages, lower case, looked up in the name: "Stivale Risorse Umane", "Nordvård Rekrytering".
const AGENCY_WORDS_ELSEWHERE = [
  // (A search firm in the plural of its trade, "Atlas Talents Conseil"; not a school, "Bright Talents International School".)
  'talents conseil',
  'talents consulting',
  'talents partners',
  'risorse umane',
  'recursos humanos',
  'ressources humaines',
  'personalberatung',
  // The largest staffing firms, by their brands: "c'est Julie de Randstad Lyon".
  'randstad ',
  'adecco ',
  'manpower',
  'synergie ',
  'start people',
  'proman ',
  'henkilöstöpalvelu',
  'locums',
  // A travel-nursing agency, which places nurses at hospitals it rarely names: "SunCrest Travel Health", "Meridian
  // Travel Nursing", "Keystone Travel Allied".
  'travel health ',
  'travel nurs',
  'travel allied',
  'lavoro',
  'kaderselektion',
  'personalselektion',
  'personaldienst',
  'it personal',
  'personal gmbh',
  'personal ag',
  'personalservice',
  'personalvermittlung',
  'rekryter',
  'bemanning',
  'bemanding',
  // Swedish brokers of consultants and staff: "Västkust Konsultförmedling" (not a city's housing agency, "Bostadsförmedling").
  'konsultförmedling',
  'personalförmedling',
  'jobbförmedling',
  'konsultmäkl',
  'rekrutter',
  'werving',
  'uitzend',
  'zeitarbeit',
  'intérim',
  'interim management',
  'reclutamiento',
  // (And a firm named for its recruiters: "Grupo Reclutador Anáhuac", "Recrutadora Nexo".)
  'reclutador',
  'recrutador',
  'rekrutacj',
  'selezion',
  'talento ',
  'talentos',
  'rekry',
  'nábor',
  'recrutement',
  // A mailbox of job offers, like "X Jobs": "TechnoFlex Vacatures", "Nordjob Stellenangebote".
  'vacature',
  'stellenangebot',
  // Job boards and staffing by their names' parts: "KariyerNoktası", "Crestline Travel Nursing", "EmpleoClick".
  'kariyer',
  'kariera',
  'karriere',
  'karriär',
  'travel nursing',
  'nurse staffing',
  'empleo',
  'emprego',
  'kariér',
  'oferty pracy',
  'ofertas de empleo',
  "offres d'emploi",
  'offres d’emploi',
  // A staffing firm by its German or Czech word and a legal form: "Vltava Personal s.r.o.", "Nordwerk Personal GmbH".
  'personal s.r.o',
  'personal kft',
  'personal sp.',
  // Hungarian "workforce": "Munkaerő Pont Kft."; Dutch secondment: "Kanaalpoort Detachering B.V.".
  'detachering',
  'munkaerő',
  'munkaerö',
  'munkaero',
];

// A question after how the reader is doing, or their time there, just before "at X": X is the reader's employer, not the
// one hiring ("Your time at Marlow Capital on the FX options library looks relevant"). (Longer leads, at any rank:
// READERS_WORKPLACE_BEFORE.)
const ASKED_AFTER =
  /(?:\b[Yy]our (?:time|work|experience|years?|tenure|stint|days)(?: [a-z]+)?|\bhow(?:['’]s| is| are) (?:it going|things|life|everything|work)(?: over)?|\bhow(?:['’]s| is) it|[Ww]ie läuft['’]s|[Ww]ie geht['’]s(?: dir)?|[Cc]omment ça (?:va|se passe)|[Hh]oe gaat het|[Hh]ur går det|[Qq]ué tal)\s*$/i;

const READERS_WORKPLACE_BEFORE = () =>
  /(?:\b[Yy]our (?:experience|time|work|tenure|stint|years?)(?: (?!would|will|could|can|may|might|be|is|are|fits?|translates?|helps?|shines?)[\w-]+){0,4}|\bworked (?:with|alongside) you\b[^.!?\n]{0,60}) at $/;
const NORDIC_READERS_WORK_BEFORE = () =>
  /\b(?:foredraget|foredraget|arbeidet|arbejdet|arbetet|erfaringen|erfarenheten|tiden|prosjektet|projektet|innlegget|indlægget|inlägget|artikkelen|artiklen|artikeln|presentasjonen|præsentationen|presentationen)\s+(?:ditt|din|dine|dit|dina)\b(?:(?!\b(?:vil|ville|kan|kunne|skal|skulle|passer|passet|passar|passe|trenger|behøver|behöver|værdsat|verdsatt|gjøre|göra|gøre|er|är|blir|bli|blive|vært|varit|være|med)\b)[^.!?\n]){0,60}(?:hos|på) $/i;
const PAST_YEAR_AFTER = /^,? (?:(?:back )?in|en|em|im|i|w|nel|en el) (?:19|20)\d\d\b|^ \((?:19|20)\d\d/;
const ASKED_AFTER_HINTS = ['how', 'your ', 'wie ', 'ça ', 'hoe ', 'hur ', 'qué '];

// The words of an outside agency's trade after its name. (Not "Careers", "Jobs" or "Recruiting": an employer's own
// hiring team signs so, "Acme Careers".)
const AGENCY_TRADE_WORDS = [
  'Recruitment',
  'Staffing',
  'Bemanning',
  'Bemanding',
  'Rekrytering',
  'Resourcing',
  'Executive Search',
  'Personalvermittlung',
  'Zeitarbeit',
];

/** Does the name say it is a recruiting agency? */
function agencyByName(name: string): boolean {
  // (A public body called an agency is an employer: "National Inland Waterways Agency".)
  if (name.endsWith('Agency') && compiled(PUBLIC_AGENCY).test(name)) return false;
  if (compiled(AGENCY_WORDS).test(name)) return true;
  // "RH", human resources in French, Spanish and Portuguese, in capitals as a word: "Altitude Conseil RH", not "Rhône".
  if (` ${name} `.includes(' RH ')) return true;
  // (With a space after, as a word ends: "Andina Talento" as "Andina Talento S.A.S."; not a school's name, "Colegio Nuevo
  // Talento".)
  const low = PARTICLE_KINDS.has(name.slice(0, name.indexOf(' '))) ? name.toLowerCase() : `${name.toLowerCase()} `;
  if (AGENCY_WORDS_ELSEWHERE.some((word) => low.includes(word))) return true;
  // A staffing or headhunting word at the end of a word written as one: "QuickStaff", "ByteHunters", "TalentWerk";
  // not "Staffbase", "Threat Hunters", "Talentsoft".
  return (
    (name.includes('Staff') || name.includes('Hunters') || name.startsWith('Talent')) && /[a-z](?:Staff|Hunters)\b|^Talent[A-Z]/.test(name)
  );
}

const ASCII_ONLY = /^[\0-\x7f]*$/;

/**
 * A name as `/^(?:…)$/i` compares it: each code unit upper-cased, unless that
 * gives more than one or takes a non-ASCII letter to ASCII.
 */
export function caseFold(s: string): string {
  // Speed only: for ASCII, which nearly every name is, that is String#toUpperCase, about ten times faster than
  // the loop below (the name lists are folded as the reader loads: 2 ms of it, through the loop).
  if (ASCII_ONLY.test(s)) return s.toUpperCase();
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i] as string;
    const u = c.toUpperCase();
    out += u.length === 1 && !(c.charCodeAt(0) >= 128 && u.charCodeAt(0) < 128) ? u : c;
  }
  return out;
}

/**
 * Speed only: names written as a regular expression's alternatives ("a|b|c",
 * escapes allowed), matched whole and case-insensitively as `/^(?:a|b|c)$/i`
 * would match them, without compiling a long regular expression on first use.
 */
function nameSet(alternation: string): Set<string> {
  return new Set(alternation.split('|').map((name) => caseFold(name.replaceAll('\\', ''))));
}

// Names that are not employers: platforms, places, tools, and a firm's teams named in words no firm's name is alone
// ("Hiring for GTM", "Credit Manager – SME Lending"; not "Payments": "Global Payments is hiring").
const NOT_COMPANY = nameSet(
  String.raw`Baseline|NV1|NV2|Negative Vetting|Top Secret|TS\/SCI|SC Cleared|DV Cleared|Unsubscribe|Confidential|Confidentiel|Confidencial|Confidenziale|Vertraulich|Tajno|Poufne|Důvěrné|Dôverné|Partnerünk|Ügyfelünk|Il|Notre|Nuestro|Nosso|Undisclosed|Stealth|TBC|TBA|Anonymous|Not|Private|Withheld|Client|Our Client|VACANCY|Vacancy|VACANCIES|Vacancies|Nuestro Cliente|Nosso Cliente|Notre Client|Il Nostro Cliente|Unser Kunde|Kunde|Mandant|Mandantin|Auftraggeber|Cliente|Klant|LinkedIn|GitHub|GitLab|Stack Overflow|StackOverflow|Twitter|X|Medium|YouTube|NQ|PQE|Work|Zoom|Zoom Meeting|Google Meet|Teams|Microsoft Teams|Teams Meeting|Webex|Slack|Social Security|National Insurance|Medicare|Medicaid|Calendly|Gmail|Outlook|Indeed|Glassdoor|Hacker News|HN|Reddit|Substack|Dev\.to|Mastodon|Bluesky|Discord|Kubernetes|React|Python|Rust|Go|Java|JavaScript|TypeScript|Node|Node\.js|AWS|GCP|Azure|Spring|Spring Boot|Kafka|Terraform|Docker|PostgreSQL|Postgres|MySQL|MongoDB|Redis|Elasticsearch|Spark|Snowflake|Salesforce|SAP|SAS|Excel|Figma|Jira|Linux|Windows|iOS|Android|Swift|Kotlin|Scala|Ruby|Rails|Django|Flask|Angular|Vue|Svelte|GraphQL|PyTorch|TensorFlow|C\+\+|C#|\.NET|PHP|Perl|Ansible|AKS|EKS|GKE|Remote|Hybrid|Onsite|US|USA|UK|EU|Europe|America|Asia|London|Berlin|Paris|NYC|New York|San Francisco|SF|Bay Area|Seattle|Austin|Boston|Toronto|Sydney|Dublin|Amsterdam|Munich|Stockholm|Zurich|Singapore|Bangalore|Tel Aviv|Chicago|Denver|Los Angeles|LA|Atlanta|Miami|Portland|Vancouver|Montreal|Melbourne|Lisbon|Madrid|Barcelona|Warsaw|Prague|Vienna|Copenhagen|Oslo|Helsinki|Edinburgh|Manchester|FAANG|MAANG|Big Tech|YC|Y Combinator|SaaS|AI|ML|B2B|B2C|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tue|Wed|Thu|Fri|Sat|Sun|January|February|March|April|May|June|July|August|September|October|November|December|OTE|DOE|TBD|N\/A|PTO|CV|Resume|Engineering|Product|Design|Sales|Marketing|Data|Platform|Infrastructure|Security|Team|HQ|Technology|Tech|IT|Finance|Operations|Ops|Research|R&D|Legal|Analytics|Digital|Innovation|Strategy|Growth|Risk|Compliance|Quant|Trading|Talent|Talent Acquisition|People|People Ops|Human Resources|Recruiting|Recruitment|Customer Success|Support|Business Development|Technology & Data|Data & Analytics|Engineering & Product|Technical|Series|Senior|FP&A|RRHH|M&A|P&L|FIFO|DIDO|MNC|FMCG|CPG|BFSI|Stadt|Gemeinde|Kanton|XING|Package|Dados|Datos|Tecnologia|Tecnología|Engenharia|Ingeniería|Produto|Producto|Vendas|Ventas|Finanças|Finanzas|Operações|Operaciones|Recursos Humanos|Qualidade|Controle de Qualidade|Calidad|Logística|Compras|Talento|Mantenimiento|Manutenção|Manutenzione|Producción|Produção|Produzione|Vendite|Acquisti|Qualità|Amministrazione|Contabilidad|Contabilidade|Contabilità|Almacén|Armazém|Magazzino|Alternance|Apprentissage|Stage|Interim|Freelance|Department|Ministry|Primary|Secondary|Full-time|Full time|Part-time|Part time|Permanent|Temporary|Casual|Fixed-term|Main Contractor|Principal Contractor|Tier 1 Contractor|Tier 2 Contractor|Contractor|Subcontractor|Council|Municipality|University|Hospital|Trust|Authority|Board|Health Board|County|District|Shire|Borough|Agency|School|College|Academy|Institute|Foundation|Charity|Clinic|Company|Employer|Organisation|Organization|Firm|Business|Remoto|Remota|Híbrido|Hibrido|Presencial|Teletrabajo|Télétravail|Hybride|PME|PMI|Maior|Mayor|Nederlandse|Duitse|Belgische|Multinacional|Multinationale|Líder|Lider|Primary Care|Secondary Care|JHB|CPT|DBN|PTA|KSA|LDN|Tax-Free|Safety PLC|Pre-Opening|Acquisition|Tax Free|Niveau A|Niveau B|Niveau C|Niveau D|Niveau E|Emergency|Medical|Surgical|Obstetrics|Maternity|Oncology|Paediatrics|Pediatrics|Cardiology|Orthopaedics|Orthopedics|Theatres|Critical Care|Intensive Care|ICU|ED|Mental Health|Aged Care|Erreichen|Erreichung|Zielerreichung|Eintritt|Bedarf|Rückfragen|Vertragsabschluss|Bestehen|We've|We're|We'll|We'd|We’ve|We’re|Christmas|Xmas|Easter|Diwali|Eid|Ramadan|Thanksgiving|Halloween|MENA|EMEA|APAC|LATAM|DACH|Nordics|Benelux|Continental|Kuwaiti|Emirati|Qatari|Omani|Bahraini|Group|Group HR|Tier-1|Tier 1|Tier-2|Tier 2|E&E|O&G|F&B|EPC|EPCM|Weekly Pay|Daily Pay|Same Day Pay|Same-Day Pay|GTM|Go-to-Market|SME Lending|Retail Banking|Corporate Banking|Enfermagem|Enfermería|Enfermeria|Nursing|P&D|I\+D|I&D`,
);
// (Its last words are an organisation's kind alone, as a message calls its own: "The Municipality is an equal opportunity
// employer".)
/** The names of the list that are patterns, not words. */
const NOT_COMPANY_PATTERN =
  /^(?:Series [A-F]|Q[1-4]|Fortune \d+|FTSE \d+|S&P \d+|Inc\. \d+|Big (?:Four|4)|GCSEs?|A[- ]Levels?|QTS|PGCE|(?:Outside |Inside )?IR35|CDI|CDD|CLT|PJ|B2B)$/i;

/** A money's code and a figure: "JPY 11-15M". By characters. */
function codeAndFigure(name: string): boolean {
  const upper = (c: string | undefined) => c !== undefined && c >= 'A' && c <= 'Z';
  return name[3] === ' ' && upper(name[0]) && upper(name[1]) && upper(name[2]) && name[4] !== undefined && name[4] >= '0' && name[4] <= '9';
}
/** A person's titles before their name, in Italian and German: "Dott.ssa Anna Maria Lombardi", "Dr. Weber". */
const PERSONS_TITLES = ['Dott. ', 'Dott.ssa ', 'Dr. ', 'Prof. ', 'Prof.ssa ', 'Avv. ', 'Ing. '];
/** A firm described by its funding, not named: "Series B Healthtech", "Seed Fintech", "Stealth Startup". By strings. */
function fundingStage(name: string): boolean {
  const words = name.split(' ');
  if (words.length < 2 || words.length > 4) return false;
  if (words[0] === 'Series') return words.length >= 3 && words[1]!.length === 1 && 'ABCDEF'.includes(words[1]!);
  // (A stage, then a sector or "Startup": "Stealth Startup", "Pre-Seed AI Startup"; not "Seed Health", "Stealth
  // Communications", firms so named.)
  const last = words[words.length - 1]!.toLowerCase();
  return (
    ['Seed', 'Pre-seed', 'Pre-Seed', 'Stealth', 'Early-stage', 'Growth-stage'].includes(words[0]!) &&
    (last === 'startup' || last === 'start-up' || FUNDED_SECTORS.has(last))
  );
}
const FUNDED_SECTORS = new Set(
  'fintech healthtech edtech proptech insurtech biotech medtech legaltech cleantech climatetech saas ai'.split(' '),
);

// A company name: capitalised words (or camelCase, digits, &, dots), up to five, with a legal suffix kept.
// Bounded lengths throughout: no pattern here may scan far from where it starts.
// Latin letters with accents count as letters in names ("Lingonvägen", "Énergie").
const WORD =
  "(?:(?:St|Mt|Ft|Pt|Ste)\\.(?= [A-Z])|(?:[A-Z]\\.){2,3}(?= [A-Z])|[A-Z0-9\\u00C0-\\u00DE][\\w\\u00C0-\\u024F&'’+-]{0,30}|[a-z]{1,12}[A-Z][\\w\\u00C0-\\u024F&'’+-]{0,30})(?:\\.[\\w&+-]{1,20}){0,3}";
const NAME = `${WORD}(?:[ ](?:&|and(?= [A-Z])|of(?= [A-Z])|de(?= [A-Z])|für|${WORD})){0,4}`;
/** A whole string that is a name; or a name and a final dot. */
const WHOLE_NAME = new RegExp(`^${NAME}$`);
const WHOLE_NAME_DOT = new RegExp(`^${NAME}\\.?$`);
const ROAD_WORDS = new Set(['Road', 'Avenue', 'Boulevard', 'Highway']);
const TIERS = new Set(['Tier-1', 'Tier-2', 'Tier-3', 'Tier1', 'Tier2', 'Tier3']);
const EXECUTIVE_ABBREVIATIONS = new Set(['GM', 'VP', 'SVP', 'EVP', 'CEO', 'CFO', 'CTO', 'COO', 'CIO', 'CHRO', 'CPO', 'CMO']);
/** A letter or three, then a telephone number: "T 416-555-0172". By characters: every name passes here. */
function telephoneLine(name: string): boolean {
  let i = 0;
  while (i < 3 && i < name.length && name[i]!.toLowerCase() !== name[i]!.toUpperCase()) i++;
  if (i === 0) return false;
  let digits = 0;
  for (const c of name.slice(i)) {
    if (c >= '0' && c <= '9') digits++;
    else if (!' ()./-+:'.includes(c)) return false;
  }
  return digits >= 7;
}
/** One word that describes, its last part in lower case after a dash: "UK-based", "NDA-protected", "VC-backed". */
/** A firm described by its standing and its kind, not named: "Leading MNC", "Top Bank", "Reputed IT Company". By strings. */
function describedFirm(name: string): boolean {
  const words = name.split(' ');
  return (
    words.length >= 2 &&
    words.length <= 3 &&
    STANDING_WORDS.has(words[0]!) &&
    // (Or a rank of supplier: "Leading Tier-1 auto component manufacturer".)
    words.slice(1).every((word) => NOT_COMPANY.has(caseFold(word)) || FIRM_KIND_WORDS.has(word.toLowerCase()) || /^Tier-?\d$/.test(word))
  );
}
const STANDING_WORDS = new Set([
  'Leading',
  'Top',
  'Major',
  'Large',
  'Big',
  'Global',
  'Reputed',
  'Renowned',
  'Prestigious',
  'Premier',
  'Established',
]);
const FIRM_KIND_WORDS = new Set([
  'mnc',
  'bank',
  'company',
  'firm',
  'fintech',
  'retailer',
  'insurer',
  'brand',
  'player',
  'startup',
  'manufacturer',
  'conglomerate',
  'multinational',
]);
function describedWord(name: string): boolean {
  const dash = name.lastIndexOf('-');
  return dash > 0 && !name.includes(' ') && DESCRIBING_ENDINGS.has(name.slice(dash + 1));
}
const DESCRIBING_ENDINGS = new Set([
  'based',
  'backed',
  'powered',
  'enabled',
  'growing',
  'oriented',
  'wide',
  'stage',
  'facing',
  'centric',
  'minded',
  'friendly',
  'funded',
  'protected',
  'owned',
  'led',
  'focused',
  'first',
  'native',
  'driven',
  'listed',
  'headquartered',
]);
/** A signature's line that is an organisation's name alone (and a final dot), up to seven words: "Kōwhai Gardens Rest Home & Hospital". */
const WHOLE_LINE_NAME = new RegExp(`^${WORD}(?:[ ](?:&|and(?= [A-Z])|of(?= [A-Z])|de(?= [A-Z])|für|${WORD})){0,6}\\.?$`);

// Words in capitals that name nothing at the start of a name: "WE ARE HIRING". Not "IT Labs" nor "ON Semiconductor".
const CAPITAL_FILLER = new Set([
  'WE',
  'OUR',
  'THE',
  'HI',
  'HELLO',
  'DEAR',
  'NOW',
  'URGENT',
  'JOIN',
  'YOU',
  'YOUR',
  'ARE',
  'MULTIPLE',
  'VARIOUS',
  'SEVERAL',
]);

// A unit named after a firm's plural owner: "Halvorsen Partners’ Financial Services practice" (see trimName).
const UNIT_OF_PLURAL_OWNER = () =>
  /^(\S+(?: \S+){0,3} (?:Partners|Associates|Brothers|Holdings|Solicitors|Advisors|Advisers|Consultants|Investors|Ventures))['’] (?![^\n]*\b(?:Institute|Association|Tribunal|Network|Society|Chronicle|Council|Federation|Guild|Union|Forum|Journal|Review|Club)\b)[A-Z]\S*(?: [A-Z]\S*){0,3}$/;
// Words that open a sentence as often as a firm's name: kept before a name that ends in its legal form.
const NAME_FIRST_WORDS = new Set(['Open', 'New', 'Happy', 'Great', 'Top', 'Best', 'Quick', 'Bright', 'Golden', 'Green']);
const SHOUTED_AFTER = new Set(['NOW', 'TODAY', 'ASAP', 'URGENTLY', 'URGENT', 'IMMEDIATELY']);

// A unit named after its owner's possessive: "City of Port Alder's Strategic Initiatives Office".
// A saint's name is no owner ("St. Mary's Regional Medical Center"), nor an owner of one word ("McDonald's Restaurants"),
// nor an inn's ("The Drover's Rest Hotel").
const UNIT_OF_OWNER =
  /^((?!St\.|Ste\.|Saint )\S+(?: \S+){1,4})['’]s\s(?!.*\b(?:Hospital|Clinic|School|College|Center|Centre|University|Church|Home|Trust|Foundation|Society|Association|Charity|Hospice|Hotel|Inn|Arms|Tavern|Pub|Restaurant|Bistro|Lodge|Resort)\b)[A-Z]\S*(?: [A-Z]\S*){0,3}$/;

const MONEY_LETTERS = new Set(['R', 'Rs', 'Rp', 'RM', 'S$', 'A$', 'C$', 'U$', 'NZ$', 'HK$', 'US$']);
function startsWithMoney(name: string): boolean {
  const digit = name.slice(0, 5).search(/\d/);
  return digit > 0 && MONEY_LETTERS.has(name.slice(0, digit).trimEnd());
}

/** Places whose name opens with a word that alone names nothing ("Great", "New", "Happy"), as firms' names begin with them. */
const PLACE_FIRST_WORDS = new Set([
  'Great Lakes',
  'Great Western',
  'Great Northern',
  'Great Southern',
  'Great Eastern',
  'Great Plains',
  'Great Barrier',
  'New York',
  'New Zealand',
  'New England',
  'New Jersey',
  'New South',
  'New Mexico',
  'New Hampshire',
  'New Brunswick',
  'New Delhi',
  'New Orleans',
  'New Forest',
  'Happy Valley',
]);
// A region by its kind: "Programme Manager, Western Region".
const REGION_KINDS = new Set(['Region', 'Province', 'District', 'County', 'Division', 'Area', 'Territory', 'Zone']);
const REGION_WORDS = new Set([
  'Northern',
  'Southern',
  'Eastern',
  'Western',
  'Central',
  'Upstate',
  'Downstate',
  'Greater',
  'North',
  'South',
  'East',
  'West',
]);
function trimName(raw: string): string | null {
  // A unit of a named owner: "City of Port Alder's Strategic Initiatives Office" is the City of Port Alder's.
  if (raw.includes("'s ") || raw.includes('’s ')) {
    // An owner that is an organisation by its kind: "Fraser Ridge College's School of Health Sciences".
    raw = raw.replace(/^(\S+(?: \S+){0,4} (?:College|University|Council|Hospital|Trust|Institute))['’]s .*$/, '$1');
    // (Not a name with a possessive of its own: "Brightwater Children's Trust", "St Anne's Women's Centre".)
    if (!/\b(?:Children|Women|Men|People)['’]s /.test(raw)) raw = raw.replace(compiled(UNIT_OF_OWNER), '$1');
  }
  // And a firm's plural owner's: "Halvorsen Partners’ Financial Services practice" is Halvorsen Partners'. (Not a body
  // named for its members: "Ontario Teachers' Pension Plan", "Department of Veterans' Affairs".)
  if (raw.includes("s' ") || raw.includes('s’ ')) raw = raw.replace(compiled(UNIT_OF_PLURAL_OWNER), '$1');
  // Nor is the next sentence after a legal form's dot: "Compañía Minera Huaylas S.A.A. Le escribo …". (By strings.)
  const stop = raw.indexOf('. ');
  if (stop > 0 && OPENING_AFTER_ABBREVIATION.has(raw.slice(stop + 2).split(' ')[0]!)) raw = raw.slice(0, stop + 1);
  // The writer going on about themselves is no part of the name: "Sundial Payments and I'm hiring".
  let name = cleanName(raw).replace(/\s+(?:and|&)\s+I(?:['’](?:m|ve|d|ll))?$/, '');
  // Drop trailing joiners and words that end a name's run ("Acme and", "Acme Inc.").
  name = name.replace(/\s+(?:&|and|of|de|for|für)$/i, '').replace(/[’']s$/, '');
  name = name.replace(/\s+(?:is|are|was|has|have|team|teams|in|on|as|Is|Are|Team|Teams|In|On)$/, '');
  // The people department "of" an employer is the employer: "dos Recursos Humanos da Agro Lúrio, Lda.". (By strings.)
  if (name.startsWith('Humanos ') || name.startsWith('Recursos Humanos ') || name.startsWith('Ressources Humaines '))
    name = name.replace(/^(?:Recursos |Ressources )?Huma(?:nos|ines) (?:da|do|de|del|de la|du|des) /, '');
  // (And its recruiting team's: "soy Fer de Reclutamiento de Telemex Contact Solutions".)
  if (name.startsWith('Reclutamiento ') || name.startsWith('Recrutamento '))
    name = name.replace(/^(?:Reclutamiento|Recrutamento)(?: y Selección| e Seleção)? (?:da|do|de|del|de la) /, '');
  // The employer's own people department is the employer: "Larimore County HR", "Ostrava Health Human Resources".
  // (String checks, not a pattern: every name candidate passes here.)
  const people = OWN_PEOPLE_TEAMS.find((team) => name.endsWith(team));
  if (people !== undefined && name.split(' ').length > 2) name = name.slice(0, -people.length);
  // A people department's own name is no employer: "sou gerente de Gente & Gestão da Usina Boa Safra".
  if (HR_IN_OTHER_LANGUAGES.has(name.toLowerCase())) return null;
  // A hospital's unit after its name is the hospital: "shifts at Holloway Park Hospital ICU". (By strings.)
  if (name.includes('Hospital ')) name = name.replace(/ Hospital (?:ICU|NICU|PICU|ITU|HDU|CCU|ED|ER|A&E|OR|Theatres?)$/, ' Hospital');
  // An employer's own careers mailbox is the employer: "EnerLuce Italia Carriere", "Northwind Careers".
  if (name.includes(' Car') && / (?:Careers|Carriere|Carrières|Carreras|Carreiras)$/.test(name)) name = name.replace(/ \S+$/, '');
  // The first half of a legal form cut at its dot ("Vellora Fintech Pvt" of "Pvt. Ltd.", "Grupa Bursztyn Sp" of
  // "Sp. z o.o."): the name without it.
  // (With the country a subsidiary names before its form: "Kaveri Health Technologies India Pvt. Ltd." is Kaveri Health
  // Technologies.)
  name = name.replace(/(?: (?:India|Singapore|Malaysia|Australia))? (?:Pvt|Pte|Pty|Sdn|Sp)$/i, '');
  // A South African "(Pty) Ltd" is the legal form, not the name's place in brackets: "Karoo Foods (Pty) Ltd" is Karoo Foods.
  // (And Pakistan's "(Pvt.) Ltd.", India's "(P) Ltd": "Zarqon Technologies (Pvt.) Ltd.".)
  // (And a country's letter before the legal form: "Bosch Global Software (I) Pvt. Ltd.", "Harbourfront Logistics (S) Pte Ltd",
  // "(M) Sdn Bhd".)
  if (name.includes(' (')) name = name.replace(compiled(BRACKETED_LEGAL_FORM), '');
  // A Thai listed company's "Public Company Limited" is its legal form: "Chao Phraya Foods Public Company Limited".
  if (name.endsWith(' Public Company') || name.endsWith(' Public Company Limited'))
    name = name.replace(/ Public Company(?: Limited)?$/, '');
  // "Nordlys Energi A" of "A/S": the name without it.
  name = name.replace(/(?<=[a-z\u00DF-\u00FF]) A$/, '');
  // A public body's place ends at one of its units: "City of Fairhaven Community Development".
  if (name.includes(' of ')) {
    const parts = name.split(' ');
    const unit = parts.findIndex((word, i) => i > 2 && UNITS_OF_A_PLACE.has(word));
    if (parts[1] === 'of' && PLACE_KINDS.has(parts[0]!) && unit > 0) name = parts.slice(0, unit).join(' ');
  }
  const words = name.replace(/^(?:Die|Der|Das) (?=\S+ )/, '').split(' ');
  // "The Gorse House", "The Body Shop": "The" and two or more capitalised words is a proper name's own article.
  const ownArticle = /^The(?: [A-Z][\w'’&-]*){2,}\.?$/.test(name);
  // A word that names nothing, also in capitals: "WE ARE HIRING".
  const namesNothing = (word: string) => NOT_NAME.has(word) || CAPITAL_FILLER.has(word);
  // (A French firm's "Société" before its adjective is its name's own: "Société Ivoirienne de Cacao", "Société Générale".)
  const frenchOwnWord = (i: number) =>
    (words[i] === 'Société' || words[i] === 'Compagnie') &&
    /^[A-ZÀ-Þ][a-zà-ÿ]+(?:ienne|aise|ale|ique|elle|ière|ère)$/.test(words[i + 1] ?? '');
  while (
    words.length > 0 &&
    namesNothing(words[0]!) &&
    !frenchOwnWord(0) &&
    // (Nor a place's own first word: "Great Lakes Freightways", "New York Life", "New Zealand Post".)
    !(words.length > 2 && PLACE_FIRST_WORDS.has(`${words[0]} ${words[1]}`)) &&
    !(ownArticle && words[0] === 'The' && words.length === name.split(' ').length) &&
    // (Nor a firm's own first word before two more and its legal form: "Open Doors Fundraising Ltd", "New Dawn Care Ltd".)
    !(
      words.length >= 4 &&
      NAME_FIRST_WORDS.has(words[0]!) &&
      !NOT_NAME.has(words[1]!) &&
      compiled(ENDS_IN_LEGAL_FORM_DOT).test(words.join(' '))
    )
  )
    words.shift();
  // Nor does a shouted word after it: "at FreshMart NOW".
  // (Not a name all in capitals: "USA TODAY".)
  while (words.length > 1 && SHOUTED_AFTER.has(words[words.length - 1]!) && words.some((word) => /[a-z]/.test(word))) words.pop();
  name = words.join(' ').trim();
  // (Nor one letter: the "S" of "S$9,000". X, the firm, is known as no employer above.)
  if (name.length < 2 || name.length > 60) return null;
  // An office park is a place: "our ODC at Manyata Tech Park", "RMZ Ecospace Business Park". (By strings.)
  if (name.endsWith(' Tech Park') || name.endsWith(' IT Park') || name.endsWith(' Business Park') || name.endsWith(' SEZ')) return null;
  // A requisition's code is no name: "Senior Process Engineer (Wire Bond) – REQ-24-0917". (By characters first: every
  // name passes here.)
  if (name[0]! >= 'A' && name[0]! <= 'Z' && !name.includes(' ') && /^[A-Z]{1,5}[-#]?\d{2,}(?:-\d+)*$/.test(name)) return null;
  // A firm described by where it is listed, "JSE-listed FMCG", "ASX-listed miner"; a region of a well-known place, "Northern
  // California" (a manager's district in a signature), or by its kind, "Western Region". (By strings first.)
  if (name.includes('-listed') && /^[A-Z]{2,6}-listed\b/.test(name)) {
    // (The firm after it is the name: "JSE-listed Shoprite Holdings"; a sector alone is none: "JSE-listed FMCG".)
    name = name.replace(/^[A-Z]{2,6}-listed\s*/, '');
    if (!name.includes(' ')) return null;
  }
  const space = name.indexOf(' ');
  if (
    space > 0 &&
    REGION_WORDS.has(name.slice(0, space)) &&
    (WELL_KNOWN_PLACE.has(caseFold(name.slice(space + 1))) || REGION_KINDS.has(name.slice(space + 1)))
  )
    return null;
  const folded = caseFold(name);
  // (Nor a kind of firm in the plural: "Multiple roles with Top MNC Clients".)
  if (
    NOT_COMPANY.has(folded) ||
    compiled(NOT_COMPANY_PATTERN).test(name) ||
    // (Nor a money's code and a figure, "JPY 11-15M"; nor a person with an Italian or a German title, "Dott.ssa Anna Maria
    // Lombardi", "Dr. Weber".)
    codeAndFigure(name) ||
    PERSONS_TITLES.some((title) => name.startsWith(title)) ||
    fundingStage(name) ||
    WELL_KNOWN_PLACE.has(folded) ||
    describedWord(name) ||
    describedFirm(name) ||
    // (" Brands" and " Companies" end real firms' names: "Lucky Brands", "The Estée Lauder Companies".)
    name.endsWith(' Clients')
  )
    return null;
  // Places named together are places: "Lagos & Abuja", "Leeds and Bradford", "KSA & UAE"; a team's fields together are
  // a team, "Monitoring & Evaluation"; certificates together are a requirement, "AMFI & IRDAI certification".
  if (name.includes(' & ') || name.includes(' and ')) {
    const parts = name.replaceAll(' and ', ' & ').split(' & ');
    if (
      parts.every((part) => WELL_KNOWN_PLACE.has(caseFold(part))) ||
      parts.every((part) => TEAM_FIELDS.has(part)) ||
      parts.every((part) => CERTIFICATES.has(part))
    )
      return null;
  }
  // (A figure with its unit is no name either: "at 60fps", "at 7200rpm"; "37signals" is.)
  if (
    /^\d/.test(name) &&
    (!/^\d+[a-z]{3,}/.test(name) || /^\d+(?:fps|rpm|mph|kph|kbps|mbps|gbps|hrs|mins|secs|days|weeks|years|yrs|cores)$/i.test(name))
  )
    return null;
  // A signature's telephone line is no name: "T 416-555-0172", "M: +27 82 555 0461".
  if (telephoneLine(name)) return null;
  // A road is a place, not a firm: "our 3rd branch at Spintex Road" (not a street's, "Bridge Street" is a firm). A bank or a
  // supplier by its tier is a description:
  // "Relationship Manager - Tier-2 Bank".
  const last = words[words.length - 1] ?? '';
  if (words.length <= 3 && ROAD_WORDS.has(last)) return null;
  if (words.length === 2 && TIERS.has(words[0]!)) return null;
  // A school's curriculum or a giga-project is no employer: "Head of Secondary – British Curriculum", "KSA Giga-Project".
  if (name.endsWith(' Curriculum') || (name.includes('Giga') && name.toLowerCase().endsWith('project'))) return null;
  // An executive's title and field is a person: "Our GM Mining sat in on your talk", "our VP Engineering".
  if (EXECUTIVE_ABBREVIATIONS.has(words[0]!) && words.length <= 3) return null;
  // A sum of money is no name: "R850k CTC", "RM5,000", "S$6k": a currency's letters, then a figure.
  if (startsWithMoney(name)) return null;
  // A licence or registration number is no name: "EA Licence 19C9876", "Reg. No. 2021/004".
  if ((name.includes('Licen') || name.includes('Reg')) && /\b(?:Licen[cs]e|Reg(?:istration)?\.?(?: No\.?)?)\s+[A-Z]?\d/.test(name))
    return null;
  if (/^(?:We|We're|I|I'm|Our|They|You)$/.test(words[words.length - 1] ?? '')) return null;
  // A person by their title: "on behalf of Professor Niamh Carrow's group". A university's unit: "School of Earth Sciences".
  const first = words[0]!.endsWith('.') ? words[0]!.slice(0, -1) : words[0]!;
  const legalForm = LEGAL_FORM_LAST.has(words[words.length - 1]!.replace(/\.$/, ''));
  if (PERSONAL_TITLES.has(first) && !legalForm) return null;
  if (UNITS_OF_A_UNIVERSITY.has(first) && words[1] === 'of' && ACADEMIC_FIELDS.has(words[2] ?? '')) return null;
  return name;
}

/** The fields a team is named by, two of which joined by "&" or "and" name no firm: "Monitoring & Evaluation". */
const TEAM_FIELDS = new Set(
  'Monitoring|Evaluation|Learning|Research|Development|Sales|Marketing|Finance|Operations|Engineering|Product|Design|Data|Analytics|Strategy|Planning|Compliance|Risk|Legal|Audit|Accounting|Procurement|Logistics|Supply Chain'.split(
    '|',
  ),
);
/**
 * Well-known places: a city, a country, a region or a state is never the
 * employer, however it stands ("Senior React Developer – FinTech – London").
 * A modest list; a place the message itself uses as one ("based in Aarhus")
 * is caught by placesNamed.
 */
const WELL_KNOWN_PLACE = nameSet(
  [
    // Countries and regions.
    'Malta|Cyprus|Gozo|United States|United Kingdom|Great Britain|Britain|England|Scotland|Wales|Northern Ireland|Ireland|Canada|Mexico|Brazil|Argentina|Chile|Colombia|Peru|Germany|France|Spain|Portugal|Italy|Netherlands|Holland|Belgium|Luxembourg|Switzerland|Austria|Denmark|Sweden|Norway|Finland|Iceland|Poland|Czechia|Czech Republic|Slovakia|Hungary|Romania|Bulgaria|Greece|Croatia|Serbia|Slovenia|Estonia|Latvia|Lithuania|Ukraine|Turkey|Israel|UAE|Saudi Arabia|Qatar|Egypt|Nigeria|Kenya|South Africa|India|Pakistan|Bangladesh|Sri Lanka|China|Hong Kong|Taiwan|Japan|South Korea|Korea|Vietnam|Thailand|Malaysia|Indonesia|Philippines|Australia|New Zealand|EMEA|APAC|LATAM|Nordics|Benelux|DACH|KSA|MENA|CEE|Middle East|North America|South America|Latin America|Africa|Scandinavia|Europe|Asia|Midlands|North West|South West|South East|North East|East Coast|West Coast|Gulf Coast|Midwest|Pacific Northwest|Mid-Atlantic|New England|Tri-State|Home Counties|Silicon Valley',
    // Cities.
    // (Central America's and the Caribbean's towns: "Heredia", "Bávaro", "Mayagüez".)
    'Heredia|Alajuela|Cartago|Escazú|Santa Ana|Bávaro|Punta Cana|Santiago de los Caballeros|Mayagüez|Ponce|Bayamón|Montego Bay|Ocho Rios|San Fernando|Chaguanas|Quetzaltenango|Mixco|Tegucigalpa|San Pedro Sula|Managua|' +
      // (Québec's towns, as a French message names them: "Trois-Rivières", "Saint-Jérôme", "Lévis".)
      "Trois-Rivières|Saint-Jérôme|Lévis|Sherbrooke|Saguenay|Rimouski|Drummondville|Saint-Hyacinthe|Granby|Blainville|Terrebonne|Repentigny|Brossard|Boucherville|Chicoutimi|Shawinigan|Victoriaville|Rouyn-Noranda|Val-d’Or|Val-d'Or|Sept-Îles|Baie-Comeau|" +
      'Marina Bay|Raffles Place|Tanjong Pagar|one-north|Jurong|Changi|Tuas|Woodlands|Tampines|Boon Lay|Pasir Ris|Paya Lebar|Kallang|Krakowie|Warszawie|Wrocławiu|Gdańsku|Poznaniu|Łodzi|Katowicach|Gdyni|Szczecinie|Lublinie|Cork|Galway|Limerick|Kinsale|Waterford|Kilkenny|London|Berlin|Paris|NYC|New York|San Francisco|Bay Area|Seattle|Austin|Boston|Toronto|Sydney|Dublin|Amsterdam|Munich|Stockholm|Zurich|Singapore|Bangalore|Tel Aviv|Chicago|Denver|Los Angeles|Atlanta|Miami|Portland|Vancouver|Montreal|Melbourne|Lisbon|Madrid|Barcelona|Warsaw|Prague|Vienna|Copenhagen|Oslo|Helsinki|Edinburgh|Manchester|Jerusalem|Haifa|Lima|Santiago|Recife|Graz|Bristol|Birmingham|Leeds|Liverpool|Sheffield|Newcastle|Nottingham|Leicester|Glasgow|Cardiff|Belfast|Cambridge|Oxford|Brighton|York|Aberdeen|Dundee|Coventry|Southampton|Milton Keynes|Hamburg|Frankfurt|Cologne|Stuttgart|Düsseldorf|Leipzig|Dresden|Lyon|Marseille|Toulouse|Bordeaux|Lille|Nantes|Valencia|Seville|Malaga|Porto|Milan|Rome|Turin|Naples|Florence|Rotterdam|The Hague|Utrecht|Eindhoven|Brussels|Antwerp|Ghent|Geneva|Basel|Lausanne|Bern|Gothenburg|Malmö|Aarhus|Tallinn|Riga|Vilnius|Kraków|Krakow|Wrocław|Wroclaw|Gdańsk|Gdansk|Poznań|Poznan|Budapest|Bucharest|Athens|Istanbul|Ankara|Dubai|Abu Dhabi|Doha|Riyadh|Cairo|Lagos|Nairobi|Cape Town|Johannesburg|Mumbai|Delhi|New Delhi|Pune|Hyderabad|Chennai|Bengaluru|Noida|Gurgaon|Gurugram|Kolkata|Karachi|Lahore|Shanghai|Beijing|Shenzhen|Taipei|Tokyo|Osaka|Kyoto|Nagoya|Yokohama|Kobe|Fukuoka|Sapporo|Sendai|Hiroshima|Seoul|Hanoi|Ho Chi Minh City|Bangkok|Kuala Lumpur|Jakarta|Manila|Brisbane|Perth|Adelaide|Canberra|Auckland|Wellington|Christchurch|Ottawa|Calgary|Edmonton|Winnipeg|Quebec|Washington|Washington DC|DC|Philadelphia|Pittsburgh|Baltimore|Raleigh|Charlotte|Nashville|Houston|Dallas|San Antonio|Tucson|Las Vegas|Salt Lake City|San Diego|San Jose|Sacramento|Oakland|Palo Alto|Mountain View|Menlo Park|Sunnyvale|Cupertino|Minneapolis|Detroit|Cleveland|Cincinnati|Indianapolis|St\\. Louis|Kansas City|Omaha|New Orleans|Tampa|Jacksonville|Honolulu|Anchorage|Brooklyn|Manhattan|Boulder|Mexico City|Guadalajara|Monterrey|São Paulo|Sao Paulo|Rio de Janeiro|Buenos Aires|Bogotá|Bogota|Medellín|Medellin|Málaga|Córdoba|Cádiz|León|San Sebastián|Donostia|Pamplona|Oviedo|Gijón|Salamanca|Toledo|Burgos|Almería|Huelva|Jaén|Tarragona|Girona|Lleida|Castellón|Elche|Cartagena|Badajoz|Cáceres|Logroño',
    // Latin America's capitals and large cities.
    'Jakarta Selatan|Jakarta Pusat|Jakarta Barat|Jakarta Timur|Jakarta Utara|Tangerang|Bekasi|Depok|Bogor|Medan|Semarang|Makassar|Ciudad de México|Mexico City|CDMX|Guadalajara|Monterrey|Querétaro|São Paulo|Sao Paulo|Rio de Janeiro|Belo Horizonte|Porto Alegre|Curitiba|Buenos Aires|Rosario|Bogotá|Medellín|Barranquilla|Quito|Guayaquil|Montevideo|Asunción|Caracas|Ciudad de Panamá|Santo Domingo|San Salvador|Tegucigalpa',
    // US states and Canadian provinces.
    'California|Texas|Florida|New York State|Massachusetts|Illinois|Ohio|Michigan|Pennsylvania|Virginia|North Carolina|Colorado|Arizona|Oregon|Utah|Minnesota|Wisconsin|Tennessee|Missouri|Maryland|New Jersey|Connecticut|Ontario|British Columbia|Alberta',
    // More cities, by region: Africa and the Middle East; South and South-East Asia; Europe; the Americas and Oceania.
    'Abuja|Port Harcourt|Ibadan|Accra|Kumasi|Kampala|Dar es Salaam|Addis Ababa|Kigali|Lusaka|Harare|Durban|Pretoria|Sandton|Midrand|Centurion|Stellenbosch|Gqeberha|Port Elizabeth|Casablanca|Rabat|Tunis|Sharjah|Muscat|Manama|Kuwait City|Jeddah|Dammam|Amman|Beirut',
    // Israel's, Jordan's, Egypt's and Morocco's towns and tech parks: "Senior DevOps Engineer | Herzliya | ₪38–45K".
    "Herzliya|Herzliya Pituach|Ra'anana|Raanana|Petah Tikva|Petach Tikva|Ramat Gan|Netanya|Rehovot|Kfar Saba|Hod Hasharon|Rishon LeZion|Holon|Bnei Brak|Beersheba|Be'er Sheva|Yokneam|Caesarea|Modi'in|Airport City|Ashdod|Amman|Irbid|Zarqa|Aqaba|Alexandria|Giza|New Cairo|6th of October|Smart Village|Maadi|Heliopolis|Nasr City|Sheikh Zayed|Agadir|Marrakech|Marrakesh|Tangier|Tanger|Fès|Fez|Meknès|Kenitra|Oujda|Tetouan",
    // Kenya's and Malaysia's towns and industrial areas: "Branch Manager – Nakuru", "Pasir Gudang".
    'Mombasa|Kisumu|Nakuru|Eldoret|Thika|Machakos|Nyeri|Athi River|Pasir Gudang|Johor Bahru|Shah Alam|Petaling Jaya|Subang Jaya|Cyberjaya|Putrajaya|Penang|Ipoh|Kuching|Kota Kinabalu|Seremban|Klang|Melaka|Malacca',
    'Lisboa|Cebu|Cebu City|Davao|Makati|Taguig|Quezon City|Pasig|Ortigas|Alabang|Mandaluyong|Eastwood|Goa|Kerala|Karnataka|Maharashtra|Tamil Nadu|Gujarat|Punjab|Haryana|Telangana|Andhra Pradesh|Rajasthan|Uttar Pradesh|West Bengal|Odisha|Madhya Pradesh|Colombo|Dhaka|Kathmandu|Ahmedabad|Jaipur|Kochi|Coimbatore|Chandigarh|Indore|Lucknow|Navi Mumbai|Thane|Penang|Johor Bahru|Surabaya|Bandung|Da Nang',
    'Izmir|İzmir|Bursa|Antalya|Thessaloniki|Patras|Cluj|Cluj-Napoca|Timișoara|Timisoara|Iași|Iasi|Brașov|Brasov|Constanța|Sofia|Plovdiv|Varna|Belgrade|Novi Sad|Zagreb|Ljubljana|Bratislava|Košice|Brno|Ostrava|Plzeň|Łódź|Lodz|Katowice|Szczecin|Lublin|Bydgoszcz|Debrecen|Szeged|Győr|Umeå|Luleå|Sundsvall|Östersund|Gävle|Jönköping|Karlstad|Växjö|Kalmar|Halmstad|Helsingborg|Borås|Norrköping|Eskilstuna|Södertälje|Kiruna|Skellefteå|Bodø|Ålesund|Vejle|Kolding|Horsens|Herning|Roskilde|Jyväskylä|Kuopio|Lahti|Vaasa|Joensuu|Rovaniemi|Stureplan|Södermalm|Kista|Solna|Sundbyberg|Tampere|Turku|Oulu|Espoo|Vantaa|Uppsala|Linköping|Västerås|Örebro|Stavanger|Trondheim|Tromsø|Drammen|Kristiansand|Odense|Aalborg|Esbjerg|Reykjavik|Nuremberg|Nürnberg|Hanover|Hannover|Bremen|Dortmund|Bonn|Mannheim|Karlsruhe|Freiburg|Augsburg|Münster|Innsbruck|Salzburg|Linz|Zürich|Lucerne|Luzern|Lugano|Montpellier|Strasbourg|Rennes|Grenoble|Bilbao|Zaragoza|Alicante|Murcia|Valladolid|Vigo|Granada|Genoa|Genova|Bologna|Venice|Venezia|Verona|Padua|Padova|Bari|Palermo|Catania|Brescia|Bergamo|Modena|Braga|Coimbra|Groningen|Haarlem|Leiden|Nijmegen|Arnhem|Breda|Tilburg|Maastricht|Zwolle|Almere|Amersfoort|Zutphen|Venlo|Venray|Deventer|Apeldoorn|Enschede|Delft|Dordrecht|Roermond|Heerlen|Helmond|Liège|Leuven|Namur|Charleroi|Bruges|Brugge|Mechelen|Hasselt|Genk|Kortrijk|Aalst|Evere|Zaventem|Swindon|Slough|Exeter|Plymouth|Norwich|Ipswich|Wolverhampton|Bradford|Sunderland|Middlesbrough|Swansea|Inverness',
    'Columbus|Orlando|Boise|Albuquerque|El Paso|Fort Worth|Louisville|Memphis|Milwaukee|Oklahoma City|Buffalo|Hartford|Providence|Newark|Jersey City|Fort Lauderdale|Des Moines|Spokane|Tacoma|Reno|Fresno|Irvine|Long Beach|Santa Clara|Redmond|Bellevue|Mississauga|Brampton|Kitchener|Regina|Saskatoon|Burnaby|Laval|Quebec City|Grand Rapids|Gold Coast|Darwin|Hobart|Geelong|Townsville|Cairns|Parramatta|Dubbo|Wagga Wagga|Bathurst|Tamworth|Armidale|Lismore|Coffs Harbour|Port Macquarie|Albury|Wodonga|Ballarat|Bendigo|Mildura|Shepparton|Toowoomba|Rockhampton|Mackay|Bundaberg|Kalgoorlie|Karratha|Port Hedland|Broome|Geraldton|Bunbury|Mandurah|Launceston|Alice Springs|Mount Isa|Moranbah|Wollongong|Gosford|Mudgee|Hamilton|Tauranga|Mt Maunganui|Mount Maunganui|Rotorua|Whangārei|Whangarei|Napier|Palmerston North|New Plymouth|Whanganui|Invercargill|Queenstown|Te Rapa|Porto Alegre|Belo Horizonte|Curitiba|Brasília|Brasilia|Campinas|Salvador|Fortaleza|Valparaíso|Quito|Guayaquil|Montevideo|Asunción|San José|Panama City',
    // Regions that messages name as where the work is.
    'Vestlandet|Østlandet|Sørlandet|Nord-Norge|Trøndelag|Norrland|Västsverige|Skåne|Jylland|Sjælland|Fyn|Uusimaa|Süddeutschland|Norddeutschland|Westdeutschland|Ostdeutschland|Mitteldeutschland|Rhein-Main|Rhein-Neckar|Pilbara|Kimberley|Goldfields|Hunter Valley|Bowen Basin|Gauteng|Western Cape|Eastern Cape|KwaZulu-Natal|Lombardy|Lombardia|Bavaria|Bayern|Catalonia|Cataluña|Andalusia|Andalucía|Flanders|Wallonia|Randstad|Ruhr|Ruhrgebiet|Tyrol|Tirol|Silesia|Śląsk|Moravia|Transylvania|Lapland|Algarve|Tuscany|Toscana|Sicily|Sardinia|Provence|Brittany|Normandy|Île-de-France|Lower Saxony|Saxony|North Rhine-Westphalia|Baden-Württemberg|Hesse|Hessen|Greater London|Greater Manchester|West Midlands|East Midlands|Yorkshire|Lancashire|Kent|Essex|Surrey|Sussex|Cornwall|Devon|Highlands|Queensland|New South Wales|Victoria State|Western Australia|South Australia|Tasmania|Northern Territory|Quebec Province|Nova Scotia|Manitoba|Saskatchewan|Punjab|Maharashtra|Karnataka|Tamil Nadu|Kerala|Gujarat|Telangana|Rift Valley|Mindanao|Visayas|Luzon',
    // Europe's regions in their own languages: France's regions and départements, Germany's and Austria's Länder, Italy's
    // and Spain's regions, the Netherlands' and Belgium's provinces ("Responsable Maintenance H/F – Isère").
    "Bretagne|Normandie|Occitanie|Auvergne-Rhône-Alpes|Nouvelle-Aquitaine|Hauts-de-France|Grand Est|Pays de la Loire|Bourgogne-Franche-Comté|Centre-Val de Loire|Provence-Alpes-Côte d'Azur|PACA|Côte d'Azur|Corse|Alsace|Lorraine|Isère|Savoie|Haute-Savoie|Rhône|Gironde|Bouches-du-Rhône|Haute-Garonne|Loire-Atlantique|Ille-et-Vilaine|Moselle|Bas-Rhin|Haut-Rhin|Alpes-Maritimes|Hérault|Finistère|Morbihan|Seine-et-Marne|Yvelines|Essonne|Hauts-de-Seine|Val-de-Marne|Val-d'Oise|Seine-Saint-Denis|Oise|Loiret|Vendée|Drôme|Ain|Doubs|Marne|Niedersachsen|Nordrhein-Westfalen|Sachsen|Sachsen-Anhalt|Thüringen|Brandenburg|Schleswig-Holstein|Rheinland-Pfalz|Saarland|Mecklenburg-Vorpommern|Oberösterreich|Niederösterreich|Steiermark|Kärnten|Vorarlberg|Burgenland|Piemonte|Veneto|Emilia-Romagna|Lazio|Campania|Puglia|Sicilia|Sardegna|Liguria|Friuli-Venezia Giulia|Trentino|Alto Adige|Marche|Abruzzo|Calabria|Umbria|Comunidad de Madrid|País Vasco|Euskadi|Galicia|Asturias|Aragón|Navarra|Región de Murcia|Canarias|Islas Canarias|Baleares|Islas Baleares|Castilla y León|Castilla-La Mancha|Extremadura|Cantabria|Comunitat Valenciana|Noord-Holland|Zuid-Holland|Noord-Brabant|Gelderland|Overijssel|Limburg|Friesland|Drenthe|Zeeland|Flevoland|Vlaanderen|Wallonie|Wallonia|Vlaams-Brabant|Oost-Vlaanderen|West-Vlaanderen|Mazowsze|Małopolska|Pomorze|Wielkopolska|Dolny Śląsk",
  ].join('|'),
);

/**
 * A description, not a name: a capitalised adjective and a sector ("Leading
 * Fintech", "Fast-Growing Healthtech Startup"), which a message says of an
 * employer it does not name ("a leading fintech in the heart of London").
 * In lower case, run on the name in lower case: for these ASCII words that is
 * what /i matches (but for a Kelvin sign in a name), and it compiles in a
 * quarter of the time (with /i, and its word list repeated for {1,3}, it took
 * 6-7 ms to compile, on one message in sixteen of the corpus).
 */
const DESCRIPTION =
  /^(?:(?:fortune (?:50|100|500|1000)|ftse (?:100|250)|leading|top|global|international|national|fast[- ]growing|growing|rapidly[- ]growing|high[- ]growth|well[- ]funded|funded|vc[- ]backed|pe[- ]backed|innovative|established|award[- ]winning|major|large|big|small|mid[- ]sized|boutique|prestigious|renowned|exciting|dynamic|successful|thriving|ambitious|profitable|fast[- ]paced|tier[- ](?:1|one)|world[- ]class|market[- ]leading|industry[- ]leading|pioneering|disruptive|stealth|early[- ]stage|late[- ]stage|listed|multinational|household[- ]name|specialist|independent|niche|busy|reputable|well[- ]known|respected|cutting[- ]edge|mission[- ]driven|remote[- ]first|uk|us|european|american|british|london|tech|technology|digital|software|saas|b2b|b2c|ai|ml|data|consumer|enterprise|e-?commerce|retail|media|gaming|games|payments?|crypto|energy|climate|health(?:care)?|insurance|logistics|security|cyber(?:security)?)[ ]){1,3}(?:fintech|healthtech|insurtech|proptech|edtech|legaltech|regtech|adtech|martech|cleantech|climate[- ]tech|biotech|medtech|deeptech|start-?up|scale-?up|bank|investment bank|hedge fund|asset manager|insurer|retailer|consultancy|agency|company|firm|business|organi[sz]ation|brand|platform|provider|marketplace|studio|fund|vendor|manufacturer|player|house|group|client|unicorn|saas)$/;

/**
 * The last word a DESCRIPTION can end in (after its last space or hyphen),
 * upper-cased. Speed only: DESCRIPTION repeats a long word list up to three
 * times, which V8 takes 1.5-2 ms to compile on first use, so it runs only for
 * a name ending in one of these (a necessary condition: a match of these
 * ASCII words in the lower-cased name upper-cases to them exactly).
 */
const DESCRIPTION_LAST_WORDS = new Set(
  (
    'fintech healthtech insurtech proptech edtech legaltech regtech adtech martech cleantech tech biotech medtech deeptech ' +
    'startup scaleup up bank fund manager insurer retailer consultancy agency company firm business organisation organization ' +
    'brand platform provider marketplace studio vendor manufacturer player house group client unicorn saas'
  )
    .toUpperCase()
    .split(' '),
);
function isDescription(name: string): boolean {
  const upper = name.toUpperCase();
  const last = upper.slice(Math.max(upper.lastIndexOf(' '), upper.lastIndexOf('-')) + 1);
  return DESCRIPTION_LAST_WORDS.has(last) && compiled(DESCRIPTION).test(name.toLowerCase());
}

/** The last words of a unit of an organisation: "Clinical Research Facility", "Centre for Sleep Medicine" ends elsewhere. */
const ORGANISATION_UNIT_ENDINGS = new Set([
  'Facility',
  'Centre',
  'Center',
  'Unit',
  'Laboratory',
  'Lab',
  'Labs',
  'Department',
  'Division',
  'Clinic',
  'Programme',
  'Program',
  'Office',
  'Team',
]);
const SLAVIC_CASE_OF_TITLE_NOUN = () =>
  /(?:^| )(?:Developer|Engineer|Manager|Tester|Designer|Analyst|Consultant|Leader|Administrator|Owner|Scientist|Programmer|Architect|Specialist|[Ii]nženjer|[Ii]nžinier|[Pp]rogramer|[Mm]enadžer|[Mm]anažer|[Dd]irektor|[Tt]ehničar|[Tt]echnik|[Aa]nalitičar|[Kk]ontroler|[Kk]ontrolor)a$/;
// A legal form with its bracketed part, after a name: "(Pty) Ltd", "(Pvt.) Ltd.", "(I) Pvt. Ltd.", "(S) Pte Ltd", "(M) Sdn Bhd".
const BRACKETED_LEGAL_FORM = () =>
  / \((?:Pty|PTY|Pvt\.?|PVT\.?|Private|P|I|S|M|HK|T)\)(?: (?:Pvt\.?|Pte\.?|Private|Sdn\.?))? (?:Ltd|LTD|Limited|Bhd)\.?$/;
const LANGUAGE_NAMES = new Set(
  'German English French Spanish Italian Dutch Portuguese Polish Czech Swedish Danish Norwegian Finnish Greek Turkish Arabic Russian Japanese Mandarin Cantonese Korean Hindi Ukrainian Chinese Romanian Hungarian Hebrew'.split(
    ' ',
  ),
);
/** Kinds of contract written before a title: "Contract DevOps Engineer", "Locum Pharmacist". */
const EMPLOYMENT_KINDS = new Set([
  'Contract',
  'Interim',
  'Freelance',
  'Temporary',
  'Temp',
  'Permanent',
  'Perm',
  'Locum',
  'Casual',
  'Seasonal',
]);

/** Legal forms of companies in many countries, written after the name. */
const LEGAL_LONG =
  'Inc\\.?|Incorporated|LLC|L\\.L\\.C\\.|LLP|Ltd\\.?|Limited|PLC|plc|Corp\\.?|Corporation|Co\\.,? Ltd\\.?|Co\\.|GmbH(?: & Co\\.? KG)?|gGmbH|B\\.V\\.|N\\.V\\.|ASA|A/S|ApS|Oy|Oyj|K\\.K\\.|G\\.K\\.|S\\.A\\.(?:[ABCE]\\.)?(?: de C\\.V\\.)?|SAS|S\\.A\\.S\\.|SARL|S\\.à r\\.l\\.|SpA|S\\.p\\.A\\.|S\\.r\\.l\\.|Srl|SRL|S\\.R\\.L\\.|A\\.Ş\\.|S\\.L\\.|Lda\\.?|Ltda\\.?|Pty\\.? Ltd\\.?|Pvt\\.? Ltd\\.?|Pte\\.? Ltd\\.?|Sdn\\.? Bhd\\.?|Zrt\\.|Nyrt\\.|[Ss]p\\. z o\\.o\\.|s\\.r\\.o\\.|a\\.s\\.|Kft\\.?|d\\.o\\.o\\.|d\\.d\\.|a\\.d\\.|EOOD|OOD|DOOEL|PBC|SASU|EURL|S[àa]rl|S[àa]RL|KGaA|OHG|e\\.K\\.|e\\.V\\.|SNC|Oy Ab|AB \\(publ\\)';
/** Two capitals that are also states, provinces and acronyms (NV, AB, SE): read only right after a name, no comma, no zip code. */
const LEGAL_SHORT = 'AG|KG|SE|BV|AS|AB|KK|SA|SL|UG';
const LEGAL_SUFFIX = `${LEGAL_LONG}|${LEGAL_SHORT}`;
/** A name ending in a legal form ("Quill & Co. Ltd"), with or without a final dot; a name that is one or ends in one. */
const ENDS_IN_LEGAL_FORM = new RegExp(`\\s(?:${LEGAL_SUFFIX})$`);
const ENDS_IN_LEGAL_FORM_DOT = new RegExp(`\\s(?:${LEGAL_SUFFIX})\\.?$`);
const IS_OR_ENDS_IN_LEGAL_FORM = new RegExp(`(?:^|\\s)(?:${LEGAL_SUFFIX})$`);
/** A name with a legal form after it: "Fjordlys Energi AS", "Kumonosu K.K.", "Quill & Co. Ltd". Case-sensitive. */
const LEGAL_NAME = new RegExp(
  `(?<![\\w\\u00C0-\\u024F&'’.-])((?:[A-Z\\u00C0-\\u00DE][\\w\\u00C0-\\u024F&'’+-]{0,30}|[a-z]{1,12}[A-Z][\\w&'’+-]{0,30})(?: (?:[&+]|[A-Z\\u00C0-\\u00DE][\\w\\u00C0-\\u024F&'’+-]{0,30}|[a-z]{1,12}[A-Z][\\w&'’+-]{0,30}|(?:da|do|dos|das|del|della|delle|degli)(?= [A-Z\\u00C0-\\u00DE]))){0,3}(?:,? (?:${LEGAL_LONG})| (?:${LEGAL_SHORT})(?!,? ?\\d)))(?![\\w&'’-])`,
  'g',
);
/**
 * A subsidiary's name with its place in brackets before the legal form, as Asian subsidiaries write it: "Kestrel
 * Semiconductor (Penang) Sdn. Bhd.", "Siam Cooling Solutions (Thailand) Co., Ltd.". (Apart from LEGAL_NAME, and run only
 * where a bracket closes before a legal form: most messages have none.)
 */
const LEGAL_NAME_WITH_PLACE = () =>
  new RegExp(
    `(?<![\\w\\u00C0-\\u024F&'’.-])((?:[A-Z][\\w&'’+-]{0,30} ){1,3}\\([A-Z][a-z]{0,15}\\.?(?: [A-Z][a-z]{1,15})?\\),? (?:${LEGAL_LONG}))(?![\\w&'’-])`,
    'g',
  );
/**
 * A name with a brand in quotation marks before its legal form, as Central and Eastern European firms write it:
 * "Wielkopolskie Zakłady Mleczarskie „Bielawa” Sp. z o.o.", "Przedsiębiorstwo Usług Komunalnych „Ekoprim” Sp. z o.o.",
 * "„Stavby Morava” s.r.o.". The words before the brand are capitalised; the name keeps its quotation marks. (Run only
 * where a quotation mark closes before a legal form: most messages have none.)
 */
const LEGAL_NAME_WITH_BRAND = () =>
  new RegExp(
    `(?<![\\p{L}\\d&'’.-])((?:\\p{Lu}[\\p{L}\\d&'’+-]{0,30} ){0,4})([„"“«‚]([^"„“”«»\\n]{1,40})[”"“»’‘],? (?:${LEGAL_LONG}))(?![\\p{L}\\d&'’-])`,
    'gu',
  );
/**
 * The legal forms of smaller markets, written after the name: the Faroes' "Norðaling P/F", Bahrain's "Dilmun Crescent Bank B.S.C.", Mauritius's "Fabrik Tisaz Les Cascades Ltee", Azerbaijan's MMC and ASC, the
 * Gulf's W.L.L. and Oman's SAOG (Azerbaijan's only after a name in quotation marks). Apart from LEGAL_LONG, which every message's search runs: these run only where one of
 * MORE_LEGAL_HINTS is written.
 */
// (Quebec's "inc." in lower case only where the name ends, at its line's end, before a separator or a verb of hiring: not "including",
// "Total Package inc. car allowance"; Lebanon's "s.a.l."; South Africa's "(Pty) Ltd".)
const LEGAL_MORE =
  'P/F|Sp/F|B\\.S\\.C\\.(?: \\([cC]\\))?|Lt[ée]e|W\\.L\\.L\\.?|SAOG|SAOC|inc\\.(?=[ \\t]*(?:\\n|$|[,;:)·|–—])| (?:recrute|recherche|embauche|cherche|offre|est|is|are|has|seeks)\\b)|s\\.a\\.l\\.?|S\\.A\\.L\\.?|\\(Pty\\) Ltd\\.?';
/** Azerbaijan's forms, which are also a degree's, a standard's or a card's letters elsewhere: only after a name in quotation marks. */
const LEGAL_MORE_QUOTED = 'MMC|ASC|QSC';
const MORE_LEGAL_HINTS = [
  ' P/F',
  ' Sp/F',
  ' B.S.C',
  ' Ltee',
  ' Ltée',
  ' MMC',
  ' ASC',
  ' QSC',
  ' W.L.L',
  ' SAO',
  ' inc.',
  ' s.a.l',
  ' S.A.L',
  ' (Pty)',
];
const NOT_THE_UNIVERSITYS_JOB = () =>
  /spin-?off|spun out|in partnership|partnered|collaborat\w* with|funded by|grant from|graduat|alumn|studied at|degree (?:from|at)|PhD (?:from|at)/i;
const UNIVERSITY_UNIT_WORDS = [
  'Division of',
  'Department of',
  'Dept. of',
  'School of',
  'Faculty of',
  'Institute of',
  'Centre for',
  'Center for',
];
const UNIVERSITY_OF_UNIT = () =>
  /\b(?:Division|Department|Dept\.|School|Faculty|Institute|Centre|Center) (?:of|for) (?:[A-Z][\p{L}&'’-]*|and|&)(?: (?:[A-Z][\p{L}&'’-]*|and|&)){0,5}(?:, | at | of the | of )((?:\p{Lu}[\p{L}'’-]+ ){1,3}Universit(?:y|et|ät|é|ad)|University of (?:\p{Lu}[\p{L}'’-]+)(?: \p{Lu}[\p{L}'’-]+){0,2})(?![\p{L}])/gu;
/** Quebec's public health bodies by their name: "CIUSSS des Hautes-Rivières", "CISSS de la Montérégie-Est". */
const QUEBEC_HEALTH_BODY = () =>
  /(?<![\p{L}])(CI?USSS (?:de la |de l['’]|du |des |de )\p{Lu}[\p{L}'’]+(?:[- ]\p{Lu}[\p{L}'’]+){0,3})(?![\p{L}])/gu;
/**
 * A name before one of those forms: its words capitalised, in any alphabet, perhaps in quotation marks, the form perhaps
 * with a case's ending ("Mən "Xəzər Yük Daşıma" MMC-dən Günəl").
 */
const LEGAL_NAME_MORE = () =>
  new RegExp(
    `(?<![\\p{L}\\d&'’.-])(\\p{Lu}[\\p{L}\\d&'’+-]{0,30}(?: (?:[&+]|\\p{Lu}[\\p{L}\\d&'’+-]{0,30})){0,4} (?:${LEGAL_MORE})|[„"“«]\\p{Lu}[^"”»\\n]{0,40}[”"»] (?:${LEGAL_MORE}|${LEGAL_MORE_QUOTED}))(?![\\p{L}\\d&'’]|-[\\p{Lu}\\d])`,
    'gu',
  );
/** Words of a job offer or a sentence before a brand in quotation marks, no part of its name. */
const BRAND_LEAD_WORDS = new Set([
  'Praca',
  'Pracy',
  'Oferta',
  'Zatrudnimy',
  'Zatrudni',
  'Szukamy',
  'Kat',
  'Im',
  'Auftrag',
  'Der',
  'Die',
  'Das',
  'Firma',
]);
/** A capitalised word opening a sentence before a name, no part of it: "Dla Przedsiębiorstwa …" (for), "W firmie" (in). */
const LEADING_PREPOSITION = () => /^(?:Dla|Do|Od|Na|W|We|Z|Ze|Przez|Pro|Ve|V|U|Pentru|La|În|Für|Bei|Bij|Voor|For|At|With|To) /u;
/** Whether a quotation mark closes right before a legal form somewhere in the text: "„Bielawa” Sp. z o.o.". */
function quoteBeforeLegalForm(text: string): boolean {
  for (const quote of ['” ', '" ', '“ ', '» ', '’ ', '‘ ', '”, ', '", ']) {
    for (let at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + quote.length)) {
      const after = text.slice(at + quote.length - 1, at + quote.length + 8);
      if (LEGAL_NAME_HINTS.some((hint) => after.startsWith(hint))) return true;
    }
  }
  return false;
}
// Lower-case words of a sentence, not of a firm's name: "jménem společnosti", "práce", "pri podjetju".
const LOWER_NOT_TRADE = new Set(
  'from here with there this that about greetings hello message jménem společnosti společnost firmy firmě firma firmie spółki spółce spółka práce pracy podjetju podjetja kompaniji kompanije tvrtki tvrtke'.split(
    ' ',
  ),
);
// A department's or a greeting's first word before the firm's name, in the languages with such names.
const DEPARTMENT_FIRST = new Set(
  'Oddelenie Oddělení Odjel Odjeljenje Odeljenje Kadrovska Kadrovski Kadrovsko Sektor Personální Personálne Dział Služba Message Greetings Hello Regards Team'.split(
    ' ',
  ),
);
/**
 * Whether the "a.d." or "d.d." ending at `end` is a place's river or a letter's date, not a legal form: "Frankfurt a.d.
 * Oder", "Capelle a.d. IJssel", "Uw sollicitatie d.d. 3 mei". (A legal form ends its name: a capital or a figure follows
 * it only so.)
 */
function notRiverOrDate(text: string, end: number): boolean {
  const form = text.slice(end - 5, end);
  return (form === ' a.d.' || form === ' d.d.') && /^ [\p{Lu}\d]/u.test(text.slice(end, end + 2));
}
const LOWER_WORD_FORMS = [' a.s.', ' s.r.o.', ' d.o.o.', ' d.d.', ' a.d.', ' Sp. z o.o.'];
const LEGAL_NAME_LOWER_WORDS = () =>
  /(?<![\p{L}\d&'’.-])(\p{Lu}[\p{L}&'’-]+(?: \p{Ll}[\p{L}-]{3,}){1,2}(?: \p{Lu}[\p{L}&'’-]+){0,2} (?:a\.s\.|s\.r\.o\.|d\.o\.o\.|d\.d\.|a\.d\.|Sp\. z o\.o\.))(?![\p{L}\d&'’-])/gu;
// A pronoun or a preposition opening the sentence before a legal name: Turkish "Ben Karaburun Yazılım A.Ş.'de …",
// Czech and Polish "in", "W Budimex S.A. …" (not Croatian "U", "Kod", "Pri", which names of inns and firms open with:
// "U Fleků s.r.o.", "Kod Nikole d.o.o.").
const PRONOUN_OR_PREPOSITION_FIRST = () =>
  /^(?:Ben|Biz|Ich|Wir|Je|Nous|Yo|Eu|Io|Noi|Jag|Jeg|Vi|Ja|Já|My|We|Desde|Depuis|Vanuit|Från|V|Ve|W|A|Az|Firma) (?=\S)/;
/** Whether a bracket closes right before a legal form somewhere in the text: ") Sdn. Bhd.", "), Ltd". */
function bracketBeforeLegalForm(text: string): boolean {
  for (let at = text.indexOf(') '); at >= 0; at = text.indexOf(') ', at + 2)) {
    const after = text.slice(at + 2, at + 10);
    if (LEGAL_NAME_HINTS.some((hint) => after.startsWith(hint.slice(1)))) return true;
  }
  return false;
}
/**
 * Speed only: a space and the start of a legal form, one of which the text
 * holds wherever LEGAL_NAME matches (case-sensitive, as it is); it runs only then.
 */
const LEGAL_NAME_HINTS = [
  ' Inc',
  ' LLC',
  ' L.L.C.',
  ' LLP',
  ' Ltd',
  ' Limited',
  ' PLC',
  ' plc',
  ' Corp',
  ' Co.',
  ' GmbH',
  ' gGmbH',
  ' B.V.',
  ' N.V.',
  ' AS',
  ' A/S',
  ' ApS',
  ' Oy',
  ' K.K.',
  ' G.K.',
  ' S.',
  ' SA',
  ' SpA',
  ' Srl',
  ' SRL',
  ' S.R.L.',
  ' A.Ş.',
  ' Lda',
  ' Pty',
  ' Pvt',
  ' Pte',
  ' Sdn',
  ' Sp.',
  ' sp. z',
  ' s.r.o.',
  ' a.s.',
  ' Kft',
  // (Bulgaria's and North Macedonia's forms in Latin letters: "Trans Rila Logistik OOD". Not "EAD", a US work permit's
  // letters, "H4 EAD".)
  ' OOD',
  ' EOOD',
  ' DOOEL',
  ' Zrt.',
  ' Nyrt.',
  ' d.o.o.',
  ' d.d.',
  ' a.d.',
  ' PBC',
  ' EURL',
  ' Sàrl',
  ' Sarl',
  ' SàRL',
  ' SaRL',
  ' KG',
  ' OHG',
  ' e.K.',
  ' e.V.',
  ' SNC',
  ' AB',
  ' AG',
  ' SE',
  ' BV',
  ' KK',
  ' SL',
  ' UG',
];

// The small words a company's name may hold between its capitalised words ("Bank of Ireland", "Marlow & Finch", "Banque de France").
// Central European legal forms are among them, in lower case, with or without their last dot ("Lipová Plast s.r.o").
const NAME_JOINER = new Set(
  '& + and of de del della da do dos das di du des la le les für am im zum zur van von der den het voor y e et i og och und a.s. a.s s.r.o. s.r.o d.o.o. d.o.o'.split(
    ' ',
  ),
);
/**
 * A proper noun phrase: every word capitalised (or camelCase, or a digit),
 * save the small joiners of names, and the first never a joiner. "as
 * discussed at the meetup" is words of a sentence, not a name.
 */
// A Scandinavian state body's second word, in lower case: "Statens havnedirektorat". (Which "Statens …" is a body, not a
// pension scheme or a rulebook, the company pattern that finds it decides: by its kind's ending or a hiring verb after.)
const STATE_BODY_WORD = /^[a-zæøå]{4,}$/;
function properNoun(name: string): boolean {
  // A Polish legal form is written in lower case but for its first word: "Sp. z o.o.".
  // A kind of two words written in lower case but for its first: "Městský úřad Kamenná Lhota".
  const kind = KIND_BEFORE.find((k) => k.includes(' ') && name.startsWith(`${k} `));
  const words = (kind === undefined ? name : kind.split(' ')[0]! + name.slice(kind.length)).replace(/ [Ss]p\. z o\.o\.?$/, '').split(' ');
  if (NAME_JOINER.has(words[0]!)) return false;
  // A government's department "for" what it does: "Department for Work and Pensions", "Ministry for the Environment".
  const forWhat = (words[0] === 'Department' || words[0] === 'Ministry') && words[1] === 'for';
  // A Nordic institution's kind is written in lower case at its end: "Fjellvik kommune".
  const last = words.length - 1;
  // A Scandinavian state body is written in lower case after its first word: "Statens havnedirektorat", "Direktoratet for
  // kystdata og havdata".
  if (
    words[0] === 'Statens'
      ? words.length === 2 && STATE_BODY_WORD.test(words[1]!)
      : words[1] === 'for' && (words[0] === 'Direktoratet' || words[0] === 'Styrelsen') && words.length <= 5
  )
    return true;
  // (A Central European firm's trade in lower case before its legal form: "Moravské strojírny Přerov a.s.".)
  const lowerTrade = LOWER_WORD_FORMS.some((form) => name.endsWith(form) || name.endsWith(form.slice(0, -1)));
  return words.every(
    (w, i) =>
      NAME_JOINER.has(w) ||
      (lowerTrade && i > 0 && (/^\p{Ll}[\p{L}-]{3,}$/u.test(w) || (i === words.length - 1 && /^[a-z](?:\.[a-z])+\.?$/.test(w)))) ||
      (forWhat && (i === 1 || (i === 2 && w === 'the'))) ||
      /^[A-Z0-9\u00C0-\u00DE]/.test(w) ||
      /^[a-z]{1,12}[A-Z]/.test(w) ||
      /^\(publ\)$/.test(w) ||
      // A subsidiary's place in brackets: "Kestrel Semiconductor (Penang) Sdn. Bhd.", "Siam Foods (Hong Kong) Ltd".
      ((w.startsWith('(') || w.endsWith(')')) && /^\([A-Z][a-z]+\)?$|^[A-Z][a-z]+\)$/.test(w)) ||
      // An elided joiner and a capital: "Conchiglia d'Oro".
      /^d['’][A-Z]/.test(w) ||
      // A brand in quotation marks: "Zakłady Mleczarskie „Bielawa” Sp. z o.o.".
      /^[„"“«‚][A-Z0-9\u00C0-\u00DE]/.test(w) ||
      (i === last && i > 0 && INSTITUTION_WORDS.has(w)) ||
      (i === 1 && i < last && kindAdjective(words[0]!, w)),
  );
}
/** Sectors and kinds of business, which a message names a company by when it does not name it ("a fintech", "the startup"). */
const SECTOR_WORDS = new Set(
  'fintech|healthtech|insurtech|proptech|edtech|legaltech|regtech|adtech|martech|cleantech|climatetech|biotech|medtech|deeptech|agritech|foodtech|govtech|hr tech|hrtech|healthcare|health care|start-up|startup|scale-up|scaleup|unicorn|saas|e-commerce|ecommerce|retail|banking|bank|insurance|insurer|logistics|pharma|telecom|telecoms|media|gaming|crypto|web3|blockchain|consultancy|hospitality|manufacturing|automotive|aerospace|defence|defense|energy|utilities|government|public sector|nonprofit|non-profit|charity|enterprise|agency|client|company|firm|employer'.split(
    '|',
  ),
);
/** A single word the message also writes in lower case after an article ("a profitable fintech", "the startup"): a common noun, not a name. */
function commonWordIn(text: string, name: string): boolean {
  if (name.includes(' ') || !/^[A-Z][a-z\u00DF-\u00FF-]+$/.test(name)) return false;
  const lower = name.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`\\b(?:a|an|the|this|our|their)\\s+(?:[a-z-]{2,20}\\s+){0,2}${lower}(?![\\w@/-]|\\.\\w)`).test(
    text.length > 200_000 ? text.slice(0, 200_000) : text,
  );
}

/** Names of things that are not employers: an event or meetup, a language or tool with its version. */
// Words of a practice area or a sector: a name made of them only names a field of work.
const PRACTICE_WORDS = new Set(
  'aviation finance accounting accountancy banking insurance legal tax property real estate healthcare health energy commercial corporate litigation construction retail technology data digital marketing sales engineering infrastructure private equity capital markets asset management wealth risk compliance audit consulting logistics transport manufacturing pharma life sciences telecoms media public sector education hospitality travel nursing care solar pv practice financial services security advisory funds fund investment investments backup renewables storage cloud luxury fashion beauty consumer pricing revenue analytics shutdowns turnarounds shutdown turnaround banca finanzas seguros tecnología analítica antifraude fraude'.split(
    ' ',
  ),
);

/** The words of rank or kind before a title's noun, lower case: "Senior", "Backend", "Experienced". */
const TITLE_LEAD_WORDS = new Set(
  'senior sr sr. junior jr jr. lead principal staff head chief graduate trainee apprentice experienced qualified registered licensed certified skilled mid-level entry-level backend back-end frontend front-end full-stack fullstack software devops platform site reliability machine learning ml ai qa test cloud'.split(
    ' ',
  ),
);
// A team's or a function's words that lead a title in the plural before a person's noun (see isTitle).
const TEAM_FIELD_WORDS = new Set(
  'account accounts sales development marketing support service operations project programme program data design field retail store warehouse delivery'.split(
    ' ',
  ),
);
// Nouns of people in a post, which no firm takes for its name as "Associates" and "Engineers" do.
const PERSON_NOUNS = new Set(
  'executive representative manager coordinator assistant specialist officer advisor adviser agent operative supervisor administrator'.split(
    ' ',
  ),
);
// The words of a field of work that a kind may follow without naming an organisation: "Cloud Security", "Data Analytics".
const FIELD_WORDS = new Set([
  ...PRACTICE_WORDS,
  ...'cloud credit cyber network information application applications web mobile supply chain people customer fraud site physical food product platform business market markets quantitative model trade card cards medical civil family core growth internal zero secure general power oil gas space intelligence actuarial defence defense aerospace structural mechanical electrical chemical geotechnical biomedical'.split(
    ' ',
  ),
]);

const DATE_IN_NAME =
  /\b\d{1,2}(?:st|nd|rd|th)? (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]* \d{1,2}(?:st|nd|rd|th)?\b/;

// A description with a capital, not a name: "Leading MNC", "JSE-listed Retailer"; or a rank among them, and where they
// are from: "Top-10 Indian Pharma".
const DESCRIBED_WITH_A_CAPITAL =
  /^(?:Leading|Top|Reputed|Renowned|Prestigious|Large|Major|Global|Well-known|[A-Z]{2,5}-listed|Listed)\s(?:MNC|Bank|Firm|Company|Client|Organi[sz]ation|Group|Hospital|Brand|Retailer|Insurer|Manufacturer|Fintech|Player|Provider|Telco|Telecom|Operator|Conglomerate|FMCG)s?$/;
const RANKED_AMONG = () =>
  /^Top-\d{1,3}\s(?:[A-Z][a-z]+\s)?(?:MNC|Bank|Firm|Company|Hospital|Brand|Retailer|Insurer|Manufacturer|Fintech|Pharma)s?$/;
// A form of address before a name: a person, not an organisation.
const ADDRESSED_PERSON = /^(?:Frau|Herr|Herrn|Monsieur|Madame|Mme|Señor|Señora|Signor|Signora|Mevrouw|Meneer|Mr|Mrs|Ms|Dr)\.? [A-Z]/;

const MONEY_IN_NAME =
  /\d(?:[\d .,]*\d)?\s?(?:[kK]\s?)?(?:[€£$¥₹]|zł|Kč|kr\b|(?:PLN|EUR|USD|GBP|CHF|SEK|NOK|DKK|CZK|RON|HUF|TRY|INR)\b)|(?:[€£$¥₹]|(?:PLN|EUR|USD|GBP|CHF|SEK|NOK|DKK|CZK|RON|HUF|TRY|INR)\s)\s?\d/;
// A body "of" two things is one name: "Department for Work and Pensions", "Institute of Science and Technology".
const BODY_OF_TWO_FIELDS =
  /^(?:Department|Ministry) (?:for|of) |\b(?:Institute|University|College|School|Academy|Faculty|Centre|Center|Museum|Society|Council|Board|Agency|Commission|Authority) (?:for|of) (?!.*\b(?:and|or) .*\b(?:and|or) )/;
const COMPASS_POINTS = new Set(['North', 'South', 'East', 'West', 'Central', 'Northeast', 'Northwest', 'Southeast', 'Southwest']);
// (And a doctor's licence to practise, which a German message helps with: "Unterstützung bei der Approbation".)
const GERMAN_AFTER_BEI = new Set(['Ihnen', 'Dir', 'Euch', 'Uns', 'Suche', 'Auswahl', 'Arbeit', 'Approbation']);
/** A hospital's units by their usual short names, lower case: a place in it, no employer ("hiring RNs for Med-Surg"). */
const HOSPITAL_UNITS = new Set([
  ...'med-surg medsurg med/surg tele telemetry icu nicu picu ccu cvicu sicu micu pacu ed er or l&d theatre theatres step-down stepdown oncology maternity paediatrics pediatrics radiology endoscopy dialysis perioperative'.split(
    ' ',
  ),
  'med surg',
  'step down',
  'labor & delivery',
  'labour & delivery',
  'labor and delivery',
  'labour and delivery',
]);
// (Not "SA" nor "WA", which end firms' names as often: "Michelin SA".)
const AUSTRALIAN_STATES = new Set(['NSW', 'VIC', 'QLD', 'TAS']);
// A state's agencies, named by one word before its code: "Service NSW", "Health WA" are employers, not towns.
const STATE_AGENCY_WORDS = new Set([
  'Service',
  'Health',
  'Transport',
  'Police',
  'Ambulance',
  'Fire',
  'Water',
  'Energy',
  'Education',
  'Justice',
  'Housing',
  'Sport',
]);
const PROVINCE_CODES = new Set(['AB', 'BC', 'ON', 'QC', 'MB', 'SK', 'NS', 'NB', 'NL', 'PE', 'NSW', 'VIC', 'QLD', 'WA', 'SA', 'TAS']);
// A unit, a desk or a business function a title names after its dash, no employer: "Process Engineer - Hydrocracker Unit",
// "Team Leader – Accounts Payable", "Relationship Manager – Premier Banking", "the Data Partnerships Branch", "the
// Financial Crime Compliance team".
const UNIT_OR_FUNCTION_LAST = [' Unit', ' Division', ' Desk', ' Payable', ' Receivable', ' Banking', ' Branch', ' Compliance'];
// The lower-case nouns a name qualifies when it is no organisation's: "the Spanish mid-market", "Kampala-Malaba-Juba route".
const QUALIFIED_AFTER = [
  ' mid-market',
  ' market',
  ' segment',
  ' territory',
  ' route',
  ' routes',
  ' corridor',
  ' desk',
  ' vertical',
].flatMap((word) => [`${word} `, `${word},`, `${word}.`, `${word}\n`]);
// A department named by its field alone, a unit of the organisation (see notAnOrganisation).
const FIELD_DEPARTMENT = () =>
  /^(?:Emergency|Accident (?:and|&) Emergency|A&E|Radiology|Cardiology|Oncology|Paediatrics?|Pediatrics?|Surgery|Surgical|Medical|Nursing|Pharmacy|Finance|HR|IT|Marketing|Sales|Engineering|Legal|Operations|Maintenance|Quality|Procurement|Research) Department$/;
// A contract's kind after a title's dash: "Senior Quantity Surveyor - Contract - Dublin".
const CONTRACT_KINDS = new Set([
  // A contract's status under IR35, a table's cell: "| Outside |".
  'Outside',
  'Inside',
  'Outside IR35',
  'Inside IR35',
  'Contract',
  'Perm',
  'Temp',
  'Locum',
  'Contract to Hire',
  'Contract-to-Hire',
  'Temp to Perm',
  'Temp-to-Perm',
]);
function notAnOrganisation(name: string): boolean {
  if (CONTRACT_KINDS.has(name) || (UNIT_OR_FUNCTION_LAST.some((last) => name.endsWith(last)) && !compiled(ENDS_IN_LEGAL_FORM).test(name)))
    return true;
  // A hospital's or a firm's department by its field alone: "Medical Officer I – Emergency Department" (not a town's
  // police or fire department, "Calder Falls Police Department").
  if (name.endsWith(' Department') && compiled(FIELD_DEPARTMENT).test(name)) return true;
  // A date: "Day 21 June", "March 3".
  if (/\d/.test(name) && compiled(DATE_IN_NAME).test(name)) return true;
  // A start, as a subject's last field shouts it: "START MONDAY", "Start ASAP", "Immediate Start". (By words.)
  const low = name.toLowerCase();
  if (
    (low.startsWith('start') || low.startsWith('immediate start')) &&
    low !== 'start' &&
    compiled(
      /^(?:start(?:ing)?|immediate start)(?: (?:mon|tues|wednes|thurs|fri|satur|sun)day| asap| now| today| tomorrow| immediately| next week)?$/,
    ).test(low)
  )
    return true;
  // Tagalog's "for the" and plural mark, which no firm's name holds: "MAGANDANG BALITA PARA SA MGA …". (By words.)
  if (` ${low} `.includes(' para sa ') || ` ${low} `.includes(' mga ')) return true;
  // A sum of money is a subject's pay, not a name: "B2B do 28 000 PLN", "bis 85k €".
  if (/\d/.test(name) && compiled(MONEY_IN_NAME).test(name)) return true;
  // A German common noun by an ending no English name has ("bei der Umsetzung", "Sicherheit"): not "-ion" ("Evolution").
  if (name.length >= 8 && /^[A-ZÄÖÜ][a-zäöüß]+(?:ungen|heit|keit|schaft|tät)$|^[A-ZÄÖÜ][a-zäöüß]+[^s]ung$/.test(name)) return true;
  // A module of a product, not its maker: "SAP FI", "SAP FI/CO", "SAP S/4HANA".
  if (name.startsWith('SAP ') && /^SAP (?!SE$|AG$)[A-Z\d/]{2,8}$/.test(name)) return true;
  // "Java 21", "Python 3.12", "React 19": a technology and its version. (Not a house's founding year, older than any
  // product's version: "Corvetti 1926".)
  if (/\s(?:v?\d+(?:\.\d+)*|\d+[a-z]?)$/i.test(name) && !/\s1(?:8\d\d|9[0-7]\d)$/.test(name) && !compiled(ENDS_IN_LEGAL_FORM).test(name))
    return true;
  // Events: "JSConf EU", "Lisbon JS", "PyCon", "DevOps Days", "KubeCon", "Data Summit".
  if (
    compiled(
      /(?:Conf|Con|Summit|Meetup|Meet-up|Night|Nights|Days|Camp|Expo|Fest|Festival|Forum|Symposium|Hackathon|Week|Workshop|Webinar|Podcast|Talks|Live|JS|\.js)$/,
    ).test(name) ||
    /(?:conf|Conf|Con)\b/.test(name.split(' ')[0]!)
  )
    return true;
  // A part of a town is a place: "Madrid Centro", "Berlin Mitte".
  if (
    compiled(/^\S+(?: \S+)? (?:Centro|Centre|Center|City|Downtown|Mitte|Zentrum|Norte|Sur|Nord|Süd|Sud|Oeste|Ouest|Ost|West)$/).test(
      name,
    ) &&
    // "Transportes Ebro Norte" says it is a business by its first word.
    !KIND_BEFORE.includes(name.slice(0, name.indexOf(' '))) &&
    // (Nor a hospital, "Northfield Medical Center", "Lusail Medical Centre"; nor a hospital's or a campus's "city", as the Gulf
    // names them: "Qimam Medical City", "Education City".)
    !HOSPITAL_ENDINGS.some((ending) => name.endsWith(ending)) &&
    !/ (?:Medical|Healthcare|Health|Education|Media|Internet) City$/.test(name) &&
    // (Nor a centre named by its trade: "Transilvania Contact Center", "Vuka Call Centre", "Midlands Distribution Centre";
    // a business, shopping, training or conference centre is a venue.)
    // (Nor a shop named by its trade, "Westbrook Home Centre", unless a known town names it, a chain's branch: "the
    // Leeds Home Centre". A garden, tyre or auto centre after a town's name is as often a chain's branch: "the Reading
    // Auto Centre" of "Kwik Fit is hiring".)
    !compiled(/ (?:Contact|Call|Service|Distribution|Data|Logistics|Customer|Support|Dental|Eye|Care) (?:Centre|Center)$/).test(name) &&
    !(/ Home (?:Centre|Center)$/.test(name) && !WELL_KNOWN_PLACE.has(caseFold(name.slice(0, name.indexOf(' ')))))
  )
    return true;
  // A well-known town's quarter by its compass point: "Johannesburg North", "Leeds East".
  const compass = name.lastIndexOf(' ');
  if (compass > 0 && COMPASS_POINTS.has(name.slice(compass + 1)) && WELL_KNOWN_PLACE.has(caseFold(name.slice(0, compass)))) return true;
  // A person by a form of address: "Frau Keller", "Monsieur Dubois".
  if (compiled(ADDRESSED_PERSON).test(name)) return true;
  // A description with a capital, not a name: "Leading MNC", "Reputed Bank".
  if (compiled(DESCRIBED_WITH_A_CAPITAL).test(name) || (name.startsWith('Top-') && compiled(RANKED_AMONG).test(name))) return true;
  // A German department or field in one word: "Kreditrisikomanagement", "Personalabteilung".
  if (!name.includes(' ') && /[a-zäöüß](?:management|abteilung|bereich|wesen)$/.test(name)) return true;
  // A Scandinavian or Dutch department in one word: "Analyseavdelingen", "IT-avdelningen", "Salgsafdelingen".
  if (!name.includes(' ') && /[a-zæøåäö-](?:avdelingen|avdeling|avdelningen|avdelning|afdelingen|afdeling)$/.test(name)) return true;
  // A ward of a hospital is a place in it: "Larch Ward". So is a unit by its usual short name: "Med-Surg", "Theatres".
  if (/\sWard$/.test(name)) return true;
  if (HOSPITAL_UNITS.has(name.toLowerCase())) return true;
  // A town and its postcode: "Manchester M1 3BN".
  if (/\s[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}$/.test(name)) return true;
  // A kind of engagement, not a name: "Travel Contract", "Interim Assignment".
  if (/\s(?:Contract|Contracts|Assignment|Assignments|Placement|Placements)$/.test(name)) return true;
  // A fly-in fly-out roster from a town is no name: "FIFO Perth", "DIDO Mackay".
  if (
    (name.startsWith('FIFO ') || name.startsWith('DIDO ') || name.startsWith('BIBO ')) &&
    WELL_KNOWN_PLACE.has(caseFold(name.slice(5).replace(/^ex /, '')))
  )
    return true;
  // An airport is a place: "based at Zurich Airport".
  if (/\s(?:Airport|Flughafen|Aéroport|Aeropuerto|Aeroporto|Lufthavn|Flygplats)$/.test(name)) return true;
  // A practice or sector, not a name: "Aviation Finance", "Commercial Litigation".
  // A name made of words of a field of work only names one: "Asset Management & Funds", "Cloud & Infrastructure". With a
  // joiner the wider field words count ("Solar & Backup Power"); without, only a practice's ("Capital Power" is a firm).
  // With a joiner, a sector's words too: a recruiter's desk, "Senior Consultant – Government & Defence" (not "Legal &
  // General": "general" is neither).
  const joined = name.includes(' & ') || name.includes(' and ');
  const fieldWords = joined ? FIELD_WORDS : PRACTICE_WORDS;
  if (
    name
      .split(' ')
      .every(
        (word) => fieldWords.has(word.toLowerCase()) || (joined && SECTOR_WORDS.has(word.toLowerCase())) || word === '&' || word === 'and',
      )
  )
    return true;
  // A sector, not a name: "Public Sector IT", a recruiter's desk.
  // (By strings, not a pattern: every name passes here.)
  // (Only a sector and a field, "Public Sector IT", "Public Sector Finance": not "Public Sector Shared Services Ltd".)
  const sector = ['Public Sector', 'Private Sector', 'Third Sector'].find((words) => name === words || name.startsWith(`${words} `));
  const field = sector === undefined ? '' : name.slice(sector.length).trim();
  if (sector !== undefined && (field === '' || (!field.includes(' ') && (field.length <= 4 || FIELD_WORDS.has(field.toLowerCase())))))
    return true;
  // A BPO's account or a campaign, not a name: "US Healthcare Account".
  if (/\s(?:Account|Campaign|Programme|Program)$/.test(name)) return true;
  // Codes, not a name: "KS1 & KS2".
  if (/^(?:[A-Z]{1,4}\d+|&|and|\/)(?: (?:[A-Z]{1,4}\d+|&|and|\/))*$/.test(name)) return true;
  // An Irish county abbreviation after a town: "Ringaskiddy, Co. Cork".
  if (/, Co\.?$/.test(name)) return true;
  // A known town and its province's or state's code, as an address writes them: "Calgary AB", "Newcastle NSW" (not
  // a Swedish firm's "AB" after a name of its own). By strings.
  const code = name.slice(name.lastIndexOf(' ') + 1);
  if (name.includes(' ') && PROVINCE_CODES.has(code)) {
    const town = name.slice(0, name.lastIndexOf(' '));
    if (WELL_KNOWN_PLACE.has(caseFold(town))) return true;
    // (Or a town of one word before an Australian state, the list's or not, "Orange NSW"; not a state's agency, "Service
    // NSW", "Health WA", nor initials, "TAFE NSW".)
    if (AUSTRALIAN_STATES.has(code) && /^[A-Z][a-z]+$/.test(town) && !STATE_AGENCY_WORDS.has(town)) return true;
  }
  // A German pronoun or a search, after "bei": "direkt bei Ihnen", "bei der Suche nach".
  if (!name.includes(' ') && (GERMAN_AFTER_BEI.has(name) || /(?:suche|auswahl|arbeit)$/.test(name))) return true;
  // A German abstract noun alone, capitalised as every German noun is: "bei der Zusammenlegung", "Weiterbildung".
  if (/^[A-ZÄÖÜ][a-zäöüß]{5,}(?:ung|heit|keit|schaft|tät|ität|nis)$/.test(name)) return true;
  // (Or a process named in the German and British way, which no firm takes alone: "bei der Lyophilisation".)
  if (name.endsWith('isation') && name.length >= 12 && !name.includes(' ') && name.slice(1) === name.slice(1).toLowerCase()) return true;
  // A list of tools: "Medidata Rave and SAS" (not a department "for Work and Pensions", a ministry "of Housing and
  // Communities").
  // (Nor a body "of" two fields: "Deccan Institute of Science and Technology".)
  // (Nor two places' body named by its kind last: "Northfield and Ashby NHS Foundation Trust", "Brighton and Hove City
  // Council".)
  if (/\s(?:and|or)\s/.test(name) && !compiled(BODY_OF_TWO_FIELDS).test(name) && !compiled(PUBLIC_KIND_LAST).test(name)) return true;
  return false;
}
const PUBLIC_KIND_LAST = () =>
  /\s(?:NHS (?:Foundation )?Trust|Health Board|(?:City |County |District |Borough )?Council|University Hospitals?)$/;

// What a shouted "Hiring for" or "Recruiting for" names when it names no employer: a shift, openings, people of a trade, a
// season ("Hiring for Night Shift!", "Recruiting for Healthcare Assistants", "Hiring for Immediate Start").
const SHIFT_OR_PEOPLE_LAST =
  /(?:^|\s)(?:Shifts?|Positions|Roles|Vacancies|Openings|Locations|Start|Staff|Temps|Operatives|Assistants|Engineers|Developers|Nurses|Drivers|Workers|Cleaners|Pickers|Packers|Graduates|Apprentices|(?:Sales|Retail|Warehouse|Store|Customer Service|Seasonal) Associates)$/;
// After "hiring for" or "recruiting for" in lower case, the same but for words firms are named by: "recruiting for
// Healthcare Assistants", "Warehouse Associates" (not "recruiting for Webb Yates Engineers", "hiring for Barratt
// Developers", "Hays Care Associates", "Premier Staff", "Kelly Drivers", firms).
// Staff, drivers, nurses, temps and packers are people there alone or after a word of their work ("Care Staff", "Van
// Drivers", "Theatre Nurses", "Staff Nurses"), not after a firm's own word ("Premier Staff", "Kelly Drivers").
const SHOP_FLOOR_PEOPLE =
  /(?:^|\s)(?:Shifts?|Positions|Roles|Vacancies|Openings|Locations|Operatives|Assistants|Workers|Cleaners|Pickers|Graduates|Apprentices|(?:Sales|Retail|Warehouse|Store|Customer Service|Seasonal) Associates)$|^(?:Staff|Drivers|Nurses|Temps|Packers)$|(?:^|\s)(?:Care|Bank|Van|Delivery|Multi-Drop|Multi-drop|HGV|LGV|Class [12]|Forklift|FLT|Theatre|Staff|Registered|Agency|Warehouse|Catering|Kitchen|Cleaning|Security|Seasonal|Support|School|Night|Day|Relief|Locum|Healthcare|Factory|Production|Ward|Temporary|Casual|Office|Christmas|Summer) (?:Staff|Drivers|Nurses|Temps|Packers)$/;

interface Found {
  value: string;
  at: number;
  rank: number;
}

/** One alternative of a long pattern: a global pattern, run only when the text holds one of its words. */
type Alternative = { hints: string[]; pattern: Pattern };

/** `pattern`, to search from the text's start: a global pattern kept between searches holds where its last one ended. */
function fromTheStart<T extends RegExp>(pattern: T): T {
  pattern.lastIndex = 0;
  return pattern;
}

/**
 * The matches the global pattern `/a|b|c/g` would give, from its alternatives run one by one (those whose words
 * the text holds): from where the last match ended, the earliest, and on a tie the first alternative.
 */
function* matchAllOf(alternatives: Alternative[], text: string): Generator<RegExpExecArray> {
  const live = alternatives.filter((a) => a.hints.some((hint) => text.includes(hint))).map((a) => compiled(a.pattern));
  let from = 0;
  while (live.length > 0 && from <= text.length) {
    let best: RegExpExecArray | null = null;
    for (const pattern of live) {
      pattern.lastIndex = from;
      const m = pattern.exec(text);
      if (m && (!best || m.index < best.index)) best = m;
    }
    if (!best) return;
    yield best;
    from = best.index + (best[0].length || 1);
  }
}

/**
 * Patterns that name the employer, best first. Each captures the name in group 1.
 * Speed only: a third element lists words (case as written) one of which the
 * text holds wherever the pattern matches; it runs only then.
 */
// (Not a country or a team: "Vi i Norge er heldige", "Vi i Team Data". In a message about a client, the agency: "Vi i
// Academic Work har fått i oppdrag … til en kunde".)
const WE_AT_IN_OTHER_LANGUAGES = builtOnce(
  () =>
    new RegExp(
      `(?:^|[.!?]\\s+|\\n)(?:Vi|Wir|Wij|Nous)\\s+(?:i|på|hos|bei|bij|chez)\\s+(?!(?:Team|Norge|Sverige|Danmark|Suomi|Finland|Island|Europa|Norden|Deutschland|Nederland)\\b)(${NAME})`,
      'g',
    ),
);
const EQUAL_OPPORTUNITY_EMPLOYER = new RegExp(
  `(?<![\\w'’])(?:[Tt]he )?(${NAME}),? (?:is|are) (?:an? )?(?:proud )?(?:[Ee]qual (?:[Oo]pportunit(?:y|ies)|[Ee]mployment [Oo]pportunity)(?:\\/[Aa]ffirmative [Aa]ction)?|EEO|EOE|[Aa]ffirmative [Aa]ction(?:\\/[Ee]qual [Oo]pportunity)?) [Ee]mployer`,
  'g',
);

// What follows a title when its employer does: "at", "@", "with", "chez", "bei"…; "for" and "the" only after a hiring verb.
const AFTER_TITLE = new RegExp(
  `^(?: \\([\\w -]{1,30}\\))?\\s+(?:(for)|at|@|with|w/|en|chez|bei|bij|presso|em|na|på|w)\\s+(the\\s+)?(${NAME})`,
);
// A hiring verb a few words before a title: "recruiting a", "hiring several", "looking for".
const HIRING_BEFORE_TITLE =
  /\b(?:recruiting|hiring|looking for|searching for|seeking|sourcing|placing)\s+(?:an?\s+|the\s+|several\s+|two\s+)?(?:[\w/+#.-]{1,30}\s+){0,5}?$/;

// The employer as the one hiring: "Ridgeway Foods in Reno NV is hiring", "Oakmere Home Care are URGENTLY recruiting",
// "Vereda Distribuidora (alimentos) está contratando", Vietnamese "Lotus Labs tuyển Frontend Developer", "Orchid Logic đang
// mở vị trí QA Lead". A possessive names the owner: see where it is used.
const HIRING_NAME = new RegExp(
  `(?<![\\w'’])(?<!\\b(?:del|de|la|di|da|do|du|van|von|der|den|y|e) )(?:[Tt]he |L[ae] |Les |El |Los |Las |Il |Die |Der |Das |Het )?(${NAME})\\*?(?:\\s*\\([^)\\n]{2,60}\\))?(?:,?\\s+(?:in|based in|out of|w)\\s+${NAME}(?:,\\s+[A-Z]{2})?,?)?(?:\\s*\\([^)\\n]{2,60}\\))?\\s+(?:(?:is|are|IS|ARE|está|estão|ist)\\s+(?:(?:now|currently|urgently|URGENTLY|actively|ahora|agora|aktuell)\\s+)?(?:hiring|HIRING|looking|growing|building|expanding|scaling|seeking|searching|recruiting|appointing|contratando|a contratar|auf der Suche|on a (?:mission|hiring spree|hiring drive|recruiting drive))\\b|(?:söker|søker|søger|zoekt|sucht|recrute|recherche(?! (?:activement )?pour)|busca|szuka|hledá(?!me))(?! (?:vi|wir|we|nous|ni|jeg|jag|ik)\\b)\\b|(?:tuyển|đang (?:tuyển|mở))(?= ))`,
  'g',
);
// What follows French "X recherche" when X seeks for someone else: a post for itself, "un poste", or a client, "pour
// notre client".
const SEEKS_FOR_ANOTHER = () =>
  /^\s(?:actuellement\s)?(?:un poste|une? (?:emploi|stage|alternance)|des profils|[^.\n]{0,70}\bpour (?:notre|nos|un|une|l['’]un de nos) (?:client|cliente|clients|PME|startup|start-up|cabinet|entreprise|société|groupe|ETI))/;
// Words of how and when a job is worked, which an agency's boilerplate capitalises: "Immediate Joiners", "Walk In
// Interview", "Night Shift", "Freshers Welcome", "Permanent Role", "Hybrid Mode", "Urgent Requirement".
const WORK_CONDITION_WORDS = new Set(
  'Immediate Joiners Joiner Walk In Interview Night Day Shift Shifts Freshers Fresher Welcome Permanent Temporary Contract Role Hybrid Mode Remote Office Urgent Requirement Opening Openings Vacancy Vacancies WFO WFH'.split(
    ' ',
  ),
);
// "Na X estamos a reforçar", "En X estamos creciendo": the employer before a verb of growing.
const GROWING_AT = builtOnce(
  () =>
    new RegExp(
      `(?:(?:^|[.!?\\n]\\s*)(?:En|Na|No|Em|Chez|Presso)|\\b(?:en|na|no|em|chez|presso))\\s+\\*{0,2}(${NAME})\\*{0,2},?\\s+(?:estamos (?:a )?(?:reforçar|refor[cç]ando|crescer|crescendo|creciendo)|nous renfor[cç]ons|stiamo (?:ampliando|rafforzando|crescendo))`,
      'g',
    ),
);
// What grows that is no employer: a region, a unit, a day or a season ("Na Europa estamos a crescer", "Na Área de
// Tecnologia", "Na Segunda-feira", "Na Black Friday"), and a headline's region ("Recrutadora na Zona Sul").
const NOT_A_FIRM_GROWING = new Set(
  'Área Area Direção Direcção Dirección Departamento Equipa Equipo Segunda-feira Terça-feira Quarta-feira Quinta-feira Sexta-feira Black Época Temporada Zona Região Regiao Península Latinoamérica América Europa Ásia Asia África Africa Grande'.split(
    ' ',
  ),
);
// Words of a recruiter's work in the sentence that says where they joined: "I've just joined Harnham as a Principal
// Consultant", "… and I'm working on a role for a client".
const JOINED_AN_AGENCY_WORDS = ['onsultant', 'client', 'ecruit', 'agency', 'headhunt', 'search firm', 'staffing', 'retained by', ' for a '];
// The writer's new workplace: "I've moved over to X", "I've just joined X".
const JOINED_OR_MOVED_TO = builtOnce(
  () =>
    new RegExp(
      `\\bI(?:['’]ve| have) (?:just |recently |now )?(?:moved (?:over |across )?to|joined|started at|gone to)\\s+(?:the\\s+)?(${NAME})`,
      'g',
    ),
);
// The kinds of firm "X is a … <kind>" names. (Speed only: the pattern runs only where one of its kinds is written.)
const FIRM_KINDS_SAID =
  'startup start-up scale-up scaleup company firm bank fintech insurer retailer manufacturer marketplace studio business brand operator chain hospital clinic charity nonprofit non-profit lender producer'.split(
    ' ',
  );
// Words of a person's part in a firm, or of praise of one, between a name and the kind of firm it is said to be.
const NOT_A_FIRMS_OWN_WORDS = () =>
  /\b(?:of|at|in|for|with|founder|co-founder|partner|director|mentor|member|head|CEO|CTO|CFO|COO|VP|manager|great|fantastic|huge|big|amazing|awesome|brilliant|well-known|best-known|everyone)\b/;
// "Hiring for", "recruiting for", "partnering with", "on behalf of" right before "one of".
const HIRING_FOR_BEFORE = () =>
  /\b(?:hiring for|recruiting for|searching for|partnering with|partnered with|working with|on behalf of|helping|representing|retained by)\s+$/;
/** Whether the sentence after `from` in `text` speaks to the reader: "… and I know you're happy there". By strings. */
function saysOfTheReader(text: string, from: number): boolean {
  const stop = text.slice(from).search(/[.!?\n]/);
  const rest = ` ${text.slice(from, stop < 0 ? undefined : from + stop).toLowerCase()} `;
  return [' you ', " you're ", ' you’re ', " you'll ", ' you’ll ', " you'd ", ' you’d ', ' your ', ' but ', ' we use ', ' use '].some(
    (word) => rest.includes(word),
  );
}
/**
 * Whether `text` says what something is as DESCRIBED_AS_A_FIRM reads it, "is a", "are one of", "is Paris' …". (Speed
 * only, by strings: most messages say "is" of something else, "the base is $140,000".)
 */
function saysWhatItIs(text: string): boolean {
  for (const verb of [' is ', ' are ']) {
    for (let at = text.indexOf(verb); at >= 0; at = text.indexOf(verb, at + 1)) {
      const rest = text.slice(at + verb.length, at + verb.length + 40);
      if (['a ', 'an ', 'the ', 'one of '].some((words) => rest.startsWith(words))) return true;
      const word = rest.split(' ')[0]!;
      if (word[0]! >= 'A' && word[0]! <= 'Z' && ["'s", '’s', "'", '’'].some((end) => word.endsWith(end))) return true;
    }
  }
  return false;
}
// What a firm says it is, as a sentence opens: "Kestrel Growth is Paris' fastest growing RevOps startup".
const DESCRIBED_AS_A_FIRM = builtOnce(
  () =>
    new RegExp(
      `(?:^|[.!?]\\s+|\\n)(${NAME}) (?:is|are) (?:(?:a|an|the) |one of (?:the )?|[A-Z][\\w.-]*(?:'s|’s|'|’) )(?:[^.\\n,;:()!?]{0,50}? )?(?:${FIRM_KINDS_SAID.join('|')})s?(?![\\w-])`,
      'g',
    ),
);
// A firm named after what it is one of: "one of Amsterdam's fastest-growing SaaS scale-ups, Flowtide".
const ONE_OF_THEM_NAMED = builtOnce(
  () =>
    new RegExp(
      `\\bone of (?:the )?[^,.\\n()]{3,80}?\\b(?:companies|firms|employers|brands|businesses|startups|start-ups|scale-ups|scaleups|retailers|banks|hospitals|manufacturers|fintechs|insurers|operators|lenders|producers|providers|platforms|chains|studios|labs|airlines) ?, (${NAME})(?= \\(|,|\\.| who| which| that| and|$)`,
      'gm',
    ),
);
const HIRING_NAME_DESCRIBED = () =>
  new RegExp(
    // (Or between dashes: "Balkan Bridge CX – one of the fastest-growing contact centres – is looking for".)
    `(?<![\\w'’])(${NAME})(?:, | [–—] )one of ((?:[^,–—\\n(]|\\([^)\\n]{0,80}\\)){3,160})(?:, | [–—] )(?:is|are) (?:now |currently |urgently )?(?:hiring|recruiting|looking for|seeking)\\b(?! feedback)`,
    'g',
  );
// What an organisation is one of: "fastest-growing customer experience centres", "the largest retailers". (Not a
// recruiter's firm, "leading recruitment firms", nor a person's kind, "our senior partners", "the leading cardiologists".)
const ORGANISATION_KINDS_PLURAL = () =>
  /\b(?:companies|firms|employers|brands|businesses|centres|centers|groups|startups|start-ups|scale-ups|retailers|banks|hospitals|manufacturers|providers|platforms|fintechs|insurers|operators|makers|producers|chains|studios|labs|institutions|organisations|organizations|utilities|airlines|carriers|schools|universities|councils|clinics)\b/i;
// The writer naming themselves "de" their organisation in French, Spanish, Portuguese or Italian, or "von" it in German:
// "Salam Ousmane, c'est Mariama de Terre Solidaire Sahel", "soy Lucía de Grupo Andino", "hier ist der Thomas Brandl von
// Elektro Brandl", "soy Quique Ribera, de Casa Ribera", "Aqui é o Marcos Albuquerque, da Farmácias Boa Saúde", "c'est
// Marc-André de Constructions Thibodeau & Fils". (A name of two words or more: one word after "de" is
// as often the writer's town, "c'est Paul de Lyon", and so is one led by a saint's, "Saint Denis", or ending in a region,
// "Marseille Provence".)
const WRITER_OF_ORGANISATION = builtOnce(
  () =>
    new RegExp(
      `(?:\\b[Cc]['’]est|\\b[Jj]e suis|\\b[Ss]oy|\\b[Ss]ou|\\b[Ss]ono|\\b[Aa]qui é(?: o| a)?|(?:^|[,.!?]\\s+|\\n)[Ii]ci|\\b[Hh]ier ist(?: der| die)?)[ \\t]+[A-Z\\u00C0-\\u00DE][\\p{Ll}-]{1,20}(?:-[A-Z\\u00C0-\\u00DE][\\p{Ll}]{1,20})?(?:[ \\t]+[A-Z\\u00C0-\\u00DE][\\p{Ll}-]{1,20})?,?[ \\t]+(?:de|da|do|del|di|von)[ \\t]+(?:(?:Reclutamiento|Recrutamento|Recursos Humanos|RRHH|RH|Talento Humano)[ \\t]+(?:de|da|do|del)[ \\t]+)?(?=\\S+ [A-Z\\u00C0-\\u00DE])(?!(?:Saint|Sainte|San|Santa|São|Sankt|St\\.?) )(${NAME})`,
      'gu',
    ),
);
// The kinds of place a Nordic employer names after its own name, in lower case: a care home, a clinic, a school, a hotel.
const NORDIC_KINDS =
  'omsorgssenter|sykehjem|helsesenter|legesenter|sykehus|sjukhus|sygehus|plejecenter|plejehjem|vårdcentral|äldreboende|kommune|kommun|skole|skola|barnehage|förskola|børnehave|hotell|restaurang|apotek|klinikk|klinik|verksted|verkstad|bakeri';
// A French recruiter's client, "I work with X … they are looking for": "Je travaille avec Bleuet Logiciel (Québec, quartier
// Saint-Roch) pis ils cherchent un·e développeur·euse". (Only a name with its place or its trade in brackets after it, as a
// firm is introduced: not a person, "Je travaille avec Julie Tremblay, notre RH".)
const FRENCH_CLIENT_SEEKING = builtOnce(
  () =>
    new RegExp(
      `\\b[Jj]e (?:travaille|collabore) avec (${NAME})(?= \\((?!(?:ma|mon|mes|notre|nos|leur|leurs|de|du|des|d['’])\\b)(?![A-Z]{2,5}\\))[^()\\n]{2,60}\\))(?=[^.!?\\n]{0,80}\\b(?:ils|elles|qui) (?:cherchent|recherchent|recrutent|embauchent)\\b)`,
      'g',
    ),
);
// Afrikaans pronouns, which open a sentence as a name would: "Ons is 'n jong fintech", "Hulle brei uit".
const AFRIKAANS_PRONOUN = '(?:Ons|Dit|Hulle|Hy|Sy|Ek|Die|Jy|Julle|U)\\b';
const COMPANY_PATTERNS: Array<[number, Pattern | Alternative[], string[]?]> = [
  // An employer's own careers channel or mailbox, named on the message's first line: "Orbix Protocol Careers 🚀",
  // "Alpenchain Labs | Careers 📢".
  [
    2,
    // (Not a heading of a kind of careers: "Global Careers", "Graduate Careers".)
    builtOnce(
      () =>
        new RegExp(
          `^[^\\n\\w]*(?!(?:Global|Graduate|Campus|Early|Student|Students|Tech|Technology|IT|Engineering|Corporate|Technical|Professional|Executive|International|Healthcare|Nursing|Teaching|Finance|Sales|Public Sector|Federal|Government|Remote|Internship|Future|Your|New|Our|Work With Us|Join Our Team|Join Us|Open Positions|Jobs|Vacancies)(?: [|·–-])? (?:Careers|Carriere|Carrières|Carreras|Carreiras))(${NAME})(?: [|·–-])? (?:Careers|Carriere|Carrières|Carreras|Carreiras)(?![\\w-])[^\\n\\w]*(?:\\n|$)`,
          'g',
        ),
    ),
    ['Careers', 'Carriere', 'Carrières', 'Carreras', 'Carreiras'],
  ],
  // (After a bullet, a bold mark or an emoji: "🏢 Client: Brightgate Realty Group".)
  [
    0,
    new RegExp(
      `(?:^|\\n)[^\\n\\w:]*(?:Company|Employer|Client|Organi[sz]ation|Hiring company|Property|Hotel|Empresa|Unternehmen|Arbeitgeber|Entreprise|Société|Azienda|Werkgever|Bedrijf|Företag|Arbetsgivare)\\s*:\\s*\\**\\s*(?:it['’]s |it is )?(${NAME})`,
      'g',
    ),
  ],
  // The employer's label in more languages, looked for only in a text that holds one of them.
  [
    0,
    builtOnce(
      () =>
        new RegExp(
          `(?:^|\\n)[ \\t*•_-]*(?:Entidade(?: empregadora)?|Empregador|Empleador|Employeur|Datore di lavoro|Arbejdsgiver|Arbeidsgiver|Työnantaja|Pracodawca|Zaměstnavatel|Zamestnávateľ|Poslodavac|Munkáltató|Angajator|Darbdavys)\\s*:\\s*\\**\\s*(${NAME})`,
          'g',
        ),
    ),
    [
      'Entidade',
      'Empregador',
      'Empleador',
      'Employeur',
      'Datore',
      'giver',
      'Työnantaja',
      'Pracodawca',
      'Zam',
      'Poslodavac',
      'Munkáltató',
      'Angajator',
      'Darbdavys',
    ],
  ],
  [
    1,
    new RegExp(
      `\\b(?:recruit|recruiting|hire|hiring|Hiring|Recruiting|searching|headhunting|headhunt|sourcing|looking|filling)\\s+(?:on behalf of|for)\\s+(?:my client\\s*,?\\s*)?(?:the\\s+)?(${NAME})`,
      'g',
    ),
  ],
  [
    1,
    builtOnce(
      () =>
        new RegExp(
          `\\b(?:on behalf of|partnered with|partnering with|exclusively with|retained by|(?:I(?:'m| am)|I've been|we(?:'re| are)|currently)\\s+(?:currently\\s+)?working (?:closely )?with)\\s+(?:my client\\s*,?\\s*|our client\\s*,?\\s*)?(?:the\\s+)?(?:board (?:of directors )?of\\s+)?(${NAME})`,
          'g',
        ),
    ),
    // (Run only where the message holds one of its words.)
    // (And through a firm's board, which retains a search for the firm: "retained by the board of Corvane Freight".)
    ['behalf', 'partner', 'exclusively', 'retained', 'working'],
  ],
  // A firm and its branch on a line of their own, in Portuguese and Spanish: "📍 *Conecta Atende* – Unidade Santo Amaro
  // (SP)", "Farmacias Lumen – Sucursal Providencia".
  [
    3,
    builtOnce(
      () =>
        new RegExp(
          `(?:^|\\n)[^\\S\\n]*(?:[^\\s\\w*]{1,3}\\s*)?\\*?(?!(?:Vagas?|Vacantes?|Empleo|Emprego)\\b)(${NAME})\\*?\\s*[–—-]\\s*(?:Unidade|Unidad|Filial|Sucursal|Agência) \\p{Lu}`,
          'gu',
        ),
    ),
    ['Unidade', 'Unidad', 'Filial', 'Sucursal', 'Agência'],
  ],
  // A client described, then named between dashes: "for one of the UK's larger building societies – Fernhollow Building
  // Society – who are moving …".
  [
    1,
    builtOnce(
      () =>
        new RegExp(
          `\\bone of (?:the |our )?[^–—\\n]{0,50}?(?:banks|building societies|insurers|retailers|firms|companies|groups|lenders|hospitals|brands|manufacturers|operators|providers|utilities|universities|charities|councils|clients) [–—] (${NAME}) [–—,]`,
          'g',
        ),
    ),
    ['one of'],
  ],
  // A hiring platform's intro in the employer's name: "Kestrel Labs wants to chat with you!".
  [
    2,
    builtOnce(
      () =>
        new RegExp(
          `(?:^|\\n)[^\\S\\n]*(${NAME}) (?:wants|would like) to (?:chat|talk|connect|speak) with you[!.]?[^\\S\\n]*(?=\\n|$)`,
          'g',
        ),
    ),
    ['to chat with you', 'to talk with you', 'to connect with you', 'to speak with you'],
  ],
  // The client named as such: "Our client St. Aldric Medical Center in Sacramento needs …".
  // (Not a capitalised word starting a sentence about the client, "Our client Senior leadership loved …": "Senior" is
  // no name.)
  [1, builtOnce(() => new RegExp(`\\b(?:[Oo]ur|[Mm]y) client,?\\s+(?:the\\s+)?(${NAME})(?![\\w&'’-])`, 'g')), ['client']],
  // The client named in a sentence of its own: "That client is Pennant Bank, a challenger bank".
  [
    1,
    builtOnce(() => new RegExp(`\\b(?:[Tt]hat|[Tt]he|[Mm]y|[Oo]ur) client (?:here )?is (?:the )?(${NAME})(?![\\w&'’-])`, 'g')),
    ['client is'],
  ],
  // A contract with the client, its length or kind in brackets between: "a 6-month contract (extendable) with Aurelian Pharma
  // for an SAP BTP Integration Consultant".
  [
    2,
    // (Only a contract's terms in the brackets, "(extendable)", "(6 months, outside IR35)": not a call's, "the role (15
    // mins) with James"; nor what comes with it, "with Immediate start", "with Day rate of £450".)
    builtOnce(
      () =>
        new RegExp(
          `\\b(?:contract|role|position|requirement|assignment) \\((?=[^)\\n]{0,30}\\b(?:extendable|extension|renewable|rolling|months?|IR35|C2H|contract|initial|remote|hybrid|on-?site)\\b)[^)\\n]{1,40}\\)\\s+with\\s+(?:the\\s+)?(?!(?:Immediate|Excellent|ASAP|Possible|Potential|Option|Day|Competitive|Great|Good|Flexible|Full|Start|Attractive|Generous)\\b)(${NAME})`,
          'g',
        ),
    ),
    [') with'],
  ],
  // India's walk-in drives, by the employer that holds them: "Kavya Global Services is conducting WALK-IN DRIVE".
  [
    4,
    // (Not an organiser's: a job board, an employment exchange, a college's placement cell, a fair "for private companies".)
    builtOnce(
      () =>
        new RegExp(
          `(?<![\\w&'’-])(?!(?:Apna|Naukri|Indeed|Shine|Monster|foundit|WorkIndia|Hirect)\\b)(${NAME})(?<!Exchange|Office|Cell|College|University|Campus) (?:is|are) conducting (?:an? )?(?:walk-?in|WALK-?IN|recruitment|hiring|campus)(?![^.\\n]{0,60}\\b(?:for (?:private |various |multiple |top )?companies|with \\d+\\+? companies|challenge|hackathon|job fair|mela)\\b)`,
          'g',
        ),
    ),
    ['conducting'],
  ],
  // The same in Spanish, Portuguese, Italian and French: "Meu cliente é a Cooperativa Agrícola Vale do Ivaí", "Nuestro
  // cliente, Grupo Andino, busca …", "Notre client Maison Verlaine". (Not "es una empresa líder": no name.)
  [
    1,
    builtOnce(
      () =>
        new RegExp(
          `\\b(?:[Mm]i|[Nn]uestro|[Mm]eu|[Nn]osso|[Ii]l (?:mio|nostro)|[Mm]on|[Nn]otre) client[e]?,?\\s+(?:(?:es|é|è|est)\\s+)?(?:(?:a|o|la|el|l['’])\\s*)?(${NAME}(?: (?:do|da|dos|das|del|della|di|du|des) ${WORD}(?: ${WORD})?)?)(?![\\w&'’-])`,
          'g',
        ),
    ),
    ['cliente', 'mon client', 'notre client'],
  ],
  // An agency hiring for a firm it then describes, in Spanish and Portuguese: "Estamos contratando *SDRs* para Brightloop,
  // un SaaS de logística de Austin". (The description after the comma says the name is a firm's: not "para Bogotá".)
  [
    1,
    builtOnce(
      () =>
        new RegExp(
          `\\b(?:contratando|buscando|reclutando|seleccionando|recrutando|procurando|contratamos|buscamos|recrutamos)\\b[^.\\n]{0,120}? para (?:a |o |la |el )?(${NAME}), (?:un|una|um|uma) `,
          'g',
        ),
    ),
    ['contratando', 'buscando', 'reclutando', 'seleccionando', 'recrutando', 'procurando', 'contratamos', 'buscamos', 'recrutamos'],
  ],
  // A hiring call that names who hires and where, opening its line: "HIRING NOW! Bayani Connect Solutions - Makati".
  [
    2,
    builtOnce(
      () =>
        new RegExp(
          `(?:^|\\n)[^\\S\\n]*(?:[Nn]ow [Hh]iring|NOW HIRING|HIRING(?: NOW)?|[Ww]e(?:'re|’re| are) [Hh]iring|WE(?:'RE| ARE) HIRING)!+[^\\S\\n]+(${NAME})[^\\S\\n]+[-–—|][^\\S\\n]+\\S`,
          'g',
        ),
    ),
    // (Its shout's own words: "hiring" alone is in most messages, and this pattern is a long one.)
    ['hiring!', 'Hiring!', 'HIRING!', 'iring now!', 'IRING NOW!', 'OW HIRING!', 'ow hiring!', 'ow Hiring!'],
  ],
  // The same in Dutch: "Voor onze opdrachtgever Hofstede Installatietechniek in Nieuwegein zoeken wij …". (Its hints
  // without their first letter, which may be a capital.)
  [
    1,
    builtOnce(() => new RegExp(`\\b(?:[Oo]nze|[Mm]ijn) (?:klant|opdrachtgever),?\\s+(${NAME})(?![\\w&'’-])`, 'g')),
    ['nze klant', 'nze opdrachtgever', 'ijn klant', 'ijn opdrachtgever'],
  ],
  // An agency at work for a named employer: "I'm helping Oakhurst build out their team", "supporting Carrow Pharma on a role".
  [
    1,
    builtOnce(
      () =>
        new RegExp(
          `\\b(?:helping|supporting|assisting|representing|partnering with)\\s+(?:the\\s+)?(${NAME})(?:,[^,\\n]{3,80},)?\\s+(?:to\\s+)?(?:build|hire|grow|find|scale|fill|recruit|expand|staff|with|on|in|as|for)\\b`,
          'g',
        ),
    ),
    ['helping', 'supporting', 'assisting', 'representing', 'partnering'],
  ],
  // The writer's title and workplace in Spanish and Portuguese: "soy Gerente de Exploraciones en Minera Cordillera Azul",
  // "sou Diretora de Operações na Vale Verde Alimentos". (A title in capitals: not "soy reclutador en Bogotá".)
  [
    2,
    builtOnce(
      () =>
        new RegExp(
          `\\b[Ss](?:oy|ou) (?:el |la |o |a )?[A-ZÁÉÍÓÚ][\\p{L}/]+(?: (?:de|del|da|do|y|e|[A-ZÁÉÍÓÚ][\\p{L}/]+)){0,5} (?:en|na|no) (?:la |el )?(${NAME})`,
          'gu',
        ),
    ),
    ['soy ', 'Soy ', 'sou ', 'Sou '],
  ],
  // The writer's new workplace: "I've moved over to Kelpie Asset Management (the Haymarket lot) and I'm hiring", "I've
  // just joined Tallis Robotics as CTO".
  [2, JOINED_OR_MOVED_TO, ['moved', 'joined', 'started at', 'gone to']],
  // The writer's workplace "here at" it, in Portuguese, named by its kind (a street or a town is said so too, "aqui na
  // Faria Lima", "aqui em Santa Maria"): "O meu chefe aqui na Cerâmica Vale do Vouga anda à procura de".
  [
    2,
    builtOnce(
      () =>
        new RegExp(
          `\\b(?:aqui|cá) n[ao] ((?:Cerâmica|Construtora|Transportadora|Cooperativa|Fazenda|Banco|Hospital|Clínica|Empresa|Indústria|Indústrias|Grupo|Farmácia|Metalúrgica|Agropecuária|Supermercado|Laboratório|Fábrica|Padaria|Loja|Lojas|Escritório) ${NAME})`,
          'g',
        ),
    ),
    ['aqui n', 'cá n'],
  ],
  // A job named with its employer: "a DevOps Engineer contract with Severnside Water", "an opening for Quay Labs", "a
  // live brief from Tallowrock Minerals", "a 6 month contract w/ Lumio Pay", "Chief Officer position again for Aegean Star
  // Maritime", a crew's "new series for Southerly Pictures".
  [
    2,
    new RegExp(
      `\\b(?:contract|role|roles(?=\\s+(?:with|at)\\s)|position|opening|vacancy|assignment|requirement|opportunity|job|post|search|mandate|brief|gig|series|film)(?: again)?\\s+(?:with|at|for|from|w/)\\s+(?:the\\s+)?(${NAME})`,
      'g',
    ),
  ],
  // The writer's own small business, named: "I run a studio called Larchmont Cartography".
  [
    2,
    builtOnce(
      () =>
        new RegExp(
          `\\b(?:company|studio|startup|start-up|firm|business|agency|shop|consultancy|lab|practice|team|co-op|cooperative|nonprofit|non-profit|charity)\\s+(?:called|named)\\s+(${NAME})`,
          'g',
        ),
    ),
    ['called', 'named'],
  ],
  [
    1,
    builtOnce(
      () =>
        new RegExp(
          `\\b(?:(?:[Mm]y|[Oo]ur) (?:[a-z]+ ){0,2}client|[Aa] client of (?:ours|mine))\\s*,?\\s+(${NAME})(?=\\s*(?:,|\\(|-|–|—|\\.|@|\\b(?:is|are|has|have|who|needs|seeks|wants|would)\\b))`,
          'g',
        ),
    ),
    ['client'],
  ],
  // "Greetings from the Rift Valley Policy Institute (RVPI)": the writer's organisation, unless an agency.
  [
    3,
    // Only a name that says it is an organisation: "Greetings from Cornwall!" is a place.
    () =>
      /\b(?:[Gg]reetings|[Hh]ello|[Ss]aludos|[Gg]rüße) from (?:the )?((?:[A-Z][\w'’&-]*[ ]){0,4}(?:Institute|University|College|School|Council|Bank|Group|Hospital|Clinic|Trust|Foundation|Agency|Authority|Ministry|Company|Corporation|Labs?|Studios?|Systems|Technologies|Solutions|Partners|Ltd|Inc|LLC|GmbH|AG|Plc|PLC)(?![\w'’&-])(?:[ ][A-Z][\w'’&-]*){0,3})/g,
    ['reetings from', 'ello from', 'from the'],
  ],
  // The writer's own title at the employer, in the other languages: "sou diretora de tecnologia da Capivara Forge".
  [
    2,
    builtOnce(
      () =>
        new RegExp(
          `\\b(?:[Ss]ou|[Ss]oy|[Ss]ono|[Jj]e suis|[Ii]ch bin|[Ii]k ben|[Jj]ag är|[Jj]eg er|er jeg|är jag|bin ich)\\s(?:[^.!?\\n]{0,40}?\\s)?(?:[sS]ocia|[sS]ocio|[sS]ócia|[sS]ócio|[dD]ueña|[dD]ueño|[pP]ropietaria|[pP]ropietario|[tT]itolare|[cC]hargée?|[uU]fficio|[rR]isorse [uU]mane|[rR]ecursos [hH]umanos|[rR]essources [hH]umaines|[rR]H|[hH]R|[dD]iretor|[dD]iretora|[dD]irector|[dD]irectora|[dD]irettore|[dD]irettrice|[dD]irecteur|[dD]irectrice|[gG]erente|[gG]estora?|[cC]oordenadora?|[cC]oordinadora?|[rR]esponsable|[rR]esponsabile|[cC]TO|[cC]EO|[cC]OO|[fF]undador|[fF]undadora|[fF]ondatore|[fF]ondatrice|[fF]ondateur|[fF]ondatrice|[fF]ounder|[hH]ead|[lL]ead|[mM]anager|[rR]ecrutador|[rR]ecrutadora|[rR]eclutador|[rR]eclutadora|[rR]ecruteur|[rR]ecruteuse|[lL]eiter|[lL]eiterin|[gG]ründer|[gG]ründerin|[rR]ektor|[cC]hef|[jJ]efe|[jJ]efa)\\b[^.!?\\n]{0,30}?\\s(?:da|do|de|di|del|della|dell['’]|al|alla|allo|no|na|au sein (?:du|de la|de l['’]|des|de)|chez|bei der|bei|bij|på|hos)\\s*(?:la\\s+|el\\s+|der\\s+|l['’])?(${NAME})`,
          'g',
        ),
    ),
    [
      'sou ',
      'Sou ',
      'soy ',
      'Soy ',
      'sono ',
      'Sono ',
      'je suis',
      'Je suis',
      'ich bin',
      'Ich bin',
      'ik ben',
      'Ik ben',
      'jag är',
      'Jag är',
      'jeg er',
      'Jeg er',
      'er jeg',
      'är jag',
      'bin ich',
    ],
  ],
  // The same in Greek, a firm in Latin letters: "Ο Σταύρος είμαι, από το Aegli Bay Hotel στη Νάξο".
  [2, builtOnce(() => new RegExp(`είμαι,? (?:ο |η )?(?:\\S+ )?από (?:το|την|τη|τον) (${NAME})`, 'g')), ['είμαι']],
  // The same in Romanian: "Sunt Roxana de la Carpatica Logistic".
  [2, builtOnce(() => new RegExp(`\\b[Ss]unt [A-Z\\u00C0-\\u00DE][a-zăâîșț-]+ de la (${NAME})`, 'g')), ['unt ']],
  // The writer saying where they are from, in the Nordic languages: "Det er Mette fra Skovgaard Grossisten i Kolding", "det
  // er Henrik Holm fra Holm & Søn Tømrer og Snedker".
  [
    2,
    () =>
      /\b(?:[Dd]et er|[Dd]et är|[Dd]ette er|[Hh]er er|[Hh]är är) \p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+)? (?:fra|från) (\p{Lu}[\p{L}&'’-]*(?: (?:&|(?:og|och)(?= \p{Lu}[\p{L}&'’-]*(?:[.,!?]|$| (?!fra |från |på |hos |i )))|\p{Lu}[\p{L}&'’-]*)){1,5})/gu,
    ['et er ', 'et är ', 'ette er ', 'er er ', 'är är '],
  ],
  // A public body that announces a competition: "La Municipalidad de Los Quillayes informa …", "El Ayuntamiento de
  // Alcorcón convoca …", "A Prefeitura de Joinville comunica …".
  [
    2,
    () =>
      /(?:^|[.!?]\s+|\n)(?:La |El |A |O )?((?:Ilustre )?(?:Municipalidad|Intendencia|Alcaldía|Ayuntamiento|Gobernación|Prefeitura|Câmara Municipal|Diputación|Gobierno Regional) de (?:(?:Los|Las|La|El|del|de|la|do|da|dos|das) )?\p{Lu}[\p{L}-]+(?: (?:(?:de|del|de la|do|da) )?\p{Lu}[\p{L}-]+){0,2}) (?:informa|comunica|convoca|llama|abre|invita)/gu,
    ['informa', 'comunica', 'convoca', 'llama a', 'abre', 'invita'],
  ],
  // A Spanish or Portuguese writer's "I write to you from": "Te escribo de Cuotix, somos una fintech", "Le escribo desde
  // Grupo Alfa", "Te escrevo da Nuvem Pagamentos".
  [
    2,
    builtOnce(
      () =>
        new RegExp(
          `\\b(?:[Tt]e|[Ll]e|[Ll]es|[Vv]os|[Oo]s) (?:escribo|escribimos|contacto|contactamos|escrevo|escrevemos) (?:de(?:sde)?|del equipo de|da|do|de la) (${NAME})`,
          'g',
        ),
    ),
    ['escribo', 'escribimos', 'contacto', 'contactamos', 'escrevo', 'escrevemos'],
  ],
  // A job board's invitation from the employer: "Northgate Fulfillment invited you to apply", "… reviewed your resume".
  [
    2,
    builtOnce(
      () => new RegExp(`(?:^|\\n)(?:Subject:\\s*)?(${NAME}) (?:invited you to apply|reviewed your (?:resume|résumé|CV|profile))`, 'g'),
    ),
    ['invited you to apply', 'reviewed your'],
  ],
  // The firm a worker is put on the payroll of: "$34/hr W-2 through Ochoa Custom Builders", "paid through Harbor Staffing".
  [2, builtOnce(() => new RegExp(`\\b(?:W-?2|payroll|paid|employed|hired) (?:through|via) (${NAME})`, 'g')), [' through ', ' via ']],
  // A German sign-off from the employer's own team: "Ihr Recruiting-Team von Naturkost Sommerfeld", "Dein Personalteam
  // der Stadtwerke Ulm".
  [
    2,
    builtOnce(
      () =>
        new RegExp(
          `(?:^|\\n)[ \\t]*(?:Ihr|Ihre|Dein|Deine|Euer) (?:[A-Z][\\w-]*-)?(?:Team|Personalteam|Recruitingteam|Personalabteilung)(?: (?:von|der|des|bei))? (?!(?:Zukunft|Erfolg)\\b)(${NAME})`,
          'g',
        ),
    ),
    ['Ihr ', 'Ihre ', 'Dein ', 'Deine ', 'Euer '],
  ],
  // The writer's own HR team at the employer (its name set in a chat's bold too, "do RH da *Solaris Energia Solar*"):
  // "Aqui é a Fernanda, do RH da Grão Forte Alimentos", "soy Ana, de RRHH de
  // …", "je suis Claire, des RH de …", "sono Giulia, delle Risorse Umane di …", and a people team by its own name,
  // "do time de Gente & Gestão da Cooperativa Agrovale", "del equipo de Talento de …".
  [
    2,
    builtOnce(
      () =>
        new RegExp(
          `\\b(?:[Ss]ou|[Ss]oy|[Aa]qui é|(?:[Mm]eu )?[Nn]ome é|[Mm]e llamo|[Mm]i nombre es|[Jj]e suis|[Jj]e m['’]appelle|[Ss]ono|[Mm]i chiamo|[Ll]e escribe|[Tt]e escribe|[Ee]scribo)[\\s,][^.!?\\n]{0,60}?\\b(?:do|da|de|del|des|du|della|delle|dalle)\\s(?:RH|RRHH|recursos humanos|Recursos Humanos|ressources humaines|service RH|risorse umane|Risorse Umane|(?:time|equipe|equipo|área|area) de (?:Gente|Pessoas|Talentos?|Capital Humano|Gestão de Pessoas|Gestión de Personas|Personas)(?: (?:&|e|y) (?:Gestão|Gest[ãa]o|Cultura|Gente|Talentos?|Seleção|Selección))?)\\s(?:da|do|de|del|de la|di|della|dello)\\s(?!(?:Zona|Regi[oó]n|Regional|Delegaci[oó]n|[ÁA]rea|Divisi[oó]n|Departamento|Planta|Sede)\\b)\\*?(${NAME})`,
          'g',
        ),
    ),
    [
      ' RH ',
      'RRHH',
      'ecursos ',
      'essources ',
      'isorse ',
      ' de Gente',
      ' de Pessoas',
      ' de Talento',
      ' de Capital Humano',
      ' de Gest',
      ' de Personas',
    ],
  ],
  // A Turkish name takes its case ending after an apostrophe: "geçen yıl Tanal Otomotiv'e geçtim", "Demirsoy Otomotiv'de
  // çalışıyorum".
  [2, builtOnce(() => new RegExp(`(${NAME})(?=['’](?:e|a|ye|ya) geçtim|['’](?:de|da|te|ta) çalışıyor)`, 'g')), ['geçtim', 'çalışıyor']],
  // The writer's employer in the genitive, before their own title: "Lavanta Ev & Yaşam'ın Anadolu Yakası bölge müdürüyüm".
  [
    4.4,
    builtOnce(
      () =>
        new RegExp(
          `(${NAME})(?=['’](?:ın|in|un|ün|nın|nin|nun|nün) [^.\\n]{0,60}(?:müdürüyüm|sorumlusuyum|uzmanıyım|yöneticisiyim|çalışıyorum))`,
          'g',
        ),
    ),
    ['müdürüyüm', 'sorumlusuyum', 'uzmanıyım', 'yöneticisiyim', 'çalışıyorum'],
  ],
  // "job notifications from the Town of Crestholm".
  [
    2,
    builtOnce(() => new RegExp(`\\bjob (?:notifications|alerts|postings|updates) from (?:the )?(${NAME})`, 'g')),
    ['job notifications', 'job alerts', 'job postings', 'job updates'],
  ],
  // A German agency at work for a named employer: "Ich begleite aktuell die Bank Limmatquai AG ... bei der Besetzung".
  [
    1,
    builtOnce(
      () =>
        new RegExp(
          `\\b(?:begleite|unterstütze|berate)\\s+(?:ich\\s+)?(?:aktuell\\s+|derzeit\\s+|gerade\\s+)?(?:die|den|das)\\s+(${NAME})(?=[^.\\n]{0,200}\\bbei der Besetzung)`,
          'g',
        ),
    ),
    ['begleite', 'unterstütze', 'berate'],
  ],
  // A search firm helping its client, in the Romance languages: "j'accompagne actuellement le Groupe Verdalys",
  // "Estamos ayudando al Hotel Es Pinaret", "stiamo supportando Banca X"; or, in English, "recruiting for with X".
  [
    1,
    builtOnce(
      () =>
        new RegExp(
          `(?:\\b[Jj]['’]accompagne|\\b[Nn]ous accompagnons|\\b[Ee]st(?:amos|oy) (?:ayudando|apoyando|acompañando)|\\b[Ee]stamos ajudando|\\b[Ss]tiamo (?:supportando|aiutando|affiancando)|\\b(?:recruiting|hiring) for with)\\s+(?:actuellement\\s+|aujourd['’]hui\\s+)?(?:le |la |l['’]|les |al |a la |a |o |ao |la |il |lo |l['’])?(${NAME})`,
          'g',
        ),
    ),
    ['ccompagn', 'stamos', 'stoy', 'tiamo', 'for with'],
  ],
  // A Scandinavian state body, its second word in lower case: "Statens havnedirektorat", "Direktoratet for kystdata",
  // "Styrelsen for Dataforsyning".
  [
    2,
    () =>
      /(?<![A-Za-zæøåÆØÅ])((?:Statens [a-zæøå]{0,20}(?:direktorat|verk|vesen|tilsyn|senter|sentral|center|institutt|forvaltning|styrelse|myndighet|nämnd|kontor|vern|kommisjon)|Statens [a-zæøå]{4,}(?= (?:søker|söker|søger|rekrutterer))|(?:Direktoratet|Styrelsen) for [A-Za-zæøåÆØÅ]{4,}(?: og [a-zæøå]{4,})?))(?![a-zæøå])/g,
    ['Statens ', 'Direktoratet for ', 'Styrelsen for '],
  ],
  // The writer's own company, named after "in the company" in Czech, Slovak and Polish: "pracuji ve společnosti X".
  [
    2,
    builtOnce(() => new RegExp(`\\b(?:ve společnosti|v spoločnosti|w firmie|w spółce)\\s+(${NAME})`, 'g')),
    ['společnosti', 'spoločnosti', 'firmie', 'spółce'],
  ],
  // Or "of" or "for the company" in Polish, with its legal form as written: "do magazynu odzieżowego firmy Corvell Retail",
  // "w imieniu firmy Stalwit sp. z o.o.".
  [
    2,
    // (Only "for" or "to" the firm, or a workplace "of" it, and not after a current job, a client, a partner or a service:
    // "pracuje Pan dla firmy Comarch", "klientów firmy Orange", "urządzeń firmy Siemens", "dzwonię z firmy Hays".)
    builtOnce(
      () =>
        new RegExp(
          `(?<!(?:pracuj|pracował|pracowa|klient|partner|serwis|obsług)[^.\\n]{0,25})\\b(?:(?:dla|do) firmy|(?:magazynu|zakładu|fabryki|hali|sklepu|biura|centrum)(?: \\p{Ll}+)? firmy)\\s+((?:${NAME}) [Ss]p\\. z o\\.o\\.|${NAME}(?: s\\.r\\.o\\.| a\\.s\\.)?)`,
          'gu',
        ),
    ),
    ['firmy'],
  ],
  // A founding partner of the firm, in the Romance languages: "socia fondatrice dello Studio Legale Ferraris Bondi".
  [
    2,
    builtOnce(
      () =>
        new RegExp(
          `\\b(?:soci[oa] fondat(?:ore|rice)|fondat(?:ore|rice)|soci[oa]|cofondat(?:ore|rice)|socio fundador|socia fundadora|fundador[a]?|cofundador[a]?|associée? fondat(?:eur|rice)|fondat(?:eur|rice))\\s+(?:dello|della|del|dell['’]|di|de la|del|de l['’]|du|de|da|do)\\s+(${NAME})`,
          'g',
        ),
    ),
    ['fondat', 'fundador', 'socio', 'socia', 'associé'],
  ],
  // "The client is Fenmoor Building Society", "Nosso cliente é a Agroverde Cooperativa", "Unser Kunde ist die X GmbH".
  [
    1,
    builtOnce(
      () =>
        new RegExp(
          `(?:\\b(?:[Tt]he|[Mm]y|[Oo]ur) client is (?:the )?|\\b(?:[Nn]oss[oa] cliente é|[Nn]uestr[oa] cliente es|[Nn]otre client est|[Ii]l nostro cliente è|[Uu]nser Kunde ist|[Oo]nze klant is|(?:[Mm]on|[Nn]otre) (?:mandant|client),|[Nn]asz (?:partner|klient)|[Nn]aš (?:klijent|partner) je|[Nn]aša (?:klijentica|stranka) je) (?:(?:a|o|la|el|le|l['’]|il|die|der|das|de) )?)(${NAME}(?: (?:d\\.o\\.o\\.|d\\.d\\.|s\\.r\\.o\\.|a\\.s\\.))?)`,
          'g',
        ),
    ),
    [
      'client is',
      'cliente é',
      'cliente es',
      'client est',
      'cliente è',
      'kunde ist',
      'klant is',
      'mandant,',
      'client,',
      'asz partner',
      'asz klient',
      'klijent je',
      'partner je',
      'klijentica je',
      'stranka je',
    ],
  ],
  // A Portuguese caller naming their firm: "fala Rui Tavares da Metalúrgica Vouga, em Águeda".
  [
    2,
    builtOnce(
      () =>
        new RegExp(
          `\\b(?:[Ff]ala|[Aa]qui fala)(?: o| a)? [A-ZÀ-Þ][a-zà-ÿ]+(?: (?:d[aeo]s? )?[A-ZÀ-Þ][a-zà-ÿ]+){0,3},? d[ao] (${NAME})`,
          'g',
        ),
    ),
    ['ala '],
  ],
  // A Romanian employer that hires: "ContactBridge România angajează 40 de colegi noi".
  [
    2,
    builtOnce(() => new RegExp(`(${NAME})\\s+(?:angajează|angajeaza|recrutează|recruteaza)(?![\\w\\u00C0-\\u024F])`, 'g')),
    ['angaje', 'recrute'],
  ],
  // A manning agency's principal, the shipowner it crews for: "for our principal: KESTREL BULK SHIPPING PTE. LTD.".
  [
    1,
    builtOnce(
      () =>
        /\b(?:our|the|my) principal\s*[:,–-]?\s+((?:[A-Z][\w&'’-]*[ ]){1,5}(?:PTE\.? LTD\.?|Pte\.? Ltd\.?|LTD\.?|Ltd\.?|INC\.?|Inc\.?|S\.A\.|GmbH|A\/S|AS|B\.V\.|PLC|plc)|[A-Z][\w&'’-]*(?: [A-Z][\w&'’-]*){1,4})/g,
    ),
    ['principal'],
  ],
  // The client introduced by what it is: "Se trata de Lumbre Software, una empresa rosarina de ~80 personas", "Trata-se da
  // Agrovale, uma cooperativa …", "Si tratta di Ferri Logistica, un'azienda …".
  [
    1,
    builtOnce(
      () =>
        new RegExp(
          `\\b(?:[Ss]e trata de|[Tt]rata-se d[aeo]|[Ss]i tratta di)\\s+(?:(?:la|el|a|o)\\s+)?(${NAME})(?=,?\\s+(?:una?|uma|um|un['’])\\s*(?:empresa|compañía|compa[ñn]ia|startup|scale-?up|consultora|firma|fintech|cadena|cooperativa|organizaci[oó]n|organiza[çc][ãa]o|azienda|societ[àa]|rede|red|grupo|gruppo|multinacional|multinazionale)(?![a-zA-Z\\u00C0-\\u024F]))`,
          'g',
        ),
    ),
    ['trata', 'Trata', 'tratta'],
  ],
  // On behalf of a named employer, or "our client X", in the other languages: "de la part du Lycée International",
  // "På uppdrag av vår kund Lindhaga Vårdcentral", "im Auftrag der Brückner GmbH", "per conto di Rossi Spa".
  [
    1,
    [
      {
        hints: [
          'de la part',
          'pour le compte',
          'Auftrag',
          'namens',
          'per conto',
          'en nombre',
          'uppdrag',
          'vegne',
          'oppdrag',
          'opdrag',
          'recrutar para',
          'exklusiv für',
          'recrutando para',
          'reclutando para',
          'crutăm pentru',
          'ekrutuj',
          // Spanish "a search we are running for X": "un proceso que venimos gestionando para Compañía Minera Raura Alta".
          'gestionando para',
          'llevando para',
        ],
        pattern: builtOnce(
          () =>
            new RegExp(
              `(?:de la part|pour le compte) (?:du|de la|de l['’]|des|de|d['’])\\s*(${NAME})|\\b(?:im Auftrag (?:der|des|von)|namens|per conto (?:di|del|della)|en nombre de(?:l)?|på uppdrag av|på vegne af|på vegne av|oppdrag fra|uppdrag från|opdrag fra|(?:a recrutar|recrutando|reclutando) para (?:a|o|la|el)|exklusiv für (?:die|den|das)|[Rr]ecrutăm pentru|[Rr]ekrutuj(?:ę|emy) (?:do|dla)(?= \\S+ [A-Z\u0100-\u017F])|(?:venimos|estamos) (?:gestionando|llevando) para(?: la| el)?(?!\\s+(?:Latinoam[ée]rica|LATAM|Latam|Am[ée]rica|Centroam[ée]rica|Sudam[ée]rica|Europa|Espa[ñn]a|M[ée]xico|Chile|Per[úu]|Colombia|Argentina|Brasil|Uruguay|Paraguay|Bolivia|Ecuador|Venezuela)\\b))\\s+(${NAME})`,
              'g',
            ),
        ),
      },
      {
        hints: ['kund', 'klant', 'client', 'Kunden', 'klient', 'Klient', 'Mandant'],
        pattern: builtOnce(
          () =>
            new RegExp(
              `\\b(?:[Vv]år kund|[Vv]ores kunde|[Vv]år kunde|[Oo]nze klant|[Nn]otre client|[Nn]uestro cliente|[Ii]l nostro cliente|[Nn]oss[oa] cliente|unseres Kunden|unserem Kunden|unseren Kunden|unseren Mandanten|unserem Mandanten|[Nn]aszego [Kk]lienta|[Nn]asz klient|našeho klienta)(?:\\s*[,:–—-])?\\s+(?:der |die |das |de |het |la |le |l['’]|(?:společnosti|firmy|firma|la société|l['’]entreprise|la empresa|die Firma) )?(${NAME})`,
              'g',
            ),
        ),
      },
    ],
  ],
  // An agency at work for a named employer, in the other languages: "hjelper for tiden Vestlandet Fiskehelse AS med å
  // finne", "Ich begleite aktuell die Bank Limmatquai AG", "Jeg bistår bestyrelsen i Fjordhavn Shipping A/S", "une
  // recherche que je mène actuellement pour Vellane".
  [
    1,
    builtOnce(
      () =>
        new RegExp(
          `\\b(?:hjelper|hjälper|hjælper|bistår|begleite|begleiten|unterstütze|unterstützen|accompagne|accompagnons|assistons|ayudo a|ayudamos a|aiuto|aiutiamo|ajudo a|ajudamos a|(?:je )?mène(?: actuellement)? pour|conduisons(?: actuellement)? pour)\\s+(?:(?:for tiden|just nu|nu|aktuell|derzeit|gerade|actuellement|actualmente|attualmente|bestyrelsen i|styrelsen i|ledelsen i|ledningen i|die|den|das|la|le|l['’]|el|il|o|a)\\s+){0,2}(${NAME})`,
          'g',
        ),
    ),
    [
      'hjelper',
      'hjälper',
      'hjælper',
      'bistår',
      'begleite',
      'unterstütze',
      'accompagn',
      'assistons',
      'ayud',
      'aiut',
      'ajud',
      'mène',
      'conduisons',
    ],
  ],
  // One of several clients, or a client described, then named: "one of our key fintech clients, Quillstone Payments",
  // "Per un importante cliente del settore retail, Ortensia Casa (catena di arredo ...)".
  [
    1,
    builtOnce(
      () =>
        new RegExp(
          `(?:\\b[Oo]ne of (?:my|our) (?:[a-z-]+ ){0,3}clients|\\b(?:[Pp]er|[Pp]ara|[Pp]our) (?:un|um|une) (?:[a-zà-ÿ-]+ ){0,2}client[ea]?(?: (?:del|do|da|du|de la|dans le) (?:settore|setor|sector|secteur) [\\wà-ÿ-]+)?),\\s+(${NAME})(?=\\s*(?:[,.(]|\\s[-–—]\\s|$))`,
          'gm',
        ),
    ),
    ['lients', 'client'],
  ],
  // The employer's own line at the foot of a US posting: "The City of Marlow Springs is an Equal Opportunity Employer."
  // Not where a client is spoken of: then the footer is the agency's.
  [2, EQUAL_OPPORTUNITY_EMPLOYER, ['mployer']],
  // The client named in brackets or after a dash: "The client (Hollowbrook Insurance) is happy", "my client - Quay Labs -".
  [
    1,
    builtOnce(() => new RegExp(`\\b(?:[Tt]he|[Mm]y|[Oo]ur|[Tt]his) client\\s*(?:\\(\\s*|[-–—]\\s+)(${NAME})\\s*(?:\\)|[-–—,])`, 'g')),
    ['client'],
  ],
  // The writer's own title at the employer: "I'm a talent acquisition partner at Kattegat Wind Systems".
  [
    2,
    builtOnce(
      () =>
        new RegExp(
          `\\bI(?:'m| am) (?:the |a |an |one of the )?(?:[a-z-]{2,20} ){0,3}(?:recruiter|partner|manager|lead|director|engineer|scientist|designer|specialist|coordinator|head of [a-z ]{2,30}|VP of [a-z ]{2,30}|founder|co-founder)\\s+(?:at|for|here at)\\s+(${NAME})`,
          'g',
        ),
    ),
    ["I'm ", 'I am '],
  ],
  // The writer's own title or team at the employer ("I'm the CTO at X", "I lead the platform team at X"): the pattern
  // \\b(?:a|b|c)\\s+(?:at|for|of|here at)\\s+(NAME) as its alternatives, each run only when the text holds its words.
  [
    2,
    [
      {
        hints: ["I'm", 'I am'],
        pattern: builtOnce(
          () =>
            new RegExp(
              `\\bI(?:'m| am)(?: [A-Z][\\w'’-]{1,20}){0,2},? (?:now |currently )?(?:the |a |an |one of the )?(?:hiring manager|CTO|CEO|COO|founder|co-founder|cofounder|founders|co-founders|owner|VP[\\w ]{0,30}|[Hh]ead of[\\w ]{0,30}|[Dd]irector of[\\w ]{0,30}|engineering manager|(?:an? )?(?:engineering |software )?(?:manager|lead)[\\w ]{0,20}|(?:[a-z]{2,15} ){1,2}(?:manager|director|supervisor|chef|matron|principal)|tech lead|recruiter|in-house recruiter|talent partner|technical recruiter)\\s+(?:at|for|of|here at)\\s+(${NAME})`,
              'g',
            ),
        ),
      },
      {
        // "co-founder and CTO of Parcelwright", "Ben here, founder of Larchmont", "This is Gary Pruitt, owner of Pruitt
        // Comfort Systems".
        // (An owner only as a clause's first word, or after "the", "and" or "co-": not a thing's, "the Platform Owner of
        // Workday at Harlow Group", "Risk Owner of Operational Resilience".)
        hints: ['founder', 'Founder', 'CEO', 'CTO', 'COO', 'CPO', 'owner of', 'Owner of'],
        pattern: builtOnce(
          () =>
            new RegExp(
              `\\b(?:[Cc]o-?founder|[Ff]ounder|CEO|CTO|COO|CPO|(?:(?<=(?:^|[,.;:!?(]\\s*|\\n|\\b(?:the|and|&|proud) ))|[Cc]o-)[Oo]wner(?= of (?![^\\n.,;]{1,60}?\\s(?:at|across)\\s)))(?: (?:and|&) (?:[Cc]o-?founder|[Ff]ounder|CEO|CTO|COO|CPO))? (?:of|at) (${NAME})`,
              'g',
            ),
        ),
      },
      {
        hints: ['I lead', 'I run', 'I manage', 'I head'],
        // (Its "at" before its "for" when that names a territory, two places or capitals: "I lead sales for India & SAARC at
        // Vyomika Cloud", "for EMEA at Stripe"; not a client, "I manage recruitment for Monzo at Hays".)
        pattern: builtOnce(
          () =>
            new RegExp(
              `\\bI (?:lead|run|manage|head)\\b(?:[\\w ]{0,30}? for (?:\\w+ (?:&|and) \\w+|[A-Z]{2,6}) at|[\\w ]{0,40}?\\s+(?:at|for|of|here at))\\s+(${NAME})`,
              'g',
            ),
        ),
      },
      {
        // A public body's supervisor: "I supervise the Hydraulics & Hydrology Section at the Federal Inland Navigation
        // Service".
        hints: ['I supervise'],
        pattern: builtOnce(
          () => new RegExp(`\\bI supervise\\b[\\w &]{0,40}?\\s+(?:at|for|of|here at)\\s+(?:the\\s+)?(${NAME})(?![\\w'’&-]| [a-z])`, 'g'),
        ),
      },
      {
        hints: ["I'm", 'I’m', 'I am'],
        pattern: builtOnce(
          () =>
            new RegExp(
              `\\bI(?:'m|’m| am) (?:now |currently )?(?:running|leading|managing|heading)\\b[\\w ]{0,40}?\\s+(?:at|for|of|here at)\\s+(${NAME})`,
              'g',
            ),
        ),
      },
    ],
  ],
  // The writer's own firm in Turkish, its name in the genitive before their title: "Ben Deniz, Mavi Kod Teknoloji'nin
  // kurucusuyum" (I am Mavi Kod Teknoloji's founder).
  [
    2,
    [
      {
        hints: ['kurucu', "CEO'su", "CTO'su", 'müdürüyüm', 'uzmanıyım'],
        pattern: builtOnce(
          () =>
            new RegExp(
              `(${NAME})['’](?:nin|nın|nun|nün|in|ın|un|ün) (?:kurucusuyum|kurucu ortağıyım|kurucularındanım|CEO'suyum|CTO'suyum|\\S+ müdürüyüm|\\S+ uzmanıyım)`,
              'gu',
            ),
        ),
      },
    ],
  ],
  // Where the writer works now, in a personal note: "I've been at Oakhurst for a year", "I'm now at Quay Labs", "join me at Vantablue".
  [
    2,
    new RegExp(
      `\\b(?:I(?:'ve|’ve| have) been (?:at|with)|I(?:'m|’m| am) (?:now |currently )?at|I(?:'m|’m| am) now with|I (?:recently |just )?(?:joined|moved to|started at|moved over to)|[Jj]oin me (?:over )?at|come (?:and )?(?:join|work with) (?:me|us) at|we(?:'re|’re| are) (?:now )?hiring (?:over )?at)\\s+(?:the\\s+)?(${NAME})`,
      'g',
    ),
  ],
  // A job board's alert in the employer's name: "Marlow County has posted a new job that matches your job interest card".
  [
    3,
    [
      {
        hints: ['has posted', 'have posted', 'just posted'],
        pattern: builtOnce(
          () =>
            new RegExp(
              `(?:^|\\n)[^\\S\\n]*(${NAME}) (?:has|have) (?:just )?posted (?:a |an )?(?:new )?(?:job|position|opening|vacancy|role)s? that matches?\\b`,
              'g',
            ),
        ),
      },
    ],
  ],
  // "Join Quay Labs", "the team at Quay Labs": on one line, and not a link's path ("…example/join" above a signature).
  [
    3,
    new RegExp(
      `(?<!/)\\b(?:[Jj]oin|[Jj]oining|here at|we at|us at|team at|teams at|role at|position at|opening at|opportunity at|openings? at|roles? at|career at|work at|working at|engineering at|job at|hiring at)[ \\t]+(?:the[ \\t]+)?(${NAME})`,
      'g',
    ),
  ],
  [3, new RegExp(`(?:^|[.!?\\n]\\s*|,\\s*)(?:At\\s+)(${NAME}),?\\s+(?:we|our|you)\\b`, 'g')],
  // The same in the other languages: "En Almendral Solar buscamos ...", "Bei Kranich Logistik suchen wir ...", a name
  // with its joiner, "en Maderas del Litoral estamos buscando …" (behind its verbs' hints: no other message runs it), also with
  // what it is between commas: "En Aldebarán Sistemas, empresa líder en servicios gestionados, buscamos …".
  [
    3,
    builtOnce(
      () =>
        new RegExp(
          `(?:(?:^|[.!?\\n]\\s*)(?:En|Bei|Chez|Hos|Bij|Presso|Na|W|Em|På)|\\b(?:en|bei|chez|hos|bij|presso|na|em|på))\\s+\\*{0,2}(${NAME}(?: (?:del|de la|de los|de las|do|da|dos|das|di|della|du|des) ${WORD}(?: ${WORD}){0,2})?)\\*{0,2}(?:,[^,.!?\\n]{3,120},)?,?\\s+(?:buscamos|estamos buscando|suchen wir|nous recrutons|recrutons|nous recherchons|cerchiamo|stiamo cercando|söker vi|søger vi|søker vi|zoeken (?:we|wij)|szukamy|szukam|poszukujemy|procuramos|estamos a recrutar|estamos contratando|estamos a contratar|estamos (?:à|a) procura|estamos reclutando|estamos ampliando)`,
          'g',
        ),
    ),
    [
      'buscamos',
      'estamos buscando',
      'suchen wir',
      'recrutons',
      'recherchons',
      'cerchiamo',
      'cercando',
      'söker vi',
      'søger vi',
      'søker vi',
      'zoeken',
      'szukamy',
      'poszukujemy',
      'procuramos',
      'recrutar',
      // ("Na Atlântida Seguros estamos à procura …", "En **PagoÁgil** estamos contratando …".)
      'estamos contratando',
      'estamos a contratar',
      'procura',
      'estamos reclutando',
      'estamos ampliando',
    ],
  ],
  // The same with a verb of growing: "Na Sintraxis estamos a reforçar a equipa …", "En Nubia Pagos estamos reforzando …"
  // (not a place, a unit or a day that grows: see where it is run).
  [3, GROWING_AT, ['estamos a ', 'estamos refor', 'estamos cre', 'nous renfor', 'stiamo ']],
  [4, HIRING_NAME],
  // What the employer is, said of it as a sentence opens: "Kestrel Growth is Paris' fastest growing RevOps startup",
  // "Tallow Foods is a family-owned manufacturer". (Not an agency's: see where it is run.)
  [4, DESCRIBED_AS_A_FIRM, FIRM_KINDS_SAID],
  // Or said before it: "I'm hiring for one of Amsterdam's fastest-growing SaaS scale-ups, Flowtide (€45M ARR)".
  [4, ONE_OF_THEM_NAMED, ['one of ']],
  // Afrikaans: what the employer is, or that it grows, as a sentence opens ("Stoepkas is 'n Kaapse fintech wat …",
  // "Boland Snacks brei uit en ons soek …"); the writer's post at it ("Ek is die bedryfshoof by Wynland Bottelering",
  // "Talentverkryging by Stoepkas"); a recruiter's client, "Ek werk saam met Vaalrand Platinum en hulle is op soek na …".
  [
    4,
    builtOnce(
      () =>
        new RegExp(
          `(?:^|[.!?]\\s+|\\n)(?!${AFRIKAANS_PRONOUN})(${NAME}) (?:is 'n (?:[A-Za-zêëéôû-]+ ){0,3}(?:fintech|maatskappy|besigheid|onderneming|groep|firma|vervaardiger|verspreider|bank|handelaar|trust|organisasie)|brei uit)\\b|\\b(?:[Ee]k is die (?:[a-zêëéôû-]+ ){0,2}[a-zêëéôû-]+ (?:by|van)|[Ee]k is 'n (?:[a-zêëéôû-]+ ){0,2}[a-zêëéôû-]+ by|[Tt]alentverkryging by|[Ee]k werk (?:by|saam met)) (?!${AFRIKAANS_PRONOUN})(${NAME})(?![\\w\\u00C0-\\u024F])(?! en [A-Z\\u00C0-\\u00DE]| se )`,
          'g',
        ),
    ),
    [" is 'n ", ' brei uit', 'Ek is die ', "Ek is 'n ", 'alentverkryging by ', 'Ek werk ', 'ek werk '],
  ],
  [7, FRENCH_CLIENT_SEEKING, ['travaille avec ', 'collabore avec ']],
  // Spanish "we are X", and "X's NAME writes to you": "Somos *Andina Connect* y estamos contratando", "Le escribe Yamilette
  // de Conecta Caribe BPO". (Run only where their words are.)
  [
    4,
    builtOnce(
      () =>
        new RegExp(
          `(?:^|[\\s¡!])(?:Somos|somos) \\*{0,2}(${NAME})\\*{0,2}(?= y |, |\\. | —| -)|\\b(?:[Ll]e|[Tt]e|[Ll]es) (?:escribe|saluda) (?:[A-ZÁÉÍÓÚÑ][a-záéíóúñ]+ ){1,2}(?:de|desde) (?:la |el )?(${NAME})`,
          'g',
        ),
    ),
    ['omos ', 'escribe ', 'saluda '],
  ],
  // A name, perhaps in capitals and before its town, hiring in Serbian, Croatian or Bosnian: "TRANSKOP LOGISTIKA Subotica
  // zaposljava VOZACE C+E", "Bura Games zapošljava".
  [
    4,
    builtOnce(
      () =>
        new RegExp(
          // (Two words at least, and not after a preposition: not "HITNO zapošljava", "Restoran u centru Splita zapošljava", "Firma
          // iz Zagreba zapošljava".)
          `(?<![\\w\\u00C0-\\u024F])(?<!\\b(?:u|iz|na|za|od|kod|U|Iz|Na|Za|Od|Kod) )((?:[A-ZČĆŠŽĐ][A-ZČĆŠŽĐ0-9&.-]+ ){2,4}(?=(?:[A-ZČĆŠŽĐ][a-zčćšžđ]+ )?(?:zapošljava|zaposljava|zaposluje)\\b)|${WORD} ${WORD}(?: ${WORD}){0,2}(?= (?:zapošljava|zaposljava|zaposluje)\\b))`,
          'g',
        ),
    ),
    ['zapošljava', 'zaposljava', 'zaposluje'],
  ],
  // The organisation a chat belongs to, as Teams heads a chat or a channel's post: "Microsoft Teams · Brightwater
  // Distribution", "Straits Maritime Holdings > SG All Staff > #internal-mobility". (An internal message: its own employer.
  // Not the app's own panes, "Microsoft Teams · Chat".)
  [
    2,
    builtOnce(
      () =>
        new RegExp(
          `(?:^|\\n)[^\\S\\n]*(?:Microsoft Teams[^\\S\\n]*·[^\\S\\n]*(?!(?:Chat|Chats|Activity|Calendar|Calls|Files|Posts|Wiki|Planner|Meetings?)[^\\S\\n]*(?:\\n|$))(${NAME})[^\\S\\n]*(?:\\n|$)|Microsoft Teams[^\\S\\n]*\\n[^\\S\\n]*(${NAME})[^\\S\\n]+>[^\\S\\n]+)`,
          'g',
        ),
    ),
    ['Teams', ' > #'],
  ],
  // A writer's headline naming their organisation in Romanian, Ukrainian or Russian, "Talent Acquisition Partner la
  // Transilvania Code Works", "HR-менеджер у Sonatrix Labs"; Romanian "At X we are building", "La Transilvania Code Works
  // construim"; Ukrainian "I'm now at X", "Я тепер у Sonatrix Labs".
  [
    2,
    builtOnce(
      () =>
        new RegExp(
          `(?:^|\\n)[^\\S\\n]*(?:[\\p{L}-]+ ){0,4}(?:Partner|Recruiter|Manager|Lead|Specialist|Director|Consultant|Head|HR|HRBP|Рекрутер|рекрутер|Менеджер|менеджер|HR-менеджер|Рекрутерка|рекрутерка)(?: [\\p{L}-]+){0,3} (?:la|у|в) (${NAME})[^\\S\\n]*(?:\\n|$)|(?:^|[.!?]\\s+|\\n)La (${NAME}),? (?:construim|căutăm|cautam|angajăm|angajam|avem|suntem|lucrăm|lucram|recrutăm|recrutam|dezvoltăm|dezvoltam)(?![\\p{L}])|(?<![\\p{L}])[Яя] (?:тепер|зараз|вже)(?: працюю)? [ув] (${NAME})`,
          'gu',
        ),
    ),
    [' la ', 'La ', ' у ', ' в '],
  ],
  // A place of work written in Latin letters after Thai "at", its kind in its name, where the writer says they are or moved
  // there: "พี่ย้ายมาเป็น GM ที่ The Sarin Cove Resort Phuket แล้ว" (I moved to be GM at …); not "ที่เคยทำงานกับคุณที่ …",
  // where someone used to work with the reader.
  [
    2,
    builtOnce(
      () =>
        new RegExp(
          `(?<!คุณ)(?:เป็น|ย้ายมา)(?:(?!เคย)[^\\n]){0,24}?ที่\\s?((?:The )?[A-Z][\\w&'’-]*(?: [A-Z][\\w&'’-]*){0,2} (?:Resort|Hotel|Hospital|Clinic|School|University|Bank|Group|Labs|Technologies|Solutions|Logistics)(?: [A-Z][\\w&'’-]*){0,2})`,
          'g',
        ),
    ),
    ['ที่'],
  ],
  // The employer a reply thanks the reader for their interest in: "Thank you for your interest in ValueWay Stores!".
  [
    2,
    builtOnce(
      () =>
        new RegExp(
          `\\b(?:[Yy]our|for the) interest in (?:joining |working (?:at|for|with) )?(?:the )?(${NAME})(?![\\w&'’-])(?! (?:roles?|positions?|jobs?|openings?|opportunities|team)\\b)`,
          'g',
        ),
    ),
    ['interest in'],
  ],
  // The writer's own firm, described and then named in brackets: "we're a 9-person shop in Calgary (Mehta Dufresne Chartered
  // Professional Accountants)".
  [
    1,
    builtOnce(
      () =>
        new RegExp(
          `\\b[Ww]e(?:['’]re| are) an? [^.\\n()]{0,40}?\\b(?:shop|firm|practice|company|business|agency|studio|clinic|office|outfit|startup|start-up)\\b[^.\\n()]{0,30}\\((?![^)]*(?:\\d|\\bPartner\\)))(${NAME})\\)`,
          'g',
        ),
    ),
    ["we're a", 'we’re a', 'we are a'],
  ],
  // The client an agency speaks for, by what it lets the agency do: "Maplestone General Insurance has authorized me to share",
  // "Halden Foods has asked us to find".
  [
    1,
    builtOnce(() => new RegExp(`(?<![\\w'’])(${NAME}) has (?:authori[sz]ed|engaged|retained|mandated) (?:me|us)\\b`, 'g')),
    [' has authori', ' has asked me', ' has asked us', ' has engaged', ' has retained', ' has mandated', ' has appointed'],
  ],
  // A Nordic employer hiring with its kind in lower case after its name, or its town after it: "Solbakken omsorgssenter i
  // Vadsø søker sykepleiere", "Vätterns Logistikcenter i Jönköping söker lagerarbetare". (One word alone is as often the
  // sentence's opener, "Därför söker".)
  [
    4,
    builtOnce(
      () =>
        new RegExp(
          `(?<![\\p{L}])(\\p{Lu}[\\p{L}-]+(?:(?: \\p{Lu}[\\p{L}-]+){1,3}(?: (?:${NORDIC_KINDS}))?| (?:${NORDIC_KINDS}))|\\p{Lu}[\\p{L}-]+(?= i \\p{Lu}))(?: i \\p{Lu}[\\p{L}-]+)? (?:søker|söker|søger)(?! (?:vi|jeg|jag|du|dig|deg)(?![\\p{L}]))`,
          'gu',
        ),
    ),
    ['søker', 'söker', 'søger'],
  ],
  // The writer "from X here", the organisation before "here": "Gidday Ben, Mike from Kōwhai Build here."
  [
    2,
    builtOnce(
      () =>
        new RegExp(
          `(?:^|[,.!?]\\s+|\\n)[A-Z][a-z]{1,20}(?: [A-Z][a-z]{1,20})? (?:from|at|with) (?:the )?(${NAME}) here(?=[.,!;:]|\\s[-–—])`,
          'g',
        ),
    ),
    [' here.', ' here,', ' here!', ' here -', ' here –', ' here —', ' here;', ' here:'],
  ],
  // The writer naming themselves "de" their organisation (see WRITER_OF_ORGANISATION).
  [
    2,
    WRITER_OF_ORGANISATION,
    [
      "c'est ",
      'c’est ',
      "C'est ",
      'C’est ',
      'je suis ',
      'Je suis ',
      'soy ',
      'Soy ',
      'sou ',
      'Sou ',
      'sono ',
      'Sono ',
      'Ici ',
      'ici ',
      'ier ist ',
      'qui é ',
    ],
  ],
  // A shop's or a restaurant's manager writing, in French, after their name or "je suis": "c'est Louis Pelletier, gérant du
  // Marché Lafleur de Rimouski". (Not a title's own words, "un Gérant de Portefeuille", "Gérant de Territoire"; nor a
  // director "des Risques", who heads a department.)
  [
    2,
    builtOnce(() => new RegExp(`(?:, |\\bje suis (?:le |la |l['’])?)[Gg]érante? (?:du|de la|de l['’]|des|chez) (${NAME})`, 'gu')),
    ['gérant', 'Gérant'],
  ],
  // The same in Italian and Portuguese, by their words alone: "SUPERMERCATI GIRASOLE cerca ADDETTI/E VENDITA", "Lojas
  // Miranda contrata vendedores". (Not Spanish "cerca de", near; nor one that seeks for another, an agency: "cerca per
  // importante azienda".)
  [
    4,
    builtOnce(
      () =>
        new RegExp(
          // (A name of two words or more, not a described firm's, "Importante Gruppo Bancario", "Nostra Azienda"; the job
          // after the verb capitalised or a plural: not a person's errand, "Paola cerca un idraulico", "Giulia cerca lavoro",
          // nor a place "cerca del metro"; a count before the job, "cerca 20 infermieri/e"; and what the name is between
          // commas, "Zorggroep De Lindehof, con 14 strutture per anziani, cerca …".)
          `(?<![\\w'’])(?:Il |La |Lo |L['’]|I |Le |Gli |A |O |As |Os )?((?<!\\b(?:Grande|Importante|Prestigiosa|Nostra|Nuestra|Nossa|Primaria|Leading) )(?!(?:Grande|Importante|Prestigiosa|Nostra|Nuestra|Nossa|Primaria|Leading|Azienda|Empresa|Società)\\b)(?=\\S+ [A-ZÀ-Þ])${NAME})(?:, (?:con|azienda|società|gruppo|leader|realtà|catena|struttura|presente) [^,.!?\\n]{3,120},)?\\*? (?:cerca(?! (?:de|del|al|a|casa|lavoro|trabajo)\\b)|contrata)(?! (?:(?:urgentemente|subito|sempre|siempre) )?(?:per|para|pour)\\b)(?= (?:(?:urgentemente|subito|ya|já) )?(?:\\d{1,3} )?(?:[A-ZÀ-Þ]|[a-zà-ÿ]+(?:i|e|es|os|as|ores)\\b))`,
          'g',
        ),
    ),
    [' cerca ', ' contrata '],
  ],
  // Roman Urdu's "X ko … ki zaroorat hai", X needs …: "Margalla Contact Solutions ko US healthcare campaign ke liye *Call
  // Center Agents* ki zaroorat hai."
  [
    3,
    // (A firm's name of two words or more and the jobs it needs "ke liye", for: not a person's need, "Sana ko aapki madad
    // ki zaroorat hai", nor "Hamari Company", our company; after a salutation's comma too.)
    builtOnce(
      () =>
        new RegExp(
          `(?:^|[.!?\\n]\\s*|,\\s+)((?!(?:Hamari|Humari|Hamara|Meri|Mera|Aap|Apni|Unki|Inki)\\b)(?=\\S+ [A-Z])${NAME}) ko [^.!?\\n]{0,80}?\\bke liye [^.!?\\n]{2,80}? ki (?:zaroorat|zarurat|zarorat) hai\\b`,
          'g',
        ),
    ),
    ['zaroorat hai', 'zarurat hai'],
  ],
  // The employer's label after a sentence of a text message, not at a line's start: "… ~8 wk job. Client: Gulfmark Refining."
  [0, builtOnce(() => new RegExp(`\\. (?:Client|Employer|Company): (${NAME})`, 'g')), ['. Client: ', '. Employer: ', '. Company: ']],
  // "We at X" in the Nordic languages, German, Dutch and French: "Vi i Tindra Grid bygger …", "Wir bei Kranich Logistik".
  // (Last: a name with its legal form, read elsewhere, is the fuller one.)
  [6, WE_AT_IN_OTHER_LANGUAGES, ['Vi i ', 'Vi på ', 'Vi hos ', 'Wir bei ', 'Wij bij ', 'Nous chez ']],
  // A formal notice's employer: "Nsuomnam Savings and Loans PLC wishes to fill the position of …", "… invites applications",
  // "Universiti Teknologi Seri Perdana (UTSP) invites staff referrals".
  [
    4,
    builtOnce(
      () =>
        new RegExp(
          `(?<![\\w'’])(${NAME})(?: \\([A-Z]{2,8}\\))? (?:wishes to (?:fill|recruit|appoint|hire|employ)|invites (?:staff )?(?:applications|referrals|nominations))\\b`,
          'g',
        ),
    ),
    ['wishes to', 'invites applications', 'invites staff', 'invites referrals', 'invites nominations'],
  ],
  // A job board's invitation from the employer, whose card then names it over its town: "Supermercados Ferrán te invita
  // a solicitar este empleo" and "Supermercados Ferrán – Zaragoza" (not a recruiter's own name, "María López te invita a
  // postular", with no card of hers).
  [
    4,
    builtOnce(
      () =>
        new RegExp(
          `(?<![\\w'’])(${NAME}) (?:invites you to apply|te invita a (?:solicitar|postular|aplicar)|vous invite à postuler|(?:te|o|a) convida a (?:se )?candidatar|ti invita a candidarti|lädt (?:Sie|dich) (?:ein|zur Bewerbung))\\b(?=[\\s\\S]{0,800}?\\n[ \\t]*\\1 [–—·|-] )`,
          'g',
        ),
    ),
    ['invites you to apply', 'te invita a', 'vous invite à', 'convida a', 'ti invita a', 'lädt Sie', 'lädt dich'],
  ],
  [
    4,
    new RegExp(
      `(?<![\\w'’])(${NAME})[’']s\\s+(?:engineering|platform|data|product|infrastructure|design|security|mobile|ML|AI|research|sales|backend|frontend|core)\\s+(?:team|org|group)`,
      'g',
    ),
  ],
  // "at" in French, German, Dutch, the Nordic languages and Greek: "Développeur chez Éditions Marceau", "Recruiterin bei der Kranich
  // Logistik GmbH", "στο Kalypso Bay Resort".
  [6, new RegExp(`(?:^|\\s)(?:chez|bei(?: der| dem)?|bij|hos|presso|på|στο|στην?)\\s+(${NAME})`, 'g')],
  // Dutch with its article: "bij het Zuiderzee Ziekenhuis". (Apart, run only where it is said.)
  [6, builtOnce(() => new RegExp(`(?:^|\\s)bij (?:het|de)\\s+(${NAME})`, 'g')), [' bij het ', ' bij de ']],
  // Polish "w" only before a name of two or more words: "w Kurierpol Systems", not a town's inflected name ("w Toruniu").
  [
    6,
    builtOnce(() => new RegExp(`(?:^|\\s)w\\s+(?=[A-Z\\u00C0-\\u00DE][\\w\\u00C0-\\u024F-]*\\s+[A-Z\\u00C0-\\u00DE&])(${NAME})`, 'g')),
    [' w '],
  ],
  [6, new RegExp(`\\bat\\s+(${NAME})(?=\\s*(?:[,.!?()]|$|\\s[-–—·•|]\\s|\\s(?:is|are|we|who|where|and|in|on|to|as|—|–)\\b))`, 'gm')],
];

// Words of a job board's alert, where a listing's employer may stand alone on its line.
export const JOB_ALERT_WORDS = [
  'job alert',
  'new job',
  'view job',
  'saved search',
  'jobs matching',
  'job matches',
  'matches your',
  'alert',
  'nowa oferta',
  'neue stelle',
  'nouvelle offre',
  'nieuwe vacature',
  'nuova offerta',
  'nuevo empleo',
  'nytt jobb',
  'työpaikkavahti',
  'nové nabídky',
  'ny jobannonce',
  // Slovak and Lithuanian alerts: "Nová ponuka pre Vás", "pagal jūsų prenumeratą … naują skelbimą".
  'nová ponuka',
  'upozornen',
  'prenumerat',
  'skelbim',
];
// A listing in a job alert: a title line, then its employer and place ("Banksia Electrical Services · Eagle Farm QLD 4009").
// Not a messaging app's "InMail · Sep 18" line: the place is no date. A rule of dashes between listings ("────") is no
// title line.
const LISTING = new RegExp(
  // The employer's line is looked at, not taken, so that it can be the next listing's title line too.
  `(?:^|\\n)((?![-─━═–—_=*~.·• \\t]*\\n)[^\\n]{3,80})(?=\\n[ \\t]*(${NAME}(?:[ ]${WORD}){0,3})(?:[ \\t]+[·•|–—-][ \\t]+(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.? \\d|\\d)[^\\n]{2,60}|[ \\t]*(?=\\n)))`,
  'g',
);

// The states and provinces written after a town: the United States, Canada and Australia.
const REGION_CODES = new Set(
  (
    'AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC ' +
    'AB BC MB NB NL NS NT NU ON PE QC SK YT NSW QLD VIC TAS ACT CDMX'
  ).split(' '),
);

// Nordic public bodies, their kind written in lower case after the name: "Hardangervik kommune", "Sjöviks sjukhus". A kind
// that names an employer by itself (KIND_AFTER), and a word that carries a name on (INSTITUTION_WORDS).
const NORDIC_PUBLIC_BODIES = [
  'kommune',
  'kommun',
  'fylkeskommune',
  'sykehus',
  'sjukhus',
  'sygehus',
  'universitet',
  'universitetet',
  'högskola',
  'högskolan',
  'høgskole',
  'høgskolen',
  'sjukhuset',
  'sykehuset',
  // Finnish, after the place's genitive: "Järvelän kaupunki", "Pohjanmaan hyvinvointialue".
  'kaupunki',
  'kunta',
  'hyvinvointialue',
  'yliopisto',
  'ammattikorkeakoulu',
  'sairaala',
];
const INSTITUTION_WORDS = new Set([
  ...NORDIC_PUBLIC_BODIES,
  ...'friskola skola skolan region regionen vårdcentral gymnasium förskola skole gemeente ziekenhuis hogeschool'.split(' '),
  ...NORDIC_KINDS.split('|'),
]);

// A country's code after a firm's name, not a province's or a state's after a town: "Tembusu Logistics (SG)" (not
// "Castel San Giovanni (PC)", "Joinville (SC)", "Markham (ON)"). None of them is an Italian province's.
const COUNTRY_AFTER_A_NAME = new Set('SG UK US AU NZ HK IN MY PH ZA AE IE JP KR TW TH ID VN DE DK EU'.split(' '));
/** Does `text` write `town` with a province's or a state's code after it: "Castel San Giovanni (PC)", "Joinville (SC)"? */
function withProvinceCode(text: string, town: string): boolean {
  const opening = `${town} (`;
  for (let at = text.indexOf(opening); at >= 0; at = text.indexOf(opening, at + 1)) {
    const code = text.slice(at + opening.length, at + opening.length + 3);
    if (code[2] === ')' && /^[A-Z]{2}$/.test(code.slice(0, 2)) && !COUNTRY_AFTER_A_NAME.has(code.slice(0, 2))) return true;
  }
  return false;
}

/** Where the sender says they are from: "I'm with X", "I work at X", "X Recruitment". */
const SENDER_ORG = new RegExp(
  `\\b(?:I(?:'m| am)(?: [A-Z][a-z]{1,20},?)? (?:with|from|at)|I work (?:at|for|with)|I(?:'m| am) (?:an? |the )?(?:[\\w-]{1,30} ){0,3}?(?:[Rr]ecruiter|[Rr]ecruitment [Cc]onsultant|[Tt]alent [Pp]artner|[Ss]ourcer|[Cc]onsultant)s? (?:at|with|for|from)|[Rr]ecruiter (?:at|with)|here at|from|[Tt]his is [A-Z]\\w{1,30} (?:with|w/|from|at))\\s+(?:the\\s+)?(${NAME})`,
  'g',
);
/**
 * The sender naming their own organisation, strictly: "I'm Laura from Kumonosu K.K.", "I work for Quay Labs", "Tony
 * Alvarez here, superintendent w/ Ridgeline Electric", and as a voicemail says it, "this is Keisha Broussard calling from
 * Patriot Shield Security Services".
 */
const SENDER_OWN_ORG = new RegExp(
  `\\b(?:I(?:'m| am)(?: [A-Z][a-z]{1,20},?)? (?:with|from)|I work (?:at|for)|(?:(?:[Tt]his is|[Ii]t['’]s) [A-Z][a-z]{1,20}\\.?(?: [A-Z][a-z]{1,20}){0,2}(?: calling)?|[A-Z][a-z]{1,20}(?: [A-Z][a-z]{1,20})? here(?:, [a-z]+(?: [a-z]+)?)?,?) (?:with|w/|from|at)|I own(?= \\S+(?: \\S+){0,3} (?:in\\b|here\\b|on [A-Z]\\w+ (?:Street|St|Road|Rd|Avenue|Ave|Lane|Square)\\b)))\\s+(?:the\\s+)?(${NAME})`,
  'g',
);
// See the sender's organisations: Spanish "(le) habla X de Y", the writer naming their firm as a call or a voice note does.
const SPOKEN_SELF_ROMANCE = builtOnce(
  // (At its clause's start, a person's name, not a language, "que habla Inglés de Negocios"; the firm, not a department,
  // "habla Laura de Selección", "de Capital Humano".)
  () =>
    new RegExp(
      `(?:^|[,.!¡;:]\\s*|\\n)(?:[Ll]e |[Tt]e )?[Hh]abla (?!(?:Inglés|Ingles|Alemán|Aleman|Portugués|Portugues|Francés|Frances|Italiano|Español|Espanol|Chino|Japonés|Japones)\\b)[A-ZÁÉÍÓÚÑ][a-záéíóúñ]{1,20}(?: [A-ZÁÉÍÓÚÑ][a-záéíóúñ]{1,20}){0,2} de (?!(?:Selección|Seleccion|Capital Humano|Personal|Nómina|Nomina|Administración|Administracion|Atención|Atencion|Recursos Humanos|RRHH|Talento|Reclutamiento|Gestión Humana|Gestion Humana|Talento Humano|Seguridad|Estados Unidos|Suiza|México|Mexico|Brasil|España|Espana)\\b)(${NAME})`,
    ),
);
// (Or a sentence of its own: "We're Lumenchain. Backed by …".)
const WE_ARE_NAME = builtOnce(() => new RegExp(`(?:^|[.!?]\\s+|\\n)We(?:'re|’re| are) (${NAME})(?:, (?:a|an|the)\\b|\\.(?= ))`, 'g'));
// The sentence after "We're X." that says what X does or has: "Backed by $40M", "Founded in 2019", "We build …".
const SAYS_WHAT_IT_DOES = () =>
  /^\s+(?:Backed|Founded|Since|Based|Headquartered|Built|Trusted|Started|Born|We (?:build|make|help|run|power|design|develop|are building|have raised|raised)|Our (?:platform|product|team|mission|customers|clients))\b/;
/** A word that ends "We're …." as a state, not a name: "We're Hiring.", "We are Back.". */
const WE_ARE_STATES = new Set(['Back', 'Live', 'Open', 'Here', 'Ready', 'Home', 'Remote', 'Hybrid', 'Global', 'Everywhere', 'Online']);
const weAreState = (name: string) =>
  WE_ARE_STATES.has(name) || (!name.includes(' ') && (name.endsWith('ing') || name.endsWith('ed') || name.endsWith('ly')));
// (And Romanian "placement agency", "Agenția de plasare Forța Muncii Vest SRL"; with its licence after it, "autorizație ITM".)
const AGENCY_BEFORE = [
  'agencja pracy ',
  'agencja zatrudnienia ',
  'agentura práce ',
  'personalagentur ',
  'agência de emprego ',
  'agenția de plasare ',
  'agenţia de plasare ',
  'agentia de plasare ',
  'agenție de plasare ',
  'agenția de recrutare ',
  'agentia de recrutare ',
];
/** Does the message call the name an employment agency, before it, or give its agency licence after it? By strings. */
function agencyBySaying(scan: string, name: string, at: number): boolean {
  const nameAt = scan.indexOf(name, at);
  if (nameAt < 0) return false;
  const before = scan.slice(Math.max(0, nameAt - 30), nameAt).toLowerCase();
  const after = scan.slice(nameAt + name.length, nameAt + name.length + 12);
  return (
    AGENCY_BEFORE.some((words) => before.endsWith(words)) ||
    after.startsWith(', KRAZ') ||
    after.startsWith(' (KRAZ') ||
    after.startsWith(', autoriza')
  );
}
const REFERRED_WORDS = [
  'gave me your',
  'passed your',
  'passed on your',
  'passed me your',
  'recommended you',
  'referred you',
  'suggested i ',
];
/** Is the name a referrer's workplace, said after their name and before what they did: "X at Y gave me your details"? */
function referrersWorkplace(scan: string, name: string, at: number): boolean {
  const nameAt = scan.indexOf(name, at);
  if (nameAt < 4 || scan.slice(nameAt - 4, nameAt) !== ' at ') return false;
  const after = scan.slice(nameAt + name.length, nameAt + name.length + 40).toLowerCase();
  if (!REFERRED_WORDS.some((words) => after.includes(words))) return false;
  // (The sentence between holds no verb of its own: "… at Nelson Hospital pharmacy gave me", not "… at Acme. She gave me".)
  const between = after.slice(0, after.indexOf(REFERRED_WORDS.find((words) => after.includes(words))!));
  // (Unless the referrer hires there: "… gave me your details – she leads the controls team there and asked me to find her
  // a Controls Engineer".)
  const sentence = scan
    .slice(nameAt, nameAt + 160)
    .split(/[.!?\n]/)[0]!
    .toLowerCase();
  if (sentence.includes(' there') || sentence.includes('asked me to find') || sentence.includes('hiring')) return false;
  return !/[.!?;\n]/.test(between) && /[A-Z][a-z]+ at $/.test(scan.slice(Math.max(0, nameAt - 30), nameAt));
}

// Legal forms written as abbreviations with a dot, the dot missing after a name.
const ABBREVIATED_FORMS = new Set(['LTD', 'Ltd', 'INC', 'Inc', 'CORP', 'Corp', 'BHD', 'Bhd', 'PTE', 'Pte']);
// A legal form of dotted capitals, its last dot missing: "S.C", "S.A", "A.Ş", "K.K".
const DOTTED_FORM_END = () => / \p{Lu}(?:\.\p{Lu})+$/u;
const CZECH_NAME_OPENING = () => /(?:^|[\n.:;] ?|^\s*)(\p{Lu}\p{Ll}+(?:ská|ský|ské|ní|ná|ný|cká|cký|cké) \p{Ll}+) $/u;
// The labels of a job board's table, read as a row's first word: "Department    Public Works – Utilities Division".
const TABLE_LABELS = new Set(['Department', 'Location', 'Division', 'Branch', 'Reference', 'Closing', 'Salary', 'Category', 'Grade']);
// Job boards, which greet their users by name: "Greetings from Naukri!".
const JOB_BOARDS = new Set(
  'naukri naukri.com naukrigulf indeed linkedin monster foundit shine timesjobs iimjobs apna jobstreet jobsdb seek bayt glassdoor ziprecruiter reed totaljobs stepstone xing infojobs computrabajo'.split(
    ' ',
  ),
);
const GREETINGS_FROM = builtOnce(
  () => new RegExp(`(?:^|\\n)[ \\t]*(?:Warm |Warmest |Season's )?[Gg]reetings from (?:[Tt]he )?(${NAME})`, 'g'),
);
// A client in the other languages, in the singular ("vår kund", not "våra kunder", which a product company says of its customers).
const ON_BEHALF_OF_OWN = () =>
  /\b[Oo]n behalf of (?:the|our) (?:(?:selection|interview|hiring|recruitment|search|appointments?) (?:panel|committee|team)|board|panel|committee|trustees|whole team|team|school|hospital|practice|partners)\b/g;
// (Not an outsourcer's own project for its customer: "join a project for a Scandinavian e-health client".)
const CLIENT_WORDS =
  /\b(?:(?:my|our) (?:[\w-]+ ){0,3}clients?|(?<!\bprojects? )(?:for|with) an? (?:[\w-]+ ){0,3}client\b|my client|our client|a client|direct client|end client|the client|client's|clients? of ours|on behalf of|partnered with|partnering with|retained by|exclusively with|im Auftrag (?:unseres|eines|meines|unserer) (?:[\w-]+ ){0,2}(?:End)?kunden|(?:Projekt|Auftrag|Vakanz|Position|Stelle) (?:unseres|eines|meines) (?:[\w-]+ ){0,2}(?:End)?[Kk]unden|(?:für|bei) (?:einen|einem|meinen|meinem|unseren|unserem) (?:[\w-]+ ){0,2}(?:End)?kunden?|notre client|(?:l['’])?un de nos clients|pour (?:le compte d['’])?un (?:[\w-]+ ){0,2}client|(?:onze|een) (?:[\w-]+ ){0,2}(?:klant|opdrachtgever)|(?:nuestro|nostro|nosso) cliente|(?:para|per) un (?:[\w-]+ ){0,2}cliente|cliente (?:nuestro|nostro)|para um (?:[\w-]+ ){0,2}cliente|(?:för|for) en (?:[\w-]+ ){0,2}kunde?|(?:vår|vores) kunde?|(?:nasz|naszego|dla) (?:[\w-]+ ){0,2}klient(?:a)?|(?:azienda|società|empresa|entreprise) cliente|Mandant(?:en)?|unser Kunde|bei der Besetzung)\b/i;
/** A word every match of CLIENT_WORDS holds (lower case: its letters are ASCII, so the case-insensitive pattern matches only these). */
const CLIENT_HINTS = [
  'client',
  'on behalf of',
  'partnered with',
  'partnering with',
  'retained by',
  'exclusively with',
  'kund',
  'klant',
  'opdrachtgever',
  'klient',
  'mandant',
  'besetzung',
];
// A client in Malay and Indonesian ("membantu klien kami"), and an employer described in Spanish and Italian ("busca para
// importante empresa del sector alimentos"): phrases looked up, lower case.
const CLIENT_PHRASES = [
  // A client in the Nordic languages: "har fått i oppdrag … til en kunde", "söker till vår kund".
  'til en kunde',
  'til vår kunde',
  'till en kund',
  'till vår kund',
  'for en kunde',
  'klien kami',
  'klien kita',
  'para importante empresa',
  'para una importante empresa',
  'para reconocida empresa',
  'para una reconocida empresa',
  'para empresa líder',
  'para una empresa líder',
  'per importante azienda',
  'per una importante azienda',
];
// An employer described instead of named, after "for": the writer is then an agency. ("Our biggest contract is with a
// major bank" is an in-house writer's customer.)
const DESCRIBED_EMPLOYER =
  /\bfor an? (?:leading|major|large|well-known|reputable|prestigious|renowned|top|fast-growing|established|award-winning) (?:[\w-]+ ){0,2}(?:retailer|company|firm|brand|group|bank|hospital|manufacturer|business|organi[sz]ation|employer|provider|operator|chain|MNC|client)\b/i;
const DESCRIBED_HINTS = [
  'a leading',
  'a major',
  'a large',
  'a well-known',
  'a reputable',
  'a prestigious',
  'a renowned',
  'a top',
  'a fast-growing',
  'an established',
  'an award-winning',
];
/** The writer hiring for their own organisation: "we're hiring", "our team", "join us", "I'm building out the … team". */
const OWN_HIRING = () =>
  /\bI(?:'m|’m| am) (?:building|growing|expanding) (?:out )?(?:the |my |our )?(?:[\w-]+ ){0,3}team\b|\bwe(?:'re|’re| are) (?:hiring|looking for|growing|building|expanding)\b|\b(?:join|on) our (?:[\w-]+ ){0,2}team\b|\bjoin us\b|\bfor our (?:[\w-]+ ){0,4}(?:role|position|opening)\b|\bwe(?:'re|’re| are) an? series [a-f]\b|\b[Ff]ür unser(?:e|en)? [\w-]*[Tt]eam\b|\b(?:notre|nuestro|nosso|il nostro|ons) (?:[\w-]+ ){0,2}(?:équipe|equipo|time|team)\b/i;
/** What an agency's own name is made of, when the sender says they are with it. */
const SENDER_AGENCY_WORDS = /\b(?:Partners|Consulting|Consultants|Contracts|Contracting|Associates|Advisors|Group Recruiting)\b/;
// A headline's mark of a former employer: "Ex-Glovo", "ex Cabify", "Former Stripe". (By strings, in their case: every
// headline's parts pass, and "Ex Libris", "Ex Machina Games" are names.)
const FORMER_MARKS = ['Ex-', 'ex-', 'EX-', 'ex ', 'Former ', 'former ', 'Formerly ', 'formerly ', 'Previously ', 'previously '];
/** Words of a title or a team, in a signature or a headline line ("Talent Acquisition, X"). */
const TEAM_WORDS =
  /\b(?:Talent(?: Acquisition)?|Recruit\w*|People(?: Team| Ops| Operations)?|HR|Human Resources|Founder|Co-?founder|Owner|CEO|CTO|COO|Partner|Sourcing)\b/i;
// A job fair's name before its host's, in the reader's languages.
const JOB_FAIRS = [
  'feira de emprego',
  'feria de empleo',
  'job fair',
  'career fair',
  'careers fair',
  "salon de l'emploi",
  'forum emploi',
  'jobmesse',
  'jobbmesse',
  'karrieremesse',
  'fiera del lavoro',
];
// A people team's name in the other languages, in a signature before its organisation: "Recursos Humanos – Hospital
// Particular da Foz", "Ressources Humaines · X", "Gente & Gestão – X". Strings: every titled line is looked at.
const HR_DEPARTMENTS = [
  'Recursos Humanos',
  'Ressources Humaines',
  'Risorse Umane',
  'Gente & Gestão',
  'Gestão de Pessoas',
  'Talento Humano',
  'Gestión Humana',
];
// Where a talk or an event is named: "your talk at Lisbon JS", "we met at PyCon".
// A public body called an agency, by its first word: "National Inland Waterways Agency", "Environment Agency".
const PUBLIC_AGENCY = () =>
  /^(?:The )?(?:National|Federal|State|Regional|European|Environment|Government|Civil|Public|Food|Health|Housing|Transport|Border|Defence|Defense)\b[\w ]*\bAgency$/;
// The Vietnamese words for a company, a hotel, a restaurant, a hospital and a bank, before a name.
const VIETNAMESE_KINDS = ['Công ty', 'CÔNG TY', 'Khách sạn', 'Nhà hàng', 'Bệnh viện', 'Ngân hàng'];
// Words after a name that make it a part of an organisation: " section", " team", " org".
const UNIT_AFTER = [' section', ' org ', ' org.', ' org,'];
// The same, said of a team's own name only (a name of department words): "the Platform team" (not "the Ocado team").
const TEAM_AFTER = [' team', ' unit', ' division'];
// Words of a team's name, beside those no employer's name is (NOT_COMPANY): "Platform & Infra", "Ads & Commerce".
const DEPARTMENT_WORDS = new Set([
  'Insights',
  'Evaluation',
  'Infra',
  'Ads',
  'Commerce',
  'Payments',
  'Cloud',
  'Core',
  'Mobile',
  'Web',
  'Trust',
  'Safety',
  'Identity',
  'Search',
  'Policy',
]);
// The first word of a region's name: "West Suburban Chicago", "Greater Manchester".
const COMPASS_WORDS = new Set([
  'North',
  'South',
  'East',
  'West',
  'Central',
  'Greater',
  'Upstate',
  'Downstate',
  'Northern',
  'Southern',
  'Eastern',
  'Western',
]);
// Words after a name that make it an event's: " mixer", " meetup", " conference".
// (Not " conference" nor " networking": "the Hilton conference center", "Meraki networking sales".)
const EVENT_AFTER = [' mixer', ' meetup', ' meet-up', ' summit', ' career fair', ' job fair', ' webinar'];
const EVENT_BEFORE =
  /\b(?:talk|talks|keynote|presentation|presented|spoke|speaking|session|conference|meetup|meet-up|panel|workshop|webinar|audience|event|hackathon|booth|met you|we met|saw you)\b[^.!?\n]{0,40}$/i;

// The titles of those who run an organisation, which the title nouns do not hold: "DG, Lumio Énergie".
const EXECUTIVE_TITLES = new Set([
  'CEO',
  'DG',
  'PDG',
  'Founder',
  'Co-founder',
  'Cofounder',
  'Fondateur',
  'Fondatrice',
  'Gründer',
  'Geschäftsführer',
  'Geschäftsführerin',
  'Managing Director',
  'Directeur Général',
  'Directrice Générale',
]);

const SCHOOL_KINDS = new Set(['Institute', 'University', 'College', 'School', 'Academy', 'Faculty']);
// The second field of a school or institute "of" two: "… of Science and Technology".
const SECOND_FIELD =
  /^ (?:and|&) (?:Technology|Science|Sciences|Arts|Engineering|Medicine|Design|Management|Commerce|Humanities|Research|Music|Drama|Education)\b/;

// (Not a contract's "with", which names the agency that employs a contractor as often: "a 6-month contract with Stackhire".)
const JOB_WITH_BEFORE = () => /\b(?:position|role|opening|vacancy|job|search|mandate)s? (?:with|for) (?:the )?$/;
/** Whether `text` names `name` after a job's words and "with" or "for": "a … position with Andes Copper Services". */
function namedAsTheJobs(text: string, name: string): boolean {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    const lead = text.slice(Math.max(0, at - 40), at);
    // (Not the agency's own: "the … position with Harwood Moore. Our client is …", "… with Harwood Moore placing you".)
    const after = text.slice(at + name.length, at + name.length + 60).split('\n\n')[0]!;
    if (compiled(JOB_WITH_BEFORE).test(lead) && !after.includes('client') && !after.includes('placing')) return true;
  }
  return false;
}

/**
 * Organisations named on a line of their own after a title: a signature's
 * "Talent Acquisition, Kumonosu K.K.", "— Dana Whitfield | Talent Partner,
 * Quay Labs", a headline's "Engineering Manager, Payments at Saffronpay".
 * `listing` marks a job list's line rather than a writer's ("📍 Prosjektingeniør
 * elkraft – Bergen"). `inSignature`: the message's signatures, whose lines are
 * the writer's.
 */

function titledLineOrgs(
  text: string,
  inSignature: Array<[number, number]>,
): Array<{ value: string; at: number; listing: boolean; placed: boolean }> {
  const out: Array<{ value: string; at: number; dashed: boolean; placed: boolean }> = [];
  // The titles of lines "title – name" outside the signatures, and the lines led by a bullet or a pictograph with a dash.
  const listed = new Set<string>();
  const listedNames = new Set<string>();
  let bulletedWithDash = 0;
  const lineRe = /^[^\n]{3,120}$/gm;
  for (const m of text.matchAll(compiled(lineRe))) {
    // A list's items are led by bullets or pictographs, each with a dash: "👉 *Chef de Rang (m/w/d)* – Serfaus". (A star
    // against the word is a chat's bold: "*Farmacêutico(a) Responsável Técnico* – Drogarias Bom Preço".)
    if (
      (m[0].includes(' – ') || m[0].includes(' - ') || m[0].includes(' — ')) &&
      /^[ \t>]*(?:[*•▪►▸➤→](?=\s)|\p{Extended_Pictographic})/u.test(m[0]) &&
      // (Not a labelled detail whose value holds a dash: "📍 Lokasyon: Maslak, İstanbul - Genel Müdürlük", "💰 Salary: 95.000 TL
      // - 120.000 TL".)
      !/:\s/.test(m[0].split(/ [-–—] /)[0]!)
    )
      bulletedWithDash++;
    const line = m[0].replace(/^[\s>*•·\-–—]+/, '').trim();
    // (A headline's tagline may end as a sentence does: "People Partner @ Kalemegdan Labs | We're hiring!".)
    const beforeBar = line.split(' | ')[0]!;
    const taglined = beforeBar !== line && /\s(?:at|@)\s/.test(beforeBar) && !/[.!?]$/.test(beforeBar);
    if (
      line.includes(':') ||
      (/[.!?]$/.test(line.replace(/(?:\b[A-Z]\.)+$|(?:Inc|Ltd|Co|Corp)\.$/, '')) && !taglined) ||
      line.split(/\s+/).length > 14
    )
      continue;
    // (The word for "at" a firm in other languages too: "Chargée de recrutement chez Numéria Conseil", Portuguese "Talent
    // Acquisition na Ipê Crédito" (not its "no", English's too: "CDL-A Drivers no Experience Required"); not "en", "em",
    // which are also "in" a field or a town: "Psicóloga especialista en Selección de Personal".)
    const parts = line
      .split(/\s*(?:\||·|•)\s*|,\s+|\s+(?:at|@|chez|bei|bij|presso|na)\s+(?=[A-Z\u00C0-\u00DE])|\s+[-–—]\s+/)
      // (Not a former employer the headline boasts of: "Directora de Ingeniería en Trazzo Logística | Ex-Glovo".)
      .filter((p) => p !== '' && !FORMER_MARKS.some((mark) => p.startsWith(mark)));
    if (parts.length < 2) continue;
    // A headline's tagline after a bar is no organisation; the one after "at" is: "Talent Acquisition Partner at Prairie
    // Energy Regulator | Public Service Careers", "Recruiter IT bij Brugwerk Recruitment | Java & Cloud".
    const atOrg = line.includes('|') ? /\s(?:at|@|bij|bei|chez|hos|presso|na)\s+([^|·•,]+?)\s*\|/.exec(line) : null;
    // (A place in a bracket after a name of several words is the job's, not the name's: "Export Manager – Cantine Colle
    // Aurelio (Langhe)"; an acronym is the name's own, "(WFP)"; a town's bracket, "Rīga (hibrīds)", keeps it no name.)
    const lastPart = atOrg ? atOrg[1]! : parts[parts.length - 1]!;
    // (A region after Portuguese "na" is none: "Recrutadora na Zona Sul | Vagas de Retalho".)
    if (line.includes(' na ') && NOT_A_FIRM_GROWING.has(lastPart.split(' ')[0]!)) continue;
    let last = !lastPart.endsWith(')') ? lastPart : lastPart.replace(/(?<=\S \S+) \(\p{Lu}\p{Ll}+(?:[ -]\p{L}\p{Ll}+){0,2}\)$/u, '');
    const placed = last !== lastPart;
    // "Title – employer, place": the employer's name ends in its kind's word, the place's does not ("Front Office Manager –
    // Carpați Resort & Spa, Poiana Brașov").
    if (!atOrg && parts.length >= 3 && line.endsWith(`, ${last}`)) {
      const named = parts[parts.length - 2]!;
      if (endsInKindWord(named) && !endsInKindWord(last)) last = named;
    }
    // "Title, employer – its office": an office or branch of the employer named before it ("HR & Admin Manager, Levant
    // Relief Alliance – Jordan Office"). (Not a town: "Front Office Manager – The Palm Grove, Goa" names a hotel's
    // name in part, the message its whole.)
    if (!atOrg && parts.length >= 3 && (last.endsWith(' Office') || last.endsWith(' Branch'))) {
      const named = parts[parts.length - 2]!;
      if (compiled(WHOLE_NAME).test(named) && !isKnownPlace(named)) last = named;
    }
    // (Brazil's "S/A", a legal form written with a slash, is no part of the name: "Usina Boa Safra S/A".)
    if (last.endsWith(' S/A')) last = last.slice(0, -4);
    const whole = compiled(WHOLE_NAME).exec(last) ?? (nameWithJoiners(last) ? [last] : null);
    // A line "title – name" is also a job list's item: "📍 Prosjektingeniør elkraft – Bergen", "Sous Chef – boutique inn,
    // Windermere". Counted whatever follows its dash (a town, a hotel described), as the list's shape is what tells.
    // (A list's item names a place or an employer after its dash, not a figure: not "the base is $140,000 - $160,000".)
    const lastDash = Math.max(line.lastIndexOf(' – '), line.lastIndexOf(' - '), line.lastIndexOf(' — '));
    const first = line.charAt(lastDash + 3);
    const figure = '$€£¥₹'.includes(first) || (first >= '0' && first <= '9' && /^\d{1,3}[,.]\d{3}/.test(line.slice(lastDash + 3)));
    const maybeDashed = !atOrg && lastDash > 0 && !figure;
    if (!whole && !maybeDashed) continue;
    // A title in English, a team, or a job's noun in another language: "Veri Platformu Müdürü, Derinsu Yazılım".
    const titledInEnglish = parts
      .slice(0, -1)
      .some(
        (p) =>
          compiled(TEAM_WORDS).test(p) ||
          HR_DEPARTMENTS.some((department) => p.includes(department)) ||
          rolePhrases(p).length > 0 ||
          EXECUTIVE_TITLES.has(p) ||
          (!/^[\x20-\x7e]*$/.test(p) && namesAnOccupation(p)),
      );
    // A recruiter's title in French, Spanish or Portuguese, before a name that is no place's: "Responsable RH – Fonderies du
    // Vexin", not "Chargée de recrutement – Île de France", "Reclutadora – Alcalá de Henares".
    const titled =
      titledInEnglish ||
      (parts.slice(0, -1).some(recruitsInOtherLanguages) &&
        !WELL_KNOWN_PLACE.has(caseFold(last)) &&
        (nameWithJoiners(last) || !/ (?:de|du|des|da|do|del|di|della) /.test(last)));
    if (!titled) continue;
    // (Checked after the title, which few lines have: most lines with a dash are no job's.)
    const dashed = maybeDashed && /\s[-–—]\s+[^-–—]*$/.test(line);
    const at = (m.index ?? 0) + m[0].lastIndexOf(last);
    // (Not a signature's line, in a signature or under a name alone on its line: "Jane Cole" over "Talent Partner – X".)
    const lineAbove = text.slice(text.lastIndexOf('\n', (m.index ?? 0) - 2) + 1, Math.max(0, (m.index ?? 0) - 1));
    if (dashed && !inSignature.some(([a, b]) => at >= a && at < b) && !compiled(PERSON_NAME_LINE).test(lineAbove)) {
      listed.add(parts.slice(0, -1).join(' '));
      listedNames.add(last);
    }
    if (whole && !deskOfFields(last)) out.push({ value: last, at, dashed, placed });
  }
  // Two titles or more, each with a dash and a name after it, or two bulleted lines with a dash, are a list of jobs, not a
  // writer's headline: the names are the jobs' places or employers, none of them the one employer.
  // (Not two titles naming one organisation: a recruiter's headline over the job's, "İşe Alım Uzmanı - Boğaziçi Katılım
  // Bankası" and "Kıdemli Backend Geliştirici - Boğaziçi Katılım Bankası".)
  const list = (listed.size >= 2 && listedNames.size >= 2) || bulletedWithDash >= 2;
  return out.map((org) => ({ value: org.value, at: org.at, listing: list && org.dashed, placed: org.placed }));
}

// The small words inside a name in the Romance languages: "Fonderies du Vexin", "Grupo Andino de Seguros". (Not
// NAME_JOINER's conjunctions, "et", "y", "e": a name joined by them is as often two places, "Belgique et Luxembourg".)
const ROMANCE_NAME_JOINERS = new Set(['du', 'des', 'de', 'la', 'del', 'do', 'da', 'dos', 'das', 'di', 'della']);
// The first words of Romance firms' names, their trade (mostly in the plural): "Fonderies du Vexin", "Conservas del
// Cantábrico", "Constructions Bélanger-Roy", "Farmácias Boa Saúde".
const ROMANCE_FIRM_FIRST_WORDS = new Set(
  'Fonderies Laiteries Conserveries Brasseries Ateliers Établissements Etablissements Chantiers Industries Éditions Editions Verreries Papeteries Conservas Talleres Industrias Confecciones Aceites Vinos Ediciones Indústrias Confecções Oficinas Fundições Officine Industrie Cantieri Fonderie Edizioni Constructions Construções Garage Farmácia Farmácias Farmacias Entreprise Ets Atelier Marché Supermarché Supermercado Supermercados Lojas Laboratoire Laboratorio Indústria'.split(
    ' ',
  ),
);
// The lower-case word a Romance name may hold after its kind: "Groupe financier Boréal", "Grupo asegurador Andino".
const KIND_ADJECTIVE_ENDINGS = ['ier', 'ière', 'iel', 'ielle', 'aire', 'ique', 'ero', 'era', 'ador', 'ario', 'aria', 'ico', 'ica'];
/**
 * A name of two to six words whose inner words are joiners ("Fonderies du Vexin") or, after a kind, one adjective
 * ("Groupe financier Boréal"): what `NAME`, which takes no lower-case word, misses. By words: it runs only where a
 * titled line's name failed `NAME`.
 */
function nameWithJoiners(name: string): boolean {
  const words = name.split(' ');
  if (words.length < 3 || words.length > 6) return false;
  // (Led by a kind or a firm's trade in the plural: "Fonderies du Vexin", "Conservas del Cantábrico"; not a region or a
  // town, "Bouches du Rhône", "Jerez de la Frontera", nor a desk, "Ventas y Operaciones".)
  if (!KIND_BEFORE.includes(words[0]!) && !ROMANCE_FIRM_FIRST_WORDS.has(words[0]!)) return false;
  if (!CAPITALISED.test(words[0]!) || !CAPITALISED.test(words[words.length - 1]!)) return false;
  return words
    .slice(1, -1)
    .every((word, i) => CAPITALISED.test(word) || ROMANCE_NAME_JOINERS.has(word) || (i === 0 && kindAdjective(words[0]!, word)));
}
/** `word` is a lower-case adjective after a Romance name's kind: "financier" of "Groupe financier Boréal". */
function kindAdjective(kind: string, word: string): boolean {
  return (
    word.length > 4 && word === word.toLowerCase() && KIND_ADJECTIVE_ENDINGS.some((end) => word.endsWith(end)) && KIND_BEFORE.includes(kind)
  );
}

// The fields an agency's consultant or a firm's team is named after: "Senior Consultant, Digital & Design", "Manager,
// Finance and Accounting". A name made of these alone is a desk, no organisation.
const DESK_WORDS = new Set([
  ...FIELD_WORDS,
  ...'digital design technology tech finance financial accounting engineering sales marketing data analytics product it hr legal operations healthcare life sciences creative banking insurance property construction commercial executive interim permanent contract technical risk management strategy planning compliance audit treasury payroll procurement logistics quality maintenance security infrastructure research development brand communications content growth mining resources energy manufacturing utilities transport retail'.split(
    ' ',
  ),
]);
function deskOfFields(name: string): boolean {
  // (Fields joined, "Digital & Design", or a field's practice or desk, "Supply Chain Practice": one field alone may be a
  // firm's name, "Creative Technology".)
  for (const desk of [' Practice', ' Desk']) if (name.endsWith(desk)) return fieldsOnly(name.slice(0, -desk.length));
  return (name.includes(' & ') || name.includes(' and ')) && fieldsOnly(name);
}
/** A name made of fields' words alone: "Digital Marketing", "Credit Risk Management". */
function fieldsOnly(name: string): boolean {
  const words = name
    .toLowerCase()
    .split(/\s+/)
    .filter((word) => word !== '&' && word !== 'and');
  return words.length > 0 && words.every((word) => DESK_WORDS.has(word));
}

// A person's name alone on its line: "Jane Cole", "Ana María Ruiz".
const PERSON_NAME_LINE = () => /^[ \t]*[A-Z\u00C0-\u00DE][a-z\u00DF-\u024F'’-]+(?: [A-Z\u00C0-\u00DE][a-z\u00DF-\u024F'’.-]+){1,2}[ \t]*$/;

/** The legal-form name as written, its final dot kept ("K.K.", "B.V."). */
const HUNGARIAN_FORMS = [' Kft', ' Zrt', ' Nyrt', ' Bt', ' Kkt'];
function keepLegalDot(raw: string, name: string): string {
  // A Hungarian legal form is an abbreviation with its dot, whatever case ending follows it: "Tiszavíz Informatika
  // Kft.-nél" is "Tiszavíz Informatika Kft.".
  if (HUNGARIAN_FORMS.some((form) => name.endsWith(form))) return `${name}.`;
  return raw.trim().endsWith('.') && compiled(IS_OR_ENDS_IN_LEGAL_FORM).test(`${name}.`) ? `${name}.` : name;
}

/** A name without its legal form, for comparing: "Trident Infotech Inc." is "trident infotech". */
/** `start` and the rest of its line where the text holds it, or '' (by strings). */
function lineAfter(text: string, start: string): string {
  const at = text.indexOf(start);
  if (at < 0) return '';
  const end = text.indexOf('\n', at);
  return text
    .slice(at, end < 0 ? text.length : end)
    .split(/\s+[|·•–—]\s+|,\s/)[0]!
    .trim();
}
function bare(name: string): string {
  return name.replace(compiled(LEGAL_END), '').toLowerCase();
}
// A legal form at the end of a name, its dots optional ("Inc", "K.K").
const LEGAL_END = new RegExp(`,? (?:${LEGAL_SUFFIX.replace(/\\\.\??/g, '\\.?')})\\.?$`);

// Where a name is a place: "in Aarhus", "based in Noida", "our office in Leeds", "relocate to Oslo", "in the Pilbara".
// And in the other languages: "con sede a Piacenza", "basée à Lyon", "im Raum Stuttgart", "provincia di Vicenza".
const PLACE_BEFORE = new RegExp(
  `(?:\\b(?:in|near|based in|located in|offices? in|relocat\\w* to|moving to|move to|around|based at|sede (?:a|di|en|em)|basad[oa] en|baseado em|situad[oa] en|situat[oa] a|im Raum|provincia (?:di|de)|regione|près de)|\\bbas[ée]e? à|(?:^|\\s)à)\\s+(?:the\\s+)?(${NAME})`,
  'g',
);
// What a supplier's or a carrier's tier describes: "Tier-1 Wireless Carrier", not "Tier 1 Networks Ltd".
const TIER_NOUNS = new Set([
  'Carrier',
  'Supplier',
  'Bank',
  'Operator',
  'Provider',
  'Telco',
  'OEM',
  'Client',
  'Firm',
  'Company',
  'Insurer',
  'Retailer',
]);
const OFFICE_TOWN_WORDS = [
  'notre siège de ',
  'notre site de ',
  'notre usine de ',
  'nos bureaux de ',
  'Kontor på ',
  'kontor på ',
  'kontoret på ',
  'kontoret i ',
];
const SITE_WORDS = new Set('branch store shop outlet office site campus depot plant warehouse clinic showroom hub factory'.split(' '));
/**
 * The capitalised words between "our", "its" or "their" and a site's word: "at our Menlyn branch" names Menlyn. By
 * strings, not a pattern: nearly every message says "our".
 */
function ownSites(text: string): string[] {
  const sites: string[] = [];
  for (const owner of ['our ', 'Our ', 'its ', 'their ']) {
    for (let at = text.indexOf(owner); at >= 0 && sites.length < 20; at = text.indexOf(owner, at + owner.length)) {
      if (at > 0 && text[at - 1]!.toLowerCase() !== text[at - 1]!.toUpperCase()) continue;
      const words = text.slice(at + owner.length, at + owner.length + 60).split(' ', 5);
      const name: string[] = [];
      for (const word of words) {
        if (name.length > 0 && SITE_WORDS.has(word.replace(/[,.;:!?)]+$/, ''))) {
          sites.push(name.join(' '));
          break;
        }
        // (Capitalised words only, by their case, not a pattern: "our 2 stores", "our new office" name no place.)
        const first = word[0] ?? '';
        if (name.length === 3 || word.length < 2 || first === first.toLowerCase() || first.toLowerCase() === first.toUpperCase()) break;
        name.push(word);
      }
    }
  }
  return sites;
}
// A town after its postcode on an address line: "3811 BN Amersfoort", "75002 Paris", "D-80331 München".
const TOWN_AFTER_POSTCODE = new RegExp(
  `(?:^|\\n|,[ \\t]*)[ \\t]*(?:[A-Z]{1,2}-)?\\d{4,5}(?:[ \\t][A-Z]{2})?[ \\t]+(${NAME})[ \\t]*(?=\\n|$|,)`,
  'g',
);
// A place on a labelled line: "Localisation : Vénissieux (69)", "📍 Lieu : Paris La Défense (92)", "Standort: Linz".
const LOCATION_LABELS = [
  'Localisation',
  'Lieu',
  'Location',
  'Standort',
  'Arbeitsort',
  'Einsatzort',
  'Dienstort',
  'Ubicación',
  'Localización',
  'Locatie',
  'Werklocatie',
  'Standplaats',
  'Sede',
  'Local de trabalho',
  'Localização',
  'Luogo di lavoro',
  'Lokalizacja',
  'Miejsce pracy',
  'Místo výkonu práce',
  'Arbetsort',
  'Arbeidssted',
  'Arbejdssted',
  'Sijainti',
];
const LABELLED_PLACE = () =>
  new RegExp(
    `(?:^|\\n)[^\\S\\n]*(?:[•*▸►-]|📍)?[^\\S\\n]*(?:${LOCATION_LABELS.join('|')})(?: de travail)?[^\\S\\n]*:[^\\S\\n]*(${NAME})(?:(?:[^\\S\\n]+[a-z]+)*,[^\\S\\n]*(${NAME}))?`,
    'g',
  );
// A town before its postcode on an address line, as South Africa writes it: "14 Cedar Avenue, Bryanston, 2191".
const TOWN_BEFORE_POSTCODE = () => new RegExp(`, (${NAME}),? \\d{4}(?! ?\\d)\\b`, 'g');
// Compass words before a region's name: "the East Pilbara" is the Pilbara.
const COMPASS_WORD = /^(?:North|South|East|West|Central|Greater|Upper|Lower|Northern|Southern|Eastern|Western|Inner|Outer) /;

/** Whether the message names `name` as the one hiring or worked at: "Deloitte is hiring", "bei Audi", "at Cedar Point". */
function namedHiring(text: string, name: string): boolean {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
    const before = text.slice(Math.max(0, at - 6), at).toLowerCase();
    const after = text.slice(at + name.length, at + name.length + 12).toLowerCase();
    if (
      /(?:^|\s)(?:at|bei|for|für|chez|bij|para|per|with) $/.test(before) ||
      /^ (?:is |are |sucht|recrute|busca|zoekt|cerca|söker|søker)/.test(after)
    )
      return true;
  }
  return false;
}
/** Whether a comma and four digits end a part of the text: ", 2191" (by strings: most messages have none). */
function commaPostcode(text: string): boolean {
  for (let at = text.indexOf(', '); at >= 0; at = text.indexOf(', ', at + 2)) {
    const digits = text.slice(at + 2, at + 7);
    if (
      digits.length >= 4 &&
      [0, 1, 2, 3].every((i) => digits[i]! >= '0' && digits[i]! <= '9') &&
      !(digits[4]! >= '0' && digits[4]! <= '9')
    )
      return true;
  }
  return false;
}
const TOWN_BEFORE_PROVINCE = () => /\b(?:en|in|a|em|di|de) (\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+)?) \((\p{Lu}[\p{L} ]{2,30})\)/gu;
/** Names the message uses as places ("team in Aarhus"), lower case. */
function placesNamed(text: string): Set<string> {
  const places = new Set<string>();
  const add = (raw: string) => {
    const name = trimName(raw);
    if (!name || compiled(ENDS_IN_LEGAL_FORM_DOT).test(name)) return;
    places.add(name.toLowerCase());
    if (compiled(COMPASS_WORD).test(name)) places.add(name.replace(COMPASS_WORD, '').toLowerCase());
    // And the town a lake or a mountain is named after: "farms around Lake Naivasha" make Naivasha a place.
    if (/^(?:Lake|Mount|Mt\.?|Loch|Lac|Lago) [A-Z]/.test(name)) places.add(name.slice(name.indexOf(' ') + 1).toLowerCase());
  };
  // A town before its province in brackets, as a Spanish or an Italian address writes it: "en Illescas (Toledo)".
  if (text.includes(' (')) for (const m of text.matchAll(compiled(TOWN_BEFORE_PROVINCE))) if (isKnownPlace(m[2]!)) add(m[1]!);
  for (const m of text.matchAll(compiled(PLACE_BEFORE))) {
    // "in the Pilbara." is a place; "in the Kestrel Labs data team" is not: after "the", the name ends its clause (or a
    // bracket follows it: "in the Loop (about 60 attorneys)").
    const after = text.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 2) || '\n';
    // "Thank you for your interest in Granite Ridge Fire Protection District": an organisation, not a place.
    if (/\binterest\s+in\s/i.test(text.slice(Math.max(0, (m.index ?? 0) - 10), (m.index ?? 0) + 4))) continue;
    if (
      /\sthe\s/.test(m[0]) &&
      !/^(?:[,.;:!?)\n]| \()/.test(after) &&
      !/^ (?:and|or) /.test(text.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 5))
    )
      continue;
    add(m[1]!);
  }
  // Speed only: the pattern is compiled only for a text that holds the form of a postcode and a town.
  if (/\d{4} ?[A-Z]/.test(text)) for (const m of text.matchAll(compiled(TOWN_AFTER_POSTCODE))) add(m[1]!);
  // (A labelled place's last words are a place too: "Paris La Défense" is La Défense. Run only where a label is.)
  if (LOCATION_LABELS.some((label) => text.includes(label)))
    for (const m of text.matchAll(compiled(LABELLED_PLACE))) {
      // (Of "Employer, Town", the town only where the message names the first as the one hiring: "Deloitte is hiring …
      // Location: Deloitte, Dublin", "ein Projekt bei Audi … Einsatzort: Audi, Ingolstadt"; "Location: Agbara, Ogun State"
      // names two places.)
      if (m[2] !== undefined) add(m[2]);
      const place = m[2] !== undefined && namedHiring(text, m[1]!) ? m[2] : m[1]!;
      add(place);
      const words = place.split(' ');
      for (let i = 1; i < words.length; i++) if (/^[A-Z\u00C0-\u00DE]/.test(words[i]!)) add(words.slice(i).join(' '));
    }
  if (commaPostcode(text)) for (const m of text.matchAll(compiled(TOWN_BEFORE_POSTCODE))) add(m[1]!);
  // The place of one of the employer's sites, said as its own: "the store manager at our Menlyn branch", "its Leeds office".
  // (Not the employer's own name before its site's word, "Amazon is hiring … at our Amazon warehouse": a name the text
  // also says is hiring, or to join or work at.)
  // The town of an office or a head office named as such: "basé à notre siège de Wavre", "Kontor på Grünerløkka".
  for (const words of OFFICE_TOWN_WORDS) {
    for (let at = text.indexOf(words); at >= 0; at = text.indexOf(words, at + words.length)) {
      const name = text.slice(at + words.length, at + words.length + 40).split(/[\s,.;:!?()]/)[0]!;
      if (name.length > 1 && name[0] !== name[0]!.toLowerCase()) add(name);
    }
  }
  for (const site of ownSites(text)) {
    const named = [`${site} is `, `${site} are `, `${site}'s `, `oin ${site}`, ` at ${site}`, ` with ${site}`, ` for ${site}`];
    if (!named.some((words) => text.includes(words))) add(site);
  }
  return places;
}

// The words a mailbox or a sender adds to an organisation's name: "Alpenrose Analytics Talent", "Careers at Quay Labs".
const MAILBOX_WORDS =
  /^(?:talent(?: acquisition)?|careers?|jobs|recruit\w*|hiring|hr|people(?: team| ops)?|team|notifications?|no-?reply|noreply|info|hello)$/i;

/**
 * The organisation in a From header's display name, when it names one: words
 * a mailbox adds taken off ("Alpenrose Analytics Talent"), a person and their
 * organisation split ("Dana Lee | Quay Labs", "Dana at Quay Labs"), or a
 * display name that spells the address's domain ("Quay Labs <jobs@quaylabs.io>").
 * A person's name alone names none.
 */
export function fromDisplayOrg(from: string): string | null {
  const m = /^\s*"?([^"<]{2,80}?)"?\s*<([^>@\s]+)@([^>\s]+)>/.exec(from);
  if (!m) return null;
  let display = m[1]!.replace(/\s+via\s+.*$/i, '').trim();
  // A person's name written surname first, as directories do: "Castillo, Renee" <rcastillo@…>, not "Jane Doe, Acme".
  const surnameFirst = /^([A-Z][\p{L}'’-]+), [A-Z][\p{L}'’-]+$/u.exec(display);
  if (surnameFirst && !compiled(MAILBOX_WORDS).test(surnameFirst[1]!) && m[2]!.toLowerCase().includes(surnameFirst[1]!.toLowerCase()))
    return null;
  const domain = m[3]!
    .toLowerCase()
    .split('.')[0]!
    .replace(/[^a-z0-9]/g, '');
  const split = /^(.+?)\s*(?:\||@|\bat\b|\bfrom\b|\(|,|[-–—]\s)\s*(.+?)\)?$/.exec(display);
  // "Person | Org", mostly; but "Org | its team" where the first part spells the mail's domain: "Pampa Talent | Busquedas IT"
  // <busquedas@pampatalent.com.ar>.
  // (Only where the second part is a team's word: "Pampa Talent | Mercado Libre" names the client.)
  const firstSpelled = split ? split[1]!.toLowerCase().replace(/[^a-z0-9]/g, '') : '';
  const teamAfter = split !== null && compiled(TEAM_AFTER_A_BAR).test(split[2]!.trim());
  // (Or the domain spells the first part's start: "Lagomare Hotels & Resorts - Ufficio HR" <…@lagomarehotels.it>.)
  const spellsFirst =
    firstSpelled.length >= 4 && (domain.startsWith(firstSpelled) || (domain.length >= 6 && firstSpelled.startsWith(domain)));
  if (split) display = teamAfter && spellsFirst ? split[1]!.trim() : split[2]!.trim();
  const words = display.split(/\s+/);
  let stripped = false;
  // (A name that spells the domain whole is the firm's, its last word too: "Pampa Talent" <…@pampatalent.com.ar>.)
  const wholeSpelled = display.toLowerCase().replace(/[^a-z0-9]/g, '');
  if (words.length > 1 && wholeSpelled.length >= 4 && domain === wholeSpelled) return display;
  while (words.length > 1 && compiled(MAILBOX_WORDS).test(words[words.length - 1]!)) {
    words.pop();
    stripped = true;
  }
  while (words.length > 1 && compiled(MAILBOX_WORDS).test(words[0]!)) {
    words.shift();
    if (words[0] === 'at' || words[0] === 'from') words.shift();
    stripped = true;
  }
  if (words.length > 1 && /^(?:talent acquisition|people ops|people team|human resources)$/i.test(words.slice(-2).join(' '))) {
    words.splice(-2);
    stripped = true;
  }
  const name = words.join(' ');
  if (!compiled(WHOLE_NAME).test(name)) return null;
  const spelled = name.toLowerCase().replace(/[^a-z0-9]/g, '');
  const spellsDomain = spelled.length >= 3 && (domain.startsWith(spelled) || spelled.startsWith(domain));
  return split || stripped || spellsDomain ? name : null;
}

/** Where each signature is: from a sign-off line to the end or the next quoted message. [from, to) ranges. */
function signatureRanges(body: string): Array<[number, number]> {
  const starts = [...body.matchAll(compiled(THREAD_START))].map((m) => m.index ?? 0);
  const ranges: Array<[number, number]> = [];
  for (const m of signOffs(body)) {
    const from = m.index ?? 0;
    const next = starts.find((at) => at > from);
    ranges.push([from, next ?? body.length]);
    // A message has a signature or a few in a thread: bounded work on a 1 MB paste.
    if (ranges.length >= 20) break;
  }
  return ranges;
}

/**
 * Organisations a signature names on a line of their own under a title:
 * "Senior Recruiter / Pellucid Health", "Technical Recruiter / Stratus IT Global Solutions Inc.".
 */
function signatureOrgs(text: string): Array<{ value: string; at: number }> {
  const out: Array<{ value: string; at: number }> = [];
  for (const [from, to] of signatureRanges(text)) {
    const lines = text.slice(from, Math.min(to, from + 600)).split('\n');
    let at = from;
    let titled = false;
    for (const raw of lines) {
      const line = raw.trim();
      // (Not a team's own line between the title and the organisation: "Human Resources Division".)
      // (Or with the town it is in after a dot or a bar: "Tlacuache Pay · Ciudad de México".)
      // (Or a comma: "Lantern House Hotel, Clifden, Co. Galway", a name that ends in its kind's word before its town.)
      const commaAt = titled && !line.includes(' · ') && !line.includes(' | ') ? line.indexOf(', ') : -1;
      const place = !titled
        ? null
        : line.includes(' · ')
          ? line.split(' · ')
          : line.includes(' | ')
            ? line.split(' | ')
            : commaAt > 0 && endsInKindWord(line.slice(0, commaAt))
              ? [line.slice(0, commaAt), line.slice(commaAt + 2).split(', ')[0]!]
              : null;
      // (A town the reader does not know, after a name that says it is an organisation: "Marégrafo Labs · Matosinhos"; or
      // its address, "Harcourt Lyle Lawyers | Level 22, 160 Flinders Lane".)
      const named =
        place?.length === 2 &&
        (isKnownPlace(place[1]!) ||
          (commaAt > 0 && compiled(ONE_PLACE_WORD).test(place[1]!)) ||
          (saysOrganisation(place[0]!) && (compiled(ONE_PLACE_WORD).test(place[1]!) || compiled(STREET_ADDRESS_START).test(place[1]!))))
          ? place[0]!
          : line;
      if (titled && line !== '' && !compiled(OWN_TEAM_LINE).test(named) && signatureOrgLine(named))
        out.push({ value: named, at: at + raw.indexOf(named) });
      // The sender's team and the organisation on one line, either way round: "Atração e Seleção | Hospital Vila
      // Aurora", "Stad Lierdonk – Dienst Personeel".
      // (Only a name that says it is an organisation: not the sender's own, "Priya Shah | Talent Acquisition", nor a site,
      // "Personalwesen | Standort München".)
      const parts = line.split(/\s+[|–—·]\s+/);
      if (parts.length === 2) {
        const team = parts.findIndex((part) => isOwnTeam(part));
        const org = parts[1 - team];
        if (team >= 0 && org !== undefined && !isOwnTeam(org) && signatureOrgLine(org) && saysOrganisation(org))
          out.push({ value: org, at: at + raw.indexOf(org) });
      }
      titled =
        line !== '' &&
        line.split(/\s+/).length <= 8 &&
        (compiled(TEAM_WORDS).test(line) ||
          HR_IN_OTHER_LANGUAGES.has(line.toLowerCase()) ||
          // A rank, a comma and the unit it heads: "Head, School of Ocean and Coastal Sciences" (not "Head, Partnerships").
          compiled(RANK_OF_A_UNIT).test(line) ||
          rolePhrases(line).length > 0);
      at += raw.length + 1;
    }
  }
  return out;
}

// The start of a street address: a floor or a suite, or a street's number.
const STREET_ADDRESS_START = () => /^(?:(?:Level|Suite|Floor|Unit) \d|\d{1,5},? [A-Z])/;
// A town in a word or two, capitalised: "Matosinhos", "Vila Nova".
const ONE_PLACE_WORD = () => /^\p{Lu}[\p{Ll}-]+(?: \p{Lu}[\p{Ll}-]+)?$/u;
/**
 * A signature's line that is an organisation's name: a name, or a longer one (six or seven words, as "Kōwhai Gardens Rest
 * Home & Hospital") that ends in an organisation's word and holds no figure (not a slogan, an address or opening hours).
 */
function signatureOrgLine(line: string): boolean {
  if (compiled(WHOLE_NAME_DOT).test(line)) return true;
  if (/\d/.test(line) || !compiled(WHOLE_LINE_NAME).test(line)) return false;
  const last = line.replace(/\.$/, '').split(' ').at(-1)!.toLowerCase();
  return EMPLOYER_NAME_ENDINGS.has(last) || HOSPITAL_ENDINGS.some((ending) => line.endsWith(ending));
}
const RANK_OF_A_UNIT =
  /^(?:Head|Director|Dean|Deputy Dean|Associate Dean|Chair|Manager|Lead|Principal),\s(?:(?:[A-Z][\w&'’-]*|and|of|for|&)\s){0,6}?(?:School|Department|Faculty|Division|Unit|Institute|Centre|Center|Services?|Office|Directorate|Programmes?|Programs?|Laboratory|Lab|Group|Research|Library|Museum)\b/;
/**
 * A name with an organisation's word in it, or its legal form: "Hospital Vila Aurora", "Stad Lierdonk", "Brightwater
 * Analytics". The words are those a kind-first name opens with (KIND_BEFORE: "Klinikum", "Gemeente", "Fundação"…) and
 * a few more that signatures write anywhere in the name.
 */
function saysOrganisation(name: string): boolean {
  const words = name.replace(/\.$/, '').split(' ');
  return (
    words.some((word) => MORE_ORGANISATION_WORDS.has(word)) ||
    KIND_BEFORE.some((kind) => name.startsWith(`${kind} `) || name.includes(` ${kind} `)) ||
    EMPLOYER_NAME_ENDINGS.has(words.at(-1)!.toLowerCase()) ||
    compiled(ENDS_IN_LEGAL_FORM_DOT).test(name)
  );
}
const MORE_ORGANISATION_WORDS = new Set(
  (
    'Hospital Hospitais Clinica Kliniek Ziekenhuis Sjukhus Sykehus Santa Casa Stad Provincie Kreis Kommune Kommun Ville ' +
    'Ciudad Universitet Colégio School College Group Gruppe Bank Banque Rede Council Trust'
  ).split(' '),
);

/**
 * A title of a few words naming recruiting in French, Spanish or Portuguese: "Responsable RH", "Recruteur principal",
 * "Chargée de recrutement", "Reclutadora". By words, not a pattern: every titled line asks.
 */
function recruitsInOtherLanguages(part: string): boolean {
  const words = part.toLowerCase().split(' ');
  if (words.length > 4 || !(words.includes('rh') || words.some((word) => word.startsWith('recrut') || word.startsWith('reclut'))))
    return false;
  // (A person's title, led by a job's noun or a recruiter's: not a heading's "Recrutement – Journée Portes Ouvertes", "Actu
  // RH – …".)
  return isOccupationWord(words[0]!) || /^(?:recrut|reclut)(?:eur|euse|ador|adora)$/.test(words[0]!);
}

/**
 * The workspace a pasted chat's first line names: Slack's "X · #channel", Teams' "Microsoft Teams · Chat · X"; or the
 * business page a Messenger chat is with, under the app's name and over its reply time ("Messenger" / "Kōwhai Café Mt
 * Maunganui" / "Typically replies within an hour"). By strings.
 */
function chatWorkspace(text: string): string | null {
  const [first = '', second = '', third = ''] = text
    .trimStart()
    .split('\n', 3)
    .map((line) => line.trim());
  if (first === 'Messenger' && second.length <= 60 && third.startsWith('Typically replies')) return second;
  if (first.length > 100) return null;
  const channel = first.indexOf(' · #');
  if (channel > 1 && !first.slice(0, channel).includes(' · ')) return first.slice(0, channel);
  if (first.startsWith('Microsoft Teams · ')) {
    const parts = first.split(' · ');
    const last = parts[parts.length - 1]!;
    if (parts.length >= 3 && !['Chat', 'Teams', 'Channel', 'Kanal', 'Canal'].includes(last)) return last;
  }
  return null;
}

// A chat export's line and its sender: "[22/04/2025, 09:14] Kieran Hallmoor Build: …", "14/01/2025 18:47 - Awa (X): …".
const CHAT_EXPORT_SENDER = () =>
  /^\[?\d{1,2}[./]\d{1,2}[./]\d{2,4},? \d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:\s?[APap]\.?[Mm]\.?)?\]?(?: -)? ([^:\n]{2,60}): /;
// The trades a sender's display name may end in after their first name: "Kieran Hallmoor Build".
const DISPLAY_NAME_TRADES = new Set([
  'build',
  'builders',
  'building',
  'construction',
  'plumbing',
  'electrical',
  'roofing',
  'joinery',
  'haulage',
  'transport',
  'scaffolding',
  'landscaping',
  'ltd',
  // The same in French, Spanish, Portuguese and Italian: "Hassan Sud Bâtiment", "Jorge Reformas Levante".
  'bâtiment',
  'batiment',
  'btp',
  'construcciones',
  'reformas',
  'construções',
  'costruzioni',
  'edilizia',
]);
/**
 * The organisation a chat export's first sender names in their display name: "Mariama Diop (Terre Solidaire Sahel)",
 * "Kieran Hallmoor Build" (a first name, then a firm's name ending in its trade). Null for a person's name alone.
 */
function chatSendersOrganisation(text: string): string | null {
  const start = text.trimStart();
  if (!(start.startsWith('[') || (start[0]! >= '0' && start[0]! <= '9'))) return null;
  const sender = compiled(CHAT_EXPORT_SENDER).exec(start)?.[1]?.trim();
  if (sender === undefined) return null;
  // (A name of two words or more, without figures, that names no one's title or team: not "(Mum)", "(Ward 9 Mgr)", "(HR)".)
  const bracket = /^[^()]+ \(([^()]{3,50})\)$/.exec(sender)?.[1];
  if (bracket !== undefined) {
    const words = bracket.split(' ');
    const named =
      words.length >= 2 &&
      words.every((word) => CAPITALISED.test(word) || ROMANCE_NAME_JOINERS.has(word) || word === '&') &&
      !compiled(TEAM_WORDS).test(bracket) &&
      !recruitsInOtherLanguages(bracket) &&
      rolePhrases(bracket).length === 0;
    return named ? bracket : null;
  }
  const words = sender.split(' ');
  return words.length >= 3 && DISPLAY_NAME_TRADES.has(words[words.length - 1]!.toLowerCase()) ? words.slice(1).join(' ') : null;
}

/** A signature's line, or part of one, that names the sender's team: "Human Resources", "Atração e Seleção". */
function isOwnTeam(part: string): boolean {
  return compiled(OWN_TEAM_LINE).test(part) || HR_IN_OTHER_LANGUAGES.has(part.toLowerCase());
}
// A signature's line naming the sender's team in other languages: the organisation follows it (or stands beside it).
const HR_IN_OTHER_LANGUAGES = new Set([
  // (A people lead's title in Catalan and Spanish: "Responsable de Persones".)
  'responsable de persones',
  'responsable de personas',
  'atração e seleção',
  'recrutamento e seleção',
  'gestão de pessoas',
  'gente e gestão',
  'gente & gestão',
  'reclutamiento y selección',
  'selección de personal',
  'gestión de personas',
  'dienst personeel',
  'personeelsdienst',
  'dienst hr',
  'service du personnel',
  'service rh',
  'personalwesen',
  'rekrytering',
  'rekruttering',
  'recursos humanos',
  'ressources humaines',
  'risorse umane',
  'personalabteilung',
  'personeelszaken',
  'kadry',
  'dział kadr',
  'personalavdelningen',
  'hr-avdelingen',
]);
const OWN_TEAM_LINE =
  /^(?:Human Resources|HR|Talent Acquisition|Recruitment|Recruiting|People(?: Team| Ops| Operations)?)(?: (?:Division|Department|Team|Services|Office|Unit|Section))?$/i;

// A text message opening with its sender's name: "Brightline Fulfillment: Hi there! We're hiring ...".
const SMS_SENDER = new RegExp(`(?:^|\\n)(${NAME}):[ \\t]+`, 'g');
const SMS_OPENING =
  /^(?:hi|hello|hey|dear|greetings|we(?:'re| are)? (?:hiring|looking)|now hiring|join|urgent|apply|(?:[\w-]+ ){1,4}(?:wanted|needed))\b/i;
// A text's hiring cry in the other languages, after its sender's name: "Solana Market: ¡Estamos contratando! …",
// "Kauppakulma: Kesätöitä tarjolla!", "Mercado Sol: Ola {{first_name}}! Estamos a recrutar …". By strings.
const SMS_HIRING_OPENINGS = [
  'estamos contratando',
  'estamos a recrutar',
  'estamos a contratar',
  'estamos recrutando',
  'estamos buscando',
  'contratamos',
  'buscamos',
  'haemme',
  'kesätöitä',
  'vi söker',
  'vi søker',
  'vi søger',
  'wir suchen',
  'on recrute',
  'nous recrutons',
  'we zoeken',
];
/** Whether a text opens with a hiring cry, or with a greeting and a hiring cry in its first sentence. */
function opensWithHiring(opening: string): boolean {
  const low = opening.toLowerCase().replace(/^[¡!\s]+/, '');
  if (SMS_HIRING_OPENINGS.some((words) => low.startsWith(words))) return true;
  const greeting = SMS_GREETINGS_ROMANCE.find((word) => low.startsWith(`${word} `));
  if (greeting === undefined) return false;
  const after = low.slice(greeting.length).replace(/^[^!.?]{0,30}[!.?]\s*/, '');
  return SMS_HIRING_OPENINGS.some((words) => after.startsWith(words));
}
// The same greeting in French, Spanish and Portuguese, "Constructions Bélanger-Roy: Bonjour {{prenom}}! On embauche …",
// only after a name shaped as a firm's (smsSenderFirm): a chat's "Marie Dubois: Bonjour Marc" is a person's.
const SMS_GREETINGS_ROMANCE = ['bonjour', 'salut', 'hola', 'buenas', 'olá', 'ola', 'oi'];
/** Whether a text opens with one of SMS_GREETINGS_ROMANCE, a word of its own. By strings. */
function opensWithRomanceGreeting(text: string): boolean {
  const low = text.slice(0, 8).toLowerCase();
  return SMS_GREETINGS_ROMANCE.some((word) => low.startsWith(word) && !/\p{L}/u.test(low[word.length] ?? ''));
}
/**
 * Whether an SMS sender's name is shaped as a firm's, not a person's: a kind of business first or last ("Constructions
 * Bélanger-Roy", "Transportes Ebro"), or words all in capitals. (Not a job board's.)
 */
function smsSenderFirm(name: string): boolean {
  const words = name.split(' ');
  if (JOB_BOARDS.has(name.toLowerCase())) return false;
  if (KIND_BEFORE.includes(words[0]!) || ROMANCE_FIRM_FIRST_WORDS.has(words[0]!) || KIND_AFTER.includes(words.at(-1)!)) return true;
  // (Or a name of two words or more all in capitals, "TRANSPORT GAGNÉ-LAPOINTE": not one word, a notice's "AVISO", "INFO".)
  return words.length >= 2 && words.length <= 5 && name === name.toUpperCase() && name !== name.toLowerCase();
}
/**
 * What the message says in lower case after "a"/"an", as descriptions ("a
 * leading fintech in the heart of London" gives "leading", "leading fintech",
 * ...): one pass over the text, up to four words each.
 */
function lowerCaseDescriptions(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(/\b(?:a|an)\s+([a-z][\w-]{0,30}(?:[ ][a-z][\w-]{0,30}){0,3})/g)) {
    const words = m[1]!.split(' ');
    // "a leading regional bank": "regional bank" too.
    for (let from = 0; from < words.length - 1; from++)
      for (let n = from + 2; n <= words.length; n++) out.add(words.slice(from, n).join(' '));
  }
  // German writes a description's nouns and place adjectives in capitals after its article: "im Auftrag einer etablierten
  // Zürcher Privatbank" describes a bank, it names none. (Run only where such an article is.)
  if (text.includes(' ein'))
    for (const m of text.matchAll(compiled(GERMAN_DESCRIPTION))) {
      const words = m[1]!.split(' ');
      for (let from = 0; from < words.length; from++) out.add(words.slice(from).join(' ').toLowerCase());
    }
  return out;
}
const GERMAN_DESCRIPTION = () =>
  /\b(?:ein|eine|einer|einem|einen|eines)\s+(?:[a-zäöü][\wäöüß-]{1,30}(?:e|en|er|em|es)\s+){0,2}((?:[A-ZÄÖÜ][\wäöüß-]{2,30})(?: [A-ZÄÖÜ][\wäöüß-]{2,30})?)(?=[,.(]|\s+[a-zäöü(]|\s*$)/g;

// What stands between a hospital and the body that runs it: a bracket, a comma or a dash, "part of", "run by", "within".
const OWNER_BETWEEN =
  /^(?:\s+in [A-Z][a-z]+)?\s*(?:\(\s*(?:part of\s+(?:the\s+)?)?|[-–—,]\s*(?:(?:which is |that is )?part of (?:our group at |the )?|run by (?:the )?|one of the sites of (?:the )?)?|\s+within (?:the )?)$/;
/** `later` is named right after `name`, as its owner: "X Hospital (Y NHS Trust)", "X Hospital – Y NHS Trust", "X Hospital, part of Y". */
function sameSentenceAfter(text: string, name: string, later: string): boolean {
  const at = text.indexOf(name);
  if (at < 0) return false;
  const after = text.slice(at + name.length, at + name.length + 80);
  const found = after.indexOf(later);
  return found >= 0 && compiled(OWNER_BETWEEN).test(after.slice(0, found));
}

/** The message says the organisation itself is hiring: "X is hiring", "X, a fund in Boston, is hiring". */
/**
 * Whether the message says the reader would be employed by `name` itself, a staffing firm hiring its own staff: "you are
 * employed directly by Staffwerk", "Unbefristeter Arbeitsvertrag direkt bei PflegePlus", "a CareBridge employee from day
 * one". By strings.
 */
function employsDirectly(text: string, name: string): boolean {
  const first = name.slice(0, name.includes(' ') ? name.indexOf(' ') : undefined);
  if (first.length < 3 || !text.includes(first)) return false;
  if (text.includes(`a ${first} employee`) || text.includes(`an ${first} employee`)) return true;
  return EMPLOYED_BY.some((lead) => {
    for (let at = text.indexOf(lead); at >= 0; at = text.indexOf(lead, at + 1)) if (text.startsWith(first, at + lead.length)) return true;
    return false;
  });
}
const EMPLOYED_BY = [
  'employed directly by ',
  'employed by ',
  'Arbeitsvertrag direkt bei ',
  'Arbeitsvertrag bei ',
  'angestellt bei ',
  'Festanstellung bei ',
  'Festanstellung direkt bei ',
  'contrat directement avec ',
  'salarié de ',
  'salariée de ',
  'contratado directamente por ',
  'contratada directamente por ',
  'contratado diretamente pela ',
  'contratado diretamente pelo ',
];
function saysItIsHiring(text: string, name: string): boolean {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    const after = text.slice(at + name.length, at + name.length + 100);
    if (/^(?:,[^,\n]{3,80},)?\s+(?:is|are) (?:hiring|recruiting)\b/.test(after)) return true;
  }
  return false;
}

// The words that say a name is an organisation's, by its kind: before the name ("Hotel Brisamar", "Klinikum Südpark",
// "Tiendas Alameda") or after it ("Oakfield Academy", "Brightwater Logistics", "Cajuína Pagamentos").
const KIND_BEFORE = [
  'Hotel',
  'Hôtel',
  'Klinikum',
  'Krankenhaus',
  'Spital',
  'Tiendas',
  'Inmobiliaria',
  'Brasserie',
  'Restaurant',
  'Restaurante',
  'Ristorante',
  'Studio',
  'Grupo',
  'Gruppo',
  'Groupe',
  'Gemeente',
  // A Dutch water board: "Waterschap Drechtzoom", "Hoogheemraadschap van Delfland".
  'Waterschap',
  // Dutch and Flemish firms by their trade: "Bouwbedrijf Van Damme & Zonen", "Transportbedrijf De Vos".
  'Bouwbedrijf',
  'Aannemingsbedrijf',
  'Transportbedrijf',
  'Installatiebedrijf',
  'Hoogheemraadschap',
  // A Dutch national agency: "Rijksdienst voor Kustbeheer".
  'Rijksdienst',
  'Athénée',
  'Lycée',
  'Liceo',
  'Colegio',
  // A Portuguese school, a Spanish or Latin American savings bank and a mining company: "Colégio Vale do Sousa", "Caja
  // Pacífico", "Minera Cerro Alto".
  'Colégio',
  'Caja',
  'Minera',
  'Escola',
  'Escuela',
  'Instituto',
  'Istituto',
  'Clínica',
  'Clinique',
  'Hôpital',
  'Ospedale',
  'Farmacia',
  'Pharmacie',
  'Apotheke',
  'Distribuidora',
  'Transportes',
  'Transports',
  'Constructora',
  'Construcciones',
  'Corticeira',
  'Banco',
  'Banca',
  'Banque',
  'Fundación',
  'Fundação',
  'Fondation',
  'Fondazione',
  'Azienda Ospedaliera',
  'Azienda Sanitaria',
  'Stichting',
  'Stiftung',
  'Residencia',
  // A care home and a Moroccan guest house by their kinds: "Résidence Les Tilleuls", "Riad Palais Yasmine".
  'Résidence',
  'Riad',
  'Maison',
  'Relais',
  // A Mexican plant and a factory: "Planta Electrocomponentes del Bravo", "Fábrica Textil Orizaba".
  'Planta',
  'Fábrica',
  'Trattoria',
  // A Croatian tavern: "Konoba Lanterna".
  'Konoba',
  'Osteria',
  'Agriturismo',
  'Cantina',
  'Institut',
  'Město',
  'Obec',
  'Magistrát',
  'Městský úřad',
  'Gemeinde',
  'Stadt',
  'Kanton',
  'Landkreis',
  'Comune',
  'Commune',
  'Ayuntamiento',
  // Catalan: "Ajuntament de Vilanova", "Consell Comarcal del Baix Camp".
  'Ajuntament',
  'Consell Comarcal',
  'Município',
  'Gmina',
  'Primarschule',
  'Grundschule',
  'Schule',
  'Gymnasium',
  'Kantonsschule',
  'École',
  'Collège',
  // Inns, shops and practices, in the languages they are named in: "Taberna do Largo", "Klinik am Wakenitzufer".
  'Taberna',
  'Tasca',
  'Taverna',
  'Bistro',
  'Bistrot',
  'Pastelaria',
  'Padaria',
  'Cervejaria',
  'Marisqueira',
  'Churrascaria',
  'Pousada',
  'Adega',
  'Bodega',
  'Bodegas',
  'Mesón',
  'Gasthaus',
  'Gasthof',
  'Landgasthof',
  'Klinik',
  'Praxis',
  'Kanzlei',
  'Bäckerei',
  'Autohaus',
  'Boulangerie',
  'Auberge',
  'Domaine',
  'Château',
  'Hostal',
  'Albergo',
  'Pasticceria',
  'Panificio',
  'Tenuta',
  'Fattoria',
  'Studio Legale',
  'Universität',
  'Pädagogische Hochschule',
  'Technische Hochschule',
  'Technische Universität',
  'Universidad',
  'Università',
  'Université',
  'Universidade',
  'Uniwersytet',
  'Universiteit',
  // Public bodies named by their kind first: "Ville de Saint-Aubrac", "Centre Hospitalier de Valmoret", "Associação
  // Mão Amiga de Vale Ferreiro", "Landratsamt Hohenwaldkreis".
  'Ville de',
  'Mairie',
  'Centre Hospitalier',
  'Centre hospitalier',
  // A French university or regional hospital by its initials: "CHU de Rivemont", "CHRU de Lille".
  'CHU',
  'CHRU',
  'Centre de services scolaire',
  // French groupings of towns: "Communauté d'agglomération Loire-Sauldre"; Quebec's regional county municipalities, "MRC
  // des Deux-Rivières".
  'MRC de',
  'MRC des',
  'MRC du',
  "Communauté d'agglomération",
  'Communauté de communes',
  'Communauté urbaine',
  'Consórcio',
  'Associação',
  'Asociación',
  'Associazione',
  'Prefeitura',
  'Câmara Municipal',
  'Landratsamt',
  'CPAS',
  'Laboratórios',
  'Statutární město',
  'Laboratorios',
  'Laboratoires',
  'Laboratori',
  'OCMW',
  'Magistrat der Stadt',
  'Fundació',
  'Università degli Studi di',
  // Public agencies and municipalities of the former Yugoslavia: "Javna agencija za prostorske podatke", "Občina Kranj".
  'Javna agencija',
  'Občina',
  'Ministrstvo',
  // Hospitals and clinics in Central and Eastern Europe: "Poliklinika Medvednica", "Szpital Wojewódzki w …".
  'Poliklinika',
  'Klinika',
  'Bolnica',
  'Dom zdravlja',
  'Szpital',
  'Przychodnia',
  'Nemocnice',
  'Nemocnica',
  'Kórház',
  'Spitalul',
  'Policlinica',
  'Policlínica',
];
const KIND_AFTER = [
  'Academy',
  'College',
  'School',
  // Language schools, as Asian markets name them: "Golden Owl English Center", "Bright Path Language Centre". (Not
  // "Center" alone: a "Data Center" or a "Contact Center" is a unit's.)
  'English Center',
  'English Centre',
  'Language Center',
  'Language Centre',
  'Learning Center',
  'Learning Centre',
  // Indian schools by their Hindi kinds: "Aravalli Vidya Niketan", "Kendriya Vidyalaya", "Saraswati Vidya Mandir".
  'Vidya Niketan',
  'Vidya Mandir',
  'Vidyalaya',
  'Vidyapeeth',
  'Home Care',
  'Care Home',
  'Hospital',
  'Clinic',
  'Medical Center',
  'Medical Centre',
  'Wines',
  'Winery',
  'Brewery',
  'Foods',
  'Logistics',
  'Haulage',
  // (A Malaysian public company's form, a kind's place: "Sawit Emas Berhad".)
  'Berhad',
  // (A mill by its trade: "Indus Weaves Textile Mills".)
  'Textile Mills',
  // (A carrier's whole name, "Ironclad Freight Lines", before its "Freight" alone.)
  'Freight Lines',
  'Freight Line',
  'Trucking',
  'Freight',
  'Electrical',
  'Plumbing',
  'Construction',
  'Civil Engineering',
  'Security',
  'Analytics',
  'Robotics',
  'Pagamentos',
  'Pagos',
  'Payments',
  'Architecten',
  'Architects',
  'Abogados',
  'Avocats',
  'Advocaten',
  'Traffic Management',
  'Family Services Society',
  'Family Services',
  'Boerdery',
  'Farmacêutica',
  'Farmacéutica',
  'Pharmaceuticals',
  'Civil Works',
  'Farms',
  'Estates',
  'Vineyards',
  'Orchards',
  'Dairies',
  'NHS Foundation Trust',
  'NHS Trust',
  'Health Board',
  'Contact Center',
  'Contact Centre',
  'Transport',
  'Koeltransport',
  'Trust',
  'Foundation',
  'Mining Services',
  'Mining',
  'Call Center',
  'Call Centre',
  'Constructors',
  'Contractors',
  'Universitet',
  // Public bodies named by their kind last: "Cedar Hollow Unified School District", "Marlow County Department of
  // Public Health".
  'Unified School District',
  'School District',
  'District School Board',
  'School Board',
  'Board of Education',
  'Public Schools',
  'Department of Public Health',
  'Department of Health',
  'Health Authority',
  // A council, a municipality or an authority named by its place first: "Waikōwhai Regional Council", "Halbrook Regional
  // Municipality", "Tri-County Transit Authority".
  'Council',
  'Municipality',
  'Authority',
  // A research institute named by its place or field first: "Western Seaboard Research Institute".
  'Research Institute',
  ...NORDIC_PUBLIC_BODIES,
  // Danish and Norwegian names write the kind with a capital: "Solbjerg Kommune".
  'Kommune',
  'Kommun',
];
// What before "the City of …" makes it a place or the reader's past: "in the", "your PhD at the", "a licence issued by the".
const NOT_AN_EMPLOYER_OF =
  /(?:\b(?:in|from|across|throughout|near|around|within|by) the\s*$|\bexperience (?:on|with|in|across|within|of)(?: the)?\s*$|\b(?:studied|study|studies|graduated|degree|PhD|doctorate|alumn\w*|licen[cs]\w*|issued|lived?|living|born)\b[^.\n]{0,50}$)/i;
// The kinds of a place's own public body, named "of" it: "City of Fairhaven".
const PLACE_KIND_LIST = ['Town', 'City', 'County', 'Borough', 'Municipality', 'District', 'Shire', 'Village'];
const PLACE_KINDS = new Set(PLACE_KIND_LIST);
// The kinds of public body named "of" a place or a field ("Town of Port Hallett", "Ministry of Northern Infrastructure").
// "Department" only after the place it belongs to ("Minnesota Department of Benefit Services"): a university's
// department is no employer of its own ("the Department of Physics").
const KIND_OF = [...PLACE_KIND_LIST, 'Royal Borough', 'University', 'Ministry', 'Department'];
const SURNAME_PARTICLES = new Set(['der', 'den', 'de', 'van', 'von']);
// An organisation's own people team, written after its name: "Larimore County HR".
const OWN_PEOPLE_TEAMS = [' HR', ' Human Resources', ' Talent Acquisition'];
// A person's title before their name, and a university's units "of" a field: no employer.
const PERSONAL_TITLES = new Set(['Professor', 'Prof', 'Dr', 'Mr', 'Mrs', 'Ms', 'Sir', 'Dame']);
const UNITS_OF_A_UNIVERSITY = new Set(['School', 'Faculty', 'Division']);
// ... "of" a field of study ("School of Earth Sciences"), not "School of Rock Denver".
const ACADEMIC_FIELDS = new Set(
  'Earth Life Natural Social Health Computer Computing Engineering Science Sciences Medicine Law Business Economics Education Nursing Humanities Arts Mathematics Physics Chemistry Biology Psychology Management Environment Environmental Biological Chemical Mechanical Electrical Civil Public Medical Clinical Information Applied Physical Political Agricultural Veterinary Dentistry Pharmacy Architecture Geography History Languages'.split(
    ' ',
  ),
);
// A legal form ending a name: "Professor Woods Ltd" is a firm.
const LEGAL_FORM_LAST = new Set([
  'Ltd',
  'Limited',
  'Inc',
  'LLC',
  'GmbH',
  'AG',
  'plc',
  'PLC',
  'Pty',
  'SA',
  'BV',
  'SAS',
  'Srl',
  'AB',
  'AS',
  'Oy',
]);
// The places whose government names its departments after them: "Minnesota Department of Benefit Services".
const PLACES_WITH_DEPARTMENTS = new Set(
  'Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming|State|County|City|Federal|Queensland|Victoria|Tasmania|Ontario|Alberta|Quebec|Manitoba|Saskatchewan'.split(
    '|',
  ),
);
// The first words of a public body's departments, after its place: "City of Fairhaven Community Development".
const UNITS_OF_A_PLACE = new Set(
  'Human Community Department Office Division Services Planning Parks Police Fire Public Utilities Library Finance IT'.split(' '),
);
const HOSPITAL_ENDINGS = [' Hospital', ' Infirmary', ' Medical Centre', ' Medical Center'];
// What the writer's firm does for a body, or is to it, before its name: the body is a client or a partner.
const WORKED_FOR_BY_THE_WRITER =
  /(?:\b(?:we|we're|we’re|we've|we’ve|we are|we have|our (?:firm|company|practice|business|product|platform|software|team|lab|group|studio|charity|organi[sz]ation))\b[^.\n]{0,40}\b(?:do|doing|did|done|build\w*|built|work\w*|deliver\w*|serv(?:e|es|ed|ing)|suppl\w*|won|used|help\w*|support\w*|provid\w*|collaborat\w*|partner\w*)\b[^.\n]{0,30}|\b(?:supplier|provider|vendor|contractor)s? |\b(?:services|software|products|solutions) |\bspin-?out |\bspun out )(?:for|with|to|by|alongside|from|of)\s+(?:the\s+)?$/i;
// The reader's own past at a body: "I saw you spent 5 years at the Western Seaboard Research Institute", "après vos 8
// ans à la Clinique Saint-Amand", "tus años en el Hospital de Levante".
// (Also "you two worked together at Pixelfarm", "you both spent years at".)
const READERS_PAST_AT =
  /\byou were (?:at|(?:a|an) [\w -]{1,30} at)\s+(?:the\s+)?$|\byou(?: two| both)?(?:['’]ve| have)? (?:spent|worked|studied)\b[^.\n]{0,40}\b(?:at|with|for)\s+(?:the\s+)?$|\byour (?:time|years|PhD|postdoc|work) (?:at|with)\s+(?:the\s+)?$/i;
// The same with another verb of working, looked for only when one is there: "said you drove with him at Lakeview
// Transport", "you taught at …".
// (Or one who taught the reader there: "Captain Ruiz, who instructed you at Summit Flight Academy".)
const REMEMBER_ME = ['lembra', 'acuerd', 'acord', 'remember me'];
const REMEMBER_ME_FROM = () =>
  /\b(?:(?:se )?lembra(?:-se)? de mim,? (?:do|da|no|na)|(?:te|se) (?:acuerdas|acordás|acuerda) de mí,? (?:del|de la|en el|en la)|remember me from(?: the)?)\s+$/;
const READERS_OTHER_WORK = ['drove', 'taught', 'nursed', 'interned', 'instructed', 'trained', 'mentored', 'coached'];
const READERS_PAST_OTHER_AT = () =>
  /\byou (?:drove|taught|nursed|interned)\b[^.\n]{0,40}\b(?:at|with|for)\s+(?:the\s+)?$|\b(?:instructed|trained|taught|mentored|coached) you\b[^.\n]{0,20}\b(?:at|with)\s+(?:the\s+)?$/i;
// And the reader's old team: "Ifeoluwa from your old team at Bluerock Microfinance", "your former employer, …", "your
// ex-ward manager at HKL". Looked for only when "your old", "your former", "your previous", "your last" or "your ex-" is
// there.
const READERS_OLD_WORDS = ['your old ', 'your former ', 'your previous ', 'your last ', 'your ex-'];
const READERS_OLD_AT = () =>
  /\byour (?:(?:old|former|previous|last) |ex-)(?:[\w-]+ )?(?:team|company|employer|job|colleagues?|boss|manager|firm|unit)(?: (?:at|with)|,)\s+(?:the\s+)?$/i;
/**
 * Whether `lead` ends where the reader works or worked: "your work at", "you spent three years at". (`tail`, the words
 * after the name: the reader's old team that wants them back is the one hiring, "Your old team at Monzo would love to
 * have you back", "welcome you back to your old team at Rivetline".)
 */
function readersPastAt(lead: string, tail = ''): boolean {
  const lower = lead.toLowerCase();
  return (
    // (A Thai "who worked with you at", "ที่เคยทำงานกับคุณที่ Bangkok Fresh Logistics".)
    lead.slice(-30).includes('เคยทำงาน') ||
    // (Where the writer and the reader met before: "Lembra de mim, do Hospital Regional?", "¿Te acuerdas de mí, del
    // Hotel Marbella?", "remember me from Northgate?".)
    (REMEMBER_ME.some((words) => lower.includes(words)) && compiled(REMEMBER_ME_FROM).test(lower)) ||
    // (A Finnish "your former boss at", the firm in its genitive after: "entinen esimiehesi Voimakone Oy:n projekteissa".)
    (lower.includes('entinen ') && /\bentinen (?:esimiehesi|esihenkilösi|kollegasi|työkaverisi|pomosi|työnantajasi)\s+$/.test(lower)) ||
    // (What the reader did there, in Portuguese: "o jeito que vocês estruturaram a camada de qualidade no Banco Guaraci".)
    (lower.includes('você') && compiled(READERS_PAST_PORTUGUESE).test(lead)) ||
    compiled(READERS_PAST_AT).test(lead) ||
    (READERS_OLD_WORDS.some((words) => lower.includes(words)) &&
      compiled(READERS_OLD_AT).test(lead) &&
      !/\bback\b/i.test(lead.slice(-40)) &&
      // (Nor the team a former colleague is still on and hiring for: "your ex-manager at Deliveroo, asked me to reach
      // out. She's building …", "your ex-colleague at Canva, Ben, now leads the team there".)
      // (In the name's own sentence.)
      !/\b(?:back|there|return\w*|rejoin\w*|build\w*|hiring|asked me)\b/i.test(tail.split(/[.!?\n]/)[0]!)) ||
    (READERS_OTHER_WORK.some((verb) => lead.includes(verb)) && compiled(READERS_PAST_OTHER_AT).test(lead))
  );
}
// The same in French and Spanish (run only when a word of theirs is there: `READERS_PAST_WORDS`); not an invitation to
// it: "Poursuivez votre expérience au sein de …", "Desarrolla tu experiencia en …".
const READERS_PAST_AT_ELSEWHERE =
  /\b(?:vos|tes|tus|sus) (?:\d+ )?(?:ans|années|años) (?:à|au|chez|en|au sein de)\s+(?:la |le |l['’]|el )?$|(?<!\b(?:poursuivez|développez|continuez|enrichissez|vivez|construisez|démarrez|commencez|desarrolla|contin[uú]a|empieza|comienza|inicia|vive|construye|ampl[ií]a|suma|(?:souhaitez|voulez|envie de|prête? à|quieres|deseas|te gustaría)(?:\s+\S+){0,2})(?:\s+\S+){0,2}\s)\b(?:votre|ton|tu|su) (?:passage|paso|parcours|trayectoria|expérience|experiencia|etapa) (?:à|au|chez|en|por|au sein de)\s+(?:la |le |l['’]|el )?$|\bvous (?:avez|aviez) (?:travaillé|passé)[^.\n]{0,40}\b(?:à|chez)\s+(?:la |le |l['’])?$/i;
// The writer's past, not the reader's or the employer's: "who I worked with years ago at St. Brendan's" (not "Dr. Patel,
// who you worked with years ago at Cedarvale Health, is now our CNO").
const WORKED_THERE_ONCE =
  /\bworked\b[^.\n]{0,40}\b(?:years ago|back in \d{4}|previously|formerly|in the past)\s+(?:at|for|with)\s+(?:the\s+)?$|\b(?:used to work|once worked|previously worked|formerly worked)\b[^.\n]{0,30}\b(?:at|for)\s+(?:the\s+)?$/i;
const READERS_PAST_PORTUGUESE = () => /\bvocês? (?:\S+ ){0,2}?\S+(?:aram|eram|iram|ou|eu|iu)\b[^.\n]{0,60}\b(?:no|na|em|pelo|pela)\s+$/i;
const READERS_PAST_WORDS = ['vos ', 'tes ', 'tus ', 'sus ', 'votre ', 'ton ', 'tu ', 'su ', 'vous '];
// The same in Dutch and German, whose verb comes after the name: "jullie hebben samen bij Waterschap Lingedal gewerkt",
// "Sie haben doch bei der Stadtwerke Kiel GmbH gearbeitet".
const READERS_PAST_BEFORE =
  /\b(?:[Jj]e|[Jj]ij|[Jj]ullie|[Uu]|[Dd]u|[Ii]hr|Sie) (?:hebt|heeft|hebben|had|hadden|hast|habt|haben|hattest|hattet|hatten)(?: \S+){0,3} (?:bij|bei|am|an der|an dem)\s+(?:de |het |der |dem |den )?$/;
// (Or a doctorate or studies there: "Sie haben am Leibniz-Institut für Troposphärenforschung promoviert".)
const READERS_PAST_AFTER = /^[^.\n!?]{0,40}?\b(?:gewerkt|gezeten|gearbeitet|gewesen|promoviert|studiert|geforscht|habilitiert)\b/;

/** A name the reader worked at, said with the verb after it: `before` and `after` are the text around the name. */
function readersPastVerbLast(before: string, after: string): boolean {
  return (
    (before.includes(' bij ') || before.includes(' bei ') || before.includes(' am ') || before.includes(' an d')) &&
    compiled(READERS_PAST_BEFORE).test(before) &&
    READERS_PAST_AFTER.test(after)
  );
}
const HIRING_WORDS =
  /\b(?:hiring|hire|recruit\w*|looking for|seeking|roles?|positions?|vacanc\w*|jobs?|openings?|appoint\w*|apply to (?:be|join)|(?:its|their) in-house)\b/i;
const THEY_WANT =
  /\b[Tt]hey(?:['’]re| are|['’]d| would| have)? (?:want|need|(?:keen|looking) to (?:find|hire|meet)|asked us to find|like to meet)\s+(?:a |an |someone|\d|[A-Z])/;
// Kinds whose name goes on with "for" or "of" and a field: "Institute for Marine Robotics", "Society of Civil Engineers",
// "the Department of Physics". What follows the "of" or "for" is no organisation of its own.
const LONGER_NAME_KINDS = new Set(
  'Institute Institution Centre Center Department Division Unit Ministry Society Association Foundation Council Commission Office Agency Bureau Academy School Faculty College Laboratory Lab Museum Trust'.split(
    ' ',
  ),
);
// The fields a ministry or a department of two things names second: "… and Veterans Affairs", "… and Social Care".
const GOVERNMENT_FIELDS = new Set(
  'Communities Pensions Social Veterans Families Family Culture Sport Heritage Environment Energy Transport Industry Trade Innovation Science Education Skills Training Justice Home Housing Local Public Welfare Labour Employment Health Tourism Fisheries Agriculture Forestry Water Infrastructure Development Planning Finance Economy Technology Digital Research Rural Regional Emergency Security Immigration Citizenship Youth Children Women Equality Seniors Disability Natural Mines Climate Arts Communications Consumer Corrections Indigenous'.split(
    ' ',
  ),
);
// Titles a writer gives before "of" and their organisation's name.
const OWN_TITLE_WORDS = new Set(
  'CEO CTO COO CFO CIO CMO Director Head Chair Chairman Chairwoman President Founder Principal Dean Manager'.split(' '),
);
// The first words of a university's or a hospital's units, in the reader's languages.
const UNITS_OF_A_BODY = new Set(
  'Laboratório Laboratorio Laboratoire Labor Laboratory Lab Departamento Dipartimento Département Department Institut Instituto Istituto Institute Centro Centre Center Zentrum Grupo Gruppo Groupe Group Faculdade Facultad Facoltà Faculté Faculty Fakultät School Escola Escuela Scuola École Klinik Clínica Servicio Serviço Unidade Unidad Unità Unité'.split(
    ' ',
  ),
);
// A name by its kind ranks after one with a legal form, before the sender's own organisation; no place is one.
const KIND_RANK = 4.5;
const NAMED_ROLE_WORDS = [' role', ' position', ' opening', ' vacancy'];
// The last word of an organisation's name by its kind.
const ORGANISATION_ENDING = () =>
  /\b(?:Initiative|Foundation|Trust|Bank|Group|Hospital|Council|University|College|Institute|Agency|Authority|Ministry|Society|Association|Company|Corporation|Labs?|Ltd|Limited|Inc|LLC|PLC|GmbH|AG|Partners|Holdings|Industries)\.?$/;
const NOT_A_NAME_BEFORE_ROLE = new Set(
  'golang go java python ruby rust react node kotlin swift scala php javascript typescript backend frontend fullstack full-stack staff senior junior lead principal remote hybrid contract permanent interim greenfield new other second first same'.split(
    ' ',
  ),
);
const NAMED_ROLE = () => /\bthe ((?:[A-Z][\w&'’-]+ ){0,2}[A-Z][\w&'’-]*[a-z][\w&'’-]*) (?:role|position|opening|vacancy)\b/g;
// Latin letters (with accents and macrons), not \p{L}: cheaper to compile on a first read.
const CAPITALISED = /^[A-Z\u00C0-\u00DE][a-zA-Z\u00C0-\u024F'’&-]{1,30}$/;
// Prepositions and articles that open a sentence before a name: no part of it.
const SENTENCE_OPENERS = new Set(
  'Am Im Beim Vom Zum Zur Au Aux Le La Les El Il Lo Na No Do Da Em En På Hos Ved Til Der Die Das The At In For From With Bei Bij Op Voor Dla Para Per Presso'.split(
    ' ',
  ),
);
// The small words inside a name before its kind: "Cascade Heart & Vascular Hospital", "Church of England Academy".
const KIND_AFTER_JOINERS = new Set(['&', 'and', 'of']);
// Not Italian "di": "Liceo Galvani di Milano" is the school and its town.
const KIND_JOINERS = new Set([
  'de',
  'del',
  'la',
  'le',
  'du',
  'des',
  'do',
  'da',
  'dos',
  'das',
  'van',
  'von',
  'y',
  '&',
  'am',
  'im',
  'zum',
  'zur',
]);

const FOR_CLIENT = new RegExp(
  `(?:^|[.!?]\\s+|\\n)[ \\t]*(?:For|Voor|Für|Pour|Para|Per|För|Dla|Til)\\s+(?:(?:die|der|den|de|la|le|el|il|a|o)\\s+)?(${NAME})\\s*(?:\\([^)\\n]{0,120}\\)\\s*)?,?\\s+(?:I(?:'m| am) (?:looking for|seeking|recruiting)|zoek(?:en)? (?:ik|wij|we)|such(?:e|en) (?:ich|wir)|(?:je recherche|nous recherchons|je recrute)|(?:busco|buscamos|cerco|cerchiamo|procuro|procuramos)|s(?:ö|ø)(?:ker|ger) (?:jag|vi|jeg)|szukam(?:y)?|hledám(?:e)?)\\b`,
  'g',
);
const FOR_CLIENT_HINTS = [
  'looking for',
  'seeking',
  'recruiting',
  'zoek',
  'such',
  'recherch',
  'recrute',
  'busc',
  'cerc',
  'procur',
  'söker',
  'søker',
  'søger',
  'szukam',
  'hledám',
];

// The common nouns a description of an organisation ends in, before its name: "e-commerce company ShopNest Asia".
const KIND_WORDS = [
  'company',
  'firm',
  'startup',
  'start-up',
  'brand',
  'retailer',
  'chain',
  'manufacturer',
  'bedrijf',
  'Unternehmen',
  'empresa',
  'azienda',
  'entreprise',
  'société',
  'firma',
  'företaget',
  'virksomhed',
  'selskap',
  'şirketi',
];

// Words before "company" that say whose it is, not what it is: "our company LinkedIn Page", "the whole company".
const OWNER_WORDS = new Set([
  'our',
  'the',
  'a',
  'an',
  'your',
  'my',
  'this',
  'that',
  'whole',
  'every',
  'entire',
  'same',
  'their',
  'his',
  'her',
]);

function namesAfterKindWord(text: string): Array<{ value: string; at: number }> {
  const out: Array<{ value: string; at: number }> = [];
  for (const kind of KIND_WORDS) {
    for (let at = text.indexOf(` ${kind} `); at >= 0 && out.length < 20; at = text.indexOf(` ${kind} `, at + 1)) {
      // After a description in lower case ("e-commerce company"), not a name's own word ("Acme Company Ltd").
      const before =
        text
          .slice(Math.max(0, at - 30), at)
          .split(/\s/)
          .pop() ?? '';
      if (before === '' || before[0] !== before[0]!.toLowerCase() || OWNER_WORDS.has(before)) continue;
      const words: string[] = [];
      for (const raw of text.slice(at + kind.length + 2, at + kind.length + 80).split(' ')) {
        const word = raw.replace(/[,.;:!?)]+$/, '');
        if (!CAPITALISED.test(word) || words.length >= 4) break;
        words.push(word);
        if (word !== raw) break;
      }
      const brandLike = words.length === 1 && /^[A-Z][a-z]+[A-Z]/.test(words[0]!);
      if (words.length >= 2 || brandLike) out.push({ value: words.join(' '), at: at + kind.length + 2 });
    }
  }
  return out;
}

/**
 * The name a kind word opens ("Hotel Brisamar", "Klinik am Wakenitzufer"): the kind and the capitalised words after
 * it, up to the end of the line or of the sentence's part ("Hotel Brisamar, en Altea" is "Hotel Brisamar"). Null if
 * no word follows.
 */
function nameAfterKind(text: string, at: number, kind: string): string | null {
  const words = text
    .slice(at + kind.length + 1, at + kind.length + 120)
    .split('\n')[0]!
    .split(' ');
  const name = [kind];
  // Six words at most, its joiners not counted: "Consórcio Intermunicipal de Saúde do Vale Aurora".
  const counted = () => name.filter((w) => !KIND_JOINERS.has(w)).length;
  for (let i = 0; i < words.length && counted() < 6; i++) {
    const word = words[i]!.replace(/[,.;:!?)*]+$/, '');
    const last = word !== words[i];
    // A word in capitals after the name is no part of it: "Groupe Verdalys ETI".
    // "Hotel Conchiglia d'Oro": an elided joiner and a capital belong to the name.
    const fits = (CAPITALISED.test(word) || /^d['’][A-Z]/.test(word)) && !(name.length > 1 && word === word.toUpperCase());
    const next = words[i + 1]?.replace(/[,.;:!?)*]+$/, '') ?? '';
    // "Liceo Internazionale Vallombrosa di Milano": a joiner before a well-known place ends the name.
    // (Dutch "voor" only in a national agency's name: "Rijksdienst voor Kustbeheer", not "Gemeente Rotterdam voor Jeugdzorg"
    // nor "Stichting Philadelphia voor Mensen met een Beperking".)
    // ("Stichting voor Jeugdzorg Utrecht": "voor" right after the kind.)
    // (German "für" right after an institute's or a centre's kind: "Leibniz-Institut für Küstenbiogeochemie".)
    const joiner =
      KIND_JOINERS.has(word) ||
      (word === 'voor' && (kind === 'Rijksdienst' || (kind === 'Stichting' && name.length === 1))) ||
      (word === 'für' && name.length === 1 && /(?:institut|zentrum|akademie|schule|amt)$/i.test(kind));
    // (And French "de la" before a capitalised name: "Centre de services scolaire de la Rivière-aux-Cèdres".)
    const afterLa = words[i + 2]?.replace(/[,.;:!?)*]+$/, '') ?? '';
    if (word === 'de' && next === 'la' && !last && CAPITALISED.test(afterLa) && !WELL_KNOWN_PLACE.has(caseFold(afterLa))) {
      name.push('de', 'la');
      i++;
    } else if (joiner && !last && CAPITALISED.test(next) && !WELL_KNOWN_PLACE.has(caseFold(next))) name.push(word);
    else if (fits) name.push(word);
    else break;
    if (last) break;
  }
  if (KIND_JOINERS.has(name[name.length - 1]!)) name.pop();
  return name.length > 1 ? name.join(' ') : null;
}

const LETTER_OR_FIGURE = () => /[\p{L}\p{N}]/u;
// A heading's name in capitals after its kind, the rest of the line no letters or figures (a bold mark, an emoji).
const CAPITAL_KIND_HEADING = () => /^(\p{Lu}+(?: (?:\p{Lu}[\p{Lu}'’&.-]*|&)){1,5})[ \t*_]*[^\p{L}\p{N}]*$/u;
/** Words of a heading in capitals that say it is an advert, not a name: "HOTEL JOBS IN DUBAI", "GRUPO DE TRABAJO". */
const NOT_IN_A_CAPITAL_NAME = new Set(
  'JOBS JOB STAFF WANTED VACANCY VACANCIES VACANTE VACANTES VAGA VAGAS EMPLEO EMPLEOS TRABAJO HIRING RECRUITMENT IN EN EM NO NA A AT FOR PARA BUSCA BUSCAMOS SOLICITA SOLICITAMOS CONTRATA NECESITA PROCURA RECRUTA CERCA SUCHT SEEKS NEEDS NEEDED REQUIRED URGENT NOW'.split(
    ' ',
  ),
);

// Kinds that end a compound word, lower case: "Kreisklinikum", "Kantonsspital", "Berufsschule".
// (And a German institute, "Leibniz-Institut für Küstenbiogeochemie", "Fraunhofer-Institut für …".)
const KIND_BEFORE_ENDINGS = ['klinikum', 'klinik', 'krankenhaus', 'spital', 'schule', 'hochschule', 'universität', 'institut'];

/**
 * The names a kind word makes an organisation's: up to three capitalised words after a kind that comes first (a joiner
 * such as "de" may stand between them: "Hotel Arenal de Sotavento"), or before one that comes last ("St. Brendan
 * Community Hospital"). A scan of words, not a pattern: the kinds are many, the names they take are short.
 */
function kindNames(text: string): Array<{ value: string; at: number }> {
  const out: Array<{ value: string; at: number }> = [];
  const isLetter = (ch: string | undefined) => ch !== undefined && /[a-zA-Z\u00C0-\u024F'’&-]/.test(ch);
  for (const kind of KIND_BEFORE) {
    for (let at = text.indexOf(`${kind} `); at >= 0 && out.length < 50; at = text.indexOf(`${kind} `, at + 1)) {
      // An elided article may stand against the kind: "dall'Hotel Conchiglia d'Oro", "l'Institut Saint-Clair".
      if (isLetter(text[at - 1]) && !/(?:^|[^a-z])(?:l|dall|dell|all|nell|sull|d)['’]$/i.test(text.slice(Math.max(0, at - 6), at)))
        continue;
      // A kind after another capitalised word on its line is inside a longer name or a tool's: "Visual Studio Code".
      // (Not a preposition or an article opening the sentence: "Am Universitätsklinikum Lahnfeld", "Le CPAS de Hautrival".)
      const before = /(?:^|[ \t])([A-Z][a-z]+) $/.exec(text.slice(Math.max(0, at - 20), at));
      if (before && !SENTENCE_OPENERS.has(before[1]!)) continue;
      const name = nameAfterKind(text, at, kind);
      // (A plant by its one kind of work is a mine's or a mill's unit, "Planta Concentradora": a name has more words.)
      // (Nor a riad or a residence of one word: "Riad" is also a first name, "Riad Benali", and "Résidence Permanente" a
      // status.)
      if (name && !((kind === 'Planta' || kind === 'Riad' || kind === 'Résidence') && name.split(' ').length < 3))
        out.push({ value: name, at });
    }
  }
  // A heading line all in capitals that opens with a kind: "*GRUPO LOGÍSTICO TARASCO* 🚛", "HOTEL MIRAMAR".
  for (const kind of [...KIND_BEFORE, 'Hospital', 'Clínica']) {
    const upper = `${kind.toUpperCase()} `;
    for (let at = text.indexOf(upper); at >= 0 && out.length < 50; at = text.indexOf(upper, at + 1)) {
      // (After a bullet, a bold mark or an emoji: "🏥 HOSPITAL QUIRÚRGICO VALDEZARZA".)
      if (compiled(LETTER_OR_FIGURE).test(text.slice(text.lastIndexOf('\n', at) + 1, at))) continue;
      const end = text.indexOf('\n', at);
      const heading = compiled(CAPITAL_KIND_HEADING).exec(text.slice(at, end < 0 ? undefined : end));
      if (heading && !heading[1]!.split(' ').some((word) => NOT_IN_A_CAPITAL_NAME.has(word))) out.push({ value: heading[1]!, at });
    }
  }
  // A town's council before an elided "de": "la Ville d'Annecy recrute".
  for (let at = text.indexOf('Ville d'); at >= 0 && out.length < 50; at = text.indexOf('Ville d', at + 1)) {
    const town = /^Ville d['’][A-Z\u00C0-\u00DE][a-zA-Z\u00C0-\u024F-]{1,30}/.exec(text.slice(at, at + 40));
    if (town && !isLetter(text[at - 1])) out.push({ value: town[0], at });
  }
  // A kind at the end of a compound word: "Kreisklinikum Lahntal", "Kantonsspital Baden".
  const low = text.toLowerCase();
  for (const ending of KIND_BEFORE_ENDINGS) {
    for (let end = low.indexOf(`${ending} `); end >= 0 && out.length < 50; end = low.indexOf(`${ending} `, end + 1)) {
      let start = end;
      while (start > 0 && isLetter(text[start - 1]) && text[start - 1] !== '&') start--;
      const kind = text.slice(start, end + ending.length);
      if (start === end || !/^[A-Z\u00C0-\u00DE]/.test(kind)) continue;
      // English "Hospital" ends like "Kantonsspital": a kind first only as Spanish and Portuguese write it ("Hospital
      // Universitario Sierra del Alba", "Hospital de São José"), not "(Hospital Discharge)".
      if (
        kind === 'Hospital' &&
        !compiled(
          /^ (?:Universitari[oa]|Clínico|General|Regional|Provincial|Comarcal|de|del|do|da|dos|das|San|Santa|Sant|São)(?![\p{L}])/u,
        ).test(text.slice(end + ending.length, end + ending.length + 16))
      )
        continue;
      const name = nameAfterKind(text, start, kind);
      if (name) out.push({ value: name, at: start });
    }
  }
  // A public body named as what it is "of" a place: "Town of Port Hallett", "University of Wexmoor".
  for (const kind of KIND_OF) {
    for (let at = text.indexOf(`${kind} of `); at >= 0 && out.length < 50; at = text.indexOf(`${kind} of `, at + 1)) {
      if (isLetter(text[at - 1])) continue;
      // A place or a past, not an employer: "based in the City of London", "your PhD at the University of Edinburgh".
      if (compiled(NOT_AN_EMPLOYER_OF).test(text.slice(Math.max(0, at - 60), at))) continue;
      // A government's ministry is "the" ministry or a province's: "Ministry of Sound" is a club.
      // (Or one heading its line, as a signature or a form writes it: "Ministry: Ministry of Northern Housing".)
      if (kind === 'Ministry' && !/(?:\bthe|['’]s|^|\n|:) ?$/i.test(text.slice(Math.max(0, at - 6), at))) continue;
      // Capitalised words after "of" (nameAfterKind with no kind of its own), no more than four: "City of Cape Town".
      let name = nameAfterKind(text, at + kind.length + 3, '')?.trim();
      if (!name || name.split(' ').length > 4) continue;
      // A ministry or a department of two things: "Ministry of Northern Housing and Communities".
      if (kind === 'Ministry' || kind === 'Department') {
        const and = /^ (?:and|&) (?:[A-Z][a-z]+ ){0,1}[A-Z][a-z]+/.exec(
          text.slice(at + kind.length + 4 + name.length, at + kind.length + 60),
        );
        // (Only a name the message writes whole more than once, or that ends its clause with a field a government has:
        // "the Ministry of Justice and Home Office joint unit", "the Ministry of Defence and Airbus" name two.)
        const whole = and ? `${kind} of ${name}${and[0]}` : '';
        const end = at + whole.length;
        const field = and ? and[0].replace(/^ (?:and|&) /, '') : '';
        if (
          and &&
          (text.indexOf(whole) !== text.lastIndexOf(whole) ||
            (/^(?:[,.;:)\n]|$)/.test(text.slice(end, end + 1)) && GOVERNMENT_FIELDS.has(field.split(' ')[0]!)))
        )
          name += and[0];
      }
      if (kind === 'Department') {
        const place = /(?:^|[\s(])((?:[A-Z][a-z]+ ){1,2})$/.exec(text.slice(Math.max(0, at - 40), at))?.[1];
        if (place === undefined || !PLACES_WITH_DEPARTMENTS.has(place.trim())) continue;
        out.push({ value: `${place}${kind} of ${name}`, at: at - place.length });
        continue;
      }
      out.push({ value: `${kind} of ${name}`, at });
    }
  }
  // A government department or ministry named "for" what it does: "the Department for Coastal Resilience", "Department
  // for Work and Pensions", "the Ministry for the Environment". Not one after a capitalised word, which is some
  // organisation's own ("the HR Department for Northwind").
  for (const kind of ['Department for ', 'Ministry for ']) {
    for (let at = text.indexOf(kind); at >= 0 && out.length < 50; at = text.indexOf(kind, at + 1)) {
      if (isLetter(text[at - 1]) || /(?:^|\s)(?!The )[A-Z][\w&-]* $/.test(text.slice(Math.max(0, at - 30), at))) continue;
      const named = /^\S+ for (?:the )?[A-Z][a-z]+(?:(?: and| &)? [A-Z][a-z]+){0,4}/.exec(text.slice(at, at + 100));
      if (named) out.push({ value: named[0], at });
    }
  }
  for (const kind of KIND_AFTER) {
    for (let at = text.indexOf(` ${kind}`); at >= 0 && out.length < 50; at = text.indexOf(` ${kind}`, at + 1)) {
      if (isLetter(text[at + kind.length + 1])) continue;
      // A kind followed by another capitalised word is part of a title or a tool: "Senior Electrical Engineer", "Visual
      // Studio Code", "High School Teacher".
      if (/^ [A-Z]/.test(text.slice(at + kind.length + 1, at + kind.length + 3))) continue;
      // A team or a department named by its kind: "Barclays Family Services team".
      if (/^ (?:team|department|division|unit|group)\b/i.test(text.slice(at + kind.length + 1, at + kind.length + 13))) continue;
      const words = text.slice(Math.max(0, at - 100, text.lastIndexOf('\n', at) + 1), at).split(' ');
      const name: string[] = [];
      // "Cascade Heart & Vascular Hospital": a joiner between capitalised words belongs to the name.
      // Four capitalised words at most, and the small words between them: "St Aldhelm's Church of England Academy".
      for (let i = words.length - 1; i >= 0 && name.filter((w) => !KIND_AFTER_JOINERS.has(w)).length < 4; i--) {
        const word = words[i]!;
        // A bracket or a quote opens the name: "(Riverbend Unified School District)", a subject's "[Sao Mai Logistics]".
        if (/^[("“‘[]/.test(word)) {
          if (CAPITALISED.test(word.slice(1))) name.unshift(word.slice(1));
          break;
        }
        if (CAPITALISED.test(word)) name.unshift(word);
        else if (KIND_AFTER_JOINERS.has(word) && name.length > 0 && CAPITALISED.test(words[i - 1] ?? '')) name.unshift(word);
        // A Dutch or German name's small words after its first: "Van der Berkt Transport".
        else if (SURNAME_PARTICLES.has(word) && name.length > 0 && /^(?:Van|Von|De|Ter|Ten)$/.test(words[i - 1] ?? '')) name.unshift(word);
        else break;
      }
      // The writer's title is no part of it: "CEO of Brightwater Children's Trust".
      const of = name.indexOf('of');
      if (of > 0 && of <= 2 && OWN_TITLE_WORDS.has(name[0]!)) name.splice(0, of + 1);
      // "Senior Consultant Cloud Security": a title before a field of work, not an organisation.
      if (name.length === 0 || rolePhrases(name.join(' ')).length > 0) continue;
      const before = words[words.length - 1 - name.length];
      // The end of a longer name: "the Institute for Marine Robotics" is no "Marine Robotics".
      // (Not a unit of an organisation named by a capitalised word: "the HR Department for Northwind Robotics".)
      if (
        (before === 'for' || before === 'of') &&
        LONGER_NAME_KINDS.has(words[words.length - 2 - name.length] ?? '') &&
        !/^[A-Z]/.test(words[words.length - 3 - name.length] ?? '')
      )
        continue;
      if (before !== undefined && /^(?:St|Mt|Ste)\.$/.test(before)) name.unshift(before);
      const value = `${name.join(' ')} ${kind}`;
      out.push({ value, at: at - value.length + kind.length + 1 });
    }
  }
  return out;
}

// Capitals of Turkish, Polish, Czech and Vietnamese ("Đ") outside Latin-1, which the name patterns do not list as a name's first letter
// (each listed would lengthen every name pattern): read as the ASCII letter they are written on.
// Only a word's first letter, before a small one: "A.Ş." stays as written, a legal form the patterns know.
const EXTENDED_CAPITALS =
  /(?<![A-Za-z\u00C0-\u024F.])[\u0130\u015E\u0141\u015A\u0179\u017B\u0160\u017D\u010C\u0158\u0110](?=[a-z\u00DF-\u024F])/g;
const ASCII_OF: Record<string, string> = { İ: 'I', Ş: 'S', Ł: 'L', Ś: 'S', Ź: 'Z', Ż: 'Z', Š: 'S', Ž: 'Z', Č: 'C', Ř: 'R', Đ: 'D' };

/**
 * The employer a message names in its words; else the one a job posting's link names; else the one the writer's own
 * mail domain names.
 */
export function findCompany(text: string, from?: string): string | null {
  const asWritten = withNameParticle(findCompanyAsWritten(text, from), text);
  // (Not a town the message names only after a comma, as where a firm is: "Brenninger & Kolb Executive Search GmbH,
  // München".)
  // (The place's business is the employer where it names one of the trade's own nouns: "Lough Leane Hotel, Killarney is
  // HIRING for summer 2025!!".)
  const found =
    asWritten !== null && !asWritten.includes(' ') && onlyAfterAFirm(text, asWritten)
      ? null
      : asWritten !== null && !asWritten.includes(' ') && text.includes(`, ${asWritten}`)
        ? (venueBeforeTown(text, asWritten) ?? asWritten)
        : // (Nor a headhunter's word for the search before it: "CFO-Mandat Brunner Präzisionsteile AG".)
          asWritten?.includes('-Mandat ') && /^\S+-Mandat /.test(asWritten)
          ? asWritten.slice(asWritten.indexOf(' ') + 1)
          : asWritten;
  // A company's "Co. Ltd." or "Co., Ltd." is its legal form, cut at its first dot: "Sunridge Life Insurance Co. Ltd." is
  // Sunridge Life Insurance, not "… Co.". (By strings.)
  // (Not a partnership's "& Co.", which is its name: "Pemberton & Co. Ltd".)
  if (
    asWritten?.endsWith(' Co.') &&
    !asWritten.endsWith('& Co.') &&
    !asWritten.endsWith(' and Co.') &&
    (text.includes(`${asWritten} Ltd`) || text.includes(`${asWritten}, Ltd`))
  )
    return asWritten.slice(0, -' Co.'.length);
  // A German limited partnership's whole form: "Kessler Antriebstechnik GmbH & Co. KG", not its "GmbH & Co." alone.
  // (Or "KGaA", "Brenner Chemie AG & Co. KGaA".)
  const kg = found?.endsWith(' & Co.') ? text.indexOf(`${found} KG`) : -1;
  const form = kg < 0 ? '' : text.startsWith('KGaA', kg + found!.length + 1) ? 'KGaA' : 'KG';
  const written = found && kg >= 0 && !/[A-Za-z]/.test(text[kg + found.length + 1 + form.length] ?? '') ? `${found} ${form}` : found;
  // An abbreviated legal form keeps its last dot where the message writes it: "Gihon Beverages S.C.", not "… S.C".
  // (The pattern only for a name whose last but one character is a dot: every message's employer passes here.)
  if (written !== null && written.at(-2) === '.' && text.includes(`${written}.`) && compiled(DOTTED_FORM_END).test(written))
    return `${written}.`;
  // (Or an abbreviated word: "KESTREL BULK SHIPPING PTE. LTD.".)
  if (written !== null && ABBREVIATED_FORMS.has(written.slice(written.lastIndexOf(' ') + 1)) && text.includes(`${written}.`))
    return `${written}.`;
  // A Turkish name read from its trades on is the firm's whole name: "Ege Sofrası Gıda Sanayi ve Ticaret A.Ş.", not
  // "Ticaret A.Ş.".
  // (Its "Ltd. Şti." whole, a limited company's: "Akdeniz Liman Acenteliği Ltd. Şti.", not "… Ltd.".)
  if (written?.endsWith(' Ltd.') && text.includes(`${written} Şti.`)) return `${written} Şti.`;
  if (written !== null && (written.endsWith('A.Ş.') || written.endsWith('Şti.'))) {
    const turkish = turkishFirm(text);
    if (turkish !== null && turkish.length > written.length && turkish.endsWith(written)) return turkish;
  }
  // A Czech or Slovak name that opens on an adjective and a noun in lower case, as a public company's does: "Městská
  // doprava Olšany a.s.", "Technické služby Brno, s.r.o.".
  if (written !== null && (written.endsWith(' a.s.') || written.endsWith('s.r.o.'))) {
    const at = text.indexOf(written);
    const before = compiled(CZECH_NAME_OPENING).exec(text.slice(Math.max(0, at - 40), at));
    if (before) return `${before[1]} ${written}`;
  }
  // A Vietnamese name read from its legal form on is the company's with its word for a company: "Công ty TNHH Sao Mai
  // Logistics".
  if (
    written !== null &&
    (written.startsWith('TNHH ') || written.startsWith('CP ') || written.startsWith('Cổ phần ')) &&
    text.includes(`Công ty ${written}`)
  )
    return `Công ty ${written}`;
  const named =
    written ??
    jobLink(text)?.company ??
    legalName(text) ??
    koreanEmployer(text) ??
    hebrewEmployer(text) ??
    thaiEmployer(text) ??
    japaneseEmployer(text) ??
    lineOfDomain(text) ??
    companyOfDomain(text, from);
  return named !== null && neverAnEmployer(named, text) ? null : named;
}

// Names no employer can have, whatever the rules that found them: a country or a region, a language level ("C1
// English"), a trade and its pay ("Mason 1500 SAR"), a UN grade ("P-3"), an aviation or a maritime regulator, a job
// site's mark of an advert ("Gesponsert"), a pay's period in capitals ("PER WEEK AS" of "$3,000+ PER WEEK AS A MINE
// SITE … OPERATOR"), an event ("Cyber Range Day", "Careers Summit"). (Sets, not patterns: every message's employer
// passes here.)
const NOT_EMPLOYER_PLACES = new Set(
  'moldova albania kosovo montenegro bosnia north macedonia macedonia armenia azerbaijan kazakhstan uzbekistan kyrgyzstan tajikistan mongolia cambodia laos myanmar nepal sierra leone liberia gambia zambia zimbabwe botswana namibia malawi mozambique'.split(
    ' ',
  ),
);
const REGULATORS = new Set(['EASA', 'FAA', 'CAA', 'ICAO', 'IMO', 'DGCA', 'GCAA', 'CASA', 'IATA']);
// The regions a sales or an operations role covers that NOT_COMPANY does not hold (it holds "EMEA", "APAC", "DACH"…; not
// "ANZ", a bank's name too).
const MORE_REGIONS = new Set(['SAARC', 'ASEAN', 'GCC', 'CEE', 'ANZ', 'Africa', 'Middle East']);
// Certificates and the level of each a job asks for: "ITIL Foundation", "PRINCE2 Practitioner"; and the bodies that award
// them, named together as no employer: "AMFI & IRDAI certification".
const CERTIFICATES = new Set([
  'ITIL',
  'ITIL 4',
  'ITIL v4',
  'PRINCE2',
  'ISTQB',
  'TOGAF',
  'AgilePM',
  'SAFe',
  'Lean Six Sigma',
  'Six Sigma',
  'COBIT',
  'MSP',
  'AMFI',
  'IRDAI',
  'IRDA',
  'NISM',
  'SEBI',
  'NCFM',
  'CFA',
  'FRM',
  'CPA',
  'ACCA',
  'CIMA',
  'CAIA',
  'CISI',
  'FINRA',
  'PMP',
]);
const CERTIFICATE_LEVELS = new Set(['Foundation', 'Practitioner', 'Expert', 'Master', 'Intermediate']);
const ADVERT_MARKS = new Set(['Gesponsert', 'Sponsored', 'Promoted', 'Patrocinado', 'Sponsorisé', 'Sponsorizzato', 'Gesponsord']);
const EVENT_WORDS = new Set(['Day', 'Days', 'Summit', 'Conference', 'Meetup', 'Expo', 'Hackathon', 'Webinar']);
const PERIOD_WORDS_SHOUTED = new Set(['HOUR', 'DAY', 'WEEK', 'MONTH', 'YEAR', 'ANNUM']);
const LANGUAGE_LEVELS = new Set(['A1', 'A2', 'B1', 'B2', 'C1', 'C2']);
function neverAnEmployer(name: string, text: string): boolean {
  const words = name.split(' ');
  if (WELL_KNOWN_PLACE.has(caseFold(name)) || NOT_EMPLOYER_PLACES.has(name.toLowerCase())) return true;
  // (Nor places or regions joined, a territory a writer covers: "I lead sales for India & SAARC at Vyomika Cloud".)
  if (
    (name.includes(' & ') || name.includes(' and ')) &&
    name
      .split(/ (?:&|and) /)
      .every((part) => WELL_KNOWN_PLACE.has(caseFold(part)) || NOT_COMPANY.has(caseFold(part)) || MORE_REGIONS.has(part))
  )
    return true;
  // (Nor a postcode and its province, an address's end: "Toronto, ON M5J 2W4".)
  // (By characters first: every employer passes here.)
  const lastCode = name.charCodeAt(name.length - 1);
  if (name.length >= 6 && name.length <= 10 && lastCode >= 48 && lastCode <= 57 && /^(?:[A-Z]{2} )?[A-Z]\d[A-Z] ?\d[A-Z]\d$/.test(name))
    return true;
  // (Nor a certificate's level: "ITIL Foundation is a plus".)
  if (words.length >= 2 && CERTIFICATE_LEVELS.has(words.at(-1)!) && CERTIFICATES.has(words.slice(0, -1).join(' '))) return true;
  // (A regulator only when it is not the one hiring: "EASA is recruiting Certification Experts" names its employer.)
  if (REGULATORS.has(name) && !new RegExp(`\\b${name} is (?:hiring|recruiting|looking|seeking)`).test(text)) return true;
  // (A job site's mark only on a header's line, "Gesponsert · InMail": not a firm so named, "I work at Promoted".)
  if (ADVERT_MARKS.has(name) && (text.startsWith(name) || text.includes(`\n${name}`))) return true;
  // (An event only where the message was at it, "your demo at Blue Team Day": not a firm of that name signing, "Brighter
  // Days" over its domain.)
  if (words.length > 1 && EVENT_WORDS.has(words[words.length - 1]!) && (text.includes(`at ${name}`) || text.includes(`at the ${name}`)))
    return true;
  if (words[0] === 'PER' && PERIOD_WORDS_SHOUTED.has(words[1] ?? '')) return true;
  // (A level and a language, "C1 English": not a firm, "B2 Logistics".)
  if (words.length === 2 && LANGUAGE_LEVELS.has(words[0]!) && LANGUAGE_NAMES.has(words[1]!)) return true;
  if (name.length === 3 && name[1] === '-' && 'PDG'.includes(name[0]!) && name[2]! >= '1' && name[2]! <= '9') return true;
  // (A trade, a figure and a money's code, "Mason 1500 SAR": not a legal form after a number, "Studio 54 LLC".)
  const last = words[words.length - 1]!;
  const beforeLast = words[words.length - 2] ?? '';
  return PAY_CODES_AFTER_A_TRADE.has(last) && /^\d[\d,.]*$/.test(beforeLast);
}
const PAY_CODES_AFTER_A_TRADE = new Set(['SAR', 'AED', 'QAR', 'KWD', 'BHD', 'OMR', 'USD', 'EUR', 'GBP', 'INR', 'PKR', 'BDT', 'NPR', 'PHP']);

/**
 * A line that is only a name, the name the message's e-mail addresses are at: "Tallbrook Cranes" over a post that says
 * "email jobs@tallbrookcranes.com.au". Its words written together are the address's domain, so the name is the
 * writer's employer, wherever the address stands. (Not a free mail's, an agency's or a person's own domain.)
 */
function lineOfDomain(text: string): string | null {
  if (!text.includes('@')) return null;
  const domains = new Set<string>();
  for (const m of text.matchAll(MAIL_DOMAIN)) {
    const domain = m[1]!.toLowerCase();
    // (Not a person's own domain, named for them: "john.smith@johnsmith.com".)
    const person = m[0]
      .slice(0, m[0].indexOf('@'))
      .split(/[._+-]/)[0]!
      .toLowerCase();
    if (person.length >= 3 && domain.startsWith(person)) continue;
    if (domain.length >= 6 && !FREE_MAIL.has(domain) && !compiled(RECRUITING_DOMAIN).test(domain) && !compiled(AGENCY_WORDS).test(domain))
      domains.add(domain);
  }
  if (domains.size === 0) return null;
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line.length < 6 || line.length > 60 || !/^[A-Z][\w'’-]*(?: (?:&|[A-Z][\w'’-]*)){1,4}$/.test(line)) continue;
    if (domains.has(line.toLowerCase().replace(/[^a-z0-9]/g, ''))) return line;
  }
  return null;
}

/**
 * A Dutch, Flemish or German firm named for a family whose name opens on a particle in lower case is the whole name:
 * "Van der Meulen Distributie B.V.", "Von der Heyde Logistik GmbH", not "Van", which is all a name of capitalised words
 * reaches. (Looked for only when the name found ends on the particle's capital, so most messages never run it.)
 */
function withNameParticle(found: string | null, text: string): string | null {
  if (found === null) return found;
  // (Or the particle written just before the name found, which a sentence opens on: "Van der Meulen Distributie B.V.
  // zoekt …", "Von der Heyde Logistik GmbH sucht …". By strings: every employer passes here.)
  const at = text.indexOf(found);
  const lead = at > 3 ? text.slice(Math.max(0, at - 12), at) : '';
  if (lead.includes('Van ') || lead.includes('Von ')) {
    const particle = /(?:^|[\s(])((?:Van|Von)(?: (?:der|den|de|dem|het))?) $/.exec(lead);
    if (particle) return `${particle[1]} ${found}`;
  }
  // A Spanish or Portuguese kind and its "de la", "del", "de", "do", "da" before the name found, which the name patterns
  // start after: "Banco de la Cordillera S.A.", "Caja de Ahorros …". By strings first.
  if (lead.includes(' de') || lead.includes(' do') || lead.includes(' da')) {
    const kind = compiled(ROMANCE_KIND_BEFORE).exec(text.slice(Math.max(0, at - 30), at));
    if (kind) return `${kind[1]} ${found}`;
  }
  // A Portuguese name's "do", "da", "dos", "das" and what follows it, which the name patterns stop before: "Cerâmica Vale
  // do Vouga", "Hospital Particular da Foz" (not a known place after it: "… do Porto"). By strings first.
  const next = at >= 0 ? text.slice(at + found.length, at + found.length + 60) : '';
  if (found.includes(' ') && ROMANCE_PARTICLES.some((particle) => next.startsWith(particle))) {
    const rest = compiled(ROMANCE_PARTICLE_REST).exec(next);
    // (Nor a day or a month: "Leroy Merlin Lyon du Lundi au Vendredi", "des Septembre", an unaccented "dès".)
    if (
      rest &&
      !WELL_KNOWN_PLACE.has(caseFold(rest[2]!)) &&
      !WELL_KNOWN_PLACE.has(caseFold(rest[2]!.split(' ')[0]!)) &&
      !DAYS_AND_MONTHS_FR.has(rest[2]!.split(' ')[0]!.toLowerCase())
    )
      return `${found} ${rest[1]} ${rest[2]}`;
  }
  // A Māori name's "o", "of", and what follows it: "Te Hauora o Awarua", "Te Kura o Hata Maria". By strings first.
  if ((found.startsWith('Te ') || found.startsWith('Ngā ') || found.startsWith('Ngāti ')) && next.startsWith(' o ')) {
    const rest = /^ o (\p{Lu}[\p{L}’'-]+(?: \p{Lu}[\p{L}’'-]+){0,2})/u.exec(next);
    if (rest) return `${found} o ${rest[1]}`;
  }
  if (!(found.endsWith('Van') || found.endsWith('Von'))) return found;
  if (found.length > 3 && found.at(-4) !== ' ') return found;
  const rest = compiled(PARTICLE_REST).exec(text.slice(at + found.length, at + found.length + 120));
  return rest ? `${found} ${rest[1]}` : found;
}
const PARTICLE_REST = () => new RegExp(`^ ((?:der|den|de|dem|het|'t) ${NAME})`);
// (And French "du" and "des": "Société Minière du Grand Sud".)
const ROMANCE_PARTICLES = [' do ', ' da ', ' dos ', ' das ', ' du ', ' des '];
const DAYS_AND_MONTHS_FR = new Set(
  'lundi mardi mercredi jeudi vendredi samedi dimanche janvier février fevrier mars avril mai juin juillet août aout septembre octobre novembre décembre decembre'.split(
    ' ',
  ),
);
const ROMANCE_KIND_BEFORE = () =>
  /(?:^|[\s(])((?:Banco|Caja|Grupo|Hospital|Clínica|Universidad|Universidade|Corporación|Compañía|Companhia|Instituto|Fundación|Fundação|Colegio|Cooperativa|Seguros|Laboratorios|Transportes|Distribuidora) (?:de la|de las|de los|del|de|do|da|dos|das)) $/;
const ROMANCE_PARTICLE_REST = () => /^ (do|da|dos|das|du|des) ([A-ZÀ-Ý][a-zà-ÿ'’-]+(?: [A-ZÀ-Ý][a-zà-ÿ'’-]+)?)(?![\w'’-])/;

// Mail that says nothing of an employer.
const FREE_MAIL = new Set(
  'gmail googlemail outlook hotmail live yahoo icloud me aol proton protonmail gmx web mail example company domain email yourcompany workday myworkday greenhouse lever ashbyhq smartrecruiters icims taleo successfactors bamboohr recruitee teamtailor personio jobvite linkedin indeed'.split(
    ' ',
  ),
);
const MAIL_DOMAIN = /[\w.+-]+@([a-z0-9-]+)\.(?:[a-z]{2,}\.)?[a-z]{2,}\b/gi;

/**
 * Does the message speak of a client, by name or described ("for a leading online retailer")? The writer is then an
 * agency, and the organisation they sign with is not the employer. `low` is `text` in lower case.
 */
/** Is a name a place the reader knows ("Port Harcourt", "Johannesburg")? (For the list rule of index.ts.) */
/** Is every mention of `name` in the text right after a firm's legal form and a comma, as where the firm is? */
/** A hotel, a restaurant or a clinic named right before a town's comma: "Lough Leane Hotel, Killarney"; else null. */
function venueBeforeTown(text: string, town: string): string | null {
  const at = text.indexOf(`, ${town}`);
  const m = compiled(VENUE_AT_END).exec(text.slice(Math.max(0, at - 60), at));
  if (!m) return null;
  // (Where the venue opens its line or sentence: not one the writer worked at, "after 6 years at the Shelbourne Hotel,
  // Marriott is hiring".)
  const from = at - m[1]!.length;
  const lead = text.slice(Math.max(0, from - 3), from);
  return from === 0 || /(?:\n|[.!?:]\s|\p{Extended_Pictographic}\s?)\s*$/u.test(lead) ? m[1]! : null;
}
const VENUE_AT_END = () =>
  /(?<![\p{L}])((?:\p{Lu}[\p{L}'’&-]*\s){1,4}(?:Hotel|Resort|Lodge|Inn|Restaurant|Clinic|Hospital|Bakery|Café|Cafe|Pub|Spa|Golf Club))$/u;
function onlyAfterAFirm(text: string, name: string): boolean {
  // (A name the text does not hold, read from the sender's header, is none.)
  if (!text.includes(`, ${name}`)) return false;
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1))
    if (!compiled(LEGAL_FORM_AND_COMMA).test(text.slice(Math.max(0, at - 12), at))) return false;
  return true;
}
const LEGAL_FORM_AND_COMMA = () =>
  /(?<![\p{L}])(?:GmbH|AG|SE|KG|Ltd|Limited|Inc|LLC|SA|S\.A|SAS|SARL|BV|B\.V|NV|N\.V|Oy|AB|AS|ApS|S\.p\.A|Srl|S\.r\.l|Sp\. z o\.o|s\.r\.o|a\.s)\.?, $/u;
export function isKnownPlace(name: string): boolean {
  return WELL_KNOWN_PLACE.has(caseFold(name));
}

/** Does the message speak of a client, named or described? (For the list rule of index.ts.) */
export function speaksOfAClient(text: string): boolean {
  return aboutAClient(text, text.toLowerCase());
}

const OWN_SERVICE_FIRM_HINTS = [
  'outsourc',
  'nearshore',
  'offshore',
  'software house',
  'de desarrollo',
  'de software',
  'software company',
  'development company',
  'services company',
];
// "We are/we're/somos" and, in the same sentence with no recruiting or "for a" between, the house's kind. (An agency
// that recruits "for a software company" says "for"; one that is "a recruitment firm for software houses" says
// "recruit".)
const OWN_SERVICE_FIRM = () =>
  /\b(?:[Ww]e(?:['’]re| are)|[Ss]omos)\b(?:(?!\b(?:for|para|recruit\w*|staffing|agency|agencia|selecci[oó]n|reclut\w*|headhunt\w*|client\w*)\b)[^.!?\n]){0,80}?\b(?:outsourcing|nearshore|offshore|software house|(?:software|development|IT services|engineering services) (?:company|firm|house|studio)|empresa(?: \p{L}+)? de (?:desarrollo|software))\b/u;
const OUR_CUSTOMERS = () =>
  /\b(?:(?:most|many|all|some|half|several|two|three) of )?our (?:[\w-]+ ){0,2}clients (?=(?:are|include|range|love|use|rely|span|come|trust|buy|pay)\b)/gi;
function aboutAClient(text: string, low: string): boolean {
  // A software or outsourcing house that says so in the first person employs the people it puts on its clients'
  // projects: "We are Lotus Bridge Software, an outsourcing company …, working mainly with clients in Australia",
  // "Somos una empresa uruguaya de desarrollo … y trabajamos para clientes de Estados Unidos". Its clients are not
  // an agency's.
  if (OWN_SERVICE_FIRM_HINTS.some((w) => low.includes(w)) && compiled(OWN_SERVICE_FIRM).test(text)) return false;
  // (Not "on behalf of" the writer's own panel or organisation: "On behalf of the selection panel, I'm pleased to …".)
  if (low.includes('on behalf of the ') || low.includes('on behalf of our ')) {
    text = text.replace(compiled(ON_BEHALF_OF_OWN), '');
    low = text.toLowerCase();
  }
  // (Nor a firm's customers, said in the plural: "most of our clients are in the US so we pay in dollars", "our clients
  // include three of the big four banks".)
  if (low.includes('our clients')) {
    text = text.replace(compiled(OUR_CUSTOMERS), '');
    low = text.toLowerCase();
  }
  return (
    CLIENT_PHRASES.some((w) => low.includes(w)) ||
    (CLIENT_HINTS.some((w) => low.includes(w)) &&
      (compiled(CLIENT_WORDS).test(text) || /(?:^|\n)[ \t*•-]*(?:Client|Kunde|Endkunde|Cliente|Klant|Klient|Kund)\s*:/.test(text))) ||
    (DESCRIBED_HINTS.some((w) => low.includes(w)) && compiled(DESCRIBED_EMPLOYER).test(text)) ||
    (DESCRIBED_ELSEWHERE_HINTS.some((w) => low.includes(w)) && compiled(DESCRIBED_EMPLOYER_ELSEWHERE).test(text))
  );
}
// The same in Dutch, German, French, Italian, Spanish and Portuguese: "Voor een grote Belgische bank in Brussel zoeken
// we …", "für ein führendes Unternehmen", "pour une grande banque", "per un'importante azienda", "para una importante
// empresa".
const DESCRIBED_ELSEWHERE_HINTS = ['voor een ', 'für ein', 'pour une', 'pour un ', 'per un', 'para una', 'para um', 'para un '];
const DESCRIBED_EMPLOYER_ELSEWHERE = () =>
  /(?:\b(?:voor een|für (?:ein|einen|eine)|pour une?|para una?|para uma?) |\bper (?:un|una) |\bper un['’])(?:grote|toonaangevende|bekende|gerenommeerde|internationale|große[sn]?|großen|führende[sn]?|renommierte[sn]?|bekannte[sn]?|grande|importante|prestigieuse|gran|reconocida|conhecida|renomada|prestigiosa|nota)(?: [\w\u00C0-\u024F-]+){0,2} (?:bank|bedrijf|organisatie|ziekenhuis|werkgever|speler|verzekeraar|Bank|Unternehmen|Konzern|Klinik|Versicherung|banque|entreprise|société|groupe|assureur|azienda|banca|società|gruppo|empresa|compañía|companhia|banco|grupo|aseguradora|seguradora|multinacional)\b/i;

/**
 * The employer a writer's own mail domain names, when no words of the message do and the writer hires for their own
 * organisation: a domain made of a name and a word an employer's name ends in ("harborlinehealth.com"), or of one word
 * when the writer hires for their own team. The writer's address is the From header's, else the first one the text
 * writes as a signature does. Not a free mail's, a placeholder's, a hiring tool's or an agency's, and none in a
 * message about a client.
 */
function companyOfDomain(text: string, from?: string): string | null {
  if (!text.includes('@') && !from?.includes('@')) return null;
  if (aboutAClient(text, text.toLowerCase())) return null;
  // In the text, the first address on a line of its own or beside a phone number, as a signature writes it: not one in
  // a sentence ("send references to …"), in brackets after a name ("Hi Sam (sam@…)") or in a quoted mail's header.
  const signature = (m: RegExpExecArray) => {
    const start = text.lastIndexOf('\n', m.index) + 1;
    const end = text.indexOf('\n', m.index);
    const line = text.slice(start, end < 0 ? text.length : end);
    const before = text.slice(start, m.index).trim();
    return (
      !/wrote|schrieb|a écrit|escribió|^(?:from|to|cc|von|de|an|à|para)\s*:/i.test(line) &&
      (before === '' || /^[^a-z]*(?:e-?mail|mail|e)\s*:?\s*$/i.test(before))
    );
  };
  const addresses = [...(from ?? '').matchAll(MAIL_DOMAIN)];
  const signed = addresses.length > 0 ? addresses : [...text.matchAll(MAIL_DOMAIN)].filter(signature).slice(0, 1);
  const domain = signed[0]?.[1]?.toLowerCase();
  if (domain === undefined || FREE_MAIL.has(domain) || compiled(AGENCY_WORDS).test(domain) || compiled(RECRUITING_DOMAIN).test(domain))
    return null;
  // (Nor an agency's, its name in the sender's and signed with its legal form: "Tōtara Dental Recruitment"
  // <news@totaradental.co.nz>, "Tōtara Dental Recruitment Ltd | Level 2, …".)
  const display = from === undefined ? '' : (/^\s*"?([^"<]{2,80}?)"?\s*</.exec(from)?.[1]?.trim() ?? '');
  if (agencyByName(display) && compiled(ENDS_IN_LEGAL_FORM_DOT).test(lineAfter(text, `${display} `))) return null;
  const tail = [...EMPLOYER_NAME_ENDINGS].find((word) => domain.endsWith(word) && domain.length - word.length >= 4);
  // A domain of one word names the employer when the writer hires for their own team: "jess@orbitly.io".
  if (tail === undefined)
    return /^[a-z]{4,20}$/.test(domain) && compiled(OWN_HIRING).test(text) ? `${domain[0]!.toUpperCase()}${domain.slice(1)}` : null;
  const stem = domain.slice(0, -tail.length).replace(/-$/, '');
  if (!/^[a-z]+$/.test(stem)) return null;
  // As the message writes it, where it does: "Delta Crescent Bank" for "deltacrescentbank.com.eg".
  return writtenAs(text, `${stem}${tail}`) ?? `${stem[0]!.toUpperCase()}${stem.slice(1)} ${tail[0]!.toUpperCase()}${tail.slice(1)}`;
}

/** Two to five capitalised words of the text whose letters, run together in lower case, are `letters`; else null. */
function writtenAs(text: string, letters: string): string | null {
  const words = [...text.matchAll(/[A-Z][A-Za-z]*/g)];
  for (let i = 0; i < words.length; i++) {
    let joined = '';
    for (let j = i; j < Math.min(words.length, i + 5); j++) {
      // (Only words one space apart: "Delta Crescent Bank", not a line's last word and the next line's first.)
      if (j > i && text.slice(words[j - 1]!.index + words[j - 1]![0].length, words[j]!.index) !== ' ') break;
      joined += words[j]![0].toLowerCase();
      if (!letters.startsWith(joined)) break;
      if (joined === letters && j > i) return text.slice(words[i]!.index, words[j]!.index + words[j]![0].length);
    }
  }
  return null;
}
// An agency's domain by its words written together: "keystonesearch", "apexstaffing", "nordtalent".
const RECRUITING_DOMAIN =
  /recruit|talent|staffing|search|hire|hiring|jobs|career|headhunt|resourcing|personnel|consult|sthree|reed|hays|randstad|adecco|manpower|kforce|roberthalf/;

// The links of the applicant tracking systems jobs are posted on, with the employer's and sometimes the job's name in
// their path: "jobs.lever.co/tidewater-energy/<id>/principal-firmware-engineer",
// "boards.greenhouse.io/quaylabs/jobs/123", "jobs.smartrecruiters.com/Acme/7435-senior-data-engineer",
// "linkedin.com/jobs/view/staff-engineer-at-quay-labs-3849201".
const JOB_LINK_HOSTS = ['lever.co/', 'greenhouse.io/', 'ashbyhq.com/', 'workable.com/', 'smartrecruiters.com/', 'linkedin.com/jobs/view/'];
const JOB_LINK =
  /\b(?:jobs\.lever\.co\/([a-z0-9-]{2,40})\/[0-9a-f-]{36}(?:\/([a-z0-9-]{3,80}))?|(?:boards|job-boards)\.greenhouse\.io\/([a-z0-9-]{2,40})\/jobs\/\d+|jobs\.ashbyhq\.com\/([A-Za-z0-9-]{2,40})\/|apply\.workable\.com\/([a-z0-9-]{2,40})\/j\/|jobs\.smartrecruiters\.com\/([A-Za-z0-9-]{2,40})\/\d+-([a-z0-9-]{3,80})|linkedin\.com\/jobs\/view\/([a-z0-9-]{3,80})-at-([a-z0-9-]{2,40})-\d+)/;

/** Words of a link's path, capitalised: "tidewater-energy" is "Tidewater Energy". */
function slugWords(slug: string): string {
  return slug
    .split('-')
    .filter((word) => word !== '')
    .map((word) => word[0]!.toUpperCase() + word.slice(1))
    .join(' ');
}

/** The employer and the job a job posting's link names, if the message holds such a link. */
function jobLink(text: string): { company: string | null; role: string | null } | null {
  if (!JOB_LINK_HOSTS.some((host) => text.includes(host))) return null;
  const m = compiled(JOB_LINK).exec(text);
  // A link to another job, given for comparison: "similar to this one you may have seen: linkedin.com/jobs/view/…".
  if (!m || /\b(?:similar|may have seen|like this|other|compare)\b/i.test(text.slice(Math.max(0, m.index - 80), m.index))) return null;
  const slug = m[1] ?? m[3] ?? m[4] ?? m[5] ?? m[6] ?? m[9];
  const role = m[2] ?? m[7] ?? m[8];
  const title = role === undefined ? null : slugWords(role);
  // The name as the message writes it elsewhere ("QuayLabs" for "quaylabs"); an agency's own board names no employer.
  let company = slug === undefined ? null : slugWords(slug);
  if (company !== null) {
    const needle = slug!.includes('-') ? company.toLowerCase() : slug!.toLowerCase();
    const written = text.toLowerCase().indexOf(needle);
    if (written >= 0 && /[A-Z]/.test(text[written] ?? '')) company = text.slice(written, written + needle.length);
    if (agencyByName(company)) company = null;
  }
  return {
    company,
    // A path that ends in a title's noun: not an id or a campaign's name.
    role: title !== null && rolePhrases(title).some((phrase) => title.endsWith(phrase.value)) ? title : null,
  };
}

/**
 * A name that starts with "İ", "Ł" or "Š" is found as if written with "I", "L" or "S", then taken from the message as
 * written: the folded text has the same length, so the name stands at the same place.
 */
function findCompanyAsWritten(text: string, from?: string): string | null {
  const found = findCompanyFolded(text, from);
  // A chat's bold marks around a name, "at *Maplewood Mutual Insurance*", "*Vuka Connect Contact Centre* – Umhlanga":
  // read again without them when nothing was found with them.
  // (Also when what was found is cut off at a mark: "Connect Contact Centre" of "*Vuka Connect Contact Centre*".)
  if (!text.includes('*') || (found !== null && !text.includes(` ${found}*`))) return found;
  // (Only a name the marks wrap whole: not a bold heading's words, "*CUSTOMER SERVICE AGENTS NEEDED – NAIROBI*".)
  const plain = text.replace(/\*+(?=[\p{L}\d])|(?<=[\p{L}\d.)])\*+/gu, '');
  const bold = plain === text ? null : findCompanyFolded(plain, from === undefined ? undefined : from.replaceAll('*', ''));
  return bold !== null && text.includes(`*${bold}*`) ? bold : found;
}

function findCompanyFolded(text: string, from?: string): string | null {
  const found = findCapitalsFolded(text, from);
  if (found !== null || !VIETNAMESE_LETTER.test(text)) return found;
  // Vietnamese letters with a mark above and below ("ạ", "ệ", "ợ") lie outside the Latin letters the name patterns
  // know: "Talent Team – Lạc Việt Data". Read again with each as a Latin-1 letter of its case, one character for one,
  // when nothing was found as written (the words for a company or a hotel hold such letters and are read as written).
  const stand = (s: string) => s.replace(VIETNAMESE_LETTERS, (c) => (c === c.toLowerCase() ? 'à' : 'À'));
  const stood = stand(text);
  const name = findCapitalsFolded(stood, from === undefined ? undefined : stand(from));
  if (name === null) return null;
  const at = stood.indexOf(name);
  const written = at >= 0 ? text.slice(at, at + name.length) : name;
  // (Not a Vietnamese place, which the place lists know only without its marks: "Talent Team – Đà Nẵng", "Cần Thơ Office".)
  return VIETNAMESE_PLACES.some((place) => written === place || written.startsWith(`${place} `)) ? null : written;
}
const VIETNAMESE_PLACES = [
  'Việt Nam',
  'Hà Nội',
  'Đà Nẵng',
  'Cần Thơ',
  'Hải Phòng',
  'Huế',
  'Nha Trang',
  'Hồ Chí Minh',
  'Sài Gòn',
  'Bình Dương',
  'Đồng Nai',
  'Bắc Ninh',
  'Quảng Ninh',
  'Vũng Tàu',
  'Đà Lạt',
  'Biên Hòa',
  'Thủ Đức',
  'Hạ Long',
  'Cầu Giấy',
];
const VIETNAMESE_LETTER = /[\u1E00-\u1EFF]/;
const VIETNAMESE_LETTERS = /[\u1E00-\u1EFF]/g;

function findCapitalsFolded(text: string, from?: string): string | null {
  if (text.search(compiled(EXTENDED_CAPITALS)) < 0) return findCompanyIn(text, from);
  const fold = (s: string) => s.replace(compiled(EXTENDED_CAPITALS), (c) => ASCII_OF[c] ?? c);
  const folded = fold(text);
  const name = findCompanyIn(folded, from === undefined ? undefined : fold(from));
  if (name === null) return null;
  const at = folded.indexOf(name);
  return at >= 0 ? text.slice(at, at + name.length) : name;
}

function findCompanyIn(text: string, from?: string): string | null {
  const scan = text.length > 200_000 ? text.slice(0, 200_000) : text;
  const agencies = new Set<string>();
  // Organisations taken for the agency only because the writer signs with them (a signature, a From name, a titled line).
  const signedAgencies = new Set<string>();
  const lowScan = scan.toLowerCase();
  const isClientMessage = aboutAClient(scan, lowScan);
  // The writer speaks of the job as their own organisation's: a name like "... Partners" is then no agency.
  // (Looked for only when a name could be an agency's: most messages need not ask.)
  let ownHiringKnown: boolean | undefined;
  const ownHiring = () => (ownHiringKnown ??= !isClientMessage && compiled(OWN_HIRING).test(scan));
  // ... unless the message says that very organisation is hiring ("Stonebridge Capital Partners, a hedge fund, is hiring").
  const agencyName = (name: string) => compiled(SENDER_AGENCY_WORDS).test(name) && !ownHiring() && !saysItIsHiring(scan, name);
  let described: Set<string> | undefined;
  const descriptions = () => {
    described ??= lowerCaseDescriptions(scan);
    return described;
  };
  // A university, a council or a hospital signing is the employer itself, even where the message speaks of working
  // "on behalf of" one of its own (a professor's group, a department).
  const publicBody = (name: string) => KIND_OF.some((kind) => name.startsWith(`${kind} of `));
  let hospitalKnown: boolean | undefined;
  const inHospital = () => (hospitalKnown ??= /\b(?:hospitals?|nurs\w+|patients?|clinical|NHS|wards|Station)\b/i.test(scan));
  const senderOrgs: Array<{ value: string; at: number }> = [];
  const places = placesNamed(scan);
  const inSignature = signatureRanges(scan);
  // In a message about a client, the organisation the writer signs with is the agency.
  for (const org of signatureOrgs(scan)) {
    const name = trimName(org.value);
    if (!name) continue;
    if ((isClientMessage && !publicBody(name)) || agencyName(name)) signedAgencies.add(bare(keepLegalDot(org.value, name)));
    else senderOrgs.push({ value: keepLegalDot(org.value, name), at: org.at });
  }
  for (const m of scan.matchAll(compiled(SMS_SENDER))) {
    const opening = scan.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 60);
    // (A hiring cry in another language only after a name shaped as a firm's, as a greeting: not a label, "Urgente:",
    // nor a person, "María López: Estamos buscando …".)
    if (
      !compiled(SMS_OPENING).test(opening) &&
      !(opensWithRomanceGreeting(opening) && smsSenderFirm(m[1]!)) &&
      !(opensWithHiring(opening) && (smsSenderFirm(m[1]!) || saysOrganisation(m[1]!)))
    )
      continue;
    if (compiled(/^(?:subject|from|to|re|fwd?|date|sent|salary|role|position|company|location|note|ps|p\.s|free ?msg)$/i).test(m[1]!))
      continue;
    // (A temp agency's own name is no employer: "TEMPORA ETT: ¡Buscamos monitores de comedor!".)
    if (/\b(?:ETT|Staffing|Recruitment|Bemanning|Interim)\b/i.test(m[1]!)) continue;
    senderOrgs.push({ value: m[1]!, at: m.index ?? 0 });
  }
  // The From lines of messages forwarded or quoted in the body, as a mail client writes them: "---------- Forwarded
  // message ---------\nFrom: Copperline Distribution HR <hr-announce@copperlinedist.com>". (By strings first: most
  // messages hold none.)
  if (scan.includes('\nFrom: ')) {
    for (const m of scan.matchAll(/^From: ([^\n<]{2,80}<[^>\n]+>)/gm)) {
      const org = fromDisplayOrg(m[1]!);
      const name = org === null ? null : trimName(org);
      if (!name) continue;
      if ((isClientMessage && !publicBody(name)) || agencyName(name)) signedAgencies.add(bare(name));
      else senderOrgs.push({ value: org!, at: m.index + 6 });
    }
  }
  if (from !== undefined) {
    const org = fromDisplayOrg(from);
    const name = org === null ? null : trimName(org);
    if (name) {
      if ((isClientMessage && !publicBody(name)) || agencyName(name)) signedAgencies.add(bare(name));
      else senderOrgs.push({ value: org!, at: scan.length });
    }
  }
  for (const m of scan.matchAll(compiled(SENDER_ORG))) {
    const name = trimName(m[1]!);
    if (!name) continue;
    // A job from the client is the client's: "a live brief from Tallowrock Minerals", "a new role from Quay Labs".
    if (
      /\b(?:brief|role|job|requirement|opening|vacancy|mandate|assignment|position|search)\s+from\s*$/i.test(
        scan.slice(Math.max(0, m.index - 40), m.index + m[0].length - m[1]!.length),
      )
    )
      continue;
    if (isClientMessage || agencyName(name)) agencies.add(bare(name));
  }
  for (const m of scan.matchAll(compiled(SENDER_OWN_ORG))) {
    const name = trimName(m[1]!);
    const next = scan[(m.index ?? 0) + m[0].length] ?? '';
    // (Not a shared job or event the writer is known by: "Mick here from the Salt Lake shoot last year".)
    if (
      /^ (?:shoot|job|project|gig|course|conference|event|show|production|wedding|trip|tour|build)\b/.test(
        scan.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 16),
      )
    )
      continue;
    // (After "here," with its comma, only where the writer hires for their own: "Marko here, from Ülemiste Aero Technics … we're
    // hiring"; not "Jake here, from the States".)
    if (/ here, (?:with|w\/|from|at) /.test(m[0]) && !compiled(OWN_HIRING).test(scan)) continue;
    if (name) senderOrgs.push({ value: keepLegalDot(m[1]! + next, name), at: m.index ?? 0 });
  }
  // The writer naming their firm on the phone's Spanish: "habla Octavio Salcido de Verdemar Landscaping". (By strings first.)
  if (scan.includes('habla ')) {
    const m = compiled(SPOKEN_SELF_ROMANCE).exec(scan);
    const name = m === null ? null : trimName(m[1]!);
    // (Not an agency the writer calls from: "habla Camila de Michael Page".)
    if (m && name && !agencyName(name) && !agencyByName(name)) senderOrgs.push({ value: name, at: m.index });
  }
  // A social network's sponsored post, under its page's name: "Willow Crest Rehabilitation & Nursing" over "Sponsored · 🌎".
  // (By strings first: few messages say it.)
  if (scan.includes('Sponsored') || scan.includes('Promoted')) {
    // (Not an InMail's own header, "Sponsored · InMail" under the writer's headline, "Director of Engineering at X".)
    const page = /^\s*([^\n]{3,70})\n[^\S\n]*(?:Sponsored|Promoted)\b(?![^\S\n]*·[^\S\n]*InMail)/.exec(scan);
    const name = page === null ? null : trimName(page[1]!.trim());
    if (name && compiled(WHOLE_NAME).test(page![1]!.trim())) {
      if (agencyName(name) || agencyByName(name)) signedAgencies.add(bare(name));
      else senderOrgs.push({ value: page![1]!.trim(), at: page!.index + page![0].indexOf(page![1]!) });
    }
  }
  // A signature's line naming the organisation in two scripts, its own and Latin letters, among the message's last ten
  // lines: "مجموعة البتراء التجارية – Petra Trading Group". The Latin name, where it says it is an organisation.
  for (const line of scan.slice(-800).split('\n').slice(-10)) {
    const dash = line.indexOf(' – ') >= 0 ? line.indexOf(' – ') : line.indexOf(' - ');
    if (dash <= 0 || !(line.charCodeAt(0) >= 0x0370)) continue;
    const latin = line.slice(dash + 3).trim();
    if (compiled(WHOLE_NAME).test(latin) && saysOrganisation(latin) && trimName(latin))
      senderOrgs.push({ value: latin, at: scan.lastIndexOf(latin) });
  }
  // A Teams chat's header names the sender's organisation after "(External)": "Chat · Fatima Qureshi (External) ·
  // Northbay Credit Union".
  if (scan.includes('(External) · ')) {
    const header = /^(?:Chat · )?[^\n·]{2,60} \(External\) · ([^\n·]{2,60}?)\s*$/m.exec(scan);
    if (header !== null && trimName(header[1]!)) senderOrgs.push({ value: header[1]!, at: header.index + header[0].indexOf(header[1]!) });
  }
  // The writer's organisation introducing itself, at most five times (a letter does it once; a long text of them is no
  // letter, and each costs a name's checks).
  const introduced = (pattern: Pattern, keep: (name: string, m: RegExpExecArray) => boolean) => {
    let seen = 0;
    for (const m of scan.matchAll(compiled(pattern))) {
      if (++seen > 5) break;
      const name = trimName(m[1]!);
      if (name && keep(name, m)) senderOrgs.push({ value: m[1]!, at: m.index ?? 0 });
    }
  };
  // Saying what it is: "We're BrightDesk Solutions, a US-based e-commerce support company, and we're hiring …" (not an
  // agency: "We're Harvey Nash, a global recruitment firm").
  if ((scan.includes("We're ") || scan.includes('We’re ') || scan.includes('We are ')) && /\bWe(?:'re|’re| are) [A-Z]/.test(scan)) {
    introduced(WE_ARE_NAME, (name, m) => {
      if (
        m[0].endsWith('.') &&
        // (Nor a batch of an accelerator: "We're YC W23. Based in San Francisco".)
        (weAreState(name) ||
          name.split(' ').some((word) => NOT_COMPANY.has(caseFold(word))) ||
          !compiled(SAYS_WHAT_IT_DOES).test(scan.slice(m.index + m[0].length, m.index + m[0].length + 30)))
      )
        return false;
      const what = scan.slice(m.index + m[0].length, m.index + m[0].length + 60).split(/[,.;!?\n]/)[0]!;
      return !agencyByName(name) && !compiled(AGENCY_WORDS).test(what);
    });
  }
  // A letter's greeting from it, as Indian business mail opens: "Greetings from The Saffron Grand Resort & Spa!" (not
  // from a town, "Greetings from Lisbon", nor from a job board).
  if (lowScan.includes('greetings from ')) {
    introduced(GREETINGS_FROM, (name) => !WELL_KNOWN_PLACE.has(caseFold(name)) && !JOB_BOARDS.has(name.toLowerCase()));
  }
  for (const org of titledLineOrgs(scan, inSignature)) {
    const name = trimName(org.value);
    if (!name) continue;
    // (Nor the writer's title again in another language: "Nurse Manager | Kaiwhakahaere Tapuhi".)
    if (holdsMaoriTitleWord(name) && !saysOrganisation(name)) continue;
    // (In a message about a client, a name with the job's place after it is no agency's; other rules read it.)
    if (org.placed && isClientMessage) continue;
    // (Nor one on the message's first line, its subject, that the message names as the job's elsewhere: "Reliability
    // Engineer – Calama – Andes Copper Services" over "a Reliability Engineer position with Andes Copper Services".)
    if (isClientMessage && !agencyName(name) && scan.lastIndexOf('\n', org.at) < 0 && namedAsTheJobs(scan, name)) continue;
    if ((isClientMessage && !publicBody(name)) || agencyName(name)) signedAgencies.add(bare(name));
    // (A job list's item names no sender's organisation. In a message about a client, what it names is not the
    // employer either: the agency or the job's place, "Plant Manager (FMCG) - Ekurhuleni".)
    else if (!org.listing) senderOrgs.push({ value: keepLegalDot(org.value, name), at: org.at });
  }
  const titles = new Map<string, boolean>();
  const townsWithProvince = new Map<string, boolean>();
  const isTitle = (name: string): boolean => {
    let known = titles.get(name);
    if (known === undefined) {
      // Also in the plural, when the words before its noun are a title's, not a firm's name: "looking for Senior Data
      // Engineers with …", not "recruiting for Webb Yates Engineers". A team's words ("Sales Development", "Account")
      // lead a title only before a person's noun that no firm takes for its name: "Sales Development Representatives",
      // "Account Executives", but "Delivery Associates", "Project Consultants" and "Field Engineers" are firms.
      known = rolePhrases(name).some((r) => {
        if (r.value === name) return true;
        if (name !== `${r.value}s`) return false;
        const words = r.value.split(' ');
        const lead = words.slice(0, -1).map((word) => word.toLowerCase());
        if (lead.every((word) => TITLE_LEAD_WORDS.has(word) || FIELD_WORDS.has(word))) return true;
        return (
          PERSON_NOUNS.has(words.at(-1)!.toLowerCase()) &&
          lead.every((word) => TITLE_LEAD_WORDS.has(word) || FIELD_WORDS.has(word) || TEAM_FIELD_WORDS.has(word))
        );
      });
      // (And a title after its kind of contract: "Contract DevOps Engineer", "Interim Finance Director".)
      const space = name.indexOf(' ');
      if (!known && space > 0 && EMPLOYMENT_KINDS.has(name.slice(0, space))) known = isTitle(name.slice(space + 1));
      // (And a title shouted in capitals: "an urgent opening for TEAM LEADER – Healthcare Account".)
      // (Only when that changes it: "T 416-555-0172", a phone line, reads the same in either case.)
      if (!known && name.length > 3 && name === name.toUpperCase() && name !== name.toLowerCase()) {
        const titled = name.toLowerCase().replace(/(^|[\s/-])(\p{L})/gu, (_, edge: string, letter: string) => edge + letter.toUpperCase());
        if (titled !== name) known = isTitle(titled);
      }
      titles.set(name, known);
    }
    return known;
  };
  const found: Found[] = [];
  // Looked for once: a long text has many names to check.
  // (Not when the writer hires for their own firm: a recruitment firm's own trainee recruiter.)
  const signedText = from === undefined ? scan : `${scan}\n${from}`;
  const tradeWords = AGENCY_TRADE_WORDS.filter((word) => signedText.includes(` ${word}`));
  const tradeWordsHere = tradeWords.length > 0 && ownHiring() ? [] : tradeWords;
  // (Once per text: a long text has many names.)
  const officesNamed = scan.includes('kontor');
  const hasPastVerbLast = scan.includes('gewerkt') || scan.includes('gezeten') || scan.includes('gearbeitet') || scan.includes('gewesen');
  // (Its words, looked up once.)
  const readersPastSaid =
    scan.includes('your ') ||
    scan.includes('Your ') ||
    scan.includes(' spent ') ||
    scan.includes('you two') ||
    scan.includes('you both') ||
    scan.includes('entinen ');
  /** Whether every mention of `name` (the first ten) is one `says` holds of, given where it starts. */
  const everyMention = (name: string, says: (at: number) => boolean): boolean => {
    let mentions = 0;
    for (let at = scan.indexOf(name); at >= 0 && mentions < 10; at = scan.indexOf(name, at + name.length)) {
      mentions++;
      if (!says(at)) return false;
    }
    return mentions > 0;
  };
  /** Where the reader works or worked, at every mention: after "your work at", "you spent … at" (READERS_PAST_AT). */
  const everyMentionIsTheReaders = (name: string) =>
    everyMention(name, (at) => readersPastAt(scan.slice(Math.max(0, at - 60), at), scan.slice(at + name.length, at + name.length + 60)));
  /** The same, said with the verb last (Dutch, German). */
  const onlyWhereTheReaderWorked = (name: string) =>
    everyMention(name, (at) =>
      readersPastVerbLast(scan.slice(Math.max(0, at - 50), at), scan.slice(at + name.length, at + name.length + 40)),
    );
  const fundersNamed = ['funded by', 'grant from', 'backed by', 'sponsored by', 'financed by'].some((words) => scan.includes(words));
  // (Looked for once, not for each name: a 1 MB job alert has thousands of names, and this search read the whole text for
  // each, two thirds of its reading time.)
  const siteAtSaid = scan.includes('site at ') || scan.includes('office at ');
  const workedSaid = scan.includes('worked');
  const portugueseArticle = (raw: string, at: number) => {
    if (!raw.startsWith('A ') && !raw.startsWith('O ')) return false;
    const end = scan.indexOf(raw, at) + raw.length;
    const after = scan.slice(end, end + 7);
    return after.startsWith(' está ') || after.startsWith(' estão');
  };
  // A rival the writer warns of: "Don't let Ridge Hospital steal you first". (Looked for once: most messages have none.)
  const rivalWarned = scan.includes(' let ') && /\b[Dd]o(?:n['’]t| not) let [A-Z]/.test(scan);
  const onlyARival = (name: string) =>
    everyMention(
      name,
      (at) =>
        /\b[Dd]o(?:n['’]t| not) let (?:the )?$/.test(scan.slice(Math.max(0, at - 16), at)) &&
        /^ (?:steal|poach|snap|grab|nab|beat)\b/.test(scan.slice(at + name.length, at + name.length + 8)),
    );
  const consider = (raw: string, at: number, rank: number) => {
    let trimmed = trimName(raw);
    if (!trimmed) return;
    // The host of a job fair the writer met the reader at, no employer: "na Feira de Emprego da Escola Superior de
    // Enfermagem do Porto". By strings.
    const hostAt = scan.indexOf(trimmed, at);
    const hostLead = hostAt > 0 ? scan.slice(Math.max(0, hostAt - 30), hostAt).toLowerCase() : '';
    if (JOB_FAIRS.some((fair) => hostLead.includes(fair))) return;
    // A function someone heads is no employer: "reports to our Head of Portfolio Analytics".
    if (hostLead.endsWith('head of ') || hostLead.endsWith('head of the ')) return;
    // Nor what a name qualifies, a market, a route or a desk: "our first Account Executive for the Spanish mid-market",
    // "Truck Drivers for Kampala-Malaba-Juba route". By strings.
    const hostEnd = hostAt + trimmed.length;
    if (hostAt >= 0 && QUALIFIED_AFTER.some((word) => scan.startsWith(word, hostEnd))) return;
    // Nor a person the writer names with their title after a comma: "on behalf of Marcus Oyelaran, our VP of Engineering".
    // (By strings first.)
    if (
      hostAt >= 0 &&
      hostLead.endsWith('behalf of ') &&
      /^[A-Z][a-z]+ [A-Z][a-z]+$/.test(trimmed) &&
      !saysOrganisation(trimmed) &&
      scan.slice(hostEnd, hostEnd + 30).includes(', ') &&
      // (The title an apposition, ending its clause or naming where: not a firm and what its chief does, "on behalf of Acme
      // Robotics, their CEO asked me …".)
      compiled(
        /^, (?:our|my) (?:VP|SVP|EVP|CTO|CEO|COO|CFO|CPO|Head|Director|Founder|Co-?founder|Chief(?: [A-Z]\w+){1,2}|President)(?: of [A-Z][\w&]*(?: [A-Z&][\w&]*){0,3})?(?:\.(?:\s|$)| at |, (?![A-Z]|we\b|I\b))/,
      ).test(scan.slice(hostEnd, hostEnd + 60))
    )
      return;
    // Nor a project the writer and the reader met on: "Dale here from the Redwater turnaround last spring".
    if (
      hostLead.endsWith('the ') &&
      /^ (?:turnaround|shutdown|outage|project|refit)\b/.test(scan.slice(hostAt + trimmed.length, hostAt + trimmed.length + 14))
    )
      return;
    if (rivalWarned && onlyARival(trimmed)) return;
    // A firm's board acts for the firm: "on behalf of the Board of Port of Kelbrook Ltd", the firm by its legal form (not
    // "the Board of Education of Westshire", a board's own name).
    if (trimmed.startsWith('Board of ')) {
      const end = scan.indexOf(trimmed, at) + trimmed.length;
      if (end >= trimmed.length && /^,? (?:Ltd|Limited|plc|PLC|Inc|LLC|AG|GmbH|Pty|Corp|Corporation)\b/.test(scan.slice(end, end + 14)))
        trimmed = trimmed.replace(/^Board of (?:(?:Directors|Trustees|Governors) of )?(?=[A-Z]\S* \S)/, '');
    }
    // A school or institute "of" two fields, the name cut at "and": "Deccan Institute of Science and Technology".
    const ofAt = trimmed.lastIndexOf(' of ');
    if (
      ofAt > 0 &&
      SCHOOL_KINDS.has(trimmed.slice(trimmed.lastIndexOf(' ', ofAt - 1) + 1, ofAt)) &&
      !trimmed.slice(ofAt + 4).includes(' ')
    ) {
      const end = scan.indexOf(trimmed, at) + trimmed.length;
      const field = compiled(SECOND_FIELD).exec(scan.slice(end, end + 30));
      if (end >= trimmed.length && field) trimmed += field[0];
    }
    const name = keepLegalDot(raw, trimmed);
    if (agencies.has(bare(name)) || agencies.has(trimmed.toLowerCase())) return;
    // A building or a place the office is at: "Hybrid - office at Menara Binjai", "The office is at Harbour Exchange".
    // (`at` may be where the words before the name start: the name is looked for from there.)
    const nameAt = scan.indexOf(trimmed, at);
    const officeLead = nameAt < 0 ? '' : scan.slice(Math.max(0, nameAt - 24), nameAt);
    // (Not an organisation's own offices: "located at the City of Westbridge offices".)
    if (
      officeLead.includes('at ') &&
      OFFICE_WORDS.some((word) => officeLead.toLowerCase().includes(word)) &&
      compiled(OFFICE_AT).test(officeLead) &&
      !/^'?s? (?:offices?|HQ|headquarters|campus|site|premises)\b/.test(scan.slice(nameAt + trimmed.length, nameAt + trimmed.length + 16))
    )
      return;
    // The venue of a fair the writer met the reader at: "the Calder Falls PD table at the Lakeview Community College career
    // fair". By strings.
    // (Also with the fair's field before its kind: "the Lakeland Community College health careers fair".)
    if (nameAt >= 0 && scan.slice(nameAt + trimmed.length, nameAt + trimmed.length + 32).includes(' fair')) {
      if (
        /^ (?:[a-z]+ )?(?:career|careers|job|jobs|recruitment|graduate|hiring) fair\b/i.test(
          scan.slice(nameAt + trimmed.length, nameAt + trimmed.length + 32),
        )
      )
        return;
    }
    // A Hungarian firm the reader worked at, its case ending and "you" after it: "a Kisalföldi Autóalkatrész Kft.-nél Ön
    // építette fel …" (at … you built). By strings.
    if (nameAt >= 0) {
      const tail = scan.slice(nameAt + trimmed.length, nameAt + trimmed.length + 16);
      const suffix = tail.startsWith('.') ? tail.slice(1) : tail;
      if (
        (suffix.startsWith('-nél ') || suffix.startsWith('-nál ')) &&
        ['Ön', 'ön', 'te ', 'dolgoz'].some((word) => suffix.startsWith(word, 5))
      )
        return;
    }
    // A Nordic genitive after "på" is someone's, before what is theirs: "på Kristinas fest" (at Kristina's party).
    if (
      nameAt >= 0 &&
      !trimmed.includes(' ') &&
      trimmed.endsWith('s') &&
      officeLead.endsWith('på ') &&
      /^ [a-zåäöæø]/.test(scan.slice(nameAt + trimmed.length, nameAt + trimmed.length + 2))
    )
      return;
    // A site named by its place is the place: "Invigilators working at the Oakmere site", "at our Koorana Hills site", a care
    // provider's "at the Caloundra SIL house" (not
    // a firm's own, "at the Brindle Foods site").
    if (
      nameAt >= 0 &&
      // (By strings first: every name considered passes here.)
      [' at the ', ' at our ', ' at their '].some((words) => ` ${officeLead}`.endsWith(words)) &&
      !saysOrganisation(trimmed) &&
      (/^ (?:site|campus|depot|branch|yard)\b/.test(scan.slice(nameAt + trimmed.length, nameAt + trimmed.length + 8)) ||
        // (A care provider's house by its place and its kind of living, "SIL": not "the Ronald McDonald house", a charity's.)
        (/ [A-Z]{2,5}$/.test(trimmed) && /^ (?:house|home)\b/.test(scan.slice(nameAt + trimmed.length, nameAt + trimmed.length + 6))))
    )
      return;
    // The organisation named as the one hired for ("on behalf of X") is the employer even when the writer signs with it: in-house.
    if (rank >= 2 && (signedAgencies.has(bare(name)) || signedAgencies.has(trimmed.toLowerCase()))) return;
    // A recruiting agency by its name, also without its trade's word: "Jobbkraft Bemanning AB" also writes "hos Jobbkraft".
    // (Not a staffing firm the reader would be employed by: "you are employed directly by Staffwerk".)
    if (rank >= 1 && agencyByName(name) && !employsDirectly(scan, name)) return;
    if (
      rank >= 1 &&
      tradeWordsHere.some(
        (word) =>
          // (Or after a dash, as a signature sets the firm's trade apart: "Cumbre Ejecutiva S.A.C. – Executive Search".)
          (signedText.includes(`${trimmed} ${word}`) ||
            // (Only a search firm's trade: "Alicorp S.A.A. - Recruitment" is a firm's own team.)
            (word === 'Executive Search' && (signedText.includes(`${name} – ${word}`) || signedText.includes(`${name} - ${word}`)))) &&
          !signedText.includes(`${trimmed} ${word} team`),
      ) &&
      !saysItIsHiring(scan, trimmed)
    )
      return;
    // A unit at an organisation is the organisation's: "the Clinical Research Facility at Shannonbridge University".
    if (ORGANISATION_UNIT_ENDINGS.has(trimmed.slice(trimmed.lastIndexOf(' ') + 1))) {
      const end = scan.indexOf(trimmed, at) + trimmed.length;
      if (end >= trimmed.length && /^ at (?:the )?[A-Z]/.test(scan.slice(end, end + 10))) return;
    }
    // A language a job asks for is no employer: "Customer Support Agents with German" (but "Mandarin is hiring").
    if (LANGUAGE_NAMES.has(trimmed)) {
      const nameAt = scan.indexOf(trimmed, at);
      if (/\b(?:with|speak|speaking|speaks|fluent|native|in|and|or|&)\s*$/i.test(scan.slice(Math.max(0, nameAt - 12), nameAt))) return;
    }
    // A job title is no employer: "a requirement for Data Engineer with our client ...".
    if (isTitle(trimmed)) return;
    // ("Kestrel Ward" is a firm where the message speaks of no hospital: a ward is a hospital's.)
    if (rank >= 1 && notAnOrganisation(trimmed) && !(trimmed.endsWith(' Ward') && !inHospital())) return;
    // (Labelled too, a rank of supplier or carrier is no name: "Client: Tier-1 Wireless Carrier (disclosed after the screening
    // call)".)
    if (
      rank === 0 &&
      ['Tier-1 ', 'Tier 1 ', 'Tier1 ', 'Tier One '].some((words) => trimmed.startsWith(words)) &&
      TIER_NOUNS.has(trimmed.split(' ').at(-1)!)
    )
      return;
    // "the company" is no name; "The Gorse House" is one.
    // (A Portuguese article before a name that is hiring is an article: "A Cajuína Varejo está contratando".)
    // (A sentence's stop after the name is no part of it: "at The Marlin Quay Hotel.")
    if (rank >= 2 && /^(?:a|an|the)\b/i.test(raw) && !/^The(?: [A-Z][\w'’&-]*){2,}\.?$/.test(raw) && !portugueseArticle(raw, at)) return;
    // A description the message gives in lower case after "a"/"an" ("a leading fintech"), or one by its words.
    if (isDescription(trimmed) || (trimmed !== trimmed.toLowerCase() && descriptions().has(trimmed.toLowerCase()))) return;
    // A name is a proper noun phrase, never a bare sector or a word the message writes in lower case ("a fintech").
    if (!properNoun(trimmed) || SECTOR_WORDS.has(trimmed.toLowerCase()) || commonWordIn(scan, trimmed)) return;
    // An Italian town with its province: "Castel San Giovanni (PC)". Once per name: a long text repeats names.
    let withProvince = townsWithProvince.get(trimmed);
    if (withProvince === undefined) {
      withProvince = withProvinceCode(scan, trimmed);
      townsWithProvince.set(trimmed, withProvince);
    }
    if (withProvince) return;
    // A state or province after its town is a place: "Tucson, AZ", "Eagle Farm QLD".
    if (REGION_CODES.has(trimmed) && (scan.includes(`, ${trimmed}`) || new RegExp(`[a-z] ${trimmed}\\b`).test(scan))) return;
    // A place is no employer: "Senior Test Engineer – Aarhus" when the message says "in Aarhus".
    if (places.has(trimmed.toLowerCase()) && rank >= 2 && rank !== KIND_RANK) return;
    // Where the person who passed the reader's name on works: "Hannah Reti at Nelson Hospital pharmacy gave me your
    // details". (By strings first: most messages say none of it.)
    if (referrersWorkplace(scan, trimmed, at)) return;
    // An agency by what it calls itself or by its licence: "Agencja pracy AgroFlex Polska Sp. z o.o., KRAZ nr 21877".
    if (agencyBySaying(scan, trimmed, at)) return;
    // A council's area is a place: "locum Social Workers across Kirklees and Calderdale Council areas".
    if (trimmed.endsWith(' Council')) {
      const end = scan.indexOf(trimmed, at) + trimmed.length;
      if (end >= trimmed.length && /^ areas?\b/.test(scan.slice(end, end + 7))) return;
    }
    // A site in a place is where the job is: "Sales Development Representative – Austin HQ" (not a firm, "Tutor HQ").
    if (trimmed.endsWith(' HQ')) {
      const site = trimmed.slice(0, -3);
      if (
        places.has(site.toLowerCase()) ||
        WELL_KNOWN_PLACE.has(caseFold(site)) ||
        scan.includes(`in ${site},`) ||
        scan.includes(`in ${site} `)
      )
        return;
    }
    // In a message about a client, an organisation named in the writer's signature is the agency.
    if (isClientMessage && rank >= 2 && inSignature.some(([a, b]) => at >= a && at < b)) return;
    // The reader's own employer, asked after: "Wie läuft's bei Lindauer Maschinenbau?", "How are things at Brightwater?".
    if (officesNamed || fundersNamed) {
      const nameAt = scan.indexOf(trimmed, at);
      const lead = scan.slice(Math.max(0, nameAt - 20), nameAt);
      // A region an office is in: "med hovedkontor på Vestlandet", "huvudkontor i Norrland".
      if (officesNamed && /kontor\w* (?:på|i) $/.test(lead)) return;
      // A body that funds or backs the work is no employer: "a project funded by the State Council for Digital Innovation".
      if (fundersNamed && /\b(?:funded|backed|sponsored|financed) by (?:the )?$|\bgrant from (?:the )?$/.test(lead)) return;
    }
    // Where the work is done, after "on-site at": "3 days a week on-site at King & Bay" (a street corner).
    if (siteAtSaid) {
      const nameAt = scan.indexOf(name, at);
      if (nameAt >= 0 && /\b(?:on-?site|in[- ]office|in the office) at $/i.test(scan.slice(Math.max(0, nameAt - 20), nameAt))) return;
    }
    // A street after "on" or "in": "The Marlowe Hotel on Duxton Road" (not "Fast Lane", "Bridge Street" as names).
    if (/ (?:Road|Street|Avenue|Lane|Boulevard|Drive|Square|Quay)$/.test(name)) {
      const nameAt = scan.indexOf(name, at);
      if (/\b(?:on|in|off) $/.test(scan.slice(Math.max(0, nameAt - 5), nameAt))) return;
    }
    // The reader's own workplace, at any rank, where the words before it say so: "Your experience in technology transactions
    // at Delmont Voss LLP", "He worked alongside you during the 2022 refinancing at Halvorsen Re". (By strings first.)
    {
      const nameAt = scan.indexOf(name, at);
      const lead = nameAt < 0 ? '' : scan.slice(Math.max(0, nameAt - 90), nameAt);
      if (lead.endsWith(' at ') && (lead.includes('our ') || lead.includes(' you')) && compiled(READERS_WORKPLACE_BEFORE).test(lead))
        return;
      // (The same in Norwegian, Danish and Swedish, the possessive after the noun: "foredraget ditt om Kafka-migreringen hos
      // Brygga Data".)
      if ((lead.endsWith(' hos ') || lead.endsWith(' på ')) && compiled(NORDIC_READERS_WORK_BEFORE).test(lead)) return;
    }
    if (rank >= 5) {
      // A name with a year after it is where someone was then: "On s'était croisées chez Schneider en 2019".
      const nameAt = scan.indexOf(name, at);
      if (nameAt >= 0 && compiled(PAST_YEAR_AFTER).test(scan.slice(nameAt + name.length, nameAt + name.length + 20))) return;
      const before = scan.slice(Math.max(0, at - 30), at);
      const low = before.toLowerCase();
      if (ASKED_AFTER_HINTS.some((hint) => low.includes(hint)) && compiled(ASKED_AFTER).test(before)) return;
    }
    // Where the reader works or worked, at every mention: "which your work at Tarangini Retail clearly shows".
    if (readersPastSaid && everyMentionIsTheReaders(name)) return;
    // Where someone worked in the past: "your preceptor (who I worked with years ago at St. Brendan's)".
    if (workedSaid) {
      const nameAt = scan.indexOf(name, at);
      const lead = nameAt >= 0 ? scan.slice(Math.max(0, nameAt - 60), nameAt) : '';
      // (Not where the reader worked: "Dr. Patel, who you worked with years ago at Cedarvale Health".)
      if (compiled(WORKED_THERE_ONCE).test(lead) && !/\byou(?:\s+\w+)?\s+worked\b/i.test(lead)) return;
    }
    // Where the reader worked, said with the verb last: "jullie hebben samen bij Waterschap Lingedal gewerkt". (Not a name
    // also said otherwise: "Je hebt eerder bij Rabobank gewerkt, en Rabobank zoekt nu een Product Owner".)
    if (hasPastVerbLast && onlyWhereTheReaderWorked(name)) return;
    // An event named by its organiser, not an employer: "Raj here from the CPA Alberta mixer", "the Cluj Java Meetup". (By
    // strings.)
    const eventAt = scan.indexOf(name, at);
    const eventAfter = eventAt < 0 ? '' : scan.slice(eventAt + name.length, eventAt + name.length + 12).toLowerCase();
    if (EVENT_AFTER.some((word) => eventAfter.startsWith(word))) return;
    // Nor a team, a section or a unit of one: "the Allocation Policy section", "Hiring for Platform & Infra", "the Ads &
    // Commerce org"; nor a shop by its number, "Store #1187"; nor a region, "District Manager, West Suburban Chicago"; nor
    // a building lot, "Lot 14 Hobsonville Point"; nor a site the writer works at for its owner, "the pit at Kuranda Ridge
    // now for Ironbark Minerals".
    if (UNIT_AFTER.some((word) => eventAfter.startsWith(word) || scan.includes(`${trimmed} section`)) || eventAfter.startsWith(' #'))
      return;
    const parts = trimmed.split(' & ').flatMap((part) => part.split(' and '));
    const departmentWords = parts.every((part) =>
      part.split(' ').every((word) => NOT_COMPANY.has(caseFold(word)) || DEPARTMENT_WORDS.has(word)),
    );
    if (departmentWords && (parts.length > 1 || TEAM_AFTER.some((word) => eventAfter.startsWith(word)))) return;
    const words = trimmed.split(' ');
    if (
      words.length >= 3 &&
      COMPASS_WORDS.has(words[0]!) &&
      (places.has(words.at(-1)!.toLowerCase()) || WELL_KNOWN_PLACE.has(caseFold(words.at(-1)!)))
    )
      return;
    if (
      trimmed.startsWith('Lot ') &&
      trimmed[4]! >= '0' &&
      trimmed[4]! <= '9' &&
      eventAt >= 3 &&
      scan.slice(eventAt - 3, eventAt) === 'at '
    )
      return;
    // Nor a contractor's customer: "to support our prime contract with the Defense Logistics Agency" (not an agency's "a
    // contract with Severnside Water", its client).
    const contractLead = eventAt < 0 ? '' : scan.slice(Math.max(0, eventAt - 30), eventAt);
    if (
      ['prime contract with ', 'our contract with ', 'our contracts with '].some((words) =>
        (contractLead.endsWith('the ') ? contractLead.slice(0, -4) : contractLead).endsWith(words),
      )
    )
      return;
    if (eventAt >= 3 && scan.slice(eventAt - 3, eventAt) === 'at ' && scan.startsWith(' now for ', eventAt + name.length)) return;
    // Nor a language in a list of languages, the desks a support centre hires for: "We're also hiring for Swedish, Norwegian
    // and Danish" (a name alone may be a firm's: "Mandarin is hiring servers", "We are Polish, a nail studio").
    if (LANGUAGE_NAMES.has(trimmed) && eventAt >= 0) {
      const next = /^(?:,| and| or| &| \/)\s*(\p{Lu}\p{Ll}+)/u.exec(scan.slice(eventAt + trimmed.length, eventAt + trimmed.length + 24));
      if (next && LANGUAGE_NAMES.has(next[1]!)) return;
    }
    // A firm named after its owner with the owner's initial, which the name's pattern leaves behind: "(R. Doyle Groundworks
    // Ltd)". (By strings: a letter, a stop and a space right before the name, after a bracket or at a line's start: after a
    // space it may end a sentence, "Plan A. Doyle Groundworks is hiring".)
    const ownerAt = eventAt;
    const initial = ownerAt >= 3 ? scan.slice(ownerAt - 3, ownerAt) : '';
    if (
      initial[1] === '.' &&
      initial[2] === ' ' &&
      initial[0]! >= 'A' &&
      initial[0]! <= 'Z' &&
      (ownerAt === 3 || '(\n'.includes(scan[ownerAt - 4]!))
    ) {
      found.push({ value: `${initial[0]}. ${name}`, at, rank });
      return;
    }
    found.push({ value: name, at, rank });
  };
  for (const [rank, pattern, hints] of COMPANY_PATTERNS) {
    if (hints && !hints.some((hint) => scan.includes(hint))) continue;
    if (pattern === EQUAL_OPPORTUNITY_EMPLOYER && compiled(CLIENT_WORDS).test(scan)) continue;
    if (pattern === WE_AT_IN_OTHER_LANGUAGES && isClientMessage) continue;
    const writerOf = pattern === WRITER_OF_ORGANISATION;
    const byHiring = pattern === HIRING_NAME;
    const described = pattern === DESCRIBED_AS_A_FIRM || pattern === ONE_OF_THEM_NAMED;
    // (Not in a message about a client: the firm described is then another, "Stripe is a great company … Our client is
    // an early-stage payments startup".)
    if (described && isClientMessage) continue;
    if (pattern === DESCRIBED_AS_A_FIRM && !saysWhatItIs(scan)) continue;
    const joined = pattern === JOINED_OR_MOVED_TO;
    for (const m of Array.isArray(pattern) ? matchAllOf(pattern, scan) : scan.matchAll(fromTheStart(compiled(pattern)))) {
      const at = m.index ?? 0;
      // "at X" after a talk or an event names the event's place or name, not an employer.
      if (rank === 6 && compiled(EVENT_BEFORE).test(scan.slice(Math.max(0, at - 60), at))) continue;
      // (A firm that says it is an agency is none: "Harvey Nash is a global recruitment firm".)
      if (described && compiled(AGENCY_WORDS).test(m[0].replace(m[1]!, ''))) continue;
      // (Nor a person's part in a firm, "Sarah Jones is the founder of a fintech", nor praise of one the reader knows,
      // "Monzo is a fantastic bank and I know you're happy there"; "one of …" only as the firm hired for, "I'm hiring for
      // one of Amsterdam's fastest-growing SaaS scale-ups, Flowtide", not "You've worked for one of the Big Four, Deloitte".)
      if (pattern === DESCRIBED_AS_A_FIRM && (compiled(NOT_A_FIRMS_OWN_WORDS).test(m[0]) || saysOfTheReader(scan, at + m[0].length)))
        continue;
      if (pattern === ONE_OF_THEM_NAMED && !compiled(HIRING_FOR_BEFORE).test(scan.slice(Math.max(0, at - 40), at))) continue;
      // (Nor an agency's boilerplate after it: "hiring for one of the leading MNC companies, Immediate Joiners", "…, Work
      // From Office", "…, Hybrid Mode".)
      if (
        pattern === ONE_OF_THEM_NAMED &&
        m[1]!.split(' ').some((word) => NOT_NAME.has(word) || CAPITAL_FILLER.has(word) || WORK_CONDITION_WORDS.has(word))
      )
        continue;
      if (pattern === GROWING_AT && (isKnownPlace(m[1]!) || NOT_A_FIRM_GROWING.has(m[1]!.split(' ')[0]!))) continue;
      // (Nor the writer's new agency: "I've just joined Harnham as a Principal Consultant".)
      if (joined && isClientMessage) continue;
      if (joined) {
        // (This sentence and the next: "I've recently joined Kellaway. My client, a Series B healthtech …".)
        const stop = scan.indexOf('.', at);
        const next = stop < 0 ? -1 : scan.indexOf('.', stop + 1);
        const sentence = scan.slice(at, next < 0 ? undefined : next);
        if (agencyByName(m[1]!) || JOINED_AN_AGENCY_WORDS.some((word) => sentence.includes(word))) continue;
      }
      // "Harbourstone Life’s Phoenix Wealth District is now recruiting": the owner is the employer.
      // "Juan busca a alguien": after a verb with no "is", a name of one word is a person's.
      if (byHiring && !/\s(?:is|are|IS|ARE|está|estão|ist)\s/.test(m[0]) && !m[1]!.trim().includes(' ')) continue;
      // Not the end of a name too long for the pattern: "Fraser Ridge College's School of Health Sciences is hiring",
      // "Northmoor Valley Hospitals NHS Foundation Trust is recruiting".
      if (byHiring) {
        const cut = /(?:^|\s)([A-Z][\w&-]*) $/.exec(scan.slice(Math.max(0, at - 30), at));
        if (cut && !SENTENCE_OPENERS.has(cut[1]!)) continue;
        // Nor the end of a Vietnamese name led by its kind in lower case: "Công ty Du lịch Nha Trang đang tuyển".
        const vietnameseLead = scan.slice(Math.max(0, at - 40), at);
        if (
          VIETNAMESE_KINDS.some((kind) => vietnameseLead.includes(kind)) &&
          /(?:Công ty|CÔNG TY|Khách sạn|Nhà hàng|Bệnh viện|Ngân hàng)[^.\n]{0,30}$/.test(vietnameseLead)
        )
          continue;
        // Nor a place the hiring is in: "Our Bend, OR store in the Old Mill District is now hiring". (By strings.)
        const lead = scan.slice(Math.max(0, at - 4), at);
        if (lead.endsWith(' in ') || lead.endsWith('\tin ')) continue;
        // Nor the sender's first name in LinkedIn's badge on the line of its buttons: "Reply · View profile · Océane is
        // hiring". (By strings.)
        const badgeLine = scan.slice(scan.lastIndexOf('\n', at) + 1, at);
        if (!m[1]!.trim().includes(' ') && badgeLine.includes('·') && badgeLine.includes('View profile')) continue;
      }
      // One that seeks for another is an agency: "Activos Humanos Cali busca para importante empresa …", "X is hiring for
      // a leading bank".
      // French "X recherche" names an employer only for itself: not a job seeker, "Julie Bernard recherche un poste", nor
      // one who seeks for a client, "Sophie Laurent recherche un Développeur Java pour notre client".
      if (byHiring && m[0].endsWith('recherche') && compiled(SEEKS_FOR_ANOTHER).test(scan.slice(at + m[0].length, at + m[0].length + 100)))
        continue;
      if (byHiring && isClientMessage && /^\s*(?:para|for|pour|per|für)\s/.test(scan.slice(at + m[0].length, at + m[0].length + 8))) {
        agencies.add(bare(m[1]!));
        continue;
      }
      if (byHiring && /['’]s /.test(m[1]!)) {
        consider(m[1]!.split(/['’]s /)[0]!, at, rank);
        continue;
      }
      // (A pattern of two alternatives may capture the name in its second group.)
      const name = m[1] ?? m[2] ?? m[3];
      // (Three words or more, or a name that says it is an organisation: two capitalised words after "de" are as often a
      // place's, "Costa Rica", "Minas Gerais", or the rest of a person's, "María del Carmen Ruiz".)
      if (
        writerOf &&
        name !== undefined &&
        (WELL_KNOWN_PLACE.has(caseFold(name.slice(name.lastIndexOf(' ') + 1))) ||
          (name.trim().split(' ').length < 3 && !saysOrganisation(name.trim())))
      )
        continue;
      // The first half of two compounds sharing their end is no name: "bei Monats- und Jahresabschlüssen".
      if (name?.endsWith('-') && scan[at + m[0].length] === ' ') continue;
      if (
        name !== undefined &&
        ((/^(?:Hiring|Recruiting)\s/.test(m[0]) && compiled(SHIFT_OR_PEOPLE_LAST).test(name.trim())) ||
          (/^(?:hiring|recruiting)\s/.test(m[0]) && compiled(SHOP_FLOOR_PEOPLE).test(name.trim())))
      )
        continue;
      // What one looks for is a job when its words are a title's: "we're looking for Community Managers fluent in Korean",
      // "We are looking for PART-TIME ONLINE ASSISTANTS".
      if (name !== undefined && /^(?:looking|searching)\s/.test(m[0]) && wholeTitle(name.trim())) continue;
      // A unit's field is no organisation: "I head the Department of Physics at …", "the Institute for Marine Robotics".
      if (name !== undefined) {
        const nameAt = scan.indexOf(name, at);
        // (Not an organisation's own unit, named by a capitalised word: "the HR Department for Northwind Robotics".)
        const lead = scan.slice(Math.max(0, nameAt - 30), nameAt);
        const joiner = lead.endsWith(' of ') ? 4 : lead.endsWith(' for ') ? 5 : 0;
        const words = lead.slice(0, -joiner || undefined).split(' ');
        if (joiner > 0 && LONGER_NAME_KINDS.has(words.pop()!) && !/^[A-Z]/.test(words.pop() ?? '')) continue;
      }
      if (name !== undefined) consider(name + (scan[at + m[0].length] === '.' ? '.' : ''), at, rank);
    }
  }
  // A title, then the employer: "hiring a Senior Backend Engineer for Quay Labs" (rank 2), "Staff Engineer at Quay Labs",
  // "Développeur chez Éditions Marceau" (rank 5). From the title runs the job title is read from too, not a pattern of
  // its own with every title noun in it: that pattern took milliseconds to compile on every first read.
  for (const title of titleMatches(scan)) {
    const after = compiled(AFTER_TITLE).exec(scan.slice(title.end, title.end + 200));
    if (!after) continue;
    const at = title.end + after.index + after[0].length - after[3]!.length;
    // "an Engineering Manager for the Payments team": a team of the employer, not the employer.
    const following = scan.slice(at + after[3]!.length, at + after[3]!.length + 20);
    if (following.startsWith(' ') && UNIT_WORDS.has(firstWord(following.trimStart()))) continue;
    // (And a product team's "pod", as a word of its own: "for the Supply Chain pod"; not "Yotel pod hotels".)
    if (following.startsWith(' pod') && !/[\w-]/.test(following[4] ?? '') && !following.startsWith(' pod hotel')) continue;
    const next = scan[at + after[3]!.length] === '.' ? '.' : '';
    // (After the writer's own "team at" an employer, the title's "for" names a team of it: "my team at Palmyra Health is
    // hiring a Senior Product Manager for Claims Automation".)
    const lead = scan.slice(Math.max(0, title.at - 120), title.at);
    const ownTeamFor = after[1] !== undefined && (lead.includes('team at ') || lead.includes('here at ') || lead.includes('we at '));
    if (ownTeamFor) continue;
    if (compiled(HIRING_BEFORE_TITLE).test(lead)) {
      // (Where the writer has named their own organisation and "we" hire, what the title is "at" is where the job is: "It's
      // Wanjiru from Savanna Air Cargo … We're hiring a Flight Dispatcher at JKIA". It ranks after the writer's own.)
      const weHireAtASite =
        after[1] === undefined &&
        !isClientMessage &&
        /\b[Ww]e(?:'re|’re| are) (?:now |currently |also )?hiring (?:an? )?(?:[\w/+#.-]{1,30} ){0,3}$/.test(lead) &&
        senderOrgs.some((org) => org.at < title.at && bare(org.value) !== bare(after[3]!));
      consider(after[3]! + next, title.at, weHireAtASite ? 5.5 : 2);
    } else if (after[1] === undefined && after[2] === undefined) consider(after[3]! + next, title.at, 5);
  }
  // A subject naming the job and its employer: "Senior Data Engineer - Vantablue (Remote)", "SRE @ Quay Labs".
  const subject = /^([^\n]{3,120})(?:\n|$)/.exec(scan);
  if (subject) {
    const m = compiled(
      new RegExp(
        `^(?:(?:re|fwd?|aw|sv|new job|nouvelle offre|neue stelle|nowa oferta)\\s*:\\s*)*(.{2,80}?)\\s+(?:[-–—|@·]|at)\\s+(${NAME})\\s*(?:\\([^)]{0,40}\\)|[-–—|·•]\\s.*|,\\s*[A-Z][\\w ]{1,30}|,\\s*[£$€]\\s?\\d.*)?$`,
        'i',
      ),
    ).exec(subject[1]!);
    // A recruiter's or founder's own headline is no job: "Senior Recruiter - Redbrook IT".
    if (m && rolePhrases(m[1]!).length > 0 && !compiled(TEAM_WORDS).test(m[1]!)) {
      // (After a dash, the title's own area, and the employer after a bar: "Senior Policy Advisor – Transport Strategy |
      // Manukau Harbour Regional Council".)
      const start = subject[1]!.indexOf(m[2]!, m[1]!.length);
      const between = subject[1]!.slice(m[1]!.length, start);
      const dashed = between.includes('-') || between.includes('–') || between.includes('—');
      const rest = subject[1]!.slice(start + m[2]!.length);
      const barred = dashed ? /^\s*\|\s*([^|·•]+?)\s*(?:[|·•].*)?$/.exec(rest) : null;
      const named = (part: string) => compiled(WHOLE_NAME_DOT).test(part) || compiled(ENDS_IN_LEGAL_FORM_DOT).test(part);
      // (Or, after a place, the organisation its kind's word names: "M&E Officer – Tamale – Harmattan Health Initiative".)
      const after = rest.trim() === '' ? null : /^\s*[-–—|]\s*([^|·•–—]+?)\s*$/.exec(rest);
      const organisation =
        after !== null && named(after[1]!) && compiled(ORGANISATION_ENDING).test(after[1]!) && !compiled(ORGANISATION_ENDING).test(m[2]!)
          ? after[1]!
          : null;
      // (Or, after a field, the name after the next dash: "Assistant Professor position – Structural Engineering – NDUT".)
      const afterAField = after !== null && fieldsOnly(m[2]!) && named(after[1]!) ? after[1]! : null;
      const employer = organisation ?? afterAField ?? (barred !== null && named(barred[1]!) ? barred[1]! : m[2]!);
      consider(employer, 0, 3);
    }
  }
  // A job board's listing: the title on one line, "Employer · Place" on the next (outside the signature).
  const isAlert = JOB_ALERT_WORDS.some((w) => lowScan.includes(w));
  if (scan.includes(' · ') || scan.includes(' • ') || isAlert) {
    let listings = 0;
    const alertEmployers = new Set<string>();
    for (const m of scan.matchAll(compiled(LISTING))) {
      // A job alert lists a handful of jobs; a long run of such lines is no alert, and each costs a title search.
      if (++listings > 20) break;
      const at = scan.indexOf(m[2]!, (m.index ?? 0) + m[0].length);
      // Not a messaging app's line ("InMail", "Sent Mon", a job site's mark, "Sponsored · InMail"), nor under the writer's own
      // headline ("Senior Recruiter at X").
      if (
        compiled(
          /^(?:InMail|Message InMail|Sent|Seen|Delivered|Today|Yesterday|Reply|View|Unsubscribe|Manage|Privacy|Terms|Help|Apply|Posted)\b/,
        ).test(m[2]!) ||
        ADVERT_MARKS.has(m[2]!) ||
        compiled(RECRUITING_TITLE).test(m[1]!) ||
        compiled(TEAM_WORDS).test(m[1]!)
      )
        continue;
      // (Not a table's row, its label and its value: "Department    Public Works – Utilities Division"; but "Department of
      // Health · London".)
      const [label, next] = m[2]!.split(' ');
      if (TABLE_LABELS.has(label!) && next !== 'of' && next !== 'for') continue;
      // "Employer · Place" on its line; an employer alone on its line only in a job board's alert.
      const separated = /^[^\n]*[ \t][·•–—|-][ \t]/.test(scan.slice(at, at + 100));
      // Alone on its line, the employer is two words or more under a title line that is no bullet and ends its sentence.
      if (!separated && (!isAlert || !m[2]!.includes(' ') || /^\s*[-–•*]|(?:\b(?:und|and|et|en|och|og|y|e|i)|,)\s*$/.test(m[1]!))) continue;
      const alertListing = isAlert && separated;
      if (inSignature.some(([a, b]) => at >= a && at < b) || (rolePhrases(m[1]!).length === 0 && !alertListing)) continue;
      const accepted = found.length;
      consider(m[2]!, at, 2);
      // (An employer's line that is one, not the next listing's title: "Maintenance Planner – Mobile Plant · Perth". An
      // agency's line counts too, though it names no employer: "Redgum Workforce Solutions · Pilbara WA"; a place's or a
      // work mode's does not: "Berlin · Hybrid".)
      if (alertListing && (found.length > accepted || agencyByName(m[2]!)) && rolePhrases(m[2]!).length === 0) alertEmployers.add(m[2]!);
    }
    // An alert's digest of jobs at three employers or more offers none of them in particular. (A job alert by its own
    // words: "alert" alone is also "our alerting pipeline".)
    if (alertEmployers.size >= 3 && JOB_ALERT_WORDS.some((w) => w !== 'alert' && lowScan.includes(w))) return null;
  }
  // The employer's name before the word for the job: "a quick recap of the Fettle Health role", "the Quay Labs
  // position". (Not a title, a field or a place there: "the Senior Engineer role", "the Platform role", "the London role".)
  // (Run only where such a word follows a capital: most messages have none.)
  if (NAMED_ROLE_WORDS.some((word) => scan.includes(word)))
    for (const m of scan.matchAll(compiled(NAMED_ROLE))) {
      const name = m[1]!;
      // (Nor a title whose noun the title rules do not know, a person's noun in "-er", "-or", "-ist": "Motor Claims
      // Handler".)
      const personNoun = /(?:er|or|ist|ant|ian)$/.test(name) && !/(?:Partner|Brother)$/.test(name);
      // (A name of two words or more, none a technology's, a level's or a field's: not "the Golang role", "the Staff
      // role", "the Shopify role", which may name a stack or a rank as well as a firm.)
      const words = name.split(' ');
      const plain =
        words.length < 2 ||
        NOT_A_NAME_BEFORE_ROLE.has(words[0]!.toLowerCase()) ||
        words.every((word) => DESK_WORDS.has(word.toLowerCase()) || NOT_A_NAME_BEFORE_ROLE.has(word.toLowerCase()));
      if (plain || rolePhrases(name).length > 0 || fieldsOnly(name) || namesAnOccupation(name) || personNoun) continue;
      // (After the writer's own organisation: "the Motor Claims Handler role in our Glasgow office" under a signature.)
      consider(name, m.index + 4, 5.5);
    }
  // The one hiring, described between commas: "Vitosha Connect, one of Sofia's fastest-growing centres, is hiring".
  // (Apart from HIRING_NAME, and run only where ", one of" is: most messages have none.)
  if (scan.includes(', one of ') || scan.includes(' one of '))
    for (const m of scan.matchAll(compiled(HIRING_NAME_DESCRIBED)))
      if (compiled(ORGANISATION_KINDS_PLURAL).test(m[2]!) && !/recruit|staffing|headhunt|search firm|consultanc/i.test(m[2]!))
        consider(m[1]!, m.index ?? 0, 4);
  // A university's unit names the university it belongs to, which employs: "the Division of Fluid Mechanics, Norrvik
  // University", "Department of Bioengineering at Øresund Technical University", "School of Life Sciences, Thornbury
  // University". (By strings first: most messages name no university.)
  if (scan.includes('Universit') && UNIVERSITY_UNIT_WORDS.some((word) => scan.includes(word)))
    // (Ranked after a name said plainly: a university may be the reader's school, a partner or a funder beside the firm.)
    // (Nor a university the firm came from or works with, or the reader studied at: "a spin-off from the Department of
    // Surgery at Johns Hopkins University", "in partnership with", "you graduated from".)
    for (const m of scan.matchAll(compiled(UNIVERSITY_OF_UNIT)))
      if (!compiled(NOT_THE_UNIVERSITYS_JOB).test(scan.slice(Math.max(0, (m.index ?? 0) - 60), m.index)))
        consider(m[1]!, (m.index ?? 0) + m[0].length - m[1]!.length, 4.5);
  if (scan.includes('CISSS') || scan.includes('CIUSSS'))
    for (const m of scan.matchAll(compiled(QUEBEC_HEALTH_BODY))) consider(m[1]!, m.index ?? 0, 4);
  // (And with a smaller market's legal form, by its hints.)
  if (MORE_LEGAL_HINTS.some((hint) => scan.includes(hint)))
    for (const m of scan.matchAll(compiled(LEGAL_NAME_MORE))) {
      // (A name in quotation marks is the name they hold: "Xəzər Yük Daşıma" of '"Xəzər Yük Daşıma" MMC'.)
      const quoted = /^[„"“«]([^"”»]+)[”"»]/.exec(m[1]!);
      // (A form in lower case is left off, as the name is said: "Aéro-Structures Vallée" of "… Vallée inc.".)
      const name = quoted ? quoted[1]! : m[1]!.replace(compiled(PRONOUN_OR_PREPOSITION_FIRST), '').replace(/ (?:inc\.|s\.a\.l\.?)$/, '');
      // (Not letters in capitals alone, an acronym's or a measure's: "ABG P/F".)
      const words = name.split(' ');
      if (NOT_NAME.has(words[0]!) || (!quoted && words.every((word) => word === word.toUpperCase()))) continue;
      consider(name, (m.index ?? 0) + Math.max(0, m[1]!.indexOf(name)), 4);
    }
  // A name with a legal form is an organisation wherever it stands.
  if (LEGAL_NAME_HINTS.some((hint) => scan.includes(hint))) {
    for (const m of scan.matchAll(compiled(LEGAL_NAME))) {
      // A team or a department before a particle is no part of the name: "Team della Bianchi Automazione S.p.A.", "Equipe
      // do Grupo Boticário Ltda" (but "Transportes Serra da Estrela, S.A.", "Temporales del Norte S.A.S.").
      // (Nor a pronoun opening the sentence: Turkish "Ben Karaburun Yazılım A.Ş.'de …".)
      const name = m[1]!
        .replace(compiled(PRONOUN_OR_PREPOSITION_FIRST), '')
        .replace(
          compiled(
            /^(?:Team|Equipe|Equipo|Équipe|Squadra|Staff|Ufficio|Dipartimento|Departamento|Área|Area|Setor|Sector|Direzione|Direção|Dirección|Tecnologia|Tecnología|Tecnologie|Marketing|Ventas|Vendas|Vendite|Finanzas|Finanças|Finanza|Operaciones|Operações|Comercial|Commerciale|Talent|Recrutamento|Reclutamiento|Selezione|RH|HR) (?:da|do|dos|das|del|della|delle|degli) (?=\S)/,
          ),
          '',
        );
      if (notRiverOrDate(scan, (m.index ?? 0) + m[1]!.length)) continue;
      consider(name, (m.index ?? 0) + m[1]!.length - name.length, 4);
    }
    // A Central European or Nordic name with its words in lower case but the first, as those languages write a firm's
    // trade: "Moravské strojírny Přerov a.s.", "Savinjska elektronika d.o.o.". (Run only
    // where such a form is; the lower-case words are no sentence's: not "firmie", "u", "pri".)
    if (LOWER_WORD_FORMS.some((form) => scan.includes(form)))
      for (const m of scan.matchAll(compiled(LEGAL_NAME_LOWER_WORDS))) {
        const words = m[1]!.split(' ');
        if (NOT_NAME.has(words[0]!) || BRAND_LEAD_WORDS.has(words[0]!) || isOccupationWord(words[0]!.toLowerCase())) continue;
        // (Nor an agency, "Agentura práce JobPlus s.r.o.", nor the sentence's words before a name, "Vás jménem společnosti".)
        if (agencyByName(m[1]!) || /^(?:Agentura|Agencja|Agencia|Agenzia|Agencija)\b/.test(m[1]!)) continue;
        if (words.some((word) => /^\p{Ll}/u.test(word) && (word.length < 4 || isOccupationWord(word) || LOWER_NOT_TRADE.has(word))))
          continue;
        // (Nor a department of it, "Oddelenie ľudských zdrojov Slovnaft a.s.", nor a sentence's "Petra from Alza a.s.".)
        if (DEPARTMENT_FIRST.has(words[0]!)) continue;
        if (notRiverOrDate(scan, (m.index ?? 0) + m[0].length)) continue;
        consider(m[1]!, m.index ?? 0, 4);
      }
    // (Not, in a message about a client, the writer's own firm: "This is Aisha from Robert Walters (Malaysia) Sdn. Bhd.")
    if (bracketBeforeLegalForm(scan) && !isClientMessage)
      for (const m of scan.matchAll(compiled(LEGAL_NAME_WITH_PLACE))) {
        if (!/\bfrom $/i.test(scan.slice(Math.max(0, (m.index ?? 0) - 5), m.index))) consider(m[1]!, m.index ?? 0, 4);
      }
    if (quoteBeforeLegalForm(scan))
      for (const m of scan.matchAll(compiled(LEGAL_NAME_WITH_BRAND))) {
        // (Not a title in quotation marks: 'the role "Growth Hacker", Inc. magazine named them …'.)
        if (rolePhrases(m[3]!).length > 0) continue;
        // The words before the brand are the name's only when none is a job, a verb of hiring, a letter or a word of the
        // sentence: "Praca Magazynier „Bielawa” Sp. z o.o." is "Bielawa Sp. z o.o.", "Im Auftrag Der „Alpenblick” GmbH"
        // "Alpenblick GmbH".
        const before = m[1]!.replace(compiled(LEADING_PREPOSITION), '').trim();
        const own =
          before !== '' &&
          before
            .split(' ')
            .every(
              (word) => word.length > 1 && !NOT_NAME.has(word) && !BRAND_LEAD_WORDS.has(word) && !isOccupationWord(word.toLowerCase()),
            );
        // (A brand alone loses its quotation marks, which the name's cleaning would cut at its start only: "Stavby Morava s.r.o.".)
        const name = own ? `${before} ${m[2]}` : m[2]!.replace(/^[„"“«‚]([^"„“”«»]+)[”"“»’‘]/u, '$1');
        consider(name, (m.index ?? 0) + m[0].length - (own ? before.length + 1 + m[2]!.length : m[2]!.length), 4);
      }
  }
  // A name that says it is an organisation by its kind, wherever it stands: after any name with a legal form.
  if (
    KIND_BEFORE.some((kind) => scan.includes(`${kind} `) || scan.includes(`${kind.toUpperCase()} `)) ||
    scan.includes('HOSPITAL ') ||
    scan.includes('CLÍNICA ') ||
    KIND_AFTER.some((kind) => scan.includes(` ${kind}`)) ||
    KIND_OF.some((kind) => scan.includes(`${kind} of `)) ||
    scan.includes('Ville d') ||
    scan.includes('Department for ') ||
    scan.includes('Ministry for ') ||
    KIND_BEFORE_ENDINGS.some((ending) => lowScan.includes(`${ending} `))
  ) {
    for (const named of kindNames(scan)) {
      // "Cloud Security", "Credit Risk Analytics": a field of work named by its kind, not an organisation.
      const words = named.value.split(' ');
      if (words.slice(0, -1).every((word) => FIELD_WORDS.has(word.toLowerCase()))) continue;
      // A body the writer's firm works for or with is its client or partner: "a school build we're doing with Kent County
      // Council", "Oakleaf Digital is a supplier to the Ministry for Primary Industries". (Not one the writer hires for,
      // said in the sentence or in the next that speaks of "they": "we're recruiting for Leeds City Council", "We've worked
      // with Bristol City Council for 10 years. They are hiring a Data Engineer", "… apply to be our Senior Developer".
      // Where it is unclear, "They want a Process Engineer", the reader names no employer rather than the client.)
      const lead = scan.slice(Math.max(0, named.at - 60), named.at);
      if (
        readersPastAt(lead, scan.slice(named.at + named.value.length, named.at + named.value.length + 60)) ||
        (READERS_PAST_WORDS.some((word) => lead.toLowerCase().includes(word)) && compiled(READERS_PAST_AT_ELSEWHERE).test(lead)) ||
        readersPastVerbLast(lead, scan.slice(named.at + named.value.length, named.at + named.value.length + 40))
      )
        continue;
      // (Also past one capitalised word of the name the kind is read from: "works with the Royal Borough of Kingston".)
      if (compiled(WORKED_FOR_BY_THE_WRITER).test(lead) || compiled(WORKED_FOR_BY_THE_WRITER).test(lead.replace(/[A-Z][a-z]+\s+$/, ''))) {
        const rest = scan.slice(named.at, named.at + 300);
        const sentenceEnd = rest.search(/[.!?\n]/);
        let said = lead + (sentenceEnd < 0 ? rest : rest.slice(0, sentenceEnd));
        const next = sentenceEnd < 0 ? '' : (/^[.!?]?\s*([^.!?\n]*)/.exec(rest.slice(sentenceEnd)) ?? ['', ''])[1]!;
        if (/\b(?:they|their|them)\b/i.test(next)) said += ` ${next}`;
        // (Or "they want a Process Engineer", "they're keen to find a Senior Planner": they want someone, named by a title.)
        if (!compiled(HIRING_WORDS).test(said) && !(compiled(THEY_WANT).test(said) && rolePhrases(said).length > 0)) continue;
      }
      // Nor a body named as a place or as a person's team: "Oulun yliopisto -kampusta", "the Department for Digital
      // Transformation lead".
      const end = named.at + named.value.length;
      if (/^ -[a-zäöå]|^ (?:lead|head|director|manager|team|staff|officials?)\b/.test(scan.slice(end, end + 12))) continue;
      consider(named.value, named.at, KIND_RANK);
    }
  }
  // A client named at the head of the sentence that hires for it: "Voor Van Oordt Groothandel (marktleider, 1.100
  // medewerkers) zoek ik een Data Engineer", "Für die Stadtwerke Lindau suche ich …".
  if (
    FOR_CLIENT_HINTS.some((hint) => lowScan.includes(hint)) &&
    /(?:^|[.!?]\s+|\n)(?:For|Voor|Für|Pour|Para|Per|För|Dla|Til) [A-Z]/.test(scan)
  ) {
    // After a name with a legal form, as a kind is; a title is no client ("For Senior Engineers (5+ years), I'm looking …").
    for (const m of scan.matchAll(compiled(FOR_CLIENT))) if (rolePhrases(m[1]!).length === 0) consider(m[1]!, m.index ?? 0, KIND_RANK);
  }
  // A name after a description of what it is: "established e-commerce company ShopNest Asia", "het logistieke bedrijf
  // Van Oordt Groothandel". Two words or more, or one written like a brand ("ShopNest"): not "the company Christmas party".
  for (const named of namesAfterKindWord(scan)) consider(named.value, named.at, KIND_RANK);
  // The sender's own organisation, when it is no agency.
  if (!isClientMessage) for (const org of senderOrgs) consider(org.value, org.at, 5);
  // Where nothing else names one, a job named in lower case, then its employer, as a text message does: "Calling 14
  // journeyman pipefitters for Hadley Mechanical".
  if (found.length === 0) {
    const job = compiled(LOWER_CASE_JOB).exec(scan);
    const end = job === null ? 0 : job.index + job[0].length;
    const after = job === null ? null : compiled(AFTER_TITLE).exec(scan.slice(end, end + 200));
    // (A name that ends its clause: not a product or a thing the job is for, "a freelance developer for Shopify store
    // migration", "a cleaner for Airbnb apartments".)
    const named = after === null ? '' : scan.slice(end + after.index + after[0].length, end + after.index + after[0].length + 4);
    if (after !== null && after[2] === undefined && /^(?:$|[,.;:!?)\n]| [-–—(])/.test(named)) consider(after[3]!, end, 2);
  }
  // Last of all, a chat's header at the message's top naming its workspace, which the people posting in it work at: an
  // internal post's "Dubreuil & Cie · #annonces-rh", "Microsoft Teams · Chat · Sparkasse Lippe-Emscher". (Only where
  // nothing else names an employer: a community's workspace is none, and a post there names its own.)
  if (found.length === 0 && !isClientMessage) {
    const workspace = chatWorkspace(scan) ?? chatSendersOrganisation(scan);
    if (workspace !== null) consider(workspace, scan.indexOf(workspace), 6);
  }
  if (found.length === 0) return null;
  found.sort((a, b) => a.rank - b.rank || a.at - b.at);
  const best = found[0]!.value;
  // The same name written in full elsewhere ("Ironbark" and "Ironbark Security").
  // Also after a possessive: "Brightwater Children" and "Brightwater Children's Trust", "St. Columba's Community School".
  const fuller = found.filter(
    (f) =>
      (f.value.toLowerCase().startsWith(`${bare(best)} `) || f.value.startsWith(`${best}'s `) || f.value.startsWith(`${best}’s `)) &&
      // Two capitalised words more at most: "Department" and "Department of Freshwater & Catchments". (Not counting a legal
      // form of words: "Zakłady Mleczarskie" and "Zakłady Mleczarskie „Bielawa” Sp. z o.o.".)
      f.value
        .replace(compiled(LEGAL_END), '')
        .split(' ')
        .filter((w) => !NAME_JOINER.has(w)).length <=
        best.split(' ').length + 2 &&
      f.value.length > best.length &&
      bare(f.value) !== bare(best),
  );
  let name = fuller.length > 0 ? fuller.sort((a, b) => a.rank - b.rank || a.at - b.at)[0]!.value : best;
  // The same name with its last words as initials: "Willow Creek USD" is the "Willow Creek Unified School District".
  const initialsAtEnd = /^(.+) ([A-Z]{2,5})$/.exec(name);
  if (initialsAtEnd) {
    const [, head, letters] = initialsAtEnd;
    const spelled = found.find((f) => {
      if (!f.value.startsWith(`${head} `)) return false;
      const rest = f.value.slice(head!.length + 1).split(' ');
      return rest.length === letters!.length && rest.map((word) => word[0]).join('') === letters;
    });
    if (spelled) name = spelled.value;
  }
  // A site that is "part of" a body the message also names is that body's: "Kirkstall Lane Hospital, part of Aire Valley
  // Teaching Hospitals NHS Trust".
  const partOf = scan.indexOf(`${name}, part of `);
  if (partOf >= 0) {
    const rest = scan.slice(partOf + name.length + ', part of '.length, partOf + name.length + 100);
    const owner = found.find((f) => f.value !== name && (rest.startsWith(f.value) || rest.startsWith(`the ${f.value}`)));
    if (owner) name = owner.value;
  }
  // A hospital of a health body the message names is that body's: the trust or board employs its staff ("our team at
  // Kingsford General Hospital" in a mail from Northmoor Valley Health NHS Trust).
  if (HOSPITAL_ENDINGS.some((ending) => name.endsWith(ending))) {
    // (One the message names more than once, as the one recruiting, as the employer, or in the hospital's own sentence,
    // "Kingsford General Hospital (Northmoor Valley NHS Foundation Trust)": not a body it mentions in passing, "many of
    // our surgeons also work for Northmoor Valley NHS Foundation Trust".)
    const body = found.find(
      (f) =>
        / (?:NHS Trust|NHS Foundation Trust|Health Board|Local Health District|Health Service Executive)$/.test(f.value) &&
        (scan.indexOf(f.value) !== scan.lastIndexOf(f.value) ||
          saysItIsHiring(scan, f.value) ||
          sameSentenceAfter(scan, name, f.value) ||
          /(?:^|\n)[ \t*•-]*Employer\s*:/i.test(scan.slice(Math.max(0, scan.indexOf(f.value) - 30), scan.indexOf(f.value)))),
    );
    if (body) name = body.value;
  }
  // A laboratory, a department or an institute of a university or a hospital the message names right after it is that
  // body's: "o Laboratório de Hidrologia Computacional da Universidade de Vale Formoso", "the Institute for Marine
  // Robotics at the University of Wexmoor".
  if (UNITS_OF_A_BODY.has(name.slice(0, name.indexOf(' ')))) {
    const after = scan.indexOf(`${name} `);
    const joiner =
      after < 0
        ? null
        : /^ (?:da|do|de|della|dell['’]|der|des|du|de la|of|of the|at|at the|an der|am) /.exec(
            scan.slice(after + name.length, after + name.length + 12),
          );
    if (joiner) {
      const rest = scan.slice(after + name.length + joiner[0].length);
      const owner = found.find((f) => f.value !== name && rest.startsWith(f.value));
      if (owner) name = owner.value;
    }
  }
  // A name written with initials where the message also spells them out: "CH de Valmoret" is the "Centre Hospitalier de
  // Valmoret".
  const initials = /^([A-Z]{2,4}) (\S.*)$/.exec(name);
  // (Only where the rest names a place or a person, not a kind alone: "AB Holdings" is no "Alpha Beta Holdings".)
  if (
    initials &&
    !initials[2]!.split(' ').every((w) => EMPLOYER_NAME_ENDINGS.has(w.toLowerCase()) || compiled(IS_OR_ENDS_IN_LEGAL_FORM).test(w))
  ) {
    const rest = ` ${initials[2]}`;
    const spelled = found.find(
      (f) =>
        f.value.endsWith(rest) &&
        f.value
          .slice(0, -rest.length)
          .split(' ')
          .map((w) => w[0])
          .join('') === initials[1],
    );
    if (spelled) name = spelled.value;
  }
  // A Nordic institution's name ends in a common noun: "Ekbacka friskola", "Norrvikens kommun".
  const after = scan.indexOf(`${name} `);
  const next = after < 0 ? undefined : scan.slice(after + name.length + 1, after + name.length + 16).split(/[^a-zA-Z\u00C0-\u024F]/)[0];
  // (And a Swedish or Norwegian state agency's: "Statens geodataverk", "Statens vegvesen".)
  if (next !== undefined && (INSTITUTION_WORDS.has(next) || (name === 'Statens' && /^[a-zåäö]{4,}$/.test(next)))) return `${name} ${next}`;
  // The same name written in full where no rule read it, ending in its kind: "Azure Palms" is "Azure Palms Hotel &
  // Residences" where a heading writes it so.
  // (Not a name that ends in its kind already: "Qasr Al Noor Resort" of "… Resort & Spa".)
  const kindLast = endsInKindWord(name);
  for (let at = kindLast ? -1 : after; at >= 0 && at < 200_000; at = scan.indexOf(`${name} `, at + 1)) {
    // Only a heading's: the full name opens its line and ends it, or a comma or a dash follows ("… Residences, Dubai
    // Marina"); "Stripe Labs is a separate group" in a sentence is another organisation.
    if (at > 0 && !/\n[ \t*#>•-]*$/.test(scan.slice(Math.max(0, at - 6), at))) continue;
    const tail = /^(?:[A-Z][\w'’-]*|&)(?: (?:[A-Z][\w'’-]*|&)){0,3}(?=\s*(?:$|\n|,|\s[-–—|(]))/.exec(
      scan.slice(at + name.length + 1, at + name.length + 60),
    )?.[0];
    const words = tail?.split(' ') ?? [];
    if (words.length > 0 && endsInKindWord(tail!)) return `${name} ${words.join(' ')}`;
  }
  // A Romance institution's name goes on after its article: "Hotel Lido degli Ulivi", "Casa do Povo".
  // Only after a kind and one word: "Hotel Conchiglia d'Argento di Cesenatico" is in Cesenatico.
  if (after >= 0 && name.split(' ').length === 2 && PARTICLE_KINDS.has(name.slice(0, name.indexOf(' ')))) {
    const goesOn = compiled(PARTICLE_AND_NAME).exec(scan.slice(after + name.length, after + name.length + 60));
    if (goesOn) return `${name}${goesOn[0]}`;
  }
  return name;
}

// The last words of an employer's full name, lower case: after a shorter name the message also uses ("Azure Palms"
// and "Azure Palms Hotel & Residences"), and in its mail domain ("harborlinehealth.com" is Harborline Health).
/** Whether a name's last word is an employer's kind: "Carpați Resort & Spa", "Calder Falls Police Department". */
function endsInKindWord(name: string): boolean {
  return EMPLOYER_NAME_ENDINGS.has(name.slice(name.lastIndexOf(' ') + 1).toLowerCase());
}
const EMPLOYER_NAME_ENDINGS = new Set(
  'department service authority hotel hotels resort resorts residences suites spa group holdings bank hospital clinic labs technologies systems software energy health healthcare foods logistics academy college university institute pharmaceuticals pharma therapeutics robotics analytics freight capital media games studios insurance motors airlines payments financial security outfitters supply supplies stores markets builders contractors construction industries manufacturing brewery bakery pharmacy dental lawyers'.split(
    ' ',
  ),
);

// The first words of institutions whose names go on after a particle.
const PARTICLE_KINDS = new Set(
  'Hotel Hôtel Banca Banco Caja Cassa Università Universidad Universidade Istituto Instituto Institut Ospedale Hospital Fondazione Fundación Fundação Museo Museu Teatro Colegio Scuola Escola École Collège Lycée Clinica Clínica Casa Comune Camera Consorzio Cooperativa Policlinico Azienda'.split(
    ' ',
  ),
);
// Only the articles a name goes on with ("Hotel Lido degli Ulivi"): after "di" or "de" comes a town as often ("Hotel
// Miramare di Sorrento", "Banca Sella di Biella").
const PARTICLE_AND_NAME =
  /^ (?:del|della|degli|delle|dei|dello|de la|des|du|do|dos|das) [A-Z\u00C0-\u00DE][\w\u00C0-\u024F'’-]+(?: [A-Z\u00C0-\u00DE][\w\u00C0-\u024F'’-]+)?/;

// The words that carry on an organisation's name after a title-like word.
const ORG_NAME_GOES_ON =
  /^ (?:Search|Recruitment|Recruiting|Partners|Consulting|Consultancy|Group|Solutions|Staffing|Talent|Resourcing|International|Associates|Ltd|Inc|LLC|LLP|GmbH|Limited|Co\.)\b/;

/**
 * A French title, its noun first: "Développeur Full Stack Senior", "Ingénieure DevOps", "Chef de projet Data".
 * The words after the noun: capitalised ones or the common lower-case ones of a title.
 */
const ROLE_NOUN_FIRST = () =>
  /(?<![\p{L}-])((?:Développeu(?:r(?:[·.]se)?|se)|Ingénieur(?:e|[·.]e)?|Architecte|Chef(?:fe)? de projet|Responsable|Directeur|Directrice|Analyste|Administrat(?:eur|rice)|Technicien(?:ne)?|Concepteur|Conceptrice|Testeur|Testeuse|Intégrat(?:eur|rice))(?: (?:[A-Z\u00C0-\u00DE][\w\u00C0-\u024F+#/-]{0,20}(?:\.[\w\u00C0-\u024F]{1,10})?|full[- ]?stack|stack|back[- ]?end|front[- ]?end|senior|junior|confirmée?|principale?|logiciels?|web|mobile|cloud|data|données|produit|technique|systèmes|réseaux?|d['’]études|(?:de|en|des|du) (?=[A-Z\u00C0-\u00DE]|données|produit|logiciel))){0,5})(?![\p{L}-])/gu;

/** The start of every word ROLE_NOUN_FIRST matches, as written there. */
const ROLE_NOUN_FIRST_STARTS = [
  'Développeu',
  'Ingénieur',
  'Architecte',
  'Chef de projet',
  'Cheffe de projet',
  'Responsable',
  'Directeur',
  'Directrice',
  'Analyste',
  'Administrat',
  'Technicien',
  'Concepteur',
  'Conceptrice',
  'Testeu',
  'Intégrat',
];

const ROLE_NOUN_FIRST_SOUTH = () =>
  /(?<![\p{L}-])((?:Analista|Cientista|Científic[oa]|Encargad[oa](?:\/a)?|Dependient[ea]|Gerente|Coordenador(?:a)?|Coordinador(?:a)?|Coordinat(?:ore|rice)|Desenvolvedor(?:a)?|Desarrollador(?:a)?|Sviluppat(?:ore|rice)|Engenheir[oa]|Ingenier[oa]|Ingegnere|T[ée]cnic[oa]|Assistente|Asistente|Auxiliar|Especialista|Specialista|Consultor(?:a)?|Consulente|Diretor(?:a)?|Direttore|Director(?:a)?|Supervisor(?:a)?|Jefe(?:\/a)?|Jefa|Responsabile|Addett[oa](?:\/a)?|Impiegat[oa](?:\/a)?|Magazziniere|Commess[oa](?:\/a)?|Vendedor(?:a)?|Enfermeir[oa]|Enfermer[oa]|Infermiere|Operador(?:a)?|Operatore|Programador(?:a)?|Programmatore|Cociner[oa]|Camarer[oa](?:\/a)?)(?: (?:Sr\.|Jr\.|[A-Z\u00C0-\u00DE][\p{L}+#/-]{0,20}|(?:de|di|da|del|della|dos|das|do|e|y)(?= [A-Z\u00C0-\u00DE]))){1,5})(?![\p{L}-])/gu;
const ROLE_NOUN_FIRST_SOUTH_STARTS = [
  'Cientista',
  'Científic',
  'Encargad',
  'Dependient',
  'Analista',
  'Gerente',
  'Coordena',
  'Coordina',
  'Desenvolv',
  'Desarroll',
  'Sviluppat',
  'Engenheir',
  'Ingenier',
  'Ingegnere',
  'Técnic',
  'Tecnic',
  'Assistente',
  'Asistente',
  'Auxiliar',
  'Especialista',
  'Specialista',
  'Consult',
  'Diret',
  'Direct',
  'Supervisor',
  'Jef',
  'Responsabile',
  'Addett',
  'Impiegat',
  'Magazziniere',
  'Commess',
  'Vendedor',
  'Enferm',
  'Infermiere',
  'Operador',
  'Operatore',
  'Programa',
  'Programmatore',
  'Cociner',
  'Camarer',
];
// A title in capitals: one to three capitalised words and a title noun of ROLE_NOUN's or TRADE_NOUN's, in capitals.
const ROLE_IN_CAPITALS =
  /(?<![\w-])((?:[A-Z][A-Z0-9+#./&-]*[ ]){0,3}(?:ENGINEERS?|DEVELOPERS?|ANALYSTS?|DESIGNERS?|MANAGERS?|DIRECTORS?|CONSULTANTS?|SPECIALISTS?|REPRESENTATIVES?|(?<=[A-Z] )REPS?|EXECUTIVES?|TECHNICIANS?|NURSES?|TEACHERS?|DRIVERS?|AGENTS?|ASSISTANTS?|OPERATORS?|ASSOCIATES?|SUPERVISORS?|CLOSERS?|ELECTRICIANS?|PLUMBERS?|CARPENTERS?|WELDERS?|MECHANICS?|LABOU?RERS?|CHEFS?|COOKS?|CLEANERS?|CARERS?|CAREGIVERS?|ADVISORS?|ADVISERS?|COORDINATORS?|AMBASSADORS?|BUILDERS?|INSTALLERS?|PICKERS?|PACKERS?|RIDERS?|COURIERS?|CASHIERS?|WAITERS?|GUARDS?|CAPTAINS?|ATTENDANTS?|BARISTAS?|BARTENDERS?|RECEPTIONISTS?|HOUSEKEEPERS?|STEWARDS?|CLERKS?|ACCOUNTANTS?))(?![\w-])/g;

/** Words in capitals that open a shouted sentence, not a title. */
const CAPITAL_LEAD_WORDS = new Set([
  'NOW',
  'HIRING',
  'JOIN',
  'AS',
  'A',
  'AN',
  'THE',
  'WE',
  "WE'RE",
  'ARE',
  'URGENT',
  'APPLY',
  'SEEKING',
  'WANTED',
  // Shouted adjectives: "EXCITING Senior React Developer".
  'EXCITING',
  'AMAZING',
  'AWESOME',
  'FANTASTIC',
  'GREAT',
  'HOT',
  'NEW',
  'TOP',
  'FEATURED',
  'IMMEDIATE',
  // A pay's word before the title it is for: "£110k OTE AE role".
  'OTE',
]);

/** Nouns of a job advert, in the languages read, that stand before a title in a subject or a heading and are no part of it. */
const LISTING_LEAD_WORDS = new Set(
  'stellenangebot stellenanzeige stellenausschreibung jobangebot ausschreibung opportunità opportunité oportunidad oportunidade vacature vacante vacatura vaga offerta oferta ogłoszenie búsqueda busqueda postulación postulacion candidatura candidature aanvraag opdracht позиция вакансия позиція вакансія θέση tunaajiri tunatafuta tunahitaji peluang posisi lowongan'.split(
    ' ',
  ),
);

function titleCase(word: string): string {
  return word[0] + word.slice(1).toLowerCase();
}

/** Every job title the text names, in order, with where. */
/** A run of title words ending in a title noun, where it stands; its value as a title, or null when it is none alone. */
interface TitleMatch {
  at: number;
  end: number;
  value: string | null;
}
let lastTitleMatches: { text: string; matches: TitleMatch[] } | undefined;

/**
 * The runs of title words that end in a title noun (ROLE_NOUN, or TRADE_NOUN when the text holds a trade's word), each
 * with where it ends. Read once per text: the job title, the employer after "… Engineer at" and the count of job families
 * all start from them, and the pattern is the longest the reader compiles.
 */
/** The fields and trades a worker's title names before the word. */
const WORKER_FIELDS = new Set(
  'Support Social Care Youth Key Case Community Outreach Family Welfare Housing Healthcare Childcare Residential Relief Warehouse Farm Factory Construction Kitchen Production Project Research Development Shop'.split(
    ' ',
  ),
);
/** What the writer says of themselves after a title ending in "I": a verb of theirs, or their "'d", "'m", "'ve", "'ll". */
const WRITER_AFTER_TITLE = () =>
  /^(?: (?:can|could|would|will|trust|know|need|want|think|hope|believe|have|had|met|worked|am|really|actually|truly|fully|completely|totally|honestly|genuinely|do|did|personally|rely)\b|['’](?:d|m|ve|ll)\b)/;
// A comma's word after a title that says how, when or how soon it is worked, not its field: the kinds of contract, and
// work modes, shifts and urgency ("a Java Developer, Contract role", "a Team Leader, Nights to manage").
const LOOSE_FIELD_WORDS = new Set([
  ...EMPLOYMENT_KINDS,
  ...'Hybrid Remote Part-time Full-time Nights Days Weekends Urgently Immediately Onsite On-site Fixed-term'.split(' '),
]);
/**
 * A title without a comma's word that is no field of it, read before "role", "position" or "to": "a Java Developer,
 * Contract role", "a Team Leader, Nights to manage", "a Senior Account Manager, Sarah to take over" (not "Engineering
 * Manager, Payments role", "Manager, Sales Development to take over", "Regional Sales Director, ANZ"). By strings.
 */
function withoutLooseField<T extends string | null>(title: T, text: string, end: number): T | string {
  const comma = title === null ? -1 : title.lastIndexOf(', ');
  if (title === null || comma < 0) return title;
  const field = title.slice(comma + 2);
  const next = text.slice(end, end + 10);
  if (!(next.startsWith(' role') || next.startsWith(' position') || next.startsWith(' to '))) return title;
  const keep = field.includes(' ')
    ? !LOOSE_FIELD_WORDS.has(field.split(' ')[0]!)
    : FIELD_LAST_WORDS.has(field) || (/^[A-Z&]{2,5}$/.test(field) && !SHOUTED_AFTER.has(field));
  return keep ? title : title.slice(0, comma);
}
function titleMatches(text: string): TitleMatch[] {
  if (lastTitleMatches?.text === text) return lastTitleMatches.matches;
  const matches: TitleMatch[] = [];
  const written = text.length > 200_000 ? text.slice(0, 200_000) : text;
  // (English titles' words are read in ASCII letters: the few loanwords that keep an accent are read without it, and the
  // title is given as written, "Café Manager".)
  const scan = ACCENTED_LOANWORDS.some(([word]) => written.includes(word)) ? withoutLoanwordAccents(written) : written;
  const low = scan.toLowerCase();
  const titles = TRADE_WORDS.some((word) => low.includes(word)) ? ROLE_OR_TRADE() : ROLE;
  titles.lastIndex = 0;
  for (const m of scan.matchAll(compiled(titles))) {
    const at = m.index ?? 0;
    const end = at + m[0].length;
    // A title-like word inside an organisation's name: "Kestrel & Finch Executive Search", "Apex Consultants Ltd".
    if (compiled(ORG_NAME_GOES_ON).test(scan.slice(end, end + 20)) || /&\s*$/.test(scan.slice(Math.max(0, at - 3), at))) continue;
    // ".NET" opens with a dot, which no title word does: "Senior .NET Developer" matches from "NET".
    if (scan[at - 1] === '.' && m[1]!.startsWith('NET ')) {
      const lead = /(?:(?:Senior|Junior|Intermediate|Mid-[Ll]evel|Graduate|Lead|Staff|Principal|Sr\.?|Jr\.?) )*\.$/.exec(
        scan.slice(Math.max(0, at - 40), at),
      )![0];
      matches.push({ at: at - lead.length, end, value: withoutLooseField(trimRole(lead + m[1]!), scan, end) });
      continue;
    }
    // A worker is a job by the field or trade before the word: "Disability Support Worker", "Social Worker" (not people
    // of a kind: "Remote Workers", "Skilled Workers", "the Essential Workers Union"). By strings.
    if (m[1]!.endsWith(' Worker') || m[1]!.endsWith(' Workers') || m[1] === 'Worker' || m[1] === 'Workers') {
      const words = m[1]!.split(' ');
      if (!WORKER_FIELDS.has(words.at(-2) ?? '') || /^ Union\b/.test(scan.slice(end, end + 6))) continue;
    }
    // A title's "I" is a grade ("Engineer I"), not the writer going on: "I need a Site Engineer I can trust", "a Store
    // Manager I trust".
    // (After "a" or "an", as one asks for someone: not "The Data Analyst I will support the finance team".)
    if (
      m[1]!.endsWith(' I') &&
      / an? $/.test(scan.slice(Math.max(0, at - 4), at)) &&
      compiled(WRITER_AFTER_TITLE).test(scan.slice(end, end + 12))
    ) {
      matches.push({ at, end: end - 2, value: trimRole(m[1]!.slice(0, -2)) });
      continue;
    }
    matches.push({ at, end, value: withoutLooseField(trimRole(m[1]!), scan, end) });
    if (matches.length > 400) break;
  }
  if (scan !== written)
    for (const match of matches) {
      const from = match.value === null ? -1 : scan.indexOf(match.value, match.at);
      if (from >= 0 && from < match.end) match.value = written.slice(from, from + match.value!.length);
    }
  lastTitleMatches = { text, matches };
  return matches;
}

// English loanwords that keep their accent in job titles, and the same word in ASCII letters (as long).
const ACCENTED_LOANWORDS: Array<[string, string]> = [
  ['Café', 'Cafe'],
  ['Cafés', 'Cafes'],
  ['Crèche', 'Creche'],
  ['Façade', 'Facade'],
  ['Pâtissier', 'Patissier'],
  ['Pâtisserie', 'Patisserie'],
];
/** The text with those loanwords in ASCII letters, each as long as before: what matches in one is where it is in the other. */
function withoutLoanwordAccents(text: string): string {
  let out = text;
  for (const [word, ascii] of ACCENTED_LOANWORDS) out = out.replaceAll(word, ascii);
  return out;
}

// (Not a training programme's, named for its trainees: "our Trainee Financial Adviser Training Programme".)
const PROGRAMME_WORDS = [' Development Program', ' Development Programme'];
/** Whether the words after `end` in `text` make what ends there a programme's name. */
function namesAProgramme(text: string, end: number): boolean {
  return PROGRAMME_WORDS.some((words) => text.startsWith(words, end));
}
export function rolePhrases(text: string): Array<{ value: string; at: number }> {
  const out: Array<{ value: string; at: number }> = [];
  const scan = text.length > 200_000 ? text.slice(0, 200_000) : text;
  for (const match of titleMatches(text)) {
    if (!match.value) continue;
    // A reference's letters before its number are no title: "ref. RN 2025/1187".
    const end = match.at + match.value.length;
    const reference =
      match.value.length <= 4 &&
      /^\s?[\d/-]/.test(text.slice(end, end + 3)) &&
      /\b(?:[Rr]ef(?:erence)?|REF|[Kk]ennziffer|[Nn]o)\.?:?\s*$/.test(text.slice(Math.max(0, match.at - 12), match.at));
    // "Immediate Joiners", as Indian recruiters write it, are people who can start at once, not carpenters. (Nor is a
    // title the name of a programme for it: "our Financial Advisor Development Program". By strings.)
    const availability = match.value.startsWith('Immediate Joiner') || namesAProgramme(text, end);
    // SAP's product before the title is part of it, its slash too: "SAP S/4HANA FICO Consultant".
    // (After a label, an article or a line's start: not a sentence's "moves to S/4HANA Project Managers with …"; and
    // "S/4 HANA Cloud Consultant", its title read from "HANA".)
    const product =
      match.at >= 4 && (text.includes('S/4', Math.max(0, match.at - 40)) || text.includes('365 ', Math.max(0, match.at - 40)))
        ? compiled(SAP_PRODUCT_BEFORE).exec(text.slice(Math.max(0, match.at - 40), match.at))
        : null;
    const productWords = product?.[1];
    if (
      !reference &&
      !availability &&
      productWords !== undefined &&
      (productWords.endsWith('HANA ') || productWords.endsWith('365 ') || match.value.startsWith('HANA '))
    )
      out.push({ value: productWords + match.value, at: match.at - productWords.length });
    else if (!reference && !availability) out.push({ value: match.value, at: match.at });
    if (out.length > 200) break;
  }
  const before = out.length;
  // Every French title starts with one of these (the pattern is case-sensitive): no need to compile it otherwise.
  const nounFirst = ROLE_NOUN_FIRST_STARTS.some((w) => scan.includes(w));
  for (const m of nounFirst ? scan.matchAll(compiled(ROLE_NOUN_FIRST)) : []) {
    const value = cleanName(m[1]!.replace(/ (?:de|en|des|du)$/, ''));
    if (value.includes(' ')) out.push({ value, at: m.index ?? 0 });
    if (out.length > 200) break;
  }
  // Spanish, Italian and Portuguese titles, their noun first: "Analista Financeiro Sênior", "Responsabile di Produzione".
  if (ROLE_NOUN_FIRST_SOUTH_STARTS.some((w) => scan.includes(w))) {
    for (const m of scan.matchAll(compiled(ROLE_NOUN_FIRST_SOUTH))) {
      const value = cleanName(m[1]!);
      if (value.includes(' ')) out.push({ value, at: m.index ?? 0 });
      if (out.length > 200) break;
    }
  }
  // A title in capitals, as a shouting ad writes it: "We're hiring FORKLIFT OPERATORS", "HIRING CDL-A OTR DRIVERS!!".
  if (/[A-Z]{3} [A-Z]{4}/.test(scan)) {
    for (const m of scan.matchAll(compiled(ROLE_IN_CAPITALS))) {
      // One job named in the plural: the singular, as for a title in lower case.
      // "NOW HIRING DELIVERY DRIVERS", "JOIN AS A SENIOR DEVELOPER": the sentence's words are no part of the title.
      const words = m[1]!.split(' ');
      // "IT" in capitals is the trade, not the pronoun: "IT SUPPORT ENGINEER".
      while (words.length > 1 && words[0] !== 'IT' && (NOT_NAME.has(titleCase(words[0]!)) || CAPITAL_LEAD_WORDS.has(words[0]!)))
        words.shift();
      // ("REP" is a title's noun only after the words it represents: "CUSTOMER SERVICE REP", not "PLEASE REP US".)
      if (words.length === 1 && (words[0] === 'REP' || words[0] === 'REPS')) continue;
      const noun = words[words.length - 1]!;
      const plural = `${noun[0]}${noun.slice(1).toLowerCase()}`;
      const value = words.join(' ');
      out.push({ value: PLURAL_TITLES.has(plural) ? value.slice(0, -1) : value, at: m.index ?? 0 });
      if (out.length > 200) break;
    }
  }
  if (out.length > before) out.sort((a, b) => a.at - b.at);
  return out;
}

// Title nouns whose plural is the singular and an s.
const PLURAL_TITLES = new Set([
  'Closers',
  'Engineers',
  'Developers',
  'Programmers',
  'Architects',
  'Scientists',
  'Analysts',
  'Designers',
  'Managers',
  'Directors',
  'Leads',
  'Administrators',
  'Consultants',
  'Specialists',
  'Representatives',
  'Reps',
  'Executives',
  'Officers',
  'Researchers',
  'Coordinators',
  'Associates',
  'Interns',
  'Trainees',
  'Apprentices',
  'Technicians',
  'Writers',
  'Marketers',
  'Accountants',
  'Recruiters',
  'Strategists',
  'Advocates',
  'Testers',
  'Generalists',
  'Operators',
  'Nurses',
  'Teachers',
  'Tutors',
  'Drivers',
  'Agents',
  'Advisors',
  'Advisers',
  'Assistants',
  'Controllers',
  'Planners',
  'Producers',
  'Editors',
  'Supervisors',
  'Auditors',
  'Electricians',
  'Plumbers',
  'Carpenters',
  'Welders',
  'Mechanics',
  'Fitters',
  'Machinists',
  'Labourers',
  'Laborers',
  'Painters',
  'Roofers',
  'Joiners',
  'Installers',
  'Inspectors',
  'Surveyors',
  'Operatives',
  'Chefs',
  'Cooks',
  'Baristas',
  'Cashiers',
  'Clerks',
  'Receptionists',
  'Caregivers',
  'Carers',
  'Paramedics',
  'Pilots',
  'Dispatchers',
  'Couriers',
  'Lecturers',
  'Instructors',
  'Trainers',
  'Translators',
  'Interpreters',
  'Bookkeepers',
  'Underwriters',
  'Brokers',
  'Buyers',
  'Solicitors',
  'Lawyers',
  'Housekeepers',
  'Bartenders',
  'RGNs',
  'RMNs',
  'HCAs',
  'Builders',
  'Porters',
  'Attendants',
  'Ambassadors',
  'Stewards',
  'Waiters',
  'Promoters',
  'Merchandisers',
  'Stylists',
  'Artists',
  'Animators',
  'Illustrators',
  'Photographers',
  'Supporters',
  'Educators',
  'Reporters',
  'Journalists',
  'Correspondents',
  'Superintendents',
]);

const CALL_WORDS_BEFORE_TITLE = new Set([
  'convocatoria',
  'tunamhitaji',
  'tunahitaji',
  "d'un/a",
  'd’un/a',
  "d'un",
  'd’un',
  "d'une",
  'd’une',
]);
const TITLE_END_JOINERS = new Set(['de', 'del', 'da', 'do', 'of', 'für', 'di']);
// (By characters, not patterns: every title candidate passes here.)
const allDigits = (word: string) => word.length > 0 && [...word].every((c) => c >= '0' && c <= '9');
const shortLowerWord = (word: string) => {
  const letters = word.endsWith('.') ? word.slice(0, -1) : word;
  return letters.length > 0 && letters.length <= 4 && [...letters].every((c) => c >= 'a' && c <= 'z');
};
function trimRole(raw: string): string | null {
  const words = cleanName(raw).replace(/\s*,$/, '').split(/\s+/);
  // Leading words that are sentence words, not title words.
  while (words.length > 1 && NOT_NAME.has(words[0]!) && !/^(?:Lead|Head|Senior|Staff|Principal)$/.test(words[0]!)) words.shift();
  // A shouted word in front: "HIRING Journeyman Electrician", "EXCITING Senior React Developer".
  while (words.length > 1 && CAPITAL_LEAD_WORDS.has(words[0]!)) words.shift();
  // Employment terms in front are no part of the title: "Remote", "part-time", "Contract". (An interim post's is, as a
  // locum's is: "Interim Head of Financial Planning".)
  while (
    words.length > 1 &&
    compiled(
      /^(?:remote|contract|freelance|part[- ]time|full[- ]time|temporary|temp|permanent|hybrid|onsite|on-site|FIFO|DIDO|casual|seasonal)$/i,
    ).test(words[0]!)
  )
    words.shift();
  // (And a fixed term: "Fixed-term Building Consent Officer". A string, not in the pattern every title runs.)
  while (words.length > 1 && words[0]!.toLowerCase() === 'fixed-term') words.shift();
  // (And a call's or an article's word in other languages: "Convocatoria Ingeniero Agrónomo de Campo", Swahili "Tunamhitaji
  // Sous Chef", French "d'un/a Gestor/a …". By strings.)
  while (words.length > 1 && CALL_WORDS_BEFORE_TITLE.has(words[0]!.toLowerCase())) words.shift();
  // A title cut at a joiner, or run on into the words after it: "Operador de Planta de Tratamiento de", "Front Office
  // Manager, 5 yrs", "OPERARIOS DE COSTURA maq." (a word in lower case after a title in capitals). By strings.
  while (words.length > 2 && TITLE_END_JOINERS.has(words[words.length - 1]!)) words.pop();
  if (words.length > 2 && allDigits(words[words.length - 1]!) && words[words.length - 2]!.endsWith(',')) {
    words.pop();
    words[words.length - 1] = words[words.length - 1]!.slice(0, -1);
  }
  if (
    words.length > 2 &&
    shortLowerWord(words[words.length - 1]!) &&
    words.slice(0, -1).every((word) => word === word.toUpperCase() && word !== word.toLowerCase())
  )
    words.pop();
  // One job, named in the plural ("Customer Success Associates"): the title is the singular.
  const last = words.length - 1;
  // (Not two jobs joined by "&": "Store Managers & Assistant Managers".)
  if (last > 0 && PLURAL_TITLES.has(words[last]!) && !(words.includes('&') && twoJobs(words.slice(0, words.indexOf('&')).join(' '))))
    words[last] = words[last]!.slice(0, -1);
  let value = words
    .join(' ')
    .replace(/^[,/&-]+\s*/, '')
    .trim();
  // A bracket after the title listing several technologies or saying how the job is worked is no part of it:
  // "Quantitative Developer (C++/Python)", "Frontend Engineer (contract)", "QA Engineer (remoto)". One technology stays:
  // "Frontend Engineer (Vue)".
  value = value.replace(/\s*\(([^)]*)\)$/, (whole, inside: string) =>
    compiled(
      /[/,&]|\s(?:and|or)\s|\b(?:remote|hybrid|on-?site|in-office|remot[oa]|h[íi]brid[oa]|presencial|teletrabajo|home ?office|télétravail|hybride|zdalnie|contract|contractor|freelance|part[- ]time|full[- ]time|temporary|temp|permanent|perm|interim|fixed[- ]term|m\/f\/d|f\/m\/d|m\/w\/d)\b/i,
    ).test(inside)
      ? ''
      : whole,
  );
  // A sector in brackets is where the job is, not its name: "Plant Manager (FMCG)".
  if (value.endsWith(')')) value = value.replace(/\s*\((?:FMCG|CPG|BFSI|B2B|B2C|SaaS|GMP|NHS|BPO|KPO)\)$/, '');
  // A reference in brackets is no part of the title: "Senior GIS Analyst (Job #24-00317)", "(WDC-PL-0392)".
  if (value.endsWith(')'))
    value = value.replace(
      compiled(
        /\s*\((?:Job|Req|Ref|Requisition|Posting|ID)\b[^)]*\)$|\s*\((?=[A-Z0-9-]*\d)(?!GS-|L-|Band-|Grade-)[A-Z]{1,6}(?:[-/][A-Z0-9]{1,8}){1,4}\)$/i,
      ),
      '',
    );
  // A bracketed team or product after a complete title is where the job sits, not its name: "iOS Engineer (Patient App)".
  value = value.replace(/\s*\(([^)]*)\)$/, (whole, inside: string) =>
    compiled(/(?:^|\s)(?:App|Apps|Team|Squad|Tribe|Pod|Platform|Product|Products|Group|Unit|Division|Programme|Program|Project)$/i).test(
      inside,
    ) && /\s/.test(inside)
      ? ''
      : whole,
  );
  if (value === '' || value.length > 80) return null;
  // A day's two shifts, not a title: "AM & PM".
  if (value.toUpperCase() === 'AM & PM') return null;
  // A bare plural or generic noun is no title: "engineers", "Managers", "our developers".
  if (
    compiled(
      /^(?:engineers|developers|managers|leads|partners|owners|agents|members|experts|associates|executives|officers|reps|advisors|contributors|recruiters|candidates|T?PMs?)$/i,
    ).test(value)
  )
    return null;
  // (Nor Turkish "staff", a sender's or a post's word: "Gonderen: PERSONEL".)
  if (value.toLowerCase() === 'personel' || value.toLowerCase() === 'eleman') return null;
  if (
    compiled(
      /^(?:partner|partners|owner|owners|agent|member|expert|associate|executive|officer|advisor|contributor|lead|manager|engineer|developer|recruiter|founder)$/i,
    ).test(value)
  )
    return null;
  if (
    compiled(
      /^(?:hiring|account|the|your|our|product|project|team|talent|business|technical) (?:manager|owner|partner|lead|recruiter|leads?)s?$/i,
    ).test(value) &&
    /^hiring|^talent|^the|^your|^our/i.test(value)
  )
    return null;
  return value;
}

// The gender marker of a job ad in German, French, Dutch and Polish: "(m/w/d)", "(w/m/d)", "(m/f/d)", "(m/v/x)", "(K/M)",
// "(all genders)", "H/F". What stands before it on its line is the job's title: "suchen wir einen Senior
// Java-Entwickler (m/w/d)", "Nous recrutons un Chef de chantier H/F", "na stanowisko Księgowa / Księgowy (K/M)".
const GENDER_MARKER = /\((?:[mwfdhvxk]\/[mwfdhvxk](?:\/[mwfdhvxk])?|all genders|gn\*?)\)|(?<![\w/])(?:H\/F|F\/H)(?![\w/])/gi;
/** Words that come before a title and are no part of it: articles, "we are looking for", "as", "the position of". */
const BEFORE_A_TITLE = new Set(
  (
    'a an the as for hiring seeking our ' +
    'einen eine ein einer eines als wir suchen sucht suche ich aktuell derzeit zurzeit zum zur nach unser unsere unseren ' +
    "un une recrutons recherchons recrute recherche cherchons cherche poste pour d'un d'une d’un d’une en " +
    'een zoeken zoekt wij we functie ' +
    'szukamy poszukujemy stanowisko na osoby osobę ' +
    'buscamos busca una cerchiamo cerca uno procuramos um uma solicitamos solicita necesitamos requerimos contratamos precisamos ' +
    'söker søker søger vi ett'
  ).split(' '),
);

/** The words before "Position" or "Stelle" that make it the post's word, not a title's. */
const POST_WORD_LEADS = new Set([
  'die',
  'der',
  'diese',
  'unsere',
  'neue',
  'offene',
  'für',
  'auf',
  'zur',
  'als',
  'the',
  'a',
  'an',
  'this',
  'our',
  'open',
  'new',
  'for',
]);
/** Words that join the words of a title. */
const TITLE_JOINERS = new Set([
  // (Portuguese and Spanish "to the", "of the", "with": "Assistente de Apoio ao Cliente com Alemão (m/f)".)
  'ao',
  'aos',
  'do',
  'dos',
  'das',
  'al',
  'com',
  'con',
  'de',
  'du',
  'des',
  "d'",
  'd’',
  'di',
  'da',
  'del',
  'della',
  'of',
  'für',
  'im',
  'and',
  'und',
  'et',
  'en',
  'i',
  'y',
  'e',
  '&',
  '/',
  '-',
  '–',
  'van',
  'von',
  'der',
]);

/** A heading's first word, opening its line, before "de" and a title, lower case: "Offre de stage …", "Mission de remplacement …". */
const HEADING_LEADS = new Set([
  'offre',
  'offres',
  'contrat',
  'annonce',
  'mission',
  'emploi',
  'job',
  'recrutement',
  'opportunité',
  'bolsa',
  'opportunità',
  'offerta',
  'contratto',
  'oferta',
  'propuesta',
  'proposta',
  'vacature',
  'voor',
]);
/** The title before each gender marker in `text`, in order, with where. */
function markedTitles(text: string): Array<{ value: string; at: number }> {
  const out: Array<{ value: string; at: number }> = [];
  // Every marker holds one of these: no need to run the pattern otherwise.
  if (!text.includes('/') && !text.includes('(gn') && !text.toLowerCase().includes('genders)')) return out;
  GENDER_MARKER.lastIndex = 0;
  let markers = 0;
  for (const m of text.matchAll(compiled(GENDER_MARKER))) {
    if (++markers > 200) break;
    const at = m.index ?? 0;
    // The title's clause: from the line's start, or the last colon, dash or sentence end, to the marker.
    const line = text.slice(Math.max(text.lastIndexOf('\n', at - 1) + 1, at - 200), at);
    // Not at the colon of a German title's ending for women: "Konstrukteur:in".
    const parts = line.split(/:(?!in\b|innen\b)|[;!?|]|[.,](?=\s)|\s[-–—]\s/);
    let clause = parts.pop() ?? '';
    // A Swiss post's workload after its title is no part of it: "Assistante administrative à 100 %", "Pflegefachfrau HF
    // 80-100%".
    if (clause.includes('%')) clause = clause.replace(/\s+(?:à\s+|zu\s+)?\d{1,3}(?:\s?[-–]\s?\d{1,3})?\s?%\s*$/, '');
    // A messaging app's bold or italic marks are no part of a word: "*Pflegefachkraft (m/w/d) Intensivstation*"; nor are
    // the quotation marks a title opens on: "Stelle „Fachpflegekraft Intensivpflege (m/w/d)“".
    // (German "im" joins a title's field, "Vertriebsmitarbeiter im Außendienst"; not "im Raum Stuttgart", a place.)
    const words = clause
      .replace(/ im (?:Groß)?[Rr]aum .*$/, '')
      .trim()
      .split(/\s+/)
      .map((word) => (/^[*_„“"«]/.test(word) ? word.replace(/^[*_„“"«]+/, '') : word));
    // Back from the marker: capitalised words and joiners ("Elektroniker für Betriebstechnik"); lower-case words only
    // at the end, two at most, as French writes them ("Chef de chantier", "Ingénieur logiciel embarqué").
    const run: string[] = [];
    let trailing = 0;
    for (let i = words.length - 1; i >= 0 && run.length < 7; i--) {
      const word = words[i]!;
      if (BEFORE_A_TITLE.has(word.toLowerCase())) break;
      // (The post's own word after an article or "for", as a letter of offer puts it: "für die Position Netzplaner Strom
      // (m/w/d)"; not inside a title, "Trader Position Management".)
      if ((word === 'Position' || word === 'Stelle') && i > 0 && POST_WORD_LEADS.has(words[i - 1]!.toLowerCase())) break;
      // A French article or preposition elided before the title's first word ends the run there: "un poste d'Ingénieur
      // Méthodes H/F", "l’Assistant(e) de direction".
      // (Not inside a title, after its capitalised first word: "Responsable d'Exploitation", "Chef d'Équipe".)
      const elided = /^[dlDL]['’](?=[\p{Lu}])/u.exec(word);
      if (
        elided &&
        !(i > 0 && /^\p{Lu}/u.test(words[i - 1]!) && !HEADING_LEADS.has(words[i - 1]!.toLowerCase()) && words[i - 1] !== 'Poste')
      ) {
        run.unshift(word.slice(2));
        break;
      }
      if (elided) {
        run.unshift(word);
        trailing = -1;
        continue;
      }
      // (A licence's category is part of it: "Cariste CACES R489 cat 3 et 5 (H/F)".)
      const category = (word === 'cat' || word === 'cat.' || word === 'kat.') && run.length > 0 && /^[\dA-Z]/.test(run[0]!);
      const lower = !/^\.?[\p{Lu}\d]/u.test(word) && !TITLE_JOINERS.has(word) && !category;
      // Or one lower-case word after a capitalised one and "de", inside the title: "Chef de rayon Frais (H/F)", "Responsable
      // de secteur Nord (H/F)" (not a heading's "Offre de stage Assistant Marketing (H/F)").
      if (
        lower &&
        trailing < 0 &&
        i >= 2 &&
        TITLE_JOINERS.has(words[i - 1]!) &&
        /^\p{Lu}/u.test(words[i - 2]!) &&
        !(i === 2 && HEADING_LEADS.has(words[0]!.toLowerCase()))
      ) {
        run.unshift(word);
        continue;
      }
      // (A job in lower case before its licence, as a temp agency writes it: "Mission cariste CACES 1-3-5 H/F".)
      if (lower && run.length > 0 && /^(?:CACES|R4\d\d|SSIAP|FIMO|FCO)\b/.test(run[0]!) && isOccupationWord(word)) {
        run.unshift(word);
        break;
      }
      if (lower && (trailing < 0 || ++trailing > 2)) break;
      if (!lower) trailing = -1;
      run.unshift(word);
    }
    // (A temp agency's "Mission" is the assignment, not the title's first word: "INTERIM …: Mission Cariste CACES (H/F)";
    // but "Chargé de Mission", and elsewhere "Mission Planner (H/F)".)
    if (run.length > 1 && run[0] === 'Mission' && !TITLE_JOINERS.has(run[1]!) && /\bint[ée]rim/i.test(text)) run.shift();
    // The title starts at its first capitalised word: "einen erfahrenen Backend-Entwickler" is a Backend-Entwickler.
    const licensed = run.length > 1 && /^(?:CACES|R4\d\d|SSIAP|FIMO|FCO)\b/.test(run[1]!) && isOccupationWord(run[0]!);
    const first = licensed ? 0 : run.findIndex((word) => /^\.?[\p{Lu}\d]/u.test(word));
    let value = first < 0 ? '' : cleanName(run.slice(first).join(' '));
    // A title wrapped after its job's one word, the marker's line its field: "Sachgebietsleitung" over "Digitale
    // Verwaltung und E-Government (m/w/d)".
    const lineStart = text.lastIndexOf('\n', at - 1) + 1;
    // A title's shift after its dash, in lower case: "Teamleader Warehouse – late shift (m/v/x)".
    const beforeDash = parts.at(-1)?.trim() ?? '';
    if (
      value === '' &&
      line.includes(' – ') &&
      /^\p{Lu}/u.test(beforeDash) &&
      beforeDash.split(' ').length <= 5 &&
      namesAnOccupation(beforeDash)
    )
      value = cleanName(beforeDash);
    if (value !== '' && first === 0 && lineStart > 0 && at - lineStart <= line.length) {
      const above = text.slice(text.lastIndexOf('\n', lineStart - 2) + 1, lineStart - 1).trim();
      // (Or its first words, capitalised, naming a job: "Responsable Maintenance" over "Industrielle (H/F)".)
      const aboveWords = above.split(' ');
      const head =
        (!above.includes(' ') && isOccupationWord(above)) ||
        (aboveWords.length <= 4 && aboveWords.every((word) => /^\p{Lu}/u.test(word)) && namesAnOccupation(above));
      if (above !== '' && head && !namesAnOccupation(value)) value = `${above} ${value}`;
    }
    if (value.length >= 2 && value.length <= 80) out.push({ value, at });
    if (out.length > 20) break;
  }
  return out;
}

// A job named after "we are looking for" in the other languages, up to the next preposition or punctuation:
// "Nous recrutons un(e) professeur(e) de mathématiques pour la rentrée", "un(e) infirmier(ère) de bloc" (a country's
// code in capitals is cut off after: "Key Account Manager (SE)"), "stiamo cercando un/una Responsabile di
// Magazzino.", "söker vi en distriktssköterska (tillsvidare", "Szukamy Senior Python Developera do zespołu". (After the
// client a French agency recruits for: "recrute pour le Groupe Hospitalier Loire-Sud (Nantes) 25 Infirmier(ère)s".)
const HIRING_ELSEWHERE = () =>
  /(?<![\p{L}])(?:nous recrutons|recrutons|nous recherchons|recherchons|recrute|cherchons|cherche(?= (?:un|une|un\(e\)) )|buscamos|estamos buscando|estoy buscando|estamos sumando|(?:cubrir|ocupar) (?:un|el) (?:cargo|puesto) de|cerchiamo|stiamo cercando|sto cercando|ricerchiamo|selezioniamo|zoeken (?:wij|we|zij)|(?:wij|we) zoeken|zoekt (?:zij|hij)|zoekt|ik zoek(?= (?:(?:momenteel|nu|dringend|per direct|ook|nog|graag)\s+){0,2}(?:een|voor|bij|namens) )|op zoek naar(?= een )|(?:la |una |a |uma |el )?(?:posición|posiciones|posição|posições|vacantes?|vagas?|posizione|poste|puesto|functie|postul|poziția|tjänst(?:en)?|stilling(?:en)?|vacature) (?:de|di|als|som|van|d['’])|(?:en |ein |eine )?(?:roll|rollen|rolle|Rolle) (?:som|als)|(?:Job|Stelle|Position|Bewerbung) als|(?:un )?posto d[ai]|on (?:cherche|recrute|embauche)|(?:cherche à |souhaite )embaucher|Suche nach|recrutamento de(?= (?:uma?|um\(a\)) )|reclutamiento de(?= (?:una?|un\(a\)|un\/a) )|recrutement d['’](?:une?|un\(e\))(?= )|(?:onze|deze) vacature(?: (?:van|als|voor))?(?! (?:gaat|is|wordt|blijft|sluit|staat|loopt|heeft)(?![\p{L}]))|(?<=een )vacature voor(?= een )|söker vi|vi söker|søger vi|vi søger|søker vi|vi søker|(?:jeg |vi )?(?:ser|leter) etter|(?:jeg |vi )?leder efter|(?:jag |vi )?letar efter|szukamy|szukam|poszukujemy|tražimo|zapošljavamo|procuramos|estamos procurando|estamos a recrutar|(?:(?:estamos a |estamos )?precisar|precisamos) de(?! (?:um |uma |o |a |do |da )?(?:CV|currículo|curriculo|carta|documento|resposta|informaç|sua |seu ))|estamos contratando|contratamos|estamos a contratar|está contratando|está a contratar|estou a contratar|estou contratando|contrata|(?<!awans\S* )na stanowisk[oa]|(?:å )?rekruttere|rekrutterer|suchen wir|wir suchen|recrutează|angajează|recrutăm|angajăm|căutăm|[Oo]tevíráme pozici|[Oo]bsazujeme pozici)(?:\s+|(?<=['’]))(?:(?:di|da) (?:coprire|inserire)\s*:?\s+)?(?:(?:dig|dej|deg|dich|jou|te) (?:som|als|como)\s+)?(?:(?:nu|nå|just nu|därför|derfor|daher|deshalb|donc|aktuell|derzeit|zurzeit|gerade|ab sofort|sofort|per direct|direct|dringend|pilnie|urgentemente|actuellement|immédiatement|ahora|ora|subito|momenteel|teraz|obecnie|aktualnie|od zaraz|agora|currently|urgent|URGENT|imediat|IMEDIAT|di nuovo|de nuevo|à nouveau|novamente|wieder|opnieuw|(?:per|vanaf|ab|zum) \d{1,2}\.? \p{L}+|novog|novoga|novu|novi|nova)\s+)?(?:(?:ett|et|ein|un|une|een) \d+-?(?:tal|aine|talet)\s+|\d{1,3}\s+(?:de\s+)?)?(?:do (?:zespołu|teamu|działu)(?:\s*\([^)\n]{0,20}\))?\s+|(?:do (?:\p{Lu}[\p{L}-]*\s+){1,3})?osob[yęa]\s+na\s+stanowisk[oa]\s+)?(?:(?:un ou une|un\(e\)|um\(a\)|un\(a\)|uno\(a\)|un·e|un\/une|un\/una|un\/a|um\/a|una\/o|uno\/a|el\/la|o\/a|um\/uma|una?|une|uno|un['’]|en|ett|een|einen|eine:n|eine\*n|eine_n|einer|eine|ein|eine\/n|um|uma|des|ne)\s+)?((?:[^\n.,;:!?()]|\.(?=(?:js|NET)(?![\p{L}]))|(?<=\b(?:cat|CAT|Cat|kat|Kat))\.(?= (?:[A-E]1?(?:\+?E)?|\d{1,2})(?![\p{L}\d]))|\((?:e|a|o|es|as|os|ne|in|le|ère|rice|trice|euse|se|ve|elle)\)){2,80}?)(?=\s+(?:basée?(?:\(e\))?|pour|pentru|para|pro|pra|ao(?! [Cc]liente)|per|voor|om|för|for|til|till|do|dla|für|zur|zum|in|im|en|con|com|with|à|au|dans|na|no|w|i|a|al(?! [Cc]liente)|nel|nella|ab|mit|med|avec|bei|chez|hos|på|bij|presso|da|qui|que|che|aqui|aquí|som|die|der|who|which|som|ligger|är|er|ist|est|ledig|ledige|frei|offen|za)(?![\p{L}])|\s+(?:y|e|et|und|og|och)(?= (?:me|te|se|nos|lo|le|mi|ti|si|ci|je|j['’]|nous|ich|wir|jeg|jag|vi)(?![\p{L}]))|\s*(?:[\n,;:!?)–—]|\.(?!(?:js|NET)(?![\p{L}]))(?<!\b(?:cat|CAT|Cat|kat|Kat)\.(?= (?:[A-E]1?(?:\+?E)?|\d{1,2})(?![\p{L}\d])))|\((?!(?:e|a|o|es|as|os|ne|in|le|ère|rice|trice|euse|se|ve|elle)\)))|$)/giu;
/** A word of each verb HIRING_ELSEWHERE knows, lower case: its pattern runs only when the text holds one. */
const HIRING_ELSEWHERE_HINTS = [
  // (Argentine "we are adding", and a post to fill: "Estamos sumando un/a Desarrollador/a", "cubrir un cargo de Profesor/a".)
  'estamos sumando',
  'cubrir un cargo',
  'cubrir el cargo',
  'ocupar el puesto',
  'ocupar un puesto',
  // Czech "we are opening the position": "Otevíráme pozici Vedoucí směny – kovárna".
  'otevíráme pozici',
  'obsazujeme pozici',
  // Romanian: "recrutează 60 de culegători de căpșuni pentru ferma …".
  'recrutează',
  'angajează',
  'recrutăm',
  'angajăm',
  'căutăm',
  // Portuguese "we need": "Estamos a precisar de um Serralheiro Mecânico".
  'precis',
  // Serbian and Croatian: "tražimo Senior Frontend Developera (React)".
  'tražimo',
  'zapošljavamo',
  'sto cercando',
  'ser etter',
  'leter etter',
  'leder efter',
  'letar efter',
  'stanowisk',
  'rekrutter',
  'roll som',
  'rollen som',
  'job als',
  'stelle als',
  'position als',
  'bewerbung als',
  'posto d',
  'recrutamento de',
  'reclutamiento de',
  'recrutement d',
  'vacature',
  'puesto',
  // Romanian "the post of": "pentru postul de Șofer profesionist C+E".
  'postul de',
  'poziția de',
  'on cherche',
  'embaucher',
  'suche nach',
  'on embauche',
  'rolle som',
  'rolle als',
  'posición',
  'posiciones',
  'posição',
  'posições',
  'vacante',
  'vaga ',
  'vagas ',
  'posizione',
  'poste ',
  'functie',
  'tjänst',
  'stilling',
  'contrat',
  'szukam',
  'recrut',
  'recherch',
  'cherchons',
  // A site or a firm that looks for someone: "Le chantier de Dufour Énergie SA cherche un électricien CFC".
  'cherche un',
  'buscamos',
  'buscando',
  'cerchiamo',
  'cercando',
  'ricerchiamo',
  'selezioniamo',
  'zoek',
  'söker',
  'søger',
  'søker',
  'szukamy',
  'poszukujemy',
  'procura',
  'recrutar',
  'suchen',
];
/** The employer said between such a verb and the job, with the job's article: "bij de Gemeente Zaanwijk een ". */
const EMPLOYER_THEN_ARTICLE = () =>
  /^(?:bij|voor|namens|für|bei|för|hos|pour|chez|para|per|dla)\s+(?:de |het |die |der |den |dem |das |la |le |l['’]|el )?(?:[\p{Lu}][\p{L}\d&'’.-]*\s+){1,5}?(?:een|einen|eine|ein|en|ett|et|un|une|una|uno|um|uma)\s+(?=\S)/u;
/** What follows such a verb and is no job: "buscamos personas con experiencia", "wir suchen Verstärkung". */
const NOT_A_JOB_ELSEWHERE = () =>
  /^(?:eine?|einen|un[oa]?\/[ao]|una\/o|dig|dej|deg|dich|jou|a|à|trabajo|empleo|práci|práce|pracy|prácu|brigádu|brigádou|brigády|arbete|arbeid|arbejde|perfil\S*|profesional\S*|profissiona\S*|passar|passer|passet|jeg|jag|du|vi|ni|man|skal|ska|var|vil|op|via|directamente|activamente|urgentemente|actualmente|anche|auch|aussi|también|também|także|też|också|også|ook|pour|para|für|voor|dla|har|är|er|kan|vill|ist|hat|est|tiene|heeft|is|\d\S*|meerdere|mehrere|plusieurs|varios|varias|vari|flere|flera|kilku|personas?|gente|talentos?|talenti|persone|mensen|personen|persönlichkeit\S*|verstärkung|kolleg\S*|collega\S*|kandydat\S*|per|ab|od|dès|desde|zum|zur|två|tre|fyra|fem|sex|to|fire|zwei|drei|vier|deux|trois|dos|tres|cuatro|due|quattro|twee|drie|vier|dwóch|dwie|trzech|os[oó]b[ay]?|(?:B2B-)?(?:sælgere|säljare|selgere)|medarbe[jt]\S*|medarbeidere|Mitarbeiter\S*|profil\S*|candidat\S*|kandidat\S*|nuovi|quelqu['’]un|alguien|qualcuno|iemand|någon|nogen|noen|kogoś|osob\S*|une? personne|nouveaux|nuevos|nuove|nya|nye|nieuwe|neue|neuen|nowych|nowi)$/iu;

// Capitalised words and a plural job noun before "wanted" or "needed": "CDL-A OTR drivers wanted", "Warehouse pickers needed".
// (A licence's class before it, "Class 1 drivers wanted"; and the same shouted, "CLASS 1 DRIVERS wanted".)
const WANTED = () =>
  /(?:^|\n|[:.!?][ \t]+)[*_]?((?:[A-Z][\w-]*[ ]|\d{1,2}[ ]){1,4}(?:driver|nurse|carer|caregiver|cleaner|engineer|developer|technician|electrician|plumber|welder|mechanic|teacher|chef|cook|operator|associate|agent|rep|picker|packer|labou?rer|installer|painter|guard|server|worker|merchandiser|promoter|controller|DRIVER|NURSE|CARER|CLEANER|ENGINEER|TECHNICIAN|ELECTRICIAN|PLUMBER|WELDER|MECHANIC|CHEF|OPERATOR|OPERATIVE|AGENT|PICKER|PACKER|LABOURER|GUARD|WORKER|CONTROLLER)(?:s|S)?|(?:MERCHANDISER|PROMOTER|Merchandiser|Promoter)S?s?)[ ](?:wanted|needed|WANTED|NEEDED)\b/;

const SOUGHT_WORDS = [' søges', ' sökes', ' søkes', ' gesucht', ' gezocht'];
const SOUGHT_PASSIVE =
  /(?:^|\n|[:.!?][ \t]+)((?:[A-ZÀ-Þ][\wà-ÿ/()-]*[ ]){0,3}[A-ZÀ-Þ][\wà-ÿ/()-]*)[ ](?:søges|sökes|søkes|gesucht|gezocht)\b/;

// The nouns of jobs a message names in lower case.
const LOWER_CASE_JOB_NOUNS =
  'tech|foreman|builder|journeyman|electrician|pipefitter|steamfitter|scaffolder|sparky|sparkie|plumber|carpenter|welder|mechanic|driver|nurse|pharmacist|carer|caregiver|cleaner|chef|cook|teacher|technician|operator|labou?rer|painter|roofer|joiner|bricklayer|installer|developer|engineer|designer|accountant|receptionist|cashier|bartender|barista|waiter|porter|housekeeper|guard|courier|picker|packer|operative|eng|swe|sre|sde';
// A job written in lower case, as a text message does: "a 6 month contract for a qualified builder", "I'm after a
// licensed plumber".
// (A card's level after its scheme's capitals: "Got 2 CISRS Part 2 scaffolders needed".)
const LOWER_CASE_JOB = () =>
  new RegExp(
    String.raw`\b(?:for|hiring|need|needs|seeking|[Ll]ooking for|recruiting|[Gg]ot|[Cc]alling|(?:I['’]m|[Ww]e['’]re) after)(?: an?| the| \d{1,3})?((?:(?: [A-Z][A-Z\d-]{1,9}){1,2} (?:Part|Level|Grade|Class|Band|NVQ) \d{1,2}|(?: [A-Z][A-Z\d-]{1,9}){0,2})(?: (?:[a-z][a-z-]{1,20}|[A-Z]-[a-z][a-z-]{1,20}|[A-Z][a-z][\w+#.-]{0,12})){0,2} (?:${LOWER_CASE_JOB_NOUNS}))s?\b`,
  );
// Or one the writer has, as a post: "We have a long-term supply teacher post there", "there's a staff nurse vacancy".
const LOWER_CASE_POST = new RegExp(
  String.raw`\b(?:[Ww]e (?:have|['’]ve got|currently have)|I have|I['’]ve got|[Tt]here(?:['’]s| is)) an?((?: [a-z][a-z-]{1,20}){0,3} (?:${LOWER_CASE_JOB_NOUNS})) (?:post|role|position|vacancy|opening|job)\b`,
);
const NOT_A_JOB_WORD =
  /^(?:a|an|the|our|your|their|new|good|great|strong|few|some|any|more|other|exciting|brilliant|fantastic|excellent|amazing|interesting|lovely|rare|unique|permanent|temporary|fixed-term|full-time|part-time|urgent|immediate|really|very|highly)$/;

/** The job a message names only in lower case, outside the writer's own lines: the last resort. */
function lowerCaseJob(body: string, own: Array<[number, number]>): string | null {
  // The first job the message names, by either way of naming it.
  const job = compiled(LOWER_CASE_JOB).exec(body);
  const post = compiled(LOWER_CASE_POST).exec(body);
  const m = job === null || (post !== null && post.index < job.index) ? post : job;
  if (!m || own.some(([from, to]) => m.index >= from && m.index < to)) return null;
  const words = m[1]!.trim().split(' ');
  while (words.length > 1 && compiled(NOT_A_JOB_WORD).test(words[0]!)) words.shift();
  return words.join(' ');
}

// "Are you a …?" in the languages of a job ad, then a capitalised title: "Ben jij een enthousiaste Apothekersassistent en …".
const ARE_YOU_A =
  /(?:\bAre you an?|\bBen jij een|\bBist du eine?|\bÊtes-vous une?|\bEs-tu une?|¿Eres una?|\bSei una?|\bÄr du en|\bEr du en|\bCzy jesteś)(?: (?!of\b|for\b|in\b|with\b|at\b|van\b|von\b|de\b|di\b|av\b)[a-zà-ÿ-]+){0,2} ((?:[A-ZÀ-Þ][\wà-ÿ-]+)(?: [A-ZÀ-Þ][\wà-ÿ-]+){0,3})/;

/** The title in an "Are you a …?" opening: a last resort before titles in lower case. */
function areYouA(body: string): string | null {
  if (!/Are you|Ben jij|Bist du|tes-vous|Es-tu|Eres|Sei un|Är du|Er du|Czy jesteś/.test(body)) return null;
  const title = compiled(ARE_YOU_A).exec(body)?.[1];
  // "Are you a fan of Python?": a technology or a place is no title.
  return title === undefined || NOT_COMPANY.has(caseFold(title)) || WELL_KNOWN_PLACE.has(caseFold(title)) ? null : title;
}

/** A title without a place after its comma: "Security Research Team Lead, Tel Aviv" is a Security Research Team Lead. */
const IN_WORDS = new Set(['in', 'en', 'em', 'à', 'a', 'w', 've', 'v', 'i', 'på', 'im', 'bei']);
function withoutPlace(title: string, text: string): string {
  // "Teleoperador/a en Málaga", "Kierowca w Poznaniu": a well-known place after "in", in any language.
  const words = title.split(' ');
  for (const n of [1, 2]) {
    const at = words.length - n - 1;
    if (at > 0 && IN_WORDS.has(words[at]!) && WELL_KNOWN_PLACE.has(caseFold(words.slice(at + 1).join(' '))))
      return words.slice(0, at).join(' ');
  }
  // (Or any place the message itself writes after "in" behind the same title: "Directeur(trice) de magasin Nantes
  // Atlantis" in a subject, "le poste de Directeur(trice) de magasin à Nantes Atlantis" in the body.)
  for (const n of [1, 2, 3]) {
    if (words.length - n < 2) break;
    const tail = words.slice(-n);
    if (!tail.every((word) => /^\p{Lu}/u.test(word))) break;
    // (A place the reader knows opens it, "Nantes Atlantis": not a field, "Head of Sales Financial Services".)
    if (!WELL_KNOWN_PLACE.has(caseFold(tail[0]!)) && !WELL_KNOWN_PLACE.has(caseFold(tail.join(' ')))) continue;
    const head = words.slice(0, -n).join(' ');
    for (const word of IN_WORDS) if (text.includes(`${head} ${word} ${tail.join(' ')}`)) return head;
  }
  const comma = title.lastIndexOf(', ');
  if (comma < 0) return title;
  const tail = title.slice(comma + 2);
  return WELL_KNOWN_PLACE.has(caseFold(tail)) || placesNamed(text).has(tail.toLowerCase()) ? title.slice(0, comma) : title;
}

/** "CDL-A OTR drivers wanted": the job, singular, when a line or sentence opens with it. */
function wantedJob(body: string): string | null {
  const low = body.toLowerCase();
  const m = low.includes('wanted') || low.includes('needed') ? compiled(WANTED).exec(body) : null;
  if (!m) {
    // The same in the passive of other languages, a job's noun before it: "Lagermedarbejder søges til kunde i Aarhus",
    // "Elektriker gesucht", "Chauffeur gezocht".
    if (!SOUGHT_WORDS.some((word) => low.includes(word))) return null;
    const sought = compiled(SOUGHT_PASSIVE).exec(body);
    return sought && namesAnOccupation(sought[1]!) ? cleanName(sought[1]!) : null;
  }
  const words = cleanName(m[1]!).split(' ');
  while (words.length > 1 && NOT_NAME.has(words[0]!)) words.shift();
  const title = words.join(' ');
  // (A plural in capitals stays as the message writes it: "CLASS 1 DRIVERS".)
  return title === title.toUpperCase() ? title : title.replace(/s$/, '');
}

// A job's plural before "wanted" or "needed", after a dash or a pictograph too, its words in any case: "🚚 Haul truck
// operators wanted NOW", "shutdown starting 9 Jun - scaffolders needed".
const WANTED_ANYWHERE = () =>
  /(?:^|\n|[:.!?][ \t]+|[-–—][ \t]+|(?:[\u2190-\u2bff]|\ufe0f|[\ud83c-\udbff][\udc00-\udfff])+[ \t]*)((?:[A-Za-z][\w'-]*[ ]){0,3}[A-Za-z][\w-]*?[sS])[ ](?:wanted|needed|WANTED|NEEDED)\b/;
// A job's plural in capitals after a verb of hiring: "hiring WELDERS (MIG/MAG)", "NOW HIRING ARMED SECURITY OFFICERS for",
// "needs Community Moderators for Telegram".
const HIRING_PLURAL = () =>
  /\b(?:hiring|HIRING|needs|seeks|recruiting|RECRUITING)[ ]+((?:[A-Z][\w-]*[ ]){0,3}[A-Z][\w-]*[sS])(?=[ ]*(?:\(|for\b|FOR\b|to\b|in\b|IN\b|,|!|\.|\n|$))/;
// The English nouns of jobs a bulk message seeks in the plural (occupations.ts holds the other languages' and a few of these).
const PLURAL_SOUGHT_NOUNS = new Set(
  'scaffolder packer picker grader moderator officer guard driver welder rigger fitter labourer laborer operator nurse carer caregiver cleaner agent assistant technician fundraiser electrician plumber carpenter mechanic chef cook waiter bartender housekeeper steward stewardess deckhand porter loader sorter associate representative rep'.split(
    ' ',
  ),
);
/** A job sought in the plural, by the phrases above: the title, singular unless it is shouted. */
function pluralSought(body: string): string | null {
  const low = body.toLowerCase();
  // (After a dash or a pictograph, only in a message that states a sum: not "Laptop fix - new drivers needed".)
  const wanted = low.includes('wanted') || low.includes('needed') ? compiled(WANTED_ANYWHERE).exec(body) : null;
  const opensItsLine = wanted !== null && /^(?:\n|$)/.test(body.slice(wanted.index, wanted.index + 1) || '\n');
  const m =
    (wanted !== null &&
    (opensItsLine || wanted.index === 0 || /[$€£₹]\s?\d|\d\s?(?:€|\/hr|\/h\b|\/day|an hour|a day|per hour|per day)/.test(body))
      ? wanted
      : null) ??
    (low.includes('hiring') || low.includes('needs ') || low.includes('seeks ') || low.includes('recruiting')
      ? compiled(HIRING_PLURAL).exec(body)
      : null);
  if (!m) return null;
  const words = cleanName(m[1]!).split(' ');
  while (words.length > 1 && (NOT_NAME.has(words[0]!) || /^(?:now|urgently|we|are|is)$/i.test(words[0]!))) words.shift();
  const last = words[words.length - 1]!;
  const singular = /ies$/i.test(last) ? `${last.slice(0, -3)}y` : last.slice(0, -1);
  if (!isOccupationWord(singular) && !PLURAL_SOUGHT_NOUNS.has(singular.toLowerCase())) return null;
  const title = words.join(' ');
  return title === title.toUpperCase() ? title : [...words.slice(0, -1), singular].join(' ');
}

// Words after "en" that say how or where the job is done, not its field: "en alternance", "en CDI", "en Belgique".
const NOT_A_FIELD = new Set(
  'alternance télétravail intérim interim remplacement urgence poste ce cdi cdd contrat mission freelance journée semaine ligne présentiel hybride équipe tant plus parallèle priorité renfort horaires horaire cours charge vue direct interne externe collaboration partenariat'.split(
    ' ',
  ),
);
// Words that end a field: a place's, a purpose's or a contract's, or a verb after the title ("… se libère").
const FIELD_ENDS = new Set(
  'pour à au aux dans chez avec sur de du des et ou qui que h/f f/h en se est sont sera a va vient reste ouvre libère'.split(' '),
);
/**
 * A French job's field after "en", in lower case, which the title keeps: "infirmier(ère) en soins intensifs",
 * "technicien en maintenance industrielle" (three words at most; not "en alternance", "en CDI"). `end`: where the title
 * ended in `body`. By strings: only a title cut right before "en" asks.
 */
function frenchField(body: string, end: number, title: string): string {
  if (!body.startsWith(' en ', end) || !isOccupationWord(title.split(' ').pop()!)) return '';
  const words: string[] = [];
  for (const raw of body.slice(end + 4, end + 80).split(' ')) {
    const word = raw.replace(/[.,;:!?)]+$/, '');
    // (A word with an apostrophe is a verb's or an article's: "s'ouvre", "l'équipe".)
    if (word === '' || FIELD_ENDS.has(word) || word !== word.toLowerCase() || !/^\p{L}[\p{L}-]*$/u.test(word)) break;
    if (words.length === 0 && NOT_A_FIELD.has(word)) return '';
    words.push(word);
    if (word !== raw || words.length === 3) break;
  }
  return words.length > 0 ? ` en ${words.join(' ')}` : '';
}

const RECRUITS_FOR_A_CLIENT = () => /(recrute) pour (?:le |la |les |l['’])(?:[A-ZÀ-Þ][\p{L}'’-]*\s+){1,5}(?:\([^)\n]{0,60}\)\s+)?/gu;
/** The job a message in another language names after its hiring verb, outside the writer's own lines. */
function hiringElsewhere(body: string, own: Array<[number, number]>): string | null {
  const low = body.toLowerCase();
  if (!HIRING_ELSEWHERE_HINTS.some((hint) => low.includes(hint))) return null;
  // The client a French agency recruits for, between the verb and the job, blanked (its length kept, as `own` holds
  // places in the body): "recrute pour le Groupe Hospitalier Loire-Sud (Nantes et sa région) 25 Infirmier(ère)s".
  if (body.includes('recrute pour ')) body = body.replace(compiled(RECRUITS_FOR_A_CLIENT), (all, verb: string) => verb.padEnd(all.length));
  for (const m of body.matchAll(compiled(HIRING_ELSEWHERE))) {
    if (own.some(([from, to]) => m.index >= from && m.index < to)) continue;
    // ("een vacature voor een" a title only when it is capitalised, as a post's title is: not "een vacature voor een
    // opdrachtgever in Utrecht", for a client.)
    if (m[0].toLowerCase().startsWith('vacature voor') && !/^\p{Lu}/u.test(m[1]!)) continue;
    // (Not the reader's post or the firm's standing: "in Ihrer aktuellen Stelle als Projektingenieur", "Ihre Erfahrung in
    // der Position als Teamleiter", "unsere Position als Marktführer".)
    const post = /^(?:Stelle|Position) als/i.exec(m[0]);
    if (
      post &&
      /\b(?:Ihre[rmn]?|deine[rmn]?|dein|unsere[rmn]?|aktuelle[rmn]?|derzeitige[rmn]?|jetzige[rmn]?|bisherige[rmn]?|frühere[rmn]?|der)\s+$/i.test(
        body.slice(Math.max(0, m.index - 30), m.index),
      )
    )
      continue;
    // A German call whose article ends its line, the title on the next: "Wir suchen für unser Platform-Team in Zürich
    // eine/n" over "Senior Cloud Platform Engineer (80–100 %)".
    const lineEnd = body.indexOf('\n', m.index);
    if (lineEnd > 0 && /\s(?:eine\/n|eine\*n|eine:n|eine_n|einen|eine|ein)\s*:?$/.test(body.slice(m.index, lineEnd))) {
      const nextEnd = body.indexOf('\n', lineEnd + 1);
      const next = body.slice(lineEnd + 1, nextEnd < 0 ? undefined : nextEnd).trim();
      if (next.length >= 2 && next.length <= 80 && (rolePhrases(next).length > 0 || namesAnOccupation(next))) return cleanName(next);
    }
    // "een ervaren Transportplanner": the title starts at its first capitalised word, when it has one. (Not at the
    // employer's, said first: "zoeken bij de Gemeente Zaanwijk een Senior beleidsadviseur", "zoek voor Gemeente Zaanstad
    // een interim Projectleider".)
    // (A Romanian title ends before "la" and its place: "angajăm sudori la Arad".)
    const romanian = /^(?:angaj|recrut|căut)/i.test(m[0]);
    const found = cleanName(romanian ? m[1]!.replace(/ la \p{Lu}.*$/u, '') : m[1]!)
      .replace(/ \([A-Z]{2,5}\)$/, '')
      .replace(compiled(EMPLOYER_THEN_ARTICLE), '');
    // (Not after "what" or "whom", where the object is said before the verb: "to dokładnie to, czego szukamy do zespołu
    // platformy danych".)
    if (/(?:^|[\s,])(?:czego|kogo|co|koho|čo|koga)\s+$/i.test(body.slice(Math.max(0, m.index - 8), m.index))) continue;
    const capital = found.search(/(?:^|\s)\.?[\p{Lu}]/u);
    // (Not when a job's noun comes before it: "un soudeur-assembleur MIG".)
    // (Nor inside a licence's category: "kierowcy kat. C+E".)
    const nounFirst =
      capital > 0 &&
      (found
        .slice(0, capital)
        .split(/[\s-]+/)
        .some(isOccupationWord) ||
        /\b(?:kat|cat)\.\s*$/i.test(found.slice(0, capital)));
    // (A few words of description before the capital at most: "Vi söker dig som har minst 5 års erfarenhet … om NIS2" says
    // what the person knows, not the job.)
    if (capital > 0 && !nounFirst && found.slice(0, capital).trim().split(/\s+/).length > 3) continue;
    let value = capital > 0 && !nounFirst ? found.slice(capital).trim() : found;
    let words = value.split(/\s+/);
    // "zoeken wij meerdere chauffeurs CE": several of a job are that job, and the checks below are the job's.
    if (words.length > 1 && MORE_OF_THEM.has(words[0]!.toLowerCase()) && namesAnOccupation(words.slice(1).join(' '))) {
      words = words.slice(1);
      value = words.join(' ');
    }
    // (Openings in the plural, and Dutch "op zoek naar een", name a job capitalised: not "vagas de garagem", "posiciones de
    // la tabla", "op zoek naar een huis". And a customer's service in lower case ends the title: "Ejecutivo de Cuenta al
    // cliente corporativo".)
    if (/^(?:posiciones|vacantes|vagas|op zoek naar)\b/i.test(m[0]) && !/^\p{Lu}/u.test(m[1]!.trim())) continue;
    // (Portuguese "posições de" before a lower-case word only when it names a job: "posições de operador de caixa", not
    // "2.500 posições de atendimento entre São Paulo e Campina Grande", a contact centre's seats.)
    if (m[0].toLowerCase().startsWith('posições') && !/^\p{Lu}/u.test(m[1]!.trim()) && !namesAnOccupation(m[1]!.trim().split(/\s+/)[0]!))
      continue;
    if (value.includes(' al cliente') || value.includes(' ao cliente')) {
      value = value.replace(/ a[lo] cliente\b.*$/, '');
      words = value.split(/\s+/);
    }
    // "Szukamy 30 osób na stanowisko Pracownik produkcji": the people counted are no job; the next verb may name it.
    if (value.length < 2 || words.length > 6 || compiled(NOT_A_JOB_ELSEWHERE).test(words[0]!)) continue;
    // (Not a greeting on a line after the verb: a headline's "Recruteuse | On recrute" over the letter's "Bonjour, …".)
    if (m[0].slice(0, m[0].length - m[1]!.length).includes('\n') && GREETING_WORDS.has(words[0]!)) continue;
    // (Nor "several" before a list of them: "Estamos buscando varios/as:".)
    if (compiled(SEVERAL_WORD).test(value)) continue;
    // (A third person's "cherche" and the Romanian verbs name a job only by its noun: not "je cherche un appartement",
    // "ANGAJĂM URGENT!!!".)
    if (
      (/^cherche une? /.test(m[0]) || /^recrutement d/.test(m[0]) || /^(?:recrutează|angajează|recrutăm|angajăm|căutăm)/i.test(m[0])) &&
      !namesAnOccupation(value) &&
      rolePhrases(value).length === 0
    )
      continue;
    return value + frenchField(body, m.index + m[0].length, value);
  }
  return null;
}

// "We need" and "is looking for" in more languages, then a job's noun: "Hledáme VEDOUCÍ PRODEJNY pro Brno",
// "necesitamos una gerocultora para el turno de mañana", "vi skal bruge en senior projektleder til kabelpakken",
// "ψάχνω Μηχανικό Αεροσκαφών B1 για τη βάρδια μου", "Cerco un sous chef da settembre". What follows the verb is a title only when it names a job by its noun.
const NEEDED = () =>
  /(?<![\p{L}])(?:(?:abrindo|abrimos|abriendo|tenemos|temos) (?:uma|una) (?:vaga|vacante) (?:de|para)|necesitamos|necesito|(?:me|nos) falta|buscan|busca|busco|precisamos(?: de)?|(?:à|a) procura de|procuramos|procura-se|hledáme|hledám|hledame|hľadáme|potrzebujemy|zatrudnimy|szuka|rekryterar|rekrutterer|otsime|otsib|solicitamos|requerimos|se (?:requieren?|solicitan?|necesitan?)|precisa-se(?: de)?|precisa de|precisando de|preciso de|contrata-se|contratam-se|recruta|recrutamos|recluta|reclutamos|iščemo|išče|vi behöver|behöver vi|vi trenger|trenger vi|vi mangler|mangler vi|(?:have|ha|få) (?:dig|deg|dej) som|vi skal bruge|söker|søker|søger|skal ansette|ansetter|ska anställa|anställer|skal ansætte|ansætter|suche ich|ich suche|ψάχνω|ψάχνουμε|αναζητούμε|căutăm|caut|angajăm|tražimo|zapošljavamo|zapošljava|otvaram(?:o)? mesto za|търсим|тражимо|трябва ми|трябват ни|ищем|шукаємо|cerca|cerco|ricerca|haetaan|haemme|etsimme|etsitään|etsii|hakee|recherche)\s+(?:(?:just nu|nu|nå|nyt|aktuell|derzeit|gerade|ahora|agora)\s+)?(?:(?:un\/a|un\/o|un\/una|una?|um|uma|en|én|ett|et|ei|eine:n|eine\/n|einen|eine|ein|\d{1,3}|(?:son|sa|ses|leur|notre|votre)(?: (?:futur|future|nouveau|nouvelle|nouvel))?)\s+)?((?:[^\n.,;:!?]|:(?=in\b|innen\b)){2,60}?)(?=\s+(?:para|pra|pro|dla|na|no (?:meu|nosso)|em|do|w|v|ve|till|til|fra|från|i|for|för|per|da (?:subito|settembre|ottobre|novembre|dicembre|gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|lunedì)|για|στη|στο|pentru|în|la|za|u|som|who|que|qui|che|care|die|der|och|og|в|за|для|од|від|на (?:пълен|непълен|пълно)|който|који|која|което|който|която|который|которая|який|яка|con experiencia|com experiência|de confianza)(?![\p{L}])|\s*(?:[\n.,;!?–—]|:(?!in\b|innen\b))|$)/giu;
const NEEDED_HINTS = [
  // (French "seeks", a site or a firm's: "Plateforme logistique Saint-Quentin-Fallavier (38) recherche CARISTES CACES R489".)
  'recherche ',
  'cerca ',
  'cerco ',
  'haetaan',
  'haemme',
  'etsi',
  'hakee',
  'falta',
  'busco ',
  'ansette',
  'ansetter',
  'anställ',
  'ansætte',
  'ansætter',
  'söker',
  'søker',
  'søger',
  'suche',
  'necesitamos',
  'necesito',
  'busca ',
  'buscan ',
  'precisamos',
  'procura',
  'hled',
  'hľad',
  'potrzebujemy',
  'zatrudnimy',
  'szuka ',
  'rekryterar',
  'rekrutterer',
  'otsi',
  'solicitamos',
  'requerimos',
  // The passive calls: "Se requieren 30 AUXILIARES DE BODEGA para …", "Precisa-se de motorista", "Contrata-se Vendedor".
  'se requier',
  'se solicita',
  'se necesita',
  'precisa-se',
  // (Or a firm or a foreman who "needs": "Buffet Villa Cerejeira precisa de GARÇOM", "Tô precisando de eletricista".)
  'precisa de',
  'precisando de',
  'preciso de',
  'contrata',
  // A firm that "recruits" in Portuguese or Spanish: "A LinhaViva Contact Center recruta Operadores/as de Apoio ao Cliente".
  'recruta ',
  'recrutamos ',
  'recluta ',
  'reclutamos ',
  'išče',
  'behöver',
  // (Danish and Norwegian "we lack" and "have you as": "Vi mangler en tømrer til …", "have dig som souschef".)
  'mangler',
  'dig som',
  'deg som',
  'trenger',
  'skal bruge',
  'ψάχν',
  'αναζητ',
  'căutăm',
  'caut ',
  'angajăm',
  'tražimo',
  'zapošljava',
  'mesto za',
  // (And in Cyrillic: Bulgarian "търсим", "трябва ми", Serbian "тражимо", Russian "ищем", Ukrainian "шукаємо".)
  'търсим',
  'тражимо',
  'трябва',
  'ищем',
  'шукаємо',
  'uma vaga',
  'una vacante',
];

// The job's name said as its name: "Tjänsten heter formellt Projektledare nätanslutning", "the role is officially titled
// Head of Platform", "Die Stelle heißt …", "le poste s'intitule …".
const CALLED =
  /\b(?:the (?:role|position|job|post)(?:'s title)? is (?:officially |formally )?(?:called|titled)|\b(?:a |an |the )?new (?:position|role|post)[,:]|(?:tjänsten|rollen|stillingen|stillinga|jobbet) (?:heter|hedder|kallas)(?: formellt| officiellt| offisielt| formelt)?|die (?:Stelle|Position) (?:heißt|nennt sich)(?: offiziell)?|le poste s['’]intitule|el puesto se llama|il ruolo si chiama|a vaga (?:se chama|chama-se))\s+([^\n.,;:!?()]{2,60})/i;
const CALLED_HINTS = [
  'called',
  'titled',
  'new position',
  'new role',
  'new post',
  'heter',
  'hedder',
  'kallas',
  'heißt',
  'nennt sich',
  'intitule',
  'se llama',
  'si chiama',
  'chama',
];

/** The job's title where the message says what the job is called. */
// (Not one filled or closed, nor a book's title: 'we've filled the role "Store Manager"', 'the role "Agent of Change" is
// the title of her new book'.)
const QUOTED_POST = () =>
  /(?<!\b(?:filled|closed|besetzt|cubierto|preenchido|pourvu)\s+)\b(?:[Dd]ie|[Tt]he|[Ll]a|[Ll]e|[Ee]l|[Dd]e|[Hh]et|[Oo]ur|[Uu]nsere) (?:Stelle|Position|Funktion|role|position|post|poste|puesto|vacante|vaga|vacature|functie) [„"“«]([^"“”„«»\n]{3,80})[“”"»](?! (?:is|was) (?:the|a) (?:title|name)\b)/;

function calledJob(body: string): string | null {
  // A post named in quotation marks after its word: "die Stelle „Teamleiterin/Teamleiter Kreditsekretariat Firmenkunden“
  // frei", 'the position "Head of Claims"'.
  if (body.includes('„') || body.includes('"') || body.includes('“') || body.includes('«')) {
    const quoted = compiled(QUOTED_POST).exec(body);
    if (quoted && (namesAnOccupation(quoted[1]!) || rolePhrases(quoted[1]!).length > 0)) return quoted[1]!.trim();
  }
  const low = body.toLowerCase();
  if (!CALLED_HINTS.some((hint) => low.includes(hint))) return null;
  const m = compiled(CALLED).exec(body);
  if (!m) return null;
  const words = m[1]!.trim().split(/\s+/);
  // A name starts with a capital: "the role is called on to support …" names nothing.
  if (words[0]![0] === words[0]![0]!.toLowerCase()) return null;
  // The name is the words before the sentence goes on: "Projektledare nätanslutning, tillsvidare".
  return words.length <= 6 ? words.join(' ') : null;
}

// Turkish puts the job before its verb: "Ekibime bir Tedarikçi Kalite Mühendisi arıyorum", "ekibimize bir Üretim Planlama
// Uzmanı katmak istiyoruz".
// (Also typed without Turkish letters, "CNC Torna/Freze Operatoru alinacaktir"; "we are taking on", "Müşteri Temsilcisi
// alıyoruz"; and "as" a job the writer has the reader
// in mind for, "Kıdemli iOS Geliştirici olarak … seni düşünüyoruz".)
const SOUGHT_BEFORE_VERB = () =>
  /(?<![\p{L}'’/-])((?:(?:\p{Lu}|i(?=\p{Lu}))[\p{L}'’/-]{1,30} ){0,3}\p{Lu}[\p{L}'’/-]{1,30}) (?:arıyorum|arıyoruz|arıyor|arayışındayız|alınacaktır|alinacaktir|alıyoruz|aliyoruz|katmak istiyoruz|katmak istiyorum|olarak [^.\n]{0,60}(?:seni|sizi) düşünüyoruz)/u;
// A dative "to our …" before the job, capitalised at a sentence's start: "Fabrikamıza", "Ekibimize", "Bünyemize".
// (Or a name's dative after its apostrophe, with the words before it: "Çağrı Merkezi'ne Müşteri Temsilcisi".)
const TURKISH_TO_OUR = () =>
  /^\p{Lu}\p{L}*(?:ımıza|imize|umuza|ümüze|mıza|mize|muza|müze|ıma|ime|uma|üme) |^(?:\p{Lu}\p{L}* )*\p{Lu}\p{L}*['’](?:ne|na|ye|ya|e|a) /u;

/** The job named by a job's noun after "we need" or "is looking for", outside the writer's own lines. */
function neededJob(body: string, own: Array<[number, number]>): string | null {
  if (
    body.includes('arıyor') ||
    body.includes('arayış') ||
    body.includes('alınacak') ||
    body.includes('alinacak') ||
    body.includes('alıyoruz') ||
    body.includes('aliyoruz') ||
    body.includes('katmak isti') ||
    body.includes('düşünüyoruz')
  ) {
    const sought = compiled(SOUGHT_BEFORE_VERB).exec(body);
    if (sought && !own.some(([from, to]) => sought.index >= from && sought.index < to))
      return sought[1]!.replace(compiled(TURKISH_TO_OUR), '');
  }
  // A Catalan post "of" a job: "una plaça d'enginyer/a de dades sènior".
  // (And a public notice's count of them: "2 places de tècnic/a mitjà/ana d'arxiu i gestió documental, personal …".)
  if (body.includes('plaça d') || body.includes('places de ')) {
    const post = compiled(CATALAN_POST).exec(body);
    if (post && namesAnOccupation(post[1]!) && !own.some(([from, to]) => post.index >= from && post.index < to)) return post[1]!.trim();
  }
  // A temp agency's French "mission" and the job after it: "mission CARISTE CACES R489 cat. 1/3/5 chez Transports Merlau".
  if (body.includes('mission ')) {
    const mission = compiled(MISSION_AS).exec(body);
    const title = mission === null ? null : occupationTitle(mission[1]!);
    if (title && !own.some(([from, to]) => mission!.index >= from && mission!.index < to)) return title;
  }
  const low = body.toLowerCase();
  if (!NEEDED_HINTS.some((hint) => low.includes(hint))) return null;
  let tried = 0;
  // The first verb that names a job: "cerca" is also Spanish for "near" ("cerca de la playa").
  for (const m of body.slice(0, 20_000).matchAll(compiled(NEEDED))) {
    if (own.some(([from, to]) => m.index >= from && m.index < to) || ++tried > 5) return null;
    // "Vi söker två behöriga elektriker": a count of people, as after the other hiring verbs, names no title.
    if (compiled(NOT_A_JOB_ELSEWHERE).test(m[1]!.split(/\s+/)[0]!)) return null;
    // (Nor work itself, which the writer needs: "Preciso de um emprego como motorista", "necesito trabajo".)
    if (/^(?:(?:um|uma|un|una)\s+)?(?:emprego|trabalho|vaga|ajuda|dinheiro|empleo|trabajo|ayuda|dinero)\b/i.test(m[1]!)) continue;
    // (The first person's "necesito" names a job only in a message about work, its pay, shifts or contract: not "necesito un
    // técnico que me arregle la lavadora".)
    if (/^necesito\b/i.test(m[0]) && !compiled(ABOUT_WORK).test(body)) continue;
    // Finnish names the job in the partitive after its verb: "haetaan projektipäällikköä" is a Projektipäällikkö.
    if (/^(?:hae|etsi|hake)/i.test(m[0])) {
      const noun = finnishNominative(m[1]!);
      if (noun) return noun;
      continue;
    }
    const title = occupationTitle(m[1]!) ?? rolePhrases(m[1]!)[0]?.value;
    if (title) return title;
  }
  return null;
}

const ABOUT_WORK = () =>
  /\b(?:sueldo|salario|pago|planilla|CV|currículum|curriculum|turno|turnos|régimen|contrato|jornada|vacante|puesto|empresa)\b|S\/\s?\d|[$€]\s?\d/i;
const CATALAN_POST = () => /\b(?:plaça d['’]|places de )([^\n.,;:!?()]{2,60}?)(?=\s*[.,;:!?\n(]|\s+(?:a|per|amb|en|al|als)\s)/u;
// (The job's words capitalised or in capitals, up to a certificate's code, a place's word or a clause's end.)
const MISSION_AS = () =>
  /(?<![\p{L}])[Mm]ission (?:de |d['’])?(\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,2}?)(?= (?:CACES|chez|pour|à|au|en|de \d)\b|[,.;:!?(\n]|$)/u;

/** The first of the first three words that is a job's noun in the Finnish partitive ("-a", "-ä", "-ta", "-tä"), as its nominative. */
function finnishNominative(words: string): string | null {
  for (const word of words.split(/\s+/).slice(0, 3)) {
    for (const cut of [1, 2]) {
      const stem = word.slice(0, -cut);
      if (/[aä]$/i.test(word) && stem.length >= 4 && isOccupationWord(stem)) return stem;
    }
    // The plural partitive: "useita sairaanhoitajia" are nurses, "kehittäjiä" developers.
    if (/[^aeiouyäö]i[aä]$/i.test(word)) {
      const singular = `${word.slice(0, -2)}${word.slice(-1)}`;
      if (singular.length >= 5 && isOccupationWord(singular)) return singular;
    }
  }
  return null;
}

// The labels of a job's title on a line of its own, lower case: "Role: Staff Engineer", "📌 *VACANTE:* Asesor(a) de
// Ventas", "Stanowisko: Księgowa". A set, not a pattern: every message is scanned for them.
const ROLE_LABELS = new Set(
  'role|position|post|title|job title|job|opening|vacancy|oferta|offre|offerta|seniority and role|headline role|featured|featured role|featured job|destaque|em destaque|in evidenza|posizione|ruolo|puesto|cargo|vaga|vacante|poste|intitulé du poste|stelle|stellenbezeichnung|functie|functietitel|vacature|rol|rolle|roll|tjänst|titel|tittel|stilling|stillingstittel|stillingsbetegnelse|nimike|tehtävänimike|stanowisko|pozice|pracovní pozice|pozícia|pozíció|pozisyon|munkakör|radno mjesto|tehtävä|θέση|pareigos|pareigybė|ametikoht|amats|vị trí|vị trí tuyển dụng|posisi|jabatan|jawatan|posisyon|посада|позиція|позиция|должность|длъжност|вакансія|вакансия|позиција|работно место|radno mesto|pozicija|oportunitate|poziție|post vacant|állás'.split(
    '|',
  ),
);

// Words that only name a job's title, before it with no colon.
const TITLE_NAMING_WORDS = new Set(['Position', 'Oportunitate', 'Позиција', 'Позиция', 'Pozice', 'Posizione']);
// ROLE_LABELS' labels of an offer, which may head other things than a title.
const OFFER_LABELS = new Set(['oferta', 'offre', 'offerta']);
// ROLE_LABELS' labels in Cyrillic letters.
const CYRILLIC_ROLE_LABELS = new Set([...ROLE_LABELS].filter((label) => /[\u0400-\u04ff]/.test(label)));

const VIETNAMESE_PLACE_WORDS = ['Quận', 'Q.', 'TP.', 'TP ', 'Thành phố', 'Phường', 'Huyện', 'Tỉnh', 'Tầng', 'Số ', 'KCN', 'Khu '];
// The end of a longer label that offers an opening: "Nieuwe vacature voor jou", "Máme pro Vás nabídku", "a new role for
// you". Sets, not a pattern: every line with a colon is looked at.
const OPENING_WORDS = new Set(
  'vacature vacancy role position opening job stelle poste vacante vaga posizione stilling tjänst nabídku nabídka pozice ofertę miesto místo pozíciu'.split(
    ' ',
  ),
);
const FOR_YOU = new Set(
  'voor jou|voor u|for you|für sie|für dich|pour vous|pour toi|para ti|para você|per te|per lei|til deg|för dig'.split('|'),
);
/** Does a label, the last sentence of the words before a colon, end in a word for the opening? */
function offersAnOpening(label: string): boolean {
  const last = label.slice(Math.max(label.lastIndexOf('. '), label.lastIndexOf('! '), label.lastIndexOf('? ')) + 1).trim();
  if (last.length > 40) return false;
  const words = last.split(' ');
  if (words.length > 2 && FOR_YOU.has(words.slice(-2).join(' '))) words.length -= 2;
  return OPENING_WORDS.has(words[words.length - 1]!);
}

// A gender marker closing a line: "(H/F)", "(m/w/d)", "H/F".
const GENDER_MARKER_AT_END = () => /(?:\(\s*[HFhfMWDmwdx]\s*\/\s*[HFhfMWDmwdx](?:\s*\/\s*[dxDX])?\s*\)|\b[HF]\/[HF])\s*$/;
/** The value of the first line labelled as the job's title, after its bullet, emoji or bold; or on the line below. */
function labelledRole(body: string): string | null {
  const lines = body.slice(0, 200_000).split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const colon = line.indexOf(':');
    if (colon < 2 || colon > 200) continue;
    const label = line
      .slice(0, colon)
      .replace(/^[^\p{L}]*/u, '')
      .replace(/[*_\s]+$/, '')
      .toLowerCase();
    // Or a phrase ending in a word for the opening, the last of its sentences: "Nieuwe vacature voor jou: IC-Verpleegkundige
    // (32-36 uur) bij …", "…, tady Petra z agentury. Máme pro Vás nabídku: řidič MKD (sk. C+E) pro …"; then only a value
    // that names a job.
    const offered = !ROLE_LABELS.has(label) && offersAnOpening(label);
    // Or a sentence that announces the opening below it: "Nun wird an unserem Standort Graz folgende Stelle neu geschaffen:"
    // over "Projektcontroller:in (Vollzeit, 38,5 Std./Woche)".
    const announced =
      !ROLE_LABELS.has(label) &&
      !offered &&
      line.slice(colon + 1).trim() === '' &&
      (label.includes('folgende') ||
        label.includes('following') ||
        label.includes('suivant') ||
        label.includes('siguiente') ||
        label.includes('seguinte')) &&
      compiled(ANNOUNCES_AN_OPENING).test(label);
    if (announced) {
      const next = (lines.slice(i + 1).find((l) => l.trim() !== '') ?? '').replace(/^[\s*_•-]+/, '');
      const head = next.split(/\s\(/)[0]!.trim();
      // (Not one in capitals: other rules give it as the message writes it elsewhere, "EMERGENCY COMMUNICATIONS
      // DISPATCHER I" and "Emergency Communications Dispatcher I".)
      // (A job's name: not a label, "Company: Kestrel Robotics", a place or a sentence, "Our client is Monzo.".)
      if (
        head !== head.toUpperCase() &&
        head.length >= 2 &&
        head.split(' ').length <= 6 &&
        !/:(?!in\b|innen\b)|[.!?]$/.test(head) &&
        (namesAnOccupation(head.replace(/:in(?:nen)?\b/, '')) ||
          rolePhrases(head).length > 0 ||
          // (Or one German word with its ending for women, "Projektcontroller:in", or a line that gives its gender marker,
          // "Arbeitsvorbereiter Holzbau (m/w/d)".)
          /^\p{Lu}\p{Ll}+(?::in|\*in|\/in|_in)$/u.test(head) ||
          compiled(GENDER_MARKER_AT_END).test(next))
      )
        return head;
      continue;
    }
    if (colon > 40 && !offered) continue;
    if (!ROLE_LABELS.has(label) && !offered) continue;
    let value = line.slice(colon + 1).replace(/^[\s*_]+/, '');
    // (Vietnamese "Vị trí" is also a place: "Vị trí: Quận 7, TP. Hồ Chí Minh".)
    if (label === 'vị trí' && VIETNAMESE_PLACE_WORDS.some((word) => value.startsWith(word))) continue;
    if (offered) {
      // (Or on the line under it: "Ponúkame Vám miesto:" over "Servisný technik chladiacich a klimatizačných zariadení".)
      // (A sentence that offers it, not a section's heading, "The role:", over its first bullet.)
      const below = value === '' ? (lines.slice(i + 1).find((next) => next.trim() !== '') ?? '') : '';
      const under = below !== '' && label.split(' ').length >= 3 && !/^\s*[•·▪◦‣*–-]/.test(below);
      if (value === '' && !under) continue;
      if (under) value = below.replace(/^[\s*_]+/, '');
      // (Not a table's row, which the table's own reading takes: "| Intitulé | Chef de projet digital (H/F) |".)
      if (under && (value.includes('|') || value.includes('│'))) continue;
      const head = value.split(/\s[(–—-]|\s(?:bij|pro|at|chez|bei|para|per|för|til)\s|[.,;]\s/)[0]!.trim();
      if (head.split(' ').length > (under ? 7 : 5) || (!namesAnOccupation(head) && rolePhrases(head).length === 0)) continue;
      value = head;
    }
    if (value === '') value = (lines.slice(i + 1).find((next) => next.trim() !== '') ?? '').replace(/^[\s*_]+/, '');
    // A title wrapped onto the next line, which goes on with a small word and holds no label of its own: "Intitulé du poste :
    // Responsable Contrôle" over "de Gestion (H/F)", "Role: Head" over "of Engineering". (Only a title left unfinished,
    // one word, or one the next line ends with a gender marker: not "Account Manager" over "für Norddeutschland".)
    else if (i + 1 < lines.length) {
      const next = lines[i + 1]!.trim();
      // (Or with a word in lower case, the line ending with its gender marker: "Responsable d'exploitation" over
      // "logistique H/F".)
      if (
        next.length <= 40 &&
        !next.includes(':') &&
        ((/^(?:de|du|des|d['’]\s*|of|and|&|für|und|di|del|della|da|do|dos|das|van|voor)\s*\p{Lu}/u.test(next) &&
          (!value.trim().includes(' ') || compiled(GENDER_MARKER_AT_END).test(next))) ||
          (/^\p{Ll}/u.test(next) && next.split(' ').length <= 4 && compiled(GENDER_MARKER_AT_END).test(next)))
      )
        value = `${value.trimEnd()} ${next}`;
    }
    value = value.slice(0, 80);
    // (A Cyrillic label's value names a job by its noun, up to a sentence's end: not "Вакансия: актуальна", "Должность: по
    // результатам собеседования".)
    if (CYRILLIC_ROLE_LABELS.has(label)) {
      value = value.split(/[.!?;]\s/)[0]!.split(/,\s/)[0]!;
      if (!namesAnOccupation(value)) continue;
    }
    // (An offer's label names a job only by a job's noun: "Oferta: Camarero/a de sala – Temporada 2025", not "Oferta:
    // salario competitivo".)
    if (OFFER_LABELS.has(label) && !namesAnOccupation(value.split(' – ')[0]!) && rolePhrases(value).length === 0) continue;
    // (Nor a sentence under a section's label: "Rolle: Sie übernehmen die technische Leitung …".)
    if (/^(?:Sie|Du|Wir|Ich|You|We|Vi|Jeg|Jag|Vous|Nous|Je|Tu|Usted) /.test(value)) continue;
    if (value.length >= 2) return value;
  }
  return null;
}
// (And an offer made: "we'd love to offer you Chef de Partie"; and the title to be: "Title would be Staff Platform Engineer".)
// ("job title is" and "wir suchen" are read as "title is" and "suchen": each word stands after a word's edge.)
const ROLE_CONTEXT =
  /\b(?:for|as|be our|become our|offer you|hiring|to hire|recruiting|looking for|seeking|need|needs|adding|calling|an? (?:open|new)|open|opening for|role of|position of|join (?:us|them|the team) as|joining as|searching for|to find|(?:role|position|title|opening|job|vacancy) (?:is|(?<!(?:his|her|their|whose|['’]s) (?:job )?\w+ )w(?:ould|ill) be)|train as|trained as|recrutons|recherchons|cherchons|recrute|poste de|en tant que|suchen|zoeken|söker|søker|tìm|tuyển)(?: (?:a|an|the|our|this|my client's|their|its|một|vị trí|several|two|multiple|first|next|new|motivated|experienced|talented|en|ett|un|une|un·e|eine?|einen|een|ein·e|\d{1,3}))*\s+$/i;
// Where a title is the reader's own or the sender's, not the job's.
const NOT_THE_JOB =
  /(?:\bI(?:['’]ve| have)? (?:recently |just )?(?:moved|joined|switched|transferred)\b[^.!?;,\n]{0,60}(?<!\b(?:me|you|us|him|her|them) )\bas|\b[Yy]our (?:background|experience|work|time|role|career|tenure|current role|years?|profile) (?:as|at)|\byou(?:'re| are) (?:currently )?(?:a|an|the)|\byou(?:'re|’re| are) (?:still |currently |now )?(?:on|serving|working|employed)\b[^.!?;\n]{0,40}\bas|\bcurrently (?:a|an|the|working as)|\b(?:worked|working|served|serving) as|\byou(?:'ve| have) been (?:a|an)|\bI(?:'m| am)(?: [A-Z][a-z]+,)?(?: (?:the|a|an|our))?|\bI(?:'m|’m| am) [A-Z][\w\u00C0-\u024F'-]+(?: [A-Z][\w\u00C0-\u024F'-]+){0,2}(?:,| -| –| —)?(?: (?:the|a|an|our))?|\b(?:[Ss]oy|[Ss]ou|[Ss]ono|[Ss]unt|[Jj]estem|[Jj]sem)(?: [A-Z\u00C0-\u00DE][\w\u00C0-\u024F'-]+,)?(?: (?:el|la|o|a|il))?|\b(?:[Jj]e suis|[Ii]ch bin|[Ii]k ben|[Jj]ag är|[Jj]eg er)(?: [A-Z\u00C0-\u00DE][\w\u00C0-\u024F'-]+){0,3}(?:,| -| –| —)?(?: (?:le|la|l['’]|der|die|de|een|ein|eine|un|une))?|\b[Mm]y (?:name is [A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2},? )?(?:and I'm )?|(?:^|\n|[—–-] |[,!.] )[ \t]*[A-Z][\w'’-]+ here,|\b(?:[Cc]o-?founder|[Ff]ounder|[Cc]ofondat(?:eur|rice)|[Ff]ondat(?:eur|rice)|[Mm]itgründer(?:in)?|[Gg]ründer(?:in)?|[Mm]edeoprichter|[Oo]prichter|[Mm]edgrundare|[Gg]rundare|[Mm]edgründer|[Gg]ründer) (?:and|&|et|und|en|och|og))(?:\s+(?:a|an|the|our))?\s*$/;

/** Is the title at `at` a publication's name, "The …" after "in" or "for": "your piece in The Actuary"? By strings. */
function inAPublication(body: string, at: number): boolean {
  const lead = body.slice(Math.max(0, at - 8), at);
  return (
    (body.startsWith('The ', at) && (lead.endsWith(' in ') || lead.endsWith(' for '))) ||
    lead.endsWith(' in The ') ||
    lead.endsWith(' for The ')
  );
}

// The reader's own new standing, not a job: "Congratulations on qualifying as a Fellow (FASSA)". (Strings, not a
// pattern: this is asked of every title a message names.)
const NEW_STANDING = ['qualifying as', 'qualified as', 'being admitted as', 'being called as', 'your promotion to', 'being promoted to'];
function readersNewStanding(lead: string): boolean {
  let words = lead.toLowerCase().trimEnd();
  for (const article of [' a', ' an', ' the']) if (words.endsWith(article)) words = words.slice(0, -article.length);
  return NEW_STANDING.some((standing) => words.endsWith(standing));
}

// A person's name set after "our" and a title, between commas or before a dash: the title is theirs ("Our Head of
// Science, Anita Rāwiri, came back …"). Not a title's own part: "a Staff Software Engineer, Data Platform, reporting to me".
// Words of a team's or a field's name, which a person's name is not made of.
// (Beside FIELD_WORDS and UNIT_WORDS, which hold "data", "sales", "team" and the like.)
const TEAM_NAME_WORDS = new Set(['design', 'operations', 'payments', 'search', 'analytics', 'research', 'london', 'remote']);
// (Or the name ends the sentence: "The CFO, Alasdair Rennie. He'd read …".)
const PERSON_AFTER_TITLE =
  /^,? [A-Z\u00C0-\u00DE][a-z\u00DF-\u024F'’-]+ [A-Z\u00C0-\u00DE][a-z\u00DF-\u024F'’-]+(?:,| [-–—] | \(|\.(?:\s|$))/;
/** Whether a title is followed by a possessive's "'s": someone's, not the job. */
function possessed(body: string, phrase: { value: string; at: number }): boolean {
  const at = body.indexOf(phrase.value, phrase.at);
  const after = at < 0 ? '' : body.slice(at + phrase.value.length, at + phrase.value.length + 3);
  return (after.startsWith("'s") || after.startsWith('’s')) && !/[a-z]/i.test(after[2] ?? '');
}
function personAfter(body: string, phrase: { value: string; at: number }): boolean {
  const at = body.indexOf(phrase.value, phrase.at);
  return (
    at >= 0 &&
    // (Or "the": "Who would I be reporting to?" answered "The CFO, Alasdair Rennie."; not the one hired, "we're looking for
    // the Head of Sales, North America.")
    /\b(?:[Oo]ur|[Mm]y|[Tt]heir|[Hh]is|[Hh]er|[Tt]he)\s+(?:current\s+|new\s+|former\s+)?$/.test(body.slice(Math.max(0, at - 20), at)) &&
    !(/\b[Tt]he\s+$/.test(body.slice(Math.max(0, at - 5), at)) && compiled(ROLE_CONTEXT).test(body.slice(Math.max(0, at - 40), at))) &&
    compiled(PERSON_AFTER_TITLE).test(body.slice(at + phrase.value.length, at + phrase.value.length + 60)) &&
    // "our new Staff Software Engineer, Data Platform, reporting to me": a team's name, not a person's.
    !body
      .slice(at + phrase.value.length, at + phrase.value.length + 60)
      .split(/[ ,]+/)
      .slice(1, 3)
      .some((word) => [FIELD_WORDS, UNIT_WORDS, TEAM_NAME_WORDS].some((words) => words.has(word.toLowerCase())))
  );
}
// A greeting before a title addresses the reader by theirs: "Gentile Ingegnere Rossi", "Estimado Ingeniero", "Good
// morning Chef Anjali" (also after a chat line's sender and colon).
const ADDRESSED_AS =
  /(?:^|\n|:)[ \t]*(?:Dear|Hi|Hello|Hey|Good (?:morning|afternoon|evening)|Gentile|Egregi[oa]|Estimad[oa]|Prezad[oa]|Car[oa]|Querid[oa]|Geachte|Sehr geehrte[rn]?)\s+$/;

// A recruiter's own trade: a title the writer holds far more often than a job they offer.
const RECRUITING_TITLE =
  /\b(?:Recruiters?|Sourcers?|Talent (?:Acquisition|Partner|Scout)\w*|Recruitment (?:Consultant|Partner|Manager)s?|Headhunters?)\b/i;

/** The run of ASCII letters `text` starts with, lower case. */
function firstWord(text: string): string {
  let end = 0;
  while (end < text.length && (text.charCodeAt(end) | 32) >= 97 && (text.charCodeAt(end) | 32) <= 122) end++;
  return text.slice(0, end).toLowerCase();
}
// The words that make a name a unit of its organisation: "the Payments team".
const UNIT_WORDS = new Set(['team', 'teams', 'department', 'group', 'squad', 'org', 'unit', 'division', 'function', 'practice']);
const ROLE_LEAD_WORDS = [
  'full',
  'part',
  'temporary',
  'urgent',
  'trabajo de',
  'empleo de',
  'oferta de',
  'puesto de',
  'plaza de',
  'vaga ',
  'stelle ',
  'band ',
  'got ',
];
// Sales titles by their initials, spelled out.
const SPELLED_OUT = new Map([
  ['AE', 'Account Executive'],
  ['SDR', 'Sales Development Representative'],
  ['BDR', 'Business Development Representative'],
  ['RN', 'Registered Nurse'],
  ['LPN', 'Licensed Practical Nurse'],
  ['CNA', 'Certified Nursing Assistant'],
]);

/**
 * The job title: a labelled one, else the subject's, else the body's first in
 * a hiring context. With several unrelated jobs offered (`several`), only a
 * labelled or subject title names the one this message is about.
 */
/**
 * The title and the employer of a job alert's featured listing, read from its own lines: the title first, then
 * "Employer – Place" (Polish "Ministerstwo Cyfryzacji – Warszawa", where no English title noun is found). Each null
 * when its line does not look like one.
 */
export function listingLabels(listing: string): { role: string | null; company: string | null } {
  const lines = listing.split('\n').filter((line) => line.trim() !== '');
  // A title wrapped after its dash: "Senior Policy Advisor –" then "Climate Adaptation", the employer on the line after.
  const wrapped =
    lines.length >= 3 &&
    /\s[–—-]\s*$/.test(lines[0]!) &&
    // (Not a title with an empty field after its dash, the employer on the next line, its place on the one after.)
    !lines[2]!.includes(',') &&
    !endsInKindWord(lines[1]!.trim()) &&
    !/\b(?:Council|Ltd|Limited|Inc|LLC|PLC|GmbH|AG|SA|AS|AB|Oy|Trust)\.?$/.test(lines[1]!.trim());
  if (wrapped) lines.splice(0, 2, `${lines[0]!.trimEnd()} ${lines[1]!.trim()}`);
  let [first = '', second = ''] = lines.map((line) => cleanName(line.replace(/^[\s*#>•★☆⭐🔥-]+/u, '')));
  // Both on the first line: "Data Analyst – Kestrel Analytics Pvt Ltd", the place and terms on the next.
  // (Not a dash inside a bracket: "Customer Service Representative (Voice – US Healthcare Account)".)
  const sameLine = /^(.{3,80}?)\s+[–—|·]\s+(.{2,60})$/.exec(first);
  if (sameLine && !wrapped && !/\([^)]*$/.test(sameLine[1]!)) [first, second] = [sameLine[1]!, sameLine[2]!];
  const role =
    first.length >= 3 &&
    first.length <= 80 &&
    !/: [a-z]/.test(first) &&
    first.split(' ').length <= 8 &&
    !/[£$€¥₹]|\d[\d,.]{3,}/.test(first) &&
    (rolePhrases(first).length > 0 || namesAnOccupation(first))
      ? first
      : null;
  const employer = second.split(/\s+[–—·•|-]\s+/)[0]!.trim();
  // A site is no employer: "Sales Development Representative – Austin HQ".
  if (/ (?:HQ|Head Office|Office|Campus)$/.test(employer)) return { role, company: null };
  // A name's words are capitalised but for its joiners: "Stealth AI startup" describes, it names nothing.
  const named = employer.split(' ').every((word) => /^[A-Z\u00C0-\u00DE(&]/.test(word) || NAME_JOINER.has(word));
  const trimmed = named && employer.length <= 60 && !/\d/.test(employer) ? trimName(employer) : null;
  return { role, company: trimmed ? keepLegalDot(employer, trimmed) : null };
}

// A rank that names no field of its own.
const RANKS = new Set(['Director', 'Head', 'Manager', 'Vice President', 'VP', 'Lead']);
const RANK_LEVELS = new Set(['Senior', 'Associate', 'Assistant', 'Deputy', 'Executive']);

// Pronouns in lower case, in the languages read: a job's word after one is a verb's or a sentence's ("vi lærer dig alt").
const PRONOUNS = new Set('vi du dig deg dej jeg jag mig meg mej wir ich dich ik jij je nous vous tu we you i me'.split(' '));
const COLLEAGUE_BEFORE = () =>
  /\b(?:[Rr]eport(?:ing|s)? (?:in)?to|(?:he|she|they) (?:is|are)|(?:you(?:'d|’d|'ll|’ll| will| would) be )working with) (?:the |our |a |an |their )?$|\b(?:depender[áa]|depende|reportar[áa]|reporta|rattaché(?:e|\(e\))?|sous la responsabilité|berichtet|berichten|unterstellt|riporter[àa]|riporta|reportando|vai reportar|rapporterar|rapporterer)(?: (?:directamente|directement|direkt|direttamente|diretamente|direkte))? (?:del|de la|de l['’]|al|a la|au|à la|à l['’]|du|de|an den|an die|dem|der|alla|allo|ao|à|till|til)\s?$/i;
/**
 * Whether the words before a title make it a colleague's: "reporting to the Head Gardener", "where she is Principal
 * Investigator", "working with our Senior Investigators", "dependerá directamente del Director de Operaciones". (Speed
 * only: the pattern runs where one of its words is.)
 */
function colleaguesTitle(before: string): boolean {
  return (
    (COLLEAGUE_HINTS.some((hint) => before.includes(hint)) && compiled(COLLEAGUE_BEFORE).test(before)) ||
    ((before.includes('under ') || before.includes('alongside ') || before.includes(' our ') || before.includes(' their ')) &&
      compiled(UNDER_BEFORE).test(before))
  );
}
// A team's head the job sits under or beside: "a platform team of 6 under a new VP of Engineering". (Apart, so that a
// message saying neither word does not run it.)
const UNDER_BEFORE = () =>
  /\b(?:under (?:a |the |our |their )|alongside (?:a |the |our |their )?)(?:new |newly[- ]appointed )?$|\b(?:along|over|introduce you) to our $|\b(?:with|by) (?:you and )?(?:our|their) $/i;
const COLLEAGUE_HINTS = [
  'report',
  'Report',
  ' is ',
  ' with ',
  'depend',
  'rattach',
  'responsabilité',
  'bericht',
  'unterstellt',
  'riport',
  'rapport',
];
const MORE_OF_THEM = new Set([
  'fler',
  'flera',
  'flere',
  'mehrere',
  'weitere',
  'several',
  'more',
  'meer',
  'meerdere',
  'plusieurs',
  'varios',
  'varias',
  'vari',
  'kilku',
  'extra',
]);
// "And more" in the languages read, each "more" with its own "and", in lower case: "Weizen und Mais" is wheat and maize.
const AND_MORE = new Set([
  'and more',
  'y más',
  'y mas',
  'et plus',
  'und mehr',
  'e altro',
  'e altri',
  'e mais',
  'en meer',
  'och mer',
  'og mer',
  'i więcej',
  'ja muuta',
  'a další',
  // In a subject written in title case, where the pair is no crop: "Desarrollador Full Stack y Más".
  'and More',
  'y Más',
  'y Mas',
  'et Plus',
  'e Altro',
  'e Altri',
]);
/** A title without an "and more" after it. */
function withoutAndMore(title: string): string {
  const words = title.split(' ');
  return words.length >= 3 && AND_MORE.has(words.slice(-2).join(' ')) ? words.slice(0, -2).join(' ') : title;
}

// (Not "Band" or "Grade", which end titles of their own: "Director of Marching Band", "Maestro de Primer Grado".)
const LEVEL_WORDS = new Set(['Nivel', 'Nível', 'Level', 'Niveau', 'Stufe', 'Tier']);

/**
 * The job's title. A title that reads as a word or none is looked for again with the paragraph's lines joined where
 * a title was wrapped: "We are recruiting for a Financial\nAccountant to join …" ("Accountant" alone, before).
 */
/**
 * A title that opens a chat's bold words is all of them, as Malay and Indonesian write a title's noun first: "posisi
 * *Supervisor Gudang*", "*OPERATOR PENGELUARAN (LELAKI/PEREMPUAN)*" (without a bracket of genders or terms). One or two
 * words more at most. By strings: most messages have no bold.
 */
// Words after a title in bold that say something of it, not its part: wanted, urgently, "dicari" (sought), "segera" (soon).
const NOT_IN_BOLD_TITLE = new Set(
  'wanted needed required urgently urgent asap today now please in at with di untuk dicari dibutuhkan segera diperlukan kosong'.split(' '),
);
function wholeBold(found: string | null, body: string): string | null {
  // (Not in English, where the words after a title in bold say something of it: "*Barista Wanted*", "*Sales Executive in
  // Dubai*".)
  if (found === null || !body.includes(`*${found} `) || inEnglish(body)) return found;
  const from = body.indexOf(`*${found} `) + 1;
  const to = body.indexOf('*', from);
  if (to < 0) return found;
  const bold = body
    .slice(from, to)
    .replace(/\s*\([^()\n]*\)\s*$/, '')
    .trim();
  const more = bold.slice(found.length).trim().split(/\s+/);
  return bold.includes('\n') ||
    more.length > 2 ||
    !/^\p{L}/u.test(more[0] ?? '') ||
    more.some((word) => NOT_IN_BOLD_TITLE.has(word.toLowerCase()))
    ? found
    : bold;
}
// Words before a title that say how or where it is worked, not what it is: "a Remote Backend Engineer".
const NOT_TITLE_WORDS = new Set(
  'Remote Hybrid Onsite On-site Full-time Part-time Fulltime Parttime Contract Temporary Temp Permanent Interim Freelance New Great Exciting Urgent Local Immediate Open Our Your The This That Their Dear Hi Hello We Monday Tuesday Wednesday Thursday Friday Saturday Sunday Weekend'.split(
    ' ',
  ),
);
/**
 * The title as the body writes it in full, when it names the same title with capitalised words before it, mid-sentence:
 * a subject's "Shift Lead" as "We are hiring a Warehouse Shift Lead", "SDR role" as "I'm hiring a Senior Sales Development
 * Representative". At most two words, each capitalised and none a word of how the job is worked. By strings.
 */
function inFullInBody(role: string, body: string): string {
  for (let at = body.indexOf(` ${role}`); at >= 0; at = body.indexOf(` ${role}`, at + 1)) {
    const words = body.slice(Math.max(0, at - 40), at).split(' ');
    const before: string[] = [];
    while (before.length < 2 && words.length > 1) {
      const word = words.at(-1)!;
      if (!/^\p{Lu}[\p{Ll}]+$/u.test(word) || NOT_TITLE_WORDS.has(word)) break;
      before.unshift(word);
      words.pop();
    }
    // (Only after an article or a hiring verb: not a sentence's first word, nor a firm's name before the title; and not
    // the reader's own title, "you're currently an Assistant Store Manager".)
    const lead = words.at(-1) ?? '';
    const own = /\b(?:currently|you['’]re|you are|your|were|was|I['’]m|I am|been)\s*$/i.test(words.slice(-4, -1).join(' '));
    // (Not a plural heading of many openings, "hiring Enterprise Account Executives": the title found stays.)
    const end = at + 1 + role.length;
    if (body[end] === 's' && !/\p{L}/u.test(body[end + 1] ?? '')) continue;
    if (before.length > 0 && /^(?:a|an|the|our|hiring|recruiting)$/.test(lead) && !own) return `${before.join(' ')} ${role}`;
  }
  return role;
}

// Words a message writes where a title is kept back.
const HIDING_WORDS = new Set(['confidential', 'confidencial', 'confidentiel', 'confidentielle', 'confidenziale', 'vertraulich']);

/**
 * `text` in lower case, each character where it was: a capital I with a dot ("İç referans") lowers to "i" and a
 * combining dot, which is dropped.
 */
function lowerInPlace(text: string): string {
  const lower = text.toLowerCase();
  return lower.length === text.length ? lower : lower.replaceAll('\u0307', '');
}

// The words that open a sentence after a seniority's abbreviation, which the title's dot let it run into: "un Consultor
// SAP FICO Sr. Te comparto los detalles", "a Data Engineer Sr. We are …".
const OPENING_AFTER_ABBREVIATION = new Set(
  'Te Le Les Nos Se Me Lo La Os Si Es Somos Estamos Buscamos Tenemos We I You Please The This It'.split(' '),
);
/**
 * `role` without the dot of its last "Sr." or "Jr." where the message ends a sentence there, the dot the sentence's:
 * "una vaga aberta: Analista de Risco de Crédito Sr.", "un Consultor SAP FICO Sr. Te comparto …" (not "Desarrollador
 * Backend Sr. (Go)"). By strings.
 */
function atSentenceEnd(body: string, role: string | null): string | null {
  if (role === null || !(role.endsWith(' Sr.') || role.endsWith(' Jr.'))) return role;
  const at = body.indexOf(role);
  if (at < 0) return role;
  const next = body.slice(at + role.length, at + role.length + 2);
  return next === '' || next[0] === '\n' || (next[0] === ' ' && next[1]! >= 'A' && next[1]! <= 'Z') ? role.slice(0, -1) : role;
}
/** `role` without a next sentence's first word after its "Sr." or "Jr.". By strings. */
function withoutNextSentence(role: string | null): string | null {
  if (role === null || !(role.includes('r. ') || role.includes('Ssr. '))) return role;
  const space = role.lastIndexOf(' ');
  const before = role.slice(0, space);
  return (before.endsWith(' Sr.') || before.endsWith(' Jr.') || before.endsWith(' Ssr.')) &&
    OPENING_AFTER_ABBREVIATION.has(role.slice(space + 1))
    ? before
    : role;
}

export function findRole(subject: string | undefined, body: string, several = false): string | null {
  const inWords = findRoleInWords(subject, body, several);
  const widened = wholeBold(withSecondField(withFieldAfter(inWords, subject, body), body), body);
  // (Written in full in the body, where nothing else widened it.)
  const found = widened !== null && widened === inWords ? inFullInBody(widened, body) : widened;
  // (Without the quotation marks a title may stand in: "Позиция „Главен счетоводител“"; nor Dutch "at once" before it,
  // "Per direct orderpickers (m/v) gezocht".)
  const unquoted =
    found !== null && '„"“«'.includes(found[0]!) && '“”"»'.includes(found.at(-1)!) ? found.slice(1, -1).trim() || null : found;
  const direct = unquoted?.startsWith('Per direct ') ? unquoted.slice('Per direct '.length) : unquoted;
  // (Nor a German date's month and the article after it: "Wir suchen ab Juni einen Elektroniker".)
  const trimmed =
    direct === null || !direct.includes(' eine')
      ? direct
      : (/^(?:[\p{Lu}][\p{Ll}]+ )?(?:einen|eine|einer|einem) (\p{Lu}.*)$/u.exec(direct)?.[1] ?? direct);
  // (A pronoun is no title; the one it is sought as may follow: "Wir suchen jemanden, der als Lead Data Engineer …".)
  const sought = trimmed !== null && SOMEONE.has(trimmed.toLowerCase()) ? soughtAs(body, trimmed) : trimmed;
  const role = atSentenceEnd(
    body,
    withoutNextSentence(withoutLowerTail(withoutWorkMode(withoutNordicUnit(withoutHiringVerb(withoutSlotWords(sought)))))),
  );
  // (Turkish "hk." is "regarding": "Görüşme daveti hk.")
  const key = role === null ? undefined : lowerInPlace(role).replace(' hk.', '').replace(' hk', '');
  if (role !== null && key !== undefined && GENERIC_OFFER.has(key))
    return (body.includes(' olarak ') ? turkishJoinAs(body) : null) ?? afterGenericOffer(role, subject, body);
  if (role === null && subject !== undefined) {
    const lowSubject = lowerInPlace(subject);
    const generic = [...GENERIC_OFFER].find((words) => lowSubject.includes(words));
    if (generic !== undefined) return afterGenericOffer(generic, subject, body);
  }
  // (A link is no title: "View job: https://….myworkdayjobs.com/External/job/…".)
  if (role !== null && (role.includes('://') || role.startsWith('www.'))) return null;
  // (Nor a word that hides it: "Posición: Confidencial".)
  if (role !== null && HIDING_WORDS.has(role.toLowerCase())) return null;
  // (Nor a requirement a hiring verb opened: "Buscamos pelo menos 5 anos de experiência com backend".)
  if (role !== null && REQUIREMENT_OPENINGS.some((words) => role.toLowerCase().startsWith(words))) return null;
  // (Without a text's "for" after it, "Operador(a) de Loja p/ a nova loja", or a French subject's "post of" before it,
  // "Poste de Responsable de magasin".)
  if (role?.endsWith(' p/')) return role.slice(0, -3);
  if (role?.startsWith('Poste d') && /^Poste (?:de |d['’])\p{Lu}/u.test(role)) return role.slice(role.startsWith('Poste de ') ? 9 : 8);
  // (Nor a text's "reply", "Rep OUI", nor a place the hiring is for, "on recrute au bloc".)
  if (role === 'Rep' && /\bRep (?:OUI|YES|SI|SIM)\b/.test(body)) return null;
  if (role !== null && (role.startsWith('au ') || role.startsWith('aux ') || role.startsWith('à la '))) return null;
  return (
    role ??
    (body.includes('tehtäv') || subject?.includes('tehtäv') ? finnishTask(`${subject ?? ''}\n${body}`) : null) ??
    alertSubjectTitle(subject, body) ??
    (body.includes(' olarak ') ? turkishJoinAs(body) : null) ??
    (body.includes(' alımı ') ? turkishRecruiting(body) : null) ??
    (body.includes('(a)') || body.includes('(o)') ? findRoleUnmarked(subject, body, several) : null) ??
    (body.includes(' als ') || DUTCH_POST_WORDS.some((word) => body.includes(word)) ? dutchPostAs(body) : null) ??
    (FRENCH_SEEKING_WORDS.some((word) => body.includes(word)) ? frenchSought(body) : null)
  );
}

// French "we are looking for", "is looking for", "is hiring", and the job after it in lower case, written for all
// genders as Quebec and France write it: "ils cherchent un·e développeur·euse back-end, surtout Kotlin", "je cherche une ou
// un ingénieur·e logiciel senior — infra de recherche —", "à la recherche d'un(e) Conseiller(ère) en finances
// personnelles pour …". A job only by its first word, a job's noun (occupations.ts).
const FRENCH_SEEKING_WORDS = ['cherch', 'recherch', 'recrut', 'embauch'];
const FRENCH_SOUGHT = () =>
  /(?:\bcherch(?:e|ent|ons)|\brecherch(?:e|ent|ons)|à la recherche|\brecrut(?:e|ent|ons)|\bembauch(?:e|ent|ons))\s+(?:d['’])?(?:une? ou une? |un·e |un\(e\) ?|une? |des )?(\p{L}+(?:·\p{Ll}+|\((?:e|ère|euse|rice|ne|se)\))?(?:[ -](?!(?:pour|pr|chez|qui|afin|avec|dans|au|aux|à|sur|et|ou|sous|dès|pis|surtout|car|mais|comme|nos|notre|vos|votre|nous|leur|leurs)(?![\p{L}]))[\p{L}\d’'.-]*[\p{L}\d](?:·\p{Ll}+|\((?:e|ère|euse|rice|ne|se)\))?){0,5})/u;
/** The job a French sentence seeks, by its noun (see FRENCH_SOUGHT), or null. */
function frenchSought(body: string): string | null {
  const m = compiled(FRENCH_SOUGHT).exec(body);
  if (!m) return null;
  const title = m[1]!.replace(/ (?:de|d['’]|du|des|en|le|la|les)$/, '');
  const noun = title.split(/[ -]/)[0]!.replace(/·\p{Ll}+$|\([^()]*\)$/u, '');
  return isOccupationWord(noun) ? title : null;
}

// A requirement's first words, "at least", in the languages read: no title starts with them.
const REQUIREMENT_OPENINGS = [
  'pelo menos ',
  'al menos ',
  'por lo menos ',
  'no mínimo ',
  'at least ',
  'au moins ',
  'almeno ',
  'mindestens ',
];
// A Spanish or Portuguese sentence's hiring verb that a first line read as a subject leaves before the title: "Estamos
// buscando cocinero de línea para el turno noche, de martes a sábado".
const HIRING_VERB_LEADS = [
  'Estamos buscando',
  'Estamos contratando',
  'Estamos procurando',
  'Buscamos',
  'Necesitamos',
  'Contratamos',
  'Seleccionamos',
  'Incorporamos',
  'Precisamos de',
  'Procuramos',
  // (And Italian's and Catalan's: "Stiamo cercando OPERATORI TELEFONICI", "Busquem cambrers".)
  'Stiamo cercando',
  'Cerchiamo',
  'Ricerchiamo',
  'Busquem',
  'Estem buscant',
  // (And the impersonal "is sought", shouted too: "SE BUSCAN HOUSEKEEPERS / CAMARISTAS".)
  'Se busca',
  'Se buscan',
  'SE BUSCA',
  'SE BUSCAN',
  'Se solicita',
  'Se solicitan',
  'SE SOLICITA',
  'SE SOLICITAN',
  'Se necesita',
  'Se necesitan',
  'SE NECESITA',
  'SE NECESITAN',
];
const ARTICLES_AFTER_A_HIRING_VERB = ['un', 'una', 'uma', 'um', 'a', 'o', 'uno', "un'"];
/** A title without the Czech, Slovak or Polish "for the position of" before it: "na pozici řidič C+E". By strings. */
function withoutSlotWords(role: string | null): string | null {
  const slot = role === null ? undefined : SLOT_WORDS.find((words) => role.startsWith(words));
  return role === null || slot === undefined || role.length <= slot.length + 2 ? role : role.slice(slot.length);
}
// (And Portuguese "of a", before a title sought: "a busca de um(a) Diretor(a) Comercial".)
const SLOT_WORDS = [
  'na pozici ',
  'na pozíciu ',
  'na pozycję ',
  'na pozycje ',
  'na stanowisko ',
  'na místo ',
  'na miesto ',
  'de um(a) ',
  'de uma ',
  'de um ',
  // (And German "at once", shouted before a title marked for all genders: "Wir suchen AB SOFORT Pflegehelfer (m/w/d)".)
  'AB SOFORT ',
  'Ab sofort ',
  'ab sofort ',
];
/**
 * A title shouted in capitals, without the words in lower case that run on after it: "OPERADORES DE PRODUCCIÓN ambos
 * turnos", "AGENTES COMERCIALES telefónicos en toda España". (Two words in capitals at least, then a word in lower case.)
 * By characters.
 */
function withoutLowerTail(role: string | null): string | null {
  if (role === null || role.length < 8 || role[0]!.toLowerCase() === role[0]) return role;
  const words = role.split(' ');
  let caps = 0;
  while (
    caps < words.length &&
    words[caps]!.length > 0 &&
    words[caps] === words[caps]!.toUpperCase() &&
    words[caps]!.toLowerCase() !== words[caps]
  )
    caps++;
  // (Words, not abbreviations: "SAP FICO consultant" is a title in two cases.)
  if (caps < 2 || caps >= words.length || words[0]!.length < 4 || words.slice(0, caps).filter((word) => word.length >= 4).length < 2)
    return role;
  // (The next word in lower case: a tail, not a title in two cases, "SENIOR Java Developer".)
  const next = words[caps]!;
  // (Nor a head noun in lower case: "CLINICAL NURSE specialist", "CUSTOMER SERVICE representative".)
  return next === next.toLowerCase() && next.toUpperCase() !== next && !isOccupationWord(next) ? words.slice(0, caps).join(' ') : role;
}
/**
 * A title without the way it is worked, written after it in capitals as an advert shouts it: "Assistente de Vendas Online
 * HOME OFFICE", "Customer Support REMOTE". By strings.
 */
function withoutWorkMode(role: string | null): string | null {
  const mode = role === null ? undefined : WORK_MODES_AFTER.find((words) => role.endsWith(words));
  return role === null || mode === undefined || !role.slice(0, -mode.length).includes(' ') ? role : role.slice(0, -mode.length);
}
const WORK_MODES_AFTER = [' HOME OFFICE', ' REMOTO', ' REMOTE', ' HÍBRIDO', ' HYBRID', ' PRESENCIAL', ' TELETRABAJO'];
/** A title without the hiring verb (and its article) before it, when the title read begins with one. By strings. */
function withoutHiringVerb(role: string | null): string | null {
  const lead = role === null ? undefined : HIRING_VERB_LEADS.find((verb) => role.startsWith(`${verb} `));
  if (role === null || lead === undefined) return role;
  const words = role.slice(lead.length + 1).split(' ');
  if (words.length > 1 && ARTICLES_AFTER_A_HIRING_VERB.includes(words[0]!)) words.shift();
  return words.join(' ') || role;
}

// The words for a unit of an organisation a Danish, Norwegian or Swedish job is "in" ("i"), in their lower-case forms.
const NORDIC_UNIT_WORDS = [
  'seksjon',
  'sektion',
  'afdeling',
  'avdeling',
  'avdelning',
  'enhet',
  'enhed',
  'team',
  'gruppe',
  'grupp',
  'kontor',
  'stab',
];
/**
 * A Nordic title in lower case without the unit or the place it is in: "socialrådgiver i Familieafdelingen",
 * "seniorrådgiver i seksjon for havneplanlegging". A field stays: "lektor i dansk", "rådgiver i HR", "konsulent i SAP".
 */
function withoutNordicUnit(role: string | null): string | null {
  const at = role?.indexOf(' i ') ?? -1;
  if (role === null || at <= 0 || !/^\p{Ll}/u.test(role)) return role;
  const before = role.slice(0, at);
  const after = role.slice(at + 3);
  if (before.split(' ').length > 2) return role;
  // (A unit by its word, alone or in a compound, "i Familieafdelingen", or a town: not a field, "rådgiver i HR".)
  const next = after.split(' ')[0]!;
  const low = next.toLowerCase();
  return NORDIC_UNIT_WORDS.some((unit) => low.startsWith(unit) || low.includes(`${unit}en`)) || isKnownPlace(next) ? before : role;
}

// Finnish "the task of": a job in the genitive before it, "sosiaalityöntekijän tehtävästä", or named after "to the task",
// "henkilöä tehtävään myyntipäällikkö".
const FINNISH_TASK = () => /(?<![\p{L}])(?:(\p{L}[\p{L}-]{3,})n tehtäv(?:ä|ään|ästä|ässä|iin)(?![\p{L}])|tehtävään (\p{L}[\p{L}-]{3,}))/u;
/** The job a Finnish message names by "tehtävä" (task), when a job's noun names it. */
function finnishTask(text: string): string | null {
  const m = compiled(FINNISH_TASK).exec(text);
  const word = m?.[1] ?? m?.[2];
  return word !== undefined && isOccupationWord(word) ? word : null;
}

// A Dutch post "as" a job: "een mooie vaste plek als IC-verpleegkundige bij het Zuiderzee Ziekenhuis", "een functie als
// planner". The job's words up to "bij", "in", "voor", a comma or the sentence's end, when they name a job.
// (And "the role of", "the internal vacancy", a title in capitals: "Voor de rol van Projectmanager Netaansluitingen", "de
// interne vacature Teamleider Klantenservice"; "I am looking for … a", "Ik zoek per mei een sous-chef"; "wanted" after
// the job, "ORDERPICKER GEZOCHT".)
// (And Afrikaans, "we seek a", "looking for a", "the post is": "Ons soek 'n Produksiebestuurder wat …", "ons soek 40
// VERKOOPSVERTEENWOORDIGERS in die Wes-Kaap", "Die pos is Programbestuurder: Volwasse Geletterdheid, 'n 3-jaar kontrak".)
const DUTCH_POST_AS = () =>
  /\b(?:plek|plaats|functie|baan|rol|positie|vacature)\s+als\s+([\p{L}-]+(?:\s+[\p{L}-]+){0,3}?)(?=\s+(?:bij|in|voor|te|op|met|die|dat|en)\b|\s*[,.!?;:]|\s*$)|\b(?:de|het) (?:rol|functie|positie) van (\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*){0,3})(?=\s*[,.!?;:]|\s+(?:bij|in|voor|hanteren|is|zijn|wordt)\b)|\b(?:interne|nieuwe) vacature (\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*){0,3})(?=\s*[,.!?;:]|\s+(?:bij|in|voor|is|opengezet|geplaatst)\b)|\b(?:[Ii]k|[Ww]e|[Ww]ij) zoek(?:en)? (?:(?:per|vanaf) \p{L}+ |per direct |nu |dringend )?een ([\p{L}-]+(?: [\p{L}-]+)?)(?=\s*[,.!?;:]|\s+(?:voor|in|bij|met|die|dat)\b)|(?:^|\n|[.!?:] )[^\p{L}\n]{0,4}(?:[Pp]er direct |PER DIRECT )?(\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*)?) (?:GEZOCHT|gezocht)\b|\b(?:[Oo]ns|[Ee]k) soek (?:dringend |tans |nou )?(?:'n |\d{1,3} )(\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*){0,3})(?=\s*[,.!?;:(]|\s+(?:vir|in|by|met|wat|om|van|op)\b)|\bop soek na 'n (\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*){0,3})(?=\s*[,.!?;:(]|\s+(?:vir|in|by|met|wat|om|van|op)\b)|\b[Dd]ie pos is (\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*){0,3}(?:: \p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*){0,2})?)(?=\s*[,.;]|\s+by\b)/gu;
// The endings of Dutch jobs' compounds: a project manager, an order picker, a team leader, a staff member.
const DUTCH_JOB_ENDINGS = [
  'manager',
  'picker',
  'leider',
  'medewerker',
  'chef',
  'monteur',
  'planner',
  'adviseur',
  'engineer',
  'analist',
  'verpleegkundige',
  'consultant',
  'developer',
  'ontwikkelaar',
  'coördinator',
  'specialist',
  'assistent',
  'operator',
  'chauffeur',
  'schilder',
  'timmerman',
  'kok',
  // (And Afrikaans's: a manager, a representative, a technician.)
  'bestuurder',
  'verteenwoordiger',
  'tegnikus',
  'operateur',
];
const DUTCH_POST_WORDS = [
  ' rol van ',
  ' functie van ',
  ' positie van ',
  'interne vacature ',
  'nieuwe vacature ',
  ' zoek',
  ' soek ',
  'Die pos is ',
  'GEZOCHT',
  ' gezocht',
];
function dutchPostAs(body: string): string | null {
  // (The first of a few that names a job: "Versterking gezocht. We hebben een plek als allround monteur …".)
  let tries = 0;
  for (const m of body.matchAll(compiled(DUTCH_POST_AS))) {
    if (++tries > 5) break;
    const title = dutchPostTitle(m);
    if (title !== null) return title;
  }
  return null;
}
function dutchPostTitle(m: RegExpMatchArray): string | null {
  // (The newer wordings name a job only by a job's word, whole or ending a compound: "Projectmanager", "ORDERPICKER".)
  if (m[1] === undefined) {
    const title = m[2] ?? m[3] ?? m[4] ?? m[5] ?? m[6] ?? m[7] ?? m[8]!;
    const words = title.toLowerCase().split(/[\s:-]+/);
    // (Also in the plural: "ORDERPICKERS".)
    const ending = (word: string) => DUTCH_JOB_ENDINGS.some((end) => word.endsWith(end) || word.endsWith(`${end}s`));
    return namesAnOccupation(title) || words.some(ending) ? title : null;
  }
  const title = m[1];
  const last = title.split(/[\s-]+/).pop()!;
  return namesAnOccupation(title) || isOccupationWord(last.toLowerCase()) || rolePhrases(title).length > 0 ? title : null;
}

// A gender's ending in brackets inside a word: "Engenheiro(a) de Dados Sênior", "Desenvolvedor(a) React Native".
const GENDER_ENDING = () => /(?<=\p{Ll})\((?:a|as|o|os)\)(?=[\s,./]|$)/gu;

/**
 * A title whose words carry a gender's ending the title rules do not read, looked for again without it ("Engenheiro
 * de Dados Sênior"). Only when nothing else was found: most messages' titles need no second look.
 */
function findRoleUnmarked(subject: string | undefined, body: string, several: boolean): string | null {
  const unmarked = body.replace(compiled(GENDER_ENDING), '');
  return unmarked === body ? null : findRoleInWords(subject?.replace(compiled(GENDER_ENDING), ''), unmarked, several);
}

const WORDS_AFTER_A_HEADS_AND = new Set([
  'I',
  'We',
  'You',
  'They',
  'He',
  'She',
  'It',
  'Our',
  'My',
  'Your',
  'The',
  'This',
  'That',
  'If',
  'Let',
]);

/**
 * A head's title with the second field it heads, joined by "&": "Head of Financial Planning & Analysis", "Director of
 * Research & Development" (the title runs stop at the "&"). By strings: every title passes here.
 */
function withSecondField(title: string | null, body: string): string | null {
  if (title === null || !title.includes(' of ') || !/^(?:Head|Director|VP|Vice President|Chief|Manager|Lead) of /.test(title)) return title;
  const at = body.indexOf(`${title} & `);
  if (at < 0) return title;
  const next = /^[A-Z][\w-]*(?: [A-Z][\w-]*)?/.exec(body.slice(at + title.length + 3))?.[0];
  // (A field, not the sentence going on: "Head of Engineering & I think you'd …", "Head of Data & We would …".)
  if (next === undefined || WORDS_AFTER_A_HEADS_AND.has(next.split(' ')[0]!)) return title;
  return `${title} & ${next}`;
}

// The fields a title names after a dash, a comma or a space: "Sr. Associate – KYC Operations", "Manager, AML Investigations",
// "Account Executive, Mid-Market". (The field's last word: a place, an employer or a contract's term is none.)
const FIELD_LAST_WORDS = new Set(
  'Operations Investigations Accounts Finance Sales Marketing Engineering Compliance Risk Audit Payroll Treasury Tax Legal Procurement Logistics Quality Security Analytics Platform Infrastructure Mid-Market Enterprise SMB Commercial Credit Underwriting Claims Success Support Partnerships Growth Projects Facilities Maintenance Production Planning Reporting Controlling Research Strategy Investments Onboarding Recruitment Acquisition Payments Lending Collections Accounting Payable Receivable'.split(
    ' ',
  ),
);
const TITLE_FIELD_WORDS = new Set(
  'of and & Fleet Supply Chain Customer Product Data Private Client Corporate Retail Global Regional Financial Services Key Business Development Talent Digital Cloud Network Field Trade Group Internal Inside Channel Strategic Revenue Wealth Investment Asset Fraud Crime Intercompany'.split(
    ' ',
  ),
);
// The initialisms of fields, not of firms ("IBM Cloud Sales", "HSBC Operations" name an employer).
const FIELD_INITIALISMS = new Set(
  'KYC AML CDD HR IT QA QC HSE EHS SMB B2B B2C CRM ERP R&D AP AR GL M&A ESG ML AI BI UX UI FP&A SOC GRC IAM PMO'.split(' '),
);
const FIELD_AFTER = () =>
  /^(?: [–—-] |, | )((?:[A-Z][\w&/-]*|of|and|&)(?: (?:[A-Z][\w&/-]*|of|and|&)){0,3})(?=\s*(?:$|\n|\||\(|[.;!?]|(?:for|to|role|req|position|job|opening|at|in|with|on)\b))/;
/**
 * A title the message writes with its field after a dash or a comma, "We are hiring a Sr. Associate – KYC Operations for
 * …", is that whole title, where the field's last word names one (FIELD_LAST_WORDS). By strings first: every title
 * passes here.
 */
function withFieldAfter(title: string | null, subject: string | undefined, body: string): string | null {
  if (title === null || title.includes(' – ') || title.includes(', ')) return title;
  for (const text of [subject ?? '', body]) {
    for (let at = text.indexOf(title); at >= 0; at = text.indexOf(title, at + 1)) {
      const next = text.slice(at + title.length, at + title.length + 3);
      // (Or after a space, as some write it: "Team Lead Intercompany Accounting", "Specialist Accounts Payable".)
      if (next !== ' – ' && next !== ' — ' && next !== ' - ' && !next.startsWith(', ') && !/^ [A-Z]/.test(next)) continue;
      const field = compiled(FIELD_AFTER).exec(text.slice(at + title.length, at + title.length + 60));
      // (Every word a field's or an initialism, "KYC Operations": not a firm's name, "Account Executive – Quarrystone Security".)
      const words = field?.[1]?.split(' ') ?? [];
      // (Two words or more, or a hyphened one: a team's one word is no field of the title, "Principal PM – Growth role".)
      if (
        field &&
        (words.length >= 2 || words[0]!.includes('-')) &&
        FIELD_LAST_WORDS.has(words.at(-1)!) &&
        words.every((word) => FIELD_LAST_WORDS.has(word) || TITLE_FIELD_WORDS.has(word) || FIELD_INITIALISMS.has(word))
      )
        return `${title}${field[0]}`;
    }
  }
  return title;
}

// Turkish "join our team as X": "Kıdemli iOS Geliştirici olarak ekibimize katılmanızı çok isteriz".
const TURKISH_JOIN_AS = () =>
  /((?:\p{Lu}[\p{L}\d.+#/-]*|iOS|macOS)(?: (?:\p{Lu}[\p{L}\d.+#/-]*|iOS|macOS|ve)){0,5}) olarak (?:ekibimize|ekibimizde|aramıza|takımımıza|şirketimize|bize) katıl/u;
/** The capitalised title before "olarak ekibimize katıl…" (join our team as), or none. */
// Turkish "we are recruiting X": "DEPO PERSONELİ alımı yapıyoruz", "Satış Temsilcisi alımı yapılacaktır".
const TURKISH_RECRUITING = () =>
  /((?:\p{Lu}[\p{L}\d.+#/-]*)(?: (?:\p{Lu}[\p{L}\d.+#/-]*|ve))*) alımı (?:yapıyoruz|yapılacaktır|yapmaktayız|yapacağız|yapılıyor)/u;
/**
 * The capitalised title before "alımı yapıyoruz" (we are recruiting), up to five words, when it names a job ("alımı" is
 * also a purchase: "Hurda Metal alımı yapmaktayız"), or none.
 */
function turkishRecruiting(body: string): string | null {
  const words = compiled(TURKISH_RECRUITING).exec(body)?.[1]?.split(' ');
  if (words === undefined) return null;
  // (From after the place or the team it is for, a word in the dative of "our": "İstanbul Şubemize", "Ekibimize".)
  let after = -1;
  words.forEach((word, i) => {
    if (/(?:m[ıiuü]z[ae])$/u.test(word.toLocaleLowerCase('tr'))) after = i;
  });
  const title = words.slice(Math.max(after + 1, words.length - 5)).join(' ');
  return title !== '' && namesAnOccupation(title.toLocaleLowerCase('tr')) ? title : null;
}

function turkishJoinAs(body: string): string | null {
  // (Not the pronoun before it: "Sizi Backend Developer olarak aramıza katılmaya davet ediyoruz".)
  const title = compiled(TURKISH_JOIN_AS)
    .exec(body)?.[1]
    ?.replace(/^(?:Sizi|Seni|Sizin|Senin) /, '');
  return title && title !== 'Sizi' && title !== 'Seni' ? title : null;
}

const SOMEONE = new Set([
  'jemanden',
  'jemand',
  "quelqu'un",
  'quelqu’un',
  'alguien',
  'alguém',
  'qualcuno',
  'iemand',
  'någon',
  'nogen',
  'noen',
  'kogoś',
  'někoho',
  'someone',
  'somebody',
]);
/** The capitalised title after "als", "as", "comme", "como" or "jako" after a pronoun the message seeks, or none. */
function soughtAs(body: string, pronoun: string): string | null {
  const at = body.indexOf(pronoun);
  if (at < 0) return null;
  const m = /\b(?:als|as|comme|como|come|jako)\s+((?:\p{Lu}[\p{L}\d/+#.-]*)(?: (?:\p{Lu}[\p{L}\d/+#.-]*|of|de|di)){0,5})/u.exec(
    body.slice(at + pronoun.length, at + pronoun.length + 80),
  );
  return m ? m[1]!.replace(/ (?:of|de|di)$/, '') : null;
}
// A subject's words for "a job offer", which name no job: "Ponuka pracovného miesta – Samostatný účtovník".
const GENERIC_OFFER = new Set([
  // Serbian, in both its alphabets: "a job advert".
  'оглас за посао',
  'оглас за запослење',
  'oglas za posao',
  'ponuka pracovného miesta',
  'pracovná ponuka',
  'ponuka práce',
  'nabídka práce',
  'pracovní nabídka',
  'nabídka pracovního místa',
  'oferta pracy',
  'oferta de trabajo',
  'oferta de emprego',
  'job offer',
  'job opportunity',
  'darbo pasiūlymas',
  'állásajánlat',
  'zaposlitev',
  'ponudba za delo',
  // Turkish "interview invitation" and "job offer": "Konu: Görüşme daveti hk. – Satın Alma".
  'görüşme daveti',
  'mülakat daveti',
  'iş teklifi',
  // A Latin American public body's "call to a public competition": "Llamado a Concurso Público – Profesional Grado 9°".
  'llamado a concurso público',
  'llamado a concurso',
  'concurso público',
  // Turkish "internal referral": "Konu: İç referans – Kredi Risk Analisti" (and typed without its letters, "Ic referans").
  'iç referans',
  'ic referans',
  // French "offer" and "replacement" heading a subject: "Objet : Proposition – conducteur de travaux", "Remplacement en
  // mathématiques – Institut Saint-Aubain".
  'proposition',
  'remplacement',
  // A referral programme's subject: "RV: Programa de referidos – Actuario/a Senior".
  'programa de referidos',
  'referral program',
  'referral programme',
  // (What is left of "Oferta de trabajo" once its lead word is taken off.)
  'de trabajo',
  'de empleo',
  'de emprego',
]);
/**
 * The subject's part after a generic offer's words, "… – Samostatný účtovník / Samostatná účtovníčka", when it names a
 * job: a job's noun, or a word of it the body says too (by its first six letters: "Računovodja" and "zaposlimo
 * računovodjo").
 * Not a place: "Oferta de trabajo – Madrid centro".
 */
function afterGenericOffer(generic: string, subject: string | undefined, body: string): string | null {
  const at = subject === undefined ? -1 : lowerInPlace(subject).indexOf(lowerInPlace(generic));
  if (subject === undefined || at < 0) return null;
  const rest = /^\s*[–—:|-]\s*([^–—|\n]{3,80})/.exec(subject.slice(at + generic.length));
  // (Without a place after a comma: "Mechatronik / Mechatronička, Trnava".)
  // (Nor a reference after a slash, "/ İlan No: KR-2025-0417", nor what a bracket adds, a unit, a place or a contract:
  // "Kredi Risk Analisti (Ticari Bankacılık)".)
  const part = rest?.[1]
    ?.replace(/\s+\/\s+[^/]*\d[^/]*$/, '')
    .replace(/\s+\/\s+(\p{Lu}\p{L}+)\s*$/u, (whole, word: string) => (isKnownPlace(word) ? '' : whole))
    .replace(/\s*\([^()]*\)$/, '')
    .trim()
    .replace(/, \p{Lu}\p{L}+(?: \p{Lu}\p{L}+)?$/u, '');
  if (!part) return null;
  const first = part.split(/[\s/]/)[0]!.toLowerCase();
  const places = placesNamed(`${subject}\n${body}`);
  if (places.has(part.toLowerCase()) || places.has(first) || WELL_KNOWN_PLACE.has(caseFold(part.split(' ')[0]!))) return null;
  const low = body.toLowerCase();
  const saidAgain = part
    .toLowerCase()
    .split(/[\s/]+/)
    .some((word) => word.length >= 5 && low.includes(word.slice(0, 6)));
  return namesAnOccupation(part) || saidAgain ? part : null;
}

/**
 * A job alert's title, named after the subject's colon and again, alone, on a listing's line of the body (its
 * employer's line under it), in any language and case: "Nová ponuka pre Vás: Mzdová účtovníčka / Mzdový účtovník –
 * Žilina" and "Mzdová účtovníčka / Mzdový účtovník\nPovažská strojárenská, a.s. · Žilina". Asked only when no other rule
 * finds a title. By strings, not a pattern.
 */
function alertSubjectTitle(subject: string | undefined, body: string): string | null {
  const colon = subject?.lastIndexOf(': ') ?? -1;
  if (subject === undefined || colon < 0) return null;
  // (Only in a job alert: "Invitation: Intro call with Dana" over a calendar's "Intro call with Dana" names no job.)
  const low = `${subject}\n${body}`.toLowerCase();
  if (!JOB_ALERT_WORDS.some((words) => low.includes(words))) return null;
  const title = subject
    .slice(colon + 2)
    .split(/ [–—|-] /)[0]!
    .trim();
  if (title.length < 3 || title.length > 80) return null;
  const wanted = title.toLocaleLowerCase();
  const lines = body.split('\n');
  for (let i = 0; i + 1 < lines.length && i < 400; i++) {
    if (lines[i]!.trim().toLocaleLowerCase() === wanted && lines[i + 1]!.trim() !== '') return title;
  }
  return null;
}

function findRoleInWords(subject: string | undefined, body: string, several: boolean): string | null {
  const asWritten = findRoleAsWritten(subject, body, several);
  // (Without a French article elided before it: "d'Ingénieur Commercial Grands Comptes".)
  // (By strings, not a pattern: every message's title passes here.)
  const third = asWritten?.[2] ?? '';
  const elided =
    asWritten !== null &&
    'dlDL'.includes(asWritten[0] ?? '_') &&
    (asWritten[1] === "'" || asWritten[1] === '’') &&
    third !== third.toLowerCase();
  const found = elided ? asWritten.slice(2) : asWritten;
  // A job noun given a Slavic case ending: "szukamy Senior Java Developera", "tražimo Frontend Developera", "tražimo
  // Senior QA inženjera".
  const role = found?.endsWith('a') && compiled(SLAVIC_CASE_OF_TITLE_NOUN).test(found) ? found.slice(0, -1) : found;
  // (A title ending in "de" or "of" was cut too: "Jefe de".)
  // (Nor one that opens a line, the words before it perhaps its first: "We are hiring a Staff" over "Product Designer at …".)
  // (Or one in a headline's or a signature's fields, "Arnau Vidal · Head of Design · Marea Health", the writer's own.)
  const opensALine =
    role != null && (body.includes(`\n${role}`) || body.includes(`> ${role}`) || body.includes(`· ${role}`) || body.includes(`| ${role}`));
  if (role?.includes(' ') && !/ (?:de|of|di|du|da|do|der|des)$/.test(role) && !opensALine) return role;
  // (Only then: most messages' titles are whole, and this pattern need not run on them.)
  const unwrapped = body.includes('\n') ? body.replace(compiled(WRAPPED_TITLE), '$1$2 ') : body;
  if (unwrapped === body) return role;
  const joined = findRoleAsWritten(subject, unwrapped, several);
  // (Or a title only the joined lines hold, which the rules take before the one found: "I'm hiring an Engineering" over
  // "Manager for our squad, working with our CTO".)
  return joined !== null && (role === null || ` ${joined} `.includes(` ${role} `) || atAWrap(joined, body, unwrapped))
    ? joined
    : (role?.replace(/ (?:de|of|di|du|da|do|der|des)$/, '') ?? null);
}
// A line of a paragraph that ends in the capitalised words of a title, after an article or "for"/"as", and a next line
// that goes on with a capitalised word and a lower-case one: the line break is inside the title.
// (And a title cut after "de" or "of", also after a Romance article: "Estamos buscando un Jefe de\nMantenimiento Eléctrico …".)
const WRAPPED_TITLE = () =>
  /(\b(?:an?|the|our|for|as)[ \t]+(?:[A-Z][\w-]*[ \t]+){0,3}[A-Z][\w-]*)[ \t]*\n(?:[ \t]*>)*[ \t]*(?=[A-Z][\w-]*(?:[ \t]+[A-Z][\w-]*){0,2}[ \t]+[a-z])|(\b(?:an?|the|our|for|as|un|una|um|uma)[ \t]+(?:[A-Z][\w-]*[ \t]+){0,3}[A-Z][\w-]*[ \t]+(?:de|of))[ \t]*\n(?=[A-Z])/g;

/** Whether a title is written over two lines somewhere: the joined text holds it more often than the text as written. */
function atAWrap(title: string, body: string, unwrapped: string): boolean {
  return unwrapped.split(title).length > body.split(title).length;
}

function findRoleAsWritten(subject: string | undefined, body: string, several: boolean): string | null {
  let role = titleOf(subject, body, several)
    // A title cut at a verb ("Ingegnere di processo è ancora aperta") or before a conjunction ("... Pleno e"), or
    // followed by its start date ("Teacher of Mathematics (Sept 2025)").
    ?.replace(/ (?:è|é|ist|est|es|är|er|está|sono|sont|son)(?: .*)?$/, '')
    .replace(/ (?:and|or|e|y|i|o|ou|et|und|og|och|en)$/, '')

    .replace(/\s*\((?:(?:from |starting |start |ab |dès |desde )?(?:[A-Z][a-z]{2,8}\.? )?\d{4}|ASAP|asap)\)$/, '')
    // A bracket after the title says where or for whom, and the title stands without it: "AVP, AML/KYC Compliance
    // Advisory (Tier-1 Private Bank)", "HD Fitters (Heavy Diesel)". Not a word's own ending: "Assistant(e)".
    .replace(/(?<=\S) \([^()]{1,30} [^()]{1,30}\)$/, '')
    // A region in a bracket is where the job is: "Enterprise Account Director (West)", "Sales Manager (EMEA)".
    .replace(
      compiled(
        /(?<=\S) \((?:North|South|East|West|Central|North-?East|North-?West|South-?East|South-?West|EMEA|APAC|APJ|LATAM|DACH|Nordics|Benelux|CEE|MENA|GCC|ANZ)\)$/,
      ),
      '',
    )
    // An emoji after the title is decoration: "Marketing Manager B2B 🚲".
    .replace(/(?:\s|[\u2190-\u2bff]|\ufe0f|[\ud83c-\udbff][\udc00-\udfff])+$/, '');
  // (Nor an exclamation's mark it ends on: "¡SE BUSCAN REPARTIDORES EN MOTO!". By strings first.)
  if (role?.endsWith('!')) role = role.replace(/!+$/, '');
  // A town in a bracket is where the job is: "QA Validation Lead (Basel)". (A set, not a pattern: every title passes here.)
  if (role?.endsWith(')')) {
    const open = role.lastIndexOf(' (');
    const inside = open > 0 ? role.slice(open + 2, -1) : '';
    if (inside !== '' && !inside.includes(' ') && WELL_KNOWN_PLACE.has(caseFold(inside))) role = role.slice(0, open);
  }
  // A label of the title left before it, as a subject may hold one: "Позиция: Агент обслужване на клиенти".
  if (role?.includes(': ')) {
    const colon = role.indexOf(': ');
    if (ROLE_LABELS.has(role.slice(0, colon).toLowerCase()) && role.length > colon + 3) role = role.slice(colon + 2);
  }
  // Or with no colon, a word that only names the title after it: "Position Revenue Manager" (from "die Position Revenue
  // Manager (m/w/d)"), "Oportunitate Inginer Calitate Furnizori"; and Korea's mark of an advert, "(광고) 코인원더 재택 상담원".
  if (role?.includes(' ')) {
    const first = role.slice(0, role.indexOf(' '));
    if (TITLE_NAMING_WORDS.has(first) && /^\p{Lu}/u.test(role.slice(first.length + 1)) && role.split(' ').length >= 3)
      role = role.slice(first.length + 1);
    else if (first === '(광고)' || first === '[광고]') role = role.slice(first.length + 1);
  }
  // What is left of a subject's bracketed tag: "[Project 48213] SAP S/4HANA FI/CO Consultant" read from "48213]".
  if (role?.includes(']')) role = role.replace(/^[^[\]\s]{1,20}\]\s+/, '');
  // A level word left without its number, which the title's words do not take: "Analista de Soporte TI Nivel" (1).
  // (A set, not a pattern: every title passes here.)
  if (role?.includes(' ') && LEVEL_WORDS.has(role.slice(role.lastIndexOf(' ') + 1))) {
    const kept = role.slice(0, role.lastIndexOf(' '));
    // (Not after a preposition or an ordinal, where the level word is the title's own: "Head of Level", "Primer Nivel".)
    if (!/\s(?:of|de|du|des|der|di|da|do|von|van|first|second|third|primer|segundo|tercer|premier)$/i.test(kept)) role = kept;
  }
  // A subject's "and more" after it: "Técnico/a de Mantenimiento Industrial y más", "… and more".
  if (role) role = withoutAndMore(role);
  // The team it joins, or the word "position", after it: "Datový analytik do mého týmu", "Ön Büro Şefi Pozisyonu",
  // "Kontrolling szakértő pozíció".
  if (role?.includes(' do ') || role?.includes('ozisyon') || role?.includes('ozíció'))
    role = role.replace(
      compiled(/ (?:do (?:(?:mého|našeho|svého|naszego|mojego) )?(?:týmu|teamu|zespołu|działu)|[Pp]ozisyonu?|[Pp]ozíció(?:ra)?)$/),
      '',
    );
  // The title's own initials in a bracket: "Registered Nurses (RNs)", "Certified Nursing Assistants (CNAs)".
  const initialsAt = role?.endsWith(')') ? / \(([A-Z]{2,6})s?\)$/.exec(role) : null;
  if (role && initialsAt) {
    const capitals = role
      .slice(0, initialsAt.index)
      .split(' ')
      .filter((word) => /^[A-Z]/.test(word))
      .map((word) => word[0])
      .join('');
    if (capitals.endsWith(initialsAt[1]!)) role = role.slice(0, initialsAt.index);
  }
  // A count of openings after the title: "Sales Representatives (x20)".
  if (role?.endsWith(')')) role = role.replace(/\s*\(x?\d{1,3}\)$/, '');
  // The kind of contract or an advert's word before the title is no part of it: "FULL TIME Admin Assistant", "Trabajo
  // de repartidor/a", "Oferta de empleo: …".
  const lowerRole = role?.toLowerCase();
  if (role && lowerRole && ROLE_LEAD_WORDS.some((word) => lowerRole.startsWith(word))) {
    role = role.replace(
      // (Nor the word for a post, nor a pay band: "die Stelle Teamleitung Cloud-Infrastruktur", "Band 6 Clinical Systems Trainer".)
      compiled(
        /^(?:(?:full|part)[- ]time|temporary|urgent(?:ly)?|trabajo de|empleo de|oferta de|puesto de|plaza de|vaga de|vaga para|Stelle(?: als| eines| einer)?|Band \d[a-d]?(?= \S+ \S)|Got)\s+(?=\S+)/i,
      ),
      '',
    );
  }
  // A listing's own noun in front names the advert, not the job: "Stellenangebot IT-Architekt", "Opportunità Controller
  // di Gestione".
  const space = role?.indexOf(' ') ?? -1;
  if (role && space > 0 && LISTING_LEAD_WORDS.has(role.slice(0, space).toLowerCase())) role = role.slice(space + 1);
  // A freelance or temping "Mission" in French names the assignment, not the job: "Mission Data Engineer – TJM 600 €"
  // (not an English title of that word, "Mission Systems Engineer"). By strings: the title's first word asks.
  else if (
    role?.startsWith('Mission ') &&
    role.split(' ').length >= 3 &&
    !MISSION_TITLE_WORDS.has(role.split(' ')[1]!) &&
    frenchText(`${subject ?? ''}\n${body}`)
  )
    role = role.slice('Mission '.length);
  // "Vacancy" too, where a title of two words or more follows it ("New Vacancy Maintenance Engineer"; not "Vacancy
  // Coordinator", a title).
  else if (role?.startsWith('Vacancy ') && role.split(' ').length >= 3) role = role.slice('Vacancy '.length);
  // A rank alone, where the message gives its field after a comma: "a Director, Data Platforms role", "Head, Clinical
  // Systems position".
  if (role && (RANKS.has(role) || (RANK_LEVELS.has(role.slice(0, role.indexOf(' '))) && RANKS.has(role.slice(role.indexOf(' ') + 1))))) {
    const field = compiled(
      new RegExp(`\\b${role}, ((?:[A-Z][\\w&/-]*)(?: (?:[A-Z&][\\w&/-]*|of|and))*) (?:role|position|job|vacancy|post|opening)\\b`),
    ).exec(`${subject ?? ''}\n${body}`);
    if (field) role = `${role}, ${field[1]}`;
    // (Or after a dash, where the field's words are a field's: "the position of Assistant Manager – Digital Marketing at
    // our Head Office".)
    else {
      const dashed = compiled(
        new RegExp(
          `\\b${role} ([–—-]) ((?:[A-Z][\\w&/-]*)(?: (?:[A-Z&][\\w&/-]*|and))*)(?= (?:at|in|for|role|position|job|based)\\b|\\s*[,.|\\n(]|$)`,
        ),
      ).exec(`${subject ?? ''}\n${body}`);
      if (dashed && fieldsOnly(dashed[2]!)) role = `${role} ${dashed[1]} ${dashed[2]}`;
    }
  }
  // "More" or "several" before the title counts openings: "vi söker fler truckförare", "weitere Elektriker".
  // (In lower case only: "Extra Care Scheme Manager" is a title.)
  const firstWord = role?.slice(0, role.indexOf(' '));
  if (role?.includes(' ') && firstWord && MORE_OF_THEM.has(firstWord.toLowerCase()) && firstWord !== 'Extra')
    role = role.slice(role.indexOf(' ') + 1);
  // A field "within" which, after a Scandinavian title: "Prosjektleder innen havbruk", "Projektledare inom energi".
  if (role && (role.includes(' innen ') || role.includes(' inom ') || role.includes(' inden') || role.includes(' indenfor'))) {
    role = role.replace(/ (?:innen|inom|inden(?: for)?|indenfor)(?: .*)?$/, '');
  }
  // A count of openings before the title: "40 Conseillers commerciaux terrain".
  if (role && /^\d/.test(role)) role = role.replace(/^\d{1,4}\s+(?=[A-Za-z\u00C0-\u024F])/, '');
  // Where it is, after the title: "Postdoc-Stelle in Kiel".
  if (role?.includes('-Stelle') || role?.includes('-stelle')) role = role.replace(/-(?:Stelle|stelle)(?: in \S+)?$/, '');
  // A title by its initials ("Enterprise AE") is the one the message spells out, if it does ("Enterprise Account Executive").
  const initials = role?.replace(/s$/, '').split(' ').pop();
  const spelledOut = initials === undefined ? undefined : SPELLED_OUT.get(initials);
  if (role && initials && spelledOut) {
    // In the title's own case: the message may write it in lower case in a sentence.
    const spelled = `${role.slice(0, role.lastIndexOf(initials))}${spelledOut}`;
    if (body.toLowerCase().includes(spelled.toLowerCase())) role = spelled;
  }
  // A Polish "ds." (for matters of) is no sentence's end: "Specjalisty ds. Jakości" goes on to its field.
  if (role?.endsWith(' ds')) {
    const whole = `${subject ?? ''}\n${body}`;
    const at = whole.indexOf(`${role}. `);
    const field =
      at < 0
        ? null
        : /^(?:\p{Lu}[\p{L}-]*)(?: (?:i|oraz|\p{Lu}[\p{L}-]*))*/u.exec(whole.slice(at + role.length + 2, at + role.length + 60));
    if (field) role = `${role}. ${field[0].replace(/ (?:i|oraz)$/, '')}`;
  }
  // "Sr." and "Jr." keep the dot the message writes: it ends the abbreviation, not the sentence.
  if (role && (role.endsWith(' Sr') || role.endsWith(' Jr')) && `${subject ?? ''}\n${body}`.includes(`${role}.`)) role = `${role}.`;
  return role === undefined || role === '' ? null : singular(oneOfBothGenders(withoutPlace(role, `${subject ?? ''}\n${body}`)));
}

/**
 * A Spanish or Portuguese job named in the plural of both genders is the job in the singular of both: "CONDUCTORES/AS
 * DE CAMIÓN" is "CONDUCTOR/A DE CAMIÓN", "Asesores(as)" is "Asesor(a)", "cocineros/as" is "cocinero/a".
 */
function oneOfBothGenders(title: string): string {
  // The adjectives after the noun agree with it: "ASESORES(AS) COMERCIALES" is "ASESOR(A) COMERCIAL".
  if (!/[/(](?:AS|as)\b/.test(title)) return title;
  if (/(?:OS|ES|os|es)[/(](?:AS|as)\)?(?![a-zA-Z\u00C0-\u024F])/.test(title))
    // Not the words after "de": "Consultores(as) de Vendas" is "Consultor(a) de Vendas".
    title = title.replace(
      compiled(/(?<=[/(](?:AS|as)\)? )(?!(?:de|DE|para|PARA|da|do|em)\b)((?:\p{L}+ )*?\p{L}+)(?= (?:de|DE|para|PARA)\b|$)/u),
      (words: string) =>
        words
          .split(' ')
          .map((word) => word.replace(/(?<=[lrnzLRNZ])(?:es|ES)$|(?<=[oaOA])(?:s|S)$/u, ''))
          .join(' '),
    );
  return title.replace(
    /(\p{L}+?)(OS|ES|os|es)([/(])(AS|as)(\)?)(?![\p{L}])/gu,
    (_all, stem: string, plural: string, mark: string, fem: string, close: string) => {
      const masculine = /^o/i.test(plural) ? `${stem}${plural[0]}` : stem;
      return `${masculine}${mark}${fem[0]}${close}`;
    },
  );
}

// The title nouns of ROLE_NOUN and TRADE_NOUN written "Nouns?": a title of several openings is named in the singular.
const SINGULAR_NOUNS = new Set([
  ...`${ROLE_NOUN}|${TRADE_NOUN}`
    .split('|')
    .filter((noun) => /^[A-Z][a-z]+s\?$/.test(noun))
    .map((noun) => noun.slice(0, -2)),
  // And the nouns of people in a post that the title patterns hold in other forms: "Team Leaders", "Sales Agents".
  ...[...PERSON_NOUNS, 'leader'].map((noun) => noun[0]!.toUpperCase() + noun.slice(1)),
]);
/** "Bilingual Customer Support Agents" is the title "Bilingual Customer Support Agent". */
const INITIALS_PLURAL = new Set(['RNs', 'RGNs', 'RMNs', 'HCAs', 'LPNs', 'CNAs', 'CSRs', 'SDRs', 'BDRs', 'AEs']);
/**
 * A French job named in the plural is the job in the singular, its adjectives with it: "Conseillers commerciaux
 * terrain" is "Conseiller commercial terrain", "conseillers immobiliers indépendants" is "conseiller immobilier
 * indépendant". Only when the first word is a job's noun in the plural.
 */
// The words after "Mission" in an English title of that word: "Mission Systems Engineer", "Mission Critical Facilities
// Manager".
const MISSION_TITLE_WORDS = new Set(
  'Systems System Operations Critical Planning Control Support Assurance Integration Specialist Director Manager Commander Coordinator Analyst Design Readiness'.split(
    ' ',
  ),
);
/** Words only a French text writes, two of them at least: "vous", "votre", "nous", "pour", "avec". By strings. */
function frenchText(text: string): boolean {
  return [' vous ', ' votre ', ' nous ', ' pour ', ' avec ', ' être ', "d'un", 'd’un'].filter((word) => text.includes(word)).length >= 2;
}

function frenchSingular(title: string): string {
  const words = title.split(' ');
  const first = words[0]!.toLowerCase();
  if (!/[sx]$/.test(first) || !isOccupationWord(first.slice(0, -1)) || !FRENCH_JOB_PLURAL.test(first)) return title;
  const out: string[] = [];
  for (const word of words) {
    // The adjectives run up to a joiner or a word in no plural: "de", "en", "(H/F)", "terrain".
    if (/^(?:de|du|des|en|à|et|pour|and|for|in|with|d['’]\S*)$/i.test(word) || word.startsWith('(')) break;
    // Words that end in "s" in the singular too stay as they are: "poids lourds", "temps partiel".
    if (FRENCH_INVARIABLE.has(word.toLowerCase()) || !compiled(FRENCH_PLURAL_WORD).test(word)) {
      out.push(word);
      continue;
    }
    out.push(word.replace(/aux$/i, (m) => (m === 'AUX' ? 'AL' : 'al')).replace(/(?<=[a-zé])s$/i, ''));
  }
  return [...out, ...words.slice(out.length)].join(' ');
}
// The French plural endings of a job's noun: "conseillers", "vendeurs", "techniciens", "commerciaux".
const FRENCH_JOB_PLURAL = /(?:eurs|iers|ers|iens|ants|istes|aux)$/;
// The plural endings a French job's adjectives take: "commerciaux", "indépendants", "immobiliers", "qualifiées".
// (And a feminine noun after a slash, "Téléconseillers / Téléconseillères": "ères", "euses", "ennes", "antes", "trices".)
const FRENCH_PLURAL_WORD =
  /(?:eurs|iers|ers|iens|ants|ents|istes|aux|ifs|ives|aires|ales|elles|és|ées|ieux|ères|euses|ennes|antes|trices)$/i;
const FRENCH_INVARIABLE = new Set(['poids', 'temps', 'prix', 'bras', 'fois', 'cours', 'corps']);

/** Whether the words before a title's "&" are a job of their own ("Store Managers & …", "Event Crew & …"), not a field. */
function twoJobs(before: string): boolean {
  return rolePhrases(before).length > 0 || /\b(?:Crew|Staff|Team|Crews|Teams)$/.test(before);
}

function singular(title: string): string {
  // A bracket after the plural says which: "Senior Account Executives (Mid-Market)".
  // In the singular without it: which one is the plural's to say. (Not initials: "Engineers (AMEs)".)
  const bracket = title.endsWith(')') ? / \((?![A-Z]{2,}s?\))[^()]{1,30}\)$/.exec(title) : null;
  if (bracket && bracket.index > 0) {
    const one = singular(title.slice(0, bracket.index));
    return one === title.slice(0, bracket.index) ? title : one;
  }
  title = frenchSingular(title);
  // Two jobs joined by "&" stay as written: "Store Managers & Assistant Managers" (not one job's two fields: "Health &
  // Safety Advisors" is a Health & Safety Advisor).
  if (title.includes(' & ') && twoJobs(title.slice(0, title.indexOf(' & ')))) return title;
  const last = title.slice(title.lastIndexOf(' ') + 1);
  // Several of one job by its initials: "RGNs" is an RGN.
  if (INITIALS_PLURAL.has(last)) return title.slice(0, -1);
  // (Not the people a head heads: "Head of Team Leaders", "Director of Administrators".)
  if (/ of /.test(title)) return title;
  return last.endsWith('s') && SINGULAR_NOUNS.has(last.slice(0, -1)) ? title.slice(0, -1) : title;
}

// A subject of the form "TITLE – place, employer or pay", in any language: "Senior .NET vývojář – Brno – 30 000 Kč",
// "Salgskonsulent til Nordlys Energi", "Vacature docent wiskunde - onze sectie". The words that open an advert's subject
// ("Vacature", "Poste de") are not the title.
// A reply's or forward's prefix, and the words an advert's subject opens with, each a pattern fragment.
// (And Spanish "RV:" (reenviado), Portuguese "ENC:" (encaminhado), Italian "RIF:" and "I:".)
const REPLY_PREFIXES = ['re', 'fwd', 'fw', 'aw', 'wg', 'sv', 'vs', 'tr', 'rv', 'enc', 'rif'];
const ADVERT_LEADS = [
  'vacature',
  'nieuwe vacature',
  'se busca(?:n)?',
  'se necesita(?:n)?',
  'se precisa(?:n)?',
  'cercasi',
  'vacancy',
  'vacante',
  'vacancia',
  'poste(?: de)?',
  "offre(?: d['’]emploi)?",
  'stellenangebot',
  'stelle',
  'oferta(?:s)?(?: de empleo| de trabajo| pracy)?',
  'praca',
  'nabídka(?: práce)?',
  'vaga(?: de| para)?',
  'stanowisko',
  'pozice',
  'posizione(?: di)?',
  'posición(?: de)?',
  'annonce',
  'job',
  'opening',
  'position',
  'role',
  'ledig stilling som',
  'stilling som',
  'stillingen som',
  'tjänst som',
  'jobb som',
  'ledig stilling',
  'lediga tjänst som',
  // A hiring verb opening a subject: "Angajam Inginer Calitate Furnizori - Sibiu", "Zatrudnimy Magazyniera".
  'plaza(?: de)?',
  'angajam',
  'angajăm',
  'recrutăm',
  'zatrudnimy',
  'contratamos',
  // An opportunity "as" the job: "Opportunità come Ingegnere di Processo - Lumezzane".
  'opportunità(?: di lavoro)? (?:come|da|per)',
  'oportunidad(?: de trabajo)? (?:como|de)',
  'oportunidade (?:como|de|para)',
  'opportunité (?:en tant que|de)',
  'postul de',
  // An invitation to an interview for the job: "Jemputan Temuduga – Jurutera Penyelenggaraan (Mekanikal)".
  'jemputan temuduga(?: (?:bagi|untuk) jawatan)?\\s*[-–—:]?',
  'undangan (?:interview|wawancara)\\s*[-–—:]?',
];
const SUBJECT_LEAD = new RegExp(`^(?:(?:${REPLY_PREFIXES.join('|')})\\s*:\\s*)*(?:(?:${ADVERT_LEADS.join('|')})\\s*:?\\s+)?`, 'i');
// Speed only: the first words SUBJECT_LEAD can strip; a subject opening with none of them keeps its words.
const SUBJECT_LEAD_WORDS = new Set([...REPLY_PREFIXES, ...ADVERT_LEADS.map((lead) => /^[a-zA-Z\u00C0-\u024F]+/.exec(lead)![0])]);
function withoutSubjectLead(subject: string): string {
  const first = /^\s*([a-zA-Z\u00C0-\u024F]+)/.exec(subject)?.[1]?.toLowerCase();
  const led = first !== undefined && SUBJECT_LEAD_WORDS.has(first) ? subject.replace(compiled(SUBJECT_LEAD), '') : subject;
  // An application's subject, replied to, names the job after its word: "RE: Candidature Responsable maintenance – …".
  // (By strings: a subject's lead is looked for in every message.)
  const applied = APPLICATION_LEADS.find((lead) => led.startsWith(lead));
  return applied === undefined ? led : led.slice(applied.length);
}
const APPLICATION_LEADS = ['Candidature ', 'Candidatura ', 'Bewerbung als ', 'Sollicitatie '];
const SUBJECT_TITLE = new RegExp(
  `${SUBJECT_LEAD.source}(.+?)(?:\\s+[-–—|·•@]\\s+|\\s+(?:til|till|at|bei|chez|na|w|för|hos|bij|presso|em|en)\\s+[A-ZÀ-Þ])`,
  'i',
);
// First words of a subject that is no title: "Quick question – ...", "Following up - ...", "your" ("Jou praatjie oor …", "Deine
// Präsentation …"), the reader's work it is about ("Artikel tuan tentang sukuk hijau").
const NOT_A_SUBJECT_TITLE = new Set(
  'quick question hello hi hey hallo hola ciao dear at je tu du jij votre ihr jouw din jou uw dein deine ton ta tes vos tua tuo seu sua teu ditt dina dit dine twój twoja tvůj tvoje artikel article artículo artigo articolo paper talk presentation présentation ponencia palestra praatjie thesis tesis tese following follow catching intro introduction opportunity opportunities exciting new your our a an the job jobs role roles position positions career careers chat coffee hiring urgent we are is can would interested thoughts checking reaching reminder invitation application update connect thanks thank re fwd open δεύτερη πρώτη συνάντηση συνέντευξη πρόσκληση'.split(
    ' ',
  ),
);

// A greeting's first word, in the languages read: a subject that opens with one is no title.
const GREETING_WORDS = new Set(
  'Hyvä Kære Kjære Liebe Lieber Cher Chère Gentile Egregio Egregia Estimado Estimada Prezado Prezada Caro Cara Querido Querida Szanowny Szanowna Vážený Vážená Geachte Sehr Beste Hallo Bonjour Hej Hei Moi Hola Ciao Olá Cześć Ahoj Merhaba Dear Hi Hello Hey'.split(
    ' ',
  ),
);

/**
 * Whether a message is written in English, by its commonest words. An English subject's title is found by its title
 * nouns (rolePhrases); this reading of a subject is for the other languages, whose titles no list here holds, and an
 * English subject of the same shape is as often "Interview at Northwind" or "Dinner - Friday".
 */
function inEnglish(text: string): boolean {
  const words = text
    .slice(0, 4000)
    .toLowerCase()
    .split(/[^a-z']+/);
  let count = 0;
  for (const word of words) if (ENGLISH_WORDS.has(word) && ++count >= 2) return true;
  return false;
}
// Words of English only: not "is", "we", "of" (Dutch), "to", "for" (Danish, Norwegian).
const ENGLISH_WORDS = new Set(['the', 'and', 'you', 'your', 'with', 'would', 'our', 'this', 'are', 'that', 'have', 'will']);

// A post's word before a subject's colon, in the languages read: "משרה חדשה: …", "Convocatòria: …", "Vacature: …".
const POST_LABELS = new Set([
  'משרה',
  'משרה חדשה',
  'convocatòria',
  'convocatoria',
  'vacature',
  'vacancy',
  'new vacancy',
  'job',
  'new job',
  'job opening',
  'opening',
  'position',
  'new position',
  'offre',
  "offre d'emploi",
  'offre d’emploi',
  'oferta',
  'oferta de empleo',
  'oferta de trabajo',
  'stellenangebot',
  'neue stelle',
  'stelle',
  'poste',
  'posizione',
  'vaga',
  'nova vaga',
  'oglas',
  'natječaj',
  'nabór',
  'pozice',
  'állásajánlat',
]);

/** The job title a subject of that form opens with, when the body speaks of it too (its first word, or the start of it). */
function subjectTitle(subject: string | undefined, body: string): string | null {
  if (!subject) return null;
  // A title opens the subject: its first 200 characters are enough, and keep the pattern linear on a long line.
  if (inEnglish(body)) return null;
  const m = compiled(SUBJECT_TITLE).exec(subject.replace(/\s+/g, ' ').trim().slice(0, 200));
  const whole = m?.[1]?.trim().replace(/[,:;.!]+$/, '');
  // (A label's words before a colon name the post, not the job: "משרה חדשה: נציג/ת תמיכה טכנית", "Vacature: Teamleider".)
  const colon = whole?.lastIndexOf(': ') ?? -1;
  // (Nor a grade in brackets after it: "Convocatòria: tècnic/a superior de medi ambient (A1)".)
  // (Only a post's word: not "Reminder: interview on Tuesday", "Ayudante de cocina: incorporación inmediata".)
  const title =
    colon > 0 && POST_LABELS.has(whole!.slice(0, colon).toLowerCase())
      ? whole!.slice(colon + 2).replace(/\s+\([^()]*\d[^()]*\)$/, '')
      : whole;
  if (!title || /[?!,+]|['’]s\b|\d{3}|\p{Extended_Pictographic}/u.test(title)) return null;
  const words = title.split(/\s+/);
  // (Nor a greeting in any language: "Kære kandidat – tjen … som telefonsælger!".)
  if (words.length > 9 || NOT_A_SUBJECT_TITLE.has(words[0]!.toLowerCase()) || GREETING_WORDS.has(words[0]!)) return null;
  const first = words.find((w) => /\p{L}{4,}/u.test(w) && !/^(?:senior|junior|lead|head|chief)$/i.test(w));
  if (!first) return null;
  const stem = first
    .toLowerCase()
    .replace(/[^\p{L}]/gu, '')
    .slice(0, 6);
  return stem.length >= 4 && body.toLowerCase().includes(stem) ? title : null;
}

// Where a title stops in a subject or a heading: its separators, and the words that say where, for whom or that it is
// wanted ("Magazynier/ka w Strykowie", "Senior projektleder hos Lindholm Vind", "Chauffeur CE gezocht").
// An emoji parts a subject too: "diventa Consulente Commerciale Energia 💡 Fisso + provvigioni".
const TITLE_PARTS = /\s+[-–—|·•]\s+|\s*[:?!|]\s+|\s*[?!]\s*$|,\s+|\s*[\u2190-\u2bff\ud83c-\udbff][\udc00-\udfff]?\s*/;
const TITLE_STOP = new Set(
  'at bei chez hos bij på som who que qui che eller oder lub nebo sau veya w we à au in til till för presso para pour für pro dla per voor em v ve u od ab dès desde για σε στη στο için în gezocht gesucht wanted needed buscado buscamos cercasi sökes søkes søges poszukiwany poszukiwana hledáme hledame diventa devenez deviens werde conviértete torne-se aranıyor araniyor alınacaktır alinacaktir'.split(
    ' ',
  ),
);
const SCHOOL_LEVELS = new Set(['primaire', 'secondaire', 'préscolaire', 'collégial']);
// The word for "position" after a title, in the languages of the reader.
const POSITION_WORDS = new Set([
  'pozisyonu',
  'pozisyonumuz',
  'pozisyonumuza',
  'pozisyonumuzda',
  'pozisyon',
  'pozisyonuna',
  'pozice',
  'pozíció',
  'stelle',
  'position',
  'posizione',
  'stilling',
]);
// The ending a German gender star or underscore sets apart: "*r", "*in", "*innen", "_n".
const GENDER_STAR_ENDING = () => /^(?:r|n|e|in|innen)(?![\p{L}])/u;
/** Spanish and Portuguese verbs of hiring that open a heading before the job it names. */
const HIRING_VERBS_BEFORE_A_TITLE = new Set([
  // (And in Cyrillic: "ТЪРСИМ ОПЕРАТОРИ С НЕМСКИ ЕЗИК".)
  'търсим',
  'тражимо',
  'ищем',
  'шукаємо',
  'solicitamos',
  'necesitamos',
  'requerimos',
  'contratamos',
  'precisamos',
  'buscamos',
  'procuramos',
  // Serbian, Croatian, Romanian and Polish: "ZAPOŠLJAVAMO VOZAČE C+E KATEGORIJE".
  'zapošljavamo',
  'tražimo',
  'angajăm',
  'angajam',
  'căutăm',
  'zatrudnimy',
  'szukamy',
]);
/** A bracket after a title that says its hours, its grade, its genders, a code or a place in a word or two: no part of its name. */
const TRAILING_DETAIL = /\s+\((?:[^()]*[\d%/][^()]*|[^()\s]+(?: [^()\s]+)?)\)\s*$/;

/**
 * A title named by a job's noun in a language other than English, as a subject part or a heading writes it: cut at the
 * word that says where or for whom, without its bracketed details. The noun is among its first three words ("Senior
 * projektleder", "Administratief medewerker burgerzaken"); a sentence that names a job further on is no title.
 */
function occupationTitle(part: string, startOver = false): string | null {
  const words: string[] = [];
  let restarted = false;
  const all = part
    .replace(/^[^\p{L}\d]+/u, '')
    // (And the emoji after a heading's bold: "*AGENTE BILINGÜE DE SERVICIO AL CLIENTE* 🇺🇸🇲🇽".)
    .replace(/(?:[*_\s\p{Extended_Pictographic}\p{Regional_Indicator}]|\uFE0F|\u200D)+$/u, '')
    .split(/\s+/);
  for (const [i, word] of all.entries()) {
    // (A school's level is the teacher's: "Enseignant(e) en mathématiques au secondaire", as Québec writes it.)
    if (word === 'au' && SCHOOL_LEVELS.has(all[i + 1] ?? '')) {
      words.push(word);
      continue;
    }
    if (TITLE_STOP.has(word.toLowerCase())) {
      // In a subject, "Kadıköy mağazamız için Mağaza Müdürü": before any job's noun, the title starts after the stop word.
      if (!startOver || words.some(isOccupationWord)) break;
      words.length = 0;
      restarted = true;
      continue;
    }
    // "Mağaza Müdürü pozisyonu": the word for a position ends the title.
    if (POSITION_WORDS.has(word.toLowerCase())) break;
    words.push(word);
  }
  // Started over after a stop word, the title is a capitalised one: "için Mağaza Müdürü", not "för 3 teamledare".
  if (restarted && !/^\p{Lu}/u.test(words[0] ?? '')) return null;
  // A heading's verb of hiring is no part of the title after it: "Solicitamos *OPERADOR DE MONTACARGAS*".
  if (words.length > 1 && HIRING_VERBS_BEFORE_A_TITLE.has(words[0]!.toLowerCase())) words.shift();
  // (A chat's bold marks go; a German gender star stays: "Wissenschaftliche*r Mitarbeiter*in".)
  let title = words
    .join(' ')
    .replace(/[*_]/g, (mark, at: number, all: string) =>
      /\p{L}/u.test(all[at - 1] ?? '') && compiled(GENDER_STAR_ENDING).test(all.slice(at + 1, at + 7)) ? mark : '',
    );
  for (let i = 0; i < 2 && TRAILING_DETAIL.test(title); i++) title = title.replace(TRAILING_DETAIL, '');
  // A bracket the heading's dash cut open: "OPERATOR PRODUCȚIE (fără experiență".
  title = title.replace(/\s+\([^()]*$/, '');
  title = title.replace(/[\s,;:.]+$/, '').trim();
  const kept = title.split(' ');
  // A figure is no part of a title, a code such as "A320" is.
  if (title === '' || kept.length > 6 || /[.;"“”„«»]|:(?!in\b|innen\b)|(?<![A-Za-z])\d{3}/.test(title)) return null;
  const noun = kept.findIndex(isOccupationWord);
  if (noun < 0 || noun > 2) return null;
  // The words before the noun are a title's: not a sentence's ("Vi behöver undersköterskor").
  // (Nor a pronoun in lower case: "vi lærer dig alt", we teach you everything, holds no teacher.)
  if (kept.slice(0, noun).some((word) => NOT_NAME.has(word) || PRONOUNS.has(word))) return null;
  return title;
}

/** The title a subject part names by a job's noun, when the message is not in English and its body speaks of the job. */
function subjectOccupation(subject: string | undefined, body: string): string | null {
  if (!subject || !namesAnOccupation(subject)) return null;
  // An English subject is read by the English titles: "Operations Director role - Leeds".
  if (/^[\x20-\x7e]*$/.test(subject) && rolePhrases(subject).length > 0) return null;
  const low = body.toLowerCase();
  for (const part of withoutSubjectLead(subject.replace(/\s+/g, ' ').trim().slice(0, 200)).split(TITLE_PARTS)) {
    // The employer, then its hiring verb, then the job: "Region Norrmark söker IT-säkerhetsspecialist".
    const hiring = compiled(SUBJECT_HIRING_VERB).exec(part);
    const title = occupationTitle(withoutSubjectLead(hiring ? part.slice(hiring.index + hiring[0].length) : part), true);
    const noun = title?.split(' ').find(isOccupationWord);
    if (
      title &&
      noun &&
      low.includes(
        noun
          .toLowerCase()
          .replace(/[(/:*].*$/, '')
          .slice(0, 5),
      )
    )
      return title;
  }
  return null;
}

const SUBJECT_HIRING_VERB =
  /(?:^|\s)(?:söker|søker|søger|sucht|recrute|recherche|busca|cerca|zoekt|hledá|szuka|hakee|etsii|caută|angajează|zatrudni)\s+/;

/**
 * A heading that names the job by its noun, on a line of its own, outside the writer's own lines: a job ad's or
 * alert's "Pracownik magazynu – kompletacja zamówień", "Lagermedarbeider – kveldsskift", "MAGAZYNIER / MAGAZYNIERKA".
 */
function headingOccupation(body: string, own: Array<[number, number]>): string | null {
  let at = 0;
  const lines = body.slice(0, 20_000).split('\n');
  for (const [i, whole] of lines.entries()) {
    const from = at;
    at += whole.length + 1;
    // A group's or a channel's name over its kind and size is no heading of the job: "Posao za vozače – Srbija i region"
    // over "Javna grupa · 38,4 hilj. članova".
    if (lines[i + 1]?.includes('·') && compiled(GROUP_OR_CHANNEL_LINE).test(lines[i + 1]!)) continue;
    // (A labelled first sentence of a longer line: "Kort om tjänsten: Gruppchef Redovisning, 7 medarbetare, rapporterar
    // till mig. Vi erbjuder …".)
    const first = whole.length > 90 && whole.includes('. ') ? whole.slice(0, whole.indexOf('. ')) : whole;
    // (A label of words, not a sender's name: "PERSONAL PLUS s.r.o.: Ponuka prace …", "CONECTA PERU TELECOM: …".)
    const line = first !== whole && first.length <= 90 && /^[^:.\n]*[a-zà-ÿ][^:.\n]*:\s/.test(first.slice(0, 32)) ? first : whole;
    // A headline ("Senior Consultant | Kerschbaum GmbH") or a messaging app's line is no heading of the job.
    if (line.length > 90 || line.includes('·') || line.includes(' | ') || own.some(([a, b]) => from >= a && from < b)) continue;
    let text = line.trim();
    // A short lead and a colon before the title, the employer after a comma: "Fortrolig: kommerciel direktør, Fjordhavn".
    const lead = /^[^:\n]{2,30}:\s+(?=\S)/.exec(text);
    if (lead && lead[0].trim().split(/\s+/).length <= 3) text = text.slice(lead[0].length).split(', ')[0]!;
    // A sentence is no heading: it ends with a stop, or holds one before any dash ("Commandant de bord A320 – base de
    // Nice – réf. CDB-0925" is a heading).
    if (text === '' || /[.,;:]$/.test(text) || !namesAnOccupation(text)) continue;
    // An English line is read by the English titles: a signature's "Director" is the writer's.
    if (/^[\x20-\x7e]*$/.test(text) && rolePhrases(text).length > 0) continue;
    // "PILNE! Kierowca C+E – transport międzynarodowy (UE)": the part after a shout.
    const parts = text.split(/[!?]\s+/);
    // The part of the heading that names the job: "OFERTA DE EMPLEO – CONDUCTOR/A C+E" is the second.
    for (const head of parts[parts.length - 1]!.split(/\s+[-–—|]\s+/).slice(0, 3)) {
      // A title and its field after one comma: "Sosiaalityöntekijä, lastensuojelu" is a social worker's.
      // (Not a title and its organisation, as a signature writes them: "ředitel, Regionální muzeum", nor a comma in a bracket.)
      const clauses = /,\s\p{Ll}[^,()]*$/u.test(head) ? head.split(/,\s/) : [head];
      // (A comma or a stop inside a bracket is the bracket's: "Lohnverrechner:in (Vollzeit, 38,5 Std./Woche)".)
      if (/[.,;]\s/.test(clauses[0]!.replace(/\([^()]*\)/g, '')) || clauses.length > 2) continue;
      const title = occupationTitle(clauses[0]!);
      if (title) return title;
    }
  }
  return null;
}

// The line under a group's or a channel's name: its kind, then its size. "Javna grupa · 38,4 hilj. članova", "Public group ·
// 12K members", "Kanal · 48.7K abone", "Grupa publiczna · 20 tys. członków".
const GROUP_OR_CHANNEL_LINE = () =>
  /^\s*(?:(?:javna|zatvorena|privatna|public|private|publiczna|prywatna|veřejná|soukromá|öffentliche|private|groupe public|groupe privé|grupo público|grupo privado|nyilvános|zárt)\s*(?:grupa|group|gruppe|skupina|csoport)?|(?:grupa|group|gruppe|skupina|groupe|grupo|csoport)\s+(?:publiczna|prywatna|public|privé|público|privado)|kanal|channel|canal|канал|група|группа)\s*·/iu;

/**
 * The same title written in full elsewhere in the message: a job board's "Role: Product Manager" field under its
 * heading "Senior Product Manager – Digital Health" is the Senior Product Manager. One or two words more, in front.
 */
function fullerTitle(title: string, subject: string | undefined, body: string): string {
  const words = title.split(' ').length;
  // The body's title runs, read once for the rest of the reading too; then the subject's.
  const fuller = [...rolePhrases(body), ...(subject === undefined ? [] : rolePhrases(subject))].find(
    (p) => p.value.endsWith(` ${title}`) && p.value.split(' ').length <= words + 2,
  );
  return fuller?.value ?? title;
}

// The search a job alert quotes: 'New jobs matching "Java Developer"', '5 new jobs match "F&B Manager"', 'matches your saved
// search "Driver"'.
const ALERT_SEARCH = /\bmatch(?:es|ing)?\s*(?:your\s+(?:saved\s+)?search\s*)?(?:for\s*)?["“][^"”“\n]{1,60}["”]/gi;

// Of several jobs, the one the message dwells on: "… but I'd especially like to tell you about the Senior React
// Developer search", "especialmente sobre la búsqueda de …". The title starts within a few words of the word.
const SINGLED_OUT_WORD =
  /\b(?:especially|particularly|in particular|especialmente|en particular|en particulier|surtout|insbesondere|vor allem|in particolare|soprattutto|em especial|zwłaszcza|szczególnie|zejména|speciellt|särskilt|særlig|spesielt|erityisesti)\b/gi;
const SINGLED_OUT_HINTS = [
  'especial',
  'particul',
  'surtout',
  'insbesondere',
  'vor allem',
  'soprattutto',
  'zwłaszcza',
  'szczególnie',
  'zejména',
  'speciellt',
  'särskilt',
  'særlig',
  'spesielt',
  'erityisesti',
];
// Of several jobs, the one whose details follow under a line of its own: "Oferta dla Senior Java Developera:",
// "Pour le poste de Commercial terrain B2B :", "For the Data Engineer role:".
const DETAILS_FOR =
  /(?:^|\n)[ \t•*→>-]*(?:for the|details for(?: the)?|pour le poste de|pour le poste|oferta dla|para (?:el|la) (?:puesto|posición|vacante|búsqueda) de|para a vaga de|für die (?:stelle|position) (?:als|des|der)|per (?:il ruolo|la posizione) di|voor de (?:functie|vacature)(?: van| als)?|för tjänsten som|for stillingen som|dla stanowiska)[ \t]+([^\n:]{2,60}?)(?:[ \t]+(?:role|position|job|opening))?[ \t]*:[ \t]*(?=\n)/gi;

const LIST_MARKS = '•*→>·-';
/** Does `line` open with a list's mark? */
function isListLine(line: string): boolean {
  const mark = line.trimStart().charAt(0);
  return mark !== '' && LIST_MARKS.includes(mark);
}
/** The job a list's line names: its text without the mark, and without what follows a dash or a gender marker. */
function listedJob(line: string): string {
  return line
    .replace(/^[ \t•*→>·-]+/, '')
    .split(/\s[-–—|(]\s?|\s+(?:H\/F|F\/H|m\/w\/d|\(m\/w\/d\))/)[0]!
    .trim();
}
// A figure with a currency on a line: a listed job's pay.
const PAY_ON_A_LINE = /\d[\d.,' ]*\s?(?:kr\b|€|£|\$|zł|Kč|CHF|EUR|SEK|NOK|DKK|PLN|GBP|USD)|(?:€|£|\$|CHF|kr\.?)\s?\d/;
/**
 * Is `text` a job's title and nothing more: an English title run that is all of it, or a few words without figures
 * around a job's noun in another language ("Senior .NET-udvikler")? Not "Up to $15,000 sign-on bonus for ICU RNs".
 */
/** Whether the words are a job's title whole, in the singular or the plural: "Community Managers". */
function wholeTitle(words: string): boolean {
  return rolePhrases(words).some((p) => p.at === 0 && p.value.length >= words.length - 1);
}
export function isJobTitle(text: string): boolean {
  // No money and no figure of its own (a code such as "B2B" or "A320" is a title's).
  if (/[$€£¥₹]|(?<![A-Za-z])\d/.test(text) || text.split(' ').length > 6) return false;
  return rolePhrases(text).some((p) => p.value === text) || (!inEnglish(text) && namesAnOccupation(text));
}
/** A piece of every lead DETAILS_FOR knows, lower case. */
const DETAILS_FOR_HINTS = [
  'for the',
  'details for',
  'pour le poste',
  'oferta dla',
  'para el',
  'para la',
  'para a vaga',
  'für die',
  'per il',
  'per la',
  'voor de',
  'för tjänsten',
  'for stillingen',
  'dla stanowiska',
];

/**
 * Of several jobs offered, the one the message singles out: its details under a line naming one of the jobs its list
 * gives (the title as the list wrote it, where a language inflects it there: "Developera" of "Senior Java Developer"),
 * or (`several` counted) a title a few words after "especially".
 */
function singledOutRole(body: string, several: boolean): string | null {
  const low = body.toLowerCase();
  const scan = body.length > 20_000 ? body.slice(0, 20_000) : body;
  // The lines of a bulleted list and the rest, each read once; a list's jobs without their markers ("H/F", a place
  // after a dash), read only when there are two.
  const lines = scan.split('\n');
  const listLines = lines.filter(isListLine);
  const listed = listLines.map(listedJob).filter((job) => job.length >= 3);
  // The one job of the list whose line gives a pay: "• Senior .NET-udvikler – op til 62.000 kr. om måneden".
  if (listed.length >= 2) {
    const paid = listLines.filter((line) => PAY_ON_A_LINE.test(line));
    if (paid.length === 1) {
      const job = listedJob(paid[0]!);
      // Only when the message's own sentences name no job: "We're hiring a Platform Engineer … also growing: • QA
      // Engineer – £50,000" is the Platform Engineer.
      const prose = lines.filter((line) => !isListLine(line)).join('\n');
      if (listed.includes(job) && isJobTitle(job) && rolePhrases(prose).length === 0) return job;
    }
  }
  if (listed.length >= 2 && DETAILS_FOR_HINTS.some((w) => low.includes(w))) {
    for (const m of scan.matchAll(compiled(DETAILS_FOR))) {
      const named = m[1]!.trim();
      for (const job of listed) {
        // A list of the jobs, not of places or tools: "For the London role:" under "- London", "- Berlin".
        if (!isJobTitle(job)) continue;
        if (job === named || (named.startsWith(job) && named.length - job.length <= 3 && !named.slice(job.length).includes(' ')))
          return job;
        if (job.startsWith(`${named} `)) return named;
      }
    }
  }
  if (several && SINGLED_OUT_HINTS.some((w) => low.includes(w))) {
    const phrases = rolePhrases(body);
    for (const m of scan.matchAll(compiled(SINGLED_OUT_WORD))) {
      const from = m.index + m[0].length;
      const after = scan.slice(from, from + 60);
      const stop = after.search(/[.!?\n]/);
      const window = stop === -1 ? after : after.slice(0, stop);
      // The job talked about ("especially about the … search", "especialmente sobre la búsqueda de …"), not a referral
      // asked for ("I'd especially welcome a Product Designer referral").
      const found = phrases.find((p) => {
        const at = scan.indexOf(p.value, p.at);
        return (
          at >= from &&
          at + p.value.length <= from + window.length &&
          /\b(?:about|on|for|sobre|sur|über|de|the|la|el|le|il|die|der|den|om|o|su|di)\b/i.test(scan.slice(from, at)) &&
          !/^\s*(?:referrals?|recommendations?|candidates?)\b/i.test(scan.slice(at + p.value.length))
        );
      });
      if (found) return found.value;
    }
  }
  return null;
}

// A title before the word for "position", as Turkish and Hungarian order them: "Kredi Riski Modelleme Müdürü pozisyonu
// için", "az Üzletvezető (áruházvezető) pozícióra keresek". Capitalised words, a bracket after them allowed.
const TITLE_BEFORE_POSITION = () =>
  /((?:[A-ZÇĞİÖŞÜÁÉÍÓŐÚŰ][\p{L}-]*[ ]){0,4}[A-ZÇĞİÖŞÜÁÉÍÓŐÚŰ][\p{L}-]*(?: \([^()\n]{1,40}\))?) (?:pozisyon(?:u|una|unu|umuz)?|pozíció(?:ra|t|ba|nk)?)(?![\p{L}])/gu;

/** The title before "pozisyonu" or "pozíció" in the body, when it names a job by its noun. */
function titleBeforePosition(body: string): string | null {
  if (!body.includes('pozisyon') && !body.includes('pozíci')) return null;
  for (const m of body.slice(0, 20_000).matchAll(compiled(TITLE_BEFORE_POSITION))) {
    // Within a sentence, after a word in lower case, a bracket or a comma ("az Üzletvezető …", "(İstanbul, Ataşehir) Kredi
    // Riski …"): after a capitalised word or at a line's start, the words may be a place, a client or "Acil" (urgent).
    const before = body.slice(Math.max(0, m.index - 60), m.index);
    // (Or the first line after a greeting's: "Merhaba Ahmet Bey,\nKıdemli Yazılım Geliştirici pozisyonu …".)
    const afterGreeting = /(?:^|\n)[^\n]{2,40}[,!][ \t]*\n\n?$/.test(before);
    if (!/^Az? /.test(m[1]!) && !afterGreeting && !/(?:(?:^|[\s(])\p{Ll}[\p{Ll}'’-]* |[),:] )$/u.test(before.slice(-30))) continue;
    // Not the Hungarian article a sentence opens with: "Az Üzletvezető … pozícióra".
    const title = m[1]!.trim().replace(/^Az? (?=\p{Lu})/u, '');
    if (namesAnOccupation(title.replace(/ \([^()]*\)$/, ''))) return title;
  }
  return null;
}

function titleOf(subject: string | undefined, body: string, several: boolean): string | null {
  // A job alert's subject quotes the reader's search, not the job: 'New job matching "Java Developer"'.
  if (subject?.includes('"') || subject?.includes('“')) subject = subject.replace(ALERT_SEARCH, '');
  // And so does an alert's first line pasted as text: 'JobStreet Job Alert: 5 new jobs match "F&B Manager"'. (Blanked,
  // not cut: where each title stands in the body is kept.)
  if (body.includes('"') || body.includes('“')) body = body.replace(ALERT_SEARCH, (search) => ' '.repeat(search.length));
  const labelled = labelledRole(body);
  if (labelled) {
    const inLabel = rolePhrases(labelled);
    const plain = cleanName(labelled.replace(/\s+(?:at|@|with)\s+.*$/i, '').replace(/\s[-–—|(].*$/, ''));
    // "Director of Food & Beverage": the title goes on past its noun.
    if (inLabel.length > 0 && plain.startsWith(`${inLabel[0]!.value} of `) && plain.split(' ').length <= 8) return plain;
    // A title whose noun comes first, as the Romance languages write it: "Poste : Consultant DevOps AWS".
    if (
      inLabel.length > 0 &&
      (plain.startsWith(`${inLabel[0]!.value} `) || plain.startsWith(`${inLabel[0]!.value}(`)) &&
      !plain.includes(',') &&
      plain.split(' ').length <= 5 &&
      !inEnglish(body)
    )
      return plain;
    // "Head of Revenues & Benefits": a second field after the title's own, joined by "&" or "and".
    if (inLabel.length > 0) {
      const at = plain.indexOf(inLabel[0]!.value);
      if (at >= 0 && /^ (?:&|and) [A-Z][\w-]*$/.test(plain.slice(at + inLabel[0]!.value.length))) return plain.slice(at);
      return fullerTitle(inLabel[0]!.value, subject, body);
    }
    if (plain !== '' && plain.split(' ').length <= 8) return plain;
  }
  const singledOut = singledOutRole(body, several);
  if (singledOut) return singledOut;
  // A title marked for all genders, in the subject or (one job only) the body, outside the writer's own lines.
  const inSubject = subject === undefined ? [] : markedTitles(subject);
  if (inSubject.length > 0) return inSubject[0]!.value;
  const markedInBody = several ? [] : markedTitles(body);
  if (markedInBody.length > 0) {
    const own = sendersOwnLines(body);
    const marked = markedInBody.find((t) => !own.some(([from, to]) => t.at >= from && t.at < to));
    if (marked) return marked.value;
  }
  // In a message not in English, a subject part or a heading that names the job by its noun.
  const english = inEnglish(body);
  const beforePosition = english ? null : titleBeforePosition(body);
  if (beforePosition) return beforePosition;
  const bySubjectNoun = english ? null : subjectOccupation(subject, body);
  if (bySubjectNoun) return bySubjectNoun;
  // Or a subject that says who hires whom, by a job's noun: "Le CH de Vallon-sur-Aire recrute des Infirmier(e)s
  // Diplômé(e)s d'État".
  // (The body's own for the same job, said so, is more exact: "Servicemonteur Koeltechniek" under a subject's "ervaren
  // monteur"; not another job or a word that is none.)
  const bySubjectVerb = english || subject === undefined ? null : hiringElsewhere(subject, []);
  if (bySubjectVerb && namesAnOccupation(bySubjectVerb.replace(/\([^()\s]{1,5}\)/g, ''))) {
    const inBody = hiringElsewhere(body, sendersOwnLines(body));
    // (Compared by their stems, whatever their gender and number: "Infirmier(e)s" and "Infirmière de bloc".)
    const stems = bySubjectVerb
      .toLowerCase()
      .replace(/\([^()]{0,5}\)|\/\p{L}{1,4}\b/gu, '')
      .split(/\s+/)
      .filter((word) => isOccupationWord(word))
      .map((word) => word.slice(0, 6));
    return inBody !== null && stems.some((stem) => inBody.toLowerCase().includes(stem)) ? inBody : bySubjectVerb;
  }
  // A subject listing several openings names none of them as the job.
  if (subject && !(several && /,(?!\d)[^,]*,(?!\d)|\b(?:multiple|several|various|numerous)\b/i.test(subject))) {
    const inSubject = rolePhrases(withoutSubjectLead(subject));
    const jobs = inSubject.filter((r) => !compiled(RECRUITING_TITLE).test(r.value));
    if (jobs.length > 0) return longest(jobs.filter((r) => r.at === jobs[0]!.at).map((r) => r.value));
  }
  if (several) return null;
  const mine = sendersOwnLines(body);
  const heading = english ? null : headingOccupation(body, mine);
  if (heading) return heading;
  const elsewhere = calledJob(body) ?? hiringElsewhere(body, mine) ?? neededJob(body, mine);
  if (elsewhere) return elsewhere;
  const phrases = rolePhrases(body).filter(
    (p) =>
      !mine.some(([from, to]) => p.at >= from && p.at < to) &&
      !compiled(NOT_THE_JOB).test(body.slice(Math.max(0, p.at - 60), p.at)) &&
      !readersNewStanding(body.slice(Math.max(0, p.at - 20), p.at)) &&
      // (Nor a publication's name: "your piece in The Actuary".)
      !inAPublication(body, p.at) &&
      !colleaguesTitle(body.slice(Math.max(0, p.at - 30), p.at)) &&
      // A colleague's title before their name: "Our Head of Science, Anita Rāwiri, came back …".
      // (A phrase's `at` is where its run starts, before words taken off its front: "Our".)
      !personAfter(body, p) &&
      // Nor a person's by its possessive: "the role would be the Finance Director's deputy".
      !possessed(body, p) &&
      !compiled(ADDRESSED_AS).test(body.slice(Math.max(0, p.at - 20), p.at)),
  );
  const inContext = phrases.filter((p) => compiled(ROLE_CONTEXT).test(body.slice(Math.max(0, p.at - 40), p.at)));
  // A recruiting title out of a hiring context is the writer's own ("Senior Technical Recruiter at ...").
  const jobs = phrases.filter((p) => !compiled(RECRUITING_TITLE).test(p.value));
  const pool = inContext.length > 0 ? inContext : jobs;
  if (pool.length === 0)
    return (
      subjectTitle(subject, body) ??
      areYouA(body) ??
      wantedJob(body) ??
      pluralSought(body) ??
      lowerCaseJob(body, mine) ??
      teacherGrade(body, mine) ??
      jobLink(body)?.role ??
      null
    );
  return pool[0]!.value;
}

// An Indian school's teaching grade and its subject, the post as schools name it: "PGT Physics", "TGT (Mathematics)",
// "PRT – English". (A post-graduate, a trained graduate and a primary teacher.)
// (Its subject one a school teaches: not "TGT Earnings", "PRT Network".)
const TEACHER_GRADE = () =>
  /\b(?:PGT|TGT|PRT)(?: ?\(| (?:[-–] )?)(?:Physics|Chemistry|Biology|Maths|Math|Mathematics|English|Hindi|Sanskrit|Urdu|French|German|Social Science|Social Studies|Science|SST|Computer Science|Computers?|Informatics Practices|Economics|Commerce|Accountancy|Business Studies|History|Geography|Political Science|Psychology|Sociology|Biotechnology|Physical Education|Music|Art|Fine Arts?|EVS)\b\)?/u;

/** The teaching post an Indian school's message names by its grade, outside the writer's own lines. */
function teacherGrade(body: string, own: Array<[number, number]>): string | null {
  if (!body.includes('PGT') && !body.includes('TGT') && !body.includes('PRT')) return null;
  const m = compiled(TEACHER_GRADE).exec(body);
  return m && !own.some(([from, to]) => m.index >= from && m.index < to) ? m[0] : null;
}

/** The words before a place where an office is, not an employer: "office at", "offices are at". */
// (And a flagship store: "our new Kestrel Outfitters flagship at Menlyn Maine"; not a warehouse, a depot or a plant "at"
// the firm that runs it, "the warehouse at Ocado", "the plant at Nestlé".)
const OFFICE_AT = () => /\b(?:office|offices|flagship)(?: (?:is|are))? (?:at|in) (?:the )?$/i;
/** A word of each of OFFICE_AT's, lower case: it runs only where one is. (Not "based at" or "located at": a UK post is
 * "based at the University of Leeds", its employer.) */
const OFFICE_WORDS = ['office', 'flagship'];
// "Several", before a list of jobs: no job of its own ("Estamos buscando varios/as:").
const SEVERAL_WORD = () => /^(?:vari[oa]s?|vari[oa]s\/[ao]s|diversos|diversas|v[aá]rios|v[aá]rias|vari|plusieurs|mehrere|several)$/i;
// A team's word after the bar of a sender's name: "Pampa Talent | Busquedas IT", "Nubank | Tech Recruiting".
const TEAM_AFTER_A_BAR = () =>
  /^(?:(?:Tech|IT|Global|Engineering|Corporate|Campus|Graduate|Technical|Ufficio|Servizio|Afdeling|Dienst|Service|Departamento|Abteilung) )?(?:b[uú]squedas?|recruiting|recruitment|talent(?: acquisition)?|careers?|jobs|empleos?|vagas|rh|hr|people|selecci[oó]n|reclutamiento|recrutement|karriere|personale|risorse umane|personeel|personalwesen)(?: [A-Z]{2,3})?$/i;
// A sentence announcing the opening on the line below it, lower case: "folgende Stelle neu geschaffen:".
const ANNOUNCES_AN_OPENING = () =>
  /\b(?:folgende (?:stelle|position|vakanz)|following (?:role|position|vacancy|opening)|(?:le|au) poste suivant|la siguiente (?:vacante|posición)|a seguinte vaga)\b/;
// SAP's or Microsoft's product before a title, after a label, an article or a line's start: "Role: SAP S/4HANA FICO
// Consultant", "Dynamics 365 Finance Consultant", "an Office 365 Administrator", "M365 Engineer".
const SAP_PRODUCT_BEFORE = () =>
  /(?:^|[\n:|–—-]\s*|\b(?:an?|the|our|as|for)\s+(?:experienced\s+|senior\s+)?)((?:SAP )?S\/4 ?(?:HANA )?|(?:Microsoft )?(?:Dynamics|Office) 365 |Microsoft 365 |[MDO]365 )$/;
// A sign-off line: what follows it, up to the next quoted or forwarded message, is the sender's signature. (Its colon
// too, as Hungarian and German writers may put it: "Üdvözlettel:".)
const SIGN_OFF =
  /(?:^|\n)(?:--|—|best|best regards|best wishes|with best wishes|kind wishes|warm wishes|all the best|regards|kind regards|warm regards|warmly|thanks|thanks again|thank you|many thanks|cheers|sincerely|to your success|wishing you success|talk soon|speak soon|(?:viele|beste|liebe|herzliche|sonnige) grüße(?: aus [^\n]{2,30})?|mit freundlichen grüßen|groetjes|groeten|(?:met )?(?:vriendelijke|hartelijke) groet(?:en)?|vennlig hilsen|med vennlig hilsen|venlig hilsen|med venlig hilsen|hilsen|hälsningar|vänliga hälsningar|med vänliga hälsningar|mvh|terveisin|ystävällisin terveisin|bien à vous|bien cordialement|cordialement|au plaisir|saludos|saludos cordiales|un saludo|atentamente|un saluto|cordiali saluti|distinti saluti|saluti|un cordiale saluto|(?:com os )?(?:melhores |meus )?cumprimentos|atenciosamente|(?:um )?abraços?|(?:un )?abrazo|(?:una )?abraçada|salutacions|pozdrawiam|z poważaniem|s pozdravem|με εκτίμηση|saygılarımla|cu stimă|üdvözlettel|ngā mihi(?: nui)?|nga mihi(?: nui)?)[ ,!.:]*\n/gi;
// A piece of every sign-off SIGN_OFF knows, lower case: a text with none of them has no sign-off line.
const SIGN_OFF_HINTS = [
  '--',
  '—',
  'best',
  'wishes',
  'regards',
  'warmly',
  'thank',
  'cheers',
  'sincerely',
  'success',
  'soon',
  'grüße',
  'groet',
  'hilsen',
  'hälsningar',
  'mvh',
  'terveisin',
  'bien à vous',
  'cordialement',
  'au plaisir',
  'saludo',
  'saluto',
  'saluti',
  'atentamente',
  'cumprimentos',
  'atenciosamente',
  'pozdrawiam',
  'poważaniem',
  'abraço',
  'abrazo',
  'abraçada',
  'salutacions',
  'pozdravem',
  'εκτίμηση',
  'saygılarımla',
  'cu stimă',
  'üdvözlettel',
  'mihi',
];
/** The sign-off lines of `body` (SIGN_OFF's matches), its pattern run only when the text holds a sign-off word. */
/** A word of ASCII letters, its first a capital and the rest small: "Denise". By characters. */
function capitalisedWord(word: string): boolean {
  if (word[0]! < 'A' || word[0]! > 'Z') return false;
  for (let i = 1; i < word.length; i++) if (word[i]! < 'a' || word[i]! > 'z') return false;
  return true;
}
/** The line of a closing signature's full name, over a title, among a message's last eight lines; -1 if none. */
function closingNameBlock(lines: string[]): number {
  let end = lines.length;
  while (end > 0 && lines[end - 1]!.trim() === '') end--;
  for (let i = Math.max(1, end - 8); i < end - 2; i++) {
    if (lines[i - 1]!.trim() !== '') continue;
    const words = lines[i]!.trim().split(' ');
    if (words.length < 2 || words.length > 3 || !words.every((word) => capitalisedWord(word) && word.length >= 2)) continue;
    if (compiled(SIGNATURE_TITLE).test(lines[i + 1]!.trim())) return i;
  }
  return -1;
}
// A person's title, as the line under their name in a signature says it.
const SIGNATURE_TITLE = () =>
  /^(?:[A-Z][\w&-]* ){0,4}(?:Director|Manager|Recruiter|Partner|Owner|Founder|Co-Founder|President|Supervisor|Superintendent|Coordinator|Officer|Lead|Head|Chef|Principal|Administrator|Generalist|Specialist|Consultant|Engineer|CEO|COO|CTO|CFO|VP)\b/;
function signOffs(body: string): Iterable<RegExpMatchArray> {
  const low = body.toLowerCase();
  const found = SIGN_OFF_HINTS.some((w) => low.includes(w)) ? [...body.matchAll(compiled(SIGN_OFF))] : [];
  // (Or the writer's first name alone on a line after a blank one, their full name opening the signature below it:
  // "Denise" over "Denise Caldwell | District Manager". By lines, in the message's first 20,000 characters: a forwarded
  // mail may follow it.)
  const lines = body.slice(0, 20_000).split('\n');
  let at = 0;
  for (let i = 1; i < lines.length - 1; i++) {
    at += lines[i - 1]!.length + 1;
    const name = lines[i]!.trim();
    if (lines[i - 1]!.trim() !== '' || name.length < 2 || name.length > 15 || !capitalisedWord(name)) continue;
    const below = lines[i + 1]!.trim() === '' ? (lines[i + 2] ?? '') : lines[i + 1]!;
    if (below.trim().startsWith(`${name} `) && /^[A-Z]/.test(below.trim().slice(name.length + 1))) {
      found.push(Object.assign([name], { index: at, input: body, groups: undefined }) as RegExpExecArray);
      found.sort((a, b) => (a.index ?? 0) - (b.index ?? 0));
      break;
    }
  }
  // (Or, where nothing signs off, a signature block closing the message: a full name alone after a blank line, a title
  // under it, "Mateo Alvarez" over "Director of Operations" over "Harbor & Hearth Hospitality Group". Among the
  // message's last eight lines: a job's title over its employer higher up is an advert's.)
  if (found.length === 0) {
    const block = closingNameBlock(lines);
    if (block >= 0) {
      const index = lines.slice(0, block).reduce((sum, line) => sum + line.length + 1, 0);
      found.push(Object.assign([lines[block]!], { index, input: body, groups: undefined }) as RegExpExecArray);
    }
  }
  // (Or a dash and the writer's first name alone on a line, as a short note signs: "— Eli". By strings first: most
  // messages have none.)
  if (!body.includes('\n— ') && !body.includes('\n-- ')) return found;
  // (Only where the note ends there, or a blank line or the full name follows: "— Ownership" over a sentence is a list's.)
  const named = [...body.matchAll(/\n(?:—|--) ?([A-Z][a-z]{1,15})[ \t]*(?:\n[ \t]*(?:\n|$)|\n\1 |$)/g)];
  return named.length === 0 ? found : [...found, ...named].sort((a, b) => (a.index ?? 0) - (b.index ?? 0));
}
// Where an earlier message starts in a thread: "On Mon ... wrote:", a forwarded header.
const THREAD_START = /\n(?:On [^\n]{5,200} wrote:|-{2,} ?(?:Original|Forwarded) [Mm]essage ?-{2,}|From: [^\n]{2,200})\n/g;
// A greeting line: the lines above it in a pasted conversation are the sender's name and headline.
const GREETING_LINE =
  /(?:^|\n)(?:hi|hiya|hello|hey|dear|g['’]day|howdy|good (?:morning|afternoon|evening)|greetings|hei|hallo|hej|moin|hoi|bonjour|salut|hola|ciao|ol[áa]|labas|sveiki|labdien|tere|moi|merhaba|chào)\b[^\n]{0,60}\n/i;

const NAME_BAR_LINE =
  /(?:^|\n)[ \t]*([A-Z\u00C0-\u00DE][a-z\u00DF-\u00FF'’-]+(?: [A-Z\u00C0-\u00DE][a-z\u00DF-\u00FF'’-]+){1,2}) \| [^\n]{2,100}/g;
/**
 * Where the sender writes about themselves: the headline above the greeting (unless `head` is false: the lines above a
 * greeting may also be a subject's), each signature. [from, to) ranges.
 */
function sendersOwnLines(body: string, head = true): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  const greeting = head ? compiled(GREETING_LINE).exec(body) : null;
  if (greeting && greeting.index > 0 && body.slice(0, greeting.index).split('\n').length <= 8) {
    // A messaging app's block: the sender's name, headline and time, then the message's subject on a line of its own,
    // a paragraph apart. The subject is the message's: "Conor Brennan / Legal Recruitment Consultant at … / Tuesday
    // 10:14 // Senior Associate – Commercial Litigation".
    const head = body.slice(0, greeting.index).replace(/\s+$/, '');
    const lastBreak = head.search(/\n[ \t]*\n(?=[^\n]*$)/);
    const last = lastBreak < 0 ? '' : head.slice(lastBreak).trim();
    const subjectLine = lastBreak > 0 && head.slice(0, lastBreak).trim() !== '' && last !== '' && last.length <= 120;
    ranges.push([0, subjectLine ? lastBreak : greeting.index]);
  }
  // A channel's name over its count of subscribers, as Telegram shows them: "UK Locum Doctors 🩺 Jobs" / "channel · 18 412
  // subscribers". (By strings first.)
  const channel = body.indexOf(' subscribers');
  if (channel > 0 && channel < 200) {
    const lines = body.slice(0, channel).split('\n');
    if (lines.length === 2 && /^\s*(?:channel|group)\s*·/i.test(lines[1]!)) ranges.push([0, lines[0]!.length]);
  }
  // A messaging app's sender block: the name with its connection degree, then the sender's headline.
  // (Its dot may be a bullet: "Anindya Putri Rahardjo • 1st".)
  for (const m of body.includes('\u00b7') || body.includes('\u2022')
    ? body.matchAll(
        compiled(
          // (Italian's "2°" only after a person's name, its words capitalised: not "Via Roma 12 · 2°", a floor.)
          /(?:^|\n)(?:[^\n]{2,60}[\u00b7\u2022]\s*(?:1st|2nd|3rd|[123](?:\.[ºª]|\.|e|º|er|ος(?: βαθμός)?|ο|\.?\s?(?:stopnia|grads?|grad))?)|[A-ZÀ-Þ][a-zà-ÿ'’-]+(?: [A-ZÀ-Þ][a-zà-ÿ'’-]+){1,3} [\u00b7\u2022] [123]°)\n[^\n]{0,160}/g,
        ),
      )
    : []) {
    const from = (m.index ?? 0) + (m[0].startsWith('\n') ? 1 : 0);
    // (A headline that is a call for the job is the job's: "Hiring a Staff Embedded Engineer at Kestrel Robotics".)
    const headline = m[0].slice(m[0].lastIndexOf('\n') + 1);
    if (/^(?:we['’]re |now |I['’]m )?hiring\b/i.test(headline)) continue;
    ranges.push([from, (m.index ?? 0) + m[0].length]);
    if (ranges.length >= 10) break;
  }
  // A signature's line: a person's name, a bar, and their title ("Harriet Cole | Principal Consultant, SaaS Sales").
  if (body.includes(' | ')) {
    for (const m of body.matchAll(compiled(NAME_BAR_LINE))) {
      if (rolePhrases(m[1]!).length > 0) continue;
      // A signature's place: the last third of the text, or just before a quoted or forwarded thread; a heading
      // "Kestrel Labs | Senior Backend Engineer | London" at the top is the job's.
      const end = (m.index ?? 0) + m[0].length;
      const below = body.slice(end, end + 400);
      if (end < (body.length * 2) / 3 && !below.includes('\n>') && !below.includes('wrote:') && !below.includes('Forwarded')) continue;
      const from = (m.index ?? 0) + (m[0].startsWith('\n') ? 1 : 0);
      ranges.push([from, (m.index ?? 0) + m[0].length]);
      if (ranges.length >= 20) break;
    }
  }
  // The writer introducing themselves by name and title, up to where the sentence turns to the job: "Felipe Ocampo here,
  // VP of Sales at Ruana Software.", "Soy Patricia Garza, Directora Regional Noreste de Farmacias Bienestar Norte.", "I'm
  // Dana Whitfield, Head of Talent at Corvane, and I'm hiring …". (By strings first.)
  if (
    body.includes(' here, ') ||
    body.includes("I'm ") ||
    body.includes('I’m ') ||
    /(?:[Ss]oy|[Ss]ou|[Ss]ono|[Ii]ch bin|[Jj]e suis) /.test(body)
  ) {
    for (const m of body.matchAll(compiled(WRITER_INTRODUCED))) {
      // (A person's name: not "New Opportunity here, Head of Finance at …".)
      const here = m[0].indexOf(' here, ');
      if (
        here >= 0 &&
        m[0]
          .slice(0, here)
          .split(/\s+/)
          .some((word) => NOT_NAME.has(word))
      )
        continue;
      ranges.push([m.index ?? 0, (m.index ?? 0) + m[0].length]);
      if (ranges.length >= 10) break;
    }
  }
  // (And in India's languages, "I" and a name, then a comma: "நான் அருண் பிரகாஷ், Thendral Labs-ல Engineering Head.")
  if (INDIC_I.some((word) => body.includes(`${word} `))) {
    for (const m of body.matchAll(compiled(INDIC_WRITER_INTRODUCED))) {
      ranges.push([m.index ?? 0, (m.index ?? 0) + m[0].length]);
      if (ranges.length >= 10) break;
    }
  }
  // A signature with no sign-off: the writer's name alone on a line near the end, their title under it.
  const tailFrom = Math.max(0, body.length - 300);
  const named = compiled(
    /\n\n([A-Z\u00C0-\u00DE][\w\u00C0-\u024F'’-]+(?: [A-Z\u00C0-\u00DE][\w\u00C0-\u024F'’-]+){0,2})[ \t]*\n(?=[ \t]*\S)/,
  ).exec(body.slice(tailFrom));
  // A job's noun makes it a heading, not a name: "CONTABLE SENIOR" above the employer's line.
  if (named && rolePhrases(named[1]!).length === 0 && !namesAnOccupation(named[1]!)) ranges.push([tailFrom + named.index, body.length]);
  const starts = [...body.matchAll(compiled(THREAD_START))].map((m) => m.index ?? 0);
  for (const m of signOffs(body)) {
    const from = m.index ?? 0;
    const next = starts.find((at) => at > from);
    ranges.push([from, next ?? body.length]);
  }
  // A name after a dash, alone on its line after a paragraph and a blank line, with a signature's line below it (no
  // figure, no full stop), signs off too: "— Marcus\nCo-founder & CTO, Kestrelbyte" (not a list's item after a colon,
  // with a bullet below it, or above a sentence: "- Hybrid\n- Platform Engineer", "- Remote\nThe role pays £95k.").
  if (body.includes('\n—') || body.includes('\n–') || body.includes('\n-')) {
    for (const m of body.matchAll(compiled(DASH_SIGNATURE))) {
      if (rolePhrases(m[1]!).length > 0 || namesAnOccupation(m[1]!)) continue;
      const from = m.index ?? 0;
      const next = starts.find((at) => at > from);
      ranges.push([from, next ?? body.length]);
      if (ranges.length >= 30) break;
    }
  }
  return ranges;
}
// (Its title only, up to the next comma or stop, and only one led by a capital, perhaps after an article: not the job
// the sentence goes on to, "I'm Sam, a recruiter at Brightwell, reaching out about a Senior Java Developer role", nor a
// verb, "I'm Priya, hiring a Staff Engineer", nor the hire it is for, "I'm Tyler, Hiring Manager for the Senior Frontend
// Engineer position".)
const WRITER_INTRODUCED = () =>
  /(?:\b(?:I['’]m|I am|[Ss]oy|[Ss]ou|[Ss]ono|[Ii]ch bin|[Jj]e suis) (?:(?:el|la|o|a) )?|(?:^|\n|[.!?] )(?=\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){0,2} here, ))\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){0,2}(?: here)?, (?:(?:an?|the|el|la|un|una|o|a|um|uma) )?\p{Lu}(?:[^\n.!?;,]|\.(?=\w))*?(?=[\n.!?;,]|,? (?:and|y|e|et|und|but|pero|so) | (?:for|on|of) (?:the|our|a|an) |$)/gu;
// "I" in Tamil, Hindi, Marathi, Kannada, Telugu, Bengali and Malayalam. (Speed only: the pattern below runs only where
// one is written.)
const INDIC_I = ['நான்', 'मैं', 'मी', 'ನಾನು', 'నేను', 'আমি', 'ഞാൻ'];
// (Its title only, in Latin letters up to the next comma or stop: not a question, "मैं जानना चाहता था, क्या आप Data Analyst …".)
const INDIC_WRITER_INTRODUCED = () => /(?:நான்|मैं|मी|ನಾನು|నేను|আমি|ഞാൻ) [^\s,]+(?: [^\s,]+){0,2}, [A-Z][^\n.!?।,]{1,100}/gu;
const DASH_SIGNATURE =
  /[^:\s][ \t]*\n[ \t]*\n[ \t]*(?:—|–|--?)[ \t]?([A-Z\u00C0-\u00DE][a-z\u00DF-\u024F'’-]+(?: [A-Z\u00C0-\u00DE][a-z\u00DF-\u024F'’-]+)?)[ \t]*(?=\n[ \t]*[^\s\-–—•*][^\n\d]{0,80}(?<!\.)(?:\n|$))/g;

function longest(values: string[]): string {
  return values.reduce((a, b) => (b.length > a.length ? b : a));
}

/**
 * How many different kinds of job the message offers: "Java Developer,
 * Nurse, Truck Driver" are three families; "Senior" and "Staff Engineer" one.
 */
export function roleFamilies(text: string): { count: number; examples: string[] } {
  const phrases = rolePhrases(text);
  const all = familiesOf(text, phrases);
  if (all.count < 3) return all;
  // The sender's own title, in a messaging app's headline or a signature, is no job offered. (Looked for only when it
  // could matter: the count of three that says "several jobs".)
  const own = sendersOwnLines(text, false);
  return familiesOf(
    text,
    phrases.filter(({ at }) => !own.some(([from, to]) => at >= from && at < to)),
  );
}

function familiesOf(text: string, phrases: Array<{ value: string; at: number }>): { count: number; examples: string[] } {
  const families = new Map<string, string>();
  // Only titles listed: each at the start of a line (a bullet, a number), or three or more on one line.
  const lineOf = (at: number) => text.lastIndexOf('\n', at - 1) + 1;
  const perLine = new Map<number, number>();
  for (const p of phrases) perLine.set(lineOf(p.at), (perLine.get(lineOf(p.at)) ?? 0) + 1);
  for (const { value, at } of phrases) {
    const start = lineOf(at);
    const listed = /^[^A-Za-z\u00C0-\u024F]*$/.test(text.slice(start, at)) || (perLine.get(start) ?? 0) >= 3;
    if (!listed) continue;
    const bare = value.replace(/\s*\(.*\)$/, '').toLowerCase();
    const noun = /(\w+?)s?$/.exec(bare)?.[1] ?? bare;
    const head = bare.replace(
      compiled(/^(?:(?:senior|sr\.?|junior|jr\.?|staff|principal|lead|mid[- ]?level|entry[- ]?level|remote|contract)\s+)+/),
      '',
    );
    // "Principal Consultant, Technology Sales" and "Principal Consultant" are one family.
    const family = `${noun}:${head.replace(',', ' ').split(' ')[0]}`;
    if (!families.has(family)) families.set(family, value);
  }
  return { count: families.size, examples: [...families.values()].slice(0, 4) };
}

/**
 * The title a job board's card writes on the line above its employer's: "Reponedor/a – Turno de tarde" above
 * "Supermercados Ferrán – Zaragoza, Aragón". Read only when no other rule found a title: the employer's line, a dash and
 * a place after the name, is what makes the line above a title, whatever its words. By strings.
 */
export function titleAboveEmployer(body: string, company: string): string | null {
  // (Only in a board's mail, which asks the reader to apply: not a reply's heading, "Next Steps" over "Globex Corporation
  // – Springfield".)
  if (!/\b(?:appl(?:y|ication)|invit\w*|solicit\w*|postul\w*|candidat\w*|bewerb\w*|alerts?|lamar\w*|undang\w*|lowongan)/i.test(body))
    return null;
  const lines = body.split('\n').map((line) => line.trim());
  for (let i = 1; i + 1 < lines.length; i++) {
    const line = lines[i]!;
    if (!line.startsWith(company) || !/^\s[–—·|-]\s\S/.test(line.slice(company.length))) continue;
    // (A card: its pay or its date on the line under the employer's, its title after a break; not a signature's title
    // over "Northwind Traders – Seattle, WA" at a mail's end.)
    if (!/\d/.test(lines[i + 1]!) || (i >= 2 && lines[i - 2] !== '' && !/^[-─━═_*~=·•]{3,}$/.test(lines[i - 2]!))) continue;
    const title = lines[i - 1]!;
    const words = title.split(/\s+/);
    if (
      title.length >= 3 &&
      title.length <= 80 &&
      words.length <= 8 &&
      /^[\p{Lu}]/u.test(title) &&
      !/[.:!?,;]$/.test(title) &&
      !/[£$€¥₹]|\d[\d,.]{3,}/.test(title) &&
      !title.includes(company)
    )
      return title;
  }
  return null;
}
