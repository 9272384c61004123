// Search across the workspace: one SourceSearchIndex kept in step with the stored texts. Instead of hooks
// on every write path (import, re-decode, edit), each search compares every source's text version with the
// one indexed and re-indexes what changed: a map lookup per source, and no path can be forgotten.

import type { SearchArgs, SearchHitView } from '../../../shared/api/contract.ts';
import { SourceSearchIndex, searchText, type SearchOptions } from '../../../shared/search/index.ts';
import type { Workspace } from '../workspace/workspace.ts';
import { textVersion, type SourceReview } from './source-review.ts';

export const DEFAULT_SEARCH_LIMIT = 100;
/** Characters of context on each side of a hit, cut back to a word boundary. */
const CONTEXT = 48;

type Hit = Omit<SearchHitView, 'before' | 'after'>;

/** The hit's line around it, at most CONTEXT characters each side, not starting or ending inside a word. */
export function contextOf(text: string, start: number, end: number): { before: string; after: string } {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const lineEnd = text.indexOf('\n', end);
  let before = text.slice(Math.max(lineStart, start - CONTEXT), start);
  let after = text.slice(end, Math.min(lineEnd < 0 ? text.length : lineEnd, end + CONTEXT));
  if (start - CONTEXT > lineStart) before = before.replace(/^\S*\s/u, '');
  if (end + CONTEXT < (lineEnd < 0 ? text.length : lineEnd)) after = after.replace(/\s\S*$/u, '');
  return { before, after };
}
/** Up to this many sources are searched text by text (Ctrl+F in one source) instead of through the index. */
const DIRECT_SOURCES = 3;

export class WorkspaceSearch {
  private readonly index = new SourceSearchIndex();
  private readonly indexed = new Map<string, string>();

  constructor(
    private readonly workspace: Workspace,
    private readonly review: SourceReview,
  ) {}

  async search(args: SearchArgs): Promise<{ hits: SearchHitView[]; truncated: boolean }> {
    const limit = args.limit ?? DEFAULT_SEARCH_LIMIT;
    const opts: SearchOptions = { variants: args.variants === true, aliases: this.workspace.aliases };
    const ids = args.sourceIds ? [...new Set(args.sourceIds)] : undefined;
    for (const id of ids ?? []) this.workspace.getMeta(id); // not-found before any work
    // The texts the hits were found in: passages and context are cut from them, not read from disk again.
    const texts = new Map<string, string>();
    const textOf = (id: string) => texts.get(id) ?? this.index.textOf(id)!;
    const filter = (hits: Hit[]) =>
      this.filter(ids ? hits.filter((h) => ids.includes(h.sourceId)) : hits, args.includePassages === true, textOf);
    const answer = (hits: Hit[]) => ({
      hits: hits.slice(0, limit).map((h) => ({ ...h, ...contextOf(textOf(h.sourceId), h.start, h.end) })),
      truncated: hits.length > limit,
    });
    if (ids && ids.length <= DIRECT_SOURCES)
      return answer(await filter(await this.direct(ids, args.query, opts, texts)));
    await this.sync();
    // Hits are filtered after the index answers, so ask for more until enough pass or the index runs dry.
    for (let ask = limit + 1; ; ask *= 4) {
      const raw = this.index.search(args.query, { ...opts, limit: ask });
      const hits = await filter(raw);
      if (hits.length > limit || raw.length < ask) return answer(hits);
    }
  }

  /** Every hit in a few sources, text by text: no index to build for a Ctrl+F in the open source. */
  private async direct(ids: string[], query: string, opts: SearchOptions, texts: Map<string, string>): Promise<Hit[]> {
    const hits: Hit[] = [];
    for (const id of ids) {
      const text = await this.workspace.readText(id);
      texts.set(id, text);
      for (const h of searchText(text, query, { ...opts, limit: Number.MAX_SAFE_INTEGER }))
        hits.push({ sourceId: id, ...h });
    }
    return hits;
  }

  /** Re-indexes sources whose text changed since they were indexed; forgets removed ones. */
  private async sync(): Promise<void> {
    const live = new Set<string>();
    for (const meta of this.workspace.listSources()) {
      live.add(meta.id);
      const version = textVersion(meta);
      if (this.indexed.get(meta.id) === version) continue;
      this.index.update(meta.id, await this.workspace.readText(meta.id));
      this.indexed.set(meta.id, version);
    }
    for (const id of this.indexed.keys()) {
      if (live.has(id)) continue;
      this.index.remove(id);
      this.indexed.delete(id);
    }
  }

  /**
   * Leaves out hits that touch a passage set aside (repeated or boilerplate, not kept as content). Passages
   * are found only for sources that have hits, and cached per text version by SourceReview.
   */
  private async filter(hits: Hit[], includePassages: boolean, textOf: (id: string) => string): Promise<Hit[]> {
    if (includePassages) return hits;
    const aside = new Map<string, { start: number; end: number }[]>();
    const out: Hit[] = [];
    for (const h of hits) {
      let spans = aside.get(h.sourceId);
      if (!spans) aside.set(h.sourceId, (spans = await this.review.setAside(h.sourceId, textOf(h.sourceId))));
      if (!spans.some((p) => h.start < p.end && p.start < h.end)) out.push(h);
    }
    return out;
  }
}
