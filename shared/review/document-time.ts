// The document's own dates: when it was published and last updated, read from its dateline ("الأربعاء، 21
// يناير 2026" on a line of its own near the top), publication lines ("نُشر في: 3 مارس 2021 - آخر تحديث: …",
// "تاريخ النشر: 2017/06/12", "مرسل: الثلاثاء يوليو 17, 2012 8:54 pm", "Published: …") and Hijri datelines
// ("الأحد 17 شعبان 1443هـ - 20 مارس 2022م": the Gregorian date is taken, or the Hijri one converted).
// It is the reference for dates without a year, for "أمس الثلاثاء", and for years after the article's time.

import { normalizeArabic } from '../text/normalize.ts';
import { nonBlankLines, type TextLine } from '../text/lines.ts';
import { gregorianOfHijri, type Ymd } from './calendar.ts';
import { extractDates, type DateMention } from './dates.ts';

export interface DocumentDate extends Ymd {
  /** The mention the date was read from (its year digits are what a correction would change). */
  mention: DateMention;
  /** Raw offsets of the line it stands on. */
  lineStart: number;
  lineEnd: number;
  /** A clock time on the same line: a page stamp (a site's time zone can move it across midnight). */
  time?: { hour: number; minute: number };
  /** What said it: a publication line, a forum "posted" line, a bare dateline, or an update line. */
  from: 'published-line' | 'dateline' | 'updated-line';
}

export interface DocumentTime {
  published?: DocumentDate;
  updated?: DocumentDate;
}

/** Lines that say "published" (normalized, at the line's start). */
const PUBLISHED =
  /^[\s\-–—•|*]*(?:تم\s+)?(?:نشر|النشر|تاريخ\s+النشر|بتاريخ|مرسل|ارسل|published|posted|date)(?![\p{L}])/u;
const UPDATED =
  /(?:اخر\s+تحديث|تم\s+التحديث|تاريخ\s+التحديث|تاريخ\s+التعديل|اخر\s+تعديل|last\s+updated|updated|modified)(?![\p{L}])/u;
/** A dateline starts with its date (after an optional weekday, which the mention includes). */
const LEADING = /^[\s\-–—•|*]*$/u;
const MAX_DATELINE_WORDS = 16;
/** The first non-blank lines of a page where a bare dateline may stand. */
const HEAD_LINES = 8;

const CLOCK = /(?<![\d:])(\d{1,2}):(\d{2})(?!\d)\s*(am|pm|ص|م)?/iu;
const HOUR = /الساعه\s+(\d{1,2})(?::(\d{2}))?\s*(صباحا|مساء|ظهرا|ص|م)?/u;

/** A mention that dates a day or a month: a year with a month (Gregorian, or Hijri with a day). */
const dated = (m: DateMention): boolean => m.year !== undefined && m.month !== undefined;

function toDate(m: DateMention): Ymd | undefined {
  if (m.calendar !== 'hijri') return { year: m.year!, month: m.month!, day: m.day ?? 1 };
  if (m.day === undefined) return undefined;
  return gregorianOfHijri({ year: m.year!, month: m.month!, day: m.day })[0];
}

function clock(norm: string): { hour: number; minute: number } | undefined {
  const c = CLOCK.exec(norm) ?? HOUR.exec(norm);
  if (!c) return undefined;
  let hour = Number(c[1]) % 12;
  if (c[3] && /^(pm|م|مساء|ظهرا)$/i.test(c[3])) hour += 12;
  else if (!c[3] && Number(c[1]) === 12) hour = 12;
  return { hour, minute: Number(c[2] ?? 0) };
}

function documentDate(line: TextLine, m: DateMention, from: DocumentDate['from']): DocumentDate | undefined {
  const ymd = toDate(m);
  if (!ymd) return undefined;
  const out: DocumentDate = { ...ymd, mention: m, lineStart: line.start, lineEnd: line.end, from };
  const time = clock(line.norm);
  if (time) out.time = time;
  return out;
}

/** The Gregorian mention of a part of a line, else its Hijri one (converted). */
function best(ms: DateMention[]): DateMention | undefined {
  return ms.find((m) => m.calendar !== 'hijri') ?? ms[0];
}

export function findDocumentTime(text: string, mentions: DateMention[] = extractDates(text)): DocumentTime {
  const out: DocumentTime = {};
  const all = nonBlankLines(text);
  for (const line of all) {
    const inLine = mentions.filter((m) => dated(m) && m.start >= line.start && m.end <= line.end);
    if (inLine.length === 0) continue;
    const upd = UPDATED.exec(line.norm);
    const updAt = upd ? line.start + rawIndex(line.raw, line.norm, upd.index) : Infinity;
    const before = inLine.filter((m) => m.start < updAt);
    const after = inLine.filter((m) => m.start >= updAt);
    if (!out.updated && after.length) {
      const u = documentDate(line, best(after)!, 'updated-line');
      if (u) out.updated = u;
    }
    if (out.published || before.length === 0) continue;
    const keyword = PUBLISHED.test(line.norm);
    const first = before[0]!;
    const bare =
      line.index < HEAD_LINES &&
      line.raw.trim().split(/\s+/).length <= MAX_DATELINE_WORDS &&
      LEADING.test(text.slice(line.start, first.start));
    if (keyword || bare) {
      const p = documentDate(line, best(before)!, keyword ? 'published-line' : 'dateline');
      if (p) out.published = p;
    }
  }
  return out;
}

/** Raw index of a normalized index within one line (normalization only drops or replaces units). */
function rawIndex(raw: string, norm: string, normIndex: number): number {
  if (raw.length === norm.length) return normIndex;
  const n = normalizeArabic(raw);
  return n.toRaw[normIndex] ?? raw.length;
}
