// Query planning, chunking and exact verification for Arabic search. Everything here works on one text at a
// time and needs no index: searchText (the in-page Ctrl+F) uses it directly, SourceSearchIndex uses it to
// verify the candidate chunks flexsearch returns, so both give the same hits for the same text.
//
// Matching is on normalizeArabic output, word by word: a query word matches a text word that equals it, or
// that is a proclitic (و ف ب ل ك ال and their combinations) followed by it: "ايزنهاور" finds "وإيزنهاور",
// and the hit starts after the proclitic. Multi-word queries match the words in sequence within one line.
//
// A text is normalized once (prepareText) into its compact form (compact.ts): one byte per normalized unit,
// with a sparse map back to raw offsets. A query is located in a chunk with indexOf (Locator): every word
// matchWord accepts ends with one of the query word's tails, and every spelling variant holds one of two
// pieces of the query word, so only the words holding those (and their neighbours, for a phrase) are read.
// findInChunk is the plain word-by-word reading of one chunk, kept as the reference the tests compare with.

import { normalizeArabic, toRawSpan, type Normalized } from '../text/normalize.ts';
import { spellingVariant, words, type Word } from '../text/words.ts';
import type { Vocabulary } from './tokens.ts';
import { compactText, decodeWord, encodeWord, rawOffset, WILD, wordUnits, type CompactText } from './compact.ts';

export interface SearchOptions {
  /** Also match words of 5+ letters one edit or one swap away (spellingVariant). Opt-in: noisy in Arabic. */
  variants?: boolean;
  /** Groups of equivalent words: a query word in a group matches every word of the group. */
  aliases?: string[][];
  /** Most hits returned (default 1000). */
  limit?: number;
  /** Let a query word match after a proclitic (و ف ب ل ك ال …). Default true. */
  clitics?: boolean;
}

/** One hit: raw offsets (UTF-16 units) into the text and the raw slice. */
export interface TextHit {
  start: number;
  end: number;
  text: string;
}

export const DEFAULT_LIMIT = 1000;

/** Proclitics (normalized), longest first so the shortest stem is tried last. */
const CLITICS = ['ولل', 'فلل', 'وال', 'فال', 'بال', 'كال', 'لل', 'ال', 'وب', 'ول', 'وك', 'فب', 'فل', 'فك', 'و', 'ف', 'ب', 'ل', 'ك'];
/** ل + ال is written لل: after these, "لرئيس" is read as "الرئيس". */
const LAM_LAM = ['ل', 'ول', 'فل'];
const CLITIC_START = new Set([...'وفبلكا'].map((c) => c.charCodeAt(0)));
/** The same in compact form (compact.ts). */
const CLITIC_CODES = CLITICS.map(encodeWord);
const LAM_LAM_PREFIX_CODES = LAM_LAM.map(encodeWord);
/** LAM_LAM proclitics with the ل that follows them (p + ل). */
const LAM_LAM_CODES = LAM_LAM.map((p) => encodeWord(`${p}ل`));
const ALEF = encodeWord('ا').charCodeAt(0);
const CLITIC_START_CODES = new Set([...CLITIC_START].map((c) => encodeWord(String.fromCharCode(c)).charCodeAt(0)));
/** A stem left after a proclitic must have at least this many units (so "و" alone is not a stem). */
const MIN_STEM = 2;

/** One way to read a text word: the form a query word must equal, and where in the word the hit starts. */
export interface WordForm {
  form: string;
  offset: number;
}

/**
 * The readings of a normalized text word: the word itself, then the word without each proclitic it starts
 * with, and for ل + ال contracted to لل ("للرئيس") the restored "الرئيس" (hit starting at the second ل).
 */
export function wordForms(word: string, clitics = true): WordForm[] {
  const out: WordForm[] = [{ form: word, offset: 0 }];
  if (!clitics) return out;
  for (const p of CLITICS) {
    if (word.length - p.length >= MIN_STEM && word.startsWith(p)) out.push({ form: word.slice(p.length), offset: p.length });
  }
  for (const p of LAM_LAM) {
    if (word.length - p.length - 1 >= MIN_STEM && word.startsWith(`${p}ل`)) {
      out.push({ form: `ا${word.slice(p.length)}`, offset: p.length });
    }
  }
  return out;
}

/** One query word: the normalized forms it matches exactly, and the word itself for spelling variants. */
export interface Term {
  word: string;
  exact: Set<string>;
  /** What a word must end with to match exactly after a proclitic (the forms, and ال-forms without the ا). */
  tails: string[];
  fuzzy: boolean;
}

