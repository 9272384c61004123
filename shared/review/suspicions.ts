// Values that are probably typos, for the reviewer to confirm: never corrected automatically. Each comes with
// a reason in English and Arabic, and a suggestion when one is evident (the nearby year one typo away).

import { extractDates, type DateMention } from './dates.ts';
import { monthNumber as monthOf, WEEKDAY_AR, WEEKDAY_EN } from './date-names.ts';
import { findYearOutliers, type OutlierOptions, type YearOutlier } from './year-outliers.ts';

export interface Suspicion {
  start: number;
  end: number;
  text: string;
  kind: 'year-outlier' | 'impossible-date' | 'weekday-mismatch' | 'dual-month-mismatch';
  level: 'high' | 'low';
  reason: { en: string; ar: string };
  /** Replacement for [start, end) when one is evident. */
  suggestion?: string;
}

/** All suspicions in a text, in text order. Pass mentions when they are already extracted. */
export function findSuspicions(
  text: string,
  mentions: DateMention[] = extractDates(text),
  opts: OutlierOptions = {},
): Suspicion[] {
  const out: Suspicion[] = findYearOutliers(text, mentions, opts).map((o) => yearSuspicion(text, o));
  for (const m of mentions) {
    const s = impossibleDate(m) ?? weekdayMismatch(m) ?? dualMonthMismatch(m);
    if (s) out.push(s);
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** The span is the year digits alone, so the suggestion can replace them as is. */
function yearSuspicion(text: string, o: YearOutlier): Suspicion {
  const { year, yearStart, yearEnd } = o.mention as Required<DateMention>;
  const list = [...new Set(o.neighbours)].join(', ');
  const listAr = [...new Set(o.neighbours)].join('، ');
  let en = `${year} is more than 5 years away from every other year around it (${list})`;
  let ar = `السنة ${year} تبعد أكثر من 5 سنوات عن كل السنوات المذكورة حولها (${listAr})`;
  if (o.suggestion !== undefined) {
    const how = o.typo === 'swap' ? 'two neighbouring digits swapped' : 'one digit changed';
    const howAr = o.typo === 'swap' ? 'بتبديل رقمين متجاورين' : 'بتغيير رقم واحد';
    en += `, but only ${how} from ${o.suggestion}`;
    ar += `، لكنها لا تختلف عن ${o.suggestion} إلا ${howAr}`;
    if (o.level === 'low') {
      en += `; it occurs ${o.occurrences} times in the text, so it may be meant`;
      ar += `؛ وهي مذكورة ${o.occurrences} ${o.occurrences <= 10 ? 'مرات' : 'مرة'} في النص، فلعلها مقصودة`;
    } else {
      en += `: probably a typo for ${o.suggestion}`;
      ar += `: لعلها خطأ مطبعي صوابه ${o.suggestion}`;
    }
  }
  const s: Suspicion = {
    start: yearStart,
    end: yearEnd,
    text: text.slice(yearStart, yearEnd),
    kind: 'year-outlier',
    level: o.level,
    reason: { en: `${en}.`, ar: `${ar}.` },
  };
  if (o.suggestion !== undefined) s.suggestion = String(o.suggestion);
  return s;
}

const MONTH_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** Days in a month; February has 29 when the year is unknown (a leap year cannot be ruled out). */
export function daysInMonth(month: number, year?: number): number {
  if (month === 2) return year === undefined || isLeap(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

function suspicion(
  m: DateMention,
  kind: Suspicion['kind'],
  level: Suspicion['level'],
  en: string,
  ar: string,
): Suspicion {
  return { start: m.start, end: m.end, text: m.text, kind, level, reason: { en, ar } };
}

/** 31 فبراير, 31 نيسان, 29 February 2023, month 13 in a numeric date, day 0. Certain: HIGH. */
function impossibleDate(m: DateMention): Suspicion | undefined {
  if (m.month === undefined || m.day === undefined || m.calendar === 'hijri') return undefined;
  if (m.month < 1 || m.month > 12) {
    return suspicion(m, 'impossible-date', 'high', `There is no month ${m.month}.`, `لا يوجد شهر رقمه ${m.month}.`);
  }
  const max = daysInMonth(m.month, m.year);
  if (m.day >= 1 && m.day <= max) return undefined;
  const inYear = m.year !== undefined && m.month === 2 ? ` in ${m.year}` : '';
  const inYearAr = m.year !== undefined && m.month === 2 ? ` في سنة ${m.year}` : '';
  return suspicion(
    m,
    'impossible-date',
    'high',
    `${MONTH_EN[m.month - 1]} has no day ${m.day} (it has ${max} days${inYear}).`,
    `لا يوجد يوم ${m.day} في الشهر ${m.month} (عدد أيامه ${max}${inYearAr}).`,
  );
}

/**
 * The weekday given does not fall on the date (UTC calendar arithmetic, no time zones involved). One day off
 * is LOW: sites stamp pages near midnight in another time zone; more than one day off is HIGH.
 */
function weekdayMismatch(m: DateMention): Suspicion | undefined {
  if (m.weekday === undefined || m.year === undefined || m.month === undefined || m.day === undefined) return undefined;
  const date = new Date(Date.UTC(2000, m.month - 1, m.day));
  date.setUTCFullYear(m.year); // Date.UTC maps years 0–99 to 1900s; set the year explicitly
  const actual = date.getUTCDay();
  if (actual === m.weekday) return undefined;
  const off = Math.min((actual - m.weekday + 7) % 7, (m.weekday - actual + 7) % 7);
  const numeric = `${m.day}/${m.month}/${m.year}`;
  return suspicion(
    m,
    'weekday-mismatch',
    off === 1 ? 'low' : 'high',
    `${numeric} was a ${WEEKDAY_EN[actual]}, not a ${WEEKDAY_EN[m.weekday]}.`,
    `يوم ${numeric} كان يوم ${WEEKDAY_AR[actual]} وليس ${WEEKDAY_AR[m.weekday]}.`,
  );
}

/** "أكتوبر/تشرين الثاني": the two names of a dual month must be the same month. */
function dualMonthMismatch(m: DateMention): Suspicion | undefined {
  const [a, b] = m.monthNames ?? [];
  if (a === undefined || b === undefined) return undefined;
  const [ma, mb] = [monthOf(a), monthOf(b)];
  if (ma === undefined || mb === undefined || ma === mb) return undefined;
  return suspicion(
    m,
    'dual-month-mismatch',
    'high',
    `"${a}" is month ${ma} but "${b}" is month ${mb}.`,
    `«${a}» هو الشهر ${ma} بينما «${b}» هو الشهر ${mb}.`,
  );
}
