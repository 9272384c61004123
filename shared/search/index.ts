// Arabic-aware search over several sources. flexsearch finds candidate blocks (runs of chunks) from
// normalized word tokens; each candidate is then verified and located exactly by the same code searchText
// uses (query.ts, chunks.ts, locate.ts), and hits map back to raw offsets through the text's compact
// offset map.
//
// Each source is normalized once, when it is added, into its compact form (compact.ts: one byte per
// normalized unit plus a sparse offset map). The index tokens are the words of that text, each block's
// distinct ones handed to flexsearch as an array (tokens.ts), and a query locates hits in it with indexOf
// instead of normalizing and reading whole chunks again.
//
// One flexsearch index for all sources (the vocabulary is shared, which matters for memory). Removing or
// updating a source marks its blocks dead instead of calling flexsearch's remove (which, without the
// `fastupdate` registry that roughly doubles memory, scans the whole index per id); search skips dead
// blocks, and the index is rebuilt from the live sources once dead blocks outnumber live ones.

import { Index } from 'flexsearch';
import { Vocabulary } from './tokens.ts';
import { chunkCount, chunkWords, CHUNK_FIELDS, prepareText, type PreparedText } from './chunks.ts';
import { Locator } from './locate.ts';
import { compileQuery } from './needles.ts';
import { DEFAULT_LIMIT, forEachLookup, planQuery, type SearchOptions, type Term, type TextHit } from './query.ts';
import { encodeWord } from './compact.ts';
import type { Lexicon } from './forms.ts';

export { searchText } from './match.ts';
export type { SearchOptions } from './query.ts';

export interface SearchHit extends TextHit {
  sourceId: string;
}

interface SourceEntry {
  id: string;
  text: PreparedText;
  /** Global id of the first block; the source's blocks have consecutive ids. */
  firstBlock: number;
  /** First chunk of each block, then the chunk count (blocks + 1 entries). */
  blockChunks: Int32Array;
}

/** flexsearch caps results at 100 by default; ask for every block. */
const ALL = 1 << 30;
/**
 * Chunks are grouped into index blocks (flexsearch documents) of up to about this many raw units: a source
 * of ordinary length is one block. Fewer, larger blocks mean fewer postings (flexsearch's add costs ~1 µs a
 * posting, and every block repeats its words' postings: 4,000-unit blocks made 50 % more); a query runs
 * indexOf over a candidate block's chunks (native code, GB/s), so a larger block costs it little.
 */
const BLOCK_UNITS = 32000;

function newIndex(): Index {
  // Tokens come as an array of words already in compact form (chunkWords); a query token is one word.
  const encode = (content: string | string[]) => (typeof content === 'string' ? [content] : content);
  return new Index({ tokenize: 'strict', resolution: 1, cache: false, encode: encode as (s: string) => string[] });
}

export class SourceSearchIndex {
  private readonly sources = new Map<string, SourceEntry>();
  private index = newIndex();
  /** Every token indexed: blocks' distinct words on their way in, and most lookups of a variants query. */
  private vocabulary = new Vocabulary();
  /** By global block id: the owning source (undefined once removed). */
  private owner: (SourceEntry | undefined)[] = [];
  private dead = 0;
  /** Per block, the last query term that found it (candidates). */
  private stamp = new Int32Array(0);
  private generation = 0;

  get size(): number {
    return this.sources.size;
  }

  has(sourceId: string): boolean {
    return this.sources.has(sourceId);
  }

  /** Word frequencies of everything indexed (normalized words written bare, as in the texts). */
  lexicon(): Lexicon {
    const vocabulary = this.vocabulary;
    return { bare: (word) => vocabulary.count(encodeWord(word)), total: vocabulary.total };
  }

  /** The raw text a source was indexed with (hits are offsets into it), or undefined. */
  textOf(sourceId: string): string | undefined {
    return this.sources.get(sourceId)?.text.raw;
  }

