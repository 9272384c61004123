// Year flags from the year model: a year is flagged when something contradicts it (the article's date, the
// weekday beside it, its Hijri counterpart, a range, the order of a sentence's dates) or when it falls far
// from the years around it — and in both cases only when a candidate correction fits clearly better. HIGH
// only when one candidate is clearly best. Background years ("منذ عام 1940", headings) are not suspicious for
// being far alone. A wrong weekday and a wrong year are told apart by which change makes the date fit.

import { weekdayOf } from './calendar.ts';
import { count, dateText, join, r, SHAPE_WORDS, weekdayName, type Reason } from './reasons.ts';
import {
  candidates,
  SHAPE_BONUS,
  type Fit,
  type FitOptions,
  type Shape,
  type Violation,
  type YearModel,
} from './year-model.ts';

export interface Finding {
  start: number;
  end: number;
  kind:
    | 'year-outlier'
    | 'weekday-mismatch'
    | 'calendar-mismatch'
    | 'impossible-date'
    | 'dual-month-mismatch'
    | 'date-order';
  level: 'high' | 'low';
  reason: Reason;
  suggestion?: string;
}

/** Thresholds, chosen on the tuning split. */
const GAIN_HARD = 1.5;
const GAIN_FAR = 2.0;
const GAIN_HIGH = 3.5;
const MARGIN_HIGH = 1;
const FAR = 6;
/** A year this far from every year of the text, with a candidate this close to the years around it. */
const OUT_OF_ERA = 40;
const NEAR_CANDIDATE = 10;
const GAIN_OUT_OF_ERA = 0.5;
/** With no other year in its paragraph ±1, a year must be this far from all of them to look misplaced. */
const LONELY_FAR = 20;
/** A background year ("منذ عام …") this far from every year of the text is suspicious after all (LOW). */
const VERY_FAR = 60;
const BACKGROUND_BONUS = 1.5;
const WEEKDAY_BONUS = 2;
const PAIR_BONUS = 1.5;

interface Scored extends Fit {
  shape?: Shape;
  total: number;
}

export interface YearJudgement {
  written: Scored;
  best?: Scored;
  second?: Scored;
  gain: number;
  level?: 'high' | 'low';
  /** What made the flag: a contradiction, or distance from the other years. */
  basis?: 'contradiction' | 'far';
}

function bonus(model: YearModel, i: number, fit: Fit, opts: FitOptions): number {
  const m = model.slots[i]!.mention;
  let b = 0;
  const ignored = (x: Violation) => opts.ignore?.includes(x);
  if (m.weekday !== undefined && m.day !== undefined && m.month !== undefined && !ignored('weekday'))
    b += fit.violations.includes('weekday') ? 0 : WEEKDAY_BONUS;
  if (model.slots[i]!.pair && !ignored('calendar-pair')) b += fit.violations.includes('calendar-pair') ? 0 : PAIR_BONUS;
  return b;
}

