// Fresh quote and position selectors for a span (for a new claim, and for a re-anchored one, so both look the
// same), and putting them on an existing annotation without disturbing its other selectors.

import { QUOTE_CONTEXT_LENGTH, type Annotation, type Selector } from '../annotations/model.ts';
import { clusterEndAtOrBefore, clusterStartAtOrAfter } from '../annotations/text-boundaries.ts';

/**
 * The quote of text[start, end) with up to QUOTE_CONTEXT_LENGTH code units of context each side, shortened so
 * the prefix does not start (and the suffix does not end) inside a character: no half emoji, no haraka without
 * its letter.
 */
export function spanSelectors(text: string, start: number, end: number): Selector[] {
  const context = quoteContext(text, start, end);
  return [
    { type: 'TextQuoteSelector', exact: text.slice(start, end), prefix: context.prefix, suffix: context.suffix },
    { type: 'TextPositionSelector', start, end },
  ];
}

/** The prefix and suffix that spanSelectors stores for text[start, end). */
export function quoteContext(text: string, start: number, end: number): { prefix: string; suffix: string } {
  const prefixStart = clusterStartAtOrAfter(text, Math.max(0, start - QUOTE_CONTEXT_LENGTH), start);
  const suffixEnd = clusterEndAtOrBefore(text, Math.min(text.length, end + QUOTE_CONTEXT_LENGTH), end);
  return { prefix: text.slice(prefixStart, start), suffix: text.slice(end, suffixEnd) };
}

/**
 * A copy of the annotation whose quote and position selectors describe text[start, end). They replace the first
 * selector of their type in place (later duplicates, which would contradict them, are dropped); a missing one is
 * appended. CSS, XPath and other selectors from other tools are kept as they were.
 */
export function withSpan(annotation: Annotation, text: string, start: number, end: number): Annotation {
  const fresh = new Map(spanSelectors(text, start, end).map((s) => [s.type, s] as const));
  const selector: Selector[] = [];
  for (const old of annotation.target.selector) {
    const isSpanSelector = old.type === 'TextQuoteSelector' || old.type === 'TextPositionSelector';
    if (!isSpanSelector) selector.push(old);
    const replacement = fresh.get(old.type);
    if (replacement === undefined) continue;
    selector.push(replacement);
    fresh.delete(old.type);
  }
  selector.push(...fresh.values());
  return { ...annotation, target: { ...annotation.target, selector } };
}
