// Calendar facts for the date evaluation, computed independently of the detector (shared/review/): weekdays
// from UTC dates, Hijri years and dates from the ICU Islamic calendars built into Intl. The evaluation uses
// them to check that the hand-written fixtures are right and to write clean insertions.

export const WEEKDAYS = ['الأحد', 'الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت'] as const;

/** Month names the fixtures use (Egyptian/Gulf, Levantine, Maghrebi), month number 1–12. */
export const MONTHS: ReadonlyArray<readonly [number, readonly string[]]> = [
  [1, ['يناير', 'كانون الثاني', 'جانفي']],
  [2, ['فبراير', 'شباط', 'فيفري']],
  [3, ['مارس', 'آذار']],
  [4, ['أبريل', 'نيسان', 'أفريل']],
  [5, ['مايو', 'أيار', 'ماي']],
  [6, ['يونيو', 'حزيران', 'جوان']],
  [7, ['يوليو', 'تموز', 'جويلية']],
  [8, ['أغسطس', 'آب', 'أوت']],
  [9, ['سبتمبر', 'أيلول']],
  [10, ['أكتوبر', 'تشرين الأول']],
  [11, ['نوفمبر', 'تشرين الثاني']],
  [12, ['ديسمبر', 'كانون الأول']],
];

export function utcDate(y: number, m: number, d: number): Date {
  const date = new Date(Date.UTC(2000, m - 1, d, 12));
  date.setUTCFullYear(y);
  return date;
}

export function weekdayOf(y: number, m: number, d: number): number {
  return utcDate(y, m, d).getUTCDay();
}

export function daysIn(m: number, y?: number): number {
  if (m === 2) return y === undefined || (y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0)) ? 29 : 28;
  return [4, 6, 9, 11].includes(m) ? 30 : 31;
}

const HIJRI = new Intl.DateTimeFormat('en-u-ca-islamic-umalqura-nu-latn', {
  timeZone: 'UTC',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
});

/** The Umm al-Qura Hijri date of a Gregorian day. */
function hijriOf(date: Date): { year: number; month: number; day: number } {
  const parts = Object.fromEntries(HIJRI.formatToParts(date).map((p) => [p.type, p.value]));
  return { year: Number.parseInt(parts.year!, 10), month: Number(parts.month), day: Number(parts.day) };
}

/** Hijri years that overlap a Gregorian year (two, sometimes three). */
export function hijriYearsOf(gregorianYear: number): number[] {
  const first = hijriOf(utcDate(gregorianYear, 1, 1)).year;
  const last = hijriOf(utcDate(gregorianYear, 12, 31)).year;
  const out: number[] = [];
  for (let h = first; h <= last; h++) out.push(h);
  return out;
}

export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * 86_400_000);
}
