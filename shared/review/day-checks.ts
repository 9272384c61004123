// Checks of days and weekdays: a weekday that does not fall on its date (with the year written, or the year
// the article's context gives it), "أمس الثلاثاء" against the article's own date, impossible days ("31
// نوفمبر") with the correction that fits, and two names of one month that disagree.

import { addDays, daysBetween, daysInMonth, isValidDate, weekdayOf, type Ymd } from './calendar.ts';
import { monthNumber } from './date-names.ts';
import type { DateMention } from './dates.ts';
import type { DocumentTime } from './document-time.ts';
import { count, dateText, r, weekdayName } from './reasons.ts';
import type { RelativeWeekday } from './relative-dates.ts';
import type { Finding } from './year-check.ts';

/** The year a date without one is in: the paragraph's last year before it, else the one nearest the article. */
export function inferYear(
  m: DateMention,
  paragraphYears: number[],
  time: DocumentTime,
): { year: number; basis: 'paragraph' | 'article' } | undefined {
  const last = paragraphYears.at(-1);
  if (last !== undefined) return { year: last, basis: 'paragraph' };
  const p = time.published;
  if (!p || m.month === undefined || m.day === undefined) return undefined;
  const options = [p.year - 1, p.year, p.year + 1].filter((y) => isValidDate(y, m.month!, m.day!));
  const dist = (y: number) => daysBetween({ year: y, month: m.month!, day: m.day! }, p);
  const pool =
    m.relative === 'last'
      ? options.filter((y) => dist(y) <= 0)
      : m.relative === 'next'
        ? options.filter((y) => dist(y) >= 0)
        : options;
  const year = pool.sort((a, b) => Math.abs(dist(a)) - Math.abs(dist(b)))[0];
  return year === undefined ? undefined : { year, basis: 'article' };
}

/** A weekday on a date without its year, checked in the year its context gives. */
export function weekdayWithoutYear(
  m: DateMention,
  inferred: { year: number; basis: 'paragraph' | 'article' },
  time: DocumentTime,
  /** The article's date is confirmed by more than its digits (see suspicions.ts): HIGH on the article basis. */
  corroborated = true,
): Finding | undefined {
  if (m.weekday === undefined || m.day === undefined || m.month === undefined || m.weekdayStart === undefined)
    return undefined;
  if (!isValidDate(inferred.year, m.month, m.day)) return undefined;
  const actual = weekdayOf(inferred.year, m.month, m.day);
  if (actual === m.weekday) return undefined;
  const date = dateText({ day: m.day, month: m.month, year: inferred.year });
  const [was, said] = [weekdayName(actual), weekdayName(m.weekday)];
  const why =
    inferred.basis === 'paragraph'
      ? r(`This paragraph is about ${inferred.year}, so`, `تتحدث هذه الفقرة عن سنة ${inferred.year}، فيكون`)
      : r(
          `The article is dated ${dateText(time.published!).en}, so`,
          `المقال مؤرخ ${dateText(time.published!).ar}، فيكون`,
        );
  return {
    start: m.weekdayStart,
    end: m.weekdayEnd!,
    kind: 'weekday-mismatch',
    level: inferred.basis === 'paragraph' || corroborated ? 'high' : 'low',
    suggestion: was.ar,
    reason: r(
      `${why.en} ${dateText({ day: m.day, month: m.month }).en} is ${date.en}: a ${was.en}, not a ${said.en}.`,
      `${why.ar} ${dateText({ day: m.day, month: m.month }).ar} هو ${date.ar}، وكان ${was.ar} وليس ${said.ar}.`,
    ),
  };
}

/** "أمس الثلاثاء" must be the day before the article's date. A page stamped after midnight may be a day late. */
export function relativeWeekday(rel: RelativeWeekday, time: DocumentTime, corroborated = true): Finding | undefined {
  const p = time.published;
  if (!p || p.from === 'updated-line') return undefined;
  const day = addDays(p, rel.offset);
  const actual = weekdayOf(day.year, day.month, day.day);
  if (actual === rel.weekday) return undefined;
  const late = p.time !== undefined && p.time.hour < 6 && weekdayOf(...ymd(addDays(day, -1))) === rel.weekday;
  if (late) return undefined;
  const off = Math.min((actual - rel.weekday + 7) % 7, (rel.weekday - actual + 7) % 7);
  const word = [r('yesterday', 'أمس'), r('today', 'اليوم'), r('tomorrow', 'غدًا')][rel.offset + 1]!;
  const [was, said] = [weekdayName(actual), weekdayName(rel.weekday)];
  return {
    start: rel.weekdayStart,
    end: rel.weekdayEnd,
    kind: 'weekday-mismatch',
    // One day off may be an article written the day before it went out; more cannot be.
    level: off === 1 || !corroborated ? 'low' : 'high',
    suggestion: was.ar,
    reason: r(
      `The article is dated ${dateText(p).en}, so ${word.en} was a ${was.en}, not a ${said.en}.`,
      `المقال مؤرخ ${dateText(p).ar}، فيكون ${word.ar} ${was.ar} وليس ${said.ar}.`,
    ),
  };
}

