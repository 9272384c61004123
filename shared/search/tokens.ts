// Index tokens on their way into flexsearch. The vocabulary keeps one string per distinct token ever
// indexed, so that:
// - a block's words are handed to flexsearch once each (flexsearch skips repeats itself, but at several
//   times the cost), and always as the same string object, which V8 internalizes the first time flexsearch
//   uses it as a key, so flexsearch's own lookups of it are cheap; a word seen before is not sliced again;
// - a query can ask whether a token was ever indexed without asking flexsearch, and without building the
//   string: most of the thousands of tokens a spelling-variant query looks up (every one-edit neighbour of
//   the word, behind every proclitic) are not words of the texts.
// It never forgets a token (a removed source's words stay until the index is rebuilt): "indexed" means
// "may be in flexsearch", and flexsearch has the last word.

const FNV_START = 0x811c9dc5;

/** FNV-1a over s[start, end), continuing from h. */
function hashOn(h: number, s: string, start: number, end: number): number {
  for (let i = start; i < end; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h;
}

export class Vocabulary {
  /** The current block's distinct tokens (startBlock clears it). */
  readonly block: string[] = [];
  private readonly words: string[] = [];
  /** Per word, the block that last added it. */
  private seen: Int32Array = new Int32Array(1024);
  /** Per word, how often it was added (every occurrence, not once a block): the corpus frequency. */
  private occurrences: Int32Array = new Int32Array(1024);
  /** Word occurrences added in all. */
  total = 0;
  /** Open addressing, two entries a slot (one memory read a probe): the word's hash, its index + 1 (0: empty). */
  private table: Int32Array = new Int32Array(2 << 12);
  /**
   * A Bloom filter of the hashes (two bits in one 32-bit word, 256 KB: stays in cache, ~2 % false "maybe"
   * at 150,000 words): a token that is not there is turned away without a probe into the large table.
   */
  private readonly filter = new Int32Array(1 << 16);
  private stamp = 0;

  get size(): number {
    return this.words.length;
  }

  startBlock(): void {
    this.block.length = 0;
    this.stamp++;
  }

  /** Adds the word s[start, end) to the current block, unless the block has it already. */
  add(s: string, start: number, end: number): void {
    const h = hashOn(FNV_START, s, start, end);
    const table = this.table;
    const mask = (table.length >> 1) - 1;
    const len = end - start;
    let i = h & mask;
    for (let entry = table[2 * i + 1]!; entry !== 0; entry = table[2 * i + 1]!) {
      if (table[2 * i] === h) {
        const word = this.words[entry - 1]!;
        if (word.length === len && s.startsWith(word, start)) {
          this.occurrences[entry - 1]!++;
          this.total++;
          if (this.seen[entry - 1] !== this.stamp) {
            this.seen[entry - 1] = this.stamp;
            this.block.push(word);
          }
          return;
        }
      }
      i = (i + 1) & mask;
    }
    const w = this.words.length;
    const word = s.slice(start, end);
    this.words.push(word);
    if (w >= this.seen.length) {
      const seen = new Int32Array(this.seen.length * 2);
      seen.set(this.seen);
      this.seen = seen;
      const occurrences = new Int32Array(this.seen.length);
      occurrences.set(this.occurrences);
      this.occurrences = occurrences;
    }
    this.seen[w] = this.stamp;
    this.occurrences[w] = 1;
    this.total++;
    this.filter[h >>> 16] = this.filter[h >>> 16]! | filterBits(h);
    table[2 * i] = h;
    table[2 * i + 1] = w + 1;
    this.block.push(word);
    if (this.words.length * 2 > mask + 1) this.rehash();
  }

  /** The indexed token prefix + code.slice(from) if there is one (the vocabulary's own string), else undefined. */
  find(prefix: string, code: string, from: number): string | undefined {
    const h = hashOn(hashOn(FNV_START, prefix, 0, prefix.length), code, from, code.length);
    const bits = filterBits(h);
    if ((this.filter[h >>> 16]! & bits) !== bits) return undefined;
    const table = this.table;
    const mask = (table.length >> 1) - 1;
    const len = prefix.length + code.length - from;
    for (let i = h & mask, entry = table[2 * i + 1]!; entry !== 0; i = (i + 1) & mask, entry = table[2 * i + 1]!) {
      if (table[2 * i] !== h) continue;
      const word = this.words[entry - 1]!;
      if (word.length === len && word.startsWith(prefix) && sameFrom(word, prefix.length, code, from)) return word;
    }
    return undefined;
  }

  /** How often the token (compact form) was added: 0 when never. Removed sources still count until a rebuild. */
  count(token: string): number {
    const word = this.find('', token, 0);
    if (word === undefined) return 0;
    const table = this.table;
    const mask = (table.length >> 1) - 1;
    const h = hashOn(FNV_START, token, 0, token.length);
    for (let i = h & mask, entry = table[2 * i + 1]!; entry !== 0; i = (i + 1) & mask, entry = table[2 * i + 1]!) {
      if (table[2 * i] === h && this.words[entry - 1] === word) return this.occurrences[entry - 1]!;
    }
    return 0;
  }

  /** Whether the token was ever added. */
  has(token: string): boolean {
    return this.find('', token, 0) !== undefined;
  }

  private rehash(): void {
    const table = new Int32Array(this.table.length * 2);
    const mask = (table.length >> 1) - 1;
    for (let i = 0; i < this.table.length; i += 2) {
      const entry = this.table[i + 1]!;
      if (entry === 0) continue;
      const h = this.table[i]!;
      let j = h & mask;
      while (table[2 * j + 1] !== 0) j = (j + 1) & mask;
      table[2 * j] = h;
      table[2 * j + 1] = entry;
    }
    this.table = table;
  }
}

/** The two filter bits of a hash (from bits the table slot and the filter word do not use first). */
function filterBits(h: number): number {
  const m = Math.imul(h, 0x9e3779b1);
  return (1 << (m >>> 27)) | (1 << ((m >>> 22) & 31));
}

/** Whether a.slice(at) === b.slice(from) (lengths already equal). */
function sameFrom(a: string, at: number, b: string, from: number): boolean {
  for (let i = from; i < b.length; i++) if (a.charCodeAt(at + i - from) !== b.charCodeAt(i)) return false;
  return true;
}
