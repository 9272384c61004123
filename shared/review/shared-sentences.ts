// Sentences that appear (nearly) the same in several sources: "also in" links between sources, so a reader
// sees that a claim was copied, not independently confirmed. Compared on normalized words.
//
// Built for whole workspaces (several MB, recomputed after every import or edit):
// - each source is tokenized once per text version (SharedSentenceIndex keeps it): words and 3-word shingles
//   become integers in open-addressing tables over typed arrays, with no per-word strings or string sets;
// - candidates come from a prefix-filtered inverted index: each sentence's shingles are ordered rarest first,
//   and two sentences can overlap by SENTENCE_OVERLAP only if the short prefixes of those orders share a
//   shingle, so only such pairs are compared. Same pairs as comparing every sentence with every other.

import { tokenize, Vocabulary, type SourceSentences } from './sentence-tokens.ts';

export interface SharedSentence {
  sourceId: string;
  start: number;
  end: number;
  alsoIn: { sourceId: string; start: number; end: number }[];
}

export { MIN_SENTENCE_WORDS, SENTENCE_SHINGLE_WORDS } from './sentence-tokens.ts';
/** Jaccard overlap of two sentences' shingle sets: symmetric, so a short sentence inside a long one is not a copy. */
export const SENTENCE_OVERLAP = 0.7;
/**
 * A shingle already in more sentences than this (formulas, a site's footer in every saved page) no longer
 * finds candidates: boilerplate must not link everything to everything, nor take quadratic time.
 */
const MAX_POSTING = 50;

/** Size of the intersection of the sorted runs sets[a0, a1) and sets[b0, b1). */
function common(sets: Int32Array, a0: number, a1: number, b0: number, b1: number): number {
  let n = 0;
  while (a0 < a1 && b0 < b1) {
    const x = sets[a0]!;
    const y = sets[b0]!;
    if (x === y) {
      n++;
      a0++;
      b0++;
    } else if (x < y) a0++;
    else b0++;
  }
  return n;
}

/** How many of a set's rarest shingles to index so that any set overlapping it by SENTENCE_OVERLAP shares one. */
function prefixLength(size: number): number {
  return size - Math.ceil(SENTENCE_OVERLAP * size - 1e-9) + 1;
}

/**
 * Pairs (later, earlier) of sentences of different sources whose shingle sets overlap by SENTENCE_OVERLAP.
 * `sets[offsets[i], offsets[i + 1])` is sentence i's set, as ranks sorted rarest first.
 */
function similarPairs(sets: Int32Array, offsets: Int32Array, source: Int32Array, ranks: number): [number, number][] {
  const out: [number, number][] = [];
  const postings: (number[] | undefined)[] = new Array(ranks);
  const seenBy = new Int32Array(source.length).fill(-1);
  for (let i = 0; i < source.length; i++) {
    const x0 = offsets[i]!;
    const x1 = offsets[i + 1]!;
    const size = x1 - x0;
    const prefix = prefixLength(size);
    for (let q = 0; q < prefix; q++) {
      const token = sets[x0 + q]!;
      let posting = postings[token];
      if (!posting) postings[token] = posting = [];
      if (posting.length > MAX_POSTING) continue;
      for (const j of posting) {
        if (seenBy[j] === i) continue;
        seenBy[j] = i;
        if (source[j] === source[i]) continue;
        const y0 = offsets[j]!;
        const other = offsets[j + 1]! - y0;
        if (Math.min(size, other) < SENTENCE_OVERLAP * Math.max(size, other) - 1e-9) continue;
        const c = common(sets, x0, x1, y0, y0 + other);
        if (c / (size + other - c) >= SENTENCE_OVERLAP) out.push([i, j]);
      }
      posting.push(i);
    }
  }
  return out;
}

/**
 * Keeps each source's sentences between calls, by text version: after an import or an edit only the new
 * text is tokenized, then every sentence is compared again (the cheaper part).
 */
export class SharedSentenceIndex {
  private readonly vocab = new Vocabulary();
  private readonly sources = new Map<string, { version: string; sentences: SourceSentences }>();

