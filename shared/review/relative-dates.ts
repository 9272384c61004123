// Weekdays the document's own date fixes: "أمس الثلاثاء", "اليوم الأحد", "غدًا الخميس", and "الثلاثاء الماضي"
// (the last Tuesday before it). Only the first three can be wrong on their own; the last one is resolved for
// the reasons shown, never checked. Matching runs on normalized text; offsets are raw.

import { normalizeArabic, toRawSpan } from '../text/normalize.ts';
import { WEEKDAY_PATTERN, weekdayNumber } from './date-names.ts';

export interface RelativeWeekday {
  start: number;
  end: number;
  /** Raw offsets of the weekday name (what a correction replaces). */
  weekdayStart: number;
  weekdayEnd: number;
  weekday: number;
  /** Days from the document's date: −1 yesterday, 0 today, +1 tomorrow. */
  offset: -1 | 0 | 1;
}

const WORD_END = '(?![\\p{L}\\p{N}])';
const DAY_WORD = new RegExp(
  `(?<![\\p{L}\\p{N}])[وف]?(?<rel>امس|البارحه|اليوم|غدا)${WORD_END}\\s*[،,]?\\s*(?:يوم\\s+)?(?<wd>${WEEKDAY_PATTERN})${WORD_END}`,
  'gdu',
);
const OFFSET: Record<string, -1 | 0 | 1> = { امس: -1, البارحه: -1, اليوم: 0, غدا: 1 };

export function findRelativeWeekdays(raw: string): RelativeWeekday[] {
  const norm = normalizeArabic(raw);
  const out: RelativeWeekday[] = [];
  for (const m of norm.text.matchAll(DAY_WORD)) {
    const g = m.indices!.groups!;
    const rel = g.rel!;
    const wd = g.wd!;
    const span = toRawSpan(raw, norm, rel[0], wd[1]);
    const w = toRawSpan(raw, norm, wd[0], wd[1]);
    out.push({
      start: span.start,
      end: span.end,
      weekdayStart: w.start,
      weekdayEnd: w.end,
      weekday: weekdayNumber(norm.text.slice(wd[0], wd[1]))!,
      offset: OFFSET[norm.text.slice(rel[0], rel[1])]!,
    });
  }
  return out;
}
