// Dates whose parts disagree, and which part to blame: a weekday and a year ("الثلاثاء 7 مايو 2091" in a 2019
// article: the year, not the weekday, differs from the article), a Gregorian year and the Hijri year beside
// it, and an update line dated before the publication. The part whose change makes the date fit the article
// is the one flagged, with that change as the suggestion.

import { daysBetween, gregorianYearsOf, hijriYearsOf, weekdayOf } from './calendar.ts';
import type { DocumentTime } from './document-time.ts';
import { dateText, r, SHAPE_WORDS, weekdayName } from './reasons.ts';
import { judgeYear, type Finding } from './year-check.ts';
import { candidates, SHAPE_BONUS, type YearModel } from './year-model.ts';

/** How much better a candidate year must fit than the written one for the year to be blamed. */
const BLAME_YEAR = 1.5;
const HIGH_YEAR = 2.5;

/** A weekday that is not the date's: the weekday is wrong unless a year that fits better makes it right. */
export function weekdayOrYear(model: YearModel, i: number, maxYear: number, time: DocumentTime): Finding {
  const s = model.slots[i]!;
  const m = s.mention;
  const alone = judgeYear(model, i, maxYear, { ignore: ['weekday'] });
  const w0 = alone.written.total;
  const matching = candidates(s.year, maxYear)
    .filter((c) => weekdayOf(c.value, m.month!, m.day!) === m.weekday)
    .map((c) => {
      const fit = model.fit(i, c.value, { ignore: ['weekday'] });
      return { ...c, fit, total: fit.score + SHAPE_BONUS[c.shape] };
    })
    .sort((a, b) => b.total - a.total);
  const [cw, next] = matching;
  const actual = weekdayOf(s.year, m.month!, m.day!);
  const date = dateText({ day: m.day, month: m.month, year: s.year });
  const [was, said] = [weekdayName(actual), weekdayName(m.weekday!)];
  const mismatch = r(`${date.en} was a ${was.en}, not a ${said.en}.`, `يوم ${date.ar} كان ${was.ar} وليس ${said.ar}.`);
  if (
    cw &&
    cw.fit.violations.every((v) => v === 'far-future') &&
    (cw.total >= w0 + BLAME_YEAR || (alone.level && alone.best?.value === cw.value))
  ) {
    const unique = !next || next.total <= cw.total - 1;
    const shape = SHAPE_WORDS[cw.shape];
    // HIGH when the year alone is clearly worse, or when the year model, weekday included, is sure of cw.
    const whole = judgeYear(model, i, maxYear);
    const sure = (cw.total - w0 >= HIGH_YEAR && unique) || (whole.level === 'high' && whole.best?.value === cw.value);
    return {
      start: s.start,
      end: s.end,
      kind: 'year-outlier',
      level: sure ? 'high' : 'low',
      suggestion: String(cw.value),
      reason: r(
        `${mismatch.en} It is the year that differs from the article: ${shape.en} it is ${cw.value}, which fits it, and ${dateText({ day: m.day, month: m.month, year: cw.value }).en} was a ${said.en}.`,
        `${mismatch.ar} والسنة هي ما يخالف المقال: ف${shape.ar} تصبح ${cw.value}، وهي تناسبه، وكان ${dateText({ day: m.day, month: m.month, year: cw.value }).ar} يوم ${said.ar}.`,
      ),
    };
  }
  // A page stamped near midnight in another time zone is a day off; a date in history is not.
  const off = Math.min((actual - m.weekday! + 7) % 7, (m.weekday! - actual + 7) % 7);
  const stamp = s.role === 'published' && time.published?.time !== undefined && off === 1;
  return {
    start: m.weekdayStart ?? m.start,
    end: m.weekdayEnd ?? m.end,
    kind: 'weekday-mismatch',
    level: stamp ? 'low' : 'high',
    suggestion: was.ar,
    reason: stamp
      ? r(
          `${mismatch.en} One day off on a page stamp with a time: the site may have dated it in another time zone.`,
          `${mismatch.ar} فرق يوم واحد في ختم صفحة مع ساعة: لعل الموقع أرّخه بتوقيت آخر.`,
        )
      : r(
          `${mismatch.en} The year fits the article, so the weekday is probably what is wrong.`,
          `${mismatch.ar} والسنة تناسب المقال، فالأرجح أن الخطأ في اسم اليوم.`,
        ),
  };
}

/** Hijri years one typo from a written one (3 or 4 digits), as [value, shape]. */
function hijriCandidates(h: number): { value: number; shape: 'digit' | 'swap' }[] {
  const d = String(h);
  const out = new Map<number, 'digit' | 'swap'>();
  for (let at = 0; at < d.length - 1; at++)
    out.set(Number(d.slice(0, at) + d[at + 1] + d[at] + d.slice(at + 2)), 'swap');
  for (let at = 0; at < d.length; at++)
    for (const c of '0123456789') {
      const v = Number(d.slice(0, at) + c + d.slice(at + 1));
      if (!out.has(v)) out.set(v, 'digit');
    }
  out.delete(h);
  return [...out].filter(([v]) => String(v).length === d.length).map(([value, shape]) => ({ value, shape }));
}

