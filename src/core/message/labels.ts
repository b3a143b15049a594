// The employer and the job title a message names. The employer is the
// company the job is at, never the recruiting agency: "I'm with TalentBridge,
// recruiting for Northwind Robotics" is Northwind Robotics; "my client, a
// fast-growing fintech" names none. Pure.

import { cleanName } from './text.js';

// The nouns a job title ends in (or is built around).
const ROLE_NOUN =
  'Engineers?|Developers?|Programmers?|Architects?|Scientists?|Analysts?|Designers?|Managers?|Directors?|Leads?|Heads? of [A-Z][\\w&/-]{0,30}(?: [A-Z][\\w&/-]{0,30}){0,2}|VP(?: of)? [A-Z][\\w&/-]{0,30}(?: [A-Z][\\w&/-]{0,30}){0,2}|Vice President(?: of)? [A-Z][\\w&/-]{0,30}(?: [A-Z][\\w&/-]{0,30}){0,2}|CTO|CFO|COO|CMO|CPO|CISO|SRE|DBA|Administrators?|Consultants?|Specialists?|Representatives?|Reps?|Executives?|Officers?|Researchers?|Coordinators?|Associates?|Interns?|Technicians?|Writers?|Marketers?|Accountants?|Recruiters?|Strategists?|Advocates?|Owners?|Testers?|Generalists?|Operators?|Nurses?|Teachers?|Tutors?|Drivers?|Agents?|Advisors?|Advisers?|Assistants?|Controllers?|Planners?|Producers?|Editors?|Experts?|Ninjas?|Rockstars?|Gurus?|Hackers?|Contributors?|Fellows?|Supervisors?|Members of Technical Staff|MTS|Auditors?|Economists?|Statisticians?|Mathematicians?|Physicists?|Chemists?|Biologists?|Pharmacists?|Physicians?|Therapists?|Attorneys?|Counsel|Paralegals?';
const ROLE_MODIFIER =
  '(?:(?:Senior|Sr\\.?|Junior|Jr\\.?|Staff|Principal|Lead|Chief|Head|Founding|Distinguished|Mid[- ]?[Ll]evel|Entry[- ]?[Ll]evel|Associate|Assistant|Deputy|Graduate|Remote|Contract|Freelance|[Pp]art[- ]time|[Ff]ull[- ]time|[A-Z][\\w+#./&-]{0,30}|[a-z]{1,12}[A-Z][\\w+#./-]{0,30}|backend|back-end|frontend|front-end|full[- ]?stack|mobile|data|software|platform|infrastructure|cloud|security|machine learning|product|site reliability|devops|embedded|systems|QA|ML|AI|iOS|Android|web|sales|solutions|support|customer success|account|marketing|growth|research|applied|firmware|hardware|network|database|analytics|business|technical|engineering|design|UX|UI|UX/UI|content|program|project|operations)[ ,/-]){0,6}';
/** A job title: modifiers (capitalised words or known lowercase ones) ending in a role noun, optionally "of X"/"(Y)"/", Z". */
const ROLE = new RegExp(
  `(?<![\\w-])(${ROLE_MODIFIER}(?:${ROLE_NOUN})(?:,? (?:I{1,3}|IV|V|[1-5]|L[3-8]|E[3-8]))?(?: \\((?:[A-Za-z][\\w+#./ -]{1,30})\\))?(?:, [A-Z][\\w&/]{0,30}(?: [A-Z][\\w&/]{0,30}){0,2}(?= (?:at|@|with|[-–—|]) ))?)(?![\\w-])`,
  'g',
);

// Words that begin a capitalised run but are no part of a title or a company.
const NOT_NAME =
  /^(?:I|I'm|Im|We|We're|Our|My|Your|You|The|A|An|This|That|These|Those|It|Its|Hi|Hello|Hey|Dear|Thanks|Thank|Best|Regards|Cheers|If|As|At|In|On|For|With|And|Or|But|So|Is|Are|Be|Let|Please|Would|Could|Can|Will|Do|Are|Happy|Great|Looking|Currently|Today|Tomorrow|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Re|Fwd|Fw|RE|FW|Subject|Role|Position|Title|Company|Location|Salary|Compensation|Remote|Hybrid|Onsite|Job|Opportunity|Exciting|New|Urgent|Quick|Open|Hiring|Now|All|Any|Some|Every|Each|No|Yes|Not|Just|Also|Very|More|Most|Top|Their|They|He|She|His|Her)$/;

