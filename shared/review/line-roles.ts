// What one line of a web page is by its shape, before its position is considered: prose (a sentence), a
// short link-like line, a menu of separated items, a list item, or metadata that must stay content (a
// dateline, a byline, a credit line, a caption, an agency signature). Patterns run on normalized lines.

import { extractDates } from './dates.ts';
import type { Line } from './shingles.ts';

export type Shape = 'blank' | 'prose' | 'medium' | 'short' | 'menu' | 'symbols';

/** A sentence: 12+ words, or 7+ ending like a sentence. */
const PROSE_WORDS = 12;
const SENTENCE_WORDS = 7;
/** Link-like: a menu item, a headline in a list, a prompt. */
const SHORT_WORDS = 6;
export const LIST_WORDS = 8;

const ENDS_SENTENCE = /[.!?؟؛…"”»)]\s*$/u;

export function shapeOf(line: Line): Shape {
  const t = line.text.trim();
  if (t === '') return 'blank';
  if (line.key === '') return 'symbols';
  const n = line.words.length;
  if (isMenu(t)) return 'menu';
  if (n >= PROSE_WORDS || (n >= SENTENCE_WORDS && ENDS_SENTENCE.test(t))) return 'prose';
  return n <= SHORT_WORDS ? 'short' : 'medium';
}

/**
 * "الرئيسية | محليات | اقتصاد": three or more short items between separators; "المنتدى العام ‹ التاريخ" (a
 * breadcrumb, with its own arrows): two are enough.
 */
function isMenu(t: string): boolean {
  const items = t.split(/\s*[|•·»›«‹]\s*/u).filter((s) => s.trim() !== '');
  const short = items.every((s) => s.trim().split(/\s+/).length <= 4);
  return short && (items.length >= 3 || (items.length === 2 && /[»›«‹]/u.test(t)));
}

/** A numbered or lettered list item of the content ("1- انظر: …", "أ)"): never navigation. */
export function isListItem(line: Line): boolean {
  return /^\s*(?:[0-9٠-٩]{1,3}|[أ-ي])\s*[-.)]\s*\S/u.test(line.text);
}

/** A label introducing a list: "اقرأ أيضًا:", "مواضيع ذات صلة", "Read more:". */
export function isListLabel(line: Line): boolean {
  return line.words.length <= 4 && /[:：]\s*$/u.test(line.text.trim());
}

/** Words that start a metadata line (normalized): publication, byline, credit, caption, issue. */
const METADATA_START =
  /^[\s\-–—•|*(]*(?:نشر|تم النشر|تاريخ النشر|اخر تحديث|تحديث|مرسل|ارسل|بتاريخ|بقلم|كتب|كتبت|كتابه|اعداد|تحرير|تقرير|ترجمه|الكاتب|المصدر|مصدر|نقلا عن|الصوره|صوره|تصوير|الصور|فيديو:|published|posted|updated|by|source|photo|image|picture|credit|caption|via|file photo|left|right|above|below|pictured)(?![\p{L}])/u;
const AGENCIES =
  'رويترز|ا ف ب|فرانس برس|اسوشيتد برس|وكالات|الاناضول|د ب ا|سبوتنيك|واس|وام|قنا|كونا|بترا|سانا|afp|reuters|ap|epa|getty(?: images)?';
/** "(رويترز)", "/رويترز", "(AFP)", "Getty Images": a credit on its own or ending a caption. */
const AGENCY_CREDIT = new RegExp(
  `(?:^\\s*\\(?\\s*(?:${AGENCIES})\\s*\\)?\\s*$|/\\s*(?:${AGENCIES})|\\((?:${AGENCIES})\\))`,
  'u',
);
/** "مجلة الأفق - العدد 45": a periodical's issue line. */
const ISSUE = /(?:^|\s)(?:العدد|عدد)\s+[0-9٠-٩]+\s*$/u;

/** A dateline, publication or update line, byline, credit, caption or issue line: stays content. */
export function isMetadata(line: Line): boolean {
  const t = line.norm.text.trim();
  if (line.words.length > 16) return false;
  if (METADATA_START.test(t) || AGENCY_CREDIT.test(t) || ISSUE.test(t)) return true;
  const first = extractDates(line.text)[0];
  const lead = line.text.length - line.text.trimStart().length;
  return first !== undefined && first.kind !== 'year' && first.start === lead && first.year !== undefined;
}

/** Page furniture whatever its place: counters and copyright footers. */
export function chromeReason(line: Line): 'counter' | 'copyright' | undefined {
  const t = line.norm.text.trim();
  if (line.words.length > 12) return undefined;
  if (/^(?:عدد\s+(?:القراءات|المشاهدات|المشاركات|التعليقات|الردود|الزيارات)|(?:views|comments|replies)\s*:)/u.test(t))
    return 'counter';
  if (/©|جميع الحقوق محفوظه|حقوق النشر|all rights reserved|copyright/u.test(t)) return 'copyright';
  return undefined;
}

/** Latin navigation wording inside an Arabic page: "Read more", "Share this", "Follow us". */
export function isLatinNavigation(line: Line): boolean {
  const t = line.norm.text.trim();
  return (
    line.words.length <= 6 &&
    !/[\u0600-\u06FF]/u.test(t) &&
    /\b(?:read\s+(?:this|more|also)|click\s+here|subscribe|share\s+(?:this|on)|follow\s+us|sign\s+up|log\s+in)\b/u.test(
      t,
    )
  );
}
