// The years a text talks about, and how well a value fits at one place among them. A wrong year is judged by
// what it contradicts (the article's own date, the weekday beside it, its Hijri counterpart, the range or the
// sequence of dates it stands in) and by how far it falls from the years around it; a candidate correction
// (one changed digit, two neighbouring digits swapped, 19xx ↔ 20xx, ± 10) by how well it fits the same, whether
// or not it is written elsewhere. year-check.ts turns the comparison into flags.

import { addDays, daysBetween, hijriYearsOf, isValidDate, weekdayOf, type Ymd } from './calendar.ts';
import type { DateMention } from './dates.ts';
import type { DocumentTime } from './document-time.ts';
import type { RelativeWeekday } from './relative-dates.ts';
import type { TextContext } from './text-context.ts';
import { buildSlots, type YearSlot } from './year-slots.ts';
import {
  ATTESTATION,
  FAR_PARAGRAPHS,
  FORECAST_HARD,
  FORECAST_SOFT,
  FREQUENT,
  PENALTY,
  PROXIMITY,
  TIGHT_SPAN,
  type Attestation,
  type Fit,
  type Proximity,
  type Violation,
} from './year-weights.ts';

export type { Attestation, Fit, Proximity, Violation } from './year-weights.ts';

export { candidates, SHAPE_BONUS, type Shape, type YearSlot } from './year-slots.ts';

export interface FitOptions {
  /** Leave the weekday or the Hijri pair out: to ask whether the year alone fits the article. */
  ignore?: Violation[];
}

export class YearModel {
  readonly slots: YearSlot[];
  /** The article's own year when nothing contradicts it; later years need a reason (a forecast). */
  reference: number | undefined;
  /** Weekdays fixed by the article's date: relative ones (offset) and dates without a year or paragraph year. */
  readonly fixedWeekdays: { weekday: number; offset?: number; month?: number; day?: number }[];

  constructor(
    private readonly ctx: TextContext,
    text: string,
    mentions: DateMention[],
    private readonly time: DocumentTime,
    private readonly now: Ymd,
    relatives: RelativeWeekday[] = [],
  ) {
    this.slots = buildSlots(ctx, text, mentions, time);
    this.reference = time.published?.year;
    this.fixedWeekdays = [
      ...relatives.map((rel) => ({ weekday: rel.weekday, offset: rel.offset })),
      ...mentions
        .filter(
          (m) =>
            m.weekday !== undefined &&
            m.year === undefined &&
            m.day !== undefined &&
            m.month !== undefined &&
            m.calendar !== 'hijri',
        )
        .filter(
          (m) => !this.slots.some((o) => o.role === 'body' && o.para === ctx.paragraphOf(m.start) && o.end <= m.start),
        )
        .map((m) => ({ weekday: m.weekday!, month: m.month!, day: m.day! })),
    ];
  }

  /** Where else the value is written (never counting the slot itself). */
  support(i: number, v: number): Attestation {
    const s = this.slots[i]!;
    // The other end of its own range is no support: "(2000-2006)" read as "(2006-2006)" is no range.
    const others = this.slots.filter((o, j) => j !== i && o.role === 'body' && j !== s.range?.other);
    if (others.some((o) => o.para === s.para && o.year === v)) return 'same-paragraph';
    if (others.some((o) => Math.abs(o.para - s.para) <= 1 && o.year === v)) return 'nearby';
    const n = others.filter((o) => o.year === v).length;
    if (n >= FREQUENT) return 'frequent';
    // Written only far away (another part of a long text), the same year is weaker support.
    return others.some((o) => o.year === v && Math.abs(o.para - s.para) <= FAR_PARAGRAPHS)
      ? 'elsewhere'
      : n > 0
        ? 'far-off'
        : 'none';
  }

  /** How near the value falls to the years around it, or to the article's own date. */
  proximity(i: number, v: number): Proximity {
    const s = this.slots[i]!;
    const others = this.slots.filter((o, j) => j !== i && o.role === 'body');
    const ys = others.filter((o) => Math.abs(o.para - s.para) <= 1).map((o) => o.year);
    if (ys.some((y) => Math.abs(y - v) <= 2)) return 'near-local';
    const [lo, hi] = [Math.min(...ys), Math.max(...ys)];
    if (ys.length >= 2 && hi - lo <= TIGHT_SPAN && v >= lo && v <= hi) return 'within-span';
    // Recent years fit a paragraph about recent events (or one without years), not a history paragraph.
    const recentParagraph = ys.length === 0 || ys.some((y) => this.reference !== undefined && y >= this.reference - 10);
    if (
      s.role === 'body' &&
      recentParagraph &&
      this.reference !== undefined &&
      v <= this.reference &&
      v >= this.reference - 3
    )
      return 'recent';
    if (others.some((o) => Math.abs(o.para - s.para) <= 3 && Math.abs(o.year - v) <= 5)) return 'close';
    return 'none';
  }

