// A minimal stand-in for shared/anchoring/anchor.ts with the same signature: the position selector if it still
// covers the quote, else the first exact occurrence of the quote, else null (an orphan). No fuzzy matching.

import { isOrphan, positionSelector, quoteSelector, type Annotation } from '../../../shared/annotations/model.ts';

export function anchorAnnotation(
  annotation: Annotation,
  text: string,
): { start: number; end: number; method: 'position' | 'quote' | 'fuzzy' } | null {
  if (isOrphan(annotation)) return null;
  const quote = quoteSelector(annotation);
  const position = positionSelector(annotation);
  if (position && position.start < position.end && position.end <= text.length) {
    const slice = text.slice(position.start, position.end);
    if (!quote || slice === quote.exact) return { start: position.start, end: position.end, method: 'position' };
  }
  if (!quote) return null;
  const at = text.indexOf(quote.exact);
  return at === -1 ? null : { start: at, end: at + quote.exact.length, method: 'quote' };
}
