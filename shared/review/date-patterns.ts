// The date forms, as regular expressions over NORMALIZED text (normalizeArabic: أ→ا, ة→ه, ٢→2, Latin lower
// case, harakat and tatweel gone). Every form is one small pattern; dates.ts turns matches into mentions.
// All use the `d` flag: group offsets are needed to map the year digits and month names back to raw text.

import { HIJRI_MONTH_PATTERN, MONTH_PATTERN, WEEKDAY_PATTERN } from './date-names.ts';

const LN = '\\p{L}\\p{N}';
/** Not inside a word or number. */
const START = `(?<![${LN}])`;
const END = `(?![${LN}])`;
/** One or two attached letters: و11 يناير, وفي, بعام, لعام, والثلاثاء. */
const PREFIX = '(?:[وف]?[بلك]?)';
/** "الثلاثاء، " "يوم الأحد " "Tuesday, ". */
const WEEKDAY = `(?:(?:يوم\\s+)?(?<wd>${WEEKDAY_PATTERN})\\s*[،,]?\\s*)`;
/** 14, 08, 1st, and ranges 21-22 (the mention starts at the first day). */
const DAY = `(?<day>\\d{1,2})(?!\\d)(?:st|nd|rd|th)?(?:\\s*[-–]\\s*(?<day2>\\d{1,2})(?!\\d))?`;
/** A month, optionally with its other name: أكتوبر/تشرين الأول, نوفمبر-تشرين الثاني, يناير (كانون الثاني). */
const MONTHS = `(?<m1>${MONTH_PATTERN})(?:(?:\\s*[/\\-–]\\s*|\\s*\\(\\s*)(?<m2>${MONTH_PATTERN})\\)?)?${END}`;
/** 2011, 1955م, 1440هـ (هـ is ه once tatweel is dropped). */
const YEAR4 = `(?<year>\\d{4})(?!\\d)(?:\\s?(?<era>م|ه)(?![${LN}]))?`;
/** Between month and year: "23 سبتمبر ,2022", "ابريل من 1959", "أكتوبر عام 2001", "15th of November". */
const MONTH_YEAR_GAP = `\\s*,?\\s*(?:(?:من|of)\\s+)?(?:(?:عام|سنه)\\s+)?`;

const re = (source: string): RegExp => new RegExp(source, 'gdu');

/**
 * Every form is anchored at a digit: `(?=\\d)` fails at once elsewhere, and what comes before the digits
 * (weekday, month name, عام, a preposition) is checked by a lookbehind only there. Trying the month and
 * weekday alternations at every position made extraction 4× slower.
 */
const AT_DIGIT = '(?=\\d)';
const before = (source: string): string => `${AT_DIGIT}(?<=${source})`;

/** Day first: "14 يوليو 2011", "الثلاثاء 08 نوفمبر-تشرين الثاني 2022", "و11 يناير", "15 November 2001". */
export const DAY_FIRST = re(
  `${before(`${START}${PREFIX}${WEEKDAY}?`)}${DAY}\\s*(?:(?:من|of)\\s+)?(?:شهر\\s+)?${MONTHS}(?:${MONTH_YEAR_GAP}${YEAR4})?`,
);

/** Month, then day: "الثلاثاء يوليو 17, 2012", "November 15, 2001", "April 1-11, 2002". */
export const MONTH_DAY = re(
  `${before(`${START}${PREFIX}${WEEKDAY}?${MONTHS}\\s+`)}${DAY}(?:\\s*,\\s*${YEAR4}|(?![${LN}]|\\s*,?\\s*\\d))`,
);

/** Month and year: "ابريل من 1959", "أكتوبر/تشرين الأول 2001", "فبراير 2026", "November 2001". */
export const MONTH_YEAR = re(`${before(`${START}${PREFIX}${WEEKDAY}?${MONTHS}${MONTH_YEAR_GAP}`)}${YEAR4}`);

/** Hijri: "17 شعبان 1443هـ", "الأحد 17 شعبان 1443", "ربيع الأول 1445هـ" (month and year need the هـ). */
const HMONTH = `(?<h1>${HIJRI_MONTH_PATTERN})${END}`;
export const HIJRI_DATE = re(`${before(`${START}${PREFIX}${WEEKDAY}?`)}${DAY}\\s+${HMONTH}\\s*(?:${YEAR4})?`);
export const HIJRI_MONTH_YEAR = re(
  `${before(`${START}${PREFIX}${HMONTH}\\s+(?:(?:عام|سنه)\\s+)?`)}(?<year>\\d{3,4})(?!\\d)\\s?(?<era>ه)(?![${LN}])`,
);

