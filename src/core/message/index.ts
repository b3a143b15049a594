// The recruiter's message, read: the pay it offers (as stated), the
// employer, the job title, and whether it looks like a mass pitch, each with
// the message's own words it came from. Offline and pure: no I/O, no clock,
// no model. The text comes from src/io/message-source.ts (a file, a mail) or
// straight from the caller.

import { compiled, compileFor } from '../compile.js';
import {
  findCompany,
  findRole,
  isJobTitle,
  isKnownPlace,
  JOB_ALERT_WORDS,
  listingLabels,
  roleFamilies,
  rolePhrases,
  speaksOfAClient,
  titleAboveEmployer,
} from './labels.js';
import { judgeMassPitch, type MessageSignal } from './mass-pitch.js';
import { listsSeveralTrades, namesAnOccupation } from './occupations.js';
import { findPay, type MessagePay } from './pay.js';
import { hasHangul } from './script-employers.js';
import { inScripts } from './script-pay.js';
import { roleInScript } from './script-roles.js';
import { chatStampPhones, forwardedPartStart, readersOwnApplication, readableLines, splitHeaderBlock, type MessageInput } from './text.js';

export { yearlyPayRange, type MessagePay } from './pay.js';
// The CLI's way in (src/cli/message-input.ts, compare): the build puts this folder in a bundle of its own, loaded only
// with a message, and the CLI reaches it through this module alone.
export { answersFromMessage, type MessageAnswerKey } from './answers.js';
export type { MessageSignal } from './mass-pitch.js';
export type { MessageInput } from './text.js';

/** What the message says, as far as it can be read. Null: the message does not say, or not clearly. */
export interface MessageFindings {
  /** The pay offered, as stated (the base when a base and an OTE are given). */
  pay: MessagePay | null;
  /** The on-target earnings, when the message gives them. */
  ote: MessagePay | null;
  /** The employer: never the recruiting agency. */
  company: string | null;
  role: string | null;
  /** true: a mass pitch; false: written to this person; null: can't tell. */
  massPitch: boolean | null;
  signals: MessageSignal[];
}