export interface QueryPlan {
  terms: Term[];
  clitics: boolean;
}

/** Normalized single words of a string (alias entries and query words go through the same normalization). */
function normalizedWords(s: string): string[] {
  return words(normalizeArabic(s).text).map((w) => w.text);
}

/** Normalizes the query and the aliases; an empty plan (no words) matches nothing. */
export function planQuery(query: string, opts: SearchOptions = {}): QueryPlan {
  const groups = (opts.aliases ?? [])
    .map((g) => g.map(normalizedWords).filter((w) => w.length === 1).map((w) => w[0]!))
    .filter((g) => g.length > 1);
  const terms = normalizedWords(query).map((word): Term => {
    const exact = new Set([word]);
    for (const g of groups) if (g.includes(word)) for (const w of g) exact.add(w);
    const tails = [...exact].flatMap((e) => (e.startsWith('ال') ? [e.slice(1)] : [e]));
    return { word, exact, tails, fuzzy: opts.variants === true };
  });
  return { terms, clitics: opts.clitics !== false };
}

/** Where in `word` a hit for `term` starts, or -1: the same readings as wordForms, without allocating them. */
export function matchWord(word: string, term: Term, clitics: boolean): number {
  if (term.exact.has(word)) return 0;
  if (clitics && CLITIC_START.has(word.charCodeAt(0)) && term.tails.some((t) => word.endsWith(t))) {
    for (const p of CLITICS) {
      if (word.length - p.length >= MIN_STEM && word.startsWith(p) && term.exact.has(word.slice(p.length))) return p.length;
    }
    for (const p of LAM_LAM) {
      if (word.length - p.length - 1 >= MIN_STEM && word.startsWith(`${p}ل`) && term.exact.has(`ا${word.slice(p.length)}`)) return p.length;
    }
  }
  if (term.fuzzy && word.length >= 4) for (const f of wordForms(word, clitics)) if (spellingVariant(term.word, f.form)) return f.offset;
  return -1;
}

/**
 * Index tokens to look up for a term: its exact forms, each behind every proclitic (the index holds whole
 * words only), and with variants every spelling variant of the query word likewise.
 */
export function lookupTokens(term: Term, clitics: boolean): string[] {
  const stems = [...term.exact];
  if (term.fuzzy) stems.push(...editNeighbours(term.word));
  if (!clitics) return stems;
  const out = new Set<string>();
  for (const stem of stems) {
    out.add(stem);
    if (stem.length < MIN_STEM) continue;
    for (const p of CLITICS) out.add(p + stem);
    if (stem.startsWith('ال') && stem.length - 1 >= MIN_STEM) for (const p of LAM_LAM) out.add(`${p}${stem.slice(1)}`);
  }
  return [...out];
}

/** A stretch of text (whole lines, or a piece of a long line): hits start in [start, end); verification reads to verifyEnd. */
export interface Chunk {
  start: number;
  end: number;
  verifyEnd: number;
}

/** Lines are grouped into chunks of about this many raw units; a longer line is cut at a space. */
export const MAX_CHUNK = 4000;
/** How far past a cut inside a line verification (and indexing) reads, so a phrase across the cut is found. */
export const OVERLAP = 300;

const LINE_BREAK = /[\n\r]/;
const LINE_BREAK_G = /\r\n?|\n/g;
const HAS_WORD = /[\p{L}\p{N}]/u;

/**
 * Cuts a text into chunks of whole lines (up to MAX_CHUNK units; longer lines cut at spaces, with an
 * overlap). Text without a letter or digit is left out. Phrases never match across a line break.
 */
