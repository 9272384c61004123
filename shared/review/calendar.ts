// Calendar arithmetic for the date checks: Gregorian weekdays and month lengths (UTC, so no time zone is
// involved), and Hijri years and dates through the ICU Islamic calendars built into Intl (no dependency).
// Sites use Umm al-Qura (Saudi), the civil (tabular) calendar or local sighting, a day or two apart: a Hijri
// date agrees with a Gregorian one when any of them puts it within two days.

export interface Ymd {
  year: number;
  month: number;
  day: number;
}

const DAY = 86_400_000;

/** Noon UTC of a Gregorian date; years 0–99 are real years (Date.UTC would map them to 1900–1999). */
function utcNoon(year: number, month: number, day: number): Date {
  const d = new Date(Date.UTC(2000, month - 1, day, 12));
  d.setUTCFullYear(year);
  return d;
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(year: number, month: number, day: number): number {
  return utcNoon(year, month, day).getUTCDay();
}

function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/** Days in a month; February has 29 when the year is unknown (a leap year cannot be ruled out). */
export function daysInMonth(month: number, year?: number): number {
  if (month === 2) return year === undefined || isLeap(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export function isValidDate(year: number | undefined, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(month, year);
}

/** Days from b to a. */
export function daysBetween(a: Ymd, b: Ymd): number {
  return Math.round((+utcNoon(a.year, a.month, a.day) - +utcNoon(b.year, b.month, b.day)) / DAY);
}

export function addDays(date: Ymd, days: number): Ymd {
  const d = new Date(+utcNoon(date.year, date.month, date.day) + days * DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

const CALENDARS = ['islamic-umalqura', 'islamic-civil', 'islamic-tbla'] as const;
const FORMATS = CALENDARS.map(
  (c) =>
    new Intl.DateTimeFormat(`en-u-ca-${c}-nu-latn`, {
      timeZone: 'UTC',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
    }),
);

/** The Hijri date of a Gregorian day in one of the calendars (0 = Umm al-Qura). */
function hijriOf(date: Ymd, calendar = 0): Ymd {
  const parts: Record<string, string> = {};
  for (const p of FORMATS[calendar]!.formatToParts(utcNoon(date.year, date.month, date.day))) parts[p.type] = p.value;
  return { year: Number.parseInt(parts.year ?? '0', 10), month: Number(parts.month), day: Number(parts.day) };
}

/** Hijri years that overlap a Gregorian year (two, sometimes three). */
export function hijriYearsOf(gregorianYear: number): number[] {
  const first = hijriOf({ year: gregorianYear, month: 1, day: 1 }).year;
  const last = hijriOf({ year: gregorianYear, month: 12, day: 31 }).year;
  const out: number[] = [];
  for (let h = first; h <= last; h++) out.push(h);
  return out;
}

/** Gregorian years a Hijri year overlaps (a Hijri year is 354 days, so one or two). */
export function gregorianYearsOf(hijriYear: number): number[] {
  const approx = Math.round(hijriYear * 0.970229 + 621.5643);
  return [approx - 1, approx, approx + 1].filter((g) => hijriYearsOf(g).includes(hijriYear));
}

/**
 * The Gregorian days a Hijri date falls on, in the calendars above (usually one to three neighbouring days).
 * Found by stepping from an estimate: the Hijri year is 354.367 days, its epoch 622-07-16 (Julian).
 */
export function gregorianOfHijri(h: Ymd): Ymd[] {
  const estimate = addDays(
    { year: 622, month: 7, day: 19 },
    Math.round((h.year - 1) * 354.367 + (h.month - 1) * 29.53 + h.day - 1),
  );
  const out: Ymd[] = [];
  for (let k = -6; k <= 6; k++) {
    const g = addDays(estimate, k);
    for (let c = 0; c < CALENDARS.length; c++) {
      const x = hijriOf(g, c);
      if (x.year === h.year && x.month === h.month && x.day === h.day) {
        out.push(g);
        break;
      }
    }
  }
  return out;
}
