// Signs that a message went to many people at once, and signs that it was
// written to this one person. They are signs, not proof: the verdict is yes
// only when mass signs clearly outweigh personal ones, no only when a
// personal sign stands with no strong mass sign, and "can't tell" otherwise.
// A first name or a skill copied from a profile proves nothing either way.
// Pure.

import { builtOnce, compiled, type Pattern } from '../compile.js';
import { quoteAround } from './text.js';
import { roleFamilies } from './labels.js';

export interface MessageSignal {
  kind: 'mass' | 'personal';
  /** What the sign is, in words. */
  text: string;
  /** The message's own words it was seen in. */
  quote: string;
}

interface Rule {
  kind: 'mass' | 'personal';
  text: string;
  /** 3: enough alone; 2: a clear sign; 1: weak. */
  weight: 1 | 2 | 3;
  /** Strong mass signs outweigh a personal reference; the others never do. */
  strong?: boolean;
  /**
   * The shape of a template, which friends and hiring managers share ("Hi!", a list under a heading, a booking link):
   * counted only beside a sign of another kind, never enough on their own however many.
   */
  weak?: boolean;
  /** Read in the mail's headers, not its text. */
  inHeaders?: boolean;
  /** The sign's pattern; or, instead, its alternatives (see `alternatives`). */
  pattern?: Pattern;
  /**
   * Speed only: the pattern written as its alternatives, each with its own
   * `hints`, run only when the text holds one of them. The match is the one
   * the single pattern `/a|b|c/` would give: the earliest, and on a tie the
   * first alternative. Alternatives hold no captures that refer to each other.
   */
  alternatives?: { hints: string[]; pattern: Pattern }[];
  /**
   * Speed only: words (lower case) of which the text must hold at least one
   * for the pattern to match, so that a pattern that cannot match is never
   * run. V8 compiles a regular expression on its first use, and these long
   * case-insensitive ones cost milliseconds each, which a one-shot command
   * pays in full. Every alternative of the pattern needs one of these words.
   * A word written in capitals is looked up as written, in the text as it is.
   */
  hints?: string[];
  /** Speed only, as `hints`: a check of the text without a pattern, which must hold for the pattern to match. */
  precheck?: (text: string) => boolean;
}

// A job channel's name in a forward's header: "Jobs for Freshers", "Global Jobs Channel", "وظائف قطر اليوم".
const CHANNEL_WORDS = /(?:jobs?\b|channel|vacanc|вакансі|вакансии|وظائف|empleos?|vagas|emplois?|lowongan|loker)/i;
const CHANNEL_AT_END = () => /(?:jobs|channel|vacancies|вакансии|وظائف|empleos|vagas|emplois|lowongan|loker)[^\p{L}\n]*$/iu;
/**
 * Whether the message opens on Telegram's "Forwarded from" a channel, not a person: "Forwarded from 🌍 Global Jobs Channel",
 * "Forwarded from Off Campus Jobs for 2025 Batch"; not "Forwarded from Anna re the vacancy", "Forwarded from
 * jobs@kestrel.example".
 */