export function judgeYear(model: YearModel, i: number, maxYear: number, opts: FitOptions = {}): YearJudgement {
  const s = model.slots[i]!;
  const wfit = model.fit(i, s.year, opts);
  const written: Scored = {
    ...wfit,
    // A background year is meant to be far; not when it is far from the whole text's time ("منذ عام 1797" in 2022).
    total:
      wfit.score +
      bonus(model, i, wfit, opts) +
      (s.background && model.distanceToAll(i, s.year) < VERY_FAR ? BACKGROUND_BONUS : 0),
  };
  const scored = candidates(s.year, maxYear)
    .map(({ value, shape }) => {
      const fit = model.fit(i, value, opts);
      return { ...fit, shape, total: fit.score + bonus(model, i, fit, opts) + SHAPE_BONUS[shape] };
    })
    .sort((a, b) => b.total - a.total);
  const [best, second] = scored;
  const out: YearJudgement = { written, gain: best ? best.total - written.total : 0 };
  if (best) out.best = best;
  if (second) out.second = second;
  if (!best) return out;
  const hard = written.violations.some((v) => v !== 'far-future');
  const local = model.distanceToLocal(i, s.year);
  const all = model.distanceToAll(i, s.year);
  const lonely = !Number.isFinite(local); // no other year in the paragraph ±1: compare with the whole text
  // A year out of the text's whole time needs a candidate inside it; otherwise one near the years around it.
  const outOfEra = all >= OUT_OF_ERA;
  const near = (v: number) =>
    lonely || outOfEra
      ? model.distanceToAll(i, v) <= NEAR_CANDIDATE / 2 || (outOfEra && model.support(i, v) !== 'none')
      : model.distanceToLocal(i, v) <= NEAR_CANDIDATE;
  const veryFar = s.background && all >= VERY_FAR && (best.support !== 'none' || near(best.value));
  const ahead = model.reference !== undefined && s.year > model.reference;
  // A year the text writes again and again is one it is about, however far from its neighbours. "Far from the
  // years around it" needs two of them: one other year is no cluster (2019 and 2010 in one paragraph).
  const far =
    (lonely ? all >= LONELY_FAR : model.localCount(i) >= 2 && local >= model.farThreshold(i, FAR)) &&
    !(s.future && ahead) &&
    (!s.background || veryFar) &&
    written.support !== 'frequent' &&
    // The candidate must fit where it stands, not only somewhere in the text.
    (best.support === 'same-paragraph' || best.support === 'nearby' || near(best.value));
  // The further a year is from every year of the text, the less a candidate needs to prove.
  const needed =
    all >= OUT_OF_ERA && near(best.value)
      ? GAIN_OUT_OF_ERA
      : local >= 50
        ? GAIN_FAR - 1
        : local >= 20
          ? GAIN_FAR - 0.5
          : GAIN_FAR;
  const margin = best.total - (second?.total ?? -Infinity);
  const clean = best.violations.length === 0;
  const softOnly = written.violations.length > 0 && !hard;
  if (hard && out.gain >= GAIN_HARD) {
    out.basis = 'contradiction';
    out.level = out.gain >= GAIN_HIGH - 0.5 && margin >= MARGIN_HIGH && clean ? 'high' : 'low';
  } else if (
    (far || softOnly) &&
    !symmetric(model, i, best.value) &&
    out.gain + (model.tightAround(i, best.value) ? 1 : 0) >= needed &&
    clean
  ) {
    const tight = model.tightAround(i, best.value) ? 1 : 0;
    out.basis = 'far';
    const attested = best.support === 'same-paragraph' || best.support === 'nearby' || best.support === 'frequent';
    out.level = out.gain + tight >= GAIN_HIGH && margin >= MARGIN_HIGH && attested && !veryFar ? 'high' : 'low';
  }
  return out;
}

/**
 * Two years one typo apart, each written once, and neither near any other year (2019 and 2010 alone in one
 * paragraph): either could be the other's typo, and distance alone cannot say which.
 */
function symmetric(model: YearModel, i: number, c: number): boolean {
  const s = model.slots[i]!;
  const others = model.slots.map((o, j) => ({ o, j })).filter(({ o, j }) => j !== i && o.role === 'body');
  const withC = others.filter(({ o }) => o.year === c);
  if (withC.length !== 1 || others.some(({ o }) => o.year === s.year)) return false;
  const k = withC[0]!;
  const nearK = others
    .filter(({ o, j }) => j !== k.j && Math.abs(o.para - k.o.para) <= 1)
    .map(({ o }) => Math.abs(o.year - c));
  return nearK.length === 0 || Math.min(...nearK) >= FAR;
}

const cap = (s: string) => s[0]!.toUpperCase() + s.slice(1);

