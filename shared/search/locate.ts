// Locating a compiled query (needles.ts) in the chunks of a prepared text with indexOf (Locator), with
// matchWord's rules tested on the compact bytes (variant-bytes.ts).
//
// A text is normalized once (prepareText) into its compact form (compact.ts): one byte per normalized unit,
// with a sparse map back to raw offsets. A query is located in a chunk with indexOf (Locator): every word
// matchWord accepts ends with one of the query word's tails, and every spelling variant holds one of two
// pieces of the query word, so only the words holding those (and their neighbours, for a phrase) are read.

import { toRawSpan, type Normalized } from '../text/normalize.ts';
import { CHUNK_FIELDS, SPACE, type PreparedText } from './chunks.ts';
import { decodeWord, rawOffset, type CompactText } from './compact.ts';
import type { CompiledQuery, Needle } from './needles.ts';
import { matchWord, type TextHit } from './query.ts';
import { variantAt } from './variant-bytes.ts';

const LF = 0x0a;
const CR = 0x0d;

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
    const count = this.collect(this.query.needles, s, region, ns, ne, starts, ends);
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
  private collect(
    needles: Needle[],
    s: string,
    region: string,
    ns: number,
    ne: number,
    starts: number[],
    ends: number[],
  ): number {
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
 * Merges the runs of (start, end) pairs that each needle found (each run ascending; runs[i] is where run i
 * starts) into one ascending run without repeated starts, in place; returns the new count.
 */
function mergeRuns(
  starts: number[],
  ends: number[],
  runs: number[],
  count: number,
  tmpStarts: number[],
  tmpEnds: number[],
): number {
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
