// A site's template: short lines (a slogan, a header, a footer) that stand on several pages of one outlet.
// One page cannot tell them from its own headings; the workspace can. Given the texts of the other sources of
// the same outlet, the keys of this text's lines found on at least two of them. Metadata lines are never
// template (two articles of one day share a dateline).

import { isMetadata } from './line-roles.ts';
import { lines, type Line } from './shingles.ts';

/** Lines longer than this are the articles' own sentences, not a template's. */
const MAX_TEMPLATE_WORDS = 12;
const MIN_OTHER_PAGES = 2;

const candidate = (l: Line): boolean => l.key !== '' && l.words.length <= MAX_TEMPLATE_WORDS && !isMetadata(l);

function keysOf(text: string): Set<string> {
  return new Set(
    lines(text)
      .filter(candidate)
      .map((l) => l.key),
  );
}

export function templateKeys(text: string, others: readonly string[]): Set<string> {
  const counts = new Map<string, number>();
  for (const other of others) for (const k of keysOf(other)) counts.set(k, (counts.get(k) ?? 0) + 1);
  return new Set([...keysOf(text)].filter((k) => (counts.get(k) ?? 0) >= MIN_OTHER_PAGES));
}