  /** The proximity as a score: its category's weight, or a little for being a few years from the local years. */
  private proximityScore(i: number, v: number, p: Proximity): number {
    if (p !== 'none' && p !== 'close') return PROXIMITY[p];
    const d = this.distanceToLocal(i, v);
    return Math.max(PROXIMITY[p], Number.isFinite(d) ? PROXIMITY['near-local'] * Math.exp(-(d - 2) / 6) : 0);
  }

  /** Distance to the nearest other body year in the paragraph ±1 (Infinity when there is none). */
  distanceToLocal(i: number, v: number): number {
    const s = this.slots[i]!;
    // A range's end is near every year inside the range: "(1961-1972)" stands among the events of 1969.
    const span = s.range ? [v, this.slots[s.range.other]!.year].sort((a, b) => a - b) : undefined;
    let best = Infinity;
    this.slots.forEach((o, j) => {
      if (j === i || o.role !== 'body' || Math.abs(o.para - s.para) > 1) return;
      const inside = span && j !== s.range!.other && o.year >= span[0]! && o.year <= span[1]!;
      best = Math.min(best, inside ? 0 : Math.abs(o.year - v));
    });
    return best;
  }

  /**
   * A news article's dateline year agrees with what it reports: no past year of the body after it, and the
   * latest one at most three years before it (a history piece, dated long after its events, says nothing).
   */
  datelineFitsBody(year: number): boolean {
    const past = this.slots.filter((o) => o.role === 'body' && !o.future).map((o) => o.year);
    if (past.length < 2) return false;
    const latest = Math.max(...past);
    return latest <= year && year - latest <= 3;
  }

  /** How many other body years stand in the paragraph ±1. */
  localCount(i: number): number {
    const s = this.slots[i]!;
    return this.slots.filter((o, j) => j !== i && o.role === 'body' && Math.abs(o.para - s.para) <= 1).length;
  }

  /**
   * How far from the years around it a year must be to look misplaced: at least `min`, and twice the usual
   * gap between those years (a history that moves a decade a paragraph is not a cluster of 2001–2002).
   */
  farThreshold(i: number, min: number): number {
    const s = this.slots[i]!;
    const ys = this.slots
      .filter((o, j) => j !== i && o.role === 'body' && Math.abs(o.para - s.para) <= 1)
      .map((o) => o.year)
      .sort((a, b) => a - b);
    if (ys.length < 3) return min;
    const gaps = ys.map((y, k) =>
      Math.min(k > 0 ? y - ys[k - 1]! : Infinity, k + 1 < ys.length ? ys[k + 1]! - y : Infinity),
    );
    const median = [...gaps].sort((a, b) => a - b)[Math.floor(gaps.length / 2)]!;
    return Math.max(min, 2 * median);
  }

  /** The latest other body year in the paragraph ±1: a forecast looks ahead of the events it stands among. */
  private latestLocal(i: number): number {
    const s = this.slots[i]!;
    let latest = -Infinity;
    this.slots.forEach((o, j) => {
      if (j !== i && o.role === 'body' && Math.abs(o.para - s.para) <= 1) latest = Math.max(latest, o.year);
    });
    return latest;
  }

  /** Distance to the nearest other body year anywhere in the text. */
  distanceToAll(i: number, v: number): number {
    let best = Infinity;
    this.slots.forEach((o, j) => {
      if (j !== i && o.role === 'body') best = Math.min(best, Math.abs(o.year - v));
    });
    return best;
  }

  /** The local years all within 3 years of v (a tight cluster around a candidate). */
  tightAround(i: number, v: number): boolean {
    const s = this.slots[i]!;
    const local = this.slots.filter((o, j) => j !== i && o.role === 'body' && Math.abs(o.para - s.para) <= 1);
    return local.length > 0 && local.every((o) => Math.abs(o.year - v) <= 3);
  }