// The heading of a job alert's list of other jobs, on a line of its own, in the languages of the reader.
// (Made at first use: most messages have no such heading, and a pattern is parsed when it is made.)
const OTHER_LISTINGS = () =>
  /\n[ \t*#>-]*(?:[\w'’]+ ){0,3}(?:similar jobs|jobs similar to this(?: one)?(?![ \t]+\w)|more jobs like this|(?<![\w'’] )more jobs for you(?=[ \t]*:?[ \t]*\n)|jobs you (?:may|might) (?:also )?like|you (?:may|might) also like|recommended (?:jobs|for you)|other jobs|people (?:who viewed this (?:job|role|listing) )?also viewed|ähnliche (?:jobs|stellen)|weitere (?:jobs|stellen|treffer|angebote|stellenangebote)|offres similaires|vergelijkbare vacatures|ofertas similares|offerte simili|liknande jobb|lignende job|podobne oferty|vagas (?:parecidas|semelhantes|similares)|outras vagas|otras (?:ofertas|vacantes)|altre offerte|andere vacatures|andra jobb|andre (?:stillinger|job)|inne oferty|podobné nabídky|další nabídky|muut työpaikat|samankaltaiset)(?:,? [\w'’\u00C0-\u024F]+){0,5}\s*:?[ \t]*(?=\n|$)/i;

const OTHER_LISTING_WORDS = [
  'similar',
  'more jobs',
  'also like',
  'recommended',
  'other jobs',
  'also viewed',
  'ähnliche',
  'weitere',
  'similaires',
  'vergelijkbare',
  'simili',
  'liknande',
  'lignende',
  'podobne',
  'parecidas',
  'semelhantes',
  'similares',
  'outras vagas',
  'otras ofertas',
  'otras vacantes',
  'altre offerte',
  'andere vacatures',
  'andra jobb',
  'andre stillinger',
  'andre job',
  'inne oferty',
  'podobné',
  'další nabídky',
  'työpaikat',
  'samankaltaiset',
];

// The same heading with the other jobs after it on its own line: "Fler träffar: Systemförvaltare ekonomisystem (…), …".
// Others only with their colon, then the list: on the next line, or on the same one as jobs with their employers in
// brackets ("Fler träffar: Systemförvaltare ekonomisystem (Sundsviks kommun), …"). Not "Más ofertas de temporada" in a
// sentence's place, nor "More matches mean more interviews: our platform …".
const OTHER_LISTINGS_INLINE = () =>
  /\n[ \t*#>-]*(?:fler träffar|flere treff|more matches|weitere treffer|meer resultaten|autres résultats|meer vacatures|plus d['’]offres|más ofertas|mais vagas|fler jobb|flere stillinger|więcej ofert|weitere passende|similar jobs|other jobs|more jobs like this)(?: [\p{L}'’]+){0,4}[ \t]*:[ \t]*(?:\n|[^\n]*\([^\n]*\)[^\n]*,)/iu;
const OTHER_LISTINGS_INLINE_WORDS = [
  'fler träffar',
  'flere treff',
  'more matches',
  'weitere treffer',
  'meer resultaten',
  'autres résultats',
  'meer vacatures',
  "plus d'offres",
  'plus d’offres',
  'más ofertas',
  'mais vagas',
  'fler jobb',
  'flere stillinger',
  'więcej ofert',
  'weitere passende',
  'similar jobs',
  'other jobs',
  'more jobs like this',
];

// A job alert's one job set apart, under a heading of its own line: "FEATURED", "★ OFERTA DNIA", "Job of the week".
const FEATURED_HEADING =
  /\n[ \t*#>★☆⭐🔥•-]*(?:featured(?: (?:job|role|vacancy|opportunity|listing))?|top (?:job|pick|match(?:es)?)(?: for you)?|job of the (?:day|week)|oferta dnia|offre du jour|vacature van de (?:dag|week)|stellenangebot der woche|oferta del día|vaga do dia)[ \t*:!★☆⭐🔥]*\n/iu;
const FEATURED_WORDS = [
  'featured',
  'top job',
  'top pick',
  'top match',
  'job of the',
  'oferta d',
  'offre du jour',
  'vacature van de',
  'der woche',
  'vaga do dia',
];

/** Words of a job alert or a job board's digest, lower case: the reader's alert words, and a digest's own. */
const JOB_ALERT_HINTS = [
  ...JOB_ALERT_WORDS,
  'jobs match',
  'jobs for you',
  'recommended',
  'ofert',
  'offres',
  'vacatures',
  'stellenangebote',
  'vagas',
];

// The writer naming the item meant for the reader: "Number 2 is the one I'd put you forward for", "I'd go for option 2",
// "It's #2 obviously, the data role", "aap ke liye no. 3 best rahega", Croatian "najviše odgovara pozicija br. 2". Not
// "number 2 is the one I'm least sure about",
// "It's #2 that has closed", "#2 or #3", "I can't recommend number 1", "No. 3 best hai ya nahi".
const ITEM_MEANT = () =>
  /(?:\b(?:[Nn]umber|[Nn]o\.|[Oo]ption|[Rr]ole)\s?|#)(\d)\s+(?:(?:is|would be|looks like)\s+(?:(?:basically|really|exactly)\s+)?(?:the one(?! (?:that|which|I['’]m (?:least|less|not)|I am (?:least|less|not)|I['’]d (?:skip|avoid)))|the job you['’]re (?:doing|in) now|the best fit|the best match|the right fit|my pick|your best bet|a great fit|perfect for you)|best (?:rahega|rahegi|for you|fit)\b)|\b(?:go for|put you forward for|submit you for|put you up for|(?<!n['’]t |not )recommend|(?<!n['’]t |not )suggest)\s+(?:number|no\.|#|option|role)\s?(\d)\b(?!\s*or\b)|\b(?:[Ii]t['’]s|[Ii]t is)\s+(?:obviously\s+|definitely\s+)?(?:number|no\.|#|option|role)\s?(\d)(?:\s+(?:obviously|definitely))?(?=\s*(?:[,.!]|$|for you))|(?<!\b[Nn]e )\b(?:odgovara(?:la)?|[Pp]reporučujem|[Pp]reporučam)\s+(?:\S+\s+){0,3}(?:br\.|broj)\s?(\d)\b|(?<!\d)(\d)번(?:이|을|으로|이요|은|도)?\s(?:(?!안\s|못\s)\S+\s){0,3}(?:맞(?!지 않)|어울리(?!지 않)|추천|제안)/m;

/**
 * A numbered list's item on a line, its number and its words: "1) BI Developer – Leeds – £45k", "2. …", "(3) …", "#2 …",
 * "2️⃣ …". By characters, not a pattern: every message's lines pass here.
 */
function listItem(line: string): [string, string] | null {
  const t = line.trimStart();
  const digit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';
  let number: string | undefined;
  let rest = '';
  if (t[0] === '(' && digit(t[1]) && t[2] === ')') [number, rest] = [t[1], t.slice(3)];
  else if (t[0] === '#' && digit(t[1])) [number, rest] = [t[1], t.slice(2)];
  else if (digit(t[0]) && (t[1] === ')' || t[1] === '.' || t[1] === ':')) [number, rest] = [t[0], t.slice(2)];
  else if (digit(t[0]) && t[1] === '\u20E3') [number, rest] = [t[0], t.slice(2)];
  else if (digit(t[0]) && t[1] === '\uFE0F' && t[2] === '\u20E3') [number, rest] = [t[0], t.slice(3)];
  if (number === undefined || !(rest[0] === ' ' || rest[0] === '\t') || rest.trim() === '') return null;
  return [number, rest.trim()];
}

/**
 * The item of a numbered list of jobs that the writer says is the one meant for the reader ("here are three … Number 2
 * is the one I'd put you forward for"), with its line; null when there is no such list or no such words.
 */
function itemMeant(text: string): { item: string; items: string[] } | null {
  const items = numberedItems(text);
  if (items.size < 2 || !items.has('1') || !items.has('2')) return null;
  const meant = compiled(ITEM_MEANT).exec(text);
  const number = meant?.[1] ?? meant?.[2] ?? meant?.[3] ?? meant?.[4] ?? meant?.[5];
  const item = number === undefined ? undefined : items.get(number);
  // (A list of jobs: most items name one or state a pay. Not the steps of an interview, nor a job's requirements.)
  if (item === undefined || !looksLikeAJob(item)) return null;
  const listed = [...items.values()];
  const jobs = listed.filter((other) => looksLikeAJob(other)).length;
  return jobs * 2 < listed.length ? null : { item, items: listed };
}

/**
 * Whether a title is the writer's own LinkedIn headline, "VP R&D at Orlev Medical" on the line under their name and its
 * "· 1st": not a job's heading, "Senior Backend Engineer at Nuvix". By strings.
 */
function ownHeadline(text: string, title: string): boolean {
  // (Or a signature's "王志豪｜Engineering Manager", a name and the writer's title after a bar, ending its line.)
  for (const bar of ['｜', ' | '])
    for (let at = text.indexOf(`${bar}${title}`); at >= 0; at = text.indexOf(`${bar}${title}`, at + 1)) {
      const end = at + bar.length + title.length;
      if (end === text.length || text[end] === '\n') return true;
    }
  const at = text.indexOf(`\n${title} at `);
  if (at < 0) return false;
  const above = text.slice(text.lastIndexOf('\n', at - 1) + 1, at);
  return above.includes(' · ') || above.includes('1st') || above.includes('2nd') || above.includes('3rd');
}

/** A numbered list's items by their numbers: the first item of each number. */
function numberedItems(text: string): Map<string, string> {
  const items = new Map<string, string>();
  for (const line of text.split('\n', 2000)) {
    const item = listItem(line);
    if (item && !items.has(item[0])) items.set(item[0], item[1]);
  }
  return items;
}

/**
 * Whether a numbered list offers three jobs or more, each with its own pay ("1. Disponent Nahverkehr – 3.400–3.900 €
 * brutto/Monat", "2. …"): with none said to be the reader's, the message offers none of them in particular.
 */
function pricedJobs(text: string, massMail = false): boolean {
  const items = numberedItems(text);
  if (items.size < 3 || !items.has('1') || !items.has('2') || !items.has('3')) return false;
  // (Each item a job by its name, not the shifts, bands or sites of one job: "1. Days – £12.60/hr", "2. Band 5 entry".)
  // (Its pay on its line, or on the lines under it before the next item: "1️⃣ Staff Admin Gudang" over "• Gaji Rp …".)
  // (Three priced, one at least named by a job's words, the others perhaps by words the reader does not know, "Drafter
  // AutoCAD", "Staff Admin Gudang"; or three named, two priced, the third with a pay the reader cannot read.)
  const blocks = itemBlocks(text);
  let priced = 0;
  let named = 0;
  let listings = 0;
  for (const [number, item] of items) {
    if (findPay(blocks.get(number) ?? item).pay !== null) priced++;
    if (namesAJob(item)) named++;
    // (A listing's line: its title, a dash, and its employer or its place, "1) محاسب عام – شركة المرقاب – حولي".)
    // (Or its employer on the line under its title, "2) Υπάλληλος Υποδοχής" over "Lykavit Suites · Κολωνάκι". Not a shift
    // and its rate, "1. Days – £12.50/hr": a word after the dash, not a sum.)
    const under = (blocks.get(number) ?? '').split('\n')[1]?.trim() ?? '';
    if (/\S\s[–—-]\s\p{L}/u.test(item) || /^\p{L}/u.test(under)) listings++;
  }
  // (Or, in a mass mail, three priced listings whose titles the reader does not know, each a title, a dash and an employer
  // or a place: "1) محاسب عام – شركة المرقاب – حولي" over "الراتب: 450 - 550 د.ك شهرياً"; not a mail's steps, shifts or
  // bands.)
  return (priced >= 3 && (named >= 1 || (massMail && listings >= 3))) || (priced >= 2 && named >= 2 && named + priced >= 5);
}

/**
 * Whether a text lists three jobs or more on bulleted lines, each with its own pay, one at least named by a job's words:
 * "-Asistente Medico (MA) $18-21/hr" / "-Recepcionista bilingue $16/hr" / "-Flebotomista $19/hr". None of them is the
 * reader's in particular. (By characters first: a short line that opens with a bullet and holds a digit.)
 */
function bulletedPricedJobs(text: string): boolean {
  const lines = text.split('\n', 2000).map((line) => line.trimStart());
  // (An agency's mailer may draw the bullet as '>>', ">> Cariste – Herstal – 14,85 EUR/h", a line no reply quotes: a
  // quote's mark is one '>' and a space.)
  const bulleted = (t: string) => ('-•*▪'.includes(t[0] ?? '_') || t.startsWith('>>')) && t.length <= 100;
  // (Most messages have no three bulleted lines with figures: nothing more is read.)
  if (lines.filter((t) => bulleted(t) && /\d/.test(t)).length < 3) return false;
  let priced = 0;
  let named = 0;
  for (const t of lines) {
    if (!/\d/.test(t)) continue;
    // (Only a list that is all the message prices: not one job's pay on a line of its own, nor the bullets of its terms,
    // "• $2,850 – $3,150/week gross", over a list of other jobs.)
    if (!bulleted(t)) {
      if (findPay(t).pay !== null) return false;
      continue;
    }
    const item = t.slice(t.startsWith('>>') ? 2 : 1).trim();
    if (findPay(item).pay === null) continue;
    const job = namesAJob(item.replace(/\s*[$€£¥₹]?\d.*$/, ''));
    if (priced === 0 && !job) return false;
    priced++;
    if (job) named++;
  }
  return priced >= 3 && named >= 2;
}

// A list's line led by a pictograph, a title and a dash: "🔥 HSE Manager – EPC contractor, Abu Dhabi".
// (Or by a bullet, as an agency's newsletter lists them: "• Tax Manager – Denver, CO – $125K–$145K, hybrid", "► Główny
// Księgowy – sieć handlowa, Warszawa".)
const PICTOGRAPH_DASH_LINE = () => /^[^\S\n]*(\p{Extended_Pictographic}|[•▪◦‣►▸➤])\uFE0F?[^\S\n]+[^\n]{2,80}? [–—-] \S/u;
/**
 * Whether a mail lists three jobs or more, each on a line led by the same pictograph with a dash after its title and its
 * pay on that line or the next two ("🔥 Hotel Sales Manager – 5* resort, Ras Al Khaimah" over "AED 18,000 package"): as a
 * numbered list's, none of them in particular. (By characters first: few messages lead lines with a pictograph.)
 */
function pictographListedJobs(text: string): boolean {
  const lines = text.split('\n', 2000);
  let items: Array<{ at: number; mark: string }> = [];
  for (const [at, line] of lines.entries()) {
    if ((line.trimStart().codePointAt(0) ?? 0) < 0x2000) continue;
    const lead = compiled(PICTOGRAPH_DASH_LINE).exec(line);
    if (lead !== null) items.push({ at, mark: lead[1]! });
  }
  // (A list under "More hot jobs:" or "Other openings" adds to a job the message features above it: not a list of equals.)
  const extra = (at: number) => {
    let above = at - 1;
    while (above >= 0 && (lines[above]!.trim() === '' || (lines[above]!.trimStart().codePointAt(0) ?? 0) >= 0x2000)) above--;
    return above >= 0 && /^(?:more|other|also|similar)\b/i.test(lines[above]!.trim());
  };
  if (items.length >= 3 && items.some(({ at }) => extra(at))) items = items.filter(({ at }) => !extra(at));
  if (items.length < 3) return false;
  // Each item's block: its line and the lines under it, up to two, before the next item's.
  const priced = new Map<string, number>();
  let named = 0;
  // (The titles named, to tell several jobs from one job's shifts: "🌅 Day shift Warehouse Operative", "🌙 Night shift …".)
  const titles = new Set<string>();
  for (const [k, { at, mark }] of items.entries()) {
    if (namesAJob(lines[at]!)) named++;
    // (A title the rules do not know is told by its words before the dash: "📦 Lagermedarbeider – …".)
    const title = rolePhrases(lines[at]!)[0]?.value ?? lines[at]!.split(/\s[–—-]\s/)[0]!.replace(/^\P{L}+/u, '');
    titles.add(title.toLowerCase());
    const block = lines.slice(at, Math.min(at + 3, items[k + 1]?.at ?? at + 3)).join('\n');
    if (findPay(block).pay !== null) priced.set(mark, (priced.get(mark) ?? 0) + 1);
  }
  // (Or each led by a pictograph of its own, as a channel's post lists its jobs, "💻 Java Developer — 4500–6000$", "🧪
  // Manual QA — від 1800$": three named and three priced.)
  const pricedAll = [...priced.values()].reduce((sum, count) => sum + count, 0);
  return (named >= 2 && [...priced.values()].some((count) => count >= 3)) || (named >= 3 && titles.size >= 3 && pricedAll >= 3);
}

/**
 * Whether `name` is named on one line only, and that a list's item, led by a number, a keycap, a bullet or a pictograph.
 * (A name on every item is the list's one employer: "Hollins Tree Care" on each line of a roundup.)
 */
function namedOnlyInListItems(text: string, name: string): boolean {
  const lines = text.split('\n', 2000).filter((line) => line.includes(name));
  return lines.length === 1 && (listItem(lines[0]!) !== null || (lines[0]!.trimStart().codePointAt(0) ?? 0) >= 0x2000);
}

/** Each numbered item's line with the lines under it, before the next item. */
function itemBlocks(text: string): Map<string, string> {
  const lines = text.split('\n', 2000);
  const starts = lines.map((line, i) => [listItem(line), i] as const).filter(([item]) => item !== null);
  const blocks = new Map<string, string>();
  starts.forEach(([item, at], k) => {
    if (!blocks.has(item![0])) blocks.set(item![0], linesUnder(lines, at, starts[k + 1]?.[1]));
  });
  return blocks;
}

/** A list item's line and the lines under it, up to three, before the next item's (at `next`). */
function linesUnder(lines: string[], at: number, next: number | undefined): string {
  return lines.slice(at, Math.min(next ?? at + 4, at + 4)).join('\n');
}

// A chat's list line, its title in bold after a mark: a bullet, a pictograph, a keycap ("1️⃣ *AUXILIAR DE COZINHA*"), or
// none.
const BOLD_LIST_LINE = () => /^\s*(?:\d\uFE0F?\u20E3\s*|[^\p{L}\p{N}\s*]{1,4}\s*)?\*([^*\n]{3,60})\*/u;
/**
 * Whether a chat's list offers three jobs or more, each a line of its own opening with a mark and its title in bold, two
 * of them with their pay under them ("✅ *AUXILIAR DE LOGÍSTICA* – Guarulhos" over "Salário R$ 1.950,00"): as a numbered
 * list's, none of them in particular. (Not a post's own headings in bold, "✅ *Requisitos*", which name no job.)
 */
function boldListedJobs(text: string): boolean {
  if (!text.includes('*')) return false;
  const lines = text.split('\n', 2000);
  // (Each bold line after a mark, and whether its words name a job: two of three at least must, "✅ *CONFERENTE*" being
  // a job's name the reader may not know.)
  const titles: Array<[title: string, line: number, job: boolean]> = [];
  lines.forEach((line, i) => {
    const m = compiled(BOLD_LIST_LINE).exec(line);
    if (!m) return;
    const job = namesAJob(m[1]!);
    if (job || line.includes(' – ') || line.includes(' - ') || line.trimEnd().endsWith('*')) titles.push([m[1]!.trim(), i, job]);
  });
  if (new Set(titles.map(([title]) => title.toLowerCase())).size < 3 || titles.filter(([, , job]) => job).length < 2) return false;
  const priced = titles.filter(([, at], k) => findPay(linesUnder(lines, at, titles[k + 1]?.[1])).pay !== null).length;
  return priced >= 2;
}

// (Lower case: a title writes them in either, "(H/F/X)" in Belgium, "(M/W/D)" in a German mailer's capitals.)
const GENDERS_OF_A_TITLE = [
  '(m/w/d)',
  '(m/f/d)',
  '(w/m/d)',
  '(d/m/w)',
  '(h/f)',
  '(f/h)',
  '(h/f/x)',
  '(f/h/x)',
  '(m/f)',
  '(m/f/x)',
  '(m/v)',
  '(m/v/x)',
  '(m/k)',
  '(m/ž)',
];

/** Whether a list's item names a job by its title's words: "Disponent Nahverkehr (m/w/d) – …", not "Days – £12.60/hr". */
function namesAJob(item: string): boolean {
  // (Or by the genders a title is offered to: "Disponent Stückgut (m/w/d)", "Chef de rang (H/F)".)
  if (item.includes('/') && GENDERS_OF_A_TITLE.some((genders) => item.toLowerCase().includes(genders))) return true;
  return rolePhrases(item).length > 0 || namesAnOccupation(item.split(/\s[–—|-]\s|,|\(/)[0]!);
}

/** An item of a list that names a job or states a pay: "Data Engineer – PKR 380,000", not "Technical interview with the team". */
function looksLikeAJob(item: string): boolean {
  return rolePhrases(item).length > 0 || namesAnOccupation(item.split(/\s[–—|-]\s|,|\(/)[0]!) || findPay(item).pay !== null;
}

/**
 * A bulleted list's item that a line after the list names again, the only one it names: "- Jefe de Partida – Cocina
 * Caliente" and "La de usted sería la de Jefe de Partida – Cocina Caliente". By characters, not a pattern.
 */
function namedListItem(text: string): string | null {
  const lines = text.split('\n', 2000);
  const items: string[] = [];
  let last = -1;
  lines.forEach((line, i) => {
    const t = line.trimStart();
    if ((t.startsWith('- ') || t.startsWith('• ') || t.startsWith('* ') || t.startsWith('▪ ')) && t.length > 4) {
      items.push(t.slice(2).trim());
      last = i;
    }
  });
  if (items.length < 3) return null;
  const after = lines
    .slice(last + 1)
    .join('\n')
    .toLowerCase();
  const named = items.filter((item) => item.length >= 6 && after.includes(item.toLowerCase()));
  if (named.length !== 1 || !looksLikeAJob(named[0]!)) return null;
  // (Not one said to be taken already: "I've already filled the Warehouse Supervisor one".)
  const at = after.indexOf(named[0]!.toLowerCase());
  const sentence = after.slice(Math.max(0, after.lastIndexOf('.', at) + 1), at);
  return /\b(?:filled|closed|taken|gone|already|no longer)\b/.test(sentence) ? null : named[0]!;
}

// The words a place's name opens or ends with: "Port Klang", "Kuala Lumpur", "Quezon City".
const PLACE_FIRST_WORDS = new Set([
  'Port',
  'Saint',
  'St',
  'San',
  'Santa',
  'Kuala',
  'Johor',
  'Pasir',
  'Petaling',
  'Shah',
  'Greater',
  'Upper',
  'Lower',
]);
const PLACE_LAST_WORDS = new Set(['City', 'Town', 'Bay', 'Beach', 'Island', 'Islands', 'Valley', 'Hills', 'Springs', 'Park']);

/**
 * A place's name, not an employer's: a well-known place, or a short name with a place's word ("Port Klang", "… Park")
 * in an item's own fields or named beside more than one job. ("San Miguel Brewery" and "Park Lane Capital" are firms.)
 */
function placeLike(name: string, items: string[], fieldOnly = false): boolean {
  const words = name.split(' ');
  if (isKnownPlace(name)) return true;
  const placeWord = (PLACE_FIRST_WORDS.has(words[0]!) || PLACE_LAST_WORDS.has(words.at(-1)!)) && words.length <= 2;
  return placeWord && (fieldOnly || items.filter((item) => item.includes(name)).length >= 2);
}

/**
 * Is an item's first field the title found with only capitalised words or a bracketed abbreviation around it
 * ("Network Operations Center (NOC) Team Lead"), not with a place, a pay, a comma or a shout ("Senior Data Engineer in
 * Leeds", "URGENT Senior Data Engineer", "Monzo: Senior Data Engineer")?
 */
function fullerTitle(first: string, found: string): boolean {
  if (!first.includes(found) || first.length > 70 || /[,:;£$€\d]/.test(first)) return false;
  const extra = first.replace(found, ' ').trim();
  return /^(?:(?:[A-Z][a-z][\w&/-]*|\([A-Z]{2,6}\))\s*)+$/.test(extra);
}

/**
 * The employer in an item's fields after its title, up to a comma: "… – £60,000–£70,000 + 10% bonus – Calderbrook
 * Building Society", "Data Engineer - Khanyisa Insurance, Sandton (hybrid) - R720 000".
 */
function itemEmployer(item: string, items: string[] = [item]): string | null {
  const fields = item.split(/\s[–—|-]\s/).slice(1);
  for (let i = fields.length - 1; i >= 0; i--) {
    const field = fields[i]!.split(',')[0]!.trim();
    const words = field.split(' ');
    // (Not a place: "Marine Superintendent – Port Klang – RM 12,500", "– Kuala Lumpur –".)
    if (
      !placeLike(field, items, true) &&
      words.length >= 2 &&
      words.length <= 5 &&
      words.every((word) => /^[A-Z][\w&'’.-]*$/.test(word) || word === '&' || word === 'of')
    )
      return field;
  }
  return null;
}

/**
 * The listing under a job alert's featured heading, up to the first blank line: the job the alert puts forward, whose
 * pay, employer and title are the message's. Null for any other message.
 */
function featuredListing(text: string): string | null {
  const low = text.toLowerCase();
  if (!FEATURED_WORDS.some((word) => low.includes(word))) return null;
  const m = compiled(FEATURED_HEADING).exec(text);
  if (!m) return null;
  // A listing's last line with a blank line after it is the listing's tag, not a heading over the next: "$78,000 –
  // $84,000 / Featured".
  const end = m.index + m[0].length;
  if (m.index > 0 && text[m.index - 1] !== '\n' && /^[ \t]*(?:\n|$)/.test(text.slice(end, end + 8))) return null;
  // (A rule of dashes may open it.)
  const listing = text
    .slice(m.index + m[0].length)
    .replace(/^(?:[ \t]*[-=_*~─━]{3,}[ \t]*\n)+/, '')
    .split(/\n[ \t]*\n/)[0]!
    .trim();
  // A listing is a few lines: a title, an employer, a pay, a line or two of terms.
  return listing.includes('\n') && listing.split('\n').length <= 12 ? listing : null;
}

/**
 * The employers of a job board's digest written as blocks, in any language: a numbered or bulleted title line, and under
 * it the employer and the place ("1) Svářeč/ka CO2 a TIG" over "KOVOSTROJ Vyškov s.r.o. · Vyškov"). (Not blocks only
 * set apart by blank lines: a job alert's one job and the similar jobs under it are written so too.)
 */
function digestEmployers(text: string, subject: string, fromABoard: boolean): string[] {
  // A numbered list whose lines give a job and its employer side by side, as a messaging app's job post writes it: "1️⃣
  // 門市儲備店長｜連鎖烘焙品牌 豐禾麵包坊", "2) Lagerist | Nordhafen Logistik GmbH". (A title, or words of another script, before the
  // bar: not "1. Intro call | 30 min".)
  if (text.includes('｜') || text.includes(' | ')) {
    const beside: string[] = [];
    for (const line of text.split('\n')) {
      const m = /^\s*(?:\d{1,2}[.)]|\d\uFE0F?\u20E3)\s*([^｜|\n]{2,60}?)\s*(?:｜| \| )\s*([^｜|\n]{2,60}?)\s*$/u.exec(line);
      if (m && (jobLike(m[1]!) || /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/.test(m[1]!))) beside.push(m[2]!);
      if (beside.length >= 20) break;
    }
    if (beside.length >= 3) return beside;
  }
  const dashed = text.includes(' – ') || text.includes(' — ');
  // A numbered list whose lines give a job, its employer and its town on one line, as a newsletter's roundup writes it:
  // "1) Arborist / Climber — Greenhalgh Tree Care, Leeds". (The employer two capitalised words or more before the town's
  // comma: not "1. Backend Engineer – Payments, Berlin", a team's.)
  if (dashed) {
    const oneLine: string[] = [];
    const keycapItems: string[] = [];
    let keycapTitles = 0;
    for (const line of text.split('\n')) {
      const m = compiled(ROUNDUP_LINE).exec(line);
      if (m && jobLike(m[1]!)) oneLine.push(m[2]!);
      // (Or a title in another script and its employer after the dash: "1. 백엔드 개발자 (Java/Spring) — (주)한빛모빌리티".)
      else {
        const scripted = /^\s*\d{1,2}[.)]\s*([^–—\n]{2,60}?)\s+[–—]\s+([^–—,\n]{2,40}?)\s*$/u.exec(line);
        if (scripted && /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/.test(scripted[1]!)) oneLine.push(scripted[2]!);
        // (Or a chat's keycap-numbered list, the employer first: "1️⃣ CV Maju Rasa Catering – Cook Helper".)
        // (Three such lines or more, two of them with a title a rule knows: "Perawat (STR aktif)" need not be one.)
        const keycap = /^\s*\d\uFE0F?\u20E3\s*([^–—\n]{2,60}?)\s+[–—]\s+([^–—\n]{2,60}?)\s*$/u.exec(line);
        // (The employer's side two words or more with no figure, and not a title itself: not the steps of an interview,
        // "1️⃣ Call with Hiring Manager – 30 min", nor a team's people, "1️⃣ Maria – Product Manager".)
        if (keycap && !compiled(NOT_A_JOBS_LINE).test(line)) {
          const titleLast = jobLike(keycap[2]!.replace(/\s*\(.*$/, ''));
          const other = titleLast ? keycap[1]! : keycap[2]!;
          if ((titleLast || jobLike(keycap[1]!)) && other.includes(' ')) keycapTitles++;
          keycapItems.push(other);
        }
      }
      if (oneLine.length >= 20) break;
    }
    if (oneLine.length >= 3) return oneLine;
    // (Not a list of who the reader would meet or how the hiring goes: "Your interviewers:", "the process:".)
    if (keycapItems.length >= 3 && keycapTitles >= 2) {
      const first = text.search(/\d\uFE0F?\u20E3/u);
      if (!/\b(?:interview\w*|process|team|meet|shifts?|steps?|stages?|rounds?)\b/i.test(text.slice(Math.max(0, first - 200), first)))
        return keycapItems;
    }
  }
  if (!text.includes(' · ') && !text.includes(' | ') && !dashed) return [];
  // (Blocks set apart only by blank lines count where a job board's mail announces several new jobs, "6 new jobs for …",
  // "5 nuevos avisos": a job alert's one job over its similar jobs is written in the same shape.)
  const announced = boardAnnounces(text, subject, fromABoard);
  if (!announced && !text.includes(' · ') && !text.includes(' | ')) return [];
  const lines = text.split('\n');
  const employers: string[] = [];
  for (let i = 0; i + 1 < lines.length && employers.length < 20; i++) {
    const line = lines[i]!;
    const opens = /^\s*(?:\d{1,2}[.)]|[•▪►▸*-])\s+\S/.test(line);
    const afterABreak = announced && i > 0 && isBreak(lines[i - 1]!) && line.trim() !== '' && !isBreak(line);
    if ((!opens && !afterABreak) || line.includes(' · ') || line.includes(' | ')) continue;
    // (A job's title: not the steps of an interview or the days of a week listed so, "1. Intro call" over "30 min · video".)
    const title = line.replace(/^\s*(?:\d{1,2}[.)]|[•▪►▸*-])\s+/, '').trim();
    // (Under an announced count of jobs, a short line opening a block is a title, "Almacenista", "Cajero de piso".)
    const shortAlone = announced && (afterABreak || opens) && title.length <= 60 && !/[.:!?]$/.test(title);
    if (!shortAlone && !jobLike(title) && !jobLike(title.split(/\s+[–—-]\s+/)[0]!)) continue;
    const under = (announced ? /^\s*([^·|–—\n]{2,60}?)\s+[·|–—]\s+\S/ : /^\s*([^·|\n]{2,60}?)\s+[·|]\s+\S/).exec(lines[i + 1]!);
    if (under) employers.push(under[1]!.trim());
    // (Or, under an announced count, the employer alone on its line and the place on the next: "Coastline Civil Group" over
    // "Fortitude Valley, Brisbane QLD".)
    else if (announced && shortAlone && i + 2 < lines.length && employerAlone(lines[i + 1]!) && !isBreak(lines[i + 2]!))
      employers.push(lines[i + 1]!.trim());
  }
  return employers;
}

// A keycap list's line that is no job: a step of the hiring, "1️⃣ Call with Hiring Manager – 30 min".
const NOT_A_JOBS_LINE = () => /\b(?:call|chat|interview|meeting|round|step|stage)\b|\d\s?min\b/i;
// A roundup's line: a number, a title, a dash, an employer of two capitalised words or more, and its town after a comma.
const ROUNDUP_LINE = () =>
  /^\s*\d{1,2}[.)]\s+([^\n–—]{2,60}?)\s+[–—]\s+([A-Z\u00C0-\u00DE][\w'’&.-]*(?: (?:&|[A-Z\u00C0-\u00DE][\w'’&.-]*)){1,5}),\s+[A-Z\u00C0-\u00DE]/;

/** A line that may be an employer alone: short, no figure, not a sentence ("Coastline Civil Group", "Banksia Interiors"). */
function employerAlone(line: string): boolean {
  const name = line.trim();
  return name.length >= 2 && name.length <= 60 && !/\d/.test(name) && !/[.:!?]$/.test(name) && !isBreak(line);
}

/**
 * Whether a job board's mail announces several new jobs before listing them: in its subject, or in its body before the
 * first listing's "Employer – Town" line (not "We also found 6 new jobs for you" under the job alerted). Only a board's
 * mail, by its footer or its alert's words: a recruiter's "we have 3 new positions on my team" lists no digest. And not
 * "4 new jobs at Vireo Health": one employer's.
 */
function boardAnnounces(text: string, subject: string, fromABoard: boolean): boolean {
  if (!fromABoard) return false;
  const inSubject = compiled(SEVERAL_NEW_JOBS).exec(subject);
  const m = inSubject ?? compiled(SEVERAL_NEW_JOBS).exec(text.slice(0, 2000));
  if (m === null) return false;
  const said = inSubject ? subject : text;
  const at = m.index + m[0].length;
  if (/^ (?:at|bei|chez|bij|hos|presso|en|na) [A-Z\u00C0-\u00DE]/.test(said.slice(at, at + 6))) return false;
  if (inSubject) return true;
  // (A listing before it: an "Employer – Town" line under a title line; not a header's "WerkRadar.nl – Jouw vacaturemail".)
  const before = text.slice(0, text.lastIndexOf('\n', m.index) + 1).split('\n');
  return !before.some((line, i) => i > 0 && / [·–—] /.test(line) && !isBreak(before[i - 1]!));
}

// A job board's words for its alert, lower case (not "nieuwe vacature", "neue Stelle": an employer's own mail says them).
const BOARD_WORDS = [
  'alert',
  'alarm',
  'job agent',
  'jobagent',
  'job-agent',
  'saved search',
  'jobs matching',
  'job matches',
  'matches your',
  'suchauftrag',
  'zoekopdracht',
  'vacaturemail',
  'tu búsqueda',
  'sua busca',
  'votre recherche',
  'työpaikkavahti',
  // (Finnish, Norwegian, Swedish and Danish saved searches: "Hakuvahtisi … löysi 5 uutta työpaikkaa", "ditt lagrede søk".)
  'hakuvahti',
  'lagret søk',
  'lagrede søk',
  'sparad sökning',
  'gemt søgning',
];

/** A blank line, or a rule drawn between a digest's blocks: "──────────────", "━━━━━━", "-----". */
function isBreak(line: string): boolean {
  const drawn = line.trim();
  return drawn === '' || (drawn.length >= 3 && [...drawn].every((c) => '─━═-_*~—–=·•'.includes(c)));
}

// A mail announcing three new jobs or more: "6 new jobs for \"retail manager\"", "5 nuevos avisos", "5 ofertas nuevas",
// "12 nieuwe vacatures", "37 yeni ilan", or three or more matching a search: "encontramos 5 avisos que coinciden con tu búsqueda". (New
// ones: a recruiter's "I'm working on 3 jobs at Acme" announces no alert.)
const SEVERAL_NEW_JOBS = () =>
  /\b(?:[3-9]|[1-9]\d)\s+(?:(?:new|nuev[oa]s|nov[oa]s|nové|nových|neue|nouvelles|nouveaux|nuov[ei]|nya|nye|nieuwe|nowe|nowych|yeni|uutta)\s+(?:jobs?|ilan|työpaikkaa|ilmoitusta|treff|träffar|iş ilanı|job openings|roles|positions|vacancies|openings|empleos|ofertas|avisos|vacantes|vagas|empregos|oportunidades|nabídky|nabídek|pracovní nabídky|Stellen(?:angebote)?|offres|offerte|annunci|jobb|stillinger|vacatures|ofert|oferty|opportunities)|(?:empleos|ofertas|avisos|vacantes|vagas|offres|offerte|oportunidades) (?:nuev[oa]s|nov[oa]s|nouvelles|nuove)|việc làm(?= mới| phù hợp)|(?:jobs|roles|empleos|ofertas|avisos|vacantes|vagas|offres|offerte|annunci|Stellen(?:angebote)?|vacatures|oferty|ofert),? (?:que coinciden|que coincidem|matching|that match|qui correspondent|correspondant|che corrispondono|die (?:zu (?:Ihrer|deiner|dir) (?:Suche )?)?passen|passende?|pasujących|odpowiadających))\b/i;

/**
 * A digest's title line: a title and nothing more, or two words or more naming a job ("Senior Software Engineer, Payments
 * Platform Infrastructure Team", "Backend Engineer (Go, Kubernetes, AWS)"); not "Lead", "Intro call", "Monday".
 */
function jobLike(line: string): boolean {
  return isJobTitle(line) || (line.includes(' ') && (rolePhrases(line).length > 0 || namesAnOccupation(line)));
}

/** The text up to a job alert's list of other jobs, if it has one. */
function withoutOtherListings(text: string, subjectLine = ''): string {
  // Speed only: every heading holds one of these words; most messages have none, and the pattern is then not compiled.
  const low = text.toLowerCase();
  const inline = OTHER_LISTINGS_INLINE_WORDS.some((word) => low.includes(word)) ? compiled(OTHER_LISTINGS_INLINE).exec(text) : null;
  if (inline) text = text.slice(0, inline.index);
  if (!OTHER_LISTING_WORDS.some((word) => low.includes(word))) return text;
  const m = compiled(OTHER_LISTINGS).exec(text);
  if (!m) return text;
  // A heading above the only job, with no job before it, heads that job: "Recommended for you" over "Warehouse
  // Supervisor / Umhlanga Cold Chain (Pty) Ltd / R24 000 - R28 500 per month". (A mail's headers and subject are no job
  // listed before it: "Sizwe, a new job matches your profile: Warehouse Supervisor".)
  const before = text
    .slice(0, m.index)
    .split('\n')
    .filter((line) => line.trim() !== subjectLine && !/^(?:from|to|cc|date|sent|subject|reply-to)\s*:/i.test(line.trim()));
  if (before.some((line) => jobLike(line.trim())) || findPay(before.join('\n')).pay !== null) return text.slice(0, m.index);
  // (Only one job under it, up to the next such heading, and nothing said before it but the mail's own lines: not "Thanks
  // for applying to Bean There Café!" over "Similar jobs" and their list.)
  const rest = text.slice(m.index + m[0].length);
  const next = compiled(OTHER_LISTINGS).exec(rest);
  const listed = (next ? rest.slice(0, next.index) : rest).split('\n').filter((line) => jobLike(line.trim())).length;
  const said = before.some((line) => line.trim() !== '' && !/^(?:hi|hello|dear|hey)\b/i.test(line.trim()));
  if (listed !== 1 || said) return text.slice(0, m.index);
  return next ? text.slice(0, m.index + m[0].length + next.index) : text;
}

// A heading that opens a list of the other jobs a post also offers, on a line of its own, ending in a colon or
// alone on its line: "We're also hiring:", "Other open roles:", "Szukamy też (stawki do ustalenia):", "Also hiring 🔥".
// The job of the message is the one before it.
const ALSO_HIRING =
  /\n[ \t*#>•-]*(?:[^\n:]{0,20}\b)?(?:we(?:'re|’re| are) also (?:hiring|looking for|recruiting|searching for)|also hiring|other (?:open )?(?:roles|positions|openings|vacancies|jobs)|more (?:open )?(?:roles|positions|openings|vacancies)|szukamy (?:też|także|również)|wir suchen (?:auch|außerdem|zudem)|außerdem suchen wir|nous (?:recrutons|recherchons) (?:aussi|également)|(?:también buscamos|buscamos también)|(?:cerchiamo anche|inoltre cerchiamo)|vi (?:söker|søker|søger) (?:också|også)|we zoeken ook|também (?:procuramos|buscamos)|hledáme (?:také|též|i)|căutăm (?:și|de asemenea))(?![a-z])(?:[^\n:]{0,40}:|[^\n.a-z\u00C0-\u024F]{0,12})[ \t]*(?=\n)/i;

// A word of every heading ALSO_HIRING knows, lower case.
const ALSO_WORDS = [
  'also',
  'other',
  'more',
  'też',
  'także',
  'również',
  'auch',
  'außerdem',
  'zudem',
  'aussi',
  'également',
  'también',
  'também',
  'anche',
  'inoltre',
  'också',
  'også',
  'ook',
  'také',
  'též',
  'hledáme i',
  'căutăm',
];

// "Also hiring" and "other openings" in Chinese, before a colon: "亦招聘：", "同时招聘：", "其他職位：".
const ALSO_HIRING_IN_CHINESE = ['亦招聘', '亦招', '另招聘', '另招', '同時招聘', '同时招聘', '也招聘', '其他職位', '其他职位', '其他空缺'];

/** The text up to a post's list of the other jobs it also offers, if it has one. */
function withoutOtherRoles(text: string): string {
  // Speed only: the heading is a short line holding one of its words; a text with none is not searched, nor the
  // pattern compiled (most messages say "also" and "more" only in sentences).
  let at = 0;
  for (const line of text.split('\n')) {
    const lineAt = at;
    at += line.length + 1;
    if (lineAt === 0 || line.length > 80) continue;
    // (Chinese lists them on the heading's own line, "亦招聘：兼職樓面（時薪 $70）、水吧、廚房幫工": that line goes, and the
    // lines after it, where the job is and whom to call, are still this job's.)
    if (ALSO_HIRING_IN_CHINESE.some((words) => line.includes(`${words}：`) || line.includes(`${words}:`)))
      return text.slice(0, lineAt) + text.slice(at);
    const low = line.toLowerCase();
    if (!ALSO_WORDS.some((word) => low.includes(word))) continue;
    if (compiled(ALSO_HIRING).test(`\n${line}\n`)) return text.slice(0, lineAt - 1);
  }
  // Or a sentence of its own naming them after the job the message names first: "I'm looking for a Senior Backend
  // Engineer … We're also hiring a Product Designer, a Data Analyst and a Head of Customer Success", "Also hiring Tele &
  // Med-Surg RNs." The rest of the
  // message is still this job's. (Not a follow-up's only job: "Thanks for your reply! I'm also looking for a Senior Data
  // Engineer at Acme Labs"; nor one whose job comes after, which may be a colleague's title.)
  if (!text.includes(' also ') && !text.includes(' ALSO ') && !text.includes('Also ')) return text;
  return text.replace(compiled(ALSO_HIRING_SENTENCE), (sentence: string, at: number) => {
    const earlier = text.slice(0, at);
    if (rolePhrases(earlier).length === 0) return sentence;
    // A bare "Also hiring …" only after a job said to be open: not after "the Staff Nurse post has now been filled".
    if (/^\s*(?:Also|ALSO) /.test(sentence) && (!compiled(OPEN_JOB_SAID).test(earlier) || compiled(FILLED_JOB_SAID).test(earlier)))
      return sentence;
    return '';
  });
}
const OPEN_JOB_SAID =
  /\b(?:hiring|hot job|looking for|seeking|recruiting|opening|vacancy|we need|role|position|opportunity|(?<!great |good |nice |amazing )job)\b/i;
// (A job filled or closed, said so with its verb: not "needs to be filled by March", a "spirit-filled team", a firm that
// "closed its Series B" or "open until it's closed".)
const FILLED_JOB_SAID =
  /\b(?:(?:has|have|had|is|are|was|were|got)(?: now| already)?(?: been)? (?:filled|closed(?!\s+(?:its|a|an|their|the|our)\b)|taken)(?![\w-])|:\s*filled\b|no longer (?:open|available))/i;
const ALSO_HIRING_SENTENCE =
  /(?<=^|[.!?]\s|\n)[ \t]*(?:(?:We(?:'re|’re| are)|I(?:'m|’m| am)) (?:also|ALSO)|Also|ALSO) (?:hiring|looking for|recruiting|searching for)\b[^.!?\n]*[.!?]?/g;

// The kind or legal form a firm's full name ends in: "Nubora Software", "Kessler Labs GmbH".
const FIRM_KIND_END =
  / (?:Software|Labs|Technologies|Systems|Group|Holdings|Solutions|Digital|S\.?L\.?|S\.?A\.?|GmbH|AG|Ltd\.?|Inc\.?|LLC|B\.V\.|BV|AB|AS|A\/S|Oy|SpA|S\.p\.A\.|Sp\. z o\.o\.|s\.r\.o\.)$/;

/** A title that names its employer after a comma or a space is the title alone: "Finance Manager, Sahil Foods". */
// The word for "at" before an employer, in the languages read.
const AT_WORDS = '(?:at|en|em|bei|chez|bij|presso|hos|på|i|w|na|@)';
// (And Arabic's "in", "at", left before an employer taken off a title: "فرص وظيفية في مصرف الواحة".)
const AT_WORD_LAST = new RegExp(` (?:${AT_WORDS}|في|لدى)$`);
const AT_EMPLOYER_LAST = new RegExp(` ${AT_WORDS} (\\S+(?: \\S+){0,3})$`);
/** A contract's terms, as a title's line may list them after commas, in the languages read. */
const CONTRACT_TERMS = new Set(
  (
    'full-time|full time|fulltime|part-time|part time|parttime|permanent|temporary|fixed-term|fixed term|' +
    'tillsvidare|heltid|deltid|visstid|vikariat|fast|fast stilling|fast ansættelse|fuldtid|' +
    'vollzeit|teilzeit|unbefristet|befristet|cdi|cdd|temps plein|temps partiel|' +
    'tiempo completo|jornada completa|media jornada|indefinido|tempo pieno|tempo parziale|tempo indeterminato|' +
    'vast|voltijd|deeltijd|tempo integral|efetivo|pełny etat|umowa o pracę|plný úvazek|hlavní pracovní poměr'
  ).split('|'),
);
const OPENING_QUOTES = '"„“«「『';
const CLOSING_QUOTES = '"“”»」』';
/** Whether a text holds a letter of some script (not only marks, digits or pictographs). By character codes. */
function hasLetter(text: string): boolean {
  for (const c of text) {
    const code = c.codePointAt(0)!;
    if (
      (code >= 65 && code <= 90) ||
      (code >= 97 && code <= 122) ||
      (code >= 0xc0 && code <= 0x24f) ||
      (code >= 0x370 && code <= 0x1fff) ||
      (code >= 0x2e80 && code <= 0xffef)
    )
      return true;
  }
  return false;
}
/** A title without the pictographs after it: "ΣΕΡΒΙΤΟΡΟΙ / ΣΕΡΒΙΤΟΡΕΣ 🍽️🌊". By characters: every title passes here. */
function withoutTrailingPictographs(title: string): string {
  const chars = [...title];
  let end = chars.length;
  const pictograph = (c: string) => {
    const code = c.codePointAt(0)!;
    return code >= 0x1f000 || (code >= 0x2600 && code <= 0x27bf) || code === 0xfe0f || code === 0x200d || c === ' ';
  };
  while (end > 0 && pictograph(chars[end - 1]!)) end--;
  return end === chars.length || end === 0 ? title : chars.slice(0, end).join('');
}
// A hiring cry's words left at a title's edges: "HOY operadores de montacargas", "Chauffeur classe 1 recherché", "Müşteri
// Temsilcisi alımları". (By strings.)
// (And Irish "a post as", "Post mar Léiritheoir Digiteach"; Polish "for", "dla murarzy"; Spanish "a", "un(a) Gerente de
// Cuentas"; Malay and Indonesian "the post of", "jawatan Jurutera Kanan Automasi".)
// (Not Turkish "ACIL", emergency, which opens titles: "ACIL TIP TEKNISYENI".)
const HIRING_WORDS_BEFORE = ['HOY ', 'URGENTE ', 'URGENT ', 'Post mar ', 'dla ', 'un(a) ', 'un/a ', 'una ', 'un ', 'jawatan ', 'posisi '];
// The writer's own "I am …", no job offered: "Jsem CTO". And a person, no title: "pessoa", "persona".
// (Not "Sono", "Soy" or "Som", which open titles too: "Sono Technician", "Soy Sauce Brewer", Swedish "Som Senior …".)
const WRITER_SAYS_BEFORE = ['Jsem ', 'Je suis ', 'Ich bin '];
const NO_TITLE = new Set(['pessoa', 'persona', 'person', 'personne', 'Person', 'osoba', 'candidato', 'candidata']);
const HIRING_WORDS_AFTER = [
  ' dla firmy',
  ' recherché',
  ' recherchée',
  ' recherchés',
  ' recherchées',
  ' recherché(e)',
  ' alımları',
  ' alımı',
];
function withoutHiringWords(title: string): string | null {
  if (NO_TITLE.has(title) || WRITER_SAYS_BEFORE.some((words) => title.startsWith(words))) return null;
  // (Korean: what the job will take on, before it, "맡아주실 시니어 검색 엔지니어"; its field after a dash, "공정기술 엔지니어 (책임급) -
  // 식각(Etch) 공정".)
  if (hasHangul(title)) {
    const bare = title.replace(/^\S+(?:주실|하실|맡으실) /u, '');
    // (The part before the dash only when it ends as a job does, "공정기술 엔지니어 (책임급) - 식각(Etch) 공정".)
    const dash = bare.indexOf(' - ');
    if (dash <= 1) return bare;
    const [head, tail] = [bare.slice(0, dash), bare.slice(dash + 3)];
    // (Otherwise the whole, its team with it: "결제팀 - 백엔드 개발자".)
    return /(?:엔지니어|개발자|매니저|디자이너|연구원|기술자|전문가|담당자|리드|팀장|\))$/u.test(head) && tail.length > 1 ? head : bare;
  }
  const before = HIRING_WORDS_BEFORE.find((words) => title.startsWith(words) && title.length > words.length + 2);
  const after = HIRING_WORDS_AFTER.find((words) => title.endsWith(words) && title.length > words.length + 2);
  return title.slice(before?.length ?? 0, after === undefined ? undefined : -after.length);
}
function withoutEmployer(written: string | null, company: string | null, text = ''): string | null {
  // A title has letters: not a heading's marks alone, "‼".
  const found = written !== null && !hasLetter(written) ? null : written;
  // (Without a chat's bold marks left at its words' edges: "*Téléconseillers/ères* francophones"; not a German gender's
  // star inside a word, "Sachbearbeiter*in".)
  const starred = found?.includes('*') ? found.replace(/(^|\s)\*+|\*+(?=\s|$)/g, '$1').trim() || null : found;
  const unmarked = starred === null ? null : withoutHiringWords(withoutTrailingPictographs(starred));

  // (Nor the quotation marks it was set in, in any script: "… में "फ़ील्ड सेल्स एग्ज़ीक्यूटिव" पद के लिए". By characters: every
  // title passes here.)
  const unquoted =
    unmarked !== null &&
    unmarked.length > 2 &&
    OPENING_QUOTES.includes(unmarked[0]!) &&
    CLOSING_QUOTES.includes(unmarked.at(-1)!) &&
    ![...unmarked.slice(1, -1)].some((c) => OPENING_QUOTES.includes(c) || CLOSING_QUOTES.includes(c))
      ? unmarked.slice(1, -1).trim() || null
      : unmarked;
  // (Nor the contract's terms after commas: "Distriktssköterska, tillsvidare, heltid". By strings.)
  const comma = unquoted?.indexOf(', ') ?? -1;
  const role =
    unquoted !== null &&
    comma > 0 &&
    unquoted
      .slice(comma + 2)
      .split(', ')
      .every((term) => CONTRACT_TERMS.has(term.toLowerCase()))
      ? unquoted.slice(0, comma)
      : unquoted;
  // (Nor who funds the post, before its title: "an NSF-funded Postdoctoral Research Associate position". By strings.)
  const funded = role?.indexOf('-funded ') ?? -1;
  if (role !== null && funded > 0 && !role.slice(0, funded).includes(' ')) return withoutEmployer(role.slice(funded + 8), company, text);
  if (role === null || company === null) return role;
  // (Nor the employer's own name read as a title, made singular: "Ochoa Custom Builder" from "Ochoa Custom Builders".)
  if (company === `${role}s` || company === role) return null;
  const lastComma = role.lastIndexOf(', ');
  const tail = role.slice(lastComma + 2);
  if (lastComma > 0 && (company === tail || company.startsWith(`${tail} `))) return role.slice(0, lastComma);
  // Or after a space: "Data-analist Gemeente Dalenburg".
  // (And the word for "at" before it: "Seniorrådgiver informasjonssikkerhet i Statens havnedirektorat".)
  // (And the dash or comma left before it: "Sr. Associate – KYC Operations" at "KYC Operations".)
  if (role.endsWith(` ${company}`) && role.length > company.length + 3)
    return role
      .slice(0, -company.length - 1)
      .replace(AT_WORD_LAST, '')
      .replace(/\s*[–—,-]$/, '');
  // Or the employer's own word and a place after the job, in a subject: "Chefe de Loja Ribamar Guimarães" at Supermercados
  // Ribamar, S.A. (Its distinctive word: the name's last but its legal form, not a kind's word said first.)
  // (By words, not a pattern: every title passes here.)
  const companyWords = company.split(' ');
  if (companyWords.length > 1 && LEGAL_FORM_WORDS.has(companyWords.at(-1)!)) companyWords.pop();
  const last = companyWords.at(-1)!;
  const own = last.endsWith(',') ? last.slice(0, -1) : last;
  // (Only before one word the message names as a place, "em Guimarães": not a title's own word, "Inbound Call Centre
  // Agent" at Call Centre Insurance.)
  const ownAt = own.length >= 4 && company.includes(' ') ? role.indexOf(` ${own} `) : -1;
  const place = ownAt > 3 ? role.slice(ownAt + own.length + 2) : '';
  const namedAsAPlace = (word: string) => PLACE_PREPOSITIONS.some((at) => text.includes(`${at}${word}`));
  if (place !== '' && !place.includes(' ') && namedAsAPlace(place)) return role.slice(0, ownAt);
  // Or after "at" in any language: the whole name, or its first words when the rest is a firm's kind ("Ejecutivo/a de
  // Cuentas en Nubora" at Nubora Software); not a field of work ("Analista em Seguros" at Seguros Unimed).
  const at = AT_EMPLOYER_LAST.exec(role);
  if (!at || at.index <= 3) return role;
  const named = company === at[1] || (company.startsWith(`${at[1]} `) && compiled(FIRM_KIND_END).test(company));
  return named ? role.slice(0, at.index) : role;
}

const LEGAL_FORM_WORDS = new Set([
  'S.A.',
  'S/A',
  'Lda',
  'Lda.',
  'Ltda',
  'Ltda.',
  'S.L.',
  'Ltd',
  'Ltd.',
  'Inc',
  'Inc.',
  'GmbH',
  'SpA',
  'S.p.A.',
]);
// The prepositions of place a town is named after, in the languages the reader knows: "uma loja nova em Guimarães".
// (Not English "in", which a field follows as often: "a Master's in Engineering".)
const PLACE_PREPOSITIONS = [' em ', ' en ', ' na ', ' no ', ' à ', ' nach ', ' im ', ' dans '];

/** The "Subject:" line of a forwarded mail's header block (`forwarded` starts at its marker), or ''. */
function forwardedSubject(forwarded: string): string {
  // The header block after the marker line, read as a pasted header block is (its subject in any language the reader knows).
  const marked = forwarded.replace(/^\s+/, '');
  const block = marked.slice(marked.indexOf('\n') + 1, 4096).replace(/^[ \t]+/gm, '');
  return splitHeaderBlock(block).subject?.replace(/\s+/g, ' ').trim() ?? '';
}

/** Reads a message given as its parts: a subject, a body, and a mail's headers if any. */
export function readMessageText(input: MessageInput): MessageFindings {
  let { subject, body } = input;
  compileFor(body, subject ?? '', ...Object.values(input.headers ?? {}));
  let headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(input.headers ?? {})) headers[name.toLowerCase()] = value;
  // Pasted text may still open with a header block ("Subject: ...", "To: ...").
  if (Object.keys(headers).length === 0) {
    const split = splitHeaderBlock(body);
    if (split.headers) {
      headers = split.headers;
      body = split.body;
      subject = subject ?? split.subject;
    }
  }
  if (subject === undefined && headers.subject !== undefined) subject = headers.subject;
  // Runs of spaces in a subject mean nothing, and would make some patterns slow on a long line.
  const subjectLine = subject?.replace(/\s+/g, ' ').trim() ?? '';
  const bodyText = readableLines(body).join('\n');
  // The subject counts as part of the message: read first, on its own line.
  const text = subjectLine === '' ? bodyText : `${subjectLine}\n\n${bodyText}`;
  const headerText = Object.entries(headers)
    .map(
      ([name, value]) =>
        `${name.replace(/(^|-)(\w)/g, (_, dash: string, c: string) => dash + c.toUpperCase())}: ${value.replace(/[\r\n]+/g, ' ')}`,
    )
    .join('\n');

  // A job alert's "similar jobs" list offers other jobs: the pay, employer and title are this one's. Of a digest's jobs,
  // the one it features is the one it offers.
  // (A featured block is a job's only if it opens with a title and gives an employer or a pay: not a newsletter's
  // "FEATURED: Our CEO on the podcast".)
  // And only in a job alert: a recruiter's mail with a "Job of the week" block below its own job offers its own.
  const lowBody = bodyText.toLowerCase();
  const candidate = JOB_ALERT_HINTS.some((hint) => lowBody.includes(hint)) ? featuredListing(bodyText) : null;
  const candidateLabels = candidate === null ? null : listingLabels(candidate);
  const featured =
    candidate !== null && candidateLabels?.role != null && (candidateLabels.company !== null || findPay(candidate).pay !== null)
      ? candidate
      : null;

  const wholeOffered = withoutOtherListings(text, subjectLine);
  const offered = featured ?? wholeOffered;
  const offeredBody = featured ?? withoutOtherListings(bodyText);
  // The pay of the job before a list of the other jobs a post also offers ("ALSO HIRING:") is this job's; when none is
  // said before it, the whole message is read ("Comp for the backend role is €85-100k" after the list).
  const beforeOthers = withoutOtherRoles(offered);
  // (With the phone numbers of a chat export's stamps, which say where a "$" is: readableLines took them out.)
  const place = body.includes('$') ? chatStampPhones(body) : undefined;
  let { pay, ote } = findPay(beforeOthers, place);
  if (pay === null && ote === null && beforeOthers !== offered) ({ pay, ote } = findPay(offered, place));
  // A reply's own figure is the offer now; the quoted earlier mail's (its "> " lines, which readableLines sets apart) is
  // the one it replaces: "a revised range of €90,000–€100,000" over "> Salary is €85,000 – €95,000".
  // (By strings: every message passes here, and most quote nothing.)
  if (featured === null && (body.startsWith('>') || body.includes('\n>') || body.includes('\n >'))) {
    const ownLines = readableLines(body.replace(/(?:^|\n)[ \t]*>[^\n]*/g, '')).join('\n');
    const mine = findPay(withoutOtherRoles(subjectLine === '' ? ownLines : `${subjectLine}\n\n${ownLines}`), place);
    // (The same figure asked about in the reply keeps the quoted mail's fuller reading: "is the $180K split 50/50?" over
    // "> OTE $180K".)
    if (mine.pay !== null && (pay === null || mine.pay.min !== pay.min || mine.pay.max !== pay.max)) ({ pay, ote } = mine);
  }
  // The signs of a forwarded mail under the forwarder's note, or of the reader's own application under a reply to it,
  // are not the message's (but for the strong ones).
  const forwardedAt = forwardedPartStart(bodyText, subjectLine);
  const earlierAt = forwardedAt < 0 ? readersOwnApplication(bodyText) : forwardedAt;
  const { massPitch, signals } = judgeMassPitch(headerText, text, earlierAt < 0 ? -1 : text.length - bodyText.length + earlierAt);
  // A list of jobs the writer says one of is meant for the reader: that one's pay, employer and title.
  const meant = featured === null ? itemMeant(bodyText) : null;
  if (meant !== null) {
    const { item, items } = meant;
    const itemPay = findPay(item);
    // (A four-figure sum with no period in the item is no year's pay, "2.100 – 2.600 € neto": refused, not guessed.)
    const top = itemPay.pay?.max ?? itemPay.pay?.min ?? 0;
    const chosen =
      itemPay.pay?.period === 'year' && top < 10_000 && !/\b(?:year|annum|annual|yearly|p\.a\.|yr)\b/i.test(item)
        ? { pay: null, ote: null }
        : itemPay;
    // (Or the message's employer: when the item names it, "Khanyisa are rebuilding …" under "Khanyisa Insurance,
    // Sandton"; or when no item names one, the jobs being the writer's own organisation's.)
    // (Read only when the item names no employer of its own: the whole message's reading is the costly one.)
    const ownJobs = () =>
      items.every((other) => itemEmployer(other, items) === null) &&
      !/\b(?:other|several|few|my|our) clients\b/i.test(offered) &&
      !speaksOfAClient(offered);
    const fromTheMessage = () => {
      const whole = findCompany(offered, headers.from);
      return whole !== null && (item.includes(whole) || ownJobs()) ? whole : null;
    };
    const named = findCompany(item, headers.from);
    const company = (named !== null && !placeLike(named, items) ? named : null) ?? itemEmployer(item, items) ?? fromTheMessage();
    // (The item's first field whole, when it holds the title found: "Network Operations Center (NOC) Team Lead".)
    const first = item.split(/\s[–—|-]\s/)[0]!.trim();
    const found = findRole(undefined, item);
    const role = found !== null && first !== found && fullerTitle(first, found) ? first : (found ?? first);
    return { pay: chosen.pay, ote: chosen.ote, company, role: withoutEmployer(role, company, offered), massPitch, signals };
  }
  const listing = featured === null ? null : candidateLabels;
  // A digest of three jobs or more, each under its employer, offers none of them: its employer is theirs only when it is
  // one for all.
  // (A job board's mail: a mass pitch by its footer or headers, or one in an alert's words.)
  const low = text.toLowerCase();
  const fromABoard = massPitch === true || BOARD_WORDS.some((word) => low.includes(word));
  const digest = featured === null ? digestEmployers(offeredBody, subjectLine, fromABoard) : [];
  const oneEmployer = digest.length >= 3 && new Set(digest).size === 1 ? digest[0]! : null;
  // (Nor its pay, whether its jobs are at one employer or several: the reader must not guess which job is meant.)
  if (digest.length >= 3) pay = ote = null;
  // The featured listing's employer line; else an employer it names; else the message's (an agency's mail that
  // features one of its client's jobs names the client elsewhere).
  const found =
    digest.length >= 3
      ? oneEmployer
      : featured === null || listing === null
        ? findCompany(offered, headers.from)
        : (listing.company ?? findCompany(featured, headers.from) ?? findCompany(wholeOffered, headers.from));
  // A message offering several unrelated jobs offers none of them in particular, unless one is labelled or in the subject.
  // (Also a numbered list of three jobs or more, each with its pay, none said to be the reader's: not its pay either.)
  const boldList = featured === null && meant === null && boldListedJobs(offeredBody);
  const listed =
    boldList ||
    (featured === null &&
      meant === null &&
      (pricedJobs(offeredBody, massPitch === true) || pictographListedJobs(offeredBody) || bulletedPricedJobs(offeredBody)));
  if (listed) pay = ote = null;
  const several = listed || digest.length >= 3 || roleFamilies(withoutOtherRoles(offered)).count >= 3;
  const roleIn = (subject: string) =>
    findRole(subject === '' || featured !== null ? undefined : subject, withoutOtherRoles(offeredBody), several);
  // (A pasted forward with no subject of its own, when nothing else names the job: the forwarded mail's "Subject:".)
  // (And, when those English- and Latin-letter rules find none, a title in Japanese, Korean, Chinese or Arabic.)
  // (A bulleted list of jobs, one of which a later sentence names as the reader's: that one.)
  const named = featured === null && several ? namedListItem(offeredBody) : null;
  // (A name inside the title named is a part of the job, not its employer: "Jefe de Partida – Cocina Caliente".)
  // (Nor, in a list of priced jobs none of which is meant, the employer one item alone names: "5️⃣ IT Support – مدينة نصر
  // – شركة Orbit Systems – 10,000 جنيه" is one job's of five.)
  const itemsOnly = listed && named === null && found !== null && namedOnlyInListItems(offeredBody, found);
  const company = asTheMessageNamesIt((named !== null && found !== null && named.includes(found)) || itemsOnly ? null : found, offered);
  const inWords =
    listing?.role ??
    named ??
    roleIn(digest.length >= 3 ? '' : subjectLine) ??
    (subjectLine === '' && forwardedAt >= 0 && featured === null ? roleIn(forwardedSubject(bodyText.slice(forwardedAt))) : null);
  const inScript = () => (featured === null && !several ? (roleInScript(beforeOthers) ?? hashtagTitle(offered)) : null);
  // (A bare abbreviation the English-letter rules found in a message in another script is weaker than that script's own
  // title: "CTOの方が…関心を持っておられ" speaks of who the reader would meet, and "■ポジション：…" names the job.)
  // (By characters, not a pattern: every message's title passes here.)
  const abbreviation = (title: string) => title.length >= 2 && title.length <= 4 && [...title].every((c) => c >= 'A' && c <= 'Z');
  // (Nor a writer's own headline, "VP R&D at Orlev Medical", over the title their Hebrew names: "אני מחפשת Engineering Team
  // Lead".)
  const weak =
    inWords !== null &&
    listing?.role == null &&
    named === null &&
    (abbreviation(inWords) || ownHeadline(offered, inWords)) &&
    inScripts(offered);
  // (A list of priced jobs, numbered or in a chat's bold, names none as the reader's: no title, unless a line after it
  // names one.)
  const role = withoutScriptLabel(
    indonesianOrder(
      listed && named === null ? null : withoutEmployer((weak ? inScript() : null) ?? inWords ?? inScript(), company, offered),
      offered,
    ) ?? (company !== null && !several && !listed ? titleAboveEmployer(offeredBody, company) : null),
  );
  // (Three trades or more listed in lower case and no title the reader could take for theirs: a band they share is no one
  // job's pay, "Hotel waiters, housekeepers, security guards, drivers (LGV). Salary QAR 1,800-3,500".)
  if (role === null && listing === null && listsSeveralTrades(offeredBody)) pay = ote = null;
  return {
    pay,
    ote,
    company,
    role,
    massPitch,
    signals,
  };
}

// A label of a title in another script left before a title in Latin letters: Thai "position", "ตำแหน่ง Production
// Supervisor"; Arabic "for the job of", "لوظيفة أخصائي …". By strings.
// (Arabic's "for the job of" ends a subject's lead wherever it stands: "ترشيح مبدئي لوظيفة أخصائي أول تحليل بيانات".)
const SCRIPT_TITLE_LABELS = ['ตำแหน่ง ', 'ตำแหน่ง: ', 'وظيفة '];
function withoutScriptLabel(role: string | null): string | null {
  if (role === null) return role;
  const label = SCRIPT_TITLE_LABELS.find((words) => role.startsWith(words) && role.length > words.length + 1);
  if (label !== undefined) return role.slice(label.length);
  const jobOf = role.indexOf('لوظيفة ');
  const title = jobOf >= 0 && role.length > jobOf + 8 ? role.slice(jobOf + 'لوظيفة '.length) : role;
  // (Nor an Arabic title's last word that says where or how soon: "مدير موقع بسرعة" (quickly), "… بالمقر" (at head
  // office), "… فوراً" (at once); nor the word "vacancy" after a Kazakh, Uzbek or Azerbaijani title, "Бас бухгалтер
  // вакансиясы", "Ombor mudiri vakansiyasi".)
  const last = title.lastIndexOf(' ');
  const word = last > 0 ? title.slice(last + 1) : '';
  return word !== '' && (ARABIC_WHERE_OR_WHEN.has(word) || VACANCY_AFTER.has(word.toLowerCase())) ? title.slice(0, last) : title;
}
const VACANCY_AFTER = new Set(['вакансиясы', 'vakansiyasi', 'vakansiyası', 'вакансия', 'вакансиясына', 'vakansiyasiga']);
// (Places said with "بال", in: not a field's, "بالموسيقى" (with music), nor a word's own letters, "باليه" (ballet).)
const ARABIC_WHERE_OR_WHEN = new Set([
  'بسرعة',
  'فوراً',
  'فورا',
  'حالاً',
  'حالا',
  'عاجل',
  'بالمقر',
  'بالفرع',
  'بالموقع',
  'بالمصنع',
  'بالرياض',
  'بالقاهرة',
  'بالإسكندرية',
  'بالدمام',
  'بالخبر',
  'بالكويت',
  'بالدوحة',
]);

const GERMAN_ADJECTIVE_ENDINGS = ['ische', 'liche', 'ene', 'ale'];

/** The employer found, as the message names it in full: each step below looks only at the names it concerns. */
function asTheMessageNamesIt(company: string | null, text: string): string | null {
  if (company === null) return null;
  return withItsTradingName(asItStandsAlone(withItsRemit(withoutFullStop(withItsPossessive(company, text), text), text), text), text);
}

// The last words of a name a saint's or a founder's possessive opens: "St. Brendan's Regional Medical Center".
const POSSESSIVE_NAME_ENDS = new Set(['Center', 'Centre', 'Hospital', 'Clinic', 'School', 'College', 'University', 'Academy']);
/**
 * A name read without its possessive "'s" ("a leadership role at St. Brendan's" in a subject) where the message writes
 * it whole after the possessive, ending in a kind's word: that one. (By strings: every employer passes here.)
 */
function withItsPossessive(company: string, text: string): string {
  // (Not a named owner's unit: "Fraser Ridge College's School of Health Sciences" is the college's.)
  const last = company.slice(company.lastIndexOf(' ') + 1);
  if (POSSESSIVE_NAME_ENDS.has(last) || last === 'Trust' || last === 'Council' || last === 'Institute') return company;
  for (const mark of ["'s ", '’s ']) {
    const at = text.indexOf(`${company}${mark}`);
    if (at < 0) continue;
    const words: string[] = [];
    for (const word of text.slice(at + company.length + mark.length, at + company.length + 80).split(/[ \n]/)) {
      if (!/^[A-Z][A-Za-z.&-]*$/.test(word) || words.length === 5) break;
      words.push(word);
    }
    while (words.length > 0 && !POSSESSIVE_NAME_ENDS.has(words.at(-1)!)) words.pop();
    if (words.length > 0) return `${company}${mark}${words.join(' ')}`;
  }
  return company;
}

/**
 * A German adjective as an article declines it, "Das Städtische Klinikum Wesertal sucht", where the message also writes the
 * name as it stands alone, "Städtisches Klinikum Wesertal gGmbH": that one. (By strings: every employer passes here.)
 */
function asItStandsAlone(company: string, text: string): string {
  const space = company.indexOf(' ');
  if (space <= 4 || !GERMAN_ADJECTIVE_ENDINGS.some((ending) => company.slice(0, space).endsWith(ending))) return company;
  const alone = `${company.slice(0, space)}s${company.slice(space)}`;
  return text.includes(alone) ? alone : company;
}

/**
 * A legal name that is only its kind and form, read after the trading name it belongs to: "Sociedade Agrícola, Lda." of
 * "Quinta do Vale da Murta – Sociedade Agrícola, Lda.". The trading name is the employer. (By strings: only such a name is
 * looked at.)
 */
function withItsTradingName(company: string, text: string): string {
  if (!(company.startsWith('Socied') || company.startsWith('Società'))) return company;
  if (
    !/^(?:Sociedade|Sociedad|Società)(?: (?:Agrícola|Agricola|Comercial|Unipessoal|Anónima|Anonima|Limitada|Civil|Cooperativa))*,? (?:Lda|Ltda|S\.?A|S\.?L|S\.?r\.?l|S\.?p\.?A)\.?$/.test(
      company,
    )
  )
    return company;
  const at = text.indexOf(` – ${company}`) >= 0 ? text.indexOf(` – ${company}`) : text.indexOf(` - ${company}`);
  if (at < 0) return company;
  const name = text.slice(text.lastIndexOf('\n', at) + 1, at).trim();
  return /^\p{Lu}[\p{L}'’-]*(?: (?:\p{Lu}[\p{L}'’-]*|d[aeo]s?|del?|di|&)){0,6}$/u.test(name) ? name : company;
}