  /** Indexes a source; adding an id that is already there replaces it. */
  add(sourceId: string, rawText: string): void {
    if (this.sources.has(sourceId)) this.remove(sourceId);
    this.sources.set(sourceId, this.indexSource(sourceId, prepareText(rawText)));
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
    const blocks = entry.blockChunks.length - 1;
    for (let i = 0; i < blocks; i++) this.owner[entry.firstBlock + i] = undefined;
    this.dead += blocks;
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
    const candidates = this.candidates(plan.terms, plan.clitics);
    if (candidates.length === 0) return out;
    const locator = new Locator(compileQuery(plan));
    const found: TextHit[] = [];
    for (const id of candidates) {
      const entry = this.owner[id]!;
      const block = id - entry.firstBlock;
      for (let k = entry.blockChunks[block]!, end = entry.blockChunks[block + 1]!; k < end; k++) {
        found.length = 0;
        locator.locate(entry.text, k, found, limit - out.length);
        for (const h of found) out.push({ sourceId: entry.id, start: h.start, end: h.end, text: h.text });
        if (out.length >= limit) return out;
      }
    }
    return out;
  }

  private indexSource(sourceId: string, text: PreparedText): SourceEntry {
    const chunks = chunkCount(text);
    const starts: number[] = [];
    for (let k = 0; k < chunks; k++) {
      if (k === 0 || text.chunks[k * CHUNK_FIELDS + 2]! - text.chunks[starts.at(-1)! * CHUNK_FIELDS]! > BLOCK_UNITS)
        starts.push(k);
    }
    starts.push(chunks);
    const entry: SourceEntry = {
      id: sourceId,
      text,
      firstBlock: this.owner.length,
      blockChunks: Int32Array.from(starts),
    };
    const vocabulary = this.vocabulary;
    for (let b = 0; b + 1 < starts.length; b++) {
      const id = this.owner.length;
      this.owner.push(entry);
      vocabulary.startBlock();
      for (let k = starts[b]!; k < starts[b + 1]!; k++) chunkWords(text, k, vocabulary);
      this.index.add(id, vocabulary.block as unknown as string);
    }
    return entry;
  }

  /** A fresh index of the live sources, dropping dead blocks (ids are renumbered in source order). */
  private rebuild(): void {
    const live = [...this.sources.values()];
    this.index = newIndex();
    this.vocabulary = new Vocabulary();
    this.owner = [];
    this.dead = 0;
    this.sources.clear();
    for (const e of live) this.sources.set(e.id, this.indexSource(e.id, e.text));
  }

  /**
   * Live block ids that have, for every query word, one of its tokens (exact forms, aliases, variants);
   * ascending. A block's stamp says which term last found it: term g keeps the blocks term g − 1 found.
   */
  private candidates(terms: Term[], clitics: boolean): number[] {
    const n = this.owner.length;
    if (this.stamp.length < n) this.stamp = new Int32Array(Math.max(n, this.stamp.length * 2));
    if (this.generation > 0x7fffffff - terms.length - 1) {
      this.stamp.fill(0);
      this.generation = 0;
    }
    const stamp = this.stamp;
    for (let t = 0; t < terms.length; t++) {
      const before = this.generation;
      const now = ++this.generation;
      let found = 0;
      const tokens = new Set<string>();
      forEachLookup(terms[t]!, clitics, (prefix, code, from) => {
        const token = this.vocabulary.find(prefix, code, from);
        if (token !== undefined) tokens.add(token);
      });
      for (const token of tokens) {
        // The posting list itself (flexsearch returns it without copying when it fits the limit): read only.
        const ids = this.index.search(token, { limit: ALL }) as number[];
        for (let i = 0; i < ids.length; i++) {
          const id = ids[i]!;
          if (t === 0 ? stamp[id] !== now : stamp[id] === before) {
            stamp[id] = now;
            found++;
          }
        }
      }
      if (found === 0) return [];
    }
    const out: number[] = [];
    const last = this.generation;
    for (let id = 0; id < n; id++) if (stamp[id] === last && this.owner[id]) out.push(id);
    return out;
  }
}
