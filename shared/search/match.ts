// searchText: every hit of a query in one text, without an index (the in-page Ctrl+F). It plans (query.ts),
// chunks (chunks.ts) and locates (locate.ts) as SourceSearchIndex does to verify the candidate chunks
// flexsearch returns, so both give the same hits for the same text.

import { chunkCount, prepareText } from './chunks.ts';
import { Locator } from './locate.ts';
import { compileQuery } from './needles.ts';
import { DEFAULT_LIMIT, planQuery, type SearchOptions, type TextHit } from './query.ts';

/** Every hit of `query` in one text, without an index (the in-page Ctrl+F). Raw offsets, in text order. */
export function searchText(rawText: string, query: string, opts: SearchOptions = {}): TextHit[] {
  const plan = planQuery(query, opts);
  const limit = opts.limit ?? DEFAULT_LIMIT;
  const out: TextHit[] = [];
  if (plan.terms.length === 0 || limit <= 0) return out;
  const text = prepareText(rawText);
  const locator = new Locator(compileQuery(plan));
  for (let k = 0, n = chunkCount(text); k < n && out.length < limit; k++)
    locator.locate(text, k, out, limit - out.length);
  return out;
}
