// matchWord's spelling-variant rules on the compact bytes of a word (locate.ts), without decoding it: the
// cheap position tests first, then the readings one by one.

import { ALEF, CLITIC_CODES, CLITIC_START_CODES, LAM_LAM, LAM_LAM_CODES, MIN_STEM } from './query.ts';

/**
 * matchWord's spelling-variant step on the bytes of a word without WILD units, for a query word `code`
 * (compact, no WILD) of `points` code points: the readings in wordForms order, each tested as
 * spellingVariant would (one edit or one swap, the longer having 5+ code points; BMP only, so units are
 * code points). Returns the first matching reading's offset, or -1.
 */
export function variantAt(
  s: string,
  start: number,
  end: number,
  code: string,
  points: number,
  clitics: boolean,
): number {
  const len = end - start;
  // Every reading ends where the word ends, and one edit or swap leaves one of the query word's last two
  // units in one of the reading's last two places: most words fail this before any reading is built.
  const w1 = code.charCodeAt(code.length - 1);
  const w2 = code.charCodeAt(code.length - 2);
  const e1 = s.charCodeAt(end - 1);
  const e2 = s.charCodeAt(end - 2);
  if (e1 !== w1 && e1 !== w2 && e2 !== w1 && e2 !== w2) return -1;
  if (isVariant(code, points, s, start, end, false)) return 0;
  if (!clitics || !CLITIC_START_CODES.has(s.charCodeAt(start))) return -1;
  for (const p of CLITIC_CODES) {
    if (
      len - p.length >= MIN_STEM &&
      s.startsWith(p, start) &&
      isVariant(code, points, s, start + p.length, end, false)
    )
      return p.length;
  }
  for (let i = 0; i < LAM_LAM.length; i++) {
    const p = LAM_LAM_CODES[i]!;
    const offset = p.length - 1;
    if (len - offset - 1 >= MIN_STEM && s.startsWith(p, start) && isVariant(code, points, s, start + offset, end, true))
      return offset;
  }
  return -1;
}

/** spellingVariant(a, b) where b is s[start, end), preceded by an ا when `alef` (the ل + ال reading). */
function isVariant(a: string, aPoints: number, s: string, start: number, end: number, alef: boolean): boolean {
  const lead = alef ? 1 : 0;
  const bl = end - start + lead;
  const al = a.length;
  if (Math.max(aPoints, bl) < 5) return false;
  if (al - bl > 1 || bl - al > 1) return false;
  const at = (i: number) => (i < lead ? ALEF : s.charCodeAt(start + i - lead));
  let i = 0;
  const common = Math.min(al, bl);
  while (i < common && a.charCodeAt(i) === at(i)) i++;
  if (i === al && al === bl) return false; // the same word is not a variant of itself
  if (al === bl) {
    // One substitution at i (levenshtein1) or one swap of i and i + 1 (oneTransposition): the rest equal.
    let rest = i + 1;
    while (rest < al && a.charCodeAt(rest) === at(rest)) rest++;
    if (rest === al) return true;
    if (i + 1 < al && a.charCodeAt(i) === at(i + 1) && a.charCodeAt(i + 1) === at(i)) {
      for (let k = i + 2; k < al; k++) if (a.charCodeAt(k) !== at(k)) return false;
      return true;
    }
    return false;
  }
  // One unit inserted at i in the longer: the rest of the shorter equals the longer after it.
  if (al < bl) {
    for (let k = i; k < al; k++) if (a.charCodeAt(k) !== at(k + 1)) return false;
  } else {
    for (let k = i; k < bl; k++) if (at(k) !== a.charCodeAt(k + 1)) return false;
  }
  return true;
}
