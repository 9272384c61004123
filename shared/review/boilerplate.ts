// Web boilerplate, line by line, by phrase lists; each rule carries its reason. Rules only MARK: the reviewer
// can override, nothing is deleted. Patterns run on normalized lines (أ→ا, ة→ه, Latin lower case).

import { toRawSpan } from '../text/normalize.ts';
import { extractDates } from './dates.ts';
import type { Line } from './shingles.ts';

export interface Reason {
  en: string;
  ar: string;
}

/** After these, the rest of the page is comments, "load more" and footers. Only on a short line (≤ 8 words). */
const END_MARKERS: ReadonlyArray<readonly [RegExp, Reason]> = [
  [
    /انضم الي المحادثه/,
    {
      en: 'Page tail: comments section ("join the conversation") and what follows.',
      ar: 'ذيل الصفحة: قسم التعليقات («انضم إلى المحادثة») وما بعده.',
    },
  ],
  [
    /اقرا في المصدر/,
    { en: 'Page tail: "read at the source" link and what follows.', ar: 'ذيل الصفحة: رابط «إقرأ في المصدر» وما بعده.' },
  ],
  [
    /تحميل المزيد/,
    { en: 'Page tail: "load more" button and what follows.', ar: 'ذيل الصفحة: زر «تحميل المزيد» وما بعده.' },
  ],
  [
    /ليست هناك تعليقات/,
    {
      en: 'Page tail: blog comment form ("no comments") and what follows.',
      ar: 'ذيل الصفحة: نموذج التعليقات («ليست هناك تعليقات») وما بعده.',
    },
  ],
];

/** Publication metadata at the start of a short line (≤ 12 words; المصدر ≤ 6, "المصدر نفسه قال" is prose). */
const METADATA: ReadonlyArray<readonly [RegExp, number, Reason]> = [
  [
    /^(?:نشر في|تم النشر|تاريخ النشر|اخر تحديث)/,
    12,
    { en: 'Publication metadata (date posted).', ar: 'بيانات النشر (تاريخ النشر).' },
  ],
  [/^مرسل\s*:/, 12, { en: 'Forum metadata ("posted:").', ar: 'بيانات المنتدى («مرسل:»).' }],
  [/^عدد القراءات/, 12, { en: 'Page metadata (read counter).', ar: 'بيانات الصفحة (عدد القراءات).' }],
  [/^المصدر(?:\s*:|\s)/, 6, { en: 'Source line of the page template.', ar: 'سطر المصدر في قالب الصفحة.' }],
];

const AGENCIES = 'رويترز|ا ف ب|فرانس برس|وكالات|الاناضول|د ب ا|سبوتنيك|واس|وام|قنا|كونا|الفرنسيه';

/** "القاهرة - (رويترز) -": the place and agency at the head of a news paragraph (only that prefix is marked). */
const AGENCY_DATELINE = new RegExp(`^\\s*\\S+(?:\\s\\S+)?\\s*[-–—]\\s*\\(?(?:${AGENCIES})\\)?\\s*[-–—:]?`, 'u');

/** Photo credits: "/رويترز", "(فرانس برس)", "Getty Images", "(AFP)". */
const CREDIT = /\/\s*(?:رويترز|ا ف ب|فرانس برس)|\((?:رويترز|فرانس برس|ا ف ب|afp|reuters|ap|epa)\)|getty(?: images)?/u;

/** Caption and navigation cues in Latin-only lines. */
// \s, not a space: web text puts no-break spaces in these ("read\u00A0this" in corpus 003).
const CAPTION_LABEL =
  /^(?:source|photo|image|picture|credit|caption|file\s+photo|left|right|above|below|top|pictured|via|read\s+more)\s*:/;
const NAVIGATION = /\b(?:read\s+(?:this|more)|click\s+here|subscribe|share\s+this|follow\s+us)\b/;

export interface LineMark {
  /** Raw offsets within the text (not the line). */
  start: number;
  end: number;
  reason: Reason;
  /** True for an end marker: the block runs to the end of the text. */
  tail?: boolean;
}

const wordCount = (line: Line): number => line.words.length;

/** The boilerplate mark of one line, if any. */
export function classifyLine(line: Line): LineMark | undefined {
  const t = line.norm.text.trim();
  if (t === '') return undefined;
  const whole = (reason: Reason): LineMark => ({ start: line.start, end: line.end, reason });
  if (line.key === '') return whole({ en: 'Separator line: symbols only.', ar: 'سطر فاصل: رموز فقط.' });
  for (const [re, reason] of END_MARKERS)
    if (re.test(t) && wordCount(line) <= 8) return { ...whole(reason), tail: true };
  for (const [re, max, reason] of METADATA) if (re.test(t) && wordCount(line) <= max) return whole(reason);
  if (isDateline(line))
    return whole({
      en: 'Dateline: the page date (and time, source) on its own line.',
      ar: 'سطر التاريخ: تاريخ الصفحة (ووقتها ومصدرها) في سطر مستقل.',
    });
  const agency = AGENCY_DATELINE.exec(t);
  if (agency) return prefixMark(line, agency[0].length + (line.norm.text.length - line.norm.text.trimStart().length));
  if (CREDIT.test(t) && wordCount(line) <= 12) return whole({ en: 'Photo credit.', ar: 'حقوق الصورة.' });
  if (isLatinCaption(t))
    return whole({
      en: 'Caption or navigation line in Latin script (not a sentence of the article).',
      ar: 'تعليق صورة أو رابط تنقل بحروف لاتينية (ليس جملة من المقال).',
    });
  return undefined;
}

/** A short line (≤ 15 words) that begins with a full date: "الأربعاء، 21 يناير 2026". */
function isDateline(line: Line): boolean {
  if (wordCount(line) > 15) return false;
  const first = extractDates(line.text)[0];
  const lead = line.text.length - line.text.trimStart().length;
  return first !== undefined && first.kind !== 'year' && first.start === lead && first.year !== undefined;
}

/** Marks only the dateline prefix of a paragraph (normalized length mapped back to raw offsets). */
function prefixMark(line: Line, normLength: number): LineMark {
  const span = toRawSpan(line.text, line.norm, 0, normLength);
  return {
    start: line.start,
    end: line.start + span.end,
    reason: { en: 'News agency dateline (place and agency).', ar: 'استهلال الخبر (المكان والوكالة).' },
  };
}

/**
 * A Latin-only line that looks like a caption or navigation: a label ("Source:", "Left:"), a navigation
 * phrase ("read this"), or short (≤ 8 words) without closing punctuation. A real English sentence of a
 * translated article (long, or ending with a full stop) is left alone.
 */
function isLatinCaption(t: string): boolean {
  if (/[\u0600-\u06FF]/.test(t) || !/[a-z]/.test(t)) return false;
  if (CAPTION_LABEL.test(t) || NAVIGATION.test(t)) return true;
  return t.split(/\s+/).length <= 8 && !/[.!?"”]$/.test(t);
}