  violations(i: number, v: number, opts: FitOptions = {}): Violation[] {
    const s = this.slots[i]!;
    const m = s.mention;
    const out: Violation[] = [];
    if (s.role === 'body' && this.reference !== undefined) {
      const ahead = v - this.reference;
      if ((ahead > 1 && !s.future) || ahead > FORECAST_HARD) out.push('after-publication');
      else if (ahead > FORECAST_SOFT) out.push('far-future');
      // "ستنتهي في ديسمبر 1923", "بحلول عام 1925" in a 2023 article: a forecast cannot be in its past.
      else if (s.future && s.futureWord && ahead < -1 && v < this.latestLocal(i)) out.push('forecast-in-past');
    }
    if (v > this.now.year + (s.future && s.role === 'body' ? FORECAST_HARD : 0)) out.push('after-today');
    if (s.role === 'published') {
      const w = this.weekdaysElsewhere(v);
      // One weekday can be a typo of its own; two or more failing together point at the year.
      if (w.fail >= 2 && w.fail > w.hold) out.push('weekdays-elsewhere');
    }
    if (m.weekday !== undefined && m.month !== undefined && m.day !== undefined && m.day <= 31) {
      if (weekdayOf(v, m.month, m.day) !== m.weekday) out.push('weekday');
    }
    if (s.pair && !hijriYearsOf(v).includes(s.pair.year!)) out.push('calendar-pair');
    if (s.range) {
      const o = this.slots[s.range.other]!.year;
      const [a, b] = s.range.first ? [v, o] : [o, v];
      if (a > b || b - a > 60) out.push('range-order');
    }
    if (s.role === 'published' && this.laterBodyYears(v) >= 2) out.push('before-body');
    const before = this.slots.findIndex((o) => o.then === i);
    if (
      (s.then !== undefined && this.dateKey(i, v) > this.dateKey(s.then)) ||
      (before >= 0 && this.dateKey(before) > this.dateKey(i, v))
    )
      out.push('sequence');
    if (this.breaksSequence(i, v)) out.push('sequence');
    return out.filter((x) => !opts.ignore?.includes(x));
  }

  /** A slot's date (its year, or v) as a number that sorts chronologically; month and day when it has them. */
  private dateKey(j: number, v = this.slots[j]!.year): number {
    const m = this.slots[j]!.mention;
    return v * 400 + (m.month ?? 0) * 32 + (m.day ?? 0);
  }

  fit(i: number, v: number, opts: FitOptions = {}): Fit {
    const support = this.support(i, v);
    const proximity = this.proximity(i, v);
    const violations = this.violations(i, v, opts);
    // The dateline's year is the one that makes the article's "أمس الثلاثاء" and "الجمعة 26 فبراير" right.
    const held = this.slots[i]!.role === 'published' ? Math.min(this.weekdaysElsewhere(v).hold, 3) : 0;
    const score =
      ATTESTATION[support] +
      this.proximityScore(i, v, proximity) +
      held -
      violations.reduce((n, x) => n + PENALTY[x], 0);
    return { value: v, score, support, proximity, violations };
  }

  /**
   * Weekdays the article's date fixes ("أمس الثلاثاء", "الجمعة 26 فبراير" in a paragraph without a year): how
   * many more fail than hold if the article's year were v. A wrong dateline year makes them all fail at once.
   */
  weekdaysElsewhere(v: number): { hold: number; fail: number } {
    const p = this.time.published;
    const out = { hold: 0, fail: 0 };
    if (!p) return out;
    for (const w of this.fixedWeekdays) {
      const day = w.offset !== undefined ? addDays({ ...p, year: v }, w.offset) : nearest(v, p, w.month!, w.day!);
      if (day) out[weekdayOf(day.year, day.month, day.day) === w.weekday ? 'hold' : 'fail']++;
    }
    return out;
  }

  /** Body years after v that are not forecasts: an article cannot be older than what it reports. */
  private laterBodyYears(v: number): number {
    return new Set(this.slots.filter((o) => o.role === 'body' && !o.future && o.year > v).map((o) => o.year)).size;
  }

  /**
   * A sentence listing three or more dated days in order, where this one alone breaks the order and v would
   * too: "اختبار في 14 يوليو 2011، ومواعيد لاحقة في 3 ديسمبر 2001، و11 يناير 2002، و15 مارس 2002".
   */
  private breaksSequence(i: number, v: number): boolean {
    const s = this.slots[i]!;
    const row = this.slots
      .map((o, j) => ({ o, j }))
      .filter(({ o }) => o.sentence === s.sentence && o.role === 'body' && o.mention.month !== undefined);
    if (row.length < 3) return false;
    const key = (j: number, y: number) => {
      const m = this.slots[j]!.mention;
      return y * 400 + m.month! * 32 + (m.day ?? 0);
    };
    const sorted = (ks: number[]) => ks.every((k, n) => n === 0 || ks[n - 1]! <= k);
    const others = row.filter(({ j }) => j !== i).map(({ j, o }) => key(j, o.year));
    if (!sorted(others)) return false;
    return !sorted(row.map(({ j, o }) => key(j, j === i ? v : o.year)));
  }
}

/** The date nearest the article's (within half a year) with this month and day, if the article's year is v. */
function nearest(v: number, p: Ymd, month: number, day: number): Ymd | undefined {
  const ref = { ...p, year: v };
  return [v - 1, v, v + 1]
    .filter((y) => isValidDate(y, month, day))
    .map((y) => ({ year: y, month, day }))
    .sort((a, b) => Math.abs(daysBetween(a, ref)) - Math.abs(daysBetween(b, ref)))[0];
}