export function chunkText(raw: string): Chunk[] {
  const out: Chunk[] = [];
  let blockStart = -1;
  let blockEnd = -1;
  const flush = () => {
    if (blockStart >= 0 && HAS_WORD.test(raw.slice(blockStart, blockEnd))) out.push({ start: blockStart, end: blockEnd, verifyEnd: blockEnd });
    blockStart = -1;
  };
  const line = (s: number, e: number) => {
    if (e - s > MAX_CHUNK) {
      flush();
      while (e - s > MAX_CHUNK) {
        let cut = raw.lastIndexOf(' ', s + MAX_CHUNK);
        if (cut <= s) cut = s + MAX_CHUNK;
        if (isLowSurrogate(raw.charCodeAt(cut))) cut--;
        const space = raw.indexOf(' ', Math.min(e, cut + OVERLAP));
        const verifyEnd = space < 0 || space > e ? e : space;
        if (HAS_WORD.test(raw.slice(s, cut))) out.push({ start: s, end: cut, verifyEnd });
        s = cut;
      }
    }
    if (blockStart >= 0 && e - blockStart > MAX_CHUNK) flush();
    if (blockStart < 0) blockStart = s;
    blockEnd = e;
  };
  let lineStart = 0;
  for (const m of raw.matchAll(LINE_BREAK_G)) {
    line(lineStart, m.index);
    lineStart = m.index + m[0].length;
  }
  line(lineStart, raw.length);
  flush();
  return out;
}

function isLowSurrogate(unit: number): boolean {
  return unit >= 0xdc00 && unit <= 0xdfff;
}

const ARABIC_LETTERS = 'ابتثجحخدذرزسشصضطظعغفقكلمنهويء';
const LATIN = 'abcdefghijklmnopqrstuvwxyz0123456789';

/**
 * Every string one edit or one swap from `word` that spellingVariant could accept (5+ letters), over the
 * normalized Arabic letters (or Latin letters and digits for a Latin word) plus the word's own letters:
 * the index looks these up instead of keeping a vocabulary.
 */
export function editNeighbours(word: string): string[] {
  if (word.length < 4) return [];
  const alphabet = new Set([...(/[\u0600-\u06ff]/.test(word) ? ARABIC_LETTERS : LATIN), ...word]);
  const out = new Set<string>();
  for (let i = 0; i <= word.length; i++) {
    const head = word.slice(0, i);
    const tail = word.slice(i);
    for (const c of alphabet) {
      out.add(head + c + tail);
      if (i < word.length) out.add(head + c + word.slice(i + 1));
    }
    if (i < word.length) out.add(head + word.slice(i + 1));
    if (i + 1 < word.length) out.add(head + word[i + 1] + word[i] + word.slice(i + 2));
  }
  out.delete(word);
  return [...out].filter((w) => spellingVariant(word, w));
}

/** Same as words() for BMP text, without a regex. */
export function scanWords(text: string): Word[] {
  const table = wordUnits();
  const out: Word[] = [];
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const isWord = i < text.length && table[text.charCodeAt(i)] === 1;
    if (isWord) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      out.push({ text: text.slice(start, i), start, end: i });
      start = -1;
    }
  }
  return out;
}

/**
 * Hits of the plan in one chunk of `raw`, in order, as raw offsets; pushes at most `room` hits. The plain
 * reading (normalize the chunk, read every word): the reference for Locator, which gives the same hits.
 */
export function findInChunk(raw: string, chunk: Chunk, plan: QueryPlan, out: TextHit[], room: number): void {
  const n = plan.terms.length;
  if (n === 0 || room <= 0) return;
  const slice = raw.slice(chunk.start, chunk.verifyEnd);
  const norm = normalizeArabic(slice);
  const ws = scanWords(norm.text);
  let added = 0;
  for (let i = 0; i + n <= ws.length && added < room; i++) {
    const offset = matchWord(ws[i]!.text, plan.terms[0]!, plan.clitics);
    if (offset < 0) continue;
    let k = 1;
    while (
      k < n && !LINE_BREAK.test(norm.text.slice(ws[i + k - 1]!.end, ws[i + k]!.start)) &&
      matchWord(ws[i + k]!.text, plan.terms[k]!, plan.clitics) >= 0
    ) k++;
    if (k < n) continue;
    const span = toRawSpan(slice, norm, ws[i]!.start + offset, ws[i + n - 1]!.end);
    const start = chunk.start + span.start;
    if (start >= chunk.end) break; // belongs to the next chunk, which reads it itself
    const end = chunk.start + span.end;
    out.push({ start, end, text: raw.slice(start, end) });
    added++;
    i += n - 1; // hits do not overlap
  }
}

/** A text normalized once for searching: its compact form and its chunks (chunkText) in both offsets. */
export interface PreparedText {
  raw: string;
  compact: CompactText;
  /** Per chunk, CHUNK_FIELDS numbers: raw start, end, verifyEnd, then compact start and verifyEnd. */
  chunks: Int32Array;
}

export const CHUNK_FIELDS = 5;

