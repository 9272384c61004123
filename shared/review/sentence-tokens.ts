// Sentences of a source as integers (shared-sentences.ts): words and 3-word shingles interned in
// open-addressing tables over typed arrays (Vocabulary), with no per-word strings or string sets.

import { normalizeArabic, toRawSpan } from '../text/normalize.ts';

/** Sentences shorter than this many words are too generic to link ("قال بوتين:"). */
export const MIN_SENTENCE_WORDS = 6;
/** 3-word shingles: a sentence is short, one changed word must not break every 5-word shingle. */
export const SENTENCE_SHINGLE_WORDS = 3;

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
export class Vocabulary {
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
export interface SourceSentences {
  /** Raw offsets of each sentence, first letter to last. */
  start: Int32Array;
  end: Int32Array;
  /** Sentence k's distinct shingle ids, sorted, are shingles[offsets[k], offsets[k + 1]). */
  shingles: Int32Array;
  offsets: Int32Array;
}

/** Splits a text into sentences and words, and turns each sentence into its set of shingle ids. */
export function tokenize(text: string, vocab: Vocabulary): SourceSentences {
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
