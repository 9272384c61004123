// What the contract's search and review aids answer: search hits, repeated passages and boilerplate, and the
// sentences a source shares with others. Apart from contract.ts to keep that file small.

import { z } from 'zod';
import { PASSAGE_KINDS } from '../review/passage-kinds.ts';
import { SourceIdSchema } from './workspace-view.ts';

const SpanSchema = z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() });

const SearchHitSchema = z.object({
  sourceId: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
  /** A few words of the hit's line on each side, for a result list (empty at a line's edge). */
  before: z.string(),
  after: z.string(),
  /**
   * How it matches the query (shared/search/forms.ts): its own form, an alias, the word with other proclitics,
   * another inflection, or a spelling variant.
   */
  form: z.enum(['exact', 'alias', 'other-form', 'inflection', 'variant']).optional(),
});
export type SearchHitView = z.infer<typeof SearchHitSchema>;

export const SearchArgsSchema = z.object({
  query: z.string().max(500),
  /** Opt-in spelling variants (one edit, see shared/text/words.ts). */
  variants: z.boolean().optional(),
  /** Only these sources (Ctrl+F searches one); all when absent. */
  sourceIds: z.array(SourceIdSchema).max(100_000).optional(),
  /** Also hits inside repeated passages and boilerplate that the researcher has not kept (default false). */
  includePassages: z.boolean().optional(),
  /** Most hits returned (default 100). */
  limit: z.number().int().min(1).max(100_000).optional(),
});
export type SearchArgs = z.infer<typeof SearchArgsSchema>;

export const SearchResultSchema = z.object({
  hits: z.array(SearchHitSchema),
  truncated: z.boolean(),
  /** Hits left out because they are in set-aside passages ("N more in set-aside passages"). */
  setAside: z.number().int().nonnegative().default(0),
});

export const PassageSchema = z.object({
  /** Stable across edits elsewhere in the text (kind and the passage's opening words). */
  key: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  kind: z.enum(PASSAGE_KINDS),
  reason: z.object({ en: z.string(), ar: z.string() }),
  /** The first copy, for repeated and near-duplicate passages. */
  of: SpanSchema.optional(),
  /** The researcher said this is content after all: shown normally, searched, printed. */
  kept: z.boolean(),
});
export type Passage = z.infer<typeof PassageSchema>;

export const AlsoInSchema = z.object({
  /** A sentence of this source (raw offsets)… */
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  /** …and where the same sentence (normalized, near-duplicate) stands in other sources. */
  alsoIn: z.array(
    z.object({ sourceId: z.string(), start: z.number().int().nonnegative(), end: z.number().int().nonnegative() }),
  ),
});
export type AlsoIn = z.infer<typeof AlsoInSchema>;