const ymd = (d: Ymd): [number, number, number] => [d.year, d.month, d.day];

/**
 * 31 فبراير, 31 نيسان, 29 February 2023, month 13. The suggestion is the valid day one typo away that fits best:
 * the weekday written with it, the article's date (a report is not dated before what it reports), a swap first.
 */
export function impossibleDate(
  m: DateMention,
  year: number | undefined,
  time: DocumentTime,
  neighbours: readonly number[] = [],
): Finding | undefined {
  if (m.month === undefined || m.day === undefined || m.calendar === 'hijri') return undefined;
  if (m.month < 1 || m.month > 12) {
    return {
      start: m.start,
      end: m.end,
      kind: 'impossible-date',
      level: 'high',
      reason: r(`There is no month ${m.month}.`, `لا يوجد شهر رقمه ${m.month}.`),
    };
  }
  const max = daysInMonth(m.month, m.year);
  if (m.day >= 1 && m.day <= max) return undefined;
  const month = dateText({ month: m.month });
  const finding: Finding = {
    start: m.start,
    end: m.end,
    kind: 'impossible-date',
    level: 'high',
    reason: r(
      `${month.en} has no day ${m.day} (it has ${count(max, 'day').en}${m.year !== undefined && m.month === 2 ? ` in ${m.year}` : ''}).`,
      `لا يوجد يوم ${m.day} في شهر ${month.ar} (عدد أيامه ${count(max, 'day').ar}${m.year !== undefined && m.month === 2 ? ` في سنة ${m.year}` : ''}).`,
    ),
  };
  const best = bestDay(m, year, max, time, neighbours);
  if (best && m.dayStart !== undefined) {
    Object.assign(finding, { start: m.dayStart, end: m.dayEnd!, suggestion: best.text });
    finding.reason = r(`${finding.reason.en} ${best.why.en}`, `${finding.reason.ar} ${best.why.ar}`);
  }
  return finding;
}

function bestDay(
  m: DateMention,
  year: number | undefined,
  max: number,
  time: DocumentTime,
  neighbours: readonly number[],
) {
  const written = String(m.day);
  const options: { day: number; score: number; swap: boolean }[] = [];
  const add = (s: string, swap: boolean) => {
    const day = Number(s);
    if (day < 1 || day > max || options.some((o) => o.day === day)) return;
    // Typing priors: two digits swapped (13 → 31) is the commonest slip; then a wrong tens digit with the
    // units right (17 → 37: one way to get there, where a wrong units digit from 30 has eight).
    let score = swap ? 1 : s.length === written.length && s.at(-1) === written.at(-1) ? 0.5 : 0;
    if (m.weekday !== undefined && year !== undefined) score += weekdayOf(year, m.month!, day) === m.weekday ? 3 : -2;
    const p = time.published;
    if (p && year === p.year && daysBetween({ year, month: m.month!, day }, p) > 0) score -= 1;
    // Other days of the same month in the paragraph: a date is likeliest near the ones told with it.
    if (neighbours.length) score += 1.5 / (1 + Math.min(...neighbours.map((n) => Math.abs(n - day))) / 3);
    options.push({ day, score, swap });
  };
  if (written.length === 2) add(written[1]! + written[0]!, true);
  for (let i = 0; i < written.length; i++)
    for (const c of '0123456789') add(written.slice(0, i) + c + written.slice(i + 1), false);
  options.sort((a, b) => b.score - a.score);
  const [a, b] = options;
  if (!a || (b && b.score >= a.score - 0.25)) return undefined;
  return {
    text: String(a.day),
    why: a.swap
      ? r(
          `With its two digits swapped it is ${a.day}: probably ${a.day}.`,
          `وبتبديل رقميه يصبح ${a.day}: لعله ${a.day}.`,
        )
      : r(`${a.day}, one digit away, fits best.`, `واليوم ${a.day}، بتغيير رقم واحد، هو الأنسب.`),
  };
}

/** "أكتوبر/تشرين الثاني": the two names of a dual month must be the same month. */
export function dualMonthMismatch(m: DateMention): Finding | undefined {
  const [a, b] = m.monthNames ?? [];
  if (a === undefined || b === undefined) return undefined;
  const [ma, mb] = [monthNumber(a), monthNumber(b)];
  if (ma === undefined || mb === undefined || ma === mb) return undefined;
  return {
    start: m.start,
    end: m.end,
    kind: 'dual-month-mismatch',
    level: 'high',
    reason: r(`"${a}" is month ${ma} but "${b}" is month ${mb}.`, `«${a}» هو الشهر ${ma} بينما «${b}» هو الشهر ${mb}.`),
  };
}
