// Sentences that appear (nearly) the same in several sources: "also in" links between sources, so a reader
// sees that a claim was copied, not independently confirmed. Compared on normalized words.

import { normalizeArabic, toRawSpan } from '../text/normalize.ts';
import { words } from '../text/words.ts';
import { shingles, similarPairs } from './shingles.ts';

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
export const SENTENCE_OVERLAP = 0.7;

interface Sentence {
  sourceId: string;
  start: number;
  end: number;
  words: string[];
}

/**
 * Sentence ends: . ! ? ؟ ؛ … : and line breaks; raw offsets of each sentence without its end mark. The colon
 * ends one too: what follows "قال:" is the quoted content that gets copied between sources.
 */
function sentences(sourceId: string, text: string): Sentence[] {
  const norm = normalizeArabic(text);
  const out: Sentence[] = [];
  for (const m of norm.text.matchAll(/[^.!?؟؛…:\n]+/gu)) {
    const ws = words(m[0]);
    if (ws.length < MIN_SENTENCE_WORDS) continue;
    // Trim to the first and last word, so the raw span starts and ends on letters.
    const s = m.index + ws[0]!.start;
    const e = m.index + ws[ws.length - 1]!.end;
    out.push({ sourceId, ...toRawSpan(text, norm, s, e), words: ws.map((w) => w.text) });
  }
  return out;
}

/**
 * For every sentence that has a (near-)duplicate in ANOTHER source, its links to those copies. Repeats within
 * one source are findPassages' business. Output is grouped by source order, then text order.
 */
export function sharedSentences(sources: { id: string; text: string }[]): SharedSentence[] {
  const all = sources.flatMap((s) => sentences(s.id, s.text));
  const sets = all.map((s) => shingles(s.words, SENTENCE_SHINGLE_WORDS));
  const links = new Map<number, Set<number>>();
  const link = (a: number, b: number) => links.set(a, (links.get(a) ?? new Set()).add(b));
  for (const [i, j] of similarPairs(sets, SENTENCE_OVERLAP)) {
    if (all[i]!.sourceId === all[j]!.sourceId) continue;
    link(i, j);
    link(j, i);
  }
  return [...links.keys()].sort((a, b) => a - b).map((i) => {
    const s = all[i]!;
    const alsoIn = [...links.get(i)!].sort((a, b) => a - b).map((j) => ({ sourceId: all[j]!.sourceId, start: all[j]!.start, end: all[j]!.end }));
    return { sourceId: s.sourceId, start: s.start, end: s.end, alsoIn };
  });
}
