// Sentences that appear (nearly) the same in several sources: "also in" links between sources, so a reader
// sees that a claim was copied, not independently confirmed. Compared on normalized words.
//
// Built for whole workspaces (several MB, recomputed after every import or edit):
// - each source is tokenized once per text version (SharedSentenceIndex keeps it): words and 3-word shingles
//   become integers in open-addressing tables over typed arrays, with no per-word strings or string sets;
// - candidates come from a prefix-filtered inverted index: each sentence's shingles are ordered rarest first,
//   and two sentences can overlap by SENTENCE_OVERLAP only if the short prefixes of those orders share a
//   shingle, so only such pairs are compared. Same pairs as comparing every sentence with every other.

import { normalizeArabic, toRawSpan } from '../text/normalize.ts';

export interface SharedSentence {
  sourceId: string;
  start: number;
  end: number;
  alsoIn: { sourceId: string; start: number; end: number }[];
}

/** Sentences shorter than this many words are too generic to link ("قال بوتين:"). */
export const MIN_SENTENCE_WORDS = 6;
/** 3-word shingles: a sentence is short, one changed word must not break every 5-word shingle. */
export const SENTENCE_SHINGLE_WORDS = 3;
/** Jaccard overlap of two sentences' shingle sets: symmetric, so a short sentence inside a long one is not a copy. */
export const SENTENCE_OVERLAP = 0.7;
/**
 * A shingle already in more sentences than this (formulas, a site's footer in every saved page) no longer
 * finds candidates: boilerplate must not link everything to everything, nor take quadratic time.
 */
export const MAX_POSTING = 50;

/**
 * Sentence ends: . ! ? ؟ ؛ … : and line breaks. The colon ends one too: what follows "قال:" is the quoted
 * content that gets copied between sources.
 */
const SENTENCE_ENDS = '.!?؟؛…:\n';
const WORD = 1;
const END = 2;
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
let unitTable: Uint8Array | undefined;

/** For each BMP code unit: WORD (a letter, mark or digit, as in shared/text/words.ts), END, or 0. */
function units(): Uint8Array {
  if (unitTable) return unitTable;
  const table = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++)
    if ((c < 0xd800 || c > 0xdfff) && WORD_CHAR.test(String.fromCharCode(c))) table[c] = WORD;
  for (const ch of SENTENCE_ENDS) table[ch.charCodeAt(0)] = END;
  return (unitTable = table);
}

/** An astral letter or digit (a surrogate pair) at i. */
function astralWordChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff) return false;
  const d = text.charCodeAt(i + 1);
  return d >= 0xdc00 && d <= 0xdfff && WORD_CHAR.test(text.slice(i, i + 2));
}

