// Which part of a claim's quote its suggested correction replaces. Researchers type just the fix ("2001"
// for the year in "14 يوليو 2011") or the whole corrected quote; both must read "2011 → 2001" and apply
// to the right characters.

import { levenshtein } from '../anchoring/similarity.ts';

/**
 * The span of `quote` the correction stands for: the window of the correction's length (±1) that is closest
 * to it, when that is at most half the correction away; otherwise the whole quote. Quotes are short, so every
 * window is tried.
 */
export function correctionTarget(quote: string, correction: string): { start: number; end: number } {
  const whole = { start: 0, end: quote.length };
  const fix = correction.trim();
  if (fix === '' || fix.length >= quote.length) return whole;
  let best = { ...whole, distance: Number.POSITIVE_INFINITY };
  for (const length of [fix.length, fix.length - 1, fix.length + 1]) {
    if (length < 1 || length > quote.length) continue;
    for (let start = 0; start + length <= quote.length; start++) {
      // A window of another length pays for the difference, so "2020" beats "020" as the target of "2002".
      const distance =
        levenshtein(quote.slice(start, start + length), fix) +
        Math.abs(length - fix.length) +
        edgePenalty(quote, start, start + length);
      if (distance < best.distance) best = { start, end: start + length, distance };
    }
  }
  return best.distance <= Math.floor(fix.length / 2) ? { start: best.start, end: best.end } : whole;
}

const WORD = /[\p{L}\p{M}\p{N}]/u;

/** Ties go to whole words: a window that cuts a word or begins/ends on a space is a worse target. */
function edgePenalty(quote: string, start: number, end: number): number {
  let penalty = 0;
  if (/\s/u.test(quote[start]!) || /\s/u.test(quote[end - 1]!)) penalty += 1;
  if (start > 0 && WORD.test(quote[start - 1]!) && WORD.test(quote[start]!)) penalty += 0.5;
  if (end < quote.length && WORD.test(quote[end - 1]!) && WORD.test(quote[end]!)) penalty += 0.5;
  return penalty;
}