/** Year after عام / سنة (and عامي, the dual): "في عام 2020", "منذ عام 1940", "سنة 1953", "لعام 2011". */
export const YEAR_KEYWORD = re(
  `${before(`${START}(?:[وف]?(?:بال|لل|ال|[بلك])?)(?<kw>عامي|عام|سنتي|سنه)\\s+(?:من\\s+)?`)}(?<year>\\d{3,4})(?!\\d)(?:\\s?(?<era>م|ه)(?![${LN}]))?`,
);

/** Year after a preposition: "في 2002", "منذ 1999", "in 2002", "of 2023". */
export const YEAR_PREPOSITION = re(
  `${before(`${START}(?:[وف]?(?:في|منذ|حتي|خلال|قبل|بعد|مطلع|اوايل|اواخر|اواسط|منتصف|نهايه|بدايه|الموافق|الموافق\\s+ل|بين|من)|in|of|since|by|until|during|before|after|from|to|between|and|year)\\s+`)}${YEAR4}`,
);

/** A year with its era, wherever it stands: "1439هـ/2018م", "الموافق 2021م" (م alone can be metres: 4 digits). */
export const YEAR_ERA = re(`${AT_DIGIT}${START}(?<year>\\d{4})(?!\\d)\\s?(?<era>م|ه)(?![${LN}])`);

/** A year naming an event: "حرب 1967", "دورة ٢٠١٩", "انتخابات 2020", "مونديال 2022". */
export const YEAR_EVENT = re(
  `${before(`${START}[وف]?(?:[بلك]|ال|بال|لل)?(?:حرب|ثوره|ازمه|احداث|انتخابات|دوره|موسم|مونديال|كاس|قمه|اتفاقيه|معاهده|دستور|انتفاضه|نكسه|نكبه|زلزال|فيضان|سيول|اولمبياد|بطوله|ميزانيه|موازنه|تعداد|احصاء|مظاهرات|اعلان)\\s+`)}${YEAR4}`,
);

/** Year in parentheses: "(1962)", "(1962-1963)". */
export const YEAR_PARENTHESES = re(`\\(\\s*${YEAR4}\\s*(?:[-–]\\s*\\d{4}\\s*)?\\)`);

/** A year closing a short line (a heading): "الثورة الكوبية 1959". Lines are checked for length in code. */
export const YEAR_LINE_END = re(`${AT_DIGIT}${START}${YEAR4}(?=[ \\t.)\\]]*(?:\\n|$))`);

/** Another year continuing a list or range: "عامي 2001 و2002", "1962-1963", "2001 to 2003". */
export const YEAR_CONTINUATION = /^\s*(?:و|-|–|الي|حتي|to|and)\s*(\d{4})(?!\d)/du;

/** Numeric: "2022/11/18" (year first) and "18/11/2022" (day first); separators / - . but one kind. */
export const NUMERIC_YEAR_FIRST = re(
  `(?<![\\p{N}/.:\\-])(?<year>\\d{4})(?<sep>[/.\\-])(?<mon>\\d{1,2})\\k<sep>(?<day>\\d{1,2})(?![\\p{N}]|[/.\\-]\\d)`,
);
export const NUMERIC_DAY_FIRST = re(
  `(?<![\\p{N}/.:\\-])(?<day>\\d{1,2})(?<sep>[/.\\-])(?<mon>\\d{1,2})\\k<sep>(?<year>\\d{4})(?![\\p{N}]|[/.\\-]\\d)`,
);

/** Counters before a number at a line's end: "عدد القراءات 1203" is not a year. */
export const COUNTER_BEFORE =
  /(?:القراءات|قراءات|المشاهدات|مشاهدات|الزيارات|التعليقات|تعليقات|views|comments|reads)\s*:?\s*$/u;

/** Words that make "في 1500 X" a count, not a year: "خلال 1000 يوم", "in 2000 years". */
export const COUNT_NOUN =
  /^\s+(?:عام|اعوام|سنه|سنوات|سنين|يوم|ايام|شهر|اشهر|شهور|ساعه|ساعات|دقيقه|دقايق|كيلو\S*|كم|متر|الف|مليون|مليار|دولار|شخص|قتيل|جندي|years?|people|days|km|miles|dollars|troops)(?![\p{L}])/u;
