// The diff of the changed middle of a text, in two passes: a minimal Myers diff over sentences and lines
// finds which of them changed, then diff-match-patch finds the letters that changed inside each changed run.

import { cleanupEfficiency, DIFF_DELETE, DIFF_EQUAL, makeDiff, type Diff } from '@sanity/diff-match-patch';
import type { TextEdit } from './text-edit.ts';
import { changedRuns, type Run } from './myers.ts';

/**
 * Time for all letter diffs of one call. A complete rewrite otherwise keeps diff-match-patch busy for seconds
 * (two unrelated 20 kB articles: 2 s) for nothing better than "replace all"; when time runs out the library
 * returns a coarser diff, never a wrong one.
 */
const LETTER_DIFF_BUDGET_MS = 250;

/** Beyond this many changed sentences the texts are rewrites, not edits: diff-match-patch takes them whole. */
const MAX_CHUNK_EDITS = 1000;

/**
 * Cut after line breaks and sentence ends. The cuts depend only on the text around them, so unchanged
 * passages are cut identically in both versions wherever they have moved to.
 */
const CHUNK = /[^\n.!?؟؛]*(?:[\n.!?؟؛]|$)/g;

/**
 * The edits turning `oldMiddle` into `newMiddle`, with offsets shifted by `offset` (the common head cut off).
 * diff-match-patch alone is not safe on repeated text: its "half match" speed-up may line a passage up with
 * another copy of it (on a text made of repeated articles, 160 of 2000 untouched claims were lost that way),
 * and it slows down on long repetitive input. A minimal diff cannot prefer another copy: that costs a copy.
 */
export function diffMiddle(oldMiddle: string, newMiddle: string, offset: number): TextEdit[] {
  const deadline = Date.now() + LETTER_DIFF_BUDGET_MS;
  const ids = new Map<string, number>();
  const oldChunks = chunks(oldMiddle);
  const newChunks = chunks(newMiddle);
  const runs = changedRuns(encode(oldChunks, ids), encode(newChunks, ids), MAX_CHUNK_EDITS);
  if (runs === undefined) return letterEdits(oldMiddle, newMiddle, offset, deadline);
  const oldStarts = startsOf(oldChunks);
  const newStarts = startsOf(newChunks);
  return mergeCoincidences(runs, oldStarts, newStarts).flatMap(([a0, a1, b0, b1]) =>
    letterEdits(
      oldMiddle.slice(oldStarts[a0], oldStarts[a1]),
      newMiddle.slice(newStarts[b0], newStarts[b1]),
      offset + (oldStarts[a0] as number),
      deadline,
    ),
  );
}

/**
 * Short chunks ("\n", " .") recur everywhere, and a minimal diff happily keeps one of them as "unchanged" in the
 * middle of a rewritten passage, which splits the rewrite into pieces that no longer line up. As in
 * diff-match-patch's semantic cleanup, an unchanged stretch no longer than the changes on both sides of it is
 * folded into them; the letter diff then finds what really stayed.
 */
function mergeCoincidences(runs: Run[], oldStarts: number[], newStarts: number[]): Run[] {
  const length = (starts: number[], from: number, to: number) => (starts[to] as number) - (starts[from] as number);
  const size = ([a0, a1, b0, b1]: Run) => Math.max(length(oldStarts, a0, a1), length(newStarts, b0, b1));
  const merged: Run[] = [];
  for (const run of runs) {
    const last = merged[merged.length - 1];
    const between = last ? (oldStarts[run[0]] as number) - (oldStarts[last[1]] as number) : Infinity;
    if (last && between <= size(last) && between <= size(run)) [last[1], last[3]] = [run[1], run[3]];
    else merged.push([...run]);
  }
  return merged;
}

function chunks(text: string): string[] {
  return (text.match(CHUNK) ?? []).filter((chunk) => chunk !== '');
}

function encode(list: string[], ids: Map<string, number>): number[] {
  return list.map((chunk) => {
    let id = ids.get(chunk);
    if (id === undefined) ids.set(chunk, (id = ids.size));
    return id;
  });
}

/** Offset of each chunk, plus the total length at the end. */
function startsOf(list: string[]): number[] {
  const starts = [0];
  for (const chunk of list) starts.push((starts[starts.length - 1] as number) + chunk.length);
  return starts;
}

/** diff-match-patch on a small changed run; its edits, with noise inside rewritten words folded in. */
function letterEdits(oldText: string, newText: string, offset: number, deadline: number): TextEdit[] {
  // The library reads a timeout of 0 as "the default 1 s", so an exhausted budget still gets a millisecond.
  const timeout = Math.max(0.001, (deadline - Date.now()) / 1000);
  const diffs: Diff[] = cleanupEfficiency(makeDiff(oldText, newText, { checkLines: false, timeout }));
  const edits: TextEdit[] = [];
  let at = offset;
  let pending: TextEdit | undefined;
  for (const [op, part] of diffs) {
    if (op === DIFF_EQUAL) {
      if (pending) edits.push(pending);
      pending = undefined;
      at += part.length;
      continue;
    }
    pending ??= { start: at, end: at, text: '' };
    if (op === DIFF_DELETE) [pending.end, at] = [pending.end + part.length, at + part.length];
    else pending.text += part;
  }
  if (pending) edits.push(pending);
  return edits;
}
