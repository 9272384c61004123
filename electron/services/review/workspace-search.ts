// Search across the workspace: one SourceSearchIndex kept in step with the stored texts. Instead of hooks
// on every write path (import, re-decode, edit), each search compares every source's text version with the
// one indexed and re-indexes what changed: a map lookup per source, and no path can be forgotten.
// The policy on top of the engine (issue 12): query proclitics are stripped when the stem is a word of the
// texts, spelling variants are kept only where the texts' word frequencies allow them (shared/search/forms.ts),
// every hit says how it matches, the query's own forms rank first, and set-aside hits are counted.

import type { SearchArgs, SearchHitView } from '../../../shared/api/contract.ts';
import {
  FORM_RANK,
  hitForm,
  hitWords,
  textLexicon,
  variantAllowed,
  type Lexicon,
} from '../../../shared/search/forms.ts';
import { SourceSearchIndex, searchText, type SearchOptions } from '../../../shared/search/index.ts';
import { planQuery } from '../../../shared/search/query.ts';
import type { Workspace } from '../workspace/workspace.ts';
import { textVersion, type SourceReview } from './source-review.ts';

const DEFAULT_SEARCH_LIMIT = 100;
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

  async search(args: SearchArgs): Promise<{ hits: SearchHitView[]; truncated: boolean; setAside: number }> {
    const limit = args.limit ?? DEFAULT_SEARCH_LIMIT;
    const ids = args.sourceIds ? [...new Set(args.sourceIds)] : undefined;
    for (const id of ids ?? []) this.workspace.getMeta(id); // not-found before any work
    // The texts the hits were found in: passages and context are cut from them, not read from disk again.
    const texts = new Map<string, string>();
    const textOf = (id: string) => texts.get(id) ?? this.index.textOf(id)!;
    const direct = ids !== undefined && ids.length <= DIRECT_SOURCES;
    if (direct) for (const id of ids) texts.set(id, await this.workspace.readText(id));
    else await this.sync();
    const lexicon = direct ? textLexicon([...texts.values()]) : this.index.lexicon();
    const opts: SearchOptions = {
      variants: args.variants === true,
      aliases: this.workspace.aliases,
      stems: (stem) => lexicon.bare(stem) > 0,
    };
    const plan = planQuery(args.query, opts);
    const setAside = { count: 0 };
    const keep = async (hits: Hit[]) => {
      const shaped = hits
        .filter((h) => !ids || ids.includes(h.sourceId))
        .map((h) => ({ ...h, form: hitForm(h.text, plan) }))
        .filter((h) => allowed(h, lexicon, plan));
      return this.filter(shaped, args.includePassages === true, textOf, setAside);
    };
    const answer = (hits: Hit[]) => ({
      hits: hits.slice(0, limit).map((h) => ({ ...h, ...contextOf(textOf(h.sourceId), h.start, h.end) })),
      truncated: hits.length > limit,
      setAside: setAside.count,
    });
    if (direct) {
      const all: Hit[] = [];
      for (const id of ids)
        for (const h of searchText(textOf(id), args.query, { ...opts, limit: Number.MAX_SAFE_INTEGER }))
          all.push({ sourceId: id, ...h });
      return answer(await keep(all));
    }
    // The query's own forms first, searched alone: ranking a first page of all forms would miss later ones.
    const own = (await keep(this.index.search(args.query, { limit: limit + 1 }))).filter((h) => h.form === 'exact');
    if (own.length > limit) return answer(own);
    const ownSet = new Set(own.map((h) => `${h.sourceId}:${h.start}`));
    // Hits are filtered after the index answers, so ask for more until enough pass or the index runs dry.
    for (let ask = limit + 1; ; ask *= 4) {
      const raw = this.index.search(args.query, { ...opts, limit: ask });
      setAside.count = 0;
      const rest = (await keep(raw)).filter((h) => !ownSet.has(`${h.sourceId}:${h.start}`));
      const hits = [...own, ...rank(rest)];
      if (hits.length > limit || raw.length < ask) return answer(hits);
    }
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
   * Leaves out hits that touch a passage set aside (repeated or boilerplate, not kept as content), counting
   * them. Passages are found only for sources that have hits, and cached per text version by SourceReview.
   */
  private async filter(
    hits: Hit[],
    includePassages: boolean,
    textOf: (id: string) => string,
    setAside: { count: number },
  ): Promise<Hit[]> {
    if (includePassages) return hits;
    const aside = new Map<string, { start: number; end: number }[]>();
    const out: Hit[] = [];
    for (const h of hits) {
      let spans = aside.get(h.sourceId);
      if (!spans) aside.set(h.sourceId, (spans = await this.review.setAside(h.sourceId, textOf(h.sourceId))));
      if (!spans.some((p) => h.start < p.end && p.start < h.end)) out.push(h);
      else setAside.count++;
    }
    return out;
  }
}

/** Spelling variants and other inflections stay only where the texts allow them (forms.ts). */
function allowed(h: Hit, lexicon: Lexicon, plan: ReturnType<typeof planQuery>): boolean {
  if (h.form !== 'variant' && h.form !== 'inflection') return true;
  const ws = hitWords(h.text, plan);
  return plan.terms.every(
    (t, j) => ws[j] === undefined || t.exact.has(ws[j]!) || variantAllowed(lexicon, t.word, ws[j]!),
  );
}

/** The query's own forms first, then the others by how close they are; each in source and text order. */
function rank(hits: Hit[]): Hit[] {
  return hits
    .map((h, i) => ({ h, i }))
    .sort((a, b) => FORM_RANK[a.h.form!] - FORM_RANK[b.h.form!] || a.i - b.i)
    .map(({ h }) => h);
}
