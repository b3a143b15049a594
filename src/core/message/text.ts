// The message as the rules read it: a header block split off, the app's UI
// lines dropped, quoted reply lines moved after the reply's own lines, and
// quotes cut from it cleaned for a terminal. Pure.

import { stripControl } from '../sanitize.js';
import { compiled } from '../compile.js';

/** The most characters a quote keeps. */
export const QUOTE_MAX = 80;

export interface MessageInput {
  subject?: string;
  body: string;
  /** Header names in any case. */
  headers?: Record<string, string>;
}

const HEADER_NAMES =
  /^(from|to|cc|bcc|subject|date|sent|reply-to|sender|precedence|list-unsubscribe|list-id|message-id|mime-version|content-type|content-transfer-encoding|return-path|received|delivered-to|x-[\w-]+)$/i;

// A mail program's header names in the languages of the reader, as pasted from a mail it shows: "Betreff:", "Objet :".
const LOCAL_HEADER_NAMES: Record<string, string> = {};
for (const [name, local] of [
  [
    'subject',
    'betreff objet asunto oggetto assunto onderwerp ämne emne aihe temat předmět predmet tárgy subiect konu θέμα tema teema temats zadeva тема относно',
  ],
  ['from', 'von de da van från fra lähettäjä od feladó'],
  ['to', 'an à para a aan till til vastaanottaja do címzett'],
  ['cc', 'kopie copie cópia kopia kopio'],
  ['date', 'datum fecha data päivämäärä dato dátum'],
  ['sent', 'gesendet envoyé enviado inviato verzonden skickat sendt lähetetty wysłano odesláno'],
] as const) {
  for (const word of local.split(' ')) LOCAL_HEADER_NAMES[word] = name;
}

/**
 * Splits a simple RFC 822 header block from the top of pasted text: header
 * lines ("Name: value", folded lines allowed) ended by a blank line, at least
 * one of them a mail header this reader knows (Subject, To, Precedence...).
 */
/**
 * Whether the text holds a character between `low` and `high` (UTF-16 code units): a script's letters, looked for before
 * its rules run. By characters, not a pattern: every message passes here.
 */
export function holdsCharIn(text: string, low: number, high: number): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= low && code <= high) return true;
  }
  return false;
}

export function splitHeaderBlock(text: string): MessageInput {
  const head = text.slice(0, 16 * 1024);
  const lines = head.split('\n', 120);
  const headers: Record<string, string> = {};
  let last: string | undefined;
  let known = false;
  let end = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.replace(/\r$/, '');
    if (line.trim() === '') {
      if (i === 0 || !known) return { body: text };
      end += line.length + 1;
      const subject = headers.subject;
      const body = text.slice(end);
      return subject === undefined ? { body, headers } : { subject, body, headers };
    }
    if (/^[ \t]/.test(line) && last !== undefined) {
      headers[last] = `${headers[last]} ${line.trim()}`;
    } else {
      const match = /^(\p{L}[\p{L}\d-]{0,40})[ \u00a0]?:(?:[ \t]+(.*))?$/u.exec(line);
      if (!match) return { body: text };
      last = match[1]!.toLowerCase();
      const local = LOCAL_HEADER_NAMES[last];
      const isKnown = local === 'subject' || (local === undefined && compiled(HEADER_NAMES).test(last));
      // A line of text after a sender's name is no header: a text message's "Parcelion: Now hiring … at our Joliet, IL
      // fulfillment center! $21.50/hr …" under "From: 78432".
      if (!isKnown && local === undefined && (match[2] ?? '').length > 150) return { body: text };
      // A local name makes a header block only as a subject ("Betreff:"): "Data:" or "Van:" may be a line of a note.
      if (isKnown) known = true;
      last = local ?? last;
      if (!(last in headers)) headers[last] = (match[2] ?? '').trim();
    }
    end += lines[i]!.length + 1;
  }
  return { body: text };
}

