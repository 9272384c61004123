// The year-outlier heuristic measured on the corpus (see the text note): a year is suspicious when it has
// at least 2 other years in its paragraph ±1 and none of them within 5 years. It is HIGH when it is one
// changed digit or one swapped pair of neighbouring digits away from one of those years and occurs at most
// twice in the document (a real year that is repeated is probably meant); otherwise LOW.
// It found both known typos in corpus 003 (2011 → 2001, 2020 → 2002) and nothing else HIGH.
// Two changes, both measured with eval.ts (injected typos): HIGH needs the corrected year attested nearby,
// and a year with too few years around it is compared with the nearest ones further away (LOW only).

import type { DateMention } from './dates.ts';

export const MIN_OTHER_YEARS = 2;
export const NEAR_YEARS = 5;
export const MAX_OCCURRENCES_FOR_HIGH = 2;

export interface YearOutlier {
  mention: DateMention;
  level: 'high' | 'low';
  /** The other years in the paragraph ±1, in text order. */
  neighbours: number[];
  /** The nearby year one typo away, if any (the most frequent of them around it). */
  suggestion?: number;
  typo?: 'digit' | 'swap';
  /** How often this year value occurs in the document. */
  occurrences: number;
  /** True when the paragraph ±1 had too few years and the neighbours come from further away. */
  widened: boolean;
}

/** 'digit' when one digit differs, 'swap' when two neighbouring digits are exchanged; same length only. */
export function typoBetween(a: number, b: number): 'digit' | 'swap' | undefined {
  const x = String(a);
  const y = String(b);
  if (x.length !== y.length || x === y) return undefined;
  const diff: number[] = [];
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) diff.push(i);
  if (diff.length === 1) return 'digit';
  const [i, j] = diff as [number, number];
  return diff.length === 2 && j === i + 1 && x[i] === y[j] && x[j] === y[i] ? 'swap' : undefined;
}

/**
 * Paragraph index of each offset: every non-blank line is a paragraph (web text puts one paragraph per line,
 * with or without blank lines between), so "±1" means the previous and next non-blank lines.
 */
export function paragraphIndexer(text: string): (offset: number) => number {
  const starts: number[] = [];
  let index = -1;
  const indexOfLine: number[] = [];
  let lineStart = 0;
  for (const line of text.split('\n')) {
    if (line.trim() !== '') index++;
    starts.push(lineStart);
    indexOfLine.push(Math.max(index, 0));
    lineStart += line.length + 1;
  }
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return indexOfLine[lo]!;
  };
}

/** Gregorian year mentions only: a هـ year (1440) beside 2019 is not an outlier. */
function yearMentions(mentions: DateMention[]): (DateMention & { year: number; yearStart: number })[] {
  return mentions.filter(
    (m): m is DateMention & { year: number; yearStart: number } =>
      m.year !== undefined && m.yearStart !== undefined && m.calendar !== 'hijri',
  );
}

/** Applies the heuristic to the year mentions of one text. */
export interface OutlierOptions {
  /**
   * When the paragraph ±1 has fewer than 2 other years, look further (±2, ±3 … the whole text) until it has
   * 2; such outliers are LOW only. Default true. Off = exactly the note's measured rule.
   */
  widen?: boolean;
}

/** Years of the other mentions in the paragraph ±radius, widening until there are enough (or none left). */
function neighbourhood(para: number[], i: number, widen: boolean): { indices: number[]; radius: number } {
  const maxRadius = widen ? Math.max(0, ...para.map((p) => Math.abs(p - para[i]!))) : 1;
  let indices: number[] = [];
  let radius = 1;
  for (; radius <= Math.max(1, maxRadius); radius++) {
    indices = para.flatMap((p, j) => (j !== i && Math.abs(p - para[i]!) <= radius ? [j] : []));
    if (indices.length >= MIN_OTHER_YEARS) break;
  }
  return { indices, radius };
}

/**
 * Applies the heuristic to the year mentions of one text. One tightening over the note: HIGH also needs the
 * year it would be corrected to to be attested, in the same paragraph or twice around it. Without it, a typo
 * next to a correct year made that correct year look like the typo (see eval.ts; precision 0.86–0.95 → 1.0).
 */
export function findYearOutliers(text: string, mentions: DateMention[], opts: OutlierOptions = {}): YearOutlier[] {
  const years = yearMentions(mentions);
  const paragraphOf = paragraphIndexer(text);
  const para = years.map((m) => paragraphOf(m.yearStart));
  const count = new Map<number, number>();
  for (const m of years) count.set(m.year, (count.get(m.year) ?? 0) + 1);
  const out: YearOutlier[] = [];
  years.forEach((m, i) => {
    const { indices, radius } = neighbourhood(para, i, opts.widen ?? true);
    const neighbours = indices.map((j) => years[j]!.year);
    if (neighbours.length < MIN_OTHER_YEARS) return;
    if (neighbours.some((y) => Math.abs(y - m.year) <= NEAR_YEARS)) return;
    const occurrences = count.get(m.year)!;
    const near = mostFrequent(neighbours.filter((y) => typoBetween(m.year, y)));
    const attested =
      indices.some((j) => para[j] === para[i] && years[j]!.year === near) ||
      neighbours.filter((y) => y === near).length >= 2;
    const high = near !== undefined && occurrences <= MAX_OCCURRENCES_FOR_HIGH && radius === 1 && attested;
    const outlier: YearOutlier = {
      mention: m,
      level: high ? 'high' : 'low',
      neighbours,
      occurrences,
      widened: radius > 1,
    };
    if (near !== undefined) Object.assign(outlier, { suggestion: near, typo: typoBetween(m.year, near) });
    out.push(outlier);
  });
  return out;
}

/** The most frequent value (first seen wins a tie): 2002 ×3 beats 2001 ×1 as the intended year. */
function mostFrequent(values: number[]): number | undefined {
  let best: number | undefined;
  let bestCount = 0;
  for (const v of values) {
    const c = values.filter((x) => x === v).length;
    if (c > bestCount) [best, bestCount] = [v, c];
  }
  return best;
}
