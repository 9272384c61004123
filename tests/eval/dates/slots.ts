// Where the date evaluation can inject an error: years, weekdays, days, Hijri/Gregorian pairs, the dateline
// and the "last updated" line of a clean text. Found with this folder's own small tables and patterns, NOT with
// the detector's extractor (shared/review/dates.ts): a date the detector cannot read must still receive errors,
// or the evaluation would only measure what the detector already sees.

import { MONTHS, WEEKDAYS } from './calendar.ts';

export type Script = 'latin' | 'arabic' | 'persian';

export interface Span {
  start: number;
  end: number;
}

export interface YearSlot extends Span {
  value: number;
  script: Script;
  calendar: 'gregorian' | 'hijri';
  /** The document's own date (its first dated line near the top, or a "published" line). */
  dateline: boolean;
  /** The date of a "last updated" line. */
  update: boolean;
  /** The whole date this year belongs to (weekday … year), when it is part of one. */
  date?: DateSlot;
}

export interface DateSlot extends Span {
  day: number;
  month: number;
  year?: number;
  dayStart: number;
  dayEnd: number;
  weekday?: { start: number; end: number; value: number };
  /** "أمس الثلاثاء", "اليوم الأحد": a weekday with no day number, fixed by the document's date. */
  relative?: 'yesterday' | 'today';
}

export interface PairSlot extends Span {
  hijri: YearSlot;
  gregorian: YearSlot;
}

export interface Slots {
  years: YearSlot[];
  dates: DateSlot[];
  pairs: PairSlot[];
  relatives: DateSlot[];
}

const DIGIT = '[0-9\u0660-\u0669\u06F0-\u06F9]';

export function digitValue(s: string): number {
  return Number(
    s
      .replace(/[\u0660-\u0669]/g, (c) => String(c.charCodeAt(0) - 0x0660))
      .replace(/[\u06F0-\u06F9]/g, (c) => String(c.charCodeAt(0) - 0x06f0)),
  );
}

export function scriptOf(s: string): Script {
  return /[\u0660-\u0669]/.test(s) ? 'arabic' : /[\u06F0-\u06F9]/.test(s) ? 'persian' : 'latin';
}

export function writeDigits(n: number | string, script: Script, width = 0): string {
  const s = String(n).padStart(width, '0');
  if (script === 'latin') return s;
  const base = script === 'arabic' ? 0x0660 : 0x06f0;
  return s.replace(/[0-9]/g, (d) => String.fromCharCode(base + Number(d)));
}

/** Length-preserving fold (أ إ آ → ا) so names match however the hamza was written. */
const fold = (s: string): string => s.replace(/[أإآ]/g, 'ا');

const alt = (names: readonly string[]) =>
  [...names]
    .map(fold)
    .sort((a, b) => b.length - a.length)
    .join('|');
const MONTH_ALT = alt(MONTHS.flatMap(([, n]) => n));
const MONTH_OF = new Map(MONTHS.flatMap(([m, names]) => names.map((n) => [fold(n), m] as const)));
const WEEKDAY_ALT = alt([...WEEKDAYS, 'الإثنين']);
const weekdayValue = (w: string): number => (w === 'الاثنين' ? 1 : WEEKDAYS.map(fold).indexOf(w));

const DAY_MONTH = new RegExp(
  `(?<!${DIGIT})(${DIGIT}{1,2})\\s+(?:من\\s+)?(${MONTH_ALT})(?:\\s*[-/]\\s*(?:${MONTH_ALT}))?(?:\\s*[،,]?\\s*(?:من\\s+)?(?:عام\\s+)?(${DIGIT}{4})(?!${DIGIT}))?`,
  'gu',
);
const MONTH_DAY_YEAR = new RegExp(`(${MONTH_ALT})\\s+(${DIGIT}{1,2}),\\s*(${DIGIT}{4})`, 'gu');
const WEEKDAY_BEFORE = new RegExp(`(${WEEKDAY_ALT})[\\s،,]*$`, 'u');
const RELATIVE = new RegExp(`(امس|اليوم)\\s+(${WEEKDAY_ALT})(?![\\p{L}])`, 'gu');
const YEAR = new RegExp(`(?<!${DIGIT})(${DIGIT}{4})(?!${DIGIT})(\\s?هـ|\\s?ه(?![\\p{L}]))?`, 'gu');
const PUBLISHED_LINE = /^\s*(?:نُ?شر|تاريخ النشر|مرسل)/u;

/** All slots of a clean text. `notYears`: four-digit numbers that are counts, not years ("عدد القراءات 1203"). */
export function findSlots(text: string, notYears: readonly string[] = []): Slots {
  const folded = fold(text);
  const dates = findDates(folded);
  const years = findYears(text, dates, notYears);
  markDateline(text, years);
  return { years, dates, pairs: findPairs(text, years), relatives: findRelatives(folded) };
}

