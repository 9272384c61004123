// Clean insertions for the date evaluation: correct sentences (background years, a heading with a year, dates
// with their right weekday, a right Hijri/Gregorian pair, a range, a forecast) put between the paragraphs of a
// text. A flag on one is a false alarm. Values come from the text's own date (EvalText.publishedAt).

import { addDays, hijriYearsOf, MONTHS, utcDate, WEEKDAYS } from './calendar.ts';
import type { EvalText } from './inject.ts';

type Rand = () => number;
const int = (rand: Rand, lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));

const monthName = (m: number) => MONTHS[m - 1]![1][0];

function dayPhrase(date: Date, withYear: boolean): string {
  const wd = WEEKDAYS[date.getUTCDay()];
  const core = `${wd} ${date.getUTCDate()} ${monthName(date.getUTCMonth() + 1)}`;
  return withYear ? `${core} ${date.getUTCFullYear()}` : core;
}

/** The templates, each given the document's date. Written for this project. */
const TEMPLATES: ReadonlyArray<(p: Date, rand: Rand) => string> = [
  (p, r) => `وتعود بدايات هذه القصة إلى عام ${int(r, 1900, p.getUTCFullYear() - 25)}.`,
  (p, r) =>
    `وتتكرر هذه المطالب منذ عام ${int(r, p.getUTCFullYear() - 40, p.getUTCFullYear() - 5)} دون أن تجد طريقها إلى التنفيذ.`,
  (p, r) => `ذكريات ${int(r, p.getUTCFullYear() - 60, p.getUTCFullYear() - 1)}`,
  (p, r) => `وعُقد لقاء تشاوري يوم ${dayPhrase(addDays(p, -int(r, 1, 900)), true)} لبحث الموضوع نفسه.`,
  (p, r) => `وجرى الإعلان عن ذلك يوم ${dayPhrase(addDays(p, -int(r, 1, 60)), false)} في بيان مقتضب.`,
  (p, r) => {
    const g = int(r, p.getUTCFullYear() - 15, p.getUTCFullYear() - 1);
    const hs = hijriYearsOf(g);
    return `وكان ذلك في عام ${hs[int(r, 0, hs.length - 1)]}هـ الموافق ${g}م بحسب الوثائق الرسمية.`;
  },
  (p, r) => {
    const a = int(r, p.getUTCFullYear() - 30, p.getUTCFullYear() - 7);
    return `وشهدت الفترة (${a}-${a + int(r, 1, 6)}) تحولات كبيرة في هذا الملف.`;
  },
  (p, r) => `ويتوقع الخبراء أن تتضاعف الأرقام بحلول عام ${p.getUTCFullYear() + int(r, 2, 15)}.`,
  (p) => `وأكد مسؤول أمس ${WEEKDAYS[addDays(p, -1).getUTCDay()]} أن العمل مستمر.`,
];

/** A clean line inserted at the start of a random line after the first three non-blank ones. */
export function insertion(doc: EvalText, rand: Rand): { start: number; end: number; text: string } | undefined {
  const [y, m, d] = doc.publishedAt.split('-').map(Number) as [number, number, number];
  const published = utcDate(y, m, d);
  const starts: number[] = [];
  let offset = 0;
  let seen = 0;
  for (const line of doc.text.split('\n')) {
    if (seen >= 3) starts.push(offset);
    if (line.trim() !== '') seen++;
    offset += line.length + 1;
  }
  const at = starts.filter((s) => s < doc.text.length);
  if (at.length === 0) return undefined;
  const start = at[int(rand, 0, at.length - 1)]!;
  const sentence = TEMPLATES[int(rand, 0, TEMPLATES.length - 1)]!(published, rand);
  return { start, end: start, text: `${sentence}\n` };
}