  /** Whether this version of the source is tokenized already (its text need not be read). */
  has(id: string, version: string): boolean {
    return this.sources.get(id)?.version === version;
  }

  /** Tokenizes this version of the source (replacing any other version of it). */
  add(id: string, version: string, text: string): void {
    if (!this.has(id, version)) this.sources.set(id, { version, sentences: tokenize(text, this.vocab) });
  }

  /**
   * Links between the given sources, all added before; others are forgotten. For every sentence that has a
   * (near-)duplicate in ANOTHER source, its links to those copies (repeats within one source are
   * findPassages' business), grouped by the sources' order, then text order.
   */
  links(ids: string[]): SharedSentence[] {
    const wanted = new Set(ids);
    for (const id of this.sources.keys()) if (!wanted.has(id)) this.sources.delete(id);
    const parts = ids.map((id) => {
      const entry = this.sources.get(id);
      if (!entry) throw new Error(`sharedSentences: source ${id} was not added`);
      return entry.sentences;
    });
    // All sentences in one numbering, with their sets as ranks (rarest shingle first).
    const total = parts.reduce((n, p) => n + p.start.length, 0);
    const source = new Int32Array(total);
    const offsets = new Int32Array(total + 1);
    const sets = new Int32Array(parts.reduce((n, p) => n + p.shingles.length, 0));
    const counts = new Int32Array(this.vocab.shingles);
    let sentence = 0;
    let at = 0;
    parts.forEach((p, k) => {
      source.fill(k, sentence, sentence + p.start.length);
      for (let q = 1; q < p.offsets.length; q++) offsets[sentence + q] = at + p.offsets[q]!;
      sets.set(p.shingles, at);
      for (const id of p.shingles) counts[id]!++;
      sentence += p.start.length;
      at += p.shingles.length;
    });
    const rank = rarestFirst(counts);
    for (let q = 0; q < sets.length; q++) sets[q] = rank[sets[q]!]!;
    for (let i = 0; i < total; i++) sets.subarray(offsets[i]!, offsets[i + 1]!).sort();

    const links = new Map<number, number[]>();
    const link = (a: number, b: number) => {
      const list = links.get(a);
      if (list) list.push(b);
      else links.set(a, [b]);
    };
    for (const [i, j] of similarPairs(sets, offsets, source, counts.length)) {
      link(i, j);
      link(j, i);
    }
    const firsts: number[] = [];
    parts.reduce((n, p) => (firsts.push(n), n + p.start.length), 0);
    // One object per linked sentence, shared by every list it is in (a boilerplate-heavy workspace has
    // hundreds of thousands of links between a few thousand sentences).
    const placed = new Map<number, { sourceId: string; start: number; end: number }>();
    const place = (i: number) => {
      let at = placed.get(i);
      if (!at) {
        const k = source[i]!;
        const p = parts[k]!;
        placed.set(i, (at = { sourceId: ids[k]!, start: p.start[i - firsts[k]!]!, end: p.end[i - firsts[k]!]! }));
      }
      return at;
    };
    return [...links.keys()]
      .sort((a, b) => a - b)
      .map((i) => ({
        ...place(i),
        alsoIn: links
          .get(i)!
          .sort((a, b) => a - b)
          .map(place),
      }));
  }
}

/** Shingle id → rank, rarest first (ties by id): a counting sort on the sentence counts. */
function rarestFirst(counts: Int32Array): Int32Array {
  let max = 0;
  for (const c of counts) if (c > max) max = c;
  const starts = new Int32Array(max + 2);
  for (const c of counts) starts[c + 1]!++;
  for (let c = 1; c < starts.length; c++) starts[c]! += starts[c - 1]!;
  const rank = new Int32Array(counts.length);
  for (let id = 0; id < counts.length; id++) rank[id] = starts[counts[id]!]!++;
  return rank;
}

/** sharedSentences of the given texts, without keeping anything (see SharedSentenceIndex). */
export function sharedSentences(sources: { id: string; text: string }[]): SharedSentence[] {
  const index = new SharedSentenceIndex();
  for (const { id, text } of sources) index.add(id, '', text);
  return index.links(sources.map((s) => s.id));
}
