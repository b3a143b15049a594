// The employer and the job title in a message written in Hindi or Bengali, which the Latin-letter rules and the
// readers of other scripts do not read: a firm named by the word for its kind at the end ("ज्ञानदीप पब्लिक स्कूल",
// "মেঘনা নিট কম্পোজিট লিমিটেড"), and a title before the word for a post ("PGT गणित (Mathematics) के पद के लिए",
// "সিনিয়র মার্চেন্ডাইজার (নিট ডিভিশন) পদে"). Pure.

import { compiled } from '../compile.js';
import { holdsCharIn } from './text.js';

/** Whether the text holds a Devanagari or a Bengali letter. By characters, not a pattern. */
export function hasIndicLetters(text: string): boolean {
  return holdsCharIn(text, 0x0900, 0x09ff);
}

// The last word of a firm's name that says what it is: a school, a college, a hospital, a limited company, a group.
// (And a private limited company abbreviated, "प्रा. लि.".)
const KIND_WORDS =
  'प्रा\\. लि\\.|स्कूल|विद्यालय|महाविद्यालय|कॉलेज|अस्पताल|हॉस्पिटल|लिमिटेड|कंपनी|इंडस्ट्रीज|ग्रुप|স্কুল|বিদ্যালয়|কলেজ|হাসপাতাল|লিমিটেড|কোম্পানি|ইন্ডাস্ট্রিজ|গ্রুপ';
// Up to four words before it, of these scripts' letters and marks (the joiners too), not across a comma or a stop.
// (The danda, "।", ends a sentence: no letter of a name.)
const FIRM = () =>
  new RegExp(
    `(?<![\\u0900-\\u0963\\u0966-\\u09ff\\u200c\\u200d])((?:[\\u0900-\\u0963\\u0966-\\u09ff\\u200c\\u200d]+ ){1,4})(${KIND_WORDS})(?![\\u0900-\\u09ff])`,
    'gu',
  );
// Words that open a sentence or join it, and are no part of a name: "मैं", "हमारे", "আমি", "আমাদের".
const NOT_A_NAME = new Set(
  (
    'मैं हम हमें हमारे हमारी हमारा आप आपको आपके आपकी आपने पहले अभी की के का को में से पर और एक यह वह इस उस उक्त ने ओर लिए तरफ़ तरफ ' +
    'प्रतिष्ठित बड़ी बड़े स्थानीय मैनेजमेंट उद्योग इंडस्ट्री व्यवसाय क्षेत्र ये मैसेज संदेश अपने सभी सारे किसी किस कौन कौनसी कोई भी इच्छुक हों तो আমি আমরা আমাদের আপনি আপনাকে আপনার তারা এর একটি এই ও এবং থেকে জন্য কে তে উক্ত বড় নামী'
  ).split(' '),
);

// A hotel is named after its kind: "होटल हिमशिखर", "হোটেল সোনারগাঁও".
const HOTEL = () => /(?<![\u0900-\u09ff])(होटल|হোটেল) ([\u0900-\u09ff\u200c\u200d]{2,})(?![\u0900-\u09ff])/u;

/** The employer a Hindi or Bengali message names by its kind, as written, or null. */
export function indicEmployer(text: string): string | null {
  const hotel = compiled(HOTEL).exec(text);
  if (hotel && !NOT_A_NAME.has(hotel[2]!)) return hotel[0];
  for (const m of text.matchAll(compiled(FIRM))) {
    const words = m[1]!.trim().split(' ');
    // (The name starts after the sentence's own words: "हमारे स्कूल", our school, names none.)
    let first = 0;
    for (let i = 0; i < words.length; i++) if (NOT_A_NAME.has(words[i]!)) first = i + 1;
    // (After "I am", the writer's name of two words comes first: "मैं राजेश त्रिपाठी ज्ञानदीप पब्लिक स्कूल से".)
    const opensOnI =
      first > 0 ? ['मैं', 'আমি'].includes(words[first - 1]!) : /(?:मैं|আমি) $/u.test(text.slice(Math.max(0, m.index - 5), m.index));
    if (opensOnI && words.length - first > 2) first += 2;
    // (Not where the reader worked: "आपने पहले टाटा मोटर्स लिमिटेड में काम किया है".)
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 20);
    if (after.includes('काम किया') || after.includes('काम कर चुके') || after.includes('কাজ করেছেন')) continue;
    if (first < words.length) return `${words.slice(first).join(' ')} ${m[2]}`;
  }
  return null;
}

// The word for a post after a title: Hindi "के पद के लिए", "के पद पर", "पद हेतु"; Bengali "পদে", "পদের জন্য".
const BEFORE_A_POST = () => /(?:(?:\s+(?:के|की))?\s+पद(?=\s+(?:के लिए|पर|हेतु))|\s+পদ(?:ে|ের জন্য))(?![\u0900-\u09ff])/gu;

// A post's label and the title after it, to the line's end or a count: "पद: *मशीन ऑपरेटर (CNC/VMC)* – 60 पद".
const POST_LABEL = () =>
  /(?:^|\n)[^\S\n]*\*?(?:पद का नाम|पद|পদের নাম|পদ)\*?[^\S\n]*:[^\S\n]*\*?([^*\n–—]{2,60}?)\*?[^\S\n]*(?:[–—-][^\n]*)?(?:\n|$)/u;

/** The title a Hindi or Bengali message names by a label or before its word for a post, or null. */
export function indicTitle(text: string): string | null {
  const labelled = compiled(POST_LABEL).exec(text)?.[1]?.trim();
  // (A title, not the count of posts, "पद: 25", nor a sentence, "पद: रिक्त नहीं, लेकिन …".)
  if (labelled !== undefined && !/^\d/.test(labelled) && labelled.split(/\s+/).length <= 6 && !/[,।]|नहीं|है$/.test(labelled))
    return labelled;
  for (const m of text.matchAll(compiled(BEFORE_A_POST))) {
    const before = text.slice(Math.max(0, m.index - 80), m.index);
    // (After a label's colon: "বিষয়: সিনিয়র মার্চেন্ডাইজার পদে …", a subject's.)
    const clause = before.slice(
      Math.max(before.lastIndexOf('\n'), before.lastIndexOf(','), before.lastIndexOf('।'), before.lastIndexOf(':')) + 1,
    );
    // (Not the reader's current post: "आप अभी सीनियर अकाउंटेंट के पद पर कार्यरत हैं".)
    if (text.slice(m.index + m[0].length, m.index + m[0].length + 20).includes('कार्यरत')) continue;
    const words = clause.trim().split(/\s+/);
    let first = 0;
    for (let i = 0; i < words.length; i++) if (NOT_A_NAME.has(words[i]!)) first = i + 1;
    const title = words.slice(Math.max(first, words.length - 6)).join(' ');
    if (title.length >= 2) return title;
  }
  return null;
}
