// Words of normalized text, and a cheap "spelling variant" test. Run these on normalizeArabic output: there
// harakat, tatweel and bidi marks are already gone, so a word is simply a run of letters and digits.

/** One word of the normalized text, with its normalized offsets. */
export interface Word {
  text: string;
  start: number;
  end: number;
}

// Letters (any script), marks of other scripts (Devanagari vowel signs belong to their word) and digits.
const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/** Runs of letters/digits in order. Punctuation, spaces and symbols separate words. */
export function words(normalized: string): Word[] {
  const out: Word[] = [];
  for (const m of normalized.matchAll(WORD)) out.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  return out;
}

/**
 * True when a and b are at most one insertion, deletion or substitution apart (Levenshtein ≤ 1).
 * Linear: walks the common prefix, then compares the rest once; never builds the DP table.
 */
export function levenshtein1(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  let i = 0;
  while (i < short.length && short.charCodeAt(i) === long.charCodeAt(i)) i++;
  // Same length: skip one substituted unit in both; otherwise skip the inserted unit in the longer one.
  const restShort = short.length === long.length ? short.slice(i + 1) : short.slice(i);
  return restShort === long.slice(i + 1);
}

/** True when a and b are the same length and differ by one swap of neighbouring units (امريكيه / اميركيه). */
export function oneTransposition(a: string, b: string): boolean {
  if (a.length !== b.length || a === b) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return i + 1 < a.length && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}

/** Length (in code points) the longer of two words needs for fuzzy matching; see spellingVariant. */
const MIN_FUZZY_LENGTH = 5;

/**
 * Opt-in "spelling variants" test: one edit or one swap apart, where the longer word has 5+ letters (so the
 * shorter has 4+). An edit between two short words changes the word (كندي → كندا, Kennedy → Canada); an
 * inserted letter in a 5-letter word is how names are spelled two ways (كندي / كيندي). Even so it is noisy
 * (السلاح → السلام, weapon → peace), which is why it is opt-in and never default.
 */
export function spellingVariant(a: string, b: string): boolean {
  if (a === b) return false;
  if (Math.max(codePoints(a), codePoints(b)) < MIN_FUZZY_LENGTH) return false;
  return levenshtein1(a, b) || oneTransposition(a, b);
}

function codePoints(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}