/** The reason of a year flag: what contradicts it (or how far it is), then the candidate and why it fits. */
export function yearReason(model: YearModel, i: number, j: YearJudgement): Reason {
  const s = model.slots[i]!;
  const y = s.year;
  const parts: Reason[] = [];
  for (const v of j.written.violations) parts.push(violationText(model, i, v, y));
  if (j.basis === 'far') {
    const local = model.distanceToLocal(i, y);
    const d = Number.isFinite(local) ? local : model.distanceToAll(i, y);
    parts.push(
      r(
        `${y} is ${count(d, 'year').en} or more from every other year around it.`,
        `السنة ${y} تبعد ${count(d, 'year').ar} أو أكثر عن كل السنوات المذكورة حولها.`,
      ),
    );
  }
  const b = j.best;
  if (b && j.level) {
    const where =
      b.support === 'same-paragraph'
        ? r('is written in the same paragraph', 'مذكورة في الفقرة نفسها')
        : b.support === 'nearby'
          ? r('is written nearby', 'مذكورة في فقرة مجاورة')
          : b.support === 'elsewhere' || b.support === 'frequent' || b.support === 'far-off'
            ? r('is written elsewhere in the text', 'مذكورة في موضع آخر من النص')
            : r('fits the years around it', 'تناسب السنوات المذكورة حولها');
    const shape = SHAPE_WORDS[b.shape!];
    parts.push(
      j.level === 'high'
        ? r(
            `${cap(shape.en)} it is ${b.value}, which ${where.en}: probably a typo for ${b.value}.`,
            `و${shape.ar} تصبح ${b.value}، وهي ${where.ar}: لعلها خطأ مطبعي صوابه ${b.value}.`,
          )
        : r(
            `${cap(shape.en)} it would be ${b.value}, which ${where.en}.`,
            `و${shape.ar} تصبح ${b.value}، وهي ${where.ar}.`,
          ),
    );
  }
  return join(...parts);
}

function violationText(model: YearModel, i: number, v: Violation, y: number): Reason {
  const s = model.slots[i]!;
  const m = s.mention;
  switch (v) {
    case 'after-publication':
      return r(
        `${y} is after the article's own year (${model.reference}), and nothing in the sentence looks ahead.`,
        `السنة ${y} بعد سنة المقال نفسه (${model.reference})، ولا شيء في الجملة يشير إلى المستقبل.`,
      );
    case 'after-today':
      return r(`${y} has not come yet.`, `السنة ${y} لم تأتِ بعد.`);
    case 'weekday': {
      const date = dateText({ day: m.day, month: m.month, year: y });
      const actual = weekdayName(weekdayOf(y, m.month!, m.day!));
      const said = weekdayName(m.weekday!);
      return r(`${date.en} was a ${actual.en}, not a ${said.en}.`, `يوم ${date.ar} كان ${actual.ar} وليس ${said.ar}.`);
    }
    case 'calendar-pair':
      return r(
        `${y} does not overlap the Hijri year ${s.pair!.year} written with it.`,
        `السنة ${y} لا توافق السنة الهجرية ${s.pair!.year} المكتوبة معها.`,
      );
    case 'range-order':
      return r(
        `The range around ${y} runs backwards or spans more than 60 years.`,
        `الفترة التي تضم ${y} معكوسة أو تزيد على ستين سنة.`,
      );
    case 'sequence':
      return r(
        `The sentence puts its dates in order ("then", "before", or a list), and ${y} breaks it.`,
        `الجملة ترتب تواريخها زمنيًا («ثم»، «قبل أن»، أو قائمة)، والسنة ${y} تخل بهذا الترتيب.`,
      );
    case 'far-future':
      return r(
        `${y} is more than 20 years after the article's own year (${model.reference}).`,
        `السنة ${y} بعد سنة المقال نفسه (${model.reference}) بأكثر من عشرين سنة.`,
      );
    case 'forecast-in-past':
      return r(
        `The sentence looks ahead, but ${y} is before the article's own year (${model.reference}).`,
        `الجملة تتحدث عن المستقبل، لكن السنة ${y} قبل سنة المقال نفسه (${model.reference}).`,
      );
    case 'weekdays-elsewhere':
      return r(
        `With the article dated ${y}, the weekdays it gives for nearby days ("yesterday, Tuesday") would be wrong.`,
        `لو كان المقال مؤرخًا بسنة ${y} لكانت أيام الأسبوع التي يذكرها لأيام قريبة («أمس الثلاثاء») خاطئة.`,
      );
    case 'before-body':
      return r(
        `The article is dated ${y} but reports later years as past.`,
        `المقال مؤرخ بسنة ${y} لكنه يروي سنوات لاحقة لها بصيغة الماضي.`,
      );
  }
}
