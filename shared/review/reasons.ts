// The words of the date checks' reasons, in English and Arabic, with the noun forms their numbers ask for
// (Intl.PluralRules: Arabic has one, two, few (3–10), many (11–99) and other): "1 year", "سنة واحدة", "سنتان",
// "3 سنوات", "11 سنة". Dates are written out with Egyptian/Gulf month names, as most of the sources do.

import type { Ymd } from './calendar.ts';
import { MONTH_AR, MONTH_EN, WEEKDAY_AR, WEEKDAY_EN } from './date-names.ts';

export interface Reason {
  en: string;
  ar: string;
}

const AR_RULES = new Intl.PluralRules('ar');
const EN_RULES = new Intl.PluralRules('en');

type Noun = { en: [string, string]; ar: Record<'one' | 'two' | 'few' | 'many' | 'other', string> };

const NOUNS = {
  year: {
    en: ['year', 'years'],
    ar: { one: 'سنة واحدة', two: 'سنتان', few: '{n} سنوات', many: '{n} سنة', other: '{n} سنة' },
  },
  day: {
    en: ['day', 'days'],
    ar: { one: 'يوم واحد', two: 'يومان', few: '{n} أيام', many: '{n} يومًا', other: '{n} يوم' },
  },
} satisfies Record<string, Noun>;

/** "3 years" / "3 سنوات", with the form the number takes. */
export function count(n: number, noun: keyof typeof NOUNS): Reason {
  const { en, ar } = NOUNS[noun];
  const category = AR_RULES.select(n) as keyof Noun['ar'];
  const arForm = (category in ar ? ar[category] : ar.other).replace('{n}', String(n));
  return { en: `${n} ${EN_RULES.select(n) === 'one' ? en[0] : en[1]}`, ar: arForm };
}

export function dateText(d: Partial<Ymd> & { year?: number }): Reason {
  const parts = (names: string[]) =>
    [d.day, d.month !== undefined ? names[d.month - 1] : undefined, d.year].filter((x) => x !== undefined).join(' ');
  return { en: parts(MONTH_EN), ar: parts(MONTH_AR) };
}

export const weekdayName = (w: number): Reason => ({ en: WEEKDAY_EN[w]!, ar: WEEKDAY_AR[w]! });

/** Joins reason parts in each language. */
export function join(...parts: Reason[]): Reason {
  return { en: parts.map((p) => p.en).join(' '), ar: parts.map((p) => p.ar).join(' ') };
}

export const r = (en: string, ar: string): Reason => ({ en, ar });

/** The shapes of a typo, for "… is X, which fits". */
export const SHAPE_WORDS: Record<'digit' | 'swap' | 'century' | 'decade', Reason> = {
  digit: r('with one digit changed', 'بتغيير رقم واحد'),
  swap: r('with two neighbouring digits swapped', 'بتبديل رقمين متجاورين'),
  century: r('in the other century (19xx ↔ 20xx)', 'في القرن الآخر (19xx ↔ 20xx)'),
  decade: r('ten years off', 'بفارق عشر سنوات'),
};
