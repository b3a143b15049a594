// The nouns of jobs in the languages other than English that messages are
// written in: the word a title is built around ("Magazynier", "Vedoucí
// prodejny", "Lagermedarbeider", "Administratief medewerker"). English titles
// are found by their nouns in labels.ts (ROLE_NOUN, TRADE_NOUN); these are for
// the messages whose titles no English noun names. Sets and suffixes, not
// patterns: a lookup costs no compilation on a first read. Pure.

// Māori titles' words: a manager, a helper, an adviser, a teacher, a worker, a guide, a coordinator, a nurse.
const MAORI_TITLE_WORDS = 'kaiwhakahaere kaiāwhina kaiawhina kaitohutohu kaiako kaimahi kaiārahi kaiarahi kaiwhakarite kaiwhakaako tapuhi';

// Whole words, lower case, both genders where they differ.
const OCCUPATION_WORDS = new Set(
  [
    // Spanish
    'asesor asesora asesores ejecutivo ejecutiva camarero camarera chofer conductor conductora repartidor repartidora gerocultor gerocultora cocinero cocinera enfermero enfermera vendedor vendedora dependiente dependienta encargado encargada gerente analista técnico técnica operario operaria auxiliar administrativo administrativa recepcionista mozo soldador soldadora electricista mecánico albañil profesor profesora maestro maestra abogado abogada contador contadora desarrollador desarrolladora programador programadora ingeniero ingeniera jefe jefa director directora coordinador coordinadora supervisor supervisora cajero cajera limpiador limpiadora contable auditor auditora agente representante ayudante bodeguero enólogo enóloga',
    // Portuguese
    'chefe cuidador cuidadora coordenador coordenadora engenheiro engenheira desenvolvedor desenvolvedora atendente enfermeiro enfermeira motorista operador operadora assistente consultor consultora cientista especialista estoquista repositor cozinheiro cozinheira garçom garçonete eletricista farmacêutico farmacêutica farmacéutico farmacéutica farmacista pharmacien pharmacienne responsável gestor gestora encarregado encarregada diretor diretora contabilista técnico técnica tecnico tecnica vendedora',
    // Italian
    'capo docente insegnante operatori magazzinieri carrellista carrellisti impiegato impiegata addetto addetta magazziniere operaio operaia commesso commessa cuoco cuoca cameriere cameriera infermiere infermiera ingegnere tecnico sviluppatore sviluppatrice responsabile direttore direttrice autista contabile avvocato avvocata geometra progettista manutentore',
    // French
    'responsable assistant assistante chef cheffe commandant pilote copilote directeur directrice technicien technicienne ingénieur ingénieure développeur développeuse comptable commercial commerciale chauffeur infirmier infirmière aide-soignant aide-soignante serveur serveuse cuisinier cuisinière vendeur vendeuse conseiller conseillère gestionnaire chargé chargée enseignant enseignante professeur électricien mécanicien soudeur magasinier cariste préparateur préparatrice opérateur opératrice juriste avocat avocate consultant consultante caissier caissière employé employée banquier banquière',
    // Researchers, in several of these languages
    'postdoktor postdoc doktorand forskare forsker tutkija ricercatore ricercatrice assegnista investigador investigadora pesquisador pesquisadora chercheur chercheuse onderzoeker badacz výzkumník',
    // Call centres and couriers
    'teleoperador teleoperadora teleoperadores kurye kuryeler téléconseiller téléconseillère téléconseillers téléconseillères téléopérateur téléopératrice',
    // Journalists, in several of these languages
    'journalist journaliste journalista giornalista dziennikarz novinář toimittaja',
    // Dutch
    'medewerker medewerkster chauffeur verpleegkundige docent leerkracht monteur adviseur beheerder ontwikkelaar verkoper verkoopster kok coördinator analist specialist technicus planner boekhouder jurist advocaat werfleider',
    // Swedish, Norwegian, Danish
    'lärare lærer lektor assistent sundhedsassistent sundhedshjælper vernepleier helsefagarbeider miljøterapeut barnehagelærer svetsare sveiser svejser undersköterska undersköterskor sjuksköterska sykepleier sygeplejerske säljare selger sælger tekniker konsulent ingenjör ingeniør elektriker snickare tømrer tømmermand kock kokk direktør direktör rådgiver rådgivare controller handläggare saksbehandler sagsbehandler pedagog pædagog förskollärare montør chaufför sjåfør chauffør',
    // Finnish
    'kokki lehtori yliopettaja myyjä asentaja kuljettaja opettaja sihteeri koordinaattori esimies työntekijä neuvoja tarkastaja kirjanpitäjä lähihoitaja sairaanhoitaja',
    // Ukrainian, Russian, Bulgarian and Serbian in Cyrillic
    'пакувальник пакувальниця комплектувальник комплектовщик упаковщик агент менеджер менеджерка бухгалтер бухгалтерка водій водитель шофер продавець продавец продавач програміст программист розробник разработчик інженер инженер оператор касир кассир кухар повар готвач офіціант официант сервитьор логіст логист аналітик аналитик дизайнер механік механик електрик электрик зварювальник сварщик комірник кладовщик вантажник грузчик лікар врач медсестра вчитель учитель учител адміністратор администратор консультант консултант спеціаліст специалист керівник руководитель мениджър возач кувар конобар шофьор програмер сестра медицинска истраживач',
    // Serbian and Croatian in Latin letters, the factory's and the kitchen's: "zapošljava OPERATERE", "KUVAR / KUVARICA".
    'operater operaterka kuvar kuvarica',
    // Turkish titles' nouns with their compound ending: "Kurumsal Satış Yöneticisi", "Vardiya Şefi"
    'yönetici yöneticisi şef şefi teknisyen teknisyeni',
    // Māori titles, as New Zealand signatures give them beside the English: "Nurse Manager | Kaiwhakahaere Tapuhi"
    MAORI_TITLE_WORDS,
    // Malay: "Jurutera Penyelenggaraan", "Penyelia Gudang"
    'jurutera juruteknik jururawat pengurus penyelia kerani pemandu',
    // Flemish and Dutch "Teamleader"; Catalan "enginyer/a", "tècnic/a"
    'teamleader enginyer enginyera tècnic tècnica',
    // Portuguese and Danish trades: "Serralheiro Mecânico", "tømrersvende"
    'serralheiro serralheira tømrersvend tømrersvende',
    // Polish
    'kierowca magazynier magazynierka pracownik pracowniczka specjalista specjalistka kupiec kupczyni księgowa księgowy administrator administratorka operator operatorka kierownik kierowniczka programista programistka inżynier technik elektryk mechanik spawacz sprzedawca sprzedawczyni kasjer kasjerka pielęgniarka pielęgniarz lekarz nauczyciel nauczycielka asystent asystentka konsultant konsultantka doradca koordynator koordynatorka tester analityk monter brygadzista dyrektor menedżer przedstawiciel handlowiec opiekun opiekunka kucharz kelner kelnerka recepcjonista recepcjonistka sekretarka prawnik architekt projektant projektantka logistyk spedytor dyspozytor ślusarz',
    // Czech and Slovak (also as texted without accents)
    'zástupce zástupkyně zastupce manažer manažerka technolog vedoucí vedouci seřizovač serizovac obráběč frézař soustružník řidič ridic řidička skladník skladnik mistr operátor operátorka prodavač prodavac prodavačka účetní programátor vývojář vyvojar inženýr elektrikář mechanik svářeč zámečník obchodník asistentka referent referentka konzultant učitel učitelka sestra lékař kuchař číšník servírka recepční pokladní analytik analytička ředitel ředitelka specialista specialistka',
    // Czech brewers and cooks, and a welder texted without accents: "vrchního sládka", "šéfkuchař", "svarec MIG/MAG".
    'sládek sládková šéfkuchař šéfkuchařka svarec',
    // Slovak, where it is not written as Czech is.
    'zvárač zváračka vodič vodička skladník skladníčka murár elektrikár kuchár kuchárka čašník čašníčka predavač predavačka účtovník účtovníčka montážnik zámočník sústružník frézar lakovník opatrovateľ opatrovateľka',
    // Estonian, with the partitive the verb of looking for takes: "Otsime Senior Rust arendajat".
    'arendaja arendajat insener inseneri juht juhti müüja müüjat raamatupidaja raamatupidajat analüütik analüütikut',
    // Spanish and Portuguese scientists and professions: "necesitamos un/a Geólogo/a Senior de Exploración".
    'geólogo geóloga geólogos geólogas geologo geologa geólogo/a biólogo bióloga químico química abogado abogada advogado advogada',
    // Mexican Spanish, the warehouse's and the floor's: "Solicitamos *MONTACARGUISTAS*".
    'montacarguista almacenista estibador empacador empacadora mesero mesera vigilante',
    // Slovenian and Latvian engineers: "Iščemo razvojnega inženirja", "meklē Tīkla inženieri".
    'inženir inženirja inženirko razvijalec razvijalca inženieris inženieri inženiere',
    // Hungarian: a system administrator.
    'rendszergazda rendszermérnök',
    // Romanian, Croatian, Hungarian, Turkish, Greek
    'agenți agentă chimist culegător culegători culegătoare muncitor muncitori inginer tehnician vânzător șofer contabil programator mecanic sudor consilier inženjer tehničar voditelj voditeljica vozač prodavačica programer knjigovođa konobar kuhar skladištar električar savjetnik savjetnica mérnök technikus vezető munkatárs fejlesztő eladó sofőr ápoló tanár könyvelő asszisztens szakács raktáros üzletkötő villanyszerelő karbantartó tanácsadó elemző mühendis mühendisi teknisyen uzman uzmanı müdür müdürü direktör direktörü sorumlu sorumlusu temsilci temsilcisi şoför şoförü aşçı garson danışmanı personel personeli eleman elemanı işçi işçisi operatör operatörü kasiyer kasiyeri hemşire öğretmen geliştirici muhasebeci danışman μηχανικός μηχανικό νοσηλευτής νοσηλεύτρια οδηγός πωλητής λογιστής',
  ]
    .join(' ')
    .split(' '),
);