/** Normalizes a text once: what searchText and SourceSearchIndex verify hits on. */
export function prepareText(raw: string): PreparedText {
  const list = chunkText(raw);
  const rawBounds = new Int32Array(list.length * 2);
  for (let k = 0; k < list.length; k++) {
    rawBounds[2 * k] = list[k]!.start;
    rawBounds[2 * k + 1] = list[k]!.verifyEnd;
  }
  const { compact, at } = compactText(raw, rawBounds);
  const chunks = new Int32Array(list.length * CHUNK_FIELDS);
  for (let k = 0; k < list.length; k++) {
    const c = list[k]!;
    const o = k * CHUNK_FIELDS;
    chunks[o] = c.start;
    chunks[o + 1] = c.end;
    chunks[o + 2] = c.verifyEnd;
    chunks[o + 3] = at[2 * k]!;
    chunks[o + 4] = at[2 * k + 1]!;
  }
  return { raw, compact, chunks };
}

/** Number of chunks of a prepared text. */
export function chunkCount(text: PreparedText): number {
  return text.chunks.length / CHUNK_FIELDS;
}

/**
 * Index tokens of chunk k: its words in compact form, added to the vocabulary's current block. Query words
 * are looked up in compact form too (forEachLookup).
 */
export function chunkWords(text: PreparedText, k: number, out: Vocabulary): void {
  const s = text.compact.text;
  const end = text.chunks[k * CHUNK_FIELDS + 4]!;
  let i = text.chunks[k * CHUNK_FIELDS + 3]!;
  while (i < end) {
    while (i < end && s.charCodeAt(i) <= SPACE) i++;
    const start = i;
    while (i < end && s.charCodeAt(i) > SPACE) i++;
    if (i > start) out.add(s, start, i);
  }
}

/**
 * lookupTokens in compact form (the same strings through encodeWord, which maps unit by unit), as
 * prefix + code.slice(from) without building them: an index looks up thousands for a variants query and
 * finds few. Tokens may repeat; callers keep the ones they find once.
 */
export function forEachLookup(term: Term, clitics: boolean, visit: (prefix: string, code: string, from: number) => void): void {
  const stems = [...term.exact];
  if (term.fuzzy) stems.push(...editNeighbours(term.word));
  for (const stem of stems) {
    const code = encodeWord(stem);
    visit('', code, 0);
    if (!clitics || stem.length < MIN_STEM) continue;
    for (const p of CLITIC_CODES) visit(p, code, 0);
    if (stem.startsWith('ال') && stem.length - 1 >= MIN_STEM) for (const p of LAM_LAM_PREFIX_CODES) visit(p, code, 1);
  }
}

/** The tokens of forEachLookup as strings, each once (lookupTokens through encodeWord). */
export function lookupCodes(term: Term, clitics: boolean): string[] {
  const out = new Set<string>();
  forEachLookup(term, clitics, (prefix, code, from) => out.add(prefix + code.slice(from)));
  return [...out];
}

const SPACE = 0x20;
const LF = 0x0a;
const CR = 0x0d;

// How often each compact byte occurs, as a share of normalized units (Arabic prose; the 40 MB benchmark
// corpus measured 2026-11-22). Only used to choose what indexOf looks for: V8's indexOf runs through the
// text from one occurrence of the needle's first unit to the next (native code, fast), and every match it
// returns costs a JavaScript check (slow). So a needle should start with a rare unit and be rare itself.
const LETTER_SHARES: Readonly<Record<string, number>> = {
  ا: 0.135, ل: 0.082, ي: 0.073, و: 0.046, م: 0.042, ت: 0.041, ه: 0.04, ن: 0.037, ر: 0.037, ب: 0.028, د: 0.023,
  ع: 0.022, س: 0.022, ك: 0.021, ف: 0.019, ق: 0.017, ح: 0.014, ج: 0.009, ش: 0.0086, خ: 0.0074, ص: 0.0073,
  ط: 0.0059, ض: 0.0054, ذ: 0.005, ث: 0.0043, ز: 0.0038, غ: 0.0035, ء: 0.0019, ظ: 0.0015,
};
/** Share of any other word unit (Latin letters and digits in Arabic text, Persian letters, WILD). */
const OTHER_SHARE = 0.003;
let SHARES: Float64Array | undefined;
function share(byte: number): number {
  if (!SHARES) {
    SHARES = new Float64Array(256).fill(OTHER_SHARE);
    for (const [letter, value] of Object.entries(LETTER_SHARES)) SHARES[encodeWord(letter).charCodeAt(0)] = value;
  }
  return SHARES[byte]!;
}
/** Relative cost of passing one occurrence of a needle's first unit (native) and of one match (JavaScript). */
const HOP_COST = 1;
const MATCH_COST = 10;

