// Locating a compiled query in the chunks of a prepared text with indexOf (Locator): the needles it looks
// for, chosen with a letter-share cost model, and matchWord's rules tested on the compact bytes.
//
// A text is normalized once (prepareText) into its compact form (compact.ts): one byte per normalized unit,
// with a sparse map back to raw offsets. A query is located in a chunk with indexOf (Locator): every word
// matchWord accepts ends with one of the query word's tails, and every spelling variant holds one of two
// pieces of the query word, so only the words holding those (and their neighbours, for a phrase) are read.

import { toRawSpan, type Normalized } from '../text/normalize.ts';
import { CHUNK_FIELDS, SPACE, type PreparedText } from './chunks.ts';
import { decodeWord, encodeWord, rawOffset, WILD, type CompactText } from './compact.ts';
import {
  ALEF,
  CLITIC_CODES,
  CLITIC_START_CODES,
  LAM_LAM,
  LAM_LAM_CODES,
  matchWord,
  MIN_STEM,
  type QueryPlan,
  type Term,
  type TextHit,
} from './query.ts';

const LF = 0x0a;
const CR = 0x0d;

// How often each compact byte occurs, as a share of normalized units (Arabic prose; the 40 MB benchmark
// corpus measured 2026-11-22). Only used to choose what indexOf looks for: V8's indexOf runs through the
// text from one occurrence of the needle's first unit to the next (native code, fast), and every match it
// returns costs a JavaScript check (slow). So a needle should start with a rare unit and be rare itself.
const LETTER_SHARES: Readonly<Record<string, number>> = {
  ا: 0.135,
  ل: 0.082,
  ي: 0.073,
  و: 0.046,
  م: 0.042,
  ت: 0.041,
  ه: 0.04,
  ن: 0.037,
  ر: 0.037,
  ب: 0.028,
  د: 0.023,
  ع: 0.022,
  س: 0.022,
  ك: 0.021,
  ف: 0.019,
  ق: 0.017,
  ح: 0.014,
  ج: 0.009,
  ش: 0.0086,
  خ: 0.0074,
  ص: 0.0073,
  ط: 0.0059,
  ض: 0.0054,
  ذ: 0.005,
  ث: 0.0043,
  ز: 0.0038,
  غ: 0.0035,
  ء: 0.0019,
  ظ: 0.0015,
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
    if (
      len - p.length >= MIN_STEM &&
      s.startsWith(p, start) &&
      isVariant(code, points, s, start + p.length, end, false)
    )
      return p.length;
  }
  for (let i = 0; i < LAM_LAM.length; i++) {
    const p = LAM_LAM_CODES[i]!;
    const offset = p.length - 1;
    if (len - offset - 1 >= MIN_STEM && s.startsWith(p, start) && isVariant(code, points, s, start + offset, end, true))
      return offset;
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