// The last part of a compound title in German, Dutch, the Nordic languages and Finnish: "Polymechaniker",
// "Werkvoorbereider", "Lagermedarbeider", "Myyntipäällikkö", "Specialistsjuksköterska".
const OCCUPATION_ENDINGS = [
  // Hungarian (with 'vezető' below): "Gépkezelő", "Villanyszerelő", "Ügyfélszolgálati munkatárs".
  'kezelő',
  'szerelő',
  'munkatárs',
  // Norwegian, Danish and Swedish: "seniorrådgiver", "specialrådgivare"; "IT-säkerhetsspecialist", "lønspecialist".
  'rådgiver',
  'rådgivare',
  'specialist',
  // German
  'leiter',
  // Austrian payroll: "Lohnverrechner:in", "Personalverrechnerin".
  'verrechner',
  'verrechnerin',
  'leiterin',
  // (A head named by the office, as German public bodies write it: "Sachgebietsleitung", "Teamleitung".)
  'leitung',
  'ingenieur',
  'techniker',
  'mechaniker',
  'mechatroniker',
  'elektriker',
  'elektroniker',
  'monteur',
  'fahrer',
  'berater',
  'beraterin',
  'entwickler',
  'pfleger',
  'pflegerin',
  'fachkraft',
  // Swiss titles: "Pflegefachperson HF", "Fachfrau Gesundheit", "Fachmann Betriebsunterhalt".
  'fachperson',
  'fachfrau',
  'fachmann',
  'pflegekraft',
  'kaufmann',
  'kauffrau',
  'arzt',
  'ärztin',
  'verkäufer',
  'referent',
  'sachbearbeiter',
  'buchhalter',
  'konstrukteur',
  'meister',
  'polier',
  'lehrer',
  'lehrerin',
  'erzieher',
  'erzieherin',
  'therapeut',
  'mitarbeiter',
  'mitarbeiterin',
  'spezialist',
  'disponent',
  'lagerist',
  // Dutch
  'medewerker',
  'voorbereider',
  // "Productieverantwoordelijke", "Kwaliteitsverantwoordelijke": the one in charge of a field, in Flemish.
  'verantwoordelijke',
  // Not "leider" alone: in German it is "unfortunately".
  'teamleider',
  'projectleider',
  'werfleider',
  'ploegleider',
  'adviseur',
  'beheerder',
  'ontwikkelaar',
  'verkoper',
  // Swedish, Norwegian, Danish
  'chef',
  'leder',
  'ledare',
  'medarbeider',
  'medarbetare',
  'medarbejder',
  'sköterska',
  'sköterskor',
  'sykepleier',
  'sygeplejerske',
  'lärare',
  'ingenjör',
  'ingeniør',
  'tekniker',
  'konsulent',
  'sjef',
  'ansvarig',
  'ansvarlig',
  'utvecklare',
  'förvaltare',
  'forvalter',
  'utvikler',
  'udvikler',
  'säljare',
  'selger',
  'sælger',
  'montør',
  'direktør',
  'fører',
  'journalist',
  'koordinator',
  'operatör',
  'förare',
  'arbeider',
  'arbetare',
  'arbejder',
  // Finnish
  'päällikkö',
  'kehittäjä',
  'asiantuntija',
  'hoitaja',
  'insinööri',
  'johtaja',
  'suunnittelija',
  'asentaja',
  'kuljettaja',
  'opettaja',
  'työntekijä',
  'tutkija',
  'ohjaaja',
  // Hungarian
  'vezető',
  // Norwegian and Danish
  'fullmektig',
  'fuldmægtig',
];

