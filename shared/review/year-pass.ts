// The year flags of a whole text, in two passes: the dateline first (it is the reference for the rest),
// then every other year; then once more with the HIGH corrections of the first pass applied to the model,
// so a wrong year cannot make its right neighbours look wrong. A range flagged at both ends keeps the end
// whose correction gains more.

import { hijriYearsOf, isValidDate, weekdayOf } from './calendar.ts';
import type { DocumentTime } from './document-time.ts';
import { calendarPair, weekdayOrYear } from './pair-checks.ts';
import { judgeYear, yearReason, type Finding } from './year-check.ts';
import type { YearModel } from './year-model.ts';

/** A finding of one year slot, with what its correction gains (to choose between the ends of a range). */
interface SlotFinding {
  slot: number;
  finding: Finding;
  gain: number;
}

/** A LOW flag suggests its best candidate when it is ahead of the next by this much (chosen on the tuning split). */
const MIN_MARGIN = 0.25;

const toAscii = (s: string): string =>
  s
    .replace(/[\u0660-\u0669]/g, (c) => String(c.charCodeAt(0) - 0x0660))
    .replace(/[\u06F0-\u06F9]/g, (c) => String(c.charCodeAt(0) - 0x06f0));

/** The flag of one year slot: its weekday or Hijri pair first (which part is wrong), else the year alone. */
function slotFinding(model: YearModel, i: number, maxYear: number, time: DocumentTime): SlotFinding | undefined {
  const s = model.slots[i]!;
  const m = s.mention;
  if (m.weekday !== undefined && m.month !== undefined && m.day !== undefined && isValidDate(s.year, m.month, m.day)) {
    if (weekdayOf(s.year, m.month, m.day) !== m.weekday)
      return { slot: i, finding: weekdayOrYear(model, i, maxYear, time), gain: 9 };
  }
  if (s.pair && !hijriYearsOf(s.year).includes(s.pair.year!))
    return { slot: i, finding: calendarPair(model, i, maxYear), gain: 9 };
  const j = judgeYear(model, i, maxYear);
  if (!j.level) return undefined;
  const clear = j.level === 'high' || (j.best && j.best.total - (j.second?.total ?? -Infinity) >= MIN_MARGIN);
  const f: Finding = {
    start: s.start,
    end: s.end,
    kind: 'year-outlier',
    level: j.level,
    reason: yearReason(model, i, j),
  };
  if (clear && j.best) f.suggestion = String(j.best.value);
  return { slot: i, finding: f, gain: j.gain };
}

/** One pass over the slots, the dateline first; sets the model's reference from the dateline's verdict. */
function pass(model: YearModel, maxYear: number, time: DocumentTime, skip: ReadonlySet<number>): SlotFinding[] {
  const out: SlotFinding[] = [];
  const order = model.slots
    .map((_, i) => i)
    .sort((a, b) => Number(model.slots[b]!.role === 'published') - Number(model.slots[a]!.role === 'published'));
  for (const i of order) {
    const s = model.slots[i]!;
    if (s.role === 'updated' || skip.has(i)) continue;
    const f = slotFinding(model, i, maxYear, time);
    if (s.role === 'published' && f) {
      // A dateline whose weekday (or Hijri date) is blamed keeps its year; one whose year is blamed is no
      // reference for the rest, but its correction is when it is clear.
      const onYear = f.finding.start === s.start;
      const clear = f.finding.level === 'high' && f.finding.suggestion !== undefined;
      model.reference = !onYear ? s.year : clear ? Number(toAscii(f.finding.suggestion!)) : undefined;
    }
    if (f) out.push(f);
  }
  return out;
}

export interface YearVerdicts {
  findings: Finding[];
  /** The years the checks trust, by slot: a HIGH correction in place of what is written. */
  trusted: (slot: number) => number;
}

export function yearFindings(model: YearModel, maxYear: number, time: DocumentTime): YearVerdicts {
  model.reference = time.published?.year;
  const first = pass(model, maxYear, time, new Set());
  // The dateline is judged once: the second pass keeps its verdict (and the reference it gave).
  const reference = model.reference;
  const dateline = model.slots.findIndex((s) => s.role === 'published');
  const sure = first.filter(
    (f) => f.finding.level === 'high' && f.finding.kind !== 'weekday-mismatch' && f.finding.suggestion,
  );
  const written = new Map<number, number>();
  for (const f of sure) {
    const s = model.slots[f.slot]!;
    if (f.finding.start !== s.start) continue; // a Hijri year was blamed: the Gregorian one stays
    written.set(f.slot, s.year);
    s.year = Number(toAscii(f.finding.suggestion!));
  }
  const second = pass(model, maxYear, time, new Set([...written.keys(), dateline]));
  for (const [i, y] of written) model.slots[i]!.year = y;
  model.reference = reference;
  const all = keepOneEndOfRanges(model, [
    ...first.filter((f) => written.has(f.slot) || f.slot === dateline),
    ...second,
  ]);
  const corrected = new Map<number, number>();
  for (const f of all) {
    const s = model.slots[f.slot]!;
    if (f.finding.level === 'high' && f.finding.suggestion && f.finding.start === s.start)
      corrected.set(f.slot, Number(toAscii(f.finding.suggestion)));
  }
  return { findings: all.map((f) => f.finding), trusted: (slot) => corrected.get(slot) ?? model.slots[slot]!.year };
}

/** Two ends of a range, or two dates a "ثم" orders, both flagged: the one whose correction gains more. */
function keepOneEndOfRanges(model: YearModel, found: SlotFinding[]): SlotFinding[] {
  const partner = (i: number): number | undefined => {
    const s = model.slots[i]!;
    if (s.range) return s.range.other;
    if (s.then !== undefined) return s.then;
    const before = model.slots.findIndex((o) => o.then === i);
    return before >= 0 ? before : undefined;
  };
  return found.filter((f) => {
    const p = partner(f.slot);
    const other = p === undefined ? undefined : found.find((g) => g.slot === p);
    return !other || f.gain > other.gain || (f.gain === other.gain && f.slot > other.slot);
  });
}