// The LinkedIn app's own words, each alone on a line when a conversation is copied.
const UI_LINE =
  /^(?:InMail|Sponsored|Reply|View profile|View (?:full )?profile|Report|Report this message|Block|Like|Message|Messaging|Send|See more|Mark as unread|Archive|Delete|Forward|Star|More|Accept|Ignore|Connect|Follow|Write a message\.*|Type a message\.*|Seen|Delivered|Open profile|Premium|Sent (?:.{0,30}\s)?ago|\d{1,2}:\d{2}\s?(?:AM|PM)?|(?:Today|Yesterday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|\d+[smhdw]|\d+\s?(?:min|mins|minutes?|hours?|hrs?|days?|weeks?|months?)\s+ago|\u00b7\s*(?:1st|2nd|3rd)|(?:1st|2nd|3rd)(?:\s+degree connection)?)$/i;

// Where a forwarded mail starts, in the mail programs' words in the languages of the reader.
const FORWARDED_MARKER = () =>
  /(?:^|\n)[ \t]*(?:-{2,}[ \t]*(?:Forwarded message|Weitergeleitete Nachricht|Message transféré|Mensaje reenviado|Messaggio inoltrato|Doorgestuurd bericht|Vidarebefordrat meddelande|Videresendt melding|Videresendt meddelelse|Przekazana wiadomość|Mensagem encaminhada)[ \t]*-{2,}|Begin forwarded message:|Anfang der weitergeleiteten Nachricht:|Début du message réexpédié\s?:)/i;

/**
 * Where the forwarded mail starts in a forward's `body`, when the forwarder wrote a note of their own above it; else -1.
 * Outlook's "-----Original Message-----" stands above a quoted mail in a reply as well: it marks a forward only under a
 * forward's subject ("FW:", "WG:", "TR:", "RV:", "Fwd:").
 */
export function forwardedPartStart(body: string, subject = ''): number {
  // Speed only: every marker but three has a run of dashes.
  const low = body.includes('--') ? '' : body.toLowerCase();
  if (!body.includes('--') && !['begin forwarded', 'weitergeleiteten', 'réexpédié'].some((word) => low.includes(word))) return -1;
  let m = compiled(FORWARDED_MARKER).exec(body);
  if (m === null && ORIGINAL_WORDS.some((word) => body.includes(word))) {
    const original = compiled(OUTLOOK_ORIGINAL).exec(body);
    // (Or when the note above it says it forwards: "forwarding this one — it fits your Kafka background".)
    if (original && (compiled(FORWARD_SUBJECT).test(subject) || compiled(FORWARDING_NOTE).test(body.slice(0, original.index))))
      m = original;
  }
  return m && /\p{L}{2}/u.test(body.slice(0, m.index)) ? m.index : -1;
}
// A note that says it passes a mail on: "forwarding this one", "leite dir das weiter", "videresender denne", "FYI".
const FORWARDING_NOTE = () =>
  /\b(?:forward(?:ing|ed)?|FYI|fwd)\b|weiterleit|leite[^.\n]{0,20}weiter|videresend|vidarebefordr|transf[èe]r|reenv[ií]|inoltr|doorgestuurd|doorsturen|encaminh/i;
// A forward's subject, in the mail programs' languages: "FW:", "Fwd:", "WG:" (German), "TR:" (French), "RV:" (Spanish),
// "I:" (Italian), "Doorst:" (Dutch), "VS:"/"VB:" (Nordic), "ENC:" (Portuguese).
const FORWARD_SUBJECT = () => /^\s*(?:(?:RE|Re|AW|SV|VS):\s*)*(?:FWD?|Fwd?|WG|TR|RV|I|Doorst|VS|VB|ENC|Enc)\s*:/;
// Outlook's line above the mail it forwards or quotes, and a word of each of its languages' forms, to look for it by.
const ORIGINAL_WORDS = ['Original', 'original', 'Ursprüngliche', 'origine', 'Oorspronkelijk', 'Ursprungligt', 'Oprindelig', 'Opprinnelig'];
const OUTLOOK_ORIGINAL = () =>
  /(?:^|\n)[ \t]*-{2,}[ \t]*(?:Original Message|Ursprüngliche Nachricht|Message d['’]origine|Mensaje original|Messaggio originale|Oorspronkelijk bericht|Mensagem original|Ursprungligt meddelande|Oprindelig meddelelse|Opprinnelig melding)[ \t]*-{2,}/i;

/**
 * Where the reader's own application starts, quoted under a recruiter's reply to it ("Dear Mr Nkosi, thank you for
 * your application …" over "Dear Sir/Madam, Please find attached my CV …"); else -1. Its greeting for anyone is the
 * applicant's, not a sign of the recruiter's. A letter of application opens with an applicant's greeting, to the
 * employer, in the lines just above what it says: a reader's "I would like to apply" over a quoted pitch has none,
 * nor does a recruiter's "Dear Candidate, please find attached my client's job description".
 */
export function readersOwnApplication(body: string): number {
  // (Looked for only where its words are: most messages have none.)
  const low = body.toLowerCase();
  if (!APPLICATION_HINTS.some((hint) => low.includes(hint))) return -1;
  const m = compiled(APPLICATION).exec(body);
  if (!m) return -1;
  const from = Math.max(0, m.index - 600);
  let start = -1;
  for (const greeting of body.slice(from, m.index).matchAll(APPLICANTS_GREETING))
    start = from + greeting.index + greeting[0].indexOf(greeting[1]!);
  return start > 0 ? start : -1;
}
/** What an applicant's own letter says: "Please find attached my CV", "I wish to apply for", "my application for". */
const APPLICATION =
  /\b(?:please find (?:attached|enclosed) my (?!client)|I (?:wish|would like|am writing) to apply|I am applying for|my application for)/i;
const APPLICATION_HINTS = ['attached my', 'enclosed my', 'to apply', 'applying for', 'my application'];
/** An applicant's greeting to an employer, on its own line. */
const APPLICANTS_GREETING =
  /(?:^|\n)[ \t]*((?:(?:dear|hello|respected) (?:sirs?(?:\/madam| or madam)?|madam|hiring manager|recruitment team|recruiter|hr team)|to whom it may concern)\b)/gi;

// A chat app's stamp on an exported message from a number not in the reader's contacts: WhatsApp's "[14/10/25,
// 9:02:13 a.m.] +52 81 2345 6789: " (iOS) or "14/10/2025, 21:02 - +44 7700 900418: " (Android), a date, a time and a
// phone number (in the direction marks some exports put around it), whose digits are neither pay nor a date of the
// message's. (A sender's name is kept: it may be the writer's employer, "RRHH Grupo Marea".)
const CHAT_STAMP =
  /^\u200e?(?:\[\d{1,4}[./-]\d{1,2}[./-]\d{1,4},? \d{1,2}:\d{2}(?::\d{2})?(?: ?[AaPp]\.? ?[Mm]\.?)?\]|\d{1,4}[./-]\d{1,2}[./-]\d{1,4},? \d{1,2}:\d{2}(?: ?[AaPp]\.? ?[Mm]\.?)? [-–]) [\u200e\u202a]?\+?[\d ()-]{7,20}[\u202c]?: /;
/**
 * The phone numbers of a chat export's stamps (which readableLines takes out), one a line, or undefined when there
 * are none: they still say where the message is set ("+1 (416) 555-0193", a Toronto number, for a "$").
 */
export function chatStampPhones(body: string): string | undefined {
  if (!body.includes(':')) return undefined;
  const phones: string[] = [];
  for (const line of body.split('\n', 2000)) {
    const trimmed = line.trim();
    if (!startsWithDigitOrBracket(trimmed)) continue;
    const stamp = compiled(CHAT_STAMP).exec(trimmed);
    if (stamp === null) continue;
    const phone = stamp[0]
      .slice(0, -2)
      .replace(/^.*?[\]\-–] [\u200e\u202a]?/, '')
      .replace(/\u202c$/, '');
    if (!phones.includes(phone)) phones.push(phone);
    if (phones.length >= 5) break;
  }
  return phones.length === 0 ? undefined : phones.join('\n');
}
const startsWithDigitOrBracket = (line: string) => {
  // (Or with the left-to-right mark some exports put first.)
  const c = line.charCodeAt(line.charCodeAt(0) === 0x200e ? 1 : 0);
  return c === 91 || (c >= 48 && c <= 57);
};

/**
 * The text the rules read: lines in order, the reply's own lines first and
 * any quoted ("> ") lines after them, unquoted; UI lines of a messaging app
 * dropped; white space folded within each line.
 */
export function readableLines(body: string): string[] {
  const own: string[] = [];
  const quoted: string[] = [];
  // Bounded: at most 20,000 lines of at most 20,000 characters each.
  const raw = body.replace(/\r\n?/g, '\n').split('\n', 20_000);
  // A newsletter's list may open each item with ">", its details indented under it: "> Payroll Administrator – Calgary"
  // over "   $28–$32/hr". Three such items or more are a list in place, not a reply's quoted mail, which runs unbroken.
  // (By characters first: most messages hold no ">".)
  let bulletItems = 0;
  if (body.includes('\n>') || body.startsWith('>')) {
    for (let i = 0; i + 1 < raw.length && bulletItems < 3; i++) {
      const next = raw[i + 1]!;
      if (raw[i]!.startsWith('> ') && (next.startsWith('  ') || next.startsWith('\t')) && next.trimStart()[0] !== '>') bulletItems++;
    }
    // (Or a mailer's ">>" before each item, ">> Cariste (H/F/X) - Herstal - 14,85 EUR/h", in a mail that quotes
    // nothing at the first depth: a reply's mail quoted twice is quoted once above it.)
    if (bulletItems < 3) {
      const doubled = raw.filter((line) => line.startsWith('>> ')).length;
      if (doubled >= 3 && !raw.some((line) => /^[ \t]*>(?!>)/.test(line))) bulletItems = 3;
    }
  }
  for (const rawLine of raw) {
    let line = rawLine.length > 20_000 ? rawLine.slice(0, 20_000) : rawLine;
    let isQuoted = false;
    const marker = /^[ \t]*(?:>[ \t]?)+/.exec(line);
    if (marker && bulletItems >= 3) line = `• ${line.slice(marker[0].length)}`;
    else if (marker) {
      isQuoted = true;
      line = line.slice(marker[0].length);
    }
    // eslint-disable-next-line no-control-regex
    line = line.replace(/[\u0000-\u0008\u000b-\u001f\u007f\u00a0\u2000-\u200b\u202f\u205f\u3000\t]/g, (c) => (c === '\u200b' ? '' : ' '));
    line = line.replace(/ {2,}/g, ' ').trim();
    // A chat export's stamp before each message ("[14/10/25, 9:02:13 a.m.] +52 81 2345 6789: …").
    if (startsWithDigitOrBracket(line)) line = line.replace(compiled(CHAT_STAMP), '');
    // (And KakaoTalk's, its speaker's name and its time in brackets: "[이수빈] [오후 9:14] 포지션은 …".)
    if (line.startsWith('[') && (line.includes('] [오후 ') || line.includes('] [오전 ')))
      line = line.replace(/^\[[^\]\n]{1,24}\] \[(?:오전|오후) \d{1,2}:\d{2}\] /, '');
    if (compiled(UI_LINE).test(line)) continue;
    (isQuoted ? quoted : own).push(line);
  }
  // A blank line between the reply and the quoted pitch keeps them apart.
  return quoted.length > 0 ? [...own, '', ...quoted] : own;
}

/** The words around [start, end) of `text`, cleaned, at most QUOTE_MAX characters, cut at word edges. */
export function quoteAround(text: string, start: number, end: number, max = QUOTE_MAX): string {
  // The line the match is on, at most.
  let lineStart = text.lastIndexOf('\n', start - 1) + 1;
  let lineEnd = text.indexOf('\n', end);
  if (lineEnd < 0) lineEnd = text.length;
  if (end - start >= max) return clean(text.slice(start, end)).slice(0, max).trim();
  const room = max - (end - start);
  let from = Math.max(lineStart, start - Math.floor(room / 2));
  let to = Math.min(lineEnd, end + (room - (start - from)));
  from = Math.max(lineStart, Math.min(from, to - max));
  // Cut at word edges.
  if (from > lineStart) {
    const space = text.indexOf(' ', from);
    if (space >= 0 && space < start) from = space + 1;
  }
  if (to < lineEnd) {
    const space = text.lastIndexOf(' ', to);
    if (space >= end) to = space;
  }
  lineStart = from;
  return clean(text.slice(lineStart, to)).replace(/^[\s,;:.\-–—]+|[\s,;:\-–—]+$/g, '');
}

function clean(text: string): string {
  return stripControl(text);
}

/** Cleans a name or title found in the message: controls, quotes and trailing punctuation off. */
export function cleanName(text: string): string {
  const cleaned = stripControl(text)
    .replace(/^["'“”‘’«»*_`]+|["'“”‘’«»*_`]+$/g, '')
    .replace(/[\s,;:.!?\-–—(]+$/g, '')
    .replace(/^[\s,;:.!?\-–—)]+/g, '')
    .replace(/^["'“”‘’«»*_`]+|["'“”‘’«»*_`]+$/g, '')
    .trim();
  // The dot of ".NET" is its first character, not punctuation before it: ".NET Developer". (A string check, not a
  // longer pattern: every read runs this one.)
  return cleaned.startsWith('NET') &&
    text.includes('.NET') &&
    text
      .trimStart()
      .replace(/^[^.\p{L}\d]+/u, '')
      .startsWith('.NET')
    ? `.${cleaned}`
    : cleaned;
}
