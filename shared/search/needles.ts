// What indexOf looks for when a query is located (locate.ts): the needles of each query term, chosen with a
// letter-share cost model, and the query compiled with them (compileQuery).

import { encodeWord, WILD } from './compact.ts';
import { type QueryPlan, type Term } from './query.ts';

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
export interface Needle {
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
