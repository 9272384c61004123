// Hypothesis's fuzzy quote matcher (client/src/annotator/anchoring/match-quote.ts), so that annotations
// exchanged with Hypothesis users re-anchor the way they expect, plus an optional search window.

import search from 'approx-string-match';

export type QuoteContext = {
  /** Text expected right before the quote (the TextQuoteSelector's prefix). */
  prefix?: string;
  /** Text expected right after the quote. */
  suffix?: string;
  /** Where the quote is expected to start (the old position, or the position mapped through an edit). */
  hint?: number;
  /** Only matches inside text[window.start, window.end) are considered; context is still read from all of text. */
  window?: { start: number; end: number };
};

/** A candidate span and its score in 0..1 (1 = exact quote, exact context, at the hint). */
export type QuoteMatch = { start: number; end: number; score: number };

/** Hypothesis's weights: the quote itself matters most, each side of context less, the position barely. */
const WEIGHTS = { quote: 50, prefix: 20, suffix: 20, position: 2 } as const;
const MAX_SCORE = WEIGHTS.quote + WEIGHTS.prefix + WEIGHTS.suffix + WEIGHTS.position;

/** Beyond 256 errors the bit-parallel search gets slow and such a "match" is not the same passage anyway. */
const MAX_ERRORS_CAP = 256;

/** Matches (exact ones if any, else the least-error approximate ones) with their errors, in `area` offsets. */
function candidates(area: string, str: string, maxErrors: number): { start: number; end: number; errors: number }[] {
  // approx-string-match has no fast path for exact hits; indexOf finds them far quicker.
  const exact: { start: number; end: number; errors: number }[] = [];
  for (let at = area.indexOf(str); at !== -1; at = area.indexOf(str, at + 1)) {
    exact.push({ start: at, end: at + str.length, errors: 0 });
  }
  return exact.length > 0 ? exact : search(area, str, maxErrors);
}

/** How well `str` matches somewhere in `text`, 0..1; used for the context on each side of a candidate. */
function textMatchScore(text: string, str: string): number {
  if (str.length === 0 || text.length === 0) return 0;
  const best = candidates(text, str, str.length)[0];
  return best === undefined ? 0 : 1 - best.errors / str.length;
}

/**
 * The best-scoring place for `quote` in `text` (or in the window), allowing up to half the quote's length in
 * errors, or null when nothing comes that close. The caller decides which score is good enough to attach to.
 */
export function matchQuote(text: string, quote: string, context: QuoteContext = {}): QuoteMatch | null {
  if (quote.length === 0) return null;
  const from = Math.max(0, Math.min(text.length, context.window?.start ?? 0));
  const to = Math.max(from, Math.min(text.length, context.window?.end ?? text.length));
  const area = text.slice(from, to);
  const maxErrors = Math.min(MAX_ERRORS_CAP, quote.length / 2);
  let best: QuoteMatch | null = null;
  for (const found of candidates(area, quote, maxErrors)) {
    const match = { start: from + found.start, end: from + found.end, errors: found.errors };
    const score = scoreMatch(text, quote, match, context, area.length);
    // Strictly greater: among equal scores the first wins, as in Hypothesis (its sort is stable).
    if (best === null || score > best.score) best = { start: match.start, end: match.end, score };
  }
  return best;
}

/**
 * Weighted score normalized to 0..1. The position term is relative to the searched length: within a small
 * window, being a few hundred code units off the hint is a real difference, within a whole book it is not.
 */
function scoreMatch(
  text: string,
  quote: string,
  match: { start: number; end: number; errors: number },
  context: QuoteContext,
  searchedLength: number,
): number {
  const quoteScore = 1 - match.errors / quote.length;
  const { prefix, suffix } = context;
  const before = prefix ? text.slice(Math.max(0, match.start - prefix.length), match.start) : '';
  const prefixScore = prefix ? textMatchScore(before, prefix) : 1;
  const suffixScore = suffix ? textMatchScore(text.slice(match.end, match.end + suffix.length), suffix) : 1;
  const offset = context.hint === undefined ? 0 : Math.abs(match.start - context.hint);
  const positionScore = Math.max(0, 1 - offset / Math.max(1, searchedLength));
  const raw =
    WEIGHTS.quote * quoteScore +
    WEIGHTS.prefix * prefixScore +
    WEIGHTS.suffix * suffixScore +
    WEIGHTS.position * positionScore;
  return raw / MAX_SCORE;
}