function findDates(folded: string): DateSlot[] {
  const out: DateSlot[] = [];
  for (const m of folded.matchAll(DAY_MONTH)) {
    const dayStart = m.index;
    const slot: DateSlot = {
      start: dayStart,
      end: m.index + m[0].length,
      day: digitValue(m[1]!),
      month: MONTH_OF.get(m[2]!)!,
      dayStart,
      dayEnd: dayStart + m[1]!.length,
    };
    if (m[3]) slot.year = digitValue(m[3]);
    out.push(withWeekday(folded, slot));
  }
  for (const m of folded.matchAll(MONTH_DAY_YEAR)) {
    const dayStart = m.index + m[0].indexOf(m[2]!, m[1]!.length);
    const slot: DateSlot = {
      start: m.index,
      end: m.index + m[0].length,
      day: digitValue(m[2]!),
      month: MONTH_OF.get(m[1]!)!,
      year: digitValue(m[3]!),
      dayStart,
      dayEnd: dayStart + m[2]!.length,
    };
    out.push(withWeekday(folded, slot));
  }
  return out.sort((a, b) => a.start - b.start);
}

function withWeekday(folded: string, slot: DateSlot): DateSlot {
  const before = folded.slice(Math.max(0, slot.start - 16), slot.start);
  const w = WEEKDAY_BEFORE.exec(before);
  if (!w) return slot;
  const start = slot.start - before.length + w.index;
  return { ...slot, start, weekday: { start, end: start + w[1]!.length, value: weekdayValue(w[1]!) } };
}

function findRelatives(folded: string): DateSlot[] {
  const out: DateSlot[] = [];
  for (const m of folded.matchAll(RELATIVE)) {
    const start = m.index + m[0].length - m[2]!.length;
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      day: 0,
      month: 0,
      dayStart: start,
      dayEnd: start,
      weekday: { start, end: start + m[2]!.length, value: weekdayValue(m[2]!) },
      relative: m[1] === 'امس' ? 'yesterday' : 'today',
    });
  }
  return out;
}

function findYears(text: string, dates: DateSlot[], notYears: readonly string[]): YearSlot[] {
  const out: YearSlot[] = [];
  for (const m of text.matchAll(YEAR)) {
    const value = digitValue(m[1]!);
    if (value < 1000 || value > 2099 || notYears.includes(m[1]!)) continue;
    const start = m.index;
    const end = start + 4;
    const slot: YearSlot = {
      start,
      end,
      value,
      script: scriptOf(m[1]!),
      calendar: m[2] ? 'hijri' : 'gregorian',
      dateline: false,
      update: false,
    };
    const date = dates.find((d) => d.year === value && d.start <= start && end <= d.end);
    if (date) slot.date = date;
    out.push(slot);
  }
  for (const y of out) y.update = isUpdate(text, y);
  return out;
}

/** The year of a date that follows "آخر تحديث" on its line. */
function isUpdate(text: string, y: YearSlot): boolean {
  const lineStart = text.lastIndexOf('\n', y.start) + 1;
  // Before the date (or before "16/09/" of a numeric date): "… آخر تحديث: ".
  const head = text
    .slice(lineStart, y.date?.start ?? y.start)
    .replace(/[0-9\u0660-\u0669]{1,2}[/.][0-9\u0660-\u0669]{1,2}[/.]$/u, '');
  return /(?:آخر تحديث|تحديث)\s*:?\s*$/u.test(head);
}

/** The first Gregorian year of a dated line among the first six lines, or of a "published" line. */
function markDateline(text: string, years: YearSlot[]): void {
  const lines = text.split('\n');
  let offset = 0;
  const firstLines: Span[] = [];
  for (const line of lines) {
    if (line.trim() !== '') firstLines.push({ start: offset, end: offset + line.length });
    offset += line.length + 1;
    if (firstLines.length === 6) break;
  }
  for (const line of firstLines) {
    const inLine = years.filter(
      (y) => y.calendar === 'gregorian' && !y.update && y.start >= line.start && y.end <= line.end,
    );
    const published = PUBLISHED_LINE.test(text.slice(line.start, line.end));
    const dated = inLine.find((y) => y.date || /^\d{4}\/\d{2}\/\d{2}$/.test(text.slice(y.start, y.start + 10)));
    if (inLine[0] && (published || dated)) {
      (dated ?? inLine[0]).dateline = true;
      return;
    }
  }
}

/** A Hijri year and a Gregorian year written as one pair: "1440هـ (2019م)", "1439هـ/2018م", "… هـ - … م". */
function findPairs(text: string, years: YearSlot[]): PairSlot[] {
  const out: PairSlot[] = [];
  for (const h of years.filter((y) => y.calendar === 'hijri')) {
    const g = years.find((y) => y.calendar === 'gregorian' && y.start > h.end && y.start - h.end <= 30);
    if (!g) continue;
    const between = text.slice(h.end, g.start);
    if (/^\s?هـ?\s*(?:\(|\/|-|الموافق\s*(?:ل)?|\s)[^.،\n]*$/u.test(between))
      out.push({ start: h.start, end: g.end, hijri: h, gregorian: g });
  }
  return out;
}
