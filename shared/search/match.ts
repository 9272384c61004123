// Query planning, chunking and exact verification for Arabic search. Everything here works on one text at a
// time and needs no index: searchText (the in-page Ctrl+F) uses it directly, SourceSearchIndex uses it to
// verify the candidate chunks flexsearch returns, so both give the same hits for the same text.
//
// Matching is on normalizeArabic output, word by word: a query word matches a text word that equals it, or
// that is a proclitic (و ف ب ل ك ال and their combinations) followed by it: "ايزنهاور" finds "وإيزنهاور",
// and the hit starts after the proclitic. Multi-word queries match the words in sequence within one line.

import { normalizeArabic, toRawSpan } from '../text/normalize.ts';
import { spellingVariant, words, type Word } from '../text/words.ts';

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

const NON_WORD = /[^\p{L}\p{M}\p{N}]+/u;

/** Index tokens of a chunk's normalized text: its distinct words (proclitics are expanded at query time). */
export function chunkTokens(normalized: string): Set<string> {
  const out = new Set(normalized.split(NON_WORD));
  out.delete('');
  return out;
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

// Word units as words() defines them ([\p{L}\p{M}\p{N}]), as a table: a /u property regex per word is
// the slowest part of verifying a chunk. Surrogates count as word units (astral letters; rare here).
let WORD_UNIT: Uint8Array | undefined;
function wordUnits(): Uint8Array {
  if (WORD_UNIT) return WORD_UNIT;
  const table = new Uint8Array(0x10000);
  const re = /[\p{L}\p{M}\p{N}]/u;
  for (let c = 0; c < 0x10000; c++) if ((c >= 0xd800 && c <= 0xdfff) || re.test(String.fromCharCode(c))) table[c] = 1;
  return (WORD_UNIT = table);
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

/** Hits of the plan in one chunk of `raw`, in order, as raw offsets; pushes at most `room` hits. */
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

/** Every hit of `query` in one text, without an index (the in-page Ctrl+F). Raw offsets, in text order. */
export function searchText(rawText: string, query: string, opts: SearchOptions = {}): TextHit[] {
  const plan = planQuery(query, opts);
  const limit = opts.limit ?? DEFAULT_LIMIT;
  const out: TextHit[] = [];
  if (plan.terms.length === 0) return out;
  for (const chunk of chunkText(rawText)) {
    findInChunk(rawText, chunk, plan, out, limit - out.length);
    if (out.length >= limit) break;
  }
  return out;
}