/**
 * A public body named by its kind and its remit, read as its kind alone: "Office" of "the Office for Coastal Resilience",
 * "Department" of "the Department for Education". (By strings: only such a one-word name is looked at.)
 */
function withItsRemit(company: string, text: string): string {
  if (!BODIES_FOR.has(company) || !text.includes(`${company} for `)) return company;
  const remit = new RegExp(`${company} for ([A-Z][\\w'’-]+(?: (?:and|&|of|the) [A-Z][\\w'’-]+| [A-Z][\\w'’-]+){0,4})`).exec(text);
  return remit ? `${company} for ${remit[1]}` : company;
}
const BODIES_FOR = new Set(['Office', 'Department', 'Ministry', 'Commission', 'Centre', 'Center', 'Institute', 'Agency', 'Commissioner']);

/**
 * A name read at a sentence's end with its full stop, which the message writes elsewhere without one: "Projects Director
 * at Mukuba Civil Works Ltd. I was …" and the signature's "Mukuba Civil Works Ltd". The stop was the sentence's.
 */
function withoutFullStop(company: string, text: string): string {
  if (!company.endsWith('.')) return company;
  const bare = company.slice(0, -1);
  for (let at = text.indexOf(bare); at >= 0; at = text.indexOf(bare, at + 1)) {
    const next = text.charAt(at + bare.length);
    if (next === '' || next === '\n' || next === ',' || next === ' ' || next === ')') return bare;
  }
  return company;
}

