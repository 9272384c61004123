// The year mentions of a text as slots for the year model: where each stands (paragraph, sentence), what the
// words around it say (a forecast, a background year, a heading), what it is joined to (its Hijri counterpart,
// the other end of a range, the next date a "ثم" orders), and the candidate corrections of a written year.

import type { DateMention } from './dates.ts';
import type { DocumentTime } from './document-time.ts';
import { isBackgroundCued, isFutureCued, isHeading, type TextContext } from './text-context.ts';

export type Shape = 'digit' | 'swap' | 'century' | 'decade';

export interface YearSlot {
  mention: DateMention;
  year: number;
  /** Raw offsets of the year digits. */
  start: number;
  end: number;
  para: number;
  sentence: number;
  future: boolean;
  /** A forecast word or a future verb (not a bare "حتى" or "قبل", which also end past periods). */
  futureWord: boolean;
  background: boolean;
  role: 'body' | 'published' | 'updated';
  /** The Hijri mention written as this year's counterpart ("1440هـ (2019م)"). */
  pair?: DateMention;
  /** "1959-1962", "بين عامي 1974 و1978": the other end of the range, and whether this is the first. */
  range?: { other: number; first: boolean };
  /** The next date of the sentence, which a "ثم" or "قبل أن" puts after this one. */
  then?: number;
}

/**
 * How likely each shape of typo is, as a bonus to its candidate: one value for a century flip, two for a
 * decade slip, up to three swaps, ~27 single-digit changes. With the shapes about equally common, a given
 * century flip is far likelier than a given changed digit (a noisy-channel prior; chosen on the tuning split).
 */
export const SHAPE_BONUS: Record<Shape, number> = { century: 1.3, decade: 1.0, swap: 0.8, digit: 0 };

export function buildSlots(ctx: TextContext, text: string, mentions: DateMention[], time: DocumentTime): YearSlot[] {
  const gregorian = mentions.filter((m) => m.year !== undefined && m.yearStart !== undefined && m.calendar !== 'hijri');
  const hijri = mentions.filter((m) => m.calendar === 'hijri' && m.year !== undefined);
  const slots: YearSlot[] = gregorian.map((m) => ({
    mention: m,
    year: m.year!,
    start: m.yearStart!,
    end: m.yearEnd!,
    para: ctx.paragraphOf(m.start),
    sentence: ctx.sentenceOf(m.start),
    future: isFutureCued(ctx, m.start, m.end),
    futureWord: isFutureCued(ctx, m.start, m.end, false),
    background: isBackgroundCued(ctx, m.start, m.end) || isHeading(text, ctx, m.start),
    role: time.published?.mention === m ? 'published' : time.updated?.mention === m ? 'updated' : 'body',
    ...pairOf(text, m, hijri),
  }));
  linkRanges(text, slots);
  return slots;
}

/** The Hijri mention right before or after a Gregorian year, joined by "الموافق", "/", "-", "(". */
function pairOf(text: string, m: DateMention, hijri: DateMention[]): { pair?: DateMention } {
  for (const h of hijri) {
    const between = h.end <= m.start ? text.slice(h.end, m.start) : m.end <= h.start ? text.slice(m.end, h.start) : '';
    if (between.length <= 16 && /^[\sـ]*(?:\(|\/|-|–|الموافق\s*(?:ل)?|،)?\s*(?:لسنة|لعام|سنة|عام)?\s*$/u.test(between))
      return { pair: h };
  }
  return {};
}

/** Ranges between consecutive year mentions: "1959-1962", "(1832-1847)", "بين عامي 1974 و1978", "من 2015 إلى 2019". */
function linkRanges(text: string, slots: YearSlot[]): void {
  for (let j = 1; j < slots.length; j++) {
    const a = slots[j - 1]!;
    const b = slots[j]!;
    const dash = /^\s*[-–]\s*$/u.test(text.slice(a.end, b.start));
    const between = text.slice(a.mention.end, b.mention.start);
    const head = text.slice(Math.max(0, a.mention.start - 14), a.mention.start);
    const pairWords =
      /^\s*(?:و|إلى|الى|حتى|وحتى)\s*(?:عام\s*)?$/u.test(between) &&
      /(?:بين|من|الفترة|الفتره)\s*(?:عامي|عام|سنتي)?\s*$/u.test(head);
    if (dash || pairWords) {
      a.range = { other: j, first: true };
      b.range = { other: j - 1, first: false };
    } else if (a.sentence === b.sentence && THEN.test(between) && between.length <= 120) {
      a.then = j;
    }
  }
}

/** Words between two dates of a sentence that put them in order: "… عام 2006، ثم … عام 2008", "قبل أن". */
const THEN = /(?<![\p{L}])(?:ثم|قبل\s+أن|قبل\s+ان|لاحقا|لاحقًا|بعد\s+ذلك)(?![\p{L}])/u;

/** Candidate corrections of a written year: every shape, each value once (its likeliest shape). */
export function candidates(y: number, max: number): { value: number; shape: Shape }[] {
  const out = new Map<number, Shape>();
  const add = (v: number, shape: Shape) => {
    if (v >= 1000 && v <= max && v !== y && (!out.has(v) || SHAPE_BONUS[shape] > SHAPE_BONUS[out.get(v)!]))
      out.set(v, shape);
  };
  const d = String(y);
  if (d.length !== 4) return [];
  for (let at = 0; at < 4; at++)
    for (const c of '0123456789') if (c !== d[at]) add(Number(d.slice(0, at) + c + d.slice(at + 1)), 'digit');
  for (let at = 0; at < 3; at++) add(Number(d.slice(0, at) + d[at + 1] + d[at] + d.slice(at + 2)), 'swap');
  // The other century: 19xx ↔ 20xx (the common slip), and 18xx ↔ 19xx in history writing.
  const century: Record<string, string[]> = { '18': ['19'], '19': ['20', '18'], '20': ['19'] };
  for (const c of century[d.slice(0, 2)] ?? []) add(Number(`${c}${d.slice(2)}`), 'century');
  add(y + 10, 'decade');
  add(y - 10, 'decade');
  return [...out].map(([value, shape]) => ({ value, shape }));
}
