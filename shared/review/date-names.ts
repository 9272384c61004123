// Month and weekday names as written in Arabic news and blogs, plus English (translated articles quote it).
// Written here in their usual spelling; they are normalized (normalizeArabic) once, where they are used,
// so أبريل / ابريل / إبريل, يونيو / يونية and "تشرين الأول" / "تشرين الاول" all find the same entry.
// Sources: Intl.DateTimeFormat month lists for ar-EG, ar-SY, ar-MA, ar-DZ/ar-TN (see the text note).

import { normalizeArabic } from '../text/normalize.ts';

/** Month number (1–12) → names. Egyptian/Gulf, Levantine/Iraqi, Moroccan, Algerian/Tunisian, English. */
const MONTHS: ReadonlyArray<readonly [number, readonly string[]]> = [
  [1, ['يناير', 'كانون الثاني', 'كانون ثاني', 'جانفي', 'january', 'jan']],
  [2, ['فبراير', 'شباط', 'فيفري', 'فبرير', 'february', 'feb']],
  [3, ['مارس', 'آذار', 'march', 'mar']],
  [4, ['أبريل', 'إبريل', 'أفريل', 'نيسان', 'april', 'apr']],
  [5, ['مايو', 'أيار', 'ماي', 'may']],
  [6, ['يونيو', 'يونية', 'حزيران', 'جوان', 'june', 'jun']],
  [7, ['يوليو', 'يولية', 'تموز', 'يوليوز', 'جويلية', 'july', 'jul']],
  [8, ['أغسطس', 'آب', 'غشت', 'أوت', 'august', 'aug']],
  [9, ['سبتمبر', 'أيلول', 'شتنبر', 'september', 'sept', 'sep']],
  [10, ['أكتوبر', 'تشرين الأول', 'تشرين أول', 'october', 'oct']],
  [11, ['نوفمبر', 'تشرين الثاني', 'تشرين ثاني', 'نونبر', 'november', 'nov']],
  [12, ['ديسمبر', 'كانون الأول', 'كانون أول', 'دجنبر', 'december', 'dec']],
];

/**
 * Names that are also ordinary words: آب (normalized اب = أب, father), ماي, English "may", "mar".
 * They count as months only beside a day or a year (every date form here needs one); a month name followed
 * by a day alone is accepted for English names only, and never for these.
 */
const AMBIGUOUS = ['آب', 'ماي', 'may', 'mar', 'jan'];

/**
 * Hijri months (1–12), as Arabic sites write them: ربيع الآخر or الثاني, جمادى الآخرة, الثانية or الآخر, ذو or
 * ذي (genitive) القعدة. Most are also words or names (صفر = zero, رمضان and رجب are names), so a Hijri month
 * counts only beside a year (and a day, or هـ): the date forms ask for one.
 */
const HIJRI_MONTHS: ReadonlyArray<readonly [number, readonly string[]]> = [
  [1, ['محرم', 'المحرم']],
  [2, ['صفر']],
  [3, ['ربيع الأول', 'ربيع أول']],
  [4, ['ربيع الآخر', 'ربيع الثاني', 'ربيع ثاني']],
  [5, ['جمادى الأولى', 'جمادى الأول']],
  [6, ['جمادى الآخرة', 'جمادى الثانية', 'جمادى الآخر']],
  [7, ['رجب']],
  [8, ['شعبان']],
  [9, ['رمضان']],
  [10, ['شوال']],
  [11, ['ذو القعدة', 'ذي القعدة']],
  [12, ['ذو الحجة', 'ذي الحجة']],
];

/** Weekday (0 = Sunday … 6 = Saturday, as Date.getUTCDay) → names. */
const WEEKDAYS: ReadonlyArray<readonly [number, readonly string[]]> = [
  [0, ['الأحد', 'sunday']],
  [1, ['الاثنين', 'الإثنين', 'monday']],
  [2, ['الثلاثاء', 'tuesday']],
  [3, ['الأربعاء', 'الاربعاء', 'wednesday']],
  [4, ['الخميس', 'thursday']],
  [5, ['الجمعة', 'friday']],
  [6, ['السبت', 'saturday']],
];

/** The normalized key of a name: normalized letters, runs of spaces as one space. */
function nameKey(name: string): string {
  return normalizeArabic(name).text.replace(/\s+/g, ' ').trim();
}

function index(table: ReadonlyArray<readonly [number, readonly string[]]>): Map<string, number> {
  const map = new Map<string, number>();
  for (const [n, names] of table) for (const name of names) map.set(nameKey(name), n);
  return map;
}

const MONTH_BY_KEY = index(MONTHS);
const HIJRI_BY_KEY = index(HIJRI_MONTHS);
const WEEKDAY_BY_KEY = index(WEEKDAYS);
const AMBIGUOUS_KEYS = new Set(AMBIGUOUS.map(nameKey));

/** Month number of a name in any spelling the table knows (raw or normalized), else undefined. */
export function monthNumber(name: string): number | undefined {
  return MONTH_BY_KEY.get(nameKey(name));
}

export function hijriMonthNumber(name: string): number | undefined {
  return HIJRI_BY_KEY.get(nameKey(name));
}

export function weekdayNumber(name: string): number | undefined {
  return WEEKDAY_BY_KEY.get(nameKey(name));
}

export function isAmbiguousMonth(name: string): boolean {
  return AMBIGUOUS_KEYS.has(nameKey(name));
}

export function isEnglishName(name: string): boolean {
  return /^[a-z]/i.test(name);
}

/** A regex alternation of normalized names, longest first (so "تشرين الثاني" wins over a shorter prefix). */
function alternation(map: Map<string, number>): string {
  return [...map.keys()]
    .sort((a, b) => b.length - a.length)
    .map((k) => k.replace(/ /g, '\\s+'))
    .join('|');
}

export const MONTH_PATTERN = alternation(MONTH_BY_KEY);
export const HIJRI_MONTH_PATTERN = alternation(HIJRI_BY_KEY);
export const WEEKDAY_PATTERN = alternation(WEEKDAY_BY_KEY);

/** Month names for messages: Egyptian/Gulf Arabic and English, index = month − 1. */
export const MONTH_AR = [
  'يناير',
  'فبراير',
  'مارس',
  'أبريل',
  'مايو',
  'يونيو',
  'يوليو',
  'أغسطس',
  'سبتمبر',
  'أكتوبر',
  'نوفمبر',
  'ديسمبر',
];
export const MONTH_EN = [
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

/** Arabic weekday names for messages (index = getUTCDay). */
export const WEEKDAY_AR = ['الأحد', 'الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت'];
export const WEEKDAY_EN = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