// The words of the writer's own trade, which a title in a signature holds: never the job on offer.
const RECRUITING_STEMS = /rekryt|rekrut|recrut|recruit|werving|headhunt|personalberat|talent/i;

/** Whether one word (as written, any case, with a gender ending such as "(a)", "/ka" or ":in") is a job's noun. */
export function isOccupationWord(written: string): boolean {
  const word = written
    .toLowerCase()
    .replace(/^[-–*_]+|[*_.,;:!?]+$/g, '')
    .replace(/\((?:a|e|ne|ve|as|es|in|o|ère|euse|rice|trice)\)s?$|[:*_](?:in|innen)$/u, '');
  if (word.length < 3 || RECRUITING_STEMS.test(word)) return false;
  const first = written.replace(/^[-–*_]+/, '')[0] ?? '';
  // (A field's name in a heading is capitalised and ends "-ika"/"-yka": "Obszar: Logistyka".)
  const lowerFirst = first !== first.toUpperCase() || !/[iy]ka$/.test(word);
  // "Magazynier/ka", "Zahnarzt/Zahnärztin", "Gerocultor/a", "UX-researcher": each part.
  const parts = word.split(/[/-]/).filter((part) => part.length >= 3);
  // "Polymechaniker-Stelle": a word for the opening, not for the job.
  if (parts.length > 1 && /^(?:stelle|job|jobb|stilling|tjänst|tjänsten|vacature|position)$/.test(parts[parts.length - 1]!)) return false;
  return parts.some(
    (part) =>
      OCCUPATION_WORDS.has(part) ||
      // A Romance plural: "ELECTRICISTAS", "asesores", "camareros".
      (part.endsWith('s') &&
        (OCCUPATION_WORDS.has(part.slice(0, -1)) || (part.endsWith('es') && OCCUPATION_WORDS.has(part.slice(0, -2))))) ||
      // A Danish, Norwegian or Swedish plural: "SOSU-assistenter", "sygeplejersker", "elektrikere".
      (part.endsWith('r') &&
        (OCCUPATION_WORDS.has(part.slice(0, -1)) || (part.endsWith('er') && OCCUPATION_WORDS.has(part.slice(0, -2))))) ||
      (part.endsWith('e') && OCCUPATION_WORDS.has(part.slice(0, -1))) ||
      // A Czech, Slovak or Polish noun as the object of "we seek": "hledáme technologa", "vedoucího výroby", "kierownika".
      // (Written in lower case, as an object is: "Obszar: Logistyka" is a field.)
      (lowerFirst && part.endsWith('a') && OCCUPATION_WORDS.has(part.slice(0, -1))) ||
      (lowerFirst && part.endsWith('ho') && OCCUPATION_WORDS.has(part.slice(0, -2))) ||
      // (A Czech feminine object, "hledám staniční sestru", and a masculine one that drops its "e", "vrchního sládka".)
      (lowerFirst && part.endsWith('u') && OCCUPATION_WORDS.has(`${part.slice(0, -1)}a`)) ||
      (lowerFirst && part.endsWith('ka') && OCCUPATION_WORDS.has(`${part.slice(0, -2)}ek`)) ||
      // A Cyrillic object or plural: "търсим ОПЕРАТОРИ", "тражимо програмера", "ищем менеджеров".
      ((part.endsWith('а') || part.endsWith('и') || part.endsWith('у')) && OCCUPATION_WORDS.has(part.slice(0, -1))) ||
      ((part.endsWith('ов') || part.endsWith('ев') || part.endsWith('ей')) && OCCUPATION_WORDS.has(part.slice(0, -2))) ||
      // An Italian plural: "Addetti", "Ingegneri", "Tecnici"; a Romanian one: "șoferi", "sudori".
      (part.endsWith('i') &&
        (OCCUPATION_WORDS.has(`${part.slice(0, -1)}o`) ||
          OCCUPATION_WORDS.has(`${part.slice(0, -1)}e`) ||
          OCCUPATION_WORDS.has(part.slice(0, -1)))) ||
      // ("verantwoordelijke" alone is Dutch for "responsible": a compound only, "Productieverantwoordelijke".)
      OCCUPATION_ENDINGS.some((ending) => part.endsWith(ending) && (ending !== 'verantwoordelijke' || part.length > ending.length)) ||
      // The same compounds in a Nordic plural: "lagermedarbeidere", "lagermedarbejdere", "serviceteknikere".
      (part.endsWith('e') && OCCUPATION_ENDINGS.some((ending) => part.endsWith(`${ending}e`))),
  );
}

