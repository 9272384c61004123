// Typo injection for the suspicion evaluation: a seeded PRNG, the three typo kinds, and the year mentions
// that can receive one. Pure and deterministic: the same seed always injects the same typos.

import { extractDates } from './dates.ts';
import { NEAR_YEARS, paragraphIndexer } from './year-outliers.ts';

export type TypoKind = 'digit' | 'swap' | 'century';
export const TYPO_KINDS: readonly TypoKind[] = ['digit', 'swap', 'century'];

export interface EvalDoc {
  id: string;
  text: string;
  /** Real typos already in the text (corpus 003 has two): a HIGH flag there is right, not a false alarm. */
  known?: { start: number; end: number }[];
}

/** A 4-digit year mention that can receive a typo, with what the clean text says around it. */
export interface Target {
  doc: EvalDoc;
  start: number;
  end: number;
  /** Years of the other mentions in the paragraph ±1 of the clean text. */
  neighbours: number[];
  /** Years of all other mentions of the text. */
  others: number[];
}

export { mulberry32 } from '../random/prng.ts';

export const pickInt = (rand: () => number, n: number): number => Math.floor(rand() * n);

/**
 * A typo of a 4-digit year, or undefined when the kind cannot apply (2222 has nothing to swap). Digits and
 * positions are uniform; no leading zero is produced (nobody writes 0962).
 */
export function makeTypo(year: string, kind: TypoKind, rand: () => number): string | undefined {
  const d = [...year];
  if (kind === 'digit') {
    const at = pickInt(rand, d.length);
    const choices = [...'0123456789'].filter((c) => c !== d[at] && !(at === 0 && c === '0'));
    d[at] = choices[pickInt(rand, choices.length)]!;
  } else if (kind === 'swap') {
    const pairs = [0, 1, 2].filter((i) => d[i] !== d[i + 1] && !(i === 0 && d[1] === '0'));
    if (pairs.length === 0) return undefined;
    const i = pairs[pickInt(rand, pairs.length)]!;
    [d[i], d[i + 1]] = [d[i + 1]!, d[i]!];
  } else {
    // Wrong century: 1962 → 1862 or 2062, keeping the last two digits.
    const century = Number(year.slice(0, 2)) + (rand() < 0.5 ? -1 : 1);
    if (century < 10 || century > 29) return undefined;
    return `${century}${year.slice(2)}`;
  }
  return d.join('');
}

export const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean =>
  a.start < b.end && b.start < a.end;

/** Every 4-digit Gregorian year mention of every text, except the known typos themselves. */
export function targets(docs: EvalDoc[]): Target[] {
  return docs.flatMap((doc) => {
    const years = extractDates(doc.text).filter((m) => m.yearStart !== undefined && m.calendar !== 'hijri');
    const paragraphOf = paragraphIndexer(doc.text);
    const para = years.map((m) => paragraphOf(m.yearStart!));
    return years
      .map((m, i) => ({
        doc,
        start: m.yearStart!,
        end: m.yearEnd!,
        neighbours: years.filter((_, j) => j !== i && Math.abs(para[j]! - para[i]!) <= 1).map((n) => n.year!),
        others: years.filter((_, j) => j !== i).map((n) => n.year!),
      }))
      .filter((t) => t.end - t.start === 4 && !(doc.known ?? []).some((k) => overlaps(k, t)));
  });
}

/**
 * Typo classes judged on the CLEAN text, independent of the detector's code. detectable: more than 5 years
 * from every other year of the text (1962 → 1963 is invisible to any rule that only reads the text).
 * inReach: the note's own premise, ≥ 2 other years in the paragraph ±1 and all more than 5 years away.
 */
export function typoClass(target: Target, typo: number): { detectable: boolean; inReach: boolean } {
  const far = (ys: number[]): boolean => ys.every((y) => Math.abs(y - typo) > NEAR_YEARS);
  return { detectable: far(target.others), inReach: target.neighbours.length >= 2 && far(target.neighbours) };
}
