// A job's title written in Japanese, Korean, Chinese, Arabic or Hebrew, which the English- and Latin-letter rules of
// labels.ts do not read: the value of a label ("岗位：高级感知算法工程师", "- 포지션: 시니어 백엔드 개발자", "【募集職種】" over
// its line), or the words before "we are hiring" ("プロダクトマネージャーを募集", "백엔드 개발자를 찾고") or after "a job as"
// ("وظيفة محاسب تكاليف"). Asked only when those rules find no title. Pure.

import { inScripts } from './script-pay.js';

// Labels of a job's title, before a colon on its line or alone in brackets on the line above it.
const TITLE_LABELS = [
  '募集職種',
  '募集ポジション',
  '職種',
  'ポジション',
  '포지션',
  '모집 분야',
  '모집분야',
  '모집 직무',
  '직무',
  '招聘岗位',
  '应聘职位',
  '岗位',
  '职位',
  '職位',
  '职缺',
  '職缺',
  'المسمى الوظيفي',
  'الوظيفة المطلوبة',
  'الوظيفة',
  'תפקיד',
];
// A Japanese title's characters, right before "を募集": katakana, kanji, Latin letters, digits, "・" and "/".
const TITLE_RUN = () => /[\p{sc=Katakana}\p{sc=Han}A-Za-z0-9ー・／/&]{2,40}$/u;
// "Xを募集", "招聘X", "诚聘X". (Not Korean "X를 찾고": its words run on with spaces from the sentence before.)
const HIRING_AFTER = () => /を(?:募集|採用)/u;
const HIRING_BEFORE = () => /(?:招聘|诚聘|誠聘|急聘)\s?([\p{sc=Han}A-Za-z0-9／/ ]{2,30}?)(?:[，,。；;！!（(\n]|$)/u;
// Arabic "a job as …" up to a word that ends it ("in", "at", "with", "for") or a dash.
const ARABIC_JOB = () => /وظيفة\s+((?:[\u0621-\u064a]+\s?){1,5})/u;
const ARABIC_STOPS = new Set(['في', 'مع', 'لدى', 'عند', 'على', 'من', 'بـ', 'ب', 'ل', 'عندنا', 'شاغرة', 'جديدة']);

/** The job's title named in one of these scripts, or null. */
export function roleInScript(text: string): string | null {
  if (!inScripts(text)) return null;
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    for (const label of TITLE_LABELS) {
      const at = line.indexOf(label);
      if (at < 0 || at > 6) continue;
      const rest = line.slice(at + label.length);
      const colon = /^\s*[】\]]?\s*[：:]\s*/.exec(rest);
      if (colon) {
        const value = clean(rest.slice(colon[0].length));
        if (value) return value;
      }
      // "【募集職種】" alone, the title on the next line.
      if (/^\s*[】\]]\s*$/.test(rest) && i + 1 < lines.length) {
        const value = clean(lines[i + 1]!);
        if (value) return value;
      }
    }
  }
  const hiring = HIRING_AFTER().exec(text);
  if (hiring) {
    const run = TITLE_RUN().exec(text.slice(Math.max(0, hiring.index - 40), hiring.index));
    // (A run stops at the hiragana and the commas before it: "当社では事業拡大に伴い、プロダクトマネージャー".)
    const value = run ? clean(run[0]) : null;
    if (value) return value;
  }
  const before = HIRING_BEFORE().exec(text);
  if (before) {
    const value = clean(before[1]!);
    if (value) return value;
  }
  const arabic = ARABIC_JOB().exec(text);
  if (arabic) {
    const words = arabic[1]!.trim().split(/\s+/);
    const stop = words.findIndex((word) => ARABIC_STOPS.has(word));
    const value = (stop < 0 ? words : words.slice(0, stop)).join(' ');
    if (value !== '' && stop !== 0) return value;
  }
  return null;
}

/** A title as a label's value gives it: trimmed, without a bullet, at most 60 characters, not a figure or a sentence. */
function clean(value: string): string | null {
  const title = value.replace(/^[-•・*]\s*/, '').trim();
  if (title.length < 2 || title.length > 60 || /^\d/.test(title) || /[。.!?！？]$/.test(title)) return null;
  return title;
}
