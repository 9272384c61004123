// Chunks of a text: whole lines (or pieces of a long line) that hits are found in, and the text normalized
// once into its compact form (prepareText) with each chunk's bounds in raw and compact offsets.

import { compactText, type CompactText } from './compact.ts';
import type { Vocabulary } from './tokens.ts';

/** A stretch of text (whole lines, or a piece of a long line): hits start in [start, end); verification reads to verifyEnd. */
export interface Chunk {
  start: number;
  end: number;
  verifyEnd: number;
}

/** Lines are grouped into chunks of about this many raw units; a longer line is cut at a space. */
export const MAX_CHUNK = 4000;
/** How far past a cut inside a line verification (and indexing) reads, so a phrase across the cut is found. */
const OVERLAP = 300;

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
    if (blockStart >= 0 && HAS_WORD.test(raw.slice(blockStart, blockEnd)))
      out.push({ start: blockStart, end: blockEnd, verifyEnd: blockEnd });
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

/** A compact byte above SPACE is a word unit (compact.ts). */
export const SPACE = 0x20;