/** A Gregorian year and the Hijri year written with it that do not overlap. */
export function calendarPair(model: YearModel, i: number, maxYear: number): Finding {
  const s = model.slots[i]!;
  const h = s.pair!;
  const alone = judgeYear(model, i, maxYear, { ignore: ['calendar-pair'] });
  const w0 = alone.written.total;
  const greg = candidates(s.year, maxYear)
    .filter((c) => hijriYearsOf(c.value).includes(h.year!))
    .map((c) => ({ ...c, total: model.fit(i, c.value, { ignore: ['calendar-pair'] }).score + SHAPE_BONUS[c.shape] }))
    .sort((a, b) => b.total - a.total)[0];
  const hij = hijriCandidates(h.year!)
    .filter((c) => hijriYearsOf(s.year).includes(c.value))
    .sort((a, b) =>
      a.shape === b.shape ? Math.abs(a.value - h.year!) - Math.abs(b.value - h.year!) : a.shape === 'swap' ? -1 : 1,
    );
  const span = gregorianYearsOf(h.year!);
  const base = r(
    `${h.year} AH ran over ${span.join('–')}, not ${s.year}.`,
    `السنة ${h.year}هـ تقابل ${span.join('–')}م، لا ${s.year}م.`,
  );
  // The side to blame: the one a typo can fix. When both can, the Gregorian year if it does not fit the article
  // by itself (or a candidate fits clearly better), else the Hijri year.
  const gregorianToBlame = greg && (hij.length === 0 || alone.level !== undefined || greg.total >= w0 + BLAME_YEAR);
  if (greg && gregorianToBlame) {
    return {
      start: s.start,
      end: s.end,
      kind: 'calendar-mismatch',
      level: greg.total >= w0 + HIGH_YEAR ? 'high' : 'low',
      suggestion: String(greg.value),
      reason: r(
        `${base.en} The Gregorian year is what differs from the article: ${SHAPE_WORDS[greg.shape].en} it is ${greg.value}.`,
        `${base.ar} والسنة الميلادية هي ما يخالف المقال: ف${SHAPE_WORDS[greg.shape].ar} تصبح ${greg.value}.`,
      ),
    };
  }
  const [best, other] = hij;
  const f: Finding = {
    start: h.yearStart!,
    end: h.yearEnd!,
    kind: 'calendar-mismatch',
    level: 'high',
    reason: r(`${base.en} The Gregorian year fits the article.`, `${base.ar} والسنة الميلادية تناسب المقال.`),
  };
  if (best && (!other || other.shape !== best.shape || best.shape === 'swap')) {
    f.suggestion = String(best.value);
    f.reason = r(
      `${f.reason.en} ${SHAPE_WORDS[best.shape].en} the Hijri year is ${best.value}, which matches ${s.year}.`,
      `${f.reason.ar} و${SHAPE_WORDS[best.shape].ar} تصبح السنة الهجرية ${best.value}، وهي توافق ${s.year}.`,
    );
  }
  return f;
}

/** "آخر تحديث" dated before "نُشر": the update's year is blamed when one typo makes it a little later. */
export function updateBeforePublished(text: string, time: DocumentTime): Finding | undefined {
  const { published: p, updated: u } = time;
  if (!p || !u || !p.mention || u.mention.yearStart === undefined || daysBetween(u, p) >= 0) return undefined;
  const fits = candidates(u.year, p.year + 2)
    .map((c) => ({ ...c, gap: daysBetween({ ...u, year: c.value }, p) }))
    .filter((c) => c.gap >= 0 && c.gap <= 366)
    .sort((a, b) => a.gap - b.gap || SHAPE_BONUS[b.shape] - SHAPE_BONUS[a.shape]);
  void text;
  const f: Finding = {
    start: u.mention.yearStart,
    end: u.mention.yearEnd!,
    kind: 'date-order',
    level: 'high',
    reason: r(
      `Last updated ${dateText(u).en} is before published ${dateText(p).en}.`,
      `تاريخ آخر تحديث (${dateText(u).ar}) أسبق من تاريخ النشر (${dateText(p).ar}).`,
    ),
  };
  if (fits[0]) {
    f.suggestion = String(fits[0].value);
    f.reason = r(
      `${f.reason.en} ${SHAPE_WORDS[fits[0].shape].en} it is ${fits[0].value}, just after.`,
      `${f.reason.ar} و${SHAPE_WORDS[fits[0].shape].ar} تصبح ${fits[0].value}، بعده بقليل.`,
    );
  }
  return f;
}