/**
 * What indexOf looks for to find the words that may match a term: a tail (the word must end with it), or a
 * piece of the query word (a spelling variant contains it somewhere). Split into the needle indexOf finds
 * (the end of the piece from where it is cheapest to search) and the head that must come right before it.
 */
interface Needle {
  head: string;
  needle: string;
  back: number;
  /** A piece found anywhere in a word; otherwise a tail, found only at a word's end. */
  anywhere: boolean;
}

/** The cheapest needle for `piece`, and its expected cost per unit of text. */
function needleOf(piece: string, anywhere: boolean): { needle: Needle; cost: number } {
  let best = 0;
  let bestCost = Infinity;
  let rest = 1; // share of occurrences of piece.slice(b)
  for (let b = piece.length - 1; b >= 0; b--) {
    rest *= share(piece.charCodeAt(b));
    const cost = share(piece.charCodeAt(b)) * HOP_COST + rest * MATCH_COST;
    if (cost < bestCost) {
      bestCost = cost;
      best = b;
    }
  }
  return { needle: { head: piece.slice(0, best), needle: piece.slice(best), back: best, anywhere }, cost: bestCost };
}

/**
 * The needles that find every word matchWord can accept for a term, and their cost. A word matches exactly
 * or after a proclitic only if it ends with one of the term's tails. A spelling variant f of the query word
 * W (one edit or one swap) keeps W[1, k) at its position 1, or ends with W[k + 1, end): an edit at or after
 * k leaves f's first k units alone, an edit before k leaves the end from k + 1 on (a swap of k − 1 and k
 * too). The readings of a text word are its ends (after a proclitic), with an ا put back for the ل + ال
 * reading, and neither piece includes f's first unit, so the text word itself contains one of the pieces.
 */
function termNeedles(term: Term, tails: string[]): { needles: Needle[]; cost: number } {
  const needles: Needle[] = [];
  let cost = 0;
  const pieces: string[] = [];
  const w = encodeWord(term.word);
  if (term.fuzzy && w.length >= 4) {
    let bestCost = Infinity;
    for (let k = 2; k <= w.length - 2; k++) {
      const pair = [w.slice(1, k), w.slice(k + 1)];
      const c = needleOf(pair[0]!, true).cost + needleOf(pair[1]!, true).cost;
      if (c < bestCost) {
        bestCost = c;
        pieces.splice(0, 2, ...pair);
      }
    }
  }
  for (const piece of pieces) {
    const n = needleOf(piece, true);
    needles.push(n.needle);
    cost += n.cost;
  }
  // A word ending with a tail that holds a piece is found by the piece already.
  for (const t of tails) {
    if (pieces.some((piece) => t.includes(piece))) continue;
    const n = needleOf(t, false);
    needles.push(n.needle);
    cost += n.cost;
  }
  return { needles, cost };
}

/** A query ready to be located in prepared texts. */
export interface CompiledQuery {
  plan: QueryPlan;
  /** The term whose needles indexOf looks for: the cheapest. */
  anchor: number;
  needles: Needle[];
  /** Per term, its tails in compact form (a cheap test before decoding a word). */
  tails: string[][];
  /** Per term, the same term without spelling variants (matchWord's exact and proclitic steps). */
  exactTerms: Term[];
  /** Per term, the word in compact form, or undefined when it has a WILD unit (then words are decoded). */
  codes: (string | undefined)[];
  /** Per term, the word's length in code points (spellingVariant's length rule). */
  codePoints: number[];
}

export function compileQuery(plan: QueryPlan): CompiledQuery {
  const tails = plan.terms.map((t) => minimalTails(t.tails.map(encodeWord)));
  const options = plan.terms.map((t, j) => termNeedles(t, tails[j]!));
  let anchor = 0;
  for (let j = 1; j < options.length; j++) if (options[j]!.cost < options[anchor]!.cost) anchor = j;
  return {
    plan,
    anchor,
    needles: options[anchor]?.needles ?? [],
    tails,
    exactTerms: plan.terms.map((t) => ({ ...t, fuzzy: false })),
    codes: plan.terms.map((t) => {
      const code = encodeWord(t.word);
      return code.includes(String.fromCharCode(WILD)) ? undefined : code;
    }),
    codePoints: plan.terms.map((t) => [...t.word].length),
  };
}