// What an agency calls itself.
const AGENCY_WORDS =
  /\b(?:recruit\w*|talent|staffing|search|headhunt\w*|resourcing|placement|placements|personnel|hire|hiring|careers|jobs|executive search|consultancy|agency|HR|human capital|workforce|manpower|sourcing)\b/i;

// Names that are not employers: platforms, places, tools.
const NOT_COMPANY =
  /^(?:LinkedIn|GitHub|GitLab|Stack Overflow|StackOverflow|Twitter|X|Medium|YouTube|Zoom|Google Meet|Teams|Microsoft Teams|Slack|Calendly|Gmail|Outlook|Indeed|Glassdoor|Hacker News|HN|Reddit|Substack|Dev\.to|Mastodon|Bluesky|Discord|Kubernetes|React|Python|Rust|Go|Java|JavaScript|TypeScript|Node|AWS|GCP|Azure|Remote|Hybrid|Onsite|US|USA|UK|EU|Europe|America|Asia|London|Berlin|Paris|NYC|New York|San Francisco|SF|Bay Area|Seattle|Austin|Boston|Toronto|Sydney|Dublin|Amsterdam|Munich|Stockholm|Zurich|Singapore|Bangalore|Tel Aviv|Chicago|Denver|Los Angeles|LA|Atlanta|Miami|Portland|Vancouver|Montreal|Melbourne|Lisbon|Madrid|Barcelona|Warsaw|Prague|Vienna|Copenhagen|Oslo|Helsinki|Edinburgh|Manchester|Series [A-F]|Q[1-4]|Fortune \d+|FAANG|MAANG|Big Tech|YC|Y Combinator|SaaS|AI|ML|B2B|B2C|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|OTE|DOE|TBD|N\/A|PTO|CV|Resume|Engineering|Product|Design|Sales|Marketing|Data|Platform|Infrastructure|Security|Team|HQ)$/i;

// A company name: capitalised words (or camelCase, digits, &, dots), up to five, with a legal suffix kept.
// Bounded lengths throughout: no pattern here may scan far from where it starts.
const WORD = "(?:[A-Z0-9][\\w&'’+-]{0,30}|[a-z]{1,12}[A-Z][\\w&'’+-]{0,30})(?:\\.[\\w&+-]{1,20}){0,3}";
const NAME = `${WORD}(?:[ ](?:&|and(?= [A-Z])|of(?= [A-Z])|de(?= [A-Z])|für|${WORD})){0,4}`;

