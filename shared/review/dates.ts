// Date and year mentions in Arabic text (and English inside it), with raw offsets. Matching runs on the
// normalized text (so أبريل/ابريل, ٢٠٠١/2001 and harakat do not matter); every offset is mapped back.
// No npm parser fits (chrono-node's ar locale finds ~69% of the corpus mentions): see the text note.

import { normalizeArabic, toRawSpan, type Normalized } from '../text/normalize.ts';
import { hijriMonthNumber, isAmbiguousMonth, isEnglishName, monthNumber, weekdayNumber } from './date-names.ts';
import * as P from './date-patterns.ts';

export interface DateMention {
  start: number;
  end: number;
  text: string;
  kind: 'date' | 'year' | 'numeric';
  year?: number;
  month?: number;
  day?: number;
  /** 0 = Sunday … 6 = Saturday (Date.getUTCDay). */
  weekday?: number;
  /** Both names of a dual month ("أكتوبر/تشرين الأول"), as written; absent for a single name. */
  monthNames?: string[];
  /** Raw offsets of the year digits alone: what a year correction replaces. */
  yearStart?: number;
  yearEnd?: number;
  /** 'hijri' for a year marked هـ or a Hijri month: not comparable with Gregorian years as they are. */
  calendar?: 'hijri';
  /** The year was marked م (Gregorian era), as beside a Hijri date. */
  era?: 'ad';
  /** Raw offsets of the weekday name and of the day digits: what a weekday or day correction replaces. */
  weekdayStart?: number;
  weekdayEnd?: number;
  dayStart?: number;
  dayEnd?: number;
  /** "7 يناير الماضي", "مارس المقبل": the last or next such date before or after the document's own. */
  relative?: 'last' | 'next';
}

type Groups = Record<string, [number, number] | undefined>;
type Build = (m: RegExpExecArray, g: Groups, ctx: Ctx) => DateMention | undefined;
interface Ctx {
  raw: string;
  norm: Normalized;
}

/** Raw span and text of a normalized [s, e). */
function span(ctx: Ctx, s: number, e: number): { start: number; end: number; text: string } {
  const r = toRawSpan(ctx.raw, ctx.norm, s, e);
  return { ...r, text: ctx.raw.slice(r.start, r.end) };
}

const num = (ctx: Ctx, g: [number, number] | undefined): number | undefined =>
  g ? Number(ctx.norm.text.slice(g[0], g[1])) : undefined;

/** Builds a mention from the named groups present; it starts at the first group (not at a و/ب prefix). */
function mention(
  m: RegExpExecArray,
  g: Groups,
  ctx: Ctx,
  kind: DateMention['kind'],
  first: string[],
  end?: number,
): DateMention {
  const starts = first.map((k) => g[k]?.[0]).filter((v): v is number => v !== undefined);
  const s = starts.length ? Math.min(...starts) : m.index;
  const out: DateMention = { ...span(ctx, s, end ?? m.index + m[0].length), kind };
  const year = num(ctx, g.year);
  if (year !== undefined && g.year) {
    const ys = toRawSpan(ctx.raw, ctx.norm, g.year[0], g.year[1]);
    Object.assign(out, { year, yearStart: ys.start, yearEnd: ys.end });
  }
  const era = g.era && ctx.norm.text.slice(g.era[0], g.era[1]);
  if (era === 'ه') out.calendar = 'hijri';
  else if (era === 'م') out.era = 'ad';
  const day = num(ctx, g.day);
  if (day !== undefined && g.day) {
    const ds = toRawSpan(ctx.raw, ctx.norm, g.day[0], g.day[1]);
    Object.assign(out, { day, dayStart: ds.start, dayEnd: ds.end });
  }
  if (g.wd) {
    const ws = toRawSpan(ctx.raw, ctx.norm, g.wd[0], g.wd[1]);
    Object.assign(out, {
      weekday: weekdayNumber(ctx.norm.text.slice(g.wd[0], g.wd[1])),
      weekdayStart: ws.start,
      weekdayEnd: ws.end,
    });
  }
  if (g.h1) Object.assign(out, { month: hijriMonthNumber(ctx.norm.text.slice(g.h1[0], g.h1[1])), calendar: 'hijri' });
  const after = RELATIVE_AFTER.exec(ctx.norm.text.slice(end ?? m.index + m[0].length));
  if (after && out.year === undefined) out.relative = after[1] === 'الماضي' || after[1] === 'الماضيه' ? 'last' : 'next';
  if (g.m1) {
    out.month = monthNumber(ctx.norm.text.slice(g.m1[0], g.m1[1]));
    if (g.m2) out.monthNames = [span(ctx, g.m1[0], g.m1[1]).text, span(ctx, g.m2[0], g.m2[1]).text];
  }
  return out;
}

const DATE_FIRST = ['wd', 'day', 'm1', 'h1'];
/** "… الماضي / المقبل" right after a date without a year. */
const RELATIVE_AFTER = /^\s+(الماضي|الماضيه|المقبل|المقبله|القادم|القادمه)(?![\p{L}])/u;
const inRange = (y: number | undefined): boolean => y !== undefined && y >= 1000 && y <= 2999;

