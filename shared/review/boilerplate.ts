// Web boilerplate by the shape and place of lines, not by a phrase list alone: menus, link lists, runs of
// short lines before the title and after the last paragraph, counters, copyright footers, and the page tail
// after a comment form. Datelines, bylines, credit lines and captions are metadata and stay content. Rules
// only MARK: the reviewer can keep any passage as content, nothing is deleted. Lines repeated across sources
// of one outlet (a site's template) are found by the service, which sees every source (see templateLines).

import {
  chromeReason,
  isLatinNavigation,
  isListItem,
  isListLabel,
  isMetadata,
  LIST_WORDS,
  shapeOf,
  type Shape,
} from './line-roles.ts';
import type { Line } from './shingles.ts';

export interface Reason {
  en: string;
  ar: string;
}

export interface LineMark {
  /** Raw offsets within the text (not the line). */
  start: number;
  end: number;
  reason: Reason;
  /** True for an end marker: the block runs to the end of the text. */
  tail?: boolean;
}

const REASONS = {
  menu: { en: 'Navigation: a menu of links.', ar: 'تنقّل: قائمة روابط.' },
  head: {
    en: 'Page header: short link-like lines before the title.',
    ar: 'رأس الصفحة: أسطر قصيرة تشبه الروابط قبل العنوان.',
  },
  list: {
    en: 'A list of links (related articles, most read): short lines without sentences.',
    ar: 'قائمة روابط (مواضيع ذات صلة، الأكثر قراءة): أسطر قصيرة بلا جمل.',
  },
  foot: {
    en: 'Page footer: short lines after the last paragraph (prompts, links, forms).',
    ar: 'ذيل الصفحة: أسطر قصيرة بعد آخر فقرة (دعوات للمشاركة، روابط، نماذج).',
  },
  counter: { en: 'Page counter (reads, replies).', ar: 'عدّاد الصفحة (القراءات، الردود).' },
  copyright: { en: 'Copyright footer.', ar: 'حقوق النشر في ذيل الصفحة.' },
  symbols: { en: 'Separator line: symbols only.', ar: 'سطر فاصل: رموز فقط.' },
  template: {
    en: 'Site template: the same line is on other pages of this outlet in the workspace.',
    ar: 'قالب الموقع: السطر نفسه في صفحات أخرى من الناشر نفسه في مساحة العمل.',
  },
  latin: {
    en: 'Navigation wording in Latin script ("Read more", "Share this").',
    ar: 'عبارة تنقّل بحروف لاتينية («اقرأ المزيد»، «شارك»).',
  },
} as const satisfies Record<string, Reason>;

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
    /ليست هناك تعليقات|لا توجد تعليقات/,
    {
      en: 'Page tail: blog comment form ("no comments") and what follows.',
      ar: 'ذيل الصفحة: نموذج التعليقات («ليست هناك تعليقات») وما بعده.',
    },
  ],
];

/** The end marker a short line is, if any. */
function endMarker(line: Line): Reason | undefined {
  const t = line.norm.text.trim();
  if (line.words.length > 8) return undefined;
  return END_MARKERS.find(([re]) => re.test(t))?.[1];
}

interface Classified {
  line: Line;
  shape: Shape;
  metadata: boolean;
}