/**
 * A title a post names only in a hashtag, its words run together: "#QATester #Contract #RemoteUS" names a "QA Tester".
 * Asked last, when no rule finds a title in the text.
 */
function hashtagTitle(text: string): string | null {
  if (!text.includes('#')) return null;
  for (const m of text.matchAll(/(?:^|\s)#([A-Z][A-Za-z]{3,40})(?![\w-])/g)) {
    const words = m[1]!.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2');
    if (words.includes(' ') && isJobTitle(words)) return words;
  }
  return null;
}

/**
 * A title in Indonesian or Malay order, its kind after its noun, whole: "posisi Operator Forklift di PT Sinar Baja" names an
 * "Operator Forklift", where the English rules stop at "Operator". Only in a message in those languages, and only one
 * capitalised word more before "di", a dash, a bracket or the line's end. By strings.
 */
function indonesianOrder(role: string | null, text: string): string | null {
  // (A title of one word only, its noun: "Sales Manager Jakarta" is a manager in Jakarta.)
  if (
    role === null ||
    role.includes(' ') ||
    !(text.includes('posisi') || text.includes('lowongan') || text.includes('Dibutuhkan') || text.includes('jawatan'))
  )
    return role;
  for (let at = text.indexOf(`${role} `); at >= 0; at = text.indexOf(`${role} `, at + 1)) {
    const m = /^([A-Z][a-z]{2,20})(?= di | - | – |\s*\(|\s*\n|$)/.exec(text.slice(at + role.length + 1, at + role.length + 30));
    if (m) return `${role} ${m[1]}`;
  }
  return role;
}

/** Reads a message pasted as text, with a simple header block at the top when it has one. Pure and synchronous. */
export function readMessage(text: string): MessageFindings {
  return readMessageText({ body: text });
}
