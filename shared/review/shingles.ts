// Lines with raw offsets and keys, and word shingles: the shared vocabulary of repeated-passage detection.

import { normalizeArabic, type Normalized } from '../text/normalize.ts';
import { words } from '../text/words.ts';

export interface Line {
  /** Raw offsets of the line without its line break. */
  start: number;
  end: number;
  text: string;
  /** Normalized letters and digits only: "أزمة الصواريخ!" and "ازمة  الصواريخ" have the same key. */
  key: string;
  /** Normalized words. */
  words: string[];
  /** The normalized line with its map back to the line's raw offsets. */
  norm: Normalized;
}

/** Every line of the text (blank ones included, with an empty key). */
export function lines(text: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  for (const raw of text.split('\n')) {
    const ws = words(normalizeArabic(raw).text).map((w) => w.text);
    out.push({ start, end: start + raw.length, text: raw, key: ws.join(''), words: ws, norm: normalizeArabic(raw) });
    start += raw.length + 1;
  }
  return out;
}

/** The set of n-word shingles (word n-grams joined by a space); a text shorter than n gives none. */
export function shingles(ws: string[], n: number): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + n <= ws.length; i++) out.add(ws.slice(i, i + n).join(' '));
  return out;
}

/** |A ∩ B| / |A ∪ B|: symmetric, so a short paragraph inside a long one does not count as its duplicate. */
export function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let common = 0;
  for (const s of a) if (b.has(s)) common++;
  return common / (a.size + b.size - common);
}

/**
 * Pairs (later, earlier) of items whose shingle sets overlap by at least `threshold` (Jaccard). An inverted
 * index keeps it near-linear: only items sharing a shingle are compared; very common shingles (in more
 * than `maxPosting` items: formulas, boilerplate) are not used to find candidates.
 */
export function similarPairs(sets: Set<string>[], threshold: number, maxPosting = 50): [number, number, number][] {
  const index = new Map<string, number[]>();
  const out: [number, number, number][] = [];
  sets.forEach((set, i) => {
    const seen = new Set<number>();
    for (const s of set) {
      const posting = index.get(s) ?? [];
      if (posting.length <= maxPosting) for (const j of posting) seen.add(j);
      posting.push(i);
      index.set(s, posting);
    }
    for (const j of seen) {
      const score = jaccard(set, sets[j]!);
      if (score >= threshold) out.push([i, j, score]);
    }
  });
  return out;
}