/** The boilerplate lines of a text, in order; an end marker makes one mark to the end (tail). */
export function boilerplateLines(all: Line[], template: ReadonlySet<string> = new Set()): LineMark[] {
  const rows: Classified[] = all.map((line) => ({ line, shape: shapeOf(line), metadata: isMetadata(line) }));
  const marks = new Map<number, Reason>();
  const prose = rows.flatMap((r, i) => (r.shape === 'prose' && !r.metadata ? [i] : []));
  // No sentence at all (a list, verse, a table): no page around it to tell a header or a footer by.
  const [first, last] = [prose[0] ?? -1, prose.at(-1) ?? -1];
  const title = titleIndex(rows, first);
  rows.forEach((r, i) => {
    if (r.metadata || r.shape === 'blank') return;
    const chrome = chromeReason(r.line);
    if (chrome) marks.set(i, REASONS[chrome]);
    else if (template.has(r.line.key) && i !== title) marks.set(i, REASONS.template);
    else if (r.shape === 'symbols') marks.set(i, REASONS.symbols);
    else if (r.shape === 'menu') marks.set(i, REASONS.menu);
    else if (isLatinNavigation(r.line)) marks.set(i, REASONS.latin);
    // Before the first paragraph: link-like lines next to a menu, or three in a row, never the title.
    else if (i < first && i !== title && linky(r) && headRun(rows, i, first, title)) marks.set(i, REASONS.head);
    // After the last paragraph: short lines and lists, but not the content's own numbered notes.
    else if (i > last && last >= 0 && !isListItem(r.line) && r.shape !== 'prose') marks.set(i, REASONS.foot);
    else if (i > first && i < last && inList(rows, i)) marks.set(i, REASONS.list);
  });
  const out: LineMark[] = [];
  for (let i = 0; i < rows.length; i++) {
    const tail = rows[i]!.metadata ? undefined : endMarker(rows[i]!.line);
    if (tail) return [...out, { start: rows[i]!.line.start, end: all.at(-1)!.end, reason: tail, tail: true }];
    const reason = marks.get(i);
    if (reason) out.push({ start: rows[i]!.line.start, end: rows[i]!.line.end, reason });
  }
  return out;
}

/** A line that could be a link: at most 8 words, not a sentence, not metadata, not a numbered item. */
const linky = (r: Classified): boolean =>
  !r.metadata &&
  (r.shape === 'short' || r.shape === 'medium') &&
  r.line.words.length <= LIST_WORDS &&
  !isListItem(r.line);

/** A short head line beside a menu, or in a run of three short lines (a blog's name alone stays content). */
function headRun(rows: Classified[], i: number, first: number, title: number): boolean {
  const near = (j: number) => rows[j] && j < first && rows[j]!.shape === 'menu';
  if (near(prevLine(rows, i)) || near(nextLine(rows, i))) return true;
  const short = (j: number) => j >= 0 && j < first && j !== title && linky(rows[j]!);
  let n = 1;
  for (let j = prevLine(rows, i); short(j); j = prevLine(rows, j)) n++;
  for (let j = nextLine(rows, i); short(j); j = nextLine(rows, j)) n++;
  return n >= 3;
}

const prevLine = (rows: Classified[], i: number): number => {
  let j = i - 1;
  while (j >= 0 && rows[j]!.shape === 'blank') j--;
  return j;
};
const nextLine = (rows: Classified[], i: number): number => {
  let j = i + 1;
  while (j < rows.length && rows[j]!.shape === 'blank') j++;
  return j < rows.length ? j : -1;
};

/** The title: the last non-metadata, non-menu line before the first paragraph. */
function titleIndex(rows: Classified[], first: number): number {
  for (let i = first - 1; i >= 0; i--) {
    const r = rows[i]!;
    if (r.shape === 'blank' || r.metadata) continue;
    return r.shape === 'menu' || r.shape === 'symbols' ? -1 : i;
  }
  return -1;
}

/**
 * Part of a link list: a run of three or more non-blank lines of at most 8 words that are not sentences
 * (blank lines between them allowed), or two after a label like "اقرأ أيضًا:". Numbered items are content.
 */
function inList(rows: Classified[], i: number): boolean {
  if (!linky(rows[i]!)) return false;
  const run = (step: number) => {
    let n = 0;
    for (let j = i + step; j >= 0 && j < rows.length; j += step) {
      if (rows[j]!.shape === 'blank') continue;
      if (!linky(rows[j]!)) break;
      n++;
    }
    return n;
  };
  const before = run(-1);
  const after = run(1);
  if (before + after + 1 >= 3) return true;
  const label = rows
    .slice(0, i)
    .reverse()
    .find((r) => r.shape !== 'blank');
  return (label !== undefined && isListLabel(label.line)) || (isListLabel(rows[i]!.line) && after >= 2);
}