/** Distinct tails, leaving out any that ends with another (a word ending with it ends with the other). */
function minimalTails(tails: string[]): string[] {
  const unique = [...new Set(tails)].sort((a, b) => a.length - b.length);
  const out: string[] = [];
  for (const t of unique) if (!out.some((u) => t.endsWith(u))) out.push(t);
  return out;
}

/**
 * Locates a compiled query in chunks of prepared texts: indexOf finds the anchor term's needles in the
 * chunk, and only the words holding one (and their neighbours, for a phrase) are read and tested, with
 * matchWord's rules (spelling variants on the compact bytes, without decoding).
 */
export class Locator {
  /** Candidate words (start, end), where each needle's run of them starts, and room to merge the runs. */
  private starts: number[] = [];
  private ends: number[] = [];
  private runs: number[] = [];
  private tmpStarts: number[] = [];
  private tmpEnds: number[] = [];
  private readonly span: Normalized = { text: '', toRaw: new Int32Array(2) };
  readonly query: CompiledQuery;

  constructor(query: CompiledQuery) {
    this.query = query;
  }

  /** Hits in chunk k of `text`, in order, as raw offsets; pushes at most `room` hits. */
  locate(text: PreparedText, k: number, out: TextHit[], room: number): void {
    if (room <= 0 || this.query.plan.terms.length === 0) return;
    this.anchorChunk(text, k, out, room);
  }

  /** Words holding an anchor needle, then the words around them. */
  private anchorChunk(text: PreparedText, k: number, out: TextHit[], room: number): void {
    const s = text.compact.text;
    const o = k * CHUNK_FIELDS;
    const ns = text.chunks[o + 3]!;
    const ne = text.chunks[o + 4]!;
    const region = s.slice(ns, ne); // a view: indexOf stops at the chunk's end
    const starts = this.starts;
    const ends = this.ends;
    let count = this.collect(this.query.needles, s, region, ns, ne, starts, ends);
    if (count === 0) return;
    const terms = this.query.plan.terms;
    const anchor = this.query.anchor;
    let slice: string | undefined;
    let taken = ns; // hits do not overlap: the next one starts at or after the end of the last
    let added = 0;
    for (let c = 0; c < count && added < room; c++) {
      const ws = starts[c]!;
      const we = ends[c]!;
      // The words of the phrase around the anchor (none for one word): the first term's word starts at
      // first, the last term's ends at last. Checked before the anchor itself, which is the likeliest match.
      let first = ws;
      let offset = 0;
      let ok = true;
      for (let j = anchor - 1; j >= 0; j--) {
        let q = first - 1;
        while (q >= ns && s.charCodeAt(q) <= SPACE) {
          const b = s.charCodeAt(q);
          if (b === LF || b === CR) break;
          q--;
        }
        if (q < ns || s.charCodeAt(q) <= SPACE) {
          ok = false;
          break;
        }
        const e = q + 1;
        while (q > ns && s.charCodeAt(q - 1) > SPACE) q--;
        offset = this.matchAt(text, j, q, e);
        first = q;
        if (offset < 0) {
          ok = false;
          break;
        }
      }
      if (!ok || first < taken) continue;
      let last = we;
      for (let j = anchor + 1; j < terms.length; j++) {
        let q = last;
        while (q < ne && s.charCodeAt(q) <= SPACE) {
          const b = s.charCodeAt(q);
          if (b === LF || b === CR) break;
          q++;
        }
        if (q >= ne || s.charCodeAt(q) <= SPACE) {
          ok = false;
          break;
        }
        const b0 = q;
        while (q < ne && s.charCodeAt(q) > SPACE) q++;
        last = q;
        if (this.matchAt(text, j, b0, q) < 0) {
          ok = false;
          break;
        }
      }
      if (!ok) continue;
      const anchorOffset = this.matchAt(text, anchor, ws, we);
      if (anchorOffset < 0) continue;
      if (anchor === 0) offset = anchorOffset;
      slice ??= text.raw.slice(text.chunks[o]!, text.chunks[o + 2]!);
      if (!this.push(text, o, slice, first + offset, last, out)) return;
      added++;
      taken = last;
    }
  }