function forwardedFromAChannel(text: string): boolean {
  const at = text.indexOf('Forwarded from ');
  if (at < 0) return false;
  const line = text.slice(at + 15, text.indexOf('\n', at) < 0 ? undefined : text.indexOf('\n', at));
  if (line.includes('@')) return false;
  // (A person's name and a word that links it to what follows.)
  // (A person's name and a word or a bracket that links it to what follows; a channel's name ends on its word: "Dubai, UAE
  // Jobs".)
  const person = /^(\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?)(?:,|\s*\(|\s+(?:re|about|with|sobre|regarding|for|über|sur)\b)/u.exec(line);
  if (person && !CHANNEL_WORDS.test(person[1]!)) return compiled(CHANNEL_AT_END).test(line);
  return CHANNEL_WORDS.test(line);
}

// A heading alone on its line, ending in a colon or a question mark ("Wat bieden we?"), then two or more bulleted or numbered lines (an empty line allowed
// after the heading). Lines are trimmed by the time the rules read them.
const BULLET = '(?:[•*·▪►✓✔–—-]|\\d{1,2}[.)])';
const HEADED_LIST = `(?:^|\\n)(?!${BULLET})[^\\n]{2,60}[:?]\\n\\n?${BULLET}[^\\n]*\\n${BULLET}`;

const RULES: Rule[] = [
  // Mass: templates that were never filled in.
  {
    kind: 'mass',
    text: 'an unfilled placeholder',
    hints: ['{', '[', '%', '<', '*|', '$first', '$fname', '$name', '##'],
    weight: 3,
    strong: true,
    // (A double brace holds a field's name in any script, "مرحبا {{الاسم}}": a name, not code, "{{ $t('title') }}".)
    pattern: () =>
      /\{\{\s*[\w\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF\u0590-\u06FF\u0E00-\u0E7F\u3040-\u30FF\u3400-\u9FFF\uAC00-\uD7AF. -]{1,40}\s*\}\}|\{\s*[a-z]+(?:_[a-z]+)+\s*\}|\{\s*(?:first_?name|firstname|name|candidate_?name|company|company_?name|role|job_?title|skill|fname|lname|ad(?:_?soyad)?|isim|nombre|nome|vorname|pr[ée]nom|nom|imi[ęe]|jm[ée]no|fornavn|förnamn|etunimi|voornaam)\s*\}|[{[]\s*(?:이름|성함|名前|氏名|姓名)\s*[}\]]|\[\s*(?:first[ _]?name|name|candidate(?:[ _]name)?|your name|insert name|recipient|fname|company(?:[ _]name)?|job[ _]?title|role|skill|förnamn|fornavn|vorname|pr[ée]nom|voornaam|nombre|nome|imi[ęe]|etunimi|e-?post|e-?mail|naam|tên(?: ứng viên)?)\s*\]|%\s*(?:first_?name|firstname|name|fname|candidate)\s*%|<\s*(?:first[ _]?name|name|candidate(?:[ _]name)?|fname)\s*>|\*\|\s*[A-Z_]{2,20}\s*\|\*|\$\{\s*\w{1,30}\s*\}|\$(?:FIRST_?NAME|FNAME|NAME)\b|##\s*(?:first_?name|name)\s*##/i,
  },
  // A merge field in brackets, in capitals joined by an underscore, where a name goes: after a greeting or opening a line or
  // a subject, "Merhaba [AD_SOYAD],", "Konu: [AD_SOYAD], …" (not a value in a sentence, "Config value is [NOT_SET]").
  {
    kind: 'mass',
    text: 'an unfilled placeholder',
    precheck: (text) => text.includes('_') && text.includes(']'),
    weight: 3,
    strong: true,
    pattern: () =>
      /(?:^|\n|(?:^|\n)(?:Konu|Subject|Betreff|Objet|Asunto|Assunto|Oggetto):\s*|(?:Merhaba|Sayın|Hi|Hello|Dear|Hola|Bonjour|Hallo|Ciao|Olá|Cześć|Dobrý den|Bună)\s+)\[[A-ZÇĞİÖŞÜ]{2,12}(?:_[A-ZÇĞİÖŞÜ]{2,12}){1,2}\]/u,
  },
  // The same in Japanese, Korean and Chinese: a name left as circles, "○○ 様", "OO님", "〇〇さん".
  {
    kind: 'mass',
    text: 'an unfilled placeholder',
    hints: ['○○', '〇〇', 'OO님', 'OO 님', 'XX様', 'XX 様'],
    weight: 3,
    strong: true,
    // (At a greeting's place, opening a line: not a name masked in a sentence, "以前○○さんからご紹介いただいた件".)
    pattern: () => /(?:^|\n)[ \t]*(?:○○|〇〇|OO|XX)\s?(?:様|さん|님|先生|女士|小姐)/,
  },
  // Mass: greetings for anyone.
  {
    // In Chinese, at a line's start: "親愛的朋友您好", "各位好", "大家好".
    kind: 'mass',
    text: 'a greeting for anyone',
    // (And Korean "안녕하세요 여러분", hello everyone; a shop's "亲，您好", dear.)
    hints: ['親愛的朋友', '亲爱的朋友', '各位好', '大家好', '여러분', '亲，', '亲,'],
    weight: 3,
    pattern: () => /^\s*(?:親愛的朋友|亲爱的朋友|各位好|大家好|亲[，,]\s*您好|안녕하세요[,!]?\s*여러분|여러분[,!]?\s*안녕하세요)/mu,
  },
  {
    kind: 'mass',
    text: 'a greeting for anyone',
    hints: [
      'candidate',
      'applicant',
      'seeker',
      'professional',
      'sir',
      'madam',
      'friend',
      'talent',
      'engineer',
      'developer',
      'colleague',
      'connection',
      'member',
    ],
    weight: 3,
    pattern: () =>
      /^\s*(?:dear|hello|hi|hey|greetings),?\s+(?:candidate|applicant|job ?seeker|professional|sir(?:\/madam| or madam)?|madam|friend|talent|engineer|developer|jobseeker|valued (?:candidate|professional)|future colleague|colleagues|connection|member|(?:tech|IT|software) professional)s?\b/im,
  },
  {
    // The same in other languages: "Stimate candidat", "Estimado candidato", "Sehr geehrte Bewerberin, sehr geehrter
    // Bewerber", "Beste kandidaat", "Sayın aday".
    kind: 'mass',
    text: 'a greeting for anyone',
    hints: ['candidat', 'kandida', 'bewerber', 'aday', 'jelentkező', 'uchazeč', 'postulante'],
    // Lighter than the English: an employer's own HR office writes so to one applicant too ("Gentile Candidato/a").
    weight: 2,
    pattern: () =>
      /^\s*(?:stimate|stimată|estimad[oa]|prezad[oa]|car[oa]|gentile|cher|chère|sehr geehrte[rn]?|liebe[rn]?|beste|geachte|drog[ia]|szanown[ay]|vážen[ýá]|kedves|sayın|querid[oa])\s+(?:candidat[oae]?|candidata\/o|kandida(?:at|ten|cie|tko)|bewerber(?:in)?(?:\/in|innen)?|aday(?:ımız)?|jelentkező|uchazeč(?:i|ko)?|postulante)\b/im,
  },
  {
    // The same in the Romance languages, German and the Nordic: "Bom dia, pessoal!", "Hola a todos", "Bonjour à tous".
    kind: 'mass',
    text: 'a greeting with no name',
    // (Not German "Hallo zusammen" nor the Nordic "Hej alle": colleagues are greeted so in a thread to a few.)
    hints: ['pessoal', 'galera', 'todos', 'todas', 'à tous', 'a tutti'],
    weight: 2,
    pattern: () =>
      /^[^\p{L}\n]{0,4}(?:bom dia|boa tarde|boa noite|olá|ola|oi|hola|buenos días|buenos dias|buenas tardes|buenas|bonjour|salut|ciao|buongiorno)[,!]?\s+(?:pessoal|galera|a todos|a todas|todos|à tous|a tutti)(?![\p{L}])/imu,
  },
  {
    kind: 'mass',
    text: 'a greeting with no name',
    weight: 2,
    pattern:
      /^\s*(?:hi|hello|hey) (?:there|all|everyone|folks|team)\b|^[ \t]*greetings[ \t]*(?:[,!.][ \t]*)?$|^\s*to whom it may concern\b/im,
  },
  {
    // A greeting and nothing else on its line, to nobody by name: "Hi!", "Hallo,", "¡Hola!", "Cześć!", also after a chat's
    // time and sender ("[10:42] Marta – Grupo Selecta: ¡Hola!"). Not one inside a sentence: "Hi! I saw your talk".
    kind: 'mass',
    text: 'a greeting with no name',
    weight: 2,
    weak: true,
    pattern:
      /^(?:\[[^\]\n]{1,25}\][^:\n]{0,60}:)?[ \t]*¡?(?:hi|hello|hey|hallo|hola|ciao|salve|bonjour|salut|hej|hei|moi|cześć|witam|olá|oi|good day|buongiorno|buenos días|buen día|guten tag|moin|goedendag|goedemiddag|dzień dobry|bom dia|god dag)[ \t]*(?:[!,.]+[ \t]*)?$/im,
  },
  // Mass: bulk mail.
  {
    kind: 'mass',
    text: 'sent to undisclosed recipients',
    weight: 3,
    strong: true,
    inHeaders: true,
    pattern: /^To:\s*undisclosed[- ]recipients\b/im,
  },
  {
    // The same header of a mail forwarded in the message's text: "To: Undisclosed recipients" under "Forwarded message"
    // (also as an address: "To: <undisclosed-recipients:;>").
    kind: 'mass',
    text: 'sent to undisclosed recipients',
    hints: ['ndisclosed'],
    weight: 3,
    strong: true,
    pattern: () => /^To:\s*"?<?undisclosed[- ]recipients\b/im,
  },
  {
    kind: 'mass',
    text: 'sent as bulk mail (Precedence header)',
    weight: 3,
    strong: true,
    inHeaders: true,
    pattern: /^Precedence:\s*(?:bulk|list|junk)\b/im,
  },
  { kind: 'mass', text: 'a mailing list unsubscribe header', weight: 3, strong: true, inHeaders: true, pattern: /^List-Unsubscribe:/im },
  {
    kind: 'mass',
    text: 'an unsubscribe or STOP footer',
    hints: ['unsubscribe', 'opt', 'stop', 'manage', 'receiv', 'remove', 'want these', 'delete this alert', 'take you off'],
    weight: 3,
    strong: true,
    // (And a job alert's "Don't want these emails? Edit or delete this alert.")
    pattern: () =>
      /\bunsubscribe\b|\breply\s+["“']?(?:REMOVE|UNSUBSCRIBE)["”']?(?![\w-])|\btake you off (?:our|the) (?:mailing |contact |distribution )?list\b|(?:^|\n)[ \t]*don['’]t want (?:to (?:receive|get) )?these (?:e-?mails|alerts)\?|\bedit or delete this (?:job )?alert\b|\bopt[- ]out\b|\b(?:reply|text|send|txt)\s+["“']?STOP["”']?\b|\bto stop receiving\b|\bmanage (?:your )?(?:email |mail )?(?:preferences|subscription)|\bmanage (?:your (?:job )?|job )alerts|(?:^|\n)[ \t]*manage (?:your )?(?:job )?alerts[ \t]*(?:[·|<›]|:[ \t]*\S*[ \t]*(?:\n|$)|here\b|$|\n(?:[ \t]*\n)?[ \t]*(?:©|\(c\)|(?:(?:privacy|terms|cookies?)(?: (?:policy|notice|statement|of use|of service|& conditions|and conditions))?|help cent(?:re|er)|unsubscribe|settings|preferences)[ \t]*(?:[·|•]|\n|$)))|\byou(?:['’]re| are)? receiv(?:e|ed|ing) this (?:e-?mail|message|because)\b|\bremove (?:me|yourself) from (?:this|our) (?:list|mailing)\b/i,
  },
  {
    // A Chinese text's opt-out: "回覆STOP取消", "回复 STOP 退订".
    kind: 'mass',
    text: 'an unsubscribe or STOP footer',
    hints: ['STOP'],
    weight: 3,
    strong: true,
    pattern: () => /(?:回覆|回复)\s?STOP(?![A-Za-z])/u,
  },
  {
    // Or an "N" to send back, as Taiwan's texts end: "回N取消" (not a booking's answer, "確認請回Y，回N取消", "回覆N取消預約").
    kind: 'mass',
    text: 'an unsubscribe or STOP footer',
    hints: ['取消', '退訂', '退订'],
    precheck: (text) => !/(?:確認|确认|預約|预约|出席|面試|面试|時間|时间)[^\n]{0,20}(?:回覆?|回复)\s?Y/.test(text),
    weight: 3,
    strong: true,
    pattern: () => /(?:回覆|回复|回)\s?N\s?(?:取消|退訂|退订)(?!預約|预约|面試|面试|報名|报名)/u,
  },
  {
    // An "N" to send back in English: "Reply N to not receive again", "Reply N to stop".
    kind: 'mass',
    text: 'an unsubscribe or STOP footer',
    // (Not a booking's or an application's answer, "Reply Y to confirm, or reply N to stop your application", nor one
    // person's, "reply N to not receive more from me".)
    hints: ['reply n'],
    precheck: (text) => !/\breply\s+["“']?Y["”']?\s+to\s+(?:confirm|accept|attend|book|keep|reschedule)\b/i.test(text),
    weight: 3,
    strong: true,
    pattern: () => /\breply\s+["“']?N["”']?\s+to (?:not receive|stop|opt out|unsubscribe)\b(?! your\b)(?![^.\n]{0,30}\bfrom me\b)/i,
  },
  {
    // Vietnam's opt-out from advertising texts, as an SMS writes it without its accents: "Tu choi QC soan TC gui 8088".
    kind: 'mass',
    text: 'an unsubscribe or STOP footer',
    hints: ['tu choi', 'từ chối'],
    weight: 3,
    strong: true,
    pattern: () => /\b(?:tu choi|từ chối) (?:QC|quang cao|quảng cáo)\b[^\n]{0,12}\b(?:soan|soạn) \S{1,10} (?:gui|gửi) \d{3,5}\b/iu,
  },
  {
    // Turkey's opt-out, by the national permission register's "RET" to 3838 ("Iptal icin RET yazip 3838'e gonderin"), a
    // mail's "if you no longer want to receive it" ("Bu e-postayı almak istemiyorsanız buraya tıklayın").
    kind: 'mass',
    text: 'an unsubscribe or STOP footer',
    hints: ['3838', 'istemiyor', 'alıyorsunuz'],
    weight: 3,
    strong: true,
    // (And a board's "E-posta almak istemiyorum" link, "… iş alarmı nedeniyle alıyorsunuz", you get this because of.)
    pattern: () => /\bRET\s+yaz[ıi]p\b|3838['’]?[ey]\b|almak\s+istemiyor(?:san[ıi]z|um)|nedeniyle\s+al[ıi]yorsunuz/iu,
  },
  {
    // A text message's opt-out to a number, in capitals as it is written: "Odhlaseni SMS: STOP na 555990", "Sms STOP naar
    // 3010".
    kind: 'mass',
    text: 'an unsubscribe or STOP footer',
    hints: ['STOP'],
    weight: 3,
    strong: true,
    // (Irish and Scottish Gaelic "Seol STOP chuig 50123", "Cuir STOP gu 60123".)
    // (Latvian and Lithuanian "sūti STOP uz 1881", "STOP į 1234"; Bulgarian "Отказ: SMS STOP на 1851"; Nepali and Hindi "STOP लेखी 31001 मा पठाउनुहोस्", STOP
    // written and sent to a number.)
    // (Or in Malay, "Bls STOP utk berhenti", or to a USSD code, as a Kenyan bulk SMS ends: "STOP *456*9#", "STOP
    // kujiondoa *456#".)
    pattern: () =>
      /\bSTOP (?:SMS )?(?:na|naar|to|al|an|au|til|till|do|para|per|στο|chuig|gu) \+?\d|\bSTOP (?:uz|į|на) \d{4,6}(?!\d)|\bSTOP (?:लेखी|लेखेर|लिखकर|लिखें|लिख कर)[^\n]{0,6}\d{4,}|\bSTOP kwa \d{4,}|\bSTOP (?:utk|untuk) berhenti\b|\bSTOP ?(?:ku(?:ji)?(?:ondoa|toa) )?\*\d+(?:\*\d+)*#/,
  },
  {
    // An unsubscribe footer, or a message saying it was sent to many, in Japanese, Korean, Chinese and Arabic:
    // "配信停止をご希望の場合は", "本スカウトは…複数の方にお送りしております", "수신거부", "群發", "取消訂閱", "إلغاء الاشتراك".
    kind: 'mass',
    text: 'an unsubscribe or STOP footer',
    // (Not "受信設定" alone, which asks to check a mail's settings; not "群發" or "退訂" alone, which a product, a
    // ticket, or a note saying it is no mass mail also name: "非群发", "回复退订就好" from one headhunter; not a Korean
    // "수신거부" without its free number, "스팸이 아니니 수신거부 하지 말아 주세요"; but a link to it, "[수신거부]", or "if you
    // no longer wish to receive these", "수신을 원치 않으시면".)
    // (And a messaging account's "不想再收到訊息？", don't want these messages any more?, or "不想再收到此類通知？管理訂閱", a
    // board's "manage your subscription", and "本郵件由系統自動發送", sent by the system.)
    hints: [
      '配信',
      '複数の方',
      '수신거부',
      '수신 거부',
      '群發',
      '群发',
      '訂閱',
      '订阅',
      'إلغاء الاشتراك',
      '不想再收到',
      '自動發送',
      '自动发送',
      '退订',
      '退訂',
      '원치 않으시면',
      '원하지 않으시면',
      'ไม่ต้องการรับข้อความ',
      'להסרה',
    ],
    weight: 3,
    strong: true,
    pattern: () =>
      /不想再收到(?:此[類类]|[這这][類类]|此)?(?:推[荐薦])?(?:[訊讯]息|消息|通知|[邮郵]件)|不想再收到(?:徵才|招聘|徵人)(?:[訊讯]息|消息)[？?]?[^\n]{0,4}(?:點選|点击|點擊|請點|请点|回覆|回复)|[点點][击擊]退[订訂]|管理[訂订][閱阅]|由[系統统]{2}自[動动][發发]送|配信(?:停止|解除)|複数の方にお送り|(?:무료)?수신\s?거부\s*:?\s*0\d{2}|수신\s?거부를?\s?(?:눌러|클릭)|\[수신\s?거부\]|수신을?\s?원(?:치|하지)\s?않으시면(?![^\n]{0,12}(?:말씀|알려|편하게))|由[^\n，,。]{0,20}(?<!不是|並非|并非|而非|非)群[發发]|(?<!不是|並非|并非|而非|非)群[發发][訊讯]息|取消[訂订]閱|取消订阅|(?:หาก|ถ้า)ไม่ต้องการรับข้อความ[^\n]{0,30}(?:กด|บล็อก|พิมพ์|ยกเลิก)|להסרה[^\n]{0,30}(?:השב|שלח|השיבו|שלחו|הקש)|回(?:复|覆)?\s?["“]?[A-Z]{1,4}["”]?\s?退[订訂]|退[订訂]\s?回(?:复|覆)?\s?["“]?[A-Z]{1,4}(?![A-Za-z])|إلغاء الاشتراك/,
  },
  {
    // (And German "Antworte mit STOP", Lithuanian "parašykit STOP", Estonian "Loobumiseks vasta STOP".)
    // A text message's opt-out word in other languages: "Svar STOPP for å avslutte", "Responde BAJA", Serbian "Da se
    // odjavite sa liste, pošaljite STOP" (not to one person, "samo mi pošalji STOP"), Malay "Balas
    // "STOP" jika tidak mahu terima iklan" (not to a person, "kalau tak berminat, balas STOP je").
    kind: 'mass',
    text: 'an unsubscribe or STOP footer',
    // (And Galician's "responde BAIXA", Mexico's "Responde ALTO para no recibir más mensajes".)
    hints: ['STOP', 'BAJA', 'BAIXA', 'ALTO', 'SAIR', 'SALIR', 'Baja'],
    weight: 3,
    strong: true,
    pattern: () =>
      /(?<![\p{L}])(?:[Ss]vara?|[Ss]end|[Ss]tuur|[Aa]ntworte|[Rr]espond[ae]|[Rr]esp\.?|[Rr]ispondi|[Oo]dpowiedz|[Oo]dpisz|[Aa]ntwoord|[Vv]astaa|[Ee]nvo(?:ie|yez)|[Ee]nvie|[Ee]nv[ií]a|[Rr]épond(?:s|ez)|[Tt]rimite|[Rr]ăspunde(?:ți)?(?:\s+cu)?|[Pp]arašyk(?:it|ite)?|[Vv]asta|[Ss]ūt(?:i|iet))(?:\s+mit)?\s+["“'„]?(?:STOPP?|BAJA|BAIXA|ALTO|SAIR|SALIR)["”']?(?![\p{L}])|(?:[Bb]alas|[Bb]ls|[Kk]etik)\s+["“'„]?STOP["”']?(?=[^\n]{0,40}(?:terima|menerima|berhenti|iklan))|(?:odjav|sa liste|s liste)[^\n]{0,40}[Pp]o[šs]alji(?:te)?\s+["“'„]?STOP|(?<![\p{L}])[Bb]aja:?\s+env[ií]a\s+["“'„]?[A-Z]{2,5}["”']?\s+al?\s+\d{4,}/u,
  },
  {
    // The same footer in other languages: "Afmelden", "Je ontvangt deze e-mail omdat", "Sie erhalten diese E-Mail, weil".
    kind: 'mass',
    text: 'an unsubscribe or STOP footer',
    hints: [
      'afmeld',
      'abmeld',
      'abbestell',
      'désabonn',
      'désinscri',
      'baja',
      'suscripción',
      'iscrizione',
      'disiscriv',
      'avregistr',
      'avsluta',
      'avmeld',
      'wypisz',
      'descadastr',
      // (Brazil's "Você recebeu esta recomendação porque seu currículo…", not a note's "Você recebeu esta mensagem porque seu
      // perfil chamou minha atenção" nor a disclaimer's "Se você recebeu esta mensagem por engano"; Czech "Tento e-mail Vám přišel, protože jste si…", "Upravit nebo zrušit
      // upozornění".)
      'recebeu esta',
      'přiš',
      'zrušit upozornění',
      'ontvangt deze',
      'modtager denne',
      'mottar denne',
      'jobagent',
      'erhalten diese',
      'recevez ce',
      'recibes este',
      'ricevi questa',
      'hai ricevuto questa',
      'disattiva avviso',
      'får detta',
      'otrzymujesz',
      'obdržel',
      'abonelik',
      'almamak için',
      // (Typed without Turkish letters, as a bulk text message is: "Mesaj almamak icin RET yazip 3838'e gonderin".)
      'almamak icin',
      // French: "Pour ne plus recevoir nos offres : https://…/desinscription".
      'ne plus recevoir',
      'leiratkoz',
      'saat tämän',
      'tilaus',
      'odběru',
      'dezabon',
      'απεγγραφ',
      'receber',
      'recibir',
      'ricevere',
      'otrzymywać',
      'primești',
      'primiți',
      'queira',
      'prenumerat',
      'laišką gavote',
      'λαμβάνετε',
      'λίστα αποστολής',
      'từ chối nhận',
      'hủy đăng ký',
      'nhận được email này',
      'meld je af',
      'meld u af',
      'dostávat',
      'odhlásit',
      'posíláme, protože',
      'posielame, pretože',
      'kdykoli zrušit',
      'kedykoľvek zrušiť',
      'dostávať',
      'odhláste',
      // (And a Czech council's "Odhlášení z databáze zájemců", a Polish SMS's "Wyslij NIE na 80610 aby zrezygnowac".)
      'odhlášení z databáze',
      'zrezygnow',
      'du får denne',
      'varselet',
      // Latvian and Estonian: "Atteikties no paziņojumiem", "Lai atteiktos no jaunumiem", "atrakstīties", "Jūs saņemat šo
      // e-pastu, jo …", "Loobu tellimusest", "Uudiskirjast loobumiseks".
      'atteikties',
      'atteiktos',
      'atrakst',
      'loobumiseks',
      'saņemat šo',
      'loobu',
      'selle e-kirja',
      'selle kirja',
      'selle teavituse',
      // Rioplatense and peninsular Spanish, Russian and Swahili: "Darme de baja", "desuscribite acá", "Estás recibiendo
      // este mail porque creaste una alerta", "Has recibido este email porque tienes activa la alerta", "Отказ от рассылки:
      // СТОП на 7021", "Kujiondoa tuma STOP kwenda 15577".
      'darme de baja',
      'desuscrib',
      'recibiendo este',
      'has recibido este',
      'отказ от рассылки',
      'отписаться',
      'kujiondoa',
    ],
    weight: 3,
    strong: true,
    pattern: () =>
      /\b(?:afmelden|uitschrijven|abmelden|abbestellen|se désabonner|pour vous désabonner|désabonnement|se désinscrire|désinscription|darse de baja|darte de baja|date de baja|cancelar (?:la )?suscripción|annulla(?:re)? (?:l'|la )?iscrizione|disiscriviti|avregistrera|avsluta prenumeration|avsluta (?:din |er )?bevakning|avmeld|afmeld|wypisz(?= si[eę])|descadastr(?:ar|e-se|e)|cancelar inscrição)\b|\b(?:je ontvangt|u ontvangt) deze e-?mail\b|\bSie erhalten diese (?:E-?Mail|Nachricht)\b|\bvous recevez (?:cet e-?mail|ce message)\b|\bvous recevez ce courriel (?:parce que|car) vous (?:êtes|avez)\b|\brecibes este (?:correo|mensaje)\b|\bricevi questa (?:e-?mail|mail|newsletter)\b|\bhai ricevuto questa (?:e-?mail|mail) perch[ée] hai (?:attivato|creato|impostato)\b|(?:^|\n|[|·•] ?)[ \t]*disattiva (?:l['’])?avviso\b|\bdu får (?:detta|det här) (?:mejl|e-?post)\b|\bdu modtager denne (?:e-?mail|mail)\b|\bdu mottar denne (?:e-?posten|e-?post|mailen)\b|\bdu får denne (?:e-?posten|e-?post|mailen|meldingen) fordi\b|\bslett (?:stillingsvarselet|jobbvarselet|varselet)\b|\bslet din jobagent\b|\botrzymujesz (?:tę|tą|ten) (?:wiadomoś|e-?mail\b)|\b(?:tento e-?mail|tuto zprávu|tento email) jste obdržel[ia]?\b|\b(?:tento e-?mail|tuto zprávu|tento email) (?:vám|Vám) (?:posíláme|posielame), (?:protože|pretože)\b|\b(?:upozornění|odběr\S*|zasílání)[^.\n]{0,40}\bmůžete kdykoli zrušit\b|\b(?:upozornenia|odber\S*|zasielanie)[^.\n]{0,40}\bmôžete kedykoľvek zrušiť(?![a-zA-Z\u00C0-\u024F])|abonelikten çık|(?<!\b(?:[Bb]enden|[Bb]izden) )(?:sms|e-?posta|mesaj|ileti)\S* almamak i[çc]in|pour ne plus recevoir (?:nos|ces) (?:offres|annonces|e-?mails|courriels|alertes|messages)|leiratkoz|\bsaat tämän (?:viestin|sähköpostin)\b|\bperu(?:uta)? tilaus\b|\bodhlá(?:sit|šení)(?: se)? z odběru|dezabon|απεγγραφ|não quiser(?:em)? (?:mais )?receber(?![^.\n]{0,30}\b(?:minhas|meus|de mim)\b)|não queira(?:m)? (?:mais )?receber(?![^.\n]{0,30}\b(?:minhas|meus|de mim)\b)|atsisakyti prenumeratos|šį laišką gavote|λαμβάνετε αυτό το μήνυμα επειδή|διαγραφή από τη λίστα αποστολής|soạn \S{1,10} để từ chối nhận tin|(?:^|\n|[|·•]|[.?!] )[ \t]*hủy đăng ký|(?:neželáte si|si neželáte|nechcete(?: už)?) dostávať (?:ďalšie|tieto|naše|podobné) (?:ponuky|e-?maily|správy|upozornenia|novinky)|odhláste sa(?: tu| z odberu| kliknutím)|bạn nhận được email này vì (?:bạn )?(?:đã )?(?:đăng ký|bật|theo dõi|lưu|đăng kí)|\bmeld (?:je|u) af (?:voor|van) (?:deze|onze|de|alle) (?:e-?mails?|nieuwsbrief|vacatures?|alerts?|berichten|mailings?|zoekopdracht)|(?:nepřejete si|nechcete(?: již)?) dostávat(?![^.\n]{0,20}(?:^|\s)(?:mé|moje|ode mě|ode mne)(?=[\s,.]))|odpovězte (?:na tento e-?mail )?(?:slovem )?["„]?ODHLÁSIT|(?:^|\n)[ \t]*odhlášení z databáze|[Ww]y[śs]lij[^\n]{0,20}\bna \d{4,6}\b[^\n]{0,10}\baby zrezygnow|para não receber (?:mais |nossos |nossas |novos |novas |estas |estes )?(?:SMS|mensagens|e-?mails|comunicações|notificações|vagas|alertas|ofertas)|deixar de receber|no (?:deseas|quieres) recibir más|dejar de recibir|non (?:ricevere|vuoi ricevere) più|nie chcesz (?:już )?otrzymywać(?![^.\n]{0,30}\bode mnie)|nu (?:mai )?(?:vrei|dorești|doriți) să (?:mai )?(?:primești|primiți)(?![^.\n]{0,30}\bde la mine)|atteikties no (?:paziņojumiem|jaunumiem|abonementa|vēstulēm)|saņemat šo (?:e-pastu|vēstuli|paziņojumu)|loobu (?:tellimusest|teavitustest|uudiskirjast)|(?:uudiskirjast|tellimusest|teavitustest) loobumiseks|lai atteiktos no (?:jaunumiem|paziņojumiem|vēstulēm)|atrakst(?:īties|ieties|ītos)|(?:saite|saate) selle (?:e-kirja|kirja|teavituse)|darme de baja|desuscrib\w*|(?:estás|estas) recibiendo este (?:mail|e-?mail|correo|mensaje)|has recibido este (?:mail|e-?mail|correo|mensaje)|отказ(?:аться)? от рассылки|отписаться от|kujiondoa|você recebeu esta (?:recomendação|notificação) porque|você recebeu esta (?:mensagem|e-?mail|vaga) porque (?:você )?(?:se cadastrou|cadastrou|está cadastrad[oa]|ativou|assinou|optou|criou um alerta|tem um alerta)|(?:tento e-?mail|tato zpráva) vám přiš(?:el|la),? protože (?:jste si\b|máte (?:aktivní|nastaven)|jste se (?:zaregistroval|přihlásil))|zrušit upozornění/i,
  },
  {
    // Hashtags of a public post: "#HiringNow #BPOJobs".
    kind: 'mass',
    text: 'hashtags of a public post',
    hints: ['#'],
    weight: 2,
    weak: true,
    // CamelCase tags, as posts write them, or a run of three tags or more ending a line ("#hiring #BPO #Ortigas"); not a
    // chat's channels ("#eng-hiring") nor numbers ("#4521").
    pattern: () =>
      /(?:^|\s)#\p{Lu}[\p{L}\d]*\p{Lu}[\p{L}\d]*(?![\p{L}\d_-])[^\n#]{0,40}(?:^|\s)#\p{Lu}[\p{L}\d]*\p{Lu}[\p{L}\d]*(?![\p{L}\d_-])|(?:^|\s)#\p{L}[\p{L}\d]{0,40}(?:[ \t]+#\p{L}[\p{L}\d]{0,40}){2,30}[ \t]*$/mu,
  },
  // Mass: hype.
  {
    kind: 'mass',
    text: 'a hype figure',
    hints: ['mak', 'earn', 'unlimited', 'uncapped', 'limitless', 'boss', 'freedom', 'figure'],
    // (Not "earn" only inside "learning": "a $2,000 learning stipend" is no hype, and most messages say nothing else of it.)
    precheck: (text) => {
      const lower = text.toLowerCase();
      for (let at = lower.indexOf('earn'); at >= 0; at = lower.indexOf('earn', at + 1)) if (at === 0 || lower[at - 1] !== 'l') return true;
      return ['mak', 'unlimited', 'uncapped', 'limitless', 'boss', 'freedom', 'figure'].some((word) => lower.includes(word));
    },
    weight: 2,
    pattern: () =>
      /\b(?:make|earn|making|earning)\s+(?:up to\s+|over\s+|more than\s+)?[$€£]\s?\d[\d,.]{0,15}\s?[kK]?\+?\s+(?:(?:in\s+)?your first year|a year from home|from home|per week from home|working from home|part[- ]time)|\b(?:unlimited|uncapped|limitless) (?:earning|income) potential\b|\bunlimited (?:earnings|income)\b|\bbe your own boss\b|\bfinancial freedom\b|\b(?:six|6|seven|7)[- ]figure (?:income|salary|earnings)\b/i,
  },
  {
    kind: 'mass',
    text: '"no experience needed"',
    hints: ['experience', 'anyone can', 'fresher'],
    weight: 2,
    // (India's "Freshers can apply", "Freshers welcome": a call to anyone out of college, as a list's item or a line's
    // opening; not "it isn't for freshers, though freshers can apply to our campus drive".)
    pattern: () =>
      /(?:^|\n|[:•*,;(/.!]\s*|\b(?:and|&|or)\s)[ \t]*freshers?(?: (?:\([^)]{0,30}\) )?(?:&|and|or) experienced)? (?:can|may) apply\b|(?:^|\n|[:•*,;(/.!]\s*)[ \t]*freshers (?:are )?welcome\b|\bno (?:prior |previous |(?:call cent(?:re|er)|[A-Za-z]+) )?experience (?:needed|required|necessary)\b|\bexperience not (?:required|needed|necessary)\b|\bno (?:[\w-]+ )?experience\?\s*no problem\b|\banyone can (?:do|apply)\b/i,
  },
  {
    // The same in Thai: "ไม่จำเป็นต้องมีประสบการณ์", "ไม่ต้องมีประสบการณ์" (no experience needed).
    kind: 'mass',
    text: '"no experience needed"',
    hints: ['ประสบการณ์'],
    weight: 2,
    pattern: () => /ไม่(?:จำเป็น)?ต้องมีประสบการณ์/u,
  },
  {
    // The same in other languages: "No se requiere experiencia", "doświadczenie NIE jest wymagane", "keine Erfahrung nötig".
    kind: 'mass',
    text: '"no experience needed"',
    hints: [
      'experiencia',
      'experiência',
      'esperienza',
      'expérience',
      'erfahrung',
      'ervaring',
      'doświadcz',
      'doswiadcz',
      'zkušenost',
      'erfarenhet',
      'erfaring',
      'experiență',
      'experiența',
      'kokemus',
      'praxi',
      'praxe',
      'kinh nghiệm',
      'débutant',
      'principiante',
      // (Turkish: "Deneyimsiz adaylar da değerlendirilir", "Deneyim şartı yok", "tecrübe şartı aranmaz".)
      'deneyim',
      'tecrübe',
    ],
    weight: 2,
    pattern: () =>
      /\b(?:no se (?:requiere|necesita) experiencia|sin experiencia(?: previa)?|no (?:necesitas|requieres|se pide) experiencia|sem (?:necessidade de )?experiência|não (?:precisa de|é necessária) experiência|(?:anche )?senza esperienza|nessuna esperienza (?:richiesta|necessaria)|sans (?:aucune )?expérience|aucune expérience (?:requise|nécessaire)|keine (?:Berufs)?[Ee]rfahrung (?:nötig|notwendig|erforderlich)|ohne (?:Berufs)?[Ee]rfahrung|geen ervaring (?:nodig|vereist)|geen ervaring\?? geen probleem|doświadczenie nie jest (?:wymagane|konieczne)|bez do[śs]wiadczenia(?![\p{L}])(?! (?:w |z |na |przy ))|bez (?:zkušeností|zkusenosti|praxe)|ingen erfarenhet (?:krävs|behövs)|ingen erfaring (?:nødvendig|kreves|påkrævet)|fără experiență|nu (?:este|e) (?:necesară experiența|nevoie de experiență)|nu ai experiență\?? nu (?:este|e) (?:o )?problemă|nu ai experiență[^?\n]{0,30}\? nicio problemă|ei vaadi (?:aiempaa )?kokemusta|nepotřebujete praxi(?! (?:s|se|v|ve|na) )|praxe není nutná|không cần kinh nghiệm(?! (?:về|với|trong|làm))|débutants? (?:acceptés?|bienvenus?)|principiantes? bienvenid[oa]s|deneyimsiz adaylar(?: da)? değerlendiril\p{L}*|(?:deneyim|tecrübe) şartı (?:yok|aranmaz|aranmamaktadır))(?![\p{L}\d])/iu,
  },
  {
    kind: 'mass',
    text: 'urgency',
    hints: ['act now', 'filling', 'spot', 'limited', 'apply', 'miss', 'left', 'immediate', 'urgent', 'respond', 'first come', 'walk-in'],
    weight: 1,
    pattern: () =>
      /\bACT NOW\b|\bpositions? (?:are )?filling (?:up )?fast\b|\bspots? (?:are )?(?:filling|limited)\b|\blimited (?:spots|slots|positions|openings|seats|time)\b|\bwalk-in (?:drive|interviews?|applicants (?:are )?welcome)\b|\bapply (?:now|today)!|\bdon'?t miss (?:out|this)\b|\bonly \d+ (?:spots|positions|seats) left\b|\bimmediate (?:joiners?|start)!|\burgent(?:ly)? (?:interim |temporary |contract |locum |permanent )?(?:requirements?|hiring|need|openings?|vacanc(?:y|ies))\b|\brespond (?:asap|immediately|today)\b|\bfirst come,? first served\b/i,
  },
  {
    // The same in other languages: "Cupo limitado", "¡Contratación inmediata!", "Decyduje kolejność zgłoszeń".
    kind: 'mass',
    text: 'urgency',
    hints: [
      'cupo',
      'plazas',
      'vagas',
      'posti',
      'plätze',
      'contratación',
      'kolejność',
      'pilne',
      'urgente',
      'dringend',
      'SEGERA',
      'temuduga terbuka',
      'ihned',
      'Entrevistas HOY',
      'ENTREVISTAS HOY',
      'locurile sunt limitate',
      // Urdu's "urgently needed", "urgent hiring": "فوری ضرورت برائے دبئی".
      'فوری',
      // Polish "work from right now!" (in a country, "PRACA W ANGLII OD ZARAZ!"), Swahili "few slots", Chinese "only N
      // places left": "PRACA OD ZARAZ!", "Slots ni
      // chache", "名额仅剩3个".
      'od zaraz',
      'ni chache',
      '名额仅剩',
      '名額僅剩',
    ],
    weight: 1,
    pattern: () =>
      /(?<![\p{L}])(?:[Cc]upos? limitados?|[Pp]lazas limitadas|[Vv]agas limitadas|[Pp]osti limitati|(?:[Bb]egrenzte|[Ll]imitierte) Plätze|[Cc]ontratación inmediata|CONTRATACIÓN INMEDIATA|SEGERA|[Nn]ur noch wenige Plätze|[Nn]ástup IHNED(?! nebo)|[Tt]emuduga terbuka|[Dd]ecyduje kolejność zgłoszeń|PILNE|URGENTE|DRINGEND|[Ee]ntrevistas HOY|ENTREVISTAS HOY|[Ll]ocurile sunt limitate|[Vv]acantes? [Uu]rgentes?|VACANTES? URGENTES?|[Vv]agas? [Uu]rgentes?|VAGAS? URGENTES?|فوری ضرورت|فوری بھرتی|(?:PRACA|[Pp]raca)(?: (?:W|w) [\p{Lu}\p{Ll}]{3,12})? (?:OD ZARAZ|od zaraz)!|[Ss]lots ni chache|名[额額](?:仅|僅)剩\d{1,3}[个個位])(?![\p{L}])/u,
  },
  {
    // A form of details left blank for whoever answers, as a bulk template has it: "Current CTC:\nExpected CTC:\nNotice
    // Period:". A recruiter writing to one person asks in a sentence.
    kind: 'mass',
    text: 'a form of details to fill in',
    hints: ['ctc', 'notice period', 'exp:', 'experience:', 'location:'],
    weight: 2,
    pattern: () =>
      /(?:^|\n)[ \t]*(?:total exp(?:erience)?|relevant exp(?:erience)?|current ctc|expected ctc|notice period|current location)[ \t]*:[ \t]*\n[ \t]*(?:total exp(?:erience)?|relevant exp(?:erience)?|current ctc|expected ctc|notice period|current location)[ \t]*:[ \t]*(?:\n|$)/i,
  },
  {
    // A hiring call shouted to all, as a post or a broadcast writes it: "¡ESTAMOS CONTRATANDO!", "WE'RE HIRING 300 …".
    kind: 'mass',
    text: 'a hiring call to all',
    hints: [
      'HIRING',
      'CONTRATANDO',
      'ZATRUDNI',
      'STELLEN EIN',
      'RECRUTE',
      'RECRUTONS',
      'ASSUMENDO',
      'ANSTÄLLER',
      'ANGAJ',
      'JAWATAN',
      'NAFASI',
      'CIRCULAR',
      'RECRUTAR',
      'CERCASI',
      'ΖΗΤΟΥΝΤΑΙ',
      'CALLING ALL',
      '¡Estamos contratando!',
      'angajează',
      'URGENT RECRUITMENT',
      'TUYỂN',
      'JOB VACANC',
    ],
    weight: 1,
    pattern: () =>
      /(?:WE(?:['’]RE| ARE) HIRING|NOW HIRING|ESTAMOS CONTRATANDO|EST[ÁA] CONTRATANDO|ZATRUDNIMY|ZATRUDNIAMY|WIR STELLEN EIN|ON RECRUTE|NOUS RECRUTONS|STIAMO ASSUMENDO|VI ANSTÄLLER|ANGAJĂM|ANGAJAM|JAWATAN KOSONG|NAFASI ZA KAZI|VACANCY CIRCULAR|HIRING AGAD|ESTAMOS A RECRUTAR|CERCASI|ΖΗΤΟΥΝΤΑΙ|CALLING ALL|¡Estamos contratando!|angajează [A-ZĂÂÎȘȚ]{4,} [A-ZĂÂÎȘȚ]{4,}|URGENT RECRUITMENT|TUYỂN GẤP|HIRING NOW|URGENT HIRING|JOB VACANC(?:Y|IES))(?![\p{L}])/u,
  },
  {
    // A Hebrew call to many, in the plural: "שלחו קו"ח לוואטסאפ" (send your CVs); one reader is asked "שלח/י לי".
    kind: 'mass',
    text: 'a hiring call to all',
    hints: ['שלחו'],
    weight: 1,
    pattern: () => /(?:^|\s)שלחו\s+(?:קו["״]ח|קורות חיים)/u,
  },
  {
    // A job advert's call to whoever reads it: "Interested and qualified candidates should send their CV to …".
    kind: 'mass',
    text: 'a hiring call to all',
    hints: ['interested and qualified'],
    weight: 1,
    pattern: () => /\binterested and qualified (?:candidates|applicants|persons|individuals)\b/i,
  },
  {
    // Dozens hired at once: "Angajăm 80 de persoane", "WE'RE HIRING 300 CUSTOMER SERVICE REPRESENTATIVES", "rekrutujemy aż 40 osób".
    kind: 'mass',
    text: 'dozens hired at once',
    hints: ['hiring', 'recruit', 'angaj', 'contrat', 'zatrudni', 'rekrutujemy', 'szukamy', 'buscamos', 'cerchiamo', 'recrutons', 'suchen'],
    weight: 1,
    pattern: () =>
      /\b(?:hiring|recruiting|angajăm|angajează|contratamos|contratando|zatrudnimy|zatrudni|rekrutujemy|szukamy|buscamos|cerchiamo|recrutons|suchen wir)\s+(?:aż\s+|urgent\s+|now\s+)?(?!(?:19|20)\d\d\b)\d{2,4}\s+(?:de\s+)?(?!(?:months?|years?|weeks?|days?|hours?|luni|meses|mesi|miesięcy)\b)[a-zA-Z\u00C0-\u024F]/i,
  },
  {
    // The same after "looking for" or "adding": "looking for 15 energetic SALES EXECUTIVES", "adding 25 Solar Energy
    // Consultants". (Apart, so that a message saying neither does not run it.)
    kind: 'mass',
    text: 'dozens hired at once',
    hints: ['looking for', 'adding'],
    weight: 1,
    pattern: () =>
      /\b(?:looking for|looking to hire|adding)\s+(?!(?:19|20)\d\d\b)\d{2,4}\s+(?:(?:energetic|motivated|dynamic|enthusiastic|hungry|driven|young|hardworking|hard-working|passionate|vibrant)\s+[A-Za-z]|[A-Z]{2,}\b)/,
  },
  {
    // The same in Vietnamese and Indonesian: "TUYỂN GẤP 50 CÔNG NHÂN MAY", "Dibutuhkan 20 orang".
    kind: 'mass',
    text: 'dozens hired at once',
    hints: ['tuyển', 'butuh'],
    weight: 1,
    pattern: () =>
      /(?<![\p{L}])(?:[Tt]uyển|TUYỂN)(?: (?:gấp|GẤP|dụng|DỤNG))?\s+(?!(?:19|20)\d\d(?!\d))\d{2,4}\+?\s+\p{L}|(?<![\p{L}])(?:[Dd]i)?[Bb]utuh(?:kan)?\s+\d{2,4}\s+orang(?![\p{L}])/iu,
  },
  {
    // The first so many to answer, as a campaign limits its interviews: "First 20 applicants lang po ang i-schedule".
    kind: 'mass',
    text: 'urgency',
    hints: ['first '],
    weight: 1,
    pattern: () => /\bfirst \d{1,3} (?:applicants|candidates|people|to (?:apply|reply|respond))\b/i,
  },
  {
    // Dozens of openings counted: "Teach English in Japan – 120 positions", "35 posizioni aperte", "40 vagas". Not seats
    // or beds ("un ristorante da 120 posti", "120 plazas"), nor positions held in a market, nor a team grown "to 40
    // positions": "positions" only open or after a dash.
    kind: 'mass',
    text: 'dozens hired at once',
    hints: [
      'positions',
      'openings',
      'vacancies',
      'vagas',
      'vacantes',
      'posizioni',
      'postes',
      'stellen',
      'stanowisk',
      'open roles',
      'posiciones',
      'posições',
      'positionen',
      'slots',
    ],
    weight: 1,
    // (And a bracket's count of places: "*DISPATCH RIDERS* (20 slots)", "*OPERADOR DE MONTACARGAS* (30 posiciones)".)
    pattern: () =>
      /(?<![\d.,])(?!(?:19|20)\d\d\b)\d{2,4}\+?\s+(?:openings|(?:slots|posiciones|puestos|plazas|vagas|posições)(?=\))|vacancies|vagas|vacantes|posiciones (?:abiertas|disponibles)|posições abertas|offene Positionen|posizioni aperte|postes (?:à pourvoir|ouverts)|offene Stellen|stanowisk|open (?:positions|roles))(?![\p{L}])|[-–—|:]\s*\d{2,4}\+? positions\b/iu,
  },
  {
    // A chat post that mentions the whole channel or server, "@everyone 🎮 WE'RE #HIRING", "@here": written to all in it.
    kind: 'mass',
    text: 'a post to a channel or a broadcast list',
    hints: ['@everyone', '@here', '@channel'],
    weight: 3,
    pattern: () => /(?:^|\s)@(?:everyone|here|channel)(?![\w@.-])/,
  },
  {
    // A post in a public channel or a broadcast list: its view count ("👁 12.4K"), "Join our channel", "Mensaje de difusión".
    kind: 'mass',
    text: 'a post to a channel or a broadcast list',
    // (And a LINE account's own label on a broadcast, "[ข้อความบรอดแคสต์]"; a Telegram channel's handle, "🆔
    // @tehran_it_jobs_channel", "@EthioSiraChannel", or its header, "Telegram channel · 48.6K subscribers"; in Arabic,
    // its subscribers' count and "share the channel", "👥 52K مشترك | شارك القناة مع صحابك".)
    hints: [
      '👁',
      '🆔',
      'join',
      'follow',
      'subscribers',
      'channel',
      'gabung',
      'difusión',
      'transmissão',
      'kanał',
      'kanal',
      'บรอดแคสต์',
      'broadcast',
      'کانال',
      'قناة',
      'مشترك',
      'ቻናላችን',
    ],
    weight: 3,
    strong: true,
    pattern: () =>
      /👁\s?\d[\d.,]*\s?[KkMm]?\b|\[ข้อความบรอดแคสต์\]|[(\[](?:Broadcast[- ]?[Ll]iste|[Bb]roadcast list)[)\]]|(?:^|\n)[^\S\n]*(?:Broadcast[- ]?[Ll]iste|[Bb]roadcast list)[^\S\n]*(?:\n|$)|\bjoin (?:our |the )?(?:telegram |whatsapp )?channel\b(?![^\S\n]+[\w&-]+(?:[^\S\n]+[\w&-]+)?[^\S\n]+(?:team|group|org|department)\b)|(?:^|\n)[^\S\n]*🆔\s?@\w{3,}[^\S\n]*(?=\n|$)|\b(?:join|follow)\b[^\S\n]*(?:👉|:)?[^\S\n]*@\w*(?:jobs|channel|vacanc|careers|kerja|loker)\w*|\bjoin\b[^\S\n]*(?:👉|:)[^\S\n]*@\w{2,}|(?:^|\n)[^\S\n]*(?:telegram |whatsapp )?channel\s*[·•|]\s*\d[\d.,]*\s?[KkMm]?\s+subscribers\b|(?<![\p{L}])[Gg]abung(?: ke)? (?:channel|grup)(?: (?:telegram|whatsapp|wa|kami|loker|lowongan|info)){0,2}\s*[:👉]*\s*(?:t\.me|chat\.whatsapp|@|https?:)|(?<![\p{L}])(?:mensaje|lista) de difusión(?![\p{L}])|(?<![\p{L}])(?:mensagem|lista) de transmissão(?![\p{L}])|\bdołącz do (?:naszego )?kanału\b|ቻናላችን\S*\s+ይቀላቀሉ|(?:کانال|قناة)[^\n]{0,40}@\w*(?:job|vacanc|kar|estekhdam|career|wazaif|wazifa)\w*|(?:شارك|انشر)\s(?:ال)?قناة|👥\s?\d[\d.,]*\s?[KkMm]?\s?مشترك(?![\p{L}])/iu,
  },
  {
    // A channel's post forwarded on Telegram, the channel named a job board's: "Forwarded from 🌍 Global Jobs Channel 🌍",
    // "Forwarded from وظائف قطر اليوم 🇶🇦" (not from a person, "Forwarded from Anna Petrova", "Forwarded from Anna re the
    // vacancy"); or a channel's count of subscribers in thousands, in Arabic, beside its "follow us": "تابعونا — أكثر من 48
    // ألف مشترك" (not a firm's customers).
    kind: 'mass',
    text: 'a post to a channel or a broadcast list',
    hints: ['forwarded from'],
    precheck: forwardedFromAChannel,
    weight: 3,
    strong: true,
    pattern: () => /(?:^|\n)[^\S\n]*Forwarded from [^\n]+/,
  },
  {
    // An opt-out in Bengali, Turkish, Indonesian and Afrikaans: "বন্ধ করতে STOP লিখে ২৬৯৬৯ এ পাঠান", "Iptal icin RET yaz
    // 4609'a gonder" (a short code in capitals and a number: not "iptal için bana yazın"), "Berhenti berlangganan", "Kamu
    // menerima email ini karena mengaktifkan Notifikasi Lowongan" (a subscription's reason: not "karena kita sempat
    // ngobrol"), "STOP om af te meld".
    kind: 'mass',
    text: 'an unsubscribe or STOP footer',
    hints: ['লিখে', 'iptal', 'İptal', 'berhenti berlangganan', 'menerima email ini', 'af te meld'],
    weight: 3,
    strong: true,
    pattern: () =>
      /\bSTOP লিখে[^\n]{0,6}[\d০-৯]{4,}|(?<![\p{L}])(?:İptal|IPTAL|İPTAL|Iptal|iptal) i[çc]in [A-ZÇĞİÖŞÜ]{2,6} yaz(?![\p{L}])[^\n\d]{0,12}\d{3,}|(?:^|\n|\|)[^\S\n]*[Bb]erhenti [Bb]erlangganan\b|\b[Mm]enerima email ini karena (?:[^.\n]{0,20}?)(?:berlangganan|mengaktifkan|notifikasi|job alert|lowongan)|\bSTOP om af te meld\b/u,
  },
  {
    // A channel's post in Roman Urdu and Bengali, its leaving or sharing said in its own voice: "Is channel ko leave karne
    // ke liye /stop likhein", "চ্যানেলটি শেয়ার করুন" (not "YouTube channel ko follow karti hoon").
    kind: 'mass',
    text: 'a post to a channel or a broadcast list',
    hints: ['channel ko', 'চ্যানেল'],
    weight: 3,
    strong: true,
    pattern: () =>
      /\b(?:[Ii]s|[Hh]amar[ae]y?|[Hh]umar[ae]) channel ko (?:leave|join|share|follow) kar|(?:এই |আমাদের )?চ্যানেল(?:টি)? শেয়ার করুন/u,
  },
  {
    // (The Arabic count, with its channel's words before or after it: "قناتنا تضم أكثر من 50 ألف مشترك".)
    kind: 'mass',
    text: 'a post to a channel or a broadcast list',
    hints: ['مشترك'],
    weight: 3,
    strong: true,
    pattern: () =>
      /(?:تابعونا|قنا[ةت]|انضم|اشترك|تيليجرام|تليجرام|🔔|👥)[^\n]{0,40}\d[\d.,]*\s?ألف\s?مشترك(?![\p{L}])|\d[\d.,]*\s?ألف\s?مشترك[^\n]{0,20}(?:قنا[ةت]|تيليجرام|تليجرام)/u,
  },
  {
    // A post in a public (or large private) group or channel, pasted with its header: the group's kind and its members'
    // count under its
    // name, "Javna grupa · 38,4 hilj. članova", "Public group · 12K members", "Kanal · 48.7K abone".
    kind: 'mass',
    text: 'a post to a channel or a broadcast list',
    hints: [
      'članova',
      'members',
      'członków',
      'abone',
      'учасник',
      'участник',
      'підписник',
      'подписчик',
      'tag',
      'membri',
      'miembros',
      'membros',
      'mitglieder',
      'leden',
    ],
    weight: 3,
    strong: true,
    pattern: () =>
      // (Only at the message's top, the group's name on the line above: not a header quoted in a personal message.)
      /^[^\S\n]*(?![^\n]*\b(?:Hi|Hey|Hello|Dear|Hola|Ciao|Olá|Bok|Zdravo|Cześć)\b)[^\n]{2,80}\n[^\S\n]*(?:(?:javna|public|publiczna|öffentliche|nyilvános|veřejná|verejná|publică|pública|público|publieke|private|privada|privado|prywatna|privata)[^\S\n]+(?:grupa|group|gruppe|csoport|skupina|grup|grupo|groep)|(?:grupa|group|gruppe|grup|grupo|groupe|groep)[^\S\n]+(?:publiczna|public|publică|pública|público|publique|publieke|privée|privada|privado|privat)|kanal|channel|canal|канал|група|группа|публічна група|публичная группа)[^\S\n]*·[^\S\n]*(?:\d[\d.,]*[^\S\n]?(?:[KkMm]|hilj\.|tys\.|тис\.|тыс\.|ezer|mil)|\d{1,3}[.,]\d{3}|\d{3,})[^\S\n]+(?:članova|members|członków|abone|учасник\p{L}*|участник\p{L}*|підписник\p{L}*|подписчик\p{L}*|tag|membri|miembros|membros|Mitglieder|leden)(?![\p{L}])/iu,
  },
  {
    // A post in a Slack or Teams channel, pasted with its header at the message's top: "Dubreuil & Cie · #annonces-rh",
    // "Acme · #jobs". (A direct message's header names a person, not a "#" channel.)
    kind: 'mass',
    text: 'a post to a channel or a broadcast list',
    hints: [' · #'],
    weight: 3,
    strong: true,
    // (A channel's name in lower case with a letter, as Slack writes it: not a hashtag, "#OpenToWork", nor a ticket, "#4821".)
    pattern: () => /^[^\S\n]*[^\n#]{2,60} · #(?=[\p{Ll}\d_-]*\p{Ll})[\p{Ll}\d_-]{2,40}[^\S\n]*(?:\n|$)/u,
  },
  {
    // The same with the channel alone on the message's top line, "#jobb" (or with its server after a bar, Discord's
    // "#tuyen-dung  |  Vietnam Frontend Devs"), or at the end of the team's path on a line of its
    // own, "Straits Maritime Holdings > SG All Staff > #internal-mobility", as Slack and Teams head a channel's post.
    kind: 'mass',
    text: 'a post to a channel or a broadcast list',
    weight: 3,
    strong: true,
    // (By strings first: most messages hold neither.)
    precheck: (text) => text.trimStart().startsWith('#') || text.includes(' > #') || text.trimStart().startsWith('Microsoft Teams'),
    // (Or the team's path under the app's name, its channel without a "#": "Microsoft Teams" / "Northgate Federal Bank  >
    // Financial Crimes Compliance  >  General"; or after it on its line, "Microsoft Teams – Field Service & Facilities >
    // General".)
    pattern: () =>
      /^\s*#(?=[\p{Ll}\d_-]*\p{Ll})[\p{Ll}\d_-]{2,40}[^\S\n]*(?:\|[^\n]{2,60}\n|\n[^\n]{2,60}\b\d{1,2}:\d\d\b)|^\s*Microsoft Teams[^\S\n]*\n[^\S\n]*[^\n>]{2,60}[^\S\n]+>[^\S\n]+[^\n>]{2,60}[^\S\n]+>[^\S\n]+[^\n>]{2,60}(?:\n|$)|^\s*Microsoft Teams[^\S\n]*[–—-][^\S\n]*[^\n>]{2,60}[^\S\n]+>[^\S\n]+[^\n>]{2,60}(?:\n|$)|(?:^|\n)[^\S\n]*(?!(?:Home|Careers|Jobs|Start) >)(?:[^\n>]{2,60} > ){1,3}#(?=[\p{Ll}\d_-]*\p{Ll})[\p{Ll}\d_-]{2,40}[^\S\n]*(?:\n|$)/u,
  },
  {
    // A post to a chat group, pasted with the group's header: its name, then its members, "Declan, Kev M, Shaz, +44 7700
    // 900561 and 212 others"; or a social post with its counts, "👍 84    💬 23 comments    ↗ 11 shares".
    kind: 'mass',
    text: 'a post to a channel or a broadcast list',
    weight: 3,
    strong: true,
    // (Or a public post's own header, its audience the globe: "Jelena Radović · 2 h · 🌍", "Sponsored · 🌎". By strings
    // first: most messages hold none of these.)
    precheck: (text) =>
      text.includes(' others') || text.includes(' shares') || text.includes('🌍') || text.includes('🌎') || text.includes('🌏'),
    pattern: () =>
      /^[^\S\n]*[^\n]{2,80}\n[^\S\n]*(?:[^,\n]{1,40}, ){2,}[^,\n]{1,40} and \d{2,5} others[^\S\n]*(?:\n|$)|\b\d[\d.,]*[KkMm]? comments?\s+(?:[^\s\w]\s?)?\d[\d.,]*[KkMm]? shares?\b|(?:^|\n)[^\S\n]*[^\n·]{2,60}(?: · [^\n·]{1,20})? · [🌍🌎🌏][^\S\n]*(?:\n|$)/u,
  },
  {
    // A post to a group, pasted with the app's header: "Viber · Ομάδα «Δουλειές Οικοδομή Αττική» (2.3K μέλη)", "WhatsApp · Grup
    // „Locuri de muncă Germania”". (A chat with one person is headed by their name.)
    kind: 'mass',
    text: 'a post to a channel or a broadcast list',
    weight: 3,
    strong: true,
    // (By strings first: most messages open otherwise.)
    precheck: (text) => /^\s*(?:Viber|WhatsApp|Telegram|Facebook|Messenger) · /.test(text.slice(0, 40)),
    pattern: () =>
      /^\s*(?:Viber|WhatsApp|Telegram|Facebook|Messenger) · (?:Ομάδα|Grup|Grupul|Group|Gruppe|Grupa|Група|Групата|Grupo|Groupe|Groep|Skupina|Csoport|Grubu|Kanal|Channel|Канал)(?![\p{L}])(?! call| chat with| video)/u,
  },
  {
    // The same in Greek, Romanian and Bulgarian: "Προωθήστε σε όποιον ενδιαφέρεται", "Mesaj transmis pe toate grupurile.
    // Distribuie!", "Споделете с приятели".
    kind: 'mass',
    text: 'asks you to pass it on',
    hints: ['προωθ', 'grupuri', 'distribui', 'сподел', 'препрат'],
    weight: 2,
    pattern: () =>
      /(?<![\p{L}])(?:Προωθήστε|προωθήστε|Προώθησε|προώθησε)(?: το| την αγγελία)? σε (?:όποιον|όσους|φίλους|γνωστούς)|transmis pe (?:toate )?grupuri(?:le)?|(?:^|[\n.!]\s*)[Dd]istribui(?:e|ți)(?:\s*!|\s*$)|(?:Споделете|споделете|Сподели|сподели|Препратете|препратете)(?: го| я| обявата)? (?:с|на) (?:приятели|познати|всеки)/mu,
  },
  {
    // The same in Arabic, Chinese and Swahili: "شاركوا البوست مع رفقاتكن", "ابعتوها لصحابكم", "群里的宝子们帮忙扩散一下",
    // "Forward kwa mabeshte wako".
    kind: 'mass',
    text: 'asks you to pass it on',
    hints: ['شاركو', 'ابعتوها', 'ابعثوها', 'ارسلوها', 'أرسلوها', '扩散', '擴散', '转发给', '轉發給', 'kwa mabeshte', 'kwa marafiki'],
    weight: 2,
    pattern: () =>
      /(?:شاركو(?:ا|ها|ه)?|ابعتوها|ابعثوها|ارسلوها|أرسلوها)[^\n]{0,15}?(?:مع|ل)\s?(?:ال)?(?:رفقات|أصحاب|اصحاب|صحاب|ربع|أصدقاء|اصدقاء|أصدقائ|اصدقائ|حباب)|帮忙扩散|幫忙擴散|(?:转发|轉發)给?(?:身边|身邊)?的?朋友|[Ff]orward kwa (?:mabeshte|marafiki)|[Ss]hare kwa (?:mabeshte|marafiki)/u,
  },
  {
    // An opt-out in Arabic: "للتوقف عن استلام الرسائل ابعت "إلغاء"", "للإيقاف أرسل "توقف"".
    kind: 'mass',
    text: 'an unsubscribe or STOP footer',
    hints: ['للتوقف', 'للإيقاف', 'لإيقاف', 'للإلغاء', 'للالغاء'],
    weight: 3,
    strong: true,
    // (The word or the number to send after it: not "للتوقف عن العمل الليلي، أرسل لي سيرتك", to stop night work send me
    // your CV.)
    pattern: () =>
      /(?:للتوقف|للإيقاف|لإيقاف|للإلغاء|للالغاء)(?: عن (?:استلام|استقبال|تلقي) (?:الرسائل|الإعلانات|العروض))?[^\S\n]*[،,:]?[^\S\n]*(?:ابعت|أرسل|ارسل|اكتب|ابعث)[^\S\n]+["“«]?(?:توقف|إلغاء|الغاء|الإلغاء|STOP|stop|\d{1,6})/u,
  },
  {
    // The same in Turkish: "Lütfen tanıdıklarınıza iletin", "çevrenizle paylaşın".
    kind: 'mass',
    text: 'asks you to pass it on',
    hints: ['tanıdık', 'çevreniz'],
    weight: 2,
    pattern: () => /(?:tanıdıklarınıza|çevrenizle|çevrenize)\s+(?:iletin|iletiniz|iletir misiniz|gönderin|paylaşın|paylaşır mısınız)/iu,
  },
  {
    kind: 'mass',
    text: 'written to a list of candidates',
    hints: ['search', 'came across', 'we have', 'multiple', 'several'],
    weight: 2,
    pattern: () =>
      /\b(?:your (?:profile|background) (?:came up|matched|appeared) in (?:my|our|a) search(?: results)?|I came across your profile (?:in|on) (?:my|our) (?:database|system)|we have (?:multiple|several|many|\d+) (?:openings|positions|roles|requirements)|(?:multiple|several) (?:openings|positions|roles) (?:across|for|in))\b/i,
  },
  {
    // A broadcast's own formula for passing it on to other groups, which no one writing to one person uses: Arabic "انشر
    // تؤجر" (share it and be rewarded), "الرجاء النشر لتعم الفائدة"; "repassa nos outros grupos", "שתפו בקבוצות",
    // "share in your groups". Heavier than a plain "feel free to share", which a recruiter writing to one person says too.
    kind: 'mass',
    text: 'asks you to pass it on',
    // (And Hindi "अपने सभी ग्रुप में शेयर करें", share it in all your groups; Egyptian "تعملوا شير للي محتاج", share it for
    // whoever needs it.)
    // (Roman Urdu and Hindi put the verb last: "Is msg ko apne sab groups mein forward karain"; Bengali asks a public
    // post to be shared so that others learn of it, "পোস্টটি শেয়ার করে অন্যদের জানার সুযোগ করে দিন"; Sinhala to other groups,
    // "අනෙක් group වලට share කරන්න".)
    hints: ['تؤجر', 'النشر', 'نشر الإعلان', 'انشرها', 'انشروها', 'grupos', 'בקבוצות', 'groups', 'grup', 'ग्रुप', 'ग्रूप', 'شير', 'শেয়ার', 'වලට'],
    weight: 3,
    pattern: () =>
      /(?<![\p{L}])انشر(?:ي|وا)? تؤجر|(?<![\p{L}])انشر(?:ها|وها|يها) (?:لعل|لغيرك|تؤجر)|(?:يرجى|الرجاء|رجاء|نرجو) (?:ال)?نشر|(?:[Rr]epass|[Cc]ompartilh|[Cc]ompart|[Ss]hare|[Ff]orward|[Ss]ebarkan|[Bb]agikan|שתפו|תשתפו)[\p{L}]*(?: (?:it|this|esta|essa|este|esse|a|o|la|el|ini))?(?: (?:vaga|vagas|post|oferta|info))? (?:nos|em|en|in|ke|to|para|pros|pelos|בקבוצות)(?: (?:outros|otros|seus|sus|your|other|all|the|os|grupo))?(?: (?:outros|other))?\s?(?:grupos|groups|grup|group|בקבוצות)|(?:שתפו|תשתפו) בקבוצות|(?:अपने|सभी)\s+(?:सभी\s+)?(?:ग्रुप|ग्रुप्स|ग्रूप)\s+में\s+शेयर (?:करें|करे|करो|कीजिए)|(?:تعملوا|اعملوا|عملوا) (?:شير|شيّر) (?:للي|لمن|لكل اللي) (?:محتاج|يحتاج|بيدور)|(?<![\p{L}])(?:[Ii]s|[Ii]ss|[Yy]eh?) (?:msg|message|post|job|ad|vacancy|naukri)(?: ko)? (?:(?:apne|sab|sabhi|tamam) )*(?:[Gg]roups?|[Gg]rupon|[Gg]roupon) (?:mein|mai|main|me) (?:[Ff]orward|[Ss]hare|[Ss]hair) (?:karain|karein|karen|kren|karo|kar do|kar dein|kijiye|kijye)(?![\p{L}])|শেয়ার করে (?:অন্যদের|সবাইকে) (?:জানার|জানতে)|(?:group|ගෲප්|කණ්ඩායම්)\s?වලට\s+(?:share|ෂෙයා)/u,
  },
  {
    // The reader as a channel to others: "pass this on", "know anyone who", "share with anyone".
    kind: 'mass',
    text: 'asks you to pass it on',
    hints: ['pass', 'share', 'forward', 'feel free', 'know', 'refer', 'tag ', 'circulate'],
    weight: 2,
    pattern: () =>
      /\bpass (?:this|it|the (?:role|job|details|message)) (?:on|along)\b|(?<!\b(?:not|never|won['’]t|don['’]t) )\bshare (?:this(?: post| message| job| role)?|it|the (?:role|job|details|post))? ?(?:with|to) (?:your )?(?:[a-z]+ )?(?:friends|network|anyone|colleagues|contacts|others)\b|\bshare(?: (?:this|it)(?: post| message| job| role)?)? (?:in|on|to|with) your (?:whatsapp |facebook |telegram |linkedin )?groups\b|\bforward (?:this|it )?(?:on )?to (?:anyone|friends|colleagues|your (?:network|friends|groups|contacts)|others)\b|\bfeel free to (?:share|forward|pass)\b|\b(?:do you |if you )?know (?:anyone|anybody|someone|somebody) (?:who|that|great|suitable|interested|who'?d|looking)\b|\b(?:do|if) you know (?:anyone|anybody|someone|somebody)(?=\s*[.!?,)]|\s*$)|\brefer (?:a friend|friends|anyone|someone|them|a colleague)\b|\btag (?:a friend|your friends)\b|\bpakishare\b|(?<!\b(?:h?u?wag|'wag)\b[^.!?\n]{0,25})\b(?:pls |please )?share (?:mo |nyo |niyo )?(?:na )?sa (?:mga )?(?:friends|kaibigan|tropa)\b|(?<!\bnot |n['’]t )\bcirculate (?:this |it )?(?:to|among|within|with) (?:your |all )?(?:networks?|colleagues|contacts|members|friends)\b|\((?:or )?(?:someone|anyone|somebody|anybody) you know\)/i,
  },
  {
    // The same in other languages: "compártelo con quien pueda interesarle", "Kennen Sie jemanden", "ken je iemand".
    kind: 'mass',
    text: 'asks you to pass it on',
    hints: [
      'compárt',
      'comparte',
      'compartilh',
      'teilen',
      'weiterleit',
      'kennen sie',
      'kennst du',
      'connaissez',
      'connais-tu',
      'partager',
      'conoces',
      'conoce a',
      'conocéis',
      'condivid',
      'conosci',
      'ken je',
      'kent u',
      'deel ',
      'känner du',
      'dela ',
      'kjenner du',
      'del ',
      'kender du',
      'znasz',
      'udostępnij',
      'conhece',
      'polec',
      'trimite',
      'reenv',
      'pasad',
      'pasa la',
      'difund',
      'distribuie',
      'recomandă',
      'indique',
      'recomienda',
      'inoltra',
      'gira a',
      'girate',
      'passaparola',
      'indicar',
      'stuur',
      'προωθήστε',
      'κοινοποιήστε',
      'distribuiți',
      'přepošlete',
      'znáte někoho',
      'comparte',
      'condividete',
      'leite',
      'partilh',
      'kongsikan',
      'repass',
      'partagez',
    ],
    weight: 2,
    pattern: () =>
      /\b(?:compárt(?:e|elo|ela|ela?s)|comparte(?:lo|la)?|compartilh(?:e|a|em|ar)(?:-o)?)\s+(?:esta (?:vacante|oferta)|(?:la|o|a) vaga|con|com)\s+(?:quien|alguien|tus? (?:amig|contact|conocid|famili)|quem|algu[ée]m|seus? (?:amig|contat)|(?:os )?amigos)|\b(?:teilen|leiten) Sie (?:die|diese) (?:Stelle|Position|Nachricht|Anzeige)? ?gerne (?:weiter|mit)|\b(?:kennen Sie|kennst du) (?:jemanden|eine Person)\b|\b(?:connaissez-vous|connais-tu|vous connaissez) quelqu['’]un\b|\bn['’]hésitez pas à (?:partager|transférer)\b|\b¿?(?:conoces|conoce usted|conocés|conocéis) a (?:alguien|alguna persona)\b|\bcondivid(?:i|ere|etelo|ilo) (?:con|l['’]annuncio)\b|\bconosci (?:qualcuno|qualcuna)\b|\b(?:ken je|kent u) iemand\b|\bdeel (?:deze vacature|dit bericht|het) (?:gerust )?met\b|\bkänner du någon\b|\bdela gärna\b|\bkjenner du noen\b|\bdel gjerne\b|\bkender du nogen\b|\bznasz kogoś\b|\bpolecenie znajomych\b|\budostępnij\b|\bconhece algu[ée]m\b|\btrimite(?:ți)? (?:mesajul|anunțul)(?: mai departe)?|\btrimite(?:-i|-le|ți-i|ți-le)? mai departe|\breenv[ií]a(?:lo|la)? a (?:quien|alguien|tus)|\bpas(?:a|ad|en) la info(?:rmación)? a (?:quien|alguien|tus)|\bdif[uú]nde(?:lo|la)?\b|\bdistribuie(?:ți)? (?:mesajul|anunțul)|\brecomandă un prieten|\bindique (?:um|uma) amig[oa]|\brecomienda a (?:un|una) amig[oa]|\bpole(?:ć|cisz) (?:znajomego|kogoś|znajomą)\b|\b(?:inoltra(?:lo|la|te)?|gira(?:lo|la|te|telo|tela)?) a (?:chi|qualcuno|amici)|\bpassaparola\b|\bindi(?:car|que) algu[ée]m\b|\bstuur (?:dit bericht|deze vacature) (?:gerust )?door(?: (?:naar|aan)\b|[!.]|$)|προωθήστε το μήνυμα|κοινοποιήστε|\bdistribuiți mai departe|\bdistribuiți,? poate ajuta(?:ți)? (?:un prieten|pe cineva)|distribui(?:ți|ti|e) (?:și )?(?:la|cu|către) (?:prieteni|rude|cunoscuți|familie)|\bpřepošlete (?:mu |jí |jim )?(?:tuto |tu )?(?:nabídku|zprávu|inzerát)|\bznáte někoho\b|¡comparte(?:lo|la)?[,!]|\bcomparte(?:lo|la)?!|\bcondividete\b|\bleite (?:die|diese) (?:Nachricht|Stelle|Anzeige) (?:gerne )?(?:an [^.!?\n]{1,30} )?weiter\b|\bpartilh(?:a|e|em)(?:-a|-o)? com\b|\bkongsikan\b|\brepassem\b|\brepass[ea] (?:para|aos|nos|a) (?:os |seus |teus )?(?:amigos|grupos|contatos)\b|\bpartagez(?: svp| s['’]il vous plaît| autour de vous| à vos (?:amis|proches|contacts)| l['’]annonce| le message)/i,
  },
  {
    // A reward offered to the reader for sending others: "a £500 referral bonus", "earn $2,000 if they're hired".
    kind: 'mass',
    text: 'a referral bonus offered to you',
    // (And Roman Urdu's "Refer karain aur Rs. 5,000 paayen!", refer and get Rs. 5,000; Spanish "una prima por referido de
    // 500 €", Portuguese "bônus por indicação".)
    hints: ['refer', 'pay', 'recomendación', 'indicação'],
    weight: 2,
    pattern: () =>
      /\brefer (?:karain|karein|karen|kren|karo|kijiye)\b[^.!?\n]{0,20}?(?:Rs\.?|₨|PKR|INR|₹)\s?\d|\breferral (?:bonus|fee|reward|payment|incentive|scheme)\b|\b(?:prima|bono|bonificación|premio) (?:por|de) (?:referido|referencia|recomendación)\b|\bbônus (?:por|de) indicação\b|\b(?:we|I)(?:'ll| will)? pay (?:you )?[$€£¥₹₱₦₩₪₽]\s?\d[\d,.]*k? (?:for|per) (?:every|each|any) (?:successful )?(?:introduction|referral|hire|placement)\b|\brefer\b[^.!?\n]{0,40}\b(?:earn|get|receive|pocket)\b[^.!?\n]{0,20}?(?:[$€£¥₹₱₦₩₪₽]\s?\d|\d[\d,.]*\s?(?:USD|EUR|GBP|CAD|AUD))/i,
  },
  {
    // The same in Finnish: "Maksamme 1 000 € suosittelupalkkion onnistuneesta suosituksesta!", a reward for a referral.
    kind: 'mass',
    text: 'a referral bonus offered to you',
    hints: ['suosittelupalkkio'],
    weight: 2,
    pattern: () => /(?<![\p{L}])(?:maksamme|saat)(?![\p{L}])[^.!?\n]{0,20}\d[^.!?\n]{0,12}suosittelupalkkio/iu,
  },
  {
    // The same in Polish: "Za skuteczne polecenie płacimy 3 000 zł".
    kind: 'mass',
    text: 'a referral bonus offered to you',
    hints: ['polecenie'],
    weight: 2,
    // (With its sum: "Dzięki za polecenie, otrzymasz ode mnie jutro opis roli" is thanks, not a reward.)
    pattern: () =>
      /(?<![\p{L}])polecenie(?![\p{L}])[^.!?\n]{0,30}(?<![\p{L}])(?:płacimy|wypłacimy|otrzymasz|dostaniesz)(?![\p{L}])[^.!?\n]{0,20}\d/iu,
  },
  {
    // A Malaysian bulk text message opens with "RM0", as the law asks of a promotional one: "RM0 JAWATAN KOSONG SEGERA!".
    kind: 'mass',
    text: 'sent as a promotional text message',
    hints: ['RM0'],
    weight: 3,
    strong: true,
    pattern: /^\s*RM0\s/,
  },
  {
    // Bulgarian, Ukrainian and Russian: no experience asked, a "hot vacancy", urgency: "Не се изисква опит!", "Гаряча
    // вакансія!", "Срочно".
    kind: 'mass',
    text: '"no experience needed"',
    // (And Arabic and Moroccan Darija: "بدون خبرة", "لا يشترط خبرة", "بلا تجربة مرحبا".)
    hints: [
      'не се изисква опит',
      'без опит',
      'досвід не потрібен',
      'без досвіду',
      'опыт не требуется',
      'без опыта',
      'بدون خبرة',
      'بدون تجربة',
      'بلا تجربة',
      'بلا خبرة',
      'يشترط',
    ],
    weight: 2,
    pattern: () =>
      /не се изисква опит|без опит|досвід не потрібен|без досвіду|опыт не требуется|без опыта|(?:بدون|بلا) (?:خبرة|تجربة)|لا (?:يشترط|تشترط) (?:ال)?خبرة/i,
  },
  {
    kind: 'mass',
    text: 'urgency',
    hints: ['гаряча вакансія', 'горячая вакансия', 'терміново', 'срочно', 'спешно'],
    weight: 1,
    pattern: () => /гаряча вакансія|горячая вакансия|терміново|срочно|спешно/i,
  },
  {
    // The same calls, warnings and asks in Indonesian, Chinese, Arabic and Greek: "LOWONGAN KERJA", "大徵才", "مطلوب فوراً",
    // "ΕΠΕΙΓΟΝ".
    kind: 'mass',
    text: 'a hiring call to all',
    // (And Thai "ด่วน!!", urgent, and "รับสมัครหลายอัตรา", hiring for many posts.)
    // (And Chinese "大量招聘", hiring in numbers; Hebrew "דרושים/ות בדחיפות", wanted urgently; Swahili "AJIRA!", jobs; a
    // Persian channel's "#استخدام" hashtag, hiring; a Tamil post's heading "🏗️ வேலைவாய்ப்பு 🏗️", jobs.)
    hints: [
      'LOWONGAN KERJA',
      'TANGAZO LA KAZI',
      'NAFASI ZA KAZI',
      'AJIRA!',
      'NAFASI ZA AJIRA',
      '#استخدام',
      'مطلوب فور',
      '大徵才',
      '大征才',
      '急招',
      '急徵',
      'ΕΠΕΙΓΟΝ',
      'ด่วน!',
      'หลายอัตรา',
      '大量招聘',
      'בדחיפות',
      'வேலைவாய்ப்பு',
    ],
    weight: 1,
    pattern: () =>
      /LOWONGAN KERJA|TANGAZO LA KAZI|NAFASI ZA KAZI|AJIRA!|NAFASI ZA AJIRA|#استخدام|مطلوب فوراً?|大[徵征]才|急招|急徵|ΕΠΕΙΓΟΝ|ด่วน!|หลายอัตรา|大量招聘|דרושים(?:\/ות)? בדחיפות|(?:^|\n)[^\p{L}\n]{0,6}வேலைவாய்ப்பு[^\p{L}\n]{0,6}(?:\n|$)/u,
  },
  {
    // "Pass it on to your friends": "轉傳給身邊需要的朋友", "Sebarkan ke teman & keluarga", "شارك البوست لأصحابك".
    kind: 'mass',
    text: 'asks you to pass it on',
    // (And in Bulgarian, Ukrainian, Russian and Thai: "Препрати на приятел", "Поширте друзям", "แชร์ให้เพื่อน", "ส่งต่อให้เพื่อน";
    // the Indonesian "Bantu share ya"; an Arabic post's own "انشر البوست" opening its line.)
    hints: [
      '轉傳',
      '转发',
      '轉發',
      '分享',
      'sebarkan',
      'bagikan',
      'شارك',
      'انشر',
      'препрат',
      'пошир',
      'поділ',
      'перешл',
      'подел',
      'แชร์',
      'ส่งต่อ',
      'bantu share',
      'tolong share',
      'share ke',
      'share giúp',
      'share hộ',
      'chia sẻ giúp',
      'chia sẻ hộ',
      'شيّر',
      'شير ',
      'שתפו',
      'תשתפו',
      'מכירים מישהו',
      'מכירות מישהי',
      'מכירים מישהי',
      'forward karo',
      'reenv',
      'podel',
      'podijel',
      'forward karein',
      'forward karen',
      'forward karain',
      'share karein',
      'weiterleiten',
      'weitergeben',
      'بارطاج',
      'share karo',
      'share!',
      'share 🙏',
      'pls share',
      'please share',
      'PLEASE SHARE',
      'compartilh',
      'repass',
      'compartan',
      'comparte',
      'تؤجر',
      'النشر',
      'فوروارد',
      'ሼር',
      'ያድርጉ',
      'نشر الإعلان',
      'شریک',
      'اشتراک بگذار',
      'பகிர',
      'शेयर',
      // Urdu's "share it with your friends and relatives": "اپنے دوستوں اور رشتہ داروں کو ضرور شیئر کریں".
      'شیئر',
    ],
    weight: 2,
    pattern: () =>
      /(?:Препрат\S*|Пошир\S*|Поділ\S*|Перешл\S*|Подел\S*)[^\n]{0,25}(?:приятел|друз)|(?:แชร์|ส่งต่อ)[^\n]{0,10}เพื่อน|แชร์ต่อ|[Bb]antu share(?: ya)?|[Tt]olong share(?: ya)?|(?<![\p{L}])[Ss]hare ke (?:teman|keluarga|kerabat|saudara|grup)|(?<![\p{L}])(?:[Ss]hare|[Cc]hia sẻ) (?:giúp|hộ)(?: (?:mình|em|chị|anh|người thân|bạn bè|mọi người))?(?![\p{L}])|(?:請|请)?(?:幫忙|帮忙)(?:轉發|转发|轉傳)|(?:轉傳|转发|轉發|分享)[給给]?[^\n]{0,10}(?:朋友|親友|亲友)|(?:شيّر|شير) (?:للجروبات|للجروب|لأصحابك|لاصحابك|لأصدقائك)|(?:تعملوا|اعملوا) شير|(?<![\p{L}])(?:[Ss]ebarkan|[Bb]agikan)(?: info(?:rmasi)? ini)? (?:ke|kepada) (?:teman|keluarga|kerabat|saudara)|(?:شارك|انشر)(?: (?:البوست|المنشور|الإعلان|الاعلان))?\s*(?:لأصحابك|لاصحابك|لأصدقائك|مع أصدقائك|مع اصحابك)|(?:^|\n)\s*انشر (?:البوست|المنشور|الإعلان|الاعلان)|(?:שתפו|תשתפו)(?:\s+(?:בקבוצות|עם (?:חברים|חברות|מי ש)|את (?:הפוסט|המודעה|ההודעה|המשרה))|\s?[!🙏])|מכיר(?:ים|ות) מישה(?:ו|י)(?:\/י)? מתאי|(?:forward|share) kar(?:o|ein|en|ain)|(?<![\p{L}])[Rr]eenv[ií]a(?:lo)?(?: este mensaje)? a (?:quien|tus|todos)|(?<![\p{L}])(?:[Pp]odelite|[Pp]odijelite|[Pp]odeli)(?:[,!]| dalje| sa | s prijatelj)|(?:[Gg]erne?|GERNE) (?:auch )?an (?:\S+ )?(?:Kolleg|Freund|Bekannt)\S* weiter(?:leiten|geben)|(?:[Gg]erne?|GERNE) (?:auch )?weiter(?:leiten|geben) an (?:\S+ )?(?:Kolleg|Freund|Bekannt|Familie)|بارطاج(?:ي|يو|و)? (?:مع |ل)?صحاب(?:ك|كم)|(?:^|[\s.!_])(?:[Pp]ls|[Pp]lease|PLS|[Kk]indly) share(?:!|\s?🙏|,? someone (?:needs|might need|out there needs) (?:this|it))|[–—-]\s*PLEASE SHARE(?![\p{L}])|(?<![\p{L}])(?:[Cc]ompartilh(?:e|em|a|ar)|[Rr]epass(?:a|e|em|ar)|[Cc]ompart(?:e|an|ir))(?: (?:essa|esta|este|esse|a|o|la|el))?(?: (?:vaga|vagas|oferta|post|mensagem|mensaje))? (?:com|con|para|a|nos|em|en|pros) (?:quem|quien|quienes|seus|sus|tus|teus|os|outros|otros|amigos|grupos|contatos|contactos)|(?<![\p{L}])انشر(?:ي|وا)? تؤجر|(?:برای|به) دوستان(?:تان| خود)\s*(?:فوروارد|ارسال)\s*کن|நண்பர்களுக்கு[^\n]{0,12}பகிர|(?:दोस्तों|मित्रों)[^\n]{0,20}शेयर (?:करें|करे|करो|कीजिए)|(?:دوستوں|رشتہ داروں)[^\n]{0,40}شیئر (?:کریں|کرو|کیجیے|کیجئے)|(?:با|برای) دوستان(?:تان| خود)\s*(?:شریک|به اشتراک)\s*(?:سازید|بسازید|بگذارید|کنید)|ለሌሎች ሼር|(?:ሼር|[Ss]hare) ያድርጉ|(?:يرجى|الرجاء|رجاء|نرجو) (?:ال)?نشر(?: الإعلان| الاعلان)?(?: للفائدة| لتعم الفائدة| لعل| لمن)?/u,
  },
  {
    // A messaging app's own label on a post forwarded along a chain: "↪️ Forwarded many times", WhatsApp's
    // "Reenviado muchas veces", "Encaminhada com frequência", "Mehrfach weitergeleitet". Such a post reached many.
    kind: 'mass',
    text: 'forwarded many times',
    hints: [
      'forwarded many',
      'reenviado muchas',
      'encaminhada com',
      'mehrfach weitergeleitet',
      'transféré plusieurs',
      'inoltrato molte',
      'diteruskan berkali',
      'عدة مرات',
    ],
    weight: 3,
    pattern: () =>
      /(?:^|\n)[^\p{L}\n]{0,4}(?:Forwarded many times|Reenviado muchas veces|Encaminhada com frequência|Mehrfach weitergeleitet|Transféré plusieurs fois|Inoltrato molte volte|Diteruskan berkali-kali|تمت إعادة توجيهها عدة مرات)[^\p{L}\p{N}\n]{0,4}(?:\n|$)/iu,
  },
  {
    // A bulk text's sender ID, as India's registered senders write it on the first line: "VM-VLTRIX", "JD-HDFCBK".
    kind: 'mass',
    text: 'sent from a bulk text sender',
    weight: 3,
    strong: true,
    // (Or a phone's line over a bulk text, "Ujumbe (SMS) kutoka MZIZI-RES", a message from that sender in Swahili.)
    precheck: (text) =>
      text[2] === '-' || (text.startsWith('From:') && text.slice(5, 11).includes('-')) || text.startsWith('Ujumbe (SMS) kutoka '),
    pattern: () => /^(?:From:\s*)?[A-Z]{2}-[A-Z0-9]{6}[ \t]*\n|^Ujumbe \(SMS\) kutoka [A-Z0-9]{2,}-[A-Z0-9]{2,}[ \t]*\n/,
  },
  {
    // A warning against paying anyone for the job, as broadcasts to many job seekers carry: "No pay anybody money for dis
    // job o!", "We NEVER ask for placement fees", "Usilipe mtu yeyote pesa!". Weak: a sign of the crowd it is sent to.
    kind: 'mass',
    text: 'a warning not to pay for the job',
    hints: ['fee', 'pay anybody', 'pay anyone', 'usilipe', 'hakuna ada', 'money for', 'dipungut biaya', 'مجان', '費用', '费用'],
    weight: 1,
    pattern: () =>
      /\b(?:(?:we )?(?:never|do not|don['’]t) (?:ask|charge) (?:for )?(?:any )?(?:placement |processing |recruitment )?fees?|zero placement fees?|(?:do not|don['’]t|no) pay (?:anybody|anyone) (?:any )?money|usilipe mtu yeyote|hakuna ada ya (?:maombi|usajili)|tidak dipungut biaya)\b|التقديم مجان|不收取?任何[費费]用/i,
  },
  {
    // A keyword to text to a number, as a text-message campaign asks: "Text HIRE sa 0917 552 8140", "SMS JOB to 33445".
    kind: 'mass',
    text: 'a keyword to text to a number',
    // (Or a keyword in quotes to reply with, "reply \"SOLAR\" and I'll send you the details", "Schreib uns einfach „LAGER“",
    // "Manda WhatsApp con la palabra *MONTACARGAS*"; not a word that opts out or in, "con la palabra BAJA".)
    hints: ['text', 'sms', 'send', 'reply', 'schreib', 'antworte', 'palabra', 'palavra', 'the word', 'mesaj cu'],
    weight: 2,
    // (Not the channel itself: "send SMS to 0803 …".)
    pattern: () =>
      /\b(?:[Tt]ext|TEXT|SMS|[Ss]end) ["“']?(?!SMS\b|MMS\b|TEXT\b)[A-Z]{3,10}["”']? (?:to|sa|al|au|an) \+?\d|\b(?:[Rr]eply|REPLY)(?: with)? ["“](?!YES["”]|NO["”]|OK["”]|STOP["”])([A-Z]{3,12})["”]|\b(?:[Ss]chreib(?:e|en Sie)?|[Aa]ntworte(?:n Sie)?)(?: uns| mir)?(?: einfach)?(?: mit)? [„"“]([A-ZÄÖÜ]{3,12})[“"”]|\bmesaj cu [„"“]([A-ZĂÂÎȘȚ]{3,12})[”"“]|\b(?:con|com|with|send|env[ií]a|manda|mande|escribe|envie) (?:la palabra|a palavra|the word)\s*[*"“'«]?(?!(?:YES|NO|OK|STOP|SI|SÍ|SIM|NÃO|BAJA|ALTO|SAIR)\b)([A-ZÁÉÍÓÚÑÇÃÕ]{3,15})\b/,
  },
  {
    // Written to a kind of person, not this one: "a great fit for someone with your skills", "working with 50+ clients".
    kind: 'mass',
    text: 'written to a type, not to you',
    hints: ['with your', 'like you', 'clients', 'companies', 'employers'],
    weight: 1,
    pattern: () =>
      /\b(?:someone|anyone|people|candidates?|professionals?|engineers?|developers?) (?:with your (?:skills?|skill ?set|background|experience|profile)|like (?:you|yourself))\b|\b(?:working|work|partnered) with (?:over |more than )?\d{2,}\+? (?:clients|companies|employers)\b/i,
  },
  {
    kind: 'mass',
    text: 'says it goes to several people',
    hints: ['reach', 'writing', 'getting', 'sending this', 'emailing', 'messaging', 'contacting', 'approaching'],
    weight: 2,
    pattern: () =>
      /\b(?:(?:reaching|reached|writing|getting|sending this|emailing|messaging) (?:out )?to|contacting|approaching|emailing|messaging) (?:a (?:few|handful of|number of|small (?:group|number) of|select (?:group|few) of|group of)|several|some|many|a lot of|lots of|\d+|various|select(?:ed)?|a shortlist of) (?:[\w-]+ ){0,4}?(?:people|persons|candidates|professionals|engineers|developers|folks|individuals|leaders|talents?|profiles|experts|specialists|designers|managers|marketers)\b/i,
  },
  {
    // A job advert pasted in: two or more bulleted lists under headings ("What they're looking for:", "Ihr Profil:",
    // "Das Angebot:"), the shape of an advert sent as it is, in any language. Weak: a hiring manager may paste theirs.
    kind: 'mass',
    text: 'a job advert pasted in',
    hints: [':\n', '?\n'],
    weight: 1,
    weak: true,
    pattern: builtOnce(() => new RegExp(`${HEADED_LIST}(?=[\\s\\S]*?${HEADED_LIST})`)),
  },
  {
    // The stock opening about "your profile", with nothing of it named: "I came across your profile", "Ihr Profil ist mir
    // aufgefallen". Weak: a personal message may open so too, and then names what it saw.
    kind: 'mass',
    text: 'a stock opening about your profile',
    hints: ['profil', 'perfil', 'background caught', 'experience caught', 'background stood', 'came across you'],
    weight: 1,
    weak: true,
    pattern: () =>
      /\b(?:I (?:came across|found|noticed|saw|stumbled (?:up)?on) your (?:LinkedIn |XING )?profile|your (?:LinkedIn |XING )?(?:profile|background|experience) (?:caught my (?:eye|attention)|stood out|really stood out|impressed me)|I (?:was|am) (?:really )?impressed (?:by|with) your (?:profile|background)|(?:bin|sind) (?:ich |wir )?(?:auf|über) Ihr(?:en)? (?:XING-|LinkedIn-)?Profil (?:aufmerksam geworden|gestoßen)|Ihr (?:XING-|LinkedIn-)?Profil (?:ist mir aufgefallen|hat mich)|(?:j'ai|nous avons) (?:vu|découvert|remarqué|consulté) votre profil|votre profil (?:a retenu|m'a interpellé)|(?:he|hemos) visto tu perfil|tu perfil (?:me ha llamado|nos ha llamado|llamó) la atención|ho (?:visto|notato) il (?:tuo|suo) profilo|(?:kwam|zag) (?:ik )?(?:je|uw) profiel|jag (?:såg|hittade) din profil|(?:natrafiłem|natrafiłam|znalazłem|znalazłam) (?:na )?(?:Twój|Pana|Pani) profil|(?:vi|encontrei) (?:o )?seu perfil)\b/i,
  },
  {
    // Asking for referrals in passing: "I'd really appreciate any referrals". Friends ask so too.
    kind: 'mass',
    text: 'asks you to pass it on',
    hints: ['referrals', 'introductions'],
    weight: 1,
    weak: true,
    pattern: () => /\b(?:appreciate|welcome|grateful for|open to) (?:any )?(?:referrals|introductions)\b/i,
  },
  {
    // A booking link in place of a reply: "Grab any time here: calendly.com/...".
    kind: 'mass',
    text: 'a booking link',
    hints: ['calendly', 'cal.com', '/'],
    weight: 1,
    weak: true,
    pattern: () =>
      /\bcalendly\.com\/|\bcal\.com\/|\b(?:grab|book|pick|choose|snag) (?:a|any|some) (?:time|slot|spot)\b[^\n]{0,40}?\b[\w-]+(?:\.[\w-]+)+\/[\w-]/i,
  },
  // Personal: the person's own work, named.
  {
    kind: 'personal',
    text: 'names your own work',
    hints: ['your'],
    weight: 3,
    alternatives: [
      {
        hints: ['talk ', 'keynote ', 'presentation ', 'workshop ', 'session ', 'panel '],
        pattern: () =>
          /\byour (?:recent |great |excellent |fascinating |brilliant |insightful )?(?:talk|keynote|presentation|lightning talk|workshop|session|panel) (?:at|on|about|during|from|titled|in)\b/i,
      },
      {
        // The event named between: "your GovTech Canada panel on open data", "your PyCon talk about typing". Case matters:
        // capitalised words name an event, not "your interview session on Monday" (nor a "session", which a tool names: "your Zoom session at 3pm").
        hints: ['talk ', 'keynote ', 'presentation ', 'workshop ', 'panel '],
        pattern: () =>
          /\b[Yy]our (?:[A-Z][\w-]*(?: [A-Z][\w-]*){0,3}) (?:talk|keynote|presentation|lightning talk|workshop|panel) (?:at|on|about|during|from|titled|in)\b/,
      },
      {
        hints: ['saw your ', 'watched your ', 'attended your ', 'heard your ', 'caught your '],
        pattern: () =>
          /\b(?:saw|watched|attended|heard|caught) your (?:\w+ ){0,2}(?:talk|keynote|presentation|session|workshop|podcast|episode)\b/i,
      },
      {
        hints: [
          'post ',
          'article ',
          'write-up ',
          'writeup ',
          'essay ',
          'newsletter ',
          'thread ',
          'paper ',
          'piece ',
          'tutorial ',
          'series ',
          'answer ',
          'comment ',
          'video ',
          'podcast ',
          'episode ',
        ],
        pattern: () =>
          /\byour (?:recent |great |excellent |fascinating |brilliant |insightful |blog |last |LinkedIn )*(?:post|blog post|article|write-?up|essay|newsletter|thread|paper|piece|tutorial|series|answer|comment|video|podcast|episode)(?: last week)? (?:on|about|in|at|titled|for|where|explaining|comparing|describing|\u201c|")/i,
      },
      {
        hints: ['read your ', 'loved your ', 'enjoyed your ', 'liked your ', 'came across your ', 'found your '],
        pattern: () =>
          /\b(?:read|loved|enjoyed|liked|came across|found) your (?:\w+ ){0,3}(?:post|blog|article|paper|write-?up|essay|thread|piece|book|chapter|answer|library|project|repo|PR|pull request|talk)\b/i,
      },
      {
        hints: [
          'entry ',
          'submission ',
          'game ',
          'mod ',
          'level ',
          'demo ',
          'app ',
          'site ',
          'prototype ',
          'map ',
          'font ',
          'dataset ',
          'model ',
          'notebook ',
          'visualisation ',
          'visualization ',
        ],
        pattern: () =>
          /\byour (?:recent |great |winning |jam |hackathon |game[- ]jam )?(?:entry|submission|game|mod|level|demo|app|site|prototype|map|font|dataset|model|notebook|visuali[sz]ation) (?:for|to|in|at|called|named|on|from)\b/i,
      },
      {
        hints: ['played your ', 'tried your ', 'used your ', 'installed your ', 'forked your ', 'starred your ', 'downloaded your '],
        pattern: () =>
          /\b(?:played|tried|used|installed|forked|starred|downloaded) your (?:\w+ ){0,2}(?:game|app|library|tool|project|plugin|crate|package|repo|site|mod|demo|font|dataset|model|extension)\b/i,
      },
      {
        hints: [
          'case study ',
          'case studies ',
          'portfolio piece ',
          'redesign ',
          'demo ',
          'launch ',
          'keynote ',
          'conference talk ',
          'meetup talk ',
          'pull request ',
          'pr ',
          'commit ',
          'patch ',
          'contribution ',
        ],
        pattern: () =>
          /\byour (?:recent |great )?(?:case stud(?:y|ies)|portfolio piece|redesign|demo|launch|keynote|conference talk|meetup talk|pull request|PR|commit|patch|contribution) (?:on|about|of|for|to|at|in)\b/i,
      },
      {
        hints: [
          'project ',
          'repo ',
          'repository ',
          'library ',
          'crate ',
          'package ',
          'gem ',
          'plugin ',
          'tool ',
          'framework ',
          'cli ',
          'extension ',
          'fork ',
          'pr ',
          'pull request ',
          'patch ',
          'commit ',
          'commits ',
          'contribution ',
          'contributions ',
          'work ',
          'rfc ',
          'proposal ',
          'research ',
          'thesis ',
          'dissertation ',
          'book ',
          'course ',
          'report ',
          'study ',
          'white paper ',
          'article ',
          'essay ',
          'analysis ',
          'newsletter ',
          'lesson plan ',
          'unit ',
          'thread ',
          'video ',
          'podcast ',
        ],
        pattern: () =>
          /\byour (?:open[- ]source |OSS |side |hobby |GitHub |personal )?(?:project|repo|repository|library|crate|package|gem|plugin|tool|framework|CLI|extension|fork|PR|pull request|patch|commits?|contributions?|work|RFC|proposal|research|thesis|dissertation|book|course|report|study|white paper|article|essay|analysis|newsletter|lesson plan|unit|thread|video|podcast) (?:on|called|named|for|to|at|in|with|that|which|around|about|\u201c|"|`|\()/i,
      },
      {
        // A piece of theirs that explains something: "your blog post breaking down the rain-on-glass shader".
        hints: ['breaking down', 'explaining', 'describing', 'walking through', 'on how', 'about how', 'showing'],
        pattern: () =>
          /\byour (?:[\w-]+ )?(?:post|article|write-up|writeup|thread|breakdown|devlog|video) (?:breaking down|explaining|describing|walking through|on how|about how|showing)\b/i,
      },
      {
        // A named piece of their own: "your case study "From 7 taps to 3"", "your Ludum Dare 55 entry "Lantern Keeper"".
        hints: ['case study ', 'portfolio piece ', 'entry ', 'submission ', 'game ', 'demo '],
        pattern: () =>
          /\byour (?:[A-Z][\w.+#-]*[ ]|\d+[ ]){0,4}(?:case study|portfolio piece|entry|submission|game|demo)[ ](?:\u201c|"|'|\u2018|on|about|for|called|named)/i,
      },
      {
        hints: ['your contribution', 'your commit', 'your pr', 'your pull request', 'your patch', 'your work '],
        pattern: () => /\byour (?:contributions?|commits?|PRs?|pull requests?|patch(?:es)?|work) (?:to|on|in) [A-Z`\w]/i,
      },
    ],
  },
  {
    kind: 'personal',
    text: 'names your own work',
    hints: ['your'],
    weight: 3,
    pattern: () =>
      /\byour (?:open[- ]source|OSS|side|GitHub|personal) (?:project|repo|repository|library|crate|package|tool|work)\b|\byour paper\b|\byour (?:talk|keynote)\b/i,
  },
  {
    // A named thing of theirs: "Your QGIS plugin for ...", "your Rust crate that ...". Capitals: a name, not "your current tool".
    kind: 'personal',
    text: 'names your own work',
    hints: ['your'],
    weight: 3,
    pattern: () =>
      /\b[Yy]our (?:[A-Z][\w.+#-]{1,20} ){1,2}(?:plugin|library|crate|package|gem|extension|module|CLI|tool|repo|repository|fork|port|bindings|SDK|app|add-on|addon) (?:for|to|that|which|called|named|\(|on)/,
  },
  // Personal: someone who knows the person, from work they shared.
  {
    kind: 'personal',
    text: 'knows you from work together',
    hints: ['together', 'colleague', 'worker', 'teammate', 'team-mate', 'manager', 'boss', 'classmate', 'remember me', 'when we', 'since'],
    weight: 3,
    pattern: () =>
      /\bwe (?:\w+ )?(?:worked|shipped|built|launched|wrote|ran|designed|studied|were|started|did|led|co-founded|founded)\b[^.!?\n]{0,80}?\btogether\b|\bwe (?:used to )?work(?:ed)? together\b|\b(?:former|old|ex-?) ?(?:colleague|co-?worker|teammate|team-mate|manager|boss|classmate)s?\b(?! of (?:yours|mine) (?:recommended|referred|mentioned|suggested))|\bremember me\b|\bwhen we (?:were both|both worked|worked together|were on the same team) (?:at|on|in)\b|\bsince (?:we|you) (?:left|worked at)\b/i,
  },
  // Personal: a conversation they had in person or on a call, followed up.
  {
    kind: 'personal',
    text: 'follows up a conversation you had',
    hints: [
      'connecting',
      'chatting',
      'talking',
      'speaking',
      'meeting',
      'stopping by',
      'to meet',
      'to chat',
      'met ',
      'spoke',
      'chatted',
      'talked',
      'discussed',
      'promised',
      'our chat',
      'our conversation',
      'our call',
      'our talk',
      'our discussion',
    ],
    weight: 3,
    pattern: () =>
      /\b(?:thanks|thank you|great|good|nice|lovely)(?: again)? (?:for )?(?:connecting|chatting|talking|speaking|meeting|stopping by|to meet you|to chat|meeting you)(?: with me)? (?:at|during|after) (?:the |your |our )?[A-Z\w][^.!?\n]{0,40}?\b(?:meetup|meet-up|conference|booth|stand|event|talk|workshop|summit|fair|night|dinner|breakfast|drinks|hackathon|panel|\d{4})\b|\b(?:we|I) (?:met|spoke|chatted|talked) (?:briefly )?(?:at|during|after) (?:the |your )?[A-Z\w][^.!?\n]{0,40}?\b(?:meetup|meet-up|conference|booth|stand|event|talk|workshop|summit|fair|night|hackathon|panel|\d{4})\b|\bthe (?:role|job|position|opening) we (?:discussed|talked about|spoke about|chatted about)\b|\bI promised to (?:send|share|follow up)\b|\b(?:following up on|as promised (?:during|after|at)|per) our (?:chat|conversation|call|talk|discussion)\b/i,
  },
  // Personal: a piece of their own they put out, named: "the solar-oven unit you published on your class blog".
  {
    kind: 'personal',
    text: 'names your own work',
    hints: ['you published', 'you posted', 'you wrote', 'you shared', 'you presented', 'you open-sourced', 'you released', 'you gave'],
    weight: 3,
    pattern: () => /\b(?:the|that|your) [\w -]{2,60} you (?:published|posted|wrote|shared|presented|open-sourced|released|gave)\b/i,
  },
  // Personal: shared work recalled: "Remember the Harcastle arbitration we slogged through at Lyle Morton?".
  {
    kind: 'personal',
    text: 'knows your past work first-hand',
    hints: ['remember the', 'remember when', 'remember that', 'recall the'],
    weight: 3,
    pattern: () => /\b(?:[Rr]emember|[Rr]ecall) (?:the|that|when|our) [^.!?\n]{0,80}?\bwe\b/,
  },
  // Personal: what they made, praised by someone who tried it: "mentioned your tasting menu", "loved your shop's window".
  {
    kind: 'personal',
    text: 'names your own work',
    hints: ['mentioned your', 'loved your', 'raved about your', 'praised your', 'remembered your'],
    weight: 3,
    pattern: () =>
      /\b(?:mentioned|loved|raved about|praised|remembered) your (?:[\w-]+ ){0,2}(?:menu|dish|dishes|cooking|food|designs?|portfolio|shop|store|salon|garden|build|renovation|classroom|lesson|campaign|ads?|photos?|photography|work on)\b/i,
  },
  // Personal: work you shared in the past, named: "from the Ferncliff days", "the scheduler you built at Ferncliff".
  {
    kind: 'personal',
    text: 'knows your past work first-hand',
    hints: [' days', 'you built', 'you wrote', 'you shipped', 'you designed', 'you ran', 'you led'],
    weight: 3,
    pattern: () =>
      /\b(?:from|since|in|back in) the [A-Z][\w&-]{1,30}(?: [A-Z][\w&-]{1,30})? days\b|\bthe [\w -]{2,40} you (?:built|wrote|shipped|designed|ran|led) (?:for|at|back at|when we)\b/,
  },
  // Personal, in French, German, Dutch, Spanish, Italian, Portuguese and Polish: your talk, your article, your project.
  {
    kind: 'personal',
    text: 'names your own work',
    hints: [
      'votre',
      ' ton ',
      ' ta ',
      'ihr',
      'dein',
      'je ',
      'jouw',
      'uw ',
      'ditt ',
      'din ',
      'dit ',
      ' tu ',
      ' tuo ',
      ' tua ',
      ' teu ',
      ' seu ',
      ' sua ',
      'twoi',
      'twoj',
      'twój',
    ],
    weight: 3,
    pattern: () =>
      /\b(?:votre|ton|ta) (?:présentation|conférence|intervention|exposé|talk|article|billet|projet|bibliothèque|thèse|mémoire|étude de cas|portfolio)\b|\bIhr(?:en|em|e)? (?:Vortrag|Talk|Artikel|Blogartikel|Blogpost|Beitrag|Projekt|Open-Source-Projekt|Buch)\b|\bdein(?:en|em|e)? (?:Vortrag|Talk|Artikel|Blogpost|Beitrag|Projekt)\b|\b(?:je|jouw|uw) (?:presentatie|talk|praatje|artikel|blog|blogpost|project|case study|casestudy|portfolio|scriptie|paper|boek)\b|\btu (?:charla|ponencia|artículo|proyecto|librería|tesis|post|blog|portafolio|paper|repositorio|repo)\b|\b(?:il tuo|la tua|tuo|tua) (?:talk|intervento|articolo|progetto|libreria|tesi|post|presentazione)\b|\b(?:o teu|a tua|seu|sua|teu|o seu|a sua) (?:palestra|artigo|projeto|projecto|biblioteca|tese|post|jogo|devlog|portfólio|portfolio)\b|\b[Tt]wo(?:im|je|ja|jej|jego|ich|j) (?:wystąpieni\S*|prezentacj\S*|artyku\S*|projek\S*|blog\S*|post\S*|książ\S*|bibliotek\S*|prelekcj\S*|repozytori\S*|kod\S*)|\b[Tt]wój (?:projekt|artykuł|blog|post|talk|kod)\b|\b(?:ditt|dit) (?:projekt|open source-projekt|bibliotek|föredrag|foredrag|blogginlägg|blogindlæg|blogginnlegg)\b|\bdin (?:artikel|artikkel|presentation|presentasjon|bok|bog|talk)\b/,
  },
  // Personal, in more languages: your pull request ("Je PR op kwh-forecast"), your post or talk as Finnish and Greek
  // write it ("LinkedIn-postauksesi", "την ομιλία σου").
  {
    kind: 'personal',
    text: 'names your own work',
    hints: [
      'je pr',
      'jouw pr',
      'uw pr',
      'tu pr',
      'votre pr',
      'ta pr',
      'ton pr',
      'dein pr',
      'ihr pr',
      'teu pr',
      'seu pr',
      'tuo pr',
      'din pr',
      'ditt pr',
      'twój pr',
      'pull request',
      'pull-request',
      'merge request',
      'postaukse',
      'esitelmä',
      'artikkeli',
      'kirjoitukse',
      'väitöskirja',
      ' σου',
      ' σας',
    ],
    weight: 3,
    pattern: () =>
      /(?<![\p{L}])(?:[Jj]e|[Jj]ouw|[Uu]w|[Tt]u|[Vv]otre|[Tt]on|[Tt]a|[Dd]ein(?:en|em|e)?|[Ii]hr(?:en|em|e)?|[Tt]eu|[Ss]eu|[Tt]uo|[Dd]itt?|[Dd]in|[Tt]wój|[Tt]woj\p{L}*) (?:PR|MR)(?= (?:op|on|to|in|voor|für|auf|sur|pour|no|na|på|til|w|do|al|bij|against|van|from|about|over|om|de|del|with|mit|von|for) \S)|(?<![\p{L}])(?:[Jj]e|[Jj]ouw|[Uu]w|[Tt]u|[Vv]otre|[Tt]on|[Tt]a|[Dd]ein(?:en|em|e)?|[Ii]hr(?:en|em|e)?|[Tt]eu|[Ss]eu|[Tt]uo|[Dd]itt?|[Dd]in|[Tt]wój|[Tt]woj\p{L}*) (?:[Pp]ull[- ][Rr]equest|[Mm]erge [Rr]equest)(?![\p{L}])|(?<![\p{L}])\p{L}*(?:postaukse|esitelmä|artikkeli|kirjoitukse|väitöskirja)si(?![\p{L}])|(?:ομιλία|άρθρο|παρουσίαση|διάλεξη|ανάρτηση|δημοσίευση|βιβλιοθήκη) (?:σου|σας)(?![\p{L}])/u,
  },
  // Personal, in more word orders: the thing the reader made ("het project dat jij hebt opgezet"), a possessive after
  // its noun ("artikkelen din", "föredraget ditt") or in its ending ("LinkedIn-bejegyzésedet", "előadásod"), the polite
  // "su" after a verb of attending or reading ("Asistí a su presentación"), a Danish talk or post ("dit oplæg").
  {
    kind: 'personal',
    text: 'names your own work',
    hints: [
      'jij hebt',
      'je hebt',
      ' din',
      ' ditt',
      ' dine',
      'bejegyzés',
      'cikk',
      'előadás',
      'tanulmány',
      'szakdolgozat',
      ' su ',
      ' tu ',
      'dit oplæg',
      'dit indlæg',
      'din artikel',
    ],
    weight: 3,
    pattern: () =>
      /\b(?:project|library|bibliotheek|tool|app|artikel|blog(?:post)?|talk|presentatie|paper|boek|repo|pull request|PR|scriptie|onderzoek)\b[^.\n]{0,60}?\b(?:dat|die) (?:jij|je) (?:hebt|had) (?:[\p{L}-]+ ){0,3}(?:opgezet|geschreven|gebouwd|gemaakt|gepubliceerd|gepresenteerd|ingediend|ontwikkeld|gegeven|gestart)(?![\p{L}])|(?<![\p{L}])(?:artikkelen|artikeln|foredraget|föredraget|innlegget|inlägget|presentasjonen|presentationen|repoet|bloggen|avhandlingen|masteroppgaven) (?:din|ditt|di|dine)(?![\p{L}])|(?<![\p{L}])[\p{L}-]*(?:bejegyzés|cikk|előadás|tanulmány|szakdolgozat)(?:e|o|a)?d(?:et|at|ot|ről|ról|ben|ban)?(?![\p{L}])|(?<![\p{L}])(?:[Aa]sistí a|[Ll]eí|[Vv]i|[Ee]scuché|[Ss]eguí) (?:su|tu) (?:presentación|ponencia|charla|artículo|tesis|post|publicación|trabajo)(?![\p{L}])|(?<![\p{L}])(?:dit (?:oplæg|indlæg|foredrag)|din artikel)(?![\p{L}])/u,
  },
  // Personal: someone who knows what the reader did: "the way you ran the SEPA migration", "I told her about the work
  // you did rebuilding …". (Not "Long time!" alone: knowing someone names no work of theirs.)
  {
    kind: 'personal',
    text: 'knows your past work first-hand',
    hints: ['the work you', 'the way you'],
    weight: 3,
    pattern: () => /\bthe (?:work|way) you (?:did|ran|led|built|handled|shipped|designed|managed|rebuilt|turned)\b/i,
  },
  // Personal, in more languages: your video, your article, your thesis, your project ("vaše video", "il suo articolo",
  // "din avhandling", "ert robotprojekt", "dit repo", "din crate").
  {
    kind: 'personal',
    text: 'names your own work',
    hints: ['vaš', 'váš', 'tvůj', 'tvoj', 'il suo', 'la sua', 'ert ', 'din ', 'dit ', 'ditt ', 'dein', 'sinun', 'senin', 'sizin', 'tău'],
    weight: 3,
    pattern: () =>
      /(?:^|[^a-zá-ž])(?:v[aá]š(?:e|eho|em|ím|i|ich)?|tv(?:ůj|oje|ou|ým|ého|ém)) (?:[a-zá-ž]+ ){0,2}(?:video\S*|příspěv\S*|člán\S*|projekt\S*|přednáš\S*|prezentac\S*|repozitář\S*|knihovn\S*|prác\S*|diplomov\S*|blog\S*|kód\S*)|\b(?:il suo|la sua) (?:articolo|lavoro|tesi|progetto|intervento|presentazione|libro|studio)\b|\b(?:ditt|ert|din|dine) [a-zåäöæø-]*(?:projekt|bibliotek|föredrag|foredrag|blogginlägg|blogindlæg|blogginnlegg|repo|crate|avhandling|afhandling|artikel|artikkel|kod|kode|README|paper)\b|\bdit (?:repo|projekt|bibliotek|foredrag|blogindlæg)\b|\bdein(?:en|em|e)? (?:Repo|Repository|Crate|Paper|Buch|Video)\b|\bsinun (?:repo\S*|projekti\S*|esitelmä\S*|artikkeli\S*|blogi\S*)|\b(?:senin|sizin) (?:repo\S*|proje\S*|makale\S*|sunum\S*)|\b(?:proiectul|articolul|repo-ul|prezentarea|lucrarea|biblioteca) (?:tău|ta|dvs\.?)(?![a-z])/i,
  },
  // Personal, in more languages: someone who worked with the reader.
  {
    kind: 'personal',
    text: 'knows you from work together',
    hints: [
      'collega',
      'kollega',
      'kollege',
      'kollegin',
      'collègue',
      'colega',
      'compañer',
      'kolega',
      'koleżank',
      'kolegyn',
      'coleg',
      'kolléga',
      'arkadaş',
      'sammen',
      'samen',
      'zusammen',
      'ensemble',
      'juntos',
      'insieme',
      'razem',
      'spolu',
      'tillsammans',
      'yhdessä',
      'birlikte',
      'împreună',
      'együtt',
    ],
    weight: 3,
    pattern: () =>
      /(?:^|[^a-zà-ž])(?:oud-?collega|ex-?collega|voormalige? collega|ehemalige[rn]? Kolleg(?:e|in)|Ex-Kolleg(?:e|in)|ancien(?:ne)? collègue|ex-?colega|antigu[oa] compañer[oa]|ex-?kolega|były kolega|była koleżanka|bývalý kolega|bývalá kolegyně|tidigare kollega|före detta kollega|tidligere kollega|gammel kollega|entinen kollega|eski iş arkadaşı|fost(?:ul|a)? coleg|volt kolléga)|\b(?:jobbet|jobbede|jobbade|arbejdede|werkten|werkte|arbeiteten|travaillions|trabajamos|trabalhamos|lavoravamo|abbiamo lavorato|pracowaliśmy|pracovali jsme|työskentelimme|çalıştık|am lucrat|dolgoztunk)\b[^.!?\n]{0,40}?(?:sammen|samen|zusammen|ensemble|juntos|insieme|razem|spolu|tillsammans|yhdessä|birlikte|împreună|együtt)(?![a-z])/i,
  },
  // Personal: the hiring manager writing.
  {
    kind: 'personal',
    text: 'the hiring manager writing directly',
    hints: [
      "i'm",
      'i am',
      'i lead',
      'i run',
      'i manage',
      'i head',
      'i own',
      'i founded',
      'i co-founded',
      'i started',
      'je suis',
      'ich bin',
      'ik ben',
      "i'd be your",
      'i would be your',
      'report',
      'my team',
      'my own team',
      'mitt team',
      'mit team',
    ],
    weight: 2,
    alternatives: [
      { hints: ["i'm the hiring manager", 'i am the hiring manager'], pattern: () => /\bI(?:'m| am) the hiring manager\b/i },
      {
        hints: ["i'm ", 'i am '],
        pattern: () =>
          /\bI(?:'m| am) (?:the |an? )?(?:engineering manager|eng manager|EM|tech lead|CTO|co-?founder|founder|VP of Engineering|head of (?:engineering|data|platform|product|infrastructure)|director of engineering)\b(?! recruit)/i,
      },
      {
        hints: ['i lead ', 'i run ', 'i manage ', 'i head ', 'i own ', 'i founded ', 'i co-founded ', 'i started '],
        pattern: () =>
          /\bI (?:lead|run|manage|head|own|founded|co-founded|started) (?![\w -]{0,40}?\b(?:recruit|talent|staffing|search|headhunt|sourcing|HR\b|people (?:team|ops)))(?:the |our |a |an |my )?[\w -]{0,40}?(?:team|group|org|engineering|department|studio|company|startup|agency|shop|business|firm|lab|practice|consultancy|co-op|chain|clinic|restaurant|store|brand|nonprofit|charity|organi[sz]ation)\b(?! (?:of|for) (?:recruit|talent|staffing|sourcing|search))/i,
      },
      {
        hints: ['je suis ', 'ich bin ', 'ik ben '],
        pattern: () =>
          /\b(?:[Jj]e suis|[Ii]ch bin|[Ii]k ben)(?: [A-Z][\w\u00C0-\u024F'-]+){1,3},? (?:le |la |l['’]|der |die |de )?(?:CTO|CEO|fondat(?:eur|rice)|co-?fondat(?:eur|rice)|directeur technique|directrice technique|Gründer(?:in)?|Mitgründer(?:in)?|Teamleiter(?:in)?|Engineering Manager|oprichter|medeoprichter)\b/i,
      },
      { hints: ["i'd be your ", 'i would be your '], pattern: () => /\bI(?:'d| would) be your (?:manager|lead|boss)\b/i },
      { hints: ["you'd ", 'you would '], pattern: () => /\byou(?:'d| would) (?:be )?report(?:ing)? (?:directly )?to me\b/i },
      { hints: ['my team '], pattern: () => /\bmy team (?:is hiring|is looking|needs)\b/i },
      {
        // The owner naming the business: "I own Ironleaf Electrical here in Calgary", "I own Riverbend Pharmacy." (not a
        // recruiting firm's owner; not "I own EMEA hiring" nor "I own Python tooling", whose name runs on in lower case).
        hints: ['i own '],
        pattern: () =>
          /\bI own (?![\w&'’ -]{0,40}\b(?:Recruit|Talent|Staffing|Resourcing|Search|Personnel|Careers|Consult|Partners|Associates|Placements|Hiring|HR\b))[A-Z][\w&'’-]+(?: [A-Z][\w&'’-]+){0,3}(?= (?:in|here|on|out|up|down)\b|[,.;!]|$)/m,
      },
      { hints: ['my team', 'my own team'], pattern: () => /\b(?:join|for|into|on|to) my (?:own )?team\b/i },
      // The same, in Swedish, Norwegian and Danish: "till mitt team", "i mit team".
      { hints: ['mitt team', 'mit team'], pattern: () => /\b(?:till|i|på|til|in|ind i) (?:mitt|mit) (?:eget )?team\b/i },
      {
        hints: ["i'm ", 'i am '],
        pattern: () =>
          /\bI(?:'m| am)(?:(?: [A-Z][a-z]+){1,2},)? (?:the |a |an |our )?(?!(?:\w+ )?(?:recruit|talent|sourc|people|HR\b|acquisition))(?:[\w-]{1,30} ){0,2}(?:director|manager|lead|head of [\w ]{1,20}|CTO|CEO|VP|founder|co-?founder)\b(?! (?:of )?(?:talent|recruit|people|HR))/i,
      },
    ],
  },
];

/** The match `/a|b|c/` would give, from its alternatives run one by one (those whose words `lower` holds). */
function earliestMatch(alternatives: { hints: string[]; pattern: Pattern }[], text: string, lower: string): RegExpExecArray | null {
  let best: RegExpExecArray | null = null;
  for (const alternative of alternatives) {
    if (!alternative.hints.some((hint) => lower.includes(hint))) continue;
    const m = compiled(alternative.pattern).exec(text);
    if (m && (!best || m.index < best.index)) best = m;
  }
  return best;
}

/**
 * Finds the signs, each with its quote, and the verdict they give. `forwardedFrom`: where the forwarded mail starts in
 * `text` when someone forwarded it with a note of their own, or where the reader's own application starts, quoted
 * under a reply to it; else -1. How that mail was written says little of how the message reached you, so in it only the
 * strong mass signs count (a placeholder, a bulk header, an unsubscribe footer).
 */
export function judgeMassPitch(
  headerText: string,
  text: string,
  forwardedFrom = -1,
): { massPitch: boolean | null; signals: MessageSignal[] } {
  const signals: MessageSignal[] = [];
  let mass = 0;
  let weak = 0;
  let personal = 0;
  let strong = false;
  const seen = new Set<string>();
  const scan = text.length > 200_000 ? `${text.slice(0, 100_000)}\n${text.slice(-100_000)}` : text;
  let lowerScan: string | undefined;
  let lowerHeaders: string | undefined;
  for (const rule of RULES) {
    if (seen.has(rule.text)) continue;
    const where = rule.inHeaders ? headerText : scan;
    if (rule.hints) {
      const lower = rule.inHeaders ? (lowerHeaders ??= headerText.toLowerCase()) : (lowerScan ??= scan.toLowerCase());
      // A hint in capitals is looked up as written: the sign is a word in capitals.
      if (!rule.hints.some((hint) => (hint === hint.toLowerCase() ? lower : where).includes(hint))) continue;
    }
    if (rule.precheck && !rule.precheck(where)) continue;
    const m = rule.alternatives
      ? earliestMatch(
          rule.alternatives,
          where,
          rule.inHeaders ? (lowerHeaders ??= headerText.toLowerCase()) : (lowerScan ??= scan.toLowerCase()),
        )
      : rule.pattern && compiled(rule.pattern).exec(where);
    if (!m) continue;
    // (Where the sign's own words start: a pattern may open on the blank lines before them.)
    const signAt = m.index + m[0].length - m[0].trimStart().length;
    if (forwardedFrom >= 0 && rule.kind === 'mass' && !rule.strong && !rule.inHeaders && signAt >= forwardedFrom) continue;
    seen.add(rule.text);
    signals.push({ kind: rule.kind, text: rule.text, quote: quoteAround(where, m.index, m.index + m[0].length) });
    if (rule.kind === 'mass') {
      if (rule.weak) weak += rule.weight;
      else mass += rule.weight;
      if (rule.strong) strong = true;
    } else {
      personal += rule.weight;
    }
  }
  // Several unrelated jobs in one message.
  const families = roleFamilies(scan);
  if (families.count >= 3) {
    const first = families.examples.join(', ');
    signals.push({ kind: 'mass', text: 'several unrelated roles', quote: quoteAround(first, 0, first.length) });
    mass += 2;
  }
  // The shape of a template adds to other mass signs; alone it proves nothing.
  if (mass > 0) mass += weak;
  let massPitch: boolean | null = null;
  if (personal > 0) {
    if (strong && mass > personal) massPitch = true;
    else if (!strong) massPitch = false;
  } else if (mass >= 3) {
    massPitch = true;
  }
  return { massPitch, signals };
}