/** Each form, most specific first; on overlap the longer mention wins, then the earlier form. */
const FORMS: ReadonlyArray<readonly [RegExp, Build]> = [
  [
    P.HIJRI_DATE,
    (m, g, c) => {
      const out = mention(m, g, c, 'date', DATE_FIRST);
      // "10 صفر" alone is a count; a Hijri day and month need a year, or a weekday before them.
      return out.year !== undefined || out.weekday !== undefined ? { ...out, calendar: 'hijri' } : undefined;
    },
  ],
  [P.HIJRI_MONTH_YEAR, (m, g, c) => ({ ...mention(m, g, c, 'date', DATE_FIRST), calendar: 'hijri' })],
  [P.NUMERIC_YEAR_FIRST, (m, g, c) => numeric(mention(m, g, c, 'numeric', ['year']), num(c, g.mon)!, false)],
  [P.NUMERIC_DAY_FIRST, (m, g, c) => numeric(mention(m, g, c, 'numeric', ['day']), num(c, g.mon)!, true)],
  [P.DAY_FIRST, (m, g, c) => mention(m, g, c, 'date', DATE_FIRST)],
  [
    P.MONTH_DAY,
    (m, g, c) => {
      const name = c.norm.text.slice(g.m1![0], g.m1![1]);
      // Without a year, "month day" is an English habit ("November 15"); in Arabic "مارس 15" is a verb and a count.
      if (!g.year && (!isEnglishName(name) || isAmbiguousMonth(name))) return undefined;
      return mention(m, g, c, 'date', DATE_FIRST);
    },
  ],
  [P.MONTH_YEAR, (m, g, c) => mention(m, g, c, 'date', DATE_FIRST)],
  [P.YEAR_KEYWORD, (m, g, c) => mention(m, g, c, 'year', ['kw'])],
  [P.YEAR_EVENT, (m, g, c) => mention(m, g, c, 'year', ['year'])],
  [
    P.YEAR_PREPOSITION,
    (m, g, c) => {
      const out = mention(m, g, c, 'year', ['year']);
      return inRange(out.year) && !P.COUNT_NOUN.test(c.norm.text.slice(m.index + m[0].length)) ? out : undefined;
    },
  ],
  [
    P.YEAR_ERA,
    (m, g, c) => {
      const out = mention(m, g, c, 'year', ['year']);
      return out.calendar === 'hijri' || inRange(out.year) ? out : undefined;
    },
  ],
  [P.YEAR_PARENTHESES, (m, g, c) => mention(m, g, c, 'year', ['year'], (g.era ?? g.year)![1])],
  [
    P.YEAR_LINE_END,
    (m, g, c) => {
      const out = mention(m, g, c, 'year', ['year']);
      const head = c.norm.text.slice(c.norm.text.lastIndexOf('\n', m.index) + 1, m.index);
      // A heading's year ("الثورة الكوبية 1959"), not a read counter ("عدد القراءات 1203").
      return inRange(out.year) && shortLine(c.norm.text, m.index) && !P.COUNTER_BEFORE.test(head) ? out : undefined;
    },
  ],
];

/** Numeric dates: day-first unless the middle number cannot be a month and the first can (US order). */
function numeric(out: DateMention, mon: number, dayFirst: boolean): DateMention | undefined {
  let month = mon;
  let day = out.day!;
  if (dayFirst && month > 12 && day <= 12) [month, day] = [day, month];
  if (month > 31 || day > 31) return undefined; // a reference number, not a date
  return { ...out, month, day };
}

/** A heading-like line: at most 8 words. A year ending a long sentence line is not a heading. */
function shortLine(text: string, at: number): boolean {
  const from = text.lastIndexOf('\n', at) + 1;
  const to = text.indexOf('\n', at);
  const line = text.slice(from, to < 0 ? text.length : to);
  return line.trim().split(/\s+/).length <= 8;
}

/** All date, year and numeric-date mentions in raw text, in order, not overlapping. */
export function extractDates(raw: string): DateMention[] {
  const ctx: Ctx = { raw, norm: normalizeArabic(raw) };
  const found: { m: DateMention; rank: number }[] = [];
  FORMS.forEach(([pattern, build], rank) => {
    for (const m of ctx.norm.text.matchAll(pattern)) {
      const built = build(m as RegExpExecArray, (m.indices?.groups ?? {}) as Groups, ctx);
      if (built) found.push({ m: built, rank });
    }
  });
  found.sort((a, b) => a.m.start - b.m.start || b.m.end - b.m.start - (a.m.end - a.m.start) || a.rank - b.rank);
  const kept: DateMention[] = [];
  for (const { m } of found) if (!kept.some((k) => k.start < m.end && m.start < k.end)) kept.push(m);
  return addContinuations(
    ctx,
    kept.sort((a, b) => a.start - b.start),
  );
}

/** "عامي 2001 و2002", "1962-1963": the year after a year mention is a year too. */
function addContinuations(ctx: Ctx, mentions: DateMention[]): DateMention[] {
  const out: DateMention[] = [];
  for (let i = 0; i < mentions.length; i++) {
    let last: DateMention = mentions[i]!;
    out.push(last);
    const next = mentions[i + 1];
    while (last.year !== undefined && last.yearEnd === last.end) {
      const at = normalizedOffset(ctx.norm, last.end);
      const c = P.YEAR_CONTINUATION.exec(ctx.norm.text.slice(at));
      if (!c?.indices?.[1]) break;
      const [s, e] = c.indices[1].map((v) => v + at) as [number, number];
      const r = span(ctx, s, e);
      if (next && r.end > next.start) break;
      last = { ...r, kind: 'year', year: Number(c[1]), yearStart: r.start, yearEnd: r.end };
      out.push(last);
    }
  }
  return out;
}

/** The normalized offset of a raw offset (first normalized unit at or after it). */
function normalizedOffset(norm: Normalized, rawOffset: number): number {
  let lo = 0;
  let hi = norm.toRaw.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (norm.toRaw[mid]! < rawOffset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
