// The plain word-by-word reading of one chunk (findInChunk): normalize the chunk and read every word. Kept
// as the reference the tests compare Locator with.

import { normalizeArabic, toRawSpan } from '../text/normalize.ts';
import type { Word } from '../text/words.ts';
import type { Chunk } from './chunks.ts';
import { wordUnits } from './compact.ts';
import { matchWord, type QueryPlan, type TextHit } from './query.ts';

const LINE_BREAK = /[\n\r]/;

/** Same as words() for BMP text, without a regex. */
function scanWords(text: string): Word[] {
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
      k < n &&
      !LINE_BREAK.test(norm.text.slice(ws[i + k - 1]!.end, ws[i + k]!.start)) &&
      matchWord(ws[i + k]!.text, plan.terms[k]!, plan.clitics) >= 0
    )
      k++;
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