function mix(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/**
 * Words → ids and (word, word, word) shingles → ids, in open-addressing tables over typed arrays: a Map of
 * ~10^6 fresh keys, or a string per word, costs several times more. Only grows (edited texts add their new
 * words); ids stay valid for the life of the index.
 */
class Vocabulary {
  // Words: their letters in one pool; slot → id; per id its pool offset, length and hash.
  private pool = new Uint16Array(1 << 16);
  private poolUsed = 0;
  private wordAt = new Int32Array(1024);
  private wordLength = new Int32Array(1024);
  private wordHash = new Int32Array(1024);
  private wordSlots = new Int32Array(2048).fill(-1);
  private words = 0;
  // Shingles: slot → id; per id its three word ids.
  private shingleWords = new Int32Array(3 * 1024);
  private shingleSlots = new Int32Array(2048).fill(-1);
  shingles = 0;

  /** The id of text[start, end), whose letters hash to `hash`. */
  word(text: string, start: number, end: number, hash: number): number {
    if (2 * (this.words + 1) > this.wordSlots.length) this.growWords();
    const mask = this.wordSlots.length - 1;
    const length = end - start;
    for (let slot = mix(hash) & mask; ; slot = (slot + 1) & mask) {
      const id = this.wordSlots[slot]!;
      if (id === -1) {
        this.wordSlots[slot] = this.words;
        return this.addWord(text, start, length, hash);
      }
      if (this.wordHash[id] === hash && this.wordLength[id] === length && this.sameWord(id, text, start)) return id;
    }
  }

  /** The id of the shingle (a, b, c). */
  shingle(a: number, b: number, c: number): number {
    if (2 * (this.shingles + 1) > this.shingleSlots.length) this.growShingles();
    const mask = this.shingleSlots.length - 1;
    const sw = this.shingleWords;
    for (
      let slot = mix(Math.imul(a, 0x9e3779b1) ^ Math.imul(b + 0x7f4a7c15, 0x85ebca77) ^ (c + 0x165667b1)) & mask;
      ;
      slot = (slot + 1) & mask
    ) {
      const id = this.shingleSlots[slot]!;
      if (id === -1) {
        this.shingleSlots[slot] = this.shingles;
        if (3 * this.shingles + 3 > sw.length) this.shingleWords = grown(sw, 2 * sw.length);
        this.shingleWords[3 * this.shingles] = a;
        this.shingleWords[3 * this.shingles + 1] = b;
        this.shingleWords[3 * this.shingles + 2] = c;
        return this.shingles++;
      }
      if (sw[3 * id] === a && sw[3 * id + 1] === b && sw[3 * id + 2] === c) return id;
    }
  }

  private sameWord(id: number, text: string, start: number): boolean {
    const at = this.wordAt[id]!;
    for (let k = 0; k < this.wordLength[id]!; k++) if (this.pool[at + k] !== text.charCodeAt(start + k)) return false;
    return true;
  }

  private addWord(text: string, start: number, length: number, hash: number): number {
    const id = this.words++;
    if (id >= this.wordAt.length) {
      this.wordAt = grown(this.wordAt, 2 * id);
      this.wordLength = grown(this.wordLength, 2 * id);
      this.wordHash = grown(this.wordHash, 2 * id);
    }
    if (this.poolUsed + length > this.pool.length) {
      const pool = new Uint16Array(2 * (this.poolUsed + length));
      pool.set(this.pool);
      this.pool = pool;
    }
    for (let k = 0; k < length; k++) this.pool[this.poolUsed + k] = text.charCodeAt(start + k);
    this.wordAt[id] = this.poolUsed;
    this.wordLength[id] = length;
    this.wordHash[id] = hash;
    this.poolUsed += length;
    return id;
  }

  private growWords(): void {
    const slots = new Int32Array(2 * this.wordSlots.length).fill(-1);
    const mask = slots.length - 1;
    for (let id = 0; id < this.words; id++) {
      let slot = mix(this.wordHash[id]!) & mask;
      while (slots[slot] !== -1) slot = (slot + 1) & mask;
      slots[slot] = id;
    }
    this.wordSlots = slots;
  }

  /** Makes room for `more` new shingles at once (a large text would otherwise rehash the table many times). */
  reserve(more: number): void {
    let size = this.shingleSlots.length;
    while (2 * (this.shingles + more) > size) size *= 2;
    if (size > this.shingleSlots.length) this.growShingles(size);
  }

  private growShingles(size = 2 * this.shingleSlots.length): void {
    const count = this.shingles;
    this.shingleSlots = new Int32Array(size).fill(-1);
    this.shingles = 0;
    // Re-inserted in id order, so every shingle keeps its id.
    const sw = this.shingleWords;
    for (let id = 0; id < count; id++) this.shingle(sw[3 * id]!, sw[3 * id + 1]!, sw[3 * id + 2]!);
  }
}

function grown(a: Int32Array, size: number) {
  const out = new Int32Array(size);
  out.set(a);
  return out;
}

/** One source's sentences of MIN_SENTENCE_WORDS+ words, in text order. */
interface SourceSentences {
  /** Raw offsets of each sentence, first letter to last. */
  start: Int32Array;
  end: Int32Array;
  /** Sentence k's distinct shingle ids, sorted, are shingles[offsets[k], offsets[k + 1]). */
  shingles: Int32Array;
  offsets: Int32Array;
}

/** Splits a text into sentences and words, and turns each sentence into its set of shingle ids. */
function tokenize(text: string, vocab: Vocabulary): SourceSentences {
  // About one shingle per word, one word per 6 characters of Arabic prose.
  vocab.reserve(Math.ceil(text.length / 6));
  const norm = normalizeArabic(text);
  const s = norm.text;
  const table = units();
  const starts: number[] = [];
  const ends: number[] = [];
  const offsets: number[] = [0];
  let shingles = new Int32Array(1024);
  let count = 0;
  const ws: number[] = [];
  let first = 0;
  let last = 0;
  const flush = () => {
    if (ws.length >= MIN_SENTENCE_WORDS) {
      const span = toRawSpan(text, norm, first, last);
      starts.push(span.start);
      ends.push(span.end);
      const n = ws.length - SENTENCE_SHINGLE_WORDS + 1;
      if (count + n > shingles.length) shingles = grown(shingles, 2 * (count + n));
      for (let q = 0; q < n; q++) shingles[count + q] = vocab.shingle(ws[q]!, ws[q + 1]!, ws[q + 2]!);
      const set = shingles.subarray(count, count + n).sort();
      let distinct = 0;
      for (let q = 0; q < n; q++) if (q === 0 || set[q] !== set[distinct - 1]) set[distinct++] = set[q]!;
      count += distinct;
      offsets.push(count);
    }
    ws.length = 0;
  };
  for (let i = 0; i < s.length;) {
    // A word: letters, marks and digits, hashed (FNV-1a) as they are read.
    let j = i;
    let hash = 0x811c9dc5;
    for (;;) {
      const c = s.charCodeAt(j);
      if (table[c] === WORD) {
        hash = Math.imul(hash ^ c, 0x01000193);
        j++;
      } else if (c >= 0xd800 && astralWordChar(s, j)) {
        hash = Math.imul(Math.imul(hash ^ c, 0x01000193) ^ s.charCodeAt(j + 1), 0x01000193);
        j += 2;
      } else break;
    }
    if (j > i) {
      if (ws.length === 0) first = i;
      ws.push(vocab.word(s, i, j, hash));
      last = j;
      i = j;
      continue;
    }
    if (table[s.charCodeAt(i)] === END) flush();
    i++;
  }
  flush();
  return {
    start: Int32Array.from(starts),
    end: Int32Array.from(ends),
    shingles: shingles.slice(0, count),
    offsets: Int32Array.from(offsets),
  };
}

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