/** Whether a name holds a Māori title's word ("Kaiwhakahaere Tapuhi"): a title, no organisation. By words. */
export function holdsMaoriTitleWord(name: string): boolean {
  return name
    .toLowerCase()
    .split(' ')
    .some((word) => MAORI_TITLES.has(word));
}
const MAORI_TITLES = new Set(MAORI_TITLE_WORDS.split(' '));

/** Whether a phrase holds a job's noun among its words, and none of the writer's own trade. */
export function namesAnOccupation(phrase: string): boolean {
  if (RECRUITING_STEMS.test(phrase)) return false;
  return phrase.split(/\s+/).some(isOccupationWord);
}

// Trades in English that a bulk advert lists in lower case, in the plural: "waiters, housekeepers, security guards,
// drivers". (Their capitalised titles are found by labels.ts's ROLE_NOUN and TRADE_NOUN.)
const ENGLISH_TRADES = new Set(
  'waiter waitress housekeeper cleaner guard driver cook chef nurse caregiver carer nanny maid welder electrician plumber carpenter mason labourer laborer helper cashier receptionist technician mechanic operator picker packer loader porter steward stewardess barista bartender butcher baker tailor painter fitter rigger scaffolder foreman salesman saleswoman salesperson merchandiser storekeeper accountant engineer teacher'.split(
    ' ',
  ),
);