  /**
   * The words of the chunk [ns, ne) that hold one of the needles, in order, each once, into starts/ends;
   * returns how many.
   */
  private collect(needles: Needle[], s: string, region: string, ns: number, ne: number, starts: number[], ends: number[]): number {
    const runs = this.runs;
    let count = 0;
    for (let r = 0; r < needles.length; r++) {
      const { head, needle, back, anywhere } = needles[r]!;
      const first = count;
      runs[r] = count;
      for (let q = region.indexOf(needle); q >= 0; q = region.indexOf(needle, q + 1)) {
        const p = ns + q - back; // where the tail or piece starts
        let we = ns + q + needle.length;
        if (p < ns || (!anywhere && we < ne && s.charCodeAt(we) > SPACE)) continue;
        if (back > 0 && !s.startsWith(head, p)) continue;
        let ws = p;
        while (ws > ns && s.charCodeAt(ws - 1) > SPACE) ws--;
        if (count > first && starts[count - 1] === ws) continue; // the same word again
        if (anywhere) while (we < ne && s.charCodeAt(we) > SPACE) we++;
        starts[count] = ws;
        ends[count++] = we;
      }
    }
    if (needles.length > 1 && count > 0) count = mergeRuns(starts, ends, runs, count, this.tmpStarts, this.tmpEnds);
    return count;
  }

  /**
   * matchWord(word, term j) for the compact word [start, end). Decodes the word only when it ends with one
   * of the term's tails (the exact and proclitic readings); spelling variants are tested on the bytes.
   */
  private matchAt(text: PreparedText, j: number, start: number, end: number): number {
    const q = this.query;
    const term = q.plan.terms[j]!;
    const s = text.compact.text;
    const len = end - start;
    let tail = false;
    for (const t of q.tails[j]!) {
      if (t.length <= len && s.startsWith(t, end - t.length)) {
        tail = true;
        break;
      }
    }
    const w = term.word.length;
    // A spelling variant of a reading (the word, or the word after a proclitic of 1–3 units, or the ل + ال
    // reading) is within one unit of the query word's length.
    const fuzzy = term.fuzzy && len >= 4 && len >= w - 1 && len <= w + 4;
    if (!tail && !fuzzy) return -1;
    const code = q.codes[j];
    if (!fuzzy || code === undefined || hasWild(text.compact, start, end)) {
      return matchWord(decodeWord(text.compact, start, end), term, q.plan.clitics);
    }
    if (tail) {
      const exact = matchWord(decodeWord(text.compact, start, end), q.exactTerms[j]!, q.plan.clitics);
      if (exact >= 0) return exact;
    }
    return variantAt(s, start, end, code, q.codePoints[j]!, q.plan.clitics);
  }

  /** Pushes the hit [start, end) (compact offsets) of the chunk at o; false when it belongs to the next chunk. */
  private push(text: PreparedText, o: number, slice: string, start: number, end: number, out: TextHit[]): boolean {
    const chunkStart = text.chunks[o]!;
    const rawStart = rawOffset(text.compact, start);
    if (rawStart >= text.chunks[o + 1]!) return false; // the next chunk reads it itself
    const toRaw = this.span.toRaw;
    toRaw[0] = rawStart - chunkStart;
    toRaw[1] = rawOffset(text.compact, end - 1) - chunkStart;
    // toRawSpan over the chunk's raw slice, as findInChunk: a two-entry map holds all it reads.
    const span = toRawSpan(slice, this.span, 0, 2);
    const a = chunkStart + span.start;
    const b = chunkStart + span.end;
    out.push({ start: a, end: b, text: text.raw.slice(a, b) });
    return true;
  }
}

/** Whether the compact range [start, end) has a WILD unit. */
function hasWild(c: CompactText, start: number, end: number): boolean {
  const at = c.wildAt;
  if (at.length === 0) return false;
  let lo = 0;
  let hi = at.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (at[mid]! < start) lo = mid + 1;
    else hi = mid;
  }
  return lo < at.length && at[lo]! < end;
}

/**
 * matchWord's spelling-variant step on the bytes of a word without WILD units, for a query word `code`
 * (compact, no WILD) of `points` code points: the readings in wordForms order, each tested as
 * spellingVariant would (one edit or one swap, the longer having 5+ code points; BMP only, so units are
 * code points). Returns the first matching reading's offset, or -1.
 */