function trimName(raw: string): string | null {
  let name = cleanName(raw);
  // Drop trailing joiners and words that end a name's run ("Acme and", "Acme Inc.").
  name = name.replace(/\s+(?:&|and|of|de|for)$/i, '').replace(/[’']s$/, '');
  name = name.replace(/\s+(?:is|are|was|has|have|team|teams|in|on|as)$/i, '');
  const words = name.split(' ');
  while (words.length > 0 && NOT_NAME.test(words[0]!)) words.shift();
  name = words.join(' ').trim();
  if (name === '' || name.length > 60) return null;
  if (NOT_COMPANY.test(name)) return null;
  if (/^\d/.test(name) && !/^\d+[a-z]{3,}/.test(name)) return null;
  if (/^(?:We|We're|I|I'm|Our|They|You)$/.test(words[words.length - 1] ?? '')) return null;
  return name;
}

interface Found {
  value: string;
  at: number;
  rank: number;
}

/** Patterns that name the employer, best first. Each captures the name in group 1. */
const COMPANY_PATTERNS: Array<[number, RegExp]> = [
  [0, new RegExp(`(?:^|\\n)[ \\t*•-]*(?:Company|Employer|Client|Organi[sz]ation|Hiring company)\\s*:\\s*(${NAME})`, 'g')],
  [
    1,
    new RegExp(
      `\\b(?:recruiting|hiring|searching|headhunting|sourcing|looking)\\s+(?:on behalf of|for)\\s+(?:my client\\s*,?\\s*)?(?:the\\s+)?(${NAME})`,
      'g',
    ),
  ],
  [
    1,
    new RegExp(
      `\\b(?:on behalf of|partnered with|partnering with|working with|exclusively with|retained by)\\s+(?:my client\\s*,?\\s*|our client\\s*,?\\s*)?(?:the\\s+)?(${NAME})`,
      'g',
    ),
  ],
  [1, new RegExp(`\\b(?:[Mm]y|[Oo]ur) client\\s*,?\\s+(${NAME})(?=\\s*(?:,|is|are|has|\\(|-|–|—|\\.|\\bwho\\b))`, 'g')],
  [
    2,
    new RegExp(
      `\\b(?:I(?:'m| am) (?:the |a )?(?:hiring manager|CTO|CEO|founder|co-founder|cofounder|VP[\\w ]{0,30}|head of[\\w ]{0,30}|director of[\\w ]{0,30}|engineering manager|(?:an? )?(?:engineering |software )?(?:manager|lead)[\\w ]{0,20}|tech lead|recruiter|in-house recruiter|talent partner|technical recruiter)|I (?:lead|run|manage|head)\\b[\\w ]{0,40}?)\\s+(?:at|for|of|here at)\\s+(${NAME})`,
      'g',
    ),
  ],
  [
    3,
    new RegExp(
      `\\b(?:join|joining|here at|we at|us at|team at|teams at|role at|position at|opening at|opportunity at|openings? at|roles? at|career at|work at|working at|engineering at|job at|hiring at)\\s+(?:the\\s+)?(${NAME})`,
      'g',
    ),
  ],
  [3, new RegExp(`(?:^|[.!?\\n]\\s*|,\\s*)(?:At\\s+)(${NAME}),?\\s+(?:we|our|you)\\b`, 'g')],
  [
    2,
    new RegExp(
      `\\b(?:recruiting|hiring|looking for|searching for|seeking|sourcing|placing)\\s+(?:an?\\s+|the\\s+|several\\s+|two\\s+)?(?:[\\w/+#.-]{1,30}\\s+){0,5}?(?:${ROLE_NOUN})\\s+(?:for|at|with|w/)\\s+(?:the\\s+)?(${NAME})`,
      'g',
    ),
  ],
  [
    4,
    new RegExp(
      `(?<![\\w'’])(${NAME})\\s+(?:is|are)\\s+(?:hiring|looking|growing|building|expanding|scaling|seeking|searching|recruiting|on a mission)\\b`,
      'g',
    ),
  ],
  [
    4,
    new RegExp(
      `(?<![\\w'’])(${NAME})[’']s\\s+(?:engineering|platform|data|product|infrastructure|design|security|mobile|ML|AI|research|sales|backend|frontend|core)\\s+(?:team|org|group)`,
      'g',
    ),
  ],
  [5, new RegExp(`(?:${ROLE_NOUN})(?: \\([\\w -]{1,30}\\))?\\s+(?:at|@|with|w/)\\s+(${NAME})`, 'g')],
  [6, new RegExp(`\\bat\\s+(${NAME})(?=\\s*(?:[,.!?()]|$|\\s[-–—]\\s|\\s(?:is|are|we|who|where|and|in|on|to|as|—|–)\\b))`, 'gm')],
];

/** Where the sender says they are from: "I'm with X", "I work at X", "X Recruitment". */
const SENDER_ORG = new RegExp(
  `\\b(?:I(?:'m| am) (?:with|from|at)|I work (?:at|for|with)|I(?:'m| am) (?:an? |the )?(?:[\\w-]{1,30} ){0,3}?(?:[Rr]ecruiter|[Rr]ecruitment [Cc]onsultant|[Tt]alent [Pp]artner|[Ss]ourcer)s? (?:at|with|for|from)|[Rr]ecruiter (?:at|with)|here at|from|this is [A-Z]\\w{1,30} (?:with|w/|from|at))\\s+(?:the\\s+)?(${NAME})`,
  'g',
);
const CLIENT_WORDS =
  /\b(?:my client|our client|a client|direct client|end client|the client|client's|clients? of ours|on behalf of|partnered with|partnering with|retained by|exclusively with)\b/i;

export function findCompany(text: string): string | null {
  const scan = text.length > 200_000 ? text.slice(0, 200_000) : text;
  const agencies = new Set<string>();
  const isClientMessage = CLIENT_WORDS.test(scan);
  if (isClientMessage) {
    for (const m of scan.matchAll(SENDER_ORG)) {
      const name = trimName(m[1]!);
      if (name) agencies.add(name.toLowerCase());
    }
  }
  const found: Found[] = [];
  for (const [rank, pattern] of COMPANY_PATTERNS) {
    pattern.lastIndex = 0;
    for (const m of scan.matchAll(pattern)) {
      const name = trimName(m[1]!);
      if (!name) continue;
      if (agencies.has(name.toLowerCase())) continue;
      // A recruiting agency by its name.
      if (rank >= 1 && AGENCY_WORDS.test(name)) continue;
      if (rank >= 2 && /^(?:a|an|the)\b/i.test(m[1]!)) continue;
      found.push({ value: name, at: m.index ?? 0, rank });
    }
  }
  if (found.length === 0) return null;
  found.sort((a, b) => a.rank - b.rank || a.at - b.at);
  const best = found[0]!.value;
  // The same name written in full elsewhere ("Ironbark" and "Ironbark Security").
  const fuller = found.filter(
    (f) => f.value.toLowerCase().startsWith(`${best.toLowerCase()} `) && f.value.split(' ').length <= best.split(' ').length + 2,
  );
  return fuller.length > 0 ? fuller.sort((a, b) => a.rank - b.rank || a.at - b.at)[0]!.value : best;
}

/** Every job title the text names, in order, with where. */
export function rolePhrases(text: string): Array<{ value: string; at: number }> {
  const out: Array<{ value: string; at: number }> = [];
  const scan = text.length > 200_000 ? text.slice(0, 200_000) : text;
  ROLE.lastIndex = 0;
  for (const m of scan.matchAll(ROLE)) {
    const value = trimRole(m[1]!);
    if (value) out.push({ value, at: m.index ?? 0 });
    if (out.length > 200) break;
  }
  return out;
}

function trimRole(raw: string): string | null {
  const words = cleanName(raw).replace(/\s*,$/, '').split(/\s+/);
  // Leading words that are sentence words, not title words.
  while (words.length > 1 && NOT_NAME.test(words[0]!) && !/^(?:Lead|Head|Senior|Staff|Principal)$/.test(words[0]!)) words.shift();
  // Employment terms in front are no part of the title: "Remote", "part-time", "Contract".
  while (
    words.length > 1 &&
    /^(?:remote|contract|freelance|part[- ]time|full[- ]time|temporary|temp|permanent|interim|hybrid|onsite|on-site)$/i.test(words[0]!)
  )
    words.shift();
  // One job, named in the plural ("Customer Success Associates"): the title is the singular.
  const last = words.length - 1;
  if (
    last >= 0 &&
    /^(?:Engineers|Developers|Programmers|Architects|Scientists|Analysts|Designers|Managers|Directors|Leads|Administrators|Consultants|Specialists|Representatives|Reps|Executives|Officers|Researchers|Coordinators|Associates|Interns|Technicians|Writers|Marketers|Accountants|Recruiters|Strategists|Advocates|Testers|Generalists|Operators|Nurses|Teachers|Tutors|Drivers|Agents|Advisors|Advisers|Assistants|Controllers|Planners|Producers|Editors|Supervisors|Auditors)$/.test(
      words[last]!,
    ) &&
    words.length > 1
  ) {
    words[last] = words[last]!.slice(0, -1);
  }
  const value = words
    .join(' ')
    .replace(/^[,/-]+\s*/, '')
    .trim();
  if (value === '' || value.length > 80) return null;
  // A bare plural or generic noun is no title: "engineers", "Managers", "our developers".
  if (
    /^(?:engineers|developers|managers|leads|partners|owners|agents|members|experts|associates|executives|officers|reps|advisors|contributors|recruiters|candidates)$/i.test(
      value,
    )
  )
    return null;
  if (
    /^(?:partner|partners|owner|owners|agent|member|expert|associate|executive|officer|advisor|contributor|lead|manager|engineer|developer|recruiter|founder)$/i.test(
      value,
    )
  )
    return null;
  if (
    /^(?:hiring|account|the|your|our|product|project|team|talent|business|technical) (?:manager|owner|partner|lead|recruiter|leads?)s?$/i.test(
      value,
    ) &&
    /^hiring|^talent|^the|^your|^our/i.test(value)
  )
    return null;
  return value;
}

const LABELLED_ROLE = /(?:^|\n)[ \t*•-]*(?:Role|Position|Title|Job title|Job|Opening|Vacancy|Seniority and role)\s*:\s*([^\n]{2,80})/i;
const ROLE_CONTEXT =
  /\b(?:for|as|hiring|recruiting|looking for|seeking|need|needs|an? (?:open|new)|open|opening for|role of|position of|join (?:us|them|the team) as|joining as|searching for)(?: (?:a|an|the|our|this|my client's|their|several|two|multiple|motivated|experienced|talented))*\s+$/i;
// Where a title is the reader's own or the sender's, not the job's.
const NOT_THE_JOB =
  /(?:\b[Yy]our (?:background|experience|work|time|role|career|tenure|current role|years?|profile) (?:as|at)|\byou(?:'re| are) (?:currently )?(?:a|an|the)|\bcurrently (?:a|an|the|working as)|\b(?:worked|working|served|serving) as|\byou(?:'ve| have) been (?:a|an)|\bI(?:'m| am)(?: [A-Z][a-z]+,)?(?: (?:the|a|an|our))?|\bI(?:'m| am) [A-Z][a-z]+(?:,| -| –)?(?: (?:the|a|an|our))?|\bmy (?:name is [A-Z][a-z]+,? )?(?:and I'm )?)(?:\s+(?:a|an|the|our))?\s*$/;

export function findRole(subject: string | undefined, body: string): string | null {
  const labelled = LABELLED_ROLE.exec(body.slice(0, 200_000));
  if (labelled) {
    const inLabel = rolePhrases(labelled[1]!);
    if (inLabel.length > 0) return inLabel[0]!.value;
    const plain = cleanName(labelled[1]!.replace(/\s+(?:at|@|with)\s+.*$/i, '').replace(/\s[-–—|(].*$/, ''));
    if (plain !== '' && plain.split(' ').length <= 8) return plain;
  }
  if (subject) {
    const inSubject = rolePhrases(subject.replace(/^(?:(?:re|fwd?|aw|sv)\s*:\s*)+/i, ''));
    if (inSubject.length > 0) return longest(inSubject.filter((r) => r.at === inSubject[0]!.at).map((r) => r.value));
  }
  // The signature (the last lines after a sign-off) names the sender's own title.
  const signOff =
    /\n(?:--|—|best|best regards|regards|kind regards|warm regards|thanks|thank you|many thanks|cheers|sincerely|to your success|viele grüße|talk soon)[ ,!.]*\n/gi;
  let signature = body.length;
  for (const m of body.matchAll(signOff)) signature = m.index ?? signature;
  const phrases = rolePhrases(body).filter((p) => p.at < signature && !NOT_THE_JOB.test(body.slice(Math.max(0, p.at - 60), p.at)));
  if (phrases.length === 0) return null;
  const inContext = phrases.filter((p) => ROLE_CONTEXT.test(body.slice(Math.max(0, p.at - 40), p.at)));
  const pool = inContext.length > 0 ? inContext : phrases;
  return pool[0]!.value;
}

function longest(values: string[]): string {
  return values.reduce((a, b) => (b.length > a.length ? b : a));
}

/**
 * How many different kinds of job the message offers: "Java Developer,
 * Nurse, Truck Driver" are three families; "Senior" and "Staff Engineer" one.
 */
export function roleFamilies(text: string): { count: number; examples: string[] } {
  const families = new Map<string, string>();
  const phrases = rolePhrases(text);
  // Only titles listed: each at the start of a line (a bullet, a number), or three or more on one line.
  const lineOf = (at: number) => text.lastIndexOf('\n', at - 1) + 1;
  const perLine = new Map<number, number>();
  for (const p of phrases) perLine.set(lineOf(p.at), (perLine.get(lineOf(p.at)) ?? 0) + 1);
  for (const { value, at } of phrases) {
    const start = lineOf(at);
    const listed = /^[\s*•·\-–—>#\d.)]*$/.test(text.slice(start, at)) || (perLine.get(start) ?? 0) >= 3;
    if (!listed) continue;
    const bare = value.replace(/\s*\(.*\)$/, '').toLowerCase();
    const noun = /(\w+?)s?$/.exec(bare)?.[1] ?? bare;
    const head = bare.replace(
      /^(?:(?:senior|sr\.?|junior|jr\.?|staff|principal|lead|mid[- ]?level|entry[- ]?level|remote|contract)\s+)+/,
      '',
    );
    const family = `${noun}:${head.split(' ')[0]}`;
    if (!families.has(family)) families.set(family, value);
  }
  return { count: families.size, examples: [...families.values()].slice(0, 4) };
}
