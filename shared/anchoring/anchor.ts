// Load-time anchoring: where a stored annotation sits in the text as it is now, which may have changed outside
// the app (an imported annotation file, a re-imported source). Edits made in the app go through reanchor.ts.

import {
  isOrphan,
  positionSelector,
  quoteSelector,
  type Annotation,
  type TextPositionSelector,
  type TextQuoteSelector,
} from '../annotations/model.ts';
import { matchQuote } from './match-quote.ts';

export { matchQuote } from './match-quote.ts';

type AnchorMethod = 'position' | 'quote' | 'fuzzy';
export type AnchorResult = { start: number; end: number; method: AnchorMethod };

/**
 * A fuzzy match below this is not trusted (notes/arabic-text.md: without a threshold a deleted paragraph's
 * claims land somewhere wrong; at 0.75 none did in the synthetic edits over the corpus).
 */
export const FUZZY_THRESHOLD = 0.75;

/**
 * An exact occurrence is taken only if at least this share of the stored context (read outward from the
 * quote) is still beside it; otherwise the fuzzy step, which weighs context by similarity, decides.
 */
const CONTEXT_AGREEMENT = 0.5;

/**
 * Orphans stay orphans (the researcher re-attaches them); then the stored position if it still holds the quote;
 * then the exact quote with its context, nearest the old position; then Hypothesis's fuzzy match; else null.
 */
export function anchorAnnotation(annotation: Annotation, text: string): AnchorResult | null {
  if (isOrphan(annotation)) return null;
  const quote = quoteSelector(annotation);
  const position = positionSelector(annotation);
  if (position && positionHolds(text, position, quote)) {
    return { start: position.start, end: position.end, method: 'position' };
  }
  if (!quote) return null;
  const hint = position?.start;
  const exact = bestExactOccurrence(text, quote, hint);
  if (exact) return { ...exact, method: 'quote' };
  const fuzzy = matchQuote(text, quote.exact, { prefix: quote.prefix, suffix: quote.suffix, hint });
  return fuzzy && fuzzy.score >= FUZZY_THRESHOLD ? { start: fuzzy.start, end: fuzzy.end, method: 'fuzzy' } : null;
}

/** The stored offsets are in range and, if there is a quote, still cover exactly that quote. */
function positionHolds(text: string, position: TextPositionSelector, quote: TextQuoteSelector | undefined): boolean {
  const { start, end } = position;
  if (!(start >= 0 && start < end && end <= text.length)) return false;
  return quote === undefined || text.slice(start, end) === quote.exact;
}

/**
 * Of all exact occurrences, the one whose surroundings agree most with the stored prefix and suffix; ties (a
 * duplicated passage has identical context) go to the one nearest the old position, so a claim on the second
 * copy stays there. Undefined when no occurrence keeps enough of its context.
 */
function bestExactOccurrence(
  text: string,
  quote: TextQuoteSelector,
  hint: number | undefined,
): { start: number; end: number } | undefined {
  let best: { start: number; end: number; agreement: number; distance: number } | undefined;
  for (let at = text.indexOf(quote.exact); at !== -1; at = text.indexOf(quote.exact, at + 1)) {
    const end = at + quote.exact.length;
    const agreement = contextAgreement(text, at, end, quote.prefix ?? '', quote.suffix ?? '');
    const distance = hint === undefined ? 0 : Math.abs(at - hint);
    const better = !best || agreement > best.agreement || (agreement === best.agreement && distance < best.distance);
    if (better) best = { start: at, end, agreement, distance };
  }
  return best && best.agreement >= CONTEXT_AGREEMENT ? { start: best.start, end: best.end } : undefined;
}

/**
 * Share of the stored context that is still there, counting matching code units outward from the quote until
 * the first difference (an edit next to the quote counts more than one 30 letters away). 1 without context.
 */
function contextAgreement(text: string, start: number, end: number, prefix: string, suffix: string): number {
  const total = prefix.length + suffix.length;
  if (total === 0) return 1;
  let before = 0;
  while (before < prefix.length && before < start && text[start - 1 - before] === prefix[prefix.length - 1 - before]) {
    before++;
  }
  let after = 0;
  while (after < suffix.length && end + after < text.length && text[end + after] === suffix[after]) after++;
  return (before + after) / total;
}