function variantAt(s: string, start: number, end: number, code: string, points: number, clitics: boolean): number {
  const len = end - start;
  // Every reading ends where the word ends, and one edit or swap leaves one of the query word's last two
  // units in one of the reading's last two places: most words fail this before any reading is built.
  const w1 = code.charCodeAt(code.length - 1);
  const w2 = code.charCodeAt(code.length - 2);
  const e1 = s.charCodeAt(end - 1);
  const e2 = s.charCodeAt(end - 2);
  if (e1 !== w1 && e1 !== w2 && e2 !== w1 && e2 !== w2) return -1;
  if (isVariant(code, points, s, start, end, false)) return 0;
  if (!clitics || !CLITIC_START_CODES.has(s.charCodeAt(start))) return -1;
  for (const p of CLITIC_CODES) {
    if (len - p.length >= MIN_STEM && s.startsWith(p, start) && isVariant(code, points, s, start + p.length, end, false)) return p.length;
  }
  for (let i = 0; i < LAM_LAM.length; i++) {
    const p = LAM_LAM_CODES[i]!;
    const offset = p.length - 1;
    if (len - offset - 1 >= MIN_STEM && s.startsWith(p, start) && isVariant(code, points, s, start + offset, end, true)) return offset;
  }
  return -1;
}

/** spellingVariant(a, b) where b is s[start, end), preceded by an ا when `alef` (the ل + ال reading). */
function isVariant(a: string, aPoints: number, s: string, start: number, end: number, alef: boolean): boolean {
  const lead = alef ? 1 : 0;
  const bl = end - start + lead;
  const al = a.length;
  if (Math.max(aPoints, bl) < 5) return false;
  if (al - bl > 1 || bl - al > 1) return false;
  const at = (i: number) => (i < lead ? ALEF : s.charCodeAt(start + i - lead));
  let i = 0;
  const common = Math.min(al, bl);
  while (i < common && a.charCodeAt(i) === at(i)) i++;
  if (i === al && al === bl) return false; // the same word is not a variant of itself
  if (al === bl) {
    // One substitution at i (levenshtein1) or one swap of i and i + 1 (oneTransposition): the rest equal.
    let rest = i + 1;
    while (rest < al && a.charCodeAt(rest) === at(rest)) rest++;
    if (rest === al) return true;
    if (i + 1 < al && a.charCodeAt(i) === at(i + 1) && a.charCodeAt(i + 1) === at(i)) {
      for (let k = i + 2; k < al; k++) if (a.charCodeAt(k) !== at(k)) return false;
      return true;
    }
    return false;
  }
  // One unit inserted at i in the longer: the rest of the shorter equals the longer after it.
  if (al < bl) {
    for (let k = i; k < al; k++) if (a.charCodeAt(k) !== at(k + 1)) return false;
  } else {
    for (let k = i; k < bl; k++) if (at(k) !== a.charCodeAt(k + 1)) return false;
  }
  return true;
}

/**
 * Merges the runs of (start, end) pairs that each needle found (each run ascending; runs[i] is where run i
 * starts) into one ascending run without repeated starts, in place; returns the new count.
 */
function mergeRuns(starts: number[], ends: number[], runs: number[], count: number, tmpStarts: number[], tmpEnds: number[]): number {
  const heads = runs.slice();
  const limits = runs.map((_, i) => runs[i + 1] ?? count);
  let n = 0;
  for (;;) {
    let pick = -1;
    for (let r = 0; r < heads.length; r++) {
      if (heads[r]! < limits[r]! && (pick < 0 || starts[heads[r]!]! < starts[heads[pick]!]!)) pick = r;
    }
    if (pick < 0) break;
    const i = heads[pick]!++;
    if (n > 0 && tmpStarts[n - 1] === starts[i]) continue;
    tmpStarts[n] = starts[i]!;
    tmpEnds[n++] = ends[i]!;
  }
  for (let i = 0; i < n; i++) {
    starts[i] = tmpStarts[i]!;
    ends[i] = tmpEnds[i]!;
  }
  return n;
}

/** Every hit of `query` in one text, without an index (the in-page Ctrl+F). Raw offsets, in text order. */
export function searchText(rawText: string, query: string, opts: SearchOptions = {}): TextHit[] {
  const plan = planQuery(query, opts);
  const limit = opts.limit ?? DEFAULT_LIMIT;
  const out: TextHit[] = [];
  if (plan.terms.length === 0 || limit <= 0) return out;
  const text = prepareText(rawText);
  const locator = new Locator(compileQuery(plan));
  for (let k = 0, n = chunkCount(text); k < n && out.length < limit; k++) locator.locate(text, k, out, limit - out.length);
  return out;
}