/**
 * Whether a line lists three different trades or more in lower case, as a bulk advert for several jobs does: "Hotel
 * waiters, housekeepers, security guards, drivers (LGV)". By strings: every message passes here.
 */
export function listsSeveralTrades(text: string): boolean {
  for (const line of text.split('\n')) {
    if (line.length < 20 || !line.includes(',')) continue;
    // (Not the colleagues of one job: "You'd be working with nurses, carers, cleaners and cooks on the night shift".)
    const low = line.toLowerCase();
    if (low.includes('with ') || low.includes('alongside') || low.includes('support ')) continue;
    const found = new Set<string>();
    for (const part of line.split(/,|;| and | & | or |\//)) {
      const words = part
        .replace(/\([^)]*\)/g, ' ')
        .trim()
        .split(/\s+/);
      const last = (words.at(-1) ?? '').replace(/[.!:]+$/, '');
      if (last === '' || last !== last.toLowerCase()) continue;
      const noun =
        last.endsWith('es') && ENGLISH_TRADES.has(last.slice(0, -2)) ? last.slice(0, -2) : last.endsWith('s') ? last.slice(0, -1) : last;
      if (ENGLISH_TRADES.has(noun)) found.add(noun);
    }
    if (found.size >= 3) return true;
  }
  return false;
}
