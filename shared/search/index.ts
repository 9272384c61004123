// Arabic-aware search over several sources. flexsearch finds candidate chunks (blocks of lines) from
// normalized word tokens; each candidate is then verified and located exactly by the same code searchText
// uses (match.ts), and hits map back to raw offsets through normalizeArabic's offset map.
//
// One flexsearch index for all sources (the vocabulary is shared, which matters for memory). Removing or
// updating a source marks its chunks dead instead of calling flexsearch's remove (which, without the
// `fastupdate` registry that roughly doubles memory, scans the whole index per id); search skips dead
// chunks, and the index is rebuilt from the live sources once dead chunks outnumber live ones.
// Only the raw text and chunk bounds are kept per source: normalized text and offset maps are rebuilt for
// the few chunks a query verifies.

import { Index } from 'flexsearch';
import { normalizeArabic } from '../text/normalize.ts';
import {
  chunkText, chunkTokens, DEFAULT_LIMIT, findInChunk, lookupTokens, planQuery, type Chunk, type SearchOptions,
  type Term, type TextHit,
} from './match.ts';

export { searchText, type SearchOptions, type TextHit } from './match.ts';

export interface SearchHit extends TextHit {
  sourceId: string;
}

interface SourceEntry {
  id: string;
  raw: string;
  /** Global id of the first chunk; the source's chunks have consecutive ids. */
  firstChunk: number;
  chunkCount: number;
}

/** flexsearch caps results at 100 by default; ask for every chunk. */
const ALL = 1 << 30;

function newIndex(): Index {
  // Tokens are already normalized words (chunkTokens): the encoder only splits on the spaces between them.
  return new Index({ tokenize: 'strict', resolution: 1, cache: false, encode: (s: string) => s.split(' ') });
}

export class SourceSearchIndex {
  private readonly sources = new Map<string, SourceEntry>();
  private index = newIndex();
  /** By global chunk id: the owning source (undefined once removed) and the chunk's raw bounds. */
  private owner: (SourceEntry | undefined)[] = [];
  private bounds: number[] = [];
  private dead = 0;

  get size(): number {
    return this.sources.size;
  }

  has(sourceId: string): boolean {
    return this.sources.has(sourceId);
  }

  /** Indexes a source; adding an id that is already there replaces it. */
  add(sourceId: string, rawText: string): void {
    if (this.sources.has(sourceId)) this.remove(sourceId);
    this.sources.set(sourceId, this.indexSource(sourceId, rawText));
  }

  /** Re-indexes a source whose text changed (same as add). */
  update(sourceId: string, rawText: string): void {
    this.add(sourceId, rawText);
  }

  /** Forgets a source; unknown ids are ignored. */
  remove(sourceId: string): void {
    const entry = this.sources.get(sourceId);
    if (!entry) return;
    this.sources.delete(sourceId);
    for (let i = 0; i < entry.chunkCount; i++) this.owner[entry.firstChunk + i] = undefined;
    this.dead += entry.chunkCount;
    if (this.dead > 1000 && this.dead > this.owner.length - this.dead) this.rebuild();
  }

  /**
   * Hits in the order sources were added (an updated source counts as added again), then in text order;
   * start/end are raw offsets into that source's text.
   */
  search(query: string, opts: SearchOptions = {}): SearchHit[] {
    const plan = planQuery(query, opts);
    const limit = opts.limit ?? DEFAULT_LIMIT;
    const out: SearchHit[] = [];
    if (plan.terms.length === 0 || limit <= 0) return out;
    const found: TextHit[] = [];
    for (const id of this.candidates(plan.terms, plan.clitics)) {
      const entry = this.owner[id];
      if (!entry) continue;
      const chunk: Chunk = { start: this.bounds[id * 3]!, end: this.bounds[id * 3 + 1]!, verifyEnd: this.bounds[id * 3 + 2]! };
      found.length = 0;
      findInChunk(entry.raw, chunk, plan, found, limit - out.length);
      for (const h of found) out.push({ sourceId: entry.id, ...h });
      if (out.length >= limit) break;
    }
    return out;
  }

  private indexSource(sourceId: string, rawText: string): SourceEntry {
    const chunks = chunkText(rawText);
    const entry: SourceEntry = { id: sourceId, raw: rawText, firstChunk: this.owner.length, chunkCount: chunks.length };
    for (const c of chunks) {
      const id = this.owner.length;
      this.owner.push(entry);
      this.bounds.push(c.start, c.end, c.verifyEnd);
      const tokens = chunkTokens(normalizeArabic(rawText.slice(c.start, c.verifyEnd)).text);
      this.index.add(id, [...tokens].join(' '));
    }
    return entry;
  }

  /** A fresh index of the live sources, dropping dead chunks (ids are renumbered in source order). */
  private rebuild(): void {
    const live = [...this.sources.values()];
    this.index = newIndex();
    this.owner = [];
    this.bounds = [];
    this.dead = 0;
    this.sources.clear();
    for (const e of live) this.sources.set(e.id, this.indexSource(e.id, e.raw));
  }

  /** Chunk ids that have, for every query word, one of its tokens (exact forms, aliases, variants); ascending. */
  private candidates(terms: Term[], clitics: boolean): number[] {
    let result: Set<number> | undefined;
    for (const term of terms) {
      const tokens = lookupTokens(term, clitics);
      const union = new Set<number>();
      for (const t of tokens) {
        for (const id of this.index.search(t, { limit: ALL }) as number[]) if (!result || result.has(id)) union.add(id);
      }
      result = union;
      if (result.size === 0) return [];
    }
    return [...(result ?? [])].sort((a, b) => a - b);
  }
}
